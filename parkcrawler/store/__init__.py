"""The archive: schema and migrations (archive.py), the full-text index's write side (fts.py) and the
schema's views (views.py). Everything written to the SQLite file goes through `Archive`; the query side
(parkcrawler.query) reads it and nothing here imports the query side."""

from parkcrawler.store.archive import (
    MIGRATIONS,
    PRECISION_RANK,
    READ_BUSY_TIMEOUT_MS,
    Archive,
    ArchiveLocked,
    ArchiveUnreadable,
    ArchiveUnwritable,
    ArchiveWriteError,
    CrawlState,
    ReadOnlyArchive,
    check_unlocked,
    check_writable,
    compress,
    content_hash,
    decompress,
    lock_archive,
    utcnow,
)

__all__ = [
    "MIGRATIONS",
    "PRECISION_RANK",
    "READ_BUSY_TIMEOUT_MS",
    "Archive",
    "ArchiveLocked",
    "ArchiveUnreadable",
    "ArchiveUnwritable",
    "ArchiveWriteError",
    "CrawlState",
    "ReadOnlyArchive",
    "check_unlocked",
    "check_writable",
    "compress",
    "content_hash",
    "decompress",
    "lock_archive",
    "utcnow",
]
