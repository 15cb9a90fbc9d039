"""empire_gbk: an invented 帝国CMS 7.x industrial-park investment portal (衡州产业园区招商网), served as GBK.

emulator() returns an object with .origin, .hosts and .handle(method, absolute_url) -> Response.
Standard library only; deterministic (fixed Date header, no randomness).
"""

import hashlib
import html
import re
from urllib.parse import parse_qs, quote, unquote_to_bytes, urlsplit

import empire_content as C

ORIGIN = "http://" + C.WWW


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body


def esc(s):
    return html.escape(s, quote=False)


def _headers(ctype, extra=None):
    h = {"Date": C.DATE_HEADER, "Server": "Apache/2.2.34 (Win32) PHP/5.2.17", "Content-Type": ctype}
    if extra:
        h.update(extra)
    return h


def html_response(text, status=200, charset_in_header=True, extra=None):
    ctype = "text/html; charset=gb2312" if charset_in_header else "text/html"
    body = text.encode("gbk", "xmlcharrefreplace")
    return Response(status, _headers(ctype, extra), body)


def text_response(text, ctype, status=200):
    return Response(status, _headers(ctype), text.encode("gbk", "xmlcharrefreplace"))


def redirect(location, status=301):
    body = ("<html><head><title>301 Moved Permanently</title></head><body><h1>Moved Permanently</h1>"
            "<p>The document has moved <a href=\"%s\">here</a>.</p></body></html>" % esc(location))
    return Response(status, _headers("text/html; charset=iso-8859-1", {"Location": location}), body.encode("ascii"))


def not_found():
    body = ("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\"><html><head><title>404 Not Found</title></head>"
            "<body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>")
    return Response(404, _headers("text/html; charset=iso-8859-1"), body.encode("ascii"))


def forbidden():
    body = ("<!DOCTYPE HTML PUBLIC \"-//IETF//DTD HTML 2.0//EN\"><html><head><title>403 Forbidden</title></head>"
            "<body><h1>Forbidden</h1><p>You don't have permission to access this resource.</p></body></html>")
    return Response(403, _headers("text/html; charset=iso-8859-1"), body.encode("ascii"))


# ------------------------------------------------------------------ shared chrome

def head(title, keywords="", description=""):
    return (
        "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" "
        "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">\n"
        "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />\n"
        "<title>%s</title>\n<meta name=\"keywords\" content=\"%s\" />\n<meta name=\"description\" content=\"%s\" />\n"
        "<link href=\"/skin/default/css/style.css\" rel=\"stylesheet\" type=\"text/css\" />\n"
        "<script type=\"text/javascript\" src=\"/skin/default/js/jquery.min.js\"></script>\n"
        "<script type=\"text/javascript\" src=\"/e/data/js/ajax.js\"></script>\n"
        "</head>\n<body>\n" % (esc(title), esc(keywords), esc(description))
    )


def topbar():
    return (
        "<div class=\"topbar\"><div class=\"wrap\"><span class=\"fl\">%s</span>"
        "<span class=\"fr\"><a href=\"/e/member/login/\">登录</a> | <a href=\"/e/member/register/\">注册</a> | "
        "<a href=\"javascript:void(0);\" onclick=\"AddFavorite(window.location,document.title)\">加入收藏</a> | "
        "<a href=\"javascript:SetHome(this,window.location)\">设为首页</a></span></div></div>\n" % C.TOPBAR
    )


def header():
    navs = [("/", "首页"), ("/news/", "新闻中心"), ("/news/yqdt/", "园区动态"), ("/news/zsdt/", "招商动态"),
            ("/news/tzgg/", "通知公告"), ("/news/mtbd/", "媒体报道"), ("/changfang/", "厂房出租"),
            ("/zt/", "专题"), ("/download/", "资料下载"), ("/about/", "关于我们"), ("/contact/", "联系我们")]
    lis = "".join("<li><a href=\"%s\">%s</a></li>" % (u, t) for u, t in navs)
    return (
        "<div class=\"header\"><div class=\"wrap\"><div class=\"logo\"><a href=\"/\"><img src=\"/skin/default/images/logo.png\" "
        "alt=\"%s\" /></a></div>\n<div class=\"search\"><form name=\"searchform\" method=\"post\" action=\"/e/search/index.php\">"
        "<input type=\"hidden\" name=\"show\" value=\"title,newstext\" /><input type=\"hidden\" name=\"tempid\" value=\"1\" />"
        "<input name=\"keyboard\" type=\"text\" value=\"请输入关键字\" /><input type=\"submit\" value=\"搜索\" /></form>"
        "<div class=\"hotkey\">热门搜索：<a href=\"/e/search/result/?searchid=3\">光伏</a> "
        "<a href=\"/e/search/result/?searchid=7\">标准厂房</a> <a href=\"/e/search/result/?searchid=12\">招商</a></div>"
        "</div></div></div>\n<div class=\"nav\"><ul class=\"wrap\">%s</ul></div>\n" % (C.SITE_NAME, lis)
    )


