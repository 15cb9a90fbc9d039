"""The DedeCMS 5.7 family: the emulated GBK site (www.zjpark-dede.cn) and the pure extractor.

The emulator serves every page type with GBK bytes and the charset labels the real site sends; the
extractor reads every live article to exactly its ground truth (tests/fixtures/dedecms/truth.json).
No test reads the clock: the emulator's clock is fixed and every extraction gets the server's Date.
"""

import json
import re
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import partial
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from parsel import Selector
from w3lib.encoding import html_to_unicode

from parkcrawler.clean import clean_article
from parkcrawler.evaluate import extract_and_clean as _extract_and_clean
from parkcrawler.evaluate import score_page
from parkcrawler.families.dedecms import extract as dede
from parkcrawler.families.dedecms.extract import (
    ExtractionError,
    article_pages,
    decode_page,
    parse_count_script,
    parse_dede_date,
)
from parkcrawler.sites import Page, Skip, packaged_site
from parkcrawler.testsite import serve
from parkcrawler.testsite.dedecms import BASE, DedeEmulator
from parkcrawler.testsite.dedecms.site import DEFAULT_NOW

# The emulated site's packaged profile (parkcrawler/sites/profiles/zjpark.toml): the extractors read a page
# with its site's URL rules and clock.
SITE = packaged_site("zjpark")
extract_article = partial(dede.extract_article, site=SITE)
extract_article_pages = partial(dede.extract_article_pages, site=SITE)
extract_list = partial(dede.extract_list, site=SITE)
parse_feed = partial(dede.parse_feed, site=SITE)
extract_and_clean = partial(_extract_and_clean, SITE)

TRUTH = json.loads(
    (Path(__file__).parent / "fixtures" / "dedecms" / "truth.json").read_text(encoding="utf-8")
)
LIVE = [t for t in TRUTH if not t["deleted"]]
DELETED = [t for t in TRUTH if t["deleted"]]
CST = timezone(timedelta(hours=8))


@pytest.fixture(scope="module")
def frozen() -> DedeEmulator:
    return DedeEmulator(frozen=True)


@pytest.fixture
def site() -> DedeEmulator:
    return DedeEmulator()


def fetch(emulator: DedeEmulator, url: str):
    """(response, text decoded as the extractor decodes it, server time)."""
    response = emulator.handle("GET", url)
    text, _ = decode_page(response.body, response.headers.get("Content-Type"))
    return response, text, parsedate_to_datetime(response.headers["Date"])


def url(path: str) -> str:
    return BASE + path


# --- the ground truth ------------------------------------------------------------------------------


def test_truth_file_is_what_the_emulator_serves(frozen: DedeEmulator) -> None:
    # A deliberate corpus change regenerates it: python -m parkcrawler.testsite.dedecms --truth
    assert frozen.truth() == TRUTH


def test_corpus_shape() -> None:
    assert len(TRUTH) == 60 and len(DELETED) == 2
    assert {t["category"] for t in LIVE} == {"园区动态", "招商政策", "厂房招商", "区域经济", "物流仓储"}
    assert len({tag for t in LIVE for tag in t["tags"]}) >= 15
    assert {t["author"] for t in LIVE} >= {"admin", "小编", "王喆"}
    assert None in {t["source"] for t in LIVE}  # 未知
    # Back-dated articles: the static file's date is the entry day, not the date the page shows.
    back_dated = [t for t in LIVE if t["published_at"][:10].replace("-", "") not in t["url"]]
    assert back_dated
    assert all(len(t["body"]) >= 1 for t in LIVE)


# --- the extractor on every article -------------------------------------------------------------------


@pytest.mark.parametrize("truth", LIVE, ids=lambda t: str(t["aid"]))
def test_article_extracts_to_the_truth(frozen: DedeEmulator, truth: dict) -> None:
    fetched = datetime(2026, 11, 20, 4, 1, tzinfo=UTC)
    pages = []
    for page_url in truth["pages"]:
        response, text, server_time = fetch(frozen, page_url)
        assert response.status == 200
        pages.append((page_url, text))
    assert article_pages(truth["url"], pages[0][1]) == (truth["pages"] if len(truth["pages"]) > 1 else [])
    article = extract_article_pages(pages, server_time=server_time, fetched_at=fetched)
    assert article.url == truth["url"]
    assert article.post_id == truth["aid"]
    assert article.title == truth["title"]
    assert article.published_at == truth["published_at"]
    assert article.published_precision == "datetime"
    assert article.date_display == datetime.fromisoformat(truth["published_at"]).strftime("%Y-%m-%d %H:%M")
    assert article.author == truth["author"]
    assert article.source == truth["source"]
    assert article.category == truth["category"]
    assert article.category_url == truth["category_url"]
    assert article.tags == truth["tags"]
    assert article.views is None  # a count.php script on the page: see families/dedecms/extract.py
    assert article.fetched_at == "2026-11-20T04:01:00+00:00"
    assert article.warnings == []
    # The template's ad slot and editor line are not the article's; the raw body is otherwise as served.
    assert "contentMidPicAD" not in article.raw_body_html and "(责任编辑：admin)" not in article.raw_body_html
    cleaned = clean_article(article)
    assert cleaned.body.split("\n") == truth["body"]
    assert score_page(truth["aid"], cleaned.body, truth).f1 == 1.0


