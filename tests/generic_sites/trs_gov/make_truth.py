"""Write truth.json for the trs_gov emulator FROM THE DATA in trs_content.py (never from rendered pages)."""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import trs_content as C  # noqa: E402

WWW = "http://" + C.WWW
FORMS = ["http://" + C.WWW, "https://" + C.WWW, "http://" + C.HOST, "https://" + C.HOST]
JSESSION = ";jsessionid=8F2A6C1D93E4B7A05C6E1F2D3B4A5C6D"
PERSON_AUTHORS_MAXLEN = 3   # <meta name="author"> holding a person's name (2-3 chars) vs the site / a paper


def author_of(a):
    if a["byline"]:
        return a["byline"]
    m = a["meta_author"]
    if m and m != C.SITE_NAME and len(m) <= PERSON_AUTHORS_MAXLEN:
        return m
    return None


def boilerplate_of(a):
    cname, pname, _ = C.COLUMNS[a["col"]]
    bp = list(C.TOP_BAR)
    bp.append("当前位置：首页 > %s > %s" % (pname, cname))
    info = "发布时间：%s　" % a["date"]
    if a["byline"]:
        info += "作者：%s　" % a["byline"]
    info += "来源：%s　%s" % (a["source"] or C.SITE_NAME, C.FONT_TOOLS)
    bp.append(info)
    if a["col"] == "zcwj":
        x = a["xxgk"]
        bp += ["索引号：" + x["index"], "主题分类：" + x["topic"], "发布机构：" + x["org"],
               "发文日期：" + x["fwrq"], "文号：" + x["wh"], "有效性：" + x["valid"]]
    if a.get("orig_title"):
        bp.append("原标题：" + a["orig_title"])
    if a.get("wan"):
        bp.append("（完）")
    if a.get("editor"):
        bp.append(a["editor"])
    if a.get("related"):
        bp.append("相关文件：" + C.by_id(a["related"])["title"])
    bp.append("浏览次数：")
    bp.append("分享到：微信微博QQ空间")
    bp.append(C.RELATED_HEAD)
    bp += [b["title"] for b in C.related_links(a)]
    if a["col"] == "zwdt":
        bp.append("经开区召开2023年度经济工作会议")
    bp.append("相关网站：" + "".join(n for n, _ in C.FRIEND_LINKS))
    bp += C.CONTACT_BLOCK
    bp.append("一键拨号")
    bp += C.FOOTER
    bp += ["网站地图", "联系我们", "后台管理"]
    return bp


def article_truth(a):
    path = C.url_path(a)
    aliases = [f + path for f in FORMS[1:]]
    aliases.append(WWW + "/content/post_%d.html" % a["id"])
    if a.get("from_alias"):
        aliases.append(WWW + path + "?from=index")
    if a.get("jsession"):
        aliases.append(WWW + path + JSESSION)
    if a.get("old_art"):
        aliases.append(WWW + a["old_art"])
    pub = a["date"] + ("T%s+08:00" % a["time"] if a["time"] else "")
    return {
        "url": WWW + path,
        "aliases": aliases,
        "title": a["title"],
        "published_at": pub,
        "author": author_of(a),
        "source": a["source"],
        "category": C.COLUMNS[a["col"]][0],
        "tags": [],
        "views": None,
        "body": [" ".join(C.para_text(p).split()) for p in a["paras"]],
        "boilerplate": [" ".join(b.split()) for b in boilerplate_of(a)],
    }


def not_articles():
    out = [{"url": WWW + "/", "kind": "home"}]
    for col in C.COLUMNS:
        for i in range(len(C.list_pages(col))):
            out.append({"url": WWW + "/col/%s/%s" % (col, "index.html" if i == 0 else "index_%d.html" % i),
                        "kind": "list"})
    out += [{"url": WWW + "/xxgk/", "kind": "category"},
            {"url": WWW + "/xxgk/zcfg/", "kind": "category"},
            {"url": WWW + "/xxgk/ysqgk/", "kind": "contact"},
            {"url": WWW + "/xxgk/ldxx/", "kind": "about"},
            {"url": WWW + "/xxgk/jgzn/", "kind": "about"},
            {"url": WWW + "/bsfw/", "kind": "list"},
            {"url": WWW + "/jsearch/search.do?q=%E6%8B%9B%E5%95%86&p=1", "kind": "search"},
            {"url": WWW + "/sitemap/", "kind": "sitemap"},
            {"url": WWW + "/hdjl/", "kind": "guestbook"},
            {"url": WWW + "/hdjl/?page=2", "kind": "guestbook"},
            {"url": WWW + "/lxwm/", "kind": "contact"}]
    for l in C.LEADERS:
        d = l["date"].replace("-", "")
        out.append({"url": WWW + "/xxgk/ldxx/%s/t%s_%d.html" % (d[:6], d, l["id"]), "kind": "about"})
    for g in C.GUIDES:
        d = g["date"].replace("-", "")
        out.append({"url": WWW + "/bsfw/bszn/%s/t%s_%d.html" % (d[:6], d, g["id"]), "kind": "service-guide"})
    for p in C.PDF_ONLY:
        d = p["date"].replace("-", "")
        out.append({"url": WWW + "/col/%s/%s/%s" % (p["col"], d[:6], p["file"]), "kind": "pdf"})
    for a in C.ARTICLES:
        for style, val in a["paras"]:
            if style == "att":
                out.append({"url": WWW + "/col/%s/%s/%s" % (a["col"], a["date"].replace("-", "")[:6], val[2]),
                            "kind": "download"})
    for r in C.REDIRECTS:
        d = r["date"].replace("-", "")
        out.append({"url": WWW + "/col/%s/%s/t%s_%d.html" % (r["col"], d[:6], d, r["id"]), "kind": "redirect"})
    return out


TRAPS = [
    {"url_pattern": "/jsearch/search.do?q=*&p=*", "kind": "search",
     "note": "site search; every result page links p+1 (and a sort variant) without end"},
    {"url_pattern": "/xxgk/?year=*&month=*", "kind": "calendar",
     "note": "信息公开目录 month filter; previous/next month links run forever in both directions"},
    {"url_pattern": "/col/*/index.html?uid=*&pageNum=*", "kind": "pagination-loop",
     "note": "TRS dynamic list variant (home 更多 link); pageNum N always links N+1, pages past the end repeat the last page"},
    {"url_pattern": ";jsessionid=*", "kind": "session-id",
     "note": "a list link carries a Java session id; the path without it serves the same page"},
    {"url_pattern": "/content/post_*.html", "kind": "duplicate",
     "note": "TRS short form of every article (used by 相关链接 and search); same page as the /col/ URL"},
    {"url_pattern": "*?from=*", "kind": "query-string",
     "note": "home page tracking parameter; ignored by the server"},
]


def main():
    truth = {
        "name": "trs_gov",
        "hosts": [C.WWW, C.HOST],
        "start_urls": [WWW + "/"],
        "timezone": "+08:00",
        "articles": [article_truth(a) for a in C.ARTICLES],
        "not_articles": not_articles(),
        "traps": TRAPS,
        "forbidden": [f + pre for pre in ("/wcm/", "/admin/", "/jcms/") for f in FORMS],
    }
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
