"""The crawl side's defences (issue #10): every URL ends archived, failed or skipped, and no run exits 0
over lost data.

The crawl tests drive the real `scrapy crawl shcfck` against the emulated site (parkcrawler.testsite)
behind `http_proxy`, with the emulator made to misbehave where a test needs it; assertions are on the
archive's rows, the exit status and the log.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3
import subprocess
import threading
import time
from contextlib import contextmanager
from datetime import UTC, timedelta
from email.utils import format_datetime
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from crawling import ROOT, SLOW, crawl, crawl_cmd, crawl_env, post_url, wait_for_articles
from w3lib.url import safe_url_string

from parkcrawler.crawl.middlewares import retry_after_seconds
from parkcrawler.crawl.spiderloader import spider_for
from parkcrawler.crawl.spiders.site import SpiderArgumentError
from parkcrawler.sites import Skip, packaged_site
from parkcrawler.sites.base import is_private_host
from parkcrawler.store import Archive, ArchiveUnwritable, ArchiveWriteError
from parkcrawler.testsite import SiteEmulator, serve
from parkcrawler.testsite.site import Response

SHCFCK = packaged_site("shcfck")
ShcfckSpider = spider_for(SHCFCK)

# -- 5. loopback and private addresses in any spelling -------------------------------------------------


@pytest.mark.parametrize(
    "host",
    [
        "0x7f000001",  # hex
        "2130706433",  # one decimal number
        "127.1",  # short form
        "0177.0.0.1",  # octal
        "0x7f.1",  # hex short form
        "0",  # 0.0.0.0
        "[::ffff:127.0.0.1]",  # IPv4-mapped IPv6
        "localhost.",  # root dot
        "LOCALHOST",
        "a.localhost.",
        "%31%32%37.0.0.1",  # percent-encoded
        "１２７.0.0.1",  # full-width digits
        "169.254.169.254",
    ],
)
def test_unusual_spellings_of_ip_addresses_are_private_hosts(host):
    url = f"http://{host}/index.php/post/1.html"
    assert SHCFCK.resolve(url) == Skip(url, "private-host")
    assert is_private_host(host.strip("[]"))


@pytest.mark.parametrize("host", ["cafe.com", "face", "0x.com", "1.2.3.4.5", "www.sohu.com"])
def test_names_that_look_numeric_but_are_not_addresses_stay_offsite(host):
    url = f"http://{host}/a.html"
    assert SHCFCK.resolve(url) == Skip(url, "offsite")


def test_the_site_host_with_a_root_dot_is_the_site():
    assert SHCFCK.resolve("http://www.shcfck.com./index.php/post/7.html").url == (
        "http://www.shcfck.com/index.php/post/7.html"
    )


# -- 6. an archive folder that is missing, cannot be created, or is read-only --------------------------


@contextmanager
def small_filesystem(path: Path, size: str = "1m", *, read_only: bool = False):
    """A real tmpfs of `size` mounted on `path` for the block (root only: CI runs the tests as root)."""
    path.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None or os.geteuid() != 0:
        pytest.skip("mounting a small filesystem needs root and mount(8); CI runs the tests as root")
    options = f"size={size}" + (",ro" if read_only else "")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True, text=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield path
    finally:
        if subprocess.run(["umount", str(path)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(path)], capture_output=True)


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if " ERROR: " in line]


def test_an_archive_folder_that_cannot_be_created_is_one_clear_line_and_exit_1(tmp_path):
    (tmp_path / "a-file").write_text("not a folder")
    db = tmp_path / "a-file" / "data" / "archive.db"
    with serve(SiteEmulator.default()) as server:
        result = crawl(db, server.proxy_url, expect=1)
        assert server.request_log == []
    assert error_lines(result.stderr) and "Traceback" not in result.stderr
    assert "cannot create the archive's folder" in result.stderr and str(db.parent) in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_a_read_only_archive_folder_is_one_clear_line_exit_1_and_no_stray_lock(tmp_path):
    with small_filesystem(tmp_path / "ro", read_only=True) as folder:
        db = folder / "archive.db"
        with serve(SiteEmulator.default()) as server:
            result = crawl(db, server.proxy_url, expect=1)
            assert server.request_log == []
        assert list(folder.iterdir()) == []
    assert "Traceback" not in result.stderr
    assert f"cannot write in the archive's folder {folder} (Read-only file system)" in result.stderr
    assert "the site or the network is down" not in result.stderr


def test_a_file_that_is_no_archive_is_refused_and_left_as_it_was(tmp_path):
    db = tmp_path / "archive.db"
    db.write_text("my notes")
    with serve(SiteEmulator.default()) as server:
        result = crawl(db, server.proxy_url, expect=1)
        assert server.request_log == []
    assert "cannot open" in result.stderr and "file is not a database" in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_text() == "my notes"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.db"]  # no archive.db.lock left


def test_a_missing_archive_folder_is_created(tmp_path):
    db = tmp_path / "fresh" / "data" / "archive.db"
    emulator = SiteEmulator.default()
    newest = emulator.live_posts()[0].id
    with serve(emulator) as server:
        crawl(db, server.proxy_url, "-a", f"start_urls={post_url(newest)}", "-s", "DEPTH_LIMIT=1")
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles WHERE url = ?", [post_url(newest)]).fetchone()[0] == 1
    conn.close()


def test_a_failed_open_leaves_no_lock_file_and_no_folder_it_created(tmp_path, monkeypatch):
    (tmp_path / "a-file").write_text("")
    with pytest.raises(ArchiveUnwritable, match="cannot create the archive's folder"):
        Archive(tmp_path / "a-file" / "new" / "archive.db", lock=True)

    def failing_open(self, path):
        Path(path).write_bytes(b"")  # SQLite had created the file when the I/O error struck
        raise sqlite3.OperationalError("disk I/O error")

    with monkeypatch.context() as patched:
        patched.setattr(Archive, "_open", failing_open)
        with pytest.raises(ArchiveUnwritable, match="disk I/O error"):
            Archive(tmp_path / "new" / "sub" / "archive.db", lock=True)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\0" * 100)
    with pytest.raises(ArchiveUnwritable, match="not a database"):
        Archive(bad, lock=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "bad.db"]


# -- 8. spider arguments ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["-a", "start_urls=http://example.com/"],
            "start URL 'http://example.com/' is not on the site's hosts",
        ),
        (
            ["-a", "start_urls=http://127.0.0.1/x"],
            "start URL 'http://127.0.0.1/x' is not on the site's hosts",
        ),
        (["-a", "start_urls=notaurl"], "start URL 'notaurl' is not an http(s) URL"),
        (["-a", "start_urls=ftp://www.shcfck.com/"], "is not an http(s) URL"),
        (["-a", "start_urls=,"], "-a start_urls= gives no URL"),
        (["-a", "fulll=1"], "unknown spider argument -a fulll="),
        (["-a", "full=maybe"], "-a full='maybe' is not a boolean"),
    ],
)
def test_bad_spider_arguments_exit_2_with_a_clear_message_before_anything_is_fetched(tmp_path, args, message):
    db = tmp_path / "archive.db"
    with serve(SiteEmulator.default()) as server:
        result = crawl(db, server.proxy_url, *args, expect=2)
        assert server.request_log == []
    assert (
        [line.split(" ERROR: ", 1)[1] for line in error_lines(result.stderr)]
        == [line.split(" ERROR: ", 1)[1] for line in error_lines(result.stderr) if message in line]
        != []
    )
    assert "the site or the network is down" not in result.stderr and "Traceback" not in result.stderr
    assert not db.exists()


@pytest.mark.parametrize(
    "value, full",
    [("1", True), ("on", True), ("TRUE", True), ("yes", True), ("0", False), ("off", False), ("No", False)],
)
def test_booleans_are_read_in_every_usual_spelling(value, full):
    assert ShcfckSpider(full=value).full is full


def test_start_urls_on_the_site_are_accepted_and_schedulers_arguments_pass():
    spider = ShcfckSpider(start_urls=f" {post_url(3)}, http://shcfck.com/?id=4 ", _job="abc")
    assert spider.start_urls == [post_url(3), "http://shcfck.com/?id=4"] and spider.partial
    with pytest.raises(SpiderArgumentError, match="unknown spider argument -a fulll="):
        ShcfckSpider(fulll="1")


# -- 2. a run whose pages fail to fetch fails its health check -------------------------------------------


class UnavailableArticles(SiteEmulator):
    """Article pages (all, or the posts in `only`) answer 503; a deleted post still answers 404."""

    only: set[int] | None = None

    def handle(self, method, url):
        response = super().handle(method, url)
        post = re.search(r"/post/(\d+)\.html$", url)
        if post and response.status == 200 and (self.only is None or int(post[1]) in self.only):
            return type(response)(503, {"Content-Type": "text/plain"}, b"Service Unavailable")
        return response


def read_run(db: Path) -> tuple[dict, list[sqlite3.Row]]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        run = dict(conn.execute("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone())
        failures = conn.execute("SELECT * FROM failures WHERE run_id = ?", [run["id"]]).fetchall()
        return run, failures
    finally:
        conn.close()


def test_a_crawl_where_every_article_fails_to_fetch_fails_its_health_check(tmp_path):
    db = tmp_path / "archive.db"
    emulator = UnavailableArticles.default()
    with serve(emulator) as server:
        result = crawl(db, server.proxy_url, "-s", "RETRY_TIMES=0", expect=3)
    run, failures = read_run(db)
    live = len(emulator.live_posts())
    assert sum(1 for f in failures if f["status"] == 503 and f["kind"] == "http") == live
    assert run["articles_new"] == 0 and run["health"] == "failed"
    assert any("pages the run meant to fetch failed" in p for p in json.loads(run["problems"]))
    assert "Run health check failed" in result.stderr and "HEALTH_MAX_FETCH_FAILURE_SHARE" in result.stderr


def test_a_few_failed_pages_and_a_deleted_post_do_not_fail_a_healthy_run(tmp_path):
    db = tmp_path / "archive.db"
    emulator = UnavailableArticles.default()
    emulator.only = {p.id for p in emulator.live_posts()[:2]}
    deleted = [p.id for p in emulator.corpus.posts.values() if p.deleted]
    assert deleted, "the emulator must have a deleted post that answers 404"
    with serve(emulator) as server:
        crawl(db, server.proxy_url, "-s", "RETRY_TIMES=0")
    run, failures = read_run(db)
    assert run["health"] == "ok"
    assert {(f["url"], f["status"]) for f in failures} == {
        *((post_url(pid), 503) for pid in emulator.only),
        *((post_url(pid), 404) for pid in deleted),
    }


# -- 3. redirects off the site, to private hosts, to themselves: recorded, never followed -----------------


class RedirectingSite(SiteEmulator):
    """Some article URLs answer a redirect (URL -> Location), like a hijacked or misconfigured site."""

    redirects: dict[str, str] = {}

    def handle(self, method, url):
        if url in self.redirects:
            return Response(302, {"Location": self.redirects[url], "Content-Type": "text/html"}, b"")
        return super().handle(method, url)


def test_redirects_off_the_site_to_private_hosts_and_in_loops_are_recorded_not_followed(tmp_path):
    db = tmp_path / "archive.db"
    emulator = RedirectingSite.default()
    a, b, c, d, e, g, h, i = (post_url(p.id) for p in emulator.live_posts()[3:11])
    e_alias = e.replace("www.shcfck.com", "shcfck.com")
    emulator.redirects = {
        a: "http://evil.example.com/landing.html",
        b: "http://169.254.169.254/latest/meta-data/",
        c: "http://127.0.0.1:8080/admin",
        d: d,
        e: e_alias,
        e_alias: e,
        g: "javascript:alert(1)",
        h: "http://0x7f000001/",
        i: i.replace("http://", "https://"),  # on the site, but the proxy refuses https tunnels
    }
    with serve(emulator) as server:
        result = crawl(db, server.proxy_url, "-s", "RETRY_TIMES=0")
        hosts = {urlsplit(url).hostname for method, url, status in server.request_log}
    assert hosts == {"www.shcfck.com", "shcfck.com"}  # nothing else was ever requested
    conn = sqlite3.connect(db)
    failures = {
        url: (kind, status, reason)
        for url, kind, status, reason in conn.execute(
            "SELECT url, kind, status, reason FROM failures WHERE run_id = 1"
        )
    }
    skipped = dict(conn.execute("SELECT url, policy FROM skipped_urls WHERE run_id = 1"))
    archived = {r[0] for r in conn.execute("SELECT url FROM articles")}
    health = conn.execute("SELECT health FROM crawl_runs").fetchone()[0]
    conn.close()
    assert failures[a] == ("redirect", 302, "redirected off-site to http://evil.example.com/landing.html")
    assert failures[b] == (
        "redirect",
        302,
        "redirected to a private host: http://169.254.169.254/latest/meta-data/",
    )
    assert failures[c] == ("redirect", 302, "redirected to a private host: http://127.0.0.1:8080/admin")
    assert failures[d] == ("redirect", 302, f"redirects to itself: {d} -> {d}")
    assert failures[e] == ("redirect", 302, f"redirect loop: {e} -> {e_alias} -> {e}")
    assert failures[g] == ("redirect", 302, "redirected to a non-http URL: javascript:alert(1)")
    # The redirect's target as Scrapy's Request holds it: w3lib >= 2.6 writes a hex IPv4 host dotted (WHATWG).
    h_seen = safe_url_string("http://0x7f000001/")
    assert failures[h] == ("redirect", 302, f"redirected to a private host: {h_seen}")
    assert skipped["http://evil.example.com/landing.html"] == "offsite"
    assert skipped["http://169.254.169.254/latest/meta-data/"] == "private-host"
    assert skipped["http://127.0.0.1:8080/admin"] == "private-host"
    assert skipped[h_seen] == "private-host"
    assert skipped["javascript:alert(1)"] == "non-http"
    # A redirect followed and then failed is recorded under the URL the crawler met.
    assert failures[i][0] == "network" and failures[i][2].endswith(
        f"(redirected to {i.replace('http:', 'https:')})"
    )
    assert not {a, b, c, d, e, g, h, i} & archived
    for url in (a, b, c, d, e, g, h):
        assert f"INFO: Not following a redirect of {url}: " in result.stderr
    assert health == "ok"  # 7 failures among ~150 pages: under HEALTH_MAX_FETCH_FAILURE_SHARE


# -- 4. Retry-After on 429 and 503: honoured for the whole site, within RETRY_AFTER_MAX ------------------


class BusySite(SiteEmulator):
    """Chosen URLs first answer 429/503 with a Retry-After; every request's arrival time is recorded."""

    busy: dict[
        str, tuple[int, str | None, int]
    ] = {}  # url -> (status, Retry-After or None for a date, times)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.arrivals: list[tuple[float, str, int]] = []
        self._arrival_lock = threading.Lock()

    def handle(self, method, url):
        with self._arrival_lock:
            left = self.busy.get(url)
            if left and left[2] > 0:
                status, retry_after, times = left
                self.busy[url] = (status, retry_after, times - 1)
                date = self.now.astimezone(UTC)
                if retry_after is None:  # the HTTP-date form: two seconds after the answer's own Date
                    retry_after = format_datetime(date + timedelta(seconds=2), usegmt=True)
                headers = {"Retry-After": retry_after, "Date": format_datetime(date, usegmt=True)}
                response = Response(status, {**headers, "Content-Type": "text/plain"}, b"busy")
            else:
                response = super().handle(method, url)
            self.arrivals.append((time.monotonic(), url, response.status))
            return response


