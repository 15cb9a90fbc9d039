"""A WordPress theme's markup (Twenty Twenty-One's structure, a Chinese park site's furniture).

The structure follows the sources listed in README.md: ``single.php`` / ``content-single.php`` (article
``#post-N``, ``h1.entry-title``, ``div.entry-content``, ``footer.entry-footer``), ``inc/template-tags.php``
(``time.entry-date.published[datetime]`` in DATE_W3C, byline ``a[rel=author]``, ``get_the_category_list``
``rel="category tag"``, ``get_the_tag_list`` ``rel="tag"``), ``_navigation_markup`` (``nav.navigation``
``.nav-links``) and ``paginate_links`` (``a.page-numbers``, ``span.current``, ``span.dots``, ``a.prev``,
``a.next``). ``site.py`` decides what to show; this module only how it looks.
"""

from __future__ import annotations

import html
import re
from calendar import monthrange
from datetime import date, datetime

from parkcrawler.testsite.wordpress.corpus import (
    BASE,
    HOTLINE,
    SITE_NAME,
    TAGLINE,
    Comment,
    Term,
    User,
    WpCorpus,
    WpPost,
    author_url,
    category_url,
    permalink,
    sort_terms,
    tag_url,
)

GENERATOR = "WordPress 6.4.3"


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def esc_title(text: str) -> str:
    """the_title(): HTML as stored; park titles hold no markup, so only the characters HTML needs."""
    return html.escape(text, quote=False)


def w3c(moment: datetime) -> str:
    return moment.isoformat()


def cn_date(moment: datetime) -> str:
    """zh_CN's date_format ``Y年n月j日``."""
    return f"{moment.year}年{moment.month}月{moment.day}日"


# --- head, header, footer ----------------------------------------------------------------------------


def head(
    title: str,
    *,
    canonical: str | None = None,
    short: str | None = None,
    rest: str | None = None,
    noindex: bool = False,
    extra_feeds: tuple[tuple[str, str], ...] = (),
) -> str:
    robots = "noindex, follow" if noindex else "max-image-preview:large"
    lines = [
        "<!doctype html>",
        '<html lang="zh-Hans">',
        "<head>",
        '\t<meta charset="UTF-8" />',
        '\t<meta name="viewport" content="width=device-width, initial-scale=1" />',
        f"<meta name='robots' content='{robots}' />",
        f"<title>{title}</title>",  # already HTML: names escaped, separators as entities
        "<link rel='dns-prefetch' href='//s.w.org' />",
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE_NAME)} &raquo; Feed" '
        f'href="{BASE}feed/" />',
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE_NAME)} &raquo; 评论Feed" '
        f'href="{BASE}comments/feed/" />',
    ]
    lines += [
        f'<link rel="alternate" type="application/rss+xml" title="{esc(SITE_NAME)} &raquo; {esc(name)}Feed" '
        f'href="{esc(url)}" />'
        for name, url in extra_feeds
    ]
    lines += [
        "<link rel='stylesheet' id='parkzs-style-css'"
        f" href='{BASE}wp-content/themes/parkzs/style.css?ver=1.4' "
        "media='all' />",
        f"<script src='{BASE}wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>",
        f'<link rel="https://api.w.org/" href="{BASE}wp-json/" />',
    ]
    if rest:
        lines.append(f'<link rel="alternate" type="application/json" href="{rest}" />')
    lines += [
        f'<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{BASE}xmlrpc.php?rsd" />',
        f'<meta name="generator" content="{GENERATOR}" />',
    ]
    if canonical:
        lines.append(f'<link rel="canonical" href="{esc(canonical)}" />')
    if short:
        lines.append(f"<link rel='shortlink' href='{esc(short)}' />")
    lines.append("</head>")
    return "\n".join(lines) + "\n"


