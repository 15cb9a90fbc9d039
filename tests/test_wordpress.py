"""The WordPress family's groundwork: the emulated park site, and extraction from its pages and REST API.

The emulator (parkcrawler/testsite/wordpress) serves every page type a WordPress site has; the
extractor (parkcrawler/families/wordpress/extract.py) must give each article exactly what its page states
(``ground_truth()``), and the REST API must give the same Article as the page.
"""

import html as htmllib
import json
import math
import re
import urllib.request
from dataclasses import asdict, replace
from datetime import UTC, datetime
from urllib.parse import quote, unquote, urlsplit

import pytest

from parkcrawler.clean import Cleaner, clean_article
from parkcrawler.evaluate import extract_and_clean
from parkcrawler.families.wordpress import FAMILY
from parkcrawler.families.wordpress import extract as wp_extract
from parkcrawler.families.wordpress.extract import (
    ExtractionError,
    extract_article,
    extract_list,
    extract_rest_list,
    extract_rest_posts,
    parse_feed,
    strip_tracking,
)
from parkcrawler.sites import Page, Site, Skip, packaged_site
from parkcrawler.testsite import serve
from parkcrawler.testsite.wordpress import BASE, WordPressEmulator, WpCorpus, ground_truth
from parkcrawler.testsite.wordpress.corpus import permalink, sanitize_title

FETCHED_AT = datetime(2026, 11, 20, 4, 0, 5, tzinfo=UTC)
PARKWP = packaged_site("parkwp")
TRUTH = ground_truth()
BY_ID = {t["post_id"]: t for t in TRUTH}
LIVE = len(TRUTH)


@pytest.fixture(scope="module")
def site() -> WordPressEmulator:
    return WordPressEmulator()


def get(site: WordPressEmulator, path: str):
    return site.handle("GET", path if path.startswith("http") else BASE + path.lstrip("/"))


def text(response) -> str:
    return response.body.decode("utf-8")


def links(html: str) -> list[str]:
    return [htmllib.unescape(h) for h in re.findall(r'href=["\']([^"\']+)["\']', html)]


# --- the corpus ------------------------------------------------------------------------------------


def test_corpus_is_about_sixty_articles_with_wordpress_slugs():
    corpus = WpCorpus.build()
    assert len(corpus.posts) == 59 and LIVE == 58  # one trashed
    assert len({t["url"] for t in TRUTH}) == LIVE
    slugs = [p.slug for p in corpus.posts.values()]
    assert all(len(s) <= 200 and s == s.lower() for s in slugs)
    # The article published twice: its slug is the first one's (cut to fit) and "-2".
    assert sum(s.endswith("-2") and any(o != s and s.startswith(o[:190]) for o in slugs) for s in slugs) == 1
    assert any(len(set(p.category_ids)) == 2 for p in corpus.posts.values())
    assert all(t["published_at"].endswith("+08:00") for t in TRUTH)


def test_slugs_follow_sanitize_title_with_dashes():
    assert sanitize_title("松江区2026年上半年工业投资增长11.3%") == (
        "%e6%9d%be%e6%b1%9f%e5%8c%ba2026%e5%b9%b4%e4%b8%8a%e5%8d%8a%e5%b9%b4%e5%b7%a5%e4%b8%9a"
        "%e6%8a%95%e8%b5%84%e5%a2%9e%e9%95%bf11-3"
    )
    assert sanitize_title("“十四五” A.B/C+D") == "%e5%8d%81%e5%9b%9b%e4%ba%94-a-b-cd"
    long = sanitize_title("园" * 30)
    assert len(long) == 198 and long == "%e5%9b%ad" * 22  # whole characters within 200


def test_ground_truth_is_deterministic():
    assert ground_truth() == TRUTH


# --- page types ----------------------------------------------------------------------------------------

SOME = TRUTH[10]
CATEGORY = "category/changfang/"
TAG = "tag/" + sanitize_title("厂房出租") + "/"


