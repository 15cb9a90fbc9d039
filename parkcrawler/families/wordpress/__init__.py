"""WordPress: the core markup conventions most themes keep, pretty and ?p=N permalinks, the REST API.

The crawl reads WordPress as HTML (lists, post pages, `/feed/`, the core sitemaps); the REST API is not
crawled: the measurement and the reasons are in docs/families/wordpress.md.
"""

from __future__ import annotations

from datetime import datetime

from parkcrawler.families.wordpress import extract
from parkcrawler.families.wordpress.urls import WordPressUrlRules
from parkcrawler.items import Article, FeedEntry, ListPage
from parkcrawler.sites.base import Family, Site


class WordPress(Family):
    name = "wordpress"
    rules = WordPressUrlRules()
    list_page_size = 10  # Settings > Reading: "Blog pages show at most" (posts_per_page), core's default
    fingerprints = (
        r'<meta name="generator" content="WordPress',
        r"/wp-content/(?:themes|plugins|uploads)/",
        r"/wp-includes/",
    )

    def extract_article(
        self, site: Site, url: str, html: str, *, server_time: datetime | None, fetched_at: datetime | None
    ) -> Article:
        return extract.extract_article(url, html, site=site, server_time=server_time, fetched_at=fetched_at)

    def extract_list(self, site: Site, url: str, html: str, *, server_time: datetime | None) -> ListPage:
        return extract.extract_list(url, html, site=site, server_time=server_time)

    def parse_feed(self, site: Site, body: str | bytes) -> list[FeedEntry]:
        return extract.parse_feed(body, site=site, tz=site.tz)


FAMILY = WordPress()
