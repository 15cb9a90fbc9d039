"""Writes truth.json from the content data (run: python3 make_truth.py inside this folder)."""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import importlib.util

_spec = importlib.util.spec_from_file_location("park_site", os.path.join(os.path.dirname(os.path.abspath(__file__)), "site.py"))
S = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(S)

O = S.ORIGIN


def article_truth(a):
    aliases = ["http://" + S.BARE + S.art_path(a), f"{O}/plus/print.php?aid={a['id']}", f"{O}/show.php?id={a['id']}"]
    if a["id"] in S.RELATED_LINKED:
        aliases.append(S.art_url(a) + "?from=related")
    t = {
        "url": S.art_url(a),
        "aliases": aliases,
        "title": a["title"],
        "published_at": S.published_at(a),
        "author": a["author"] or a.get("byline_author"),
        "source": a["source"],
        "category": S.CATS[a["cat"]],
        "tags": [S.TAGS[x] for x in a["tags"]],
        "views": a["views"],
        "body": S.truth_body(a),
        "boilerplate": S.render_article(a, 1)[1] if len(S.page_chunks(a)) == 1 else _bp_all(a),
    }
    if a["original_title"]:
        t["original_title"] = a["original_title"]
    return t


def _bp_all(a):
    # blocks of the first page; outlet junk that stands on the last page is already listed by render_article
    return S.render_article(a, 1)[1]


def main():
    arts = sorted(S.ARTICLES, key=lambda a: a["id"])
    na = [{"url": O + "/", "kind": "home"}]
    for cat in S.CAT_ORDER:
        for n in range(1, S.cat_pages(cat) + 1):
            na.append({"url": O + (S.cat_list_path(cat) if n == 1 else f"/html/{cat}/list_{n}.html"), "kind": "list"})
    for a in arts:
        for k in range(2, len(S.page_chunks(a)) + 1):
            na.append({"url": S.art_url(a, k), "kind": "article-continuation"})
    for slug in S.TAGS:
        na.append({"url": f"{O}/tag/{slug}.html", "kind": "tag"})
    na.append({"url": f"{O}/zhuanti/index.html", "kind": "topic-index"})
    for t in S.TOPICS:
        na.append({"url": f"{O}/zhuanti/{t['slug']}.html", "kind": "topic"})
    na.append({"url": f"{O}/changfang/index.html", "kind": "listing-index"})
    for l in S.LISTINGS:
        na.append({"url": f"{O}/changfang/{l['id']}.html", "kind": "listing"})
    na.append({"url": f"{O}/down/index.html", "kind": "download-index"})
    for d in S.DOWNLOADS:
        na.append({"url": f"{O}/down/show_{d['id']}.html", "kind": "download"})
    for key in ("index", "zuzhi", "mianze"):
        na.append({"url": f"{O}/about/{key}.html", "kind": "about"})
    na.append({"url": f"{O}/about/lianxi.html", "kind": "contact"})

    traps = [
        {"url_pattern": f"{O}/plus/calendar.php?d=", "kind": "calendar",
         "note": "发布日历: every month links the previous and next month (and 28 day pages), without end"},
        {"url_pattern": f"{O}/search.php?q=", "kind": "search",
         "note": "search results: 下一页 always links page+1, 相关搜索 builds ever longer queries"},
        {"url_pattern": f"{O}/map.php", "kind": "session-id",
         "note": "园区地图: every page links itself with a new sid (sha1 chain) and &park= variants"},
        {"url_pattern": f"{O}/plus/comment.php?aid=", "kind": "pagination-loop",
         "note": "网友评论 pages: 下一页 always links p+1 (empty pages forever)"},
        {"url_pattern": f"{O}/plus/print.php?aid=", "kind": "duplicate",
         "note": "print view of an article (whole article on one page), an alias of the article"},
        {"url_pattern": "?from=related", "kind": "duplicate",
         "note": "tracking parameter on related-article links; any query string on an article URL serves the article"},
        {"url_pattern": f"http://{S.BARE}/", "kind": "duplicate",
         "note": "bare host: article first pages answer 200 (alias); every other path 301s to www"},
        {"url_pattern": f"{O}/show.php?id=", "kind": "duplicate",
         "note": "old dynamic URL, 301 to the article's static URL"},
    ]
    forbidden = [O + p for p in ("/member/", "/down/download.php", "/plus/vote.php", "/api/", "/templets/")]
    truth = {
        "name": "park_phpcms",
        "hosts": [S.HOST, S.BARE],
        "start_urls": [O + "/"],
        "timezone": "+08:00",
        "articles": [article_truth(a) for a in arts],
        "not_articles": na,
        "traps": traps,
        "forbidden": forbidden,
    }
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "truth.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(truth["articles"]), len(na), len(traps))


if __name__ == "__main__":
    main()
