# -*- coding: utf-8 -*-
"""Emulator of www.qatsq.gov.cn, the site of 泉澳臺商投資區管理委員會 (an invented Taiwanese-investment zone).

An old ASP site on IIS with table layout, its own pages in traditional Chinese encoded in Big5, a
simplified-Chinese mirror of the news under /gb/ (GBK), and a PHP 廠房租售平臺 bolted on under /factory/.
Deterministic: no clock (fixed Date header), no randomness, no network.
"""

import hashlib
import html
import re
from urllib.parse import parse_qsl, quote, urlsplit

import big5_taishang_content as C

HOST = "www.qatsq.gov.cn"
BARE = "qatsq.gov.cn"
HOSTS = (HOST, BARE)
ORIGIN = "http://" + HOST
HTTP_DATE = "Wed, 15 Jan 2025 02:00:00 GMT"
TODAY = (2025, 1, 15)

_T2S = {ord(a): b for a, b in zip(C.T2S_PAIRS[0::2], C.T2S_PAIRS[1::2])}


def t2s(s):
    return s.translate(_T2S)


ART = {a["id"]: a for a in C.ARTICLES}
FACT = {f["id"]: f for f in C.FACTORIES}
JOB = {j["id"]: j for j in C.JOBS}


def _key(a):
    return (a["date"], a["id"])


def column(cid):
    """Articles of a column, newest first (the order of the list pages)."""
    return sorted((a for a in C.ARTICLES if a["cid"] == cid), key=_key, reverse=True)


def newest(n):
    return sorted(C.ARTICLES, key=_key, reverse=True)[:n]


def hot(n):
    shown = [a for a in C.ARTICLES if a["views"] is not None]
    return sorted(shown, key=lambda a: (-a["views"], a["id"]))[:n]


def ymd(a):
    return a["date"][:10]


def roc(d):
    y, m, dd = (int(x) for x in d[:10].split("-"))
    return "民國%d年%d月%d日" % (y - 1911, m, dd)


def roc_short(d):
    y, m, dd = d[:10].split("-")
    return "%d-%s-%s" % (int(y) - 1911, m, dd)


def trunc(s, n):
    return s if len(s) <= n else s[: n - 1] + "…"


def esc(s):
    return html.escape(s, quote=True)


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body


# ---------------------------------------------------------------- links


class Links:
    """Where the news links of a page point: the traditional site or the /gb/ mirror."""

    def __init__(self, gb=False):
        self.gb = gb
        self.p = "/gb" if gb else ""

    @property
    def home(self):
        return "/gb/" if self.gb else "/"

    def lst(self, cid, page=None):
        u = "%s/list.asp?cid=%d" % (self.p, cid)
        return u + ("&amp;page=%d" % page if page else "")

    def show(self, aid, extra=""):
        return "%s/show.asp?id=%d%s" % (self.p, aid, extra)

    def search(self, kw, page=None):
        if self.gb:
            u = "/gb/search.asp?kw=" + quote(t2s(kw).encode("gbk"))
        else:
            u = "/search.asp?kw=" + quote(kw.encode("big5"))
        return u + ("&amp;page=%d" % page if page else "")


TRAD = Links(False)
GB = Links(True)


# ---------------------------------------------------------------- page frame

CSS = """body{margin:0;font-size:12px;font-family:新細明體,PMingLiU;color:#333}
a{color:#333;text-decoration:none}a:hover{color:#c00;text-decoration:underline}
.top{background:#f3f3f3;height:28px}.nav{background:#1d5aa8;height:34px}.nav a{color:#fff;font-size:14px;font-weight:bold}
.sbar{background:#eaf1fb;height:30px}.lbox{border:1px solid #c9d8ee;margin-bottom:8px}.ltit{background:#1d5aa8;color:#fff;font-weight:bold;height:26px;padding-left:8px}
.atitle{font-size:20px;color:#1d5aa8;padding:12px}.ainfo{color:#888;border-bottom:1px dashed #ccc}
#zoom{font-size:14px;line-height:200%}.footer{border-top:3px solid #1d5aa8;line-height:22px;color:#555}
"""

JS = """function showDate(){var d=new Date();var w=['日','一','二','三','四','五','六'];document.write(d.getFullYear()+'年'+(d.getMonth()+1)+'月'+d.getDate()+'日 星期'+w[d.getDay()]);}
function doZoom(s){document.getElementById('zoom').style.fontSize=s+'px';}
function addFav(){try{window.external.addFavorite('http://www.qatsq.gov.cn','泉澳臺商投資區管理委員會');}catch(e){alert('請按Ctrl+D加入收藏');}}
function setHome(o){try{o.style.behavior='url(#default#homepage)';o.setHomePage('http://www.qatsq.gov.cn');}catch(e){}}
function shareTo(t){var u=encodeURIComponent(location.href);if(t=='weibo'){window.open('http://service.weibo.com/share/share.php?url='+u);}else if(t=='qzone'){window.open('https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url='+u);}else{alert('請使用微信掃一掃分享');}}
"""


def head(title, gb, extra=""):
    cs = "gb2312" if gb else "big5"
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n'
        "<html>\n<head>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
        "<title>%s</title>\n"
        '<meta name="keywords" content="泉澳臺商投資區,臺商投資,招商引資,廠房出租,臺資企業">\n'
        '<meta name="description" content="泉澳臺商投資區管理委員會官方網站">\n'
        '<link href="/css/style.css" rel="stylesheet" type="text/css">\n'
        '<script language="javascript" src="/js/common.js"></script>\n'
        "%s</head>\n" % (cs, esc(title), extra)
    )


def top(L, switch_url):
    hot_links = "&nbsp;&nbsp;".join('<a href="%s">%s</a>' % (L.search(k), k) for k in C.HOT_SEARCH)
    switch = "繁體版" if L.gb else "簡體版"
    return (
        '<body topmargin="0" leftmargin="0"><a name="top"></a>\n'
        '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="top">\n'
        '<tr><td width="400" class="date">&nbsp;今天是：<script language="javascript">showDate();</script></td>\n'
        '<td align="right"><a href="#" onclick="setHome(this);return false;">設為首頁</a> | '
        '<a href="javascript:addFav()">加入收藏</a> | <a href="%s">%s</a> | '
        '<a href="/member/login.asp">企業登錄</a> | <a href="/member/reg.asp">註冊</a>&nbsp;</td></tr>\n'
        "</table>\n"
        '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">\n'
        '<tr><td><img src="/images/banner.jpg" width="980" height="130" border="0" alt="泉澳臺商投資區管理委員會"></td></tr>\n'
        "</table>\n"
        '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="nav"><tr align="center">\n'
        '<td><a href="%s">網站首頁</a></td>\n'
        '<td><a href="%s">最新消息</a></td>\n'
        '<td><a href="%s">法規政策</a></td>\n'
        '<td><a href="%s">招商資訊</a></td>\n'
        '<td><a href="%s">園區動態</a></td>\n'
        '<td><a href="/factory/">廠房出租</a></td>\n'
        '<td><a href="/download.asp">下載專區</a></td>\n'
        '<td><a href="/job.asp">人才招聘</a></td>\n'
        '<td><a href="/about.asp?id=1">關於我們</a></td>\n'
        '<td><a href="/contact.asp">聯繫我們</a></td>\n'
        "</tr></table>\n"
        '<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="sbar"><tr>\n'
        '<form name="sform" action="%s" method="get">\n'
        '<td width="640">&nbsp;熱門搜尋：%s</td>\n'
        '<td align="right">站內搜尋：<input type="text" name="kw" size="22" maxlength="50" class="input"> '
        '<input type="image" src="/images/btn_search.gif" align="absmiddle" border="0">&nbsp;</td>\n'
        "</form></tr></table>\n"
        % (
            switch_url, switch, L.home, L.lst(1), L.lst(2), L.lst(3), L.lst(4),
            "/gb/search.asp" if L.gb else "/search.asp", hot_links,
        )
    )


