"""Navigation for sites on Z-BlogPHP: which links to follow, nothing else.

The spider hands every article and feed page on as a RawPage; extraction, cleaning and
storage are item pipelines. Every link it meets is followed (as its canonical URL, so the
dupefilter drops duplicate forms), or reported as skipped with the policy that skipped it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError

from ..extract.dates import parse_http_date
from ..items import RawPage, UrlOutcome
from ..sites import Page, Site, Skip


class ZBlogSpider(scrapy.Spider):
    site: Site  # set by each site's subclass

    def __init__(self, *args: Any, start_urls: str | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        # `-a start_urls=URL,URL` crawls from other entry points; they are fetched as given.
        self.start_urls = start_urls.split(",") if start_urls else self.site.start_urls
        self.allowed_domains = list(self.site.hosts)  # also guards redirects (OffsiteMiddleware)
        self._reported: set[str] = set()  # skipped URLs already reported this run

    async def start(self):
        for url in self.start_urls:
            yield self._request(url.strip(), found_on=None)

    def _request(self, url: str, found_on: str | None) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse, errback=self.on_error, meta={"found_on": found_on})

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        if not isinstance(response, TextResponse):
            yield UrlOutcome(
                response.url, "failed", "not a text response", kind="content", status=response.status
            )
            return
        page = self.site.resolve(response.url)
        kind = page.kind if isinstance(page, Page) else "unknown"
        if kind in ("article", "feed"):
            yield RawPage(
                url=page.url,
                request_url=response.url,
                page_type=kind,
                site=self.site.name,
                html=response.text,
                fetched_at=datetime.now(UTC),
                server_time=parse_http_date(response.headers.get("Date")),
            )
        yield from self.follow(response, self._links(response, kind))

    def _links(self, response: TextResponse, kind: str) -> list[str]:
        if kind == "feed":
            return response.xpath("//item/link/text()").getall()
        if kind == "sitemap":
            return response.xpath("//*[local-name()='loc']/text()").getall()
        return response.css("a::attr(href)").getall()

    def follow(self, response: Response, hrefs: list[str]) -> Iterator[Any]:
        for href in hrefs:
            target = self.site.resolve(href, base=response.url)
            if isinstance(target, Page):
                yield self._request(target.url, found_on=response.url)
            elif target.url not in self._reported:
                self._reported.add(target.url)
                yield self._skipped(target, response.url)

    def _skipped(self, skip: Skip, found_on: str | None) -> UrlOutcome:
        self.crawler.stats.inc_value(f"parkcrawler/skipped/{skip.policy}")
        return UrlOutcome(skip.url, "skipped", skip.policy, found_on=found_on)

    def on_error(self, failure: Any) -> Iterator[UrlOutcome]:
        request = failure.request
        found_on = request.meta.get("found_on")
        if failure.check(HttpError):
            status = failure.value.response.status
            yield UrlOutcome(
                request.url, "failed", f"HTTP {status}", kind="http", status=status, found_on=found_on
            )
        elif failure.check(IgnoreRequest):
            message = str(failure.value)
            policy = (
                "robots.txt" if "robots.txt" in message else "offsite" if "offsite" in message else "ignored"
            )
            if request.url not in self._reported:
                self._reported.add(request.url)
                yield self._skipped(Skip(request.url, policy), found_on)
        else:
            reason = f"{failure.type.__name__}: {failure.getErrorMessage()}"
            yield UrlOutcome(request.url, "failed", reason, kind="network", found_on=found_on)