@pytest.mark.parametrize(
    ("path", "status", "content_type", "needle"),
    [
        ("/", 200, "text/html", 'class="home blog"'),
        ("page/2/", 200, "text/html", "home blog paged paged-2"),
        (SOME["url"], 200, "text/html", 'class="entry-content"'),
        (CATEGORY, 200, "text/html", "archive category category-changfang"),
        (CATEGORY + "page/2/", 200, "text/html", "paged-2"),
        ("category/changfang/wuliu-cangchu/", 200, "text/html", "category-wuliu-cangchu"),
        (TAG, 200, "text/html", "archive tag"),
        ("author/admin/", 200, "text/html", "archive author author-admin"),
        ("author/xiaobian/", 200, "text/html", "author-xiaobian"),
        ("2026/", 200, "text/html", "archive date"),
        ("2026/11/", 200, "text/html", "archive date"),
        ("2026/11/20/", 200, "text/html", "archive date"),
        ("?s=%E5%8E%82%E6%88%BF", 200, "text/html", "search search-results"),
        ("about/", 200, "text/html", "page-template-default page"),
        ("wp-login.php", 200, "text/html", 'id="loginform"'),
        ("feed/", 200, "application/rss+xml", "<content:encoded>"),
        ("comments/feed/", 200, "application/rss+xml", "<channel>"),
        (CATEGORY + "feed/", 200, "application/rss+xml", "<item>"),
        (TAG + "feed/", 200, "application/rss+xml", "<item>"),
        ("wp-sitemap.xml", 200, "application/xml", "<sitemapindex"),
        ("wp-sitemap-posts-post-1.xml", 200, "application/xml", "<urlset"),
        ("wp-sitemap-posts-page-1.xml", 200, "application/xml", f"<loc>{BASE}about/</loc>"),
        ("wp-sitemap-taxonomies-category-1.xml", 200, "application/xml", "category/changfang/"),
        ("wp-sitemap-taxonomies-post_tag-1.xml", 200, "application/xml", "/tag/"),
        ("wp-sitemap-users-1.xml", 200, "application/xml", "author/admin/"),
        ("robots.txt", 200, "text/plain", "Disallow: /wp-admin/"),
        ("wp-json/", 200, "application/json", '"namespaces"'),
        ("wp-json/wp/v2/posts", 200, "application/json", '"content":{"rendered"'),
        ("wp-json/wp/v2/categories", 200, "application/json", '"taxonomy":"category"'),
        ("wp-json/wp/v2/tags", 200, "application/json", '"taxonomy":"post_tag"'),
        ("wp-json/wp/v2/users", 200, "application/json", '"slug":"admin"'),
        ("?rest_route=/wp/v2/posts", 200, "application/json", '"date_gmt"'),
        ("nothing-here/", 404, "text/html", "error404"),
        ("page/7/", 404, "text/html", "error404"),
        (CATEGORY + "page/9/", 404, "text/html", "error404"),
        ("category/no-such/", 404, "text/html", "error404"),
        ("2026/13/", 404, "text/html", "error404"),
        ("wp-sitemap-posts-post-2.xml", 404, "text/html", "error404"),
        ("wp-json/wp/v2/nothing", 404, "application/json", '"rest_no_route"'),
    ],
)
def test_every_page_type_is_served(site, path, status, content_type, needle):
    response = get(site, path)
    assert response.status == status
    assert response.headers["Content-Type"].startswith(content_type)
    assert needle in text(response)
    assert response.headers["Date"] == "Fri, 20 Nov 2026 04:00:00 GMT"  # the emulator's clock, not ours


def test_other_hosts_and_methods(site):
    assert site.handle("GET", "http://www.shcfck.com/").status == 502
    assert site.handle("GET", "http://192.168.10.20:8080/crm/").status == 502
    assert site.handle("POST", BASE + "wp-comments-post.php").status == 405


@pytest.mark.parametrize(
    ("path", "status", "location"),
    [
        (f"?p={SOME['post_id']}", 301, SOME["url"]),
        ("page/1/", 301, BASE),
        (CATEGORY + "page/1/", 301, BASE + CATEGORY),
        ("category/wuliu-cangchu/", 301, BASE + "category/changfang/wuliu-cangchu/"),
        ("author/admin", 301, BASE + "author/admin/"),  # the trailing slash the structure has
        ("https://parkwp.example.cn/feed/", 301, BASE + "feed/"),  # scheme and host aliases
        ("http://parkwp.example.cn/?p=1", 301, BASE + "?p=1"),
        ("wp-admin/", 302, BASE + "wp-login.php?redirect_to="),
    ],
)
def test_redirects(site, path, status, location):
    response = get(site, path)
    assert (response.status, response.body) == (status, b"")
    assert response.headers["Location"].startswith(location)


def test_a_wrong_date_redirects_to_the_permalink(site):
    path = urlsplit(SOME["url"]).path
    wrong = re.sub(r"^/\d{4}/", "/2001/", path)
    assert get(site, wrong).headers["Location"] == SOME["url"]


def test_permalink_percent_encoding_is_case_insensitive(site):
    upper = re.sub(r"%[0-9a-f]{2}", lambda m: m[0].upper(), SOME["url"])
    assert upper != SOME["url"]
    response = get(site, upper)
    assert response.status == 200
    assert f'<link rel="canonical" href="{SOME["url"]}" />' in text(response)
    unicode_path = unquote(SOME["url"])  # a client sending the raw UTF-8 path
    assert get(site, quote(unicode_path, safe=":/")).status == 200


def test_query_variants_are_the_same_page(site):
    url = SOME["url"]
    plain = text(get(site, url))
    tracked = get(site, url + "?utm_source=weixin&utm_medium=share")
    assert tracked.status == 200 and text(tracked) == plain
    reply = text(get(site, url + "?replytocom=12345"))
    assert "<meta name='robots' content='noindex, follow' />" in reply
    assert f'<link rel="canonical" href="{url}" />' in reply
    assert get(site, url).headers["Link"].endswith(f"<{SOME['shortlink']}>; rel=shortlink")
    share = get(site, url + "?share=weibo")
    assert share.status == 302 and share.headers["Location"].startswith("https://service.weibo.com/")
    assert get(site, url + "?share=nothing").status == 404


def test_the_trashed_post_is_gone_but_still_linked(site):
    trashed = next(p for p in site.corpus.posts.values() if p.deleted)
    assert get(site, permalink(trashed)).status == 404
    assert get(site, f"?p={trashed.id}").status == 404
    assert get(site, f"wp-json/wp/v2/posts/{trashed.id}").status == 404
    assert trashed.id not in BY_ID
    pages_linking = [
        t for t in TRUTH if permalink(trashed) in map(strip_tracking, links(text(get(site, t["url"]))))
    ]
    assert pages_linking  # a related-posts link gone stale


