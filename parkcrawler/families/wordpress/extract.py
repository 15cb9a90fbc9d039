"""WordPress pages -> Article / ListPage, and the REST API's posts -> Article.

Pure functions of a saved page or JSON text, like ``zblog_tpure``. The selectors are WordPress core's
and its default themes' conventions, not one theme's (see parkcrawler/testsite/wordpress/README.md for
the sources): ``body.single``, ``article#post-N``, ``h1.entry-title``, ``div.entry-content``,
``time.entry-date.published[datetime]`` (DATE_W3C, the site's offset included), ``a[rel~=author]``,
``a[rel~=category]`` (``get_the_category_list``: ``rel="category tag"``), ``a[rel=tag]``
(``get_the_tag_list``), ``link[rel=canonical]``, ``link[rel=shortlink]`` (``?p=N``), and
``nav.pagination .nav-links a.page-numbers`` on lists. A page whose required parts stop matching raises
ExtractionError naming the selector; optional parts missing leave their field empty with a warning.

Extraction does not clean: ``raw_body_html`` is ``.entry-content`` as served (lazy images resolved).
WordPress counts no views, so ``views`` and ``views_observed_at`` stay None.

The REST API (``/wp-json/wp/v2/posts?_embed``) carries the same ``content.rendered`` as the page's
``.entry-content`` (both are ``the_content``), the exact time as ``date`` (site time) and ``date_gmt``
(UTC), and, embedded, the author's and the terms' names: ``extract_rest_posts`` gives the same Article
as the page, without the page's ``date_display`` and related posts. ``extract_rest_list`` reads the same
answer as a list page (each post's permalink, title and exact time): the crawl's REST discovery.
"""

from __future__ import annotations

import copy
import html as htmllib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timezone
from typing import Any
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector

from parkcrawler.extract.dates import SHANGHAI, parse_http_date
from parkcrawler.extract.html import (
    ExtractionError,
    inner_html,
    node_text,
    parse_body,
    parse_prefix,
    squash,
    utc_iso,
)
from parkcrawler.extract.lxml_css import (
    ClassIndex,
    body_class_of,
    css,
    element_text,
    has_token,
    last_node,
    open_at_end,
    page_root,
)
from parkcrawler.items import Article, FeedEntry, ListEntry, ListPage, RelatedLink
from parkcrawler.sites import Page, Site

__all__ = [
    "ExtractionError",
    "extract_article",
    "extract_list",
    "extract_rest_list",
    "extract_rest_posts",
    "parse_feed",
    "strip_tracking",
]

# Query parameters that never change what a WordPress page shows: campaign tags, Jetpack's share
# buttons and related-posts counters, comment-reply links. Removing them leaves the page's own URL.
TRACKING = re.compile(r"^(?:utm_\w+|relatedposts_\w+|replytocom|share|fbclid|gclid|spm|from)$")
_LAZY_ATTRS = ("data-src", "data-lazy-src", "data-original")  # lazy-load plugins' real-image attributes
_LAZY_CLASSES = {"lazy", "lazyload", "lazyloaded"}
LIST_BODY_CLASSES = ("home", "blog", "archive", "category", "tag", "author", "date", "search")


