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

import bisect
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import lxml.html

from parkcrawler.extract import html as _html
from parkcrawler.extract.script import class_ranges, to_simplified, traditional_characters

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
# Each of them to one space, one for one. A regex, not str.translate: translate looks every character
# up in its table, and each miss (any CJK character) costs a raised and caught LookupError.
_COLLAPSE = re.compile("[" + re.escape("".join(sorted(_COLLAPSIBLE))) + "]")
# What _COLLAPSE changes is never printable (str.isprintable: \t\n\r\f\v are controls, \xa0 a separator; the
# space it maps to itself), nor is U+3000, which indents a paragraph: a text that is printable once its
# leading U+3000s are stripped holds nothing to collapse, and is its own collapsed form. That test is a
# few instructions a character in C; re's scan of the class cost ten times as much (5k per paragraph).
_INDENT = "\u3000"
_PLACEHOLDER_IMAGE = re.compile(r"(?:^data:|/lazyload\.(?:png|gif)(?:[?#]|$))", re.I)

Src = tuple[Any, str, int]  # (node, "text" | "tail", offset) of a text character, or (br, "br", 0)
# Where a stretch of a block's text comes from: its characters [start, end) are those of node's `attr`
# ("text" | "tail") from `offset` on, one for one, or one <br/> (br, "br", 0). Characters no run covers
# were added here (the space between table cells). Runs, not a source per character: only a cut needs
# a character's source, and building a tuple per character was most of the cost of cutting a body up.
Run = tuple[int, int, Any, str, int]  # (start, end, node, attr, offset)
_SPACE_RUN = re.compile(" {2,}")


@dataclass(eq=False, slots=True, init=False)  # slots: ten blocks are made per article, and read often
class Block:
    position: int  # index among the body's text blocks before cleaning
    text: str  # lines separated by "\n"
    element: Any = None  # the block's element; None for an excerpt's pseudo-block
    runs: list[Run] = field(default_factory=list)  # where its characters come from, in order
    removed: bool = False
    cut_sources: list[Src] = field(default_factory=list)  # characters cut out, to cut from the HTML
    # The element's tag, read once (lxml makes a new string at every read; the cleaner renames no element);
    # None for a pseudo-block. Blockify hands over the tag it has read already.
    tag: str | None = None
    # The text in NFKC form (what rules match) and for each of its characters the index of the text's
    # character it came from: set with the text (rules read `norm` tens of times per block, and every
    # block is read: a plain attribute, not a property).
    norm: str = field(init=False, repr=False)
    _index: list[int] | None = field(init=False, repr=False)  # None until asked for when it is 0, 1, 2 ...

    def __init__(
        self,
        position: int,
        text: str,
        element: Any = None,
        runs: list[Run] | None = None,
        removed: bool = False,
        cut_sources: list[Src] | None = None,
        tag: str | None = None,
        *,
        normalise: bool = True,
    ) -> None:
        """The dataclass's own fields, and `norm` and its index unless `normalise` is False (blockify
        then sets them for all blocks at once). Written out, not the dataclass's __init__ and a
        __post_init__: one Python call per block instead of two."""
        self.position, self.text, self.element, self.removed = position, text, element, removed
        self.runs = [] if runs is None else runs
        self.cut_sources = [] if cut_sources is None else cut_sources
        self.tag = element.tag if tag is None and element is not None else tag
        if normalise:
            self.norm, self._index = _nfkc(text)

    def norm_map(self) -> tuple[str, list[int]]:
        """`nfkc_map(self.text)`."""
        if self._index is None:
            self._index = list(range(len(self.text)))
        return self.norm, self._index

    def size(self) -> int:
        text = self.text
        return len(text) - text.count("\n")

    def cut(self, indices: set[int]) -> None:
        self.cut_sources += [src for i in sorted(indices) if (src := _source(self.runs, i)) is not None]
        kept, start = [], 0
        for i in sorted(indices):
            if i > start:
                kept.append((start, i))
            start = max(start, i + 1)
        if start < len(self.text):
            kept.append((start, len(self.text)))
        self.text, self.runs = _tidy(*_select(self.text, self.runs, kept))
        self.norm, self._index = _nfkc(self.text)
        if not self.text:
            self.removed = True


def _source(runs: list[Run], i: int) -> Src | None:
    """The source of character `i`, None when it was added here."""
    at = bisect.bisect_right(runs, i, key=lambda run: run[0]) - 1
    if at < 0 or i >= runs[at][1]:
        return None
    start, _, node, attr, offset = runs[at]
    return (node, attr, offset + i - start)


