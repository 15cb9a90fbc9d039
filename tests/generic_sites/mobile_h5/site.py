# -*- coding: utf-8 -*-
"""Emulator of m.lcjkq.cn, the mobile (H5) site of the 澧川经济开发区 investment office.

``emulator()`` returns an object with ``origin`` and ``handle(method, url) -> Response``.
Deterministic: no randomness, no clock, no network. Content lives in mobile_h5_content.py.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

import mobile_h5_content as C

HOST = C.SITE["host"]
ORIGIN = C.SITE["origin"]
ALIAS_HOSTS = set(C.SITE["alias_hosts"])
DATE = C.SITE["date_header"]
PH = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="

COL_NAME = {slug: name for slug, name, _ in C.COLUMNS}
COL_DESC = {slug: desc for slug, _, desc in C.COLUMNS}
BY_ID = {a["id"]: a for a in C.ARTICLES}
# newest first, as the lists show them
ALL_SORTED = sorted(C.ARTICLES, key=lambda a: (a["time"], a["id"]), reverse=True)
COL_SORTED = {slug: [a for a in ALL_SORTED if a["col"] == slug] for slug in COL_NAME}
FACT_BY_ID = {f["id"]: f for f in C.FACTORIES}
JOB_BY_ID = {j["id"]: j for j in C.JOBS}
COMP_BY_ID = {c["id"]: c for c in C.COMPANIES}

COL_PAGE_SIZE = 5
ALL_PAGE_SIZE = 8
SEARCH_PAGE_SIZE = 5


class Response:
    def __init__(self, status: int, headers: dict, body: bytes, kind: str | None = None):
        self.status = status
        self.headers = headers
        self.body = body
        self.kind = kind  # what the page is (used by make_truth.py only)

    def __repr__(self) -> str:  # pragma: no cover
        return f"<Response {self.status} {self.kind} {len(self.body)}B>"


# ---------------------------------------------------------------------------------------- helpers
def esc(s: str) -> str:
    return html.escape(s, quote=False)


def attr(s: str) -> str:
    return html.escape(s, quote=True)


def art_path(a: dict) -> str:
    return f"/news/{a['col']}/{a['id']}.html"


def tag_path(t: str) -> str:
    return "/tag/" + quote(t) + "/"


def strip_tags(s: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def day(a: dict) -> str:
    return a["time"][:10]


def summary(a: dict) -> str:
    for b in a["blocks"]:
        if b[0] == "p":
            t = strip_tags(b[1])
            return t[:44] + ("…" if len(t) > 44 else "")
    return ""


def thumb(a: dict):
    for b in a["blocks"]:
        if b[0] == "img":
            return b[1]
    return None


def text_of(a: dict) -> str:
    parts = [a["title"]]
    for b in a["blocks"]:
        if b[0] in ("p", "h", "cap", "sign"):
            parts.append(strip_tags(b[1]))
        elif b[0] == "table":
            parts.extend(" ".join(r) for r in b[1])
        elif b[0] == "ul":
            parts.extend(b[1])
    return "\n".join(parts)


def sid_for(seed: str) -> str:
    return hashlib.md5(seed.encode("utf-8")).hexdigest()[:26]


# ---------------------------------------------------------------------------------------- layout
TABS = [("home", "/", "首页"), ("news", "/news/", "资讯"), ("zaiti", "/zaiti/", "载体"),
        ("service", "/service/", "服务"), ("my", "/my/", "我的")]

SCRIPT = """<script>
(function(){
  var imgs=document.querySelectorAll('img.lazy');
  function lazy(){for(var i=0;i<imgs.length;i++){var m=imgs[i];if(m.getAttribute('data-src')&&m.getBoundingClientRect().top<window.innerHeight+200){m.src=m.getAttribute('data-src');m.removeAttribute('data-src');}}}
  window.addEventListener('scroll',lazy);lazy();
  var box=document.getElementById('dtBox'),btn=document.getElementById('dtUnfold');
  if(box&&btn){btn.onclick=function(){box.className=box.className.replace('is-fold','');btn.style.display='none';};}
  var lm=document.querySelector('.lm-btn');
  if(lm&&window.fetch){lm.onclick=function(e){e.preventDefault();fetch(lm.getAttribute('data-api')).then(function(r){return r.json();}).then(function(d){var ul=document.querySelector('.nl');d.list.forEach(function(it){var li=document.createElement('li');li.className='nl-item';li.innerHTML='<a href="'+it.url+'"><div class="nl-txt"><h4>'+it.title+'</h4><p class="nl-meta"><span>'+it.date+'</span></p></div></a>';ul.appendChild(li);});if(d.next){lm.setAttribute('data-api',d.next);lm.href=d.next_page;}else{lm.parentNode.innerHTML='<span class="lm-end">— 已经到底了 —</span>';}});};}
  var sh=document.querySelectorAll('.sh-wx,.sh-pyq'),mask=document.getElementById('shareMask');
  for(var j=0;j<sh.length;j++){sh[j].onclick=function(){if(mask)mask.style.display='block';};}
  if(mask){mask.onclick=function(){mask.style.display='none';};}
})();
</script>"""


def tabbar(active: str) -> str:
    items = []
    for key, href, label in TABS:
        cls = ' class="on"' if key == active else ""
        items.append(f'<a href="{href}"{cls}><i class="tb-ico tb-{key}"></i><em>{label}</em></a>')
    return '<nav class="m-tabbar" id="tabbar">\n' + "\n".join(items) + "\n</nav>"


def callbar() -> str:
    s = C.SITE
    return (
        '<div class="m-callbar">\n'
        f'<a class="cb-tel" href="tel:{s["hotline_tel"]}"><i class="cb-ico"></i><span>一键拨号</span></a>\n'
        '<a class="cb-msg" href="/service/liuyan/"><i class="cb-ico"></i><span>在线留言</span></a>\n'
        '<a class="cb-wx" href="/contact/#gzh"><i class="cb-ico"></i><span>加微信</span></a>\n'
        "</div>"
    )


def footer() -> str:
    s = C.SITE
    return (
        '<footer class="m-ft">\n'
        '<div class="ft-links"><a href="/about/">园区概况</a><i>|</i><a href="/contact/">联系我们</a>'
        '<i>|</i><a href="http://www.lcjkq.cn/?pc=1">电脑版</a></div>\n'
        f'<p>主办：{s["org"]}</p>\n'
        f'<p>承办：{s["office"]}　招商热线：{s["hotline"]}</p>\n'
        f'<p>地址：{s["address"]}</p>\n'
        f'<p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">{s["icp"]}</a></p>\n'
        "</footer>"
    )


def topbar(title: str, back: str | None, right: str = "search") -> str:
    b = f'<a class="hd-back" href="{back}" aria-label="返回"></a>' if back else '<span class="hd-back-ph"></span>'
    r = '<a class="hd-so" href="/search" aria-label="搜索"></a>' if right == "search" else '<a class="hd-home" href="/" aria-label="首页"></a>'
    return f'<header class="m-hd">{b}<h2 class="hd-t">{esc(title)}</h2>{r}</header>'


def layout(*, title: str, canonical: str, main: str, tab: str, header: str, desc: str = "",
           keywords: str = "", body_class: str = "", extra_head: str = "") -> str:
    s = C.SITE
    d = desc or f"{s['short']}招商网：湖南澧川经济开发区官方招商平台，提供招商政策、标准厂房、项目动态等信息。"
    k = keywords or "澧川经开区,澧川经济开发区,招商引资,标准厂房,厂房出租,招商政策"
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0,maximum-scale=1.0,user-scalable=no">
<meta name="format-detection" content="telephone=no">
<meta name="apple-mobile-web-app-capable" content="yes">
<title>{esc(title)}</title>
<meta name="keywords" content="{attr(k)}">
<meta name="description" content="{attr(d)}">
<link rel="canonical" href="{attr(canonical)}">
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="/static/h5/css/base.css?v=20240315">
<link rel="stylesheet" href="/static/h5/css/page.css?v=20240602">
<script src="/static/h5/js/flexible.min.js"></script>
{extra_head}</head>
<body class="{body_class}">
{header}
<main class="m-main">
{main}
</main>
{footer()}
{callbar()}
{tabbar(tab)}
{SCRIPT}
</body>
</html>
"""


def html_resp(page: str, kind: str, status: int = 200, extra: dict | None = None) -> Response:
    h = {
        "Date": DATE,
        "Server": "nginx/1.20.1",
        "Content-Type": "text/html; charset=utf-8",
        "X-Powered-By": "PHP/7.3.33",
        "Cache-Control": "no-cache",
        "Vary": "Accept-Encoding",
    }
    if extra:
        h.update(extra)
    return Response(status, h, page.encode("utf-8"), kind)