def test_split_article(frozen: DedeEmulator) -> None:
    truth = next(t for t in LIVE if len(t["pages"]) > 1)
    first, second = (fetch(frozen, u)[1] for u in truth["pages"])
    assert Selector(text=second).css(".viewbox h2::text").get() == truth["title"] + "(2)"  # MakeHtml()
    alone = extract_article(truth["pages"][1], second)
    assert (alone.url, alone.post_id, alone.title) == (truth["url"], truth["aid"], truth["title"])
    one = clean_article(extract_article(truth["url"], first)).body.split("\n")
    two = clean_article(extract_article(truth["pages"][1], second)).body.split("\n")
    assert one + two == truth["body"] and one and two  # the break falls between paragraphs
    assert frozen.handle("GET", truth["url"].replace(".html", "_3.html")).status == 404
    assert frozen.handle("GET", truth["url"].replace(".html", "_1.html")).status == 404
    # view.php pages the same parts with &pageno=, and titles them without a number.
    dynamic = url(f"/plus/view.php?aid={truth['aid']}&pageno=2")
    text = fetch(frozen, dynamic)[1]
    assert article_pages(dynamic, text) == [url(f"/plus/view.php?aid={truth['aid']}"), dynamic]
    assert extract_article(dynamic, text).title == truth["title"]
    with pytest.raises(ExtractionError, match="pages of different articles"):
        extract_article_pages([(truth["url"], first), (LIVE[0]["url"], fetch(frozen, LIVE[0]["url"])[1])])


def test_canonical_url_is_on_the_sites_base(frozen: DedeEmulator) -> None:
    truth = LIVE[7]
    text = fetch(frozen, truth["url"])[1]
    alias = "https://zjpark-dede.cn" + urlsplit(truth["url"]).path + "?from=rss#comments"
    assert extract_article(alias, text).url == truth["url"]  # the 主页 link of 当前位置 names the base
    # Other naming rules ({Y}/{M}{D}/{aid}.html) still read as the static article file.
    other = url("/a/yqdt/2026/1120/" + str(truth["aid"]) + ".html")
    article = extract_article(other, text)
    assert (article.url, article.post_id, article.warnings) == (other, truth["aid"], [])


def test_extract_and_clean_keeps_the_stated_source_when_the_body_reveals_none(frozen: DedeEmulator) -> None:
    stated = next(t for t in LIVE if t["source"] and not t["boilerplate_removed"])
    article = extract_and_clean(stated["url"], fetch(frozen, stated["url"])[1])
    assert article.source == stated["source"]
    copied = next(t for t in LIVE if t["source"] == "东方财富网")
    article = extract_and_clean(copied["url"], fetch(frozen, copied["url"])[1])
    assert article.source == "东方财富"  # the cleaner's publisher name, from the copy's own boilerplate


def test_related_articles_are_live_and_share_a_keyword(frozen: DedeEmulator) -> None:
    live = {t["url"]: t for t in LIVE}
    seen = 0
    for truth in LIVE:
        article = extract_article(truth["url"], fetch(frozen, truth["url"])[1])
        assert len(article.related) <= 10
        for link in article.related:
            other = live[link.url]  # likearticle only lists published articles
            assert link.url != truth["url"] and link.title == other["title"]
            keys = truth["tags"][:3]
            # LIKE '%k%' on CONCAT(keywords, ' ', title)
            # no keywords: the newest of the family
            assert not keys or any(k in ",".join(other["tags"]) + " " + other["title"] for k in keys)
            seen += 1
        ids = [int(link.url.rsplit("/", 1)[1].removesuffix(".html")) for link in article.related]
        assert ids == sorted(ids, reverse=True)  # ORDER BY arc.id DESC
    assert seen > 100


def test_gbk_text_is_decoded_exactly(frozen: DedeEmulator) -> None:
    truth = next(t for t in LIVE if t["author"] == "王喆")
    response = frozen.handle("GET", truth["url"])
    # GBK but not GB2312 (喆 镕 珺 堃), although the page says gb2312: a strict gb2312 decoder fails.
    with pytest.raises(UnicodeDecodeError):
        response.body.decode("gb2312")
    assert "王喆".encode("gbk") in response.body
    # Outside GBK: stored and served as numeric character references.
    assert b"&#19886;" in response.body and b"&#134071;" in response.body
    text, codec = decode_page(response.body, response.headers["Content-Type"])
    assert codec == "gb18030"
    article = clean_article(extract_article(truth["url"], text))
    assert article.author == "王喆"
    assert "上海镕珺精密机械有限公司" in article.body and "浙江堃昇新材料有限公司" in article.body
    assert "龚䶮" in article.body and "𠮷野家" in article.body
    assert article.body.split("\n") == truth["body"]


def test_header_and_meta_disagree_and_the_bytes_decide(frozen: DedeEmulator) -> None:
    truth = next(t for t in LIVE if "/a/qyjj/" in t["url"])
    response = frozen.handle("GET", truth["url"])
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    assert b'content="text/html; charset=gb2312"' in response.body
    with pytest.raises(UnicodeDecodeError):
        response.body.decode("utf-8")  # what trusting the header would do
    text, codec = decode_page(response.body, response.headers["Content-Type"])
    assert codec == "gb18030" and extract_article(truth["url"], text).title == truth["title"]
    # Scrapy's response.text (w3lib) trusts the header here: the crawl must decode with decode_page.
    assert html_to_unicode(response.headers["Content-Type"], response.body) == (
        "utf-8",
        response.body.decode("utf-8", "replace"),
    )
    # No charset in the header at all: the meta decides.
    rssmap = frozen.handle("GET", url("/data/rssmap.html"))
    assert rssmap.headers["Content-Type"] == "text/html"
    assert "RSS订阅" in decode_page(rssmap.body, "text/html")[0]


