"""SIGKILL a real crawl at random points, rerun it, and compare with an uninterrupted crawl.

    python scripts/stress_kill.py --trials 20 --seed 1

Each trial starts `scrapy crawl shcfck` on a fresh archive against the local emulator (frozen: every
load of a page answers the same bytes, so two crawls can be compared field by field), kills it with
SIGKILL after a random delay (seeded), runs the crawl again to completion, and compares the archive
with one written by a crawl that was never interrupted: the same articles with the same fields (except
fetch times and run ids), the same related links and removed blocks; `PRAGMA integrity_check` ok; no
duplicates. Prints one line per trial and the figures; exits 1 when any trial differs.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from parkcrawler.testsite import SiteEmulator, serve  # noqa: E402

FAST = [
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "AUTOTHROTTLE_ENABLED=False",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=8",
]
# Written by the crawl at fetch time: they differ between any two crawls.
VOLATILE = {"fetched_at", "first_seen_at", "changed_at", "last_run_id"}


def crawl_cmd(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "scrapy", "crawl", "shcfck", "-s", f"ARCHIVE_DB={db}", *FAST, *args]


def crawl_env(proxy_url: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "https_proxy", "http_proxy")}
    return {**env, "http_proxy": proxy_url, "https_proxy": proxy_url}


def crawl(db: Path, proxy_url: str) -> tuple[int, float]:
    started = time.monotonic()
    done = subprocess.run(
        crawl_cmd(db), cwd=ROOT, env=crawl_env(proxy_url), capture_output=True, text=True, timeout=600
    )
    return done.returncode, time.monotonic() - started


def snapshot(db: Path) -> dict:
    """What the archive holds, without what differs between any two crawls."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        articles = {}
        for row in conn.execute("SELECT * FROM articles ORDER BY url"):
            fields = {k: v for k, v in zip(row.keys(), tuple(row), strict=True) if k not in VOLATILE}
            related = [
                tuple(r)
                for r in conn.execute(
                    "SELECT position, url, title, excerpt, image FROM related_links"
                    " WHERE article_url = ? ORDER BY position",
                    [row["url"]],
                )
            ]
            removed = [
                tuple(r)
                for r in conn.execute(
                    "SELECT seq, position, family, rule, text FROM removed_blocks"
                    " WHERE article_url = ? ORDER BY seq",
                    [row["url"]],
                )
            ]
            articles[row["url"]] = {"fields": fields, "related": related, "removed": removed}
        return articles
    finally:
        conn.close()


def health(db: Path) -> dict:
    conn = sqlite3.connect(db)
    try:
        return {
            "integrity": conn.execute("PRAGMA integrity_check").fetchone()[0],
            "duplicates": conn.execute(
                "SELECT count(*) FROM (SELECT post_id FROM articles GROUP BY post_id HAVING count(*) > 1)"
            ).fetchone()[0],
            "runs": [tuple(r) for r in conn.execute("SELECT status, mode FROM crawl_runs ORDER BY id")],
        }
    finally:
        conn.close()


def count_articles(db: Path) -> int:
    try:
        conn = sqlite3.connect(db, timeout=1)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def differences(expected: dict, got: dict) -> list[str]:
    out = [f"missing {url}" for url in sorted(set(expected) - set(got))]
    out += [f"extra {url}" for url in sorted(set(got) - set(expected))]
    for url in sorted(set(expected) & set(got)):
        for part in ("fields", "related", "removed"):
            a, b = expected[url][part], got[url][part]
            if a != b:
                if part == "fields":
                    keys = sorted(k for k in a if a[k] != b.get(k))
                    out.append(f"{url}: {', '.join(f'{k} {a[k]!r} != {b.get(k)!r}' for k in keys)}")
                else:
                    out.append(f"{url}: {part} differ")
    return out