def redirect(location: str, status: int = 301, kind: str = "redirect") -> Response:
    word = "Moved Permanently" if status == 301 else "Found"
    body = (f"<html>\r\n<head><title>{status} {word}</title></head>\r\n<body>\r\n"
            f"<center><h1>{status} {word}</h1></center>\r\n<hr><center>nginx/1.20.1</center>\r\n"
            "</body>\r\n</html>\r\n")
    return Response(status, {"Date": DATE, "Server": "nginx/1.20.1", "Content-Type": "text/html",
                             "Location": location}, body.encode("utf-8"), kind)


def not_found() -> Response:
    main = """<div class="m-empty">
<img class="lazy" src="%s" data-src="/static/h5/img/404.png" alt="">
<p class="em-t">抱歉，您访问的页面不存在或已被删除</p>
<p class="em-sub">您可以返回首页，或通过下方导航继续浏览</p>
<p><a class="em-btn" href="/">返回首页</a></p>
</div>""" % PH
    page = layout(title="页面不存在_澧川经开区招商网", canonical=ORIGIN + "/", main=main, tab="",
                  header=topbar("页面不存在", "/", right="home"), body_class="pg-404")
    return html_resp(page, "not-found", 404)


# ---------------------------------------------------------------------------------------- lists
def news_item(a: dict, href: str | None = None) -> str:
    href = href or art_path(a)
    t = thumb(a)
    pic = f'<div class="nl-pic"><img class="lazy" src="{PH}" data-src="{t}" alt=""></div>' if t else ""
    cls = "nl-item" if t else "nl-item no-pic"
    return (f'<li class="{cls}"><a href="{href}">{pic}<div class="nl-txt"><h4>{esc(a["title"])}</h4>'
            f'<p class="nl-desc">{esc(summary(a))}</p>'
            f'<p class="nl-meta"><span class="nl-col">{COL_NAME[a["col"]]}</span><span class="nl-date">{day(a)}</span></p>'
            "</div></a></li>")


def col_tabs(active: str) -> str:
    items = ['<a href="/news/"%s>全部</a>' % (' class="on"' if active == "" else "")]
    for slug, name, _ in C.COLUMNS:
        items.append(f'<a href="/news/{slug}/"' + (' class="on"' if slug == active else "") + f">{name}</a>")
    return '<div class="col-tabs">\n' + "\n".join(items) + "\n</div>"


def loadmore(next_href: str | None, api: str | None) -> str:
    if next_href:
        return (f'<div class="loadmore"><a href="{attr(next_href)}" class="lm-btn" data-api="{attr(api)}">'
                "加载更多</a></div>")
    return '<div class="loadmore"><span class="lm-end">— 已经到底了 —</span></div>'


def page_num(q: dict) -> int:
    try:
        n = int(q.get("page", ["1"])[0])
    except ValueError:
        return 1
    return n if n >= 1 else 1


def render_news_list(col: str, q: dict, https: bool) -> Response:
    n = page_num(q)
    items = COL_SORTED[col] if col else ALL_SORTED
    size = COL_PAGE_SIZE if col else ALL_PAGE_SIZE
    chunk = items[(n - 1) * size: n * size]
    base = f"/news/{col}/" if col else "/news/"
    more = len(items) > n * size
    api = f"/api/news?col={col}&page={n + 1}" if col else f"/api/news?page={n + 1}"
    lis = "\n".join(news_item(a) for a in chunk) or '<li class="nl-none">暂无更多内容</li>'
    name = COL_NAME[col] if col else "资讯中心"
    intro = f'<p class="col-desc">{COL_DESC[col]}</p>' if col else ""
    main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; {'<a href="/news/">资讯中心</a> &gt; ' + name if col else '资讯中心'}</div>
{col_tabs(col)}
{intro}
<ul class="nl">
{lis}
</ul>
{loadmore(f"{base}?page={n + 1}" if more else None, api)}"""
    canonical = ORIGIN + base + (f"?page={n}" if n > 1 else "")
    title = f"{name}" + (f"_第{n}页" if n > 1 else "") + "_澧川经开区招商网"
    page = layout(title=title, canonical=canonical, main=main, tab="news",
                  header=topbar(name, "/news/" if col else "/"), body_class="pg-list")
    return html_resp(page, "category" if col else "list")


def render_tag(tag: str) -> Response:
    items = [a for a in ALL_SORTED if tag in a["tags"]]
    if not items:
        return not_found()
    lis = "\n".join(news_item(a) for a in items)
    main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; <a href="/news/">资讯中心</a> &gt; 标签：{esc(tag)}</div>
<p class="tag-sum">共有 {len(items)} 篇与“{esc(tag)}”相关的资讯</p>
<ul class="nl">
{lis}
</ul>
{loadmore(None, None)}"""
    page = layout(title=f"{tag}_标签_澧川经开区招商网", canonical=ORIGIN + tag_path(tag), main=main, tab="news",
                  header=topbar("#" + tag, "/news/"), body_class="pg-tag")
    return html_resp(page, "tag")


# ---------------------------------------------------------------------------------------- article
def p_open(a: dict) -> str:
    return {"em": '<p style="text-indent:2em;">', "full": "<p>", "none": "<p>",
            "wx": '<p style="line-height:1.75em;margin-bottom:12px;"><span style="font-size:15px;color:#3f3f3f;">'}[a["indent"]]


def p_close(a: dict) -> str:
    return "</span></p>" if a["indent"] == "wx" else "</p>"


def para(a: dict, inner: str) -> str:
    lead = "　　" if a["indent"] == "full" else ""
    return p_open(a) + lead + inner + p_close(a)


def site_contact_card() -> str:
    s = C.SITE
    rows = "\n".join(f'<p>{n}　<a href="tel:{p.replace(" ", "")}">{p}</a>（{w}）</p>' for n, p, w in s["managers"])
    return ('<div class="zs-card" style="margin-top:16px;padding:10px;background:#f4f8ff;border-radius:6px;">\n'
            '<p class="zs-card-t"><strong>项目合作请联系</strong></p>\n'
            f'<p>招商热线：<a href="tel:{s["hotline_tel"]}">{s["hotline"]}</a></p>\n{rows}\n</div>')


def render_blocks(a: dict) -> str:
    out = []
    for b in a["blocks"]:
        t = b[0]
        if t == "p":
            out.append(para(a, b[1]))
        elif t == "h":
            if a["indent"] == "none":
                out.append(f'<h3 class="art-h">{esc(b[1])}</h3>')
            else:
                out.append(f'<p style="text-indent:2em;"><strong>{esc(b[1])}</strong></p>')
        elif t == "img":
            out.append(f'<p class="art-pic" style="text-align:center;"><img class="lazy" src="{PH}" '
                       f'data-src="{b[1]}" alt="{attr(b[2])}" style="max-width:100%;"></p>')
        elif t == "cap":
            out.append(f'<p class="art-pic-note" style="text-align:center;color:#888;font-size:13px;">{esc(b[1])}</p>')
        elif t == "table":
            rows = []
            for i, r in enumerate(b[1]):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{esc(c)}</{tag}>" for c in r) + "</tr>")
            out.append('<div class="tbl-scroll" style="overflow-x:auto;"><table border="1" cellspacing="0" '
                       'cellpadding="6" style="border-collapse:collapse;width:100%;"><tbody>\n'
                       + "\n".join(rows) + "\n</tbody></table></div>")
        elif t == "ul":
            cls = "art-list" if not b[1][0].startswith("（") else "art-list no-dot"
            out.append(f'<ul class="{cls}">\n' + "\n".join(f"<li>{esc(x)}</li>" for x in b[1]) + "\n</ul>")
        elif t == "sign":
            out.append(f'<p style="text-align:right;">{esc(b[1])}</p>')
        elif t == "attach":
            files = "\n".join(f'<p><a href="{h}" target="_blank">{esc(n)}</a></p>' for n, h in b[1])
            out.append(f'<div class="art-attach">\n<p>附件：</p>\n{files}\n</div>')
        elif t == "junk":
            style = "text-align:right;color:#999;" if a["indent"] != "wx" else "text-align:center;color:#576b95;"
            out.append(f'<p style="{style}">{esc(b[1])}</p>')
        elif t == "tail":
            out.append(para(a, b[1] + esc(b[2])))
        elif t == "brtail":
            out.append(para(a, b[1] + '<br/><span style="color:#999;font-size:12px;">' + esc(b[2]) + "</span>"))
        elif t == "contact":
            out.append(site_contact_card())
        else:  # pragma: no cover
            raise ValueError(t)
    body = "\n".join(out)
    if a["indent"] == "wx":
        body = '<section class="wx-rich" style="padding:0 4px;">\n' + body + "\n</section>"
    return body


