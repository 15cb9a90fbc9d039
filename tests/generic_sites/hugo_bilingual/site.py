"""hugo_bilingual: an emulated bilingual (zh/en) Hugo-style site of a Sino-European industrial park.

emulator() returns an object with origin, hosts and handle(method, absolute_url) -> Response.
Standard library only; deterministic.
"""

import json
from html import escape
from urllib.parse import urlsplit, unquote, parse_qs

import hugo_content as C

BASE = "https://" + C.WWW


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body


def _e(s):
    return escape(s, quote=True)


# ------------------------------------------------------------------ page chrome
def head(lang, title, path, extra=""):
    return (f'<!DOCTYPE html>\n<html lang="{"zh-CN" if lang == "zh" else "en"}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<meta name="generator" content="Hugo 0.121.1">\n<title>{_e(title)}</title>\n'
            f'<link rel="canonical" href="{BASE}{path}">\n'
            f'<link rel="alternate" type="application/rss+xml" href="{"/index.xml" if lang == "zh" else "/en/index.xml"}" title="RSS">\n'
            f'<link rel="stylesheet" href="/css/main.min.css">\n{extra}</head>\n')


def site_header(lang, switch_href):
    nav = C.NAV_ZH if lang == "zh" else C.NAV_EN
    items = "".join(f'<li><a href="{h}">{_e(t)}</a></li>' for t, h in nav)
    sw = (f'<a hreflang="en" lang="en" href="{switch_href}">English</a>' if lang == "zh"
          else f'<a hreflang="zh-CN" lang="zh-CN" href="{switch_href}">中文</a>')
    cookie = C.COOKIE_ZH if lang == "zh" else C.COOKIE_EN
    return (f'<body class="lang-{lang}">\n<div id="cookie-consent" class="cookie-consent"><p>{_e(cookie)}</p>'
            f'<button type="button" aria-label="close" onclick="this.parentNode.remove()">×</button></div>\n'
            f'<header class="site-header"><a class="logo" href="{"/" if lang == "zh" else "/en/"}">'
            f'{_e(C.SITE_ZH if lang == "zh" else C.SITE_EN)}</a>\n<nav class="main-menu"><ul>{items}</ul></nav>\n'
            f'<div class="lang-switch">{sw}</div></header>\n')


def site_footer(lang):
    lines = C.FOOTER_ZH if lang == "zh" else C.FOOTER_EN
    ps = []
    for t in lines:
        if "ICP" in t:
            ps.append(f'<p><a href="https://beian.miit.gov.cn/" rel="nofollow">{_e(t)}</a></p>')
        else:
            ps.append(f"<p>{_e(t)}</p>")
    social = "".join(f'<li><a href="{h}" rel="noopener">{_e(n)}</a></li>' for n, h in C.SOCIAL)
    return (f'<footer class="site-footer">\n<div class="company">{"".join(ps)}</div>\n'
            f'<ul class="social">{social}</ul>\n'
            f'<p class="tools"><a href="{C.ADMIN_LINK[1]}">{C.ADMIN_LINK[0]}</a></p>\n</footer>\n'
            f'<script src="/js/cookie.js"></script>\n</body>\n</html>\n')


def newsletter(lang):
    h, p, b = C.NEWSLETTER_ZH if lang == "zh" else C.NEWSLETTER_EN
    return (f'<aside class="newsletter"><h3>{_e(h)}</h3><p>{_e(p)}</p>'
            f'<form action="/{lang}/subscribe/" method="post"><input type="email" name="email" placeholder="you@example.com">'
            f'<button type="submit">{_e(b)}</button></form></aside>\n')


def page(lang, title, path, main, switch_href=None, extra=""):
    sw = switch_href or ("/en/" if lang == "zh" else "/")
    return head(lang, title, path, extra) + site_header(lang, sw) + f'<main class="container">\n{main}</main>\n' + site_footer(lang)