def test_hostile_and_internal_links_are_on_every_post(site):
    found = links(text(get(site, SOME["url"])))
    assert any(h.startswith("javascript:") for h in found)
    assert any(h.startswith("mailto:") for h in found)
    assert any(h.startswith("tel:") for h in found)
    assert any(urlsplit(h).hostname == "192.168.10.20" for h in found)
    assert any(urlsplit(h).hostname == "10.0.8.15" for h in found)
    assert any(urlsplit(h).hostname == "www.shanghai.gov.cn" for h in found)
    for path in ("wp-admin/", "wp-login.php", "?s=", "xmlrpc.php?rsd", "wp-json/", "wp-content/"):
        assert any(h.startswith(BASE + path) for h in found), path
    assert f"src='{BASE}wp-includes/js/" in text(get(site, SOME["url"]))
    assert any("utm_source=" in h and h.startswith(BASE) for h in found)
    assert any(
        "?replytocom=" in h
        for h in links(text(get(site, BY_ID[next(i for i in BY_ID if i % 7 == 0)]["url"])))
    )
    assert any("?share=" in h for h in found)


def test_body_links_use_the_duplicate_forms_an_editor_pastes(site):
    bodies = " ".join(p.content for p in site.corpus.posts.values())
    assert "https://parkwp.example.cn/20" in bodies  # another scheme and host for a permalink
    assert f"{BASE}?p=" in bodies  # the shortlink form


# --- lists -----------------------------------------------------------------------------------------------


def walk(site: WordPressEmulator, start: str) -> list:
    pages, url = [], BASE + start.lstrip("/")
    while url:
        response = get(site, url)
        assert response.status == 200, url
        page = extract_list(url, text(response), server_time=FETCHED_AT, site=PARKWP)
        pages.append(page)
        url = page.next_url
    return pages


def test_home_pages_list_every_article_with_sticky_posts_on_top(site):
    pages = walk(site, "/")
    assert len(pages) == math.ceil(LIVE / 10) == 6
    assert {p.last_page for p in pages} == {6}
    first = pages[0].entries
    sticky = [e for e in first if e.sticky]
    assert sticky and first[: len(sticky)] == sticky
    urls = [e.url for p in pages for e in p.entries if not e.sticky]
    assert sorted(urls) == sorted(t["url"] for t in TRUTH)  # sticky posts also keep their place in time
    dates = [e.published_at for p in pages for e in p.entries if not e.sticky]
    assert dates == sorted(dates, reverse=True)
    for entry in first:
        truth = next(t for t in TRUTH if t["url"] == entry.url)
        assert (entry.title, entry.published_at, entry.published_precision) == (
            truth["title"],
            truth["published_at"],
            "datetime",
        )


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        # Every post of the category and its child (no post of this family has a second category).
        (CATEGORY, lambda t: t["category_url"].startswith(BASE + CATEGORY)),
        (TAG, lambda t: "厂房出租" in t["tags"]),
        ("author/xiaobian/", lambda t: t["author"] == "小编"),
        ("2026/11/", lambda t: t["published_at"].startswith("2026-11-")),
    ],
)
def test_archives_walk_to_their_articles(site, start, expected):
    urls = [e.url for p in walk(site, start) for e in p.entries]
    assert sorted(urls) == sorted(t["url"] for t in TRUTH if expected(t))


def test_pagination_is_paginate_links_markup(site):
    html = text(get(site, "page/3/"))
    nav = re.search(r'<nav class="navigation pagination" aria-label="[^"]+">.*?</nav>', html, re.S)[0]
    assert '<a class="prev page-numbers" href="http://www.parkwp.example.cn/page/2/">' in nav
    assert '<span aria-current="page" class="page-numbers current">3</span>' in nav
    assert '<span class="page-numbers dots">&hellip;</span>' in nav  # mid_size 1 hides page 5
    assert '<a class="next page-numbers" href="http://www.parkwp.example.cn/page/4/">' in nav
    assert f'<a class="page-numbers" href="{BASE}">1</a>' in nav  # page 1 is the list itself


def test_the_calendar_trap_never_runs_out_of_months(site):
    seen, url = [], BASE + "1999/01/"
    for _ in range(30):  # a crawler following 下个月 would go on for ever: bound it
        html = text(get(site, url))
        assert get(site, url).status == 200 and "没有符合您的查询条件的结果" in html
        url = re.search(r'wp-calendar-nav-next"><a href="([^"]+)"', html)[1]
        seen.append(url)
    assert seen[-1] == BASE + "2001/07/" and len(set(seen)) == 30
    assert WordPressEmulator(empty_date_archive_status=404).handle("GET", BASE + "1999/01/").status == 404


def test_the_archives_widget_lists_only_months_with_posts(site):
    html = text(get(site, "/"))
    widget = re.search(r'id="archives-2".*?</section>', html, re.S)[0]
    months = re.findall(r"href='http://www\.parkwp\.example\.cn/(\d{4})/(\d{2})/'", widget)
    assert len(months) == len({t["published_at"][:7] for t in TRUTH})


def test_extract_list_refuses_an_article_page(site):
    with pytest.raises(ExtractionError, match="not a list page"):
        extract_list(SOME["url"], text(get(site, SOME["url"])), site=PARKWP)


# --- feed, sitemaps, robots.txt ------------------------------------------------------------------------


def test_feed_gives_exact_times_of_the_newest_posts(site):
    entries = parse_feed(get(site, "feed/").body, site=PARKWP)
    assert len(entries) == 10
    newest = sorted(TRUTH, key=lambda t: (t["published_at"], t["post_id"]), reverse=True)[:10]
    assert [(e.url, e.title, e.published_at) for e in entries] == [
        (t["url"], t["title"], t["published_at"]) for t in newest
    ]
    assert "+0000</pubDate>" in text(get(site, "feed/"))  # feed-rss2.php prints UTC


