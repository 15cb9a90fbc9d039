"""The analyst's side of the archive: the numbers of `parkcrawler stats`, over the schema's views
(parkcrawler/store/views.py)."""

from __future__ import annotations

from parkcrawler.store.fts import index_status, sqlite_conn
from parkcrawler.store.views import VIEWS, create_views  # noqa: F401  re-exported

# -- stats --------------------------------------------------------------------------------------------

# Columns whose empty value is a JSON array, not NULL.
_JSON_ARRAYS = ("tags", "images", "warnings")


def _rows(conn, sql: str, params=()) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _counts(conn, expression: str, name: str, *, order: str = "articles DESC, value") -> list[dict]:
    rows = _rows(
        conn,
        f"SELECT {expression} AS value, count(*) AS articles FROM articles GROUP BY value ORDER BY {order}",
    )
    return [{name: r["value"], "articles": r["articles"]} for r in rows]


def coverage(conn) -> list[dict]:
    """For each column of `articles`: how many rows have a value (not NULL, not '', not [])."""
    total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    columns = [row[1] for row in conn.execute("PRAGMA table_info(articles)")]
    out = []
    for column in columns:
        empty = "('', '[]')" if column in _JSON_ARRAYS else "('')"
        filled = conn.execute(
            f'SELECT count(*) FROM articles WHERE "{column}" IS NOT NULL AND "{column}" NOT IN {empty}'
        ).fetchone()[0]
        out.append({"column": column, "filled": filled, "share": round(filled / total, 3) if total else 0.0})
    return out


# What `stats` shows of a run (those the archive has: the crawl side may add or rename columns).
RUN_COLUMNS = (
    "id", "spider", "site", "mode", "started_at", "finished_at", "status", "finish_reason", "health",
    "requests", "pages_stored", "articles_new", "articles_updated", "articles_unchanged",
    "failures", "skipped",
)  # fmt: skip


def _run_columns(conn) -> list[str]:
    present = {row[1] for row in conn.execute("PRAGMA table_info(crawl_runs)")}
    return [c for c in RUN_COLUMNS if c in present]


def sites(db) -> list[str]:
    """The sites the archive holds articles of."""
    return [row[0] for row in sqlite_conn(db).execute("SELECT DISTINCT site FROM articles ORDER BY site")]


def stats(db, *, runs: int = 5) -> dict:
    """What the archive holds: articles per site, category, source and month, how complete each field
    is, the last crawl runs, and the state of the search index."""
    conn = sqlite_conn(db)
    by_site = _rows(
        conn,
        "SELECT site, count(*) AS articles, min(published_at) AS first_published,"
        " max(published_at) AS last_published, max(fetched_at) AS last_fetched"
        " FROM articles GROUP BY site ORDER BY articles DESC, site",
    )
    last_runs = _rows(
        conn, f"SELECT {', '.join(_run_columns(conn))} FROM crawl_runs ORDER BY id DESC LIMIT ?", [runs]
    )
    return {
        "articles": conn.execute("SELECT count(*) FROM articles").fetchone()[0],
        "by_site": by_site,
        "by_category": _counts(conn, "coalesce(category, '(none)')", "category"),
        "by_source": _counts(conn, "coalesce(source, '(unknown)')", "source"),
        "by_month": _counts(
            conn, "coalesce(substr(published_at, 1, 7), '(undated)')", "month", order="value DESC"
        ),
        "coverage": coverage(conn),
        "last_runs": last_runs,
        "index": index_status(conn),
    }