# ------------------------------------------------------------------ article body
def render_body(body):
    out = []
    hn = 0
    for b in body:
        k = b[0]
        if k == "p":
            out.append(f"<p>{_fnref(_e(b[1]))}</p>")
        elif k in ("h2", "h3"):
            hn += 1
            out.append(f'<{k} id="h-{hn}">{_e(b[1])}</{k}>')
        elif k in ("ul", "ol"):
            out.append(f"<{k}>" + "".join(f"<li>{_e(x)}</li>" for x in b[1]) + f"</{k}>")
        elif k == "quote":
            out.append("<blockquote>" + "".join(f"<p>{_e(x)}</p>" for x in b[1]) + "</blockquote>")
        elif k == "table":
            rows = b[1]
            th = "".join(f"<th>{_e(c)}</th>" for c in rows[0])
            tb = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
            out.append(f"<table>\n<thead><tr>{th}</tr></thead>\n<tbody>{tb}</tbody>\n</table>")
        elif k == "fig":
            out.append(f'<figure><img src="{b[1]}" alt="" loading="lazy"><figcaption>{_e(b[2])}</figcaption></figure>')
        elif k == "fn":
            lis = "".join(f'<li id="fn:{i}"><p>{_e(x)}&#160;<a href="#fnref:{i}" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li>'
                          for i, x in enumerate(b[1], 1))
            out.append(f'<section class="footnotes" role="doc-endnotes">\n<hr>\n<ol>{lis}</ol>\n</section>')
    return "\n".join(out)


def _fnref(html):
    for i in range(1, 5):
        html = html.replace(f"[{i}]", f'<sup id="fnref:{i}"><a href="#fn:{i}" class="footnote-ref" role="doc-noteref">[{i}]</a></sup>')
    return html


def toc_html(e):
    items = []
    hn = 0
    for b in e["body"]:
        if b[0] in ("h2", "h3"):
            hn += 1
            items.append((b[0], hn, b[1]))
    if not C.toc(e):
        return ""
    html, open_sub = "<ul>", False
    for k, n, t in items:
        if k == "h3" and not open_sub:
            html = html[:-5] + "<ul>" if html.endswith("</li>") else html + "<li><ul>"
            open_sub = True
        elif k == "h2" and open_sub:
            html += "</ul></li>"
            open_sub = False
        html += f'<li><a href="#h-{n}">{_e(t)}</a></li>'
    if open_sub:
        html += "</ul></li>"
    html += "</ul>"
    return (f'<aside class="toc"><h4>{"目录" if e["lang"] == "zh" else "Contents"}</h4>'
            f'<nav id="TableOfContents">{html}</nav></aside>\n')


def jsonld(e):
    d = {"@context": "https://schema.org", "@type": "Article", "headline": e["title"],
         "datePublished": (f"{e['date']}T{e['time']}:00+08:00" if e["time"] else e["date"]),
         "inLanguage": "zh-CN" if e["lang"] == "zh" else "en",
         "mainEntityOfPage": BASE + e["path"],
         "publisher": {"@type": "Organization", "name": C.SITE_ZH if e["lang"] == "zh" else C.SITE_EN,
                       "logo": {"@type": "ImageObject", "url": BASE + "/images/logo.png"}},
         "articleSection": C.cat_name(e), "keywords": C.tag_names(e)}
    if e["author"]:
        d["author"] = {"@type": "Person", "name": C.author_name(e)}
    return '<script type="application/ld+json">' + json.dumps(d, ensure_ascii=False) + "</script>\n"


def article_head_extra(e, amp=False):
    zh_path = e["path"] if e["lang"] == "zh" else e["other"]
    en_path = e["path"] if e["lang"] == "en" else e["other"]
    x = f'<link rel="alternate" hreflang="zh-CN" href="{BASE}{zh_path}">\n'
    if en_path:
        x += f'<link rel="alternate" hreflang="en" href="{BASE}{en_path}">\n'
    x += f'<link rel="alternate" hreflang="x-default" href="{BASE}{zh_path}">\n'
    if not amp:
        x += f'<link rel="amphtml" href="{BASE}/amp{e["path"]}">\n'
    pub = f"{e['date']}T{e['time']}:00+08:00" if e["time"] else e["date"]
    desc = C.body_strings(e["body"])[0][:80]
    x += (f'<meta name="description" content="{_e(desc)}">\n'
          f'<meta property="og:type" content="article">\n<meta property="og:title" content="{_e(e["title"])}">\n'
          f'<meta property="og:url" content="{BASE}{e["path"]}">\n'
          f'<meta property="og:site_name" content="{_e(C.SITE_ZH if e["lang"] == "zh" else C.SITE_EN)}">\n'
          f'<meta property="og:locale" content="{"zh_CN" if e["lang"] == "zh" else "en_US"}">\n'
          f'<meta property="article:published_time" content="{pub}">\n'
          f'<meta property="article:section" content="{_e(C.cat_name(e))}">\n')
    for t in C.tag_names(e):
        x += f'<meta property="article:tag" content="{_e(t)}">\n'
    return x + jsonld(e)