def test_sitemaps_list_every_article_once():
    site = WordPressEmulator(sitemap_max_urls=20)
    index = text(site.handle("GET", BASE + "wp-sitemap.xml"))
    subs = re.findall(r"<loc>([^<]+)</loc>", index)
    assert [s.rsplit("/", 1)[1] for s in subs] == [
        "wp-sitemap-posts-post-1.xml",
        "wp-sitemap-posts-post-2.xml",
        "wp-sitemap-posts-post-3.xml",
        "wp-sitemap-posts-page-1.xml",
        "wp-sitemap-taxonomies-category-1.xml",
        "wp-sitemap-taxonomies-post_tag-1.xml",
        "wp-sitemap-users-1.xml",
    ]
    assert (
        '<?xml-stylesheet type="text/xsl" href="http://www.parkwp.example.cn/wp-sitemap-index.xsl" ?>'
        in index
    )
    posts = [
        loc
        for sub in subs
        if "posts-post" in sub
        for loc in re.findall(r"<loc>([^<]+)</loc>", text(site.handle("GET", sub)))
    ]
    assert posts == [t["url"] for t in sorted(TRUTH, key=lambda t: t["post_id"])]  # ID ASC, as core
    assert site.handle("GET", BASE + "wp-sitemap-posts-post-4.xml").status == 404


def test_robots_txt_is_do_robots_plus_the_sitemap(site):
    assert text(get(site, "robots.txt")) == (
        "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"
        "\nSitemap: http://www.parkwp.example.cn/wp-sitemap.xml\n"
    )


# --- the REST API ----------------------------------------------------------------------------------------


def test_rest_posts_paginate_with_totals_and_links(site):
    first = get(site, "wp-json/wp/v2/posts")
    assert (first.headers["X-WP-Total"], first.headers["X-WP-TotalPages"]) == (str(LIVE), "6")
    assert first.headers["Link"] == '<http://www.parkwp.example.cn/wp-json/wp/v2/posts?page=2>; rel="next"'
    assert len(json.loads(first.body)) == 10
    middle = get(site, "wp-json/wp/v2/posts?per_page=20&page=2")
    assert middle.headers["X-WP-TotalPages"] == "3" and 'rel="prev"' in middle.headers["Link"]
    last = json.loads(get(site, "wp-json/wp/v2/posts?per_page=20&page=3").body)
    assert len(last) == LIVE - 40
    beyond = get(site, "wp-json/wp/v2/posts?per_page=20&page=4")
    assert beyond.status == 400 and json.loads(beyond.body)["code"] == "rest_post_invalid_page_number"
    for bad in ("per_page=101", "per_page=0", "page=0", "page=x"):
        response = get(site, f"wp-json/wp/v2/posts?{bad}")
        assert response.status == 400 and json.loads(response.body)["code"] == "rest_invalid_param", bad
    assert (
        get(site, "?rest_route=/wp/v2/posts&per_page=5").body
        == get(site, "wp-json/wp/v2/posts?per_page=5").body
    )


def test_rest_json_is_encoded_as_wordpress_encodes_it(site):
    body = text(get(site, "wp-json/wp/v2/posts?per_page=1"))
    assert body.isascii() and "\\u" in body and "http:\\/\\/www.parkwp.example.cn\\/" in body
    post = json.loads(body)[0]
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", post["date"])  # mysql_to_rfc3339: no offset
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", post["date_gmt"])
    assert (
        "_embedded" not in post
        and "_embedded" in json.loads(text(get(site, "wp-json/wp/v2/posts?_embed")))[0]
    )


def test_rest_filters_by_term_and_author(site):
    tag_id = next(t.id for t in site.corpus.tags.values() if t.name == "厂房出租")
    response = get(site, f"wp-json/wp/v2/posts?tags={tag_id}&per_page=100")
    assert int(response.headers["X-WP-Total"]) == sum("厂房出租" in t["tags"] for t in TRUTH)
    assert all(tag_id in p["tags"] for p in json.loads(response.body))


def test_rest_fields_keeps_only_the_fields_asked_for(site):
    response = get(site, "wp-json/wp/v2/posts?per_page=2&_fields=id,link,title.rendered,date,date_gmt")
    posts = json.loads(response.body)
    assert [sorted(p) for p in posts] == [["date", "date_gmt", "id", "link", "title"]] * 2
    assert set(posts[0]["title"]) == {"rendered"}
    assert "_fields=id%2Clink%2Ctitle.rendered%2Cdate%2Cdate_gmt" in response.headers["Link"]
    assert len(response.body) < len(get(site, "wp-json/wp/v2/posts?per_page=2").body) / 10


@pytest.mark.parametrize(
    ("mode", "status", "content_type", "needle"),
    [
        ("login", 401, "application/json", '"code":"rest_cannot_access"'),
        ("off", 404, "text/html", "<html"),
        ("html", 200, "text/html", "Checking your browser"),
    ],
)
def test_the_rest_api_can_be_switched_off_as_sites_do(mode, status, content_type, needle):
    emulator = WordPressEmulator(rest_api=mode)
    for path in ("wp-json/wp/v2/posts?per_page=100", "?rest_route=/wp/v2/posts", "wp-json/"):
        response = get(emulator, path)
        assert (response.status, response.headers["Content-Type"].split(";")[0]) == (status, content_type)
        assert needle in text(response)
    assert get(emulator, "").status == 200  # the site itself answers
    with pytest.raises(ValueError, match="rest_api"):
        WordPressEmulator(rest_api="maybe")


