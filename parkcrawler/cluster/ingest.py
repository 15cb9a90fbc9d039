"""The one archive writer: drain `parkcrawler:ingest` into the SQLite archive, losing and duplicating nothing.

Reliable queue: each message is moved (BLMOVE, atomic) from the queue to a processing list, written,
and removed from the processing list (LREM) only after the transaction holding its write committed. A
writer killed at any moment leaves its uncommitted messages in the processing list; the next writer
writes them again first. Writing twice changes nothing: articles, list pages, feeds, failures and skips
are upserts keyed by URL (and run), and a raw page is stored once per fetch key (table cluster_pages,
written in the same transaction as the page).

Which run a message belongs to: each crawl job (worker.py) is one crawl_runs row, recorded in
cluster_jobs in the same transaction as the run, so a restarted writer never opens a run twice.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from dataclasses import dataclass, field

from sqlite_utils import Migrations

from parkcrawler.cluster import messages
from parkcrawler.cluster.health import run_health
from parkcrawler.cluster.keys import DEAD, INGEST, JOB_KEYS_TTL, PROCESSING, Keys
from parkcrawler.cluster.state import publish_state
from parkcrawler.items import Article, FeedPage, ListPage, UrlOutcome
from parkcrawler.sites import sites_from_settings
from parkcrawler.store import Archive

logger = logging.getLogger(__name__)

# The writer's own tables, as a migration set of its own beside the archive's (store.MIGRATIONS).
CLUSTER_MIGRATIONS = Migrations("parkcrawler-cluster")


@CLUSTER_MIGRATIONS()
def c001_cluster(db) -> None:
    db["cluster_jobs"].create({"spider": str, "job": int, "run_id": int}, pk=("spider", "job"))
    db["cluster_pages"].create({"key": str, "page_id": int}, pk="key")


@dataclass
class IngestStats:
    messages: int = 0
    by_type: Counter = field(default_factory=Counter)
    duplicates: int = 0  # pages already stored (written again after a crash)
    dead: int = 0
    runs_finished: int = 0
    seconds: float = 0.0


class Ingester:
    def __init__(self, server, db_path: str, *, batch: int = 200, settings=None):
        self.server = server
        self.batch = batch
        # The writer commits when it acknowledges; the archive's own batching must not commit halfway.
        self.archive = Archive(db_path, batch_size=10**9, batch_seconds=10**9, lock=True)
        CLUSTER_MIGRATIONS.apply(self.archive.db)
        if settings is None:
            from parkcrawler.crawl.project import project_settings

            settings = project_settings()
        self.settings = settings
        self.stats = IngestStats()
        self.runs: dict[tuple[str, int], int] = {}
        self.finished: dict[int, int] = {}  # run id -> workers whose stats it was finished with
        self.sites: dict[str, str] = {}
        self._profiles: dict | None = None

    def close(self) -> None:
        self.archive.close()

    # -- draining -----------------------------------------------------------------------------

    def recover(self) -> int:
        """Write again what a killed writer took but never acknowledged (oldest first)."""
        pending = self.server.lrange(PROCESSING, 0, -1)
        if pending:
            logger.info("Recovering %d messages a previous writer took and did not acknowledge", len(pending))
            self._write(list(reversed(pending)))
        return len(pending)

    def step(self, block: float = 1.0) -> int:
        """Take up to `batch` messages (waiting up to `block` s for the first), write, commit, acknowledge."""
        first = self.server.blmove(INGEST, PROCESSING, block, "RIGHT", "LEFT")
        if first is None:
            return 0
        taken = [first]
        pipe = self.server.pipeline(transaction=False)
        for _ in range(self.batch - 1):
            pipe.lmove(INGEST, PROCESSING, "RIGHT", "LEFT")
        taken += [m for m in pipe.execute() if m is not None]
        self._write(taken)
        return len(taken)

    def run(self, *, idle_exit: float | None = None, block: float = 1.0) -> IngestStats:
        """Drain until stopped; with idle_exit, return once it has written something and then had nothing to
        write, and no run open, for that many seconds."""
        self.recover()
        self.publish_all()
        idle_since = time.monotonic()
        while True:
            if self.step(block):
                idle_since = time.monotonic()
                continue
            waiting = self.pending_jobs()
            if waiting and self.check_pending() < len(waiting):
                idle_since = time.monotonic()  # a run still waits for its workers: not idle yet
            elif not self.stats.messages:
                idle_since = (
                    time.monotonic()
                )  # workers not started yet: idle time counts from the first message
            elif idle_exit is not None and time.monotonic() - idle_since >= idle_exit:
                return self.stats

    def _write(self, raw_messages: list[bytes]) -> None:
        started = time.perf_counter()
        finished_jobs = []
        for raw in raw_messages:
            try:
                message = messages.decode(raw)
            except ValueError as exc:
                # Unreadable: retrying cannot help. Kept aside for a human, never silently dropped.
                logger.error("Not a parkcrawler message, moved to %s: %s", DEAD, exc)
                self.server.lpush(DEAD, raw)
                self.stats.dead += 1
                continue
            if self._apply(message):
                finished_jobs.append(message)
        self.archive.commit()
        # Acknowledged only now: every write above is committed.
        pipe = self.server.pipeline(transaction=False)
        for raw in raw_messages:
            pipe.lrem(PROCESSING, -1, raw)
        pipe.execute()
        self.stats.messages += len(raw_messages)
        self.stats.seconds += time.perf_counter() - started
        for message in finished_jobs:
            self._publish(message["spider"])

    # -- one message ------------------------------------------------------------------------------

    def _run_id(self, spider: str, job: int, site: str | None = None, mode: str | None = None) -> int:
        key = (spider, int(job))
        if key in self.runs:
            return self.runs[key]
        row = self.archive.db.execute(
            "SELECT run_id FROM cluster_jobs WHERE spider = ? AND job = ?", [spider, int(job)]
        ).fetchone()
        if row:
            run_id = row[0]
        else:
            run_id = self.archive.start_run(spider, site or spider, mode)
            self.archive.db["cluster_jobs"].insert({"spider": spider, "job": int(job), "run_id": run_id})
            self.archive.commit()  # the run and its job together, before anything of the run is written
        self.runs[key] = run_id
        return run_id

    def _apply(self, message: dict) -> bool:
        """Write one message; True when it may complete a job's run."""
        kind, spider, job = message["type"], message["spider"], message.get("job")
        self.stats.by_type[kind] += 1
        if kind == "job_start":
            self.sites[spider] = message.get("site") or spider
            run_id = self._run_id(spider, job, message.get("site"), message.get("mode"))
            self.archive.set_run_mode(run_id, message.get("mode"))
            return False
        if job is None:
            raise ValueError(f"a {kind} message without a job")
        run_id = self._run_id(spider, job)
        if kind == "page":
            key = message["key"]
            if self.archive.db.execute("SELECT 1 FROM cluster_pages WHERE key = ?", [key]).fetchone():
                self.stats.duplicates += 1
                return False
            data = message["data"]
            self.archive.db["cluster_pages"].insert({"key": key, "page_id": None})
            self.archive.record_page(
                run_id,
                data["url"],
                data["status"],
                data["headers"],
                messages.page_body(message),
                data["fetched_at"],
                dictionary=self._page_dictionary(spider),
            )
            return False
        if kind == "job_done":
            workers = message.get("workers") or []  # Lua's cjson writes an empty list as {}
            done_key = f"{Keys(spider).job_workers(job)}:done"
            self.server.set(done_key, json.dumps(sorted(workers)), ex=JOB_KEYS_TTL)
        if kind in ("job_done", "worker_closed"):
            return self._maybe_finish(spider, int(job), run_id)
        item = messages.item_from(message)
        if isinstance(item, Article):
            self.archive.save_article(run_id, item)
        elif isinstance(item, ListPage):
            self.archive.save_list(run_id, item)
        elif isinstance(item, FeedPage):
            self.archive.save_feed(item)
        elif isinstance(item, UrlOutcome):
            if item.outcome == "skipped":
                self.archive.record_skip(run_id, item.url, item.reason, item.found_on)
            else:
                self.archive.record_failure(
                    run_id, item.url, item.kind, item.reason, item.status, item.found_on
                )
        return False

    def _maybe_finish(self, spider: str, job: int, run_id: int) -> bool:
        """Finish the job's run once the job is complete and every worker still alive then has reported."""
        keys = Keys(spider)
        done = self.server.get(f"{keys.job_workers(job)}:done")
        if done is None:
            return False  # the job is still running
        expected = set(json.loads(done))
        reports = {k.decode(): json.loads(v) for k, v in self.server.hgetall(keys.job_stats(job)).items()}
        # A worker alive when the job completed but killed before it reported never will: once its
        # heartbeat has expired, it is not waited for.
        missing = [w for w in expected - set(reports) if self.server.exists(keys.alive(w))]
        if missing:
            return False
        status = self.archive.db.execute("SELECT status FROM crawl_runs WHERE id = ?", [run_id]).fetchone()
        if status and status[0] != "running" and self.finished.get(run_id) == len(reports):
            return False  # finished already, and no worker has reported since
        stats: Counter = Counter()
        for worker_stats in reports.values():
            stats.update({k: v for k, v in worker_stats.items() if isinstance(v, (int, float))})
        stats["parkcrawler/cluster/workers"] = len(reports)
        merged = {**stats, "finish_reason": "finished"}
        health, problems = run_health(merged, self.settings, spider)
        self.archive.outcomes = self._outcomes(run_id)
        self.archive.finish_run(
            run_id, "finished", merged, health=health, problems=problems, coverage=coverage(stats)
        )
        if run_id not in self.finished:
            self.stats.runs_finished += 1
        self.finished[run_id] = len(reports)
        return True

    def pending_jobs(self) -> list[tuple[str, int, int]]:
        """Runs of jobs still open in the archive: (spider, job, run_id)."""
        return [
            tuple(row)
            for row in self.archive.db.execute(
                "SELECT j.spider, j.job, j.run_id FROM cluster_jobs j JOIN crawl_runs r ON r.id = j.run_id"
                " WHERE r.status = 'running'"
            )
        ]

    def check_pending(self) -> int:
        """Finish the runs of jobs completed while the writer waited (a dead worker's heartbeat expired)."""
        finished = 0
        for spider, job, run_id in self.pending_jobs():
            if self._maybe_finish(spider, job, run_id):
                finished += 1
                self.archive.commit()
                self._publish(spider)
        return finished

    def _outcomes(self, run_id: int) -> Counter:
        """Articles new, updated and unchanged in a run, from the archive itself (a restarted writer has no
        counts of its own)."""
        started = self.archive.db.execute(
            "SELECT started_at FROM crawl_runs WHERE id = ?", [run_id]
        ).fetchone()[0]
        row = self.archive.db.execute(
            "SELECT count(*), sum(first_seen_at >= ?), sum(changed_at >= ? AND first_seen_at < ?)"
            " FROM articles WHERE last_run_id = ?",
            [started, started, started, run_id],
        ).fetchone()
        total, new, updated = row[0], row[1] or 0, row[2] or 0
        return Counter({"new": new, "updated": updated, "unchanged": total - new - updated})

    # -- state for the workers --------------------------------------------------------------------

    def _publish(self, spider: str) -> None:
        site = self.sites.get(spider) or spider
        profile = self.profiles().get(site)
        publish_state(
            self.server,
            self.archive,
            spider,
            site,
            refresh_days=self.settings.getfloat("REFRESH_AFTER_DAYS"),
            due_max=self.settings.getint("REFRESH_MAX_PER_RUN"),
            is_article=profile.is_article if profile else None,
        )

    def _page_dictionary(self, spider: str) -> str | None:
        profile = self.profiles().get(self.sites.get(spider) or spider)
        return profile.family.page_dictionary if profile else None

    def profiles(self) -> dict:
        """The site profiles the workers crawl with (the same settings), read once."""
        if self._profiles is None:
            self._profiles = sites_from_settings(self.settings)
        return self._profiles

    def publish_all(self) -> None:
        """Publish every spider's state, but for spiders with a job open: its workers must go on seeing the
        archive as the job found it (this archive may hold part of the job already)."""
        for (spider,) in self.archive.db.execute("SELECT DISTINCT spider FROM crawl_runs").fetchall():
            if not self.server.exists(Keys(spider).job):
                self._publish(spider)


def coverage(stats: Counter) -> dict[str, float]:
    from parkcrawler.crawl.pipelines import COVERAGE_FIELDS

    total = stats.get("parkcrawler/fields/articles", 0)
    if not total:
        return {}
    return {name: round(stats.get(f"parkcrawler/fields/{name}", 0) / total, 4) for name in COVERAGE_FIELDS}
