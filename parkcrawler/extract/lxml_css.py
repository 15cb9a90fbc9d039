"""Reading a page's lxml tree by parsel's selectors without parsel's Selectors (the DedeCMS and WordPress
extractors): each CSS selector as the same XPath, compiled once, and the class tokens of the whole page
from one list of its class values, where parsel's class-led XPath tests every element.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from lxml import etree
from parsel.csstranslator import HTMLTranslator

from parkcrawler.extract.html import parse_page, squash, text_content


def page_root(html: str) -> Any:
    root = parse_page(html)
    if not isinstance(root, etree._Element):  # a JSON document: parsel's Selector refuses CSS on it
        raise ValueError("Cannot use css on a Selector of type 'json'")
    return root


_TRANSLATOR = HTMLTranslator()  # parsel's translator for HTML: Selector.css's XPath


@cache
def _compiled(selector: str) -> etree.XPath:
    return etree.XPath(_TRANSLATOR.css_to_xpath(selector), smart_strings=False)


def css(element: Any, selector: str) -> list[Any]:
    """Selector.css(selector) on the element, as lxml elements (or strings, for ::attr): the same XPath, once
    compiled, without a Selector for each result."""
    return _compiled(selector)(element)


_XML_SPACE = re.compile(r"[ \t\r\n]+")  # what XPath's normalize-space folds, unlike str.split


def has_token(value: str | None, token: str) -> bool:
    """CSS's [attr~=token] (and .token for class) as parsel's XPath tests it (normalize-space's tokens)."""
    return value is not None and token in value and token in _XML_SPACE.split(value)


def find_char_reference(text: str, start: int | None = None, end: int | None = None) -> int:
    """text.find("&#", start, end): where a numeric character reference could start. str.find of one
    character runs memchr over the text (for UCS-2 text, over its bytes), of two characters a skip search
    that steps a few characters at a time: about a third of the cost on the theme's pages, where "&" is rare
    (two or three before the sidebar). The same slice semantics: "#" is looked for inside the same bounds."""
    at = text.find("&", start, end)
    while at >= 0 and not text.startswith("#", at + 1, end):
        at = text.find("&", at + 1, end)
    return at


def body_class_of(root: Any) -> str | None:
    """body::attr(class).get(): the first body (in document order, the root included) with a class."""
    return next((c for body in root.iter("body") if (c := body.get("class")) is not None), None)


def last_node(root: Any) -> Any:
    """The last node in document order but text: the last child (element, comment, PI) down from the root."""
    while len(root):
        root = root[-1]
    return root


def open_at_end(element: Any) -> bool:
    """Whether `element` is the last node (but text: the last child, element, comment or PI, down from the
    root) or one of its ancestors: it and each of its ancestors but the root are their parent's last child
    (getnext() and [-1] count the same children)."""
    while (parent := element.getparent()) is not None:
        if element.getnext() is not None:
            return False
        element = parent
    return True


# The class attribute of every element, in document order, as strings that know their element (getparent()):
# one walk of the page in libxml2. A selector led by a class, as parsel translates it, tests every element
# in XPath: on a WordPress page its three related-posts selectors cost as much as parsing it.
CLASS_VALUES = etree.XPath("descendant-or-self::*/@class", regexp=False)  # no EXSLT re: to register


class ClassIndex:
    """Which elements of the page hold a class token, in document order."""

    def __init__(self, root: Any) -> None:
        self.values = CLASS_VALUES(root)
        # No value holds a NUL (libxml2's strings end at one): each place a token is found in the values
        # joined by NULs lies inside one value, the one whose index is the number of NULs before it.
        self.joined = "\0".join(self.values)

    def holders(self, token: str) -> list[tuple[int, Any]]:
        """(index of its class value, element) of each element whose class holds the token, in order."""
        found = []
        joined, values = self.joined, self.values
        at = joined.find(token)
        while at >= 0:
            index = joined.count("\0", 0, at)
            value = values[index]
            if value == token or has_token(value, token):
                found.append((index, value.getparent()))
            end = joined.find("\0", at)  # on from the next value
            at = joined.find(token, end) if end >= 0 else -1
        return found

    def elements(self, token: str) -> list[Any]:
        return [element for _, element in self.holders(token)]

    def inside(self, scope: Any, tokens: tuple[str, ...]) -> list[Any]:
        """The elements of scope (scope included) that hold any of the tokens: the union of the selectors
        .token in scope, in document order, each once."""
        found = dict(h for token in tokens for h in self.holders(token))
        return [e for _, e in sorted(found.items()) if e is scope or scope in e.iterancestors()]


def element_text(element: Any) -> str:
    """node_text of an lxml element: its text content, white space folded."""
    return squash(text_content(element))
