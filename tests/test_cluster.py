"""Cluster mode (docs/scaling.md) against a real redis-server, the real emulator and real `scrapy crawl`.

What scrapy-redis 0.9.1 does under Scrapy 2.19, what we subclass and why (parkcrawler/cluster/frontier.py),
and the cluster's promises: every article archived exactly once by 3 workers and 1 writer, and a worker
and the writer killed mid-crawl (SIGKILL) and restarted leave the archive a single-process crawl leaves.
"""

from __future__ import annotations

import json
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
from crawling import FAST, ROOT, count_articles, crawl, crawl_env, post_url
from redis_server import redis_server, require_redis

pytest.importorskip("scrapy_redis")
import redis  # noqa: E402
from scrapy import Request, Spider  # noqa: E402
from scrapy.utils.test import get_crawler  # noqa: E402
from scrapy_redis.dupefilter import RFPDupeFilter  # noqa: E402
from scrapy_redis.queue import PriorityQueue  # noqa: E402

from parkcrawler.cluster import keys as cluster_keys  # noqa: E402
from parkcrawler.cluster import messages  # noqa: E402
from parkcrawler.cluster.addon import ClusterAddon  # noqa: E402
from parkcrawler.cluster.frontier import LeasedPriorityQueue, RedisDupeFilter, recover_dead  # noqa: E402
from parkcrawler.cluster.ingest import Ingester  # noqa: E402
from parkcrawler.cluster.politeness import TokenBucket  # noqa: E402
from parkcrawler.testsite import SiteEmulator, serve  # noqa: E402

TTL = "3"  # seconds before a killed worker's requests go back to the frontier


@pytest.fixture(scope="module")
def redis_url(tmp_path_factory):
    require_redis()
    with redis_server(tmp_path_factory.mktemp("redis")) as url:
        yield url


@pytest.fixture
def server(redis_url):
    client = redis.Redis.from_url(redis_url)
    client.flushdb()  # every test starts with an empty cluster
    yield client
    client.close()


# -- scrapy-redis 0.9.1 under Scrapy 2.19: what works, what we subclass ------------------------------------


class Plain(Spider):
    name = "plain"


def test_stock_dupefilter_ignores_scrapys_fingerprinter_ours_uses_it(redis_url, server):
    crawler = get_crawler(Plain, {"REDIS_URL": redis_url})
    spider = crawler._create_spider()
    request = Request("http://www.shcfck.com/index.php/post/1.html")
    scrapys = crawler.request_fingerprinter.fingerprint(request).hex()
    stock = RFPDupeFilter(server, "stock")
    assert stock.request_fingerprint(request) != scrapys  # its own hash: cache and dupefilter disagree
    ours = RedisDupeFilter.from_spider(spider)
    assert ours.request_fingerprint(request) == scrapys
    assert ours.request_seen(request) is False and ours.request_seen(request) is True
    # The stock close() deletes the shared set: one process closing would wipe the cluster's dupefilter.
    stock.request_seen(request)
    stock.close()
    assert not server.exists("stock")
    ours.close()
    assert server.sismember(ours.key, scrapys)


def test_stock_queue_forgets_a_popped_request_ours_gets_it_back_from_a_dead_worker(server):
    spider = get_crawler(Plain)._create_spider()
    stock = PriorityQueue(server, spider, "stock:%(spider)s")
    stock.push(Request("http://www.shcfck.com/a"))
    assert stock.pop() is not None
    assert len(stock) == 0 and server.keys("stock*") == []  # a worker killed now loses it for good

    queue = LeasedPriorityQueue(server, spider, cluster_keys.QUEUE_KEY)
    for n in range(3):
        queue.push(Request(f"http://www.shcfck.com/{n}", priority=n))
    taken = [queue.pop(), queue.pop()]
    assert [r.url for r in taken] == ["http://www.shcfck.com/2", "http://www.shcfck.com/1"]  # by priority
    keys = cluster_keys.Keys("plain")
    assert len(queue) == 1 and server.hlen(keys.leases(queue.worker)) == 2
    server.set(keys.alive(queue.worker), "x", px=60_000)
    assert recover_dead(server, keys) == 0  # alive: its leases stay
    queue.ack(taken[:1])
    server.delete(keys.alive(queue.worker))  # its heartbeat expired: the worker is dead
    assert recover_dead(server, keys) == 1
    assert len(queue) == 2
    assert sorted(r.url for r in (queue.pop(), queue.pop())) == [
        "http://www.shcfck.com/0",
        "http://www.shcfck.com/1",
    ]


