"""A local emulator of a DedeCMS 5.7 SP2 (织梦, GBK) park-investment site, www.zjpark-dede.cn.

``DedeEmulator`` renders the site's pages from a corpus built in code (``corpus.py``) with the CMS's
default templates (``render.py``); ``parkcrawler.testsite.serve(DedeEmulator())`` puts it behind the
same forward proxy as the tpure emulator. Sources and design: README.md in this folder.
"""

from parkcrawler.testsite.dedecms.site import BASE, HOST, HOSTS, DedeEmulator

__all__ = ["BASE", "HOST", "HOSTS", "DedeEmulator"]
