"""`scrapy crawl`, with an exit status a scheduler can act on.

Scrapy exits 0 whenever the engine ran. A scheduled run must fail visibly instead when it
could not do its job; COMMANDS_MODULE makes this command replace the built-in one:

    0  the run finished, its health check passed and everything it fetched is in the archive
    1  the crawl could not start: Scrapy could not (as the built-in command), or the archive cannot
       be created or written where ARCHIVE_DB says (checked before anything is fetched)
    2  usage: a bad command line, e.g. an unknown spider argument (`-a fulll=1`), a boolean that is
       not one (`-a full=maybe`), a start URL that is not an http(s) URL on the site's hosts
    3  the health check failed: the site was unreachable, too many pages failed to fetch, the
       site's markup changed, or fields went missing (see the log and crawl_runs.problems)
    4  another run is writing the same archive
    5  the archive could not store what was fetched (disk full, database locked past the busy
       timeout, I/O error): the run stopped; the log says how many items were lost
"""

from __future__ import annotations

import logging

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError

from parkcrawler.crawl.spiders.site import SpiderArgumentError
from parkcrawler.store import ArchiveLocked, ArchiveUnwritable, check_writable

logger = logging.getLogger(__name__)

EXIT_CANNOT_START = 1
EXIT_USAGE = 2
EXIT_UNHEALTHY = 3
EXIT_LOCKED = 4
EXIT_NOT_STORED = 5


class Command(ScrapyCrawl):
    def run(self, args, opts) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one spider name, e.g. scrapy crawl shcfck")
        try:
            spidercls = self.crawler_process.spider_loader.load(args[0])
        except KeyError:
            spidercls = None  # Scrapy's own start names the unknown spider
        parse_arguments = getattr(spidercls, "parse_arguments", None)
        if parse_arguments is not None:
            try:
                parse_arguments(opts.spargs)
            except SpiderArgumentError as exc:
                logger.error("Not crawling: %s", exc)
                self.exitcode = EXIT_USAGE
                return
        try:
            # Checked before Scrapy starts, so a locked or unwritable archive touches neither the site
            # nor the archive. The pipeline's own lock still guards two runs starting at the same instant.
            # A cluster worker (REDIS_URL) never opens the archive: one writer does (docs/scaling.md).
            if not self.settings.get("REDIS_URL"):
                check_writable(self.settings.get("ARCHIVE_DB"))
        except ArchiveLocked as exc:
            logger.error("Not crawling: %s", exc)
            self.exitcode = EXIT_LOCKED
            return
        except ArchiveUnwritable as exc:
            logger.error("Not crawling: %s", exc)
            self.exitcode = EXIT_CANNOT_START
            return
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        stats = crawler.stats
        if stats.get_value("parkcrawler/archive_locked"):
            self.exitcode = EXIT_LOCKED
        elif stats.get_value("parkcrawler/archive_unwritable"):
            self.exitcode = EXIT_CANNOT_START
        elif stats.get_value("parkcrawler/archive_write_failed"):
            self.exitcode = EXIT_NOT_STORED
        elif self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        elif stats.get_value("parkcrawler/health") == "failed":
            self.exitcode = EXIT_UNHEALTHY
