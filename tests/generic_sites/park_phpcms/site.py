"""park_phpcms: an invented provincial industrial-park association portal (江淮省产业园区协会).

Invented CMS "YTCMS V5.2" (园通网络), in the style of PHPCMS/EmpireCMS-era portals.
All bytes are UTF-8; the HTTP header of the 政策法规 / 通知公告 sections and print views wrongly says gb2312.
Standard library only, deterministic (fixed Date header, no clock, no randomness).
"""

from __future__ import annotations

import hashlib
import html
from urllib.parse import parse_qs, quote, unquote, urlsplit

from content import A as ARTICLES, CATS, CAT_ORDER, TAGS
from extras import ABOUT, DOWNLOADS, LISTINGS, TOPICS

HOST = "www.jhyq.example.cn"
BARE = "jhyq.example.cn"
ORIGIN = "http://" + HOST
SITE = "江淮省产业园区协会"
DATE_HDR = "Sun, 06 Dec 2026 06:00:00 GMT"
GB_CATS = {"zhengce", "gonggao"}
PER_PAGE = 8
DEAD_LINK = ("/html/news/2025/0310/118.html", "2025年江淮园区招商推介会在沪举办")

E = html.escape


class Response:
    def __init__(self, status: int, headers: dict, body: bytes):
        self.status = status
        self.headers = headers
        self.body = body


# ------------------------------------------------------------------ data helpers
BY_ID = {a["id"]: a for a in ARTICLES}


def _sortkey(a):
    return (a["date"], a["id"])


BY_CAT = {c: sorted([a for a in ARTICLES if a["cat"] == c], key=_sortkey, reverse=True) for c in CATS}
LATEST = sorted(ARTICLES, key=_sortkey, reverse=True)
HOT = sorted([a for a in ARTICLES if a["views"]], key=lambda a: (-a["views"], a["id"]))[:8]


def art_path(a, page=1):
    y, m, d = a["date"][:10].split("-")
    suffix = "" if page == 1 else f"_{page}"
    return f"/html/{a['cat']}/{y}/{m}{d}/{a['id']}{suffix}.html"


def art_url(a, page=1):
    return ORIGIN + art_path(a, page)


def day(a):
    return a["date"][:10]


def published_at(a):
    d = a["date"]
    if len(d) > 10:
        return d[:10] + "T" + d[11:16] + "+08:00"
    return d


def page_chunks(a):
    """Body split into its pages: list of lists of body items."""
    body = a["body"]
    cuts = [0] + (a["pages"] or []) + [len(body)]
    return [body[cuts[i]:cuts[i + 1]] for i in range(len(cuts) - 1)]


def item_texts(item):
    """Visible paragraphs of one body item (truth)."""
    if isinstance(item, str):
        return [item]
    if item[0] == "h":
        return [item[1]]
    return [" ".join(row) for row in item[1]]


def related(a):
    out = []
    for b in LATEST:
        if b is a:
            continue
        if set(b["tags"]) & set(a["tags"]):
            out.append(b)
        if len(out) == 5:
            break
    return out


RELATED = {a["id"]: related(a) for a in ARTICLES}
RELATED_LINKED = {b["id"] for a in ARTICLES for b in RELATED[a["id"]]}


def prev_next(a):
    lst = sorted(BY_CAT[a["cat"]], key=_sortkey)
    i = lst.index(a)
    prev = lst[i - 1] if i > 0 else None
    nxt = lst[i + 1] if i + 1 < len(lst) else None
    return prev, nxt


def cat_list_path(cat, n=1):
    return f"/html/{cat}/index.html" if n == 1 else f"/html/{cat}/list_{n}.html"


def cat_pages(cat):
    return (len(BY_CAT[cat]) + PER_PAGE - 1) // PER_PAGE


# ------------------------------------------------------------------ blocks: (html, text)
def topbar():
    lines = ["欢迎访问江淮省产业园区协会官方网站！", "设为首页 | 加入收藏 | 会员登录 | 会员注册"]
    h = ('<div class="yt-top"><div class="w1000"><span class="fl">欢迎访问江淮省产业园区协会官方网站！</span>'
         '<span class="fr"><a href="javascript:void(0)" onclick="SetHome(this)">设为首页</a> | '
         '<a href="javascript:AddFavorite()">加入收藏</a> | <a href="/member/login.php">会员登录</a> | '
         '<a href="/member/register.php">会员注册</a></span></div></div>')
    return h, "\n".join(lines)


NAV = [("网站首页", "/"), ("协会简介", "/about/index.html"), ("园区动态", "/html/news/index.html"),
       ("政策法规", "/html/zhengce/index.html"), ("媒体聚焦", "/html/meiti/index.html"),
       ("通知公告", "/html/gonggao/index.html"), ("专题专栏", "/zhuanti/index.html"),
       ("厂房招商", "/changfang/index.html"), ("资料下载", "/down/index.html"), ("园区地图", "/map.php"),
       ("联系我们", "/about/lianxi.html")]