FOOTER = (
    '<table width="980" border="0" align="center" cellpadding="6" cellspacing="0" class="footer">\n'
    '<tr><td align="center">\n'
    '<a href="/about.asp">關於我們</a> | <a href="/contact.asp">聯繫我們</a> | <a href="/sitemap.asp">網站地圖</a> | '
    '<a href="/calendar.asp">活動日曆</a> | <a href="/admin/login.asp">管理登錄</a><br>\n'
    "主辦單位：泉澳臺商投資區管理委員會　承辦：管委會黨政辦公室<br>\n"
    "地址：福建省泉澳市臺商投資區海峽大道88號　郵編：362123　電話：0595-88765000　傳真：0595-88765001<br>\n"
    '<a href="https://beian.miit.gov.cn/" target="_blank">閩ICP備10023456號-1</a>　閩公網安備 35058202000123號　網站標識碼：3505000012<br>\n'
    "建議使用1024×768以上解析度瀏覽本站　技術支持：泉澳海聯網絡科技有限公司\n"
    "</td></tr></table>\n"
    "</body>\n</html>\n"
)


def left(L, active=None):
    rows = []
    for cid, name in C.COLUMNS.items():
        cls = "lmenu on" if cid == active else "lmenu"
        rows.append('<tr><td class="%s">&nbsp;·&nbsp;<a href="%s">%s</a></td></tr>' % (cls, L.lst(cid), name))
    hots = "".join(
        '<li><a href="%s" title="%s" target="_blank">%s</a></li>' % (L.show(a["id"]), esc(a["title"]), esc(trunc(a["title"], 15)))
        for a in hot(6)
    )
    return (
        '<td width="230" valign="top" class="left">\n'
        '<table width="100%" border="0" cellpadding="3" cellspacing="0" class="lbox">\n'
        '<tr><td class="ltit">新聞中心</td></tr>\n' + "\n".join(rows) + "\n</table>\n"
        '<table width="100%" border="0" cellpadding="3" cellspacing="0" class="lbox">\n'
        '<tr><td class="ltit">熱門文章</td></tr>\n'
        '<tr><td class="lcon"><ul>' + hots + "</ul></td></tr>\n</table>\n"
        '<table width="100%" border="0" cellpadding="3" cellspacing="0" class="lbox">\n'
        '<tr><td class="ltit">招商熱線</td></tr>\n'
        '<tr><td class="lcon">投資促進局：0595-88765088<br>招商專員 鄭先生：13905951234<br>'
        "招商專員 張先生：13905958812<br>電子郵箱：tzcj@qatsq.gov.cn</td></tr>\n</table>\n"
        '<table width="100%" border="0" cellpadding="3" cellspacing="0" class="lbox">\n'
        '<tr><td align="center" class="lcon"><img src="/images/qrcode.jpg" width="120" height="120" alt="微信公眾號"><br>'
        "掃一掃，關注「泉澳臺商區」微信公眾號</td></tr>\n</table>\n"
        "</td>\n"
    )


def frame(title, L, switch_url, inner, extra_head=""):
    """Header, navigation, then ``inner`` (the page's own table rows), then the footer."""
    return head(title, L.gb, extra_head) + top(L, switch_url) + inner + FOOTER


def two_cols(L, active, main):
    return (
        '<table width="980" border="0" align="center" cellpadding="0" cellspacing="8">\n<tr>\n'
        + left(L, active)
        + '<td valign="top" class="main">\n' + main + "</td>\n</tr>\n</table>\n"
    )


def position(L, *crumbs):
    parts = ['<a href="%s">首頁</a>' % L.home]
    for c in crumbs:
        parts.append(c)
    return (
        '<table width="100%" border="0" cellpadding="4" cellspacing="0" class="pos">'
        "<tr><td>您現在的位置：" + " &gt; ".join(parts) + "</td></tr></table>\n"
    )


# ---------------------------------------------------------------- article body


def _word_text(text):
    span = '<span style="font-size:12.0pt;font-family:新細明體">'
    out = re.sub(
        r"[0-9A-Za-z.%/]+",
        lambda m: '</span><span lang="EN-US" style="font-size:12.0pt">' + m.group(0) + "</span>" + span,
        text,
    )
    return span + out + "</span>"


def _attach(text, href):
    if text.startswith("附件："):
        return '附件：<a href="%s" target="_blank">%s</a>' % (href, text[3:])
    return '<a href="%s" target="_blank">%s</a>' % (href, text)


