"""The archive: one SQLite file, written through sqlite-utils. Every write goes through Archive (the search
index's too: save_article calls store/fts.py); the query side (parkcrawler.query) only reads it.

Durability model: WAL journal, writes grouped into transactions of a bounded size and age.
A process killed at any moment leaves the last committed transaction; every write that
belongs together (an article, its related links, its removed blocks, its views
observation) is one savepoint, so no half-article is ever visible.

The schema is a public contract documented in README.md ("The archive"); change both together,
and evolve it only through new migrations at the end of MIGRATIONS.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import itertools
import json
import os
import sqlite3
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from importlib import resources
from pathlib import Path

try:  # Python 3.14+: zstd in the standard library; before, its backport (which Scrapy requires too)
    from compression import zstd
except ImportError:  # pragma: no cover - depends on the Python version
    from backports import zstd
from sqlite_utils import Database, Migrations
from sqlite_utils.db import NotFoundError

from parkcrawler.items import Article, FeedPage, ListPage
from parkcrawler.store import fts as search

MIGRATIONS = Migrations("parkcrawler")

# How exact a published_at is; a less exact value never replaces a more exact one.
PRECISION_RANK = {"relative": 1, "inferred_year": 2, "day": 3, "datetime": 4}


@MIGRATIONS()
def m001_initial(db: Database) -> None:
    db["crawl_runs"].create(
        {
            "id": int,
            "spider": str,
            "site": str,
            "started_at": str,
            "finished_at": str,
            "mode": str,  # full | incremental | partial
            "status": str,  # running | finished | interrupted
            "finish_reason": str,
            "health": str,  # ok | failed: the run's checks of the site's markup
            "problems": str,
            "coverage": str,
            "requests": int,
            "pages_stored": int,
            "articles_new": int,
            "articles_updated": int,
            "articles_unchanged": int,
            "failures": int,
            "skipped": int,
            "stats": str,
        },
        pk="id",
    )
    db["articles"].create(
        {
            "url": str,
            "site": str,
            "post_id": int,
            "title": str,
            "published_at": str,
            "published_precision": str,
            "date_display": str,
            "views": int,
            "views_observed_at": str,
            "author": str,
            "category": str,
            "category_url": str,
            "tags": str,
            "source": str,
            "original_title": str,
            "body": str,
            "body_html": str,
            "images": str,
            "warnings": str,
            "fetched_at": str,
            "first_seen_at": str,
            "changed_at": str,
            "content_hash": str,
            "last_run_id": int,
        },
        pk="url",
    )
    db["articles"].create_index(["site", "post_id"])
    db["articles"].create_index(["published_at"])
    db["articles"].create_index(["category"])
    db["related_links"].create(
        {
            "article_url": str,
            "position": int,
            "url": str,
            "title": str,
            "excerpt": str,
            "excerpt_raw": str,
            "image": str,
            "observed_at": str,
        },
        pk=("article_url", "position"),
        foreign_keys=[("article_url", "articles", "url")],
    )
    db["related_links"].create_index(["url"])
    db["removed_blocks"].create(
        {
            "article_url": str,
            "seq": int,
            "position": int,
            "family": str,
            "rule": str,
            "text": str,
        },
        pk=("article_url", "seq"),
        foreign_keys=[("article_url", "articles", "url")],
    )
    db["removed_blocks"].create_index(["family"])
    db["views_history"].create(
        {"url": str, "observed_at": str, "views": int, "source": str, "run_id": int},
        pk=("url", "observed_at", "source"),
    )
    db["feed_entries"].create(
        {"url": str, "title": str, "published_at": str, "first_seen_at": str, "last_seen_at": str},
        pk="url",
    )
    db["pages"].create(
        {
            "id": int,
            "run_id": int,
            "url": str,
            "fetched_at": str,
            "status": int,
            "headers": str,
            "body": bytes,
            "body_size": int,
        },
        pk="id",
    )
    db["pages"].create_index(["url", "fetched_at"])
    db["failures"].create(
        {
            "run_id": int,
            "url": str,
            "kind": str,
            "status": int,
            "reason": str,
            "found_on": str,
            "failed_at": str,
        },
        pk=("run_id", "url"),
    )
    db["skipped_urls"].create(
        {"run_id": int, "url": str, "policy": str, "found_on": str},
        pk=("run_id", "url"),
    )


@MIGRATIONS()
def m002_search(db: Database) -> None:
    """Full-text index over articles (store/fts.py) and the analysts' views (store/views.py)."""
    from parkcrawler.store.views import create_views

    search.create_index(db)
    create_views(db)


@MIGRATIONS()
def m003_learned_templates(db: Database) -> None:
    """Paragraphs learned from the archive as a site's template (crawl/learn.py, docs/cleaning.md)."""
    db["learned_templates"].create(
        {
            "site": str,
            "key": str,  # the paragraph without whitespace, NFKC: what cleaning compares
            "text": str,  # the paragraph as a page shows it
            "articles": int,  # articles of the site whose raw body holds it
            "site_articles": int,  # articles the site had when it was learned
            "learned_at": str,
        },
        pk=("site", "key"),
    )


