"""The archive's contract: upserts without duplicates, best dates, history, and kill-safety."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from parkcrawler.items import Article, FeedEntry, FeedPage, ListEntry, ListPage, RelatedLink, RemovedBlock
from parkcrawler.store import MIGRATIONS, Archive

URL = "http://www.shcfck.com/index.php/post/8441.html"


def article(**changes) -> Article:
    fields = dict(
        url=URL,
        site="shcfck",
        post_id=8441,
        title="泗泾镇生物医药产业园规划发布",
        published_at="2026-11-17",
        published_precision="relative",
        date_display="3天前",
        views=60,
        views_observed_at="2026-11-20T04:00:00+00:00",
        author="admin",
        category="园区动态",
        category_url="http://www.shcfck.com/index.php/category-1.html",
        tags=["松江产业园", "生物医药"],
        body="第一段。\n第二段。",
        body_html="<p>第一段。</p><p>第二段。</p>",
        related=[
            RelatedLink("http://www.shcfck.com/index.php/post/8214.html", "松江区与东华大学", "摘要...")
        ],
        removed=[
            RemovedBlock(
                "qianzhan", "qianzhan-owner", "我是园区负责人，我要更新园区资料及联系方式。更新园区", 0
            )
        ],
        fetched_at="2026-11-20T04:00:01+00:00",
    )
    fields.update(changes)
    return Article(**fields)


@pytest.fixture
def archive(tmp_path):
    archive = Archive(tmp_path / "archive.db")
    yield archive
    archive.close()


def test_schema_and_wal(archive):
    tables = set(archive.db.table_names())
    # related_links is a view over related_link_rows and related_excerpts (m004): same columns.
    assert "related_links" in archive.db.view_names()
    assert {
        "articles",
        "related_link_rows",
        "related_excerpts",
        "removed_blocks",
        "pages",
        "crawl_runs",
        "failures",
        "skipped_urls",
    } <= tables
    assert archive.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopening_applies_no_migration_twice(tmp_path):
    Archive(tmp_path / "a.db").close()
    again = Archive(tmp_path / "a.db")
    names = [r["name"] for r in again.db.query("SELECT name FROM _sqlite_migrations")]
    assert names[0] == "m001_initial" and len(names) == len(set(names))
    assert MIGRATIONS.pending(again.db) == []
    again.close()


def test_recrawl_updates_never_duplicates(archive):
    run = archive.start_run("shcfck", "shcfck")
    assert archive.save_article(run, article()) == "new"
    assert archive.save_article(run, article(views=61)) == "unchanged"
    assert archive.save_article(run, article(body="第一段。\n第二段，修订。")) == "updated"
    archive.commit()
    assert archive.db["articles"].count == 1
    row = archive.db["articles"].get(URL)
    assert row["body"] == "第一段。\n第二段，修订。"
    assert json.loads(row["tags"]) == ["松江产业园", "生物医药"]
    assert row["first_seen_at"] <= row["changed_at"]
    # children are replaced, not appended
    assert archive.db["related_links"].count == 1
    assert archive.db["removed_blocks"].count == 1
    assert archive.finish_run(run, "finished", {})["articles_new"] == 1


def test_first_seen_survives_updates(archive):
    run = archive.start_run("shcfck", "shcfck")
    archive.save_article(run, article())
    first = archive.db["articles"].get(URL)["first_seen_at"]
    archive.db.execute("UPDATE articles SET first_seen_at = '2020-01-01T00:00:00+00:00' WHERE url = ?", [URL])
    archive.save_article(run, article(title="新标题"))
    row = archive.db["articles"].get(URL)
    assert row["first_seen_at"] == "2020-01-01T00:00:00+00:00" != first
    assert row["title"] == "新标题"


def test_views_are_kept_as_history(archive):
    run = archive.start_run("shcfck", "shcfck")
    archive.save_article(run, article(views=60, views_observed_at="2026-11-20T04:00:00+00:00"))
    archive.save_article(run, article(views=75, views_observed_at="2026-11-21T04:00:00+00:00"))
    rows = list(archive.db.query("SELECT views FROM views_history WHERE url = ? ORDER BY observed_at", [URL]))
    assert [r["views"] for r in rows] == [60, 75]
    assert archive.db["articles"].get(URL)["views"] == 75


def test_the_most_exact_date_wins_whatever_the_order(archive):
    run = archive.start_run("shcfck", "shcfck")
    archive.save_article(run, article())
    feed = FeedPage(
        "http://www.shcfck.com/feed.php", "shcfck", None, [FeedEntry(URL, "t", "2026-11-17T11:00:00+08:00")]
    )
    archive.save_feed(feed)
    row = archive.db["articles"].get(URL)
    assert (row["published_at"], row["published_precision"]) == ("2026-11-17T11:00:00+08:00", "datetime")
    # a later, vaguer reading of the page does not undo it
    archive.save_article(run, article(published_at="2026-11-16", published_precision="relative"))
    assert archive.db["articles"].get(URL)["published_precision"] == "datetime"


def test_feed_seen_before_the_article(archive):
    run = archive.start_run("shcfck", "shcfck")
    archive.save_feed(FeedPage("f", "shcfck", None, [FeedEntry(URL, "t", "2026-11-17T11:00:00+08:00")]))
    archive.save_article(run, article())
    assert archive.db["articles"].get(URL)["published_precision"] == "datetime"


def test_page_date_sharpens_as_the_article_ages(archive):
    run = archive.start_run("shcfck", "shcfck")
    archive.save_article(run, article(published_at="2026-11-16", published_precision="relative"))
    archive.save_article(run, article(published_at="2026-11-17", published_precision="inferred_year"))
    row = archive.db["articles"].get(URL)
    assert (row["published_at"], row["published_precision"]) == ("2026-11-17", "inferred_year")


def test_pages_keep_history_compressed(archive):
    run = archive.start_run("shcfck", "shcfck")
    for views in (60, 61):
        body = f"<html><span class='view'>{views}</span>{'松江' * 500}</html>".encode()
        archive.record_page(run, URL, 200, {"Date": ["x"]}, body, "2026-11-20T04:00:00+00:00")
    rows = list(archive.db.query("SELECT id, body_size, length(body) AS stored FROM pages ORDER BY id"))
    assert len(rows) == 2
    assert all(r["stored"] < r["body_size"] / 5 for r in rows)
    assert b"<span class='view'>61</span>" in archive.stored_response(rows[1]["id"])["body"]


def test_failures_and_skips_are_recorded_once_per_run(archive):
    run = archive.start_run("shcfck", "shcfck")
    archive.record_failure(run, "http://www.shcfck.com/index.php/post/8000.html", "http", "HTTP 404", 404)
    archive.record_failure(run, "http://www.shcfck.com/index.php/post/8000.html", "http", "HTTP 404", 404)
    archive.record_skip(run, "https://www.sohu.com/", "offsite", URL)
    archive.record_skip(run, "https://www.sohu.com/", "offsite", URL)
    counts = archive.finish_run(run, "finished", {"downloader/request_count": 3})
    assert (counts["failures"], counts["skipped"]) == (1, 1)
    assert archive.db["crawl_runs"].get(run)["requests"] == 3


def test_a_run_that_never_finished_is_marked_interrupted(tmp_path):
    first = Archive(tmp_path / "a.db")
    run = first.start_run("shcfck", "shcfck")
    first.close()  # no finish_run: as after a kill
    second = Archive(tmp_path / "a.db")
    second.start_run("shcfck", "shcfck")
    assert second.db["crawl_runs"].get(run)["status"] == "interrupted"
    second.close()


WRITER = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, {tests!r})
    from test_store import article
    from parkcrawler.store import Archive
    archive = Archive({db!r}, batch_size=25, batch_seconds=3600)
    run = archive.start_run("shcfck", "shcfck")
    for i in range(10**6):
        url = f"http://www.shcfck.com/index.php/post/{{i}}.html"
        archive.save_article(run, article(url=url, post_id=i))
        if i == 60:
            print("ready", flush=True)
    """
)


