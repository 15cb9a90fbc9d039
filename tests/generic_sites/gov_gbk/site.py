# -*- coding: utf-8 -*-
"""gov_gbk: an emulated district park 管委会 portal on an old JSP government CMS ("HQ-WebPortal 5").

GBK bytes everywhere, gb2312 meta tags, table layouts, /col/colNNNN/index.html lists, /art/Y/M/D/art_C_ID.html
articles, no canonical tags. The 招商动态 column and the 厂房招租 pages are sent with ``charset=utf-8`` in the
HTTP header while their bytes (and meta tag) are GBK. Standard library only; deterministic.
"""

from __future__ import annotations

import hashlib
import html
import importlib.util
import os
import re
from urllib.parse import parse_qs, quote, unquote_to_bytes, urlsplit

_HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("gov_gbk_content", os.path.join(_HERE, "content.py"))
C = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(C)

HOST = "www.hqpark.gov.cn"
BARE = "hqpark.gov.cn"
ORIGIN = "http://" + HOST
DATE = "Tue, 05 Nov 2024 02:00:00 GMT"
PAGE_SIZE = 4
HOME_JSESSIONID = "0A1B2C3D4E5F60718293A4B5C6D7E8F9"
UTF8_LIE_COLS = {1002}
UID = {1001: 4321, 1002: 4322, 1003: 4323, 1004: 4324}

ARTS = sorted(C.ARTICLES, key=lambda a: a["date"])
BY_ID = {a["id"]: a for a in ARTS}


class Response:
    def __init__(self, status: int, headers: dict, body: bytes):
        self.status = status
        self.headers = headers
        self.body = body


def e(s: str) -> str:
    return html.escape(s, quote=True)


def ymd(a):
    d = a["date"][:10]
    y, m, dd = d.split("-")
    return int(y), int(m), int(dd)


def art_path(a, col=None):
    y, m, d = ymd(a)
    return f"/art/{y}/{m}/{d}/art_{col or a['col']}_{a['id']}.html"


def old_path(a):
    return art_path(a, a["moved_from"]) if a.get("moved_from") else None


def col_arts(col, sort="time"):
    items = [a for a in ARTS if a["col"] == col]
    if sort == "hits":
        return sorted(items, key=lambda a: -a["views"])
    return sorted(items, key=lambda a: a["date"], reverse=True)


def short(t, n=20):
    return t if len(t) <= n else t[:n] + "..."


def mmdd(a):
    return a["date"][5:10]


# ---------------------------------------------------------------- template

NAV = [("/index.html", "网站首页"), ("/col/col1010/index.html", "园区概况"), ("/col/col1001/index.html", "园区要闻"),
       ("/col/col1002/index.html", "招商动态"), ("/col/col1003/index.html", "政策文件"),
       ("/col/col1004/index.html", "媒体聚焦"), ("/zsfw/cf/index.html", "厂房招租"),
       ("/col/col1005/index.html", "下载中心"), ("/col/col1099/index.html", "专题专栏"),
       ("/col/col1011/index.html", "联系我们")]


def page(title, main, side=True, meta_charset="gb2312"):
    nav = "".join(f'<td class="navtd"><a href="{h}">{t}</a></td>' for h, t in NAV)
    sidebar = sidebar_html() if side else ""
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={meta_charset}">
<title>{e(title)}</title>
<meta name="SiteName" content="{C.SITE_NAME}">
<meta name="SiteDomain" content="{HOST}">
<link href="/images/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/module/jslib/jquery/jquery.js"></script>
<script language="javascript" src="/module/jslib/hqportal.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
<tr><td width="600"><a href="/index.html"><img src="/images/logo.gif" width="560" height="90" border="0" alt="{C.SITE_NAME}"></a></td>
<td align="right" valign="top" class="toplink"><a href="javascript:void(0)" onclick="SetHome(this,'http://{HOST}');">设为首页</a> | <a href="javascript:window.external.AddFavorite('http://{HOST}','{C.SHORT}')">加入收藏</a> | <a href="/member/login.jsp">用户登录</a> | <a href="http://www.hqpark.gov.cn/col/col1001/index.html?lang=en">English</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tr>{nav}</tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="searchbar"><tr>
<td width="700">今天是：<span id="today"></span><script>document.getElementById('today').innerHTML=new Date().toLocaleDateString();</script></td>
<td align="right"><form name="searchform" action="/jsearch/search.jsp" method="get" target="_blank"><input type="hidden" name="webid" value="12"><input type="text" name="keyword" size="20" value="请输入关键字"><input type="submit" value="搜 索"></form></td>
</tr></table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><tr>
<td width="730" valign="top" class="main">
{main}
</td>
<td width="10"></td>
<td width="260" valign="top" class="side">
{sidebar}
</td></tr></table>
{footer_html()}
</body>
</html>
"""


def sidebar_html():
    hot = sorted(ARTS, key=lambda a: -a["views"])[:6]
    new = sorted(ARTS, key=lambda a: a["date"], reverse=True)[:6]
    hot_li = "".join(f'<tr><td class="sli">·<a href="{art_path(a)}" title="{e(a["title"])}" target="_blank">{e(short(a["title"], 16))}</a></td></tr>' for a in hot)
    new_li = "".join(f'<tr><td class="sli">·<a href="{art_path(a)}" title="{e(a["title"])}" target="_blank">{e(short(a["title"], 16))}</a></td></tr>' for a in new)
    return f"""<table width="100%" class="sbox"><tr><td class="stit">热门文章</td></tr>{hot_li}</table>
