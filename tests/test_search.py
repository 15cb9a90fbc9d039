"""Full-text search: what matches, what must not, ranking, snippets, sync on every write, and the same
results from Python, the CLI and Datasette."""

import asyncio
import json
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import BASE, CORPUS, make_article

from parkcrawler.cli import cli
from parkcrawler.query import search as fulltext
from parkcrawler.store import Archive


def post_ids(db, query, **filters) -> list[int]:
    return [row["post_id"] for row in fulltext.search(db, query, limit=None, **filters)]


@pytest.fixture(scope="module")
def db(fixture_archive):
    conn = sqlite3.connect(fixture_archive)
    yield conn
    conn.close()


# -- what matches -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "query, expected",
    [
        ("松江", {101, 108, 109}),  # 101 has only 松江区; 109 only 松江新城
        ("医药", {102}),  # only inside 生物医药
        ("生物医药", {102}),
        ("泗泾", {102}),  # only inside 泗泾镇
        ("G60科创走廊", {101}),  # 105 has G60 and 科创走廊 apart
        ("G60 科创走廊", {101, 105}),  # two terms: both anywhere
        ('"G60 科创走廊"', {101}),  # a quoted phrase: adjacent, spaces or not
        ("R&D", {101}),  # 105 has RD, a different word
        ("RD", {105}),
        ("logistics", {102}),  # English: whole word, any case
        ("LOGISTICS biotech", {102}),
        ("冷链物流", {106}),  # 107 has 物流冷链
        ("园区", {103, 104, 108}),  # 104: 公园区域 -- characters side by side, even across two words
        ("园区 厂房", {103, 108}),  # 103: 厂房 in the title, 园区 in the body
        ("Ｇ６０", {101, 105, 109}),  # full-width folds to ASCII, both ways
        ("G60", {101, 105, 109}),
        ("泾", {102}),  # a single character
        ("2035年", {102}),  # a number then one character: where a run starts, no prefix search
        ("2035年产值", {102}),
        ("5000平方米", {108}),
        ("G60科创", {101, 109}),  # 109: Ｇ６０科创云廊; not 105 (G60和科创走廊)
        ("走廊是", {105}),
        ("新政", {109}),  # only in the original title
        ("松江 -工业", {101, 109}),  # exclusion
    ],
)
def test_finds(db, query, expected):
    shcfck = set(post_ids(db, query, site="shcfck"))
    assert shcfck == expected


@pytest.mark.parametrize(
    "query",
    [
        "江苏",  # nowhere
        "园区厂房",  # 108: title ends 园区, body starts 厂房 -- title and body are not one text
        "区厂",  # across the fields again
        "江区厂",
        "形势报告会议",  # 101 has 形势报告会。 -- a longer phrase must match whole
        "logistic",  # no stemming: a different word
        "物流冷链产业",
        "，。",  # nothing searchable
        "",
    ],
)
def test_misses(db, query):
    assert post_ids(db, query) == []


def test_mixed_digits_match(db):
    assert post_ids(db, "面积5000平方米") == [108]
    assert post_ids(db, "5000平方") == [108]
    assert post_ids(db, "积5001") == []


def test_jieba_alone_would_miss_what_bigrams_find():
    """Why the index is bigrams, not dictionary words: jieba's cut depends on context and dictionary."""
    jieba = pytest.importorskip("jieba")
    assert "泗泾" not in jieba.lcut("泗泾镇将建设生物医药产业园")
    assert "泗泾" not in jieba.lcut("泗泾")  # and the query alone is cut differently again
    assert "医药" not in jieba.lcut("泗泾镇将建设生物医药产业园")  # cut: 生物医药 is one word


def test_query_translation_is_shared_sql():
    conn = sqlite3.connect(":memory:")
    fulltext.register_functions(conn)
    for query in ("松江", "G60科创走廊 -出租", "R&D", "园"):
        sql = conn.execute("SELECT parkcrawler_fts_query(?)", [query]).fetchone()[0]
        assert sql == fulltext.fts_query(query)
    assert fulltext.fts_query("，。 -") == '""'


# -- ranking and snippets -----------------------------------------------------------------------------------


def test_title_hit_ranks_above_body_hit(db):
    assert post_ids(db, "生物医药 产业园")[0] == 102
    ranked = post_ids(db, "科创")
    assert ranked.index(109) < ranked.index(105)  # 109's title 科创云廊简介; 105 has it in the body only


