"""Fault injection (issue #10): the real `scrapy crawl shcfck` against a misbehaving local server.

The promise under test: every URL the crawler meets ends archived (articles / pages), failed with its
reason (failures) or skipped by a stated policy (skipped_urls); the archive stays consistent; nothing
outside the site is requested; the exit status and the health check tell the truth.

Faults that do not interfere share one crawl (a "group"); every case of a group is checked on that
crawl's archive, and every group by `check_promise`, which trusts the server's log, not the crawler.
docs/reliability.md has the table of faults and what each gets.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.request
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from crawling import FAST, HOME, ROOT, post_url
from scrapy.http import HtmlResponse

from parkcrawler.sites import SKIP_POLICIES, Skip, packaged_site
from parkcrawler.store import Archive, decompress
from parkcrawler.testsite import Response, SiteEmulator
from parkcrawler.testsite.faults import (
    Body,
    Redirect,
    Reset,
    Respond,
    RetryAfter,
    Stall,
    Status,
    Transform,
    Truncate,
    serve_faults,
)

SHCFCK = packaged_site("shcfck")

SITE_HOSTS = {"www.shcfck.com", "shcfck.com"}
# Articles of the default site, newest first: faults pick them by position, so the choice is fixed.
POSTS = [p.id for p in SiteEmulator.default().live_posts() if not p.sticky]
TITLES = {p.id: p.title for p in SiteEmulator.default().live_posts()}
BODIES = {p.id: p.expected_body for p in SiteEmulator.default().live_posts()}


REFERENCE_NEWEST = post_url(SiteEmulator.reference().live_posts()[0].id)


def art(i: int) -> str:
    return post_url(POSTS[i])


# --- body transforms -------------------------------------------------------------------------------

UTF8_META = b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'


def reencode(codec: str, meta: str | None):
    """The page in ``codec`` (characters it lacks as numeric references), its meta charset set to
    ``meta`` (None: no meta charset at all)."""

    def fn(body: bytes) -> bytes:
        new_meta = b"" if meta is None else f'<meta charset="{meta}" />'.encode()
        text = body.replace(UTF8_META, new_meta).decode("utf-8")
        return text.encode(codec, errors="xmlcharrefreplace")

    return fn


def invalid_bytes(body: bytes) -> bytes:
    # Broken sequences inside the article's first paragraph: the rest of the page must survive them.
    return body.replace(b"<p>", b"<p>\xff\xfe\xc3(\x80", 1)


def absurd_age(body: bytes) -> bytes:
    """The article's date replaced by an age no clock can subtract (the theme prints any number)."""
    date = rb'<span class="date">[^<]*(?:<span class="datetime">[^<]*</span>)?</span>'
    new, n = re.subn(date, '<span class="date">99999999天前</span>'.encode(), body, count=1)
    assert n == 1, "the article's date markup changed: the fault would test nothing"
    return new


def pad_50mb(body: bytes) -> bytes:
    return body.replace(b"</body>", b"<!--" + b"x" * 50_000_000 + b"--></body>")


# Every hostile link form: (href, policy it must be skipped under, or None when it is the site's own).
HOSTILE = [
    ("javascript:alert(document.cookie)", "non-http"),
    ("mailto:ceo@example.net", "non-http"),
    ("data:text/html,<script>alert(1)</script>", "non-http"),
    ("file:///etc/passwd", "non-http"),
    ("ftp://www.shcfck.com/pub/", "non-http"),
    ("tel:+86-21-5555-0000", "non-http"),
    ("//evil.example.net/x.html", "offsite"),
    ("http://www.shcfck.com.evil.example.net/", "offsite"),
    ("http://www.shcfck.com@evil.example.net/", "offsite"),
    ("http://evil.example.net/?u=http://www.shcfck.com/", "offsite"),
    ("http://127.0.0.1/", "private-host"),
    ("http://localhost:8080/", "private-host"),
    ("http://[::1]/", "private-host"),
    ("http://[::ffff:127.0.0.1]/", "private-host"),
    ("http://10.1.2.3/admin", "private-host"),
    ("http://192.168.1.1/", "private-host"),
    ("http://169.254.169.254/latest/meta-data/", "private-host"),
    # Unusual spellings of loopback: every browser and curl reach 127.0.0.1 through them.
    ("http://0x7f000001/", "private-host"),
    ("http://2130706433/", "private-host"),
    ("http://127.1/", "private-host"),
    ("http://0177.0.0.1/", "private-host"),
    ("/zb_system/admin/index.php?act=PostEdt", "cms-internal"),
    ("/search.php?q=厂房", "search"),
    ("../../../../etc/passwd", "unknown-page-type"),
    ("/feed.php?cate=3", "feed-variant"),
    # The site's own URLs in odd dress: they resolve to a canonical page.
    (f"HTTP://WWW.SHCFCK.COM/index.php/post/{POSTS[1]}.html", None),
    (f"https://shcfck.com/index.php/post/{POSTS[2]}.html#comments", None),
    (f"  http://www.shcfck.com/index.php/post/{POSTS[3]}.html\n", None),
    (f"http://www.shcfck.com:8080/index.php/post/{POSTS[4]}.html", None),
    (f"/index.php?id={POSTS[5]}", None),
]


