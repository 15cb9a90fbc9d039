"""Running the real `scrapy crawl shcfck` against the emulated site, for the crawl tests.

The spider crawls the real URLs; `http_proxy` routes them to the emulator's server, exactly as
a proxy would on a machine with internet.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOME = "http://www.shcfck.com/"
# No politeness delays against the local server.
FAST = [
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "AUTOTHROTTLE_ENABLED=False",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=8",
]


# Slow enough for a test to act mid-crawl (kill, pause, lock): one request at a time, each item committed.
SLOW = ["-s", "DOWNLOAD_DELAY=0.05", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", "-s", "ARCHIVE_BATCH_SIZE=1"]


def crawl_cmd(db: Path, *args: str, spider: str = "shcfck") -> list[str]:
    return [sys.executable, "-m", "scrapy", "crawl", spider, "-s", f"ARCHIVE_DB={db}", *FAST, *args]


def crawl_env(proxy_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "https_proxy", "http_proxy")}
    return {**env, "http_proxy": proxy_url}


def crawl(
    db: Path, proxy_url: str, *args: str, expect: int = 0, spider: str = "shcfck"
) -> subprocess.CompletedProcess:
    result = subprocess.run(
        crawl_cmd(db, *args, spider=spider),
        cwd=ROOT,
        env=crawl_env(proxy_url),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == expect, result.stderr[-4000:]
    return result


def post_url(post_id: int) -> str:
    return f"{HOME}index.php/post/{post_id}.html"


def count_articles(db: Path, site: str | None = None) -> int:
    """Articles (of one site) committed so far (0 while the archive does not exist yet), read by another
    process."""
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(db, timeout=1)
        try:
            if site is not None:
                return conn.execute("SELECT count(*) FROM articles WHERE site = ?", [site]).fetchone()[0]
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


def wait_for_articles(db: Path, count: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    """Wait until a running crawl has committed `count` articles, it has ended, or `timeout` passed."""
    deadline = time.monotonic() + timeout
    while count_articles(db) < count and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
