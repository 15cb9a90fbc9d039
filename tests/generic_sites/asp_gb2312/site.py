# -*- coding: utf-8 -*-
"""Emulator of 兴港产业园招商网 (www.xgcyy.cn): an invented 2008-era classic-ASP park investment site.

Pages are declared gb2312 and encoded GBK (some characters lie outside GB2312). Paths and query keys
are case-insensitive, as on IIS. Deterministic: fixed Date header, no clock, no randomness.
Standard library only. ``emulator()`` returns the object ``parkcrawler.testsite.server.serve`` needs.
"""
from __future__ import annotations

import hashlib
import html
from urllib.parse import parse_qsl, quote, urlsplit

import asp_content as C

HOST = C.HOST
WWW = "www." + HOST
ORIGIN = "http://" + WWW
DATE_HEADER = "Mon, 04 Nov 2024 02:00:00 GMT"
FORBIDDEN = ["/admin/", "/inc/", "/User/", "/Count/"]
META = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'

ART = {a["id"]: a for a in C.ARTICLES}
FACT = {f["id"]: f for f in C.FACTORIES}
HOT_IDS = [a["id"] for a in sorted(C.ARTICLES, key=lambda a: (-a["hits"], a["id"]))[:8]]
RECOMMEND = [(358, "/article/showarticle.asp?articleid=358"), (353, None), (1193, None),
             (370, "/article/showarticle.asp?articleid=370"), (1189, None)]
LEGACY_LINKED = [358, 1187]  # /news_view.asp?id=N, answer 301 to the article
ARCHIVE_MONTHS = [(2023, 7), (2023, 8), (2023, 9), (2023, 10), (2023, 11), (2023, 12), (2024, 1)]


def e(s: str) -> str:
    return html.escape(s, quote=False)


def gbk_q(s: str) -> str:
    return quote(s.encode("gbk"))


# ------------------------------------------------------------------ URLs and shared texts
def module(a) -> str:
    return C.CLASSES[a["cls"]][1]


def art_path(a, page: int | None = None) -> str:
    if module(a) == "A":
        p = f"/Article/ShowArticle.asp?ArticleID={a['id']}"
        return p if page is None else p + f"&ArticlePage={page}"
    p = f"/News/NewsShow.asp?id={a['id']}"
    return p if page is None else p + f"&page={page}"


def art_classid_path(a) -> str:
    return art_path(a) + f"&ClassID={a['cls']}"


def print_path(a) -> str | None:
    return f"/Article/Print.asp?ArticleID={a['id']}" if module(a) == "A" else None


def list_path(cls: int, page: int | None = None) -> str:
    return f"/NewsList.asp?ClassID={cls}" + ("" if page is None else f"&page={page}")


def class_articles(cls: int):
    return sorted((a for a in C.ARTICLES if a["cls"] == cls), key=lambda a: a["id"])


def newest_first(cls: int):
    return sorted((a for a in C.ARTICLES if a["cls"] == cls), key=lambda a: a["date"], reverse=True)


def short_date(d) -> str:
    return f"{d[0]}-{d[1]}-{d[2]}"


def date_text(a) -> str:
    d = a["date"]
    if module(a) == "A":
        return f"{d[0]}-{d[1]}-{d[2]} {d[3]}:{d[4]:02d}:{d[5]:02d}"
    return f"{d[0]}年{d[1]:02d}月{d[2]:02d}日"


def info_line_html(a) -> str:
    if module(a) == "A":
        hits = (str(a["hits"]) if a["hits_plain"] else
                f'<script language="javascript" src="/Article/GetHits.asp?ArticleID={a["id"]}"></script>')
        return (f'作者：{e(a["author"])}　文章来源：{e(a["source"])}　点击数：{hits}　'
                f'发布时间：{date_text(a)}')
    return (f'时间：{date_text(a)}　来源：{e(a["source"])}　作者：{e(a["author"])}　'
            f'浏览次数：<font color="red">{a["hits"]}</font>次')


def info_line_text(a) -> str:
    if module(a) == "A":
        hits = str(a["hits"]) if a["hits_plain"] else ""
        return f'作者：{a["author"]}　文章来源：{a["source"]}　点击数：{hits}　发布时间：{date_text(a)}'
    return f'时间：{date_text(a)}　来源：{a["source"]}　作者：{a["author"]}　浏览次数：{a["hits"]}次'


def prev_next(a):
    arts = class_articles(a["cls"])
    i = arts.index(a)
    prev = arts[i - 1] if i > 0 else None
    nxt = arts[i + 1] if i + 1 < len(arts) else None
    return prev, nxt


def related(a):
    arts = [x for x in class_articles(a["cls"]) if x is not a]
    arts.sort(key=lambda x: (abs(x["id"] - a["id"]), x["id"]))
    return arts[:4]


def breadcrumb_text(a) -> str:
    name = C.CLASSES[a["cls"]][0]
    if module(a) == "A":
        return f"您现在的位置： {C.SITE_NAME} >> {name} >> 正文"
    return f"当前位置：首页 > {name} > 正文"


TOOLS_A = "【字体：小 大】【打印此文】【关闭窗口】"
TOOLS_N = "【字体：大 中 小】【打印此文】【关闭窗口】【收藏此页】"
FOOTER_LINES = [
    "版权所有：江州市兴港经济开发区管理委员会 Copyright © 2006-2024 xgcyy.cn All Rights Reserved",
    "地址：江州市兴港经济开发区港城大道88号 邮编：225300 联系电话：0523-86881888 传真：0523-86881899",
    "苏ICP备08012345号 技术支持：江州网联科技",
]


def comment_texts(a):
    out = []
    if module(a) == "A":
        out.append("网友评论：（只显示最新5条。评论内容只代表网友观点，与本站立场无关！）")
    else:
        out.append("网友评论")
    for who, when, text in a["comments"]:
        out.append(f"网友：{who} 评论时间：{when}")
        out.append(text)
    if not a["comments"]:
        out.append("暂无评论")
    return out


