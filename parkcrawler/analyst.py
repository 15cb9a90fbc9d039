"""The analyst's side of the archive: SQL views for the common joins, and the numbers of `parkcrawler stats`.

The views are plain SQL (no parkcrawler functions), so they work in sqlite3, sqlite-utils and Datasette
alike. They are created by the m002_search migration; change them only through a new migration.
"""

from __future__ import annotations

from .search import index_status, sqlite_conn

VIEWS = {
    # One row per (article, tag): join or group by tag without json_each every time.
    "article_tags": """
        SELECT a.url AS article_url, CAST(t.key AS INTEGER) AS position, t.value AS tag,
          a.site, a.category, a.published_at, substr(a.published_at, 1, 7) AS month
        FROM articles a, json_each(a.tags) t
    """,
    # The newest view count of each article. With a single max() SQLite takes the bare columns from
    # the row holding the maximum.
    "latest_views": """
        SELECT url, max(observed_at) AS observed_at, views, source, run_id, count(*) AS observations
        FROM views_history GROUP BY url
    """,
    # Views gained between the first and the last observation of each article.
    "views_growth": """
        WITH first AS (
          SELECT url, min(observed_at) AS first_observed_at, views AS first_views
          FROM views_history GROUP BY url
        ), last AS (
          SELECT url, max(observed_at) AS last_observed_at, views AS last_views, count(*) AS observations
          FROM views_history GROUP BY url
        )
        SELECT a.url, a.title, a.category, a.published_at, first_observed_at, first_views,
          last_observed_at, last_views, last_views - first_views AS growth,
          round(julianday(last_observed_at) - julianday(first_observed_at), 2) AS days,
          round((last_views - first_views)
                / nullif(julianday(last_observed_at) - julianday(first_observed_at), 0), 1) AS growth_per_day,
          observations
        FROM articles a JOIN first ON first.url = a.url JOIN last ON last.url = a.url
    """,
    # The article as analysts read it: month, tags, the latest view count and the related posts
    # (as a JSON array of {url, title}, in page order), without the long text columns.
    # article_rowid lets Datasette's search box use the full-text index on this view.
    "article_details": """
        SELECT a.rowid AS article_rowid, a.url, a.site, a.post_id, a.title, a.published_at,
          substr(a.published_at, 1, 7) AS month, a.category, a.tags, a.source, a.author,
          a.views, a.views_observed_at,
          (SELECT json_group_array(json_object('url', r.url, 'title', r.title))
             FROM (SELECT url, title FROM related_links WHERE article_url = a.url ORDER BY position) r
          ) AS related,
          length(a.body) AS body_chars, a.first_seen_at, a.changed_at
        FROM articles a
    """,
}


def create_views(db) -> None:
    """The views, and the index analysts' filters need beyond the crawl's own (source)."""
    conn = sqlite_conn(db)
    for name, sql in VIEWS.items():
        conn.execute(f"CREATE VIEW IF NOT EXISTS {name} AS {sql.strip()}")
    conn.execute("CREATE INDEX IF NOT EXISTS idx_articles_source ON articles (source)")


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