def test_stock_redis_spider_feeds_no_start_url_through_scrapys_start(redis_url, server):
    """RedisSpider reads its start URLs in start_requests(), which Scrapy 2.13+ no longer calls: start()
    does, and the default one reads start_urls. Our spiders yield their start URLs from start() on every
    worker instead, and the shared dupefilter keeps one of each."""
    import asyncio

    from scrapy_redis.spiders import RedisSpider

    class Fed(RedisSpider):
        name = "fed"

    spider = Fed.from_crawler(get_crawler(Fed, {"REDIS_URL": redis_url}))
    server.lpush("fed:start_urls", "http://www.shcfck.com/")

    async def started():
        return [request async for request in spider.start()]

    assert asyncio.run(started()) == []
    assert [r.url for r in spider.start_requests()] == ["http://www.shcfck.com/"]


def test_the_switch_is_off_without_redis_url():
    from scrapy.settings import Settings

    def settings(**extra):
        s = Settings()
        s.setmodule("parkcrawler.settings", priority="project")
        for name, value in extra.items():
            s.set(name, value, priority="cmdline")
        return s

    plain, switched = settings(), settings()
    assert "parkcrawler.cluster.addon.ClusterAddon" in plain.getdict("ADDONS")
    ClusterAddon().update_settings(switched)
    assert switched.copy_to_dict() == plain.copy_to_dict()
    on = settings(REDIS_URL="redis://127.0.0.1:1/0")
    ClusterAddon().update_settings(on)
    assert on["SCHEDULER"] == "parkcrawler.cluster.frontier.ClusterScheduler"
    assert on.getdict("ITEM_PIPELINES")["parkcrawler.crawl.pipelines.ArchivePipeline"] is None
    assert on.getfloat("DOWNLOAD_DELAY") == 0 and on.getfloat("CLUSTER_DOWNLOAD_DELAY") == 1.0


def test_token_bucket_caps_the_site_for_the_whole_cluster(redis_url, server):
    """Three workers (each its own connection) share one site's 20 requests/s."""
    rate, sends, per_worker = 20.0, [], 10
    lock = threading.Lock()

    def worker():
        bucket = TokenBucket(redis.Redis.from_url(redis_url), "parkcrawler:site:bucket", rate, burst=1)
        for _ in range(per_worker):
            asked = time.monotonic()
            wait = bucket.reserve()
            with lock:
                sends.append(asked + wait)  # when the bucket lets this request go (sleeping adds only jitter)
            time.sleep(wait)

    threads = [threading.Thread(target=worker) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    sends.sort()
    # 30 sends at 20/s with a burst of 1 cannot be spread over less than 29/20 s, however many workers ask
    # (less a little: each worker's clock reads its asking time a moment before Redis does).
    assert sends[-1] - sends[0] >= (len(sends) - 1) / rate - 0.1
    assert max(sum(1 for s in sends if start <= s < start + 0.5) for start in sends) <= rate * 0.5 + 2


def test_ingester_writes_again_what_a_killed_writer_took_and_duplicates_nothing(tmp_path, server):
    from conftest import make_article

    article = make_article(7, "标题", "正文")
    start = messages.encode("job_start", "shcfck", 1, mode="full", site="shcfck")
    page = messages.page_message(
        "shcfck", 1, "1:fp:0:0", post_url(7), 200, {"Date": ["x"]}, b"<html>7</html>", "t"
    )
    batch = [start, messages.item_message(article, "shcfck", 1), page]
    db = tmp_path / "a.db"
    first = Ingester(server, str(db))
    server.lpush(cluster_keys.INGEST, *batch)
    assert first.step(block=0.1) == 3
    first.close()
    # A writer killed after its commit but before its acknowledgement: the batch is still "taken".
    server.lpush(cluster_keys.PROCESSING, *batch)
    second = Ingester(server, str(db))
    assert second.recover() == 3
    second.close()
    assert server.llen(cluster_keys.PROCESSING) == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM pages").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM crawl_runs").fetchone()[0] == 1
    conn.close()
    assert second.stats.duplicates == 1


# -- end to end: 3 workers, 1 writer ------------------------------------------------------------------------

# Observations that depend on when and in which order pages were fetched: the emulator counts every page
# load in its view counters and draws some related lists at random on each load.
VOLATILE = {"fetched_at", "first_seen_at", "changed_at", "last_run_id", "views", "views_observed_at"}


