# -*- coding: utf-8 -*-
"""Write truth.json for the eyou_park emulated site from the same content and templates.

Run from anywhere: python3 make_truth.py
The article bodies come from the content blocks; the boilerplate lines are the visible text lines of the
rendered article page outside the article body (plus the blocks inside the body labelled boilerplate).
"""

import importlib.util
import json
import os
import sys
from html.parser import HTMLParser
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import eyou_park_content as C  # noqa: E402

_spec = importlib.util.spec_from_file_location("eyou_park_site", os.path.join(HERE, "site.py"))
S = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(S)

ORIGIN = S.ORIGIN
HTTPS = "https://" + C.HOST
BARE = "http://" + C.BARE_HOST
BARE_S = "https://" + C.BARE_HOST

BLOCK = {"address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure",
         "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
         "section", "table", "tbody", "thead", "tfoot", "tr", "ul", "caption", "video", "br", "body", "html"}
VOID = {"br", "img", "input", "hr", "meta", "link", "source", "area", "base", "col", "embed", "wbr"}
INVISIBLE = {"script", "style", "head", "title", "noscript", "template", "textarea", "select"}
MARK = "\x00CONTENT\x00"


class Lines(HTMLParser):
    """Visible text lines of a page: block elements break lines, table cells are joined by a space.
    The article title (h1.arc-title) is left out; the article body (div#artContent) becomes MARK."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur, self.stack, self.skip_at = [], [], [], None

    def flush(self):
        t = " ".join("".join(self.cur).split())
        if t:
            self.lines.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in VOID:
            if tag == "br" and self.skip_at is None:
                self.flush()
            return
        self.stack.append(tag)
        if self.skip_at is not None:
            return
        if tag in BLOCK:
            self.flush()
        if tag in ("td", "th"):
            self.cur.append(" ")
        if tag in INVISIBLE or (tag == "h1" and "arc-title" in (a.get("class") or "")):
            self.skip_at = len(self.stack)
        elif a.get("id") == "artContent":
            self.skip_at = len(self.stack)
            self.lines.append(MARK)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        # pop to the matching tag (the pages are well formed)
        while self.stack:
            t = self.stack.pop()
            if self.skip_at is not None and len(self.stack) < self.skip_at:
                self.skip_at = None
                self.cur = []
            if t == tag:
                break
        if self.skip_at is None:
            if tag in BLOCK:
                self.flush()
            if tag in ("td", "th"):
                self.cur.append(" ")

    def handle_data(self, data):
        if self.skip_at is None:
            self.cur.append(data)

    def result(self):
        self.flush()
        return self.lines


def page_lines(html_text):
    p = Lines()
    p.feed(html_text)
    p.close()
    return p.result()


def norm(s):
    return " ".join(s.split())


def body_and_bp(blocks):
    body, bp = [], []
    for b in blocks:
        k = b[0]
        if k in ("p", "h", "cap"):
            body.append(norm(S.inline_text(b[1])))
        elif k == "table":
            body.extend(norm(" ".join(r)) for r in b[1])
        elif k in ("ol", "ul"):
            body.extend(norm(S.inline_text(i)) for i in b[1])
        elif k == "att":
            body.append(norm(b[1] + b[2]))
        elif k == "tail":
            body.append(norm(S.inline_text(b[1])))
            bp.append(norm(b[2]))
        elif k == "bp":
            bp.append(norm(S.inline_text(b[1])))
        elif k == "bplist":
            bp.extend(norm(i) for i in b[1])
        elif k == "qr":
            bp.append(norm(b[1]))
        elif k == "contact":
            bp.extend(norm(l) for l in b[1])
        elif k in ("img", "video"):
            pass
        else:
            raise ValueError(k)
    return body, bp


def check_content(a, body, bp):
    """The rendered body must show exactly the labelled lines (a glued tail without <br/> shows as one line)."""
    html_ = S.render_blocks(a["blocks"])
    seen = page_lines("<div>" + html_ + "</div>")
    expected = []
    for b in a["blocks"]:
        if b[0] == "tail" and not b[3]:
            expected.append(norm(S.inline_text(b[1]) + b[2]))
    exp_set = set(body) | set(bp) | set(expected)
    glued = {norm(S.inline_text(b[1])) for b in a["blocks"] if b[0] == "tail" and not b[3]}
    glued |= {norm(b[2]) for b in a["blocks"] if b[0] == "tail" and not b[3]}
    assert set(seen) == exp_set - glued, (a["key"], set(seen) ^ (exp_set - glued))


def uniq(seq):
    out, seen = [], set()
    for s in seq:
        if s not in seen:
            seen.add(s)
            out.append(s)
    return out


def published(a):
    if a["col"] in ("yqdt", "hyzx"):
        return a["date"].replace(" ", "T") + "+08:00"
    return a["date"][:10]


def aliases(a):
    p = S.item_path(a)
    out = [HTTPS + p, BARE + p, BARE_S + p,
           ORIGIN + S.dynamic_path(a), HTTPS + S.dynamic_path(a),
           ORIGIN + S.print_path(a), HTTPS + S.print_path(a)]
    for key, track in C.BANNER:
        if key == a["key"]:
            out.append(ORIGIN + p + "?" + track)
    for other in C.ARTICLES:
        for b in other["blocks"]:
            if b[0] in ("p", "bp", "tail") and ("@legacy:" + a["key"]) in b[1]:
                out.append(ORIGIN + S.legacy_path(a))
    return uniq(out)


def article_truth(a):
    body, bp_in = body_and_bp(a["blocks"])
    check_content(a, body, bp_in)
    lines = page_lines(S.article_page(a))
    assert lines.count(MARK) == 1
    i = lines.index(MARK)
    bp = uniq(lines[:i] + bp_in + lines[i + 1:])
    clash = [l for l in bp if l in body]
    assert not clash, (a["key"], clash)
    return {
        "url": S.item_url(a),
        "aliases": aliases(a),
        "title": a["title"],
        "published_at": published(a),
        "author": a["author"],
        "source": a["source"],
        "category": C.COLUMNS[a["tid"]]["name"],
        "tags": list(a["tags"]),
        "views": a["views"],
        "body": body,
        "boilerplate": bp,
    }


def not_articles():
    out = []

    def add(path, kind):
        out.append({"url": ORIGIN + path, "kind": kind})

    add("/", "home")
    # article columns and their pages
    for tid in (2, 3, 4, 5, 6):
        d = C.COLUMNS[tid]["dir"]
        n = len(S.news_articles()) if tid == 2 else len(S.column_articles(tid))
        size = C.NEWS_ALL_SIZE if tid == 2 else C.COLUMNS[tid]["size"]
        pages = (n + size - 1) // size
        add(d, "category")
        for p in range(1, pages + 1):
            add(d + "list_%d_%d.html" % (tid, p), "list")
        if tid == 4:
            add(d + "list_4_%d.html" % (pages + 1), "list")  # first page of the pagination loop
    add("/news", "redirect")
    # single pages (园区概况, 招商指南, 优惠政策)
    for path, (tid, title, paras) in C.PAGES.items():
        add(path, "about")
    add("/zszx/yhzc/", "list")
    # space listings
    add("/zszx/changfang/", "factory-listing-list")
    add("/zszx/changfang/list_9_2.html", "factory-listing-list")
    add("/zszx/xiezilou/", "factory-listing-list")
    for l in sorted(C.LISTINGS, key=lambda l: l["aid"]):
        add(S.item_path(l), "factory-listing")
    add("/guestbook/", "contact-form")
    for l in sorted(C.LISTINGS, key=lambda l: l["aid"]):
        add("/guestbook/?fid=%d" % l["aid"], "contact-form")
    add("/contact/", "contact")
    add("/download/", "download")
    for d in sorted(C.DOWNLOADS, key=lambda d: d["aid"]):
        add(S.item_path(d), "download")
    add("/zhaopin/", "job")
    for j in sorted(C.JOBS, key=lambda j: j["aid"]):
        add(S.item_path(j), "job")
    add("/tags/", "tag")
    for i in range(1, len(C.TAGS) + 1):
        add("/tags/%d.html" % i, "tag")
    add("/huodong/rili.html", "calendar")
    add("/sitemap.html", "sitemap")
    add("/sitemap.xml", "sitemap")
    # attachments linked from articles and download pages
    linked = set()
    for a in C.ARTICLES:
        for b in a["blocks"]:
            if b[0] == "att" and b[3] in C.FILES:
                linked.add(b[3])
    for f in sorted(linked):
        add(f, "attachment")
    # dead links
    add("/vr/", "404")
    add("/news/hyzx/21.html", "404")
    add("/uploads/soft/20250603/1-2506031A5220.pdf", "404")
    return out


def forbidden():
    out = [ORIGIN + "/search.html"]
    out += [ORIGIN + "/search.html?keywords=" + quote(w) for w in C.HOT_WORDS]
    out += [ORIGIN + "/index.php?m=user&c=Users&a=login", ORIGIN + "/index.php?m=user&c=Users&a=reg"]
    out += [ORIGIN + "/index.php?m=home&c=View&a=downfile&aid=%d" % d["aid"]
            for d in sorted(C.DOWNLOADS, key=lambda d: d["aid"])]
    out += [ORIGIN + "/index.php?m=home&c=Guestbook&a=index&typeid=14",
            ORIGIN + "/index.php?m=api&c=Ajax&a=vertify&type=guestbook"]
    return out


TRAPS = [
    {"url_pattern": "/search.html?keywords=*&page=*", "kind": "search",
     "note": "Header search form and 热门搜索 links (disallowed in robots.txt); every result page links 下一页, even past the last result."},
    {"url_pattern": "/huodong/rili.html?ym=YYYY-MM", "kind": "calendar",
     "note": "园区活动日历 from the sidebar and the home page; 上月/下月 links go on from 1900-01 to 2100-12 (about 2400 pages)."},
    {"url_pattern": "/news/hyzx/list_4_N.html (N > 2)", "kind": "pagination-loop",
     "note": "行业资讯 pager always shows 下一页; pages past the end answer 200 with the last page's items and a further 下一页."},
    {"url_pattern": "/zszx/changfang/?mianji=*&zujin=*&louceng=*&order=*[&page=*]", "kind": "query-string",
     "note": "Faceted filter of the 厂房 list: 5 x 4 x 3 x 3 combinations, each linking to the others; only listings, no articles. Same on /zszx/xiezilou/?mianji=*&order=*."},
    {"url_pattern": "/index.php?m=home&c=View&a=index&aid=N", "kind": "duplicate",
     "note": "Dynamic ThinkPHP URL of every item; the tag pages link articles this way. Same page, canonical link to the pseudo-static URL."},
    {"url_pattern": "/plus/print.php?aid=N", "kind": "duplicate",
     "note": "Print view linked from every article (【打印】): same article, bare template, canonical to the article."},
    {"url_pattern": "/news/*/N.html?from=*, /zcjd/N.html?*", "kind": "query-string",
     "note": "Home banner links carry ?from=index_banner; any query string on a detail URL serves the same page."},
    {"url_pattern": "https://www.hyzzpark.com/*", "kind": "duplicate",
     "note": "https serves the same pages as http (no redirect); canonical links point at http://www."},
    {"url_pattern": "http(s)://hyzzpark.com/*", "kind": "duplicate",
     "note": "Bare host answers 301 to http://www.hyzzpark.com with the same path; one article body links that way."},
    {"url_pattern": "/html/<col>/YYYY/MMDD/N.html", "kind": "duplicate",
     "note": "Old CMS URL, 301 to the current article URL; linked from one article body."},
    {"url_pattern": "/news/list_2_N.html, /<col>/list_T_1.html", "kind": "duplicate",
     "note": "新闻中心 aggregates three columns; page 1 of every list is also reachable as list_T_1.html."},
    {"url_pattern": "/guestbook/?fid=N", "kind": "query-string",
     "note": "预约看房 button of every listing: the same form page with the listing prefilled."},
]


def main():
    arts = sorted(C.ARTICLES, key=lambda a: a["aid"])
    truth = {
        "name": "eyou_park",
        "hosts": [C.HOST, C.BARE_HOST],
        "start_urls": [ORIGIN + "/"],
        "timezone": "+08:00",
        "articles": [article_truth(a) for a in arts],
        "not_articles": not_articles(),
        "traps": TRAPS,
        "forbidden": forbidden(),
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("articles", len(truth["articles"]), "not_articles", len(truth["not_articles"]))


if __name__ == "__main__":
    main()
