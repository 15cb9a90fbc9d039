# -*- coding: utf-8 -*-
"""county_zone: emulated site of 青山县工业集中区管理委员会 (hand-made PHP, two template generations)."""
import html
from urllib.parse import urlsplit, parse_qs, quote

import county_content as C

DATE = "Tue, 12 Mar 2024 08:00:00 GMT"
WWW = "www." + C.HOST
E = html.escape


class Response:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body


def _resp(status, text="", enc="utf-8", ctype="text/html", declare=True, extra=None):
    h = {"Date": DATE, "Server": "Apache/2.2.15 (CentOS)", "X-Powered-By": "PHP/5.2.17"}
    if ctype.startswith("text/html"):
        h["Content-Type"] = "text/html; charset=%s" % ("gb2312" if enc == "gbk" else "utf-8") if declare else "text/html"
    else:
        h["Content-Type"] = ctype
    if extra:
        h.update(extra)
    body = text if isinstance(text, bytes) else text.encode(enc)
    return Response(status, h, body)


def nurl(nid, extra=""):
    return "/news.php?act=show&nid=%d%s" % (nid, extra)


def col_list(cid):
    return sorted([a for a in C.A if a["cid"] == cid], key=lambda a: (a["date"], a["nid"]), reverse=True)


PER = 5


# ---------------- old template (GBK, table layout) ----------------
def old_page(title, inner, enc="gbk"):
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' if enc == "gbk" else '<meta charset="utf-8">'
    nav = "".join('<td><a href="/news.php?act=list&amp;cid=%d">%s</a></td>' % (c, n) for c, (n, _) in C.COLUMNS.items())
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head>%s<title>%s - %s</title>
<link href="/css/style.css" rel="stylesheet" type="text/css"><script src="/js/common.js"></script></head>
<body><table width="1000" align="center" cellpadding="0" cellspacing="0" class="top"><tr>
<td><img src="/images/logo.gif" alt="%s"></td><td class="toplink"><a href="javascript:AddFavorite();">加入收藏</a> | <a href="mailto:qsgyjzq@163.com">联系我们</a> | <a href="https://%s/">English</a></td></tr></table>
<table width="1000" align="center" class="nav"><tr><td><a href="/">网站首页</a></td><td><a href="/about.php">园区简介</a></td>%s
<td><a href="/policy.php">招商政策</a></td><td><a href="/company.php">入驻企业</a></td><td><a href="/factory.php">厂房出租</a></td><td><a href="/guestbook.php">在线留言</a></td></tr></table>
<table width="1000" align="center" class="main"><tr><td width="230" valign="top" class="left">
<div class="lbox"><div class="ltit">站内搜索</div><form action="/search.php" method="get"><input name="kw" size="14"><input type="submit" value="搜索"></form></div>
<div class="lbox"><div class="ltit">联系我们</div><div class="lcon">地址：青山县工业大道1号<br>电话：<a href="tel:0556-5120800">0556-5120800</a></div></div>
</td><td valign="top" class="right">%s</td></tr></table>
%s</body></html>""" % (meta, E(title), C.SITE_NAME, C.SITE_NAME, WWW, nav, inner, footer())


def footer():
    return """<div id="float_zs" style="position:fixed;right:0;top:200px"><div class="zsrx">招商热线：%s</div><a href="javascript:closeFloat();">关闭</a></div>
