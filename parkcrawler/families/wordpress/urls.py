"""URL rules of WordPress (core's rewrite rules, with pretty or plain permalinks).

One canonical URL per page, so the dupefilter sees every duplicate form as the same page:
- a post is its permalink as the site's permalink structure makes it (the profile's
  `options.permalink`, WordPress's Settings > Permalinks; "day and name" by default), with the trailing
  slash and the lower-case percent-encoding WordPress prints; any query string is dropped (WordPress
  ignores query variables it does not know: `utm_*` and other tracking tags show the same page);
- `page/1/` of a list is the list; a category, tag or author archive is the same list whatever its
  query string;
- with pretty permalinks, `?p=N`, `?cat=N`, `?tag=…`, `?m=…`, `?author=N`, `?feed=…` and
  `?rest_route=…` are 301s to the pretty form the site also links (`duplicate-form`), as is
  `?replytocom=N` (the post again, marked noindex); with plain permalinks `?p=N` is the post;
- with the profile's `options.rest_api = true`, the REST API's posts list `/wp-json/wp/v2/posts`
  (`?rest_route=/wp/v2/posts` with plain permalinks) is a page of kind `api`, newest first, when its
  query holds only `per_page` (1-100), `page` and `_fields`: canonical as
  `?per_page=N&_fields=F&page=P` (`page` dropped when 1). Any other query of it (filters, `_embed`,
  `orderby`), and the whole REST API when the option is off, is `cms-internal`
  (docs/families/wordpress.md: how the crawl discovers posts through it).

What is skipped, and by which policy (parkcrawler.sites.base.SKIP_POLICIES):
- `cms-internal`: `/wp-admin/` (robots.txt disallows it), `wp-login.php`, `xmlrpc.php`, the other
  `wp-*.php` entry points, `/wp-json/` (the REST API) but for its posts list below, Jetpack's
  `?share=` buttons (a 302 to the share service, off-site);
- `asset`: `/wp-content/`, `/wp-includes/`, files by extension, the sitemaps' XSL;
- `search`: `?s=` anywhere;
- `feed-variant`: every feed but the main `/feed/` (comments, category, tag, author, per-post, atom);
- `unknown-page-type`: static pages (`/about/`), attachments, and whatever else matches no rule.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import parse_qsl, quote, unquote

from parkcrawler.sites.base import Page, Site, Skip

DAY_AND_NAME = "/%year%/%monthnum%/%day%/%postname%/"
# Settings > Permalinks' structure tags, as WP_Rewrite::$rewritereplace matches them.
_TAGS = {
    "%year%": r"\d{4}",
    "%monthnum%": r"\d{1,2}",
    "%day%": r"\d{1,2}",
    "%hour%": r"\d{1,2}",
    "%minute%": r"\d{1,2}",
    "%second%": r"\d{1,2}",
    "%post_id%": r"\d+",
    "%postname%": r"[^/]+",
    "%category%": r"(?:[^/]+/)*[^/]+",
    "%author%": r"[^/]+",
}
_PAGE = r"(?:page/(\d+)/?)?"
_DATE = re.compile(rf"^/(\d{{4}})/(?:(\d{{1,2}})/(?:(\d{{1,2}})/)?)?{_PAGE}$")
_HOME_PAGE = re.compile(r"^/page/(\d+)/?$")
_ARCHIVE = re.compile(rf"^/(category/(?:[^/]+/)*?[^/]+|tag/[^/]+|author/[^/]+)/{_PAGE}$")
_FEED = re.compile(r"^/(?:feed|rss2?|atom|rdf)/?$")
_OTHER_FEED = re.compile(r"/(?:feed|rss2?|atom|rdf)(?:/(?:rss2?|atom|rdf))?/?$")
_SITEMAP = re.compile(r"^/(?:wp-sitemap(?:-[a-z0-9_-]+)?|sitemap(?:_index)?|[a-z0-9_]+-sitemap\d*)\.xml$")
REST_POSTS = "/wp-json/wp/v2/posts"
_INTERNAL = re.compile(r"^/(?:wp-admin(?:/|$)|wp-json(?:/|$)|xmlrpc\.php|wp-[a-z-]+\.php)")
_ASSET = re.compile(
    r"(?:^/wp-(?:content|includes)/|\.(?:jpe?g|png|gif|webp|svg|ico|css|js|woff2?|ttf|eot|mp4|mp3|zip|rar"
    r"|7z|pdf|docx?|xlsx?|pptx?|xsl|txt)$)",
    re.I,
)
# Plain-permalink archive variables: with pretty permalinks, redirect_canonical sends each to its pretty form.
_PLAIN_ARCHIVES = ("cat", "category_name", "tag", "m", "year", "monthnum", "author", "author_name", "paged")


class WordPressUrlRules:
    def classify(self, site: Site, scheme: str, path: str, query: str) -> Page | Skip:
        base = site.base_url.rstrip("/")
        params = dict(parse_qsl(query, keep_blank_values=True))
        path = _canonical_path(path)
        full = f"{base}{path}" + (f"?{query}" if query else "")
        structure = permalink_structure(site)
        if "s" in params:
            return Skip(full, "search")
        if path.rstrip("/") == REST_POSTS and structure is not None and rest_api(site):
            return _rest_posts(f"{base}{REST_POSTS}?", params, full)
        if _INTERNAL.match(path) or "share" in params:
            return Skip(full, "cms-internal")
        if _ASSET.search(path) and not _SITEMAP.match(path):
            return Skip(full, "asset")
        if "replytocom" in params:
            return Skip(full, "duplicate-form")  # the post again, for a comment form (noindex)
        if path == "/":
            route = params.get("rest_route", "").rstrip("/")
            if structure is None and route == REST_POSTS[len("/wp-json") :] and rest_api(site):
                return _rest_posts(f"{base}/?rest_route=/wp/v2/posts&", params, full, route=True)
            return _root(base, params, full, plain=structure is None)
        if m := _HOME_PAGE.match(path):
            return _list(base, "/", m[1])
        if _FEED.match(path):
            return Page(f"{base}/feed/", "feed")
        if _OTHER_FEED.search(path):
            return Skip(full, "feed-variant")
        if _SITEMAP.match(path):
            return Page(f"{base}{path}", "sitemap")
        if structure is not None and structure[0].match(path):
            # The permalink as WordPress prints it: with the structure's trailing slash or without.
            return Page(f"{base}{path.rstrip('/') + ('/' if structure[1] else '')}", "article")
        if m := _DATE.match(path):
            year, month, day, page = m.groups()
            parts = [year] + [f"{int(x):02d}" for x in (month, day) if x]
            return _list(base, "/" + "/".join(parts) + "/", page)
        if m := _ARCHIVE.match(path if path.endswith("/") else path + "/"):
            return _list(base, f"/{m[1]}/", m[2])
        return Skip(full, "unknown-page-type")


def _rest_posts(prefix: str, params: dict[str, str], full: str, *, route: bool = False) -> Page | Skip:
    """The REST posts list in its one canonical form, or a Skip for any other query of it."""
    allowed = {"per_page", "page", "_fields"} | ({"rest_route"} if route else set())
    per_page, page = params.get("per_page", "10"), params.get("page", "1")
    if set(params) - allowed or not (per_page.isdigit() and 1 <= int(per_page) <= 100):
        return Skip(full, "cms-internal")
    if not page.isdigit() or int(page) < 1:
        return Skip(full, "cms-internal")
    query = f"per_page={int(per_page)}"
    if fields := params.get("_fields", "").replace(" ", ""):
        query += f"&_fields={quote(fields, safe=',_.')}"
    if int(page) > 1:
        query += f"&page={int(page)}"
    return Page(prefix + query, "api")


def _root(base: str, params: dict[str, str], full: str, *, plain: bool) -> Page | Skip:
    post_id = params.get("p", "")
    if plain:
        # Plain permalinks: the query is the page's address.
        if post_id.isdigit():
            return Page(f"{base}/?p={int(post_id)}", "article")
        if "feed" in params:
            return (
                Page(f"{base}/?feed=rss2", "feed")
                if params["feed"] in ("", "rss2")
                else Skip(full, "feed-variant")
            )
        for name in _PLAIN_ARCHIVES:
            if name in params and name != "paged":
                paged = params.get("paged", "1")
                suffix = f"&paged={int(paged)}" if paged.isdigit() and int(paged) > 1 else ""
                return Page(f"{base}/?{name}={params[name]}{suffix}", "list")
        paged = params.get("paged", "")
        if paged.isdigit() and int(paged) > 1:
            return Page(f"{base}/?paged={int(paged)}", "list")
        if "page_id" in params:
            return Skip(full, "unknown-page-type")  # a static page: not an article
        return Page(f"{base}/", "home")
    if post_id or "page_id" in params or "feed" in params or "rest_route" in params:
        # redirect_canonical() sends these to the permalink, the feed or /wp-json/: the site links those.
        return Skip(full, "duplicate-form")
    if any(name in params for name in _PLAIN_ARCHIVES):
        return Skip(full, "duplicate-form")
    return Page(f"{base}/", "home")  # other queries (tracking tags) show the home page


def _list(base: str, path: str, page: str | None) -> Page:
    n = int(page or 1)
    if path == "/":
        return Page(f"{base}/", "home") if n <= 1 else Page(f"{base}/page/{n}/", "list")
    return Page(f"{base}{path}" + (f"page/{n}/" if n > 1 else ""), "list")


def _canonical_path(path: str) -> str:
    """The path as WordPress prints it: percent-encoded UTF-8 with lower-case hex (a pasted link may have
    raw Chinese or upper-case hex: the same post), no duplicate slashes."""
    encoded = quote(unquote(path), safe="/-_.~!$&'()*+,;=:@")
    return re.sub(r"/{2,}", "/", re.sub(r"%[0-9A-F]{2}", lambda m: m[0].lower(), encoded))


def rest_api(site: Site) -> bool:
    """Whether the crawl may discover posts through the REST API (the profile's `options.rest_api`)."""
    value = site.options.get("rest_api", False)
    if not isinstance(value, bool):
        raise ValueError(f"options.rest_api = {value!r}: must be true or false")
    return value


def permalink_structure(site: Site) -> tuple[re.Pattern[str], bool] | None:
    """The site's post permalink as (regex, ends with a slash); None: plain permalinks (`?p=N`)."""
    return _compile(str(site.options.get("permalink", DAY_AND_NAME)))


@cache
def _compile(structure: str) -> tuple[re.Pattern[str], bool] | None:
    if structure in ("", "plain"):
        return None
    unknown = [tag for tag in re.findall(r"%[a-z_]+%", structure) if tag not in _TAGS]
    if unknown or not structure.startswith("/"):
        raise ValueError(f"permalink structure {structure!r}: must start with / and use only {list(_TAGS)}")
    pattern = re.escape(structure.rstrip("/"))
    for tag, regex in _TAGS.items():
        pattern = pattern.replace(re.escape(tag), regex)
    return re.compile(f"^{pattern}/?$"), structure.endswith("/")
