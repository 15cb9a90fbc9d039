"""HTML or REST? What a full crawl and an incremental run of the emulated WordPress site cost each way.

    python -m parkcrawler.testsite.wordpress.measure

- **html**: the real `scrapy crawl parkwp` (the profile as shipped), a full run, then three new posts
  and an incremental run; requests from the emulator's server log, wall time of the whole command
  (Scrapy's start-up included), no politeness delay.
- **rest+html**: the REST API for discovery (`/wp-json/wp/v2/posts?per_page=100`, newest first, paged
  until a page holds only known posts) and every new post's HTML page for the article (its related
  posts, the raw page reparse needs); fetched through the same proxy with urllib, then extracted
  and cleaned as the pipelines do. Not a Scrapy run: the spider has no page kind for JSON lists.
- **rest**: the REST API alone (`_embed` for the names), extracted and cleaned; no HTML page at all.

At the live site's politeness (DOWNLOAD_DELAY = 1 s, one request at a time) a run costs about one
second a request: the request counts are the figures that carry over; the times are the emulator's.
Results are written up in docs/families/wordpress.md.
"""

from __future__ import annotations

import json
import os
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


def html_runs() -> dict[str, tuple[int, float]]:
    emulator = WordPressEmulator()
    out = {}
    with tempfile.TemporaryDirectory() as folder, serve(emulator) as server:
        db = Path(folder) / "a.db"
        env = {
            k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "https_proxy", "http_proxy")
        }
        env |= {"http_proxy": server.proxy_url, "SCRAPY_SETTINGS_MODULE": "parkcrawler.settings"}
        command = [sys.executable, "-m", "scrapy", "crawl", "parkwp", "-s", f"ARCHIVE_DB={db}", *FAST]
        for run in ("full", "incremental"):
            if run == "incremental":
                add_posts(emulator)
            server.reset_log()
            start = time.perf_counter()
            subprocess.run(command, env=env, check=True, capture_output=True)
            out[run] = (len(server.request_log), time.perf_counter() - start)
    return out


def rest_runs(with_html: bool) -> dict[str, tuple[int, float]]:
    emulator = WordPressEmulator()
    cleaner = Cleaner.for_site(SITE)
    known: set[str] = set()
    out = {}
    with serve(emulator) as server:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy_url}))
        for run in ("full", "incremental"):
            if run == "incremental":
                add_posts(emulator)
            requests, start, page = 0, time.perf_counter(), 1
            while True:
                embed = "" if with_html else "&_embed"
                with opener.open(f"{BASE}wp-json/wp/v2/posts?per_page=100&page={page}{embed}") as response:
                    body, pages = response.read(), int(response.headers["X-WP-TotalPages"])
                requests += 1
                posts = json.loads(body)
                new = [p["link"] for p in posts if p["link"] not in known]
                if with_html:
                    for url in new:
                        with opener.open(url) as response:
                            html = response.read().decode("utf-8")
                        requests += 1
                        clean_article(SITE.extract_article(url, html), cleaner)
                else:
                    for article in extract_rest_posts(body, site=SITE):
                        clean_article(article, cleaner)
                known.update(new)
                # Newest first: a page of known posts only is known ground, as on the HTML lists.
                if page >= pages or len(new) < len(posts):
                    break
                page += 1
            out[run] = (requests, time.perf_counter() - start)
    return out


def main() -> None:
    results = {"html": html_runs(), "rest+html": rest_runs(True), "rest": rest_runs(False)}
    print(f"{'design':<10} {'full: requests':>15} {'time':>7} {'incremental: requests':>22} {'time':>7}")
    for name, runs in results.items():
        (fr, ft), (ir, it) = runs["full"], runs["incremental"]
        print(f"{name:<10} {fr:>15} {ft:>6.2f}s {ir:>22} {it:>6.2f}s")


if __name__ == "__main__":
    main()
