"""Site profiles as data: a fourth site of a known family is one TOML file in a folder, no code.

The end-to-end test serves the tpure emulator under another host (a second Z-BlogPHP + tpure site, as
park sites on one theme are), writes that site's profile into a temporary folder, and crawls it with
`scrapy crawl <name> -s SITE_PROFILES_DIRS=<folder>`: nothing in the package is touched.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from crawling import FAST, ROOT, crawl_env

from parkcrawler.sites import ProfileError, load_sites, packaged_site, site_from_profile
from parkcrawler.testsite import SiteEmulator, serve

NEW_HOST = "www.xinpark.example.cn"
OLD = (b"www.shcfck.com", b"//shcfck.com")
NEW = (NEW_HOST.encode(), b"//xinpark.example.cn")

PROFILE = f"""
# A second park site on Z-BlogPHP + tpure: a profile is all it takes.
name = "xinpark"
family = "zblog-tpure"
title = "新园区招商网"
base_url = "http://{NEW_HOST}/"
hosts = ["{NEW_HOST}", "xinpark.example.cn"]
start_paths = ["/", "/feed.php", "/sitemap.xml"]
"""


class OtherHost:
    """An emulator served under another host: requests are mapped back, and the pages' own absolute
    links (the CMS prints them with the host) are rewritten, as a second site on the theme would print."""

    def __init__(self, inner: SiteEmulator):
        self.inner = inner

    def handle(self, method: str, url: str):
        parts = urlsplit(url)
        host = {NEW_HOST: "www.shcfck.com", "xinpark.example.cn": "shcfck.com"}.get(parts.hostname or "")
        if host is None:
            return self.inner.handle(method, urlunsplit(parts._replace(netloc="elsewhere.invalid")))
        response = self.inner.handle(method, urlunsplit(parts._replace(netloc=host)))
        body = response.body
        for old, new in zip(OLD, NEW, strict=True):
            body = body.replace(old, new)
        headers = {
            k: (v.replace("www.shcfck.com", NEW_HOST) if k.lower() == "location" else v)
            for k, v in response.headers.items()
        }
        return replace(response, body=body, headers=headers)


def write_profile(folder: Path, text: str = PROFILE, name: str = "xinpark.toml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


# -- loading ---------------------------------------------------------------------------------------------


def test_the_packaged_profile_is_the_site_it_always_was():
    site = packaged_site("shcfck")
    assert (site.name, site.family.name, site.base_url) == ("shcfck", "zblog-tpure", "http://www.shcfck.com/")
    assert site.hosts == ("www.shcfck.com", "shcfck.com")
    assert site.start_urls[1:] == ["http://www.shcfck.com/feed.php", "http://www.shcfck.com/sitemap.xml"]
    assert site.cleaning_rules is not None and site.cleaning_rules.name == "shcfck.rules.toml"


def test_a_profile_folder_adds_a_site_and_can_replace_a_packaged_one(tmp_path):
    write_profile(tmp_path)
    write_profile(tmp_path, PROFILE.replace('name = "xinpark"', 'name = "shcfck"'), "mine.toml")
    sites = load_sites([tmp_path])
    assert sites["xinpark"].base_url == f"http://{NEW_HOST}/"
    assert sites["xinpark"].family is packaged_site("shcfck").family  # one family object, shared
    assert sites["shcfck"].hosts == (NEW_HOST, "xinpark.example.cn")  # the user's wins


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda t: t.replace("zblog-tpure", "joomla"), "unknown family 'joomla' (known: "),
        (lambda t: t.replace('name = "xinpark"', 'name = "Xin Park"'), "name 'Xin Park' must be lower-case"),
        (lambda t: t.replace('base_url = "http://', 'base_url = "ftp://'), "base_url 'ftp://"),
        (lambda t: t.replace(f'hosts = ["{NEW_HOST}", ', "hosts = ["), "must include the base_url's host"),
        (lambda t: t + "start_path = ['/']\n", "unknown key start_path"),
        (lambda t: t.replace('name = "xinpark"\n', ""), "missing name"),
        (lambda t: t + 'cleaning_rules = "nope.rules.toml"\n', "cleaning_rules file"),
        (lambda t: t + "utc_offset_hours = 8.5\n", "utc_offset_hours must be a whole number"),
        (lambda t: t + "name = 'again'\n", "cannot read the profile"),
    ],
)
def test_a_bad_profile_is_refused_naming_the_file_and_the_field(tmp_path, change, message):
    path = write_profile(tmp_path, change(PROFILE))
    with pytest.raises(ProfileError) as error:
        site_from_profile(path)
    assert str(path) in str(error.value) and message in str(error.value)


def test_scrapy_list_and_parkcrawler_sites_show_the_user_profile(tmp_path):
    write_profile(tmp_path)
    listed = run(sys.executable, "-m", "scrapy", "list", "-s", f"SITE_PROFILES_DIRS={tmp_path}")
    assert listed.returncode == 0, listed.stderr[-2000:]
    assert {"shcfck", "xinpark"} <= set(listed.stdout.split())
    shown = run(sys.executable, "-m", "parkcrawler.cli", "sites", "--profiles", str(tmp_path), "--json")
    assert shown.returncode == 0, shown.stderr[-2000:]
    rows = {row["name"]: row for row in json.loads(shown.stdout)}
    assert rows["xinpark"]["family"] == "zblog-tpure"
    assert rows["xinpark"]["hosts"] == [NEW_HOST, "xinpark.example.cn"]
    assert rows["xinpark"]["profile"] == str(tmp_path / "xinpark.toml")
    assert rows["shcfck"]["family"] == "zblog-tpure"


def test_a_broken_user_profile_stops_scrapy_with_its_reason(tmp_path):
    write_profile(tmp_path, PROFILE.replace('family = "zblog-tpure"', 'family = "joomla"'))
    listed = run(sys.executable, "-m", "scrapy", "list", "-s", f"SITE_PROFILES_DIRS={tmp_path}")
    assert listed.returncode != 0
    assert "unknown family 'joomla'" in listed.stderr


# -- the fourth site, crawled ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    folder = write_profile(tmp_path_factory.mktemp("profiles")).parent
    db = tmp_path_factory.mktemp("archive") / "archive.db"
    emulator = SiteEmulator.default()
    with serve(OtherHost(emulator)) as server:
        result = run(
            sys.executable, "-m", "scrapy", "crawl", "xinpark", "-s", f"ARCHIVE_DB={db}", "-s",
            f"SITE_PROFILES_DIRS={folder}", *FAST, env=crawl_env(server.proxy_url),
        )  # fmt: skip
        log = list(server.request_log)
    assert result.returncode == 0, result.stderr[-4000:]
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield {"conn": conn, "log": log, "emulator": emulator}
    conn.close()


def test_every_article_of_the_new_site_is_archived_under_its_own_name_and_host(crawled):
    live = {p.id: p for p in crawled["emulator"].corpus.posts.values() if not p.deleted}
    rows = crawled["conn"].execute("SELECT url, site, post_id, title FROM articles").fetchall()
    assert {r["post_id"] for r in rows} == set(live)
    assert {r["site"] for r in rows} == {"xinpark"}
    assert all(r["url"] == f"http://{NEW_HOST}/index.php/post/{r['post_id']}.html" for r in rows)
    assert all(r["title"] == live[r["post_id"]].title for r in rows)
    run_row = crawled["conn"].execute("SELECT spider, site, health FROM crawl_runs").fetchone()
    assert tuple(run_row) == ("xinpark", "xinpark", "ok")


def test_the_new_site_is_cleaned_by_its_family_not_by_shcfck_s_own_rules(crawled):
    families = {r[0] for r in crawled["conn"].execute("SELECT DISTINCT rule FROM removed_blocks")}
    # shcfck's contact box rule is shcfck's profile's: another site of the theme does not get it.
    assert "site_contact.zsbox" not in families


def test_the_new_site_crawl_never_left_its_hosts(crawled):
    hosts = {urlsplit(url).hostname for _, url, _ in crawled["log"]}
    assert hosts == {NEW_HOST}