def _select(text: str, runs: list[Run], spans: list[tuple[int, int]]) -> tuple[str, list[Run]]:
    """The characters of `text` within `spans` (in order, not overlapping), with their runs."""
    if len(spans) == 1 and len(runs) == 1:  # a stripped paragraph of plain text, most calls: the loop below
        (a, b), (start, end, node, attr, offset) = spans[0], runs[0]
        low, high = (a if a > start else start), (b if b < end else end)
        return text[a:b], [(low - a, high - a, node, attr, offset + low - start)] if low < high else []
    out: list[Run] = []
    j, position, count = 0, 0, len(runs)
    for a, b in spans:
        while j < count and runs[j][1] <= a:
            j += 1
        for k in range(j, count):
            start, end, node, attr, offset = runs[k]
            if start >= b:
                break
            low = a if a > start else start  # the run's part within the span (max, min without calls)
            high = b if b < end else end
            if low < high:
                out.append((position + low - a, position + high - a, node, attr, offset + low - start))
        position += b - a
    return "".join([text[a:b] for a, b in spans]), out


class _NfkcTable(dict):
    """str.translate table: code point -> that character's own NFKC form, filled on first sight."""

    def __missing__(self, code: int) -> str:
        value = self[code] = unicodedata.normalize("NFKC", chr(code))
        return value


_NFKC = _NfkcTable()

# Characters that are their own NFKC form, checked once here: ASCII, the CJK ideographs and the CJK and
# general punctuation (。、“”《》【】—). Any other character is looked up in the table; these, most of a
# Chinese text, are skipped by one regex instead of a table lookup each in str.translate.
_STABLE_RANGES = ((0x00, 0x7F), (0x2010, 0x2027), (0x3001, 0x303F), (0x4E00, 0x9FFF))


def _stable_codes() -> list[int]:
    """The characters of _STABLE_RANGES that are their own NFKC form."""
    return [
        code
        for low, high in _STABLE_RANGES
        for code in range(low, high + 1)
        if unicodedata.normalize("NFKC", chr(code)) == chr(code)
    ]


_STABLE = _stable_codes()
# A character that may not be its own NFKC form (any but _STABLE); _MAY_CHANGE, below, adds traditional ones.
_MAY_CHANGE_FORM = re.compile(f"[^{class_ranges(_STABLE)}]")


def _own_form(match: re.Match[str]) -> str:
    return _NFKC[ord(match[0])]


def nfkc_chars(text: str) -> str:
    """Each character of `text` in its own NFKC form (no fold to simplified characters)."""
    return _MAY_CHANGE_FORM.sub(_own_form, text)


class _FormTable(dict):
    """Character -> (what nfkc_map makes of it: its own NFKC form folded to simplified characters, whether
    every character of that form is its own such form), filled on first sight."""

    def __missing__(self, ch: str) -> tuple[str, bool]:
        form = to_simplified(_NFKC[ord(ch)])
        value = self[ch] = (form, all(to_simplified(_NFKC[ord(c)]) == c for c in form))
        return value


_FORMS = _FormTable()


# Any character nfkc_map may change (not its own NFKC form, or traditional): one class below U+10000,
# compiled into a bitmap (one lookup per character), and everything above.
_TRADITIONAL = traditional_characters()
_MAY_CHANGE = re.compile(f"[^{class_ranges([c for c in _STABLE if chr(c) not in _TRADITIONAL])}]")


def nfkc_map(text: str) -> tuple[str, list[int]]:
    """NFKC form of `text` (traditional characters folded to simplified), and for each of its characters
    the index of the character it came from.

    Each character is normalised on its own (the index must map back to one source character), by
    a cached table, for the characters not known to be kept as they are.
    """
    normalised, index = _nfkc(text)
    return normalised, index if index is not None else list(range(len(text)))


def _nfkc(text: str) -> tuple[str, list[int] | None]:
    """nfkc_map, with None for an index that is each character's own position."""
    normalised, odd = _replace_forms(text)
    return _nfkc_each(text) if odd else (normalised, None)


