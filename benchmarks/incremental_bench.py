"""Incremental-run benchmark: what one scheduled run costs against a small and a large archive.

    .venv/bin/python benchmarks/incremental_bench.py           # 1,000, 10,000 and 100,000 articles
    .venv/bin/python benchmarks/incremental_bench.py --sizes 1000 10000   # any sizes, smallest first
    .venv/bin/python benchmarks/incremental_bench.py --quick   # 200 vs 2,000: a smoke check

For each size N it builds an emulated www.shcfck.com holding N posts (the corpus's own post bodies, with
their boilerplate, in the site's markup) and an archive that already holds those N articles as a
completed full run leaves it: every article page rendered by the emulator, extracted and cleaned by the
crawler's own functions, written with `Archive.save_article`, under a `crawl_runs` row of mode 'full'
that finished ('finished') after the articles were first seen. (A real full run would also have kept the
raw pages and list observations; an incremental run reads neither.) Then 10 posts appear on the site and
ONE real `scrapy crawl shcfck` runs against it through `http_proxy`, with fast settings.

Reported per N: requests the site answered (the emulator's request log) and the run counted
(crawl_runs.requests), article pages fetched and articles archived as new, wall time of the crawl
process (Python start-up included) and Scrapy's own elapsed time, and peak RSS (/usr/bin/time -v, else
getrusage of children). The last row is the ratio largest/smallest: requests must be 1.00 (the exit status
is 1 otherwise, or when a run was not an incremental, healthy run that archived exactly the new posts).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parkcrawler.clean import Cleaner, clean_article  # noqa: E402
from parkcrawler.extract.dates import parse_http_date  # noqa: E402
from parkcrawler.sites import packaged_site  # noqa: E402

extract_article = packaged_site("shcfck").extract_article
from parkcrawler.items import Article  # noqa: E402
from parkcrawler.store import Archive  # noqa: E402
from parkcrawler.testsite import SiteEmulator, serve  # noqa: E402
from parkcrawler.testsite.corpus import Corpus  # noqa: E402
from parkcrawler.testsite.render import post_url  # noqa: E402

NEW_POSTS = 10
SPACING = timedelta(hours=3)  # one post every 3 hours: 10,000 posts span about 3.4 years of month archives
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False"]
FAST += ["-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]
TIME = Path("/usr/bin/time")


class BenchSite(SiteEmulator):
    """The emulator, with the post list and the sidebar computed once per set of posts.

    The emulator sorts every post, counts every tag and month, and picks related posts from every post on
    every page it renders: at 10,000 posts that is most of the time of the archive's build, and it would
    add the site's own slowness to the crawl's time. Posts are only ever added here, never deleted, so the
    number of posts identifies the set; the pages are byte for byte what the emulator renders.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._cache: dict[str, tuple[int, object]] = {}

    def _cached(self, name: str, compute):
        key = len(self.corpus.posts)
        hit = self._cache.get(name)
        if hit is None or hit[0] != key:
            hit = self._cache[name] = (key, compute())
        return hit[1]

    def live_posts(self):
        return list(self._cached("live", super().live_posts))  # a copy: callers may slice and keep it

    def _sidebar(self):
        return self._cached("sidebar", super()._sidebar)

    def _related_candidates(self, post):
        # Every post walked per page made the build quadratic (100,000 posts: hours). The pool depends only
        # on the tags (or the category) and the set of posts; the post itself is left out by a view.
        key = f"related:{sorted(post.tag_ids)}" if post.tag_ids else f"related:c{post.category_id}"
        pool, at = self._cached(key, lambda: _indexed(SiteEmulator._related_candidates(self, _no_post(post))))
        return _Without(pool, at[post.id]) if post.id in at else pool


def _no_post(post):
    """The post's tags and category under an id no post has: the emulator's candidates then leave none out."""
    return SimpleNamespace(id=-1, tag_ids=post.tag_ids, category_id=post.category_id)


def _indexed(pool: list) -> tuple[list, dict[int, int]]:
    return pool, {p.id: i for i, p in enumerate(pool)}


class _Without(Sequence):
    """`items` without the item at `skip`, not copied: what random.sample reads (len and indexing) alike."""

    def __init__(self, items: list, skip: int):
        self.items, self.skip = items, skip

    def __len__(self) -> int:
        return len(self.items) - 1

    def __getitem__(self, i: int):
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self.items[i if i < self.skip else i + 1]


