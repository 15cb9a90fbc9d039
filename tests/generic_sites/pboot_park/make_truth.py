# -*- coding: utf-8 -*-
"""Write truth.json for the pboot_park emulated site.

Article fields and bodies come from pboot_park_content.py.  The boilerplate of each article is every other text
line a reader sees on its canonical page: the page is rendered by site.py and split into lines at block elements
(table rows: cells joined by a space).  Before writing, the script checks its own truth against the emulator:
bodies read back from the rendered www and m. pages, every alias, and a breadth-first walk of the site from the
start URL (plain <a href> links and sitemap.xml) that must meet only URLs the truth accounts for.

Run: python3 make_truth.py   (from any directory; writes truth.json next to this file)
"""

from __future__ import annotations

import fnmatch
import importlib.util
import json
import os
import re
import sys
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, urldefrag

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import pboot_park_content as C  # noqa: E402

_spec = importlib.util.spec_from_file_location("pboot_park_site", os.path.join(HERE, "site.py"))
SITE = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(SITE)

NAME = "pboot_park"
WWW = "http://" + C.SITE["www"]
MOB = "http://" + C.SITE["mobile"]
HOSTS = [C.SITE["www"], C.SITE["bare"], C.SITE["mobile"]]
SID = C.SITE["sid"]


def norm(s: str) -> str:
    return " ".join(s.split())


_INLINE = re.compile(r"\*\*(.+?)\*\*|\[\[(.+?)\|(.+?)\]\]")


def plain(text: str) -> str:
    return _INLINE.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)


# ----------------------------------------------------------------------------------------- body from content

def body_paragraphs(blocks: list) -> list:
    out = []
    for b in blocks:
        t = b[0]
        if t in ("p", "h", "right", "cap", "note"):
            out.append(norm(plain(b[1])))
        elif t == "ptail":
            out.append(norm(plain(b[1])))
        elif t == "ul":
            out.extend(norm(plain(x)) for x in b[1])
        elif t == "table":
            out.extend(" ".join(norm(c) for c in row) for row in b[1])
        elif t == "attach":
            out.append(norm(b[1]))
            out.extend(norm(name) for name, _ in b[2])
        elif t in ("img", "bp", "contact"):
            pass
        else:
            raise ValueError(t)
    return [p for p in out if p]


# ----------------------------------------------------------------------------------------- page -> text lines

BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "tbody", "thead", "tfoot",
         "dl", "dt", "dd", "section", "article", "header", "footer", "nav", "form", "br", "hr", "blockquote", "pre",
         "figure", "figcaption", "center", "main", "aside", "address", "caption"}
VOID = {"br", "img", "input", "meta", "link", "hr", "source", "col", "area", "base", "wbr", "embed"}
SKIP = {"head", "script", "style", "noscript", "template", "textarea", "select"}


class Lines(HTMLParser):
    """Visible text lines of a page, each tagged with the region it stands in ('body', 'title' or '')."""

    def __init__(self, body_class: str, title_sel: tuple):
        super().__init__(convert_charrefs=True)
        self.body_class = body_class
        self.title_sel = title_sel  # (tag, class or None)
        self.stack = []
        self.body_depth = None
        self.title_depth = None
        self.skip = 0
        self.buf = []
        self.lines = []

    def region(self):
        if self.title_depth is not None:
            return "title"
        if self.body_depth is not None:
            return "body"
        return ""

    def flush(self):
        text = norm("".join(self.buf))
        self.buf = []
        if text:
            self.lines.append((text, self.region()))

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
            if tag not in VOID:
                self.stack.append(tag)
            return
        if tag in BLOCK:
            self.flush()
        if tag in ("td", "th"):
            self.buf.append(" ")
        if tag in VOID:
            return
        self.stack.append(tag)
        cls = (dict(attrs).get("class") or "").split()
        if self.body_depth is None and self.body_class in cls:
            self.body_depth = len(self.stack)
        if self.title_depth is None and tag == self.title_sel[0] and (self.title_sel[1] is None or self.title_sel[1] in cls):
            self.title_depth = len(self.stack)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if tag not in self.stack:
            return
        if tag in BLOCK:
            self.flush()
        while self.stack:
            t = self.stack.pop()
            if t in SKIP:
                self.skip -= 1
            depth = len(self.stack) + 1
            if self.body_depth is not None and depth <= self.body_depth:
                self.flush()
                self.body_depth = None
            if self.title_depth is not None and depth <= self.title_depth:
                self.flush()
                self.title_depth = None
            if t == tag:
                break

    def handle_data(self, data):
        if self.skip:
            return
        self.buf.append(data)

    def close(self):
        super().close()
        self.flush()


