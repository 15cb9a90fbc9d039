"""`scrapy crawl generic -a start_urls=URL` end to end, on real servers and real SQLite archives.

- family recognition: the tpure emulator is recognised as zblog-tpure and crawled exactly as a profile of it;
- the two tuned blind sites (tests/generic_sites/gov_gbk, modern_utf8) crawled generic: every article, no
  non-article, exact fields, clean bodies, nothing off-site, every URL met accounted for;
- `parkcrawler probe URL` prints the family, page type, fields, cleaned body and removed blocks;
- the parts: the Site a start URL makes, canonical URL forms, decoding when header and meta disagree.

The held-out blind sites (portal_gb18030, blog_mixed) are only ever run by benchmarks/generic_bench.py.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import lxml.html
import pytest
from crawling import ROOT, crawl, crawl_env
from generic_sites import key, load_site

from parkcrawler.crawl.spiders.generic import GenericSpider, site_for
from parkcrawler.crawl.spiders.site import SpiderArgumentError
from parkcrawler.evaluate import norm, score_page
from parkcrawler.sites import Page, Skip, load_family
from parkcrawler.testsite import SiteEmulator, serve


def load_blind(name: str):
    module, truth = load_site(name)
    return module.emulator(), truth


def rows(db: Path, sql: str, *args) -> list[dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql, args)]
    finally:
        conn.close()


# --- the parts ------------------------------------------------------------------------------------


def test_a_start_url_makes_a_site_of_its_host_with_and_without_www():
    site = site_for(["http://www.example.cn/news/"])
    assert (site.name, site.base_url, site.hosts) == (
        "example.cn",
        "http://www.example.cn/",
        ("www.example.cn", "example.cn"),
    )
    assert site.start_urls == ["http://www.example.cn/news/"] and site.family.name == "generic"
    assert site_for(["http://example.cn/"], "mypark").hosts == ("example.cn", "www.example.cn")
    with pytest.raises(SpiderArgumentError, match="one site per generic crawl"):
        site_for(["http://www.example.cn/", "http://other.cn/"])
    with pytest.raises(SpiderArgumentError, match="private or local"):
        site_for(["http://127.0.0.1/"])
    with pytest.raises(SpiderArgumentError, match="needs -a start_urls"):
        GenericSpider.parse_arguments({})
    with pytest.raises(SpiderArgumentError, match="unknown spider argument -a fulll="):
        GenericSpider.parse_arguments({"start_urls": "http://www.example.cn/", "fulll": "1"})


def test_canonical_forms_collapse_and_traps_are_skipped():
    site = site_for(["http://www.example.cn/"])
    same = [
        "https://example.cn/news/123.html?utm_source=wx&from=timeline",
        "http://www.example.cn/news/123.html;jsessionid=AB12",
        "http://EXAMPLE.cn/news/123.html?spm=1.2#comments",
    ]
    assert {site.resolve(u) for u in same} == {Page("http://www.example.cn/news/123.html", "article")}
    assert site.resolve("/list.php?sort=hot&page=2") == Page("http://www.example.cn/list.php?page=2", "list")
    assert site.resolve("/index.html") == Page("http://www.example.cn/", "home")
    # Page 1 is the page without its parameter; two terms of a tag are a page, three an endless combination.
    assert site.resolve("/show.asp?id=3&ArticlePage=1") == site.resolve("/show.asp?id=3")
    # A language switch is the page in the site's own language; a switch link built on the current address
    # (?lang=zh_TW&lang=zh_TW&...) repeats a parameter with its value: the same address, not a new one.
    article = Page("http://www.example.cn/news/detail/7.html", "article")
    assert site.resolve("/news/detail/7.html?lang=zh_TW&lang=zh_TW&lang=zh_TW") == article
    assert site.resolve("/news/detail/7.html?locale=en_US") == article
    # ASP.NET: a cookieless session segment mirrors the site; IIS paths are caseless; a font-size switch.
    shown = Page("http://www.example.cn/item/show.aspx?ID=7", "article")
    assert site.resolve("/(S(kq2vbd45ytxw1n55fjz0mr45))/Item/Show.aspx?ID=7&FontSize=14") == shown
    assert site.resolve("https://example.cn/ITEM/show.aspx?ID=7") == shown
    assert site.resolve("/archives/12/?replyTo=3") == site.resolve("/archives/12/")  # a comment's reply form
    # A dynamic CMS's routing parameters are its address, not filters.
    phpcms = site.resolve("/index.php?m=content&c=index&a=lists&catid=5")
    assert isinstance(phpcms, Page) and phpcms.url.endswith("a=lists&c=index&catid=5&m=content")
    listing = Page("http://www.example.cn/list.php?cid=2&page=3", "list")
    assert site.resolve("/list.php?cid=2&cid=2&page=3") == listing
    assert isinstance(site.resolve("/tags/a+b/"), Page)
    for href, policy in [
        ("/tags/talent+forum+green/", "combination"),
        ("/e/DoPrint/?classid=3&id=1014", "duplicate-form"),
        ("/home.php?mod=space&uid=7", "cms-internal"),
        ("/search?keyword=厂房", "search"),
        ("/member/login.html?sid=1", "cms-internal"),
        ("/news/print/123.html", "duplicate-form"),
        ("/news.php?act=print&nid=61", "duplicate-form"),
        ("/fangyuan.html?area=1000-2000&region=zs&type=rent", "combination"),
        ("/index.php?m=content&c=index&a=lists&catid=5&area=1&price=2&type=3", "combination"),
        ("/show.php?id=9&action=printview", "duplicate-form"),
        ("/calendar/2024-03.html", "list-trap"),
        ("/uploads/report.pdf", "asset"),
        ("http://other.cn/", "offsite"),
        ("http://10.0.0.1/", "private-host"),
    ]:
        target = site.resolve(href)
        assert isinstance(target, Skip) and target.policy == policy, (href, target)


def test_decoding_trusts_valid_utf8_then_the_declared_charsets():
    decode = load_family("generic").decode
    text = "<meta charset='gbk'><p>华泉经开区招商动态</p>"
    assert decode(text.encode("gb18030"), "text/html; charset=utf-8") == text  # header lies: meta wins
    assert decode(text.encode("utf-8"), "text/html; charset=gbk") == text  # valid UTF-8 is UTF-8
    rare = "<p>𠀀堃镕</p>"  # beyond GB2312: a "gb2312" page read as its superset GB18030
    assert decode(rare.encode("gb18030"), "text/html; charset=gb2312") == rare


# --- family recognition ---------------------------------------------------------------------------


def test_a_known_family_is_recognised_and_crawled_as_its_profile(tmp_path):
    db = tmp_path / "a.db"
    with serve(SiteEmulator.default()) as server:
        result = crawl(db, server.proxy_url, "-a", "start_urls=http://www.shcfck.com/", spider="generic")
        log = server.request_log
    assert "Recognised zblog-tpure" in result.stderr
    articles = rows(db, "SELECT url, extraction, views, author FROM articles")
    # The same articles the shcfck profile archives: tpure's URL rules and extractors, exact fields.
    assert len(articles) == 56
    assert {a["extraction"] for a in articles} == {"zblog-tpure"}
    assert all(a["url"].startswith("http://www.shcfck.com/index.php/post/") for a in articles)
    assert all(a["views"] is not None and a["author"] for a in articles)
    assert rows(db, "SELECT site FROM crawl_runs") == [{"site": "shcfck.com"}]
    assert all(url.startswith(("http://www.shcfck.com/", "http://shcfck.com/")) for _, url, _ in log)


# --- the tuned blind sites, end to end ------------------------------------------------------------


# Paragraphs the cleaner removes on purpose that a site's truth keeps (portal_gb18030: an event's contact
# lines on the site's own domain and phone exchange, taken for its salespeople); each is in removed_blocks.
JUDGED = {"portal_gb18030": 2}
# rental_ssr's listing filters (?area=&price=&page=) are walked until the list-trap guard stops them: about
# 20 requests per article there; typecho_agent's day and month archives about 12 (docs/generic.md, what is
# left).
REQUESTS_PER_ARTICLE = {"rental_ssr": 25, "typecho_agent": 15}
# Every blind site after its one held-out measurement (docs/generic.md): tuned on, so held to exactness.
SEEN_SITES = [
    "gov_gbk",
    "modern_utf8",
    "blog_mixed",
    "portal_gb18030",
    "park_phpcms",
    "assoc_wechat",
    "dev_html5",
    "asp_gb2312",
    "rental_ssr",
    "pboot_park",
    "hanweb_commerce",
    "typecho_agent",
    "big5_taishang",
]


@pytest.mark.parametrize("name", SEEN_SITES)
def test_a_site_nobody_configured_is_archived_cleanly(tmp_path, name):
    emulator, truth = load_blind(name)
    db = tmp_path / f"{name}.db"
    with serve(emulator) as server:
        crawl(db, server.proxy_url, "-a", "start_urls=" + truth["start_urls"][0], spider="generic")
        log = server.request_log
    archived = rows(db, "SELECT * FROM articles")
    wanted = {key(u): a for a in truth["articles"] for u in [a["url"], *a["aliases"]]}
    assert len(archived) == len(truth["articles"])  # no list, tag, about or ad page, no duplicate
    matched = {id(wanted[key(row["url"])]): row for row in archived}
    assert len(matched) == len(truth["articles"])
    judged = 0
    for article in truth["articles"]:
        row = matched[id(article)]
        assert row["extraction"] == "generic"
        assert (row["title"], row["author"], row["category"]) == (
            article["title"],
            article["author"],
            article["category"],
        )
        assert row["published_at"][:10] == article["published_at"][:10]
        assert row["views"] == article["views"]  # `浏览次数：N`, `阅读 1188`, ...
        assert [norm(t) for t in json.loads(row["tags"])] == [norm(t) for t in article["tags"]]
        page = score_page(
            0,
            row["body"],
            {"body": article["body"], "boilerplate_removed": [{"text": b} for b in article["boilerplate"]]},
        )
        assert not page.leaked, (article["url"], page.leaked)
        removed = {
            norm(r["text"])
            for r in rows(db, "SELECT text FROM removed_blocks WHERE article_url = ?", row["url"])
        }
        # A lost paragraph is allowed only as a judged removal the archive records, and counted.
        assert all(norm(p) in removed for p in page.lost), (article["url"], page.lost)
        judged += len(page.lost)
        lost = {norm(p) for p in page.lost}
        kept = [p for p in article["body"] if norm(p) not in lost]
        page = score_page(0, row["body"], {"body": kept, "boilerplate_removed": []})
        assert page.f1 >= 0.98, (article["url"], page)
    assert judged <= JUDGED.get(name, 0)
    hosts = set(truth["hosts"])
    assert all((url.split("/")[2] in hosts) for method, url, _ in log if method != "CONNECT")
    assert not any(url.startswith(tuple(truth["forbidden"])) for _, url, _ in log)
    # Every response is in the archive's raw pages; a page read and judged no article is a recorded skip.
    fetched = {url for _, url, status in log if status == 200 and not url.endswith("/robots.txt")}
    stored = {r["url"] for r in rows(db, "SELECT url FROM pages")}
    assert fetched <= stored
    judged = {r["url"] for r in rows(db, "SELECT url FROM skipped_urls WHERE policy = 'not-an-article'")}
    assert judged and not judged & {r["url"] for r in archived}
    assert len(log) < REQUESTS_PER_ARTICLE.get(name, 6) * len(truth["articles"])  # traps were not walked
    runs = rows(db, "SELECT coverage FROM crawl_runs")
    assert json.loads(runs[0]["coverage"])["title"] == 1.0


# --- probe ----------------------------------------------------------------------------------------


def probe(url: str, proxy: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "parkcrawler.cli", "probe", url],
        cwd=ROOT,
        env=crawl_env(proxy),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_probe_prints_what_would_be_archived():
    emulator, truth = load_blind("gov_gbk")
    article = truth["articles"][0]
    with serve(emulator) as server:
        result = probe(article["url"], server.proxy_url)
        listing = probe(truth["start_urls"][0], server.proxy_url)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Family:     generic" in out and "Page type:  article" in out
    assert f"Title:      {article['title']}" in out
    assert article["body"][0] in out.split("--- body ---")[1]
    assert "--- removed blocks" in out
    assert listing.returncode == 0 and "Page type:  list" in listing.stdout
    with serve(SiteEmulator.default()) as server:
        tpure = probe("http://www.shcfck.com/index.php/post/5096.html", server.proxy_url)
    assert tpure.returncode == 0, tpure.stderr
    assert "Family:     zblog-tpure" in tpure.stdout and "Extraction: zblog-tpure" in tpure.stdout


@pytest.mark.parametrize(
    "family, emulator, home",
    [
        ("dedecms", "parkcrawler.testsite.dedecms:DedeEmulator", "http://www.zjpark-dede.cn/"),
        ("wordpress", "parkcrawler.testsite.wordpress:WordPressEmulator", "http://www.parkwp.example.cn/"),
        ("zblog-tpure", "parkcrawler.testsite:SiteEmulator.default", "http://www.shcfck.com/"),
    ],
)
def test_each_family_is_recognised_from_its_emulated_home_page_and_no_other(family, emulator, home):
    """Every registered family's fingerprints against the home page of each family's emulator (rendered from
    its CMS's own templates): the right family comes first, and only it matches."""
    import importlib

    from parkcrawler.sites.recognise import candidates

    module, _, path = emulator.partition(":")
    make = importlib.import_module(module)
    for attribute in path.split("."):
        make = getattr(make, attribute)
    response = make().handle("GET", home)
    html = response.body.decode("gb18030" if family == "dedecms" else "utf-8")
    found = [f.name for f, _ in candidates(html)]
    assert found == [family]


# --- a run that finds nothing -----------------------------------------------------------------------


class _TinySite:
    """A small emulated site for one behaviour: `page(path)` gives a page's body HTML, a Response (a
    redirect), or None (404); robots.txt allows all; every request path is logged."""

    origin = ""
    title = ""
    PAGES: dict[str, str] = {}

    def __init__(self):
        self.log: list[str] = []

    def page(self, path: str):
        return self.PAGES.get(path)

    def handle(self, method: str, url: str):
        from parkcrawler.testsite.site import Response

        path = "/" + url.split("/", 3)[3] if url.count("/") >= 3 else "/"
        self.log.append(path)
        if path == "/robots.txt":
            return Response(200, {"Content-Type": "text/plain"}, b"User-agent: *\nAllow: /\n")
        body = self.page(path)
        if body is None:
            return Response(404, {"Content-Type": "text/html"}, b"not found")
        if not isinstance(body, str):
            return body
        html = f"<html><head><title>{self.title}</title></head><body>{body}</body></html>"
        return Response(200, {"Content-Type": "text/html; charset=utf-8"}, html.encode())


class _NoArticles(_TinySite):
    """A site of pages the reader takes for no article (undated prose, a product page): every URL ends as
    a recorded skip, and still the run must not pass as healthy."""

    origin = "http://www.empty-park.example.cn"
    title = "空园区"
    PAGES = {
        "/": '<a href="/about.html">园区简介</a> <a href="/contact.html">联系我们</a>',
        "/about.html": "<h1>园区简介</h1><p>" + "园区位于城市东部，交通便利，欢迎企业入驻洽谈。" * 4 + "</p>",
        "/contact.html": "<h1>联系我们</h1><p>" + "欢迎来电咨询园区招商政策与厂房租赁事宜。" * 3 + "</p>",
    }


def test_a_full_run_that_archives_no_article_exits_3(tmp_path):
    db = tmp_path / "empty.db"
    with serve(_NoArticles()) as server:
        start = "start_urls=http://www.empty-park.example.cn/"
        crawl(db, server.proxy_url, "-a", start, spider="generic", expect=3)
    runs = rows(db, "SELECT health, problems FROM crawl_runs")
    assert runs[0]["health"] != "ok" and "a full run archived no article" in runs[0]["problems"]
    assert rows(db, "SELECT count(*) AS n FROM articles")[0]["n"] == 0
    skipped = {r["url"] for r in rows(db, "SELECT url FROM skipped_urls WHERE policy = 'not-an-article'")}
    assert skipped == {f"{_NoArticles.origin}/about.html", f"{_NoArticles.origin}/contact.html"}


def test_held_articles_are_released_when_the_crawl_never_goes_idle(tmp_path):
    # A run cut by a page cap (a trap, a shutdown) never sees the idle signal: the articles held back for
    # learning go on after GENERIC_LEARN_PAGES pages all the same.
    emulator, truth = load_blind("gov_gbk")
    db = tmp_path / "capped.db"
    settings = ["GENERIC_LEARN_ARTICLES=1000", "GENERIC_LEARN_PAGES=10", "CLOSESPIDER_PAGECOUNT=40"]
    with serve(emulator) as server:
        args = [x for s in settings for x in ("-s", s)]
        # Exit 3: a run stopped by its page cap did not finish (the health check says so), and yet:
        start = "start_urls=" + truth["start_urls"][0]
        crawl(db, server.proxy_url, "-a", start, *args, spider="generic", expect=3)
    archived = rows(db, "SELECT url, body FROM articles")
    assert archived and all(r["body"] for r in archived)


class _MobileCopy(_TinySite):
    """A site whose home links only the mobile copy of its article; the copy names the desktop page as
    canonical (a form the URL rules do not know)."""

    origin = "http://www.copy-park.example.cn"
    title = "复制园区"
    BODY = "<p>" + "园区一期标准厂房本月通过竣工验收，首批五家企业将于下月入驻。" * 3 + "</p>"
    PAGES = {
        "/": '<a href="/wap/a1">一期厂房通过竣工验收</a>',
        "/news/1.html": '<div class="crumb"><a href="/">首页</a> &gt; '
        '<a href="/news/">园区动态</a> &gt; 正文</div>'
        '<h1>一期厂房通过竣工验收</h1><div class="info">发布时间：2024-03-05 来源：园区办</div>'
        f'<div class="content">{BODY}</div>',
        "/wap/a1": '<link rel="canonical" href="http://www.copy-park.example.cn/news/1.html">'
        f'<h1>一期厂房通过竣工验收</h1><div class="info">2024-03-05</div><div class="content">{BODY}</div>',
    }


def test_an_article_naming_another_canonical_address_is_archived_from_that_address(tmp_path):
    db, emulator = tmp_path / "copy.db", _MobileCopy()
    with serve(emulator) as server:
        crawl(db, server.proxy_url, "-a", f"start_urls={emulator.origin}/", spider="generic")
    archived = rows(db, "SELECT url, category, source FROM articles")
    # Fetched at the address it names, archived once, with what only that page shows (its breadcrumb).
    assert archived == [{"url": f"{emulator.origin}/news/1.html", "category": "园区动态", "source": "园区办"}]
    assert "/news/1.html" in emulator.log
    skipped = rows(db, "SELECT url, policy FROM skipped_urls WHERE url LIKE '%/wap/%'")
    assert skipped == [{"url": f"{emulator.origin}/wap/a1", "policy": "duplicate-form"}]


# --- what a page is -----------------------------------------------------------------------------------

_PROSE = "<p>" + "开发区管委会本周组织召开重点项目推进会，各项目单位汇报了工程进度和下一步计划。" * 2 + "</p>"
_SIDEBAR_ADS = (
    '<div class="side-box"><ul>'
    + "".join(f"<li><p>面积：{n}㎡ 租金：15元/㎡·月</p></li>" for n in (1200, 1550, 1900))
    + "</ul></div>"
)
_FOOTER = (
    '<div class="footer"><div class="wrap"><p>主办：开发区管委会　地址：创新大道8号　邮编：421000</p>'
    "<p>版权所有，未经书面许可不得转载本站内容。本站由开发区管委会主办，技术支持由本地网络公司提供。</p></div></div>"
)


@pytest.mark.parametrize(
    ("html", "kind"),
    [
        # A notice with its own contact lines, beside a sidebar of factory ads: an article, not an ad.
        (
            f'<div class="main"><h1>关于申报研发补助的通知</h1><div class="info">2024-03-05</div>'
            f'<div class="content">{_PROSE}<p>联系人：科技局 杨老师</p><p>联系电话：0871-65123301</p></div>'
            f"</div>{_SIDEBAR_ADS}<div class='footer'><p>地址：科兴路1号</p></div>",
            "article",
        ),
        # A job post: dated, titled, in prose, and still no article.
        (
            '<div class="content"><h1>招商经理</h1>'
            "<div>工作地点：苏州　招聘人数：3人　发布时间：2024-11-01</div>"
            "<p>岗位职责：负责园区厂房及办公载体的招商推广工作，开拓目标行业客户并完成招商指标。</p>"
            "<p>任职要求：本科及以上学历，三年以上产业地产招商经验，熟悉制造业企业选址流程。</p></div>",
            "page",
        ),
        # A job post whose labels head a table's cells, without colons.
        (
            '<div class="content"><h1>招商经理</h1><div class="info">发布日期：2024-10-08</div><table>'
            "<tr><th>招聘职位</th><td>招商经理</td><th>招聘人数</th><td>2名</td></tr>"
            "<tr><th>工作地点</th><td>常州市武进区</td><th>薪资待遇</th><td>面议</td></tr></table>"
            f"{_PROSE}</div>",
            "page",
        ),
        # The site's own recruiting, titled so: 招聘：产业频道记者（2名）.
        (
            '<div class="about-body"><h2>招聘：产业频道记者（2名）</h2><p>发布时间：2026-11-02</p>'
            f"{_PROSE}<p>有意者请将简历发送至 hr@example.cn，邮件标题注明应聘岗位。</p></div>",
            "page",
        ),
        # A tenant's profile card: 企业名称, 所属行业, 入驻时间 ...
        (
            '<div class="content"><h1>常州瑞拓精密机械有限公司</h1>'
            '<div class="info">发布时间：2023-03-10</div>'
            "<ul><li>企业名称：常州瑞拓精密机械有限公司</li><li>所属行业：精密机械加工</li>"
            f"<li>入驻时间：2019年5月</li></ul>{_PROSE}</div>",
            "page",
        ),
        # A guide comparing buildings states 层高, 承重 and 结构, and offers nothing: an article.
        (
            '<div class="content"><h1>高标准厂房与传统厂房的区别</h1><div class="info">2024-03-05</div>'
            "<p>层高：高标准厂房一般为8米以上。</p><p>承重：楼面荷载可达每平方米1.5吨。</p>"
            f"<p>结构：多为钢筋混凝土框架结构。</p>{_PROSE}</div>",
            "article",
        ),
        # Two short sentences in a block named for nothing, under a date line: a short 解读 is an article.
        (
            '<h1>规范性文件管理规定政策解读</h1><div class="info">发布时间：2024-01-10</div>'
            '<div class="TRS_PreAppend"><p>《规定》明确了规范性文件的制定主体、程序和备案要求。</p>'
            "<p>《规定》要求规范性文件有效期一般不超过5年，期满前应当评估。</p></div>",
            "article",
        ),
        # An agency's offer written as a post in the news template: a titled space of a stated size, a price
        # and an agent; and the news beside it that names a rent (出租率 is no offer).
        (
            '<article class="post"><h1>【出租】昆山开发区单层钢结构厂房2400平米 层高10米</h1>'
            '<ul class="post-meta"><li>时间：2024-06-03 10:15</li></ul><div class="post-content">'
            "<p>昆山开发区单层钢结构厂房出租，独门独院，房东直租，无中间费用，适合机械加工行业。</p>"
            "<p>租金26元/平方米/月，押二付三。</p>"
            "<p>看房请联系：陈经理 139 1326 8457（微信同号）</p></div></article>",
            "listing",
        ),
        (
            '<article class="post"><h1>园区5万平方米标准厂房出租率达95%</h1>'
            f'<ul class="post-meta"><li>时间：2024-06-03 10:15</li></ul><div class="post-content">{_PROSE}'
            "<p>园区标准厂房平均租金为每月每平方米15元，同比持平。</p></div></article>",
            "article",
        ),
        # A download page: a file and its date; the footer's prose is never the page's text.
        (
            '<div class="left"><h1>产业扶持资金申报表</h1><div class="down"><p>更新时间：2024-01-10</p>'
            f'<p><a href="/d/file/sbb2024.doc">点击下载</a></p></div></div>{_FOOTER}',
            "list",
        ),
    ],
)
def test_what_a_page_is_is_read_from_its_text_not_its_furniture(html, kind):
    site = site_for(["http://www.example.cn/"])
    page = f"<html><head><title>开发区</title></head><body>{html}</body></html>"
    view = site.family.page_view(site, "http://www.example.cn/news/1.html", page)
    assert view.kind == kind, view.reason


class _SplitBehindRedirect(_TinySite):
    """An IIS site whose old address of an article redirects to a spelling of it other than the canonical
    one; the article is split over two pages."""

    origin = "http://www.split-park.example.cn"
    title = "拆页园区"
    PARA = "园区二期标准厂房主体结构今日封顶，项目计划年底竣工，已有多家企业签订入驻意向协议。"

    def page(self, path: str):
        from parkcrawler.testsite.site import Response

        if path == "/":
            return '<a href="/old/1.html">二期厂房封顶</a>'
        if path == "/old/1.html":
            return Response(301, {"Location": f"{self.origin}/Article/Show.asp?ID=1"}, b"")
        if path.lower().startswith("/article/show.asp?") and "ID=1" in path:
            n = 2 if "ArticlePage=2" in path else 1
            return (
                '<h1>二期厂房封顶</h1><div class="info">发布时间：2024-03-05</div>'
                f'<div class="content"><p>第{n}页：{self.PARA * 2}</p></div>'
                '<div class="pager"><a href="/Article/Show.asp?ID=1">1</a> '
                '<a href="/Article/Show.asp?ID=1&amp;ArticlePage=2">2</a></div>'
            )
        return None


def test_a_split_article_reached_through_a_redirect_is_joined_once(tmp_path):
    db, emulator = tmp_path / "split.db", _SplitBehindRedirect()
    with serve(emulator) as server:
        crawl(db, server.proxy_url, "-a", f"start_urls={emulator.origin}/", spider="generic")
    (article,) = rows(db, "SELECT url, body FROM articles")
    assert article["url"] == f"{emulator.origin}/article/show.asp?ID=1"
    assert [line[:3] for line in article["body"].split("\n")] == ["第1页", "第2页"]


def test_a_dated_clause_opening_the_text_is_no_date_line():
    site = site_for(["http://www.example.cn/"])
    first = "因科创大道改造工程施工需要，自2024年3月5日起至2024年4月30日止，对以下路段实施临时交通管制："
    rest = "请过往车辆和行人按照交通标志绕行，给您带来的不便敬请谅解。" * 2
    page = (
        '<html><body><h1>关于部分道路临时交通管制的通告</h1><div class="info">发布时间：2024-03-02</div>'
        f'<div class="TRS_Editor"><p>{first}</p><p>{rest}</p></div></body></html>'
    )
    fetched = datetime(2024, 3, 3, tzinfo=UTC)  # an injected clock, never the machine's
    article = site.family.extract_article(
        site, "http://www.example.cn/art/1.html", page, server_time=None, fetched_at=fetched
    )
    assert first in article.raw_body_html and article.published_at.startswith("2024-03-02")


# --- either script, any era -------------------------------------------------------------------------


def test_a_traditional_page_reads_as_a_simplified_one_and_keeps_its_own_characters():
    from parkcrawler.extract.script import both_scripts, to_simplified
    from parkcrawler.families.generic.extract import parse_date, script_mirrors

    assert to_simplified("發佈時間：民國113年 來源：經濟發展局") == "发布时间：民国113年 来源：经济发展局"
    assert to_simplified("乾坤") == "乾坤"  # a character that is simplified too is left as it is
    assert both_scripts("来源[:：]") == "[来來]源[:：]"  # 源 is one character in both scripts
    tz = timezone(timedelta(hours=8))
    assert parse_date("發佈日期：民國113年5月16日", tz) == ("2024-05-16", "day")
    site = site_for(["http://www.example.cn/"])
    page = (
        '<html><body><a href="/gb/show.asp?id=7">簡體版</a><div class="pos">您現在的位置：'
        '<a href="/">首頁</a> &gt; <a href="/list.asp?cid=4">園區動態</a> &gt; 正文</div>'
        '<h1>園區開展防汛應急演練</h1><div class="info">發佈時間：2024-06-25 17:30　'
        "文章來源：應急管理辦公室　閱讀次數：410</div>"
        f'<div id="zoom"><p>{"園區組織開展防汛防颱應急演練，檢驗各部門的應急處置能力。" * 3}</p></div>'
        "</body></html>"
    )
    fetched = datetime(2024, 7, 1, tzinfo=UTC)
    article = site.family.extract_article(
        site, "http://www.example.cn/show.asp?id=7", page, server_time=None, fetched_at=fetched
    )
    assert (article.source, article.views, article.category) == ("應急管理辦公室", 410, "園區動態")
    assert "您現在的位置" not in article.raw_body_html  # the trail is never body, in whatever holds it
    root = lxml.html.fromstring(page)
    assert script_mirrors(root, "http://www.example.cn/show.asp?id=7", site) == {"/gb/"}
    assert script_mirrors(root, "http://www.example.cn/gb/show.asp?id=7", site) == set()


def test_a_gallery_bar_a_players_fallback_and_a_play_count():
    site = site_for(["http://www.example.cn/"])
    page = (
        '<html><body><h1>园区企业满负荷生产</h1><div class="info">2026-10-02 09:00 来源：临江新闻网'
        ' 播放：1187 评论：2</div><div class="gallery">'
        "<p>国庆假期，园区不少企业仍在满负荷生产，记者走进园区企业车间，感受新材料产业的智造力量。</p>"
        '<video src="/v.mp4">您的浏览器不支持HTML5视频播放，请升级浏览器</video>'
        '<div class="g-bar"><span>1/5</span> <span>上一张</span> <a href="/a_2.shtml">下一张</a></div>'
        "<p>临江某电子化学品企业的中央控制室，工作人员通过大屏监控生产线运行情况。</p></div></body></html>"
    )
    fetched = datetime(2026, 11, 1, tzinfo=UTC)
    article = site.family.extract_article(
        site, "http://www.example.cn/a.shtml", page, server_time=None, fetched_at=fetched
    )
    assert (article.views, article.source) == (1187, "临江新闻网")
    assert "上一张" not in article.raw_body_html and "不支持" not in article.raw_body_html


class _TwoScripts(_TinySite):
    """A site in traditional characters whose every page links its simplified mirror under /gb/."""

    origin = "http://www.two-scripts.example.cn"
    title = "兩岸園區"
    TEXT = "園區組織開展防汛防颱應急演練，檢驗各部門的應急處置能力和協同作戰水平。"

    def page(self, path: str):
        mirror = path.startswith("/gb/")
        switch = '<a href="/">繁體版</a>' if mirror else f'<a href="/gb{path}">簡體版</a>'
        if path in ("/", "/gb/"):
            return f'{switch}<a href="{"/gb" if mirror else ""}/show.asp?id=1">防汛應急演練</a>'
        if path in ("/show.asp?id=1", "/gb/show.asp?id=1"):
            return (
                f'{switch}<h1>園區開展防汛應急演練</h1><div class="info">發佈時間：2024-06-25</div>'
                f'<div id="zoom"><p>{self.TEXT * 2}</p></div>'
            )
        return None


def test_the_mirror_in_the_other_script_is_skipped_as_a_translation(tmp_path):
    db, emulator = tmp_path / "scripts.db", _TwoScripts()
    with serve(emulator) as server:
        crawl(db, server.proxy_url, "-a", f"start_urls={emulator.origin}/", spider="generic")
    assert [r["url"] for r in rows(db, "SELECT url FROM articles")] == [f"{emulator.origin}/show.asp?id=1"]
    skipped = {r["url"] for r in rows(db, "SELECT url FROM skipped_urls WHERE policy = 'translation'")}
    assert f"{emulator.origin}/gb/show.asp?id=1" in skipped
    assert not any(p.startswith("/gb/") for p in emulator.log)  # never fetched
