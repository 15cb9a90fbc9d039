"""Boilerplate cleaning of article bodies. The rules are data (rules.toml); this is the engine.

Block model. A body is cut into blocks the way a reader sees paragraphs: every leaf block element
(p, h1-h6, li, a blockquote or div holding only inline content, ...) is a block, and so is every
table row, its cells joined by one space. Inline elements are concatenated without adding spaces,
a <br/> starts a new line, images contribute nothing, runs of ASCII whitespace and &nbsp; become
one space, each line is stripped (U+3000 indents included) and empty lines are dropped. Loose text
beside blocks is first wrapped in a <p>, so that every block is an element the HTML can lose.

Every character of a block remembers the text node it came from, so a rule that cuts a sentence
or a line out of a block cuts exactly those characters out of the HTML as well.

Matching. Rules judge a block by its text, lines joined by "\\n", in NFKC form (full-width and
ASCII punctuation match alike); what they remove is recorded in the page's own characters. Rules
run in file order; a block is taken by the first rule that removes it.

Safety guard. A rule whose removals on a page add up to more than `max_share` of the body's
characters is not applied there, and is reported in `CleanResult.suspicious`: a pattern gone wild
(a range whose end marker is far away, a regex that matches prose) must not eat an article. It is
measured in characters, not blocks: a page such as one led by seven short Eastday lines before
three real paragraphs is 70% boilerplate by blocks but 43% by characters. Rules marked `safe`
are exempt; only rules that cannot match prose may be marked so (exact strings, or the site's own
markup), because on a very short article those legitimately exceed the share.
"""

from __future__ import annotations

import html as htmllib
import re
import tomllib
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, ClassVar

import lxml.html
from lxml.cssselect import CSSSelector

from ..items import Article, RemovedBlock

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
_COLLAPSIBLE = frozenset(" \t\n\r\f\v\xa0")  # browsers collapse these; U+3000 is kept
_PLACEHOLDER_IMAGE = re.compile(r"(?:^data:|/lazyload\.(?:png|gif)(?:[?#]|$))", re.I)
_EXCERPT_INDENT = re.compile(r"[ \t\xa0]*\u3000{2,}")
_TRAILING_ELLIPSIS = re.compile(r"(?:\.{3}|…)$")

Src = tuple[Any, str, int]  # (node, "text" | "tail", offset) of a text character, or (br, "br", 0)
Char = tuple[str, Src | None]  # a displayed character and where it came from (None: added here)


# --- Block model -----------------------------------------------------------------------------------------


@dataclass(eq=False)
class Block:
    position: int  # index among the body's text blocks before cleaning
    chars: list[Char]  # the text, lines separated by "\n"
    element: Any = None  # the block's element; None for an excerpt's pseudo-block
    removed: bool = False
    cut_sources: list[Src] = field(default_factory=list)  # characters cut out, to cut from the HTML

    @property
    def text(self) -> str:
        return "".join(ch for ch, _ in self.chars)

    @property
    def norm(self) -> str:
        return nfkc_map(self.text)[0]

    def size(self) -> int:
        return len(self.text.replace("\n", ""))

    def cut(self, indices: set[int]) -> None:
        self.cut_sources += [src for i, (_, src) in enumerate(self.chars) if i in indices and src]
        self.chars = _tidy([c for i, c in enumerate(self.chars) if i not in indices])
        if not self.chars:
            self.removed = True


def nfkc_map(text: str) -> tuple[str, list[int]]:
    """NFKC form of `text`, and for each of its characters the index of the character it came from."""
    parts, index = [], []
    for i, ch in enumerate(text):
        normalised = unicodedata.normalize("NFKC", ch)
        parts.append(normalised)
        index += [i] * len(normalised)
    return "".join(parts), index


def parse_body(html: str) -> Any:
    """The body HTML as the children of a wrapper <div>."""
    return lxml.html.fragment_fromstring(html or "", create_parent="div")


def inner_html(element: Any) -> str:
    parts = [htmllib.escape(element.text or "", quote=False)]
    parts += [lxml.html.tostring(child, encoding="unicode") for child in element]
    return "".join(parts).strip()


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
        chars = _row_chars(element) if element.tag == "tr" else _tidy(_inline_chars(element, "\n"))
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
        out.extend((" " if ch in _COLLAPSIBLE else ch, (node, attr, i)) for i, ch in enumerate(text or ""))

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
        if _is_element(cell) and cell.tag in ("td", "th") and (text := _tidy(_inline_chars(cell, " "))):
            out += ([(" ", None)] if out else []) + text
    return out