def footer():
    return (
        "<div class=\"flink\"><div class=\"wrap\"><b>友情链接：</b>"
        "<a href=\"http://www.mofcom.gov.cn/\" target=\"_blank\">商务部</a> "
        "<a href=\"http://www.cadz.org.cn/\" target=\"_blank\">中国开发区网</a> "
        "<a href=\"https://www.hunan.gov.cn/\" target=\"_blank\">省政府门户网站</a> "
        "<a href=\"http://10.0.3.15/oa/\" target=\"_blank\">内部办公OA</a> "
        "<a href=\"http://192.168.1.20:8080/zsxt/\" target=\"_blank\">招商项目管理系统</a> "
        "<a href=\"http://127.0.0.1/e/admin/\">后台</a> "
        "<a href=\"http://localhost/phpmyadmin/\">数据库</a> "
        "<a href=\"http://%s/\">%s</a></div></div>\n"
        "<div class=\"footer\"><div class=\"wrap\">\n"
        "<p><a href=\"/about/\">关于我们</a> | <a href=\"/contact/\">联系我们</a> | <a href=\"/sitemap.html\">网站地图</a> | "
        "<a href=\"/e/tool/gbook/?bid=1\">留言板</a> | <a href=\"/e/admin/\">管理登录</a></p>\n"
        "<p>主办：衡州高新技术产业开发区管理委员会　地址：衡州市高新区创新大道8号　邮编：421000</p>\n"
        "<p>Copyright © 2012-2024 衡州产业园区招商网 All Rights Reserved　<a href=\"https://beian.miit.gov.cn/\" "
        "target=\"_blank\">湘ICP备12003456号-1</a></p>\n"
        "<p>技术支持：<a href=\"http://www.yunfan-net.cn/\" target=\"_blank\">衡州云帆网络科技有限公司</a></p>\n"
        "<p class=\"tel\"><a href=\"tel:0734-8812000\">0734-8812000</a> <a href=\"mailto:zsj@hzyqzs.cn\">zsj@hzyqzs.cn</a></p>\n"
        "</div></div>\n<script type=\"text/javascript\" src=\"/e/data/js/tongji.js\"></script>\n</body>\n</html>\n"
        % (C.HOST, C.HOST)
    )


def position(parts):
    links = ["<a href=\"/\">首页</a>"] + ["<a href=\"%s\">%s</a>" % (u, t) for u, t in parts]
    return "<div class=\"position\">当前位置：%s</div>\n" % "&nbsp;&gt;&nbsp;".join(links)


def class_url(classid):
    return "/%s/" % C.CLASSES[classid]["path"]


def sidebar(classid=None):
    hot = "".join("<li><span class=\"num\">%d</span><a href=\"%s\" title=\"%s\">%s</a></li>" % (
        i + 1, C.url_path(a), esc(a["title"]), esc(a["title"])) for i, a in enumerate(C.hot_list()))
    new = "".join("<li><a href=\"%s\">%s</a><span>%s</span></li>" % (
        C.url_path(a), esc(a["title"]), a["date"][5:]) for a in C.latest_list())
    cal = ""
    if classid:
        cal = ("<div class=\"sidebox\"><h3>按月归档</h3><ul>%s</ul></div>\n" % "".join(
            "<li><a href=\"/e/action/ListInfo/?classid=%d&amp;date=2024-%02d\">2024年%d月</a></li>" % (classid, m, m)
            for m in range(6, 0, -1)))
    return (
        "<div class=\"right\">\n<div class=\"sidebox\"><h3>热点排行</h3><ul class=\"hot\">%s</ul></div>\n"
        "<div class=\"sidebox\"><h3>最新文章</h3><ul>%s</ul></div>\n%s"
        "<div class=\"sidebox tel\"><h3>%s</h3><p class=\"big\">%s</p><p>%s</p></div>\n</div>\n"
        % (hot, new, cal, C.SIDE_CONTACT[0], C.SIDE_CONTACT[1], C.SIDE_CONTACT[2])
    )


# ------------------------------------------------------------------ article body

def indent(style):
    return {"yqdt": "&nbsp;&nbsp;&nbsp;&nbsp;", "zsdt": "　　", "tzgg": "", "mtbd": "　　"}[style]


def render_blocks(blocks, style):
    ind = indent(style)
    pstyle = " style=\"text-indent:2em\"" if style == "tzgg" else ""
    out = []
    for b in blocks:
        k = b[0]
        if k == "p":
            tail = ""
            if len(b) > 2:
                tail = b[2] if b[2].startswith("（完") else "<br />\n" + esc(b[2])
            out.append("<p%s>%s%s%s</p>" % (pstyle, ind, esc(b[1]), tail))
        elif k == "h":
            out.append("<p%s><strong>%s</strong></p>" % (pstyle, esc(b[1])))
        elif k == "br":
            out.append("<p>" + "<br />\n".join(ind + esc(t) for t in b[1]) + "</p>")
        elif k == "img":
            out.append("<p style=\"text-align: center\"><img src=\"%s\" border=\"0\" alt=\"\" width=\"600\" /></p>" % b[1])
            if b[2]:
                out.append("<p style=\"text-align: center\">%s</p>" % esc(b[2]))
        elif k == "table":
            rows = []
            for i, r in enumerate(b[1]):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in r) + "</tr>")
            out.append("<table class=\"ke-zeroborder\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%%\" "
                       "align=\"center\"><tbody>%s</tbody></table>" % "\n".join(rows))
        elif k == "bp":
            align = " style=\"text-align: right\"" if b[1].startswith(("（编辑", "责任编辑", "来源")) else ""
            out.append("<p%s>%s</p>" % (align, esc(b[1])))
    return "\n".join(out)


def page_list(a, page, n):
    if n == 1:
        return ""
    items = []
    if page > 1:
        items.append("[<a href=\"%s\">上一页</a>]" % C.url_path(a, page - 1))
    for i in range(1, n + 1):
        items.append("[%d]" % i if i == page else "[<a href=\"%s\">%d</a>]" % (C.url_path(a, i), i))
    if page < n:
        items.append("[<a href=\"%s\">下一页</a>]" % C.url_path(a, page + 1))
    return "<div class=\"pagelist\">%s</div>\n" % " ".join(items)


