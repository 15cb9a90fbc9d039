"""The analyst's numbers: stats, the SQL views, the canned queries and the metadata that describes them,
and the commands' conventions (help, exit codes, JSON)."""

import json
import shutil
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import BASE

from parkcrawler.cli import cli
from parkcrawler.query import analyst
from parkcrawler.query import search as fulltext
from parkcrawler.query.datasette.metadata import build_metadata, canned_queries
from parkcrawler.store import Archive


@pytest.fixture(scope="module")
def db(fixture_archive):
    conn = sqlite3.connect(fixture_archive)
    conn.row_factory = sqlite3.Row
    fulltext.register_functions(conn)
    yield conn
    conn.close()


def rows(db, sql, params=()) -> list[dict]:
    return [dict(row) for row in db.execute(sql, params)]


def test_stats(db):
    numbers = analyst.stats(db, runs=2)
    assert numbers["articles"] == 10
    assert [(s["site"], s["articles"]) for s in numbers["by_site"]] == [("shcfck", 9), ("othersite", 1)]
    assert numbers["by_category"] == [
        {"category": "上海厂房招商", "articles": 3},
        {"category": "园区动态", "articles": 3},
        {"category": "区域经济", "articles": 2},
        {"category": "物流仓储", "articles": 2},
    ]
    assert numbers["by_source"][0] == {"source": "(unknown)", "articles": 7}
    assert {"source": "东方财富", "articles": 2} in numbers["by_source"]
    months = {m["month"]: m["articles"] for m in numbers["by_month"]}
    assert months["2026-05"] == 6 and months["2026-04"] == 1 and months["2025-12"] == 1
    assert list(months) == sorted(months, reverse=True)  # newest first
    coverage = {c["column"]: (c["filled"], c["share"]) for c in numbers["coverage"]}
    assert coverage["title"] == (10, 1.0)
    assert coverage["tags"] == (5, 0.5)  # '[]' counts as empty
    assert coverage["original_title"] == (1, 0.1)
    assert coverage["images"] == (0, 0.0)
    assert [r["status"] for r in numbers["last_runs"]] == ["finished", "finished"]
    assert numbers["last_runs"][0]["id"] > numbers["last_runs"][1]["id"]
    assert numbers["index"] == {"articles": 10, "indexed": 10, "missing": 0, "orphans": 0, "moved": 0}