def test_retry_after_is_honoured_for_the_whole_site_and_a_wait_beyond_the_cap_is_a_failure(tmp_path):
    db = tmp_path / "archive.db"
    emulator = BusySite.default()
    a, b, c = (post_url(p.id) for p in emulator.live_posts()[2:5])
    emulator.busy = {a: (429, "2", 1), b: (503, None, 1), c: (503, "3600", 5)}
    with serve(emulator) as server:
        crawl(
            db,
            server.proxy_url,
            "-a",
            f"start_urls={a},{b},{c}",
            "-s",
            "DEPTH_LIMIT=1",
            "-s",
            "CONCURRENT_REQUESTS_PER_DOMAIN=1",
            "-s",
            "RETRY_AFTER_MAX=30",
        )
    arrivals = emulator.arrivals
    for url, status in ((a, 429), (b, 503)):  # both asked for 2 s, in seconds and as an HTTP-date
        busy_at = next(t for t, u, s in arrivals if u == url and s == status)
        retried_at = next(t for t, u, s in arrivals if u == url and s == 200)
        # The retry waited as asked (generous bounds: only "not sooner" matters) ...
        assert 1.8 <= retried_at - busy_at <= 12
        # ... and so did every other request to the site: after the requests already on their way
        # (the downloader may have sent a few at once), none reached it during the pause.
        assert [u for t, u, s in arrivals if busy_at + 0.5 < t < busy_at + 1.8] == []
    assert [s for t, u, s in arrivals if u == c] == [503]  # asked for an hour: not retried at all
    conn = sqlite3.connect(db)
    failures = {u: (s, r) for u, s, r in conn.execute("SELECT url, status, reason FROM failures")}
    archived = {r[0] for r in conn.execute("SELECT url FROM articles")}
    conn.close()
    assert failures[c] == (
        503,
        "HTTP 503 with Retry-After 3600 s, more than RETRY_AFTER_MAX = 30 s: not retried",
    )
    assert {a, b} <= archived and a not in failures and b not in failures


