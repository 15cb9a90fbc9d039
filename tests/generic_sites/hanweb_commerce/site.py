"""Emulated website of 澄州市商务局（澄州市投资促进局）, www.czswj.gov.cn.

A city bureau of commerce on a provincial government-site platform in the style of Hanweb JCMS:
/art/Y/M/D/art_COL_ID.html articles, /col/colN/index.html columns whose news lists live in a
``<script type="text/xml">`` datastore, a 政府信息公开 section with document heads, 解读 pages,
attachments, a 长者模式 (elder mode) switch, UTF-8 throughout.

``emulator()`` returns the site object: ``origin`` and ``handle(method, url) -> Response``.
Deterministic: no clock, no randomness, no network.
"""

from __future__ import annotations

import calendar
import html
import io
import re
import zipfile
import zlib
from urllib.parse import parse_qs, quote, urlsplit

import hanweb_commerce_content as C

HOST = "www.czswj.gov.cn"
BARE_HOST = "czswj.gov.cn"
ORIGIN = "http://" + HOST
HTTP_DATE = "Thu, 28 Mar 2024 06:00:00 GMT"
TODAY_TEXT = "今天是2024年3月28日　星期四"

DISALLOWED = ("/module/", "/jrobot/", "/jsearchfront/", "/manage/", "/cms/")

ROBOTS_TXT = """User-agent: *
Disallow: /module/
Disallow: /jrobot/
Disallow: /jsearchfront/
Disallow: /manage/
Disallow: /cms/

User-agent: YisouSpider
Disallow: /
"""


class Response:
    def __init__(self, status: int, headers: dict, body: bytes):
        self.status = status
        self.headers = headers
        self.body = body

    def __repr__(self) -> str:
        return f"<Response {self.status} {self.headers.get('Content-Type', '')} {len(self.body)}B>"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


# ---------------------------------------------------------------------------------------------
# Lookups
# ---------------------------------------------------------------------------------------------

ARTS = {a["id"]: a for a in C.ARTICLES}
LISTINGS = {x["id"]: x for x in C.LISTINGS}
JOBS = {x["id"]: x for x in C.JOBS}


def dated_path(col: int, item_id: int, date: str) -> str:
    y, m, d = (int(p) for p in date.split("-"))
    return f"/art/{y}/{m}/{d}/art_{col}_{item_id}.html"


def art_path(a: dict) -> str:
    return dated_path(a["col"], a["id"], a["date"])


def col_path(col: int) -> str:
    return f"/col/col{col}/index.html"


def col_articles(col: int) -> list[dict]:
    items = [a for a in C.ARTICLES if a["col"] == col]
    return sorted(items, key=lambda a: (a["date"], a["time"] or "", a["id"]), reverse=True)


ITEM_PATHS: dict[str, tuple[str, dict]] = {}
for _a in C.ARTICLES:
    ITEM_PATHS[art_path(_a)] = ("article", _a)
for _x in C.LISTINGS:
    ITEM_PATHS[dated_path(_x["col"], _x["id"], _x["date"])] = ("listing", _x)
for _x in C.JOBS:
    ITEM_PATHS[dated_path(_x["col"], _x["id"], _x["date"])] = ("job", _x)

LEGACY = {a["legacy"]: art_path(a) for a in C.ARTICLES if a.get("legacy")}

HOT_VIEWS = sorted((a for a in C.ARTICLES if a["views"] is not None), key=lambda a: -a["views"])[:5]


def pub_text(a: dict) -> str:
    return f"{a['date']} {a['time']}" if a.get("time") else a["date"]


# ---------------------------------------------------------------------------------------------
# Shell: head, top bar, header, nav, footer
# ---------------------------------------------------------------------------------------------

CSS = "/style/czsw_main.css"


def top_and_header(self_url: str, elder: bool) -> str:
    if elder:
        switch = f'<a href="{esc(self_url)}" class="elder-switch on" data-mode-switch="1">退出长者模式</a>'
    else:
        sep = "&" if "?" in self_url else "?"
        switch = f'<a href="{esc(self_url + sep + "mode=elder")}" class="elder-switch" data-mode-switch="1">长者模式</a>'
    hot = " ".join(
        f'<a href="/jrobot/search.do?webid=1&amp;q={quote(w)}" target="_blank">{esc(w)}</a>' for w in C.HOT_WORDS
    )
    nav = ['<li class="first"><a href="/">首页</a></li>']
    for cid in C.NAV:
        nav.append(f'<li><a href="{col_path(cid)}">{esc(C.COLUMNS[cid]["name"])}</a></li>')
    return f"""<div class="topbar">
  <div class="w1200 clearfix">
    <div class="fl">{TODAY_TEXT}</div>
    <div class="fr toolbar">
      <a href="javascript:void(0);" id="cniil_wza">无障碍</a>
      {switch}
      <a href="javascript:void(0);" id="STranLink">繁體版</a>
      <a href="/module/sso/login.jsp?webid=1&amp;returnurl=%2F">登录</a>
      <a href="/module/sso/register.jsp?webid=1">注册</a>
    </div>
  </div>
</div>
<div class="header">
  <div class="w1200 clearfix">
    <div class="logo fl"><a href="/"><img src="/images/czsw_logo.png" alt="澄州市商务局 澄州市投资促进局"></a></div>
    <div class="search fr">
      <form action="/jrobot/search.do" method="get" target="_blank" name="searchform">
        <input type="hidden" name="webid" value="1">
        <input type="text" name="q" class="ipt" placeholder="请输入关键词" autocomplete="off">
        <button type="submit" class="btn">搜索</button>
      </form>
      <div class="hotword">热门搜索：{hot}</div>
    </div>
  </div>
</div>
<div class="nav">
  <ul class="w1200 clearfix">
    {"".join(nav)}
  </ul>
</div>
"""


def footer() -> str:
    links = " ".join(f'<li><a href="{u}" target="_blank">{esc(n)}</a></li>' for n, u in C.FRIEND_LINKS)
    return f"""<div class="friend-links">
  <div class="w1200 clearfix">
    <span class="tit">友情链接：</span>
    <ul class="clearfix">{links}</ul>
  </div>
</div>
<div class="footer">
  <div class="w1200 clearfix">
    <div class="foot-nav"><a href="{col_path(7199)}">网站地图</a> | <a href="{col_path(7143)}">联系我们</a> | <a href="{col_path(7144)}">网站声明</a></div>
    <div class="foot-info">
      <p>主办单位：澄州市商务局（澄州市投资促进局）　承办单位：澄州市大数据发展管理中心</p>
      <p>地址：澄州市澄江区府前路18号市行政中心7号楼　邮编：323000　联系电话：0578-2136520</p>
      <p>网站标识码：{C.SITE_ID_CODE}　<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05012345号-2</a>　<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=33110202000123" target="_blank">浙公网安备 33110202000123号</a></p>
      <p>建议使用1366×768分辨率、IE10以上版本浏览器浏览本网站</p>
    </div>
    <div class="foot-icons">
      <a href="http://bszs.conac.cn/sitename?method=show&amp;id=5A2B1C3D4E5F6A7B" target="_blank"><img src="/images/dzjg.png" alt="党政机关"></a>
      <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={C.SITE_ID_CODE}" target="_blank"><img src="/images/jiucuo.png" alt="政府网站找错"></a>
    </div>
    <div class="foot-qr">
      <img src="/images/czsw_wx_qr.png" alt="">
      <p>扫码关注“澄州商务”微信公众号</p>
    </div>
  </div>
</div>
"""


