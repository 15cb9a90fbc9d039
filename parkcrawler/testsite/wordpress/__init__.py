"""A local emulator of a WordPress park-investment site (www.parkwp.example.cn) for crawl tests.

``WordPressEmulator`` answers absolute URLs from a corpus derived in code from the tpure emulator's
articles; ``parkcrawler.testsite.serve`` puts it behind the same forward-proxy HTTP server.
``ground_truth()`` is what each article's page states. Sources of the markup: README.md here.
"""

from parkcrawler.testsite.wordpress.corpus import BASE, HOST, HOSTS, WpCorpus, ground_truth
from parkcrawler.testsite.wordpress.site import Response, WordPressEmulator

__all__ = ["BASE", "HOST", "HOSTS", "Response", "WordPressEmulator", "WpCorpus", "ground_truth"]
