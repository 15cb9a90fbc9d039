"""DedeCMS 5.7 (织梦) with its default templates: GBK pages, static article files, dynamic duplicates.

How a crawl reads a DedeCMS site (docs/families/dedecms.md has the whole story):
- pages are decoded by their bytes, not by Scrapy's header-first rule (extract.decode_page): GBK sites
  label their pages gb2312 and some nginx locations say utf-8 over GBK bytes;
- the home page is a portal of short boxes; each type's list (its first page is walked on every run:
  urls.py) is what reaches every article;
- views: an article page prints none (点击 is a /plus/count.php script, which counts the hit and which
  robots.txt disallows), every list page prints each article's 点击. The store takes the newest count a
  list showed (parkcrawler.store.Archive), so views come from the lists the crawl walks anyway;
- an article split by the editor's page breaks is fetched page by page and extracted as one;
- the RSS feeds' dates are days (GetDateMK): their links are followed, their dates are not kept as
  exact times.
"""

from __future__ import annotations

import re
from datetime import datetime

from parkcrawler.extract.html import page_selector
from parkcrawler.families.dedecms import extract
from parkcrawler.families.dedecms.urls import DedeUrlRules
from parkcrawler.items import Article, FeedEntry, ListPage
from parkcrawler.sites.base import Family, Site

_PAGE_NUMBER = re.compile(r"_(\d+)\.html$")


class DedeCMS(Family):
    name = "dedecms"
    rules = DedeUrlRules()
    extractor = extract  # extract_article (the other methods below read the family's own ways)
    list_page_size = 10  # list_article.htm: {dede:list pagesize='10'}
    fingerprints = (
        r'Powered by <a href="http://www\.dedecms\.com"',
        r"/templets/[\w-]+/style/dedecms\.css",
        r"action=[\"']/plus/search\.php",
    )

    def decode(self, body: bytes, content_type: str | None) -> str:
        return extract.decode_page(body, content_type)[0]

    def article_pages(self, url: str, html: str, *, site: Site | None = None) -> list[str]:
        return extract.article_pages(url, html)

    def extract_article_pages(
        self,
        site: Site,
        pages: list[tuple[str, str]],
        *,
        server_time: datetime | None,
        fetched_at: datetime | None,
    ) -> Article:
        # In page order whatever order they come in: reparse starts from whichever page was stored last.
        ordered = sorted(pages, key=lambda page: _page_number(page[0]))
        return extract.extract_article_pages(
            ordered, site=site, server_time=server_time, fetched_at=fetched_at
        )

    def extract_list(self, site: Site, url: str, html: str, *, server_time: datetime | None) -> ListPage:
        # The spider reads home pages as lists too: the site's index.html is a portal, not list_article.htm.
        if "index" in (page_selector(html).css("body::attr(class)").get() or "").split():
            return extract.extract_home(url, html, site=site, server_time=server_time)
        return extract.extract_list(url, html, site=site, server_time=server_time)

    def parse_feed(self, site: Site, body: str | bytes) -> list[FeedEntry]:
        # A FeedEntry's date is taken as exact (feed.php's, feed_entries); DedeCMS's RSS prints days only,
        # which the article page's minute always beats. The spider still follows the feed's links.
        return [e for e in extract.parse_feed(body, site=site) if "T" in e.published_at]


def _page_number(url: str) -> int:
    m = _PAGE_NUMBER.search(url.split("?", 1)[0])
    return int(m[1]) if m else 1


FAMILY = DedeCMS()