def test_decode_page_labels() -> None:
    gbk = "<meta charset='gbk'>园区招商".encode("gbk")
    assert decode_page(gbk) == ("<meta charset='gbk'>园区招商", "gb18030")
    assert decode_page("园区".encode(), "text/html; charset=UTF-8") == ("园区", "utf-8")
    assert decode_page(b"\xef\xbb\xbf" + "园区".encode(), "text/html; charset=gbk") == ("园区", "utf-8")
    xml = '<?xml version="1.0" encoding="gb2312" ?><rss>喆</rss>'.encode("gbk")
    assert decode_page(xml, "text/xml")[0].endswith("<rss>喆</rss>")
    assert decode_page("园区".encode("gbk")) == ("园区", "gb18030")  # nothing declared, not UTF-8


# --- plus/view.php, count.php, deleted articles --------------------------------------------------------


def test_view_php_is_the_same_page_under_a_dynamic_url(frozen: DedeEmulator) -> None:
    truth = LIVE[20]
    response = frozen.handle("GET", url(f"/plus/view.php?aid={truth['aid']}"))
    assert response.status == 200 and "Location" not in response.headers  # rendered, not redirected
    assert response.headers["Content-Type"] == "text/html; charset=gb2312"
    text = decode_page(response.body, response.headers["Content-Type"])[0]
    dynamic = extract_article(f"https://zjpark-dede.cn/plus/view.php?aid={truth['aid']}#x", text)
    static = extract_article(truth["url"], fetch(frozen, truth["url"])[1])
    assert dynamic.url == url(f"/plus/view.php?aid={truth['aid']}")
    assert dynamic.warnings == ["dynamic article URL: the static address is not on the page"]
    assert (dynamic.post_id, dynamic.title, dynamic.raw_body_html, dynamic.tags) == (
        static.post_id,
        static.title,
        static.raw_body_html,
        static.tags,
    )


def test_count_php_counts_and_answers_a_script(site: DedeEmulator) -> None:
    truth = LIVE[0]
    count = url(f"/plus/count.php?view=yes&aid={truth['aid']}&mid=1")
    page = site.handle("GET", truth["url"]).body
    assert f'<script src="/plus/count.php?view=yes&aid={truth["aid"]}&mid=1"'.encode() in page
    # The static page does not count: only the script does, and its answer includes its own hit.
    first = site.handle("GET", count)
    assert first.body == f"document.write('{truth['views'] + 1}');\r\n".encode()
    assert parse_count_script(first.body) == truth["views"] + 1
    assert site.handle("GET", url(f"/plus/count.php?aid={truth['aid']}&mid=1")).body == b""  # counts, silent
    assert parse_count_script(site.handle("GET", count).body) == truth["views"] + 3
    assert site.handle("GET", url("/plus/count.php?view=yes&aid=99999")).body == b""
    assert parse_count_script(b"") is None
    frozen = DedeEmulator(frozen=True)
    assert parse_count_script(frozen.handle("GET", count).body) == truth["views"]
    assert parse_count_script(frozen.handle("GET", count).body) == truth["views"]


def test_deleted_articles(frozen: DedeEmulator) -> None:
    for gone in DELETED:
        static = frozen.handle("GET", gone["url"])
        assert static.status == 404 and b"nginx" in static.body  # the file went with the article
        dynamic = frozen.handle("GET", url(f"/plus/view.php?aid={gone['aid']}"))
        assert dynamic.status == 200  # ParamError(): ShowMsg, not an HTTP error
        assert "对不起，你输入的参数有误！" in decode_page(dynamic.body)[0]
        with pytest.raises(ExtractionError, match="body.articleview"):
            extract_article(gone["url"], decode_page(dynamic.body)[0])
    gone = DELETED[0]
    path = urlsplit(gone["url"]).path
    # Its neighbours' static pages were made before the deletion and still link to it; view.php asks the
    # database and does not.
    neighbours = [t for t in LIVE if path.encode() in frozen.handle("GET", t["url"]).body]
    assert neighbours
    for t in neighbours:
        assert path.encode() not in frozen.handle("GET", url(f"/plus/view.php?aid={t['aid']}")).body
    for page in ("/", "/a/yqdt/", "/data/rss/1.xml"):
        assert path.encode() not in frozen.handle("GET", url(page)).body


def test_mutators(site: DedeEmulator) -> None:
    truth = LIVE[3]
    site.set_click(truth["aid"], 5000)
    listing = [t for t in site.truth() if t["aid"] == truth["aid"]][0]
    assert listing["views"] == 5000
    site.delete_article(truth["aid"])
    assert site.handle("GET", truth["url"]).status == 404
    assert [t["deleted"] for t in site.truth() if t["aid"] == truth["aid"]] == [True]


