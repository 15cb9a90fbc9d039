"""Datasette metadata for an archive: titles, column descriptions, units, search, facets, canned queries.

Built in Python rather than kept as a JSON file because the database name comes from the archive's file
name, and because the ranked-search canned query must be the very SQL that `parkcrawler search` runs
(`search.search_sql`).
"""

from __future__ import annotations

import json
import textwrap

from parkcrawler.query.analyst import VIEWS
from parkcrawler.query.search import FTS_TABLE, search_sql

# Shanghai's sixteen districts, as articles name them (松江 more often than 松江区).
DISTRICTS = (
    "浦东", "黄浦", "徐汇", "长宁", "静安", "普陀", "虹口", "杨浦",
    "闵行", "宝山", "嘉定", "金山", "松江", "青浦", "奉贤", "崇明",
)  # fmt: skip

# Tags that name a place (a park, a zone, a corridor) rather than a topic.
PARK_TAG_SUFFIXES = ("园", "园区", "基地", "开发区", "经开区", "科技城", "走廊", "小镇", "新城")

COLUMNS = {
    "articles": {
        "url": "Canonical URL, http://www.shcfck.com/index.php/post/{post_id}.html (primary key)",
        "site": "Site name (shcfck)",
        "post_id": "The CMS's post id",
        "title": "The article's h1, entities decoded",
        "published_at": "Publication date YYYY-MM-DD, or datetime with offset when known (site time, UTC+8)",
        "published_precision": "How exact published_at is: datetime, day, inferred_year or relative (±1 day)",
        "date_display": "The date exactly as the page showed it, e.g. 3天前",
        "views": "The view counter shown on the page (page loads, the crawler's included)",
        "views_observed_at": "When that count was shown (site clock, from the HTTP Date header)",
        "author": "Author name",
        "category": "The article's own category (may be a sub-category, e.g. 物流仓储)",
        "category_url": "That category's list URL",
        "tags": "Tag names in page order (JSON array)",
        "source": "Original publisher of a syndicated copy (东方财富, 搜狐, …); empty when unknown",
        "original_title": "The title the copy states (原标题：…), when present",
        "body": "Clean plain text, one paragraph per line",
        "body_html": "Cleaned article HTML",
        "images": "Real image URLs left in the cleaned body (JSON array)",
        "warnings": "Markup drift noticed while extracting (JSON array)",
        "fetched_at": "When this version was fetched (UTC)",
        "first_seen_at": "When the archive first saw the article (UTC); never changes",
        "changed_at": "Last time title, body, category, tags or author changed (UTC)",
        "content_hash": "SHA-256 over title, body, category, tags and author",
        "last_run_id": "The crawl run that last saw the article (crawl_runs.id)",
        "extraction": "How the article was read: its family's name, or generic (no family recognised it)",
    },
    "related_links": {
        "article_url": "The article (articles.url)",
        "position": "0-based order in the 相关文章 block",
        "url": "Canonical URL of the related article",
        "title": "Its title",
        "excerpt": "Its excerpt, cleaned of boilerplate",
        "excerpt_raw": "Its excerpt as shown",
        "image": "Its thumbnail, empty for the theme's stock thumbnails",
        "observed_at": "When this block was fetched (UTC); the site draws it at random on every load",
    },
    "related_link_rows": {
        "article_url": "The article (articles.url)",
        "position": "0-based order in the 相关文章 block",
        "url": "Canonical URL of the related article",
        "excerpt_id": "Its excerpt (related_excerpts.id): read related_links for the text",
    },
    "related_excerpts": {
        "key": "A hash of the excerpt pair, to store each once",
        "excerpt": "An excerpt, cleaned of boilerplate",
        "excerpt_raw": "The excerpt as shown",
    },
    "removed_blocks": {
        "article_url": "The article (articles.url)",
        "seq": "Order of removal",
        "position": "Index of the block in the raw body",
        "family": "Where the junk comes from: eastmoney, sohu, eastday, qianzhan, site_contact, …",
        "rule": "The rule (parkcrawler/clean/rules.toml) or detector that removed it",
        "text": "The removed text",
    },
    "views_history": {
        "url": "The article",
        "observed_at": "When the count was shown (site clock)",
        "views": "The count (page loads)",
        "source": "Where it was read: article (the article page)",
        "run_id": "The crawl run",
    },
    "feed_entries": {
        "url": "The article",
        "title": "Its title in the feed",
        "published_at": "Exact pubDate, ISO 8601 with offset",
        "first_seen_at": "When the feed first listed it (UTC)",
        "last_seen_at": "When the feed last listed it (UTC)",
    },
    "pages": {
        "id": "Row id",
        "run_id": "The crawl run",
        "url": "The URL fetched",
        "fetched_at": "When (UTC)",
        "status": "HTTP status",
        "headers": "Response headers, each a list of values (JSON object)",
        "body": "The body, zlib-compressed",
        "body_size": "Uncompressed size",
    },
    "crawl_runs": {
        "id": "Run id",
        "spider": "Which spider",
        "site": "Which site",
        "mode": "full (every list walked), incremental (newest lists, new articles) or partial (start_urls)",
        "started_at": "UTC",
        "finished_at": "UTC",
        "status": "running, finished, or interrupted (killed before it could finish)",
        "finish_reason": "Scrapy's finish reason",
        "health": "ok or failed: the end-of-run check that the site still matches its known markup",
        "problems": "What the health check found broken (JSON array)",
        "coverage": "Share of this run's articles that have each field (JSON object)",
        "requests": "Requests sent",
        "pages_stored": "Rows added to pages",
        "articles_new": "Articles archived for the first time",
        "articles_updated": "Articles whose text or labels changed",
        "articles_unchanged": "Articles seen again unchanged",
        "failures": "Rows in failures for this run",
        "skipped": "Rows in skipped_urls for this run",
        "stats": "Scrapy's full stats of the run (JSON object)",
    },
    "failures": {
        "run_id": "The crawl run",
        "url": "The URL",
        "kind": "http (an error status), network, or extraction (the page no longer matches the markup)",
        "status": "HTTP status, where there was a response",
        "reason": "What went wrong, e.g. HTTP 404",
        "found_on": "The page that linked to it",
        "failed_at": "UTC",
    },
    "skipped_urls": {
        "run_id": "The crawl run",
        "url": "The URL",
        "policy": "Why it was not fetched: non-http, private-host, offsite, asset, robots.txt, …",
        "found_on": "The first page that linked to it in this run",
    },
    "article_details": {
        "article_rowid": "rowid of the article in articles (links the search index)",
        "month": "Publication month YYYY-MM",
        "related": "The related posts as a JSON array of {url, title}, in page order",
        "body_chars": "Length of the clean body in characters",
    },
    "article_tags": {"position": "Order of the tag on the page", "tag": "The tag", "month": "YYYY-MM"},
    "latest_views": {"observed_at": "When the newest count was shown", "observations": "Counts on record"},
    "views_growth": {
        "growth": "Views gained between the first and the last observation",
        "days": "Days between them",
        "growth_per_day": "Views gained per day",
        "observations": "Counts on record",
    },
}