def _tidy(chars: list[Char]) -> list[Char]:
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


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _apply_cuts(sources: list[Src]) -> None:
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


def _images(root: Any) -> list[str]:
    urls: list[str] = []
    for img in root.iter("img"):
        url = (img.get("data-original") or img.get("src") or "").strip()
        if url and not _PLACEHOLDER_IMAGE.search(url) and url not in urls:
            urls.append(url)
    return urls


# --- Rules -------------------------------------------------------------------------------------------------


class Matcher:
    """What a text must look like, in NFKC form: `exact`, `prefix`, `contains` (literal) or `regex`."""

    _METHODS = {"exact": "fullmatch", "prefix": "match", "contains": "search", "regex": "search"}

    def __init__(self, spec: dict[str, Any], where: str):
        if not isinstance(spec, dict) or not spec or set(spec) - set(self._METHODS):
            raise ValueError(f"{where}: a matcher is a table of {sorted(self._METHODS)}, got {spec!r}")
        self.literal_only = set(spec) == {"exact"}
        self._patterns: list[tuple[re.Pattern[str], str]] = []
        for key, method in self._METHODS.items():
            for pattern in _as_list(spec.get(key, [])):
                if key == "regex" and nfkc_map(pattern)[0] != pattern:
                    raise ValueError(f"{where}: regex {pattern!r} must be written in NFKC form (ASCII ,:!())")
                source = pattern if key == "regex" else re.escape(nfkc_map(pattern)[0])
                self._patterns.append((re.compile(source, re.IGNORECASE), method))

    def first(self, text: str) -> re.Match[str] | None:
        return next(filter(None, (getattr(p, method)(text) for p, method in self._patterns)), None)

    def matches(self, text: str) -> bool:
        return self.first(text) is not None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Non-overlapping, non-empty spans of `text` that match, in order."""
        found = []
        for pattern, method in self._patterns:
            if method == "search":
                found += [m.span() for m in pattern.finditer(text)]
            elif m := getattr(pattern, method)(text):
                found.append(m.span())
        spans, end = [], 0
        for start, stop in sorted(found):
            if start >= end and stop > start:
                spans.append((start, stop))
                end = stop
        return spans


def _as_list(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


@dataclass(eq=False)
class Removal:
    block: Block
    text: str  # what the audit records
    indices: set[int] | None = None  # characters cut out of the block; None: the whole block
    offset: int = 0  # where the removed text starts in the block (orders the audit)
    value: str | None = None  # what a capturing rule captured


@dataclass
class Plan:
    removals: list[Removal] = field(default_factory=list)
    elements: list[Any] = field(default_factory=list)  # elements to drop whole, images included


@dataclass
class _Doc:
    blocks: list[Block]
    root: Any  # the parsed body; None for an excerpt
    total: int  # characters before cleaning: the guard's yardstick

    def live(self) -> list[Block]:
        return [b for b in self.blocks if not b.removed]


def _whole(blocks: list[Block]) -> list[Removal]:
    return [Removal(b, b.text) for b in blocks]


@dataclass(eq=False, kw_only=True)
class Rule:
    """A boilerplate rule: `plan` says what it would remove; the cleaner applies it unless guarded."""

    id: str
    family: str
    why: str
    safe: bool = False
    examples: list[Any] = field(default_factory=list)
    kind: ClassVar[str]
    matchers: ClassVar[tuple[str, ...]] = ()  # keys whose values are matcher tables

    def __post_init__(self) -> None:
        if self.safe and not self.cannot_match_prose():
            raise ValueError(f"rule {self.id}: only exact-text and element rules can be safe")

    def cannot_match_prose(self) -> bool:
        return False

    def plan(self, doc: _Doc) -> Plan:
        raise NotImplementedError


@dataclass(eq=False, kw_only=True)
class BlockRule(Rule):
    kind = "block"
    matchers = ("match",)
    match: Matcher

    def cannot_match_prose(self) -> bool:
        return self.match.literal_only

    def plan(self, doc: _Doc) -> Plan:
        return Plan(_whole([b for b in doc.live() if self.match.matches(b.norm)]))


@dataclass(eq=False, kw_only=True)
class ElementRule(Rule):
    kind = "element"
    selector: str

    def __post_init__(self) -> None:
        super().__post_init__()
        self._select = CSSSelector(self.selector)

    def cannot_match_prose(self) -> bool:
        return True

    def plan(self, doc: _Doc) -> Plan:
        if doc.root is None:
            return Plan()
        selected = [e for e in self._select(doc.root) if e is not doc.root]
        inside = [b for b in doc.live() if any(_within(b.element, e) for e in selected)]
        return Plan(_whole(inside), selected)


def _within(element: Any, ancestor: Any) -> bool:
    return element is ancestor or any(a is ancestor for a in element.iterancestors())


@dataclass(eq=False, kw_only=True)
class RangeRule(Rule):
    kind = "range"
    matchers = ("start", "end")
    start: Matcher
    end: Matcher
    max_blocks: int = 10  # the range's length, both ends included
    max_block_chars: int = 80  # every block in the range is short: promos, disclaimers, headlines

    def plan(self, doc: _Doc) -> Plan:
        live, plan, i = doc.live(), Plan(), 0
        while i < len(live):
            end = self._end(live, i) if self.start.matches(live[i].norm) else None
            if end is None:
                i += 1
            else:
                plan.removals += _whole(live[i : end + 1])
                i = end + 1
        return plan

    def _end(self, live: list[Block], start: int) -> int | None:
        for j in range(start, min(len(live), start + self.max_blocks)):
            if live[j].size() > self.max_block_chars:
                return None
            if j > start and self.end.matches(live[j].norm):
                return j
        return None


@dataclass(eq=False, kw_only=True)
class FollowersRule(Rule):
    kind = "followers"
    matchers = ("anchor", "follower")
    anchor: Matcher
    follower: Matcher
    max_follower_chars: int = 40

    def plan(self, doc: _Doc) -> Plan:
        live, plan, i = doc.live(), Plan(), 0
        while i < len(live):
            if not self.anchor.matches(live[i].norm):
                i += 1
                continue
            j = i + 1
            while j < len(live) and self._follows(live[j]):
                j += 1
            plan.removals += _whole(live[i:j])
            i = j
        return plan

    def _follows(self, block: Block) -> bool:
        return block.size() <= self.max_follower_chars and self.follower.matches(block.norm)


@dataclass(eq=False, kw_only=True)
class CutRule(Rule):
    kind = "cut"
    matchers = ("match",)
    match: Matcher

    def plan(self, doc: _Doc) -> Plan:
        plan = Plan()
        for block in doc.live():
            norm, index = nfkc_map(block.text)
            spans = [(index[s], index[e - 1] + 1) for s, e in self.match.spans(norm)]
            if not spans:
                continue
            cut = {i for s, e in spans for i in range(s, e)}
            if not "".join(ch for i, ch in enumerate(block.text) if i not in cut).strip():
                plan.removals.append(Removal(block, block.text))
            else:
                plan.removals += [Removal(block, block.text[s:e], set(range(s, e)), s) for s, e in spans]
        return plan


@dataclass(eq=False, kw_only=True)
class LineRule(Rule):
    kind = "line"
    matchers = ("match",)
    match: Matcher
    captures: str | None = None  # "original_title": keep what follows the match on the line

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.captures not in (None, "original_title"):
            raise ValueError(f"rule {self.id}: captures must be 'original_title'")

    def plan(self, doc: _Doc) -> Plan:
        plan = Plan()
        for block in doc.live():
            text = block.text
            lines = _line_spans(text)
            hits = [(s, e, v) for s, e in lines if (v := self._hit(text[s:e])) is not None]
            if len(hits) == len(lines):
                plan.removals.append(Removal(block, text, value=hits[0][2]))
                continue
            for start, end, value in hits:
                newline = end if end < len(text) else start - 1  # the "\n" after the line, or before it
                plan.removals.append(
                    Removal(block, text[start:end], set(range(start, end)) | {newline}, start, value)
                )
        return plan

    def _hit(self, line: str) -> str | None:
        """None if the line does not match, else what follows the match (the captured value)."""
        norm, index = nfkc_map(line)
        m = self.match.first(norm)
        if m is None:
            return None
        return line[index[m.end() - 1] + 1 :].strip() if m.end() else line.strip()


@dataclass(eq=False, kw_only=True)
class ContactRule(Rule):
    """The contact-block detector: a short block near the end, dense in phone numbers and contact cues.

    Salespeople, phone formats and wording change, so this judges what a block is, not what it says.
    A block is contact junk when it is among the last `window` blocks left, at most `max_chars` long,
    holds at least one contact word, and either is very short (at most `short_chars`: "王经理微信号")
    or has `min_cues` cues at `min_density` cues per 100 characters. A long paragraph that mentions a
    phone number or 微信 once has a low density and stays.
    """

    kind = "contact"
    phones: list[str]  # regexes of phone numbers (each number found is one cue)
    words: list[str]  # regexes of contact words: 微信, 二维码, 公众号... (each occurrence is one cue)
    window: int = 5
    max_chars: int = 200
    short_chars: int = 12
    min_cues: int = 2
    min_density: float = 4.0

    def __post_init__(self) -> None:
        super().__post_init__()
        self._phones = [Matcher({"regex": p}, self.id) for p in self.phones]
        self._words = [Matcher({"regex": w}, self.id) for w in self.words]

    def plan(self, doc: _Doc) -> Plan:
        return Plan(_whole([b for b in doc.live()[-self.window :] if self.is_contact(b)]))

    def is_contact(self, block: Block) -> bool:
        size, norm = block.size(), block.norm
        words = sum(len(m.spans(norm)) for m in self._words)
        cues = words + sum(len(m.spans(norm)) for m in self._phones)
        if not words or size > self.max_chars:
            return False
        return size <= self.short_chars or (cues >= self.min_cues and cues * 100 / size >= self.min_density)


KINDS: dict[str, type[Rule]] = {
    cls.kind: cls
    for cls in (BlockRule, ElementRule, RangeRule, FollowersRule, CutRule, LineRule, ContactRule)
}


def build_rule(spec: dict[str, Any]) -> Rule:
    spec = dict(spec)
    rule_id, kind = spec.get("id", "?"), spec.pop("kind", None)
    if kind not in KINDS:
        raise ValueError(f"rule {rule_id}: kind must be one of {sorted(KINDS)}, got {kind!r}")
    cls = KINDS[kind]
    for name in cls.matchers:
        if name not in spec:
            raise ValueError(f"rule {rule_id}: a {kind} rule needs `{name}`")
        spec[name] = Matcher(spec[name], f"rule {rule_id}, {name}")
    try:
        return cls(**spec)
    except TypeError as exc:  # a missing or unknown key
        raise ValueError(f"rule {rule_id}: {exc}") from exc


# --- The cleaner -------------------------------------------------------------------------------------------


@dataclass
class CleanResult:
    paragraphs: list[str]
    html: str  # cleaned HTML: removed elements gone, cut sentences cut
    images: list[str]  # real image URLs left in the cleaned HTML, in order, de-duplicated
    removed: list[RemovedBlock]  # in page order
    suspicious: list[str] = field(default_factory=list)  # "rule id: reason" of rules not applied
    source: str | None = None  # publisher named by the first removed boilerplate with a known source
    original_title: str | None = None  # captured from a 原标题 line

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)


class Cleaner:
    def __init__(self, rules: list[Rule], *, sources: dict[str, str] | None = None, max_share: float = 0.6):
        self.rules = rules
        self.sources = sources or {}  # family -> publisher the family's boilerplate reveals
        self.max_share = max_share

    @classmethod
    def from_toml(cls, text: str, *, max_share: float | None = None) -> Cleaner:
        data = tomllib.loads(text)
        families = data.get("families", {})
        rules = [build_rule(spec) for spec in data.get("rule", [])]
        ids = [r.id for r in rules]
        if duplicates := sorted({i for i in ids if ids.count(i) > 1}):
            raise ValueError(f"duplicate rule ids: {duplicates}")
        if unknown := sorted({r.family for r in rules} - set(families)):
            raise ValueError(f"families not declared in [families]: {unknown}")
        sources = {name: f["source"] for name, f in families.items() if f.get("source")}
        share = max_share if max_share is not None else data.get("settings", {}).get("max_share", 0.6)
        return cls(rules, sources=sources, max_share=share)

    @classmethod
    def default(cls) -> Cleaner:
        """The packaged rules (parkcrawler/clean/rules.toml), loaded once."""
        return _default_cleaner()

    def clean_html(self, html: str) -> CleanResult:
        root = parse_body(html)
        blocks = blockify(root)
        doc = _Doc(blocks, root, sum(b.size() for b in blocks))
        outcome = self._run(doc, guarded=True)
        # The block model is final: make the HTML say the same (cuts first, they address text nodes).
        _apply_cuts([src for b in blocks if not b.removed for src in b.cut_sources])
        for element in outcome.elements + [b.element for b in blocks if b.removed]:
            if element.getparent() is not None:
                element.drop_tree()
        removed = outcome.removed
        return CleanResult(
            paragraphs=[line for b in doc.live() for line in b.text.split("\n")],
            html=inner_html(root),
            images=_images(root),
            removed=removed,
            suspicious=outcome.suspicious,
            source=next((self.sources[r.family] for r in removed if r.family in self.sources), None),
            original_title=outcome.original_title,
        )

    def clean_excerpt(self, text: str) -> tuple[str, list[RemovedBlock]]:
        """Clean a related post's excerpt: its raw text flattened, blocks joined by " 　　", then "...".

        Its pseudo-blocks (split at the U+3000 indents) go through the same rules, unguarded: an
        excerpt is the head of a post, and that head is often nothing but boilerplate.
        """
        body, ellipsis = _TRAILING_ELLIPSIS.subn("", text.strip())
        pieces = [p for p in _EXCERPT_INDENT.split(body) if p.strip()]
        blocks = [Block(i, _tidy([(ch, None) for ch in piece])) for i, piece in enumerate(pieces)]
        doc = _Doc(blocks, None, sum(b.size() for b in blocks))
        removed = self._run(doc, guarded=False).removed
        kept = " ".join(b.text for b in doc.live())
        return (kept + "..." if kept and ellipsis else kept), removed

    def _run(self, doc: _Doc, *, guarded: bool) -> _Outcome:
        """Apply every rule in order to the block model (the HTML is left to the caller)."""
        outcome, audit = _Outcome(), []
        for rule in self.rules:
            plan = rule.plan(doc)
            share = sum(len(r.text.replace("\n", "")) for r in plan.removals) / max(doc.total, 1)
            if guarded and not rule.safe and share > self.max_share:
                outcome.suspicious.append(
                    f"{rule.id}: would remove {share:.0%} of the body's text"
                    f" (limit {self.max_share:.0%}); not applied"
                )
                continue
            _apply(plan)
            outcome.elements += plan.elements
            audit += [
                (r.block.position, r.offset, RemovedBlock(rule.family, rule.id, r.text, r.block.position))
                for r in plan.removals
            ]
            if isinstance(rule, LineRule) and rule.captures and outcome.original_title is None:
                outcome.original_title = next((r.value for r in plan.removals if r.value), None)
        outcome.removed = [entry for *_, entry in sorted(audit, key=lambda a: a[:2])]  # page order
        return outcome


@dataclass
class _Outcome:
    removed: list[RemovedBlock] = field(default_factory=list)
    elements: list[Any] = field(default_factory=list)
    suspicious: list[str] = field(default_factory=list)
    original_title: str | None = None


def _apply(plan: Plan) -> None:
    cuts: dict[Block, set[int]] = defaultdict(set)
    for removal in plan.removals:
        if removal.indices is None:
            removal.block.removed = True
        else:
            cuts[removal.block] |= removal.indices
    for block, indices in cuts.items():
        if not block.removed:
            block.cut(indices)


@cache
def _default_cleaner() -> Cleaner:
    return Cleaner.from_toml(resources.files(__package__).joinpath("rules.toml").read_text("utf-8"))


def clean_article(article: Article, cleaner: Cleaner | None = None) -> Article:
    """Fill the article's cleaned fields from its raw body, and clean its related excerpts."""
    cleaner = cleaner or Cleaner.default()
    result = cleaner.clean_html(article.raw_body_html)
    article.body = result.body
    article.body_html = result.html
    article.images = result.images
    article.removed = result.removed
    article.source = result.source
    if result.original_title and not _same_text(result.original_title, article.title):
        article.original_title = result.original_title
    article.warnings += [f"cleaning: {s}" for s in result.suspicious]
    for link in article.related:
        link.excerpt = cleaner.clean_excerpt(link.excerpt_raw)[0]
    return article


def _same_text(a: str, b: str) -> bool:
    return "".join(nfkc_map(a)[0].split()) == "".join(nfkc_map(b)[0].split())