def header(corpus: WpCorpus, body_class: str) -> str:
    menu = [f'<li id="menu-item-1" class="menu-item menu-item-home"><a href="{BASE}">首页</a></li>']
    for term in corpus.categories.values():
        if term.parent:
            continue
        children = [c for c in corpus.categories.values() if c.parent == term.id]
        sub = ""
        if children:
            sub = (
                '<ul class="sub-menu">'
                + "".join(
                    f'<li class="menu-item"><a href="{category_url(corpus, c.id)}">{esc(c.name)}</a></li>'
                    for c in children
                )
                + "</ul>"
            )
        menu.append(
            f'<li class="menu-item menu-item-type-taxonomy menu-item-object-category">'
            f'<a href="{category_url(corpus, term.id)}">{esc(term.name)}</a>{sub}</li>'
        )
    menu.append(f'<li class="menu-item"><a href="{BASE}about/">关于我们</a></li>')
    menu.append(f'<li class="menu-item"><a href="{BASE}contact/">联系我们</a></li>')
    return (
        f'<body class="{body_class}">\n'
        '<div id="page" class="site">\n'
        '\t<a class="skip-link screen-reader-text" href="#content">跳至内容</a>\n'
        '<header id="masthead" class="site-header has-title-and-tagline has-menu" role="banner">\n'
        '<div class="site-branding">\n'
        f'\t<p class="site-title"><a href="{BASE}" rel="home">{esc(SITE_NAME)}</a></p>\n'
        f'\t<p class="site-description">{esc(TAGLINE)}</p>\n'
        "</div>\n"
        '<nav id="site-navigation" class="primary-navigation" role="navigation" aria-label="主菜单">\n'
        '<div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper"'
        f">{''.join(menu)}</ul></div>\n"
        "</nav>\n"
        f'<div class="header-hotline">招商热线：<a href="tel:{HOTLINE.replace("-", "")}">{HOTLINE}</a></div'
        ">\n"
        "</header><!-- #masthead -->\n"
        '<div id="content" class="site-content">\n'
        '<div id="primary" class="content-area">\n'
        '<main id="main" class="site-main" role="main">\n'
    )


def footer(year: int, sidebar: str) -> str:
    return (
        "</main><!-- #main -->\n"
        "</div><!-- #primary -->\n"
        f"{sidebar}"
        "</div><!-- #content -->\n"
        '<footer id="colophon" class="site-footer" role="contentinfo">\n'
        '<div class="site-info">\n'
        f'<div class="site-name"><a href="{BASE}">{esc(SITE_NAME)}</a></div>\n'
        f"<p>Copyright &copy; 2019-{year} {esc(SITE_NAME)} 版权所有　"
        '<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow noopener">沪ICP备19012345号-1</a'
        ">　"
        f'<a href="{BASE}wp-admin/">管理</a></p>\n'
        '<div class="powered-by">自豪地采用<a href="https://cn.wordpress.org/">WordPress</a></div>\n'
        "</div>\n"
        "</footer>\n"
        "</div><!-- #page -->\n"
        f"<script src='{BASE}wp-includes/js/wp-embed.min.js?ver=6.4.3' id='wp-embed-js'></script>\n"
        "</body>\n</html>\n"
    )


# --- sidebar widgets ---------------------------------------------------------------------------------


