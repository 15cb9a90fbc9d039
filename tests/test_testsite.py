"""The www.shcfck.com emulator: fidelity to the reference pages, corpus, behaviour, proxy server."""

import json
import re
import urllib.error
import urllib.request
from collections import Counter
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
from parsel import Selector

from parkcrawler.testsite import SiteEmulator, serve
from parkcrawler.testsite.render import time_ago
from parkcrawler.testsite.site import DEFAULT_NOW

REFERENCE = Path(__file__).parent / "fixtures" / "site-reference"
MANIFEST = json.loads((REFERENCE / "manifest.json").read_text(encoding="utf-8"))
SITE = "http://www.shcfck.com/"


def post_url(pid: int) -> str:
    return f"{SITE}index.php/post/{pid}.html"


@pytest.fixture(scope="module")
def frozen_reference() -> SiteEmulator:
    return SiteEmulator.reference(frozen=True, now=DEFAULT_NOW)


@pytest.fixture
def site() -> SiteEmulator:
    return SiteEmulator.default(seed=7)


def get(emulator: SiteEmulator, url: str):
    response = emulator.handle("GET", url)
    return response, response.body.decode("utf-8")


# --- fidelity: every reference URL ---------------------------------------------------------------


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def structure(page: str) -> dict:
    """What crawler code reads from a page, as comparable values."""
    sel = Selector(text=page)

    def texts(css: str) -> list[str]:
        return [norm(node.xpath("string()").get()) for node in sel.css(css)]

    return {
        "body class": sel.css("body::attr(class)").get(),
        "head": sel.css("head meta, head link, head title").getall(),
        "links": [(a.attrib.get("href"), norm(a.xpath("string()").get())) for a in sel.css("a")],
        "h1": texts("h1"),
        "h2 a": texts("h2 a"),
        "span.date": [norm(s) for s in sel.css("span.date").xpath("string()").getall()],
        "span.view": texts("span.view"),
        "breadcrumb": texts("div.sitemap"),
        "div.single": norm(sel.css("div.single").get()),
        "pagebar": norm(sel.css("div.pagebar").get()),
        "related": norm(sel.css("div.relatecon").get()),
        "thumbnails": sel.css("div.postimg img::attr(data-original)").getall(),
        "intros": texts("div.intro"),
        "tags": texts("div.tags a"),
        "sidebar": norm(sel.css("div.sidebar").get()),
    }


@pytest.mark.parametrize("entry", MANIFEST["pages"], ids=lambda e: e["url"].removeprefix(SITE) or "/")
def test_reference_page(frozen_reference: SiteEmulator, entry: dict) -> None:
    response, got = get(frozen_reference, entry["url"])
    assert response.status == entry["status"]
    assert response.headers.get("Location") == entry.get("location")
    if not entry.get("file"):
        return
    want = (REFERENCE / entry["file"]).read_text(encoding="utf-8")
    assert response.headers["Content-Type"] == entry["content_type"]
    if entry["content_type"].startswith("text/html"):
        expected, actual = structure(want), structure(got)
        for key in expected:  # one field at a time, so a failure names what differs
            assert actual[key] == expected[key], key
    # The templates were transcribed from the reference pages, whitespace included: nothing differs.
    assert got == want


def test_reference_corpus_is_the_snapshot(frozen_reference: SiteEmulator) -> None:
    assert sorted(frozen_reference.corpus.posts) == sorted(
        int(p.stem) for p in (REFERENCE / "expected").glob("*.json")
    )
    # Frozen: loading an article twice changes neither its views nor its related list.
    first, second = (get(frozen_reference, post_url(8445))[1] for _ in range(2))
    assert first == second


# --- the corpus ----------------------------------------------------------------------------------


