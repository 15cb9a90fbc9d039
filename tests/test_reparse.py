"""`parkcrawler reparse`: every article re-extracted and re-cleaned from its stored raw page.

The archive here is what a crawl of the emulated site would have written with cleaning rules that
knew nothing (every body full of junk): each page stored in `pages` with its headers, each article
saved through `Archive.save_article`. Reparsing it must give each article the body its corpus
entry says a perfect cleaner produces, through save_article, without fetching anything.
"""

import json
import multiprocessing
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from click.testing import CliRunner

from parkcrawler.clean import Cleaner, clean_article
from parkcrawler.cli import cli
from parkcrawler.crawl import reparse as reparse_module
from parkcrawler.crawl.reparse import body_diff, reparse_site
from parkcrawler.sites import packaged_site
from parkcrawler.store import Archive
from parkcrawler.testsite import SiteEmulator

SHCFCK = packaged_site("shcfck")
extract_article = SHCFCK.extract_article

SERVER_NOW = datetime(2026, 11, 20, 4, 0, tzinfo=UTC)  # the emulator's clock, 12:00 in Shanghai
NAIVE = Cleaner([])  # cleaning that removes nothing: the archive's bodies start out full of junk


def store_page(archive, run_id, url, status, body, fetched, *, server_time=SERVER_NOW):
    headers = {
        "Content-Type": ["text/html; charset=utf-8"],
        "Date": [format_datetime(server_time, usegmt=True)],
    }
    archive.record_page(run_id, url, status, headers, body, fetched.isoformat(timespec="seconds"))


@pytest.fixture
def site():
    return SiteEmulator.default(frozen=True)


@pytest.fixture
def posts(site):
    return {p.id: p for p in site.live_posts()}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """An archive of the emulated site as crawled with cleaning that removed nothing (built once)."""
    site = SiteEmulator.default(frozen=True)
    path = tmp_path_factory.mktemp("crawled") / "archive.db"
    archive = Archive(path)
    run_id = archive.start_run("shcfck", "shcfck")
    fetched = datetime(2026, 11, 20, 4, 0, 5, tzinfo=UTC)
    for post in site.live_posts():
        url = f"http://www.shcfck.com/index.php/post/{post.id}.html"
        body = site.handle("GET", url).body
        store_page(archive, run_id, url, 200, body, fetched)
        article = extract_article(url, body.decode(), server_time=SERVER_NOW, fetched_at=fetched)
        archive.save_article(run_id, clean_article(article, NAIVE))
    archive.finish_run(run_id, "finished", {})
    archive.close()
    return path


@pytest.fixture
def db_path(crawled, tmp_path):
    path = tmp_path / "archive.db"
    shutil.copyfile(crawled, path)
    return path


def bodies(path) -> dict[int, str]:
    conn = sqlite3.connect(path)
    rows = dict(conn.execute("SELECT post_id, body FROM articles"))
    conn.close()
    return rows


def test_reparse_cleans_every_article_from_its_stored_page(db_path, posts):
    before = bodies(db_path)
    archive = Archive(db_path)
    report = reparse_site(archive, SHCFCK)
    archive.close()
    after = bodies(db_path)
    assert report.reparsed == report.articles == len(posts)
    assert report.without_page == [] and report.failed == []
    with_junk = [pid for pid, post in posts.items() if post.expected_removed]
    assert report.bodies == report.touched == len(with_junk)
    assert {pid: after[pid].split("\n") for pid in posts} == {
        pid: p.expected_body for pid, p in posts.items()
    }
    # Characters removed: exactly what separates the junk-filled bodies from the clean ones.
    assert report.removed_chars == sum(
        len(before[p].replace("\n", "")) - len(after[p].replace("\n", "")) for p in posts
    )
    assert report.removed_chars > 0 and report.restored_chars == 0
    assert report.templates is not None and report.templates > 0