def article_page(e):
    zh = e["lang"] == "zh"
    L = e["lang"]
    reading, words = C.counts(e)
    pub = f"{e['date']}T{e['time']}:00+08:00" if e["time"] else e["date"]
    meta = f'<time datetime="{pub}">{_e(C.shown_date(e))}</time>'
    if C.byline(e):
        meta += f' <span class="byline">{_e(C.byline(e))}</span>'
    if e["source"]:
        meta += f' <span class="source">来源：{_e(e["source"])}</span>'
    meta += f' <span class="reading-time">{_e(reading)}</span> <span class="word-count">{_e(words)}</span>'
    crumbs = (f'<nav class="breadcrumb"><a href="{"/" if zh else "/en/"}">{"首页" if zh else "Home"}</a> / '
              f'<a href="/{L}/news/">{"新闻中心" if zh else "News"}</a> / '
              f'<a href="/{L}/categories/{e["cat"]}/">{_e(C.cat_name(e))}</a></nav>')
    m = (f'<article class="post">\n<header class="post-header">{crumbs}\n<h1 class="post-title">{_e(e["title"])}</h1>\n'
         f'<div class="post-meta">{meta}</div></header>\n')
    m += toc_html(e)
    m += f'<div class="content">\n{render_body(e["body"])}\n</div>\n'
    if e["source"]:
        m += (f'<p class="original-link">原文链接：<a href="{e["source_url"]}" rel="nofollow noopener" target="_blank">'
              f'{_e(e["source"])}</a></p>\n')
    chips = "".join(f'<a class="tag-chip" href="/{L}/tags/{t}/">{_e(n)}</a>' for t, n in zip(e["tags"], C.tag_names(e)))
    m += f'<div class="post-tags">{chips}</div>\n'
    share = C.SHARE_ZH if zh else C.SHARE_EN
    url = BASE + e["path"]
    m += (f'<div class="share"><span>{share[0]}</span><a href="javascript:void(0)" class="share-wechat">{share[1]}</a>'
          f'<a href="https://service.weibo.com/share/share.php?url={url}">{share[2]}</a>'
          f'<a href="https://www.linkedin.com/sharing/share-offsite/?url={url}">{share[3]}</a>'
          f'<a href="javascript:navigator.clipboard.writeText(location.href)">{share[4]}</a></div>\n')
    if e["author"]:
        a = C.AUTHORS[e["author"]]
        m += (f'<section class="author-card"><h4>{"本文作者" if zh else "About the author"}</h4>'
              f'<div class="author-name">{_e(C.author_name(e))}</div><p class="bio">{_e(a[1] if zh else a[2])}</p></section>\n')
    m += "</article>\n"
    older, newer = C.prev_next(e)
    nav = ""
    if older:
        nav += f'<a class="prev" href="{older["path"]}">{"上一篇：" if zh else "Previous: "}{_e(older["title"])}</a>'
    if newer:
        nav += f'<a class="next" href="{newer["path"]}">{"下一篇：" if zh else "Next: "}{_e(newer["title"])}</a>'
    m += f'<nav class="post-nav">{nav}</nav>\n'
    rel = C.related(e)
    if rel:
        m += (f'<section class="related"><h3>{"相关文章" if zh else "Related articles"}</h3><ul>'
              + "".join(f'<li><a href="{r["path"]}?ref=related">{_e(r["title"])}</a></li>' for r in rel) + "</ul></section>\n")
    m += newsletter(L)
    sw = e["other"] or ("/en/" if zh else "/")
    title = f'{e["title"]} | {C.SITE_ZH if zh else C.SITE_EN}'
    return page(L, title, e["path"], m, sw, article_head_extra(e))


