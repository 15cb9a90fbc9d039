# -*- coding: utf-8 -*-
"""Emulated site of 禾源智造产业园 (www.hyzzpark.com): an EyouCMS-like ThinkPHP CMS, UTF-8.

``emulator()`` returns an object with ``origin`` and ``handle(method, url) -> response``
(``.status``, ``.headers``, ``.body``).  Deterministic: no clock, no randomness, no network.
"""

import calendar
import html
import re
from urllib.parse import parse_qs, quote, urlencode, urlsplit

import eyou_park_content as C

ORIGIN = "http://" + C.HOST
HOSTS = {C.HOST, C.BARE_HOST}
PAGE_SIZE_LISTING = 6
SEARCH_PAGE_SIZE = 10


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def __repr__(self):
        return "<Response %d %d bytes>" % (self.status, len(self.body))


def esc(s):
    return html.escape(s, quote=True)


# =====================================================================================
# Index: aids, URLs
# =====================================================================================

DELETED_AIDS = {30, 41, 57}  # removed items: gaps in the aid sequence


def _build_index():
    items = []
    for a in C.ARTICLES:
        items.append(("article", a))
    for l in C.LISTINGS:
        items.append(("listing", l))
    for d in C.DOWNLOADS:
        items.append(("download", d))
    for j in C.JOBS:
        items.append(("job", j))
    items.sort(key=lambda t: (t[1]["date"][:10], t[1]["key"]))
    aid = 23
    by_aid, by_key = {}, {}
    for kind, it in items:
        while aid in DELETED_AIDS:
            aid += 1
        it["aid"] = aid
        it["type"] = kind
        by_aid[aid] = it
        by_key[it["key"]] = it
        aid += 1
    for a in C.ARTICLES:
        a["tid"] = C.COLUMN_BY_KEY[a["col"]]
    for l in C.LISTINGS:
        l["tid"] = 9 if l["kind"] == "cf" else 10
    for d in C.DOWNLOADS:
        d["tid"] = 11
    for j in C.JOBS:
        j["tid"] = 12
    return by_aid, by_key


BY_AID, BY_KEY = _build_index()


def item_path(it):
    return C.COLUMNS[it["tid"]]["dir"] + "%d.html" % it["aid"]


def item_url(it):
    return ORIGIN + item_path(it)


def legacy_path(it):
    d = it["date"][:10]
    return "/html/%s/%s/%s%s/%d.html" % (it.get("col", "news"), d[:4], d[5:7], d[8:10], it["aid"])


def dynamic_path(it):
    return "/index.php?m=home&c=View&a=index&aid=%d" % it["aid"]


def print_path(it):
    return "/plus/print.php?aid=%d" % it["aid"]


def column_articles(tid):
    """Articles of a column, newest first."""
    return sorted([a for a in C.ARTICLES if a["tid"] == tid], key=lambda a: a["date"], reverse=True)


def news_articles():
    return sorted([a for a in C.ARTICLES if a["tid"] in (3, 4, 5)], key=lambda a: a["date"], reverse=True)


def all_articles():
    return sorted(C.ARTICLES, key=lambda a: a["date"], reverse=True)


def resolve_href(href):
    if href.startswith("@legacy:"):
        return legacy_path(BY_KEY[href[8:]])
    if href.startswith("@bare:"):
        return "http://" + C.BARE_HOST + item_path(BY_KEY[href[6:]])
    if href.startswith("@https:"):
        return "https://" + C.HOST + item_path(BY_KEY[href[7:]])
    if href.startswith("@"):
        return item_path(BY_KEY[href[1:]])
    return href


_LINK = re.compile(r"\[\[(.+?)\|(.+?)\]\]")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def inline_html(text):
    out, pos = [], 0
    for m in _LINK.finditer(text):
        out.append(esc(text[pos:m.start()]))
        out.append('<a href="%s" target="_blank">%s</a>' % (esc(resolve_href(m.group(2))), esc(m.group(1))))
        pos = m.end()
    out.append(esc(text[pos:]))
    s = "".join(out)
    return _BOLD.sub(r"<strong>\1</strong>", s)


def inline_text(text):
    t = _LINK.sub(lambda m: m.group(1), text)
    return _BOLD.sub(r"\1", t)


def norm(s):
    return " ".join(s.split())


def summary(a, n=72):
    for b in a["blocks"]:
        if b[0] == "p":
            t = norm(inline_text(b[1]))
            return t[:n] + ("…" if len(t) > n else "")
    return ""


def thumb(a):
    for b in a["blocks"]:
        if b[0] == "img":
            return b[1]
    return "/template/pc/skin/images/nopic.jpg"


def shown_date(a):
    """What the article page shows: date and time for 园区动态 / 行业资讯, the date only elsewhere."""
    if a["col"] in ("yqdt", "hyzx"):
        return a["date"]
    return a["date"][:10]


# =====================================================================================
# Page chrome
# =====================================================================================

NAV = [
    ("首页", "/", []),
    ("园区概况", "/about/", [("园区简介", "/about/"), ("区位交通", "/about/qwjt.html"), ("配套服务", "/about/ptfw.html"),
                          ("开发主体", "/about/kfzt.html")]),
    ("招商中心", "/zszx/", [("招商指南", "/zszx/"), ("优惠政策", "/zszx/yhzc/"), ("厂房租售", "/zszx/changfang/"),
                         ("写字楼租赁", "/zszx/xiezilou/"), ("在线预约", "/guestbook/")]),
    ("新闻中心", "/news/", [("园区动态", "/news/yqdt/"), ("行业资讯", "/news/hyzx/"), ("媒体报道", "/news/mtbd/")]),
    ("政策解读", "/zcjd/", []),
    ("资料下载", "/download/", []),
    ("人才招聘", "/zhaopin/", []),
    ("联系我们", "/contact/", []),
]


def head(title, description="", canonical=None, keywords=None):
    kw = keywords or "禾源智造产业园,嘉兴厂房出租,秀洲标准厂房,嘉兴产业园招商,科创中心写字楼"
    desc = description or "禾源智造产业园位于嘉兴秀洲高新区，由区属国有企业嘉兴禾源产业发展集团有限公司投资建设运营，提供标准厂房、研发办公空间出租出售及企业服务。"
    can = '<link rel="canonical" href="%s">\n' % esc(canonical) if canonical else ""
    return """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>%s</title>
<meta name="keywords" content="%s">
<meta name="description" content="%s">
%s<link rel="shortcut icon" href="/favicon.ico" type="image/x-icon">
<link rel="stylesheet" href="/template/pc/skin/css/hy_common.css?v=2.3.1">
<link rel="stylesheet" href="/template/pc/skin/css/hy_style.css?v=2.3.1">
<script type="text/javascript" src="/template/pc/skin/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="/template/pc/skin/js/hy_main.js?v=2.3.1"></script>
</head>
<body>
""" % (esc(title), esc(kw), esc(desc), can)


