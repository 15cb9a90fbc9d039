"""What every family's extractor shares: the one error a page that stops matching raises, and text helpers.

One ExtractionError for all families, so the pipelines, reparse and the health check catch a page that no
longer matches whatever CMS it was built with.
"""

from __future__ import annotations

import html as htmllib
import re
from datetime import UTC, datetime
from typing import Any

import lxml.html
from lxml import etree
from parsel import Selector
from parsel.selector import create_root_node


class ExtractionError(ValueError):
    """The page is not a page of this kind in the family's markup; the message names what failed."""


# The last page page_selector parsed: (text, its Selector).
_LAST_PAGE: tuple[str | None, Selector | None] = (None, None)


def page_selector(html: str) -> Selector:
    """Selector(text=html), the same Selector again for the same text. The spider reads a page's links, a
    DedeCMS list page's body class and entries, and a DedeCMS article's page bar from one text: parsed once,
    not once for each (a Selector is only read, never changed). One page is kept, so the text is compared
    (by identity first: the spider hands each reader the same str of a response) and nothing grows."""
    global _LAST_PAGE
    text, selector = _LAST_PAGE
    if selector is None or not (text is html or text == html):
        selector = Selector(text=html)
        _LAST_PAGE = (html, selector)
    return selector


def node_text(node: Selector) -> str:
    """A node's text content, white space folded."""
    return squash(node.xpath("string()").get())


def squash(text: str | None) -> str:
    """White space runs to one space, none at the ends: re.sub(r"\\s+", " ", text).strip() at a fifth of the
    cost (re's \\s is what str.split and str.strip take for white space, str.isspace, on every code point)."""
    return " ".join(text.split()) if text else ""


def utc_iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


# What parsel reads as XML (a declaration) or JSON (an object or array) rather than HTML.
_NOT_HTML = re.compile(r"[\s\ufeff]*(?:<\?xml\s|[\[{])")


# parsel's parser for HTML (create_root_node's), made once, and without the table of id attributes (XML IDs,
# read only by XPath's id(), which extraction does not call): the same tree.
_PAGE_PARSER = etree.HTMLParser(recover=True, encoding="utf-8", huge_tree=True, collect_ids=False)


def parse_page(html: str) -> Any:
    """The root of a page as parsel's `Selector(text=html).root` (same parser, options and type detection),
    but of lxml's plain element class: lxml.html's classes are looked up by a Python call for each element
    read, and extraction uses none of their methods. Text parsel may not read as HTML goes through parsel."""
    if _NOT_HTML.match(html):
        return Selector(text=html).root
    try:
        # create_root_node's bytes: stripped, NULs dropped, UTF-8. NUL is one byte in UTF-8 and in no other
        # character's encoding, so it is dropped from the bytes, where the search costs a fraction.
        body = html.strip().encode("utf-8").replace(b"\0", b"") or b"<html/>"
    except UnicodeEncodeError:  # a lone surrogate: parsel's own error
        return create_root_node(html, etree.HTMLParser)
    root = etree.fromstring(body, _PAGE_PARSER)
    return root if root is not None else etree.fromstring(b"<html/>", _PAGE_PARSER)


def parse_prefix(html: str, end: int) -> Any | None:
    """parse_page of the page's first `end` characters, or None for a page parse_page would not read as
    HTML (a prefix may read otherwise). What is cut off is not parsed at all: a family that knows where its
    template's part worth reading ends says where, and checks the tree it gets (see zblog_tpure)."""
    return None if _NOT_HTML.match(html) else parse_page(html[:end])


# What lxml.html's fragment parser takes for a whole document, not a fragment to wrap in <html><body>.
_FULL_HTML = re.compile(r"^\s*<(?:html|!doctype)", re.I)


def parse_body(html: str) -> Any:
    """The body HTML as the children of a wrapper <div>: lxml.html.fragment_fromstring(html,
    create_parent="div"), but the <body> it parses the fragment into is the wrapper, renamed, rather
    than a new <div> its nodes are moved into (moving a node walks its subtree). The same tree below
    the wrapper; the wrapper has a parent, the <html> element, which nothing below reads."""
    return _body(html, lxml.html.html_parser)


# lxml.html's parser (the same options: it only adds its element classes) without its element classes.
_PLAIN_PARSER = etree.HTMLParser()