def inject_links(hrefs: list[str]):
    anchors = "".join(f'<a href="{h}">link</a>' for h in hrefs).encode()
    return lambda body: body.replace(b"</body>", anchors + b"</body>")


# --- traps ------------------------------------------------------------------------------------------

MONTH = re.compile(r"http://www\.shcfck\.com/index\.php/date-(\d{4})-(\d{1,2})\.html")
HOME_PAGE = re.compile(r"http://www\.shcfck\.com/index\.php/page_(\d+)\.html")


def calendar(url: str, emulator: SiteEmulator) -> Response:
    """A month archive with a calendar widget linking the previous and the next month, for ever
    (the CMS answers any month, most of them an empty list)."""
    year, month = (int(g) for g in MONTH.fullmatch(url).groups())
    prev_y, prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
    next_y, next_m = (year, month + 1) if month < 12 else (year + 1, 1)
    page = emulator.handle("GET", url)
    links = (
        f'<a href="{HOME}index.php/date-{prev_y}-{prev_m}.html">上月</a>'
        f'<a href="{HOME}index.php/date-{next_y}-{next_m}.html">下月</a>'
    ).encode()
    return Response(page.status, page.headers, page.body.replace(b"</body>", links + b"</body>"))


def endless_pages(url: str, emulator: SiteEmulator) -> Response:
    """Home pagination that never ends: past the last page the last page is served again, with a
    link to one more."""
    n = int(HOME_PAGE.fullmatch(url).group(1))
    page = emulator.handle("GET", url)
    if page.status == 404:
        last = 1
        while emulator.handle("GET", f"{HOME}index.php/page_{last + 1}.html").status == 200:
            last += 1
        page = emulator.handle("GET", f"{HOME}index.php/page_{last}.html")
    link = f'<a href="{HOME}index.php/page_{n + 1}.html">下一页</a>'.encode()
    return Response(200, page.headers, page.body.replace(b"</body>", link + b"</body>"))


LOGIN_WALL = (
    "<!DOCTYPE html><html><head><title>用户登录 - 中国产业园区招商网</title></head><body>"
    '<form action="/zb_system/cmd.php?act=verify" method="post"><p>请先登录后查看全文</p>'
    '<input name="username"><input name="password" type="password"></form></body></html>'
).encode()
ERROR_AS_200 = (
    "<!DOCTYPE html><html><head><title>404 页面不存在</title></head><body>"
    "<h1>抱歉，您访问的页面不存在或已被删除</h1><a href='/'>返回首页</a></body></html>"
).encode()


# A non-HTML body is no sign of markup drift: its reason must say what it is, not "extraction failed".
NOT_HTML = r"(?i)not a text response|not html|content.type|application/pdf|image/jpeg"

# --- the table of faults ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One fault (``fault``: a factory, faults keep state) on ``url``, and where the URL must end:
    ``archived``; ``failed`` with a reason matching ``detail``; ``skipped`` under the policy ``detail``;
    ``recorded``: failed or skipped, the crawler chooses (for a redirect, ``detail`` is the policy its
    target must be skipped under); ``handled``: archived or failed; ``intact``: archived with the
    site's true title, or failed, never archived garbled."""

    name: str
    group: str
    url: str
    expect: str
    detail: str = ""
    fault: object = None
    key: object = None  # the fault's URL or regex, when not ``url``