def body_line_count(a: dict) -> int:
    n = 0
    for b in a["blocks"]:
        if b[0] in ("p", "h", "cap", "sign", "tail", "brtail"):
            n += 1
        elif b[0] in ("table", "ul"):
            n += len(b[1])
        elif b[0] == "attach":
            n += 1 + len(b[1])
    return n


def info_line(a: dict) -> str:
    spans = []
    if a["show_time"]:
        spans.append(f'<span class="dt-time">{a["time"]}</span>')
    else:
        spans.append(f'<span class="dt-time">发布日期：{a["time"]}</span>')
    spans.append(f'<span class="dt-src">来源：{esc(a["src_label"])}</span>')
    if a["author"]:
        spans.append(f'<span class="dt-au">作者：{esc(a["author"])}</span>')
    if a["views"] is not None:
        if a["col"] == "zcjd":
            spans.append(f'<span class="dt-views">浏览：{a["views"]}次</span>')
        else:
            spans.append(f'<span class="dt-views"><i class="ico-eye"></i>阅读 {a["views"]}</span>')
    return '<div class="dt-info">\n' + "\n".join(spans) + "\n</div>"


def related(a: dict) -> list:
    same = [x for x in C.ARTICLES if x["col"] == a["col"] and x["id"] != a["id"]]
    same.sort(key=lambda x: (abs(x["id"] - a["id"]), x["id"]))
    rel = [(art_path(x) + "?from=xgyd", x["title"], day(x)) for x in same[:3]]
    for extra in C.RELATED_EXTRA.get(a["id"], []):
        rel.insert(1, extra)
    return rel


def prev_next(a: dict):
    seq = sorted(COL_SORTED[a["col"]], key=lambda x: (x["time"], x["id"]))
    i = seq.index(a)
    prev = seq[i - 1] if i > 0 else None
    nxt = seq[i + 1] if i + 1 < len(seq) else None
    return prev, nxt


def render_article(a: dict) -> Response:
    col = a["col"]
    name = COL_NAME[col]
    canonical = ORIGIN + art_path(a)
    fold = body_line_count(a) >= 9
    box_cls = "dt-body-box is-fold" if fold else "dt-body-box"
    unfold = ('\n<div class="dt-unfold" id="dtUnfold"><a href="javascript:;" class="dt-unfold-btn">'
              '展开全文<i class="ico-down"></i></a></div>') if fold else ""
    tags = ""
    if a["tags"]:
        tags = ('<div class="dt-tags"><span>标签：</span>'
                + "\n".join(f'<a href="{tag_path(t)}">{esc(t)}</a>' for t in a["tags"]) + "</div>")
    prev, nxt = prev_next(a)
    pl = f'<a href="{art_path(prev)}">{esc(prev["title"])}</a>' if prev else "<span>没有了</span>"
    nl = f'<a href="{art_path(nxt)}">{esc(nxt["title"])}</a>' if nxt else "<span>没有了</span>"
    rel = "\n".join(f'<li><a href="{h}">{esc(t)}</a>\n<span class="rel-date">{d}</span></li>' for h, t, d in related(a))
    share_url = quote(canonical, safe="")
    share_t = quote(a["title"], safe="")
    s = C.SITE
    main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; <a href="/news/">资讯中心</a> &gt; <a href="/news/{col}/">{name}</a></div>
<article class="dt" data-id="{a['id']}">
<h1 class="dt-t">{esc(a['title'])}</h1>
{info_line(a)}
<div class="{box_cls}" id="dtBox">
<div class="dt-body" id="dtBody">
{render_blocks(a)}
</div>{unfold}
</div>
{tags}
<div class="dt-tools">
<a class="dt-fav" href="/my/fav.php?act=add&amp;id={a['id']}" rel="nofollow">收藏</a>
<a class="dt-print" href="/news/print.php?id={a['id']}" rel="nofollow" target="_blank">打印</a>
<a class="dt-font" href="javascript:;">字号</a>
</div>
<div class="dt-share">
<p class="dt-share-t">分享到：</p>
<div class="dt-share-btns">
<a href="javascript:;" class="sh-wx">微信好友</a>
<a href="javascript:;" class="sh-pyq">朋友圈</a>
<a href="http://service.weibo.com/share/share.php?url={share_url}&amp;title={share_t}" class="sh-wb" target="_blank" rel="nofollow">新浪微博</a>
<a href="https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url={share_url}&amp;title={share_t}" class="sh-qz" target="_blank" rel="nofollow">QQ空间</a>
</div>
<p class="dt-link">本文链接：<a href="/a/{a['id']}">http://m.lcjkq.cn/a/{a['id']}</a></p>
</div>
<div class="dt-qr"><img class="lazy" src="{PH}" data-src="/static/h5/img/qr_gzh.png" alt="二维码"><div class="dt-qr-txt"><p>长按识别二维码，关注“{s['gzh']}”公众号</p><p>第一时间获取招商政策和园区资讯</p></div></div>
<div class="dt-pn">
<p class="dt-prev">上一篇：{pl}</p>
<p class="dt-next">下一篇：{nl}</p>
</div>
</article>
<section class="m-box rel">
<div class="m-box-hd"><h3>相关阅读</h3></div>
<ul class="rel-list">
{rel}
</ul>
</section>
<section class="m-box zs-consult">
<div class="m-box-hd"><h3>招商咨询</h3></div>
<p>有投资意向？欢迎来电洽谈，我们将为您提供一对一服务。</p>
<p>招商热线：<a href="tel:{s['hotline_tel']}">{s['hotline']}</a>（工作日 8:30-17:30）</p>
<p><a class="zs-btn" href="/service/liuyan/">我要留言</a>
<a class="zs-btn" href="/zaiti/changfang/">查看厂房</a></p>
</section>
<div class="share-mask" id="shareMask" style="display:none;"><p>点击右上角“···”，分享给朋友或朋友圈</p></div>"""
    desc = summary(a)
    og = (f'<meta property="og:type" content="article">\n<meta property="og:title" content="{attr(a["title"])}">\n'
          f'<meta property="og:url" content="{canonical}">\n<meta property="og:description" content="{attr(desc)}">\n')
    page = layout(title=f"{a['title']}_{name}_澧川经开区招商网", canonical=canonical, main=main, tab="news",
                  header=topbar(name, f"/news/{col}/"), desc=desc,
                  keywords=",".join(a["tags"]) if a["tags"] else "", body_class="pg-detail", extra_head=og)
    return html_resp(page, "article")


def render_print(a: dict) -> Response:
    canonical = ORIGIN + art_path(a)
    when = a["time"] if a["show_time"] else a["time"]
    au = f"　作者：{esc(a['author'])}" if a["author"] else ""
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<meta name="robots" content="noindex,follow">
<title>{esc(a['title'])} - 打印页</title>
<link rel="canonical" href="{canonical}">
<link rel="stylesheet" href="/static/h5/css/print.css">
</head>
<body class="pg-print">
<div class="pr-box">
<h1>{esc(a['title'])}</h1>
<p class="pr-info">发布时间：{when}　来源：{esc(a['src_label'])}{au}</p>
<div class="pr-body">
{render_blocks(a)}
</div>
<p class="pr-tools"><a href="javascript:window.print();">【打印本页】</a>　<a href="javascript:window.close();">【关闭窗口】</a></p>
</div>
</body>
</html>
"""
    return html_resp(page, "article-print")


def render_offline(aid: int) -> Response:
    col, _title = C.OFFLINE[aid]
    main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; <a href="/news/">资讯中心</a> &gt; <a href="/news/{col}/">{COL_NAME[col]}</a></div>