def _table(rows, word=False):
    out = ['<table width="92%" border="1" align="center" cellpadding="4" cellspacing="0" style="border-collapse:collapse" bordercolor="#999999">'
           if not word else
           '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" align="center" style="border-collapse:collapse;border:none">']
    for i, row in enumerate(rows):
        cells = []
        for c in row:
            if word:
                inner = '<p class="MsoNormal" align="center" style="text-align:center">%s</p>' % (
                    ("<b>" + _word_text(c) + "</b>") if i == 0 else _word_text(c))
                cells.append('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">%s</td>' % inner)
            elif i == 0:
                cells.append('<td align="center" bgcolor="#e8eef7"><strong>%s</strong></td>' % c)
            else:
                cells.append('<td align="center">%s</td>' % c)
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def render_body(a):
    m = a["markup"]
    out = []
    if m == "br":
        out.append('<div style="font-size:14px;line-height:200%">')
    for b in a["blocks"]:
        k = b[0]
        if m == "word":
            if k in ("p", "credit"):
                out.append('<p class="MsoNormal" style="text-indent:24.0pt;line-height:150%">'
                           + _word_text(b[1]) + '<span lang="EN-US"><o:p></o:p></span></p>')
            elif k == "tail":
                out.append('<p class="MsoNormal" style="text-indent:24.0pt">' + _word_text(b[1] + b[2]) + "</p>")
            elif k == "h":
                out.append('<p class="MsoNormal" align="center" style="text-align:center"><b>'
                           '<span style="font-size:16.0pt;font-family:標楷體">%s</span></b></p>' % b[1])
            elif k == "r":
                out.append('<p class="MsoNormal" align="right" style="text-align:right">' + _word_text(b[1]) + "</p>")
            elif k == "table":
                out.append(_table(b[1], word=True))
            elif k == "attach":
                out.append('<p class="MsoNormal">' + _attach(b[1], b[2]) + "</p>")
            elif k == "img":
                out.append('<p align="center"><img src="%s" border="0" width="500"></p>\n<p align="center">%s</p>' % (b[1], b[2]))
            elif k == "li":
                out.append("<ul>" + "".join("<li>%s</li>" % x for x in b[1]) + "</ul>")
        elif m == "br":
            if k == "p":
                out.append("　　%s<br>\n<br>" % b[1])
            elif k == "h":
                out.append("<b>%s</b><br>\n<br>" % b[1])
            elif k == "r":
                out.append('<div align="right">%s</div>' % b[1])
            elif k == "img":
                out.append('<center><img src="%s" border="0" width="500"><br>\n%s</center><br>' % (b[1], b[2]))
            elif k == "table":
                out.append(_table(b[1]) + "<br>")
            elif k == "credit":
                out.append("%s<br>\n<br>" % b[1])
            elif k == "tail":
                out.append("　　%s%s<br>\n<br>" % (b[1], b[2]))
            elif k == "attach":
                out.append("　　%s<br>\n<br>" % _attach(b[1], b[2]))
            elif k == "li":
                out.append("<ul>" + "".join("<li>%s</li>" % x for x in b[1]) + "</ul>")
        else:
            if k == "p":
                out.append("<p>　　%s</p>" % b[1])
            elif k == "h":
                out.append("<p><strong>%s</strong></p>" % b[1])
            elif k == "r":
                out.append('<p align="right">%s</p>' % b[1])
            elif k == "img":
                out.append('<p align="center"><img src="%s" border="0" width="500"></p>\n<p align="center">%s</p>' % (b[1], b[2]))
            elif k == "table":
                out.append(_table(b[1]))
            elif k == "li":
                out.append("<ul>\n" + "\n".join("<li>%s</li>" % x for x in b[1]) + "\n</ul>")
            elif k == "attach":
                out.append("<p>　　%s</p>" % _attach(b[1], b[2]))
            elif k == "credit":
                if "責任編輯" in b[1]:
                    out.append('<p align="right">%s</p>' % b[1])
                else:
                    out.append("<p>　　%s</p>" % b[1])
            elif k == "tail":
                out.append("<p>　　%s%s</p>" % (b[1], b[2]))
    if m == "br":
        out.append("</div>")
    return "\n".join(out)


def info_line(a, L):
    cid = a["cid"]
    by = "作者：%s　" % a["author"] if a["author"] else ""
    zoom = ('【字體：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(14)">中</a> '
            '<a href="javascript:doZoom(12)">小</a>】')
    if cid == 1:
        return "發佈時間：%s　來源：%s　%s點擊數：%d　%s" % (a["date"], a["src"], by, a["views"], zoom)
    if cid == 2:
        return "發佈日期：%s　來源：%s　%s" % (roc(a["date"]), a["src"], zoom)
    if cid == 3:
        return "日期：%s　來源：%s　%s瀏覽：%d次" % (a["date"], a["src"], by, a["views"])
    return "發佈時間：%s　文章來源：%s　%s閱讀次數：%d　%s" % (a["date"], a["src"], by, a["views"], zoom)


def gov_meta(a):
    m = a.get("meta")
    if not m:
        return ""
    return (
        '<table width="96%%" border="1" align="center" cellpadding="4" cellspacing="0" bordercolor="#dddddd" '
        'style="border-collapse:collapse;margin-top:8px" class="govinfo">\n'
        '<tr><td width="50%%">索 引 號：%s</td><td>主題分類：%s</td></tr>\n'
        '<tr><td>發佈機構：%s</td><td>成文日期：%s</td></tr>\n'
        '<tr><td>文　　號：%s</td><td>發佈日期：%s</td></tr>\n'
        '<tr><td colspan="2">名　　稱：%s</td></tr>\n'
        "</table>\n" % (m["index"], m["topic"], m["org"], roc(a["written"]), m["docno"], roc(a["date"]), esc(a["title"]))
    )


def prev_next(a):
    col = sorted((x for x in C.ARTICLES if x["cid"] == a["cid"]), key=_key)
    i = col.index(a)
    return (col[i - 1] if i > 0 else None), (col[i + 1] if i + 1 < len(col) else None)


def related(a):
    return [x for x in column(a["cid"]) if x["id"] != a["id"]][:5]


def article_page(a, L):
    cid = a["cid"]
    col = C.COLUMNS[cid]
    prev, nxt = prev_next(a)

    def pn(label, x):
        if x is None:
            return "%s：沒有了" % label
        return '%s：<a href="%s">%s</a>' % (label, L.show(x["id"]), esc(x["title"]))

    rel = "".join(
        '<li><a href="%s" target="_blank">%s</a>&nbsp;<font color="#999999">%s</font></li>\n'
        % (L.show(x["id"]), esc(x["title"]), ymd(x))
        for x in related(a)
    )
    tags = ""
    if a["tags"]:
        tags = ('<tr><td class="tags">關鍵字：%s</td></tr>\n'
                % "&nbsp;".join('<a href="%s">%s</a>' % (L.search(t), t) for t in a["tags"]))
    if L.gb:
        tools = ('【<a href="javascript:window.print()">列印本頁</a>】【<a href="javascript:window.close()">關閉視窗</a>】'
                 '【<a href="#top">返回頂部</a>】')
    else:
        tools = ('【<a href="/print.asp?id=%d" target="_blank">列印本頁</a>】【<a href="javascript:window.close()">關閉視窗</a>】'
                 '【<a href="#top">返回頂部</a>】' % a["id"])
    main = (
        position(L, '<a href="%s">%s</a>' % (L.lst(cid), col), "正文")
        + gov_meta(a)
        + '<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0" class="art">\n'
        '<tr><td align="center" class="atitle"><b>' + esc(a["title"]) + "</b></td></tr>\n"
        '<tr><td align="center" class="ainfo">' + info_line(a, L) + "</td></tr>\n"
        '<tr><td height="10"></td></tr>\n'
        '<tr><td class="acontent"><div id="zoom">\n' + render_body(a) + "\n</div></td></tr>\n"
        + tags
        + '<tr><td class="share">分享到：<a href="javascript:shareTo(\'wechat\')">微信</a> '
        '<a href="javascript:shareTo(\'weibo\')">新浪微博</a> <a href="javascript:shareTo(\'qzone\')">QQ空間</a></td></tr>\n'
        '<tr><td align="right" class="tools">' + tools + "</td></tr>\n"
        '<tr><td class="prenext">' + pn("上一篇", prev) + "<br>\n" + pn("下一篇", nxt) + "</td></tr>\n"
        '<tr><td><table width="100%" border="0" cellpadding="3" cellspacing="0" class="related">'
        '<tr><td class="rtit">相關文章</td></tr><tr><td><ul>\n' + rel + "</ul></td></tr></table></td></tr>\n"
        "</table>\n"
    )
    if L.gb:
        switch = "/show.asp?id=%d" % a["id"]
        extra = ""
    else:
        switch = "/gb/show.asp?id=%d" % a["id"]
        extra = '<link rel="canonical" href="%s/show.asp?id=%d">\n' % (ORIGIN, a["id"])
    title = "%s_%s_%s" % (a["title"], col, C.SITE_NAME)
    return frame(title, L, switch, two_cols(L, cid, main), extra)