API = BASE + "wp-json/wp/v2/posts?per_page=100&_fields=id,link,title,date,date_gmt"


def test_the_rest_posts_list_is_one_canonical_api_page_when_the_profile_says_so():
    assert PARKWP.options["rest_api"] is True and PARKWP.start_urls[0] == API
    same = [
        API,
        BASE + "wp-json/wp/v2/posts/?_fields=id%2Clink%2Ctitle%2Cdate%2Cdate_gmt&page=1&per_page=100",
        "http://parkwp.example.cn/wp-json/wp/v2/posts?per_page=100&_fields=id,link,title,date,date_gmt",
    ]
    assert {PARKWP.resolve(u) for u in same} == {Page(API, "api")}
    assert PARKWP.resolve(API + "&page=3") == Page(API + "&page=3", "api")
    assert PARKWP.resolve("/wp-json/wp/v2/posts") == Page(BASE + "wp-json/wp/v2/posts?per_page=10", "api")
    for other in (
        "/wp-json/",
        "/wp-json/wp/v2/posts/12",
        "/wp-json/wp/v2/posts?_embed",
        "/wp-json/wp/v2/posts?categories=3",
        "/wp-json/wp/v2/posts?per_page=101",
        "/wp-json/wp/v2/posts?page=0",
        "/wp-json/wp/v2/categories",
    ):
        assert PARKWP.resolve(other).policy == "cms-internal", other
    assert PARKWP.resolve("/?rest_route=/wp/v2/posts").policy == "duplicate-form"  # a 301 to /wp-json/
    # Without the option (another WordPress site's default), the whole REST API is skipped.
    assert OTHERPARK.resolve("/wp-json/wp/v2/posts?per_page=100").policy == "cms-internal"
    with pytest.raises(ValueError, match="rest_api"):
        replace(OTHERPARK, options={"rest_api": "yes"}).resolve("/wp-json/wp/v2/posts")
    # Plain permalinks have no /wp-json/ route: the list is ?rest_route=.
    plain = replace(PLAIN, options={"permalink": "plain", "rest_api": True})
    assert plain.resolve("/?rest_route=/wp/v2/posts/&per_page=50&page=2") == Page(
        "http://www.plainwp.example.cn/?rest_route=/wp/v2/posts&per_page=50&page=2", "api"
    )


def test_extract_rest_list_gives_each_post_page_with_its_exact_time(site):
    body = text(get(site, API))
    listing = extract_rest_list(API, body, site=PARKWP, server_time=FETCHED_AT)
    assert [e.url for e in listing.entries] == [permalink(p) for p in site.live_posts()]  # newest first
    by_url = {t["url"]: t for t in TRUTH}
    for entry in listing.entries:
        truth = by_url[entry.url]
        assert (entry.title, entry.published_at, entry.published_precision) == (
            truth["title"],
            truth["published_at"],
            "datetime",
        )
    assert (listing.next_url, listing.observed_at) == (None, "2026-11-20T04:00:05+00:00")
    with pytest.raises(ExtractionError, match="REST error rest_post_invalid_page_number"):
        extract_rest_list(API, text(get(site, API + "&page=2")), site=PARKWP)
    with pytest.raises(ExtractionError, match="not an article"):
        extract_rest_list(API, body, site=OTHERPARK)  # the permalink option is not this site's


def rest_articles(site: WordPressEmulator, **kwargs) -> dict[int, object]:
    body = get(site, "wp-json/wp/v2/posts?per_page=100&_embed").body
    cleaner = Cleaner.for_site(PARKWP)
    articles = extract_rest_posts(body, fetched_at=FETCHED_AT, site=PARKWP, **kwargs)
    return {a.post_id: clean_article(a, cleaner) for a in articles}


# --- extraction -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def html_articles(site):
    return {
        t["post_id"]: extract_and_clean(PARKWP, t["url"], text(get(site, t["url"])), fetched_at=FETCHED_AT)
        for t in TRUTH
    }


@pytest.mark.parametrize("post_id", sorted(BY_ID))
def test_article_matches_ground_truth(html_articles, post_id):
    truth, article = BY_ID[post_id], html_articles[post_id]
    assert article.url == truth["url"]
    assert article.post_id == post_id
    assert article.site == "parkwp"
    assert article.title == truth["title"]
    assert article.published_at == truth["published_at"]
    assert article.published_precision == "datetime"
    assert article.author == truth["author"]
    assert article.category == truth["category"]
    assert article.category_url == truth["category_url"]
    assert article.tags == truth["tags"]
    assert article.body.split("\n") == truth["body"]  # exact, after the existing cleaner
    assert article.warnings == []
    assert article.views is None and article.views_observed_at is None  # WordPress counts no views
    assert article.fetched_at == "2026-11-20T04:00:05+00:00"


def test_raw_body_is_the_entry_content(site, html_articles):
    post = site.corpus.posts[SOME["post_id"]]
    article = html_articles[SOME["post_id"]]
    assert article.raw_body_html.startswith(post.content[:40])
    # The contact plugin's block is in the raw body and cleaned out of the body.
    assert "招商热线" in article.raw_body_html and "招商热线" not in article.body
    assert 'class="entry-footer' not in article.raw_body_html and "相关文章" not in article.raw_body_html
    assert {b.family for b in article.removed} >= {"site_contact"}


