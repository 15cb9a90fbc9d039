"""``DedeEmulator``: a DedeCMS 5.7 SP2 (GBK) park site, www.zjpark-dede.cn, served from ``corpus.py``.

``handle(method, url)`` answers one absolute URL the way the site would: static files that 生成HTML wrote
(home, list pages, articles, RSS, maps) as nginx serves them, and the PHP entry points a crawler meets
(plus/view.php, plus/list.php, plus/count.php, tags.php, plus/search.php, member/, dede/). Bytes are GBK;
the comments say where the real site is subtle. Same ``handle`` contract as the tpure emulator, so
``parkcrawler.testsite.serve`` puts it behind the forward proxy unchanged.
"""

from __future__ import annotations

import math
import re
import threading
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import parse_qs, unquote_to_bytes, urlsplit

from parkcrawler.testsite.dedecms import render
from parkcrawler.testsite.dedecms.corpus import Article, DedeCorpus, DedeType, article_path, build, truth
from parkcrawler.testsite.site import Response

HOST = "www.zjpark-dede.cn"
HOSTS = {HOST, "zjpark-dede.cn"}
BASE = f"http://{HOST}"
DEFAULT_NOW = datetime(2026, 11, 20, 12, 0, tzinfo=timezone(timedelta(hours=8)))
PER_PAGE = 10  # {dede:list pagesize='10'}
RELATED = 10  # {dede:likearticle row='10'}

# PHP pages: common.inc.php sends the install's charset. Static files: the nginx of this site is set to
# "charset gb2312;". One location (/a/qyjj/, added later by another admin) says utf-8 over GBK bytes,
# the classic misconfiguration: header and meta disagree there, and the meta (and the bytes) are right.
GBK_HTML = "text/html; charset=gb2312"
WRONG_HTML = "text/html; charset=utf-8"
_WRONG_HEADER_DIRS = ("/a/qyjj/",)

_ARTICLE = re.compile(r"(/a/[a-z0-9/]+?)/(\d{8})/(\d+)(?:_(\d+))?\.html")
_LIST = re.compile(r"(/a/[a-z0-9/]+?)/(?:index\.html|list_(\d+)_(\d+)\.html)?")