def boilerplate_texts(a):
    """Text blocks of the article page that are not body (used by make_truth.py)."""
    out = [breadcrumb_text(a), info_line_text(a)]
    if a.get("orig_title"):
        out.append("原标题：" + a["orig_title"])
    if a.get("dateline_block"):
        out.append(a["dateline_block"])
    if a.get("end_mark"):
        out.append("（完）")
    if a.get("contact_tail"):
        out.append(a["contact_tail"])
    if a.get("editor"):
        out.append(a["editor"])
    if len(a["pages"]) > 1:
        out += ["[1] [2] 下一页", "上一页 [1] [2]"]
    if a["tags"]:
        out.append("关键字：" + " ".join(a["tags"]))
    out.append(TOOLS_A if module(a) == "A" else TOOLS_N)
    prev, nxt = prev_next(a)
    if module(a) == "A":
        out.append("上一篇文章：" + (prev["title"] if prev else "没有了"))
        out.append("下一篇文章：" + (nxt["title"] if nxt else "没有了"))
        out.append("相关文章")
    else:
        out.append("上一篇：" + (prev["title"] if prev else "没有了"))
        out.append("下一篇：" + (nxt["title"] if nxt else "没有了"))
        out.append("相关阅读")
    out += [r["title"] for r in related(a)]
    out += comment_texts(a)
    out += FOOTER_LINES
    return out


# ------------------------------------------------------------------ page frame
class Response:
    def __init__(self, status: int, headers: dict, body: bytes):
        self.status = status
        self.headers = headers
        self.body = body


def headers(ctype: str, extra: dict | None = None) -> dict:
    h = {"Date": DATE_HEADER, "Server": "Microsoft-IIS/6.0", "X-Powered-By": "ASP.NET",
         "Content-Type": ctype, "Cache-Control": "private",
         "Set-Cookie": "ASPSESSIONIDCQTRSBAD=KPLHNAEBGMDFOAJCHBFNLCPI; path=/"}
    if extra:
        h.update(extra)
    return h


def html_page(body: str, status: int = 200, ctype: str = "text/html") -> Response:
    return Response(status, headers(ctype), body.encode("gbk", errors="xmlcharrefreplace"))


def head(title: str, keywords: str = "") -> str:
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{e(title)}</title>
{META}
<meta name="keywords" content="{e(keywords or '兴港产业园,江州厂房出租,园区招商,标准厂房')}">
<meta name="description" content="江州市兴港经济开发区官方招商网站">
<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/inc/menu.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
"""


def top(sid: str | None = None) -> str:
    def L(cls):
        return list_path(cls) + (f"&SessionID={sid}" if sid else "")
    hot = "".join(f'<a href="/Search.asp?keyword={gbk_q(k)}&page=1">{k}</a> '
                  for k in ("厂房", "招商", "补贴"))
    return f"""<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="24" bgcolor="#EEF3FA"><font color="#666666">&nbsp;欢迎访问{C.SITE_NAME}！</font></td>
    <td align="right" bgcolor="#EEF3FA"><a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://www.xgcyy.cn');">设为首页</a> |
      <a href="javascript:window.external.AddFavorite('http://www.xgcyy.cn','{C.SITE_NAME}')">加入收藏</a> |
      <a href="/Login.asp">会员登录</a> | <a href="/User/Reg.asp">免费注册</a> |
      <a href="mailto:zsj@xgcyy.cn">联系我们</a>&nbsp;</td></tr>
  <tr><td height="90" colspan="2"><img src="/images/top_banner.jpg" width="980" height="90" alt="{C.SITE_NAME}"></td></tr>
  <tr><td colspan="2" height="32" background="/images/nav_bg.gif" align="center" class="nav">
    <a href="/">网站首页</a> | <a href="/About.asp">园区简介</a> | <a href="{L(1)}">园区新闻</a> |
    <a href="{L(2)}">招商政策</a> | <a href="{L(3)}">行业资讯</a> | <a href="{L(4)}">媒体报道</a> |
    <a href="/Factory/FactoryList.asp">厂房出租</a> | <a href="/Download.asp">资料下载</a> |
    <a href="/GuestBook/Index.asp">留言板</a> | <a href="/Contact.asp">联系我们</a></td></tr>
  <tr><td colspan="2" height="26">
    <form name="search" method="get" action="/Search.asp" style="margin:0">&nbsp;站内搜索：
      <input name="keyword" type="text" size="20" value="请输入关键字" onfocus="this.value=''">
      <input type="submit" value="搜 索"> 热门搜索：{hot}</form></td></tr>
</table>
"""


def footer() -> str:
    return """<table width="980" border="0" align="center" cellpadding="4" cellspacing="0" bgcolor="#1F4E8C" style="margin-top:8px">
  <tr><td align="center"><font color="#FFFFFF">
    <a href="/About.asp"><font color="#FFFFFF">关于我们</font></a> | <a href="/Contact.asp"><font color="#FFFFFF">联系我们</font></a> |
    <a href="/GuestBook/Index.asp"><font color="#FFFFFF">在线留言</font></a> | <a href="/admin/Admin_Login.asp"><font color="#FFFFFF">管理登录</font></a> |
    <a href="http://xgcyy.cn/"><font color="#FFFFFF">xgcyy.cn</font></a> | <a href="https://www.xgcyy.cn/"><font color="#FFFFFF">安全访问</font></a><br>
    版权所有：江州市兴港经济开发区管理委员会　Copyright &copy; 2006-2024 xgcyy.cn All Rights Reserved<br>
    地址：江州市兴港经济开发区港城大道88号　邮编：225300　联系电话：<a href="tel:0523-86881888"><font color="#FFFFFF">0523-86881888</font></a>　传真：0523-86881899<br>
    <a href="http://www.miibeian.gov.cn/" target="_blank"><font color="#FFFFFF">苏ICP备08012345号</font></a>　技术支持：<a href="http://www.jzwlkj.com/" target="_blank"><font color="#FFFFFF">江州网联科技</font></a>
    <script language="javascript" src="/Count/count.asp?style=1"></script>
  </font></td></tr>