def print_page(a):
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html>\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=big5">\n'
        "<title>%s</title>\n"
        '<link rel="canonical" href="%s/show.asp?id=%d">\n'
        '<style>body{font-size:14px;line-height:200%%}</style>\n'
        '</head>\n<body onload="window.print()">\n'
        '<table width="700" border="0" align="center" cellpadding="4" cellspacing="0">\n'
        '<tr><td align="center"><font size="4"><b>%s</b></font></td></tr>\n'
        '<tr><td align="center"><font color="#666666">%s　來源：%s</font></td></tr>\n'
        '<tr><td><hr size="1"></td></tr>\n'
        '<tr><td><div id="zoom">\n%s\n</div></td></tr>\n'
        '<tr><td><hr size="1"></td></tr>\n'
        '<tr><td align="center">【<a href="javascript:window.print()">列印</a>】【<a href="javascript:window.close()">關閉</a>】</td></tr>\n'
        '<tr><td align="center">泉澳臺商投資區管理委員會 版權所有</td></tr>\n'
        "</table>\n</body>\n</html>\n"
        % (esc(a["title"]), ORIGIN, a["id"], esc(a["title"]),
           roc(a["date"]) if a["cid"] == 2 else a["date"], a["src"], render_body(a))
    )


# ---------------------------------------------------------------- lists, home


def list_date(a):
    return roc_short(a["date"]) if a["cid"] == 2 else ymd(a)