<table width="100%" class="sbox"><tr><td class="stit">最新文章</td></tr>{new_li}</table>
<table width="100%" class="sbox"><tr><td class="stit">信息日历</td></tr>
<tr><td><a href="/col/col1001/archive.jsp?ym=2024-11">2024年11月</a> 信息发布情况</td></tr></table>
<table width="100%" class="sbox"><tr><td class="stit">招商服务</td></tr>
<tr><td>招商热线：<a href="tel:057189602200">0571-8960 2200</a></td></tr>
<tr><td><a href="/zsfw/cf/index.html">厂房招租信息</a> | <a href="/col/col1005/index.html">表格下载</a></td></tr>
<tr><td><a href="javascript:openOnline()">在线咨询</a></td></tr></table>
<table width="100%" class="sbox"><tr><td class="stit">友情链接</td></tr>
<tr><td><a href="http://www.gov.cn/" target="_blank">中国政府网</a></td></tr>
<tr><td><a href="http://www.zj.gov.cn/" target="_blank">浙江省人民政府</a></td></tr>
<tr><td><a href="http://www.jianglin.gov.cn/" target="_blank">江临市人民政府</a></td></tr>
<tr><td><a href="http://www.cadz.org.cn/" target="_blank">中国开发区网</a></td></tr>
<tr><td><a href="http://192.168.10.21:8080/oa/" target="_blank">管委会内部办公</a></td></tr>
<tr><td><a href="http://localhost:8080/hqmail/" target="_blank">园区邮箱</a></td></tr></table>
"""


def footer_html():
    return f"""<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center"><a href="/col/col1010/index.html">关于我们</a> | <a href="/col/col1011/index.html">联系我们</a> | <a href="/sitemap.html">网站地图</a> | <a href="/admin/login.jsp">后台管理</a> | <a href="/interface/rss.jsp?webid=12">RSS订阅</a></td></tr>
<tr><td align="center">主办单位：{C.SITE_NAME}　地址：江临市华泉区经开大道88号　邮编：311299</td></tr>
<tr><td align="center">联系电话：0571-8960 2200　电子邮箱：<a href="mailto:hqzs@hqpark.gov.cn">hqzs@hqpark.gov.cn</a></td></tr>
<tr><td align="center"><a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05012345号-1</a>　网站标识码：3301000099　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33010902000123" target="_blank">浙公网安备 33010902000123号</a></td></tr>
<tr><td align="center">建议使用IE8.0以上浏览器，1024*768分辨率浏览本站</td></tr>
</table>"""


# ---------------------------------------------------------------- articles

def body_html(a, indent=True):
    out = []
    items = a["body"]
    last_p = max(i for i, it in enumerate(items) if isinstance(it, str))
    for i, it in enumerate(items):
        if isinstance(it, str):
            txt = e(it)
            if it.startswith("附件："):
                d = next((x for x in C.DOWNLOADS if x["title"] in it), None)
                if d:
                    txt = "附件：" + f'<a href="{d["file"]}">{e(it[3:])}</a>'
            if i == last_p and a.get("tail"):
                txt += e(a["tail"])
            pre = "　　" if indent else ""
            out.append(f'<p style="line-height:200%;">{pre}{txt}</p>')
        elif "h" in it:
            out.append(f'<p style="line-height:200%;"><strong>{e(it["h"])}</strong></p>')
        elif "img" in it:
            out.append(f'<p style="text-align:center;"><img src="{it["img"]}" border="0" width="600" alt=""></p>')
            out.append(f'<p style="text-align:center;font-family:楷体_GB2312;">{e(it["cap"])}</p>')
        elif "table" in it:
            rows = []
            for r, row in enumerate(it["table"]):
                tag = "td"
                cells = "".join(f'<{tag} align="center" style="border:1px solid #999;">{"<b>" + e(c) + "</b>" if r == 0 else e(c)}</{tag}>' for c in row)
                rows.append(f"<tr>{cells}</tr>")
            out.append('<table width="90%" align="center" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;"><tbody>' + "".join(rows) + "</tbody></table>")
    return "\n".join(out)


def info_line(a):
    """The info line's text items (also used for truth)."""
    parts = []
    if a["col"] == 1004:
        parts.append("发布时间：" + a["date"].replace("-", "/"))
    else:
        parts.append("发布日期：" + a["date"])
    parts.append("信息来源：" + (a.get("source") or "本站"))
    if a.get("author"):
        parts.append("作者：" + a["author"])
    parts.append("浏览次数：" + str(a["views"]))
    return parts


