"""Z-BlogPHP 1.7 with the tpure theme ("index.php" URL mode): e.g. www.shcfck.com."""

from __future__ import annotations

from parkcrawler.families.zblog_tpure import extract
from parkcrawler.families.zblog_tpure.urls import ZBlogUrlRules
from parkcrawler.sites.base import Family


class ZBlogTpure(Family):
    name = "zblog-tpure"
    rules = ZBlogUrlRules()
    extractor = extract  # extract_article, extract_list, parse_feed
    list_page_size = 10  # the theme's default "articles per page"
    page_dictionary = "tpure-1"  # parkcrawler/store/zdict/README.md
    fingerprints = (
        r'<meta name="generator" content="Z-BlogPHP',
        r"/zb_users/theme/tpure/",
    )


FAMILY = ZBlogTpure()
