# -*- coding: utf-8 -*-
"""Write truth.json from the data in asp_content.py (and the URL helpers of site.py); no page is parsed."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import asp_content as C  # noqa: E402
import importlib.util  # noqa: E402

_spec = importlib.util.spec_from_file_location("asp_site", os.path.join(HERE, "site.py"))
S = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(S)

WWW, BARE = "www." + C.HOST, C.HOST
HOST_FORMS = [f"{s}://{h}" for s in ("http", "https") for h in (WWW, BARE)]  # first is canonical
CANON = HOST_FORMS[0]
NOT_PERSONS = {"佚名", "admin", "本站", "管理员"}
NOT_SOURCES = {"本站原创", "本站", "原创"}


def norm(s: str) -> str:
    return " ".join(s.split())


def body_of(a):
    out = []
    for items in a["pages"]:
        for it in items:
            if isinstance(it, str):
                out.append(norm(it))
            elif it[0] == "h":
                out.append(norm(it[1]))
            elif it[0] == "table":
                out += [norm(" ".join(r)) for r in it[1]]
    return out


def published(a):
    d = a["date"]
    if len(d) == 6:
        return f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}T{d[3]:02d}:{d[4]:02d}+08:00"
    return f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}"


def article(a):
    canon_path = S.art_path(a)
    paths = [canon_path, S.art_classid_path(a)]
    if len(a["pages"]) > 1:
        paths.append(S.art_path(a, 1))
    if S.print_path(a):
        paths.append(S.print_path(a))
    paths += [p for i, p in S.RECOMMEND if i == a["id"] and p]
    if a["id"] in S.LEGACY_LINKED:
        paths.append(f"/news_view.asp?id={a['id']}")  # answers 301 to the canonical URL
    aliases = [h + p for p in paths for h in HOST_FORMS if h + p != CANON + canon_path]
    return {
        "url": CANON + canon_path,
        "aliases": aliases,
        "title": a["title"],
        "published_at": published(a),
        "author": None if a["author"] in NOT_PERSONS else a["author"],
        "source": None if a["source"] in NOT_SOURCES else a["source"],
        "category": C.CLASSES[a["cls"]][0],
        "tags": list(a["tags"]),
        "views": a["hits"] if a["hits_plain"] else None,
        "body": body_of(a),
        "boilerplate": [norm(x) for x in S.boilerplate_texts(a)],
    }


def not_articles():
    out = [{"url": CANON + "/", "kind": "home"}]
    for cls in C.CLASSES:
        n = len([a for a in C.ARTICLES if a["cls"] == cls])
        pages = (n + C.LIST_PAGE_SIZE - 1) // C.LIST_PAGE_SIZE
        out.append({"url": CANON + S.list_path(cls), "kind": "category"})
        for p in range(1, pages + 1):
            out.append({"url": CANON + S.list_path(cls, p), "kind": "list"})
    out.append({"url": CANON + "/Factory/FactoryList.asp", "kind": "list"})
    out.append({"url": CANON + "/Factory/FactoryList.asp?type=1", "kind": "list"})
    out.append({"url": CANON + "/Factory/FactoryList.asp?type=2", "kind": "list"})
    for f in C.FACTORIES:
        out.append({"url": CANON + S.factory_url(f), "kind": "factory-listing"})
    out.append({"url": CANON + "/About.asp", "kind": "about"})
    out.append({"url": CANON + "/Contact.asp", "kind": "contact"})
    gpages = (len(C.GUESTBOOK) + C.GUESTBOOK_PAGE_SIZE - 1) // C.GUESTBOOK_PAGE_SIZE
    out.append({"url": CANON + "/GuestBook/Index.asp", "kind": "guestbook"})
    for p in range(1, gpages + 1):
        out.append({"url": CANON + f"/GuestBook/Index.asp?page={p}", "kind": "guestbook"})
    out.append({"url": CANON + "/GuestBook/Write.asp", "kind": "guestbook"})
    out.append({"url": CANON + "/Login.asp", "kind": "login"})
    out.append({"url": CANON + "/Download.asp", "kind": "download"})
    for k in ("厂房", "招商", "补贴"):
        out.append({"url": CANON + f"/Search.asp?keyword={S.gbk_q(k)}&page=1", "kind": "search"})
    for y, m in S.ARCHIVE_MONTHS:
        out.append({"url": CANON + f"/Archive.asp?year={y}&month={m}", "kind": "calendar"})
    for a in C.ARTICLES:
        for p in range(2, len(a["pages"]) + 1):
            out.append({"url": CANON + S.art_path(a, p), "kind": "article-page"})
    return out


TRAPS = [
    {"url_pattern": "/Search.asp?keyword=*&page=N", "kind": "search",
     "note": "site search always offers 下一页 (page N+1), even past the last result; keywords are GBK percent-encoded; tag links add &field=Keyword"},
    {"url_pattern": "/Archive.asp?year=Y&month=M[&day=D]", "kind": "calendar",
     "note": "文章归档 calendar: 上一月/下一月 run without end in both directions; day links repeat the month"},
    {"url_pattern": "/GuestBook/Index.asp?page=N", "kind": "pagination-loop",
     "note": "guestbook always links 下一页 to page N+1; past page 3 it repeats page 3's messages forever"},
    {"url_pattern": "/NewsList.asp?ClassID=C&...&SessionID=X", "kind": "session-id",
     "note": "lists reached from /Login.asp carry a SessionID that changes on every hop (next = md5 of previous); same lists as without it"},
    {"url_pattern": "/NewsList.asp?ClassID=C&page=N&order=time|hits", "kind": "query-string",
     "note": "sort-order variants of every list (排序：按时间 | 按点击); same articles, other order"},
    {"url_pattern": "/Article/ShowArticle.asp?ArticleID=N&ClassID=C , /News/NewsShow.asp?id=N&ClassID=C", "kind": "duplicate",
     "note": "热门文章 links carry an extra ClassID parameter: the same article page"},
    {"url_pattern": "/article/showarticle.asp?articleid=N", "kind": "duplicate",
     "note": "推荐文章 links two articles in lower case; IIS paths and query keys are case-insensitive"},
    {"url_pattern": "/Article/Print.asp?ArticleID=N", "kind": "duplicate",
     "note": "【打印此文】 print view: the whole article (all pages) without the site frame"},
    {"url_pattern": "...&ArticlePage=1 , ...&page=1", "kind": "duplicate",
     "note": "the [1] link of split articles names page 1 explicitly"},
    {"url_pattern": "http(s)://(www.)xgcyy.cn/*", "kind": "duplicate",
     "note": "the footer links http://xgcyy.cn/ and https://www.xgcyy.cn/; every page answers on all four host forms"},
    {"url_pattern": "/news_view.asp?id=N", "kind": "duplicate",
     "note": "legacy URLs (图片新闻, 园区简介) answer 301 to the article's canonical URL"},
]


def main():
    truth = {
        "name": "asp_gb2312",
        "hosts": [WWW, BARE],
        "start_urls": [CANON + "/"],
        "timezone": "+08:00",
        "articles": [article(a) for a in C.ARTICLES],
        "not_articles": not_articles(),
        "traps": TRAPS,
        "forbidden": [h + p for p in S.FORBIDDEN for h in HOST_FORMS],
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