def test_dates_display_and_related_posts(html_articles, site):
    article = html_articles[SOME["post_id"]]
    when = datetime.fromisoformat(SOME["published_at"])
    assert article.date_display == f"{when.year}年{when.month}月{when.day}日"
    related = site.corpus.posts[SOME["post_id"]].related
    assert [r.url for r in article.related] == [permalink(site.corpus.posts[i]) for i in related]
    assert all("utm_" not in r.url for r in article.related)  # the theme's tracking tags removed


def test_rest_extraction_equals_html_extraction_field_by_field(site, html_articles):
    rest = rest_articles(site)
    assert sorted(rest) == sorted(BY_ID)
    for post_id, page in html_articles.items():
        via_rest = asdict(rest[post_id])
        via_page = asdict(page)
        # What only the page shows: the date as printed, the theme's related posts.
        for only_page in ("date_display", "related"):
            assert via_rest.pop(only_page) in (None, [])
            via_page.pop(only_page)
        assert via_rest == via_page, post_id


def test_rest_without_embed_takes_names_from_the_term_and_user_lists(site, html_articles):
    terms = {
        t["id"]: t
        for route in ("categories", "tags")
        for t in json.loads(get(site, f"wp-json/wp/v2/{route}?per_page=100").body)
    }
    users = {u["id"]: u["name"] for u in json.loads(get(site, "wp-json/wp/v2/users").body)}
    plain = extract_rest_posts(
        get(site, "wp-json/wp/v2/posts?per_page=100").body, users=users, terms=terms, site=PARKWP
    )
    for article in plain:
        page = html_articles[article.post_id]
        assert (article.author, article.category, article.category_url, article.tags) == (
            page.author,
            page.category,
            page.category_url,
            page.tags,
        )
    bare = extract_rest_posts(get(site, "wp-json/wp/v2/posts?per_page=1").body, site=PARKWP)[0]
    assert bare.author is None and bare.warnings


def test_rest_errors_raise(site):
    with pytest.raises(ExtractionError, match="rest_post_invalid_page_number"):
        extract_rest_posts(get(site, "wp-json/wp/v2/posts?page=99").body, site=PARKWP)
    single = extract_rest_posts(get(site, f"wp-json/wp/v2/posts/{SOME['post_id']}?_embed").body, site=PARKWP)
    assert [a.url for a in single] == [SOME["url"]]


def test_a_page_that_is_no_post_raises_naming_the_selector(site):
    with pytest.raises(ExtractionError, match=r"'body\.single'"):
        extract_article(BASE, text(get(site, "/")), site=PARKWP)
    with pytest.raises(ExtractionError, match=r"'body\.single'"):
        extract_article(BASE + "about/", text(get(site, "about/")), site=PARKWP)
    html = text(get(site, SOME["url"]))
    no_content = html.replace('<div class="entry-content">', '<div class="post-body">')
    with pytest.raises(ExtractionError, match=r"'\.entry-content'"):
        extract_article(SOME["url"], no_content, site=PARKWP)
    no_article = re.sub(r"<article id=\"post-\d+\"", "<div", html)
    with pytest.raises(ExtractionError, match=r"article\[id\^=post-\]"):
        extract_article(
            SOME["url"], no_article.replace('class="post-', 'class="x-').replace("hentry", "x"), site=PARKWP
        )


def test_drifted_optional_parts_warn(site):
    html = text(get(site, SOME["url"]))
    drifted = re.sub(r"<time [^>]*>[^<]*</time>", "", html)
    drifted = re.sub(r'<span class="byline">.*?</span></span>', "", drifted)
    drifted = re.sub(r"<link rel=\"canonical\"[^>]*>", "", drifted)
    article = extract_article(SOME["url"] + "?utm_source=x#top", drifted, fetched_at=FETCHED_AT, site=PARKWP)
    assert article.published_at is None and article.author is None
    assert article.url == SOME["url"]  # the requested URL without its tracking parameters
    assert len(article.warnings) == 3 and all(isinstance(w, str) for w in article.warnings)


OTHER_THEME = """<!DOCTYPE html><html><head>
<link rel="canonical" href="https://www.otherpark.example.cn/news/hello/" />
<link rel='shortlink' href='https://www.otherpark.example.cn/?p=77' />
</head><body class="post-template-default single single-post postid-77">
<article id="post-77" class="post-77 post type-post status-publish hentry">
<div class="entry-meta"><span class="posted-on"><a href="#"><time class="entry-date published"
 datetime="2024-03-05T10:20:00+08:00">2024-03-05</time><time class="updated"
 datetime="2024-03-09T08:00:00+08:00">2024-03-09</time></a></span>
<span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/li/">李明</a>
</span></span></div>
<h1 class="entry-title">临港新片区 &amp; 张江：政策速览</h1>
<div class="entry-content"><p>第一段。</p><p><img src="data:image/gif;base64,R0lGOD" data-src="https://www.otherpark.example.cn/a.jpg"
 class="lazyload aligncenter"></p><p>第二段。</p>
<div id="jp-relatedposts" class="jp-relatedposts"><div class="jp-relatedposts-items">
<a class="jp-relatedposts-post-a" href="https://www.otherpark.example.cn/news/other/?relatedposts_hit=1#x"
 title="另一篇">另一篇</a></div></div></div>
<footer class="entry-footer"><span class="cat-links"><a href="/category/policy/" rel="category tag">政策</a>,
<a href="/category/news/" rel="category tag">新闻</a></span>
<span class="tags-links"><a href="/tag/lingang/" rel="tag">临港</a></span></footer>
</article></body></html>"""


