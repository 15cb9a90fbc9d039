"""A local emulator of www.shcfck.com for crawl tests and ``parkcrawler demo``.

``SiteEmulator`` renders the site's pages from a corpus (``data/*.json``); ``serve`` puts it behind a
real HTTP server that acts as a forward proxy for the site's hosts.
"""

from parkcrawler.testsite.server import serve
from parkcrawler.testsite.site import Response, SiteEmulator

__all__ = ["Response", "SiteEmulator", "serve"]