# --- list pages --------------------------------------------------------------------------------------


def walk(emulator: DedeEmulator, start: str) -> list:
    pages, next_url = [], start
    while next_url:
        response, text, server_time = fetch(emulator, next_url)
        assert response.status == 200, next_url
        pages.append(extract_list(next_url, text, server_time=server_time))
        next_url = pages[-1].next_url
    return pages


@pytest.mark.parametrize(
    ("start", "typeids"),
    [
        ("/a/yqdt/", {"园区动态"}),
        ("/a/cfzs/", {"厂房招商", "物流仓储"}),  # a parent lists its sub-type's articles (cfg_list_son)
        ("/a/cfzs/wlcc/", {"物流仓储"}),
        ("/plus/list.php?tid=3", {"厂房招商", "物流仓储"}),
        ("/tags.php?/%B3%A7%B7%BF%B3%F6%D7%E2/", None),  # 厂房出租, urlencoded GBK
    ],
)
def test_lists_walk_every_article_once_with_views_and_seconds(frozen: DedeEmulator, start, typeids) -> None:
    pages = walk(frozen, url(start))
    entries = [e for p in pages for e in p.entries]
    if typeids is None:
        expected = [t for t in LIVE if "厂房出租" in t["tags"]]
    else:
        expected = [t for t in LIVE if t["category"] in typeids]
    expected.sort(key=lambda t: (t["listed_at"], t["aid"]), reverse=True)
    assert [e.url for e in entries] == [t["url"] for t in expected]
    assert [e.title for e in entries] == [t["title"] for t in expected]
    assert [e.views for e in entries] == [t["views"] for t in expected]
    assert [e.published_at for e in entries] == [t["listed_at"] for t in expected]
    assert {e.published_precision for e in entries} == {"datetime"}
    assert len(pages) > 1 and all(p.last_page == len(pages) for p in pages)
    assert all(p.observed_at == "2026-11-20T04:00:00+00:00" for p in pages)
    assert all(len(p.entries) == 10 for p in pages[:-1])


def test_list_page_duplicates(frozen: DedeEmulator) -> None:
    # MakeHtml() copies list_3_1.html to the type's index.html; the directory serves index.html.
    forms = ["/a/cfzs/", "/a/cfzs/index.html", "/a/cfzs/list_3_1.html"]
    bodies = {frozen.handle("GET", url(f)).body for f in forms}
    assert len(bodies) == 1
    page = extract_list(url("/a/cfzs/"), fetch(frozen, url("/a/cfzs/"))[1])
    assert page.next_url == url("/a/cfzs/list_3_2.html")  # relative hrefs, resolved against the page
    assert frozen.handle("GET", url("/a/cfzs/list_3_9.html")).status == 404  # never generated
    assert frozen.handle("GET", url("/a/cfzs/list_1_1.html")).status == 404  # another type's number


def test_pagelist_markup_is_dedecms(frozen: DedeEmulator) -> None:
    text = fetch(frozen, url("/a/cfzs/list_3_2.html"))[1]
    bar = Selector(text=text).css(".dede_pages ul.pagelist")[0]
    items = [re.sub(r"\s+", " ", li.xpath("string()").get()).strip() for li in bar.css("li")]
    assert items[:3] == ["首页", "上一页", "1"]
    assert "下一页" in items and "末页" in items and items[-1].startswith("共 ")
    assert bar.css("li.thisclass::text").get() == "2"
    dynamic = fetch(frozen, url("/plus/list.php?tid=3&TotalResult=25&PageNo=2"))[1]
    hrefs = Selector(text=dynamic).css(".dede_pages a::attr(href)").getall()
    assert all(h.startswith("/plus/list.php?tid=3&TotalResult=") for h in hrefs)


# --- home, feeds, maps, robots, hosts ----------------------------------------------------------------


def test_every_page_type_is_gbk_with_its_content_type(frozen: DedeEmulator) -> None:
    cases = {
        "/": ("text/html; charset=gb2312", 200, "index"),
        "/index.html": ("text/html; charset=gb2312", 200, "index"),
        LIVE[5]["url"].removeprefix(BASE): ("text/html; charset=gb2312", 200, "articleview"),
        "/a/yqdt/list_1_2.html": ("text/html; charset=gb2312", 200, "articlelist"),
        "/a/qyjj/": ("text/html; charset=utf-8", 200, "articlelist"),
        "/plus/list.php?tid=1&PageNo=2": ("text/html; charset=gb2312", 200, "articlelist"),
        "/tags.php": ("text/html; charset=gb2312", 200, "articlelist"),
        "/data/sitemap.html": ("text/html; charset=gb2312", 200, "mapspage"),
        "/plus/search.php?q=%B3%A7%B7%BF": ("text/html; charset=gb2312", 200, "articlelist"),
    }
    for path, (content_type, status, body_class) in cases.items():
        response = frozen.handle("GET", url(path))
        assert (response.status, response.headers["Content-Type"]) == (content_type and status, content_type)
        assert b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />' in response.body
        text = response.body.decode("gbk")  # strictly GBK, whatever the header says
        assert Selector(text=text).css("body::attr(class)").get() == body_class, path
        assert b"\r\n" in response.body and b"\n" not in response.body.replace(b"\r\n", b"")
        assert parsedate_to_datetime(response.headers["Date"]) == DEFAULT_NOW