@MIGRATIONS()
def m004_related_excerpts_once(db: Database) -> None:
    """Each related-post excerpt stored once, not under every article that shows it (docs/performance.md).

    A post is shown as related under many articles, each time with the same excerpt: the excerpts were
    two thirds of the archive beside the raw pages. `related_links` stays what it was to every reader: a
    view with the same columns over `related_link_rows` and `related_excerpts`.
    """
    db.execute(
        "CREATE TABLE related_excerpts (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,"
        " excerpt TEXT, excerpt_raw TEXT)"
    )
    db["related_link_rows"].create(
        {
            "article_url": str,
            "position": int,
            "url": str,
            "title": str,
            "excerpt_id": int,
            "image": str,
            "observed_at": str,
        },
        pk=("article_url", "position"),
        foreign_keys=[("article_url", "articles", "url"), ("excerpt_id", "related_excerpts", "id")],
    )
    db["related_link_rows"].create_index(["url"])
    rows = db.execute(
        "SELECT article_url, position, url, title, excerpt, excerpt_raw, image, observed_at"
        " FROM related_links"
    ).fetchall()
    for article_url, position, url, title, excerpt, excerpt_raw, image, observed_at in rows:
        db.execute(
            "INSERT INTO related_link_rows VALUES (?, ?, ?, ?, ?, ?, ?)",
            [article_url, position, url, title, _excerpt_id(db, excerpt, excerpt_raw), image, observed_at],
        )
    db.execute("DROP TABLE related_links")
    db.execute(f"CREATE VIEW related_links AS {RELATED_LINKS_VIEW}")


# The related_links view: the columns the table had, in its order.
RELATED_LINKS_VIEW = (
    "SELECT r.article_url, r.position, r.url, r.title, e.excerpt, e.excerpt_raw, r.image, r.observed_at"
    " FROM related_link_rows r LEFT JOIN related_excerpts e ON e.id = r.excerpt_id"
)


def _excerpt_id(db: Database, excerpt: str | None, excerpt_raw: str | None) -> int:
    """The id of this (cleaned, raw) excerpt pair, stored once."""
    key = hashlib.sha256(json.dumps([excerpt, excerpt_raw], ensure_ascii=False).encode()).hexdigest()[:32]
    found = db.execute("SELECT id FROM related_excerpts WHERE key = ?", [key]).fetchone()
    if found:
        return found[0]
    return db.execute(
        "INSERT INTO related_excerpts (key, excerpt, excerpt_raw) VALUES (?, ?, ?)",
        [key, excerpt, excerpt_raw],
    ).lastrowid


@MIGRATIONS()
def m005_extraction(db: Database) -> None:
    """How each article was extracted: its family's name, or `generic` (docs/generic.md)."""
    db["articles"].add_column("extraction", str)


class ArchiveLocked(RuntimeError):
    """Another process is writing this archive."""


class ArchiveUnwritable(RuntimeError):
    """The archive cannot be created or written where ARCHIVE_DB says; the message says why, in one line."""


class ArchiveWriteError(RuntimeError):
    """A write failed (disk full, database locked past the busy timeout, I/O error): the open batch
    transaction is rolled back, so `lost` counts every write of it by kind (articles, pages, …) and
    `lost_outcomes` the articles among them by outcome (new, updated, unchanged)."""

    def __init__(self, message: str, lost: Counter, lost_outcomes: Counter):
        super().__init__(message)
        self.lost = lost
        self.lost_outcomes = lost_outcomes