def sidebar(
    corpus: WpCorpus,
    recent: list[WpPost],
    months: list[tuple[int, int, int]],
    cat_counts: dict[int, int],
    calendar_html: str,
) -> str:
    recent_items = "".join(
        f'<li><a href="{permalink(p)}?utm_source=sidebar&amp;utm_medium=widget">{esc_title(p.title)}</a></li>'
        for p in recent
    )
    archive_items = "".join(
        f"<li><a href='{BASE}{y}/{m:02d}/'>{y}年{m}月</a>&nbsp;({n})</li>" for y, m, n in months
    )

    def cat_item(term: Term) -> str:
        children = [c for c in corpus.categories.values() if c.parent == term.id]
        sub = (
            "" if not children else '<ul class="children">' + "".join(cat_item(c) for c in children) + "</ul>"
        )
        return (
            f'<li class="cat-item cat-item-{term.id}"><a href="{category_url(corpus, term.id)}"'
            f">{esc(term.name)}</a> "
            f"({cat_counts.get(term.id, 0)}){sub}</li>"
        )

    cats = "".join(cat_item(t) for t in corpus.categories.values() if not t.parent)
    return (
        '<aside id="secondary" class="widget-area" role="complementary">\n'
        '<section id="search-2" class="widget widget_search">'
        f'<form role="search" method="get" class="search-form" action="{BASE}">'
        '<label><span class="screen-reader-text">搜索：</span><input type="search" class="search-field" '
        'placeholder="搜索&hellip;" value="" name="s" /></label><input type="submit" class="search-submit"'
        ' value="搜索" />'
        "</form></section>\n"
        '<section id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title"'
        ">热门搜索</h2>"
        f'<div class="textwidget custom-html-widget"><a href="{BASE}?s=%E5%8E%82%E6%88%BF%E5%87%BA%E7%A7%9F"'
        ">厂房出租</a> "
        f'<a href="{BASE}?s=%E4%BB%93%E5%BA%93">仓库</a></div></section>\n'
        '<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">近期文章'
        "</h2>"
        f"<ul>{recent_items}</ul></section>\n"
        f'<section id="calendar-2" class="widget widget_calendar">{calendar_html}</section>\n'
        '<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">文章归档</h2>'
        f"<ul>{archive_items}</ul></section>\n"
        '<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">分类</h2>'
        f"<ul>{cats}</ul></section>\n"
        '<section id="text-4" class="widget widget_text"><h2 class="widget-title">招商热线</h2><div'
        ' class="textwidget">'
        f"<p>招商热线：{HOTLINE}</p>"
        '<p>邮箱：<a href="mailto:zhaoshang@parkwp.example.cn">zhaoshang@parkwp.example.cn</a></p>'
        '<p><a href="javascript:void(0)" onclick="openChat()">在线咨询</a>　'
        '<a href="http://192.168.10.20:8080/crm/">招商系统（内网）</a></p></div></section>\n'
        '<section id="links-2" class="widget widget_links"><h2 class="widget-title">友情链接</h2><ul>'
        '<li><a href="http://www.songjiang.gov.cn/" target="_blank">松江区人民政府</a></li>'
        '<li><a href="https://www.shanghai.gov.cn/" target="_blank">上海市人民政府</a></li>'
        '<li><a href="http://10.0.8.15/oa/">园区OA</a></li></ul></section>\n'
        '<section id="meta-2" class="widget widget_meta"><h2 class="widget-title">其他操作</h2><ul>'
        f'<li><a href="{BASE}wp-login.php">登录</a></li>'
        f'<li><a href="{BASE}feed/">条目feed</a></li>'
        f'<li><a href="{BASE}comments/feed/">评论feed</a></li>'
        '<li><a href="https://cn.wordpress.org/">WordPress.org</a></li></ul></section>\n'
        "</aside><!-- #secondary -->\n"
    )


def calendar(
    year: int, month: int, days: set[int], prev: tuple[int, int] | None, nxt: tuple[int, int] | None
) -> str:
    """``get_calendar()``: a month table, days with posts linked to their day archive, months around."""
    first_weekday = date(year, month, 1).weekday()  # start_of_week = 1 (Monday), zh_CN's default
    cells = [f'<td class="pad" colspan="{first_weekday}">&nbsp;</td>'] if first_weekday else []
    rows, weekday = [], first_weekday
    for day in range(1, monthrange(year, month)[1] + 1):
        label = (
            f'<a href="{BASE}{year}/{month:02d}/{day:02d}/" aria-label="文章发布于{year}年{month}月{day}日"'
            f">{day}</a>"
            if day in days
            else str(day)
        )
        cells.append(f"<td>{label}</td>")
        weekday += 1
        if weekday == 7:
            rows.append("<tr>" + "".join(cells) + "</tr>")
            cells, weekday = [], 0
    if cells:
        rows.append("<tr>" + "".join(cells) + "</tr>")
    prev_link = f'<a href="{BASE}{prev[0]}/{prev[1]:02d}/">&laquo; {prev[1]}月</a>' if prev else ""
    next_link = f'<a href="{BASE}{nxt[0]}/{nxt[1]:02d}/">{nxt[1]}月 &raquo;</a>' if nxt else ""
    return (
        '<div id="calendar_wrap" class="calendar_wrap"><table id="wp-calendar" class="wp-calendar-table">'
        f"<caption>{year}年{month}月</caption>"
        "<thead><tr><th>一</th><th>二</th><th>三</th><th>四</th><th>五</th><th>六</th><th>日</th></tr>"
        "</thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        '<nav aria-label="上个月及下个月" class="wp-calendar-nav">'
        f'<span class="wp-calendar-nav-prev">{prev_link}</span><span class="pad">&nbsp;</span>'
        f'<span class="wp-calendar-nav-next">{next_link}</span></nav></div>'
    )


