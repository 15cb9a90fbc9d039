"""Downloader middlewares of parkcrawler: Scrapy's redirect and retry handling, made to account for every
URL and to back off when the site asks.

Redirects. Scrapy 2.19 follows a redirect by handing the new request back to the engine, and its
OffsiteMiddleware drops an off-site one in the `request_scheduled` signal, before the scheduler
and without calling any errback; a redirect to a URL already seen (itself, a loop) is dropped by
the dupefilter just as silently. So a redirect is judged here instead, where the request's errback
still hears about it: a target off the site's hosts, on a private host, or already in the chain
raises RedirectRefused, which the spider records (the URL as a failure with its reason, the target
as skipped with its policy).

Retry-After. Scrapy's RetryMiddleware retries a 429 or 503 at once. RetryAfterMiddleware honours the
answer's Retry-After (seconds or HTTP-date) by pausing the site's whole download slot for that long,
so no request of the run reaches the site before it said it would be ready; a wait beyond
RETRY_AFTER_MAX is not waited for: the request fails with a reason saying so.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy import Request, signals
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.utils.asyncio import call_later
from w3lib.url import safe_url_string

from parkcrawler.extract.dates import parse_http_date
from parkcrawler.sites import Skip

logger = logging.getLogger(__name__)

# Skip policies of a redirect target that end the redirect (the URL rules' other skips, e.g. an asset on
# the site, are followed: robots.txt and the spider still judge what comes back).
REFUSED_TARGETS = {
    "offsite": "redirected off-site to {target}",
    "private-host": "redirected to a private host: {target}",
    "non-http": "redirected to a non-http URL: {target}",
}


class RedirectRefused(IgnoreRequest):
    """A redirect not followed. `url`: the URL the spider asked for; `target`: where it was sent."""

    def __init__(
        self, url: str, target: str, reason: str, policy: str | None = None, status: int | None = None
    ):
        super().__init__(reason)
        self.url = url
        self.target = target
        self.reason = reason
        self.policy = policy  # the target's skip policy; None when the target is not skipped (a loop)
        self.status = status


class _SiteRedirects:
    """Judges every redirect before Scrapy's BaseRedirectMiddleware._redirect follows it."""

    crawler: Any
    max_redirect_times: int

    def _redirect(self, redirected: Request, request: Request, reason: Any) -> Request:
        chain = [*request.meta.get("redirect_urls", []), request.url]
        status = reason if isinstance(reason, int) else None
        target = redirected.url.split("#", 1)[0]
        if target in (url.split("#", 1)[0] for url in chain):
            how = "redirects to itself" if target == chain[-1].split("#", 1)[0] else "redirect loop"
            raise self._refuse(chain, target, f"{how}: {' -> '.join([*chain, target])}", None, status)
        site = getattr(self.crawler.spider, "site", None)
        resolved = site.resolve(target) if site is not None else None
        if isinstance(resolved, Skip) and resolved.policy in REFUSED_TARGETS:
            why = REFUSED_TARGETS[resolved.policy].format(target=resolved.url)
            raise self._refuse(chain, resolved.url, why, resolved.policy, status)
        try:
            return super()._redirect(redirected, request, reason)  # type: ignore[misc]
        except RedirectRefused:
            raise
        except IgnoreRequest:  # Scrapy's "max redirections reached"
            why = f"more than REDIRECT_MAX_TIMES = {self.max_redirect_times} redirects"
            raise self._refuse(
                chain, target, f"{why}: {' -> '.join([*chain, target])}", None, status
            ) from None

    def _refuse(
        self, chain: list[str], target: str, reason: str, policy: str | None, status: int | None
    ) -> RedirectRefused:
        logger.info("Not following a redirect of %s: %s", chain[0], reason)
        self.crawler.stats.inc_value("parkcrawler/redirects/refused")
        return RedirectRefused(chain[0], target, reason, policy, status)


