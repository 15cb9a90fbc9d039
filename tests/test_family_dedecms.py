"""End to end: `scrapy crawl zjpark` (the dedecms family) against the emulated DedeCMS 5.7 site.

The spider crawls the real URLs (http://www.zjpark-dede.cn/...); `http_proxy` routes them to the emulator
(parkcrawler/testsite/dedecms) on a real local server. The guarantees are those the shcfck site's tests
give (tests/test_crawl.py, tests/test_incremental.py): complete, canonical, every field exact, incremental,
kill-safe, nothing off-site, reparse gives the same articles. Every assertion is on the SQLite file the
crawls wrote or on the server's request log; the expected values come from the emulator's corpus (its
ground truth).

One module fixture runs the site's life once: the 12 newest articles are not yet published for run 1
(full); they appear and view counters move before run 2 (incremental); nothing changes before run 3;
run 4 is a forced full pass (`-a full=1`) over the same archive.
"""

from __future__ import annotations

import json
import shutil
import signal
import sqlite3
import subprocess
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from crawling import ROOT, SLOW, count_articles, crawl, crawl_cmd, crawl_env, wait_for_articles
from parsel import Selector
from protego import Protego

from parkcrawler.crawl.reparse import reparse_site
from parkcrawler.evaluate import score_page
from parkcrawler.sites import Skip, packaged_site
from parkcrawler.store import Archive, decompress
from parkcrawler.testsite import serve
from parkcrawler.testsite.dedecms import BASE, HOST, DedeEmulator

SITE = packaged_site("zjpark")
SPIDER = "zjpark"
NEW = 12  # articles published between run 1 and run 2


def fetched(server) -> Counter:
    return Counter(url for method, url, status in server.request_log)


def typeids(emulator: DedeEmulator, t) -> set[int]:
    """A type and its sub-types: what its list shows (cfg_list_son)."""
    return {t.id} | {s.id for s in emulator.corpus.types.values() if s.reid == t.id}


def list_pages(emulator: DedeEmulator, t) -> list[list[str]]:
    """A type's list pages as the URLs of the articles each shows, newest first, 10 a page."""
    urls = [emulator.article_url(a.aid) for a in emulator.live(typeids(emulator, t))]
    return [urls[i : i + 10] for i in range(0, len(urls), 10)]


def list_url(t, n: int) -> str:
    return f"{BASE}{t.typedir}/" if n == 1 else f"{BASE}{t.typedir}/list_{t.id}_{n}.html"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = tmp_path_factory.mktemp("dedecms") / "archive.db"
    emulator = DedeEmulator()
    newest = [a.aid for a in emulator.live()[:NEW]]
    # Not yet in dede_archives: the emulator renders every page from its corpus, so they appear nowhere.
    unpublished = {aid: emulator.corpus.articles.pop(aid) for aid in newest}
    logs = []
    with serve(emulator) as server:  # type: ignore[arg-type]
        first = crawl(db, server.proxy_url, spider=SPIDER)
        logs.append(fetched(server))
        # The editors publish 12 articles; readers click on what the types' first pages show.
        emulator.corpus.articles.update(unpublished)
        moved = sorted(
            {
                url
                for t in emulator.corpus.types.values()
                for url in list_pages(emulator, t)[0]
                if url not in {emulator.article_url(aid) for aid in newest}
            }
        )
        aid_of = {emulator.article_url(a.aid): a.aid for a in emulator.live()}
        for url in moved:
            emulator.set_click(aid_of[url], 5000 + aid_of[url])
        for args in ((), (), ("-a", "full=1")):
            emulator.now += timedelta(hours=6)  # scheduled runs are hours apart: lists show newer counts
            server.reset_log()
            crawl(db, server.proxy_url, *args, spider=SPIDER)
            logs.append(fetched(server))
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield {
        "db": db,
        "conn": conn,
        "emulator": emulator,
        "truth": {t["url"]: t for t in emulator.truth()},
        "logs": logs,
        "new": {emulator.article_url(aid) for aid in newest},
        "moved": moved,
        "stderr1": first.stderr,
        "copy": shutil.copy(db, db.with_name("reparsed.db")),  # for reparse, which writes
    }
    conn.close()


