"""Scrapy extensions of parkcrawler."""

from __future__ import annotations

import logging
import time
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from twisted.internet import task

logger = logging.getLogger(__name__)


class Progress:
    """Where a long crawl is, in the log at a steady interval (PROGRESS_INTERVAL seconds).

    Pages, articles by outcome, rates, the scheduler's queue, and an ETA: from the number of
    articles the site lists (home pagination) during a full pass, else from the queue.
    """

    def __init__(self, crawler: Crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.started = 0.0
        self.loop: task.LoopingCall | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        interval = crawler.settings.getfloat("PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured
        return cls(crawler, interval)

    def spider_opened(self, spider: Any) -> None:
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.log)
        self.loop.start(self.interval, now=False)

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()

    def log(self) -> None:
        logger.info(progress_line(self.snapshot()))

    def snapshot(self) -> dict[str, Any]:
        stats = self.crawler.stats
        scheduler = self.crawler.engine.scheduler if self.crawler.engine else None
        done = {o: stats.get_value(f"parkcrawler/articles/{o}", 0) for o in ("new", "updated", "unchanged")}
        return {
            "elapsed": time.monotonic() - self.started,
            "pages": stats.get_value("response_received_count", 0),
            "articles": done,
            "failures": stats.get_value("log_count/ERROR", 0),
            "queued": len(scheduler) if scheduler is not None else 0,
            "expected": stats.get_value("parkcrawler/articles_expected")
            if stats.get_value("parkcrawler/mode") == "full"
            else None,
        }


def progress_line(s: dict[str, Any]) -> str:
    minutes = max(s["elapsed"], 1e-9) / 60
    pages_rate = s["pages"] / minutes
    articles = sum(s["articles"].values())
    articles_rate = articles / minutes
    if s["expected"] and articles_rate > 0:
        eta = max(0, s["expected"] - articles) / articles_rate
        eta_text = f"ETA {eta:.0f} min ({articles}/{s['expected']} articles)"
    elif s["queued"] and pages_rate > 0:
        eta_text = f"ETA {s['queued'] / pages_rate:.0f} min for the queue"
    else:
        eta_text = "ETA unknown"
    a = s["articles"]
    return (
        f"Progress: {s['pages']} pages ({pages_rate:.0f}/min), {articles} articles ({articles_rate:.0f}/min:"
        f" {a['new']} new, {a['updated']} updated, {a['unchanged']} unchanged), {s['queued']} queued,"
        f" {s['failures']} errors logged; {eta_text}"
    )