def header():
    logo = ('<div class="yt-head w1000"><a href="/" class="logo"><img src="/templets/yt/images/logo.png" '
            'alt="江淮省产业园区协会"></a>'
            '<form class="search" action="/search.php" method="get"><input type="text" name="q" '
            'placeholder="请输入关键字"><button type="submit">搜索</button></form>'
            '<div class="hotkw">热门搜索：<a href="/search.php?q=%E5%8E%82%E6%88%BF%E5%87%BA%E7%A7%9F">厂房出租</a> '
            '<a href="/search.php?q=%E6%96%B0%E8%83%BD%E6%BA%90">新能源</a> '
            '<a href="/search.php?q=%E8%A1%A5%E8%B4%B4">补贴</a></div></div>')
    nav = '<div class="yt-nav"><ul class="w1000">' + "".join(
        f'<li><a href="{u}">{t}</a></li>' for t, u in NAV) + "</ul></div>"
    return logo + nav, ["搜索\n热门搜索：厂房出租 新能源 补贴", "\n".join(t for t, _ in NAV)]


def footer():
    lines = ["关于我们 | 联系我们 | 免责声明 | 手机版",
             "版权所有 © 2008-2026 江淮省产业园区协会 皖ICP备08012345号-1",
             "地址：合安市政务区潜山路88号江淮大厦12楼 邮编：230071 电话：0551-6288 5100",
             "技术支持：园通网络 Powered by YTCMS V5.2"]
    h = ('<div class="yt-foot"><p><a href="/about/index.html">关于我们</a> | <a href="/about/lianxi.html">联系我们</a>'
         ' | <a href="/about/mianze.html">免责声明</a> | <a href="http://jhyq.example.cn/">手机版</a></p>'
         f'<p>{lines[1]}</p><p>{lines[2]}</p><p>技术支持：<a href="http://www.yuantong-net.example.com/">园通网络</a> '
         'Powered by YTCMS V5.2</p></div>')
    return h, "\n".join(lines)


def side_hot():
    lines = ["热点排行"] + [a["title"] for a in HOT]
    h = ('<div class="side-box"><div class="side-tit">热点排行</div><ol class="hot">' +
         "".join(f'<li><a href="{art_path(a)}" title="{E(a["title"])}">{E(a["title"])}</a></li>' for a in HOT) +
         "</ol></div>")
    return h, "\n".join(lines)


def side_latest():
    items = LATEST[:8]
    lines = ["最新发布"] + [a["title"] for a in items]
    h = ('<div class="side-box"><div class="side-tit">最新发布</div><ul class="new">' +
         "".join(f'<li><a href="{art_path(a)}">{E(a["title"])}</a></li>' for a in items) + "</ul></div>")
    return h, "\n".join(lines)


def side_contact():
    lines = ["招商热线", "招商一部 王经理 138 0551 2201", "招商二部 李经理 139 6512 3308",
             "座机：0551-6288 5100", "邮箱：zhaoshang@jhyq.example.cn"]
    h = ('<div class="side-box kefu"><div class="side-tit">招商热线</div>'
         '<p>招商一部 王经理 <a href="tel:13805512201">138 0551 2201</a></p>'
         '<p>招商二部 李经理 <a href="tel:13965123308">139 6512 3308</a></p>'
         '<p>座机：<a href="tel:055162885100">0551-6288 5100</a></p>'
         '<p>邮箱：<a href="mailto:zhaoshang@jhyq.example.cn">zhaoshang@jhyq.example.cn</a></p></div>')
    return h, "\n".join(lines)


def side_qr():
    lines = ["扫一扫 关注协会微信公众号", "获取园区最新政策资讯"]
    h = ('<div class="side-box ewm"><img src="/templets/yt/images/qrcode.jpg" alt="微信二维码">'
         '<p>扫一扫 关注协会微信公众号</p><p>获取园区最新政策资讯</p></div>')
    return h, "\n".join(lines)


def side_calendar():
    h = ('<div class="side-box"><div class="side-tit">发布日历</div>'
         '<p><a href="/plus/calendar.php?d=2026-11">2026年11月</a> '
         '<a href="/plus/calendar.php?d=2026-12">2026年12月</a></p></div>')
    return h, "发布日历\n2026年11月 2026年12月"


def sidebar(calendar=False):
    blocks = [side_hot(), side_latest(), side_contact(), side_qr()]
    if calendar:
        blocks.insert(2, side_calendar())
    return '<div class="yt-right">' + "".join(b[0] for b in blocks) + "</div>", [b[1] for b in blocks]


def page(title, main, *, side=True, calendar=False, keywords="", desc="", extra_head=""):
    tb, _ = topbar()
    hd, _ = header()
    ft, _ = footer()
    sb = sidebar(calendar)[0] if side else ""
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        f"<title>{E(title)}</title>\n"
        f'<meta name="keywords" content="{E(keywords)}" />\n<meta name="description" content="{E(desc)}" />\n'
        '<link href="/templets/yt/css/style.css" rel="stylesheet" type="text/css" />\n'
        '<script type="text/javascript" src="/templets/yt/js/jquery-1.7.2.min.js"></script>\n'
        f"{extra_head}</head>\n<body>\n{tb}\n{hd}\n"
        f'<div class="w1000 yt-main clearfix">\n<div class="{"yt-left" if side else "yt-full"}">\n{main}\n</div>\n'
        f"{sb}\n</div>\n{ft}\n"
        '<script type="text/javascript">var _hmt=_hmt||[];</script>\n</body>\n</html>\n'
    )


# ------------------------------------------------------------------ article rendering
def crumbs(a):
    h = (f'<div class="position">当前位置：<a href="/">首页</a> &gt; '
         f'<a href="{cat_list_path(a["cat"])}">{CATS[a["cat"]]}</a> &gt; 正文</div>')
    return h, f"当前位置：首页 > {CATS[a['cat']]} > 正文"


