# -*- coding: utf-8 -*-
"""Writes truth.json from county_content (run in this folder)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import county_content as C

WWW = "http://www." + C.HOST
H = C.HOST


def canon(nid):
    return "%s/news.php?act=show&nid=%d" % (WWW, nid)


def col_list(cid):
    return sorted([a for a in C.A if a["cid"] == cid], key=lambda a: (a["date"], a["nid"]), reverse=True)


FOOT = ["招商热线：%s" % C.HOTLINE, "关闭",
        "友情链接：中国政府网 青山县人民政府 内部办公 邮件系统 后台预览 数据维护 管理登录",
        "版权所有：%s　地址：青山县工业大道1号　电话：0556-5120800" % C.SITE_NAME,
        "皖ICP备12034567号　技术支持：青山网络科技有限公司"]


def boiler(a):
    cname, enc = C.COLUMNS[a["cid"]]
    lst = col_list(a["cid"]); i = lst.index(a)
    prev = lst[i - 1]["title"] if i > 0 else "没有了"
    nxt = lst[i + 1]["title"] if i + 1 < len(lst) else "没有了"
    rel = [x["title"] for x in lst if x is not a][:3]
    b = []
    if enc == "gbk":
        d = a["date"] + (" " + a["time"] if a["time"] else "")
        b += ["当前位置：首页 > %s > 正文" % cname,
              "发布：%s　来源：%s　阅读：%d次" % (d, a["source"] or "本站", a["views"])]
        if a["orig_title"]: b.append("原标题：" + a["orig_title"])
        if a["byline"]: b.append(a["byline"])
        if a["wan"]: b.append("（完）")
        if a["attach"]: b.append("附件：" + " ".join(n for n, _ in a["attach"]))
        b += ["【打印本页】【关闭窗口】", "上一条：" + prev, "下一条：" + nxt, "相关新闻"] + rel
        b += ["加入收藏 | 联系我们 | English", "站内搜索", "地址：青山县工业大道1号 电话：0556-5120800"]
    else:
        y, m, dd = a["date"].split("-")
        meta = ["时间:%d/%d/%d" % (int(y), int(m), int(dd))]
        if a["source"]: meta.append("来源:" + a["source"])
        if a["author"]: meta.append("作者:" + a["author"])
        if a["views"] is not None: meta.append("浏览:%d次" % a["views"])
        meta.append("分享到：微信 微博")
        b += ["您的位置：首页 » %s » 详情" % cname, " ".join(meta)]
        if a["orig_title"]: b.append("原标题：" + a["orig_title"])
        if a["editor"]: b.append("（责任编辑：%s）" % a["editor"])
        if a["tags"]: b.append("关键词：" + " ".join(a["tags"]))
        b += ["打印 返回", "上一条：" + prev, "下一条：" + nxt, "相关新闻"] + rel
    return b + FOOT


def aliases(nid):
    q = "/news.php?act=show&nid=%d" % nid
    return ["https://www.%s%s" % (H, q), "http://%s%s" % (H, q), "https://%s%s" % (H, q),
            "%s%s&from=index" % (WWW, q), "%s%s&from=xgxw" % (WWW, q),
            "%s/news.php?act=print&nid=%d" % (WWW, nid), "%s/news.php?nid=%d" % (WWW, nid)]


arts = []
for a in sorted(C.A, key=lambda a: a["nid"]):
    pub = a["date"] + ("T%s+08:00" % a["time"] if a["time"] else "")
    arts.append({"url": canon(a["nid"]), "aliases": aliases(a["nid"]), "title": a["title"], "published_at": pub,
                 "author": a["author"], "source": a["source"], "category": C.COLUMNS[a["cid"]][0],
                 "tags": a["tags"], "views": a["views"], "body": [" ".join(p.split()) for p in a["paras"]],
                 "original_title": a["orig_title"], "boilerplate": boiler(a)})

na = [{"url": WWW + "/", "kind": "home"}]
for cid in C.COLUMNS:
    n = len(col_list(cid)); pages = (n + 4) // 5
    for p in range(1, pages + 1):
        na.append({"url": "%s/news.php?act=list&cid=%d%s" % (WWW, cid, "" if p == 1 else "&p=%d" % p), "kind": "list"})
na += [{"url": WWW + "/about.php", "kind": "about"}, {"url": WWW + "/policy.php", "kind": "about"},
       {"url": WWW + "/company.php", "kind": "directory"}, {"url": WWW + "/factory.php", "kind": "list"},
       {"url": WWW + "/guestbook.php", "kind": "guestbook"}, {"url": WWW + "/contact.php", "kind": "contact"},
       {"url": WWW + "/search.php?kw=", "kind": "search"}, {"url": WWW + "/calendar.php?y=2024&m=3", "kind": "calendar"}]
na += [{"url": "%s/factory.php?act=show&fid=%d" % (WWW, f[0]), "kind": "factory-listing"} for f in C.FACTORIES]
for a in C.A:
    for n, u in a["attach"]:
        na.append({"url": WWW + u, "kind": "download"})

traps = [
    {"url_pattern": "/search.php?kw=*&p=N", "kind": "search", "note": "every result page links p+1 without end (up to 100000); tag and calendar-day links also lead here"},
    {"url_pattern": "/calendar.php?y=Y&m=M", "kind": "calendar", "note": "上月/下月 links walk years 1900-2100"},
    {"url_pattern": "/news.php?act=list&cid=N&order=hits", "kind": "query-string", "note": "sort variant of each list page"},
    {"url_pattern": "/news.php?act=list&cid=1&PHPSESSID=...", "kind": "session-id", "note": "linked from the guestbook; same list"},
    {"url_pattern": "/news.php?act=show&nid=N&from=index|xgxw", "kind": "duplicate", "note": "tracking parameter on home hot list and related news"},
    {"url_pattern": "/news.php?act=print&nid=N", "kind": "duplicate", "note": "print view of each article (canonical link to the article)"},
    {"url_pattern": "http(s)://qsgyjzq.cn/..., https://www.qsgyjzq.cn/...", "kind": "duplicate", "note": "bare host and https serve the same pages with 200"},
]
forb = []
for p in ("/admin/", "/inc/"):
    for s in ("http", "https"):
        for h in ("www." + H, H):
            forb.append("%s://%s%s" % (s, h, p))

truth = {"name": "county_zone", "hosts": ["www." + H, H], "start_urls": [WWW + "/"], "timezone": "+08:00",
         "articles": arts, "not_articles": na, "traps": traps, "forbidden": forb}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "truth.json"), "w", encoding="utf-8") as f:
    json.dump(truth, f, ensure_ascii=False, indent=1)
print(len(arts), "articles", len(na), "not_articles")
