"""Traditional and simplified Chinese: one reading of labels and rules for pages in either script.

Sites of Taiwanese-invested zones, Hong Kong developers and some mainland mirrors print 來源,
發佈日期, 責任編輯 where others print 来源, 发布日期, 责任编辑. Rules are written once, in simplified
characters. Extraction widens its patterns to both scripts (`both_scripts`, `re_both`), so what it keeps
is the page's own text; cleaning matches a character-for-character fold (`to_simplified`: same length,
so an offset in the fold is an offset in the text). The table is OpenCC's TSCharacters (the field's
standard dictionary, via opencc-python-reimplemented), less the characters that are simplified too
(乾, 於: their fold would be a guess).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources


@cache
def _pairs() -> dict[str, str]:
    text = resources.files("opencc").joinpath("dictionary/TSCharacters.txt").read_text("utf-8")
    pairs = {}
    for line in text.splitlines():
        source, _, targets = line.partition("\t")
        choices = targets.split()
        if len(source) == 1 and choices and len(choices[0]) == 1 and source not in choices:
            pairs[source] = choices[0]
    return pairs


@cache
def _table() -> dict[int, str]:
    return {ord(t): s for t, s in _pairs().items()}


def any_of(chars: Iterable[str]) -> Callable[[str], bool]:
    """A test of whether a text holds any of `chars`, in one scan in C.

    A regex class of characters below U+10000 is compiled into a bitmap (one lookup per character of
    the text: 8x faster than frozenset.isdisjoint, which makes a string per character). A class listing
    characters above U+FFFF is not: re walks the list for every character, a hundred times slower. So
    the class holds those as one range, U+10000 to U+10FFFF, and a character of it that is found is
    then looked up in a set.
    """
    chars = set(chars)
    near = [ord(c) for c in chars if ord(c) <= 0xFFFF]
    far = frozenset(c for c in chars if ord(c) > 0xFFFF)
    if not chars:
        return lambda text: False
    search = re.compile(f"[{class_ranges(near)}{_ASTRAL if far else ''}]").search

    def found(text: str) -> bool:
        at = 0
        while (hit := search(text, at)) is not None:
            if hit[0] <= "\uffff" or hit[0] in far:
                return True
            at = hit.end()
        return False

    return found


_ASTRAL = "\U00010000-\U0010ffff"


def class_ranges(codes: list[int]) -> str:
    """Code points as a regex class's ranges (a-z...), each end escaped."""
    spans: list[list[int]] = []
    for code in sorted(codes):
        if spans and spans[-1][1] == code - 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in spans)


def traditional_characters() -> frozenset[str]:
    """The characters to_simplified folds."""
    return frozenset(_pairs())


@cache
def _has_traditional() -> Callable[[str], bool]:
    return any_of(_pairs())


def to_simplified(text: str) -> str:
    """`text` with each traditional character folded to its simplified one (same length)."""
    if not _has_traditional()(text):
        return text  # most text: one scan in C, no copy
    return text.translate(_table())


@cache
def _variants() -> dict[str, str]:
    """Simplified character -> the traditional characters that fold to it."""
    variants: dict[str, str] = {}
    for traditional, simplified in _pairs().items():
        variants[simplified] = variants.get(simplified, "") + traditional
    return variants


@cache
def both_scripts(pattern: str) -> str:
    """A regex written in simplified characters that matches the traditional spelling too: 来源 -> [来來][源].

    Only bare characters are widened; characters inside a class ([科处室]) are widened in place.
    """
    variants = _variants()
    out = []
    in_class = False
    escaped = False
    for ch in pattern:
        if escaped:
            out.append(ch)
            escaped = False
            continue
        if ch == "\\":
            out.append(ch)
            escaped = True
            continue
        if ch == "[" and not in_class:
            in_class = True
        elif ch == "]" and in_class:
            in_class = False
        extra = variants.get(ch, "")
        if not extra:
            out.append(ch)
        elif in_class:
            out.append(ch + extra)
        else:
            out.append(f"[{ch}{extra}]")
    return "".join(out)


class _BothScriptsRe:
    """The `re` module for code whose patterns are written in simplified characters and must read pages in
    either script: every string pattern goes through `both_scripts` (cached) before `re` compiles it."""

    def __getattr__(self, name: str):
        return getattr(re, name)  # flags, escape, Pattern, Match ...

    def compile(self, pattern, flags: int = 0) -> re.Pattern[str]:
        return re.compile(both_scripts(pattern) if isinstance(pattern, str) else pattern, flags)

    def search(self, pattern, string: str, flags: int = 0):
        return self.compile(pattern, flags).search(string)

    def match(self, pattern, string: str, flags: int = 0):
        return self.compile(pattern, flags).match(string)

    def fullmatch(self, pattern, string: str, flags: int = 0):
        return self.compile(pattern, flags).fullmatch(string)

    def sub(self, pattern, repl, string: str, count: int = 0, flags: int = 0) -> str:
        return self.compile(pattern, flags).sub(repl, string, count=count)

    def findall(self, pattern, string: str, flags: int = 0) -> list:
        return self.compile(pattern, flags).findall(string)

    def finditer(self, pattern, string: str, flags: int = 0):
        return self.compile(pattern, flags).finditer(string)

    def split(self, pattern, string: str, maxsplit: int = 0, flags: int = 0) -> list:
        return self.compile(pattern, flags).split(string, maxsplit=maxsplit)


re_both = _BothScriptsRe()
