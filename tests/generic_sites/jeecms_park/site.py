"""Emulator of 云川高新区招商网 (jeecms_park), a JEECMS-style investment-promotion site. Standard library only."""

import json
import re
from html import escape
from urllib.parse import parse_qs, quote, unquote, urlsplit

import jeecms_content as C

ORIGIN = "http://" + C.WWW
HOSTS = [C.WWW, C.HOST]


class Response:
    def __init__(self, status, body=b"", ctype="text/html; charset=UTF-8", extra=None):
        self.status = status
        self.body = body if isinstance(body, bytes) else body.encode("utf-8")
        self.headers = {"Date": C.DATE_HEADER, "Server": "Apache-Coyote/1.1"}
        if ctype:
            self.headers["Content-Type"] = ctype
        if extra:
            self.headers.update(extra)


def col_articles(col):
    arts = [a for a in C.ARTICLES if a["col"] == col]
    return sorted(arts, key=lambda a: (a["date"], a["time"] or "", a["id"]), reverse=True)


def all_sorted():
    return sorted(C.ARTICLES, key=lambda a: (a["date"], a["time"] or "", a["id"]), reverse=True)


def art_path(a):
    return f"/{a['col']}/{a['id']}.jhtml"


def pages_of(col):
    n = len(col_articles(col))
    return max(1, (n + C.PAGE_SIZE - 1) // C.PAGE_SIZE)


class Ctx:
    """How internal links are decorated on this page (jsessionid on the first visit, ?locale propagation)."""

    def __init__(self, sid=False, locale=None):
        self.sid = sid
        self.locale = locale

    def u(self, path):
        if path.startswith(("http://", "https://", "javascript:", "mailto:", "tel:", "#")):
            return path
        base, _, q = path.partition("?")
        if self.sid:
            base += ";jsessionid=" + C.SID
        params = [q] if q else []
        if self.locale:
            params.append("locale=" + self.locale)
        return base + ("?" + "&".join(params) if params else "")


NAV = [("/", "首页")] + [(f"/{c}/index.jhtml", n) for c, n, _ in C.COLUMNS] + [
    ("/zzzy/index.jhtml", "载体资源"), ("/map.jhtml", "招商地图"), ("/guestbook.jhtml", "在线咨询")]


def header(ctx, title):
    lang = "en" if (ctx.locale or "").startswith("en") else "zh-CN"
    nav = "".join(f'<li><a href="{escape(ctx.u(p))}">{n}</a></li>' for p, n in NAV)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<title>{escape(title)}</title>
<meta name="keywords" content="云川高新区,招商引资,高新区招商,产业园区"/>
<meta name="description" content="云川高新区招商网是云川高新技术产业开发区管理委员会招商局主办的官方招商引资门户。"/>
<link href="/r/cms/www/default/css/style.css" rel="stylesheet" type="text/css"/>
<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.jhtml"/>
<script src="/r/cms/jquery.js" type="text/javascript"></script>
</head>
<body>
<div class="topbar"><div class="w1200">
<span class="welcome">欢迎访问云川高新区招商网！</span>
<span class="top-links"><a href="{escape(ctx.u('/member/login.jspx'))}">会员登录</a> | <a href="/member/register.jspx">注册</a> |
<a href="https://{C.WWW}/">手机版</a> | <a href="{escape(Ctx(ctx.sid, 'en_US').u('/'))}">English</a> |
<a href="javascript:void(0)" onclick="addFavorite()">加入收藏</a></span>
</div></div>
<div class="header"><div class="w1200">
<a class="logo" href="{escape(ctx.u('/'))}"><img src="/r/cms/www/default/img/logo.png" alt="云川高新区招商网"/></a>
<form class="search" action="/search.jspx" method="get"><input type="text" name="q" placeholder="请输入关键词"/><button type="submit">搜索</button></form>
</div></div>
<div class="nav"><ul class="w1200">{nav}</ul></div>
"""


def sidebar(ctx):
    hot = "".join(f'<li><a href="{escape(ctx.u(art_path(C.BY_ID[i])))}">{escape(C.BY_ID[i]["title"])}</a></li>' for i in C.HOT)
    fac = "".join(
        f'<li><a href="{escape(ctx.u("/zzzy/%d.jhtml" % f["id"]))}">{escape(f["title"])}</a>'
        f'<p>面积：{f["area"]}　租金：{f["rent"]}</p></li>' for f in C.FACTORIES[:3])
    return f"""<div class="sidebar">
<div class="side-box hot"><div class="side-tit">热点文章</div><ul>{hot}</ul></div>
<div class="side-box hotline"><div class="side-tit">招商热线</div>
<p>投资咨询：<a href="tel:0871-65123456">0871-65123456</a></p>
<p>项目服务：<a href="tel:0871-65123457">0871-65123457</a></p>
<p>邮箱：<a href="mailto:zsj@ycgxzs.cn">zsj@ycgxzs.cn</a></p></div>
<div class="side-box carrier"><div class="side-tit">园区载体</div><ul>{fac}</ul>
<a class="more" href="{escape(ctx.u('/zzzy/index.jhtml'))}">更多载体&gt;&gt;</a></div>
<div class="side-box archive"><div class="side-tit">文章归档</div><ul>
<li><a href="{escape(ctx.u('/archive.jhtml?year=2024&month=3'))}">2024年03月</a></li>
<li><a href="{escape(ctx.u('/archive.jhtml?year=2024&month=2'))}">2024年02月</a></li>
<li><a href="{escape(ctx.u('/archive.jhtml?year=2024&month=1'))}">2024年01月</a></li></ul></div>
</div>
"""


FOOTER_LINES = [
    "主办：云川高新技术产业开发区管理委员会 承办：云川高新区招商局",
    "地址：云川省昆川市高新区科兴路1号 邮编：650106",
    "滇ICP备12004567号-2",
    "滇公网安备 53011402000123号",
    "网站标识码：5301000017",
]


def footer(ctx):
    return f"""<div class="links w1200"><span>友情链接：</span>
<a href="http://www.gov.cn/" target="_blank">中国政府网</a>
<a href="http://www.most.gov.cn/" target="_blank">科学技术部</a>
<a href="https://www.yn.gov.cn/" target="_blank">省政府门户</a>
<a href="http://{C.HOST}/about.jhtml">园区概况</a>
<a href="http://127.0.0.1:8080/jeeadmin/index.do">内网管理</a>
<a href="http://10.10.2.15/oa/">协同办公</a>
<a href="http://192.168.1.20/mail/">内部邮箱</a>
<a href="http://localhost/cms/">测试站</a>
</div>
<div class="footer"><div class="w1200">
<p><a href="{escape(ctx.u('/about.jhtml'))}">关于我们</a> | <a href="{escape(ctx.u('/sitemap.jhtml'))}">网站地图</a> |
<a href="{escape(ctx.u('/contact.jhtml'))}">联系我们</a> | <a href="/rss.jhtml">RSS订阅</a> | <a href="{escape(ctx.u('/jeeadmin/index.do'))}">管理登录</a> | <a href="/api/front/content/list.jspx">数据接口</a></p>
<p>{FOOTER_LINES[0]}</p>
<p>{FOOTER_LINES[1]}</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank">{FOOTER_LINES[2]}</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=53011402000123">{FOOTER_LINES[3]}</a>　{FOOTER_LINES[4]}</p>
</div></div>
</body>
</html>
"""


def fmt_date(a):
    y, m, d = a["date"].split("-")
    s = f"{y}年{m}月{d}日"
    return s + (" " + a["time"] if a["time"] else "")


def views_html(a):
    if C.VIEWS_IN_HTML[a["col"]]:
        return f'<span id="views">{a["views"]}</span>'
    return (f'<span id="views"></span><script type="text/javascript">$.get("/api/content/view.jspx?contentId={a["id"]}",'
            f'function(d){{$("#views").text(d);}});</script>')


def render_blocks(blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            t = b[1]
            if t.startswith("　　"):
                out.append(f"<p>{escape(t)}</p>")
            else:
                out.append(f'<p style="text-indent:2em;">&nbsp;&nbsp;{escape(t)}</p>' if len(t) > 30 else f"<p>{escape(t)}</p>")
        elif kind == "credit":
            out.append(f'<p style="text-align:left;">{escape(b[1])}</p>')
        elif kind == "h":
            out.append(f"<p><strong>{escape(b[1])}</strong></p>")
        elif kind == "img":
            out.append(f'<p style="text-align:center;"><img src="{b[1]}" alt="" style="max-width:100%;"/></p>'
                       f'<p class="img-desc" style="text-align:center;">{escape(b[2])}</p>')
        elif kind == "video":
            out.append(f'<div class="video-box" style="text-align:center;"><video src="{b[1]}" controls="controls" '
                       f'width="640" height="360" poster="{b[1][:-4]}.jpg">您的浏览器不支持视频播放</video>'
                       f'<p class="video-desc">{escape(b[2])}</p></div>')
        elif kind == "table":
            rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in b[1])
            out.append(f'<table border="1" cellspacing="0" cellpadding="4" style="margin:0 auto;"><tbody>{rows}</tbody></table>')
        elif kind == "section":
            out.append('<section style="margin:10px 0;" data-tools="135编辑器">' + render_blocks(b[1]) + "</section>")
    return "\n".join(out)


def neighbours(a):
    arts = col_articles(a["col"])
    i = arts.index(a)
    prev = arts[i + 1] if i + 1 < len(arts) else None  # older
    nxt = arts[i - 1] if i > 0 else None  # newer
    return prev, nxt


def related(a):
    pool = [x for x in all_sorted() if x["col"] == a["col"] and x["id"] != a["id"]][:3]
    return pool


def render_article(a, ctx):
    col = a["col"]
    cname = C.COLNAME[col]
    parts = [header(ctx, f"{a['title']}-{cname}-{C.SITE_NAME}")]
    parts.append('<div class="main w1200"><div class="content-left">')
    parts.append(f'<div class="crumb">您的位置：<a href="{escape(ctx.u("/"))}">首页</a> &gt; '
                 f'<a href="{escape(ctx.u("/%s/index.jhtml" % col))}">{cname}</a> &gt; 正文</div>')
    if a.get("file_meta"):
        m = a["file_meta"]
        parts.append(f'<table class="file-attr"><tbody><tr><th>发文机关：</th><td>{m[0]}</td><th>发文字号：</th><td>{m[1]}</td></tr>'
                     f'<tr><th>成文日期：</th><td>{m[2]}</td><th>发布日期：</th><td>{m[3]}</td></tr></tbody></table>')
    if a["h2"]:
        parts.append(f'<div class="article-title"><h2>{escape(a["title"])}</h2></div>')
    else:
        parts.append(f'<div class="article-title">{escape(a["title"])}</div>')
    info = [f"<li>发布时间：{fmt_date(a)}</li>", f"<li>来源：{escape(a['source'])}</li>"]
    if a["author"]:
        info.append(f"<li>作者：{escape(a['author'])}</li>")
    info.append(f"<li>浏览量：{views_html(a)}</li>")
    info.append('<li class="font">字号：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></li>')
    parts.append('<ul class="info">' + "".join(info) + "</ul>")
    body = []
    if a.get("orig_title"):
        body.append(f'<p style="text-align:left;">原标题：{escape(a["orig_title"])}</p>')
    blocks = list(a["blocks"])
    inner = render_blocks(blocks)
    if a.get("end_mark"):
        # （完） glued to the end of the last paragraph
        idx = inner.rfind("</p>")
        inner = inner[:idx] + "（完）" + inner[idx:]
    body.append(inner)
    if a.get("editor"):
        body.append(f'<p style="text-align:right;">（责任编辑：{escape(a["editor"])}）</p>')
    parts.append('<div class="article-content" id="zoom">\n' + "\n".join(body) + "\n</div>")
    if a.get("attachments"):
        lis = "".join(f'<li><a href="/u/cms/www/{a["date"][:7].replace("-", "")}/{a["id"]}_{k + 1}{n[n.rfind("."):]}">{escape(n)}</a></li>'
                      for k, n in enumerate(a["attachments"]))
        parts.append(f'<div class="attach"><h4>附件下载：</h4><ul>{lis}</ul></div>')
    if a.get("jiedu"):
        j = C.BY_ID[a["jiedu"]]
        parts.append(f'<div class="jiedu">【政策解读】<a href="{escape(ctx.u(art_path(j)))}">{escape(j["title"])}</a></div>')
    if a["tags"]:
        parts.append('<div class="tags">标签：' + " ".join(
            f'<a href="/search.jspx?q={quote(t)}">{escape(t)}</a>' for t in a["tags"]) + "</div>")
    parts.append('<div class="share">分享到：<a href="javascript:void(0)" class="wx">微信</a> <a href="javascript:void(0)" class="wb">微博</a> '
                 '<a href="javascript:void(0)" class="qz">QQ空间</a></div>')
    parts.append(f'<div class="tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a> '
                 f'<a href="{escape(ctx.u("/guestbook.jhtml?type=jiucuo&contentId=%d" % a["id"]))}">我要纠错</a></div>')
    parts.append(f'<div class="qrcode"><img src="/qrcode.jspx?url=https://{C.WWW}{art_path(a)}" alt=""/><p>扫一扫在手机打开当前页</p></div>')
    prev, nxt = neighbours(a)
    pn = '<div class="prevnext">'
    pn += (f'<p>上一篇：<a href="{escape(ctx.u(art_path(prev)))}">{escape(prev["title"])}</a></p>' if prev else "<p>上一篇：没有了</p>")
    pn += (f'<p>下一篇：<a href="{escape(ctx.u(art_path(nxt)))}">{escape(nxt["title"])}</a></p>' if nxt else "<p>下一篇：没有了</p>")
    parts.append(pn + "</div>")
    rel = "".join(
        f'<li><a href="{escape(ctx.u("/content/%d.jhtml" % r["id"]))}"><img src="/u/cms/www/thumb/{r["id"]}.jpg" alt=""/>'
        f'<span class="t">{escape(r["title"])}</span></a><em>{r["date"]}</em></li>' for r in related(a))
    if a["id"] == 1101:
        rel += f'<li><a href="{C.DELETED}"><img src="/u/cms/www/thumb/1099.jpg" alt=""/><span class="t">高新区召开2023年度工作总结会</span></a><em>2023-12-29</em></li>'
    parts.append(f'<div class="related"><h3>相关推荐</h3><ul>{rel}</ul></div>')
    parts.append("</div>")
    parts.append(sidebar(ctx))
    parts.append("</div>")
    parts.append(footer(ctx))
    return "".join(parts)


def list_items(arts, ctx):
    return "".join(
        f'<li><span class="date">{a["date"]}</span><a href="{escape(ctx.u(art_path(a)))}" title="{escape(a["title"])}">{escape(a["title"])}</a></li>'
        for a in arts)


def render_list(col, page, ctx, pageno_mode=False):
    arts = col_articles(col)
    last = pages_of(col)
    shown = min(max(page, 1), last)
    chunk = arts[(shown - 1) * C.PAGE_SIZE: shown * C.PAGE_SIZE]
    cname = C.COLNAME[col]

    def pu(n):
        return f"/{col}/index.jhtml" if n == 1 else f"/{col}/index_{n}.jhtml"

    pag = ['<div class="pagination">', f'<span>共{len(arts)}条 第{shown}/{last}页</span>',
           f'<a href="{escape(ctx.u(pu(1)))}">首页</a>']
    if shown > 1:
        pag.append(f'<a href="{escape(ctx.u(pu(shown - 1)))}">上一页</a>')
    for n in range(1, last + 1):
        pag.append(f'<a class="cur">{n}</a>' if n == shown else f'<a href="{escape(ctx.u(pu(n)))}">{n}</a>')
    if pageno_mode:
        # the CMS's pageNo view never stops offering a next page
        pag.append(f'<a href="{escape(ctx.u("/%s/index.jhtml?pageNo=%d" % (col, page + 1)))}">下一页</a>')
    elif shown < last:
        pag.append(f'<a href="{escape(ctx.u(pu(shown + 1)))}">下一页</a>')
    pag.append(f'<a href="{escape(ctx.u(pu(last)))}">末页</a>')
    pag.append(f'<form action="/{col}/index.jhtml" method="get">跳转到<input name="pageNo" size="2"/>页<button>GO</button></form></div>')
    more = ""
    if col == "zsdt" and shown == 1 and not pageno_mode:
        more = (f'<div class="load-more"><button type="button" id="loadMore" data-channel="2" data-page="2" '
                f'onclick="loadMore(this)">加载更多</button></div>'
                '<script>function loadMore(b){var p=b.getAttribute("data-page");'
                '$.getJSON("/ajax/contentList.jspx?channelId=2&pageNo="+p,function(d){/* append */});}</script>')
    html = [header(ctx, f"{cname}-{C.SITE_NAME}"), '<div class="main w1200"><div class="content-left">',
            f'<div class="crumb">您的位置：<a href="{escape(ctx.u("/"))}">首页</a> &gt; {cname}</div>',
            f'<div class="list-tit">{cname}</div><ul class="news-list">{list_items(chunk, ctx)}</ul>',
            more, "".join(pag), "</div>", sidebar(ctx), "</div>", footer(ctx)]
    return "".join(html)


def render_home(ctx):
    blocks = []
    for col, cname, _ in C.COLUMNS:
        arts = col_articles(col)[:5]
        blocks.append(f'<div class="home-box"><div class="box-tit"><span>{cname}</span>'
                      f'<a class="more" href="{escape(ctx.u("/%s/index.jhtml?pageNo=1" % col))}">更多&gt;&gt;</a></div>'
                      f'<ul>{list_items(arts, ctx)}</ul></div>')
    topics = "".join(f'<a href="{escape(ctx.u("/zt/%s/index.jhtml" % t["slug"]))}"><img src="/u/cms/www/zt/{t["slug"]}.jpg" alt="{t["title"]}"/></a>'
                     for t in C.TOPICS)
    top = C.BY_ID[1201]
    return "".join([header(ctx, C.SITE_NAME + "-云川高新技术产业开发区招商引资官方网站"),
                    '<div class="main w1200">',
                    f'<div class="focus"><a href="{escape(ctx.u(art_path(top)))}"><img src="/u/cms/www/thumb/1201.jpg" alt=""/>'
                    f'<p>{escape(top["title"])}</p></a></div>',
                    f'<div class="topics">{topics}</div>', "".join(blocks),
                    f'<div class="home-box"><div class="box-tit"><span>载体资源</span><a class="more" href="{escape(ctx.u("/zzzy/index.jhtml"))}">更多&gt;&gt;</a></div></div>',
                    "</div>", footer(ctx)])


def render_factory_list(ctx):
    items = "".join(
        f'<li><a href="{escape(ctx.u("/zzzy/%d.jhtml" % f["id"]))}"><img src="/u/cms/www/zzzy/{f["id"]}.jpg" alt=""/>'
        f'<span class="t">{escape(f["title"])}</span></a><p>类型：{f["kind"]} 面积：{f["area"]} 租金：{f["rent"]}</p></li>' for f in C.FACTORIES)
    return "".join([header(ctx, "载体资源-" + C.SITE_NAME), '<div class="main w1200"><div class="content-left">',
                    f'<div class="crumb">您的位置：<a href="{escape(ctx.u("/"))}">首页</a> &gt; 载体资源</div>',
                    f'<ul class="carrier-list">{items}</ul></div>', sidebar(ctx), "</div>", footer(ctx)])


def render_factory(f, ctx):
    return "".join([header(ctx, f["title"] + "-载体资源-" + C.SITE_NAME), '<div class="main w1200"><div class="content-left">',
                    f'<div class="crumb">您的位置：<a href="{escape(ctx.u("/"))}">首页</a> &gt; <a href="{escape(ctx.u("/zzzy/index.jhtml"))}">载体资源</a> &gt; 详情</div>',
                    f'<div class="article-title">{escape(f["title"])}</div>',
                    '<table class="carrier-attr"><tbody>',
                    f'<tr><th>载体类型</th><td>{f["kind"]}</td><th>面积</th><td>{f["area"]}</td></tr>',
                    f'<tr><th>租金</th><td>{f["rent"]}</td><th>层高</th><td>{f["height"]}</td></tr>',
                    f'<tr><th>承重</th><td>{f["load"]}</td><th>地址</th><td>{f["addr"]}</td></tr></tbody></table>',
                    f'<div class="article-content"><p>{escape(f["desc"])}</p><p><img src="/u/cms/www/zzzy/{f["id"]}_1.jpg" alt=""/></p></div>',
                    '<div class="consult">意向咨询：<a href="tel:0871-65123456">0871-65123456</a> <a href="/guestbook.jhtml?type=zaiti">在线留言</a></div>',
                    "</div>", sidebar(ctx), "</div>", footer(ctx)])


def render_topic(t, ctx):
    arts = [C.BY_ID[i] for i in t["ids"]]
    return "".join([header(ctx, t["title"] + "-专题-" + C.SITE_NAME),
                    f'<div class="zt-banner"><img src="/u/cms/www/zt/{t["slug"]}_banner.jpg" alt="{escape(t["title"])}"/></div>',
                    f'<div class="main w1200"><div class="zt-intro"><p>{escape(t["intro"])}</p></div>',
                    f'<ul class="news-list">{list_items(arts, ctx)}</ul></div>', footer(ctx)])


def simple_page(ctx, title, inner):
    return "".join([header(ctx, title + "-" + C.SITE_NAME), '<div class="main w1200"><div class="content-left">',
                    f'<div class="crumb">您的位置：<a href="{escape(ctx.u("/"))}">首页</a> &gt; {title}</div>',
                    inner, "</div>", sidebar(ctx), "</div>", footer(ctx)])


def render_search(q, page, ctx):
    hits = [a for a in all_sorted() if q and (q in a["title"] or q in a["tags"])] or all_sorted()[:5]
    items = list_items(hits, ctx)
    nxt = f'<a href="/search.jspx?q={quote(q)}&amp;pageNo={page + 1}">下一页</a>'
    prev = f'<a href="/search.jspx?q={quote(q)}&amp;pageNo={page - 1}">上一页</a>' if page > 1 else ""
    return simple_page(ctx, "搜索结果", f'<div class="search-info">“{escape(q)}”的搜索结果，第{page}页</div>'
                                    f'<ul class="news-list">{items}</ul><div class="pagination">{prev}{nxt}</div>')


def render_archive(year, month, ctx):
    hits = [a for a in all_sorted() if a["date"].startswith(f"{year:04d}-{month:02d}")]
    py, pm = (year, month - 1) if month > 1 else (year - 1, 12)
    ny, nm = (year, month + 1) if month < 12 else (year + 1, 1)
    inner = (f'<div class="list-tit">{year}年{month}月 文章归档</div><ul class="news-list">{list_items(hits, ctx)}</ul>'
             f'<div class="cal"><a href="{escape(ctx.u("/archive.jhtml?year=%d&month=%d" % (py, pm)))}">&lt;上月</a> '
             f'<a href="{escape(ctx.u("/archive.jhtml?year=%d&month=%d" % (ny, nm)))}">下月&gt;</a></div>')
    return simple_page(ctx, "文章归档", inner)


def render_rss():
    items = "".join(
        f"<item><title>{escape(a['title'])}</title><link>http://{C.WWW}/content/{a['id']}.jhtml</link>"
        f"<pubDate>{a['date']} {a['time'] or '00:00'}:00</pubDate><category>{C.COLNAME[a['col']]}</category></item>"
        for a in all_sorted()[:20])
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{C.SITE_NAME}</title>'
            f"<link>http://{C.WWW}/</link><description>云川高新区招商网最新信息</description>{items}</channel></rss>")


ROBOTS = """User-agent: *
Disallow: /jeeadmin/
Disallow: /member/
Disallow: /api/
Sitemap: http://www.ycgxzs.cn/sitemap.jhtml
"""


def static_pages(ctx):
    return {
        "/about.jhtml": ("about", "关于我们", '<div class="article-title">园区概况</div><div class="article-content">'
                         '<p>云川高新技术产业开发区成立于1992年，2011年升级为国家级高新区，规划面积86平方公里，重点发展集成电路、生物医药、新能源和数字经济产业。</p>'
                         '<p>相关报道：<a href="/html/yqxw/1101.html">一季度项目建设推进会</a> <a href="/html/zsdt/1201.html">功率半导体模组项目签约</a> '
                         '<a href="/zsdt">招商动态</a></p></div>'),
        "/contact.jhtml": ("contact", "联系我们", '<div class="article-content"><p>云川高新区招商局</p><p>地址：云川省昆川市高新区科兴路1号管委会大楼3楼</p>'
                           '<p>电话：<a href="tel:0871-65123456">0871-65123456</a>　传真：0871-65123400</p><p>邮箱：<a href="mailto:zsj@ycgxzs.cn">zsj@ycgxzs.cn</a></p></div>'),
        "/map.jhtml": ("map", "招商地图", '<div id="mapContainer" style="height:600px"></div><script src="/r/cms/www/default/js/zsmap.js"></script>'
                       '<ul class="map-legend"><li>科创产业园</li><li>智能制造产业园</li><li>高新总部大厦</li><li>生物医药产业园</li></ul>'),
        "/guestbook.jhtml": ("guestbook", "在线咨询", '<form action="/guestbook/save.jspx" method="post"><p>姓名：<input name="name"/></p>'
                             '<p>联系电话：<input name="phone"/></p><p>咨询内容：<textarea name="content"></textarea></p>'
                             '<p><input name="captcha"/><img src="/captcha.svl"/></p><button type="submit">提交</button></form>'),
        "/sitemap.jhtml": ("sitemap", "网站地图", '<ul class="sitemap">' + "".join(
            f'<li><a href="{escape(ctx.u(p))}">{n}</a></li>' for p, n in NAV) +
            "".join(f'<li><a href="{escape(ctx.u("/zt/%s/index.jhtml" % t["slug"]))}">{t["title"]}</a></li>' for t in C.TOPICS) +
            f'<li><a href="{escape(ctx.u("/about.jhtml"))}">关于我们</a></li><li><a href="{escape(ctx.u("/contact.jhtml"))}">联系我们</a></li></ul>'),
    }


def ajax_list(page):
    arts = col_articles("zsdt")
    chunk = arts[(page - 1) * C.PAGE_SIZE: page * C.PAGE_SIZE]
    data = {"pageNo": page, "hasMore": page * C.PAGE_SIZE < len(arts),
            "list": [{"id": a["id"], "title": a["title"], "url": art_path(a), "releaseDate": a["date"]} for a in chunk]}
    return json.dumps(data, ensure_ascii=False)


class JeecmsPark:
    origin = ORIGIN
    hosts = HOSTS

    def handle(self, method, url):
        try:
            return self._handle(method, url)
        except Exception:  # pragma: no cover - never leak a traceback
            return Response(500, "<h1>500</h1>")

    def _handle(self, method, url):
        sp = urlsplit(url)
        host = (sp.hostname or "").lower()
        if host not in HOSTS:
            return Response(502, "Bad Gateway", "text/plain; charset=UTF-8")
        path = unquote(sp.path or "/")
        sid = False
        m = re.search(r";jsessionid=[^/?]*", path, re.I)
        if m:
            sid = True
            path = path[:m.start()] + path[m.end():]
        qs = parse_qs(sp.query)
        locale = qs.get("locale", [None])[0]
        if locale not in (None, "en_US", "zh_CN"):
            locale = None
        ctx = Ctx(False, locale)
        html = lambda body, extra=None: Response(200, "" if method == "HEAD" else body, extra=extra)

        if path in ("/", "/index.jhtml"):
            # first visit: the container rewrites every link with the session id
            first = Ctx(not sid, locale)
            return html(render_home(first), {"Set-Cookie": f"JSESSIONID={C.SID}; Path=/; HttpOnly"})
        if path == "/index.html":
            return Response(301, b"", None, {"Location": f"http://{C.WWW}/"})
        if path == "/robots.txt":
            return Response(200, ROBOTS, "text/plain; charset=UTF-8")
        if path.startswith(("/jeeadmin", "/member/", "/api/")):
            return Response(403, "<html><body><h1>403 Forbidden</h1></body></html>")
        if path in C.LEGACY:
            a = C.BY_ID[C.LEGACY[path]]
            return Response(301, b"", None, {"Location": f"http://{C.WWW}{art_path(a)}"})
        if path == "/rss.jhtml":
            return Response(200, render_rss(), "application/rss+xml; charset=UTF-8")
        if path == "/search.jspx":
            q = qs.get("q", [""])[0]
            try:
                page = max(1, int(qs.get("pageNo", ["1"])[0]))
            except ValueError:
                page = 1
            return html(render_search(q, page, ctx))
        if path == "/archive.jhtml":
            try:
                y = int(qs.get("year", ["2024"])[0]); mo = int(qs.get("month", ["3"])[0])
            except ValueError:
                y, mo = 2024, 3
            if not (1 <= mo <= 12) or not (1 <= y <= 9999):
                return Response(404, "<h1>404</h1>")
            return html(render_archive(y, mo, ctx))
        if path == "/ajax/contentList.jspx":
            try:
                page = max(1, int(qs.get("pageNo", ["1"])[0]))
            except ValueError:
                page = 1
            return Response(200, ajax_list(page), "application/json; charset=UTF-8")
        if path == "/guestbook/save.jspx":
            return html(simple_page(ctx, "在线咨询", "<p>提交成功，我们将尽快与您联系。</p>"))
        sp_pages = static_pages(ctx)
        if path in sp_pages:
            _, title, inner = sp_pages[path]
            return html(simple_page(ctx, title, inner))
        m = re.fullmatch(r"/content/(\d+)\.jhtml", path)
        if m and int(m.group(1)) in C.BY_ID:
            return html(render_article(C.BY_ID[int(m.group(1))], ctx))
        m = re.fullmatch(r"/([a-z]+)/?", path)
        if m and (m.group(1) in C.COLNAME or m.group(1) == "zzzy") and not path.endswith("/"):
            return Response(301, b"", None, {"Location": f"http://{C.WWW}/{m.group(1)}/index.jhtml"})
        m = re.fullmatch(r"/([a-z]+)/(?:index(?:_(\d+))?\.jhtml)?", path)
        if m and m.group(1) in C.COLNAME:
            col = m.group(1)
            if "pageNo" in qs:
                try:
                    page = max(1, int(qs["pageNo"][0]))
                except ValueError:
                    page = 1
                return html(render_list(col, page, ctx, pageno_mode=True))
            page = int(m.group(2) or 1)
            if page < 1 or page > pages_of(col) or m.group(2) == "1":
                return Response(404, "<h1>404 页面不存在</h1>")
            return html(render_list(col, page, ctx))
        if m and m.group(1) == "zzzy" and not m.group(2):
            return html(render_factory_list(ctx))
        m = re.fullmatch(r"/([a-z]+)/(\d+)\.jhtml", path)
        if m:
            col, n = m.group(1), int(m.group(2))
            if col in C.COLNAME and n in C.BY_ID and C.BY_ID[n]["col"] == col:
                return html(render_article(C.BY_ID[n], ctx))
            if col == "zzzy" and n in C.FACTORY_BY_ID:
                return html(render_factory(C.FACTORY_BY_ID[n], ctx))
        m = re.fullmatch(r"/zt/([a-z0-9]+)/(?:index\.jhtml)?", path)
        if m:
            for t in C.TOPICS:
                if t["slug"] == m.group(1):
                    return html(render_topic(t, ctx))
        return Response(404, "<html><head><title>404</title></head><body><h1>404 页面不存在</h1><a href=\"/\">返回首页</a></body></html>")


def emulator():
    return JeecmsPark()