VIEW_DESCRIPTIONS = {
    "article_details": "One row per article with month, tags, views and related posts; search, facet here.",
    "article_tags": "One row per article and tag.",
    "latest_views": "The newest view count of each article.",
    "views_growth": "Views gained per article between its first and last observation.",
}


def _sql(text: str) -> str:
    return textwrap.dedent(text).strip()


def canned_queries() -> dict:
    districts = json.dumps(list(DISTRICTS), ensure_ascii=False)
    park_tags = " OR ".join(f"tag LIKE '%{s}'" for s in PARK_TAG_SUFFIXES)
    in_index = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH parkcrawler_fts_query(d.value)"
    return {
        "search": {
            "title": "Search articles (ranked, with snippets)",
            "description": "Full-text search, best matches first. Two-character words (松江, 厂房) work; "
            'terms are ANDed, "quotes" keep a phrase, -word excludes. Leave a filter empty for any. '
            "The same query as `parkcrawler search`.",
            "sql": search_sql(marks=("<mark>", "</mark>"), width=120),
            # Twenty lines of SQL above the form push the results off the screen ("show" shows it).
            "hide_sql": True,
        },
        "new_this_week": {
            "title": "New articles this week",
            "description": "Published in the archive's last 7 days: the day of its newest article and "
            "the six before (site calendar, UTC+8), newest first. Relative to the archive, not to today, "
            "so a copy or a paused archive still shows its latest week.",
            "sql": _sql("""
                SELECT url, title, published_at, category, tags, source, views, first_seen_at
                FROM articles
                WHERE substr(published_at, 1, 10) >= (
                    SELECT date(max(substr(published_at, 1, 10)), '-6 days') FROM articles
                )
                ORDER BY published_at DESC, url
            """),
        },
        "most_viewed_by_category": {
            "title": "Most viewed articles by category",
            "description": "The top articles of each category by their latest view count "
            "(per_category: how many, default 5).",
            "sql": _sql("""
                SELECT category, rank, title, views, published_at, url FROM (
                  SELECT category, title, views, published_at, url,
                    row_number() OVER (PARTITION BY category ORDER BY views DESC, published_at DESC) AS rank
                  FROM articles WHERE views IS NOT NULL
                )
                WHERE rank <= CAST(coalesce(nullif(:per_category, ''), 5) AS INTEGER)
                ORDER BY category, rank
            """),
        },
        "views_growth": {
            "title": "Views growth",
            "description": "Views gained per article between its first and last observation since a date "
            "(since: YYYY-MM-DD, empty for all history), fastest growing first.",
            "sql": _sql("""
                WITH obs AS (SELECT * FROM views_history WHERE :since = '' OR observed_at >= :since),
                first AS (
                  SELECT url, min(observed_at) AS first_observed_at, views AS first_views
                  FROM obs GROUP BY url
                ),
                last AS (
                  SELECT url, max(observed_at) AS last_observed_at, views AS last_views,
                    count(*) AS observations
                  FROM obs GROUP BY url
                )
                SELECT a.title, a.category, a.published_at, last_views - first_views AS growth,
                  round((last_views - first_views)
                    / nullif(julianday(last_observed_at) - julianday(first_observed_at), 0), 1)
                    AS growth_per_day,
                  first_views, last_views, first_observed_at, last_observed_at, observations, a.url
                FROM articles a JOIN first ON first.url = a.url JOIN last ON last.url = a.url
                WHERE observations > 1
                ORDER BY growth DESC, a.url
                LIMIT 100
            """),
        },
        "articles_per_district": {
            "title": "Articles per district mentioned",
            "description": "How many articles mention each of Shanghai's districts in title or body "
            "(full-text search on the name, so 金山 also counts 金山银山), and the latest of them.",
            "sql": _sql(f"""
                SELECT d.value AS district,
                  (SELECT count(*) FROM ({in_index})) AS articles,
                  (SELECT max(a.published_at) FROM articles a WHERE a.rowid IN ({in_index}))
                    AS latest_published
                FROM json_each('{districts}') d
                ORDER BY articles DESC, district
            """),
        },
        "articles_per_park": {
            "title": "Articles per park (tag)",
            "description": "Articles per tag naming a park, zone or corridor ("
            + ", ".join(f"…{s}" for s in PARK_TAG_SUFFIXES)
            + "), with the latest publication date.",
            "sql": _sql(f"""
                SELECT tag, count(*) AS articles, max(published_at) AS latest_published
                FROM article_tags WHERE {park_tags}
                GROUP BY tag ORDER BY articles DESC, tag
            """),
        },
        "articles_per_month": {
            "title": "Articles per month",
            "description": "Articles by publication month (the data of the trends chart).",
            "sql": _sql("""
                SELECT substr(published_at, 1, 7) AS month, count(*) AS articles
                FROM articles WHERE published_at IS NOT NULL
                GROUP BY month ORDER BY month
            """),
        },
        "views_over_time": {
            "title": "Views gained per day",
            "description": "Views gained across the archive per day of observation: each article's count "
            "minus its previous count (the data of the trends chart).",
            "sql": _sql("""
                WITH steps AS (
                  SELECT url, observed_at,
                    views - lag(views) OVER (PARTITION BY url ORDER BY observed_at) AS gained
                  FROM views_history
                )
                SELECT substr(observed_at, 1, 10) AS day, sum(gained) AS views_gained,
                  count(DISTINCT url) AS articles_observed
                FROM steps WHERE gained IS NOT NULL
                GROUP BY day ORDER BY day
            """),
        },
    }


