"""Downloader middlewares of parkcrawler: Scrapy's redirect handling, made to account for every URL.

Scrapy 2.19 follows a redirect by handing the new request back to the engine, and its
OffsiteMiddleware drops an off-site one in the `request_scheduled` signal, before the scheduler
and without calling any errback; a redirect to a URL already seen (itself, a loop) is dropped by
the dupefilter just as silently. So a redirect is judged here instead, where the request's errback
still hears about it: a target off the site's hosts, on a private host, or already in the chain
raises RedirectRefused, which the spider records (the URL as a failure with its reason, the target
as skipped with its policy).
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy import Request
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from w3lib.url import safe_url_string

from .sites import Skip

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
