"""`parkcrawler reparse`: re-extract and re-clean every archived article from its stored raw page.

Nothing is fetched. For each site it first learns the site's template paragraphs from the raw pages
(parkcrawler/crawl/learn.py) and stores them, then takes each article's most recent stored 200 response,
extracts it with its stored Date header as the server's clock, cleans it with the current rules
and the learned templates, and saves it through `Archive.save_article`, so that every derived
table (removed blocks, related links, the full-text index) follows.

Safe to interrupt: each article is saved atomically and the batches are committed as they go, so
a killed reparse leaves every article either as it was or reparsed, and a second run completes it.
Idempotent: with the same rules and pages, a second reparse changes nothing.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from parkcrawler.clean import Cleaner, LearningSettings, clean_article, learn_templates
from parkcrawler.crawl.learn import extracted_pages, latest_pages, load_page, load_templates, save_templates
from parkcrawler.extract.html import ExtractionError
from parkcrawler.items import Article
from parkcrawler.sites import Site
from parkcrawler.store import Archive

# Extracted articles kept between the learning and the cleaning pass, in characters of raw HTML: about
# 6,000 articles of a tpure site, 64 MB of text. Beyond it, pages are extracted again for cleaning.
KEEP_EXTRACTED_BYTES = 64_000_000


@dataclass
class Report:
    site: str
    articles: int = 0  # archived articles of the site
    reparsed: int = 0
    without_page: list[str] = field(default_factory=list)  # no stored 200 response to reparse from
    failed: list[str] = field(default_factory=list)  # "url: why" of pages that no longer extract
    touched: int = 0  # articles whose body, source or original title changed
    bodies: int = 0
    sources: int = 0
    titles: int = 0
    removed_chars: int = 0  # characters in the old bodies that the new ones no longer have
    restored_chars: int = 0  # characters the new bodies have that the old ones lacked
    suspicious: int = 0  # articles on which the share guard refused a rule
    templates: int | None = None  # template paragraphs learned (None: not relearned)
    interrupted: bool = False

    def lines(self, dry_run: bool = False) -> list[str]:
        verb = "would change" if dry_run else "changed"
        out = [
            f"{self.site}: {self.reparsed} of {self.articles} articles re-extracted from stored pages"
            f" ({len(self.without_page)} without a stored page, {len(self.failed)} no longer extract)",
        ]
        if self.templates is not None:
            out.append(f"  learned {self.templates} template paragraphs from the raw pages")
        out += [
            f"  {verb} {self.touched} articles: body of {self.bodies}, source of {self.sources},"
            f" original title of {self.titles}",
            f"  characters removed: {self.removed_chars}, restored: {self.restored_chars}",
            f"  share guard refused a rule on {self.suspicious} articles (see articles.warnings)",
        ]
        out += [f"  failed: {failure}" for failure in self.failed]
        if self.interrupted:
            out.append("  interrupted: the articles above were saved; run reparse again to finish")
        return out


def body_diff(old: str | None, new: str | None) -> tuple[int, int]:
    """(characters removed, characters restored) from the old body to the new one, newlines aside."""
    old_lines, new_lines = (old or "").split("\n"), (new or "").split("\n")
    removed = restored = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(
        None, old_lines, new_lines, autojunk=False
    ).get_opcodes():
        if op == "equal":
            continue
        # Within changed lines, count characters: a cut sentence is a few characters, not a paragraph.
        a, b = "".join(old_lines[i1:i2]), "".join(new_lines[j1:j2])
        kept = sum(m.size for m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
        removed += len(a) - kept
        restored += len(b) - kept
    return removed, restored


def reparse_site(
    archive: Archive,
    site: Site,
    *,
    learn: bool = True,
    dry_run: bool = False,
    settings: LearningSettings | None = None,
) -> Report:
    """Reparse every archived article of one site; see the module docstring."""
    states = archive.article_states(site.name)
    report = Report(site.name, articles=len(states))
    pages = latest_pages(archive, site, set(states))
    report.without_page = sorted(set(states) - set(pages))
    base = Cleaner.default()
    # Learning extracts every page; the extracted articles are kept for cleaning (up to a memory bound),
    # so that a page is decompressed, decoded and extracted once, not twice.
    kept: dict[str, tuple[int, Article]] = {}
    budget = [KEEP_EXTRACTED_BYTES]

    def bodies():
        # A page that no longer extracts is skipped here; the cleaning pass meets it again and reports it.
        for url, run_id, article in extracted_pages(archive, site, pages):
            size = len(article.raw_body_html) + sum(len(r.excerpt_raw) for r in article.related)
            if budget[0] >= size:
                budget[0] -= size
                kept[url] = (run_id, article)
            yield url, article.category, article.raw_body_html

    try:
        if learn:
            templates = learn_templates(bodies(), settings or LearningSettings.from_dict(base.learning))
            report.templates = len(templates.keys)
            if not dry_run:
                save_templates(archive, site.name, templates)
        else:
            templates = load_templates(archive, site.name)
        cleaner = Cleaner.for_site(site, templates)
        for url in sorted(pages):
            try:
                if url in kept:
                    run_id, article = kept.pop(url)
                else:
                    page = load_page(archive, site, url, pages[url])
                    run_id, article = page.run_id, page.extract(site)
                article = clean_article(article, cleaner)
            except ExtractionError as exc:
                report.failed.append(f"{url}: {exc}")
                continue
            _count(report, states[url], article)
            if not dry_run:
                # The run that fetched the page is the one that last saw the article.
                archive.save_article(run_id, article)
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        if not dry_run:
            archive.prune_excerpts()
            archive.commit()  # what was saved stays saved; an article cut short rolled back whole
    return report


def _count(report: Report, old: dict, article: Article) -> None:
    report.reparsed += 1
    body = (old["body"] or "") != (article.body or "")
    source = old["source"] != article.source
    title = old["original_title"] != article.original_title
    report.bodies += body
    report.sources += source
    report.titles += title
    report.touched += body or source or title
    report.suspicious += any(w.startswith("cleaning: ") for w in article.warnings)
    if body:
        removed, restored = body_diff(old["body"], article.body)
        report.removed_chars += removed
        report.restored_chars += restored