def _replace_forms(text: str) -> tuple[str, list[int]]:
    """`text` with each character whose form is one character kept as it is (`settled`) replaced by that
    form, and the positions of the others (left as they are: `_nfkc_each` must map them).

    Each distinct character replaced at once, not one call per occurrence. The same as replacing all
    of them together: a form put in is made of characters kept as they are, which no later replacement
    touches. The distinct characters are found by searching on from the last one (most blocks hold one
    or two, the full-width comma most often), not by listing every occurrence: a form is one character,
    so positions stay, and every occurrence of a character found is replaced at once, so each search
    finds a character not seen yet, a form put in (settled: its own form, nothing to do), or another
    occurrence of a character left as it is."""
    normalised, at, odd = text, 0, []
    while (found := _MAY_CHANGE.search(normalised, at)) is not None:
        ch = found[0]
        form, settled = _FORMS[ch]
        if not settled or len(form) != 1:
            odd.append(found.start())
        elif form != ch:
            normalised = normalised.replace(ch, form)
        at = found.end()
    return normalised, odd


def _nfkc_each(text: str) -> tuple[str, list[int] | None]:
    """nfkc_map by its definition, character by character."""
    forms = [_FORMS[ch][0] for ch in text]
    normalised = "".join(forms)
    if len(normalised) == len(text):  # no character normalises to none, so each gave exactly one
        return normalised, None
    return normalised, [i for i, form in enumerate(forms) for _ in form]


# Shared with extraction (which stands before cleaning): the body as a fragment, and back to HTML.
parse_body = _html.parse_body
parse_body_plain = _html.parse_body_plain
inner_html = _html.inner_html


def blockify(root: Any) -> list[Block]:
    """The text blocks of a parsed body, in document order (wraps loose text in <p> on the way).

    `nodes` holds a proxy for every node under root until the blocks are made: lxml hands out the proxy
    alive for a node, so the walks after `_holders` (of the holders' children, of each block's inline
    nodes) find the proxies made once, instead of making each anew and freeing it (about 700
    instructions a node). The same nodes, so the same blocks."""
    nodes = list(root.iterdescendants())
    elements: list[tuple[Any, str]] = []
    _collect(root, _holders(root, nodes), elements)
    blocks: list[Block] = []
    for element, tag in elements:
        text, runs = _row_text(element) if tag == "tr" else _inline_text_runs(element, "\n")
        if text:
            blocks.append(_leaf_block(len(blocks), text, element, runs, tag))
    _normalise(blocks)
    return blocks


_new = object.__new__


def _leaf_block(position: int, text: str, element: Any, runs: list[Run], tag: str) -> Block:
    """`Block(position, text, element, runs, tag=tag, normalise=False)` (its `norm` and index left for
    `_normalise`): its fields set here. Calling the class (its __init__ through type's call, with a
    keyword) cost three times as much, 4.5k instructions per block."""
    block = _new(Block)
    block.position, block.text, block.element, block.runs, block.tag = position, text, element, runs, tag
    block.removed, block.cut_sources = False, []
    return block


def _normalise(blocks: list[Block]) -> None:
    """Set each block's NFKC form and index, as `Block` does, for all blocks at once.

    One `_replace_forms` of all texts, not one `_nfkc` each: a Chinese body's blocks share their
    full-width punctuation, which is then replaced once for the body instead of once per block. The
    same forms: each character is mapped on its own, so the form of a concatenation is the
    concatenation of the forms, and where every character's form is one character (no `odd` one in
    the text) each text's form is the slice of the whole at the text's own place, index None."""
    normalised, odd = _replace_forms("".join([b.text for b in blocks]))
    start = 0
    for block in blocks:
        end = start + len(block.text)
        if odd and (i := bisect.bisect_left(odd, start)) < len(odd) and odd[i] < end:
            block.norm, block._index = _nfkc(block.text)  # a character to map on its own: `_nfkc_each`
        else:
            block.norm, block._index = normalised[start:end], None
        start = end


