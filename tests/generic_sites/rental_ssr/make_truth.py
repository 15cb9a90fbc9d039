# -*- coding: utf-8 -*-
"""Write truth.json from the data (rental_content.py) and the text constants of site.py.
Never parses rendered pages."""
import importlib.util
import json
import os
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import rental_content as C  # noqa: E402

_spec = importlib.util.spec_from_file_location("rental_ssr_site", os.path.join(HERE, "site.py"))
S = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(S)

WWW = f"http://{C.WWW}"


def published(a):
    if a["date_mode"] == "dateonly":
        return a["date"]
    return a["date"].replace(" ", "T") + "+08:00"


def aliases(a):
    p = C.article_path(a)
    out = [f"https://{C.WWW}{p}", f"http://{C.DOMAIN}{p}", f"https://{C.DOMAIN}{p}",
           f"http://{C.MOBILE}{p}", f"https://{C.MOBILE}{p}",
           f"{WWW}/amp{p}", f"https://{C.WWW}/amp{p}",
           f"{WWW}{p}?spm={C.spm_for(a)}", f"{WWW}{p}?utm_source=tag"]
    if any(a in C.related(b) for b in C.ARTICLES if b is not a):
        out.append(f"{WWW}{p}?utm_source=related&utm_medium=pc")
    if a["id"] in C.APP_FEATURED:
        out.append(f"{WWW}{p}?from=app")
    if a["id"] in C.LEGACY_IDS:
        out.append(f"{WWW}/article/{a['id']}")   # 301 -> canonical
    return out


def articles():
    out = []
    for a in C.by_date():
        out.append({
            "url": WWW + C.article_path(a),
            "aliases": aliases(a),
            "title": a["title"],
            "published_at": published(a),
            "author": a["author"],
            "source": a["source"],
            "category": C.CAT_NAME[a["cat"]],
            "tags": list(a["tags"]),
            "views": a["views"],
            "body": C.body_paragraphs(a),
            "boilerplate": S.article_boilerplate(a),
        })
    return out


def not_articles():
    na = [(f"{WWW}/", "home"), (f"http://{C.MOBILE}/", "home"), (f"{WWW}/sh/", "home"), (f"{WWW}/sz/", "home"),
          (f"{WWW}/zixun/", "list"), (f"{WWW}/zixun/?page=2", "list"), (f"{WWW}/zixun/?page=3", "list"),
          (f"{WWW}/zixun/archive/202410/", "list"), (f"{WWW}/sitemap.html", "list")]
    for c, _ in C.CATEGORIES:
        na.append((f"{WWW}/zixun/{c}/", "category"))
    na.append((f"{WWW}/zixun/yqdt/?page=2", "category"))
    tags = []
    for a in C.by_date():
        for t in a["tags"]:
            if t not in tags:
                tags.append(t)
    for t in tags[:8]:
        na.append((f"{WWW}/tag/{quote(t)}/", "tag"))
    for k in S.LIST_KINDS:
        na.append((f"{WWW}/{k}/", "list"))
    na.append((f"{WWW}/sh/changfang/", "list"))
    for l in C.LISTINGS:
        na.append((f"{WWW}/{l['kind']}/{l['id']}.html", "factory-listing"))
    na.append((f"{WWW}/jingjiren/", "broker"))
    for bid, _, _ in C.BROKERS:
        na.append((f"{WWW}/jingjiren/{bid}/", "broker"))
    na += [(f"{WWW}/about/", "about"), (f"{WWW}/contact/", "contact"), (f"{WWW}/login/", "login"),
           (f"{WWW}/register/", "login"), (f"{WWW}/app/", "download"),
           (f"{WWW}/search?kw={quote('上海厂房出租')}", "search")]
    return [{"url": u, "kind": k} for u, k in na]


TRAPS = [
    {"url_pattern": "http://www.youchangfang.cn/search?kw=*&page=N", "kind": "search",
     "note": "every result page (even empty) links 下一页 to page N+1; footer has 10 hot-search keywords"},
    {"url_pattern": "http://www.youchangfang.cn/{changfang,cangku,tudi,chushou,yuanqu}/?area=*&price=*&sort=*", "kind": "query-string",
     "note": "filter bar links every combination of area/price/sort (the result set only rotates); 100 combos per list kind per city"},
    {"url_pattern": "http://www.youchangfang.cn/{kind}/?...&page=N", "kind": "pagination-loop",
     "note": "listing lists (filtered or not) always offer 下一页; pages past the end answer 200 with 没有找到符合条件的房源"},
    {"url_pattern": "http://www.youchangfang.cn/zixun/?page=N (N>3)", "kind": "pagination-loop",
     "note": "资讯 list has 3 real pages; page 3 still links page 4, and every page N links N+1: 200 with 暂无更多资讯"},
    {"url_pattern": "http://www.youchangfang.cn/zixun/archive/YYYYMM/", "kind": "calendar",
     "note": "monthly archive with 上个月/下个月 links forever in both directions; months 2024-06..2024-11 hold articles"},
    {"url_pattern": "http://www.youchangfang.cn/{sh,sz,hz,su,gz,dg,wh,cd,hf,qd}/[changfang/|cangku/|tudi/|chushou/|yuanqu/|zixun/]", "kind": "duplicate",
     "note": "city switcher: copies of the home page, listing lists and the 资讯 list (same listings, same articles, only the city label changes)"},
    {"url_pattern": "http://www.youchangfang.cn/news/*.html?spm=*|?utm_source=*|?from=*", "kind": "duplicate",
     "note": "tracking params on article links (资讯 list: spm, tag pages: utm_source=tag, 相关资讯: utm_source=related, APP page: from=app); any query string answers the same article"},
    {"url_pattern": "http://m.youchangfang.cn/news/*.html, http://www.youchangfang.cn/amp/news/*.html, http(s)://youchangfang.cn/*, https://*", "kind": "duplicate",
     "note": "mobile (Next-like app) and AMP renderings, bare host and https all serve the same articles; canonical names https://www."},
    {"url_pattern": "http://www.youchangfang.cn/login/?redirect=<path>", "kind": "query-string",
     "note": "every article page links login with its own redirect param: one login page per article"},
]


def forbidden():
    out = []
    for host in (C.WWW, C.DOMAIN, C.MOBILE):
        for scheme in ("http", "https"):
            for p in ("/api/", "/user/", "/admin/"):
                out.append(f"{scheme}://{host}{p}")
    return out


def main():
    truth = {"name": "rental_ssr", "hosts": [C.WWW, C.DOMAIN, C.MOBILE],
             "start_urls": [f"{WWW}/"], "timezone": "+08:00",
             "articles": articles(), "not_articles": not_articles(), "traps": TRAPS, "forbidden": forbidden()}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(len(truth["articles"]), "articles,", len(truth["not_articles"]), "not_articles")


if __name__ == "__main__":
    main()
