"""`scrapy crawl generic -a start_urls=URL`: any park site from one address.

The Site is built at run time from the start URLs (name: the host without `www.`, or `-a name=`; hosts:
the host with and without `www.`). On the first HTML page the spider asks every registered family whether
the page is one of theirs (sites/recognise.py: fingerprints, then the family's own list markup as proof);
when one is, the Site is re-bound to it and everything after runs exactly as a profile of that family.
Otherwise the generic family reads the site: each fetched page is judged from what it shows (article,
list, or neither), and URL shapes only order the crawl (articles first).

Cleaning across the site on the first run: article pages are held back until GENERIC_LEARN_ARTICLES of
them (or all, on a smaller site) have arrived; the site's template paragraphs are learned from their raw
bodies with the same learning `parkcrawler reparse` uses (crawl/learn.py), stored in the archive, and the
cleaner of this run is rebuilt with them before any article is cleaned.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Response, TextResponse

from parkcrawler.clean import Cleaner, LearningSettings, TemplateSet, learn_templates
from parkcrawler.crawl.learn import save_templates
from parkcrawler.crawl.pipelines import ArchivePipeline, CleanPipeline
from parkcrawler.crawl.spiders.site import SiteSpider, SpiderArgumentError
from parkcrawler.extract.html import ExtractionError
from parkcrawler.items import RawPage, UrlOutcome
from parkcrawler.sites import Page, Site, Skip, load_family
from parkcrawler.sites.base import is_private_host, normalize_host
from parkcrawler.sites.recognise import candidates
from parkcrawler.store import ArchiveWriteError

ARGUMENTS = {
    "start_urls": "comma-separated http(s) URLs of one site to start from (required)",
    "name": "the site's name in the archive (default: the host without www.)",
    "full": "1/0, true/false, yes/no, on/off: force a full pass",
}
# What a page the generic reader judged to be neither an article nor a list becomes (sites.SKIP_POLICIES).
NOT_AN_ARTICLE = "not-an-article"


def site_for(urls: list[str], name: str | None = None) -> Site:
    """The Site of a generic crawl: one site, the start URLs' host with and without `www.`."""
    if not urls:
        raise SpiderArgumentError("the generic spider needs -a start_urls=URL[,URL...]")
    problems = []
    first = urlsplit(urls[0])
    host = normalize_host(first.hostname or "")
    bare = host.removeprefix("www.")
    hosts = (host, bare) if host != bare else (host, f"www.{host}")
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            problems.append(f"start URL {url!r} is not an http(s) URL")
        elif is_private_host(parts.hostname):
            problems.append(f"start URL {url!r} is on a private or local host: never crawled")
        elif normalize_host(parts.hostname) not in hosts:
            problems.append(f"start URL {url!r} is not on {host}: one site per generic crawl")
    if problems:
        raise SpiderArgumentError("; ".join(problems))
    port = f":{first.port}" if first.port else ""
    paths = tuple(
        (urlsplit(u).path or "/") + (f"?{urlsplit(u).query}" if urlsplit(u).query else "") for u in urls
    )
    return Site(
        name=name or bare,
        base_url=f"{first.scheme}://{host}{port}/",
        hosts=hosts,
        start_paths=paths,
        family=load_family("generic"),
        source="generic spider: " + ", ".join(urls),
    )


