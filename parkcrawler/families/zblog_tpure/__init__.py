"""Z-BlogPHP 1.7 with the tpure theme ("index.php" URL mode): e.g. www.shcfck.com."""

from __future__ import annotations

from datetime import datetime

from parkcrawler.families.zblog_tpure import extract
from parkcrawler.families.zblog_tpure.urls import ZBlogUrlRules
from parkcrawler.items import Article, FeedEntry, ListPage
from parkcrawler.sites.base import Family, Site


class ZBlogTpure(Family):
    name = "zblog-tpure"
    rules = ZBlogUrlRules()
    list_page_size = 10  # the theme's default "articles per page"
    page_dictionary = "tpure-1"  # parkcrawler/store/zdict/README.md
    fingerprints = (
        r'<meta name="generator" content="Z-BlogPHP',
        r"/zb_users/theme/tpure/",
    )

    def extract_article(
        self, site: Site, url: str, html: str, *, server_time: datetime | None, fetched_at: datetime | None
    ) -> Article:
        return extract.extract_article(url, html, site=site, server_time=server_time, fetched_at=fetched_at)

    def extract_list(self, site: Site, url: str, html: str, *, server_time: datetime | None) -> ListPage:
        return extract.extract_list(url, html, site=site, server_time=server_time)

    def parse_feed(self, site: Site, body: str | bytes) -> list[FeedEntry]:
        return extract.parse_feed(body, site=site)


FAMILY = ZBlogTpure()
