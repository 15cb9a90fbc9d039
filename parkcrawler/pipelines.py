"""Item pipelines: the Scrapy side of extract -> clean -> store.

Each stage is a thin adapter around a pure function (extraction, cleaning) or the Archive,
so the same functions serve `parkcrawler reparse` and the tests without an engine.
"""

from __future__ import annotations

import logging
import zlib
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.http import Response

from .clean import Cleaner, clean_article
from .extract.zblog_tpure import ExtractionError, extract_article, parse_feed
from .items import Article, FeedPage, ListPage, RawPage, UrlOutcome
from .learn import load_templates
from .store import Archive, ArchiveLocked, ArchiveUnwritable, utcnow

logger = logging.getLogger(__name__)

# Article fields whose coverage a run reports (crawl_runs.coverage) and its health check weighs.
COVERAGE_FIELDS = ("title", "published_at", "body", "views", "author", "category")


class ExtractPipeline:
    """RawPage -> Article (article pages) or FeedPage (feed.php). Loud when markup stops matching."""

    def __init__(self, crawler: Crawler):
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        return cls(crawler)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if not isinstance(item, RawPage):
            return item
        if item.page_type == "feed":
            return FeedPage(item.url, item.site, item.fetched_at, parse_feed(item.html, site=item.site))
        try:
            article = extract_article(
                item.url, item.html, server_time=item.server_time, fetched_at=item.fetched_at, site=item.site
            )
        except ExtractionError as exc:
            self.stats.inc_value("parkcrawler/extraction/failed")
            # ERROR, not WARNING: an article page that no longer matches means the site changed.
            logger.error("Article page does not match the %s markup: %s (%s)", item.site, item.url, exc)
            raise DropItem(f"extraction failed: {exc}") from exc
        for warning in article.warnings:
            self.stats.inc_value("parkcrawler/extraction/warnings")
            logger.warning("%s: %s", article.url, warning)
        return article


class CleanPipeline:
    """Article -> Article with body, body_html, images and the audit of removed boilerplate.

    When the spider opens, the site's template paragraphs learned from the archive (by
    `parkcrawler reparse`, see parkcrawler/learn.py) join the packaged rules. They are read once,
    so every article of a run is cleaned alike, whatever order the pages arrive in.
    """

    def __init__(self, crawler: Crawler | None = None) -> None:
        self.crawler = crawler
        self.cleaner = Cleaner.default()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CleanPipeline:
        return cls(crawler)

    def open_spider(self, spider: Any = None) -> None:
        spider = spider or (self.crawler.spider if self.crawler else None)
        site = getattr(getattr(spider, "site", None), "name", None)
        path = self.crawler.settings.get("ARCHIVE_DB") if self.crawler else None
        if not site or not path or not Path(path).exists():
            return  # a first crawl: nothing learned yet
        archive = Archive(path)
        try:
            templates = load_templates(archive, site)
        finally:
            archive.close()
        self.cleaner = Cleaner.default().with_templates(templates)
        logger.info("Cleaning with %d template paragraphs learned for %s", len(templates.keys), site)

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if isinstance(item, Article):
            clean_article(item, self.cleaner)
        return item


class ArchivePipeline:
    """Writes everything into the SQLite archive and keeps the run's books.

    Besides items it listens to the engine: every raw response (response_downloaded, which
    sees redirects and errors before any middleware) goes to `pages`, every dropped item
    to `failures`, and the run row is closed with Scrapy's finish reason.
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.settings = crawler.settings
        self.archive: Archive | None = None
        self.run_id = 0
        self.mode_saved = False
        crawler.signals.connect(self.response_downloaded, signal=signals.response_downloaded)
        crawler.signals.connect(self.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ArchivePipeline:
        return cls(crawler)

    def open_spider(self, spider: Any = None) -> None:
        spider = spider or self.crawler.spider
        path = self.settings.get("ARCHIVE_DB")
        try:
            self.archive = Archive(
                path,
                batch_size=self.settings.getint("ARCHIVE_BATCH_SIZE"),
                batch_seconds=self.settings.getfloat("ARCHIVE_BATCH_SECONDS"),
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
        self.run_id = self.archive.start_run(spider.name, spider.site.name)
        logger.info("Archiving into %s (run %d)", path, self.run_id)

    def process_item(self, item: Any, spider: Any = None) -> Any:
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
        return item

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
        self.archive.record_page(
            self.run_id, response.url, response.status, headers, decoded_body(response), utcnow()
        )

    def item_dropped(self, item: Any, exception: BaseException, **kwargs: Any) -> None:
        if isinstance(item, RawPage) and self.archive is not None:
            self.archive.record_failure(self.run_id, item.url, "extraction", str(exception), 200)

    def spider_closed(self, spider: Any, reason: str, **kwargs: Any) -> None:
        if self.archive is None:
            return
        stats = self.crawler.stats
        self.archive.set_run_mode(self.run_id, stats.get_value("parkcrawler/mode"))
        counts = self.archive.finish_run(
            self.run_id,
            reason,
            stats.get_stats(),
            health=stats.get_value("parkcrawler/health"),
            problems=stats.get_value("parkcrawler/problems"),
            coverage=self.coverage(),
        )
        self.archive.close()
        self.archive = None
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