<div class="m-empty">
<p class="em-t">该信息已下线或不存在</p>
<p class="em-sub">您访问的内容可能已过期或被管理员删除</p>
<p><a class="em-btn" href="/news/{col}/">返回列表</a><a class="em-btn" href="/">返回首页</a></p>
</div>"""
    page = layout(title="提示信息_澧川经开区招商网", canonical=ORIGIN + f"/news/{col}/{aid}.html", main=main,
                  tab="news", header=topbar(COL_NAME[col], f"/news/{col}/"), body_class="pg-detail pg-offline")
    return html_resp(page, "soft-404")


# ---------------------------------------------------------------------------------------- home
def render_home() -> Response:
    s = C.SITE
    hot = " ".join(f'<a href="/search?kw={quote(w)}">{w}</a>' for w in C.HOT_WORDS)
    banners = [
        ("https://m.lcjkq.cn/news/xmjs/1029.html", "/uploads/image/banner/bn_20240606.jpg", "电子信息产业园首批5家企业入驻投产"),
        ("/news/xmjs/1015.html", "/uploads/image/banner/bn_20240227.jpg", "集中签约11个项目 总投资63.5亿元"),
        ("/zaiti/changfang/", "/uploads/image/banner/bn_changfang.jpg", "标准厂房三期 火热招租中"),
    ]
    bn = "\n".join(f'<li><a href="{h}"><img class="lazy" src="{PH}" data-src="{i}" alt="{attr(t)}"><p class="bn-t">{esc(t)}</p></a></li>'
                   for h, i, t in banners)
    entries = [("/about/", "园区概况"), ("/news/zcjd/", "招商政策"), ("/zaiti/changfang/", "标准厂房"),
               ("/qiye/", "入驻企业"), ("/huodong/rili", "活动日历"), ("/service/xiazai/", "资料下载"),
               ("/service/zhaopin/", "企业招聘"), ("/contact/", "联系我们")]
    ent = "\n".join(f'<a href="{h}"><i class="en-ico"></i><span>{t}</span></a>' for h, t in entries)
    latest = "\n".join(news_item(a) for a in ALL_SORTED[:6])
    hot_arts = sorted([a for a in C.ARTICLES if a["views"] is not None], key=lambda a: (-a["views"], a["id"]))[:5]
    hots = "\n".join(f'<li><em>{i + 1}</em> <a href="{art_path(a)}?utm_source=m_index&amp;utm_medium=hot">{esc(a["title"])}</a></li>'
                     for i, a in enumerate(hot_arts))
    facts = "\n".join(factory_card(f) for f in C.FACTORIES[:2])
    comps = "\n".join(f'<li><a href="/qiye/{c["id"]}.html">{esc(c["name"])}</a><span>{c["industry"]}</span></li>' for c in C.COMPANIES)
    notice = BY_ID[1030]
    header = f"""<header class="idx-hd">
<a class="idx-logo" href="/"><img src="/static/h5/img/logo.png" alt="澧川经开区"></a>
<form class="idx-so" action="/search" method="get"><input type="search" name="kw" placeholder="搜索厂房、政策、资讯"><button type="submit">搜索</button></form>
</header>
<div class="gzh-tip" id="gzhTip"><span>关注“{s['gzh']}”公众号，第一时间获取招商资讯</span><a href="/contact/#gzh" class="gzh-btn">去关注</a></div>"""
    main = f"""<div class="hot-kw"><span>热门搜索：</span>{hot}</div>
<div class="idx-banner swiper-container"><ul class="swiper-wrapper">
{bn}
</ul><div class="bn-dots"></div></div>
<div class="idx-notice"><span class="nt-lab">公示</span><a href="{art_path(notice)}">{esc(notice['title'])}</a></div>
<nav class="idx-entry">
{ent}
</nav>
<section class="m-box">
<div class="m-box-hd"><h3>资讯中心</h3><a class="more" href="/news/">更多</a></div>
{col_tabs("")}
<ul class="nl">
{latest}
</ul>
{loadmore("/news/?page=2", "/api/news?page=2")}
</section>
<section class="m-box">
<div class="m-box-hd"><h3>热门资讯</h3></div>
<ol class="hot-list">
{hots}
</ol>
</section>
<section class="m-box">
<div class="m-box-hd"><h3>优质载体</h3><a class="more" href="/zaiti/">更多</a></div>
<ul class="cf-list">
{facts}
</ul>
</section>
<section class="m-box">
<div class="m-box-hd"><h3>入驻企业</h3><a class="more" href="/qiye/">更多</a></div>
<ul class="qy-list">
{comps}
</ul>
</section>"""
    page = layout(title="澧川经开区招商网-湖南澧川经济开发区官方招商平台", canonical=ORIGIN + "/", main=main,
                  tab="home", header=header, body_class="pg-index")
    return html_resp(page, "home")


# ---------------------------------------------------------------------------------------- 载体
def factory_card(f: dict, href: str | None = None) -> str:
    lab = "标准厂房" if f["type"] == "bz" else "定制厂房"
    href = href or f"/zaiti/changfang/{f['id']}.html"
    return (f'<li class="cf-item"><a href="{href}"><div class="cf-pic"><img class="lazy" src="{PH}" data-src="{f["img"]}" alt=""></div>'
            f'<div class="cf-txt"><h4>{esc(f["title"])}</h4><p class="cf-tags"><span>{lab}</span><span>{f["floors"]}</span></p>'
            f'<p class="cf-meta"><span class="cf-area">{f["area"]}㎡</span><span class="cf-price">{esc(f["rent"])}</span></p>'
            f'<p class="cf-loc">{esc(f["location"])}</p></div></a></li>')


AREA_OPTS = [("", "不限"), ("1", "1000㎡以下"), ("2", "1000-3000㎡"), ("3", "3000㎡以上")]
TYPE_OPTS = [("", "不限"), ("bz", "标准厂房"), ("dz", "定制厂房")]
SORT_OPTS = [("", "默认"), ("area", "面积"), ("price", "租金")]


def cf_query(area: str, typ: str, sort: str) -> str:
    q = [(k, v) for k, v in (("area", area), ("type", typ), ("sort", sort)) if v]
    return "/zaiti/changfang/" + ("?" + urlencode(q) if q else "")


def render_changfang_list(q: dict) -> Response:
    area = q.get("area", [""])[0]
    typ = q.get("type", [""])[0]
    sort = q.get("sort", [""])[0]
    area = area if area in dict(AREA_OPTS) else ""
    typ = typ if typ in dict(TYPE_OPTS) else ""
    sort = sort if sort in dict(SORT_OPTS) else ""
    items = list(C.FACTORIES)
    if area == "1":
        items = [f for f in items if f["area"] < 1000]
    elif area == "2":
        items = [f for f in items if 1000 <= f["area"] <= 3000]
    elif area == "3":
        items = [f for f in items if f["area"] > 3000]
    if typ:
        items = [f for f in items if f["type"] == typ]
    if sort == "area":
        items.sort(key=lambda f: -f["area"])
    elif sort == "price":
        def price(f):
            m = re.match(r"(\d+)", f["rent"])
            return int(m.group(1)) if m else 999
        items.sort(key=price)

    def row(label, opts, cur, mk):
        links = []
        for v, t in opts:
            cls = ' class="on"' if v == cur else ""
            links.append(f'<a href="{attr(mk(v))}"{cls}>{t}</a>')
        return f'<div class="flt-row"><span class="flt-lab">{label}</span>\n' + "\n".join(links) + "\n</div>"

    flt = "\n".join([
        row("面积：", AREA_OPTS, area, lambda v: cf_query(v, typ, sort)),
        row("类型：", TYPE_OPTS, typ, lambda v: cf_query(area, v, sort)),
        row("排序：", SORT_OPTS, sort, lambda v: cf_query(area, typ, v)),
    ])
    lis = "\n".join(factory_card(f) for f in items) or '<li class="nl-none">暂无符合条件的厂房，请调整筛选条件</li>'
    main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; <a href="/zaiti/">载体</a> &gt; 厂房出租</div>
<div class="cf-filter">
{flt}
</div>
<p class="cf-sum">共 {len(items)} 套房源</p>
<ul class="cf-list">
{lis}
</ul>
{loadmore(None, None)}"""
    page = layout(title="厂房出租_标准厂房_澧川经开区招商网", canonical=ORIGIN + "/zaiti/changfang/", main=main,
                  tab="zaiti", header=topbar("厂房出租", "/zaiti/"), body_class="pg-cf")
    return html_resp(page, "factory-listing")


def render_factory(f: dict) -> Response:
    lab = "标准厂房" if f["type"] == "bz" else "定制厂房"
    facts = [("类型", lab), ("面积", f"{f['area']}㎡"), ("租金", f["rent"]), ("售价", f["sale"]), ("层数", f["floors"]),
             ("层高", f["height"]), ("承重", f["load"]), ("结构", f["structure"]), ("配套", f["facilities"]),
             ("交付时间", f["ready"]), ("位置", f["location"])]
    tbl = "\n".join(f"<tr><th>{k}</th><td>{esc(v)}</td></tr>" for k, v in facts)
    intro = "\n".join(f"<p>{esc(x)}</p>" for x in f["intro"])
    s = C.SITE
    mgr = s["managers"][0] if f["type"] == "dz" or f["area"] >= 3000 else s["managers"][1]
    others = "\n".join([f'<li><a href="/zaiti/changfang/{o["id"]}.html">{esc(o["title"])}</a></li>'
                        for o in C.FACTORIES if o["id"] != f["id"]][:3])
    main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; <a href="/zaiti/">载体</a> &gt; <a href="/zaiti/changfang/">厂房出租</a></div>
