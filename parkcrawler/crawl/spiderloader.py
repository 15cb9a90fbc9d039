"""Scrapy's spider loader, plus one spider per site profile: `scrapy list` and `scrapy crawl <name>`
know every profile (packaged, or a user's in SITE_PROFILES_DIRS) without a line of Python per site."""

from __future__ import annotations

from scrapy.settings import BaseSettings
from scrapy.spiderloader import SpiderLoader

from parkcrawler.crawl.spiders.site import SiteSpider
from parkcrawler.sites import Site, sites_from_settings


def spider_for(site: Site) -> type[SiteSpider]:
    """The spider class of one site: SiteSpider with the Site on it."""
    name = "".join(part.capitalize() for part in site.name.replace("-", "_").split("_")) + "Spider"
    return type(name, (SiteSpider,), {"name": site.name, "site": site, "__module__": __name__})


class SiteSpiderLoader(SpiderLoader):
    """SPIDER_LOADER_CLASS: the spiders of SPIDER_MODULES (hand-written ones win), then the profiles'."""

    def __init__(self, settings: BaseSettings):
        self._sites = sites_from_settings(settings)  # read before the base class loads the spiders
        super().__init__(settings)

    def _load_all_spiders(self) -> None:
        super()._load_all_spiders()
        for site in self._sites.values():
            self._spiders.setdefault(site.name, spider_for(site))
