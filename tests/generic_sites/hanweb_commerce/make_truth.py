"""Write truth.json for the hanweb_commerce emulated site.

Run from anywhere: ``python3 make_truth.py``.  The folder is put on sys.path and site.py is loaded
under another module name (``site`` is a standard-library module).

* article fields come straight from hanweb_commerce_content.py;
* ``body`` is the text of the content area (#zoom) minus the blocks labelled boilerplate there;
* ``boilerplate`` is every other visible text line of the article's main page, in page order
  (deduplicated), with the in-content boilerplate lines at the place of the content area;
* ``not_articles`` and ``forbidden`` come from a breadth-first walk of plain <a href> links from the
  start URL (robots.txt respected), trap pages recorded but not expanded.
"""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import hanweb_commerce_content as C  # noqa: E402

_spec = importlib.util.spec_from_file_location("hanweb_commerce_site", os.path.join(HERE, "site.py"))
S = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(S)

ORIGIN = S.ORIGIN
HOSTS = [S.HOST, S.BARE_HOST]


def norm(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------------------------
# Visible text lines
# ---------------------------------------------------------------------------------------------

BLOCK = {"address", "article", "aside", "blockquote", "body", "caption", "dd", "div", "dl", "dt", "fieldset",
         "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html",
         "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "tfoot", "thead", "tr", "ul", "br"}
SKIP = {"script", "style", "head", "title", "noscript", "template", "textarea", "select"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
ZOOM = "\x00ZOOM\x00"


class Lines(HTMLParser):
    """Visible text split into lines at block boundaries; table cells joined by a space.
    Lines inside the element with id="zoom" go to ``zoom``; a marker stands in their place."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.outside: list[str] = []
        self.zoom: list[str] = []
        self.buf: list[str] = []
        self.skip = 0
        self.depth = 0
        self.zoom_depth: int | None = None
        self.links: list[str] = []

    def flush(self):
        text = norm("".join(self.buf))
        self.buf = []
        if text:
            (self.zoom if self.zoom_depth is not None else self.outside).append(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href") is not None and not self.skip:
            self.links.append(a["href"])
        if tag in SKIP:
            self.skip += 1
            return
        if tag in BLOCK:
            self.flush()
        if tag in ("td", "th"):
            self.buf.append(" ")
        if tag not in VOID:
            self.depth += 1
            if a.get("id") == "zoom" and self.zoom_depth is None:
                self.flush()
                self.outside.append(ZOOM)
                self.zoom_depth = self.depth

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in BLOCK:
            self.flush()
        if tag not in VOID:
            if self.zoom_depth is not None and self.depth == self.zoom_depth:
                self.flush()
                self.zoom_depth = None
            self.depth -= 1

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)

    def close(self):
        super().close()
        self.flush()


def parse(html_text: str) -> Lines:
    p = Lines()
    p.feed(html_text)
    p.close()
    return p


# ---------------------------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------------------------

def expected_content(a: dict) -> tuple[list[str], list[str], list[str]]:
    """(zoom lines as rendered, body, in-content boilerplate)."""
    rendered, body, bp = [], [], []
    for b in a["blocks"]:
        if isinstance(b, str):
            rendered.append(norm(b))
            body.append(norm(b))
            continue
        kind = b[0]
        if kind in ("h", "center", "right"):
            rendered.append(norm(b[1]))
            body.append(norm(b[1]))
        elif kind == "img":
            if b[2]:
                rendered.append(norm(b[2]))
                body.append(norm(b[2]))
        elif kind == "table":
            for row in b[1]:
                line = norm(" ".join(row))
                rendered.append(line)
                body.append(line)
        elif kind == "ol":
            for t in b[1]:
                rendered.append(norm(t))
                body.append(norm(t))
        elif kind == "att":
            for i, (name, _) in enumerate(b[1]):
                line = norm(("附件：" if i == 0 else "") + name)
                rendered.append(line)
                body.append(line)
        elif kind == "bp":
            rendered.append(norm(b[1]))
            bp.append(norm(b[1]))
        elif kind == "tail":
            rendered.append(norm(b[1] + b[2]))
            body.append(norm(b[1]))
            bp.append(norm(b[2]))
        else:
            raise ValueError(kind)
    return rendered, body, bp


def published(a: dict) -> str:
    return f"{a['date']}T{a['time']}+08:00" if a.get("time") else a["date"]


def dedupe(seq):
    seen, out = set(), []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def article_record(site, a: dict) -> dict:
    path = S.art_path(a)
    url = ORIGIN + path
    resp = site.handle("GET", url)
    assert resp.status == 200, url
    p = parse(resp.body.decode("utf-8"))
    rendered, body, bp_in = expected_content(a)
    assert p.zoom == rendered, (url, p.zoom, rendered)
    boiler = []
    for line in p.outside:
        if line == ZOOM:
            boiler.extend(bp_in)
        else:
            boiler.append(line)
    boiler = dedupe(boiler)
    clash = set(boiler) & set(body)
    assert not clash, (url, clash)
    return {
        "url": url,
        "aliases": [],
        "title": a["title"],
        "published_at": published(a),
        "author": a.get("author"),
        "source": a.get("source"),
        "category": C.COLUMNS[a["col"]]["name"],
        "tags": [],
        "views": a.get("views"),
        "body": body,
        "boilerplate": boiler,
    }


def standard_aliases(a: dict) -> list[str]:
    path = S.art_path(a)
    out = [
        "https://" + S.HOST + path,
        "http://" + S.BARE_HOST + path,
        "https://" + S.BARE_HOST + path,
        ORIGIN + path + "?mode=elder",
        "https://" + S.HOST + path + "?mode=elder",
        ORIGIN + path + "?mode=print",
        "https://" + S.HOST + path + "?mode=print",
    ]
    if a.get("legacy"):
        out += [ORIGIN + a["legacy"], "https://" + S.HOST + a["legacy"], "http://" + S.BARE_HOST + a["legacy"]]
    for other in C.ARTICLES:
        if other.get("policy") == a["id"] and other.get("policy_query"):
            out += [ORIGIN + path + "?" + other["policy_query"],
                    "https://" + S.HOST + path + "?" + other["policy_query"]]
    return out


# ---------------------------------------------------------------------------------------------
# Walk
# ---------------------------------------------------------------------------------------------

def disallowed(url: str) -> bool:
    return urlsplit(url).path.startswith(S.DISALLOWED)


def walk(site):
    start = ORIGIN + "/"
    queue = deque([start])
    seen = {start}
    pages: dict[str, dict] = {}  # url -> info (incl. status)
    forbidden = set()
    redirects = {}
    raw_forbidden = set()

    def push(u: str):
        u = urldefrag(u)[0]
        if not u.startswith(("http://", "https://")):
            return
        host = (urlsplit(u).hostname or "").lower()
        if host not in HOSTS:
            return
        if disallowed(u):
            forbidden.add(u)
            return
        if u not in seen:
            seen.add(u)
            queue.append(u)

    import re
    attr_re = re.compile(r'(?:href|action|src)="([^"]+)"')
    while queue:
        u = queue.popleft()
        resp, info = site.dispatch("GET", u)
        info = dict(info, status=resp.status)
        pages[u] = info
        if resp.status in (301, 302):
            redirects[u] = urljoin(u, resp.headers["Location"])
            push(redirects[u])
            continue
        if resp.status != 200 or not resp.headers["Content-Type"].startswith("text/html"):
            continue
        text = resp.body.decode("utf-8")
        # every reference to a disallowed path anywhere in the page (links, forms, CDATA datastores)
        for ref in attr_re.findall(text):
            ref = ref.replace("&amp;", "&")
            full = urljoin(u, ref)
            if urlsplit(full).hostname in HOSTS and disallowed(full):
                raw_forbidden.add(urldefrag(full)[0])
        # expansion limits for the traps: record the page, do not follow its links
        if info.get("kind") == "calendar" and info.get("month") != C.CALENDAR_DEFAULT_MONTH:
            continue
        if info.get("kind") == "list" and info.get("pageNum", 1) > 2:
            continue
        for href in parse(text).links:
            if href.startswith(("javascript:", "mailto:", "#")):
                continue
            push(urljoin(u, href))
    return pages, forbidden | raw_forbidden, redirects


def main():
    site = S.emulator()
    articles = [article_record(site, a) for a in sorted(C.ARTICLES, key=lambda a: (a["col"], a["date"]))]
    by_id = {a["id"]: rec for a, rec in zip(sorted(C.ARTICLES, key=lambda a: (a["col"], a["date"])), articles)}

    pages, forbidden, redirects = walk(site)

    # which URLs serve (or redirect to) each article
    def final(u: str) -> str:
        k = 0
        while u in redirects and k < 5:
            u, k = redirects[u], k + 1
        return u

    reached = {}
    for u, info in pages.items():
        tgt = pages.get(final(u), info)
        if tgt.get("type") == "article":
            reached.setdefault(tgt["id"], set()).add(u)

    for a in C.ARTICLES:
        rec = by_id[a["id"]]
        main_url = rec["url"]
        assert main_url in pages, f"not reachable through plain links: {main_url}"
        aliases = set(standard_aliases(a)) | reached.get(a["id"], set())
        aliases.discard(main_url)
        for al in aliases:  # every alias really serves (or redirects to) the article
            r, info = site.dispatch("GET", al)
            while r.status in (301, 302):
                r, info = site.dispatch("GET", urljoin(al, r.headers["Location"]))
            assert info.get("type") == "article" and info["id"] == a["id"], (al, info)
        rec["aliases"] = sorted(aliases)

    not_articles = []
    for u in sorted(pages):
        info = pages[u]
        tgt_info = pages.get(final(u), info)
        if tgt_info.get("type") == "article":
            continue
        if info["status"] == 404:
            kind = "not-found"
        elif info.get("type") == "redirect":
            continue  # redirects to pages listed under their target
        elif info.get("type") == "page":
            kind = info["kind"]
        else:
            continue
        not_articles.append({"url": u, "kind": kind})

    W = ORIGIN
    traps = [
        {"url_pattern": W + "/col/col7181/index.html?month=YYYY-MM",
         "kind": "calendar",
         "note": "展会日历: every month from 0001-01 to 9999-12 renders, each with 上一月/下一月 links; only 2024-01..2024-06 hold events."},
        {"url_pattern": W + "/col/col7131/index.html?uid=7801&pageNum=N (N>=3)",
         "kind": "pagination-loop",
         "note": "政策文件 list (2 pages): the pager never disables 下一页; pageNum beyond the end serves the last page again with 下一页 to N+1."},
        {"url_pattern": W + "/col/col7132/index.html?uid=7802&pageNum=N (N>=3)",
         "kind": "pagination-loop",
         "note": "政策解读 list (2 pages): same endless 下一页 as 政策文件."},
        {"url_pattern": "*?mode=elder / *&mode=elder",
         "kind": "query-string",
         "note": "长者模式 switch on every page; in elder mode every internal link carries mode=elder, so the whole site is mirrored (articles in elder mode are aliases)."},
        {"url_pattern": "https://www.czswj.gov.cn/*",
         "kind": "duplicate",
         "note": "The site answers 200 on https too; the home carousel links one article with an https:// URL, and relative links keep the crawl on https. Article pages carry rel=canonical to http://www."},
        {"url_pattern": "http(s)://czswj.gov.cn/*",
         "kind": "duplicate",
         "note": "Bare host: 301 to http://www.czswj.gov.cn/ with path and query kept."},
        {"url_pattern": "/art/...html?mode=print",
         "kind": "duplicate",
         "note": "打印本页 print view of every article (canonical to the article, noindex)."},
        {"url_pattern": W + "/col/col712[123]/index.html?uid=778[123]&pageNum=N",
         "kind": "query-string",
         "note": "News columns page with JavaScript from a <script type=\"text/xml\"> datastore; the pager URLs only exist in the script and every pageNum serves the same list (only the 长者模式 link differs)."},
        {"url_pattern": W + "/art/2023/11/28/art_7131_3031201.html?ivk_sa=1024320u",
         "kind": "query-string",
         "note": "Tracking parameter on the 相关政策 link of one 解读 page; same article."},
        {"url_pattern": W + "/zwgk/zcwj/202311/t20231128_31820.html",
         "kind": "redirect",
         "note": "Old-CMS URL linked from a 载体 listing; 301 to the policy's /art/ URL (alias)."},
        {"url_pattern": W + "/jrobot/search.do?webid=1&q=*",
         "kind": "search",
         "note": "Site search (header form and 热门搜索 links); disallowed by robots.txt."},
        {"url_pattern": W + "/module/web/jpage/dataproxy.jsp?...",
         "kind": "query-string",
         "note": "Datastore paging proxy named in the CDATA <nextgroup>; disallowed by robots.txt."},
    ]

    truth = {
        "name": "hanweb_commerce",
        "hosts": HOSTS,
        "start_urls": [ORIGIN + "/"],
        "timezone": "+08:00",
        "articles": articles,
        "not_articles": not_articles,
        "traps": traps,
        "forbidden": sorted(forbidden),
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"articles={len(articles)} not_articles={len(not_articles)} forbidden={len(forbidden)} "
          f"pages_walked={len(pages)}")


if __name__ == "__main__":
    main()
