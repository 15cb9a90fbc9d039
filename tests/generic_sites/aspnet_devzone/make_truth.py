# -*- coding: utf-8 -*-
"""Write truth.json for the aspnet_devzone emulated site, from the same content the site serves.

Bodies come from the content blocks (what the article says); boilerplate is every other text line
of the rendered canonical article page as a reader sees it (title excepted). The script checks that
the rendered article area reads exactly as the labelled blocks, crawls the site through its plain
<a href> links (bounded at the traps) to list aliases and non-article pages, and checks that every
article is reachable from the start URL by a robots-respecting crawl.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
import urllib.robotparser
from collections import deque
from html import unescape
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, urlunsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import aspnet_devzone_content as C  # noqa: E402

_spec = importlib.util.spec_from_file_location("aspnet_devzone_site", os.path.join(HERE, "site.py"))
S = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(S)

ORIGIN = S.ORIGIN
START = ORIGIN + "/"
CONTENT_ID = "ctl00_cphMain_lblContent"


def norm(s: str) -> str:
    return " ".join(s.split())


def strip_tags(s: str) -> str:
    return norm(unescape(re.sub(r"<[^>]+>", "", s)))


# ------------------------------------------------------------------ what a reader sees
class Lines(HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "tr", "tbody",
             "thead", "tfoot", "dl", "dt", "dd", "form", "center", "blockquote", "pre", "address",
             "marquee", "fieldset", "body", "html"}
    SKIP = {"script", "style", "title", "noscript", "select", "textarea", "iframe", "object"}
    VOID = {"br", "img", "input", "meta", "link", "hr", "area", "base", "col", "embed", "param", "source", "wbr"}

    def __init__(self, target_id: str | None = None):
        super().__init__(convert_charrefs=True)
        self.target_id = target_id
        self.lines: list[tuple[str, bool]] = []
        self.buf: list[str] = []
        self.flag = False
        self.skip = 0
        self.stack: list[tuple[str, bool]] = []

    def in_target(self) -> bool:
        return any(t for _, t in self.stack)

    def flush(self):
        text = norm("".join(self.buf))
        if text:
            self.lines.append((text, self.flag))
        self.buf = []
        self.flag = False

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK or tag in ("br", "hr"):
            self.flush()
        if tag in ("td", "th"):
            self.buf.append(" ")
        if tag not in self.VOID:
            is_t = bool(self.target_id) and dict(attrs).get("id") == self.target_id
            self.stack.append((tag, is_t))

    def handle_startendtag(self, tag, attrs):
        if tag in self.BLOCK or tag in ("br", "hr"):
            self.flush()

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        if tag in self.BLOCK:
            self.flush()
        if tag in ("td", "th"):
            self.buf.append(" ")
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        if self.skip:
            return
        self.buf.append(data)
        if data.strip() and self.in_target():
            self.flag = True

    def close(self):
        super().close()
        self.flush()


def page_lines(body: bytes, target_id: str | None = CONTENT_ID) -> list[tuple[str, bool]]:
    p = Lines(target_id)
    p.feed(body.decode("gb2312", errors="replace"))
    p.close()
    return p.lines


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href.strip())


def page_links(body: bytes, base: str) -> list[str]:
    p = Links()
    p.feed(body.decode("gb2312", errors="replace"))
    p.close()
    out = []
    for h in p.hrefs:
        if h.lower().startswith(("javascript:", "mailto:", "tel:")) or h.startswith("#"):
            continue
        u = urljoin(base, h)
        parts = urlsplit(u)
        out.append(urlunsplit((parts.scheme, parts.netloc, parts.path, parts.query, "")))
    return out


# ------------------------------------------------------------------ labelling
def body_and_content_lines(a: dict):
    """(body paragraphs, expected lines of the article area, junk lines) from the blocks."""
    body, expected, junk = [], [], []
    for b in a["blocks"]:
        k = b[0]
        if k == "p":
            t = strip_tags(b[1])
            body.append(t)
            if len(b) == 2:
                expected.append(t)
            else:
                tail, sep = strip_tags(b[2]), b[3]
                junk.append(tail)
                if sep == "br":
                    expected += [t, tail]
                else:
                    expected.append(norm(t + tail))
        elif k in ("h", "pr", "cap"):
            t = strip_tags(b[1])
            body.append(t)
            expected.append(t)
        elif k == "table":
            for row in b[1]:
                t = norm(" ".join(row))
                body.append(t)
                expected.append(t)
        elif k == "ul":
            for x in b[1]:
                t = strip_tags(x)
                body.append(t)
                expected.append(t)
        elif k == "attach":
            for prefix, name, _ in b[1]:
                t = norm(prefix + name)
                body.append(t)
                expected.append(t)
        elif k == "img":
            pass
        elif k == "junk":
            t = strip_tags(b[1])
            junk.append(t)
            expected.append(t)
        else:
            raise ValueError(k)
    return body, expected, junk


def published_at(a: dict) -> str:
    d, t = a["dt"].split(" ")
    if a["show"] == "datetime":
        return f"{d}T{t[:5]}+08:00"
    return d


def label_article(emu, a: dict) -> dict:
    url = f"{ORIGIN}/Item/Show.aspx?ID={a['id']}"
    r = emu.handle("GET", url)
    assert r.status == 200, url
    lines = page_lines(r.body)
    body, expected, junk = body_and_content_lines(a)
    got = [t for t, f in lines if f]
    assert got == expected, (a["id"], got, expected)
    boiler = []
    title_seen = False
    content_done = False
    for t, f in lines:
        if f:
            if not content_done:
                content_done = True
                # the junk inside the article area, in document order
                for x in expected:
                    if x in junk:
                        boiler.append(x)
                    else:
                        for j in junk:
                            if x.endswith(j) and x != j and x[: -len(j)].strip() in body:
                                boiler.append(j)
            continue
        if t == norm(a["title"]) and not title_seen:
            title_seen = True
            continue
        boiler.append(t)
    assert title_seen, a["id"]
    seen, uniq = set(), []
    for x in boiler:
        if x not in seen:
            seen.add(x)
            uniq.append(x)
    col = C.COLUMNS[a["cid"]]
    return {
        "url": url,
        "aliases": [],
        "title": norm(a["title"]),
        "published_at": published_at(a),
        "author": a.get("author"),
        "source": a.get("source"),
        "category": col["name"],
        "tags": list(a["tags"]),
        "views": a["views"],
        "body": body,
        "boilerplate": uniq,
    }


# ------------------------------------------------------------------ crawl of the site
def site_url(u: str) -> bool:
    return (urlsplit(u).hostname or "").lower() in S.HOSTS


def crawl(emu, *, polite: bool):
    """BFS over plain links. Trap pages are recorded but not expanded. polite=True: robots-respecting,
    http://www only, no session URLs (the reachability check)."""
    rp = urllib.robotparser.RobotFileParser()
    rp.parse(S.ROBOTS.splitlines())
    seen: dict[str, tuple] = {}
    queue = deque([START])
    order = []
    while queue:
        u = queue.popleft()
        if u in seen:
            continue
        if polite:
            p = urlsplit(u)
            if p.scheme != "http" or p.hostname != C.HOST or "/(S(" in p.path or not rp.can_fetch("*", u):
                continue
        r, meta = emu.resolve("GET", u)
        seen[u] = (r, meta)
        order.append(u)
        if r.status in (301, 302):
            nxt = urljoin(u, r.headers["Location"])
            if site_url(nxt):
                queue.append(nxt)
            continue
        if not r.headers.get("Content-Type", "").startswith("text/html"):
            continue
        if meta.get("trap"):
            continue
        for v in page_links(r.body, u):
            if site_url(v) and v not in seen:
                queue.append(v)
    return order, seen