<table width="1000" align="center" class="foot"><tr><td>
<div class="flink">友情链接：<a href="http://www.gov.cn/">中国政府网</a> <a href="http://www.qingshan.gov.cn.example.org/">青山县人民政府</a> <a href="http://10.12.1.5/oa/">内部办公</a> <a href="http://192.168.0.20/mail/">邮件系统</a> <a href="http://127.0.0.1:8080/">后台预览</a> <a href="http://localhost/phpmyadmin/">数据维护</a> <a href="/admin/login.php">管理登录</a></div>
<div class="copyright">版权所有：%s　地址：青山县工业大道1号　电话：0556-5120800<br>皖ICP备12034567号　技术支持：青山网络科技有限公司</div>
</td></tr></table><script src="/inc/count.php?t=1"></script>""" % (C.HOTLINE, C.SITE_NAME)


def info_old(a):
    d = a["date"] + (" " + a["time"] if a["time"] else "")
    return "发布：%s　来源：%s　阅读：%d次" % (d, a["source"] or "本站", a["views"])


def body_old(a):
    paras = list(a["paras"])
    out = []
    if a["orig_title"]:
        out.append("<p>原标题：%s</p>" % E(a["orig_title"]))
    if a["byline"]:
        out.append("<p>%s</p>" % E(a["byline"]))
    if a["br"]:
        out.append("<br>".join("&nbsp;&nbsp;&nbsp;&nbsp;" + E(p) for p in paras) + "<br>")
    else:
        for i, p in enumerate(paras):
            tail = "（完）" if a["wan"] and i == len(paras) - 1 else ""
            out.append("<p>&nbsp;&nbsp;&nbsp;&nbsp;%s%s</p>" % (E(p), tail))
    return "\n".join(out)


def neighbours(a):
    lst = col_list(a["cid"])
    i = lst.index(a)
    prev = lst[i - 1] if i > 0 else None
    nxt = lst[i + 1] if i + 1 < len(lst) else None
    rel = [x for x in lst if x is not a][:3]
    return prev, nxt, rel


def show_old(a):
    cname = C.COLUMNS[a["cid"]][0]
    prev, nxt, rel = neighbours(a)
    pn = "上一条：%s<br>下一条：%s" % (
        '<a href="%s">%s</a>' % (nurl(prev["nid"]), E(prev["title"])) if prev else "没有了",
        '<a href="%s">%s</a>' % (nurl(nxt["nid"]), E(nxt["title"])) if nxt else "没有了")
    att = ""
    if a["attach"]:
        att = '<div class="fujian">附件：' + "".join('<br><a href="%s">%s</a>' % (u, E(n)) for n, u in a["attach"]) + "</div>"
    relh = "".join('<li><a href="%s">%s</a></li>' % (nurl(r["nid"], "&amp;from=xgxw"), E(r["title"])) for r in rel)
    inner = """<div class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/news.php?act=list&amp;cid=%d">%s</a> &gt; 正文</div>
<div class="newsbox"><div class="newstitle">%s</div>
<div class="newsinfo">%s</div>
<div id="newscontent">
%s
</div>
%s
<div class="tools">【<a href="/news.php?act=print&amp;nid=%d" target="_blank">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div>
<div class="prevnext">%s</div>
<table class="xgxw" width="100%%"><tr><td class="xgtit">相关新闻</td></tr><tr><td><ul>%s</ul></td></tr></table></div>""" % (
        a["cid"], cname, E(a["title"]), info_old(a), body_old(a), att, a["nid"], pn, relh)
    return old_page(a["title"], inner)


# ---------------- new template (UTF-8, div layout) ----------------
def new_page(title, inner):
    nav = "".join('<li><a href="/news.php?act=list&cid=%d">%s</a></li>' % (c, n) for c, (n, _) in C.COLUMNS.items())
    return """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>%s_%s</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/static/v2/main.css"></head>
