"""The tpure theme's markup, as pure functions of already-selected data.

The templates are transcribed from the reference pages (tests/fixtures/site-reference/pages), down to
their whitespace, so that the fidelity test can compare them strictly. ``site.py`` decides *what* to show
(which posts, which page, the clock); this module only decides *how* it looks.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from urllib.parse import quote

from parkcrawler.testsite.corpus import Category, Corpus, Post

SITE = "http://www.shcfck.com/"
SITE_NAME = "中国产业园区招商网"
SUBTITLE = "上海厂房出租_产业园区招商_工业用地"
CST = timezone(timedelta(hours=8))
LAZY = SITE + "zb_users/theme/tpure/style/images/lazyload.png"
EXCERPT_CHARS = 180  # tpure's list/related excerpt length
DESCRIPTION_CHARS = 120  # Z-BlogPHP's meta description length
NEW_ARTICLES = 8  # sidebar 最新文章
HOT_TAGS = 20  # sidebar 热门标签
HOT_SEARCHES = ["厂房出租", "松江", "仓库", "生物医药", "工业用地"]


def esc(text: str) -> str:
    return html.escape(text, quote=True)


# --- URLs -----------------------------------------------------------------------------------------


def post_url(pid: int) -> str:
    return f"{SITE}index.php/post/{pid}.html"


def paged(stem: str, page: int) -> str:
    """Z-BlogPHP's index.php-mode list URLs: page 1 has no ``_1`` suffix."""
    return f"{SITE}index.php/{stem}.html" if page == 1 else f"{SITE}index.php/{stem}_{page}.html"


def home_url(page: int = 1) -> str:
    return SITE if page == 1 else f"{SITE}index.php/page_{page}.html"


def category_url(cid: int, page: int = 1) -> str:
    return paged(f"category-{cid}", page)


def tag_url(tid: int, page: int = 1) -> str:
    return paged(f"tags-{tid}", page)


def author_url(aid: int, page: int = 1) -> str:
    return paged(f"author-{aid}", page)


def date_url(year: int, month: int, page: int = 1) -> str:
    return paged(f"date-{year}-{month}", page)


# --- derived post fields --------------------------------------------------------------------------

TAG_RE = re.compile(r"<[^>]+>")
THUMB_RE = re.compile(r'data-original="([^"]+)"')


def plain_text(content: str) -> str:
    return html.unescape(TAG_RE.sub("", content))


def theme_excerpt(content: str) -> str:
    """tpure's excerpt: raw content text, boilerplate included, ASCII whitespace runs made one space.

    The U+3000 indents are not ASCII whitespace, so they stay.
    """
    text = re.sub(r"[ \t\r\n\f\v]+", " ", plain_text(content)).strip(" ")
    return text[:EXCERPT_CHARS] + "..."


def excerpt(post: Post) -> str:
    return post.excerpt or theme_excerpt(post.content)


def meta_description(post: Post) -> str:
    return re.sub(r"\s+", "", plain_text(post.content))[:DESCRIPTION_CHARS]


def thumbnail(post: Post) -> str | None:
    """The post's first image. The site's contact block (div.zsbox and its QR code after it) is
    appended to every post by the site, and the theme never picks its images as thumbnails."""
    own = post.content.split('<div class="zsbox"', 1)[0]
    found = THUMB_RE.search(own)
    return found.group(1) if found else None


def related_image(post: Post) -> str:
    """Related posts without an image get one of the theme's ten stock thumbnails, by post id."""
    return thumbnail(post) or f"{SITE}zb_users/theme/tpure/include/thumb/{post.id % 10 + 1}.jpg"


# --- tpure_TimeAgo --------------------------------------------------------------------------------

# (unit in seconds, suffix, date shown after it). The theme's year is 12 x 30 days.
TIME_UNITS = [
    (360 * 86400, "年前", "%Y-%m-%d"),
    (30 * 86400, "个月前", "%m-%d"),
    (7 * 86400, "周前", "%m-%d"),
    (86400, "天前", None),
    (3600, "小时前", None),
    (60, "分钟前", None),
    (1, "秒前", None),
]


def time_ago(now: datetime, when: datetime) -> str:
    """Inner HTML of span.date: N = elapsed / unit rounded half up (not Python's half-even round)."""
    seconds = int((now - when).total_seconds())
    for unit, suffix, date_format in TIME_UNITS:
        if seconds >= unit:
            n = (2 * seconds + unit) // (2 * unit)
            shown = (
                f'<span class="datetime"> ({when.astimezone(CST):{date_format}})</span>'
                if date_format
                else ""
            )
            return f"{n}{suffix}{shown}"
    return "刚刚"