def shell(title: str, main: str, *, self_url: str, elder: bool, metas: str = "", canonical: str | None = None,
          body_class: str = "") -> str:
    canon = f'\n<link rel="canonical" href="{esc(canonical)}">' if canonical else ""
    elder_css = '\n<link rel="stylesheet" href="/style/czsw_elder.css">' if elder else ""
    classes = " ".join(c for c in (body_class, "elder-mode" if elder else "") if c)
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
<meta name="SiteName" content="{C.SITE_NAME}">
<meta name="SiteDomain" content="{HOST}">
<meta name="SiteIDCode" content="{C.SITE_ID_CODE}">{metas}{canon}
<link rel="stylesheet" href="{CSS}">{elder_css}
<script type="text/javascript" src="/script/jquery.min.js"></script>
<script type="text/javascript" src="/script/czsw_common.js"></script>
</head>
<body class="{classes}">
{top_and_header(self_url, elder)}
{main}
{footer()}
<script type="text/javascript" src="/jact/front/mainv.js" id="cniil_jact"></script>
</body>
</html>
"""


_KEEP_PREFIXES = ("/attach/", "/picture/", "/images/", "/module/", "/jrobot/", "/style/", "/script/")
_A_TAG = re.compile(r'<a\b[^>]*>')
_HREF = re.compile(r'\bhref="([^"]*)"')


def elderize(page: str) -> str:
    """Elder mode is sticky: every internal page link carries ``mode=elder``."""

    def fix(m: re.Match) -> str:
        tag = m.group(0)
        if "data-mode-switch" in tag:
            return tag
        hm = _HREF.search(tag)
        if not hm:
            return tag
        href = hm.group(1)
        path = href
        for pref in (ORIGIN, "https://" + HOST):
            if href.startswith(pref + "/"):
                path = href[len(pref):]
        if not path.startswith("/") or path.startswith("//") or path.startswith(_KEEP_PREFIXES) or "mode=" in href:
            return tag
        new = href + ("&amp;mode=elder" if "?" in href else "?mode=elder")
        return tag[: hm.start(1)] + new + tag[hm.end(1):]

    return _A_TAG.sub(fix, page)


def crumb(parts: list[tuple[str, str | None]]) -> str:
    out = ['<a href="/">首页</a>']
    for name, href in parts:
        out.append(f'<a href="{href}">{esc(name)}</a>' if href else f"<span>{esc(name)}</span>")
    return '<div class="w1200 crumb">当前位置：' + " &gt; ".join(out) + "</div>"


def col_crumb(col: int, link_self: bool = True) -> str:
    info = C.COLUMNS[col]
    parts = []
    if info.get("parent"):
        parts.append((C.COLUMNS[info["parent"]]["name"], col_path(info["parent"])))
    parts.append((info["name"], col_path(col) if link_self else None))
    return crumb(parts)


# ---------------------------------------------------------------------------------------------
# Article content blocks
# ---------------------------------------------------------------------------------------------

FW = "\u3000\u3000"


def render_blocks(a: dict) -> str:
    indent = a.get("indent")

    def para(text: str, strong: bool = False) -> str:
        inner = f"<strong>{esc(text)}</strong>" if strong else esc(text)
        if indent == "css":
            return f'<p style="text-indent:2em;">{inner}</p>'
        if indent == "fw":
            return f"<p>{FW}{inner}</p>"
        return f"<p>{inner}</p>"

    out = []
    for b in a["blocks"]:
        if isinstance(b, str):
            out.append(para(b))
            continue
        kind = b[0]
        if kind == "h":
            out.append(para(b[1], strong=True))
        elif kind == "center":
            out.append(f'<p style="text-align:center;"><strong>{esc(b[1])}</strong></p>')
        elif kind == "right":
            out.append(f'<p style="text-align:right;">{esc(b[1])}</p>')
        elif kind == "img":
            out.append(f'<p style="text-align:center;"><img src="/picture/0/{b[1]}" border="0" alt="" '
                       f'style="max-width:100%;"></p>')
            if b[2]:
                out.append(f'<p style="text-align:center;">{esc(b[2])}</p>')
        elif kind == "table":
            rows = []
            for i, row in enumerate(b[1]):
                if i == 0:
                    cells = "".join(f'<td style="text-align:center;"><strong>{esc(c)}</strong></td>' for c in row)
                else:
                    cells = "".join(f'<td style="text-align:center;">{esc(c)}</td>' for c in row)
                rows.append(f"<tr>{cells}</tr>")
            out.append('<table border="1" cellspacing="0" cellpadding="0" width="100%" '
                       'style="border-collapse:collapse;"><tbody>' + "".join(rows) + "</tbody></table>")
        elif kind == "ol":
            items = "".join(f"<li><p>{esc(t)}</p></li>" for t in b[1])
            out.append(f'<ol class=" list-paddingleft-2">{items}</ol>')
        elif kind == "att":
            for i, (name, fname) in enumerate(b[1]):
                link = f'<a href="/attach/0/{fname}" target="_blank">{esc(name)}</a>'
                if i == 0:
                    out.append(f'<p style="text-indent:2em;">附件：{link}</p>')
                else:
                    out.append(f'<p style="text-indent:5em;">{link}</p>')
        elif kind == "bp":
            text = b[1]
            if text.startswith("（") and ("编辑" in text or "图/" in text):
                out.append(f'<p style="text-align:right;">{esc(text)}</p>')
            else:
                out.append(para(text))
        elif kind == "tail":
            if indent == "css":
                out.append(f'<p style="text-indent:2em;">{esc(b[1])}{esc(b[2])}</p>')
            else:
                out.append(f"<p>{FW if indent == 'fw' else ''}{esc(b[1])}{esc(b[2])}</p>")
        else:  # pragma: no cover
            raise ValueError(kind)
    return "\n".join(out)


def content_area(a: dict) -> str:
    return ('<div class="art-con" id="zoom">\n'
            '<!--<$[信息内容]>begin--><!--ZJEG_RSS.content.begin--><meta name="ContentStart">\n'
            + render_blocks(a) +
            '\n<meta name="ContentEnd"><!--ZJEG_RSS.content.end--><!--<$[信息内容]>end-->\n'
            "</div>")


def share_bar() -> str:
    return """<div class="share-bar clearfix">
  <div class="bdsharebuttonbox fl">分享到：<a href="javascript:void(0);" class="bds_weixin" data-cmd="weixin">微信</a> <a href="javascript:void(0);" class="bds_tsina" data-cmd="tsina">微博</a> <a href="javascript:void(0);" class="bds_qzone" data-cmd="qzone">QQ空间</a></div>