def parse_body_plain(html: str) -> Any:
    """parse_body's tree of lxml's plain elements, for the cleaner: lxml.html's classes are looked up by a
    Python call for each element read, and the cleaner uses none of their methods (drop_tree and
    text_content, below, work on both)."""
    return _body(html, _PLAIN_PARSER)


def _body(html: str, parser: Any) -> Any:
    html = html or ""
    if _FULL_HTML.match(html):
        return lxml.html.fragment_fromstring(html, create_parent="div", parser=parser)
    document = lxml.html.document_fromstring(f"<html><body>{html}</body></html>", parser=parser)
    bodies = [e for e in document if e.tag == "body"]
    if document.tag != "html" or len(bodies) != 1:
        # what lxml would assert about
        return lxml.html.fragment_fromstring(html, create_parent="div", parser=parser)
    body = bodies[0]
    body.tag = "div"
    body.attrib.clear()
    if not (body.text and body.text.strip()):
        body.text = None  # the fragment parser keeps leading text only when it is more than white space
    return body


def text_content(element: Any) -> str:
    """lxml.html's HtmlElement.text_content (XPath's string()), for any element: its text nodes' content
    joined, by libxml2's text serialisation (the same xmlBufGetNodeContent) without an XPath call's cost.
    An element without children (len counts elements, comments, PIs and entity references: what is not
    text) holds only text nodes, all of which its .text joins: the serialiser's call is skipped."""
    if not len(element):
        return element.text or ""
    return etree.tostring(element, method="text", encoding="unicode", with_tail=False)


def drop_tree(element: Any) -> None:
    """lxml.html's HtmlElement.drop_tree, for any element: removed with its content, its tail kept."""
    parent = element.getparent()
    assert parent is not None
    if element.tail:
        previous = element.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + element.tail
        else:
            previous.tail = (previous.tail or "") + element.tail
    parent.remove(element)


def inner_html(element: Any) -> str:
    """An element's content as HTML, without the element's own tag: its text escaped here, its children as
    lxml.html.tostring writes each with its tail. The children are serialised in one call, inside the
    element's own tags, which are cut off: a call per child cost more than the serialising."""
    text = element.text
    escaped = htmllib.escape(text, quote=False) if text else ""
    if not len(element):
        return escaped.strip()
    return (escaped + _children_html(element, text)).strip()


def _children_html(element: Any, text: str | None) -> str:
    # The element's text is escaped by the caller; without text nodes there is nothing to take out.
    if text is not None:
        element.text = None
        try:
            whole = html_tostring(element, with_tail=False)
        finally:
            element.text = text
    else:
        whole = html_tostring(element, with_tail=False)
    tag = element.tag
    start, end = _start_tag(element, tag), f"</{tag}>"
    if start is not None and whole.startswith(start) and whole.endswith(end):
        return whole[len(start) : -len(end)]
    return "".join(html_tostring(child) for child in element)


# What lxml.html.tostring takes out of what libxml2 writes (lxml/html/__init__.py, the same regex).
_META_CONTENT_TYPE = '<meta http-equiv="Content-Type"'
_META_SUB = re.compile(r'<meta http-equiv="Content-Type"[^>]*>').sub


def html_tostring(element: Any, *, with_tail: bool = True) -> str:
    """lxml.html.tostring(element, encoding="unicode", with_tail=with_tail): the same serialisation call, then
    its <meta http-equiv="Content-Type"> removal only when the text holds the regex's literal start (without
    it the regex matches nothing: a search of the literal costs a fraction of re's scan of every position)."""
    html = etree.tostring(element, method="html", encoding="unicode", with_tail=with_tail)
    return _META_SUB("", html) if _META_CONTENT_TYPE in html else html


def _start_tag(element: Any, tag: str) -> str | None:
    """The element's start tag as serialised: a copy without content written alone when it has attributes
    (their escaping is libxml2's); None when no copy can be made (a name etree refuses: xml:lang)."""
    if not element.attrib:
        return f"<{tag}>"
    try:
        alone = html_tostring(etree.Element(tag, dict(element.attrib)))
    except ValueError:
        return None
    end = f"</{tag}>"
    return alone[: -len(end)] if alone.endswith(end) else None