def test_reparse_goes_through_save_article(db_path, posts):
    archive = Archive(db_path)
    reparse_site(archive, SHCFCK)
    archive.close()
    conn = sqlite3.connect(db_path)
    # removed_blocks follows the new cleaning: one row per expected boilerplate block.
    assert conn.execute("SELECT count(*) FROM removed_blocks").fetchone()[0] == sum(
        len(p.expected_removed) for p in posts.values()
    )
    # The provenance columns are filled; related excerpts are cleaned again.
    assert conn.execute("SELECT count(*) FROM articles WHERE source = '搜狐'").fetchone()[0] > 0
    assert (
        conn.execute("SELECT count(*) FROM related_links WHERE excerpt LIKE '%勋章级别%'").fetchone()[0] == 0
    )
    # The page's clock and run: views observed at the stored Date header, last seen by the crawl run.
    assert {r for r in conn.execute("SELECT DISTINCT views_observed_at, last_run_id FROM articles")} == {
        ("2026-11-20T04:00:00+00:00", 1)
    }
    # The extractor that read the page is recorded again, not blanked.
    assert conn.execute("SELECT DISTINCT extraction FROM articles").fetchall() == [("zblog-tpure",)]
    conn.close()


def test_a_second_reparse_changes_nothing(db_path):
    archive = Archive(db_path)
    reparse_site(archive, SHCFCK)
    first = (
        sqlite3.connect(db_path)
        .execute("SELECT url, body, content_hash, changed_at FROM articles")
        .fetchall()
    )
    again = reparse_site(archive, SHCFCK)
    archive.close()
    assert (again.touched, again.removed_chars, again.restored_chars) == (0, 0, 0)
    assert (
        sqlite3.connect(db_path)
        .execute("SELECT url, body, content_hash, changed_at FROM articles")
        .fetchall()
        == first
    )


def test_reparse_restores_what_a_greedy_rule_took(db_path, posts):
    archive = Archive(db_path)
    reparse_site(archive, SHCFCK)
    # Make every stored body lose its first paragraph, as a rule gone wild would have.
    archive.db.execute(
        "UPDATE articles SET body = substr(body, instr(body, char(10)) + 1) WHERE instr(body, char(10)) > 0"
    )
    archive.commit()
    report = reparse_site(archive, SHCFCK)
    archive.close()
    assert report.restored_chars > 0 and report.removed_chars == 0
    assert {pid: b.split("\n") for pid, b in bodies(db_path).items()} == {
        pid: p.expected_body for pid, p in posts.items()
    }


def test_the_most_recent_200_response_is_the_one_reparsed(db_path, site):
    url = "http://www.shcfck.com/index.php/post/8214.html"
    archive = Archive(db_path)
    run_id = archive.start_run("shcfck", "shcfck")
    later = datetime(2026, 11, 21, 4, 0, 5, tzinfo=UTC)
    newer = site.handle("GET", url).body.decode().replace("松江区与东华大学深化地校合作", "改版后的标题")
    # The newer 200 response is fetched over https without www: an alias of the canonical URL.
    store_page(
        archive,
        run_id,
        "https://shcfck.com/index.php/post/8214.html",
        200,
        newer.encode(),
        later,
        server_time=later,
    )
    store_page(archive, run_id, url, 404, b"gone", later + timedelta(hours=1))  # not a 200: ignored
    archive.commit()
    reparse_site(archive, SHCFCK)
    row = archive.db.execute(
        "SELECT title, fetched_at, views_observed_at FROM articles WHERE url = ?", [url]
    ).fetchone()
    archive.close()
    assert row[0].startswith("改版后的标题")
    assert row[1] == "2026-11-21T04:00:05+00:00"
    assert row[2] == "2026-11-21T04:00:05+00:00"  # the server clock of that response


