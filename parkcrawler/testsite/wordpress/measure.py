"""HTML or REST? What a full crawl and incremental runs of the emulated WordPress site cost each way.

    python -m parkcrawler.testsite.wordpress.measure [--repeat N]

Every design but the last is the real `scrapy crawl parkwp` (no politeness delay, 8 requests at a time),
a full run, then three new posts and an incremental run, then a run with nothing new; requests from the
emulator's server log, the crawl's own time (Scrapy's elapsed_time_seconds) and the whole command's
(Scrapy's start-up and the run's closing included), medians of N repeats:

- **html**: the profile with `rest_api = false` (a user profile of the same name): home, lists,
  `/feed/`, the core sitemaps, every post page;
- **rest+html**: the profile as shipped: the REST posts list for discovery, each post's HTML page;
- **fallback**: the profile as shipped against a site whose REST API answers 401 (a "disable REST API"
  plugin): the API's failure recorded, then HTML discovery;
- **rest alone**: `/wp-json/wp/v2/posts?per_page=100&_embed`, fetched with urllib, extracted and cleaned
  as the pipelines do: no HTML page at all (not a crawl design: no related posts, nothing for reparse).

At the live site's politeness (DOWNLOAD_DELAY = 1 s, one request at a time) a run costs about one
second a request: the request counts are the figures that carry over; the times are the emulator's.
Results are written up in docs/families/wordpress.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

from parkcrawler.clean import Cleaner, clean_article
from parkcrawler.families.wordpress.extract import extract_rest_posts
from parkcrawler.sites import packaged_site
from parkcrawler.testsite import serve
from parkcrawler.testsite.wordpress.corpus import BASE
from parkcrawler.testsite.wordpress.site import WordPressEmulator

SITE = packaged_site("parkwp")
NEW = [
    ("新增厂房招商信息第1号", ("松江出口加工区标准厂房一栋，面积5200平方米。",)),
    ("新增厂房招商信息第2号", ("九亭镇研发办公楼整层出租，面积1800平方米。",)),
    ("新增厂房招商信息第3号", ("车墩镇高标仓库出租，面积12000平方米。",)),
]
FAST = [
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "AUTOTHROTTLE_ENABLED=False",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=8",
]


def add_posts(emulator: WordPressEmulator) -> None:
    emulator.advance(timedelta(hours=6))
    for title, paragraphs in NEW:
        emulator.add_post(title, paragraphs, category_ids=(3,), tag_ids=(12,))
        emulator.advance(timedelta(minutes=30))


RUNS = ("full", "incremental", "nothing new")


def polite(delay: float) -> list[str]:
    """A live site's pacing: one request at a time, `delay` seconds apart (the shipped settings: 1 s)."""
    settings = {
        "DOWNLOAD_DELAY": delay,
        "RANDOMIZE_DOWNLOAD_DELAY": False,
        "AUTOTHROTTLE_ENABLED": False,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
    }
    return [arg for name, value in settings.items() for arg in ("-s", f"{name}={value}")]


PROFILES = Path(__file__).resolve().parents[2] / "sites" / "profiles"


def crawl_runs(design: str, delay: float = 0) -> dict[str, tuple[int, float, float]]:
    """(requests, crawl seconds, command seconds) of each run of the real crawl, for one design."""
    emulator = WordPressEmulator(rest_api="login" if design == "fallback" else "on")
    out = {}
    with tempfile.TemporaryDirectory() as folder, serve(emulator) as server:
        db = Path(folder) / "a.db"
        args = []
        if design == "html":  # the same profile, REST discovery off
            shutil.copy(PROFILES / "parkwp.rules.toml", folder)
            text = (PROFILES / "parkwp.toml").read_text(encoding="utf-8")
            assert "rest_api = true" in text
            (Path(folder) / "parkwp.toml").write_text(text.replace("rest_api = true", "rest_api = false"))
            args = ["-s", f"SITE_PROFILES_DIRS={folder}"]
        env = {
            k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "https_proxy", "http_proxy")
        }
        env |= {"http_proxy": server.proxy_url, "SCRAPY_SETTINGS_MODULE": "parkcrawler.settings"}
        pace = polite(delay) if delay else FAST
        command = [sys.executable, "-m", "scrapy", "crawl", "parkwp", "-s", f"ARCHIVE_DB={db}", *pace, *args]
        for n, run in enumerate(RUNS, 1):
            if run == "incremental":
                add_posts(emulator)
            elif run == "nothing new":
                emulator.advance(timedelta(hours=6))
            server.reset_log()
            start = time.perf_counter()
            subprocess.run(command, env=env, check=True, capture_output=True)
            wall = time.perf_counter() - start
            conn = sqlite3.connect(db)
            (stats,) = conn.execute("SELECT stats FROM crawl_runs WHERE id = ?", [n]).fetchone()
            conn.close()
            out[run] = (len(server.request_log), json.loads(stats)["elapsed_time_seconds"], wall)
    return out


def rest_alone() -> dict[str, tuple[int, float, float]]:
    """The REST API alone (_embed for the names), extracted and cleaned; no HTML page at all."""
    emulator = WordPressEmulator()
    cleaner = Cleaner.for_site(SITE)
    known: set[str] = set()
    out = {}
    with serve(emulator) as server:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy_url}))
        for run in RUNS:
            if run == "incremental":
                add_posts(emulator)
            requests, start, page = 0, time.perf_counter(), 1
            while True:
                url = f"{BASE}wp-json/wp/v2/posts?per_page=100&page={page}&_embed"
                with opener.open(url) as response:
                    body, pages = response.read(), int(response.headers["X-WP-TotalPages"])
                requests += 1
                posts = json.loads(body)
                new = [p["link"] for p in posts if p["link"] not in known]
                for article in extract_rest_posts(body, site=SITE):
                    if article.url in new:
                        clean_article(article, cleaner)
                known.update(new)
                # Newest first: a page of known posts only is known ground, as on the HTML lists.
                if page >= pages or len(new) < len(posts):
                    break
                page += 1
            seconds = time.perf_counter() - start
            out[run] = (requests, seconds, seconds)
    return out


def median(samples: list[dict[str, tuple[int, float, float]]]) -> dict[str, tuple[int, float, float]]:
    return {
        run: tuple(statistics.median(s[run][i] for s in samples) for i in range(3))  # type: ignore[misc]
        for run in RUNS
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs of each design (medians reported)")
    parser.add_argument("--delay", type=float, default=0, help="seconds between requests, one at a time")
    options = parser.parse_args()
    results = {
        design: median([crawl_runs(design, options.delay) for _ in range(options.repeat)])
        for design in DESIGNS
    }
    if not options.delay:
        results["rest alone"] = median([rest_alone() for _ in range(options.repeat)])
    print(f"{'design':<11}" + "".join(f" | {run + ': requests, crawl s, command s':>40}" for run in RUNS))
    for name, runs in results.items():
        cells = "".join(f" | {runs[r][0]:>24.0f} {runs[r][1]:>6.2f} {runs[r][2]:>7.2f}" for r in RUNS)
        print(f"{name:<11}{cells}")


DESIGNS = ("html", "rest+html", "fallback")

if __name__ == "__main__":
    main()