def _tables() -> dict:
    tables: dict = {name: {"columns": columns} for name, columns in COLUMNS.items()}
    for name, description in VIEW_DESCRIPTIONS.items():
        tables[name]["description"] = description
    search_box = {"fts_table": FTS_TABLE, "searchmode": "escaped"}
    tables["articles"].update(
        description="One row per article. The search box finds Chinese words of any length "
        "(松江, 厂房, 生物医药) and Latin words; terms are ANDed.",
        label_column="title",
        sort_desc="published_at",
        facets=["category", {"array": "tags"}, "source"],
        **search_box,
        fts_pk="rowid",
    )
    tables["article_details"].update(
        sort_desc="published_at",
        facets=["month", "category", {"array": "tags"}, "source"],
        **search_box,
        fts_pk="article_rowid",
    )
    tables["pages"]["units"] = {"body_size": "B"}
    tables[FTS_TABLE] = {"hidden": True}
    return tables


def build_metadata(database: str) -> dict:
    """Metadata for serving the archive file whose Datasette name is `database`."""
    assert set(VIEW_DESCRIPTIONS) == set(VIEWS), "describe every analyst view"
    return {
        "title": "parkcrawler archive",
        "description_html": (
            "Articles from Chinese industrial-park sites, cleaned and archived by parkcrawler. "
            f'Start with <a href="/{database}/article_details">articles</a> (search, facets), '
            f'the <a href="/{database}#queries">canned queries</a> '
            f'or the <a href="/-/parkcrawler/trends?db={database}">trends</a>.'
        ),
        "databases": {
            database: {
                "description": "The archive: one row per article in articles, raw pages, runs, "
                "failures and skips; analyst views and the search index.",
                "tables": _tables(),
                "queries": canned_queries(),
            }
        },
    }