def test_home_page_boilerplate_and_links(frozen: DedeEmulator) -> None:
    text = fetch(frozen, url("/"))[1]
    sel = Selector(text=text)
    assert [a.xpath("string()").get() for a in sel.css("#navMenu a")] == [
        "主页",
        "园区动态",
        "招商政策",
        "厂房招商",
        "区域经济",
    ]
    assert "友情链接" in text and "Powered by" in text and "浙ICP备" in text
    live = {t["url"] for t in LIVE}
    articles = {
        urljoin(url("/"), h)
        for h in sel.css(".pleft a::attr(href)").getall()
        if "/a/" in h and h.endswith(".html")
    }
    assert articles and articles <= live


def test_hostile_and_internal_links_are_on_the_pages(frozen: DedeEmulator) -> None:
    hrefs: set[str] = set()
    for path in (
        "/",
        "/a/cfzs/",
        LIVE[-1]["url"].removeprefix(BASE),
        next(t for t in LIVE if "平湖" in t["title"])["url"].removeprefix(BASE),
    ):
        hrefs |= set(Selector(text=fetch(frozen, url(path))[1]).css("a::attr(href)").getall())
    assert any(h.startswith("javascript:") for h in hrefs)
    assert any(h.startswith("mailto:") for h in hrefs) and any(h.startswith("tel:") for h in hrefs)
    assert "http://192.168.10.5/notice/2026-zz.html" in hrefs and "http://10.0.0.8/" in hrefs
    assert any(urlsplit(h).hostname == "www.shcfck.com" for h in hrefs)  # off-site 友情链接
    assert any(h.startswith("/plus/search.php?keyword=") for h in hrefs)
    assert any(h.startswith("/member/") for h in hrefs) and "/dede/login.php" in hrefs
    assert any(h.startswith("/plus/erraddsave.php?") for h in hrefs) and "" in hrefs and "#" in hrefs
    # What those answer: member/ and dede/ are ShowMsg pages, search is a result page.
    for path in ("/member/index.php?uid=admin", "/dede/login.php"):
        assert "DedeCMS 提示信息" in fetch(frozen, url(path))[1]


def test_rss_and_sitemap(frozen: DedeEmulator) -> None:
    response = frozen.handle("GET", url("/data/rss/3.xml"))
    assert response.headers["Content-Type"] == "text/xml"
    assert response.body.startswith(b'<?xml version="1.0" encoding="gb2312" ?>')
    entries = parse_feed(response.body)
    expected = sorted((t for t in LIVE if t["category"] in ("厂房招商", "物流仓储")), key=lambda t: -t["aid"])
    assert [e.url for e in entries] == [t["url"] for t in expected]  # ORDER BY arc.id DESC
    assert [e.title for e in entries] == [t["title"] for t in expected]
    assert [e.published_at for e in entries] == [t["published_at"][:10] for t in expected]  # Y-m-d only
    assert frozen.handle("GET", url("/data/rss/9.xml")).status == 404
    # DedeCMS 5.7 has no XML sitemap: data/sitemap.html lists the channels only.
    assert frozen.handle("GET", url("/sitemap.xml")).status == 404
    sitemap = (
        Selector(text=fetch(frozen, url("/data/sitemap.html"))[1]).css(".linkbox a::attr(href)").getall()
    )
    assert sitemap == ["/a/yqdt/", "/a/zszc/", "/a/cfzs/", "/a/cfzs/wlcc/", "/a/qyjj/"]


def test_robots_txt_is_dedecms_default(frozen: DedeEmulator) -> None:
    response = frozen.handle("GET", url("/robots.txt"))
    lines = response.body.decode("ascii").split("\r\n")
    assert lines[0] == "User-agent: * " and lines[-1] == "Disallow: /templets"
    assert {"Disallow: /plus/count.php", "Disallow: /plus/search.php", "Disallow: /include"} <= set(lines)
    assert len(lines) == 18


def test_hosts_methods_and_unknown_paths(frozen: DedeEmulator) -> None:
    assert frozen.handle("GET", "http://www.shcfck.com/").status == 502
    assert frozen.handle("GET", "http://zjpark-dede.cn/").status == 200  # the bare domain answers too
    assert frozen.handle("POST", url("/plus/view.php?aid=101")).status == 405
    assert frozen.handle("GET", url("/nothing.html")).status == 404
    index = frozen.handle("GET", url("/index.php"))
    assert (index.status, index.headers["Location"]) == (301, "index.html")
    directory = frozen.handle("GET", url("/a/cfzs/wlcc"))
    assert (directory.status, directory.headers["Location"]) == (301, url("/a/cfzs/wlcc/"))
    assert frozen.handle("GET", url("/plus/view.php")).body == b" Request Error! "
    assert DedeEmulator(frozen=True).handle("HEAD", url("/")).status == 200


# --- extractor edges ----------------------------------------------------------------------------------


