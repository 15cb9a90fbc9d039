"""Extraction of the reference pages (the acceptance test), feed.php, and drifted markup."""

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parkcrawler.evaluate import extract_and_clean
from parkcrawler.extract.html import ExtractionError, page_selector
from parkcrawler.sites import packaged_site

SHCFCK = packaged_site("shcfck")
extract_article = SHCFCK.extract_article
parse_feed = SHCFCK.parse_feed

REFERENCE = Path(__file__).parent / "fixtures" / "site-reference"
PAGES = REFERENCE / "pages"
RENDERED_AT = datetime.fromisoformat(json.loads((REFERENCE / "manifest.json").read_text())["rendered_at"])
FETCHED_AT = datetime(2026, 11, 20, 4, 0, 5, tzinfo=UTC)
EXPECTED = {
    int(p.stem): json.loads(p.read_text("utf-8")) for p in sorted((REFERENCE / "expected").glob("*.json"))
}


def page(post_id: int) -> str:
    return (PAGES / "index.php" / "post" / f"{post_id}.html").read_text("utf-8")


def url(post_id: int) -> str:
    return f"http://www.shcfck.com/index.php/post/{post_id}.html"


def extract(post_id: int, html: str | None = None, **kwargs):
    kwargs.setdefault("server_time", RENDERED_AT)
    kwargs.setdefault("fetched_at", FETCHED_AT)
    return extract_and_clean(SHCFCK, kwargs.pop("request_url", url(post_id)), html or page(post_id), **kwargs)


def test_all_thirteen_articles_are_covered():
    assert len(EXPECTED) == 13


@pytest.mark.parametrize("post_id", sorted(EXPECTED))
def test_article_matches_expected(post_id):
    expected = EXPECTED[post_id]
    article = extract(post_id)
    assert article.url == expected["url"]
    assert article.post_id == expected["post_id"]
    assert article.site == "shcfck"
    assert article.title == expected["title"]
    assert article.published_at == expected["published_at"]
    assert article.published_precision == expected["published_precision"]
    assert article.date_display == expected["date_display"]
    assert article.views == expected["views"]
    assert article.author == expected["author"]
    assert article.category == expected["category"]
    assert article.tags == expected["tags"]
    assert article.body.split("\n") == expected["body"]
    assert [{"url": r.url, "title": r.title} for r in article.related] == expected["related"]
    assert [{"family": b.family, "text": b.text} for b in article.removed] == expected["boilerplate_removed"]
    assert article.warnings == []


@pytest.mark.parametrize("post_id", sorted(EXPECTED))
def test_clocks_and_raw_body(post_id):
    article = extract(post_id)
    assert article.views_observed_at == "2026-11-20T04:00:00+00:00"  # the server's clock, in UTC
    assert article.fetched_at == "2026-11-20T04:00:05+00:00"
    assert "data-original" not in article.raw_body_html
    assert "lazyload" not in article.raw_body_html
    assert "lazyload" not in article.body_html
    assert "copynotice" not in article.raw_body_html and "本文链接" not in article.raw_body_html
    positions = [b.position for b in article.removed]
    assert positions == sorted(positions)


def test_category_url_is_the_articles_own_sub_category():
    article = extract(6215)
    assert (article.category, article.category_url) == (
        "物流仓储",
        "http://www.shcfck.com/index.php/category-7.html",
    )


def test_images_are_the_real_body_images():
    assert extract(8214).images == []  # its only images were the contact block's QR codes
    assert extract(8433).images == ["http://www.shcfck.com/zb_users/upload/2026/11/202611064290188992.jpg"]
    assert extract(8441).images == [
        "http://www.shcfck.com/zb_users/upload/2026/11/202611178321930164.jpg",
        "http://www.shcfck.com/zb_users/upload/2026/11/202611171020341036.jpg",
    ]
    assert (
        'src="http://www.shcfck.com/zb_users/upload/2026/11/202611064290188992.jpg"'
        in extract(8433).raw_body_html
    )


def test_related_entries():
    related = {r.url: r for r in extract(8214).related}
    eastday = related[url(7321)]
    assert eastday.excerpt_raw.startswith(
        "\u3000\u3000发布时间：2012年05月09日 09:05进入复兴论坛来源：东方网"
    )
    assert " \u3000\u3000第650期：谁来医治“环保焦虑症” \u3000\u3000第649期：" in eastday.excerpt_raw
    assert eastday.excerpt == ""  # nothing but Eastday's junk
    assert related[url(7502)].excerpt.startswith("G60松江信创产业园园区简介：")
    assert all(r.image is None for r in related.values())  # stock thumbnails only
    # A related post with a picture shows it as served (related images are not lazy-loaded).
    with_image = {r.url: r.image for r in extract(6790).related}
    assert with_image[url(8433)] == "http://www.shcfck.com/zb_users/upload/2026/11/202611064290188992.jpg"


def test_provenance_from_boilerplate():
    assert extract(5870).source == "搜狐"
    assert extract(8214).source == "东方财富"
    assert extract(7321).source == "东方网"
    assert extract(6215).source is None  # only the site's own contact block
    assert extract(7502).original_title is None  # 原标题 is the title itself
    renamed = page(7502).replace(
        "<h1>G60松江信创产业园-上海特色产业园区介绍</h1>", "<h1>G60松江信创产业园招商</h1>"
    )
    assert extract(7502, renamed).original_title == "G60松江信创产业园-上海特色产业园区介绍"


def test_canonical_url_never_the_echoed_request_url():
    https = "https://shcfck.com/index.php/post/8214.html"
    echoed = (
        page(8214)
        .replace('data-qrurl="http://www.shcfck.com/index.php/post/8214.html"', f'data-qrurl="{https}"')
        .replace(
            '本文链接：<a href="http://www.shcfck.com/index.php/post/8214.html">',
            f'本文链接：<a href="{https}">',
        )
    )
    article = extract(8214, echoed, request_url=https)
    assert article.url == url(8214)
    assert article.post_id == 8214
    assert article.warnings == []


def test_without_canonical_link_the_url_is_built_from_the_post_id():
    html = page(8214).replace(
        '<link rel="canonical" href="http://www.shcfck.com/index.php/post/8214.html" />', ""
    )
    article = extract(8214, html, request_url="https://shcfck.com/index.php/post/8214.html#top")
    assert (article.url, article.post_id) == (url(8214), 8214)
    assert any("canonical" in w for w in article.warnings)


def test_without_server_time_the_fetch_time_dates_the_page():
    article = extract_article(url(8441), page(8441), fetched_at=datetime(2026, 11, 21, 3, 0, tzinfo=UTC))
    assert (article.published_at, article.published_precision) == ("2026-11-18", "relative")
    assert article.views_observed_at == "2026-11-21T03:00:00+00:00"


def test_extraction_does_not_clean():
    article = extract_article(url(8214), page(8214), server_time=RENDERED_AT)
    assert article.body is None and article.removed == []
    assert "打开东方财富APP查看更多内容" in article.raw_body_html
    assert 'class="zsbox"' in article.raw_body_html
    assert all(r.excerpt == "" and r.excerpt_raw for r in article.related)


def test_title_entities_are_decoded():
    html = page(8214).replace(
        "<h1>松江区与东华大学深化地校合作聚焦重点学科与重点产业要素对接</h1>",
        "<h1>松江R&amp;D中心 &lt;招商&gt;</h1>",
    )
    assert extract(8214, html).title == "松江R&D中心 <招商>"


# --- feed.php ----------------------------------------------------------------------------------------------


def test_feed_gives_the_exact_time_of_the_newest_posts():
    entries = parse_feed((PAGES / "feed.php").read_text("utf-8"))
    assert len(entries) == 10
    published = {e.url: e.published_at for e in entries}
    for expected in EXPECTED.values():
        assert published.get(expected["url"]) == expected["feed_pubdate"]
    assert entries[0].title == "G60松江信创产业园研发办公+生产厂房招租 租金1.4元/平方米/天"
    assert entries[0].published_at == "2026-11-20T08:40:00+08:00"


def test_feed_from_bytes_with_link_variants():
    xml = (
        (PAGES / "feed.php")
        .read_bytes()
        .replace(
            b"<link>http://www.shcfck.com/index.php/post/8445.html</link>",
            b"<link>https://shcfck.com/index.php/post/8445.html</link>",
        )
    )
    entries = parse_feed(xml)
    assert entries[0].url == url(8445)
    assert len(entries) == 10


# --- pages that are not articles, and drifted markup --------------------------------------------------------


def test_404_page_is_not_an_article():
    html = (PAGES / "index.php" / "post" / "8000.html").read_text("utf-8")
    with pytest.raises(ExtractionError, match=r"body\.article.*'error'"):
        extract_article(url(8000), html, server_time=RENDERED_AT)