def test_sigkill_mid_batch_leaves_a_consistent_archive(tmp_path):
    db = tmp_path / "killed.db"
    code = WRITER.format(tests=os.path.dirname(__file__), db=str(db))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert articles >= 50 and articles % 25 == 0  # whole batches only
    # no half-articles: every article has exactly its related link and removed block
    orphans = conn.execute(
        "SELECT count(*) FROM articles a"
        " WHERE (SELECT count(*) FROM related_links r WHERE r.article_url = a.url) != 1"
        " OR (SELECT count(*) FROM removed_blocks b WHERE b.article_url = a.url) != 1"
    ).fetchone()[0]
    assert orphans == 0
    conn.close()
    # and the next run opens it, marks the killed run, and carries on
    archive = Archive(db)
    archive.start_run("shcfck", "shcfck")
    assert archive.db["crawl_runs"].get(1)["status"] == "interrupted"
    archive.close()


def listing(observed_at: str, **entry) -> ListPage:
    fields = dict(
        url=URL,
        title="t",
        date_display="1周前 (11-17)",
        published_at="2026-11-17",
        published_precision="inferred_year",
        views=90,
    )
    fields.update(entry)
    return ListPage("http://www.shcfck.com/", "shcfck", observed_at, [ListEntry(**fields)])


