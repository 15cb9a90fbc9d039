"""What a site is to parkcrawler: a profile (data) bound to the family of its CMS (code).

- A **family** (`Family`: a CMS, or a CMS + theme) holds what is true of every site built on it: URL
  rules, the article/list/feed extractors, how its pages are decoded, its template boilerplate.
  Families live in parkcrawler/families/ and are found by name (parkcrawler.sites.registry).
- A **profile** is data: name, hosts, start URLs, time zone, the family's name and a few overrides
  (profiles/*.toml, or a user's own folder: the SITE_PROFILES_DIRS setting).
- A **Site** is the two together. It is what flows through the crawl, the pipelines, learning and
  reparse: no stage imports a family by name or looks a site up by string more than once.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import unicodedata
from dataclasses import dataclass, field
from datetime import timedelta, timezone
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol
from urllib.parse import unquote, urljoin, urlsplit

if TYPE_CHECKING:
    from datetime import datetime

    from parkcrawler.items import Article, FeedEntry, ListPage


class Page(NamedTuple):
    """A URL worth fetching, in its canonical form, and what kind of page it is."""

    url: str
    kind: str  # "home" | "list" | "article" | "feed" | "sitemap" | "api" (a JSON list of articles)


class Skip(NamedTuple):
    """A URL the crawler met and deliberately does not fetch; `policy` says why."""

    url: str
    policy: str


# Every skip policy, documented once: the README lists these for analysts auditing `skipped_urls`.
SKIP_POLICIES = {
    "non-http": "not an http(s) link (javascript:, mailto:, tel:, data:, ...)",
    "malformed": "not a valid URL (an unclosed IPv6 bracket, a port that is not a number, ...)",
    "private-host": "IP literal, localhost or private-network host: never crawled",
    "offsite": "a host that is not the site's",
    "asset": "an image, stylesheet, script or other static file",
    "cms-internal": "the CMS's admin, plugin and system paths",
    "search": "search result pages: queries, not content, and disallowed by robots.txt",
    "feed-variant": "a filtered RSS feed (?cate=, ?tags=, ?auth=): the main feed covers it",
    "unknown-page-type": "a same-site URL that matches no page type of the site's URL rules",
    "robots.txt": "disallowed by the site's robots.txt",
    "list-trap": "a list page of the same shape as one that showed no article, or only articles another list "
    "showed: an endless calendar or pagination",
    "incremental": "a list page an incremental run does not walk (a full pass, -a full=1, walks it)",
    "not-an-article": "a page the generic reader fetched and judged neither an article nor a list (about, "
    "contact, a product or factory-space ad): not archived as an article",
    "duplicate-form": "another address of a page the site also links in its canonical form (e.g. DedeCMS's "
    "plus/view.php?aid=N beside the static article file)",
    "duplicate-content": "an article page whose title, date and text are those of an article already "
    "archived this run at another address (a case-folded path, an extra parameter): archived once",
    "combination": "a tag or filter page combining three or more terms (tags/a+b+c/): the combinations of "
    "lists already walked never end",
    "article-page": "page 2, 3, ... of an article split over several pages: fetched and archived with its "
    "first page, not as an article of its own",
    "translation": "the site's mirror in the other Chinese script (a 簡體版 or 繁體版 link to /gb/, "
    "/big5/): the same articles, archived once, in the script of the pages the crawl started on",
    "api-listed": "a home, list or sitemap page not walked because the site's API list (e.g. WordPress's "
    "REST posts) listed every article this run",
}


class UrlRules(Protocol):
    """The URL rules of one CMS family (e.g. parkcrawler.families.zblog_tpure.urls)."""

    def classify(self, site: Site, scheme: str, path: str, query: str) -> Page | Skip: ...


class Family:
    """What is true of every site on one CMS (or CMS + theme). Subclass it in parkcrawler/families/<name>/.

    Extraction is pure: `(url, html) -> item`, given the Site (for its URL rules and clock). Every
    method that a family does not need keeps the default here.
    """

    name: str = ""
    rules: UrlRules
    # Articles a full list page shows: the crawl's size estimate (home pages x this), for progress.
    list_page_size: int = 10
    # The zstd dictionary (parkcrawler/store/zdict/<name>.zdict) its raw pages compress best with.
    page_dictionary: str | None = None
    # Cleaning rules of the family's template (TOML in the catalogue's format), added to the packaged ones.
    boilerplate: Path | Any = None  # a Path or a package resource
    # What the home page of a site on this CMS looks like (for recognising it): regexes over the HTML.
    fingerprints: tuple[str, ...] = ()

    def decode(self, body: bytes, content_type: str | None) -> str:
        """A stored page's text, exactly as Scrapy decoded it in the crawl (BOM, header, meta, then a guess):
        reparse must read the same text. A family whose sites lie in their headers overrides this and
        decode_response."""
        from scrapy.http import HtmlResponse

        headers = {"Content-Type": content_type} if content_type else None
        return HtmlResponse("http://stored.invalid/", body=body, headers=headers).text

    def decode_response(self, response: Any) -> str:
        """A fetched page's text (a TextResponse): Scrapy's own decoding, unless decode is overridden."""
        if type(self).decode is Family.decode:
            return response.text
        content_type = response.headers.get("Content-Type")
        return self.decode(response.body, content_type.decode("latin-1") if content_type else None)

    def article_pages(self, url: str, html: str, *, site: Site | None = None) -> list[str]:
        """Every page of a paginated article, in order (fetched and joined before extraction); [] if one.
        `site` is the Site asking, for a family that resolves links by the site's rules."""
        return []

    # The family's extraction module, whose functions take the Site as `site=` (extract_article(url, html,
    # *, site, server_time, fetched_at), extract_list(url, html, *, site, server_time), parse_feed(body, *,
    # site)): the methods below call them. A family whose extraction differs overrides the methods instead.
    extractor: Any = None

    def extract_article(
        self, site: Site, url: str, html: str, *, server_time: datetime | None, fetched_at: datetime | None
    ) -> Article:
        extract = self.extractor.extract_article
        return extract(url, html, site=site, server_time=server_time, fetched_at=fetched_at)

    def extract_article_pages(
        self,
        site: Site,
        pages: list[tuple[str, str]],
        *,
        server_time: datetime | None,
        fetched_at: datetime | None,
    ) -> Article:
        """An article from all of its pages, in order (article_pages); by default from the first."""
        url, html = pages[0]
        return self.extract_article(site, url, html, server_time=server_time, fetched_at=fetched_at)

    def extract_list(self, site: Site, url: str, html: str, *, server_time: datetime | None) -> ListPage:
        return self.extractor.extract_list(url, html, site=site, server_time=server_time)

    def extract_api(self, site: Site, url: str, text: str, *, server_time: datetime | None) -> ListPage:
        """A page of kind "api" (a JSON list of articles) as a ListPage of the articles' canonical page URLs;
        its next page comes from the response's Link header. Any error (ExtractionError, or this default's
        NotImplementedError): the crawl falls back to the site's HTML lists."""
        raise NotImplementedError(f"the {self.name} family reads no API list")

    def parse_feed(self, site: Site, body: str | bytes) -> list[FeedEntry]:
        parse = getattr(self.extractor, "parse_feed", None)
        return parse(body, site=site) if parse else []

    def __repr__(self) -> str:
        return f"<family {self.name}>"


