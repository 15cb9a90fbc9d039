# -*- coding: utf-8 -*-
"""rental_ssr: an invented factory/warehouse rental + park-investment platform, 优厂房 (youchangfang.cn),
server-side rendered by a Nuxt-like app (www, bare host) and a Next-like mobile app (m.).

emulator() returns an object with .origin, .hosts and .handle(method, absolute_url) -> Response.
Deterministic: no clock, no randomness; the Date header is fixed.
"""

import html
import json
from urllib.parse import urlsplit, parse_qs, quote, unquote, urlencode

import rental_content as C

D = C.DOMAIN
WWW = C.WWW
MOB = C.MOBILE
HOSTS = [WWW, D, MOB]
CANON = f"https://{WWW}"
ORIGIN = f"http://{WWW}"


def esc(s):
    return html.escape(str(s), quote=True)


class Response:
    def __init__(self, status, body=b"", headers=None):
        self.status = status
        self.body = body if isinstance(body, bytes) else body.encode("utf-8")
        self.headers = {
            "Date": C.DATE_HEADER,
            "Server": "nginx/1.22.1",
            "Content-Type": "text/html; charset=utf-8",
            "Connection": "keep-alive",
        }
        if headers:
            self.headers.update(headers)


def ok(page, extra=None):
    h = {"Cache-Control": "public, max-age=600", "X-Powered-By": "Nuxt", "Vary": "Accept-Encoding"}
    if extra:
        h.update(extra)
    return Response(200, page, h)


def redirect(location, status=301):
    return Response(status, f"<html><body>Moved: <a href=\"{esc(location)}\">{esc(location)}</a></body></html>",
                    {"Location": location})


# ------------------------------------------------------------------------------------------ dates
def _ymdhm(a):
    d = a["date"]
    if a["date_mode"] == "dateonly":
        y, m, dd = map(int, d.split("-"))
        return y, m, dd, 0, 0
    day, t = d.split(" ")
    y, m, dd = map(int, day.split("-"))
    hh, mi = map(int, t.split(":"))
    return y, m, dd, hh, mi


def _days(y, m, d):
    # days since an epoch; proleptic Gregorian (datetime-free, deterministic)
    import datetime
    return datetime.date(y, m, d).toordinal()


def display_date(a):
    """What the meta row shows."""
    y, m, d, hh, mi = _ymdhm(a)
    if a["date_mode"] == "dateonly":
        return a["date"]
    if a["date_mode"] == "abs":
        return a["date"]
    ny, nm, nd, nh, nmi = C.NOW
    minutes = (_days(ny, nm, nd) - _days(y, m, d)) * 1440 + (nh * 60 + nmi) - (hh * 60 + mi)
    dd = _days(ny, nm, nd) - _days(y, m, d)
    if dd == 0:
        return f"{minutes // 60}小时前" if minutes >= 60 else f"{max(minutes, 1)}分钟前"
    if dd == 1:
        return f"昨天 {hh:02d}:{mi:02d}"
    if dd < 8:
        return f"{dd}天前"
    return a["date"]


def list_date(a):
    if a["date_mode"] == "rel":
        return display_date(a)
    return a["date"][:10]


# ------------------------------------------------------------------------------------------ texts
def meta_pieces(a):
    p = [display_date(a)]
    if a["author"]:
        p.append(f"作者 {a['author']}")
    if a["source"]:
        p.append(f"来源：{a['source']}")
    if a["views"] is not None:
        p.append(f"阅读 {a['views']:,}")
    return p


def meta_text(a):
    return " · ".join(meta_pieces(a))


def cards_for(a):
    """3 'related listings' cards shown inside the article column."""
    n = len(C.LISTINGS)
    return [C.LISTINGS[(a["id"] * 3 + k * 11) % n] for k in range(3)]


def card_text(l):
    return f"{l['title']} {l['area']} {l['price']} 联系经纪人"


SUMMARY_LABEL = "摘要："
DISCLAIMER = ("声明：本文来源于网络或由作者投稿，仅代表作者观点，不代表优厂房立场。"
              "文中涉及的政策、数据仅供参考，如有侵权请联系我们删除。")
SHARE_TEXT = "分享到： 微信 微博 QQ空间 复制链接"
LEAD_TITLE = "免费找厂房"
LEAD_SUB = "留下电话，专业经纪人1对1为您匹配房源，最快30分钟回电"
LEAD_BTN = "立即免费找房"
HOTLINE_TEXT = f"客服热线：{C.HOTLINE}（9:00-21:00）"
COMMENT_EMPTY = "暂无评论，快来抢沙发吧~"


def article_boilerplate(a):
    """Text blocks on an article page that are not its body (for truth.json)."""
    out = [meta_text(a)]
    if a.get("orig_title"):
        out.append(f"原标题：{a['orig_title']}")
    if a.get("byline_block"):
        out.append(a["byline_block"])
    out.append(SUMMARY_LABEL + a["summary"])
    for kind, payload in C.parse_body(a["body"]):
        if kind == "img" and payload[1]:
            out.append(payload[1])
    if a.get("tail"):
        out.append(a["tail"][0])
    out.append("相关房源推荐")
    out.extend(card_text(l) for l in cards_for(a))
    out.append(DISCLAIMER)
    out.append("标签： " + " ".join(a["tags"]))
    out.append(SHARE_TEXT)
    out.append(" ".join([LEAD_TITLE, LEAD_SUB]))
    older, newer = C.prev_next(a)
    out.append("上一篇：" + (older["title"] if older else "没有了"))
    out.append("下一篇：" + (newer["title"] if newer else "没有了"))
    for b in C.related(a):
        out.append(b["title"])
    for user, day, text in C.COMMENTS.get(a["id"], []):
        out.append(f"{user} {day} {text}")
    if a["id"] not in C.COMMENTS:
        out.append(COMMENT_EMPTY)
    out.append(HOTLINE_TEXT)
    return [" ".join(x.split()) for x in out]


# ------------------------------------------------------------------------------------------ layout
V = "data-v-6f2a1b3c"     # layout scope id
VA = "data-v-3e8d91a4"    # article component scope id
VL = "data-v-a71c0d52"    # listing component scope id

HEAD_CSS = """<style data-vue-ssr-id="1f9e2c3a:0">.tw-flex{display:flex}.tw-hidden{display:none}
.css-1q2w3e{font-size:13px;color:#999}.css-8xk2pq{font-size:26px;font-weight:600}
.css-1n8vz0f p{line-height:1.9;margin:0 0 1em}.lazyload{opacity:0}</style>"""


