"""Site-level learning: paragraphs that recur across many articles of one site are its template.

A single page cannot tell a salesperson's block, repeated under five hundred articles, from the
article's own closing line; the archive can. `learn_templates` counts, for each paragraph (in a
whitespace-free NFKC form), how many articles of the site contain it in their raw body, and keeps the
paragraphs found in at least `min_articles` articles and `min_share` of all of them, spread over at
least `min_categories` categories. The spread is what tells a template from a paragraph a writer
reuses: a park's description pasted into each of its listings stays in that park's category, the
salesperson's block and a source's promo follow every topic.

The count is over a set of articles, one raw body per article URL, so it does not depend on the order
in which pages were crawled or on how many workers fetched them: the same pages give the same
templates. The cleaner applies templates only at the edges of a body (`TemplateRule`): a template
block is removed when only other junk separates it from the body's start or end. A repeated paragraph
in the middle of an article is a quotation, not a template. Headings and table rows never count: a
table header row or a subheading like 项目概况 repeats across listings and is real text.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import ClassVar

from parkcrawler.clean.base import Doc, Plan, Rule, whole
from parkcrawler.clean.blocks import HEADING_TAGS, Block, blockify, nfkc_chars, parse_body
from parkcrawler.extract.script import class_ranges, traditional_characters

_DIGITS = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")  # whether _DIGITS finds anything: a search, not a sub building its pieces
# A sentence's end: 。！？, or ! ? not before a word character, = or & (not the ? of a URL). Written as one
# class first, not [。！？]|[!?](?!…): re skips to where a match can start only when it knows the class
# (a first alternative opening with a class hides it), else it tries both at every position. The same
# matches: the character taken is one of the five, and after it either it was one of 。！？ or no
# [\w=&] follows.
_SENTENCE_END = re.compile(r"[。！？!?](?:(?<=[。！？])|(?![\w=&]))")


# Characters whose NFKD form is made of characters of _PLAIN only, each of combining class 0. None of
# _PLAIN is the second character of a canonical composition (a test checks every decomposition), so in a
# text of these characters NFKC neither reorders nor composes anything, within a character or across
# two: its NFKC form is each character's NFKD form, which is also that character's NFKC form. unicodedata's
# NFKC costs ~85 ns per CJK character; the per-character map a fraction of it.
_PLAIN = ((0x00, 0x7F), (0x2010, 0x2027), (0x3000, 0x303F), (0x4E00, 0x9FFF))
_SOURCES = (*_PLAIN, (0x3300, 0x33FF), (0xFF01, 0xFF5E))  # the squared units (㎡) and full-width forms too


def _per_character_codes() -> list[int]:
    def plain(ch: str) -> bool:
        return unicodedata.combining(ch) == 0 and any(low <= ord(ch) <= high for low, high in _PLAIN)

    return [
        c
        for low, high in _SOURCES
        for c in range(low, high + 1)
        if all(plain(ch) for ch in unicodedata.normalize("NFKD", chr(c)))
    ]


_PER_CHARACTER = _per_character_codes()
_COMPOSABLE = re.compile(f"[^{class_ranges(_PER_CHARACTER)}]")  # a character NFKC must see in context
# A character whose NFKC form nfkc_map (a Block's `norm`) does not keep: one NFKC must see in context, or one
# whose own NFKC form holds a traditional character, which nfkc_map folds (to_simplified, per character).
_TRADITIONAL = traditional_characters()
_KEPT_BY_NORM = [c for c in _PER_CHARACTER if _TRADITIONAL.isdisjoint(unicodedata.normalize("NFKC", chr(c)))]
_NOT_IN_NORM = re.compile(f"[^{class_ranges(_KEPT_BY_NORM)}]")


def template_key(text: str, norm: str | None = None) -> str:
    """A paragraph as learning compares it: NFKC, without any whitespace, every run of digits one `#`.

    A template line often carries the article's own number (本文短链接：…?p=120, 文章编号 5601): the
    same line on every page, which an exact comparison would never see twice. Sentences keep their
    digits: a formulaic report (此次签约项目中，外资项目4个，…。) differs from the next only in them.

    `norm`, when given, is `nfkc_map(text)` (a Block's `norm`, made already): the NFKC form when no
    character of `text` is in `_NOT_IN_NORM`. Then NFKC is per character (`_COMPOSABLE`'s complement) and
    no character's form holds a traditional character, so nfkc_map's fold keeps every form: its form is
    NFKC's. The mapping per character cost two thirds of a key (a Python call per full-width comma)."""
    if norm is not None and not _NOT_IN_NORM.search(text):
        normalised = norm
    elif _COMPOSABLE.search(text):
        normalised = unicodedata.normalize("NFKC", text)
    else:
        normalised = nfkc_chars(text)
    key = "".join(normalised.split())
    if _SENTENCE_END.search(key) or not _DIGIT.search(key):
        return key  # a sentence, or no digit to replace
    return _DIGITS.sub("#", key)


@dataclass(frozen=True)
class LearningSettings:
    min_articles: int = 4  # a template recurs in at least this many articles ...
    min_share: float = 0.02  # ... and in at least this share of the site's articles
    min_chars: int = 10  # shorter paragraphs are headings and labels (园区简介, 联系方式)
    max_chars: int = 200  # longer ones are prose, even when an article was posted twice
    min_categories: int = 2  # ... in articles of at least this many categories (if the site has them)

    @classmethod
    def from_dict(cls, data: dict | None) -> LearningSettings:
        return cls(**(data or {}))

    def threshold(self, articles: int) -> int:
        return max(self.min_articles, math.ceil(self.min_share * articles))


@dataclass
class TemplateSet:
    """The learned templates of one site: paragraph key -> number of articles that contain it."""

    keys: dict[str, int] = field(default_factory=dict)
    articles: int = 0  # how many articles they were learned from
    samples: dict[str, str] = field(default_factory=dict)  # key -> the paragraph as a page shows it

    def __contains__(self, key: str) -> bool:
        return key in self.keys


def eligible(block: Block, settings: LearningSettings) -> str | None:
    """The block's template key, or None when the block can never be a template."""
    if block.tag == "tr" or block.tag in HEADING_TAGS:
        return None
    key = template_key(block.text, block.norm)
    return key if settings.min_chars <= len(key) <= settings.max_chars else None


def learn_templates(bodies: Iterable[tuple[str, str | None, str]], settings: LearningSettings) -> TemplateSet:
    """Templates from `(article URL, category, raw body HTML)`, one triple per article."""
    return count_templates(
        ((url, category, template_candidates(html, settings)) for url, category, html in bodies), settings
    )


def template_candidates(html: str, settings: LearningSettings) -> dict[str, str]:
    """What learning needs of one raw body: key -> text of the first block with that key, in body order.
    Computed per article on its own (reparse's worker processes do it), counted by count_templates."""
    found: dict[str, str] = {}
    for block in blockify(parse_body(html)):
        if key := eligible(block, settings):
            found.setdefault(key, block.text)
    return found


def count_templates(
    candidates: Iterable[tuple[str, str | None, dict[str, str]]], settings: LearningSettings
) -> TemplateSet:
    """Templates from `(article URL, category, template_candidates of its raw body)`, one per article."""
    seen: dict[str, set[str]] = {}
    category_of: dict[str, str | None] = {}
    samples: dict[str, str] = {}
    for url, category, found in candidates:
        if url in seen:
            raise ValueError(f"two bodies for {url}: learning needs one body per article")
        seen[url] = set(found)
        category_of[url] = category
        for key, text in found.items():  # a key's sample: its first block in the first article showing it
            samples.setdefault(key, text)
    counts = Counter(key for keys in seen.values() for key in keys)
    spread: dict[str, set[str | None]] = {}
    for url, keys in seen.items():
        for key in keys:
            spread.setdefault(key, set()).add(category_of[url])
    needed = settings.threshold(len(seen))
    categories = min(settings.min_categories, len(set(category_of.values())))
    kept = {key: n for key, n in sorted(counts.items()) if n >= needed and len(spread[key]) >= categories}
    return TemplateSet(kept, len(seen), {key: samples[key] for key in kept})


@dataclass(eq=False, kw_only=True)
class TemplateRule(Rule):
    """Removes a site's learned template paragraphs from the edges of a body."""

    kind: ClassVar[str] = "learned"
    peels: ClassVar[bool] = True
    templates: TemplateSet
    settings: LearningSettings = field(default_factory=LearningSettings)

    def plan(self, doc: Doc) -> Plan:
        live = doc.live()
        head = self._run(live)
        tail = self._run(live[len(head) :][::-1])
        return Plan(whole(head + tail[::-1]))

    def _run(self, blocks: list[Block]) -> list[Block]:
        run = []
        for block in blocks:
            if eligible(block, self.settings) not in self.templates.keys:
                break
            run.append(block)
        return run