def amp_page(e):
    zh = e["lang"] == "zh"
    pub = f"{e['date']}T{e['time']}:00+08:00" if e["time"] else e["date"]
    return (f'<!DOCTYPE html>\n<html amp lang="{"zh-CN" if zh else "en"}">\n<head>\n<meta charset="utf-8">\n'
            f'<title>{_e(e["title"])}</title>\n<link rel="canonical" href="{BASE}{e["path"]}">\n'
            f'<script async src="https://cdn.ampproject.org/v0.js"></script>\n{article_head_extra(e, amp=True)}</head>\n<body>\n'
            f'<header class="amp-header"><a href="{"/" if zh else "/en/"}">{_e(C.SITE_ZH if zh else C.SITE_EN)}</a></header>\n'
            f'<article><h1>{_e(e["title"])}</h1><p class="meta"><time datetime="{pub}">{_e(C.shown_date(e))}</time></p>\n'
            f'<div class="content">\n{render_body(e["body"]).replace("<img ", "<amp-img layout=responsive width=800 height=450 ")}\n</div></article>\n'
            f'<footer><p>{_e(C.FOOTER_ZH[2])}</p></footer>\n</body>\n</html>\n')


# ------------------------------------------------------------------ lists
def summary(e, ref=None):
    first = C.body_strings(e["body"])[0]
    short = first[:60] + ("…" if len(first) > 60 else "")
    href = e["path"] + (f"?ref={ref}" if ref else "")
    zh = e["lang"] == "zh"
    pub = f"{e['date']}T{e['time']}:00+08:00" if e["time"] else e["date"]
    return (f'<article class="summary"><h2><a href="{href}">{_e(e["title"])}</a></h2>'
            f'<div class="meta"><time datetime="{pub}">{_e(C.shown_date(e))}</time> · '
            f'<a href="/{e["lang"]}/categories/{e["cat"]}/">{_e(C.cat_name(e))}</a></div>'
            f'<p>{_e(short)}</p><a class="more" href="{e["path"]}">{"阅读全文" if zh else "Read more"}</a></article>\n')


def news_pages(lang):
    lst = C.lang_entries(lang)
    return [lst[i:i + C.PER_PAGE] for i in range(0, len(lst), C.PER_PAGE)]


def news_list(lang, n):
    pages = news_pages(lang)
    zh = lang == "zh"
    items = "".join(summary(e) for e in pages[n - 1])
    pager = '<nav class="pagination">'
    if n > 1:
        prev = f"/{lang}/news/" if n == 2 else f"/{lang}/news/page/{n - 1}/"
        pager += f'<a class="prev" href="{prev}">{"上一页" if zh else "Newer"}</a>'
    for i in range(1, len(pages) + 1):
        href = f"/{lang}/news/" if i == 1 else f"/{lang}/news/page/{i}/"
        pager += f'<a href="{href}"{" class=active" if i == n else ""}>{i}</a>'
    # template bug: the "next" link is always shown, past the last page too
    pager += f'<a class="next" href="/{lang}/news/page/{n + 1}/">{"下一页" if zh else "Older"}</a></nav>\n'
    title = "新闻中心" if zh else "News"
    path = f"/{lang}/news/" if n == 1 else f"/{lang}/news/page/{n}/"
    cats = "".join(f'<li><a href="/{lang}/categories/{k}/">{_e(v[0 if zh else 1])}</a></li>' for k, v in C.CATEGORIES.items())
    m = (f'<h1>{title}</h1>\n<ul class="cat-filter">{cats}</ul>\n{items}{pager}'
         f'<p><a href="/{lang}/tags/">{"全部标签" if zh else "All tags"}</a></p>\n')
    return page(lang, f"{title} | {C.SITE_ZH if zh else C.SITE_EN}", path, m)