<div class="cfd-pic"><img class="lazy" src="{PH}" data-src="{f['img']}" alt="{attr(f['title'])}"></div>
<div class="cfd-hd">
<h1 class="cfd-t">{esc(f['title'])}</h1>
<p class="cfd-price"><em>{esc(f['rent'])}</em> <span>{f['area']}㎡</span></p>
<p class="cfd-date">房源编号：LCCF{f['id']}　更新时间：2024-06-01</p>
</div>
<section class="m-box">
<div class="m-box-hd"><h3>基本信息</h3></div>
<table class="cfd-tbl"><tbody>
{tbl}
</tbody></table>
</section>
<section class="m-box">
<div class="m-box-hd"><h3>房源介绍</h3></div>
<div class="cfd-intro">
{intro}
</div>
</section>
<section class="m-box cfd-agent">
<div class="m-box-hd"><h3>招商顾问</h3></div>
<p>{mgr[0]}　<a href="tel:{mgr[1].replace(' ', '')}">{mgr[1]}</a></p>
<p>负责：{mgr[2]}</p>
</section>
<section class="m-box">
<div class="m-box-hd"><h3>其他房源</h3></div>
<ul class="rel-list">
{others}
</ul>
</section>
<div class="cfd-bar">
<a class="cfd-yy" href="/service/liuyan/?fid={f['id']}">预约看厂</a>
<a class="cfd-tel" href="tel:{s['hotline_tel']}">电话咨询</a></div>"""
    page = layout(title=f"{f['title']}_厂房出租_澧川经开区招商网", canonical=ORIGIN + f"/zaiti/changfang/{f['id']}.html",
                  main=main, tab="zaiti", header=topbar("房源详情", "/zaiti/changfang/"), body_class="pg-cfd")
    return html_resp(page, "factory-listing")


def render_zaiti() -> Response:
    cards = "\n".join(factory_card(f) for f in C.FACTORIES[:4])
    main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; 载体</div>
<div class="zt-intro"><p>经开区已建成标准厂房48万平方米，在建12.8万平方米，可为各类企业提供“拎包入驻”式生产空间，同时储备工业用地2000余亩，可满足不同规模项目落地需求。</p></div>
<nav class="zt-cats">
<a href="/zaiti/changfang/?type=bz"><i></i><span>标准厂房</span></a>
<a href="/zaiti/changfang/?type=dz"><i></i><span>定制厂房</span></a>
<a href="/zaiti/tudi/"><i></i><span>工业用地</span></a>
</nav>
<section class="m-box">
<div class="m-box-hd"><h3>最新房源</h3><a class="more" href="/zaiti/changfang/">全部房源</a></div>
<ul class="cf-list">
{cards}
</ul>
</section>"""
    page = layout(title="载体资源_澧川经开区招商网", canonical=ORIGIN + "/zaiti/", main=main, tab="zaiti",
                  header=topbar("载体资源", "/"), body_class="pg-zaiti")
    return html_resp(page, "factory-listing")


def render_tudi() -> Response:
    rows = []
    for i, r in enumerate(C.LAND):
        tg = "th" if i == 0 else "td"
        rows.append("<tr>" + "".join(f"<{tg}>{esc(c)}</{tg}>" for c in r) + "</tr>")
    main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; <a href="/zaiti/">载体</a> &gt; 工业用地</div>
<section class="m-box">
<div class="m-box-hd"><h3>可供工业用地</h3></div>
<p class="td-note">以下地块均已完成区域评估，按“标准地”方式出让，详情请咨询招商服务中心。</p>
<div class="tbl-scroll"><table class="td-tbl"><tbody>
{chr(10).join(rows)}
</tbody></table></div>
</section>
<section class="m-box">
<div class="m-box-hd"><h3>用地咨询</h3></div>
<p>招商热线：<a href="tel:{C.SITE['hotline_tel']}">{C.SITE['hotline']}</a></p>
</section>"""
    page = layout(title="工业用地_载体_澧川经开区招商网", canonical=ORIGIN + "/zaiti/tudi/", main=main, tab="zaiti",
                  header=topbar("工业用地", "/zaiti/"), body_class="pg-tudi")
    return html_resp(page, "factory-listing")


# ---------------------------------------------------------------------------------------- 企业
def render_qiye_list() -> Response:
    lis = "\n".join(
        f'<li class="qy-item"><a href="/qiye/{c["id"]}.html"><h4>{esc(c["name"])}</h4>'
        f'<p><span>{c["industry"]}</span><span>{c["year"]}年入驻</span></p></a></li>' for c in C.COMPANIES)
    main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; 入驻企业</div>
<p class="qy-sum">经开区现有入驻企业326家，以下为部分重点企业</p>
<ul class="qy-list">
{lis}
</ul>"""
    page = layout(title="入驻企业_澧川经开区招商网", canonical=ORIGIN + "/qiye/", main=main, tab="home",
                  header=topbar("入驻企业", "/"), body_class="pg-qy")
    return html_resp(page, "company-list")


def render_qiye(c: dict) -> Response:
    intro = "\n".join(f"<p>{esc(x)}</p>" for x in c["intro"])
    main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; <a href="/qiye/">入驻企业</a></div>
<div class="qyd-hd"><h1>{esc(c['name'])}</h1>
<p class="qyd-meta"><span>所属行业：{c['industry']}</span><span>入驻时间：{c['year']}年</span></p></div>
<section class="m-box">
<div class="m-box-hd"><h3>企业简介</h3></div>
<div class="qyd-intro">
{intro}
</div>
</section>
<section class="m-box">
<div class="m-box-hd"><h3>主要产品</h3></div>
<p>{esc(c['product'])}</p>
</section>
<section class="m-box">
<div class="m-box-hd"><h3>企业地址</h3></div>
<p>{esc(c['addr'])}</p>
</section>"""
    page = layout(title=f"{c['name']}_入驻企业_澧川经开区招商网", canonical=ORIGIN + f"/qiye/{c['id']}.html", main=main,
                  tab="home", header=topbar("企业风采", "/qiye/"), body_class="pg-qyd")
    return html_resp(page, "company")


# ---------------------------------------------------------------------------------------- 服务
def render_service() -> Response:
    ent = [("/service/banshi.html", "办事指南"), ("/service/xiazai/", "资料下载"), ("/service/zhaopin/", "企业招聘"),
           ("/service/liuyan/", "在线留言"), ("/huodong/rili", "活动日历"), ("/news/zcjd/", "政策兑现")]
    e = "\n".join(f'<a href="{h}"><i class="en-ico"></i><span>{t}</span></a>' for h, t in ent)
    main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; 企业服务</div>
<nav class="idx-entry sv-entry">
{e}
</nav>
<section class="m-box">
<div class="m-box-hd"><h3>服务承诺</h3></div>
<p>经开区实行“一企一专员”服务机制，企业诉求24小时内响应，一般事项3个工作日内办结。</p>
<p>企业服务热线：<a href="tel:07365216021">0736-5216021</a></p>
</section>"""
    page = layout(title="企业服务_澧川经开区招商网", canonical=ORIGIN + "/service/", main=main, tab="service",
                  header=topbar("企业服务", "/"), body_class="pg-service")
    return html_resp(page, "service")


def render_banshi() -> Response:
    steps = ["项目洽谈：企业与招商服务中心对接，提交项目基本情况；", "项目评审：经开区组织项目评审会，对投资强度、产出效益、环保安全等进行评估；",
             "签订协议：评审通过后签订投资协议或厂房租赁合同；", "注册登记：办理企业设立登记、项目备案等手续；",
             "用地或入驻：“标准地”项目办理土地出让，租赁项目办理厂房交付；", "开工建设：全程代办施工许可、环评等手续，直至竣工投产。"]
    lis = "\n".join(f"<li>{esc(x)}</li>" for x in steps)
    main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; <a href="/service/">企业服务</a> &gt; 办事指南</div>
<section class="m-box">
<div class="m-box-hd"><h3>工业项目入园流程</h3></div>
<ol class="bs-steps">
{lis}
</ol>
</section>
<section class="m-box">
<div class="m-box-hd"><h3>所需材料</h3></div>
<p>项目可行性研究报告（或项目建议书）、企业营业执照、法定代表人身份证明、近三年财务报表等，表格可在“<a href="/service/xiazai/">资料下载</a>”栏目获取。</p>
</section>
<section class="m-box">
<div class="m-box-hd"><h3>代办服务</h3></div>
<p>经开区政务服务中心提供全程免费代办服务，咨询电话：<a href="tel:07365216021">0736-5216021</a></p>
</section>"""
    page = layout(title="办事指南_企业服务_澧川经开区招商网", canonical=ORIGIN + "/service/banshi.html", main=main,
                  tab="service", header=topbar("办事指南", "/service/"), body_class="pg-banshi")
    return html_resp(page, "guide")


def render_xiazai() -> Response:
    lis = "\n".join(f'<li class="dl-item"><a href="{h}" target="_blank"><h4>{esc(n)}</h4>'
                    f'<p><span>{d}</span><span>{sz}</span><span class="dl-btn">下载</span></p></a></li>'
                    for n, h, d, sz in C.DOWNLOADS)
    main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; <a href="/service/">企业服务</a> &gt; 资料下载</div>
<p class="dl-tip">提示：如文件无法打开，请使用电脑下载或联系 0736-5216021。</p>
<ul class="dl-list">
{lis}
</ul>"""
    page = layout(title="资料下载_企业服务_澧川经开区招商网", canonical=ORIGIN + "/service/xiazai/", main=main,
                  tab="service", header=topbar("资料下载", "/service/"), body_class="pg-xiazai")
    return html_resp(page, "download")