def test_stats_command(fixture_archive, db):
    result = CliRunner().invoke(cli, ["stats", "--db", str(fixture_archive), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == json.loads(json.dumps(analyst.stats(db)))
    result = CliRunner().invoke(cli, ["stats", "--db", str(fixture_archive), "--months", "2"])
    assert result.exit_code == 0, result.output
    assert "10 articles; search index 10 rows, up to date" in result.output
    for section in (
        "Articles per site",
        "Articles per category",
        "Articles per source",
        "Coverage of fields",
    ):
        assert section in result.output
    month_lines = result.output.split("Articles per month (newest 2)\n")[1].split("\n\n")[0].splitlines()
    assert month_lines[2:] == ["2026-11         2", "2026-05         6"]


def test_views(db):
    assert rows(
        db, "SELECT tag FROM article_tags WHERE article_url = ? ORDER BY position", [BASE.format(101)]
    ) == [
        {"tag": "松江产业园"},
        {"tag": "区域经济"},
        {"tag": "G60科创走廊"},
    ]
    latest = rows(db, "SELECT views, observations FROM latest_views WHERE url = ?", [BASE.format(101)])
    assert latest == [{"views": 400, "observations": 3}]
    growth = rows(
        db, "SELECT growth, days, growth_per_day FROM views_growth WHERE url = ?", [BASE.format(101)]
    )
    assert growth == [{"growth": 100, "days": 3.0, "growth_per_day": 33.3}]
    [details] = rows(db, "SELECT * FROM article_details WHERE url = ?", [BASE.format(101)])
    assert json.loads(details["related"]) == [
        {"url": BASE.format(102), "title": "泗泾镇生物医药产业园规划发布"}
    ]
    assert details["month"] == details["published_at"][:7] and details["views"] == 400
    assert rows(db, "SELECT related FROM article_details WHERE url = ?", [BASE.format(104)]) == [
        {"related": "[]"}
    ]


def run_canned(db, name: str, **params) -> list[dict]:
    query = canned_queries()[name]
    names = {p for p in ("q", "site", "category", "source", "tag", "since", "until", "limit", "offset")}
    names |= {"per_category"}
    values = {n: params.get(n, "") for n in names if f":{n}" in query["sql"]}
    return rows(db, query["sql"], values)


def test_canned_queries(db):
    assert {r["url"] for r in run_canned(db, "new_this_week")} == {
        BASE.format(101),
        "http://example.org/post/110.html",
    }
    top = run_canned(db, "most_viewed_by_category", per_category="1")
    assert [(r["category"], r["views"]) for r in top] == [
        ("上海厂房招商", 150),
        ("区域经济", 400),
        ("园区动态", 600),
        ("物流仓储", 100),
    ]
    assert [(r["url"], r["growth"]) for r in run_canned(db, "views_growth")][:2] == [
        (BASE.format(101), 100),
        (BASE.format(102), 100),
    ]
    assert [r["growth"] for r in run_canned(db, "views_growth", since="2026-11-21")] == [50, 50]
    districts = {r["district"]: r["articles"] for r in run_canned(db, "articles_per_district")}
    assert districts["松江"] == 4 and districts["嘉定"] == 0 and len(districts) == 16
    parks = run_canned(db, "articles_per_park")
    assert [(r["tag"], r["articles"]) for r in parks] == [("松江产业园", 2), ("G60科创走廊", 1)]
    assert run_canned(db, "articles_per_month")[-1] == {"month": "2026-11", "articles": 2}
    assert run_canned(db, "views_over_time") == [
        {"day": "2026-11-21", "views_gained": 150, "articles_observed": 3},
        {"day": "2026-11-23", "views_gained": 100, "articles_observed": 2},
    ]
    ranked = run_canned(db, "search", q="医药")
    assert [r["post_id"] for r in ranked] == [102] and "<mark>医药</mark>" in ranked[0]["snippet"]


def test_metadata_describes_articles_and_views(db):
    """Every column an analyst browses (articles and the analyst views) has a description."""
    tables = build_metadata("archive")["databases"]["archive"]["tables"]
    inherited = set(tables["articles"]["columns"]) | set(tables["views_history"]["columns"])
    inherited |= {"article_url", "first_observed_at", "first_views", "last_observed_at", "last_views"}
    for name in ["articles", *analyst.VIEWS]:
        columns = {r["name"] for r in rows(db, f"PRAGMA table_info({name})")}
        described = set(tables[name]["columns"]) | (inherited if name in analyst.VIEWS else set())
        assert columns <= described, (name, columns - described)
    assert tables["articles"]["fts_table"] == tables["article_details"]["fts_table"] == fulltext.FTS_TABLE
    assert tables["article_details"]["facets"] == ["month", "category", {"array": "tags"}, "source"]


def test_every_command_has_help():
    for command in ("search", "stats", "serve", "reindex"):
        result = CliRunner().invoke(cli, [command, "--help"])
        assert result.exit_code == 0 and "Usage: " in result.output and "--db" in result.output


def test_usage_errors_say_what_to_do(tmp_path, fixture_archive):
    missing = CliRunner().invoke(cli, ["stats", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "crawl first" in missing.output
    bad_date = CliRunner().invoke(
        cli, ["search", "松江", "--db", str(fixture_archive), "--until", "yesterday"]
    )
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.output
    (tmp_path / "junk.db").write_text("not a database")
    junk = CliRunner().invoke(cli, ["stats", "--db", str(tmp_path / "junk.db")])
    assert junk.exit_code == 1 and "is not a SQLite database" in junk.output
    nothing = CliRunner().invoke(cli, ["search", "江苏", "--db", str(fixture_archive)])
    assert nothing.exit_code == 0
    assert nothing.output == "No articles match '江苏': none of the 10 articles holds it.\n"


def test_no_match_says_whether_the_archive_is_empty_or_a_filter_excluded_all(tmp_path, fixture_archive):
    Archive(tmp_path / "empty.db").close()
    empty = CliRunner().invoke(cli, ["search", "松江", "--db", str(tmp_path / "empty.db")])
    assert empty.exit_code == 0 and "holds no articles yet" in empty.output
    filtered = CliRunner().invoke(
        cli, ["search", "松江", "--db", str(fixture_archive), "--category", "物流仓储", "--since", "2026"]
    )
    assert filtered.exit_code == 0
    assert filtered.output == (
        "No articles match '松江': 4 of 10 articles match without --category 物流仓储 --since 2026.\n"
    )
    unknown = CliRunner().invoke(cli, ["search", "松江", "--db", str(fixture_archive), "--site", "nosuch"])
    assert unknown.exit_code == 2
    assert "it holds othersite, shcfck (spiders: generic, parkwp, shcfck, zjpark)" in unknown.output


def test_search_command_table(fixture_archive):
    result = CliRunner().invoke(cli, ["search", "医药", "--db", str(fixture_archive), "--no-color"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["#", "published", "category", "views", "title"]
    assert lines[2].split() == ["1", "2026-05-10", "园区动态", "600", "泗泾镇生物[医药]产业园规划发布"]
    assert lines[3].strip().startswith("泗泾镇将建设生物[医药]产业园")
    assert lines[4].strip() == BASE.format(102)


def test_search_warns_of_writes_behind_archives_back_until_reindexed(tmp_path, fixture_archive):
    path = tmp_path / "copy.db"
    shutil.copy(fixture_archive, path)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO articles (url, site, title, body, tags) VALUES (?, 'shcfck', ?, ?, '[]')",
        [BASE.format(999), "青浦新闻", "青浦物流园区扩建。"],
    )
    conn.commit()
    conn.close()
    result = CliRunner().invoke(cli, ["search", "青浦", "--db", str(path), "--json"])
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert "11 articles, 10 in the search index: run `parkcrawler reindex`" in result.stderr
    crawl = Archive(path, lock=True)  # a crawl writing the archive: reindex must wait for it
    result = CliRunner().invoke(cli, ["reindex", "--db", str(path)])
    assert result.exit_code == 1 and "is being written by" in result.output
    crawl.close()
    result = CliRunner().invoke(cli, ["reindex", "--db", str(path)])
    assert result.exit_code == 0 and result.output.startswith("Indexed 11 articles")
    result = CliRunner().invoke(cli, ["search", "青浦", "--db", str(path), "--json"])
    assert [r["post_id"] for r in json.loads(result.stdout)] == [None] and not result.stderr


def test_serve_metadata(tmp_path, fixture_archive):
    path = tmp_path / "copy.db"
    shutil.copy(fixture_archive, path)
    result = CliRunner().invoke(cli, ["serve", "--db", str(path), "--print-metadata"])
    assert result.exit_code == 0
    assert "search" in json.loads(result.output)["databases"]["copy"]["queries"]
