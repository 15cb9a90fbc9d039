"""The `parkcrawler` command: demo, export (and more as the analyst's side grows)."""

from __future__ import annotations

import csv
import json
import os
import sys
from itertools import islice
from pathlib import Path

import click

from parkcrawler.cli.util import (
    CommandListsSpiders,
    GroupListsSpiders,
    check_site,
    db_option,
    pad,
    project_settings,
    read_archive,
)
from parkcrawler.store import Archive

# Columns of `articles` that hold JSON arrays; exports decode them.
JSON_COLUMNS = ("tags", "images", "warnings")


@click.group(cls=GroupListsSpiders, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="parkcrawler")
def cli() -> None:
    """Crawl industrial-park sites into a clean SQLite archive, and work with that archive.

    The crawl itself is `scrapy crawl shcfck` (run it where scrapy.cfg is, or anywhere
    with SCRAPY_SETTINGS_MODULE=parkcrawler.settings).
    """


def run_crawl(spider: str, **setting_overrides) -> None:
    """Run one spider in this process with the project's settings (blocks until done)."""
    from scrapy.crawler import CrawlerProcess

    process = CrawlerProcess(project_settings(**setting_overrides))
    process.crawl(spider)
    process.start()


@cli.command(cls=CommandListsSpiders)
@click.option(
    "--db",
    "db_path",
    default="parkcrawler-demo.db",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="Archive file to write.",
)
@click.option("--keep", is_flag=True, help="Crawl into an existing demo archive instead of starting afresh.")
@click.option("--log-level", default="WARNING", show_default=True, help="Scrapy log level for the crawl.")
def demo(db_path: str, keep: bool, log_level: str) -> None:
    """Crawl a bundled offline copy of www.shcfck.com and show what was archived.

    The copy is served on localhost by this command and reached as the real site through
    the standard http_proxy mechanism, so the crawl is exactly what `scrapy crawl shcfck`
    does on the internet, minus the politeness delays.
    """
    from parkcrawler.testsite import SiteEmulator, serve

    path = Path(db_path)
    if not keep:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    with serve(SiteEmulator.default()) as server:
        click.echo(
            f"Serving the sample site on {server.proxy_url}; crawling http://www.shcfck.com/ through it ..."
        )
        os.environ["http_proxy"] = server.proxy_url
        for name in ("no_proxy", "NO_PROXY"):
            os.environ.pop(name, None)
        run_crawl(
            "shcfck",
            ARCHIVE_DB=str(path),
            DOWNLOAD_DELAY=0,
            AUTOTHROTTLE_ENABLED=False,
            CONCURRENT_REQUESTS_PER_DOMAIN=8,
            LOG_LEVEL=log_level,
        )
    print_summary(path)


def print_summary(path: Path) -> None:
    archive = Archive(path)
    report = archive.run_report()
    archive.close()
    run = report["run"]
    click.echo(f"\nArchived into {path} (run {run['id']}, {run['finish_reason']}):\n")
    header = f"{'post':>5}  {'published':<16} {'date is':<13} {pad('category', 12)} views chars junk  title"
    click.echo(header)
    for row in report["articles"]:
        click.echo(
            f"{row['post_id']:>5}  {row['published_at'][:16].replace('T', ' '):<16}"
            f" {row['published_precision'] or '':<13} {pad(row['category'] or '', 12)}"
            f" {row['views'] or 0:>5} {row['chars'] or 0:>5} {row['junk']:>4}  {row['title'][:40]}"
        )
    click.echo("\n" + ", ".join(f"{n} {t}" for t, n in report["counts"].items()))
    for row in report["failures"]:
        click.echo(f"  failed:  {row['url']}  ({row['reason']})")
    click.echo("  skipped: " + ", ".join(f"{n} {policy}" for policy, n in report["skipped"].most_common()))
    click.echo(
        f'\nTry:  sqlite-utils {path} "select post_id, title, category from articles limit 5" --table\n'
        f"      parkcrawler export --db {path} --limit 1"
    )


@cli.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Output file [default: stdout].",
)
@click.option("--site", default=None, help="Only articles of this site.")
@click.option("--limit", type=click.IntRange(1), default=None, help="The newest N articles only.")
@click.option(
    "--bom",
    is_flag=True,
    help="Start with a UTF-8 byte-order mark, so that Excel opens a CSV's Chinese text correctly.",
)
def export(db_path: str | None, fmt: str, output, site: str | None, limit: int | None, bom: bool) -> None:
    """Write one record per article, newest first, with its tags and related links included.

    JSON lines keep lists as lists; CSV writes tags, images and related links as JSON text
    in their cells, so nothing is lost. CSV lines end with CRLF, as Excel writes them.
    """
    if bom and fmt != "csv":
        raise click.UsageError("--bom is for --format csv (Excel): JSON lines have no byte-order mark")
    with read_archive(db_path) as archive:
        check_site(archive, site)
        if bom:
            output.write("\ufeff")  # EF BB BF once encoded: Excel otherwise guesses a legacy code page
        write_export(islice(archive.iter_articles(site=site), limit), fmt, output)


def write_export(rows, fmt: str, output) -> None:
    if fmt == "jsonl":
        for row in rows:
            output.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        writer = None
        for row in rows:
            flat = {
                k: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for k, v in row.items()
            }
            if writer is None:
                writer = csv.DictWriter(output, fieldnames=list(flat))
                writer.writeheader()
            writer.writerow(flat)


from parkcrawler.cli.analyst import COMMANDS  # noqa: E402, I001  the analyst's side: search, stats, serve, reindex

for _command in COMMANDS: cli.add_command(_command)  # noqa: E701  # fmt: skip

from parkcrawler.cli.reparse import reparse as _reparse  # noqa: E402, I001  re-extract and re-clean from stored pages

cli.add_command(_reparse)

from parkcrawler.cli.sites import sites as _sites  # noqa: E402, I001  the site profiles scrapy knows

cli.add_command(_sites)

from parkcrawler.cli.cluster import COMMANDS as _CLUSTER  # noqa: E402, I001  cluster mode: ingest, cluster (docs/scaling.md)

for _command in _CLUSTER: cli.add_command(_command)  # noqa: E701  # fmt: skip

from parkcrawler.cli.generic import COMMANDS as _GENERIC  # noqa: E402, I001  any site from its address: probe, crawl

for _command in _GENERIC: cli.add_command(_command)  # noqa: E701  # fmt: skip


def main() -> None:
    cli(prog_name="parkcrawler")


if __name__ == "__main__":
    sys.exit(main())
