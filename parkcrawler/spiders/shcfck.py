from ..sites import SHCFCK
from .zblog import ZBlogSpider


class ShcfckSpider(ZBlogSpider):
    """www.shcfck.com: `scrapy crawl shcfck`."""

    name = "shcfck"
    site = SHCFCK
