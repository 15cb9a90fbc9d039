"""Article pages of Z-BlogPHP 1.7 with the tpure theme -> Article, and its feed.php -> FeedEntry.

Pure functions of a saved page: no Scrapy engine, so an archived page can be re-extracted at any
time. The parts every article page has (body.article, h1, div.single) raise ExtractionError naming
the selector that failed: a page that stops matching means the site changed, and the crawl must say
so loudly. Optional parts that are missing or odd leave their field empty and add a warning.

Extraction does not clean: `raw_body_html` is div.single as served, lazy images resolved. Cleaning
is a stage of its own (parkcrawler.clean), run after this one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from itertools import compress, pairwise
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree
from parsel import Selector
from parsel.csstranslator import HTMLTranslator

from parkcrawler.extract.dates import SHANGHAI, parse_http_date, parse_tpure_date
from parkcrawler.extract.html import (
    LIBXML_CHECKED,
    LIBXML_TEXT_LIMIT,
    ExtractionError,
    inner_html,
    node_text,
    parse_page,
    parse_prefix,
    parsed_body,
    squash,
    text_content,
    utc_iso,
)
from parkcrawler.extract.lxml_css import (
    CLASS_VALUES,
    find_char_reference,
    has_token,
    last_node,
    open_at_end,
)
from parkcrawler.families.zblog_tpure.urls import post_id_from_url
from parkcrawler.items import Article, FeedEntry, ListEntry, ListPage, RelatedLink
from parkcrawler.sites import Page, Site

# The theme's stand-ins for a missing image: stock thumbnails of the related block, lazy-load placeholder.
_STOCK_IMAGE = re.compile(
    r"(?:/include/thumb/\d+\.(?:jpe?g|png|gif)|/lazyload\.(?:png|gif))(?:[?#].*)?$", re.I
)
_COLLAPSIBLE = "\t\r\n\f\v\xa0"  # with the space, what a browser collapses; U+3000 indents are kept


# The related block is read with compiled XPath on lxml elements: parsel translates CSS and wraps every
# result in a Selector on each call, which cost more than the rest of extraction on a page of eight.
_TRANSLATOR = HTMLTranslator()  # parsel's own translator: the same XPath as Selector.css


# A selector led by a class (.post, .relatecon > *) is translated to a test on every element; the same
# elements are found faster through their class attributes (libxml2 then tests only the elements that
# have one): descendant-or-self::*/@class[test on .]/.. is the same node-set, in document order.
_CLASS_LED = re.compile(
    r"descendant-or-self::\*\[@class and (contains\(@class, '[^']*'\) and "
    r"contains\(concat\(' ', normalize-space\(@class\), ' '\), ' [^']*? '\))\](.*)"
)


@cache
def _compiled(css: str) -> etree.XPath:
    xpath = _TRANSLATOR.css_to_xpath(css)
    if led := _CLASS_LED.fullmatch(xpath):
        test = led[1].replace("contains(@class,", "contains(.,")
        test = test.replace("normalize-space(@class)", "normalize-space(.)")
        xpath = f"descendant-or-self::*/@class[{test}]/..{led[2]}"
    return etree.XPath(xpath, smart_strings=False)


def _css(element: Any, css: str) -> list[Any]:
    return _compiled(css)(element)


# The class tokens of the selectors: body.article, .post, .relatecon, the related entries' .relateinfo; the
# post's .single, .info, .tags; div.info's span.user, span.date, span.cate, span.view.
_SELECTED = (
    *("article", "post", "relatecon", "relateinfo", "single", "info", "tags"),
    *("user", "date", "cate", "view"),
)
# The theme's divs whose contents _Page.parse leaves out (_shells), in page order: the post's copyright notice
# and share buttons, the same on every page but for the page's URL in the notice (_seen compares them with
# those accepted last). Not the breadcrumb: judging it cost about as many instructions as parsing it.
_SHELL_TAGS = {name: f'<div class="{name}">' for name in ("copynotice", "sharebox")}
# Not selectors': where the header skipped by _Page.parse was (_header), and the shells it emptied.
_TOKENS = (*_SELECTED, "wrapper", *_SHELL_TAGS)
# The tokens of the elements whose subtree extraction reads (their text, their links, images and paragraphs):
# all but the body's and the post's, below which it reads only the first h1 and these.
_READ_BELOW = _SELECTED[2:]

# The sidebar's start tag as the theme writes it (sidebar.php): where the content column has ended.
_SIDEBAR = '<div class="sidebar">'


class _Tokens:
    """Which of `tokens` a class value holds, as CSS's .token tests it, remembered per distinct value: a theme
    writes the same few hundred values on every page, so a page's values are looked up, not tested, and the
    lookups and the choice of the values holding a token run in C (map, compress): Python steps only for
    those. The values are kept as plain strings (a smart string would keep its page's tree alive), a bounded
    number."""

    LIMIT = 10_000

    def __init__(self, tokens: tuple[str, ...]) -> None:
        self.tokens = tokens
        self._held: dict[str, tuple[str, ...]] = {}

    def _learn(self, values: list[str]) -> None:
        held = self._held
        if len(held) + len(values) > self.LIMIT:
            held.clear()
        for value in values:  # each token as has_token tests it; most values are one token: no split
            held[str(value)] = tuple(t for t in self.tokens if t == value or has_token(value, t))

    def holders(self, classes: list[Any]) -> dict[str, list[Any]]:
        """For each token, the elements whose class (of `classes`, in document order) holds it, in document
        order."""
        try:
            held = list(map(self._held.__getitem__, classes))
        except KeyError:
            self._learn(classes)
            held = list(map(self._held.__getitem__, classes))
        found: dict[str, list[Any]] = {token: [] for token in self.tokens}
        for value, tokens in zip(compress(classes, held), filter(None, held), strict=True):
            element = value.getparent()
            for token in tokens:
                found[token].append(element)
        return found


_PAGE_TOKENS = _Tokens(_TOKENS)


@dataclass
class _Page:
    """What the whole-document selectors body.article, .post (the first inside a body.article),
    link[rel~=canonical] and .relatecon select, and the post's parts, each in document order: the links from
    lxml's walk by tag name, the rest from one XPath call (a call per selector, each walking the whole
    document, cost more than half as much as parsing the page)."""

    root: Any
    classed: dict[str, list[Any]]  # the holders of each of _TOKENS
    bodies: list[Any]  # body.article
    post: Any | None  # the first .post that is a body.article or inside one
    # canonical_href's answer once read (parse's guard reads it, then extraction): a 1-tuple, as None is one
    _canonical: tuple[str | None] | None = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def of(cls, root: Any) -> _Page:
        classed = _PAGE_TOKENS.holders(CLASS_VALUES(root))
        bodies = [e for e in classed["article"] if e.tag == "body"]
        # The first of `.post` under each body in turn is the first in document order, whether bodies nest or
        # follow each other.
        post = next((p for p in classed["post"] if any(_within(p, b) for b in bodies)), None)
        return cls(root, classed, bodies, post)

    @classmethod
    def parse(cls, html: str) -> _Page:
        """The page, parsed only up to the sidebar when what extraction reads all lies before it, else whole.

        The theme writes the content column (the post, then the related block) before the sidebar, and the
        footer after it: half the page, which extraction never reads. The page is parsed up to and with the
        sidebar's start tag. libxml2 appends only to the elements still open, so every element closed before
        the cut has the same subtree as in the whole page, and the sidebar, when its tag was parsed as one,
        is the last node, below the elements still open. The prefix serves when:
        - the first "sidebar" in the text is in that tag, and no character reference (&#) comes before it:
          then only that tag can have made an element of class sidebar (a named reference spells no ASCII
          letter), and the last node is that element only if the cut lies outside any tag, comment or
          script (libxml2 drops a start tag the cut leaves unfinished: a related box would go with it);
        - the first post and every related box were closed before it (none is among its ancestors);
        - nothing after the cut could change an answer: no related box (the one whole-page selector after
          the post) there, and no canonical link unless the prefix has one with an href (the first in
          document order wins, and the prefix's nodes are the whole page's first ones).
        Else (another layout, the tag in a post, a page not the theme's) the whole page is parsed: the same
        answers, errors and warnings either way. The head's content but its canonical link (_head), the
        header (_header) and the copyright notice's and sharebox's contents (_shells) are left out of the
        prefix when the page provably reads the same without them."""
        at = html.find("sidebar") - _SIDEBAR.index("sidebar")  # where the tag starts, if it is the tag
        end = at + len(_SIDEBAR)
        if (
            at > 0
            and html.startswith(_SIDEBAR, at)
            and find_char_reference(html, 0, at) < 0
            and html.find("relatecon", end) < 0
        ):
            head = _head(html, at)
            header = _header(html, at, end)
            shells = _shells(html, 0 if header is None else header[1], at)
            if header is not None or shells:
                text = _kept(html, [*head, *([] if header is None else [header]), *shells.values()], end)
                root = parse_prefix(text, len(text))
                if (
                    root is not None
                    and (page := cls.of(root))._closed()
                    and (header is None or page._header_unread())
                    and page._shells_unread(text, shells)
                    and (page.canonical_href() is not None or html.find("canonical", end) < 0)
                ):
                    return page
            text = _kept(html, head, end)
            root = parse_prefix(text, len(text))
            if (
                root is not None
                and (page := cls.of(root))._closed()
                and (page.canonical_href() is not None or html.find("canonical", end) < 0)
            ):
                return page
        return cls.of(parse_page(html))

    def _closed(self) -> bool:
        """Whether the parsed text's last node is the sidebar, parsed as a tag, after the first post and every
        related box were closed. The elements open at the end hold everything after their start tags, so
        they are the last node's ancestors (exactly the sidebar's, its start tag ending the text)."""
        last = last_node(self.root)
        if last.tag != "div" or last.get("class") != "sidebar":
            return False
        if self.post is None or open_at_end(self.post):
            return False
        return not any(map(open_at_end, self.classed["relatecon"]))

    def _header_unread(self) -> bool:
        """Whether the page parsed without the header (_header) reads as with it: the wrapper's tag was parsed
        as one, so the header was a child of it, and the wrapper's ancestors are a body and the root, none
        holding a token (but a body's "article"). Then nothing extraction reads holds the header: it walks
        the subtrees of elements holding a token (and their h1, a, p, img, never the header's names), and
        the whole page only for link, body and class values, none the header's (see _header)."""
        wrappers = self.classed["wrapper"]
        if len(wrappers) != 1 or (body := wrappers[0].getparent()) is None or body.tag != "body":
            return False
        if body.getparent() is not self.root or self.root.getparent() is not None:
            return False
        body_class, root_class = body.get("class") or "", self.root.get("class") or ""
        return not any(t in body_class for t in _TOKENS[1:]) and not any(t in root_class for t in _TOKENS)

    def _shells_unread(self, text: str, shells: dict[str, tuple[int, int]]) -> bool:
        """Whether the page parsed without the contents of `shells` (their names; see _shells) reads as with
        them. Each shell's name is written once in the parsed `text`, in its start tag, so that an element
        holding it is the tag's (as for the wrapper): when it is a div, the tag was parsed as one, and the
        shell's contents, which _neutral accepted, were parsed below it and closed by its </div>. Nothing
        extraction reads holds them when no ancestor of the shell is an element whose subtree it reads
        (_READ_BELOW's, the first h1 of the post) and they hold none of those (_neutral): it walks the
        whole page only for link, body and class values, none of the contents'. The shell lies far above
        libxml2's limit of open nodes, which its contents must not reach."""
        if not shells:
            return True
        read = {e for token in _READ_BELOW for e in self.classed[token]}
        read.add(_first_h1(self.post))
        for name in shells:
            found = self.classed[name]
            if len(found) != 1 or found[0].tag != "div" or text.count(name) != 1:
                return False
            ancestors = list(found[0].iterancestors())
            if len(ancestors) > _SHELL_DEPTH or not read.isdisjoint(ancestors):
                return False
        return True

    def canonical_href(self) -> str | None:
        """The href of the first link[rel~=canonical] that has one. lxml's walk by tag finds the next link
        before it yields one: a walk of the page would read it all past the canonical link, at the end of the
        head. The root's first child (the head) is walked first: after the root (not a link), its subtree
        comes first in document order, so a link found there is the first."""
        if self._canonical is None:
            root = self.root
            if not (len(root) and "link" not in root.tag and (href := _canonical_in(root[0])) is not None):
                href = _canonical_in(root)
            self._canonical = (href,)
        return self._canonical[0]

    def first_post(self) -> Any | None:
        return self.post

    def related_entries(self) -> list[tuple[Any, list[Any]]]:
        """.relatecon > *: the child elements of the box (of nested boxes, XPath's union keeps order), each
        with its .relateinfo boxes (descendant-or-self::, in document order)."""
        boxes = self.classed["relatecon"]
        if len(boxes) != 1:
            return [(e, _css(e, ".relateinfo")) for e in _css(self.root, ".relatecon > *")] if boxes else []
        box = boxes[0]
        entries = [c for c in box if isinstance(c.tag, str)]  # alive: the walks below meet these proxies
        infos: dict[Any, list[Any]] = {}
        for info in self.classed["relateinfo"]:  # in document order: so is each entry's list
            if (entry := _child_above(info, box)) is not None:
                infos.setdefault(entry, []).append(info)
        return [(entry, infos.get(entry, [])) for entry in entries]

    def post_parts(self, post: Any) -> dict[str, list[Any]]:
        """The post's h1, .single, .info and .tags (the post itself included, as descendant-or-self::)."""
        h1 = _first_h1(post)  # only the first is read
        parts = {"h1": [] if h1 is None else [h1]}
        for token in ("single", "info", "tags"):
            parts[f".{token}"] = [e for e in self.classed[token] if _within(e, post)]
        return parts

    def info_spans(self, info: Any) -> dict[str, list[Any]]:
        """Each of _INFO_PARTS' selectors' spans below div.info (or div.info itself), in document order."""
        return {
            css: [e for e in self.classed[token] if e.tag == "span" and _within(e, info)]
            for css, token in _INFO_PARTS.items()
        }


_WRAPPER = '<div class="wrapper">'  # the theme's, around its header, content column and sidebar
_HTML_SPACE = re.compile(r"[ \t\n\f\r]*")  # libxml2's IS_WS_HTML
# The names of the elements a left-out fragment may hold (the header's, the shells' contents).
_NAMES = "div|ul|li|a|span|form|button|img|input|p|strong|em|b|i|br"
_ATTRIBUTES = r'(?:[ \t\n\f\r]++[a-z][a-z0-9-]*+="[^"&\0]*+")*+[ \t\n\f\r]*+'
# A fragment as _neutral accepts it: text (no NUL, no lone surrogate: the page would not encode), start tags
# of _NAMES with double-quoted attributes (no reference, no NUL) and end tags, each read by libxml2 2.14 as
# the one token it looks like (HTML5's tokenizer: a quoted value runs to its quote, the tag to the ">" after
# it). Possessive: a text that is not one fails in linear time.
_TEXT = r"[^<\0\ud800-\udfff]*+"
_FRAGMENT = re.compile(rf"{_TEXT}(?:<(?:(?:{_NAMES}){_ATTRIBUTES}/?|/(?:{_NAMES}))>{_TEXT})*+")
# A tag in a fragment _FRAGMENT matched: (start tag's name, "/" if written <x/>, end tag's name).
_TAG = re.compile(rf"<(?:({_NAMES}){_ATTRIBUTES}(/?)|/({_NAMES}))>")
# A class attribute holding a selected token: its element would be selected (one in text only rejects more).
_SELECTED_CLASS = re.compile(rf'class="[^"]*?(?:{"|".join(_SELECTED)})')
# libxml2 2.14.6's htmlStartClose pairs (element open, start tag that closes it) among _NAMES (div included).
_CLOSES = {
    *(("a", "a"), ("b", "p"), ("form", "form"), ("i", "p"), ("li", "li"), ("ul", "form")),
    *(("p", "div"), ("p", "form"), ("p", "li"), ("p", "p"), ("p", "ul")),
}
_VOID = {"img", "input", "br"}  # libxml2 ends them at once (their end tags are not accepted)
_HEADER_DEPTH = 200  # far below libxml2's limit of 2,048 open nodes (huge_tree), which would halt the parse
_SHELL_DEPTH = 1_000  # a shell's ancestors: with its contents' 200, still below the limit


_MAIN = '<div class="main">'  # the theme's content column, after the header
_NEUTRAL: dict[str, bool] = {}  # _neutral's answer per fragment: a site's pages share a header, a sharebox
_NEUTRAL_LIMIT = 1_000
_SEEN: dict[str, list[str]] = {}  # per shell, the contents _neutral accepted last (_pieces)


def _judged(fragment: str) -> bool:
    """_neutral(fragment), remembered."""
    neutral = _NEUTRAL.get(fragment)
    if neutral is None:
        if len(_NEUTRAL) >= _NEUTRAL_LIMIT:
            _NEUTRAL.clear()
        neutral = _NEUTRAL[fragment] = _neutral(fragment)
    return neutral


def _header(html: str, at: int, end: int) -> tuple[int, int] | None:
    """Where the theme's header (from after <div class="wrapper"> and white space up to <div class="main">)
    starts and ends in the text before the sidebar tag at `at`, when the page parses the same without it
    (as far as extraction reads it: see _neutral and _Page._header_unread); else None. Half the text before
    the sidebar, which extraction never reads. "wrapper" must be written once before the sidebar, so that
    an element holding it is the tag's (no &# before the sidebar, and a named reference spells no letter)."""
    if not LIBXML_CHECKED:
        return None
    w = html.find("wrapper", 0, at) - _WRAPPER.index("wrapper")
    if w < 0 or not html.startswith(_WRAPPER, w) or html.find("wrapper", w + len(_WRAPPER), end) >= 0:
        return None
    start = _HTML_SPACE.match(html, w + len(_WRAPPER)).end()
    stop = html.find(_MAIN, start, at)
    return (start, stop) if stop >= 0 and _judged(html[start:stop]) else None


def _shells(html: str, start: int, at: int) -> dict[str, tuple[int, int]]:
    """Where the contents of the theme's shells (_SHELL_TAGS) start and end, in that order from `start` in the
    text before the sidebar tag at `at`, for each that _neutral accepts: its start tag and its </div> stay
    (see _Page._shells_unread). The </div> is found by pairing <div and </div> in the text; only _neutral's
    verdict on the contents makes it the shell's end tag (so for contents it accepted before, then a </div>,
    found by comparing them: _seen)."""
    found = {}
    if not LIBXML_CHECKED:
        return found
    for name, tag in _SHELL_TAGS.items():
        if (begin := html.find(tag, start, at)) < 0:
            continue
        pos = begin = begin + len(tag)
        if (stop := _seen(name, html, begin, at)) < 0:
            opened, stop = 1, html.find("</div>", begin, at)
            while stop >= 0 and (opened := opened + html.count("<div", pos, stop) - 1):
                pos, stop = stop + 6, html.find("</div>", stop + 6, at)
            if stop < 0 or not _judged(contents := html[begin:stop]):
                continue
            _SEEN[name] = _pieces(contents)
        found[name] = (begin, stop)
        start = stop
    return found


def _pieces(contents: str) -> list[str]:
    """`contents` split at the URL it quotes first ('"http', up to the next quote) when _quotable, else
    whole: what _seen compares."""
    start = contents.find('"http') + 1
    if start and (end := contents.find('"', start)) > 0 and _quotable(url := contents[start:end]):
        return contents.split(url)
    return [contents]


def _quotable(url: str) -> bool:
    """Whether `url`, quoted, is read alike wherever it stands in a fragment _neutral accepts: ASCII (no
    surrogate), no quote (it ends at one), "&", "<" or NUL, which a text or a value refuses; "http:" or
    "https:" first, so that it stands in no tag outside a value, where its ":" is none a tag holds."""
    return (
        url.isascii()
        and url.startswith(("http:", "https:"))
        and "&" not in url
        and "<" not in url
        and "\0" not in url
    )


def _seen(name: str, html: str, begin: int, at: int) -> int:
    """Where the contents of shell `name` at `begin` end when they are those _neutral accepted last (_SEEN's
    pieces), with another URL that is _quotable where they had theirs, and a </div> follows; else -1. The
    sharebox is the same on every page; the copyright notice but for the page's URL. _neutral accepts them:
    in the contents it accepted, each of the URL's places is in a text or a value (see _quotable), where
    _FRAGMENT and _TAG read any _quotable URL alike; the classes are searched in them (a URL in a class
    value could hold a token)."""
    if (pieces := _SEEN.get(name)) is None:
        return -1
    if len(pieces) == 1:
        contents = pieces[0]
    else:
        start = begin + len(pieces[0])
        if not html.startswith(pieces[0], begin) or (stop := html.find('"', start, at)) < 0:
            return -1
        if not _quotable(url := html[start:stop]):
            return -1
        contents = url.join(pieces)
        if _SELECTED_CLASS.search(contents):
            return -1
    stop = begin + len(contents)
    return stop if html.startswith(contents, begin) and html.startswith("</div>", stop, at) else -1


def _kept(html: str, cuts: list[tuple[int, int]], end: int) -> str:
    """The text up to `end` without the spans `cuts` (in order, apart). Each span starts after white space or
    a tag's ">" and ends before a "<": no word is made across a seam."""
    pieces, pos = [], 0
    for start, stop in cuts:
        pieces.append(html[pos:start])
        pos = stop
    pieces.append(html[pos:end])
    return "".join(pieces)


def _neutral(fragment: str) -> bool:
    """Whether libxml2 2.14 (the legacy tree builder, keepBlanks: white space is always text), parsing
    `fragment` with a div (the wrapper, a shell) as the current element, builds it below the div and returns
    to the same state, so that the rest of the page parses the same without it. It does when:
    - its tokens are text, start tags of _NAMES with quoted attributes, and end tags, each exactly matching
      the element open (a void element, or one written <x/>, is closed at once): then each end tag closes
      the element its name's start opened, and no start tag closes the element open before it (no pair of
      _CLOSES: htmlAutoClose looks at the current element first); none is html, head, body or meta (no
      discarded tag, no change of encoding), none switches the tokenizer (script, style, comment), no
      reference can spell a tag;
    - htmlCheckImplied adds nothing: the div's own start tag made sure of a body (or head) below it, or of
      the parser's INSERT_IN_BODY state, which stays; text implies a <p> only below html or head;
    - its depth stays far below libxml2's limit of open nodes, which would halt the parse;
    - no class value holds a selected token: its elements would be selected.
    Then every other element, attribute and parent is the same, the div's text only merged. The tokens are
    checked by one match, the classes by one search; only the tags are stepped through."""
    if _FRAGMENT.fullmatch(fragment) is None or _SELECTED_CLASS.search(fragment):
        return False
    opened = ["div"]
    for name, closed, end in _TAG.findall(fragment):
        if name:
            if (opened[-1], name) in _CLOSES:
                return False
            if not closed and name not in _VOID:
                opened.append(name)
                if len(opened) > _HEADER_DEPTH:
                    return False
        elif len(opened) == 1 or opened.pop() != end:
            return False
    return len(opened) == 1


# The theme's page up to its head's start tag (header.php): a doctype, <html> with quoted attributes, <head>.
_HEAD_START = re.compile(
    r"[ \t\n\f\r]*(?:<!DOCTYPE html>[ \t\n\f\r]*)?"
    r"<html(?:[ \t\n\f\r]+[a-z][a-z0-9:-]*=\"[^\"]*\")*[ \t\n\f\r]*>[ \t\n\f\r]*<head>"
)
# A token of the head as _head accepts it: white space, <meta> or <link>, or <title>, <script> or <style> with
# its text and end tag; attributes double-quoted, no "<" in a text. Possessive: each token and attribute is
# read once (backtracking states cost more than the characters).
_HEAD_VALUE = r"(?:[ \t\n\f\r]++[a-z][a-z0-9-]*+=\"[^\"]*+\")*+[ \t\n\f\r]*+"
_HEAD_TOKEN = (
    r"[ \t\n\f\r]++"
    rf"|<(?:meta|link){_HEAD_VALUE}/?>"
    rf"|<title{_HEAD_VALUE}>[^<]*+</title>"
    rf"|<script{_HEAD_VALUE}>[^<]*+</script>"
    rf"|<style{_HEAD_VALUE}>[^<]*+</style>"
)
_HEAD_ONE = re.compile(_HEAD_TOKEN)
_HEAD_TOKENS = re.compile(f"(?:{_HEAD_TOKEN})*+")
# A meta whose content differs per page (the theme's keywords and description): its value, group 2.
_HEAD_META = re.compile(r'<meta name="(keywords|description)" content="([^"]*)"')
# The head's text before its canonical link that _HEAD_TOKENS matched last, as _head_matches compares it.
_HEAD_SEEN: list[list[str]] = []


def _head_matches(html: str, start: int, stop: int) -> bool:
    """Whether _HEAD_TOKENS matches the whole of html[start:stop]. Yes when it is the text matched last with
    other texts in its title and its keywords' and description's values (_HEAD_SEEN: the pieces between
    them, each text ended by the first character of the piece after it, the "<" of </title> or a value's
    closing quote): the match read those spans only as [^<] or [^"] up to that character, so it reads any
    such text alike. Else it is matched, and its pieces remembered when it matches (its tokens read again
    by _HEAD_ONE: the same alternatives in the same order, so the ones the match took)."""
    if _HEAD_SEEN:
        pieces, pos = _HEAD_SEEN[0], start
        for piece, after in pairwise(pieces):
            if not html.startswith(piece, pos) or (pos := html.find(after[0], pos + len(piece), stop)) < 0:
                break
        else:
            if pos + len(pieces[-1]) == stop and html.startswith(pieces[-1], pos):
                return True
    if _HEAD_TOKENS.fullmatch(html, start, stop) is None:
        return False
    pieces, pos = [], start
    while pos < stop:  # the tokens the match read, each again: the first alternative that matches
        token = _HEAD_ONE.match(html, pos, stop)
        if html.startswith("<title>", pos):
            cut = (pos + 7, token.end() - 8)  # its text, before </title>
        elif (meta := _HEAD_META.match(html, pos, token.end())) is not None:
            cut = meta.span(2)  # its content's value, between quotes
        else:
            pos = token.end()
            continue
        pieces.append(html[start : cut[0]])
        start, pos = cut[1], token.end()
    pieces.append(html[start:stop])
    _HEAD_SEEN[:] = [pieces]
    return True


def _head(html: str, at: int) -> list[tuple[int, int]]:
    """The spans of the theme's head (its content, between <head> and </head>, but for the token holding
    "canonical") that the page parses the same without, as far as extraction reads it; else none. A quarter
    of the text before the sidebar at `at`, which extraction never reads but for the canonical link.

    libxml2 2.14 (LIBXML_CHECKED) parses _HEAD_START's text to html, then head below it: the open
    elements are html and head (no tag discarded), the state INSERT_IN_HEAD. From there each of _HEAD_TOKEN
    is built inside the head and returns to that state: white space is the head's text (htmlStartCharData
    only for other text); meta and link are void; title, script and style read their text (RCDATA, script
    data or RAWTEXT: without "<" it holds no tag, comment or escape) up to their end tag, which closes them;
    none is in htmlStartClose against head, htmlCheckImplied adds nothing below a head, and a start tag
    changes no other state but through htmlCheckMeta: a charset (meta charset or http-equiv Content-Type)
    goes to xmlSetDeclaredEncoding, which switches nothing when the input has an encoding (parse_page's
    parser passes encoding="utf-8": XML_INPUT_HAS_ENCODING) and only sets the document's encoding, which
    extraction never reads (lxml serialises an element without it). So the page without some of these
    tokens is the same tree but for the head's children and text, and what extraction reads there:
    - link[rel~=canonical]: the first token holding "canonical" is kept (the text before and after it
      being tokens too, it is one of the head's) and no dropped token holds one (with no &# before the
      sidebar, see parse, no NUL, which parse_page drops, and a named reference spelling no letter, a value
      decoded holds "canonical" only if its text does): the page's links holding it are the same, in order;
    - class values holding a token: a head with "class=" is kept whole (an attribute is written name=).
    Like the text after the sidebar, the text left out is not encoded: a lone surrogate there (no decoded
    response holds one) does not make parse_page raise."""
    if not LIBXML_CHECKED or (start := _HEAD_START.match(html)) is None:
        return []
    start = start.end()
    stop = html.find("</head>", start, at)
    if stop < 0 or stop - start > LIBXML_TEXT_LIMIT or html.find("class=", start, stop) >= 0:
        return []
    if html.find("\0", start, stop) >= 0:  # parse_page drops NULs: "canon\0ical" would read "canonical"
        return []
    if (kept := html.find("canonical", start, stop)) < 0:
        return [(start, stop)] if _HEAD_TOKENS.fullmatch(html, start, stop) else []
    kept = html.rfind("<", start, kept)  # a token holding "canonical" is a tag: it starts at its "<"
    if kept < 0 or (token := _HEAD_ONE.match(html, kept, stop)) is None:
        return []
    end = token.end()
    if html.find("canonical", end, stop) >= 0:
        return []
    if not (_head_matches(html, start, kept) and _HEAD_TOKENS.fullmatch(html, end, stop)):
        return []
    return [(start, kept), (end, stop)]


def _canonical_in(scope: Any) -> str | None:
    for link in scope.iter("link"):
        rel = link.get("rel")
        canonical = rel is not None and (rel == "canonical" or has_token(rel, "canonical"))
        if canonical and (href := link.get("href")) is not None:
            return href
    return None


def _first_h1(post: Any) -> Any | None:
    """The first h1 of the post, itself included: its first child when that is one (the theme's), which comes
    first in document order after the post; else lxml's walk by tag."""
    if post.tag != "h1" and len(post) and (first := post[0]).tag == "h1":
        return first
    return next(post.iter("h1"), None)


def _within(element: Any, scope: Any) -> bool:
    """Whether `element` is `scope` or inside it (descendant-or-self::): a walk up that stops at the scope
    (the parts sit a level or two below it), by identity (one proxy per node while used)."""
    while element is not None:
        if element is scope:
            return True
        element = element.getparent()
    return False


def _child_above(element: Any, ancestor: Any) -> Any | None:
    """The child of `ancestor` that is `element` or holds it; None when `element` is not inside `ancestor`."""
    while (parent := element.getparent()) is not None:
        if parent is ancestor:
            return element
        element = parent
    return None


# div.info's spans, found by their class tokens like the other parts.
_INFO_PARTS = {f"span.{c}": c for c in ("user", "date", "cate", "view")}


def _links_in(boxes: list[Any], scope: Any, css: str) -> list[Any]:
    """`css` ("<box> a"): the <a> below the boxes; below several (they may nest), the selector's own."""
    if len(boxes) > 1:
        return _css(scope, css)
    return [a for box in boxes for a in box.iterdescendants("a")]


def extract_article(
    url: str,
    html: str,
    *,
    server_time: datetime | None = None,
    fetched_at: datetime | None = None,
    site: Site,
) -> Article:
    """An article page as an Article with raw_body_html (cleaning fields empty).

    `server_time` is the site's clock when it rendered the page (HTTP Date): relative dates and the
    view count are read against it; without it, `fetched_at`, then the current time, stand in.
    """
    page = _Page.parse(html)
    root = page.root
    profile = site
    warnings: list[str] = []
    post = _post_scope(root, page, warnings)
    parts = page.post_parts(post)
    h1 = _required(parts, "h1", "div.post")
    single = _required(parts, ".single", "div.post")
    canonical, post_id = _canonical_url(page, url, profile, warnings)
    fetched = fetched_at or datetime.now(UTC)
    clock = server_time or fetched
    info = _info_scope(post, parts, warnings)
    spans = page.info_spans(info)
    # div.info in page order, so that warnings read in page order too.
    author = _optional_text(spans, "span.user", warnings)
    date_display = _optional_text(spans, "span.date", warnings)
    published_at, precision = _published(date_display, clock, profile, warnings)
    category = _links_in(spans["span.cate"], info, "span.cate a")
    if not category:
        warnings.append("span.cate a missing")
    views = _views(spans, warnings)
    fetched_iso = utc_iso(fetched)
    article = Article(
        url=canonical,
        site=site.name,
        post_id=post_id,
        title=_element_text(h1[0]),
        published_at=published_at,
        published_precision=precision,
        date_display=date_display,
        views=views,
        views_observed_at=fetched_iso if clock is fetched else utc_iso(clock),
        author=author,
        category=_element_text(category[0]) if category else None,
        category_url=_link(category[0].attrib.get("href"), canonical, profile) if category else None,
        tags=[
            name
            for a in _links_in(parts[".tags"], post, ".tags a")
            if (name := _element_text(a) or a.attrib.get("title", "").strip())
        ],
        related=_related(page.related_entries(), canonical, profile, warnings),
        raw_body_html=_resolved_body(single[0]),  # last: it changes the page's tree
        fetched_at=fetched_iso,
        warnings=warnings,
    )
    # The cleaner's tree of the body without a second parse, when provably the same (it leaves the page).
    if (parsed := parsed_body(single[0], article.raw_body_html)) is not None:
        article.parsed_body = (article.raw_body_html, *parsed)
    return article


def parse_feed(xml: str | bytes, *, site: Site) -> list[FeedEntry]:
    """The items of an RSS 2.0 feed.php with their exact pubDate (ISO 8601, the feed's own offset)."""
    feed = Selector(body=xml, type="xml") if isinstance(xml, bytes) else Selector(text=xml, type="xml")
    profile = site
    entries = []
    for item in feed.xpath("//item"):
        link = squash(item.xpath("string(link)").get()) or squash(item.xpath("string(guid)").get())
        published = parse_http_date(item.xpath("string(pubDate)").get())
        if link and published:
            title = squash(item.xpath("string(title)").get())
            entries.append(FeedEntry(_link(link, link, profile) or link, title, published.isoformat()))
    return entries


LIST_BODY_CLASSES = ("index", "category", "tag", "author", "date")


def extract_list(url: str, html: str, *, server_time: datetime | None = None, site: Site) -> ListPage:
    """A list page (home, category, tag, author, month) as its entries and its next page.

    Raises ExtractionError when the page is not a list page in this markup. A list page with
    no `div.post.item` is returned empty: the caller decides whether that is plausible.
    """
    page = Selector(text=html)
    body_class = (page.css("body::attr(class)").get() or "").split()
    if not any(c in LIST_BODY_CLASSES for c in body_class):
        raise ExtractionError(f"body class {body_class!r} is none of {LIST_BODY_CLASSES}: not a list page")
    profile = site
    clock = server_time or datetime.now(UTC)
    tz = profile.tz if profile else SHANGHAI
    entries = []
    for item in page.css(".post.item"):
        link = item.css("h2 a[href]")
        if not link:
            continue
        display = node_text(date[0]) if (date := item.css(".info .date")) else None
        published_at, precision = parse_tpure_date(display, clock, tz=tz) if display else (None, None)
        views = item.css(".info .view::text").get()
        entries.append(
            ListEntry(
                url=_link(link[0].attrib["href"], url, profile) or "",
                title=node_text(link[0]),  # the a, not the h2: a sticky h2 ends in "置顶"
                date_display=display,
                published_at=published_at,
                published_precision=precision,
                views=int(views) if views and views.strip().isdigit() else None,
                sticky=bool(item.css("h2 .istop")),
            )
        )
    return ListPage(
        url=url,
        site=site.name,
        observed_at=utc_iso(clock),
        entries=entries,
        next_url=_pagebar_link(page, "下页", url, profile),
        last_page=_last_page(_pagebar_link(page, "尾页", url, profile)),
    )


def _pagebar_link(page: Selector, label: str, base: str, profile: Site | None) -> str | None:
    for a in page.css(".pagebar a[href]"):
        if node_text(a) == label:
            return _link(a.attrib["href"], base, profile)
    return None


def _last_page(url: str | None) -> int | None:
    if url is None:
        return None
    m = re.search(r"_(\d+)\.html$", url)
    return int(m[1]) if m else 1


# --- page parts -----------------------------------------------------------------------------------------


def _post_scope(root: Any, page: _Page, warnings: list[str]) -> Any:
    if not page.bodies:
        found = next((c for b in _css(root, "body") if (c := b.get("class")) is not None), None)
        raise ExtractionError(
            f"'body.article' matched nothing (body class is {found!r}): not an article page"
        )
    if (post := page.first_post()) is not None:
        return post
    warnings.append("div.post missing: read h1 and div.single from the whole body")
    return page.bodies[0]


def _required(parts: dict[str, list[Any]], css: str, where: str) -> Any:
    found = parts[css]
    if not found:
        raise ExtractionError(f"'{css}' matched nothing in {where}: the article markup changed")
    return found


def _info_scope(post: Any, parts: dict[str, list[Any]], warnings: list[str]) -> Any:
    info = parts[".info"]
    if info:
        return info[0]
    warnings.append("div.info missing: looked for its spans in the whole post")
    return post


def _optional_text(parts: dict[str, list[Any]], css: str, warnings: list[str]) -> str | None:
    found = parts[css]
    if not found:
        warnings.append(f"{css} missing")
        return None
    return _element_text(found[0]) or None


def _published(
    display: str | None, clock: datetime, profile: Site | None, warnings: list[str]
) -> tuple[str | None, str | None]:
    if not display:
        return None, None
    published = parse_tpure_date(display, clock, tz=profile.tz if profile else SHANGHAI)
    if published[0] is None:
        warnings.append(f"span.date unparseable: {display!r}")
    return published


_VIEWS = re.compile(r"\D*?(\d[\d,]*)\D*")


def _views(spans: dict[str, list[Any]], warnings: list[str]) -> int | None:
    text = _optional_text(spans, "span.view", warnings)
    if text is None:
        return None
    digits = _VIEWS.fullmatch(text)
    if not digits:
        warnings.append(f"span.view is not a number: {text!r}")
        return None
    return int(digits[1].replace(",", ""))


def _canonical_url(
    page: _Page, url: str, profile: Site | None, warnings: list[str]
) -> tuple[str, int | None]:
    # Never the 本文链接 link or div.tpureqr[data-qrurl]: they echo the URL that was requested.
    href = page.canonical_href()
    canonical = _article_url(href, url, profile) if href else None
    if canonical is None:
        warnings.append(
            "link[rel=canonical] missing or not an article URL: built from the post id in the URL"
        )
        canonical = _article_url(url, url, profile) or _post_url_from(url) or url
    return canonical, post_id_from_url(canonical)


def _article_url(href: str, base: str, profile: Site | None) -> str | None:
    if profile:
        page = profile.resolve(href, base=base)
        return page.url if isinstance(page, Page) and page.kind == "article" else None
    return _post_url_from(urljoin(base, href))


def _post_url_from(url: str) -> str | None:
    post_id = post_id_from_url(url)
    if post_id is None:
        return None
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/index.php/post/{post_id}.html"


def _link(href: str | None, base: str, profile: Site | None) -> str | None:
    """An on-page link as its canonical URL (as an absolute URL when the site's rules skip it)."""
    if not href:
        return None
    href = href.strip()
    # urljoin returns an absolute URL as it is: skip its cost for the links the theme prints absolute.
    absolute = href if href.startswith(("http://", "https://")) else urljoin(base, href)
    target = profile.resolve(absolute) if profile else None
    return target.url if isinstance(target, Page) else absolute


def _resolved_body(single: Any) -> str:
    """div.single's inner HTML with lazy-loaded images pointing at the real image. The page's tree is changed,
    not a copy of div.single: nothing reads the tree after this."""
    for img in single.iter("img"):
        real = (img.get("data-original") or "").strip()
        if not real:
            continue
        img.set("src", real)
        del img.attrib["data-original"]
        classes = [c for c in (img.get("class") or "").split() if c != "lazyload"]
        if classes:
            img.set("class", " ".join(classes))
        else:
            img.attrib.pop("class", None)
    # Its own start tag is cut off the serialised element: without attributes inner_html knows it unwritten.
    single.attrib.clear()
    return inner_html(single)


def _related(
    entries: list[tuple[Any, list[Any]]], base: str, profile: Site | None, warnings: list[str]
) -> list[RelatedLink]:
    """The related entries, each with its .relateinfo boxes."""
    related = []
    for entry, boxes in entries:
        link = _first_in(boxes, entry, "a", linked=True)
        if link is None:
            warnings.append("a related entry without a link was skipped")
            continue
        excerpt = _first_in(boxes, entry, "p")
        image = next(entry.iter("img"), None)
        related.append(
            RelatedLink(
                url=_link(link.attrib["href"], base, profile) or "",
                title=squash(link.attrib.get("title") or "") or _element_text(link),
                excerpt_raw=_flatten(text_content(excerpt)) if excerpt is not None else "",
                image=_image_url(image) if image is not None else None,
            )
        )
    return related


def _first_in(boxes: list[Any], entry: Any, tag: str, *, linked: bool = False) -> Any | None:
    """The first element of `.relateinfo <tag>` (a[href] if linked) in the entry, else of `<tag>`: each in
    document order from lxml's walk by tag name, below several boxes (they may nest) by the selector."""
    css = f"{tag}[href]" if linked else tag
    if len(boxes) > 1:
        if found := _css(entry, f".relateinfo {css}"):
            return found[0]
    elif boxes and (found := _first_of(boxes[0].iterdescendants(tag), linked)) is not None:
        return found
    return _first_of(entry.iter(tag), linked)


def _first_of(elements: Any, linked: bool) -> Any | None:
    return next((e for e in elements if not linked or e.get("href") is not None), None)


def _image_url(img: Any) -> str | None:  # a Selector or an lxml element: both have .attrib
    url = (img.attrib.get("data-original") or img.attrib.get("src") or "").strip()
    return url if url and not _STOCK_IMAGE.search(url) else None


def _element_text(element: Any) -> str:
    return squash(text_content(element))


def _flatten(text: str) -> str:
    """Runs of spaces and _COLLAPSIBLE to one space, none at the ends, as the theme flattens excerpts; the
    U+3000 indents stay. re.sub(r"[ \t\r\n\f\v\xa0]+", " ", text).strip(" ") at a third of the cost (re
    tried a match at every position): with those characters made spaces, their runs are the runs of spaces,
    which split(" ") cuts into empty strings; the rest joined by one space is each run made one space."""
    for char in _COLLAPSIBLE:
        text = text.replace(char, " ")
    return " ".join(filter(None, text.split(" ")))
