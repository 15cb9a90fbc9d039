"""Scrapy settings for parkcrawler. Every value can be overridden with `scrapy crawl ... -s NAME=VALUE`.

The defaults are polite for a small site on shared hosting: one request at a time per
domain, at least a second apart, slower when the site slows down (AutoThrottle).
"""

BOT_NAME = "parkcrawler"
SPIDER_MODULES = ["parkcrawler.crawl.spiders"]
NEWSPIDER_MODULE = "parkcrawler.crawl.spiders"
# One spider per site profile (parkcrawler/sites/profiles/*.toml and the folders below): no code per site.
SPIDER_LOADER_CLASS = "parkcrawler.crawl.spiderloader.SiteSpiderLoader"
# Folders of your own site profiles (*.toml, see README "Adding a site"); a profile of the same name as a
# packaged one replaces it. `-s SITE_PROFILES_DIRS=~/parks` or a comma-separated list.
SITE_PROFILES_DIRS: list[str] = []
# Families beyond the built-in ones and installed plug-ins: {"name": "package.module:FAMILY"}.
SITE_FAMILIES: dict[str, str] = {}
# The generic spider (`scrapy crawl generic -a start_urls=URL`, docs/generic.md): try the registered families
# on the first page (off: always generic), and hold back this many articles to learn the site's template
# from before cleaning any of them.
GENERIC_RECOGNISE = True
GENERIC_LEARN_ARTICLES = 40
# ... but no longer than this many pages: a crawl that ends without going idle (a page cap, a trap, a
# shutdown) must not end with articles still held.
GENERIC_LEARN_PAGES = 200
# Our `crawl` command: Scrapy's, plus exit statuses a scheduler can act on (commands/crawl.py).
COMMANDS_MODULE = "parkcrawler.crawl.commands"

# A real User-Agent that names the project, so a site owner can tell who is crawling.
USER_AGENT = "parkcrawler/0.1 (archive of industrial-park news; Scrapy)"
ROBOTSTXT_OBEY = True

# Politeness.
# The global cap must not make sites wait for each other: politeness is per site (one request at a time).
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5  # each delay is 0.5-1.5 x DOWNLOAD_DELAY, so requests do not tick like a clock
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
RETRY_TIMES = 2
# A 429 or 503 asking to wait longer than this (Retry-After, seconds) is not retried but recorded as failed.
RETRY_AFTER_MAX = 120.0
# http_proxy / https_proxy from the environment keep working: HttpProxyMiddleware stays on.
HTTPPROXY_ENABLED = True

# Pages that are not articles still matter (404s become recorded failures), but
# HttpErrorMiddleware already routes non-2xx responses to the spider's errback.
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"
FEED_EXPORT_ENCODING = "utf-8"

ITEM_PIPELINES = {
    "parkcrawler.crawl.pipelines.ExtractPipeline": 100,
    "parkcrawler.crawl.pipelines.CleanPipeline": 200,
    "parkcrawler.crawl.pipelines.ArchivePipeline": 900,
}

DOWNLOADER_MIDDLEWARES = {
    # Redirects judged before they are followed, so an off-site, private-host or looping redirect ends
    # as a recorded failure instead of vanishing in Scrapy's offsite filter or dupefilter (middlewares.py).
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "parkcrawler.crawl.middlewares.SiteRedirectMiddleware": 600,
    "parkcrawler.crawl.middlewares.SiteMetaRefreshMiddleware": 580,
    # Retry-After on 429/503 honoured for the whole site, up to RETRY_AFTER_MAX seconds.
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "parkcrawler.crawl.middlewares.RetryAfterMiddleware": 550,
}

EXTENSIONS = {
    "spidermon.contrib.scrapy.extensions.Spidermon": 500,
    "parkcrawler.crawl.extensions.Progress": 510,
}

# Cluster mode (docs/scaling.md): nothing changes unless REDIS_URL is set (`-s REDIS_URL=redis://host:6379/0`);
# then the frontier, the dupefilter and politeness are shared in Redis and items go to `parkcrawler ingest`.
ADDONS = {"parkcrawler.cluster.addon.ClusterAddon": 0}

# Health check at the end of every run (parkcrawler/crawl/monitors.py): failing it exits with status 3.
SPIDERMON_ENABLED = True
SPIDERMON_SPIDER_CLOSE_MONITORS = ("parkcrawler.crawl.monitors.RunHealth",)
SPIDERMON_EXPECTED_FINISH_REASONS = ["finished", "shutdown"]  # shutdown: an operator's Ctrl-C
HEALTH_MIN_COVERAGE = {"title": 1.0, "published_at": 0.95, "body": 0.95, "category": 0.9}
HEALTH_MAX_EXTRACTION_FAILURE_SHARE = 0.05
# More pages than this share failing to fetch (HTTP errors but 404/410, network errors, redirects off the
# site) fails the run; one failure alone never does.
HEALTH_MAX_FETCH_FAILURE_SHARE = 0.1
HEALTH_MAX_EMPTY_LIST_SHARE = 0.5  # month archives can be empty; half of all lists cannot

# Progress in the log every PROGRESS_INTERVAL seconds: pages, articles, rate, queue, ETA.
PROGRESS_INTERVAL = 30.0

# The archive (SQLite). Relative paths are relative to the working directory.
ARCHIVE_DB = "data/archive.db"
# Writes are grouped into transactions of at most this many writes or seconds.
ARCHIVE_BATCH_SIZE = 200
ARCHIVE_BATCH_SECONDS = 5.0
# Seconds a write waits for another connection's lock (e.g. a long read) before it fails and stops the crawl.
ARCHIVE_BUSY_TIMEOUT = 10.0
# Keep the raw bytes of every response in `pages` (needed by reparse; costs disk).
ARCHIVE_STORE_PAGES = True
# `parkcrawler reparse`: processes for the per-article work (0: one per CPU; 1: in its own process only).
# An archive of fewer than 200 articles is reparsed in one process whatever this says.
REPARSE_WORKERS = 0

# Incremental runs (the default once the archive has articles; `-a full=1` forces a full pass):
# refetch up to REFRESH_MAX_PER_RUN articles a run, transient failures first, then articles not
# fetched for REFRESH_AFTER_DAYS days (0 turns age-based refresh off).
REFRESH_AFTER_DAYS = 30.0
REFRESH_MAX_PER_RUN = 20