class Paragraphs(HTMLParser):
    """The README's paragraph rules: p/h2/h3/div/tr are blocks, <br/> splits, table cells join with a
    space, images give nothing, the ends are stripped of spaces, U+3000 and &nbsp;."""

    BLOCKS = {"p", "h2", "h3", "div", "table", "tbody", "tr"}
    STRIP = " \t\r\n\u3000\xa0"

    def __init__(self, content: str):
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.buffer: list[str] = []
        self.feed(content)
        self.flush()

    def flush(self) -> None:
        text = "".join(self.buffer).strip(self.STRIP)
        self.buffer = []
        if text:
            self.found.append(text)

    def handle_starttag(self, tag, attrs) -> None:
        if tag in self.BLOCKS or tag == "br":
            self.flush()
        elif tag in ("td", "th") and self.buffer:
            self.buffer.append(" ")

    def handle_endtag(self, tag) -> None:
        if tag in self.BLOCKS:
            self.flush()

    def handle_data(self, data) -> None:
        self.buffer.append(data)


def split_by_expectation(content: str, removed: list[dict]) -> list[str]:
    """The content's paragraphs minus the expected boilerplate, matched in page order: a removed line is
    a whole paragraph, or the tail of one (qianzhan's sentence glued to the first real paragraph)."""
    junk = [line for block in removed for line in block["text"].split("\n")]
    body = []
    for paragraph in Paragraphs(content).found:
        while junk and paragraph.endswith(junk[0]):
            paragraph = paragraph[: -len(junk.pop(0))].strip(Paragraphs.STRIP)
        if paragraph:
            body.append(paragraph)
    assert junk == [], "boilerplate not found in page order"
    return body


def test_expected_extraction_matches_every_post_html() -> None:
    site = SiteEmulator.default()
    for post in site.corpus.posts.values():
        assert split_by_expectation(post.content, post.expected_removed) == post.expected_body, post.id
        assert {r["family"] for r in post.expected_removed} <= {
            "eastmoney",
            "sohu",
            "eastday",
            "qianzhan",
            "site_contact",
        }


def test_reference_posts_carry_the_expected_files() -> None:
    posts = SiteEmulator.default().corpus.posts
    for path in (REFERENCE / "expected").glob("*.json"):
        expected = json.loads(path.read_text(encoding="utf-8"))
        post = posts[expected["post_id"]]
        assert post.reference and post.title == expected["title"] and post.views == expected["views"]
        assert post.expected_body == expected["body"]
        assert post.expected_removed == expected["boilerplate_removed"]
        assert [post_url(pid) for pid in post.related] == [r["url"] for r in expected["related"]]


def test_corpus_shape(site: SiteEmulator) -> None:
    live = site.live_posts()
    assert len(live) >= 45
    assert Counter(p.category_id for p in live).keys() == {1, 2, 3, 5, 7}
    assert len({t for p in live for t in p.tag_ids}) >= 14
    assert [p.id for p in live if p.sticky] == [8280]
    families = {r["family"] for p in live for r in p.expected_removed}
    assert families == {"eastmoney", "sohu", "eastday", "qianzhan", "site_contact"}
    contents = "\n".join(p.content for p in live)
    for marker in ("<table", "<th>", "<h2>", "<h3>", "<br/>", "data-original=", "<strong>"):
        assert marker in contents


def test_every_date_form_appears_on_the_lists(site: SiteEmulator) -> None:
    shown = " ".join(time_ago(site.now, p.datetime) for p in site.live_posts())
    for form in ("年前", "个月前", "周前", "天前", "小时前", "分钟前"):
        assert form in shown
    assert "12个月前" in shown  # 355 days: still months, as the theme's year is 360 days
    by_id = {p.id: time_ago(site.now, p.datetime) for p in site.live_posts()}
    assert by_id[8324] == '1年前<span class="datetime"> (2025-11-23)</span>'  # 362 days
    assert by_id[8442] == "3天前"  # exactly 2.5 days: rounds half up


