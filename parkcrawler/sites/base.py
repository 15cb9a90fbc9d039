"""What a site is to parkcrawler: where it lives and how its URLs map to pages.

A site profile is data (name, hosts, start URLs, clock) plus the URL rules of its CMS
family. Navigation (spiders) and extraction both read it, so a second site running the
same CMS is one more profile, not another spider.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import unicodedata
from dataclasses import dataclass
from datetime import timedelta, timezone
from typing import NamedTuple, Protocol
from urllib.parse import unquote, urljoin, urlsplit


class Page(NamedTuple):
    """A URL worth fetching, in its canonical form, and what kind of page it is."""

    url: str
    kind: str  # "home" | "list" | "article" | "feed" | "sitemap"


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
}


class UrlRules(Protocol):
    """The URL rules of one CMS family (see parkcrawler.sites.zblog)."""

    def classify(self, site: Site, scheme: str, path: str, query: str) -> Page | Skip: ...


@dataclass(frozen=True)
class Site:
    name: str  # spider and archive name, e.g. "shcfck"
    base_url: str  # canonical scheme+host, e.g. "http://www.shcfck.com/"
    hosts: tuple[str, ...]  # every host name the site answers on
    start_paths: tuple[str, ...]  # where a crawl begins, relative to base_url
    rules: UrlRules
    utc_offset_hours: int = 8  # the site's clock; China has had no DST since 1991

    @property
    def tz(self) -> timezone:
        return timezone(timedelta(hours=self.utc_offset_hours))

    @property
    def start_urls(self) -> list[str]:
        return [urljoin(self.base_url, p) for p in self.start_paths]

    @property
    def canonical_host(self) -> str:
        return urlsplit(self.base_url).hostname or ""

    def resolve(self, href: str, base: str | None = None) -> Page | Skip:
        """Turn any link met on a page into a canonical Page, or a Skip with its policy."""
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


def normalize_host(host: str) -> str:
    """The host as a resolver sees it: percent-decoded, NFKC (full-width digits), lower case, no root dot."""
    return unicodedata.normalize("NFKC", unquote(host)).lower().rstrip(".")


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