</table>
</body>
</html>
"""


def left(sid: str | None = None) -> str:
    def L(cls):
        return list_path(cls) + (f"&SessionID={sid}" if sid else "")
    nav = "".join(f'<tr><td height="24">&nbsp;<img src="/images/arrow.gif"> <a href="{L(c)}">{C.CLASSES[c][0]}</a></td></tr>'
                  for c in C.CLASSES)
    nav += '<tr><td height="24">&nbsp;<img src="/images/arrow.gif"> <a href="/Factory/FactoryList.asp">厂房出租</a></td></tr>'
    hot = "".join(f'<tr><td height="22">·<a href="{art_classid_path(ART[i])}" title="{e(ART[i]["title"])}">'
                  f'{e(ART[i]["title"][:16])}</a></td></tr>' for i in HOT_IDS)
    rec = "".join(f'<tr><td height="22">·<a href="{p or art_path(ART[i])}">{e(ART[i]["title"][:16])}</a></td></tr>'
                  for i, p in RECOMMEND)
    arch = "".join(f'<a href="/Archive.asp?year={y}&month={m}">{y}年{m}月</a><br>' for y, m in ARCHIVE_MONTHS)
    return f"""<td width="220" valign="top">
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="border">
    <tr><td class="left_title" height="28">&nbsp;<b>栏目导航</b></td></tr>{nav}
  </table>
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="border" style="margin-top:6px">
    <tr><td class="left_title" height="28">&nbsp;<b>热门文章</b></td></tr>{hot}
  </table>
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="border" style="margin-top:6px">
    <tr><td class="left_title" height="28">&nbsp;<b>推荐文章</b></td></tr>{rec}
  </table>
  <table width="100%" border="0" cellspacing="0" cellpadding="0" class="border" style="margin-top:6px">
    <tr><td class="left_title" height="28">&nbsp;<b>文章归档</b></td></tr><tr><td>{arch}</td></tr>
  </table>
  <table width="100%" border="0" cellspacing="0" cellpadding="4" class="border" style="margin-top:6px">
    <tr><td class="left_title" height="28">&nbsp;<b>招商热线</b></td></tr>
    <tr><td><font color="#CC0000"><b>0523-86881888</b></font><br>传真：0523-86881899<br>
      <a href="mailto:zsj@xgcyy.cn">zsj@xgcyy.cn</a></td></tr>
  </table>