def test_snippet_shows_original_text_with_hits_marked(db):
    [row] = fulltext.search(db, "医药")
    assert row["snippet"] == (
        "泗泾镇将建设生物[医药]产业园，力争2035年产值178亿元。 The park focuses on Logistics and biotech."
    )
    assert row["title_highlighted"] == "泗泾镇生物[医药]产业园规划发布"
    [row] = fulltext.search(db, "g60科创走廊 r&d", marks=("<b>", "</b>"))
    assert "<b>G60科创走廊</b>的最新进展，企业<b>R&D</b>投入" in row["snippet"]
    [row] = fulltext.search(db, "G60", site="shcfck", category="园区动态")
    assert row["snippet"] == "[Ｇ６０]科创云廊位于松江新城。"  # the original full-width text, marked


def test_snippet_window_and_ellipsis():
    text = "无关内容。" * 40 + "这里提到松江厂房。" + "其他内容。" * 40
    snip = fulltext.snippet(text, "厂房", width=30)
    assert snip.startswith("…") and snip.endswith("…")
    assert "[厂房]" in snip and len(snip.replace("[", "").replace("]", "")) <= 32


def test_filters(db):
    assert post_ids(db, "松江", site="othersite") == [110]
    assert set(post_ids(db, "松江")) == {101, 108, 109, 110}
    assert post_ids(db, "园区", tag="厂房出租") in ([103, 108], [108, 103])
    assert post_ids(db, "松江", source="东方财富", site="shcfck") in ([101, 109], [109, 101])
    assert post_ids(db, "G60", since="2026", until="2026-05") == [105]  # 2026-05-10; 101 is recent, 109 2025
    assert post_ids(db, "G60", until="2025-12-30") == [109]
    assert post_ids(db, "物流", category="物流仓储", order="oldest") == [107, 106]
    with pytest.raises(ValueError, match="YYYY-MM"):
        fulltext.search(db, "松江", since="May 2026")
    assert fulltext.count_matches(db, "园区") == 3
    assert fulltext.count_matches(db, "园区", tag="厂房出租") == 2


# -- the index follows every write ---------------------------------------------------------------------------


def test_update_and_reparse_keep_the_index_right(archive):
    assert post_ids(archive.db, "R&D") == [101]
    run = archive.start_run("shcfck", "shcfck")
    changed = make_article(101, "松江区举行会议", "会议讨论了嘉定的新能源汽车产业。")
    assert archive.save_article(run, changed) == "updated"
    assert post_ids(archive.db, "R&D") == []
    assert post_ids(archive.db, "G60科创走廊") == []
    assert post_ids(archive.db, "新能源汽车") == [101]
    assert set(post_ids(archive.db, "松江")) == {101, 108, 109, 110}
    # A reparse writes the article again through save_article: unchanged text leaves the index as it is.
    before = archive.db.execute("SELECT rowid, * FROM articles_fts ORDER BY rowid").fetchall()
    assert archive.save_article(run, changed) == "unchanged"
    assert archive.db.execute("SELECT rowid, * FROM articles_fts ORDER BY rowid").fetchall() == before
    # A new article is searchable at once, before any commit.
    archive.save_article(run, make_article(111, "嘉定新闻", "嘉定新能源汽车产业园开园。"))
    assert set(post_ids(archive.db, "新能源汽车")) == {101, 111}
    archive.db.execute(f"INSERT INTO {fulltext.FTS_TABLE}({fulltext.FTS_TABLE}) VALUES ('integrity-check')")
    assert fulltext.index_status(archive.db) == {
        "articles": 11,
        "indexed": 11,
        "missing": 0,
        "orphans": 0,
        "moved": 0,
    }


def test_rebuild_gives_the_same_results_as_incremental_sync(archive):
    queries = ["松江", "园区", "G60科创走廊", "R&D", "医药", "冷链物流", "泾", "logistics", "新政"]
    before = {q: fulltext.search(archive.db, q, limit=None) for q in queries}
    assert fulltext.rebuild_index(archive.db) == len(CORPUS)
    assert {q: fulltext.search(archive.db, q, limit=None) for q in queries} == before


def test_rebuild_catches_writes_from_outside(archive):
    archive.db.execute("UPDATE articles SET body = '外部写入的奉贤新闻。' WHERE url = ?", [BASE.format(107)])
    assert post_ids(archive.db, "奉贤") == []  # written behind Archive's back: not indexed yet
    fulltext.rebuild_index(archive.db)
    assert post_ids(archive.db, "奉贤") == [107]


def test_rowids_renumbered_under_the_index_are_noticed(archive):
    """VACUUM may renumber articles (its key is a text url): the index can tell, and a rebuild fixes it."""
    a, b = BASE.format(102), BASE.format(106)
    ra, rb = (
        archive.db.execute("SELECT rowid FROM articles WHERE url = ?", [u]).fetchone()[0] for u in (a, b)
    )
    for url, rowid in ((a, -1), (b, ra), (a, rb)):
        archive.db.execute("UPDATE articles SET rowid = ? WHERE url = ?", [rowid, url])
    assert fulltext.index_status(archive.db)["moved"] == 2
    assert post_ids(archive.db, "医药") == [106]  # wrong: what the index knows under 102's old rowid
    fulltext.rebuild_index(archive.db)
    assert fulltext.index_status(archive.db)["moved"] == 0
    assert post_ids(archive.db, "医药") == [102]


