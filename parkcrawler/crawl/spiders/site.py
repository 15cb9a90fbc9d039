"""Navigation of one site, whatever its family: which links to follow, nothing else.

One spider class serves every site: the spider loader (crawl/spiderloader.py) makes a subclass per
site profile, with the Site (profile + family) as its `site`. The family's URL rules say what each
link is; its list extractor reads list pages; its decoder turns bytes into text.

The spider hands every article and feed page on as a RawPage, and what list pages show
(views, dates) as a ListPage; extraction, cleaning and storage are item pipelines. Every
link it meets is followed (as its canonical URL, so the dupefilter drops duplicate forms),
or reported as skipped with the policy that skipped it.

Two modes, chosen from the archive itself:
- full: an empty archive, or `-a full=1`: follow every link, refetch every article;
- incremental (the default once the archive has articles): walk the home list newest
  first, fetch only articles the archive lacks (or whose listed title changed, or that are
  due for refresh), and stop paging at the first page whose articles are all settled
  (archived before the last complete run ended). Feeds and sitemaps are read each run.

API discovery: when a start URL is an "api" page (a JSON list of articles, newest first, e.g. WordPress's
REST posts list; the family's rules and extract_api say so), the run finds articles through it and fetches
each article's own HTML page. Its home, list and sitemap start pages wait for the API's first answer: if
it lists articles, they and every home/list/sitemap link met are not walked (skipped: `api-listed`); if
it fails (an HTTP error after retries, not JSON, unreadable, empty), the failure is recorded and the run
discovers through the HTML start pages instead, as a site without the API.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError

from parkcrawler.crawl.middlewares import RedirectRefused
from parkcrawler.crawl.pipelines import ArchivePipeline
from parkcrawler.extract.dates import parse_http_date
from parkcrawler.extract.html import ExtractionError, page_selector
from parkcrawler.items import ListPage, RawPage, UrlOutcome
from parkcrawler.sites import Page, Site, Skip
from parkcrawler.store import CrawlState

# The spider arguments (`-a NAME=VALUE`) a run accepts, for the usage message.
ARGUMENTS = {
    "start_urls": "comma-separated http(s) URLs on the site's hosts to start from (a partial run)",
    "full": "1/0, true/false, yes/no, on/off: force a full pass",
}
BOOLEANS = {"1": True, "true": True, "yes": True, "on": True}
BOOLEANS |= {"0": False, "false": False, "no": False, "off": False}


class SpiderArgumentError(ValueError):
    """A spider argument that would make the run do something else than asked; the message says which."""


class SiteSpider(scrapy.Spider):
    site: Site  # set on each site's subclass by the spider loader

    def __init__(self, *args: Any, **kwargs: Any):
        # Checked here too (not only by our crawl command), so that any launcher refuses a bad argument.
        options = self.parse_arguments(kwargs)
        kwargs = {k: v for k, v in kwargs.items() if k not in ARGUMENTS}
        super().__init__(*args, **kwargs)
        start_urls = options["start_urls"]
        # `-a start_urls=URL,URL` crawls from other entry points; they are fetched as given.
        self.start_urls = start_urls or self.site.start_urls
        self.partial = bool(start_urls)
        self.full = options["full"]
        self.allowed_domains = list(self.site.hosts)  # also guards redirects (OffsiteMiddleware)
        self._reported: set[str] = set()  # skipped URLs already reported this run
        self._walk: set[str] = set()  # list pages an incremental run decided to walk
        self._list_sets: set[frozenset[str]] = set()  # the articles each list page showed (trap guard)
        self._requested: set[str] = set()  # canonical URLs this spider has requested through follow()
        # The last response _text decoded, and its text: parse() reads an article page's text up to three
        # times (its page bar, the RawPage, its links), a list page's twice; a family's decode is not cached.
        self._decoded: tuple[Response | None, str] = (None, "")
        # API discovery: "off" (no api start page), "pending" (its first answer awaited), "on", "failed".
        self._api = "off"
        self._held: dict[str, tuple[Page, str, str | None]] = {}  # awaiting the API: (page, URL, found on)
        self._fallback: dict[str, tuple[Page, str, str | None]] = {}  # the start pages the API stands in for
        self.plan = CrawlState("full")

    @classmethod
    def parse_arguments(cls, arguments: dict[str, Any]) -> dict[str, Any]:
        """The run's options from its `-a` arguments; SpiderArgumentError naming every bad one.

        A typo (`-a fulll=1`) or a value we cannot read (`-a full=maybe`) must not quietly run
        something else; names starting with `_` belong to schedulers (scrapyd's `_job`) and pass.
        """
        problems = []
        for name in arguments:
            if name not in ARGUMENTS and not name.startswith("_"):
                problems.append(f"unknown spider argument -a {name}= (known: {', '.join(ARGUMENTS)})")
        full = str(arguments.get("full", "0")).strip().lower()
        if full not in BOOLEANS:
            problems.append(
                f"-a full={arguments['full']!r} is not a boolean (use 1/0, true/false, yes/no, on/off)"
            )
        urls = []
        raw = arguments.get("start_urls")
        if raw is not None:
            urls = [u.strip() for u in str(raw).split(",") if u.strip()]
            if not urls:
                problems.append("-a start_urls= gives no URL")
            hosts = ", ".join(cls.site.hosts)
            for url in urls:
                parts = urlsplit(url)
                if parts.scheme not in ("http", "https") or not parts.hostname:
                    problems.append(f"start URL {url!r} is not an http(s) URL")
                elif isinstance(skip := cls.site.resolve(url), Skip) and skip.policy in (
                    "offsite",
                    "private-host",
                ):
                    problems.append(f"start URL {url!r} is not on the site's hosts ({hosts})")
        if problems:
            raise SpiderArgumentError("; ".join(problems))
        return {"full": BOOLEANS.get(full, False), "start_urls": urls}

    async def start(self):
        # Under JOBDIR, Scrapy persists spider.state: a paused full pass resumes as a full pass.
        persisted = getattr(self, "state", None)
        if isinstance(persisted, dict) and persisted.get("mode") == "full":
            self.full = True
        self.plan = self._load_state()
        mode = "partial" if self.partial else self.plan.mode
        if isinstance(persisted, dict):
            persisted["mode"] = mode
        self.crawler.stats.set_value("parkcrawler/mode", mode)
        self.logger.info(
            "%s run: %d articles archived, %d due for refetch",
            mode,
            len(self.plan.titles),
            len(self.plan.due),
        )
        for start in self._starts():
            yield start
        for url in self.plan.due:
            yield self._request(url, found_on=None)

    def _starts(self) -> Iterator[Any]:
        """The start requests. A profile's start URL that its site's rules skip (WordPress's REST list with
        the profile's rest_api off) is reported as skipped, not fetched (`-a start_urls` are fetched as
        given); with an api page among them, the home, list and sitemap start pages are held for it."""
        pages = {url: self.site.resolve(url) for url in self.start_urls}
        if any(isinstance(page, Page) and page.kind == "api" for page in pages.values()):
            self._api = "pending"
        self.crawler.stats.set_value("parkcrawler/discovery", "api" if self._api == "pending" else "html")
        for url, page in pages.items():
            if isinstance(page, Skip) and not self.partial:
                if page.url not in self._reported:
                    self._reported.add(page.url)
                    yield self._skipped(page, None)
            elif self._api == "pending" and isinstance(page, Page) and page.kind in LISTING_KINDS:
                self._held[page.url] = self._fallback[page.url] = (page, url, None)
            else:
                yield self._request(url, found_on=None)

    def _load_state(self) -> CrawlState:
        """What the archive holds, from the archive's owner (cluster mode replaces this, see
        cluster/worker.py); without one (a pipeline-less test crawl), a full pass."""
        owner = self.crawler.get_item_pipeline(ArchivePipeline)
        if owner is None:
            return CrawlState("full")
        return owner.crawl_state(self.site, full=self.full or self.partial)

    def _request(self, url: str, found_on: str | None) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse, errback=self.on_error, meta={"found_on": found_on})

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        page = self.site.resolve(response.url)
        kind = page.kind if isinstance(page, Page) else "unknown"
        ctype = (response.headers.get("Content-Type") or b"").decode("latin-1").split(";")[0].strip().lower()
        # A PDF, an image or a JSON error where a page of the site should be is not that page.
        not_html = kind in ("home", "list", "article") and ctype and "html" not in ctype
        not_json = kind == "api" and "json" not in ctype
        if not isinstance(response, TextResponse) or not_html or not_json:
            self.crawler.stats.inc_value("parkcrawler/fetch/failed")
            reason = f"not a text response (Content-Type {ctype or 'missing'})"
            if isinstance(response, TextResponse):
                reason = f"not {'JSON' if not_json else 'HTML'} (Content-Type {ctype or 'missing'})"
            yield UrlOutcome(response.url, "failed", reason, kind="content", status=response.status)
            if kind == "api":
                yield from self._api_fails(reason)
            return
        self.crawler.stats.inc_value("parkcrawler/fetch/ok")  # weighed by the health check (monitors.py)
        self.crawler.stats.inc_value(f"parkcrawler/pages/{kind}")
        if kind == "api":
            yield from self._api_page(response)
            return
        dead_end = False
        if kind in ("home", "list"):
            listing = self._listing(response, kind)
            if listing is not None:
                yield listing
                dead_end = self._dead_end(listing)
                if self.plan.mode == "incremental" and not dead_end:
                    yield from self._walk_newest(response, listing)
        if kind == "article" and (more := self._more_pages(response, page)) is not None:
            yield more  # the article's next page; the RawPage follows with its last one
        elif kind in ("article", "feed"):
            yield self._raw_page(response, page, kind)
        yield from self.follow(response, self._links(response, kind), dead_end=dead_end)

    def _text(self, response: TextResponse) -> str:
        """The page's text as its family decodes it (a DedeCMS site's header may lie about the charset)."""
        last, text = self._decoded
        if last is not response:
            text = self.site.family.decode_response(response)
            self._decoded = (response, text)
        return text

    def _raw_page(self, response: TextResponse, page: Page, kind: str) -> RawPage:
        first = response.meta.get("article_pages") or []
        pages = [*first, (response.url, self._text(response))]
        return RawPage(
            url=page.url,
            request_url=pages[0][0],
            page_type=kind,
            site=self.site.name,
            html=pages[0][1],
            fetched_at=self._fetched_at(response),
            server_time=parse_http_date(response.headers.get("Date")),
            more_pages=pages[1:],
        )

    def _fetched_at(self, response: TextResponse) -> datetime:
        """When the archive says the (first) page was fetched (ArchivePipeline.response_downloaded stamps
        it), else now."""
        meta = response.meta
        stamp = meta.get("article_fetched_at") or meta.get("parkcrawler_fetched_at")
        return datetime.fromisoformat(stamp) if stamp else datetime.now(UTC)

    def _more_pages(self, response: TextResponse, page: Page) -> scrapy.Request | None:
        """A split article's pages are fetched one after the other, each carrying the pages before it,
        and extracted together once the last arrives (Family.article_pages)."""
        meta = response.meta
        done = [*(meta.get("article_pages") or []), (response.url, self._text(response))]
        todo = meta.get("article_todo")
        if todo is None:
            # This page under its canonical form too: a redirect may have landed on another spelling of it.
            here = self.site.resolve(response.url)
            this = {response.url, here.url if isinstance(here, Page) else response.url}
            todo = [u for u in self.site.article_pages(response.url, done[-1][1]) if u not in this]
        if not todo:
            return None
        return scrapy.Request(
            todo[0],
            callback=self.parse,
            errback=self.on_error,
            # The same URL may be a page of the article and a link elsewhere: this fetch is the article's.
            dont_filter=True,
            meta={
                "found_on": response.url,
                "article_pages": done,
                "article_todo": todo[1:],
                "article_fetched_at": meta.get("article_fetched_at") or meta.get("parkcrawler_fetched_at"),
            },
        )

    def _dead_end(self, listing: ListPage) -> bool:
        """A list showing no article, or exactly the articles of a list already seen this run, leads
        nowhere new: an endless calendar (every month answers, most empty) or pagination that serves its
        last page again past the end. Its neighbours of the same shape are not followed."""
        entries = frozenset(e.url for e in listing.entries)
        if not entries or entries in self._list_sets:
            self.crawler.stats.inc_value("parkcrawler/lists/dead_ends")
            return True
        self._list_sets.add(entries)
        return False

    def _listing(self, response: TextResponse, kind: str) -> ListPage | None:
        try:
            listing = self.site.extract_list(
                response.url, self._text(response), server_time=parse_http_date(response.headers.get("Date"))
            )
        except ExtractionError as exc:
            self.crawler.stats.inc_value("parkcrawler/lists/unparseable")
            self.logger.error(
                "List page does not match the %s markup (%s): %s (%s)",
                self.site.name,
                self.site.family.name,
                response.url,
                exc,
            )
            return None
        if not listing.entries:
            # An empty month can exist, an empty home page cannot: the run's health check weighs it.
            self.crawler.stats.inc_value(f"parkcrawler/lists/empty_{kind}")
        self.crawler.stats.inc_value("parkcrawler/lists/entries", len(listing.entries))
        if kind == "home" and listing.last_page and response.url == self.site.base_url:
            # The size of the whole crawl, for progress and ETA.
            expected = listing.last_page * self.site.page_size
            self.crawler.stats.set_value("parkcrawler/articles_expected", expected)
        return listing

    def _api_page(self, response: TextResponse) -> Iterator[Any]:
        """A page of the site's API list: its articles and next page (the Link header's rel="next"), walked
        as the home list is (all on a full pass; newest first up to known ground on an incremental one).
        A page that does not read, or a first page listing nothing, ends API discovery for the run."""
        try:
            listing = self.site.extract_api(
                response.url, self._text(response), server_time=parse_http_date(response.headers.get("Date"))
            )
            listing.next_url = listing.next_url or self._next_api_page(response)
        except (ExtractionError, NotImplementedError) as exc:
            reason = f"API list unreadable: {exc}"
        else:
            reason = "API list lists no article" if not listing.entries and self._api == "pending" else ""
        if reason:
            self.crawler.stats.inc_value("parkcrawler/fetch/failed")
            found_on = response.meta.get("found_on")
            status = response.status
            yield UrlOutcome(response.url, "failed", reason, kind="content", status=status, found_on=found_on)
            yield from self._api_fails(reason)
            return
        yield from self._api_works()
        self.crawler.stats.inc_value("parkcrawler/lists/entries", len(listing.entries))
        dead_end = self._dead_end(listing)
        if dead_end:
            listing.next_url = None
        yield listing
        if self.plan.mode == "incremental" and not dead_end:
            yield from self._walk_newest(response, listing)
        hrefs = [entry.url for entry in listing.entries]
        yield from self.follow(response, hrefs + ([listing.next_url] if listing.next_url else []))

    def _next_api_page(self, response: TextResponse) -> str | None:
        href = link_header(response.headers.getlist("Link"), "next")
        if not href:
            return None
        target = self.site.resolve(href, base=response.url)
        if not isinstance(target, Page) or target.kind != "api":
            raise ExtractionError(f"its next page {href} is not an API list page by the site's rules")
        return target.url

    def _api_works(self) -> Iterator[UrlOutcome]:
        """The API list answered with articles: the held home, list and sitemap pages are not walked."""
        if self._api != "pending":
            return
        self._api = "on"
        self.crawler.stats.set_value("parkcrawler/discovery", "api")
        for url, (_, _, found_on) in self._held.items():
            if url not in self._reported:
                self._reported.add(url)
                yield self._skipped(Skip(url, "api-listed"), found_on)
        self._held.clear()

    def _api_fails(self, reason: str) -> Iterator[scrapy.Request]:
        """The API list failed: discover through the HTML start pages and lists, as without it (the links held
        meanwhile are followed as follow() would have: an incremental run walks only the lists it chose)."""
        if self._api not in ("pending", "on"):
            return
        todo = self._held if self._api == "pending" else self._fallback
        self._api = "failed"
        self.crawler.stats.set_value("parkcrawler/discovery", "html (the API list failed)")
        self.logger.warning("The API list failed (%s): discovering through the HTML pages", reason)
        for page, url, found_on in todo.values():
            if found_on is None or self._wanted(page):
                self._requested.add(page.url)
                yield self._request(url, found_on=found_on)
            elif page.url not in self._reported:
                self._reported.add(page.url)
                yield self._skipped(Skip(page.url, "incremental"), found_on)
        self._held.clear()

    def _walk_newest(self, response: TextResponse, listing: ListPage) -> Iterator[scrapy.Request]:
        """Fetch what the archive lacks; go on to the next page unless this one is all settled."""
        dated = [e for e in listing.entries if not e.sticky]  # sticky posts stand outside date order
        for entry in listing.entries:
            if self._needs_fetch(entry.url, entry.title):
                yield self._request(entry.url, found_on=response.url)
        unsettled = any(self._needs_fetch(e.url, e.title) or e.url not in self.plan.settled for e in dated)
        if unsettled and listing.next_url:
            self._walk.add(listing.next_url)
            yield self._request(listing.next_url, found_on=response.url)

    def _needs_fetch(self, url: str, title: str | None = None) -> bool:
        known = self.plan.titles.get(url)
        return known is None or (title is not None and title != known)

    def _links(self, response: TextResponse, kind: str) -> list[str]:
        if kind == "feed":
            return response.xpath("//item/link/text()").getall()
        if kind == "sitemap" and (locs := response.xpath("//*[local-name()='loc']/text()").getall()):
            return locs
        # Links of the page as its family decodes it (an HTML site map's too: DedeCMS 5.7 has no XML one).
        # Scrapy's response.text trusts the header: a GBK page labelled utf-8 would garble a GBK query string.
        return page_selector(self._text(response)).css("a::attr(href)").getall()

    def follow(self, response: Response, hrefs: list[str], *, dead_end: bool = False) -> Iterator[Any]:
        shape = _shape(response.url)
        for href in hrefs:
            target = self.site.resolve(href, base=response.url)
            same_shape = isinstance(target, Page) and target.kind == "list" and _shape(target.url) == shape
            if dead_end and same_shape:
                target = Skip(target.url, "list-trap")
            if isinstance(target, Page) and target.kind in LISTING_KINDS and self._api in ("pending", "on"):
                if self._api == "pending":  # until the API list answers
                    if target.url not in self._requested:
                        self._held.setdefault(target.url, (target, target.url, response.url))
                    continue
                target = Skip(target.url, "api-listed")
            if isinstance(target, Page) and self._wanted(target):
                # Menus, sidebars and related posts repeat the same links on every page: a URL this spider
                # has asked for once is not asked for again (the dupefilter would drop it, after the cost
                # of a Request and its fingerprint).
                if target.url not in self._requested:
                    self._requested.add(target.url)
                    yield self._request(target.url, found_on=response.url)
            elif isinstance(target, Skip) or target.kind in ("list", "api"):
                skip = target if isinstance(target, Skip) else Skip(target.url, "incremental")
                if skip.url not in self._reported:
                    self._reported.add(skip.url)
                    yield self._skipped(skip, response.url)
            # else: an article the archive has; an incremental run does not refetch it

    def _wanted(self, target: Page) -> bool:
        if self.plan.mode == "full" or target.kind in ("home", "feed", "sitemap"):
            return True
        if target.kind == "article":
            return self._needs_fetch(target.url)
        return target.url in self._walk

    def _skipped(self, skip: Skip, found_on: str | None) -> UrlOutcome:
        self.crawler.stats.inc_value(f"parkcrawler/skipped/{skip.policy}")
        return UrlOutcome(skip.url, "skipped", skip.policy, found_on=found_on)

    def on_error(self, failure: Any) -> Iterator[Any]:
        outcomes = list(self._failed(failure))
        yield from outcomes
        chain = failure.request.meta.get("redirect_urls") or [failure.request.url]
        page = self.site.resolve(chain[0])
        if isinstance(page, Page) and page.kind == "api":
            last = outcomes[-1] if outcomes else None
            yield from self._api_fails(f"{last.outcome}: {last.reason}" if last else str(failure.value))

    def _failed(self, failure: Any) -> Iterator[UrlOutcome]:
        request = failure.request
        found_on = request.meta.get("found_on")
        stats = self.crawler.stats
        # A request that failed after redirects is recorded under the URL the spider met, the first of
        # the chain, with where it had been sent.
        chain = request.meta.get("redirect_urls") or []
        url = chain[0] if chain else request.url
        via = f" (redirected to {request.url})" if chain else ""
        if failure.check(RedirectRefused):
            refused = failure.value
            stats.inc_value("parkcrawler/fetch/failed")
            if refused.policy and refused.target not in self._reported:
                self._reported.add(refused.target)
                yield self._skipped(Skip(refused.target, refused.policy), request.url)
            yield UrlOutcome(
                refused.url,
                "failed",
                refused.reason,
                kind="redirect",
                status=refused.status,
                found_on=found_on,
            )
        elif failure.check(HttpError):
            response = failure.value.response
            status = response.status
            # 404/410: a deleted page, normal on a live site; the health check counts other errors.
            stats.inc_value("parkcrawler/fetch/gone" if status in (404, 410) else "parkcrawler/fetch/failed")
            reason = request.meta.get("parkcrawler_failure") or f"HTTP {status}"
            location = response.headers.get("Location")
            if 300 <= status < 400 and location:
                # A redirect Scrapy does not follow at all (e.g. to javascript: or ftp:).
                target = self.site.resolve(location.decode("latin-1"), base=response.url)
                reason = f"HTTP {status}: redirected to {target.url}, not followed"
                if isinstance(target, Skip) and target.url not in self._reported:
                    self._reported.add(target.url)
                    yield self._skipped(target, response.url)
            yield UrlOutcome(url, "failed", reason + via, kind="http", status=status, found_on=found_on)
        elif failure.check(IgnoreRequest):
            message = str(failure.value)
            policy = (
                "robots.txt" if "robots.txt" in message else "offsite" if "offsite" in message else "ignored"
            )
            if request.url not in self._reported:
                self._reported.add(request.url)
                yield self._skipped(Skip(request.url, policy), found_on)
        else:
            stats.inc_value("parkcrawler/fetch/failed")
            reason = f"{failure.type.__name__}: {failure.getErrorMessage()}{via}"
            yield UrlOutcome(url, "failed", reason, kind="network", found_on=found_on)


# Pages that find articles: while the site's API list finds them, these are not walked.
LISTING_KINDS = ("home", "list", "sitemap")
# RFC 8288: `<URI>; param=value; ...`, links separated by commas (a quoted value may hold either).
_LINK = re.compile(r'<([^>]*)>((?:\s*;\s*[^;,="]+(?:=\s*(?:"[^"]*"|[^;,]*))?)*)')
_REL = re.compile(r';\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))', re.I)


def link_header(values: list[bytes], rel: str) -> str | None:
    """The target of the first link of relation `rel` in HTTP Link headers (RFC 8288), or None."""
    for value in values:
        for link in _LINK.finditer(value.decode("latin-1")):
            for found in _REL.finditer(link[2]):
                if rel in (found[1] if found[1] is not None else found[2]).lower().split():
                    return link[1].strip()
    return None


def _shape(url: str) -> str:
    """A URL with its numbers masked: page_60 and page_61, date-1999-1 and date-1998-12 are one shape."""
    return re.sub(r"\d+", "#", url)