class GenericSpider(SiteSpider):
    name = "generic"

    def __init__(self, *args: Any, **kwargs: Any):
        self.parse_arguments(kwargs)
        urls = [u.strip() for u in str(kwargs.get("start_urls", "")).split(",") if u.strip()]
        self.site = site_for(urls, kwargs.pop("name", None))
        super().__init__(*args, **kwargs)
        self.start_urls = urls
        self.partial = False  # the start URLs are the site's entry points, not a partial run
        self._recognised = False
        self._held: list[RawPage] = []
        self._waited = 0  # pages parsed while articles were held
        self._learned: TemplateSet | None = None
        self._shapes: dict[str, Counter[str]] = {}  # URL shape -> kinds of the pages of that shape
        self._mirrors: set[str] = set()  # folders of the site in the other Chinese script (簡體版 -> /gb/)
        self._article_pages: set[str] = set()  # later pages of split articles, fetched with their first

    @classmethod
    def parse_arguments(cls, arguments: dict[str, Any]) -> dict[str, Any]:
        problems = [
            f"unknown spider argument -a {key}= (known: {', '.join(ARGUMENTS)})"
            for key in arguments
            if key not in ARGUMENTS and not key.startswith("_")
        ]
        if problems:
            raise SpiderArgumentError("; ".join(problems))
        urls = [u.strip() for u in str(arguments.get("start_urls", "")).split(",") if u.strip()]
        site = site_for(urls, arguments.get("name"))
        # The configured spiders' checks, against the Site these URLs make.
        checker = type("GenericArguments", (SiteSpider,), {"site": site})
        return checker.parse_arguments({k: v for k, v in arguments.items() if k != "name"})

    @classmethod
    def update_settings(cls, settings: Any) -> None:
        super().update_settings(settings)
        # A site nobody configured may leave articles out of every category (uncategorised posts, a
        # notice board): coverage of `category` is reported, not required. A -s setting still wins.
        coverage = dict(settings.getdict("HEALTH_MIN_COVERAGE"))
        coverage.pop("category", None)
        settings.set("HEALTH_MIN_COVERAGE", coverage, priority="spider")

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> GenericSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        if crawler.settings.get("REDIS_URL"):
            # Cluster mode keys the frontier, the dupefilter, the politeness bucket and the job by the
            # spider's name: a generic crawl's is its site's, so crawls of several sites run side by side.
            spider.name = f"generic-{spider.site.name}"
        crawler.signals.connect(spider._idle, signal=signals.spider_idle)
        spider.learn_after = crawler.settings.getint("GENERIC_LEARN_ARTICLES", 40)
        spider.learn_pages = crawler.settings.getint("GENERIC_LEARN_PAGES", 200)
        return spider

    # --- recognising a known family ---------------------------------------------------------------------

    def _recognise(self, response: TextResponse) -> None:
        self._recognised = True
        html = self._text(response)
        site = self.site
        title = _site_title(response)
        if title:
            site = replace(site, title=title)
        extra = self.crawler.settings.getdict("SITE_FAMILIES")
        found = candidates(html, extra) if self.crawler.settings.getbool("GENERIC_RECOGNISE", True) else []
        for family, matched in found:
            trial = replace(site, family=family)
            try:
                listing = trial.extract_list(response.url, family.decode_response(response))
            except (ExtractionError, Exception) as exc:  # noqa: BLE001 - a family's markup that does not fit
                self.logger.info(
                    "%s fingerprints matched (%s) but its markup does not: %s", family.name, matched, exc
                )
                continue
            if any(trial.is_article(entry.url) for entry in listing.entries):
                self.logger.info(
                    "Recognised %s (%s): crawling as a profile of it", family.name, ", ".join(matched)
                )
                self._rebind(trial)
                return
        self.logger.info("No known family recognised on %s: generic extraction", response.url)
        self._rebind(site)

    def _rebind(self, site: Site) -> None:
        self.site = site
        self.allowed_domains = list(site.hosts)
        self.crawler.stats.set_value("parkcrawler/family", site.family.name)
        cleaning = self.crawler.get_item_pipeline(CleanPipeline)
        if cleaning is not None:
            owner = self.crawler.get_item_pipeline(ArchivePipeline)
            cleaning.cleaner = Cleaner.for_site(site, owner.learned_templates(site) if owner else None)

    # --- pages ----------------------------------------------------------------------------------------------

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        if not self._recognised and isinstance(response, TextResponse):
            self._recognise(response)
        if self.site.family.name != "generic":
            yield from super().parse(response, **kwargs)
            return
        if self._held and self._learned is None:
            # A site with fewer articles than GENERIC_LEARN_ARTICLES, walked for long (a trap, a page cap
            # or a shutdown ends a crawl without the idle signal): learn from what is held and let it go.
            self._waited += 1
            if self._waited >= getattr(self, "learn_pages", 200):
                yield from self._release()
        page = self.site.resolve(response.url)
        kind = page.kind if isinstance(page, Page) else "unknown"
        ctype = (response.headers.get("Content-Type") or b"").decode("latin-1").split(";")[0].strip().lower()
        if (
            kind in ("feed", "sitemap")
            or not isinstance(response, TextResponse)
            or "html" not in (ctype or "html")
        ):
            yield from super().parse(response, **kwargs)
            return
        if response.meta.get("article_pages"):
            # A later page of a split article, fetched for it: joined with the pages before it.
            self.crawler.stats.inc_value("parkcrawler/fetch/ok")
            if (more := self._more_pages(response, page)) is not None:
                yield more
            else:
                first = self.site.resolve(response.meta["article_pages"][0][0])
                yield from self._hold(
                    self._raw_page(response, first if isinstance(first, Page) else page, "article")
                )
            return
        html = self._text(response)
        try:
            view = self.site.family.page_view(self.site, response.url, html)
        except ExtractionError as exc:
            yield UrlOutcome(response.url, "failed", str(exc), kind="content", status=response.status)
            return
        self.crawler.stats.inc_value("parkcrawler/fetch/ok")
        self.crawler.stats.inc_value(f"parkcrawler/pages/{view.kind}")
        self._shapes.setdefault(_shape_of(page.url if isinstance(page, Page) else response.url), Counter())[
            view.kind
        ] += 1
        self._mirrors |= view.mirrors
        dead_end = False
        if view.kind == "article" and view.canonical and not response.meta.get("canonical_of"):
            # Another address of an article that names its own (a print view, a mobile or tracking form
            # the URL rules do not know): archived once, from the page it names, never from this copy.
            url = page.url if isinstance(page, Page) else response.url
            if url not in self._reported:
                self._reported.add(url)
                yield self._skipped(Skip(url, "duplicate-form"), response.meta.get("found_on"))
            target = self.site.resolve(view.canonical)
            if isinstance(target, Page) and target.url not in self._article_pages:
                request = self._request(target.url, found_on=response.url)
                request.meta["canonical_of"] = url
                request.priority = 20
                yield request
        elif view.kind == "article":
            if (more := self._more_pages(response, page)) is not None:
                # Its pager's links are fetched as the article's pages, not again as links.
                self._article_pages.update([more.url, *more.meta["article_todo"]])
                yield more
            else:
                yield from self._hold(self._raw_page(response, page, "article"))
        elif view.kind == "continuation":
            url = page.url if isinstance(page, Page) else response.url
            if url not in self._reported:
                self._reported.add(url)
                yield self._skipped(Skip(url, "article-page"), response.meta.get("found_on"))
        elif view.kind == "list":
            listing = self._listing(response, "home" if kind == "home" else "list")
            if listing is not None:
                yield listing
                dead_end = self._dead_end(listing)
                if self.plan.mode == "incremental" and not dead_end:
                    yield from self._walk_newest(response, listing)
        else:
            # Not a list, but an empty month of a calendar looks like this too: its neighbours of the same
            # shape are not followed from it when it shows nothing new (the trap guard of lists).
            try:
                dead_end = self._dead_end(self.site.extract_list(response.url, html))
            except ExtractionError:
                dead_end = False
            url = page.url if isinstance(page, Page) else response.url
            if url not in self._reported:
                self._reported.add(url)
                yield self._skipped(Skip(url, NOT_AN_ARTICLE), response.meta.get("found_on"))
        yield from self.follow(response, self._links(response, "page"), dead_end=dead_end)

    def follow(self, response: Response, hrefs: list[str], *, dead_end: bool = False) -> Iterator[Any]:
        if self.site.family.name != "generic":
            yield from super().follow(response, hrefs, dead_end=dead_end)
            return
        shape = _shape_of(response.url)
        for href in hrefs:
            target = self.site.resolve(href, base=response.url)
            if isinstance(target, Page) and urlsplit(target.url).path.startswith(tuple(self._mirrors)):
                target = Skip(target.url, "translation")
            # From a page that led nowhere new, its neighbours of the same shape (the next empty month, the
            # page after the last) are not followed, whatever their URLs look like.
            if (
                isinstance(target, Page)
                and dead_end
                and target.kind != "home"
                and _shape_of(target.url) == shape
            ):
                target = Skip(target.url, "list-trap")
            if isinstance(target, Page) and target.url in self._article_pages:
                continue  # fetched as a page of its split article
            if isinstance(target, Page) and self._wanted(target):
                request = self._request(target.url, found_on=response.url)
                request.priority = self._priority(target)
                yield request
            elif isinstance(target, Skip) or target.kind == "list":
                skip = target if isinstance(target, Skip) else Skip(target.url, "incremental")
                if skip.url not in self._reported:
                    self._reported.add(skip.url)
                    yield self._skipped(skip, response.url)

    def _wanted(self, target: Page) -> bool:
        if self.plan.mode == "incremental" and target.kind == "page":
            return self._needs_fetch(target.url)  # an unknown shape may be an article the archive lacks
        return super()._wanted(target)

    def _priority(self, target: Page) -> int:
        """Articles first, then lists, by what pages of the same shape turned out to be."""
        seen = self._shapes.get(_shape_of(target.url))
        if seen:
            kind = seen.most_common(1)[0][0]
            return {"article": 20, "list": 10}.get(kind, -10)
        return {"article": 15, "list": 5}.get(target.kind, 0)

    # --- learning the site's template from this crawl -------------------------------------------------------

    def _hold(self, raw: RawPage) -> Iterator[RawPage]:
        if self._learned is not None:
            yield raw
            return
        self._held.append(raw)
        if len(self._held) >= getattr(self, "learn_after", 40):
            yield from self._release()

    def _release(self) -> Iterator[RawPage]:
        bodies = {}
        for raw in self._held:
            try:
                article = self.site.extract_article_pages(
                    [(raw.request_url, raw.html), *raw.more_pages],
                    server_time=raw.server_time,
                    fetched_at=raw.fetched_at,
                )
            except ExtractionError:
                continue
            # One sample per article: its other addresses (a mobile view, an alias the URL rules keep) would
            # repeat its paragraphs on "several pages" and teach them as the site's template.
            sample = (article.url, article.category, article.raw_body_html)
            bodies.setdefault(article.title or article.url, sample)
        cleaning = self.crawler.get_item_pipeline(CleanPipeline)
        base = cleaning.cleaner if cleaning is not None else Cleaner.for_site(self.site)
        learned = learn_templates(bodies.values(), LearningSettings.from_dict(base.learning))
        self._learned = learned
        owner = self.crawler.get_item_pipeline(ArchivePipeline)
        stored = owner.learned_templates(self.site) if owner is not None else TemplateSet()
        merged = TemplateSet(
            keys={**stored.keys, **learned.keys},
            articles=max(stored.articles, learned.articles),
            samples={**stored.samples, **learned.samples},
        )
        self.crawler.stats.set_value("parkcrawler/generic/templates_learned", len(learned.keys))
        self.logger.info(
            "Learned %d template paragraphs from %d articles of this crawl", len(learned.keys), len(bodies)
        )
        if cleaning is not None:
            cleaning.cleaner = Cleaner.for_site(self.site, merged)
        if owner is not None and owner.archive is not None and learned.keys:
            try:
                save_templates(owner.archive, self.site.name, merged)
            except ArchiveWriteError as exc:
                self.logger.error("Could not store the learned templates: %s", exc)
        held, self._held = self._held, []
        yield from held

    def _idle(self, spider: Any = None) -> None:
        if not self._held:
            return
        # The held articles go on through the pipelines from a callback: re-ask for the home page once.
        request = scrapy.Request(
            self.site.base_url,
            callback=self._flush,
            errback=self._flush,
            dont_filter=True,
            priority=100,
            meta={"found_on": None, "generic_flush": True},
        )
        self.crawler.engine.crawl(request)
        raise DontCloseSpider

    def _flush(self, response_or_failure: Any) -> Iterator[RawPage]:
        yield from self._release()


def _shape_of(url: str) -> str:
    """A URL with its numbers masked and the words of its last segment dropped: list_3.html and list_4.html,
    news/2024/0305/xx-12.html and news/2023/1101/yy-7.html are one shape."""
    shape = re.sub(r"\d+", "#", url.split("?")[0])
    return re.sub(r"/[^/#]*[a-z][^/]*\.(s?html?|php|aspx?|jsp)$", r"/*.\1", shape, flags=re.I)


def _site_title(response: TextResponse) -> str:
    """The site's own name: og:site_name, or the home page's <title> (never a publisher of its articles)."""
    name = response.css("meta[property='og:site_name']::attr(content)").get()
    if name:
        return name.strip()
    if response.url.rstrip("/").count("/") > 2:
        return ""
    title = (response.css("title::text").get() or "").strip()
    parts = [
        p.strip()
        for p in title.replace("｜", "|").replace("_", "|").replace(" - ", "|").split("|")
        if p.strip()
    ]
    return parts[0] if parts else ""


__all__ = ["GenericSpider", "site_for"]
