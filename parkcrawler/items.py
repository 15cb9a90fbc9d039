"""The records that flow through parkcrawler: navigate -> extract -> clean -> store.

Plain dataclasses (Scrapy and itemadapter handle them natively), so every stage can be
used and tested without a running Scrapy engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar


@dataclass
class RawPage:
    """A fetched page the spider wants extracted. The spider only says what the page is."""

    url: str  # canonical URL (the archive's key for articles)
    request_url: str  # the URL actually fetched, after redirects
    page_type: str  # "article" or "feed"
    site: str  # site name, e.g. "shcfck"
    html: str  # decoded response text
    fetched_at: datetime  # crawler clock, timezone-aware UTC
    server_time: datetime | None = None  # the response's HTTP Date header (the site's clock)
    # The article's further pages (url, html), in order, when the site splits it (Family.article_pages).
    more_pages: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class RelatedLink:
    url: str  # canonical URL of the related article
    title: str
    excerpt: str = ""  # cleaned excerpt (the raw excerpt carries source boilerplate)
    excerpt_raw: str = ""  # excerpt exactly as shown, whitespace-normalised
    image: str | None = None  # thumbnail URL; None for the theme's stock thumbnails


@dataclass
class RemovedBlock:
    """One piece of boilerplate taken out of a body, kept for auditing."""

    family: str  # e.g. "eastmoney", "sohu", "site_contact"
    rule: str  # id of the rule (or detector) that removed it
    text: str  # the removed text, lines joined by "\n"
    position: int = 0  # index of the block in the raw body


@dataclass
class Article:
    url: str  # canonical: http://www.shcfck.com/index.php/post/{id}.html
    site: str
    post_id: int | None
    title: str
    published_at: str | None  # ISO 8601 date (YYYY-MM-DD) or datetime with offset
    published_precision: str | None  # "datetime" | "day" | "inferred_year" | "relative"
    date_display: str | None  # the date text as the page shows it ("3天前", "2年前 (2024-09-21)")
    views: int | None
    views_observed_at: str | None  # ISO datetime: when the count was read (server clock)
    author: str | None
    category: str | None  # the article's own category (may be a sub-category)
    category_url: str | None
    tags: list[str] = field(default_factory=list)
    raw_body_html: str = ""  # div.single as served, lazy images resolved; input to cleaning
    related: list[RelatedLink] = field(default_factory=list)
    fetched_at: str = ""  # ISO datetime, crawler clock (UTC)
    warnings: list[str] = field(default_factory=list)  # markup drift noticed while extracting
    extraction: str | None = None  # the family whose extractor read it, or "generic" (set by ExtractPipeline)
    # Filled by cleaning:
    body: str | None = None  # clean plain text, one paragraph per line
    body_html: str | None = None  # cleaned article HTML
    images: list[str] = field(default_factory=list)  # real image URLs in the cleaned body
    removed: list[RemovedBlock] = field(default_factory=list)
    source: str | None = None  # original publisher of a syndicated copy (东方财富, 搜狐, ...)
    original_title: str | None = None  # the title the copy states (原标题：...), when it differs
    # Not a field (never compared, stored, pickled or copied): the raw body it is of, its tree as
    # parse_body_plain would make it and that tree's elements, when extraction has them
    # (extract.html.parsed_body); cleaning takes them.
    parsed_body: ClassVar[tuple[str, Any, list[Any]] | None] = None

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "parsed_body"}


@dataclass
class FeedEntry:
    url: str  # canonical article URL
    title: str
    published_at: str  # exact ISO datetime with offset, from RSS pubDate


@dataclass
class FeedPage:
    """feed.php: exact publication times of the newest posts."""

    url: str
    site: str
    fetched_at: datetime
    entries: list[FeedEntry] = field(default_factory=list)


@dataclass
class UrlOutcome:
    """A URL that did not become an article: a failure with its reason, or a skip by policy."""

    url: str
    outcome: str  # "failed" | "skipped"
    reason: str  # the skip policy (see parkcrawler.sites.SKIP_POLICIES) or the failure message
    kind: str = ""  # for failures: "http" | "network" | "extraction"
    status: int | None = None  # HTTP status, where there was a response
    found_on: str | None = None  # the page the URL was found on


@dataclass
class ListEntry:
    """One article as a list page shows it (home, category, tag, author, month lists)."""

    url: str  # canonical article URL
    title: str
    date_display: str | None
    published_at: str | None
    published_precision: str | None
    views: int | None
    sticky: bool = False  # 置顶: shown out of date order


@dataclass
class ListPage:
    """A list page: what it shows of each article (views, dates) and where the list goes on."""

    url: str
    site: str
    observed_at: str  # the site's clock (HTTP Date), ISO UTC: when these counts were shown
    entries: list[ListEntry] = field(default_factory=list)
    next_url: str | None = None  # 下页
    last_page: int | None = None  # the page number 尾页 points at