@dataclass(frozen=True)
class Site:
    name: str  # spider and archive name, e.g. "shcfck"
    base_url: str  # canonical scheme+host, e.g. "http://www.shcfck.com/"
    hosts: tuple[str, ...]  # every host name the site answers on
    start_paths: tuple[str, ...]  # where a crawl begins, relative to base_url
    family: Family
    utc_offset_hours: int = 8  # the site's clock; China has had no DST since 1991
    title: str = ""  # the site's own name, e.g. 中国产业园区招商网 (never a publisher of its articles)
    list_page_size: int | None = None  # overrides the family's
    # Site-specific cleaning rules (the catalogue's TOML format), e.g. a contact box only this site adds.
    cleaning_rules: Path | Any = None  # a Path, or a package resource (importlib.resources Traversable)
    # Where the profile came from (a file path), for `parkcrawler sites`.
    source: str = ""
    options: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    # What absolute links resolve to (resolve): menus, sidebars and related posts repeat the same ~100 links
    # on every page, for the spider and the extractors alike. Bounded; a replaced Site starts empty.
    _resolved: dict[str, Page | Skip] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    @property
    def rules(self) -> UrlRules:
        return self.family.rules

    @property
    def page_size(self) -> int:
        return self.list_page_size or self.family.list_page_size

    @cached_property  # read for every article; a frozen dataclass's fields never change
    def tz(self) -> timezone:
        return timezone(timedelta(hours=self.utc_offset_hours))

    @property
    def start_urls(self) -> list[str]:
        return [urljoin(self.base_url, p) for p in self.start_paths]

    @property
    def canonical_host(self) -> str:
        return urlsplit(self.base_url).hostname or ""

    # The family's extractors, bound to this site.
    def extract_article(
        self, url: str, html: str, *, server_time: datetime | None = None, fetched_at: datetime | None = None
    ) -> Article:
        article = self.family.extract_article(self, url, html, server_time=server_time, fetched_at=fetched_at)
        return self._stamped(article)

    def article_pages(self, url: str, html: str) -> list[str]:
        return self.family.article_pages(url, html, site=self)

    def extract_article_pages(
        self,
        pages: list[tuple[str, str]],
        *,
        server_time: datetime | None = None,
        fetched_at: datetime | None = None,
    ) -> Article:
        article = self.family.extract_article_pages(
            self, pages, server_time=server_time, fetched_at=fetched_at
        )
        return self._stamped(article)

    def _stamped(self, article: Article) -> Article:
        # Provenance for every caller (crawl, reparse, probe): a reparse must not blank `extraction`.
        article.extraction = article.extraction or self.family.name
        return article

    def extract_list(self, url: str, html: str, *, server_time: datetime | None = None) -> ListPage:
        return self.family.extract_list(self, url, html, server_time=server_time)

    def extract_api(self, url: str, text: str, *, server_time: datetime | None = None) -> ListPage:
        return self.family.extract_api(self, url, text, server_time=server_time)

    def parse_feed(self, body: str | bytes) -> list[FeedEntry]:
        return self.family.parse_feed(self, body)

    def is_article(self, url: str) -> bool:
        page = self.resolve(url)
        return isinstance(page, Page) and page.kind == "article"

    def resolve(self, href: str, base: str | None = None) -> Page | Skip:
        """Turn any link met on a page into a canonical Page, or a Skip with its policy."""
        if not href.startswith(("http://", "https://")):
            return self._resolve(href, base)
        # An absolute link resolves alike on every page (urljoin returns it as it is): remembered.
        found = self._resolved.get(href)
        if found is None:
            if len(self._resolved) >= _RESOLVED_LIMIT:
                self._resolved.clear()
            found = self._resolved[href] = self._resolve(href, base)
        return found

    def _resolve(self, href: str, base: str | None) -> Page | Skip:
        try:
            url = urljoin(base or self.base_url, href.strip())
            parts = urlsplit(url)
            # Space before a dropped "#fragment" is the href's end, which is trimmed like its start.
            url = parts._replace(fragment="").geturl().strip()
            parts = urlsplit(url)
            parts.port  # noqa: B018 - raises on a port that is not a number or out of range
        except ValueError:  # "http://[::1/", "http://host:99999/": no URL any client could fetch
            return Skip(href.strip(), "malformed")
        if parts.scheme not in ("http", "https"):
            return Skip(url, "non-http")
        host = normalize_host(parts.hostname or "")
        if is_private_host(host):
            return Skip(url, "private-host")
        if host not in self.hosts:
            return Skip(url, "offsite")
        return self.rules.classify(self, parts.scheme, parts.path or "/", parts.query)


