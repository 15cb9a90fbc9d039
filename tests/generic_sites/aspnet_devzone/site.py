# -*- coding: utf-8 -*-
"""Emulated site of 临淮经济技术开发区管理委员会: an ASP.NET WebForms CMS on IIS 7.5, GB2312 pages.

emulator() -> object with .origin and .handle(method, url) -> Response(.status, .headers, .body).
Deterministic: no clock (fixed Date header and fixed "today"), no randomness, no network.
"""

from __future__ import annotations

import base64
import calendar as _cal
import hashlib
import html as _html
import re
from urllib.parse import parse_qsl, quote_from_bytes, unquote, urlsplit

import aspnet_devzone_content as C

ORIGIN = "http://" + C.HOST
HOSTS = (C.HOST, C.BARE_HOST)
SESSION_ID = "kq2vbd45ytxw1n55fjz0mr45"
DATE_HEADER = "Wed, 09 Apr 2025 02:30:00 GMT"
TODAY = (2025, 4, 9)
TODAY_TEXT = "今天是：2025年4月9日 星期三"

ART = {a["id"]: a for a in C.ARTICLES}
PLANT = {p["id"]: p for p in C.PLANTS}
DOWN = {d["id"]: d for d in C.DOWNLOADS}
JOB = {j["id"]: j for j in C.JOBS}


class Response:
    def __init__(self, status: int, headers: dict, body: bytes):
        self.status = status
        self.headers = headers
        self.body = body

    def __repr__(self) -> str:
        return f"<Response {self.status} {self.headers.get('Content-Type', '')} {len(self.body)}B>"


# ------------------------------------------------------------------ helpers
def esc(s: str) -> str:
    return _html.escape(s, quote=True)


def trunc(s: str, n: int) -> str:
    return s if len(s) <= n else s[:n] + "..."


def gbq(s: str) -> str:
    """Server.UrlEncode with the site's GB2312 request encoding."""
    return quote_from_bytes(s.encode("gb2312"))


def asp_dt(dt: str) -> str:
    """DateTime.ToString() under zh-CN: 2025/4/7 10:15:32."""
    d, t = dt.split(" ")
    y, m, dd = d.split("-")
    hh, mi, ss = t.split(":")
    return f"{int(y)}/{int(m)}/{int(dd)} {int(hh)}:{mi}:{ss}"


def viewstate(key: str, n: int = 5) -> str:
    raw = b""
    h = key.encode("utf-8")
    for i in range(n):
        h = hashlib.sha1(h + bytes([i])).digest()
        raw += h
    return "/wEPDwUKMTI3NjU0MzIxMA9kFgJmD2QWAgIDD2QWBgIBDxYCHgRUZXh0" + base64.b64encode(raw).decode("ascii")


def col_articles(cid: int) -> list:
    return sorted([a for a in C.ARTICLES if a["cid"] == cid], key=lambda a: a["dt"], reverse=True)


def col_entries(cid: int) -> list:
    """List entries of a column as shown by List.aspx: pinned first, then by date (external links mixed in)."""
    arts = col_articles(cid)
    entries = [("art", a["id"], a["dt"][:10]) for a in arts]
    for title, date, href in C.EXTERNAL_LIST_ITEMS.get(cid, []):
        entries.append(("ext", (title, href), date))
    entries.sort(key=lambda e: e[2], reverse=True)
    pinned = [e for e in entries if e[0] == "art" and ART[e[1]].get("pinned")]
    rest = [e for e in entries if e not in pinned]
    return pinned + rest