</td>
"""


def frame(title: str, main: str, sid: str | None = None, keywords: str = "") -> str:
    return (head(title, keywords) + top(sid) +
            '<table width="980" border="0" align="center" cellpadding="0" cellspacing="6"><tr>\n' +
            left(sid) + f'<td valign="top">\n{main}\n</td></tr></table>\n' + footer())


# ------------------------------------------------------------------ article body
def render_items(a, items, last_page: bool) -> str:
    style = a["style"]
    parts = []
    n = len(items)
    for k, it in enumerate(items):
        is_last = last_page and k == n - 1
        tail = ""
        if is_last and a.get("end_mark"):
            tail += "（完）"
        if is_last and a.get("contact_tail"):
            tail += "<br/>" + e(a["contact_tail"])
        if isinstance(it, str):
            t = e(it)
            if style == "quan":
                parts.append(f"<p>　　{t}{tail}</p>")
            elif style == "nbsp":
                parts.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{t}{tail}</p>")
            elif style == "font":
                parts.append(f"<P><FONT face=宋体 size=3>　　{t}{tail}</FONT></P>")
            else:  # br
                parts.append(f"　　{t}{tail}<BR><BR>")
        elif it[0] == "h":
            if style == "br":
                parts.append(f"<B>{e(it[1])}</B><BR><BR>")
            else:
                parts.append(f"<p><strong>{e(it[1])}</strong></p>")
        elif it[0] == "img":
            if style == "br":
                parts.append(f'<IMG src="{it[1]}" border=0><BR><BR>')
            else:
                parts.append(f'<p align="center"><img src="{it[1]}" border="0" '
                             f'onload="if(this.width>600)this.width=600"></p>')
        elif it[0] == "table":
            rows = "".join("<tr>" + "".join(f'<td align="center">{e(c)}</td>' for c in r) + "</tr>"
                           for r in it[1])
            parts.append(f'<table width="90%" border="1" align="center" cellpadding="3" cellspacing="0" '
                         f'bordercolor="#999999" style="border-collapse:collapse">{rows}</table>')
    inner = "\n".join(parts)
    if style == "font":
        inner = f'<FONT face=宋体 size=3>\n{inner}\n</FONT>'
    return inner


def pre_blocks(a) -> str:
    out = ""
    if a.get("orig_title"):
        out += f'<p>　　原标题：{e(a["orig_title"])}</p>\n'
    if a.get("dateline_block"):
        out += f'<p>　　{e(a["dateline_block"])}</p>\n'
    return out


def pagination(a, page: int) -> str:
    if len(a["pages"]) < 2:
        return ""
    links = []
    for p in range(1, len(a["pages"]) + 1):
        links.append(f"<font color=red>[{p}]</font>" if p == page else f'<a href="{art_path(a, p)}">[{p}]</a>')
    s = " ".join(links)
    if page < len(a["pages"]):
        s = s + f' <a href="{art_path(a, page + 1)}">下一页</a>'
    if page > 1:
        s = f'<a href="{art_path(a, page - 1)}">上一页</a> ' + s
    return f'<p align="center"><b>{s}</b></p>'


def render_article(a, page: int, sid=None) -> str:
    name = C.CLASSES[a["cls"]][0]
    last = page == len(a["pages"])
    body = ""
    if page == 1:
        body += pre_blocks(a)
    body += render_items(a, a["pages"][page - 1], last)
    if last and a.get("editor"):
        body += f'\n<p align="right">{e(a["editor"])}</p>'
    prev, nxt = prev_next(a)
    rel = related(a)
    tags = ""
    if a["tags"]:
        tags = "关键字：" + " ".join(f'<a href="/Search.asp?keyword={gbk_q(t)}&field=Keyword">{e(t)}</a>' for t in a["tags"])
    comments = comment_texts(a)
    if module(a) == "A":
        crumb = (f'您现在的位置： <a href="/">{C.SITE_NAME}</a> &gt;&gt; <a href="{list_path(a["cls"])}">{name}</a> &gt;&gt; 正文')
        cm = "".join(f'<tr><td class="comment_title">网友：{e(w)}　评论时间：{t}</td></tr><tr><td class="comment_content">{e(x)}</td></tr>'
                     for w, t, x in a["comments"]) or '<tr><td>暂无评论</td></tr>'
        pv = (f'上一篇文章：<a href="{art_path(prev)}">{e(prev["title"])}</a>' if prev else "上一篇文章：没有了")
        nx = (f'下一篇文章：<a href="{art_path(nxt)}">{e(nxt["title"])}</a>' if nxt else "下一篇文章：没有了")
        rl = "".join(f'<tr><td>·<a href="{art_path(r)}">{e(r["title"])}</a></td></tr>' for r in rel)
        main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="border">
  <tr><td height="28" class="main_title">{crumb}</td></tr>
  <tr><td align="center" height="50"><font size="4" color="#1F4E8C"><b>{e(a["title"])}</b></font></td></tr>
  <tr><td align="center" bgcolor="#F5F5F5" height="24"><font color="#666666">{info_line_html(a)}</font></td></tr>
  <tr><td height="10"></td></tr>
  <tr><td class="article_content" style="font-size:14px;line-height:180%" id="fontzoom">
<!--文章内容开始-->
{body}
<!--文章内容结束-->
  </td></tr>
  <tr><td>{pagination(a, page)}</td></tr>
  <tr><td>{tags}</td></tr>
  <tr><td align="right">【字体：<a href="javascript:fontZoom(16)">小</a> <a href="javascript:fontZoom(20)">大</a>】【<a href="{print_path(a)}" target="_blank">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
  <tr><td><li>{pv}</li><li>{nx}</li></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="2" class="border" style="margin-top:6px">
  <tr><td class="main_title"><b>相关文章</b></td></tr>{rl}
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="2" class="border" style="margin-top:6px">
  <tr><td class="main_title"><b>{comments[0]}</b></td></tr>{cm}
  <tr><td align="right"><a href="/User/Comment.asp?ArticleID={a["id"]}">发表评论</a></td></tr>
</table>"""
        title = f'{a["title"]} - {name} - {C.SITE_NAME}'
    else:
        crumb = f'当前位置：<a href="/">首页</a> &gt; <a href="{list_path(a["cls"])}">{name}</a> &gt; 正文'
        pv = (f'上一篇：<a href="{art_path(prev)}">{e(prev["title"])}</a>' if prev else "上一篇：没有了")
        nx = (f'下一篇：<a href="{art_path(nxt)}">{e(nxt["title"])}</a>' if nxt else "下一篇：没有了")
        rl = "".join(f'<li><a href="{art_path(r)}" target="_blank">{e(r["title"])}</a></li>' for r in rel)
        cm = "".join(f'<dl><dt>网友：{e(w)}　评论时间：{t}</dt><dd>{e(x)}</dd></dl>' for w, t, x in a["comments"]) or "<p>暂无评论</p>"
        main = f"""<div class="position">{crumb}</div>
<table width="100%" border="0" cellspacing="0" cellpadding="6" class="newsbox">
  <tr><td align="center"><h1 style="font-size:20px">{e(a["title"])}</h1></td></tr>
  <tr><td align="center" class="newsinfo">{info_line_html(a)}</td></tr>
  <tr><td><div class="newscontent">
{body}
</div></td></tr>
  <tr><td>{pagination(a, page)}</td></tr>
  <tr><td align="right">【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】【<a href="javascript:window.external.addFavorite(location.href,document.title)">收藏此页</a>】</td></tr>
  <tr><td>{pv}<br>{nx}</td></tr>
</table>
<div class="relnews"><h3>相关阅读</h3><ul>{rl}</ul></div>
<div class="comment"><h3>网友评论</h3>{cm}</div>"""
        title = f'{a["title"]}_{name}_{C.SITE_NAME}'
    return frame(title, main, sid, keywords=",".join(a["tags"]) if a["tags"] else "")


def render_print(a) -> str:
    body = pre_blocks(a)
    for i, items in enumerate(a["pages"]):
        body += render_items(a, items, i == len(a["pages"]) - 1) + "\n"
    if a.get("editor"):
        body += f'<p align="right">{e(a["editor"])}</p>'
    return head(f'{a["title"]} - 打印页') + f"""<table width="700" align="center" border="0"><tr><td align="center">
<font size="4"><b>{e(a["title"])}</b></font></td></tr>
<tr><td align="center"><font color="#666666">{info_line_html(a)}</font></td></tr>
<tr><td style="font-size:14px;line-height:180%">{body}</td></tr>
<tr><td align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td align="center">{C.SITE_NAME} http://www.xgcyy.cn</td></tr></table>
</body></html>
"""


# ------------------------------------------------------------------ lists and other pages
def next_sid(sid: str) -> str:
    return hashlib.md5(("xg" + sid).encode()).hexdigest()[:24].upper()