def render_zhaopin_list() -> Response:
    lis = "\n".join(f'<li class="zp-item"><a href="/service/zhaopin/{j["id"]}.html"><h4>{esc(j["post"])}<em>{j["pay"]}</em></h4>'
                    f'<p>{esc(j["company"])}</p><p class="zp-meta"><span>招聘{j["num"]}</span><span>{j["date"]}</span></p></a></li>'
                    for j in C.JOBS)
    main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; <a href="/service/">企业服务</a> &gt; 企业招聘</div>
<p class="zp-tip">以下招聘信息由园区企业提供，求职时请注意核实。</p>
<ul class="zp-list">
{lis}
</ul>
{loadmore(None, None)}"""
    page = layout(title="企业招聘_企业服务_澧川经开区招商网", canonical=ORIGIN + "/service/zhaopin/", main=main,
                  tab="service", header=topbar("企业招聘", "/service/"), body_class="pg-zp")
    return html_resp(page, "job-list")


def render_job(j: dict) -> Response:
    duty = "\n".join(f"<li>{esc(x)}</li>" for x in j["duty"])
    req = "\n".join(f"<li>{esc(x)}</li>" for x in j["req"])
    main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; <a href="/service/zhaopin/">企业招聘</a></div>
<div class="zpd-hd">
<h1>{esc(j['post'])}</h1>
<p class="zpd-pay">{j['pay']}</p>
<p class="zpd-meta"><span>招聘人数：{j['num']}</span><span>发布日期：{j['date']}</span></p>
<p class="zpd-co"><a href="/qiye/">{esc(j['company'])}</a></p>
</div>
<section class="m-box"><div class="m-box-hd"><h3>岗位职责</h3></div><ol>
{duty}
</ol></section>
<section class="m-box"><div class="m-box-hd"><h3>任职要求</h3></div><ol>
{req}
</ol></section>
<section class="m-box"><div class="m-box-hd"><h3>福利待遇</h3></div><p>{esc(j['welfare'])}</p></section>
<section class="m-box"><div class="m-box-hd"><h3>联系方式</h3></div><p>{esc(j['contact'])}</p>
<p>工作地点：澧川经开区</p></section>"""
    page = layout(title=f"{j['company']}招聘{j['post']}_企业招聘_澧川经开区招商网",
                  canonical=ORIGIN + f"/service/zhaopin/{j['id']}.html", main=main, tab="service",
                  header=topbar("职位详情", "/service/zhaopin/"), body_class="pg-zpd")
    return html_resp(page, "job")


def render_liuyan(path: str, q: dict, url: str) -> Response:
    """Guestbook. PHP regenerates the session id on each view and, the visitor having no cookie,
    writes it into the page's links (session.use_trans_sid): every visit yields new URLs."""
    old = q.get("PHPSESSID", [""])[0]
    new = sid_for(old or url)
    fid = q.get("fid", [""])[0]
    f = FACT_BY_ID.get(int(fid)) if fid.isdigit() else None
    msgs = "\n".join(f'<li class="ly-item"><p class="ly-q"><em>问</em>{esc(qq)}</p><p class="ly-a"><em>答</em>{esc(aa)}</p>'
                     f'<p class="ly-date">{d}</p></li>' for d, qq, aa in C.MESSAGES)
    if path.endswith("list.php"):
        main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; <a href="/service/">企业服务</a> &gt; 留言列表</div>
<ul class="ly-list">
{msgs}
</ul>
<p class="ly-go"><a href="/service/liuyan/?PHPSESSID={new}">我要留言</a></p>"""
        title = "留言列表"
    else:
        pre = f"预约看厂：{f['title']}" if f else ""
        main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; <a href="/service/">企业服务</a> &gt; 在线留言</div>
<form class="ly-form" action="/service/liuyan/post.php" method="post">
<input type="hidden" name="PHPSESSID" value="{new}">
<div class="fm-row"><label>姓名</label><input type="text" name="name" placeholder="请输入您的姓名"></div>
<div class="fm-row"><label>手机</label><input type="tel" name="tel" placeholder="请输入手机号码"></div>
<div class="fm-row"><label>留言</label><textarea name="content" placeholder="请输入留言内容">{esc(pre)}</textarea></div>
<div class="fm-row"><label>验证码</label><input type="text" name="code"><img src="/service/liuyan/captcha.php?PHPSESSID={new}" alt="验证码"></div>
<div class="fm-row"><button type="submit">提交留言</button></div>
</form>
<p class="ly-tip">我们将在1个工作日内回复您的留言，紧急事项请拨打招商热线。</p>
<section class="m-box">
<div class="m-box-hd"><h3>最新回复</h3><a class="more" href="/service/liuyan/list.php?PHPSESSID={new}">全部留言</a></div>
<ul class="ly-list">
{msgs}
</ul>
</section>"""
        title = "在线留言"
    page = layout(title=f"{title}_澧川经开区招商网", canonical=ORIGIN + "/service/liuyan/", main=main, tab="service",
                  header=topbar(title, "/service/"), body_class="pg-ly")
    return html_resp(page, "guestbook", extra={"Set-Cookie": f"PHPSESSID={new}; path=/; HttpOnly"})


# ---------------------------------------------------------------------------------------- about / contact
def render_about() -> Response:
    ps = "\n".join(f'<p style="text-indent:2em;">{esc(x)}</p>' for x in C.ABOUT)
    main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; 园区概况</div>
<div class="ab-pic"><img class="lazy" src="{PH}" data-src="/uploads/image/about/niaokan.jpg" alt="经开区鸟瞰"></div>
<div class="ab-tabs"><a href="/about/" class="on">园区简介</a><a href="/about/zuzhi.html">机构设置</a><a href="/contact/">联系我们</a></div>
<section class="m-box ab-txt">
{ps}
</section>
<section class="m-box">
<div class="m-box-hd"><h3>园区数据</h3></div>
<ul class="ab-nums"><li><em>21.6</em><span>规划面积（km²）</span></li><li><em>326</em><span>入驻企业（家）</span></li><li><em>101.3</em><span>规上产值（亿元）</span></li></ul>
</section>"""
    page = layout(title="园区概况_澧川经开区招商网", canonical=ORIGIN + "/about/", main=main, tab="home",
                  header=topbar("园区概况", "/"), body_class="pg-about")
    return html_resp(page, "about")


def render_zuzhi() -> Response:
    lis = "\n".join(f'<li><h4>{n}</h4><p>{esc(d)}</p><p>电话：{t}</p></li>' for n, d, t in C.DEPARTMENTS)
    main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; <a href="/about/">园区概况</a> &gt; 机构设置</div>
<div class="ab-tabs"><a href="/about/">园区简介</a><a href="/about/zuzhi.html" class="on">机构设置</a><a href="/contact/">联系我们</a></div>
<ul class="zz-list">
{lis}
</ul>"""
    page = layout(title="机构设置_园区概况_澧川经开区招商网", canonical=ORIGIN + "/about/zuzhi.html", main=main,
                  tab="home", header=topbar("机构设置", "/about/"), body_class="pg-about")
    return html_resp(page, "about")


def render_contact() -> Response:
    s = C.SITE
    mg = "\n".join(f'<li><span>{n}</span><a href="tel:{p.replace(" ", "")}">{p}</a><em>{w}</em></li>' for n, p, w in s["managers"])
    main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; 联系我们</div>
