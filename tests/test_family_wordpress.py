"""End to end: `scrapy crawl parkwp` against the WordPress emulator on a real local HTTP server.

The same guarantees as the shcfck site's tests (test_crawl, test_incremental): complete, canonical,
every field exact, incremental, kill-safe, nothing off-site, reparse gives the same articles. Every
assertion is on the SQLite file the crawl wrote, or on the server's request log.
"""

from __future__ import annotations

import json
import re
import shutil
import signal
import sqlite3
import subprocess
from collections import Counter
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from crawling import ROOT, SLOW, count_articles, crawl, crawl_cmd, crawl_env, wait_for_articles
from parsel import Selector

from parkcrawler.crawl.reparse import reparse_site
from parkcrawler.evaluate import score_page
from parkcrawler.sites import Page, Skip, packaged_site
from parkcrawler.store import Archive, decompress
from parkcrawler.testsite import serve
from parkcrawler.testsite.wordpress import BASE, WordPressEmulator, ground_truth
from parkcrawler.testsite.wordpress.corpus import permalink

PARKWP = packaged_site("parkwp")
HOST = "www.parkwp.example.cn"
# What every run fetches whatever is new: robots.txt, the start pages, the sitemaps the index lists.
SITEMAPS = {
    BASE + f"wp-sitemap-{name}-1.xml"
    for name in ("posts-post", "posts-page", "taxonomies-category", "taxonomies-post_tag", "users")
}
CONSTANT = {BASE + "robots.txt", BASE, BASE + "feed/", BASE + "wp-sitemap.xml"} | SITEMAPS
NEW_POSTS = [
    (
        "新增厂房招商信息第1号：松江出口加工区标准厂房",
        ("松江出口加工区标准厂房一栋，面积5200平方米。", "层高9米，双回路供电，可环评。"),
    ),
    (
        "新增厂房招商信息第2号：九亭镇研发办公楼",
        ("九亭镇研发办公楼整层出租，面积1800平方米。", "近地铁9号线，可注册。"),
    ),
    (
        "新增厂房招商信息第3号：车墩镇仓储物流用房",
        ("车墩镇高标仓库出租，面积12000平方米。", "带卸货平台，可分租。"),
    ),
]


def fetched(server) -> Counter:
    return Counter(url for method, url, status in server.request_log)