# --- page frame -----------------------------------------------------------------------------------


def head(title: str, body_class: str, keywords: str = "", description: str = "", canonical: str = "") -> str:
    canonical_link = f'<link rel="canonical" href="{canonical}" />\n' if canonical else ""
    return (
        "<!DOCTYPE html>\n"
        '<html xml:lang="zh-Hans" lang="zh-Hans">\n'
        "<head>\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
        '<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0,'
        ' user-scalable=0" />\n'
        '<meta name="renderer" content="webkit" />\n'
        '<meta name="theme" content="拓源主题,toyean.com" />\n'
        f"<title>{esc(title)}</title>\n"
        f'<meta name="keywords" content="{esc(keywords)}" />\n'
        f'<meta name="description" content="{esc(description)}" />\n'
        '<meta name="generator" content="Z-BlogPHP 1.7.x" />\n'
        f'<link rel="stylesheet" href="{SITE}zb_users/theme/tpure/style/style.css?v=5.0.2" type="text/css"'
        ' media="all" />\n'
        f'<script src="{SITE}zb_system/script/jquery-latest.min.js"></script>\n'
        f'<script src="{SITE}zb_users/theme/tpure/script/common.js?v=5.0.2"></script>\n'
        "<script>window.tpure={qr:true,qrsize:70,ajaxpager:true,lazyload:true,lazyline:true,"
        "version:'5.0.2'}</script>\n"
        f"{canonical_link}"
        "</head>\n"
        f'<body class="{body_class}">\n'
    )


def nav_item(category: Category, children: str = "") -> str:
    url = category_url(category.id)
    name = esc(category.name)
    return f'<li class="navbar-item"><a href="{url}" title="{name}">{name}</a>{children}</li>'


def header(corpus: Corpus) -> str:
    items = [f'<li class="navbar-item"><a href="{SITE}" title="">首页</a></li>']
    for category in corpus.categories.values():
        if category.parent is not None:
            continue
        subs = [nav_item(c) for c in corpus.categories.values() if c.parent == category.id]
        items.append(nav_item(category, f'<ul class="subnav">{"".join(subs)}</ul>' if subs else ""))
    nav = "".join(f"                    {item}\n" for item in items)
    return (
        '<div class="wrapper">\n'
        '<div class="header">\n'
        '    <div class="wrap">\n'
        f'        <div class="logo"><a href="{SITE}"><img src="{SITE}zb_users/upload/2019/06/logo.png"'
        f' alt="{SUBTITLE}" /></a></div>\n'
        '        <div class="head">\n'
        '            <div class="menuico"><span></span><span></span><span></span></div>\n'
        '            <div class="menu">\n'
        "                <ul>\n"
        f"{nav}"
        "                </ul>\n"
        '                <div class="schico statefixed">\n'
        '                    <a href="javascript:;"></a>\n'
        '                    <div class="schfixed">\n'
        f'                        <form method="post" name="search"'
        f' action="{SITE}zb_system/cmd.php?act=search">\n'
        '                            <input type="text" name="q"'
        ' placeholder="请输入关键词" class="schinput">\n'
        '                            <button type="submit" class="btn"></button>\n'
        "                        </form>\n"
        "                    </div>\n"
        "                </div>\n"
        "            </div>\n"
        "        </div>\n"
        "    </div>\n"
        "</div>\n"
    )


def footer(year: int) -> str:
    return (
        '<div class="footer">\n'
        '    <div class="wrap">\n'
        f'        <h3>Copyright &copy; 2015-{year} <a href="{SITE}">{SITE_NAME}</a> 版权所有'
        f' <a href="{SITE}sitemap.xml">网站地图</a> <a href="{SITE}feed.php">RSS</a>'
        f' <a href="{SITE}zb_system/login.php" rel="nofollow">管理登录</a></h3>\n'
        "        <h4>Powered By"
        ' <a href="https://www.zblogcn.com/" rel="nofollow" target="_blank">Z-BlogPHP</a>.'
        ' Theme by <a href="https://www.toyean.com/" rel="nofollow" target="_blank">TOYEAN</a>.</h4>\n'
        "    </div>\n"
        "</div>\n"
        '<a class="backtotop" href="javascript:;"><i></i></a>\n'
        "</body>\n"
        "</html>\n"
    )