def test_list_pages_refresh_views_and_sharpen_dates_without_the_article(archive):
    run = archive.start_run("shcfck", "shcfck")
    archive.save_article(run, article(published_at="2026-11-16", published_precision="relative"))
    archive.save_list(run, listing("2026-11-27T04:00:00+00:00"))
    row = archive.db["articles"].get(URL)
    assert (row["published_at"], row["published_precision"]) == ("2026-11-17", "inferred_year")
    assert (row["views"], row["views_observed_at"]) == (90, "2026-11-27T04:00:00+00:00")
    # an older or vaguer observation never wins
    archive.save_list(
        run,
        listing(
            "2026-11-26T04:00:00+00:00",
            views=80,
            published_at="2026-11-15",
            published_precision="relative",
            date_display="10天前",
        ),
    )
    row = archive.db["articles"].get(URL)
    assert (row["published_at"], row["views"]) == ("2026-11-17", 90)
    history = [
        r["views"]
        for r in archive.db.query(
            "SELECT views FROM views_history WHERE url = ? AND source = 'list' ORDER BY observed_at", [URL]
        )
    ]
    assert history == [80, 90]


def test_an_archive_from_before_m004_keeps_its_related_links_and_stores_each_excerpt_once(tmp_path):
    """m004 moves related links into related_link_rows + related_excerpts behind a related_links view with
    the same columns and rows; an excerpt shown under many articles is stored once."""
    from sqlite_utils import Database

    from parkcrawler.store import MIGRATIONS

    path = tmp_path / "old.db"
    db = Database(path)
    MIGRATIONS.apply(db, stop_before="m004_related_excerpts_once")
    columns = ["article_url", "position", "url", "title", "excerpt", "excerpt_raw", "image", "observed_at"]
    old = [
        (f"http://www.shcfck.com/index.php/post/{a}.html", p, f"http://www.shcfck.com/index.php/post/{r}.html",
         f"标题{r}", f"摘要{r}", f"来源：某网 摘要{r}", None, "2026-11-20T04:00:00+00:00")
        for a in range(1, 6) for p, r in enumerate((7, 8, 9))
    ]  # fmt: skip
    db["articles"].insert_all({"url": row[0], "site": "shcfck"} for row in old[::3])
    db["related_links"].insert_all(dict(zip(columns, row, strict=True)) for row in old)
    db.close()
    archive = Archive(path)  # opening applies m004
    rows = archive.db.execute(f"SELECT {', '.join(columns)} FROM related_links").fetchall()
    assert sorted(rows) == sorted(old)
    assert archive.db["related_excerpts"].count == 3  # 15 links, 3 distinct excerpts
    # Links of one article go (a new draw): its excerpts stay while others show them, then are pruned.
    archive.db.execute("DELETE FROM related_link_rows WHERE article_url = ?", [old[0][0]])
    assert archive.prune_excerpts() == 0
    archive.db.execute("DELETE FROM related_link_rows")
    assert archive.prune_excerpts() == 3
    archive.close()