@pytest.mark.parametrize(
    "value, date, seconds",
    [
        ("120", None, 120.0),
        (" 5 ", None, 5.0),
        ("Fri, 20 Nov 2026 04:00:30 GMT", "Fri, 20 Nov 2026 04:00:00 GMT", 30.0),
        ("Fri, 20 Nov 2026 03:59:00 GMT", "Fri, 20 Nov 2026 04:00:00 GMT", 0.0),  # already past
        ("soon", None, None),
        ("-5", None, None),
        (None, None, None),
    ],
)
def test_retry_after_values(value, date, seconds):
    assert retry_after_seconds(value, date) == seconds


# -- 1. a write that fails stops the crawl, says what was not stored, and exits 5 ------------------------


def not_stored_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if "because the archive could not store" in line]
    assert len(lines) == 1, stderr[-3000:]
    return lines[0].split("Not stored: ", 1)[1]


def test_a_full_disk_stops_the_crawl_says_what_was_not_stored_and_exits_5(tmp_path):
    with small_filesystem(tmp_path / "small", "512k") as folder:
        db = folder / "archive.db"
        with serve(SiteEmulator.default()) as server:
            # Commits every 20 writes, so the disk fills while the crawl runs, not at its last commit.
            result = crawl(db, server.proxy_url, "-s", "ARCHIVE_BATCH_SIZE=20", expect=5)
            requests = len(server.request_log)
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        archived = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        run = conn.execute(
            "SELECT status, finish_reason, health, articles_new, problems FROM crawl_runs"
        ).fetchone()
        conn.close()
    assert "database or disk is full" in result.stderr
    assert "ERROR: Stopping the crawl: cannot write to" in result.stderr
    lost = not_stored_line(result.stderr)
    assert re.search(r"\d+ articles", lost), lost  # the run had fetched articles it could not keep
    assert "Error processing" not in result.stderr and "Error caught on signal handler" not in result.stderr
    assert "(archive_write_failed)" in result.stderr and requests < 140  # stopped: a whole crawl is ~150
    if run is None or run[0] == "running":  # the disk was too full even for the run row
        assert "could not be recorded in crawl_runs" in result.stderr
    else:
        status, reason, health, articles_new, problems = run
        assert (status, reason, health) == ("failed", "archive_write_failed", "failed")
        assert articles_new == archived  # what the row counts is what is stored
        assert any("not stored" in p for p in json.loads(problems))


