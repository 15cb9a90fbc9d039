"""End to end: `scrapy crawl parkwp` against the WordPress emulator on a real local HTTP server.

The same guarantees as the shcfck site's tests (test_crawl, test_incremental): complete, canonical,
every field exact, incremental, kill-safe, nothing off-site, reparse gives the same articles. Every
assertion is on the SQLite file the crawl wrote, or on the server's request log.

The profile as shipped discovers posts through the REST API's posts list and reads each post's HTML
page (`runs`); with the API switched off the way sites do it, the same crawl falls back to the HTML
lists and sitemaps (`html_run`), and must meet every guarantee too; `paged_runs` pages the REST list
(20 a page) to hold its incremental stop rule. The spider's API discovery states are unit-tested last.
"""

from __future__ import annotations

import json
import re
import shutil
import signal
import sqlite3
import subprocess
from collections import Counter
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from crawling import ROOT, SLOW, count_articles, crawl, crawl_cmd, crawl_env, wait_for_articles
from parsel import Selector
from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from parkcrawler.crawl.reparse import reparse_site
from parkcrawler.crawl.spiderloader import spider_for
from parkcrawler.crawl.spiders.site import link_header
from parkcrawler.evaluate import score_page
from parkcrawler.items import ListPage, UrlOutcome
from parkcrawler.sites import Page, Skip, packaged_site
from parkcrawler.store import Archive, decompress
from parkcrawler.testsite import serve
from parkcrawler.testsite.wordpress import BASE, WordPressEmulator, ground_truth
from parkcrawler.testsite.wordpress.corpus import permalink

PARKWP = packaged_site("parkwp")
HOST = "www.parkwp.example.cn"
API = PARKWP.start_urls[0]  # the REST posts list, the profile's first start page
assert PARKWP.resolve(API) == Page(API, "api")
# What every run fetches whatever is new: robots.txt, the REST list, the feed.
CONSTANT = {BASE + "robots.txt", API, BASE + "feed/"}
# What an HTML run fetches whatever is new: robots.txt, the start pages, the sitemaps the index lists.
SITEMAPS = {
    BASE + f"wp-sitemap-{name}-1.xml"
    for name in ("posts-post", "posts-page", "taxonomies-category", "taxonomies-post_tag", "users")
}
HTML_CONSTANT = {BASE + "robots.txt", BASE, BASE + "feed/", BASE + "wp-sitemap.xml"} | SITEMAPS
NEW_POSTS = [
    (
        "新增厂房招商信息第1号：松江出口加工区标准厂房",
        ("松江出口加工区标准厂房一栋，面积5200平方米。", "层高9米，双回路供电，可环评。"),
    ),
    (
        "新增厂房招商信息第2号：九亭镇研发办公楼",
        ("九亭镇研发办公楼整层出租，面积1800平方米。", "近地铁9号线，可注册。"),
    ),
    (
        "新增厂房招商信息第3号：车墩镇仓储物流用房",
        ("车墩镇高标仓库出租，面积12000平方米。", "带卸货平台，可分租。"),
    ),
]


def fetched(server) -> Counter:
    return Counter(url for method, url, status in server.request_log)