# --- sidebar --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SidebarData:
    newest: list[Post]  # NEW_ARTICLES newest posts
    tags: list[tuple[int, str, int]]  # (id, name, count), most used first
    months: list[tuple[int, int, int]]  # (year, month, count), newest first


def sidebar(data: SidebarData) -> str:
    newest = "".join(
        f'<li><a href="{post_url(p.id)}" title="{esc(p.title)}">{esc(p.title)}</a></li>' for p in data.newest
    )
    tags = "".join(
        f'<li><a title="{esc(name)}" href="{tag_url(tid)}">{esc(name)}'
        f'<span class="tag-count"> ({count})</span></a></li>'
        for tid, name, count in data.tags
    )
    months = "".join(
        f'<li><a title="{y}年{m}月" href="{date_url(y, m)}">{y}年{m}月 ({count})</a></li>'
        for y, m, count in data.months
    )
    searches = "".join(f'<a href="{SITE}search.php?q={quote(q)}">{q}</a>' for q in HOT_SEARCHES)
    return (
        '<div class="sidebar">\n'
        f'    <dl id="divNewArticle" class="sidebox"><dt class="sidetitle">最新文章</dt>'
        f"<dd><ul>{newest}</ul></dd></dl>\n"
        f'    <dl id="divTags" class="sidebox"><dt class="sidetitle">热门标签</dt>'
        f"<dd><ul>{tags}</ul></dd></dl>\n"
        f'    <dl id="divArchives" class="sidebox"><dt class="sidetitle">文章归档</dt>'
        f"<dd><ul>{months}</ul></dd></dl>\n"
        '    <dl id="divHotSearch" class="sidebox"><dt class="sidetitle">热门搜索</dt><dd>'
        f'<div class="schwords">{searches}</div></dd></dl>\n'
        "</div>\n"
    )


# --- lists ----------------------------------------------------------------------------------------


def list_item(post: Post, author: str, date_html: str) -> str:
    url = post_url(post.id)
    title = esc(post.title)
    top = '<em class="istop">置顶</em>' if post.sticky else ""
    thumb = thumbnail(post)
    image = (
        f'<div class="postimg"><a href="{url}"><img src="{LAZY}" data-original="{thumb}" class="lazyload"'
        f' alt="{title}" /></a></div>'
        if thumb
        else ""
    )
    return (
        '<div class="post item">\n'
        f'    <h2><a href="{url}">{title}</a>{top}</h2>\n'
        '    <div class="info">\n'
        f'        <span class="user"><a href="{author_url(post.author_id)}" rel="nofollow">'
        f"{esc(author)}</a></span>"
        f'<span class="date">{date_html}</span><span class="view">{post.views}</span>\n'
        "    </div>\n"
        f"    {image}\n"
        f'    <div class="intro{" isimg" if thumb else ""}">\n'
        f"        {esc(excerpt(post))}\n"
        "    </div>\n"
        "</div>\n"
    )


def pagebar(page: int, pages: int, url_of) -> str:
    """``url_of(n)`` gives page n's URL (query included, already HTML-escaped)."""
    if pages <= 1:
        return ""
    first = max(1, min(page - 4, pages - 9))
    lines = [f'<a href="{url_of(1)}" class="m">首页</a>']
    if page > 1:
        lines.append(f'<a href="{url_of(page - 1)}" class="m">上页</a>')
    for n in range(first, min(pages, first + 9) + 1):
        if n == page:
            lines.append(f'<span class="now-page">{n}</span>')
        elif n == page + 1:
            lines.append(f'<span class="next-page"><a href="{url_of(n)}">{n}</a></span>')
        else:
            lines.append(f'<a href="{url_of(n)}">{n}</a>')
    if page < pages:
        lines.append(f'<a href="{url_of(page + 1)}" class="m">下页</a>')
    lines.append(f'<a href="{url_of(pages)}" class="m">尾页</a>')
    return '<div class="pagebar">\n' + "\n".join(lines) + "\n</div>"


def home_main(items: str, bar: str, side: str) -> str:
    return (
        '<div class="main">\n'
        '    <div class="indexcon">\n'
        '        <div class="wrap">\n'
        '            <div id="sticky">\n'
        '                <div class="content listcon">\n'
        '                    <div class="block custom">\n'
        f"{items}"
        "                    </div>\n"
        f"{bar}\n"
        "                </div>\n"
        f"{side}\n"
        "            </div>\n"
        "        </div>\n"
        "    </div>\n"
        "</div>\n"
        "</div>\n"
    )


