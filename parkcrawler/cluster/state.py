"""Incremental state for workers: what the archive holds, published in Redis by the writer's side.

The spider decides full or incremental, and which articles to fetch, from Archive.crawl_state; a
worker cannot open the file (it may be on another machine, and SQLite has one writer), so the ingester
(at start and after each run it finishes) or `parkcrawler cluster publish-state` publishes that state,
with the site's learned cleaning templates, as one JSON value per spider.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from parkcrawler.clean.templates import TemplateSet
from parkcrawler.cluster.keys import Keys
from parkcrawler.crawl.learn import load_templates as archive_templates
from parkcrawler.store import Archive, CrawlState


@dataclass
class PublishedState:
    state: CrawlState

    def for_run(self, *, full: bool) -> CrawlState:
        if full or self.state.mode == "full":
            return CrawlState("full", dict(self.state.titles))
        return self.state


def publish_state(
    server,
    archive: Archive,
    spider: str,
    site: str,
    *,
    refresh_days: float,
    due_max: int,
    is_article: Callable[[str], bool] | None = None,
) -> CrawlState:
    """`is_article`: the site's URL rules (Site.is_article), which say which failed URLs to retry."""
    state = archive.crawl_state(
        site, full=False, refresh_days=refresh_days, due_max=due_max, is_article=is_article
    )
    templates = archive_templates(archive, site) if "learned_templates" in archive.db.table_names() else None
    value = {
        "mode": state.mode,
        "titles": state.titles,
        "settled": sorted(state.settled),
        "due": state.due,
        "templates": None
        if templates is None
        else {"keys": templates.keys, "articles": templates.articles, "samples": templates.samples},
    }
    server.set(Keys(spider).state, json.dumps(value, ensure_ascii=False))
    return state


def _read(server, spider: str) -> dict | None:
    raw = server.get(Keys(spider).state)
    return json.loads(raw) if raw else None


def load_state(server, spider: str) -> PublishedState:
    """The published state; none published means an empty archive: a full run."""
    value = _read(server, spider)
    if value is None:
        return PublishedState(CrawlState("full"))
    return PublishedState(
        CrawlState(value["mode"], value["titles"], set(value["settled"]), list(value["due"]))
    )


def load_templates(server, spider: str) -> TemplateSet | None:
    value = _read(server, spider)
    if not value or not value.get("templates"):
        return None
    t = value["templates"]
    return TemplateSet(keys=t["keys"], articles=t["articles"], samples=t["samples"])
