"""The analyst's commands: `parkcrawler search`, `stats`, `serve` and `reindex`.

Conventions as in sqlite-utils: `--db` names the archive (default: $PARKCRAWLER_DB, else ARCHIVE_DB),
tables for people and `--json` for programs, exit status 0 on success (also when nothing matches),
1 when the work failed (including a file that cannot be read as an archive: not SQLite, not an
archive, from a newer parkcrawler, or from before the search index), 2 for a usage error (no file at
all, a malformed option), with a message saying what to do.

search, stats, serve (and export) only read: they open the file `mode=ro` (store.ReadOnlyArchive) and
never write to it; reindex is the one of these that writes (and migrates an old archive).
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

import click

from parkcrawler.cli.util import (
    char_width,
    check_site,
    db_option,
    open_archive,
    pad,
    read_archive,
    text_width,
)
from parkcrawler.query import analyst
from parkcrawler.query import search as fulltext
from parkcrawler.store import Archive

# -- terminal tables ----------------------------------------------------------------------------------


def fit(text: str, width: int, marks: tuple[str, str] = ("", "")) -> str:
    """`text` cut to `width` columns (with …), marks not counted and never left open."""
    out, used, inside, i = [], 0, False, 0
    while i < len(text):
        for mark in marks:
            if mark and text.startswith(mark, i):
                out.append(mark)
                inside = mark == marks[0]
                i += len(mark)
                break
        else:
            w = char_width(text[i])
            if used + w > width - (1 if i < len(text) - 1 else 0):
                out.append("…" + (marks[1] if inside else ""))
                return "".join(out)
            out.append(text[i])
            used += w
            i += 1
    return "".join(out)


def table(rows: list[dict], columns: list[str], right: tuple[str, ...] = ()) -> str:
    """A plain aligned table (what `sqlite-utils --table` prints), CJK-width aware."""
    cells = [[("" if r.get(c) is None else str(r.get(c))) for c in columns] for r in rows]
    widths = [max([text_width(c)] + [text_width(row[i]) for row in cells]) for i, c in enumerate(columns)]
    aligns = [">" if c in right else "<" for c in columns]
    lines = ["  ".join(pad(c, w, a) for c, w, a in zip(columns, widths, aligns, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(pad(v, w, a) for v, w, a in zip(row, widths, aligns, strict=True)) for row in cells]
    return "\n".join(line.rstrip() for line in lines)


# -- search ---------------------------------------------------------------------------------------------


def _check_date(ctx, param, value):
    try:
        return fulltext.check_date(value, param.name) or None
    except ValueError as e:
        raise click.BadParameter(str(e)) from None


@click.command()
@click.argument("query")
@db_option
@click.option("--site", help="Only this site (e.g. shcfck).")
@click.option("--category", help="Only this category, exactly as archived (e.g. 园区动态).")
@click.option("--tag", help="Only articles with this tag (e.g. 松江产业园).")
@click.option("--source", help="Only copies from this original publisher (e.g. 东方财富).")
@click.option("--since", callback=_check_date, help="Published on or after: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--until", callback=_check_date, help="Published on or before: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1), help="Results at most.")
@click.option(
    "--order",
    type=click.Choice(list(fulltext.ORDERS)),
    default="relevance",
    show_default=True,
    help="Best matches first, or by date or views.",
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of results (tags decoded).")
@click.option("--color/--no-color", default=None, help="Highlight hits in colour [default: on a terminal].")
def search(query, db_path, site, category, tag, source, since, until, limit, order, as_json, color):
    """Full-text search of titles and bodies, best matches first, with snippets.

    \b
    QUERY: words separated by spaces must all occur; Chinese words match
    wherever their characters stand together (松江 finds 松江区, 医药 finds
    生物医药); Latin words match whole words in any case; "double quotes"
    keep a phrase with spaces; -word excludes. Examples:
      parkcrawler search 厂房 --category 上海厂房招商 --since 2026-01
      parkcrawler search 'G60科创走廊 -出租' --json
    """
    if not fulltext.parse_query(query):
        raise click.UsageError(f"nothing to search for in {query!r}: give a word (e.g. 厂房)")
    filters = dict(site=site, category=category, tag=tag, source=source, since=since, until=until)
    color = sys.stdout.isatty() if color is None else color
    marks = ("\x1b[1;31m", "\x1b[0m") if color and not as_json else ("[", "]")
    with read_archive(db_path) as archive:
        check_site(archive, site)
        _warn_if_stale(archive)
        rows = fulltext.search(archive.db, query, limit=limit, order=order, marks=marks, **filters)
        total = fulltext.count_matches(archive.db, query, **filters)
        why = _why_nothing(archive, query, filters) if not rows else ""
    if as_json:
        for row in rows:
            row["tags"] = json.loads(row["tags"] or "[]")
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    if not rows:
        click.echo(f"No articles match {query!r}: {why}.", err=True)
        return
    click.echo(_results_table(rows, marks), color=color)
    click.echo(f"\n{total} article(s) match; {len(rows)} shown, {order} first.", err=True)


def _why_nothing(archive: Archive, query: str, filters: dict) -> str:
    """Why a search found nothing: an empty archive, the filters, or the words themselves."""
    articles, _ = fulltext.index_counts(archive.db)
    if not articles:
        return f"the archive {archive.path} holds no articles yet (crawl first: scrapy crawl NAME)"
    used = {name: value for name, value in filters.items() if value}
    if used:
        unfiltered = fulltext.count_matches(archive.db, query)
        options = " ".join(f"--{name} {value}" for name, value in used.items())
        return f"{unfiltered} of {articles} articles match without {options}"
    return f"none of the {articles} articles holds it"


def _results_table(rows: list[dict], marks: tuple[str, str]) -> str:
    terminal = max(60, min(160, click.get_terminal_size()[0] if sys.stdout.isatty() else 120))
    listing = [
        {
            "#": i,
            "published": (row["published_at"] or "")[:10],
            "category": row["category"],
            "views": row["views"],
            "title": row["title_highlighted"],
        }
        for i, row in enumerate(rows, 1)
    ]
    lines = table(listing, ["#", "published", "category", "views", "title"], right=("#", "views"))
    lines = lines.split("\n")
    indent = len(lines[1]) - len(lines[1].split("  ")[-1])  # where the title column starts
    out = lines[:2]
    for line, row in zip(lines[2:], rows, strict=True):
        out.append(fit(line, terminal, marks))
        out.append(" " * indent + fit(row["snippet"], terminal - indent, marks))
        out.append(" " * indent + row["url"])
    return "\n".join(out)


def _warn_if_stale(archive: Archive) -> None:
    articles, indexed = fulltext.index_counts(archive.db)  # counts only (`stats` shows the full check)
    if articles != indexed:
        click.echo(
            f"warning: {articles} articles, {indexed} in the search index: run `parkcrawler reindex`",
            err=True,
        )


# -- stats ----------------------------------------------------------------------------------------------


RUN_TABLE = ("id", "site", "mode", "started_at", "status", "health", "finish_reason", "requests",
             "articles_new", "articles_updated", "failures", "skipped")  # fmt: skip


@click.command()
@db_option
@click.option(
    "--months", default=24, show_default=True, type=click.IntRange(0), help="Newest months; 0: all."
)
@click.option("--runs", default=5, show_default=True, type=click.IntRange(0), help="Last crawl runs to show.")
@click.option("--json", "as_json", is_flag=True, help="Print everything as one JSON object.")
def stats(db_path, months, runs, as_json):
    """What the archive holds: articles per site, category, source and month,
    how complete each field is, the last crawl runs, and the search index."""
    with read_archive(db_path) as archive:
        numbers = analyst.stats(archive.db, runs=runs)
        path = archive.path
    if months:
        numbers["by_month"] = numbers["by_month"][:months]
    if as_json:
        click.echo(json.dumps(numbers, ensure_ascii=False, indent=2))
        return
    index = numbers["index"]
    state = (
        "up to date"
        if not (index["missing"] or index["orphans"] or index["moved"])
        else "OUT OF STEP: run `parkcrawler reindex`"
    )
    click.echo(f"{path}: {numbers['articles']} articles; search index {index['indexed']} rows, {state}")
    coverage = [dict(c, share=f"{c['share']:.0%}") for c in numbers["coverage"]]
    runs_table = [
        dict(r, started_at=(r["started_at"] or "")[:19], finished_at=(r["finished_at"] or "")[:19])
        for r in numbers["last_runs"]
    ]
    sections = [
        ("Articles per site", numbers["by_site"], ["site", "articles", "first_published", "last_published"]),
        ("Articles per category", numbers["by_category"], ["category", "articles"]),
        ("Articles per source", numbers["by_source"], ["source", "articles"]),
        (f"Articles per month{f' (newest {months})' if months else ''}", numbers["by_month"],
         ["month", "articles"]),
        ("Coverage of fields (rows with a value)", coverage, ["column", "filled", "share"]),
        ("Last crawl runs", runs_table, [c for c in RUN_TABLE if runs_table and c in runs_table[0]]),
    ]  # fmt: skip
    numeric = (
        "articles",
        "filled",
        "share",
        "id",
        "requests",
        "articles_new",
        "articles_updated",
        "failures",
        "skipped",
    )
    for title, rows, columns in sections:
        click.echo(f"\n{title}\n" + (table(rows, columns, right=numeric) if rows else "(none)"))


# -- reindex --------------------------------------------------------------------------------------------


@click.command()
@db_option
def reindex(db_path):
    """Rebuild the full-text index from the articles table.

    Archive keeps the index in step on every write; rebuild after articles were
    changed by other means (sqlite3, sqlite-utils) or when `search`/`stats` say so.
    """
    started = time.monotonic()
    with open_archive(db_path, lock=True) as archive:  # a crawl's writes would wait minutes: not now
        count = fulltext.rebuild_index(archive.db)
    click.echo(f"Indexed {count} articles in {time.monotonic() - started:.1f} s.")


# -- serve ----------------------------------------------------------------------------------------------


@click.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("-p", "--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port.")
@click.option("-o", "--open", "open_browser", is_flag=True, help="Open the site in a web browser.")
@click.option("--print-metadata", is_flag=True, help="Print the Datasette metadata JSON and exit.")
@click.pass_context
def serve(ctx, db_path, host, port, open_browser, print_metadata):
    """Browse and search the archive in Datasette, read-only.

    The search box of articles and article_details finds two-character Chinese
    words like `parkcrawler search`; facets on category, tags, source and month;
    canned queries for common questions; charts at /-/parkcrawler/trends.
    Stop with Ctrl-C.
    """
    from datasette.cli import serve as datasette_serve

    from parkcrawler.query.datasette.metadata import build_metadata

    # Checked read-only before Datasette starts: a file that is no archive gets one line, not a
    # traceback, and nothing (no migration, no WAL switch) is written to it. Datasette then opens it
    # mode=ro itself.
    with read_archive(db_path) as archive:
        path = archive.path
    metadata = build_metadata(path.stem)  # Datasette names a database after its file
    if print_metadata:
        click.echo(json.dumps(metadata, ensure_ascii=False, indent=2))
        return
    _register_plugin()
    with tempfile.TemporaryDirectory(prefix="parkcrawler-serve-") as tmp:
        metadata_file = Path(tmp) / "metadata.json"
        metadata_file.write_text(json.dumps(metadata, ensure_ascii=False), encoding="utf-8")
        args = [str(path), "--metadata", str(metadata_file), "--host", host, "--port", str(port)]
        datasette_serve.main(args + (["--open"] if open_browser else []), prog_name=f"{ctx.command_path}")


def _register_plugin() -> None:
    """The plugin arrives through the `datasette` entry point once installed; make sure of it anyway
    (e.g. running from a checkout that was never pip-installed)."""
    from datasette.plugins import pm

    from parkcrawler.query import datasette as plugin

    if not pm.is_registered(plugin):
        pm.register(plugin, name="parkcrawler")


COMMANDS = (search, stats, serve, reindex)