def live(site) -> dict[str, dict]:
    return {url: t for url, t in site["truth"].items() if not t["deleted"]}


def deleted(site) -> set[str]:
    return {url for url, t in site["truth"].items() if t["deleted"]}


def is_article(url: str) -> bool:
    return SITE.is_article(url)


# --- complete and canonical ----------------------------------------------------------------------------


def test_every_live_article_archived_exactly_once(site):
    urls = [r["url"] for r in site["conn"].execute("SELECT url FROM articles")]
    assert len(urls) == len(set(urls))
    assert set(urls) == set(live(site))
    assert len(urls) == 58


def test_runs_are_full_incremental_incremental_full(site):
    runs = [dict(r) for r in site["conn"].execute("SELECT * FROM crawl_runs ORDER BY id")]
    n = len(live(site))
    assert [(r["mode"], r["status"], r["health"]) for r in runs] == [
        ("full", "finished", "ok"),
        ("incremental", "finished", "ok"),
        ("incremental", "finished", "ok"),
        ("full", "finished", "ok"),
    ]
    assert [(r["articles_new"], r["articles_updated"], r["articles_unchanged"]) for r in runs] == [
        (n - NEW, 0, 0),
        (NEW, 0, 0),
        (0, 0, 0),
        (0, 0, n),  # a full pass over the same archive duplicates nothing and changes nothing
    ]
    assert [r["requests"] for r in runs] == [sum(log.values()) for log in site["logs"]]
    assert "Run 1 finished:" in site["stderr1"]
    coverage = json.loads(runs[0]["coverage"])
    assert coverage["title"] == 1.0
    # No article page prints its count; the archive's (from the list pages) is what the run reports.
    assert coverage["views"] == 1.0


def test_no_page_fetched_twice_and_no_duplicate_forms(site):
    for log in (site["logs"][0], site["logs"][3]):
        assert [url for url, n in log.items() if n > 1] == []
        forms = ("view.php", "list.php", "index.", "_1.html", "search.php", "count.php", "/m/")
        assert [url for url in log if any(form in url for form in forms)] == []
        assert log[BASE + "/robots.txt"] == 1
    # The split article's second page is fetched as part of it, never as a page of its own.
    split = [t for t in live(site).values() if len(t["pages"]) > 1]
    assert split and all(site["logs"][0][page] == 1 for t in split for page in t["pages"])


def test_nothing_off_site_or_disallowed_and_no_count_script(site):
    robots = Protego.parse(DedeEmulator().handle("GET", BASE + "/robots.txt").body.decode("ascii"))
    for log in site["logs"]:
        assert {url.split("/")[2] for url in log} == {HOST}
        assert [url for url in log if not robots.can_fetch(url, "parkcrawler")] == []
        # count.php counts the hit (and robots.txt disallows it): the crawl never asks it.
        assert [url for url in log if "/plus/" in url] == []


def test_every_url_met_is_archived_failed_or_skipped(site):
    """Re-read every page run 1 stored, decoded as the crawl decodes it, and find where each link ended."""
    conn = site["conn"]
    fetched_urls = {r[0] for r in conn.execute("SELECT url FROM pages WHERE run_id = 1")}
    skipped = {r[0]: r[1] for r in conn.execute("SELECT url, policy FROM skipped_urls WHERE run_id = 1")}
    failed = {r[0] for r in conn.execute("SELECT url FROM failures WHERE run_id = 1")}
    archived = {r[0] for r in conn.execute("SELECT url FROM articles")}
    unaccounted = []
    pages = conn.execute("SELECT url, body, headers FROM pages WHERE run_id = 1 AND status = 200").fetchall()
    for page in pages:
        content_type = json.loads(page["headers"]).get("Content-Type", [""])[0]
        if "html" not in content_type:
            continue
        html = SITE.family.decode(decompress(page["body"]), content_type)
        for href in Selector(text=html).css("a::attr(href)").getall():
            target = SITE.resolve(href, base=page["url"])
            if isinstance(target, Skip):
                ended = target.url in skipped
            elif target.kind == "article":
                ended = target.url in archived | failed
            else:
                ended = target.url in fetched_urls | failed
            if not ended:
                unaccounted.append(target)
    assert unaccounted == []
    policies = set(skipped.values())
    assert {"offsite", "non-http", "private-host", "search", "cms-internal", "duplicate-form"} <= policies
    # Every plus/view.php link is another address of an article the crawl archived or found deleted.
    for url, policy in skipped.items():
        if "/plus/view.php" in url:
            assert policy == "duplicate-form"
            aid = int(url.rsplit("=", 1)[1])
            assert any(t["aid"] == aid for t in site["truth"].values())