def is_article(url: str) -> bool:
    return PARKWP.is_article(url)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Run 1 archives the site (full); three posts appear; run 2 (incremental); nothing new; run 3.
    A copy of the archive after run 1 is reparsed from its stored pages."""
    folder = tmp_path_factory.mktemp("wordpress")
    db = folder / "archive.db"
    emulator = WordPressEmulator()
    truth1 = ground_truth(emulator.corpus)
    with serve(emulator) as server:
        first = crawl(db, server.proxy_url, spider="parkwp")
        log1 = list(server.request_log)
        shutil.copy(db, folder / "reparsed.db")
        emulator.advance(timedelta(hours=6))
        new = []
        for title, paragraphs in NEW_POSTS:
            new.append(emulator.add_post(title, paragraphs, category_ids=(3,), tag_ids=(12,)).id)
            emulator.advance(timedelta(minutes=30))
        server.reset_log()
        crawl(db, server.proxy_url, spider="parkwp")
        log2 = fetched(server)
        emulator.advance(timedelta(hours=6))
        server.reset_log()
        crawl(db, server.proxy_url, spider="parkwp")
        log3 = fetched(server)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield {
        "db": db,
        "reparsed": folder / "reparsed.db",
        "conn": conn,
        "emulator": emulator,
        "truth1": truth1,
        "truth": ground_truth(emulator.corpus),
        "new": new,
        "log1": log1,
        "logs": (log2, log3),
        "stderr1": first.stderr,
    }
    conn.close()


def run(conn, run_id: int) -> dict:
    return dict(conn.execute("SELECT * FROM crawl_runs WHERE id = ?", [run_id]).fetchone())


def stats(conn, run_id: int) -> dict:
    return json.loads(run(conn, run_id)["stats"])


@pytest.fixture(scope="module")
def html_run(tmp_path_factory):
    """The REST API answers 401 (a 'disable REST API' plugin): the same crawl discovers through HTML, a
    full run, then three new posts and an incremental run."""
    db = tmp_path_factory.mktemp("wordpress-html") / "archive.db"
    emulator = WordPressEmulator(rest_api="login")
    with serve(emulator) as server:
        crawl(db, server.proxy_url, spider="parkwp")
        log = list(server.request_log)
        truth1 = ground_truth(emulator.corpus)
        emulator.advance(timedelta(hours=6))
        for title, paragraphs in NEW_POSTS:
            emulator.add_post(title, paragraphs, category_ids=(3,), tag_ids=(12,))
            emulator.advance(timedelta(minutes=30))
        server.reset_log()
        crawl(db, server.proxy_url, spider="parkwp")
        log2 = fetched(server)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    yield {"conn": conn, "log": log, "log2": log2, "truth1": truth1, "truth": ground_truth(emulator.corpus)}
    conn.close()


# --- complete, canonical, exact -------------------------------------------------------------------------


def test_every_live_article_archived_exactly_once(runs):
    urls = [r["url"] for r in runs["conn"].execute("SELECT url FROM articles")]
    assert len(urls) == len(set(urls))
    assert set(urls) == {t["url"] for t in runs["truth"]}
    first = run(runs["conn"], 1)
    assert (first["mode"], first["health"], first["articles_new"]) == ("full", "ok", len(runs["truth1"]))
    assert stats(runs["conn"], 1)["parkcrawler/discovery"] == "api"


def test_rest_discovery_fetches_the_list_and_each_post_page_once(runs):
    """1 REST request lists all 58 posts: the crawl fetches their pages and nothing else of the site but
    robots.txt, the feed, and the trashed post a related-posts box still links (a recorded 404)."""
    log = runs["log1"]
    assert {url for method, url, status in log} == CONSTANT | {t["url"] for t in runs["truth1"]} | {
        dead_link(runs)
    }
    assert len(log) == len(runs["truth1"]) + 4 == run(runs["conn"], 1)["requests"]
    first = stats(runs["conn"], 1)
    assert (first["parkcrawler/pages/api"], first.get("parkcrawler/pages/home", 0)) == (1, 0)
    assert first.get("parkcrawler/pages/list", 0) == first.get("parkcrawler/pages/sitemap", 0) == 0


def test_no_page_fetched_twice_and_no_duplicate_forms(runs, html_run):
    for log in (runs["log1"], html_run["log"]):
        counts = Counter(url for method, url, status in log if method == "GET")
        assert [url for url, n in counts.items() if n > 1] == []
        # Only canonical forms: no query string but the REST list's, lower-case percent-encoding, no page/1/.
        assert [
            u
            for u in counts
            if (urlsplit(u).query and u != API) or re.search("%(?:[A-F].|.[A-F])", u) or "/page/1/" in u
        ] == []
        posts = [u for u in counts if is_article(u)]
        assert sorted(posts) == sorted({t["url"] for t in runs["truth1"]} | {dead_link(runs)})


def dead_link(runs) -> str:
    (trashed,) = [p for p in runs["emulator"].corpus.posts.values() if p.deleted]
    return permalink(trashed)


def assert_every_field_exact(conn, truths) -> None:
    scores = []
    for truth in truths:
        row = conn.execute("SELECT * FROM articles WHERE url = ?", [truth["url"]]).fetchone()
        assert row["post_id"] == truth["post_id"]
        assert row["site"] == "parkwp"
        assert row["title"] == truth["title"]
        assert (row["published_at"], row["published_precision"]) == (truth["published_at"], "datetime")
        assert row["author"] == truth["author"]
        assert row["category"] == truth["category"]
        assert row["category_url"] == truth["category_url"]
        assert json.loads(row["tags"]) == truth["tags"]
        assert row["body"].split("\n") == truth["body"], truth["post_id"]  # exact paragraphs
        expected = {"body": truth["body"], "boilerplate_removed": []}
        scores.append(score_page(truth["post_id"], row["body"], expected).f1)
        assert row["views"] is None  # WordPress counts no views
    assert min(scores) == 1.0


def test_every_field_is_exact(runs):
    assert_every_field_exact(runs["conn"], runs["truth"])


def test_the_park_contact_block_is_cleaned_out_by_the_site_rule(runs):
    conn = runs["conn"]
    cleaned = conn.execute(
        "SELECT count(DISTINCT article_url) FROM removed_blocks WHERE rule = 'site_contact.park-contact'"
    ).fetchone()[0]
    assert cleaned == len(runs["truth"])
    assert conn.execute("SELECT count(*) FROM articles WHERE body LIKE '%招商热线%'").fetchone()[0] == 0


def test_related_links_are_canonical_articles(runs):
    conn = runs["conn"]
    assert conn.execute("SELECT count(*) FROM related_links").fetchone()[0] > 0
    for row in conn.execute("SELECT url FROM related_links"):
        target = PARKWP.resolve(row["url"])
        assert isinstance(target, Page) and target.kind == "article" and target.url == row["url"]


def test_the_trashed_post_is_a_recorded_404(runs):
    rows = runs["conn"].execute("SELECT * FROM failures WHERE url = ?", [dead_link(runs)]).fetchall()
    assert [(r["kind"], r["status"], r["reason"]) for r in rows] == [("http", 404, "HTTP 404")]
    assert rows[0]["found_on"]


# --- nothing off-site, every URL accounted for ------------------------------------------------------------


def test_nothing_off_site_or_disallowed(runs, html_run):
    log = runs["log1"] + html_run["log"] + [("GET", u, 0) for log in runs["logs"] for u in log]
    assert {urlsplit(url).hostname for method, url, status in log} == {HOST}
    # robots.txt: Disallow: /wp-admin/ (and the crawl leaves wp-login.php, xmlrpc.php, /wp-json/ alone but
    # for the REST list the profile starts from).
    paths = [urlsplit(url).path for method, url, status in log if url != API]
    assert [p for p in paths if p.startswith(("/wp-admin", "/wp-login", "/xmlrpc", "/wp-json"))] == []
    assert Counter(u for m, u, s in runs["log1"])[BASE + "robots.txt"] == 1


def unaccounted(conn) -> tuple[list, set[str]]:
    """Re-read every stored page of run 1 (HTML pages and REST lists), resolve every link on it, and
    find where each one ended: the targets that ended nowhere, and the skip policies used."""
    fetched_urls = {r[0] for r in conn.execute("SELECT url FROM pages WHERE run_id = 1")}
    skipped = {
        r["url"]: r["policy"] for r in conn.execute("SELECT url, policy FROM skipped_urls WHERE run_id = 1")
    }
    failed = {r[0] for r in conn.execute("SELECT url FROM failures WHERE run_id = 1")}
    archived = {r[0] for r in conn.execute("SELECT url FROM articles")}
    missing = []
    for page in conn.execute("SELECT url, body, headers FROM pages WHERE run_id = 1 AND status = 200"):
        content_type = json.loads(page["headers"]).get("Content-Type", [""])[0]
        body = decompress(page["body"]).decode()
        if "json" in content_type:
            hrefs = [post["link"] for post in json.loads(body)]
        elif "html" in content_type:
            hrefs = Selector(text=body).css("a::attr(href)").getall()
        else:
            continue
        for href in hrefs:
            target = PARKWP.resolve(href, base=page["url"])
            if isinstance(target, Skip):
                ended = target.url in skipped
            elif target.kind == "article":
                ended = target.url in archived | failed
            else:
                ended = target.url in fetched_urls | failed or skipped.get(target.url) in (
                    "list-trap",
                    "api-listed",
                )
            if not ended:
                missing.append(target)
    return missing, set(skipped.values())


def test_every_url_met_is_archived_failed_or_skipped(runs):
    missing, policies = unaccounted(runs["conn"])
    assert missing == []
    expected = {"offsite", "non-http", "private-host", "search", "cms-internal", "duplicate-form"}
    assert expected | {"feed-variant", "unknown-page-type", "api-listed"} <= policies
    # The home page and the sitemap the profile also starts from: not walked while the REST list works.
    skipped = dict(runs["conn"].execute("SELECT url, policy FROM skipped_urls WHERE run_id = 1").fetchall())
    assert skipped[BASE] == skipped[BASE + "wp-sitemap.xml"] == "api-listed"


# --- the REST API fails: HTML discovery, every guarantee kept -------------------------------------------


def test_without_the_api_the_crawl_falls_back_to_html_and_archives_everything(html_run):
    conn = html_run["conn"]
    urls = [r["url"] for r in conn.execute("SELECT url FROM articles")]
    assert sorted(urls) == sorted(t["url"] for t in html_run["truth"])  # after both runs
    assert_every_field_exact(conn, html_run["truth"])
    first = run(conn, 1)
    assert (first["mode"], first["health"], first["articles_new"]) == ("full", "ok", len(html_run["truth1"]))
    assert stats(conn, 1)["parkcrawler/discovery"] == "html (the API list failed)"
    # The API's answer is a recorded failure with its reason; the HTML start pages were walked.
    rows = conn.execute(
        "SELECT url, kind, status, reason FROM failures WHERE run_id = 1 AND url LIKE '%/wp-json/%'"
    ).fetchall()
    assert [tuple(r) for r in rows] == [(API, "http", 401, "HTTP 401")]
    fetched_urls = {url for method, url, status in html_run["log"]}
    assert fetched_urls >= HTML_CONSTANT
    missing, policies = unaccounted(conn)
    assert missing == [] and "api-listed" not in policies


def test_after_a_failed_api_an_incremental_run_walks_only_what_html_discovery_would(html_run):
    """The API's 401 is met again; the lists the new posts link meanwhile are not all walked: the run is
    the HTML incremental run (page 2, pushed by the new posts) plus the one failed API request."""
    log2 = html_run["log2"]
    new_urls = {t["url"] for t in html_run["truth"]} - {t["url"] for t in html_run["truth1"]}
    assert set(log2) == HTML_CONSTANT | {API, BASE + "page/2/"} | new_urls
    second = run(html_run["conn"], 2)
    assert (second["mode"], second["articles_new"], second["health"]) == ("incremental", 3, "ok")


def test_rest_discovery_costs_a_quarter_of_html_discovery(runs, html_run):
    """The figures of docs/families/wordpress.md: about 60 requests against about 260."""
    rest, html = run(runs["conn"], 1)["requests"], run(html_run["conn"], 1)["requests"]
    assert rest * 4 < html < 300
    print(f"full run: REST discovery {rest} requests, HTML discovery {html}")


def test_the_calendar_trap_is_bounded(html_run):
    """Empty months answer 200 and the calendar always links the next one: the walk stops at them."""
    first = run(html_run["conn"], 1)
    counts = json.loads(first["stats"])
    assert counts["parkcrawler/lists/empty_list"] > 0 and counts["parkcrawler/skipped/list-trap"] > 0
    assert first["requests"] == len(html_run["log"]) < 300


# --- incremental --------------------------------------------------------------------------------------


def test_second_run_fetches_only_what_is_new(runs):
    log2 = runs["logs"][0]
    new_urls = {t["url"] for t in runs["truth"] if t["post_id"] in runs["new"]}
    # The REST list's first page (all 61 posts, newest first) shows the three new ones: nothing else.
    assert set(log2) == CONSTANT | new_urls
    assert all(n == 1 for n in log2.values())
    second = run(runs["conn"], 2)
    assert (second["mode"], second["status"], second["health"]) == ("incremental", "finished", "ok")
    assert (second["articles_new"], second["articles_updated"]) == (len(NEW_POSTS), 0)


def test_a_run_with_nothing_new_costs_a_constant(runs):
    log3 = runs["logs"][1]
    assert set(log3) == CONSTANT
    third = run(runs["conn"], 3)
    assert (third["articles_new"], third["requests"], third["health"]) == (0, len(CONSTANT), "ok")


@pytest.fixture(scope="module")
def paged_runs(tmp_path_factory):
    """The shipped profile with 20 posts a REST page, from a user's profiles folder: a full run (3 pages for
    58 posts), three new posts, an incremental run."""
    folder = tmp_path_factory.mktemp("wordpress-paged")
    profiles = ROOT / "parkcrawler" / "sites" / "profiles"
    shutil.copy(profiles / "parkwp.rules.toml", folder)
    text = (profiles / "parkwp.toml").read_text(encoding="utf-8")
    (folder / "parkwp.toml").write_text(text.replace("per_page=100", "per_page=20"), encoding="utf-8")
    db = folder / "archive.db"
    emulator = WordPressEmulator()
    logs = []
    with serve(emulator) as server:
        for step in ("full", "incremental"):
            if step == "incremental":
                emulator.advance(timedelta(hours=6))
                for title, paragraphs in NEW_POSTS:
                    emulator.add_post(title, paragraphs, category_ids=(3,), tag_ids=(12,))
                    emulator.advance(timedelta(minutes=30))
            server.reset_log()
            crawl(db, server.proxy_url, "-s", f"SITE_PROFILES_DIRS={folder}", spider="parkwp")
            logs.append(fetched(server))
    conn = sqlite3.connect(db)
    yield {"logs": logs, "truth": ground_truth(emulator.corpus), "conn": conn}
    conn.close()


def test_a_paged_rest_list_is_followed_by_its_link_header_and_walked_newest_first(paged_runs):
    api = API.replace("per_page=100", "per_page=20")
    pages = [api, api + "&page=2", api + "&page=3"]
    full, incremental = paged_runs["logs"]
    assert {u for u in full if "/wp-json/" in u} == set(pages)  # page 3 holds the last 18: no page 4
    urls = {r[0] for r in paged_runs["conn"].execute("SELECT url FROM articles")}
    assert urls == {t["url"] for t in paged_runs["truth"]}
    # Three new posts push page 1's last three to page 2: page 2 is read, all settled; page 3 is not.
    new = {t["url"] for t in paged_runs["truth"]} - {u for u in full if is_article(u)}
    assert len(new) == len(NEW_POSTS)
    assert set(incremental) == {BASE + "robots.txt", BASE + "feed/", *pages[:2], *new}
    skipped = dict(
        paged_runs["conn"].execute("SELECT url, policy FROM skipped_urls WHERE run_id = 2").fetchall()
    )
    assert skipped[pages[2]] == "incremental"


# --- reparse --------------------------------------------------------------------------------------------


def test_reparse_from_stored_pages_gives_the_same_articles(runs):
    columns = "url, post_id, title, published_at, author, category, category_url, tags, body, images"
    copy = runs["reparsed"]
    before = sqlite3.connect(copy).execute(f"SELECT {columns} FROM articles ORDER BY url").fetchall()
    archive = Archive(copy)
    try:
        report = reparse_site(archive, PARKWP, learn=False)
    finally:
        archive.close()
    after = sqlite3.connect(copy).execute(f"SELECT {columns} FROM articles ORDER BY url").fetchall()
    assert (report.reparsed, report.failed, report.without_page, report.touched) == (len(before), [], [], 0)
    assert after == before


# --- kill-safe ------------------------------------------------------------------------------------------


def test_a_killed_run_is_completed_by_the_next_without_duplicates(tmp_path):
    emulator = WordPressEmulator()
    db = tmp_path / "a.db"
    with serve(emulator) as server:
        proc = subprocess.Popen(
            crawl_cmd(db, *SLOW, spider="parkwp"),
            cwd=ROOT,
            env=crawl_env(server.proxy_url),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_articles(db, 10, proc)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        killed_at = count_articles(db)
        crawl(db, server.proxy_url, spider="parkwp")
    truth = ground_truth(emulator.corpus)
    assert 10 <= killed_at < len(truth)
    conn = sqlite3.connect(db)
    urls = [r[0] for r in conn.execute("SELECT url FROM articles")]
    assert sorted(urls) == sorted(t["url"] for t in truth)
    runs_ = conn.execute("SELECT status, mode FROM crawl_runs ORDER BY id").fetchall()
    assert runs_ == [("interrupted", "full"), ("finished", "incremental")]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


# --- the spider's API discovery, unit by unit -------------------------------------------------------------


def spider(**kwargs):
    cls = spider_for(PARKWP)
    crawler = get_crawler(cls)
    made = cls.from_crawler(crawler, **kwargs)
    crawler.spider = made
    return made


def api_response(body: str | bytes, *, status: int = 200, link: str = "", ctype: str = "application/json"):
    headers = {"Content-Type": f"{ctype}; charset=UTF-8", **({"Link": link} if link else {})}
    kind = TextResponse if "json" in ctype else HtmlResponse
    body = body.encode() if isinstance(body, str) else body
    request = Request(API, meta={"found_on": None})
    return kind(API, status=status, headers=headers, body=body, encoding="utf-8", request=request)


def post_json(n: int) -> dict:
    return {
        "id": n,
        "link": f"{BASE}2026/11/{n:02d}/post-{n}/",
        "title": {"rendered": f"文章&#8220;{n}&#8221;"},
        "date": f"2026-11-{n:02d}T09:30:00",
        "date_gmt": f"2026-11-{n:02d}T01:30:00",
    }


def test_start_pages_wait_for_the_api_list_and_are_not_walked_once_it_lists_articles():
    s = spider()
    starts = list(s._starts())
    assert [r.url for r in starts] == [API, BASE + "feed/"]  # the home page and the sitemap are held
    post = HtmlResponse(
        f"{BASE}2026/11/01/post-1/",
        body=f'<a href="{BASE}category/news/">c</a><a href="{BASE}2026/11/02/post-2/">p</a>'.encode(),
        request=Request(f"{BASE}2026/11/01/post-1/"),
    )
    assert [r.url for r in s.follow(post, post.css("a::attr(href)").getall())] == [
        f"{BASE}2026/11/02/post-2/"
    ]
    link = f'<{API}&page=1>; rel="prev", <{API.replace(",", "%2C")}&page=2>; rel="next"'
    out = list(s.parse(api_response(json.dumps([post_json(3), post_json(2)]), link=link)))
    (listing,) = [o for o in out if isinstance(o, ListPage)]
    assert [(e.url, e.title, e.published_at) for e in listing.entries] == [
        (f"{BASE}2026/11/03/post-3/", "文章“3”", "2026-11-03T09:30:00+08:00"),
        (f"{BASE}2026/11/02/post-2/", "文章“2”", "2026-11-02T09:30:00+08:00"),
    ]
    assert listing.next_url == API + "&page=2"
    skipped = {o.url: (o.reason, o.found_on) for o in out if isinstance(o, UrlOutcome)}
    assert skipped == {
        BASE: ("api-listed", None),
        BASE + "wp-sitemap.xml": ("api-listed", None),
        BASE + "category/news/": ("api-listed", post.url),
    }
    requested = [o.url for o in out if isinstance(o, Request)]
    assert requested == [f"{BASE}2026/11/03/post-3/", API + "&page=2"]  # post-2 was already requested


@pytest.mark.parametrize(
    ("response", "reason"),
    [
        (
            api_response("<html><body>Checking your browser</body></html>", ctype="text/html"),
            "not JSON (Content-Type text/html)",
        ),
        (
            api_response('{"code":"rest_cannot_access","message":"Only authenticated users."}'),
            "API list unreadable: REST error rest_cannot_access: Only authenticated users.",
        ),
        (api_response('[{"id": 1'), "API list unreadable: not JSON"),
        (
            api_response(json.dumps([{**post_json(1), "link": BASE + "about/"}])),
            "API list unreadable: post link",
        ),
        (api_response("[]"), "API list lists no article"),
        (
            api_response(
                json.dumps([post_json(1)]), link=f'<{BASE}wp-json/wp/v2/posts?_embed&page=2>; rel="next"'
            ),
            "API list unreadable: its next page",
        ),
    ],
    ids=["not-json", "rest-error", "truncated", "not-an-article", "empty", "next-not-api"],
)
def test_an_api_list_that_fails_is_recorded_and_the_html_start_pages_are_walked(response, reason):
    s = spider()
    list(s._starts())
    out = list(s.parse(response))
    (failure,) = [o for o in out if isinstance(o, UrlOutcome)]
    assert (failure.url, failure.outcome, failure.kind) == (API, "failed", "content")
    assert failure.reason.startswith(reason), failure.reason
    assert [r.url for r in out if isinstance(r, Request)] == [BASE, BASE + "wp-sitemap.xml"]
    assert s.crawler.stats.get_value("parkcrawler/discovery") == "html (the API list failed)"
    # From now on the site is walked as without the API.
    post = HtmlResponse(
        BASE + "x/", body=f'<a href="{BASE}category/news/">c</a>'.encode(), request=Request(BASE)
    )
    assert [r.url for r in s.follow(post, [BASE + "category/news/"])] == [BASE + "category/news/"]


@pytest.mark.parametrize(
    ("error", "outcome"),
    [
        (HttpError(api_response("", status=404)), ("failed", "HTTP 404")),
        (IgnoreRequest("Forbidden by robots.txt"), ("skipped", "robots.txt")),
    ],
    ids=["http-404", "robots.txt"],
)
def test_an_api_list_that_cannot_be_fetched_is_recorded_and_the_html_start_pages_are_walked(error, outcome):
    s = spider()
    list(s._starts())
    failure = Failure(error)
    failure.request = Request(API, meta={"found_on": None})
    out = list(s.on_error(failure))
    assert [(o.url, o.outcome, o.reason) for o in out if isinstance(o, UrlOutcome)] == [(API, *outcome)]
    assert [r.url for r in out if isinstance(r, Request)] == [BASE, BASE + "wp-sitemap.xml"]


def test_with_rest_api_off_the_rest_list_is_a_skipped_start_page_and_the_crawl_is_html():
    from dataclasses import replace

    site = replace(PARKWP, options={**PARKWP.options, "rest_api": False})
    assert site.resolve(API) == Skip(API, "cms-internal")
    cls = spider_for(site)
    s = cls.from_crawler(get_crawler(cls))
    out = list(s._starts())
    assert [o.url for o in out if isinstance(o, Request)] == [BASE, BASE + "feed/", BASE + "wp-sitemap.xml"]
    assert [(o.url, o.reason) for o in out if isinstance(o, UrlOutcome)] == [(API, "cms-internal")]


def test_link_header_reads_rfc_8288():
    values = [
        b'<https://a.example/x?p=1,2>; rel="prev"; title="a, b; c", <https://a.example/y>; REL="last next"'
    ]
    assert link_header(values, "next") == "https://a.example/y"
    assert link_header(values, "prev") == "https://a.example/x?p=1,2"
    assert link_header([b"<https://a.example/z>; rel=next"], "next") == "https://a.example/z"
    assert link_header([b'<https://a.example/>; rel="https://api.w.org/"'], "next") is None
    assert link_header([], "next") is None