def head(title, canonical, desc="", extra=""):
    return f"""<!DOCTYPE html>
<html lang="zh-CN" data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22zh-CN%22%7D%7D">
<head>
<meta data-n-head="ssr" charset="utf-8">
<meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta data-n-head="ssr" data-hid="description" name="description" content="{esc(desc)}">
<meta data-n-head="ssr" data-hid="keywords" name="keywords" content="厂房出租,厂房出售,仓库出租,工业用地,产业园区招商">
<link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico">
<link data-n-head="ssr" rel="canonical" href="{esc(canonical)}">
{extra}<link rel="preload" href="/_nuxt/runtime.8c1d2e.js" as="script"><link rel="preload" href="/_nuxt/app.3f9a2c1.js" as="script">
{HEAD_CSS}
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__nuxt-loading" aria-live="polite" role="status" style="display:none"></div><div id="__layout"><div {V} class="tw-min-h-screen tw-bg-gray-50 css-0">"""


def header(city=("sh", "上海")):
    cities = "".join(f'<a {V} href="/{c}/" class="tw-px-2 css-c{i}">{esc(n)}</a>'
                     for i, (c, n) in enumerate(C.CITIES))
    return f"""
<div {V} class="tw-bg-gray-800 tw-text-xs tw-text-gray-300 css-tb01"><div {V} class="tw-container tw-mx-auto tw-flex tw-justify-between">
<div {V} class="css-cw77"><span {V}>当前城市：{esc(city[1])}</span> <a {V} href="javascript:void(0)" class="css-sw2">[切换城市]</a>
<div {V} class="tw-hidden css-citylist">{cities}</div></div>
<div {V} class="tw-flex tw-gap-3"><a {V} href="/login/?redirect=%2F">登录</a><a {V} href="/register/">免费注册</a>
<a {V} href="/user/publish/">免费发布房源</a><a {V} href="/app/">APP下载</a><a {V} href="http://{MOB}/">手机版</a>
<a {V} href="tel:{C.HOTLINE}">{C.HOTLINE}</a></div></div></div>
<header {V} class="tw-bg-white tw-shadow-sm css-hd9k"><div {V} class="tw-container tw-mx-auto tw-flex tw-items-center tw-h-16">
<a {V} href="/" class="css-logo1"><img {V} src="/_nuxt/img/logo.5d1e2f.png" alt="优厂房"></a>
<nav {V} class="tw-flex tw-gap-6 tw-ml-8 css-nv3">
<a {V} href="/" class="nuxt-link-exact-active">首页</a><a {V} href="/changfang/">厂房出租</a>
<a {V} href="/chushou/">厂房出售</a><a {V} href="/cangku/">仓库出租</a><a {V} href="/tudi/">土地</a>
<a {V} href="/yuanqu/">产业园区</a><a {V} href="/zixun/">资讯</a><a {V} href="/jingjiren/">找经纪人</a></nav>
<form {V} action="/search" method="get" class="tw-ml-auto css-sf2"><input {V} name="kw" placeholder="输入区域、园区名称搜索厂房"><button {V} type="submit">搜索</button></form>
</div></header>"""


def footer():
    cities = "".join(f'<a {V} href="/{c}/">{esc(n)}厂房网</a>' for c, n in C.CITIES)
    hot = "".join(f'<a {V} href="/search?kw={quote(k)}">{esc(k)}</a>' for k in C.HOT_SEARCHES)
    friends = "".join(f'<a {V} href="{esc(u)}" target="_blank" rel="noopener">{esc(n)}</a>' for n, u in C.FRIEND_LINKS)
    return f"""
<footer {V} class="tw-bg-gray-900 tw-text-gray-400 tw-mt-10 css-ft0"><div {V} class="tw-container tw-mx-auto tw-py-8">
<div {V} class="css-ft1"><span {V} class="css-fth">城市站：</span>{cities}</div>
<div {V} class="css-ft2"><span {V} class="css-fth">热门搜索：</span>{hot}</div>
<div {V} class="css-ft3"><span {V} class="css-fth">友情链接：</span>{friends}</div>
<div {V} class="css-ft4"><a {V} href="/about/">关于我们</a><a {V} href="/contact/">联系我们</a><a {V} href="/zixun/">资讯中心</a>
<a {V} href="/zixun/archive/202410/">资讯归档</a><a {V} href="/sitemap.html">网站地图</a><a {V} href="mailto:bd@{D}">商务合作</a>
<a {V} href="/admin/login">管理入口</a><a {V} href="http://192.168.1.20/oa/" class="tw-hidden">OA</a>
<a {V} href="http://10.0.0.8:8080/crm/" class="tw-hidden">CRM</a><a {V} href="http://127.0.0.1:3000/__webpack_hmr" class="tw-hidden">hmr</a>
<a {V} href="http://localhost:8080/preview/" class="tw-hidden">preview</a></div>
<div {V} class="css-ft5"><p {V}>{HOTLINE_TEXT} 邮箱：service@{D}</p>
<p {V}>Copyright © 2016-2024 {D} 优厂房 版权所有 <a {V} href="https://beian.miit.gov.cn/" rel="nofollow">沪ICP备16032871号-2</a></p>
<p {V}><a {V} href="https://weibo.com/youchangfang" rel="nofollow">官方微博</a> <a {V} href="https://apps.apple.com/cn/app/id1488833021">App Store</a></p></div>
</div></footer>"""


def tail(state):
    blob = json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"""
</div></div></div>
<script>window.__NUXT__={blob};</script>
<script src="/_nuxt/runtime.8c1d2e.js" defer></script><script src="/_nuxt/app.3f9a2c1.js" defer></script>
</body>
</html>"""


def nuxt_state(route, data, city=("sh", "上海")):
    hot = [{"id": a["id"], "title": a["title"], "url": C.article_path(a)} for a in C.by_date()[:6]]
    return {"layout": "default", "data": [data], "fetch": {}, "error": None,
            "state": {"city": {"code": city[0], "name": city[1]}, "user": None, "hotArticles": hot,
                      "hotline": C.HOTLINE},
            "serverRendered": True, "routePath": route, "config": {"_app": {"basePath": "/", "assetsPath": "/_nuxt/"}}}


def page(title, canonical, main, route, data, desc="", extra_head="", city=("sh", "上海")):
    return (head(title, canonical, desc, extra_head) + header(city) +
            f'\n<main {V} class="tw-container tw-mx-auto tw-py-4 css-mn0">{main}</main>' +
            footer() + tail(nuxt_state(route, data, city)))


# ------------------------------------------------------------------------------------------ article
def inline(text):
    out, pos = [], 0
    for m in C._LINK.finditer(text):
        out.append(esc(text[pos:m.start()]))
        out.append(f'<a {VA} href="{esc(m.group(2))}" class="css-il2">{esc(m.group(1))}</a>')
        pos = m.end()
    out.append(esc(text[pos:]))
    return "".join(out)


