# -*- coding: utf-8 -*-
"""Emulator of the 产业园区 channel of 临江新闻网 (www.ljnews.cn), a fictional city news portal.

``emulator()`` returns an object with ``origin`` and ``handle(method, url) -> Response``.
Deterministic: no clock (fixed Date header), no randomness, no network. Pages are GB18030 bytes; the
old-template article pages (migrated from the portal's previous CMS) say ``charset=GBK`` in the HTTP
header and ``<meta charset="utf-8">`` in the markup.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import struct
import zlib
from datetime import date, datetime, timedelta
from urllib.parse import parse_qs, quote, urlsplit

import portal_channel_content as C

ORIGIN = C.ORIGIN
HOSTS = {C.HOST, C.BARE_HOST}
HTML_CT = "text/html; charset=GB18030"
OLD_CT = "text/html; charset=GBK"

ROBOTS = """# robots.txt for www.ljnews.cn
User-agent: *
Disallow: /search/
Disallow: /passport/
Disallow: /member/
Disallow: /comment/
Disallow: /api/

User-agent: Baiduspider
Disallow: /search/
Disallow: /passport/
Disallow: /member/
Disallow: /comment/
Disallow: /api/

Sitemap: http://www.ljnews.cn/sitemap_news.xml
"""


class Response:
    """status (int), headers (dict), body (bytes); info says what the page is (used by make_truth.py, not sent)."""

    __slots__ = ("status", "headers", "body", "info")

    def __init__(self, status, headers, body, info=None):
        self.status = status
        self.headers = headers
        self.body = body
        self.info = info or {}

    def __repr__(self):
        return f"Response({self.status}, {len(self.body)} bytes)"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def _png() -> bytes:
    """A 1x1 grey PNG: every picture on the site."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b""))


PNG = _png()

# ---------------------------------------------------------------------------------------------- model

ARTS = [dict(a) for a in C.ARTICLES]
for _a in ARTS:
    _a.setdefault("gbk", False)
    _a.setdefault("blocks", [])
    _a.setdefault("time", None)
    _a["sortkey"] = (_a["date"], _a["time"] or "08:00", _a["id"])
    y, m, d = _a["date"].split("-")
    _a["path"] = f"/cy/system/{y}/{m}/{d}/{_a['id']}.shtml"
    _a["url"] = ORIGIN + _a["path"]
    if _a["kind"] == "gallery":
        _a["npages"] = len(_a["photos"])
    elif _a["kind"] == "news":
        _a["npages"] = 1 + sum(1 for b in _a["blocks"] if b[0] == "page")
    else:
        _a["npages"] = 1
ARTS.sort(key=lambda a: a["sortkey"], reverse=True)          # newest first
BY_ID = {a["id"]: a for a in ARTS}
BY_PATH = {a["path"]: a for a in ARTS}
LEGACY = {a["legacy"]: a for a in ARTS if a.get("legacy")}
COLS = {slug: (name, desc) for slug, name, desc in C.COLUMNS}
COL_ORDER = [slug for slug, _, _ in C.COLUMNS]
LISTING = {l["no"]: l for l in C.LISTINGS}
FILES = {href: name for name, href, _ in C.DOWNLOADS}
for _a in ARTS:
    for _b in _a["blocks"]:
        if _b[0] == "attach":
            FILES[_b[2]] = _b[1]


def col_articles(slug):
    return [a for a in ARTS if a["col"] == slug]


def npages_of(n):
    return max(1, (n + C.PER_PAGE - 1) // C.PER_PAGE)


def page_path(a, k):
    return a["path"] if k == 1 else a["path"].replace(".shtml", f"_{k}.shtml")


def list_path(slug, k):
    return f"/cy/{slug}/index.shtml" if k == 0 else f"/cy/{slug}/index_{k}.shtml"


def shown_time(a):
    return f"{a['date']} {a['time']}" if a["time"] else a["date"]


def summary(a):
    if a["kind"] == "gallery":
        text = a["lead"]
    else:
        text = next(b[1] for b in a["blocks"] if b[0] == "p")
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:60] + "…"


def thumb(a):
    if a["kind"] == "gallery":
        return a["photos"][0][0]
    if a["kind"] == "video":
        return a["video"]["poster"]
    for b in a["blocks"]:
        if b[0] == "img":
            return b[1]
    return None


def badge(a):
    return {"gallery": "图集", "video": "视频", "live": "直播"}.get(a["kind"])


def sid_for(path):
    return hashlib.md5(path.encode("utf-8")).hexdigest()[:16]


def gbk_q(word):
    return quote(word.encode("gbk"))


# ---------------------------------------------------------------------------------------------- layout

NAV = [
    ("/", "首页"),
    ("/cy/index.shtml", "产业园区"),
    ("/cy/yqdt/index.shtml", "园区动态"),
    ("/cy/zsyz/index.shtml", "招商引资"),
    ("/cy/zcfw/index.shtml", "政策服务"),
    ("/cy/pinglun/index.shtml", "评论"),
    ("/cy/shiting/index.shtml", "视听"),
    ("/changfang/index.shtml", "厂房租售"),
    ("http://news.ljnews.cn/", "时政"),
    ("http://society.ljnews.cn/", "社会"),
    ("http://travel.ljnews.cn/", "文旅"),
]


def topbar(path):
    back = quote(ORIGIN + path, safe="")
    return (
        '<div class="lj-topbar"><div class="w1200">\n'
        f'<span class="tb-welcome">欢迎访问{C.SITE_NAME}</span>\n'
        f'<span class="tb-date">{C.TODAY_CN}</span>\n'
        '<div class="tb-r">\n'
        '<a href="/app/index.shtml">临江新闻APP</a>\n'
        '<a href="http://m.ljnews.cn/">手机版</a>\n'
        f'<a href="/passport/login.shtml?backurl={back}&amp;sid={sid_for(path)}">登录</a>\n'
        '<a href="/passport/reg.shtml">注册</a>\n'
        '</div></div></div>\n'
    )


def header_block():
    hot = "\n".join(f'<a href="/search/?q={gbk_q(w)}">{esc(w)}</a>' for w in C.HOT_SEARCH)
    return (
        '<div class="lj-header w1200">\n'
        f'<a class="lj-logo" href="/"><img src="/static/img/logo.png" alt="{C.SITE_NAME}" /></a>\n'
        f'<div class="lj-chname">{C.CHANNEL_NAME}</div>\n'
        '<form class="lj-search" action="/search/" method="get">\n'
        '<input type="text" name="q" placeholder="请输入关键词" />\n'
        '<button type="submit">搜索</button>\n'
        '</form>\n'
        f'<div class="lj-hotwords"><span>热搜：</span>\n{hot}\n</div>\n'
        '</div>\n'
    )


def nav_block(current):
    items = []
    for href, name in NAV:
        cls = ' class="on"' if href == current else ""
        items.append(f'<li{cls}><a href="{href}">{name}</a></li>')
    return '<div class="lj-nav"><ul class="w1200">\n' + "\n".join(items) + "\n</ul></div>\n"