def not_found_body(lang):
    zh = lang == "zh"
    return page(lang, "404 页面不存在" if zh else "404 Not Found", f"/{lang}/404.html",
                f'<h1>{"404 页面不存在" if zh else "404 Page not found"}</h1><p>{"您访问的页面已删除或不存在。" if zh else "The page you are looking for does not exist."}</p>'
                f'<p><a href="{"/" if zh else "/en/"}">{"返回首页" if zh else "Back to home"}</a></p>\n')


def category_page(lang, slug):
    zh = lang == "zh"
    name = C.CATEGORIES[slug][0 if zh else 1]
    items = "".join(summary(e) for e in C.lang_entries(lang) if e["cat"] == slug)
    return page(lang, f"{name} | {C.SITE_ZH if zh else C.SITE_EN}", f"/{lang}/categories/{slug}/",
                f'<h1>{_e(name)}</h1>\n{items or "<p>暂无内容</p>"}')


def categories_index(lang):
    zh = lang == "zh"
    lis = "".join(f'<li><a href="/{lang}/categories/{k}/">{_e(v[0 if zh else 1])}</a></li>' for k, v in C.CATEGORIES.items())
    return page(lang, "分类" if zh else "Categories", f"/{lang}/categories/", f'<h1>{"分类" if zh else "Categories"}</h1><ul>{lis}</ul>\n')


def tag_page(lang, slugs):
    zh = lang == "zh"
    names = [C.TAGS[s][0 if zh else 1] for s in slugs]
    items = "".join(summary(e) for e in C.lang_entries(lang) if all(s in e["tags"] for s in slugs))
    # "related tags": every other tag appended to the current combination (never sorted: a+b and b+a both exist)
    rel = "".join(f'<a class="tag-chip" href="/{lang}/tags/{"+".join(slugs + [t])}/">{_e(v[0 if zh else 1])}</a>'
                  for t, v in C.TAGS.items() if t not in slugs)
    title = " + ".join(names)
    path = f"/{lang}/tags/{'+'.join(slugs)}/"
    m = (f'<h1>{"标签：" if zh else "Tag: "}{_e(title)}</h1>\n{items or ("<p>暂无相关内容</p>" if zh else "<p>Nothing here yet.</p>")}'
         f'<aside class="related-tags"><h3>{"相关标签" if zh else "Related tags"}</h3>{rel}</aside>\n')
    return page(lang, f"{title} | {C.SITE_ZH if zh else C.SITE_EN}", path, m)


def tags_index(lang):
    zh = lang == "zh"
    cloud = "".join(f'<a class="tag-chip" href="/{lang}/tags/{t}/">{_e(v[0 if zh else 1])}</a>' for t, v in C.TAGS.items())
    pairs = "".join(f'<a href="/{lang}/tags/{a}+{b}/">{_e(C.TAGS[a][0 if zh else 1])} + {_e(C.TAGS[b][0 if zh else 1])}</a> '
                    for a, b in [("green", "infrastructure"), ("investment", "european-firms"), ("policy", "customs"), ("talent", "expat")])
    return page(lang, "标签" if zh else "Tags", f"/{lang}/tags/",
                f'<h1>{"标签云" if zh else "Tag cloud"}</h1><div class="tag-cloud">{cloud}</div>'
                f'<aside class="related-tags"><h3>{"热门组合" if zh else "Popular combinations"}</h3>{pairs}</aside>\n')


