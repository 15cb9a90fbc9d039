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

from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from ..search import FTS_TABLE, fts_query, register_functions
from ..store import READ_BUSY_TIMEOUT_MS
from .metadata import COLUMNS

# Names of the served databases that are parkcrawler archives (they have the search index).
ARCHIVES: set[str] = set()
HIGHLIGHTED_COLUMNS = ("snippet", "title_highlighted")


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
    if column in HIGHLIGHTED_COLUMNS:
        # Escape everything, then let only our own <mark> markers through.
        html = str(escape(value)).replace("&lt;mark&gt;", "<mark>").replace("&lt;/mark&gt;", "</mark>")
        return Markup(html)
    keys = row.keys() if hasattr(row, "keys") else []
    if column == "title" and table != "articles" and "url" in keys and row["url"]:
        href = datasette.urls.row(database, "articles", tilde_encode(row["url"]))
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    return None


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
