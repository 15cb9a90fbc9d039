"""鼎信厂房网 (www.dingxincf.com): a factory-space agency's blog on Typecho 1.2 with its own theme "dxhouse".

``emulator()`` returns the site; ``handle(method, url)`` answers one request with ``.status``, ``.headers``
and ``.body``. Deterministic: no clock (fixed ``Date``), no randomness, no network. Python stdlib only.
"""

from __future__ import annotations

import calendar
import html
import re
import struct
import zlib
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

import typecho_agent_content as C

ORIGIN = "http://www.dingxincf.com"
HOST = "www.dingxincf.com"
BARE_HOST = "dingxincf.com"
HOSTS = (HOST, BARE_HOST)
DATE_HEADER = "Sat, 15 Nov 2025 02:00:00 GMT"
TODAY = (2025, 11, 15)
PAGE_SIZE = 8
COMMENT_PAGE_SIZE = 5
THEME = "/usr/themes/dxhouse"
SITE = C.SITE


# --------------------------------------------------------------------------- helpers

class Response:
    def __init__(self, status: int, headers: dict, body: bytes):
        self.status = status
        self.headers = headers
        self.body = body

    def __repr__(self) -> str:
        return f"<Response {self.status} {len(self.body)} bytes>"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def strip_tags(s: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def norm(s: str) -> str:
    return " ".join(s.split())


POSTS = sorted(C.POSTS, key=lambda p: p["date"])
BY_CID = {p["cid"]: p for p in POSTS}
CATS = {c["slug"]: c for c in C.CATEGORIES}
PAGES = C.PAGES


def permalink(cid: int) -> str:
    return f"{ORIGIN}/archives/{cid}/"


def cat_url(slug: str, page: int = 0) -> str:
    return f"{ORIGIN}/category/{slug}/" + (f"{page}/" if page else "")


def tag_url(tag: str, page: int = 0) -> str:
    return f"{ORIGIN}/tag/{quote(tag)}/" + (f"{page}/" if page else "")


def author_url(uid: int, page: int = 0) -> str:
    return f"{ORIGIN}/author/{uid}/" + (f"{page}/" if page else "")


def search_url(kw: str, page: int = 0) -> str:
    return f"{ORIGIN}/search/{quote(kw)}/" + (f"{page}/" if page else "")


def month_url(y: int, m: int) -> str:
    return f"{ORIGIN}/{y}/{m:02d}/"


def day_url(y: int, m: int, d: int) -> str:
    return f"{ORIGIN}/{y}/{m:02d}/{d:02d}/"


def ymd(post) -> tuple[int, int, int]:
    d = post["date"]
    return int(d[0:4]), int(d[5:7]), int(d[8:10])


def list_date(post) -> str:
    return post["date"][:10]


def rfc822(post_date: str) -> str:
    """'YYYY-MM-DD HH:MM' in +08:00 to an RFC 822 date in GMT."""
    y, mo, d = int(post_date[0:4]), int(post_date[5:7]), int(post_date[8:10])
    hh, mm = int(post_date[11:13]), int(post_date[14:16])
    hh -= 8
    if hh < 0:
        hh += 24
        d -= 1
        if d == 0:
            mo -= 1
            if mo == 0:
                mo, y = 12, y - 1
            d = calendar.monthrange(y, mo)[1]
    wd = calendar.day_abbr[calendar.weekday(y, mo, d)]
    return f"{wd}, {d:02d} {calendar.month_abbr[mo]} {y} {hh:02d}:{mm:02d}:00 +0000"


def iso(post_date: str) -> str:
    return post_date.replace(" ", "T") + ":00+08:00"


def post_text(post) -> str:
    parts = []
    for b in post["blocks"]:
        t = b[0]
        if t in ("p", "bp", "h", "caption"):
            parts.append(strip_tags(b[1]))
        elif t in ("ol", "ul"):
            parts.extend(strip_tags(x) for x in b[1])
        elif t == "table":
            parts.extend(" ".join(r) for r in b[1])
        elif t == "tail":
            parts.append(strip_tags(b[1]) + strip_tags(b[2]))
    return "".join(norm(x) for x in parts)


def excerpt(post, n: int = 90) -> str:
    t = post_text(post)
    return t[:n] + ("..." if len(t) > n else "")


def render_blocks(blocks) -> str:
    out = []
    for b in blocks:
        t = b[0]
        if t == "p":
            out.append(f"<p>{b[1]}</p>")
        elif t == "h":
            out.append(f"<h3>{esc(b[1])}</h3>")
        elif t in ("ol", "ul"):
            items = "".join(f"<li>{x}</li>" for x in b[1])
            out.append(f"<{t}>{items}</{t}>")
        elif t == "table":
            rows, header = b[1], b[2]
            h = ""
            body_rows = rows
            if header:
                h = "<thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead>"
                body_rows = rows[1:]
            bd = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in body_rows)
            out.append(f'<table class="table-data">{h}<tbody>{bd}</tbody></table>')
        elif t == "img":
            out.append(f'<p><img src="{ORIGIN}{b[1]}" alt="{esc(b[2])}" title="{esc(b[2])}"></p>')
        elif t == "caption":
            out.append(f'<p style="text-align:center;color:#666;">{esc(b[1])}</p>')
        elif t == "bp":
            text = b[1]
            if text.startswith("来源："):
                out.append(f'<p style="text-align:right;">{text}</p>')
            else:
                out.append(f"<p>{text}</p>")
        elif t == "tail":
            sep = "<br />\n" if b[4] == "br" else ""
            out.append(f"<p>{b[1]}{sep}{b[2]}</p>")
    return "\n".join(out)


def all_tags() -> list[tuple[str, int]]:
    counts: dict[str, int] = {}
    order: list[str] = []
    for p in POSTS:
        for t in p["tags"]:
            if t not in counts:
                counts[t] = 0
                order.append(t)
            counts[t] += 1
    return sorted(((t, counts[t]) for t in order), key=lambda x: (-x[1], order.index(x[0])))


def comment_count(post) -> int:
    return len(post["comments"])


def threads(post):
    """Top-level comments in ascending order, each with its replies."""
    tops = [c for c in post["comments"] if not c.get("parent")]
    kids: dict[int, list] = {}
    for c in post["comments"]:
        if c.get("parent"):
            kids.setdefault(c["parent"], []).append(c)
    return tops, kids