@pytest.mark.parametrize("list_page", ["category-3.html", "tags-12.html", "date-2024-9.html"])
def test_list_page_is_not_an_article(list_page):
    html = (PAGES / "index.php" / list_page).read_text("utf-8")
    with pytest.raises(ExtractionError, match=r"body\.article"):
        extract_article("http://www.shcfck.com/index.php/" + list_page, html, server_time=RENDERED_AT)


def test_missing_h1_is_loud():
    html = page(8214).replace("<h1>", "<div>").replace("</h1>", "</div>")
    with pytest.raises(ExtractionError, match="'h1'"):
        extract_article(url(8214), html, server_time=RENDERED_AT)


def test_missing_body_is_loud():
    html = page(8214).replace('class="single viewall"', 'class="content-body"')
    with pytest.raises(ExtractionError, match=r"'\.single'"):
        extract_article(url(8214), html, server_time=RENDERED_AT)


@pytest.mark.parametrize(
    "old, new",
    [
        ('class="single viewall"', 'class="single"'),  # the body without `viewall`
        ('class="single viewall"', "class='entry single viewall'"),  # extra class, other quotes
        ('<div class="post">', '<div class="post post-8214 clearfix">'),
        ("<h1>", '<h1 class="title">'),
        ('<span class="date">', '<span class="date icon-time">'),
        ('<span class="view">235</span>', '<span class="view">\n  235 </span>'),
        ('<body class="article">', '<body class="article single-post">'),
    ],
)
def test_small_markup_differences_extract_the_same(old, new):
    html = page(8214)
    assert old in html
    reference, drifted = extract(8214), extract(8214, html.replace(old, new, 1))
    assert drifted.warnings == []
    for name in ("url", "title", "published_at", "views", "author", "category", "tags", "body", "removed"):
        assert getattr(drifted, name) == getattr(reference, name), name


def test_missing_view_count_is_a_warning():
    article = extract(8214, page(8214).replace('<span class="view">235</span>', ""))
    assert article.views is None
    assert article.warnings == ["span.view missing"]
    assert article.title == EXPECTED[8214]["title"]


def test_odd_view_count_and_date_are_warnings():
    html = page(8214).replace('<span class="view">235</span>', '<span class="view">n/a</span>')
    html = html.replace('2年前<span class="datetime"> (2024-09-21)</span>', "上周")
    article = extract(8214, html)
    assert article.views is None
    assert (article.published_at, article.published_precision, article.date_display) == (None, None, "上周")
    assert article.warnings == ["span.date unparseable: '上周'", "span.view is not a number: 'n/a'"]


def test_missing_info_parts_are_warnings():
    html = page(8214).replace(
        '<span class="user"><a href="http://www.shcfck.com/index.php/author-1.html" '
        'rel="nofollow">admin</a></span>',
        "",
    )
    html = html.replace(
        '<span class="cate"><a href="http://www.shcfck.com/index.php/category-3.html">'
        "上海厂房招商</a></span>",
        "",
    )
    article = extract(8214, html)
    assert (article.author, article.category, article.category_url) == (None, None, None)
    assert article.warnings == ["span.user missing", "span.cate a missing"]


def test_article_without_tags_and_related_posts():
    html = page(8214)
    start, end = html.index('<div class="tags">'), html.index('<div class="sharebox">')
    html = html[:start] + html[end:]
    start, end = (
        html.index('<div class="block">\n    <div class="posttitle">'),
        html.index('<div class="sidebar">'),
    )
    html = html[:start] + html[end:]
    article = extract(8214, html)
    assert article.tags == [] and article.related == []
    assert article.body.split("\n") == EXPECTED[8214]["body"]
    assert article.warnings == []


def test_page_index_selects_what_the_css_selectors_do():
    # _Page gathers the whole-document selectors from one XPath call and tests tokens in Python: the
    # same elements, in the same order, as the translated CSS, on markup at the edges of both.
    from lxml import etree

    from parkcrawler.families.zblog_tpure.extract import _css, _Page

    html = (
        "<html><head><link rel='canonical'><link rel='x canonical' href='/a'>"
        "<link rel='canonicalx' href='/b'><link rel=\"\tcanonical\n\" href='/c'></head>"
        "<body class='x\tarticle'><div class='posts'><div class='relatecon\xa0x'></div></div>"
        "<div class='a post\n'><p class='post'>1</p><!-- c --><div class='relatecon'><p>a</p><!-- c -->"
        "<div class=relatecon><i>b</i></div></div></div><div class='relatecon'><b>c</b></div></body></html>"
    )
    root = etree.HTML(html)
    page = _Page.of(root)
    assert page.bodies == _css(root, "body.article")
    links = _css(root, "link[rel~=canonical]")
    assert page.canonical_href() == next(h for e in links if (h := e.get("href")) is not None) == "/a"
    assert page.classed["post"] == _css(root, ".post")
    assert page.first_post() is _css(_css(root, "body.article")[0], ".post")[0]
    assert page.related_entries() == [(e, _css(e, ".relateinfo")) for e in _css(root, ".relatecon > *")]
    single = etree.HTML("<body class=article><div class=relatecon><p>a</p><!-- c --><p>b</p></div></body>")
    assert [e for e, _ in _Page.of(single).related_entries()] == _css(single, ".relatecon > *")


def test_related_boxes_are_each_entrys_relateinfo():
    # Below one .relatecon, each entry's .relateinfo boxes come from the page's class index, found by a walk
    # up to the entry: the same elements, in the same order, as the selector on the entry.
    from lxml import etree

    from parkcrawler.families.zblog_tpure.extract import _css, _Page

    root = etree.HTML(
        "<body><p class=relateinfo>out</p><div class='relatecon relateinfo'><div class=relateinfo>1"
        "<p class=relateinfo>1a</p></div><!-- c --><div><b><i class='x relateinfo'>2</i></b><p>2b</p>"
        "<p class=relateinfo>2c</p></div><div>3 none</div><p class=relateinfo><span class=relateinfo>4</span>"
        "</p></div><div class=relateinfo>out</div></body>"
    )
    entries = _Page.of(root).related_entries()
    assert entries == [(e, _css(e, ".relateinfo")) for e in _css(root, ".relatecon > *")]
    assert [len(boxes) for _, boxes in entries] == [2, 2, 0, 2]


