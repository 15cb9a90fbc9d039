# -*- coding: utf-8 -*-
"""中部产业用地网 (www.cn-landpark.example.com): an emulated regional industrial-land portal.

A GB18030 site on "DingYuan CMS 5.2" (a PHP CMS invented for this test, in the EmpireCMS/PHPCMS manner).
Standard library only. ``emulator()`` returns the object the test server drives; ``build_truth()``
returns the ground truth computed from the same data the pages are rendered from.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import runpy
from urllib.parse import parse_qs, quote, unquote_to_bytes, urlsplit

_DATA = runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "articles_data.py"))
ARTICLES = sorted(_DATA["ARTICLES"], key=lambda a: a["dt"])
CATS = _DATA["CATS"]
TAGS = _DATA["TAGS"]
LISTINGS = _DATA["LISTINGS"]
DOWNLOADS = _DATA["DOWNLOADS"]

HOST = "www.cn-landpark.example.com"
BARE = "cn-landpark.example.com"
ORIGIN = "http://" + HOST
SITENAME = "中部产业用地网"
DATE_HDR = "Sat, 07 Dec 2024 02:00:00 GMT"
PER_PAGE = 3
CAT_BY_DIR = {d: (cid, d, n) for cid, d, n in CATS}
CAT_BY_ID = {cid: (cid, d, n) for cid, d, n in CATS}
ART_BY_ID = {a["id"]: a for a in ARTICLES}
FAMILY = {"news": "a", "wuliu": "a", "quyu": "a", "zhaoshang": "b", "changfang": "b", "policy": "c"}
TRACKED = {1066: "/html/wuliu/2023/1206/1066.html?utm_source=wechat&utm_medium=share"}
FOCUS_ID = 1189  # home page headline, linked with ?from=index_focus
BARE_LINK_ID = 1074  # linked once with the bare host name (answers 301 to www)
GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00"
       b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


class Response:
    def __init__(self, status: int, headers: dict[str, str], body: bytes):
        self.status = status
        self.headers = headers
        self.body = body


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def textify(fragment: str) -> str:
    """Plain text of an HTML fragment: scripts dropped, tags removed, whitespace collapsed."""
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", fragment)
    t = re.sub(r"(?s)<!--.*?-->", "", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t)
    return " ".join(t.split())


# ---------------------------------------------------------------- URLs and helpers
def cat_of(a):
    return CAT_BY_DIR[a["cat"]]


def art_path(a, page: int = 1) -> str:
    y, m, d = a["dt"][:10].split("-")
    suffix = "" if page == 1 else f"_{page}"
    return f"/html/{a['cat']}/{y}/{m}{d}/{a['id']}{suffix}.html"


def dyn_path(a, page: int = 1) -> str:
    p = f"/index.php?m=content&c=index&a=show&catid={cat_of(a)[0]}&id={a['id']}"
    return p if page == 1 else p + f"&page={page}"


def print_path(a) -> str:
    return f"/index.php?m=content&c=index&a=print&catid={cat_of(a)[0]}&id={a['id']}"


def pages_of(a):
    out = [[]]
    for item in a["body"]:
        if item == ("pb",):
            out.append([])
        else:
            out[-1].append(item)
    return out


def hits(a) -> int:
    return a["views"] if a["views"] is not None else (a["id"] * 7) % 900 + 100


def show_date(a) -> str:
    fam = FAMILY[a["cat"]]
    if fam == "a":
        return a["dt"]
    y, m, d = a["dt"][:10].split("-")
    if fam == "b":
        return f"{int(y)}年{int(m)}月{int(d)}日"
    return f"{y}/{m}/{d}"


def published_at(a) -> str:
    if FAMILY[a["cat"]] == "a":
        return a["dt"].replace(" ", "T") + "+08:00"
    return a["dt"][:10]


def mmdd(a) -> str:
    return a["dt"][5:10]


def sid_for(path: str) -> str:
    return hashlib.md5(path.encode("utf-8")).hexdigest()[:20]


def months_with_articles():
    return sorted({a["dt"][:7] for a in ARTICLES}, reverse=True)


def gbk_q(s: str) -> str:
    return quote(s.encode("gb18030"))


# ---------------------------------------------------------------- page chrome
def head(title: str, meta_charset: str, extra: str = "", keywords: str = "", desc: str = "") -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={meta_charset}" />\n'
        f"<title>{esc(title)}</title>\n"
        f'<meta name="keywords" content="{esc(keywords or "产业园区,厂房出租,工业用地,招商引资,物流园区")}" />\n'
        f'<meta name="description" content="{esc(desc or SITENAME + "：中部地区产业园区招商、厂房出租出售、工业用地信息服务平台。")}" />\n'
        '<meta name="generator" content="DingYuanCMS 5.2" />\n'
        '<link href="/statics/css/dy_style.css" rel="stylesheet" type="text/css" />\n'
        '<script type="text/javascript" src="/statics/js/jquery.min.js"></script>\n'
        f"{extra}</head>\n"
    )


def topbar(path: str) -> str:
    fwd = quote(ORIGIN + path, safe="")
    return (
        '<div class="topbar"><div class="w1000">'
        f"<span>您好，欢迎来到{SITENAME}！</span>"
        f'<a href="/login.php?sid={sid_for(path)}&amp;forward={fwd}">登录</a> | '
        '<a href="/member/register.php">免费注册</a> | '
        '<a href="/member/index.php">会员中心</a> | '
        '<a href="/index.php?m=member&amp;c=favorite&amp;a=init">我的收藏</a> | '
        '<a href="javascript:void(0)" onclick="this.style.behavior=\'url(#default#homepage)\';">设为首页</a> | '
        '<a href="javascript:AddFavorite();">加入收藏</a> | '
        '<a href="http://m.cn-landpark.example.com/">手机版</a>'
        "</div></div>\n"
    )


def header() -> str:
    hot = ["厂房出租", "标准地", "物流园区", "工业上楼"]
    hot_links = " ".join(f'<a href="/search.php?keyword={gbk_q(k)}">{k}</a>' for k in hot)
    return (
        '<div class="header w1000">'
        f'<div class="logo"><a href="/"><img src="/statics/images/logo.gif" alt="{SITENAME}" /></a></div>'
        '<div class="search"><form action="/search.php" method="get" name="searchform">'
        '<input type="text" name="keyword" class="kw" value="请输入关键词" />'
        '<input type="submit" value="搜索" /></form>'
        '<a href="/search.php" class="adv">高级搜索</a>'
        f'<div class="hotwords">热门搜索：{hot_links}</div></div>'
        '<div class="tel">招商热线：<strong>0371-6557 8800</strong></div>'
        "</div>\n"
    )


def nav(active: str = "") -> str:
    items = ['<li><a href="/">首页</a></li>']
    for cid, d, n in CATS:
        cls = ' class="on"' if d == active else ""
        items.append(f'<li{cls}><a href="/html/{d}/">{n}</a></li>')
    items.append('<li><a href="/gongqiu/">厂房出租</a></li>')
    items.append('<li><a href="/html/download/">资料下载</a></li>')
    items.append('<li><a href="/about/">关于我们</a></li>')
    return '<div class="nav"><ul class="w1000">' + "".join(items) + "</ul></div>\n"


def sidebar() -> str:
    hot = sorted([a for a in ARTICLES if a["views"] is not None], key=lambda a: -a["views"])[:8]
    latest = list(reversed(ARTICLES))[:8]
    s = ['<div class="right">']
    s.append('<div class="box"><h3>热门文章</h3><ul class="hotlist">')
    for i, a in enumerate(hot, 1):
        s.append(f'<li><em>{i}</em><a href="{esc(dyn_path(a))}" title="{esc(a["title"])}">{esc(a["title"])}</a></li>')
    s.append("</ul></div>")
    s.append('<div class="box"><h3>最新文章</h3><ul class="newlist">')
    for a in latest:
        s.append(f'<li><span>[{mmdd(a)}]</span><a href="{art_path(a)}">{esc(a["title"])}</a></li>')
    s.append("</ul></div>")
    s.append('<div class="box"><h3>热门标签</h3><div class="tagcloud">')
    for i, t in enumerate(TAGS, 1):
        s.append(f'<a href="/tag/{i}.html" class="t{i % 4}">{t}</a> ')
    s.append("</div></div>")
    s.append('<div class="box"><h3>按月归档</h3><ul class="archive">')
    for ym in months_with_articles():
        y, m = ym.split("-")
        s.append(f'<li><a href="/html/archive/{ym}.html">{y}年{int(m)}月</a></li>')
    s.append("</ul></div>")
    s.append('<div class="box"><h3>厂房推荐</h3><ul>')
    for l in LISTINGS[:3]:
        s.append(f'<li><a href="/gongqiu/{l["id"]}.html">{esc(l["title"])}</a></li>')
    s.append("</ul></div></div>\n")
    return "".join(s)


def footer() -> str:
    links = [
        ("http://www.henan.gov.cn/", "河南省人民政府"),
        ("http://www.mofcom.gov.cn/", "商务部"),
        ("http://www.landchina.com/", "中国土地市场网"),
        ("http://www.cadz.org.cn/", "中国开发区网"),
        ("http://127.0.0.1:8081/map/", "园区地图(内测)"),
        ("/about/job.html", "诚聘英才"),
    ]
    fl = " ".join(f'<a href="{u}" target="_blank">{t}</a>' for u, t in links)
    return (
        f'<div class="flink w1000"><h4>友情链接</h4>{fl}</div>\n'
        '<div class="footer"><p>'
        '<a href="/about/">关于我们</a> | <a href="/about/contact.html">联系我们</a> | '
        '<a href="/about/ad.html">广告服务</a> | <a href="/html/download/">资料下载</a> | '
        '<a href="/sitemap.html">网站地图</a> | <a href="/login.php">会员登录</a> | <a href="/admin/login.php">后台管理</a> | '
        '<a href="http://192.168.1.20/oa/">内网OA</a></p>'
        f"<p>Copyright &copy; 2012-2024 {SITENAME} 版权所有 "
        '<a href="https://beian.miit.gov.cn/" target="_blank">豫ICP备12034567号-1</a> '
        '<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=41010502003456">豫公网安备 41010502003456号</a></p>'
        "<p>地址：郑州市郑东新区商务外环路18号国际商会大厦16层　电话："
        '<a href="tel:037165578800">0371-6557 8800</a>　邮箱：'
        '<a href="mailto:zs@cn-landpark.example.com">zs@cn-landpark.example.com</a></p>'
        "<p>技术支持：鼎元网络 DingYuanCMS</p></div>\n"
        '<script type="text/javascript" src="/statics/js/dy_common.js"></script>\n'
        "</body>\n</html>\n"
    )


# ---------------------------------------------------------------- article pages
def related_of(a):
    first = a["tags"][0]
    rel = [b for b in reversed(ARTICLES) if b is not a and first in b["tags"]][:4]
    return rel


def related_href(b) -> str:
    # the related-article table of this CMS still holds the pre-move URL of article 1105
    return b.get("old_url") or art_path(b)


def prev_next(a):
    same = [b for b in ARTICLES if b["cat"] == a["cat"]]
    i = same.index(a)
    return (same[i - 1] if i > 0 else None), (same[i + 1] if i + 1 < len(same) else None)


def render_items(items, fam, boil, last_tail=None):
    out = []
    indent = "　　" if fam == "c" else ""
    n = len(items)
    for k, it in enumerate(items):
        if isinstance(it, str):
            if last_tail and k == n - 1:
                out.append(f"<p>{indent}{esc(it)}<br />{esc(last_tail)}</p>")
                boil.append(last_tail)
            else:
                out.append(f"<p>{indent}{esc(it)}</p>")
        elif it[0] == "h":
            out.append(f"<p><strong>{esc(it[1])}</strong></p>")
        elif it[0] == "img":
            out.append(f'<p style="text-align:center"><img src="{it[1]}" alt="" border="0" /></p>')
            if it[2]:
                out.append(f'<p style="text-align:center" class="pic-note">{esc(it[2])}</p>')
        elif it[0] == "table":
            rows = []
            for r, row in enumerate(it[1]):
                tag = "th" if r == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in row) + "</tr>")
            out.append('<table class="dy-table" border="1" cellspacing="0" cellpadding="4" width="100%"><tbody>'
                       + "".join(rows) + "</tbody></table>")
        elif it[0] == "junk":
            out.append(f"<p>{indent}{esc(it[1])}</p>")
            boil.append(it[1])
        elif it[0] == "link":
            _, before, href, lt, after = it
            out.append(f'<p>{indent}{esc(before)}<a href="{esc(href)}">{esc(lt)}</a>{esc(after)}</p>')
    return "\n".join(out)


def body_truth(a):
    out = []
    for it in a["body"]:
        if isinstance(it, str):
            out.append(it)
        elif it[0] == "h":
            out.append(it[1])
        elif it[0] == "img" and it[2]:
            out.append(it[2])
        elif it[0] == "table":
            out.extend(" ".join(r) for r in it[1])
        elif it[0] == "link":
            out.append(it[1] + it[3] + it[4])
    return out


def info_line(a) -> str:
    fam = FAMILY[a["cat"]]
    sp = "　"
    if fam == "a":
        parts = [f"发布时间：{show_date(a)}"]
        if a["source"]:
            parts.append(f"来源：{esc(a['source'])}")
        if a["author"]:
            parts.append(f"作者：{esc(a['author'])}")
        parts.append(f'浏览次数：<span id="hits">{a["views"]}</span>')
        return '<div class="info">' + sp.join(parts) + "</div>"
    if fam == "b":
        parts = [f"时间：{show_date(a)}"]
        if a["source"]:
            parts.append(f"信息来源：{esc(a['source'])}")
        if a["author"]:
            parts.append(f"撰稿：{esc(a['author'])}")
        parts.append(f"点击：<b>{a['views']}</b>次")
        return '<div class="msg">' + sp.join(parts) + "</div>"
    parts = [f"发布时间：{show_date(a)}", f"发布单位：{esc(a['source'])}",
             f'点击：<script type="text/javascript" src="/api.php?op=count&amp;id={a["id"]}&amp;modelid=1"></script>次']
    return '<td class="info" align="center">' + sp.join(parts) + "</td>"


def article_page(a, page: int, boil: list | None = None) -> str:
    """Render page ``page`` of article ``a``; template blocks that are not the text go to ``boil``."""
    boil = [] if boil is None else boil
    fam = FAMILY[a["cat"]]
    cid, d, cname = cat_of(a)
    pgs = pages_of(a)
    npages = len(pgs)
    url = ORIGIN + art_path(a, page)
    items = pgs[page - 1]
    tail = a.get("tail") if page == npages else None
    content = render_items(items, fam, boil, tail)
    if page == npages:
        ed = f"（责任编辑：{a['editor']}）" if fam != "c" else f"[编辑：{a['editor']}]"
        content += f'\n<p class="editor" align="right">{ed}</p>'
        boil.append(ed)
    pagenav = ""
    if npages > 1:
        links = []
        if page > 1:
            links.append(f'<a href="{art_path(a, page - 1)}">上一页</a>')
        for p in range(1, npages + 1):
            links.append(f"<b>{p}</b>" if p == page else f'<a href="{art_path(a, p)}">{p}</a>')
        if page < npages:
            links.append(f'<a href="{art_path(a, page + 1)}">下一页</a>')
        pagenav = '<div class="pages" id="pages">' + " ".join(links) + "</div>"
        boil.append(textify(pagenav))
    info = info_line(a)
    boil.append(textify(info))
    tags = '<div class="tags">标签：' + " ".join(
        f'<a href="/tag/{TAGS.index(t) + 1}.html">{t}</a>' for t in a["tags"]) + "</div>"
    boil.append(textify(tags))
    enc = quote(url, safe="")
    share = ('<div class="share">分享到：<a href="javascript:void(0)" class="bds_weixin">微信</a> | '
             f'<a href="http://service.weibo.com/share/share.php?url={enc}" target="_blank">新浪微博</a> | '
             f'<a href="http://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url={enc}" target="_blank">QQ空间</a></div>')
    boil.append(textify(share))
    tools = (f'<div class="tools">【<a href="{esc(print_path(a))}" target="_blank">打印本页</a>】'
             '【<a href="javascript:window.close();">关闭窗口</a>】【<a href="javascript:AddFavorite();">加入收藏</a>】</div>')
    boil.append(textify(tools))
    zs = ['招商热线', '招商热线：0371-6557 8800　手机：139 3710 8800（周经理）',
          '本站提供园区厂房、工业用地、仓储物流招商代理服务，欢迎来电洽谈。']
    contact = (f'<div class="zs-box"><h4>{zs[0]}</h4><p>{zs[1]}</p><p>{zs[2]}</p></div>')
    boil.extend(textify(x) for x in zs)
    disc = "免责声明：本站部分信息来源于网络及合作媒体，仅供参考，不代表本站观点；如涉及版权问题，请与本站联系删除。"
    boil.append(disc)
    pv, nx = prev_next(a)
    pvt = f'上一篇：<a href="{art_path(pv)}">{esc(pv["title"])}</a>' if pv else "上一篇：没有了"
    nxt = f'下一篇：<a href="{art_path(nx)}">{esc(nx["title"])}</a>' if nx else "下一篇：没有了"
    boil.extend([textify(pvt), textify(nxt)])
    rel = related_of(a)
    rel_html = '<div class="related"><h3>相关文章</h3><ul>' + "".join(
        f'<li><a href="{related_href(b)}">{esc(b["title"])}</a><span>{b["dt"][:10]}</span></li>' for b in rel) + "</ul></div>"
    boil.append("相关文章")
    boil.extend(b["title"] for b in rel)

    first_text = next((x for x in a["body"] if isinstance(x, str)), a["title"])
    title = f"{a['title']}_{cname}_{SITENAME}"
    if fam == "c":
        # the old policy template: table layout, no canonical, no og tags, view counter by script only
        h = head(title, "gb2312", keywords=",".join(a["tags"]), desc=first_text[:70])
        body = (
            f"<body>\n{topbar(art_path(a, page))}{header()}{nav(d)}"
            '<table width="1000" align="center" border="0" cellpadding="0" cellspacing="0"><tr>'
            '<td valign="top" width="700">'
            f'<div class="weizhi">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/html/{d}/">{cname}</a> &gt;&gt; 正文</div>'
            '<table width="100%" class="article">'
            f'<tr><td class="title" align="center"><h2>{esc(a["title"])}</h2></td></tr>'
            f"<tr>{info}</tr>"
            f'<tr><td class="content" id="zoom">\n{content}\n{pagenav}</td></tr>'
            f"<tr><td>{tags}{tools}{share}</td></tr>"
            f"<tr><td>{contact}</td></tr>"
            f'<tr><td class="shengming">{disc}</td></tr>'
            f'<tr><td class="sxp"><p>{pvt}</p><p>{nxt}</p></td></tr>'
            f"<tr><td>{rel_html}</td></tr>"
            "</table></td>"
            f'<td valign="top" width="280">{sidebar()}</td></tr></table>\n'
        )
        return h + body + footer()
    canon = (f'<link rel="canonical" href="{url}" />\n'
             f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(a["title"])}" />\n'
             f'<meta property="og:url" content="{url}" />\n')
    h = head(title, "gb18030", canon, keywords=",".join(a["tags"]), desc=first_text[:70])
    h1 = f"<h1>{esc(a['title'])}</h1>"
    body = (
        f"<body>\n{topbar(art_path(a, page))}{header()}{nav(d)}"
        '<div class="w1000 main">'
        f'<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/html/{d}/">{cname}</a> &gt; 正文</div>'
        '<div class="left"><div class="article">'
        f"{h1}\n{info}\n"
        f'<div class="content" id="article_content">\n{content}\n</div>\n{pagenav}\n'
        f"{tags}\n{share}\n{tools}\n{contact}\n"
        f'<div class="statement">{disc}</div>\n'
        f'<div class="prenext"><p>{pvt}</p><p>{nxt}</p></div>\n{rel_html}\n'
        "</div></div>\n"
        f"{sidebar()}</div>\n"
        f'<script type="text/javascript" src="/api.php?op=count&amp;id={a["id"]}&amp;modelid=1"></script>\n'
    )
    return h + body + footer()


def print_page(a) -> str:
    boil: list = []
    content = render_items([x for x in a["body"] if x != ("pb",)], FAMILY[a["cat"]], boil, a.get("tail"))
    src = f"来源：{esc(a['source'])}　" if a["source"] else ""
    return (
        head(f"{a['title']} - 打印本页", "gb18030")
        + "<body onload=\"window.print()\">\n<div class=\"print\">"
        f"<h2>{esc(a['title'])}</h2><p class=\"pinfo\">{src}发布时间：{show_date(a)}</p>\n{content}\n"
        f"<p class=\"purl\">本文地址：{ORIGIN}{art_path(a)}</p>"
        '<p class="ptools"><a href="javascript:window.print();">【打印】</a> <a href="javascript:window.close();">【关闭】</a></p>'
        "</div>\n</body>\n</html>\n"
    )


# ---------------------------------------------------------------- list-like pages
def item_li(a) -> str:
    first = next((x for x in a["body"] if isinstance(x, str)), "")
    summ = first[:56] + "…" if len(first) > 56 else first
    return (f'<li><a href="{art_path(a)}" target="_blank">{esc(a["title"])}</a>'
            f'<span class="date">{a["dt"][:10]}</span><p class="summary">{esc(summ)}</p></li>')


def list_page(cat, page: int, order: str | None) -> str:
    cid, d, cname = cat
    arts = [a for a in ARTICLES if a["cat"] == d]
    if order == "hits":
        arts = sorted(arts, key=lambda a: -hits(a))
    else:
        arts = list(reversed(arts))
    last = (len(arts) + PER_PAGE - 1) // PER_PAGE
    shown = min(page, last)  # pages beyond the last repeat the last one (and keep linking onwards)
    chunk = arts[(shown - 1) * PER_PAGE: shown * PER_PAGE]
    oq = f"order={order}&amp;" if order else ""

    def purl(p):
        if p == 1 and not order:
            return f"/html/{d}/"
        return f"/html/{d}/?{oq}page={p}"

    pl = [f'<a href="{purl(1)}">首页</a>']
    if page > 1:
        pl.append(f'<a href="{purl(page - 1)}">上一页</a>')
    for p in range(1, last + 1):
        pl.append(f'<span class="cur">{p}</span>' if p == page else f'<a href="{purl(p)}">{p}</a>')
    pl.append(f'<a href="{purl(page + 1)}">下一页</a>')  # template bug: shown on the last page too
    pl.append(f'<a href="{purl(last)}">尾页</a>')
    pl.append(f"<span>共{len(arts)}条 {last}页</span>")
    sort = (f'<div class="sort">排序：<a href="/html/{d}/?order=time">按时间</a> | '
            f'<a href="/html/{d}/?order=hits">按点击</a></div>')
    body = (
        f"<body>\n{topbar('/html/' + d + '/')}{header()}{nav(d)}"
        '<div class="w1000 main">'
        f'<div class="position">当前位置：<a href="/">首页</a> &gt; {cname}</div>'
        f'<div class="left"><div class="listbox"><h2>{cname}</h2>{sort}<ul class="list">'
        + "".join(item_li(a) for a in chunk)
        + '</ul><div class="pages">' + " ".join(pl) + "</div></div></div>"
        + sidebar() + "</div>\n"
    )
    return head(f"{cname}_{SITENAME}" + (f"_第{page}页" if page > 1 else ""), "gb2312") + body + footer()


def simple_list_page(title: str, arts, path: str, extra_nav: str = "", empty: str = "暂无信息") -> str:
    lis = "".join(item_li(a) for a in arts) or f'<li class="empty">{empty}</li>'
    body = (
        f"<body>\n{topbar(path)}{header()}{nav()}"
        '<div class="w1000 main">'
        f'<div class="position">当前位置：<a href="/">首页</a> &gt; {esc(title)}</div>'
        f'<div class="left"><div class="listbox"><h2>{esc(title)}</h2><ul class="list">{lis}</ul>{extra_nav}</div></div>'
        + sidebar() + "</div>\n"
    )
    return head(f"{title}_{SITENAME}", "gb2312") + body + footer()


def tag_page(i: int) -> str:
    t = TAGS[i - 1]
    arts = [a for a in reversed(ARTICLES) if t in a["tags"]]
    return simple_list_page(f"标签：{t}", arts, f"/tag/{i}.html")


def archive_page(y: int, m: int) -> str:
    ym = f"{y:04d}-{m:02d}"
    arts = [a for a in reversed(ARTICLES) if a["dt"][:7] == ym]
    py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
    ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
    navs = ('<div class="calnav">'
            f'<a href="/html/archive/{py:04d}-{pm:02d}.html">&lt;&lt; 上一月</a> '
            f"<strong>{y}年{m}月</strong> "
            f'<a href="/html/archive/{ny:04d}-{nm:02d}.html">下一月 &gt;&gt;</a></div>')
    return simple_list_page(f"{y}年{m}月资讯归档", arts, f"/html/archive/{ym}.html", navs, "本月暂无信息")


def search_page(keyword: str | None, page: int) -> str:
    if not keyword:
        form = ('<div class="searchbox"><form action="/search.php" method="get">'
                '<input type="text" name="keyword" /><select name="catid"><option value="0">全部栏目</option></select>'
                '<input type="submit" value="搜索" /></form><p>请输入关键词进行搜索。</p></div>')
        body = (f"<body>\n{topbar('/search.php')}{header()}{nav()}"
                f'<div class="w1000 main"><div class="left">{form}</div>{sidebar()}</div>\n')
        return head(f"站内搜索_{SITENAME}", "gb2312") + body + footer()
    arts = [a for a in reversed(ARTICLES) if keyword in a["title"] or any(keyword in x for x in a["body"] if isinstance(x, str))]
    chunk = arts[(page - 1) * 10: page * 10]
    kq = gbk_q(keyword)
    navs = (f'<div class="pages"><span>第{page}页</span> '
            f'<a href="/search.php?keyword={kq}&amp;page={page + 1}">下一页</a></div>'
            '<div class="relsearch">相关搜索：'
            + " ".join(f'<a href="/search.php?keyword={gbk_q(keyword + w)}">{esc(keyword + w)}</a>' for w in ("价格", "政策"))
            + "</div>")
    return simple_list_page(f"“{keyword}”的搜索结果", chunk, "/search.php", navs, "没有找到相关信息")


def login_page() -> str:
    body = (
        "<body>\n<div class=\"loginbox\">"
        f'<h2><a href="/">{SITENAME}</a> 会员登录</h2>'
        '<form action="/login.php?action=dologin" method="post">'
        '<p>用户名：<input type="text" name="username" /></p>'
        '<p>密　码：<input type="password" name="password" /></p>'
        '<p>验证码：<input type="text" name="code" /> <img src="/statics/images/checkcode.gif" alt="验证码" /></p>'
        '<p><input type="submit" value="登 录" /> <a href="/member/register.php">注册新用户</a> '
        '<a href="/member/getpassword.php">忘记密码？</a></p></form>'
        '<p>登录后可发布厂房出租、出售信息，收藏关注的园区。</p></div>\n'
        '<div class="footer"><p>Copyright &copy; 2012-2024 中部产业用地网 豫ICP备12034567号-1</p></div>\n</body>\n</html>\n'
    )
    return head(f"会员登录_{SITENAME}", "gbk") + body


ABOUT = {
    "/about/": ("关于我们", [
        "中部产业用地网成立于2012年，是一家专注于中部地区产业园区招商、工业厂房租售和工业用地信息服务的专业网站。",
        "网站现有注册园区600余家，常年发布标准化厂房、仓储物流用地和产业项目招商信息，为企业选址和园区招商提供一站式服务。",
        "本站同时承办“中部产业园区招商对接会”等行业活动，并为地方政府和开发区提供招商策划与代理服务。"]),
    "/about/contact.html": ("联系我们", [
        "地址：郑州市郑东新区商务外环路18号国际商会大厦16层",
        "招商热线：0371-6557 8800　传真：0371-6557 8801",
        "邮箱：zs@cn-landpark.example.com　邮编：450018",
        "乘车路线：地铁1号线会展中心站C口出，向北步行约500米。"]),
    "/about/ad.html": ("广告服务", [
        "本站首页通栏、栏目页对联、厂房推荐位等广告位常年招租，具体价格请来电咨询。",
        "广告联系人：吴女士　电话：0371-6557 8802"]),
}


def about_page(path: str) -> str:
    title, paras = ABOUT[path]
    side = "".join(f'<li><a href="{p}">{t}</a></li>' for p, (t, _) in ABOUT.items())
    body = (
        f"<body>\n{topbar(path)}{header()}{nav()}"
        '<div class="w1000 main">'
        f'<div class="aboutnav"><ul>{side}<li><a href="/about/job.html">诚聘英才</a></li></ul></div>'
        f'<div class="aboutmain"><h2>{title}</h2>'
        + "".join(f"<p>{esc(p)}</p>" for p in paras)
        + "</div></div>\n"
        + '<div class="footer"><p>Copyright &copy; 2012-2024 中部产业用地网 版权所有 豫ICP备12034567号-1</p></div>\n</body>\n</html>\n'
    )
    return head(f"{title}_{SITENAME}", "gbk") + body


def gongqiu_list() -> str:
    lis = "".join(
        f'<li><a href="/gongqiu/{l["id"]}.html">{esc(l["title"])}</a>'
        f'<span>面积：{l["area"]}㎡</span><span>租金：{l["price"]}元/㎡/天</span><span>{l["dt"]}</span></li>'
        for l in LISTINGS)
    body = (
        f"<body>\n{topbar('/gongqiu/')}{header()}{nav()}"
        '<div class="w1000 main"><div class="position">当前位置：<a href="/">首页</a> &gt; 厂房出租</div>'
        '<div class="gqfilter">区域：<a href="/gongqiu/">不限</a> 面积：<a href="/gongqiu/">不限</a></div>'
        f'<ul class="gqlist">{lis}</ul>'
        '<p class="fabu"><a href="/member/index.php?action=fabu">免费发布厂房信息</a></p></div>\n'
        '<div class="footer"><p>Copyright &copy; 2012-2024 中部产业用地网 版权所有 豫ICP备12034567号-1</p></div>\n</body>\n</html>\n'
    )
    return head(f"厂房出租_厂房出售_{SITENAME}", "gbk") + body


def gongqiu_detail(l) -> str:
    rows = [("所在位置", l["loc"]), ("厂房面积", f"{l['area']}㎡"), ("租金", f"{l['price']}元/㎡/天"),
            ("层高", l["height"]), ("配电", l["power"]), ("发布日期", l["dt"])]
    tb = "".join(f"<tr><th>{k}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    body = (
        f"<body>\n{topbar('/gongqiu/%d.html' % l['id'])}{header()}{nav()}"
        '<div class="w1000 main"><div class="position">当前位置：<a href="/">首页</a> &gt; '
        '<a href="/gongqiu/">厂房出租</a> &gt; 详情</div>'
        f'<div class="gqdetail"><h1>{esc(l["title"])}</h1><table class="gqinfo">{tb}</table>'
        f'<div class="gqdesc"><h3>厂房描述</h3><p>{esc(l["desc"])}</p></div>'
        '<div class="gqcontact"><p>联系人：周经理　电话：<a href="tel:13937108800">139 3710 8800</a></p>'
        '<p>温馨提示：看厂前请与业主确认房源信息，本站不收取任何看厂费用。</p></div></div></div>\n'
        '<div class="footer"><p>Copyright &copy; 2012-2024 中部产业用地网 版权所有 豫ICP备12034567号-1</p></div>\n</body>\n</html>\n'
    )
    return head(f"{l['title']}_厂房出租_{SITENAME}", "gbk") + body


def download_page() -> str:
    lis = "".join(f'<li><span>{d}</span><a href="{u}">{esc(t)}</a> <a href="{u}" class="dl">[下载]</a></li>'
                  for d, t, u in DOWNLOADS)
    body = (
        f"<body>\n{topbar('/html/download/')}{header()}{nav()}"
        '<div class="w1000 main"><div class="position">当前位置：<a href="/">首页</a> &gt; 资料下载</div>'
        f'<div class="left"><div class="listbox"><h2>资料下载</h2><ul class="dllist">{lis}</ul></div></div>'
        + sidebar() + "</div>\n"
    )
    return head(f"资料下载_{SITENAME}", "gb2312") + body + footer()


def home_page() -> str:
    newest = list(reversed(ARTICLES))
    focus = ART_BY_ID[FOCUS_ID]
    blocks = []
    for cid, d, n in CATS:
        arts = [a for a in newest if a["cat"] == d][:6]
        lis = "".join(f'<li><span>[{mmdd(a)}]</span><a href="{art_path(a)}" title="{esc(a["title"])}">{esc(a["title"])}</a></li>'
                      for a in arts)
        blocks.append(f'<div class="hbox"><h3><a href="/html/{d}/?from=index" class="more">更多&gt;&gt;</a>{n}</h3><ul>{lis}</ul></div>')
    gq = "".join(f'<li><a href="/gongqiu/{l["id"]}.html">{esc(l["title"])}</a> <em>{l["area"]}㎡ {l["price"]}元/㎡/天</em></li>'
                 for l in LISTINGS)
    bare = ART_BY_ID[BARE_LINK_ID]
    body = (
        f"<body>\n{topbar('/')}{header()}{nav()}"
        '<div class="w1000 main">'
        f'<div class="focus"><h2><a href="{art_path(focus)}?from=index_focus">{esc(focus["title"])}</a></h2>'
        f'<p>{esc(focus["body"][0][:60])}…<a href="{art_path(focus)}?from=index_focus">[详细]</a></p></div>'
        f'<div class="tuijian"><h3>推荐阅读</h3><ul><li><a href="http://{BARE}{art_path(bare)}">{esc(bare["title"])}</a></li>'
        '<li><a href="/html/special/2023pingxuan/">2023中部园区综合实力评选专题</a></li></ul></div>'
        + "".join(blocks)
        + f'<div class="hbox gq"><h3><a href="/gongqiu/" class="more">更多&gt;&gt;</a>厂房出租</h3><ul>{gq}</ul></div>'
        + '<div class="hbox"><h3><a href="/html/download/" class="more">更多&gt;&gt;</a>资料下载</h3><ul>'
        + "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for _, t, u in DOWNLOADS[:3]) + "</ul></div>"
        + sidebar() + "</div>\n"
    )
    return head(f"{SITENAME}-产业园区招商_厂房出租_工业用地信息平台", "gb2312") + body + footer()


def not_found() -> str:
    return (head(f"404 页面不存在_{SITENAME}", "gbk")
            + '<body><div class="err"><h2>404 您访问的页面不存在或已被删除</h2>'
            '<p><a href="/">返回首页</a></p></div></body></html>\n')


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /api.php
Disallow: /caches/
Disallow: /member/
Disallow: /index.php?m=member
Disallow: /statics/

User-agent: Baiduspider
Disallow: /admin/
Disallow: /api.php
Disallow: /member/
"""