def footer_block():
    return (
        '<div class="lj-footer">\n<div class="w1200">\n'
        '<div class="ft-links">\n'
        '<a href="/about/index.shtml">关于我们</a> |\n'
        '<a href="/about/contact.shtml">联系我们</a> |\n'
        '<a href="/about/ad.shtml">广告服务</a> |\n'
        '<a href="/about/copyright.shtml">版权声明</a> |\n'
        '<a href="/about/join.shtml">招聘信息</a> |\n'
        '<a href="/download/index.shtml">下载中心</a>\n'
        '</div>\n'
        '<div class="ft-qr"><img src="/static/img/qr_wx.png" alt="" /><p>扫码关注临江新闻网</p></div>\n'
        f'<p>{C.SITE_NAME} 版权所有 Copyright © 2008-2026 www.ljnews.cn All Rights Reserved</p>\n'
        '<p>未经书面授权禁止转载、摘编、复制或建立镜像</p>\n'
        '<p>互联网新闻信息服务许可证：33120170021　<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备08012345号-1</a></p>\n'
        '<p>违法和不良信息举报电话：0572-8100 1100　举报邮箱：jubao@ljnews.cn</p>\n'
        '</div>\n</div>\n'
    )


def app_float():
    return (
        '<div class="app-float" id="appFloat">\n'
        '<img src="/static/img/app_icon.png" alt="" />\n'
        '<span class="af-name">临江新闻APP</span>\n'
        '<span class="af-slogan">打开APP，阅读体验更佳</span>\n'
        '<a class="af-open" href="/app/index.shtml">立即打开</a>\n'
        '<a class="af-close" href="javascript:;" onclick="document.getElementById(\'appFloat\').style.display=\'none\'">×</a>\n'
        '</div>\n'
    )


def layout(path, title, main, side="", current=None, canonical=None, old=False, extra_head="",
           keywords="", description=""):
    if old:
        meta = '<meta charset="utf-8" />'
    else:
        meta = '<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />'
    head = [
        "<!DOCTYPE html>",
        "<html>",
        "<head>",
        meta,
        f"<title>{esc(title)}</title>",
        f'<meta name="keywords" content="{esc(keywords or "临江,产业园区,招商引资,厂房")}" />',
        f'<meta name="description" content="{esc(description or "临江新闻网产业园区频道")}" />',
    ]
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}" />')
    head.append('<link rel="stylesheet" href="/static/css/lj2024.css" />')
    head.append('<script src="/static/js/jquery.min.js"></script>')
    if extra_head:
        head.append(extra_head)
    head.append("</head>")
    body = (
        '<body>\n' + topbar(path) + header_block() + nav_block(current)
        + '<div class="lj-wrap w1200 clearfix">\n'
        + '<div class="lj-main">\n' + main + '</div>\n'
        + (('<div class="lj-side">\n' + side + '</div>\n') if side else "")
        + '</div>\n' + footer_block() + app_float()
        + '<script src="/static/js/lj_common.js"></script>\n'
        + '<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");'
          'hm.src="https://hm.baidu.com/hm.js?7f3a1c0e9b2d4a6f";document.body.appendChild(hm);})();</script>\n'
        + '</body>\n</html>\n'
    )
    return "\n".join(head) + "\n" + body


def crumb(*parts):
    out = ['<div class="lj-crumb">当前位置：<a href="/">首页</a>']
    out.append('&gt; <a href="/cy/index.shtml">产业园区</a>')
    for href, name in parts:
        out.append(f'&gt; <a href="{href}">{esc(name)}</a>' if href else f"&gt; <span>{esc(name)}</span>")
    return " ".join(out) + "</div>\n"


# ---------------------------------------------------------------------------------------------- sidebar

def hot24():
    recent = ARTS[:10]
    return sorted(recent, key=lambda a: (-(a["views"] or 0), a["id"]))[:6]


def hotweek():
    return sorted(ARTS[:20], key=lambda a: (-(a["views"] or 0), a["id"]))[:6]


def guess_for(a):
    i = ARTS.index(a)
    n = len(ARTS)
    return [ARTS[(i + k) % n] for k in (5, 11, 17, 23)]


def side_block(article=None):
    out = ['<div class="side-box side-hot">',
           '<div class="sb-hd"><h3>热点排行</h3>',
           '<ul class="sb-tab"><li class="on">24小时</li>\n<li>一周</li></ul></div>',
           '<ol class="rank-list" id="rank24">']
    for k, a in enumerate(hot24(), 1):
        out.append(f'<li><em>{k}</em> <a href="{a["path"]}?from=hot24" target="_blank">{esc(a["title"])}</a></li>')
    out.append("</ol>")
    out.append('<ol class="rank-list" id="rankweek" style="display:none">')
    for k, a in enumerate(hotweek(), 1):
        out.append(f'<li><em>{k}</em> <a href="{a["path"]}?from=hotweek" target="_blank">{esc(a["title"])}</a></li>')
    out.append("</ol></div>")
    if article is not None:
        out.append('<div class="side-box side-guess"><div class="sb-hd"><h3>猜你喜欢</h3></div><ul>')
        for k, g in enumerate(guess_for(article), 1):
            t = thumb(g)
            img = f'<img src="{t}" alt="" />' if t else ""
            out.append(f'<li><a href="{g["path"]}?spm=cy.guess.{k}" target="_blank">{img}<span>{esc(g["title"])}</span></a></li>')
        out.append("</ul></div>")
    out.append('<div class="side-box side-qr"><img src="/static/img/qr_wx.png" alt="" />'
               '<p>扫码关注临江新闻网官方微信</p>\n<p>下载临江新闻APP，随时随地看临江</p></div>')
    out.append('<div class="side-box side-cf"><div class="sb-hd"><h3>厂房招商</h3>'
               '<a class="more" href="/changfang/index.shtml">更多&gt;&gt;</a></div><ul>')
    for l in C.LISTINGS[:3]:
        out.append(f'<li><a href="/changfang/cf_{l["no"]}.shtml">{esc(l["title"])}</a></li>')
    out.append("</ul>")
    out.append(f'<p class="cf-contact">{C.SALES_CONTACT[0]}：{C.SALES_CONTACT[1]}</p></div>')
    out.append('<div class="side-box side-ad"><a href="/cy/zt/2026tzh/index.shtml"><img src="/uploads/img/ad/tzh2026_300x250.jpg" alt="2026临江产业园区投资洽谈会" /></a></div>')
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------- article

def render_blocks(a, blocks, old, with_ads=True):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            if len(b) == 3:
                out.append(f'<p>{esc(b[1])}<span class="end">{esc(b[2])}</span></p>')
            else:
                out.append(f"<p>{esc(b[1])}</p>")
        elif kind == "pbr":
            out.append(f"<p>{esc(b[1])}<br/>{esc(b[2])}</p>")
        elif kind == "h":
            out.append(f"<p><strong>{esc(b[1])}</strong></p>" if old else f"<h3>{esc(b[1])}</h3>")
        elif kind == "img":
            out.append(f'<p class="art-img" style="text-align:center"><img src="{b[1]}" alt="" /></p>')
            if b[2]:
                out.append(f'<p class="img-desc" style="text-align:center">{esc(b[2])}</p>')
        elif kind == "table":
            rows = []
            for r, row in enumerate(b[1]):
                tag = "th" if r == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in row) + "</tr>")
            out.append('<table class="art-table" border="1" cellspacing="0" cellpadding="4"><tbody>\n'
                       + "\n".join(rows) + "\n</tbody></table>")
        elif kind == "note":
            out.append(f'<p class="tb-note" style="font-size:12px">{esc(b[1])}</p>')
        elif kind == "ul":
            if old:
                out.extend(f"<p>{esc(item)}</p>" for item in b[1])
            else:
                out.append('<ul class="art-list">' + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + "</ul>")
        elif kind == "attach":
            out.append(f'<p class="attach">附件：<a href="{b[2]}" target="_blank">{esc(b[1])}</a></p>')
        elif kind == "bp":
            out.append(f"<p>{esc(b[1])}</p>")
        elif kind == "ad":
            if with_ads:
                href, text = C.ADS[int(a["id"]) % len(C.ADS)]
                out.append(f'<div class="adv-mid"><span class="adv-tag">广告</span> '
                           f'<a href="{href}" target="_blank">{esc(text)}</a></div>')
    return "\n".join(out) + "\n"