def is_article(url: str) -> bool:
    return PARKWP.is_article(url)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Run 1 archives the site (full); three posts appear; run 2 (incremental); nothing new; run 3.
    A copy of the archive after run 1 is reparsed from its stored pages."""
    folder = tmp_path_factory.mktemp("wordpress")
    db = folder / "archive.db"
    emulator = WordPressEmulator()
    truth1 = ground_truth(emulator.corpus)
    with serve(emulator) as server:
        first = crawl(db, server.proxy_url, spider="parkwp")
        log1 = list(server.request_log)
        shutil.copy(db, folder / "reparsed.db")
        emulator.advance(timedelta(hours=6))
        new = []
        for title, paragraphs in NEW_POSTS:
            new.append(emulator.add_post(title, paragraphs, category_ids=(3,), tag_ids=(12,)).id)
            emulator.advance(timedelta(minutes=30))
        server.reset_log()
        crawl(db, server.proxy_url, spider="parkwp")
        log2 = fetched(server)
        emulator.advance(timedelta(hours=6))
        server.reset_log()
        crawl(db, server.proxy_url, spider="parkwp")
        log3 = fetched(server)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield {
        "db": db,
        "reparsed": folder / "reparsed.db",
        "conn": conn,
        "emulator": emulator,
        "truth1": truth1,
        "truth": ground_truth(emulator.corpus),
        "new": new,
        "log1": log1,
        "logs": (log2, log3),
        "stderr1": first.stderr,
    }
    conn.close()


def run(conn, run_id: int) -> dict:
    return dict(conn.execute("SELECT * FROM crawl_runs WHERE id = ?", [run_id]).fetchone())


# --- complete, canonical, exact -------------------------------------------------------------------------


def test_every_live_article_archived_exactly_once(runs):
    urls = [r["url"] for r in runs["conn"].execute("SELECT url FROM articles")]
    assert len(urls) == len(set(urls))
    assert set(urls) == {t["url"] for t in runs["truth"]}
    first = run(runs["conn"], 1)
    assert (first["mode"], first["health"], first["articles_new"]) == ("full", "ok", len(runs["truth1"]))


def test_no_page_fetched_twice_and_no_duplicate_forms(runs):
    counts = Counter(url for method, url, status in runs["log1"] if method == "GET")
    assert [url for url, n in counts.items() if n > 1] == []
    # Only canonical forms: no query string at all, lower-case percent-encoding, no page/1/.
    assert [
        u for u in counts if urlsplit(u).query or re.search("%(?:[A-F].|.[A-F])", u) or "/page/1/" in u
    ] == []
    posts = [u for u in counts if is_article(u)]
    assert sorted(posts) == sorted({t["url"] for t in runs["truth1"]} | {dead_link(runs)})


def dead_link(runs) -> str:
    (trashed,) = [p for p in runs["emulator"].corpus.posts.values() if p.deleted]
    return permalink(trashed)


def test_every_field_is_exact(runs):
    conn = runs["conn"]
    scores = []
    for truth in runs["truth"]:
        row = conn.execute("SELECT * FROM articles WHERE url = ?", [truth["url"]]).fetchone()
        assert row["post_id"] == truth["post_id"]
        assert row["site"] == "parkwp"
        assert row["title"] == truth["title"]
        assert (row["published_at"], row["published_precision"]) == (truth["published_at"], "datetime")
        assert row["author"] == truth["author"]
        assert row["category"] == truth["category"]
        assert row["category_url"] == truth["category_url"]
        assert json.loads(row["tags"]) == truth["tags"]
        assert row["body"].split("\n") == truth["body"], truth["post_id"]  # exact paragraphs
        expected = {"body": truth["body"], "boilerplate_removed": []}
        scores.append(score_page(truth["post_id"], row["body"], expected).f1)
        assert row["views"] is None  # WordPress counts no views
    assert min(scores) == 1.0


def test_the_park_contact_block_is_cleaned_out_by_the_site_rule(runs):
    conn = runs["conn"]
    cleaned = conn.execute(
        "SELECT count(DISTINCT article_url) FROM removed_blocks WHERE rule = 'site_contact.park-contact'"
    ).fetchone()[0]
    assert cleaned == len(runs["truth"])
    assert conn.execute("SELECT count(*) FROM articles WHERE body LIKE '%招商热线%'").fetchone()[0] == 0


def test_related_links_are_canonical_articles(runs):
    conn = runs["conn"]
    assert conn.execute("SELECT count(*) FROM related_links").fetchone()[0] > 0
    for row in conn.execute("SELECT url FROM related_links"):
        target = PARKWP.resolve(row["url"])
        assert isinstance(target, Page) and target.kind == "article" and target.url == row["url"]


def test_the_trashed_post_is_a_recorded_404(runs):
    rows = runs["conn"].execute("SELECT * FROM failures WHERE url = ?", [dead_link(runs)]).fetchall()
    assert [(r["kind"], r["status"], r["reason"]) for r in rows] == [("http", 404, "HTTP 404")]
    assert rows[0]["found_on"]


# --- nothing off-site, every URL accounted for ------------------------------------------------------------


def test_nothing_off_site_or_disallowed(runs):
    log = runs["log1"] + [("GET", u, 0) for log in runs["logs"] for u in log]
    assert {urlsplit(url).hostname for method, url, status in log} == {HOST}
    # robots.txt: Disallow: /wp-admin/ (and the crawl leaves wp-login.php, xmlrpc.php, /wp-json/ alone).
    paths = [urlsplit(url).path for method, url, status in log]
    assert [p for p in paths if p.startswith(("/wp-admin", "/wp-login", "/xmlrpc", "/wp-json"))] == []
    assert Counter(u for m, u, s in runs["log1"])[BASE + "robots.txt"] == 1


def test_every_url_met_is_archived_failed_or_skipped(runs):
    """Re-read every stored page of run 1, resolve every link on it, and find where each one ended."""
    conn = runs["conn"]
    fetched_urls = {r[0] for r in conn.execute("SELECT url FROM pages WHERE run_id = 1")}
    skipped = {
        r["url"]: r["policy"] for r in conn.execute("SELECT url, policy FROM skipped_urls WHERE run_id = 1")
    }
    failed = {r[0] for r in conn.execute("SELECT url FROM failures WHERE run_id = 1")}
    archived = {r[0] for r in conn.execute("SELECT url FROM articles")}
    unaccounted = []
    for page in conn.execute("SELECT url, body, headers FROM pages WHERE run_id = 1 AND status = 200"):
        if "html" not in json.loads(page["headers"]).get("Content-Type", [""])[0]:
            continue
        for href in Selector(text=decompress(page["body"]).decode()).css("a::attr(href)").getall():
            target = PARKWP.resolve(href, base=page["url"])
            if isinstance(target, Skip):
                ended = target.url in skipped
            elif target.kind == "article":
                ended = target.url in archived | failed
            else:
                ended = target.url in fetched_urls | failed or skipped.get(target.url) == "list-trap"
            if not ended:
                unaccounted.append(target)
    assert unaccounted == []
    policies = set(skipped.values())
    expected = {"offsite", "non-http", "private-host", "search", "cms-internal", "duplicate-form"}
    assert expected | {"feed-variant", "unknown-page-type", "list-trap"} <= policies


def test_the_calendar_trap_is_bounded(runs):
    """Empty months answer 200 and the calendar always links the next one: the walk stops at them."""
    first = run(runs["conn"], 1)
    stats = json.loads(first["stats"])
    assert stats["parkcrawler/lists/empty_list"] > 0 and stats["parkcrawler/skipped/list-trap"] > 0
    assert first["requests"] == len(runs["log1"]) < 300


# --- incremental --------------------------------------------------------------------------------------


def test_second_run_fetches_only_what_is_new(runs):
    log2 = runs["logs"][0]
    new_urls = {t["url"] for t in runs["truth"] if t["post_id"] in runs["new"]}
    assert {u for u in log2 if is_article(u)} == new_urls
    walked = set(log2) - new_urls - CONSTANT
    # Three new posts push three of page 1's posts to page 2: page 2 is walked, page 3 is all settled.
    assert walked == {BASE + "page/2/"}
    assert all(n == 1 for n in log2.values())
    second = run(runs["conn"], 2)
    assert (second["mode"], second["status"], second["health"]) == ("incremental", "finished", "ok")
    assert (second["articles_new"], second["articles_updated"]) == (len(NEW_POSTS), 0)


def test_a_run_with_nothing_new_costs_a_constant(runs):
    log3 = runs["logs"][1]
    assert set(log3) == CONSTANT
    third = run(runs["conn"], 3)
    assert (third["articles_new"], third["requests"], third["health"]) == (0, len(CONSTANT), "ok")


# --- reparse --------------------------------------------------------------------------------------------


def test_reparse_from_stored_pages_gives_the_same_articles(runs):
    columns = "url, post_id, title, published_at, author, category, category_url, tags, body, images"
    copy = runs["reparsed"]
    before = sqlite3.connect(copy).execute(f"SELECT {columns} FROM articles ORDER BY url").fetchall()
    archive = Archive(copy)
    try:
        report = reparse_site(archive, PARKWP, learn=False)
    finally:
        archive.close()
    after = sqlite3.connect(copy).execute(f"SELECT {columns} FROM articles ORDER BY url").fetchall()
    assert (report.reparsed, report.failed, report.without_page, report.touched) == (len(before), [], [], 0)
    assert after == before


# --- kill-safe ------------------------------------------------------------------------------------------


def test_a_killed_run_is_completed_by_the_next_without_duplicates(tmp_path):
    emulator = WordPressEmulator()
    db = tmp_path / "a.db"
    with serve(emulator) as server:
        proc = subprocess.Popen(
            crawl_cmd(db, *SLOW, spider="parkwp"),
            cwd=ROOT,
            env=crawl_env(server.proxy_url),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_articles(db, 10, proc)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        killed_at = count_articles(db)
        crawl(db, server.proxy_url, spider="parkwp")
    truth = ground_truth(emulator.corpus)
    assert 10 <= killed_at < len(truth)
    conn = sqlite3.connect(db)
    urls = [r[0] for r in conn.execute("SELECT url FROM articles")]
    assert sorted(urls) == sorted(t["url"] for t in truth)
    runs_ = conn.execute("SELECT status, mode FROM crawl_runs ORDER BY id").fetchall()
    assert runs_ == [("interrupted", "full"), ("finished", "incremental")]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