def meta_cells(a):
    y, m, d = ymd(a)
    return [("索引号：", a["index_no"]), ("主题分类：", a["topic"]), ("发布机构：", a["source"]),
            ("发文日期：", f"{y}年{m}月{d}日"), ("文号：", a["doc_no"] or "无"), ("有效性：", "有效")]


CONTACT = "招商热线：0571-8960 2200 / 8960 2208　招商邮箱：zs@hqpark.gov.cn　地址：江临市华泉区经开大道88号管委会大楼3楼招商服务中心"
TOOLS = "【收藏本文】【打印本页】【关闭窗口】"
SHARE = "分享到：微信 微博 QQ空间"


def neighbours(a):
    items = sorted([x for x in ARTS if x["col"] == a["col"]], key=lambda x: x["date"])
    i = items.index(a)
    prev = items[i - 1] if i > 0 else None
    nxt = items[i + 1] if i + 1 < len(items) else None
    return prev, nxt


def related(a):
    """(href, title) of the related list: nearest articles in the column, plus two oddities."""
    items = [x for x in col_arts(a["col"]) if x is not a]
    items.sort(key=lambda x: abs(int(x["id"]) - int(a["id"])))
    rel = [(art_path(x), x["title"]) for x in items[:3]]
    if a["id"] == 5601:  # the moved article, linked by its old URL, and an article that no longer exists
        moved = BY_ID[5602]
        rel.append((old_path(moved), moved["title"]))
        rel.append(("/art/2023/12/1/art_1001_4999.html", "华泉经开区2023年度重点项目集中开工"))
    return rel


def article_page(a):
    col = a["col"]
    colname = C.COLUMNS[col]
    prev, nxt = neighbours(a)
    meta = ""
    if col == 1003:
        cells = meta_cells(a)
        rows = []
        for k in range(0, len(cells), 2):
            rows.append("<tr>" + "".join(f'<td width="50%" class="xxgk"><b>{lab}</b>{e(val)}</td>' for lab, val in cells[k:k + 2]) + "</tr>")
        meta = '<table width="96%" align="center" border="1" cellspacing="0" cellpadding="3" class="xxgkbox">' + "".join(rows) + "</table>"
    info = "　　".join(e(p) for p in info_line(a))
    zoom_in = "".join(f'<p style="color:#666;">{e(x)}</p>\n' for x in a.get("pre", []))
    zoom_in += body_html(a, indent=(col != 1004))
    zoom_in += "".join(f'\n<p style="color:#666;">{e(x)}</p>' for x in a.get("post", []))
    editor = f'<p align="right" class="zrbj">（责任编辑：{e(a["editor"])}）</p>' if a.get("editor") else ""
    pn = lambda lab, x: f'<p>{lab}：<a href="{art_path(x)}">{e(x["title"])}</a></p>' if x else f"<p>{lab}：没有了</p>"
    rel = "".join(f'<li><a href="{h}" target="_blank">{e(t)}</a></li>' for h, t in related(a))
    url = "http://" + HOST + art_path(a)
    main = f"""<table width="100%" class="position"><tr><td>当前位置：<a href="/index.html">首页</a> &gt; <a href="/col/col{col}/index.html">{colname}</a> &gt; 正文</td></tr></table>
{meta}
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="article">
<tr><td class="title" align="center" style="font-size:22px;font-weight:bold;padding:15px;">{e(a["title"])}</td></tr>
<tr><td class="info" align="center">{info}　　字体：〔<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>〕</td></tr>
<tr><td class="bline"><hr size="1" color="#cccccc"></td></tr>
<tr><td class="zw"><div id="zoom">
{zoom_in}
</div>
{editor}
</td></tr>
<tr><td><table width="100%" class="zsrx" bgcolor="#f4f8fc"><tr><td>招商热线：<a href="tel:057189602200">0571-8960 2200</a> / 8960 2208　招商邮箱：<a href="mailto:zs@hqpark.gov.cn">zs@hqpark.gov.cn</a>　地址：江临市华泉区经开大道88号管委会大楼3楼招商服务中心</td></tr></table></td></tr>
<tr><td align="right" class="tools">【<a href="/interface/collect.jsp?artid={a["id"]}">收藏本文</a>】【<a href="/module/web/jpage/print.jsp?artid={a["id"]}" target="_blank">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td class="share">分享到：<a href="javascript:shareWx()">微信</a> <a href="http://service.weibo.com/share/share.php?url={quote(url, safe='')}" target="_blank">微博</a> <a href="javascript:shareQzone()">QQ空间</a></td></tr>
<tr><td class="prenext">{pn("上一篇", prev)}{pn("下一篇", nxt)}</td></tr>
<tr><td class="xgwz"><div class="xgwz_t">相关文章</div><ul>{rel}</ul></td></tr>
</table>
<script language="javascript" src="/module/jslib/hits.jsp?artid={a["id"]}"></script>"""
    meta_cs = "gbk" if col in UTF8_LIE_COLS else "gb2312"
    return page(f"{a['title']}-{C.SITE_NAME}", main, meta_charset=meta_cs)