</div>"""


def prev_next(a: dict) -> str:
    lst = col_articles(a["col"])
    i = next(k for k, x in enumerate(lst) if x["id"] == a["id"])
    newer = lst[i - 1] if i > 0 else None
    older = lst[i + 1] if i + 1 < len(lst) else None
    p = f'上一篇：<a href="{art_path(newer)}">{esc(newer["title"])}</a>' if newer else "上一篇：没有了"
    n = f'下一篇：<a href="{art_path(older)}">{esc(older["title"])}</a>' if older else "下一篇：没有了"
    return f'<div class="prev-next"><p>{p}</p><p>{n}</p></div>'


def related(a: dict) -> list[tuple[str, str]]:
    lst = col_articles(a["col"])
    i = next(k for k, x in enumerate(lst) if x["id"] == a["id"])
    out = []
    for k in range(1, 4):
        other = lst[(i + k) % len(lst)]
        out.append((art_path(other), other["title"]))
    if a.get("dead_related"):
        out.append(a["dead_related"])
    return out


def article_metas(a: dict) -> str:
    col = C.COLUMNS[a["col"]]
    desc = next((b for b in a["blocks"] if isinstance(b, str)), "")[:60]
    m = [
        ("ArticleTitle", a["title"]),
        ("PubDate", pub_text(a)),
        ("ContentSource", a.get("src_label") or (a.get("doc") or {}).get("org", C.SITE_NAME)),
        ("ColumnName", col["name"]),
        ("ColumnType", col["name"]),
        ("Keywords", col["name"]),
        ("Description", desc),
    ]
    if a.get("author"):
        m.append(("Author", a["author"]))
    return "".join(f'\n<meta name="{k}" content="{esc(v)}">' for k, v in m)


def news_article(a: dict, *, elder: bool, self_url: str) -> str:
    path = art_path(a)
    info = [f"<span>发布日期：{pub_text(a)}</span>", f"<span>来源：{esc(a['src_label'])}</span>"]
    if a.get("author"):
        info.append(f"<span>作者：{esc(a['author'])}</span>")
    info.append(f'<span>浏览次数：<em id="art_hits">{a["views"]}</em></span>')
    info.append('<span class="font-size">字号：<a href="javascript:doZoom(18);">大</a> '
                '<a href="javascript:doZoom(16);">中</a> <a href="javascript:doZoom(14);">小</a></span>')
    rel = "".join(f'<li><a href="{h}" target="_blank">{esc(t)}</a></li>' for h, t in related(a))
    hot = "".join(f'<li><a href="{art_path(x)}" target="_blank">{esc(x["title"])}</a></li>' for x in HOT_VIEWS)
    zs = "".join(f'<li><a href="{dated_path(x["col"], x["id"], x["date"])}" target="_blank">{esc(x["title"])}</a></li>'
                 for x in C.LISTINGS[:2])
    main = f"""{col_crumb(a['col'])}
<div class="w1200 art-wrap clearfix">
  <div class="art-main fl">
    <h1 class="art-title">{esc(a['title'])}</h1>
    <div class="art-info">
      {" ".join(info)}
    </div>
    {content_area(a)}
    <div class="art-tools clearfix">
      {share_bar()}
      <div class="tool-btn fr">【<a href="{path}?mode=print" target="_blank">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div>
    </div>
    <div class="page-qr"><img src="/images/page_qrcode.png" alt=""><span>扫一扫在手机打开当前页</span></div>
    {prev_next(a)}
    <div class="related">
      <div class="rel-tit">相关阅读</div>
      <ul>{rel}</ul>
    </div>
  </div>
  <div class="art-side fr">
    <div class="side-box">
      <div class="side-tit">热点信息</div>
      <ul>{hot}</ul>
    </div>
    <div class="side-box">
      <div class="side-tit">载体推荐</div>
      <ul>{zs}</ul>
      <div class="side-more"><a href="{col_path(7151)}">更多载体&gt;&gt;</a></div>
    </div>
    <div class="side-box side-contact">
      <div class="side-tit">投资咨询</div>
      <p>投资热线：0578-2136500</p>
      <p>电子邮箱：tzcj@cz.gov.cn</p>
    </div>
  </div>
</div>
"""
    title = f"{a['title']}_{C.COLUMNS[a['col']]['name']}_{C.SITE_NAME}"
    return shell(title, main, self_url=self_url, elder=elder, metas=article_metas(a),
                 canonical=ORIGIN + path, body_class="art-page")


def xxgk_head(a: dict) -> str:
    d = a["doc"]
    rows = [
        (("索引号：", d["index"]), ("分类：", d["cat"])),
    ]
    if "number" in d:
        rows.append((("发布机构：", d["org"]), ("成文日期：", d["written"])))
        rows.append((("文号：", d["number"]), ("发布日期：", a["date"])))
    else:
        rows.append((("发布机构：", d["org"]), ("发布日期：", a["date"])))
    trs = []
    for (k1, v1), (k2, v2) in rows:
        trs.append(f'<tr><td class="t">{k1}</td><td class="v">{esc(v1)}</td>'
                   f'<td class="t">{k2}</td><td class="v">{esc(v2)}</td></tr>')
    trs.append(f'<tr><td class="t">名称：</td><td class="v" colspan="3">{esc(a["title"])}</td></tr>')
    return '<div class="xxgk-head"><table cellspacing="0" cellpadding="0">' + "".join(trs) + "</table></div>"


def xxgk_article(a: dict, *, elder: bool, self_url: str) -> str:
    path = art_path(a)
    links = ""
    if a.get("jiedu"):
        j = ARTS[a["jiedu"]]
        links = f'<div class="xg-link">相关解读：<a href="{art_path(j)}" target="_blank">{esc(j["title"])}</a></div>'
    elif a.get("policy"):
        p = ARTS[a["policy"]]
        href = art_path(p) + ("?" + a["policy_query"] if a.get("policy_query") else "")
        links = f'<div class="xg-link">相关政策：<a href="{esc(href)}" target="_blank">{esc(p["title"])}</a></div>'
    main = f"""{col_crumb(a['col'])}
<div class="w1200 xxgk-art clearfix">
  {xxgk_head(a)}
  <h1 class="art-title">{esc(a['title'])}</h1>
  <div class="art-tools top">【字体：<a href="javascript:doZoom(18);">大</a> <a href="javascript:doZoom(16);">中</a> <a href="javascript:doZoom(14);">小</a>】【<a href="{path}?mode=print" target="_blank">打印本页</a>】【<a href="javascript:window.close();">关闭窗口</a>】</div>
  {content_area(a)}
  {links}
  {share_bar()}
  <div class="page-qr"><img src="/images/page_qrcode.png" alt=""><span>扫一扫在手机打开当前页</span></div>
  {prev_next(a)}
</div>
"""
    title = f"{a['title']}_{C.COLUMNS[a['col']]['name']}_{C.SITE_NAME}"
    return shell(title, main, self_url=self_url, elder=elder, metas=article_metas(a),
                 canonical=ORIGIN + path, body_class="art-page xxgk")


def print_article(a: dict) -> str:
    path = art_path(a)
    if a.get("doc"):
        info = f"发布日期：{a['date']}　发布机构：{esc(a['doc']['org'])}"
    else:
        info = f"发布日期：{pub_text(a)}　来源：{esc(a['src_label'])}"
        if a.get("author"):
            info += f"　作者：{esc(a['author'])}"
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(a['title'])}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{ORIGIN + path}">
<link rel="stylesheet" href="/style/czsw_print.css">
</head>
<body onload="window.print();">
<div class="print-wrap">
  <div class="print-site">{C.SITE_FULL}</div>
  <h1>{esc(a['title'])}</h1>
  <div class="print-info">{info}</div>
  {content_area(a)}
  <div class="print-btn">【<a href="javascript:window.print();">打印</a>】【<a href="javascript:window.close();">关闭</a>】</div>
</div>
</body>
</html>
"""