def info_line(a):
    cat = a["cat"]
    if cat == "news":
        parts = [f"发布时间：{a['date']}", f"来源：{SITE}", f"作者：{a['author']}", f"责任编辑：{a['editor']}",
                 f"浏览：{a['views']}次"]
        h = "　".join(f"<span>{E(p)}</span>" for p in parts)
    elif cat == "zhengce":
        parts = [f"发布日期：{a['date']}", f"来源：{a['source']}", "点击："]
        h = (f"<span>发布日期：{a['date']}</span>　<span>来源：{E(a['source'])}</span>　"
             f'<span>点击：<script type="text/javascript" src="/api/count.php?aid={a["id"]}"></script></span>')
    elif cat == "meiti":
        parts = [f"时间：{a['date']}", f"来源：{a['source']}"]
        if a["author"]:
            parts.append(f"作者：{a['author']}")
        parts.append(f"阅读：{a['views']}")
        h = "　".join(f"<em>{E(p)}</em>" for p in parts)
    else:
        parts = [f"发布日期：{a['date']}", "发布部门：协会秘书处"]
        h = "　".join(f"<span>{E(p)}</span>" for p in parts)
    return f'<div class="arc-info">{h}</div>', " ".join(parts)


def share_bar(a):
    h = ('<div class="share-tool"><span>分享到：</span><a href="javascript:void(0)" class="wx">微信</a> '
         '<a href="javascript:void(0)" class="wb">微博</a> <a href="javascript:void(0)" class="qz">QQ空间</a> '
         '<span class="font">【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> '
         '<a href="javascript:doZoom(12)">小</a>】</span> '
         f'<a href="/plus/print.php?aid={a["id"]}" target="_blank">【打印本页】</a> '
         '<a href="javascript:window.close()">【关闭窗口】</a></div>')
    return h, "分享到：微信 微博 QQ空间 【字体：大 中 小】 【打印本页】 【关闭窗口】"


def pagelist(a, k, n):
    parts, texts = [], []
    if k > 1:
        parts.append(f'<a href="{art_path(a, k - 1)}">上一页</a>')
        texts.append("上一页")
    for i in range(1, n + 1):
        parts.append(f'<span class="cur">{i}</span>' if i == k else f'<a href="{art_path(a, i)}">{i}</a>')
        texts.append(str(i))
    if k < n:
        parts.append(f'<a href="{art_path(a, k + 1)}">下一页</a>')
        texts.append("下一页")
    return '<div class="pagelist">' + " ".join(parts) + "</div>", " ".join(texts)


def body_html_p(items, wan_suffix=None, last_chunk=False):
    out = []
    for idx, it in enumerate(items):
        if isinstance(it, str):
            t = E(it)
            if wan_suffix and last_chunk and idx == len(items) - 1:
                t += wan_suffix
            out.append(f"<p>{t}</p>")
        elif it[0] == "h":
            out.append(f"<p><strong>{E(it[1])}</strong></p>")
        else:
            rows = "".join("<tr>" + "".join(f"<td>{E(c)}</td>" for c in row) + "</tr>" for row in it[1])
            out.append(f'<table border="1" cellspacing="0" cellpadding="4" width="100%"><tbody>{rows}</tbody></table>')
    return "\n".join(out)


def body_html_br(items):
    segs = []
    for it in items:
        if isinstance(it, str):
            segs.append("　　" + E(it))
        elif it[0] == "h":
            segs.append(f"<b>{E(it[1])}</b>")
        else:
            raise ValueError("no tables in br layout")
    return "<br />\n<br />\n".join(segs)


def comments_block(a):
    cs = a["comments"]
    lines = [f"网友评论（共{len(cs)}条）"]
    h = f'<div class="pl-box"><div class="pl-tit">网友评论（共{len(cs)}条）</div>'
    if cs:
        h += '<ul class="pl-list">'
        for who, when, txt in cs:
            lines += [f"{who} {when}", txt]
            h += f'<li><div class="pl-u">{E(who)} <span>{when}</span></div><div class="pl-c">{E(txt)}</div></li>'
        h += "</ul>"
    else:
        lines.append("暂无评论，快来抢沙发吧！")
        h += "<p>暂无评论，快来抢沙发吧！</p>"
    lines += ["查看全部评论", "发表评论（文明上网，理性发言）", "提交"]
    h += (f'<p class="more"><a href="/plus/comment.php?aid={a["id"]}&amp;p=1">查看全部评论</a></p>'
          '<form action="/plus/comment.php" method="post"><div>发表评论（文明上网，理性发言）</div>'
          f'<input type="hidden" name="aid" value="{a["id"]}"><textarea name="msg"></textarea>'
          "<button type=\"submit\">提交</button></form></div>")
    return h, "\n".join(lines)


def disclaimer(a):
    if a["cat"] == "meiti":
        t = "【免责声明】本站部分文章转载自其他媒体，转载目的在于传递更多信息，并不代表本站赞同其观点。如涉及版权问题，请与本站联系。"
    elif a["cat"] == "zhengce":
        t = "【声明】本栏目政策文件仅供参考，请以发文机关正式文件为准。"
    elif a["cat"] == "news":
        t = "【版权声明】本站原创文章，转载请注明出处“江淮省产业园区协会网”。"
    else:
        return None
    return f'<div class="arc-sm">{t}</div>', t