_RESOLVED_LIMIT = 50_000  # absolute links remembered per Site


def normalize_host(host: str) -> str:
    """The host as a resolver sees it: percent-decoded, NFKC (full-width digits), lower case, no root dot."""
    host = unquote(host)
    if not host.isascii():  # ASCII is its own NFKC form: most hosts skip the normalisation
        host = unicodedata.normalize("NFKC", host)
    return host.lower().rstrip(".")


# Digits, hex digits, x and dots only: the alphabet of the legacy IPv4 forms inet_aton accepts
# (0x7f000001, 2130706433, 127.1, 0177.0.0.1, 0x7f.1). glibc's inet_aton ignores anything after a
# space, so nothing else may reach it.
_LEGACY_IPV4 = re.compile(r"[0-9a-fx.]+")


def is_private_host(host: str) -> bool:
    """IP literals of any kind and spelling, and names that only mean this machine or its network.

    Judged by what the host resolves to without a DNS lookup: every spelling a resolver or browser
    reads as an IP address counts as one (a site is crawled by name; a bare IP is never the site).
    """
    host = normalize_host(host)
    if host in ("localhost", "") or host.endswith((".localhost", ".local", ".internal")):
        return True
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        pass
    if _LEGACY_IPV4.fullmatch(host) and any(c.isdigit() for c in host):
        try:
            socket.inet_aton(host)
            return True
        except OSError:
            return False
    return False
