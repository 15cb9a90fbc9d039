"""`parkcrawler reparse`: the command line of parkcrawler.crawl.reparse."""

from __future__ import annotations

import json

import click

from parkcrawler.cli.sites import load as load_sites
from parkcrawler.cli.sites import profiles_option
from parkcrawler.cli.util import db_option, open_archive, project_settings
from parkcrawler.crawl.reparse import reparse_site


@click.command("reparse")
@db_option
@click.option("--site", default=None, help="Only this site [default: every site in the archive].")
@click.option("--no-learn", is_flag=True, help="Use the stored templates instead of learning them again.")
@click.option("--dry-run", is_flag=True, help="Report what would change; write nothing.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=None,
    help="Processes for extraction and cleaning: 0 one per CPU, 1 this process only"
    " [default: REPARSE_WORKERS, 0]. Archives of under 200 articles stay in one process.",
)
@profiles_option
def reparse(
    db_path: str | None,
    site: str | None,
    no_learn: bool,
    dry_run: bool,
    as_json: bool,
    workers: int | None,
    profile_dirs: tuple[str, ...],
) -> None:
    """Re-extract and re-clean every archived article from its stored raw page, without refetching.

    Learns each site's template paragraphs from the raw pages first (unless --no-learn), then saves
    every article through the archive as a crawl would, and reports what changed: articles touched,
    characters removed and restored. Safe to interrupt and to run again.
    """
    known = load_sites(profile_dirs)
    if workers is None:
        workers = project_settings().getint("REPARSE_WORKERS")
    if site and site not in known:
        raise click.UsageError(f"unknown site {site!r}: one of {', '.join(sorted(known))}")
    with open_archive(db_path, lock=not dry_run) as archive:
        names = [site] if site else sorted({s["site"] for s in archive.article_states().values()})
        if unknown := [name for name in names if name not in known]:
            raise click.ClickException(
                f"the archive holds sites no profile describes: {', '.join(unknown)} (add their profiles to a"
                " folder in SITE_PROFILES_DIRS, or reparse the others with --site)"
            )
        reports = []
        for name in names:
            reports.append(
                reparse_site(archive, known[name], learn=not no_learn, dry_run=dry_run, workers=workers)
            )
            if reports[-1].interrupted:
                break
    if as_json:
        click.echo(json.dumps([vars(r) for r in reports], ensure_ascii=False, indent=1))
    else:
        for report in reports:
            click.echo("\n".join(report.lines(dry_run)))
    if any(r.interrupted for r in reports):
        raise SystemExit(130)