class DedeEmulator:
    """The site's state (corpus, click counts, clock) and its pages. All public methods are thread-safe.

    ``frozen=True``: /plus/count.php does not count (pages and counts stay as built, for fidelity tests).
    """

    def __init__(
        self, corpus: DedeCorpus | None = None, *, now: datetime = DEFAULT_NOW, frozen: bool = False
    ):
        if now.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        self.corpus = (corpus or _CORPUS).copy()
        self.now = now
        self.frozen = frozen
        self._lock = threading.RLock()
        # A deleted article's neighbours were generated before it went to the recycle bin: their static
        # pages still link to it. Dynamic pages (plus/view.php) ask the database and skip it.
        self._stale = {aid for aid, a in self.corpus.articles.items() if a.deleted}

    # --- the corpus as the tests see it -----------------------------------------------------------------

    def truth(self) -> list[dict]:
        """Per article: what its page must extract to (title, date, author, source, category, tags, views,
        body paragraphs after cleaning), deleted articles included and marked."""
        with self._lock:
            return truth(self.corpus, BASE)

    def article_url(self, aid: int) -> str:
        return BASE + article_path(self.corpus.articles[aid], self.corpus.types)

    def live(self, typeids: set[int] | None = None) -> list[Article]:
        """Published articles, newest first (ORDER BY sortrank DESC: the publication time)."""
        with self._lock:
            arcs = [a for a in self.corpus.articles.values() if not a.deleted]
        if typeids is not None:
            arcs = [a for a in arcs if a.typeid in typeids]
        return sorted(arcs, key=lambda a: (a.pubdate, a.aid), reverse=True)

    def delete_article(self, aid: int) -> None:
        with self._lock:
            self.corpus.articles[aid].deleted = True
            self._stale.add(aid)

    def set_click(self, aid: int, click: int) -> None:
        with self._lock:
            self.corpus.articles[aid].click = click

    # --- request handling ---------------------------------------------------------------------------------

    def handle(self, method: str, url: str) -> Response:
        parts = urlsplit(url)
        if (parts.hostname or "").lower() not in HOSTS:
            return self._bytes(
                502, "text/plain; charset=utf-8", f"502 Bad Gateway: this proxy only serves {HOST}\n".encode()
            )
        if method not in ("GET", "HEAD"):
            return self._bytes(
                405, "text/plain; charset=utf-8", b"405 Method Not Allowed\n", {"Allow": "GET, HEAD"}
            )
        path, query = parts.path or "/", parts.query
        with self._lock:
            return self._route(path, query)

    def _route(self, path: str, query: str) -> Response:
        # PHP hands the script the query's bytes: on this site they are GBK.
        q = {k: v[0] for k, v in parse_qs(query, encoding="gbk", errors="replace").items()}
        if path in ("/", "/index.html"):
            return self._html(self._index())
        if path == "/index.php":
            # index.php when index.html exists: a 301 with a relative Location, as PHP sends it.
            return self._bytes(301, GBK_HTML, b"", {"Location": "index.html"})
        if self._type_by_dir(path.rstrip("/")) and not path.endswith("/"):
            # nginx: a directory asked for without its slash.
            return self._bytes(301, "text/html", _NGINX_301, {"Location": f"{BASE}{path}/"})
        if path == "/robots.txt":
            return self._bytes(200, "text/plain", render.ROBOTS.encode("ascii"))
        if m := _ARTICLE.fullmatch(path):
            return self._static_article(int(m[3]), m[4], path)
        if m := _LIST.fullmatch(path):
            return self._static_list(m[1], m[2], m[3], path)
        if m := re.fullmatch(r"/data/rss/(\d+)\.xml", path):
            return self._rss(int(m[1]))
        if path == "/data/rssmap.html":
            # Written by the RSS maker with its own head; this nginx sends no charset for it: the
            # meta decides.
            return self._bytes(200, "text/html", _gbk(render.rssmap(self.corpus.types)))
        if path == "/data/sitemap.html":
            return self._html(render.sitemap(self.corpus.types))
        if path == "/plus/view.php":
            return self._view(q)
        if path == "/plus/list.php":
            return self._dynamic_list(q)
        if path == "/plus/count.php":
            return self._count(q)
        if path == "/tags.php":
            return self._tags(query)
        if path == "/plus/search.php":
            return self._search(q)
        if path.startswith("/member/"):
            # cfg_mb_open = 'N' on this site.
            return self._html(render.show_msg("系统关闭了会员功能，因此你无法访问此页面！"))
        if path.startswith("/dede/"):
            return self._html(render.show_msg("你还没有登录，请先登录！"))
        return self._not_found()

    # --- responses -------------------------------------------------------------------------------------

    def _headers(self, content_type: str, extra: dict[str, str] | None = None) -> dict[str, str]:
        return {
            "Content-Type": content_type,
            "Date": format_datetime(self.now.astimezone(UTC), usegmt=True),
            "Server": "nginx",
            **(extra or {}),
        }

    def _bytes(
        self, status: int, content_type: str, body: bytes, extra: dict[str, str] | None = None
    ) -> Response:
        return Response(status, self._headers(content_type, extra), body)

    def _html(self, text: str, *, path: str = "", status: int = 200) -> Response:
        content_type = WRONG_HTML if path.startswith(_WRONG_HEADER_DIRS) else GBK_HTML
        return self._bytes(status, content_type, _gbk(text))

    def _not_found(self) -> Response:
        return self._bytes(404, "text/html", render.NGINX_404.encode("ascii"))

    # --- pages -------------------------------------------------------------------------------------------

    def _url(self, a: Article) -> str:
        return article_path(a, self.corpus.types)

    def _family(self, typeid: int) -> set[int]:
        """GetSonIds(): the type and its sub-types (cfg_list_son = Y: parents list their sons' articles)."""
        return {typeid} | {t.id for t in self.corpus.types.values() if t.reid == typeid}

    def _chain(self, t: DedeType) -> list[DedeType]:
        chain = [t]
        while chain[0].reid:
            chain.insert(0, self.corpus.types[chain[0].reid])
        return chain

    def _top(self, t: DedeType) -> int:
        return self._chain(t)[0].id

    def _hot_tags(self) -> list[str]:
        # {dede:tag row='10' getall='1' sort='month'}: monthcc DESC; the count of live uses stands in.
        counts: dict[str, int] = {}
        for a in self.live():
            for tag in a.tags:
                counts[tag] = counts.get(tag, 0) + 1
        return sorted(counts, key=lambda t: (-counts[t], t))[:10]

    def _header(self, t: DedeType | None, banner: bool = True) -> str:
        return render.header(self.corpus.types, self._top(t) if t else None, self._hot_tags(), banner)

    def _side(self, t: DedeType) -> str:
        sons = [s for s in self.corpus.types.values() if s.reid == t.id]
        if not sons:  # channel type='son' without sons shows the type's own level
            sons = [s for s in self.corpus.types.values() if s.reid == t.reid]
        family = self._family(self._top(t))
        arcs = self.live(family)
        commend = [(self._url(a), a) for a in arcs if "c" in a.flag][:6]
        hot = [(self._url(a), a) for a in sorted(arcs, key=lambda a: (-a.click, -a.aid))][:10]
        return render.side(sons, t.id, commend, hot)

    def _index(self) -> str:
        live = self.live()
        headline = [(self._url(a), a) for a in live if "h" in a.flag][:5]
        newest = [(self._url(a), a) for a in live if "h" not in a.flag][:14]
        special = [(self._url(a), a) for a in live if "a" in a.flag][:6]
        channels = [
            (t, [(self._url(a), a) for a in self.live(self._family(t.id))][:8])
            for t in self.corpus.types.values()
            if not t.reid
        ]
        month_ago = self.now - timedelta(days=30)
        hot = sorted((a for a in live if a.pubdate >= month_ago), key=lambda a: (-a.click, -a.aid))[:6]
        return render.index_page(
            self._header(None), headline, newest, special, channels, [(self._url(a), a) for a in hot]
        )

    def _type_by_dir(self, typedir: str) -> DedeType | None:
        return next((t for t in self.corpus.types.values() if t.typedir == typedir), None)

    def _static_list(self, typedir: str, tid: str | None, page: str | None, path: str) -> Response:
        t = self._type_by_dir(typedir)
        if t is None or (tid is not None and int(tid) != t.id):
            return self._not_found()
        n = int(page) if page else 1
        arcs = self.live(self._family(t.id))
        pages = max(1, math.ceil(len(arcs) / PER_PAGE))
        if not 1 <= n <= pages:
            return self._not_found()  # no such file was ever made
        pagelist = render.pagelist_static(n, pages, len(arcs), t.id)
        return self._html(self._list(t, arcs, n, pagelist), path=path)

    def _dynamic_list(self, q: dict[str, str]) -> Response:
        tid = q.get("tid", "")
        t = self.corpus.types.get(int(tid)) if tid.isdigit() else None
        if not tid.isdigit() or int(tid) == 0:
            return self._bytes(200, GBK_HTML, b" Request Error! ")
        if t is None:
            return self._html(render.show_msg("对不起，你输入的参数有误！"))
        arcs = self.live(self._family(t.id))
        pages = max(1, math.ceil(len(arcs) / PER_PAGE))
        raw = q.get("PageNo", "1")
        # ListView clamps nothing: a page past the end lists nothing, with the page bar of the last.
        n = int(raw) if raw.isdigit() and int(raw) > 0 else 1
        base = f"/plus/list.php?tid={t.id}&TotalResult={len(arcs)}&PageNo={{page}}"
        pagelist = render.pagelist_dynamic(n, pages, len(arcs), base)
        return self._html(self._list(t, arcs, n, pagelist))

    def _list(self, t: DedeType, arcs: list[Article], n: int, pagelist: str) -> str:
        shown = arcs[(n - 1) * PER_PAGE : n * PER_PAGE]
        items = "".join(
            render.list_item(self._url(a), a, self.corpus.types[a.typeid], _litpic(a)) for a in shown
        )
        title = f"{t.name}_{render.WEBNAME}" if n == 1 else f"{t.name}_第{n}页_{render.WEBNAME}"
        return render.list_page(
            title,
            t.name,
            t.intro,
            f"list.php?tid={t.id}",
            self._header(t),
            render.position(self._chain(t)),
            items,
            pagelist,
            self._side(t),
        )

    def _static_article(self, aid: int, page: str | None, path: str) -> Response:
        a = self.corpus.articles.get(aid)
        n = int(page) if page else 1
        first = self._url(a) if a else ""
        if a is None or a.deleted or path != (first if not page else first.replace(".html", f"_{page}.html")):
            return self._not_found()  # the file was removed with the article, or never existed
        if page is not None and not 2 <= n <= len(a.pages):
            return self._not_found()  # MakeHtml() writes name.html, then name_2.html ... only

        def href(i: int) -> str:
            name = first.rsplit("/", 1)[1]
            return name if i == 1 else name.replace(".html", f"_{i}.html")

        return self._html(self._article(a, fresh=False, page=n, href=href), path=path)

    def _view(self, q: dict[str, str]) -> Response:
        """plus/view.php?aid=N: the same template rendered by PHP, 200, no redirect to the static page.
        An unknown or deleted aid is ParamError(): a ShowMsg page, still 200."""
        raw = q.get("aid", q.get("arcID", ""))
        aid = int(raw) if raw.isdigit() else 0
        if aid == 0:
            return self._bytes(200, GBK_HTML, b" Request Error! ")
        a = self.corpus.articles.get(aid)
        if a is None or a.deleted:
            return self._html(render.show_msg("对不起，你输入的参数有误！"))
        raw_page = q.get("pageno", "1")
        n = min(max(int(raw_page), 1), len(a.pages)) if raw_page.isdigit() else 1

        def href(i: int) -> str:
            return f"view.php?aid={a.aid}" if i == 1 else f"view.php?aid={a.aid}&pageno={i}"

        return self._html(self._article(a, fresh=True, page=n, href=href))

    def _article(self, a: Article, *, fresh: bool, page: int, href) -> str:
        t = self.corpus.types[a.typeid]
        pre, nxt = self._prenext(a, fresh)
        pages = len(a.pages)
        return render.article_page(
            a,
            self._chain(t),
            self._header(t, banner=False),
            self._side(t),
            pre,
            nxt,
            [(self._url(r), r) for r in self._likearticle(a)],
            page=page,
            pagebreak=render.pagebreak(pages, page, href, dynamic=fresh),
            numbered=not fresh,
        )

    def _prenext(self, a: Article, fresh: bool) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
        """GetPreNext(): the nearest ids of the same type (arcrank > -1), as of when the page was made."""
        same = [
            x
            for x in self.corpus.articles.values()
            if x.typeid == a.typeid and (not x.deleted or (not fresh and x.aid in self._stale))
        ]
        before = max((x for x in same if x.aid < a.aid), key=lambda x: x.aid, default=None)
        after = min((x for x in same if x.aid > a.aid), key=lambda x: x.aid, default=None)
        return (
            (self._url(before), before.title) if before else None,
            (self._url(after), after.title) if after else None,
        )

    def _likearticle(self, a: Article) -> list[Article]:
        """likearticle.lib.php: the article's first three keywords LIKE'd against keywords+title, within
        the parent type's family (Typelink reid, else the type), ORDER BY id DESC."""
        t = self.corpus.types[a.typeid]
        family = self._family(t.reid or t.id)
        keys = [k for k in a.keywords.split(",") if k.strip()][:3]
        pool = [x for x in self.live(family) if x.aid != a.aid]
        if keys:
            pool = [x for x in pool if any(k in f"{x.keywords} {x.title}" for k in keys)]
        return sorted(pool, key=lambda x: x.aid, reverse=True)[:RELATED]

    def _count(self, q: dict[str, str]) -> Response:
        """plus/count.php: click = click + 1, then with view=yes the new count as a script."""
        raw = q.get("aid", "")
        aid = int(re.sub(r"\D", "", raw) or 0)
        a = self.corpus.articles.get(aid)
        if aid == 0 or a is None:
            return self._bytes(200, GBK_HTML, b"")
        if not self.frozen:
            a.click += 1
        body = f"document.write('{a.click}');\r\n" if q.get("view") else ""
        return self._bytes(200, GBK_HTML, body.encode("ascii"))

    def _rss(self, tid: int) -> Response:
        t = self.corpus.types.get(tid)
        if t is None:
            return self._not_found()
        arcs = sorted(self.live(self._family(tid)), key=lambda a: a.aid, reverse=True)[:50]
        items = [(self._url(a), a, self.corpus.types[a.typeid]) for a in arcs]
        # A static .xml: nginx's mime type, no charset; the XML declaration says gb2312.
        return self._bytes(200, "text/xml", _gbk(render.rss(t, items)))

    def _tags(self, query: str) -> Response:
        """tags.php?/<urlencoded GBK tag>/<page>/: taglist.htm; the bare tags.php is the tag cloud."""
        parts = query.split("/")
        raw = parts[1] if len(parts) > 1 else ""
        try:
            tag = unquote_to_bytes(raw).decode("gbk")
        except UnicodeDecodeError:
            tag = ""
        if not tag:
            cloud = "".join(
                f"<a href='{render.tag_link(t)}'>{render.esc(t)}</a> " for t in sorted(self.corpus.tag_added)
            )
            return self._html(
                render.list_page(
                    f"TAG标签_{render.WEBNAME}",
                    "TAG标签",
                    "TAG标签",
                    "tags.php",
                    self._header(None),
                    f"<a href='{BASE}/'>主页</a> > TAG标签",
                    f"\n    <li>{cloud}</li>",
                    "",
                    "",
                )
            )
        n = int(parts[2]) if len(parts) > 2 and parts[2].isdigit() and int(parts[2]) > 0 else 1
        arcs = [a for a in self.live() if tag in a.tags]
        pages = max(1, math.ceil(len(arcs) / PER_PAGE))
        base = f"/tags.php?/{render.tag_link(tag).split('?/')[1].rstrip('/')}/{{page}}/"
        shown = arcs[(n - 1) * PER_PAGE : n * PER_PAGE]
        items = "".join(render.list_item(self._url(a), a, None, _litpic(a)) for a in shown)
        place = f"：<a href=\"/\">主页</a> &gt; <a href='tags.php'>TAG标签</a> &gt; {render.esc(tag)}"
        return self._html(
            render.list_page(
                f"{tag}_{render.WEBNAME}",
                tag,
                tag,
                "tags.php",
                self._header(None),
                place,
                items,
                render.pagelist_dynamic(n, pages, len(arcs), base),
                "",
            )
        )

    def _search(self, q: dict[str, str]) -> Response:
        """A trivial result list (robots.txt disallows plus/search.php; polite crawlers never see it)."""
        word = q.get("q", q.get("keyword", "")).encode("gbk", "ignore").decode("gbk")
        hits = [a for a in self.live() if word and word in a.title][:PER_PAGE]
        items = "".join(render.list_item(self._url(a), a, self.corpus.types[a.typeid], None) for a in hits)
        return self._html(
            render.list_page(
                f"搜索结果_{render.WEBNAME}",
                word,
                word,
                "index.php",
                self._header(None),
                "搜索结果",
                items,
                "",
                "",
            )
        )


_NGINX_301 = (
    b"<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body>\r\n"
    b"<center><h1>301 Moved Permanently</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


def _gbk(text: str) -> bytes:
    """The page as PHP writes it on a GBK install: CRLF templates, GBK bytes. Bodies never hold a
    character outside GBK (the editor's form posts those as &#N; references), so strict encoding is
    a check on the corpus, not a loss."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("gbk")


def _litpic(a: Article) -> str | None:
    m = re.search(r'<img[^>]+src="(/uploads/[^"]+)"', a.body)
    return m[1] if m else None


_CORPUS = build()
