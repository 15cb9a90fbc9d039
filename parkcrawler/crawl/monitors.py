"""The run's health check (spidermon): does the site still look like the site we know?

A scheduled crawl that silently archives nothing is worse than one that fails. When the
site changes its markup, list pages stop yielding articles, article pages stop extracting,
or fields go missing; when pages answer errors or nothing; these monitors catch each, the
actions record the verdict in the stats (the archive keeps it in crawl_runs.health /
problems), and `scrapy crawl` exits with status 3 (parkcrawler.crawl.commands.crawl) naming what
broke.
"""

from __future__ import annotations

import logging
import warnings

from spidermon import Monitor, MonitorSuite, monitors
from spidermon.contrib.scrapy.monitors import FinishReasonMonitor
from spidermon.core.actions import Action

from parkcrawler.crawl.pipelines import COVERAGE_FIELDS

logger = logging.getLogger(__name__)

# spidermon 1.27 still calls Spider.log(); the deprecation is its to fix and only clutters our logs.
warnings.filterwarnings("ignore", message=r"Spider\.log\(\) is deprecated", module="spidermon")


class _RunMonitor(Monitor):
    def stat(self, name: str) -> int:
        return self.data.stats.get(f"parkcrawler/{name}", 0) or 0

    @property
    def settings(self):
        return self.data.crawler.settings

    @property
    def family(self) -> str:
        """The family whose markup the run expected (a cluster's health check has no spider: "the site's")."""
        site = getattr(getattr(self.data.crawler, "spider", None), "site", None)
        return site.family.name if site is not None else "the site's"


@monitors.name("Site markup")
class MarkupMonitor(_RunMonitor):
    @monitors.name("the site answered")
    def test_site_answered(self):
        # Any page at all: a run resumed from JOBDIR does not refetch the home page it already had.
        ok = self.data.stats.get("downloader/response_status_count/200", 0)
        self.assertGreater(
            ok, 0, msg="no page of the site could be fetched (see failures): the site or the network is down"
        )

    @monitors.name("the home page lists articles")
    def test_home_lists_articles(self):
        fetched, empty = self.stat("pages/home"), self.stat("lists/empty_home")
        self.assertFalse(
            fetched and empty == fetched,
            msg=f"{empty} of {fetched} home pages list no article ({self.family} markup): the markup changed",
        )

    @monitors.name("list pages are list pages")
    def test_list_pages_parse(self):
        unparseable = self.stat("lists/unparseable")
        self.assertEqual(
            unparseable, 0, msg=f"{unparseable} list pages match no {self.family} list markup (see the log)"
        )

    @monitors.name("most list pages list articles")
    def test_lists_are_not_empty(self):
        fetched, empty = self.stat("pages/list"), self.stat("lists/empty_list")
        share = self.settings.getfloat("HEALTH_MAX_EMPTY_LIST_SHARE")
        self.assertLessEqual(
            empty,
            fetched * share,
            msg=f"{empty} of {fetched} list pages list no article ({self.family} markup)",
        )

    @monitors.name("article pages extract")
    def test_articles_extract(self):
        fetched, failed = self.stat("pages/article"), self.stat("extraction/failed")
        share = self.settings.getfloat("HEALTH_MAX_EXTRACTION_FAILURE_SHARE")
        self.assertLessEqual(
            failed,
            fetched * share,
            msg=f"{failed} of {fetched} article pages do not match the article markup (see failures)",
        )

    @monitors.name("a full run finds articles")
    def test_full_run_finds_articles(self):
        # Every URL may be accounted for (skipped by a policy, failed, judged no article) and still the run
        # archived nothing: on a full pass of a site that is the reader not recognising the site's articles.
        if self.data.stats.get("parkcrawler/mode") != "full":
            self.skipTest("an incremental run may find nothing new")
        articles = self.stat("fields/articles")
        self.assertGreater(
            articles,
            0,
            msg=f"a full run archived no article ({self.family} reading): every page was judged a list, "
            "a trap, an ad or no article (see skipped_urls and failures)",
        )


@monitors.name("Archive")
class ArchiveMonitor(_RunMonitor):
    @monitors.name("everything fetched was stored")
    def test_everything_stored(self):
        stats = self.data.stats
        failed = stats.get("parkcrawler/archive_write_failed")
        lost = {k.rsplit("/", 1)[1]: n for k, n in stats.items() if k.startswith("parkcrawler/not_stored/")}
        self.assertFalse(
            failed, msg=f"the archive could not store what the run fetched ({failed}); not stored: {lost}"
        )


@monitors.name("Fetching")
class FetchMonitor(_RunMonitor):
    @monitors.name("most pages the run meant to fetch were fetched")
    def test_fetch_failures(self):
        # Counted by the spider: pages that reached it, and requests that ended in its errback. A 404 or
        # 410 is a deleted page, normal on a live site, so it is neither a failure nor a success.
        fetched, failed, gone = self.stat("fetch/ok"), self.stat("fetch/failed"), self.stat("fetch/gone")
        meant = fetched + failed + gone
        share = self.settings.getfloat("HEALTH_MAX_FETCH_FAILURE_SHARE")
        # One failure alone is tolerated: a tiny incremental run must not fail over one transient error.
        self.assertFalse(
            failed > 1 and failed > meant * share,
            msg=f"{failed} of {meant} pages the run meant to fetch failed (HTTP errors, network errors,"
            f" redirects off the site; see failures), more than HEALTH_MAX_FETCH_FAILURE_SHARE = {share}",
        )


@monitors.name("Field coverage")
class CoverageMonitor(_RunMonitor):
    @monitors.name("required fields are present on nearly every article")
    def test_coverage(self):
        total = self.stat("fields/articles")
        if not total:
            self.skipTest("no article archived in this run")
        minimum = self.settings.getdict("HEALTH_MIN_COVERAGE")
        low = {
            name: round(self.stat(f"fields/{name}") / total, 3)
            for name in COVERAGE_FIELDS
            if name in minimum and self.stat(f"fields/{name}") / total < float(minimum[name])
        }
        self.assertEqual(low, {}, msg=f"field coverage below {minimum} over {total} articles: {low}")


class RecordHealthy(Action):
    def run_action(self):
        self.data.crawler.stats.set_value("parkcrawler/health", "ok")


class RecordFailure(Action):
    def run_action(self):
        problems = [
            f"{r.item.monitor_name} / {r.item.method_name}: {r.reason}"
            for r in self.result.monitors_failed_results
        ]
        stats = self.data.crawler.stats
        stats.set_value("parkcrawler/health", "failed")
        stats.set_value("parkcrawler/problems", problems)
        for problem in problems:
            logger.error("Run health check failed: %s", problem)


class RunHealth(MonitorSuite):
    monitors = [ArchiveMonitor, MarkupMonitor, FetchMonitor, CoverageMonitor, FinishReasonMonitor]
    monitors_passed_actions = [RecordHealthy]
    monitors_failed_actions = [RecordFailure]
