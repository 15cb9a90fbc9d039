"""A crawl worker in cluster mode: the extension that runs its part of the cluster protocol, and the
pipelines that send what a single-machine crawl would write to the writer's queue instead.

Workers never open the SQLite file: what the archive holds reaches them as the state the writer
publishes in Redis (state.py), and everything they would write goes to `parkcrawler:ingest`.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from typing import Any

from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.connection import get_redis_from_settings
from twisted.internet import task

from parkcrawler.clean import Cleaner
from parkcrawler.cluster import messages
from parkcrawler.cluster.frontier import recover_dead
from parkcrawler.cluster.keys import INGEST, JOB_KEYS_TTL, SPIDERS, Keys, worker_id
from parkcrawler.cluster.state import load_state, load_templates
from parkcrawler.crawl.pipelines import COVERAGE_FIELDS, CleanPipeline, decoded_body
from parkcrawler.items import Article, RawPage
from parkcrawler.store import utcnow

logger = logging.getLogger(__name__)

# Join the current job, or start one (and tell the writer) when there is none. KEYS: job, job counter,
# ingest queue; ARGV: worker, the job_start message (JOB where its id goes), key prefix, this worker's
# mode, TTL of the job's keys. Returns the job id and the job's mode (its first worker's).
JOIN = """
local job = redis.call('GET', KEYS[1])
if not job then
  job = tostring(redis.call('INCR', KEYS[2]))
  redis.call('SET', KEYS[1], job)
  redis.call('SET', ARGV[3] .. ':job:' .. job .. ':mode', ARGV[4], 'EX', ARGV[5])
  redis.call('LPUSH', KEYS[3], (string.gsub(ARGV[2], '"job": null', '"job": ' .. job, 1)))
end
redis.call('SADD', ARGV[3] .. ':job:' .. job .. ':workers', ARGV[1])
return {job, redis.call('GET', ARGV[3] .. ':job:' .. job .. ':mode') or ARGV[4]}
"""

# The job is complete when the frontier is empty and no worker holds a lease: close it once, drop its
# dupefilter (its growth ends with the job) and tell the writer which live workers will report.
# KEYS: job, requests, workers, dupefilter, ingest; ARGV: job, key prefix, job_done message.
COMPLETE = """
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return -1 end
if redis.call('ZCARD', KEYS[2]) > 0 then return 0 end
for _, worker in ipairs(redis.call('SMEMBERS', KEYS[3])) do
  if redis.call('HLEN', ARGV[2] .. ':leases:' .. worker) > 0 then return 0 end
end
local alive = {}
for _, worker in ipairs(redis.call('SMEMBERS', ARGV[2] .. ':job:' .. ARGV[1] .. ':workers')) do
  if redis.call('EXISTS', ARGV[2] .. ':alive:' .. worker) == 1 then table.insert(alive, worker) end
