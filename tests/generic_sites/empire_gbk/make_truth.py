"""Write truth.json for empire_gbk from the data in empire_content.py (never from rendered pages)."""

import json
import os
import re
import sys
from urllib.parse import quote

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import empire_content as C  # noqa: E402

W = "http://" + C.WWW
HOSTS = ["http://" + C.WWW, "https://" + C.WWW, "http://" + C.HOST, "https://" + C.HOST]


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u3000", " ").replace("\xa0", " ")).strip()


def body_of(a):
    out = []
    for b in a["blocks"]:
        k = b[0]
        if k in ("p", "h"):
            out.append(b[1])
        elif k == "br":
            out.extend(b[1])
        elif k == "img" and b[2]:
            out.append(b[2])  # captions are body (the article's own words about its picture)
        elif k == "table":
            out.extend(" ".join(r) for r in b[1])
    return [norm(x) for x in out]


def in_body_boilerplate(a):
    out = []
    for b in a["blocks"]:
        if b[0] == "bp":
            out.append(b[1])
        elif b[0] == "p" and len(b) > 2:
            out.append(b[2])
    return out


def boilerplate_of(a):
    c = C.CLASSES[a["classid"]]
    style = c["style"]
    bp = [C.TOPBAR, " ".join(C.NAV), "热门搜索：光伏 标准厂房 招商",
          "当前位置：首页 > 新闻中心 > %s" % c["name"]]
    if style == "tzgg":
        y, m, d = a["date"].split("-")
        bp.append("发布日期：%d年%d月%d日　%s" % (int(y), int(m), int(d), C.FONT_TOOLS))
    else:
        click = str(a["views"]) if style == "zsdt" else ""
        bp.append("时间：%s %s　来源：%s　作者：%s　点击：%s" % (a["date"], a["time"], a["source_shown"] or "",
                                                        a["author"] or "", click))
    if a["tags"]:
        bp.append("TAGS：" + " ".join(a["tags"]))
    bp.extend(in_body_boilerplate(a))
    if style == "zsdt":
        bp.extend(C.CONTACT_BLOCK)
    n = len(C.pages(a))
    if n > 1:
        bp.append("[1] " + " ".join("[%d]" % i for i in range(2, n + 1)) + " [下一页]")
    bp.append(C.SHARE_TEXT + " ".join(C.SHARE_ITEMS))
    bp.append(C.TOOLS_TEXT)
    bp.append(C.DISCLAIMER)
    prev, nxt = C.prev_next(a)
    bp.append("上一篇：" + (prev["title"] if prev else "没有了"))
    bp.append("下一篇：" + (nxt["title"] if nxt else "没有了"))
    bp.append("相关文章")
    bp.extend(r["title"] for r in C.related(a))
    if style in ("yqdt", "mtbd"):
        bp.append("网友评论")
        cm = C.comments(a)
        for who, t, text in cm:
            bp.append("%s %s" % (who, t))
            bp.append(text)
        if not cm:
            bp.append("暂无评论")
        bp.append("网友评论仅供其表达个人看法，并不表明本站同意其观点或证实其描述。")
    bp.append("热点排行")
    bp.extend(h["title"] for h in C.hot_list())
    bp.append("最新文章")
    bp.extend(x["title"] for x in C.latest_list())
    bp.extend(C.SIDE_CONTACT)
    bp.append("友情链接：商务部 中国开发区网 省政府门户网站 内部办公OA 招商项目管理系统 后台 数据库 " + C.HOST)
    bp.extend(C.FOOTER_LINES)
    bp.append("0734-8812000 zsj@hzyqzs.cn")
    seen, out = set(), []
    for x in bp:
        x = norm(x)
        if x and x not in seen:
            seen.add(x)
            out.append(x)
    return out


def aliases_of(a):
    path = C.url_path(a)
    dyn = "/e/action/ShowInfo.php?classid=%d&id=%d" % (a["classid"], a["id"])
    prt = "/e/DoPrint/?classid=%d&id=%d" % (a["classid"], a["id"])
    out = []
    for h in HOSTS:
        for p in (path, dyn, prt):
            u = h + p
            if u != W + path:
                out.append(u)
    if a["id"] == 1014:
        out.append(W + path + "?from=index")
    for key, (_, ids) in C.TOPICS.items():
        if a["id"] in ids and key == "yingshang":
            out.append(W + path + "?from=zt")
    if a["id"] in C.OLD_URLS:
        out.append(W + C.OLD_URLS[a["id"]])  # 301 to the canonical URL
    return out