def render_blocks(a, cards_html):
    blocks = C.parse_body(a["body"])
    html_parts = []
    last_p = max((i for i, b in enumerate(blocks) if b[0] == "p"), default=-1)
    insert_at = 3 if len(blocks) >= 7 else None
    for i, (kind, payload) in enumerate(blocks):
        if kind == "p":
            t = inline(payload)
            if i == last_p and a.get("tail"):
                junk, mode = a["tail"]
                t += ("<br>" if mode == "br" else "") + esc(junk)
            html_parts.append(f"<p {VA}>{t}</p>")
        elif kind == "h2":
            html_parts.append(f'<h2 {VA} class="css-h2a tw-text-xl tw-font-bold">{esc(payload)}</h2>')
        elif kind == "h3":
            html_parts.append(f'<h3 {VA} class="css-h3a tw-text-lg">{esc(payload)}</h3>')
        elif kind == "note":
            html_parts.append(f'<p {VA} class="tw-text-xs tw-text-gray-500 css-nt1">{esc(payload)}</p>')
        elif kind in ("ul", "ol"):
            items = "".join(f"<li {VA}>{inline(x)}</li>" for x in payload)
            html_parts.append(f'<{kind} {VA} class="css-ls9">{items}</{kind}>')
        elif kind == "table":
            head_row = "".join(f"<th {VA}>{esc(c)}</th>" for c in payload[0])
            rows = "".join("<tr>" + "".join(f"<td {VA}>{esc(c)}</td>" for c in r) + "</tr>" for r in payload[1:])
            html_parts.append(f'<div {VA} class="tw-overflow-x-auto css-tw1"><table {VA} class="css-tb7">'
                              f"<thead><tr>{head_row}</tr></thead><tbody>{rows}</tbody></table></div>")
        elif kind == "img":
            src, cap = payload
            capt = f'<figcaption {VA} class="tw-text-center tw-text-sm css-fc0">{esc(cap)}</figcaption>' if cap else ""
            html_parts.append(f'<figure {VA} class="css-fg3"><img {VA} src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" '
                              f'data-src="{esc(src)}" class="lazyload" alt="">{capt}</figure>')
        if insert_at is not None and i == insert_at:
            html_parts.append(cards_html)
    if insert_at is None:
        html_parts.append(cards_html)
    return "\n".join(html_parts)


def cards_html(a):
    cards = []
    for l in cards_for(a):
        cards.append(f"""<a {VL} href="/{l['kind']}/{l['id']}.html" class="tw-block tw-border tw-rounded css-cd{l['id'] % 97}">
<div {VL} class="css-ct1">{esc(l['title'])}</div><div {VL} class="tw-flex tw-gap-2 css-ct2"><span {VL}>{esc(l['area'])}</span> <em {VL} class="tw-text-red-500">{esc(l['price'])}</em></div>
<div {VL} class="css-ct3"><span {VL} class="css-btn4">联系经纪人</span></div></a>""")
    return (f'<div {VL} class="tw-my-6 tw-bg-gray-50 tw-p-3 css-rl7"><div {VL} class="css-rlh">相关房源推荐</div>'
            f'<div {VL} class="tw-grid tw-grid-cols-3 tw-gap-3">' + "\n".join(cards) + "</div></div>")


def date_html(a):
    shown = display_date(a)
    if a["date_mode"] == "rel":
        return f'<time {VA} datetime="{C.iso_date(a)}" class="css-tm1">{esc(shown)}</time>'
    return f'<span {VA} class="css-tm1">{esc(shown)}</span>'


def article_meta_html(a):
    parts = [date_html(a)]
    for p in meta_pieces(a)[1:]:
        parts.append(f"<span {VA}>{esc(p)}</span>")
    return f' <i {VA} class="css-dot">·</i> '.join(parts)


def article_state(a):
    art = {"id": a["id"], "title": a["title"], "summary": a["summary"], "category": a["cat"],
           "categoryName": C.CAT_NAME[a["cat"]], "tags": a["tags"], "publishTime": C.iso_date(a),
           "author": a["author"] or "", "source": a["source"] or "优厂房", "cover": f"/upload/cover/{a['id']}.jpg",
           "content": "".join(f"<p>{html.escape(p)}</p>" for p in C.body_paragraphs(a))}
    if a["views"] is not None:
        art["viewCount"] = a["views"]
    older, newer = C.prev_next(a)
    return {"article": art,
            "prev": {"id": older["id"], "title": older["title"], "url": C.article_path(older)} if older else None,
            "next": {"id": newer["id"], "title": newer["title"], "url": C.article_path(newer)} if newer else None,
            "relatedArticles": [{"id": b["id"], "title": b["title"], "url": C.article_path(b)} for b in C.related(a)],
            "hotListings": [{"id": l["id"], "title": l["title"], "price": l["price"]} for l in cards_for(a)]}


def jsonld(a):
    canon = CANON + C.article_path(a)
    d = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
         "description": a["summary"], "image": [f"{CANON}/upload/cover/{a['id']}.jpg"],
         "datePublished": C.iso_date(a), "dateModified": C.iso_date(a),
         "publisher": {"@type": "Organization", "name": "优厂房", "logo": {"@type": "ImageObject", "url": f"{CANON}/_nuxt/img/logo.5d1e2f.png"}},
         "mainEntityOfPage": {"@type": "WebPage", "@id": canon}}
    if a["author"]:
        d["author"] = {"@type": "Person", "name": a["author"]}
    return ('<script data-n-head="ssr" type="application/ld+json">' +
            json.dumps(d, ensure_ascii=False).replace("</", "<\\/") + "</script>\n")


def og(a):
    canon = CANON + C.article_path(a)
    s = (f'<meta data-n-head="ssr" property="og:type" content="article">\n'
         f'<meta data-n-head="ssr" property="og:title" content="{esc(a["title"])}">\n'
         f'<meta data-n-head="ssr" property="og:description" content="{esc(a["summary"])}">\n'
         f'<meta data-n-head="ssr" property="og:url" content="{canon}">\n'
         f'<meta data-n-head="ssr" property="og:image" content="{CANON}/upload/cover/{a["id"]}.jpg">\n'
         f'<meta data-n-head="ssr" property="og:site_name" content="优厂房">\n')
    if a["date_mode"] != "dateonly":
        s += f'<meta data-n-head="ssr" property="article:published_time" content="{C.iso_date(a)}">\n'
    return s


