# -*- coding: utf-8 -*-
"""Write truth.json for the big5_taishang emulated site, from the same content the site serves.

Bodies come from the content (one entry per paragraph, table row, list item, caption); the
boilerplate of an article is every other visible text line of its rendered page, read back from
the emulator's Big5 bytes. The list of pages that are not articles, the aliases and the forbidden
URLs come from a breadth-first walk of the emulator from the start URL (plain <a href> links).
"""

import html
import importlib.util
import json
import os
import re
import sys
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, parse_qsl, urlencode

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import big5_taishang_content as C  # noqa: E402

_spec = importlib.util.spec_from_file_location("big5_taishang_site", os.path.join(HERE, "site.py"))
S = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(S)

WWW = "http://" + S.HOST
START = WWW + "/"

BLOCK = {"p", "div", "td", "th", "tr", "table", "tbody", "thead", "li", "ul", "ol", "h1", "h2", "h3", "h4",
         "h5", "h6", "br", "form", "center", "dd", "dt", "dl", "hr", "body", "html", "blockquote", "fieldset"}
SKIP = {"script", "style", "head", "title", "select", "noscript", "textarea"}


def norm(s):
    return " ".join(s.split())


class Lines(HTMLParser):
    """Visible text lines of a page: text between block boundaries. Inside the article text
    (div#zoom) a table row is one line, its cells joined by a space."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines = []  # (text, in_zoom)
        self.buf = []
        self.skip = 0
        self.zoom = 0
        self.in_tr = False

    def flush(self):
        t = norm("".join(self.buf))
        self.buf = []
        if t:
            self.lines.append((t, self.zoom > 0))

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
            return
        if tag == "div":
            if self.zoom:
                self.zoom += 1
            elif dict(attrs).get("id") == "zoom":
                self.flush()
                self.zoom = 1
                return
        if self.zoom and tag == "tr":
            self.flush()
            self.in_tr = True
            return
        if self.zoom and self.in_tr and tag in BLOCK:
            self.buf.append(" ")
            return
        if tag in BLOCK:
            self.flush()

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.zoom and tag == "tr":
            self.flush()
            self.in_tr = False
            return
        if self.zoom and self.in_tr and tag in BLOCK:
            self.buf.append(" ")
            return
        if tag == "div" and self.zoom:
            self.flush()
            self.zoom -= 1
            return
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)

    def close(self):
        super().close()
        self.flush()


def page_lines(text):
    p = Lines()
    p.feed(text)
    p.close()
    return p.lines


def plain(s):
    return norm(html.unescape(re.sub(r"<[^>]+>", "", s)))


def body_of(a):
    """(body paragraphs, credit lines, [(paragraph, junk)]) from the content blocks."""
    body, credits, tails = [], [], []
    for b in a["blocks"]:
        k = b[0]
        if k in ("p", "h", "r"):
            body.append(plain(b[1]))
        elif k == "table":
            body.extend(norm(" ".join(r)) for r in b[1])
        elif k == "li":
            body.extend(plain(x) for x in b[1])
        elif k == "img":
            body.append(plain(b[2]))
        elif k == "attach":
            body.append(plain(b[1]))
        elif k == "credit":
            credits.append(plain(b[1]))
        elif k == "tail":
            body.append(plain(b[1]))
            tails.append((plain(b[1]), plain(b[2])))
    return body, credits, tails


def published(a):
    d = a["date"]
    if a["cid"] in (1, 4):
        return "%sT%s+08:00" % (d[:10], d[11:16])
    return d[:10]


def article_truth(a):
    r = S.emulator().handle("GET", "%s/show.asp?id=%d" % (WWW, a["id"]))
    assert r.status == 200
    lines = page_lines(r.body.decode("big5"))
    body, credits, tails = body_of(a)
    tail_of = dict(tails)
    zoom_lines = [t for t, z in lines if z]
    expected = []
    bi = ci = 0
    # the zoom div holds exactly the body (tails glued to their junk) and the credit lines, in order
    for b in a["blocks"]:
        if b[0] == "credit":
            expected.append(credits[ci])
            ci += 1
        else:
            n = len(b[1]) if b[0] in ("table", "li") else 1
            for p in body[bi:bi + n]:
                expected.append(p + tail_of[p] if p in tail_of else p)
            bi += n
    assert zoom_lines == expected, (a["id"], zoom_lines, expected)
    boiler = []
    for t, z in lines:
        if z:
            if t in credits:
                boiler.append(t)
            else:
                for p, junk in tails:
                    if t == p + junk:
                        boiler.append(junk)
            continue
        if t == a["title"]:
            continue
        boiler.append(t)
    clash = [t for t in boiler if t in body]
    assert not clash, (a["id"], clash)
    seen, bp = set(), []
    for t in boiler:
        if t not in seen:
            seen.add(t)
            bp.append(t)
    return dict(
        url="%s/show.asp?id=%d" % (WWW, a["id"]),
        aliases=[],
        title=a["title"],
        published_at=published(a),
        author=a["author"],
        source=a["source"],
        category=C.COLUMNS[a["cid"]],
        tags=list(a["tags"]),
        views=a["views"],
        body=body,
        boilerplate=bp,
    )


# ---------------------------------------------------------------- walk


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            h = dict(attrs).get("href")
            if h:
                self.hrefs.append(h)


def disallowed_prefixes():
    out = []
    for line in S.ROBOTS.splitlines():
        if line.lower().startswith("disallow:"):
            v = line.split(":", 1)[1].strip()
            if v:
                out.append(v.lower())
    return out


DISALLOW = disallowed_prefixes()


def strip_sid(u):
    p = urlsplit(u)
    q = [(k, v) for k, v in parse_qsl(p.query, keep_blank_values=True, encoding="latin-1") if k.lower() != "phpsessid"]
    query = urlencode(q, encoding="latin-1", safe="%~") if q else ""
    return "%s://%s%s%s" % (p.scheme, p.netloc, p.path, "?" + query if query else "")


def to_www_http(u):
    p = urlsplit(u)
    return "http://%s%s%s" % (S.HOST, p.path or "/", "?" + p.query if p.query else "")


def classify(u, status):
    p = urlsplit(u)
    path = p.path.lower()
    if status == 404:
        return "not-found"
    if path.startswith("/gb/"):
        return "translation"
    table = {
        "/": "home", "/list.asp": "list", "/search.asp": "search", "/calendar.asp": "calendar",
        "/about.asp": "about", "/contact.asp": "contact", "/sitemap.asp": "sitemap", "/download.asp": "download",
        "/factory/index.php": "list", "/factory/view.php": "factory-listing",
    }
    if path == "/job.asp":
        return "job" if "id=" in p.query.lower() else "list"
    if path.endswith(".pdf"):
        return "attachment"
    return table.get(path, "other")


def last_page(cid):
    n = len(S.column(cid))
    return max(1, (n + C.PAGE_SIZE - 1) // C.PAGE_SIZE)


def walk():
    em = S.emulator()
    queue = deque([START])
    seen = {START}
    pages = {}  # final canonical URL -> kind
    article_aliases = {a["id"]: set() for a in C.ARTICLES}
    forbidden = set()
    redirects = {}
    reached = set()
    while queue:
        url = queue.popleft()
        path = urlsplit(url).path.lower()
        if any(path.startswith(d) for d in DISALLOW):
            forbidden.add(to_www_http(url))
            continue
        cur = url
        for _ in range(5):
            r = em.handle("GET", cur)
            if r.status in (301, 302):
                nxt = urljoin(cur, r.headers["Location"])
                redirects[cur] = nxt
                cur = nxt
                continue
            break
        final = cur
        fp = urlsplit(final)
        fpath = fp.path.lower()
        fq = {k.lower(): v for k, v in parse_qsl(fp.query)}
        if fpath in ("/show.asp", "/print.asp") and r.status == 200:
            aid = int(fq["id"])
            canon = "%s/show.asp?id=%d" % (WWW, aid)
            reached.add(aid)
            if url != canon:
                article_aliases[aid].add(url)
            if final != canon and final != url:
                article_aliases[aid].add(final)
        else:
            pages.setdefault(to_www_http(strip_sid(final)), classify(final, r.status))
        if r.status != 200 or not r.headers.get("Content-Type", "").startswith("text/html"):
            continue
        enc = "gbk" if fpath.startswith("/gb/") else "big5"
        lp = Links()
        lp.feed(r.body.decode(enc))
        for h in lp.hrefs:
            if h.startswith(("javascript:", "#", "mailto:")):
                continue
            u = urljoin(final, h)
            up = urlsplit(u)
            if (up.hostname or "").lower() not in S.HOSTS:
                continue
            u = u.split("#", 1)[0]
            upath = up.path.lower()
            uq = {k.lower(): v for k, v in parse_qsl(up.query)}
            # trap limits: no calendar -> calendar, no search -> search, no list page past the end
            if upath == "/calendar.asp" and fpath == "/calendar.asp":
                continue
            if upath.endswith("/search.asp") and fpath.endswith("/search.asp"):
                continue
            if upath.endswith("/list.asp") and uq.get("cid", "").isdigit() and uq.get("page", "1").isdigit():
                if int(uq.get("page", "1")) > last_page(int(uq["cid"])):
                    continue
            if upath.startswith("/factory/"):
                u = strip_sid(u)
            if u not in seen:
                seen.add(u)
                queue.append(u)
    return pages, article_aliases, forbidden, reached


def main():
    pages, linked_aliases, forbidden, reached = walk()
    arts = []
    for a in sorted(C.ARTICLES, key=lambda x: x["id"]):
        t = article_truth(a)
        n = a["id"]
        std = [
            "https://%s/show.asp?id=%d" % (S.HOST, n),
            "http://%s/show.asp?id=%d" % (S.BARE, n),
            "https://%s/show.asp?id=%d" % (S.BARE, n),
            "%s/print.asp?id=%d" % (WWW, n),
            "%s/news/%d.htm" % (WWW, n),
        ]
        extra = sorted(linked_aliases[n] - set(std))
        t["aliases"] = std + extra
        arts.append(t)
    missing = [a["id"] for a in C.ARTICLES if a["id"] not in reached]
    assert not missing, missing
    not_articles = [dict(url=u, kind=k) for u, k in sorted(pages.items())]
    assert all(k != "other" for k in pages.values()), [u for u, k in pages.items() if k == "other"]
    traps = [
        dict(url_pattern="/calendar.asp?y=*&m=*", kind="calendar",
             note="活動日曆: every month has 上一月/下一月 links, years 1900 to 2100 all answer 200"),
        dict(url_pattern="/search.asp?kw=*", kind="search",
             note="tag and 熱門搜尋 links open searches (kw percent-encoded in Big5); each result page offers 相關搜尋 "
                  "links that append a word to kw, so the keyword space never ends"),
        dict(url_pattern="/list.asp?cid=*&page=*", kind="pagination-loop",
             note="下一頁 is a link on every page, also on the last: a page past the end shows the last page again "
                  "with a link to page+1; /gb/list.asp behaves the same"),
        dict(url_pattern="/factory/*.php?*PHPSESSID=*", kind="session-id",
             note="the PHP 廠房租售平臺 rewrites its links with PHPSESSID; a request without one gets a new id, so "
                  "each entry point yields another copy of the board"),
        dict(url_pattern="/show.asp?id=*&from=*", kind="query-string",
             note="home page slideshow (from=slide) and 點擊排行 (from=hot) add a tracking parameter to article links"),
        dict(url_pattern="/print.asp?id=*", kind="duplicate",
             note="print view of every article, linked from 列印本頁; canonical link points to show.asp"),
        dict(url_pattern="/gb/*", kind="translation",
             note="simplified-Chinese (GBK) mirror of home, lists and every article, linked from 簡體版 on every page"),
        dict(url_pattern="/news/*.htm", kind="duplicate",
             note="URLs of the old static site answer 301 to /show.asp?id=*; one is linked inside an article"),
        dict(url_pattern="/Show.asp?ID=*", kind="duplicate",
             note="IIS is case-insensitive: a mixed-case link inside an article serves the same page"),
        dict(url_pattern="http://qatsq.gov.cn/*", kind="duplicate",
             note="bare host answers 301 to www; https:// serves every page unchanged"),
        dict(url_pattern="/index.asp", kind="duplicate", note="301 to /; /gb/index.asp 301 to /gb/"),
        dict(url_pattern="/show.asp?id=1021", kind="dead-link",
             note="deleted article still linked from 點擊排行: answers 404"),
    ]
    truth = {
        "name": "big5_taishang",
        "hosts": [S.HOST, S.BARE],
        "start_urls": [START],
        "timezone": "+08:00",
        "articles": arts,
        "not_articles": not_articles,
        "traps": traps,
        "forbidden": sorted(forbidden),
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("articles", len(arts), "not_articles", len(not_articles), "forbidden", len(forbidden))


if __name__ == "__main__":
    main()