# Another site of the family, with another permalink structure: a Site, no code of its own.
OTHERPARK = Site(
    name="otherpark",
    base_url="https://www.otherpark.example.cn/",
    hosts=("www.otherpark.example.cn",),
    start_paths=("/",),
    family=FAMILY,
    options={"permalink": "/news/%postname%/"},
)


def test_other_themes_markup_follows_the_same_conventions():
    article = extract_article(
        "https://www.otherpark.example.cn/?p=77", OTHER_THEME, fetched_at=FETCHED_AT, site=OTHERPARK
    )
    assert (article.url, article.post_id) == ("https://www.otherpark.example.cn/news/hello/", 77)
    assert article.title == "临港新片区 & 张江：政策速览"
    assert (article.published_at, article.date_display) == ("2024-03-05T10:20:00+08:00", "2024-03-05")
    assert (article.author, article.category, article.tags) == ("李明", "政策", ["临港"])
    assert article.category_url == "https://www.otherpark.example.cn/category/policy/"
    assert 'src="https://www.otherpark.example.cn/a.jpg"' in article.raw_body_html
    assert 'class="aligncenter"' in article.raw_body_html and "data-src" not in article.raw_body_html
    assert [(r.url, r.title) for r in article.related] == [
        ("https://www.otherpark.example.cn/news/other/", "另一篇")  # Jetpack's tracking removed
    ]
    assert article.warnings == []


def test_strip_tracking():
    assert strip_tracking("http://WWW.parkwp.example.cn/a/?utm_source=x&replytocom=3&page=2#c") == (
        "http://www.parkwp.example.cn/a/?page=2"
    )


# --- through the real server --------------------------------------------------------------------------


def test_served_through_the_forward_proxy(site):
    with serve(site) as server:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": server.proxy_url}))
        with opener.open(SOME["url"]) as response:
            page = response.read().decode("utf-8")
            assert response.headers["Content-Type"] == "text/html; charset=UTF-8"
        assert (
            extract_and_clean(PARKWP, SOME["url"], page, fetched_at=FETCHED_AT).body.split("\n")
            == SOME["body"]
        )
        with opener.open(BASE + "wp-json/wp/v2/posts?per_page=2&_embed") as response:
            assert response.headers["X-WP-Total"] == str(LIVE)
        # Origin-form requests (a browser pointed at the port) reach this emulator's site.
        with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(
            server.proxy_url + "/robots.txt"
        ) as r:
            assert b"wp-sitemap.xml" in r.read()
        try:
            opener.open("http://www.example.com/")
        except urllib.error.HTTPError as error:
            assert error.code == 502
        else:
            pytest.fail("another host must answer 502")
        logged = [(m, u, s) for m, u, s in server.request_log]
        assert logged[0] == ("GET", SOME["url"], 200)


# --- REST vs HTML: what archiving every article costs --------------------------------------------------


def archive_cost(site: WordPressEmulator) -> dict[str, tuple[int, int]]:
    """(requests, bytes) to get every article's full record, each way, counting only what is needed."""
    rest_requests = rest_bytes = 0
    page, pages = 1, 1
    while page <= pages:
        response = get(site, f"wp-json/wp/v2/posts?per_page=100&page={page}&_embed")
        pages = int(response.headers["X-WP-TotalPages"])
        rest_requests, rest_bytes, page = rest_requests + 1, rest_bytes + len(response.body), page + 1
    html_requests = html_bytes = 0
    index = get(site, "wp-sitemap.xml")
    html_requests, html_bytes = 1, len(index.body)
    for sub in re.findall(r"<loc>([^<]+posts-post[^<]+)</loc>", text(index)):
        listing = get(site, sub)
        html_requests, html_bytes = html_requests + 1, html_bytes + len(listing.body)
        for url in re.findall(r"<loc>([^<]+)</loc>", text(listing)):
            html_requests, html_bytes = html_requests + 1, html_bytes + len(get(site, url).body)
    return {"rest": (rest_requests, rest_bytes), "html": (html_requests, html_bytes)}


def test_rest_archives_every_article_in_one_request(site):
    cost = archive_cost(site)
    assert cost["rest"][0] == math.ceil(LIVE / 100) == 1
    assert cost["html"][0] == LIVE + 2  # sitemap index, the posts sitemap, every post page
    assert cost["rest"][1] < cost["html"][1] / 3  # no theme furniture around each body


# --- URL rules with other permalink settings -------------------------------------------------------------

PLAIN = Site(
    name="plainwp",
    base_url="http://www.plainwp.example.cn/",
    hosts=("www.plainwp.example.cn",),
    start_paths=("/",),
    family=FAMILY,
    options={"permalink": "plain"},
)


@pytest.mark.parametrize(
    "href, expected",
    [
        ("/?p=12&utm_source=x", ("http://www.plainwp.example.cn/?p=12", "article")),
        ("/?cat=3&paged=2", ("http://www.plainwp.example.cn/?cat=3&paged=2", "list")),
        ("/?tag=abc&paged=1", ("http://www.plainwp.example.cn/?tag=abc", "list")),
        ("/?paged=3", ("http://www.plainwp.example.cn/?paged=3", "list")),
        ("/?feed=rss2", ("http://www.plainwp.example.cn/?feed=rss2", "feed")),
        ("/?feed=comments-rss2", "feed-variant"),
        ("/?page_id=2", "unknown-page-type"),
        ("/?s=厂房", "search"),
        ("/", ("http://www.plainwp.example.cn/", "home")),
    ],
)
def test_plain_permalinks(href, expected):
    found = PLAIN.resolve(href)
    assert (found.policy if isinstance(found, Skip) else tuple(found)) == expected


