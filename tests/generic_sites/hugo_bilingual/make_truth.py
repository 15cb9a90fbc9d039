"""Write truth.json for hugo_bilingual from the data in hugo_content.py (never from rendered pages)."""

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import hugo_content as C  # noqa: E402

W = "http://" + C.WWW
B = "http://" + C.HOST


def aliases(e, home_ids, related_ids):
    p = e["path"]
    out = ["https://" + C.WWW + p, B + p, "https://" + C.HOST + p, W + p.rstrip("/"), W + "/amp" + p]
    if e["id"] in home_ids:
        out.append(W + p + "?ref=home")
    if e["id"] in related_ids:
        out.append(W + p + "?ref=related")
    if e["lang"] == "zh" and e.get("old"):
        out.append(W + e["old"])
    if e["id"] == "a01":
        out.append(W + p + "?utm_source=homepage&utm_medium=banner")
    return out


def main():
    home_ids = {e["id"] for lang in ("zh", "en") for e in C.lang_entries(lang)[:6]}
    related_ids = {r["id"] for e in C.ENTRIES for r in C.related(e)}
    arts = []
    for e in C.ENTRIES:
        arts.append({
            "url": W + e["path"],
            "aliases": aliases(e, home_ids, related_ids),
            "title": e["title"],
            "published_at": C.published(e),
            "author": C.author_name(e),
            "source": e["source"],
            "category": C.cat_name(e),
            "tags": C.tag_names(e),
            "views": None,
            "body": C.body_strings(e["body"]),
            "boilerplate": C.boilerplate(e),
        })
    na = [{"url": W + "/", "kind": "home"}, {"url": W + "/en/", "kind": "home"}]
    for lang in ("zh", "en"):
        n = len(C.lang_entries(lang))
        pages = (n + C.PER_PAGE - 1) // C.PER_PAGE
        na.append({"url": f"{W}/{lang}/news/", "kind": "list"})
        na += [{"url": f"{W}/{lang}/news/page/{i}/", "kind": "list"} for i in range(2, pages + 1)]
        na.append({"url": f"{W}/{lang}/categories/", "kind": "list"})
        na += [{"url": f"{W}/{lang}/categories/{c}/", "kind": "category"} for c in C.CATEGORIES]
        na.append({"url": f"{W}/{lang}/tags/", "kind": "list"})
        na += [{"url": f"{W}/{lang}/tags/{t}/", "kind": "tag"} for t in C.TAGS]
        na.append({"url": f"{W}/{lang}/about/", "kind": "about"})
    na.append({"url": W + "/zh/contact/", "kind": "contact"})
    na += [{"url": f"{W}/zh/park/{k}/", "kind": "park-profile"} for k in C.PARK_PROFILES]
    na.append({"url": W + "/zh/space/", "kind": "list"})
    na += [{"url": f"{W}/zh/space/{s[0]}/", "kind": "factory-listing"} for s in C.SPACES]
    na.append({"url": W + "/zh/careers/", "kind": "careers"})
    na.append({"url": W + "/zh/search/", "kind": "search"})
    na.append({"url": W + "/index.xml", "kind": "feed"})
    na.append({"url": W + "/en/index.xml", "kind": "feed"})
    na.append({"url": W + "/sitemap.xml", "kind": "sitemap"})
    zh_pages = (len(C.lang_entries("zh")) + C.PER_PAGE - 1) // C.PER_PAGE
    traps = [
        {"url_pattern": W + "/zh/search/?q=*", "kind": "search",
         "note": "JS-driven search: the same empty shell (200) for any q; linked as 热门搜索 from the search page"},
        {"url_pattern": W + f"/zh/news/page/N/ (N > {zh_pages}); /en/news/page/N/ (N > 1)", "kind": "soft-404",
         "note": "the pager's 下一页/Older link is always shown; past the end the 404 page answers with status 200"},
        {"url_pattern": W + "/{zh,en}/tags/<tag>+<tag>[+<tag>...]/", "kind": "pagination-loop",
         "note": "tag combinations: every tag page links 'related tags' appending each other tag, unsorted (a+b and b+a both exist); combinatorially endless, mostly empty lists"},
        {"url_pattern": W + "/<article path>?ref=home|related", "kind": "query-string",
         "note": "tracking parameter on internal links; same article, canonical names the path without query"},
        {"url_pattern": W + "/<article path>?utm_source=...&utm_medium=...", "kind": "query-string",
         "note": "home banner link; same article"},
        {"url_pattern": W + "/amp/<article path>", "kind": "duplicate",
         "note": "AMP copy of every article (rel=amphtml), canonical points back"},
        {"url_pattern": B + "/*", "kind": "duplicate",
         "note": "bare host serves every page with 200 (no redirect); canonical names https://www."},
        {"url_pattern": W + "/<path without trailing slash>", "kind": "duplicate",
         "note": "301 to the slash form"},
    ]
    forbidden = []
    for base in (W, B, "https://" + C.WWW, "https://" + C.HOST):
        forbidden += [base + p for p in ("/admin/", "/preview/", "/drafts/")]
    truth = {"name": "hugo_bilingual", "hosts": [C.WWW, C.HOST], "start_urls": [W + "/"], "timezone": "+08:00",
             "articles": arts, "not_articles": na, "traps": traps, "forbidden": forbidden}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(arts), "articles,", len(na), "not_articles")


if __name__ == "__main__":
    main()