def final_target(seen: dict, u: str, depth: int = 0):
    r, meta = seen[u]
    if r.status in (301, 302) and depth < 5:
        nxt = urljoin(u, r.headers["Location"])
        if nxt in seen:
            return final_target(seen, nxt, depth + 1)
        return None, None
    return u, meta


KIND_MAP = {
    "home": "home", "list": "list", "about": "about", "contact": "contact",
    "factory-list": "factory-list", "factory-listing": "factory-listing",
    "download-list": "download-list", "download": "download",
    "job-list": "job-list", "job": "job", "consult": "interact", "mailbox": "interact",
    "sitemap": "sitemap", "login": "login", "calendar": "calendar", "search": "search",
    "error-404": "404", "error-500": "error-500", "attachment": "attachment",
}


def main():
    emu = S.emulator()
    articles = [label_article(emu, a) for a in sorted(C.ARTICLES, key=lambda a: a["dt"], reverse=True)]
    by_id = {int(x["url"].rsplit("=", 1)[1]): x for x in articles}

    # reachability: a polite crawler (robots, no traps, canonical host) reaches every article
    order_p, seen_p = crawl(emu, polite=True)
    for aid, x in by_id.items():
        assert x["url"] in seen_p, f"article {aid} not reachable politely"

    order, seen = crawl(emu, polite=False)
    rp = urllib.robotparser.RobotFileParser()
    rp.parse(S.ROBOTS.splitlines())

    not_articles = []
    forbidden = set()
    for u in order:
        r, meta = seen[u]
        if site_url(u) and not rp.can_fetch("*", u):
            forbidden.add(u)
        tgt, tmeta = final_target(seen, u)
        if tmeta and tmeta.get("kind") == "article":
            aid = tmeta["id"]
            if u != by_id[aid]["url"]:
                by_id[aid]["aliases"].append(u)
            if r.status == 200 and tmeta.get("view") != "print":
                # every served variant shows the same article text
                got = [t for t, f in page_lines(r.body) if f]
                _, expected, _ = body_and_content_lines(S.ART[aid])
                assert got == expected, u
            continue
        if r.status in (301, 302):
            kind = "redirect"
        else:
            kind = KIND_MAP.get(meta.get("kind"), meta.get("kind"))
            if meta.get("trap") == "pagination-loop":
                kind = "list"
        not_articles.append({"url": u, "kind": kind})

    for x in articles:
        x["aliases"] = sorted(set(x["aliases"]))

    for line in S.ROBOTS.splitlines():
        if line.startswith("Disallow:"):
            forbidden.add(ORIGIN + line.split(":", 1)[1].strip())

    sess = f"/(S({S.SESSION_ID}))"
    traps = [
        {"url_pattern": f"{ORIGIN}/Calendar.aspx?y=YYYY&m=M[&d=D]",
         "kind": "calendar",
         "note": "活动日历: every month page links the previous and the next month (plain GET links, no end); "
                 "linked as /Calendar.aspx and /Calendar.aspx?y=2025&m=3 from the list-page sidebar and the home page. "
                 "Also mirrored under the session prefix."},
        {"url_pattern": f"{ORIGIN}/Channel/List.aspx?CID=<2|3|4|5|7>&Page=N with N > last page",
         "kind": "pagination-loop",
         "note": "the pager always renders 下一页 -> Page=N+1; pages past the end repeat the last page's items "
                 "(and show 当前第 N/2 页), so following 下一页 never stops."},
        {"url_pattern": f"{ORIGIN}{sess}/*  (any /(S(<24 chars>))/ prefix)",
         "kind": "session-id",
         "note": "cookieless ASP.NET session: /Interact/Consult.aspx and /Interact/Mailbox.aspx 302 to "
                 f"{sess}/Interact/...; every page served under the prefix prefixes all its template links, "
                 "so the whole site (all articles, lists, calendar...) is mirrored under it. Articles there carry "
                 "the canonical <link rel=canonical> without the prefix."},
        {"url_pattern": f"{ORIGIN}/Search.aspx?kw=<GB2312-percent-encoded>[&Field=Keyword][&Page=N]",
         "kind": "search",
         "note": "hot-search and 关键词 links; robots.txt disallows /Search.aspx (not under the session prefix)."},
        {"url_pattern": f"{ORIGIN}/Item/Show.aspx?ID=n&FontSize=12|14|16",
         "kind": "query-string",
         "note": "字号 大/中/小 links on every article: same article, listed in aliases."},
        {"url_pattern": f"{ORIGIN}/Item/Show.aspx?ID=1097&from=singlemessage",
         "kind": "query-string",
         "note": "tracking parameter in a link inside article 1091's body; same article."},
        {"url_pattern": "http(s)://www.lhetdz.gov.cn/item/show.aspx?id=n, /Item/show.aspx?ID=n, /item/Show.aspx?id=n",
         "kind": "duplicate",
         "note": "IIS paths and ASP.NET query keys are case-insensitive; home boxes, sidebar and related lists "
                 "each use another spelling. Same article."},
        {"url_pattern": "https://www.lhetdz.gov.cn/*",
         "kind": "duplicate",
         "note": "https serves the same pages (one home focus link is https)."},
        {"url_pattern": "http(s)://lhetdz.gov.cn/*",
         "kind": "duplicate",
         "note": "bare host 301s to http://www.lhetdz.gov.cn/ with the same path (links in two article bodies)."},
        {"url_pattern": f"{ORIGIN}/html/YYYY/MMDD/<ID>.html",
         "kind": "redirect",
         "note": "old static pages of the previous CMS version, 301 to /Item/Show.aspx?ID=<ID>; "
                 "the home page's 媒体聚焦 box still links two of them."},
        {"url_pattern": f"{ORIGIN}/Item/Print.aspx?ID=n",
         "kind": "duplicate",
         "note": "print view of every article (same text, no template); robots.txt disallows it."},
        {"url_pattern": f"{ORIGIN}/Item/Show.aspx?ID=1088",
         "kind": "dead-link",
         "note": "deleted article still in two related lists (1087, 1093): 404 with the site template."},
        {"url_pattern": "javascript:__doPostBack(...)",
         "kind": "postback",
         "note": "收藏本文, 排序, GO, 查看结果, 我要预约看厂, 在线投递简历: WebForms postbacks, nothing for a GET crawler."},
    ]

    truth = {
        "name": "aspnet_devzone",
        "hosts": [C.HOST, C.BARE_HOST],
        "start_urls": [START],
        "timezone": "+08:00",
        "articles": articles,
        "not_articles": not_articles,
        "traps": traps,
        "forbidden": sorted(forbidden),
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    n_alias = sum(len(x["aliases"]) for x in articles)
    print(f"articles={len(articles)} aliases={n_alias} not_articles={len(not_articles)} "
          f"forbidden={len(forbidden)} crawled={len(order)} polite={len(order_p)}")


if __name__ == "__main__":
    main()