def extract_article(
    url: str,
    html: str,
    *,
    server_time: datetime | None = None,
    fetched_at: datetime | None = None,
    site: Site,
) -> Article:
    """A single-post page as an Article with raw_body_html (cleaning fields empty).

    ``server_time`` is accepted for the crawl's uniform call; WordPress prints absolute dates, so
    nothing here depends on it (or on the crawler's clock, except ``fetched_at`` itself).

    The page is read as lxml's plain elements (page_root: parsel's tree, without its Selectors), each
    selector by parsel's own XPath for it (css) or, where it is read on every page, by an lxml walk or the
    page's class index, which select the same elements in the same order (each says why).
    """
    page = _Page.parse(html)
    root, body_class, post, classes = page.root, page.body_class, page.post, page.classes
    profile = site
    warnings: list[str] = []
    title = _first_h1(post)
    content = _required(next(iter(classes.inside(post, ("entry-content",))), None), ".entry-content")
    links = _PostLinks.of(post)
    canonical = _canonical_url(root, url, profile, warnings)
    published_at, date_display = _published(post, classes, warnings)
    author = _author(post, links, warnings)
    category = links.category
    if category is None:
        warnings.append("a[rel~=category] missing")
    fetched = fetched_at or datetime.now(UTC)
    return Article(
        url=canonical,
        site=site.name,
        post_id=_post_id(_link_href(root, "shortlink"), post, body_class),
        title=element_text(title),
        published_at=published_at,
        published_precision="datetime" if published_at else None,
        date_display=date_display,
        views=None,
        views_observed_at=None,
        author=author,
        category=element_text(category) if category is not None else None,
        category_url=_link(category.get("href"), canonical, profile) if category is not None else None,
        tags=[element_text(a) for a in links.tags if "category" not in a.get("rel", "").split()],
        raw_body_html=_resolved_body(content),
        related=_related(_related_links(root, classes), canonical, profile),
        fetched_at=utc_iso(fetched),
        warnings=warnings,
    )


def extract_list(url: str, html: str, *, server_time: datetime | None = None, site: Site) -> ListPage:
    """A list page (home, category, tag, author, date, search) as its entries and where it goes on.

    Raises ExtractionError when the body class names no list; a list without posts is returned empty.
    """
    page = Selector(text=html)
    body_class = (page.css("body::attr(class)").get() or "").split()
    if not any(c in LIST_BODY_CLASSES for c in body_class):
        raise ExtractionError(f"body class {body_class!r} is none of {LIST_BODY_CLASSES}: not a list page")
    profile = site
    clock = server_time or datetime.now(UTC)
    entries = []
    for item in page.css("main article, #main article, .site-main article") or page.css("article"):
        link = item.css(".entry-title a[href]") or item.css("h2 a[href]")
        if not link:
            continue
        published_at, display = _time([item.root])
        entries.append(
            ListEntry(
                url=_link(link[0].attrib["href"], url, profile) or "",
                title=node_text(link[0]),
                date_display=display,
                published_at=published_at,
                published_precision="datetime" if published_at else None,
                views=None,
                sticky="sticky" in (item.attrib.get("class") or "").split(),
            )
        )
    entries = _dedupe(entries)
    return ListPage(
        url=url,
        site=site.name,
        observed_at=utc_iso(clock),
        entries=entries,
        next_url=_next_page(page, url, profile),
        last_page=_last_page(page),
    )


def extract_rest_posts(
    json_text: str | bytes,
    *,
    fetched_at: datetime | None = None,
    site: Site,
    users: dict[int, str] | None = None,
    terms: dict[int, dict] | None = None,
) -> list[Article]:
    """The posts of a ``/wp-json/wp/v2/posts`` answer (a list, or one post) as Articles.

    Names come from ``_embedded`` (request with ``_embed``); without it, from ``users`` (id -> name) and
    ``terms`` (id -> ``{"name", "link"}``, as ``/wp/v2/categories`` and ``/wp/v2/tags`` list them).
    A REST error object (``{"code": ...}``) raises ExtractionError with its code.
    """
    data = json.loads(json_text)
    if isinstance(data, dict) and "code" in data and "id" not in data:
        raise ExtractionError(f"REST error {data['code']}: {data.get('message', '')}")
    posts = data if isinstance(data, list) else [data]
    fetched = utc_iso(fetched_at or datetime.now(UTC))
    profile = site
    articles = [_rest_article(item, fetched, site, profile, users or {}, terms or {}) for item in posts]
    for article in articles:
        article.extraction = site.family.name  # as Site stamps the articles it reads from pages
    return articles