def test_extraction_errors_name_the_selector(frozen: DedeEmulator) -> None:
    listing = fetch(frozen, url("/a/yqdt/"))[1]
    with pytest.raises(ExtractionError, match="'body.articleview' matched nothing"):
        extract_article(url("/a/yqdt/"), listing)
    article = fetch(frozen, LIVE[0]["url"])[1]
    with pytest.raises(ExtractionError, match="'body.articlelist' matched nothing"):
        extract_list(LIVE[0]["url"], article)
    with pytest.raises(ExtractionError, match="'div.content > table > tr > td, .*' matched nothing"):
        extract_article(LIVE[0]["url"], article.replace('<div class="content">', '<div class="text">'))
    # Without the template's table, a table inside the body is not taken for the body cell.
    assert "<table" in fetch(frozen, LIVE[0]["url"])[1].split("contentMidPicAD")[1]
    with pytest.raises(ExtractionError, match="'div.content > table > tr > td, .*' matched nothing"):
        extract_article(LIVE[0]["url"], article.replace("<table width='100%'>", "<div class='t'>", 1))
    with pytest.raises(ExtractionError, match=r"'\.title h2' matched nothing"):
        extract_article(LIVE[0]["url"], re.sub(r"<h2>.*?</h2>", "", article, count=1))


def test_missing_info_is_warned_not_fatal(frozen: DedeEmulator) -> None:
    text = fetch(frozen, LIVE[0]["url"])[1]
    stripped = re.sub(r'<div class="info">.*?</div>', "", text, count=1, flags=re.S)
    article = extract_article(LIVE[0]["url"], stripped)
    assert article.published_at is None and article.author is None
    assert article.warnings == ["div.info missing: no date, source or author"]
    odd = text.replace("<small>时间:</small>", "<small>时间:</small>昨天 ", 1)
    assert "div.info 时间 unparseable" in extract_article(LIVE[0]["url"], odd).warnings[0]


@pytest.mark.parametrize(
    "line",
    [
        # Customised info lines met on 5.7 sites: plain-text labels, synonyms, full-width colons.
        "发布时间：2024-03-05 10:12 来源：嘉兴日报 作者：张三 点击："
        '<script src="/plus/count.php?view=yes&aid=7"></script>次',
        "<small>发布时间：</small>2024-03-05 10:12 <small>出处：</small><a href='/'>嘉兴日报</a>"
        " <small>发布者：</small>张三 <small>点击次数：</small><script></script>",
        "<span><small>时间:</small>2024-03-05 10:12</span><small>来源:</small>嘉兴日报"
        " <small>作者:</small>张三 ",
    ],
)
def test_info_line_variants(frozen: DedeEmulator, line: str) -> None:
    text = fetch(frozen, LIVE[0]["url"])[1]
    varied = re.sub(
        r'(<div class="info">).*?(</div>)', lambda m: m[1] + line + m[2], text, count=1, flags=re.S
    )
    article = extract_article(LIVE[0]["url"], varied)
    assert (article.published_at, article.source, article.author) == (
        "2024-03-05T10:12:00+08:00",
        "嘉兴日报",
        "张三",
    )


@pytest.mark.parametrize(
    ("display", "expected"),
    [
        ("2024-03-05 10:12", ("2024-03-05T10:12:00+08:00", "datetime")),
        ("2024-03-05 10:12:33", ("2024-03-05T10:12:33+08:00", "datetime")),
        ("2024-3-5", ("2024-03-05", "day")),
        ("2024年03月05日 10:12", ("2024-03-05T10:12:00+08:00", "datetime")),
        ("２０２４／０３／０５", ("2024-03-05", "day")),
        ("11-19", ("2026-11-19", "inferred_year")),
        ("12-25", ("2025-12-25", "inferred_year")),  # not after the clock: last year
        ("2024-02-30", (None, None)),
        ("昨天", (None, None)),
    ],
)
def test_dede_dates(display: str, expected: tuple) -> None:
    assert parse_dede_date(display, datetime(2026, 11, 20, 4, 0, tzinfo=UTC)) == expected


# --- behind the forward proxy -----------------------------------------------------------------------


def test_served_through_the_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("no_proxy", "NO_PROXY", "http_proxy", "HTTP_PROXY"):
        monkeypatch.delenv(name, raising=False)
    emulator = DedeEmulator(frozen=True)
    with serve(emulator) as server:  # type: ignore[arg-type]
        proxy = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy_url}))
        with proxy.open(LIVE[0]["url"], timeout=10) as answer:
            assert answer.status == 200
            assert answer.headers["Content-Type"] == "text/html; charset=gb2312"
            body = answer.read()
        assert body == emulator.handle("GET", LIVE[0]["url"]).body
        with pytest.raises(urllib.error.HTTPError) as refused:
            proxy.open("http://example.com/", timeout=10)
        assert refused.value.code == 502
        assert [(m, u, s) for m, u, s in server.request_log] == [
            ("GET", LIVE[0]["url"], 200),
            ("GET", "http://example.com/", 502),
        ]


