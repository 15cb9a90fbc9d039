"""`parkcrawler reparse`: re-extract and re-clean every archived article from its stored raw page.

Nothing is fetched. For each site it first learns the site's template paragraphs from the raw pages
(parkcrawler/crawl/learn.py) and stores them, then takes each article's most recent stored 200 response,
extracts it with its stored Date header as the server's clock, cleans it with the current rules
and the learned templates, and saves it through `Archive.save_article`, so that every derived
table (removed blocks, related links, the full-text index) follows.

Safe to interrupt: each article is saved atomically and the batches are committed as they go, so
a killed reparse leaves every article either as it was or reparsed, and a second run completes it.
Idempotent: with the same rules and pages, a second reparse changes nothing.

With workers > 1 (and enough articles), decoding, extraction, the per-article half of learning and cleaning
run in a pool of worker processes; this process alone reads and writes the archive, and saves the articles
in URL order, so the archive ends exactly as the one-process reparse leaves it.
"""

from __future__ import annotations

import difflib
import multiprocessing
import os
import pickle
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from itertools import islice
from typing import Any

from parkcrawler.clean import (
    Cleaner,
    LearningSettings,
    TemplateSet,
    clean_article,
    count_templates,
    learn_templates,
    template_candidates,
)
from parkcrawler.crawl.learn import (
    StoredPage,
    extracted_pages,
    latest_pages,
    load_page,
    load_templates,
    save_templates,
)
from parkcrawler.extract.html import ExtractionError
from parkcrawler.items import Article
from parkcrawler.sites import Site
from parkcrawler.store import Archive

# Extracted articles kept between the learning and the cleaning pass, in characters of raw HTML: about
# 6,000 articles of a tpure site, 64 MB of text. Beyond it, pages are extracted again for cleaning.
KEEP_EXTRACTED_BYTES = 64_000_000
# Below this many articles a reparse stays in one process: starting the pool and each worker's cleaner
# costs more than the pool gives back.
POOL_MIN_ARTICLES = 200
# Pages per task sent to a worker: enough that a task's own cost (pickling, a queue round trip) is small
# beside its pages' work, few enough that the workers stay evenly busy.
CHUNK = 24


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
    workers: int = 1,
    pool_min_articles: int | None = None,
) -> Report:
    """Reparse every archived article of one site; see the module docstring. workers: processes for the
    per-article work (0: one per CPU; 1: this process only), used from pool_min_articles articles on
    [POOL_MIN_ARTICLES]."""
    states = archive.article_states(site.name)
    report = Report(site.name, articles=len(states))
    pages = latest_pages(archive, site, set(states))
    report.without_page = sorted(set(states) - set(pages))
    workers = workers or _cpus()
    if pool_min_articles is None:
        pool_min_articles = POOL_MIN_ARTICLES
    if workers > 1 and len(pages) >= pool_min_articles:
        _reparse_pooled(archive, site, report, states, pages, learn, dry_run, settings, workers)
        return report
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
            _save(archive, report, states[url], run_id, article, dry_run)
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        if not dry_run:
            archive.prune_excerpts()
            archive.commit()  # what was saved stays saved; an article cut short rolled back whole
    return report