def print_page(a):
    body = body_html(a, indent=(a["col"] != 1004))
    pre = "".join(f"<p>{e(x)}</p>" for x in a.get("pre", []))
    post = "".join(f"<p>{e(x)}</p>" for x in a.get("post", []))
    info = "　".join(e(p) for p in info_line(a))
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{e(a["title"])}</title></head>
<body onload="window.print()"><table width="650" align="center"><tr><td align="center"><h3>{e(a["title"])}</h3></td></tr>
<tr><td align="center">{info}</td></tr><tr><td>{pre}{body}{post}</td></tr>
<tr><td align="center"><input type="button" value="打印" onclick="window.print()"> <input type="button" value="关闭" onclick="window.close()"></td></tr></table></body></html>"""


def boilerplate_blocks(a):
    """Every non-body block in and right around the article's text area, as its text reads on the page."""
    blocks = []
    if a["col"] == 1003:
        blocks += [lab + val for lab, val in meta_cells(a)]
    blocks.append(" ".join(info_line(a)) + " 字体：〔大 中 小〕")
    blocks += list(a.get("pre", []))
    if a.get("tail"):
        blocks.append(a["tail"])
    blocks += list(a.get("post", []))
    if a.get("editor"):
        blocks.append(f"（责任编辑：{a['editor']}）")
    blocks += [CONTACT, TOOLS, SHARE]
    prev, nxt = neighbours(a)
    blocks.append("上一篇：" + (prev["title"] if prev else "没有了"))
    blocks.append("下一篇：" + (nxt["title"] if nxt else "没有了"))
    blocks.append("相关文章")
    blocks += [t for _, t in related(a)]
    return blocks


def body_paragraphs(a):
    out = []
    for it in a["body"]:
        if isinstance(it, str):
            out.append(it)
        elif "h" in it:
            out.append(it["h"])
        elif "img" in it:
            out.append(it["cap"])
        elif "table" in it:
            out += [" ".join(r) for r in it["table"]]
    return out


# ---------------------------------------------------------------- lists

def list_items_html(items, datefmt):
    rows = []
    for a in items:
        d = f"[{mmdd(a)}]" if datefmt == "mmdd" else a["date"][:10]
        rows.append(f'<tr><td class="lli">·<a href="{art_path(a)}" title="{e(a["title"])}" target="_blank">{e(short(a["title"], 24))}</a></td><td align="right" class="ldate">{d}</td></tr>')
    return "\n".join(rows)