def snapshot(db: Path) -> dict:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        articles = {}
        for row in conn.execute("SELECT * FROM articles"):
            articles[row["url"]] = {k: v for k, v in dict(row).items() if k not in VOLATILE}
        return {
            "articles": articles,
            "removed_blocks": sorted(
                tuple(r)
                for r in conn.execute(
                    "SELECT article_url, seq, position, family, rule, text FROM removed_blocks"
                )
            ),
            "related_per_article": dict(
                conn.execute("SELECT article_url, count(*) FROM related_links GROUP BY 1")
            ),
            "feed_entries": sorted(
                tuple(r) for r in conn.execute("SELECT url, title, published_at FROM feed_entries")
            ),
            "failures": sorted(
                tuple(r) for r in conn.execute("SELECT url, kind, status, reason FROM failures")
            ),
            # 'list-trap' skips depend on which of two lists showing the same articles came first, in one
            # process as in many: left out.
            "skipped": sorted(
                tuple(r)
                for r in conn.execute("SELECT url, policy FROM skipped_urls WHERE policy != 'list-trap'")
            ),
            "pages": Counter(tuple(r) for r in conn.execute("SELECT url, status FROM pages")),
            "runs": [
                tuple(r)
                for r in conn.execute("SELECT mode, status, finish_reason, articles_new FROM crawl_runs")
            ],
        }
    finally:
        conn.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """What a single-process crawl of the emulated site archives."""
    db = tmp_path_factory.mktemp("single") / "archive.db"
    with serve(SiteEmulator.default()) as server:
        crawl(db, server.proxy_url)
    return snapshot(db)


def worker(redis_url: str, scratch: Path, proxy_url: str, *args: str) -> subprocess.Popen:
    # The switch is REDIS_URL alone: settings.py lists the cluster add-on, which does nothing without it.
    cmd = [sys.executable, "-m", "scrapy", "crawl", "shcfck", *FAST, "-s", f"REDIS_URL={redis_url}"]
    cmd += ["-s", f"ARCHIVE_DB={scratch / 'never-written.db'}", "-s", f"CLUSTER_HEARTBEAT_TTL={TTL}", *args]
    scratch.mkdir(parents=True, exist_ok=True)
    log = open(scratch / f"worker-{time.monotonic_ns()}.log", "w")  # noqa: SIM115 - the process holds it
    return subprocess.Popen(cmd, cwd=ROOT, env=crawl_env(proxy_url), stdout=log, stderr=subprocess.STDOUT)


def ingester(redis_url: str, db: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "parkcrawler.cli", "ingest", "--redis", redis_url, "--db", str(db)]
    # Small batches: the archive grows step by step, so the kill test can kill the writer mid-crawl.
    cmd += ["--idle-exit", "2", "--batch", "20", "--log-level", "WARNING"]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def wait_all(processes, timeout: float = 240) -> list[int]:
    deadline = time.monotonic() + timeout
    return [p.wait(timeout=max(1, deadline - time.monotonic())) for p in processes]


def live_posts(emulator) -> set[str]:
    return {post_url(p.id) for p in emulator.corpus.posts.values() if not p.deleted}


def test_three_workers_one_writer_archive_every_article_once(tmp_path, redis_url, server, reference):
    emulator = SiteEmulator.default()
    db = tmp_path / "archive.db"
    with serve(emulator) as site:
        writer = ingester(redis_url, db)
        workers = [worker(redis_url, tmp_path / f"w{i}", site.proxy_url) for i in range(3)]
        assert wait_all(workers) == [0, 0, 0]
        out, _ = writer.communicate(timeout=120)
        assert writer.returncode == 0, out
        log = site.request_log
    got = snapshot(db)
    assert set(got["articles"]) == live_posts(emulator)
    assert got == reference
    # Each page once: robots.txt is read by each worker that fetched anything (as Scrapy does: a worker
    # that started after the others took everything reads none) but stored once.
    fetched = Counter(url for _, url, _ in log)
    robots = fetched.pop("http://www.shcfck.com/robots.txt")
    assert 1 <= robots <= 3
    assert {url: n for url, n in fetched.items() if n > 1} == {}
    # Every worker had a share, and the frontier is left empty for the next job.
    from parkcrawler.cli.cluster import cluster_status

    status = cluster_status(server)
    shcfck = status["spiders"]["shcfck"]
    assert (shcfck["frontier"], shcfck["leases"], shcfck["job"], shcfck["dupefilter"]) == (0, 0, None, 0)
    assert status["ingest_queue"] == status["ingest_processing"] == 0
    conn = sqlite3.connect(db)
    stats, health = conn.execute("SELECT stats, health FROM crawl_runs").fetchone()
    conn.close()
    # The run's health check ran once, over the three workers' stats added up.
    assert json.loads(stats)["parkcrawler/cluster/workers"] == 3
    assert health == "ok"
    # Workers never touch the SQLite file: the archive path they were given was never created.
    assert not any((tmp_path / f"w{i}" / "never-written.db").exists() for i in range(3))


