"""URL rules of a site nobody configured: canonical forms and a first guess of the page type from its shape.

The guess only orders the crawl (articles first) and stops what is never content (assets, searches,
logins, calendars, print views); whether a fetched page is an article is decided from the page itself
(extract.page_kind). Canonical form:
- one scheme and host: the site's base URL (http/https and www./bare host are the same site);
- tracking, session and sort parameters dropped (utm_*, from, spm, sid, PHPSESSID, sort, order, ...);
  the remaining parameters in a fixed order; `index.html`-style defaults folded into their folder.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode

from parkcrawler.sites.base import Page, Site, Skip

_ASSET = re.compile(
    r"\.(?:jpe?g|png|gif|webp|bmp|svg|ico|css|js|json|xml\.gz|woff2?|ttf|eot|mp[34]|avi|mov|flv|swf|"
    r"zip|rar|7z|gz|tar|pdf|docx?|xlsx?|pptx?|wps|txt|csv|apk|exe)$",
    re.I,
)
# Parameters that never change what a page shows: trackers, sessions, cache busters, sort orders; and
# language switches (?lang=zh_TW, ?locale=en_US): the site's own language is the page without one, and a
# switch link built on the current address repeats itself without end (?lang=zh_TW&lang=zh_TW&...).
_DROPPED_PARAM = re.compile(
    r"^(?:utm_\w+|lang|language|locale|hl|spm|from|from_\w+|ref|refer|referer|share\w*|fbclid|gclid|wxfrom|"
    r"isappinstalled|scene|src|source|_|t|ts|timestamp|rnd|rand|random|v|ver|sid|sessionid|session_id|jsessionid|phpsessid|"
    r"aspsessionid\w*|token|sort|sortby|sort_by|order|orderby|order_by|by|desc|asc|dir|view_mode|display|"
    r"fontsize|font_size|fsize|zihao|replyto|replytocom)$",
    re.I,
)
_PAGE_PARAMS = ("page", "p", "pg", "pn", "paged", "pageno", "pagenum")


def is_page_param(name: str) -> bool:
    """page, p, pn, ... and the CMS's own (ArticlePage, NewsPage, page_no)."""
    name = name.lower()
    return name in _PAGE_PARAMS or name.endswith(("page", "page_no", "pageno"))


# A session id in the path: ;jsessionid=..., and ASP.NET's cookieless /(S(kq2vbd45...))/ segment, which
# mirrors the whole site under every new session.
_SESSION_IN_PATH = re.compile(
    r";(?:jsessionid|sid|phpsessid)=[^/?#]*|/\([SAFX]\([A-Za-z0-9]{12,}\)\)(?=/)", re.I
)
# IIS serves /Item/Show.aspx as /item/show.aspx: the path's case names nothing. (Parameter names are
# caseless to ASP too, but a script may read its own: they keep theirs.)
_CASELESS = re.compile(r"\.(?:aspx?|ashx|asmx)$", re.I)
_SEARCH_PARAM = re.compile(r"^(?:q|s|kw|wd|keyword|keywords|key|query|searchword|search|word|k)$", re.I)
_SEARCH_PATH = re.compile(r"(?:^|/)(?:search|so|sousuo|find)(?:[/._-]|$)", re.I)
_INTERNAL_PATH = re.compile(
    r"(?:^|/)(?:login|logout|signin|signup|register|reg|passport|admin|wp-admin|wp-login\.php|member|"
    r"user|usercenter|my|cart|checkout|comment|comments|cgi-bin|api|ajax|plus/(?!view)\w+|space-uid)"
    r"(?:[/._-]|$)",
    re.I,
)
# A user's page (home.php?mod=space&uid=7, ?uid=N): a member's profile, not the site's text.
_USER_PARAM = re.compile(r"^(?:uid|userid|user_id|memberid)$", re.I)
# print, printer, DoPrint, print.php, Print.asp: a print view of a page the site also shows.
_PRINT = re.compile(r"(?:^|/)[a-z_]*print(?:er|able|page)?(?:[/._-]|$)", re.I)
_PRINT_VALUE = re.compile(r"^(?:do)?print(?:able|view|page|er)?$", re.I)
_CALENDAR_PATH = re.compile(r"(?:^|/)(?:calendar|rili|events?-calendar)(?:[/._-]|$)", re.I)
_CALENDAR_PARAM = re.compile(r"^(?:date|day|ymd|month|year|yearmonth|ym|cal)$", re.I)
_DEFAULT_DOC = re.compile(r"/(?:index|default)\.(?:html?|shtml|php|aspx?|jsp)$", re.I)
# What an article's address looks like on most CMSs: a number or date in the last segment, a show/detail
# path, an id parameter; what a list's does: list/category/tag words, page numbers.
_ARTICLE_SHAPE = re.compile(
    r"(?:/(?:19|20)\d{2}[-/]?\d{2}(?:[-/]?\d{2})?/.+|/[^/]*\d{3,}[^/]*\.(?:s?html?|php|aspx?|jsp)$|"
    r"/(?:article|articles|post|posts|news|show|detail|details|content|view|info|p|a)/[^/]*\d[^/]*$|"
    r"/[a-z0-9]+(?:-[a-z0-9]+){2,}\.html?$|/(?:show|detail|view|article|content)\w*\.(?:php|aspx?|jsp)$)",
    re.I,
)
# A dynamic CMS's routing (PHPCMS ?m=content&c=index&a=lists&catid=5, Discuz ?mod=, ThinkPHP ?s=): the
# address of a page, no filter of it.
_ROUTE_PARAM = re.compile(r"^(?:m|c|a|mod|ac|act|action|op|do|ctl|controller|module|app|s|r)$", re.I)
_ARTICLE_PARAM = re.compile(
    r"^(?:id|aid|p|articleid|article_id|newsid|news_id|nid|itemid|docid|contentid)$", re.I
)
_LIST_SHAPE = re.compile(
    r"(?:(?:^|/)(?:list|lists|category|categories|cat|column|channel|tag|tags|topic|topics|archives?|"
    r"page|node|class|sort|type)(?:[/._-]|$)|(?:list|index)_\d+(?:_\d+)?\.s?html?$|/page/\d+/?$)",
    re.I,
)


