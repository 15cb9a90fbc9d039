# -*- coding: utf-8 -*-
"""Emulator of www.hengqipark.com, the corporate site of a private industrial-park operator (恒启科技园),
built on a PbootCMS-like PHP CMS with pseudo-static URLs, plus its mobile host m.hengqipark.com.

``emulator()`` returns an object with ``origin`` and ``handle(method, url) -> Response``.
Deterministic: no clock, no randomness, no network.  Python stdlib only.
"""

from __future__ import annotations

import calendar as _calendar
import hashlib
import html
import io
import re
import struct
import zipfile
import zlib
from urllib.parse import parse_qsl, quote, unquote, urlsplit

import pboot_park_content as C

WWW = C.SITE["www"]
MOB = C.SITE["mobile"]
BARE = C.SITE["bare"]
HOSTS = {WWW, MOB, BARE}
ORIGIN = "http://" + WWW


class Response:
    def __init__(self, status: int, headers: dict, body: bytes):
        self.status = status
        self.headers = headers
        self.body = body

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<Response {self.status} {self.headers.get('Content-Type')} {len(self.body)}B>"


ON = ' class="on"'
HIDE = ' style="display:none"'


def esc(s: str) -> str:
    return html.escape(s, quote=True)


# ------------------------------------------------------------------------------------------------ content index

ART_BY_ID = {a["id"]: a for a in C.ARTICLES}
PROD_BY_ID = {p["id"]: p for p in C.PRODUCTS}
CASE_BY_ID = {c["id"]: c for c in C.CASES}
JOB_BY_ID = {j["id"]: j for j in C.JOBS}
DL_BY_ID = {d["id"]: d for d in C.DOWNLOADS}


def _desc(items):
    return sorted(items, key=lambda x: (x["date"], x["id"]), reverse=True)


ARTS_DESC = _desc(C.ARTICLES)
PRODS_DESC = _desc(C.PRODUCTS)
CASES_DESC = _desc(C.CASES)
JOBS_DESC = _desc(C.JOBS)
DLS_DESC = _desc(C.DOWNLOADS)


def col_name(code: str) -> str:
    return C.COLUMNS[code][0]


def col_items(code: str) -> list:
    """Items a column's list shows (a parent column shows its children's items)."""
    if code == "news":
        return ARTS_DESC
    if code in C.NEWS_COLUMNS:
        return [a for a in ARTS_DESC if a["col"] == code]
    if code == "product":
        return PRODS_DESC
    if code in C.PRODUCT_COLUMNS:
        return [p for p in PRODS_DESC if p["col"] == code]
    if code == "case":
        return CASES_DESC
    if code == "job":
        return JOBS_DESC
    if code == "download":
        return DLS_DESC
    raise KeyError(code)


def page_size(code: str) -> int:
    return C.PAGE_SIZE[C.COLUMNS[code][2]]


