"""``SiteEmulator``: www.shcfck.com (Z-BlogPHP 1.7, index.php URL mode, tpure theme) served from a corpus.

``handle(method, url)`` answers one absolute URL the way the CMS would at the emulator's clock ``now``.
Behaviour follows tests/fixtures/site-reference/README.md; the comments here say where it is subtle.
"""

from __future__ import annotations

import html
import math
import random
import re
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import parse_qs, urlsplit

from parkcrawler.testsite import render
from parkcrawler.testsite.corpus import Category, Corpus, Post

DEFAULT_NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone(timedelta(hours=8)))  # the reference render time
HOSTS = {"www.shcfck.com", "shcfck.com"}
PER_PAGE = 10
RELATED = 8
SORTS = {"newlist", "viewlist", "cmtlist"}

HTML = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Response:
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass(frozen=True)
class Request:
    url: str  # as requested: echoed by the article's copyright block
    query: dict[str, str]
    groups: tuple[str | None, ...]


def page_number(group: str | None) -> int:
    return int(group) if group else 1


class SiteEmulator:
    """The site's state (corpus, view counts, clock) and its pages.

    ``frozen=True`` reproduces the reference snapshot: article loads do not count views, and every
    article shows one fixed related list. Otherwise related posts without a fixed list in the corpus
    are drawn at random per load from ``random.Random(seed)``.
    ``sitemap_lag=K`` leaves the K newest posts out of sitemap.xml, like a sitemap not yet regenerated.
    All public methods are thread-safe.
    """

    def __init__(
        self,
        corpus: Corpus,
        *,
        now: datetime = DEFAULT_NOW,
        seed: int = 0,
        frozen: bool = False,
        sitemap_lag: int = 0,
    ):
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        self.corpus = corpus
        self.now = now
        self.seed = seed
        self.frozen = frozen
        self.sitemap_lag = sitemap_lag
        self._random = random.Random(seed)
        self._lock = threading.RLock()
        self._routes = [
            (re.compile(r"/(?:index\.php)?"), self._home_or_redirect),
            (re.compile(r"/index\.php/page_(\d+)\.html"), self._home),
            (re.compile(r"/index\.php/post/(\d+)\.html"), self._article),
            (re.compile(r"/index\.php/category-(\d+)(?:_(\d+))?\.html"), self._category),
            (re.compile(r"/index\.php/tags-(\d+)(?:_(\d+))?\.html"), self._tag),
            (re.compile(r"/index\.php/author-(\d+)(?:_(\d+))?\.html"), self._author),
            (re.compile(r"/index\.php/date-(\d{4})-(\d{1,2})(?:_(\d+))?\.html"), self._month),
            (re.compile(r"/feed\.php"), self._feed),
            (re.compile(r"/sitemap\.xml"), self._sitemap),
            (re.compile(r"/robots\.txt"), self._robots),
            (re.compile(r"/search\.php"), self._search),
        ]

    @classmethod
    def default(cls, **options) -> SiteEmulator:
        """The full corpus (reference posts plus generated ones)."""
        return cls(Corpus.load(), **options)

    @classmethod
    def sized(cls, posts: int, *, spacing: timedelta = timedelta(hours=3), **options) -> SiteEmulator:
        """A site of `posts` posts for benchmarks: the corpus's post bodies (their boilerplate included)
        cycled under distinct titles, one every `spacing` back from the clock. See `SizedSiteEmulator`."""
        corpus = Corpus.load()
        bodies = sorted((p for p in corpus.posts.values() if not (p.sticky or p.deleted)), key=lambda p: p.id)
        corpus.posts = {}
        site = SizedSiteEmulator(corpus, **options)
        for i in range(posts):
            body = bodies[i % len(bodies)]
            site.add_post(
                f"{body.title}（{i + 1}）",
                post_id=i + 1,  # given: add_post would otherwise scan every post for the next free id
                category_id=body.category_id,
                content=body.content,
                tag_ids=body.tag_ids,
                author_id=body.author_id,
                when=site.now - spacing * (posts - i),
                views=body.views,
            )
        return site

    @classmethod
    def reference(cls, **options) -> SiteEmulator:
        """Only the 13 posts of the reference snapshot, as the reference pages show them."""
        return cls(Corpus.load().reference_only(), **options)

    # --- mutators (for incremental-crawl tests) ---------------------------------------------------

    def add_post(
        self,
        title: str,
        *,
        category_id: int,
        content: str | None = None,
        tag_ids: tuple[int, ...] = (),
        author_id: int = 1,
        when: datetime | None = None,
        views: int = 0,
        sticky: bool = False,
        post_id: int | None = None,
    ) -> Post:
        """Publish a post (default: now, next free id, a one-paragraph body) and return it."""
        with self._lock:
            post = Post(
                id=post_id or max(self.corpus.posts, default=0) + 1,
                title=title,
                datetime=when or self.now,
                category_id=category_id,
                tag_ids=tuple(tag_ids),
                author_id=author_id,
                views=views,
                content=content or f"<p>\u3000\u3000{html.escape(title)}</p>",
                sticky=sticky,
            )
            if post.id in self.corpus.posts:
                raise ValueError(f"post {post.id} exists")
            self.corpus.posts[post.id] = post
            return post

    def set_views(self, post_id: int, views: int) -> None:
        with self._lock:
            self.corpus.posts[post_id].views = views

    def delete_post(self, post_id: int) -> None:
        """The post answers 404 and leaves every list; fixed related lists still link to it."""
        with self._lock:
            self.corpus.posts[post_id].deleted = True

    def advance(self, delta: timedelta) -> None:
        with self._lock:
            self.now += delta

    def live_posts(self) -> list[Post]:
        """Published posts, newest first (the CMS's ``log_PostTime DESC``)."""
        with self._lock:
            posts = [p for p in self.corpus.posts.values() if not p.deleted]
        return sorted(posts, key=lambda p: (p.datetime, p.id), reverse=True)

    # --- request handling ---------------------------------------------------------------------------

    def handle(self, method: str, url: str) -> Response:
        """Answer ``method url`` (absolute URL). HEAD is rendered like GET, as PHP does (views count);
        the HTTP server leaves its body out."""
        parts = urlsplit(url)
        if (parts.hostname or "").lower() not in HOSTS:
            return self._plain(502, "502 Bad Gateway: this proxy only serves www.shcfck.com\n")
        if method not in ("GET", "HEAD"):
            return self._plain(405, "405 Method Not Allowed\n", {"Allow": "GET, HEAD"})
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        with self._lock:
            for pattern, handler in self._routes:
                match = pattern.fullmatch(parts.path or "/")
                if match:
                    return handler(Request(url, query, match.groups()))
            return self._not_found()

    def _headers(self, content_type: str, extra: dict[str, str] | None = None) -> dict[str, str]:
        return {
            "Content-Type": content_type,
            "Date": format_datetime(self.now.astimezone(UTC), usegmt=True),
            "Product": "Z-BlogPHP 1.7.x",
            **(extra or {}),
        }

    def _respond(self, text: str, content_type: str = HTML, status: int = 200) -> Response:
        return Response(status, self._headers(content_type), text.encode("utf-8"))

    def _plain(self, status: int, text: str, extra: dict[str, str] | None = None) -> Response:
        return Response(status, self._headers("text/plain; charset=utf-8", extra), text.encode("utf-8"))

    def _not_found(self) -> Response:
        page = (
            render.head(f"404 - {render.SITE_NAME}", "error")
            + render.header(self.corpus)
            + render.error_main()
            + render.footer(self.now.year)
        )
        return self._respond(page, status=404)

    # --- pages ----------------------------------------------------------------------------------------

    def _home_or_redirect(self, req: Request) -> Response:
        if "id" not in req.query:
            return self._home(Request(req.url, req.query, ("1",)))
        # Dynamic URLs (/?id=N, /index.php?id=N) are 301s to the permalink of a published post.
        post = self._live_post(req.query["id"])
        if post is None:
            return self._not_found()
        headers = self._headers(HTML, {"Location": render.post_url(post.id)})
        return Response(301, headers, b"")

    def _home(self, req: Request) -> Response:
        page = int(req.groups[0])
        live = self.live_posts()
        # Sticky posts leave the ordinary list and are shown above page 1 (Z-BlogPHP's log_IsTop).
        ordinary = [p for p in live if not p.sticky]
        shown = self._page_of(ordinary, page)
        if shown is None:
            return self._not_found()
        if page == 1:
            shown = [p for p in live if p.sticky] + shown
        title = f"{render.SITE_NAME} - {render.SUBTITLE}" if page == 1 else f"第{page}页 - {render.SITE_NAME}"
        bar = render.pagebar(page, self._pages(ordinary), render.home_url)
        main = render.home_main(self._items(shown), bar, self._sidebar())
        return self._page(title, "index", main)

    def _category(self, req: Request) -> Response:
        category = self.corpus.categories.get(int(req.groups[0]))
        if category is None:
            return self._not_found()
        page = page_number(req.groups[1])
        order = req.query.get("order", "")
        order = order if order in SORTS else ""
        sort = 1 if order and req.query.get("sort") == "1" else 0
        family = {category.id} | {c.id for c in self.corpus.categories.values() if c.parent == category.id}
        posts = [p for p in self.live_posts() if p.category_id in family and not p.sticky]
        posts = self._sorted(posts, order, sort)
        shown = self._page_of(posts, page)
        if shown is None:
            return self._not_found()

        def url_of(n: int) -> str:
            url = render.category_url(category.id, n)
            return render.esc(f"{url}?order={order}&sort={sort}") if order else url

        title = category.name if page == 1 else f"{category.name} 第{page}页"
        above = render.filternav(category, order, sort, intro=page == 1)
        main = render.list_main(
            render.category_crumb(self._chain(category)),
            above,
            self._items(shown),
            render.pagebar(page, self._pages(posts), url_of),
            self._sidebar(),
        )
        return self._page(f"{title} - {render.SITE_NAME}", "category", main)

    @staticmethod
    def _sorted(posts: list[Post], order: str, sort: int) -> list[Post]:
        """tpure's filter: sort=0 descending, 1 ascending. Nobody comments on this site, so cmtlist
        ties everywhere and keeps the date order; ties otherwise fall back to newest first."""
        if order == "viewlist":
            return sorted(posts, key=lambda p: p.views if sort else -p.views)
        if order == "newlist" and sort:
            return posts[::-1]
        return posts

    def _tag(self, req: Request) -> Response:
        tag = self.corpus.tags.get(int(req.groups[0]))
        if tag is None:
            return self._not_found()
        posts = [p for p in self.live_posts() if tag.id in p.tag_ids]
        return self._named_list(
            tag.name, "tag", posts, page_number(req.groups[1]), lambda n: render.tag_url(tag.id, n)
        )

    def _author(self, req: Request) -> Response:
        author = self.corpus.authors.get(int(req.groups[0]))
        if author is None:
            return self._not_found()
        posts = [p for p in self.live_posts() if p.author_id == author.id]
        return self._named_list(
            author.name,
            "author",
            posts,
            page_number(req.groups[1]),
            lambda n: render.author_url(author.id, n),
        )

    def _month(self, req: Request) -> Response:
        year, month = int(req.groups[0]), int(req.groups[1])
        if not 1 <= month <= 12:
            return self._not_found()
        posts = [p for p in self.live_posts() if self._month_of(p) == (year, month)]
        return self._named_list(
            f"{year}年{month}月",
            "date",
            posts,
            page_number(req.groups[2]),
            lambda n: render.date_url(year, month, n),
        )

    def _named_list(self, name: str, body_class: str, posts: list[Post], page: int, url_of) -> Response:
        """Tag, author and month lists: sticky posts stay in date order, marked 置顶."""
        shown = self._page_of(posts, page)
        if shown is None:
            return self._not_found()
        title = name if page == 1 else f"{name} 第{page}页"
        main = render.list_main(
            render.name_crumb(name, page),
            "",
            self._items(shown),
            render.pagebar(page, self._pages(posts), url_of),
            self._sidebar(),
        )
        return self._page(f"{title} - {render.SITE_NAME}", body_class, main)

    def _search(self, req: Request) -> Response:
        """A trivial result list (robots.txt disallows search.php; polite crawlers never see it)."""
        q = req.query.get("q", "")
        hits = [p for p in self.live_posts() if q and q in p.title][:PER_PAGE]
        main = render.list_main(
            render.name_crumb(f"搜索：{q}", 1), "", self._items(hits), "", self._sidebar()
        )
        return self._page(f"{q} - 搜索 - {render.SITE_NAME}", "search", main)

    def _article(self, req: Request) -> Response:
        post = self._live_post(req.groups[0])
        if post is None:
            return self._not_found()
        if not self.frozen:
            post.views += 1  # log_ViewNums is incremented before the page is rendered
        category = self.corpus.categories[post.category_id]
        view = render.ArticleView(
            post=post,
            author=self.corpus.authors[post.author_id].name,
            chain=self._chain(category),
            tags=[(t, self.corpus.tags[t].name) for t in post.tag_ids],
            date_html=render.time_ago(self.now, post.datetime),
            requested_url=req.url,
            related=self._related(post),
        )
        head = render.head(
            f"{post.title} - {render.SITE_NAME}",
            "article",
            keywords=",".join(name for _, name in view.tags),
            description=render.meta_description(post),
            canonical=render.post_url(post.id),
        )
        page = (
            head
            + render.header(self.corpus)
            + render.article_main(view, self._sidebar())
            + render.footer(self.now.year)
        )
        return self._respond(page)

    def _related(self, post: Post) -> list[Post]:
        """tpure's mutuality module: posts sharing a tag, else the same category, ORDER BY rand().

        A fixed list from the corpus is shown as is, deleted posts included (a stale link that 404s).
        """
        if post.related is not None:
            return [self.corpus.posts[pid] for pid in post.related if pid in self.corpus.posts]
        pool = self._related_candidates(post)
        # Frozen pages must not change between loads: draw from a generator private to the post.
        rng = random.Random(f"{self.seed}:{post.id}") if self.frozen else self._random
        return rng.sample(pool, k=min(RELATED, len(pool)))

    def _related_candidates(self, post: Post) -> Sequence[Post]:
        """The other live posts sharing a tag with the post, else its category, in list order."""
        others = [p for p in self.live_posts() if p.id != post.id]
        if post.tag_ids:
            return [p for p in others if set(p.tag_ids) & set(post.tag_ids)]
        return [p for p in others if p.category_id == post.category_id]

    def _feed(self, req: Request) -> Response:
        filters = {"cate": "category_id", "auth": "author_id"}
        posts = self.live_posts()
        for param, attr in filters.items():
            if req.query.get(param, "").isdigit():
                posts = [p for p in posts if getattr(p, attr) == int(req.query[param])]
        if req.query.get("tags", "").isdigit():
            posts = [p for p in posts if int(req.query["tags"]) in p.tag_ids]
        text = render.feed(
            self.now,
            posts[:PER_PAGE],
            {a.id: a.name for a in self.corpus.authors.values()},
            {c.id: c.name for c in self.corpus.categories.values()},
        )
        return self._respond(text, "application/rss+xml; charset=utf-8")

    def _sitemap(self, req: Request) -> Response:
        posts = self.live_posts()[self.sitemap_lag :]
        urls = [render.SITE] + [render.category_url(c) for c in self.corpus.categories]
        urls += [render.post_url(p.id) for p in posts]
        return self._respond(render.sitemap(urls), "application/xml; charset=utf-8")

    def _robots(self, req: Request) -> Response:
        return self._respond(render.ROBOTS, "text/plain; charset=utf-8")

    # --- helpers --------------------------------------------------------------------------------------

    def _live_post(self, raw_id: str) -> Post | None:
        post = self.corpus.posts.get(int(raw_id)) if raw_id.isdigit() else None
        return None if post is None or post.deleted else post

    def _page(self, title: str, body_class: str, main: str) -> Response:
        page = (
            render.head(title, body_class) + render.header(self.corpus) + main + render.footer(self.now.year)
        )
        return self._respond(page)

    @staticmethod
    def _pages(posts: list[Post]) -> int:
        return max(1, math.ceil(len(posts) / PER_PAGE))

    def _page_of(self, posts: list[Post], page: int) -> list[Post] | None:
        """Page ``page`` of a list, or None past the last page (404 in the reconstruction)."""
        if not 1 <= page <= self._pages(posts):
            return None
        return posts[(page - 1) * PER_PAGE : page * PER_PAGE]

    def _items(self, posts: list[Post]) -> str:
        return "".join(
            render.list_item(p, self.corpus.authors[p.author_id].name, render.time_ago(self.now, p.datetime))
            for p in posts
        )

    def _chain(self, category: Category) -> list[Category]:
        chain = [category]
        while chain[0].parent is not None:
            chain.insert(0, self.corpus.categories[chain[0].parent])
        return chain

    @staticmethod
    def _month_of(post: Post) -> tuple[int, int]:
        local = post.datetime.astimezone(render.CST)
        return local.year, local.month

    def _sidebar(self) -> str:
        live = self.live_posts()
        tag_counts = Counter(t for p in live for t in p.tag_ids)
        tags = sorted(tag_counts.items(), key=lambda item: (-item[1], item[0]))[: render.HOT_TAGS]
        months = sorted(Counter(self._month_of(p) for p in live).items(), reverse=True)
        return render.sidebar(
            render.SidebarData(
                newest=live[: render.NEW_ARTICLES],
                tags=[(tid, self.corpus.tags[tid].name, n) for tid, n in tags],
                months=[(y, m, n) for (y, m), n in months],
            )
        )


class SizedSiteEmulator(SiteEmulator):
    """The emulator with its sorted post list and its sidebar computed once per set of posts.

    The CMS's pages sort every post and count every tag and month on each render: at thousands of
    posts that would make the emulator, not the crawler, the slow side of a benchmark. The pages are
    byte for byte the same; the set of posts is identified by the number of posts and of deleted ones
    (`add_post` and `delete_post` change one of them).
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._cache: dict[str, tuple[tuple[int, int], object]] = {}

    def _cached(self, name: str, compute):
        with self._lock:
            posts = self.corpus.posts
            key = (len(posts), sum(p.deleted for p in posts.values()) if self._deletions else 0)
            hit = self._cache.get(name)
            if hit is None or hit[0] != key:
                hit = self._cache[name] = (key, compute())
            return hit[1]

    _deletions = False

    def delete_post(self, post_id: int) -> None:
        self._deletions = True
        super().delete_post(post_id)

    def live_posts(self) -> list[Post]:
        return list(self._cached("live", super().live_posts))  # a copy: callers slice and keep it

    def _sidebar(self) -> str:
        return self._cached("sidebar", super()._sidebar)