def _collect(container: Any, holders: set[Any], elements: list[tuple[Any, str]]) -> None:
    """Append the leaf blocks under `container` to `elements` with their tags, in document order,
    wrapping each run of inline content that holds text, between blocks, into a <p> of its own (`_wrap`)
    on the way.

    One walk of the children does both: the <p>s are made in the walk and put in the tree after it (a
    child moved while lxml iterates its siblings would end the walk), and a <p> holds inline nodes only,
    so it is a leaf block, as the walk of the wrapped children would have found. A function of the
    module, not a closure of blockify: a closure that calls itself is a reference cycle, which would keep
    the parsed body alive until the garbage collector's next pass."""
    wraps: list[tuple[Any, Any, list[Any]]] = []  # (<p>, the block it follows or None, inline nodes)
    after: Any = None  # the block child the current run of inline nodes follows; None: the start
    nodes: list[Any] = []
    for child in container:
        tag = child.tag  # read once: lxml makes a new string at every read
        holds = child in holders
        if not isinstance(tag, str) or (tag not in BLOCK_TAGS and not holds):
            nodes.append(child)  # inline (comments and processing instructions too): a run goes on
            continue
        lead = container.text if after is None else after.tail
        if nodes or (lead and not lead.isspace()):  # else the run is blank (the common case: no call)
            _wrap_later(lead, after, nodes, wraps, elements)
        after, nodes = child, []
        if tag in SKIP_TAGS:
            continue
        if not holds or (tag == "tr" and not _layout_row(child)):  # a block tag holding no block, a row
            elements.append((child, tag))
        else:  # blocky: a block tag holding blocks, or anything holding them
            _collect(child, holders, elements)
    lead = container.text if after is None else after.tail
    if nodes or (lead and not lead.isspace()):  # as in the walk: a blank run makes no <p> (most calls)
        _wrap_later(lead, after, nodes, wraps, elements)
    for paragraph, after, nodes in wraps:
        _wrap(container, paragraph, after, nodes)


def _is_element(node: Any) -> bool:
    return isinstance(node.tag, str)  # comments and processing instructions have a function as tag


def _holders(root: Any, nodes: list[Any]) -> set[Any]:
    """The elements under `root` (and root) with a block element among their descendants, found in one
    walk of its descendants, `nodes`: each block element marks its ancestors, up to the first one already
    marked. lxml hands out the same proxy for an element while one is alive, and the set keeps them alive.

    Wrapping loose text in a <p> (below) changes no answer: it only happens inside an element that
    holds blocks already (or root), and the <p> holds none of the inline nodes it takes in.
    """
    holders: set[Any] = set()
    stop = root.getparent()
    for element in nodes:  # not iterdescendants(*BLOCK_TAGS): lxml compares each name with every one
        if element.tag in BLOCK_TAGS:  # of the 41, three times slower than this
            parent = element.getparent()
            while parent is not stop and parent not in holders:
                holders.add(parent)
                parent = parent.getparent()
    return holders


def _layout_row(row: Any) -> bool:
    """A row of a layout table: a cell holds another table or several paragraphs, so the row is no line
    of data and its blocks stand for themselves (a cell wrapping its one value in <p> is still data)."""
    for cell in row:
        if not _is_element(cell):
            continue
        blocks = [d for d in cell.iterdescendants() if d.tag in ("p", "table", "div", "ul", "ol", "h2", "h3")]
        if len(blocks) >= 2 or any(d.tag == "table" for d in blocks):
            return True
    return False


def _wrap_later(
    lead: str | None, after: Any, nodes: list[Any], wraps: list[Any], elements: list[tuple[Any, str]]
) -> None:
    """When the run of inline `nodes` after the block `after` (None: the container's start), led by the
    text `lead` (the container's text or `after`'s tail), holds text: a new <p> for it, a block in
    `elements`, to be put in the tree by `_wrap`."""
    if not (_has_text(lead) or any(_has_text(n.tail) or _has_text(_inline_text(n)) for n in nodes)):
        return
    paragraph = lxml.html.Element("p")
    paragraph.text = lead
    wraps.append((paragraph, after, nodes))
    elements.append((paragraph, "p"))


def _has_text(text: str | None) -> bool:
    """Whether `text` holds more than white space: a concatenation of strings has text exactly when one
    of them has (strip and isspace read the same white space), so a run is tested string by string and
    stops at the first with text, instead of joining and stripping all of them."""
    return bool(text) and not text.isspace()  # type: ignore[union-attr]


def _wrap(container: Any, paragraph: Any, after: Any, nodes: list[Any]) -> None:
    """Put `paragraph` where the run of inline `nodes` after the block `after` stood, and the run in it."""
    if after is None:
        container.text = None
        container.insert(0, paragraph)
    else:
        after.tail = None
        container.insert(container.index(after) + 1, paragraph)
    paragraph.extend(nodes)  # moves each node with its tail


def _inline_text(node: Any) -> str:
    return _html.text_content(node) if _is_element(node) and node.tag not in SKIP_TAGS else ""