def page_lines(html_text: str, mobile: bool):
    p = Lines("m-body" if mobile else "hq-art-body", ("h1", None if mobile else "hq-art-title"))
    p.feed(html_text)
    p.close()
    return p.lines


def split_page(html_text: str, body: list, mobile: bool = False):
    """(boilerplate lines, body lines read back, title lines) of an article page."""
    lines = page_lines(html_text, mobile)
    boiler, got, titles = [], [], []
    j = 0
    for text, region in lines:
        if region == "title":
            titles.append(text)
        elif region == "body":
            if j < len(body) and text == body[j]:
                got.append(text)
                j += 1
            elif j < len(body) and text.startswith(body[j]):
                got.append(body[j])
                boiler.append(text[len(body[j]):].strip())
                j += 1
            else:
                boiler.append(text)
        else:
            boiler.append(text)
    seen, uniq = set(), []
    for b in boiler:
        if b and b not in seen:
            seen.add(b)
            uniq.append(b)
    return uniq, got, titles


# ----------------------------------------------------------------------------------------- fetch helpers

EMU = SITE.emulator()


def get(url: str):
    return EMU.handle("GET", url)


def follow(url: str, limit: int = 6):
    chain = [url]
    r = get(url)
    while r.status in (301, 302, 303, 307, 308) and limit:
        url = urljoin(url, r.headers["Location"])
        chain.append(url)
        r = get(url)
        limit -= 1
    return r, url, chain


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs = []
        self.canonical = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")


def links_of(html_text: str):
    p = Links()
    p.feed(html_text)
    p.close()
    return p.hrefs, p.canonical


# ----------------------------------------------------------------------------------------- truth parts

def published_at(a: dict) -> str:
    if a["col"] in C.DATE_ONLY_COLUMNS:
        return a["date"][:10]
    return a["date"].replace(" ", "T") + "+08:00"


def aliases(a: dict) -> list:
    path = SITE.art_path(a)
    out = [
        "https://" + C.SITE["www"] + path,
        "http://" + C.SITE["bare"] + path,
        "https://" + C.SITE["bare"] + path,
        MOB + path,
        "https://" + C.SITE["mobile"] + path,
        WWW + "/?" + path.lstrip("/"),
        WWW + "/index.php" + path,
        MOB + "/?" + path.lstrip("/"),
        MOB + "/index.php" + path,
        WWW + f"/print/{a['id']}.html",
        WWW + path + "?PHPSESSID=" + SID,
        MOB + path + "?PHPSESSID=" + SID,
    ]
    for old, new in C.MOVED.items():
        if new == path:
            out.append(WWW + old)
    # links pasted into article bodies with tracking parameters
    for other in C.ARTICLES:
        for b in other["blocks"]:
            texts = [b[1]] if b[0] in ("p", "ptail") else []
            for t in texts:
                for m in _INLINE.finditer(t):
                    if m.group(3):
                        u = urljoin(WWW + "/", m.group(3))
                        if "?" in u and not u.startswith(WWW + "/?"):
                            base = u.split("?", 1)[0]
                            if base == WWW + path and u not in out:
                                out.append(u)
    return out