# ---------------------------------------------------------------------------------------------
# Listings and job posts (/art/ pages that are not articles)
# ---------------------------------------------------------------------------------------------

def listing_page(x: dict, *, elder: bool, self_url: str) -> str:
    rows = "".join(f'<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>' for k, v in x["fields"])
    desc = "".join(f"<p>{esc(p)}</p>" for p in x["desc"])
    pol = ""
    if x.get("policy_link"):
        legacy = next(a["legacy"] for a in C.ARTICLES if a.get("legacy"))
        pol = (f'<div class="zt-policy">招商政策：<a href="{legacy}" target="_blank">'
               f'《澄州市标准厂房招商管理办法（试行）》</a></div>')
    main = f"""{col_crumb(x['col'])}
<div class="w1200 zt-detail clearfix">
  <h1 class="zt-title">{esc(x['title'])}</h1>
  <div class="zt-meta">发布日期：{x['date']}　信息类型：载体招商</div>
  <div class="zt-pic"><img src="/picture/0/{x['image']}" alt=""></div>
  <table class="zt-table" cellspacing="0" cellpadding="0">{rows}</table>
  <div class="zt-desc"><div class="sub-tit">载体简介</div>{desc}</div>
  {pol}
  <div class="zt-contact"><div class="sub-tit">招商联系</div><p>联系人：{esc(x['contact'][0])}</p><p>联系电话：{x['contact'][1]}</p></div>
  <div class="zt-tip">温馨提示：以上信息仅供参考，具体以实地考察和合同约定为准。</div>
  <div class="zt-back"><a href="{col_path(x['col'])}">返回载体列表</a></div>
</div>
"""
    return shell(f"{x['title']}_载体资源_{C.SITE_NAME}", main, self_url=self_url, elder=elder,
                 body_class="zt-page")


def job_page(x: dict, *, elder: bool, self_url: str) -> str:
    rows = "".join(f"<dl><dt>{esc(k)}：</dt><dd>{esc(v)}</dd></dl>" for k, v in x["fields"])
    duties = "".join(f"<li>{esc(t)}</li>" for t in x["duties"])
    reqs = "".join(f"<li>{esc(t)}</li>" for t in x["reqs"])
    main = f"""{col_crumb(x['col'])}
<div class="w1200 job-detail clearfix">
  <h1 class="job-title">{esc(x['title'])}</h1>
  <div class="job-meta">发布日期：{x['date']}</div>
  <div class="job-fields">{rows}</div>
  <div class="job-block"><div class="sub-tit">岗位职责</div><ol>{duties}</ol></div>
  <div class="job-block"><div class="sub-tit">任职要求</div><ol>{reqs}</ol></div>
  <div class="job-contact">{esc(x['contact'])}</div>
  <div class="job-tip">本栏目信息由用工企业提供，求职者请注意核实，谨防招聘诈骗。</div>
  <div class="zt-back"><a href="{col_path(x['col'])}">返回岗位列表</a></div>
</div>
"""
    return shell(f"{x['title']}_重点企业用工_{C.SITE_NAME}", main, self_url=self_url, elder=elder,
                 body_class="job-page")


# ---------------------------------------------------------------------------------------------
# Home and column pages
# ---------------------------------------------------------------------------------------------

def li_list(arts: list[dict], date_fmt: str = "full") -> str:
    out = []
    for a in arts:
        d = a["date"] if date_fmt == "full" else a["date"][5:]
        out.append(f'<li><a href="{art_path(a)}" target="_blank" title="{esc(a["title"])}">{esc(a["title"])}</a>'
                   f"<span>{d}</span></li>")
    return "".join(out)


def block(col: int, arts: list[dict], cls: str = "") -> str:
    name = C.COLUMNS[col]["name"]
    return f"""<div class="idx-box {cls}">
      <div class="box-hd"><h3><a href="{col_path(col)}">{esc(name)}</a></h3><a href="{col_path(col)}" class="more">更多&gt;&gt;</a></div>
      <ul class="box-list">{li_list(arts, "short")}</ul>
    </div>"""


def home(*, elder: bool, self_url: str) -> str:
    slides = []
    for aid, link in C.CAROUSEL:
        a = ARTS[aid]
        img = next(b[1] for b in a["blocks"] if isinstance(b, tuple) and b[0] == "img")
        href = link or art_path(a)
        slides.append(f'<li><a href="{href}" target="_blank"><img src="/picture/0/{img}" alt="">'
                      f"<p>{esc(a['title'])}</p></a></li>")
    zt = "".join(
        f'<li><a href="{dated_path(x["col"], x["id"], x["date"])}" target="_blank">'
        f'<span class="zt-name">{esc(x["title"])}</span><span class="zt-area">{esc(dict(x["fields"])["建筑面积"])}</span>'
        f'<span class="zt-price">{esc(dict(x["fields"])["租金"])}</span></a></li>'
        for x in C.LISTINGS)
    ev = "".join(f"<li><span>{esc(d)}</span>{esc(n)}</li>" for d, n, _ in C.EVENTS[C.CALENDAR_DEFAULT_MONTH])
    main = f"""<div class="w1200 idx-row1 clearfix">
  <div class="slide fl">
    <ul class="slide-list">{"".join(slides)}</ul>
  </div>
  {block(7121, col_articles(7121)[:6], "fr")}
</div>
<div class="w1200 idx-row2 clearfix">
  {block(7122, col_articles(7122)[:6], "fl")}
  {block(7123, col_articles(7123)[:5], "fr")}
</div>
<div class="w1200 idx-banner">
  <a href="http://www.cz.gov.cn/col/col1229/index.html" target="_blank"><img src="/images/banner_yshj.jpg" alt="优化营商环境"></a>
</div>
<div class="w1200 idx-row3 clearfix">
  <div class="idx-xxgk fl">
    <div class="box-hd"><h3><a href="{col_path(7130)}">政府信息公开</a></h3></div>
    {block(7131, col_articles(7131)[:5])}
    {block(7132, col_articles(7132)[:4])}
  </div>
  <div class="idx-side fr">
    <div class="idx-box">
      <div class="box-hd"><h3><a href="{col_path(7151)}">载体资源</a></h3><a href="{col_path(7151)}" class="more">更多&gt;&gt;</a></div>
      <ul class="zt-list">{zt}</ul>
    </div>
    <div class="idx-box">
      <div class="box-hd"><h3><a href="{col_path(7181)}">展会日历</a></h3><a href="{col_path(7181)}" class="more">更多&gt;&gt;</a></div>
      <ul class="ev-list">{ev}</ul>
    </div>
    <div class="idx-box">
      <div class="box-hd"><h3>办事服务</h3></div>
      <ul class="fw-list">
        <li><a href="{col_path(7171)}">下载中心</a></li>
        <li><a href="{col_path(7161)}">重点企业用工</a></li>
        <li><a href="/module/mailbox/mailwrite.jsp?webid=1&amp;boxid=12">局长信箱</a></li>
        <li><a href="https://www.zjzwfw.gov.cn/" target="_blank">浙江政务服务网</a></li>
      </ul>
    </div>
  </div>
</div>
"""
    return shell(f"{C.SITE_NAME}", main, self_url=self_url, elder=elder,
                 metas='\n<meta name="ColumnName" content="首页">\n<meta name="ColumnType" content="首页">',
                 body_class="index")