def test_an_interrupted_reparse_keeps_what_it_saved_and_a_rerun_finishes(db_path, posts, monkeypatch):
    calls = {"n": 0}
    real = reparse_module.clean_article

    def interrupting(article, cleaner):
        calls["n"] += 1
        if calls["n"] == 6:
            raise KeyboardInterrupt
        return real(article, cleaner)

    monkeypatch.setattr(reparse_module, "clean_article", interrupting)
    archive = Archive(db_path)
    report = reparse_site(archive, SHCFCK, learn=False)
    archive.close()
    assert report.interrupted and report.reparsed == 5
    # Reparse goes in URL order: the first five were saved and committed, the sixth was never saved.
    order = sorted(posts, key=lambda pid: f"http://www.shcfck.com/index.php/post/{pid}.html")
    done = bodies(db_path)
    assert all(done[pid].split("\n") == posts[pid].expected_body for pid in order[:5])
    sixth = posts[order[5]]
    assert sixth.expected_removed and done[order[5]].split("\n") != sixth.expected_body
    monkeypatch.setattr(reparse_module, "clean_article", real)
    archive = Archive(db_path)
    finish = reparse_site(archive, SHCFCK, learn=False)
    archive.close()
    assert not finish.interrupted
    assert {pid: b.split("\n") for pid, b in bodies(db_path).items()} == {
        pid: p.expected_body for pid, p in posts.items()
    }


