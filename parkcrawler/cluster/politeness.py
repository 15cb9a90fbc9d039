"""Cluster-wide politeness: one token bucket per site in Redis, shared by every worker.

Per-process DOWNLOAD_DELAY would let N workers hit a site N times as often. Instead every request
(robots.txt included) reserves the next slot of its site's bucket in one Lua script, on Redis's clock
(so the workers' clocks never matter), and waits for it before it is sent. A reservation is never
given back, so the site sees at most CLUSTER_SITE_RATE requests a second plus a burst of
CLUSTER_SITE_BURST, however many workers there are. Per-site ownership (one worker per site) was the
other way; it caps a site's crawl at one process, and a dead owner stalls its site until a lease
expires, whereas the bucket lets any free worker take any site's next request.
"""

from __future__ import annotations

from typing import Any

from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import reactor
from twisted.internet.task import deferLater

from parkcrawler.cluster.keys import Keys

# KEYS: the bucket; ARGV: rate (tokens/s), burst. Returns the seconds to wait before sending, as text.
RESERVE = """
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(state[1]) or burst
local ts = tonumber(state[2]) or now
tokens = math.min(burst, tokens + (now - ts) * rate) - 1
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
redis.call('EXPIRE', KEYS[1], 3600)
if tokens >= 0 then return '0' end
return tostring(-tokens / rate)
"""


def site_rate(settings) -> float:
    """Requests per second for one site across the cluster: CLUSTER_SITE_RATE, else 1 / DOWNLOAD_DELAY."""
    rate = settings.getfloat("CLUSTER_SITE_RATE", 0.0)
    if rate > 0:
        return rate
    delay = settings.getfloat("CLUSTER_DOWNLOAD_DELAY", 0.0)
    return 1.0 / delay if delay > 0 else 0.0  # 0: no cap (a local test server)


class TokenBucket:
    """Reserve slots of one site's bucket (usable without Scrapy: the tests and the benchmark)."""

    def __init__(self, server, key: str, rate: float, burst: float = 1.0):
        self.key, self.rate, self.burst = key, rate, max(1.0, burst)
        self._reserve = server.register_script(RESERVE)

    def reserve(self) -> float:
        """Seconds to wait before sending the next request (0: send now)."""
        if self.rate <= 0:
            return 0.0
        return float(self._reserve(keys=[self.key], args=[self.rate, self.burst]))


class ClusterPoliteness:
    """Downloader middleware: wait for the site's shared bucket before each request."""

    def __init__(self, crawler):
        from scrapy_redis.connection import get_redis_from_settings

        self.crawler = crawler
        self.server = get_redis_from_settings(crawler.settings)
        self.rate = site_rate(crawler.settings)
        self.burst = crawler.settings.getfloat("CLUSTER_SITE_BURST", 1.0)
        self.bucket: TokenBucket | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request, spider: Any = None):
        if self.rate <= 0:
            return None
        if self.bucket is None:
            name = self.crawler.spider.name
            self.bucket = TokenBucket(self.server, Keys(name).bucket, self.rate, self.burst)
        wait = self.bucket.reserve()
        if wait > 0:
            self.crawler.stats.inc_value("parkcrawler/cluster/bucket_waits")
            await maybe_deferred_to_future(deferLater(reactor, wait, lambda: None))
        return None