def render_article(a, k=1):
    """Returns (html, boilerplate_blocks) for page k of article a."""
    chunks = page_chunks(a)
    n = len(chunks)
    items = chunks[k - 1]
    junk = a["junk"]
    bp = []
    tb, tbt = topbar()
    hd, hdt = header()
    bp += [tbt] + hdt
    ch, cht = crumbs(a)
    il, ilt = info_line(a)
    sh, sht = share_bar(a)
    bp += [cht, ilt, sht]
    parts = [ch, '<div class="arc-box">', f'<h1 class="arc-tit">{E(a["title"])}</h1>', il, sh]

    # content area
    inner = []
    if k == 1 and junk.get("yuan"):
        bp.append(junk["yuan"])
    if k == 1 and junk.get("byline"):
        bp.append(junk["byline"])
    last = k == n
    wan = "（完）" if junk.get("wan") else None
    if wan:
        bp.append("（完）")
    tail = []
    for key in ("editor_line", "disclaimer", "promo"):
        if junk.get(key):
            bp.append(junk[key])
            if last:
                tail.append(junk[key])

    if a["layout"] == "br":
        segs = []
        if k == 1 and junk.get("yuan"):
            segs.append(E(junk["yuan"]))
        if k == 1 and junk.get("byline"):
            segs.append(E(junk["byline"]))
        bodytxt = body_html_br(items)
        pre = "<br />\n<br />\n".join(segs)
        txt = (pre + "<br />\n<br />\n" if pre else "") + bodytxt
        if tail:
            txt += "<br />\n<br />\n" + "<br />\n".join(E(t) for t in tail)
        inner.append(f'<div class="content" id="text" style="text-indent:0;line-height:2em">\n{txt}\n</div>')
    else:
        if k == 1 and junk.get("yuan"):
            inner.append(f'<p style="color:#666">{E(junk["yuan"])}</p>')
        if k == 1 and junk.get("byline"):
            inner.append(f"<p>{E(junk['byline'])}</p>")
        inner.append(body_html_p(items, wan, last))
        for t in tail:
            if t == junk.get("promo"):
                inner.append(f'<p><strong>{E(t)}</strong></p>')
            else:
                inner.append(f'<p style="font-size:12px">{E(t)}</p>')
        inner = [f'<div class="arc-con" id="arc-con">\n' + "\n".join(inner) + "\n</div>"]
    parts += inner
    if n > 1:
        pl, plt = pagelist(a, 1, n)
        bp.append(plt)
        parts.append(pagelist(a, k, n)[0])
    if a["tags"]:
        tg = '<div class="arc-tags">标签：' + " ".join(
            f'<a href="/tag/{t}.html">{TAGS[t]}</a>' for t in a["tags"]) + "</div>"
        parts.append(tg)
        bp.append("标签：" + " ".join(TAGS[t] for t in a["tags"]))
    d = disclaimer(a)
    if d:
        parts.append(d[0])
        bp.append(d[1])
    parts.append("</div>")
    prev, nxt = prev_next(a)
    pn_lines = [f"上一篇：{prev['title'] if prev else '没有了'}", f"下一篇：{nxt['title'] if nxt else '没有了'}"]
    pn = '<div class="prenext"><p>上一篇：' + (
        f'<a href="{art_path(prev)}">{E(prev["title"])}</a>' if prev else "没有了") + "</p><p>下一篇：" + (
        f'<a href="{art_path(nxt)}">{E(nxt["title"])}</a>' if nxt else "没有了") + "</p></div>"
    parts.append(pn)
    bp.append("\n".join(pn_lines))
    rel = RELATED[a["id"]]
    rel_lines = ["相关文章"] + [f"{b['title']} {day(b)}" for b in rel]
    rel_h = '<div class="xgwz"><div class="tit">相关文章</div><ul>' + "".join(
        f'<li><a href="{art_path(b)}?from=related">{E(b["title"])}</a><span>{day(b)}</span></li>' for b in rel)
    if a["id"] == 201:
        rel_h += f'<li><a href="{DEAD_LINK[0]}">{DEAD_LINK[1]}</a><span>2025-03-10</span></li>'
        rel_lines.append(DEAD_LINK[1] + " 2025-03-10")
    rel_h += "</ul></div>"
    if rel:
        parts.append(rel_h)
        bp.append("\n".join(rel_lines))
    if a["cat"] in ("news", "meiti"):
        cb, cbt = comments_block(a)
        parts.append(cb)
        bp.append(cbt)
    bp += sidebar()[1]
    bp.append(footer()[1])
    kw = ",".join(TAGS[t] for t in a["tags"])
    desc = item_texts(a["body"][0])[0][:70]
    title = a["title"] + ("" if k == 1 else f"（第{k}页）") + f"_{CATS[a['cat']]}_{SITE}"
    return page(title, "\n".join(parts), keywords=kw, desc=desc), bp


def truth_body(a):
    out = []
    for it in a["body"]:
        out += item_texts(it)
    return out


def render_print(a):
    il, _ = info_line(a)
    items = a["body"]
    if a["layout"] == "br":
        b = f'<div class="content">{body_html_br(items)}</div>'
    else:
        b = body_html_p(items)
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f"<title>{E(a['title'])}_打印页</title></head><body onload=\"window.print()\">"
            f'<div class="print"><h2>{E(a["title"])}</h2>{il}<hr />{b}<hr />'
            f'<p>本文地址：{art_url(a)}</p><p><a href="javascript:window.print()">【打印】</a> '
            '<a href="javascript:window.close()">【关闭】</a></p></div></body></html>')