def test_deleted_articles_are_recorded_failures(site):
    rows = {r["url"]: r for r in site["conn"].execute("SELECT * FROM failures WHERE run_id = 1")}
    assert deleted(site) and deleted(site) <= set(rows)
    for url in deleted(site):
        assert (rows[url]["kind"], rows[url]["status"], rows[url]["reason"]) == ("http", 404, "HTTP 404")
        assert rows[url]["found_on"]  # the stale 上一篇/下一篇 of a neighbour made before the deletion


# --- every field --------------------------------------------------------------------------------------


def test_article_fields_match_the_truth(site):
    conn = site["conn"]
    for url, truth in live(site).items():
        row = conn.execute("SELECT * FROM articles WHERE url = ?", [url]).fetchone()
        assert row["site"] == "zjpark" and row["post_id"] == truth["aid"]
        assert row["title"] == truth["title"], url
        assert (row["published_at"], row["published_precision"]) == (truth["published_at"], "datetime"), url
        assert row["author"] == truth["author"], url
        assert (row["category"], row["category_url"]) == (truth["category"], truth["category_url"]), url
        assert json.loads(row["tags"]) == truth["tags"], url
        assert row["body"].split("\n") == truth["body"], url
        assert score_page(truth["aid"], row["body"], truth).f1 >= 0.99
        assert row["warnings"] == "[]", url


def test_views_come_from_the_lists(site):
    """An article page prints no count (a count.php script): each article has the newest count a list
    showed, and a list's observation is kept in views_history."""
    conn = site["conn"]
    emulator = site["emulator"]
    for url, truth in live(site).items():
        views = conn.execute("SELECT views FROM articles WHERE url = ?", [url]).fetchone()[0]
        assert views == emulator.corpus.articles[truth["aid"]].click, url
    sources = {r[0] for r in conn.execute("SELECT DISTINCT source FROM views_history")}
    assert sources == {"list"}


def test_gbk_pages_are_decoded_exactly(site):
    conn = site["conn"]
    # GBK but not GB2312 (喆 镕 珺 堃) and outside GBK (䶮 𠮷, served as character references).
    row = conn.execute("SELECT author, body FROM articles WHERE author = '王喆'").fetchone()
    assert "上海镕珺精密机械有限公司" in row["body"] and "龚䶮" in row["body"] and "𠮷野家" in row["body"]
    # Under /a/qyjj/ the header says utf-8 over GBK bytes: the bytes decide.
    qyjj = [t for url, t in live(site).items() if "/a/qyjj/" in url]
    assert qyjj
    for truth in qyjj:
        title = conn.execute("SELECT title FROM articles WHERE url = ?", [truth["url"]]).fetchone()[0]
        assert title == truth["title"] and "\ufffd" not in title
    replaced = "SELECT count(*) FROM articles WHERE body LIKE '%' || char(65533) || '%'"
    assert conn.execute(replaced).fetchone()[0] == 0


def test_split_article_is_one_article_with_both_pages(site):
    truth = next(t for t in live(site).values() if len(t["pages"]) > 1)
    body = site["conn"].execute("SELECT body FROM articles WHERE url = ?", [truth["url"]]).fetchone()[0]
    assert body.split("\n") == truth["body"]


def test_related_links_are_archived_articles(site):
    conn = site["conn"]
    assert conn.execute("SELECT count(*) FROM related_links").fetchone()[0] > 100
    archived = {r[0] for r in conn.execute("SELECT url FROM articles")}
    for row in conn.execute("SELECT url, title FROM related_links"):
        assert row["url"] in archived and row["title"]