class SiteRedirectMiddleware(_SiteRedirects, RedirectMiddleware):
    """Scrapy's RedirectMiddleware (3xx with Location), judging each target first."""

    def process_response(self, request: Request, response: Response) -> Request | Response:
        # A Location such as javascript:… makes Scrapy's Request() fail with a ValueError ("Missing
        # scheme") that reads like a network error: refuse it here, as the non-http skip it is.
        location = response.headers.get("Location")
        if (
            location
            and response.status in (301, 302, 303, 307, 308)
            and not request.meta.get("dont_redirect")
        ):
            target = urljoin(request.url, safe_url_string(location.decode("latin-1").strip()))
            if urlsplit(target).scheme not in ("http", "https"):
                chain = [*request.meta.get("redirect_urls", []), request.url]
                why = REFUSED_TARGETS["non-http"].format(target=target)
                raise self._refuse(chain, target, why, "non-http", response.status)
        return super().process_response(request, response)


class SiteMetaRefreshMiddleware(_SiteRedirects, MetaRefreshMiddleware):
    """Scrapy's MetaRefreshMiddleware (<meta http-equiv=refresh>), judging each target first."""


def retry_after_seconds(value: bytes | str | None, server_date: bytes | str | None = None) -> float | None:
    """Seconds a Retry-After header asks to wait: delay-seconds, or an HTTP-date (counted from the
    answer's own Date header, so that a skewed clock on either side does not matter). None if absent
    or unreadable."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(int(text))
    when = parse_http_date(text)
    if when is None:
        return None
    reference = parse_http_date(server_date) or datetime.now(UTC)
    return max(0.0, (when - reference).total_seconds())


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's RetryMiddleware, honouring Retry-After on 429 and 503 for the whole site."""

    def __init__(self, settings: Any):
        super().__init__(settings)
        self.max_wait = settings.getfloat("RETRY_AFTER_MAX")
        self._paused_until: dict[str, float] = {}  # download slot -> monotonic time it resumes

    @classmethod
    def from_crawler(cls, crawler: Any) -> RetryAfterMiddleware:
        middleware = super().from_crawler(crawler)
        # response_downloaded fires before the downloader hands the slot its next request; a pause set
        # in process_response would come after that request had already left.
        crawler.signals.connect(middleware.response_downloaded, signal=signals.response_downloaded)
        return middleware

    def _wait(self, response: Response) -> float | None:
        if response.status not in (429, 503) or response.status not in self.retry_http_codes:
            return None
        return retry_after_seconds(response.headers.get("Retry-After"), response.headers.get("Date"))

    def response_downloaded(self, response: Response, request: Request, **kwargs: Any) -> None:
        wait = self._wait(response)
        if wait is not None and wait <= self.max_wait:
            self._pause(request, wait, response.status)

    def process_response(self, request: Request, response: Response) -> Request | Response:
        wait = None if request.meta.get("dont_retry") else self._wait(response)
        if wait is None:
            return super().process_response(request, response)
        if wait > self.max_wait:
            reason = (
                f"HTTP {response.status} with Retry-After {wait:.0f} s, more than RETRY_AFTER_MAX ="
                f" {self.max_wait:.0f} s: not retried"
            )
            request.meta["parkcrawler_failure"] = reason  # the spider's errback records it
            self.crawler.stats.inc_value("parkcrawler/retry_after/gave_up")
            logger.warning("Giving up %s: %s", request.url, reason)
            return response
        # The slot is paused already (response_downloaded): the retry waits in it with the rest.
        self.crawler.stats.inc_value("parkcrawler/retry_after/waited")
        return self._retry(request, f"{response.status} Retry-After") or response

    def _pause(self, request: Request, wait: float, status: int) -> None:
        """Hold every request of the request's download slot (its site) for `wait` seconds."""
        downloader = self.crawler.engine.downloader
        key = request.meta.get("download_slot") or downloader.get_slot_key(request)
        slot = downloader.slots.get(key)
        until = time.monotonic() + wait
        if slot is None or until <= self._paused_until.get(key, 0.0):
            return  # already paused for at least as long
        self._paused_until[key] = until
        logger.info("%s answered %d with Retry-After %.1f s: pausing all requests to it", key, status, wait)
        # The downloader holds a slot's queue while slot.latercall is pending (Downloader._process_queue),
        # the mechanism DOWNLOAD_DELAY uses: replace it with one that fires when the site said.
        if slot.latercall is not None:
            slot.latercall.cancel()
        slot.latercall = call_later(wait, downloader._latercall, slot)
        # Keep the slot from being garbage-collected while it waits with nothing queued.
        slot.lastseen = max(slot.lastseen, until)
