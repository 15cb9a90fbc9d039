"""`parkcrawler sites`: the site profiles scrapy knows (packaged and the user's), with family and hosts."""

from __future__ import annotations

import json

import click

from parkcrawler.cli.util import project_settings
from parkcrawler.sites import ProfileError, sites_from_settings

profiles_option = click.option(
    "--profiles",
    "profile_dirs",
    multiple=True,
    type=click.Path(file_okay=False),
    help="A folder of your own profiles (*.toml), as SITE_PROFILES_DIRS; repeatable.",
)


def load(profile_dirs: tuple[str, ...]) -> dict:
    settings = project_settings()
    if profile_dirs:
        folders = [*settings.getlist("SITE_PROFILES_DIRS"), *profile_dirs]
        settings.set("SITE_PROFILES_DIRS", folders, "cmdline")
    try:
        return sites_from_settings(settings)
    except ProfileError as exc:
        raise click.ClickException(str(exc)) from exc


@click.command("sites")
@profiles_option
@click.option("--json", "as_json", is_flag=True, help="Print the profiles as JSON.")
def sites(profile_dirs: tuple[str, ...], as_json: bool) -> None:
    """The site profiles `scrapy crawl NAME` knows: name, family, hosts, start URLs and the profile file.

    Packaged profiles are in parkcrawler/sites/profiles/; add your own as TOML files in a folder named by
    the SITE_PROFILES_DIRS setting (README: "Adding a site"). A profile that cannot be read is an error
    naming the file and the field.
    """
    found = load(profile_dirs)
    rows = [
        {
            "name": site.name,
            "family": site.family.name,
            "title": site.title,
            "hosts": list(site.hosts),
            "start_urls": site.start_urls,
            "profile": site.source,
        }
        for site in sorted(found.values(), key=lambda s: s.name)
    ]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for row in rows:
        title = f" {row['title']}" if row["title"] else ""
        click.echo(f"{row['name']}  ({row['family']}){title}")
        click.echo(f"  hosts: {', '.join(row['hosts'])}")
        click.echo(f"  start: {', '.join(row['start_urls'])}")
        click.echo(f"  profile: {row['profile']}")