@pytest.mark.parametrize(
    "url, pages",
    [
        (f"{SITE}index.php/category-3", 3),  # with its sub-category 物流仓储
        (f"{SITE}index.php/category-7", 2),
        (f"{SITE}index.php/category-1", 2),
        (f"{SITE}index.php/category-5", 1),  # exactly ten posts
        (f"{SITE}index.php/tags-12", 4),
        (f"{SITE}index.php/tags-35", 2),
        (f"{SITE}index.php/author-1", 5),
        (f"{SITE}index.php/date-2026-11", 2),
        (f"{SITE}index.php/page", 6),
    ],
)
def test_lists_paginate_and_404_past_the_end(site: SiteEmulator, url: str, pages: int) -> None:
    def page(n: int) -> str:
        return f"{url}_{n}.html" if n > 1 or url.endswith("page") else f"{url}.html"

    first = SITE if url.endswith("page") else page(1)
    response, text = get(site, first)
    assert response.status == 200
    assert ('div class="pagebar"' in text) == (pages > 1)
    assert get(site, page(pages))[0].status == 200
    assert get(site, page(pages + 1))[0].status == 404
    assert get(site, page(pages))[1].count('class="post item"') <= 10


def test_page_1_suffix_is_a_duplicate(site: SiteEmulator) -> None:
    assert (
        get(site, f"{SITE}index.php/category-3_1.html")[1] == get(site, f"{SITE}index.php/category-3.html")[1]
    )
    assert get(site, f"{SITE}index.php/page_1.html")[1] == get(site, SITE)[1]


def test_sticky_post(site: SiteEmulator) -> None:
    home = Selector(text=get(site, SITE)[1])
    assert home.css("div.post.item h2 a::attr(href)").get() == post_url(8280)
    assert home.css("div.post.item h2 em.istop::text").get() == "置顶"
    assert len(home.css("div.post.item")) == 11  # the sticky post plus a full page
    page_2 = get(site, f"{SITE}index.php/page_2.html")[1]
    category = get(site, f"{SITE}index.php/category-2.html")[1]
    assert post_url(8280) not in page_2 and post_url(8280) not in category.split('class="sidebar"')[0]
    tag = Selector(text=get(site, f"{SITE}index.php/tags-45.html")[1])
    hrefs = tag.css("div.post.item h2 a::attr(href)").getall()
    posts = [site.corpus.posts[int(re.search(r"(\d+)\.html", h).group(1))] for h in hrefs]
    assert post_url(8280) in hrefs and posts == sorted(posts, key=lambda p: p.datetime, reverse=True)


# --- behaviour -----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["?id=8214", "index.php?id=8214"])
def test_dynamic_ids_redirect(site: SiteEmulator, path: str) -> None:
    response = site.handle("GET", SITE + path)
    assert (response.status, response.headers["Location"]) == (301, post_url(8214))
    assert site.handle("GET", f"{SITE}?id=8000").status == 404


@pytest.mark.parametrize(
    "url",
    [
        post_url(8000),
        post_url(8024),
        f"{SITE}index.php/category-9.html",
        f"{SITE}index.php/tags-99.html",
        f"{SITE}index.php/date-2024-13.html",
        f"{SITE}zb_users/upload/2023/06/wx-7.jpg",
        f"{SITE}zb_system/login.php",
        f"{SITE}nothing-here",
    ],
)
def test_not_found(site: SiteEmulator, url: str) -> None:
    response, text = get(site, url)
    assert response.status == 404 and '<body class="error">' in text


def test_headers_and_clock(site: SiteEmulator) -> None:
    response = site.handle("GET", post_url(8214))
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert response.headers["Product"] == "Z-BlogPHP 1.7.x"
    assert parsedate_to_datetime(response.headers["Date"]) == DEFAULT_NOW
    assert response.headers["Date"] == "Fri, 20 Nov 2026 04:00:00 GMT"
    site.advance(timedelta(days=1))
    response, text = get(site, f"{SITE}index.php/post/8446.html")
    assert parsedate_to_datetime(response.headers["Date"]) == DEFAULT_NOW + timedelta(days=1)
    assert '<span class="date">1天前</span>' in text
    assert site.handle("GET", f"{SITE}robots.txt").headers["Content-Type"] == "text/plain; charset=utf-8"