def list_main(crumb: str, above_items: str, items: str, bar: str, side: str) -> str:
    return (
        '<div class="main">\n'
        '    <div class="mask"></div>\n'
        '    <div class="wrap">\n'
        f'        <div class="sitemap">当前位置：<a href="{SITE}">首页</a>{crumb}\n'
        "        </div>\n"
        '        <div id="sticky">\n'
        '            <div class="content listcon">\n'
        '                <div class="block custom">\n'
        f"{above_items}{items}"
        "                </div>\n"
        f"{bar}\n"
        "            </div>\n"
        f"{side}\n"
        "        </div>\n"
        "    </div>\n"
        "</div>\n"
        "</div>\n"
    )


def category_crumb(chain: list[Category]) -> str:
    return "".join(
        f' &gt; <a href="{category_url(c.id)}" title="查看{esc(c.name)}中的全部文章">{esc(c.name)}</a>'
        for c in chain
    )


def name_crumb(name: str, page: int) -> str:
    return f"\n> {esc(name)}" + (f" 第{page}页" if page > 1 else "")


SORT_LABELS = [("newlist", "最新"), ("viewlist", "浏览"), ("cmtlist", "评论")]
ACTIVE = ' class="active"'


def filternav(category: Category, order: str, sort: int, intro: bool) -> str:
    url = category_url(category.id)
    active = order or "newlist"
    items = "".join(
        f'<li{ACTIVE if kind == active else ""} data-type="{kind}">'
        f'<a href="{url}?order={kind}&amp;sort=0" rel="nofollow">{label}<i class="down"></i></a></li>'
        for kind, label in SORT_LABELS
    )
    listintro = f'<div class="listintro">{esc(category.intro)}</div>\n' if intro else ""
    return (
        '<div class="filternav">\n'
        '<form id="filternav">\n'
        f"<h1>{esc(category.name)}</h1>\n"
        f'<ul class="filter">{items}</ul>\n'
        f'<input type="hidden" name="order" value="{order}">'
        f'<input type="hidden" name="sort" value="{sort}">\n'
        "</form>\n"
        "</div>\n"
        f"{listintro}"
    )


# --- article --------------------------------------------------------------------------------------

COPYRIGHT = (
    "<p>扫描二维码推送至手机访问。</p><p>版权声明：本文由<strong>中国产业园区招商网</strong>发布，如需转载请注明出处。"
    "部份内容收集于网络，如有不妥之处请联系我们删除 13391219793 仅微信</p>"
)
SHARE_ICONS = [("weibo", "微博"), ("qq", "QQ"), ("wechat", "微信"), ("qzone", "QQ空间")]


@dataclass(frozen=True)
class ArticleView:
    post: Post
    author: str
    chain: list[Category]  # top-level category first, the post's own category last
    tags: list[tuple[int, str]]
    date_html: str
    requested_url: str
    related: list[Post]


def article_main(view: ArticleView, side: str) -> str:
    post, chain = view.post, view.chain
    own = chain[-1]
    parents = "".join(f'<a href="{category_url(c.id)}">{esc(c.name)}</a> &gt; ' for c in chain[:-1])
    requested = esc(view.requested_url)
    share = "".join(
        f'<a href="javascript:;" class="share-icon icon-{icon}" title="分享到{name}"></a>'
        for icon, name in SHARE_ICONS
    )
    return (
        "\n"
        '<div class="main">\n'
        '    <div class="mask"></div>\n'
        '    <div class="wrap">\n'
        f'        <div class="sitemap">当前位置：<a href="{SITE}">首页</a> &gt;\n'
        f'                {parents} <a href="{category_url(own.id)}">{esc(own.name)}</a> &gt; 正文内容\n'
        "        </div>\n"
        '        <div id="sticky">\n'
        '<div class="content">\n'
        f'    <div data-cateurl="{category_url(chain[0].id)}" class="block">\n'
        '        <div class="post">\n'
        f"            <h1>{esc(post.title)}</h1>\n"
        '            <div class="info">\n'
        f'                <span class="user"><a href="{author_url(post.author_id)}" rel="nofollow">'
        f'{esc(view.author)}</a></span><span class="date">{view.date_html}</span>'
        f'<span class="cate"><a href="{category_url(own.id)}">'
        f'{esc(own.name)}</a></span><span class="view">{post.views}</span>\n'
        "            </div>\n"
        '            <div class="single viewall">\n'
        f"                {post.content}\n"
        "                </div>\n"
        '                <div class="copynotice">\n'
        f'                    <div data-qrurl="{requested}" class="tpureqr"></div>\n'
        '                    <div class="copynoticetxt">\n'
        f"                    {COPYRIGHT}\n"
        f'                    <p>本文链接：<a href="{requested}">{requested}</a></p>\n'
        "                    </div>\n"
        "                </div>\n"
        f"{tags_block(view.tags)}"
        '        <div class="sharebox">\n'
        '            <div class="label">分享给朋友：</div>\n'
        '            <div class="sharebtn">\n'
        '                <div class="sharing" data-initialized="true">\n'
        f"                    {share}\n"
        "                </div>\n"
        "            </div>\n"
        "        </div>\n"
        "        </div>\n"
        "    </div>\n"
        f"{related_block(view.related)}"
        "</div>\n"
        f"{side}\n"
        "        </div>\n"
        "    </div>\n"
        "</div>\n"
        "</div>\n"
    )


