"""Datasette plugin for parkcrawler archives (registered through the `datasette` entry point, and by
`parkcrawler serve` itself).

* SQL functions on every connection: parkcrawler_fts_query, parkcrawler_snippet, parkcrawler_highlight;
  and a busy timeout, so that reading during a crawl's writes waits instead of failing.
* On archives, `escape_fts` -- what Datasette's search box runs as `articles_fts MATCH escape_fts(:search)`
  -- becomes `search.fts_query`, so the box finds what `parkcrawler search` finds.
* <mark> highlights in snippet columns, titles linked to the article's row page.
* /-/parkcrawler/trends: articles per month and views gained per day, drawn from two canned queries.
"""

from __future__ import annotations

import json
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from parkcrawler.query.datasette.metadata import COLUMNS
from parkcrawler.query.search import FTS_TABLE, fts_query, register_functions
from parkcrawler.store import READ_BUSY_TIMEOUT_MS

# Names of the served databases that are parkcrawler archives (they have the search index).
ARCHIVES: set[str] = set()
HIGHLIGHTED_COLUMNS = ("snippet", "title_highlighted")
# Tables whose search box uses the index (metadata: fts_table).
SEARCHED_TABLES = ("articles", "article_details")


def _is_archive(conn) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [FTS_TABLE]).fetchone() is not None


# trylast: Datasette's own sql_functions plugin registers its escape_fts in this hook too; ours must
# run after it to replace it.
@hookimpl(trylast=True)
def prepare_connection(conn, database):
    # Datasette's read connections are mode=ro but still meet a crawl's checkpoints and WAL resets:
    # wait for them rather than answer "database is locked".
    conn.execute(f"PRAGMA busy_timeout = {READ_BUSY_TIMEOUT_MS}")
    register_functions(conn)
    if _is_archive(conn):  # other databases keep Datasette's escape_fts
        ARCHIVES.add(database)
        conn.create_function("escape_fts", 1, fts_query, deterministic=True)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if database not in ARCHIVES or not isinstance(value, str):
        return None
    keys = row.keys() if hasattr(row, "keys") else []
    link = column in ("title", "title_highlighted") and table != "articles" and "url" in keys and row["url"]
    html = escape(value)
    if column in HIGHLIGHTED_COLUMNS:
        # Escape everything, then let only our own <mark> markers through.
        html = Markup(str(html).replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>"))
    elif not link:
        return None
    if link:
        href = datasette.urls.row(database, "articles", tilde_encode(row["url"]))
        html = Markup(f'<a href="{escape(href)}">{html}</a>')
    return Markup(html)


@hookimpl
def extra_body_script(view_name, table, database, request, datasette):
    """On a table searched with the search box: say that it is sorted by date, and link the same
    query ranked by relevance, with snippets (the `search` canned query)."""
    query = request.args.get("_search") if request is not None else None
    if view_name != "table" or database not in ARCHIVES or table not in SEARCHED_TABLES or not query:
        return None
    href = datasette.urls.database(database) + "/search?" + urlencode({"q": query})
    note = (
        "Filtered by the search box and sorted like the table, for browsing and facets."
        f' <a href="{escape(href)}">Ranked by relevance, with snippets →</a>'
    )
    return (
        "(function () { var h = document.querySelector('h3'); if (!h) return;"
        " var p = document.createElement('p'); p.className = 'parkcrawler-ranked';"
        f" p.innerHTML = {json.dumps(note)}; h.insertAdjacentElement('afterend', p); }})();"
    )


@hookimpl
def menu_links(datasette):
    return [{"href": datasette.urls.path("/-/parkcrawler/trends"), "label": "Trends (parkcrawler)"}]


@hookimpl
def register_routes():
    return [(r"^/-/parkcrawler/trends$", trends), (r"^/-/parkcrawler/parkcrawler\.css$", stylesheet)]


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path("/-/parkcrawler/parkcrawler.css")]