CASES = [
    # HTTP error classes: on articles and on list pages.
    Case("404 on a list", "http", f"{HOME}index.php/tags-12.html", "failed", "HTTP 404", lambda: Status(404)),
    Case(
        "401 on a list", "http", f"{HOME}index.php/author-2.html", "failed", "HTTP 401", lambda: Status(401)
    ),
    Case(
        "403 on a list", "http", f"{HOME}index.php/category-2.html", "failed", "HTTP 403", lambda: Status(403)
    ),
    Case("410 on an article", "http", art(10), "failed", "HTTP 410", lambda: Status(410)),
    Case("451 on an article", "http", art(11), "failed", "HTTP 451", lambda: Status(451)),
    Case("500 on an article", "http", art(12), "failed", "HTTP 500", lambda: Status(500)),
    Case("502 on an article", "http", art(13), "failed", "HTTP 502", lambda: Status(502)),
    Case("504 on an article", "http", art(14), "failed", "HTTP 504", lambda: Status(504)),
    Case("400 on an article", "http", art(9), "failed", "HTTP 400", lambda: Status(400)),
    Case(
        "302 without a Location",
        "http",
        art(8),
        "failed",
        "HTTP 302",
        lambda: Status(302),
    ),
    Case("304 nobody asked for", "http", art(7), "failed", "HTTP 304", lambda: Status(304)),
    Case("500 once, then the page", "http", art(15), "archived", "", lambda: Status(500, times=1)),
    Case("429 with Retry-After", "http", art(16), "archived", "", lambda: RetryAfter(429, 2)),
    Case("503 with Retry-After", "http", art(17), "archived", "", lambda: RetryAfter(503, 2)),
    # Redirects the crawl must not follow, or must give up on, saying so under the URL it was given.
    Case(
        "redirect loop",
        "redirects",
        art(18),
        "recorded",
        "",
        lambda: Redirect(art(18) + "?r=1"),
    ),
    Case("redirect loop (second leg)", "redirects", art(18) + "?r=1", "none", "", lambda: Redirect(art(18))),
    Case(
        "redirect to an unparseable URL",
        "redirects",
        art(24),
        "recorded",
        "",
        lambda: Redirect("http://[::1/admin"),
    ),
    Case("redirect to itself", "redirects", art(19), "recorded", "", lambda: Redirect(art(19))),
    Case(
        "redirect off-site",
        "redirects",
        art(20),
        "recorded",
        "offsite",
        lambda: Redirect("http://evil.example.net/landing.html"),
    ),
    Case(
        "redirect to a private host",
        "redirects",
        art(21),
        "recorded",
        "private-host",
        lambda: Redirect("http://10.0.0.1/admin/"),
    ),
    Case(
        "redirect to loopback",
        "redirects",
        art(22),
        "recorded",
        "private-host",
        lambda: Redirect("http://127.0.0.1:9/"),
    ),
    Case(
        "redirect to https",
        "redirects",
        art(23),
        "recorded",
        "",
        lambda: Redirect(art(23).replace("http://", "https://"), 301),
    ),
    # Transport: truncated, stalled, reset; non-HTML types; a huge page; encodings; hostile links.
    Case("truncated body", "transport", art(10), "failed", "", lambda: Truncate(0.5)),
    Case("connection reset", "transport", art(11), "failed", "", lambda: Reset()),
    Case("stalled before headers", "transport", art(12), "failed", "[Tt]ime", lambda: Stall("headers")),
    Case("stalled mid-body", "transport", art(13), "failed", "[Tt]ime", lambda: Stall("body")),
    Case(
        "PDF served at an article URL",
        "transport",
        art(14),
        "failed",
        NOT_HTML,
        lambda: Body(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n%%EOF\n", "application/pdf"),
    ),
    Case(
        "image served at an article URL",
        "transport",
        art(15),
        "failed",
        NOT_HTML,
        lambda: Body(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(2000), "image/jpeg"),
    ),
    Case("a 50 MB page", "transport", art(16), "archived", "", lambda: Transform(pad_50mb, name="50 MB")),
    Case(
        "GBK, charset in header and meta",
        "transport",
        art(17),
        "intact",
        "",
        lambda: Transform(reencode("gbk", "gbk"), "text/html; charset=gbk", "gbk"),
    ),
    Case(
        "GB2312 label, charset in meta only",
        "transport",
        art(18),
        "intact",
        "",
        lambda: Transform(reencode("gbk", "gb2312"), "text/html", "gb2312 meta"),
    ),
    Case(
        "GBK, header and meta disagree (header right)",
        "transport",
        art(19),
        "intact",
        "",
        lambda: Transform(reencode("gbk", "utf-8"), "text/html; charset=GBK", "gbk vs meta"),
    ),
    Case(
        "GB18030 without any charset",
        "transport",
        art(20),
        "intact",
        "",
        lambda: Transform(reencode("gb18030", None), "text/html", "gb18030 bare"),
    ),
    Case(
        "invalid UTF-8 bytes in the body",
        "transport",
        art(21),
        "intact",
        "",
        lambda: Transform(invalid_bytes, name="invalid bytes"),
    ),
    Case(
        "every hostile link form on an article",
        "transport",
        art(22),
        "archived",
        "",
        lambda: Transform(inject_links([h for h, _ in HOSTILE]), name="hostile links"),
    ),
    Case(
        "an unparseable URL among links",
        "transport",
        art(23),
        "archived",
        "",
        lambda: Transform(
            inject_links(["http://[::1/", f"{HOME}index.php/tags-13_2.html"]), name="unparseable link"
        ),
    ),
    Case(
        "gzip announced, body not gzip",
        "transport",
        art(25),
        "failed",
        "",
        lambda: Transform(lambda b: b, name="bad gzip", headers={"Content-Encoding": "gzip"}),
    ),
    Case(
        "an absurd age on the article (99999999天前)",
        "transport",
        art(24),
        "handled",
        "",
        lambda: Transform(absurd_age, name="absurd age"),
    ),
    # Soft errors: served as 200 but not the article. Four of the site's articles: the health check fails.
    Case("empty 200", "soft", art(10), "failed", "", lambda: Body(b"", name="empty 200")),
    Case("login wall as 200", "soft", art(11), "failed", "", lambda: Body(LOGIN_WALL, name="login wall")),
    Case("error page as 200", "soft", art(12), "failed", "", lambda: Body(ERROR_AS_200, name="error as 200")),
    Case(
        "JSON error as 200",
        "soft",
        art(13),
        "failed",
        "",
        lambda: Body(b'{"code":403,"msg":"forbidden"}', "application/json", name="json 200"),
    ),
    # Every article answers 503: nothing archived is a failed run.
    Case(
        "every article answers 503",
        "all-503",
        REFERENCE_NEWEST,
        "failed",
        "HTTP 503",
        lambda: Status(503),
        key=re.compile(r"http://www\.shcfck\.com/index\.php/post/\d+\.html"),
    ),
    # Traps: endless calendars and pagination must not hold the crawl.
    Case(
        "calendar trap",
        "traps",
        f"{HOME}index.php/date-1999-1.html",
        "skipped",
        "",
        lambda: Respond(calendar, "calendar"),
        key=MONTH,
    ),
    Case(
        "pagination trap",
        "traps",
        f"{HOME}index.php/page_60.html",
        "skipped",
        "",
        lambda: Respond(endless_pages, "endless pages"),
        key=HOME_PAGE,
    ),
]

# The group's crawl settings and the exit status the truth calls for.
# Each group keeps its failures under the health check's share of failed fetches (10% of ~150 pages).
GROUPS = {
    "http": ([], 0, "default"),
    "redirects": ([], 0, "default"),
    # Small timeout and one retry: stalls fail in seconds, not minutes.
    "transport": (["-s", "DOWNLOAD_TIMEOUT=3", "-s", "RETRY_TIMES=1"], 0, "default"),
    "soft": ([], 3, "default"),
    "all-503": (["-s", "RETRY_TIMES=0"], 3, "reference"),
    # A safety net only (the small site takes ~40 requests): a crawl that walks into a trap stops
    # here, fails its health check, and the test says so.
    "traps": (["-s", "CLOSESPIDER_PAGECOUNT=150"], 0, "reference"),
}


# --- running a group ------------------------------------------------------------------------------------


def fault_env(proxy_url: str) -> dict[str, str]:
    """Both schemes through the fault server: an https redirect must not reach the network either."""
    env = {k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "https_proxy", "http_proxy")}
    return {**env, "http_proxy": proxy_url, "https_proxy": proxy_url}