# ------------------------------------------------------------------ static pages
def home(lang):
    zh = lang == "zh"
    lst = C.lang_entries(lang)
    latest = "".join(summary(e, "home") for e in lst[:6])
    m = ""
    if zh:
        m += ('<section class="hero"><h1>链接欧洲 智造未来</h1><p>中欧合作 · 产城融合 · 绿色低碳</p>'
              '<a class="banner" href="/zh/news/2024/03/park-expansion-phase-two/?utm_source=homepage&amp;utm_medium=banner">二期扩建工程启动</a> '
              '<a href="/zh/post/1024.html">二期项目详情</a></section>\n')
        park = "".join(f'<li><a href="/zh/park/{k}/">{_e(v[0])}</a></li>' for k, v in C.PARK_PROFILES.items())
        m += f'<section class="park"><h2>园区介绍</h2><ul>{park}</ul></section>\n'
        m += ('<section class="space"><h2>招商载体</h2><p><a href="/zh/space/">查看全部厂房与研发楼</a></p>'
              '<p><a href="/preview/">新版网站预览</a></p></section>\n')
    else:
        m += '<section class="hero"><h1>Connecting Europe, Making the Future</h1></section>\n'
    m += f'<section class="latest"><h2>{"最新动态" if zh else "Latest news"}</h2>{latest}'
    m += f'<p><a href="/{lang}/news/">{"更多新闻" if zh else "More news"}</a> · <a href="/{lang}/tags/">{"标签" if zh else "Tags"}</a> · <a href="/{lang}/categories/">{"分类" if zh else "Categories"}</a></p></section>\n'
    return page(lang, C.SITE_ZH if zh else C.SITE_EN, "/" if zh else "/en/", m, "/en/" if zh else "/",
                f'<link rel="alternate" hreflang="zh-CN" href="{BASE}/">\n<link rel="alternate" hreflang="en" href="{BASE}/en/">\n')


def park_page(k):
    title, paras = C.PARK_PROFILES[k]
    others = "".join(f'<li><a href="/zh/park/{o}/">{_e(v[0])}</a></li>' for o, v in C.PARK_PROFILES.items())
    m = f'<article class="page"><h1>{_e(title)}</h1><div class="content">' + "".join(f"<p>{_e(p)}</p>" for p in paras)
    if k == "overview":
        m += '<p><a href="/zh/park/history/">园区大事记</a></p>'
    m += f'</div></article><aside class="section-nav"><ul>{others}</ul></aside>\n'
    return page("zh", f"{title} | {C.SITE_ZH}", f"/zh/park/{k}/", m)


def space_index():
    rows = "".join(f'<tr><td><a href="/zh/space/{s[0]}/">{_e(s[1])}</a></td><td>{s[2]}</td><td>{s[3]}㎡</td><td>{s[6]}元/㎡·天</td></tr>' for s in C.SPACES)
    return page("zh", f"招商载体 | {C.SITE_ZH}", "/zh/space/",
                f'<h1>招商载体</h1><table><thead><tr><th>载体</th><th>类型</th><th>面积</th><th>租金</th></tr></thead><tbody>{rows}</tbody></table>\n')


def space_page(s):
    sid, name, typ, area, h, load, rent = s
    m = (f'<article class="listing"><h1>{_e(name)}</h1><dl class="specs"><dt>类型</dt><dd>{typ}</dd><dt>面积</dt><dd>{area}平方米</dd>'
         f'<dt>层高</dt><dd>{h}米</dd><dt>承重</dt><dd>{load}吨/平方米</dd><dt>租金</dt><dd>{rent}元/平方米·天</dd></dl>'
         f'<p>{_e(name)}位于沪欧合作智造产业园内，可按企业需求分割或整租，配备双回路供电、消防喷淋和货运电梯（多层载体）。</p>'
         f'<p>看房预约：招商热线 <a href="tel:+862159908800">021-5990 8800</a></p></article>\n'
         f'<p><a href="/zh/space/">返回载体列表</a></p>\n')
    return page("zh", f"{name} | 招商载体 | {C.SITE_ZH}", f"/zh/space/{sid}/", m)


def about(lang):
    zh = lang == "zh"
    if zh:
        m = ('<article class="page"><h1>关于我们</h1><div class="content">'
             f'<p>{C.COMPANY}成立于2013年，负责沪欧合作智造产业园的开发建设、招商引资和运营服务。</p>'
             '<p>公司由上海市嘉定区国资和欧洲合作方共同出资设立，现有员工约260人。</p>'
             '<p><a href="/zh/news/2023/11/deleted-post/">2023年度园区宣传片</a> · <a href="/zh/post/987.html">2023年经济数据</a></p>'
             '</div></article>\n')
    else:
        m = ('<article class="page"><h1>About us</h1><div class="content"><p>Shanghai Hu-Ou Industrial Park Development and Operation Co., Ltd. '
             'was founded in 2013 to develop and operate the park.</p></div></article>\n')
    return page(lang, ("关于我们 | " if zh else "About | ") + (C.SITE_ZH if zh else C.SITE_EN), f"/{lang}/about/", m,
                "/en/about/" if zh else "/zh/about/")