def split_pages(a):
    pages, cur = [], []
    for b in a["blocks"]:
        if b[0] == "page":
            pages.append(cur)
            cur = []
        else:
            cur.append(b)
    pages.append(cur)
    return pages


def info_line(a):
    if a["gbk"]:
        parts = [f"发布时间：{shown_time(a)}", f"来源：{esc(a['src_label'])}"]
        if a["show_author"]:
            parts.append(f"作者：{esc(a['author'])}")
        if a["views"] is not None:
            parts.append(f"浏览次数：{a['views']}")
        return '<div class="info">' + "\u3000\u3000".join(parts) + "</div>\n"
    out = [f'<span class="a-time">{shown_time(a)}</span>',
           f'<span class="a-src">来源：{esc(a["src_label"])}</span>']
    if a["show_author"]:
        out.append(f'<span class="a-author">作者：{esc(a["author"])}</span>')
    if a["views"] is not None:
        label = "播放" if a["kind"] == "video" else "阅读"
        out.append(f'<span class="a-view">{label}：{a["views"]}</span>')
    out.append(f'<a class="a-cmt" href="/comment/?newsid={a["id"]}">评论：{a["comments"]}</a>')
    return '<div class="art-info">\n' + "\n".join(out) + "\n</div>\n"


def tools_line(a):
    pr = f'<a href="/cy/print.php?id={a["id"]}" target="_blank">打印</a>\n' if a["kind"] == "news" else ""
    return ('<div class="art-tools"><span>字号：</span>\n'
            '<a href="javascript:;" data-fs="18">大</a>\n<a href="javascript:;" data-fs="16">中</a>\n'
            '<a href="javascript:;" data-fs="14">小</a>\n' + pr
            + '<a href="javascript:;" class="jiucuo">纠错</a>\n</div>\n')


def related(a):
    tags = set(a["tags"])
    rel = [r for r in ARTS if r is not a and tags & set(r["tags"])][:5]
    items = [(r["title"], r["path"]) for r in rel]
    for lid in a.get("related_legacy", []):
        la = BY_ID[lid]
        items = [(t, p) for t, p in items if p != la["path"]]
        items.insert(0, (la["title"], la["legacy"]))
    items.extend(a.get("related_extra", []))
    return items


def prev_next(a):
    col = sorted(col_articles(a["col"]), key=lambda x: x["sortkey"])
    i = col.index(a)
    prev = col[i - 1] if i > 0 else None
    nxt = col[i + 1] if i + 1 < len(col) else None
    return prev, nxt


def comments_block(a):
    n = a["comments"]
    path = a["path"]
    back = quote(ORIGIN + path, safe="")
    out = ['<div class="cmt-wrap" id="comment">',
           f'<div class="cmt-hd"><h3>网友评论</h3> <span class="cmt-count">已有{n}人参与</span></div>',
           '<div class="cmt-form"><textarea placeholder="文明上网，理性发言"></textarea>',
           f'<div class="cmt-op"><a href="/passport/login.shtml?backurl={back}&amp;sid={sid_for(path)}">登录</a> 后发表评论 '
           '<button type="button" class="cmt-submit">发表评论</button></div></div>']
    if n == 0:
        out.append('<p class="cmt-empty">暂无评论，快来抢沙发吧！</p>')
    else:
        i = int(a["id"])
        out.append('<ul class="cmt-list">')
        for k in range(min(n, 2)):
            user, place, text, likes = C.COMMENTS[(i + k) % len(C.COMMENTS)]
            out.append(f'<li><p class="c-user">{esc(user)} [{esc(place)}]</p>'
                       f'<p class="c-txt">{esc(text)}</p>'
                       f'<p class="c-info">{a["date"]} 21:{10 + 7 * k:02d} <a href="javascript:;">赞({likes})</a></p></li>')
        out.append("</ul>")
        if n > 2:
            out.append(f'<a class="cmt-more" href="javascript:;" data-url="/api/comment?newsid={a["id"]}&amp;page=2">加载更多评论</a>')
            out.append(f'<a class="cmt-all" href="/comment/?newsid={a["id"]}">查看全部{n}条评论</a>')
    out.append('<p class="cmt-tip">网友评论仅供其表达个人看法，并不表明临江新闻网同意其观点或证实其描述。</p>')
    out.append("</div>")
    return "\n".join(out) + "\n"


def article_tail(a):
    """Everything under the text: editor, keywords, statement, share, prev/next, related, comments."""
    out = [f'<div class="art-editor">（责任编辑：{esc(a["editor"])}）</div>']
    kw = "\n".join(f'<a href="/cy/tag/{t}.shtml" target="_blank">{esc(C.TAGS[t])}</a>' for t in a["tags"])
    out.append(f'<div class="art-kw"><span>关键词：</span>\n{kw}\n</div>')
    if a["source"] is None:
        out.append('<div class="art-statement">【版权声明】凡注明“来源：临江新闻网”的作品，版权均属临江新闻网所有，'
                   '未经书面授权不得转载、摘编或以其他方式使用。</div>')
    else:
        out.append(f'<div class="art-statement">【免责声明】本文转自{esc(a["src_label"])}，转载目的在于传递更多信息，'
                   '并不代表本网赞同其观点和对其真实性负责。</div>')
    share_url = quote(a["url"], safe="")
    share_t = quote(a["title"].encode("utf-8"), safe="")
    out.append('<div class="share-bar"><span>分享到：</span>\n'
               '<a class="s-wx" href="javascript:;">微信</a>\n'
               f'<a class="s-wb" href="http://service.weibo.com/share/share.php?url={share_url}&amp;title={share_t}" target="_blank">微博</a>\n'
               f'<a class="s-qz" href="https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url={share_url}" target="_blank">QQ空间</a>\n'
               '<div class="s-wx-pop" style="display:none"><img src="/static/img/qr_share.png" alt="" /><p>用微信扫一扫，分享到朋友圈</p></div>\n'
               '</div>')
    prev, nxt = prev_next(a)
    pv = f'<a href="{prev["path"]}">{esc(prev["title"])}</a>' if prev else "没有了"
    nx = f'<a href="{nxt["path"]}">{esc(nxt["title"])}</a>' if nxt else "没有了"
    out.append(f'<div class="art-pn"><p>上一篇：{pv}</p>\n<p>下一篇：{nx}</p></div>')
    out.append('<div class="art-related"><div class="hd"><h3>相关阅读</h3></div><ul>')
    for t, p in related(a):
        out.append(f'<li><a href="{p}" target="_blank">{esc(t)}</a></li>')
    out.append("</ul></div>")
    out.append(comments_block(a))
    return "\n".join(out) + "\n"