# ------------------------------------------------------------------ other pages
def art_li(a, summary=True):
    s = ""
    if summary:
        first = item_texts(a["body"][0])[0]
        s = f'<p class="zy">{E(first[:60])}…<a href="{art_path(a)}">[详细]</a></p>'
    return f'<li><span class="date">{day(a)}</span><a href="{art_path(a)}" target="_blank">{E(a["title"])}</a>{s}</li>'


def pager(base_fn, n, total, count):
    parts = [f'<a href="{base_fn(1)}">首页</a>']
    if n > 1:
        parts.append(f'<a href="{base_fn(n - 1)}">上一页</a>')
    for i in range(1, total + 1):
        parts.append(f'<span class="cur">{i}</span>' if i == n else f'<a href="{base_fn(i)}">{i}</a>')
    if n < total:
        parts.append(f'<a href="{base_fn(n + 1)}">下一页</a>')
    parts.append(f'<a href="{base_fn(total)}">尾页</a>')
    parts.append(f"<span>共{count}条 {total}页</span>")
    return '<div class="pages">' + " ".join(parts) + "</div>"


def render_list(cat, n):
    lst = BY_CAT[cat]
    total = cat_pages(cat)
    items = lst[(n - 1) * PER_PAGE: n * PER_PAGE]

    def fn(i):
        # page 1 is linked as list_1.html from the pager (301 to index.html), as many old templates do
        return f"/html/{cat}/list_{i}.html"

    main = (f'<div class="position">当前位置：<a href="/">首页</a> &gt; {CATS[cat]}</div>'
            f'<div class="list-box"><div class="list-tit">{CATS[cat]}</div><ul class="list">'
            + "".join(art_li(a) for a in items) + "</ul>" + pager(fn, n, total, len(lst)) + "</div>")
    return page(f"{CATS[cat]}_{SITE}" + ("" if n == 1 else f"_第{n}页"), main, calendar=True)


def render_tag(slug):
    arts = [a for a in LATEST if slug in a["tags"]]
    main = (f'<div class="position">当前位置：<a href="/">首页</a> &gt; 标签 &gt; {TAGS[slug]}</div>'
            f'<div class="list-box"><div class="list-tit">标签：{TAGS[slug]}（共{len(arts)}篇）</div><ul class="list">'
            + "".join(art_li(a, summary=False) for a in arts) + "</ul></div>")
    return page(f"{TAGS[slug]}_标签_{SITE}", main)


def render_topic_index():
    main = ('<div class="position">当前位置：<a href="/">首页</a> &gt; 专题专栏</div><div class="zt-list">' +
            "".join(f'<div class="zt-item"><a href="/zhuanti/{t["slug"]}.html"><img src="/uploadfile/zt/{t["slug"]}.jpg" '
                    f'alt="{E(t["title"])}"></a><h3><a href="/zhuanti/{t["slug"]}.html">{E(t["title"])}</a></h3>'
                    f'<p>{E(t["intro"][:40])}…</p></div>' for t in TOPICS) + "</div>")
    return page(f"专题专栏_{SITE}", main)


def render_topic(t):
    lis = []
    for aid in t["items"]:
        a = BY_ID[aid]
        href = ("http://" + BARE + art_path(a)) if aid in t["bare"] else art_path(a)
        lis.append(f'<li><a href="{href}">{E(a["title"])}</a><span>{day(a)}</span></li>')
    main = (f'<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zhuanti/index.html">专题专栏</a> &gt; '
            f'{E(t["title"])}</div><div class="zt-banner"><img src="/uploadfile/zt/{t["slug"]}_banner.jpg"></div>'
            f'<div class="zt-intro"><h1>{E(t["title"])}</h1><p>{E(t["intro"])}</p></div>'
            f'<div class="zt-news"><div class="tit">专题报道</div><ul>{"".join(lis)}</ul></div>')
    return page(f"{t['title']}_{SITE}", main, side=False)


def render_listing_index():
    rows = "".join(
        f'<tr><td>{l["kind"]}</td><td><a href="/changfang/{l["id"]}.html">{E(l["title"])}</a></td>'
        f'<td>{l["area"]}㎡</td><td>{l["price"]}</td></tr>' for l in LISTINGS)
    main = ('<div class="position">当前位置：<a href="/">首页</a> &gt; 厂房招商</div>'
            '<div class="cf-filter">类型：<a href="/changfang/index.html">全部</a> 出租 出售</div>'
            f'<table class="cf-table"><tr><th>类型</th><th>房源</th><th>面积</th><th>价格</th></tr>{rows}</table>')
    return page(f"厂房招商_{SITE}", main)


def render_listing(l):
    main = ('<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/changfang/index.html">厂房招商</a> &gt; 房源详情</div>'
            f'<div class="cf-detail"><h1>【{l["kind"]}】{E(l["title"])}</h1><img src="/uploadfile/cf/{l["id"]}.jpg">'
            f'<ul><li>所在园区：{E(l["park"])}</li><li>面积：{l["area"]}㎡</li>'
            f'<li>{"租金" if l["kind"] == "出租" else "售价"}：{l["price"]}</li><li>层高：{l["height"]}</li>'
            f'<li>承重：{l["load"]}</li><li>楼层：{l["floor"]}</li></ul><p>房源描述：{E(l["desc"])}</p>'
            '<div class="cf-lx">联系招商人员：王经理 <a href="tel:13805512201">138 0551 2201</a>（微信同号）</div>'
            '<p><a href="javascript:history.back()">返回列表</a></p></div>')
    return page(f"{l['title']}_厂房招商_{SITE}", main)


