"""The scaling benchmark of issue #14: cluster mode (docs/scaling.md) on this machine, measured.

    pip install -e '.[cluster]'         # and Debian's redis-server (scripts/ci-system-deps.sh)
    python benchmarks/scale_bench.py            # about 4 minutes on 2 cores
    python benchmarks/scale_bench.py --quick    # a small site: a smoke check
    python benchmarks/scale_bench.py --json OUT

1. Crawl throughput with 1, 2 and 4 workers (`scrapy crawl shcfck -s REDIS_URL=…`, politeness off)
   against one emulated site of N posts (SiteEmulator.sized, served from this process), the writer not
   running meanwhile: pages/s between the first and the last request the server answered, and the CPU
   seconds the workers and the server used (so where the time went is visible).
2. The writer on its own: `Ingester` draining what the 1-worker crawl queued into a new archive;
   messages/s, pages/s and articles/s, and its CPU.
3. Redis memory: bytes per URL in the dupefilter and in the frontier (10,000 real requests through the
   real classes), and per crawled page in the writer's queue.
4. The projection for 100 sites x 100,000 pages from those figures (printed with its arithmetic).

The results replace the block between the markers in docs/scaling.md (unless --no-doc).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import redis  # noqa: E402
from redis_server import redis_server  # noqa: E402

from parkcrawler.testsite import SiteEmulator, serve  # noqa: E402

DOC = ROOT / "docs" / "scaling.md"
BEGIN, END = "<!-- scale_bench:begin -->", "<!-- scale_bench:end -->"
FAST = [
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "AUTOTHROTTLE_ENABLED=False",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=8",
]


def env_for(proxy_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "https_proxy", "http_proxy")}
    return {**env, "http_proxy": proxy_url}


def wait_rusage(process: subprocess.Popen) -> float:
    """Wait for a child; its CPU seconds (user + system)."""
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_utime + usage.ru_stime


def crawl(url: str, posts: int, workers: int, work: Path) -> dict:
    client = redis.Redis.from_url(url)
    client.flushdb()
    empty = client.info("memory")["used_memory"]
    emulator = SiteEmulator.sized(posts)
    with serve(emulator) as server:
        marks: list[tuple[float, int]] = []
        frontier: list[int] = []
        stop = threading.Event()
        sampler = redis.Redis.from_url(url)

        def watch():  # when the server answered its first and its last request; the frontier's length
            while not stop.is_set():
                marks.append((time.monotonic(), len(server.request_log)))
                if marks[-1][1]:
                    frontier.append(sampler.zcard("parkcrawler:shcfck:requests"))
                time.sleep(0.05)

        watcher = threading.Thread(target=watch, daemon=True)
        cpu_before = time.process_time()
        watcher.start()
        procs = []
        for i in range(workers):
            cmd = [sys.executable, "-m", "scrapy", "crawl", "shcfck", *FAST, "-s", f"REDIS_URL={url}"]
            cmd += ["-s", f"ARCHIVE_DB={work / f'unused-{i}.db'}", "-s", "LOG_LEVEL=WARNING"]
            procs.append(
                subprocess.Popen(cmd, cwd=ROOT, env=env_for(server.proxy_url), stderr=subprocess.DEVNULL)
            )
        worker_cpu = sum(wait_rusage(p) for p in procs)
        stop.set()
        watcher.join()
        server_cpu = time.process_time() - cpu_before
        total = len(server.request_log)
    first = next(t for t, n in marks if n > 0)
    last = next(t for t, n in marks if n >= total)
    return {
        "workers": workers,
        "pages": total,
        "seconds": round(last - first, 2),
        "pages_per_s": round(total / (last - first), 1),
        "worker_cpu_s": round(worker_cpu, 1),
        "server_cpu_s": round(server_cpu, 1),
        # How often the frontier had nothing for an idle worker: the crawl waits on discovering URLs.
        "frontier_empty_share": round(sum(1 for n in frontier if n == 0) / max(1, len(frontier)), 2),
        "frontier_mean": round(sum(frontier) / max(1, len(frontier)), 1),
        "queue_messages": client.llen("parkcrawler:ingest"),
        "queue_bytes": client.info("memory")["used_memory"] - empty,
    }


def ingest(url: str, work: Path) -> dict:
    from parkcrawler.cluster.ingest import Ingester

    client = redis.Redis.from_url(url)
    queued = client.llen("parkcrawler:ingest")
    db = work / "ingest.db"
    ingester = Ingester(client, str(db))
    start, cpu = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
    while ingester.step(block=0.1):
        pass
    ingester.close()
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF)
    import sqlite3

    conn = sqlite3.connect(db)
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    pages = conn.execute("SELECT count(*) FROM pages").fetchone()[0]
    conn.close()
    return {
        "messages": queued,
        "articles": articles,
        "pages": pages,
        "seconds": round(seconds, 2),
        "messages_per_s": round(queued / seconds),
        "articles_per_s": round(articles / seconds, 1),
        "pages_per_s": round(pages / seconds, 1),
        "cpu_s": round(after.ru_utime + after.ru_stime - cpu.ru_utime - cpu.ru_stime, 2),
        "by_type": dict(ingester.stats.by_type),
    }


def redis_memory(url: str, n: int = 10_000) -> dict:
    from scrapy import Request, Spider
    from scrapy.utils.test import get_crawler

    from parkcrawler.cluster.frontier import LeasedPriorityQueue, RedisDupeFilter
    from parkcrawler.cluster.keys import QUEUE_KEY

    class Bench(Spider):
        name = "bench"

    client = redis.Redis.from_url(url)
    client.flushdb()
    spider = get_crawler(Bench, {"REDIS_URL": url})._create_spider()

    def used() -> int:
        return client.info("memory")["used_memory"]

    urls = [f"http://www.example-park-{i % 100}.com/index.php/post/{i}.html" for i in range(n)]
    base = used()
    dupefilter = RedisDupeFilter.from_spider(spider)
    for u in urls:
        dupefilter.request_seen(Request(u))
    after_df = used()
    queue = LeasedPriorityQueue(client, spider, QUEUE_KEY)
    for u in urls:
        queue.push(Request(u, meta={"found_on": "http://www.example-park-0.com/index.php/category-3_2.html"}))
    after_q = used()
    return {
        "urls": n,
        "dupefilter_bytes_per_url": round((after_df - base) / n),
        "frontier_bytes_per_url": round((after_q - after_df) / n),
    }


def projection(results: dict) -> list[str]:
    """100 sites x 100,000 pages, from the measured figures; every step is shown."""
    sites, pages_per_site, rate = 100, 100_000, 1.0  # 1 request/s per site: DOWNLOAD_DELAY = 1
    total = sites * pages_per_site
    one = results["crawl"][0]
    per_worker_cpu = one["worker_cpu_s"] / one["pages"]  # CPU seconds of a worker per page
    cluster_rate = sites * rate
    worker_cores = cluster_rate * per_worker_cpu
    mem = results["memory"]
    per_page_queue = results["queue_bytes_per_page"]
    writer = results["ingest"]
    messages_per_page = writer["messages"] / max(1, writer["pages"])
    writer_needed = cluster_rate * messages_per_page
    hours = pages_per_site / rate / 3600
    return [
        f"- Politeness bounds the time: {pages_per_site:,} pages at {rate:g} request/s per site take"
        f" {pages_per_site / rate:,.0f} s = **{hours:.1f} h**, whatever the number of workers; 100 sites"
        f" in parallel make {cluster_rate:g} requests/s for the whole cluster.",
        f"- Workers: a worker spent {per_worker_cpu * 1000:.1f} ms of CPU per page here (its start-up"
        f" included), so {cluster_rate:g} pages/s need {worker_cores:.1f} cores of workers; concurrency needs"
        f" {cluster_rate:g} requests/s x 0.5 s per answer / 16 requests in flight per worker ="
        f" {cluster_rate * 0.5 / 16:.1f} workers: **{math.ceil(max(worker_cores, cluster_rate * 0.5 / 16))}"
        f" workers** of one core each (CPU bound, not network bound).",
        f"- Redis: the dupefilter holds every URL of a job: {total:,} x {mem['dupefilter_bytes_per_url']} B ="
        f" **{total * mem['dupefilter_bytes_per_url'] / 1e9:.1f} GB** if all 100 sites crawl at once; the"
        f" frontier holds what is found and not yet fetched, at most the same count x"
        f" {mem['frontier_bytes_per_url']} B = {total * mem['frontier_bytes_per_url'] / 1e9:.1f} GB in the"
        f" worst case (a breadth-first crawl keeps a fraction of that); the writer's queue costs"
        f" {per_page_queue / 1000:.1f} KB per page while it waits,"
        f" {per_page_queue * cluster_rate * 60 / 1e6:.0f} MB per minute the writer falls behind.",
        f"- The one writer: {messages_per_page:.2f} messages per page, so {writer_needed:.0f} messages/s"
        f" arrive; it wrote {writer['messages_per_s']} messages/s ({writer['pages_per_s']} pages/s) alone on"
        f" this machine: it {'keeps up' if writer['messages_per_s'] > writer_needed else 'does NOT keep up'}"
        f" with a {writer['messages_per_s'] / writer_needed:.1f}x margin. It is the design's limit: past"
        f" about {writer['messages_per_s'] / messages_per_page:.0f} pages/s for the whole cluster (at"
        f" 1 request/s per site, {writer['messages_per_s'] / messages_per_page:.0f} sites at once) it falls"
        f" behind and Redis holds the backlog.",
    ]


def report(results: dict) -> str:
    lines = [BEGIN, ""]
    m = results["machine"]
    lines.append(
        f"Measured by `python benchmarks/scale_bench.py` on {m['cpus']} CPUs, Python {m['python']},"
        f" Redis {m['redis']}, a site of {results['posts']} posts."
    )
    lines += [
        "",
        "| workers | pages | seconds | pages/s | worker CPU s | server CPU s | frontier empty | frontier mean"
        " |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in results["crawl"]:
        lines.append(
            f"| {r['workers']} | {r['pages']} | {r['seconds']} | {r['pages_per_s']} | {r['worker_cpu_s']}"
            f" | {r['server_cpu_s']} | {r['frontier_empty_share']:.0%} | {r['frontier_mean']} |"
        )
    w = results["ingest"]
    mem = results["memory"]
    per_url = mem["dupefilter_bytes_per_url"] + mem["frontier_bytes_per_url"]
    lines += [
        "",
        f"The writer alone: {w['messages']} messages ({w['pages']} pages, {w['articles']} articles) in"
        f" {w['seconds']} s: **{w['messages_per_s']} messages/s, {w['pages_per_s']} pages/s,"
        f" {w['articles_per_s']} articles/s**, {w['cpu_s']} CPU s.",
        "",
        f"Redis memory per URL (10,000 URLs): dupefilter {mem['dupefilter_bytes_per_url']} B, frontier"
        f" {mem['frontier_bytes_per_url']} B (= {per_url} B, {10_000 * per_url / 1e6:.1f} MB per"
        f" 10,000 URLs); the writer's queue {results['queue_bytes_per_page'] / 1000:.1f} KB per crawled page"
        " (raw page zstd-compressed, and its items).",
        "",
        "100 sites x 100,000 pages:",
        "",
        *projection(results),
        "",
        END,
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--no-doc", action="store_true")
    args = parser.parse_args()
    posts = 60 if args.quick else 400
    work = Path(tempfile.mkdtemp(prefix="scale-bench-"))
    try:
        with redis_server(work / "redis") as url:
            results = {"posts": posts, "crawl": []}
            for n in (1, 2, 4):
                results["crawl"].append(crawl(url, posts, n, work))
                print(json.dumps(results["crawl"][-1]), flush=True)
                if n == 1:
                    one = results["crawl"][0]
                    # Queue bytes per page: Redis memory with the queue full, less the empty server's.
                    results["queue_bytes_per_page"] = round(one["queue_bytes"] / one["pages"])
                    results["ingest"] = ingest(url, work)
                    print(json.dumps(results["ingest"]), flush=True)
            results["memory"] = redis_memory(url)
            info = redis.Redis.from_url(url).info("server")
            results["machine"] = {
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
                "redis": info.get("redis_version"),
            }
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = report(results)
    print(text)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    if not args.no_doc and DOC.exists():
        doc = DOC.read_text()
        if BEGIN in doc and END in doc:
            DOC.write_text(doc[: doc.index(BEGIN)] + text + doc[doc.index(END) + len(END) :])


if __name__ == "__main__":
    main()