def list_page(cid, page, L):
    arts = column(cid)
    n = len(arts)
    pages = max(1, (n + C.PAGE_SIZE - 1) // C.PAGE_SIZE)
    shown = min(page, pages)  # past the end: the last page again
    rows = arts[(shown - 1) * C.PAGE_SIZE: shown * C.PAGE_SIZE]
    body = "".join(
        '<tr><td width="82%%" class="ltd">·&nbsp;<a href="%s" title="%s" target="_blank">%s</a></td>'
        '<td align="right" class="ldate">%s</td></tr>\n'
        '<tr><td colspan="2" height="1" background="/images/dot.gif"></td></tr>\n'
        % (L.show(a["id"]), esc(a["title"]), esc(trunc(a["title"], 30)), list_date(a))
        for a in rows
    )
    first = '<a href="%s">首頁</a>' % L.lst(cid, 1) if page > 1 else "首頁"
    prev = '<a href="%s">上一頁</a>' % L.lst(cid, page - 1) if page > 1 else "上一頁"
    # the old paging include never checks for the last page: 下一頁 is always a link
    nxt = '<a href="%s">下一頁</a>' % L.lst(cid, page + 1)
    last = '<a href="%s">尾頁</a>' % L.lst(cid, pages)
    pager = "共%d條記錄　頁次：%d/%d頁　每頁%d條　%s　%s　%s　%s" % (n, page, pages, C.PAGE_SIZE, first, prev, nxt, last)
    main = (
        position(L, C.COLUMNS[cid])
        + '<table width="96%%" border="0" align="center" cellpadding="0" cellspacing="0" class="ctitle">'
        "<tr><td><b>%s</b></td></tr></table>\n" % C.COLUMNS[cid]
        + '<table width="96%" border="0" align="center" cellpadding="4" cellspacing="0" class="list">\n'
        + body + "</table>\n"
        '<table width="96%" border="0" align="center" cellpadding="6" cellspacing="0"><tr><td align="center" class="page">'
        + pager + "</td></tr></table>\n"
    )
    switch = ("/list.asp?cid=%d" if L.gb else "/gb/list.asp?cid=%d") % cid
    if page > 1:
        switch += "&amp;page=%d" % page
    title = "%s_%s" % (C.COLUMNS[cid], C.SITE_NAME)
    return frame(title, L, switch, two_cols(L, cid, main))


def _box(title, more, items):
    more_html = ('<a href="%s">更多&gt;&gt;</a>' % more) if more else ""
    return (
        '<table width="100%%" border="0" cellpadding="3" cellspacing="0" class="lbox">\n'
        '<tr><td class="ltit">%s</td><td class="ltit" align="right">%s</td></tr>\n'
        '<tr><td colspan="2"><table width="100%%" border="0" cellpadding="2" cellspacing="0">\n%s</table></td></tr>\n'
        "</table>\n" % (title, more_html, items)
    )


def _rows(arts, L, n_chars, date_fmt):
    return "".join(
        '<tr><td>·<a href="%s" title="%s" target="_blank">%s</a></td><td align="right" width="60">%s</td></tr>\n'
        % (L.show(a["id"]), esc(a["title"]), esc(trunc(a["title"], n_chars)), date_fmt(a))
        for a in arts
    )


def home_page(L):
    mmdd = lambda a: "[" + a["date"][5:10] + "]"
    slides = "".join(
        '<td align="center"><a href="%s" target="_blank"><img src="%s" width="156" height="110" border="0"><br>%s</a></td>\n'
        % (L.show(aid, "&amp;from=slide"), img, esc(trunc(ART[aid]["title"], 13)))
        for aid, img in C.SLIDES
    )
    hot_list = hot(7)
    hot_rows = [(a["id"], a["title"]) for a in hot_list]
    hot_rows.insert(2, (C.DELETED_ID, C.DELETED_TITLE))  # a cached ranking that still lists a deleted page
    hot_html = "".join(
        '<tr><td><font color="#c00000">%d.</font> <a href="%s" target="_blank">%s</a></td></tr>\n'
        % (i + 1, L.show(aid, "&amp;from=hot"), esc(trunc(t, 16)))
        for i, (aid, t) in enumerate(hot_rows)
    )
    facts = "".join(
        '<tr><td>·<a href="/factory/view.php?id=%d" target="_blank">%s</a></td></tr>\n' % (f["id"], esc(trunc(f["title"], 17)))
        for f in C.FACTORIES[:4]
    )
    quick = (
        '<tr><td><a href="/calendar.asp">活動日曆</a></td><td><a href="/download.asp">下載專區</a></td></tr>\n'
        '<tr><td><a href="/factory/">廠房出租</a></td><td><a href="/job.asp">人才招聘</a></td></tr>\n'
        '<tr><td><a href="/about.asp?id=2">區位交通</a></td><td><a href="/sitemap.asp">網站地圖</a></td></tr>\n'
    )
    hotline = (
        '<tr><td>投資促進局：0595-88765088<br>招商專員 鄭先生：13905951234<br>招商專員 張先生：13905958812<br>'
        "電子郵箱：tzcj@qatsq.gov.cn</td></tr>\n"
    )
    qr = ('<tr><td align="center"><img src="/images/qrcode.jpg" width="120" height="120" alt="微信公眾號"><br>'
          "掃一掃，關注「泉澳臺商區」微信公眾號</td></tr>\n")
    links = "　".join('<a href="%s" target="_blank">%s</a>' % (u, n) for n, u in C.FRIEND_LINKS)
    inner = (
        '<table width="980" border="0" align="center" cellpadding="0" cellspacing="8">\n<tr>\n'
        '<td width="230" valign="top">\n'
        + _box("快速通道", None, quick)
        + _box("招商熱線", None, hotline)
        + _box("官方微信", None, qr)
        + "</td>\n"
        '<td width="480" valign="top">\n'
        '<table width="100%" border="0" cellpadding="2" cellspacing="0" class="focus"><tr>\n' + slides + "</tr></table>\n"
        + _box("最新消息", L.lst(1), _rows(column(1)[:6], L, 24, mmdd))
        + _box("園區動態", L.lst(4), _rows(column(4)[:6], L, 24, mmdd))
        + "</td>\n"
        '<td width="254" valign="top">\n'
        + _box("法規政策", L.lst(2), _rows(column(2)[:5], L, 13, lambda a: roc_short(a["date"])[4:]))
        + _box("招商資訊", L.lst(3), _rows(column(3)[:5], L, 13, mmdd))
        + _box("廠房出租", "/factory/", facts)
        + _box("點擊排行", None, hot_html)
        + "</td>\n</tr>\n</table>\n"
        '<table width="980" border="0" align="center" cellpadding="6" cellspacing="0" class="links">'
        "<tr><td>友情鏈接：" + links + "</td></tr></table>\n"
    )
    switch = "/" if L.gb else "/gb/"
    return frame(C.SITE_NAME, L, switch, inner)


# ---------------------------------------------------------------- other pages


def simple_page(title, crumbs, main, L=TRAD, switch="/gb/", active=None):
    return frame("%s_%s" % (title, C.SITE_NAME), L, switch, two_cols(L, active, position(L, *crumbs) + main))


def not_found_article(L):
    main = ('<table width="96%%" border="0" align="center" cellpadding="30"><tr><td align="center">'
            '<font color="#c00000" size="3">對不起，您要查看的信息不存在或已被刪除！</font><br><br>'
            '<a href="%s">返回首頁</a></td></tr></table>\n' % L.home)
    return simple_page("信息不存在", ["提示信息"], main, L, "/gb/" if not L.gb else "/")


def about_page(aid):
    name, paras = C.ABOUT[aid]
    menu = " | ".join('<a href="/about.asp?id=%d">%s</a>' % (i, C.ABOUT[i][0]) for i in sorted(C.ABOUT))
    main = (
        '<table width="96%%" border="0" align="center" cellpadding="4"><tr><td class="submenu">%s</td></tr>'
        '<tr><td align="center" class="atitle"><b>%s</b></td></tr><tr><td class="acontent">%s</td></tr></table>\n'
        % (menu, name, "".join("<p>　　%s</p>" % p for p in paras))
    )
    return simple_page(name, ['<a href="/about.asp?id=1">關於我們</a>', name], main)


def contact_page():
    main = (
        '<table width="96%" border="0" align="center" cellpadding="4"><tr><td class="acontent">'
        "<p><b>泉澳臺商投資區管理委員會</b></p>"
        "<p>地址：福建省泉澳市臺商投資區海峽大道88號管委會大樓</p><p>郵編：362123</p>"
        "<p>辦公室電話：0595-88765000　傳真：0595-88765001</p>"
        "<p>招商熱線：0595-88765088</p><p>臺胞服務中心：0595-88765026</p>"
        "<p>電子郵箱：tsq@qatsq.gov.cn</p>"
        "<p>辦公時間：週一至週五 上午8:00至12:00，下午14:30至17:30（法定節假日除外）</p>"
        '<p><img src="/images/map.jpg" width="600" height="360" border="0" alt="交通位置圖"></p>'
        "</td></tr></table>\n"
    )
    return simple_page("聯繫我們", ["聯繫我們"], main)


def sitemap_page():
    items = [
        ("新聞中心", [(C.COLUMNS[c], "/list.asp?cid=%d" % c) for c in C.COLUMNS]),
        ("投資服務", [("廠房出租", "/factory/"), ("下載專區", "/download.asp"), ("活動日曆", "/calendar.asp")]),
        ("關於我們", [(C.ABOUT[i][0], "/about.asp?id=%d" % i) for i in sorted(C.ABOUT)]
                  + [("聯繫我們", "/contact.asp"), ("人才招聘", "/job.asp")]),
        ("其他", [("簡體版", "/gb/")]),
    ]
    rows = "".join(
        '<tr><td width="120" valign="top"><b>%s</b></td><td>%s</td></tr>\n'
        % (g, "　".join('<a href="%s">%s</a>' % (u, n) for n, u in links))
        for g, links in items
    )
    main = '<table width="96%" border="1" align="center" cellpadding="6" cellspacing="0" bordercolor="#dddddd" style="border-collapse:collapse">\n' + rows + "</table>\n"
    return simple_page("網站地圖", ["網站地圖"], main)


def job_list_page():
    rows = "".join(
        '<tr><td><a href="/job.asp?id=%d">%s</a></td><td>%s</td><td align="center">%s</td><td align="center">%s</td></tr>\n'
        % (j["id"], j["title"], j["employer"], j["number"], j["date"])
        for j in C.JOBS
    )
    main = (
        '<table width="96%" border="1" align="center" cellpadding="5" cellspacing="0" bordercolor="#dddddd" style="border-collapse:collapse">\n'
        '<tr bgcolor="#e8eef7"><td align="center">崗位名稱</td><td align="center">招聘單位</td><td align="center">人數</td><td align="center">發佈日期</td></tr>\n'
        + rows + "</table>\n"
    )
    return simple_page("人才招聘", ["人才招聘"], main)


def job_page(j):
    main = (
        '<table width="96%%" border="0" align="center" cellpadding="4">'
        '<tr><td align="center" class="atitle"><b>%s</b></td></tr>'
        '<tr><td align="center" class="ainfo">發佈日期：%s　招聘單位：%s</td></tr>'
        '<tr><td class="acontent"><p><b>招聘人數：</b>%s</p><p><b>崗位職責：</b></p>%s<p><b>任職要求：</b></p>%s'
        "<p><b>薪資待遇：</b>%s</p><p><b>報名方式：</b>請將個人簡歷發送至hr@qatsq.gov.cn，郵件標題註明「應聘崗位＋姓名」，報名截止時間為%s。</p></td></tr>"
        '<tr><td align="right"><a href="/job.asp">返回招聘列表</a></td></tr></table>\n'
        % (j["title"], j["date"], j["employer"], j["number"],
           "".join("<p>%d. %s</p>" % (i + 1, d) for i, d in enumerate(j["duties"])),
           "".join("<p>%d. %s</p>" % (i + 1, d) for i, d in enumerate(j["reqs"])),
           j["pay"], j["deadline"])
    )
    return simple_page(j["title"], ['<a href="/job.asp">人才招聘</a>', "崗位詳情"], main)


def download_page():
    rows = "".join(
        '<tr><td>%s</td><td align="center">%s</td><td align="center">%s</td><td align="center">%d</td>'
        '<td align="center"><a href="%s" target="_blank">下載</a></td></tr>\n'
        % (d["name"], d["size"], d["date"], d["hits"], d["href"])
        for d in C.DOWNLOADS
    )
    main = (
        '<table width="96%" border="1" align="center" cellpadding="5" cellspacing="0" bordercolor="#dddddd" style="border-collapse:collapse">\n'
        '<tr bgcolor="#e8eef7"><td align="center">文件名稱</td><td align="center">大小</td><td align="center">更新日期</td>'
        '<td align="center">下載次數</td><td align="center">下載</td></tr>\n'
        + rows + "</table>\n"
        '<p align="center">提示：PDF文件需使用Adobe Reader等閱讀器打開。</p>\n'
    )
    return simple_page("下載專區", ["下載專區"], main)


def login_page(path):
    admin = path.startswith("/admin/")
    title = "後台管理登錄" if admin else ("企業用戶註冊" if path.endswith("reg.asp") else "企業用戶登錄")
    main = (
        '<form action="%s" method="post"><table width="360" border="0" align="center" cellpadding="6">'
        '<tr><td colspan="2" align="center"><b>%s</b></td></tr>'
        '<tr><td align="right">用戶名：</td><td><input type="text" name="username"></td></tr>'
        '<tr><td align="right">密　碼：</td><td><input type="password" name="password"></td></tr>'
        '<tr><td></td><td><input type="submit" value="提交"></td></tr></table></form>\n' % (path, title)
    )
    return simple_page(title, [title], main)


def calendar_page(y, m):
    import calendar as cal

    events = {}
    for a in C.ARTICLES:
        if a["cid"] in (1, 4):
            ay, am, ad = (int(x) for x in a["date"][:10].split("-"))
            if (ay, am) == (y, m):
                events.setdefault(ad, []).append(a)
    py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
    ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
    weeks = cal.Calendar(firstweekday=6).monthdayscalendar(y, m)
    grid = ['<tr bgcolor="#e8eef7">' + "".join('<td align="center" width="14%%">%s</td>' % d for d in "日一二三四五六") + "</tr>"]
    for w in weeks:
        cells = []
        for d in w:
            if d == 0:
                cells.append("<td>&nbsp;</td>")
                continue
            ev = "".join('<br><a href="/show.asp?id=%d" title="%s">%s</a>' % (a["id"], esc(a["title"]), esc(trunc(a["title"], 9)))
                         for a in events.get(d, []))
            cells.append('<td valign="top" height="56">%d%s</td>' % (d, ev))
        grid.append("<tr>" + "".join(cells) + "</tr>")
    main = (
        '<table width="96%%" border="0" align="center" cellpadding="4"><tr>'
        '<td><a href="/calendar.asp?y=%d&amp;m=%d">&lt;&lt; 上一月</a></td>'
        '<td align="center"><b>%d年%d月 活動日曆</b></td>'
        '<td align="right"><a href="/calendar.asp?y=%d&amp;m=%d">下一月 &gt;&gt;</a></td></tr></table>\n'
        '<table width="96%%" border="1" align="center" cellpadding="3" cellspacing="0" bordercolor="#dddddd" style="border-collapse:collapse">\n%s\n</table>\n'
        '<p align="center"><a href="/calendar.asp">回到本月</a></p>\n'
        % (py, pm, y, m, ny, nm, "\n".join(grid))
    )
    return simple_page("活動日曆", ["活動日曆"], main)


def _plain(s):
    return re.sub(r"<[^>]+>", "", s)


def article_text(a):
    parts = [a["title"]]
    for b in a["blocks"]:
        if b[0] in ("p", "h", "r", "credit"):
            parts.append(_plain(b[1]))
        elif b[0] == "tail":
            parts.append(b[1])
        elif b[0] == "table":
            parts.extend(" ".join(r) for r in b[1])
        elif b[0] == "li":
            parts.extend(b[1])
        elif b[0] in ("img", "attach"):
            parts.append(b[2] if b[0] == "img" else b[1])
    return "\n".join(parts)


def search_page(kw, page, L):
    kw = kw.strip()
    per = 10
    main = position(L, "站內搜尋")
    if not kw:
        main += '<p align="center">請輸入搜尋關鍵字。</p>\n'
    else:
        terms = [t2s(t) for t in kw.split()]
        hits = [a for a in sorted(C.ARTICLES, key=_key, reverse=True)
                if all(t in t2s(article_text(a)) for t in terms)]
        pages = max(1, (len(hits) + per - 1) // per)
        rows = ""
        for a in hits[(page - 1) * per: page * per]:
            text = _plain(next((b[1] for b in a["blocks"] if b[0] == "p"), ""))
            rows += ('<tr><td>·<a href="%s" target="_blank">%s</a>　<font color="#999999">%s</font><br>'
                     '<font color="#666666">%s</font></td></tr>\n' % (L.show(a["id"]), esc(a["title"]), ymd(a), esc(trunc(text, 60))))
        pager = "共%d條　第%d/%d頁" % (len(hits), page, pages)
        if page > 1:
            pager += '　<a href="%s">上一頁</a>' % L.search(kw, page - 1)
        if page < pages:
            pager += '　<a href="%s">下一頁</a>' % L.search(kw, page + 1)
        sugg = ""
        if len(kw) <= 40:
            sugg = "相關搜尋：" + "　".join('<a href="%s">%s</a>' % (L.search(kw + " " + w), esc(kw + " " + w))
                                      for w in ("政策", "廠房", "補貼"))
        main += (
            '<table width="96%%" border="0" align="center" cellpadding="4"><tr><td>搜尋「%s」，共找到 %d 條結果</td></tr>\n%s'
            '<tr><td align="center">%s</td></tr><tr><td>%s</td></tr></table>\n' % (esc(kw), len(hits), rows, pager, sugg)
        )
    switch = "/search.asp" if L.gb else "/gb/search.asp"
    return frame("站內搜尋_" + C.SITE_NAME, L, switch, two_cols(L, None, main))


# ---------------------------------------------------------------- 廠房租售平臺 (PHP)


def factory_index(kind, sid):
    q = "PHPSESSID=" + sid
    items = [f for f in C.FACTORIES if kind is None or f["kind"] == {1: "出租", 2: "出售"}[kind]]
    rows = "".join(
        '<tr><td align="center">QA-CF-%04d</td><td><a href="view.php?id=%d&amp;%s">%s</a></td>'
        '<td align="center">%s</td><td align="center">%s</td><td>%s</td><td align="center">%s</td></tr>\n'
        % (f["id"], f["id"], q, esc(f["title"]), f["kind"], f["area"], f["place"], f["date"])
        for f in items
    )
    main = (
        '<table width="96%%" border="0" align="center" cellpadding="4"><tr><td>'
        '<a href="index.php?%s">全部房源</a> | <a href="index.php?type=1&amp;%s">出租</a> | '
        '<a href="index.php?type=2&amp;%s">出售</a></td></tr></table>\n' % (q, q, q)
        + '<table width="96%" border="1" align="center" cellpadding="4" cellspacing="0" bordercolor="#dddddd" style="border-collapse:collapse">\n'
        '<tr bgcolor="#e8eef7"><td align="center">編號</td><td align="center">房源標題</td><td align="center">類型</td>'
        '<td align="center">面積</td><td align="center">位置</td><td align="center">發佈日期</td></tr>\n'
        + rows + "</table>\n"
        '<p align="center">共%d條房源</p>\n'
        '<p>溫馨提示：本平臺信息僅供參考，租售價格以實際洽談為準。如需實地看廠，請提前與招商專員預約。</p>\n' % len(items)
    )
    return simple_page("廠房出租", ['<a href="index.php?%s">廠房出租</a>' % q, "房源列表"], main)


def factory_view(f, sid):
    q = "PHPSESSID=" + sid
    spec = [("類型", f["kind"]), ("面積", f["area"]), ("租金/售價", f["price"]), ("樓層", f["floor"]),
            ("層高", f["height"]), ("位置", f["place"]), ("配套", f["extra"])]
    others = "".join('<li><a href="view.php?id=%d&amp;%s">%s</a></li>' % (o["id"], q, esc(o["title"]))
                     for o in C.FACTORIES if o["id"] != f["id"])
    main = (
        '<table width="96%%" border="0" align="center" cellpadding="4">'
        '<tr><td align="center" class="atitle"><b>%s</b></td></tr>'
        '<tr><td align="center" class="ainfo">發佈日期：%s　瀏覽：%d次　房源編號：QA-CF-%04d</td></tr></table>\n'
        % (esc(f["title"]), f["date"], f["views"], f["id"])
        + '<table width="80%" border="1" align="center" cellpadding="5" cellspacing="0" bordercolor="#dddddd" style="border-collapse:collapse">\n'
        + "".join('<tr><td width="25%%" bgcolor="#f5f5f5">%s</td><td>%s</td></tr>\n' % r for r in spec)
        + "</table>\n"
        '<table width="96%%" border="0" align="center" cellpadding="4"><tr><td><b>房源描述</b></td></tr>'
        "<tr><td><p>　　%s</p></td></tr>"
        "<tr><td><b>聯繫方式</b></td></tr><tr><td>聯繫人：%s　手機：%s<br>投資促進局招商熱線：0595-88765088</td></tr>"
        '<tr><td align="right"><a href="index.php?%s">返回列表</a></td></tr>'
        "<tr><td><b>其他房源</b><ul>%s</ul></td></tr></table>\n"
        % (f["desc"], f["contact"], f["phone"], q, others)
    )
    return simple_page(f["title"], ['<a href="index.php?%s">廠房出租</a>' % q, "房源詳情"], main)


# ---------------------------------------------------------------- static bits

ROBOTS = """# robots.txt for www.qatsq.gov.cn
User-agent: *
Disallow: /admin/
Disallow: /member/
Disallow: /inc/
Disallow: /data/
Disallow: /gb/search.asp
"""

GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00"
       b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def pdf_bytes(label):
    text = "BT /F1 12 Tf 72 720 Td (%s) Tj ET" % label
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i + 1, o)).encode("ascii")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode("ascii")
    for off in offsets:
        out += ("%010d 00000 n \n" % off).encode("ascii")
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)).encode("ascii")
    return out