# --- the article --------------------------------------------------------------------------------------


def post_classes(corpus: WpCorpus, post: WpPost, sticky: bool = False) -> str:
    classes = [f"post-{post.id}", "post", "type-post", "status-publish", "format-standard", "hentry"]
    classes += [f"category-{corpus.categories[c].slug}" for c in post.category_ids]
    classes += [f"tag-{corpus.tags[t].slug}" for t in post.tag_ids]
    if sticky:
        classes.append("sticky")
    return " ".join(classes)


def posted_on(post: WpPost) -> str:
    """twentyseventeen_time_link(): a second ``time.updated`` when the post was modified."""
    published = f'<time class="entry-date published" datetime="{w3c(post.date)}">{cn_date(post.date)}</time>'
    if post.modified != post.date:
        published += f'<time class="updated" datetime="{w3c(post.modified)}">{cn_date(post.modified)}</time>'
    else:
        published = published.replace('class="entry-date published"', 'class="entry-date published updated"')
    return f'<span class="posted-on">发布于 <a href="{permalink(post)}" rel="bookmark">{published}</a></span>'


def byline(user: User) -> str:
    return (
        '<span class="byline"> 作者 <span class="author vcard"><a class="url fn n"'
        f' href="{author_url(user)}" '
        f'rel="author">{esc(user.name)}</a></span></span>'
    )


def term_links(corpus: WpCorpus, post: WpPost) -> str:
    cats = sort_terms([corpus.categories[c] for c in post.category_ids])
    tags = sort_terms([corpus.tags[t] for t in post.tag_ids])
    out = (
        '<div class="post-taxonomies"><span class="cat-links">分类：'
        + "、".join(
            f'<a href="{category_url(corpus, t.id)}" rel="category tag">{esc(t.name)}</a>' for t in cats
        )
        + " </span>"
    )
    if tags:
        out += (
            '<span class="tags-links">标签：'
            + "、".join(f'<a href="{tag_url(corpus, t.id)}" rel="tag">{esc(t.name)}</a>' for t in tags)
            + "</span>"
        )
    return out + "</div>"


def article(
    corpus: WpCorpus,
    post: WpPost,
    prev_post: WpPost | None,
    next_post: WpPost | None,
    related: list[WpPost],
) -> str:
    user = corpus.users[post.author_id]
    link = permalink(post)
    share = (
        '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social">'
        '<h3 class="sd-title">分享到：</h3><div class="sd-content"><ul>'
        '<li class="share-weibo"><a rel="nofollow noopener noreferrer" class="share-weibo sd-button"'
        f' href="{link}?share=weibo" '
        'target="_blank">微博</a></li>'
        '<li class="share-qq"><a rel="nofollow noopener noreferrer" class="share-qq sd-button"'
        f' href="{link}?share=qq" '
        'target="_blank">QQ</a></li>'
        '<li class="share-email"><a rel="nofollow" class="share-email sd-button"'
        f' href="mailto:?subject=%5B%E5%88%86%E4%BA%AB%5D&amp;body={link}">'
        "邮件</a></li>"
        '<li class="share-print"><a rel="nofollow" class="share-print sd-button"'
        ' href="javascript:window.print()">打印</a></li>'
        "</ul></div></div></div>\n"
    )
    nav = ""
    if prev_post or next_post:
        links = ""
        if prev_post:
            links += (
                f'<div class="nav-previous"><a href="{permalink(prev_post)}" rel="prev"><p class="meta-nav"'
                ">上一篇</p>"
                f'<p class="post-title">{esc_title(prev_post.title)}</p></a></div>'
            )
        if next_post:
            links += (
                f'<div class="nav-next"><a href="{permalink(next_post)}" rel="next"><p class="meta-nav"'
                ">下一篇</p>"
                f'<p class="post-title">{esc_title(next_post.title)}</p></a></div>'
            )
        nav = navigation_markup(links, "post-navigation", "文章导航", "文章")
    rel = ""
    if related:
        rel = (
            '<section class="related-posts"><h2 class="related-title">相关文章</h2><ul>'
            + "".join(
                f'<li><a href="{permalink(p)}?utm_source=related&amp;utm_medium=post" title="{esc(p.title)}">'
                f'{esc_title(p.title)}</a><time datetime="{w3c(p.date)}">{cn_date(p.date)}</time></li>'
                for p in related
            )
            + "</ul></section>\n"
        )
    return (
        f'<article id="post-{post.id}" class="{post_classes(corpus, post)}">\n'
        '<header class="entry-header alignwide">\n'
        f'<h1 class="entry-title">{esc_title(post.title)}</h1>\n'
        f'<div class="entry-meta">{posted_on(post)}{byline(user)}</div>\n'
        "</header><!-- .entry-header -->\n"
        '<div class="entry-content">\n'
        f"{post.content}\n"
        "</div><!-- .entry-content -->\n"
        '<footer class="entry-footer default-max-width">\n'
        f"{term_links(corpus, post)}\n"
        "</footer><!-- .entry-footer -->\n"
        f"</article><!-- #post-{post.id} -->\n"
        f"{share}{rel}{comments(post, link)}{nav}\n"
    )


