"""The read commands (stats, search, export, serve) never write to the file they are pointed at, refuse
what they cannot read with one line, and keep reading while a crawl writes."""

import hashlib
import shlex
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from conftest import BASE

from parkcrawler.cli import cli

READ_COMMANDS = [
    ["stats"],
    ["stats", "--json"],
    ["search", "松江"],
    ["search", "松江", "--json"],
    ["export"],
    ["export", "--format", "csv"],
    ["serve", "--print-metadata"],
]


def state(path: Path) -> dict:
    """What a read must not change: the bytes, the schema, the journal mode."""
    uri = f"file:{path}?mode=ro"
    conn = sqlite3.connect(uri, uri=True)
    try:
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
    except sqlite3.DatabaseError:  # not SQLite: the bytes say it all
        schema, journal = None, None
    finally:
        conn.close()
    return {"sha256": hashlib.sha256(path.read_bytes()).hexdigest(), "schema": schema, "journal": journal}


def other_sqlite(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('松江 is not an article')")
    conn.commit()
    conn.close()
    return path


def not_sqlite(path: Path) -> Path:
    path.write_text("松江 厂房 — just text, no database\n" * 50, encoding="utf-8")
    return path


def copy_of(fixture_archive, path: Path, *, applied: str | None = None, dropped: str | None = None) -> Path:
    """A copy of the fixture archive, with a migration recorded that this code does not know, or
    with the search index (m002) taken out as in an archive from before it."""
    shutil.copy(fixture_archive, path)
    conn = sqlite3.connect(path)
    if applied:
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('parkcrawler', ?, ?)",
            [applied, "2027-01-01 00:00:00+00:00"],
        )
    if dropped:
        for (view,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'").fetchall():
            conn.execute(f"DROP VIEW {view}")
        conn.execute("DROP TABLE articles_fts")
        conn.execute("DROP TABLE articles_fts_docs")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [dropped])
    conn.commit()
    conn.close()
    return path


CASES = {
    "other-sqlite": (other_sqlite, "is not a parkcrawler archive"),
    "not-sqlite": (not_sqlite, "is not a SQLite database"),
    "empty-file": (lambda p: (p.touch(), p)[1], "is not a parkcrawler archive"),
}


@pytest.mark.parametrize("case", [*CASES, "newer-schema", "before-the-index"])
@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: "-".join(c))
def test_read_commands_refuse_what_they_cannot_read_and_change_nothing(
    tmp_path, fixture_archive, case, command
):
    if case == "newer-schema":
        path, expected = (
            copy_of(fixture_archive, tmp_path / "a.db", applied="m999_future"),
            "newer parkcrawler",
        )
    elif case == "before-the-index":
        path = copy_of(fixture_archive, tmp_path / "a.db", dropped="m002_search")
        expected = "run `parkcrawler reindex --db"
    else:
        make, expected = CASES[case]
        path = make(tmp_path / "file.db")
    before = state(path)
    result = CliRunner().invoke(cli, [*command, "--db", str(path)])
    assert result.exit_code == 1, result.output
    assert result.output.startswith("Error: ") and result.output.count("\n") == 1, result.output
    assert expected in result.output
    assert state(path) == before
    assert_nothing_written_beside(path)