def info_line(a):
    style = C.CLASSES[a["classid"]]["style"]
    if style == "tzgg":
        y, m, d = a["date"].split("-")
        return ("<div class=\"info\">发布日期：%d年%d月%d日　【字号：<a href=\"javascript:doZoom(18)\">大</a> "
                "<a href=\"javascript:doZoom(16)\">中</a> <a href=\"javascript:doZoom(14)\">小</a>】</div>\n"
                % (int(y), int(m), int(d)))
    click = ("%d" % a["views"] if style == "zsdt" else
             "<script src=\"/e/public/ViewClick/?classid=%d&id=%d&addclick=1\"></script>" % (a["classid"], a["id"]))
    return ("<div class=\"info\">时间：%s %s　来源：%s　作者：%s　点击：%s</div>\n"
            % (a["date"], a["time"], esc(a["source_shown"] or ""), esc(a["author"] or ""), click))


def tags_line(a):
    if not a["tags"]:
        return ""
    return "<div class=\"tags\">TAGS：%s</div>\n" % " ".join(
        "<a href=\"/e/tags/?tagname=%s\">%s</a>" % (quote(t.encode("gbk")), esc(t)) for t in a["tags"])


def article_page(a, page=1, host_prefix=""):
    c = C.CLASSES[a["classid"]]
    style = c["style"]
    pgs = C.pages(a)
    n = len(pgs)
    title = a["title"]
    out = [head("%s_%s_%s" % (title, c["name"], C.SITE_NAME), " ".join(a["tags"]), ""), topbar(), header()]
    out.append("<div class=\"wrap main\">\n")
    out.append(position([("/news/", "新闻中心"), (class_url(a["classid"]), c["name"])]))
    out.append("<div class=\"left\">\n<div class=\"title_info\"><h1>%s</h1>\n" % esc(title))
    out.append(info_line(a))
    out.append(tags_line(a))
    out.append("</div>\n")
    body = render_blocks(pgs[page - 1], style)
    if style == "tzgg":
        out.append("<div class=\"content\">\n%s\n</div>\n" % body)
    elif style == "zsdt":
        contact = "".join("<p>%s</p>" % esc(t) for t in C.CONTACT_BLOCK[1:])
        out.append("<div id=\"text\">\n%s\n<div class=\"zsrx\"><h4>%s</h4>%s</div>\n</div>\n" % (body, C.CONTACT_BLOCK[0], contact))
    else:
        out.append("<div id=\"text\">\n%s\n</div>\n" % body)
    out.append(page_list(a, page, n))
    out.append(
        "<div class=\"share\">分享到：<a href=\"http://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url=https://%s%s\" "
        "target=\"_blank\">QQ空间</a> <a href=\"http://service.weibo.com/share/share.php?url=https://%s%s\" target=\"_blank\">新浪微博</a> "
        "<a href=\"javascript:void(0)\" class=\"wx\">微信</a> <a href=\"http://share.v.t.qq.com/index.php?c=share&amp;a=index&amp;url=https://%s%s\" "
        "target=\"_blank\">腾讯微博</a></div>\n" % (C.WWW, C.url_path(a), C.WWW, C.url_path(a), C.WWW, C.url_path(a)))
    out.append("<div class=\"tools\">【<a href=\"/e/DoPrint/?classid=%d&id=%d\" target=\"_blank\">打印</a>】"
               "【<a href=\"javascript:window.close()\">关闭</a>】</div>\n" % (a["classid"], a["id"]))
    out.append("<div class=\"shengming\">%s</div>\n" % C.DISCLAIMER)
    prev, nxt = C.prev_next(a)
    out.append("<div class=\"prenext\"><p>上一篇：%s</p><p>下一篇：%s</p></div>\n" % (
        "<a href=\"%s\">%s</a>" % (C.url_path(prev), esc(prev["title"])) if prev else "没有了",
        "<a href=\"%s\">%s</a>" % (C.url_path(nxt), esc(nxt["title"])) if nxt else "没有了"))
    rel_prefix = ("http://" + C.HOST) if style == "mtbd" else ""
    out.append("<div class=\"xiangguan\"><h3>相关文章</h3><ul>%s</ul></div>\n" % "".join(
        "<li><a href=\"%s%s\">%s</a><span>%s</span></li>" % (rel_prefix, C.url_path(r), esc(r["title"]), r["date"])
        for r in C.related(a)))
    if style in ("yqdt", "mtbd"):
        cm = C.comments(a)
        items = "".join("<div class=\"plitem\"><div class=\"plhead\"><b>%s</b> <span>%s</span></div><p>%s</p></div>" % (
            esc(w), t, esc(x)) for w, t, x in cm) or "<p class=\"nopl\">暂无评论</p>"
        out.append(
            "<div class=\"pl\"><h3>网友评论</h3>\n%s\n<form action=\"/e/pl/doaction.php\" method=\"post\" name=\"saypl\">"
            "<input type=\"hidden\" name=\"id\" value=\"%d\" /><input type=\"hidden\" name=\"classid\" value=\"%d\" />"
            "<input type=\"hidden\" name=\"enews\" value=\"AddPl\" />用户名：<input name=\"username\" type=\"text\" /> "
            "<label><input name=\"nomember\" type=\"checkbox\" value=\"1\" checked=\"checked\" />匿名发表</label>"
            "<textarea name=\"saytext\" rows=\"5\" cols=\"60\"></textarea><input type=\"submit\" value=\"发表评论\" /></form>\n"
            "<p class=\"plnote\">网友评论仅供其表达个人看法，并不表明本站同意其观点或证实其描述。</p></div>\n"
            % (items, a["id"], a["classid"]))
    out.append("</div>\n")
    out.append(sidebar())
    out.append("</div>\n")
    out.append(footer())
    return "".join(out)


