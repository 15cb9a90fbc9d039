"""The shared frontier: scrapy-redis's Scheduler and dupefilter, with what Scrapy 2.19 and a crash need.

What is used as it is: scrapy_redis.scheduler.Scheduler (its from_crawler/open/close/enqueue/next
interface is still Scrapy's scheduler interface) and scrapy_redis.queue.PriorityQueue's push and length.

What is subclassed, and why:
- RedisDupeFilter: scrapy-redis fingerprints requests with a hash of its own (method, canonical URL,
  body), not with the crawler's REQUEST_FINGERPRINTER that Scrapy (2.7+) uses everywhere else (cache,
  Scrapy's own dupefilter); ours asks the crawler's fingerprinter, so one request has one fingerprint.
  It also never deletes the shared set on close (scrapy-redis's close() would wipe the whole cluster's
  dupefilter when any one process closes it).
- LeasedPriorityQueue: scrapy-redis pops a request and forgets it; a worker killed with requests in
  flight loses them for good (their fingerprints are in the dupefilter, so nobody fetches them again).
  Ours pops into a lease (one Lua script: atomic), the worker acknowledges once the request's response
  is fully processed (its items and new requests are in Redis), and a dead worker's leases go back to
  the frontier (recover_dead()).
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from scrapy.utils.misc import load_object
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from parkcrawler.cluster.keys import DUPEFILTER_KEY, Keys, worker_id

logger = logging.getLogger(__name__)

# Pop the best request into this worker's lease hash, in one step.
POP = """
local found = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #found == 0 then return false end
redis.call('ZREM', KEYS[1], found[1])
redis.call('HSET', KEYS[2], redis.sha1hex(found[1]), found[2] .. '|' .. found[1])
redis.call('SADD', KEYS[3], ARGV[1])
return found[1]
"""

# Give every lease of workers whose heartbeat expired back to the frontier (with its priority).
# KEYS: requests, workers; ARGV: the key prefix of leases and heartbeats. Returns how many came back.
RECOVER = """
local back = 0
for _, worker in ipairs(redis.call('SMEMBERS', KEYS[2])) do
  if redis.call('EXISTS', ARGV[1] .. ':alive:' .. worker) == 0 then
    local leases = ARGV[1] .. ':leases:' .. worker
    for _, value in ipairs(redis.call('HVALS', leases)) do
      local bar = string.find(value, '|', 1, true)
      redis.call('ZADD', KEYS[1], tonumber(string.sub(value, 1, bar - 1)), string.sub(value, bar + 1))
      back = back + 1
    end
    redis.call('DEL', leases)
    redis.call('SREM', KEYS[2], worker)
  end
end
return back
"""


def lease_field(member: bytes) -> str:
    return hashlib.sha1(member).hexdigest()


class RedisDupeFilter(RFPDupeFilter):
    """scrapy-redis's shared fingerprint set, fingerprinting with the crawler's REQUEST_FINGERPRINTER."""

    fingerprinter: Any = None

    @classmethod
    def from_spider(cls, spider):
        instance = super().from_spider(spider)
        instance.fingerprinter = spider.crawler.request_fingerprinter
        return instance

    def request_fingerprint(self, request) -> str:
        if self.fingerprinter is None:  # used standalone, without a crawler: scrapy-redis's own
            return super().request_fingerprint(request)
        return self.fingerprinter.fingerprint(request).hex()

    def close(self, reason: str = "") -> None:
        # The set is the cluster's, not this process's: it is dropped when the job completes (worker.py).
        pass


class LeasedPriorityQueue(PriorityQueue):
    """scrapy-redis's priority queue, popping into a lease that the worker acknowledges when done."""

    def __init__(self, server, spider, key, serializer=None):
        super().__init__(server, spider, key, serializer)
        self.keys = Keys(spider.name)
        self.worker = worker_id()
        self.leases_key = self.keys.leases(self.worker)
        self._pop = server.register_script(POP)
        self.leased: dict[Any, str] = {}  # request object -> its field in the lease hash

    def pop(self, timeout: int = 0):
        member = self._pop(keys=[self.key, self.leases_key, self.keys.workers], args=[self.worker])
        if not member:
            return None
        request = self._decode_request(member)
        self.leased[request] = lease_field(member)
        return request

    def ack(self, requests: list) -> None:
        fields = [self.leased.pop(request) for request in requests if request in self.leased]
        if fields:
            self.server.hdel(self.leases_key, *fields)

    def release_all(self) -> int:
        """Give every lease of this worker back to the frontier (a worker closing with work in flight)."""
        self.server.delete(self.keys.alive(self.worker))
        self.leased.clear()
        return recover_dead(self.server, self.keys)


def recover_dead(server, keys: Keys) -> int:
    prefix = keys.requests.rsplit(":", 1)[0]
    return int(server.eval(RECOVER, 2, keys.requests, keys.workers, prefix))


class ClusterScheduler(Scheduler):
    """scrapy-redis's Scheduler with its stats calls in Scrapy 2.19's form (no `spider=` argument)."""

    def open(self, spider):
        # scrapy-redis logs "Resuming crawl" through Spider.log(), which Scrapy deprecates: said once here.
        self.spider = spider
        self.queue = load_object(self.queue_cls)(
            server=self.server,
            spider=spider,
            key=self.queue_key % {"spider": spider.name},
            serializer=self.serializer,
        )
        if not self.df:
            self.df = load_object(self.dupefilter_cls).from_spider(spider)
        if self.flush_on_start:
            self.flush()
        if len(self.queue):
            logger.info(
                "Resuming the shared frontier of %s (%d requests queued)", spider.name, len(self.queue)
            )

    def enqueue_request(self, request) -> bool:
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self):
        request = self.queue.pop(0)  # never block: this runs in the reactor thread
        if request is not None and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request


# The settings cluster mode gives scrapy-redis (addon.py).
SCHEDULER_SETTINGS = {
    "SCHEDULER": "parkcrawler.cluster.frontier.ClusterScheduler",
    "SCHEDULER_QUEUE_CLASS": "parkcrawler.cluster.frontier.LeasedPriorityQueue",
    "DUPEFILTER_CLASS": "parkcrawler.cluster.frontier.RedisDupeFilter",
    "SCHEDULER_QUEUE_KEY": "parkcrawler:%(spider)s:requests",
    "SCHEDULER_DUPEFILTER_KEY": DUPEFILTER_KEY,
    # The frontier outlives every worker: a restarted worker resumes it, a closing one must not flush it.
    "SCHEDULER_PERSIST": True,
    "SCHEDULER_FLUSH_ON_START": False,
    "SCHEDULER_IDLE_BEFORE_CLOSE": 0,
}