def test_dry_run_writes_nothing(db_path):
    before = bodies(db_path)
    result = CliRunner().invoke(cli, ["reparse", "--db", str(db_path), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "would change" in result.output
    assert bodies(db_path) == before
    assert sqlite3.connect(db_path).execute("SELECT count(*) FROM learned_templates").fetchone()[0] == 0


def test_the_command_reports_what_changed(db_path, posts):
    runner = CliRunner()
    first = runner.invoke(cli, ["reparse", "--db", str(db_path), "--json"])
    assert first.exit_code == 0, first.output
    [report] = json.loads(first.output)
    assert report["site"] == "shcfck" and report["reparsed"] == len(posts)
    assert report["touched"] > 0 and report["removed_chars"] > 0
    second = runner.invoke(cli, ["reparse", "--db", str(db_path)])
    assert second.exit_code == 0, second.output
    assert f"shcfck: {len(posts)} of {len(posts)} articles re-extracted" in second.output
    assert "changed 0 articles" in second.output
    assert "characters removed: 0, restored: 0" in second.output


def test_the_command_needs_an_archive(tmp_path):
    result = CliRunner().invoke(cli, ["reparse", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no archive" in result.output


def test_body_diff_counts_characters_not_lines():
    assert body_diff("第一段。\n第二段，广告。\n第三段。", "第一段。\n第二段。\n第三段。") == (3, 0)
    assert body_diff("第一段。", "第一段。\n第二段。") == (0, 4)
    assert body_diff(None, "新") == (0, 1)


# --- the process pool ---------------------------------------------------------------------------------------


def rows(path) -> dict[str, list[tuple]]:
    """Every row reparse writes, in a fixed order (changed_at and learned_at aside: the wall clock of the
    reparse, to the second)."""
    conn = sqlite3.connect(path)
    columns = [c[1] for c in conn.execute("PRAGMA table_info(articles)") if c[1] != "changed_at"]
    out = {"articles": conn.execute(f"SELECT {', '.join(columns)} FROM articles ORDER BY url").fetchall()}
    out |= {
        table: conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
        for table in ("removed_blocks", "related_link_rows", "related_excerpts", "articles_fts")
    }
    out["learned_templates"] = conn.execute(
        "SELECT site, key, text, articles, site_articles FROM learned_templates ORDER BY site, key"
    ).fetchall()
    conn.close()
    return out


@pytest.fixture
def pools(monkeypatch):
    """How many process pools reparse started (in this process)."""
    started = []

    class Counted(reparse_module._Pool):
        def __init__(self, *args):
            started.append(args[-1])  # the number of workers
            super().__init__(*args)

    monkeypatch.setattr(reparse_module, "_Pool", Counted)
    return started


def break_one_page(path) -> str:
    """Store a newer 200 response for one article that no longer extracts; return that article's URL."""
    url = "http://www.shcfck.com/index.php/post/8214.html"
    archive = Archive(path)
    run_id = archive.start_run("shcfck", "shcfck")
    gone = b"<html><body><p>gone</p></body></html>"
    store_page(archive, run_id, url, 200, gone, datetime(2026, 11, 21, tzinfo=UTC))
    archive.finish_run(run_id, "finished", {})
    archive.close()
    return url


@pytest.mark.parametrize("learn", [True, False])
def test_a_pooled_reparse_writes_exactly_what_one_process_writes(crawled, tmp_path, pools, learn):
    paths = {workers: tmp_path / f"w{workers}.db" for workers in (1, 2)}
    reports = {}
    for workers, path in paths.items():
        shutil.copyfile(crawled, path)
        broken = break_one_page(path)
        archive = Archive(path)
        if not learn:  # templates to clean with, learned by an earlier reparse
            reparse_site(archive, SHCFCK, dry_run=False, workers=1)
            archive.db.execute("UPDATE articles SET body = 'x' || body")
            archive.commit()
        reports[workers] = reparse_site(archive, SHCFCK, learn=learn, workers=workers, pool_min_articles=2)
        archive.close()
    assert pools == [2]  # the second reparse ran in a pool of two workers, the first in this process
    one, pooled = reports[1], reports[2]
    assert vars(pooled) == vars(one)
    assert one.reparsed == one.articles - 1 and one.touched > 0
    # The page that no longer extracts is reported the same way, whichever process extracted it.
    assert len(one.failed) == 1 and one.failed[0].startswith(f"{broken}: ")
    first, second = rows(paths[1]), rows(paths[2])
    assert first["articles"] and first["removed_blocks"] and first["learned_templates"]
    assert first == second


def test_an_interrupted_pooled_reparse_keeps_what_it_saved(db_path, posts, pools, monkeypatch):
    calls = {"n": 0}
    real = Archive.save_article

    def interrupting(self, run_id, article):
        calls["n"] += 1
        if calls["n"] == 6:
            raise KeyboardInterrupt
        return real(self, run_id, article)

    monkeypatch.setattr(Archive, "save_article", interrupting)
    archive = Archive(db_path)
    report = reparse_site(archive, SHCFCK, workers=2, pool_min_articles=2)
    archive.close()
    assert pools == [2] and report.interrupted and report.reparsed == 6
    assert multiprocessing.active_children() == []  # the workers are gone
    order = sorted(posts, key=lambda pid: f"http://www.shcfck.com/index.php/post/{pid}.html")
    done = bodies(db_path)
    assert all(done[pid].split("\n") == posts[pid].expected_body for pid in order[:5])
    sixth = posts[order[5]]
    assert sixth.expected_removed and done[order[5]].split("\n") != sixth.expected_body


def test_the_command_runs_the_pool_with_workers(db_path, tmp_path, crawled, posts, pools, monkeypatch):
    monkeypatch.setattr(reparse_module, "POOL_MIN_ARTICLES", 2)
    runner = CliRunner()
    dry = runner.invoke(cli, ["reparse", "--db", str(db_path), "--workers", "2", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "would change" in dry.output
    assert sqlite3.connect(db_path).execute("SELECT count(*) FROM learned_templates").fetchone()[0] == 0
    assert rows(db_path) == rows(crawled)  # a dry run writes nothing, pool or not
    result = runner.invoke(cli, ["reparse", "--db", str(db_path), "--workers", "2", "--json"])
    assert result.exit_code == 0, result.output
    [report] = json.loads(result.output)
    assert report["reparsed"] == len(posts) and report["touched"] > 0
    assert pools == [2, 2]
    # The same archive reparsed in one process (--workers 1: no pool) ends the same.
    alone = tmp_path / "alone.db"
    shutil.copyfile(crawled, alone)
    result = runner.invoke(cli, ["reparse", "--db", str(alone), "--workers", "1", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [report]
    assert pools == [2, 2] and rows(alone) == rows(db_path)


def test_reparse_workers_is_a_setting_and_small_archives_stay_in_one_process(db_path, pools, monkeypatch):
    import parkcrawler.settings

    monkeypatch.setattr(parkcrawler.settings, "REPARSE_WORKERS", 2)
    result = CliRunner().invoke(cli, ["reparse", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert pools == []  # 56 articles: under POOL_MIN_ARTICLES, no pool
    monkeypatch.setattr(reparse_module, "POOL_MIN_ARTICLES", 2)
    result = CliRunner().invoke(cli, ["reparse", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert pools == [2]  # the setting's two workers
    result = CliRunner().invoke(cli, ["reparse", "--db", str(db_path), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert pools == [2]  # the option outranks the setting
