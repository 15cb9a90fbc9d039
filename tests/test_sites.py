"""URL rules: one canonical URL per page, and a stated policy for every URL not fetched."""

import json
from pathlib import Path

import pytest
from parsel import Selector

from parkcrawler.sites import SKIP_POLICIES, Page, Skip, packaged_site

SHCFCK = packaged_site("shcfck")

REFERENCE = Path(__file__).parent / "fixtures" / "site-reference"
POST = "http://www.shcfck.com/index.php/post/8214.html"


@pytest.mark.parametrize(
    "href, expected",
    [
        # scheme and host aliases: the CMS prints http://www. links whatever was requested
        ("https://shcfck.com/index.php/post/8214.html", Page(POST, "article")),
        ("http://WWW.SHCFCK.COM/index.php/post/8214.html#comments", Page(POST, "article")),
        ("/index.php/post/08214.html", Page(POST, "article")),
        # dynamic ids are 301s to the permalink: the same article
        ("http://www.shcfck.com/?id=8214", Page(POST, "article")),
        ("http://www.shcfck.com/index.php?id=8214", Page(POST, "article")),
        ("http://www.shcfck.com/", Page("http://www.shcfck.com/", "home")),
        ("http://www.shcfck.com/index.php", Page("http://www.shcfck.com/", "home")),
        ("http://www.shcfck.com/index.php/page_1.html", Page("http://www.shcfck.com/", "home")),
        (
            "http://www.shcfck.com/index.php/page_2.html",
            Page("http://www.shcfck.com/index.php/page_2.html", "list"),
        ),
        # page 1 has no _1 suffix; sort variants list the same articles
        ("/index.php/category-3_1.html", Page("http://www.shcfck.com/index.php/category-3.html", "list")),
        (
            "/index.php/category-3.html?order=viewlist&sort=0",
            Page("http://www.shcfck.com/index.php/category-3.html", "list"),
        ),
        (
            "/index.php/category-3_2.html?order=cmtlist&sort=1",
            Page("http://www.shcfck.com/index.php/category-3_2.html", "list"),
        ),
        ("/index.php/tags-12_2.html", Page("http://www.shcfck.com/index.php/tags-12_2.html", "list")),
        ("/index.php/author-1.html", Page("http://www.shcfck.com/index.php/author-1.html", "list")),
        ("/index.php/date-2024-9.html", Page("http://www.shcfck.com/index.php/date-2024-9.html", "list")),
        ("/index.php/date-2024-9_3.html", Page("http://www.shcfck.com/index.php/date-2024-9_3.html", "list")),
        ("/feed.php", Page("http://www.shcfck.com/feed.php", "feed")),
        ("/sitemap.xml", Page("http://www.shcfck.com/sitemap.xml", "sitemap")),
        ("/feed.php?cate=3", Skip("http://www.shcfck.com/feed.php?cate=3", "feed-variant")),
        (
            "/search.php?q=%E6%9D%BE%E6%B1%9F",
            Skip("http://www.shcfck.com/search.php?q=%E6%9D%BE%E6%B1%9F", "search"),
        ),
        ("/zb_system/login.php", Skip("http://www.shcfck.com/zb_system/login.php", "cms-internal")),
        (
            "/zb_users/upload/2023/06/wx-7.jpg",
            Skip("http://www.shcfck.com/zb_users/upload/2023/06/wx-7.jpg", "asset"),
        ),
        (
            "/index.php/whatever.html",
            Skip("http://www.shcfck.com/index.php/whatever.html", "unknown-page-type"),
        ),
        ("javascript:;", Skip("javascript:;", "non-http")),
        ("mailto:a@b.cn", Skip("mailto:a@b.cn", "non-http")),
        ("tel:4000123021", Skip("tel:4000123021", "non-http")),
        ("https://www.sohu.com/a/1.html", Skip("https://www.sohu.com/a/1.html", "offsite")),
        (
            "http://www.shcfck.com.evil.cn/index.php/post/1.html",
            Skip("http://www.shcfck.com.evil.cn/index.php/post/1.html", "offsite"),
        ),  # noqa: E501
        (
            "http://127.0.0.1:8000/index.php/post/1.html",
            Skip("http://127.0.0.1:8000/index.php/post/1.html", "private-host"),
        ),  # noqa: E501
        ("http://192.168.1.20/admin", Skip("http://192.168.1.20/admin", "private-host")),
        ("http://[::1]/", Skip("http://[::1]/", "private-host")),
        (
            "http://localhost/index.php/post/1.html",
            Skip("http://localhost/index.php/post/1.html", "private-host"),
        ),
        ("http://8.8.8.8/", Skip("http://8.8.8.8/", "private-host")),
    ],
)
def test_resolve(href, expected):
    assert SHCFCK.resolve(href, base=POST) == expected


@pytest.mark.parametrize(
    "href", ["http://[::1/", "http://[/", "http://www.shcfck.com:99999/", "//www.shcfck.com:x/"]
)
def test_a_link_that_is_no_url_is_skipped_as_malformed(href):
    # urlsplit raises on these: the spider must record them, not lose the page's other links.
    assert SHCFCK.resolve(href, base=POST) == Skip(href, "malformed")


def test_space_before_a_fragment_is_trimmed_like_the_hrefs_ends():
    target = SHCFCK.resolve("8000.html #comments", base=POST)
    assert target == Page("http://www.shcfck.com/index.php/post/8000.html", "article")
    assert SHCFCK.resolve(target.url) == target


def test_relative_links_resolve_against_the_page():
    assert SHCFCK.resolve("8000.html", base=POST) == Page(
        "http://www.shcfck.com/index.php/post/8000.html", "article"
    )


def test_start_urls_are_the_live_sites():
    assert SHCFCK.start_urls == [
        "http://www.shcfck.com/",
        "http://www.shcfck.com/feed.php",
        "http://www.shcfck.com/sitemap.xml",
    ]


def reference_links():
    manifest = json.loads((REFERENCE / "manifest.json").read_text())
    for page in manifest["pages"]:
        if "file" in page and page["content_type"].startswith("text/html"):
            html = (REFERENCE / page["file"]).read_text()
            for href in Selector(text=html).css("a::attr(href)").getall():
                yield page["url"], href


def test_every_link_on_the_reference_pages_is_a_page_or_a_stated_skip():
    seen = {"article": set(), "list": set(), "home": set(), "feed": set(), "sitemap": set()}
    for page_url, href in reference_links():
        target = SHCFCK.resolve(href, base=page_url)
        if isinstance(target, Skip):
            assert target.policy in SKIP_POLICIES, (href, target)
            assert target.policy != "unknown-page-type", (page_url, href)
        else:
            seen[target.kind].add(target.url)
    # The reference site's 13 articles, its lists and feed are all reachable from its pages.
    assert len(seen["article"]) == 13
    assert "http://www.shcfck.com/index.php/tags-12_2.html" in seen["list"]
    assert not any("order=" in url or "_1." in url for url in seen["list"])


def test_every_skip_policy_is_documented_in_the_readme():
    """skipped_urls.policy is part of the archive's contract: the README's table names every policy the code
    can record, and no other."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    start = readme.index("| policy | meaning |")
    table = readme[start : readme.index("\n\n", start)]
    assert set(re.findall(r"^\| `([^`]+)` \|", table, re.M)) == set(SKIP_POLICIES)
