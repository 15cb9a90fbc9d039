"""Write truth.json from the data in jeecms_content.py (never from rendered pages)."""

import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import jeecms_content as C  # noqa: E402

W = "http://" + C.WWW
FORMS = ["http://" + C.WWW, "https://" + C.WWW, "http://" + C.HOST, "https://" + C.HOST]


def clean(t):
    t = t.replace("\u3000", " ").replace("\xa0", " ")
    return re.sub(r"\s+", " ", t).strip()


def body_of(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p" or k == "h":
            out.append(clean(b[1]))
        elif k in ("img", "video"):
            out.append(clean(b[2]))  # captions are body; the image/video itself is not
        elif k == "table":
            out.extend(clean(" ".join(r)) for r in b[1])
        elif k == "section":
            out.extend(body_of(b[1]))
        elif k == "credit":
            pass  # a byline standing alone: boilerplate
    return out


def credits_of(blocks):
    out = []
    for b in blocks:
        if b[0] == "credit":
            out.append(clean(b[1]))
        elif b[0] == "section":
            out.extend(credits_of(b[1]))
    return out


def key(a):
    return (a["date"], a["time"] or "", a["id"])


def col_sorted(col):
    return sorted([a for a in C.ARTICLES if a["col"] == col], key=key, reverse=True)


ALL = sorted(C.ARTICLES, key=key, reverse=True)

FOOTER = [
    "友情链接：", "中国政府网", "科学技术部", "省政府门户", "园区概况", "内网管理", "协同办公", "内部邮箱", "测试站",
    "关于我们 | 网站地图 | 联系我们 | RSS订阅 | 管理登录 | 数据接口",
    "主办：云川高新技术产业开发区管理委员会 承办：云川高新区招商局",
    "地址：云川省昆川市高新区科兴路1号 邮编：650106",
    "滇ICP备12004567号-2", "滇公网安备 53011402000123号", "网站标识码：5301000017",
]
TOP = ["欢迎访问云川高新区招商网！", "会员登录 | 注册 | 手机版 | English | 加入收藏"]


def sidebar():
    out = ["热点文章"] + [C.BY_ID[i]["title"] for i in C.HOT]
    out += ["招商热线", "投资咨询：0871-65123456", "项目服务：0871-65123457", "邮箱：zsj@ycgxzs.cn", "园区载体"]
    for f in C.FACTORIES[:3]:
        out += [f["title"], f"面积：{f['area']} 租金：{f['rent']}"]
    out += ["更多载体>>", "文章归档", "2024年03月", "2024年02月", "2024年01月"]
    return out


def fmt_date(a):
    y, m, d = a["date"].split("-")
    return f"{y}年{m}月{d}日" + (" " + a["time"] if a["time"] else "")


def article_truth(a):
    col, cname = a["col"], C.COLNAME[a["col"]]
    path = f"/{col}/{a['id']}.jhtml"
    canonical = W + path
    aliases = []
    for p in (path, f"/content/{a['id']}.jhtml"):
        for f in FORMS:
            for suf in ("", ";jsessionid=" + C.SID, "?locale=en_US", "?locale=zh_CN"):
                u = f + p + suf
                if u != canonical:
                    aliases.append(u)
    for old, aid in C.LEGACY.items():
        if aid == a["id"]:
            aliases.append(W + old)
    bp = TOP + [f"您的位置：首页 > {cname} > 正文", f"发布时间：{fmt_date(a)}", f"来源：{a['source']}"]
    if a["author"]:
        bp.append(f"作者：{a['author']}")
    bp.append("浏览量：" + (str(a["views"]) if C.VIEWS_IN_HTML[col] else ""))
    bp.append("字号：大 中 小")
    if a.get("file_meta"):
        m = a["file_meta"]
        bp += [f"发文机关：{m[0]}", f"发文字号：{m[1]}", f"成文日期：{m[2]}", f"发布日期：{m[3]}"]
    if a.get("orig_title"):
        bp.append("原标题：" + a["orig_title"])
    bp += credits_of(a["blocks"])
    if a.get("end_mark"):
        bp.append("（完）")
    if a.get("editor"):
        bp.append(f"（责任编辑：{a['editor']}）")
    if a.get("attachments"):
        bp += ["附件下载："] + a["attachments"]
    if a.get("jiedu"):
        bp.append("【政策解读】" + C.BY_ID[a["jiedu"]]["title"])
    if a["tags"]:
        bp.append("标签：" + " ".join(a["tags"]))
    bp += ["分享到：微信 微博 QQ空间", "【打印本页】 【关闭窗口】 我要纠错", "扫一扫在手机打开当前页"]
    arts = col_sorted(col)
    i = arts.index(a)
    prev = arts[i + 1] if i + 1 < len(arts) else None
    nxt = arts[i - 1] if i > 0 else None
    bp.append("上一篇：" + (prev["title"] if prev else "没有了"))
    bp.append("下一篇：" + (nxt["title"] if nxt else "没有了"))
    bp.append("相关推荐")
    for r in [x for x in ALL if x["col"] == col and x["id"] != a["id"]][:3]:
        bp += [r["title"], r["date"]]
    if a["id"] == 1101:
        bp += ["高新区召开2023年度工作总结会", "2023-12-29"]
    bp += sidebar() + FOOTER
    return {
        "url": canonical,
        "aliases": aliases,
        "title": a["title"],
        "published_at": f"{a['date']}T{a['time']}+08:00" if a["time"] else a["date"],
        "author": a["author"],
        "source": None if a["source"] == "本站" else a["source"],
        "category": cname,
        "tags": list(a["tags"]),
        "views": a["views"] if C.VIEWS_IN_HTML[col] else None,
        "body": body_of(a["blocks"]),
        "boilerplate": bp,
    }


def main():
    na = [{"url": W + "/", "kind": "home"}]
    for col, _, _ in C.COLUMNS:
        n = len(col_sorted(col))
        na.append({"url": f"{W}/{col}/index.jhtml", "kind": "list"})
        for p in range(2, (n + C.PAGE_SIZE - 1) // C.PAGE_SIZE + 1):
            na.append({"url": f"{W}/{col}/index_{p}.jhtml", "kind": "list"})
    na.append({"url": W + "/zzzy/index.jhtml", "kind": "list"})
    for t in C.TOPICS:
        na.append({"url": f"{W}/zt/{t['slug']}/index.jhtml", "kind": "topic"})
    for f in C.FACTORIES:
        na.append({"url": f"{W}/zzzy/{f['id']}.jhtml", "kind": "factory-listing"})
    na += [
        {"url": W + "/map.jhtml", "kind": "map"},
        {"url": W + "/about.jhtml", "kind": "about"},
        {"url": W + "/contact.jhtml", "kind": "contact"},
        {"url": W + "/guestbook.jhtml", "kind": "guestbook"},
        {"url": W + "/search.jspx?q=%E6%8B%9B%E5%95%86", "kind": "search"},
        {"url": W + "/rss.jhtml", "kind": "feed"},
        {"url": W + "/sitemap.jhtml", "kind": "sitemap"},
    ]
    traps = [
        {"url_pattern": "/search.jspx?q=*&pageNo=*", "kind": "search",
         "note": "every results page answers 200 with a 下一页 link to pageNo+1, forever; tag links also lead here"},
        {"url_pattern": "/archive.jhtml?year=*&month=*", "kind": "calendar",
         "note": "monthly archive with 上月/下月 links in both directions, endless (empty months still answer 200)"},
        {"url_pattern": "/<column>/index.jhtml?pageNo=*", "kind": "pagination-loop",
         "note": "pageNo beyond the last page answers 200 with the last page again, and always links pageNo+1"},
        {"url_pattern": "*;jsessionid=*", "kind": "session-id",
         "note": "the home page rewrites every internal link with ;jsessionid=... (first visit); same content"},
        {"url_pattern": "*?locale=en_US | *?locale=zh_CN", "kind": "query-string",
         "note": "language variants of every page with identical content; links inside keep the parameter"},
        {"url_pattern": "/content/<id>.jhtml", "kind": "duplicate",
         "note": "short form of every article (相关推荐 and RSS use it); aliases of /<column>/<id>.jhtml"},
        {"url_pattern": "https://* | http://ycgxzs.cn/*", "kind": "duplicate",
         "note": "https and bare-host forms serve the same pages"},
    ]
    forbidden = [f + p for f in FORMS for p in ("/jeeadmin/", "/member/", "/api/")]
    truth = {"name": "jeecms_park", "hosts": [C.WWW, C.HOST], "start_urls": [W + "/"], "timezone": "+08:00",
             "articles": [article_truth(a) for a in ALL], "not_articles": na, "traps": traps, "forbidden": forbidden}
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "truth.json")
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")


if __name__ == "__main__":
    main()