def page_count(n: int, size: int) -> int:
    return max(1, (n + size - 1) // size)


ON = ' class="on"'


class Ctx:
    """Per-request rendering context: the cookieless-session prefix and the page key."""

    def __init__(self, prefix: str, key: str):
        self.prefix = prefix
        self.key = key

    def L(self, path: str) -> str:
        if path.startswith("/") and not path.startswith("//"):
            return self.prefix + path
        return path


# ------------------------------------------------------------------ shared template
def head(title: str, *, keywords: str = "", description: str = "", canonical: str | None = None) -> str:
    h = [
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml">',
        '<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=gb2312" /><title>',
        "\t" + esc(title),
        "</title>",
        '<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7" />',
        f'<meta name="keywords" content="{esc(keywords or "临淮经济技术开发区,临淮开发区,招商引资,标准化厂房")}" />',
        f'<meta name="description" content="{esc(description or "临淮经济技术开发区管理委员会官方网站")}" />',
    ]
    if canonical:
        h.append(f'<link rel="canonical" href="{esc(canonical)}" />')
    h += [
        '<link href="/Skin/Default/css/style.css" rel="stylesheet" type="text/css" />',
        '<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>',
        '<script type="text/javascript" src="/js/common.js"></script>',
        "</head>",
    ]
    return "\n".join(h)


def form_open(ctx: Ctx, action: str) -> str:
    return "\n".join([
        f'<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">',
        "<div>",
        '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />',
        '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />',
        f'<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(ctx.key)}" />',
        "</div>",
        "",
        '<script type="text/javascript">',
        "//<![CDATA[",
        "var theForm = document.forms['aspnetForm'];",
        "if (!theForm) {",
        "    theForm = document.aspnetForm;",
        "}",
        "function __doPostBack(eventTarget, eventArgument) {",
        "    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {",
        "        theForm.__EVENTTARGET.value = eventTarget;",
        "        theForm.__EVENTARGUMENT.value = eventArgument;",
        "        theForm.submit();",
        "    }",
        "}",
        "//]]>",
        "</script>",
        "",
        '<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZDd4o8kO1p2cVrZ0w1&amp;t=634605546709717464" type="text/javascript"></script>',
    ])


def form_close(ctx: Ctx) -> str:
    ev = base64.b64encode(hashlib.md5(("ev" + ctx.key).encode()).digest() * 2).decode("ascii")
    return "\n".join([
        "<div>",
        f'\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEWBAL{ev}" />',
        "</div></form>",
    ])


MENU = [
    ("首页", "/Default.aspx"),
    ("走进开发区", "/Channel/Page.aspx?CID=12"),
    ("园区动态", "/Channel/List.aspx?CID=2"),
    ("通知公告", "/Channel/List.aspx?CID=4"),
    ("招商引资", "/Channel/List.aspx?CID=3"),
    ("厂房租售", "/Plant/List.aspx"),
    ("政策法规", "/Channel/List.aspx?CID=5"),
    ("媒体聚焦", "/Channel/List.aspx?CID=7"),
    ("下载中心", "/Down/List.aspx"),
    ("人才招聘", "/Job/List.aspx"),
    ("政民互动", "/Interact/Consult.aspx"),
]


def header(ctx: Ctx, current: str = "") -> str:
    items = []
    for name, href in MENU:
        cls = ' class="cur"' if name == current else ""
        items.append(f'<li{cls}><a href="{esc(ctx.L(href))}">{name}</a></li>')
    hot = " ".join(
        f'<a href="{esc(ctx.L("/Search.aspx?kw=" + gbq(k)))}" target="_blank">{k}</a>' for k in C.HOT_SEARCH
    )
    return "\n".join([
        '<div id="topbar"><div class="w1000">',
        f'<div class="fl">{TODAY_TEXT}</div>',
        '<div class="fr"><a href="javascript:void(0);" onclick="this.style.behavior=\'url(#default#homepage)\';this.setHomePage(\'http://www.lhetdz.gov.cn\');">设为首页</a> | '
        '<a href="javascript:void(0);" onclick="AddFavorite(\'http://www.lhetdz.gov.cn\',\'临淮经济技术开发区\');">加入收藏</a> | '
        f'<a href="{esc(ctx.L("/User/Login.aspx"))}">会员登录</a> | '
        f'<a href="{esc(ctx.L("/SiteMap.aspx"))}">网站地图</a></div>',
        "</div></div>",
        '<div id="banner"><div class="w1000">',
        f'<a href="{esc(ctx.L("/Default.aspx"))}" class="logo"><img src="/Skin/Default/images/logo.png" alt="临淮经济技术开发区管理委员会" /></a>',
        "</div></div>",
        '<div id="mainmenu"><div class="w1000"><ul>',
        "\n".join(items),
        "</ul></div></div>",
        '<div id="searchbar"><div class="w1000">',
        '<div class="s_l">站内搜索：<input name="ctl00$ucTop$txtKeyword" type="text" id="ctl00_ucTop_txtKeyword" class="s_input" />'
        '<input type="image" name="ctl00$ucTop$ibtnSearch" id="ctl00_ucTop_ibtnSearch" src="/Skin/Default/images/btn_search.gif" style="border-width:0px;" /></div>',
        f'<div class="s_r">热门搜索：{hot}</div>',
        "</div></div>",
    ])


def footer(ctx: Ctx) -> str:
    links = " ".join(f'<a href="{esc(h)}" target="_blank">{n}</a>' for n, h in C.FRIEND_LINKS)
    lines = "\n".join(f"<p>{esc(x)}</p>" for x in C.FOOTER_LINES)
    return "\n".join([
        '<div id="flink"><div class="w1000"><span class="t">友情链接：</span>' + links + "</div></div>",
        '<div id="footer"><div class="w1000">',
        '<div class="f_nav">'
        f'<a href="{esc(ctx.L("/Channel/Page.aspx?CID=12"))}">关于我们</a> | '
        f'<a href="{esc(ctx.L("/Channel/Page.aspx?CID=15"))}">联系我们</a> | '
        f'<a href="{esc(ctx.L("/SiteMap.aspx"))}">网站地图</a> | '
        f'<a href="{esc(ctx.L("/Admin/Login.aspx"))}" target="_blank">后台管理</a></div>',
        lines,
        f'<p><a href="http://beian.miit.gov.cn/" target="_blank">{C.ICP}</a>　<img src="/Skin/Default/images/ga.png" alt="" />{C.GONGAN}　{C.SITE_CODE}</p>',
        f'<p>您是本站第 <span class="red">{C.VISITORS}</span> 位访问者</p>',
        '<div class="dzjg"><img src="/Skin/Default/images/dzjg.png" alt="党政机关" /></div>',
        "</div></div>",
    ])


def contact_box(ctx: Ctx) -> str:
    lines = "\n".join(f"<li>{esc(x)}</li>" for x in C.SALES_CONTACT)
    return "\n".join([
        '<div class="side_box contact_box">',
        '<div class="side_tit"><span>招商服务</span></div>',
        f'<ul class="contact_list">\n{lines}\n</ul>',
        '<div class="wx"><img src="/Skin/Default/images/qrcode_wx.jpg" alt="" width="110" height="110" />'
        "<p>扫一扫关注“临淮开发区”微信公众号</p></div>",
        "</div>",
    ])


def calendar_box(ctx: Ctx) -> str:
    return "\n".join([
        '<div class="side_box cal_box">',
        '<div class="side_tit"><span>活动日历</span></div>',
        '<div class="cal_links">'
        f'<a href="{esc(ctx.L("/Calendar.aspx?y=2025&m=3"))}">2025年3月</a> '
        f'<a href="{esc(ctx.L("/Calendar.aspx"))}">本月活动</a></div>',
        "</div>",
    ])


def column_nav(ctx: Ctx, current_cid: int | None) -> str:
    lis = []
    for cid in C.COLUMN_ORDER:
        cls = ' class="on"' if cid == current_cid else ""
        lis.append(f'<li{cls}><a href="{esc(ctx.L(f"/Channel/List.aspx?CID={cid}"))}">{C.COLUMNS[cid]["name"]}</a></li>')
    lis.append(f'<li><a href="{esc(ctx.L("/Plant/List.aspx"))}">厂房租售</a></li>')
    lis.append(f'<li><a href="{esc(ctx.L("/Down/List.aspx"))}">下载中心</a></li>')
    return "\n".join([
        '<div class="side_box col_nav">',
        '<div class="side_tit"><span>信息公开</span></div>',
        '<ul class="sub_nav">',
        "\n".join(lis),
        "</ul>",
        "</div>",
    ])


def hot_box(ctx: Ctx) -> str:
    hot = sorted([a for a in C.ARTICLES if a["views"]], key=lambda a: a["views"], reverse=True)[:8]
    lis = "\n".join(
        f'<li><a href="{esc(ctx.L("/item/Show.aspx?id=%d" % a["id"]))}" title="{esc(a["title"])}" target="_blank">{esc(trunc(a["title"], 15))}</a></li>'
        for a in hot
    )
    return "\n".join([
        '<div class="side_box hot_box">',
        '<div class="side_tit"><span>热点排行</span></div>',
        f'<ul class="hot_list">\n{lis}\n</ul>',
        "</div>",
    ])


def notice_box(ctx: Ctx) -> str:
    lis = "\n".join(
        f'<li><a href="{esc(ctx.L("/Item/Show.aspx?ID=%d" % a["id"]))}" title="{esc(a["title"])}" target="_blank">{esc(trunc(a["title"], 15))}</a></li>'
        for a in col_articles(4)[:5]
    )
    return "\n".join([
        '<div class="side_box notice_box">',
        f'<div class="side_tit"><span>最新公告</span><a class="more" href="{esc(ctx.L("/Channel/List.aspx?CID=4"))}">更多&gt;&gt;</a></div>',
        f'<ul class="side_list">\n{lis}\n</ul>',
        "</div>",
    ])


def document(ctx: Ctx, title: str, action: str, body: str, current: str = "", **headkw) -> str:
    return "\n".join([
        head(title, **headkw),
        "<body>",
        form_open(ctx, action),
        header(ctx, current),
        body,
        footer(ctx),
        form_close(ctx),
        '<script type="text/javascript" src="/js/tongji.js"></script>',
        "</body>",
        "</html>",
    ])


def position(ctx: Ctx, crumbs: list) -> str:
    parts = [f'<a href="{esc(ctx.L("/Default.aspx"))}">首页</a>']
    for name, href in crumbs:
        parts.append(f'<a href="{esc(ctx.L(href))}">{esc(name)}</a>' if href else esc(name))
    return '<div class="position"><span>当前位置：</span>' + " &gt; ".join(parts) + "</div>"


def two_col(left: str, right: str, cls: str = "") -> str:
    return "\n".join([
        f'<table class="main_tb {cls}" width="1000" border="0" cellspacing="0" cellpadding="0" align="center">',
        "<tr>",
        f'<td class="td_left" width="250" valign="top">\n{left}\n</td>',
        '<td class="td_space" width="12"></td>',
        f'<td class="td_right" valign="top">\n{right}\n</td>',
        "</tr>",
        "</table>",
    ])


# ------------------------------------------------------------------ article body
def render_blocks(a: dict) -> str:
    style = a["style"]
    out = []
    pending_br = []

    def flush_br():
        if pending_br:
            out.append("<div>" + "<br />\n<br />\n".join("　　" + t for t in pending_br) + "</div>")
            pending_br.clear()

    def para(text: str) -> str:
        if style == "fw":
            return f"<p>　　{text}</p>"
        if style == "font":
            return ('<p style="text-indent:2em;line-height:2;"><span style="font-family:仿宋_GB2312;font-size:16pt;">'
                    f"{text}</span></p>")
        return f'<p style="text-indent:2em;">{text}</p>'

    for b in a["blocks"]:
        kind = b[0]
        if style == "br" and kind == "p" and len(b) == 2:
            pending_br.append(b[1])
            continue
        flush_br()
        if kind == "p":
            if len(b) == 2:
                out.append(para(b[1]))
            else:
                text, tail, sep = b[1], b[2], b[3]
                out.append(para(text + ("<br />" if sep == "br" else "") + tail))
        elif kind == "h":
            out.append(f'<p style="text-indent:2em;"><strong>{b[1]}</strong></p>')
        elif kind == "pr":
            out.append(f'<p style="text-align:right;">{b[1]}</p>')
        elif kind == "table":
            rows = []
            for i, row in enumerate(b[1]):
                if i == 0:
                    cells = "".join(f'<td align="center"><strong>{c}</strong></td>' for c in row)
                else:
                    cells = "".join(f'<td align="center">{c}</td>' for c in row)
                rows.append(f"<tr>{cells}</tr>")
            out.append('<table border="1" cellspacing="0" cellpadding="4" align="center" '
                       'style="border-collapse:collapse;width:96%;border-color:#999999;"><tbody>\n'
                       + "\n".join(rows) + "\n</tbody></table>")
        elif kind == "ul":
            out.append('<ul style="margin-left:2em;">\n' + "\n".join(f"<li>{x}</li>" for x in b[1]) + "\n</ul>")
        elif kind == "img":
            out.append(f'<p style="text-align:center;"><img src="{b[1]}" border="0" alt="" style="max-width:620px;" /></p>')
        elif kind == "cap":
            out.append(f'<p style="text-align:center;"><span style="font-family:楷体_GB2312;">{b[1]}</span></p>')
        elif kind == "attach":
            for i, (prefix, name, href) in enumerate(b[1]):
                pad = "text-indent:2em;" if prefix or i == 0 else "padding-left:5em;"
                out.append(f'<p style="{pad}">{prefix}<a href="{href}" target="_blank">{name}</a></p>')
        elif kind == "junk":
            text = b[2] if len(b) > 2 else b[1]
            right = b[1].startswith(("责任编辑", "编辑", "文/图"))
            out.append(f'<p style="text-align:right;">{text}</p>' if right else f"<p>{text}</p>")
        else:
            raise ValueError(kind)
    flush_br()
    return "\n".join(out)


def info_line(a: dict) -> str:
    col = C.COLUMNS[a["cid"]]
    sp = "&nbsp;&nbsp;&nbsp;&nbsp;"
    parts = []
    if col["style"] == "news":
        parts.append(f'发布时间：<span id="ctl00_cphMain_lblAddTime">{asp_dt(a["dt"])}</span>')
        parts.append(f'来源：<span id="ctl00_cphMain_lblSource">{esc(a["source_label"])}</span>')
        if a.get("author"):
            parts.append(f'作者：<span id="ctl00_cphMain_lblAuthor">{esc(a["author"])}</span>')
        parts.append(f'浏览次数：<span id="ctl00_cphMain_lblHits">{a["views"]}</span>')
    elif col["style"] == "notice":
        parts.append(f'发布时间：<span id="ctl00_cphMain_lblAddTime">{a["dt"][:16]}</span>')
        parts.append(f'发布单位：<span id="ctl00_cphMain_lblDept">{esc(a["publisher"])}</span>')
        parts.append(f'浏览次数：<span id="ctl00_cphMain_lblHits">{a["views"]}</span>')
    elif col["style"] == "policy":
        parts.append(f'发布日期：<span id="ctl00_cphMain_lblAddTime">{a["dt"][:10]}</span>')
        if a.get("source_label"):
            parts.append(f'来源：<span id="ctl00_cphMain_lblSource">{esc(a["source_label"])}</span>')
    else:  # media
        parts.append(f'发布日期：<span id="ctl00_cphMain_lblAddTime">{a["dt"][:10]}</span>')
        parts.append(f'来源：<span id="ctl00_cphMain_lblSource">{esc(a["source_label"])}</span>')
        if a.get("author"):
            parts.append(f'作者：<span id="ctl00_cphMain_lblAuthor">{esc(a["author"])}</span>')
    return '<div class="show_info">' + sp.join(parts) + "</div>"


def gk_table(a: dict) -> str:
    g = a["gk"]
    return "\n".join([
        '<table class="gk_tb" width="100%" border="0" cellspacing="1" cellpadding="0">',
        f'<tr><td class="gk_t" width="15%">索引号：</td><td width="35%">{esc(g["index"])}</td>'
        f'<td class="gk_t" width="15%">发布机构：</td><td width="35%">{esc(g["org"])}</td></tr>',
        f'<tr><td class="gk_t">主题分类：</td><td>{esc(g["topic"])}</td>'
        f'<td class="gk_t">发文日期：</td><td>{esc(g["doc_date"])}</td></tr>',
        f'<tr><td class="gk_t">文号：</td><td>{esc(g["doc_no"])}</td>'
        f'<td class="gk_t">发布日期：</td><td>{a["dt"][:10]}</td></tr>',
        f'<tr><td class="gk_t">名称：</td><td colspan="3">{esc(a["title"])}</td></tr>',
        "</table>",
    ])


def neighbours(a: dict):
    lst = col_articles(a["cid"])
    i = [x["id"] for x in lst].index(a["id"])
    newer = lst[i - 1] if i > 0 else None
    older = lst[i + 1] if i + 1 < len(lst) else None
    return newer, older


def related(a: dict) -> list:
    """Fixed related list: up to 4 nearest articles of the column, plus stale entries of the related cache."""
    lst = [x for x in col_articles(a["cid"]) if x["id"] != a["id"]]
    lst.sort(key=lambda x: (abs(int(x["dt"][:10].replace("-", "")) - int(a["dt"][:10].replace("-", ""))), x["id"]))
    out = [(x["id"], x["title"], x["dt"][:10]) for x in lst[:4]]
    for did in a.get("related_extra", []):
        t, d = C.DELETED[did]
        out.insert(1, (did, t, d))
    return out[:5]


def article_page(ctx: Ctx, a: dict, font_size: int | None) -> str:
    cid = a["cid"]
    col = C.COLUMNS[cid]
    newer, older = neighbours(a)
    canonical = f"{ORIGIN}/Item/Show.aspx?ID={a['id']}"
    fs = f"font-size:{font_size}px;" if font_size in (12, 14, 16) else ""
    tags = ""
    if a["tags"]:
        tags = ('<div class="show_tags">关键词：' + " ".join(
            f'<a href="{esc(ctx.L("/Search.aspx?Field=Keyword&kw=" + gbq(t)))}" target="_blank">{esc(t)}</a>'
            for t in a["tags"]) + "</div>")
    prev_html = (f'上一篇：<a href="Show.aspx?ID={newer["id"]}">{esc(newer["title"])}</a>' if newer else "上一篇：没有了")
    next_html = (f'下一篇：<a href="Show.aspx?ID={older["id"]}">{esc(older["title"])}</a>' if older else "下一篇：没有了")
    rel = "\n".join(
        f'<li><a href="{esc(ctx.L("/Item/show.aspx?ID=%d" % rid))}" target="_blank">{esc(rt)}</a> <span>{rd}</span></li>'
        for rid, rt, rd in related(a)
    )
    main = "\n".join([
        position(ctx, [(col["name"], f"/Channel/List.aspx?CID={cid}"), ("正文", None)]),
        '<div class="show_box">',
        gk_table(a) if col["style"] == "policy" else "",
        f'<h1 class="show_title"><span id="ctl00_cphMain_lblTitle">{esc(a["title"])}</span></h1>',
        info_line(a),
        '<div class="show_fontsize">字号：'
        f'<a href="Show.aspx?ID={a["id"]}&amp;FontSize=16">大</a> '
        f'<a href="Show.aspx?ID={a["id"]}&amp;FontSize=14">中</a> '
        f'<a href="Show.aspx?ID={a["id"]}&amp;FontSize=12">小</a></div>',
        f'<div class="show_con" id="fontzoom" style="{fs}"><span id="ctl00_cphMain_lblContent">',
        render_blocks(a),
        "</span></div>",
        tags,
        '<div class="show_tool">'
        '【<a id="ctl00_cphMain_lbtnFavorite" href="javascript:__doPostBack(\'ctl00$cphMain$lbtnFavorite\',\'\')">收藏本文</a>】'
        f'【<a href="{esc(ctx.L("/Item/Print.aspx?ID=%d" % a["id"]))}" target="_blank">打印本页</a>】'
        '【<a href="javascript:window.close();">关闭窗口</a>】</div>',
        '<div class="bdsharebuttonbox"><span class="bds_t">分享到：</span>'
        '<a href="#" class="bds_weixin" data-cmd="weixin" title="分享到微信"></a>'
        '<a href="#" class="bds_tsina" data-cmd="tsina" title="分享到新浪微博"></a>'
        '<a href="#" class="bds_qzone" data-cmd="qzone" title="分享到QQ空间"></a>'
        '<a href="#" class="bds_more" data-cmd="more"></a></div>',
        '<script type="text/javascript">window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2","bdPic":"","bdStyle":"0","bdSize":"16"},"share":{}};</script>',
        '<div class="ewm_page"><img src="/Skin/Default/images/ewm_page.png" alt="" width="90" height="90" /><p>扫一扫在手机打开当前页</p></div>',
        f'<div class="prenext"><p>{prev_html}</p><p>{next_html}</p></div>',
        '<div class="related"><div class="rel_tit">相关文章</div>',
        f'<ul class="rel_list">\n{rel}\n</ul></div>',
        "</div>",
    ])
    side = "\n".join([hot_box(ctx), notice_box(ctx), contact_box(ctx)])
    body = "\n".join([
        '<table class="main_tb show_tb" width="1000" border="0" cellspacing="0" cellpadding="0" align="center">',
        "<tr>",
        f'<td class="td_main" valign="top">\n{main}\n</td>',
        '<td class="td_space" width="12"></td>',
        f'<td class="td_side" width="260" valign="top">\n{side}\n</td>',
        "</tr>",
        "</table>",
    ])
    first = ""
    for b in a["blocks"]:
        if b[0] == "p":
            first = re.sub(r"<[^>]+>", "", b[1])
            break
    return document(ctx, f'{a["title"]}-{col["name"]}-{C.SITE_SHORT}', f"Show.aspx?ID={a['id']}", body,
                    current=col["name"], keywords=",".join(a["tags"]), description=trunc(first, 60),
                    canonical=canonical)


def print_page(a: dict) -> str:
    canonical = f"{ORIGIN}/Item/Show.aspx?ID={a['id']}"
    return "\n".join([
        head(f'{a["title"]}-打印-{C.SITE_SHORT}', canonical=canonical),
        '<body class="print_body" onload="window.print();">',
        '<div class="print_box">',
        f'<h1>{esc(a["title"])}</h1>',
        info_line(a),
        '<div class="print_con">',
        render_blocks(a),
        "</div>",
        '<div class="print_tool">【<a href="javascript:window.print();">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div>',
        f'<div class="print_foot">{C.SITE_NAME} 版权所有</div>',
        "</div>",
        "</body>",
        "</html>",
    ])


def not_found_page(ctx: Ctx) -> str:
    body = "\n".join([
        '<div class="w1000 err_box">',
        position(ctx, [("提示信息", None)]),
        '<div class="err_msg"><p>对不起，您访问的信息不存在或已被删除！</p>',
        f'<p><a href="{esc(ctx.L("/Default.aspx"))}">返回首页</a>　<a href="javascript:history.back();">返回上一页</a></p></div>',
        "</div>",
    ])
    return document(ctx, f"提示信息-{C.SITE_SHORT}", "Show.aspx", body)


# ------------------------------------------------------------------ list pages
def list_page(ctx: Ctx, cid: int, page: int, requested: int) -> str:
    col = C.COLUMNS[cid]
    entries = col_entries(cid)
    total = len(entries)
    pages = page_count(total, C.PAGE_SIZE)
    chunk = entries[(page - 1) * C.PAGE_SIZE: page * C.PAGE_SIZE]
    lis = []
    for e in chunk:
        if e[0] == "art":
            a = ART[e[1]]
            top = '<span class="top">[置顶]</span>' if a.get("pinned") else ""
            lis.append(f'<li><span class="date">{e[2]}</span>{top}<a href="{esc(ctx.L("/Item/Show.aspx?ID=%d" % a["id"]))}" '
                       f'title="{esc(a["title"])}" target="_blank">{esc(a["title"])}</a></li>')
        else:
            title, href = e[1]
            lis.append(f'<li><span class="date">{e[2]}</span><a href="{esc(href)}" title="{esc(title)}" target="_blank">{esc(title)}</a></li>')
    shown = requested
    pager = [f'共 <b>{total}</b> 条记录&nbsp;&nbsp;当前第 <b>{shown}</b>/{pages} 页&nbsp;&nbsp;']
    if shown > 1:
        pager.append(f'<a href="List.aspx?CID={cid}&amp;Page=1">首页</a> <a href="List.aspx?CID={cid}&amp;Page={shown - 1}">上一页</a> ')
    else:
        pager.append('<span class="disabled">首页</span> <span class="disabled">上一页</span> ')
    for i in range(1, pages + 1):
        if i == shown:
            pager.append(f'<span class="cur">{i}</span> ')
        else:
            pager.append(f'<a href="List.aspx?CID={cid}&amp;Page={i}">{i}</a> ')
    # the pager control always renders 下一页 (known bug of this CMS version); 尾页 is right
    pager.append(f'<a href="List.aspx?CID={cid}&amp;Page={shown + 1}">下一页</a> <a href="List.aspx?CID={cid}&amp;Page={pages}">尾页</a>')
    pager.append('&nbsp;&nbsp;转到第<input name="ctl00$cphMain$txtPage" type="text" id="ctl00_cphMain_txtPage" size="2" />页 '
                 '<a id="ctl00_cphMain_lbtnGo" href="javascript:__doPostBack(\'ctl00$cphMain$lbtnGo\',\'\')">GO</a>')
    right = "\n".join([
        position(ctx, [(col["name"], f"/Channel/List.aspx?CID={cid}")]),
        '<div class="list_box">',
        f'<div class="list_tit"><h2>{col["name"]}</h2><span class="sort">排序：'
        '<a id="ctl00_cphMain_lbtnSortTime" href="javascript:__doPostBack(\'ctl00$cphMain$lbtnSortTime\',\'\')">按时间</a> | '
        '<a id="ctl00_cphMain_lbtnSortHits" href="javascript:__doPostBack(\'ctl00$cphMain$lbtnSortHits\',\'\')">按点击</a></span></div>',
        '<ul class="list_news">',
        "\n".join(lis),
        "</ul>",
        '<div class="pager">' + "".join(pager) + "</div>",
        "</div>",
    ])
    left = "\n".join([column_nav(ctx, cid), contact_box(ctx), calendar_box(ctx)])
    title = f'{col["name"]}-{C.SITE_SHORT}' if requested == 1 else f'{col["name"]}-第{requested}页-{C.SITE_SHORT}'
    action = f"List.aspx?CID={cid}" + (f"&Page={requested}" if requested != 1 else "")
    return document(ctx, title, action, two_col(left, right, "list_tb"), current=col["name"])


# ------------------------------------------------------------------ home
def home_page(ctx: Ctx) -> str:
    def news_list(cid: int, n: int, tlen: int, href_fn) -> str:
        lis = []
        for e in col_entries(cid)[:n] if cid != 4 else [("art", a["id"], a["dt"][:10]) for a in col_articles(4)[:n]]:
            if e[0] == "art":
                a = ART[e[1]]
                lis.append(f'<li><span class="date">{e[2][5:]}</span><a href="{esc(href_fn(a["id"]))}" '
                           f'title="{esc(a["title"])}" target="_blank">{esc(trunc(a["title"], tlen))}</a></li>')
            else:
                title, href = e[1]
                lis.append(f'<li><span class="date">{e[2][5:]}</span><a href="{esc(href)}" title="{esc(title)}" '
                           f'target="_blank">{esc(trunc(title, tlen))}</a></li>')
        return "\n".join(lis)

    def box(cid: int, name: str, n: int, tlen: int, href_fn, cls: str) -> str:
        return "\n".join([
            f'<div class="idx_box {cls}">',
            f'<div class="idx_tit"><span>{name}</span><a class="more" href="{esc(ctx.L("/channel/list.aspx?cid=%d" % cid))}">更多&gt;&gt;</a></div>',
            f'<ul class="idx_list">\n{news_list(cid, n, tlen, href_fn)}\n</ul>',
            "</div>",
        ])

    low = lambda i: ctx.L(f"/item/show.aspx?id={i}")  # noqa: E731

    def media_href(i: int) -> str:
        return ctx.L(C.OLD_STATIC[i]) if i in C.OLD_STATIC else low(i)

    focus_ids = [1101, 1098, 1102, 1064]
    focus = []
    for n, i in enumerate(focus_ids):
        a = ART[i]
        href = f"https://{C.HOST}/Item/Show.aspx?ID={i}" if n == 0 else low(i)
        imgs = [b[1] for b in a["blocks"] if b[0] == "img"]
        img = imgs[0] if imgs else f"/UploadFiles/Focus/{i}.jpg"
        focus.append(f'<li><a href="{esc(href)}" target="_blank"><img src="{img}" width="380" height="250" alt="{esc(a["title"])}" /></a>'
                     f'<p><a href="{esc(href)}" target="_blank">{esc(trunc(a["title"], 20))}</a></p></li>')
    scroll = "　".join(
        f'<a href="{esc(low(a["id"]))}" target="_blank">{esc(a["title"])}</a>' for a in col_articles(4)[:3]
    )
    plants = "\n".join(
        f'<li><a href="{esc(ctx.L("/Plant/Show.aspx?ID=%d" % p["id"]))}" target="_blank">{esc(trunc(p["title"], 18))}</a>'
        f'<span class="p_info">面积：{esc(p["area"].split("（")[0])}&#13217;　{esc(p["deal"])}</span></li>'
        for p in C.PLANTS[:4]
    )
    quick = "\n".join(
        f'<li><a href="{esc(ctx.L(h))}" target="_blank">{n}</a></li>' for n, h in [
            ("开发区简介", "/Channel/Page.aspx?CID=12"),
            ("投资指南下载", "/Down/Show.aspx?ID=6"),
            ("在线咨询", "/Interact/Consult.aspx"),
            ("主任信箱", "/Interact/Mailbox.aspx"),
            ("活动日历", "/Calendar.aspx"),
            ("人才招聘", "/Job/List.aspx"),
        ]
    )
    poll_opts = "\n".join(
        f'<li><input id="ctl00_cphMain_rblPoll_{i}" type="radio" name="ctl00$cphMain$rblPoll" value="{i + 1}" />'
        f'<label for="ctl00_cphMain_rblPoll_{i}">{o}</label></li>' for i, o in enumerate(C.POLL["options"])
    )
    body = "\n".join([
        '<div class="w1000 idx_scroll"><span class="sc_t">最新公告：</span><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">'
        + scroll + "</marquee></div>",
        '<table class="idx_tb" width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr>',
        '<td class="idx_focus" width="390" valign="top"><div id="focus"><ul>\n' + "\n".join(focus) + "\n</ul></div></td>",
        '<td width="10"></td>',
        '<td valign="top">' + box(2, "园区动态", 7, 22, low, "b_news") + "</td>",
        '<td width="10"></td>',
        '<td width="280" valign="top">' + box(4, "通知公告", 6, 16, low, "b_notice") + "</td>",
        "</tr></table>",
        '<div class="w1000 idx_banner"><a href="' + esc(ctx.L("/Plant/List.aspx")) + '"><img src="/Skin/Default/images/ad_plant.jpg" alt="标准化厂房火热招租中" width="1000" height="90" /></a></div>',
        '<table class="idx_tb" width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr>',
        '<td width="330" valign="top">' + box(3, "招商引资", 6, 18, low, "b_zs") + "</td>",
        '<td width="5"></td>',
        '<td width="330" valign="top">' + box(5, "政策法规", 6, 18, low, "b_zc") + "</td>",
        '<td width="5"></td>',
        '<td width="330" valign="top">' + box(7, "媒体聚焦", 5, 18, media_href, "b_mt") + "</td>",
        "</tr></table>",
        '<table class="idx_tb" width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr>',
        '<td width="400" valign="top"><div class="idx_box b_plant">'
        f'<div class="idx_tit"><span>厂房租售</span><a class="more" href="{esc(ctx.L("/Plant/List.aspx"))}">更多&gt;&gt;</a></div>'
        f'<ul class="plant_list">\n{plants}\n</ul></div></td>',
        '<td width="10"></td>',
        f'<td width="200" valign="top"><div class="idx_box b_quick"><div class="idx_tit"><span>快速通道</span></div><ul class="quick">\n{quick}\n</ul></div></td>',
        '<td width="10"></td>',
        '<td width="180" valign="top"><div class="idx_box b_poll"><div class="idx_tit"><span>网上调查</span></div>'
        f'<p class="q">{C.POLL["question"]}</p><ul class="poll">\n{poll_opts}\n</ul>'
        '<p class="poll_btn"><input type="submit" name="ctl00$cphMain$btnVote" value="投票" id="ctl00_cphMain_btnVote" /> '
        '<a id="ctl00_cphMain_lbtnResult" href="javascript:__doPostBack(\'ctl00$cphMain$lbtnResult\',\'\')">查看结果</a></p></div></td>',
        '<td width="10"></td>',
        '<td valign="top">' + contact_box(ctx) + "</td>",
        "</tr></table>",
    ])
    return document(ctx, f"{C.SITE_NAME}", "Default.aspx", body, current="首页")


# ------------------------------------------------------------------ about, plants, downloads, jobs
def about_page(ctx: Ctx, cid: int) -> str:
    p = C.ABOUT[cid]
    lis = "\n".join(
        f'<li{ON if c == cid else ""}><a href="{esc(ctx.L("/Channel/Page.aspx?CID=%d" % c))}">{C.ABOUT[c]["name"]}</a></li>'
        for c in C.ABOUT_ORDER
    )
    left = "\n".join([
        '<div class="side_box col_nav"><div class="side_tit"><span>走进开发区</span></div>',
        f'<ul class="sub_nav">\n{lis}\n</ul></div>',
        contact_box(ctx),
    ])
    paras = "\n".join(f'<p style="text-indent:2em;">{esc(x)}</p>' for x in p["paras"])
    right = "\n".join([
        position(ctx, [("走进开发区", "/Channel/Page.aspx?CID=12"), (p["name"], None)]),
        '<div class="page_box">',
        f'<h1 class="page_title">{p["name"]}</h1>',
        f'<div class="page_info">更新时间：{p["updated"]}</div>',
        f'<div class="page_con">\n{paras}\n</div>',
        "</div>",
    ])
    return document(ctx, f'{p["name"]}-{C.SITE_SHORT}', f"Page.aspx?CID={cid}", two_col(left, right, "page_tb"),
                    current="走进开发区")


def plant_nav(ctx: Ctx) -> str:
    return "\n".join([
        '<div class="side_box col_nav"><div class="side_tit"><span>招商载体</span></div><ul class="sub_nav">',
        f'<li><a href="{esc(ctx.L("/Plant/List.aspx"))}">厂房租售</a></li>',
        f'<li><a href="{esc(ctx.L("/Channel/List.aspx?CID=3"))}">招商引资</a></li>',
        f'<li><a href="{esc(ctx.L("/Channel/List.aspx?CID=5"))}">政策法规</a></li>',
        "</ul></div>",
    ])


def plant_list_page(ctx: Ctx, page: int) -> str:
    pages = page_count(len(C.PLANTS), C.PLANT_PAGE_SIZE)
    chunk = C.PLANTS[(page - 1) * C.PLANT_PAGE_SIZE: page * C.PLANT_PAGE_SIZE]
    rows = "\n".join(
        f'<tr><td><a href="{esc(ctx.L("/Plant/Show.aspx?ID=%d" % p["id"]))}" target="_blank">{esc(p["title"])}</a></td>'
        f'<td>{esc(p["park"])}</td><td>{esc(p["area"])}&#13217;</td><td>{esc(p["deal"])}</td><td>{esc(p["status"])}</td><td>{p["date"]}</td></tr>'
        for p in chunk
    )
    pager = [f"共 {len(C.PLANTS)} 条&nbsp;&nbsp;第 {page}/{pages} 页&nbsp;&nbsp;"]
    for i in range(1, pages + 1):
        pager.append(f'<span class="cur">{i}</span> ' if i == page else f'<a href="List.aspx?Page={i}">{i}</a> ')
    right = "\n".join([
        position(ctx, [("厂房租售", "/Plant/List.aspx")]),
        '<div class="list_box">',
        '<div class="list_tit"><h2>厂房租售</h2></div>',
        '<table class="plant_tb" width="100%" border="0" cellspacing="1" cellpadding="4">',
        "<tr><th>厂房信息</th><th>所在园区</th><th>面积</th><th>类型</th><th>状态</th><th>发布日期</th></tr>",
        rows,
        "</table>",
        '<div class="pager">' + "".join(pager) + "</div>",
        "</div>",
    ])
    left = "\n".join([plant_nav(ctx), contact_box(ctx)])
    return document(ctx, f"厂房租售-{C.SITE_SHORT}", "List.aspx" + (f"?Page={page}" if page > 1 else ""),
                    two_col(left, right, "plant_list"), current="厂房租售")


def plant_page(ctx: Ctx, p: dict) -> str:
    rows = [
        ("所在园区", p["park"]), ("厂房编号", p["building"]), ("建筑面积", p["area"] + "&#13217;"),
        ("层高", p["height"]), ("地面承重", p["load"]), ("行车", p["crane"]),
        ("租售方式", p["deal"]), ("价格", p["price"]), ("状态", p["status"]),
    ]
    tb = "\n".join(f'<tr><td class="t" width="20%">{k}：</td><td>{v if k == "建筑面积" else esc(v)}</td></tr>' for k, v in rows)
    desc = "\n".join(f'<p style="text-indent:2em;">{esc(x)}</p>' for x in p["desc"])
    right = "\n".join([
        position(ctx, [("厂房租售", "/Plant/List.aspx"), ("厂房详情", None)]),
        '<div class="show_box plant_show">',
        f'<h1 class="show_title">{esc(p["title"])}</h1>',
        f'<div class="show_info">发布时间：{p["date"]}&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：{p["views"]}</div>',
        f'<div class="plant_pic"><img src="/UploadFiles/Plant/{p["id"]}.jpg" width="400" height="280" alt="" /></div>',
        f'<table class="plant_info" width="100%" border="0" cellspacing="1" cellpadding="5">\n{tb}\n</table>',
        '<div class="plant_desc"><div class="pd_tit">厂房描述</div>',
        desc,
        "</div>",
        '<div class="plant_contact"><p>招商顾问：王经理　电话：13905561288</p><p>招商服务中心：0556-6012388（工作日 8:30—17:30）</p>'
        '<p><a id="ctl00_cphMain_lbtnBook" href="javascript:__doPostBack(\'ctl00$cphMain$lbtnBook\',\'\')">我要预约看厂</a></p></div>',
        "</div>",
    ])
    left = "\n".join([plant_nav(ctx), contact_box(ctx)])
    return document(ctx, f'{p["title"]}-厂房租售-{C.SITE_SHORT}', f'Show.aspx?ID={p["id"]}',
                    two_col(left, right, "plant_show"), current="厂房租售")


def down_nav(ctx: Ctx) -> str:
    return "\n".join([
        '<div class="side_box col_nav"><div class="side_tit"><span>下载中心</span></div><ul class="sub_nav">',
        f'<li><a href="{esc(ctx.L("/Down/List.aspx"))}">表格下载</a></li>',
        f'<li><a href="{esc(ctx.L("/Channel/List.aspx?CID=5"))}">政策法规</a></li>',
        "</ul></div>",
    ])


def down_list_page(ctx: Ctx) -> str:
    lis = "\n".join(
        f'<li><span class="date">{d["date"]}</span><a href="{esc(ctx.L("/Down/Show.aspx?ID=%d" % d["id"]))}" target="_blank">{esc(d["title"])}</a>'
        f' <span class="size">[{d["type"]}，{d["size"]}]</span></li>'
        for d in C.DOWNLOADS
    )
    right = "\n".join([
        position(ctx, [("下载中心", "/Down/List.aspx")]),
        '<div class="list_box"><div class="list_tit"><h2>下载中心</h2></div>',
        f'<ul class="list_news down_list">\n{lis}\n</ul>',
        f'<div class="pager">共 {len(C.DOWNLOADS)} 条&nbsp;&nbsp;第 1/1 页</div>',
        "</div>",
    ])
    left = "\n".join([down_nav(ctx), contact_box(ctx)])
    return document(ctx, f"下载中心-{C.SITE_SHORT}", "List.aspx", two_col(left, right, "down_list"), current="下载中心")


def down_page(ctx: Ctx, d: dict) -> str:
    right = "\n".join([
        position(ctx, [("下载中心", "/Down/List.aspx"), ("下载详情", None)]),
        '<div class="show_box down_show">',
        f'<h1 class="show_title">{esc(d["title"])}</h1>',
        '<table class="down_info" width="100%" border="0" cellspacing="1" cellpadding="5">',
        f'<tr><td class="t" width="20%">文件类型：</td><td>{d["type"]}</td></tr>',
        f'<tr><td class="t">文件大小：</td><td>{d["size"]}</td></tr>',
        f'<tr><td class="t">更新日期：</td><td>{d["date"]}</td></tr>',
        f'<tr><td class="t">下载次数：</td><td>{d["hits"]}</td></tr>',
        '<tr><td class="t">运行环境：</td><td>WinXP/Win7/Win10，需安装Office或WPS</td></tr>',
        f'<tr><td class="t">下载地址：</td><td><a href="{esc(d["file"])}" target="_blank">本地下载</a></td></tr>',
        "</table>",
        '<div class="down_tip">说明：如无法下载，请与开发区党政办公室联系，电话0556-6012300。</div>',
        "</div>",
    ])
    left = "\n".join([down_nav(ctx), contact_box(ctx)])
    return document(ctx, f'{d["title"]}-下载中心-{C.SITE_SHORT}', f'Show.aspx?ID={d["id"]}',
                    two_col(left, right, "down_show"), current="下载中心")


def job_list_page(ctx: Ctx) -> str:
    rows = "\n".join(
        f'<tr><td><a href="{esc(ctx.L("/Job/Show.aspx?ID=%d" % j["id"]))}" target="_blank">{esc(j["position"])}</a></td>'
        f'<td>{esc(j["company"])}</td><td>{j["num"]}</td><td>{esc(j["salary"])}</td><td>{j["date"]}</td></tr>'
        for j in C.JOBS
    )
    right = "\n".join([
        position(ctx, [("人才招聘", "/Job/List.aspx")]),
        '<div class="list_box"><div class="list_tit"><h2>企业招聘</h2></div>',
        '<table class="job_tb" width="100%" border="0" cellspacing="1" cellpadding="4">',
        "<tr><th>职位名称</th><th>招聘企业</th><th>人数</th><th>薪资</th><th>发布日期</th></tr>",
        rows,
        "</table>",
        '<div class="job_tip">区内企业发布招聘信息请联系开发区社会事业局，电话0556-6012452。</div>',
        "</div>",
    ])
    left = "\n".join([column_nav(ctx, None), contact_box(ctx)])
    return document(ctx, f"人才招聘-{C.SITE_SHORT}", "List.aspx", two_col(left, right, "job_list"), current="人才招聘")


def job_page(ctx: Ctx, j: dict) -> str:
    duty = "\n".join(f"<li>{esc(x)}</li>" for x in j["duty"])
    req = "\n".join(f"<li>{esc(x)}</li>" for x in j["req"])
    right = "\n".join([
        position(ctx, [("人才招聘", "/Job/List.aspx"), ("职位详情", None)]),
        '<div class="show_box job_show">',
        f'<h1 class="show_title">{esc(j["position"])}</h1>',
        f'<div class="show_info">发布日期：{j["date"]}</div>',
        '<table class="job_info" width="100%" border="0" cellspacing="1" cellpadding="5">',
        f'<tr><td class="t" width="20%">招聘企业：</td><td>{esc(j["company"])}</td></tr>',
        f'<tr><td class="t">招聘人数：</td><td>{j["num"]}人</td></tr>',
        f'<tr><td class="t">学历要求：</td><td>{esc(j["edu"])}</td></tr>',
        f'<tr><td class="t">薪资待遇：</td><td>{esc(j["salary"])}</td></tr>',
        f'<tr><td class="t">工作地点：</td><td>{esc(j["place"])}</td></tr>',
        "</table>",
        f'<div class="job_sec"><div class="js_tit">岗位职责</div><ol>\n{duty}\n</ol></div>',
        f'<div class="job_sec"><div class="js_tit">任职要求</div><ol>\n{req}\n</ol></div>',
        f'<div class="job_sec"><div class="js_tit">联系方式</div><p>{esc(j["contact"])}</p></div>',
        '<div class="show_tool"><a id="ctl00_cphMain_lbtnApply" href="javascript:__doPostBack(\'ctl00$cphMain$lbtnApply\',\'\')">在线投递简历</a></div>',
        "</div>",
    ])
    left = "\n".join([column_nav(ctx, None), contact_box(ctx)])
    return document(ctx, f'{j["position"]}-{j["company"]}-人才招聘-{C.SITE_SHORT}', f'Show.aspx?ID={j["id"]}',
                    two_col(left, right, "job_show"), current="人才招聘")


# ------------------------------------------------------------------ interact (cookieless session), sitemap, login
def interact_page(ctx: Ctx, which: str) -> str:
    tabs = (f'<div class="ia_tabs"><a href="{esc(ctx.L("/Interact/Consult.aspx"))}"{ON if which == "consult" else ""}>在线咨询</a>'
            f'<a href="{esc(ctx.L("/Interact/Mailbox.aspx"))}"{ON if which == "mailbox" else ""}>主任信箱</a></div>')
    items = C.CONSULT_QA if which == "consult" else C.MAILBOX
    name = "在线咨询" if which == "consult" else "主任信箱"
    qa = "\n".join(
        f'<div class="qa_item"><div class="qa_t">{esc(t)}<span>{d}</span></div><div class="qa_q">问：{esc(q)}</div>'
        f'<div class="qa_a">答：{esc(r)}</div></div>'
        for d, t, q, r in items
    )
    right = "\n".join([
        position(ctx, [("政民互动", "/Interact/Consult.aspx"), (name, None)]),
        '<div class="ia_box">',
        tabs,
        '<div class="ia_notice"><p>须知：请如实填写个人信息，我们将在5个工作日内答复。涉及具体诉求的，请留下有效联系方式。</p></div>',
        '<table class="ia_form" width="100%" border="0" cellspacing="1" cellpadding="5">',
        '<tr><td class="t" width="18%">标　　题：</td><td><input name="ctl00$cphMain$txtTitle" type="text" id="ctl00_cphMain_txtTitle" size="50" /></td></tr>',
        '<tr><td class="t">姓　　名：</td><td><input name="ctl00$cphMain$txtName" type="text" id="ctl00_cphMain_txtName" /></td></tr>',
        '<tr><td class="t">联系电话：</td><td><input name="ctl00$cphMain$txtTel" type="text" id="ctl00_cphMain_txtTel" /></td></tr>',
        '<tr><td class="t">内　　容：</td><td><textarea name="ctl00$cphMain$txtContent" rows="6" cols="60" id="ctl00_cphMain_txtContent"></textarea></td></tr>',
        '<tr><td class="t">验 证 码：</td><td><input name="ctl00$cphMain$txtCode" type="text" id="ctl00_cphMain_txtCode" size="6" /> '
        '<img src="/Interact/ValidateCode.aspx" alt="验证码" /></td></tr>',
        '<tr><td></td><td><input type="submit" name="ctl00$cphMain$btnSubmit" value="提 交" id="ctl00_cphMain_btnSubmit" /></td></tr>',
        "</table>",
        f'<div class="qa_list"><div class="qa_h">最新回复</div>\n{qa}\n</div>',
        "</div>",
    ])
    left = "\n".join([column_nav(ctx, None), contact_box(ctx)])
    return document(ctx, f"{name}-政民互动-{C.SITE_SHORT}", "Consult.aspx" if which == "consult" else "Mailbox.aspx",
                    two_col(left, right, "ia"), current="政民互动")


def sitemap_page(ctx: Ctx) -> str:
    groups = [
        ("走进开发区", [(C.ABOUT[c]["name"], f"/Channel/Page.aspx?CID={c}") for c in C.ABOUT_ORDER]),
        ("信息公开", [(C.COLUMNS[c]["name"], f"/Channel/List.aspx?CID={c}") for c in C.COLUMN_ORDER]),
        ("投资服务", [("厂房租售", "/Plant/List.aspx"), ("下载中心", "/Down/List.aspx"), ("人才招聘", "/Job/List.aspx")]),
        ("政民互动", [("在线咨询", "/Interact/Consult.aspx"), ("主任信箱", "/Interact/Mailbox.aspx"), ("活动日历", "/Calendar.aspx")]),
    ]
    dl = "\n".join(
        f"<dl><dt>{g}</dt><dd>" + " ".join(f'<a href="{esc(ctx.L(h))}">{n}</a>' for n, h in items) + "</dd></dl>"
        for g, items in groups
    )
    body = "\n".join([
        '<div class="w1000">',
        position(ctx, [("网站地图", None)]),
        f'<div class="sitemap">\n{dl}\n</div>',
        "</div>",
    ])
    return document(ctx, f"网站地图-{C.SITE_SHORT}", "SiteMap.aspx", body)


def login_page(ctx: Ctx, admin: bool) -> str:
    name = "后台管理登录" if admin else "会员登录"
    body = "\n".join([
        '<div class="w1000 login_box">',
        position(ctx, [(name, None)]),
        '<table class="login_tb" border="0" cellspacing="1" cellpadding="5" align="center">',
        '<tr><td>用户名：</td><td><input name="ctl00$cphMain$txtUser" type="text" id="ctl00_cphMain_txtUser" /></td></tr>',
        '<tr><td>密　码：</td><td><input name="ctl00$cphMain$txtPwd" type="password" id="ctl00_cphMain_txtPwd" /></td></tr>',
        '<tr><td>验证码：</td><td><input name="ctl00$cphMain$txtCode" type="text" id="ctl00_cphMain_txtCode" size="6" /> <img src="/User/ValidateCode.aspx" alt="" /></td></tr>',
        '<tr><td></td><td><input type="submit" name="ctl00$cphMain$btnLogin" value="登 录" id="ctl00_cphMain_btnLogin" /> '
        f'<a href="{esc(ctx.L("/User/Register.aspx"))}">注册新用户</a></td></tr>',
        "</table>",
        "</div>",
    ])
    return document(ctx, f"{name}-{C.SITE_SHORT}", "Login.aspx", body)


# ------------------------------------------------------------------ calendar (infinite) and search
def month_articles(y: int, m: int, d: int | None = None) -> list:
    pre = f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d else "")
    return sorted([a for a in C.ARTICLES if a["dt"].startswith(pre)], key=lambda a: a["dt"], reverse=True)


