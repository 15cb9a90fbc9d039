"""`parkcrawler probe URL` and `parkcrawler crawl URL`: any park site from its address (docs/generic.md).

probe fetches one page (the project's User-Agent, the http_proxy/https_proxy of the environment, robots.txt
obeyed, never a private host) and prints what a crawl would archive from it: the family recognised or
`generic`, the page type and why, every field, the cleaned body and the blocks cleaning removed with the
rule that removed each. It is how a user decides whether to add a site.

crawl runs `scrapy crawl generic -a start_urls=URL,...` with the project's settings, and exits with its
status (commands/crawl.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import replace
from datetime import UTC, datetime

import click

from parkcrawler.clean import Cleaner, clean_article
from parkcrawler.cli.util import project_settings
from parkcrawler.crawl.spiders.generic import site_for
from parkcrawler.crawl.spiders.site import SpiderArgumentError
from parkcrawler.extract.dates import parse_http_date
from parkcrawler.extract.html import ExtractionError
from parkcrawler.sites import Page, Site
from parkcrawler.sites.recognise import candidates


def fetch(url: str, user_agent: str, timeout: float) -> tuple[int, str | None, bytes, str | None]:
    """(status, Content-Type, body, Date) of one GET through the environment's proxies."""
    request = urllib.request.Request(url, headers={"User-Agent": user_agent})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310 - http(s) only, checked
            return (
                answer.status,
                answer.headers.get("Content-Type"),
                answer.read(),
                answer.headers.get("Date"),
            )
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type"), exc.read(), exc.headers.get("Date")


def recognise(site: Site, url: str, html: str, extra: dict) -> tuple[Site, str]:
    """The Site re-bound to a family whose fingerprints match and whose extractor reads the page."""
    for family, matched in candidates(html, extra):
        trial = replace(site, family=family)
        try:
            if trial.is_article(url):
                trial.extract_article(url, html)
            else:
                trial.extract_list(url, html)
        except Exception:  # noqa: BLE001, S112 - a family whose markup does not fit is not the site's
            continue
        return trial, f"{family.name} (fingerprints: {', '.join(matched)})"
    return site, "generic (no registered family's fingerprints and markup match)"


@click.command("probe")
@click.argument("url")
@click.option("--name", help="The site's name (default: the host without www.).")
@click.option("--body/--no-body", default=True, show_default=True, help="Print the cleaned body.")
def probe(url: str, name: str | None, body: bool) -> None:
    """Fetch one page and print what a crawl would archive from it."""
    settings = project_settings()
    try:
        site = site_for([url], name)
    except SpiderArgumentError as exc:
        raise click.ClickException(str(exc)) from exc
    agent = settings.get("USER_AGENT")
    timeout = settings.getfloat("DOWNLOAD_TIMEOUT")
    if settings.getbool("ROBOTSTXT_OBEY"):
        robots = urllib.robotparser.RobotFileParser()
        status, _, text, _ = fetch(site.base_url + "robots.txt", agent, timeout)
        robots.parse(text.decode("utf-8", "replace").splitlines() if status == 200 else [])
        if not robots.can_fetch(agent, url):
            raise click.ClickException(f"{url} is disallowed by the site's robots.txt: not fetched")
    status, ctype, raw, date = fetch(url, agent, timeout)
    click.echo(f"URL:        {url}")
    click.echo(f"HTTP:       {status} {ctype or ''}")
    if status != 200:
        raise click.ClickException(f"HTTP {status}: nothing to read")
    html = site.family.decode(raw, ctype)
    site, how = recognise(site, url, html, settings.getdict("SITE_FAMILIES"))
    if site.family.name != "generic":
        html = site.family.decode(raw, ctype)
    click.echo(f"Family:     {how}")
    page = site.resolve(url)
    if site.family.name == "generic":
        view = site.family.page_view(site, url, html)
        kind, reason = view.kind, view.reason
    else:
        kind = page.kind if isinstance(page, Page) else f"skipped ({page.policy})"
        reason = "the family's URL rules"
    click.echo(f"Page type:  {kind} ({reason})")
    if kind != "article":
        click.echo("Not archived as an article.")
        return
    try:
        article = site.extract_article(
            url, html, server_time=parse_http_date(date), fetched_at=datetime.now(UTC)
        )
    except ExtractionError as exc:
        raise click.ClickException(f"extraction failed: {exc}") from exc
    clean_article(article, Cleaner.for_site(site))
    for label, value in (
        ("Canonical", article.url),
        ("Title", article.title),
        (
            "Published",
            f"{article.published_at} ({article.published_precision}; shown as {article.date_display!r})",
        ),
        ("Author", article.author),
        ("Source", article.source),
        ("Category", article.category),
        ("Tags", ", ".join(article.tags)),
        ("Views", article.views),
        ("Images", len(article.images)),
        ("Related", len(article.related)),
        ("Extraction", article.extraction),
    ):
        click.echo(f"{label + ':':<12}{'' if value is None else value}")
    for warning in article.warnings:
        click.echo(f"Warning:    {warning}")
    if body:
        click.echo("\n--- body ---")
        click.echo(article.body or "")
    click.echo(f"\n--- removed blocks ({len(article.removed)}) ---")
    for block in article.removed:
        text = block.text.replace("\n", " / ")
        click.echo(f"[{block.family} / {block.rule}] {text[:160]}")


@click.command("crawl")
@click.argument("urls", nargs=-1, required=True)
@click.option("--db", "db_path", help="Archive file (default: the ARCHIVE_DB setting).")
@click.option("--name", help="The site's name in the archive (default: the host without www.).")
@click.option("--full", is_flag=True, help="Force a full pass.")
def crawl(urls: tuple[str, ...], db_path: str | None, name: str | None, full: bool) -> None:
    """Archive the site these URLs are on: `scrapy crawl generic -a start_urls=URL,...`."""
    command = [sys.executable, "-m", "scrapy", "crawl", "generic", "-a", "start_urls=" + ",".join(urls)]
    if name:
        command += ["-a", f"name={name}"]
    if full:
        command += ["-a", "full=1"]
    if db_path:
        command += ["-s", f"ARCHIVE_DB={db_path}"]
    env = {
        **os.environ,
        "SCRAPY_SETTINGS_MODULE": os.environ.get("SCRAPY_SETTINGS_MODULE", "parkcrawler.settings"),
    }
    sys.exit(subprocess.call(command, env=env))


COMMANDS = [probe, crawl]