def build_site(n: int) -> SiteEmulator:
    """An emulator with n posts, newest at the emulator's clock, bodies cycled from the corpus's posts."""
    corpus = Corpus.load()
    templates = [p for p in sorted(corpus.posts.values(), key=lambda p: p.id) if not (p.sticky or p.deleted)]
    corpus.posts = {}
    site = BenchSite(corpus, seed=n)
    for i in range(n):
        template = templates[i % len(templates)]
        site.add_post(
            f"{template.title}（{i + 1}）",  # distinct titles: the incremental run compares listed titles
            post_id=i + 1,  # given ids: add_post would otherwise scan every post for the next free one
            category_id=template.category_id,
            content=template.content,
            tag_ids=template.tag_ids,
            author_id=template.author_id,
            when=site.now - SPACING * (n - i),
            views=template.views,
        )
    return site


def add_new_posts(site: SiteEmulator, n: int) -> list[int]:
    """Six hours later, as between two scheduled runs: NEW_POSTS posts published since the last run."""
    site.advance(timedelta(hours=6))
    templates = list(site.corpus.posts.values())[:NEW_POSTS]
    return [
        site.add_post(
            f"新增厂房招商信息第{k + 1}号：{t.title}",
            post_id=n + k + 1,
            category_id=t.category_id,
            content=t.content,
            tag_ids=t.tag_ids,
            author_id=t.author_id,
            when=site.now - timedelta(minutes=10 * (NEW_POSTS - k)),
        ).id
        for k, t in enumerate(templates)
    ]


# Worker processes render, extract and clean article pages; they inherit the emulator by fork.
_SITE: SiteEmulator | None = None
_CLEANER: Cleaner | None = None


def _article(post_id: int) -> Article:
    global _CLEANER
    if _CLEANER is None:
        _CLEANER = Cleaner.for_site(packaged_site("shcfck"))
    url = post_url(post_id)
    response = _SITE.handle("GET", url)
    article = extract_article(
        url,
        response.body.decode("utf-8"),
        server_time=parse_http_date(response.headers["Date"]),
        fetched_at=datetime.now(UTC),
    )
    clean_article(article, _CLEANER)
    return article


def build_archive(site: SiteEmulator, db: Path) -> float:
    """The archive a completed full run of `site` leaves (see the module docstring). Returns seconds."""
    global _SITE
    started = time.perf_counter()
    _SITE = site
    ids = [p.id for p in site.live_posts()]
    # Rendering and cleaning dominate; the archive is written by this process alone, as a crawl writes it.
    with multiprocessing.get_context("fork").Pool(os.cpu_count() or 2) as pool:
        archive = Archive(db)
        run = archive.start_run("shcfck", "shcfck", mode="full")
        for article in pool.imap_unordered(_article, ids, chunksize=100):
            archive.save_article(run, article)
        archive.finish_run(
            run,
            "finished",
            {"downloader/request_count": len(ids), "parkcrawler/seeded_by": Path(__file__).name},
        )
        archive.close()
    _SITE = None
    return time.perf_counter() - started


@dataclass
class Result:
    n: int
    build_s: float
    server_requests: int
    run_requests: int
    article_fetches: int
    articles_new: int
    wall_s: float
    crawl_s: float
    peak_rss_mb: float
    ok: bool
    note: str