def test_the_workers_and_the_writer_killed_mid_crawl_and_restarted_lose_and_duplicate_nothing(
    tmp_path, redis_url, server, reference
):
    emulator = SiteEmulator.default()
    db = tmp_path / "archive.db"
    slow = ["-s", "CLUSTER_SITE_RATE=25"]  # slow enough to be killed mid-crawl
    with serve(emulator) as site:
        writer = ingester(redis_url, db)
        workers = [worker(redis_url, tmp_path / f"w{i}", site.proxy_url, *slow) for i in range(3)]
        deadline = time.monotonic() + 120
        while count_articles(db) < 12:
            assert time.monotonic() < deadline, "the cluster archived nothing"
            time.sleep(0.1)
        # Every worker and the writer: with one worker left alive, it could finish the job before the
        # restarted one is up, which then rightly starts the next (incremental) job.
        for process in (*workers, writer):
            process.send_signal(signal.SIGKILL)
            process.wait()
        killed_at = count_articles(db)
        assert killed_at < len(live_posts(emulator)), "killed too late to prove anything"
        writer = ingester(redis_url, db)
        workers = [worker(redis_url, tmp_path / f"w{i + 3}", site.proxy_url, *slow) for i in range(3)]
        assert wait_all(workers) == [0, 0, 0]
        out, _ = writer.communicate(timeout=120)
        assert writer.returncode == 0, out
    got = snapshot(db)
    assert set(got["articles"]) == live_posts(emulator)
    assert got == reference


def test_cluster_status_and_publish_state_commands(tmp_path, redis_url, server):
    from click.testing import CliRunner
    from conftest import make_article  # noqa: I001

    from parkcrawler.cli import cli
    from parkcrawler.store import Archive

    db = tmp_path / "a.db"
    archive = Archive(db)
    run = archive.start_run("shcfck", "shcfck")
    archive.save_article(run, make_article(7, "标题", "正文"))
    archive.finish_run(run, "finished", {})
    archive.close()
    runner = CliRunner()
    published = runner.invoke(cli, ["cluster", "publish-state", "--redis", redis_url, "--db", str(db)])
    assert published.exit_code == 0, published.output
    assert "shcfck: incremental, 1 articles" in published.output
    from parkcrawler.cluster.state import load_state

    assert load_state(server, "shcfck").state.titles == {post_url(7): "标题"}
    server.sadd(cluster_keys.SPIDERS, "shcfck")
    server.zadd(cluster_keys.Keys("shcfck").requests, {b"x": 0})
    status = runner.invoke(cli, ["cluster", "status", "--redis", redis_url, "--interval", "0.1", "--json"])
    assert status.exit_code == 0, status.output
    report = json.loads(status.output)
    assert report["spiders"]["shcfck"]["frontier"] == 1 and report["spiders"]["shcfck"]["state_published"]
    unreachable = runner.invoke(cli, ["cluster", "status", "--redis", "redis://127.0.0.1:1/0"])
    assert unreachable.exit_code == 1 and "cannot reach Redis" in unreachable.output


# -- two sites of two families over one cluster ------------------------------------------------------------


class TwoSites:
    """One proxy answering for two emulated sites, each on its own hosts (as the internet would)."""

    def __init__(self, *emulators_and_hosts):
        self.by_host = {host: emulator for emulator, hosts in emulators_and_hosts for host in hosts}

    def handle(self, method: str, url: str):
        from urllib.parse import urlsplit

        emulator = self.by_host.get((urlsplit(url).hostname or "").lower())
        if emulator is None:
            return next(iter(self.by_host.values())).handle(method, url)  # its own 502 for a stranger
        return emulator.handle(method, url)