def render_article(a):
    cat = a["cat"]
    cname = C.CAT_NAME[cat]
    path = C.article_path(a)
    extra = (f'<link rel="alternate" media="only screen and (max-width: 640px)" href="http://{MOB}{path}">\n'
             f'<link rel="amphtml" href="{ORIGIN}/amp{path}">\n')
    if a["og"]:
        extra += og(a)
    if a["jsonld"]:
        extra += jsonld(a)
    crumbs = (f'<nav {VA} class="css-1q2w3e tw-flex tw-gap-1" aria-label="breadcrumb"><a {VA} href="/">首页</a><span {VA}>&gt;</span>'
              f'<a {VA} href="/zixun/">资讯</a><span {VA}>&gt;</span><a {VA} href="/zixun/{cat}/">{esc(cname)}</a>'
              f'<span {VA}>&gt;</span><span {VA} class="tw-text-gray-600">{esc(a["title"])}</span></nav>')
    pre = ""
    if a.get("orig_title"):
        pre += f'<p {VA} class="tw-text-sm tw-text-gray-500 css-ot3">原标题：{esc(a["orig_title"])}</p>\n'
    if a.get("byline_block"):
        pre += f'<p {VA} class="css-by2">{esc(a["byline_block"])}</p>\n'
    tags = "".join(f'<a {VA} href="/tag/{quote(t)}/" class="tw-rounded-full tw-bg-blue-50 tw-px-3 css-tg{i}">{esc(t)}</a>'
                   for i, t in enumerate(a["tags"]))
    tags = tags.replace("</a><a", "</a> <a")
    older, newer = C.prev_next(a)

    def pn(label, b):
        if not b:
            return f'<div {VA} class="css-pn0">{label}：<span {VA}>没有了</span></div>'
        return f'<div {VA} class="css-pn0">{label}：<a {VA} href="{C.article_path(b)}">{esc(b["title"])}</a></div>'

    rel = "".join(f'<li {VA}><a {VA} href="{C.article_path(b)}?utm_source=related&amp;utm_medium=pc">{esc(b["title"])}</a>'
                  f'<span {VA} class="css-rd">{list_date(b)}</span></li>' for b in C.related(a))
    comments = C.COMMENTS.get(a["id"], [])
    if comments:
        cm = "".join(f'<div {VA} class="tw-py-3 tw-border-b css-cm1"><span {VA} class="css-cu">{esc(u)}</span> '
                     f'<span {VA} class="css-cdt">{d}</span> <p {VA} class="css-ctx">{esc(t)}</p>'
                     f'<a {VA} href="javascript:void(0)" class="css-rp">回复</a></div>' for u, d, t in comments)
    else:
        cm = f'<div {VA} class="css-cm0">{COMMENT_EMPTY}</div>'
    sidebar_listings = "".join(f'<li {V}><a {V} href="/{l["kind"]}/{l["id"]}.html">{esc(l["title"])}</a> <em {V}>{esc(l["price"])}</em></li>'
                               for l in C.LISTINGS[a["id"] % 7: a["id"] % 7 + 6])
    brokers = "".join(f'<li {V}><a {V} href="/jingjiren/{bid}/">{esc(n)}</a> <span {V}>{esc(area)}</span> '
                      f'<a {V} href="/api/broker/phone?id={bid}" class="css-ph">查看电话</a></li>' for bid, n, area in C.BROKERS[:3])
    main = f"""
{crumbs}
<div {V} class="tw-flex tw-gap-6 tw-mt-3">
<div {VA} class="tw-flex-1 tw-bg-white tw-p-6 css-ac0">
<h1 {VA} class="css-8xk2pq">{esc(a['title'])}</h1>
<div {VA} class="tw-flex tw-text-sm tw-text-gray-400 tw-my-3 css-7hd2k1">{article_meta_html(a)}</div>
<div {VA} class="tw-bg-blue-50 tw-border-l-4 tw-p-3 tw-text-gray-600 css-s1mry"><strong {VA}>{SUMMARY_LABEL}</strong>{esc(a['summary'])}</div>
<div {VA} class="css-1n8vz0f tw-prose tw-max-w-none">
{pre}{render_blocks(a, cards_html(a))}
</div>
<div {VA} class="tw-text-xs tw-text-gray-400 tw-mt-6 css-dc4">{DISCLAIMER}</div>
<div {VA} class="tw-flex tw-gap-2 tw-mt-4 css-tgs"><span {VA}>标签：</span>{tags}</div>
<div {VA} class="tw-flex tw-gap-3 tw-mt-4 css-shr"><span {VA}>分享到：</span><a {VA} href="javascript:void(0)">微信</a> <a {VA} href="javascript:void(0)">微博</a> <a {VA} href="javascript:void(0)">QQ空间</a> <a {VA} href="javascript:void(0)">复制链接</a></div>
<div {VA} class="tw-bg-orange-50 tw-p-4 tw-mt-6 css-ld5"><div {VA} class="css-ldt">{LEAD_TITLE}</div><div {VA} class="css-lds">{LEAD_SUB}</div>
<form {VA} action="/api/lead" method="post"><input {VA} name="phone" placeholder="请输入手机号"><input {VA} name="need" placeholder="需求面积（㎡）" type="hidden"><button {VA} type="submit">{LEAD_BTN}</button></form></div>
<div {VA} class="tw-mt-6 css-pnx">{pn('上一篇', older)}{pn('下一篇', newer)}</div>
<div {VA} class="tw-mt-6 css-rel"><div {VA} class="css-relh">相关资讯</div><ul {VA}>{rel}</ul></div>
<div {VA} class="tw-mt-6 css-cmt"><div {VA} class="css-cmh">评论（{len(comments)}）</div>{cm}
<a {VA} href="/login/?redirect={quote(path)}">登录后发表评论</a></div>
</div>
<aside {V} class="tw-w-72 css-sd0"><div {V} class="css-sdh">热门房源</div><ul {V}>{sidebar_listings}</ul>
<div {V} class="css-sdh">金牌经纪人</div><ul {V}>{brokers}</ul>
<div {V} class="css-sdq"><img {V} data-src="/_nuxt/img/qrcode.png" alt=""><p {V}>扫码下载优厂房APP</p></div></aside>
</div>"""
    title = f"{a['title']}_{cname}_资讯_优厂房"
    return page(title, CANON + path, main, path, article_state(a), a["summary"], extra)