def comment_pages(post) -> int:
    tops, _ = threads(post)
    return max(1, (len(tops) + COMMENT_PAGE_SIZE - 1) // COMMENT_PAGE_SIZE)


def comment_page_of(post, coid: int) -> int:
    tops, _ = threads(post)
    c = next(x for x in post["comments"] if x["coid"] == coid)
    while c.get("parent"):
        c = next(x for x in post["comments"] if x["coid"] == c["parent"])
    return tops.index(c) // COMMENT_PAGE_SIZE + 1


def comment_link(post, coid: int) -> str:
    return f"{permalink(post['cid'])}comment-page-{comment_page_of(post, coid)}#comment-{coid}"


def related(post, n: int = 5):
    scored = []
    for q in POSTS:
        if q["cid"] == post["cid"]:
            continue
        shared = len(set(q["tags"]) & set(post["tags"]))
        if shared:
            scored.append((-shared, q["date"], q))
    scored.sort(key=lambda x: x[1], reverse=True)
    scored.sort(key=lambda x: x[0])
    out = [x[2] for x in scored[:n]]
    if len(out) < 3:
        for q in sorted(POSTS, key=lambda x: x["date"], reverse=True):
            if q["cat"] == post["cat"] and q["cid"] != post["cid"] and q not in out:
                out.append(q)
            if len(out) >= 3:
                break
    return out


def png_bytes(w: int = 4, h: int = 3, rgb=(200, 210, 220)) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------- layout

NAV = [
    ("首页", ORIGIN + "/", "home"),
    ("产业资讯", cat_url("industry"), "industry"),
    ("政策解读", cat_url("policy"), "policy"),
    ("园区动态", cat_url("parks"), "parks"),
    ("厂房出租", cat_url("rent"), "rent"),
    ("厂房出售", cat_url("sale"), "sale"),
    ("仓储物流", cat_url("warehouse"), "warehouse"),
    ("房源筛选", ORIGIN + "/fangyuan.html", "fangyuan"),
    ("资料下载", ORIGIN + "/download.html", "download"),
    ("关于我们", ORIGIN + "/about.html", "about"),
    ("联系我们", ORIGIN + "/contact.html", "contact"),
]


def head_feeds(kind: str = "", arg: str = "") -> str:
    sub = ""
    if kind == "post":
        sub = f"archives/{arg}/"
    elif kind == "category":
        sub = f"category/{arg}/"
    return (
        f'<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="{ORIGIN}/feed/{sub}" />\n'
        f'<link rel="alternate" type="application/rdf+xml" title="RSS 1.0" href="{ORIGIN}/feed/rss/{sub}" />\n'
        f'<link rel="alternate" type="application/atom+xml" title="ATOM 1.0" href="{ORIGIN}/feed/atom/{sub}" />\n'
    )


def calendar_widget(y: int, m: int) -> str:
    days_with_posts: dict[int, int] = {}
    for p in POSTS:
        py, pm, pd = ymd(p)
        if (py, pm) == (y, m):
            days_with_posts[pd] = days_with_posts.get(pd, 0) + 1
    rows = []
    for week in calendar.Calendar(firstweekday=0).monthdayscalendar(y, m):
        cells = []
        for d in week:
            if d == 0:
                cells.append('<td class="pad">&nbsp;</td>')
            elif d in days_with_posts:
                cells.append(f'<td><a href="{day_url(y, m, d)}" title="{days_with_posts[d]} 篇文章">{d}</a></td>')
            elif (y, m, d) == TODAY:
                cells.append(f'<td class="today">{d}</td>')
            else:
                cells.append(f"<td>{d}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
    ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
    return (
        '<section class="widget widget-calendar"><h3 class="widget-title">日历</h3>'
        f'<table class="calendar"><caption>{y}年{m}月</caption>'
        "<thead><tr><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th><th>日</th></tr></thead>"
        "<tbody>" + "".join(rows) + "</tbody>"
        f'<tfoot><tr><td colspan="3" class="prev"><a href="{month_url(py, pm)}">&laquo; {pm}月</a></td>'
        f'<td class="pad">&nbsp;</td><td colspan="3" class="next"><a href="{month_url(ny, nm)}">{nm}月 &raquo;</a></td></tr></tfoot>'
        "</table></section>"
    )


def months_with_posts() -> list[tuple[int, int, int]]:
    seen: dict[tuple[int, int], int] = {}
    for p in POSTS:
        y, m, _ = ymd(p)
        seen[(y, m)] = seen.get((y, m), 0) + 1
    return sorted(((y, m, n) for (y, m), n in seen.items()), reverse=True)


def sidebar(cal: tuple[int, int]) -> str:
    latest = sorted(POSTS, key=lambda p: p["date"], reverse=True)[:8]
    hot = sorted(POSTS, key=lambda p: -p["views"])[:6]
    comments = []
    for p in POSTS:
        for c in p["comments"]:
            comments.append((c["date"], p, c))
    comments.sort(key=lambda x: x[0], reverse=True)
    agent_name, agent_phone = SITE["agents"][0]
    out = [
        '<aside id="secondary" class="col-sidebar" role="complementary">',
        '<section class="widget widget-agent"><h3 class="widget-title">找厂房 · 问顾问</h3>',
        f'<div class="agent-card"><img src="{ORIGIN}{THEME}/img/agent-chen.png" alt="{agent_name}">',
        f'<p class="agent-name">资深招商顾问 {agent_name}</p>',
        f'<p class="agent-tel">{agent_phone}（微信同号）</p>',
        f'<p><img src="{ORIGIN}{THEME}/img/qrcode.png" alt="微信二维码" width="120"></p>',
        "<p>扫一扫加微信，免费匹配房源</p></div></section>",
        '<section class="widget"><h3 class="widget-title">最新文章</h3><ul class="widget-list">',
    ]
    for p in latest:
        out.append(f'<li><a href="{permalink(p["cid"])}">{esc(p["title"])}</a></li>')
    out.append("</ul></section>")
    # The "hot posts" plugin builds its own links, with the index.php prefix.
    out.append('<section class="widget"><h3 class="widget-title">阅读排行</h3><ol class="widget-list hot-list">')
    for p in hot:
        out.append(f'<li><a href="{ORIGIN}/index.php/archives/{p["cid"]}/">{esc(p["title"])}</a> <span class="views">{p["views"]}</span></li>')
    out.append("</ol></section>")
    out.append('<section class="widget"><h3 class="widget-title">最近回复</h3><ul class="widget-list">')
    for _, p, c in comments[:6]:
        text = c["text"] if len(c["text"]) <= 20 else c["text"][:20] + "..."
        out.append(f'<li><a href="{comment_link(p, c["coid"])}">{esc(c["author"])}</a>: {esc(text)}</li>')
    out.append("</ul></section>")
    out.append('<section class="widget"><h3 class="widget-title">热门搜索</h3><p class="hot-search">')
    out.append(" ".join(f'<a href="{search_url(k)}">{esc(k)}</a>' for k in C.HOT_SEARCHES))
    out.append("</p></section>")
    out.append('<section class="widget"><h3 class="widget-title">标签云</h3><div class="tag-cloud">')
    out.append(" ".join(f'<a href="{tag_url(t)}" title="{n} 篇文章">{esc(t)}</a>' for t, n in all_tags()[:20]))
    out.append("</div></section>")
    out.append(calendar_widget(*cal))
    out.append('<section class="widget"><h3 class="widget-title">文章归档</h3><ul class="widget-list archive-list">')
    for y, m, n in months_with_posts():
        out.append(f'<li><a href="{month_url(y, m)}">{y}年{m}月</a> ({n})</li>')
    out.append("</ul></section>")
    out.append('<section class="widget"><h3 class="widget-title">其它</h3><ul class="widget-list">')
    out.append(f'<li><a href="{ORIGIN}/admin/">登录</a></li>')
    out.append(f'<li><a href="{ORIGIN}/feed/">文章 RSS</a></li>')
    out.append(f'<li><a href="{ORIGIN}/feed/comments/">评论 RSS</a></li>')
    out.append('<li><a href="http://typecho.org">Typecho</a></li>')
    out.append("</ul></section>")
    out.append("</aside>")
    return "\n".join(out)


def layout(title: str, main: str, *, current: str = "", cal: tuple[int, int] | None = None,
           canonical: str | None = None, description: str = "", keywords: str = "",
           feeds: str | None = None, body_class: str = "") -> str:
    nav = []
    for name, href, key in NAV:
        cls = ' class="current"' if key == current else ""
        nav.append(f'<li{cls}><a href="{href}">{name}</a></li>')
    full_title = f"{title} - {SITE['name']}" if title else f"{SITE['name']} - 昆山厂房出租_昆山厂房出售_太仓仓库出租"
    canon = f'<link rel="canonical" href="{canonical}" />\n' if canonical else ""
    friends = " | ".join(f'<a href="{u}" target="_blank">{esc(n)}</a>' for n, u in C.FRIEND_LINKS if n != "Typecho")
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>{esc(full_title)}</title>
<meta name="keywords" content="{esc(keywords or SITE['keywords'])}" />
<meta name="description" content="{esc(description or SITE['description'])}" />
{canon}<link rel="stylesheet" href="{ORIGIN}{THEME}/css/style.css?v=2.3.1">
<meta name="generator" content="Typecho 1.2.1" />
<meta name="template" content="dxhouse" />
<link rel="pingback" href="{ORIGIN}/action/xmlrpc" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{ORIGIN}/action/xmlrpc?rsd" />
<link rel="wlwmanifest" type="application/wlwmanifest+xml" href="{ORIGIN}/action/xmlrpc?wlw" />
{feeds if feeds is not None else head_feeds()}<script>
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?5f8a0c2d93e4b1a7c6d0e9f2b3a41c87";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
</script>
</head>
<body class="{body_class}">
<a name="top"></a>
<div class="topbar"><div class="container">
<span class="welcome">您好，欢迎访问鼎信厂房网！专注昆山及周边厂房仓库租售十二年</span>
<span class="top-tel">招商热线：{SITE['hotline']}</span>
</div></div>
<header id="header" class="clearfix"><div class="container">
<a id="logo" href="{ORIGIN}/"><img src="{ORIGIN}{THEME}/img/logo.png" alt="{SITE['name']}" /></a>
<p class="description">{SITE['slogan']}</p>
<form id="search" method="post" action="{ORIGIN}/" role="search">
<input type="text" id="s" name="s" class="text" placeholder="输入关键字搜索房源或资讯" />
<button type="submit" class="submit">搜索</button>
</form>
</div></header>
<nav id="nav-menu" class="clearfix" role="navigation"><div class="container"><ul>
{chr(10).join(nav)}
</ul></div></nav>
<div id="body"><div class="container"><div class="row">
<div id="main" class="col-main" role="main">
{main}
</div>
{sidebar(cal or TODAY[:2])}
</div></div></div>
<footer id="footer" role="contentinfo"><div class="container">
<div class="footer-nav"><a href="{ORIGIN}/about.html">关于我们</a> | <a href="{ORIGIN}/contact.html">联系我们</a> | <a href="{permalink(43)}">加入我们</a> | <a href="{ORIGIN}/archives.html">文章归档</a> | <a href="{ORIGIN}/links.html">友情链接</a> | <a href="{ORIGIN}/sitemap.xml">网站地图</a></div>
<div class="friend-links">友情链接：{friends}</div>
<div class="footer-info">
<p>Copyright &copy; 2013-2025 {SITE['company']} 版权所有</p>
<p>地址：{SITE['address']} 电话：{SITE['tel']} 招商热线：{SITE['hotline']}</p>
<p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">{SITE['icp']}</a> | 由 <a href="http://typecho.org">Typecho</a> 强力驱动</p>
<p>本站部分资讯来源于网络，仅供参考，如有侵权请联系删除。</p>
</div>
<div class="footer-qr"><img src="{ORIGIN}{THEME}/img/mp-qrcode.png" alt="公众号二维码" width="100"><p>扫码关注“鼎信厂房网”公众号</p><p>每周推送最新房源</p></div>
</div></footer>
<div class="float-bar">
<a class="fb-tel" href="tel:4008623517">电话咨询</a>
<a class="fb-qq" href="http://wpa.qq.com/msgrd?v=3&amp;uin=2851937460&amp;site=qq&amp;menu=yes" target="_blank" rel="nofollow">QQ咨询</a>
<div class="fb-wx"><img src="{ORIGIN}{THEME}/img/qrcode.png" alt="微信二维码" width="90"><p>微信扫码咨询</p></div>
<a class="fb-top" href="#top">返回顶部</a>
</div>
<script src="{ORIGIN}{THEME}/js/main.js?v=2.3.1"></script>
</body>
</html>
"""


def post_meta_list(p) -> str:
    u = C.USERS[p["author"]]
    cat = CATS[p["cat"]]
    return (
        '<ul class="post-meta">'
        f'<li>作者：<a href="{author_url(p["author"])}">{esc(u["name"])}</a></li>'
        f'<li>时间：<time datetime="{iso(p["date"])}">{list_date(p)}</time></li>'
        f'<li>分类：<a href="{cat_url(cat["slug"])}">{cat["name"]}</a></li>'
        f'<li>阅读：{p["views"]}</li>'
        "</ul>"
    )


def list_items(posts) -> str:
    out = []
    for p in posts:
        link = permalink(p["cid"])
        out.append(
            '<article class="post post-item" itemscope itemtype="http://schema.org/BlogPosting">'
            f'<h2 class="post-title" itemprop="name headline"><a itemprop="url" href="{link}">{esc(p["title"])}</a></h2>'
            f"{post_meta_list(p)}"
            f'<div class="post-content" itemprop="articleBody"><p>{esc(excerpt(p))}</p>'
            f'<p class="more"><a href="{link}" title="{esc(p["title"])}">阅读全文 &raquo;</a></p></div>'
            "</article>"
        )
    return "\n".join(out)


def page_nav(total: int, page: int, url_of) -> str:
    pages = max(1, (total + PAGE_SIZE - 1) // PAGE_SIZE)
    if pages <= 1:
        return ""
    out = ['<ol class="page-navigator">']
    if page > 1:
        out.append(f'<li class="prev"><a href="{url_of(page - 1)}">&laquo; 前一页</a></li>')
    for i in range(1, pages + 1):
        cls = ' class="current"' if i == page else ""
        out.append(f'<li{cls}><a href="{url_of(i)}">{i}</a></li>')
    if page < pages:
        out.append(f'<li class="next"><a href="{url_of(page + 1)}">后一页 &raquo;</a></li>')
    out.append("</ol>")
    return "".join(out)


# --------------------------------------------------------------------------- the site

class TypechoAgentSite:
    """The emulated site. ``origin`` is the canonical scheme+host; ``handle`` answers any absolute URL."""

    origin = ORIGIN

    def __init__(self):
        self._png = png_bytes()

    # ---- public entry
    def handle(self, method: str, url: str) -> Response:
        return self._dispatch(method, url)[0]

    def describe(self, url: str) -> dict:
        """What a GET of ``url`` serves (for make_truth.py; not reachable over HTTP)."""
        return self._dispatch("GET", url)[1]

    # ---- plumbing
    def _headers(self, ctype: str = "text/html; charset=UTF-8", extra: dict | None = None) -> dict:
        h = {
            "Server": "nginx",
            "Date": DATE_HEADER,
            "Content-Type": ctype,
            "Connection": "keep-alive",
            "Vary": "Accept-Encoding",
        }
        if ctype.startswith("text/html"):
            h["X-Powered-By"] = "PHP/7.4.33"
        if extra:
            h.update(extra)
        return h

    def _html(self, body: str, info: dict, status: int = 200, extra: dict | None = None):
        return Response(status, self._headers(extra=extra), body.encode("utf-8")), dict(info, status=status)

    def _redirect(self, location: str, status: int = 301):
        body = ""
        h = self._headers("text/html; charset=UTF-8", {"Location": location})
        return Response(status, h, body.encode()), {"status": status, "kind": "redirect", "location": location}

    def _not_found(self):
        main = (
            '<div class="error-page"><h2 class="post-title">404 - 页面没找到</h2>'
            "<p>你想查看的页面已被转移或删除了，要不要搜索看看：</p>"
            f'<form method="post" action="{ORIGIN}/"><p><input type="text" name="s" class="text" autofocus /> '
            '<button type="submit" class="submit">搜索</button></p></form>'
            f'<p><a href="{ORIGIN}/">返回首页</a></p></div>'
        )
        body = layout("页面没找到", main, body_class="error404")
        return self._html(body, {"kind": "404"}, status=404)

    def _plain(self, status: int, text: str, ctype: str = "text/plain; charset=UTF-8", kind: str = "other"):
        return Response(status, self._headers(ctype), text.encode("utf-8")), {"status": status, "kind": kind}

    def _dispatch(self, method: str, url: str):
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host not in HOSTS:
            return (Response(502, {"Content-Type": "text/plain; charset=UTF-8", "Date": DATE_HEADER},
                             b"502 Bad Gateway\n"), {"status": 502, "kind": "offsite"})
        if method not in ("GET", "HEAD", "POST"):
            r = Response(405, self._headers("text/plain; charset=UTF-8", {"Allow": "GET, HEAD, POST"}),
                         b"405 Method Not Allowed\n")
            return r, {"status": 405, "kind": "other"}
        raw_path = parts.path or "/"
        query = parts.query
        if host == BARE_HOST:
            return self._redirect(ORIGIN + raw_path + (("?" + query) if query else ""))
        path = unquote(raw_path)
        params = dict(parse_qsl(query, keep_blank_values=True))
        if path == "/index.php":
            path = "/"
        elif path.startswith("/index.php/"):
            path = path[len("/index.php"):]

        if method == "POST":
            return self._post(path, params, parts)

        # Typecho's search form also works as GET /?s=...
        if path == "/" and params.get("s", "").strip():
            return self._redirect(search_url(params["s"].strip()), 302)

        m = re.fullmatch(r"/(?:page/(\d+)/)?", path)
        if m:
            return self._home(int(m.group(1) or 1))
        m = re.fullmatch(r"/archives/(\d+)(/?)(?:comment-page-(\d+))?", path)
        if m:
            cid = int(m.group(1))
            if not m.group(2):
                return self._redirect(permalink(cid) + (("?" + query) if query else ""))
            return self._post_page(cid, int(m.group(3) or 0), params, parts)
        m = re.fullmatch(r"/category/([^/]+)(/?)(?:(\d+)/)?", path)
        if m:
            if not m.group(2):
                return self._redirect(cat_url(m.group(1)))
            return self._category(m.group(1), int(m.group(3) or 1))
        m = re.fullmatch(r"/tag/([^/]+)(/?)(?:(\d+)/)?", path)
        if m:
            if not m.group(2):
                return self._redirect(tag_url(m.group(1)))
            return self._tag(m.group(1), int(m.group(3) or 1))
        m = re.fullmatch(r"/author/(\d+)/(?:(\d+)/)?", path)
        if m:
            return self._author(int(m.group(1)), int(m.group(2) or 1))
        m = re.fullmatch(r"/search/([^/]+)/(?:(\d+)/)?", path)
        if m:
            return self._search(m.group(1), int(m.group(2) or 1))
        m = re.fullmatch(r"/(\d{4})/(?:(\d{1,2})/(?:(\d{1,2})/)?)?(?:page/(\d+)/)?", path)
        if m and m.group(2) is not None and (int(m.group(2)) == 0 or (m.group(3) is not None and int(m.group(3)) == 0)):
            return self._not_found()
        if m:
            return self._date_archive(int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0), int(m.group(4) or 1))
        m = re.fullmatch(r"/feed/(?:(rss|atom)/)?(.*)", path)
        if m:
            return self._feed(m.group(1) or "rss2", m.group(2))
        m = re.fullmatch(r"/([a-z]+)\.html", path)
        if m and m.group(1) in PAGES:
            return self._page(m.group(1), params)
        if path == "/robots.txt":
            return self._robots()
        if path == "/sitemap.xml":
            return self._sitemap()
        if path.startswith("/admin"):
            return self._admin(path, query)
        if path.startswith("/action/"):
            return self._action(path, params)
        if path.startswith("/usr/"):
            return self._static(path)
        return self._not_found()

    def _post(self, path: str, params: dict, parts):
        if path == "/":
            # The search form posts here; Typecho redirects to /search/KEYWORD/, or home when s is empty
            # (the emulator does not see request bodies).
            return self._redirect(ORIGIN + "/", 302)
        m = re.fullmatch(r"/archives/(\d+)/comment", path)
        if m and int(m.group(1)) in BY_CID:
            return self._redirect(permalink(int(m.group(1))) + "#comments", 302)
        r = Response(405, self._headers("text/plain; charset=UTF-8", {"Allow": "GET, HEAD"}), b"405 Method Not Allowed\n")
        return r, {"status": 405, "kind": "other"}

    # ---- pages
    def _home(self, page: int):
        posts = sorted(POSTS, key=lambda p: p["date"], reverse=True)
        pages = (len(posts) + PAGE_SIZE - 1) // PAGE_SIZE
        if page < 1 or page > pages:
            return self._not_found()
        chunk = posts[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
        main = []
        if page == 1:
            main.append('<div class="banner"><ul class="slides">')
            for cid, tracking in C.BANNER:
                p = BY_CID[cid]
                main.append(
                    f'<li><a href="{permalink(cid)}{tracking}"><img src="{ORIGIN}/usr/uploads/banner/banner-{cid}.png" alt="{esc(p["title"])}">'
                    f'<span class="banner-title">{esc(p["title"])}</span></a></li>'
                )
            main.append("</ul></div>")
            main.append('<div class="quick-entry"><a href="' + cat_url("rent") + '">找厂房出租</a> <a href="'
                        + cat_url("sale") + '">买产权厂房</a> <a href="' + cat_url("warehouse")
                        + '">租仓库</a> <a href="' + ORIGIN + '/fangyuan.html">按条件筛选房源</a></div>')
        main.append('<h2 class="section-title">最新发布</h2>')
        main.append(list_items(chunk))
        main.append(page_nav(len(posts), page, lambda i: f"{ORIGIN}/page/{i}/"))
        title = "" if page == 1 else f"第{page}页"
        body = layout(title, "\n".join(main), current="home" if page == 1 else "")
        return self._html(body, {"kind": "home" if page == 1 else "list"})

    def _archive(self, heading: str, posts, page: int, url_of, info: dict, *, current: str = "",
                 cal=None, feeds=None, desc: str = "", allow_empty: bool = False):
        pages = max(1, (len(posts) + PAGE_SIZE - 1) // PAGE_SIZE)
        if page < 1 or page > pages:
            return self._not_found()
        chunk = posts[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
        main = [f'<h3 class="archive-title">{esc(heading)}</h3>']
        if desc:
            main.append(f'<p class="archive-desc">{esc(desc)}</p>')
        if chunk:
            main.append(list_items(chunk))
        else:
            main.append('<article class="post"><h2 class="post-title">没有找到内容</h2></article>')
        main.append(page_nav(len(posts), page, url_of))
        title = heading + (f" - 第{page}页" if page > 1 else "")
        body = layout(title, "\n".join(main), current=current, cal=cal, feeds=feeds)
        return self._html(body, info)

    def _category(self, slug: str, page: int):
        cat = CATS.get(slug)
        if not cat:
            return self._not_found()
        posts = sorted([p for p in POSTS if p["cat"] == slug], key=lambda p: p["date"], reverse=True)
        return self._archive(f"分类 {cat['name']} 下的文章", posts, page, lambda i: cat_url(slug, i),
                             {"kind": "category"}, current=slug, feeds=head_feeds("category", slug), desc=cat["desc"])

    def _tag(self, tag: str, page: int):
        posts = sorted([p for p in POSTS if tag in p["tags"]], key=lambda p: p["date"], reverse=True)
        if not posts:
            return self._not_found()
        return self._archive(f"标签 {tag} 下的文章", posts, page, lambda i: tag_url(tag, i), {"kind": "tag"})

    def _author(self, uid: int, page: int):
        u = C.USERS.get(uid)
        if not u:
            return self._not_found()
        posts = sorted([p for p in POSTS if p["author"] == uid], key=lambda p: p["date"], reverse=True)
        return self._archive(f"{u['name']} 发布的文章", posts, page, lambda i: author_url(uid, i),
                             {"kind": "author"}, desc=u["bio"])

    def _search(self, kw: str, page: int):
        kw = kw.strip()
        posts = sorted([p for p in POSTS if kw and (kw in p["title"] or kw in post_text(p))],
                       key=lambda p: p["date"], reverse=True)
        if not posts and page == 1:
            return self._archive(f"包含关键字 {kw} 的文章", [], 1, lambda i: search_url(kw, i), {"kind": "search"})
        return self._archive(f"包含关键字 {kw} 的文章", posts, page, lambda i: search_url(kw, i), {"kind": "search"})

    def _date_archive(self, y: int, m: int, d: int, page: int):
        if not (1970 <= y <= 2099) or m > 12 or (m == 0 and d):
            return self._not_found()
        if d and d > calendar.monthrange(y, m)[1]:
            return self._not_found()
        if m == 0:
            sel = [p for p in POSTS if ymd(p)[0] == y]
            label = f"{y}年"
            url_of = lambda i: f"{ORIGIN}/{y}/" + (f"page/{i}/" if i > 1 else "")
            cal = TODAY[:2]
        elif d == 0:
            sel = [p for p in POSTS if ymd(p)[:2] == (y, m)]
            label = f"{y}年{m}月"
            url_of = lambda i: month_url(y, m) + (f"page/{i}/" if i > 1 else "")
            cal = (y, m)
        else:
            sel = [p for p in POSTS if ymd(p) == (y, m, d)]
            label = f"{y}年{m}月{d}日"
            url_of = lambda i: day_url(y, m, d) + (f"page/{i}/" if i > 1 else "")
            cal = (y, m)
        sel.sort(key=lambda p: p["date"], reverse=True)
        kind = "archive" if sel else "calendar"
        return self._archive(f"在 {label} 发布的文章", sel, page, url_of, {"kind": kind, "empty": not sel}, cal=cal)

    # ---- a post
    def _post_page(self, cid: int, cpage: int, params: dict, parts):
        p = BY_CID.get(cid)
        if not p:
            return self._not_found()
        info = {"kind": {"article": "article", "listing": "factory-listing", "job": "job"}[p["kind"]], "cid": cid}
        if params.get("print"):
            return self._html(self._print_view(p), dict(info, variant="print"))
        npages = comment_pages(p)
        if cpage and (cpage > npages or not p["comments"]):
            return self._not_found()
        cpage = cpage or 1
        reply_to = None
        if params.get("replyTo", "").isdigit():
            rt = int(params["replyTo"])
            if any(c["coid"] == rt for c in p["comments"]):
                reply_to = rt
        # Typecho builds the reply links from the URL as requested (scheme, host, path and query).
        req_params = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "replyTo"]
        req_base = f"{parts.scheme}://{parts.netloc}{parts.path}"

        def reply_href(coid: int) -> str:
            return req_base + "?" + urlencode(req_params + [("replyTo", str(coid))]) + f"#respond-post-{cid}"

        cancel_href = req_base + (("?" + urlencode(req_params)) if req_params else "") + f"#respond-post-{cid}"
        body = self._post_html(p, cpage, reply_to, reply_href, cancel_href)
        return self._html(body, info, extra={"X-Pingback": f"{ORIGIN}/action/xmlrpc"})

    def _respond_form(self, p, reply_to, cancel_href) -> str:
        cid = p["cid"]
        style = "" if reply_to else ' style="display:none"'
        return (
            f'<div id="respond-post-{cid}" class="respond">'
            f'<div class="cancel-comment-reply"><a id="cancel-comment-reply-link" href="{esc(cancel_href)}" rel="nofollow"{style} '
            f"onclick=\"return TypechoComment.cancelReply();\">取消回复</a></div>"
            '<h3 id="response">添加新评论</h3>'
            f'<form method="post" action="{permalink(cid)}comment" id="comment-form" role="form">'
            '<p><label for="author" class="required">称呼</label> <input type="text" name="author" id="author" class="text" value="" required /></p>'
            '<p><label for="mail" class="required">Email</label> <input type="email" name="mail" id="mail" class="text" value="" required /></p>'
            '<p><label for="url">网站</label> <input type="url" name="url" id="url" class="text" placeholder="http://" value="" /></p>'
            '<p><label for="textarea" class="required">内容</label> <textarea rows="6" cols="50" name="text" id="textarea" class="textarea" required></textarea></p>'
            '<p><button type="submit" class="submit">提交评论</button></p>'
            "</form></div>"
        )

    def _comments_html(self, p, cpage: int, reply_to, reply_href, cancel_href) -> str:
        cid = p["cid"]
        tops, kids = threads(p)
        n = comment_count(p)
        out = ['<div id="comments">']
        form_done = False

        def one(c, depth: int) -> str:
            nonlocal form_done
            cls = "comment-body comment-parent" if depth == 0 else "comment-body comment-child"
            if c.get("staff"):
                cls += " comment-by-author"
            author = esc(c["author"])
            badge = ' <span class="comment-badge">作者</span>' if c.get("staff") else ""
            s = [
                f'<li id="comment-{c["coid"]}" class="{cls}">',
                '<div class="comment-author" itemprop="creator">'
                f'<img class="avatar" src="https://cravatar.cn/avatar/{c["coid"]:032x}?s=40&amp;r=G&amp;d=mm" alt="{author}" width="40" height="40" />'
                f'<cite class="fn" itemprop="name">{author}</cite>{badge}</div>',
                f'<div class="comment-meta"><a href="{comment_link(p, c["coid"])}"><time itemprop="commentTime" datetime="{iso(c["date"])}">{c["date"]}</time></a></div>',
                f'<div class="comment-content" itemprop="commentText"><p>{esc(c["text"])}</p></div>',
                f'<div class="comment-reply"><a href="{esc(reply_href(c["coid"]))}" rel="nofollow" '
                f"onclick=\"return TypechoComment.reply('comment-{c['coid']}', {c['coid']});\">回复</a></div>",
            ]
            if reply_to == c["coid"]:
                s.append(self._respond_form(p, reply_to, cancel_href))
                form_done = True
            if c["coid"] in kids:
                s.append('<div class="comment-children"><ol class="comment-list">')
                for k in kids[c["coid"]]:
                    s.append(one(k, depth + 1))
                s.append("</ol></div>")
            s.append("</li>")
            return "".join(s)

        if n:
            out.append(f'<h3 class="comment-num">已有 {n} 条评论</h3>')
            out.append('<ol class="comment-list">')
            for c in tops[(cpage - 1) * COMMENT_PAGE_SIZE: cpage * COMMENT_PAGE_SIZE]:
                out.append(one(c, 0))
            out.append("</ol>")
            npages = comment_pages(p)
            if npages > 1:
                nav = ['<ol class="page-navigator">']
                if cpage > 1:
                    nav.append(f'<li class="prev"><a href="{permalink(cid)}comment-page-{cpage - 1}#comments">&laquo; 前一页</a></li>')
                for i in range(1, npages + 1):
                    cls = ' class="current"' if i == cpage else ""
                    nav.append(f'<li{cls}><a href="{permalink(cid)}comment-page-{i}#comments">{i}</a></li>')
                if cpage < npages:
                    nav.append(f'<li class="next"><a href="{permalink(cid)}comment-page-{cpage + 1}#comments">后一页 &raquo;</a></li>')
                nav.append("</ol>")
                out.append("".join(nav))
        else:
            out.append('<h3 class="comment-num">暂无评论</h3>')
        if not form_done:
            out.append(self._respond_form(p, None, cancel_href))
        out.append("</div>")
        return "\n".join(out)

    def _post_html(self, p, cpage, reply_to, reply_href, cancel_href) -> str:
        cid = p["cid"]
        link = permalink(cid)
        cat = CATS[p["cat"]]
        u = C.USERS[p["author"]]
        older = [q for q in POSTS if q["date"] < p["date"]]
        newer = [q for q in POSTS if q["date"] > p["date"]]
        prev_html = (f'上一篇：<a href="{permalink(older[-1]["cid"])}" title="{esc(older[-1]["title"])}">{esc(older[-1]["title"])}</a>'
                     if older else "上一篇：没有了")
        next_html = (f'下一篇：<a href="{permalink(newer[0]["cid"])}" title="{esc(newer[0]["title"])}">{esc(newer[0]["title"])}</a>'
                     if newer else "下一篇：没有了")
        if p["kind"] == "listing":
            notice = "温馨提示：房源信息以实地查看为准，鼎信厂房网为租客提供免费带看服务，不收取任何费用。"
        elif p["source"]:
            notice = (f"免责声明：本文转载自{p['source']}，仅代表原作者观点，版权归原作者所有。"
                      "如涉及作品内容、版权等问题，请联系我们删除。")
        else:
            notice = f'版权声明：本文为鼎信厂房网原创，转载请注明出处。本文链接：<a href="{link}">{link}</a>'
        share_url = quote(link, safe="")
        share_title = quote(p["title"], safe="")
        agent_name, agent_phone = SITE["agents"][0]
        rel = related(p)
        main = [
            f'<div class="breadcrumb">当前位置：<a href="{ORIGIN}/">首页</a> &raquo; <a href="{cat_url(cat["slug"])}">{cat["name"]}</a> &raquo; 正文</div>',
            '<article class="post" itemscope itemtype="http://schema.org/BlogPosting">',
            f'<h1 class="post-title" itemprop="name headline">{esc(p["title"])}</h1>',
            '<ul class="post-meta">'
            f'<li itemprop="author" itemscope itemtype="http://schema.org/Person">作者：<a itemprop="name" href="{author_url(p["author"])}" rel="author">{esc(u["name"])}</a></li>'
            f'<li>时间：<time datetime="{iso(p["date"])}" itemprop="datePublished">{p["date"]}</time></li>'
            f'<li>分类：<a href="{cat_url(cat["slug"])}">{cat["name"]}</a></li>'
            f'<li>阅读：{p["views"]}</li>'
            f'<li><a href="{link}#comments">评论：{comment_count(p)}</a></li>'
            "</ul>",
            f'<div class="post-content" itemprop="articleBody">\n{render_blocks(p["blocks"])}\n</div>',
            '<p class="tags">标签：' + ", ".join(f'<a href="{tag_url(t)}">{esc(t)}</a>' for t in p["tags"]) + "</p>",
            f'<div class="post-notice">{notice}</div>',
            '<div class="post-tools">'
            f'<a class="btn-like" href="{ORIGIN}/action/like?cid={cid}" rel="nofollow">赞 ({p["likes"]})</a> '
            f'<a class="btn-print" href="{link}?print=1" target="_blank">打印本文</a>'
            "</div>",
            '<div class="share-bar">分享到：'
            f'<a href="http://service.weibo.com/share/share.php?url={share_url}&amp;title={share_title}" target="_blank" rel="nofollow">新浪微博</a> '
            f'<a href="https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url={share_url}&amp;title={share_title}" target="_blank" rel="nofollow">QQ空间</a> '
            '<a href="javascript:;" class="share-wx">微信</a>'
            f'<div class="share-wx-qr"><img src="{ORIGIN}{THEME}/img/share-qr.png" alt="分享二维码" width="100"><p>打开微信“扫一扫”，即可分享到朋友圈</p></div>'
            "</div>",
            '<div class="agent-box">'
            f'<img src="{ORIGIN}{THEME}/img/agent-chen.png" alt="{agent_name}" width="64">'
            f'<p class="agent-title">置业顾问：{agent_name}</p>'
            f'<p class="agent-phone">电话：{agent_phone}（微信同号）</p>'
            "<p>找厂房、租仓库、买土地，一个电话全搞定！鼎信厂房网为您免费匹配房源。</p>"
            "</div>",
            "</article>",
            f'<ul class="post-near"><li>{prev_html}</li><li>{next_html}</li></ul>',
            '<div class="related-posts"><h3>相关推荐</h3><ul>'
            + "".join(f'<li><a href="{permalink(q["cid"])}">{esc(q["title"])}</a> <span class="date">{list_date(q)}</span></li>' for q in rel)
            + "</ul></div>",
            self._comments_html(p, cpage, reply_to, reply_href, cancel_href),
        ]
        return layout(p["title"], "\n".join(main), current=p["cat"], canonical=link,
                      description=excerpt(p, 120), keywords=",".join(p["tags"]),
                      feeds=head_feeds("post", str(cid)), body_class="single")

    def _print_view(self, p) -> str:
        link = permalink(p["cid"])
        u = C.USERS[p["author"]]
        return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>{esc(p["title"])} - {SITE['name']}</title>
<meta name="robots" content="noindex,follow">
<link rel="canonical" href="{link}" />
<link rel="stylesheet" href="{ORIGIN}{THEME}/css/print.css">
</head>
<body class="print-view">
<div class="print-head">{SITE['name']} www.dingxincf.com</div>
<h1>{esc(p["title"])}</h1>
<p class="print-meta">作者：{esc(u["name"])} &nbsp; 时间：{p["date"]} &nbsp; 分类：{CATS[p["cat"]]["name"]}</p>
<div class="print-content">
{render_blocks(p["blocks"])}
</div>
<p class="print-url">本文地址：{link}</p>
<p class="print-tools"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></p>
</body>
</html>
"""

    # ---- independent pages
    def _page(self, slug: str, params: dict):
        pg = PAGES[slug]
        info = {"kind": pg["kind"]}
        main = [f'<article class="post page"><h1 class="post-title">{esc(pg["title"])}</h1><div class="post-content">']
        if slug == "fangyuan":
            if params:
                info["variant"] = "filtered"
            main.append(self._fangyuan(params))
        elif slug == "download":
            main.append("<p>以下资料供企业选址和办理手续参考，可免费下载。如链接失效，请联系客服索取。</p><ul class=\"download-list\">")
            for name, path, size in C.DOWNLOADS:
                main.append(f'<li><a href="{ORIGIN}{path}">{esc(name)}</a> <span class="size">（{size}）</span></li>')
            main.append("</ul>")
        elif slug == "links":
            main.append(render_blocks(pg["blocks"]))
            main.append('<ul class="flinks">' + "".join(
                f'<li><a href="{u}" target="_blank">{esc(n)}</a></li>' for n, u in C.FRIEND_LINKS) + "</ul>")
        elif slug == "archives":
            for y, m, n in months_with_posts():
                main.append(f'<h3><a href="{month_url(y, m)}">{y}年{m}月</a>（{n}篇）</h3><ul>')
                for p in sorted((p for p in POSTS if ymd(p)[:2] == (y, m)), key=lambda p: p["date"], reverse=True):
                    main.append(f'<li>{p["date"][5:10]}：<a href="{permalink(p["cid"])}">{esc(p["title"])}</a></li>')
                main.append("</ul>")
        else:
            main.append(render_blocks(pg["blocks"]))
        main.append("</div></article>")
        current = slug if slug in ("fangyuan", "download", "about", "contact") else ""
        body = layout(pg["title"], "\n".join(main), current=current, canonical=f"{ORIGIN}/{slug}.html")
        return self._html(body, info)

    def _fangyuan(self, params: dict) -> str:
        regions = [("", "不限")] + list(C.REGIONS)
        types = [("", "不限"), ("rent", "厂房出租"), ("sale", "厂房出售"), ("warehouse", "仓库")]
        areas = [("", "不限"), ("0-1000", "1000㎡以下"), ("1000-3000", "1000-3000㎡"),
                 ("3000-5000", "3000-5000㎡"), ("5000-", "5000㎡以上")]
        sorts = [("", "默认"), ("area", "面积"), ("views", "人气")]
        facets = [("region", "区域", regions), ("type", "类型", types), ("area", "面积", areas), ("sort", "排序", sorts)]
        cur = {}
        for key, _, opts in facets:
            v = params.get(key, "")
            cur[key] = v if v in {o[0] for o in opts} else ""

        def url_with(key, val) -> str:
            q = dict(cur, **{key: val})
            pairs = [(k, q[k]) for k, _, _ in facets if q[k]]
            return ORIGIN + "/fangyuan.html" + (("?" + urlencode(pairs)) if pairs else "")

        out = ['<div class="filter-box">']
        for key, label, opts in facets:
            links = []
            for val, name in opts:
                cls = ' class="on"' if cur[key] == val else ""
                links.append(f'<a{cls} href="{esc(url_with(key, val))}">{esc(name)}</a>')
            out.append(f"<dl><dt>{label}：</dt><dd>{' '.join(links)}</dd></dl>")
        out.append("</div>")
        sel = [p for p in POSTS if p["kind"] == "listing"]
        if cur["region"]:
            sel = [p for p in sel if p["listing"]["region"] == cur["region"]]
        if cur["type"] == "warehouse":
            sel = [p for p in sel if p["listing"]["warehouse"]]
        elif cur["type"]:
            sel = [p for p in sel if not p["listing"]["warehouse"] and p["listing"]["deal"] == cur["type"]]
        if cur["area"]:
            lo, hi = cur["area"].split("-")
            sel = [p for p in sel if p["listing"]["area"] >= int(lo) and (not hi or p["listing"]["area"] < int(hi))]
        if cur["sort"] == "area":
            sel.sort(key=lambda p: -p["listing"]["area"])
        elif cur["sort"] == "views":
            sel.sort(key=lambda p: -p["views"])
        else:
            sel.sort(key=lambda p: p["date"], reverse=True)
        region_names = dict(C.REGIONS)
        out.append(f'<p class="filter-count">共找到 {len(sel)} 条房源</p><ul class="listing-list">')
        for p in sel:
            li = p["listing"]
            out.append(f'<li><a href="{permalink(p["cid"])}">{esc(p["title"])}</a> '
                       f'<span>{region_names[li["region"]]}</span> <span>{li["area"]}㎡</span> <span>{list_date(p)}</span></li>')
        out.append("</ul>")
        if not sel:
            out.append("<p>暂无符合条件的房源，请致电 400-862-3517 由顾问为您查找。</p>")
        return "\n".join(out)

    # ---- machine files
    def _robots(self):
        text = (
            "User-agent: *\n"
            "Disallow: /admin/\n"
            "Disallow: /action/\n"
            "Disallow: /search/\n"
            "Disallow: /index.php/search/\n"
            "Disallow: /index.php/action/\n"
            "Disallow: /var/\n"
            "Disallow: /usr/plugins/\n"
            "Disallow: /install.php\n"
            "Disallow: /config.inc.php\n"
            "\n"
            f"Sitemap: {ORIGIN}/sitemap.xml\n"
        )
        return self._plain(200, text, kind="robots")

    def _sitemap(self):
        urls = [(ORIGIN + "/", "2025-11-06", "daily", "1.0")]
        for c in C.CATEGORIES:
            if c["slug"] != "default":
                urls.append((cat_url(c["slug"]), "2025-11-06", "daily", "0.8"))
        for slug in ("about", "contact", "download", "fangyuan"):
            urls.append((f"{ORIGIN}/{slug}.html", "2024-06-01", "monthly", "0.5"))
        entries = [(p["date"][:10], p["cid"]) for p in POSTS if p["date"][:10] <= C.SITEMAP_BUILT]
        entries.append(("2025-03-28", 58))  # deleted since, sitemap not regenerated
        for d, cid in sorted(entries, reverse=True):
            urls.append((permalink(cid), d, "monthly", "0.6"))
        body = ['<?xml version="1.0" encoding="UTF-8"?>',
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
        for loc, lastmod, freq, prio in urls:
            body.append(f"<url><loc>{loc}</loc><lastmod>{lastmod}</lastmod><changefreq>{freq}</changefreq><priority>{prio}</priority></url>")
        body.append("</urlset>\n")
        return self._plain(200, "\n".join(body), "application/xml; charset=UTF-8", kind="sitemap")

    def _feed(self, flavour: str, sub: str):
        title = SITE["name"]
        link = ORIGIN + "/"
        items = []  # (title, link, date, creator, html, category)
        is_comments = False
        only_cid = None
        if sub in ("", "/"):
            posts = sorted(POSTS, key=lambda p: p["date"], reverse=True)[:10]
        elif sub == "comments/":
            is_comments = True
            title += " - 最新评论"
        else:
            m = re.fullmatch(r"archives/(\d+)/", sub)
            m2 = re.fullmatch(r"category/([^/]+)/", sub)
            if m and int(m.group(1)) in BY_CID:
                is_comments = True
                post = BY_CID[int(m.group(1))]
                only_cid = post["cid"]
                title += " - " + post["title"] + " 的评论"
                link = permalink(post["cid"])
            elif m2 and m2.group(1) in CATS:
                posts = sorted([p for p in POSTS if p["cat"] == m2.group(1)], key=lambda p: p["date"], reverse=True)[:10]
                title += " - " + CATS[m2.group(1)]["name"]
                link = cat_url(m2.group(1))
            else:
                return self._not_found()
        if is_comments:
            pool = []
            for p in POSTS:
                if only_cid is not None and p["cid"] != only_cid:
                    continue
                for c in p["comments"]:
                    pool.append((c["date"], p, c))
            pool.sort(key=lambda x: x[0], reverse=True)
            for d, p, c in pool[:10]:
                items.append((f"{c['author']} 对 {p['title']} 的评论", comment_link(p, c["coid"]), c["date"],
                              c["author"], f"<p>{esc(c['text'])}</p>", CATS[p["cat"]]["name"]))
        else:
            for p in posts:
                items.append((p["title"], permalink(p["cid"]), p["date"], C.USERS[p["author"]]["name"],
                              render_blocks(p["blocks"]), CATS[p["cat"]]["name"]))
        self_url = ORIGIN + "/feed/" + ("" if flavour == "rss2" else flavour + "/") + sub
        last = items[0][2] if items else "2025-11-13 10:30"
        if flavour == "atom":
            out = ['<?xml version="1.0" encoding="UTF-8"?>',
                   '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
                   f"<id>{esc(self_url)}</id>", f"<title>{esc(title)}</title>",
                   f'<link rel="alternate" type="text/html" href="{esc(link)}" />',
                   f'<link rel="self" type="application/atom+xml" href="{esc(self_url)}" />',
                   f"<updated>{iso(last)}</updated>",
                   '<generator uri="http://typecho.org/" version="1.2.1">Typecho</generator>']
            for t, l, d, a, h, cat in items:
                out.append(f'<entry><title type="text">{esc(t)}</title><link rel="alternate" type="text/html" href="{esc(l)}" />'
                           f"<id>{esc(l)}</id><updated>{iso(d)}</updated><published>{iso(d)}</published>"
                           f"<author><name>{esc(a)}</name></author><category term=\"{esc(cat)}\" />"
                           f'<content type="html" xml:base="{esc(l)}" xml:lang="zh-CN"><![CDATA[{h}]]></content></entry>')
            out.append("</feed>\n")
            return self._plain(200, "\n".join(out), "application/atom+xml; charset=UTF-8", kind="feed")
        if flavour == "rss":
            out = ['<?xml version="1.0" encoding="UTF-8"?>',
                   '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
                   f'<channel rdf:about="{esc(self_url)}"><title>{esc(title)}</title><link>{esc(link)}</link>'
                   f"<description>{esc(SITE['description'])}</description><items><rdf:Seq>"
                   + "".join(f'<rdf:li resource="{esc(l)}"/>' for _, l, _, _, _, _ in items)
                   + "</rdf:Seq></items></channel>"]
            for t, l, d, a, h, cat in items:
                out.append(f'<item rdf:about="{esc(l)}"><title>{esc(t)}</title><link>{esc(l)}</link>'
                           f"<dc:date>{iso(d)}</dc:date><dc:creator>{esc(a)}</dc:creator>"
                           f"<description>{esc(strip_tags(h)[:120])}</description></item>")
            out.append("</rdf:RDF>\n")
            return self._plain(200, "\n".join(out), "application/rdf+xml; charset=UTF-8", kind="feed")
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
               'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/" '
               'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:wfw="http://wellformedweb.org/CommentAPI/">',
               "<channel>", f"<title>{esc(title)}</title>", f"<link>{esc(link)}</link>",
               f'<atom:link href="{esc(self_url)}" rel="self" type="application/rss+xml" />',
               "<language>zh-CN</language>", f"<description>{esc(SITE['description'])}</description>",
               f"<lastBuildDate>{rfc822(last)}</lastBuildDate>", f"<pubDate>{rfc822(last)}</pubDate>"]
        for t, l, d, a, h, cat in items:
            out.append(f"<item><title>{esc(t)}</title><link>{esc(l)}</link><guid>{esc(l)}</guid>"
                       f"<pubDate>{rfc822(d)}</pubDate><dc:creator>{esc(a)}</dc:creator><category>{esc(cat)}</category>"
                       f"<description><![CDATA[{strip_tags(h)[:120]}...]]></description>"
                       f'<content:encoded xml:lang="zh-CN"><![CDATA[{h}]]></content:encoded></item>')
        out.append("</channel></rss>\n")
        return self._plain(200, "\n".join(out), "application/rss+xml; charset=UTF-8", kind="feed")

    # ---- forbidden areas and files
    def _admin(self, path: str, query: str):
        if path in ("/admin", "/admin/", "/admin/index.php"):
            return self._redirect(f"{ORIGIN}/admin/login.php?referer={quote(ORIGIN + '/admin/', safe='')}", 302)
        if path == "/admin/login.php":
            body = (
                '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="UTF-8"><title>登录到鼎信厂房网 - 鼎信厂房网 - Powered by Typecho</title>'
                '<meta name="robots" content="noindex, nofollow"></head><body class="body-100"><div class="typecho-login-wrap"><div class="typecho-login">'
                '<h1><a href="http://typecho.org" class="i-logo">Typecho</a></h1>'
                f'<form action="{ORIGIN}/index.php/action/login" method="post" name="login" role="form">'
                '<p><label for="name" class="sr-only">用户名</label><input type="text" id="name" name="name" placeholder="用户名" class="text-l w-100" autofocus /></p>'
                '<p><label for="password" class="sr-only">密码</label><input type="password" id="password" name="password" class="text-l w-100" placeholder="密码" /></p>'
                '<p class="submit"><button type="submit" class="btn btn-l w-100 primary">登录</button></p>'
                '<p><label for="remember"><input type="checkbox" name="remember" class="checkbox" value="1" id="remember" /> 下次自动登录</label></p>'
                f'</form><p class="more-link"><a href="{ORIGIN}/">返回首页</a></p></div></div></body></html>'
            )
            return self._html(body, {"kind": "login"}, extra={"Cache-Control": "no-cache"})
        return self._not_found()

    def _action(self, path: str, params: dict):
        if path == "/action/like" and params.get("cid", "").isdigit() and int(params["cid"]) in BY_CID:
            likes = BY_CID[int(params["cid"])]["likes"] + 1
            return self._plain(200, '{"status":1,"likes":%d}' % likes, "application/json; charset=UTF-8", kind="action")
        if path == "/action/xmlrpc":
            return self._plain(200, "XML-RPC server accepts POST requests only.", kind="action")
        return self._plain(403, "Forbidden", kind="action")

    def _static(self, path: str):
        if path in C.FILES and path not in C.MISSING_FILES:
            data = b"%PDF-1.4\n% dingxincf attachment placeholder\n" if path.endswith(".pdf") else b"PK\x03\x04placeholder"
            h = self._headers(C.FILES[path], {"Accept-Ranges": "bytes", "Last-Modified": "Wed, 12 Feb 2025 02:00:00 GMT"})
            return Response(200, h, data), {"status": 200, "kind": "attachment"}
        if re.fullmatch(r"/usr/(uploads|themes/dxhouse/img)/[\w/.-]+\.png", path):
            return Response(200, self._headers("image/png", {"Accept-Ranges": "bytes"}), self._png), {"status": 200, "kind": "image"}
        if path == THEME + "/css/style.css" or path == THEME + "/css/print.css":
            css = "body{font:14px/1.8 'Microsoft YaHei',sans-serif;color:#333}.container{width:1200px;margin:0 auto}\n"
            return self._plain(200, css, "text/css; charset=UTF-8", kind="static")
        if path == THEME + "/js/main.js":
            js = "var TypechoComment={reply:function(){return true},cancelReply:function(){return true}};\n"
            return self._plain(200, js, "application/javascript; charset=UTF-8", kind="static")
        return self._not_found()


def emulator() -> TypechoAgentSite:
    return TypechoAgentSite()
