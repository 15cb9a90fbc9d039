"""`scrapy crawl`, with an exit status a scheduler can act on.

Scrapy exits 0 whenever the engine ran. A scheduled run must fail visibly instead when it
could not do its job; COMMANDS_MODULE makes this command replace the built-in one:

    0  the run finished and its health check passed
    1  Scrapy could not start the crawl (as the built-in command)
    3  the health check failed: the site's markup changed, or fields went missing (see the log)
    4  another run is writing the same archive
"""

from __future__ import annotations

import logging

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.exceptions import UsageError

from ..store import ArchiveLocked, check_unlocked

logger = logging.getLogger(__name__)

EXIT_UNHEALTHY = 3
EXIT_LOCKED = 4


class Command(ScrapyCrawl):
    def run(self, args, opts) -> None:
        if len(args) != 1:
            raise UsageError("give exactly one spider name, e.g. scrapy crawl shcfck")
        try:
            # Checked before Scrapy starts, so a locked run touches neither the site nor the archive.
            # The pipeline's own lock still guards against two runs starting at the same instant.
            check_unlocked(self.settings.get("ARCHIVE_DB"))
        except ArchiveLocked as exc:
            logger.error("Not crawling: %s", exc)
            self.exitcode = EXIT_LOCKED
            return
        crawler = self._create_crawler(args[0])
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        stats = crawler.stats
        if stats.get_value("parkcrawler/archive_locked"):
            self.exitcode = EXIT_LOCKED
        elif self.crawler_process.bootstrap_failed:
            self.exitcode = 1
        elif stats.get_value("parkcrawler/health") == "failed":
            self.exitcode = EXIT_UNHEALTHY