def run(
    trials: int = 20,
    seed: int = 0,
    workdir: Path | None = None,
    corpus: str = "default",
    out=None,
    kill_at: str = "time",
) -> dict:
    """Run the trials; return the figures (``mismatched`` lists the trials whose archive differs).

    ``kill_at="time"``: after a random delay, from start-up to the end of a crawl; ``"articles"``: once
    a random number of articles (1 to all but one) is archived, so every kill is mid-crawl.
    """
    if workdir is None:  # archives of our own: removed afterwards
        with tempfile.TemporaryDirectory(prefix="stress-kill-") as tmp:
            return run(trials, seed, Path(tmp), corpus, out, kill_at)
    rng = random.Random(seed)
    workdir = Path(workdir)
    make = SiteEmulator.default if corpus == "default" else SiteEmulator.reference

    def say(line: str) -> None:
        if out is not None:
            print(line, file=out, flush=True)

    started = time.monotonic()
    report: dict = {"trials": trials, "seed": seed, "corpus": corpus, "results": []}
    with serve(make(frozen=True)) as server:
        baseline_db = workdir / "baseline.db"
        status, baseline_secs = crawl(baseline_db, server.proxy_url)
        if status != 0:
            raise RuntimeError(f"the uninterrupted crawl exited {status}")
        expected = snapshot(baseline_db)
        report["articles"] = len(expected)
        report["baseline_seconds"] = round(baseline_secs, 1)
        say(f"baseline: {len(expected)} articles in {baseline_secs:.1f}s")
        for trial in range(1, trials + 1):
            db = workdir / f"trial{trial}.db"
            # Kill anywhere from start-up to the end of a crawl; batches of every size, so that kills
            # land mid-transaction as well as between transactions.
            delay = rng.uniform(0.5, baseline_secs)
            batch = rng.choice([1, 7, 50, 200])
            proc = subprocess.Popen(
                crawl_cmd(db, "-s", f"ARCHIVE_BATCH_SIZE={batch}", "-s", "ARCHIVE_BATCH_SECONDS=0.5"),
                cwd=ROOT,
                env=crawl_env(server.proxy_url),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            if kill_at == "articles":
                target = rng.randint(1, len(expected) - 1)
                deadline = time.monotonic() + 300
                while proc.poll() is None and count_articles(db) < target and time.monotonic() < deadline:
                    time.sleep(0.02)
                delay = -target  # reported as "at N articles"
            else:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(timeout=delay)
            killed = proc.poll() is None  # still running at the kill point
            if killed:
                proc.send_signal(signal.SIGKILL)
            proc.wait()
            at_kill = count_articles(db) if db.exists() else 0
            rerun_status, rerun_secs = crawl(db, server.proxy_url)
            state = health(db)
            diff = differences(expected, snapshot(db))
            result = {
                "trial": trial,
                "kill_after_s": round(delay, 2),
                "batch_size": batch,
                "killed": killed,
                "articles_at_kill": at_kill,
                "rerun_exit": rerun_status,
                "rerun_seconds": round(rerun_secs, 1),
                "integrity": state["integrity"],
                "duplicates": state["duplicates"],
                "runs": state["runs"],
                "differences": diff[:10],
                "same": not diff and rerun_status == 0 and state["integrity"] == "ok",
            }
            report["results"].append(result)
            when = f"at {-delay:3.0f} articles" if delay < 0 else f"after {delay:5.2f}s"
            say(
                f"trial {trial:2}: batch {batch:3}, kill {when} ({at_kill:3} articles archived),"
                f" rerun exit {rerun_status} in {rerun_secs:4.1f}s, integrity {state['integrity']},"
                f" {'same as uninterrupted' if result['same'] else 'DIFFERS: ' + '; '.join(diff[:3])}"
            )
    results = report["results"]
    report["mismatched"] = [r["trial"] for r in results if not r["same"]]
    report["integrity_failures"] = sum(r["integrity"] != "ok" for r in results)
    report["duplicates"] = sum(r["duplicates"] for r in results)
    report["killed_before_finishing"] = sum(r["killed"] for r in results)
    report["seconds"] = round(time.monotonic() - started, 1)
    say(
        f"{trials} trials (seed {seed}): {trials - len(report['mismatched'])} identical to the uninterrupted"
        f" crawl, {len(report['mismatched'])} differ {report['mismatched']};"
        f" {report['killed_before_finishing']} killed mid-crawl; integrity failures"
        f" {report['integrity_failures']}; duplicate articles {report['duplicates']}; {report['seconds']}s"
    )
    return report


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", choices=["default", "reference"], default="default")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--kill-at", choices=["time", "articles"], default="time")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    report = run(args.trials, args.seed, args.workdir, args.corpus, out=sys.stdout, kill_at=args.kill_at)
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 1 if report["mismatched"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
