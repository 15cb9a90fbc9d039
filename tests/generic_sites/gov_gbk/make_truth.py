# -*- coding: utf-8 -*-
"""Writes truth.json from the same data site.py renders (content.py), never from the rendered pages."""
import importlib.util
import json
import os

_HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("gov_gbk_site", os.path.join(_HERE, "site.py"))
S = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(S)
C = S.C
W = "http://" + S.HOST


def norm(s):
    return " ".join(s.split())


def home_linked_ids():
    ids = set()
    latest = sorted(S.ARTS, key=lambda a: a["date"], reverse=True)
    pics = [a for a in latest if any(isinstance(x, dict) and "img" in x for x in a["body"])][:4]
    ids |= {a["id"] for a in pics}
    for col in C.COLUMNS:
        ids |= {a["id"] for a in S.col_arts(col)[:5]}
    return ids


def main():
    from_index = home_linked_ids()
    articles = []
    for a in S.ARTS:
        p = S.art_path(a)
        aliases = ["https://" + S.HOST + p, "http://" + S.BARE + p,
                   W + f"/module/web/jpage/print.jsp?artid={a['id']}"]
        if a["id"] in from_index:
            aliases.append(W + p + "?from=index")
        if a.get("moved_from"):
            aliases.append(W + S.old_path(a))
        if a["col"] == 1004 or a["col"] == 1003:
            published = a["date"][:10]
        else:
            published = a["date"].replace(" ", "T") + "+08:00"
        art = {"url": W + p, "aliases": aliases, "title": a["title"], "published_at": published,
               "author": a.get("author") or None, "source": a.get("source") or None,
               "category": C.COLUMNS[a["col"]], "tags": [], "views": a["views"],
               "body": S.body_paragraphs(a),
               "boilerplate": [norm(b) for b in S.boilerplate_blocks(a) if norm(b)]}
        pre = [x for x in a.get("pre", []) if x.startswith("原标题：")]
        if pre:
            art["original_title"] = pre[0][len("原标题："):]
        articles.append(art)

    na = [{"url": W + "/", "kind": "home"}, {"url": W + "/index.html", "kind": "home"}]
    for col in C.COLUMNS:
        n = len(S.col_arts(col))
        pages = (n + S.PAGE_SIZE - 1) // S.PAGE_SIZE
        na.append({"url": W + f"/col/col{col}/index.html", "kind": "category"})
        for k in range(2, pages + 1):
            na.append({"url": W + f"/col/col{col}/index_{k}.html", "kind": "list"})
    na += [{"url": W + "/col/col1010/index.html", "kind": "about"},
           {"url": W + "/col/col1011/index.html", "kind": "contact"},
           {"url": W + "/col/col1005/index.html", "kind": "download"}]
    na += [{"url": W + d["file"], "kind": "download"} for d in C.DOWNLOADS]
    na.append({"url": W + "/zsfw/cf/index.html", "kind": "factory-listing"})
    na += [{"url": W + f"/zsfw/cf/cf_{f['id']}.html", "kind": "factory-listing"} for f in C.FACTORIES]
    na.append({"url": W + "/member/login.jsp", "kind": "login"})
    na.append({"url": W + "/col/col1001/archive.jsp?ym=2024-11", "kind": "calendar"})
    for col, uid in S.UID.items():
        na.append({"url": W + f"/col/col{col}/index.html;jsessionid={S.HOME_JSESSIONID}", "kind": "category"})
        na.append({"url": W + f"/col/col{col}/index.html?uid={uid}&sort=time", "kind": "category"})
        na.append({"url": W + f"/col/col{col}/index.html?uid={uid}&sort=hits", "kind": "category"})
    na.append({"url": W + "/col/col1001/index.html?lang=en", "kind": "category"})
    na.append({"url": W + "/col/col1001/index.html?uid=4321&pageNum=1", "kind": "category"})
    from urllib.parse import quote
    for k in ["标准厂房", "人才公寓"]:
        na.append({"url": W + f"/jsearch/search.jsp?webid=12&keyword={quote(k, safe='')}", "kind": "search"})

    traps = [
        {"url_pattern": W + "/col/col1001/archive.jsp?ym=YYYY-MM", "kind": "calendar",
         "note": "信息日历: every month answers 200 with 上一月/下一月 links, without end in either direction; only 2024-01..2024-11 list articles"},
        {"url_pattern": W + "/jsearch/search.jsp?webid=12&keyword=*&pageNum=N", "kind": "search",
         "note": "search form on every page (GET keyword=) and 热门搜索 links on the home page; results always offer 下一页 (pageNum+1) even past the last result"},
        {"url_pattern": W + "/col/colNNNN/index.html;jsessionid=*", "kind": "session-id",
         "note": "home page 更多>> links carry ;jsessionid=; on such a list page every pagination link carries a new jsessionid derived from the previous one, so the chain never repeats; same content as /col/colNNNN/index(_N).html"},
        {"url_pattern": W + "/col/colNNNN/index.html?uid=NNNN&sort=time|hits[&pageNum=N]", "kind": "query-string",
         "note": "排序 links on every list page; sort=hits pages paginate with ?uid=&pageNum=&sort=hits; duplicates of the same article lists"},
        {"url_pattern": W + "/col/col1001/index.html?uid=4321&pageNum=1 and ?lang=en", "kind": "query-string",
         "note": "home page link and the header's English link: the same list as /col/col1001/index.html"},
        {"url_pattern": W + "/art/.../art_CCCC_NNNN.html?from=index", "kind": "query-string",
         "note": "home page links to articles carry ?from=index (tracking); same article"},
        {"url_pattern": W + "/module/web/jpage/print.jsp?artid=NNNN", "kind": "print-view",
         "note": "【打印本页】: a print view of the article (listed as an alias)"},
        {"url_pattern": "http://" + S.BARE + "/*", "kind": "redirect",
         "note": "the bare host 301s to http://www.hqpark.gov.cn/ with the same path"},
        {"url_pattern": W + "/art/2024/1/15/art_1001_5602.html", "kind": "redirect",
         "note": "article moved from 园区要闻 to 招商动态: 301 to /art/2024/1/15/art_1002_5602.html (linked from the related list of art_1001_5601)"},
        {"url_pattern": W + "/art/2023/12/1/art_1001_4999.html", "kind": "broken-link", "note": "related-list link to a deleted article: 404"},
        {"url_pattern": W + "/col/col1099/index.html", "kind": "broken-link", "note": "nav 专题专栏: 404"},
        {"url_pattern": W + "/sitemap.html", "kind": "broken-link", "note": "footer 网站地图: 404 (robots.txt names /sitemap.xml, also 404)"},
        {"url_pattern": W + "/col/col1002/* /art/.../art_1002_*.html /zsfw/*", "kind": "charset",
         "note": "HTTP header says charset=utf-8, bytes and meta tag are GBK"},
    ]
    forbidden = [W + "/admin/", W + "/interface/", W + "/module/jslib/", W + "/member/register.jsp",
                 "http://" + S.BARE + "/admin/", "http://" + S.BARE + "/interface/", "http://" + S.BARE + "/module/jslib/",
                 "http://192.168.10.21", "http://10.0.3.15", "http://127.0.0.1", "http://localhost",
                 "http://www.gov.cn/", "http://www.zj.gov.cn/", "http://www.jianglin.gov.cn/", "http://www.cadz.org.cn/",
                 "https://beian.miit.gov.cn/", "http://www.beian.gov.cn/", "http://service.weibo.com/", "http://api.map.baidu.com/"]
    truth = {"name": "gov_gbk", "hosts": [S.HOST, S.BARE], "start_urls": [W + "/"], "timezone": "+08:00",
             "articles": articles, "not_articles": na, "traps": traps, "forbidden": forbidden}
    with open(os.path.join(_HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(len(articles), "articles,", len(na), "not_articles,", len(traps), "traps")


if __name__ == "__main__":
    main()