class GenericUrlRules:
    def classify(self, site: Site, scheme: str, path: str, query: str) -> Page | Skip:
        base = site.base_url.rstrip("/")
        path = _SESSION_IN_PATH.sub("", path) or "/"
        caseless = bool(_CASELESS.search(path))
        path = path.lower() if caseless else path
        params = [
            (k, v)
            for k, v in parse_qsl(query, keep_blank_values=True)
            # Page 1 of a list or of a split article is the page without its parameter (?page=1,
            # &ArticlePage=1); but ?p=1 is a post's id as often as a page number.
            if not _DROPPED_PARAM.match(k) and not (v == "1" and is_page_param(k) and k.lower() != "p")
        ]
        params = sorted(set(params))  # a parameter repeated with its value is the same address
        full = base + path + (f"?{urlencode(params)}" if params else "")
        lowered = path.lower()
        if _ASSET.search(lowered):
            return Skip(full, "asset")
        if _SEARCH_PATH.search(lowered) or any(_SEARCH_PARAM.match(k) for k, _ in params):
            return Skip(full, "search")
        if _INTERNAL_PATH.search(lowered) or any(_USER_PARAM.match(k) for k, _ in params):
            return Skip(full, "cms-internal")
        if any(len(re.split(r"[+,]", segment)) >= 3 for segment in lowered.split("/")):
            return Skip(full, "combination")
        facets = [
            k for k, _ in params if not (is_page_param(k) or _ARTICLE_PARAM.match(k) or _ROUTE_PARAM.match(k))
        ]
        if len(facets) >= 3:
            return Skip(full, "combination")  # ?area=1000-2000&region=zs&type=rent: a filter's every cell
        if _PRINT.search(lowered) or any(
            # ?print=1, ?act=print, ?action=printview: whatever the parameter is called
            (k.lower() in ("print", "printable") and v.lower() in ("1", "true", "yes"))
            or _PRINT_VALUE.match(v)
            for k, v in params
        ):
            return Skip(full, "duplicate-form")  # a print view repeats an article under another address
        if _CALENDAR_PATH.search(lowered) or any(_CALENDAR_PARAM.match(k) for k, _ in params):
            return Skip(full, "list-trap")  # a calendar answers for every day of every year
        if lowered.endswith((".xml", "/feed", "/feed/", "/rss", "/rss/", ".rss", "/atom")):
            kind = "sitemap" if "sitemap" in lowered else "feed"
            return Page(full, kind)
        path = _DEFAULT_DOC.sub("/", path)
        url = base + path + (f"?{urlencode(params)}" if params else "")
        if path == "/" and not params:
            return Page(f"{base}/", "home")
        if any(_ARTICLE_PARAM.match(k) and v.isdigit() for k, v in params) or _ARTICLE_SHAPE.search(path):
            return Page(url, "article")
        if _LIST_SHAPE.search(path) or any(k.lower() in ("page", "pg", "pageno", "paged") for k, _ in params):
            return Page(url, "list")
        return Page(url, "page")  # an unknown shape: fetched, and judged by what it shows