<div class="ab-tabs"><a href="/about/">园区简介</a><a href="/about/zuzhi.html">机构设置</a><a href="/contact/" class="on">联系我们</a></div>
<section class="m-box ct-box">
<div class="m-box-hd"><h3>{s['office']}</h3></div>
<p>招商热线：<a href="tel:{s['hotline_tel']}">{s['hotline']}</a></p>
<p>传　　真：0736-5216899</p>
<p>电子邮箱：<a href="mailto:{s['email']}">{s['email']}</a></p>
<p>办公地址：{s['address']}</p>
<p>办公时间：周一至周五 8:30-12:00，14:30-17:30</p>
</section>
<section class="m-box">
<div class="m-box-hd"><h3>招商专员</h3></div>
<ul class="ct-mgr">
{mg}
</ul>
</section>
<section class="m-box">
<div class="m-box-hd"><h3>交通指引</h3></div>
<p>自驾：G56杭瑞高速澧川出口下，沿创业大道向东行驶约3公里即到。</p>
<p>公交：乘坐县城1路、8路园区公交至“投资服务中心”站下车。</p>
<div class="ct-map"><img class="lazy" src="{PH}" data-src="/uploads/image/about/map.png" alt="位置地图"></div>
</section>
<section class="m-box ct-gzh" id="gzh">
<div class="m-box-hd"><h3>微信公众号</h3></div>
<img class="lazy" src="{PH}" data-src="/static/h5/img/qr_gzh.png" alt="公众号二维码">
<p>微信搜索“{s['gzh']}”或长按识别二维码关注</p>
</section>"""
    page = layout(title="联系我们_澧川经开区招商网", canonical=ORIGIN + "/contact/", main=main, tab="home",
                  header=topbar("联系我们", "/"), body_class="pg-contact")
    return html_resp(page, "contact")


# ---------------------------------------------------------------------------------------- search / calendar
def render_search(q: dict) -> Response:
    kw = q.get("kw", [""])[0].strip()
    n = page_num(q)
    hot = " ".join(f'<a href="/search?kw={quote(w)}">{w}</a>' for w in C.HOT_WORDS)
    form = (f'<form class="so-form" action="/search" method="get"><input type="search" name="kw" value="{attr(kw)}" '
            'placeholder="搜索厂房、政策、资讯"><button type="submit">搜索</button></form>')
    if not kw:
        res = f'<div class="so-hot"><p>热门搜索</p><div>{hot}</div></div>'
    else:
        found = [a for a in ALL_SORTED if kw in text_of(a)]
        chunk = found[(n - 1) * SEARCH_PAGE_SIZE: n * SEARCH_PAGE_SIZE]
        lis = "\n".join(news_item(a) for a in chunk)
        if not found:
            res = f'<p class="so-sum">没有找到与“{esc(kw)}”相关的内容</p>\n<div class="so-hot"><p>热门搜索</p><div>{hot}</div></div>'
        else:
            # the "load more" link is printed whenever the keyword has results, whatever the page
            nxt = "/search?" + urlencode([("kw", kw), ("page", n + 1)])
            api = "/api/search?" + urlencode([("kw", kw), ("page", n + 1)])
            res = (f'<p class="so-sum">找到与“{esc(kw)}”相关的内容 {len(found)} 条</p>\n<ul class="nl">\n'
                   + (lis or '<li class="nl-none">没有更多结果了</li>') + "\n</ul>\n" + loadmore(nxt, api))
    main = f"""{form}
{res}"""
    page = layout(title=(f"{kw}_搜索结果" if kw else "搜索") + "_澧川经开区招商网", canonical=ORIGIN + "/search",
                  main=main, tab="", header=topbar("搜索", "/", right="home"), body_class="pg-search")
    return html_resp(page, "search")


def render_calendar(q: dict) -> Response:
    ym = q.get("ym", [C.CALENDAR_DEFAULT])[0]
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", ym)
    if not m or not (1 <= int(m.group(2)) <= 12) or not (1 <= int(m.group(1)) <= 9998):
        y, mo = 2024, 6
    else:
        y, mo = int(m.group(1)), int(m.group(2))
    py, pm = (y - 1, 12) if mo == 1 else (y, mo - 1)
    ny, nm = (y + 1, 1) if mo == 12 else (y, mo + 1)
    import calendar as _cal
    cal = _cal.Calendar(firstweekday=6)
    rows = ["<tr><th>日</th><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th></tr>"]
    for week in cal.monthdayscalendar(y, mo):
        cells = []
        for d in week:
            if d == 0:
                cells.append("<td></td>")
            else:
                key = f"{y:04d}-{mo:02d}-{d:02d}"
                cls = ' class="has-ev"' if key in C.EVENTS else ""
                cells.append(f"<td{cls}>{d}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    evs = []
    for key in sorted(C.EVENTS):
        if key.startswith(f"{y:04d}-{mo:02d}-"):
            for t, h in C.EVENTS[key]:
                link = f'<a href="{h}">{esc(t)}</a>' if h else f"<span>{esc(t)}</span>"
                evs.append(f'<li><em>{key[5:]}</em> {link}</li>')
    evhtml = "\n".join(evs) if evs else '<li class="ev-none">本月暂无活动安排</li>'
    main = f"""<div class="m-crumb"><a href="/">首页</a> &gt; 活动日历</div>
<div class="cal-nav">
<a href="/huodong/rili?ym={py:04d}-{pm:02d}">‹ 上个月</a>
<strong>{y}年{mo}月</strong>
<a href="/huodong/rili?ym={ny:04d}-{nm:02d}">下个月 ›</a>
</div>
<table class="cal-tbl"><tbody>
{chr(10).join(rows)}
</tbody></table>
<section class="m-box">
<div class="m-box-hd"><h3>本月活动</h3></div>
<ul class="ev-list">
{evhtml}
</ul>
</section>"""
    page = layout(title=f"活动日历_{y}年{mo}月_澧川经开区招商网", canonical=ORIGIN + f"/huodong/rili?ym={y:04d}-{mo:02d}",
                  main=main, tab="service", header=topbar("活动日历", "/service/"), body_class="pg-cal")
    return html_resp(page, "calendar")


# ---------------------------------------------------------------------------------------- my / api / files
def render_login(q: dict) -> Response:
    main = """<div class="lg-box">
<h1>账号登录</h1>
<form action="/my/login.php" method="post">
<div class="fm-row"><input type="tel" name="mobile" placeholder="手机号"></div>
<div class="fm-row"><input type="password" name="pwd" placeholder="密码"></div>
<div class="fm-row"><button type="submit">登录</button></div>
</form>
<p><a href="/my/reg.php">注册账号</a>　<a href="/my/forget.php">忘记密码</a></p>
</div>"""
    page = layout(title="登录_澧川经开区招商网", canonical=ORIGIN + "/my/login.php", main=main, tab="my",
                  header=topbar("登录", "/"), body_class="pg-login")
    return html_resp(page, "login")


def render_api(path: str, q: dict) -> Response:
    h = {"Date": DATE, "Server": "nginx/1.20.1", "Content-Type": "application/json; charset=utf-8",
         "X-Powered-By": "PHP/7.3.33"}
    if path == "/api/news":
        col = q.get("col", [""])[0]
        if col and col not in COL_NAME:
            col = ""
        n = page_num(q)
        items = COL_SORTED[col] if col else ALL_SORTED
        size = COL_PAGE_SIZE if col else ALL_PAGE_SIZE
        chunk = items[(n - 1) * size: n * size]
        more = len(items) > n * size
        base = f"/news/{col}/" if col else "/news/"
        data = {"code": 0, "page": n,
                "list": [{"id": a["id"], "title": a["title"], "url": art_path(a), "date": day(a),
                          "thumb": thumb(a) or ""} for a in chunk],
                "next": (f"/api/news?col={col}&page={n + 1}" if col else f"/api/news?page={n + 1}") if more else "",
                "next_page": f"{base}?page={n + 1}" if more else ""}
        return Response(200, h, json.dumps(data, ensure_ascii=False).encode("utf-8"), "api")
    return Response(404, h, b'{"code":404,"msg":"not found"}', "api")


TINY_GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")
TINY_PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                         "1f15c4890000000d49444154789c63f8ffff3f0005fe02fea7d6a4f30000000049454e44ae426082")
TINY_JPG = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b5100002010303020403050504040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fbd3ffd9")

MIME = {".jpg": "image/jpeg", ".png": "image/png", ".gif": "image/gif", ".ico": "image/x-icon",
        ".css": "text/css", ".js": "application/javascript", ".pdf": "application/pdf",
        ".doc": "application/msword",
        ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def static_resp(path: str) -> Response:
    ext = path[path.rfind("."):].lower() if "." in path else ""
    if ext not in MIME:
        return not_found()
    if ext == ".jpg":
        body = TINY_JPG
    elif ext == ".png":
        body = TINY_PNG
    elif ext in (".gif", ".ico"):
        body = TINY_GIF
    elif ext == ".css":
        body = b"body{margin:0;font-size:.28rem;background:#f5f6f8}.is-fold{max-height:12rem;overflow:hidden}\n"
    elif ext == ".js":
        body = b"!function(w,d){var e=d.documentElement;function r(){e.style.fontSize=e.clientWidth/7.5+'px'}r();w.addEventListener('resize',r)}(window,document);\n"
    else:
        body = ("%PDF-1.4\n% " + path + "\n").encode("utf-8") if ext == ".pdf" else b"PK\x03\x04" + path.encode("utf-8")
    h = {"Date": DATE, "Server": "nginx/1.20.1", "Content-Type": MIME[ext], "Cache-Control": "max-age=2592000"}
    if ext in (".pdf", ".doc", ".docx", ".xlsx"):
        h["Content-Disposition"] = "attachment; filename=\"" + quote(path.rsplit("/", 1)[-1]) + "\""
        kind = "attachment"
    else:
        kind = "asset"
    return Response(200, h, body, kind)


ROBOTS = """User-agent: *
Disallow: /my/
Disallow: /api/
Disallow: /admin/
Disallow: /service/liuyan/post.php