def two_sites():
    from parkcrawler.testsite.dedecms import DedeEmulator
    from parkcrawler.testsite.dedecms.site import HOSTS as DEDE_HOSTS
    from parkcrawler.testsite.site import HOSTS as TPURE_HOSTS

    tpure, dede = SiteEmulator.default(), DedeEmulator()
    return TwoSites((tpure, TPURE_HOSTS), (dede, DEDE_HOSTS)), tpure, dede


def both(snap: dict) -> dict:
    # Two spiders' runs are recorded in whichever order they finish.
    return {**snap, "runs": sorted(snap["runs"], key=repr)}


@pytest.fixture(scope="module")
def reference_two(tmp_path_factory):
    """What single-process crawls of the two sites (Z-BlogPHP + tpure, DedeCMS) archive, one after another."""
    db = tmp_path_factory.mktemp("single-two") / "archive.db"
    proxy, _, _ = two_sites()
    with serve(proxy) as server:
        crawl(db, server.proxy_url, spider="shcfck")
        crawl(db, server.proxy_url, spider="zjpark")
    return {**both(snapshot(db)), "trapped": list_traps(db)}


def list_traps(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {url for (url,) in conn.execute("SELECT url FROM skipped_urls WHERE policy = 'list-trap'")}
    finally:
        conn.close()


# A list page's number: tpure's category-3_2.html, DedeCMS's list_1_2.html, and tags.php?/name/2/.
_PAGE_NUMBER = re.compile(r"_(\d+)(\.html?)$|/(\d+)/$")


def list_series(url: str) -> tuple[str, int]:
    """(the list's first page, this page's number)."""
    m = _PAGE_NUMBER.search(url)
    if not m:
        return url, 1
    if m.group(1):
        return url[: m.start()] + m.group(2), int(m.group(1))
    return url[: m.start()] + "/", int(m.group(3))


def after_trap(url: str, trapped: set[str]) -> bool:
    """True for a trapped list page and for every later page of its list."""
    first, number = list_series(url)
    return any(list_series(t) == (first, n) for t in trapped for n in range(1, number + 1))


def site_worker(spider: str, redis_url: str, scratch: Path, proxy_url: str, *args: str) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "scrapy", "crawl", spider, *FAST, "-s", f"REDIS_URL={redis_url}"]
    cmd += ["-s", f"ARCHIVE_DB={scratch / 'never-written.db'}", "-s", f"CLUSTER_HEARTBEAT_TTL={TTL}", *args]
    scratch.mkdir(parents=True, exist_ok=True)
    log = open(scratch / f"worker-{time.monotonic_ns()}.log", "w")  # noqa: SIM115 - the process holds it
    return subprocess.Popen(cmd, cwd=ROOT, env=crawl_env(proxy_url), stdout=log, stderr=subprocess.STDOUT)


def test_two_sites_of_two_families_spread_over_three_workers_killed_and_restarted(
    tmp_path, redis_url, server, reference_two
):
    """3 workers (one on the tpure site, two on the DedeCMS site) and 1 writer; the tpure worker and the
    writer are killed mid-crawl and restarted: the archive equals the single-process one. The tpure site's
    only worker is the one killed, so its job is still open when the new worker joins (a worker that starts
    after its site's job is done starts the next, incremental, job)."""
    proxy, tpure, dede = two_sites()
    db = tmp_path / "archive.db"
    slow = ["-s", "CLUSTER_SITE_RATE=25"]
    with serve(proxy) as site:
        writer = ingester(redis_url, db)
        spiders = ["shcfck", "zjpark", "zjpark"]
        workers = [
            site_worker(name, redis_url, tmp_path / f"w{i}", site.proxy_url, *slow)
            for i, name in enumerate(spiders)
        ]
        deadline = time.monotonic() + 120
        while count_articles(db, "shcfck") < 6:
            assert time.monotonic() < deadline, "the cluster archived nothing"
            time.sleep(0.1)
        for process in (workers[0], writer):
            process.send_signal(signal.SIGKILL)
            process.wait()
        assert count_articles(db, "shcfck") < len(live_posts(tpure)), "killed too late to prove anything"
        writer = ingester(redis_url, db)
        workers.append(site_worker("shcfck", redis_url, tmp_path / "w3", site.proxy_url, *slow))
        assert wait_all(workers[1:]) == [0, 0, 0]
        out, _ = writer.communicate(timeout=120)
        assert writer.returncode == 0, out
        log = site.request_log
    got = both(snapshot(db))
    sites = Counter(
        site for (site,) in sqlite3.connect(db).execute("SELECT site FROM articles").fetchall()
    )
    assert sites == {"shcfck": len(live_posts(tpure)), "zjpark": len(dede.live())}
    # Which of two lists showing the same articles counts as the dead end (list-trap) depends on which came
    # first, in one process as in many: a list the guard skipped in either crawl is left out, and so are its
    # later pages, which the crawl that skipped it never reached (category-3_3 after category-3_2).
    trapped = list_traps(db) | reference_two["trapped"]
    for snap in (got, reference_two):
        snap["pages"] = Counter({k: n for k, n in snap["pages"].items() if not after_trap(k[0], trapped)})
    got["trapped"] = reference_two["trapped"]
    assert got == reference_two
    # Each site's pages were fetched by its own workers only, and none off the two sites.
    from urllib.parse import urlsplit

    assert {urlsplit(url).hostname for _, url, _ in log} <= set(proxy.by_host)