def contact():
    m = ('<article class="page"><h1>联系我们</h1><div class="content">'
         '<p>地址：上海市嘉定区沪欧路888号园区综合服务中心</p>'
         '<p>招商热线：<a href="tel:+862159908800">021-5990 8800</a></p>'
         '<p>电子邮箱：<a href="mailto:invest@huou-park.cn">invest@huou-park.cn</a></p>'
         '<p>员工内网（仅限园区网络访问）：<a href="http://10.0.12.5/oa/">OA系统</a> · <a href="http://192.168.1.20/print/">打印服务</a> · '
         '<a href="http://127.0.0.1:1313/">本地预览</a> · <a href="http://localhost:8080/admin/">运维后台</a></p>'
         '<p><a href="javascript:openMap()">查看地图</a></p>'
         '</div></article>\n')
    return page("zh", f"联系我们 | {C.SITE_ZH}", "/zh/contact/", m)


def careers():
    m = ('<article class="page"><h1>人才招聘</h1><div class="content">'
         '<ul><li>招商经理（德语方向）2名</li><li>物业工程主管 1名</li><li>企业服务专员 3名</li></ul>'
         '<p>简历请投递至 <a href="mailto:hr@huou-park.cn">hr@huou-park.cn</a></p>'
         '<p><a href="/news/">往期新闻</a> · <a href="/drafts/">草稿箱</a></p>'
         '</div></article>\n')
    return page("zh", f"人才招聘 | {C.SITE_ZH}", "/zh/careers/", m)


def search_shell():
    m = ('<h1>站内搜索</h1><form action="/zh/search/" method="get"><input type="search" name="q" placeholder="搜索"><button>搜索</button></form>'
         '<div id="search-results"></div><noscript>请启用JavaScript以使用搜索功能。</noscript>'
         '<p>热门搜索：<a href="/zh/search/?q=厂房">厂房</a> <a href="/zh/search/?q=租金补贴">租金补贴</a> <a href="/zh/search/?q=人才公寓">人才公寓</a></p>'
         '<script src="/js/fuse.min.js"></script><script src="/js/search.js"></script>\n')
    return page("zh", f"搜索 | {C.SITE_ZH}", "/zh/search/", m)


def rss(lang):
    items = "".join(f"<item><title>{_e(e['title'])}</title><link>{BASE}{e['path']}</link><guid>{BASE}{e['path']}</guid>"
                    f"<pubDate>{e['date']}</pubDate></item>\n" for e in C.lang_entries(lang))
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{_e(C.SITE_ZH if lang == "zh" else C.SITE_EN)}</title>'
            f'<link>{BASE}/</link>\n{items}</channel></rss>\n')


def sitemap():
    urls = ["/", "/en/", "/zh/news/", "/en/news/", "/zh/about/", "/en/about/", "/zh/contact/", "/zh/careers/", "/zh/space/"]
    urls += [f"/zh/park/{k}/" for k in C.PARK_PROFILES] + [f"/zh/space/{s[0]}/" for s in C.SPACES]
    urls += [e["path"] for e in C.ENTRIES]
    body = "".join(f"<url><loc>{BASE}{u}</loc></url>\n" for u in urls)
    return f'<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{body}</urlset>\n'


ROBOTS = f"User-agent: *\nDisallow: /admin/\nDisallow: /preview/\nDisallow: /drafts/\n\nSitemap: {BASE}/sitemap.xml\n"

OLD = {a["old"]: a for a in C.ARTICLES if a.get("old")}