User-agent: Baiduspider
Disallow: /my/
Disallow: /api/
Disallow: /admin/
"""


# ---------------------------------------------------------------------------------------- router
class MobileH5Site:
    """m.lcjkq.cn: the H5 site of the 澧川经开区 investment office (www. and the bare domain redirect to it)."""

    origin = ORIGIN

    def handle(self, method: str, url: str) -> Response:
        method = method.upper()
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("http", "https") or (host != HOST and host not in ALIAS_HOSTS):
            return Response(502, {"Date": DATE, "Content-Type": "text/plain"}, b"Bad Gateway", "bad-gateway")
        if host != HOST:
            loc = ORIGIN + (parts.path or "/") + ("?" + parts.query if parts.query else "")
            return redirect(loc, 301)
        if method not in ("GET", "HEAD", "POST"):
            return Response(405, {"Date": DATE, "Server": "nginx/1.20.1", "Allow": "GET, HEAD, POST",
                                  "Content-Type": "text/html"}, b"<h1>405 Not Allowed</h1>", "error")
        path = unquote(parts.path or "/")
        q = parse_qs(parts.query, keep_blank_values=True)
        if method == "POST" and path not in ("/search", "/service/liuyan/post.php", "/my/login.php"):
            return Response(405, {"Date": DATE, "Server": "nginx/1.20.1", "Allow": "GET, HEAD",
                                  "Content-Type": "text/html"}, b"<h1>405 Not Allowed</h1>", "error")
        return self._route(path, q, url)

    def _route(self, path: str, q: dict, url: str) -> Response:
        if path == "/robots.txt":
            return Response(200, {"Date": DATE, "Server": "nginx/1.20.1", "Content-Type": "text/plain"},
                            ROBOTS.encode("utf-8"), "robots")
        if path == "/favicon.ico":
            return static_resp(path)
        if path == "/":
            return render_home()
        if path in ("/index.html", "/index.htm"):
            return redirect(ORIGIN + "/")
        if path == "/index.php":
            return self._legacy(q)
        if path.startswith("/static/") or path.startswith("/uploads/image/"):
            return static_resp(path)
        if path.startswith("/uploads/file/"):
            if path in C.MISSING_FILES or path not in {h for _, h, _, _ in C.DOWNLOADS}:
                return not_found()
            return static_resp(path)

        # news
        if path in ("/news", "/news/index.html"):
            return redirect(ORIGIN + "/news/")
        if path == "/news/":
            return render_news_list("", q, False)
        if path == "/news/print.php":
            aid = q.get("id", [""])[0]
            if aid.isdigit() and int(aid) in BY_ID:
                return render_print(BY_ID[int(aid)])
            return not_found()
        m = re.fullmatch(r"/news/([a-z]+)(/?)(index\.html)?", path)
        if m and m.group(1) in COL_NAME:
            if m.group(2) != "/" or m.group(3):
                return redirect(ORIGIN + f"/news/{m.group(1)}/")
            return render_news_list(m.group(1), q, False)
        m = re.fullmatch(r"/news/([a-z]+)/(\d+)\.html", path)
        if m:
            col, aid = m.group(1), int(m.group(2))
            if aid in C.OFFLINE and col == C.OFFLINE[aid][0]:
                return render_offline(aid)
            a = BY_ID.get(aid)
            if a is None or col not in COL_NAME:
                return not_found()
            if col != a["col"]:
                return redirect(ORIGIN + art_path(a))
            return render_article(a)
        m = re.fullmatch(r"/a/(\d+)/?", path)
        if m:
            a = BY_ID.get(int(m.group(1)))
            return redirect(ORIGIN + art_path(a)) if a else not_found()
        m = re.fullmatch(r"/tag/([^/]+)(/?)", path)
        if m:
            if not m.group(2):
                return redirect(ORIGIN + tag_path(m.group(1)))
            return render_tag(m.group(1))
        if path in ("/search", "/search/", "/search.php"):
            return render_search(q)
        if path in ("/huodong", "/huodong/"):
            return redirect(ORIGIN + "/huodong/rili", 302)
        if path == "/huodong/rili":
            return render_calendar(q)

        # 载体
        if path == "/zaiti":
            return redirect(ORIGIN + "/zaiti/")
        if path == "/zaiti/":
            return render_zaiti()
        if path == "/zaiti/changfang":
            return redirect(ORIGIN + "/zaiti/changfang/")
        if path == "/zaiti/changfang/":
            return render_changfang_list(q)
        m = re.fullmatch(r"/zaiti/changfang/(\d+)\.html", path)
        if m:
            f = FACT_BY_ID.get(int(m.group(1)))
            return render_factory(f) if f else not_found()
        if path in ("/zaiti/tudi", "/zaiti/tudi/"):
            return render_tudi() if path.endswith("/") else redirect(ORIGIN + "/zaiti/tudi/")

        # 企业
        if path in ("/qiye", "/qiye/"):
            return render_qiye_list() if path.endswith("/") else redirect(ORIGIN + "/qiye/")
        m = re.fullmatch(r"/qiye/(\d+)\.html", path)
        if m:
            c = COMP_BY_ID.get(int(m.group(1)))
            return render_qiye(c) if c else not_found()

        # 服务
        if path in ("/service", "/service/"):
            return render_service() if path.endswith("/") else redirect(ORIGIN + "/service/")
        if path == "/service/banshi.html":
            return render_banshi()
        if path in ("/service/xiazai", "/service/xiazai/"):
            return render_xiazai() if path.endswith("/") else redirect(ORIGIN + "/service/xiazai/")
        if path in ("/service/zhaopin", "/service/zhaopin/"):
            return render_zhaopin_list() if path.endswith("/") else redirect(ORIGIN + "/service/zhaopin/")
        m = re.fullmatch(r"/service/zhaopin/(\d+)\.html", path)
        if m:
            j = JOB_BY_ID.get(int(m.group(1)))
            return render_job(j) if j else not_found()
        if path in ("/service/liuyan", "/service/liuyan/", "/service/liuyan/index.php", "/service/liuyan/list.php"):
            if path == "/service/liuyan":
                return redirect(ORIGIN + "/service/liuyan/")
            return render_liuyan(path, q, url)
        if path == "/service/liuyan/post.php":
            return redirect(ORIGIN + "/service/liuyan/", 302)
        if path == "/service/liuyan/captcha.php":
            return static_resp("/captcha.png")

        # about / contact
        if path in ("/about", "/about/"):
            return render_about() if path.endswith("/") else redirect(ORIGIN + "/about/")
        if path == "/about/zuzhi.html":
            return render_zuzhi()
        if path in ("/contact", "/contact/"):
            return render_contact() if path.endswith("/") else redirect(ORIGIN + "/contact/")

        # my / api / admin
        if path in ("/my", "/my/", "/my/index.php", "/my/fav.php"):
            return redirect(ORIGIN + "/my/login.php?ref=" + quote(path, safe=""), 302, "login")
        if path in ("/my/login.php", "/my/reg.php", "/my/forget.php"):
            return render_login(q)
        if path.startswith("/api/"):
            return render_api(path, q)
        if path.startswith("/admin"):
            return redirect(ORIGIN + "/admin/login.php", 302) if path != "/admin/login.php" else \
                Response(403, {"Date": DATE, "Server": "nginx/1.20.1", "Content-Type": "text/html"},
                         b"<h1>403 Forbidden</h1>", "error")
        return not_found()

    def _legacy(self, q: dict) -> Response:
        """URLs of the site's previous CMS (index.php?m=content&c=index&a=show&catid=..&id=..)."""
        a_ = q.get("a", [""])[0]
        if a_ == "show":
            aid = q.get("id", [""])[0]
            if aid.isdigit() and int(aid) in BY_ID:
                return redirect(ORIGIN + art_path(BY_ID[int(aid)]))
            return not_found()
        if a_ == "lists":
            cat = {"1": "yqdt", "2": "zcjd", "3": "xmjs", "4": "mtjj"}.get(q.get("catid", [""])[0])
            return redirect(ORIGIN + (f"/news/{cat}/" if cat else "/news/"))
        return redirect(ORIGIN + "/")


def emulator() -> MobileH5Site:
    return MobileH5Site()