# ---------------------------------------------------------------- the emulator
class PortalEmulator:
    origin = ORIGIN
    hosts = (HOST, BARE)

    def _resp(self, status: int, text: str | None = None, ctype: str = "text/html", body: bytes | None = None,
              extra: dict | None = None) -> Response:
        h = {"Date": DATE_HDR, "Server": "nginx/1.16.1", "X-Powered-By": "PHP/5.6.40", "Content-Type": ctype}
        if extra:
            h.update(extra)
        if body is None:
            body = (text or "").encode("gb18030")
        return Response(status, h, body)

    def handle(self, method: str, url: str) -> Response:
        try:
            parts = urlsplit(url)
            host = (parts.hostname or "").lower()
        except ValueError:
            return Response(400, {"Date": DATE_HDR}, b"")
        if host not in self.hosts or parts.scheme not in ("http", "https"):
            return Response(502, {"Date": DATE_HDR, "Content-Type": "text/plain"}, b"bad gateway")
        path = parts.path or "/"
        q = parts.query
        if host == BARE:
            loc = ORIGIN + path + ("?" + q if q else "")
            return self._resp(301, "", extra={"Location": loc})
        try:
            return self._route(path, q)
        except (ValueError, KeyError, IndexError):
            return self._resp(404, not_found())

    def _route(self, path: str, q: str) -> Response:
        qs = parse_qs(q, keep_blank_values=True)
        g = lambda k: qs.get(k, [None])[0]  # noqa: E731
        html18030 = "text/html; charset=GB18030"
        if path == "/robots.txt":
            return self._resp(200, ROBOTS, "text/plain")
        if path in ("/", "/index.html", "/index.htm"):
            return self._resp(200, home_page(), html18030)
        if path == "/index.php":
            if not q:
                return self._resp(200, home_page(), html18030)
            m, c, act = g("m"), g("c"), g("a")
            if m == "content" and c == "index" and act in ("show", "print"):
                a = ART_BY_ID[int(g("id"))]
                if act == "print":
                    return self._resp(200, print_page(a))
                page = int(g("page") or 1)
                if not 1 <= page <= len(pages_of(a)):
                    raise ValueError
                return self._resp(200, article_page(a, page))
            if m == "member":
                return self._resp(200, login_page())
            raise ValueError
        m = re.fullmatch(r"/html/([a-z]+)/(\d{4})/(\d{4})/(\d+)(?:_(\d+))?\.html", path)
        if m:
            d, y, md, aid, pg = m.groups()
            a = ART_BY_ID.get(int(aid))
            if a is None:
                raise ValueError
            page = int(pg or 1)
            if a.get("old_url") and path == a["old_url"] and not pg:
                return self._resp(301, "", extra={"Location": ORIGIN + art_path(a)})
            if art_path(a, page) != path or not 1 <= page <= len(pages_of(a)):
                raise ValueError
            return self._resp(200, article_page(a, page), "text/html")  # charset in the meta tag only
        m = re.fullmatch(r"/html/([a-z]+)/(index\.html)?", path)
        if m and m.group(1) in CAT_BY_DIR:
            page = int(g("page") or 1)
            order = g("order")
            if order not in (None, "time", "hits") or not 1 <= page <= 9999:
                raise ValueError
            return self._resp(200, list_page(CAT_BY_DIR[m.group(1)], page, order), html18030)
        if path in ("/html/download/", "/html/download/index.html"):
            return self._resp(200, download_page(), html18030)
        m = re.fullmatch(r"/html/archive/(\d{4})-(\d{2})\.html", path)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            if not (1000 <= y <= 9999 and 1 <= mo <= 12):
                raise ValueError
            return self._resp(200, archive_page(y, mo), html18030)
        m = re.fullmatch(r"/tag/(\d+)\.html", path)
        if m:
            i = int(m.group(1))
            if not 1 <= i <= len(TAGS):
                raise ValueError
            return self._resp(200, tag_page(i), html18030)
        if path == "/search.php":
            kw = None
            raw = re.search(r"(?:^|&)keyword=([^&]*)", q)
            if raw:
                b = unquote_to_bytes(raw.group(1).replace("+", " "))
                try:
                    kw = b.decode("utf-8")
                except UnicodeDecodeError:
                    kw = b.decode("gb18030", "replace")
                kw = kw.strip() or None
                if kw == "请输入关键词":
                    kw = None
            page = int(g("page") or 1)
            if not 1 <= page <= 99999:
                raise ValueError
            return self._resp(200, search_page(kw, page), html18030)
        if path == "/login.php":
            return self._resp(200, login_page())
        if path in ABOUT:
            return self._resp(200, about_page(path))
        if path in ("/gongqiu/", "/gongqiu/index.html"):
            return self._resp(200, gongqiu_list(), "text/html; charset=gbk")
        m = re.fullmatch(r"/gongqiu/(\d+)\.html", path)
        if m:
            l = {x["id"]: x for x in LISTINGS}[int(m.group(1))]
            return self._resp(200, gongqiu_detail(l), "text/html; charset=gbk")
        if path.startswith("/member/") or path.startswith("/admin/"):
            return self._resp(200, login_page())
        if path == "/api.php":
            a = ART_BY_ID.get(int(g("id") or 0))
            n = hits(a) if a else 0
            return self._resp(200, f"document.write('{n}');", "application/x-javascript")
        if path.startswith("/uploadfile/"):
            for a in ARTICLES:
                for it in a["body"]:
                    if isinstance(it, tuple) and it[0] == "img" and it[1] == path and "missing" not in path:
                        return self._resp(200, body=GIF, ctype="image/gif",
                                          extra={"Last-Modified": DATE_HDR, "Cache-Control": "max-age=2592000"})
            for d, t, u in DOWNLOADS:
                if u == path:
                    ct = {"pdf": "application/pdf", "doc": "application/msword",
                          "xls": "application/vnd.ms-excel"}[u.rsplit(".", 1)[1]]
                    data = (b"%PDF-1.4\n% " if ct == "application/pdf" else b"\xd0\xcf\x11\xe0") + t.encode("gb18030") + b"\n"
                    return self._resp(200, body=data, ctype=ct,
                                      extra={"Content-Disposition": "attachment; filename=" + u.rsplit("/", 1)[1]})
            raise ValueError
        if path.startswith("/statics/"):
            if path.endswith(".css"):
                return self._resp(200, "body{font-size:12px}", "text/css")
            if path.endswith(".js"):
                return self._resp(200, "function AddFavorite(){}", "application/x-javascript")
            if path.endswith(".gif"):
                return self._resp(200, body=GIF, ctype="image/gif")
            raise ValueError
        raise ValueError