def run_crawl(db: Path, proxy_url: str, *args: str, timeout: float = 240) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "scrapy", "crawl", "shcfck", "-s", f"ARCHIVE_DB={db}", *FAST, *args]
    return subprocess.run(
        cmd, cwd=ROOT, env=fault_env(proxy_url), capture_output=True, text=True, timeout=timeout
    )


@dataclass
class GroupRun:
    db: Path
    result: subprocess.CompletedProcess
    log: list
    expect_exit: int
    emulator: SiteEmulator
    problems: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def group_runs(tmp_path_factory):
    """One crawl per group, run when a test first asks for it."""
    done: dict[str, GroupRun] = {}

    def run(group: str) -> GroupRun:
        if group not in done:
            settings, expect_exit, corpus = GROUPS[group]
            faults = {c.key or c.url: c.fault() for c in CASES if c.group == group and c.fault}
            emulator = SiteEmulator.default() if corpus == "default" else SiteEmulator.reference()
            db = tmp_path_factory.mktemp(group) / "archive.db"
            with serve_faults(emulator, faults) as server:
                result = run_crawl(db, server.proxy_url, *settings)
                log = server.log
            done[group] = GroupRun(db, result, log, expect_exit, emulator)
        return done[group]

    return run


# --- the promise ---------------------------------------------------------------------------------------