def render_down_index():
    lis = "".join(f'<li><span>{d["date"]}</span><a href="/down/show_{d["id"]}.html">{E(d["title"])}</a> '
                  f'[{d["fmt"]}，{d["size"]}]</li>' for d in DOWNLOADS)
    main = ('<div class="position">当前位置：<a href="/">首页</a> &gt; 资料下载</div>'
            f'<ul class="down-list">{lis}</ul>')
    return page(f"资料下载_{SITE}", main)


def render_down(d):
    main = ('<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/down/index.html">资料下载</a> &gt; 下载详情</div>'
            f'<div class="down-detail"><h1>{E(d["title"])}</h1><ul><li>文件格式：{d["fmt"]}</li><li>文件大小：{d["size"]}</li>'
            f'<li>更新日期：{d["date"]}</li><li>下载权限：会员</li></ul><p>{E(d["desc"])}</p>'
            f'<p class="btn"><a href="/down/download.php?id={d["id"]}">点击下载</a> '
            '<a href="/member/login.php">会员登录后下载</a></p></div>')
    return page(f"{d['title']}_资料下载_{SITE}", main)


def render_about(key):
    title, paras = ABOUT[key]
    menu = ('<div class="about-menu"><a href="/about/index.html">协会简介</a> <a href="/about/zuzhi.html">组织机构</a> '
            '<a href="/about/rongyu.html">荣誉资质</a> <a href="/about/lianxi.html">联系我们</a></div>')
    main = (f'<div class="position">当前位置：<a href="/">首页</a> &gt; 关于我们 &gt; {title}</div>{menu}'
            f'<div class="about"><h1>{title}</h1>' + "".join(f"<p>{E(p)}</p>" for p in paras) + "</div>")
    return page(f"{title}_{SITE}", main)


def render_contact():
    main = ('<div class="position">当前位置：<a href="/">首页</a> &gt; 联系我们</div>'
            '<div class="about"><h1>联系我们</h1><p>江淮省产业园区协会秘书处</p>'
            '<p>地址：合安市政务区潜山路88号江淮大厦12楼</p>'
            '<p>电话：<a href="tel:055162885100">0551-6288 5100</a>　传真：0551-6288 5101</p>'
            '<p>邮箱：<a href="mailto:office@jhyq.example.cn">office@jhyq.example.cn</a></p>'
            '<p>乘车路线：地铁2号线政务区站C口出，步行约300米。</p>'
            '<p><a href="https://map.baidu.example.com/?q=%E6%B1%9F%E6%B7%AE%E5%A4%A7%E5%8E%A6">查看地图</a></p></div>')
    return page(f"联系我们_{SITE}", main)


def render_home():
    focus = LATEST[:5]
    cols = []
    for cat, count in (("news", 8), ("zhengce", 6), ("meiti", 6), ("gonggao", 6)):
        lis = "".join(f'<li><span>{day(a)[5:]}</span><a href="{art_path(a)}" title="{E(a["title"])}">'
                      f'{E(a["title"])}</a></li>' for a in BY_CAT[cat][:count])
        cols.append(f'<div class="idx-box"><div class="idx-tit"><b>{CATS[cat]}</b>'
                    f'<a href="{cat_list_path(cat)}" class="more">更多&gt;&gt;</a></div><ul>{lis}</ul></div>')
    recommend = "".join(f'<li><a href="/show.php?id={aid}">{E(BY_ID[aid]["title"])}</a></li>' for aid in (206, 301, 409))
    zt = "".join(f'<li><a href="/zhuanti/{t["slug"]}.html">{E(t["title"])}</a></li>' for t in TOPICS)
    cf = "".join(f'<li><a href="/changfang/{l["id"]}.html">【{l["kind"]}】{E(l["title"])}</a> {l["price"]}</li>'
                 for l in LISTINGS[:5])
    dl = "".join(f'<li><a href="/down/show_{d["id"]}.html">{E(d["title"])}</a></li>' for d in DOWNLOADS)
    tags = " ".join(f'<a href="/tag/{s}.html">{t}</a>' for s, t in TAGS.items())
    flink = ('<div class="flink" id="flink"><b>友情链接：</b>'
             '<a href="http://www.ndrc.gov.cn/" target="_blank">国家发展改革委</a> '
             '<a href="http://www.mofcom.gov.cn/" target="_blank">商务部</a> '
             '<a href="http://www.cadz.example.org.cn/" target="_blank">中国开发区协会</a> '
             '<a href="https://www.jianghuai-daily.example.com/" target="_blank">江淮日报</a> '
             '<a href="http://www.hagx.example.gov.cn/" target="_blank">合安高新区</a></div>'
             '<div class="oa"><b>内部办公：</b><a href="http://192.168.1.20/oa/">OA办公系统</a> '
             '<a href="http://10.10.0.8:8080/mail/">内部邮箱</a> <a href="http://localhost:8080/admin/">网站后台</a> '
             '<a href="http://127.0.0.1/phpmyadmin/">数据库</a></div>')
    main = (
        '<div class="focus"><ul>' + "".join(
            f'<li><a href="{art_path(a)}"><img src="/uploadfile/2026/focus_{a["id"]}.jpg" alt="{E(a["title"])}">'
            f'<span>{E(a["title"])}</span></a></li>' for a in focus) + "</ul></div>"
        f'<div class="idx-box"><div class="idx-tit"><b>推荐阅读</b></div><ul>{recommend}</ul></div>'
        + "".join(cols) +
        f'<div class="idx-box"><div class="idx-tit"><b>专题专栏</b><a href="/zhuanti/index.html" class="more">更多&gt;&gt;</a></div><ul>{zt}</ul></div>'
        f'<div class="idx-box"><div class="idx-tit"><b>厂房招商</b><a href="/changfang/index.html" class="more">更多&gt;&gt;</a></div><ul>{cf}</ul></div>'
        f'<div class="idx-box"><div class="idx-tit"><b>资料下载</b><a href="/down/index.html" class="more">更多&gt;&gt;</a></div><ul>{dl}</ul></div>'
        f'<div class="idx-box"><div class="idx-tit"><b>热门标签</b></div><p>{tags}</p></div>'
        + flink)
    return page(f"{SITE}-江淮园区网_产业园区_厂房招商_园区政策", main, side=True,
                keywords="产业园区,厂房招商,园区政策,标准厂房,江淮", desc="江淮省产业园区协会官方网站")