<body><div class="header"><div class="w1200"><a class="logo" href="/"><img src="/static/v2/logo.png" alt="青山县工业集中区"></a>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/about.php">园区概况</a></li>%s<li><a href="/factory.php">厂房出租</a></li><li><a href="/company.php">入驻企业</a></li></ul></div></div>
<div class="w1200 mainwrap">%s</div>
%s</body></html>""" % (E(title), C.SITE_NAME, nav, inner, footer())


def meta_new(a):
    y, m, d = a["date"].split("-")
    parts = ["<span>时间:%d/%d/%d</span>" % (int(y), int(m), int(d))]
    if a["source"]:
        parts.append("<span>来源:%s</span>" % E(a["source"]))
    if a["author"]:
        parts.append("<span>作者:%s</span>" % E(a["author"]))
    if a["views"] is not None:
        parts.append("<span>浏览:<em>%d</em>次</span>" % a["views"])
    parts.append('<span class="fx">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></span>')
    return " ".join(parts)


def show_new(a):
    cname = C.COLUMNS[a["cid"]][0]
    prev, nxt, rel = neighbours(a)
    body = []
    if a["orig_title"]:
        body.append('<p class="ybt">原标题：%s</p>' % E(a["orig_title"]))
    for p in a["paras"]:
        body.append('<p style="text-indent:2em;">%s</p>' % E(p))
    if a["editor"]:
        body.append('<p style="text-align:right;">（责任编辑：%s）</p>' % E(a["editor"]))
    tags = ""
    if a["tags"]:
        tags = '<div class="tags">关键词：' + " ".join('<a href="/search.php?kw=%s">%s</a>' % (quote(t), E(t)) for t in a["tags"]) + "</div>"
    pn = '<div class="pn"><div>上一条：%s</div><div>下一条：%s</div></div>' % (
        '<a href="%s">%s</a>' % (nurl(prev["nid"]), E(prev["title"])) if prev else "没有了",
        '<a href="%s">%s</a>' % (nurl(nxt["nid"]), E(nxt["title"])) if nxt else "没有了")
    relh = "".join('<li><a href="%s">%s</a><span>%s</span></li>' % (nurl(r["nid"], "&from=xgxw"), E(r["title"]), r["date"]) for r in rel)
    inner = """<div class="crumb">您的位置：<a href="/">首页</a> » <a href="/news.php?act=list&cid=%d">%s</a> » 详情</div>
<div class="detail"><div class="newstitle"><h1>%s</h1></div><div class="meta">%s</div>
<div id="newscontent">%s</div>%s
<div class="ptool"><a href="/news.php?act=print&nid=%d">打印</a> <a href="javascript:history.back();">返回</a></div>
%s<div class="related"><h3>相关新闻</h3><ul>%s</ul></div></div>""" % (
        a["cid"], cname, E(a["title"]), meta_new(a), "\n".join(body), tags, a["nid"], pn, relh)
    return new_page(a["title"], inner)


def print_view(a):
    enc = C.COLUMNS[a["cid"]][1]
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">' if enc == "gbk" else '<meta charset="utf-8">'
    ps = "".join("<p>%s</p>" % E(p) for p in a["paras"])
    t = """<html><head>%s<title>%s</title><link rel="canonical" href="http://%s%s"></head><body onload="window.print()">