def comments(post: WpPost, link: str) -> str:
    form = (
        '<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">发表回复'
        "</h2>"
        f'<form action="{BASE}wp-comments-post.php" method="post" id="commentform" class="comment-form">'
        '<p class="comment-notes">您的电子邮箱地址不会被公开。</p>'
        '<p class="comment-form-comment"><textarea id="comment" name="comment"></textarea></p>'
        f'<input type="hidden" name="comment_post_ID" value="{post.id}" id="comment_post_ID" />'
        '<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"'
        ' value="发表评论" /></p>'
        "</form></div>"
    )
    if not post.comments:
        return f'<div id="comments" class="comments-area default-max-width">{form}</div>\n'

    def one(c: Comment) -> str:
        return (
            f'<li id="comment-{c.id}" class="comment"><article id="div-comment-{c.id}" class="comment-body">'
            f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{esc(c.author)}'
            "</b> "
            '<span class="says">说：</span></div>'
            f'<div class="comment-metadata"><a href="{link}#comment-{c.id}"><time datetime="{w3c(c.date)}">'
            f"{cn_date(c.date)} {c.date:%H:%M}</time></a></div></footer>"
            f'<div class="comment-content"><p>{esc(c.text)}</p></div>'
            '<div class="reply"><a rel="nofollow" class="comment-reply-link"'
            f' href="{link}?replytocom={c.id}#respond" '
            f'data-commentid="{c.id}" data-postid="{post.id}" aria-label="回复给{esc(c.author)}">回复</a>'
            "</div>"
            "</article></li>"
        )

    items = "".join(one(c) for c in post.comments)
    return (
        '<div id="comments" class="comments-area default-max-width show-avatars">'
        f'<h2 class="comments-title">《{esc_title(post.title)}》有{len(post.comments)}条评论</h2>'
        f'<ol class="comment-list">{items}</ol>{form}</div>\n'
    )


def navigation_markup(links: str, css_class: str, screen_reader_text: str, aria_label: str) -> str:
    """``_navigation_markup()`` (link-template.php, 5.3+)."""
    return (
        f'\n\t<nav class="navigation {css_class}" aria-label="{esc(aria_label)}">\n'
        f'\t\t<h2 class="screen-reader-text">{esc(screen_reader_text)}</h2>\n'
        f'\t\t<div class="nav-links">{links}</div>\n'
        "\t</nav>"
    )


def paginate_links(current: int, total: int, url_of, mid_size: int = 1, end_size: int = 1) -> str:
    """``paginate_links()`` as ``the_posts_pagination()`` calls it (mid_size 1), wrapped in its nav."""
    if total < 2:
        return ""
    links, dots = [], False
    if current > 1:
        links.append(f'<a class="prev page-numbers" href="{url_of(current - 1)}">上一页</a>')
    for n in range(1, total + 1):
        if n == current:
            links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
            dots = True
        elif n <= end_size or current - mid_size <= n <= current + mid_size or n > total - end_size:
            links.append(f'<a class="page-numbers" href="{url_of(n)}">{n}</a>')
            dots = True
        elif dots:
            links.append('<span class="page-numbers dots">&hellip;</span>')
            dots = False
    if current < total:
        links.append(f'<a class="next page-numbers" href="{url_of(current + 1)}">下一页</a>')
    return navigation_markup("\n".join(links), "pagination", "文章分页", "文章分页")