def test_a_custom_permalink_structure():
    assert OTHERPARK.resolve("/news/hello") == Page("https://www.otherpark.example.cn/news/hello/", "article")
    assert OTHERPARK.resolve("/2024/03/") == Page("https://www.otherpark.example.cn/2024/03/", "list")
    assert OTHERPARK.resolve("/about/").policy == "unknown-page-type"
    numeric = Site(
        name="numwp",
        base_url="http://n.example.cn/",
        hosts=("n.example.cn",),
        start_paths=("/",),
        family=FAMILY,
        options={"permalink": "/archives/%post_id%.html"},
    )
    assert numeric.resolve("/archives/12.html?from=x") == Page(
        "http://n.example.cn/archives/12.html", "article"
    )
    with pytest.raises(ValueError, match="permalink structure"):
        replace(numeric, options={"permalink": "/%nosuch%/"}).resolve("/x/")


# --- the page parsed up to its sidebar ---------------------------------------------------------------------


def _extract_whole(monkeypatch, url: str, html: str):
    """extract_article with the page parsed whole, as before the cut (the same Article or the same error)."""
    with monkeypatch.context() as m:
        m.setattr(wp_extract._Page, "parse", classmethod(lambda cls, h: cls.of(wp_extract.page_root(h))))
        return _outcome(url, html)


def _outcome(url: str, html: str):
    try:
        return asdict(extract_article(url, html, fetched_at=FETCHED_AT, site=PARKWP))
    except ValueError as exc:
        return f"{type(exc).__name__}: {exc}"


def test_every_post_page_is_read_up_to_its_sidebar_with_the_whole_pages_answers(site, monkeypatch):
    cut = []
    real = wp_extract._Page._of_prefix.__func__
    spy = classmethod(lambda cls, r: cut.append(p := real(cls, r)) or p)
    monkeypatch.setattr(wp_extract._Page, "_of_prefix", spy)
    for t in TRUTH:
        html = text(get(site, t["url"]))
        assert _outcome(t["url"], html) == _extract_whole(monkeypatch, t["url"], html)
    assert len(cut) == LIVE and all(p is not None for p in cut)


# Each puts what the cut page cannot see right at the sidebar's start tag (<aside id="secondary" ...).
_LINK = '<a href="/?p=1">链接</a>'
_SIDEBAR_VARIANTS = {
    "related box after the cut": f'<aside><section class="related-posts">{_LINK}</section></aside>',
    "related box open at the cut": f'<div class="related-posts"><aside></aside>{_LINK}</div>',
    "cut inside a box's start tag": f'<div class="related-posts" title="<aside>">{_LINK}</div>',
    "numeric reference after the cut": f'<aside></aside><div class="related&#45;posts">{_LINK}</div>',
    "an earlier aside in capitals": f'<ASIDE></ASIDE><p class="related-posts" title="<aside>">{_LINK}</p>',
    "an aside the NUL hides": f'<as\0ide></aside><div class="related-posts" title="<aside>">{_LINK}</div>',
    "jetpack's links after the cut": (
        '<aside></aside><div id="jp-relatedposts"><a class="jp-relatedposts-post-a" href="/?p=1">后</a></div>'
    ),
    "a yarpp box after the cut": f'<aside></aside><div class="yarpp-related">{_LINK}</div>',
    "canonical link after the cut": '<aside></aside><link rel="canonical" href="http://www.parkwp.example.cn/?p=1">',
    "shortlink after the cut": '<aside></aside><link rel="shortlink" href="http://www.parkwp.example.cn/?p=1">',
    "no sidebar": "",
    "an aside in the post": "<p>前</p><aside>边栏</aside><p>后</p>",  # in .entry-content; no related box
}


@pytest.mark.parametrize("variant", sorted(_SIDEBAR_VARIANTS))
def test_a_page_the_cut_could_misread_is_parsed_whole(site, monkeypatch, variant):
    t = TRUTH[3]
    page = text(get(site, t["url"]))
    html = page
    if variant.startswith(("canonical", "shortlink")):  # the page's own, in the head, taken away
        rel = variant.split()[0]
        html = re.sub(rf"<link rel=['\"]{rel}['\"][^>]*>", "", html)
    at = html.index('<aside id="secondary"')
    if variant == "an aside in the post":
        html = html.replace('class="related-posts"', 'class="related"')
        at = html.index('<div class="entry-content">') + len('<div class="entry-content">')
    html = html[:at] + _SIDEBAR_VARIANTS[variant] + html[at:]
    if variant == "no sidebar":
        html = html.replace("<aside", "<div").replace("</aside>", "</div>")
    whole = _extract_whole(monkeypatch, t["url"], html)
    assert _outcome(t["url"], html) == whole
    if variant != "no sidebar":
        assert whole != _extract_whole(monkeypatch, t["url"], page)  # the variant tells


def test_after_cut_tokens_need_their_letters():
    """The cut page serves only when the text after the cut holds no token of _AFTER_CUT: a tag there could
    hold one only through a character reference, numeric ("&#", itself a token) or named, and no named
    reference (the HTML5 list: libxml2's is part of it) stands for any of the tokens' characters."""
    from html.entities import html5

    letters = {c for token in wp_extract._AFTER_CUT if token != "&#" for c in token}
    assert not [name for name, value in html5.items() if letters & set(value)]