def article_truth(a):
    c = C.CLASSES[a["classid"]]
    if c["style"] == "tzgg":
        published = a["date"]
    else:
        published = "%sT%s+08:00" % (a["date"], a["time"][:5])
    orig = [b[1][4:] for b in a["blocks"] if b[0] == "bp" and b[1].startswith("原标题：")]
    return {
        "url": W + C.url_path(a),
        "aliases": aliases_of(a),
        "title": a["title"],
        "published_at": published,
        "author": None if (a["author"] in C.AUTHOR_NOT_PERSON) else a["author"],
        "source": a["source"],
        "category": c["name"],
        "tags": list(a["tags"]) if c["style"] == "zsdt" else [],
        "views": a["views"] if c["style"] == "zsdt" else None,
        "original_title": orig[0] if orig else None,
        "body": body_of(a),
        "boilerplate": boilerplate_of(a),
    }


def not_articles():
    na = [(W + "/", "home"), (W + "/index.html", "home"), (W + "/news/", "category")]
    for cid in C.NEWS_CLASSES:
        base = W + "/" + C.CLASSES[cid]["path"] + "/"
        na.append((base, "list"))
        na.append((base + "index.html", "list"))
        n = (len(C.class_articles(cid)) + C.PER_PAGE - 1) // C.PER_PAGE
        for p in range(2, n + 1):
            na.append((base + "index_%d.html" % p, "list"))
        for m in range(1, 7):
            na.append((W + "/e/action/ListInfo/?classid=%d&date=2024-%02d" % (cid, m), "calendar"))
    for a in C.ARTICLES:
        for p in range(2, len(C.pages(a)) + 1):
            na.append((W + C.url_path(a, p), "article-page"))
    na.append((W + "/zt/", "list"))
    for key in C.TOPICS:
        na.append((W + "/zt/%s/" % key, "topic"))
    na.append((W + "/changfang/", "list"))
    for f in C.FACTORIES:
        na.append((W + "/changfang/%s/%d.html" % (f[1], f[0]), "factory-listing"))
    na.append((W + "/download/", "download"))
    for d in C.DOWNLOADS:
        na.append((W + "/download/%s/%d.html" % (d[1], d[0]), "download"))
    na += [(W + "/about/", "about"), (W + "/e/extend/yqmap/", "about"), (W + "/contact/", "contact"),
           (W + "/sitemap.html", "list"),
           (W + "/e/tool/gbook/?bid=1", "guestbook"), (W + "/e/tool/gbook/?bid=1&page=1", "guestbook"),
           (W + "/e/tool/gbook/?bid=1&page=2", "guestbook"),
           (W + "/e/member/login/", "login"), (W + "/e/member/register/", "login")]
    for sid in sorted(C.SEARCH_WORDS):
        na.append((W + "/e/search/result/?searchid=%d" % sid, "search"))
    tags = []
    for a in C.ARTICLES:
        for t in a["tags"]:
            if t not in tags:
                tags.append(t)
    for t in tags:
        na.append((W + "/e/tags/?tagname=" + quote(t.encode("gbk")), "tag"))
    return [{"url": u, "kind": k} for u, k in na]


TRAPS = [
    {"url_pattern": "/e/search/result/index.php?page=*&searchid=*", "kind": "search",
     "note": "search results always show 下一页 to page+1, forever; results repeat every 3 pages"},
    {"url_pattern": "/e/action/ListInfo/?classid=*&date=YYYY-MM", "kind": "calendar",
     "note": "month archive with 上一月/下一月 links without end (any year/month answers 200)"},
    {"url_pattern": "/e/action/ListInfo/?classid=*&orderby=*&myorder=*[&page=*]", "kind": "query-string",
     "note": "sort variants (newstime/onclick/id x myorder 0/1 x page) re-listing the same articles"},
    {"url_pattern": "*?PHPSESSID=*", "kind": "session-id",
     "note": "from the login page; every page reached with PHPSESSID rewrites all its internal links with a new id"},
    {"url_pattern": "/e/action/ShowInfo.php?classid=*&id=*", "kind": "duplicate",
     "note": "dynamic form of every article (listed as aliases)"},
    {"url_pattern": "/e/DoPrint/?classid=*&id=*", "kind": "duplicate", "note": "print view: the whole article on one page"},
    {"url_pattern": "*.html?from=*", "kind": "duplicate", "note": "tracking parameter on static article URLs"},
    {"url_pattern": "http(s)://hzyqzs.cn/* and https://www.hzyqzs.cn/*", "kind": "duplicate",
     "note": "bare host and https serve the same pages (related-article links on 媒体报道 use the bare host)"},
]


def main():
    forbidden = [h + p for h in HOSTS for p in ("/e/admin/", "/e/data/", "/d/")]
    truth = {
        "name": "empire_gbk",
        "hosts": [C.WWW, C.HOST],
        "start_urls": [W + "/"],
        "timezone": "+08:00",
        "articles": [article_truth(a) for a in C.ARTICLES],
        "not_articles": not_articles(),
        "traps": TRAPS,
        "forbidden": forbidden,
    }
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