def test_views_count_article_loads_only(site: SiteEmulator) -> None:
    def shown(url: str, pid: int) -> int:
        page = Selector(text=get(site, url)[1])
        if "/post/" in url:
            return int(page.css("span.view::text").get())
        item = page.xpath(f'//div[h2/a/@href="{post_url(pid)}"]')
        return int(item.css("span.view::text").get())

    before = site.corpus.posts[8214].views
    assert shown(post_url(8214), 8214) == before + 1  # counted before rendering
    assert shown(post_url(8214), 8214) == before + 2
    assert shown(f"{SITE}index.php/date-2024-9.html", 8214) == before + 2  # lists do not count
    site.set_views(8214, 5)
    assert shown(f"{SITE}index.php/date-2024-9.html", 8214) == 5


def related_ids(site: SiteEmulator, pid: int) -> list[int]:
    page = Selector(text=get(site, post_url(pid))[1])
    return [
        int(re.search(r"(\d+)\.html", h).group(1))
        for h in page.css("div.relateinfo h3 a::attr(href)").getall()
    ]


def test_related_posts_are_random_from_the_right_pool(site: SiteEmulator) -> None:
    post = site.corpus.posts[8426]  # tagged
    pool = {p.id for p in site.live_posts() if p.id != post.id and set(p.tag_ids) & set(post.tag_ids)}
    draws = [related_ids(site, post.id) for _ in range(5)]
    assert all(len(d) == 8 and set(d) <= pool for d in draws)
    assert len({tuple(d) for d in draws}) > 1  # ORDER BY rand(): each load differs
    untagged = site.corpus.posts[6042]
    same_category = {p.id for p in site.live_posts() if p.category_id == 1} - {6042}
    assert set(related_ids(site, 6042)) <= same_category and not untagged.tag_ids
    assert related_ids(site, 7177) == []  # its only tag is used by no other post
    assert 'class="relatecon"' not in get(site, post_url(7177))[1]
    # The same seed gives the same draws: tests stay reproducible.
    assert related_ids(SiteEmulator.default(seed=7), 8426) == draws[0]


def test_fixed_related_list_may_link_a_deleted_post(site: SiteEmulator) -> None:
    assert related_ids(site, 7898) == [8024, 8441, 8302, 8214, 8442]
    assert site.handle("GET", post_url(8024)).status == 404
    assert related_ids(site, 8214) == related_ids(site, 8214) == list(site.corpus.posts[8214].related)


@pytest.mark.parametrize(
    "query, key",
    [
        ("?order=viewlist&sort=0", lambda p: -p.views),
        ("?order=viewlist&sort=1", lambda p: p.views),
        ("?order=newlist&sort=1", lambda p: p.datetime),
        ("?order=cmtlist&sort=0", lambda p: -p.datetime.timestamp()),
    ],
)
def test_sort_variants_reorder_the_same_articles(site: SiteEmulator, query: str, key) -> None:
    members = [p for p in site.live_posts() if p.category_id in (3, 7)]

    def listed(url: str) -> list[str]:
        return Selector(text=get(site, url)[1]).css("div.post.item h2 a::attr(href)").getall()

    pages = [f"{SITE}index.php/category-3.html{query}"] + [
        f"{SITE}index.php/category-3_{n}.html{query}" for n in (2, 3)
    ]
    assert [h for url in pages for h in listed(url)] == [post_url(p.id) for p in sorted(members, key=key)]
    bar = Selector(text=get(site, pages[0])[1]).css("div.pagebar a::attr(href)").getall()
    assert f"{SITE}index.php/category-3_2.html{query}" in bar


def test_links_are_absolute_and_the_requested_url_is_echoed(site: SiteEmulator) -> None:
    requested = "https://shcfck.com/index.php/post/8214.html"
    page = Selector(text=get(site, requested)[1])
    hrefs = [
        h
        for h in page.css("a::attr(href)").getall()
        if not h.startswith(("javascript:", "https://www.z", "https://www.t"))
    ]
    echoed = page.css("div.copynoticetxt a::attr(href)").get()
    assert echoed == page.css("div.tpureqr::attr(data-qrurl)").get() == requested
    assert all(h.startswith(SITE) for h in hrefs if h != requested)
    assert page.css("link[rel=canonical]::attr(href)").get() == post_url(8214)


