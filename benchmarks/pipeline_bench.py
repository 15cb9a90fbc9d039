"""The pipeline benchmark of issue #13: crawl, extraction + cleaning, archive, memory, reparse, profile.

    pip install -U pip && pip install -e '.[bench]'  # pip 23.2 fails: lxml[html-clean] vs [html_clean]
    python benchmarks/pipeline_bench.py              # the full run (about 20 minutes on 2 cores)
    python benchmarks/pipeline_bench.py --quick      # small sizes, fewer repetitions: a smoke check
    python benchmarks/pipeline_bench.py --json OUT   # the figures as JSON too

Everything is measured side by side in one run, interleaved, and reported as min and median of the
repetitions (ratios are what to compare across machines; absolute times are noisy on a shared machine).
The results replace the block between the markers in docs/performance.md (unless --no-doc), with the
machine they ran on.

1. Crawl throughput: `scrapy crawl shcfck` with politeness off against a bare Scrapy spider that follows
   the same links (the site profile's URL rules, robots.txt obeyed) and stores nothing, both against the
   same emulated site of N posts (SiteEmulator.sized) served by parkcrawler.testsite.serve (Python's
   ThreadingHTTPServer, in this process, on the other core). Pages/s = requests the server answered /
   Scrapy's elapsed time. The server's own CPU per request, its share of a core during each crawl, and
   its capacity alone (8 keep-alive clients fetching article pages) show whether it limits the crawl.
2. Extraction + cleaning CPU per article (process time) on the gold pages (tests/gold, real tpure pages)
   against trafilatura, GNE and magic-html on the same pages, with each one's body F1 in the same table.
3. Archive: write throughput (record_page + save_article, the search index included), and bytes per
   article by table against the raw article HTML, on the archive of the crawl of part 1.
4. Peak RSS of the crawl process at three sizes; `reparse` articles/s; incremental run cost
   (benchmarks/incremental_bench.py) at three archive sizes (the emulated site as large as the archive).
5. A cProfile of one crawl: the top costs.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import http.client
import json
import os
import platform
import pstats
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from parkcrawler.testsite import SiteEmulator, serve  # noqa: E402
from parkcrawler.testsite.render import post_url  # noqa: E402

DOC = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- pipeline_bench:begin -->", "<!-- pipeline_bench:end -->"
# Politeness off, the same for both spiders: no delay, no throttle, 16 requests in flight.
FAST = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS": "16",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "LOG_LEVEL": "INFO",
}
# Part 2's row of extract + clean with every text cache emptied before the pass (clear_text_caches).
COLD = "parkcrawler (extract + clean), text caches emptied per pass"
# Part 2's repetition of a runner: whole passes over the gold pages until this much process time is spent.
# A single cold pass of ours lasts ~0.3 s, one of trafilatura ~3.5 s; per-pass ratios of one run ranged from
# 7.0x to 11.2x (docs/performance.md, session 14), the short passes taking the machine's bursts whole.
MIN_REP_CPU_S = 2.0
GOLD_PARTS = ("authoring", "heldout", "blind", *(f"blind{n}" for n in range(2, 9)))


@dataclass
class Sizes:
    crawl_posts: int
    reps: int
    rss_posts: tuple[int, ...]
    incremental: tuple[int, ...]
    gold_pages: int | None  # None: all
    profile_posts: int
    family_posts: int  # the other families' emulators (parts 1b, 2b)


QUICK = Sizes(crawl_posts=300, reps=2, rss_posts=(100, 300, 1000), incremental=(200,), gold_pages=120,
              profile_posts=200, family_posts=200)  # fmt: skip
FULL = Sizes(crawl_posts=3000, reps=3, rss_posts=(1000, 3000, 10000),
             incremental=(1000, 10000, 100000),
             gold_pages=None, profile_posts=500, family_posts=1000)  # fmt: skip


def log(message: str) -> None:
    print(f"[{datetime.now().strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def summary(values: list[float]) -> dict:
    return {"min": min(values), "median": statistics.median(values), "all": values}


# --- 1. crawl throughput ----------------------------------------------------------------------------------


def _env(proxy_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "no_proxy")}
    return {**env, "http_proxy": proxy_url, "PYTHONPATH": str(ROOT)}


def _run_measured(
    command: list[str], cwd: Path, env: dict, out: Path, *, on_start=None, cpu: list | None = None
) -> tuple[int, float, float]:
    """Run a command; (exit status, wall s, peak RSS MB of that process alone, from wait4's rusage).
    on_start(pid) is called once it runs; its CPU seconds (user + sys, the same rusage) go into `cpu`."""
    with open(out, "wb") as sink:
        started = time.perf_counter()
        proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=sink, stderr=subprocess.STDOUT)
        if on_start is not None:
            on_start(proc.pid)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if cpu is not None:
        cpu.append(usage.ru_utime + usage.ru_stime)
    return proc.returncode, wall, usage.ru_maxrss / 1024


_TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _cpu_of(pid: int) -> float | None:
    """A running process's CPU seconds so far (user + sys, /proc/PID/stat); None where there is no /proc."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            fields = f.read().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / _TICK  # utime, stime: fields 14 and 15


@dataclass
class CrawlRun:
    kind: str  # "parkcrawler" | "bare"
    posts: int
    requests: int  # answered by the server
    elapsed_s: float  # Scrapy's elapsed_time_seconds
    wall_s: float
    peak_rss_mb: float
    server_cpu_s: float
    articles: int = 0
    active_s: float = 0.0  # from the first request answered to the last: the crawl without start and close
    cpu_s: float = 0.0  # the crawl process's CPU (user + sys), start and close included
    active_cpu_s: float = 0.0  # its CPU over the active span (0 where there is no /proc to read it)

    @property
    def active_pages_per_s(self) -> float:
        """Pages/s over the active span: on a crawl of a few seconds, the spider's fixed costs at start and
        close (settings, archive, cleaner; stats, monitors) weigh as much as its pages."""
        return (self.requests - 1) / self.active_s if self.active_s else 0.0

    @property
    def pages_per_s(self) -> float:
        return self.requests / self.elapsed_s

    @property
    def active_cpu_ms_per_page(self) -> float:
        """The crawl process's CPU per page over the active span. The crawl is CPU-bound in the spider's
        process (the emulator's server takes about a tenth of the other core), so bare's CPU per page over
        ours is the crawl ratio, and CPU time moves far less than wall time when the shared machine's speed
        does (other processes on its two cores)."""
        return 1000 * self.active_cpu_s / (self.requests - 1) if self.active_cpu_s else 0.0

    @property
    def server_ms_per_request(self) -> float:
        return 1000 * self.server_cpu_s / max(self.requests, 1)

    @property
    def server_core_share(self) -> float:
        return self.server_cpu_s / self.wall_s


def crawl_once(
    kind: str, posts: int, work: Path, *, profile: Path | None = None, name: str = "shcfck", emulator=None
) -> CrawlRun:
    """One crawl of the site profile `name` against `emulator` (default: the tpure emulator of `posts`)."""
    site = emulator if emulator is not None else SiteEmulator.sized(posts)
    db = work / f"{kind}-{name}-{posts}-{time.monotonic_ns()}.db"
    stats_file = work / f"bare-stats-{time.monotonic_ns()}.json"
    settings = [arg for k, v in FAST.items() for arg in ("-s", f"{k}={v}")]
    if kind == "parkcrawler":
        command = [sys.executable, "-m", "scrapy", "crawl", name, "-s", f"ARCHIVE_DB={db}", *settings]
        cwd = ROOT
    else:
        command = [sys.executable, str(Path(__file__).resolve()), "--bare-spider", str(stats_file), name]
        cwd = work  # no scrapy.cfg here: the bare spider runs without the project's settings
    if profile is not None:  # python -m cProfile -o OUT -m scrapy crawl ...
        command = [sys.executable, "-m", "cProfile", "-o", str(profile), "-m", "scrapy", *command[3:]]
    answered: list[float] = []  # when each request was answered
    pid: list[int] = []
    cpu_at: dict[str, float | None] = {}  # the crawl process's CPU when the first and the last were answered
    handle = site.handle

    def timed(method: str, url: str):
        response = handle(method, url)
        answered.append(time.perf_counter())
        if pid:  # ~10 us a request, on the server's side (its threads: setdefault and a store are atomic)
            used = _cpu_of(pid[0])
            cpu_at.setdefault("first", used)
            cpu_at["last"] = used
        return response

    site.handle = timed  # the server calls its emulator's handle
    with serve(site) as server:
        cpu = time.process_time()
        cpu_total: list[float] = []
        status, wall, rss = _run_measured(
            command, cwd, _env(server.proxy_url), work / f"{kind}.log", on_start=pid.append, cpu=cpu_total
        )
        server_cpu = time.process_time() - cpu
        requests = len(server.request_log)
    if status != 0:
        sys.exit(f"{kind} crawl exited {status}:\n{(work / f'{kind}.log').read_text()[-3000:]}")
    articles = 0
    if kind == "parkcrawler":
        conn = sqlite3.connect(db)
        row = conn.execute("SELECT stats FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        conn.close()
        stats = json.loads(row[0])
    else:
        stats = json.loads(stats_file.read_text())
    run = CrawlRun(
        kind, posts, requests, float(stats["elapsed_time_seconds"]), wall, rss, server_cpu, articles,
        max(answered) - min(answered) if answered else 0.0, cpu_total[0],
        cpu_at["last"] - cpu_at["first"] if cpu_at and None not in cpu_at.values() else 0.0,  # type: ignore[operator]
    )  # fmt: skip
    run.db = db  # type: ignore[attr-defined]
    return run


def bare_spider(stats_out: str, name: str = "shcfck") -> int:
    """A Scrapy spider that follows the links parkcrawler's spider follows on the site profile `name` and
    stores nothing."""
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from scrapy.http import TextResponse

    from parkcrawler.sites import packaged_site
    from parkcrawler.sites.base import Page

    site = packaged_site(name)

    class Bare(scrapy.Spider):
        name = "bare"

        async def start(self):
            for url in site.start_urls:
                yield scrapy.Request(url)

        def parse(self, response):
            if not isinstance(response, TextResponse):
                return
            page = site.resolve(response.url)
            kind = page.kind if isinstance(page, Page) else None
            if kind == "feed":
                hrefs = response.xpath("//item/link/text()").getall()
            elif kind == "sitemap":  # an XML sitemap's locs, or an HTML site map's links (DedeCMS)
                hrefs = (
                    response.xpath("//*[local-name()='loc']/text()").getall()
                    or response.css("a::attr(href)").getall()
                )
            elif kind == "api":  # WordPress's REST posts list: each post's link
                hrefs = [p["link"] for p in response.json() if isinstance(p, dict) and p.get("link")]
            else:
                hrefs = response.css("a::attr(href)").getall()
            for href in hrefs:
                target = site.resolve(href, base=response.url)
                if isinstance(target, Page):
                    yield scrapy.Request(target.url)

    settings = {"ROBOTSTXT_OBEY": True, "TELNETCONSOLE_ENABLED": False, **FAST}
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(Bare)
    process.crawl(crawler)
    process.start()
    stats = {k: v for k, v in crawler.stats.get_stats().items() if isinstance(v, int | float)}
    Path(stats_out).write_text(json.dumps(stats))
    return 0


def server_capacity(posts: int, seconds: float = 3.0, clients: int = 8) -> float:
    """Requests/s the emulator's server answers alone: keep-alive clients fetching article pages."""
    site = SiteEmulator.sized(posts)
    count = [0] * clients
    stop = time.monotonic() + seconds

    def client(k: int, port: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port)
        i = k
        while time.monotonic() < stop:
            conn.request("GET", post_url(1 + i % posts))
            conn.getresponse().read()
            count[k] += 1
            i += clients
        conn.close()

    with serve(site) as server:
        threads = [threading.Thread(target=client, args=(k, server.port)) for k in range(clients)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - started
    return sum(count) / elapsed


# --- 1b, 2b. the other families ---------------------------------------------------------------------------


def _dedecms(posts: int):
    from parkcrawler.testsite.corpus import Corpus
    from parkcrawler.testsite.dedecms.corpus import build
    from parkcrawler.testsite.dedecms.site import DedeEmulator

    emulator = DedeEmulator(build(Corpus.load().cycled(posts)))
    return emulator, emulator.truth()


def _wordpress(posts: int):
    from parkcrawler.testsite.corpus import Corpus
    from parkcrawler.testsite.wordpress.corpus import WpCorpus, ground_truth
    from parkcrawler.testsite.wordpress.site import WordPressEmulator

    # Empty date archives answer 404 (core's answer), not the emulator's default 200: the bare spider has no
    # trap guard (parkcrawler's spider stops at the first empty month), and would walk the calendar forever.
    emulator = WordPressEmulator(WpCorpus.build(Corpus.load().cycled(posts)), empty_date_archive_status=404)
    return emulator, ground_truth(emulator.corpus)


# Each family but tpure (parts 1 and 2): its example site profile, and its emulator of N posts (the tpure
# corpus's bodies cycled, Corpus.cycled) with the truth of every article.
OTHER_FAMILIES = {"dedecms": ("zjpark", _dedecms), "wordpress": ("parkwp", _wordpress)}


def other_families(sizes: Sizes, work: Path) -> dict:
    """For each family of OTHER_FAMILIES: the crawl against the bare spider on its emulator (interleaved, as
    part 1), then extraction + cleaning per article of the pages that crawl archived against trafilatura
    (interleaved passes, process time, as part 2), with each one's body F1 against the emulator's truth."""
    out = {}
    for family, (name, build) in OTHER_FAMILIES.items():
        runs: dict[str, list[CrawlRun]] = {"parkcrawler": [], "bare": []}
        for rep in range(sizes.reps):
            for kind in ("parkcrawler", "bare"):
                emulator, truth = build(sizes.family_posts)  # afresh: a crawl changes its state (views)
                posts = sum(1 for t in truth if not t.get("deleted"))
                log(f"{family} crawl rep {rep + 1}/{sizes.reps}: {kind}, {posts} articles")
                runs[kind].append(crawl_once(kind, posts, work, name=name, emulator=emulator))
        ours = [r.active_pages_per_s for r in runs["parkcrawler"]]
        bare = [r.active_pages_per_s for r in runs["bare"]]
        ours_whole = [r.pages_per_s for r in runs["parkcrawler"]]
        bare_whole = [r.pages_per_s for r in runs["bare"]]
        out[family] = {
            "site": name,
            "articles": posts,
            "parkcrawler_pages_per_s": summary(ours),
            "bare_pages_per_s": summary(bare),
            "crawl_ratio": statistics.median(ours) / statistics.median(bare),
            # as part 1 counts it, over Scrapy's elapsed time, start and close included
            "crawl_ratio_elapsed": statistics.median(ours_whole) / statistics.median(bare_whole),
            # Each rep's ours and bare ran back to back: their ratio is taken before the machine moves on.
            "paired_ratios": [a / b for a, b in zip(ours, bare, strict=True)],
            # CPU per page over the active span, bare's over ours (see CrawlRun.active_cpu_ms_per_page).
            "cpu_ms_per_page": {k: [round(r.active_cpu_ms_per_page, 3) for r in v] for k, v in runs.items()},
            "crawl_ratio_cpu": _cpu_ratio(runs),
            "elapsed_s": {k: statistics.median(r.elapsed_s for r in v) for k, v in runs.items()},
            "requests": {k: statistics.median(r.requests for r in v) for k, v in runs.items()},
            "extraction": family_extraction(name, runs["parkcrawler"][-1].db, truth, sizes.reps),  # type: ignore[attr-defined]
        }
    return out


def _cpu_ratio(runs: dict[str, list[CrawlRun]]) -> float | None:
    ours = [r.active_cpu_ms_per_page for r in runs["parkcrawler"]]
    bare = [r.active_cpu_ms_per_page for r in runs["bare"]]
    if not all(ours + bare):
        return None  # no /proc: no CPU figure
    return statistics.median(bare) / statistics.median(ours)


def family_extraction(name: str, db: Path, truth: list[dict], reps: int) -> dict:
    """Extract + clean CPU per article of the article pages a crawl archived, against trafilatura."""
    from parkcrawler.clean import Cleaner, clean_article
    from parkcrawler.crawl.learn import latest_pages, load_page
    from parkcrawler.evaluate import score_page, summarize
    from parkcrawler.sites import packaged_site
    from parkcrawler.store.archive import ReadOnlyArchive

    site = packaged_site(name)
    expected = {t["url"]: {"boilerplate_removed": [], **t} for t in truth if not t.get("deleted")}
    archive = ReadOnlyArchive(db)
    try:
        latest = latest_pages(archive, site, set(expected))
        pages = [load_page(archive, site, url, page_id) for url, page_id in sorted(latest.items())]
    finally:
        archive.close()
    cleaner = Cleaner.for_site(site)
    runners = {"parkcrawler (extract + clean)": lambda p: clean_article(p.extract(site), cleaner).body}
    found, _ = extractors()
    if "trafilatura" in found:
        runners["trafilatura"] = lambda p: found["trafilatura"](p.fetched_url, p.html)
    times: dict[str, list[float]] = {k: [] for k in runners}
    outputs: dict[str, list[str]] = {}
    for _ in range(reps):
        for label, run in runners.items():
            cleaner._excerpts.clear()
            started = time.process_time()
            texts = [run(p) for p in pages]
            times[label].append(1000 * (time.process_time() - started) / len(pages))
            outputs.setdefault(label, texts)
    rows = {}
    for label, values in times.items():
        scores = [score_page(0, t, expected[p.url]) for p, t in zip(pages, outputs[label], strict=True)]
        s = summarize(scores, [expected[p.url] for p in pages])
        rows[label] = {"ms": summary(values), "f1": s.f1, "lost": s.lost}
    return {"pages": len(pages), "rows": rows}


# --- 2. extraction + cleaning ---------------------------------------------------------------------------


def extractors() -> tuple[dict, dict[str, str]]:
    found, missing = {}, {}
    try:
        import trafilatura

        found["trafilatura"] = lambda url, html: trafilatura.extract(html) or ""
    except ImportError as exc:
        missing["trafilatura"] = f"not installed ({exc})"
    try:
        from gne import GeneralNewsExtractor

        def gne(url: str, html: str) -> str:
            try:
                return GeneralNewsExtractor().extract(html).get("content") or ""
            except Exception:  # GNE raises on pages it cannot read: an empty answer
                return ""

        found["GNE"] = gne
    except ImportError as exc:
        missing["GNE"] = f"not installed ({exc})"
    try:
        from magic_html import GeneralExtractor

        magic = GeneralExtractor()

        def magic_html(url: str, html: str) -> str:
            import lxml.html

            out = magic.extract(html, base_url=url).get("html") or ""
            return lxml.html.fromstring(out).text_content() if out.strip() else ""

        found["magic-html"] = magic_html
    except ImportError as exc:
        why = "PyPI has it for Python >= 3.12 only" if sys.version_info < (3, 12) else str(exc)
        missing["magic-html"] = f"not installed ({why})"
    return found, missing


def clear_text_caches(cleaner) -> None:
    """Empty every cache the cleaner keys on a text (the detectors' memos, the catalog index's answers per
    text, `uncased`'s, the excerpts; and extraction's verdict on the tpure header): the next pass judges every
    text as a crawl does the first time it sees it. A pass over the gold pages holds more block texts than a
    memo keeps (2,000 per predicate), but the texts few blocks reach (the blocks at a body's end, short lines)
    stay memoised from one pass to the next: warm passes measure a crawl that has seen them before (a site's
    recurring lines), cold ones a crawl that has not. Caches keyed on characters and URLs are kept (a crawl
    fills them at once)."""
    import functools
    import inspect

    from parkcrawler.clean import base, detectors
    from parkcrawler.families.zblog_tpure import extract as tpure

    for _, cls in inspect.getmembers(detectors, inspect.isclass):
        for value in vars(cls).values():
            if isinstance(value, functools._lru_cache_wrapper):
                value.cache_clear()
    base._UNCASED.clear()
    # The header's and the sharebox's verdicts: once per site in a crawl, once per pass here (a tree before
    # 1d233fe has none).
    getattr(tpure, "_NEUTRAL", {}).clear()
    getattr(tpure, "_SEEN", {}).clear()
    getattr(tpure, "_HEAD_SEEN", []).clear()  # the head matched last (a tree before perf14head has none)
    cleaner._index._hits.clear()
    cleaner._excerpts.clear()


def extraction(sizes: Sizes) -> dict:
    import lxml.html

    from parkcrawler.evaluate import (
        extract_and_clean,
        gold_cleaner,
        gold_site,
        load_part,
        score_page,
        summarize,
    )

    site = gold_site()
    extract_article = site.extract_article

    pages = [p for part in GOLD_PARTS for p in load_part(ROOT / "tests" / "gold" / part)]
    if sizes.gold_pages:
        pages = pages[:: max(1, len(pages) // sizes.gold_pages)][: sizes.gold_pages]
    cleaner = gold_cleaner(pages)  # the production cleaner: rules plus templates learned from the pages

    def ours(url: str, html: str) -> str:
        return extract_and_clean(site, url, html, cleaner=cleaner).body

    def extract_only(url: str, html: str) -> str:
        return extract_article(url, html).raw_body_html

    def parse_only(url: str, html: str) -> str:
        lxml.html.document_fromstring(html)
        return ""

    found, missing = extractors()
    runners = {"parkcrawler (extract + clean)": ours, **found}
    extra = {
        COLD: ours,  # the same, every text judged for the first time (clear_text_caches before the pass)
        "parkcrawler extraction alone": extract_only,
        "lxml parse alone": parse_only,
    }
    times: dict[str, list[float]] = {name: [] for name in [*runners, *extra]}
    passes: dict[str, list[int]] = {name: [] for name in times}
    outputs: dict[str, list[str]] = {}
    for rep in range(sizes.reps):
        for name, run in [*runners.items(), *extra.items()]:
            log(f"extraction rep {rep + 1}/{sizes.reps}: {name}")
            # A repetition is whole passes over the pages until MIN_REP_CPU_S of process time is spent: one
            # pass for the slow extractors, several for ours, so a burst of the shared machine's noise
            # weighs as little in our ~0.3 s passes as in trafilatura's ~3.5 s ones.
            spent, count = 0.0, 0
            while not count or spent < MIN_REP_CPU_S:
                cleaner._excerpts.clear()  # every pass starts cold: no excerpt cleaned in an earlier pass
                if name == COLD:
                    clear_text_caches(cleaner)  # each pass, so every pass is a first sight
                started = time.process_time()
                texts = [run(p.url, p.html) for p in pages]
                spent += time.process_time() - started
                count += 1
                outputs.setdefault(name, texts)
            times[name].append(1000 * spent / (count * len(pages)))
            passes[name].append(count)
    rows = {}
    for name in times:
        row = {"ms": summary(times[name]), "passes": passes[name]}
        if name in runners:
            scores = [score_page(p.post_id, t, p.expected) for p, t in zip(pages, outputs[name], strict=True)]
            s = summarize(scores, [p.expected for p in pages])
            row.update(f1=s.f1, leaked=s.leaked, lost=s.lost)
        rows[name] = row
    return {"pages": len(pages), "rows": rows, "missing": missing, "emulator": emulator_pages(sizes)}


def emulator_pages(sizes: Sizes) -> dict:
    """Extract + clean on the emulator's article pages, eight related excerpts each: cold and in a crawl."""
    from parkcrawler.evaluate import extract_and_clean, gold_cleaner, gold_site

    shcfck = gold_site()
    site = SiteEmulator.sized(300, seed=1)

    class P:
        def __init__(self, url: str, html: str):
            self.url, self.html = url, html

    pages = [P(post_url(i), site.handle("GET", post_url(i)).body.decode()) for i in range(1, 301)]
    cleaner = gold_cleaner(pages)
    cold, warm = [], []
    for _ in range(sizes.reps):
        started = time.process_time()
        for p in pages:
            cleaner._excerpts.clear()
            extract_and_clean(shcfck, p.url, p.html, cleaner=cleaner)
        cold.append(1000 * (time.process_time() - started) / len(pages))
        cleaner._excerpts.clear()
        started = time.process_time()
        for p in pages:
            extract_and_clean(shcfck, p.url, p.html, cleaner=cleaner)
        warm.append(1000 * (time.process_time() - started) / len(pages))
    return {"pages": len(pages), "cold_ms": summary(cold), "crawl_ms": summary(warm)}


# --- 3. archive -----------------------------------------------------------------------------------------


def archive_sizes(db: Path) -> dict:
    conn = sqlite3.connect(db)
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    raw = conn.execute(
        "SELECT avg(body_size), count(*) FROM pages WHERE status = 200 AND url LIKE '%/post/%'"
    ).fetchone()
    all_raw = conn.execute("SELECT sum(body_size), sum(length(body)), count(*) FROM pages").fetchone()
    tables = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    conn.close()
    total = sum(size for _, size in tables)
    return {
        "articles": articles,
        "raw_html_bytes_per_article": raw[0],
        "pages_stored": all_raw[2],
        "raw_bytes_all_pages_per_article": all_raw[0] / articles,
        "compressed_pages_payload_per_article": all_raw[1] / articles,
        "archive_bytes_per_article": total / articles,
        "file_bytes_per_article": db.stat().st_size / articles,
        "tables": {name: size / articles for name, size in tables},
    }


def archive_writes(posts: int, work: Path) -> dict:
    """articles/s of record_page + save_article (raw page, article, children, search index), committed."""
    from parkcrawler.clean import Cleaner, clean_article
    from parkcrawler.sites import packaged_site

    extract_article = packaged_site("shcfck").extract_article
    from parkcrawler.store import Archive

    site = SiteEmulator.sized(posts, seed=2)
    cleaner = Cleaner.default()
    now = datetime.now(UTC)
    items = []
    for i in range(1, posts + 1):
        response = site.handle("GET", post_url(i))
        article = clean_article(extract_article(post_url(i), response.body.decode(), fetched_at=now), cleaner)
        items.append((post_url(i), {k: [v] for k, v in response.headers.items()}, response.body, article))
    archive = Archive(work / f"writes-{time.monotonic_ns()}.db")
    run = archive.start_run("shcfck", "shcfck", mode="full")
    started = time.perf_counter()
    for url, headers, body, article in items:
        archive.record_page(run, url, 200, headers, body, article.fetched_at)
        archive.save_article(run, article)
    archive.commit()
    elapsed = time.perf_counter() - started
    archive.close()
    return {"articles": posts, "articles_per_s": posts / elapsed}


# --- 4. reparse and incremental ---------------------------------------------------------------------------


def reparse_once(db: Path, work: Path, workers: int) -> dict:
    """One `parkcrawler reparse --workers N` of a fresh copy of the archive: wall time, peak RSS (the
    parent's alone: wait4 does not count the worker processes)."""
    copy = work / f"reparse-{time.monotonic_ns()}.db"
    shutil.copy(db, copy)
    command = [sys.executable, "-m", "parkcrawler.cli", "reparse", "--db", str(copy)]
    command += ["--workers", str(workers)]
    status, wall, rss = _run_measured(command, ROOT, {**os.environ, "PYTHONPATH": str(ROOT)}, work / "rp.log")
    if status != 0:
        sys.exit(f"reparse exited {status}:\n{(work / 'rp.log').read_text()[-3000:]}")
    articles = sqlite3.connect(copy).execute("SELECT count(*) FROM articles").fetchone()[0]
    copy.unlink()
    return {"articles": articles, "wall_s": wall, "peak_rss_mb": rss}


def reparse(db: Path, work: Path, reps: int) -> dict:
    """Reparse in one process (--workers 1) and in the pool (--workers 0: one per CPU), interleaved; the
    headline figure is the pool's (the command's default)."""
    pool = os.cpu_count() or 1
    runs: dict[int, list[dict]] = {1: [], pool: []}
    for rep in range(reps):
        for workers in runs:
            runs[workers].append(reparse_once(db, work, 0 if workers == pool else workers))
            r = runs[workers][-1]
            rate = r["articles"] / r["wall_s"]
            log(f"reparse rep {rep + 1}/{reps}, workers={workers}: {rate:.0f} articles/s")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import parkcrawler.cli"], cwd=ROOT, check=True)
    startup = time.perf_counter() - started
    articles = runs[1][0]["articles"]
    by_workers = {
        str(workers): {
            "articles_per_s": summary([articles / r["wall_s"] for r in rs]),
            "wall_s": summary([r["wall_s"] for r in rs]),
            "peak_rss_mb": max(r["peak_rss_mb"] for r in rs),
        }
        for workers, rs in runs.items()
    }
    wall = by_workers[str(pool)]["wall_s"]["median"]
    return {
        "articles": articles,
        "wall_s": wall,
        "articles_per_s": articles / wall,
        "startup_s": startup,
        "articles_per_s_after_startup": articles / max(wall - startup, 1e-9),
        "peak_rss_mb": by_workers[str(pool)]["peak_rss_mb"],
        "workers": pool,
        "reps": reps,
        "by_workers": by_workers,
    }


def reparse_markdown(r: dict) -> list[str]:
    line = (
        f"`parkcrawler reparse` of {r['articles']:,} articles, min / median of {r['reps']} interleaved"
        " repetitions (articles/s over the command's wall time, start-up included):"
    )
    rows = ["| workers | articles/s min | articles/s median | wall s median | parent peak RSS MB |",
            "|---:|---:|---:|---:|---:|"]  # fmt: skip
    for workers, w in r["by_workers"].items():
        a = w["articles_per_s"]
        rows.append(
            f"| {workers} | {min(a['all']):.0f} | {a['median']:.0f} | {w['wall_s']['median']:.1f}"
            f" | {w['peak_rss_mb']:.0f} |"
        )
    tail = (
        f"With {r['workers']} workers (the default): {r['articles_per_s_after_startup']:.0f} articles/s after"
        f" {r['startup_s']:.1f} s of start-up (`import parkcrawler.cli`)."
    )
    return [line, "", *rows, "", tail]


def incremental(sizes: Sizes, work: Path) -> list[dict]:
    import incremental_bench

    results = []
    for n in sizes.incremental:
        log(f"incremental run at {n:,} archived articles")
        r = incremental_bench.measure(n, work)
        (work / f"archive-{n}.db").unlink(missing_ok=True)  # 100,000 articles take about 1 GB
        results.append(
            {
                "archived": n,
                "requests": r.server_requests,
                "article_fetches": r.article_fetches,
                "wall_s": r.wall_s,
                "crawl_s": r.crawl_s,
                "peak_rss_mb": r.peak_rss_mb,
                "build_s": r.build_s,
                "ok": r.ok,
            }
        )
    return results


# --- 5. profile -----------------------------------------------------------------------------------------


def profile(posts: int, work: Path) -> dict:
    out = work / "crawl.prof"
    run = crawl_once("parkcrawler", posts, work, profile=out)
    stats = pstats.Stats(str(out))
    total = stats.total_tt

    def short(func: tuple) -> str:
        path, line, name = func
        for marker in ("site-packages/", "parkcrawler/", "lib/python3"):
            if marker in path:
                path = (
                    path.split(marker, 1)[1]
                    if marker != "parkcrawler/"
                    else "parkcrawler/" + path.split(marker, 1)[1]
                )
                break
        return f"{path}:{line}({name})"

    entries = stats.stats  # type: ignore[attr-defined]
    by_self = sorted(entries.items(), key=lambda kv: -kv[1][2])[:15]
    ours = [(f, v) for f, v in entries.items() if "/parkcrawler/" in f[0]]
    by_cum = sorted(ours, key=lambda kv: -kv[1][3])[:15]
    return {
        "posts": posts,
        "requests": run.requests,
        "total_s": total,
        "self": [{"function": short(f), "self_s": v[2], "share": v[2] / total} for f, v in by_self],
        "cumulative": [{"function": short(f), "cum_s": v[3], "share": v[3] / total} for f, v in by_cum],
    }


# --- the run --------------------------------------------------------------------------------------------


@dataclass
class Results:
    machine: dict
    sizes: dict
    crawl: dict = field(default_factory=dict)
    extraction: dict = field(default_factory=dict)
    archive: dict = field(default_factory=dict)
    rss: list = field(default_factory=list)
    reparse: dict = field(default_factory=dict)
    incremental: list = field(default_factory=list)
    profile: dict = field(default_factory=dict)
    families: dict = field(default_factory=dict)


def machine() -> dict:
    model = ""
    with contextlib.suppress(OSError):
        lines = Path("/proc/cpuinfo").read_text().splitlines()
        model = next((line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")), "")
    import lxml.etree
    import scrapy

    return {
        "cpus": os.cpu_count(),
        "cpu": model,
        "platform": platform.platform(),
        "python": sys.version.split()[0],
        "scrapy": scrapy.__version__,
        "lxml": ".".join(map(str, lxml.etree.LXML_VERSION)),
        "load_at_start": os.getloadavg()[0],
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip(),
    }


def run(sizes: Sizes, work: Path) -> Results:
    results = Results(machine(), vars(sizes).copy())
    # 1. Crawl throughput, interleaved: parkcrawler, bare, parkcrawler, bare ...
    runs: dict[str, list[CrawlRun]] = {"parkcrawler": [], "bare": []}
    for rep in range(sizes.reps):
        for kind in ("parkcrawler", "bare"):
            log(f"crawl rep {rep + 1}/{sizes.reps}: {kind}, {sizes.crawl_posts:,} posts")
            runs[kind].append(crawl_once(kind, sizes.crawl_posts, work))
            r = runs[kind][-1]
            log(f"  {r.requests} requests in {r.elapsed_s:.1f} s: {r.pages_per_s:.1f} pages/s")
    ours = [r.pages_per_s for r in runs["parkcrawler"]]
    bare = [r.pages_per_s for r in runs["bare"]]
    results.crawl = {
        "posts": sizes.crawl_posts,
        "parkcrawler_pages_per_s": summary(ours),
        "bare_pages_per_s": summary(bare),
        "ratios": [a / b for a, b in zip(ours, bare, strict=True)],
        "crawl_ratio": statistics.median(ours) / statistics.median(bare),
        "requests": {k: [r.requests for r in v] for k, v in runs.items()},
        "articles": [r.articles for r in runs["parkcrawler"]],
        "peak_rss_mb": {k: [r.peak_rss_mb for r in v] for k, v in runs.items()},
        "server_ms_per_request": {k: [r.server_ms_per_request for r in v] for k, v in runs.items()},
        "server_core_share": {k: [r.server_core_share for r in v] for k, v in runs.items()},
    }
    log("server capacity alone")
    results.crawl["server_capacity_pages_per_s"] = server_capacity(sizes.crawl_posts)
    db = runs["parkcrawler"][0].db  # type: ignore[attr-defined]
    # 3. Archive.
    log("archive sizes and write throughput")
    results.archive = {
        **archive_sizes(db),
        "writes": archive_writes(min(sizes.crawl_posts, 1000), work),
    }
    # 4. Reparse, peak RSS at three sizes, incremental.
    log("reparse")
    results.reparse = reparse(db, work, sizes.reps)
    for posts in sizes.rss_posts:
        if posts == sizes.crawl_posts:
            rss = runs["parkcrawler"]
            results.rss.append(
                {
                    "posts": posts,
                    "peak_rss_mb": max(r.peak_rss_mb for r in rss),
                    "requests": rss[0].requests,
                    "bare_peak_rss_mb": max(r.peak_rss_mb for r in runs["bare"]),
                }  # fmt: skip
            )
            continue
        log(f"peak RSS at {posts:,} posts")
        ours_run = crawl_once("parkcrawler", posts, work)
        # The bare spider's RSS is measured beside ours at the small size only (time: it is flat).
        bare_run = crawl_once("bare", posts, work) if posts < sizes.crawl_posts else None
        results.rss.append(
            {
                "posts": posts,
                "peak_rss_mb": ours_run.peak_rss_mb,
                "requests": ours_run.requests,
                "bare_peak_rss_mb": bare_run.peak_rss_mb if bare_run else None,
                "pages_per_s": ours_run.pages_per_s,
                "bare_pages_per_s": bare_run.pages_per_s if bare_run else None,
            }  # fmt: skip
        )
    # 2. Extraction + cleaning against the general extractors.
    results.extraction = extraction(sizes)
    # 1b, 2b. The other families: crawl and extraction + cleaning.
    try:
        results.families = other_families(sizes, work)
    except (Exception, SystemExit) as exc:  # a failed part must not lose the others' figures
        log(f"the other families failed: {exc}")
    try:
        results.incremental = incremental(sizes, work)
    except (Exception, SystemExit) as exc:  # a failed part must not lose the others' figures
        log(f"incremental runs failed: {exc}")
    # 5. Profile.
    log(f"profile of a crawl of {sizes.profile_posts:,} posts")
    try:
        results.profile = profile(sizes.profile_posts, work)
    except (Exception, SystemExit) as exc:
        log(f"profile failed: {exc}")
        results.profile = {"posts": sizes.profile_posts, "requests": 0, "total_s": 0, "self": [],
                           "cumulative": []}  # fmt: skip
    return results


def headline(results: Results) -> dict:
    rows = results.extraction["rows"]
    ms = {name: row["ms"]["median"] for name, row in rows.items()}
    return {
        "crawl_ratio": results.crawl["crawl_ratio"],
        "crawl_pages_per_s": results.crawl["parkcrawler_pages_per_s"]["median"],
        "bare_pages_per_s": results.crawl["bare_pages_per_s"]["median"],
        "extract_clean_ms": ms["parkcrawler (extract + clean)"],
        "extract_clean_cold_ms": ms.get(COLD),
        "extract_ms": ms["parkcrawler extraction alone"],
        "trafilatura_ms": ms.get("trafilatura"),
        "gne_ms": ms.get("GNE"),
        "magic_html_ms": ms.get("magic-html"),
        "f1": rows["parkcrawler (extract + clean)"]["f1"],
        "peak_rss_mb": {str(r["posts"]): r["peak_rss_mb"] for r in results.rss},
        "reparse_articles_per_s": results.reparse["articles_per_s"],
        "archive_bytes_per_article": results.archive["archive_bytes_per_article"],
        "raw_html_bytes_per_article": results.archive["raw_html_bytes_per_article"],
        "archive_write_articles_per_s": results.archive["writes"]["articles_per_s"],
        "families": {
            family: {
                "crawl_ratio": f["crawl_ratio"],
                "extract_clean_ms": f["extraction"]["rows"]["parkcrawler (extract + clean)"]["ms"]["median"],
                "trafilatura_ms": f["extraction"]["rows"].get("trafilatura", {}).get("ms", {}).get("median"),
            }
            for family, f in results.families.items()
        },
    }


def markdown(results: Results, quick: bool) -> str:
    m, c, x, a = results.machine, results.crawl, results.extraction, results.archive
    h = headline(results)
    ours, traf, gne = h["extract_clean_ms"], h["trafilatura_ms"] or 0.0, h["gne_ms"] or 0.0
    out = [
        f"Run of `python benchmarks/pipeline_bench.py{' --quick' if quick else ''}` on {m['date']}, commit"
        f" {m['commit']}: {m['cpus']} CPUs ({m['cpu'] or 'unknown model'}), {m['platform']}, Python"
        f" {m['python']}, Scrapy {m['scrapy']}, lxml {m['lxml']}; load average at start"
        f" {m['load_at_start']:.2f}"
        f" (a shared machine: compare ratios, not absolute times). Min and median of {results.sizes['reps']}"
        " interleaved repetitions.",
        "",
        "**Headline**",
        "",
        "| figure | measured | target |",
        "|---|---:|---|",
        f"| extract + clean CPU per article, gold pages | {h['extract_clean_ms']:.2f} ms | <= 2 ms |",
        f"| trafilatura / GNE per article, same pages | {traf:.1f} / {gne:.1f} ms"
        f" ({traf / ours:.1f}x / {gne / ours:.1f}x ours) | >= 10x |",
    ]
    if cold := h.get("extract_clean_cold_ms"):
        out.append(
            f"| extract + clean, every text cache emptied before the pass (a crawl's first sight of these"
            f" articles) | {cold:.2f} ms ({traf / cold:.1f}x trafilatura's, whose own caches gain it ~2 %)"
            " | >= 10x |"
        )
    out += [
        f"| crawl pages/s vs bare spider | {h['crawl_pages_per_s']:.1f} vs {h['bare_pages_per_s']:.1f}"
        f" = {h['crawl_ratio']:.2f} | >= 0.90 |",
        f"| reparse | {h['reparse_articles_per_s']:.0f} articles/s | >= 500 |",
        "| peak RSS of the crawl | "
        + ", ".join(f"{int(k):,} posts: {v:.0f} MB" for k, v in h["peak_rss_mb"].items())
        + " | flat, < 300 MB at 10k |",
        f"| archive bytes per article vs raw article HTML | {h['archive_bytes_per_article'] / 1024:.1f} KB vs"
        f" {h['raw_html_bytes_per_article'] / 1024:.1f} KB ="
        f" {h['archive_bytes_per_article'] / h['raw_html_bytes_per_article']:.2f}x | <= 1.0x |",
        "",
        f"**1. Crawl throughput**, {c['posts']:,} posts, politeness off ("
        + ", ".join(f"{k}={v}" for k, v in FAST.items())
        + "), same emulator, same URL rules.",
        "",
        "| spider | pages/s min | pages/s median | requests | peak RSS MB | server CPU ms/request |"
        " server share of a core |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for kind, key in (("parkcrawler (`scrapy crawl shcfck`)", "parkcrawler"), ("bare spider", "bare")):
        pps = c[f"{key}_pages_per_s"]
        out.append(
            f"| {kind} | {pps['min']:.1f} | {pps['median']:.1f} | {statistics.median(c['requests'][key]):.0f}"
            f" | {max(c['peak_rss_mb'][key]):.0f} | {statistics.median(c['server_ms_per_request'][key]):.2f}"
            f" | {statistics.median(c['server_core_share'][key]):.0%} |"
        )
    out += [
        "",
        f"Ratio per repetition: {', '.join(f'{r:.2f}' for r in c['ratios'])}; ratio of medians"
        f" {c['crawl_ratio']:.2f}. The mirror is served by parkcrawler.testsite.serve (Python's"
        f" ThreadingHTTPServer) in the benchmark's process; alone, 8 keep-alive clients get"
        f" {c['server_capacity_pages_per_s']:.0f} article pages/s out of it, against the"
        f" {max(c['bare_pages_per_s']['all']):.0f} pages/s of the fastest crawl, and during the crawls it"
        " used the share of one core shown above: the server is not what limits either spider.",
        "",
        f"**2. Extraction + cleaning CPU per article**, {x['pages']} gold pages (tests/gold, real tpure"
        " pages; process time; F1 = character-bigram F1 of the body against the hand-labelled one). Each"
        f" repetition is whole passes over the pages until {MIN_REP_CPU_S:g} s of process time is spent"
        " (passes per repetition in the last column), so a fast extractor's figure is not one short pass.",
        "",
        "| extractor | ms min | ms median | body F1 | leaked blocks | lost paragraphs | passes |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for name, row in x["rows"].items():
        f1 = f"{row['f1']:.4f} | {row['leaked']} | {row['lost']}" if "f1" in row else "- | - | -"
        counts = "/".join(map(str, row.get("passes", [])))
        out.append(f"| {name} | {row['ms']['min']:.2f} | {row['ms']['median']:.2f} | {f1} | {counts} |")
    for name, why in x["missing"].items():
        out.append(f"| {name} | {why} | | | | | |")
    traf_row, cold_row = x["rows"].get("trafilatura"), x["rows"].get(COLD)
    if traf_row and cold_row:
        ratios = [t / c for t, c in zip(traf_row["ms"]["all"], cold_row["ms"]["all"], strict=True)]
        out += ["", f"Cold ratio to trafilatura per repetition: {', '.join(f'{r:.1f}x' for r in ratios)}."]
    out += families_markdown(results.families)
    e = x["emulator"]
    out += [
        "",
        f"On {e['pages']} emulator article pages (eight related excerpts each):"
        f" {e['cold_ms']['median']:.2f} ms per article with the excerpt cache emptied before every article,"
        f" {e['crawl_ms']['median']:.2f} ms as in a crawl (related posts recur: each excerpt is cleaned"
        " once).",
        "",
        f"**3. Archive** of the first crawl above ({a['articles']:,} articles, {a['pages_stored']:,} raw"
        f" pages kept): {a['archive_bytes_per_article'] / 1024:.1f} KB per article against"
        f" {a['raw_html_bytes_per_article'] / 1024:.1f} KB of raw article HTML"
        f" ({a['archive_bytes_per_article'] / a['raw_html_bytes_per_article']:.2f}x); all raw pages (lists"
        f" too) are {a['raw_bytes_all_pages_per_article'] / 1024:.1f} KB per article, stored in"
        f" {a['compressed_pages_payload_per_article'] / 1024:.1f} KB. Writes:"
        f" {a['writes']['articles_per_s']:.0f} articles/s ({a['writes']['articles']} articles, raw page +"
        " article + related links + removed blocks + search index, committed).",
        "",
        "| table or index | KB per article |",
        "|---|---:|",
    ]
    out += [f"| {name} | {size / 1024:.2f} |" for name, size in a["tables"].items() if size / 1024 >= 0.05]
    r = results.reparse
    out += [
        "",
        "**4. Memory, reparse, incremental runs**",
        "",
        "| posts on the site | requests | parkcrawler peak RSS MB | bare spider peak RSS MB |",
        "|---:|---:|---:|---:|",
    ]
    out += [
        f"| {row['posts']:,} | {row['requests']:,} | {row['peak_rss_mb']:.0f}"
        f" | {_mb(row['bare_peak_rss_mb'])} |"
        for row in results.rss
    ]
    out += [
        "",
        *reparse_markdown(r),
        "",
        "| archived articles | requests | article pages fetched | crawl wall s | Scrapy elapsed s"
        " | peak RSS MB |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    out += [
        f"| {i['archived']:,} | {i['requests']} | {i['article_fetches']} | {i['wall_s']:.1f}"
        f" | {i['crawl_s']:.1f} | {i['peak_rss_mb']:.0f} |"
        for i in results.incremental
    ]
    p = results.profile
    out += [
        "",
        f"**5. Profile** (cProfile) of one crawl of {p['posts']:,} posts ({p['requests']:,} requests),"
        f" {p['total_s']:.1f} s of profiled time. Top self time:",
        "",
        "| function | self s | share |",
        "|---|---:|---:|",
    ]
    out += [f"| `{e['function']}` | {e['self_s']:.2f} | {e['share']:.0%} |" for e in p["self"]]
    out += ["", "parkcrawler's functions by cumulative time:", "", "| function | cumulative s | share |",
            "|---|---:|---:|"]  # fmt: skip
    out += [f"| `{e['function']}` | {e['cum_s']:.2f} | {e['share']:.0%} |" for e in p["cumulative"]]
    return "\n".join(out)


def families_markdown(families: dict) -> list[str]:
    if not families:
        return []
    out = [
        "",
        "**1b, 2b. The other families**, each on its emulator with the tpure corpus's bodies cycled"
        " (`Corpus.cycled`), politeness off as above. Pages/s are counted over the active span, from the"
        " first request answered to the last, which leaves out the spiders' fixed costs at start and close"
        " (the ratio over Scrapy's whole elapsed time, as part 1 counts it, in brackets; then the ratio of"
        " CPU per page over the active span, bare's over ours: the crawls are CPU-bound in the spider's"
        " process, and CPU time moves far less than wall time with the shared machine's speed). Extraction +"
        " cleaning per article of the article pages the crawl archived (the site's packaged cleaner; F1"
        " against the emulator's truth).",
        "",
        "| family (site) | articles | pages/s ours / bare (requests) | crawl ratio | extract + clean ms"
        " | trafilatura ms | ratio | F1 ours / trafilatura |",
        "|---|---:|---|---:|---:|---:|---:|---|",
    ]
    for family, f in families.items():
        rows = f["extraction"]["rows"]
        ours = rows["parkcrawler (extract + clean)"]
        traf = rows.get("trafilatura")
        ms = ours["ms"]["median"]
        speed = f"{traf['ms']['median']:.2f} | {traf['ms']['median'] / ms:.1f}x" if traf else "- | -"
        f1 = f"{ours['f1']:.4f} / {traf['f1']:.4f}" if traf else f"{ours['f1']:.4f} / -"
        cpu = f"; CPU {f['crawl_ratio_cpu']:.2f}" if f.get("crawl_ratio_cpu") else ""
        out.append(
            f"| {family} ({f['site']}) | {f['articles']} | {f['parkcrawler_pages_per_s']['median']:.1f}"
            f" ({f['requests']['parkcrawler']:.0f}) / {f['bare_pages_per_s']['median']:.1f}"
            f" ({f['requests']['bare']:.0f}) | {f['crawl_ratio']:.2f} ({f['crawl_ratio_elapsed']:.2f}{cpu})"
            f" | {ms:.2f} | {speed}"
            f" | {f1} |"
        )
    return out


def _mb(value: float | None) -> str:
    return "-" if value is None else f"{value:.0f}"


def only_reparse(sizes: Sizes, args: argparse.Namespace) -> int:
    """`--only reparse`: the reparse part alone, on a crawl of the run's size or on a given archive."""
    m = machine()
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="parkcrawler-reparse-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if args.archive:
            db = Path(args.archive)
        else:
            log(f"crawl of {sizes.crawl_posts:,} posts to reparse")
            db = crawl_once("parkcrawler", sizes.crawl_posts, work).db  # type: ignore[attr-defined]
        r = reparse(db, work, sizes.reps)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    command = " ".join(["python benchmarks/pipeline_bench.py", *sys.argv[1:]])
    print(
        "\n".join(
            [
                f"Run of `{command}` on {m['date']}, commit {m['commit']}: {m['cpus']} CPUs"
                f" ({m['cpu'] or 'unknown model'}), Python {m['python']}; load average at start"
                f" {m['load_at_start']:.2f}, at the end {os.getloadavg()[0]:.2f}.",
                "",
                *reparse_markdown(r),
            ]
        )
    )
    if args.json:
        Path(args.json).write_text(json.dumps({"machine": m, "reparse": r}, indent=2), "utf-8")
    return 0


@contextlib.contextmanager
def work_folder(keep: str | None, prefix: str):
    """--keep's folder, or a temporary one removed afterwards."""
    work = Path(keep) if keep else Path(tempfile.mkdtemp(prefix=prefix))
    work.mkdir(parents=True, exist_ok=True)
    try:
        yield work
    finally:
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


def only_families(sizes: Sizes, args: argparse.Namespace) -> int:
    """--only families: parts 1b and 2b alone, printed."""
    with work_folder(args.keep, "parkcrawler-families-") as work:
        families = other_families(sizes, work)
    print("\n".join(families_markdown(families)))
    if args.json:
        Path(args.json).write_text(json.dumps(families, indent=2, default=str), "utf-8")
    return 0


def write_doc(text: str) -> None:
    doc = DOC.read_text("utf-8") if DOC.exists() else f"# Performance\n\n{BEGIN}\n{END}\n"
    head, _, rest = doc.partition(BEGIN)
    _, _, tail = rest.partition(END)
    DOC.write_text(f"{head}{BEGIN}\n{text}\n{END}{tail}", "utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, two repetitions")
    parser.add_argument("--json", metavar="OUT", help="write the figures as JSON here too")
    parser.add_argument("--no-doc", action="store_true", help="do not rewrite docs/performance.md")
    parser.add_argument("--keep", metavar="DIR", help="keep the archives and logs here")
    # the bare spider's process: STATS [SITE]
    parser.add_argument("--bare-spider", nargs="+", metavar="STATS", help=argparse.SUPPRESS)
    parser.add_argument(
        "--only",
        choices=["reparse", "families"],
        help="run this part alone (printed, never written to docs/performance.md): reparse of an archive"
        " of a crawl of the run's size (3,000 posts; --quick 300), or of --archive; families: parts 1b"
        " and 2b (the other families' crawls and extraction)",
    )
    parser.add_argument("--reps", type=int, help="repetitions [3; --quick 2]")
    parser.add_argument(
        "--render", metavar="JSON", help="write docs/performance.md's block from a run's --json, run nothing"
    )
    parser.add_argument("--archive", metavar="DB", help="with --only reparse: reparse this archive, no crawl")
    args = parser.parse_args()
    if args.bare_spider:
        return bare_spider(*args.bare_spider)
    if args.render:  # the same text the run wrote, from its figures (after a change to markdown())
        details = json.loads(Path(args.render).read_text("utf-8"))["details"]
        text = markdown(Results(**details), details["sizes"]["crawl_posts"] != FULL.crawl_posts)
        print(text)
        if not args.no_doc:
            write_doc(text)
        return 0
    sizes = QUICK if args.quick else FULL
    if args.reps:
        sizes = dataclasses.replace(sizes, reps=args.reps)
    if args.only == "families":
        return only_families(sizes, args)
    if args.only:
        return only_reparse(sizes, args)
    with work_folder(args.keep, "parkcrawler-pipeline-") as work:
        results = run(sizes, work)
    text = markdown(results, args.quick)
    print(text)
    if args.json:
        Path(args.json).write_text(
            json.dumps({**headline(results), "details": vars(results)}, indent=2, default=str), "utf-8"
        )
    if not args.no_doc:
        write_doc(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
