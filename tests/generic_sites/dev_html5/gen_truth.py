"""Write truth.json from the content data (content.py) and the block builders of site.py.

Run from this folder: python3 gen_truth.py
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import importlib.util

_spec = importlib.util.spec_from_file_location("dev_html5_site", os.path.join(os.path.dirname(os.path.abspath(__file__)), "site.py"))
S = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(S)

from content import CATEGORIES, LISTINGS, TAG_SLUGS  # noqa: E402


def main():
    arts = []
    for a in S.ALL:
        p = S.apath(a)
        aliases = [S.ORIGIN + p, "http://" + S.BARE + p, "https://" + S.BARE + p, S.CANON + p + "/", S.ORIGIN + p + "/",
                   S.ORIGIN + p + "?view=print", S.ORIGIN + p + "?utm_source=share&utm_medium=copylink", S.ORIGIN + p + "?from=related"]
        rec = {
            "url": S.CANON + p,
            "aliases": aliases,
            "title": a["title"],
            "published_at": S.iso_date(a),
            "author": a["author"],
            "source": a["source"],
            "category": S.CAT_NAME[a["cat"]],
            "tags": list(a["tags"]),
            "views": a["views"],
            "body": S.body_texts(a),
            "boilerplate": S.article_parts(a)[1],
        }
        if a.get("orig_title"):
            rec["original_title"] = a["orig_title"]
        arts.append(rec)
    na = [{"url": S.CANON + "/", "kind": "home"}]
    for cat, _ in CATEGORIES:
        na.append({"url": f"{S.CANON}/{cat}/", "kind": "category"})
        n = 2
        while S.list_page(cat, n):
            na.append({"url": f"{S.CANON}/{cat}/page/{n}", "kind": "list"})
            n += 1
    used = sorted({t for a in S.ALL for t in a["tags"]}, key=lambda t: TAG_SLUGS[t])
    for t in used:
        na.append({"url": f"{S.CANON}/tag/{TAG_SLUGS[t]}", "kind": "tag"})
    na.append({"url": f"{S.CANON}/topics/jichengdianlu-zhuanti", "kind": "topic"})
    na.append({"url": f"{S.CANON}/space/", "kind": "listing-list"})
    for s in LISTINGS:
        na.append({"url": f"{S.CANON}/space/{s['slug']}", "kind": "listing"})
    na.append({"url": f"{S.CANON}/downloads/", "kind": "download"})
    na.append({"url": f"{S.CANON}/downloads/ruzhu-shenqing-biao", "kind": "download"})
    na.append({"url": f"{S.CANON}/about/", "kind": "about"})
    na.append({"url": f"{S.CANON}/about/fazhan-licheng", "kind": "about"})
    na.append({"url": f"{S.CANON}/contact/", "kind": "contact"})
    n = 2
    while S.api_posts(n):
        na.append({"url": f"{S.CANON}/api/posts?page={n}", "kind": "api"})
        n += 1
    host = r"^https?://(www\.)?hnzhihui\.example\.cn"
    traps = [
        {"url_pattern": host + r"/events/calendar/", "kind": "calendar",
         "note": "活动日历: 上一月/下一月 links go on forever in both directions (any YYYY-MM answers 200)."},
        {"url_pattern": host + r"/service/.*[?&]sid=", "kind": "session-id",
         "note": "企业服务大厅: every page links three pages with a new sid derived from the current one; /service/ without sid 302s to a sid URL."},
        {"url_pattern": host + r"/search/?\?", "kind": "search",
         "note": "Search results: always a 下一页 link (page=N+1) and 相关搜索 links that append words to q: endless."},
        {"url_pattern": host + r"/archive/\?offset=", "kind": "pagination-loop",
         "note": "文章归档: offset grows by 10 forever, items wrap round the 32 articles."},
        {"url_pattern": r"^https?://hnzhihui\.example\.cn/", "kind": "duplicate",
         "note": "Bare host (linked as 手机版 in the footer) serves the whole site again under the same paths."},
        {"url_pattern": r"[?&](utm_source|utm_medium|from|view)=", "kind": "duplicate",
         "note": "Article query forms: ?utm_source=share&utm_medium=copylink (share bar), ?from=related (related cards), ?view=print (print view); unknown parameters are ignored, so any query string repeats the article."},
        {"url_pattern": host + r"/(insights|policy|media|notice)/[a-z-]+/$", "kind": "duplicate",
         "note": "Article URL with a trailing slash 301s to the slash-less form."},
    ]
    truth = {
        "name": "dev_html5",
        "hosts": S.HOSTS,
        "start_urls": [S.ORIGIN + "/"],
        "timezone": "+08:00",
        "articles": arts,
        "not_articles": na,
        "traps": traps,
        "forbidden": list(S.FORBIDDEN),
    }
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "truth.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(arts), "articles,", len(na), "not_articles,", len(traps), "traps")


if __name__ == "__main__":
    main()