def connect(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    return conn


def check_promise(db: Path, log: list, result: subprocess.CompletedProcess, expect_exit: int) -> list[str]:
    """Everything the promise says, checked on the archive and the server's log; the broken parts."""
    problems: list[str] = []
    tail = result.stderr[-3000:]
    if result.returncode != expect_exit:
        problems.append(f"exit status {result.returncode}, the truth is {expect_exit}: {tail}")
    problems += [f"an unhandled error in the log: {t}" for t in tracebacks(result.stderr)]
    off_site = sorted({h for seen in log for h in seen.hosts} - SITE_HOSTS)
    if off_site:
        problems.append(f"requested outside the site: {off_site}")
    conn = connect(db)
    try:
        if (check := conn.execute("PRAGMA integrity_check").fetchone()[0]) != "ok":
            problems.append(f"integrity_check: {check}")
        dup = conn.execute("SELECT post_id FROM articles GROUP BY post_id HAVING count(*) > 1").fetchall()
        if dup:
            problems.append(f"duplicate articles: {[r[0] for r in dup]}")
        blank = conn.execute("SELECT url FROM failures WHERE coalesce(reason, '') = ''").fetchall()
        if blank:
            problems.append(f"failures without a reason: {[r[0] for r in blank]}")
        for url, policy in conn.execute("SELECT url, policy FROM skipped_urls"):
            if policy not in SKIP_POLICIES:  # "a stated policy": one the README documents
                problems.append(f"skipped under an undocumented policy {policy!r}: {url}")
        run = conn.execute("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()
        health = {0: "ok", 3: "failed"}.get(expect_exit)
        if health and (run is None or run["health"] != health):
            problems.append(f"health {run and run['health']}, the truth is {health}")
        if run is not None:
            problems += unaccounted(conn, run["id"], log)
    finally:
        conn.close()
    return problems


LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d ")


def tracebacks(stderr: str) -> list[str]:
    """The last lines of every traceback in a crawl's log, except the health check's own report
    (spidermon prints a failed monitor as a traceback: that is the run telling the truth)."""
    found, block = [], None
    for line in stderr.splitlines() + ["2000-01-01 00:00:00 end"]:
        if line.startswith("Traceback"):
            block = [line]
        elif block is not None and LOG_LINE.match(line):
            if not any("spidermon" in b or "monitors.py" in b for b in block):
                found.append(" | ".join(b.strip() for b in block[-3:]))
            block = None
        elif block is not None:
            block.append(line)
    return sorted(set(found))


def unaccounted(conn: sqlite3.Connection, run_id: int, log: list) -> list[str]:
    """Every URL the server was asked for, and every link on every stored page, must have ended
    archived, failed or skipped in this run."""
    archived = {r[0] for r in conn.execute("SELECT url FROM articles")}
    fetched = {
        r[0] for r in conn.execute("SELECT url FROM pages WHERE run_id = ? AND status = 200", [run_id])
    }
    failed = {r[0] for r in conn.execute("SELECT url FROM failures WHERE run_id = ?", [run_id])}
    skipped = {r[0] for r in conn.execute("SELECT url FROM skipped_urls WHERE run_id = ?", [run_id])}
    problems = []

    def ended(raw: str, base: str | None = None) -> bool:
        try:
            target = SHCFCK.resolve(raw, base=base)
        except ValueError:  # a link Site.resolve cannot parse must still be recorded as met
            return any(raw.strip() in url for url in skipped | failed)
        if isinstance(target, Skip):
            return target.url in skipped
        done = archived if target.kind == "article" else fetched
        return target.url in done | failed | skipped or raw in failed | skipped

    for seen in log:
        if seen.method == "GET" and seen.url != HOME + "robots.txt":
            try:
                target = SHCFCK.resolve(seen.url)
            except ValueError:
                target = None
            if isinstance(target, Skip) or target is None:
                problems.append(f"requested a URL its policy skips: {seen.url}")
            elif not ended(seen.url):
                problems.append(
                    f"requested, then not accounted for: {seen.url} ({seen.fault or seen.status})"
                )
    pages = conn.execute(
        "SELECT url, body, headers FROM pages WHERE run_id = ? AND status = 200", [run_id]
    ).fetchall()
    lost: dict[str, list[str]] = {}  # link -> pages it is on
    for page in pages:
        headers = json.loads(page["headers"])
        if "html" not in (headers.get("Content-Type") or [""])[0]:
            continue
        if page["url"] in failed:
            continue  # stored as served, but unreadable to the crawler (bad gzip): its links were never met
        body = decompress(page["body"])  # the store's codec, whichever wrote the row
        response = HtmlResponse(page["url"], body=body, headers=headers)
        for href in response.css("a::attr(href)").getall():
            if not ended(href, base=page["url"]):
                lost.setdefault(href.strip(), []).append(page["url"])
    problems += [
        f"a link not accounted for: {h!r} (on {len(on)} pages, e.g. {on[0]})" for h, on in lost.items()
    ]
    return sorted(set(problems))


# --- the tests ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("group", list(GROUPS))
def test_the_promise_holds(group_runs, group):
    run = group_runs(group)
    problems = check_promise(run.db, run.log, run.result, run.expect_exit)
    assert problems == [], "\n".join(problems[:40])


def _outcome(conn: sqlite3.Connection, url: str) -> tuple[str, str]:
    canonical = SHCFCK.resolve(url).url
    row = conn.execute("SELECT url FROM articles WHERE url = ?", [canonical]).fetchone()
    if row:
        return "archived", ""
    row = conn.execute(
        "SELECT kind || ': ' || reason FROM failures WHERE url IN (?, ?) ORDER BY run_id DESC",
        [url, canonical],
    ).fetchone()
    if row:
        return "failed", row[0]
    row = conn.execute("SELECT policy FROM skipped_urls WHERE url IN (?, ?)", [url, canonical]).fetchone()
    if row:
        return "skipped", row[0]
    return "nowhere", ""


@pytest.mark.parametrize("case", [c for c in CASES if c.expect != "none"], ids=lambda c: c.name)
def test_each_fault_ends_as_the_promise_says(group_runs, case):
    run = group_runs(case.group)
    where = case.key if isinstance(case.key, re.Pattern) else re.compile(re.escape(case.url))
    served = [s for s in run.log if s.fault and where.fullmatch(s.url)]
    assert served, f"the fault of {case.name!r} was never served: the case tests nothing"
    conn = connect(run.db)
    try:
        if case.group in ("traps",):
            return check_trap(conn, run, case)
        outcome, detail = _outcome(conn, case.url)
        if case.expect == "archived":
            assert outcome == "archived", (outcome, detail)
        elif case.expect == "failed":
            assert outcome == "failed" and re.search(case.detail, detail), (outcome, detail)
        elif case.expect == "recorded":
            assert outcome in ("failed", "skipped"), (outcome, detail)
            if case.detail:  # the redirect's target is skipped under its policy
                target = SHCFCK.resolve(case.fault().location).url
                policy = conn.execute("SELECT policy FROM skipped_urls WHERE url = ?", [target]).fetchone()
                assert policy and policy[0] == case.detail, (target, policy and policy[0])
        elif case.expect == "intact":
            if outcome == "archived":
                title, body = conn.execute(
                    "SELECT title, body FROM articles WHERE url = ?", [SHCFCK.resolve(case.url).url]
                ).fetchone()
                post_id = int(case.url.rsplit("/", 1)[1][:-5])
                assert title == TITLES[post_id], "archived with a garbled title"
                # Past the first paragraph (the invalid-bytes fault writes there): the text as written.
                lost = [line for line in BODIES[post_id][1:] if line not in body.split("\n")]
                assert lost == [], "archived with a garbled body"
            else:
                assert outcome == "failed", (outcome, detail)
        elif case.expect == "handled":
            assert outcome in ("archived", "failed"), (outcome, detail)
        elif case.expect == "skipped":
            assert outcome == "skipped" and case.detail in detail, (outcome, detail)
    finally:
        conn.close()


def check_trap(conn: sqlite3.Connection, run: GroupRun, case: Case) -> None:
    """A trap is cut short by the crawler itself: the run finishes (not the safety net), walking a
    bounded number of trap pages, and the links it does not walk are skipped with a policy."""
    pattern = case.key
    walked = [s.url for s in run.log if pattern.fullmatch(s.url)]
    finish = conn.execute("SELECT finish_reason FROM crawl_runs ORDER BY id DESC").fetchone()[0]
    assert finish == "finished", f"the crawl did not end by itself: {finish}, {len(walked)} trap pages walked"
    assert len(walked) <= 60, f"{len(walked)} trap pages walked"
    policies = {r[0] for r in conn.execute("SELECT policy FROM skipped_urls")}
    trapped = [
        r[0] for r in conn.execute("SELECT url FROM skipped_urls").fetchall() if pattern.fullmatch(r[0])
    ]
    assert trapped, f"no trap link skipped with a policy (policies: {sorted(policies)})"


def test_hostile_links_are_skipped_under_their_policy(group_runs):
    run = group_runs("transport")
    conn = connect(run.db)
    try:
        skipped = dict(conn.execute("SELECT url, policy FROM skipped_urls").fetchall())
        archived = {r[0] for r in conn.execute("SELECT url FROM articles")}
    finally:
        conn.close()
    wrong = {}
    host_page = art(22)
    for href, policy in HOSTILE:
        try:
            target = SHCFCK.resolve(href, base=host_page)
        except ValueError as exc:
            wrong[href] = f"resolve raised {exc}"
            continue
        if policy is None:
            if target.url not in archived:
                wrong[href] = f"{target.url} not archived"
        elif skipped.get(target.url) != policy:
            wrong[href] = f"skipped as {skipped.get(target.url)!r}, should be {policy!r}"
    assert wrong == {}


def test_retry_after_is_honoured(group_runs):
    """The retry of a 429/503 with Retry-After: 2 comes no sooner than two seconds later."""
    run = group_runs("http")
    for url in (art(16), art(17)):
        times = [s.at for s in run.log if s.url == url]
        assert len(times) >= 2, f"{url} was not retried"
        assert times[1] - times[0] >= 2.0, f"{url} retried after {times[1] - times[0]:.2f}s"


def test_nothing_is_requested_twice_except_retries(group_runs):
    run = group_runs("http")
    faulted = {s.url for s in run.log if s.fault}
    counts: dict[str, int] = {}
    for s in run.log:
        if s.method == "GET":
            counts[s.url] = counts.get(s.url, 0) + 1
    assert {u: n for u, n in counts.items() if n > 1 and u not in faulted} == {}


# --- the archive's own faults: locked, read-only, full disk, bad arguments --------------------------


def test_a_locked_archive_exits_4_and_touches_nothing(tmp_path):
    db = tmp_path / "a.db"
    holder = Archive(db, lock=True)
    try:
        with serve_faults(SiteEmulator.reference()) as server:
            result = run_crawl(db, server.proxy_url)
            log = server.log
    finally:
        holder.close()
    assert result.returncode == 4, result.stderr[-2000:]
    assert log == []
    assert "Traceback" not in result.stderr


@pytest.fixture
def tmpfs(tmp_path):
    """A small tmpfs of our own (we mount it: root only, Linux only)."""
    mount = tmp_path / "mnt"
    mount.mkdir()

    def do(size: str) -> Path:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            pytest.skip(
                f"cannot mount a tmpfs here ({done.stderr.strip()}): full disk and read-only need one"
            )
        return mount

    yield do
    subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_a_full_disk_fails_the_run_loudly(tmpfs):
    mount = tmpfs("600k")
    db = mount / "archive.db"
    with serve_faults(SiteEmulator.default()) as server:
        result = run_crawl(db, server.proxy_url)
    # 5: the archive could not store what was fetched (parkcrawler/commands/crawl.py).
    assert result.returncode == 5, f"exit {result.returncode}: " + result.stderr[-2000:]
    assert tracebacks(result.stderr) == []
    assert re.search(r"disk is full|No space left", result.stderr), result.stderr[-2000:]
    if db.exists():
        conn = sqlite3.connect(db)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()


def _read_only(mount: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)


@pytest.mark.parametrize("where", ["archive", "missing folder"])
def test_a_read_only_archive_cannot_start_and_says_why(tmpfs, where):
    mount = tmpfs("4m")
    Archive(mount / "archive.db").close()  # an archive that exists, then the disk goes read-only
    _read_only(mount)
    db = mount / "archive.db" if where == "archive" else mount / "sub" / "archive.db"
    with serve_faults(SiteEmulator.reference()) as server:
        result = run_crawl(db, server.proxy_url)
        log = server.log
    assert result.returncode == 1, result.stderr[-2000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    assert str(db) in result.stderr or str(db.parent) in result.stderr
    assert log == [], "a run that cannot write fetched pages anyway"


@pytest.mark.parametrize("args", [["-a", "full=maybe"], ["-a", "fulll=1"]], ids=["bad value", "unknown name"])
def test_bad_spider_arguments_stop_the_run(tmp_path, args):
    db = tmp_path / "a.db"
    with serve_faults(SiteEmulator.reference()) as server:
        result = run_crawl(db, server.proxy_url, *args, timeout=120)
        log = server.log
    assert result.returncode == 2, result.stderr[-2000:]  # usage (parkcrawler/commands/crawl.py)
    assert "Traceback" not in result.stderr
    assert args[1].split("=")[0] in result.stderr
    assert log == []


def test_sigkill_at_random_points_loses_nothing(tmp_path):
    """Three trials of scripts/stress_kill.py (the full 20 are in docs/reliability.md)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import stress_kill
    finally:
        sys.path.pop(0)
    # Killed once a random number of articles is archived: every trial is mid-crawl, whatever the speed.
    report = stress_kill.run(trials=3, seed=10, workdir=tmp_path, corpus="reference", kill_at="articles")
    assert report["killed_before_finishing"] == 3, report
    assert report["mismatched"] == [], report
    assert report["integrity_failures"] == 0 and report["duplicates"] == 0


def test_the_fault_server_is_loopback_only_and_logs_every_host():
    """The checker's evidence: an off-site request through the proxy is answered 502 and logged."""
    faults = {art(0): Status(500)}
    with serve_faults(SiteEmulator.reference(), faults) as server:
        assert server.proxy_url.startswith("http://127.0.0.1:")
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy_url}))
        for url, status in (("http://evil.example.net/", 502), (art(0), 500), (HOME, 200)):
            with pytest.raises(urllib.error.HTTPError) if status != 200 else _nothing():
                opener.open(url, timeout=10).read()
        seen = [(s.url, s.status, s.fault, sorted(s.hosts)) for s in server.log]
    assert seen == [
        ("http://evil.example.net/", 502, None, ["evil.example.net"]),
        (art(0), 500, "status 500", ["www.shcfck.com"]),
        (HOME, 200, None, ["www.shcfck.com"]),
    ]


@contextmanager
def _nothing():
    yield
