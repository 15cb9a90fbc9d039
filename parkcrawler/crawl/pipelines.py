"""Item pipelines: the Scrapy side of extract -> clean -> store.

Each stage is a thin adapter around a pure function (extraction, cleaning) or the Archive,
so the same functions serve `parkcrawler reparse` and the tests without an engine.
"""

from __future__ import annotations

import hashlib
import logging
import re
import zlib
from collections import Counter
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.http import Response
from scrapy.utils.defer import deferred_from_coro

from parkcrawler.clean import Cleaner, TemplateSet, clean_article
from parkcrawler.crawl.learn import load_templates
from parkcrawler.extract.html import ExtractionError
from parkcrawler.items import Article, FeedPage, ListPage, RawPage, UrlOutcome
from parkcrawler.sites import Site
from parkcrawler.store import Archive, ArchiveLocked, ArchiveUnwritable, ArchiveWriteError, CrawlState, utcnow

logger = logging.getLogger(__name__)

# Article fields whose coverage a run reports (crawl_runs.coverage) and its health check weighs.
COVERAGE_FIELDS = ("title", "published_at", "body", "views", "author", "category")


class ExtractPipeline:
    """RawPage -> Article (article pages) or FeedPage (feeds), with the crawl's Site (its family's
    extractors). Loud when markup stops matching."""

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        # The article each text was first archived under in this run: the same article at a second
        # address the URL rules could not tell apart (a case-folded path, an extra parameter).
        self._texts: dict[bytes, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        return cls(crawler)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if not isinstance(item, RawPage):
            return item
        site: Site = self.crawler.spider.site
        if item.page_type == "feed":
            return FeedPage(item.url, item.site, item.fetched_at, site.parse_feed(item.html))
        try:
            pages = [(item.request_url, item.html), *item.more_pages]
            article = site.extract_article_pages(
                pages, server_time=item.server_time, fetched_at=item.fetched_at
            )
        except ExtractionError as exc:
            self.stats.inc_value("parkcrawler/extraction/failed")
            # ERROR, not WARNING: an article page that no longer matches means the site changed.
            logger.error(
                "Article page does not match the %s markup (%s): %s (%s)",
                site.name,
                site.family.name,
                item.url,
                exc,
            )
            raise DropItem(f"extraction failed: {exc}") from exc
        if (first := self._first_with_same_text(article)) is not None:
            self.stats.inc_value("parkcrawler/skipped/duplicate-content")
            return UrlOutcome(article.url, "skipped", "duplicate-content", found_on=first)
        for warning in article.warnings:
            self.stats.inc_value("parkcrawler/extraction/warnings")
            logger.warning("%s: %s", article.url, warning)
        return article

    def _first_with_same_text(self, article: Article) -> str | None:
        text = _TAGS.sub("", article.raw_body_html or "")
        if len(text) < 50:
            return None  # too little text to tell two articles apart
        day = (article.published_at or "")[:10]
        # 128 bits: a collision would silently drop an article; crc32 would collide within ~100k.
        key = hashlib.blake2b(f"{article.title}\n{day}\n{''.join(text.split())}".encode(), digest_size=16)
        key = key.digest()
        first = self._texts.setdefault(key, article.url)
        return first if first != article.url else None


_TAGS = re.compile(r"<[^>]*>")


class CleanPipeline:
    """Article -> Article with body, body_html, images and the audit of removed boilerplate.

    When the spider opens, the site's cleaner is built once: the packaged rules, its family's and its
    own rules, and the template paragraphs learned from the archive (by `parkcrawler reparse`, see
    crawl/learn.py), which the archive's owner (ArchivePipeline) hands over. Every article of a run is
    cleaned alike, whatever order the pages arrive in.
    """

    def __init__(self, crawler: Crawler | None = None) -> None:
        self.crawler = crawler
        self.cleaner = Cleaner.default()
        self.archive_owner: ArchivePipeline | None = None  # found among the crawl's pipelines if not set

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CleanPipeline:
        return cls(crawler)

    def open_spider(self, spider: Any = None) -> None:
        spider = spider or (self.crawler.spider if self.crawler else None)
        site = getattr(spider, "site", None)
        if site is None:
            return
        owner = self.archive_owner or (self.crawler and self.crawler.get_item_pipeline(ArchivePipeline))
        templates = owner.learned_templates(site) if owner else None
        self.cleaner = Cleaner.for_site(site, templates)
        if templates and templates.keys:
            logger.info("Cleaning with %d template paragraphs learned for %s", len(templates.keys), site.name)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if isinstance(item, Article):
            clean_article(item, self.cleaner)
        return item


class ArchivePipeline:
    """Writes everything into the SQLite archive and keeps the run's books.

    Besides items it listens to the engine: every raw response (response_downloaded, which
    sees redirects and errors before any middleware) goes to `pages`, every dropped item
    to `failures`, and the run row is closed with Scrapy's finish reason.

    A write that fails (disk full, database locked past ARCHIVE_BUSY_TIMEOUT, I/O error) stops
    the crawl: fetching on would only lose more. What was not stored (the rolled-back batch, and
    what arrived while the crawl stopped) is counted by kind in the stats
    (`parkcrawler/not_stored/…`), the log, and the run row if it can still be written; `scrapy
    crawl` exits with status 5.
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.settings = crawler.settings
        self.archive: Archive | None = None
        self.run_id = 0
        self.mode_saved = False
        self.write_failed: str | None = None  # the first failed write's message
        self.not_stored: Counter[str] = Counter()
        crawler.signals.connect(self.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        return cls(crawler)

    def open_spider(self, spider: Any = None) -> None:
        self.open()

    def open(self) -> Archive:
        """The crawl's archive, opened (and locked) on first use: the one component that owns it. The
        spider's crawl plan and the cleaner's learned templates come from here (crawl_state,
        learned_templates), whichever asks first."""
        if self.archive is not None:
            return self.archive
        spider = self.crawler.spider
        path = self.settings.get("ARCHIVE_DB")
        try:
            archive = Archive(
                path,
                batch_size=self.settings.getint("ARCHIVE_BATCH_SIZE"),
                batch_seconds=self.settings.getfloat("ARCHIVE_BATCH_SECONDS"),
                busy_timeout=self.settings.getfloat("ARCHIVE_BUSY_TIMEOUT"),
                lock=True,
            )
        except ArchiveLocked as exc:
            self.crawler.stats.set_value("parkcrawler/archive_locked", str(exc))
            logger.error("Not crawling: %s", exc)
            raise
        except ArchiveUnwritable as exc:
            self.crawler.stats.set_value("parkcrawler/archive_unwritable", str(exc))
            logger.error("Not crawling: %s", exc)
            raise
        try:
            self.run_id = archive.start_run(spider.name, spider.site.name)
        except ArchiveWriteError as exc:
            self.crawler.stats.set_value("parkcrawler/archive_write_failed", str(exc))
            logger.error("Not crawling: %s (the run could not be recorded)", exc)
            archive.close_quietly()
            raise
        self.archive = archive
        logger.info("Archiving into %s (run %d)", path, self.run_id)
        return archive

    def crawl_state(self, site: Site, *, full: bool) -> CrawlState:
        """What the archive holds of the site, for the spider's plan (full or incremental)."""
        return self.open().crawl_state(
            site.name,
            full=full,
            refresh_days=self.settings.getfloat("REFRESH_AFTER_DAYS"),
            due_max=self.settings.getint("REFRESH_MAX_PER_RUN"),
            is_article=site.is_article,
        )

    def learned_templates(self, site: Site) -> TemplateSet:
        if self.archive is None and not Path(self.settings.get("ARCHIVE_DB")).exists():
            return TemplateSet()  # a first crawl: nothing learned, and nothing created before it starts
        return load_templates(self.open(), site.name)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if self.write_failed is not None:
            # The crawl is stopping: what still arrives cannot be stored; count it.
            self._count_not_stored(Counter({kind_of(item): 1}))
            return item
        try:
            self._store(item)
        except ArchiveWriteError as exc:
            self._stop(exc)
        return item

    def _store(self, item: Any) -> None:
        archive = self.archive
        if isinstance(item, Article):
            outcome = archive.save_article(self.run_id, item)
            self.crawler.stats.inc_value(f"parkcrawler/articles/{outcome}")
            self._count_fields(item)
        elif isinstance(item, ListPage):
            archive.save_list(self.run_id, item)
        elif isinstance(item, FeedPage):
            archive.save_feed(item)
        elif isinstance(item, UrlOutcome):
            if item.outcome == "skipped":
                archive.record_skip(self.run_id, item.url, item.reason, item.found_on)
            else:
                archive.record_failure(
                    self.run_id, item.url, item.kind, item.reason, item.status, item.found_on
                )

    def _stop(self, exc: ArchiveWriteError) -> None:
        """The first failed write: count what the rolled-back batch held, and stop the crawl."""
        self.write_failed = str(exc)
        stats = self.crawler.stats
        stats.set_value("parkcrawler/archive_write_failed", str(exc))
        for outcome, n in exc.lost_outcomes.items():  # counted when saved, gone with the batch
            stats.inc_value(f"parkcrawler/articles/{outcome}", -n)
        self._count_not_stored(exc.lost)
        logger.error(
            "Stopping the crawl: %s. Not stored (the open transaction was rolled back): %s",
            exc,
            describe(exc.lost),
        )
        deferred_from_coro(self.crawler.engine.close_spider_async(reason="archive_write_failed"))

    def _count_not_stored(self, lost: Counter) -> None:
        self.not_stored.update(lost)
        for kind, n in lost.items():
            self.crawler.stats.inc_value(f"parkcrawler/not_stored/{kind}", n)

    def _count_fields(self, article: Article) -> None:
        stats = self.crawler.stats
        stats.inc_value("parkcrawler/fields/articles")
        for name in COVERAGE_FIELDS:
            if getattr(article, name) not in (None, ""):
                stats.inc_value(f"parkcrawler/fields/{name}")


    def coverage(self) -> dict[str, float]:
        stats = self.crawler.stats
        total = stats.get_value("parkcrawler/fields/articles", 0)
        if not total:
            return {}
        return {
            name: round(stats.get_value(f"parkcrawler/fields/{name}", 0) / total, 4)
            for name in COVERAGE_FIELDS
        }

    def response_downloaded(self, response: Response, request: Any, **kwargs: Any) -> None:
        if self.archive is None:
            return
        if self.write_failed is not None:
            if self.settings.getbool("ARCHIVE_STORE_PAGES"):
                self._count_not_stored(Counter({"pages": 1}))
            return
        try:
            if not self.mode_saved and (mode := self.crawler.stats.get_value("parkcrawler/mode")):
                # The spider decides full or incremental before its first request: record it now, so
                # that even a run killed later says what kind of run it was.
                self.archive.set_run_mode(self.run_id, mode)
                self.mode_saved = True
            if not self.settings.getbool("ARCHIVE_STORE_PAGES"):
                return
            headers = {
                key.decode("latin-1"): [v.decode("latin-1") for v in values]
                for key, values in response.headers.items()
            }
            # The article extracted from this response says it was fetched when its stored page says:
            # reparse, which reads the stored page, then finds the article as the crawl left it.
            fetched_at = request.meta["parkcrawler_fetched_at"] = utcnow()
            self.archive.record_page(
                self.run_id,
                response.url,
                response.status,
                headers,
                decoded_body(response),
                fetched_at,
                dictionary=self.crawler.spider.site.family.page_dictionary,
            )
        except ArchiveWriteError as exc:
            self._stop(exc)

    def item_dropped(self, item: Any, exception: BaseException, **kwargs: Any) -> None:
        if not isinstance(item, RawPage) or self.archive is None:
            return
        if self.write_failed is not None:
            self._count_not_stored(Counter({"failures": 1}))
            return
        try:
            self.archive.record_failure(self.run_id, item.url, "extraction", str(exception), 200)
        except ArchiveWriteError as exc:
            self._stop(exc)

    def spider_closed(self, spider: Any, reason: str, **kwargs: Any) -> None:
        if self.archive is None:
            return
        stats = self.crawler.stats
        archive, self.archive = self.archive, None
        counts = None
        try:
            if self.write_failed is None:
                archive.set_run_mode(self.run_id, stats.get_value("parkcrawler/mode"))
                # Views as archived: a page that prints no count (DedeCMS) gets one from a list page, which
                # may come before or after the article.
                stats.set_value("parkcrawler/fields/views", archive.run_views(self.run_id))
            counts = archive.finish_run(
                self.run_id,
                reason,
                stats.get_stats(),
                health=stats.get_value("parkcrawler/health"),
                problems=stats.get_value("parkcrawler/problems"),
                coverage=self.coverage(),
                status="failed" if self.write_failed else "finished",
            )
            archive.close()
        except ArchiveWriteError as exc:
            archive.close_quietly()
            if self.write_failed is None:
                self.write_failed = str(exc)
                stats.set_value("parkcrawler/archive_write_failed", str(exc))
                self._count_not_stored(exc.lost)
            # The disk may still be full: the log and the exit status must say it all.
            logger.error(
                "Run %d could not be recorded in crawl_runs (%s): the row stays 'running' until the next"
                " run marks it interrupted",
                self.run_id,
                exc,
            )
        if self.write_failed is not None:
            logger.error(
                "Run %d stopped because the archive could not store what it fetched (%s). Not stored: %s",
                self.run_id,
                self.write_failed,
                describe(self.not_stored),
            )
        if counts is None:
            return
        logger.info(
            "Run %d %s: %d new, %d updated, %d unchanged articles; %d failures; %d skipped URLs;"
            " %d pages stored",
            self.run_id,
            reason,
            counts["articles_new"],
            counts["articles_updated"],
            counts["articles_unchanged"],
            counts["failures"],
            counts["skipped"],
            counts["pages_stored"],
        )


def kind_of(item: Any) -> str:
    """What an item is, in the counts of what was not stored (the Archive's write kinds)."""
    if isinstance(item, UrlOutcome):
        return "skipped URLs" if item.outcome == "skipped" else "failures"
    kinds = {Article: "articles", RawPage: "articles", ListPage: "list pages", FeedPage: "feeds"}
    return kinds.get(type(item), "items")


def describe(counts: Counter) -> str:
    """`3 articles, 12 pages`, largest first; `nothing` when empty."""
    return ", ".join(f"{n} {kind}" for kind, n in counts.most_common() if n) or "nothing"


def decoded_body(response: Response) -> bytes:
    """The body as the page's bytes: response_downloaded sees it before HttpCompressionMiddleware."""
    encoding = response.headers.get("Content-Encoding", b"").lower()
    if encoding in (b"gzip", b"x-gzip", b"deflate"):
        try:
            return zlib.decompress(response.body, wbits=47)  # 47: zlib or gzip header, auto-detected
        except zlib.error:
            try:
                return zlib.decompress(response.body, wbits=-15)  # raw deflate, as some servers send
            except zlib.error:
                pass
    return response.body  # identity, or an encoding we keep as served (the header says which)