def extract_rest_list(
    url: str, json_text: str | bytes, *, server_time: datetime | None = None, site: Site
) -> ListPage:
    """A ``/wp-json/wp/v2/posts`` page (newest first) as a list page: each post's permalink (canonical by
    the site's rules), title and exact time (``date`` and ``date_gmt``, as ``extract_rest_posts`` reads
    them). The next page is not in the JSON but in the ``Link`` header (the spider reads it).

    Raises ExtractionError, saying why, for what is not a list of posts the crawl can trust: not JSON, a
    REST error object (``{"code": ...}``), a post without ``link`` or ``title.rendered``, or a ``link``
    that is not an article by the site's URL rules (the profile's permalink structure is not the site's:
    following such a list would archive nothing and say nothing).
    """
    try:
        data = json.loads(json_text)
    except ValueError as exc:
        raise ExtractionError(f"not JSON ({exc})") from None
    if isinstance(data, dict) and "code" in data:
        raise ExtractionError(f"REST error {data['code']}: {data.get('message', '')}")
    if not isinstance(data, list):
        raise ExtractionError(f"a JSON {type(data).__name__}, not a list of posts")
    entries = []
    for n, item in enumerate(data):
        link = item.get("link") if isinstance(item, dict) else None
        title = (item.get("title") or {}) if isinstance(item, dict) else {}
        if not isinstance(link, str) or not isinstance(title, dict) or "rendered" not in title:
            raise ExtractionError(f"post {n} has no 'link' or 'title.rendered' (ask for them in _fields)")
        target = site.resolve(link, base=url)
        if not isinstance(target, Page) or target.kind != "article":
            raise ExtractionError(f"post link {link!r} is not an article by the site's URL rules ({target})")
        warnings: list[str] = []
        published_at = _rest_date(item, warnings)
        entries.append(
            ListEntry(
                url=target.url,
                title=squash(htmllib.unescape(re.sub(r"<[^>]+>", "", title["rendered"]))),
                date_display=None,
                published_at=published_at,
                published_precision="datetime" if published_at else None,
                views=None,
            )
        )
    return ListPage(
        url=url,
        site=site.name,
        observed_at=utc_iso(server_time or datetime.now(UTC)),
        entries=_dedupe(entries),
    )


def parse_feed(xml: str | bytes, *, site: Site, tz: timezone = SHANGHAI) -> list[FeedEntry]:
    """The items of ``/feed/`` (RSS 2.0, pubDate in +0000) with their exact time in the site's offset."""
    feed = Selector(body=xml, type="xml") if isinstance(xml, bytes) else Selector(text=xml, type="xml")
    profile = site
    entries = []
    for item in feed.xpath("//item"):
        link = squash(item.xpath("string(link)").get())
        published = parse_http_date(item.xpath("string(pubDate)").get())
        if link and published:
            title = squash(item.xpath("string(title)").get())
            entries.append(
                FeedEntry(_link(link, link, profile) or link, title, published.astimezone(tz).isoformat())
            )
    return entries


def strip_tracking(url: str) -> str:
    """The URL without its fragment and without the query parameters of ``TRACKING``."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k)]
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", urlencode(query), ""))


# --- page parts -----------------------------------------------------------------------------------------


@dataclass
class _Page:
    """The page's root, its body class, the post's article and the page's class index."""

    root: Any
    body_class: str | None
    post: Any
    classes: ClassIndex

    @classmethod
    def of(cls, root: Any) -> _Page:
        body_class = body_class_of(root)
        return cls(root, body_class, _post_scope(root, body_class), ClassIndex(root))

    @classmethod
    def parse(cls, html: str) -> _Page:
        """The page parsed only up to its sidebar when what extraction reads all lies before it, else whole.

        Themes write the post, its related posts and the post navigation before the sidebar (<aside>), the
        widgets and the footer after it: half the page, which extraction never reads. The page is parsed up
        to and with the first <aside> start tag (_SIDEBAR), and the cut page serves when:
        - its last node is an <aside>: that tag's, as no text before it can make one (the search ignores
          case, as the parser does, and there is no NUL to hide a name), so the cut lies outside
          any tag, comment or script (libxml2 drops a start tag cut off, and parses no tag in a comment), and
          each element before it is as in the whole page, each closed one with the same subtree (libxml2
          appends only to the elements still open: the last node and its ancestors);
        - a body has a class, and the post's article is there and closed: every read of the post is the
          whole page's (its start tag, and the body's before it, are complete);
        - no related box (the boxes of _RELATED) is open, and no related box, related link or canonical or
          short link can start after the cut: the text after it holds none of their tokens (_AFTER_CUT),
          which no named character reference spells (test_after_cut_tokens_need_their_letters), and no
          numeric one ("&#"). No NUL anywhere: parse_page drops them, which could join text into a token.
        Else (another layout, a page not a post, a box after the sidebar) the whole page is parsed: the same
        answers, errors and warnings."""
        cut = _SIDEBAR.search(html)
        end = html.find(">", cut.end()) + 1 if cut else 0
        if end and "\0" not in html and all(html.find(token, end) < 0 for token in _AFTER_CUT):
            root = parse_prefix(html, end)
            if root is not None and (page := cls._of_prefix(root)) is not None:
                return page
        return cls.of(page_root(html))

    @classmethod
    def _of_prefix(cls, root: Any) -> _Page | None:
        last = last_node(root)
        if last.tag != "aside":
            return None
        body_class = body_class_of(root)
        if body_class is None or "single" not in body_class.split():
            return None
        post = _first_post(root)
        if post is None or open_at_end(post):
            return None
        classes = ClassIndex(root)
        if any(open_at_end(box) for token in _RELATED_BOXES for box in classes.elements(token)):
            return None
        return cls(root, body_class, post, classes)