def print_page(a):
    blocks = [b for b in a["blocks"] if b[0] != "page"]
    style = C.CLASSES[a["classid"]]["style"]
    src = a["source_shown"] or C.SITE_NAME
    return (
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\" />"
        "<title>%s</title><style>body{font-size:14px}</style></head><body>\n"
        "<table width=\"700\" align=\"center\"><tr><td>\n<h2 align=\"center\">%s</h2>\n"
        "<p align=\"center\" class=\"pinfo\">%s %s　来源：%s</p><hr />\n<div class=\"ptext\">%s</div>\n<hr />\n"
        "<p align=\"right\">【<a href=\"javascript:window.print()\">打印</a>】【<a href=\"javascript:window.close()\">关闭</a>】</p>\n"
        "</td></tr></table></body></html>\n"
        % (esc(a["title"]), esc(a["title"]), a["date"], a["time"], esc(src), render_blocks(blocks, style))
    )


# ------------------------------------------------------------------ lists and not-articles

def list_items(arts, style):
    out = []
    for a in arts:
        first = next(b[1] for b in a["blocks"] if b[0] == "p")
        summary = first[:48] + "…"
        extra = ""
        if style == "zsdt":
            extra = "<span class=\"click\">点击：%d</span>" % a["views"]
        elif style == "mtbd":
            extra = "<span class=\"click\">点击：<script src=\"/e/public/ClickNum/?id=%d&classid=%d\"></script></span>" % (
                a["id"], a["classid"])
        out.append("<li><h3><a href=\"%s\" target=\"_blank\">%s</a></h3><p>%s</p><span class=\"date\">%s</span>%s</li>"
                   % (C.url_path(a), esc(a["title"]), esc(summary), a["date"], extra))
    return "<ul class=\"newslist\">\n%s\n</ul>\n" % "\n".join(out)


def list_pager(classid, page, n, total):
    base = class_url(classid)

    def u(p):
        return base + ("index.html" if p == 1 else "index_%d.html" % p)
    parts = ["<a title=\"Total record\">&nbsp;<b>%d</b> </a>&nbsp;&nbsp;" % total]
    if page > 1:
        parts.append("<a href=\"%s\">首页</a>&nbsp;<a href=\"%s\">上一页</a>&nbsp;" % (u(1), u(page - 1)))
    for p in range(1, n + 1):
        parts.append("<b>%d</b>&nbsp;" % p if p == page else "<a href=\"%s\">%d</a>&nbsp;" % (u(p), p))
    if page < n:
        parts.append("<a href=\"%s\">下一页</a>&nbsp;<a href=\"%s\">尾页</a>" % (u(page + 1), u(n)))
    return "<div class=\"epages\">%s</div>\n" % "".join(parts)


def sort_bar(classid):
    return ("<div class=\"sortbar\">排序：<a href=\"/e/action/ListInfo/?classid=%d&orderby=newstime&myorder=0\">按时间</a> "
            "<a href=\"/e/action/ListInfo/?classid=%d&orderby=onclick&myorder=0\">按点击</a> "
            "<a href=\"/e/action/ListInfo/?classid=%d&orderby=id&myorder=1\">按编号</a></div>\n" % (classid, classid, classid))


def page_shell(title, crumbs, inner, classid=None):
    return "".join([head(title), topbar(), header(), "<div class=\"wrap main\">\n", position(crumbs),
                    "<div class=\"left\">\n", inner, "</div>\n", sidebar(classid), "</div>\n", footer()])