def col_layout(col: int, inner: str, *, elder: bool, self_url: str, crumb_html: str | None = None) -> str:
    info = C.COLUMNS[col]
    parent = info.get("parent")
    if parent:
        siblings = C.COLUMNS[parent]["children"]
        side_name = C.COLUMNS[parent]["name"]
    elif info.get("children"):
        siblings = info["children"]
        side_name = info["name"]
    else:
        siblings = [7143, 7144, 7199]
        side_name = "网站服务"
    on = ' class="on"'
    side = "".join(
        f'<li{on if s == col else ""}><a href="{col_path(s)}">{esc(C.COLUMNS[s]["name"])}</a></li>'
        for s in siblings)
    main = f"""{crumb_html or col_crumb(col, link_self=False)}
<div class="w1200 col-wrap clearfix">
  <div class="col-left fl">
    <div class="lm-name">{esc(side_name)}</div>
    <ul class="lm-nav">{side}</ul>
  </div>
  <div class="col-right fr">
    <div class="lm-title"><span>{esc(info['name'])}</span></div>
    {inner}
  </div>
</div>
"""
    metas = (f'\n<meta name="ColumnName" content="{esc(info["name"])}">'
             f'\n<meta name="ColumnType" content="{esc(info["name"])}">')
    return shell(f"{info['name']}_{C.SITE_NAME}", main, self_url=self_url, elder=elder, metas=metas,
                 body_class="col-page")


WEBNAME_Q = quote(C.SITE_NAME)


def datastore(col: int, arts: list[dict]) -> str:
    uid = C.COLUMNS[col]["uid"]
    recs = "\n".join(
        f'<record><![CDATA[\n<li><a href="{art_path(a)}" target="_blank" title="{esc(a["title"])}">{esc(a["title"])}</a>'
        f'<span class="bt-data-time">{a["date"]}</span></li>\n]]></record>'
        for a in arts)
    return f"""<datastore>
<nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1&webid=1&path=/&columnid={col}&unitid={uid}&webname={WEBNAME_Q}&permissiontype=0"></a>]]></nextgroup>
<recordset>
{recs}
</recordset>
</datastore>"""


def news_column(col: int, *, elder: bool, self_url: str) -> str:
    uid = C.COLUMNS[col]["uid"]
    arts = col_articles(col)
    inner = f"""<div class="default_pgContainer" id="{uid}">
<script type="text/xml">
{datastore(col, arts)}
</script>
</div>
<div class="default_pgPanel"></div>
<script type="text/javascript">
  var col_{uid} = {{ unitid: "{uid}", columnid: "{col}", totalRecord: {len(arts)}, perPage: {C.NEWS_PER_PAGE},
    pageUrl: "/col/col{col}/index.html?uid={uid}&pageNum=", proxyUrl: "/module/web/jpage/dataproxy.jsp" }};
  $(function () {{ $("#{uid}").jpage({{ dataStore: col_{uid}, listTag: "ul", listClass: "news-list",
    perPage: col_{uid}.perPage, barPosition: "bottom", showMode: "full" }}); }});
</script>"""
    return col_layout(col, inner, elder=elder, self_url=self_url)