TRAPS = [
    {"url_pattern": WWW + "/calendar/*.html", "kind": "calendar",
     "note": "园区活动日历 (linked from the home page and the 新闻中心/园区动态 lists): every month page links the previous "
             "and next month, without end (years 1000-9999 answer 200). Only months with 园区动态 items link articles."},
    {"url_pattern": WWW + "/search/?keyword=*", "kind": "search",
     "note": "Site search; the header's 热门搜索 words are plain links. Not disallowed by robots.txt; pages are "
             "noindex,follow. Results only repeat articles and 厂房 listings."},
    {"url_pattern": WWW + "/search/?keyword=*&page=*", "kind": "pagination-loop",
     "note": "The search pager always shows 下一页 to page+1, even past the last result page: page=N answers 200 "
             "with an empty list and another 下一页 for every N."},
    {"url_pattern": "*PHPSESSID=*", "kind": "session-id",
     "note": "/gbook/ (在线留言, linked from every page of both hosts) starts a PHP session and, with use_trans_sid, "
             "appends ?PHPSESSID=" + SID + " to every relative link on the page; every page requested with a "
             "PHPSESSID keeps doing so. The whole site (articles included) is mirrored under the session id."},
    {"url_pattern": WWW + "/*/?ext_area=*", "kind": "query-string",
     "note": "Faceted filters (面积 x 类型, 4 x 3 combinations) on the 园区载体 lists /product/, /bzcf/, /yfbg/, "
             "/ccwl/; each filtered page links all other combinations and its own paged forms. Only 厂房 listings."},
    {"url_pattern": MOB + "/*", "kind": "duplicate",
     "note": "Mobile host (linked as 手机版 from every www page): same paths, lighter template, same article bodies; "
             "rel=canonical points to www. Its article URLs are listed as aliases; its other pages in not_articles."},
    {"url_pattern": WWW + "/print/*.html", "kind": "duplicate",
     "note": "打印本页 views of every article (linked from each article page); disallowed by robots.txt; canonical "
             "points to the article."},
    {"url_pattern": WWW + "/?*", "kind": "duplicate",
     "note": "PbootCMS compatibility URLs: /?yqdt/110.html serves the same page as /yqdt/110.html (one such link "
             "in an article body)."},
    {"url_pattern": WWW + "/index.php/*", "kind": "redirect",
     "note": "Old path-info URLs (/index.php/yqdt/91.html, one in an article body) answer 301 to the pseudo-static URL."},
    {"url_pattern": "https://*", "kind": "redirect",
     "note": "Every https:// URL answers 301 to the same URL over http (one https link in an article body)."},
    {"url_pattern": "http://" + C.SITE["bare"] + "/*", "kind": "redirect",
     "note": "The bare domain answers 301 to http://www. (one such link in an article body)."},
    {"url_pattern": WWW + "/*.html?from=*", "kind": "query-string",
     "note": "A WeChat share URL (?from=singlemessage&isappinstalled=0) pasted into an article body; article pages "
             "ignore unknown query strings and serve the same article."},
    {"url_pattern": WWW + "/hyzx/115.html", "kind": "redirect",
     "note": "Article moved from 行业资讯 to 政策解读; the old URL (still in sitemap.xml) answers 301 to /zcjd/115.html."},
    {"url_pattern": WWW + "/sitemap.xml", "kind": "stale-sitemap",
     "note": "sitemap.xml lacks the two newest articles, lists the moved article under its old URL and still lists "
             "the deleted /hyzx/99.html (404)."},
]

# not_articles leaves out every URL matching these trap patterns (they are unbounded or multiplicative)
EXCLUDED_TRAP_PATTERNS = [t["url_pattern"] for t in TRAPS
                          if t["kind"] in ("calendar", "search", "pagination-loop", "session-id")
                          or "ext_area" in t["url_pattern"]]


def excluded(url: str) -> bool:
    return any(fnmatch.fnmatchcase(url, p) for p in EXCLUDED_TRAP_PATTERNS)


def robots_disallowed(url: str) -> bool:
    parts = urlsplit(url)
    path = parts.path + ("?" + parts.query if parts.query else "")
    rules = [line.split(":", 1)[1].strip() for line in SITE.ROBOTS.splitlines() if line.startswith("Disallow:")]
    return any(r and path.startswith(r) for r in rules)


def not_articles() -> list:
    out = []

    def add(url, kind):
        out.append({"url": url, "kind": kind})

    for base, mobile in ((WWW, False), (MOB, True)):
        add(base + "/", "home")
        for code in C.COLUMNS:
            for n in range(1, SITE.page_count(code) + 1):
                add(base + SITE.list_path(code, n), "list")
        for p in SITE.PRODS_DESC:
            add(base + SITE.item_path("product", p), "factory-listing")
        for c in SITE.CASES_DESC:
            add(base + f"/case/{c['id']}.html", "case")
        for j in SITE.JOBS_DESC:
            add(base + f"/job/{j['id']}.html", "job")
        for d in SITE.DLS_DESC:
            add(base + f"/download/{d['id']}.html", "download")
        add(base + "/about/", "about")
        add(base + "/peitao/", "about")
        add(base + "/contact/", "contact")
        add(base + "/gbook/", "form")
        for path in SITE.FILES:
            if path in C.MISSING_FILES:
                add(base + path, "not-found")
            else:
                add(base + path, "attachment")
        if not mobile:
            for t in SITE.ALL_TAGS:
                add(base + SITE.tag_path(t), "tag")
            add(base + "/sitemap.xml", "sitemap")
            for i, (col, _, _) in C.DELETED.items():
                add(base + f"/{col}/{i}.html", "not-found")
    return out


# ----------------------------------------------------------------------------------------- build + check

