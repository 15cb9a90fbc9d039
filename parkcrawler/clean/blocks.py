"""The block model: a body as the paragraphs a reader sees, each character tied to its HTML source.

Every leaf block element (p, h1-h6, li, a blockquote or div holding only inline content, ...) is a
block, and so is every table row, its cells joined by one space. Inline elements are concatenated
without adding spaces, a <br/> starts a new line, images contribute nothing, runs of ASCII whitespace
and &nbsp; become one space, each line is stripped (U+3000 indents included) and empty lines are
dropped. Loose text beside blocks is first wrapped in a <p>, so that every block is an element the
HTML can lose.

Every character of a block remembers the text node it came from, so a rule that cuts a sentence or a
line out of a block cuts exactly those characters out of the HTML as well.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import repeat
from typing import Any

import lxml.html

from parkcrawler.extract import html as _html

# Elements that are a block themselves (when no other block is inside) or hold blocks.
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "details", "dialog", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
# Elements whose content is never text a reader sees as article prose.
SKIP_TAGS = frozenset(
    {"script", "style", "noscript", "template", "iframe", "object", "svg", "select", "textarea", "button"}
)
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_COLLAPSIBLE = frozenset(" \t\n\r\f\v\xa0")  # browsers collapse these; U+3000 is kept
_COLLAPSE = {ord(c): " " for c in _COLLAPSIBLE}
_PLACEHOLDER_IMAGE = re.compile(r"(?:^data:|/lazyload\.(?:png|gif)(?:[?#]|$))", re.I)

Src = tuple[Any, str, int]  # (node, "text" | "tail", offset) of a text character, or (br, "br", 0)
Char = tuple[str, Src | None]  # a displayed character and where it came from (None: added here)


@dataclass(eq=False)
class Block:
    position: int  # index among the body's text blocks before cleaning
    chars: list[Char]  # the text, lines separated by "\n"
    element: Any = None  # the block's element; None for an excerpt's pseudo-block
    removed: bool = False
    cut_sources: list[Src] = field(default_factory=list)  # characters cut out, to cut from the HTML
    # Text and NFKC form, computed once per version of `chars` (rules read them many times; a cut
    # assigns a new list, which invalidates them).
    _text: tuple[list[Char], str] | None = field(default=None, repr=False)
    _norm: tuple[list[Char], str, list[int] | None] | None = field(default=None, repr=False)

    @property
    def text(self) -> str:
        if self._text is None or self._text[0] is not self.chars:
            self._text = (self.chars, "".join([ch for ch, _ in self.chars]))
        return self._text[1]

    @property
    def norm(self) -> str:
        """The text in NFKC form (what rules match); cached until the block is cut."""
        return self.norm_map()[0]

    def norm_map(self) -> tuple[str, list[int]]:
        """`nfkc_map(self.text)`, cached until the block is cut."""
        if self._norm is None or self._norm[0] is not self.chars or self._norm[2] is None:
            self._norm = (self.chars, *nfkc_map(self.text))
        return self._norm[1], self._norm[2]

    @property
    def tag(self) -> str | None:
        return self.element.tag if self.element is not None else None

    def size(self) -> int:
        text = self.text
        return len(text) - text.count("\n")

    def cut(self, indices: set[int]) -> None:
        self.cut_sources += [src for i, (_, src) in enumerate(self.chars) if i in indices and src]
        self.chars = tidy([c for i, c in enumerate(self.chars) if i not in indices])
        if not self.chars:
            self.removed = True


class _NfkcTable(dict):
    """str.translate table: code point -> that character's own NFKC form, filled on first sight."""

    def __missing__(self, code: int) -> str:
        value = self[code] = unicodedata.normalize("NFKC", chr(code))
        return value


_NFKC = _NfkcTable()


def nfkc_map(text: str) -> tuple[str, list[int]]:
    """NFKC form of `text`, and for each of its characters the index of the character it came from.

    Each character is normalised on its own (the index must map back to one source character), by
    one str.translate over a cached table; only a text with a character that expands (… -> ...)
    needs the per-character walk for its index.
    """
    if unicodedata.is_normalized("NFKC", text):
        return text, list(range(len(text)))
    normalised = text.translate(_NFKC)
    if len(normalised) == len(text):  # no character normalises to none, so each gave exactly one
        return normalised, list(range(len(text)))
    index: list[int] = []
    table = _NFKC
    for i, ch in enumerate(text):
        index += [i] * len(table[ord(ch)])
    return normalised, index


# Shared with extraction (which stands before cleaning): the body as a fragment, and back to HTML.
parse_body = _html.parse_body
inner_html = _html.inner_html