def test_redis_killed_mid_crawl_with_append_only_persistence_loses_and_duplicates_nothing(
    tmp_path, reference
):
    """The whole cluster dies at once (Redis, the workers and the writer, SIGKILL) mid-crawl. Redis restarted
    from its append-only file, and the processes restarted, finish the job: the archive equals the
    single-process crawl's. What this proves is docs/scaling.md's `appendonly yes`: the frontier, the leases,
    the dupefilter, the job and the writer's queues are all in Redis, and all come back."""
    from redis_server import RestartableRedis

    require_redis()
    broker = RestartableRedis(tmp_path / "redis")
    broker.start()
    emulator = SiteEmulator.default()
    db = tmp_path / "archive.db"
    slow = ["-s", "CLUSTER_SITE_RATE=25"]
    try:
        with serve(emulator) as site:
            writer = ingester(broker.url, db)
            workers = [worker(broker.url, tmp_path / f"w{i}", site.proxy_url, *slow) for i in range(2)]
            deadline = time.monotonic() + 120
            while count_articles(db) < 12:
                assert time.monotonic() < deadline, "the cluster archived nothing"
                time.sleep(0.1)
            broker.kill()
            for process in (*workers, writer):
                process.send_signal(signal.SIGKILL)
                process.wait()
            assert count_articles(db) < len(live_posts(emulator)), "killed too late to prove anything"
            broker.start()
            writer = ingester(broker.url, db)
            workers = [worker(broker.url, tmp_path / f"w{i + 2}", site.proxy_url, *slow) for i in range(2)]
            assert wait_all(workers) == [0, 0]
            out, _ = writer.communicate(timeout=120)
            assert writer.returncode == 0, out
    finally:
        broker.stop()
    got = snapshot(db)
    assert set(got["articles"]) == live_posts(emulator)
    assert got == reference


def test_generic_crawls_of_two_sites_share_one_cluster_side_by_side(tmp_path, redis_url, server):
    """`scrapy crawl generic` of two different sites at once, as cluster workers with one writer: each crawl
    has its own frontier, dupefilter and job (the spider's cluster name is generic-<site>), and each site is
    recognised as its family and archived whole, once."""
    proxy, tpure, dede = two_sites()
    db = tmp_path / "archive.db"
    with serve(proxy) as site:
        writer = ingester(redis_url, db)
        workers = []
        for i, start in enumerate(("http://www.shcfck.com/", "http://www.zjpark-dede.cn/")):
            args = ("-a", f"start_urls={start}")
            workers.append(site_worker("generic", redis_url, tmp_path / f"w{i}", site.proxy_url, *args))
        assert wait_all(workers) == [0, 0]
        out, _ = writer.communicate(timeout=120)
        assert writer.returncode == 0, out
    conn = sqlite3.connect(db)
    try:
        got = Counter(conn.execute("SELECT site || ' ' || extraction FROM articles").fetchall())
        runs = sorted(conn.execute("SELECT spider, site, status, health FROM crawl_runs").fetchall())
        dupes = conn.execute("SELECT count(*) - count(DISTINCT url) FROM articles").fetchone()[0]
    finally:
        conn.close()
    assert got == {
        ("shcfck.com zblog-tpure",): len(live_posts(tpure)),
        ("zjpark-dede.cn dedecms",): len(dede.live()),
    }
    assert dupes == 0
    assert runs == [
        ("generic-shcfck.com", "shcfck.com", "finished", "ok"),
        ("generic-zjpark-dede.cn", "zjpark-dede.cn", "finished", "ok"),
    ]
