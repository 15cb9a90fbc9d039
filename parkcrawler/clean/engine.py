"""Boilerplate cleaning of article bodies. The rules are data (rules.toml); this is the engine.

A body is cut into blocks the way a reader sees paragraphs (see blocks.py). Two kinds of rules then
remove boilerplate blocks, or cut boilerplate sentences and lines out of blocks:

- the catalog: rules as data, each naming the source family its junk comes from (exact strings,
  prefixes, regexes, CSS selectors, ranges between markers); they run once, in file order, and a
  block is taken by the first rule that removes it;
- the detectors (detectors.py) and the site's learned templates (templates.py), for what strings
  cannot list: contact blocks, QR prompts, credit lines, disclaimers, promos, share widgets, lists of
  unrelated headlines. They judge a block by what it is, mostly where junk lives (at the edges of
  the body), and run after the catalog, again and again until none finds anything more.

Matching. Rules judge a block by its text, lines joined by "\\n", in NFKC form (full-width and
ASCII punctuation match alike); what they remove is recorded in the page's own characters.

Safety guard. A rule whose removals on a page add up to more than `max_share` of the body's
characters is not applied there, and is reported in `CleanResult.suspicious`: a pattern gone wild
(a range whose end marker is far away, a regex that matches prose) must not eat an article. It is
measured in characters, not blocks: a page such as one led by seven short Eastday lines before
three real paragraphs is 70% boilerplate by blocks but 43% by characters. Rules marked `safe`
are exempt; only rules that cannot match prose may be marked so (exact strings, or the site's own
markup), because on a very short article those legitimately exceed the share. So are all rules of the
families marked `own` (the site's own contact blocks and learned template): known junk rather than a
guess, they must go even from a page whose only text is a caption.

Provenance. The families of the catalog name the publisher their junk reveals ([families] in
rules.toml): the first such removal in page order gives `source`. Without one, a credit line's
stated source (来源：…) does, normalised by [publishers]. A 原标题 line gives `original_title`.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from re import _constants as _sre  # re's parsed form, as detectors reads it
from re import _parser
from typing import Any

import cssselect
from lxml.cssselect import CSSSelector

from parkcrawler.clean import detectors
from parkcrawler.clean.base import (
    Caseless,
    Doc,
    Matcher,
    Plan,
    Removal,
    Rule,
    caseless,
    uncased,
    union,
    union_finders,
    union_method,
    whole,
)
from parkcrawler.clean.blocks import (
    Block,
    apply_cuts,
    blockify,
    images_of,
    inner_html,
    line_spans,
    nfkc_map,
    parse_body,
    parse_body_plain,
    tidy,
)
from parkcrawler.clean.templates import LearningSettings, TemplateRule, TemplateSet
from parkcrawler.extract.html import drop_tree
from parkcrawler.items import Article, RemovedBlock

__all__ = [
    "Block",
    "CleanResult",
    "Cleaner",
    "Rule",
    "blockify",
    "clean_article",
    "inner_html",
    "nfkc_map",
    "parse_body",
]

# An excerpt's indents: two or more U+3000 (with the spaces before them: `_excerpt_pieces`). Written with
# a literal start, \u3000\u3000+, so re skips to where one can start: `[ \t\xa0]*\u3000{2,}` tried
# every position of the excerpt (40k instructions per excerpt).
_EXCERPT_INDENT = re.compile("\u3000\u3000+")
_INDENT_LEAD = " \t\xa0"
_MAX_ROUNDS = 8  # detector passes per body; junk rarely sits more than a few kinds deep
_EXCERPT_CACHE = 20_000  # cleaned excerpts kept per cleaner (a few MB) before the cache starts afresh
_HITS_CACHE = 20_000  # block texts whose matching block rules a cleaner remembers


# --- The catalog's rule kinds --------------------------------------------------------------------------


@dataclass(eq=False, kw_only=True)
class BlockRule(Rule):
    kind = "block"
    matchers = ("match",)
    match: Matcher

    def cannot_match_prose(self) -> bool:
        return self.match.literal_only

    def plan(self, doc: Doc) -> Plan:
        return Plan(whole([b for b in doc.live() if self.match.matches(b.norm)]))


@dataclass(eq=False, kw_only=True)
class ElementRule(Rule):
    kind = "element"
    selector: str

    def __post_init__(self) -> None:
        super().__post_init__()
        self._select = CSSSelector(self.selector)
        self._needs = _needed_texts(self.selector)

    def cannot_match_prose(self) -> bool:
        return True

    def plan(self, doc: Doc) -> Plan:
        if doc.root is None or not _may_select(doc.source, self._needs):
            return Plan()
        selected = [e for e in self._select(doc.root) if e is not doc.root]
        if not selected:
            return Plan()  # most pages: no block to test against nothing
        chosen = set(selected)
        inside = [b for b in doc.live() if _within(b.element, chosen)]
        return Plan(whole(inside), selected)


def _needed_texts(selector: str) -> tuple[str, ...] | None:
    """Strings of which an element the selector selects has one in an attribute value: for each of its
    comma-separated selectors a class name, an id or an attribute value it requires. None when one
    requires none of them (a bare tag, :first-child ...)."""
    needed = tuple(_needed_text(s.parsed_tree) for s in cssselect.parse(selector))
    return None if not all(needed) else needed  # type: ignore[return-value]


_VALUE_OPERATORS = frozenset({"=", "~=", "|=", "^=", "$=", "*="})  # each needs the value in the attribute


def _needed_text(tree: Any) -> str | None:
    """A string some attribute value of the subject or of a compound around it must hold (in cssselect's
    translation all of a selector's parts must hold), or None."""
    if isinstance(tree, cssselect.parser.Class):
        return tree.class_name or _needed_text(tree.selector)
    if isinstance(tree, cssselect.parser.Hash):
        return tree.id or _needed_text(tree.selector)
    if isinstance(tree, cssselect.parser.Attrib):
        value = tree.value.value if tree.operator in _VALUE_OPERATORS and tree.value is not None else None
        return value or _needed_text(tree.selector)
    if isinstance(tree, cssselect.parser.CombinedSelector):
        return _needed_text(tree.subselector) or _needed_text(tree.selector)
    if isinstance(tree, cssselect.parser.Negation | cssselect.parser.Pseudo | cssselect.parser.Function):
        return _needed_text(tree.selector)  # the part before the pseudo-class must hold too
    return None


def _may_select(source: str | None, needed: tuple[str, ...] | None) -> bool:
    """Whether a body parsed from `source` may hold an element with an attribute value holding one of
    `needed`. libxml2 builds attribute values from the source's characters; only a character reference
    (&...;) makes characters the source does not hold (and a NUL, which it drops, may join two). So when
    the source has neither, an element can only hold a string the source holds."""
    if source is None or needed is None or "&" in source or "\0" in source:
        return True
    return any(text in source for text in needed)


def _within(element: Any, chosen: set[Any]) -> bool:
    """Whether `element` is one of `chosen` or inside one: one walk of its ancestors for all of them. A set
    of lxml elements compares by identity, and lxml hands out the same proxy for an element while one
    is alive (`chosen` keeps them alive), as `is` did."""
    return element in chosen or any(a in chosen for a in element.iterancestors())


@dataclass(eq=False, kw_only=True)
class RangeRule(Rule):
    kind = "range"
    matchers = ("start", "end")
    start: Matcher
    end: Matcher
    max_blocks: int = 10  # the range's length, both ends included
    max_block_chars: int = 80  # every block in the range is short: promos, disclaimers, headlines

    def plan(self, doc: Doc) -> Plan:
        live, plan, i = doc.live(), Plan(), 0
        while i < len(live):
            end = self._end(live, i) if self.start.matches(live[i].norm) else None
            if end is None:
                i += 1
            else:
                plan.removals += whole(live[i : end + 1])
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

    def plan(self, doc: Doc) -> Plan:
        live, plan, i = doc.live(), Plan(), 0
        while i < len(live):
            if not self.anchor.matches(live[i].norm):
                i += 1
                continue
            j = i + 1
            while j < len(live) and self._follows(live[j]):
                j += 1
            plan.removals += whole(live[i:j])
            i = j
        return plan

    def _follows(self, block: Block) -> bool:
        return block.size() <= self.max_follower_chars and self.follower.matches(block.norm)


@dataclass(eq=False, kw_only=True)
class CutRule(Rule):
    kind = "cut"
    matchers = ("match",)
    match: Matcher

    def plan(self, doc: Doc) -> Plan:
        plan = Plan()
        for block in doc.live():
            norm, index = block.norm_map()
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
    # "original_title" or "source": what follows the match on the line is the copy's stated title or
    # publisher (provenance kept, not thrown away with the line).
    captures: str | None = None

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.captures not in (None, "original_title", "source"):
            raise ValueError(f"rule {self.id}: captures must be 'original_title' or 'source'")

    def plan(self, doc: Doc) -> Plan:
        plan = Plan()
        for block in doc.live():
            text = block.text
            lines = line_spans(text)
            # The block's NFKC form, normalised once: "\n" is its own NFKC form, so the lines of the
            # normalised text are the normalised lines, and its index maps each back.
            norm, index = block.norm_map()
            norm_lines = line_spans(norm)
            hits = [
                (s, e, v)
                for (s, e), (ns, ne) in zip(lines, norm_lines, strict=True)
                if (v := self._hit(text, s, e, norm[ns:ne], index, ns)) is not None
            ]
            if len(hits) == len(lines):
                plan.removals.append(Removal(block, text, captured=self._captured(hits[0][2])))
                continue
            for start, end, value in hits:
                newline = end if end < len(text) else start - 1  # the "\n" after the line, or before it
                cut = set(range(start, end)) | {newline}
                plan.removals.append(Removal(block, text[start:end], cut, start, self._captured(value)))
        return plan

    def _captured(self, value: str) -> dict[str, str]:
        if self.captures == "original_title":
            value = _bare_title(value)
        return {self.captures: value} if self.captures and value else {}

    def _hit(self, text: str, start: int, end: int, norm: str, index: list[int], offset: int) -> str | None:
        """None if the line text[start:end] (NFKC: `norm`, at `offset` in the block's normalised text,
        mapped back by `index`) does not match, else what follows the match (the captured value)."""
        m = self.match.first(norm)
        if m is None:
            return None
        return text[index[offset + m.end() - 1] + 1 : end].strip() if m.end() else text[start:end].strip()


def _bare_title(value: str) -> str:
    """A captured title without the bracket that closed its line, （原标题：…）, nor its 《》 marks."""
    value = value.strip()
    for opening, closing in ("(（", ")）"), ("[【", "]】"):
        unbalanced = sum(value.count(c) for c in closing) > sum(value.count(c) for c in opening)
        if value and value[-1] in closing and unbalanced:
            value = value[:-1].rstrip()
    if value.startswith("《") and value.endswith("》") and value.count("《") == 1:
        value = value[1:-1].strip()
    return value


class _CatalogIndex:
    """Which catalog rules can find something in a text: one lookup per text, not one call per rule.

    A block, cut, line, range or followers rule finds nothing on a page unless its trigger (`match`,
    `start`, `anchor`) matches the text of a live block, or for a line rule of one of its lines. Most
    texts match no trigger, and each text is asked only the patterns that could match it (`_Plan`): an
    exact line is looked up, a pattern matched at the text's start is asked only of a text opening with a
    character it can open with, and the rest behind the characters they need. Only the rules whose
    patterns then match are tried. Texts recur across a site's articles (its template, its contact
    block), so the answers are remembered, bounded.
    """

    def __init__(self, rules: list[Rule]):
        self.triggers = {rule: m for rule in rules if (m := _trigger(rule)) is not None}
        # For a text without cased characters (`uncased`), and for any text.
        self._plans = (_Plan(self.triggers, folded=False), _Plan(self.triggers, folded=True))
        self._hits: dict[str, frozenset[Rule]] = {}

    def candidates(self, doc: Doc) -> frozenset[Rule]:
        """The indexed rules that may find something in the document as it is."""
        return frozenset().union(*[found for _, found in self.block_hits(doc)])

    def block_hits(self, doc: Doc) -> list[tuple[Block, frozenset[Rule]]]:
        """Each live block with the indexed rules whose trigger matches its text or one of its lines (a
        line rule matches a line), in page order; only the blocks with any."""
        out = []
        # The memo read here first: most texts recur (a site's template), a call per text less.
        known, judge = self._hits, self._judge
        for block in doc.live():
            norm = block.norm
            found = known.get(norm)
            if found is None:
                found = judge(norm)
            if "\n" in norm:
                for line in norm.split("\n"):
                    hits = known.get(line)
                    if hits is None:
                        hits = judge(line)
                    if hits:
                        found |= hits
            if found:
                out.append((block, found))
        return out

    def hits(self, text: str) -> frozenset[Rule]:
        found = self._hits.get(text)
        return self._judge(text) if found is None else found

    def _judge(self, text: str) -> frozenset[Rule]:
        """`hits` of a text not in the memo, remembered."""
        plan = self._plans[0 if uncased(text) else 1]
        sure = plan.literals.get(text)  # the rules with this exact line: they match
        tried: dict[Rule, Matcher] = {}  # the rules of each group that matches, without repeats
        groups = plan.by_first.get(text[:1])
        if groups is not None:
            for find, rules in groups:
                if find(text) is not None:
                    tried.update(rules)
        if plan.ask is not None and plan.ask(text):
            for find, rules in plan.always:
                if find(text) is not None:
                    tried.update(rules)
        if tried:
            sure = sure or ()
            found = frozenset([*sure, *(r for r, m in tried.items() if r in sure or m.matches(text))])
        else:
            found = frozenset(sure) if sure else _NO_RULES
        known = self._hits
        if len(known) >= _HITS_CACHE:
            known.clear()
        known[text] = found
        return found


_NO_RULES: frozenset[Rule] = frozenset()


class _Plan:
    """Which trigger patterns a text may match, for the texts of one variant: without cased characters
    (`folded` False: the patterns as compiled without IGNORECASE, what Caseless picks for them) or any text.

    Every pattern of every trigger, matched by its union's method (`union_method`), is in one place:
    - `literals`: an exact line re compares without case (a plain literal, fullmatched) is the one text it
      matches: a dict lookup, and its rules match that text (no call);
    - `by_first`: a pattern matched at the text's start (fullmatch, match) whose match opens with a known
      character (`_first_chars`), under each such character: a text opening with another cannot match it.
      Per character, one group per method: the union of those patterns;
    - `always`: the others, one group per method (their union), asked of a text only when `gate` (None:
      always) finds in it what one of them needs (`_gate`).
    Groups are (the union's bound method, the (rule, matcher) pairs with a pattern in it). A rule matches a
    text only through a pattern of its that matches, which is in one of the groups asked: only the rules of
    a group that matches are tried. Without case (not `folded`), a pattern every match of which holds a
    cased character (_needs_cased) matches no text of this variant: left out.
    """

    def __init__(self, triggers: dict[Rule, Matcher], *, folded: bool) -> None:
        self.literals: dict[str, tuple[Rule, ...]] = {}
        known: dict[tuple[str, str], dict[str, None]] = {}  # (method, first char) -> sources
        others: dict[str, dict[str, None]] = {}  # method -> sources
        owners: dict[tuple[str, str], dict[Rule, Matcher]] = {}  # (method, source) -> its rules
        for rule, m in triggers.items():
            for pattern, own in m._patterns:
                method, source = union_method(pattern, own), pattern.pattern
                if not folded and _needs_cased(_parser.parse(source).data):
                    continue
                if method == "fullmatch" and (literal := _literal(source)) is not None:
                    self.literals[literal] = (*self.literals.get(literal, ()), rule)
                    continue
                owners.setdefault((method, source), {})[rule] = m
                firsts = None if method == "search" else _first_chars(source, folded=folded)
                for char in firsts or ():
                    known.setdefault((method, char), {})[source] = None
                if firsts is None:
                    others.setdefault(method, {})[source] = None

        def group(method: str, sources: dict[str, None]) -> tuple:
            rules = {r: m for source in sources for r, m in owners[(method, source)].items()}
            variant = Caseless.variants(caseless(union(list(sources))))[folded]
            return getattr(variant, method), tuple(rules.items())

        self.always = tuple(group(method, sources) for method, sources in others.items())
        self.gate = _gate([s for sources in others.values() for s in sources], folded)
        # Whether to ask `always` of a text: None when never (no such group), else the gate or, without
        # one, a test that always says yes.
        self.ask = None if not self.always else self.gate or _yes
        chars = {char for _, char in known}
        self.by_first = {
            char: tuple(group(m, s) for (m, c), s in known.items() if c == char) for char in chars
        }


def _yes(text: str) -> bool:
    return True


def _gate(sources: list[str], folded: bool) -> Any:
    """A test that is falsy only when no source can match a text: the text holds none of the literal runs
    one of them must hold (`_run`), in one search of their union (literals: re skips to where one can
    start); else the characters they need (detectors.Needs), or None (no test)."""
    runs = [_run(source, folded) for source in sources]
    if not all(runs):
        return detectors.Needs(sources).possible
    return re.compile("|".join(map(re.escape, dict.fromkeys(runs)))).search


def _run(source: str, folded: bool) -> str:
    """The longest run of literal characters at the top level of `source` (every match holds it), only
    characters re compares as themselves (without case, detectors._caseless_char, unless IGNORECASE is
    off or changes nothing in `source`); "" when there is none."""
    exact = detectors._caseless_char if folded and not _plain(source) else None
    runs, run = [""], ""
    for op, arg in _parser.parse(source).data:
        if op is _sre.LITERAL and (exact is None or exact(chr(arg))):
            run += chr(arg)
        else:
            runs.append(run)
            run = ""
    return max([*runs, run], key=len)


def _plain(source: str) -> bool:
    """Whether IGNORECASE changes nothing in `source` (caseless compiles it without the flag): in a union
    compiled with the flag, its alternative matches what it matches alone, without it."""
    return isinstance(caseless(source), re.Pattern)


def _literal(source: str) -> str | None:
    """The one text `source` fullmatches, when it is a plain literal (an `exact` trigger); else None."""
    items = _parser.parse(source).data
    if not all(op is _sre.LITERAL for op, _ in items) or not _plain(source):
        return None
    return "".join(chr(arg) for _, arg in items)


def _first_chars(source: str, *, folded: bool) -> frozenset[str] | None:
    """The characters a match of `source` at a text's start opens with (match and fullmatch both match
    there), or None when they cannot be told: a match may be empty or open with any character. Matched
    with IGNORECASE (`folded`, unless the flag changes nothing in it), only characters without case are
    read (detectors._caseless_char: re compares them as themselves)."""
    chars, empty = _firsts(_parser.parse(source).data, folded and not _plain(source))
    return None if chars is None or empty else chars


def _firsts(items: Any, folded: bool) -> tuple[frozenset[str] | None, bool]:
    """The characters a non-empty match of the sequence `items` may open with (None: any), and whether a
    match of it may be empty (then what follows it may open the match too)."""
    found: frozenset[str] = frozenset()
    for op, arg in items:
        chars, empty = _firsts_of(op, arg, folded)
        if chars is None:
            return None, True
        found |= chars
        if not empty:
            return found, False
    return found, True


def _firsts_of(op: Any, arg: Any, folded: bool) -> tuple[frozenset[str] | None, bool]:
    exact = detectors._caseless_char if folded else lambda char: True
    if op is _sre.LITERAL:
        return (frozenset(chr(arg)), False) if exact(chr(arg)) else (None, True)
    if op is _sre.IN and all(o is _sre.LITERAL and exact(chr(a)) for o, a in arg):  # no NEGATE, no range
        return frozenset(chr(a) for _, a in arg), False
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return frozenset(), True  # consumes nothing: what follows opens the match
    if op is _sre.SUBPATTERN and not arg[1] and not arg[2]:  # a group without flags of its own
        return _firsts(arg[3].data, folded)
    if op is _sre.ATOMIC_GROUP:
        return _firsts(arg.data, folded)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        chars, empty = _firsts(arg[2].data, folded)
        return chars, empty or arg[0] == 0
    if op is _sre.BRANCH:
        found: frozenset[str] = frozenset()
        empty = False
        for branch in arg[1]:
            chars, may = _firsts(branch.data, folded)
            if chars is None:
                return None, True
            found, empty = found | chars, empty or may
        return found, empty
    return None, True  # any character, a category, a negated or ranged class, a group reference ...


def _needs_cased(items: Any) -> bool:
    """Whether every match of the parsed sequence `items`, matched without IGNORECASE, holds a character
    with case (a literal one, or one of a class of such only): no text without one (`uncased`) matches."""
    for op, arg in items:
        if op is _sre.LITERAL and not uncased(chr(arg)):
            return True
        if op is _sre.IN and all(o is _sre.LITERAL and not uncased(chr(a)) for o, a in arg):
            return True
        if op is _sre.SUBPATTERN and not arg[1] and not arg[2] and _needs_cased(arg[3].data):
            return True
        if op is _sre.ATOMIC_GROUP and _needs_cased(arg.data):
            return True
        repeated = op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
        if repeated and arg[0] >= 1 and _needs_cased(arg[2].data):
            return True
        if op is _sre.BRANCH and all(_needs_cased(branch.data) for branch in arg[1]):
            return True
    return False


def _trigger(rule: Rule) -> Matcher | None:
    """What must match a live block's text (a line's, for a line rule) for `rule` to find anything;
    None for a rule the index does not know (element rules, detectors, templates, subclasses)."""
    kind = type(rule)
    if kind in (BlockRule, CutRule, LineRule):
        return rule.match  # type: ignore[attr-defined]
    if kind is RangeRule:
        return rule.start  # type: ignore[attr-defined]
    if kind is FollowersRule:
        return rule.anchor  # type: ignore[attr-defined]
    return None


KINDS: dict[str, type[Rule]] = {
    cls.kind: cls
    for cls in (BlockRule, ElementRule, RangeRule, FollowersRule, CutRule, LineRule, *detectors.DETECTORS)
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
    source: str | None = None  # the publisher the copy comes from, when its boilerplate says
    original_title: str | None = None  # captured from a 原标题 line

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)


_PUBLISHER_SEPARATORS = re.compile(r"[-－—|/《》、\s]+")  # compiled once: not re's cache looked up per call


@dataclass
class Publishers:
    """How stated sources become publisher names: aliases, and words that name no publisher."""

    aliases: dict[str, str] = field(default_factory=dict)  # stated name -> publisher
    not_publishers: frozenset[str] = frozenset()  # 网络, 本站, ...

    def name(self, stated: str) -> str | None:
        # "人民网－人民日报", "光明网-《光明日报》": the first publisher named is the one copied from.
        first = next((p for p in _PUBLISHER_SEPARATORS.split(stated) if p), "")
        first = first.strip("()（）【】[]“”\"'")
        if not first or first in self.not_publishers or len(first) > 20:
            return None
        return self.aliases.get(first, first)


class Cleaner:
    def __init__(
        self,
        rules: list[Rule],
        *,
        sources: dict[str, str] | None = None,
        max_share: float = 0.6,
        publishers: Publishers | None = None,
        learning: dict[str, Any] | None = None,
        syndicated: frozenset[str] = frozenset(),
        own: frozenset[str] = frozenset(),
        platforms: frozenset[str] = frozenset(),
    ):
        self.rules = rules
        # Publishers that are platforms (微信公众号): a page stating the account itself says more.
        self.platforms = frozenset(platforms)
        self.sources = sources or {}  # family -> publisher the family's boilerplate reveals
        # Families of syndication sources (those with a publisher, government sites, local papers):
        # the first one a page shows is the family inheriting rules record their removals under.
        self.syndicated = frozenset(syndicated) | frozenset(self.sources)
        self.max_share = max_share
        self.own = frozenset(own)  # families of the site's own furniture: exempt from the share guard
        self.publishers = publishers or Publishers()
        self.learning = learning or {}  # thresholds of site-level learning ([learning] in rules.toml)
        self._excerpt_any = _catalog_prefilter(rules)
        self._index = _CatalogIndex(rules)
        # The rules fixed, as the index above is: the catalog in order, the place of each rule the index
        # knows and the places of the others, and the detectors.
        self._catalog = [r for r in rules if not r.peels]
        self._place = {r: i for i, r in enumerate(self._catalog) if r in self._index.triggers}
        self._unindexed = [i for i, r in enumerate(self._catalog) if r not in self._place]
        # Places of the indexed rules that plan block by block (these kinds exactly: a subclass may not).
        per_block = (BlockRule, CutRule, LineRule)
        self._per_block = frozenset(i for r, i in self._place.items() if type(r) in per_block)
        self._peelers = [r for r in rules if r.peels]
        self._excerpts: dict[str, tuple[str, list[RemovedBlock]]] = {}  # excerpt -> cleaned, bounded

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
        syndicated = frozenset(name for name, f in families.items() if f.get("syndicated"))
        own = frozenset(name for name, f in families.items() if f.get("own"))
        platforms = frozenset(f["source"] for f in families.values() if f.get("platform") and f.get("source"))
        share = max_share if max_share is not None else data.get("settings", {}).get("max_share", 0.6)
        known = data.get("publishers", {})
        publishers = Publishers(
            aliases={alias: name for name, spec in known.get("names", {}).items() for alias in [name, *spec]},
            not_publishers=frozenset(known.get("not_publishers", [])),
        )
        return cls(
            rules,
            sources=sources,
            max_share=share,
            publishers=publishers,
            learning=data.get("learning"),
            syndicated=syndicated,
            own=own,
            platforms=platforms,
        )

    @classmethod
    def default(cls) -> Cleaner:
        """The packaged rules (parkcrawler/clean/rules.toml), loaded once."""
        return _default_cleaner()

    @classmethod
    def for_site(cls, site: Any, templates: TemplateSet | None = None) -> Cleaner:
        """The packaged rules, the site's family's template rules, the site's own rules and names, and
        the templates learned for it: the cleaner of one site (a parkcrawler.sites.Site)."""
        cleaner = cls.default().with_site_rules(getattr(site.family, "boilerplate", None))
        names = [site.title] if getattr(site, "title", "") else []
        return cleaner.with_site_rules(site.cleaning_rules, not_publishers=names).with_templates(templates)

    def with_site_rules(self, path: Path | None, *, not_publishers: Iterable[str] = ()) -> Cleaner:
        """This cleaner plus rules true of one site or family only (a TOML file in the catalogue's format:
        [families], [[rule]], [publishers] not_publishers), placed before the packaged rules (known junk,
        as a contact box the site appends itself), and names that are never an article's publisher."""
        names = frozenset(not_publishers)
        if path is None and not names:
            return self
        # A Path, or a package resource (read from a zipped egg too): both read_text.
        extra = Cleaner.from_toml(path.read_text(encoding="utf-8")) if path is not None else None
        rules = [*(extra.rules if extra else []), *self.rules]
        ids = [r.id for r in rules]
        if duplicates := sorted({i for i in ids if ids.count(i) > 1}):
            raise ValueError(f"{path}: rule ids already in the catalogue: {duplicates}")
        publishers = self.publishers
        extra_names = names | (extra.publishers.not_publishers if extra else frozenset())
        if extra_names:
            names = publishers.not_publishers | extra_names
            publishers = dataclasses.replace(publishers, not_publishers=names)
        return Cleaner(
            rules,
            sources={**self.sources, **(extra.sources if extra else {})},
            max_share=self.max_share,
            publishers=publishers,
            learning=self.learning,
            syndicated=self.syndicated | (extra.syndicated if extra else frozenset()),
            own=self.own | (extra.own if extra else frozenset()),
            platforms=self.platforms | (extra.platforms if extra else frozenset()),
        )

    def with_templates(self, templates: TemplateSet | None) -> Cleaner:
        """This cleaner plus a site's learned templates (see templates.py), applied after the detectors."""
        if not templates or not templates.keys:
            return self
        rule = TemplateRule(
            id="site_template.learned",
            family="site_template",
            why="Paragraphs that recur across many articles of the site are its template, not their text.",
            templates=templates,
            settings=LearningSettings.from_dict(self.learning),
        )
        rules = [r for r in self.rules if not isinstance(r, TemplateRule)] + [rule]
        return Cleaner(
            rules,
            sources=self.sources,
            max_share=self.max_share,
            publishers=self.publishers,
            learning=self.learning,
            syndicated=self.syndicated,
            own=self.own,
            platforms=self.platforms,
        )

    def clean_html(self, html: str, root: Any | None = None) -> CleanResult:
        """Clean a raw body. `root`, when given, is parse_body_plain(html)'s tree (extract.html.parsed_body
        made it without a second parse); cleaning changes it."""
        if root is None:
            root = parse_body_plain(html)
        blocks = blockify(root)
        doc = Doc(blocks, root, _size(blocks), html)
        outcome = self._run(doc, guarded=True)
        # The block model is final: make the HTML say the same (cuts first, they address text nodes).
        apply_cuts([src for b in blocks if not b.removed for src in b.cut_sources])
        for element in outcome.elements + [b.element for b in blocks if b.removed]:
            if element.getparent() is not None:
                drop_tree(element)
        live = doc.live()
        return CleanResult(
            # Every line of every live block: the split of their join (the same list, one call), but for
            # no block at all, whose join "" would split into one empty line.
            paragraphs="\n".join([b.text for b in live]).split("\n") if live else [],
            html=inner_html(root),
            images=images_of(root),
            removed=outcome.removed,
            suspicious=outcome.suspicious,
            source=outcome.source,
            original_title=outcome.original_title,
        )

    def clean_excerpt(self, text: str) -> tuple[str, list[RemovedBlock]]:
        """Clean a related post's excerpt: its raw text flattened, blocks joined by " 　　", then "...".

        Its pseudo-blocks (split at the U+3000 indents) go through the same rules, unguarded: an
        excerpt is the head of a post, and that head is often nothing but boilerplate. Only the
        catalog runs: an excerpt is cut off after 180 characters, so it has no tail to peel.
        """
        # The same related post is shown under many articles: each excerpt is cleaned once.
        if (hit := self._excerpts.get(text)) is not None:
            return hit[0], list(hit[1])
        body, ellipsis = _without_ellipsis(text.strip())
        blocks = [Block(i, tidy(piece)[0]) for i, piece in enumerate(_excerpt_pieces(body))]
        doc = Doc(blocks, None, _size(blocks))
        if self._excerpt_any is None or any(find(b.norm) for b in blocks for find in self._excerpt_any):
            removed = self._run(doc, guarded=False, detectors=False).removed
        else:
            removed = []  # no pattern of the catalog occurs in it: no rule can take anything
        kept = " ".join(b.text for b in doc.live())
        cleaned = kept + "..." if kept and ellipsis else kept
        if len(self._excerpts) >= _EXCERPT_CACHE:
            self._excerpts.clear()
        self._excerpts[text] = (cleaned, removed)
        return cleaned, list(removed)

    def _run(self, doc: Doc, *, guarded: bool, detectors: bool = True) -> _Outcome:
        """The catalog once, then the detectors until they find nothing more (the HTML is the caller's).

        A rule's plan depends on the document alone, so two kinds of runs are skipped as known to
        find nothing: a catalog rule whose trigger matches no live text (the index says so, per
        text), and a detector that found nothing and has not seen the document change since.
        """
        run = _Run(self, doc, guarded)
        self._catalog_run(run)
        peelers = self._peelers if detectors else []
        idle: dict[Rule, int] = {}  # detector -> the change after which it last found nothing
        for _ in range(_MAX_ROUNDS):
            found = False
            for rule in peelers:
                if idle.get(rule) == run.changes:
                    continue
                if run.apply(rule):
                    found = True
                else:
                    idle[rule] = run.changes
            if not found:
                break
        return run.outcome()

    def _catalog_run(self, run: _Run) -> None:
        """Each catalog rule in order, but the indexed ones the index says find nothing in the document
        as it is: only the places of the others are visited (most documents: two element rules), and
        the candidates are asked again after each change, before any later rule has its turn."""
        catalog, place, start = self._catalog, self._place, 0  # rules before `start` have had their turn
        per_block = self._per_block
        while True:
            changes = run.changes
            hits = self._index.block_hits(run.doc)
            candidates = {i for _, found in hits for r in found if (i := place[r]) >= start}
            for i in sorted([*candidates, *[i for i in self._unindexed if i >= start]]):
                start = i + 1
                rule = catalog[i]
                if i in per_block:
                    # A block, cut or line rule plans the removals it finds in each live block on its own,
                    # and finds none in a block whose text and lines its trigger does not match (what
                    # `hits` says): it is shown only the others, and plans the same removals in the same
                    # order without testing every block (and a line rule every line) again.
                    run.apply(rule, [block for block, found in hits if rule in found])
                else:
                    run.apply(rule)
                if run.changes != changes:
                    break
            else:
                return


def _without_ellipsis(text: str) -> tuple[str, int]:
    """`re.subn(r"(?:\\.{3}|…)$", "", text)` for a stripped text: the text without a "..." or "…" that ends
    it, and 1 if it had one. A stripped text ends in no "\n", so `$` is its end, where one match at most
    can end; the regex's search tried every position of the text first (40k instructions per excerpt)."""
    if text.endswith("..."):
        return text[:-3], 1
    if text.endswith("…"):
        return text[:-1], 1
    return text, 0


def _excerpt_pieces(body: str) -> list[str]:
    """`[p for p in re.split(r"[ \t\xa0]*\u3000{2,}", body) if p.strip()]`: split at the same runs of
    U+3000 (the leftmost match of that regex starts at the spaces right before the leftmost run, and its
    greedy run takes the whole run), each piece without the spaces before its indent, which that regex
    took into the separator; the last piece, before no indent, keeps them)."""
    parts = _EXCERPT_INDENT.split(body)
    last = parts.pop()
    pieces = [p.rstrip(_INDENT_LEAD) for p in parts]
    pieces.append(last)
    return [p for p in pieces if p.strip()]


def _size(blocks: list[Block]) -> int:
    """The blocks' sizes added up (`Block.size`: characters but line breaks), by one join, not a call each."""
    text = "".join([b.text for b in blocks])
    return len(text) - text.count("\n")


class _Run:
    """One body being cleaned: what each rule removed so far, for the guard and the audit."""

    def __init__(self, cleaner: Cleaner, doc: Doc, guarded: bool):
        self.cleaner, self.doc, self.guarded = cleaner, doc, guarded
        self.removed_by: dict[str, int] = defaultdict(int)  # characters each rule removed
        self.refused: set[str] = set()
        self.entries: list[tuple[Removal, Rule]] = []
        self.elements: list[Any] = []
        self.suspicious: list[str] = []
        self.changes = 0  # how many plans were applied: the document's version

    def apply(self, rule: Rule, blocks: list[Block] | None = None) -> bool:
        """Apply one rule unless the guard refuses it; whether it removed anything. With `blocks`, the
        rule plans on the document's live blocks among them only (see `Cleaner._catalog_run`)."""
        if rule.id in self.refused:
            return False
        doc = self.doc
        plan = rule.plan(doc if blocks is None else Doc(blocks, doc.root, doc.total, doc.source))
        if not plan.removals and not plan.elements:
            return False
        chars = self.removed_by[rule.id] + sum(len(r.text.replace("\n", "")) for r in plan.removals)
        share = chars / max(self.doc.total, 1)
        guarded = self.guarded and not rule.safe and rule.family not in self.cleaner.own
        if guarded and share > self.cleaner.max_share:
            self.refused.add(rule.id)
            self.suspicious.append(
                f"{rule.id}: would remove {share:.0%} of the body's text"
                f" (limit {self.cleaner.max_share:.0%}); not applied"
            )
            return False
        self.removed_by[rule.id] = chars
        _apply(plan)
        self.doc.changed()
        self.changes += 1
        self.elements += plan.elements
        self.entries += [(r, rule) for r in plan.removals]
        return bool(plan.removals or plan.elements)

    def outcome(self) -> _Outcome:
        if not self.entries:  # nothing removed: no family, no stated source (the family names are strings)
            return _Outcome([], self.elements, self.suspicious)
        entries = sorted(self.entries, key=lambda e: (e[0].block.position, e[0].offset))  # page order
        sources = self.cleaner.sources
        syndicated = self.cleaner.syndicated
        platform = next((rule.family for _, rule in entries if rule.family in syndicated), None)
        removed = []
        for r, rule in entries:
            family = platform if rule.inherit and platform else rule.family
            removed.append(RemovedBlock(family, rule.id, r.text, r.block.position))
        stated = [
            self.cleaner.publishers.name(r.captured["source"]) for r, _ in entries if "source" in r.captured
        ]
        source = sources.get(platform) or next(filter(None, stated), None)
        titles = [r.captured["original_title"] for r, _ in entries if "original_title" in r.captured]
        title = titles[0] if titles else None
        return _Outcome(removed, self.elements, self.suspicious, source, title)


@dataclass
class _Outcome:
    removed: list[RemovedBlock] = field(default_factory=list)
    elements: list[Any] = field(default_factory=list)
    suspicious: list[str] = field(default_factory=list)
    source: str | None = None
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


def _catalog_prefilter(rules: list[Rule]) -> list[Any] | None:
    """Finders (see union_finders) of which one finds something in a text whenever any catalog rule
    could act on it.

    Excerpts are lines without markup (no "\\n", no elements), so every catalog rule that can act on
    one needs one of its patterns to be found in one of its pieces: their union, searched, is a
    necessary condition. None when a catalog rule is of a kind this does not know.
    """
    patterns = []
    for rule in rules:
        if rule.peels or isinstance(rule, ElementRule):
            continue  # detectors do not run on excerpts; element rules need a parsed body
        matchers = [getattr(rule, name) for name in rule.matchers]
        if not matchers or not all(isinstance(m, Matcher) for m in matchers):
            return None
        patterns += [(pattern, "search") for m in matchers for pattern, _ in m._patterns]
    return union_finders(patterns)


@cache
def _default_cleaner() -> Cleaner:
    return Cleaner.from_toml(resources.files(__package__).joinpath("rules.toml").read_text("utf-8"))


def clean_article(article: Article, cleaner: Cleaner | None = None) -> Article:
    """Fill the article's cleaned fields from its raw body, and clean its related excerpts."""
    cleaner = cleaner or Cleaner.default()
    # The tree extraction left, taken once (cleaning changes it), and only for the raw body it is of; `parsed`
    # holds its elements' proxies alive while it is cleaned.
    parsed, article.parsed_body = article.parsed_body, None
    root = parsed[1] if parsed is not None and parsed[0] == article.raw_body_html else None
    result = cleaner.clean_html(article.raw_body_html, root)
    article.body = result.body
    article.body_html = result.html
    article.images = result.images
    article.removed = result.removed
    # A publisher the body reveals wins over one the page states (来源：, DedeCMS's info line): the
    # stated one is often the site itself or a portal that copied it; without either, it stays. Unless the
    # body only shows a platform (微信公众号) and the page names the account on it (来源：洛阳高新发布).
    stated, revealed = article.source, result.source
    if not (stated and revealed in cleaner.platforms):
        article.source = revealed or stated
    if not article.author:
        article.author = _byline_author(result.removed)
    if result.original_title and not _same_text(result.original_title, article.title):
        article.original_title = result.original_title
    article.warnings += [f"cleaning: {s}" for s in result.suspicious]
    for link in article.related:
        link.excerpt = cleaner.clean_excerpt(link.excerpt_raw)[0]
    return article


# The reporter a removed byline names (江淮日报记者 陈晓 通讯员 刘洋 -> 陈晓): the page stated no author.
_BYLINE_AUTHOR = re.compile(
    r"(?:^|[\s（(])(?:[\u4e00-\u9fff]{0,10}记者|作者|撰文|撰稿)[：:\s]*([\u4e00-\u9fff]{2,4})(?=$|[\s）)，,])"
)


def _byline_author(removed: list) -> str | None:
    for block in sorted(removed, key=lambda b: b.position):
        text = block.text.strip()
        if block.position > 2:
            break  # a byline heads the text; a credit at its end names the outlet's staff as often
        if len(text) <= 40 and "\n" not in text and (m := _BYLINE_AUTHOR.search(text)):
            return m[1]
    return None


def _same_text(a: str, b: str) -> bool:
    return "".join(nfkc_map(a)[0].split()) == "".join(nfkc_map(b)[0].split())