def assert_nothing_written_beside(path: Path) -> None:
    """No lock file; a WAL reader's -wal and -shm (SQLite makes them to read a WAL file) at most, the
    -wal empty."""
    extra = {p.name for p in path.parent.iterdir()} - {path.name}
    assert extra <= {f"{path.name}-wal", f"{path.name}-shm"}
    wal = path.with_name(f"{path.name}-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_an_archive_from_before_the_index_is_read_after_reindex(tmp_path, fixture_archive):
    path = copy_of(fixture_archive, tmp_path / "old.db", dropped="m002_search")
    refused = CliRunner().invoke(cli, ["search", "医药", "--db", str(path)])
    assert refused.exit_code == 1 and f"run `parkcrawler reindex --db {path}` once" in refused.output
    assert CliRunner().invoke(cli, ["reindex", "--db", str(path)]).exit_code == 0
    result = CliRunner().invoke(cli, ["search", "医药", "--db", str(path), "--json"])
    assert result.exit_code == 0, result.output
    assert "泗泾镇生物[医药]产业园规划发布" in result.stdout


@pytest.mark.parametrize("case", [*CASES, "newer-schema"])
def test_reindex_migrates_archives_only(tmp_path, fixture_archive, case):
    """reindex writes, but only to an archive this version knows: not to any SQLite file."""
    if case == "newer-schema":
        path, expected = (
            copy_of(fixture_archive, tmp_path / "a.db", applied="m999_future"),
            "newer parkcrawler",
        )
    else:
        make, expected = CASES[case]
        path = make(tmp_path / "file.db")
    before = state(path)
    result = CliRunner().invoke(cli, ["reindex", "--db", str(path)])
    assert result.exit_code == 1 and expected in result.output and result.output.count("\n") == 1
    assert state(path) == before


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: "-".join(c))
def test_read_commands_leave_an_archive_as_it_was(tmp_path, fixture_archive, command):
    path = tmp_path / "archive.db"
    shutil.copy(fixture_archive, path)
    before = state(path)
    assert before["journal"] == "wal"
    result = CliRunner().invoke(cli, [*command, "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert state(path) == before
    assert_nothing_written_beside(path)


def serve(path: Path, tmp_path: Path) -> tuple[subprocess.Popen, str]:
    from test_serve_browser import free_port, wait_until_serving

    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "parkcrawler.cli", "serve", "--db", str(path), "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    wait_until_serving(f"{base}/-/versions.json", process, log)
    return process, base


def test_serve_refuses_a_file_that_is_not_a_database_in_one_line(tmp_path):
    path = not_sqlite(tmp_path / "notdb.txt")
    before = state(path)
    result = subprocess.run(
        [sys.executable, "-m", "parkcrawler.cli", "serve", "--db", str(path), "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"Error: {path} is not a SQLite database (file is not a database)"]
    assert state(path) == before


@pytest.mark.parametrize("case", ["archive", "other-sqlite"])
def test_serve_writes_nothing(tmp_path, fixture_archive, case):
    if case == "archive":
        path = tmp_path / "archive.db"
        shutil.copy(fixture_archive, path)
    else:
        path = other_sqlite(tmp_path / "other.db")
    before = state(path)
    if case == "other-sqlite":  # a subprocess with a timeout: before the fix, it served the file
        result = subprocess.run(
            [sys.executable, "-m", "parkcrawler.cli", "serve", "--db", str(path), "--port", "0"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 1 and "is not a parkcrawler archive" in result.stderr
    else:
        process, base = serve(path, tmp_path)
        try:
            with urllib.request.urlopen(f"{base}/archive/search.json?q={quote('医药')}&_shape=array") as r:
                assert b"post/102.html" in r.read()
        finally:
            process.terminate()
            process.wait(timeout=10)
    assert state(path) == before


# -- reading while a crawl writes -------------------------------------------------------------------------

# Writes at their worst for readers: short write transactions back to back, a TRUNCATE checkpoint every
# few (it resets the WAL), and the connection closed and reopened every other transaction (the last
# connection to close takes an exclusive lock to checkpoint and delete the WAL: what a crawl, a reparse or
# a reindex does when it ends). A reader without a busy timeout fails here about one read in five.
WRITER = """
import sqlite3, sys, time
path, stop_after, url = sys.argv[1], float(sys.argv[2]), sys.argv[3]
deadline = time.monotonic() + stop_after
i = 0
while time.monotonic() < deadline:
    conn = sqlite3.connect(path, timeout=30, isolation_level=None)
    conn.execute("PRAGMA journal_mode = wal")
    for _ in range(2):
        i += 1
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE articles SET views = views + 1 WHERE url = ?", [url])
        conn.execute(
            "INSERT INTO views_history (url, observed_at, views, source, run_id) VALUES (?, ?, ?, 'list', 0)",
            [url, f"2030-01-01T00:00:{i:06d}", i],
        )
        conn.execute("COMMIT")
        if i % 5 == 0:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    if i % 50 == 0:
        print(i, flush=True)
"""


@pytest.fixture
def writer(tmp_path, fixture_archive):
    """A copy of the archive, and a second process writing it for at most 60 s."""
    path = tmp_path / "archive.db"
    shutil.copy(fixture_archive, path)
    process = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), "60", BASE.format(101)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline()  # writing
    yield path, process
    process.terminate()
    process.wait(timeout=10)


def readme_sqlite3_example() -> list[str]:
    """The README's `sqlite3` example, as a command line."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    [line] = [
        line for line in readme.splitlines() if line.startswith("sqlite3 ") and "data/archive.db" in line
    ]
    return shlex.split(line)


def test_the_readmes_sqlite3_example_reads_during_writes(writer):
    path, process = writer
    command = [str(path) if arg == "data/archive.db" else arg for arg in readme_sqlite3_example()]
    errors, started, reads = [], time.monotonic(), 0
    while time.monotonic() - started < 4:
        result = subprocess.run(command, capture_output=True, text=True, timeout=30)
        reads += 1
        if result.returncode != 0:
            errors.append(result.stderr)
    assert process.poll() is None, "the writer stopped early"
    assert reads > 20
    assert errors == []


def test_read_connections_have_a_busy_timeout(fixture_archive):
    import asyncio

    from datasette.app import Datasette

    from parkcrawler.cli.analyst import _register_plugin
    from parkcrawler.store import READ_BUSY_TIMEOUT_MS, ReadOnlyArchive

    archive = ReadOnlyArchive(fixture_archive)
    assert archive.db.execute("PRAGMA busy_timeout").fetchone()[0] == READ_BUSY_TIMEOUT_MS == 10_000
    archive.close()
    _register_plugin()
    ds = Datasette([str(fixture_archive)])

    async def timeout():
        return await ds.get_database().execute_fn(
            lambda conn: conn.execute("PRAGMA busy_timeout").fetchone()[0]
        )

    assert asyncio.run(timeout()) == READ_BUSY_TIMEOUT_MS


def test_reads_during_a_crawls_writes_never_fail_as_locked(writer):
    import asyncio

    from datasette.app import Datasette

    from parkcrawler.cli.analyst import _register_plugin
    from parkcrawler.query.datasette.metadata import build_metadata

    path, process = writer
    errors, reads = [], 0
    started = time.monotonic()
    runner = CliRunner()
    commands = [["stats", "--json"], ["search", "松江", "--json"], ["export", "--limit", "3"]]
    while time.monotonic() - started < 6:
        for command in commands:
            result = runner.invoke(cli, [*command, "--db", str(path)])
            reads += 1
            if result.exit_code != 0:
                errors.append(result.output)
    _register_plugin()
    ds = Datasette([str(path)], metadata=build_metadata("archive"))

    async def browse():
        nonlocal reads
        await ds.invoke_startup()
        started = time.monotonic()
        while time.monotonic() - started < 4:
            for url in ("/archive/search.json?q=%E6%9D%BE%E6%B1%9F", "/archive/article_details.json"):
                response = await ds.client.get(url)
                reads += 1
                if response.status_code != 200:
                    errors.append(response.text)

    asyncio.run(browse())
    assert process.poll() is None, "the writer stopped early"
    assert reads > 30  # enough to meet the writer's checkpoints and reopenings many times
    assert errors == []
