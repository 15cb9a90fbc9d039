"""The cluster switch: a Scrapy add-on that does nothing unless REDIS_URL is set.

With `-s REDIS_URL=redis://host:6379/0` a crawl becomes a worker: scrapy-redis's scheduler and
dupefilter (frontier.py) instead of Scrapy's, the shared per-site token bucket instead of the per-process
delay, the worker extension, and the writer's queue instead of the SQLite file (worker.py).
"""

from __future__ import annotations

# Pipelines and components cluster mode swaps in (None removes one).
PIPELINES = {
    "parkcrawler.crawl.pipelines.CleanPipeline": None,
    "parkcrawler.cluster.worker.ClusterCleanPipeline": 200,
    "parkcrawler.crawl.pipelines.ArchivePipeline": None,
    "parkcrawler.cluster.worker.ClusterPipeline": 900,
}
# After robots.txt and the offsite check (a dropped request spends no token), before the download.
MIDDLEWARES = {"parkcrawler.cluster.politeness.ClusterPoliteness": 700}
EXTENSIONS = {"parkcrawler.cluster.worker.ClusterWorker": 520}


class ClusterAddon:
    @classmethod
    def from_crawler(cls, crawler):
        return cls()

    def update_settings(self, settings) -> None:
        if not settings.get("REDIS_URL"):
            return  # single-machine mode: nothing changes
        from parkcrawler.cluster.frontier import SCHEDULER_SETTINGS

        priority = "cmdline"  # above the project's settings.py, which set the single-machine components
        for name, value in SCHEDULER_SETTINGS.items():
            settings.set(name, value, priority=priority)
        # Politeness moves from each process's delay to the site's shared bucket (politeness.py).
        if settings.getfloat("CLUSTER_DOWNLOAD_DELAY", -1.0) < 0:
            settings.set("CLUSTER_DOWNLOAD_DELAY", settings.getfloat("DOWNLOAD_DELAY"), priority=priority)
        settings.set("DOWNLOAD_DELAY", 0, priority=priority)
        for name, entries in (
            ("ITEM_PIPELINES", PIPELINES),
            ("DOWNLOADER_MIDDLEWARES", MIDDLEWARES),
            ("EXTENSIONS", EXTENSIONS),
        ):
            merged = dict(settings.getdict(name))
            merged.update(entries)
            settings.set(name, merged, priority=priority)
        # The run's health check needs every worker's stats: the writer runs it over all of them.
        settings.set("SPIDERMON_ENABLED", False, priority=priority)