def test_body_links(site: SiteEmulator) -> None:
    assert 'href="http://www.shcfck.com/?id=8390"' in site.corpus.posts[6330].content
    assert 'href="https://shcfck.com/index.php/post/6445.html"' in site.corpus.posts[8150].content
    assert 'href="https://www.sohu.com/a/' in site.corpus.posts[8087].content


def test_feed_sitemap_robots_search(site: SiteEmulator) -> None:
    response, feed = get(site, f"{SITE}feed.php")
    assert response.headers["Content-Type"] == "application/rss+xml; charset=utf-8"
    links = re.findall(r"<link>(.*?)</link>", feed)[1:]
    assert links == [post_url(p.id) for p in site.live_posts()[:10]]
    assert "<pubDate>Fri, 20 Nov 2026 11:35:00 +0800</pubDate>" in feed
    cate = get(site, f"{SITE}feed.php?cate=5")[1]
    assert set(re.findall(r"<category>(.*?)</category>", cate)) == {"区域经济"}
    sitemap = get(site, f"{SITE}sitemap.xml")[1]
    assert post_url(8446) in sitemap and f"{SITE}index.php/category-7.html" in sitemap
    lagging = get(SiteEmulator.default(sitemap_lag=2), f"{SITE}sitemap.xml")[1]
    assert post_url(8446) not in lagging and post_url(8445) not in lagging and post_url(8444) in lagging
    assert "Disallow: /search.php" in get(site, f"{SITE}robots.txt")[1]
    response, search = get(site, f"{SITE}search.php?q=%E6%9D%BE%E6%B1%9F")
    assert response.status == 200 and '<body class="search">' in search


def test_add_and_delete_posts(site: SiteEmulator) -> None:
    post = site.add_post("松江新桥镇标准厂房出租 测试", category_id=3, tag_ids=(12,))
    assert post.id == 8447 and post.datetime == site.now
    assert post_url(8447) in get(site, SITE)[1]
    assert "刚刚" in get(site, post_url(8447))[1]
    site.delete_post(8214)
    assert site.handle("GET", post_url(8214)).status == 404
    assert post_url(8214) not in get(site, f"{SITE}index.php/tags-12.html")[1].split('class="sidebar"')[0]
    assert (
        site.handle("GET", f"{SITE}index.php/date-2024-9.html").status == 200
    )  # an empty month still answers


def test_other_hosts_are_refused(site: SiteEmulator) -> None:
    assert site.handle("GET", "http://example.com/").status == 502


# --- the HTTP server -----------------------------------------------------------------------------


@pytest.fixture
def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("no_proxy", "NO_PROXY", "http_proxy", "HTTP_PROXY"):
        monkeypatch.delenv(name, raising=False)


def open_via(opener: urllib.request.OpenerDirector, url: str, method: str = "GET"):
    try:
        return opener.open(urllib.request.Request(url, method=method), timeout=10)
    except urllib.error.HTTPError as error:
        return error