# ------------------------------------------------------------------ traps
def render_calendar(d):
    parts = d.split("-")
    try:
        y, m = int(parts[0]), int(parts[1])
        dd = int(parts[2]) if len(parts) > 2 else None
    except (ValueError, IndexError):
        return None
    if not (1 <= m <= 12) or not (1 <= y <= 9999):
        return None
    py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
    ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
    days = "".join(f'<a href="/plus/calendar.php?d={y:04d}-{m:02d}-{i:02d}">{i}</a> ' for i in range(1, 29))
    found = ""
    if dd:
        key = f"{y:04d}-{m:02d}-{dd:02d}"
        found = "<ul>" + "".join(f'<li><a href="{art_path(a)}">{E(a["title"])}</a></li>'
                                 for a in LATEST if day(a) == key) + "</ul>" or ""
    main = (f'<div class="cal"><a href="/plus/calendar.php?d={py:04d}-{pm:02d}">&lt;&lt; 上月</a> '
            f'<b>{y}年{m}月</b> <a href="/plus/calendar.php?d={ny:04d}-{nm:02d}">下月 &gt;&gt;</a>'
            f'<div class="days">{days}</div>{found}</div>')
    return page(f"发布日历 {y}年{m}月_{SITE}", main)


def render_search(q, p):
    hits = [a for a in LATEST if q and (q in a["title"] or any(q in t for t in truth_body(a)))]
    shown = hits[(p - 1) * 5: p * 5]
    qq = quote(q)
    lis = "".join(art_li(a, summary=False) for a in shown) or "<li>没有找到更多相关结果</li>"
    rel = " ".join(f'<a href="/search.php?q={quote(q + s)}">{E(q + s)}</a>' for s in ("政策", "园区", "补贴"))
    main = (f'<div class="so">搜索“{E(q)}”，找到相关结果约{len(hits)}条</div><ul class="list">{lis}</ul>'
            f'<div class="pages"><a href="/search.php?q={qq}&amp;page={max(1, p - 1)}">上一页</a> '
            f'<span class="cur">{p}</span> <a href="/search.php?q={qq}&amp;page={p + 1}">下一页</a></div>'
            f'<div class="so-rel">相关搜索：{rel}</div>')
    return page(f"{q}_搜索结果_{SITE}", main)


def render_map(sid):
    nxt = hashlib.sha1(("jhyq" + sid).encode()).hexdigest()[:16]
    parks = ["合安高新技术产业开发区", "淮川经济开发区", "滨湖新能源产业园", "江北智能制造产业园"]
    main = ('<div class="position">当前位置：<a href="/">首页</a> &gt; 园区地图</div>'
            '<div class="map"><img src="/uploadfile/map/jhmap.png" usemap="#m"><ul>' +
            "".join(f'<li><a href="/map.php?sid={nxt}&amp;park={i}">{p}</a></li>' for i, p in enumerate(parks)) +
            f'</ul><p><a href="/map.php?sid={nxt}">刷新地图</a></p></div>')
    return page(f"园区地图_{SITE}", main)


def render_comments(a, p):
    cs = a["comments"]
    shown = cs if p == 1 else []
    lis = "".join(f"<li>{E(w)} {t}：{E(c)}</li>" for w, t, c in shown) or "<li>暂无更多评论</li>"
    main = (f'<div class="pl-page"><h2>《<a href="{art_path(a)}">{E(a["title"])}</a>》网友评论</h2><ul>{lis}</ul>'
            f'<div class="pages"><a href="/plus/comment.php?aid={a["id"]}&amp;p={max(1, p - 1)}">上一页</a> '
            f'第{p}页 <a href="/plus/comment.php?aid={a["id"]}&amp;p={p + 1}">下一页</a></div></div>')
    return page(f"网友评论_{SITE}", main)


ROBOTS = """User-agent: *
Disallow: /member/
Disallow: /down/download.php
Disallow: /plus/vote.php
Disallow: /api/
Disallow: /templets/
"""


# ------------------------------------------------------------------ emulator
def _html(body: str, gb: bool = False, status: int = 200) -> Response:
    cs = "gb2312" if gb else "utf-8"
    return Response(status, {"Date": DATE_HDR, "Server": "Apache/2.2.22 (Win32) PHP/5.2.17",
                             "X-Powered-By": "PHP/5.2.17", "Content-Type": f"text/html; charset={cs}"},
                    body.encode("utf-8"))


def _redirect(loc: str) -> Response:
    return Response(301, {"Date": DATE_HDR, "Location": loc, "Content-Type": "text/html; charset=utf-8"},
                    f'<html><body>Moved Permanently: <a href="{E(loc)}">{E(loc)}</a></body></html>'.encode())