def _guarded(method):
    """Archive write methods: any SQLite or OS error becomes one ArchiveWriteError saying what was lost."""

    @functools.wraps(method)
    def guarded(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except ArchiveWriteError:
            raise
        except (sqlite3.Error, OSError) as exc:
            raise self._write_failed(exc) from exc

    return guarded


@dataclass
class CrawlState:
    """What the archive knows that tells a run what to fetch (the archive is the only state)."""

    mode: str  # full | incremental
    titles: dict[str, str] = field(default_factory=dict)  # archived article URL -> title
    settled: set[str] = field(default_factory=set)  # archived before the last complete run ended
    due: list[str] = field(default_factory=list)  # articles to refetch: stale, or failed transiently


def lock_archive(path: Path):
    """One writer per archive: a second crawl must not interleave its runs with the first.

    Returns the open lock file (closing it releases the lock). flock is released by the kernel
    when the holder dies, so a killed run never leaves a stale lock.
    """
    lock_path = path.with_name(path.name + ".lock")
    try:
        handle = open(lock_path, "a+")  # noqa: SIM115 - held open for as long as the lock is
    except OSError as exc:
        folder = path.parent
        raise ArchiveUnwritable(f"cannot write in the archive's folder {folder} ({exc.strerror})") from None
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "another process"
        handle.close()
        raise ArchiveLocked(
            f"{path} is being written by {holder}; wait for that run to end (two runs must not"
            " write one archive at once)"
        ) from None
    return handle


def check_unlocked(path: str | os.PathLike) -> None:
    """Raise ArchiveLocked if another process writes the archive now (a probe: takes no lock)."""
    path = Path(path)
    if path.parent.exists():
        lock_archive(path).close()


def check_writable(path: str | os.PathLike) -> None:
    """Open the archive for writing as a crawl will, and close it again, before anything is fetched.

    Raises ArchiveLocked (another run writes it) or ArchiveUnwritable (a folder that cannot be created
    or written, a file that is no archive); either leaves nothing behind that was not there before.
    """
    Archive(path, lock=True).close()


def _make_folder(folder: Path) -> list[Path]:
    """Create `folder` and its missing parents; return those created, deepest first (to undo)."""
    missing = []
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing.append(candidate)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _remove_folders(missing)
        raise ArchiveUnwritable(f"cannot create the archive's folder {folder} ({exc.strerror})") from None
    return missing


def _remove_folders(folders: list[Path]) -> None:
    for folder in folders:  # deepest first
        with contextlib.suppress(OSError):  # not empty after all: someone else's now
            folder.rmdir()


def utcnow() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def content_hash(article: Article) -> str:
    """What counts as a change of an article: its text and labels, not its view counter."""
    key = json.dumps(
        [article.title, article.body, article.category, article.tags, article.author],
        ensure_ascii=False,
    )
    return hashlib.sha256(key.encode()).hexdigest()


# The statements sqlite_utils' insert(ignore=True) and insert(replace=True) run on the tables m001 creates,
# alone: sqlite_utils adds eight schema queries and a read-back to each call (record_skip, save_list).
_INSERT_SKIP = (
    'INSERT OR IGNORE INTO "skipped_urls" ("run_id", "url", "policy", "found_on") VALUES (?, ?, ?, ?)'
)
_INSERT_VIEWS = (
    'INSERT OR REPLACE INTO "views_history" ("url", "observed_at", "views", "source", "run_id")'
    " VALUES (?, ?, ?, ?, ?)"
)

# Raw pages: zstd, with a dictionary of the site's theme markup when its family names one (Family.
# page_dictionary; the shipped dictionaries are in store/zdict/, see its README). A page repeats the theme's
# head, menu, sidebar and footer: with the dictionary it costs about its own text, 4.1 KB per article
# against zlib's 8.8 (docs/performance.md). The codec is in the blob: a zstd frame starts with its magic
# number and names its dictionary, so any reader decompresses any row; rows written before are zlib streams.
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_ZSTD_LEVEL = 6  # faster than zlib -6 with a dictionary, and level 9 gains 4% more for twice the time


@cache
def _zstd_dicts() -> dict[int, zstd.ZstdDict]:
    """Every shipped dictionary, by the id a frame names it with."""
    found = {}
    for entry in resources.files(__package__).joinpath("zdict").iterdir():
        if entry.name.endswith(".zdict"):
            dictionary = zstd.ZstdDict(entry.read_bytes())
            found[dictionary.dict_id] = dictionary
    return found


@cache
def _zstd_compressor(dictionary: str | None) -> zstd.ZstdCompressor:
    # One compressor per dictionary for the process: it digests the dictionary once, not on every page.
    if dictionary is None:
        return zstd.ZstdCompressor(_ZSTD_LEVEL)
    path = resources.files(__package__).joinpath("zdict", f"{dictionary}.zdict")
    if not path.is_file():
        raise ValueError(f"no zstd dictionary {dictionary!r} in parkcrawler/store/zdict/")
    return zstd.ZstdCompressor(_ZSTD_LEVEL, zstd_dict=zstd.ZstdDict(path.read_bytes()))


def compress(body: bytes, dictionary: str | None = None) -> bytes:
    """A zstd frame of the body, made with the named shipped dictionary (e.g. "tpure-1") if any."""
    return _zstd_compressor(dictionary).compress(body, mode=zstd.ZstdCompressor.FLUSH_FRAME)


def decompress(blob: bytes) -> bytes:
    if blob[:4] == _ZSTD_MAGIC:
        dictionary_id = zstd.get_frame_info(blob).dictionary_id
        return zstd.decompress(blob, zstd_dict=_zstd_dicts()[dictionary_id] if dictionary_id else None)
    return zlib.decompress(blob)  # written before zstd


class Archive:
    """The SQLite archive. Open it, write through its methods, close it."""

    def __init__(
        self,
        path: str | os.PathLike,
        *,
        batch_size: int = 200,
        batch_seconds: float = 5.0,
        lock: bool = False,
        busy_timeout: float = 10.0,
    ):
        self.path = Path(path)
        self._lock_file = None
        self.busy_timeout = busy_timeout
        if str(path) == ":memory:":
            self._open(":memory:")
        else:
            self._open_file(lock)
        self.batch_size = batch_size
        self.batch_seconds = batch_seconds
        self._pending = 0
        self._batch_started = 0.0
        self.outcomes: Counter[str] = Counter()  # articles new / updated / unchanged, committed this session
        self._pending_kinds: Counter[str] = Counter()  # writes of the open batch, by kind
        self._pending_outcomes: Counter[str] = Counter()  # its articles, by outcome

    def _open_file(self, lock: bool) -> None:
        """Open (or create) the file; a failed open leaves nothing behind it created (folders, lock, db)."""
        created_folders = _make_folder(self.path.parent)
        # What this open creates, to remove if it fails. A -wal beside an existing db may hold its
        # newest commits: only a db this open created takes its -wal and -shm along.
        suffixes = ("", "-wal", "-shm", "-journal") if not self.path.exists() else ()
        created = [self.path.with_name(self.path.name + suffix) for suffix in suffixes]
        lock_path = self.path.with_name(self.path.name + ".lock")
        if lock and not lock_path.exists():
            created.append(lock_path)
        try:
            if lock:
                self._lock_file = self._acquire_lock()
            self._open(self.path)
        except (sqlite3.Error, OSError, ArchiveUnwritable) as exc:
            db = getattr(self, "db", None)
            if db is not None:
                db.close()
            for leftover in created:
                with contextlib.suppress(OSError):  # e.g. a read-only folder: nothing was created
                    leftover.unlink(missing_ok=True)  # the lock file too, before its flock is released
            if self._lock_file is not None:
                self._lock_file.close()
                self._lock_file = None
            _remove_folders(created_folders)
            if isinstance(exc, ArchiveUnwritable):
                raise
            reason = exc.strerror if isinstance(exc, OSError) else str(exc)
            raise ArchiveUnwritable(f"cannot open {self.path} as an archive ({reason})") from None

    def _open(self, path: Path | str) -> None:
        self.db = Database(path)
        # Readers (Datasette, sqlite3) may hold the file while a crawl writes: wait, don't fail.
        self.db.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout * 1000)}")
        if str(path) != ":memory:":
            self.db.enable_wal()
            # NORMAL is safe in WAL mode against process kills; only an OS crash may lose the
            # newest transactions, never consistency.
            self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("PRAGMA foreign_keys = ON")
        search.register_functions(self.db.conn)  # parkcrawler_fts_query() etc., for SQL over the index
        MIGRATIONS.apply(self.db)

    def _acquire_lock(self):
        handle = lock_archive(self.path)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {utcnow()}")
        handle.flush()
        return handle

    # -- transactions -------------------------------------------------------------------

    def _write(self, kind: str = "writes") -> None:
        """Count one logical write of `kind`; open a batch transaction if none is open."""
        self._pending += 1
        self._pending_kinds[kind] += 1  # counted first: if beginning fails, this write is lost too
        if not self.db.conn.in_transaction:
            self.db.begin()
            self._batch_started = time.monotonic()

    def _write_failed(self, exc: BaseException) -> ArchiveWriteError:
        """Roll the batch back (SQLite may have done so already) and say what it held."""
        lost, lost_outcomes = self._pending_kinds, self._pending_outcomes
        self._pending, self._pending_kinds, self._pending_outcomes = 0, Counter(), Counter()
        with contextlib.suppress(sqlite3.Error):
            if self.db.conn.in_transaction:
                self.db.conn.rollback()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return ArchiveWriteError(f"cannot write to {self.path}: {reason}", lost, lost_outcomes)

    def maybe_commit(self) -> None:
        if self._pending >= self.batch_size or (
            self._pending and time.monotonic() - self._batch_started >= self.batch_seconds
        ):
            self.commit()

    @_guarded
    def commit(self) -> None:
        self.db.commit()
        self._pending = 0
        self._pending_kinds.clear()
        self.outcomes.update(self._pending_outcomes)
        self._pending_outcomes.clear()

    def close(self) -> None:
        """Commit and close; the lock is released and the connection closed even when the commit fails."""
        try:
            self.commit()
        finally:
            with contextlib.suppress(sqlite3.Error):
                self.db.close()
            if self._lock_file is not None:
                self._lock_file.close()  # releases the flock
                self._lock_file = None

    def close_quietly(self) -> None:
        """Close after a failed write: roll back what is open, release the lock, raise nothing."""
        with contextlib.suppress(sqlite3.Error):
            if self.db.conn.in_transaction:
                self.db.conn.rollback()
        with contextlib.suppress(sqlite3.Error):
            self.db.close()
        if self._lock_file is not None:
            self._lock_file.close()
            self._lock_file = None

    # -- runs -----------------------------------------------------------------------------

    @_guarded
    def start_run(self, spider: str, site: str, mode: str | None = None) -> int:
        # A run still marked running was killed: it never reached finish_run.
        self.db.execute(
            "UPDATE crawl_runs SET status = 'interrupted' WHERE status = 'running' AND site = ?", [site]
        )
        table = self.db["crawl_runs"]
        table.insert(
            {"spider": spider, "site": site, "mode": mode, "started_at": utcnow(), "status": "running"}
        )
        return table.last_pk

    @_guarded
    def set_run_mode(self, run_id: int, mode: str | None) -> None:
        self.db["crawl_runs"].update(run_id, {"mode": mode})

    @_guarded
    def finish_run(
        self,
        run_id: int,
        reason: str,
        stats: dict,
        *,
        health: str | None = None,
        problems: list[str] | None = None,
        coverage: dict | None = None,
        status: str = "finished",
    ) -> dict:
        self.prune_excerpts()
        self.commit()  # the counts are of what is stored
        counts = self.run_counts(run_id)
        self.db["crawl_runs"].update(
            run_id,
            {
                "finished_at": utcnow(),
                "status": status,
                "finish_reason": reason,
                "health": health,
                "problems": json.dumps(problems or [], ensure_ascii=False),
                "coverage": json.dumps(coverage or {}, ensure_ascii=False, sort_keys=True),
                "requests": stats.get("downloader/request_count", 0),
                **counts,
                "stats": json.dumps(stats, default=str, ensure_ascii=False, sort_keys=True),
            },
        )
        self.commit()
        return counts

    def prune_excerpts(self) -> int:
        """Forget excerpts no related link shows any more (after new draws or a reparse); returns how many."""
        return self.db.execute(
            "DELETE FROM related_excerpts WHERE id NOT IN"
            " (SELECT excerpt_id FROM related_link_rows WHERE excerpt_id IS NOT NULL)"
        ).rowcount

    def run_counts(self, run_id: int) -> dict:
        def count(table: str) -> int:
            return self.db.execute(f"SELECT count(*) FROM {table} WHERE run_id = ?", [run_id]).fetchone()[0]

        return {
            "pages_stored": count("pages"),
            "articles_new": self.outcomes["new"],
            "articles_updated": self.outcomes["updated"],
            "articles_unchanged": self.outcomes["unchanged"],
            "failures": count("failures"),
            "skipped": count("skipped_urls"),
        }

    # -- raw pages, failures, skips ------------------------------------------------------

    @_guarded
    def record_page(
        self,
        run_id: int,
        url: str,
        status: int,
        headers: dict[str, list[str]],
        body: bytes,
        fetched_at: str,
        dictionary: str | None = None,
    ) -> None:
        """A raw response; `dictionary` names the zstd dictionary of the site's family (compress)."""
        self._write("pages")
        self.db["pages"].insert(
            {
                "run_id": run_id,
                "url": url,
                "fetched_at": fetched_at,
                "status": status,
                "headers": json.dumps(headers, ensure_ascii=False),
                "body": compress(body, dictionary),
                "body_size": len(body),
            }
        )
        self.maybe_commit()

    @_guarded
    def record_failure(
        self,
        run_id: int,
        url: str,
        kind: str,
        reason: str,
        status: int | None = None,
        found_on: str | None = None,
    ) -> None:
        self._write("failures")
        self.db["failures"].upsert(
            {
                "run_id": run_id,
                "url": url,
                "kind": kind,
                "status": status,
                "reason": reason,
                "found_on": found_on,
                "failed_at": utcnow(),
            },
            pk=("run_id", "url"),
        )
        self.maybe_commit()

    @_guarded
    def record_skip(self, run_id: int, url: str, policy: str, found_on: str | None = None) -> None:
        self._write("skipped URLs")
        # The statement sqlite_utils' insert(..., ignore=True) runs, without the eight schema queries and the
        # read-back it adds to each call: a DedeCMS crawl records four CMS-internal links per article.
        self.db.conn.execute(_INSERT_SKIP, (run_id, url, policy, found_on))
        self.maybe_commit()

    # -- articles -------------------------------------------------------------------------

    @_guarded
    def save_article(self, run_id: int, article: Article) -> str:
        """Insert or update one article with everything hanging off it. Returns new|updated|unchanged."""
        self._write("articles")
        with self.db.atomic():
            outcome, identical = self._upsert_article(run_id, article)
            self._pending_outcomes[outcome] += 1
            # Identical: every row it would write is already there (a reparse with unchanged rules and
            # pages); rewriting the children and the index would change nothing but the file's pages.
            if not identical:
                self._replace_children(article)
                search.index_article(self.db, article.url)  # the index follows every insert and update
                if article.views is not None:
                    self.db["views_history"].insert(
                        {
                            "url": article.url,
                            "observed_at": article.views_observed_at or article.fetched_at,
                            "views": article.views,
                            "source": "article",
                            "run_id": run_id,
                        },
                        replace=True,
                    )
        self.maybe_commit()
        return outcome

    def _upsert_article(self, run_id: int, article: Article) -> tuple[str, bool]:
        """(new|updated|unchanged, whether the row and its children are already exactly as given)."""
        table = self.db["articles"]
        now = utcnow()
        digest = content_hash(article)
        old = self._row("articles", "url", article.url)
        published_at, precision = self._best_date(article, old)
        views, views_observed_at = article.views, article.views_observed_at
        if views is None:
            # A page that prints no count (DedeCMS's is a script): the newest a list page showed, if one
            # was seen before the article was archived.
            seen = self.db.execute(
                "SELECT views, observed_at FROM views_history WHERE url = ?"
                " ORDER BY observed_at DESC LIMIT 1",
                [article.url],
            ).fetchone()
            if seen:
                views, views_observed_at = seen
        row = {
            "url": article.url,
            "site": article.site,
            "post_id": article.post_id,
            "title": article.title,
            "published_at": published_at,
            "published_precision": precision,
            "date_display": article.date_display,
            "views": views,
            "views_observed_at": views_observed_at,
            "author": article.author,
            "category": article.category,
            "category_url": article.category_url,
            "tags": json.dumps(article.tags, ensure_ascii=False),
            "source": article.source,
            "original_title": article.original_title,
            "body": article.body,
            "body_html": article.body_html,
            "images": json.dumps(article.images, ensure_ascii=False),
            "warnings": json.dumps(article.warnings, ensure_ascii=False),
            "extraction": article.extraction,
            "fetched_at": article.fetched_at,
            "content_hash": digest,
            "last_run_id": run_id,
        }
        if old is None:
            table.insert({**row, "first_seen_at": now, "changed_at": now})
            return "new", False
        changed = old["content_hash"] != digest
        if not changed and all(old[k] == v for k, v in row.items()) and self._children_equal(article):
            return "unchanged", True
        table.update(article.url, {**row, "changed_at": now} if changed else row)
        return ("updated" if changed else "unchanged"), False

    def _row(self, table: str, key: str, value: object) -> dict | None:
        """One row by its primary key, as a dict; sqlite_utils' Table.get asks SQLite for the table list and
        its primary keys on every call (three queries instead of one: a fifth of reparse's writing)."""
        cursor = self.db.execute(f"SELECT * FROM [{table}] WHERE [{key}] = ?", [value])
        row = cursor.fetchone()
        return None if row is None else dict(zip([d[0] for d in cursor.description], row, strict=True))

    def _best_date(self, article: Article, old: dict | None) -> tuple[str | None, str | None]:
        """The most exact date known: the page's, feed.php's, or what an earlier run found."""
        candidates = [(article.published_at, article.published_precision)]
        feed = self.db.execute(
            "SELECT published_at FROM feed_entries WHERE url = ?", [article.url]
        ).fetchone()
        if feed:
            candidates.append((feed[0], "datetime"))
        if old:
            candidates.append((old["published_at"], old["published_precision"]))
        candidates = [c for c in candidates if c[0]]
        if not candidates:
            return None, None
        # max() keeps the first of equals: today's page beats an equally vague older reading.
        return max(candidates, key=lambda c: PRECISION_RANK.get(c[1] or "", 0))

    def _children_equal(self, article: Article) -> bool:
        related = self.db.execute(
            "SELECT url, title, excerpt, excerpt_raw, image, observed_at FROM related_links"
            " WHERE article_url = ? ORDER BY position",
            [article.url],
        ).fetchall()
        seen = article.fetched_at
        want = [(r.url, r.title, r.excerpt, r.excerpt_raw, r.image, seen) for r in article.related]
        if related != want:
            return False
        removed = self.db.execute(
            "SELECT position, family, rule, text FROM removed_blocks WHERE article_url = ? ORDER BY seq",
            [article.url],
        ).fetchall()
        return removed == [(b.position, b.family, b.rule, b.text) for b in article.removed]

    def _replace_children(self, article: Article) -> None:
        # Related posts are drawn at random on every page load: the latest draw replaces the last.
        # (An excerpt no link refers to any more stays until prune_excerpts: it is usually shown again.)
        self.db.execute("DELETE FROM related_link_rows WHERE article_url = ?", [article.url])
        self.db["related_link_rows"].insert_all(
            {
                "article_url": article.url,
                "position": i,
                "url": link.url,
                "title": link.title,
                "excerpt_id": _excerpt_id(self.db, link.excerpt, link.excerpt_raw),
                "image": link.image,
                "observed_at": article.fetched_at,
            }
            for i, link in enumerate(article.related)
        )
        self.db.execute("DELETE FROM removed_blocks WHERE article_url = ?", [article.url])
        self.db["removed_blocks"].insert_all(
            {
                "article_url": article.url,
                "seq": i,
                "position": block.position,
                "family": block.family,
                "rule": block.rule,
                "text": block.text,
            }
            for i, block in enumerate(article.removed)
        )

    @_guarded
    def save_list(self, run_id: int, listing: ListPage) -> None:
        """What a list page shows of each article: its view count now, and its date (maybe sharper)."""
        self._write("list pages")
        with self.db.atomic():
            for entry in listing.entries:
                if entry.views is not None:
                    # insert(..., replace=True)'s statement alone (see record_skip): every entry of a
                    # DedeCMS list prints its views, ten per list page.
                    self.db.conn.execute(
                        _INSERT_VIEWS, (entry.url, listing.observed_at, entry.views, "list", run_id)
                    )
                    self.db.execute(
                        "UPDATE articles SET views = ?, views_observed_at = ? WHERE url = ?"
                        " AND (views_observed_at IS NULL OR views_observed_at < ?)",
                        [entry.views, listing.observed_at, entry.url, listing.observed_at],
                    )
                if entry.published_at:
                    self._sharpen_date(entry.url, entry.published_at, entry.published_precision)
        self.maybe_commit()

    def _sharpen_date(self, url: str, published_at: str, precision: str | None) -> None:
        rank = PRECISION_RANK.get(precision or "", 0)
        cases = " ".join(f"WHEN '{name}' THEN {r}" for name, r in PRECISION_RANK.items())
        self.db.execute(
            "UPDATE articles SET published_at = ?, published_precision = ? WHERE url = ?"
            f" AND coalesce(CASE published_precision {cases} END, 0) < ?",
            [published_at, precision, url, rank],
        )

    @_guarded
    def save_feed(self, feed: FeedPage) -> int:
        """Keep feed.php's exact times, and sharpen the dates of articles already archived."""
        self._write("feeds")
        now = utcnow()
        with self.db.atomic():
            for entry in feed.entries:
                self.db.execute(
                    "INSERT INTO feed_entries (url, title, published_at, first_seen_at, last_seen_at)"
                    " VALUES (?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET"
                    " title = excluded.title, published_at = excluded.published_at,"
                    " last_seen_at = excluded.last_seen_at",
                    [entry.url, entry.title, entry.published_at, now, now],
                )
                self._sharpen_date(entry.url, entry.published_at, "datetime")
        self.maybe_commit()
        return len(feed.entries)

    # -- what a run fetches ------------------------------------------------------------------

    def crawl_state(
        self,
        site: str,
        *,
        full: bool,
        refresh_days: float,
        due_max: int,
        is_article: Callable[[str], bool] | None = None,
    ) -> CrawlState:
        """Incremental by default once the archive has articles; `full` forces a complete pass.
        `is_article` (the site's URL rules) says which failed URLs were articles worth retrying."""
        titles = dict(self.db.execute("SELECT url, title FROM articles WHERE site = ?", [site]).fetchall())
        if full or not titles:
            return CrawlState("full", titles)
        # A complete run (nothing cut it short) saw every article the site listed: what was archived
        # by its end is settled, and an incremental run may stop paging at a page of settled articles.
        # What a killed run archived is not: the next run walks past it.
        settled_at = self.db.execute(
            "SELECT max(finished_at) FROM crawl_runs WHERE site = ? AND status = 'finished'"
            " AND finish_reason = 'finished' AND mode IN ('full', 'incremental')",
            [site],
        ).fetchone()[0]
        settled = {
            row[0]
            for row in self.db.execute(
                "SELECT url FROM articles WHERE site = ? AND first_seen_at <= ?", [site, settled_at or ""]
            )
        }
        return CrawlState("incremental", titles, settled, self._due(site, refresh_days, due_max, is_article))

    def _due(
        self, site: str, refresh_days: float, limit: int, is_article: Callable[[str], bool] | None = None
    ) -> list[str]:
        """Articles to refetch this run: transient failures not since archived, then the stalest."""
        failed = (
            row[0]
            for row in self.db.execute(
                "SELECT DISTINCT f.url FROM failures f JOIN crawl_runs r ON r.id = f.run_id"
                " WHERE r.site = ? AND (f.kind = 'network' OR f.status >= 500 OR f.status = 429)"
                " AND f.url NOT IN (SELECT url FROM articles) ORDER BY f.url",
                [site],
            )
        )
        # Only article pages are retried on their own: a list page is reached again from its neighbours.
        retry = list(itertools.islice((u for u in failed if is_article is None or is_article(u)), limit))
        stale = []
        if refresh_days > 0:
            cutoff = datetime.fromtimestamp(time.time() - refresh_days * 86400, UTC).isoformat(
                timespec="seconds"
            )
            stale = [
                row[0]
                for row in self.db.execute(
                    "SELECT url FROM articles WHERE site = ? AND fetched_at < ? ORDER BY fetched_at LIMIT ?",
                    [site, cutoff, max(0, limit - len(retry))],
                )
            ]
        return retry + stale

    # -- reparse and learning -------------------------------------------------------------

    def stored_responses(self, status: int = 200) -> Iterator[tuple[int, str, str]]:
        """(page id, URL fetched, fetched_at) of every stored response with this status, oldest first."""
        yield from self.db.execute(
            "SELECT id, url, fetched_at FROM pages WHERE status = ? ORDER BY fetched_at, id", [status]
        )

    def stored_response(self, page_id: int) -> dict:
        """One stored response: its row with `headers` decoded and `body` decompressed."""
        row = self._row("pages", "id", page_id)
        if row is None:
            raise NotFoundError(f"no page {page_id}")
        return {**row, "headers": json.loads(row["headers"] or "{}"), "body": decompress(row["body"])}

    def run_views(self, run_id: int) -> int:
        """How many of the articles this run saved have a view count (their page's or a list page's)."""
        self.commit()
        row = self.db.execute("SELECT count(views) FROM articles WHERE last_run_id = ?", [run_id]).fetchone()
        return row[0]

    def latest_response(self, url: str, status: int = 200) -> dict | None:
        """The most recent stored response of this exact URL with this status (stored_response's form)."""
        row = self.db.execute(
            "SELECT id FROM pages WHERE url = ? AND status = ? ORDER BY fetched_at DESC, id DESC LIMIT 1",
            [url, status],
        ).fetchone()
        return self.stored_response(row[0]) if row else None

    def article_states(self, site: str | None = None) -> dict[str, dict]:
        """What reparse compares against: each article's cleaned fields and how many blocks it removed."""
        where, params = ("WHERE a.site = ?", [site]) if site else ("", [])
        rows = self.db.query(
            "SELECT a.url, a.site, a.body, a.source, a.original_title, a.warnings,"
            " (SELECT count(*) FROM removed_blocks r WHERE r.article_url = a.url) AS removed"
            f" FROM articles a {where} ORDER BY a.url",
            params,
        )
        return {row["url"]: row for row in rows}

    @_guarded
    def replace_templates(self, site: str, rows: list[dict], learned_at: str) -> None:
        """Replace a site's learned templates (rows: key, text, articles, site_articles), atomically."""
        self._write("templates")
        with self.db.atomic():
            self.db.execute("DELETE FROM learned_templates WHERE site = ?", [site])
            self.db["learned_templates"].insert_all(
                {**row, "site": site, "learned_at": learned_at} for row in rows
            )
        self.commit()

    def learned_templates(self, site: str) -> list[dict]:
        return list(self.db.query("SELECT * FROM learned_templates WHERE site = ? ORDER BY key", [site]))

    # -- reading ----------------------------------------------------------------------------

    def run_report(self) -> dict:
        """What the latest run left: the run, every article in brief, table sizes, its failures and skips."""
        run = next(self.db.query("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1"))
        articles = list(
            self.db.query(
                "SELECT a.post_id, a.published_at, a.published_precision, a.category, a.views,"
                " length(a.body) AS chars,"
                " (SELECT count(*) FROM removed_blocks r WHERE r.article_url = a.url) AS junk, a.title"
                " FROM articles a ORDER BY a.post_id DESC"
            )
        )
        tables = ("articles", "related_links", "removed_blocks", "pages", "failures")
        return {
            "run": run,
            "articles": articles,
            "counts": {t: self.db[t].count for t in tables},
            "failures": list(self.db.query("SELECT url, reason FROM failures WHERE run_id = ?", [run["id"]])),
            "skipped": Counter(
                r["policy"]
                for r in self.db.query("SELECT policy FROM skipped_urls WHERE run_id = ?", [run["id"]])
            ),
        }

    def iter_articles(self, *, site: str | None = None) -> Iterator[dict]:
        """Every article with its tags and related links decoded: one record per article."""
        where, params = ("WHERE site = ?", [site]) if site else ("", [])
        for row in self.db.query(f"SELECT * FROM articles {where} ORDER BY published_at DESC, url", params):
            row["tags"] = json.loads(row["tags"] or "[]")
            row["images"] = json.loads(row["images"] or "[]")
            row["warnings"] = json.loads(row["warnings"] or "[]")
            row["related"] = list(
                self.db.query(
                    "SELECT url, title, excerpt FROM related_links WHERE article_url = ? ORDER BY position",
                    [row["url"]],
                )
            )
            yield row