def test_reparse_from_stored_pages_gives_the_same_articles(site):
    """Every article re-extracted from its stored raw page (GBK bytes, the lying header, the split article's
    two pages stored in four runs) and re-cleaned with the templates learned from them: nothing changes."""
    columns = "url, post_id, title, published_at, author, category, category_url, tags, source, body, images"
    copy = site["copy"]
    before = sqlite3.connect(copy).execute(f"SELECT {columns} FROM articles ORDER BY url").fetchall()
    archive = Archive(copy)
    try:
        report = reparse_site(archive, SITE)
    finally:
        archive.close()
    after = sqlite3.connect(copy).execute(f"SELECT {columns} FROM articles ORDER BY url").fetchall()
    assert (report.reparsed, report.failed, report.without_page, report.touched) == (len(before), [], [], 0)
    assert after == before


# --- incremental ---------------------------------------------------------------------------------------


def constant(emulator: DedeEmulator) -> set[str]:
    """What every run fetches whatever is new: robots.txt, the home page, each type's first list page, the
    RSS map and each type's feed, the site map, the tag cloud."""
    types = emulator.corpus.types.values()
    return {
        BASE + "/robots.txt",
        BASE + "/",
        BASE + "/data/rssmap.html",
        BASE + "/data/sitemap.html",
        BASE + "/tags.php",
        *(list_url(t, 1) for t in types),
        *(f"{BASE}/data/rss/{t.id}.xml" for t in types),
    }


def test_second_run_fetches_the_new_articles_and_the_lists_up_to_known_ground(site):
    log2, emulator = site["logs"][1], site["emulator"]
    assert all(n == 1 for n in log2.values())
    articles = {url for url in log2 if is_article(url)}
    # The new articles; a new article's stale 上一篇/下一篇 may name a deleted one (never archived: tried).
    assert articles - deleted(site) == site["new"]
    # Each type's list is walked from its first page while a page shows an article the archive lacks.
    walked = set()
    for t in emulator.corpus.types.values():
        pages = list_pages(emulator, t)
        for n in range(1, len(pages)):
            if not set(pages[n - 1]) & site["new"]:
                break
            walked.add(list_url(t, n + 1))
    assert walked  # 12 new articles push some types' lists past their first page
    assert set(log2) - articles == constant(emulator) | walked


def test_views_are_refreshed_from_the_lists_walked(site):
    conn = site["conn"]
    assert site["moved"]
    for url in site["moved"]:
        aid = site["truth"][url]["aid"]
        rows = conn.execute("SELECT views, source FROM views_history WHERE url = ? AND run_id = 2", [url])
        assert {(r["views"], r["source"]) for r in rows} == {(5000 + aid, "list")}
        assert conn.execute("SELECT views FROM articles WHERE url = ?", [url]).fetchone()[0] == 5000 + aid


def test_a_run_with_nothing_new_costs_a_constant(site):
    log3 = site["logs"][2]
    assert set(log3) == constant(site["emulator"]) and all(n == 1 for n in log3.values())


def test_a_killed_run_is_completed_by_the_next_without_duplicates(tmp_path: Path):
    emulator = DedeEmulator()
    db = tmp_path / "a.db"
    with serve(emulator) as server:  # type: ignore[arg-type]
        proc = subprocess.Popen(
            crawl_cmd(db, *SLOW, spider=SPIDER),
            cwd=ROOT,
            env=crawl_env(server.proxy_url),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        wait_for_articles(db, 15, proc)
        proc.send_signal(signal.SIGKILL)
        proc.communicate()
        killed_at = count_articles(db)
        assert 15 <= killed_at < len(emulator.live())
        crawl(db, server.proxy_url, spider=SPIDER)
    conn = sqlite3.connect(db)
    urls = [r[0] for r in conn.execute("SELECT url FROM articles")]
    assert sorted(urls) == sorted(emulator.article_url(a.aid) for a in emulator.live())
    runs = conn.execute("SELECT status, mode FROM crawl_runs ORDER BY id").fetchall()
    assert runs == [("interrupted", "full"), ("finished", "incremental")]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
