"""Pages of DedeCMS 5.7 (织梦) with its default article/list templates -> Article and ListPage.

Pure functions of a saved page, like extract/zblog_tpure.py: the parts every article page has
(body.articleview, div.viewbox, its h2 and the body's table cell) raise ExtractionError naming the
selector that failed; optional parts that are missing or odd leave their field empty and add a warning.

What differs from tpure, and why:
- The body is ``{dede:field.body/}`` inside ``div.content > table > tr > td``; the same cell holds the
  template's ad slot (div#contentMidPicAD) and its ``(责任编辑：X)`` line. Those two are the template's,
  not the article's, so they are left out of raw_body_html; everything else in the cell is kept raw.
- The page prints no view count: 点击 is ``<script src="/plus/count.php?view=yes&aid=N">``, which counts
  the request it answers and is disallowed by DedeCMS's own robots.txt. ``views`` is None here; list pages
  print ``点击：N`` for every article (``extract_list``), and ``parse_count_script`` reads count.php's
  answer for a caller that may fetch it.
- Dates are absolute (``MyDate('Y-m-d H:i')`` on articles, ``Y-m-d H:i:s`` on lists) in the site's
  clock: precision "datetime", never relative to the server clock.
- Pages are GBK bytes labelled gb2312, sometimes behind a header that says otherwise: ``decode_page``.
"""

from __future__ import annotations

import codecs
import copy
import re
import unicodedata
from datetime import UTC, date, datetime, tzinfo
from typing import Any
from urllib.parse import parse_qs, urljoin, urlsplit

from lxml import etree
from parsel import Selector

from parkcrawler.extract.dates import SHANGHAI
from parkcrawler.extract.html import (
    ExtractionError,
    inner_html,
    node_text,
    page_selector,
    parse_prefix,
    squash,
    text_content,
    utc_iso,
)
from parkcrawler.extract.lxml_css import (
    ClassIndex,
    body_class_of,
    css,
    element_text,
    last_node,
    open_at_end,
    page_root,
)
from parkcrawler.items import Article, FeedEntry, ListEntry, ListPage, RelatedLink
from parkcrawler.sites import Page, Site

# A generated article file: {typedir}/{Y}{M}{D}/{aid}.html by default, {Y}/{M}{D}/{aid}.html and other
# rules on some sites; the name is the aid either way.
_ARTICLE_PATH = re.compile(r"^(/(?!plus/).*/(\d+))(?:_(\d+))?\.html$")
_AID = re.compile(r"[?&](?:aid|arcID)=(\d+)")
_EDITOR_LINE = re.compile(r"[(（]\s*责任编辑[:：][^)）]*[)）]\s*$")
_COUNT_SCRIPT = re.compile(r"document\.write\(\s*['\"](\d+)['\"]\s*\)")
_DATE = re.compile(
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*(\d{1,2})\s*[:时]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2})\s*秒?)?)?"
)
# The info line's labels, longest first so that 发布时间 is not read as 时间; each to the field it names.
_INFO_KEYS = {
    **dict.fromkeys(("发布时间", "发布日期", "更新时间", "时间", "日期"), "时间"),
    **dict.fromkeys(("来源", "出处"), "来源"),
    **dict.fromkeys(("作者", "发布者", "发布人"), "作者"),
    **dict.fromkeys(("点击", "浏览", "阅读", "人气"), "点击"),
}
_INFO_LABEL = re.compile("(" + "|".join(sorted(_INFO_KEYS, key=len, reverse=True)) + r")\s*(?:次数)?\s*[:：]")
_MONTH_DAY = re.compile(r"(\d{1,2})-(\d{1,2})")
# Labels WHATWG decodes with the GBK decoder (= gb18030's): what a browser does with "charset=gb2312".
_GBK_LABELS = {"gb2312", "gbk", "gb18030", "gb_2312-80", "x-gbk", "cp936", "chinese", "csgb2312", "iso-ir-58"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w-]+)["']""", re.I)


# --- bytes -> text ---------------------------------------------------------------------------------------