def xxgk_column(col: int, page_num: int, *, elder: bool, self_url: str) -> str:
    uid = C.COLUMNS[col]["uid"]
    arts = col_articles(col)
    per = C.XXGK_PER_PAGE
    last = max(1, -(-len(arts) // per))
    shown = min(page_num, last)
    chunk = arts[(shown - 1) * per: shown * per]
    base = col_path(col)
    rows = []
    for k, a in enumerate(chunk, start=(shown - 1) * per + 1):
        num = a.get("doc", {}).get("number", "—")
        rows.append(f'<tr><td>{k}</td><td class="tit"><a href="{art_path(a)}" target="_blank" title="{esc(a["title"])}">'
                    f'{esc(a["title"])}</a></td><td>{esc(num)}</td><td>{a["date"]}</td></tr>')
    prev = (f'<a href="{base}?uid={uid}&amp;pageNum={page_num - 1}">上一页</a>' if page_num > 1
            else '<span class="disabled">上一页</span>')
    # The platform's pager never disables 下一页: past the end it keeps counting up.
    pager = (f'<div class="pager">共{len(arts)}条记录　每页{per}条　第{shown}/{last}页　'
             f'<a href="{base}">首页</a> {prev} '
             f'<a href="{base}?uid={uid}&amp;pageNum={page_num + 1}">下一页</a> '
             f'<a href="{base}?uid={uid}&amp;pageNum={last}">尾页</a></div>')
    inner = f"""<div class="xxgk-list" id="{uid}">
  <table cellspacing="0" cellpadding="0">
    <tr class="th"><th>序号</th><th>标题</th><th>文号</th><th>发布日期</th></tr>
    {"".join(rows)}
  </table>
  {pager}
</div>"""
    return col_layout(col, inner, elder=elder, self_url=self_url)


def parent_column(col: int, *, elder: bool, self_url: str) -> str:
    boxes = []
    for ch in C.COLUMNS[col]["children"]:
        kind = C.COLUMNS[ch]["kind"]
        if kind in ("news", "xxgk"):
            boxes.append(block(ch, col_articles(ch)[:5]))
        elif kind == "listings":
            items = "".join(f'<li><a href="{dated_path(x["col"], x["id"], x["date"])}">{esc(x["title"])}</a>'
                            f"<span>{x['date'][5:]}</span></li>" for x in C.LISTINGS)
            boxes.append(f'<div class="idx-box"><div class="box-hd"><h3><a href="{col_path(ch)}">载体资源</a></h3>'
                         f'<a href="{col_path(ch)}" class="more">更多&gt;&gt;</a></div><ul class="box-list">{items}</ul></div>')
        elif kind == "jobs":
            items = "".join(f'<li><a href="{dated_path(x["col"], x["id"], x["date"])}">{esc(x["title"])}</a>'
                            f"<span>{x['date'][5:]}</span></li>" for x in C.JOBS)
            boxes.append(f'<div class="idx-box"><div class="box-hd"><h3><a href="{col_path(ch)}">重点企业用工</a></h3>'
                         f'<a href="{col_path(ch)}" class="more">更多&gt;&gt;</a></div><ul class="box-list">{items}</ul></div>')
        else:
            boxes.append(f'<div class="idx-box"><div class="box-hd"><h3><a href="{col_path(ch)}">'
                         f'{esc(C.COLUMNS[ch]["name"])}</a></h3><a href="{col_path(ch)}" class="more">进入&gt;&gt;</a></div></div>')
    if col == 7130:
        boxes.insert(0, '<div class="xxgk-guide"><p>本栏目依据《中华人民共和国政府信息公开条例》公开本机关政府信息。'
                        '公民、法人或者其他组织可以通过互联网、信函等方式申请获取相关政府信息。</p></div>')
    inner = '<div class="sub-boxes clearfix">' + "\n".join(boxes) + "</div>"
    return col_layout(col, inner, elder=elder, self_url=self_url)


def text_column(col: int, paras: list, *, elder: bool, self_url: str) -> str:
    out = []
    for p in paras:
        if isinstance(p, tuple):
            out.append(f"<h4>{esc(p[1])}</h4>")
        else:
            out.append(f"<p>{esc(p)}</p>")
    inner = '<div class="single-page">' + "\n".join(out) + "</div>"
    return col_layout(col, inner, elder=elder, self_url=self_url)


def contact_column(*, elder: bool, self_url: str) -> str:
    lines = "".join(f"<p>{esc(t)}</p>" for t in C.CONTACT_LINES)
    inner = f"""<div class="hd-entry clearfix">
  <a href="/module/mailbox/mailwrite.jsp?webid=1&amp;boxid=12" class="hd-btn">局长信箱</a>
  <a href="/module/mailbox/mailwrite.jsp?webid=1&amp;boxid=13" class="hd-btn">投资咨询</a>
  <a href="/module/mailbox/maillist.jsp?webid=1" class="hd-btn">信件公开</a>
</div>
<div class="single-page contact">
  <h4>联系我们</h4>
  {lines}
</div>"""
    return col_layout(7143, inner, elder=elder, self_url=self_url)


def listings_column(*, elder: bool, self_url: str) -> str:
    items = []
    for x in sorted(C.LISTINGS, key=lambda x: x["date"], reverse=True):
        f = dict(x["fields"])
        items.append(f"""<li class="clearfix">
      <div class="pic"><img src="/picture/0/{x['image']}" alt=""></div>
      <div class="txt">
        <h4><a href="{dated_path(x['col'], x['id'], x['date'])}" target="_blank">{esc(x['title'])}</a></h4>
        <p>所在园区：{esc(f['所在园区'])}</p>
        <p>建筑面积：{esc(f['建筑面积'])}　租金：{esc(f['租金'])}</p>
        <p>发布日期：{x['date']}</p>
      </div>
    </li>""")
    inner = ('<div class="zt-intro">全市开发区（园区）标准厂房、仓储用房等招商载体信息，欢迎垂询。</div>'
             '<ul class="zt-cards">' + "".join(items) + "</ul>")
    return col_layout(7151, inner, elder=elder, self_url=self_url)


def jobs_column(*, elder: bool, self_url: str) -> str:
    items = []
    for x in sorted(C.JOBS, key=lambda x: x["date"], reverse=True):
        f = dict(x["fields"])
        items.append(f'<tr><td class="tit"><a href="{dated_path(x["col"], x["id"], x["date"])}" target="_blank">'
                     f'{esc(f["岗位名称"])}</a></td><td>{esc(f["招聘单位"])}</td><td>{esc(f["招聘人数"])}</td>'
                     f'<td>{esc(f["工作地点"])}</td><td>{x["date"]}</td></tr>')
    inner = ('<div class="job-list"><table cellspacing="0" cellpadding="0"><tr class="th"><th>岗位名称</th>'
             '<th>招聘单位</th><th>人数</th><th>工作地点</th><th>发布日期</th></tr>' + "".join(items) + "</table></div>")
    return col_layout(7161, inner, elder=elder, self_url=self_url)


def downloads_column(*, elder: bool, self_url: str) -> str:
    rows = "".join(
        f'<tr><td class="tit"><a href="/attach/0/{f}" target="_blank">{esc(n)}</a></td><td>{f.rsplit(".", 1)[1].upper()}</td>'
        f"<td>{s}</td><td>{d}</td></tr>"
        for n, f, d, s in C.DOWNLOADS)
    inner = ('<div class="down-list"><table cellspacing="0" cellpadding="0"><tr class="th"><th>文件名称</th>'
             '<th>格式</th><th>大小</th><th>更新日期</th></tr>' + rows + "</table></div>")
    return col_layout(7171, inner, elder=elder, self_url=self_url)


def sitemap_column(*, elder: bool, self_url: str) -> str:
    groups = []
    for top in C.NAV:
        info = C.COLUMNS[top]
        subs = "".join(f'<li><a href="{col_path(c)}">{esc(C.COLUMNS[c]["name"])}</a></li>'
                       for c in info.get("children", []))
        groups.append(f'<dl class="map-group"><dt><a href="{col_path(top)}">{esc(info["name"])}</a></dt>'
                      f'<dd><ul>{subs}</ul></dd></dl>')
    groups.append(f'<dl class="map-group"><dt>网站服务</dt><dd><ul><li><a href="{col_path(7144)}">网站声明</a></li>'
                  f'<li><a href="{col_path(7199)}">网站地图</a></li></ul></dd></dl>')
    inner = '<div class="sitemap">' + "".join(groups) + "</div>"
    return col_layout(7199, inner, elder=elder, self_url=self_url)


MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")


def calendar_column(month: str, *, elder: bool, self_url: str) -> str:
    y, m = int(month[:4]), int(month[5:])
    py, pm = (y - 1, 12) if m == 1 else (y, m - 1)
    ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
    base = col_path(7181)
    events = C.EVENTS.get(month, [])
    cal = calendar.Calendar(firstweekday=6)
    weeks = []
    for week in cal.monthdayscalendar(y, m):
        weeks.append("<tr>" + "".join(f"<td>{d if d else ''}</td>" for d in week) + "</tr>")
    ev = "".join(f"<tr><td>{esc(d)}</td><td>{esc(n)}</td><td>{esc(p)}</td></tr>" for d, n, p in events)
    if not ev:
        ev = '<tr><td colspan="3">本月暂无展会安排</td></tr>'
    nav = []
    if 1 <= py:
        nav.append(f'<a href="{base}?month={py:04d}-{pm:02d}">&lt; 上一月</a>')
    nav.append(f"<strong>{y}年{m}月</strong>")
    if ny <= 9999:
        nav.append(f'<a href="{base}?month={ny:04d}-{nm:02d}">下一月 &gt;</a>')
    nav.append(f'<a href="{base}">返回本月</a>')
    inner = f"""<div class="calendar">
  <div class="cal-nav">{" ".join(nav)}</div>
  <table class="cal-grid" cellspacing="0" cellpadding="0">
    <tr class="th"><th>日</th><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th></tr>
    {"".join(weeks)}
  </table>
  <div class="sub-tit">{y}年{m}月展会安排</div>
  <table class="cal-events" cellspacing="0" cellpadding="0">
    <tr class="th"><th>时间</th><th>展会名称</th><th>地点</th></tr>
    {ev}
  </table>
  <p class="cal-note">展会信息以主办方发布为准。企业组团参展请联系市商务局外贸发展处，电话：0578-2136537。</p>
</div>"""
    return col_layout(7181, inner, elder=elder, self_url=self_url)


def not_found_page() -> str:
    main = """<div class="w1200 err-page">
  <div class="err-code">404</div>
  <p>抱歉，您访问的页面不存在或已被删除！</p>
  <p><a href="/">返回首页</a></p>
</div>"""
    return shell(f"页面不存在_{C.SITE_NAME}", main, self_url="/", elder=False, body_class="err")


# ---------------------------------------------------------------------------------------------
# Platform modules (all under robots-disallowed prefixes)
# ---------------------------------------------------------------------------------------------

def search_page(q: str, p: int) -> str:
    hits = [a for a in sorted(C.ARTICLES, key=lambda a: (a["date"], a["time"] or ""), reverse=True)
            if q and (q in a["title"] or any(isinstance(b, str) and q in b for b in a["blocks"]))]
    per = 10
    last = max(1, -(-len(hits) // per))
    chunk = hits[(p - 1) * per: p * per]
    items = "".join(f'<li><a href="{art_path(a)}" target="_blank">{esc(a["title"])}</a><span>{a["date"]}</span></li>'
                    for a in chunk)
    qs = quote(q)
    pager = []
    if p > 1:
        pager.append(f'<a href="/jrobot/search.do?webid=1&amp;q={qs}&amp;p={p - 1}">上一页</a>')
    if p < last:
        pager.append(f'<a href="/jrobot/search.do?webid=1&amp;q={qs}&amp;p={p + 1}">下一页</a>')
    main = f"""<div class="w1200 search-result">
  <div class="sr-info">搜索“{esc(q)}”，共找到{len(hits)}条结果</div>
  <ul>{items}</ul>
  <div class="pager">{" ".join(pager)}</div>
</div>"""
    return shell(f"站内搜索_{C.SITE_NAME}", main, self_url="/jrobot/search.do?webid=1", elder=False)


def login_page() -> str:
    main = """<div class="w1200 login">
  <form action="/module/sso/loginin.jsp" method="post">
    <p>用户名：<input type="text" name="loginname"></p>
    <p>密　码：<input type="password" name="password"></p>
    <p><button type="submit">登录</button></p>
  </form>
  <p>推荐使用浙里办账号登录</p>
</div>"""
    return shell(f"用户登录_{C.SITE_NAME}", main, self_url="/module/sso/login.jsp?webid=1", elder=False)


def mailbox_page() -> str:
    main = """<div class="w1200 mailbox">
  <form action="/module/mailbox/mailsave.jsp" method="post">
    <p>姓名：<input type="text" name="name"></p>
    <p>标题：<input type="text" name="title"></p>
    <p>内容：<textarea name="content"></textarea></p>
    <p><button type="submit">提交</button></p>
  </form>
</div>"""
    return shell(f"局长信箱_{C.SITE_NAME}", main, self_url="/module/mailbox/mailwrite.jsp?webid=1", elder=False)


# ---------------------------------------------------------------------------------------------
# Binary resources
# ---------------------------------------------------------------------------------------------

def _png_1x1() -> bytes:
    def chunk(t: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + t + data + zlib.crc32(t + data).to_bytes(4, "big")
    raw = b"\x00\xcc\xcc\xcc"
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", (1).to_bytes(4, "big") * 2 + b"\x08\x02\x00\x00\x00")
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


PNG = _png_1x1()
GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xcc\xcc\xcc\x00\x00\x00!\xf9\x04\x00\x00\x00\x00\x00,"
       b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def _pdf(title: str) -> bytes:
    text = "(Attachment) Tj".encode()
    stream = b"BT /F1 12 Tf 72 720 Td " + text + b" ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info << /Title ({title}) >> >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _zip(name: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo("[Content_Types].xml", date_time=(2024, 1, 1, 0, 0, 0))
        z.writestr(info, '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"></Types>')
        info = zipfile.ZipInfo("docProps/title.txt", date_time=(2024, 1, 1, 0, 0, 0))
        z.writestr(info, name)
    return buf.getvalue()


ATTACH_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def attachment_names() -> dict[str, str]:
    names = {}
    for n, f, _, _ in C.DOWNLOADS:
        names[f] = n
    for a in C.ARTICLES:
        for b in a["blocks"]:
            if isinstance(b, tuple) and b[0] == "att":
                for n, f in b[1]:
                    names.setdefault(f, n)
    return {f: n for f, n in names.items() if f not in C.MISSING_ATTACHMENTS}


ATTACHMENTS = attachment_names()


def attachment_body(fname: str) -> bytes:
    ext = fname.rsplit(".", 1)[1]
    if ext == "pdf":
        return _pdf(fname)
    if ext == "doc":
        return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    return _zip(fname)


def image_names() -> set[str]:
    names = set()
    for a in C.ARTICLES:
        for b in a["blocks"]:
            if isinstance(b, tuple) and b[0] == "img":
                names.add(b[1])
    for x in C.LISTINGS:
        names.add(x["image"])
    return names


IMAGES = image_names()
SITE_IMAGES = {"czsw_logo.png", "dzjg.png", "jiucuo.png", "czsw_wx_qr.png", "page_qrcode.png", "banner_yshj.jpg"}

STATIC_TEXT = {
    "/style/czsw_main.css": ("text/css", "body{margin:0;font:14px/1.8 'Microsoft YaHei',sans-serif}.w1200{width:1200px;margin:0 auto}"
                             ".fl{float:left}.fr{float:right}.clearfix:after{content:'';display:block;clear:both}\n"),
    "/style/czsw_elder.css": ("text/css", "body.elder-mode{font-size:20px}body.elder-mode .art-con{font-size:22px}\n"),
    "/style/czsw_print.css": ("text/css", "body{font-size:16px}.print-btn{margin-top:20px}@media print{.print-btn{display:none}}\n"),
    "/script/jquery.min.js": ("application/javascript", "/*! jQuery v1.12.4 (stub) */\n"),
    "/script/czsw_common.js": ("application/javascript",
                               "function doZoom(s){var z=document.getElementById('zoom');if(z){z.style.fontSize=s+'px';}}\n"),
    "/jact/front/mainv.js": ("application/javascript", "/* accessibility toolbar loader */\n"),
}


# ---------------------------------------------------------------------------------------------
# The emulator
# ---------------------------------------------------------------------------------------------

ART_RE = re.compile(r"^/art/\d{4}/\d{1,2}/\d{1,2}/art_\d+_\d+\.html$")
COL_RE = re.compile(r"^/col/col(\d+)(/|/index\.html)?$")


class HanwebCommerceSite:
    """澄州市商务局 on a Hanweb-style platform.  ``handle(method, url)`` answers one request."""

    origin = ORIGIN
    hosts = (HOST, BARE_HOST)

    # -- responses -----------------------------------------------------------------------------
    @staticmethod
    def _headers(ctype: str, extra: dict | None = None) -> dict:
        h = {"Date": HTTP_DATE, "Server": "nginx", "Content-Type": ctype, "X-Frame-Options": "SAMEORIGIN"}
        if extra:
            h.update(extra)
        return h

    def _html(self, text: str, status: int = 200) -> Response:
        return Response(status, self._headers("text/html; charset=UTF-8"), text.encode("utf-8"))

    def _redirect(self, location: str, status: int = 301) -> Response:
        return Response(status, self._headers("text/html; charset=UTF-8", {"Location": location}),
                        b"<html><body><h1>301 Moved Permanently</h1></body></html>")

    def _not_found(self) -> Response:
        return self._html(not_found_page(), 404)

    # -- entry point ---------------------------------------------------------------------------
    def handle(self, method: str, url: str) -> Response:
        return self.dispatch(method, url)[0]

    def describe(self, url: str) -> dict:
        """What ``url`` is (used by make_truth.py): a dict with at least ``type``."""
        return self.dispatch("GET", url)[1]

    def dispatch(self, method: str, url: str) -> tuple[Response, dict]:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("http", "https") or host not in self.hosts:
            return (Response(502, self._headers("text/plain; charset=UTF-8"),
                             b"502 Bad Gateway\n"), {"type": "bad-host"})
        path = parts.path or "/"
        query = parts.query
        if host == BARE_HOST:
            loc = ORIGIN + path + ("?" + query if query else "")
            return self._redirect(loc), {"type": "redirect", "location": loc}
        if method not in ("GET", "HEAD", "POST"):
            return (Response(405, self._headers("text/html; charset=UTF-8", {"Allow": "GET, HEAD"}),
                             b"<html><body><h1>405 Method Not Allowed</h1></body></html>"), {"type": "error"})
        if method == "POST" and not path.startswith(DISALLOWED):
            return (Response(405, self._headers("text/html; charset=UTF-8", {"Allow": "GET, HEAD"}),
                             b"<html><body><h1>405 Method Not Allowed</h1></body></html>"), {"type": "error"})
        q = parse_qs(query, keep_blank_values=True)
        return self._route(path, query, q)

    def _route(self, path: str, query: str, q: dict) -> tuple[Response, dict]:
        mode = (q.get("mode") or [""])[-1]
        elder = mode == "elder"
        # the URL the 长者模式 switch should return to (mode removed, other parameters kept)
        kept = "&".join(p for p in query.split("&") if p and not p.startswith("mode=")) if query else ""
        self_url = path + ("?" + kept if kept else "")

        def page(text: str, info: dict) -> tuple[Response, dict]:
            info = dict(info, elder=elder)
            return self._html(elderize(text) if elder else text), info

        if path in ("/", "/index.html"):
            return page(home(elder=elder, self_url=self_url), {"type": "page", "kind": "home"})
        if path == "/robots.txt":
            return Response(200, self._headers("text/plain; charset=UTF-8"), ROBOTS_TXT.encode()), {"type": "robots"}
        if path == "/favicon.ico":
            return Response(200, self._headers("image/x-icon"), GIF), {"type": "resource"}

        m = COL_RE.match(path)
        if m:
            col = int(m.group(1))
            if col not in C.COLUMNS:
                return self._not_found(), {"type": "not-found"}
            if m.group(2) != "/index.html":
                loc = ORIGIN + col_path(col) + ("?" + query if query else "")
                return self._redirect(loc), {"type": "redirect", "location": loc}
            return self._column(col, q, elder, self_url, page)

        if ART_RE.match(path):
            hit = ITEM_PATHS.get(path)
            if not hit:
                return self._not_found(), {"type": "not-found"}
            kind, obj = hit
            if kind == "listing":
                return page(listing_page(obj, elder=elder, self_url=self_url), {"type": "page", "kind": "factory-listing"})
            if kind == "job":
                return page(job_page(obj, elder=elder, self_url=self_url), {"type": "page", "kind": "job"})
            a = obj
            if mode == "print":
                return self._html(print_article(a)), {"type": "article", "id": a["id"], "variant": "print"}
            render = xxgk_article if a.get("doc") else news_article
            resp, _ = page(render(a, elder=elder, self_url=self_url), {})
            return resp, {"type": "article", "id": a["id"], "variant": "elder" if elder else "main"}

        if path in LEGACY:
            loc = ORIGIN + LEGACY[path]
            return self._redirect(loc), {"type": "redirect", "location": loc}

        if path.startswith("/attach/0/"):
            fname = path[len("/attach/0/"):]
            if fname in ATTACHMENTS:
                ext = fname.rsplit(".", 1)[1]
                shown = ATTACHMENTS[fname]
                if not shown.endswith("." + ext):
                    shown += "." + ext
                headers = self._headers(ATTACH_TYPES[ext], {
                    "Content-Disposition": "attachment; filename*=UTF-8''" + quote(shown)})
                return Response(200, headers, attachment_body(fname)), {"type": "page", "kind": "attachment"}
            return self._not_found(), {"type": "not-found"}
        if path.startswith("/picture/0/") and path[len("/picture/0/"):] in IMAGES or \
                path.startswith("/images/") and path[len("/images/"):] in SITE_IMAGES:
            ext = path.rsplit(".", 1)[1]
            if ext == "png":
                return Response(200, self._headers("image/png"), PNG), {"type": "resource"}
            return Response(200, self._headers("image/gif"), GIF), {"type": "resource"}
        if path in STATIC_TEXT:
            ctype, text = STATIC_TEXT[path]
            return Response(200, self._headers(ctype + "; charset=UTF-8"), text.encode()), {"type": "resource"}

        # platform modules (disallowed in robots.txt, answered all the same)
        if path == "/jrobot/search.do":
            qq = (q.get("q") or [""])[-1]
            try:
                p = max(1, int((q.get("p") or ["1"])[-1]))
            except ValueError:
                p = 1
            return self._html(search_page(qq, p)), {"type": "page", "kind": "search"}
        if path == "/module/web/jpage/dataproxy.jsp":
            try:
                col = int((q.get("columnid") or ["0"])[-1])
            except ValueError:
                col = 0
            if col not in C.COLUMNS or "uid" not in C.COLUMNS[col]:
                return (Response(200, self._headers("text/xml; charset=UTF-8"),
                                 b'<?xml version="1.0" encoding="UTF-8"?><datastore><recordset></recordset></datastore>'),
                        {"type": "page", "kind": "dataproxy"})
            body = '<?xml version="1.0" encoding="UTF-8"?>\n' + datastore(col, col_articles(col))
            return Response(200, self._headers("text/xml; charset=UTF-8"), body.encode()), {"type": "page", "kind": "dataproxy"}
        if path in ("/module/sso/login.jsp", "/module/sso/register.jsp"):
            return self._html(login_page()), {"type": "page", "kind": "login"}
        if path.startswith("/module/mailbox/"):
            return self._html(mailbox_page()), {"type": "page", "kind": "mailbox"}
        return self._not_found(), {"type": "not-found"}

    def _column(self, col: int, q: dict, elder: bool, self_url: str, page) -> tuple[Response, dict]:
        info = C.COLUMNS[col]
        kind = info["kind"]
        if kind == "news":
            return page(news_column(col, elder=elder, self_url=self_url), {"type": "page", "kind": "list", "col": col})
        if kind == "xxgk":
            try:
                n = int((q.get("pageNum") or ["1"])[-1])
            except ValueError:
                n = 1
            n = max(1, n)
            return page(xxgk_column(col, n, elder=elder, self_url=self_url),
                        {"type": "page", "kind": "list", "col": col, "pageNum": n})
        if kind == "parent":
            return page(parent_column(col, elder=elder, self_url=self_url), {"type": "page", "kind": "category"})
        if kind == "about":
            return page(text_column(col, C.ABOUT[col], elder=elder, self_url=self_url), {"type": "page", "kind": "about"})
        if kind == "contact":
            return page(contact_column(elder=elder, self_url=self_url), {"type": "page", "kind": "contact"})
        if kind == "listings":
            return page(listings_column(elder=elder, self_url=self_url), {"type": "page", "kind": "factory-listing"})
        if kind == "jobs":
            return page(jobs_column(elder=elder, self_url=self_url), {"type": "page", "kind": "job"})
        if kind == "downloads":
            return page(downloads_column(elder=elder, self_url=self_url), {"type": "page", "kind": "download"})
        if kind == "sitemap":
            return page(sitemap_column(elder=elder, self_url=self_url), {"type": "page", "kind": "sitemap"})
        if kind == "calendar":
            month = (q.get("month") or [C.CALENDAR_DEFAULT_MONTH])[-1]
            mm = MONTH_RE.match(month)
            if not mm or not (1 <= int(mm.group(2)) <= 12) or int(mm.group(1)) < 1:
                month = C.CALENDAR_DEFAULT_MONTH
            return page(calendar_column(month, elder=elder, self_url=self_url),
                        {"type": "page", "kind": "calendar", "month": month})
        return self._not_found(), {"type": "not-found"}


def emulator() -> HanwebCommerceSite:
    return HanwebCommerceSite()
