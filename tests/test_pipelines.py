"""The pipeline wiring, without a network: extraction failures are loud and recorded."""

import logging
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from parkcrawler.crawl.pipelines import ArchivePipeline, CleanPipeline, ExtractPipeline
from parkcrawler.crawl.spiderloader import spider_for
from parkcrawler.items import Article, RawPage
from parkcrawler.sites import packaged_site

SHCFCK = packaged_site("shcfck")
ShcfckSpider = spider_for(SHCFCK)

PAGES = Path(__file__).parent / "fixtures" / "site-reference" / "pages"
URL = "http://www.shcfck.com/index.php/post/8214.html"


def raw(html: str) -> RawPage:
    return RawPage(URL, URL, "article", "shcfck", html, datetime(2026, 11, 20, 4, tzinfo=UTC))


@pytest.fixture
def crawler(tmp_path):
    crawler = get_crawler(ShcfckSpider, {"ARCHIVE_DB": str(tmp_path / "a.db")})
    crawler.spider = crawler._create_spider()
    return crawler


def test_an_article_page_that_no_longer_matches_is_dropped_loudly(crawler, caplog):
    extract = ExtractPipeline.from_crawler(crawler)
    redesigned = (
        (PAGES / "index.php/post/8214.html").read_text().replace('class="single viewall"', 'class="entry"')
    )
    with caplog.at_level(logging.ERROR), pytest.raises(DropItem, match="extraction failed: .*single"):
        extract.process_item(raw(redesigned))
    assert "does not match the shcfck markup" in caplog.text and URL in caplog.text
    assert crawler.stats.get_value("parkcrawler/extraction/failed") == 1


def test_extract_clean_archive_chain_and_dropped_items_become_failures(crawler, tmp_path):
    extract, clean = ExtractPipeline.from_crawler(crawler), CleanPipeline()
    archive = ArchivePipeline.from_crawler(crawler)
    archive.open_spider(crawler.spider)
    article = clean.process_item(extract.process_item(raw((PAGES / "index.php/post/8214.html").read_text())))
    assert isinstance(article, Article) and "东方财富" not in article.body
    archive.process_item(article)
    broken = raw("<html><body class='article'><p>maintenance</p></body></html>")
    archive.item_dropped(item=broken, exception=DropItem("extraction failed: no h1"), response=None)
    archive.spider_closed(crawler.spider, "finished")
    conn = sqlite3.connect(tmp_path / "a.db")
    assert conn.execute("SELECT title FROM articles").fetchall() == [(article.title,)]
    assert conn.execute("SELECT kind, reason FROM failures").fetchall() == [
        ("extraction", "extraction failed: no h1")
    ]
    assert conn.execute("SELECT status, articles_new, failures FROM crawl_runs").fetchall() == [
        ("finished", 1, 1)
    ]
