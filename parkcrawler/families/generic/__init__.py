"""The generic family: any site whose CMS no family knows (`scrapy crawl generic -a start_urls=URL`).

Its URL rules guess page types from URL shapes (urls.py); whether a page is an article is decided from the
page itself (extract.view_of); its extractor reads any page's fields and content block (extract.py). The
generic spider (parkcrawler/crawl/spiders/generic.py) uses it only when no registered family recognises the
site. docs/generic.md has the design and the figures.
"""

from __future__ import annotations

import codecs
import re
from datetime import datetime

from parsel import Selector

from parkcrawler.extract.dates import parse_http_date
from parkcrawler.extract.html import squash
from parkcrawler.families.generic import extract
from parkcrawler.families.generic.urls import GenericUrlRules
from parkcrawler.items import Article, FeedEntry, ListPage
from parkcrawler.sites.base import Family, Page, Site

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([-\w.:]+)""", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([-\w.:]+)", re.I)
# GB2312 and GBK pages routinely hold characters only their supersets have: read them as GB18030.
_SUPERSET = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "cp936": "gb18030",
}


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        found = codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
    return _SUPERSET.get(found, found)


class Generic(Family):
    name = "generic"
    rules = GenericUrlRules()
    list_page_size = 20  # unknown: the crawl's size estimate only

    def decode(self, body: bytes, content_type: str | None) -> str:
        """Header and meta often disagree on these sites (a server default of UTF-8 over GBK pages, or the
        reverse): bytes that are valid UTF-8 are UTF-8 (GBK text almost never is); otherwise the declared
        charsets in turn, GB2312/GBK read as GB18030, the first that decodes cleanly; GB18030 at last."""
        if body.startswith(codecs.BOM_UTF8):
            return body[3:].decode("utf-8", "replace")
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            pass
        declared = []
        if m := _META_CHARSET.search(body[:4096]):
            declared.append(_codec(m[1].decode("ascii", "ignore")))
        if content_type and (m := _HEADER_CHARSET.search(content_type)):
            declared.append(_codec(m[1]))
        for codec in [*declared, "gb18030"]:
            if codec and codec != "utf-8":
                try:
                    return body.decode(codec)
                except UnicodeDecodeError:
                    continue
        return body.decode("gb18030", "replace")

    def page_view(self, site: Site, url: str, html: str) -> extract.PageView:
        return extract.page_view(url, html, site)

    def extract_article(
        self, site: Site, url: str, html: str, *, server_time: datetime | None, fetched_at: datetime | None
    ) -> Article:
        article = extract.extract_article(
            url, html, site=site, server_time=server_time, fetched_at=fetched_at
        )
        return article

    def extract_list(self, site: Site, url: str, html: str, *, server_time: datetime | None) -> ListPage:
        return extract.extract_list(url, html, site=site, server_time=server_time)

    def article_pages(self, url: str, html: str, *, site: Site | None = None) -> list[str]:
        return extract.article_pages(url, html, site) if site is not None else []

    def extract_article_pages(
        self,
        site: Site,
        pages: list[tuple[str, str]],
        *,
        server_time: datetime | None,
        fetched_at: datetime | None,
    ) -> Article:
        return extract.extract_article_pages(pages, site=site, server_time=server_time, fetched_at=fetched_at)

    def parse_feed(self, site: Site, body: str | bytes) -> list[FeedEntry]:
        """RSS 2.0 items and Atom entries with a link on the site and a date."""
        feed = Selector(body=body, type="xml") if isinstance(body, bytes) else Selector(text=body, type="xml")
        feed.remove_namespaces()
        entries = []
        for item in feed.xpath("//item | //entry"):
            link = squash(item.xpath("string(link)").get()) or squash(item.xpath("link/@href").get())
            published = parse_http_date(item.xpath("string(pubDate)").get())
            if published is None and (text := squash(item.xpath("string(published|updated)").get())):
                try:
                    published = datetime.fromisoformat(text.replace("Z", "+00:00"))
                except ValueError:
                    published = None
            target = site.resolve(link) if link else None
            if isinstance(target, Page) and published and published.tzinfo:
                title = squash(item.xpath("string(title)").get())
                entries.append(FeedEntry(target.url, title, published.astimezone(site.tz).isoformat()))
        return entries


FAMILY = Generic()