def _cpus() -> int:
    """The CPUs this process may run on (a container or taskset may allow fewer than the machine has)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def _save(archive: Archive, report: Report, old: dict, run_id: int, article: Article, dry_run: bool) -> None:
    _count(report, old, article)
    if not dry_run:
        # The run that fetched the page is the one that last saw the article.
        archive.save_article(run_id, article)


def _reparse_pooled(
    archive: Archive,
    site: Site,
    report: Report,
    states: dict[str, dict],
    pages: dict[str, int],
    learn: bool,
    dry_run: bool,
    settings: LearningSettings | None,
    workers: int,
) -> None:
    """reparse_site's work with the per-article steps in worker processes. Two passes, as in one process:
    extraction and learning's candidates of every page (learning needs all of them before any cleaning),
    then cleaning. Only this process reads the archive (the pages go to the workers as bytes) and writes it,
    in URL order."""
    urls = sorted(pages)
    settings = settings or LearningSettings.from_dict(Cleaner.default().learning)
    # Pass 1's articles stay pickled here (the parent never needs them whole) and go back to the workers
    # for cleaning, up to the same bound as in one process; beyond it, pages are extracted again.
    kept: dict[str, tuple[int, bytes]] = {}
    failed: dict[str, str] = {}
    budget = KEEP_EXTRACTED_BYTES

    def read(url: str) -> StoredPage:
        return load_page(archive, site, url, pages[url], decode=False)

    def candidates() -> Iterator[tuple[str, str | None, dict[str, str]]]:
        nonlocal budget
        for url, run_id, outcome in pool.map(_extract_chunk, map(read, urls)):
            if isinstance(outcome, str):
                failed[url] = outcome  # learning does without it; the cleaning pass reports it
                continue
            blob, category, size, found = outcome
            if budget >= size:
                budget -= size
                kept[url] = (run_id, blob)
            yield url, category, found

    def to_clean() -> Iterator[tuple[str, int, str, Any]]:
        for url in urls:
            if url in failed:
                yield url, 0, "failed", failed.pop(url)
            elif url in kept:
                run_id, blob = kept.pop(url)
                yield url, run_id, "article", blob
            else:
                yield url, 0, "page", read(url)

    pool = _Pool(site, settings, workers)
    try:
        if learn:
            templates = count_templates(candidates(), settings)
            report.templates = len(templates.keys)
            if not dry_run:
                save_templates(archive, site.name, templates)
        else:
            templates = load_templates(archive, site.name)
        for url, run_id, outcome in pool.map(partial(_clean_chunk, templates), to_clean()):
            if isinstance(outcome, str):
                report.failed.append(f"{url}: {outcome}")
                continue
            _save(archive, report, states[url], run_id, outcome, dry_run)
    except KeyboardInterrupt:
        report.interrupted = True
    finally:
        pool.close()
        if not dry_run:
            archive.prune_excerpts()
            archive.commit()  # what was saved stays saved; an article cut short rolled back whole


class _Pool:
    """Worker processes that take chunks of items and give back one result per item, in order, with a
    bounded number of chunks in flight (the pages are read from the archive as the workers need them)."""

    def __init__(self, site: Site, settings: LearningSettings, workers: int):
        # fork: a worker starts with the modules and the site already loaded. Safe here: reparse runs no
        # reactor and no thread before the pool starts its workers (all at once, on the first submit), and a
        # worker never touches the inherited SQLite connection or lock file (it leaves by os._exit, which
        # closes nothing of them). Elsewhere spawn, with the site and settings pickled.
        method = "fork" if sys.platform == "linux" else "spawn"
        self.executor = ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context(method),
            initializer=_init_worker,
            initargs=(site, settings),
        )
        self.window = 2 * workers + 2

    def map(self, fn: Callable[[list], list], items: Iterable) -> Iterator:
        pending: deque[Future] = deque()
        it = iter(items)
        while chunk := list(islice(it, CHUNK)):
            pending.append(self.executor.submit(fn, chunk))
            if len(pending) >= self.window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()

    def close(self) -> None:
        # After an interrupt or an error: the chunks not started are dropped, the running ones finish.
        self.executor.shutdown(wait=True, cancel_futures=True)


# A worker's state: the site, the learning settings, and the cleaner of the templates last asked for.
_worker: dict[str, Any] = {}


def _init_worker(site: Site, settings: LearningSettings) -> None:
    # Ctrl-C reaches the whole process group: the parent alone stops the reparse, commits and closes the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _worker.update(site=site, settings=settings, templates=None, cleaner=None)


def _extract_chunk(pages: list[StoredPage]) -> list[tuple[str, int, Any]]:
    """Pass 1: each page decoded and extracted, and what learning needs of it; or why it failed."""
    site, settings = _worker["site"], _worker["settings"]
    out: list[tuple[str, int, Any]] = []
    for page in pages:
        try:
            article = page.extract(site)
        except ExtractionError as exc:
            out.append((page.url, page.run_id, str(exc)))
            continue
        size = len(article.raw_body_html) + sum(len(r.excerpt_raw) for r in article.related)
        found = template_candidates(article.raw_body_html, settings)
        out.append((page.url, page.run_id, (pickle.dumps(article, -1), article.category, size, found)))
    return out


def _clean_chunk(
    templates: TemplateSet,
    items: list[tuple[str, int, str, Any]],
) -> list[tuple[str, int, Any]]:
    """Pass 2: each article cleaned (extracted first when pass 1 did not keep it); or why it failed."""
    if _worker["templates"] != templates:
        _worker["cleaner"] = Cleaner.for_site(_worker["site"], templates)
        _worker["templates"] = templates
    out: list[tuple[str, int, Any]] = []
    for url, run_id, kind, payload in items:
        if kind == "failed":
            out.append((url, run_id, payload))
            continue
        try:
            if kind == "article":
                article = pickle.loads(payload)
            else:
                run_id, article = payload.run_id, payload.extract(_worker["site"])
            out.append((url, run_id, clean_article(article, _worker["cleaner"])))
        except ExtractionError as exc:
            out.append((url, run_id, str(exc)))
    return out


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