class Emulator:
    origin = "http://" + C.WWW
    hosts = [C.WWW, C.HOST]

    def _r(self, status, body, ctype="text/html; charset=utf-8", extra=None):
        h = {"Date": C.DATE_HEADER, "Server": "nginx", "Content-Type": ctype}
        if extra:
            h.update(extra)
        return Response(status, h, body.encode("utf-8") if isinstance(body, str) else body)

    def _redirect(self, scheme, host, path):
        return self._r(301, f'<a href="{path}">Moved Permanently</a>', extra={"Location": f"{scheme}://{host}{path}"})

    def handle(self, method, url):
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host not in self.hosts:
            return self._r(404, "not found", "text/plain; charset=utf-8")
        if method not in ("GET", "HEAD"):
            return self._r(405, "method not allowed", "text/plain; charset=utf-8", {"Allow": "GET, HEAD"})
        path = unquote(parts.path or "/")
        scheme = parts.scheme or "http"
        routed = self.route(path, scheme, host, parts.query)
        if routed is None:
            return self._r(404, not_found_body("en" if path.startswith(("/en/", "/amp/en/")) else "zh"))
        return routed

    def route(self, path, scheme, host, query):
        r = self._r
        if path == "/robots.txt":
            return r(200, ROBOTS, "text/plain; charset=utf-8")
        if path == "/sitemap.xml":
            return r(200, sitemap(), "application/xml; charset=utf-8")
        if path == "/index.xml":
            return r(200, rss("zh"), "application/rss+xml; charset=utf-8")
        if path == "/en/index.xml":
            return r(200, rss("en"), "application/rss+xml; charset=utf-8")
        if path.startswith(("/admin", "/preview", "/drafts")):
            return r(403, "<h1>403 Forbidden</h1>")
        if path in OLD:
            a = OLD[path]
            return self._redirect(scheme, host, C.ENTRIES[[e["id"] for e in C.ENTRIES].index(a["id"])]["path"])
        if path.startswith(("/css/", "/js/", "/images/")):
            return None
        if not path.endswith("/"):
            if "." in path.rsplit("/", 1)[-1]:
                return None
            return self._redirect(scheme, host, path + "/")
        if path == "/zh/":
            return self._redirect(scheme, host, "/")
        if path == "/news/":
            return self._redirect(scheme, host, "/zh/news/")
        if path == "/":
            return r(200, home("zh"))
        if path == "/en/":
            return r(200, home("en"))
        if path.startswith("/amp/"):
            e = C.BY_PATH.get(path[4:])
            return r(200, amp_page(e)) if e else None
        if path in C.BY_PATH:
            return r(200, article_page(C.BY_PATH[path]))
        seg = path.strip("/").split("/")
        if len(seg) >= 2 and seg[0] in ("zh", "en"):
            lang = seg[0]
            rest = seg[1:]
            if rest == ["news"]:
                return r(200, news_list(lang, 1))
            if len(rest) == 3 and rest[:2] == ["news", "page"] and rest[2].isdigit():
                n = int(rest[2])
                if n == 1:
                    return self._redirect(scheme, host, f"/{lang}/news/")
                if 2 <= n <= len(news_pages(lang)):
                    return r(200, news_list(lang, n))
                return r(200, not_found_body(lang))  # soft 404: the 404 page, status 200
            if rest == ["categories"]:
                return r(200, categories_index(lang))
            if len(rest) == 2 and rest[0] == "categories" and rest[1] in C.CATEGORIES:
                return r(200, category_page(lang, rest[1]))
            if rest == ["tags"]:
                return r(200, tags_index(lang))
            if len(rest) == 2 and rest[0] == "tags":
                slugs = rest[1].replace(" ", "+").split("+")
                if all(s in C.TAGS for s in slugs) and len(set(slugs)) == len(slugs):
                    return r(200, tag_page(lang, slugs))
                return None
            if rest == ["about"]:
                return r(200, about(lang))
            if lang == "zh":
                if rest == ["contact"]:
                    return r(200, contact())
                if rest == ["careers"]:
                    return r(200, careers())
                if rest == ["search"]:
                    return r(200, search_shell())
                if rest == ["space"]:
                    return r(200, space_index())
                if len(rest) == 2 and rest[0] == "space":
                    for s in C.SPACES:
                        if s[0] == rest[1]:
                            return r(200, space_page(s))
                if len(rest) == 2 and rest[0] == "park" and rest[1] in C.PARK_PROFILES:
                    return r(200, park_page(rest[1]))
        return None


def emulator():
    return Emulator()
