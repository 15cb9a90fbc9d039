"""Measuring a cleaner against the gold set (tests/gold): the metric of docs/cleaning.md.

Texts are compared in NFKC form with whitespace and table-cell bars ("|") dropped, so that
paragraph breaks, indents and the way an extractor lays out table cells do not count; what counts
is which characters, in which order, end up in the body.

- precision / recall / F1 over character bigrams (multisets) of the whole body, averaged over pages;
- a boilerplate block *leaks* when any of its lines is still in the body;
- a real paragraph is *lost* when it is not in the body whole (a paragraph cut short counts).
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from statistics import fmean
from typing import Any

from parkcrawler.clean.engine import Cleaner, clean_article
from parkcrawler.clean.templates import LearningSettings, learn_templates
from parkcrawler.items import Article
from parkcrawler.sites import Site, packaged_site

# The gold set is made of www.shcfck.com's pages: they are read with its profile.
GOLD_SITE = "shcfck"


def gold_site() -> Site:
    return packaged_site(GOLD_SITE)


def extract_and_clean(
    site: Site, url: str, html: str, *, cleaner: Cleaner | None = None, **kwargs: Any
) -> Article:
    """A saved page through extraction and cleaning, as the crawl's pipelines run them (without learned
    templates unless `cleaner` has them): for the gold set, the benchmarks and the family tests."""
    return clean_article(site.extract_article(url, html, **kwargs), cleaner or Cleaner.for_site(site))

_DROPPED = {ord(c): None for c in "|\u3000\xa0"}


def norm(text: str) -> str:
    """The comparison form: NFKC, no whitespace, no table-cell bars."""
    return "".join(unicodedata.normalize("NFKC", text).translate(_DROPPED).split())


def bigrams(text: str) -> Counter[str]:
    return Counter(text[i : i + 2] for i in range(len(text) - 1))


@dataclass
class PageScore:
    post_id: int
    precision: float
    recall: float
    f1: float
    leaked: list[str] = field(default_factory=list)  # boilerplate blocks still in the body
    lost: list[str] = field(default_factory=list)  # real paragraphs not in the body whole


def score_page(post_id: int, body: str, expected: dict) -> PageScore:
    got = norm(body)
    want = norm("".join(expected["body"]))
    got_grams, want_grams = bigrams(got), bigrams(want)
    overlap = sum((got_grams & want_grams).values())
    precision = overlap / sum(got_grams.values()) if got_grams else float(not want_grams)
    recall = overlap / sum(want_grams.values()) if want_grams else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    # A block leaked when one of its lines is in the body; a line the true body itself contains (a tag
    # chip 集成电路, a menu item naming the park) proves nothing and is not counted.
    leaked = [
        block["text"]
        for block in expected["boilerplate_removed"]
        if any(line and line in got and line not in want for line in map(norm, block["text"].split("\n")))
    ]
    lost = [paragraph for paragraph in expected["body"] if norm(paragraph) not in got]
    return PageScore(post_id, precision, recall, f1, leaked, lost)


@dataclass
class Summary:
    pages: int
    precision: float
    recall: float
    f1: float
    leaked: int  # boilerplate blocks leaked, over all pages
    lost: int  # real paragraphs lost, over all pages
    blocks: int  # boilerplate blocks in the expected files
    paragraphs: int  # real paragraphs in the expected files


def summarize(scores: list[PageScore], expected: Iterable[dict]) -> Summary:
    expected = list(expected)
    return Summary(
        pages=len(scores),
        precision=fmean(s.precision for s in scores),
        recall=fmean(s.recall for s in scores),
        f1=fmean(s.f1 for s in scores),
        leaked=sum(len(s.leaked) for s in scores),
        lost=sum(len(s.lost) for s in scores),
        blocks=sum(len(e["boilerplate_removed"]) for e in expected),
        paragraphs=sum(len(e["body"]) for e in expected),
    )


@dataclass
class GoldPage:
    post_id: int
    url: str
    html: str
    expected: dict


def gold_cleaner(pages: list[GoldPage], base: Cleaner | None = None) -> Cleaner:
    """The cleaner an archive of these pages would use: the rules plus the templates learned from them.

    Learning reads raw pages only, never the expected files: it is what the archive would compute.
    """
    site = gold_site()
    base = base or Cleaner.for_site(site)
    bodies = []
    for page in pages:
        article = site.extract_article(page.url, page.html)
        bodies.append((page.url, article.category, article.raw_body_html))
    return base.with_templates(learn_templates(bodies, LearningSettings.from_dict(base.learning)))


def clean_pages(pages: list[GoldPage], cleaner: Cleaner) -> list[Article]:
    site = gold_site()
    return [extract_and_clean(site, page.url, page.html, cleaner=cleaner) for page in pages]


def load_part(folder: Path) -> list[GoldPage]:
    """The pages of one part of the gold set (a folder holding pages/ and expected/)."""
    pages = []
    for path in sorted((folder / "expected").glob("*.json"), key=lambda p: int(p.stem)):
        expected = json.loads(path.read_text("utf-8"))
        html = (folder / "pages" / f"{path.stem}.html").read_text("utf-8")
        pages.append(GoldPage(expected["post_id"], expected["url"], html, expected))
    return pages