def _walk_trees():
    """Trees for the walk-up shortcuts: the reference pages parsed whole and cut at many places (elements left
    open at the end), and markup at the edges (comments and PIs last, after the root, as first children)."""
    from lxml import etree

    from parkcrawler.extract.html import parse_page

    for path in sorted((PAGES / "index.php" / "post").glob("*.html"))[:4]:
        html = path.read_text(encoding="utf-8")
        for end in range(len(html) // 13, len(html) + 1, len(html) // 13):
            yield parse_page(html[:end])
    for html in (
        "<p>a<b>b<i>c</i><!-- c --></b></p>",
        "<div><p>a</p><?pi x?></div><!-- after the root -->",
        "<html><!-- c --><head><link rel=canonical href=/h></head><body><h1>t</h1></body></html>",
        "<div><h1>a</h1><div><h1>b</h1></div></div><p>tail<b></b>text</p>",
    ):
        yield etree.HTML(html)
    yield etree.fromstring("<a><!-- c --><h1><h1/></h1><b/><?pi?></a>")
    yield etree.fromstring("<a><b><c/></b></a><!-- after the root -->")


def test_elements_open_at_the_end_are_the_last_nodes_ancestors():
    # _open_at_end walks up from the element; the cut's guard asked whether it is the last node (the last
    # child down from the root) or one of its ancestors.
    from parkcrawler.extract.lxml_css import open_at_end as _open_at_end

    for root in _walk_trees():
        last = root
        while len(last):
            last = last[-1]
        open_ = {last, *last.iterancestors()}
        assert [_open_at_end(e) for e in root.iter()] == [e in open_ for e in root.iter()]


def test_walks_up_find_what_the_ancestor_axis_does():
    # _within (descendant-or-self::) and _first_h1 (the first of post.iter("h1")) against lxml's walks.
    from parkcrawler.families.zblog_tpure.extract import _first_h1, _within

    for root in _walk_trees():
        elements = list(root.iter())
        scopes = elements[:: max(1, len(elements) // 12)]
        for e in elements:
            assert [_within(e, s) for s in scopes] == [e is s or s in e.iterancestors() for s in scopes]
            assert _first_h1(e) is next(e.iter("h1"), None)


def test_canonical_link_is_the_first_in_the_page():
    # canonical_href looks in the root's first child before the rest: the first link[rel~=canonical] with an
    # href in document order, wherever it is.
    from lxml import etree

    from parkcrawler.families.zblog_tpure.extract import _css, _Page

    pages = [
        etree.HTML(html)
        for html in (
            "<head><link rel=canonical href=/a><link rel=canonical href=/b></head>",
            "<head><link rel=stylesheet href=/s><link rel=canonical></head>"
            "<body><link rel='x canonical' href=/c>",
            "<html><!-- c --><head><link rel=canonical href=/d></head></html>",
            "<body><p><link rel=canonical href=/e></p></body>",
            "<head><title>t</title></head><body>none</body>",
        )
    ]
    pages.append(etree.fromstring("<link rel='canonical' href='/r'><link rel='canonical' href='/s'/></link>"))
    pages.append(etree.fromstring("<x><link rel='canonical' href='/t'/></x>"))
    for root in pages:
        links = _css(root, "link[rel~=canonical]")
        assert _Page(root, {}, [], None).canonical_href() == next(
            (h for e in links if (h := e.get("href")) is not None), None
        )


def test_class_holders_are_found_in_every_value_and_only_as_whole_tokens():
    # _Tokens looks each class value up in what it learned of the values: a token at a value's edges, twice
    # in one value, or only part of a longer token; values seen before, new ones, and after its bound.
    from lxml import etree

    from parkcrawler.extract.lxml_css import CLASS_VALUES as _CLASSES
    from parkcrawler.families.zblog_tpure.extract import _css, _Tokens

    root = etree.HTML(
        "<div class='post'><p class='x post'>1</p><p class='po'>2</p><p class='st'>3</p>"
        "<p class='post post'>4</p><p class='posts'>5</p><p class='info relateinfo'>6</p>"
        "<p class='\npost\t'>7</p><p class=post>8</p><p class='post\xa0x'>9</p><p class='x\x0cpost'>10</p>"
        "</div>"
    )
    tokens = _Tokens(("post", "info", "st"))
    for _ in range(2):  # learning, then known
        found = tokens.holders(_CLASSES(root))
        for token in ("post", "info", "st"):
            assert found[token] == _css(root, f".{token}")
        assert [e.text for e in found["post"]] == [None, "1", "4", "7", "8"]
    assert {type(value) for value in tokens._held} == {str}  # not the smart strings, which hold their tree
    tokens.LIMIT = 3
    other = etree.HTML("<p class=post>a</p><p class='a b'>b</p><p class=c>c</p>")
    assert tokens.holders(_CLASSES(other))["post"] == _css(other, ".post")
    assert len(tokens._held) <= 3
    assert tokens.holders(_CLASSES(root))["post"] == _css(root, ".post")


def test_post_parts_select_what_the_css_selectors_do():
    from lxml import etree

    from parkcrawler.families.zblog_tpure.extract import _INFO_PARTS, _css, _links_in, _Page

    root = etree.HTML(
        "<p class='info tags'>out</p><h1>out</h1>"
        "<div class='post'><h1 class=single>t</h1><div class='relateinfo info'><span class='user x'>u</span>"
        "<span class='cate'><a>c1</a><b><a>c2</a></b></span><span class='cate'><a>c3</a></span>"
        "<span class='date\tview'>d</span></div><div class='single'><h1>x</h1><p class=info>i</p></div>"
        "<a class=tags><a>t0</a></a><div class='tagsx'><a>no</a></div><div class='tags'><a>t1</a></div></div>"
        "<div class='single info tags'>out</div>"
    )
    post = root.find(".//div")
    page = _Page.of(root)
    parts = page.post_parts(post)
    assert parts["h1"] == _css(post, "h1")[:1]  # only the first h1 is read
    for css in (".single", ".info", ".tags"):
        assert parts[css] == _css(post, css)
    info = parts[".info"][0]
    for scope in (info, post, root):
        spans = page.info_spans(scope)
        for css in _INFO_PARTS:
            assert spans[css] == _css(scope, css)
    spans = page.info_spans(info)
    assert _links_in(spans["span.cate"], info, "span.cate a") == _css(info, "span.cate a")
    assert _links_in(parts[".tags"], post, ".tags a") == _css(post, ".tags a")
    assert _links_in(parts[".tags"][1:], post, ".tags a")[0].text == "t1"


def test_squash_folds_white_space_as_the_regex_did():
    # squash splits at what str.isspace takes for white space; it replaced re.sub(r"\s+", " ", t).strip().
    import re
    import sys

    from parkcrawler.extract.html import squash

    spaces = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if re.fullmatch(r"\s", c))
    assert spaces == "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())
    for text in (None, "", " ", "a", spaces, f"{spaces}a{spaces}b\u3000c{spaces}", "x\x1c\x85y\xa0 z\u2028"):
        assert squash(text) == re.sub(r"\s+", " ", text or "").strip()


@given(st.text(st.sampled_from(" \t\r\n\f\v\xa0\u3000\x1c\x85\u2028xy好"), max_size=12))
@settings(derandomize=True, database=None, max_examples=400)
def test_excerpts_flatten_as_the_regex_did(text):
    # _flatten replaced re.sub(r"[ \t\r\n\f\v\xa0]+", " ", text).strip(" "); other white space stays.
    from parkcrawler.families.zblog_tpure.extract import _flatten

    assert _flatten(text) == re.sub(r"[ \t\r\n\f\v\xa0]+", " ", text).strip(" ")


def test_element_text_is_xpaths_string():
    # text_content serialises the text nodes as XPath's string() reads them, on every element of the pages.
    from lxml import etree

    from parkcrawler.extract.html import parse_page
    from parkcrawler.extract.html import text_content as _string  # the helper extraction and cleaning share

    string = etree.XPath("string()", smart_strings=False)
    for path in sorted((PAGES / "index.php" / "post").glob("*.html")):
        root = parse_page(path.read_text(encoding="utf-8"))
        for element in root.iter("*"):
            assert _string(element) == string(element)
    root = etree.HTML("<p>a<!-- c --><b>b<![CDATA[x]]></b><?pi y?>&amp;<i></i>\u3000<script>s</script></p>")
    for element in root.iter("*"):
        assert _string(element) == string(element)


_SERIALISED = (
    '<div>\n<p>a<!-- <meta http-equiv="Content-Type" content="x"> --></p>'
    '<meta http-equiv="Content-Type" content="text/html">t<meta http-equiv="content-type" content=y>'
    '<p title=\'<meta http-equiv="Content-Type"\'>&lt;meta http-equiv="Content-Type"&gt;</p>'
    "<script>'<meta http-equiv=\"Content-Type\" '</script><style>a>b{}</style></div>",
    "<div class='a&amp;b' title='\"q\"'> &amp; <i>x</i>tail<br>\u3000</div>",
    "<div></div>",
    "<div>text only &lt;</div>",
    "<section id=s><p>one</p></section>",
)


def test_serialisation_is_lxml_htmls():
    # html_tostring is lxml.html.tostring (its meta removal only when the regex's literal start is there), and
    # inner_html the element's escaped text and each child as lxml.html.tostring writes it, stripped: on every
    # element of the reference pages, and on meta tags, in comments, attributes, scripts and text.
    import html as htmllib

    import lxml.html
    from lxml import etree

    from parkcrawler.extract.html import html_tostring, inner_html, parse_page

    def reference(element):
        text = htmllib.escape(element.text or "", quote=False)
        return (text + "".join(lxml.html.tostring(c, encoding="unicode") for c in element)).strip()

    paths = sorted((PAGES / "index.php" / "post").glob("*.html"))
    roots = [parse_page(path.read_text(encoding="utf-8")) for path in paths]
    roots += [etree.HTML(html) for html in _SERIALISED]
    removed = 0
    for root in roots:
        for element in root.iter():
            for tail in (True, False):
                expected = lxml.html.tostring(element, encoding="unicode", with_tail=tail)
                assert html_tostring(element, with_tail=tail) == expected
                removed += "Content-Type" in etree.tostring(element, method="html", encoding="unicode") and (
                    "Content-Type" not in expected
                )
            if isinstance(element.tag, str):
                text = element.text
                assert inner_html(element) == reference(element)
                assert element.text == text
    assert removed  # the removal ran


@pytest.mark.parametrize(
    "html",
    [
        "",
        " \n ",
        "\x00",
        "<!-- only a comment -->",
        "\ufeff<p id=a>x</p><p id=a>y</p>",
        " \x00 <html><body class=article>a\x00b<p title='\x00'>\u3000c</p></body></html>\x00 ",
        "\u3000<meta charset=gbk><p>编码</p>",
        "<?xml version='1.0'?><a>x</a>",
        "[1, 2]",
        "<p>\ud800</p>",
    ],
)
def test_page_parses_as_parsel_does(html):
    # parse_page parses as parsel's Selector(text=html).root: the same tree, or the same error.
    from lxml import etree
    from parsel import Selector

    from parkcrawler.extract.html import parse_page

    def tree(root):  # a JSON text's root is its data
        return etree.tostring(root.getroottree()) if isinstance(root, etree._Element) else root

    try:
        expected = tree(Selector(text=html).root)
    except Exception as error:  # noqa: BLE001 - whatever parsel raises, parse_page raises
        with pytest.raises(type(error), match=re.escape(str(error))):
            parse_page(html)
        return
    assert tree(parse_page(html)) == expected


def test_pages_parse_as_parsel_does():
    from lxml import etree
    from parsel import Selector

    from parkcrawler.extract.html import parse_page

    for path in sorted((PAGES / "index.php" / "post").glob("*.html")):
        html = path.read_text(encoding="utf-8")
        expected = etree.tostring(Selector(text=html).root.getroottree())
        assert etree.tostring(parse_page(html).getroottree()) == expected


def test_related_entry_parts_are_the_selectors_first():
    # _first_in walks by tag below one .relateinfo box; it finds what `.relateinfo a[href]` or `a[href]`
    # (and `.relateinfo p` or `p`) find first, with no box, one, nested boxes, and parts outside the box.
    from lxml import etree

    from parkcrawler.families.zblog_tpure.extract import _css, _first_in

    entries = [
        "<div><a>no href</a><p>p0</p><a href='/1'>1</a><div class='relateinfo'><p>p1</p></div></div>",
        "<div class='relateinfo'><a>x</a><a href=''>e</a><p>p</p></div>",
        "<div><a href='/0'>0</a><div class='x relateinfo'><a>x</a><b><a href='/2'>2</a></b><p>2</p>"
        "</div></div>",
        "<div><div class=relateinfo><div class=relateinfo><a href='/3'>3</a></div><a href=/4>4</a>"
        "</div></div>",
        "<div><div class=relateinfo><i>none</i></div><div class=relateinfo>no p</div><p>p5</p></div>",
        "<div><img src=a.png><p>only</p></div>",
    ]
    for html in entries:
        entry = etree.HTML(html).find(".//div")
        boxes = _css(entry, ".relateinfo")
        for tag, linked, css in (("a", True, "a[href]"), ("p", False, "p")):
            found = _css(entry, f".relateinfo {css}") or _css(entry, css)
            assert _first_in(boxes, entry, tag, linked=linked) is (found[0] if found else None)


# --- the page parsed up to the sidebar -------------------------------------------------------------------

SIDEBAR = '<div class="sidebar">'


def whole_page(html: str, post_id: int = 8214):
    """Extraction with the whole page parsed, as before the sidebar cut: the answer the cut must give."""
    from parkcrawler.families.zblog_tpure import extract as tpure

    saved, tpure._SIDEBAR = tpure._SIDEBAR, "<\0never sidebar>"
    try:
        return extract(post_id, html)
    finally:
        tpure._SIDEBAR = saved


def parsed_whole(html: str) -> bool:
    """Whether _Page.parse read the page past the sidebar (its footer is in the tree)."""
    from parkcrawler.families.zblog_tpure.extract import _Page

    return _Page.parse(html).root.find(".//div[@class='footer']") is not None


@pytest.mark.parametrize("post_id", sorted(EXPECTED))
def test_theme_pages_are_parsed_up_to_the_sidebar_with_the_whole_pages_answers(post_id):
    html = page(post_id)
    assert not parsed_whole(html)
    assert extract(post_id, html) == whole_page(html, post_id)


def _moved(html: str, start: str, end: str, to: str) -> str:
    """html with the text from `start` up to `end` moved to just before `to`."""
    a = html.index(start)
    b = html.index(end, a)
    part, rest = html[a:b], html[:a] + html[b:]
    at = rest.index(to)
    return rest[:at] + part + rest[at:]


def _variants() -> dict[str, str]:
    html = page(8214)
    related = '<div class="block">\n    <div class="posttitle">'
    body_open = html.index(">", html.index("<body")) + 1
    single = html.index(">", html.index('<div class="single')) + 1
    # without its related block, whose "relatecon" after the cut would send the body's variants whole anyway
    alone = html[single : html.index(related)] + html[html.index(SIDEBAR) :]
    return {
        # each would read wrong from the text before the sidebar: the guards send it to the whole page
        "related block after the sidebar": _moved(html, related, SIDEBAR, '<div class="footer">'),
        "canonical link in the footer": _moved(html, '<link rel="canonical"', "\n<", '<div class="footer">'),
        "sidebar tag in a comment before the post": f"{html[:body_open]}<!-- {SIDEBAR} -->{html[body_open:]}",
        # libxml2 drops a start tag the cut leaves unfinished: the related box would be lost with it
        "sidebar tag in the related box's start tag": html.replace(
            '<div class="relatecon">', f"<div class=\"relatecon\" title='{SIDEBAR}'>", 1
        ),
        # and the node before it, a sidebar by its class, as the cut's last node
        "a sidebar spelled by a character reference": html.replace(
            '<div class="relatecon">',
            f'<div class="&#115;idebar"></div><div class="relatecon" title=\'{SIDEBAR}\'>',
            1,
        ),
        "sidebar tag in a script in the body": html[:single] + f"<script>'{SIDEBAR}'</script>" + alone,
        "sidebar tag in an attribute": html[:single] + f"<p title='{SIDEBAR}'>x</p>" + alone,
        "a sidebar copied into the body": html[:single] + f"{SIDEBAR}<p>a</p></div>" + alone,
        "sidebar before the content": _moved(html, SIDEBAR, '<div class="footer">', '<div class="content">'),
        "related box left open": html.replace("</div>\n    </div>\n</div>\n</div>\n" + SIDEBAR, SIDEBAR, 1),
    }


def _canonical_variants() -> dict[str, str]:
    link = '<link rel="canonical" href="http://www.shcfck.com/index.php/post/8214.html" />'
    other = '<link rel="canonical" href="http://www.shcfck.com/index.php/post/8192.html" />'
    footer = '<div class="footer">'
    html = page(8214)
    assert link in html
    without_href = html.replace(link, '<link rel="canonical" />', 1)
    return {
        # the head's link with an href comes first: a later one cannot change the answer, the cut is taken
        "cut: a second canonical link in the footer": html.replace(footer, other + footer, 1),
        # no href in the head's link: the footer's is the first with one, the page is parsed whole
        "whole: the head's canonical link without an href": without_href.replace(footer, other + footer, 1),
    }


@pytest.mark.parametrize("name", sorted(_canonical_variants()))
def test_a_later_canonical_link_is_read_only_without_one_before_the_cut(name):
    # parse's guard looks for "canonical" after the cut only when the prefix has no canonical link with an
    # href: the first such link in document order is the answer, and the prefix's nodes come first.
    html = _canonical_variants()[name]
    assert parsed_whole(html) == name.startswith("whole")
    article = extract(8214, html)
    assert article == whole_page(html)
    assert article.url.endswith("/8192.html" if name.startswith("whole") else "/8214.html")


@given(
    text=st.text(alphabet="&#a\u4e2d", max_size=12),
    start=st.one_of(st.none(), st.integers(-14, 14)),
    end=st.one_of(st.none(), st.integers(-14, 14)),
)
@settings(derandomize=True, deadline=None, database=None, max_examples=400)
def test_char_reference_search_is_str_find(text, start, end):
    # find_char_reference finds "&" by memchr and checks the "#" after it within the same bounds: the same
    # index as str.find("&#", start, end), with "&" alone, "&&#", "#&", and a bound between "&" and "#".
    from parkcrawler.extract.lxml_css import find_char_reference

    assert find_char_reference(text, start, end) == text.find("&#", start, end)


def test_char_reference_search_on_the_pages():
    from parkcrawler.extract.lxml_css import find_char_reference

    for path in sorted((PAGES / "index.php" / "post").glob("*.html")):
        html = path.read_text(encoding="utf-8")
        for end in (None, html.find("sidebar"), len(html) // 3):
            assert find_char_reference(html, 0, end) == html.find("&#", 0, end)
        for text in (html + "&#", html.replace("&", "&#", 1), "&" + html.replace("&", "&&") + "&#115;"):
            assert find_char_reference(text) == text.find("&#")


@pytest.mark.parametrize("name", sorted(_variants()))
def test_pages_the_cut_would_misread_are_parsed_whole(name):
    html = _variants()[name]
    assert html != page(8214)
    assert parsed_whole(html)
    assert extract(8214, html) == whole_page(html)


def _outcome(run, *args):
    try:
        return run(*args)
    except ExtractionError as error:
        return f"ExtractionError: {error}"


@given(
    post_id=st.sampled_from(sorted(EXPECTED)),
    edits=st.lists(
        st.tuples(
            st.floats(0, 1),
            st.sampled_from(
                [
                    *(SIDEBAR, "</div>", "<!--", "<script>", "'", "<p class=relatecon>r</p>"),
                    '<link rel="canonical" href="http://www.shcfck.com/index.php/post/8192.html">',
                    '<link rel="canonical">',
                ]
            ),
        ),
        min_size=1,
        max_size=3,
    ),
    drop_sidebar=st.booleans(),
    drop_canonical=st.booleans(),
)
@settings(derandomize=True, deadline=None, database=None, max_examples=150)
def test_the_cut_never_changes_an_answer(post_id, edits, drop_sidebar, drop_canonical):
    # The theme's sidebar tag (or markup that could fool the cut) anywhere in a page: extraction reads the
    # same article, or raises the same error, as from the whole page. Without the head's canonical link, one
    # the edits put after the cut is the page's.
    html = page(post_id)
    if drop_sidebar:
        html = html.replace(SIDEBAR, "<div>", 1)
    if drop_canonical:
        html = html.replace('<link rel="canonical"', '<link rel="x"', 1)
    for where, text in edits:
        at = int(where * len(html))
        html = html[:at] + text + html[at:]
    assert _outcome(extract, post_id, html) == _outcome(whole_page, html, post_id)


# --- the header and the shells' contents left out of the prefix parse ---------------------------------------

_HEADER_PIECES = [
    "<div>", "</div>", "<ul>", "</ul>", "<li>", "</li>", "<a href=\"/x\">", "</a>", "<span>", "</span>",
    "<form>", "</form>", "<img src=\"a.png\">", "<input/>", "<div class=\"x\"/>", "<p>", "</p>", "x",
    " ", "<!-- c -->", "<script>", "</script>", "&lt;", "<br>", "<b>", "</b>", "<head>", "<body>",
    "</body>", "<div class=\"single\">", "<ul class=\"a\nb\">", "<table>", "<td>", "<h1>",
    "<strong>", "</strong>", "<i>", "</i>", "<em>", "</em>", "<br/>", "<p/>", "<p class=\"tags\">", "<pre>",
]  # fmt: skip

# Balanced fragments of _neutral's names (and some it refuses), nested at random: most pass its token and
# nesting tests, so that the pairs libxml2 closes on a start tag (a in a, div or p in p, p in b) are met.
_BALANCED = st.recursive(
    st.sampled_from(
        ["", "x", " \n", "&lt;", "<br>", '<img src="a">', "<input/>", "<p/>", '<div class="x"/>']
    ),
    lambda inner: st.builds(
        lambda name, attributes, children: f"<{name}{attributes}>{''.join(children)}</{name}>",
        st.sampled_from(
            ["div", "p", "a", "strong", "span", "ul", "li", "b", "i", "em", "form", "button", "h1"]
        ),
        st.sampled_from(["", ' class="x"', ' href="/a"', ' class="info"', ' title="a>b"']),
        st.lists(inner, max_size=3),
    ),
    max_leaves=12,
)


def _without_fragment(fragment: str, shell: bool) -> tuple[bytes, bytes]:
    """The page's prefix parsed with the fragment (as the header after the wrapper's start tag, or as a
    shell's contents), its nodes then removed, and without it: what _neutral promises equal."""
    from lxml import etree

    from parkcrawler.extract.html import parse_page

    if shell:
        head = '<html><body class="article"><div class="post"><h1>t</h1><div class="copynotice">'
        rest = '</div>\n<div class="tags"><a>t</a></div></div><div class="sidebar">'
        where, stop = ".//div[@class='copynotice']", None
    else:
        head = '<html><body class="article"><div class="wrapper">\n'
        rest = '<div class="main"><div class="post"><h1>t</h1></div><div class="sidebar">'
        where, stop = ".//div[@class='wrapper']", "main"
    whole, cut = parse_page(head + fragment + rest), parse_page(head + rest)
    trees = []
    for root in (whole, cut):
        parent = root.find(where)
        if parent is not None:
            for child in list(parent):
                if stop is not None and child.get("class") == stop:
                    break
                parent.remove(child)
            parent.text = None
        trees.append(etree.tostring(root))
    return trees[0], trees[1]


@given(st.lists(st.sampled_from(_HEADER_PIECES), max_size=12), st.booleans())
@settings(derandomize=True, deadline=None, database=None, max_examples=3000)
def test_a_fragment_judged_neutral_parses_away(pieces, shell):
    # _neutral accepts only fragments libxml2 builds below the div they follow and closes: the rest of the
    # page is the same tree without them (fails if end tags are not matched to the open element, a void or
    # <x/> kept open, or a start tag outside the list, a comment or a script accepted).
    _parses_away_if_neutral("".join(pieces), shell)


@given(st.lists(_BALANCED, max_size=3), st.booleans())
@settings(derandomize=True, deadline=None, database=None, max_examples=2000)
def test_a_nested_fragment_judged_neutral_parses_away(children, shell):
    # The same with well nested elements (with the flat one: fails with the balance check or br's voidness
    # dropped). The _CLOSES pairs are not what it tests: no pair closes a div, so a fragment always returns to
    # its shell's div; test_neutral_fragments pins them.
    _parses_away_if_neutral("".join(children), shell)


def _parses_away_if_neutral(fragment: str, shell: bool) -> None:
    from parkcrawler.families.zblog_tpure.extract import _neutral

    if _neutral(fragment):
        whole, cut = _without_fragment(fragment, shell)
        assert whole == cut, fragment


def test_neutral_fragments():
    from parkcrawler.families.zblog_tpure.extract import _neutral

    assert _neutral('<div class="header"><ul><li><a href="/">首页</a></li></ul><img src="a"/></div>\n\n')
    assert _neutral('<div><p>x<strong>y</strong></p><p>z<a href="/p">u</a><br></p></div>')
    bad = (
        *("<div>", "</div>", "<span><!-- --></span>", '<div class="post"></div>', "<p><div></div></p>"),
        *("<a><a></a></a>", "<p><p></p></p>", "<b><p></p></b>", "<p><ul></ul></p>", "x\0", "<h1>t</h1>"),
    )
    for fragment in bad:
        assert not _neutral(fragment), fragment


def _header_variants() -> dict[str, str]:
    html = page(8214)
    wrapper, related = '<div class="wrapper">', '<div class="relatecon">'
    single = html.index(">", html.index('<div class="single')) + 1
    header = html.index(">", html.index(wrapper)) + 1
    moved = html.replace(wrapper, '<div class="wrapped">', 1)
    return {
        # each would read wrong without the header: the guards keep it
        "a related box in the header": html[:header] + f"{related}<a href='/r'>r</a></div>" + html[header:],
        "the wrapper and header inside the post's body": moved[:single]
        + f'{wrapper}<div class="header"><p>not a header</p></div><div class="main"></div></div>'
        + moved[single:],
        "wrapper written twice": html[:single] + "<p>wrapper</p>" + html[single:],
        "a body class holding a token": html.replace(
            '<body class="article">', '<body class="article single">'
        ),
    }


@pytest.mark.parametrize("name", sorted(_header_variants()))
def test_pages_the_header_cut_would_misread_keep_it(name):
    html = _header_variants()[name]
    assert extract(8214, html) == whole_page(html)


def test_theme_pages_are_parsed_without_their_header():
    from parkcrawler.families.zblog_tpure.extract import _Page

    # Fails on a libxml2 the header cut's reasoning was not checked against (see LIBXML_CHECKED).
    for post_id in sorted(EXPECTED):
        root = _Page.parse(page(post_id)).root
        assert root.find(".//div[@class='header']") is None
        for name in ("copynotice", "sharebox"):
            (shell,) = root.findall(f".//div[@class='{name}']")  # emptied
            assert len(shell) == 0 and shell.text is None, (post_id, name)


def _shell_variants() -> dict[str, str]:
    html = page(8214)
    h1 = html.index("<h1>")
    h1_end = html.index("</h1>") + len("</h1>")
    copynotice = html.index('<div class="copynotice">')
    shell = html.index('<div class="sharebox">')
    sharebox = shell + len('<div class="sharebox">')
    shell_end = html.index('\n        </div>\n    </div>\n<div class="block">', shell)
    info = html.index('<div class="relateinfo">') + len('<div class="relateinfo">')
    single = html.index('<div class="single')
    single_end = html.rindex("</div>", single, copynotice) + len("</div>")
    tags_end = html.rindex("</div>", 0, shell)
    shared = html.replace('<div class="sharebox">', '<!-- <div class="sharebox"> --><div class="sharebox">')
    entry = shared.index("</div>\n</div>\n", shared.index('<div class="relateinfo">')) + 14
    shared = shared[:entry] + "<b>--></b>" + shared[entry:]  # text, unless in a comment
    return {
        # each would read wrong without the sharebox's contents: the guards keep them
        "a tags box in the sharebox": html[:sharebox]
        + '<div class="tags"><a href="/t">t</a></div>'
        + html[sharebox:],
        "the post's h1 in the sharebox": html[:h1]
        + html[h1_end:sharebox]
        + html[h1:h1_end]
        + html[sharebox:],
        "the single in the sharebox": html[:single]
        + html[single_end:sharebox]
        + html[single:single_end]
        + html[sharebox:],
        "the h1 left open": html[: h1_end - 5] + html[h1_end:],
        "the single left open": html[: single_end - 6] + html[single_end:],
        "the tags box left open": html[:tags_end] + html[tags_end + 6 :],
        "the sharebox in a related entry": html[:shell]
        + html[shell_end:info]
        + html[shell:shell_end]
        + html[info:],
        # the sharebox's tag in a comment: cut, the comment would run on over the related block to a "-->"
        # in it; another sharebox after it would stand in for the shell
        "the sharebox tag in a comment": shared.replace(
            "</div>\n</div>\n" + SIDEBAR, '</div>\n</div>\n<!-- --><div class="sharebox"></div>' + SIDEBAR, 1
        ),
        # the same length as the page's contents, which _shells remembers accepted
        "the share buttons in a tags box": html.replace('class="sharing"', 'class="tags   "'),
        # the sharebox's contents would open elements past libxml2's limit, which halts the whole parse
        "the sharebox deep down": html[:shell] + "<span>" * 2036 + html[shell:],
    }


@pytest.mark.parametrize("name", sorted(_shell_variants()))
def test_pages_the_shell_cut_would_misread_keep_it(name):
    html = _shell_variants()[name]
    assert html != page(8214)
    extract(8214)  # the page's sharebox judged first
    assert _outcome(extract, 8214, html) == _outcome(whole_page, html)


# A shell's contents with the URL they quote ("{U}") in the places the copyright notice has it (a value, a
# text) and others: a class value, a tag's name or attribute name, where its characters would change the
# verdict; nested at random, so that most are accepted with one URL.
_QUOTING = st.recursive(
    st.sampled_from(["", "x", " ", "{U}", "<br>", '<img src="{U}"/>', "&amp;", "<span {U}>", "<!-- {U} -->"]),
    lambda inner: st.builds(
        lambda tag, children: f"{tag[0]}{''.join(children)}</{tag[1]}>",
        st.sampled_from(
            [
                *(("<p>", "p"), ('<a href="{U}">', "a"), ('<div class="x">', "div"), ("<{U}>", "{U}")),
                *(('<div class="{U}">', "div"), ('<p class="a {U}">', "p"), ('<span {U}="1">', "span")),
            ]
        ),
        st.lists(inner, max_size=3),
    ),
    max_leaves=8,
)
_URLS = [
    "http://www.shcfck.com/index.php/post/8214.html", "https://a.b/c?d=1", "http://a/tags", "http:",
    "http://a/<h1>", "http://a/&lt;", "http://a/\0", "http://a/\ud800", "http://a/é", "https://a/ b>c",
    "httpx", "http-a", "httpspan", "http://a/single", "http://x/\" class=\"y",
]  # fmt: skip


def _seen_end(contents: str) -> int:
    """_seen's answer for the copyright notice holding `contents`, its page's text."""
    from parkcrawler.families.zblog_tpure.extract import _seen

    html = '<div class="copynotice">' + contents + "</div>"
    return _seen("copynotice", html, len('<div class="copynotice">'), len(html))


@given(st.lists(_QUOTING, max_size=3), st.sampled_from(_URLS), st.sampled_from(_URLS))
@settings(derandomize=True, deadline=None, database=None, max_examples=3000)
def test_a_shell_seen_with_another_url_is_judged_neutral(pieces, first, other):
    # The copyright notice accepted on one page, another page's with another URL in its places: _seen takes
    # it only if _neutral accepts it (fails if a URL with "<", "&", NUL or a surrogate is taken, one not
    # starting "http:" or "https:" (it could stand in a tag), or the classes are not searched).
    from parkcrawler.families.zblog_tpure.extract import _SEEN, _neutral, _pieces

    template = '<div data-qrurl="{U}" class="tpureqr"></div>' + "".join(pieces)
    accepted, contents = template.replace("{U}", first), template.replace("{U}", other)
    if not _neutral(accepted):
        return
    try:
        _SEEN["copynotice"] = _pieces(accepted)
        if (stop := _seen_end(contents)) >= 0:
            assert stop == len('<div class="copynotice">') + len(contents)
            assert _neutral(contents), (accepted, contents)
    finally:
        _SEEN.clear()


def test_the_theme_notice_is_seen_with_each_pages_url():
    from parkcrawler.families.zblog_tpure.extract import _SEEN, _shells

    try:
        html = page(8214)
        shells = _shells(html, 0, html.index(SIDEBAR))
        assert list(shells) == ["copynotice", "sharebox"]
        assert len(_SEEN["copynotice"]) == 4  # the URL thrice: its QR code's, its link's and its text
        begin, stop = shells["copynotice"]
        url = "http://www.shcfck.com/index.php/post/8214.html"
        for other, seen in [
            ("http://www.shcfck.com/index.php/post/1.html", True),
            ("https://x.y/a?b=c#d", True),
            ("http://x/<b>", False),
            ("http://x/&amp;", False),
            ("http://x/\ud800", False),
            ("ftp://x", False),
            ("http://x/tags", True),  # not in a class value
        ]:
            contents = html[begin:stop].replace(url, other)
            assert (_seen_end(contents) >= 0) == seen, other
    finally:
        _SEEN.clear()


# --- the head left out of the prefix parse ---------------------------------------------------------------

_HEAD_PAGE = '<!DOCTYPE html>\n<html xml:lang="zh-Hans" lang="zh-Hans">\n<head>'
# After the head: non-ASCII text (an encoding switched by a meta would read it otherwise), a canonical link
# (the answer when the head has none with an href), the theme's frame.
_HEAD_REST = (
    '</head>\n<body class="article"><link rel="canonical" href="/later">\n<div class="wrapper">\n'
    '<div class="main"><div class="post"><h1>标题 é</h1><p class="x">正文</p></div><div class="sidebar">'
)
# What the theme writes in its head, and variants of it.
_HEAD_PLAIN = [
    "\n", " ", '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1.0" />', "<meta>",
    '<meta name="description" content="日前，“党建引领”&amp;x" />', '<link rel="stylesheet" href="a.css" />',
    '<link rel="canonical" href="/a" />', '<link rel="canonical">', '<link rel="x canonical" href="/b">',
    "<title>标题 - 网</title>", "<title>a &amp; b &lt;</title>", '<script src="a.js"></script>',
    "<script>window.t={qr:true,v:'5.0.2'}</script>", "<style>p{x:1}</style>", '<meta charset="gbk">',
    '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />', '<meta charset="utf-16">',
    '<meta http-equiv="content-type" content="text/html;charset = big5">', '<meta name="a>b</head>" />',
]  # fmt: skip
_HEAD_OTHER = [
    "x", "<!-- c -->", "<div>", "</div>", "<p>", "<body>", '<body class="article">', "</head>", "<head>",
    "<html>", '<base href="/x/">', "<noscript>", "</noscript>", "<title>", "</title>", "<script>",
    "</script>", "<script>'<div class=\"post\">'</script>", "<style>", "</style>", '<meta class="post">',
    '<link class="relatecon" href="/r">', "<meta name='single'>", '<meta content="&#99;">', "<img>",
    '<link rel="&#99;anonical" href="/c">', "<span>", "<meta/ >", "&lt;", "<title/>", "<meta name=a>",
    '<link rel="canon\0ical" href="/n">', "<META>", '<meta CLASS="post">', "<script><!--<script></script>",
]  # fmt: skip


def _head_trees(html: str, text: str) -> list[tuple]:
    """html and text parsed, each as (the first canonical link's href, the class values, the tree without
    the head's children and text): what _head promises equal."""
    from lxml import etree

    from parkcrawler.extract.html import parse_page
    from parkcrawler.extract.lxml_css import CLASS_VALUES
    from parkcrawler.families.zblog_tpure.extract import _canonical_in

    found = []
    for root in (parse_page(html), parse_page(text)):
        canonical, classes = _canonical_in(root), [str(c) for c in CLASS_VALUES(root)]
        if (head := root[0]).tag == "head":  # else the trees differ: _head must have refused the page
            head[:] = []
            head.text = None
        found.append((canonical, classes, etree.tostring(root, encoding="unicode")))
    return found


# Pages up to their <head>: the theme's, and others, in which the tag may open no head.
_HEAD_STARTS = [
    _HEAD_PAGE, "<html>\n<head>", "<!DOCTYPE html><html><head>", "<html lang='x'><head>", "<head>",
    "<html><title>t</title><head>", "<html><p>x</p><head>", "<html><!-- <head> --><head>",
    '<html class="article"><head>', "<!DOCTYPE html>x<html><head>",
]  # fmt: skip


@given(
    st.one_of(st.just(_HEAD_PAGE), st.sampled_from(_HEAD_STARTS)),
    st.one_of(st.lists(st.sampled_from(_HEAD_PLAIN)), st.lists(st.sampled_from(_HEAD_PLAIN + _HEAD_OTHER))),
)
@settings(derandomize=True, deadline=None, database=None, max_examples=3000)
def test_a_head_left_out_parses_the_same(start, pieces):
    # _head drops only tokens libxml2 builds in a head without changing its state (fails if a body-level
    # tag, text, a "<" in a script, a class, a second "canonical", or a start where <head> opens no head is
    # accepted). parse calls it only without "&#" before the sidebar.
    from parkcrawler.families.zblog_tpure.extract import _head, _kept

    html = start + "".join(pieces) + _HEAD_REST
    if "&#" in html:
        return
    spans = _head(html, html.index(SIDEBAR))
    if spans:
        whole, cut = _head_trees(html, _kept(html, spans, len(html)))
        assert whole == cut, html


def test_heads_left_out():
    from parkcrawler.families.zblog_tpure.extract import _head, _kept

    for pieces, kept in [
        (["\n", _HEAD_PLAIN[2], "\n<title>t</title>\n", _HEAD_PLAIN[7], "\n"], _HEAD_PLAIN[7]),
        ([_HEAD_PLAIN[2], _HEAD_PLAIN[12]], ""),
        ([_HEAD_PLAIN[9], _HEAD_PLAIN[16]], _HEAD_PLAIN[9]),
    ]:
        html = _HEAD_PAGE + "".join(pieces) + _HEAD_REST
        assert _kept(html, _head(html, html.index(SIDEBAR)), len(html)) == _HEAD_PAGE + kept + _HEAD_REST
    for other in _HEAD_OTHER:
        if other == "</head>" or "&#" in other:  # the head's end; a reference parse's guard refuses
            continue
        html = _HEAD_PAGE + _HEAD_PLAIN[2] + other + _HEAD_REST
        assert _head(html, html.index(SIDEBAR)) == [], other
    for twice in (_HEAD_PLAIN[7] + _HEAD_PLAIN[9], _HEAD_PLAIN[8] + _HEAD_PLAIN[7]):
        html = _HEAD_PAGE + twice + _HEAD_REST
        assert _head(html, html.index(SIDEBAR)) == []


# A head with the theme's per-page texts ({T} the title's, {K} and {D} the keywords' and description's values)
# among the rest; the texts put in them, some not a title's or a value's.
_HEAD_HOLES = [
    "<title>{T}</title>", '<meta name="keywords" content="{K}" />', '<meta name="description" content="{D}">',
    '<meta name="keywords" content="{K}{D}">', "<title>{K}</title>", '<meta name="x" content="{T}">',
    "<script>{D}</script>", "{T}", '<link rel="x" href="{K}" />', '<meta name="keywords" content="a" />',
]  # fmt: skip
_HEAD_TEXTS = st.lists(
    st.sampled_from(["x", " ", "标", "<", '"', ">", "</title>", '" a="', "<b>"]), max_size=4
).map("".join)


@given(
    st.lists(st.sampled_from(_HEAD_PLAIN + _HEAD_HOLES), max_size=8),
    st.tuples(_HEAD_TEXTS, _HEAD_TEXTS, _HEAD_TEXTS),
    st.tuples(_HEAD_TEXTS, _HEAD_TEXTS, _HEAD_TEXTS),
)
@settings(derandomize=True, deadline=None, database=None, max_examples=3000)
def test_a_head_matched_as_the_last_one_is_matched(pieces, first, other):
    # A head matched, then another with other texts: _head_matches answers as the match does (fails if the
    # head may run on past the last piece, a piece is not compared, or a text left out takes in the title's
    # ">" or a value's opening quote).
    from parkcrawler.families.zblog_tpure.extract import _HEAD_SEEN, _HEAD_TOKENS, _head_matches

    def head(texts: tuple[str, str, str]) -> str:
        return "".join(pieces).replace("{T}", texts[0]).replace("{K}", texts[1]).replace("{D}", texts[2])

    seen, text = head(first), head(other)
    cut = (text.replace("<title>", "<title", 1), text.replace(' content="', " content=", 1))
    try:
        for later in (text, text + " ", text + "<meta>", text[:-1], *cut):
            _HEAD_SEEN.clear()
            for head_text in (seen, later):
                matches = _HEAD_TOKENS.fullmatch(head_text) is not None
                assert _head_matches(head_text, 0, len(head_text)) == matches, (seen, later)
    finally:
        _HEAD_SEEN.clear()


def test_theme_heads_are_matched_as_the_last_one():
    from parkcrawler.families.zblog_tpure.extract import _HEAD_SEEN, _head

    try:
        _HEAD_SEEN.clear()
        for post_id in sorted(EXPECTED):
            html = page(post_id)
            assert len(_head(html, html.index(SIDEBAR))) == 2
            # the title's, the keywords' and the description's texts
            assert [len(pieces) for pieces in _HEAD_SEEN] == [4]
    finally:
        _HEAD_SEEN.clear()


def head_parsed(html: str) -> bool:
    """Whether _Page.parse read the page's head (its metas are in the tree)."""
    from parkcrawler.families.zblog_tpure.extract import _Page

    return _Page.parse(html).root.find(".//meta") is not None


def _head_variants() -> dict[str, str]:
    html = page(8214)
    link = '<link rel="canonical" href="http://www.shcfck.com/index.php/post/8214.html" />'
    other = '<link rel="canonical" href="http://www.shcfck.com/index.php/post/8192.html" />'
    meta = '<meta name="renderer" content="webkit" />'
    body = '<body class="article">'
    assert link in html and meta in html and body in html

    def at_meta(text: str) -> str:
        return html.replace(meta, meta + text, 1)

    return {
        # each would read wrong without the head: _head keeps it
        "kept: a related box's class in the head": at_meta('<meta class="relatecon" content="x" />'),
        "kept: a post's class in the head": at_meta('<link class="post" href="/p" />'),
        "kept: a second canonical link before the theme's": at_meta(other),
        "kept: a second canonical link after the theme's": html.replace(link, link + other, 1),
        "kept: text in the head": at_meta("x"),
        "kept: a body tag in the head": at_meta(body),
        "kept: a div in the head": at_meta('<div class="post"><h1>h</h1><div class="single">s</div></div>'),
        "kept: a script holding a tag": at_meta("<script>'<div class=\"post\">'</script>"),
        "kept: a comment holding the canonical link": html.replace(link, f"<!-- {other} -->{link}", 1),
        "kept: a canonical rel spelled by a reference": at_meta(other.replace("canonical", "&#99;anonical")),
        # harmless: the cut is taken
        "cut: a meta of another charset": at_meta('<meta charset="gbk"><meta charset="utf-16">'),
        "cut: the canonical link without an href, one in the body": html.replace(
            link, '<link rel="canonical" />', 1
        ).replace(body, body + other, 1),
    }


@pytest.mark.parametrize("name", sorted(_head_variants()))
def test_pages_the_head_cut_would_misread_keep_it(name):
    html = _head_variants()[name]
    assert head_parsed(html) == name.startswith("kept")
    assert _outcome(extract, 8214, html) == _outcome(whole_page, html)


def test_theme_pages_are_parsed_without_their_head():
    from parkcrawler.families.zblog_tpure.extract import _Page

    # Fails on a libxml2 the head cut's reasoning was not checked against (see LIBXML_CHECKED).
    for post_id in sorted(EXPECTED):
        head = _Page.parse(page(post_id)).root[0]
        assert [e.tag for e in head] == ["link"] and head[0].get("rel") == "canonical"


def test_page_selector_is_parsel_and_kept_only_for_the_same_text():
    # The spider's links and a DedeCMS page's readers share one parse: the same Selector for an equal text
    # (not only the same str), a new one for any other text, and what parsel reads either way.
    from parsel import Selector

    page = "<html><body class='index'><a href='/a/1.html'>x</a></body></html>"
    first = page_selector(page)
    assert page_selector("".join(page)) is first
    assert first.css("a::attr(href)").getall() == Selector(text=page).css("a::attr(href)").getall()
    other = page_selector(page.replace("1.html", "2.html"))
    assert other is not first and other.css("a::attr(href)").getall() == ["/a/2.html"]
    assert page_selector(page) is not first  # one page is kept: the first is parsed again


# --- The body's tree handed to the cleaner (extract.html.parsed_body) ---------------------------------------


def _single(fragment: str):
    """div.single of a page holding `fragment`, as extraction leaves it (attributes cleared, images resolved),
    and its raw body."""
    from parkcrawler.extract.html import parse_page
    from parkcrawler.families.zblog_tpure.extract import _resolved_body

    root = parse_page(f'<html><body class="article"><div class="post"><div class="single">{fragment}</div>\n')
    single = root.find(".//div[@class='single']")
    return single, _resolved_body(single)


def _tree(root) -> list:
    """Everything the cleaner can read of a body: root's parent (the <html>) and all below, node by node."""
    nodes = [root.getparent(), *root.getparent().iterdescendants()]
    named = [isinstance(e.tag, str) for e in nodes]
    return [
        (e.tag if n else type(e).__name__, e.items() if n else None, e.text, e.tail, len(e))
        for e, n in zip(nodes, named, strict=True)
    ]


def _reparsed_alike_or_refused(fragment: str) -> bool:
    from parkcrawler.extract.html import parse_body_plain, parsed_body

    single, html = _single(fragment)
    parsed = parsed_body(single, html)
    if parsed is not None:
        tree, elements = parsed
        assert _tree(tree) == _tree(parse_body_plain(html)), fragment
        assert sorted(map(id, elements)) == sorted(map(id, tree.iterdescendants()))  # the very proxies
    return parsed is not None


_BODY_PIECES = (
    *("x", " ", "\n", "\t", "\u3000", "\xa0", "中", "&amp;", "&lt;b&gt;", "&#13;", "'", '"', "<p>", "</p>"),
    *("<div>", "</div>", "<span>", "</span>", "<b>", "</b>", "<strong>", "</strong>", "<em>", "<i>", "</i>"),
    *("<u>", "<font color='red'>", "</font>", "<center>", "</center>", "<section>", "<sup>", "<h2>", "</h2>"),
    *("<ul>", "</ul>", "<ol>", "<li>", "</li>", "<li></li>", "<br>", "</br>", "<hr>", "<p/>", "<table>"),
    *("</table>", "<tbody>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<blockquote>", "<a>", "</a>"),
    *("<a href='/a?b=1&amp;c'>", "<a href='/a b'>", "<a href='\n/a'>", "<a name='中'>", "<a name='n'>"),
    *(
        "<img src='/i.png' alt='a\"b'>",
        "<img src='/图.png'>",
        "<img data-original=' /r.png' class='lazyload'>",
    ),
    *("<p title='a&quot;b&#39;c' style='x:1'>", "<p nowrap='nowrap'>", "<p nowrap>", "<p data-x=''>"),
    *("<iframe>a&amp;b</iframe>", "<xmp>a&amp;</xmp>", "<!--c-->", "<?pi>", "<pre>\n\nx</pre>", "<script>x"),
    *("<textarea>a</textarea>", "<select><option>a", "<mark>", "</html>", "<body class='b'>", "<meta x='1'>"),
)


@given(st.lists(st.sampled_from(_BODY_PIECES), max_size=14))
@settings(derandomize=True, deadline=None, database=None, max_examples=3000)
def test_a_body_tree_parsed_body_admits_is_the_reparse(pieces):
    # Whenever parsed_body hands over the page's own tree, it is parse_body_plain's tree of the raw body, node
    # by node, with the <html> above (fails with any of its conditions left out: an empty <li>, a boolean or
    # URI attribute, \r, a tag outside its list, or the strip not mended).
    _reparsed_alike_or_refused("".join(pieces))


def _body_variants() -> dict[str, tuple[str, object]]:
    """Bodies parsed_body must refuse (the reparse builds another tree), each for one of its conditions: a
    fragment and what is done to the tree after parsing (a tree libxml2 would not build, checked anyway)."""

    def closing(single):  # a <div> moved into a <p>: <div> closes <p> in the reparse
        single[0].append(single[1])

    def void_with_text(single):  # a <br> holding text: the serialiser writes none
        single[0].text = "x"

    def void_with_element(single):  # a <br> holding a <span>: the same
        single[0].append(single[1])

    return {
        "an iframe (its text read raw)": ("<p>a</p><iframe>a&amp;b</iframe>", None),
        "an xmp": ("<xmp>a&amp;b</xmp>", None),
        "an empty li (written without its end tag)": ("<ul><li></li>x</ul>", None),
        "a boolean attribute (written without its value)": ("<p nowrap='x'>x</p>", None),
        "a URI with a space": ("<a href='/a b'>x</a>", None),
        "a URI outside ASCII": ("<img src='/图.png'>", None),
        "a URI after white space": ("<a href='\n/a'>x</a>", None),
        "a link's name outside ASCII": ("<a name='中'>x</a>", None),
        "a carriage return": ("<p>a&#13;b</p>", None),
        "nested too deep": ("<span>" * 300 + "x", None),
        "a pair that closes": ("<p>x</p><div>y</div>", closing),
        "a void element with text": ("<br>", void_with_text),
        "a void element with an element": ("<br><span>x</span>", void_with_element),
    }


@pytest.mark.parametrize("name", sorted(_body_variants()))
def test_bodies_the_reparse_builds_otherwise_are_refused(name):
    from parkcrawler.extract.html import _as_reparsed, inner_html, parse_body_plain, parsed_body

    fragment, change = _body_variants()[name]
    single, html = _single(fragment)
    if change is not None:
        change(single)
        html = inner_html(single)
    assert parsed_body(single, html) is None
    # and the refusal is needed: the page's tree, mended, is not the reparse's
    assert _tree(_as_reparsed(single)) != _tree(parse_body_plain(html))


def test_a_body_too_long_for_the_reparse_is_refused():
    from parkcrawler.extract.html import _as_reparsed, parse_body_plain, parsed_body

    single, html = _single("<p>" + "x" * 10_000_001 + "</p>")  # a text over libxml2's 10 MB without huge_tree
    assert parsed_body(single, html) is None
    assert _tree(_as_reparsed(single)) != _tree(parse_body_plain(html))


def test_body_closes():
    from parkcrawler.extract.html import _BODY_CLOSES, _BODY_TAGS, _BODY_VOID, parse_page

    # The pairs are libxml2's: a start tag of the second, with the first open, is built beside it, not in it.
    found = set()
    for opened in ["body", *sorted(_BODY_TAGS - _BODY_VOID)]:
        prefix = "<html><body>" if opened == "body" else f"<html><body><div><{opened}>"
        for tag in _BODY_TAGS:
            new = parse_page(f"{prefix}<{tag} id='new'>").find(".//*[@id='new']")
            if new.getparent().tag != opened:
                found.add((opened, tag))
    assert found == _BODY_CLOSES


def test_typical_bodies_are_handed_over():
    # Fails on a libxml2 the reasoning was not checked against (LIBXML_CHECKED), or with a guard too blunt.
    rich = (
        "\u3000 <p style='a'>x<strong>y</strong><br>z</p>\n<div><img src='/a.png' alt='a'></div>"
        "<table><tbody><tr><td>1</td><th>2</th></tr></tbody></table><ul><li>a</li></ul>"
        "<h2>t</h2><a href='/p?a=1&amp;b' target='_blank'>l</a><span>\xa0</span> \u3000"
    )
    assert _reparsed_alike_or_refused(rich)
    for post_id in sorted(EXPECTED):
        article = SHCFCK.extract_article(url(post_id), page(post_id))
        assert article.parsed_body is not None, post_id


@pytest.mark.parametrize("post_id", sorted(EXPECTED))
def test_cleaning_the_handed_tree_is_cleaning_the_raw_body(post_id):
    from parkcrawler.clean import Cleaner, clean_article

    cleaner = Cleaner.for_site(SHCFCK)
    handed = SHCFCK.extract_article(url(post_id), page(post_id), fetched_at=FETCHED_AT)
    reparsed = SHCFCK.extract_article(url(post_id), page(post_id), fetched_at=FETCHED_AT)
    reparsed.parsed_body = None
    assert clean_article(handed, cleaner) == clean_article(reparsed, cleaner)
    assert handed.parsed_body is None  # taken once: cleaning changed it


def test_a_raw_body_changed_after_extraction_is_parsed():
    import pickle

    from parkcrawler.clean import Cleaner, clean_article

    article = SHCFCK.extract_article(url(8214), page(8214), fetched_at=FETCHED_AT)
    article.raw_body_html = "<p>其他正文</p>"
    assert clean_article(article, Cleaner.for_site(SHCFCK)).body == "其他正文"
    again = SHCFCK.extract_article(url(8214), page(8214), fetched_at=FETCHED_AT)
    assert pickle.loads(pickle.dumps(again)).parsed_body is None  # never stored or sent
