"""WordPress: the core markup conventions most themes keep, pretty and ?p=N permalinks, the REST API.

The crawl reads each post from its HTML page. It finds the posts either through the REST API's posts
list (a page of kind `api`, when the profile sets `options.rest_api = true` and starts from it: 4.2 times
fewer requests, exact) or, without it or when the API fails, through the HTML lists, `/feed/` and the core
sitemaps: the measurement and the reasons are in docs/families/wordpress.md.
"""

from __future__ import annotations

from datetime import datetime

from parkcrawler.families.wordpress import extract
from parkcrawler.families.wordpress.urls import WordPressUrlRules
from parkcrawler.items import FeedEntry, ListPage
from parkcrawler.sites.base import Family, Site


class WordPress(Family):
    name = "wordpress"
    rules = WordPressUrlRules()
    extractor = extract  # extract_article, extract_list
    list_page_size = 10  # Settings > Reading: "Blog pages show at most" (posts_per_page), core's default
    fingerprints = (
        r'<meta name="generator" content="WordPress',
        r"/wp-content/(?:themes|plugins|uploads)/",
        r"/wp-includes/",
    )

    def extract_api(self, site: Site, url: str, text: str, *, server_time: datetime | None) -> ListPage:
        return extract.extract_rest_list(url, text, site=site, server_time=server_time)

    def parse_feed(self, site: Site, body: str | bytes) -> list[FeedEntry]:
        return extract.parse_feed(body, site=site, tz=site.tz)


FAMILY = WordPress()