# --- lists -----------------------------------------------------------------------------------------------

_TAGS = re.compile(r"<[^>]+>")


def excerpt(post: WpPost, chars: int = 110) -> str:
    """wp_trim_excerpt() in zh_CN (characters, not words): the text of the content, cut, ``[…]``."""
    text = re.sub(r"\s+", "", html.unescape(_TAGS.sub("", post.content)))
    return esc(text[:chars]) + (" [&hellip;]" if len(text) > chars else "")


def list_item(corpus: WpCorpus, post: WpPost, sticky: bool = False) -> str:
    user = corpus.users[post.author_id]
    featured = '<p class="sticky-label">置顶文章</p>' if sticky else ""
    return (
        f'<article id="post-{post.id}" class="{post_classes(corpus, post, sticky)}">\n'
        '<header class="entry-header">\n'
        f'<h2 class="entry-title default-max-width"><a href="{permalink(post)}" rel="bookmark"'
        f">{esc_title(post.title)}</a></h2>"
        "</header><!-- .entry-header -->\n"
        f'<div class="entry-content"><p>{excerpt(post)}</p></div><!-- .entry-content -->\n'
        f'<footer class="entry-footer default-max-width">{featured}{posted_on(post)}{byline(user)}'
        f"{term_links(corpus, post)}</footer>\n"
        f"</article><!-- #post-{post.id} -->\n"
    )


def list_main(heading: str, description: str, items: str, pagination: str) -> str:
    header_html = ""
    if heading:
        desc = f'<div class="archive-description"><p>{esc(description)}</p></div>' if description else ""
        header_html = (
            f'<header class="page-header alignwide"><h1 class="page-title">{heading}</h1>{desc}</header>\n'
        )
    if not items:
        items = (
            '<section class="no-results not-found"><header class="page-header alignwide">'
            '<h1 class="page-title">未找到</h1></header><div class="page-content default-max-width">'
            "<p>抱歉，没有符合您的查询条件的结果。</p></div></section>\n"
        )
    return header_html + items + pagination + "\n"


def not_found_main() -> str:
    return (
        '<header class="page-header alignwide"><h1 class="page-title">未找到</h1></header>\n'
        '<div class="error-404 not-found default-max-width"><div class="page-content">'
        "<p>这里似乎什么都没有，试试搜索？</p>"
        f'<form role="search" method="get" class="search-form" action="{BASE}"><input type="search" name="s"'
        " /></form>"
        "</div></div>\n"
    )


def static_page(page_id: int, title: str, body: str) -> str:
    return (
        f'<article id="post-{page_id}" class="post-{page_id} page type-page status-publish hentry">\n'
        f'<header class="entry-header alignwide"><h1 class="entry-title">{esc(title)}</h1></header>\n'
        f'<div class="entry-content">\n{body}\n</div>\n</article>\n'
    )


def login_page() -> str:
    return (
        '<!DOCTYPE html>\n<html lang="zh-Hans"><head><meta charset="UTF-8" /><title>登录 &lsaquo; '
        f"{esc(SITE_NAME)} &#8212; WordPress</title><meta name='robots' content='noindex, follow' /></head>"
        '<body class="login no-js login-action-login wp-core-ui locale-zh-cn"><div id="login">'
        f'<h1><a href="https://cn.wordpress.org/">由WordPress驱动</a></h1>'
        f'<form name="loginform" id="loginform" action="{BASE}wp-login.php" method="post">'
        '<p><label for="user_login">用户名或电子邮箱地址</label><input type="text" name="log"'
        ' id="user_login" /></p>'
        '<p><label for="user_pass">密码</label><input type="password" name="pwd" id="user_pass" /></p>'
        '<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" value="登录" /></p></form>'
        f'<p id="nav"><a href="{BASE}wp-login.php?action=lostpassword">忘记密码？</a></p>'
        f'<p id="backtoblog"><a href="{BASE}">&larr; 返回到{esc(SITE_NAME)}</a></p></div></body></html>\n'
    )
