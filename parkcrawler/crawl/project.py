"""Project settings outside `scrapy` (the CLI, the ingester): parkcrawler.settings plus overrides."""

from __future__ import annotations

from scrapy.settings import Settings

from parkcrawler import settings as default_settings


def project_settings(**overrides) -> Settings:
    settings = Settings()
    settings.setmodule(default_settings, priority="project")
    for name, value in overrides.items():
        settings.set(name, value, priority="cmdline")
    return settings