end
redis.call('DEL', KEYS[1], KEYS[4])
local message = string.gsub(ARGV[3], '"workers": %[%]', '"workers": ' .. cjson.encode(alive), 1)
redis.call('LPUSH', KEYS[5], message)
return 1
"""


class SharedSet:
    """The part of a Python set the spider uses (`in`, `add`), for frozensets of URLs, in Redis."""

    def __init__(self, server, key: str, ttl: int):
        self.server, self.key, self.ttl = server, key, ttl

    @staticmethod
    def _member(value) -> str:
        return hashlib.sha1("\n".join(sorted(value)).encode()).hexdigest()

    def __contains__(self, value) -> bool:
        return bool(self.server.sismember(self.key, self._member(value)))

    def add(self, value) -> None:
        self.server.sadd(self.key, self._member(value))
        self.server.expire(self.key, self.ttl)


def _server(crawler):
    return get_redis_from_settings(crawler.settings)


class ClusterWorker:
    """Heartbeat, acknowledgements, recovery of dead workers' leases, and when to stop.

    A request popped from the frontier is acknowledged once the engine is done with it (its callback's
    items and requests are in Redis by then); checked every CLUSTER_ACK_INTERVAL seconds. The worker
    stops when the job is complete: the frontier empty and no live or dead worker holding a lease.
    """

    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.server = _server(crawler)
        self.worker = worker_id()
        self.ttl = settings.getfloat("CLUSTER_HEARTBEAT_TTL", 10.0)
        self.ack_interval = settings.getfloat("CLUSTER_ACK_INTERVAL", 0.25)
        self.keys: Keys | None = None
        self.job: str | None = None
        self.loop: task.LoopingCall | None = None
        self._last_beat = 0.0
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.response_downloaded, signal=signals.response_downloaded)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    # -- opening ------------------------------------------------------------------------------------

    def spider_opened(self, spider) -> None:
        self.keys = keys = Keys(spider.name)
        self.server.sadd(SPIDERS, spider.name)
        self._beat()
        back = recover_dead(self.server, keys)
        if back:
            logger.info("Gave %d requests of dead workers back to the frontier", back)
        state = load_state(self.server, spider.name)
        mode = "partial" if spider.partial else state.for_run(full=spider.full).mode
        start = messages.encode("job_start", spider.name, None, mode=mode, site=spider.site.name)
        prefix = keys.requests.rsplit(":", 1)[0]
        job, job_mode = self.server.eval(
            JOIN, 3, keys.job, keys.job_counter, INGEST, self.worker, start, prefix, mode, JOB_KEYS_TTL
        )
        self.job = job.decode() if isinstance(job, bytes) else str(job)
        job_mode = job_mode.decode() if isinstance(job_mode, bytes) else str(job_mode)
        # The spider reads what the archive holds through _load_state (spiders/zblog.py); in cluster
        # mode that comes from Redis, never from the file. A worker joining a job crawls as the job does:
        # one that started full stays full for every worker, whatever the archive holds by then.
        full = spider.full or spider.partial or job_mode == "full"
        spider._load_state = lambda: state.for_run(full=full)
        if isinstance(getattr(spider, "_list_sets", None), set):
            # The spider's trap guard remembers the lists it saw this run; the run is the job, so the
            # memory is the cluster's (else each worker walks into the traps the others found).
            spider._list_sets = SharedSet(self.server, f"{prefix}:job:{self.job}:lists", JOB_KEYS_TTL)
        for key in (keys.job_workers(self.job), keys.job_stats(self.job)):
            self.server.expire(key, JOB_KEYS_TTL)
        self.crawler.stats.set_value("parkcrawler/cluster/job", self.job)
        self.crawler.stats.set_value("parkcrawler/cluster/worker", self.worker)
        logger.info("Worker %s joined job %s of %s", self.worker, self.job, spider.name)
        self.loop = task.LoopingCall(self._tick)
        self.loop.start(self.ack_interval, now=False)

    def _beat(self) -> None:
        self._last_beat = time.monotonic()
        self.server.set(self.keys.alive(self.worker), utcnow(), px=int(self.ttl * 1000))
        self.server.sadd(self.keys.workers, self.worker)

    def _tick(self) -> None:
        try:
            self._ack_finished()
            self._nudge()
            # By the clock, not by counting ticks: a busy reactor skips ticks, and a worker that beat too
            # seldom would be taken for dead while it works.
            if time.monotonic() - self._last_beat >= self.ttl / 3:
                self._beat()
                back = recover_dead(self.server, self.keys)
                if back:
                    logger.info("Gave %d requests of dead workers back to the frontier", back)
        except Exception:  # a Redis hiccup must not stop the loop: the next tick retries
            logger.exception("Cluster heartbeat failed")

    def _slot(self):
        # Scrapy has no public handle on the running scheduler; the engine's slot holds it.
        return getattr(self.crawler.engine, "_slot", None)

    def _queue(self):
        return getattr(getattr(self._slot(), "scheduler", None), "queue", None)

    def _nudge(self) -> None:
        """An idle engine polls its scheduler every 5 s; requests that other workers queued meanwhile
        are taken at once instead."""
        engine, slot = self.crawler.engine, self._slot()
        if slot is not None and engine.spider_is_idle() and self.server.zcard(self.keys.requests):
            slot.nextcall.schedule()

    def _ack_finished(self) -> None:
        queue, slot = self._queue(), self._slot()
        if queue is None or slot is None or not queue.leased:
            return
        # The engine holds a request in its slot from the moment it is popped until its download and its
        # callback's output are handled (a redirect's new request enqueued, items through the pipelines):
        # then, and only then, it is done. (The downloader's and scraper's own sets leave a gap between
        # them, through which a request would be acknowledged before its items were sent.)
        busy = slot.inprogress
        queue.ack([request for request in list(queue.leased) if request not in busy])

    # -- idling and closing -------------------------------------------------------------------------

    def spider_idle(self, spider) -> None:
        self._ack_finished()
        recover_dead(self.server, self.keys)
        done = messages.encode("job_done", spider.name, int(self.job), workers=[])
        prefix = self.keys.requests.rsplit(":", 1)[0]
        keys = self.keys
        result = int(
            self.server.eval(
                COMPLETE,
                5,
                keys.job,
                keys.requests,
                keys.workers,
                keys.dupefilter,
                INGEST,
                self.job,
                prefix,
                done,
            )
        )
        if result == 0:
            raise DontCloseSpider  # others are still working, or the frontier has requests for us
        if result == 1:
            logger.info("Job %s of %s is complete", self.job, spider.name)

    def response_downloaded(self, response, request, **kwargs) -> None:
        if self.keys is not None:
            self.server.incr(self.keys.fetched)

    def spider_closed(self, spider, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        queue = self._queue()
        if queue is not None and queue.leased:
            # Stopped with requests in flight (Ctrl-C, closespider): they go back for others to fetch.
            logger.info("Giving %d unfinished requests back to the frontier", len(queue.leased))
        if queue is not None:
            queue.release_all()
        stats = {k: v for k, v in self.crawler.stats.get_stats().items() if isinstance(v, (int, float))}
        self.server.hset(self.keys.job_stats(self.job), self.worker, json.dumps(stats))
        self.server.expire(self.keys.job_stats(self.job), JOB_KEYS_TTL)
        self.server.lpush(
            INGEST,
            messages.encode("worker_closed", spider.name, int(self.job), worker=self.worker, reason=reason),
        )
        self.server.delete(self.keys.alive(self.worker))
        self.server.srem(self.keys.workers, self.worker)


class ClusterCleanPipeline(CleanPipeline):
    """CleanPipeline with the site's learned templates from the published state, not from the file."""

    def open_spider(self, spider: Any = None) -> None:
        spider = spider or self.crawler.spider
        templates = load_templates(_server(self.crawler), spider.name)
        self.cleaner = Cleaner.for_site(spider.site, templates)
        if templates is not None:
            logger.info(
                "Cleaning with %d template paragraphs learned for %s", len(templates.keys), spider.name
            )