<div class="newstitle">%s</div><div class="info">日期：%s</div><div id="newscontent">%s</div>
<div class="pclose">【<a href="javascript:window.close()">关闭</a>】</div></body></html>""" % (
        meta, E(a["title"]), WWW, nurl(a["nid"]).replace("&", "&amp;"), E(a["title"]), a["date"], ps)
    return _resp(200, t, enc)


def render_article(a):
    enc = C.COLUMNS[a["cid"]][1]
    if enc == "gbk":
        return _resp(200, show_old(a), "gbk", declare=(a["nid"] % 2 == 0))
    return _resp(200, show_new(a), "utf-8")


# ---------------- lists and other pages ----------------
def list_page(cid, p, order, sid):
    name, enc = C.COLUMNS[cid]
    lst = col_list(cid)
    if order == "hits":
        lst = sorted(lst, key=lambda a: (a["views"] or 0, a["nid"]), reverse=True)
    pages = max(1, (len(lst) + PER - 1) // PER)
    if p < 1 or p > pages:
        return not_found()
    items = lst[(p - 1) * PER:p * PER]
    base = "/news.php?act=list&amp;cid=%d" % cid
    pg = " ".join('<a href="%s&amp;p=%d">%d</a>' % (base, i, i) if i != p else "<b>%d</b>" % i for i in range(1, pages + 1))
    if p < pages:
        pg += ' <a href="%s&amp;p=%d">下一页</a>' % (base, p + 1)
    sortl = '<div class="sort">排序：<a href="%s">按时间</a> <a href="%s&amp;order=hits">按点击</a></div>' % (base, base)
    if enc == "gbk":
        rows = "".join('<tr><td class="dot">·<a href="%s" target="_blank">%s</a></td><td class="date">[%s]</td></tr>' % (
            nurl(a["nid"]), E(a["title"]), a["date"]) for a in items)
        inner = '<div class="weizhi">当前位置：<a href="/">首页</a> &gt; %s</div>%s<table class="newslist" width="100%%">%s</table><div class="page">共%d条 %s</div>' % (
            name, sortl, rows, len(lst), pg)
        return _resp(200, old_page(name, inner), "gbk")
    rows = "".join('<li><a href="%s">%s</a><span class="d">%s</span></li>' % (nurl(a["nid"]), E(a["title"]), a["date"]) for a in items)
    inner = '<div class="crumb">您的位置：<a href="/">首页</a> » %s</div>%s<ul class="list">%s</ul><div class="pages">%s</div>' % (name, sortl, rows, pg)
    return _resp(200, new_page(name, inner), "utf-8")


def home():
    blocks = []
    for cid, (name, _) in C.COLUMNS.items():
        lis = "".join('<li><a href="%s">%s</a> <span>%s</span></li>' % (nurl(a["nid"]), E(a["title"]), a["date"][5:]) for a in col_list(cid)[:4])
        blocks.append('<div class="ibox"><div class="ititle">%s<a href="/news.php?act=list&amp;cid=%d" class="more">更多&gt;&gt;</a></div><ul>%s</ul></div>' % (name, cid, lis))
    hot = sorted(C.A, key=lambda a: -(a["views"] or 0))[:5]
    hots = "".join('<li><a href="%s">%s</a></li>' % (nurl(a["nid"], "&amp;from=index"), E(a["title"])) for a in hot)
    extra = """<div class="ibox"><div class="ititle">热点关注</div><ul>%s</ul></div>
<div class="ibox"><div class="ititle">快速通道</div><ul>
<li><a href="/about.php">园区简介</a></li><li><a href="/policy.php">招商政策汇编</a></li><li><a href="/company.php">入驻企业名录</a></li>
<li><a href="/factory.php">厂房出租</a></li><li><a href="/contact.php">联系我们</a></li><li><a href="/calendar.php?y=2024&amp;m=3">活动日历</a></li>
<li><a href="http://%s/news.php?act=show&amp;nid=76">省级循环化改造示范园区</a></li><li><a href="https://%s/news.php?act=show&amp;nid=81">储能项目封顶</a></li>
<li><a href="/news.php?nid=74">招聘公告（旧链接）</a></li><li><a href="/zsyz/">招商引资</a></li><li><a href="/news.php?act=show&amp;nid=58">园区规划公示（已撤下）</a></li>
<li><a href="/inc/config.inc.php">配置</a></li><li><a href="tel:%s">拨打招商热线</a></li></ul></div>""" % (hots, C.HOST, WWW, C.HOTLINE)
    return _resp(200, old_page("首页", "".join(blocks) + extra), "gbk")


def about():
    ps = "".join("<p>&nbsp;&nbsp;%s</p>" % E(p) for p in C.ABOUT)
    return _resp(200, old_page("园区简介", '<div class="weizhi">当前位置：首页 &gt; 园区简介</div><div class="newstitle">园区简介</div><div id="newscontent">%s</div>' % ps), "gbk")


def policy():
    ps = ""
    for h, items in C.POLICY_SECTIONS:
        ps += "<h3>%s</h3>" % E(h) + "".join("<p>第%d条 %s</p>" % (i + 1, E(t)) for i, t in enumerate(items))
    ps = ps * 2  # long compiled page
    return _resp(200, old_page("招商政策汇编", '<div class="weizhi">当前位置：首页 &gt; 招商政策</div><div class="newstitle">青山县工业集中区招商政策汇编</div><div id="newscontent">%s</div>' % ps), "gbk")


def company():
    rows = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (i + 1, E(n), E(k), E(ad)) for i, (n, k, ad) in enumerate(C.COMPANIES))
    inner = '<div class="crumb">您的位置：首页 » 入驻企业名录</div><table class="qyml"><tr><th>序号</th><th>企业名称</th><th>行业</th><th>地址</th></tr>%s</table>' % rows
    return _resp(200, new_page("入驻企业名录", inner), "utf-8")


def factory_list():
    lis = "".join('<li><a href="/factory.php?act=show&fid=%d">%s</a> 面积：%s㎡ 租金：%s</li>' % (f, E(t), ar, E(r)) for f, t, ar, r, _ in C.FACTORIES)
    return _resp(200, new_page("厂房出租", '<div class="crumb">您的位置：首页 » 厂房出租</div><ul class="cflist">%s</ul>' % lis), "utf-8")


def factory_show(fid):
    for f, t, ar, r, note in C.FACTORIES:
        if f == fid:
            inner = """<div class="crumb">您的位置：首页 » <a href="/factory.php">厂房出租</a></div><div class="cfbox"><h2>%s</h2>