# The sidebar's start tag (any case, as the parser reads it): see _Page.parse.
_SIDEBAR = re.compile("<aside", re.I)
# The class tokens of the related boxes and links (_RELATED; of jp-relatedposts-post-a the part without the
# j, which a named reference spells: &fjlig;), the rel tokens of the head's links, numeric references.
_RELATED_BOXES = ("related-posts", "yarpp-related")
_AFTER_CUT = (*_RELATED_BOXES, "relatedposts-post-a", "canonical", "shortlink", "&#")


def _post_scope(root: Any, body_class: str | None) -> Any:
    if "single" not in (body_class or "").split():
        raise ExtractionError(
            f"'body.single' matched nothing (body class is {body_class!r}): not a post page"
        )
    article = _first_post(root)
    if article is None:
        article = next(iter(css(root, "article.post") or css(root, ".hentry")), None)
    if article is None:
        raise ExtractionError("'article[id^=post-]' matched nothing: the post markup changed")
    return article


def _first_post(root: Any) -> Any | None:
    """article[id^=post-]: the first article whose id starts so (iter by tag is document order)."""
    return next((a for a in root.iter("article") if (a.get("id") or "").startswith("post-")), None)


def _required(found: Any | None, css: str) -> Any:
    if found is None:
        raise ExtractionError(f"'{css}' matched nothing in the post's article: the post markup changed")
    return found


def _first_h1(post: Any) -> Any:
    """The first of h1.entry-title, else of h1, in the post (the post itself included, like the XPath's
    descendant-or-self)."""
    h1s = list(post.iter("h1"))
    found = next((h for h in h1s if has_token(h.get("class"), "entry-title")), None)
    return found if found is not None else _required(next(iter(h1s), None), "h1")


class _PostLinks:
    """The post's a[rel~=author] (first), a[rel~=category] (first) and a[rel~=tag] (all), in document
    order, from one walk of its links: most have no rel and are passed over at once."""

    def __init__(self) -> None:
        self.author: Any | None = None
        self.category: Any | None = None
        self.tags: list[Any] = []

    @classmethod
    def of(cls, post: Any) -> _PostLinks:
        links = cls()
        for a in post.iter("a"):
            rel = a.get("rel")
            if rel is None:
                continue
            if links.author is None and has_token(rel, "author"):
                links.author = a
            if links.category is None and has_token(rel, "category"):
                links.category = a
            if has_token(rel, "tag"):
                links.tags.append(a)
        return links


def _link_href(root: Any, rel: str) -> str | None:
    """link[rel~=<rel>]::attr(href).get(): the href of the first such link that has one."""
    for link in root.iter("link"):
        if has_token(link.get("rel"), rel) and (href := link.get("href")) is not None:
            return href
    return None


def _post_id(shortlink: str | None, post: Any, body_class: str | None) -> int | None:
    if m := re.search(r"[?&]p=(\d+)", shortlink or ""):
        return int(m[1])
    if m := re.fullmatch(r"post-(\d+)", post.get("id", "")):
        return int(m[1])
    m = re.search(r"\bpostid-(\d+)\b", body_class or "")
    return int(m[1]) if m else None