class ClusterPipeline:
    """ArchivePipeline's place in cluster mode: every item, raw page and dropped article to the writer."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.server = _server(crawler)
        self.store_pages = crawler.settings.getbool("ARCHIVE_STORE_PAGES")
        crawler.signals.connect(self.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _job(self) -> int | None:
        job = self.crawler.stats.get_value("parkcrawler/cluster/job")
        return int(job) if job else None

    def process_item(self, item: Any, spider: Any = None) -> Any:
        spider_name = self.crawler.spider.name
        message = messages.item_message(item, spider_name, self._job())
        if message is not None:
            self.server.lpush(INGEST, message)
        if isinstance(item, Article):
            stats = self.crawler.stats
            stats.inc_value("parkcrawler/fields/articles")
            for name in COVERAGE_FIELDS:
                if getattr(item, name) not in (None, ""):
                    stats.inc_value(f"parkcrawler/fields/{name}")
        return item

    def response_downloaded(self, response, request, **kwargs) -> None:
        if not self.store_pages:
            return
        headers = {
            key.decode("latin-1"): [v.decode("latin-1") for v in values]
            for key, values in response.headers.items()
        }
        fetched_at = request.meta["parkcrawler_fetched_at"] = utcnow()  # the article's fetched_at too
        fingerprint = self.crawler.request_fingerprinter.fingerprint(request).hex()
        # The same fetch (a request fetched again after its worker died) has the same key; a retry or a
        # redirect hop is another fetch, as in a single-process crawl.
        key = ":".join(
            [
                str(self._job()),
                fingerprint,
                str(request.meta.get("retry_times", 0)),
                str(len(request.meta.get("redirect_urls", []))),
            ]
        )
        self.server.lpush(
            INGEST,
            messages.page_message(
                self.crawler.spider.name,
                self._job(),
                key,
                response.url,
                response.status,
                headers,
                decoded_body(response),
                fetched_at,
            ),
        )

    def item_dropped(self, item: Any, exception: BaseException, **kwargs: Any) -> None:
        if not isinstance(item, RawPage):
            return
        outcome = {
            "url": item.url,
            "outcome": "failed",
            "reason": str(exception),
            "kind": "extraction",
            "status": 200,
        }
        self.server.lpush(INGEST, messages.encode("outcome", self.crawler.spider.name, self._job(), outcome))
