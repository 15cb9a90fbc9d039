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


@cache
def _traditional() -> frozenset[str]:
    # A set, not a regex class: re scans a class of 4,000 scattered characters twenty times slower.
    return frozenset(_pairs())


def to_simplified(text: str) -> str:
    """`text` with each traditional character folded to its simplified one (same length)."""
    if _traditional().isdisjoint(text):
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
