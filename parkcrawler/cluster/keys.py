"""Redis key names, in one place (the layout is described in parkcrawler/cluster/__init__.py)."""

from __future__ import annotations

import os
import socket
import uuid
from functools import cache

PREFIX = "parkcrawler"
INGEST = f"{PREFIX}:ingest"
PROCESSING = f"{PREFIX}:ingest:processing"
DEAD = f"{PREFIX}:ingest:dead"  # messages the writer could not read: kept for a human, not retried
SPIDERS = f"{PREFIX}:spiders"  # every spider that ever ran in cluster mode (for `parkcrawler cluster`)
# A job's own keys (its mode, workers, their stats, its lists) outlive it a week, for the writer and for
# `parkcrawler cluster status`; then Redis drops them.
JOB_KEYS_TTL = 7 * 86400


class Keys:
    def __init__(self, spider: str):
        self.spider = spider
        base = f"{PREFIX}:{spider}"
        self.requests = f"{base}:requests"
        self.dupefilter = f"{base}:dupefilter"
        self.workers = f"{base}:workers"
        self.job = f"{base}:job"
        self.job_counter = f"{base}:jobs"
        self.state = f"{base}:state"
        self.bucket = f"{base}:bucket"
        self.fetched = f"{base}:fetched"  # responses downloaded, all workers (rates in `cluster status`)
        self.failed = f"{base}:failed"
        self._base = base

    def leases(self, worker: str) -> str:
        return f"{self._base}:leases:{worker}"

    def alive(self, worker: str) -> str:
        return f"{self._base}:alive:{worker}"

    def job_workers(self, job: int | str) -> str:
        return f"{self._base}:job:{job}:workers"

    def job_stats(self, job: int | str) -> str:
        return f"{self._base}:job:{job}:stats"


# scrapy-redis formats its key settings with %(spider)s.
QUEUE_KEY = f"{PREFIX}:%(spider)s:requests"
DUPEFILTER_KEY = f"{PREFIX}:%(spider)s:dupefilter"


@cache
def worker_id() -> str:
    """This process's name in the cluster: host, pid and a random tail (pids are reused after restarts)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