def header(active="/"):
    lis = []
    for name, href, subs in NAV:
        cls = ' class="on"' if href == active else ""
        sub = ""
        if subs:
            sub = '<dl class="subnav">' + "".join('<dd><a href="%s">%s</a></dd>' % (h, esc(n)) for n, h in subs) + "</dl>"
        lis.append('<li%s><a href="%s" class="nav-a">%s</a>%s</li>' % (cls, href, esc(name), sub))
    hot = " ".join('<a href="/search.html?keywords=%s">%s</a>' % (quote(w), esc(w)) for w in C.HOT_WORDS)
    return """<div class="hy-top">
  <div class="w1200 clearfix">
    <div class="fl">您好，欢迎访问%s官方网站！</div>
    <div class="fr"><a href="/index.php?m=user&amp;c=Users&amp;a=login">登录</a> | <a href="/index.php?m=user&amp;c=Users&amp;a=reg">注册</a> | <a href="/sitemap.html">网站地图</a></div>
  </div>
</div>
<div class="hy-header">
  <div class="w1200 clearfix">
    <a class="logo fl" href="/"><img src="/uploads/allimg/20210610/logo.png" alt="%s"></a>
    <div class="hy-search fl">
      <form method="get" action="/search.html" name="formsearch">
        <input type="text" name="keywords" class="search-ipt" placeholder="请输入关键词">
        <button type="submit" class="search-btn">搜索</button>
      </form>
      <div class="hotword">热门搜索：%s</div>
    </div>
    <div class="hy-tel fr"><p>全国招商热线</p><strong>%s</strong></div>
  </div>
</div>
<div class="hy-nav">
  <ul class="w1200 clearfix">%s</ul>
</div>
""" % (C.SITE_NAME, C.SITE_NAME, hot, C.HOTLINE, "".join(lis))


def footer():
    fl = " ".join('<a href="%s" target="_blank" rel="nofollow">%s</a>' % (esc(h), esc(n)) for n, h in C.FRIEND_LINKS)
    return """<div class="hy-footer">
  <div class="w1200 clearfix">
    <div class="f-nav">
      <a href="/about/">关于园区</a> | <a href="/zszx/">招商中心</a> | <a href="/news">新闻中心</a> | <a href="/zcjd/">政策解读</a> | <a href="/download/">资料下载</a> | <a href="/zhaopin/">人才招聘</a> | <a href="/contact/">联系我们</a>
    </div>
    <div class="f-contact fl">
      <p>地址：%s</p>
      <p>招商热线：%s　企业服务：%s</p>
      <p>邮箱：%s</p>
    </div>
    <div class="f-qr fr">
      <div class="qr-item"><img src="/uploads/allimg/qrcode/gzh_qr.jpg" alt="微信公众号"><p>扫一扫 关注公众号</p></div>
      <div class="qr-item"><img src="/uploads/allimg/qrcode/kf_qr.jpg" alt="招商顾问微信"><p>招商顾问微信</p></div>
    </div>
  </div>
  <div class="f-links w1200">友情链接：%s</div>
  <div class="f-copy">
    <p>Copyright © 2021-2025 %s 版权所有</p>
    <p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">%s</a>　<img src="/template/pc/skin/images/gongan.png" alt="">%s</p>
  </div>
</div>
<div class="float-kf">
  <ul>
    <li><a href="tel:057382861888"><span>招商热线</span>
      <em>%s</em></a></li>
    <li><a href="/guestbook/"><span>在线预约</span></a></li>
    <li class="kf-wx"><span>微信咨询</span><div class="wx-pop"><img src="/uploads/allimg/qrcode/kf_qr.jpg" alt="微信咨询"><p>扫码添加招商顾问</p></div></li>
    <li><a href="javascript:;" class="gotop"><span>返回顶部</span></a></li>
  </ul>
</div>
<script type="text/javascript">
$(function(){ $(".gotop").click(function(){ $("html,body").animate({scrollTop:0},300); }); });
</script>
</body>
</html>
""" % (C.ADDRESS, C.HOTLINE, C.SERVICE_TEL, C.EMAIL, fl, C.COMPANY, C.ICP, C.GONGAN, C.HOTLINE)


def sub_banner(tid):
    col = C.COLUMNS[tid]
    top = col if col["parent"] == 0 else C.COLUMNS[col["parent"]]
    return """<div class="sub-banner" style="background-image:url(/uploads/allimg/20210610/sub_banner.jpg)">
  <div class="w1200"><h2>%s</h2><p>%s</p></div>
</div>
""" % (esc(top["name"]), esc(top["en"]))


def breadcrumb(tid, extra=None):
    parts = ['<a href="/">首页</a>']
    col = C.COLUMNS[tid]
    if col["parent"]:
        p = C.COLUMNS[col["parent"]]
        parts.append('<a href="%s">%s</a>' % (p["dir"], esc(p["name"])))
    parts.append('<a href="%s">%s</a>' % (col["dir"], esc(col["name"])))
    if extra:
        parts.append(esc(extra))
    return '<div class="position"><span>当前位置：</span>%s</div>\n' % " &gt; ".join(parts)


def hot_articles():
    with_views = [a for a in C.ARTICLES if a["views"] is not None]
    return sorted(with_views, key=lambda a: (-a["views"], a["aid"]))[:6]


def side_nav(tid):
    col = C.COLUMNS[tid]
    top_tid = tid if col["parent"] == 0 else col["parent"]
    top = C.COLUMNS[top_tid]
    if top_tid == 2:
        items = [("园区动态", "/news/yqdt/", 3), ("行业资讯", "/news/hyzx/", 4), ("媒体报道", "/news/mtbd/", 5)]
    elif top_tid == 7:
        items = [("招商指南", "/zszx/", 7), ("优惠政策", "/zszx/yhzc/", 8), ("厂房租售", "/zszx/changfang/", 9),
                 ("写字楼租赁", "/zszx/xiezilou/", 10), ("在线预约", "/guestbook/", 14)]
    elif top_tid == 1:
        items = [("园区简介", "/about/", 1), ("区位交通", "/about/qwjt.html", -1), ("配套服务", "/about/ptfw.html", -2),
                 ("开发主体", "/about/kfzt.html", -3)]
    elif top_tid == 6:
        items = [("政策解读", "/zcjd/", 6), ("优惠政策", "/zszx/yhzc/", 8), ("资料下载", "/download/", 11)]
    else:
        items = [(top["name"], top["dir"], top_tid)]
    lis = "".join('<li%s><a href="%s">%s</a></li>' % (' class="cur"' if t == tid else "", h, esc(n))
                  for n, h, t in items)
    return '<div class="side-box side-nav"><h3>%s <span>%s</span></h3><ul>%s</ul></div>\n' % (
        esc(top["name"]), esc(top["en"]), lis)


def sidebar(tid):
    hot = "".join('<li><a href="%s" title="%s">%s</a></li>' % (item_path(a), esc(a["title"]), esc(a["title"]))
                  for a in hot_articles())
    return """<div class="hy-side fl">
%s<div class="side-box side-hot"><h3>热门推荐</h3><ul>%s</ul></div>
<div class="side-box side-contact">
  <h3>联系我们</h3>
  <p>招商热线：%s</p>
  <p>联系人：%s</p>
  <p>手机：%s</p>
  <p>邮箱：%s</p>
  <p>地址：%s</p>
  <a class="btn-yy" href="/guestbook/">在线预约看房</a>
</div>
<div class="side-box side-qr">
  <img src="/uploads/allimg/qrcode/gzh_qr.jpg" alt="禾源智造公众号">
  <p>扫一扫，关注禾源智造微信公众号</p>
</div>
<div class="side-box side-link"><a href="/huodong/rili.html">园区活动日历</a>
  <a href="/vr/">VR全景看园区</a></div>
</div>
""" % (side_nav(tid), hot, C.HOTLINE, C.SALES_NAME, C.SALES_MOBILE, C.EMAIL, C.ADDRESS)


def inner_page(title, tid, main_html, active, canonical=None, description="", keywords=None):
    return (head(title, description, canonical, keywords) + header(active) + sub_banner(tid) +
            '<div class="hy-main w1200 clearfix">\n' + sidebar(tid) +
            '<div class="hy-right fr">\n' + main_html + "</div>\n</div>\n" + footer())


def active_of(tid):
    col = C.COLUMNS[tid]
    top = tid if col["parent"] == 0 else col["parent"]
    return C.COLUMNS[top]["dir"]


