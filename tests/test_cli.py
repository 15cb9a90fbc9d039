"""The `parkcrawler` command: demo crawls the bundled site for real; export reads what it wrote."""

import csv
import io
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from parkcrawler.testsite import SiteEmulator


def parkcrawler(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "parkcrawler.cli", *args], capture_output=True, text=True, timeout=300, cwd=cwd
    )


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    result = parkcrawler("demo", "--db", str(db))
    assert result.returncode == 0, result.stderr[-3000:]
    return db, result.stdout


def test_demo_archives_the_sample_site_and_says_so(demo):
    db, out = demo
    posts = [p for p in SiteEmulator.default().corpus.posts.values() if not p.deleted]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == len(posts)
    conn.close()
    newest = max(posts, key=lambda p: p.datetime)
    assert newest.title[:40] in out
    assert f"{len(posts)} articles" in out
    assert "failed:" in out and "HTTP 404" in out
    assert "skipped:" in out and "offsite" in out


def test_export_jsonl_has_one_record_per_article_with_tags_and_related(demo):
    db, _ = demo
    result = parkcrawler("export", "--db", str(db), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    conn = sqlite3.connect(db)
    assert len(records) == conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    by_url = {r["url"]: r for r in records}
    for url, tags, n_related in conn.execute(
        "SELECT url, tags, (SELECT count(*) FROM related_links r WHERE r.article_url = a.url) FROM articles a"
    ):
        assert by_url[url]["tags"] == json.loads(tags)
        assert len(by_url[url]["related"]) == n_related
    conn.close()
    assert any(r["related"] for r in records)
    assert all({"url", "title", "excerpt"} == set(link) for r in records for link in r["related"])


def test_export_csv_keeps_lists_as_json(demo, tmp_path):
    db, _ = demo
    out = tmp_path / "articles.csv"
    result = parkcrawler("export", "--db", str(db), "--format", "csv", "-o", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    jsonl = parkcrawler("export", "--db", str(db)).stdout.splitlines()
    assert len(rows) == len(jsonl)
    assert all(isinstance(json.loads(r["tags"]), list) for r in rows)
    assert any(json.loads(r["related"]) for r in rows)


def test_export_without_an_archive_says_what_to_do(tmp_path):
    result = parkcrawler("export", "--db", str(tmp_path / "missing.db"))
    assert result.returncode == 2
    assert "crawl first" in result.stderr


def test_every_command_has_help():
    for command in ([], ["demo"], ["export"]):
        result = parkcrawler(*command, "--help")
        assert result.returncode == 0 and "Usage:" in result.stdout


def test_demo_suggests_an_export_that_prints_whole_records(demo):
    db, out = demo
    [suggested] = [
        line[line.index("parkcrawler export") :] for line in out.splitlines() if "parkcrawler export" in line
    ]
    args = suggested.split()
    assert args[0] == "parkcrawler" and "head" not in suggested  # no pipe that cuts bytes
    result = parkcrawler(*args[1:])
    assert result.returncode == 0, result.stderr
    [record] = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["title"]


def test_export_limit_gives_the_newest(demo):
    db, _ = demo
    every = [json.loads(line) for line in parkcrawler("export", "--db", str(db)).stdout.splitlines()]
    result = parkcrawler("export", "--db", str(db), "--limit", "2")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line) for line in result.stdout.splitlines()] == every[:2]


def test_export_csv_for_excel_starts_with_a_bom(demo, tmp_path):
    db, _ = demo
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    assert parkcrawler("export", "--db", str(db), "--format", "csv", "-o", str(plain)).returncode == 0
    result = parkcrawler("export", "--db", str(db), "--format", "csv", "--bom", "-o", str(excel))
    assert result.returncode == 0, result.stderr
    data = excel.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    assert data[3:] == plain.read_bytes()
    header = data[3:].split(b"\r\n", 1)[0].decode()
    assert header.startswith("url,") and "\n" not in header  # Excel-style CRLF line ends
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert parkcrawler("export", "--db", str(db), "--bom").returncode == 2  # JSON lines take no BOM
    assert rows[0]["url"].startswith("http://www.shcfck.com/") and any("厂房" in r["body"] for r in rows)


def test_spiders_are_listed_and_unknown_sites_named(demo):
    db, _ = demo
    for command in ([], ["demo"]):
        result = parkcrawler(*command, "--help")
        assert "Spiders (scrapy crawl NAME): generic, parkwp, shcfck, zjpark." in result.stdout
    result = parkcrawler("export", "--db", str(db), "--site", "nosuch")
    assert result.returncode == 2
    assert "no articles of site 'nosuch'" in result.stderr
    assert "it holds shcfck (spiders: generic, parkwp, shcfck, zjpark)" in result.stderr


ROOT = Path(__file__).resolve().parent.parent


def test_readme_settings_table_is_one_table():
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## Settings\n")[1].split("\n## ")[0]
    lines = section.splitlines()
    rows = [i for i, line in enumerate(lines) if line.startswith("| `")]
    header = lines.index("| setting | default | meaning |")
    # A blank line inside would end the table: the rows after it would render as plain text.
    assert all(lines[i].startswith("|") for i in range(header, rows[-1] + 1))
    assert any("`REFRESH_AFTER_DAYS`" in lines[i] for i in rows)


@pytest.mark.skipif(not (ROOT / ".git").exists() or not shutil.which("git"), reason="needs a git checkout")
def test_locks_and_the_demo_archive_are_git_ignored():
    paths = ["data/archive.db.lock", "parkcrawler-demo.db", "parkcrawler-demo.db.lock"]
    paths += ["parkcrawler-demo.db-wal", "parkcrawler-demo.db-shm"]
    result = subprocess.run(
        ["git", "check-ignore", "--no-index", *paths], cwd=ROOT, capture_output=True, text=True
    )
    assert result.stdout.split() == paths
