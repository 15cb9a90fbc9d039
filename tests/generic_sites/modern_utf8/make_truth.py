"""Writes truth.json from the data site.py renders its pages from (no page is parsed).

Run: python3 make_truth.py  (from this folder)
"""

import importlib.util
import json
import os
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("lg_modern_utf8_site", os.path.join(HERE, "site.py"))
S = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(S)

W = S.HOST
B = S.BARE
C = S.CANON


def both(path, hosts=(W,)):
    return [f"{sch}://{h}{path}" for h in hosts for sch in ("https", "http")]


def article_entry(a):
    i = a["id"]
    canon = f"{C}/news/detail/{i}.html"
    aliases = []
    aliases += [u for u in both(f"/news/detail/{i}.html", (W, B)) if u != canon]
    aliases += both(f"/news/detail.html?id={i}")
    aliases += both(f"/news/print/{i}.html")
    aliases += both(f"/news/detail/{i}.html?utm_source=wechat&utm_medium=share")
    aliases += both(f"/news/detail/{i}.html?from=timeline")
    aliases += [f"{C}/news/detail/{i}.html?from=weibo"]
    if i == 1226:
        aliases += both(f"/news/detail/{i}.html?utm_source=home&utm_medium=entry&utm_campaign=zujin", (B, W))
    if "old_id" in a:
        aliases += both(f"/news/detail/{a['old_id']}.html", (W, B))
    body, _ = S.body_and_boilerplate_inside(a)
    e = {
        "url": canon,
        "aliases": aliases,
        "title": a["title"],
        "published_at": S._iso(a),
        "author": a["author"],
        "source": a["source"],
        "category": S.CATS[a["cat"]],
        "tags": [S.TAGS[t] for t in a["tags"]],
        "views": a["views"],
        "body": body,
        "boilerplate": S.article_boilerplate(a),
    }
    if a.get("original_title"):
        e["original_title"] = a["original_title"]
    return e


def pages(n, per):
    return max(1, (n + per - 1) // per)


def not_articles():
    out = [{"url": f"{C}/", "kind": "home"}]
    for cat in [None] + list(S.CATS):
        arts = [a for a in S.ARTICLES if cat is None or a["cat"] == cat]
        n = pages(len(arts), S.PER_PAGE)
        for sort in (None, "new", "hot"):
            for p in range(1, n + 1):
                url = C + S._qs("/news/list", cat=cat, sort=sort, page=p if p > 1 else None)
                out.append({"url": url, "kind": "list" if cat is None else "category"})
    for slug in S.TAGS:
        out.append({"url": f"{C}/news/tag/{slug}.html", "kind": "tag"})
    for m in sorted(S._months()):
        out.append({"url": f"{C}/news/archive/{m}.html", "kind": "archive"})
    for kw in ("标准厂房", "租金补贴"):
        out.append({"url": f"{C}/search?keyword={quote(kw)}", "kind": "search"})
    out.append({"url": f"{C}/space/", "kind": "factory-listing"})
    for t in S.SPACE_TYPES:
        items = [s for s in S.SPACES if s["type"] == t]
        for p in range(1, pages(len(items), S.SPACE_PER_PAGE) + 1):
            out.append({"url": C + S._qs("/space/list", type=t, page=p if p > 1 else None), "kind": "factory-listing"})
    for s in S.SPACES:
        out.append({"url": f"{C}/space/detail/{s['code']}.html", "kind": "factory-listing"})
    out.append({"url": f"{C}/service/", "kind": "product"})
    for slug in S.SERVICE_PAGES:
        out.append({"url": f"{C}/service/{slug}.html", "kind": "product"})
    out.append({"url": f"{C}/service/download.html", "kind": "download"})
    for p, _t, _d in S.DOWNLOADS:
        if p not in S.BROKEN:
            out.append({"url": C + p, "kind": "download"})
    out.append({"url": f"{C}/about/", "kind": "about"})
    out.append({"url": f"{C}/about/history.html", "kind": "about"})
    out.append({"url": f"{C}/about/contact.html", "kind": "contact"})
    out.append({"url": f"{C}/member/login.html", "kind": "login"})
    out.append({"url": f"{C}/member/register.html", "kind": "login"})
    return out


TRAPS = [
    {"url_pattern": "/news/archive/YYYY-MM.html", "kind": "calendar",
     "note": "every month of every year answers 200 with 上一月/下一月 links, without end; only 2024-01..2024-11 hold articles"},
    {"url_pattern": "/search?keyword=*&page=*", "kind": "search",
     "note": "search results always show a 下一页 link (page=N+1 answers 200, empty) - a pagination loop without end"},
    {"url_pattern": "/news/list?*sort=new|hot*", "kind": "query-string",
     "note": "sort-order variants of every list page (same articles, other order); any unknown parameter is ignored and answers the same list"},
    {"url_pattern": "/member/login.html?sid=*&return=*", "kind": "session-id",
     "note": "every page links the login page with its own sid; all serve the same login page"},
    {"url_pattern": "/news/detail/*.html?utm_*|?from=*", "kind": "query-string",
     "note": "tracking parameters on article URLs (share links, home entries); any query string serves the same article"},
    {"url_pattern": "/news/detail.html?id=*", "kind": "duplicate",
     "note": "legacy dynamic form of article URLs, linked from tag pages; same page, canonical points to /news/detail/ID.html"},
    {"url_pattern": "/news/print/*.html", "kind": "duplicate",
     "note": "print view of every article: same text, no canonical, no og:url, no nav"},
    {"url_pattern": "http(s)://lingang-sci.example.cn/*", "kind": "host-alias",
     "note": "the bare domain answers 301 to the same path on www (scheme kept)"},
    {"url_pattern": "/news/detail/1188.html", "kind": "redirect",
     "note": "moved article: 301 to /news/detail/1288.html (linked from the home page)"},
    {"url_pattern": "/news/detail/1099.html", "kind": "broken-link", "note": "404, linked from /service/download.html"},
    {"url_pattern": "/about/team.html", "kind": "broken-link", "note": "404, linked from the about pages' sub-navigation"},
    {"url_pattern": "/uploads/files/2023-annual-report.pdf", "kind": "broken-link", "note": "404, linked from /service/download.html"},
]

FORBIDDEN = (
    [u for p in ("/admin/", "/member/center/", "/api/", "/uploads/private/", "/member/dologin") for u in both(p, (W, B))]
    + [
        "http://en.lingang-sci.example.cn/",
        "https://www.shanghai.gov.cn/",
        "https://www.lingang.gov.cn/",
        "https://www.pudong.gov.cn/",
        "http://www.miit.gov.cn/",
        "https://beian.miit.gov.cn/",
        "https://service.weibo.com/",
        "https://map.baidu.com/",
        "http://192.168.1.20/",
        "http://10.0.3.17:8080/",
        "http://localhost:8080/",
    ]
)


def truth():
    return {
        "name": "modern_utf8",
        "hosts": list(S.Emulator.hosts),
        "start_urls": [f"http://{W}/"],
        "timezone": "+08:00",
        "articles": [article_entry(a) for a in sorted(S.ARTICLES, key=lambda a: a["id"])],
        "not_articles": not_articles(),
        "traps": TRAPS,
        "forbidden": FORBIDDEN,
    }


if __name__ == "__main__":
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth(), f, ensure_ascii=False, indent=1)
        f.write("\n")
