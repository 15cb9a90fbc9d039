"""URL rules of DedeCMS 5.7 with static pages (生成HTML: the default) and its default naming rules.

One canonical URL per page, so the dupefilter sees every duplicate form as the same page:
- an article is its static file, `{typedir}/{Y}{M}{D}/{aid}.html` by default (any `<folders>/<aid>.html`
  outside the CMS's own folders: other naming rules such as `{Y}/{M}{D}/{aid}.html` read the same);
  `<aid>_<n>.html` is page n of an article split by the editor's page breaks, so it maps to the article
  (the spider fetches the other pages through Family.article_pages); a query string is dropped (nginx
  serves the file whatever it says);
- a type's list is `{typedir}/list_{tid}_{n}.html`; page 1 is also `{typedir}/index.html` and the
  directory itself, and the directory (`/a/cfzs/`, the form the CMS links) is its canonical URL;
- a type's first list page is of kind "home": every run walks it (newest first, as far as an incremental
  run must), because a DedeCMS home page is a portal of short boxes, not a paginated list of every article:
  the types' lists are what reaches every article, and only the walk from their first pages can tell an
  incremental run what is new (or finish a run that was killed);
- `tags.php?/<GBK urlencoded tag>/<n>/` is a tag's list; page 1 is `tags.php?/<tag>/`, with the tag's
  bytes percent-encoded upper-case whatever the link said (tags.php reads the query string raw);
- `index.html` and `index.php` (a 301 to index.html) are the home page `/`.

What is skipped, and by which policy (parkcrawler.sites.base.SKIP_POLICIES):
- `duplicate-form`: `plus/view.php?aid=N` (the article rendered by PHP, a 200, not a redirect: the page never
  says its static address, and the lists, the RSS and 上一篇/下一篇 link the static file),
  `plus/list.php?tid=N` (the type's static list, rendered by PHP) and the mobile pages under `/m/`.
  A site that does not generate static pages (every type "dynamic") shows nothing but these forms: it
  needs other rules;
- `search`: `plus/search.php`, `plus/advancedsearch.php`, `plus/heightsearch.php` (robots.txt disallows
  the first two);
- `cms-internal`: the rest of `/plus/` (count.php, stow.php, feedback.php, ...), `/member/`, `/dede/` (the
  admin folder; sites that rename it have it skipped as unknown-page-type), `/include/`, `/install/` and
  `/data/` but its RSS and maps;
- `asset`: `/uploads/`, `/templets/` (robots.txt disallows it), `/images/` and files by extension;
- `unknown-page-type`: `/special/` (专题: pages of another template), a folder asked for without its
  trailing slash (nginx's 301 to the slash form; the CMS never links it), anything else.

`/data/sitemap.html` (the channels), `/data/rssmap.html` (each type's RSS) and `tags.php` (the tag cloud)
are pages of links: kind "sitemap". `/data/rss/<tid>.xml` is a feed (the newest 50 articles of the type and
its sub-types, by id: it shows a new article even when its publication date is back-dated).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, quote, unquote_to_bytes

from parkcrawler.sites.base import Page, Site, Skip

_FOLDERS = r"((?:[^/]+/)+)"  # one or more folders, e.g. "a/cfzs/wlcc/"
_ARTICLE = re.compile(rf"^/{_FOLDERS}(\d+)(?:_\d+)?\.html$")
_LIST = re.compile(rf"^/{_FOLDERS}list_(\d+)_(\d+)\.html$")
_HEAD = re.compile(rf"^/{_FOLDERS}(?:index\.html?)?$")
_RSS = re.compile(r"^/data/rss/(\d+)\.xml$")
_ASSET = re.compile(
    r"\.(?:jpe?g|png|gif|webp|bmp|svg|ico|css|js|swf|flv|mp4|mp3|woff2?|ttf|eot|zip|rar|7z|pdf|docx?|xlsx?|pptx?"
    r"|txt)$",
    re.I,
)
# The CMS's own top folders (dede/ is the default admin folder; templets/ holds the templates).
_INTERNAL = {"member", "dede", "include", "install", "data"}
_ASSET_FOLDERS = {"uploads", "templets", "images", "skin", "static"}
_SEARCH = {"search.php", "advancedsearch.php", "heightsearch.php"}


class DedeUrlRules:
    def classify(self, site: Site, scheme: str, path: str, query: str) -> Page | Skip:
        base = site.base_url.rstrip("/")
        full = f"{base}{path}" + (f"?{query}" if query else "")
        if path in ("/", "/index.html", "/index.htm", "/index.php"):
            return Page(f"{base}/", "home")
        if path == "/tags.php":
            return _tags(base, query)
        if path.startswith("/plus/"):
            name = path.removeprefix("/plus/")
            params = parse_qs(query)
            if (name == "view.php" and ("aid" in params or "arcID" in params)) or (
                name == "list.php" and "tid" in params
            ):
                return Skip(full, "duplicate-form")
            return Skip(full, "search" if name in _SEARCH else "cms-internal")
        if m := _RSS.match(path):
            return Page(f"{base}/data/rss/{int(m[1])}.xml", "feed")
        if path in ("/data/sitemap.html", "/data/rssmap.html"):
            return Page(f"{base}{path}", "sitemap")
        top = path.split("/")[1] if path.count("/") > 1 else ""
        if top == "m":
            return Skip(full, "duplicate-form")  # the mobile site: the same articles and lists
        if top in _INTERNAL:
            return Skip(full, "cms-internal")
        if top in _ASSET_FOLDERS or _ASSET.search(path):
            return Skip(full, "asset")
        if top == "special":
            return Skip(full, "unknown-page-type")
        if m := _LIST.match(path):
            n = int(m[3])
            if n <= 1:
                return Page(f"{base}/{m[1]}", "home")
            return Page(f"{base}/{m[1]}list_{int(m[2])}_{n}.html", "list")
        if m := _ARTICLE.match(path):
            return Page(f"{base}/{m[1]}{int(m[2])}.html", "article")
        if m := _HEAD.match(path):
            return Page(f"{base}/{m[1]}", "home")
        return Skip(full, "unknown-page-type")


def _tags(base: str, query: str) -> Page | Skip:
    """tags.php: `QUERY_STRING` split at "/": [1] is the tag (urldecoded), [2] the page (intval); a query
    without "/" is the tag itself; no tag is the tag cloud."""
    parts = query.strip().split("/")
    tag = parts[1] if len(parts) > 1 else parts[0]
    page = parts[2] if len(parts) > 2 else ""
    raw = unquote_to_bytes(tag.replace("+", " ")).strip()
    if not raw:
        return Page(f"{base}/tags.php", "sitemap")
    n = int(page) if page.isdigit() else 1
    canonical = f"{base}/tags.php?/{quote(raw, safe='')}/"
    return Page(canonical if n <= 1 else f"{canonical}{n}/", "list")