def tags_block(tags: list[tuple[int, str]]) -> str:
    if not tags:
        return ""
    links = "".join(f"<a href='{tag_url(tid)}' title='{esc(name)}'>{esc(name)}</a>" for tid, name in tags)
    return (
        '                <div class="tags">\n'
        "                    标签:\n"
        f"                    {links}\n"
        "                </div>\n"
    )


def related_block(posts: list[Post]) -> str:
    if not posts:
        return ""
    items = "".join(related_item(p) for p in posts)
    return (
        '<div class="block">\n'
        '    <div class="posttitle"><h4>相关文章</h4></div>\n'
        '    <div class="relatecon">\n'
        f"{items}"
        "    </div>\n"
        "</div>\n"
    )


def related_item(post: Post) -> str:
    url, title = post_url(post.id), esc(post.title)
    return (
        f'<div class="relate"><div class="relateimg"><a href="{url}" title="{title}">'
        f'<img src="{related_image(post)}"'
        f' alt="{title}" /></a></div><div class="relateinfo">\n'
        f'<h3><a href="{url}" title="{title}">{title}</a></h3>\n'
        f'<p class="isimg">{esc(excerpt(post))}</p></div>\n'
        "</div>\n"
    )


def error_main() -> str:
    return (
        '<div class="main"><div class="wrap"><div class="content"><div class="block"><h1>404</h1>'
        "<p>很抱歉，您访问的页面不存在或已被删除。</p></div></div></div></div>\n"
        "</div>\n"
    )


# --- feed, sitemap, robots ------------------------------------------------------------------------


def rfc822(when: datetime) -> str:
    return when.astimezone(CST).strftime("%a, %d %b %Y %H:%M:%S +0800")


def feed(
    now: datetime, posts: list[Post], author_names: dict[int, str], category_names: dict[int, str]
) -> str:
    items = "".join(
        "<item>\n"
        f"<title>{esc(p.title)}</title>\n"
        f"<author>{esc(author_names[p.author_id])}</author>\n"
        f"<link>{post_url(p.id)}</link>\n"
        f"<pubDate>{rfc822(p.datetime)}</pubDate>\n"
        f"<guid>{post_url(p.id)}</guid>\n"
        f"<description><![CDATA[{p.content}]]></description>\n"
        f"<category>{esc(category_names[p.category_id])}</category>\n"
        "</item>\n"
        for p in posts
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0">\n'
        "<channel>\n"
        f"<title>{SITE_NAME}</title>\n"
        f"<link>{SITE}</link>\n"
        f"<description>{SUBTITLE}</description>\n"
        "<generator>Z-BlogPHP 1.7.x</generator>\n"
        "<language>zh-CN</language>\n"
        f"<copyright>{SITE_NAME}</copyright>\n"
        f"<pubDate>{rfc822(now)}</pubDate>\n"
        f"{items}"
        "</channel>\n"
        "</rss>\n"
    )


def sitemap(urls: list[str]) -> str:
    locs = "".join(f"<url><loc>{u}</loc></url>\n" for u in urls)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
        f"{locs}"
        "</urlset>\n"
    )


ROBOTS = (
    "User-agent: *\n"
    "Disallow: /zb_system/\n"
    "Disallow: /zb_users/plugin/\n"
    "Disallow: /search.php\n"
    f"Sitemap: {SITE}sitemap.xml\n"
)