# An article's row page as a record card (one field per line, the body in paragraphs) rather than a
# one-row table dozens of columns wide.
_CARD = "body.row.table-articles .rows-and-columns"
# The ranked search (the `search` canned query): title and snippet wide enough to read, in any archive.
_SEARCH = "body.query-search .rows-and-columns"
# article_details: the related posts' JSON, not the title, takes the width.
_DETAILS = "body.table-article_details .rows-and-columns"
_CSS = f"""
mark {{ background: #ffe066; padding: 0 1px; }}
{_CARD}, {_CARD} thead, {_CARD} tbody, {_CARD} tr, {_CARD} td {{ display: block; }}
{_CARD} thead tr {{ position: absolute; top: -9999px; left: -9999px; }}
{_CARD} td {{ border: none; border-bottom: 1px solid #eee; padding: 0.35em 0 0.35em 11em; }}
{_CARD} td {{ position: relative; }}
{_CARD} td::before {{ position: absolute; left: 0; width: 10em; font-weight: bold; color: #555; }}
{_CARD} td::before {{ margin-left: 0; font-size: 0.9em; }}  /* Datasette's own td:before shifts it away */
{_CARD} td.col-body {{ white-space: pre-wrap; line-height: 1.8; max-width: 50em; }}
{_CARD} td.col-body_html {{ max-height: 10em; overflow: auto; }}
{_SEARCH} td.col-title_highlighted {{ min-width: 13em; max-width: 20em; font-weight: 600; }}
{_SEARCH} td.col-snippet {{ min-width: 24em; max-width: 34em; line-height: 1.6; }}
{_SEARCH} td.col-published_at {{ min-width: 6em; max-width: 7em; overflow-wrap: anywhere; }}
body.query-search form.sql p:has(label) {{ display: inline-block; width: 32%; margin: 0.2em 0; }}
body.query-search form.sql p:has(label) label {{ width: 5em; }}
body.query-search form.sql p:has(label) input {{ width: calc(100% - 6em); padding: 5px 4px; }}
{_SEARCH} td.col-category, {_SEARCH} td.col-source {{ min-width: 5em; }}
{_SEARCH} td.col-tags {{ min-width: 9em; font-size: 0.85em; }}
{_SEARCH} td.col-url {{ font-size: 0.85em; word-break: break-all; min-width: 12em; }}
{_SEARCH} .col-title, {_SEARCH} .col-post_id {{ display: none; }}  /* title_highlighted shows and links it */
{_DETAILS} td.col-title {{ min-width: 13em; }}
{_DETAILS} td.col-url {{ font-size: 0.85em; word-break: break-all; min-width: 10em; }}
{_DETAILS} td.col-related {{ min-width: 30em; font-size: 0.8em; }}
{_DETAILS} td.col-related, {_DETAILS} td.col-tags {{ overflow-wrap: anywhere; }}
.parkcrawler-ranked {{ background: #fff8d6; padding: 0.4em 0.7em; border-left: 4px solid #ffe066; }}
"""


async def stylesheet():
    labels = "\n".join(f'{_CARD} td.col-{col}::before {{ content: "{col}"; }}' for col in COLUMNS["articles"])
    return Response(_CSS + labels, content_type="text/css; charset=utf-8")


async def _archive_names(datasette) -> list[str]:
    names = []
    for name, db in datasette.databases.items():
        if not db.is_memory and await db.table_exists(FTS_TABLE):
            names.append(name)
    return names


async def trends(datasette, request):
    names = await _archive_names(datasette)
    if not names:
        return Response.html("No parkcrawler archive is being served.", status=404)
    name = request.args.get("db") if request.args.get("db") in names else names[0]
    charts = {
        "months": datasette.urls.database(name) + "/articles_per_month.json?_shape=array",
        "views": datasette.urls.database(name) + "/views_over_time.json?_shape=array",
    }
    html = await datasette.render_template(
        "parkcrawler_trends.html",
        {"database": name, "databases": names, "charts_json": Markup(json.dumps(charts))},
        request=request,
    )
    return Response.html(html)