def build():
    articles = []
    for a in SITE.ARTS_DESC:
        url = WWW + SITE.art_path(a)
        body = body_paragraphs(a["blocks"])
        r = get(url)
        assert r.status == 200, url
        page = r.body.decode("utf-8")
        boiler, got, titles = split_page(page, body)
        assert got == body, (url, [x for x in body if x not in got][:3])
        assert titles == [a["title"]], (url, titles)
        for b in boiler:
            assert b not in body, (url, b)
        articles.append({
            "url": url,
            "aliases": aliases(a),
            "title": a["title"],
            "published_at": published_at(a),
            "author": a["author"],
            "source": a["source"],
            "category": C.COLUMNS[a["col"]][0],
            "tags": list(a["tags"]),
            "views": None if a["col"] in C.DATE_ONLY_COLUMNS else a["views"],
            "body": body,
            "boilerplate": boiler,
        })
    return articles


def check_aliases(articles):
    for art in articles:
        for alias in art["aliases"]:
            r, final, chain = follow(alias)
            assert r.status == 200, (alias, r.status, chain)
            page = r.body.decode("utf-8")
            _, canonical = links_of(page)
            assert canonical == art["url"], (alias, canonical)
            mobile = urlsplit(final).hostname == C.SITE["mobile"]
            _, got, _ = split_page(page, art["body"], mobile=mobile)
            assert got == art["body"], (alias, "body differs")


def crawl():
    """Breadth-first walk from the start URL over <a href> links (and sitemap.xml <loc>)."""
    start = WWW + "/"
    seen = {start}
    queue = deque([start])
    fetched = {}          # url -> status
    redirects = {}        # url -> location
    trap_seen, forbidden_seen, external = set(), set(), set()
    while queue:
        url = queue.popleft()
        host = urlsplit(url).hostname
        if host not in HOSTS:
            external.add(url)
            continue
        if robots_disallowed(url):
            forbidden_seen.add(url)
            continue
        if excluded(url):
            trap_seen.add(url)
            continue
        r = get(url)
        fetched[url] = r.status
        new = []
        if r.status in (301, 302):
            loc = urljoin(url, r.headers["Location"])
            redirects[url] = loc
            new.append(loc)
        elif r.status == 200 and r.headers["Content-Type"].startswith("text/html"):
            hrefs, _ = links_of(r.body.decode("utf-8"))
            for h in hrefs:
                if h.startswith(("javascript:", "tel:", "mailto:", "#")):
                    continue
                new.append(urldefrag(urljoin(url, h))[0])
        elif r.status == 200 and r.headers["Content-Type"].startswith("application/xml"):
            new.extend(re.findall(r"<loc>(.*?)</loc>", r.body.decode("utf-8")))
        for u in new:
            u = u.replace("&amp;", "&")
            if u not in seen:
                seen.add(u)
                queue.append(u)
    return fetched, redirects, trap_seen, forbidden_seen, external


def main():
    articles = build()
    check_aliases(articles)
    nots = not_articles()
    fetched, redirects, trap_seen, forbidden_seen, external = crawl()

    art_urls = {a["url"] for a in articles}
    alias_urls = {u for a in articles for u in a["aliases"]}
    not_urls = {n["url"]: n["kind"] for n in nots}
    assert len(not_urls) == len(nots), "duplicate not_articles"
    assert not (set(not_urls) & (art_urls | alias_urls))

    problems = []
    for url, status in sorted(fetched.items()):
        if url in art_urls:
            assert status == 200, url
        elif url in alias_urls:
            pass
        elif url in not_urls:
            want = 404 if not_urls[url] == "not-found" else 200
            if status != want:
                problems.append(("status", url, status))
        elif url in redirects:
            problems.append(("unaccounted redirect", url, redirects[url]))
        else:
            problems.append(("unaccounted page", url, status))
    for url in art_urls:
        if url not in fetched:
            problems.append(("article not reached", url))
    for url in not_urls:
        if url not in fetched:
            problems.append(("not_article not reached", url))
    for url in trap_seen | forbidden_seen:
        r, _, _ = follow(url)
        if r.status != 200:
            problems.append(("trap/forbidden not 200", url, r.status))
    if problems:
        for p in problems:
            print("PROBLEM", *p)
        raise SystemExit(1)

    forbidden = sorted(forbidden_seen | {WWW + "/admin.php"})
    for u in forbidden:
        assert robots_disallowed(u), u

    truth = {
        "name": NAME,
        "hosts": HOSTS,
        "start_urls": [WWW + "/"],
        "timezone": "+08:00",
        "articles": articles,
        "not_articles": nots,
        "traps": TRAPS,
        "forbidden": forbidden,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"articles {len(articles)}  not_articles {len(nots)}  traps {len(TRAPS)}  forbidden {len(forbidden)}")
    print(f"crawl: fetched {len(fetched)}  redirects {len(redirects)}  trap urls {len(trap_seen)}  "
          f"external {len(external)}")


if __name__ == "__main__":
    main()