def test_an_old_archive_gets_its_index_when_opened(tmp_path):
    """Archives created before the index: the m002 migration indexes what they hold."""
    path = tmp_path / "old.db"
    archive = Archive(path)
    run = archive.start_run("shcfck", "shcfck")
    archive.save_article(run, CORPUS[1])
    archive.db.execute("DROP TABLE articles_fts")
    archive.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm002_search'")
    for view in ("article_details", "article_tags", "latest_views", "views_growth"):
        archive.db.execute(f"DROP VIEW {view}")
    archive.close()
    reopened = Archive(path)
    assert post_ids(reopened.db, "医药") == [102]
    reopened.close()


# -- the same results from every entry point -----------------------------------------------------------------

PARITY_QUERIES = [
    "松江",
    "医药",
    "园区",
    "G60科创走廊",
    "R&D",
    "logistics",
    "冷链物流",
    "泾",
    "园区 -工业",
    "江苏",
]


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"category": "上海厂房招商"},  # filters an index serves: a rowid set checked per match
        {"tag": "厂房出租"},  # no index: checked on the joined article
        {"tag": "厂房出租", "category": "上海厂房招商"},
        {"site": "shcfck", "since": "2026", "until": "2026-05"},
        {"source": "东方财富"},
        {"until": "2025-12-30"},
    ],
)
def test_every_plan_gives_the_canned_querys_rows(db, filters):
    """search() picks its SQL by the filters it is given; the canned query has one SQL for all."""
    canned = fulltext.search_sql()
    for query in ("松江", "园区", "G60", "物流", "厂房 -绿化"):
        params = {name: filters.get(name, "") for name in fulltext.FILTERS}
        cursor = db.execute(canned, params | {"q": query, "limit": "1000", "offset": ""})
        url = [d[0] for d in cursor.description].index("url")
        expected = [row[url] for row in cursor]
        assert [r["url"] for r in fulltext.search(db, query, limit=1000, **filters)] == expected, query
        assert fulltext.count_matches(db, query, **filters) == len(expected)


def test_cli_search_json_equals_python(fixture_archive, db):
    for query in PARITY_QUERIES:
        result = CliRunner().invoke(
            cli, ["search", query, "--db", str(fixture_archive), "--json", "--limit", "50"]
        )
        assert result.exit_code == 0, result.output
        rows = json.loads(result.stdout)
        assert [r["url"] for r in rows] == [r["url"] for r in fulltext.search(db, query, limit=50)]


def test_datasette_search_box_and_canned_query_equal_python(fixture_archive, db):
    from datasette.app import Datasette

    from parkcrawler.cli.analyst import _register_plugin
    from parkcrawler.query.datasette.metadata import build_metadata

    _register_plugin()
    name = fixture_archive.stem
    ds = Datasette([str(fixture_archive)], metadata=build_metadata(name))

    async def urls(path: str, **params) -> set[str]:
        response = await ds.client.get(path, params={**params, "_shape": "array", "_size": "max"})
        assert response.status_code == 200, response.text
        return {row["url"] for row in response.json()}

    async def check():
        await ds.invoke_startup()
        for query in PARITY_QUERIES:
            expected = {r["url"] for r in fulltext.search(db, query, limit=None)}
            assert await urls(f"/{name}/articles.json", _search=query) == expected, query
            assert await urls(f"/{name}/article_details.json", _search=query) == expected, query
            assert await urls(f"/{name}/search.json", q=query, limit="100") == expected, query
        response = await ds.client.get(f"/{name}/search.json", params={"q": "医药", "_shape": "array"})
        assert response.json()[0]["snippet"].startswith("泗泾镇将建设生物<mark>医药</mark>产业园")

    asyncio.run(check())


def test_other_databases_keep_datasettes_escape_fts(tmp_path):
    from datasette.app import Datasette

    from parkcrawler.cli.analyst import _register_plugin

    _register_plugin()
    path = tmp_path / "plain.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE docs (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("CREATE VIRTUAL TABLE docs_fts USING fts5(text, content='docs', content_rowid='id')")
    conn.execute("INSERT INTO docs VALUES (1, 'hello world')")
    conn.execute("INSERT INTO docs_fts (rowid, text) VALUES (1, 'hello world')")
    conn.commit()
    conn.close()
    ds = Datasette([str(path)])

    async def check():
        response = await ds.client.get("/plain/docs.json", params={"_search": "hello", "_shape": "array"})
        assert [r["id"] for r in response.json()] == [1]

    asyncio.run(check())