def list_page(classid, page):
    c = C.CLASSES[classid]
    arts = C.class_articles(classid)
    n = max(1, (len(arts) + C.PER_PAGE - 1) // C.PER_PAGE)
    if page > n:
        return None
    chunk = arts[(page - 1) * C.PER_PAGE: page * C.PER_PAGE]
    inner = ("<div class=\"listbox\"><h2>%s</h2>\n%s%s%s</div>\n"
             % (c["name"], sort_bar(classid), list_items(chunk, c["style"]), list_pager(classid, page, n, len(arts))))
    t = c["name"] + ("_第%d页" % page if page > 1 else "") + "_" + C.SITE_NAME
    return page_shell(t, [("/news/", "新闻中心"), (class_url(classid), c["name"])], inner, classid)


def news_index():
    boxes = []
    for cid in C.NEWS_CLASSES:
        c = C.CLASSES[cid]
        lis = "".join("<li><a href=\"%s\">%s</a><span>%s</span></li>" % (C.url_path(a), esc(a["title"]), a["date"])
                      for a in C.class_articles(cid)[:5])
        boxes.append("<div class=\"cbox\"><h2><a href=\"%s\">%s</a><a class=\"more\" href=\"%s\">更多&gt;&gt;</a></h2><ul>%s</ul></div>"
                     % (class_url(cid), c["name"], class_url(cid), lis))
    return page_shell("新闻中心_" + C.SITE_NAME, [("/news/", "新闻中心")], "\n".join(boxes) + "\n")


def home():
    out = [head(C.SITE_NAME + "-衡州高新技术产业开发区投资促进门户", "衡州高新区,产业园区,招商引资,厂房出租",
                "衡州产业园区招商网是衡州高新技术产业开发区官方投资促进网站。"), topbar(), header(),
           "<div class=\"wrap main\">\n"]
    top = C.BY_ID[1014]
    out.append("<div class=\"focus\"><h2><a href=\"%s?from=index\">%s</a></h2><p>%s</p></div>\n" % (
        C.url_path(top), esc(top["title"]), esc(top["blocks"][0][1][:60]) + "…"))
    for cid in C.NEWS_CLASSES:
        c = C.CLASSES[cid]
        lis = "".join("<li><a href=\"%s\" title=\"%s\">%s</a><span>%s</span></li>" % (
            C.url_path(a), esc(a["title"]), esc(a["title"]), a["date"][5:]) for a in C.class_articles(cid)[:6])
        out.append("<div class=\"ibox\"><h2>%s<a class=\"more\" href=\"%sindex.html\">更多</a></h2><ul>%s</ul></div>\n"
                   % (c["name"], class_url(cid), lis))
    out.append("<div class=\"ibox\"><h2>厂房出租<a class=\"more\" href=\"/changfang/\">更多</a></h2><ul>%s</ul></div>\n" % "".join(
        "<li><a href=\"/changfang/%s/%d.html\">%s</a></li>" % (f[1], f[0], esc(f[2])) for f in C.FACTORIES[::-1][:4]))
    out.append("<div class=\"ibox\"><h2>专题专栏</h2><ul>%s<li><a href=\"%s\">2023投洽会专题</a></li></ul></div>\n" % (
        "".join("<li><a href=\"/zt/%s/\">%s</a></li>" % (k, esc(v[0])) for k, v in C.TOPICS.items()), C.MISSING[2]))
    out.append("<div class=\"ibox\"><h2>服务</h2><ul><li><a href=\"/e/extend/yqmap/\">园区地图</a></li>"
               "<li><a href=\"%s\">园区导览（旧）</a></li><li><a href=\"/download/\">资料下载</a></li>"
               "<li><a href=\"/e/tool/gbook/?bid=1\">在线留言</a></li><li><a href=\"/index.php\">旧版首页</a></li>"
               "<li><a href=\"%s\">2023年终总结</a></li>"
               "<li><a href=\"%s\">瑞能项目投产（旧链接）</a></li><li><a href=\"/news/yqdt\">园区动态</a></li></ul></div>\n"
               % (C.MISSING[1], C.MISSING[0], C.OLD_URLS[1002]))
    out.append("</div>\n")
    out.append(footer())
    return "".join(out)


def topic_page(key):
    title, ids = C.TOPICS[key]
    lis = []
    for i in ids:
        a = C.BY_ID[i]
        if key == "shenzhen2024":
            href = "/e/action/ShowInfo.php?classid=%d&id=%d" % (a["classid"], a["id"])
        else:
            href = C.url_path(a) + "?from=zt"
        lis.append("<li><a href=\"%s\">%s</a><span>%s</span></li>" % (href, esc(a["title"]), a["date"]))
    inner = ("<div class=\"ztbanner\"><h1>%s</h1></div><div class=\"ztbox\"><h2>专题报道</h2><ul>%s</ul></div>\n"
             % (esc(title), "".join(lis)))
    return page_shell(title + "_专题_" + C.SITE_NAME, [("/zt/", "专题"), ("/zt/%s/" % key, title)], inner)


def topic_index():
    inner = "<div class=\"listbox\"><h2>专题</h2><ul>%s</ul></div>\n" % "".join(
        "<li><a href=\"/zt/%s/\">%s</a></li>" % (k, esc(v[0])) for k, v in C.TOPICS.items())
    return page_shell("专题_" + C.SITE_NAME, [("/zt/", "专题")], inner)


def factory_list():
    lis = "".join("<li><a href=\"/changfang/%s/%d.html\">%s</a><span>面积：%d㎡　租金：%d元/㎡·月</span></li>" % (
        f[1], f[0], esc(f[2]), f[3], f[4]) for f in reversed(C.FACTORIES))
    return page_shell("厂房出租_" + C.SITE_NAME, [("/changfang/", "厂房出租")],
                      "<div class=\"listbox\"><h2>厂房出租</h2><ul class=\"cflist\">%s</ul></div>\n" % lis)


def factory_page(f):
    fid, date, title, area, rent, height, load, contact = f
    inner = ("<div class=\"title_info\"><h1>%s</h1><div class=\"info\">发布时间：%s</div></div>\n"
             "<div class=\"cfinfo\"><table class=\"cftable\"><tr><th>面积</th><td>%d平方米</td></tr>"
             "<tr><th>租金</th><td>%d元/平方米·月</td></tr><tr><th>层高</th><td>%.1f米</td></tr>"
             "<tr><th>承重</th><td>%s</td></tr><tr><th>联系人</th><td>%s</td></tr></table>"
             "<p>有意者请致电洽谈，可提供免费看房服务。</p></div>\n"
             % (esc(title), date, area, rent, height, load, esc(contact)))
    return page_shell(title + "_厂房出租_" + C.SITE_NAME, [("/changfang/", "厂房出租")], inner)


def download_list():
    lis = "".join("<li><a href=\"/download/%s/%d.html\">%s</a><span>%s</span></li>" % (d[1], d[0], esc(d[2]), d[1])
                  for d in C.DOWNLOADS)
    return page_shell("资料下载_" + C.SITE_NAME, [("/download/", "资料下载")],
                      "<div class=\"listbox\"><h2>资料下载</h2><ul>%s</ul></div>\n" % lis)


def download_page(d):
    inner = ("<div class=\"title_info\"><h1>%s</h1></div><div class=\"down\"><p>更新时间：%s</p><p>文件大小：未知</p>"
             "<p><a href=\"%s\">点击下载</a></p></div>\n" % (esc(d[2]), d[1], d[3]))
    return page_shell(d[2] + "_资料下载_" + C.SITE_NAME, [("/download/", "资料下载")], inner)


def about_page():
    inner = ("<div class=\"about\"><h1>园区简介</h1><p>衡州高新技术产业开发区成立于1992年，2012年升级为国家级高新区，"
             "规划面积68平方公里，重点发展电子信息、新材料、生物医药、智能装备四大主导产业。</p>"
             "<p>园区下设电子信息产业园、新材料产业园、生物医药产业园、智能装备产业园和现代物流园五个专业园区。</p></div>\n")
    return page_shell("关于我们_" + C.SITE_NAME, [("/about/", "关于我们")], inner)


def contact_page():
    inner = ("<div class=\"about\"><h1>联系我们</h1><p>衡州高新区招商局</p><p>地址：衡州市高新区创新大道8号综合服务大楼5楼</p>"
             "<p>招商热线：<a href=\"tel:0734-8812000\">0734-8812000</a></p><p>传真：0734-8812099</p>"
             "<p>邮箱：<a href=\"mailto:zsj@hzyqzs.cn\">zsj@hzyqzs.cn</a></p></div>\n")
    return page_shell("联系我们_" + C.SITE_NAME, [("/contact/", "联系我们")], inner)


def map_page():
    inner = ("<div class=\"about\"><h1>园区地图</h1><div id=\"map\" style=\"height:500px\"></div>"
             "<script src=\"http://api.map.baidu.com/api?v=2.0&ak=xxxx\"></script>"
             "<p>五大专业园区分布：电子信息产业园（北区）、新材料产业园（东区）、生物医药产业园（南区）、智能装备产业园（西区）、现代物流园（高铁站旁）。</p></div>\n")
    return page_shell("园区地图_" + C.SITE_NAME, [("/e/extend/yqmap/", "园区地图")], inner)


def gbook_page(page):
    per = C.GBOOK_PER_PAGE
    n = (len(C.GBOOK) + per - 1) // per
    page = min(max(page, 0), n - 1)
    items = "".join("<div class=\"gb\"><p class=\"gbh\"><b>%s</b> 发表于 %s</p><p>%s</p><p class=\"re\">管理员回复：%s</p></div>"
                    % tuple(esc(x) for x in m) for m in C.GBOOK[page * per:(page + 1) * per])
    pager = []
    for p in range(n):
        pager.append("<b>%d</b>" % (p + 1) if p == page else
                     "<a href=\"/e/tool/gbook/?bid=1%s\">%d</a>" % ("" if p == 0 else "&page=%d" % p, p + 1))
    if page < n - 1:
        pager.append("<a href=\"/e/tool/gbook/?bid=1&page=%d\">下一页</a>" % (page + 1))
    form = ("<form action=\"/e/enews/index.php\" method=\"post\" name=\"form1\"><input type=\"hidden\" name=\"enews\" value=\"AddGbook\" />"
            "<input type=\"hidden\" name=\"bid\" value=\"1\" />姓名：<input name=\"name\" type=\"text\" />"
            "留言内容：<textarea name=\"lytext\" cols=\"60\" rows=\"6\"></textarea><input type=\"submit\" value=\"提交\" /></form>")
    inner = "<div class=\"gbook\"><h1>在线留言</h1>%s<div class=\"epages\">%s</div>%s</div>\n" % (items, "&nbsp;".join(pager), form)
    return page_shell("留言板_" + C.SITE_NAME, [("/e/tool/gbook/?bid=1", "留言板")], inner)


def login_page(kind):
    t = "会员登录" if kind == "login" else "会员注册"
    sid = hashlib.md5(kind.encode()).hexdigest()[:26]
    inner = ("<div class=\"member\"><h1>%s</h1><form name=\"form1\" method=\"post\" action=\"/e/member/doaction.php\">"
             "<input type=\"hidden\" name=\"enews\" value=\"%s\" />用户名：<input name=\"username\" type=\"text\" />"
             "密码：<input name=\"password\" type=\"password\" /><input type=\"submit\" value=\"%s\" /></form>"
             "<p><a href=\"/e/member/register/\">注册新用户</a> | <a href=\"/e/member/GetPassword/\">忘记密码</a> | "
             "<a href=\"/?PHPSESSID=%s\">返回首页</a> | <a href=\"/news/zsdt/index.html?PHPSESSID=%s\">招商动态</a></p></div>\n"
             % (t, "login" if kind == "login" else "register", t[2:], sid, sid))
    return page_shell(t + "_" + C.SITE_NAME, [("/e/member/login/", t)], inner)


def calendar_page(classid, ym):
    c = C.CLASSES[classid]
    y, m = int(ym[:4]), int(ym[5:7])
    arts = [a for a in C.class_articles(classid) if a["date"][:7] == "%04d-%02d" % (y, m)]
    py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
    ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
    nav = ("<div class=\"calnav\"><a href=\"/e/action/ListInfo/?classid=%d&amp;date=%04d-%02d\">上一月</a> %d年%d月 "
           "<a href=\"/e/action/ListInfo/?classid=%d&amp;date=%04d-%02d\">下一月</a></div>\n" % (classid, py, pm, y, m, classid, ny, nm))
    body = list_items(arts, c["style"]) if arts else "<p>本月暂无信息</p>"
    inner = "<div class=\"listbox\"><h2>%s %d年%d月归档</h2>%s%s</div>\n" % (c["name"], y, m, nav, body)
    return page_shell("%s_%d年%d月_%s" % (c["name"], y, m, C.SITE_NAME), [("/news/", "新闻中心"), (class_url(classid), c["name"])], inner, classid)


def sort_page(classid, orderby, myorder, page):
    c = C.CLASSES[classid]
    key = {"onclick": lambda a: a["views"], "id": lambda a: a["id"]}.get(orderby, lambda a: (a["date"], a["time"]))
    arts = sorted(C.class_articles(classid), key=key, reverse=(myorder == "0"))
    n = max(1, (len(arts) + C.PER_PAGE - 1) // C.PER_PAGE)
    chunk = arts[page * C.PER_PAGE:(page + 1) * C.PER_PAGE]
    pager = " ".join("<a href=\"/e/action/ListInfo/?classid=%d&orderby=%s&myorder=%s&page=%d\">%d</a>" % (
        classid, orderby, myorder, p, p + 1) for p in range(n))
    flip = "1" if myorder == "0" else "0"
    inner = ("<div class=\"listbox\"><h2>%s</h2>%s<a href=\"/e/action/ListInfo/?classid=%d&orderby=%s&myorder=%s\">倒序</a>%s"
             "<div class=\"epages\">%s</div></div>\n" % (c["name"], sort_bar(classid), classid, orderby, flip,
                                                          list_items(chunk, c["style"]), pager))
    return page_shell(c["name"] + "_" + C.SITE_NAME, [("/news/", "新闻中心"), (class_url(classid), c["name"])], inner, classid)


def search_page(searchid, page):
    word = C.SEARCH_WORDS.get(searchid, "园区")
    hits = [a for a in reversed(C.ARTICLES)
            if word in a["title"] or any(word in str(b[1]) for b in a["blocks"] if len(b) > 1)]
    chunk = hits[(page % 3) * 4:(page % 3) * 4 + 4] or hits[:4]
    lis = "".join("<li><a href=\"%s\">%s</a> <span>%s</span></li>" % (C.url_path(a), esc(a["title"]), a["date"]) for a in chunk)
    pager = ("第%d页 <a href=\"/e/search/result/index.php?page=%d&searchid=%d\">下一页</a>" % (page + 1, page + 1, searchid))
    if page > 0:
        pager = "<a href=\"/e/search/result/index.php?page=%d&searchid=%d\">上一页</a> " % (page - 1, searchid) + pager
    inner = ("<div class=\"listbox\"><h2>搜索结果：%s</h2><p>共找到相关信息%d条</p><ul>%s</ul><div class=\"epages\">%s</div></div>\n"
             % (esc(word), len(hits), lis, pager))
    return page_shell("搜索结果_" + C.SITE_NAME, [("/e/search/", "搜索")], inner)


def tag_page(tag):
    arts = [a for a in reversed(C.ARTICLES) if tag in a["tags"]]
    if not arts:
        return None
    inner = "<div class=\"listbox\"><h2>TAG：%s</h2>%s</div>\n" % (esc(tag), list_items(arts, "zsdt"))
    return page_shell(tag + "_TAG_" + C.SITE_NAME, [("/e/tags/", "TAGS")], inner)


def sitemap_page():
    lis = "".join("<li><a href=\"%s\">%s</a></li>" % (class_url(cid), C.CLASSES[cid]["name"]) for cid in C.NEWS_CLASSES)
    return page_shell("网站地图_" + C.SITE_NAME, [("/sitemap.html", "网站地图")],
                      "<div class=\"listbox\"><h2>网站地图</h2><ul>%s<li><a href=\"/changfang/\">厂房出租</a></li>"
                      "<li><a href=\"/zt/\">专题</a></li></ul></div>\n" % lis)


ROBOTS = "User-agent: *\nDisallow: /e/admin/\nDisallow: /e/data/\nDisallow: /d/\n\nSitemap: http://www.hzyqzs.cn/sitemap.html\n"

ART_RE = re.compile(r"^/news/(yqdt|zsdt|tzgg|mtbd)/(\d{4}-\d{2}-\d{2})/(\d+)(?:_(\d+))?\.html$")
LIST_RE = re.compile(r"^/news/(yqdt|zsdt|tzgg|mtbd)/(?:index(?:_(\d+))?\.html)?$")
FACT_RE = re.compile(r"^/changfang/(\d{4}-\d{2}-\d{2})/(\d+)\.html$")
DOWN_RE = re.compile(r"^/download/(\d{4}-\d{2}-\d{2})/(\d+)\.html$")
PATH_CLASS = {v["path"].split("/")[-1]: k for k, v in C.CLASSES.items() if v["parent"]}
SID_RE = re.compile(r"(href=\")(/[^\"#]*)")


def _int(q, name, default=None):
    try:
        return int(q.get(name, [default])[0])
    except (TypeError, ValueError):
        return default


class EmpireGbk:
    origin = ORIGIN
    hosts = [C.WWW, C.HOST]

    def handle(self, method, url):
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host not in self.hosts:
            return Response(502, _headers("text/plain"), b"Bad Gateway")
        path = parts.path or "/"
        q = parse_qs(parts.query, keep_blank_values=True)
        res = self.route(path, q, parts.query)
        if res is None:
            return not_found()
        if isinstance(res, Response):
            return res
        text, charset_in_header = res
        sid = q.get("PHPSESSID", [None])[0]
        if sid:  # session-id trap: every internal link gets a fresh session id
            def add(m):
                new = hashlib.md5((sid + m.group(2)).encode()).hexdigest()[:26]
                sep = "&amp;" if "?" in m.group(2) else "?"
                return m.group(1) + m.group(2) + sep + "PHPSESSID=" + new
            text = SID_RE.sub(add, text)
        return html_response(text, charset_in_header=charset_in_header,
                             extra={"Set-Cookie": "PHPSESSID=%s; path=/" % sid} if sid else None)

    def route(self, path, q, query):
        if path.startswith(("/e/admin", "/e/data/", "/d/")):
            return forbidden()
        if path == "/robots.txt":
            return text_response(ROBOTS, "text/plain")
        if path in ("/", "/index.html"):
            return home(), False
        if path == "/index.php":
            return redirect(ORIGIN + "/")
        m = ART_RE.match(path)
        if m:
            cid = PATH_CLASS[m.group(1)]
            a = C.BY_ID.get(int(m.group(3)))
            if not a or a["classid"] != cid or a["date"] != m.group(2):
                return None
            page = int(m.group(4) or 1)
            if page < 2 and m.group(4):
                return None
            if page > len(C.pages(a)):
                return None
            style = C.CLASSES[cid]["style"]
            return article_page(a, page), style not in ("tzgg", "mtbd")
        for aid, old in C.OLD_URLS.items():
            if path == old:
                return redirect(ORIGIN + C.url_path(C.BY_ID[aid]))
        if path in ("/news/yqdt", "/news/zsdt", "/news/tzgg", "/news/mtbd", "/news", "/zt", "/changfang"):
            return redirect(ORIGIN + path + "/")
        m = LIST_RE.match(path)
        if m:
            return list_page(PATH_CLASS[m.group(1)], int(m.group(2) or 1)), False
        if path in ("/news/", "/news/index.html"):
            return news_index(), True
        if path == "/e/action/ShowInfo.php":
            a = C.BY_ID.get(_int(q, "id"))
            if not a or _int(q, "classid") != a["classid"]:
                return None
            page = _int(q, "page", 0) + 1
            if page > len(C.pages(a)) or page < 1:
                return None
            return article_page(a, page), True
        if path == "/e/DoPrint/":
            a = C.BY_ID.get(_int(q, "id"))
            if not a or _int(q, "classid") != a["classid"]:
                return None
            return print_page(a), False
        if path == "/e/action/ListInfo/":
            cid = _int(q, "classid")
            if cid not in C.NEWS_CLASSES:
                return None
            if "date" in q:
                d = q["date"][0]
                if not re.match(r"^\d{4}-\d{2}$", d) or not 1 <= int(d[5:]) <= 12:
                    return None
                return calendar_page(cid, d), True
            return sort_page(cid, q.get("orderby", ["newstime"])[0], q.get("myorder", ["0"])[0], _int(q, "page", 0) or 0), True
        if path in ("/e/public/ViewClick/", "/e/public/ClickNum/"):
            a = C.BY_ID.get(_int(q, "id"))
            return text_response("document.write('%d');" % (a["views"] if a else 0), "application/x-javascript")
        if path in ("/e/search/result/", "/e/search/result/index.php"):
            sid = _int(q, "searchid")
            if sid is None:
                return None
            return search_page(sid, _int(q, "page", 0) or 0), True
        if path in ("/e/search/index.php", "/e/search/"):
            return redirect(ORIGIN + "/e/search/result/?searchid=12", 302)
        if path == "/e/tags/":
            raw = q.get("tagname", [""])[0]
            b = unquote_to_bytes(re.search(r"tagname=([^&]*)", query).group(1)) if "tagname=" in query else b""
            try:
                tag = b.decode("gbk")
            except UnicodeDecodeError:
                tag = raw
            r = tag_page(tag)
            return (r, True) if r else None
        if path == "/e/member/login/":
            return login_page("login"), True
        if path == "/e/member/register/":
            return login_page("register"), True
        if path == "/e/tool/gbook/":
            if _int(q, "bid") != 1:
                return None
            return gbook_page(_int(q, "page", 0) or 0), False
        if path == "/e/extend/yqmap/":
            return map_page(), True
        if path in ("/zt/", "/zt/index.html"):
            return topic_index(), True
        m = re.match(r"^/zt/([a-z0-9]+)/(?:index\.html)?$", path)
        if m and m.group(1) in C.TOPICS:
            return topic_page(m.group(1)), True
        if path in ("/changfang/", "/changfang/index.html"):
            return factory_list(), True
        m = FACT_RE.match(path)
        if m:
            for f in C.FACTORIES:
                if f[0] == int(m.group(2)) and f[1] == m.group(1):
                    return factory_page(f), True
            return None
        if path in ("/download/", "/download/index.html"):
            return download_list(), True
        m = DOWN_RE.match(path)
        if m:
            for d in C.DOWNLOADS:
                if d[0] == int(m.group(2)) and d[1] == m.group(1):
                    return download_page(d), True
            return None
        if path in ("/about/", "/about/index.html"):
            return about_page(), True
        if path in ("/contact/", "/contact/index.html"):
            return contact_page(), True
        if path == "/sitemap.html":
            return sitemap_page(), True
        if path.startswith("/skin/"):
            return Response(200, _headers("text/css" if path.endswith(".css") else "application/octet-stream"), b"")
        return None


def emulator():
    return EmpireGbk()