def _canonical_url(root: Any, url: str, profile: Site | None, warnings: list[str]) -> str:
    href = _link_href(root, "canonical")
    if href:
        return _link(href, url, profile) or urljoin(url, href)
    warnings.append("link[rel=canonical] missing: the requested URL without tracking parameters stands in")
    return strip_tracking(url)


# The publication time's selectors, best first, as class tokens of a time[datetime].
_TIME_CLASSES = (("entry-date", "published"), ("published",), ("entry-date",))


def _time(scopes: list[Any]) -> tuple[str | None, str | None]:
    """(ISO datetime, text shown) of the post's publication ``time``: ``.published``, else the first.
    Selector.css on a list of scopes concatenates each scope's matches: the first is the first scope's
    that has one, for the first selector any scope matches."""
    for classes in _TIME_CLASSES:
        for scope in scopes:
            for time in scope.iter("time"):
                if time.get("datetime") is not None and all(has_token(time.get("class"), c) for c in classes):
                    return _iso(time.get("datetime")), element_text(time) or None
    return None, None


def _published(post: Any, classes: ClassIndex, warnings: list[str]) -> tuple[str | None, str | None]:
    # The post's meta first: a <time> inside the body (an event's date) is not the publication time.
    published_at, display = _time(
        classes.inside(post, ("entry-header", "entry-meta", "entry-footer")) or [post]
    )
    if published_at is None:
        published_at, display = _time([post])
    if published_at is None:
        warnings.append("time.entry-date.published[datetime] missing or unparseable")
    return published_at, display


def _iso(value: str) -> str | None:
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    # DATE_W3C always has the offset; a bare time is the site's (China has one offset, no DST).
    return (moment if moment.tzinfo else moment.replace(tzinfo=SHANGHAI)).isoformat()


def _author(post: Any, links: _PostLinks, warnings: list[str]) -> str | None:
    found = links.author
    if found is None:
        found = next(iter(css(post, ".byline .fn, .author .fn, .byline a")), None)
    if found is None:
        warnings.append("a[rel~=author] missing")
        return None
    return element_text(found) or None


def _resolved_body(content: Any) -> str:
    """``.entry-content``'s inner HTML with lazy-loaded images pointing at the real image."""
    body = copy.deepcopy(content)
    for img in body.iter("img"):
        real = next((img.get(a).strip() for a in _LAZY_ATTRS if (img.get(a) or "").strip()), None)
        if not real:
            continue
        img.set("src", real)
        for attr in _LAZY_ATTRS:
            img.attrib.pop(attr, None)
        classes = [c for c in (img.get("class") or "").split() if c not in _LAZY_CLASSES]
        if classes:
            img.set("class", " ".join(classes))
        else:
            img.attrib.pop("class", None)
    return inner_html(body)


def _related(links: list[Any], base: str, profile: Site | None) -> list[RelatedLink]:
    """The theme's or a plugin's related posts: ``.related-posts``, Jetpack's, YARPP's."""
    related = []
    for a in links:
        url = _link(a.get("href"), base, profile)
        title = squash(a.get("title") or "") or element_text(a)
        if url and title and all(r.url != url for r in related):
            related.append(RelatedLink(url=url, title=title))
    return related


_RELATED = ".related-posts a[href], #jp-relatedposts a.jp-relatedposts-post-a, .yarpp-related a[href]"


def _related_links(root: Any, classes: ClassIndex) -> list[Any]:
    """The links _RELATED selects. Without a .yarpp-related and an a.jp-relatedposts-post-a (which the other
    two parts need) and with at most one .related-posts, they are that box's a[href] below it, in document
    order; else (several boxes, which may nest, or a plugin's) the selector's own answer."""
    boxes = classes.elements("related-posts")
    if classes.elements("yarpp-related") or len(boxes) > 1:
        return css(root, _RELATED)
    if any(a.tag == "a" for a in classes.elements("jp-relatedposts-post-a")):
        return css(root, _RELATED)
    return [a for box in boxes for a in box.iterdescendants("a") if a.get("href") is not None]