def page_count(code: str, n_items: int | None = None) -> int:
    n = len(col_items(code)) if n_items is None else n_items
    return max(1, -(-n // page_size(code)))


def list_path(code: str, page: int = 1) -> str:
    return f"/{code}/" if page <= 1 else f"/{code}_{page}/"


def item_path(kind: str, item: dict) -> str:
    if kind == "article":
        return f"/{item['col']}/{item['id']}.html"
    if kind == "product":
        return f"/{item['col']}/{item['id']}.html"
    return f"/{kind}/{item['id']}.html"


def art_path(a: dict) -> str:
    return item_path("article", a)


def tag_path(tag: str) -> str:
    return "/tag/" + quote(tag) + "/"


def search_path(kw: str, page: int = 1) -> str:
    q = "/search/?keyword=" + quote(kw)
    return q if page <= 1 else q + f"&page={page}"


ALL_TAGS = []
for _a in ARTS_DESC:
    for _t in _a["tags"]:
        if _t not in ALL_TAGS:
            ALL_TAGS.append(_t)

HOT_WORDS = ["标准厂房", "厂房出租", "研发办公", "政策"]


def related(a: dict) -> list:
    """Fixed related list: deleted items still carried by the CMS cache first, then the 4 nearest in column."""
    same = [x for x in ARTS_DESC if x["col"] == a["col"] and x["id"] != a["id"]]
    same.sort(key=lambda x: (abs(_days(x["date"]) - _days(a["date"])), -x["id"]))
    out = [("deleted", i) for i in C.RELATED_EXTRA.get(a["id"], [])]
    return out + [("article", x) for x in same[:4]]


def _days(d: str) -> int:
    y, m, dd = int(d[0:4]), int(d[5:7]), int(d[8:10])
    return y * 372 + m * 31 + dd


def prev_next(a: dict):
    seq = sorted([x for x in C.ARTICLES if x["col"] == a["col"]], key=lambda x: (x["date"], x["id"]))
    i = seq.index(a)
    prev = seq[i - 1] if i > 0 else None
    nxt = seq[i + 1] if i + 1 < len(seq) else None
    return prev, nxt


# ------------------------------------------------------------------------------------------------ body rendering

_INLINE = re.compile(r"\*\*(.+?)\*\*|\[\[(.+?)\|(.+?)\]\]")


def inline(text: str) -> str:
    out, pos = [], 0
    for m in _INLINE.finditer(text):
        out.append(esc(text[pos:m.start()]))
        if m.group(1) is not None:
            out.append("<strong>" + esc(m.group(1)) + "</strong>")
        else:
            out.append('<a href="' + esc(m.group(3)) + '" target="_blank">' + esc(m.group(2)) + "</a>")
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def plain(text: str) -> str:
    return _INLINE.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)


def _p(text_html: str, style: str) -> str:
    if style == "indent":
        return "<p>\u3000\u3000" + text_html + "</p>"
    if style == "nbsp":
        return "<p>&nbsp; &nbsp; &nbsp; &nbsp;" + text_html + "</p>"
    if style == "span":
        return '<p><span style="font-family: 宋体, SimSun; font-size: 16px;">' + text_html + "</span></p>"
    if style == "section":
        return ('<p style="margin: 0px 0px 1em; line-height: 1.75em;"><span style="font-size: 15px; '
                'color: rgb(62, 62, 62);">' + text_html + "</span></p>")
    return "<p>" + text_html + "</p>"


def body_html(blocks: list, style: str = "plain") -> str:
    out = []
    for b in blocks:
        t = b[0]
        if t == "p":
            out.append(_p(inline(b[1]), style))
        elif t == "h":
            out.append("<p><strong>" + inline(b[1]) + "</strong></p>")
        elif t == "right":
            out.append('<p style="text-align: right;">' + inline(b[1]) + "</p>")
        elif t == "img":
            name = b[1].rsplit("/", 1)[-1]
            out.append('<p style="text-align: center;"><img src="' + esc(b[1]) + '" title="' + name + '" alt="' + name
                       + '" width="700" height="467" border="0" vspace="0" style="width: 700px; height: 467px;"/></p>')
        elif t == "cap":
            out.append('<p style="text-align: center;"><span style="color: rgb(127, 127, 127); font-size: 14px;">'
                       + inline(b[1]) + "</span></p>")
        elif t == "table":
            rows = []
            for i, row in enumerate(b[1]):
                if i == 0:
                    cells = "".join('<td valign="middle" align="center" style="background-color: rgb(242, 242, 242);">'
                                    "<strong>" + esc(c) + "</strong></td>" for c in row)
                else:
                    cells = "".join('<td valign="middle" align="center">' + esc(c) + "</td>" for c in row)
                rows.append("<tr>" + cells + "</tr>")
            out.append('<table width="100%" border="1" cellspacing="0" cellpadding="4" style="border-collapse: collapse;">'
                       "<tbody>\n" + "\n".join(rows) + "\n</tbody></table>")
        elif t == "ul":
            out.append('<ul class=" list-paddingleft-2">' + "".join("<li><p>" + inline(x) + "</p></li>" for x in b[1])
                       + "</ul>")
        elif t == "note":
            out.append('<p><span style="font-size: 12px; color: rgb(89, 89, 89);">' + inline(b[1]) + "</span></p>")
        elif t == "attach":
            out.append("<p>" + esc(b[1]) + "</p>")
            for name, href in b[2]:
                icon = "icon_pdf.gif" if href.endswith(".pdf") else "icon_doc.gif"
                out.append('<p style="line-height: 16px;"><img style="vertical-align: middle; margin-right: 2px;" '
                           'src="/static/ueditor/dialogs/attachment/fileTypeImages/' + icon + '"/>'
                           '<a style="font-size:12px; color:#0066cc;" href="' + esc(href) + '" title="' + esc(name) + '">'
                           + esc(name) + "</a></p>")
        elif t == "bp":
            if b[1].startswith("（责任编辑") or b[1].startswith("（原载") or b[1].startswith("（视频"):
                out.append('<p style="text-align: right;">' + esc(b[1]) + "</p>")
            else:
                out.append(_p(esc(b[1]), style))
        elif t == "ptail":
            sep = "<br/>" if b[3] == "br" else ""
            out.append(_p(inline(b[1]) + sep + esc(b[2]), style))
        elif t == "contact":
            out.append('<div class="hq-zs-card" style="border: 1px dashed #c00; padding: 10px; margin-top: 20px;">'
                       + "".join("<p>" + esc(x) + "</p>" for x in b[1]) + "</div>")
        else:  # pragma: no cover
            raise ValueError(t)
    joined = "\n".join(out)
    if style == "section":
        joined = ('<section style="margin: 0px; padding: 0px; box-sizing: border-box; max-width: 100%;">\n'
                  + joined + "\n</section>")
    return joined


def first_text(blocks: list) -> str:
    for b in blocks:
        if b[0] == "p":
            return plain(b[1])
    return ""


def summary(blocks: list, n: int = 60) -> str:
    t = first_text(blocks)
    return t if len(t) <= n else t[:n] + "..."


def all_text(blocks: list) -> str:
    parts = []
    for b in blocks:
        if b[0] in ("p", "h", "right", "cap", "note", "bp"):
            parts.append(plain(b[1]))
        elif b[0] == "ptail":
            parts.append(plain(b[1]))
        elif b[0] == "ul":
            parts.extend(plain(x) for x in b[1])
        elif b[0] == "table":
            parts.extend(" ".join(r) for r in b[1])
    return "".join(parts)


# ------------------------------------------------------------------------------------------------ static bytes

def _png(w: int, h: int, rgb: tuple) -> bytes:
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


GIF_1x1 = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
           b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def _pdf(title: str) -> bytes:
    text = "(" + "".join(c if ord(c) < 128 else "?" for c in title) + ")"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        None,
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    stream = f"BT /F1 18 Tf 72 760 Td {text} Tj ET"
    objs[3] = f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream"
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def _docx(title: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        def add(name, data):
            zi = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        add("[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
            'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>")
        add("_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.'
            'org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        add("word/document.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.'
            'org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>' + esc(title) + "</w:t></w:r></w:p></w:body>"
            "</w:document>")
    return buf.getvalue()


def _file_table() -> dict:
    files = {}
    for d in C.DOWNLOADS:
        files[d["file"]] = d["title"]
    for a in C.ARTICLES:
        for b in a["blocks"]:
            if b[0] == "attach":
                for name, href in b[2]:
                    files[href] = name
    return files


FILES = _file_table()

CSS = ("body{margin:0;font:14px/1.8 'Microsoft YaHei',sans-serif;color:#333}a{color:#333;text-decoration:none}"
       ".hq-wrap{width:1200px;margin:0 auto}.hq-nav{background:#0b4ea2}.hq-nav li{float:left;list-style:none}"
       ".hq-side{float:left;width:280px}.hq-content{float:right;width:890px}.hq-footer{clear:both;background:#222;"
       "color:#aaa}.hq-art-body p{margin:0 0 12px}.m-fixbar{position:fixed;bottom:0;left:0;right:0}\n").encode()
JS = ("$(function(){$('#gotop').click(function(){$('html,body').animate({scrollTop:0},300)});"
      "$('.hq-tabs li').hover(function(){var i=$(this).index();$(this).addClass('on').siblings().removeClass('on');"
      "$('.hq-tabbox').eq(i).show().siblings('.hq-tabbox').hide();});});\n").encode()


# ------------------------------------------------------------------------------------------------ www layout

S = C.SITE


def _top_nav(active: str) -> str:
    items = [("/", "网站首页", "home"), ("/about/", "关于我们", "about"), ("/product/", "园区载体", "product"),
             ("/case/", "入驻企业", "case"), ("/news/", "新闻中心", "news"), ("/peitao/", "园区配套", "peitao"),
             ("/download/", "下载中心", "download"), ("/job/", "人才招聘", "job"), ("/contact/", "联系我们", "contact")]
    lis = []
    for href, name, key in items:
        cls = ' class="on"' if key == active else ""
        lis.append(f'<li{cls}><a href="{href}">{name}</a></li>')
    return "\n".join(lis)


def www_layout(*, title: str, keywords: str, description: str, canonical: str, active: str, banner: tuple | None,
               body: str, extra_head: str = "") -> str:
    hot = " ".join(f'<a href="{esc(search_path(w))}">{w}</a>' for w in HOT_WORDS)
    banner_html = ""
    if banner:
        banner_html = (f'<div class="hq-banner" style="background-image: url(/static/upload/image/banner/{banner[2]});">'
                       f'<div class="hq-wrap"><h2>{banner[0]}</h2><p>{banner[1]}</p></div></div>')
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
<meta name="keywords" content="{esc(keywords)}">
<meta name="description" content="{esc(description)}">
<link rel="canonical" href="{ORIGIN}{esc(canonical)}">
<link rel="alternate" media="only screen and (max-width: 640px)" href="http://{MOB}{esc(canonical)}">
<link rel="shortcut icon" href="/favicon.ico" type="image/x-icon">
<link rel="stylesheet" href="/template/hengqi/css/style.css">
<script src="/template/hengqi/js/jquery-1.12.4.min.js"></script>
<script src="/template/hengqi/js/common.js"></script>
{extra_head}</head>
<body>
<div class="hq-topbar">
  <div class="hq-wrap">
    <span class="hq-welcome">您好，欢迎访问恒启科技园官方网站！</span>
    <span class="hq-toplinks"><a href="http://{MOB}/" target="_blank">手机版</a> | <a href="/gbook/">在线留言</a> | <a href="/member/login/">会员登录</a> | <a href="/member/register/">免费注册</a></span>
  </div>
</div>
<div class="hq-header">
  <div class="hq-wrap">
    <a class="hq-logo" href="/"><img src="/static/upload/image/logo.png" alt="恒启科技园"></a>
    <form class="hq-search" action="/search/" method="get">
      <input type="text" name="keyword" class="hq-search-input" placeholder="请输入搜索关键词">
      <button type="submit">搜索</button>
    </form>
    <div class="hq-hotwords">热门搜索：{hot}</div>
    <div class="hq-hotline"><span>招商热线</span><strong>{S['hotline']}</strong></div>
  </div>
</div>
<div class="hq-nav">
  <ul class="hq-wrap">
{_top_nav(active)}
  </ul>
</div>
{banner_html}
{body}
<div class="hq-footer">
  <div class="hq-wrap">
    <div class="hq-flinks">友情链接：<a href="http://www.changzhou.gov.cn/" target="_blank">常州市人民政府</a> <a href="http://www.wj.gov.cn/" target="_blank">武进区人民政府</a> <a href="http://gxj.changzhou.gov.cn/" target="_blank">常州市工业和信息化局</a> <a href="http://gxt.jiangsu.gov.cn/" target="_blank">江苏省工业和信息化厅</a></div>
    <div class="hq-fnav"><a href="/about/">关于我们</a> | <a href="/product/">园区载体</a> | <a href="/news/">新闻中心</a> | <a href="/download/">下载中心</a> | <a href="/contact/">联系我们</a> | <a href="/sitemap.xml" target="_blank">网站地图</a></div>
    <div class="hq-finfo">
      <p>{S['company']} 版权所有 Copyright © {S['since']}-{S['year']} All Rights Reserved</p>
      <p>地址：{S['address']}　招商热线：{S['hotline']}　邮箱：{S['email']}</p>
      <p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">{S['icp']}</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=32041202001234" target="_blank" rel="nofollow">{S['police']}</a>　{S['support']}</p>
    </div>
    <div class="hq-fqr">
      <div class="qr"><img src="/static/upload/image/qrcode-mp.png" alt=""><p>微信公众号</p></div>
      <div class="qr"><img src="/static/upload/image/qrcode-wx.png" alt=""><p>招商经理微信</p></div>
    </div>
  </div>
</div>
<div class="hq-float">
  <ul>
    <li class="f-tel"><a href="tel:051986227766">电话咨询</a><div class="f-pop">{S['hotline']}</div></li>
    <li class="f-msg"><a href="/gbook/">在线留言</a></li>
    <li class="f-wx"><span>微信咨询</span><div class="f-pop"><img src="/static/upload/image/qrcode-wx.png" alt=""><p>扫码添加招商经理微信</p></div></li>
    <li class="f-top"><a href="javascript:;" id="gotop">返回顶部</a></li>
  </ul>
</div>
<script>
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5f1a3c9e0b7d2e4a6c8b0d1e3f5a7c9b";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>
</body>
</html>
"""


def side_contact() -> str:
    return f"""<div class="hq-side-box hq-side-contact">
  <h3>联系我们</h3>
  <div class="box-bd">
    <p>招商热线：{S['hotline']}</p>
    <p>招商经理：{S['manager']} {S['manager_mobile']}</p>
    <p>邮箱：{S['email']}</p>
    <p>地址：{S['address']}</p>
  </div>
</div>
<div class="hq-side-box hq-side-qr">
  <img src="/static/upload/image/qrcode-mp.png" alt="恒启科技园公众号">
  <p>扫一扫，关注恒启科技园公众号</p>
  <p>获取最新招商房源信息</p>
</div>"""


def side_subnav(parent: str, current: str) -> str:
    children = [c for c, v in C.COLUMNS.items() if v[1] == parent]
    lis = "".join(f'<li{ON if c == current else ""}><a href="{list_path(c)}">{col_name(c)}</a></li>'
                  for c in children)
    return f'<div class="hq-side-nav"><h3>{col_name(parent)}</h3><ul>{lis}</ul></div>'


def side_latest_news() -> str:
    lis = "".join(f'<li><a href="{art_path(a)}" title="{esc(a["title"])}">{esc(a["title"])}</a></li>'
                  for a in ARTS_DESC[:6])
    return f'<div class="hq-side-box"><h3>最新资讯</h3><ul class="box-list">{lis}</ul></div>'


def side_hot_products() -> str:
    hot = sorted(C.PRODUCTS, key=lambda p: (-p["views"], p["id"]))[:4]
    lis = "".join(f'<li><a href="{item_path("product", p)}">{esc(p["title"])}</a></li>' for p in hot)
    return f'<div class="hq-side-box"><h3>热门房源</h3><ul class="box-list">{lis}</ul></div>'


def side_calendar() -> str:
    return ('<div class="hq-side-box hq-side-cal"><h3>园区活动日历</h3><div class="box-bd"><p>2024年11月</p>'
            '<p><a href="/calendar/2024-11.html">查看本月园区活动 &gt;&gt;</a></p></div></div>')


def crumb(parts: list) -> str:
    links = ['<a href="/">首页</a>'] + [f'<a href="{h}">{esc(n)}</a>' for h, n in parts]
    return '<div class="hq-crumb"><span>当前位置：</span>' + " &gt; ".join(links) + "</div>"


def two_col(side: str, main: str) -> str:
    return (f'<div class="hq-wrap hq-main clearfix">\n<div class="hq-side">\n{side}\n</div>\n'
            f'<div class="hq-content">\n{main}\n</div>\n</div>')


def pager(code: str, page: int, total_items: int, qs: str = "") -> str:
    pages = page_count(code, total_items)
    if pages <= 1:
        return f'<div class="hq-pager"><span class="pg-info">共{total_items}条 当前1/1页</span></div>'
    def u(n):
        return esc(list_path(code, n) + qs)
    parts = [f'<span class="pg-info">共{total_items}条 当前{page}/{pages}页</span>',
             f'<a class="pg-first" href="{u(1)}">首页</a>',
             f'<a class="pg-prev" href="{u(max(1, page - 1))}">上一页</a>']
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<a class="pg-num pg-cur" href="{u(n)}">{n}</a>')
        else:
            parts.append(f'<a class="pg-num" href="{u(n)}">{n}</a>')
    parts.append(f'<a class="pg-next" href="{u(min(pages, page + 1))}">下一页</a>')
    parts.append(f'<a class="pg-last" href="{u(pages)}">尾页</a>')
    return '<div class="hq-pager">' + " ".join(parts) + "</div>"


BANNERS = {
    "news": ("新闻中心", "NEWS CENTER", "news.png"),
    "product": ("园区载体", "PARK SPACE", "product.png"),
    "case": ("入驻企业", "TENANTS", "case.png"),
    "about": ("关于我们", "ABOUT US", "about.png"),
    "peitao": ("园区配套", "FACILITIES", "about.png"),
    "contact": ("联系我们", "CONTACT US", "contact.png"),
    "download": ("下载中心", "DOWNLOAD", "about.png"),
    "job": ("人才招聘", "JOIN US", "about.png"),
    "search": ("站内搜索", "SEARCH", "news.png"),
    "gbook": ("在线留言", "MESSAGE", "contact.png"),
}


# ------------------------------------------------------------------------------------------------ www pages

def www_home() -> str:
    slides = (
        '<div class="hq-slide"><ul>'
        '<li><a href="/yqdt/142.html"><img src="/static/upload/image/banner/slide1.png" alt="二期标准厂房火热招商中"></a></li>'
        '<li><a href="/product/"><img src="/static/upload/image/banner/slide2.png" alt="单层、多层标准厂房 可分割出租"></a></li>'
        '<li><a href="/about/"><img src="/static/upload/image/banner/slide3.png" alt="恒启科技园"></a></li>'
        "</ul></div>")
    about = ('<div class="hq-home-about hq-wrap"><div class="hd"><h2>关于恒启</h2><span>ABOUT US</span></div>'
             '<div class="bd"><p>恒启科技园位于常州市武进区南夏墅街道，规划总用地面积约210亩，总建筑面积约22万平方米，'
             '重点发展智能装备、精密制造、新能源汽车零部件、电子信息等产业，提供单层、多层标准厂房及研发办公、仓储物流等多种载体。</p>'
             '<a class="more" href="/about/">了解更多 &gt;</a></div>'
             '<ul class="hq-nums"><li><strong>210</strong>亩<p>规划面积</p></li><li><strong>22</strong>万㎡<p>总建筑面积</p></li>'
             '<li><strong>160</strong>+<p>入驻企业</p></li><li><strong>28</strong>家<p>高新技术企业</p></li></ul></div>')
    prods = "".join(
        f'<li><a href="{item_path("product", p)}"><img src="{p["blocks"][1][1] if p["blocks"][1][0] == "img" else "/static/images/nopic.png"}" alt="{esc(p["title"])}">'
        f'<h4>{esc(p["title"])}</h4></a><p>参考租金：{esc(p["price"])}</p></li>' for p in PRODS_DESC[:6])
    products = (f'<div class="hq-home-prod hq-wrap"><div class="hd"><h2>园区载体</h2><span>PARK SPACE</span>'
                f'<a class="more" href="/product/">更多房源 &gt;</a></div><ul>{prods}</ul></div>')
    tabs, boxes = [], []
    for i, code in enumerate(["yqdt", "zcjd", "hyzx"]):
        tabs.append(f'<li{ON if i == 0 else ""}><a href="{list_path(code)}">{col_name(code)}</a></li>')
        lis = "".join(f'<li><a href="{art_path(a)}">{esc(a["title"])}</a> <span>{a["date"][:10]}</span></li>'
                      for a in col_items(code)[:5])
        boxes.append(f'<div class="hq-tabbox"{"" if i == 0 else HIDE}><ul>{lis}</ul>'
                     f'<a class="more" href="{list_path(code)}">更多&gt;&gt;</a></div>')
    media = "".join(f'<li><a href="{art_path(a)}">{esc(a["title"])}</a></li>' for a in col_items("mtbd")[:3])
    news = (f'<div class="hq-home-news hq-wrap"><div class="hd"><h2>新闻中心</h2><span>NEWS</span></div>'
            f'<div class="hq-news-l"><ul class="hq-tabs">{"".join(tabs)}</ul>{"".join(boxes)}</div>'
            f'<div class="hq-news-r"><h3><a href="/mtbd/">媒体报道</a></h3><ul>{media}</ul>'
            f'{side_calendar()}</div></div>')
    logos = "".join(f'<li><a href="/case/{c["id"]}.html" title="{esc(c["name"])}"><img src="/static/upload/image/case/logo{c["id"]}.png" alt="{esc(c["name"])}"></a></li>'
                    for c in CASES_DESC)
    cases = (f'<div class="hq-home-case hq-wrap"><div class="hd"><h2>入驻企业</h2><span>TENANTS</span>'
             f'<a class="more" href="/case/">更多 &gt;</a></div><ul>{logos}</ul></div>')
    cta = ('<div class="hq-home-cta"><div class="hq-wrap"><h3>寻找厂房？告诉我们您的需求</h3>'
           f'<p>招商热线：{S["hotline"]}　招商经理：{S["manager"]} {S["manager_mobile"]}</p>'
           '<a href="/gbook/" class="btn">在线提交需求</a></div></div>')
    body = slides + "\n" + about + "\n" + products + "\n" + news + "\n" + cases + "\n" + cta
    return www_layout(title="恒启科技园-常州厂房出租_武进标准厂房_研发办公招商", keywords="常州厂房出租,武进厂房,标准厂房,恒启科技园",
                      description="恒启科技园位于常州市武进区，提供单层、多层标准厂房、研发办公、仓储物流出租，招商热线0519-86227766。",
                      canonical="/", active="home", banner=None, body=body)


def list_item_html(kind: str, item: dict, show_col: bool = False) -> str:
    if kind == "article":
        imgs = [b[1] for b in item["blocks"] if b[0] == "img"]
        thumb = imgs[0] if imgs else "/static/images/nopic.png"
        label = f'<em>[{col_name(item["col"])}]</em>' if show_col else ""
        return (f'<li><a class="pic" href="{art_path(item)}"><img src="{thumb}" alt="{esc(item["title"])}"></a>'
                f'<div class="txt"><h3>{label}<a href="{art_path(item)}">{esc(item["title"])}</a></h3>'
                f'<p>{esc(summary(item["blocks"]))}</p><span class="date">{item["date"][:10]}</span></div></li>')
    if kind == "product":
        imgs = [b[1] for b in item["blocks"] if b[0] == "img"]
        thumb = imgs[0] if imgs else "/static/images/nopic.png"
        return (f'<li><a class="pic" href="{item_path("product", item)}"><img src="{thumb}" alt="{esc(item["title"])}"></a>'
                f'<div class="txt"><h3><a href="{item_path("product", item)}">{esc(item["title"])}</a></h3>'
                f'<p>面积：{item["area"]}㎡　类型：{item["kind"]}　参考租金：{esc(item["price"])}</p>'
                f'<span class="date">{item["date"][:10]}</span></div></li>')
    if kind == "case":
        return (f'<li><a class="pic" href="/case/{item["id"]}.html"><img src="/static/upload/image/case/logo{item["id"]}.png" alt="{esc(item["name"])}"></a>'
                f'<h3><a href="/case/{item["id"]}.html">{esc(item["name"])}</a></h3><p>{esc(item["industry"])}</p></li>')
    if kind == "job":
        return (f'<li><h3><a href="/job/{item["id"]}.html">{esc(item["title"])}</a></h3>'
                f'<p>招聘人数：{item["num"]}　工作地点：{item["place"]}　薪资待遇：{esc(item["salary"])}</p>'
                f'<span class="date">{item["date"][:10]}</span></li>')
    if kind == "download":
        return (f'<li><h3><a href="/download/{item["id"]}.html">{esc(item["title"])}</a></h3>'
                f'<span class="size">{item["size"]}</span> <span class="date">{item["date"][:10]}</span>'
                f'<a class="dl" href="/download/{item["id"]}.html">下载</a></li>')
    raise ValueError(kind)


def _kind_of(code: str) -> str:
    k = C.COLUMNS[code][2]
    return "article" if k == "news" else k


def _section(code: str) -> str:
    return C.COLUMNS[code][1] or code


FILTER_AREA = [("不限", None), ("1000㎡以下", (0, 1000)), ("1000-3000㎡", (1000, 3000)), ("3000㎡以上", (3000, 10 ** 9))]
FILTER_TYPE = [("不限", None), ("单层", "单层"), ("多层", "多层")]


def _int(v, default=0):
    try:
        return int(v)
    except (TypeError, ValueError):
        return default


def filter_products(items, area: int, typ: int):
    out = []
    for p in items:
        rng = FILTER_AREA[area][1] if 0 <= area < len(FILTER_AREA) else None
        kind = FILTER_TYPE[typ][1] if 0 <= typ < len(FILTER_TYPE) else None
        if rng and not (rng[0] <= p["area"] < rng[1]):
            continue
        if kind and p["kind"] != kind:
            continue
        out.append(p)
    return out


def www_list(code: str, page: int, query: dict) -> str | None:
    kind = _kind_of(code)
    items = col_items(code)
    qs = ""
    filt = ""
    if kind == "product" and ("ext_area" in query or "ext_type" in query):
        area, typ = _int(query.get("ext_area")), _int(query.get("ext_type"))
        area = area if 0 <= area < len(FILTER_AREA) else 0
        typ = typ if 0 <= typ < len(FILTER_TYPE) else 0
        items = filter_products(items, area, typ)
        qs = f"?ext_area={area}&ext_type={typ}"
    else:
        area = typ = 0
    pages = page_count(code, len(items))
    if page > pages:
        return None
    size = page_size(code)
    chunk = items[(page - 1) * size: page * size]
    section = _section(code)
    if kind == "product":
        def flink(a, t):
            return esc(f"{list_path(code)}?ext_area={a}&ext_type={t}")
        fa = " ".join(f'<a href="{flink(i, typ)}"{ON if i == area else ""}>{n}</a>'
                     for i, (n, _) in enumerate(FILTER_AREA))
        ft = " ".join(f'<a href="{flink(area, i)}"{ON if i == typ else ""}>{n}</a>'
                     for i, (n, _) in enumerate(FILTER_TYPE))
        filt = f'<div class="hq-filter"><dl><dt>面积：</dt><dd>{fa}</dd></dl><dl><dt>类型：</dt><dd>{ft}</dd></dl></div>'
    cls = {"article": "hq-newslist", "product": "hq-prodlist", "case": "hq-caselist", "job": "hq-joblist",
           "download": "hq-dllist"}[kind]
    lis = "\n".join(list_item_html(kind, it, show_col=(code == "news")) for it in chunk)
    if not lis:
        lis = '<li class="empty">暂无相关内容</li>'
    parts = [(list_path(section), col_name(section))]
    if code != section:
        parts.append((list_path(code), col_name(code)))
    main = (crumb(parts) + f'\n<div class="hq-title-bar"><h2>{col_name(code)}</h2></div>\n' + filt
            + f'\n<ul class="{cls}">\n{lis}\n</ul>\n' + pager(code, page, len(items), qs))
    if section == "news":
        side = side_subnav("news", code) + side_latest_news() + (side_calendar() if code in ("news", "yqdt") else "") + side_contact()
    elif section == "product":
        side = side_subnav("product", code) + side_latest_news() + side_contact()
    else:
        side = f'<div class="hq-side-nav"><h3>{col_name(section)}</h3><ul><li class="on"><a href="{list_path(section)}">{col_name(section)}</a></li></ul></div>' + side_contact()
    title = col_name(code) + (f"-第{page}页" if page > 1 else "") + "-恒启科技园"
    return www_layout(title=title, keywords=col_name(code) + ",恒启科技园", description=f"恒启科技园{col_name(code)}栏目",
                      canonical=list_path(code, page) + qs, active=section, banner=BANNERS.get(section), body=two_col(side, main))


def info_line_www(a: dict) -> str:
    src = a["source"] or "本站"
    if a["col"] in C.DATE_ONLY_COLUMNS:
        parts = [f"<span>日期：{a['date'][:10]}</span>", f"<span>来源：{esc(src)}</span>"]
        if a["author"]:
            parts.append(f"<span>作者：{esc(a['author'])}</span>")
    else:
        parts = [f"<span>发布时间：{a['date']}</span>", f"<span>来源：{esc(src)}</span>"]
        if a["author"]:
            parts.append(f"<span>作者：{esc(a['author'])}</span>")
        parts.append(f"<span>浏览：{a['views']}次</span>")
    return '<div class="hq-art-info">' + " ".join(parts) + "</div>"


def www_article(a: dict) -> str:
    prev, nxt = prev_next(a)
    pn = ('<div class="hq-art-pn">'
          + (f'<p>上一篇：<a href="{art_path(prev)}">{esc(prev["title"])}</a></p>' if prev else "<p>上一篇：没有了</p>")
          + (f'<p>下一篇：<a href="{art_path(nxt)}">{esc(nxt["title"])}</a></p>' if nxt else "<p>下一篇：没有了</p>")
          + "</div>")
    rel = []
    for kind, x in related(a):
        if kind == "deleted":
            col, title, date = C.DELETED[x]
            rel.append(f'<li><a href="/{col}/{x}.html">{esc(title)}</a> <span>{date}</span></li>')
        else:
            rel.append(f'<li><a href="{art_path(x)}">{esc(x["title"])}</a> <span>{x["date"][:10]}</span></li>')
    tags = ""
    if a["tags"]:
        tags = ('<div class="hq-art-tags">标签：' + " ".join(f'<a href="{tag_path(t)}">{esc(t)}</a>' for t in a["tags"])
                + "</div>")
    main = (crumb([("/news/", "新闻中心"), (list_path(a["col"]), col_name(a["col"]))]) + f"""
<div class="hq-article">
<h1 class="hq-art-title">{esc(a['title'])}</h1>
{info_line_www(a)}
<div class="hq-art-body">
{body_html(a['blocks'], a['style'])}
</div>
{tags}
<div class="hq-art-share bdsharebuttonbox"><span>分享到：</span> <a href="javascript:;" class="bds_weixin" data-cmd="weixin">微信</a> <a href="javascript:;" class="bds_tsina" data-cmd="tsina">新浪微博</a> <a href="javascript:;" class="bds_qzone" data-cmd="qzone">QQ空间</a></div>
<div class="hq-art-tools">【<a href="/print/{a['id']}.html" target="_blank">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div>
{pn}
</div>
<div class="hq-related"><h3>相关推荐</h3><ul>{''.join(rel)}</ul></div>""")
    side = side_subnav("news", a["col"]) + side_latest_news() + side_hot_products() + side_contact()
    return www_layout(title=f"{a['title']}-{col_name(a['col'])}-恒启科技园", keywords=",".join(a["tags"]),
                      description=summary(a["blocks"], 100), canonical=art_path(a), active="news",
                      banner=BANNERS["news"], body=two_col(side, main))


def www_product(p: dict) -> str:
    seq = [x for x in PRODS_DESC if x["col"] == p["col"]]
    i = seq.index(p)
    newer = seq[i - 1] if i > 0 else None
    older = seq[i + 1] if i + 1 < len(seq) else None
    pn = ('<div class="hq-art-pn">'
          + (f'<p>上一条：<a href="{item_path("product", older)}">{esc(older["title"])}</a></p>' if older else "<p>上一条：没有了</p>")
          + (f'<p>下一条：<a href="{item_path("product", newer)}">{esc(newer["title"])}</a></p>' if newer else "<p>下一条：没有了</p>")
          + "</div>")
    others = [x for x in PRODS_DESC if x["id"] != p["id"]][:4]
    rel = "".join(f'<li><a href="{item_path("product", x)}">{esc(x["title"])}</a> <span>{x["area"]}㎡</span></li>' for x in others)
    main = (crumb([("/product/", "园区载体"), (list_path(p["col"]), col_name(p["col"]))]) + f"""
<div class="hq-article hq-prod">
<h1 class="hq-art-title">{esc(p['title'])}</h1>
<div class="hq-art-info"><span>发布时间：{p['date']}</span> <span>浏览：{p['views']}次</span></div>
<div class="hq-prod-key"><span>面积：{p['area']}㎡</span> <span>类型：{p['kind']}</span> <span>参考租金：{esc(p['price'])}</span> <a href="/gbook/" class="btn">立即咨询</a></div>
<div class="hq-art-body">
{body_html(p['blocks'])}
</div>
<div class="hq-art-share"><span>分享到：</span> <a href="javascript:;">微信</a> <a href="javascript:;">新浪微博</a> <a href="javascript:;">QQ空间</a></div>
{pn}
</div>
<div class="hq-related"><h3>更多房源</h3><ul>{rel}</ul></div>""")
    side = side_subnav("product", p["col"]) + side_hot_products() + side_contact()
    return www_layout(title=f"{p['title']}-{col_name(p['col'])}-恒启科技园", keywords=f"常州厂房出租,{col_name(p['col'])}",
                      description=summary(p["blocks"], 100), canonical=item_path("product", p), active="product",
                      banner=BANNERS["product"], body=two_col(side, main))


def case_body(c: dict) -> str:
    return (f'<div class="hq-case-card"><img src="/static/upload/image/case/logo{c["id"]}.png" alt="{esc(c["name"])}">'
            f'<ul><li>企业名称：{esc(c["name"])}</li><li>所属行业：{esc(c["industry"])}</li>'
            f'<li>入驻时间：{c["since"]}</li><li>租用面积：{c["area"]}</li></ul></div>'
            f'<div class="hq-case-intro"><h4>企业简介</h4><p>{esc(c["intro"])}</p></div>')


def www_case(c: dict) -> str:
    others = [x for x in CASES_DESC if x["id"] != c["id"]][:6]
    rel = "".join(f'<li><a href="/case/{x["id"]}.html">{esc(x["name"])}</a></li>' for x in others)
    main = (crumb([("/case/", "入驻企业")]) + f"""
<div class="hq-article hq-case">
<h1 class="hq-art-title">{esc(c['name'])}</h1>
<div class="hq-art-info"><span>发布时间：{c['date'][:10]}</span></div>
{case_body(c)}
</div>
<div class="hq-related"><h3>其他入驻企业</h3><ul>{rel}</ul></div>""")
    side = ('<div class="hq-side-nav"><h3>入驻企业</h3><ul><li class="on"><a href="/case/">入驻企业</a></li></ul></div>'
            + side_hot_products() + side_contact())
    return www_layout(title=f"{c['name']}-入驻企业-恒启科技园", keywords=c["name"], description=c["intro"],
                      canonical=f"/case/{c['id']}.html", active="case", banner=BANNERS["case"], body=two_col(side, main))


def job_body(j: dict) -> str:
    d = "".join(f"<li>{esc(x)}</li>" for x in j["duties"])
    r = "".join(f"<li>{esc(x)}</li>" for x in j["reqs"])
    return (f'<table class="hq-job-tb"><tr><th>招聘职位</th><td>{esc(j["title"])}</td><th>招聘人数</th><td>{j["num"]}</td></tr>'
            f'<tr><th>工作地点</th><td>{j["place"]}</td><th>薪资待遇</th><td>{esc(j["salary"])}</td></tr></table>'
            f'<h4>岗位职责：</h4><ul>{d}</ul><h4>任职要求：</h4><ul>{r}</ul>'
            f'<p class="hq-job-apply">有意者请将简历发送至：hr@hengqipark.com，邮件标题注明“应聘岗位+姓名”。</p>')


def www_job(j: dict) -> str:
    main = (crumb([("/job/", "人才招聘")]) + f"""
<div class="hq-article hq-job">
<h1 class="hq-art-title">{esc(j['title'])}</h1>
<div class="hq-art-info"><span>发布日期：{j['date'][:10]}</span></div>
{job_body(j)}
</div>""")
    side = ('<div class="hq-side-nav"><h3>人才招聘</h3><ul><li class="on"><a href="/job/">人才招聘</a></li></ul></div>'
            + side_contact())
    return www_layout(title=f"{j['title']}-人才招聘-恒启科技园", keywords="恒启科技园招聘", description=j["title"],
                      canonical=f"/job/{j['id']}.html", active="job", banner=BANNERS["job"], body=two_col(side, main))


def dl_body(d: dict) -> str:
    return (f'<div class="hq-dl-info"><ul><li>文件名称：{esc(d["title"])}</li><li>文件大小：{d["size"]}</li>'
            f'<li>更新时间：{d["date"][:10]}</li><li>下载次数：{d["hits"]}</li></ul>'
            f'<a class="btn-dl" href="{d["file"]}">点击下载</a></div>')


def www_download(d: dict) -> str:
    main = (crumb([("/download/", "下载中心")]) + f"""
<div class="hq-article hq-dl">
<h1 class="hq-art-title">{esc(d['title'])}</h1>
{dl_body(d)}
</div>""")
    side = ('<div class="hq-side-nav"><h3>下载中心</h3><ul><li class="on"><a href="/download/">下载中心</a></li></ul></div>'
            + side_contact())
    return www_layout(title=f"{d['title']}-下载中心-恒启科技园", keywords="下载中心", description=d["title"],
                      canonical=f"/download/{d['id']}.html", active="download", banner=BANNERS["download"],
                      body=two_col(side, main))


def www_single(key: str) -> str:
    nav, title, blocks = C.SINGLE_PAGES[key]
    main = crumb([(f"/{key}/", title)]) + f'\n<div class="hq-single"><h2 class="hq-single-title">{title}</h2>\n' \
        + '<div class="hq-single-body">' + body_html(blocks) + "</div></div>"
    side = (f'<div class="hq-side-nav"><h3>关于我们</h3><ul><li{ON if key == "about" else ""}><a href="/about/">园区简介</a></li>'
            f'<li{ON if key == "peitao" else ""}><a href="/peitao/">园区配套</a></li>'
            f'<li{ON if key == "contact" else ""}><a href="/contact/">联系我们</a></li></ul></div>' + side_contact())
    return www_layout(title=f"{title}-恒启科技园", keywords=title, description=summary(blocks, 100), canonical=f"/{key}/",
                      active=key, banner=BANNERS[key], body=two_col(side, main))


def www_tag(tag: str) -> str | None:
    items = [a for a in ARTS_DESC if tag in a["tags"]]
    if not items:
        return None
    lis = "\n".join(list_item_html("article", a, show_col=True) for a in items)
    main = (crumb([(tag_path(tag), "标签：" + tag)]) + f'\n<div class="hq-title-bar"><h2>标签：{esc(tag)}</h2></div>\n'
            f'<ul class="hq-newslist">\n{lis}\n</ul>\n<div class="hq-pager"><span class="pg-info">共{len(items)}条 当前1/1页</span></div>')
    side = side_subnav("news", "") + side_latest_news() + side_contact()
    return www_layout(title=f"{tag}-恒启科技园", keywords=tag, description=f"与“{tag}”相关的内容", canonical=tag_path(tag),
                      active="news", banner=BANNERS["news"], body=two_col(side, main))


def search_results(kw: str) -> list:
    if not kw:
        return []
    out = []
    for a in ARTS_DESC:
        if kw in a["title"] or kw in all_text(a["blocks"]):
            out.append(("article", a))
    for p in PRODS_DESC:
        if kw in p["title"] or kw in all_text(p["blocks"]):
            out.append(("product", p))
    out.sort(key=lambda x: (x[1]["date"], x[1]["id"]), reverse=True)
    return out


def www_search(kw: str, page: int) -> str:
    res = search_results(kw)
    size = 10
    chunk = res[(page - 1) * size: page * size]
    lis = "".join(f'<li><h3><a href="{item_path(k, x)}">{esc(x["title"])}</a></h3><p>{esc(summary(x["blocks"], 80))}</p>'
                  f'<span class="date">{x["date"][:10]}</span></li>' for k, x in chunk)
    if not kw:
        lis = '<li class="empty">请输入搜索关键词！</li>'
    elif not chunk:
        lis = '<li class="empty">抱歉，没有找到与“' + esc(kw) + '”相关的内容。</li>'
    pages = max(1, -(-len(res) // size))
    nums = " ".join(f'<a class="pg-num{" pg-cur" if n == page else ""}" href="{esc(search_path(kw, n))}">{n}</a>'
                   for n in range(max(1, page - 4), max(min(pages, page + 4), page) + 1))
    pg = '<div class="hq-pager">'
    if page > 1:
        pg += f'<a class="pg-prev" href="{esc(search_path(kw, page - 1))}">上一页</a>'
    pg += nums + f'<a class="pg-next" href="{esc(search_path(kw, page + 1))}">下一页</a></div>'
    hot = " ".join(f'<a href="{esc(search_path(w))}">{w}</a>' for w in HOT_WORDS)
    main = (crumb([("/search/?keyword=" + quote(kw), "搜索结果")])
            + f'\n<div class="hq-title-bar"><h2>搜索“{esc(kw)}”的结果</h2><span>共找到{len(res)}条结果</span></div>'
            + f'\n<ul class="hq-searchlist">{lis}</ul>\n{pg}\n<div class="hq-hotwords2">大家都在搜：{hot}</div>')
    side = side_subnav("news", "") + side_latest_news() + side_contact()
    return www_layout(title=f"{kw}-搜索结果-恒启科技园", keywords=kw, description="站内搜索",
                      canonical=search_path(kw, page), active="", banner=BANNERS["search"], body=two_col(side, main),
                      extra_head='<meta name="robots" content="noindex,follow">\n')


def month_shift(y: int, m: int, d: int):
    m += d
    while m > 12:
        m -= 12
        y += 1
    while m < 1:
        m += 12
        y -= 1
    return y, m


def www_calendar(y: int, m: int) -> str:
    events = {}
    for a in col_items("yqdt"):
        if a["date"][:7] == f"{y:04d}-{m:02d}":
            events.setdefault(int(a["date"][8:10]), []).append(a)
    rows = []
    for week in _calendar.Calendar(firstweekday=0).monthdayscalendar(y, m):
        tds = []
        for day in week:
            if day == 0:
                tds.append("<td></td>")
            elif day in events:
                links = " ".join(f'<a href="{art_path(a)}" title="{esc(a["title"])}">{day}</a>' for a in events[day][:1])
                tds.append(f'<td class="has-ev">{links}</td>')
            else:
                tds.append(f"<td>{day}</td>")
        rows.append("<tr>" + "".join(tds) + "</tr>")
    py, pm = month_shift(y, m, -1)
    ny, nm = month_shift(y, m, 1)
    evlist = "".join(f'<li><a href="{art_path(a)}">{esc(a["title"])}</a> <span>{a["date"][:10]}</span></li>'
                     for d in sorted(events) for a in events[d])
    if not evlist:
        evlist = '<li class="empty">本月暂无园区活动</li>'
    main = (crumb([("/news/", "新闻中心"), ("/yqdt/", "园区动态"), (f"/calendar/{y:04d}-{m:02d}.html", "园区活动日历")])
            + f"""
<div class="hq-calendar">
<div class="cal-hd"><a class="cal-prev" href="/calendar/{py:04d}-{pm:02d}.html">&lt; {py}年{pm}月</a><h2>{y}年{m}月</h2><a class="cal-next" href="/calendar/{ny:04d}-{nm:02d}.html">{ny}年{nm}月 &gt;</a></div>
<table class="cal-tb"><thead><tr><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th><th>日</th></tr></thead><tbody>{''.join(rows)}</tbody></table>
<div class="cal-events"><h3>本月活动</h3><ul>{evlist}</ul></div>
</div>""")
    side = side_subnav("news", "yqdt") + side_latest_news() + side_contact()
    return www_layout(title=f"园区活动日历 {y}年{m}月-恒启科技园", keywords="园区活动", description="恒启科技园活动日历",
                      canonical=f"/calendar/{y:04d}-{m:02d}.html", active="news", banner=BANNERS["news"],
                      body=two_col(side, main))


GBOOK_MSGS = [
    ("张先生", "2024-11-12", "请问二期有没有1000平方左右的单层厂房？需要行车。", "您好，二期7号楼首层有960㎡厂房，层高8米，具体请致电陈经理13961283316。"),
    ("常州某机械公司", "2024-10-30", "园区厂房可以办理环评吗？我们有少量喷涂工艺。", "您好，喷涂工艺需根据具体工艺和用量评估，欢迎来园区现场洽谈。"),
    ("李女士", "2024-09-18", "研发楼有没有200平左右的精装办公室？", "您好，研发楼3层有220㎡精装办公室，可拎包入驻。"),
]


def www_gbook(posted: bool = False) -> str:
    msgs = "".join(f'<li><div class="q"><span class="name">{esc(n)}</span> <span class="date">{d}</span><p>{esc(q)}</p></div>'
                   f'<div class="a"><span>管理员回复：</span><p>{esc(a)}</p></div></li>' for n, d, q, a in GBOOK_MSGS)
    note = '<p class="hq-ok">留言提交成功，我们将尽快与您联系！</p>' if posted else ""
    main = (crumb([("/gbook/", "在线留言")]) + f"""
<div class="hq-gbook">
{note}
<form action="/gbook/" method="post" class="hq-gbook-form">
<p><label>联系人：</label><input type="text" name="contacts"></p>
<p><label>手　机：</label><input type="text" name="mobile"></p>
<p><label>需求描述：</label><textarea name="content"></textarea></p>
<p><label>验证码：</label><input type="text" name="checkcode"><img src="/core/code.php" alt="验证码" onclick="this.src='/core/code.php?'+Math.round(Math.random()*10)"></p>
<p><button type="submit">提交留言</button></p>
</form>
<div class="hq-gbook-list"><h3>网友留言</h3><ul>{msgs}</ul></div>
</div>""")
    side = side_hot_products() + side_contact()
    return www_layout(title="在线留言-恒启科技园", keywords="在线留言", description="在线留言", canonical="/gbook/",
                      active="", banner=BANNERS["gbook"], body=two_col(side, main))


def www_member(which: str) -> str:
    title = "会员登录" if which == "login" else "会员注册"
    extra = '<p><label>确认密码：</label><input type="password" name="password2"></p>' if which == "register" else ""
    main = (crumb([(f"/member/{which}/", title)]) + f"""
<div class="hq-member"><h2>{title}</h2>
<form action="/member/{which}/" method="post">
<p><label>用户名：</label><input type="text" name="username"></p>
<p><label>密　码：</label><input type="password" name="password"></p>{extra}
<p><button type="submit">{title[2:]}</button></p>
</form>
<p><a href="/member/{'register' if which == 'login' else 'login'}/">{'没有账号？立即注册' if which == 'login' else '已有账号？立即登录'}</a></p>
</div>""")
    return www_layout(title=f"{title}-恒启科技园", keywords=title, description=title, canonical=f"/member/{which}/",
                      active="", banner=None, body=two_col(side_contact(), main),
                      extra_head='<meta name="robots" content="noindex,nofollow">\n')


def www_print(a: dict) -> str:
    src = a["source"] or "本站"
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])}-打印页-恒启科技园</title>
<meta name="robots" content="noindex,nofollow">
<link rel="canonical" href="{ORIGIN}{art_path(a)}">
<style>body{{width:760px;margin:20px auto;font:15px/1.9 SimSun,serif}}h1{{text-align:center;font-size:22px}}.pt-info{{text-align:center;color:#666;border-bottom:1px solid #ccc}}</style>
</head>
<body onload="window.print();">
<div class="pt-wrap">
<h1>{esc(a['title'])}</h1>
<div class="pt-info">发布时间：{a['date'][:10] if a['col'] in C.DATE_ONLY_COLUMNS else a['date']}　来源：{esc(src)}</div>
<div class="hq-art-body">
{body_html(a['blocks'], a['style'])}
</div>
<div class="pt-foot"><p>本文地址：{ORIGIN}{art_path(a)}</p><p>{S['company']} {S['hotline']}</p></div>
</div>
</body>
</html>
"""


def page_404_html(mobile: bool) -> str:
    home = "/"
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>404 页面不存在-恒启科技园</title>
<meta name="robots" content="noindex">
</head>
<body class="page-404">
<div class="e404">
<h1>404</h1>
<p>抱歉，您访问的页面不存在或已被删除！</p>
<p><a href="{home}">返回首页</a>　<a href="javascript:history.go(-1);">返回上一页</a></p>
</div>
</body>
</html>
"""


# ------------------------------------------------------------------------------------------------ mobile pages

def m_layout(*, title: str, canonical: str, body: str, back: bool = True) -> str:
    backlink = '<a class="m-back" href="javascript:history.back();">返回</a>' if back else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<meta name="format-detection" content="telephone=no">
<title>{esc(title)}</title>
<link rel="canonical" href="{ORIGIN}{esc(canonical)}">
<link rel="stylesheet" href="/template/hengqi/wap/css/m.css">
</head>
<body>
<header class="m-head">{backlink}<a class="m-logo" href="/"><img src="/static/upload/image/logo-m.png" alt="恒启科技园"></a> <a class="m-menu-btn" href="javascript:;">菜单</a></header>
<nav class="m-menu"><a href="/">首页</a> <a href="/about/">关于我们</a> <a href="/product/">园区载体</a> <a href="/case/">入驻企业</a> <a href="/news/">新闻中心</a> <a href="/peitao/">园区配套</a> <a href="/download/">下载中心</a> <a href="/job/">人才招聘</a> <a href="/contact/">联系我们</a></nav>
{body}
<footer class="m-foot">
<p>{S['company']}</p>
<p>招商热线：<a href="tel:051986227766">{S['hotline']}</a></p>
<p>{S['icp']}　<a href="http://{WWW}/">电脑版</a></p>
</footer>
<div class="m-fixbar"><a href="/">首页</a> <a href="tel:051986227766">电话</a> <a href="/contact/">地图</a> <a href="/gbook/">留言</a></div>
</body>
</html>
"""


def m_home() -> str:
    news = "".join(f'<li><a href="{art_path(a)}">{esc(a["title"])}</a> <span>{a["date"][5:10]}</span></li>' for a in ARTS_DESC[:6])
    prods = "".join(f'<li><a href="{item_path("product", p)}">{esc(p["title"])}</a><p>参考租金：{esc(p["price"])}</p></li>'
                    for p in PRODS_DESC[:4])
    body = f"""<div class="m-banner"><img src="/static/upload/image/banner/m-slide1.png" alt="恒启科技园"></div>
<ul class="m-icons"><li><a href="/product/">园区载体</a></li><li><a href="/news/">新闻中心</a></li><li><a href="/case/">入驻企业</a></li><li><a href="/contact/">联系我们</a></li></ul>
<div class="m-box"><div class="m-box-hd"><h2>园区载体</h2><a href="/product/">更多</a></div><ul class="m-prod">{prods}</ul></div>
<div class="m-box"><div class="m-box-hd"><h2>新闻中心</h2><a href="/news/">更多</a></div><ul class="m-news">{news}</ul></div>"""
    return m_layout(title="恒启科技园-常州厂房出租_武进标准厂房", canonical="/", body=body, back=False)


def m_list(code: str, page: int) -> str | None:
    kind = _kind_of(code)
    items = col_items(code)
    pages = page_count(code)
    if page > pages:
        return None
    size = page_size(code)
    chunk = items[(page - 1) * size: page * size]
    if kind == "article":
        lis = "".join(f'<li><a href="{art_path(a)}"><h3>{esc(a["title"])}</h3><span>{a["date"][:10]}</span></a></li>' for a in chunk)
    elif kind == "product":
        lis = "".join(f'<li><a href="{item_path("product", p)}"><h3>{esc(p["title"])}</h3><p>{p["area"]}㎡ | {esc(p["price"])}</p></a></li>' for p in chunk)
    elif kind == "case":
        lis = "".join(f'<li><a href="/case/{c["id"]}.html"><h3>{esc(c["name"])}</h3></a></li>' for c in chunk)
    elif kind == "job":
        lis = "".join(f'<li><a href="/job/{j["id"]}.html"><h3>{esc(j["title"])}</h3><span>{j["date"][:10]}</span></a></li>' for j in chunk)
    else:
        lis = "".join(f'<li><a href="/download/{d["id"]}.html"><h3>{esc(d["title"])}</h3><span>{d["size"]}</span></a></li>' for d in chunk)
    section = _section(code)
    subs = ""
    if section in ("news", "product"):
        subs = '<div class="m-subnav">' + " ".join(
            f'<a href="{list_path(c)}"{ON if c == code else ""}>{col_name(c)}</a>'
            for c, v in C.COLUMNS.items() if v[1] == section) + "</div>"
    pg = ""
    if pages > 1:
        pg = '<div class="m-pager">'
        pg += f'<a href="{list_path(code, page - 1)}">上一页</a>' if page > 1 else '<span class="dis">上一页</span>'
        pg += f"<span>{page}/{pages}</span>"
        pg += f'<a href="{list_path(code, page + 1)}">下一页</a>' if page < pages else '<span class="dis">下一页</span>'
        pg += "</div>"
    body = f'<div class="m-pos"><h2>{col_name(code)}</h2></div>{subs}<ul class="m-list">{lis}</ul>{pg}'
    return m_layout(title=f"{col_name(code)}-恒启科技园", canonical=list_path(code, page), body=body)


def m_article(a: dict) -> str:
    prev, nxt = prev_next(a)
    src = a["source"] or "本站"
    pn = ('<div class="m-pn">'
          + (f'<p>上一篇：<a href="{art_path(prev)}">{esc(prev["title"])}</a></p>' if prev else "<p>上一篇：没有了</p>")
          + (f'<p>下一篇：<a href="{art_path(nxt)}">{esc(nxt["title"])}</a></p>' if nxt else "<p>下一篇：没有了</p>")
          + "</div>")
    body = f"""<div class="m-pos"><a href="/news/">新闻中心</a> / <a href="{list_path(a['col'])}">{col_name(a['col'])}</a></div>
<article class="m-art">
<h1>{esc(a['title'])}</h1>
<div class="m-meta"><span>{a['date'][:10]}</span> <span>来源：{esc(src)}</span></div>
<div class="m-body">
{body_html(a['blocks'], a['style'])}
</div>
</article>
{pn}"""
    return m_layout(title=f"{a['title']}-恒启科技园", canonical=art_path(a), body=body)


def m_product(p: dict) -> str:
    body = f"""<div class="m-pos"><a href="/product/">园区载体</a> / <a href="{list_path(p['col'])}">{col_name(p['col'])}</a></div>
<article class="m-art">
<h1>{esc(p['title'])}</h1>
<div class="m-meta"><span>{p['date'][:10]}</span> <span>参考租金：{esc(p['price'])}</span></div>
<div class="m-body">
{body_html(p['blocks'])}
</div>
</article>
<div class="m-call"><a href="tel:13961283316">电话咨询 陈经理</a></div>"""
    return m_layout(title=f"{p['title']}-恒启科技园", canonical=item_path("product", p), body=body)


def m_simple(title: str, canonical: str, inner: str, pos: str = "") -> str:
    body = f'<div class="m-pos">{pos}</div><article class="m-art"><h1>{esc(title)}</h1><div class="m-body">{inner}</div></article>'
    return m_layout(title=f"{title}-恒启科技园", canonical=canonical, body=body)


def m_gbook() -> str:
    inner = ('<form action="/gbook/" method="post"><input type="text" name="contacts" placeholder="联系人">'
             '<input type="text" name="mobile" placeholder="手机"><textarea name="content" placeholder="需求描述"></textarea>'
             '<button type="submit">提交留言</button></form>')
    return m_simple("在线留言", "/gbook/", inner)


# ------------------------------------------------------------------------------------------------ sitemap / robots

ROBOTS = """User-agent: *
Disallow: /admin.php
Disallow: /apps/
Disallow: /config/
Disallow: /core/
Disallow: /data/
Disallow: /runtime/
Disallow: /member/
Disallow: /print/

Sitemap: http://www.hengqipark.com/sitemap.xml
"""


def sitemap_urls() -> list:
    urls = [("/", "2024-11-22", "daily", "1.0")]
    for code in C.COLUMNS:
        urls.append((list_path(code), "2024-11-22", "daily", "0.8"))
    for key in C.SINGLE_PAGES:
        urls.append((f"/{key}/", "2024-03-01", "monthly", "0.6"))
    moved_back = {v: k for k, v in C.MOVED.items()}
    arts = ARTS_DESC[C.SITEMAP_LAG:]
    entries = [(a["date"], art_path(a)) for a in arts]
    for i, (col, title, date) in C.DELETED.items():
        entries.append((date + " 00:00", f"/{col}/{i}.html"))
    entries.sort(reverse=True)
    for date, path in entries:
        urls.append((moved_back.get(path, path), date[:10], "weekly", "0.7"))
    for p in PRODS_DESC:
        urls.append((item_path("product", p), p["date"][:10], "weekly", "0.7"))
    for c in CASES_DESC:
        urls.append((f"/case/{c['id']}.html", c["date"][:10], "monthly", "0.5"))
    for j in JOBS_DESC:
        urls.append((f"/job/{j['id']}.html", j["date"][:10], "monthly", "0.5"))
    for d in DLS_DESC:
        urls.append((f"/download/{d['id']}.html", d["date"][:10], "monthly", "0.5"))
    return urls


def sitemap_xml() -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for path, lastmod, freq, prio in sitemap_urls():
        lines.append(f"<url><loc>{ORIGIN}{esc(path)}</loc><lastmod>{lastmod}</lastmod>"
                     f"<changefreq>{freq}</changefreq><priority>{prio}</priority></url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------------------ emulator

_ART_RE = re.compile(r"^/([a-z]+)/(\d+)\.html$")
_LIST_RE = re.compile(r"^/([a-z]+)(?:_(\d+))?/$")
_A_HREF = re.compile(r'(<a\s[^>]*?href=")(/(?!/)[^"]*)(")')
_FORM = re.compile(r"(<form\s[^>]*>)")


def add_sid(page: str, sid: str) -> str:
    """What PHP's session.use_trans_sid does to a page when the session is not carried by a cookie."""
    def fix(m):
        href = m.group(2)
        if "PHPSESSID=" in href:
            return m.group(0)
        frag = ""
        if "#" in href:
            href, frag = href.split("#", 1)
            frag = "#" + frag
        sep = "&amp;" if "?" in href else "?"
        return m.group(1) + href + sep + "PHPSESSID=" + sid + frag + m.group(3)
    page = _A_HREF.sub(fix, page)
    return _FORM.sub(lambda m: m.group(1) + f'<input type="hidden" name="PHPSESSID" value="{sid}" />', page)


class ParkSite:
    """The emulated site.  ``handle(method, url)`` answers like the real PHP site behind nginx would."""

    origin = ORIGIN

    def __init__(self):
        self.hosts = sorted(HOSTS)
        self._png_cache = {}

    # -- responses
    def _headers(self, ctype: str, extra: dict | None = None) -> dict:
        h = {"Server": "nginx", "Date": C.HTTP_DATE, "Content-Type": ctype}
        if extra:
            h.update(extra)
        return h

    def _html(self, status: int, page: str, extra: dict | None = None) -> Response:
        h = self._headers("text/html; charset=utf-8", {"X-Powered-By": "PHP/7.3.33", "Vary": "Accept-Encoding"})
        if extra:
            h.update(extra)
        return Response(status, h, page.encode("utf-8"))

    def _redirect(self, location: str, status: int = 301) -> Response:
        body = (f"<html>\r\n<head><title>{status} Moved Permanently</title></head>\r\n<body>\r\n"
                f"<center><h1>{status} Moved Permanently</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
        return Response(status, self._headers("text/html", {"Location": location}), body.encode())

    def _not_found(self, mobile: bool) -> Response:
        return self._html(404, page_404_html(mobile))

    def _plain(self, status: int, text: str, ctype: str = "text/plain; charset=utf-8") -> Response:
        return Response(status, self._headers(ctype), text.encode("utf-8"))

    # -- entry point
    def handle(self, method: str, url: str) -> Response:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host not in HOSTS:
            return self._plain(502, "502 Bad Gateway\n", "text/html")
        if method not in ("GET", "HEAD", "POST"):
            return Response(405, self._headers("text/html", {"Allow": "GET, HEAD, POST"}), b"405 Not Allowed\n")
        path = parts.path or "/"
        rest = path + ("?" + parts.query if parts.query else "")
        # nginx: the bare domain and https go to http://www (the certificate expired years ago; https is rewritten)
        if host == BARE:
            return self._redirect(f"http://{WWW}{rest}")
        if parts.scheme == "https":
            return self._redirect(f"http://{host}{rest}")
        mobile = host == MOB
        if method == "POST":
            if path == "/gbook/":
                return self._html(200, www_gbook(posted=True) if not mobile else m_gbook())
            return Response(405, self._headers("text/html", {"Allow": "GET, HEAD"}), b"405 Not Allowed\n")
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        sid = query.get("PHPSESSID", "")
        resp = self._route(path, parts.query, query, mobile)
        ctype = resp.headers.get("Content-Type", "")
        if ctype.startswith("text/html") and resp.status == 200:
            if not sid and path == "/gbook/":
                sid = C.SITE["sid"]
                resp.headers["Set-Cookie"] = f"PHPSESSID={sid}; path=/"
                resp.headers["Expires"] = "Thu, 19 Nov 1981 08:52:00 GMT"
                resp.headers["Cache-Control"] = "no-store, no-cache, must-revalidate"
            if sid:
                resp.body = add_sid(resp.body.decode("utf-8"), sid).encode("utf-8")
        return resp

    def _route(self, path: str, raw_query: str, query: dict, mobile: bool) -> Response:
        # -- plain files
        if path == "/robots.txt":
            return self._plain(200, ROBOTS)
        if path == "/sitemap.xml":
            return Response(200, self._headers("application/xml; charset=utf-8"), sitemap_xml().encode("utf-8"))
        if path == "/favicon.ico":
            return Response(200, self._headers("image/x-icon"), GIF_1x1)
        if path.startswith("/template/"):
            if path.endswith(".css"):
                return Response(200, self._headers("text/css"), CSS)
            if path.endswith(".js"):
                return Response(200, self._headers("application/javascript"), JS)
            return self._not_found(mobile)
        if path.startswith("/static/"):
            return self._static(path, mobile)
        if path == "/index.php" or path == "/index.html":
            return self._redirect(f"http://{MOB if mobile else WWW}/")
        if path.startswith("/index.php/"):
            return self._redirect(f"http://{MOB if mobile else WWW}{path[len('/index.php'):]}")
        # -- home and PbootCMS compatibility URLs (/?yqdt/110.html)
        if path == "/":
            compat = raw_query.split("&", 1)[0] if raw_query else ""
            if compat and ("/" in compat) and "=" not in compat:
                cpath = "/" + unquote(compat)
                if _ART_RE.match(cpath) or _LIST_RE.match(cpath):
                    return self._route(cpath, "", {}, mobile)
            return self._html(200, m_home() if mobile else www_home())
        # -- print view
        m = re.match(r"^/print/(\d+)\.html$", path)
        if m and int(m.group(1)) in ART_BY_ID and not mobile:
            return self._html(200, www_print(ART_BY_ID[int(m.group(1))]))
        # -- detail pages
        m = _ART_RE.match(path)
        if m:
            return self._detail(path, m.group(1), int(m.group(2)), mobile)
        # -- list pages
        m = _LIST_RE.match(path)
        if m and m.group(1) in C.COLUMNS:
            code, page = m.group(1), int(m.group(2) or 1)
            if m.group(2) is not None and page <= 1:
                return self._redirect(f"http://{MOB if mobile else WWW}{list_path(code)}")
            page_html = m_list(code, page) if mobile else www_list(code, page, query)
            return self._html(200, page_html) if page_html else self._not_found(mobile)
        if path.rstrip("/").lstrip("/") in C.COLUMNS and not path.endswith("/"):
            return self._redirect(f"http://{MOB if mobile else WWW}{path}/")
        # -- single pages
        for key in C.SINGLE_PAGES:
            if path == f"/{key}/":
                if mobile:
                    nav, title, blocks = C.SINGLE_PAGES[key]
                    return self._html(200, m_simple(title, f"/{key}/", body_html(blocks)))
                return self._html(200, www_single(key))
        if path == "/gbook/":
            return self._html(200, m_gbook() if mobile else www_gbook())
        if path in ("/member/login/", "/member/register/"):
            return self._html(200, www_member(path.split("/")[2]))
        # -- tags
        m = re.match(r"^/tag/([^/]+)/$", path)
        if m:
            page_html = www_tag(unquote(m.group(1)))
            return self._html(200, page_html) if page_html else self._not_found(mobile)
        # -- search (GET form in the header)
        if path == "/search/":
            kw = query.get("keyword", "").strip()
            page = max(1, _int(query.get("page"), 1))
            if mobile:
                res = search_results(kw)[:10]
                inner = "<ul>" + "".join(f'<li><a href="{item_path(k, x)}">{esc(x["title"])}</a></li>' for k, x in res) + "</ul>"
                return self._html(200, m_simple("搜索结果", search_path(kw), inner))
            return self._html(200, www_search(kw, page))
        # -- activity calendar (www only)
        m = re.match(r"^/calendar/(\d{4})-(\d{2})\.html$", path)
        if m and not mobile:
            y, mo = int(m.group(1)), int(m.group(2))
            if 1000 <= y <= 9999 and 1 <= mo <= 12:
                return self._html(200, www_calendar(y, mo))
        if path == "/admin.php":
            return self._html(200, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>PbootCMS</title></head>"
                                   "<body><form method=\"post\"><input name=\"username\"><input name=\"password\" type=\"password\">"
                                   "<button>登录</button></form></body></html>")
        return self._not_found(mobile)

    def _detail(self, path: str, col: str, i: int, mobile: bool) -> Response:
        if path in C.MOVED:
            return self._redirect(f"http://{MOB if mobile else WWW}{C.MOVED[path]}")
        if i in ART_BY_ID and ART_BY_ID[i]["col"] == col:
            a = ART_BY_ID[i]
            return self._html(200, m_article(a) if mobile else www_article(a))
        if i in PROD_BY_ID and PROD_BY_ID[i]["col"] == col:
            p = PROD_BY_ID[i]
            return self._html(200, m_product(p) if mobile else www_product(p))
        if col == "case" and i in CASE_BY_ID:
            c = CASE_BY_ID[i]
            if mobile:
                return self._html(200, m_simple(c["name"], f"/case/{i}.html", case_body(c), '<a href="/case/">入驻企业</a>'))
            return self._html(200, www_case(c))
        if col == "job" and i in JOB_BY_ID:
            j = JOB_BY_ID[i]
            if mobile:
                return self._html(200, m_simple(j["title"], f"/job/{i}.html", job_body(j), '<a href="/job/">人才招聘</a>'))
            return self._html(200, www_job(j))
        if col == "download" and i in DL_BY_ID:
            d = DL_BY_ID[i]
            if mobile:
                return self._html(200, m_simple(d["title"], f"/download/{i}.html", dl_body(d), '<a href="/download/">下载中心</a>'))
            return self._html(200, www_download(d))
        return self._not_found(mobile)

    def _static(self, path: str, mobile: bool) -> Response:
        if path.startswith("/static/upload/file/"):
            if path in FILES and path not in C.MISSING_FILES:
                title = FILES[path]
                if path.endswith(".pdf"):
                    return Response(200, self._headers("application/pdf"), _pdf(title))
                if path.endswith(".docx"):
                    return Response(200, self._headers(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), _docx(title))
                return Response(200, self._headers("application/msword"), _docx(title))
            return self._not_found(mobile)
        if path.endswith(".gif"):
            return Response(200, self._headers("image/gif"), GIF_1x1)
        if path.endswith(".png"):
            if path not in self._png_cache:
                h = hashlib.md5(path.encode()).digest()
                self._png_cache[path] = _png(8, 6, (h[0], h[1], h[2]))
            return Response(200, self._headers("image/png"), self._png_cache[path])
        return self._not_found(mobile)


def emulator() -> ParkSite:
    return ParkSite()