# --- the family: URL rules, home page, feeds, page order ----------------------------------------------


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("/", Page(BASE + "/", "home")),
        ("/index.html", Page(BASE + "/", "home")),
        ("/index.php", Page(BASE + "/", "home")),  # a 301 to index.html
        ("https://zjpark-dede.cn/a/cfzs/", Page(BASE + "/a/cfzs/", "home")),  # a type's first page
        ("/a/cfzs/index.html", Page(BASE + "/a/cfzs/", "home")),
        ("/a/cfzs/list_3_1.html", Page(BASE + "/a/cfzs/", "home")),
        ("/a/cfzs/list_3_2.html", Page(BASE + "/a/cfzs/list_3_2.html", "list")),
        ("/a/cfzs/wlcc/", Page(BASE + "/a/cfzs/wlcc/", "home")),
        ("/a/cfzs/20240618/132.html?from=rss#x", Page(BASE + "/a/cfzs/20240618/132.html", "article")),
        ("/a/cfzs/20240618/132_2.html", Page(BASE + "/a/cfzs/20240618/132.html", "article")),
        ("/a/yqdt/2026/1120/7.html", Page(BASE + "/a/yqdt/2026/1120/7.html", "article")),  # {Y}/{M}{D}/
        ("/tags.php", Page(BASE + "/tags.php", "sitemap")),  # the tag cloud
        ("/tags.php?/%b3%a7%b7%bf/", Page(BASE + "/tags.php?/%B3%A7%B7%BF/", "list")),
        ("/tags.php?/%B3%A7%B7%BF/1/", Page(BASE + "/tags.php?/%B3%A7%B7%BF/", "list")),
        ("/tags.php?/%B3%A7%B7%BF/2/", Page(BASE + "/tags.php?/%B3%A7%B7%BF/2/", "list")),
        ("/data/rss/3.xml", Page(BASE + "/data/rss/3.xml", "feed")),
        ("/data/rssmap.html", Page(BASE + "/data/rssmap.html", "sitemap")),
        ("/data/sitemap.html", Page(BASE + "/data/sitemap.html", "sitemap")),
        ("/plus/view.php?aid=107", Skip(BASE + "/plus/view.php?aid=107", "duplicate-form")),
        ("/plus/list.php?tid=3&PageNo=2", Skip(BASE + "/plus/list.php?tid=3&PageNo=2", "duplicate-form")),
        ("/m/view.php?aid=107", Skip(BASE + "/m/view.php?aid=107", "duplicate-form")),
        ("/plus/search.php?q=1", Skip(BASE + "/plus/search.php?q=1", "search")),
        ("/plus/heightsearch.php", Skip(BASE + "/plus/heightsearch.php", "search")),
        ("/plus/count.php?view=yes&aid=1", Skip(BASE + "/plus/count.php?view=yes&aid=1", "cms-internal")),
        ("plus/flink.php", Skip(BASE + "/plus/flink.php", "cms-internal")),
        ("/member/index.php?uid=admin", Skip(BASE + "/member/index.php?uid=admin", "cms-internal")),
        ("/dede/login.php", Skip(BASE + "/dede/login.php", "cms-internal")),
        ("/data/vote/vote_1.js", Skip(BASE + "/data/vote/vote_1.js", "cms-internal")),
        ("/uploads/allimg/1.jpg", Skip(BASE + "/uploads/allimg/1.jpg", "asset")),
        ("/templets/default/style/dedecms.css", Skip(BASE + "/templets/default/style/dedecms.css", "asset")),
        ("/a/cfzs/wlcc", Skip(BASE + "/a/cfzs/wlcc", "unknown-page-type")),  # nginx's 301; never linked
        ("/special/spec_1.html", Skip(BASE + "/special/spec_1.html", "unknown-page-type")),
        ("http://10.0.0.8/", Skip("http://10.0.0.8/", "private-host")),
        ("http://www.shcfck.com/", Skip("http://www.shcfck.com/", "offsite")),
    ],
)
def test_url_rules(href: str, expected) -> None:
    assert SITE.resolve(href, base=BASE + "/") == expected


def test_home_page_reads_as_the_articles_it_shows(frozen: DedeEmulator) -> None:
    response, text, server_time = fetch(frozen, url("/"))
    home = SITE.extract_list(url("/"), text, server_time=server_time)
    live = {t["url"]: t for t in LIVE}
    assert home.entries and {e.url for e in home.entries} <= set(live)
    assert len({e.url for e in home.entries}) == len(home.entries)
    assert home.entries[0].url.endswith("/154.html")  # 头条 first, in page order
    # arclist titles may be cut (titlelen): none is given, so no run takes one for a changed title.
    assert {e.title for e in home.entries} == {None} and {e.views for e in home.entries} == {None}
    dated = [e for e in home.entries if e.published_at]
    assert dated and all(e.published_precision == "inferred_year" for e in dated)
    # m-d: the year is the latest that is not after the server's clock (an older article's is wrong).
    assert all(e.published_at[5:] == live[e.url]["published_at"][5:10] for e in dated)
    assert (home.next_url, home.last_page) == (None, None)
    with pytest.raises(ExtractionError, match="'body.index' matched nothing"):
        dede.extract_home(url("/a/yqdt/"), fetch(frozen, url("/a/yqdt/"))[1], site=SITE)