# =====================================================================================
# Article pages
# =====================================================================================

def render_blocks(blocks):
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            out.append('<p style="text-indent:2em;">%s</p>' % inline_html(b[1]))
        elif k == "h":
            out.append("<p><strong>%s</strong></p>" % inline_html(b[1]))
        elif k == "img":
            out.append('<p style="text-align:center;"><img src="%s" alt="%s" title="%s" style="max-width:100%%;"></p>'
                       % (esc(b[1]), esc(b[2]), esc(b[2])))
        elif k == "cap":
            out.append('<p style="text-align:center;">%s</p>' % inline_html(b[1]))
        elif k == "table":
            rows = []
            for i, r in enumerate(b[1]):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in r) + "</tr>")
            out.append('<table border="1" cellspacing="0" cellpadding="6" width="100%%"><tbody>%s</tbody></table>'
                       % "".join(rows))
        elif k in ("ol", "ul"):
            out.append("<%s>%s</%s>" % (k, "".join("<li>%s</li>" % inline_html(i) for i in b[1]), k))
        elif k == "att":
            out.append('<p>%s<a href="%s" target="_blank">%s</a></p>' % (esc(b[1]), esc(b[3]), esc(b[2])))
        elif k == "bp":
            out.append("<p>%s</p>" % inline_html(b[1]))
        elif k == "bplist":
            out.append("<ul>%s</ul>" % "".join("<li>%s</li>" % esc(i) for i in b[1]))
        elif k == "tail":
            sep = "<br/>" if b[3] else ""
            out.append('<p style="text-indent:2em;">%s%s%s</p>' % (inline_html(b[1]), sep, esc(b[2])))
        elif k == "qr":
            out.append('<p style="text-align:center;">%s</p><p style="text-align:center;"><img src="%s" alt="二维码" width="160"></p>'
                       % (esc(b[1]), esc(b[2])))
        elif k == "video":
            out.append('<p style="text-align:center;"><video src="%s" poster="%s" controls="controls" width="640" height="360"></video></p>'
                       % (esc(b[1]), esc(b[2])))
        elif k == "contact":
            out.append('<div class="zs-contact" style="border:1px solid #e5e5e5;padding:10px;">%s</div>'
                       % "".join("<p>%s</p>" % esc(l) for l in b[1]))
        else:
            raise ValueError(k)
    return "\n".join(out)


def prev_next(a):
    lst = sorted([x for x in C.ARTICLES if x["tid"] == a["tid"]], key=lambda x: x["date"])
    i = lst.index(a)
    prev = lst[i - 1] if i > 0 else None
    nxt = lst[i + 1] if i + 1 < len(lst) else None
    return prev, nxt


def related(a, n=4):
    def score(x):
        return len(set(x["tags"]) & set(a["tags"]))
    others = [x for x in C.ARTICLES if x is not a]
    same = [x for x in others if score(x) > 0]
    same.sort(key=lambda x: x["date"], reverse=True)
    same.sort(key=lambda x: -score(x))
    picked = same[:n]
    if len(picked) < n:
        for x in column_articles(a["tid"]):
            if x is not a and x not in picked:
                picked.append(x)
            if len(picked) >= n:
                break
    return picked


def info_line(a):
    spans = []
    if a["col"] in ("yqdt", "hyzx"):
        spans.append("发布时间：%s" % shown_date(a))
        spans.append("来源：%s" % a["shown_source"])
        if a["author"]:
            spans.append("作者：%s" % a["author"])
        spans.append("浏览：%d次" % a["views"])
    elif a["col"] == "mtbd":
        spans.append("发布日期：%s" % shown_date(a))
        spans.append("来源：%s" % a["shown_source"])
        if a["author"]:
            spans.append("作者：%s" % a["author"])
    else:
        spans.append("发布日期：%s" % shown_date(a))
        spans.append("信息来源：%s" % a["shown_source"])
        spans.append("浏览次数：%d" % a["views"])
    return "\n    ".join("<span>%s</span>" % esc(s) for s in spans)


def article_page(a):
    prev, nxt = prev_next(a)
    pv = '<a href="%s">%s</a>' % (item_path(prev), esc(prev["title"])) if prev else "没有了"
    nx = '<a href="%s">%s</a>' % (item_path(nxt), esc(nxt["title"])) if nxt else "没有了"
    tags = " ".join('<a href="/tags/%d.html" target="_blank">%s</a>' % (C.TAG_ID[t], esc(t)) for t in a["tags"])
    rel = "".join('<li><a href="%s" title="%s">%s</a> <span>%s</span></li>'
                  % (item_path(x), esc(x["title"]), esc(x["title"]), x["date"][:10]) for x in related(a))
    main = breadcrumb(a["tid"]) + """<div class="arc-box">
  <h1 class="arc-title">%s</h1>
  <div class="arc-info">
    %s
  </div>
  <div class="arc-tools"><span>字号：</span><a href="javascript:;" data-size="18">大</a> <a href="javascript:;" data-size="16">中</a> <a href="javascript:;" data-size="14">小</a> <a href="%s" target="_blank">【打印】</a></div>
  <div class="arc-content" id="artContent">
%s
  </div>
  <div class="arc-tags">标签：%s</div>
  <div class="arc-share bdsharebuttonbox"><span>分享到：</span><a href="javascript:;" class="bds_weixin" data-cmd="weixin">微信</a> <a href="javascript:;" class="bds_tsina" data-cmd="tsina">微博</a> <a href="javascript:;" class="bds_qzone" data-cmd="qzone">QQ空间</a></div>
  <div class="arc-prenext">
    <p>上一篇：%s</p>
    <p>下一篇：%s</p>
  </div>
  <div class="arc-related"><h3>相关推荐</h3><ul>%s</ul></div>
</div>
""" % (esc(a["title"]), info_line(a), print_path(a), render_blocks(a["blocks"]), tags, pv, nx, rel)
    title = "%s_%s_%s" % (a["title"], C.COLUMNS[a["tid"]]["name"], C.SITE_NAME)
    return inner_page(title, a["tid"], main, active_of(a["tid"]), canonical=item_url(a),
                      description=summary(a, 100), keywords=",".join(a["tags"]))


def print_page(a):
    src = ("信息来源：" if a["col"] == "zcjd" else "来源：") + a["shown_source"]
    return head(a["title"] + " - 打印本页", summary(a, 100), item_url(a)) + """<div class="print-box" style="width:760px;margin:0 auto;">
<h1 style="text-align:center;">%s</h1>
<p style="text-align:center;color:#666;">%s　%s</p>
<div class="print-content">
%s
</div>
<p style="text-align:right;"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></p>
</div>
</body>
</html>
""" % (esc(a["title"]), esc(shown_date(a)), esc(src), render_blocks(a["blocks"]))


# =====================================================================================
# Lists
# =====================================================================================

def pager(tid, page, pages, total, base, loop_bug=False, fmt=None):
    """EyouCMS-like pager.  Page 1 is the column directory; the number link "1" points at list_T_1.html."""
    fmt = fmt or (lambda n: base + "list_%d_%d.html" % (tid, n))
    lis = ['<li><a href="%s">首页</a></li>' % base]
    if page > 1:
        lis.append('<li><a href="%s">上一页</a></li>' % (base if page == 2 else fmt(page - 1)))
    lo, hi = max(1, page - 2), min(max(pages, page), page + 2)
    for n in range(lo, hi + 1):
        if n == page:
            lis.append('<li class="active"><span>%d</span></li>' % n)
        else:
            lis.append('<li><a href="%s">%d</a></li>' % (fmt(n), n))
    if page < pages or loop_bug:
        lis.append('<li><a href="%s">下一页</a></li>' % fmt(page + 1))
    lis.append('<li><a href="%s">末页</a></li>' % (fmt(pages) if pages > 1 else base))
    lis.append('<li><span class="pageinfo">共 <strong>%d</strong>页 <strong>%d</strong>条</span></li>' % (pages, total))
    return '<div class="pages"><ul>%s</ul></div>\n' % "".join(lis)


