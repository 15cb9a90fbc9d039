"""Crawling: the spider, its loader, the item pipelines, middlewares, extensions, the health check, the
crawl command, and the same extract -> clean -> store run over stored pages (learn, reparse)."""
