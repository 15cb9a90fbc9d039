"""URL rules of Z-BlogPHP 1.7 in "index.php" URL mode (the rewrite rules of the CMS).

One canonical URL per page, so the dupefilter sees every duplicate form as the same page:
- `_1` list pages are page 1; sort variants (`?order=&sort=`) list the same articles;
- `/?id=N` and `/index.php?id=N` are 301s to `index.php/post/N.html`;
- any scheme or host alias maps to the site's base URL (the CMS prints absolute http links).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs

from parkcrawler.sites.base import Page, Site, Skip

_POST = re.compile(r"^/index\.php/post/(\d+)\.html$")
_HOME_PAGE = re.compile(r"^/index\.php/page_(\d+)\.html$")
# category-3.html, tags-12_2.html, author-1.html, date-2024-9.html (month without a leading zero)
_LIST = re.compile(r"^/index\.php/((?:category|tags|author)-\d+|date-\d{4}-\d{1,2})(?:_(\d+))?\.html$")
_ASSET = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|ico|css|js|woff2?|ttf|zip|rar|pdf|docx?|xlsx?)$", re.I)


class ZBlogUrlRules:
    def classify(self, site: Site, scheme: str, path: str, query: str) -> Page | Skip:
        base = site.base_url.rstrip("/")
        params = parse_qs(query)
        if path in ("/", "/index.php"):
            post_id = params.get("id", [""])[0]
            if post_id.isdigit():
                return Page(f"{base}/index.php/post/{int(post_id)}.html", "article")
            return Page(f"{base}/", "home")
        if m := _POST.match(path):
            return Page(f"{base}/index.php/post/{int(m[1])}.html", "article")
        if m := _HOME_PAGE.match(path):
            n = int(m[1])
            return Page(f"{base}/", "home") if n <= 1 else Page(f"{base}/index.php/page_{n}.html", "list")
        if m := _LIST.match(path):
            # Query strings on lists are only sort variants: same articles, another order.
            n = int(m[2] or 1)
            suffix = "" if n <= 1 else f"_{n}"
            return Page(f"{base}/index.php/{m[1]}{suffix}.html", "list")
        if path == "/feed.php":
            return (
                Skip(f"{base}/feed.php?{query}", "feed-variant")
                if query
                else Page(f"{base}/feed.php", "feed")
            )
        if path == "/sitemap.xml":
            return Page(f"{base}/sitemap.xml", "sitemap")
        full = f"{base}{path}" + (f"?{query}" if query else "")
        if path.startswith("/search.php"):
            return Skip(full, "search")
        if path.startswith(("/zb_system/", "/zb_users/plugin/")):
            return Skip(full, "cms-internal")
        if path.startswith("/zb_users/") or _ASSET.search(path):
            return Skip(full, "asset")
        return Skip(full, "unknown-page-type")


def post_id_from_url(url: str) -> int | None:
    m = re.search(r"/post/(\d+)\.html", url)
    return int(m[1]) if m else None