# -- reading without writing (the analyst's commands and `serve`) -----------------------------------------

# What the read side needs of the schema: the tables of m001 and the index and views of m002. Archives
# missing a later migration (e.g. m003's learned_templates) are still readable.
READ_REQUIRES = ("m001_initial", "m002_search")
# How long a reader waits for a crawl's checkpoint or WAL reset instead of failing with
# "database is locked" (milliseconds).
READ_BUSY_TIMEOUT_MS = 10_000


class ArchiveUnreadable(RuntimeError):
    """The file cannot be read as an archive by this version; the message says why and what to do."""


class ReadOnlyArchive(Archive):
    """An archive opened for reading only: `mode=ro`, so nothing (no migration, no WAL switch, no
    table) is ever written to the file, whatever it turns out to be. Archive's reading methods work;
    its writing methods fail with "attempt to write a readonly database"."""

    def __init__(
        self,
        path: str | os.PathLike,
        *,
        busy_timeout_ms: int = READ_BUSY_TIMEOUT_MS,
        requires: tuple[str, ...] = READ_REQUIRES,
    ):
        import sqlite3
        from urllib.parse import quote

        self.path = Path(path)
        self._lock_file = None
        self._pending = 0
        self.outcomes = Counter()
        uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
        try:
            conn = sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000)
        except sqlite3.OperationalError as e:
            raise ArchiveUnreadable(f"cannot open {path} ({e})") from None
        self.db = Database(conn)
        try:
            # The connect timeout is the busy handler already; the pragma states it for SQL readers.
            self.db.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
            self._check_schema(requires)
        except sqlite3.OperationalError as e:  # e.g. locked beyond the timeout: it may well be an archive
            conn.close()
            raise ArchiveUnreadable(f"cannot read {path} ({e})") from None
        except sqlite3.DatabaseError as e:  # "file is not a database"
            conn.close()
            raise ArchiveUnreadable(f"{path} is not a SQLite database ({e})") from None
        except ArchiveUnreadable:
            conn.close()
            raise
        search.register_functions(conn)

    def _check_schema(self, requires: tuple[str, ...]) -> None:
        applied = [m.name for m in MIGRATIONS.applied(self.db)]
        if not applied or "articles" not in self.db.table_names():
            raise ArchiveUnreadable(f"{self.path} is not a parkcrawler archive (no parkcrawler schema in it)")
        known = {m.name for m in MIGRATIONS._migrations}
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise ArchiveUnreadable(
                f"{self.path} was written by a newer parkcrawler (schema migrations {', '.join(unknown)}"
                " unknown to this version): upgrade parkcrawler to read it"
            )
        missing = [name for name in requires if name not in applied]
        if missing:
            raise ArchiveUnreadable(
                f"{self.path} is an archive from before the search index (schema migrations"
                f" {', '.join(missing)} missing): run `parkcrawler reindex --db {self.path}` once to"
                " upgrade it (that command writes to it; the others only read)"
            )

    def commit(self) -> None:  # nothing to commit: never written
        pass

    def close(self) -> None:
        self.db.close()
