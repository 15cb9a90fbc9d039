"""SQL views over the archive for the common joins: part of the schema (created by the m002_search
migration; change them only through a new migration). Plain SQL with no parkcrawler functions, so they
work in sqlite3, sqlite-utils and Datasette alike; the query side (parkcrawler.query) reads them.
"""

from __future__ import annotations

from parkcrawler.store.fts import sqlite_conn

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