def calendar_page(ctx: Ctx, y: int, m: int, d: int | None) -> str:
    py, pm = (y - 1, 12) if m == 1 else (y, m - 1)
    ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
    days = {int(a["dt"][8:10]) for a in month_articles(y, m)}
    weeks = _cal.Calendar(firstweekday=6).monthdayscalendar(y, m)
    rows = ["<tr><th>日</th><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th></tr>"]
    for w in weeks:
        cells = []
        for dd in w:
            if dd == 0:
                cells.append("<td></td>")
            elif dd in days:
                cells.append(f'<td class="has"><a href="Calendar.aspx?y={y}&amp;m={m}&amp;d={dd}">{dd}</a></td>')
            else:
                cells.append(f"<td>{dd}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    arts = month_articles(y, m, d)
    lis = "\n".join(
        f'<li><span class="date">{a["dt"][:10]}</span><a href="{esc(ctx.L("/Item/Show.aspx?ID=%d" % a["id"]))}" target="_blank">{esc(a["title"])}</a></li>'
        for a in arts
    ) or "<li>暂无信息</li>"
    head_t = f"{y}年{m}月{d}日发布信息" if d else f"{y}年{m}月发布信息"
    body = "\n".join([
        '<div class="w1000">',
        position(ctx, [("活动日历", "/Calendar.aspx")]),
        '<div class="cal_nav">'
        f'<a href="Calendar.aspx?y={py}&amp;m={pm}">&lt;&lt; 上一月</a>　<b>{y}年{m}月</b>　'
        f'<a href="Calendar.aspx?y={ny}&amp;m={nm}">下一月 &gt;&gt;</a></div>',
        '<table class="cal_tb" border="0" cellspacing="1" cellpadding="4" align="center">',
        "\n".join(rows),
        "</table>",
        f'<div class="cal_list"><div class="cl_tit">{head_t}</div><ul>\n{lis}\n</ul></div>',
        "</div>",
    ])
    return document(ctx, f"活动日历-{C.SITE_SHORT}", f"Calendar.aspx?y={y}&m={m}", body)


def search_page(ctx: Ctx, kw: str, field: str, page: int) -> str:
    if field.lower() == "keyword":
        hits = [a for a in C.ARTICLES if kw and kw in a["tags"]]
    else:
        hits = [a for a in C.ARTICLES if kw and kw in a["title"]]
    hits.sort(key=lambda a: a["dt"], reverse=True)
    size = 10
    pages = page_count(len(hits), size)
    page = min(max(page, 1), pages)
    lis = "\n".join(
        f'<li><span class="date">{a["dt"][:10]}</span><a href="{esc(ctx.L("/Item/Show.aspx?ID=%d" % a["id"]))}" target="_blank">{esc(a["title"])}</a></li>'
        for a in hits[(page - 1) * size: page * size]
    ) or "<li>没有找到相关信息</li>"
    q = f"Search.aspx?Field={field}&amp;kw={gbq(kw)}" if field else f"Search.aspx?kw={gbq(kw)}"
    pager = " ".join(f'<a href="{q}&amp;Page={i}">{i}</a>' for i in range(1, pages + 1))
    body = "\n".join([
        '<div class="w1000">',
        position(ctx, [("站内搜索", None)]),
        f'<div class="search_info">搜索“{esc(kw)}”，共找到 {len(hits)} 条结果</div>',
        f'<ul class="list_news">\n{lis}\n</ul>',
        f'<div class="pager">{pager}</div>',
        "</div>",
    ])
    return document(ctx, f"站内搜索-{C.SITE_SHORT}", "Search.aspx", body)


# ------------------------------------------------------------------ raw responses
BASE_HEADERS = {
    "Cache-Control": "private",
    "Server": "Microsoft-IIS/7.5",
    "X-AspNet-Version": "4.0.30319",
    "X-Powered-By": "ASP.NET",
    "Date": DATE_HEADER,
}

CT = {
    "gb2312": "text/html; charset=gb2312",
    "none": "text/html",
    "utf8-lie": "text/html; charset=utf-8",
}


def html_response(text: str, charset_mode: str = "gb2312", status: int = 200) -> Response:
    body = text.encode("gb2312", "xmlcharrefreplace")
    h = dict(BASE_HEADERS)
    h["Content-Type"] = CT[charset_mode]
    return Response(status, h, body)


def redirect(location: str, status: int = 302) -> Response:
    h = dict(BASE_HEADERS)
    h["Content-Type"] = "text/html; charset=utf-8"
    h["Location"] = location
    body = (f'<html><head><title>Object moved</title></head><body>\r\n'
            f'<h2>Object moved to <a href="{esc(location)}">here</a>.</h2>\r\n</body></html>\r\n').encode("utf-8")
    return Response(status, h, body)


def iis_404() -> Response:
    h = {"Content-Type": "text/html", "Server": "Microsoft-IIS/7.5", "X-Powered-By": "ASP.NET", "Date": DATE_HEADER}
    body = (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\r\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\r\n<head>\r\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>\r\n'
        "<title>404 - File or directory not found.</title>\r\n</head>\r\n<body>\r\n"
        '<div id="header"><h1>Server Error</h1></div>\r\n<div id="content">\r\n <div class="content-container"><fieldset>\r\n'
        "  <h2>404 - File or directory not found.</h2>\r\n"
        "  <h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>\r\n"
        " </fieldset></div>\r\n</div>\r\n</body>\r\n</html>\r\n"
    ).encode("ascii")
    return Response(404, h, body)


def ysod(message: str) -> Response:
    h = dict(BASE_HEADERS)
    h["Content-Type"] = "text/html; charset=utf-8"
    body = (
        "<!DOCTYPE html>\r\n<html>\r\n    <head>\r\n        <title>" + esc(message) + "</title>\r\n    </head>\r\n"
        '    <body bgcolor="white">\r\n            <span><H1>Server Error in \'/\' Application.<hr width=100% size=1 color=silver></H1>\r\n'
        "            <h2> <i>" + esc(message) + "</i> </h2></span>\r\n"
        "            <b> Exception Details: </b>System.FormatException: " + esc(message) + "<br><br>\r\n"
        "    </body>\r\n</html>\r\n"
    ).encode("utf-8")
    return Response(500, h, body)


def plain(status: int, text: str, ctype: str = "text/plain") -> Response:
    h = dict(BASE_HEADERS)
    h["Content-Type"] = ctype
    return Response(status, h, text.encode("utf-8"))


ROBOTS = """User-agent: *
Disallow: /Admin/
Disallow: /User/
Disallow: /Search.aspx
Disallow: /Item/Print.aspx
Disallow: /WebResource.axd
Disallow: /ScriptResource.axd
Disallow: /App_Themes/
Disallow: /UploadFiles/Temp/
"""

GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")

FILE_TYPES = {
    "doc": "application/msword",
    "xls": "application/vnd.ms-excel",
    "pdf": "application/pdf",
}


def known_files() -> set:
    s = set()
    for a in C.ARTICLES:
        for b in a["blocks"]:
            if b[0] == "attach":
                for _, _, href in b[1]:
                    s.add(href.lower())
    for d in C.DOWNLOADS:
        if d["present"]:
            s.add(d["file"].lower())
    s.discard("/UploadFiles/2025/1/20250110085512398.doc".lower())  # lost in a server migration
    return s


KNOWN_FILES = known_files()

SESSION_RE = re.compile(r"^/\(S\(([a-z0-5]{24})\)\)(/.*)?$", re.I)
OLD_STATIC_RE = re.compile(r"^/html/\d{4}/\d{4}/(\d+)\.html?$", re.I)


def qdict(query: str) -> dict:
    """Request.QueryString: keys are case-insensitive; the first value wins."""
    d = {}
    for k, v in parse_qsl(query, keep_blank_values=True, encoding="latin-1"):
        d.setdefault(k.lower(), v)
    return d


def to_int(v):
    try:
        return int(v)
    except (TypeError, ValueError):
        return None


def decode_kw(b: bytes) -> str:
    for enc in ("gb2312", "utf-8"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return b.decode("latin-1")


# ------------------------------------------------------------------ the emulator
class Emulator:
    """The site. `resolve(method, url)` also tells what a URL is (used by make_truth.py)."""

    origin = ORIGIN

    def handle(self, method: str, url: str) -> Response:
        return self.resolve(method, url)[0]

    def resolve(self, method: str, url: str):
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("http", "https") or host not in HOSTS:
            return plain(502, "502 Bad Gateway\n"), {"kind": "bad-host"}
        if method not in ("GET", "HEAD", "POST"):
            r = plain(405, "405 - HTTP verb used to access this page is not allowed.\n", "text/html")
            return r, {"kind": "error-405"}
        if host == C.BARE_HOST:
            loc = f"http://{C.HOST}{parts.path or '/'}" + (f"?{parts.query}" if parts.query else "")
            return redirect(loc, 301), {"kind": "redirect", "location": loc}
        path = unquote(parts.path or "/", encoding="latin-1")
        prefix = ""
        m = SESSION_RE.match(path)
        if m:
            prefix = f"/(S({m.group(1)}))"
            path = m.group(2) or "/"
        lp = path.lower()
        q = qdict(parts.query)
        ctx = Ctx(prefix, lp + "?" + parts.query)
        return self._route(ctx, lp, q, parts)

    def _route(self, ctx: Ctx, lp: str, q: dict, parts):
        pre = ctx.prefix
        if lp in ("/", "/default.aspx"):
            return html_response(home_page(ctx)), {"kind": "home"}
        if lp in ("/index.aspx", "/index.html", "/index.htm", "/default.htm"):
            loc = ORIGIN + pre + "/"
            return redirect(loc, 301), {"kind": "redirect", "location": loc}
        if lp == "/robots.txt" and not pre:
            return plain(200, ROBOTS), {"kind": "robots"}
        if lp == "/channel/list.aspx":
            cid = to_int(q.get("cid"))
            if cid not in C.COLUMNS:
                return html_response(not_found_page(ctx), "utf8-lie", 404), {"kind": "error-404"}
            pages = page_count(len(col_entries(cid)), C.PAGE_SIZE)
            req = to_int(q.get("page")) or 1
            if req < 1:
                req = 1
            shown = min(req, pages)
            meta = {"kind": "list", "cid": cid, "page": req}
            if req > pages:
                meta["trap"] = "pagination-loop"
            # the requested number is echoed by the pager, the items are those of the last page
            html = list_page(ctx, cid, shown, req)
            return html_response(html, "none"), meta
        if lp == "/channel/page.aspx":
            cid = to_int(q.get("cid"))
            if cid not in C.ABOUT:
                return html_response(not_found_page(ctx), "utf8-lie", 404), {"kind": "error-404"}
            return html_response(about_page(ctx, cid)), {"kind": C.ABOUT[cid]["kind"], "cid": cid}
        if lp in ("/item/show.aspx", "/item/print.aspx"):
            raw = q.get("id")
            if raw is None or to_int(raw) is None:
                return ysod("Input string was not in a correct format."), {"kind": "error-500"}
            aid = to_int(raw)
            if aid not in ART:
                return html_response(not_found_page(ctx), "utf8-lie", 404), {"kind": "error-404"}
            a = ART[aid]
            if lp == "/item/print.aspx":
                return html_response(print_page(a), "none"), {"kind": "article", "id": aid, "view": "print"}
            fs = to_int(q.get("fontsize"))
            mode = C.COLUMNS[a["cid"]]["charset"]
            return html_response(article_page(ctx, a, fs), mode), {"kind": "article", "id": aid}
        m = OLD_STATIC_RE.match(lp)
        if m and to_int(m.group(1)) in ART:
            loc = f"{ORIGIN}{pre}/Item/Show.aspx?ID={int(m.group(1))}"
            return redirect(loc, 301), {"kind": "redirect", "location": loc}
        if lp == "/plant/list.aspx":
            pages = page_count(len(C.PLANTS), C.PLANT_PAGE_SIZE)
            p = min(max(to_int(q.get("page")) or 1, 1), pages)
            return html_response(plant_list_page(ctx, p), "none"), {"kind": "factory-list"}
        if lp == "/plant/show.aspx":
            pid = to_int(q.get("id"))
            if pid not in PLANT:
                return html_response(not_found_page(ctx), "utf8-lie", 404), {"kind": "error-404"}
            return html_response(plant_page(ctx, PLANT[pid]), "none"), {"kind": "factory-listing"}
        if lp == "/down/list.aspx":
            return html_response(down_list_page(ctx)), {"kind": "download-list"}
        if lp == "/down/show.aspx":
            did = to_int(q.get("id"))
            if did not in DOWN:
                return html_response(not_found_page(ctx), "utf8-lie", 404), {"kind": "error-404"}
            return html_response(down_page(ctx, DOWN[did])), {"kind": "download"}
        if lp == "/job/list.aspx":
            return html_response(job_list_page(ctx)), {"kind": "job-list"}
        if lp == "/job/show.aspx":
            jid = to_int(q.get("id"))
            if jid not in JOB:
                return html_response(not_found_page(ctx), "utf8-lie", 404), {"kind": "error-404"}
            return html_response(job_page(ctx, JOB[jid])), {"kind": "job"}
        if lp in ("/interact/consult.aspx", "/interact/mailbox.aspx"):
            which = "consult" if "consult" in lp else "mailbox"
            if not pre:
                # cookieless session state: the first request is sent to a URL carrying the session id
                loc = f"/(S({SESSION_ID}))/Interact/{'Consult' if which == 'consult' else 'Mailbox'}.aspx"
                if parts.query:
                    loc += "?" + parts.query
                return redirect(loc, 302), {"kind": "redirect", "location": ORIGIN + loc}
            return html_response(interact_page(ctx, which)), {"kind": which}
        if lp == "/sitemap.aspx":
            return html_response(sitemap_page(ctx)), {"kind": "sitemap"}
        if lp in ("/user/login.aspx", "/admin/login.aspx"):
            return html_response(login_page(ctx, lp.startswith("/admin"))), {"kind": "login"}
        if lp == "/user/register.aspx":
            return html_response(login_page(ctx, False)), {"kind": "login"}
        if lp == "/calendar.aspx":
            y, mth, d = to_int(q.get("y")), to_int(q.get("m")), to_int(q.get("d"))
            if not (y and 1 <= y <= 9999 and mth and 1 <= mth <= 12):
                y, mth, d = TODAY[0], TODAY[1], None
            if d is not None and not (1 <= d <= _cal.monthrange(y, mth)[1]):
                d = None
            return html_response(calendar_page(ctx, y, mth, d)), {"kind": "calendar", "trap": "calendar"}
        if lp == "/search.aspx":
            kw = ""
            for k, v in parse_qsl(parts.query, keep_blank_values=True, encoding="latin-1"):
                if k.lower() == "kw":
                    kw = decode_kw(v.encode("latin-1"))
                    break
            field = q.get("field", "")
            page = to_int(q.get("page")) or 1
            return html_response(search_page(ctx, kw, field, page)), {"kind": "search", "trap": "search"}
        if lp.startswith(("/skin/", "/js/", "/app_themes/")) or lp in ("/webresource.axd", "/interact/validatecode.aspx",
                                                                       "/user/validatecode.aspx"):
            if lp.endswith(".css"):
                return plain(200, "body{margin:0;font-size:12px;font-family:宋体;}\n", "text/css"), {"kind": "static"}
            if lp.endswith(".js") or lp.endswith(".axd"):
                return plain(200, "/* */\n", "application/x-javascript"), {"kind": "static"}
            h = dict(BASE_HEADERS)
            h["Content-Type"] = "image/gif"
            return Response(200, h, GIF), {"kind": "static"}
        if lp.startswith("/uploadfiles/"):
            ext = lp.rsplit(".", 1)[-1]
            if ext in ("jpg", "jpeg", "png", "gif"):
                h = dict(BASE_HEADERS)
                h["Content-Type"] = "image/gif"
                return Response(200, h, GIF), {"kind": "static"}
            if lp in KNOWN_FILES and ext in FILE_TYPES:
                h = dict(BASE_HEADERS)
                h["Content-Type"] = FILE_TYPES[ext]
                body = hashlib.sha256(lp.encode()).digest() * 64
                return Response(200, h, body), {"kind": "attachment"}
            return iis_404(), {"kind": "error-404"}
        return iis_404(), {"kind": "error-404"}


def emulator() -> Emulator:
    return Emulator()