def _inline_text_runs(element: Any, br: str) -> tuple[str, list[Run]]:
    """The element's text and its runs, tidied; <br> becomes `br`, skipped elements nothing."""
    if not len(element):  # a paragraph of plain text, most blocks: no walk
        text = element.text
        if not text:
            return "", []
        # One for one, and every "\n" a space: one line.
        line = text if text.lstrip(_INDENT).isprintable() else _COLLAPSE.sub(" ", text)
        if "  " in line:
            return _tidy(line, [(0, len(text), element, "text", 0)])
        # _tidy of one line without a run of spaces strips it, and _select keeps the one run's part
        # within the stripped span: both written out, two Python calls less for most blocks.
        left, right = len(line) - len(line.lstrip()), len(line.rstrip())
        if left >= right:
            return "", []
        return line[left:right], [(0, right - left, element, "text", left)]
    parts: list[str] = []
    runs: list[Run] = []
    _walk_inline(element, br, parts, runs, 0)
    return _tidy("".join(parts), runs)


def _walk_inline(node: Any, br: str, parts: list[str], runs: list[Run], position: int) -> int:
    """Append the text of `node` and what it holds to `parts` and its runs to `runs`, from `position` on;
    the position after it. A function of the module, not closures of _inline_text_runs: closures
    calling each other are reference cycles, which keep the parsed body alive until the collector runs."""
    if text := node.text:
        parts.append(text if text.lstrip(_INDENT).isprintable() else _COLLAPSE.sub(" ", text))
        runs.append((position, position + len(text), node, "text", 0))
        position += len(text)
    for child in node:
        tag = child.tag  # read once: lxml makes a new string at every read
        if not isinstance(tag, str):  # a comment or processing instruction: its tail only
            pass
        elif tag == "br":
            parts.append(br)
            runs.append((position, position + 1, child, "br", 0))
            position += 1
        elif tag in BLOCK_TAGS:
            # Only in table cells (a leaf block holds no blocks): keep nested blocks' words apart. The
            # spaces are added here: no run covers them.
            parts.append(" ")
            position = _walk_inline(child, br, parts, runs, position + 1)
            parts.append(" ")
            position += 1
        elif tag not in SKIP_TAGS:
            position = _walk_inline(child, br, parts, runs, position)
        if tail := child.tail:
            parts.append(tail if tail.lstrip(_INDENT).isprintable() else _COLLAPSE.sub(" ", tail))
            runs.append((position, position + len(tail), child, "tail", 0))
            position += len(tail)
    return position


def _row_text(row: Any) -> tuple[str, list[Run]]:
    """A table row: its cells' text joined by one space."""
    parts: list[str] = []
    runs: list[Run] = []
    position = 0
    for cell in row:
        if _is_element(cell) and cell.tag in ("td", "th"):
            text, cell_runs = _inline_text_runs(cell, " ")
            if not text:
                continue
            if parts:
                parts.append(" ")
                position += 1
            parts.append(text)
            runs += [(s + position, e + position, *rest) for s, e, *rest in cell_runs]
            position += len(text)
    return "".join(parts), runs


def tidy(text: str, runs: list[Run] = ()) -> tuple[str, list[Run]]:  # type: ignore[assignment]
    """Split at "\n", collapse runs of spaces, strip each line, drop empty lines, rejoin each kept line
    with the "\n" right before it; the runs follow the characters kept."""
    return _tidy(text, list(runs))


def _tidy(text: str, runs: list[Run]) -> tuple[str, list[Run]]:
    """tidy of a list of runs the caller hands over: returned as it is when nothing is cut."""
    if "\n" not in text and "  " not in text:  # one line without a run of spaces: most blocks
        if not text[:1].isspace() and not text[-1:].isspace():  # nothing to strip: most of them
            return text, runs
        left, right = len(text) - len(text.lstrip()), len(text.rstrip())
        return _select(text, runs, [(left, right)] if left < right else [])
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        left, right = start + len(line) - len(line.lstrip()), start + len(line.rstrip())
        if left < right:
            if spans:
                spans.append((start - 1, start))  # the "\n" before the line
            for space in _SPACE_RUN.finditer(text, left, right):
                spans.append((left, space.start() + 1))  # the first space of a run stays
                left = space.end()
            spans.append((left, right))
        start = end + 1
    return _select(text, runs, spans)


def line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def apply_cuts(sources: list[Src]) -> None:
    """Delete cut characters from their text nodes, then the <br>s that separated cut lines."""
    if not sources:  # most bodies: nothing was cut
        return
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
        _html.drop_tree(br)  # keeps its tail


def images_of(root: Any) -> list[str]:
    urls: list[str] = []
    for img in root.iter("img"):
        url = (img.get("data-original") or img.get("src") or "").strip()
        if url and not _PLACEHOLDER_IMAGE.search(url) and url not in urls:
            urls.append(url)
    return urls