def blockify(root: Any) -> list[Block]:
    """The text blocks of a parsed body, in document order (wraps loose text in <p> on the way)."""
    elements: list[Any] = []

    def visit(container: Any) -> None:
        _wrap_loose_text(container)
        for child in container:
            if not _is_element(child) or child.tag in SKIP_TAGS:
                continue
            if child.tag == "tr" or (child.tag in BLOCK_TAGS and not _holds_blocks(child)):
                elements.append(child)
            elif _is_blocky(child):
                visit(child)

    visit(root)
    blocks: list[Block] = []
    for element in elements:
        chars = _row_chars(element) if element.tag == "tr" else tidy(_inline_chars(element, "\n"))
        if chars:
            blocks.append(Block(len(blocks), chars, element))
    return blocks


def _is_element(node: Any) -> bool:
    return isinstance(node.tag, str)  # comments and processing instructions have a function as tag


def _holds_blocks(element: Any) -> bool:
    return any(d.tag in BLOCK_TAGS for d in element.iterdescendants())


def _is_blocky(node: Any) -> bool:
    return _is_element(node) and (node.tag in BLOCK_TAGS or _holds_blocks(node))


def _wrap_loose_text(container: Any) -> None:
    """Wrap each run of inline content that holds text, between blocks, into a <p> of its own."""
    runs: list[tuple[Any, list[Any]]] = [(None, [])]  # (block the run follows or None, inline nodes)
    for child in container:
        if _is_blocky(child):
            runs.append((child, []))
        else:
            runs[-1][1].append(child)
    for after, nodes in runs:
        lead = container.text if after is None else after.tail
        texts = [lead or ""] + [_inline_text(n) + (n.tail or "") for n in nodes]
        if not "".join(texts).strip():
            continue
        paragraph = lxml.html.Element("p")
        paragraph.text = lead
        if after is None:
            container.text = None
            container.insert(0, paragraph)
        else:
            after.tail = None
            container.insert(container.index(after) + 1, paragraph)
        paragraph.extend(nodes)  # moves each node with its tail


def _inline_text(node: Any) -> str:
    return node.text_content() if _is_element(node) and node.tag not in SKIP_TAGS else ""


def _inline_chars(element: Any, br: str) -> list[Char]:
    """The element's text as (character, source) pairs; <br> becomes `br`, skipped elements nothing."""
    out: list[Char] = []

    def emit(text: str | None, node: Any, attr: str) -> None:
        if text:  # zips in C what a per-character generator did: (shown character, (node, attr, offset))
            sources = zip(repeat(node), repeat(attr), range(len(text)))
            out.extend(zip(text.translate(_COLLAPSE), sources, strict=True))

    def walk(node: Any) -> None:
        emit(node.text, node, "text")
        for child in node:
            if _is_element(child) and child.tag == "br":
                out.append((br, (child, "br", 0)))
            elif _is_element(child) and child.tag in BLOCK_TAGS:
                # Only in table cells (a leaf block holds no blocks): keep nested blocks' words apart.
                out.append((" ", None))
                walk(child)
                out.append((" ", None))
            elif _is_element(child) and child.tag not in SKIP_TAGS:
                walk(child)
            emit(child.tail, child, "tail")

    walk(element)
    return out


def _row_chars(row: Any) -> list[Char]:
    out: list[Char] = []
    for cell in row:
        if _is_element(cell) and cell.tag in ("td", "th") and (text := tidy(_inline_chars(cell, " "))):
            out += ([(" ", None)] if out else []) + text
    return out


def tidy(chars: list[Char]) -> list[Char]:
    """Split at "\\n", collapse spaces, strip each line, drop empty lines, rejoin with the same "\\n"."""
    lines: list[tuple[Char | None, list[Char]]] = [(None, [])]  # (the "\n" before the line, the line)
    for char in chars:
        if char[0] == "\n":
            lines.append((char, []))
        elif not (char[0] == " " and lines[-1][1] and lines[-1][1][-1][0] == " "):
            lines[-1][1].append(char)
    out: list[Char] = []
    for newline, line in lines:
        start, end = 0, len(line)
        while start < end and line[start][0].isspace():
            start += 1
        while end > start and line[end - 1][0].isspace():
            end -= 1
        if start < end:
            out += ([newline or ("\n", None)] if out else []) + line[start:end]
    return out


def line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def apply_cuts(sources: list[Src]) -> None:
    """Delete cut characters from their text nodes, then the <br>s that separated cut lines."""
    offsets: dict[tuple[Any, str], set[int]] = defaultdict(set)
    breaks = []
    for node, attr, offset in sources:
        if attr == "br":
            breaks.append(node)
        else:
            offsets[(node, attr)].add(offset)
    for (node, attr), cut in offsets.items():
        text = getattr(node, attr) or ""
        setattr(node, attr, "".join(ch for i, ch in enumerate(text) if i not in cut) or None)
    for br in breaks:
        br.drop_tree()  # keeps its tail


def images_of(root: Any) -> list[str]:
    urls: list[str] = []
    for img in root.iter("img"):
        url = (img.get("data-original") or img.get("src") or "").strip()
        if url and not _PLACEHOLDER_IMAGE.search(url) and url not in urls:
            urls.append(url)
    return urls
