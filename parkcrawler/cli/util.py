"""What every `parkcrawler` command shares: settings, the --db option, opening the archive, and
terminal widths for Chinese text."""

from __future__ import annotations

import os
import sqlite3
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from parkcrawler.crawl.project import project_settings  # noqa: F401  re-exported for the commands
from parkcrawler.query import analyst
from parkcrawler.store import Archive, ArchiveLocked, ArchiveUnreadable, ReadOnlyArchive


def default_db() -> str:
    return os.environ.get("PARKCRAWLER_DB") or project_settings().get("ARCHIVE_DB")


db_option = click.option(
    "--db",
    "db_path",
    default=None,
    type=click.Path(dir_okay=False),
    help="Archive file [default: $PARKCRAWLER_DB or ARCHIVE_DB].",
)


def archive_path(db_path: str | None) -> Path:
    path = Path(db_path or default_db())
    if not path.exists():
        raise click.UsageError(
            f"no archive at {path}: crawl first (scrapy crawl shcfck), try `parkcrawler demo`, or pass --db"
        )
    return path


@contextmanager
def open_archive(db_path: str | None, *, lock: bool = False) -> Iterator[Archive]:
    """The archive, migrated (an archive from before the search index gets it built here); with
    `lock`, as its only writer (no crawl may write it meanwhile)."""
    path = archive_path(db_path)
    try:
        # Checked read-only first: migrating is for archives, not for any SQLite file (or one written by
        # a newer parkcrawler, whose schema this code must not touch).
        ReadOnlyArchive(path, requires=("m001_initial",)).close()
    except ArchiveUnreadable as e:
        raise click.ClickException(str(e)) from None
    try:
        archive = Archive(path, lock=lock)
    except ArchiveLocked as e:
        raise click.ClickException(str(e)) from None
    except sqlite3.DatabaseError as e:
        raise click.ClickException(f"cannot open {path} as an archive: {e}") from None
    try:
        yield archive
    finally:
        archive.close()


@contextmanager
def read_archive(db_path: str | None) -> Iterator[ReadOnlyArchive]:
    """The archive opened read-only, for the commands that only read (search, stats, export, serve):
    they never change the file, even when it is not an archive. A file that is not SQLite, not an
    archive, from a newer parkcrawler, or from before the search index is refused with one line
    (exit status 1) saying what to do."""
    path = archive_path(db_path)
    try:
        archive = ReadOnlyArchive(path)
    except ArchiveUnreadable as e:
        raise click.ClickException(str(e)) from None
    try:
        yield archive
    finally:
        archive.close()


def spider_names() -> list[str]:
    """The spiders `scrapy crawl NAME` knows: the project's spider modules and every site profile."""
    from scrapy.spiderloader import get_spider_loader

    return sorted(get_spider_loader(project_settings()).list())


class _SpiderEpilog:
    """--help ends with the spiders there are (looked up only when help is shown: loading the spiders
    imports every site's code)."""

    def format_epilog(self, ctx, formatter) -> None:
        super().format_epilog(ctx, formatter)
        formatter.write_paragraph()
        formatter.write_text(f"Spiders (scrapy crawl NAME): {', '.join(spider_names())}.")


class GroupListsSpiders(_SpiderEpilog, click.Group):
    pass


class CommandListsSpiders(_SpiderEpilog, click.Command):
    pass


def check_site(archive: Archive, site: str | None) -> None:
    """A --site the archive does not hold is a usage error that names the sites it does hold."""
    if site is None:
        return
    sites = analyst.sites(archive.db)
    if site not in sites:
        raise click.UsageError(
            f"no articles of site {site!r} in {archive.path}: it holds {', '.join(sites) or 'none'}"
            f" (spiders: {', '.join(spider_names())})"
        )


def char_width(ch: str) -> int:
    """Columns a character takes in a terminal: CJK and full-width characters take two."""
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def text_width(text: str) -> int:
    return sum(char_width(c) for c in text)


def pad(text: str, width: int, align: str = "<") -> str:
    gap = " " * max(0, width - text_width(text))
    return gap + text if align == ">" else text + gap