def render_article_mobile(a):
    """m. host: a separate Next-like app; same article text, its own markup."""
    path = C.article_path(a)
    paras = []
    for kind, payload in C.parse_body(a["body"]):
        if kind == "p":
            paras.append(f'<p class="css-mp0">{inline(payload)}</p>')
        elif kind in ("h2", "h3"):
            paras.append(f'<{kind} class="css-mh1">{esc(payload)}</{kind}>')
        elif kind == "note":
            paras.append(f'<p class="css-mp0 css-mnote">{esc(payload)}</p>')
        elif kind in ("ul", "ol"):
            paras.append(f"<{kind}>" + "".join(f"<li>{inline(x)}</li>" for x in payload) + f"</{kind}>")
        elif kind == "table":
            paras.append('<table class="css-mtb">' + "".join(
                "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in payload) + "</table>")
        elif kind == "img":
            src, cap = payload
            paras.append(f'<div class="css-mimg"><img data-src="{esc(src)}" alt="">' +
                         (f'<span class="css-mcap">{esc(cap)}</span>' if cap else "") + "</div>")
    if a.get("tail"):
        paras.append(f'<p class="css-mp0 css-mtail">{esc(a["tail"][0])}</p>')
    pre = ""
    if a.get("orig_title"):
        pre += f'<p class="css-mot">原标题：{esc(a["orig_title"])}</p>'
    if a.get("byline_block"):
        pre += f'<p class="css-mp0">{esc(a["byline_block"])}</p>'
    data = {"props": {"pageProps": article_state(a), "__N_SSP": True}, "page": "/news/[slug]",
            "query": {"slug": f"{a['slug']}-{a['id']}"}, "buildId": "m8Kq2xVd1", "isFallback": False, "gssp": True}
    blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1">
<title>{esc(a['title'])} - 优厂房手机版</title><link rel="canonical" href="{CANON}{path}">
<meta name="next-head-count" content="4"><link rel="preload" href="/_next/static/chunks/main-2a9c1f.js" as="script"></head>
<body><div id="__next"><div class="css-m0"><div class="css-mtop"><a href="/">优厂房</a><a href="/zixun/">资讯</a><a href="tel:{C.HOTLINE}">电话咨询</a></div>
<div class="css-mart"><h1 class="css-mh0">{esc(a['title'])}</h1>
<div class="css-mmeta">{date_html(a)} {''.join(f'<span>{esc(p)}</span>' for p in meta_pieces(a)[1:])}</div>
<div class="css-msum">{SUMMARY_LABEL}{esc(a['summary'])}</div>
<div class="css-mbody">{pre}{''.join(paras)}</div>
<div class="css-mdc">{DISCLAIMER}</div>
<div class="css-mtags">{''.join(f'<a href="/tag/{quote(t)}/">{esc(t)}</a>' for t in a['tags'])}</div>
<div class="css-mlead">{LEAD_TITLE} {LEAD_SUB}<a href="/app/?from=article">打开APP</a></div></div>
<div class="css-mfoot"><a href="{ORIGIN}{path}">电脑版</a> {HOTLINE_TEXT}</div></div></div>
<script id="__NEXT_DATA__" type="application/json">{blob}</script>
<script src="/_next/static/chunks/main-2a9c1f.js" async></script></body></html>"""


def render_article_amp(a):
    path = C.article_path(a)
    paras = []
    for p in C.body_paragraphs(a):
        paras.append(f"<p>{esc(p)}</p>")
    return f"""<!doctype html><html ⚡ lang="zh-CN"><head><meta charset="utf-8"><title>{esc(a['title'])}</title>
<link rel="canonical" href="{CANON}{path}"><meta name="viewport" content="width=device-width">
<script async src="https://cdn.ampproject.org/v0.js"></script><style amp-boilerplate>body{{visibility:hidden}}</style></head>
<body><header class="amp-h"><a href="{ORIGIN}/">优厂房</a></header><article><h1>{esc(a['title'])}</h1>
<div class="amp-meta">{date_html(a)} {''.join(f'<span>{esc(p)}</span>' for p in meta_pieces(a)[1:])}</div>
{''.join(paras)}</article><footer class="amp-f">{HOTLINE_TEXT}</footer></body></html>"""


# ------------------------------------------------------------------------------------------ lists
def article_li(a, href):
    return (f'<li {VA} class="tw-flex tw-gap-4 tw-py-4 tw-border-b css-zl1"><img {VA} data-src="/upload/cover/{a["id"]}.jpg" class="lazyload tw-w-40" alt="">'
            f'<div {VA} class="css-zl2"><a {VA} href="{href}" class="css-zlt">{esc(a["title"])}</a>'
            f'<p {VA} class="css-zls">{esc(a["summary"])}</p><div {VA} class="css-zlm"><span {VA}>{esc(C.CAT_NAME[a["cat"]])}</span> '
            f'<span {VA}>{list_date(a)}</span></div></div></li>')


def cat_tabs(active=None):
    tabs = [f'<a {V} href="/zixun/" class="{"css-on" if active is None else "css-off"}">全部</a>']
    for c, n in C.CATEGORIES:
        tabs.append(f'<a {V} href="/zixun/{c}/" class="{"css-on" if active == c else "css-off"}">{esc(n)}</a>')
    return f'<div {V} class="tw-flex tw-gap-4 css-tabs">{"".join(tabs)}</div>'


def pager(base, n, last_real, always_next=True, sep="?"):
    links = []
    if n > 1:
        links.append(f'<a {V} href="{esc(f"{base}{sep}page={n - 1}")}">上一页</a>')
    for k in range(1, last_real + 1):
        if k == n:
            links.append(f'<span {V} class="css-cur">{k}</span>')
        else:
            links.append(f'<a {V} href="{esc(f"{base}{sep}page={k}")}">{k}</a>')
    if always_next or n < last_real:
        links.append(f'<a {V} href="{esc(f"{base}{sep}page={n + 1}")}" class="css-nx">下一页</a>')
    return f'<div {V} class="tw-flex tw-gap-2 tw-justify-center tw-my-6 css-pg">{"".join(links)}</div>'


def get_page(q):
    try:
        n = int(q.get("page", ["1"])[0])
    except ValueError:
        n = 1
    return max(n, 1)


def render_zixun(q, city=None):
    n = get_page(q)
    arts = C.by_date()
    size = C.ZIXUN_PAGE_SIZE
    chunk = arts[(n - 1) * size: n * size]
    items = "".join(article_li(a, f"{C.article_path(a)}?spm={C.spm_for(a)}") for a in chunk) or \
        f'<li {VA} class="css-empty">暂无更多资讯</li>'
    base = f"/{city[0]}/zixun/" if city else "/zixun/"
    main = f"""<nav {V} class="css-1q2w3e"><a {V} href="/">首页</a> &gt; <span {V}>资讯</span></nav>
{cat_tabs()}<ul {VA} class="css-zlist">{items}</ul>{pager(base, n, C.zixun_pages())}"""
    route = base + (f"?page={n}" if n > 1 else "")
    canon = CANON + "/zixun/" + (f"?page={n}" if n > 1 else "")
    return ok(page(f"资讯中心_第{n}页_优厂房" if n > 1 else "资讯中心_厂房租赁行业资讯_优厂房", canon, main, route,
                   {"list": [{"id": a["id"], "title": a["title"]} for a in chunk], "page": n,
                    "total": len(arts)}, city=city or ("sh", "上海")))


def render_category(cat, q):
    n = get_page(q)
    arts = C.in_category(cat)
    size = C.CAT_PAGE_SIZE
    last = (len(arts) + size - 1) // size
    chunk = arts[(n - 1) * size: n * size]
    items = "".join(article_li(a, C.article_path(a)) for a in chunk) or f'<li {VA} class="css-empty">暂无更多资讯</li>'
    name = C.CAT_NAME[cat]
    main = f"""<nav {V} class="css-1q2w3e"><a {V} href="/">首页</a> &gt; <a {V} href="/zixun/">资讯</a> &gt; <span {V}>{esc(name)}</span></nav>
{cat_tabs(cat)}<ul {VA} class="css-zlist">{items}</ul>{pager(f"/zixun/{cat}/", n, last, always_next=False)}"""
    return ok(page(f"{name}_资讯_优厂房", f"{CANON}/zixun/{cat}/" + (f"?page={n}" if n > 1 else ""), main,
                   f"/zixun/{cat}/", {"list": [a["id"] for a in chunk], "category": cat}))


def render_tag(tag):
    arts = [a for a in C.by_date() if tag in a["tags"]]
    if not arts:
        return not_found()
    items = "".join(article_li(a, f"{C.article_path(a)}?utm_source=tag") for a in arts)
    main = f"""<nav {V} class="css-1q2w3e"><a {V} href="/">首页</a> &gt; <a {V} href="/zixun/">资讯</a> &gt; <span {V}>标签：{esc(tag)}</span></nav>
<h1 {V} class="css-tgh">“{esc(tag)}”相关资讯</h1><ul {VA} class="css-zlist">{items}</ul>"""
    return ok(page(f"{tag}相关资讯_优厂房", f"{CANON}/tag/{quote(tag)}/", main, f"/tag/{quote(tag)}/", {"tag": tag}))


def render_archive(ym):
    y, m = int(ym[:4]), int(ym[4:])
    arts = [a for a in C.by_date() if a["date"][:7] == f"{y:04d}-{m:02d}"]
    py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
    ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
    items = "".join(article_li(a, C.article_path(a)) for a in arts) or f'<li {VA} class="css-empty">本月暂无资讯</li>'
    main = f"""<nav {V} class="css-1q2w3e"><a {V} href="/">首页</a> &gt; <a {V} href="/zixun/">资讯</a> &gt; <span {V}>{y}年{m}月</span></nav>
<div {V} class="tw-flex tw-justify-between css-cal"><a {V} href="/zixun/archive/{py:04d}{pm:02d}/">« 上个月</a><b {V}>{y}年{m}月资讯归档</b>
<a {V} href="/zixun/archive/{ny:04d}{nm:02d}/">下个月 »</a></div><ul {VA} class="css-zlist">{items}</ul>"""
    return ok(page(f"{y}年{m}月资讯归档_优厂房", f"{CANON}/zixun/archive/{ym}/", main, f"/zixun/archive/{ym}/", {"month": ym}))


# ------------------------------------------------------------------------------------------ listings
FILTERS = {
    "area": ["0-500", "500-1000", "1000-3000", "3000-5000", "5000+"],
    "price": ["0-20", "20-30", "30-50", "50+"],
    "sort": ["default", "price_asc", "price_desc", "area_desc"],
}
LIST_KINDS = {"changfang": "厂房出租", "cangku": "仓库出租", "tudi": "土地", "chushou": "厂房出售", "yuanqu": "产业园区"}


def listing_card(l):
    return (f'<li {VL} class="tw-flex tw-gap-4 tw-p-4 tw-bg-white css-lc1"><img {VL} data-src="/upload/house/{l["id"]}.jpg" class="lazyload" alt="">'
            f'<div {VL} class="css-lc2"><a {VL} href="/{l["kind"]}/{l["id"]}.html" class="css-lct">{esc(l["title"])}</a>'
            f'<div {VL} class="css-lcm"><span {VL}>{esc(l["area"])}</span> <span {VL}>层高{l["height"]}米</span> <span {VL}>承重{l["load"]}吨/㎡</span></div>'
            f'<div {VL} class="css-lcp"><em {VL}>{esc(l["price"])}</em></div>'
            f'<a {VL} href="/jingjiren/{l["broker"][0]}/" class="css-lcb">{esc(l["broker"][1])}</a> '
            f'<a {VL} href="/api/broker/phone?id={l["broker"][0]}&amp;house={l["id"]}" class="css-btn4">联系经纪人</a></div></li>')


def listing_set(kind):
    if kind == "chushou":
        return [l for l in C.LISTINGS if l["deal"] == "出售"]
    if kind == "yuanqu":
        return list(C.LISTINGS)
    return [l for l in C.LISTINGS if l["kind"] == kind]


def render_list(kind, q, city=None):
    n = get_page(q)
    ls = listing_set(kind)
    # filters narrow nothing real: the result set just rotates with the query (a crawler cannot tell)
    cur = {k: q[k][0] for k in ("area", "price", "sort") if k in q}
    shift = sum(len(v) for v in cur.values())
    ls = ls[shift % max(len(ls), 1):] + ls[:shift % max(len(ls), 1)]
    chunk = ls[(n - 1) * 10: n * 10]
    base = f"/{city[0]}/{kind}/" if city else f"/{kind}/"
    rows = []
    for key, vals in FILTERS.items():
        label = {"area": "面积", "price": "价格", "sort": "排序"}[key]
        links = []
        for v in vals:
            p = dict(cur)
            p[key] = v
            links.append(f'<a {V} href="{base}?{esc(urlencode(sorted(p.items())))}">{esc(v)}</a>')
        rows.append(f'<div {V} class="tw-flex tw-gap-3 css-fl1"><span {V}>{label}：</span>{"".join(links)}</div>')
    qs = urlencode(sorted(cur.items()))
    pbase = base + ("?" + qs if qs else "")
    cards = "".join(listing_card(l) for l in chunk) or f'<li {VL} class="css-empty">没有找到符合条件的房源</li>'
    cityname = city[1] if city else "全国"
    main = f"""<nav {V} class="css-1q2w3e"><a {V} href="/">首页</a> &gt; <span {V}>{cityname}{LIST_KINDS[kind]}</span></nav>
<div {V} class="tw-bg-white tw-p-4 css-flt">{''.join(rows)}</div>
<ul {VL} class="css-llist">{cards}</ul>{pager(pbase, n, max(1, (len(ls) + 9) // 10), always_next=True, sep="&" if qs else "?")}"""
    return ok(page(f"{cityname}{LIST_KINDS[kind]}_第{n}页_优厂房", f"{CANON}/{kind}/", main, base,
                   {"houses": [l["id"] for l in chunk], "page": n}, city=city or ("sh", "上海")))


def render_listing(l):
    b = l["broker"]
    desc = "".join(f"<p {VL}>{esc(x)}</p>" for x in l["desc"])
    main = f"""<nav {V} class="css-1q2w3e"><a {V} href="/">首页</a> &gt; <a {V} href="/{l['kind']}/">{LIST_KINDS[l['kind']]}</a> &gt; <span {V}>{esc(l['title'])}</span></nav>
<div {VL} class="tw-bg-white tw-p-6 css-hd0"><h1 {VL} class="css-8xk2pq">{esc(l['title'])}</h1>
<div {VL} class="tw-grid tw-grid-cols-4 css-kv"><div {VL}><em {VL}>{esc(l['price'])}</em><span {VL}>价格</span></div>
<div {VL}><em {VL}>{esc(l['area'])}</em><span {VL}>面积</span></div><div {VL}><em {VL}>{l['height']}米</em><span {VL}>层高</span></div>
<div {VL}><em {VL}>{l['load']}吨/㎡</em><span {VL}>承重</span></div></div>
<div {VL} class="css-gal">{''.join(f'<img {VL} data-src="/upload/house/{l["id"]}_{k}.jpg" class="lazyload" alt="">' for k in range(4))}</div>
<h2 {VL} class="css-h2a">房源描述</h2><div {VL} class="css-desc">{desc}</div>
<h2 {VL} class="css-h2a">位置及周边</h2><p {VL}>{esc(l['city'])} · {esc(l['park'])}</p>
<div {VL} class="tw-bg-orange-50 tw-p-4 css-bk"><a {VL} href="/jingjiren/{b[0]}/">{esc(b[1])}</a> <span {VL}>{esc(b[2])}金牌经纪人</span>
<a {VL} href="/api/broker/phone?id={b[0]}&amp;house={l['id']}" class="css-btn4">联系经纪人</a> <a {VL} href="tel:{C.HOTLINE}">{C.HOTLINE}</a></div>
<div {VL} class="css-ld5">{LEAD_TITLE} {LEAD_SUB}</div></div>"""
    return ok(page(f"{l['title']}_优厂房", f"{CANON}/{l['kind']}/{l['id']}.html", main, f"/{l['kind']}/{l['id']}.html",
                   {"house": {k: l[k] for k in ("id", "title", "area", "price", "height", "load")}}))


def render_broker(bid):
    b = next((x for x in C.BROKERS if x[0] == bid), None)
    if not b:
        return not_found()
    mine = [l for l in C.LISTINGS if l["broker"][0] == bid]
    cards = "".join(listing_card(l) for l in mine)
    extra = f'<li {VL}><a {VL} href="/changfang/9999.html">（已下架）宝山城市工业园单层厂房出租</a></li>' if bid == 301 else ""
    main = f"""<nav {V} class="css-1q2w3e"><a {V} href="/">首页</a> &gt; <a {V} href="/jingjiren/">经纪人</a> &gt; <span {V}>{esc(b[1])}</span></nav>
<div {VL} class="tw-bg-white tw-p-6 css-br0"><h1 {VL}>{esc(b[1])}</h1><p {VL}>主营区域：{esc(b[2])} · 从业8年 · 带看{120 + bid % 50}次</p>
<a {VL} href="/api/broker/phone?id={bid}" class="css-btn4">联系经纪人</a></div><ul {VL} class="css-llist">{cards}{extra}</ul>"""
    return ok(page(f"{b[1]}_金牌经纪人_优厂房", f"{CANON}/jingjiren/{bid}/", main, f"/jingjiren/{bid}/", {"broker": bid}))


def render_brokers():
    lis = "".join(f'<li {VL}><a {VL} href="/jingjiren/{bid}/">{esc(n)}</a> {esc(area)}</li>' for bid, n, area in C.BROKERS)
    main = f'<h1 {V}>找经纪人</h1><ul {VL} class="css-brl">{lis}</ul>'
    return ok(page("找经纪人_优厂房", f"{CANON}/jingjiren/", main, "/jingjiren/", {"brokers": len(C.BROKERS)}))


def render_search(q):
    kw = q.get("kw", [""])[0]
    n = get_page(q)
    hits = [a for a in C.by_date() if kw and (kw in a["title"] or kw in a["tags"])] if n == 1 else []
    hl = [l for l in C.LISTINGS if kw and any(w in l["title"] for w in [kw[:2]])][:10] if n == 1 else []
    items = "".join(article_li(a, C.article_path(a)) for a in hits)
    cards = "".join(listing_card(l) for l in hl)
    base = f"/search?kw={quote(kw)}"
    main = f"""<h1 {V} class="css-srh">“{esc(kw)}”的搜索结果</h1><ul {VL} class="css-llist">{cards or ''}</ul>
<ul {VA} class="css-zlist">{items}</ul>{'' if (items or cards) else f'<p {V}>没有找到相关结果</p>'}{pager(base, n, 1, always_next=True, sep="&")}"""
    return ok(page(f"{kw}_搜索_优厂房", f"{CANON}/search", main, "/search", {"kw": kw, "page": n}))


def render_home(city=None):
    latest = C.by_date()[:8]
    news = "".join(f'<li {VA}><a {VA} href="{C.article_path(a)}">{esc(a["title"])}</a><span {VA}>{list_date(a)}</span></li>' for a in latest)
    ticker = "".join(f'<a {VA} href="/article/{i}">{esc(C.ARTICLE_BY_ID[i]["title"])}</a>' for i in C.LEGACY_IDS)
    hot = "".join(listing_card(l) for l in C.LISTINGS[:12])
    cats = "".join(f'<a {V} href="/zixun/{c}/">{esc(n)}</a>' for c, n in C.CATEGORIES)
    kinds = "".join(f'<a {V} href="/{k}/">{esc(v)}</a>' for k, v in LIST_KINDS.items())
    cityname = city[1] if city else "上海"
    filt = f'<a {V} href="/changfang/?area=1000-3000&amp;sort=price_asc">1000-3000㎡厂房</a><a {V} href="/changfang/?price=0-20">20元以下厂房</a>'
    main = f"""<div {V} class="tw-bg-blue-600 tw-text-white tw-p-10 css-hero"><h2 {V}>找厂房、找仓库、找土地，就上优厂房</h2>
<p {V}>{cityname}在租厂房 12,860 套 · 今日新增 236 套</p><div {V} class="css-qk">{kinds}{filt}</div></div>
<div {V} class="tw-flex tw-gap-6 tw-mt-6"><div {V} class="tw-flex-1"><div {V} class="css-sech">精选房源</div><ul {VL}>{hot}</ul>
<a {V} href="/changfang/">查看更多房源</a></div>
<div {VA} class="tw-w-96 css-news"><div {V} class="css-sech">行业资讯 <a {V} href="/zixun/">更多</a></div><div {V} class="css-tick">{ticker}</div>
<div {V} class="css-cats">{cats}</div><ul {VA}>{news}</ul>
<a {V} href="/zixun/index.html">资讯首页</a> <a {V} href="{C.DELETED_ARTICLE_URLS[0]}">2023年厂房租金年报</a></div></div>
<div {V} class="css-brk"><a {V} href="/jingjiren/">找经纪人</a> <a {V} href="/about/">关于优厂房</a> <a {V} href="/contact/">联系我们</a>
<a {V} href="/user/favorites/">我的收藏</a> <a {V} href="/news/">新闻</a></div>"""
    route = f"/{city[0]}/" if city else "/"
    return ok(page(f"{cityname}厂房出租_厂房出售_仓库出租_工业用地-优厂房", f"{CANON}{route}", main, route,
                   {"banner": [], "houses": [l["id"] for l in C.LISTINGS[:12]]}, city=city or ("sh", "上海")))


def render_simple(title, route, text_html, data_key):
    main = f'<div {V} class="tw-bg-white tw-p-8 css-sp0"><h1 {V}>{esc(title)}</h1>{text_html}</div>'
    return ok(page(f"{title}_优厂房", f"{CANON}{route}", main, route, {"page": data_key}))


ABOUT = f"""<p>优厂房成立于2016年，是专注于工业地产的互联网服务平台，提供厂房、仓库、土地的租售信息以及产业园区招商服务。</p>
<p>平台覆盖全国50余个城市，合作经纪人超过3000名。</p>"""
CONTACT = f"""<p>客服热线：<a href="tel:{C.HOTLINE}">{C.HOTLINE}</a></p><p>商务合作：<a href="mailto:bd@{D}">bd@{D}</a></p>
<p>地址：上海市闵行区某路88号优厂房大厦</p>"""


def render_app():
    feats = "".join(f'<li><a href="{C.article_path(C.ARTICLE_BY_ID[i])}?from=app">{esc(C.ARTICLE_BY_ID[i]["title"])}</a></li>' for i in C.APP_FEATURED)
    body = (f'<p>下载优厂房APP，随时随地找厂房。</p><p><a href="https://apps.apple.com/cn/app/id1488833021">iPhone版下载</a> '
            f'<a href="/download/youchangfang.apk">Android版下载</a></p><p>APP精选资讯：</p><ul>{feats}</ul>')
    return render_simple("优厂房APP下载", "/app/", body, "app")


def render_login(title, route):
    body = (f'<form action="/api/login" method="post"><input name="mobile" placeholder="手机号"><input name="code" placeholder="验证码">'
            f'<button type="submit">{esc(title)}</button></form><p><a href="/register/">注册</a> <a href="/login/">登录</a> '
            f'<a href="javascript:void(0)">忘记密码</a></p>')
    return render_simple(title, route, body, "login")


def render_mobile_home():
    items = "".join(f'<li><a href="{C.article_path(a)}">{esc(a["title"])}</a><span>{list_date(a)}</span></li>' for a in C.by_date())
    data = {"props": {"pageProps": {"list": [a["id"] for a in C.by_date()]}}, "page": "/", "query": {}, "buildId": "m8Kq2xVd1"}
    return ok(f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>优厂房手机版</title>
<link rel="canonical" href="{CANON}/"></head><body><div id="__next"><div class="css-m0"><h1 class="css-mh0">优厂房</h1>
<a href="/zixun/">资讯</a> <a href="{ORIGIN}/changfang/">找厂房</a><ul class="css-ml">{items}</ul>
<a href="{ORIGIN}/">电脑版</a></div></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script></body></html>""")


ROBOTS = """User-agent: *
Disallow: /api/
Disallow: /user/
Disallow: /admin/

Sitemap: https://www.youchangfang.cn/sitemap.xml
"""


def not_found():
    main = f'<div {V} class="tw-p-10 css-404"><h1 {V}>404</h1><p {V}>您访问的页面不存在或已下架</p><a {V} href="/">返回首页</a></div>'
    return Response(404, page("页面不存在_优厂房", f"{CANON}/404", main, "/404", {"error": 404}))


def forbidden():
    return Response(403, "<html><head><title>403 Forbidden</title></head><body><center><h1>403 Forbidden</h1></center><hr><center>nginx</center></body></html>")


# ------------------------------------------------------------------------------------------ routing
ARTICLE_BY_PATH = {C.article_path(a): a for a in C.ARTICLES}
LISTING_BY_PATH = {f"/{l['kind']}/{l['id']}.html": l for l in C.LISTINGS}
CITY = dict(C.CITIES)


def route(host, path, q):
    if path == "/robots.txt":
        return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
    if path.startswith(("/api/", "/user/", "/admin/")) or path == "/admin":
        return forbidden()
    if host == MOB:
        if path == "/":
            return render_mobile_home()
        if path in ARTICLE_BY_PATH:
            return ok(render_article_mobile(ARTICLE_BY_PATH[path]))
    if path in ARTICLE_BY_PATH:
        return ok(render_article(ARTICLE_BY_PATH[path]))
    if path.startswith("/amp/") and path[4:] in ARTICLE_BY_PATH:
        return ok(render_article_amp(ARTICLE_BY_PATH[path[4:]]))
    if path.startswith("/article/"):
        try:
            aid = int(path[len("/article/"):].strip("/"))
        except ValueError:
            return not_found()
        if aid in C.ARTICLE_BY_ID:
            return redirect(f"{ORIGIN}{C.article_path(C.ARTICLE_BY_ID[aid])}")
        return not_found()
    if path == "/":
        return render_home()
    if path in ("/zixun/index.html", "/news/", "/news"):
        return redirect(f"{ORIGIN}/zixun/")
    if path == "/zixun/":
        return render_zixun(q)
    parts = [p for p in path.split("/") if p]
    if len(parts) == 2 and parts[0] == "zixun" and parts[1] in C.CAT_NAME and path.endswith("/"):
        return render_category(parts[1], q)
    if len(parts) == 3 and parts[:2] == ["zixun", "archive"] and len(parts[2]) == 6 and parts[2].isdigit() \
            and 1 <= int(parts[2][4:]) <= 12:
        return render_archive(parts[2])
    if len(parts) == 2 and parts[0] == "tag":
        return render_tag(unquote(parts[1]))
    if path in LISTING_BY_PATH:
        return render_listing(LISTING_BY_PATH[path])
    if len(parts) == 1 and parts[0] in LIST_KINDS and path.endswith("/"):
        return render_list(parts[0], q)
    if parts and parts[0] in CITY:
        city = (parts[0], CITY[parts[0]])
        if len(parts) == 1:
            return render_home(city)
        if len(parts) == 2 and parts[1] in LIST_KINDS:
            return render_list(parts[1], q, city)
        if len(parts) == 2 and parts[1] == "zixun":
            return render_zixun(q, city)
    if path == "/jingjiren/":
        return render_brokers()
    if len(parts) == 2 and parts[0] == "jingjiren" and parts[1].isdigit():
        return render_broker(int(parts[1]))
    if path == "/search":
        return render_search(q)
    if path == "/about/":
        return render_simple("关于我们", "/about/", ABOUT, "about")
    if path == "/contact/":
        return render_simple("联系我们", "/contact/", CONTACT, "contact")
    if path == "/app/":
        return render_app()
    if path == "/login/":
        return render_login("登录", "/login/")
    if path == "/register/":
        return render_login("注册", "/register/")
    if path == "/sitemap.html":
        links = "".join(f'<li><a href="/{k}/">{esc(v)}</a></li>' for k, v in LIST_KINDS.items())
        links += "".join(f'<li><a href="/zixun/{c}/">{esc(n)}</a></li>' for c, n in C.CATEGORIES)
        return render_simple("网站地图", "/sitemap.html", f"<ul>{links}</ul>", "sitemap")
    return not_found()


class RentalEmulator:
    origin = ORIGIN
    hosts = list(HOSTS)
    name = "rental_ssr"

    def handle(self, method, url):
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("http", "https") or host not in HOSTS:
            return Response(502, "<html><body>502 Bad Gateway</body></html>")
        path = parts.path or "/"
        q = parse_qs(parts.query, keep_blank_values=True)
        return route(host, path, q)


def emulator():
    return RentalEmulator()
