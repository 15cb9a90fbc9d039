"""What every rule and detector shares: matchers, the document a rule looks at, and what it plans to remove.

A rule never changes the document itself: `plan` says what it would remove, and the cleaner decides
whether to apply it (the share guard) and records it for the audit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, ClassVar

from parkcrawler.clean.blocks import Block, nfkc_map
from parkcrawler.extract.script import any_of, class_ranges


def caseless(source: str) -> re.Pattern[str] | Caseless:
    """`source` compiled to match as re.IGNORECASE does, as fast as Python's re allows.

    IGNORECASE lowers every character re compares, which makes a long alternation several times
    slower. When the flag does not change the compiled program (no letter with a case in the regex),
    the regex is compiled without it; otherwise a Caseless picks the flag per text.
    """
    program = _program(source, re.IGNORECASE)
    if program is not None and program == _program(source, 0):
        return re.compile(source)
    return Caseless(source)


def _program(source: str, flags: int) -> list[int] | None:
    try:
        from re import _compiler, _parser  # the code re runs; None: assume the flag matters
    except ImportError:  # pragma: no cover
        return None
    return _compiler._code(_parser.parse(source, flags), flags)


def _cased() -> list[str]:
    """The characters lower() or upper() changes. Case mapping is per character (but for a final sigma,
    which is cased anyway), so a text holds none of them exactly when text.lower() == text == text.upper().
    Found block by block: most blocks of 256 code points hold none, which one comparison says. No
    character above U+1FFFF has a case (a test checks it on every code point, in this Python's Unicode)."""
    found = []
    for start in range(0, 0x20000, 256):
        chunk = "".join(chr(c) for c in range(start, start + 256) if not 0xD800 <= c <= 0xDFFF)
        if chunk.lower() != chunk or chunk.upper() != chunk:
            found += [ch for ch in chunk if ch.lower() + ch.upper() != ch + ch]
    return found


_CASED = _cased()
_has_cased = any_of(_CASED)
# A cased character below U+10000 or any character above (any_of's class, its astral ones as one range):
# a text in which this finds nothing holds no cased character, in one search in C and no Python call (most
# texts); one in which it finds something is asked `_has_cased`, the definition.
_maybe_cased = re.compile(
    f"[{class_ranges([ord(c) for c in _CASED if ord(c) <= 0xFFFF])}\U00010000-\U0010ffff]"
).search
_UNCASED: dict[str, bool] = {}  # every case-insensitive regex asks it of the same few texts
_UNCASED_LIMIT = 4_000


def uncased(text: str) -> bool:
    """Whether no character of `text` has a case (most Chinese text): IGNORECASE changes no match in it."""
    found = _UNCASED.get(text)
    if found is None:
        if len(_UNCASED) >= _UNCASED_LIMIT:
            _UNCASED.clear()  # bounded: memory stays flat over a crawl
        # A character below U+10000 found is one of _CASED (the class lists only those there): cased, no
        # second search; only an astral one (the class takes them all) needs the definition.
        hit = _maybe_cased(text)
        found = _UNCASED[text] = hit is None or (hit[0] > "\uffff" and not _has_cased(text))
    return found


class Caseless:
    """A regex matched as with re.IGNORECASE; on a text without cased characters (`uncased`), by the
    same regex compiled without the flag, which finds the same matches there, faster."""

    __slots__ = ("pattern", "flags", "exact", "folded")

    def __init__(self, source: str):
        self.folded = re.compile(source, re.IGNORECASE)
        self.exact = re.compile(source)
        self.pattern, self.flags = source, self.folded.flags

    def pick(self, text: str) -> re.Pattern[str]:
        return self.exact if uncased(text) else self.folded

    @staticmethod
    def variants(pattern: re.Pattern[str] | Caseless) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """The regex to run on a text without cased characters, and on any text."""
        return (pattern.exact, pattern.folded) if isinstance(pattern, Caseless) else (pattern, pattern)

    # The matching methods most calls go through pick inline, reading `uncased`'s memo first (most texts
    # are in it): one or two Python calls less per call for the regex `pick` picks.
    def search(self, text: str) -> re.Match[str] | None:
        found = _UNCASED.get(text)
        return (self.exact if (uncased(text) if found is None else found) else self.folded).search(text)

    def match(self, text: str) -> re.Match[str] | None:
        found = _UNCASED.get(text)
        return (self.exact if (uncased(text) if found is None else found) else self.folded).match(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        found = _UNCASED.get(text)
        return (self.exact if (uncased(text) if found is None else found) else self.folded).fullmatch(text)

    def finditer(self, text: str) -> Any:
        return self.pick(text).finditer(text)

    def findall(self, text: str) -> list[Any]:
        return self.pick(text).findall(text)

    def sub(self, repl: str, text: str) -> str:
        return self.pick(text).sub(repl, text)


def union(sources: list[str]) -> str:
    """One regex of the alternatives `sources`, in order. Joined without a group around each: a group
    opening every alternative keeps re from skipping positions where no alternative can start. The
    same regex: alternation is associative, and a source that compiles inside (?:…) has no global flag.
    """
    re.compile("|".join(f"(?:{s})" for s in sources))  # raises what each source's own error is
    return "|".join(sources)


class Matcher:
    """What a text must look like, in NFKC form: `exact`, `prefix`, `contains` (literal) or `regex`."""

    _METHODS = {"exact": "fullmatch", "prefix": "match", "contains": "search", "regex": "search"}

    def __init__(self, spec: dict[str, Any], where: str):
        if not isinstance(spec, dict) or not spec or set(spec) - set(self._METHODS):
            raise ValueError(f"{where}: a matcher is a table of {sorted(self._METHODS)}, got {spec!r}")
        self.literal_only = set(spec) == {"exact"}
        self._patterns: list[tuple[re.Pattern[str] | Caseless, str]] = []
        for key, method in self._METHODS.items():
            for pattern in as_list(spec.get(key, [])):
                if key == "regex" and nfkc_map(pattern)[0] != pattern:
                    raise ValueError(f"{where}: regex {pattern!r} must be written in NFKC form (ASCII ,:!())")
                source = pattern if key == "regex" else re.escape(nfkc_map(pattern)[0])
                self._patterns.append((caseless(source), method))
        # Whether any pattern matches, in at most three regex calls (one per method), not one call
        # per pattern: most texts match none, and `first` only then needs the patterns in order.
        self._any = union_finders(self._patterns)

    def first(self, text: str) -> re.Match[str] | None:
        if not self.matches(text):
            return None
        return next(filter(None, (getattr(p, method)(text) for p, method in self._patterns)), None)

    def matches(self, text: str) -> bool:
        return any(find(text) is not None for find in self._any)

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


def union_finders(patterns: list[tuple[re.Pattern[str] | Caseless, str]]) -> list[Any]:
    """Bound fullmatch / match / search of the union of `patterns` per method: whether any of them
    matches a text, in at most three regex calls.

    A searched regex that opens with ^ can only match at the start: it joins the union that is
    matched there (a search of a union holding it would try every alternative at every position).
    """
    return [getattr(caseless(union(sources)), method) for method, sources in union_groups(patterns).items()]


def union_groups(patterns: list[tuple[re.Pattern[str] | Caseless, str]]) -> dict[str, list[str]]:
    """The sources of `patterns` by the method their union is called with (union_finders), the non-empty
    groups only, in the order fullmatch, match, search."""
    groups: dict[str, list[str]] = {"fullmatch": [], "match": [], "search": []}
    for pattern, method in patterns:
        groups[union_method(pattern, method)].append(pattern.pattern)
    return {method: sources for method, sources in groups.items() if sources}


def union_method(pattern: re.Pattern[str] | Caseless, method: str) -> str:
    """The method of the union a pattern joins: its own, but "match" for a searched regex opening with ^."""
    return "match" if method == "search" and _anchored(pattern) else method


def _anchored(pattern: re.Pattern[str] | Caseless) -> bool:
    """Whether a regex matches only at the start of a text: it opens with ^, outside any alternation."""
    if pattern.flags & re.MULTILINE or not pattern.pattern.startswith("^"):
        return False
    try:
        from re import _parser  # the parsed form: a top-level "|" makes a branch the first item
    except ImportError:  # pragma: no cover - a Python without it: search the regex, as before
        return False
    first = _parser.parse(pattern.pattern, pattern.flags).data[:1]
    return first == [(_parser.AT, _parser.AT_BEGINNING)]


def as_list(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


@dataclass(eq=False, slots=True)  # slots: made for every block a rule takes, read by the run and the audit
class Removal:
    block: Block
    text: str  # what the audit records
    indices: set[int] | None = None  # characters cut out of the block; None: the whole block
    offset: int = 0  # where the removed text starts in the block (orders the audit)
    captured: dict[str, str] = field(default_factory=dict)  # provenance read from the removed text


@dataclass(slots=True)
class Plan:
    removals: list[Removal] = field(default_factory=list)
    elements: list[Any] = field(default_factory=list)  # elements to drop whole, images included


@dataclass
class Doc:
    blocks: list[Block]  # every block of the body, removed ones included (they keep their place)
    root: Any  # the parsed body; None for an excerpt
    total: int  # characters before cleaning: the guard's yardstick
    source: str | None = None  # the HTML `root` was parsed from, when known (element rules' gate)

    # The blocks not removed, as of the last change: every rule reads them, several times a round.
    _live: list[Block] | None = field(default=None, init=False, repr=False)

    def live(self) -> list[Block]:
        """The blocks not removed, in page order (shared: callers never change the list)."""
        if self._live is None:
            self._live = [b for b in self.blocks if not b.removed]
        return self._live

    def changed(self) -> None:
        """Blocks were removed or cut: what `live` remembers is stale."""
        self._live = None


def whole(blocks: list[Block]) -> list[Removal]:
    return [Removal(b, b.text) for b in blocks]


@dataclass(eq=False, kw_only=True)
class Rule:
    """A boilerplate rule: `plan` says what it would remove; the cleaner applies it unless guarded."""

    id: str
    family: str
    why: str
    safe: bool = False
    # Record removals under the family of the syndication source the page shows (a 责任编辑 line on a
    # Sohu copy is Sohu's junk), or under this rule's own family when the page shows none.
    inherit: bool = False
    examples: list[Any] = field(default_factory=list)
    kind: ClassVar[str]
    matchers: ClassVar[tuple[str, ...]] = ()  # keys whose values are matcher tables
    # Detectors peel junk off the body's edges: the cleaner runs them again and again until none
    # finds anything more, since removing one block can bring the next one to the edge.
    peels: ClassVar[bool] = False

    def __post_init__(self) -> None:
        if self.safe and not self.cannot_match_prose():
            raise ValueError(f"rule {self.id}: only exact-text and element rules can be safe")

    def cannot_match_prose(self) -> bool:
        return False

    def plan(self, doc: Doc) -> Plan:
        raise NotImplementedError