def _next_page(page: Selector, base: str, profile: Site | None) -> str | None:
    href = page.css(".nav-links a.next::attr(href), a.next.page-numbers::attr(href)").get()
    href = href or page.css(".nav-links .nav-previous a::attr(href)").get()  # the_posts_navigation(): older
    return _link(href, base, profile) if href else None


def _last_page(page: Selector) -> int | None:
    numbers = [
        int(digits)
        for text in page.css(".nav-links .page-numbers:not(.next):not(.prev)").xpath("string()").getall()
        if (digits := re.sub(r"\D", "", text))
    ]
    return max(numbers) if numbers else None


def _dedupe(entries: list[ListEntry]) -> list[ListEntry]:
    # Only a theme bug would list a post twice on one page; keep the first, as a reader would.
    seen: set[str] = set()
    kept = []
    for entry in entries:
        if entry.url not in seen:
            seen.add(entry.url)
            kept.append(entry)
    return kept


# --- the REST API ----------------------------------------------------------------------------------------


def _rest_article(
    item: dict, fetched: str, site: Site, profile: Site | None, users: dict[int, str], terms: dict[int, dict]
) -> Article:
    warnings: list[str] = []
    link = item.get("link") or ""
    url = (_link(link, link, profile) or link) if link else ""
    embedded = item.get("_embedded") or {}
    author = _embedded_author(item, embedded, users, warnings)
    embedded_terms = {
        t["id"]: t for group in embedded.get("wp:term", []) for t in group if isinstance(t, dict)
    }
    known = {**terms, **embedded_terms}
    categories = [known[i] for i in item.get("categories", []) if i in known]
    tags = [known[i]["name"] for i in item.get("tags", []) if i in known]
    if len(categories) < len(item.get("categories", [])) or len(tags) < len(item.get("tags", [])):
        warnings.append("term names missing: request with _embed, or pass terms=")
    content = (item.get("content") or {}).get("rendered", "")
    return Article(
        url=url,
        site=site.name,
        post_id=item.get("id"),
        title=squash(htmllib.unescape(re.sub(r"<[^>]+>", "", (item.get("title") or {}).get("rendered", "")))),
        published_at=_rest_date(item, warnings),
        published_precision="datetime",
        date_display=None,
        views=None,
        views_observed_at=None,
        author=author,
        category=htmllib.unescape(categories[0]["name"]) if categories else None,
        category_url=(_link(categories[0].get("link"), url, profile) if categories else None),
        tags=[htmllib.unescape(t) for t in tags],
        raw_body_html=_resolved_body(parse_body(content)),
        related=[],
        fetched_at=fetched,
        warnings=warnings,
    )


def _embedded_author(item: dict, embedded: dict, users: dict[int, str], warnings: list[str]) -> str | None:
    for user in embedded.get("author", []):
        if isinstance(user, dict) and user.get("id") == item.get("author") and user.get("name"):
            return htmllib.unescape(user["name"])
    if item.get("author") in users:
        return users[item["author"]]
    warnings.append("author name missing: request with _embed, or pass users=")
    return None


def _rest_date(item: dict, warnings: list[str]) -> str | None:
    """``date`` is site time and ``date_gmt`` UTC, both without an offset: their difference is the offset."""
    try:
        local = datetime.fromisoformat(item["date"])
        gmt = datetime.fromisoformat(item["date_gmt"]).replace(tzinfo=UTC)
    except (KeyError, TypeError, ValueError):
        warnings.append("date or date_gmt missing or unparseable")
        return None
    offset = local.replace(tzinfo=UTC) - gmt
    return gmt.astimezone(timezone(offset)).isoformat()


# --- helpers ------------------------------------------------------------------------------------------


def _link(href: str | None, base: str, profile: Site | None) -> str | None:
    """An on-page link as its canonical URL: the site's rules when it has a profile, else the URL
    without fragment and tracking parameters."""
    if not href:
        return None
    absolute = urljoin(base, href.strip())
    target = profile.resolve(absolute) if profile else None
    return target.url if isinstance(target, Page) else strip_tracking(absolute)
