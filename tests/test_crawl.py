"""End to end: `scrapy crawl shcfck` against the emulated site on a real local HTTP server.

The spider crawls the real URLs (http://www.shcfck.com/...); the standard `http_proxy`
variable routes them to the emulator, exactly as a proxy would on a machine with internet.
Every assertion is on the SQLite file the crawl wrote, or on the server's request log.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from datetime import date, timedelta

import pytest
from crawling import crawl, post_url
from parsel import Selector

from parkcrawler.sites import Page, Skip, packaged_site
from parkcrawler.store import decompress
from parkcrawler.testsite import SiteEmulator, serve

SHCFCK = packaged_site("shcfck")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """Two full crawls of the same site into one archive, with the server's request logs.

    The second is forced to be a full pass (`-a full=1`): it refetches every article, which is
    what proves re-crawling never duplicates. Incremental runs have tests of their own.
    """
    db = tmp_path_factory.mktemp("crawl") / "archive.db"
    emulator = SiteEmulator.default()
    with serve(emulator) as server:
        first = crawl(db, server.proxy_url)
        log1 = list(server.request_log)
        server.reset_log()
        emulator.advance(timedelta(hours=6))  # scheduled runs are hours apart
        crawl(db, server.proxy_url, "-a", "full=1")
        log2 = list(server.request_log)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield {"db": db, "conn": conn, "emulator": emulator, "log1": log1, "log2": log2, "stderr1": first.stderr}
    conn.close()


def live_posts(emulator):
    return {p.id: p for p in emulator.corpus.posts.values() if not p.deleted}


def test_the_fixture_site_is_big_enough(site):
    posts = live_posts(site["emulator"])
    assert len(posts) >= 30
    assert len({p.category_id for p in posts.values()}) >= 4


def test_every_article_archived_exactly_once(site):
    urls = [r["url"] for r in site["conn"].execute("SELECT url FROM articles")]
    assert len(urls) == len(set(urls))
    assert set(urls) == {post_url(pid) for pid in live_posts(site["emulator"])}


def test_no_page_fetched_twice_and_no_duplicate_forms(site):
    fetched = Counter(url for method, url, status in site["log1"] if method == "GET")
    assert [url for url, n in fetched.items() if n > 1] == []
    assert not [u for u in fetched if "order=" in u or "_1.html" in u or "?id=" in u or "search.php" in u]
    assert fetched["http://www.shcfck.com/robots.txt"] == 1


def test_article_fields_match_the_site(site):
    emulator = site["emulator"]
    corpus = emulator.corpus
    for pid, post in live_posts(emulator).items():
        row = site["conn"].execute("SELECT * FROM articles WHERE url = ?", [post_url(pid)]).fetchone()
        assert row["post_id"] == pid
        assert row["site"] == "shcfck"
        assert row["title"] == post.title
        assert row["category"] == corpus.categories[post.category_id].name
        assert sorted(json.loads(row["tags"])) == sorted(corpus.tags[t].name for t in post.tag_ids)
        assert row["author"] == corpus.authors[post.author_id].name
        assert row["body"] == "\n".join(post.expected_body), pid
        assert row["views"] >= 1
        removed = site["conn"].execute(
            "SELECT family, text FROM removed_blocks WHERE article_url = ? ORDER BY seq", [row["url"]]
        )
        assert [dict(r) for r in removed] == post.expected_removed, pid
        published = post.datetime
        if row["published_precision"] == "datetime":
            assert row["published_at"] == published.isoformat(), pid
        elif row["published_precision"] == "relative":
            # N天前 is N rounded: the date is exact only to a day either way
            assert abs(_ordinal(row["published_at"]) - published.date().toordinal()) <= 1, pid
        else:
            assert row["published_at"] == published.date().isoformat(), pid


def _ordinal(iso_date: str) -> int:
    return date.fromisoformat(iso_date[:10]).toordinal()


def test_feed_makes_the_newest_dates_exact(site):
    newest = sorted(live_posts(site["emulator"]).values(), key=lambda p: p.datetime, reverse=True)[:10]
    for post in newest:
        row = (
            site["conn"]
            .execute(
                "SELECT published_at, published_precision FROM articles WHERE url = ?", [post_url(post.id)]
            )
            .fetchone()
        )
        assert (row["published_at"], row["published_precision"]) == (post.datetime.isoformat(), "datetime")


def test_related_links_and_images(site):
    conn = site["conn"]
    assert conn.execute("SELECT count(*) FROM related_links").fetchone()[0] > 0
    for row in conn.execute("SELECT * FROM related_links"):
        target = SHCFCK.resolve(row["url"])
        assert isinstance(target, Page) and target.kind == "article"
        assert row["title"]
        assert "由内容质量" not in row["excerpt"] and "我是园区负责人" not in row["excerpt"]
    for row in conn.execute("SELECT images FROM articles"):
        assert not any("lazyload.png" in img or "/include/thumb/" in img for img in json.loads(row["images"]))


def test_failures_are_recorded_with_their_reason(site):
    deleted = [p.id for p in site["emulator"].corpus.posts.values() if p.deleted]
    assert deleted, "the fixture site must link to a deleted post"
    rows = {
        r["url"]: r for r in site["conn"].execute("SELECT * FROM failures WHERE run_id = 1 AND kind = 'http'")
    }
    for pid in deleted:
        assert rows[post_url(pid)]["status"] == 404
        assert rows[post_url(pid)]["reason"] == "HTTP 404"
        assert rows[post_url(pid)]["found_on"]


def test_every_url_met_is_archived_failed_or_skipped(site):
    """Re-read every stored page, resolve every link on it, and find where each one ended."""
    conn = site["conn"]
    fetched = {r[0] for r in conn.execute("SELECT url FROM pages WHERE run_id = 1")}
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
            target = SHCFCK.resolve(href, base=page["url"])
            if isinstance(target, Skip):
                ended = target.url in skipped
            elif target.kind == "article":
                ended = target.url in archived | failed
            else:
                ended = target.url in fetched | failed
            if not ended:
                unaccounted.append(target)
    assert unaccounted == []
    assert {"offsite", "non-http", "search"} <= set(skipped.values())


def test_off_site_links_in_bodies_are_never_followed(site):
    hosts = {url.split("/")[2] for method, url, status in site["log1"]}
    assert hosts == {"www.shcfck.com"}


def test_runs_are_recorded(site):
    runs = [dict(r) for r in site["conn"].execute("SELECT * FROM crawl_runs ORDER BY id")]
    n = len(live_posts(site["emulator"]))
    assert [r["status"] for r in runs] == ["finished", "finished"]
    assert [r["finish_reason"] for r in runs] == ["finished", "finished"]
    assert runs[0]["articles_new"] == n and runs[0]["articles_unchanged"] == 0
    assert runs[0]["requests"] == len(site["log1"])
    assert runs[0]["pages_stored"] == len(site["log1"])
    assert runs[0]["failures"] >= 1 and runs[0]["skipped"] > 0
    assert "Run 1 finished:" in site["stderr1"]


def test_recrawl_adds_no_duplicates(site):
    conn = site["conn"]
    n = len(live_posts(site["emulator"]))
    second = dict(conn.execute("SELECT * FROM crawl_runs WHERE id = 2").fetchone())
    assert (second["articles_new"], second["articles_updated"], second["articles_unchanged"]) == (0, 0, n)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == n
    # children are replaced on each fetch, never appended
    per_article = conn.execute(
        "SELECT max(c) FROM (SELECT count(*) AS c FROM related_links GROUP BY article_url)"
    ).fetchone()[0]
    assert per_article <= 8
    dup_removed = conn.execute(
        "SELECT count(*) FROM (SELECT article_url, seq FROM removed_blocks GROUP BY 1, 2 HAVING count(*) > 1)"
    ).fetchone()[0]
    assert dup_removed == 0
    # raw pages keep history; views observations too
    assert conn.execute("SELECT count(*) FROM pages WHERE run_id = 2").fetchone()[0] == len(site["log2"])
    assert conn.execute("SELECT count(DISTINCT run_id) FROM views_history").fetchone()[0] == 2


def test_a_start_url_with_id_follows_the_redirect(tmp_path):
    emulator = SiteEmulator.default()
    pid = max(live_posts(emulator))
    db = tmp_path / "a.db"
    with serve(emulator) as server:
        crawl(
            db, server.proxy_url, "-a", f"start_urls=http://www.shcfck.com/?id={pid}", "-s", "DEPTH_LIMIT=1"
        )
    conn = sqlite3.connect(db)
    statuses = dict(conn.execute("SELECT url, status FROM pages"))
    assert statuses[f"http://www.shcfck.com/?id={pid}"] == 301
    assert statuses[post_url(pid)] == 200
    assert conn.execute("SELECT count(*) FROM articles WHERE url = ?", [post_url(pid)]).fetchone()[0] == 1
    conn.close()