def pdf_files():
    files = {}
    for a in C.ARTICLES:
        for b in a["blocks"]:
            if b[0] == "attach":
                files[b[2].lower()] = b[2]
    for d in C.DOWNLOADS:
        if not d["href"].startswith("/UploadFile/2022/"):
            files[d["href"].lower()] = d["href"]
    return files


PDFS = pdf_files()

IIS_404 = (
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
    '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
    '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>\n'
    "<title>404 - File or directory not found.</title>\n</head>\n<body>\n"
    '<div id="header"><h1>Server Error</h1></div>\n<div id="content">\n<div class="content-container"><fieldset>\n'
    "<h2>404 - File or directory not found.</h2>\n"
    "<h3>The resource you are looking for might have been removed, had its name changed, or is temporarily unavailable.</h3>\n"
    "</fieldset></div>\n</div>\n</body>\n</html>\n"
)


# ---------------------------------------------------------------- the emulator


class Site:
    """The site: ``handle(method, url)`` answers one request (absolute URL)."""

    origin = ORIGIN
    hosts = HOSTS

    def _resp(self, status, body, ctype, extra=None):
        h = {
            "Date": HTTP_DATE,
            "Server": "Microsoft-IIS/7.5",
            "X-Powered-By": "ASP.NET",
            "Cache-Control": "private",
            "Content-Type": ctype,
        }
        if extra:
            h.update(extra)
        return Response(status, h, body)

    def _html(self, text, charset_in_header=True, status=200, extra=None):
        ctype = "text/html; charset=big5" if charset_in_header else "text/html"
        return self._resp(status, text.encode("big5"), ctype, extra)

    def _gb(self, text, status=200):
        text = t2s(text)
        return self._resp(status, text.encode("gbk"), "text/html; charset=gb2312")

    def _redirect(self, status, location):
        body = ('<head><title>Document Moved</title></head>\n<body><h1>Object Moved</h1>This document may be found '
                '<a HREF="%s">here</a></body>' % location).encode("ascii")
        return self._resp(status, body, "text/html; charset=UTF-8", {"Location": location})

    def _404(self):
        return self._resp(404, IIS_404.encode("ascii"), "text/html")

    def handle(self, method, url):
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host not in HOSTS:
            return Response(502, {"Date": HTTP_DATE, "Content-Type": "text/plain"},
                            b"502 Bad Gateway: this proxy only serves www.qatsq.gov.cn\n")
        scheme = parts.scheme.lower() if parts.scheme.lower() in ("http", "https") else "http"
        if host == BARE:
            loc = "%s://%s%s" % (scheme, HOST, parts.path or "/")
            if parts.query:
                loc += "?" + parts.query
            return self._redirect(301, loc)
        if method not in ("GET", "HEAD"):
            r = self._resp(405, b"<html><body><h2>405 - HTTP verb used to access this page is not allowed.</h2></body></html>",
                           "text/html")
            r.headers["Allow"] = "GET, HEAD"
            return r
        base = "%s://%s" % (scheme, HOST)
        path = parts.path or "/"
        lpath = path.lower()
        raw = parse_qsl(parts.query, keep_blank_values=True, encoding="latin-1")
        q = {}
        for k, v in raw:
            q.setdefault(k.lower(), v)

        def qint(name, default=None):
            v = q.get(name, "")
            return int(v) if v.isdigit() and len(v) < 9 else default

        def qtext(name, fallback):
            v = q.get(name, "")
            try:
                b = v.encode("latin-1")
            except UnicodeEncodeError:  # raw (unescaped) characters in the request line
                return v
            try:
                return b.decode("utf-8")
            except UnicodeDecodeError:
                return b.decode(fallback, "replace")

        if lpath == "/":
            return self._html(home_page(TRAD))
        if lpath in ("/index.asp", "/index.htm", "/index.html", "/default.asp"):
            return self._redirect(301, base + "/")
        if lpath == "/robots.txt":
            return self._resp(200, ROBOTS.encode("ascii"), "text/plain")
        if lpath == "/list.asp":
            cid = qint("cid")
            if cid not in C.COLUMNS:
                return self._redirect(302, base + "/")
            return self._html(list_page(cid, max(1, qint("page", 1)), TRAD), charset_in_header=False)
        if lpath == "/show.asp":
            aid = qint("id")
            if aid is None:
                return self._redirect(302, base + "/")
            a = ART.get(aid)
            if a is None:
                return self._html(not_found_article(TRAD), charset_in_header=False, status=404)
            return self._html(article_page(a, TRAD), charset_in_header=a["cid"] in (1, 4))
        if lpath == "/print.asp":
            a = ART.get(qint("id"))
            if a is None:
                return self._html(not_found_article(TRAD), charset_in_header=False, status=404)
            return self._html(print_page(a), charset_in_header=False)
        m = re.fullmatch(r"/news/(\d+)\.html?", lpath)
        if m:
            if int(m.group(1)) in ART:
                return self._redirect(301, "%s/show.asp?id=%d" % (base, int(m.group(1))))
            return self._404()
        if lpath == "/search.asp":
            return self._html(search_page(qtext("kw", "big5"), max(1, qint("page", 1)), TRAD), charset_in_header=False)
        if lpath == "/calendar.asp":
            y, m_ = qint("y"), qint("m")
            if y is None or m_ is None or not (1 <= m_ <= 12) or not (1900 <= y <= 2100):
                y, m_ = TODAY[0], TODAY[1]
            return self._html(calendar_page(y, m_))
        if lpath == "/about.asp":
            aid = qint("id", 1)
            return self._html(about_page(aid if aid in C.ABOUT else 1), charset_in_header=False)
        if lpath == "/contact.asp":
            return self._html(contact_page(), charset_in_header=False)
        if lpath == "/sitemap.asp":
            return self._html(sitemap_page(), charset_in_header=False)
        if lpath == "/job.asp":
            jid = qint("id")
            if jid is None:
                return self._html(job_list_page())
            if jid not in JOB:
                return self._html(not_found_article(TRAD), status=404)
            return self._html(job_page(JOB[jid]))
        if lpath == "/download.asp":
            return self._html(download_page())
        if lpath in ("/member/login.asp", "/member/reg.asp", "/admin/login.asp"):
            return self._html(login_page(lpath), charset_in_header=False)
        # ---- the simplified-Chinese mirror
        if lpath == "/gb":
            return self._redirect(301, base + "/gb/")
        if lpath == "/gb/index.asp":
            return self._redirect(301, base + "/gb/")
        if lpath == "/gb/":
            return self._gb(home_page(GB))
        if lpath == "/gb/list.asp":
            cid = qint("cid")
            if cid not in C.COLUMNS:
                return self._redirect(302, base + "/gb/")
            return self._gb(list_page(cid, max(1, qint("page", 1)), GB))
        if lpath == "/gb/show.asp":
            a = ART.get(qint("id"))
            if a is None:
                return self._gb(not_found_article(GB), status=404)
            return self._gb(article_page(a, GB))
        if lpath == "/gb/search.asp":
            return self._gb(search_page(qtext("kw", "gbk"), max(1, qint("page", 1)), GB))
        # ---- the PHP 廠房租售平臺
        if lpath in ("/factory", "/factory/"):
            return self._redirect(302, base + "/factory/index.php")
        if lpath in ("/factory/index.php", "/factory/view.php"):
            sid = q.get("phpsessid", "")
            if not re.fullmatch(r"[0-9a-z]{26}", sid):
                rest = "&".join("%s=%s" % (k, v) for k, v in raw if k.lower() != "phpsessid")
                sid = hashlib.md5(("%s?%s" % (lpath, rest)).encode("utf-8")).hexdigest()[:26]
            extra = {"X-Powered-By": "PHP/5.2.17", "Set-Cookie": "PHPSESSID=%s; path=/" % sid,
                     "Expires": "Thu, 19 Nov 1981 08:52:00 GMT", "Pragma": "no-cache",
                     "Cache-Control": "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"}
            if lpath == "/factory/index.php":
                t = qint("type")
                return self._html(factory_index(t if t in (1, 2) else None, sid), extra=extra)
            f = FACT.get(qint("id"))
            if f is None:
                return self._html(simple_page("房源不存在", ["廠房出租"], '<p align="center">該房源不存在或已下架。</p>\n'),
                                  status=404, extra=extra)
            return self._html(factory_view(f, sid), extra=extra)
        # ---- files
        if lpath in PDFS:
            return self._resp(200, pdf_bytes(PDFS[lpath].rsplit("/", 1)[1]), "application/pdf",
                              {"Accept-Ranges": "bytes", "ETag": '"%s"' % hashlib.md5(lpath.encode()).hexdigest()[:16]})
        if lpath.startswith(("/images/", "/uploadfile/")) and lpath.endswith((".jpg", ".gif", ".png")):
            return self._resp(200, GIF, "image/gif")
        if lpath == "/favicon.ico":
            return self._resp(200, GIF, "image/x-icon")
        if lpath == "/css/style.css":
            return self._resp(200, CSS.encode("big5"), "text/css")
        if lpath == "/js/common.js":
            return self._resp(200, JS.encode("big5"), "application/x-javascript")
        return self._404()


def emulator():
    return Site()