<table class="cf"><tr><td>面积</td><td>%s㎡</td></tr><tr><td>租金</td><td>%s</td></tr><tr><td>配套</td><td>%s</td></tr>
<tr><td>联系</td><td>招商局 <a href="tel:%s">%s</a></td></tr></table></div>""" % (E(t), ar, E(r), E(note), C.HOTLINE, C.HOTLINE)
            return _resp(200, new_page(t, inner), "utf-8")
    return not_found()


def guestbook():
    inner = """<div class="weizhi">当前位置：首页 &gt; 在线留言</div>
<form action="/guestbook.php?act=save" method="post"><table><tr><td>姓名：</td><td><input name="name"></td></tr>
<tr><td>内容：</td><td><textarea name="content"></textarea></td></tr><tr><td colspan="2"><input type="submit" value="提交"></td></tr></table></form>
<div class="gblist"><div class="gb"><b>网友：张先生</b> 2024-02-12<br>请问园区还有小面积厂房吗？<br><span class="re">回复：请致电招商热线咨询。</span></div></div>
<p><a href="/news.php?act=list&amp;cid=1&amp;PHPSESSID=8f3a9c2d71e0b5a4c6d2e1f09b7a3c55">返回园区动态</a></p>"""
    return _resp(200, old_page("在线留言", inner), "gbk")


def contact():
    inner = '<div class="weizhi">当前位置：首页 &gt; 联系我们</div><div id="newscontent"><p>地址：青山县工业大道1号</p><p>招商热线：%s</p><p>邮箱：<a href="mailto:qsgyjzq@163.com">qsgyjzq@163.com</a></p></div>' % C.HOTLINE
    return _resp(200, old_page("联系我们", inner), "gbk")


def search(kw, p):
    hits = [a for a in C.A if kw and (kw in a["title"] or any(kw in x for x in a["paras"]))] or C.A[:6]
    lis = "".join('<li><a href="%s">%s</a></li>' % (nurl(a["nid"]), E(a["title"])) for a in hits[:8])
    q = quote(kw)
    pg = ""
    if p > 1:
        pg += '<a href="/search.php?kw=%s&p=%d">上一页</a> ' % (q, p - 1)
    pg += '<a href="/search.php?kw=%s&p=%d">下一页</a>' % (q, p + 1)
    inner = '<div class="crumb">搜索：%s 第%d页</div><ul class="list">%s</ul><div class="pages">%s</div>' % (E(kw), p, lis, pg)
    return _resp(200, new_page("搜索结果", inner), "utf-8")


def calendar(y, m):
    py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
    ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
    days = "".join('<td><a href="/search.php?kw=%04d-%02d-%02d">%d</a></td>' % (y, m, d, d) + ("</tr><tr>" if d % 7 == 0 else "") for d in range(1, 29))
    inner = '<div class="weizhi">活动日历 %d年%d月</div><a href="/calendar.php?y=%d&amp;m=%d">上月</a> <a href="/calendar.php?y=%d&amp;m=%d">下月</a><table class="cal"><tr>%s</tr></table>' % (
        y, m, py, pm, ny, nm, days)
    return _resp(200, old_page("活动日历", inner), "gbk")


def not_found():
    return _resp(404, "<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>")


def redirect(loc):
    return _resp(301, '<html><body>Moved <a href="%s">here</a></body></html>' % loc, extra={"Location": loc})


ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /inc/\n"


def _int(q, k, d):
    try:
        return int(q.get(k, [d])[0])
    except ValueError:
        return None


class CountyZone:
    origin = "http://" + WWW
    hosts = [WWW, C.HOST]

    def handle(self, method, url):
        u = urlsplit(url)
        host = (u.hostname or "").lower()
        if host not in self.hosts or u.scheme not in ("http", "https"):
            return _resp(502, "<html><body>Bad Gateway</body></html>")
        path, q = u.path or "/", parse_qs(u.query)
        if path == "/robots.txt":
            return _resp(200, ROBOTS, ctype="text/plain")
        if path.startswith("/admin/") or path.startswith("/inc/"):
            return _resp(403, "<html><body><h1>Forbidden</h1></body></html>")
        if path == "/":
            return home()
        if path == "/index.php":
            return redirect("http://%s/" % WWW)
        if path in ("/zsyz", "/zsyz/"):
            return redirect("http://%s/policy.php" % WWW)
        if path == "/news.php":
            act = q.get("act", [""])[0]
            nid = _int(q, "nid", 0)
            if act == "" and nid in C.ARTICLES:
                return redirect("http://%s%s" % (WWW, nurl(nid)))
            if act in ("show", "print"):
                a = C.ARTICLES.get(nid)
                if not a:
                    return not_found()
                return render_article(a) if act == "show" else print_view(a)
            if act == "list":
                cid, p = _int(q, "cid", 0), _int(q, "p", 1)
                if cid not in C.COLUMNS or p is None:
                    return not_found()
                return list_page(cid, p, q.get("order", [""])[0], q.get("PHPSESSID", [""])[0])
            return not_found()
        if path == "/about.php":
            return about()
        if path == "/policy.php":
            return policy()
        if path == "/company.php":
            return company()
        if path == "/contact.php":
            return contact()
        if path == "/guestbook.php":
            return guestbook()
        if path == "/factory.php":
            if q.get("act", [""])[0] == "show":
                return factory_show(_int(q, "fid", 0))
            return factory_list()
        if path == "/search.php":
            p = _int(q, "p", 1)
            if p is None or p < 1 or p > 100000:
                return not_found()
            return search(q.get("kw", [""])[0], p)
        if path == "/calendar.php":
            y, m = _int(q, "y", 2024), _int(q, "m", 3)
            if y is None or m is None or not (1900 <= y <= 2100 and 1 <= m <= 12):
                return not_found()
            return calendar(y, m)
        for a in C.A:
            for n, fu in a["attach"]:
                if path == fu:
                    ct = "application/vnd.ms-excel" if fu.endswith(".xls") else "application/msword"
                    return _resp(200, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + n.encode("utf-8"), ctype=ct,
                                 extra={"Content-Disposition": "attachment"})
        return not_found()


def emulator():
    return CountyZone()
