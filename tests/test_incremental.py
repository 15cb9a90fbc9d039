"""Scheduled runs: cost that follows what is new, views and dates kept fresh, loud failures, resume.

Each test drives the real `scrapy crawl shcfck` against the emulated site, which changes
between runs the way the live site does: new posts, moving view counters, a clock that runs.
"""

from __future__ import annotations

import json
import signal
import socket
import sqlite3
import subprocess
from collections import Counter
from datetime import timedelta

import pytest
from crawling import (
    HOME,
    ROOT,
    SLOW,
    count_articles,
    crawl,
    crawl_cmd,
    crawl_env,
    post_url,
    wait_for_articles,
)

from parkcrawler.store import Archive
from parkcrawler.testsite import SiteEmulator, serve

# What every run fetches whatever is new: robots.txt, the home page, feed.php, the sitemap.
CONSTANT = {HOME + "robots.txt", HOME, HOME + "feed.php", HOME + "sitemap.xml"}


def fetched(server) -> Counter:
    return Counter(url for method, url, status in server.request_log)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Run 1 archives the site; 12 posts appear and counters move; run 2; nothing new; run 3."""
    db = tmp_path_factory.mktemp("incremental") / "archive.db"
    emulator = SiteEmulator.default()
    with serve(emulator) as server:
        crawl(db, server.proxy_url)
        log1 = fetched(server)
        on_page_one = [p.id for p in emulator.live_posts() if not p.sticky][:8]
        emulator.advance(timedelta(hours=6))
        new = [
            emulator.add_post(f"新增厂房招商信息第{i}号", category_id=3, tag_ids=(12,)).id for i in range(12)
        ]
        for post_id in on_page_one:
            emulator.set_views(post_id, 5000 + post_id)
        server.reset_log()
        crawl(db, server.proxy_url)
        log2 = fetched(server)
        emulator.advance(timedelta(hours=6))
        server.reset_log()
        crawl(db, server.proxy_url)
        log3 = fetched(server)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield {
        "db": db,
        "conn": conn,
        "emulator": emulator,
        "logs": (log1, log2, log3),
        "new": new,
        "moved": on_page_one,
    }
    conn.close()


def test_first_run_is_a_full_pass(runs):
    conn = runs["conn"]
    first = conn.execute("SELECT * FROM crawl_runs WHERE id = 1").fetchone()
    assert (first["mode"], first["health"]) == ("full", "ok")
    assert first["articles_new"] == len(runs["emulator"].live_posts()) - len(runs["new"])


def test_second_run_fetches_only_the_new_articles_and_the_lists_up_to_known_ground(runs):
    log2 = runs["logs"][1]
    articles = {url for url in log2 if "/post/" in url}
    assert articles == {post_url(pid) for pid in runs["new"]}
    lists = {url for url in log2 if url not in articles | CONSTANT}
    # 12 new posts fill home page 1 and two rows of page 2; page 3 is the first wholly known page.
    assert lists == {HOME + "index.php/page_2.html", HOME + "index.php/page_3.html"}
    assert all(n == 1 for n in log2.values())


def test_second_run_archives_the_new_articles(runs):
    conn = runs["conn"]
    second = conn.execute("SELECT * FROM crawl_runs WHERE id = 2").fetchone()
    assert (second["mode"], second["status"], second["health"]) == ("incremental", "finished", "ok")
    assert (second["articles_new"], second["articles_updated"]) == (12, 0)
    for pid in runs["new"]:
        row = conn.execute("SELECT title, category FROM articles WHERE url = ?", [post_url(pid)]).fetchone()
        assert row["title"].startswith("新增厂房招商信息") and row["category"] == "上海厂房招商"


def test_views_are_refreshed_from_the_list_pages_walked(runs):
    conn = runs["conn"]
    for pid in runs["moved"]:
        rows = conn.execute(
            "SELECT views, source, run_id FROM views_history WHERE url = ? AND run_id = 2", [post_url(pid)]
        ).fetchall()
        assert [(r["views"], r["source"]) for r in rows] == [(5000 + pid, "list")]
        assert (
            conn.execute("SELECT views FROM articles WHERE url = ?", [post_url(pid)]).fetchone()[0]
            == 5000 + pid
        )


def test_a_run_with_nothing_new_costs_a_constant(runs):
    log3 = runs["logs"][2]
    assert set(log3) == CONSTANT
    third = runs["conn"].execute("SELECT * FROM crawl_runs WHERE id = 3").fetchone()
    assert (third["articles_new"], third["requests"], third["health"]) == (0, len(CONSTANT), "ok")


def test_a_second_run_on_the_same_archive_exits_with_a_clear_message(tmp_path):
    db = tmp_path / "a.db"
    holder = Archive(db, lock=True)
    try:
        with serve(SiteEmulator.default()) as server:
            result = crawl(db, server.proxy_url, expect=4)
            assert server.request_log == []
    finally:
        holder.close()
    assert "is being written by pid" in result.stderr and str(db) in result.stderr


class RedesignedSite(SiteEmulator):
    """The site after a theme change: lists and articles no longer carry the known classes."""

    def handle(self, method, url):
        response = super().handle(method, url)
        body = response.body.replace(b'class="post item"', b'class="entry-card"')
        body = body.replace(b'class="single viewall"', b'class="entry-content"')
        return type(response)(response.status, response.headers, body)


def test_a_changed_site_fails_the_run_loudly(tmp_path):
    db = tmp_path / "a.db"
    with serve(RedesignedSite.default()) as server:
        result = crawl(db, server.proxy_url, expect=3)
    assert "Run health check failed" in result.stderr
    assert "home pages list no article" in result.stderr
    conn = sqlite3.connect(db)
    health, problems = conn.execute("SELECT health, problems FROM crawl_runs").fetchone()
    conn.close()
    assert health == "failed" and any("home" in p for p in json.loads(problems))


def test_an_unreachable_site_fails_the_run(tmp_path):
    db = tmp_path / "a.db"
    with socket.socket() as closed:  # a port nothing listens on: every request is refused
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    result = crawl(db, f"http://127.0.0.1:{port}", "-s", "RETRY_TIMES=0", expect=3)
    assert "no page of the site could be fetched" in result.stderr
    conn = sqlite3.connect(db)
    failures = conn.execute("SELECT url, kind FROM failures").fetchall()
    health = conn.execute("SELECT health FROM crawl_runs").fetchone()[0]
    conn.close()
    assert (HOME, "network") in failures and health == "failed"


def test_a_killed_run_is_completed_by_the_next_without_duplicates(tmp_path):
    emulator = SiteEmulator.default()
    db = tmp_path / "a.db"
    slow = SLOW
    slow += ["-s", "PROGRESS_INTERVAL=0.5"]
    with serve(emulator) as server:
        proc = subprocess.Popen(
            crawl_cmd(db, *slow),
            cwd=ROOT,
            env=crawl_env(server.proxy_url),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        wait_for_articles(db, 15, proc)
        proc.send_signal(signal.SIGKILL)
        stderr = proc.communicate()[1]
        killed_at = count_articles(db)
        assert 15 <= killed_at < len(emulator.live_posts())
        crawl(db, server.proxy_url)
    assert "Progress:" in stderr  # a long crawl says where it is
    conn = sqlite3.connect(db)
    urls = [r[0] for r in conn.execute("SELECT url FROM articles")]
    assert sorted(urls) == sorted(post_url(p.id) for p in emulator.live_posts())
    runs = conn.execute("SELECT status, mode FROM crawl_runs ORDER BY id").fetchall()
    assert runs == [("interrupted", "full"), ("finished", "incremental")]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_jobdir_pause_and_resume(tmp_path):
    emulator = SiteEmulator.default()
    db, jobdir = tmp_path / "a.db", tmp_path / "job"
    slow = SLOW
    with serve(emulator) as server:
        proc = subprocess.Popen(
            crawl_cmd(db, *slow, "-s", f"JOBDIR={jobdir}"),
            cwd=ROOT,
            env=crawl_env(server.proxy_url),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        wait_for_articles(db, 10, proc)
        proc.send_signal(signal.SIGINT)  # Ctrl-C: Scrapy stops gracefully and keeps its queue in JOBDIR
        proc.communicate(timeout=120)
        paused_at = count_articles(db)
        before = fetched(server)
        server.reset_log()
        crawl(db, server.proxy_url, "-s", f"JOBDIR={jobdir}")
        after = fetched(server)
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(emulator.live_posts())
    modes = conn.execute("SELECT mode, finish_reason FROM crawl_runs ORDER BY id").fetchall()
    conn.close()
    assert paused_at < len(emulator.live_posts())
    assert modes == [("full", "shutdown"), ("full", "finished")]
    # the resumed run picks up the queue: no article page is fetched by both parts
    both = {u for u in before if "/post/" in u} & {u for u in after if "/post/" in u}
    assert both == set()