def test_a_database_locked_past_the_busy_timeout_stops_the_crawl_and_exits_5(tmp_path):
    db = tmp_path / "archive.db"
    emulator = SiteEmulator.default()
    slow = SLOW
    with serve(emulator) as server:
        proc = subprocess.Popen(
            crawl_cmd(db, *slow, "-s", "ARCHIVE_BUSY_TIMEOUT=1"),
            cwd=ROOT,
            env=crawl_env(server.proxy_url),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        wait_for_articles(db, 5, proc)
        # Another writer takes the database's write lock and keeps it until the crawl has given up.
        holder = sqlite3.connect(db, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            stderr = proc.communicate(timeout=120)[1]
        finally:
            holder.execute("ROLLBACK")
            holder.close()
    assert proc.returncode == 5, stderr[-3000:]
    assert "database is locked" in stderr and "ERROR: Stopping the crawl" in stderr
    assert re.search(r"\d+ (articles|pages|list pages)", not_stored_line(stderr))
    assert "could not be recorded in crawl_runs" in stderr  # the lock was still held at the end
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] < len(emulator.live_posts())
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_archive_write_errors_say_what_the_rolled_back_batch_held(tmp_path):
    archive = Archive(tmp_path / "a.db", batch_size=100)
    run = archive.start_run("shcfck", "shcfck")
    archive.record_page(run, post_url(1), 200, {}, b"x" * 10, "2026-11-20T00:00:00+00:00")
    archive.record_skip(run, "http://example.com/", "offsite")
    archive.db.conn.execute("PRAGMA max_page_count = 1")  # from here on, no page can be added
    with pytest.raises(ArchiveWriteError, match="cannot write to .*full") as caught:
        for _ in range(50):
            archive.record_page(run, post_url(2), 200, {}, os.urandom(4096), "2026-11-20T00:00:00+00:00")
    assert caught.value.lost["pages"] >= 2 and caught.value.lost["skipped URLs"] == 1
    archive.close_quietly()


class WrongTypes(SiteEmulator):
    """Chosen article URLs answer 200 with something that is not the page: a PDF, JSON."""

    bodies: dict[str, tuple[str, bytes]] = {}

    def handle(self, method, url):
        if url in self.bodies:
            ctype, body = self.bodies[url]
            return Response(200, {"Content-Type": ctype}, body)
        return super().handle(method, url)


def test_a_pdf_or_json_at_an_article_url_is_a_content_failure(tmp_path):
    db = tmp_path / "archive.db"
    emulator = WrongTypes.default()
    pdf, json_error = (post_url(p.id) for p in emulator.live_posts()[2:4])
    emulator.bodies = {
        pdf: ("application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"),
        json_error: ("application/json", b'{"code":403,"msg":"forbidden"}'),
    }
    with serve(emulator) as server:
        crawl(db, server.proxy_url, "-a", f"start_urls={pdf},{json_error}", "-s", "DEPTH_LIMIT=1", expect=3)
    conn = sqlite3.connect(db)
    failures = {u: (k, r) for u, k, r in conn.execute("SELECT url, kind, reason FROM failures")}
    conn.close()
    assert failures[pdf] == ("content", "not HTML (Content-Type application/pdf)")
    assert failures[json_error] == ("content", "not HTML (Content-Type application/json)")