def emulator() -> PortalEmulator:
    return PortalEmulator()


# ---------------------------------------------------------------- ground truth
def build_truth() -> dict:
    arts = []
    for a in ARTICLES:
        cid = cat_of(a)[0]
        boil: list = []
        for p in range(1, len(pages_of(a)) + 1):
            article_page(a, p, boil)
        seen, blocks = set(), []
        for b in boil:
            if b and b not in seen:
                seen.add(b)
                blocks.append(b)
        canon = ORIGIN + art_path(a)
        aliases = [ORIGIN + dyn_path(a), ORIGIN + print_path(a),
                   "https://" + HOST + art_path(a), "http://" + BARE + art_path(a)]
        if a.get("old_url"):
            aliases.append(ORIGIN + a["old_url"])
        if a["id"] in TRACKED:
            aliases.append(ORIGIN + TRACKED[a["id"]])
        if a["id"] == FOCUS_ID:
            aliases.append(canon + "?from=index_focus")
        rec = {
            "url": canon, "aliases": aliases, "title": a["title"], "published_at": published_at(a),
            "author": a["author"], "source": a["source"], "category": cat_of(a)[2], "tags": list(a["tags"]),
            "views": a["views"], "body": body_truth(a), "boilerplate": blocks,
            "original_title": a.get("orig_title"),
        }
        if len(pages_of(a)) > 1:
            rec["page_urls"] = [ORIGIN + art_path(a, p) for p in range(1, len(pages_of(a)) + 1)]
        arts.append(rec)
    na = [{"url": ORIGIN + "/", "kind": "home"}]
    for cid, d, n in CATS:
        k = len([a for a in ARTICLES if a["cat"] == d])
        last = (k + PER_PAGE - 1) // PER_PAGE
        na.append({"url": f"{ORIGIN}/html/{d}/", "kind": "category"})
        for p in range(2, last + 1):
            na.append({"url": f"{ORIGIN}/html/{d}/?page={p}", "kind": "list"})
    for i in range(1, len(TAGS) + 1):
        na.append({"url": f"{ORIGIN}/tag/{i}.html", "kind": "tag"})
    for ym in months_with_articles():
        na.append({"url": f"{ORIGIN}/html/archive/{ym}.html", "kind": "archive"})
    na.append({"url": ORIGIN + "/search.php", "kind": "search"})
    na.append({"url": ORIGIN + "/login.php", "kind": "login"})
    na.append({"url": ORIGIN + "/about/", "kind": "about"})
    na.append({"url": ORIGIN + "/about/contact.html", "kind": "contact"})
    na.append({"url": ORIGIN + "/about/ad.html", "kind": "other"})
    na.append({"url": ORIGIN + "/gongqiu/", "kind": "factory-listing"})
    for l in LISTINGS:
        na.append({"url": f"{ORIGIN}/gongqiu/{l['id']}.html", "kind": "factory-listing"})
    na.append({"url": ORIGIN + "/html/download/", "kind": "download"})
    for d, t, u in DOWNLOADS:
        na.append({"url": ORIGIN + u, "kind": "download"})
    traps = [
        {"url_pattern": ORIGIN + "/html/archive/YYYY-MM.html (any year 1000-9999)", "kind": "calendar",
         "note": "按月归档: every month page links 上一月/下一月 without end; only the months listed in not_articles hold articles"},
        {"url_pattern": ORIGIN + "/html/<cat>/?page=N (N > last page)", "kind": "pagination-loop",
         "note": "the list template always shows 下一页; pages past the last repeat the last page's items and link to N+1 (up to 9999)"},
        {"url_pattern": ORIGIN + "/html/<cat>/?order=time|hits[&page=N], ?from=index, /html/<cat>/index.html", "kind": "query-string",
         "note": "sort-order and tracking variants of the category lists (same items, different order)"},
        {"url_pattern": ORIGIN + "/search.php?keyword=...[&page=N]", "kind": "search",
         "note": "keywords are percent-encoded in GB18030; results pages always link 下一页 and 相关搜索 keyword+价格/政策, endless"},
        {"url_pattern": ORIGIN + "/login.php?sid=<md5 of the page>&forward=<page URL>", "kind": "session-id",
         "note": "every page links the login page with its own sid/forward: one login URL per page"},
        {"url_pattern": ORIGIN + "/html/<cat>/YYYY/MMDD/<id>.html?<anything>", "kind": "query-string",
         "note": "article pages answer any query string (utm_source, from=index_focus...) with the same page; canonical link present except in 政策法规"},
        {"url_pattern": ORIGIN + "/index.php?m=content&c=index&a=show|print&catid=C&id=I", "kind": "duplicate",
         "note": "dynamic and print views of every article (listed as aliases); the 热门文章 sidebar links the dynamic form"},
        {"url_pattern": "http://cn-landpark.example.com/*", "kind": "redirect",
         "note": "bare host answers 301 to the same path on www"},
        {"url_pattern": ORIGIN + "/html/zhaoshang/2024/0305/1105.html", "kind": "redirect",
         "note": "moved article: 301 to /html/news/2024/0305/1105.html; still linked from 相关文章 lists"},
        {"url_pattern": ORIGIN + "/sitemap.html", "kind": "broken-link", "note": "footer link, 404"},
        {"url_pattern": ORIGIN + "/about/job.html", "kind": "broken-link", "note": "friend-link/about menu link, 404"},
        {"url_pattern": ORIGIN + "/html/special/2023pingxuan/", "kind": "broken-link", "note": "home 推荐阅读 link, 404"},
        {"url_pattern": ORIGIN + "/uploadfile/2024/0408/missing.jpg", "kind": "broken-link", "note": "image in article 1118, 404"},
    ]
    forbidden = [
        ORIGIN + "/admin/", ORIGIN + "/api.php", ORIGIN + "/caches/", ORIGIN + "/member/",
        ORIGIN + "/index.php?m=member", ORIGIN + "/statics/",
        "http://192.168.1.20/", "http://127.0.0.1:8081/", "http://m.cn-landpark.example.com/",
        "http://www.henan.gov.cn/", "http://www.mofcom.gov.cn/", "http://www.landchina.com/", "http://www.cadz.org.cn/",
        "https://beian.miit.gov.cn/", "http://www.beian.gov.cn/", "http://service.weibo.com/", "http://sns.qzone.qq.com/",
    ]
    return {"name": "portal_gb18030", "hosts": list(PortalEmulator.hosts), "start_urls": [ORIGIN + "/"],
            "timezone": "+08:00", "articles": arts, "not_articles": na, "traps": traps, "forbidden": forbidden}
