# -*- coding: utf-8 -*-
"""Write truth.json for the portal_channel site from the same content the site renders.

Bodies come from portal_channel_content.py (the labelled paragraphs). Everything else a reader sees on an
article page (all pages of a multi-page article) is read back from the rendered HTML with a small
visible-text extractor and becomes that article's boilerplate. Reachable pages, aliases and forbidden
URLs come from a breadth-first walk over plain <a href> links from the start URL, done against the emulator.
"""

from __future__ import annotations

import json
import os
import sys
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, urlunsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import importlib.util  # noqa: E402

import portal_channel_content as C  # noqa: E402

# "site" is also the name of a stdlib module that Python imports at start-up: load this folder's file by path.
_spec = importlib.util.spec_from_file_location("portal_channel_site", os.path.join(HERE, "site.py"))
S = importlib.util.module_from_spec(_spec)
sys.modules["portal_channel_site"] = S
_spec.loader.exec_module(S)

START = "http://www.ljnews.cn/"
DISALLOWED = ["/search/", "/passport/", "/member/", "/comment/", "/api/"]

BLOCK = {"address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt",
         "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
         "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead", "tfoot",
         "tr", "ul", "caption", "summary", "br"}
CELL = {"td", "th"}
SKIP = {"script", "style", "noscript", "video", "audio", "template", "head", "title", "textarea", "iframe",
        "svg", "object", "select"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr"}


def norm(s: str) -> str:
    return " ".join(s.split())


class Visible(HTMLParser):
    """Visible text lines (one per block) and links of a page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.links, self.buf, self.stack = [], [], [], []

    def _hidden(self):
        return any(skip for _, skip in self.stack)

    def flush(self):
        t = norm("".join(self.buf))
        self.buf = []
        if t:
            self.lines.append(t)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "link" and a.get("href") and (a.get("rel") or "").lower() == "canonical":
            self.links.append(a["href"])
        if tag in VOID:
            if tag in ("br", "hr") and not self._hidden():
                self.flush()
            return
        style = (a.get("style") or "").replace(" ", "").lower()
        skip = tag in SKIP or "display:none" in style or "hidden" in a
        if tag in BLOCK and not self._hidden():
            self.flush()
        if tag in CELL and not self._hidden():
            self.buf.append(" ")
        self.stack.append((tag, skip))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                hidden_before = self._hidden()
                del self.stack[i:]
                if tag in BLOCK and not hidden_before:
                    self.flush()
                if tag in CELL and not hidden_before:
                    self.buf.append(" ")
                return

    def handle_data(self, data):
        if not self._hidden():
            self.buf.append(data)

    def close(self):
        super().close()
        self.flush()


def parse(body: bytes, headers: dict):
    ctype = headers.get("Content-Type", "")
    text = body.decode("gb18030") if "text/html" in ctype else ""
    v = Visible()
    v.feed(text)
    v.close()
    return v


# ------------------------------------------------------------------------------------------ bodies

def body_of(a):
    out = []
    if a["kind"] == "gallery":
        return [norm(a["lead"])] + [norm(c) for _, c in a["photos"]]
    for b in a["blocks"]:
        k = b[0]
        if k in ("p", "pbr", "h", "note"):
            out.append(norm(b[1]))
        elif k == "img" and b[2]:
            out.append(norm(b[2]))
        elif k == "table":
            out.extend(norm(" ".join(row)) for row in b[1])
        elif k == "ul":
            out.extend(norm(i) for i in b[1])
        elif k == "attach":
            out.append(norm("附件：" + b[1]))
    if a["kind"] == "live":
        out.extend(norm(f"{t} {text}") for t, text, _ in a["live"])
    return out


def split_body(lines, body):
    """Consume the body paragraphs from the page lines in order; return (boilerplate lines)."""
    used = [False] * len(lines)
    extra = {}
    cur = 0
    for para in body:
        for i in range(cur, len(lines)):
            if used[i]:
                continue
            if lines[i] == para:
                used[i] = True
                cur = i + 1
                break
            if lines[i].startswith(para) and len(lines[i]) > len(para):
                used[i] = True
                extra[i] = norm(lines[i][len(para):])
                cur = i + 1
                break
        else:
            raise AssertionError(f"body paragraph not found on page: {para[:40]}")
    bp = []
    for i, line in enumerate(lines):
        if i in extra:
            bp.append(extra[i])
        elif not used[i]:
            bp.append(line)
    seen, out = set(), []
    for line in bp:
        if line not in seen:
            seen.add(line)
            out.append(line)
    return out


# ------------------------------------------------------------------------------------------ walk

def canon(url):
    p = urlsplit(url)
    return urlunsplit((p.scheme, p.netloc.lower(), p.path or "/", p.query, ""))


def disallowed(url):
    p = urlsplit(url)
    return p.hostname in S.HOSTS and any(p.path.startswith(d) for d in DISALLOWED)


def walk(site):
    seen, order = {}, []
    forbidden = set()
    queue = deque([START, "http://www.ljnews.cn/sitemap_news.xml"])
    queued = set(queue)
    while queue:
        url = queue.popleft()
        r = site.handle("GET", url)
        seen[url] = r
        order.append(url)
        nxt = []
        if r.status in (301, 302):
            nxt.append(urljoin(url, r.headers["Location"]))
        elif r.status == 200 and r.info.get("kind") == "sitemap":
            import re
            nxt.extend(re.findall(r"<loc>([^<]+)</loc>", r.body.decode("utf-8")))
        elif r.status == 200 and "text/html" in r.headers.get("Content-Type", "") and not r.info.get("trap"):
            nxt.extend(urljoin(url, h) for h in parse(r.body, r.headers).links)
        for u in nxt:
            if u.startswith(("javascript:", "mailto:", "tel:")):
                continue
            u = canon(u)
            if urlsplit(u).hostname not in S.HOSTS:
                continue
            if disallowed(u):
                forbidden.add(u)
                continue
            if u not in queued:
                queued.add(u)
                queue.append(u)
    return seen, order, forbidden


def resolve(site, url, hops=5):
    r = site.handle("GET", url)
    while r.status in (301, 302) and hops:
        url = urljoin(url, r.headers["Location"])
        r = site.handle("GET", url)
        hops -= 1
    return url, r


def main():
    site = S.emulator()
    seen, order, forbidden = walk(site)

    # which article does each reached URL serve (directly or through redirects)?
    serves = {}
    for url in order:
        final, r = resolve(site, url)
        info = r.info
        if r.status == 200 and info.get("kind") in ("article", "print"):
            serves[url] = info["article"]

    articles = []
    for a in sorted(S.ARTS, key=lambda x: x["sortkey"]):
        assert a["url"] in seen, f"article not reachable: {a['url']}"
        variants = {a["url"].replace("http://", "https://"),
                    a["url"].replace("www.", ""),
                    a["url"].replace("http://www.", "https://")}
        aliases = {u for u, aid in serves.items() if aid == a["id"] and u != a["url"]}
        for v in variants:
            _, r = resolve(site, v)
            assert r.status == 200 and r.info.get("article") == a["id"], v
            aliases.add(v)
        lines = []
        for k in range(1, a["npages"] + 1):
            r = site.handle("GET", S.ORIGIN + S.page_path(a, k))
            assert r.status == 200
            lines.extend(parse(r.body, r.headers).lines)
        body = body_of(a)
        boiler = split_body(lines, body)
        published = f"{a['date']}T{a['time']}+08:00" if a["time"] else a["date"]
        articles.append({
            "url": a["url"],
            "aliases": sorted(aliases),
            "title": a["title"],
            "published_at": published,
            "author": a["author"],
            "source": a["source"],
            "category": S.COLS[a["col"]][0],
            "tags": [C.TAGS[t] for t in a["tags"]],
            "views": a["views"],
            "body": body,
            "boilerplate": boiler,
        })

    alias_set = {u for art in articles for u in art["aliases"]} | {art["url"] for art in articles}
    not_articles = []
    for url in order:
        if url in alias_set:
            continue
        r = seen[url]
        kind = r.info.get("kind")
        if kind in ("image", "static", "robots"):
            continue
        if r.status in (301, 302):
            kind = "redirect"
        elif r.status == 404:
            kind = "404"
        not_articles.append({"url": url, "kind": kind})

    traps = [
        {"url_pattern": "http://www.ljnews.cn/cy/huigu/YYYYMMDD.shtml",
         "kind": "calendar",
         "note": "往期回顾: every date from 2000-01-01 to 2099-12-31 answers 200 with 前一天/后一天/上月/下月 links and a "
                 "month grid; reached from the channel page. Only the page linked from a non-calendar page is listed "
                 "in not_articles."},
        {"url_pattern": "http://www.ljnews.cn/cy/{yqdt,zsyz,zcfw,pinglun,shiting}/index_N.shtml (N >= number of pages)",
         "kind": "pagination-loop",
         "note": "The CMS pager's 下一页 always links page N+1, also from the last page; pages past the end answer 200 "
                 "with 暂无相关内容 and another 下一页, without end (also with ?order=hot)."},
        {"url_pattern": "http://www.ljnews.cn/cy/{column}/index*.shtml?order=hot",
         "kind": "query-string",
         "note": "最新/最热 tab: the same list pages re-sorted by views; finite but duplicates every list page."},
        {"url_pattern": "http://www.ljnews.cn/cy/system/...shtml?from=hot24 | ?from=hotweek | ?spm=cy.guess.N",
         "kind": "duplicate",
         "note": "Tracking parameters from the 热点排行/猜你喜欢 rails; the static .shtml ignores any query string and "
                 "serves the article (canonical link points to the clean URL)."},
        {"url_pattern": "https://www.ljnews.cn/* and http://ljnews.cn/* (301 to www)",
         "kind": "duplicate",
         "note": "Home-page 热点排行 links use https://www; the 编辑推荐 box on the channel page links the bare "
                 "domain, which 301-redirects to http://www."},
        {"url_pattern": "http://www.ljnews.cn/cy/print.php?id=ID",
         "kind": "duplicate",
         "note": "Print view of news articles (whole text, all pages); noindex, canonical to the article."},
        {"url_pattern": "http://www.ljnews.cn/cy/content/YYYY-MM/DD/content_ID.htm",
         "kind": "duplicate",
         "note": "Legacy URL of the previous CMS, 301 to the article; linked from one related list."},
        {"url_pattern": "http://www.ljnews.cn/passport/login.shtml?backurl=...&sid=...",
         "kind": "session-id",
         "note": "Every page's 登录 links carry the page URL and a per-page sid token; robots.txt disallows /passport/."},
        {"url_pattern": "http://www.ljnews.cn/search/?q=...&page=N",
         "kind": "search",
         "note": "热搜 links (GBK percent-encoded keywords) and the search form; results always offer 下一页; "
                 "robots.txt disallows /search/."},
        {"url_pattern": "http://www.ljnews.cn/api/feed?channel=cy&page=N",
         "kind": "pagination-loop",
         "note": "Home 加载更多 (JS, data-url only) JSON feed with hasMore always true; robots.txt disallows /api/."},
    ]

    forbidden_list = [f"http://www.ljnews.cn{d}" for d in DISALLOWED] + sorted(forbidden)

    truth = {
        "name": "portal_channel",
        "hosts": ["www.ljnews.cn", "ljnews.cn"],
        "start_urls": [START],
        "timezone": "+08:00",
        "articles": articles,
        "not_articles": not_articles,
        "traps": traps,
        "forbidden": forbidden_list,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"articles={len(articles)} not_articles={len(not_articles)} forbidden={len(forbidden_list)} "
          f"reached={len(order)}")


if __name__ == "__main__":
    main()