def col_list_page(col, n, sort, jsid):
    items = col_arts(col, sort)
    pages = max(1, (len(items) + PAGE_SIZE - 1) // PAGE_SIZE)
    if n < 1 or n > pages:
        return None
    chunk = items[(n - 1) * PAGE_SIZE: n * PAGE_SIZE]
    base = f"/col/col{col}/index.html"

    def link(k):
        if sort == "hits":
            return f"{base}?uid={UID[col]}&pageNum={k}&sort=hits"
        p = base if k == 1 else f"/col/col{col}/index_{k}.html"
        if jsid:
            p += ";jsessionid=" + hashlib.sha1(f"{jsid}/{k}".encode()).hexdigest()[:32].upper()
        return p

    nav = [f"共{len(items)}条　第{n}/{pages}页　"]
    nav.append(f'<a href="{link(1)}">首页</a> ')
    nav.append(f'<a href="{link(n - 1)}">上一页</a> ' if n > 1 else "上一页 ")
    nav.append(f'<a href="{link(n + 1)}">下一页</a> ' if n < pages else "下一页 ")
    nav.append(f'<a href="{link(pages)}">尾页</a>')
    datefmt = "mmdd" if col == 1001 else "full"
    sub = "".join(f'<tr><td class="subnav"><a href="/col/col{c}/index.html">{t}</a></td></tr>' for c, t in C.COLUMNS.items())
    main = f"""<table width="100%" class="position"><tr><td>当前位置：<a href="/index.html">首页</a> &gt; {C.COLUMNS[col]}</td></tr></table>
<table width="100%"><tr><td width="160" valign="top"><table width="100%" class="subbox">{sub}</table></td>
<td valign="top"><table width="100%" class="listbox">
<tr><td class="ltit">{C.COLUMNS[col]}</td><td align="right">排序：<a href="{base}?uid={UID[col]}&sort=time">按时间</a> | <a href="{base}?uid={UID[col]}&sort=hits">按点击</a></td></tr>
{list_items_html(chunk, datefmt)}
<tr><td colspan="2" align="center" class="pagenav">{"".join(nav)}</td></tr>
</table></td></tr></table>"""
    cs = "gbk" if col in UTF8_LIE_COLS else "gb2312"
    return page(f"{C.COLUMNS[col]}-{C.SITE_NAME}", main, meta_charset=cs)


def archive_page(ym):
    m = re.fullmatch(r"(\d{4})-(\d{2})", ym or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    y, mo = int(m.group(1)), int(m.group(2))
    py, pm = (y, mo - 1) if mo > 1 else (y - 1, 12)
    ny, nm = (y, mo + 1) if mo < 12 else (y + 1, 1)
    items = [a for a in ARTS if a["date"].startswith(f"{y:04d}-{mo:02d}")]
    rows = list_items_html(items, "full") if items else '<tr><td colspan="2">本月暂无信息</td></tr>'
    main = f"""<table width="100%" class="position"><tr><td>当前位置：<a href="/index.html">首页</a> &gt; 信息日历</td></tr></table>
<table width="100%" class="calendar"><tr><td align="left"><a href="/col/col1001/archive.jsp?ym={py:04d}-{pm:02d}">&lt;&lt; 上一月</a></td>
<td align="center"><b>{y}年{mo}月</b></td><td align="right"><a href="/col/col1001/archive.jsp?ym={ny:04d}-{nm:02d}">下一月 &gt;&gt;</a></td></tr></table>
<table width="100%" class="listbox">{rows}</table>"""
    return page(f"信息日历 {y}年{mo}月-{C.SITE_NAME}", main)


def search_page(kw, n):
    results = []
    if kw:
        for a in sorted(ARTS, key=lambda a: a["date"], reverse=True):
            if kw in a["title"] or any(kw in p for p in body_paragraphs(a)):
                results.append(a)
    chunk = results[(n - 1) * 10: n * 10]
    rows = list_items_html(chunk, "full") if chunk else '<tr><td colspan="2">没有找到相关信息</td></tr>'
    q = quote(kw, safe="")
    prev = f'<a href="/jsearch/search.jsp?webid=12&keyword={q}&pageNum={n - 1}">上一页</a> ' if n > 1 else ""
    # the old search module always offers a next page, even past the last result
    nxt = f'<a href="/jsearch/search.jsp?webid=12&keyword={q}&pageNum={n + 1}">下一页</a>'
    main = f"""<table width="100%" class="position"><tr><td>当前位置：<a href="/index.html">首页</a> &gt; 站内搜索</td></tr></table>
<table width="100%"><tr><td>关键字“{e(kw)}”共找到{len(results)}条结果</td></tr></table>
<table width="100%" class="listbox">{rows}<tr><td colspan="2" align="center">{prev}{nxt}</td></tr></table>"""
    return page(f"站内搜索-{C.SITE_NAME}", main)


# ---------------------------------------------------------------- other pages

def home_page():
    latest = sorted(ARTS, key=lambda a: a["date"], reverse=True)
    pics = [a for a in latest if any(isinstance(x, dict) and "img" in x for x in a["body"])][:4]
    pic_html = "".join(f'<td align="center"><a href="{art_path(a)}?from=index" target="_blank"><img src="{next(x["img"] for x in a["body"] if isinstance(x, dict) and "img" in x)}" width="160" height="110" border="0"><br>{e(short(a["title"], 12))}</a></td>' for a in pics)
    blocks = []
    for col, name in C.COLUMNS.items():
        items = col_arts(col)[:5]
        rows = "".join(f'<tr><td>·<a href="{art_path(a)}?from=index" title="{e(a["title"])}" target="_blank">{e(short(a["title"], 20))}</a></td><td align="right">[{mmdd(a)}]</td></tr>' for a in items)
        blocks.append(f'<table width="100%" class="hbox"><tr><td class="htit">{name}</td><td align="right"><a href="/col/col{col}/index.html;jsessionid={HOME_JSESSIONID}">更多&gt;&gt;</a></td></tr>{rows}</table>')
    cf = "".join(f'<tr><td>·<a href="/zsfw/cf/cf_{f["id"]}.html">{e(f["title"])}</a></td><td align="right">{f["area"]}㎡</td></tr>' for f in C.FACTORIES[:4])
    dl = "".join(f'<tr><td>·<a href="{d["file"]}">{e(d["title"])}</a></td><td align="right">{d["date"]}</td></tr>' for d in C.DOWNLOADS[:3])
    hotkw = "".join(f'<a href="/jsearch/search.jsp?webid=12&keyword={quote(k, safe="")}">{k}</a> ' for k in ["标准厂房", "人才公寓"])
    main = f"""<table width="100%" class="picnews"><tr><td class="htit" colspan="4">图片新闻</td></tr><tr>{pic_html}</tr></table>
{"".join(blocks)}
<table width="100%" class="hbox"><tr><td class="htit">厂房招租</td><td align="right"><a href="/zsfw/cf/index.html">更多&gt;&gt;</a></td></tr>{cf}</table>
<table width="100%" class="hbox"><tr><td class="htit">表格下载</td><td align="right"><a href="/col/col1005/index.html">更多&gt;&gt;</a></td></tr>{dl}</table>
<table width="100%"><tr><td>热门搜索：{hotkw}</td></tr></table>
<table width="100%"><tr><td><a href="http://www.hqpark.gov.cn/col/col1001/index.html?uid=4321&pageNum=1">园区要闻（第1页）</a> | <a href="http://10.0.3.15/zwgk/">政务公开（内网）</a> | <a href="http://127.0.0.1:9090/cms/preview.jsp">预览</a></td></tr></table>"""
    return page(C.SITE_NAME, main)


ABOUT = [
    "华泉经济开发区成立于2002年，2012年经省政府批准升级为省级经济开发区，规划面积46.8平方公里，下辖东区、北港、临湖三个片区。",
    "开发区地处长三角南翼，距江临市中心18公里，距杭州萧山国际机场45分钟车程，沪昆高速、江临绕城高速在区内设有出入口。",
    "经过二十余年发展，开发区已形成智能制造、新能源汽车零部件、生物医药和现代物流四大主导产业，集聚各类企业3200余家，其中规模以上工业企业412家。",
    "华泉经济开发区管理委员会为江临市华泉区人民政府派出机构，内设办公室、经济发展局、招商服务中心、科技创新局、规划建设局等部门。",
]


def about_page():
    ps = "".join(f"<p>　　{e(p)}</p>" for p in ABOUT)
    main = f"""<table width="100%" class="position"><tr><td>当前位置：<a href="/index.html">首页</a> &gt; 园区概况</td></tr></table>
<table width="100%"><tr><td class="title" align="center">园区概况</td></tr><tr><td>{ps}<p align="center"><img src="/picture/gyq_map.jpg" border="0"></p></td></tr></table>"""
    return page(f"园区概况-{C.SITE_NAME}", main)


def contact_page():
    main = f"""<table width="100%" class="position"><tr><td>当前位置：<a href="/index.html">首页</a> &gt; 联系我们</td></tr></table>
<table width="100%" border="1" cellspacing="0" cellpadding="6">
<tr><td>单位名称</td><td>{C.SITE_NAME}</td></tr>
<tr><td>办公地址</td><td>江临市华泉区经开大道88号</td></tr>
<tr><td>招商服务中心</td><td><a href="tel:057189602200">0571-8960 2200</a>（工作日 8:30-17:00）</td></tr>
<tr><td>东区招商部</td><td>0571-8960 2208</td></tr>
<tr><td>北港物流园招商中心</td><td>0571-8960 2276</td></tr>
<tr><td>电子邮箱</td><td><a href="mailto:zs@hqpark.gov.cn">zs@hqpark.gov.cn</a></td></tr>
<tr><td>乘车路线</td><td>乘坐地铁6号线至经开大道站，D出口步行约300米</td></tr>
</table>
<p><a href="http://api.map.baidu.com/marker?location=30.12,120.31&title=华泉经开区管委会" target="_blank">查看地图</a></p>"""
    return page(f"联系我们-{C.SITE_NAME}", main)


def downloads_page():
    rows = "".join(f'<tr><td>·<a href="{d["file"]}">{e(d["title"])}</a></td><td align="right">{d["date"]}</td></tr>' for d in C.DOWNLOADS)
    main = f"""<table width="100%" class="position"><tr><td>当前位置：<a href="/index.html">首页</a> &gt; 下载中心</td></tr></table>
<table width="100%" class="listbox"><tr><td class="ltit">表格下载</td><td></td></tr>{rows}
<tr><td colspan="2" align="center">共{len(C.DOWNLOADS)}条　第1/1页</td></tr></table>"""
    return page(f"下载中心-{C.SITE_NAME}", main)


def login_page():
    main = f"""<table width="100%" class="position"><tr><td>当前位置：<a href="/index.html">首页</a> &gt; 用户登录</td></tr></table>
<form action="/member/login.jsp" method="post"><table align="center" class="login">
<tr><td>用户名：</td><td><input type="text" name="username"></td></tr>
<tr><td>密　码：</td><td><input type="password" name="password"></td></tr>
<tr><td>验证码：</td><td><input type="text" name="randcode" size="6"><img src="/member/randcode.jsp" align="absmiddle"></td></tr>
<tr><td colspan="2" align="center"><input type="submit" value="登 录"> <a href="/member/register.jsp">注册</a> <a href="javascript:alert('请联系管理员')">忘记密码</a></td></tr>
</table></form>"""
    return page(f"用户登录-{C.SITE_NAME}", main, side=False)


def factory_list_page():
    rows = "".join(f'<tr><td><a href="/zsfw/cf/cf_{f["id"]}.html">{e(f["title"])}</a></td><td>{f["zone"]}</td><td>{f["area"]}㎡</td><td>{f["price"]}元/㎡/天</td></tr>' for f in C.FACTORIES)
    main = f"""<table width="100%" class="position"><tr><td>当前位置：<a href="/index.html">首页</a> &gt; 招商服务 &gt; 厂房招租</td></tr></table>
<table width="100%" border="1" cellspacing="0" cellpadding="4"><tr><td><b>房源名称</b></td><td><b>片区</b></td><td><b>面积</b></td><td><b>租金</b></td></tr>{rows}</table>
<p>以上房源信息仅供参考，具体以实地踏勘及合同约定为准。咨询电话：<a href="tel:057189602200">0571-8960 2200</a></p>"""
    return page(f"厂房招租-{C.SITE_NAME}", main, meta_charset="gbk")


def factory_page(f):
    sale = "出售" in f["title"]
    main = f"""<table width="100%" class="position"><tr><td>当前位置：<a href="/index.html">首页</a> &gt; <a href="/zsfw/cf/index.html">厂房招租</a> &gt; 房源详情</td></tr></table>
<table width="100%"><tr><td class="title" align="center">{e(f["title"])}</td></tr>
<tr><td align="center">发布日期：2024-10-20　　房源编号：HQCF-{f["id"]}</td></tr></table>
<table width="90%" align="center" border="1" cellspacing="0" cellpadding="5">
<tr><td>所在片区</td><td>{f["zone"]}</td><td>建筑面积</td><td>{f["area"]}㎡</td></tr>
<tr><td>楼层</td><td>{f["floor"]}</td><td>层高</td><td>{f["height"]}</td></tr>
<tr><td>承重</td><td>{f["load"]}</td><td>{"参考价格" if sale else "租金"}</td><td>{f["price"]}元/㎡/天{"（按租金折算）" if sale else ""}</td></tr>
<tr><td>配套</td><td colspan="3">双回路供电、天然气、货梯、独立卫生间、员工食堂</td></tr>
<tr><td>联系方式</td><td colspan="3">{e(f["contact"])}</td></tr></table>
<p>　　该房源位于华泉经开区{f["zone"]}片区，产权清晰，可办理环评及工商注册，适合智能装备、电子、新材料等行业企业使用，欢迎实地看厂。</p>
<p align="center">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</p>"""
    return page(f"{f['title']}-{C.SITE_NAME}", main, meta_charset="gbk")


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /interface/
Disallow: /module/jslib/
Disallow: /member/register.jsp

Sitemap: http://www.hqpark.gov.cn/sitemap.xml
"""

NOT_FOUND = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>404 页面不存在</title></head>
<body><p align="center">对不起，您访问的页面不存在或已被删除！</p><p align="center"><a href="/index.html">返回首页</a></p></body></html>"""


# ---------------------------------------------------------------- dispatch

def _html(text, utf8_lie=False, status=200):
    cs = "utf-8" if utf8_lie else "GBK"
    return Response(status, {"Content-Type": f"text/html; charset={cs}", "Date": DATE,
                             "Server": "Apache-Coyote/1.1", "Cache-Control": "no-cache"},
                    text.encode("gbk"))


def _plain(status, body=b"", ctype="text/plain", extra=None):
    h = {"Content-Type": ctype, "Date": DATE, "Server": "Apache-Coyote/1.1"}
    h.update(extra or {})
    return Response(status, h, body)


def _kw(raw):
    b = unquote_to_bytes(raw.replace("+", " "))
    for enc in ("utf-8", "gbk"):
        try:
            return b.decode(enc)
        except UnicodeDecodeError:
            pass
    return b.decode("latin-1")


ART_RE = re.compile(r"/art/(\d{4})/(\d{1,2})/(\d{1,2})/art_(\d{4})_(\d+)\.html")
COL_RE = re.compile(r"/col/col(\d{4})/index(?:_(\d+))?\.html")


class Emulator:
    origin = ORIGIN
    hosts = (HOST, BARE)

    def handle(self, method: str, url: str) -> Response:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host not in self.hosts or parts.scheme not in ("http", "https") or (parts.port not in (None, 80, 443)):
            return _plain(502, b"Bad Gateway")
        if host == BARE:
            loc = "http://" + HOST + (parts.path or "/") + ("?" + parts.query if parts.query else "")
            return _plain(301, b"", "text/html", {"Location": loc})
        r = self._route(parts.path or "/", parts.query)
        if method == "HEAD":
            r = Response(r.status, r.headers, b"")
        return r

    def _route(self, path, query):
        q = {k: v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}
        jsid = None
        if ";jsessionid=" in path:
            path, jsid = path.split(";jsessionid=", 1)
        if path in ("/", "/index.html"):
            return _html(home_page())
        if path == "/robots.txt":
            return _plain(200, ROBOTS.encode("ascii"), "text/plain")
        if path.startswith(("/admin/", "/interface/", "/module/jslib/")) or path == "/member/register.jsp":
            return _plain(403, "<html><body>403 Forbidden</body></html>".encode(), "text/html")
        m = ART_RE.fullmatch(path)
        if m:
            y, mo, d, col, aid = (int(x) for x in m.groups())
            a = BY_ID.get(aid)
            if a and ymd(a) == (y, mo, d):
                if col == a["col"]:
                    return _html(article_page(a), utf8_lie=a["col"] in UTF8_LIE_COLS)
                if col == a.get("moved_from"):
                    return _plain(301, b"", "text/html", {"Location": "http://" + HOST + art_path(a)})
            return _html(NOT_FOUND, status=404)
        m = COL_RE.fullmatch(path)
        if m:
            col = int(m.group(1))
            n = int(m.group(2) or 1)
            if col in C.COLUMNS:
                sort = q.get("sort", "time")
                if "pageNum" in q:
                    try:
                        n = int(q["pageNum"])
                    except ValueError:
                        n = 1
                body = col_list_page(col, n, "hits" if sort == "hits" else "time", jsid)
                if body:
                    return _html(body, utf8_lie=col in UTF8_LIE_COLS)
            elif col == 1005 and not m.group(2):
                return _html(downloads_page())
            elif col == 1010 and not m.group(2):
                return _html(about_page())
            elif col == 1011 and not m.group(2):
                return _html(contact_page())
            return _html(NOT_FOUND, status=404)
        if path == "/col/col1001/archive.jsp":
            body = archive_page(q.get("ym"))
            return _html(body) if body else _html(NOT_FOUND, status=404)
        if path == "/jsearch/search.jsp":
            raw = re.search(r"(?:^|&)keyword=([^&]*)", query)
            kw = _kw(raw.group(1)) if raw else ""
            if kw == "请输入关键字":
                kw = ""
            try:
                n = max(1, int(q.get("pageNum", "1")))
            except ValueError:
                n = 1
            return _html(search_page(kw, n))
        if path == "/module/web/jpage/print.jsp":
            try:
                a = BY_ID.get(int(q.get("artid", "0")))
            except ValueError:
                a = None
            return _html(print_page(a)) if a else _html(NOT_FOUND, status=404)
        if path == "/member/login.jsp":
            return _html(login_page())
        if path == "/zsfw/cf/index.html":
            return _html(factory_list_page(), utf8_lie=True)
        m = re.fullmatch(r"/zsfw/cf/cf_(\d+)\.html", path)
        if m:
            f = next((x for x in C.FACTORIES if x["id"] == int(m.group(1))), None)
            return _html(factory_page(f), utf8_lie=True) if f else _html(NOT_FOUND, status=404)
        for d in C.DOWNLOADS:
            if path == d["file"]:
                if path.endswith(".pdf"):
                    return _plain(200, b"%PDF-1.4\n% hqpark attachment " + str(d["id"]).encode() + b"\n%%EOF\n", "application/pdf")
                return _plain(200, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(56), "application/msword",
                              {"Content-Disposition": f'attachment; filename="{os.path.basename(path)}"'})
        if path.startswith("/picture/") or path.startswith("/images/"):
            if path.endswith((".jpg", ".gif", ".css")):
                ctype = {"jpg": "image/jpeg", "gif": "image/gif", "css": "text/css"}[path.rsplit(".", 1)[1]]
                data = {"image/jpeg": b"\xff\xd8\xff\xe0" + hashlib.md5(path.encode()).digest() + b"\xff\xd9",
                        "image/gif": b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "text/css": b"body{font-size:12px;}\n"}[ctype]
                return _plain(200, data, ctype)
        return _html(NOT_FOUND, status=404)


def emulator() -> Emulator:
    return Emulator()