def _not_found() -> Response:
    b = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>404 页面不存在</title>'
         '</head><body><h1>404 Not Found</h1><p>您访问的页面不存在或已被删除。</p><p><a href="/">返回首页</a></p></body></html>')
    r = _html(b, status=404)
    return r


ART_PAGES = {}
for _a in ARTICLES:
    for _k in range(1, len(page_chunks(_a)) + 1):
        ART_PAGES[art_path(_a, _k)] = (_a, _k)


class Emulator:
    origin = ORIGIN
    hosts = [HOST, BARE]

    def __init__(self):
        self._cache = {}

    def _art(self, a, k):
        key = (a["id"], k)
        if key not in self._cache:
            self._cache[key] = render_article(a, k)[0]
        return self._cache[key]

    def handle(self, method: str, url: str) -> Response:
        if method not in ("GET", "HEAD", "POST"):
            return Response(405, {"Date": DATE_HDR, "Allow": "GET, HEAD, POST", "Content-Type": "text/plain"}, b"")
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host not in (HOST, BARE):
            return Response(502, {"Date": DATE_HDR, "Content-Type": "text/plain"}, b"Bad Gateway")
        path = parts.path or "/"
        query = parts.query
        qs = parse_qs(query)

        if host == BARE:
            hit = ART_PAGES.get(path)
            if hit and hit[1] == 1 and not query:
                a = hit[0]
                return _html(self._art(a, 1), gb=a["cat"] in GB_CATS)
            return _redirect(ORIGIN + path + ("?" + query if query else ""))

        if path in ("/", "/index.html"):
            if path == "/index.html":
                return _redirect(ORIGIN + "/")
            return _html(render_home())
        if path in ("/index.php", "/index.htm", "/default.html"):
            return _redirect(ORIGIN + "/")
        if path == "/robots.txt":
            return Response(200, {"Date": DATE_HDR, "Content-Type": "text/plain"}, ROBOTS.encode())
        hit = ART_PAGES.get(path)
        if hit:
            a, k = hit
            return _html(self._art(a, k), gb=a["cat"] in GB_CATS)
        if path == "/show.php":
            try:
                a = BY_ID[int(qs.get("id", ["0"])[0])]
            except (ValueError, KeyError):
                return _not_found()
            return _redirect(art_url(a))
        if path == "/plus/print.php":
            try:
                a = BY_ID[int(qs.get("aid", ["0"])[0])]
            except (ValueError, KeyError):
                return _not_found()
            return _html(render_print(a), gb=True)
        for cat in CATS:
            if path == f"/html/{cat}/" or path == f"/html/{cat}":
                return _redirect(ORIGIN + cat_list_path(cat))
            if path == cat_list_path(cat):
                return _html(render_list(cat, 1), gb=cat in GB_CATS)
            if path.startswith(f"/html/{cat}/list_") and path.endswith(".html"):
                try:
                    n = int(path[len(f"/html/{cat}/list_"):-5])
                except ValueError:
                    return _not_found()
                if n == 1:
                    return _redirect(ORIGIN + cat_list_path(cat))
                if 2 <= n <= cat_pages(cat):
                    return _html(render_list(cat, n), gb=cat in GB_CATS)
                return _not_found()
        if path.startswith("/tag/") and path.endswith(".html") and path[5:-5] in TAGS:
            return _html(render_tag(path[5:-5]))
        if path == "/zhuanti/index.html":
            return _html(render_topic_index())
        for t in TOPICS:
            if path == f"/zhuanti/{t['slug']}.html":
                return _html(render_topic(t))
        if path == "/changfang/index.html":
            return _html(render_listing_index())
        for l in LISTINGS:
            if path == f"/changfang/{l['id']}.html":
                return _html(render_listing(l))
        if path == "/down/index.html":
            return _html(render_down_index())
        for d in DOWNLOADS:
            if path == f"/down/show_{d['id']}.html":
                return _html(render_down(d))
        if path == "/down/download.php":
            return Response(200, {"Date": DATE_HDR, "Content-Type": "application/octet-stream",
                                  "Content-Disposition": "attachment; filename=file.doc"}, b"\xd0\xcf\x11\xe0" + b"\0" * 60)
        if path in ("/member/login.php", "/member/register.php"):
            return _html(page("会员登录_" + SITE, '<form method="post"><p>用户名</p><input name="u"><p>密码</p>'
                              '<input type="password" name="p"><button>登录</button></form>'))
        if path.startswith("/about/") and path.endswith(".html"):
            key = path[7:-5]
            if key == "lianxi":
                return _html(render_contact())
            if key in ABOUT:
                return _html(render_about(key))
            return _not_found()
        if path == "/plus/calendar.php":
            body = render_calendar(qs.get("d", ["2026-12"])[0])
            return _html(body) if body else _not_found()
        if path == "/search.php":
            q = qs.get("q", [""])[0]
            try:
                p = max(1, int(qs.get("page", ["1"])[0]))
            except ValueError:
                p = 1
            return _html(render_search(q, p))
        if path == "/map.php":
            return _html(render_map(qs.get("sid", [""])[0]))
        if path == "/plus/comment.php":
            try:
                a = BY_ID[int(qs.get("aid", ["0"])[0])]
                p = max(1, int(qs.get("p", ["1"])[0]))
            except (ValueError, KeyError):
                return _not_found()
            return _html(render_comments(a, p))
        return _not_found()


def emulator() -> Emulator:
    return Emulator()
