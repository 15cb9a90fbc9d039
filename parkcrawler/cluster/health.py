"""The run's health check over all workers: the single-machine check (parkcrawler/crawl/monitors.py, run by
spidermon at a crawl's end) run once by the writer over the stats of every worker of the job, added up.

Each worker alone cannot judge the run: it sees a share of the pages, and a worker that joined late may
have fetched nothing at all."""

from __future__ import annotations

import logging
from types import SimpleNamespace

logger = logging.getLogger(__name__)


class _Stats(dict):
    def set_value(self, key, value, spider=None):
        self[key] = value

    def get_value(self, key, default=None, spider=None):
        return self.get(key, default)


def run_health(stats: dict, settings, spider_name: str) -> tuple[str, list[str]]:
    """('ok' | 'failed', problems) of RunHealth over the cluster's merged stats."""
    from spidermon.contrib.scrapy.runners import SpiderMonitorRunner

    from parkcrawler.crawl.monitors import RunHealth

    recorded = _Stats()
    crawler = SimpleNamespace(settings=settings, stats=recorded)
    spider = SimpleNamespace(
        name=spider_name,
        crawler=crawler,
        logger=logger,
        log=lambda message, level=logging.INFO, **kw: logger.log(level, message),
    )
    data = {
        "stats": dict(stats),
        "stats_history": [],
        "crawler": crawler,
        "spider": spider,
        "sc_spider_name": spider_name,
        "job": None,
    }
    SpiderMonitorRunner(spider=spider).run(RunHealth(crawler=crawler), **data)
    return recorded.get("parkcrawler/health", "failed"), list(recorded.get("parkcrawler/problems", []))
