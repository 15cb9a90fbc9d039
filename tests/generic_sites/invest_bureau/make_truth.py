"""Write truth.json from bureau_content + the page structure of site.py (run in this folder)."""
import importlib.util
import json
import re
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import bureau_content as C

spec = importlib.util.spec_from_file_location("invest_bureau_site", os.path.join(HERE, "site.py"))
S = importlib.util.module_from_spec(spec)
spec.loader.exec_module(S)

W = "http://" + C.WWW
SIDEBAR = ["欢迎访问星城招商网", "招商热线", "0731-88886666", "工作日 8:30-17:30", "投资地图",
           "扫码关注“星城招商”微信公众号", "下载“投资星城”APP", "友情链接",
           "主办单位：星城市投资促进局　地址：星城市岳麓区政务中心东楼8楼",
           "湘ICP备05001234号-2　湘公网安备 43010402000123号　网站标识码：4301000012",
           "版权所有 © 2024 星城市投资促进局 未经授权不得转载"]

def N(s):
    return re.sub(r"\s+", " ", s).strip()


arts = []
for a in C.ARTICLES:
    prev, nxt, related = S.neighbours(a)
    canon = f"/news/detail/{a['id']}.html"
    bp = [f"首页 / 新闻中心 / {a['cname']} / 正文", S.meta_line(a)]
    if a["tags"]:
        bp.append("关键词：" + " ".join(a["tags"]))
    bp += [p for t, p in a["blocks"] if t == "junk"]
    bp.append("分享到：微信 微博 QQ空间 【打印本页】【关闭窗口】")
    bp.append("上一篇：" + (prev["title"] if prev else "没有了"))
    bp.append("下一篇：" + (nxt["title"] if nxt else "没有了"))
    bp.append("相关推荐")
    bp += [r["title"] for r in related]
    bp += SIDEBAR
    arts.append({
        "url": W + canon,
        "aliases": ["https://" + C.WWW + canon, "http://" + C.HOST + canon,
                    f"{W}/news/detail?id={a['id']}", f"{W}{canon}?_t={S.T}"],
        "title": a["title"],
        "published_at": f"{a['date']}T{a['time']}+08:00" if a["time"] else a["date"],
        "author": a["author"],
        "source": a["source"],
        "category": a["cname"],
        "tags": a["tags"],
        "views": a["views"],
        "body": [N(p) for p in C.body_of(a)],
        "boilerplate": [N(p) for p in bp],
    })

na = [{"url": W + "/", "kind": "home"}]
for c, _ in C.COLUMNS:
    na += [{"url": f"{W}/news/list/{c}", "kind": "list"}, {"url": f"{W}/news/list/{c}?page=2", "kind": "list"}]
na += [{"url": f"{W}/tzhj/{s}.html", "kind": "about"} for s, _, _ in C.ENV_PAGES]
na.append({"url": W + "/tzdt.html", "kind": "about"})
na.append({"url": W + "/xmk/list.html", "kind": "list"})
na += [{"url": f"{W}/xmk/detail/{i + 1}.html", "kind": "project"} for i in range(len(C.PROJECTS))]
na.append({"url": W + "/zcwj/list.html", "kind": "list"})
na += [{"url": f"{W}/upload/policy/{f}", "kind": "download"} for _, f in C.POLICY_PDFS]
na.append({"url": W + "/zxzx.html", "kind": "contact"})
na.append({"url": W + "/search?keyword=招商", "kind": "search"})
na.append({"url": W + "/en/", "kind": "translation"})

traps = [
    {"url_pattern": W + "/search?keyword=*&page=*", "kind": "search",
     "note": "every results page links page N+1, without end; tag links also lead to /search"},
    {"url_pattern": W + "/news/list/*?page=N (N > 2)", "kind": "pagination-loop",
     "note": "pages beyond the end answer 200 with the last page again, whose 下一页 links N+1"},
    {"url_pattern": "*?_t=*", "kind": "query-string",
     "note": "cache-buster on list/home links to articles, column tabs and the 投资地图 link; same page"},
    {"url_pattern": "*?lang=zh_TW / *&lang=zh_TW", "kind": "query-string",
     "note": "繁體 link in the top bar of every page; serves the same simplified page"},
    {"url_pattern": W + "/news/detail?id=*", "kind": "duplicate",
     "note": "alias of /news/detail/<id>.html, linked from 相关推荐 cards"},
    {"url_pattern": "http://" + C.HOST + "/*", "kind": "duplicate", "note": "bare host 301s to www"},
]

forbidden = []
for scheme in ("http", "https"):
    for h in (C.WWW, C.HOST):
        forbidden += [f"{scheme}://{h}/admin/", f"{scheme}://{h}/api/"]

truth = {"name": "invest_bureau", "hosts": [C.WWW, C.HOST], "start_urls": [W + "/"], "timezone": "+08:00",
         "articles": arts, "not_articles": na, "traps": traps, "forbidden": forbidden}
with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print(len(arts), "articles")
