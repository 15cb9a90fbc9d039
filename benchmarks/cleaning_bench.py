"""Benchmark: parkcrawler's cleaning against trafilatura and GNE on the gold set (tests/gold).

    pip install -U pip && pip install -e '.[bench]'  # pip 23.2 fails: lxml[html-clean] vs [html_clean]
    python benchmarks/cleaning_bench.py            # the table of docs/cleaning.md
    python benchmarks/cleaning_bench.py --failures # and every leaked block and lost paragraph

Every extractor gets the same pages, the full article pages in the site's markup, and is scored the
same way (parkcrawler/evaluate.py): character-bigram precision, recall and F1 of its text
against the hand-labelled body, whitespace ignored, averaged over pages; boilerplate blocks leaked
and real paragraphs lost, summed over pages.

trafilatura and GNE are general-purpose extractors: on a whole page they also have to find the
article. The `(body)` rows hand them the article body the site's markup delimits (div.single), the
same starting point parkcrawler's cleaner has, so that those rows compare boilerplate removal alone.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parkcrawler.evaluate import (  # noqa: E402
    GoldPage,
    clean_pages,
    gold_cleaner,
    load_part,
    score_page,
    summarize,
)
from parkcrawler.sites import packaged_site  # noqa: E402

extract_article = packaged_site("shcfck").extract_article

PARTS = ("authoring", "heldout", "blind", *(f"blind{n}" for n in range(2, 9)))  # blind2 ... blind8
Extractor = Callable[[GoldPage], str]


def body_only(page: GoldPage) -> str:
    """The article body alone (div.single), as a minimal HTML document with its title."""
    title = page.expected["title"]
    raw = extract_article(page.url, page.html).raw_body_html
    head = f"<html><head><title>{title}</title></head>"
    return f"{head}<body><article><h1>{title}</h1>{raw}</article></body></html>"


def extractors() -> dict[str, Extractor | str]:
    """Each competitor, or the reason it cannot run here."""
    found: dict[str, Extractor | str] = {}
    try:
        import trafilatura

        found["trafilatura"] = lambda p: trafilatura.extract(p.html) or ""
        found["trafilatura (body)"] = lambda p: trafilatura.extract(body_only(p)) or ""
    except ImportError as exc:
        found["trafilatura"] = f"not installed ({exc}); pip install -e '.[bench]'"
    try:
        from gne import GeneralNewsExtractor

        def gne(page: GoldPage, **options) -> str:
            try:
                return GeneralNewsExtractor().extract(page.html, **options).get("content") or ""
            except Exception:  # GNE raises on pages it cannot make sense of: that is an empty answer
                return ""

        found["GNE"] = gne
        found["GNE (body)"] = lambda p: gne(p, body_xpath='//div[contains(@class, "single")]')
    except ImportError as exc:
        found["GNE"] = f"not installed ({exc}); pip install -e '.[bench]'"
    return found


def run(show_failures: bool) -> int:
    pages = {part: load_part(ROOT / "tests" / "gold" / part) for part in PARTS}
    started = time.perf_counter()
    cleaner = gold_cleaner([page for part in PARTS for page in pages[part]])
    learned = sum(len(r.templates.keys) for r in cleaner.rules if r.id == "site_template.learned")
    texts = {("parkcrawler", part): [a.body for a in clean_pages(pages[part], cleaner)] for part in PARTS}
    ours_seconds = time.perf_counter() - started
    missing = {}
    for name, extractor in extractors().items():
        if isinstance(extractor, str):
            missing[name] = extractor
            continue
        for part in PARTS:
            texts[name, part] = [extractor(page) for page in pages[part]]
    print("| part | extractor | F1 | precision | recall | leaked blocks | lost paragraphs |")
    print("|---|---|---|---|---|---|---|")
    for part in PARTS:
        for (name, of_part), outputs in texts.items():
            if of_part == part:
                print(row(part, name, pages[part], outputs, show_failures))
    for name, why in missing.items():
        print(f"| all | {name} | {why} | | | | |")
    counts = ", ".join(f"{part}: {len(pages[part])} pages" for part in PARTS)
    print(
        f"\n{counts}; parkcrawler learned {learned} template paragraphs; cleaned all in {ours_seconds:.1f}s"
    )
    return 0


def row(part: str, name: str, pages: list[GoldPage], texts: list[str], show_failures: bool) -> str:
    scores = [score_page(p.post_id, text, p.expected) for p, text in zip(pages, texts, strict=True)]
    summary = summarize(scores, [p.expected for p in pages])
    if show_failures and name == "parkcrawler":
        for score in scores:
            for block in score.leaked:
                print(f"  {part} {score.post_id} leaked: {block!r}", file=sys.stderr)
            for paragraph in score.lost:
                print(f"  {part} {score.post_id} lost: {paragraph!r}", file=sys.stderr)
    return (
        f"| {part} | {name} | {summary.f1:.4f} | {summary.precision:.4f} | {summary.recall:.4f}"
        f" | {summary.leaked}/{summary.blocks} | {summary.lost}/{summary.paragraphs} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--failures", action="store_true", help="list parkcrawler's leaks and losses")
    return run(parser.parse_args().failures)


if __name__ == "__main__":
    sys.exit(main())