def article_head(a):
    name = COLS[a["col"]][0]
    return (crumb((f"/cy/{a['col']}/index.shtml", name), (None, "正文"))
            + '<div class="art-head">\n'
            + f'<h1 class="art-title">{esc(a["title"])}</h1>\n'
            + info_line(a) + tools_line(a) + "</div>\n")


def pager_links(a, k):
    n = a["npages"]
    parts = []
    parts.append(f'<a href="{page_path(a, k - 1)}">上一页</a>' if k > 1 else "<span>上一页</span>")
    for j in range(1, n + 1):
        parts.append(f'<span class="cur">{j}</span>' if j == k else f'<a href="{page_path(a, j)}">{j}</a>')
    parts.append(f'<a href="{page_path(a, k + 1)}">下一页</a>' if k < n else "<span>下一页</span>")
    return '<div class="art-pager">\n' + "\n".join(parts) + "\n</div>\n"


def render_news(a, k):
    pages = split_pages(a)
    body = '<div class="art-content" id="artibody">\n' + render_blocks(a, pages[k - 1], a["gbk"]) + "</div>\n"
    if a["npages"] > 1:
        body += pager_links(a, k)
    return body


def render_gallery(a, k):
    n = a["npages"]
    src, cap = a["photos"][k - 1]
    out = ['<div class="gallery">']
    if k == 1:
        out.append(f'<div class="g-lead"><p>{esc(a["lead"])}</p></div>')
    nxt_href = page_path(a, k + 1) if k < n else None
    other = [g for g in ARTS if g["kind"] == "gallery" and g is not a][0]
    out.append(f'<div class="g-photo"><a href="{nxt_href or other["path"]}" title="点击浏览下一张"><img src="{src}" alt="" /></a></div>')
    prev = f'<a class="g-prev" href="{page_path(a, k - 1)}">上一张</a>' if k > 1 else '<span class="g-prev">上一张</span>'
    nxt = (f'<a class="g-next" href="{nxt_href}">下一张</a>' if nxt_href
           else f'<a class="g-next" href="{other["path"]}">下一图集</a>')
    out.append(f'<div class="g-bar"><span class="g-num">{k}/{n}</span>\n{prev}\n{nxt}</div>')
    out.append(f'<div class="g-caption"><p>{esc(cap)}</p></div>')
    out.append('<div class="g-thumbs"><ul>')
    for j, (s, _) in enumerate(a["photos"], 1):
        cls = ' class="on"' if j == k else ""
        out.append(f'<li{cls}><a href="{page_path(a, j)}"><img src="{s}" alt="" /></a></li>')
    out.append("</ul></div>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def render_video(a):
    v = a["video"]
    return ('<div class="v-player">\n'
            f'<video id="ljVideo" controls preload="none" poster="{v["poster"]}" src="{v["src"]}" width="800" height="450">'
            '您的浏览器不支持HTML5视频播放，请升级浏览器</video>\n'
            f'<div class="v-meta"><span>时长：{v["duration"]}</span></div>\n'
            '</div>\n'
            '<div class="v-desc" id="artibody">\n' + render_blocks(a, a["blocks"], False) + "</div>\n")


def render_live(a):
    out = ['<div class="live-status"><span class="st-end">直播已结束</span>\n'
           f'<span class="st-time">开始时间：{a["date"]} {a["time"]}</span></div>',
           '<div class="live-intro">\n' + render_blocks(a, a["blocks"], False) + "</div>",
           '<div class="live-tools"><a href="javascript:;" class="on">正序</a>\n'
           '<a href="javascript:;">倒序</a>\n<a href="javascript:;">刷新</a></div>',
           '<ul class="live-list">']
    for t, text, img in a["live"]:
        pic = f'<p class="lpic"><img src="{img}" alt="" /></p>' if img else ""
        out.append(f'<li><p><span class="lt">{t}</span> {esc(text)}</p>{pic}</li>')
    out.append("</ul>")
    return "\n".join(out) + "\n"


def article_page(a, k, path):
    if a["kind"] == "news":
        content = render_news(a, k)
    elif a["kind"] == "gallery":
        content = render_gallery(a, k)
    elif a["kind"] == "video":
        content = render_video(a)
    else:
        content = render_live(a)
    main = article_head(a) + content + article_tail(a)
    this = ORIGIN + page_path(a, k)
    mob = this.replace("http://www.", "http://m.")
    extra = f'<link rel="alternate" media="only screen and (max-width: 640px)" href="{mob}" />'
    kw = ",".join(C.TAGS[t] for t in a["tags"])
    return layout(path, f"{a['title']}_{COLS[a['col']][0]}_{C.SITE_NAME}", main, side_block(a),
                  current=f"/cy/{a['col']}/index.shtml", canonical=this, old=a["gbk"], extra_head=extra,
                  keywords=kw, description=summary(a))


def print_page(a):
    blocks = [b for b in a["blocks"] if b[0] != "page"]
    info = [shown_time(a), f"来源：{esc(a['src_label'])}"]
    if a["show_author"]:
        info.append(f"作者：{esc(a['author'])}")
    return ("<!DOCTYPE html>\n<html>\n<head>\n"
            '<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />\n'
            f"<title>{esc(a['title'])}_打印_{C.SITE_NAME}</title>\n"
            '<meta name="robots" content="noindex,follow" />\n'
            f'<link rel="canonical" href="{a["url"]}" />\n'
            '<link rel="stylesheet" href="/static/css/print.css" />\n</head>\n<body>\n'
            '<div class="print-top"><a href="javascript:window.print();">【打印本页】</a>\n'
            '<a href="javascript:window.close();">【关闭窗口】</a></div>\n'
            f'<h1>{esc(a["title"])}</h1>\n<div class="print-info">{"　".join(info)}</div>\n'
            '<div class="print-content">\n' + render_blocks(a, blocks, a["gbk"], with_ads=False) + "</div>\n"
            f'<div class="print-editor">（责任编辑：{esc(a["editor"])}）</div>\n'
            f'<div class="print-foot"><p>本文网址：{a["url"]}</p>\n<p>{C.SITE_NAME} 版权所有</p></div>\n'
            "</body>\n</html>\n")


# ---------------------------------------------------------------------------------------------- lists

def item_html(a, href=None):
    href = href or a["path"]
    t = thumb(a)
    img = f'<a class="thumb" href="{href}" target="_blank"><img src="{t}" alt="" /></a>\n' if t else ""
    b = badge(a)
    bd = f'<em class="badge">{b}</em> ' if b else ""
    return ('<li class="news-item">\n' + img
            + f'<div class="txt"><h3>{bd}<a href="{href}" target="_blank">{esc(a["title"])}</a></h3>\n'
            + f'<p class="sum">{esc(summary(a))}</p>\n'
            + f'<p class="meta"><span>{a["date"]}</span>\n<span>来源：{esc(a["src_label"])}</span>\n'
            + f'<span>评论 {a["comments"]}</span></p></div>\n</li>')


def list_page(slug, k, order, path):
    name, desc = COLS[slug]
    arts = col_articles(slug)
    if order == "hot":
        arts = sorted(arts, key=lambda a: (-(a["views"] or 0), a["id"]))
    n = npages_of(len(arts))
    chunk = arts[k * C.PER_PAGE:(k + 1) * C.PER_PAGE]
    q = "?order=hot" if order == "hot" else ""
    on_new = ' class="on"' if order != "hot" else ""
    on_hot = ' class="on"' if order == "hot" else ""
    main = [crumb((f"/cy/{slug}/index.shtml", name)),
            f'<div class="col-hd"><h2>{esc(name)}</h2><p>{esc(desc)}</p></div>',
            '<div class="col-tabs">\n'
            f'<a href="/cy/{slug}/index.shtml"{on_new}>最新</a>\n'
            f'<a href="/cy/{slug}/index.shtml?order=hot"{on_hot}>最热</a>\n</div>',
            '<ul class="news-list">']
    if chunk:
        main.extend(item_html(a) for a in chunk)
    else:
        main.append('<li class="empty">暂无相关内容</li>')
    main.append("</ul>")
    # the CMS's pager: "下一页" always points one page on, even from the last page
    pg = ['<div class="pager">', f'<a href="{list_path(slug, 0)}{q}">首页</a>']
    pg.append(f'<a href="{list_path(slug, k - 1)}{q}">上一页</a>' if k > 0 else "<span>上一页</span>")
    for j in range(n):
        pg.append(f'<span class="cur">{j + 1}</span>' if j == k else f'<a href="{list_path(slug, j)}{q}">{j + 1}</a>')
    pg.append(f'<a href="{list_path(slug, k + 1)}{q}">下一页</a>')
    pg.append(f'<a href="{list_path(slug, n - 1)}{q}">尾页</a>')
    pg.append(f"<span>共{n}页</span>")
    pg.append("</div>")
    main.append("\n".join(pg))
    info = {"kind": "list", "trap": k >= n}
    return layout(path, f"{name}_{C.CHANNEL_NAME}_{C.SITE_NAME}", "\n".join(main) + "\n", side_block(),
                  current=f"/cy/{slug}/index.shtml"), info


def tag_page(tid, path):
    name = C.TAGS[tid]
    arts = [a for a in ARTS if tid in a["tags"]]
    main = [crumb((None, f"关键词：{name}")),
            f'<div class="col-hd"><h2>关键词：{esc(name)}</h2><p>共{len(arts)}篇相关报道</p></div>',
            '<ul class="news-list">']
    main.extend(item_html(a) for a in arts)
    main.append("</ul>")
    return layout(path, f"{name}_关键词_{C.SITE_NAME}", "\n".join(main) + "\n", side_block())


def calendar_page(d, path):
    """往期回顾: every day has a page, each with 前一天/后一天 and a month grid (an endless calendar)."""
    ds = d.isoformat()
    arts = [a for a in ARTS if a["date"] == ds]
    prev_d, next_d = d - timedelta(days=1), d + timedelta(days=1)
    first = d.replace(day=1)
    prev_m = (first - timedelta(days=1)).replace(day=1)
    next_m = (first + timedelta(days=32)).replace(day=1)
    fmt = lambda x: f"/cy/huigu/{x.strftime('%Y%m%d')}.shtml"
    main = [crumb((None, "往期回顾")),
            f'<div class="col-hd"><h2>往期回顾</h2><p>{d.year}年{d.month}月{d.day}日</p></div>',
            '<div class="cal-nav">\n'
            f'<a href="{fmt(prev_m)}">&lt;&lt; 上月</a>\n<a href="{fmt(prev_d)}">&lt; 前一天</a>\n'
            f'<span>{d.year}年{d.month}月</span>\n'
            f'<a href="{fmt(next_d)}">后一天 &gt;</a>\n<a href="{fmt(next_m)}">下月 &gt;&gt;</a>\n</div>',
            '<table class="cal-grid"><tbody><tr>']
    day = first
    cells = 0
    while day.month == first.month:
        main.append(f'<td><a href="{fmt(day)}">{day.day}</a></td>')
        cells += 1
        if cells % 7 == 0:
            main.append("</tr><tr>")
        day += timedelta(days=1)
    main.append("</tr></tbody></table>")
    main.append('<ul class="news-list">')
    if arts:
        main.extend(item_html(a) for a in arts)
    else:
        main.append('<li class="empty">当天暂无稿件</li>')
    main.append("</ul>")
    return layout(path, f"往期回顾 {ds}_{C.SITE_NAME}", "\n".join(main) + "\n", side_block())


def recommend_block():
    """编辑推荐: this widget writes the bare domain into its links."""
    picks = [BY_ID[i] for i in ("034510338", "034510166", "034510104", "034510031")]
    out = ['<div class="box box-rec"><div class="hd"><h2>编辑推荐</h2></div><ul>']
    for a in picks:
        out.append(f'<li><a href="http://{C.BARE_HOST}{a["path"]}" target="_blank">{esc(a["title"])}</a></li>')
    out.append("</ul></div>")
    return "\n".join(out) + "\n"


def col_boxes(n_each):
    out = []
    for slug in COL_ORDER:
        name = COLS[slug][0]
        out.append(f'<div class="box box-col"><div class="hd"><h2><a href="/cy/{slug}/index.shtml">{name}</a></h2>'
                   f'<a class="more" href="/cy/{slug}/index.shtml">更多&gt;&gt;</a></div><ul>')
        for a in col_articles(slug)[:n_each]:
            b = badge(a)
            bd = f"[{b}]" if b else ""
            out.append(f'<li><span class="date">{a["date"][5:]}</span> {bd}<a href="{a["path"]}" target="_blank">{esc(a["title"])}</a></li>')
        out.append("</ul></div>")
    return "\n".join(out) + "\n"


def listings_box():
    out = ['<div class="box box-cf"><div class="hd"><h2><a href="/changfang/index.shtml">厂房租售</a></h2>'
           '<a class="more" href="/changfang/index.shtml">更多&gt;&gt;</a></div><ul>']
    for l in C.LISTINGS:
        out.append(f'<li><a href="/changfang/cf_{l["no"]}.shtml">{esc(l["title"])}</a> <span>{esc(l["price"])}</span></li>')
    out.append("</ul></div>")
    return "\n".join(out) + "\n"


def topic_banner():
    return (f'<div class="box box-zt"><a href="{C.TOPIC["path"]}"><img src="/uploads/img/zt/2026tzh_banner.jpg" alt="" />'
            f'<span>专题：{esc(C.TOPIC["title"])}</span></a></div>\n')


def home_page(path):
    focus = [BY_ID[i] for i in ("034510347", "034510311", "034510338")]
    main = ['<div class="focus" id="focus"><ul>']
    for a in focus:
        main.append(f'<li><a href="{a["path"]}" target="_blank"><img src="{thumb(a) or "/uploads/img/2026/11/18/qtzh.jpg"}" alt="" />'
                    f'<p>{esc(a["title"])}</p></a></li>')
    main.append("</ul></div>")
    main.append('<div class="box box-news"><div class="hd"><h2>产业要闻</h2></div><ul class="news-list" id="feedList">')
    main.extend(item_html(a) for a in ARTS[:8])
    main.append("</ul>")
    main.append('<a class="load-more" id="loadMore" href="javascript:void(0);" data-url="/api/feed?channel=cy&amp;page=2">加载更多</a></div>')
    main.append(topic_banner())
    main.append(col_boxes(4))
    main.append(listings_box())
    side = ['<div class="side-box side-hot"><div class="sb-hd"><h3>热点排行</h3></div><ol class="rank-list">']
    for k, a in enumerate(sorted(ARTS, key=lambda a: (-(a["views"] or 0), a["id"]))[:8], 1):
        side.append(f'<li><em>{k}</em> <a href="https://{C.HOST}{a["path"]}" target="_blank">{esc(a["title"])}</a></li>')
    side.append("</ol></div>")
    side.append('<div class="side-box side-qr"><img src="/static/img/qr_wx.png" alt="" />'
                '<p>扫码关注临江新闻网官方微信</p>\n<p>下载临江新闻APP，随时随地看临江</p></div>')
    return layout(path, f"{C.SITE_NAME}_临江产业园区招商_园区动态_厂房租售", "\n".join(main) + "\n",
                  "\n".join(side) + "\n", current="/")


def channel_page(path):
    latest = ARTS[0]["date"].replace("-", "")
    main = [crumb(),
            '<div class="col-hd"><h2>产业园区</h2><p>聚焦临江产业园区建设与招商</p></div>',
            recommend_block(), topic_banner(), col_boxes(5), listings_box(),
            f'<div class="box box-huigu"><a href="/cy/huigu/{latest}.shtml">往期回顾</a></div>']
    return layout(path, f"{C.CHANNEL_NAME}_{C.SITE_NAME}", "\n".join(main) + "\n", side_block(),
                  current="/cy/index.shtml")


def topic_page(path):
    t = C.TOPIC
    main = [crumb((None, "专题")),
            f'<div class="zt-banner"><img src="/uploads/img/zt/2026tzh_banner.jpg" alt="" /><h2>{esc(t["title"])}</h2></div>',
            f'<div class="zt-intro"><p>{esc(t["intro"])}</p></div>',
            '<div class="box"><div class="hd"><h2>最新报道</h2></div><ul class="news-list">']
    main.extend(item_html(BY_ID[i]) for i in t["articles"])
    main.append("</ul></div>")
    main.append(f'<div class="zt-old"><a href="{t["old"][1]}">{esc(t["old"][0])}</a></div>')
    return layout(path, f"专题：{t['title']}_{C.SITE_NAME}", "\n".join(main) + "\n", side_block())


# ---------------------------------------------------------------------------------------------- other pages

def listings_page(path):
    main = [f'<div class="lj-crumb">当前位置：<a href="/">首页</a> &gt; <span>厂房租售</span></div>',
            '<div class="col-hd"><h2>厂房租售</h2><p>临江各产业园区厂房、仓库租售信息</p></div>',
            '<ul class="cf-list">']
    for l in C.LISTINGS:
        main.append(f'<li><h3><a href="/changfang/cf_{l["no"]}.shtml">{esc(l["title"])}</a></h3>\n'
                    f'<p><span>{esc(l["park"])}</span>\n<span>面积：{esc(l["area"])}</span>\n'
                    f'<span>价格：{esc(l["price"])}</span>\n<span>{l["date"]}</span></p></li>')
    main.append("</ul>")
    main.append(f'<div class="cf-contact-box"><p>{C.SALES_CONTACT[0]}：{C.SALES_CONTACT[1]}</p>\n<p>免费代客选址，看厂请提前预约</p></div>')
    return layout(path, f"厂房租售_{C.SITE_NAME}", "\n".join(main) + "\n", side_block(), current="/changfang/index.shtml")


def listing_page(l, path):
    rows = [("所在园区", l["park"]), ("类型", l["kind"]), ("面积", l["area"]), ("价格", l["price"]),
            ("层高", l["height"]), ("承重", l["load"]), ("配电", l["power"])]
    main = [f'<div class="lj-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/changfang/index.shtml">厂房租售</a> &gt; <span>详情</span></div>',
            f'<h1 class="cf-title">{esc(l["title"])}</h1>',
            f'<div class="cf-info">发布时间：{l["date"]}　　浏览：{l["views"]}次</div>',
            '<div class="cf-pics"><img src="/uploads/img/cf/cf_' + l["no"] + '_1.jpg" alt="" /></div>',
            '<table class="cf-params"><tbody>']
    main.extend(f"<tr><th>{k}</th><td>{esc(v)}</td></tr>" for k, v in rows)
    main.append("</tbody></table>")
    main.append(f'<div class="cf-desc"><h3>厂房描述</h3><p>{esc(l["desc"])}</p></div>')
    main.append(f'<div class="cf-contact-box"><p>联系人：{C.SALES_CONTACT[0]}</p>\n<p>联系电话：{C.SALES_CONTACT[1]}</p>\n'
                '<p>看厂请提前电话预约，本网免费提供选址服务</p></div>')
    main.append('<div class="cf-back"><a href="/changfang/index.shtml">返回列表</a></div>')
    return layout(path, f"{l['title']}_厂房租售_{C.SITE_NAME}", "\n".join(main) + "\n", side_block(),
                  current="/changfang/index.shtml")


ABOUT_NAV = [("/about/index.shtml", "关于我们"), ("/about/contact.shtml", "联系我们"), ("/about/ad.shtml", "广告服务"),
             ("/about/copyright.shtml", "版权声明"), ("/about/join.shtml", "招聘信息")]


def about_page(path, title, paras, extra=""):
    nav = "\n".join(f'<li><a href="{h}">{n}</a></li>' for h, n in ABOUT_NAV)
    main = (f'<div class="lj-crumb">当前位置：<a href="/">首页</a> &gt; <span>{esc(title)}</span></div>\n'
            f'<div class="about-nav"><ul>\n{nav}\n</ul></div>\n'
            f'<div class="about-body"><h2>{esc(title)}</h2>\n'
            + "\n".join(f"<p>{esc(p)}</p>" for p in paras) + "\n" + extra + "</div>\n")
    return layout(path, f"{title}_{C.SITE_NAME}", main)


def job_page(j, path):
    paras = [f"发布时间：{j['date']}", "岗位要求："] + j["items"] + [j["pay"], "有意者请将简历发送至 hr@ljnews.cn，邮件标题注明应聘岗位。"]
    return about_page(path, j["title"], paras, '<p><a href="/about/join.shtml">返回招聘信息</a></p>\n')


def download_page(path):
    rows = "\n".join(f'<tr><td><a href="{h}">{esc(n)}</a></td><td>{d}</td><td><a href="{h}">下载</a></td></tr>'
                     for n, h, d in C.DOWNLOADS)
    main = ('<div class="lj-crumb">当前位置：<a href="/">首页</a> &gt; <span>下载中心</span></div>\n'
            '<div class="col-hd"><h2>下载中心</h2><p>政策文件、申报表格下载</p></div>\n'
            '<table class="dl-table"><tbody><tr><th>文件名称</th><th>发布日期</th><th>操作</th></tr>\n'
            + rows + "\n</tbody></table>\n")
    return layout(path, f"下载中心_{C.SITE_NAME}", main, side_block())


def app_page(path):
    main = ('<div class="app-intro"><h2>临江新闻APP</h2>\n<p>本地新闻、园区政策、招商信息，第一时间推送。</p>\n'
            '<p><a href="https://apps.apple.com/cn/app/id1488000000">iPhone版下载</a>\n'
            '<a href="http://app.ljnews.cn/download/ljnews_android.apk">Android版下载</a></p>\n'
            '<p><img src="/static/img/qr_app.png" alt="" /></p>\n<p>扫描二维码下载临江新闻APP</p></div>\n')
    return layout(path, f"临江新闻APP下载_{C.SITE_NAME}", main)


def not_found_page(path):
    main = ('<div class="err404"><h2>对不起，您访问的页面不存在或已被删除</h2>\n'
            '<p><a href="/">返回首页</a>\n<a href="/cy/index.shtml">返回产业园区频道</a></p></div>\n')
    return layout(path, f"页面不存在_{C.SITE_NAME}", main)


def search_page(q, page, path):
    hits = [a for a in ARTS if q and q in a["title"]] if q else []
    chunk = hits[(page - 1) * 10: page * 10]
    main = [f'<div class="lj-crumb">当前位置：<a href="/">首页</a> &gt; <span>搜索</span></div>',
            f'<div class="search-hd">关键词“{esc(q)}”的搜索结果，共{len(hits)}条</div><ul class="news-list">']
    main.extend(item_html(a) for a in chunk)
    main.append("</ul>")
    qq = quote(q.encode("gbk", "replace"))
    main.append(f'<div class="pager"><a href="/search/?q={qq}&amp;page={page + 1}">下一页</a></div>')
    return layout(path, f"搜索_{C.SITE_NAME}", "\n".join(main) + "\n")


def login_page(path):
    main = ('<div class="login-box"><h2>用户登录</h2>\n<form action="/passport/dologin.shtml" method="post">\n'
            '<p><input type="text" name="u" placeholder="手机号/用户名" /></p>\n'
            '<p><input type="password" name="p" placeholder="密码" /></p>\n'
            '<p><button type="submit">登录</button></p></form>\n<p><a href="/passport/reg.shtml">注册新用户</a></p></div>\n')
    return layout(path, f"登录_{C.SITE_NAME}", main)


def comment_list_page(a, path):
    out = [f'<div class="lj-crumb">当前位置：<a href="/">首页</a> &gt; <span>评论</span></div>',
           f'<h2>《<a href="{a["path"]}">{esc(a["title"])}</a>》的评论</h2>', '<ul class="cmt-list">']
    i = int(a["id"])
    for k in range(a["comments"]):
        user, place, text, likes = C.COMMENTS[(i + k) % len(C.COMMENTS)]
        out.append(f'<li><p class="c-user">{esc(user)} [{esc(place)}]</p><p class="c-txt">{esc(text)}</p></li>')
    out.append("</ul>")
    return layout(path, f"评论_{C.SITE_NAME}", "\n".join(out) + "\n")


def sitemap_news():
    """News sitemap: only the last 48 hours, as Google News asks."""
    items = []
    for a in ARTS:
        t = a["time"] or "08:00"
        if (a["date"], t) >= ("2026-11-18", "10:30"):
            items.append(
                "<url>\n"
                f"<loc>{a['url']}</loc>\n"
                "<news:news><news:publication><news:name>临江新闻网</news:name><news:language>zh</news:language>"
                "</news:publication>"
                f"<news:publication_date>{a['date']}T{t}:00+08:00</news:publication_date>"
                f"<news:title>{esc(a['title'])}</news:title></news:news>\n</url>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' + "\n".join(items) + "\n</urlset>\n")


CSS = b"body{margin:0;font:14px/1.8 'Microsoft YaHei',SimSun,sans-serif}.w1200{width:1200px;margin:0 auto}" \
      b".app-float{position:fixed;bottom:0;left:0;right:0;height:56px;background:#fff}"
JS = b"/* lj_common.js */\n$(function(){$('.sb-tab li').hover(function(){});" \
     b"$('#loadMore').on('click',function(){$.get($(this).data('url'),function(r){});});});\n"


# ---------------------------------------------------------------------------------------------- routing

def _last_modified(a):
    y, m, d = map(int, a["date"].split("-"))
    hh, mm = map(int, (a["time"] or "08:00").split(":"))
    t = datetime(y, m, d, hh, mm) - timedelta(hours=8)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[t.weekday()]}, {t.day:02d} {months[t.month - 1]} {t.year} {t.hour:02d}:{t.minute:02d}:00 GMT"


RE_ART = re.compile(r"^/cy/system/(\d{4})/(\d{2})/(\d{2})/(\d{9})(?:_(\d+))?\.shtml$")
RE_LIST = re.compile(r"^/cy/([a-z]+)/index(?:_(\d+))?\.shtml$")
RE_TAG = re.compile(r"^/cy/tag/(\d+)\.shtml$")
RE_CAL = re.compile(r"^/cy/huigu/(\d{8})\.shtml$")
RE_CF = re.compile(r"^/changfang/cf_(\d+)\.shtml$")
RE_JOB = re.compile(r"^/about/join_(\d+)\.shtml$")


class PortalChannelSite:
    """临江新闻网 产业园区 channel. ``handle(method, url)`` answers one absolute URL."""

    origin = ORIGIN
    hosts = sorted(HOSTS)

    def _resp(self, status, body, ctype=HTML_CT, extra=None, info=None):
        if isinstance(body, str):
            body = body.encode("gb18030")
        headers = {"Content-Type": ctype, "Date": C.HTTP_DATE, "Server": "nginx",
                   "Cache-Control": "max-age=300"}
        if extra:
            headers.update(extra)
        return Response(status, headers, body, info or {})

    def _redirect(self, location, status=301, kind="redirect"):
        body = ("<html>\r\n<head><title>301 Moved Permanently</title></head>\r\n<body>\r\n"
                "<center><h1>301 Moved Permanently</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n")
        if status == 302:
            body = body.replace("301 Moved Permanently", "302 Found")
        return self._resp(status, body, "text/html", {"Location": location}, {"kind": kind, "location": location})

    def _404(self, path):
        return self._resp(404, not_found_page(path), info={"kind": "404"})

    def handle(self, method, url):
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("http", "https") or host not in HOSTS or parts.port not in (None, 80, 443):
            return Response(502, {"Content-Type": "text/plain", "Date": C.HTTP_DATE}, b"Bad Gateway",
                            {"kind": "502"})
        path = parts.path or "/"
        query = parts.query
        if host == C.BARE_HOST:
            return self._redirect(f"{ORIGIN}{path}" + (f"?{query}" if query else ""))
        if method not in ("GET", "HEAD"):
            return self._resp(405, "<html><body><h1>405 Not Allowed</h1></body></html>", extra={"Allow": "GET, HEAD"},
                              info={"kind": "405"})
        try:
            return self._route(path, query)
        except (KeyError, ValueError, IndexError):
            return self._404(path)

    def _route(self, path, query):
        qs = parse_qs(query)
        if path == "/":
            return self._resp(200, home_page(path), info={"kind": "home"})
        if path in ("/index.shtml", "/index.html", "/index.htm"):
            return self._redirect(ORIGIN + "/")
        if path == "/robots.txt":
            return self._resp(200, ROBOTS.encode("ascii"), "text/plain", info={"kind": "robots"})
        if path == "/sitemap_news.xml":
            return self._resp(200, sitemap_news().encode("utf-8"), "application/xml; charset=utf-8",
                              info={"kind": "sitemap"})
        if path in ("/cy", "/cy/"):
            return self._redirect(ORIGIN + "/cy/index.shtml")
        if path == "/cy/index.shtml":
            return self._resp(200, channel_page(path), info={"kind": "channel"})
        m = RE_ART.match(path)
        if m:
            y, mo, d, aid, k = m.groups()
            a = BY_ID[aid]
            k = int(k) if k else 1
            if a["path"] != f"/cy/system/{y}/{mo}/{d}/{aid}.shtml" or not 1 <= k <= a["npages"] or m.group(5) == "1":
                return self._404(path)
            info = {"kind": "article" if k == 1 else "article-continuation", "article": aid, "page": k}
            return self._resp(200, article_page(a, k, path), OLD_CT if a["gbk"] else HTML_CT,
                              {"Last-Modified": _last_modified(a)}, info)
        if path in LEGACY:
            return self._redirect(LEGACY[path]["url"])
        if path == "/cy/print.php":
            a = BY_ID[qs["id"][0]]
            if a["kind"] != "news":
                return self._404(path)
            return self._resp(200, print_page(a), info={"kind": "print", "article": a["id"]})
        m = RE_LIST.match(path)
        if m and m.group(1) in COLS:
            k = int(m.group(2)) if m.group(2) else 0
            if m.group(2) == "0":
                return self._404(path)
            order = "hot" if qs.get("order", [""])[0] == "hot" else ""
            body, info = list_page(m.group(1), k, order, path)
            return self._resp(200, body, info=info)
        if m is None and re.match(r"^/cy/([a-z]+)/?$", path) and path.strip("/").split("/")[1] in COLS:
            return self._redirect(ORIGIN + path.rstrip("/") + "/index.shtml")
        m = RE_TAG.match(path)
        if m:
            return self._resp(200, tag_page(int(m.group(1)), path), info={"kind": "tag"})
        m = RE_CAL.match(path)
        if m:
            d = datetime.strptime(m.group(1), "%Y%m%d").date()
            if not date(2000, 1, 1) <= d <= date(2099, 12, 31):
                return self._404(path)
            return self._resp(200, calendar_page(d, path), info={"kind": "calendar", "trap": True})
        if path in ("/cy/zt/2026tzh/", "/cy/zt/2026tzh"):
            return self._redirect(ORIGIN + C.TOPIC["path"])
        if path == C.TOPIC["path"]:
            return self._resp(200, topic_page(path), info={"kind": "topic"})
        if path in ("/changfang/", "/changfang"):
            return self._redirect(ORIGIN + "/changfang/index.shtml")
        if path == "/changfang/index.shtml":
            return self._resp(200, listings_page(path), info={"kind": "factory-listing-index"})
        m = RE_CF.match(path)
        if m:
            return self._resp(200, listing_page(LISTING[m.group(1)], path), info={"kind": "factory-listing"})
        if path in ("/about/", "/about"):
            return self._redirect(ORIGIN + "/about/index.shtml")
        if path == "/about/index.shtml":
            return self._resp(200, about_page(path, "关于我们", C.ABOUT_TEXT), info={"kind": "about"})
        if path == "/about/contact.shtml":
            return self._resp(200, about_page(path, "联系我们", C.CONTACT_TEXT), info={"kind": "contact"})
        if path == "/about/ad.shtml":
            return self._resp(200, about_page(path, "广告服务", [
                "临江新闻网提供首页焦点图、频道通栏、文中广告、APP开屏等多种广告形式。",
                "广告合作热线：0572-8100 2233"]), info={"kind": "about"})
        if path == "/about/copyright.shtml":
            return self._resp(200, about_page(path, "版权声明", [
                "凡本网注明“来源：临江新闻网”的所有作品，版权均属临江新闻网所有，未经本网书面授权，任何单位和个人不得转载、摘编或以其他方式使用。",
                "本网转载的其他媒体作品，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。"]),
                info={"kind": "about"})
        if path == "/about/join.shtml":
            links = "<ul>\n" + "\n".join(f'<li><a href="/about/join_{j["no"]}.shtml">{esc(j["title"])}</a> <span>{j["date"]}</span></li>'
                                        for j in C.JOBS) + "\n</ul>\n"
            return self._resp(200, about_page(path, "招聘信息", ["临江新闻网因业务发展需要，现面向社会公开招聘以下岗位："], links),
                              info={"kind": "job-list"})
        m = RE_JOB.match(path)
        if m:
            j = next(j for j in C.JOBS if j["no"] == m.group(1))
            return self._resp(200, job_page(j, path), info={"kind": "job"})
        if path in ("/download/", "/download"):
            return self._redirect(ORIGIN + "/download/index.shtml")
        if path == "/download/index.shtml":
            return self._resp(200, download_page(path), info={"kind": "download"})
        if path in ("/app/", "/app"):
            return self._redirect(ORIGIN + "/app/index.shtml")
        if path == "/app/index.shtml":
            return self._resp(200, app_page(path), info={"kind": "app"})
        if path in FILES:
            ctype = "application/pdf" if path.endswith(".pdf") else \
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            data = (b"%PDF-1.4\n% " if path.endswith(".pdf") else b"PK\x03\x04") + FILES[path].encode("utf-8") + b"\n"
            return self._resp(200, data, ctype, {"Content-Disposition": "attachment"}, {"kind": "attachment"})
        if path.startswith(("/uploads/img/", "/static/img/")) and path.endswith((".jpg", ".png", ".gif")):
            return self._resp(200, PNG, "image/png", info={"kind": "image"})
        if path.startswith("/static/css/"):
            return self._resp(200, CSS, "text/css", info={"kind": "static"})
        if path.startswith("/static/js/"):
            return self._resp(200, JS, "application/javascript", info={"kind": "static"})
        # ---- disallowed by robots.txt from here on
        if path == "/search/":
            raw = query
            q = ""
            for part in raw.split("&"):
                if part.startswith("q="):
                    from urllib.parse import unquote_to_bytes
                    bq = unquote_to_bytes(part[2:].replace("+", " "))
                    try:
                        q = bq.decode("gbk")
                    except UnicodeDecodeError:
                        q = bq.decode("utf-8", "replace")
            page = int(qs.get("page", ["1"])[0] or 1)
            return self._resp(200, search_page(q, max(1, page), path), info={"kind": "search", "trap": True})
        if path in ("/passport/login.shtml", "/passport/reg.shtml"):
            return self._resp(200, login_page(path), info={"kind": "login"})
        if path.startswith("/member/"):
            return self._redirect(ORIGIN + "/passport/login.shtml", 302)
        if path == "/comment/":
            a = BY_ID[qs["newsid"][0]]
            return self._resp(200, comment_list_page(a, path), info={"kind": "comments"})
        if path == "/api/feed":
            page = int(qs.get("page", ["2"])[0])
            start = (page - 1) * 8
            items = [{"title": a["title"], "url": a["url"], "date": a["date"]} for a in ARTS[start:start + 8]]
            data = json.dumps({"code": 0, "page": page, "hasMore": True,
                               "next": f"/api/feed?channel=cy&page={page + 1}", "list": items}, ensure_ascii=False)
            return self._resp(200, data.encode("utf-8"), "application/json; charset=utf-8", info={"kind": "api", "trap": True})
        if path == "/api/comment":
            return self._resp(200, b'{"code":0,"list":[],"hasMore":false}', "application/json; charset=utf-8",
                              info={"kind": "api"})
        return self._404(path)


def emulator():
    return PortalChannelSite()
