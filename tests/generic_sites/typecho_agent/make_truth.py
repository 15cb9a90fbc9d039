"""Write truth.json for the typecho_agent site from the same content the emulator serves.

Bodies come from the content blocks (see typecho_agent_content.py for the block types and how each is
labelled). Boilerplate is every other text line a reader sees on the article's canonical page, read from
the rendered HTML (hidden elements, scripts and the <head> left out; the <h1> title is a field of its
own and is not listed). Aliases, non-article pages and forbidden links are found by walking the site's
plain <a href> links from the start URL, the way a polite crawler would (robots.txt honoured, the
calendar and filter traps recorded but not followed), plus the URL forms every post answers to.

Run: python3 make_truth.py   (writes truth.json next to this file)
"""

from __future__ import annotations

import html
import importlib.util
import json
import os
import re
import sys
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, urlunsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import typecho_agent_content as C  # noqa: E402

_spec = importlib.util.spec_from_file_location("typecho_agent_site", os.path.join(HERE, "site.py"))
S = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(S)

ORIGIN = S.ORIGIN
DISALLOWED = ["/admin/", "/action/", "/search/", "/index.php/search/", "/index.php/action/", "/var/",
              "/usr/plugins/", "/install.php", "/config.inc.php"]


def norm(s: str) -> str:
    return " ".join(s.split())


def text_of(fragment: str) -> str:
    return norm(html.unescape(re.sub(r"<[^>]+>", "", fragment)))


# --------------------------------------------------------------------------- body labels

def body_of(post) -> tuple[list[str], list[tuple[str, str, str]]]:
    """(body paragraphs, [(body part, junk, sep)] for paragraphs carrying appended junk)."""
    body, tails = [], []
    for b in post["blocks"]:
        t = b[0]
        if t in ("p", "h", "caption"):
            s = text_of(b[1])
            if s:
                body.append(s)
        elif t in ("ol", "ul"):
            body.extend(text_of(x) for x in b[1])
        elif t == "table":
            body.extend(norm(" ".join(r)) for r in b[1])
        elif t == "tail":
            s = text_of(b[1])
            body.append(s)
            tails.append((s, text_of(b[2]), b[4]))
    return body, tails


# --------------------------------------------------------------------------- what a reader sees

BLOCK = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "thead", "tbody",
         "tfoot", "section", "article", "aside", "header", "footer", "nav", "form", "blockquote", "figure",
         "figcaption", "br", "dl", "dt", "dd", "caption", "main", "hr", "pre", "address", "body", "html"}
SKIP = {"script", "style", "head", "noscript", "template", "textarea", "select"}