def news_list_items(arts):
    lis = []
    for a in arts:
        lis.append("""<li class="clearfix">
  <a class="pic fl" href="%s"><img src="%s" alt="%s"></a>
  <div class="txt fr">
    <h3><a href="%s" title="%s">%s</a></h3>
    <p>%s</p>
    <div class="bot"><span class="date">%s</span><a class="more" href="%s">查看详情 &gt;</a></div>
  </div>
</li>""" % (item_path(a), thumb(a), esc(a["title"]), item_path(a), esc(a["title"]), esc(a["title"]),
            esc(summary(a)), a["date"][:10], item_path(a)))
    return '<ul class="news-list">\n%s\n</ul>\n' % "\n".join(lis)


def column_list_page(tid, page):
    """List page of an article column (3, 4, 5, 6) or the 新闻中心 aggregate (2).  None: no such page."""
    col = C.COLUMNS[tid]
    if tid == 2:
        arts, size = news_articles(), C.NEWS_ALL_SIZE
    else:
        arts, size = column_articles(tid), col["size"]
    total = len(arts)
    pages = (total + size - 1) // size
    loop_bug = tid == 4  # 行业资讯: template shows 下一页 on the last page; pages past the end repeat the last one
    if page < 1:
        return None
    if page > pages:
        if not loop_bug:
            return None
        shown = arts[(pages - 1) * size:]
    else:
        shown = arts[(page - 1) * size: page * size]
    main = breadcrumb(tid) + news_list_items(shown) + pager(tid, page, pages, total, col["dir"], loop_bug)
    title = "%s_%s" % (col["name"], C.SITE_NAME) if page == 1 else "%s_第%d页_%s" % (col["name"], page, C.SITE_NAME)
    can = ORIGIN + col["dir"] if page == 1 else None
    return inner_page(title, tid, main, active_of(tid), canonical=can)


# =====================================================================================
# 招商中心: listings
# =====================================================================================

AREA_OPTS = [("不限", None), ("500㎡以下", (0, 500)), ("500-1000㎡", (500, 1000)), ("1000-3000㎡", (1000, 3000)),
             ("3000㎡以上", (3000, 10 ** 9))]
PRICE_OPTS = [("不限", None), ("18元以下", (0, 18)), ("18-22元", (18, 22)), ("22元以上", (22, 10 ** 9))]
FLOOR_OPTS = [("不限", None), ("首层/单层", "low"), ("二层及以上", "high")]
ORDER_OPTS = [("默认排序", None), ("面积从大到小", "area"), ("租金从低到高", "price")]


def _int_param(q, name, hi):
    try:
        v = int(q.get(name, ["0"])[0])
    except ValueError:
        return 0
    return v if 0 <= v < hi else 0


def listing_matches(l, m, z, f):
    if m:
        lo, hi = AREA_OPTS[m][1]
        if not (lo <= l["area"] < hi):
            return False
    if z:
        lo, hi = PRICE_OPTS[z][1]
        if not (lo <= l["price"] < hi):
            return False
    if f:
        low = l["floor"].startswith("1层") or l["floor"].startswith("单层") or l["floor"].startswith("1-")
        if (FLOOR_OPTS[f][1] == "low") != low:
            return False
    return True


