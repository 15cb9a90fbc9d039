"""``WordPressEmulator``: a WordPress park-investment site (pretty permalinks) served from ``WpCorpus``.

``handle(method, url)`` answers one absolute URL the way WordPress would; plug it into
``parkcrawler.testsite.server.serve`` like the tpure emulator. What it answers, and where core decides it:

- ``/YYYY/MM/DD/slug/`` posts (``redirect_canonical``: ``?p=N`` and a wrong date or host are 301s to
  the permalink; ``?replytocom=`` is the same page marked noindex; ``?share=`` 302s off-site, as
  Jetpack's sharing does; any other query string, utm tracking included, is the same page);
- ``/`` and ``/page/N/``; ``/category/…/``, ``/tag/…/``, ``/author/…/`` and their ``page/N/``;
  ``/YYYY/``, ``/YYYY/MM/``, ``/YYYY/MM/DD/`` date archives; ``/?s=`` search; ``page/1/`` is a 301 to
  the list; a page past the last is a 404;
- ``/feed/``, ``/comments/feed/``, category and tag feeds (RSS2 as ``feed-rss2.php`` prints it);
- ``/wp-sitemap.xml`` and its sub-sitemaps (core sitemaps, 5.5+), ``/robots.txt`` (``do_robots``);
- ``/wp-json/`` and ``/wp-json/wp/v2/{posts,categories,tags,users}`` (also as ``/?rest_route=``), with
  ``per_page``/``page``, ``X-WP-Total``/``X-WP-TotalPages``, ``Link`` and ``_embed``; a page past the
  last is 400 ``rest_post_invalid_page_number``; ``_fields`` as ``rest_filter_response_fields`` reads
  it; ``rest_api`` switches the API off the ways sites do (``REST_API_MODES``);
- ``/wp-admin/`` (302 to the login), ``/wp-login.php`` (a form), two static pages, trashed posts 404.

The theme's calendar widget always links the month before and after the one it shows, and empty
date archives answer 200 (``empty_date_archive_status``): a crawler following dates never runs out of
months. Core would answer 404 there; themes and plugins that keep empty archives 200 are common.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from parkcrawler.testsite.wordpress import render
from parkcrawler.testsite.wordpress.corpus import (
    BASE,
    CST,
    HOST,
    HOSTS,
    SITE_NAME,
    TAGLINE,
    Term,
    WpCorpus,
    WpPost,
    author_url,
    category_url,
    contact_block,
    permalink,
    sanitize_title,
    shortlink,
    sort_terms,
    tag_url,
    term_url,
    unique_slug,
)

DEFAULT_NOW = datetime(2026, 11, 20, 12, 0, tzinfo=CST)  # the same reference time as the tpure emulator
PER_PAGE = 10  # Settings > Reading: posts_per_page (and posts_per_rss)
RECENT = 5
HTML = "text/html; charset=UTF-8"
JSON = "application/json; charset=UTF-8"
XML = "application/xml; charset=UTF-8"
PAGES = {  # static pages: (id, title, body)
    "about": (
        2,
        "关于我们",
        "<p>松江智造产业园位于上海市松江区，规划面积约3.2平方公里，重点发展智能制造、生物医药和集成电路产业。</p>",
    ),
    "contact": (3, "联系我们", "<p>招商热线：400-820-6688</p><p>地址：上海市松江区九亭镇九亭大街88号</p>"),
}


# How a site answers its REST API (the emulator's `rest_api`): served, or switched off as sites do it.
REST_API_MODES = {
    "on": "served",
    "login": "401 JSON rest_cannot_access (a 'disable REST API' plugin: logged-in users only)",
    "off": "404, the theme's HTML page (the routes removed by a security plugin or the web server)",
    "html": "200 HTML (a firewall's or CDN's challenge page in place of the JSON)",
}


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]
    body: bytes


class WordPressEmulator:
    """The site's state (corpus, clock) and its pages. All public methods are thread-safe.

    ``sitemap_max_urls`` is ``wp_sitemaps_get_max_urls`` (2000 in core; lower it to page the sitemaps).
    ``empty_date_archive_status`` 200 keeps the calendar trap open; 404 is core's answer.
    ``rest_api`` is one of ``REST_API_MODES`` (it may change between runs).
    """

    host = HOST
    base_url = BASE
    origin = BASE.rstrip("/")  # where serve() sends origin-form requests (a browser pointed at the port)

    def __init__(
        self,
        corpus: WpCorpus | None = None,
        *,
        now: datetime = DEFAULT_NOW,
        sitemap_max_urls: int = 2000,
        empty_date_archive_status: int = 200,
        rest_api: str = "on",
    ):
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        self.corpus = corpus or WpCorpus.build()
        self.now = now
        self.sitemap_max_urls = sitemap_max_urls
        self.empty_date_archive_status = empty_date_archive_status
        if rest_api not in REST_API_MODES:
            raise ValueError(f"rest_api must be one of {list(REST_API_MODES)}")
        self.rest_api = rest_api
        self._lock = threading.RLock()
        page = r"(?:page/(\d+)/)?"
        self._routes = [
            (re.compile(r"/"), self._root),
            (re.compile(r"/page/(\d+)/"), self._home_page),
            # Feeds first: a category path would otherwise swallow its "feed" segment.
            (re.compile(r"/feed/?"), self._feed),
            (re.compile(r"/comments/feed/?"), self._comments_feed),
            (re.compile(r"/category/((?:[^/]+/)*?[^/]+)/feed/"), self._category_feed),
            (re.compile(r"/tag/([^/]+)/feed/"), self._tag_feed),
            (re.compile(r"/(\d{4})/(\d{2})/(\d{2})/([^/]+)/feed/"), self._post_feed),
            (re.compile(r"/(\d{4})/(\d{2})/(\d{2})/([^/]+)/"), self._post),
            (re.compile(rf"/(\d{{4}})/(?:(\d{{2}})/(?:(\d{{2}})/)?)?{page}"), self._date),
            (re.compile(rf"/category/((?:[^/]+/)*?[^/]+)/{page}"), self._category),
            (re.compile(rf"/tag/([^/]+)/{page}"), self._tag),
            (re.compile(rf"/author/([^/]+)/{page}"), self._author),
            (re.compile(r"/wp-sitemap\.xml"), self._sitemap_index),
            (re.compile(r"/wp-sitemap-([a-z]+?)-(?:([a-z\d_-]+?)-)?(\d+?)\.xml"), self._sitemap),
            (re.compile(r"/robots\.txt"), self._robots),
            (re.compile(r"/wp-json/?(.*)"), self._rest_path),
            (re.compile(r"/wp-admin(?:/.*)?"), self._admin),
            (re.compile(r"/wp-login\.php"), self._login),
            (re.compile(r"/(about|contact)/"), self._static_page),
        ]

    # --- mutators (for incremental-crawl tests) -----------------------------------------------------

    def delete_post(self, post_id: int) -> None:
        with self._lock:
            self.corpus.posts[post_id].deleted = True

    def advance(self, delta: timedelta) -> None:
        """The site's clock moves on (scheduled runs are hours apart)."""
        with self._lock:
            self.now += delta

    def add_post(
        self,
        title: str,
        paragraphs: tuple[str, ...],
        *,
        category_ids: tuple[int, ...],
        tag_ids: tuple[int, ...] = (),
        author_id: int = 2,
    ) -> WpPost:
        """A post published now (the site's clock), with the plugin's contact block like every post;
        its ``expected_body`` is ``paragraphs``, so ``ground_truth(self.corpus)`` covers it."""
        with self._lock:
            post_id = max(self.corpus.posts) + 1
            taken = {p.slug for p in self.corpus.posts.values()}
            post = WpPost(
                id=post_id,
                title=title,
                slug=unique_slug(sanitize_title(title), taken),
                date=self.now.astimezone(CST),
                modified=self.now.astimezone(CST),
                author_id=author_id,
                category_ids=category_ids,
                tag_ids=tag_ids,
                content="".join(f"<p>{render.esc(p)}</p>\n" for p in paragraphs) + contact_block(),
                expected_body=list(paragraphs),
            )
            self.corpus.posts[post_id] = post
            return post

    def live_posts(self) -> list[WpPost]:
        """Published posts, newest first (WP_Query's default ``post_date DESC``)."""
        with self._lock:
            posts = [p for p in self.corpus.posts.values() if not p.deleted]
        return sorted(posts, key=lambda p: (p.date, p.id), reverse=True)

    # --- request handling -----------------------------------------------------------------------------

    def handle(self, method: str, url: str) -> Response:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host not in HOSTS:
            return self._plain(502, f"502 Bad Gateway: this proxy only serves {HOST}\n")
        if method not in ("GET", "HEAD"):
            return self._plain(405, "405 Method Not Allowed\n", {"Allow": "GET, HEAD"})
        # redirect_canonical(): another scheme or the bare host is a 301 to the home URL's form.
        if host != HOST or parts.scheme != "http":
            return self._redirect(
                f"{BASE.rstrip('/')}{parts.path or '/'}" + (f"?{parts.query}" if parts.query else "")
            )
        query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        path = parts.path or "/"
        with self._lock:
            for pattern, handler in self._routes:
                match = pattern.fullmatch(path)
                if match:
                    return handler(match.groups(), query, url)
            if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
                # redirect_canonical() adds the trailing slash the permalink structure has.
                return self._redirect(
                    f"{BASE.rstrip('/')}{path}/" + (f"?{parts.query}" if parts.query else "")
                )
            return self._not_found()

    # --- responses ------------------------------------------------------------------------------------

    def _headers(self, content_type: str, extra: dict[str, str] | None = None) -> dict[str, str]:
        headers = {
            "Content-Type": content_type,
            "Date": format_datetime(self.now.astimezone(UTC), usegmt=True),
        }
        if content_type == HTML:
            headers["Link"] = f'<{BASE}wp-json/>; rel="https://api.w.org/"'  # rest_output_link_header()
        return {**headers, **(extra or {})}

    def _respond(
        self, text: str, content_type: str = HTML, status: int = 200, extra: dict | None = None
    ) -> Response:
        return Response(status, self._headers(content_type, extra), text.encode("utf-8"))

    def _plain(self, status: int, text: str, extra: dict[str, str] | None = None) -> Response:
        return Response(status, self._headers("text/plain; charset=utf-8", extra), text.encode("utf-8"))

    def _redirect(self, location: str, status: int = 301) -> Response:
        return Response(
            status, self._headers(HTML, {"Location": location, "X-Redirect-By": "WordPress"}), b""
        )

    def _page(
        self,
        title: str,
        body_class: str,
        main: str,
        *,
        status: int = 200,
        month: tuple[int, int] | None = None,
        **head,
    ) -> Response:
        text = (
            render.head(title, **head)
            + render.header(self.corpus, body_class)
            + main
            + render.footer(self.now.year, self._sidebar(month))
        )
        extra = None
        if head.get("short"):
            # rest_output_link_header() and wp_shortlink_header() on singular pages, in one Link header.
            links = [f'<{BASE}wp-json/>; rel="https://api.w.org/"']
            if head.get("rest"):
                links.append(f'<{head["rest"]}>; rel="alternate"; type="application/json"')
            links.append(f"<{head['short']}>; rel=shortlink")
            extra = {"Link": ", ".join(links)}
        return self._respond(text, status=status, extra=extra)

    def _not_found(self) -> Response:
        return self._page(f"未找到页面 &#8211; {SITE_NAME}", "error404", render.not_found_main(), status=404)

    # --- posts ----------------------------------------------------------------------------------------

    def _live(self, post_id: int) -> WpPost | None:
        post = self.corpus.posts.get(post_id)
        return None if post is None or post.deleted else post

    def _by_slug(self, slug: str) -> WpPost | None:
        # WordPress matches the decoded slug (sanitize_title lowercases): %E6 and %e6 are the same post.
        wanted = unquote(slug).lower()
        for post in self.corpus.posts.values():
            if not post.deleted and unquote(post.slug) == wanted:
                return post
        return None

    def _root(self, groups, query, url) -> Response:
        if "rest_route" in query:
            return self._rest(query["rest_route"].strip("/"), query)
        if "p" in query:
            post = self._live(int(query["p"])) if query["p"].isdigit() else None
            return self._redirect(permalink(post)) if post else self._not_found()
        if "s" in query:
            return self._search(query, 1)
        if "m" in query or "cat" in query or "author" in query:
            return self._not_found()  # plain-permalink archive forms: not emulated
        return self._home(1)

    def _post(self, groups, query, url) -> Response:
        year, month, day, slug = groups
        post = self._by_slug(slug)
        if post is None:
            return self._not_found()
        link = permalink(post)
        if not link.startswith(f"{BASE}{year}/{month}/{day}/"):
            return self._redirect(link)  # wrong date in the URL: redirect_canonical() fixes it
        if "share" in query:
            # Jetpack's sharing: the button is a same-site link that 302s to the service (off-site).
            target = {
                "weibo": "https://service.weibo.com/share/share.php",
                "qq": "https://connect.qq.com/widget/shareqq/index.html",
            }
            service = target.get(query["share"])
            if service is None:
                return self._not_found()
            return self._redirect(f"{service}?{urlencode({'url': link, 'title': post.title})}", 302)
        live = self.live_posts()
        index = live.index(post)
        newer = live[index - 1] if index > 0 else None
        older = live[index + 1] if index + 1 < len(live) else None
        related = [self.corpus.posts[pid] for pid in post.related]
        main = render.article(self.corpus, post, older, newer, related)
        return self._page(
            f"{render.esc_title(post.title)} &#8211; {SITE_NAME}",
            f"post-template-default single single-post postid-{post.id} single-format-standard",
            main,
            month=(post.date.year, post.date.month),
            canonical=link,
            short=shortlink(post.id),
            rest=f"{BASE}wp-json/wp/v2/posts/{post.id}",
            noindex="replytocom" in query,  # wp_robots: replytocom pages are noindex
        )

    def _post_feed(self, groups, query, url) -> Response:
        post = self._by_slug(groups[3])
        if post is None:
            return self._not_found()
        return self._rss(f"《{post.title}》的评论", permalink(post), [], comments=True)

    def _static_page(self, groups, query, url) -> Response:
        page_id, title, body = PAGES[groups[0]]
        main = render.static_page(page_id, title, body)
        return self._page(
            f"{render.esc(title)} &#8211; {SITE_NAME}",
            f"page-template-default page page-id-{page_id}",
            main,
            canonical=f"{BASE}{groups[0]}/",
            short=shortlink(page_id),
        )

    # --- lists ------------------------------------------------------------------------------------------

    @staticmethod
    def _pages(count: int) -> int:
        return max(1, math.ceil(count / PER_PAGE))

    def _list(
        self,
        posts: list[WpPost],
        page: int,
        base: str,
        name: str,
        body_class: str,
        heading: str = "",
        description: str = "",
        sticky_first: bool = False,
        month: tuple[int, int] | None = None,
        empty_status: int = 404,
        extra_feeds: tuple[tuple[str, str], ...] = (),
        query: str = "",
    ) -> Response:
        def url_of(n: int) -> str:
            return (base if n == 1 else f"{base}page/{n}/") + query

        if page == 1 and not posts and empty_status != 200:
            return self._not_found()
        total = self._pages(len(posts))
        if not 1 <= page <= total:
            return self._not_found()
        shown = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
        sticky_ids: set[int] = set()
        if sticky_first and page == 1:
            # WP_Query moves sticky posts to the top of page 1 (fetching them if they are further down);
            # on later pages they show again in date order.
            sticky = [p for p in self.live_posts() if p.sticky]
            sticky_ids = {p.id for p in sticky}
            shown = sticky + [p for p in shown if p.id not in sticky_ids]
        items = "".join(render.list_item(self.corpus, p, p.id in sticky_ids) for p in shown)
        # wp_get_document_title(): name, page number, site name, joined by an en dash.
        title = f"{render.esc(name)} &#8211; {SITE_NAME}"
        if page > 1:
            body_class += f" paged paged-{page}"
            title = f"{render.esc(name)} &#8211; 第{page}页 &#8211; {SITE_NAME}"
        if base == BASE and not query:
            title = f"{SITE_NAME} &#8211; {TAGLINE}" if page == 1 else f"{SITE_NAME} &#8211; 第{page}页"
        main = render.list_main(heading, description, items, render.paginate_links(page, total, url_of))
        return self._page(
            title, body_class, main, month=month, canonical=url_of(page), extra_feeds=extra_feeds
        )

    def _home(self, page: int) -> Response:
        posts = self.live_posts()
        return self._list(posts, page, BASE, SITE_NAME, "home blog", sticky_first=True)

    def _home_page(self, groups, query, url) -> Response:
        page = int(groups[0])
        if "s" in query:
            return self._search(query, page)  # search results page on as /page/N/?s=
        return self._redirect(BASE) if page == 1 else self._home(page)

    @staticmethod
    def _page_number(group: str | None) -> int | None:
        return None if group is None else int(group)

    def _paged(self, group: str | None, base: str, build) -> Response:
        page = self._page_number(group)
        if page == 1:
            return self._redirect(base)  # redirect_canonical(): page/1/ is the list itself
        return build(page or 1)

    def _category(self, groups, query, url) -> Response:
        path, page = groups
        term = self._category_by_path(path)
        if term is None:
            return self._not_found()
        base = category_url(self.corpus, term.id)
        if f"{BASE}category/{path}/" != base:
            return self._redirect(base)  # a child category without its parent's slug

        def build(n: int) -> Response:
            family = {term.id} | {c.id for c in self.corpus.categories.values() if c.parent == term.id}
            posts = [p for p in self.live_posts() if family & set(p.category_ids)]
            return self._list(
                posts,
                n,
                base,
                term.name,
                f"archive category category-{term.slug} category-{term.id}",
                heading=f"分类：<span>{render.esc(term.name)}</span>",
                description=term.description,
                empty_status=200,
                extra_feeds=((f"{term.name}分类Feed", f"{base}feed/"),),
            )

        return self._paged(page, base, build)

    def _category_by_path(self, path: str) -> Term | None:
        last = unquote(path.rstrip("/").rsplit("/", 1)[-1]).lower()
        return next((t for t in self.corpus.categories.values() if unquote(t.slug) == last), None)

    def _tag_by_slug(self, slug: str) -> Term | None:
        wanted = unquote(slug).lower()
        return next((t for t in self.corpus.tags.values() if unquote(t.slug) == wanted), None)

    def _tag(self, groups, query, url) -> Response:
        term = self._tag_by_slug(groups[0])
        if term is None:
            return self._not_found()
        base = tag_url(self.corpus, term.id)

        def build(n: int) -> Response:
            posts = [p for p in self.live_posts() if term.id in p.tag_ids]
            return self._list(
                posts,
                n,
                base,
                term.name,
                f"archive tag tag-{term.slug} tag-{term.id}",
                heading=f"标签：<span>{render.esc(term.name)}</span>",
                empty_status=200,
                extra_feeds=((f"{term.name}标签Feed", f"{base}feed/"),),
            )

        return self._paged(groups[1], base, build)

    def _author(self, groups, query, url) -> Response:
        user = next((u for u in self.corpus.users.values() if u.nicename == groups[0]), None)
        if user is None:
            return self._not_found()
        base = author_url(user)

        def build(n: int) -> Response:
            posts = [p for p in self.live_posts() if p.author_id == user.id]
            return self._list(
                posts,
                n,
                base,
                user.name,
                f"archive author author-{user.nicename} author-{user.id}",
                heading=f'作者：<span class="vcard">{render.esc(user.name)}</span>',
                empty_status=200,
            )

        return self._paged(groups[1], base, build)

    def _date(self, groups, query, url) -> Response:
        year, month, day, page = groups
        y, m, d = int(year), int(month) if month else None, int(day) if day else None
        try:
            datetime(y, m or 1, d or 1)
        except ValueError:
            return self._not_found()
        base = f"{BASE}{year}/" + (f"{month}/" if month else "") + (f"{day}/" if day else "")

        def matches(p: WpPost) -> bool:
            return p.date.year == y and (m is None or p.date.month == m) and (d is None or p.date.day == d)

        def build(n: int) -> Response:
            posts = [p for p in self.live_posts() if matches(p)]
            label = f"{y}年" + (f"{m}月" if m else "") + (f"{d}日" if d else "")
            kind = "日" if d else "月" if m else "年"
            return self._list(
                posts,
                n,
                base,
                label,
                "archive date",
                heading=f"{kind}：<span>{label}</span>",
                month=(y, m or 1),
                empty_status=self.empty_date_archive_status,
            )

        return self._paged(page, base, build)

    def _search(self, query: dict[str, str], page: int) -> Response:
        q = query["s"]
        posts = [p for p in self.live_posts() if q and (q in p.title or q in p.content)]
        return self._list(
            posts,
            page,
            BASE,
            f"“{q}”的搜索结果",
            "search search-results",
            heading=f"“<span>{render.esc(q)}</span>”的搜索结果",
            empty_status=200,
            query=f"?s={quote(q)}",
        )

    def _sidebar(self, month: tuple[int, int] | None) -> str:
        live = self.live_posts()
        months = sorted(Counter((p.date.year, p.date.month) for p in live).items(), reverse=True)
        cat_counts = Counter(c for p in live for c in p.category_ids)
        year, mon = month or (self.now.year, self.now.month)
        days = {p.date.day for p in live if (p.date.year, p.date.month) == (year, mon)}
        prev = (year - 1, 12) if mon == 1 else (year, mon - 1)
        nxt = (year + 1, 1) if mon == 12 else (year, mon + 1)
        return render.sidebar(
            self.corpus,
            live[:RECENT],
            [(y, m, n) for (y, m), n in months],
            cat_counts,
            render.calendar(year, mon, days, prev, nxt),
        )

    # --- feeds -------------------------------------------------------------------------------------------

    def _feed(self, groups, query, url) -> Response:
        return self._rss("", BASE, self.live_posts()[:PER_PAGE], self_url=f"{BASE}feed/")

    def _comments_feed(self, groups, query, url) -> Response:
        return self._rss("评论", BASE, [], comments=True, self_url=f"{BASE}comments/feed/")

    def _category_feed(self, groups, query, url) -> Response:
        term = self._category_by_path(groups[0])
        if term is None:
            return self._not_found()
        family = {term.id} | {c.id for c in self.corpus.categories.values() if c.parent == term.id}
        posts = [p for p in self.live_posts() if family & set(p.category_ids)][:PER_PAGE]
        return self._rss(term.name, category_url(self.corpus, term.id), posts)

    def _tag_feed(self, groups, query, url) -> Response:
        term = self._tag_by_slug(groups[0])
        if term is None:
            return self._not_found()
        posts = [p for p in self.live_posts() if term.id in p.tag_ids][:PER_PAGE]
        return self._rss(term.name, tag_url(self.corpus, term.id), posts)

    def _rss(
        self, name: str, link: str, posts: list[WpPost], *, comments: bool = False, self_url: str = ""
    ) -> Response:
        """``feed-rss2.php``: full content in ``content:encoded``, pubDate in +0000, guid the ``?p=`` form."""
        title = f"{SITE_NAME} &#187; {render.esc(name)}" if name else SITE_NAME
        newest = max((p.modified for p in posts), default=self.now)
        items = []
        for p in posts:
            cats = sort_terms([self.corpus.categories[c] for c in p.category_ids]) + sort_terms(
                [self.corpus.tags[t] for t in p.tag_ids]
            )
            items.append(
                "\t<item>\n"
                f"\t\t<title>{render.esc_title(p.title)}</title>\n"
                f"\t\t<link>{permalink(p)}</link>\n"
                f"\t\t<pubDate>{rfc822(p.date)}</pubDate>\n"
                f"\t\t<dc:creator><![CDATA[{self.corpus.users[p.author_id].name}]]></dc:creator>\n"
                + "".join(f"\t\t<category><![CDATA[{t.name}]]></category>\n" for t in cats)
                + f'\n\t\t<guid isPermaLink="false">{BASE}?p={p.id}</guid>\n'
                f"\t\t<description><![CDATA[{render.excerpt(p)}]]></description>\n"
                f"\t\t<content:encoded><![CDATA[{p.content}]]></content:encoded>\n"
                "\t</item>\n"
            )
        text = (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n'
            '\txmlns:content="http://purl.org/rss/1.0/modules/content/"\n'
            '\txmlns:wfw="http://wellformedweb.org/CommentAPI/"\n'
            '\txmlns:dc="http://purl.org/dc/elements/1.1/"\n'
            '\txmlns:atom="http://www.w3.org/2005/Atom"\n'
            '\txmlns:sy="http://purl.org/rss/1.0/modules/syndication/"\n'
            '\txmlns:slash="http://purl.org/rss/1.0/modules/slash/"\n\t>\n\n'
            "<channel>\n"
            f"\t<title>{title}</title>\n"
            f'\t<atom:link href="{self_url or link + "feed/"}" rel="self" type="application/rss+xml" />\n'
            f"\t<link>{link}</link>\n"
            f"\t<description>{render.esc(TAGLINE)}</description>\n"
            f"\t<lastBuildDate>{rfc822(newest)}</lastBuildDate>\n"
            "\t<language>zh-Hans</language>\n"
            "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>\n"
            "\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>\n"
            f"\t<generator>https://wordpress.org/?v=6.4.3</generator>\n"
            + "".join(items)
            + "</channel>\n</rss>\n"
        )
        return self._respond(text, "application/rss+xml; charset=UTF-8")

    # --- sitemaps and robots.txt --------------------------------------------------------------------------

    def _sitemap_lists(self) -> dict[tuple[str, str], list[str]]:
        by_id = sorted((p for p in self.corpus.posts.values() if not p.deleted), key=lambda p: p.id)
        authors = sorted({p.author_id for p in by_id})
        used_cats = {c for p in by_id for c in p.category_ids}
        used_tags = {t for p in by_id for t in p.tag_ids}
        return {
            # Ordered as core queries them: posts by ID, terms by term_id; empty terms are left out.
            ("posts", "post"): [permalink(p) for p in by_id],
            ("posts", "page"): [BASE] + [f"{BASE}{slug}/" for slug in PAGES],
            ("taxonomies", "category"): [category_url(self.corpus, c) for c in sorted(used_cats)],
            ("taxonomies", "post_tag"): [tag_url(self.corpus, t) for t in sorted(used_tags)],
            ("users", ""): [author_url(self.corpus.users[a]) for a in authors],
        }

    def _sitemap_index(self, groups, query, url) -> Response:
        locs = []
        for (provider, subtype), urls in self._sitemap_lists().items():
            pages = max(1, math.ceil(len(urls) / self.sitemap_max_urls))
            stem = f"wp-sitemap-{provider}-" + (f"{subtype}-" if subtype else "")
            locs += [f"{BASE}{stem}{n}.xml" for n in range(1, pages + 1)]
        entries = "".join(f"<sitemap><loc>{loc}</loc></sitemap>" for loc in locs)
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<?xml-stylesheet type="text/xsl" href="{BASE}wp-sitemap-index.xsl" ?>\n'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>\n'
        )
        return self._respond(text, XML)

    def _sitemap(self, groups, query, url) -> Response:
        provider, subtype, page = groups[0], groups[1] or "", int(groups[2])
        urls = self._sitemap_lists().get((provider, subtype))
        shown = (urls or [])[(page - 1) * self.sitemap_max_urls : page * self.sitemap_max_urls]
        if not shown:
            return self._not_found()
        entries = "".join(f"<url><loc>{render.esc(u)}</loc></url>" for u in shown)
        text = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<?xml-stylesheet type="text/xsl" href="{BASE}wp-sitemap.xsl" ?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>\n'
        )
        return self._respond(text, XML)

    def _robots(self, groups, query, url) -> Response:
        text = (
            "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"
            f"\nSitemap: {BASE}wp-sitemap.xml\n"
        )
        return self._respond(text, "text/plain; charset=utf-8")

    def _admin(self, groups, query, url) -> Response:
        if urlsplit(url).path == "/wp-admin/admin-ajax.php":
            return self._respond("0", "text/html; charset=UTF-8", status=400)
        return self._redirect(f"{BASE}wp-login.php?{urlencode({'redirect_to': url, 'reauth': 1})}", 302)

    def _login(self, groups, query, url) -> Response:
        return self._respond(render.login_page())

    # --- the REST API -----------------------------------------------------------------------------------

    def _rest_path(self, groups, query, url) -> Response:
        return self._rest(groups[0].strip("/"), query)

    def _rest(self, route: str, query: dict[str, str]) -> Response:
        if self.rest_api == "login":
            message = "Only authenticated users can access the REST API."
            return self._rest_error("rest_cannot_access", message, 401)
        if self.rest_api == "off":
            return self._not_found()
        if self.rest_api == "html":
            return self._respond("<!DOCTYPE html><html><body><p>Checking your browser…</p></body></html>")
        if route == "":
            return self._json(
                {
                    "name": SITE_NAME,
                    "description": TAGLINE,
                    "url": BASE.rstrip("/"),
                    "home": BASE.rstrip("/"),
                    "gmt_offset": "8",
                    "timezone_string": "Asia/Shanghai",
                    "namespaces": ["oembed/1.0", "wp/v2"],
                    "authentication": [],
                    "routes": {"/wp/v2/posts": {"namespace": "wp/v2", "methods": ["GET"]}},
                }
            )
        if m := re.fullmatch(r"wp/v2/posts/(\d+)", route):
            post = self._live(int(m[1]))
            if post is None:
                return self._rest_error("rest_post_invalid_id", "无效的文章ID。", 404)
            return self._json(self._post_json(post, "_embed" in query))
        collections = {
            "wp/v2/posts": self._rest_posts,
            "wp/v2/categories": lambda q: self._rest_terms(self.corpus.categories, q),
            "wp/v2/tags": lambda q: self._rest_terms(self.corpus.tags, q),
            "wp/v2/users": self._rest_users,
        }
        if route in collections:
            return collections[route](query)
        return self._rest_error("rest_no_route", "未找到匹配URL和请求方式的路由。", 404)

    def _paging(self, query: dict[str, str]) -> tuple[int, int] | Response:
        """per_page (1..100, default 10) and page (>= 1), validated as the collection params' schema does."""
        values = {}
        for name, default, maximum in (("per_page", 10, 100), ("page", 1, None)):
            raw = query.get(name, str(default))
            if not raw.isdigit() or int(raw) < 1 or (maximum and int(raw) > maximum):
                bound = f"1（含）和{maximum}（含）之间" if maximum else "大于等于1"
                return self._rest_error(
                    "rest_invalid_param",
                    f"无效参数：{name}",
                    400,
                    {"params": {name: f"{name}必须在{bound}。"}, "details": {}},
                )
            values[name] = int(raw)
        return values["per_page"], values["page"]

    def _rest_posts(self, query: dict[str, str]) -> Response:
        paging = self._paging(query)
        if isinstance(paging, Response):
            return paging
        per_page, page = paging
        posts = self.live_posts()
        for name, attr in (("categories", "category_ids"), ("tags", "tag_ids")):
            if query.get(name):
                ids = {int(x) for x in query[name].split(",") if x.isdigit()}
                posts = [p for p in posts if ids & set(getattr(p, attr))]
        if query.get("author", "").isdigit():
            posts = [p for p in posts if p.author_id == int(query["author"])]
        total = len(posts)
        pages = math.ceil(total / per_page)
        if page > pages and total > 0:
            return self._rest_error("rest_post_invalid_page_number", "请求的页码大于总页数。", 400)
        shown = posts[(page - 1) * per_page : page * per_page]
        data = [_only(self._post_json(p, "_embed" in query), query.get("_fields")) for p in shown]
        return self._json(data, self._collection_headers("wp/v2/posts", query, total, pages, page))

    def _collection_headers(
        self, route: str, query: dict[str, str], total: int, pages: int, page: int
    ) -> dict:
        base = f"{BASE}wp-json/{route}"
        links = []
        if page > 1:
            links.append(f'<{base}?{urlencode({**query, "page": min(page - 1, pages)})}>; rel="prev"')
        if pages > page:
            links.append(f'<{base}?{urlencode({**query, "page": page + 1})}>; rel="next"')
        headers = {"X-WP-Total": str(total), "X-WP-TotalPages": str(pages), "Allow": "GET"}
        if links:
            headers["Link"] = ", ".join(links)
        return headers

    def _rest_terms(self, terms: dict[int, Term], query: dict[str, str]) -> Response:
        paging = self._paging(query)
        if isinstance(paging, Response):
            return paging
        per_page, page = paging
        live = self.live_posts()
        ordered = sort_terms(list(terms.values()))  # the terms controller's default orderby=name
        total = len(ordered)
        pages = math.ceil(total / per_page)
        if page > pages and total > 0:
            return self._rest_error("rest_term_invalid_page_number", "请求的页码大于总页数。", 400)
        data = []
        for t in ordered[(page - 1) * per_page : page * per_page]:
            count = sum(
                1 for p in live if t.id in (p.category_ids if t.taxonomy == "category" else p.tag_ids)
            )
            item = {
                "id": t.id,
                "count": count,
                "description": t.description,
                "link": term_url(self.corpus, t.id),
                "name": t.name,
                "slug": t.slug,
                "taxonomy": t.taxonomy,
            }
            if t.taxonomy == "category":
                item["parent"] = t.parent
            item["meta"] = []
            data.append(item)
        route = "wp/v2/categories" if terms is self.corpus.categories else "wp/v2/tags"
        return self._json(data, self._collection_headers(route, query, total, pages, page))

    def _user_json(self, user_id: int) -> dict:
        user = self.corpus.users[user_id]
        return {
            "id": user.id,
            "name": user.name,
            "url": "",
            "description": "",
            "link": author_url(user),
            "slug": user.nicename,
            "avatar_urls": {
                size: f"https://cravatar.cn/avatar/{user.nicename}?s={size}&d=mm&r=g"
                for size in ("24", "48", "96")
            },
        }

    def _rest_users(self, query: dict[str, str]) -> Response:
        authors = sorted({p.author_id for p in self.live_posts()})
        data = [self._user_json(a) for a in authors]
        return self._json(data, {"X-WP-Total": str(len(data)), "X-WP-TotalPages": "1", "Allow": "GET"})

    def _term_json(self, term_id: int) -> dict:
        t = self.corpus.terms()[term_id]
        return {
            "id": t.id,
            "link": term_url(self.corpus, t.id),
            "name": t.name,
            "slug": t.slug,
            "taxonomy": t.taxonomy,
        }

    def _post_json(self, post: WpPost, embed: bool) -> dict:
        """prepare_item_for_response(): ``date`` is site time and ``date_gmt`` UTC, both without offset."""
        cats = [t.id for t in sort_terms([self.corpus.categories[c] for c in post.category_ids])]
        tags = [t.id for t in sort_terms([self.corpus.tags[t] for t in post.tag_ids])]
        api = f"{BASE}wp-json/wp/v2"
        data = {
            "id": post.id,
            "date": local(post.date),
            "date_gmt": local(post.date.astimezone(UTC)),
            "guid": {"rendered": f"{BASE}?p={post.id}"},
            "modified": local(post.modified),
            "modified_gmt": local(post.modified.astimezone(UTC)),
            "slug": post.slug,
            "status": "publish",
            "type": "post",
            "link": permalink(post),
            "title": {"rendered": render.esc_title(post.title)},
            "content": {"rendered": post.content + "\n", "protected": False},
            "excerpt": {"rendered": f"<p>{render.excerpt(post)}</p>\n", "protected": False},
            "author": post.author_id,
            "featured_media": 0,
            "comment_status": "open",
            "ping_status": "closed",
            "sticky": post.sticky,
            "template": "",
            "format": "standard",
            "meta": {"footnotes": ""},
            "categories": cats,
            "tags": tags,
            "_links": {
                "self": [{"href": f"{api}/posts/{post.id}"}],
                "collection": [{"href": f"{api}/posts"}],
                "about": [{"href": f"{api}/types/post"}],
                "author": [{"embeddable": True, "href": f"{api}/users/{post.author_id}"}],
                "replies": [{"embeddable": True, "href": f"{api}/comments?post={post.id}"}],
                "wp:attachment": [{"href": f"{api}/media?parent={post.id}"}],
                "wp:term": [
                    {"taxonomy": "category", "embeddable": True, "href": f"{api}/categories?post={post.id}"},
                    {"taxonomy": "post_tag", "embeddable": True, "href": f"{api}/tags?post={post.id}"},
                ],
                "curies": [{"name": "wp", "href": "https://api.w.org/{rel}", "templated": True}],
            },
        }
        if embed:
            data["_embedded"] = {
                "author": [self._user_json(post.author_id)],
                "wp:term": [[self._term_json(c) for c in cats], [self._term_json(t) for t in tags]],
            }
        return data

    def _json(self, data, extra: dict[str, str] | None = None, status: int = 200) -> Response:
        # wp_json_encode() with the REST server's default flags: \uXXXX escapes and escaped slashes.
        text = json.dumps(data, ensure_ascii=True, separators=(",", ":")).replace("/", "\\/")
        headers = {
            "X-Content-Type-Options": "nosniff",
            "Access-Control-Expose-Headers": "X-WP-Total, X-WP-TotalPages, Link",
            **(extra or {}),
        }
        return self._respond(text, JSON, status, headers)

    def _rest_error(self, code: str, message: str, status: int, data: dict | None = None) -> Response:
        return self._json(
            {"code": code, "message": message, "data": {"status": status, **(data or {})}}, status=status
        )


def _only(item: dict, fields: str | None) -> dict:
    """``rest_filter_response_fields``: ``_fields=a,b.c`` keeps those (top-level or nested) fields only."""
    if not fields:
        return item
    kept: dict = {}
    for name in filter(None, (f.strip() for f in fields.split(","))):
        *parents, last = name.split(".")
        source, target = item, kept
        for key in parents:
            if not isinstance(source.get(key), dict):
                break
            source, target = source[key], target.setdefault(key, {})
        else:
            if last in source:
                target[last] = source[last]
    return kept


def rfc822(moment: datetime) -> str:
    """``mysql2date('D, d M Y H:i:s +0000', post_date_gmt)``."""
    return moment.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")


def local(moment: datetime) -> str:
    """``mysql_to_rfc3339()``: the wall-clock time without an offset."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S")