class Lines(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.skip_tag: str | None = None
        self.skip_depth = 0

    def flush(self):
        s = norm("".join(self.buf))
        if s:
            self.lines.append(s)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if self.skip_tag:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        style = (dict(attrs).get("style") or "").replace(" ", "").lower()
        if tag in SKIP or "display:none" in style:
            self.skip_tag, self.skip_depth = tag, 1
            return
        if tag in BLOCK:
            self.flush()
        elif tag in ("td", "th"):
            self.buf.append(" ")

    def handle_startendtag(self, tag, attrs):
        if not self.skip_tag and tag in BLOCK:
            self.flush()

    def handle_endtag(self, tag):
        if self.skip_tag:
            if tag == self.skip_tag:
                self.skip_depth -= 1
                if self.skip_depth == 0:
                    self.skip_tag = None
            return
        if tag in BLOCK:
            self.flush()
        elif tag in ("td", "th"):
            self.buf.append(" ")

    def handle_data(self, data):
        if not self.skip_tag:
            self.buf.append(data)

    def close(self):
        super().close()
        self.flush()


def visible_lines(page: str) -> list[str]:
    p = Lines()
    p.feed(page)
    p.close()
    return p.lines


def boilerplate_of(page: str, title: str, body: list[str], tails) -> list[str]:
    lines = visible_lines(page)
    tail_map = {b: (j, sep) for b, j, sep in tails}
    out: list[str] = []
    seen_title = False
    remaining = list(body)
    for ln in lines:
        if not seen_title and ln == title:
            seen_title = True
            continue
        if remaining and ln == remaining[0]:
            remaining.pop(0)
            continue
        if remaining and remaining[0] in tail_map and tail_map[remaining[0]][1] == "" \
                and ln == norm(remaining[0] + tail_map[remaining[0]][0]):
            out.append(tail_map[remaining[0]][0])
            remaining.pop(0)
            continue
        out.append(ln)
    assert seen_title, title
    assert not remaining, (title, remaining[:1])
    for b in body:
        assert b not in out, (title, b)
    dedup: list[str] = []
    for x in out:
        if x not in dedup:
            dedup.append(x)
    return dedup


# --------------------------------------------------------------------------- walking the site

class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.a: list[str] = []
        self.alt: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.a.append(a["href"])
        elif tag == "link" and a.get("href") and (a.get("rel") or "").lower() == "alternate":
            self.alt.append(a["href"])


def clean(base: str, href: str) -> str | None:
    href = href.strip()
    if href.startswith(("javascript:", "mailto:", "tel:", "#")):
        return None
    u = urljoin(base, href)
    sp = urlsplit(u)
    if sp.scheme not in ("http", "https") or (sp.hostname or "").lower() not in S.HOSTS:
        return None
    return urlunsplit((sp.scheme, sp.netloc, sp.path or "/", sp.query, ""))


def disallowed(url: str) -> bool:
    path = urlsplit(url).path
    return any(path.startswith(p) for p in DISALLOWED)


def walk(site):
    start = ORIGIN + "/"
    seen = {start}
    queue = deque([start])
    results: dict[str, dict] = {}
    forbidden: set[str] = set()
    trap_seen: set[str] = set()
    feeds: set[str] = set()
    while queue:
        url = queue.popleft()
        resp, info = site._dispatch("GET", url)
        results[url] = info
        if info["status"] in (301, 302):
            loc = clean(url, info["location"])
            if loc and loc not in seen and not disallowed(loc):
                seen.add(loc)
                queue.append(loc)
            continue
        if info["status"] != 200 or not resp.headers.get("Content-Type", "").startswith("text/html"):
            continue
        if info.get("kind") == "calendar" or info.get("variant") in ("filtered", "print"):
            trap_seen.add(url)
            continue  # recorded, not followed: the calendar and filter traps
        lp = Links()
        lp.feed(resp.body.decode("utf-8"))
        for href in lp.alt:
            u = clean(url, href)
            if u:
                feeds.add(u)
        for href in lp.a:
            u = clean(url, href)
            if not u or u in seen:
                continue
            if disallowed(u):
                forbidden.add(u)
                continue
            seen.add(u)
            queue.append(u)
        assert len(seen) < 20000
    return results, forbidden, feeds


def final_target(site, url: str, hops: int = 5):
    for _ in range(hops):
        info = site.describe(url)
        if info["status"] in (301, 302):
            url = urljoin(url, info["location"])
            continue
        return url, info
    return url, info


# --------------------------------------------------------------------------- truth

def main():
    site = S.emulator()
    results, forbidden, feeds = walk(site)

    by_cid: dict[int, set[str]] = {}
    for url in results:
        final, info = final_target(site, url)
        if info.get("status") == 200 and info.get("cid") is not None:
            by_cid.setdefault(info["cid"], set()).add(url)

    articles = []
    for p in sorted(C.POSTS, key=lambda x: x["date"]):
        if p["kind"] != "article":
            continue
        cid = p["cid"]
        canon = S.permalink(cid)
        assert canon in results and results[canon]["status"] == 200, canon  # reachable by plain links
        aliases = set(by_cid.get(cid, set()))
        aliases |= {
            f"https://www.dingxincf.com/archives/{cid}/",
            f"http://www.dingxincf.com/index.php/archives/{cid}/",
            f"https://www.dingxincf.com/index.php/archives/{cid}/",
            f"http://dingxincf.com/archives/{cid}/",
            f"https://dingxincf.com/archives/{cid}/",
            f"http://www.dingxincf.com/archives/{cid}",
            f"{canon}?print=1",
        }
        aliases.discard(canon)
        for a in aliases:
            _, info = final_target(site, a)
            assert info.get("cid") == cid and info["status"] == 200, (a, info)
        page = site.handle("GET", canon).body.decode("utf-8")
        body, tails = body_of(p)
        bp = boilerplate_of(page, p["title"], body, tails)
        articles.append({
            "url": canon,
            "aliases": sorted(aliases),
            "title": p["title"],
            "published_at": p["date"].replace(" ", "T") + "+08:00",
            "author": C.USERS[p["author"]]["name"],
            "source": p["source"],
            "category": S.CATS[p["cat"]]["name"],
            "tags": list(p["tags"]),
            "views": p["views"],
            "body": body,
            "boilerplate": bp,
        })

    not_articles = []
    for url, info in results.items():
        sp = urlsplit(url)
        if info.get("status") != 200 or info.get("kind") == "article":
            continue
        if sp.query or sp.scheme != "http" or sp.hostname != S.HOST or "/index.php" in sp.path \
                or "comment-page-" in sp.path:
            continue  # variants of pages already listed (see traps)
        not_articles.append({"url": url, "kind": info["kind"]})
    for url in sorted(feeds):
        if url not in results and site.describe(url)["status"] == 200:
            not_articles.append({"url": url, "kind": "feed"})
    kind_order = ["home", "list", "category", "tag", "author", "archive", "calendar", "factory-listing", "job",
                  "about", "contact", "download", "links", "archive-index", "listing-search", "attachment",
                  "feed", "sitemap"]
    not_articles.sort(key=lambda x: (kind_order.index(x["kind"]) if x["kind"] in kind_order else 99, x["url"]))

    forbidden_list = sorted(forbidden | {
        ORIGIN + "/admin/", ORIGIN + "/admin/login.php", ORIGIN + "/action/", ORIGIN + "/search/",
        ORIGIN + "/index.php/search/", ORIGIN + "/index.php/action/login",
    })

    traps = [
        {"url_pattern": "http://www.dingxincf.com/YYYY/MM/ , /YYYY/MM/DD/ , /YYYY/MM/page/N/ (any year 1970-2099)",
         "kind": "calendar",
         "note": "The sidebar calendar on every page links « 上月 / 下月 ». A month without posts still answers 200 "
                 "(\"没有找到内容\") with its own calendar and new prev/next links, so the chain runs from 1970 to "
                 "2099 (about 1,500 month pages and their day pages). Months with posts are also linked from "
                 "the 文章归档 widget; only /2024/05/ and /2025/12/ (empty, one step outside) are listed as "
                 "not_articles."},
        {"url_pattern": "http://www.dingxincf.com/fangyuan.html?region=*&type=*&area=*&sort=*",
         "kind": "faceted-navigation",
         "note": "房源筛选: four facets (12 x 4 x 5 x 3 = 720 combinations), every filter page links every other "
                 "combination. Only factory-listing posts are behind it; not robots-disallowed."},
        {"url_pattern": "*/archives/CID/?replyTo=COID (also after ?from=banner, /index.php/, comment-page-N)",
         "kind": "query-string",
         "note": "Each comment's 回复 link reloads the same post with the reply form under that comment. Typecho "
                 "builds it from the requested URL, so it multiplies with every other variant of the post URL."},
        {"url_pattern": "http://www.dingxincf.com/search/KEYWORD/ and /search/KEYWORD/N/",
         "kind": "search",
         "note": "热门搜索 links in the sidebar; any keyword answers 200. Disallowed in robots.txt."},
        {"url_pattern": "http://www.dingxincf.com/archives/CID/comment-page-N",
         "kind": "duplicate",
         "note": "Comment pagination (5 threads per page) and every comment's time link serve the whole post "
                 "again; posts 52 and 63 have two comment pages."},
        {"url_pattern": "http://www.dingxincf.com/index.php/archives/CID/ ; https://www.dingxincf.com/... ; "
                        "?from=banner ; ?from=related ; ?print=1",
         "kind": "duplicate",
         "note": "阅读排行 widget links with the /index.php/ prefix; home slider adds ?from=banner; one body link "
                 "adds ?from=related; 打印本文 gives a bare print view (canonical link to the post). https answers "
                 "200 with the same page (canonical http). All listed as aliases."},
        {"url_pattern": "http://dingxincf.com/* ; https://dingxincf.com/* ; /archives/CID (no slash)",
         "kind": "redirect",
         "note": "Bare host 301s to www (http); /archives/CID without the slash 301s to the permalink. One body "
                 "link uses https://dingxincf.com/archives/50/."},
        {"url_pattern": "http://www.dingxincf.com/page/1/ ; /category/SLUG/1/ ; /tag/TAG/1/ ; /author/UID/1/",
         "kind": "duplicate",
         "note": "Typecho's page navigator links page 1 explicitly; same list as the unnumbered URL."},
        {"url_pattern": "http://www.dingxincf.com/action/like?cid=CID",
         "kind": "action-link",
         "note": "赞 button under every post is a plain GET link that would count a like; /action/ is "
                 "disallowed in robots.txt."},
        {"url_pattern": "http://www.dingxincf.com/archives/58/ ; /usr/uploads/2025/10/listing-book-2025q3.pdf",
         "kind": "dead-link",
         "note": "A deleted post (still in the stale sitemap.xml and linked from post 77's body) and a removed "
                 "download answer 404."},
    ]

    truth = {
        "name": "typecho_agent",
        "hosts": [S.HOST, S.BARE_HOST],
        "start_urls": [ORIGIN + "/"],
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
          f"walked={len(results)}")


if __name__ == "__main__":
    main()