def render_list(cls: int, page: int, order: str | None, sid: str | None) -> str:
    name = C.CLASSES[cls][0]
    arts = newest_first(cls)
    if order == "hits":
        arts = sorted(arts, key=lambda a: (-a["hits"], a["id"]))
    size = C.LIST_PAGE_SIZE
    pages = max(1, (len(arts) + size - 1) // size)
    page = min(max(page, 1), pages)
    items = arts[(page - 1) * size: page * size]
    nsid = next_sid(sid) if sid else None

    def P(p, o=order):
        s = list_path(cls, p)
        if o:
            s += f"&order={o}"
        if nsid:
            s += f"&SessionID={nsid}"
        return s
    rows = "".join(f'<tr><td height="24">·<a href="{art_path(a)}" target="_blank" title="{e(a["title"])}">{e(a["title"])}</a></td>'
                   f'<td width="90" align="right"><font color="#999999">[{short_date(a["date"])}]</font></td></tr>'
                   for a in items)
    nav = f'共 <b>{len(arts)}</b> 篇文章　'
    nav += f'<a href="{P(1)}">首页</a> ' if page > 1 else "首页 "
    nav += f'<a href="{P(page - 1)}">上一页</a> ' if page > 1 else "上一页 "
    nav += f'<a href="{P(page + 1)}">下一页</a> ' if page < pages else "下一页 "
    nav += f'<a href="{P(pages)}">尾页</a>' if page < pages else "尾页"
    opts = "".join(f'<option value="{P(p)}"{" selected" if p == page else ""}>第{p}页</option>' for p in range(1, pages + 1))
    nav += (f'　页次：<b><font color="red">{page}</font>/{pages}</b>页　{size}篇文章/页　'
            f'转到：<select name="page" onchange="javascript:window.location=this.options[this.selectedIndex].value;">{opts}</select>')
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0" class="border">
  <tr><td height="28" class="main_title">您现在的位置： <a href="/">{C.SITE_NAME}</a> &gt;&gt; {name}</td>
      <td align="right">排序：<a href="{P(1, 'time')}">按时间</a> | <a href="{P(1, 'hits')}">按点击</a>&nbsp;</td></tr>
  <tr><td colspan="2"><table width="96%" align="center" border="0" cellspacing="0" cellpadding="0">{rows}</table></td></tr>
  <tr><td colspan="2" align="center" height="30">{nav}</td></tr>
</table>"""
    return frame(f"{name} - {C.SITE_NAME}", main, sid and nsid)


def factory_url(f) -> str:
    return f"/Factory/ShowFactory.asp?id={f['id']}"


def render_factory_list(typ: int | None) -> str:
    fs = [f for f in sorted(C.FACTORIES, key=lambda f: f["date"], reverse=True) if typ in (None, f["type"])]
    rows = "".join(f'<tr><td>·<a href="{factory_url(f)}">{e(f["title"])}</a></td><td>{"厂房" if f["type"] == 1 else "仓库"}</td>'
                   f'<td>{f["area"]}㎡</td><td>{f["price"]}元/㎡·天</td><td>{short_date(f["date"])}</td></tr>' for f in fs)
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="3" class="border">
  <tr><td colspan="5" class="main_title">您现在的位置： <a href="/">{C.SITE_NAME}</a> &gt;&gt; 厂房出租
     （<a href="/Factory/FactoryList.asp?type=1">厂房</a> | <a href="/Factory/FactoryList.asp?type=2">仓库</a>）</td></tr>
  <tr bgcolor="#EEF3FA"><td>标题</td><td>类型</td><td>面积</td><td>租金</td><td>发布日期</td></tr>{rows}
</table>"""
    return frame(f"厂房出租 - {C.SITE_NAME}", main)


def render_factory(f) -> str:
    kind = "厂房出租" if f["type"] == 1 else "仓库出租"
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4" class="border">
  <tr><td colspan="2" class="main_title">您现在的位置： <a href="/">{C.SITE_NAME}</a> &gt;&gt; <a href="/Factory/FactoryList.asp">厂房出租</a> &gt;&gt; {kind}</td></tr>
  <tr><td colspan="2" align="center"><font size="3"><b>{e(f["title"])}</b></font></td></tr>
  <tr><td width="100" bgcolor="#F5F5F5">类　　型：</td><td>{kind}</td></tr>
  <tr><td bgcolor="#F5F5F5">面　　积：</td><td>{f["area"]}㎡</td></tr>
  <tr><td bgcolor="#F5F5F5">租　　金：</td><td><font color="red">{f["price"]}</font>元/㎡·天</td></tr>
  <tr><td bgcolor="#F5F5F5">楼　　层：</td><td>{f["floor"]}</td></tr>
  <tr><td bgcolor="#F5F5F5">位　　置：</td><td>{e(f["loc"])}</td></tr>
  <tr><td bgcolor="#F5F5F5">联 系 人：</td><td>{f["contact"]}</td></tr>
  <tr><td bgcolor="#F5F5F5">联系电话：</td><td><a href="tel:{f["phone"].replace(" ", "")}">{f["phone"]}</a></td></tr>
  <tr><td bgcolor="#F5F5F5">发布日期：</td><td>{short_date(f["date"])}</td></tr>
  <tr><td bgcolor="#F5F5F5">详细说明：</td><td>{e(f["desc"])}</td></tr>
  <tr><td colspan="2" align="center"><font color="#999999">联系时请说明是在{C.SITE_NAME}看到的，谢谢！</font></td></tr>
</table>"""
    return frame(f'{f["title"]} - {kind} - {C.SITE_NAME}', main)


def render_about() -> str:
    paras = "".join(f"<p>　　{e(p)}</p>" for p in C.ABOUT_PARAS)
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="6" class="border">
  <tr><td class="main_title">您现在的位置： <a href="/">{C.SITE_NAME}</a> &gt;&gt; 园区简介</td></tr>
  <tr><td style="font-size:14px;line-height:180%">{paras}
  <p>　　查看往期报道：<a href="/news_view.asp?id=358">新能源汽车零部件产业园一期厂房封顶</a>　<a href="/Special/2019zsh/index.asp">2019年招商推介会专题</a></p></td></tr>
</table>"""
    return frame(f"园区简介 - {C.SITE_NAME}", main)


def render_contact() -> str:
    lines = "<br>".join(e(x) for x in C.CONTACT_LINES)
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="6" class="border">
  <tr><td class="main_title">您现在的位置： <a href="/">{C.SITE_NAME}</a> &gt;&gt; 联系我们</td></tr>
  <tr><td style="font-size:14px;line-height:200%">{lines}<br>
  在线咨询：<a href="tencent://message/?uin=800012345&Site=xgcyy.cn&Menu=yes">QQ 800012345</a>　
  拨打电话：<a href="tel:0523-86881888">0523-86881888</a>　写信：<a href="mailto:zsj@xgcyy.cn?subject=投资咨询">zsj@xgcyy.cn</a><br>
  园区内网（仅限内部访问）：<a href="http://192.168.1.10:8080/oa/">OA办公系统</a> | <a href="http://10.0.0.5/mail/">内部邮箱</a> |
  <a href="http://127.0.0.1/admin/">本机管理</a> | <a href="http://localhost:8080/">测试站</a></td></tr>
</table>"""
    return frame(f"联系我们 - {C.SITE_NAME}", main)


def render_guestbook(page: int) -> str:
    size = C.GUESTBOOK_PAGE_SIZE
    pages = (len(C.GUESTBOOK) + size - 1) // size
    shown = min(max(page, 1), pages)
    items = C.GUESTBOOK[(shown - 1) * size: shown * size]
    rows = "".join(f'<table width="100%" border="0" cellpadding="4" cellspacing="1" bgcolor="#CCCCCC" style="margin-bottom:6px">'
                   f'<tr bgcolor="#EEF3FA"><td>留言人：{e(w)}　时间：{t}</td></tr>'
                   f'<tr bgcolor="#FFFFFF"><td>{e(q)}</td></tr>'
                   f'<tr bgcolor="#FFFFFF"><td><font color="#CC0000">管理员回复：{e(r)}</font></td></tr></table>'
                   for w, t, q, r in items)
    # the 下一页 link is always offered (bug in the guestbook component): past the end it repeats the last page
    nav = (f'共{len(C.GUESTBOOK)}条留言　<a href="/GuestBook/Index.asp?page=1">首页</a> '
           + (f'<a href="/GuestBook/Index.asp?page={page - 1}">上一页</a> ' if page > 1 else "上一页 ")
           + f'<a href="/GuestBook/Index.asp?page={page + 1}">下一页</a> <a href="/GuestBook/Index.asp?page={pages}">尾页</a>'
           + f'　第{page}页/共{pages}页')
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4" class="border">
  <tr><td class="main_title">您现在的位置： <a href="/">{C.SITE_NAME}</a> &gt;&gt; 留言板　<a href="/GuestBook/Write.asp">【我要留言】</a></td></tr>
  <tr><td>{rows}</td></tr><tr><td align="center">{nav}</td></tr></table>"""
    return frame(f"留言板 - {C.SITE_NAME}", main)


def render_guestbook_write() -> str:
    main = """<form method="post" action="/GuestBook/Save.asp"><table width="100%" class="border" cellpadding="4">
  <tr><td class="main_title">您现在的位置： 留言板 &gt;&gt; 签写留言</td></tr>
  <tr><td>姓名：<input name="name"> 电话：<input name="tel"></td></tr>
  <tr><td>内容：<textarea name="content" rows="6" cols="60"></textarea></td></tr>
  <tr><td><input type="submit" value="提交留言"> <a href="/GuestBook/Index.asp">返回留言列表</a></td></tr></table></form>"""
    return frame(f"签写留言 - {C.SITE_NAME}", main)


def render_login() -> str:
    main = f"""<form method="post" action="/User/User_ChkLogin.asp"><table width="100%" class="border" cellpadding="4">
  <tr><td class="main_title">会员登录</td></tr>
  <tr><td>用户名：<input name="UserName"> 密码：<input type="password" name="UserPassword"> <input type="submit" value="登录"></td></tr>
  <tr><td><a href="/User/Reg.asp">注册新会员</a> | <a href="/User/GetPassword.asp">忘记密码？</a></td></tr>
  <tr><td>已登录会员可直接浏览：<a href="{list_path(1)}&SessionID={next_sid('login')}">会员专区·园区新闻</a> |
      <a href="{list_path(2)}&SessionID={next_sid('login2')}">会员专区·招商政策</a></td></tr></table></form>"""
    return frame(f"会员登录 - {C.SITE_NAME}", main)


def render_download() -> str:
    rows = "".join(f'<tr><td>·{e(n)}</td><td>{s}</td><td><a href="{u}">点击下载</a></td></tr>' for n, u, s in C.DOWNLOADS)
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4" class="border">
  <tr><td colspan="3" class="main_title">您现在的位置： <a href="/">{C.SITE_NAME}</a> &gt;&gt; 资料下载</td></tr>
  <tr bgcolor="#EEF3FA"><td>资料名称</td><td>大小</td><td>下载</td></tr>{rows}
  <tr><td colspan="3">如无法下载，请联系招商局索取：<a href="mailto:zsj@xgcyy.cn">zsj@xgcyy.cn</a></td></tr></table>"""
    return frame(f"资料下载 - {C.SITE_NAME}", main)


def article_text(a) -> str:
    out = [a["title"]]
    for items in a["pages"]:
        for it in items:
            if isinstance(it, str):
                out.append(it)
    return "".join(out)


def render_search(keyword: str, page: int) -> str:
    hits = [a for a in sorted(C.ARTICLES, key=lambda a: a["date"], reverse=True)
            if keyword and (keyword in article_text(a) or keyword in a["tags"])]
    size = 10
    items = hits[(page - 1) * size: page * size] if page >= 1 else []
    rows = "".join(f'<tr><td>·<a href="{art_path(a)}">{e(a["title"])}</a> <font color="#999999">{short_date(a["date"])}</font></td></tr>'
                   for a in items) or '<tr><td>没有找到相关文章！</td></tr>'
    q = gbk_q(keyword)
    nav = (f'<a href="/Search.asp?keyword={q}&page={page - 1}">上一页</a> ' if page > 1 else "") + \
          f'<a href="/Search.asp?keyword={q}&page={page + 1}">下一页</a>'
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4" class="border">
  <tr><td class="main_title">搜索“{e(keyword)}”的结果（第{page}页）</td></tr>{rows}
  <tr><td align="center">{nav}</td></tr></table>"""
    return frame(f"搜索结果 - {C.SITE_NAME}", main)


def render_archive(year: int, month: int) -> str:
    arts = [a for a in sorted(C.ARTICLES, key=lambda a: a["date"]) if a["date"][0] == year and a["date"][1] == month]
    rows = "".join(f'<tr><td>·<a href="{art_path(a)}">{e(a["title"])}</a> [{short_date(a["date"])}]</td></tr>' for a in arts) \
        or '<tr><td>本月没有文章</td></tr>'
    py, pm = (year, month - 1) if month > 1 else (year - 1, 12)
    ny, nm = (year, month + 1) if month < 12 else (year + 1, 1)
    cal = "".join(f'<a href="/Archive.asp?year={year}&month={month}&day={d}">{d}</a> ' for d in (1, 8, 15, 22))
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4" class="border">
  <tr><td class="main_title">文章归档：{year}年{month}月</td></tr>
  <tr><td><a href="/Archive.asp?year={py}&month={pm}">&lt;&lt; 上一月</a>　{cal}　<a href="/Archive.asp?year={ny}&month={nm}">下一月 &gt;&gt;</a></td></tr>
  {rows}</table>"""
    return frame(f"{year}年{month}月文章归档 - {C.SITE_NAME}", main)


def render_home() -> str:
    def block(cls):
        name = C.CLASSES[cls][0]
        rows = "".join(f'<tr><td height="22">·<a href="{art_path(a)}" title="{e(a["title"])}">{e(a["title"])}</a></td>'
                       f'<td align="right"><font color="#999999">{a["date"][1]}-{a["date"][2]}</font></td></tr>'
                       for a in newest_first(cls)[:5])
        return (f'<table width="100%" border="0" cellspacing="0" cellpadding="0" class="border" style="margin-bottom:6px">'
                f'<tr><td class="main_title"><b>{name}</b></td><td align="right"><a href="{list_path(cls)}">更多&gt;&gt;</a></td></tr>'
                f'<tr><td colspan="2"><table width="100%">{rows}</table></td></tr></table>')
    fac = "".join(f'<tr><td>·<a href="{factory_url(f)}">{e(f["title"])}</a></td><td>{f["price"]}元/㎡·天</td></tr>'
                  for f in sorted(C.FACTORIES, key=lambda f: f["date"], reverse=True)[:4])
    pic = "".join(f'<td align="center"><a href="/news_view.asp?id={i}"><img src="/UploadFiles/pic{i}.jpg" width="150" height="110" border="0"><br>'
                  f'{e(ART[i]["title"][:12])}</a></td>' for i in LEGACY_LINKED)
    links = ('<a href="http://www.miit.gov.cn/" target="_blank">工业和信息化部</a> | '
             '<a href="http://www.jiangsu.gov.cn/" target="_blank">江苏省人民政府</a> | '
             '<a href="http://www.mofcom.gov.cn/" target="_blank">商务部</a> | '
             '<a href="http://www.jzxg-gov.cn/" target="_blank">兴港开发区管委会</a> | '
             '<a href="http://192.168.1.10:8080/oa/">内部办公</a> | <a href="http://10.0.0.5/mail/">内部邮箱</a> | '
             '<a href="http://127.0.0.1/admin/">系统维护</a> | <a href="http://localhost/">本地测试</a>')
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>{pic}
  <td valign="top"><b>往期专题：</b><br><a href="/Special/2019zsh/index.asp">2019年招商推介会</a><br>
  <a href="/Article/ShowArticle.asp?ArticleID=349">园区2019年工作总结</a><br>
  <a href="/UploadFiles/2019/ghtu.jpg">园区总体规划图</a></td></tr></table>
{block(1)}{block(2)}{block(3)}{block(4)}
<table width="100%" border="0" cellspacing="0" cellpadding="2" class="border">
  <tr><td class="main_title" colspan="2"><b>厂房仓库出租</b>　<a href="/Factory/FactoryList.asp">更多&gt;&gt;</a></td></tr>{fac}</table>
<table width="100%" border="0" cellspacing="0" cellpadding="4" class="border" style="margin-top:6px">
  <tr><td><b>友情链接：</b>{links}</td></tr></table>"""
    return frame(C.SITE_NAME + " - 江州市兴港经济开发区官方招商网站", main)


# ------------------------------------------------------------------ dispatch
ROBOTS = "User-agent: *\r\n" + "".join(f"Disallow: {p}\r\n" for p in FORBIDDEN)

NOT_FOUND = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">
<HTML><HEAD><TITLE>无法找到该页</TITLE>
<META HTTP-EQUIV="Content-Type" Content="text/html; charset=GB2312"></HEAD>
<BODY><h1>无法找到该页</h1>您正在搜索的页面可能已经删除、更名或暂时不可用。<hr>
<p>HTTP 错误 404 - 文件或目录未找到。<br>Internet 信息服务 (IIS)</p></BODY></HTML>"""

FORBIDDEN_PAGE = """<HTML><HEAD><TITLE>您无权查看该网页</TITLE>
<META HTTP-EQUIV="Content-Type" Content="text/html; charset=GB2312"></HEAD>
<BODY><h1>您无权查看该网页</h1><p>HTTP 错误 403 - 禁止访问<br>Internet 信息服务 (IIS)</p></BODY></HTML>"""


def _int(v, default):
    try:
        return int(v)
    except (TypeError, ValueError):
        return default


class AspGb2312Site:
    origin = ORIGIN
    hosts = [WWW, HOST]

    def handle(self, method: str, url: str) -> Response:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host not in (WWW, HOST) or parts.scheme not in ("http", "https"):
            return Response(502, {"Date": DATE_HEADER, "Content-Type": "text/plain"}, b"Bad Gateway")
        base = f"{parts.scheme}://{parts.netloc}"
        path = parts.path or "/"
        lp = path.lower()
        q = {k.lower(): v for k, v in parse_qsl(parts.query, keep_blank_values=True, encoding="gbk", errors="replace")}
        try:
            return self._route(method, base, path, lp, q)
        except Exception:  # an ASP error page would be 500
            return html_page("<html><body>Microsoft VBScript 运行时错误 '800a000d'</body></html>", 500)

    def _route(self, method, base, path, lp, q) -> Response:
        for p in FORBIDDEN:
            if lp.startswith(p.lower()):
                return html_page(FORBIDDEN_PAGE, 403)
        if lp == "/robots.txt":
            return Response(200, headers("text/plain"), ROBOTS.encode("ascii"))
        if lp in ("/", "/default.asp"):
            return html_page(render_home())
        if lp == "/index.asp":
            return Response(301, headers("text/html", {"Location": base + "/"}), b"<head><title>Object moved</title></head>")
        if lp in ("/article", "/article/"):
            return Response(301, headers("text/html", {"Location": base + list_path(1)}), b"Object moved")
        if lp == "/news_view.asp":
            a = ART.get(_int(q.get("id"), -1))
            if not a:
                return html_page(NOT_FOUND, 404)
            return Response(301, headers("text/html", {"Location": base + art_path(a)}), b"Object moved")
        if lp == "/newslist.asp":
            cls = _int(q.get("classid"), -1)
            if cls not in C.CLASSES:
                return html_page(NOT_FOUND, 404)
            order = q.get("order") if q.get("order") in ("time", "hits") else None
            return html_page(render_list(cls, _int(q.get("page"), 1), order, q.get("sessionid") or None))
        if lp == "/article/showarticle.asp":
            a = ART.get(_int(q.get("articleid"), -1))
            if not a or module(a) != "A":
                return html_page(NOT_FOUND, 404)
            page = _int(q.get("articlepage"), 1)
            if not 1 <= page <= len(a["pages"]):
                page = 1
            return html_page(render_article(a, page), ctype="text/html; Charset=gb2312")
        if lp == "/article/print.asp":
            a = ART.get(_int(q.get("articleid"), -1))
            if not a or module(a) != "A":
                return html_page(NOT_FOUND, 404)
            return html_page(render_print(a), ctype="text/html; Charset=gb2312")
        if lp == "/article/gethits.asp":
            a = ART.get(_int(q.get("articleid"), -1))
            js = f"document.write('{a['hits'] if a else 0}');"
            return Response(200, headers("application/x-javascript"), js.encode())
        if lp == "/news/newsshow.asp":
            a = ART.get(_int(q.get("id"), -1))
            if not a or module(a) != "N":
                return html_page(NOT_FOUND, 404)
            page = _int(q.get("page"), 1)
            if not 1 <= page <= len(a["pages"]):
                page = 1
            # the 新云 news module was installed with a UTF-8 Response.Charset: the header disagrees with the meta
            return html_page(render_article(a, page), ctype="text/html; charset=utf-8")
        if lp == "/factory/factorylist.asp":
            t = _int(q.get("type"), 0)
            return html_page(render_factory_list(t if t in (1, 2) else None), ctype="text/html; charset=GB2312")
        if lp == "/factory/showfactory.asp":
            f = FACT.get(_int(q.get("id"), -1))
            if not f:
                return html_page(NOT_FOUND, 404)
            return html_page(render_factory(f), ctype="text/html; charset=GB2312")
        if lp == "/about.asp":
            return html_page(render_about(), ctype="text/html; charset=gb2312")
        if lp == "/contact.asp":
            return html_page(render_contact(), ctype="text/html; charset=gb2312")
        if lp == "/guestbook/index.asp":
            return html_page(render_guestbook(max(1, _int(q.get("page"), 1))))
        if lp == "/guestbook/write.asp":
            return html_page(render_guestbook_write())
        if lp == "/login.asp":
            return html_page(render_login())
        if lp == "/download.asp":
            return html_page(render_download())
        if lp == "/search.asp":
            return html_page(render_search(q.get("keyword", ""), max(1, _int(q.get("page"), 1))),
                             ctype="text/html; charset=gbk")
        if lp == "/archive.asp":
            y, m = _int(q.get("year"), 2024), _int(q.get("month"), 1)
            if not 1 <= m <= 12:
                m = 1
            return html_page(render_archive(y, m))
        if lp.endswith(".doc") and lp.startswith("/uploadfiles/2023/") and lp.split("/")[-1] in ("zjbt_sqb.doc", "cxq_sbs.doc"):
            return Response(200, headers("application/msword"), b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504)
        if lp.startswith("/uploadfiles/") and lp.endswith(".jpg") and "2019" not in lp:
            return Response(200, headers("image/jpeg"), b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9")
        if lp.startswith("/images/") or lp.startswith("/skin/"):
            ctype = "text/css" if lp.endswith(".css") else "image/gif"
            return Response(200, headers(ctype), b"GIF89a\x01\x00\x01\x00\x00\x00\x00;" if ctype == "image/gif" else b"body{font-size:12px}")
        return html_page(NOT_FOUND, 404)


def emulator() -> AspGb2312Site:
    return AspGb2312Site()