def test_family_decodes_orders_pages_and_keeps_no_day_only_feed_dates(frozen: DedeEmulator) -> None:
    family = SITE.family
    truth = next(t for t in LIVE if "/a/qyjj/" in t["url"])
    response = frozen.handle("GET", truth["url"])
    assert family.decode(response.body, response.headers["Content-Type"]) == decode_page(response.body)[0]
    # A split article's pages in any order (reparse starts from whichever page was stored last).
    split = next(t for t in LIVE if len(t["pages"]) > 1)
    pages = [(u, fetch(frozen, u)[1]) for u in split["pages"]]
    forward = SITE.extract_article_pages(pages, server_time=DEFAULT_NOW, fetched_at=DEFAULT_NOW)
    backward = SITE.extract_article_pages(pages[::-1], server_time=DEFAULT_NOW, fetched_at=DEFAULT_NOW)
    assert backward.raw_body_html == forward.raw_body_html and backward.url == split["url"]
    assert SITE.family.article_pages(split["url"], pages[0][1]) == split["pages"]
    # RSS dates are days (GetDateMK): the store takes a feed's dates as exact times, so none is given.
    rss = frozen.handle("GET", url("/data/rss/3.xml")).body
    assert parse_feed(rss) and SITE.parse_feed(rss) == []
    home = frozen.handle("GET", url("/")).body.decode("gbk")
    assert all(re.search(pattern, home) for pattern in family.fingerprints)


def test_the_selectors_read_by_compiled_xpath_translate_alike_for_html_and_xml():
    """parkcrawler.extract.lxml_css.css translates as parsel does for HTML; parsel reads a page that starts
    with an XML declaration as XML, whose translator must give the same XPath for what css() is asked."""
    from parsel.csstranslator import GenericTranslator, HTMLTranslator

    from parkcrawler.families.dedecms import extract as dede
    from parkcrawler.families.wordpress import extract as wp

    selectors = [
        *("article.post", ".hentry", ".byline .fn, .author .fn, .byline a", wp._RELATED),
        *(".title h2", dede._CELL, ".tags a", "div.place a[href]", "div.info script::attr(src)"),
        *("div.place a::attr(href)", "dd a[href]"),
    ]
    for selector in selectors:
        assert HTMLTranslator().css_to_xpath(selector) == GenericTranslator().css_to_xpath(selector)


# --- the page parsed up to the end of div.viewbox ---------------------------------------------------------

FETCHED = datetime(2026, 11, 20, 4, 0, 5, tzinfo=UTC)


def _outcome(page_url: str, html: str):
    try:
        return extract_article(page_url, html, fetched_at=FETCHED).__dict__
    except ValueError as exc:
        return f"{type(exc).__name__}: {exc}"


def _outcome_whole(monkeypatch, page_url: str, html: str):
    """The extraction with the page parsed whole, as before the cut."""
    with monkeypatch.context() as m:
        m.setattr(dede._Parts, "serves_cut", lambda self, root: False)
        return _outcome(page_url, html)


def test_every_article_page_is_read_up_to_its_viewbox_with_the_whole_pages_answers(frozen, monkeypatch):
    served = []
    real = dede._Parts.serves_cut
    monkeypatch.setattr(
        dede._Parts, "serves_cut", lambda self, root: served.append(real(self, root)) or served[-1]
    )
    for t in LIVE:
        _, html, _ = fetch(frozen, t["url"])
        assert _outcome(t["url"], html) == _outcome_whole(monkeypatch, t["url"], html)
    assert served and all(served)


_MARKER = dede._VIEWBOX_END
_PLACE = '<div class="place"><a href="/">主页</a> <a href="/a/zszc/">招商政策</a></div>'
# Each is put in place of the template's comment after div.viewbox.
_HOME, _TYPE = '<a href="/">主页</a>', '<a href="/a/zszc/">招商政策</a>'
_VIEWBOX_VARIANTS = {
    "div.place after the cut": _MARKER + _PLACE,
    "div.place open at the cut": f'<div class="place">{_HOME}{_MARKER}{_TYPE}</div>',
    "the comment inside a tag": f'<p>后</p><div class="place" title="{_MARKER}">{_HOME}{_TYPE}</div>'
    + _MARKER,
    "numeric reference after the cut": _MARKER + _PLACE.replace("place", "pl&#97;ce"),
    "a NUL after the cut": _MARKER + _PLACE.replace("place", "pla\0ce"),
    "the aid only after the cut": _MARKER
    + '<div class="info"><script src="/plus/count.php?aid=999"></script></div>',
    "no comment": "",
    "the comment inside div.viewbox": "",  # before its related box
}


@pytest.mark.parametrize("variant", sorted(_VIEWBOX_VARIANTS))
def test_a_page_the_cut_could_misread_is_parsed_whole(frozen, monkeypatch, variant):
    t = LIVE[3]
    _, page, _ = fetch(frozen, t["url"])
    html = page.replace(_MARKER, _VIEWBOX_VARIANTS[variant], 1)
    if (
        variant == "the aid only after the cut"
    ):  # the article's own count.php script and mobile link taken away
        html = re.sub(r'<script src="/plus/count\.php[^>]*></script>', "", html, count=1)
        html = re.sub(r'<meta http-equiv="mobile-agent"[^>]*>', "", html)
    if variant == "the comment inside div.viewbox":
        html = html.replace('<div class="likearticle', _MARKER + '<div class="likearticle', 1)
    whole = _outcome_whole(monkeypatch, t["url"], html)
    assert _outcome(t["url"], html) == whole
    if variant not in ("no comment", "the comment inside div.viewbox"):
        assert whole != _outcome_whole(monkeypatch, t["url"], page)  # the variant tells


def test_no_named_reference_spells_a_letter_of_the_tokens_after_the_cut():
    from html.entities import html5

    letters = {c for token in dede._AFTER_CUT if token != "&#" for c in token}
    assert not [name for name, value in html5.items() if letters & set(value)]