def listing_list_page(tid, q, page_path=None):
    kind = "cf" if tid == 9 else "xzl"
    col = C.COLUMNS[tid]
    base = col["dir"]
    m = _int_param(q, "mianji", len(AREA_OPTS))
    z = _int_param(q, "zujin", len(PRICE_OPTS)) if kind == "cf" else 0
    f = _int_param(q, "louceng", len(FLOOR_OPTS)) if kind == "cf" else 0
    o = _int_param(q, "order", len(ORDER_OPTS))
    filtered = bool(m or z or f or o or ("mianji" in q))
    if page_path is not None:
        page = page_path
    else:
        try:
            page = int(q.get("page", ["1"])[0])
        except ValueError:
            page = 1
    items = [l for l in C.LISTINGS if l["kind"] == kind and listing_matches(l, m, z, f)]
    if ORDER_OPTS[o][1] == "area":
        items.sort(key=lambda l: -l["area"])
    elif ORDER_OPTS[o][1] == "price":
        items.sort(key=lambda l: l["price"])
    else:
        items.sort(key=lambda l: l["date"], reverse=True)
    total = len(items)
    pages = max(1, (total + PAGE_SIZE_LISTING - 1) // PAGE_SIZE_LISTING)
    if page < 1 or page > pages:
        return None
    shown = items[(page - 1) * PAGE_SIZE_LISTING: page * PAGE_SIZE_LISTING]

    def qs(**kw):
        cur = dict(mianji=m, zujin=z, louceng=f, order=o) if kind == "cf" else dict(mianji=m, order=o)
        cur.update(kw)
        return base + "?" + urlencode(cur)

    rows = []
    facets = [("面积", "mianji", AREA_OPTS, m)]
    if kind == "cf":
        facets += [("租金", "zujin", PRICE_OPTS, z), ("楼层", "louceng", FLOOR_OPTS, f)]
    facets.append(("排序", "order", ORDER_OPTS, o))
    for label, name, opts, cur in facets:
        links = " ".join('<a href="%s"%s>%s</a>' % (esc(qs(**{name: i})), ' class="on"' if i == cur else "", esc(t))
                         for i, (t, _) in enumerate(opts))
        rows.append('<dl class="clearfix"><dt>%s：</dt><dd>%s</dd></dl>' % (label, links))
    lis = []
    for l in shown:
        unit = "元/㎡·月"
        lis.append("""<li class="clearfix">
  <a class="pic fl" href="%s"><img src="%s" alt="%s"></a>
  <div class="info fl">
    <h3><a href="%s">%s</a></h3>
    <p>面积：%d㎡　楼层：%s　层高：%s</p>
    <p>状态：%s</p>
  </div>
  <div class="price fr"><strong>%d</strong>%s<a href="%s">查看详情</a></div>
</li>""" % (item_path(l), img(l["date"], 1), esc(l["title"]), item_path(l), esc(l["title"]), l["area"], esc(l["floor"]),
            esc(l["height"]), esc(l["status"]), l["price"], unit, item_path(l)))
    if not lis:
        lis.append('<li class="empty">暂无符合条件的房源，请调整筛选条件或致电%s咨询。</li>' % C.HOTLINE)
    if filtered:
        pg = pager(tid, page, pages, total, base, fmt=lambda n: esc(qs(page=n)))
    else:
        pg = pager(tid, page, pages, total, base)
    main = breadcrumb(tid) + '<div class="filter">%s</div>\n<ul class="house-list">\n%s\n</ul>\n%s' % (
        "".join(rows), "\n".join(lis), pg)
    title = "%s_%s" % (col["name"], C.SITE_NAME)
    return inner_page(title, tid, main, "/zszx/", canonical=ORIGIN + base)


def listing_page(l):
    unit = "元/㎡·月"
    params = [("房源编号", "HY-%s-%03d" % (l["kind"].upper(), l["aid"])), ("所在楼栋", l["building"]), ("所在楼层", l["floor"]),
              ("建筑面积", "%d㎡" % l["area"]), ("层高", l["height"]), ("楼板承重", l["load"]),
              ("参考租金", "%d%s" % (l["price"], unit)), ("垂直交通", l["elevator"]), ("配电容量", l["power"]),
              ("消防等级", l["fire"]), ("房源状态", l["status"])]
    trs = "".join("<tr><th>%s</th><td>%s</td></tr>" % (esc(k), esc(v)) for k, v in params)
    sibs = sorted([x for x in C.LISTINGS if x["kind"] == l["kind"]], key=lambda x: x["date"])
    i = sibs.index(l)
    pv = '<a href="%s">%s</a>' % (item_path(sibs[i - 1]), esc(sibs[i - 1]["title"])) if i > 0 else "没有了"
    nx = '<a href="%s">%s</a>' % (item_path(sibs[i + 1]), esc(sibs[i + 1]["title"])) if i + 1 < len(sibs) else "没有了"
    others = [x for x in sorted(sibs, key=lambda x: x["date"], reverse=True) if x is not l][:3]
    rel = "".join('<li><a href="%s">%s</a><span>%d㎡</span></li>' % (item_path(x), esc(x["title"]), x["area"]) for x in others)
    desc = "".join("<p>%s</p>" % esc(p) for p in l["desc"])
    main = breadcrumb(l["tid"]) + """<div class="house-box">
  <div class="house-top clearfix">
    <div class="house-pic fl"><img src="%s" alt="%s"></div>
    <div class="house-summary fr">
      <h1>%s</h1>
      <p class="price"><strong>%d</strong>%s</p>
      <p>更新时间：%s</p>
      <a class="btn-yy" href="/guestbook/?fid=%d">预约看房</a>
      <p class="tel">招商顾问：%s %s</p>
    </div>
  </div>
  <h3 class="house-h">房源参数</h3>
  <table class="house-param" width="100%%"><tbody>%s</tbody></table>
  <h3 class="house-h">户型图</h3>
  <div class="house-plan"><img src="%s" alt="户型图"><img src="%s" alt="平面图"></div>
  <h3 class="house-h">房源描述</h3>
  <div class="house-desc">%s</div>
  <div class="arc-prenext"><p>上一条：%s</p><p>下一条：%s</p></div>
  <div class="arc-related"><h3>相似房源</h3><ul>%s</ul></div>
</div>
""" % (img(l["date"], 1), esc(l["title"]), esc(l["title"]), l["price"], unit, l["date"], l["aid"], C.SALES_NAME,
       C.SALES_MOBILE, trs, img(l["date"], 2), img(l["date"], 3), desc, pv, nx, rel)
    title = "%s_%s_%s" % (l["title"], C.COLUMNS[l["tid"]]["name"], C.SITE_NAME)
    return inner_page(title, l["tid"], main, "/zszx/", canonical=item_url(l))


# =====================================================================================
# Downloads, jobs, single pages, guestbook, contact, tags, calendar, search
# =====================================================================================

def download_list_page():
    lis = "".join("""<li class="clearfix"><a href="%s">%s</a><span class="fmt">%s</span><span class="size">%s</span><span class="date">%s</span></li>"""
                  % (item_path(d), esc(d["title"]), d["fmt"], esc(d["size"]), d["date"])
                  for d in sorted(C.DOWNLOADS, key=lambda d: d["date"], reverse=True))
    main = breadcrumb(11) + '<ul class="down-list">%s</ul>\n' % lis + pager(11, 1, 1, len(C.DOWNLOADS), "/download/")
    return inner_page("资料下载_" + C.SITE_NAME, 11, main, "/download/", canonical=ORIGIN + "/download/")


def download_page(d):
    main = breadcrumb(11) + """<div class="down-box">
  <h1>%s</h1>
  <table class="down-param"><tbody>
    <tr><th>文件格式</th><td>%s</td><th>文件大小</th><td>%s</td></tr>
    <tr><th>更新日期</th><td>%s</td><th>下载权限</th><td>开放下载</td></tr>
  </tbody></table>
  <div class="down-intro"><h3>资料简介</h3><p>%s</p></div>
  <div class="down-btn"><a href="/index.php?m=home&amp;c=View&amp;a=downfile&amp;aid=%d" class="btn">立即下载</a></div>
</div>
""" % (esc(d["title"]), d["fmt"], esc(d["size"]), d["date"], esc(d["intro"]), d["aid"])
    return inner_page("%s_资料下载_%s" % (d["title"], C.SITE_NAME), 11, main, "/download/", canonical=item_url(d))


def job_list_page():
    lis = "".join('<tr><td><a href="%s">%s</a></td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>'
                  % (item_path(j), esc(j["title"]), esc(j["dept"]), esc(j["num"]), esc(j["salary"]), j["date"])
                  for j in sorted(C.JOBS, key=lambda j: j["date"], reverse=True))
    main = breadcrumb(12) + """<div class="job-intro"><p>嘉兴禾源产业发展集团有限公司诚聘英才，简历请投递至 hr@hyzzpark.com，邮件标题请注明“应聘岗位+姓名”。</p></div>
<table class="job-list" width="100%%"><thead><tr><th>招聘岗位</th><th>所属部门</th><th>招聘人数</th><th>薪资待遇</th><th>发布日期</th></tr></thead><tbody>%s</tbody></table>
""" % lis
    return inner_page("人才招聘_" + C.SITE_NAME, 12, main, "/zhaopin/", canonical=ORIGIN + "/zhaopin/")


def job_page(j):
    main = breadcrumb(12) + """<div class="job-box">
  <h1>%s</h1>
  <div class="job-meta"><span>所属部门：%s</span> <span>招聘人数：%s</span> <span>学历要求：%s</span> <span>工作经验：%s</span> <span>薪资待遇：%s</span> <span>发布日期：%s</span></div>
  <h3>岗位职责</h3><ol>%s</ol>
  <h3>任职要求</h3><ol>%s</ol>
  <h3>工作地点</h3><p>%s</p>
  <p class="job-apply">有意者请将简历发送至：hr@hyzzpark.com，咨询电话：0573-82861808（人力资源部）</p>
</div>
""" % (esc(j["title"]), esc(j["dept"]), esc(j["num"]), esc(j["edu"]), esc(j["exp"]), esc(j["salary"]), j["date"],
       "".join("<li>%s</li>" % esc(x) for x in j["duty"]), "".join("<li>%s</li>" % esc(x) for x in j["req"]),
       C.ADDRESS)
    return inner_page("%s_人才招聘_%s" % (j["title"], C.SITE_NAME), 12, main, "/zhaopin/", canonical=item_url(j))


def single_page(path):
    tid, title, paras = C.PAGES[path]
    extra = None if path in ("/about/", "/zszx/") else title
    body = "".join("<p>%s</p>" % esc(p) for p in paras)
    main = breadcrumb(tid, extra) + '<div class="single-box"><h2 class="single-title">%s</h2><div class="single-content">%s</div></div>\n' % (
        esc(title), body)
    if path == "/about/":
        main += '<div class="about-data"><ul><li><strong>1200</strong>亩<p>规划面积</p></li><li><strong>35</strong>万㎡<p>已建厂房</p></li><li><strong>126</strong>家<p>入驻企业</p></li><li><strong>48</strong>亿元<p>年产值</p></li></ul></div>\n'
    if tid == 8:
        main += '<div class="single-more"><p>了解更多政策，请致电招商热线 %s 或 <a href="/guestbook/">在线预约</a>。</p></div>\n' % C.HOTLINE
    return inner_page("%s_%s" % (title, C.SITE_NAME), tid, main, active_of(tid), canonical=ORIGIN + path)


def yhzc_list_page():
    lis = "".join('<li><a href="%s"><h3>%s</h3><p>%s</p><span>查看详情 &gt;</span></a></li>'
                  % (p, esc(C.PAGES[p][1]), esc(C.PAGES[p][2][0][:48] + "…"))
                  for p in ("/zszx/yhzc/rzfc.html", "/zszx/yhzc/rczc.html", "/zszx/yhzc/jrfw.html"))
    main = breadcrumb(8) + '<ul class="policy-list">%s</ul>\n' % lis
    return inner_page("优惠政策_" + C.SITE_NAME, 8, main, "/zszx/", canonical=ORIGIN + "/zszx/yhzc/")


def guestbook_page(q):
    fid = q.get("fid", [""])[0]
    pre = ""
    if fid.isdigit() and int(fid) in BY_AID and BY_AID[int(fid)]["type"] == "listing":
        pre = esc(BY_AID[int(fid)]["title"])
    main = breadcrumb(14) + """<div class="gb-box">
  <p class="gb-tip">请填写以下信息，招商顾问将在1个工作日内与您联系。</p>
  <form method="post" action="/index.php?m=home&amp;c=Guestbook&amp;a=index&amp;typeid=14" class="gb-form">
    <p><label>意向房源：</label><input type="text" name="attr_1" value="%s"></p>
    <p><label>您的姓名：</label><input type="text" name="attr_2"></p>
    <p><label>联系电话：</label><input type="text" name="attr_3"></p>
    <p><label>公司名称：</label><input type="text" name="attr_4"></p>
    <p><label>需求面积：</label><input type="text" name="attr_5" placeholder="如：2000㎡"></p>
    <p><label>留言内容：</label><textarea name="attr_6"></textarea></p>
    <p><label>验证码：</label><input type="text" name="vertify"><img src="/index.php?m=api&amp;c=Ajax&amp;a=vertify&amp;type=guestbook" alt="验证码"></p>
    <p><button type="submit">提交预约</button></p>
  </form>
</div>
""" % pre
    return inner_page("在线预约_" + C.SITE_NAME, 14, main, "/zszx/", canonical=ORIGIN + "/guestbook/")


def contact_page():
    main = breadcrumb(13) + """<div class="contact-box">
  <h2>%s</h2>
  <p>招商热线：%s</p>
  <p>企业服务：%s</p>
  <p>招商顾问：%s %s</p>
  <p>电子邮箱：%s</p>
  <p>园区地址：%s</p>
  <p>交通指引：嘉兴南站乘坐K205路至康和路禾源智造产业园站下车。</p>
  <div class="contact-map"><img src="/uploads/allimg/20210610/map.jpg" alt="园区位置图"></div>
</div>
""" % (C.COMPANY, C.HOTLINE, C.SERVICE_TEL, C.SALES_NAME, C.SALES_MOBILE, C.EMAIL, C.ADDRESS)
    return inner_page("联系我们_" + C.SITE_NAME, 13, main, "/contact/", canonical=ORIGIN + "/contact/")


def tags_index_page():
    lis = []
    for name in C.TAGS:
        n = sum(1 for a in C.ARTICLES if name in a["tags"])
        lis.append('<a href="/tags/%d.html">%s(%d)</a>' % (C.TAG_ID[name], esc(name), n))
    main = '<div class="position"><span>当前位置：</span><a href="/">首页</a> &gt; 标签</div>\n<div class="tag-cloud">%s</div>\n' % " ".join(lis)
    return inner_page("标签_" + C.SITE_NAME, 2, main, "/news/", canonical=ORIGIN + "/tags/")


def tag_page(tid_tag):
    if not 1 <= tid_tag <= len(C.TAGS):
        return None
    name = C.TAGS[tid_tag - 1]
    arts = [a for a in all_articles() if name in a["tags"]]
    # the tag template of this theme prints the dynamic article URL
    lis = "".join('<li><a href="%s">%s</a><span>%s</span></li>' % (esc(dynamic_path(a)), esc(a["title"]), a["date"][:10])
                  for a in arts)
    main = ('<div class="position"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/tags/">标签</a> &gt; %s</div>\n'
            '<h2 class="tag-h">标签：%s</h2><ul class="tag-list">%s</ul>\n' % (esc(name), esc(name), lis))
    return inner_page("%s_标签_%s" % (name, C.SITE_NAME), 2, main, "/news/", canonical=ORIGIN + "/tags/%d.html" % tid_tag)


CAL_MIN, CAL_MAX = 1900, 2100


def calendar_page(q):
    ym = q.get("ym", [C.TODAY[:7]])[0]
    m = re.fullmatch(r"(\d{4})-(\d{2})", ym)
    if not m:
        y, mo = int(C.TODAY[:4]), int(C.TODAY[5:7])
    else:
        y, mo = int(m.group(1)), int(m.group(2))
        if not (CAL_MIN <= y <= CAL_MAX and 1 <= mo <= 12):
            return None
    py, pm = (y, mo - 1) if mo > 1 else (y - 1, 12)
    ny, nm = (y, mo + 1) if mo < 12 else (y + 1, 1)
    events = {}
    for a in sorted(C.ARTICLES, key=lambda a: a["date"]):
        if a["date"][:7] == "%04d-%02d" % (y, mo) and a["col"] == "yqdt":
            events.setdefault(int(a["date"][8:10]), []).append(a)
    weeks = calendar.Calendar(firstweekday=0).monthdayscalendar(y, mo)
    trs = []
    for w in weeks:
        tds = []
        for d in w:
            if d == 0:
                tds.append("<td></td>")
            else:
                ev = "".join('<a href="%s">%s</a>' % (item_path(a), esc(a["title"])) for a in events.get(d, []))
                tds.append('<td><span class="d">%d</span>%s</td>' % (d, ev))
        trs.append("<tr>%s</tr>" % "".join(tds))
    main = """<div class="position"><span>当前位置：</span><a href="/">首页</a> &gt; 园区活动日历</div>
<div class="cal-box">
  <div class="cal-head"><a href="/huodong/rili.html?ym=%04d-%02d">&lt; 上月</a><strong>%d年%d月</strong><a href="/huodong/rili.html?ym=%04d-%02d">下月 &gt;</a></div>
  <table class="cal"><thead><tr><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th><th>日</th></tr></thead><tbody>%s</tbody></table>
</div>
""" % (py, pm, y, mo, ny, nm, "".join(trs))
    return inner_page("园区活动日历_%d年%d月_%s" % (y, mo, C.SITE_NAME), 2, main, "/news/")


def search_page(q):
    kw = q.get("keywords", [""])[0].strip()
    try:
        page = max(1, int(q.get("page", ["1"])[0]))
    except ValueError:
        page = 1
    res = []
    if kw:
        for a in all_articles():
            text = a["title"] + "".join(inline_text(b[1]) for b in a["blocks"] if b[0] in ("p", "h"))
            if kw in text:
                res.append(a)
    pages = max(1, (len(res) + SEARCH_PAGE_SIZE - 1) // SEARCH_PAGE_SIZE)
    shown = res[(page - 1) * SEARCH_PAGE_SIZE: page * SEARCH_PAGE_SIZE]
    lis = "".join('<li><a href="%s">%s</a><span>%s</span></li>' % (item_path(a), esc(a["title"]), a["date"][:10]) for a in shown)
    nav = ""
    if page > 1:
        nav += '<a href="/search.html?%s">上一页</a> ' % esc(urlencode({"keywords": kw, "page": page - 1}))
    nav += '<a href="/search.html?%s">下一页</a>' % esc(urlencode({"keywords": kw, "page": page + 1}))
    main = """<div class="position"><span>当前位置：</span><a href="/">首页</a> &gt; 搜索结果</div>
<div class="search-box"><p>关键词“%s”共找到 %d 条结果</p><ul class="search-list">%s</ul><div class="pages">%s</div></div>
""" % (esc(kw), len(res), lis, nav)
    return inner_page("搜索结果_" + C.SITE_NAME, 2, main, "/news/")


def login_page():
    return head("会员登录_" + C.SITE_NAME) + header("/") + """<div class="login-box w1200">
<form method="post" action="/index.php?m=user&amp;c=Users&amp;a=login"><p>用户名：<input type="text" name="username"></p><p>密码：<input type="password" name="password"></p><p><button type="submit">登录</button></p></form>
</div>
""" + footer()


def not_found_page():
    return head("404 页面不存在_" + C.SITE_NAME) + header("/") + """<div class="w1200 page404">
  <h2>抱歉，您访问的页面不存在或已被删除！</h2>
  <p><a href="/">返回首页</a> | <a href="/news/">新闻中心</a> | <a href="/contact/">联系我们</a></p>
</div>
""" + footer()


# =====================================================================================
# Home
# =====================================================================================

def home_page():
    slides = []
    for key, track in C.BANNER:
        a = BY_KEY[key]
        slides.append('<li><a href="%s?%s"><img src="%s" alt="%s"><p class="slide-t">%s</p></a></li>'
                      % (item_path(a), track, thumb(a), esc(a["title"]), esc(a["title"])))
    houses = sorted(C.LISTINGS, key=lambda l: l["date"], reverse=True)[:4]
    hl = "".join('<li><a href="%s"><img src="%s" alt="%s"><h4>%s</h4><p>%d㎡ | %d元/㎡·月</p></a></li>'
                 % (item_path(l), img(l["date"], 1), esc(l["title"]), esc(l["title"]), l["area"], l["price"]) for l in houses)

    def news_block(tid, n=5):
        arts = column_articles(tid)[:n]
        return "".join('<li><a href="%s" title="%s">%s</a><span>%s</span></li>'
                       % (item_path(a), esc(a["title"]), esc(a["title"]), a["date"][5:10]) for a in arts)

    first = column_articles(3)[0]
    body = """<div class="hy-banner">
  <ul class="slides">%s</ul>
</div>
<div class="idx-about w1200 clearfix">
  <div class="idx-about-txt fl">
    <h2>园区概况<span>ABOUT US</span></h2>
    <p>禾源智造产业园位于浙江省嘉兴市秀洲高新区核心区域，由区属国有企业嘉兴禾源产业发展集团有限公司投资建设和运营管理，规划总面积约1200亩，聚焦智能装备、新能源汽车零部件、光伏新材料三大主导产业。</p>
    <a class="more" href="/about/">了解更多</a>
  </div>
  <ul class="idx-data fr">
    <li><strong>1200</strong><em>亩</em><p>规划面积</p></li>
    <li><strong>35</strong><em>万㎡</em><p>已建厂房</p></li>
    <li><strong>126</strong><em>家</em><p>入驻企业</p></li>
    <li><strong>48</strong><em>亿元</em><p>年产值</p></li>
  </ul>
</div>
<div class="idx-house">
  <div class="w1200">
    <div class="idx-title"><h2>招商房源</h2><p>标准厂房 · 研发办公 · 拎包入驻</p><a class="more" href="/zszx/changfang/">更多房源</a></div>
    <ul class="house-grid clearfix">%s</ul>
  </div>
</div>
<div class="idx-news w1200 clearfix">
  <div class="idx-news-hot fl">
    <a href="%s"><img src="%s" alt="%s"></a>
    <h3><a href="%s">%s</a></h3>
    <p>%s</p>
  </div>
  <div class="idx-news-tab fl">
    <div class="tab-h"><span class="on">园区动态</span><span>行业资讯</span><span>媒体报道</span></div>
    <ul class="tab-c">%s</ul>
    <ul class="tab-c">%s</ul>
    <ul class="tab-c">%s</ul>
    <a class="more" href="/news/">更多新闻</a>
  </div>
  <div class="idx-policy fr">
    <div class="idx-title2"><h3>政策解读</h3><a href="/zcjd/">更多</a></div>
    <ul>%s</ul>
    <div class="idx-cal"><a href="/huodong/rili.html">园区活动日历</a></div>
  </div>
</div>
<div class="idx-service w1200">
  <div class="idx-title"><h2>企业服务</h2><p>园区管家 · 全程代办</p></div>
  <ul class="svc clearfix">
    <li><a href="/zszx/yhzc/">优惠政策</a></li>
    <li><a href="/download/">资料下载</a></li>
    <li><a href="/guestbook/">在线预约</a></li>
    <li><a href="/zhaopin/">人才招聘</a></li>
  </ul>
</div>
""" % ("".join(slides), hl, item_path(first), thumb(first), esc(first["title"]), item_path(first), esc(first["title"]),
       esc(summary(first)), news_block(3), news_block(4), news_block(5), news_block(6))
    return head("%s - 嘉兴厂房出租_秀洲标准厂房_科创中心写字楼" % C.SITE_NAME, canonical=ORIGIN + "/") + header("/") + body + footer()


# =====================================================================================
# robots, sitemaps, static
# =====================================================================================

ROBOTS = """User-agent: *
Disallow: /application/
Disallow: /core/
Disallow: /data/
Disallow: /install/
Disallow: /login.php
Disallow: /search.html
Disallow: /index.php?m=user
Disallow: /index.php?m=api
Disallow: /index.php?m=home&c=Guestbook
Disallow: /index.php?m=home&c=View&a=downfile
Sitemap: http://www.hyzzpark.com/sitemap.xml
"""


def sitemap_xml():
    urls = [(ORIGIN + "/", C.TODAY, "daily")]
    for tid in (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13):
        urls.append((ORIGIN + C.COLUMNS[tid]["dir"], C.TODAY, "daily"))
    for a in all_articles():
        urls.append((item_url(a), a["date"][:10], "monthly"))
    for l in sorted(C.LISTINGS, key=lambda l: l["date"], reverse=True):
        urls.append((item_url(l), l["date"], "weekly"))
    body = ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    for u, d, f in urls:
        body.append("<url><loc>%s</loc><lastmod>%s</lastmod><changefreq>%s</changefreq></url>" % (esc(u), d, f))
    body.append("</urlset>")
    return "\n".join(body) + "\n"


def sitemap_html():
    blocks = []
    for name, href, subs in NAV[1:]:
        sub = "".join('<a href="%s">%s</a>' % (h, esc(n)) for n, h in subs)
        blocks.append('<dl><dt><a href="%s">%s</a></dt><dd>%s</dd></dl>' % (href, esc(name), sub))
    main = '<div class="position"><span>当前位置：</span><a href="/">首页</a> &gt; 网站地图</div>\n<div class="sitemap">%s<dl><dt><a href="/tags/">标签</a></dt></dl></div>\n' % "".join(blocks)
    return inner_page("网站地图_" + C.SITE_NAME, 13, main, "/")


GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,"
       b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


# =====================================================================================
# Router
# =====================================================================================

class EyouParkSite:
    """The whole site.  ``handle(method, url)`` answers one request."""

    origin = ORIGIN

    def _headers(self, ctype="text/html; charset=utf-8", extra=None):
        h = {"Date": C.HTTP_DATE, "Server": "nginx", "Content-Type": ctype}
        if ctype.startswith("text/html"):
            h["X-Powered-By"] = "PHP/7.4.33"
            h["Cache-Control"] = "no-cache"
            h["Set-Cookie"] = "PHPSESSID=k3v1n0dq7h2m4p6s8u0w2y4a6c; path=/; HttpOnly"
        if extra:
            h.update(extra)
        return h

    def _html(self, text, status=200):
        return Response(status, self._headers(), text.encode("utf-8"))

    def _redirect(self, location, status=301):
        return Response(status, self._headers("text/html; charset=utf-8", {"Location": location}),
                        ('<html><head><title>%d</title></head><body><a href="%s">%s</a></body></html>'
                         % (status, esc(location), esc(location))).encode("utf-8"))

    def _404(self):
        return self._html(not_found_page(), 404)

    def handle(self, method, url):
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host not in HOSTS:
            return Response(502, {"Date": C.HTTP_DATE, "Content-Type": "text/plain; charset=utf-8"},
                            b"502 Bad Gateway\n")
        if method not in ("GET", "HEAD", "POST"):
            return Response(405, self._headers("text/plain; charset=utf-8", {"Allow": "GET, HEAD, POST"}),
                            b"405 Method Not Allowed\n")
        path = parts.path or "/"
        query = parts.query
        if host == C.BARE_HOST:
            return self._redirect(ORIGIN + path + ("?" + query if query else ""))
        q = parse_qs(query, keep_blank_values=True)
        if method == "POST" and path == "/index.php" and q.get("c") == ["Guestbook"]:
            return self._html('<script>alert("提交成功，我们会尽快与您联系！");location.href="/guestbook/";</script>')
        try:
            return self._route(path, query, q)
        except KeyError:
            return self._404()

    def _route(self, path, query, q):
        if path == "/":
            return self._html(home_page())
        if path == "/index.php":
            if not query:
                return self._redirect(ORIGIN + "/")
            return self._dynamic(q)
        if path == "/index.html":
            return self._redirect(ORIGIN + "/")
        if path == "/robots.txt":
            return Response(200, self._headers("text/plain; charset=utf-8"), ROBOTS.encode("utf-8"))
        if path == "/sitemap.xml":
            return Response(200, self._headers("application/xml; charset=utf-8"), sitemap_xml().encode("utf-8"))
        if path == "/sitemap.html":
            return self._html(sitemap_html())
        if path == "/favicon.ico":
            return Response(200, self._headers("image/x-icon"), GIF)
        if path.startswith("/template/"):
            if path.split("?")[0].endswith(".css"):
                return Response(200, self._headers("text/css"), b"body{margin:0;font-family:'Microsoft YaHei';}\n")
            if path.endswith(".js"):
                return Response(200, self._headers("application/javascript"), b"/* hy */\n")
            if re.search(r"\.(jpg|png|gif)$", path):
                return Response(200, self._headers("image/gif"), GIF)
            return self._404()
        if path.startswith("/uploads/"):
            return self._upload(path)
        if path == "/plus/print.php":
            aid = q.get("aid", [""])[0]
            if aid.isdigit() and int(aid) in BY_AID and BY_AID[int(aid)]["type"] == "article":
                return self._html(print_page(BY_AID[int(aid)]))
            return self._404()
        m = re.fullmatch(r"/html/[a-z]+/\d{4}/\d{4}/(\d+)\.html", path)
        if m:
            it = BY_AID.get(int(m.group(1)))
            if it and it["type"] == "article":
                return self._redirect(item_url(it))
            return self._404()
        if path == "/huodong/rili.html":
            page = calendar_page(q)
            return self._html(page) if page else self._404()
        if path == "/search.html":
            return self._html(search_page(q))
        if path == "/tags/":
            return self._html(tags_index_page())
        m = re.fullmatch(r"/tags/(\d+)\.html", path)
        if m:
            page = tag_page(int(m.group(1)))
            return self._html(page) if page else self._404()
        if path in C.PAGES:
            return self._html(single_page(path))
        if path == "/zszx/yhzc/":
            return self._html(yhzc_list_page())
        if path == "/guestbook/":
            return self._html(guestbook_page(q))
        if path == "/contact/":
            return self._html(contact_page())
        if path == "/download/":
            return self._html(download_list_page())
        if path == "/zhaopin/":
            return self._html(job_list_page())
        # directories without their trailing slash
        for tid, col in C.COLUMNS.items():
            if path == col["dir"].rstrip("/"):
                return self._redirect(ORIGIN + col["dir"] + ("?" + query if query else ""))
        # article columns and the news aggregate
        for tid in (2, 3, 4, 5, 6):
            d = C.COLUMNS[tid]["dir"]
            if path == d:
                return self._html(column_list_page(tid, 1))
            m = re.fullmatch(re.escape(d) + r"list_(\d+)_(\d+)\.html", path)
            if m:
                if int(m.group(1)) != tid:
                    return self._404()
                page = column_list_page(tid, int(m.group(2)))
                return self._html(page) if page else self._404()
        for tid in (9, 10):
            d = C.COLUMNS[tid]["dir"]
            if path == d:
                page = listing_list_page(tid, q)
                return self._html(page) if page else self._404()
            m = re.fullmatch(re.escape(d) + r"list_(\d+)_(\d+)\.html", path)
            if m:
                if int(m.group(1)) != tid:
                    return self._404()
                page = listing_list_page(tid, {}, int(m.group(2)))
                return self._html(page) if page else self._404()
        # detail pages: /<column dir>/<aid>.html
        m = re.fullmatch(r"(/.+/)(\d+)\.html", path)
        if m:
            it = BY_AID.get(int(m.group(2)))
            if it and C.COLUMNS[it["tid"]]["dir"] == m.group(1):
                return self._html(self._detail(it))
        return self._404()

    def _detail(self, it):
        t = it["type"]
        if t == "article":
            return article_page(it)
        if t == "listing":
            return listing_page(it)
        if t == "download":
            return download_page(it)
        return job_page(it)

    def _dynamic(self, q):
        mod, ctl, act = q.get("m", [""])[0], q.get("c", [""])[0], q.get("a", [""])[0]
        if mod == "user":
            return self._html(login_page())
        if mod == "api":
            return Response(200, self._headers("application/json; charset=utf-8"), b'{"code":1,"msg":"ok"}')
        if mod == "home" and ctl == "View" and act == "index":
            aid = q.get("aid", [""])[0]
            if aid.isdigit() and int(aid) in BY_AID:
                return self._html(self._detail(BY_AID[int(aid)]))
            return self._404()
        if mod == "home" and ctl == "View" and act == "downfile":
            aid = q.get("aid", [""])[0]
            if aid.isdigit() and int(aid) in BY_AID and BY_AID[int(aid)]["type"] == "download":
                return self._redirect(ORIGIN + BY_AID[int(aid)]["file"], 302)
            return self._404()
        if mod == "home" and ctl == "Lists" and act == "index":
            tid = q.get("tid", [""])[0]
            if tid.isdigit() and int(tid) in (2, 3, 4, 5, 6):
                try:
                    page = int(q.get("page", ["1"])[0])
                except ValueError:
                    page = 1
                html_ = column_list_page(int(tid), page)
                return self._html(html_) if html_ else self._404()
            return self._404()
        if mod == "home" and ctl == "Search":
            return self._html(search_page(q))
        return self._404()

    def _upload(self, path):
        if path in C.FILES:
            ctype = C.FILES[path]
            if ctype == "application/pdf":
                body = b"%PDF-1.4\n% hyzzpark attachment\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
            else:
                body = b"PK\x03\x04\x14\x00\x06\x00hyzzpark-attachment"
            return Response(200, self._headers(ctype, {"Content-Disposition": "attachment"}), body)
        if path.startswith("/uploads/allimg/") and re.search(r"\.(jpg|png|gif)$", path):
            return Response(200, self._headers("image/jpeg"), GIF)
        if path.startswith("/uploads/media/") and path.endswith(".mp4"):
            return Response(200, self._headers("video/mp4"), b"\x00\x00\x00\x18ftypmp42")
        return self._404()


def img(date, n):
    return C.img(date, n)


def emulator():
    return EyouParkSite()
