"""Site-level learning from the archive: which paragraphs are a site's template (clean/templates.py).

The archive keeps every raw response (`pages`), so the statistic is computed from the raw bodies
of the archived articles, one per article: its most recent stored 200 response. Raw, not cleaned:
counting cleaned bodies would forget a template as soon as it was removed, and the next run would
leak it again. One body per article, whatever the order or the number of workers that fetched the
pages: the same archive gives the same templates.

`parkcrawler reparse` learns and stores the templates (table `learned_templates`); the crawl's
CleanPipeline loads them when the spider opens.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from parkcrawler.clean import Cleaner, LearningSettings, TemplateSet, learn_templates
from parkcrawler.clean.templates import template_key
from parkcrawler.extract.dates import parse_http_date
from parkcrawler.extract.html import ExtractionError
from parkcrawler.items import Article
from parkcrawler.sites import Family, Page, Site
from parkcrawler.store import Archive, utcnow


@dataclass
class StoredPage:
    """An article's raw page as the archive kept it: the bytes, decoded when first needed. Reading the bytes
    (SQLite) and decoding them are apart so that reparse's worker processes decode and extract while the
    parent alone reads the archive."""

    url: str  # the article's canonical URL
    page_id: int
    run_id: int
    fetched_url: str  # the URL that was fetched (it may be an alias of the canonical one)
    fetched_at: datetime
    server_time: datetime | None  # the response's Date header: the site's clock
    body: bytes
    content_type: str | None
    html: str | None = None  # the decoded body, once decoded

    more_pages: list[tuple[str, str]] = field(default_factory=list)  # a split article's further pages

    def decode(self, site: Site) -> str:
        if self.html is None:
            self.html = site.family.decode(self.body, self.content_type)
        return self.html

    def extract(self, site: Site) -> Article:
        return site.extract_article_pages(
            [(self.fetched_url, self.decode(site)), *self.more_pages],
            server_time=self.server_time,
            fetched_at=self.fetched_at,
        )


def latest_pages(archive: Archive, site: Site, urls: set[str]) -> dict[str, int]:
    """For each of these article URLs, the id of its most recent stored 200 response, if any.

    A response is matched to an article through the site's URL rules, so a page fetched as an alias
    (https, no www) still counts for its canonical article.
    """
    latest: dict[str, int] = {}
    for page_id, fetched_url, _ in archive.stored_responses(200):  # oldest first: the last one wins
        target = site.resolve(fetched_url)
        if isinstance(target, Page) and target.kind == "article" and target.url in urls:
            latest[target.url] = page_id
    return latest


def splits_articles(site: Site) -> bool:
    """Whether the site's family may split an article over several pages (Family.article_pages)."""
    return type(site.family).article_pages is not Family.article_pages


def load_page(archive: Archive, site: Site, url: str, page_id: int, *, decode: bool = True) -> StoredPage:
    """A stored response as its article's page, decoded as the crawl decoded it (the site's family);
    a split article's further pages are read from the archive too (Family.article_pages). With
    decode=False the page is left as bytes when its family never splits articles (nothing to look up)."""
    row = archive.stored_response(page_id)
    headers = {name.lower(): values for name, values in row["headers"].items()}
    page = StoredPage(
        url=url,
        page_id=page_id,
        run_id=row["run_id"],
        fetched_url=row["url"],
        fetched_at=datetime.fromisoformat(row["fetched_at"]),
        server_time=parse_http_date((headers.get("date") or [None])[0]),
        body=row["body"],
        content_type=(headers.get("content-type") or [None])[0],
    )
    if not decode and not splits_articles(site):
        return page
    for other in site.article_pages(row["url"], page.decode(site)):
        if other != row["url"] and (found := archive.latest_response(other)) is not None:
            other_headers = {name.lower(): values for name, values in found["headers"].items()}
            other_type = (other_headers.get("content-type") or [None])[0]
            page.more_pages.append((other, site.family.decode(found["body"], other_type)))
    return page


def extracted_pages(
    archive: Archive, site: Site, pages: dict[str, int]
) -> Iterator[tuple[str, int, Article]]:
    """(article URL, the run that fetched its page, the article) of each stored page that still extracts, in
    URL order."""
    for url in sorted(pages):
        try:
            page = load_page(archive, site, url, pages[url])
            article = page.extract(site)
        except ExtractionError:
            continue  # reparse reports it; learning just does without it
        yield url, page.run_id, article


def raw_bodies(
    archive: Archive, site: Site, pages: dict[str, int]
) -> Iterator[tuple[str, str | None, str]]:
    """(article URL, category, raw body HTML) of each page that still extracts, in URL order."""
    for url, _, article in extracted_pages(archive, site, pages):
        yield url, article.category, article.raw_body_html


def learn_site(
    archive: Archive, site: Site, settings: LearningSettings, pages: dict[str, int]
) -> TemplateSet:
    return learn_templates(raw_bodies(archive, site, pages), settings)


def save_templates(archive: Archive, site: str, templates: TemplateSet) -> None:
    rows = [
        {
            "key": key,
            "text": templates.samples.get(key, key),
            "articles": n,
            "site_articles": templates.articles,
        }
        for key, n in templates.keys.items()
    ]
    archive.replace_templates(site, rows, utcnow())


def load_templates(archive: Archive, site: str) -> TemplateSet:
    rows = archive.learned_templates(site)
    # Keys are made again from the stored text: an archive learned under an older key form still matches.
    return TemplateSet(
        keys={template_key(r["text"]): r["articles"] for r in rows},
        articles=max((r["site_articles"] for r in rows), default=0),
        samples={template_key(r["text"]): r["text"] for r in rows},
    )


def site_cleaner(archive: Archive, site: Site) -> Cleaner:
    """The cleaner for a site: the packaged, family and site rules plus the templates the archive learned."""
    return Cleaner.for_site(site, load_templates(archive, site.name))