def test_server_proxy_and_origin_forms(no_proxy_env: None) -> None:
    site = SiteEmulator.default()
    with serve(site) as server:
        assert server.proxy_url == f"http://127.0.0.1:{server.port}"
        proxy = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy_url}))
        direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))

        with open_via(proxy, post_url(8214)) as answer:
            assert answer.status == 200 and b"<h1>" in answer.read()
            assert parsedate_to_datetime(answer.headers["Date"]) == DEFAULT_NOW
            assert answer.headers["Product"] == "Z-BlogPHP 1.7.x"
        with open_via(proxy, f"{SITE}?id=8390") as answer:  # 301 followed through the proxy
            assert answer.geturl() == post_url(8390)
        with open_via(direct, f"{server.proxy_url}/index.php/post/8214.html") as answer:
            assert (
                answer.status == 200
                and b'data-qrurl="http://www.shcfck.com/index.php/post/8214.html"' in answer.read()
            )
        with open_via(direct, f"{server.proxy_url}/index.php/page_99.html") as answer:
            assert answer.status == 404
        with open_via(
            proxy,
            "http://example.com/",
        ) as answer:
            assert answer.status == 502
        with open_via(proxy, post_url(8214), method="HEAD") as answer:
            assert (
                answer.status == 200 and answer.read() == b"" and int(answer.headers["Content-Length"]) > 1000
            )

        assert server.request_log == [
            ("GET", post_url(8214), 200),
            ("GET", f"{SITE}?id=8390", 301),
            ("GET", post_url(8390), 200),
            ("GET", post_url(8214), 200),
            ("GET", f"{SITE}index.php/page_99.html", 404),
            ("GET", "http://example.com/", 502),
            ("HEAD", post_url(8214), 200),
        ]
        server.reset_log()
        assert server.request_log == []
    assert site.corpus.posts[8214].views == 235 + 3  # two GETs and a HEAD, each counted like the CMS does


def test_server_concurrent_view_counting(no_proxy_env: None) -> None:
    from concurrent.futures import ThreadPoolExecutor

    site = SiteEmulator.default()
    with serve(site) as server:
        proxy = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy_url}))

        def fetch(_: int) -> int:
            with open_via(proxy, post_url(5870)) as answer:
                return answer.status

        with ThreadPoolExecutor(8) as pool:
            assert set(pool.map(fetch, range(40))) == {200}
        assert len(server.request_log) == 40
    assert site.corpus.posts[5870].views == 762 + 40


def test_now_must_be_timezone_aware() -> None:
    with pytest.raises(ValueError):
        SiteEmulator.default(now=datetime(2026, 11, 20, 12))


def test_a_cycled_corpus_feeds_every_familys_emulator() -> None:
    # Corpus.cycled (the benchmark's sites of N posts): distinct ids and titles, one every 3 hours back from
    # the newest post, the bodies and their truth those of the live posts in turn; the DedeCMS and WordPress
    # emulators built from it serve every article.
    from parkcrawler.testsite.corpus import Corpus
    from parkcrawler.testsite.dedecms.corpus import build
    from parkcrawler.testsite.dedecms.site import DedeEmulator
    from parkcrawler.testsite.wordpress.corpus import WpCorpus, ground_truth
    from parkcrawler.testsite.wordpress.site import WordPressEmulator

    source = Corpus.load()
    live = sorted((p for p in source.posts.values() if not (p.sticky or p.deleted)), key=lambda p: p.id)
    cycled = source.cycled(len(live) + 5)
    posts = [cycled.posts[i] for i in sorted(cycled.posts)]
    assert [p.id for p in posts] == list(range(1, len(live) + 6))
    assert len({p.title for p in posts}) == len(posts)
    assert posts[-1].datetime == max(p.datetime for p in live)
    assert {b.datetime - a.datetime for a, b in zip(posts, posts[1:], strict=False)} == {timedelta(hours=3)}
    assert posts[len(live)].content == live[0].content
    assert posts[len(live)].expected_body == live[0].expected_body
    assert not any(p.deleted or p.sticky or p.reference for p in posts)
    assert len(source.posts) > len(live)  # the source is left as it was

    dede = DedeEmulator(build(cycled))
    wordpress = WordPressEmulator(WpCorpus.build(cycled))
    for emulator, truth in ((dede, dede.truth()), (wordpress, ground_truth(wordpress.corpus))):
        titles = {t["title"] for t in truth}
        assert {p.title for p in posts} <= titles
        for t in truth:
            if not t.get("deleted") and t["title"] in {posts[0].title, posts[-1].title}:
                page = emulator.handle("GET", t["url"])
                assert page.status == 200
                assert t["title"].encode("gbk" if emulator is dede else "utf-8") in page.body