def decode_page(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, codec) of a DedeCMS response, exactly.

    A BOM wins; then the header's charset if the bytes are valid in it; then the page's own
    declaration (meta charset, XML encoding). A GBK install's header or meta may say gb2312, utf-8 or
    nothing while the bytes are GBK (characters outside GB2312 included): gb2312/gbk labels are
    decoded as gb18030, as browsers do, and a header that the bytes contradict is overruled.
    """
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if body.startswith(bom):
            return body[len(bom) :].decode(codec, "replace"), codec
    declared = _META_CHARSET.search(body[:4096]) or _XML_ENCODING.search(body[:512])
    candidates = [
        _codec(m[1]) if (m := re.search(r"charset\s*=\s*[\"']?([\w-]+)", content_type or "", re.I)) else None,
        _codec(declared[1].decode("ascii")) if declared else None,
    ]
    for codec in candidates:
        if codec:
            try:
                return body.decode(codec), codec
            except UnicodeDecodeError:
                continue
    # Nothing declared, or nothing declared fits: a DedeCMS site in China is GBK unless it is UTF-8.
    for codec in ("utf-8", "gb18030"):
        try:
            return body.decode(codec), codec
        except UnicodeDecodeError:
            continue
    return body.decode("gb18030", "replace"), "gb18030"


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    if label in _GBK_LABELS:
        return "gb18030"
    if label in ("utf-8", "utf8"):
        return "utf-8"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


# --- article pages ---------------------------------------------------------------------------------------


def extract_article(
    url: str,
    html: str,
    *,
    server_time: datetime | None = None,
    fetched_at: datetime | None = None,
    site: Site,
) -> Article:
    """An article page (static /a/<typedir>/<YYYYMMDD>/<aid>.html or plus/view.php?aid=N) as an Article
    with raw_body_html (cleaning fields empty). ``views`` is None: see the module docstring.

    The page is read as lxml's plain elements (page_root: parsel's tree, without its Selectors), each
    selector by parsel's own XPath for it (css) or, for the class-led ones, from the page's class index: the
    same elements in the same order (_Parts says why)."""
    root, parts = _parse(html)
    profile = site
    warnings: list[str] = []
    body_class = (body_class_of(root) or "").split()
    if "articleview" not in body_class:
        raise ExtractionError(
            f"'body.articleview' matched nothing (body class is {body_class!r}): not an article page"
        )
    view = _required(parts.first_div("viewbox", root), "div.viewbox", "body")
    title = _required(parts.title_h2(view), ".title h2", "div.viewbox")
    # The template's own table, not a table inside the body (lxml adds no tbody; other parsers may).
    cell = _required(parts.cell(view), _CELL, "div.viewbox")
    fetched = fetched_at or datetime.now(UTC)
    tz = profile.tz if profile else SHANGHAI
    canonical, post_id = _canonical(root, parts, url, profile, warnings)
    info = _info(parts.first_div("info", view), warnings)
    date_display = info.get("时间")
    published_at, precision = (
        parse_dede_date(date_display, server_time or fetched, tz=tz) if date_display else (None, None)
    )
    if date_display is not None and published_at is None:
        warnings.append(f"div.info 时间 unparseable: {date_display!r}")
    category, category_url = _category(parts.place_links(root), canonical, profile, warnings)
    source = info.get("来源")
    return Article(
        url=canonical,
        site=site.name,
        post_id=post_id,
        title=_page_title(element_text(title), url),
        published_at=published_at,
        published_precision=precision,
        date_display=date_display,
        views=None,
        views_observed_at=None,
        author=info.get("作者") or None,
        category=category,
        category_url=category_url,
        tags=[name for a in parts.tag_links(view) if (name := element_text(a))],
        raw_body_html=_body(cell, canonical),
        related=_related(view, canonical, profile, warnings),
        fetched_at=utc_iso(fetched),
        warnings=warnings,
        # 来源 as the page states it; "未知" is DedeCMS's word for an empty field.
        source=source if source and source != "未知" else None,
    )


# The template's comment after div.viewbox (article_article.htm): what extraction reads lies before it but for
# the page-wide selectors, and the comment box, the sidebar and the footer after it.
_VIEWBOX_END = "<!-- /viewbox -->"
_VIEWBOX_END_TEXT = _VIEWBOX_END[4:-3]  # the comment's text
# What may not lie after the cut: div.place's class token (no named reference spells a letter of it), numeric
# references.
_AFTER_CUT = ("place", "&#")


def _parse(html: str) -> tuple[Any, _Parts]:
    """The page parsed only up to the end of div.viewbox when what extraction reads all lies before it, else
    whole.

    The page is parsed up to and with the comment that follows div.viewbox (_VIEWBOX_END), and the cut page
    serves when:
    - its last node is that comment: no other can be, as no text before the cut spells the comment's text
      (a comment's text is as written), so the cut lies outside any tag, comment or script (libxml2 drops a
      start tag cut off) and each element before it is as in the whole page, each closed one with the same
      subtree (libxml2 appends only to the elements still open: the last node and its ancestors);
    - a body has a class, and the first div.viewbox is there and closed: every read of it is the whole page's;
    - the page-wide reads are the whole page's: the first div.info script's src is there (and has the aid,
      or the first mobile-agent meta's content is there too), no div.place is open, and none can start after
      the cut (its token is not in the text after it, and no numeric reference; no NUL anywhere: parse_page
      drops them, which could join text into a token).
    Else (another template, a page not an article) the whole page is parsed: the same answers and errors."""
    at = html.find(_VIEWBOX_END_TEXT)
    end = at + len(_VIEWBOX_END_TEXT) + 3
    if (
        at >= 4
        and html.startswith(_VIEWBOX_END, at - 4)
        and "\0" not in html
        and all(html.find(token, end) < 0 for token in _AFTER_CUT)
        and (root := parse_prefix(html, end)) is not None
        and (parts := _Parts(root)).serves_cut(root)
    ):
        return root, parts
    root = page_root(html)
    return root, _Parts(root)


_CELL = "div.content > table > tr > td, div.content > table > tbody > tr > td"


class _Parts:
    """The class-led selectors of an article page from its class index: the holders of the class, in
    document order, below the scope (the scope included, as the XPath's descendant-or-self), each read
    by lxml's walk below the holder when there is one holder, by the selector itself when several (they
    may nest, and their union is in document order, each element once)."""

    def __init__(self, root: Any) -> None:
        self.classes = ClassIndex(root)

    def serves_cut(self, root: Any) -> bool:
        """Whether the page cut after _VIEWBOX_END gives the whole page's answers (see _parse)."""
        last = last_node(root)
        if last.tag is not etree.Comment or last.text != _VIEWBOX_END_TEXT or body_class_of(root) is None:
            return False
        view = self.first_div("viewbox", root)
        if view is None or open_at_end(view):
            return False
        if any(open_at_end(place) for place in self._divs("place", root)):
            return False
        src = self.info_script_src(root)
        return src is not None and (_AID.search(src) is not None or _mobile_agent(root) is not None)

    def _divs(self, token: str, scope: Any) -> list[Any]:
        return [e for e in self.classes.inside(scope, (token,)) if e.tag == "div"]

    def first_div(self, token: str, scope: Any) -> Any | None:
        """div.<token> in scope: the first."""
        return next(iter(self._divs(token, scope)), None)

    def title_h2(self, view: Any) -> Any | None:
        """.title h2 in the view: the first."""
        boxes = self.classes.inside(view, ("title",))
        if len(boxes) > 1:
            return next(iter(css(view, ".title h2")), None)
        return next((h2 for box in boxes for h2 in box.iterdescendants("h2")), None)

    def cell(self, view: Any) -> Any | None:
        """_CELL in the view: the first td child of a tr child (or of a tbody child's tr child) of a table
        child of a div.content."""
        boxes = self._divs("content", view)
        if len(boxes) > 1:
            return next(iter(css(view, _CELL)), None)
        return next((td for box in boxes for td in _table_cells(box)), None)

    def tag_links(self, view: Any) -> list[Any]:
        """.tags a in the view."""
        boxes = self.classes.inside(view, ("tags",))
        if len(boxes) > 1:
            return css(view, ".tags a")
        return [a for box in boxes for a in box.iterdescendants("a")]

    def place_links(self, root: Any) -> list[Any]:
        """div.place a[href] in the page."""
        boxes = self._divs("place", root)
        if len(boxes) > 1:
            return css(root, "div.place a[href]")
        return [a for box in boxes for a in box.iterdescendants("a") if a.get("href") is not None]

    def info_script_src(self, root: Any) -> str | None:
        """div.info script::attr(src).get() in the page."""
        boxes = self._divs("info", root)
        if len(boxes) > 1:
            return next(iter(css(root, "div.info script::attr(src)")), None)
        scripts = (s for box in boxes for s in box.iterdescendants("script"))
        return next((src for s in scripts if (src := s.get("src")) is not None), None)


def _table_cells(div: Any) -> Any:
    for table in div:
        if table.tag != "table":
            continue
        for row in table:
            rows = (
                [row] if row.tag == "tr" else [r for r in row if r.tag == "tr"] if row.tag == "tbody" else []
            )
            for tr in rows:
                yield from (td for td in tr if td.tag == "td")


def _page_title(title: str, url: str) -> str:
    """MakeHtml() titles page N > 1 of a split article "title(N)"; the article's title has no number."""
    m = _ARTICLE_PATH.search(urlsplit(url).path)
    page = m[3] if m else None
    return title.removesuffix(f"({page})") if page and int(page) > 1 else title


def article_pages(url: str, html: str) -> list[str]:
    """Every page of an article split by the editor's page breaks ({dede:pagebreak/}), in order, as absolute
    URLs (the page itself included); [] for an article on one page."""
    page = page_selector(html)
    pages = []
    for a in page.css("div.viewbox .dede_pages .pagelist li a"):
        label = node_text(a)
        if not label.isdigit():
            continue
        href = (a.attrib.get("href") or "").strip()
        pages.append(url if href in ("", "#") else urljoin(url, href))
    return pages


def extract_article_pages(pages: list[tuple[str, str]], **kwargs: Any) -> Article:
    """One Article from all pages of a split article ((url, html) in page order): the first page's fields,
    the bodies joined in order, every page's warnings."""
    first, *rest = (extract_article(url, html, **kwargs) for url, html in pages)
    for other in rest:
        if other.post_id != first.post_id:
            raise ExtractionError(f"pages of different articles: aid {first.post_id} and {other.post_id}")
        first.raw_body_html += "\n" + other.raw_body_html
        first.warnings += [w for w in other.warnings if w not in first.warnings]
    return first


def _required(found: Any | None, css: str, where: str) -> Any:
    if found is None:
        raise ExtractionError(f"'{css}' matched nothing in {where}: the DedeCMS markup changed")
    return found


def _info(found: Any | None, warnings: list[str]) -> dict[str, str]:
    """div.info: <small>时间:</small>2024-03-05 10:12<small>来源:</small>未知 <small>作者:</small>admin
    <small>点击:</small><script .../> 次 -- each label's value is what follows it up to the next label.
    Sites that customise the line write the labels as plain text or with synonyms (发布时间：, 出处：):
    the line is read as text, scripts left out, so both read the same."""
    if found is None:
        warnings.append("div.info missing: no date, source or author")
        return {}
    text = [found.text or ""]
    for node in found:
        if node.tag == "small":
            label = text_content(node).strip()
            text.append(label if label.endswith((":", "：")) else label + ":")
        elif isinstance(node.tag, str) and node.tag != "script":
            text.append(text_content(node))
        text.append(node.tail or "")
    line = "".join(text)
    labels = list(_INFO_LABEL.finditer(line))
    values: dict[str, str] = {}
    for this, following in zip(labels, [*labels[1:], None], strict=True):
        value = line[this.end() : following.start() if following else len(line)]
        values.setdefault(_INFO_KEYS[this[1]], squash(value))
    for expected in ("时间", "作者"):
        if expected not in values:
            warnings.append(f"div.info has no {expected}")
    return values


def _canonical(
    root: Any, page: _Parts, url: str, profile: Site | None, warnings: list[str]
) -> tuple[str, int | None]:
    parts = urlsplit(url)
    aid = None
    for src in (page.info_script_src(root), _mobile_agent(root)):
        if src and (m := _AID.search(src)):
            aid = int(m[1])
            break
    if profile:
        target = profile.resolve(url)
        if isinstance(target, Page) and target.kind == "article":
            return target.url, aid
    # The site's own base (cfg_basehost, the 主页 link of 当前位置): host aliases and https map onto it.
    home = urlsplit(next(iter(css(root, "div.place a::attr(href)")), None) or "")
    base = f"{home.scheme}://{home.netloc}" if home.scheme in ("http", "https") else None
    base = base or f"{parts.scheme}://{parts.netloc}"
    if m := _ARTICLE_PATH.search(parts.path):
        # name_N.html is page N of a #p#-split article: the article is name.html.
        return f"{base}{m[1]}.html", aid or int(m[2])
    # plus/view.php?aid=N renders the same page; the page never says its static address (the file name
    # is dated by the entry day, not the date it shows), so the dynamic form is the only honest key.
    aid = aid or _aid_from_query(parts.query)
    warnings.append("dynamic article URL: the static address is not on the page")
    if aid is None:
        return parts._replace(fragment="").geturl(), None
    return f"{base}/plus/view.php?aid={aid}", aid


def _mobile_agent(root: Any) -> str | None:
    """meta[http-equiv=mobile-agent]::attr(content).get(): the content of the first such meta that has one."""
    metas = (m for m in root.iter("meta") if m.get("http-equiv") == "mobile-agent")
    return next((content for m in metas if (content := m.get("content")) is not None), None)


def _aid_from_query(query: str) -> int | None:
    values = parse_qs(query).get("aid") or parse_qs(query).get("arcID")
    return int(values[0]) if values and values[0].isdigit() else None


def _category(
    links: list[Any], base: str, profile: Site | None, warnings: list[str]
) -> tuple[str | None, str | None]:
    """The last link of 当前位置 (主页 > parent > type >): the article's own type."""
    if len(links) < 2:
        warnings.append("div.place has no category link")
        return None, None
    last = links[-1]
    return element_text(last), _link(last.get("href"), base, profile)


def _related(view: Any, base: str, profile: Site | None, warnings: list[str]) -> list[RelatedLink]:
    """{dede:likearticle}: the dl whose dt says 相关 (a site's own heading), its links in order."""
    related = []
    for box in view.iter("dl"):
        heading = next(box.iter("dt"), None)
        if heading is None or "相关" not in element_text(heading):
            continue
        for a in css(box, "dd a[href]"):
            related.append(
                RelatedLink(
                    url=_link(a.get("href"), base, profile) or "",
                    title=squash(a.get("title") or "") or element_text(a),
                )
            )
    return related


def _body(cell: Any, base: str) -> str:
    """The td's inner HTML without the template's ad slot and editor line; image URLs absolute."""
    body = copy.deepcopy(cell)
    for ad in body.xpath(".//div[@id='contentMidPicAD']"):
        _drop(ad)
    # The editor line is the cell's last text; a page of a split article may end inside an unclosed
    # <p>, which then holds it: look for the last text node wherever it is.
    texts = [t for t in body.xpath(".//text()") if t.strip()]
    if texts and _EDITOR_LINE.search(texts[-1]):
        last, owner = texts[-1], texts[-1].getparent()
        if last.is_tail:
            owner.tail = _EDITOR_LINE.sub("", owner.tail)
        else:
            owner.text = _EDITOR_LINE.sub("", owner.text)
            if owner is not body and len(owner) == 0 and not owner.text.strip():
                _drop(owner)  # the split <p> held nothing else
    for img in body.iter("img"):
        src = (img.get("src") or "").strip()
        if src:
            img.set("src", urljoin(base, src))
    return inner_html(body).strip()


def _drop(element: Any) -> None:
    """Remove an element and keep its tail text."""
    parent = element.getparent()
    previous = element.getprevious()
    if element.tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


# --- list pages ------------------------------------------------------------------------------------------


def extract_list(url: str, html: str, *, server_time: datetime | None = None, site: Site) -> ListPage:
    """A list page (list_article.htm, taglist.htm: static list_<tid>_<n>.html, plus/list.php, tags.php)
    as its entries -- each with its 点击 count and its date to the second -- and where the list goes on.

    Raises ExtractionError when the page is not such a list. An empty ul.e2 is returned empty.
    """
    page = page_selector(html)
    body_class = (page.css("body::attr(class)").get() or "").split()
    if "articlelist" not in body_class:
        raise ExtractionError(
            f"'body.articlelist' matched nothing (body class is {body_class!r}): not a list page"
        )
    box = _required(next(iter(page.css("div.listbox ul.e2")), None), "div.listbox ul.e2", "body")
    profile = site
    tz = profile.tz if profile else SHANGHAI
    clock = server_time or datetime.now(UTC)
    entries = []
    for item in box.xpath("./li"):
        link = item.css("a.title[href]")
        if not link:
            continue
        info = _labelled(item.css("span.info"))
        display = info.get("日期")
        published_at, precision = parse_dede_date(display, clock, tz=tz) if display else (None, None)
        views = info.get("点击", "")
        entries.append(
            ListEntry(
                url=_link(link[0].attrib["href"], url, profile) or "",
                title=node_text(link[0]),
                date_display=display,
                published_at=published_at,
                published_precision=precision,
                views=int(views) if views.isdigit() else None,
            )
        )
    return ListPage(
        url=url,
        site=site.name,
        observed_at=utc_iso(clock),
        entries=entries,
        next_url=_pagelist_link(page, "下一页", url, profile),
        last_page=_total_pages(page),
    )


def extract_home(url: str, html: str, *, server_time: datetime | None = None, site: Site) -> ListPage:
    """The home page (index.htm, body.index) as the articles it shows, in page order, each once.

    Its boxes are {dede:arclist}s: titles cut to the box's titlelen and dates as ``m-d``. So an entry has
    no title (an incremental run must not take a cut title for a changed one) and an inferred-year date;
    there is no view count and no next page. Raises ExtractionError when the page is not a home page.
    """
    page = page_selector(html)
    body_class = (page.css("body::attr(class)").get() or "").split()
    if "index" not in body_class:
        raise ExtractionError(f"'body.index' matched nothing (body class is {body_class!r}): not a home page")
    clock = server_time or datetime.now(UTC)
    entries: dict[str, ListEntry] = {}
    for a in page.css("body a[href]"):
        target = site.resolve(a.attrib["href"], base=url)
        if not (isinstance(target, Page) and target.kind == "article"):
            continue
        # <li><span>11-19</span><a href=...>: the date before the link, where the box prints one.
        display = squash(a.xpath("preceding-sibling::span[1]").xpath("string()").get() or "") or None
        published_at, precision = parse_dede_date(display, clock, tz=site.tz) if display else (None, None)
        known = entries.get(target.url)
        if known is None or (known.date_display is None and published_at):
            entries[target.url] = ListEntry(
                url=target.url,
                title=None,  # type: ignore[arg-type]  # cut by titlelen: not the article's title
                date_display=display if published_at else None,
                published_at=published_at,
                published_precision=precision,
                views=None,
            )
    return ListPage(url=url, site=site.name, observed_at=utc_iso(clock), entries=list(entries.values()))


def _labelled(found: Any) -> dict[str, str]:
    """span.info of a list entry: <small>日期：</small>2024-03-05 10:12:33 <small>点击：</small>23 ..."""
    if not found:
        return {}
    values = {}
    for small in found[0].root.iter("small"):
        values[squash(small.text_content()).rstrip(":：")] = squash(small.tail or "")
    return values


def _pagelist_link(page: Selector, label: str, base: str, profile: Site | None) -> str | None:
    for a in page.css(".dede_pages a[href]"):
        if node_text(a) == label:
            return _link(a.attrib["href"], base, profile)
    return None


def _total_pages(page: Selector) -> int | None:
    """共 <strong>N</strong>页 (static and dynamic bars) or 共 N 页/ (a single dynamic page)."""
    info = page.css(".dede_pages .pageinfo")
    if not info:
        return None
    m = re.search(r"共\s*(\d+)\s*页", node_text(info[0]))
    return int(m[1]) if m else None


# --- feeds and count.php -------------------------------------------------------------------------------


def parse_feed(xml: str | bytes, *, site: Site) -> list[FeedEntry]:
    """/data/rss/<typeid>.xml. DedeCMS writes pubDate as a bare Y-m-d (GetDateMK), so published_at is a
    date, not the exact time feed.php gives on Z-Blog: never better than the article page's minute."""
    if isinstance(xml, bytes):
        xml = decode_page(xml)[0]
    xml = re.sub(r"^\s*<\?xml[^>]*\?>", "", xml)  # the text is decoded already: its encoding= is moot
    feed = Selector(text=xml, type="xml")
    profile = site
    entries = []
    for item in feed.xpath("//item"):
        link = squash(item.xpath("string(link)").get())
        published, precision = parse_dede_date(item.xpath("string(pubDate)").get() or "", datetime.now(UTC))
        if link and published and precision in ("day", "datetime"):
            entries.append(
                FeedEntry(
                    _link(link, link, profile) or link, squash(item.xpath("string(title)").get()), published
                )
            )
    return entries


def parse_count_script(text: str | bytes) -> int | None:
    """plus/count.php?view=yes's answer, ``document.write('123');``, as 123 (None when it is empty: an
    unknown aid). Fetching it adds one to the count: the number includes the fetch."""
    if isinstance(text, bytes):
        text = text.decode("ascii", "replace")
    m = _COUNT_SCRIPT.search(text)
    return int(m[1]) if m else None


# --- dates -----------------------------------------------------------------------------------------------


def parse_dede_date(display: str, clock: datetime, *, tz: tzinfo = SHANGHAI) -> tuple[str | None, str | None]:
    """(published_at, precision) from a date as DedeCMS templates print it.

    ``2024-03-05 10:12`` / ``2024-03-05 10:12:33`` (also with / . 年月日 separators): an ISO datetime in the
    site's clock, precision "datetime" (minutes-only forms get :00). ``2024-03-05``: "day". ``03-05`` (the
    home page's MyDate('m-d')): the latest such day not after ``clock``, "inferred_year".
    """
    text = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", display or "")).strip()
    if m := _DATE.fullmatch(text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
        if m[4] is None:
            found = _day(year, month, day)
            return (found.isoformat(), "day") if found else (None, None)
        try:
            moment = datetime(year, month, day, int(m[4]), int(m[5]), int(m[6] or 0), tzinfo=tz)
        except ValueError:
            return None, None
        return moment.isoformat(), "datetime"
    if m := _MONTH_DAY.fullmatch(text):
        today = clock.astimezone(tz).date()
        for year in (today.year, today.year - 1):
            found = _day(year, int(m[1]), int(m[2]))
            if found and found <= today:
                return found.isoformat(), "inferred_year"
    return None, None


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# --- helpers -------------------------------------------------------------------------------------------


def _link(href: str | None, base: str, profile: Site | None) -> str | None:
    """An on-page link as its canonical URL (absolute as written when no site rules know it)."""
    if not href:
        return None
    absolute = urljoin(base, href.strip())
    target = profile.resolve(absolute) if profile else None
    return target.url if isinstance(target, Page) else absolute


__all__ = [
    "ExtractionError",
    "decode_page",
    "article_pages",
    "extract_article",
    "extract_article_pages",
    "extract_home",
    "extract_list",
    "parse_count_script",
    "parse_dede_date",
    "parse_feed",
]