def run_incremental(site: SiteEmulator, db: Path, work: Path) -> tuple[list[str], float, float, str]:
    """One `scrapy crawl shcfck` against `site`: URLs the site answered, wall s, peak RSS MB, stderr."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("http_proxy", "https_proxy", "no_proxy")}
    command = [sys.executable, "-m", "scrapy", "crawl", "shcfck", "-s", f"ARCHIVE_DB={db}", *FAST]
    rusage_file = work / "time.txt"
    if TIME.exists():
        command = [str(TIME), "-v", "-o", str(rusage_file), *command]
    with serve(site) as server:
        env["http_proxy"] = server.proxy_url
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        started = time.perf_counter()
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
        wall = time.perf_counter() - started
        urls = [url for _method, url, _status in server.request_log]
    if result.returncode != 0:
        sys.exit(f"the crawl exited {result.returncode}:\n{result.stderr[-4000:]}")
    if TIME.exists():
        line = next(x for x in rusage_file.read_text().splitlines() if "Maximum resident set size" in x)
        rss_mb = int(line.rsplit(":", 1)[1]) / 1024
    else:
        # ru_maxrss of children is the largest child so far (kB on Linux): fine while this is the largest.
        rss_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return urls, wall, rss_mb, result.stderr


def measure(n: int, work: Path) -> Result:
    print(f"N={n}: building the site and the archive ...", file=sys.stderr, flush=True)
    site = build_site(n)
    db = work / f"archive-{n}.db"
    for stale in (db, *(db.with_name(db.name + end) for end in ("-wal", "-shm", ".lock"))):
        stale.unlink(missing_ok=True)  # a kept archive of an earlier run would already hold the new posts
    build_s = build_archive(site, db)
    new = add_new_posts(site, n)
    print(f"N={n}: archive built in {build_s:.0f} s; incremental crawl ...", file=sys.stderr, flush=True)
    urls, wall, rss_mb, _stderr = run_incremental(site, db, work)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    run = conn.execute("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
    archived = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    conn.close()
    fetched = {u for u in urls if "/post/" in u}
    problems = []
    if (run["mode"], run["status"], run["finish_reason"], run["health"]) != (
        "incremental",
        "finished",
        "finished",
        "ok",
    ):
        problems.append(f"run was {run['mode']}/{run['status']}/{run['finish_reason']}/{run['health']}")
    if fetched != {post_url(i) for i in new} or run["articles_new"] != NEW_POSTS or archived != n + NEW_POSTS:
        problems.append(f"{len(fetched)} article pages, {run['articles_new']} new, {archived} archived")
    return Result(
        n=n,
        build_s=build_s,
        server_requests=len(urls),
        run_requests=run["requests"],
        article_fetches=len(fetched),
        articles_new=run["articles_new"],
        wall_s=wall,
        crawl_s=float(json.loads(run["stats"]).get("elapsed_time_seconds", 0.0)),
        peak_rss_mb=rss_mb,
        ok=not problems,
        note="; ".join(problems),
    )


COLUMNS = [
    ("archived articles", lambda r: f"{r.n:,}"),
    ("requests (site log)", lambda r: str(r.server_requests)),
    ("requests (crawl_runs)", lambda r: str(r.run_requests)),
    ("article pages fetched", lambda r: str(r.article_fetches)),
    ("articles new", lambda r: str(r.articles_new)),
    ("crawl wall s", lambda r: f"{r.wall_s:.2f}"),
    ("Scrapy elapsed s", lambda r: f"{r.crawl_s:.2f}"),
    ("peak RSS MB", lambda r: f"{r.peak_rss_mb:.0f}"),
]


def table(results: list[Result]) -> str:
    """One row per size, then the ratio of the largest to the smallest."""
    small, large = results[0], results[-1]

    def ratio(a: float, b: float) -> str:
        return f"{b / a:.2f}" if a else "-"

    values = [
        lambda r: r.server_requests,
        lambda r: r.run_requests,
        lambda r: r.article_fetches,
        lambda r: r.articles_new,
        lambda r: r.wall_s,
        lambda r: r.crawl_s,
        lambda r: r.peak_rss_mb,
    ]
    ratios = [f"ratio {large.n:,} / {small.n:,}", *(ratio(v(small), v(large)) for v in values)]
    rows = [[name for name, _ in COLUMNS]]
    rows += [[cell(r) for _, cell in COLUMNS] for r in results]
    rows.append(ratios)
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "|" + "|".join("---:" for _ in COLUMNS) + "|")
    return "\n".join(lines)


SIZES = (1000, 10000, 100000)  # the three archive sizes


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="200 vs 2,000 articles: a smoke check")
    parser.add_argument(
        "--sizes", type=int, nargs="+", metavar="N", help=f"archive sizes, smallest first (default {SIZES})"
    )
    parser.add_argument("--keep", metavar="DIR", help="write the archives here and keep them")
    args = parser.parse_args()
    sizes = sorted(args.sizes) if args.sizes else (200, 2000) if args.quick else SIZES
    if len(sizes) < 2:
        parser.error("--sizes needs at least two sizes: the point is the ratio")
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="parkcrawler-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results = []
    try:
        for n in sizes:
            results.append(measure(n, work))
            if not args.keep:
                (work / f"archive-{n}.db").unlink(missing_ok=True)  # 100,000 articles take about 1 GB
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    builds = ", ".join(f"{r.build_s:.0f} s" for r in results)
    print(
        f"One incremental run after {NEW_POSTS} new posts, {os.cpu_count()} CPUs, Python"
        f" {sys.version.split()[0]}; archive builds (not part of the run): {builds}\n"
    )
    print(table(results))
    failures = [f"N={r.n}: {r.note}" for r in results if not r.ok]
    if len({r.server_requests for r in results}) > 1:
        failures.append("the number of requests grew with the archive")
    for failure in failures:
        print(f"\nFAILED: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
