"""dev_html5: an invented HTML5 site of a park development company (沪南智汇产业园), for the generic-mode benchmark.

Invented CMS "ZhiyuanPress 3" with a utility-class theme. UTF-8 throughout. Standard library only, deterministic.
``emulator()`` returns the object ``parkcrawler.testsite.server.serve`` runs.
"""

from __future__ import annotations

import hashlib
import html
import json
from urllib.parse import parse_qs, quote, urlsplit

from content import ARTICLES, CATEGORIES, COMPANY, LISTINGS, SALES, SITE_NAME, TAG_SLUGS

WWW = "www.hnzhihui.example.cn"
BARE = "hnzhihui.example.cn"
HOSTS = [WWW, BARE]
ORIGIN = "http://" + WWW
CANON = "https://" + WWW
DATE_HEADER = "Mon, 16 Dec 2024 02:00:00 GMT"
PAGE_SIZE = 6
API_SIZE = 8
FORBIDDEN = ["/member/", "/download/file/", "/preview/", "/api/internal/"]
CAT_NAME = dict(CATEGORIES)
TAG_BY_SLUG = {v: k for k, v in TAG_SLUGS.items()}
E = html.escape


class Response:
    def __init__(self, status: int, headers: dict, body: bytes):
        self.status = status
        self.headers = headers
        self.body = body


# ----------------------------------------------------------------------------------------------- data helpers
def _key(a):
    return (a["date"], a["time"] or "00:00")


ALL = sorted(ARTICLES, key=_key, reverse=True)
BY_PATH = {f"/{a['cat']}/{a['slug']}": a for a in ARTICLES}
BY_SLUG = {a["slug"]: a for a in ARTICLES}


def apath(a):
    return f"/{a['cat']}/{a['slug']}"


def shown_date(a):
    d = a["date"].replace("-", ".")
    return d + (" " + a["time"] if a["time"] else "")


def iso_date(a):
    return a["date"] + ("T" + a["time"] + "+08:00" if a["time"] else "")


def in_cat(cat):
    return [a for a in ALL if a["cat"] == cat]


def excerpt(a, n=48):
    for b in a["body"]:
        if not b.startswith(("#", "|", "-", ">")) and len(b) > 12:
            return b[:n] + "…" if len(b) > n else b
    return a["title"]


def hot():
    return sorted([a for a in ARTICLES if a["views"]], key=lambda a: (-a["views"], a["slug"]))[:6]


def tag_path(t):
    return f"/tag/{TAG_SLUGS[t]}"


# ----------------------------------------------------------------------------------------------- blocks
# Each block function returns (html, text): text is the visible text, lines joined with "\n".

def blk(html_, lines):
    return html_, "\n".join(lines)


def header_block():
    nav = [("/", "首页")] + [(f"/{c}/", n) for c, n in CATEGORIES] + [
        ("/space/", "厂房招商"), ("/downloads/", "资料下载"), ("/about/", "关于我们"), ("/contact/", "联系我们")]
    links = "".join(f'<li><a class="px-3 py-2 hover:text-sky-600" href="{u}">{n}</a></li>' for u, n in nav)
    h = f'''<header class="sticky top-0 z-30 bg-white/95 shadow-sm">
<div class="max-w-7xl mx-auto px-4 h-9 flex items-center justify-between text-xs text-gray-500 border-b">
<span>欢迎访问{SITE_NAME}官方网站</span>
<div class="flex gap-4"><a href="/events/calendar/2024-12">活动日历</a><a href="/service/?sid=7c1e9a02">企业服务大厅</a><a href="/member/login">会员登录</a><a href="javascript:void(0)" onclick="toggleLang()">EN</a></div></div>
<div class="max-w-7xl mx-auto px-4 h-16 md:flex items-center justify-between">
<a href="/" class="flex items-center gap-2 text-xl font-semibold text-sky-700"><span class="w-8 h-8 rounded bg-sky-600 inline-block"></span>{SITE_NAME}</a>
<ul class="hidden md:flex text-[15px] text-gray-700">{links}</ul>
<form action="/search" method="get" class="hidden lg:flex items-center gap-1"><input name="q" class="border rounded px-2 py-1 text-sm" placeholder="搜索厂房、政策"><button class="px-3 py-1 bg-sky-600 text-white rounded text-sm">搜索</button></form>
</div>
<div class="max-w-7xl mx-auto px-4 py-1 text-xs text-gray-400">热门搜索：<a href="/search?q=%E5%8E%82%E6%88%BF%E5%87%BA%E7%A7%9F">厂房出租</a> <a href="/search?q=%E7%A7%9F%E9%87%91%E8%A1%A5%E8%B4%B4">租金补贴</a></div>
</header>'''
    lines = [f"欢迎访问{SITE_NAME}官方网站", "活动日历", "企业服务大厅", "会员登录", "EN", SITE_NAME] + [n for _, n in nav] + [
        "搜索", "热门搜索：厂房出租 租金补贴"]
    return blk(h, lines)


def footer_block():
    h = f'''<footer class="mt-12 bg-slate-800 text-slate-300 text-sm">
<div class="max-w-7xl mx-auto px-4 py-10 grid md:grid-cols-4 gap-8">
<div><p class="text-white font-semibold mb-3">{COMPANY}</p><p>地址：上海市奉贤区金汇镇智汇路188号</p><p>招商热线：<a href="tel:021-57100000">021-57100000</a></p><p>邮箱：<a href="mailto:zhaoshang@hnzhihui.example.cn">zhaoshang@hnzhihui.example.cn</a></p></div>
<div><p class="text-white font-semibold mb-3">快速链接</p><p><a href="/about/">关于我们</a> · <a href="/contact/">联系我们</a></p><p><a href="/archive/?offset=0">文章归档</a> · <a href="/news/">旧版新闻中心</a></p><p><a href="http://hnzhihui.example.cn/">手机版</a> · <a href="/topics/jichengdianlu-zhuanti">集成电路专题</a></p></div>
<div><p class="text-white font-semibold mb-3">友情链接</p><p><a href="https://www.shanghai.gov.cn/" rel="nofollow">上海市人民政府</a> · <a href="https://www.fengxian.gov.cn/">奉贤区人民政府</a></p><p><a href="https://sheitc.sh.gov.cn/">上海市经济和信息化委员会</a></p></div>
<div><p class="text-white font-semibold mb-3">内部系统</p><p><a href="http://10.20.1.15/oa/">OA办公</a> · <a href="http://192.168.10.8:8080/monitor">视频监控</a> · <a href="http://localhost:3000/cms">内容管理</a></p><p><a href="javascript:scrollTo(0,0)">返回顶部</a></p></div>
</div>
<div class="border-t border-slate-700 py-4 text-center text-xs text-slate-400">© 2018-2024 {COMPANY} 版权所有 <a href="https://beian.miit.gov.cn/">沪ICP备18045621号-2</a> 沪公网安备31012002005123号</div>
</footer>'''
    lines = [COMPANY, "地址：上海市奉贤区金汇镇智汇路188号", "招商热线：021-57100000", "邮箱：zhaoshang@hnzhihui.example.cn",
             "快速链接", "关于我们 · 联系我们", "文章归档 · 旧版新闻中心", "手机版 · 集成电路专题",
             "友情链接", "上海市人民政府 · 奉贤区人民政府", "上海市经济和信息化委员会",
             "内部系统", "OA办公 · 视频监控 · 内容管理", "返回顶部",
             f"© 2018-2024 {COMPANY} 版权所有 沪ICP备18045621号-2 沪公网安备31012002005123号"]
    return blk(h, lines)


def card(a, href=None, with_excerpt=False, cls="py-3 border-b border-gray-100"):
    href = href or apath(a)
    ex = f'<p class="mt-1 text-sm text-gray-500 line-clamp-2">{E(excerpt(a))}</p>' if with_excerpt else ""
    h = (f'<article class="{cls}"><a href="{href}" class="block text-[15px] text-gray-800 hover:text-sky-600">{E(a["title"])}</a>'
         f'<div class="text-xs text-gray-400 mt-1">{shown_date(a)}</div>{ex}</article>')
    lines = [a["title"], shown_date(a)] + ([excerpt(a)] if with_excerpt else [])
    return h, lines


def sidebar_blocks():
    out = []
    cards = [card(a, cls="py-2") for a in hot()]
    h = '<div class="bg-white rounded-lg p-4 mb-6"><h3 class="text-base font-semibold mb-2 border-l-4 border-sky-600 pl-2">热门阅读</h3>' + "".join(c[0] for c in cards) + "</div>"
    out.append(blk(h, ["热门阅读"] + sum((c[1] for c in cards), [])))
    cards = [card(a, cls="py-2") for a in ALL[:5]]
    h = '<div class="bg-white rounded-lg p-4 mb-6"><h3 class="text-base font-semibold mb-2 border-l-4 border-sky-600 pl-2">最新发布</h3>' + "".join(c[0] for c in cards) + "</div>"
    out.append(blk(h, ["最新发布"] + sum((c[1] for c in cards), [])))
    h = '<div class="bg-sky-50 rounded-lg p-4 mb-6 text-center text-sm text-gray-600"><div class="w-28 h-28 mx-auto bg-white border"></div><p class="mt-2">扫码关注“智汇园区”公众号</p><p>获取最新招商政策与园区资讯</p></div>'
    out.append(blk(h, ["扫码关注“智汇园区”公众号", "获取最新招商政策与园区资讯"]))
    items, lines = "", ["厂房推荐"]
    for s in LISTINGS[:3]:
        items += f'<article class="py-2 border-b"><a href="/space/{s["slug"]}" class="text-sm">{E(s["title"])}</a><div class="text-xs text-orange-500">{s["kind"]} · {s["price"]}</div></article>'
        lines += [s["title"], f'{s["kind"]} · {s["price"]}']
    h = f'<div class="bg-white rounded-lg p-4 mb-6"><h3 class="text-base font-semibold mb-2">厂房推荐</h3>{items}</div>'
    out.append(blk(h, lines))
    return out


def contact_block():
    rows = "".join(f'<li class="flex justify-between py-1"><span>{n}</span><a href="tel:{t.replace("-", "")}" class="text-sky-600">{t}</a></li>' for n, t in SALES)
    h = f'<div class="mt-8 rounded-lg bg-orange-50 p-5 text-sm text-gray-700"><p class="font-semibold mb-2">招商热线（选址咨询、厂房看房）</p><ul>{rows}</ul><p class="mt-2">微信同号，工作日9:00-18:00</p></div>'
    return blk(h, ["招商热线（选址咨询、厂房看房）"] + [f"{n} {t}" for n, t in SALES] + ["微信同号，工作日9:00-18:00"])


def breadcrumb(items):
    parts = []
    for i, (u, n) in enumerate(items):
        parts.append(f'<a href="{u}" class="hover:text-sky-600">{n}</a>' if u else f'<span>{n}</span>')
    h = '<nav class="text-sm text-gray-500 mb-4 flex gap-2" aria-label="breadcrumb">' + '<span>/</span>'.join(parts) + "</nav>"
    return blk(h, [" / ".join(n for _, n in items)])


def page(title, canon_path, main_html, extra_head="", sidebar=True):
    head_b, _ = header_block()
    foot_b, _ = footer_block()
    side = ""
    if sidebar:
        side = '<aside class="lg:w-1/3 mt-8 lg:mt-0">' + "".join(b[0] for b in sidebar_blocks()) + "</aside>"
    doc = f'''<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="ZhiyuanPress 3.2">
<title>{E(title)}</title>
<link rel="canonical" href="{CANON}{canon_path}">
<link rel="stylesheet" href="/assets/app.8c1f2e.css">
{extra_head}
</head>
<body class="bg-gray-50 text-gray-800 antialiased">
{head_b}
<main class="max-w-7xl mx-auto px-4 py-6 lg:flex gap-8">
<div class="{'lg:w-2/3' if sidebar else 'w-full'}">
{main_html}
</div>
{side}
</main>
{foot_b}
<script src="/assets/app.8c1f2e.js" defer></script>
</body>
</html>'''
    return doc


# ----------------------------------------------------------------------------------------------- body rendering
def render_body(a, inline=None, end_append=None):
    """Return html of the body (and inline 延伸阅读 card html/lines if any)."""
    out = []
    blocks = a["body"]
    i = 0
    last_p = max(k for k, b in enumerate(blocks) if not b.startswith(("#", "|", "-", ">")))
    inline_bp = None
    while i < len(blocks):
        b = blocks[i]
        if b.startswith("|"):
            rows = []
            while i < len(blocks) and blocks[i].startswith("|"):
                rows.append([c.strip() for c in blocks[i].strip("| ").split("|")])
                i += 1
            th = "".join(f'<th class="border px-3 py-2 bg-gray-100">{E(c)}</th>' for c in rows[0])
            tb = "".join("<tr>" + "".join(f'<td class="border px-3 py-2">{E(c)}</td>' for c in r) + "</tr>" for r in rows[1:])
            out.append(f'<div class="overflow-x-auto my-4"><table class="w-full text-sm border-collapse"><thead><tr>{th}</tr></thead><tbody>{tb}</tbody></table></div>')
            idx_after = i - 1
        elif b.startswith("- "):
            items = []
            while i < len(blocks) and blocks[i].startswith("- "):
                items.append(f"<li>{E(blocks[i][2:])}</li>")
                i += 1
            out.append('<ul class="list-disc pl-6 space-y-1">' + "".join(items) + "</ul>")
            idx_after = i - 1
        else:
            if b.startswith("### "):
                out.append(f'<h3 class="text-lg font-semibold mt-6">{E(b[4:])}</h3>')
            elif b.startswith("## "):
                out.append(f'<h2 class="text-xl font-semibold mt-8 border-l-4 border-sky-600 pl-3">{E(b[3:])}</h2>')
            elif b.startswith("> "):
                out.append(f'<p class="text-xs text-gray-400">{E(b[2:])}</p>')
            else:
                tail = ""
                if i == last_p and end_append:
                    tail = E(end_append)
                out.append(f'<p class="indent-8">{E(b)}{tail}</p>')
            idx_after = i
            i += 1
        if inline and idx_after == inline[0]:
            t = BY_SLUG[inline[1]]
            h = (f'<article class="my-6 flex gap-4 rounded-lg border border-sky-100 bg-sky-50 p-4"><div class="w-20 h-16 bg-sky-200 rounded"></div>'
                 f'<div><p class="text-xs text-sky-600">延伸阅读</p><a href="{apath(t)}" class="font-medium">{E(t["title"])}</a>'
                 f'<p class="text-xs text-gray-400">{shown_date(t)}</p></div></article>')
            out.append(h)
            inline_bp = "\n".join(["延伸阅读", t["title"], shown_date(t)])
    return "\n".join(out), inline_bp


def body_texts(a):
    res = []
    for b in a["body"]:
        if b.startswith("|"):
            res.append(" ".join(c.strip() for c in b.strip("| ").split("|")))
        elif b.startswith(("## ", "- ", "> ")):
            res.append(b[3:] if b.startswith("## ") else b[2:])
        elif b.startswith("### "):
            res.append(b[4:])
        else:
            res.append(b)
    return res


def related(a):
    same = [x for x in ALL if x is not a and (set(x["tags"]) & set(a["tags"]))]
    rest = [x for x in ALL if x is not a and x not in same and x["cat"] == a["cat"]]
    return (same + rest)[:3]


def article_parts(a):
    """Render an article page; return (html, boilerplate list)."""
    bp = []
    hb = header_block()
    bp.append(hb[1])
    cat = CAT_NAME[a["cat"]]
    bc = breadcrumb([("/", "首页"), (f"/{a['cat']}/", cat), (None, "正文")])
    bp.append(bc[1])
    info_items = [f'<time datetime="{iso_date(a)}">{shown_date(a)}</time>']
    info_items.append(f'<span>来源：{E(a["source"])}</span>' if a["source"] else "<span>来源：本站原创</span>")
    if a["author"]:
        info_items.append(f'<span>作者：{E(a["author"])}</span>')
    if a["views"] is not None:
        info_items.append(f'<span>{a["views"]:,} 次浏览</span>')
    info_h = '<div class="flex flex-wrap gap-x-4 gap-y-1 text-xs text-gray-400 mt-3">' + "".join(info_items) + "</div>"
    info_lines = [shown_date(a), f"来源：{a['source']}" if a["source"] else "来源：本站原创"]
    if a["author"]:
        info_lines.append(f"作者：{a['author']}")
    if a["views"] is not None:
        info_lines.append(f"{a['views']:,} 次浏览")
    bp.append("\n".join(info_lines))
    tags_h = ""
    if a["tags"]:
        tags_h = '<div class="mt-3 flex flex-wrap gap-2 text-xs"><span class="text-gray-400">标签：</span>' + "".join(
            f'<a href="{tag_path(t)}" class="px-2 py-0.5 rounded-full bg-gray-100 text-gray-600">{E(t)}</a>' for t in a["tags"]) + "</div>"
        bp.append("\n".join(["标签：", *a["tags"]]))
    p = apath(a)
    share_h = (f'<div class="mt-4 flex items-center gap-3 text-sm text-gray-500 border-y py-2"><span>分享到：</span>'
               f'<a href="javascript:void(0)" data-share="wechat">微信</a><a href="https://service.weibo.com/share/share.php?url={quote(CANON + p, safe="")}" rel="nofollow">微博</a>'
               f'<a href="https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url={quote(CANON + p, safe="")}">QQ空间</a>'
               f'<a href="{p}?utm_source=share&amp;utm_medium=copylink">复制链接</a><a href="{p}?view=print" target="_blank">打印</a></div>')
    bp.append("\n".join(["分享到：", "微信", "微博", "QQ空间", "复制链接", "打印"]))
    pre = []
    if a.get("orig_title"):
        pre.append(f'<p class="text-sm text-gray-500">原标题：{E(a["orig_title"])}</p>')
        bp.append(f"原标题：{a['orig_title']}")
    if a.get("gov_meta"):
        pre.append('<div class="grid grid-cols-2 gap-1 text-xs text-gray-500 bg-gray-50 p-3 mb-4">' + "".join(f"<span>{E(x)}</span>" for x in a["gov_meta"]) + "</div>")
        bp.append("\n".join(a["gov_meta"]))
    if a.get("byline_block"):
        pre.append(f'<p class="text-center text-sm text-gray-500">{E(a["byline_block"])}</p>')
        bp.append(a["byline_block"])
    body_h, inline_bp = render_body(a, a.get("inline_card"), a.get("end_append"))
    if inline_bp:
        bp.append(inline_bp)
    if a.get("end_append"):
        bp.append(a["end_append"])
    post = []
    for t in a.get("tail_blocks", []):
        post.append(f'<p class="text-sm text-gray-500">{E(t)}</p>')
        bp.append(t)
    if a["cat"] == "media" and a["slug"] == "jiefang-ribao-xinpian-yuanqu-jueqi":
        post.append('<p class="text-sm text-gray-500">相关阅读：<a href="/insights/lingang-xinpian-yuanqu-kaiyuan/">智汇芯片产业园二期正式开园</a></p>')
        bp.append("相关阅读：智汇芯片产业园二期正式开园")
    ed_h = f'<div class="mt-6 text-right text-sm text-gray-500">责任编辑：{E(a["editor"])}</div>'
    bp.append(f"责任编辑：{a['editor']}")
    if a["source"]:
        disc = "声明：本站转载的文章仅为传递更多信息之目的，不代表本站观点。如有侵权，请联系我们删除。"
    else:
        disc = f"版权声明：本文为{SITE_NAME}原创内容，转载请注明出处。"
    disc_h = f'<div class="mt-4 rounded bg-gray-50 p-3 text-xs text-gray-400">{disc}</div>'
    bp.append(disc)
    seq = in_cat(a["cat"])
    i = seq.index(a)
    prev_a = seq[i + 1] if i + 1 < len(seq) else None  # older
    next_a = seq[i - 1] if i > 0 else None  # newer
    pn_h = '<div class="mt-6 grid md:grid-cols-2 gap-4 text-sm">'
    pn_lines = []
    for lab, x in (("上一篇", prev_a), ("下一篇", next_a)):
        if x:
            pn_h += f'<div>{lab}：<a href="{apath(x)}" class="text-sky-700">{E(x["title"])}</a></div>'
            pn_lines.append(f"{lab}：{x['title']}")
        else:
            pn_h += f'<div>{lab}：没有了</div>'
            pn_lines.append(f"{lab}：没有了")
    pn_h += "</div>"
    bp.append("\n".join(pn_lines))
    rel = related(a)
    rel_cards = [card(x, href=apath(x) + "?from=related", with_excerpt=True, cls="p-4 bg-white rounded-lg") for x in rel]
    rel_extra = ""
    rel_lines = ["相关推荐"] + sum((c[1] for c in rel_cards), [])
    if a["slug"] == "lingang-xinpian-yuanqu-kaiyuan":
        rel_extra = '<article class="p-4 bg-white rounded-lg"><a href="/insights/yuanqu-xiaofang-yanlian-jiuban">园区消防演练（旧版）</a><div class="text-xs text-gray-400 mt-1">2019.11.09</div></article>'
        rel_lines += ["园区消防演练（旧版）", "2019.11.09"]
    rel_h = '<section class="mt-8"><h3 class="text-lg font-semibold mb-3">相关推荐</h3><div class="grid md:grid-cols-3 gap-4">' + "".join(c[0] for c in rel_cards) + rel_extra + "</div></section>"
    bp.append("\n".join(rel_lines))
    cb = contact_block()
    bp.append(cb[1])
    for b in sidebar_blocks():
        bp.append(b[1])
    bp.append(footer_block()[1])
    main = (bc[0] + '<article class="bg-white rounded-lg p-6 md:p-8 shadow-sm">'
            f'<h1 class="text-2xl md:text-3xl font-bold leading-snug">{E(a["title"])}</h1>' + info_h + tags_h + share_h
            + '<div class="mt-6 text-[16px] leading-8 text-gray-700 space-y-4">' + "\n".join(pre) + body_h + "\n".join(post) + "</div>"
            + ed_h + disc_h + pn_h + "</article>" + rel_h + cb[0])
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": iso_date(a), "dateModified": iso_date(a),
          "mainEntityOfPage": CANON + p, "keywords": ",".join(a["tags"]),
          "publisher": {"@type": "Organization", "name": COMPANY}}
    if a["author"]:
        ld["author"] = {"@type": "Person", "name": a["author"]}
    if a["source"]:
        ld["isBasedOn"] = a["source"]
    head = '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>"
    title = f"{a['title']} - {cat} - {SITE_NAME}"
    return page(title, p, main, head), bp


def print_view(a):
    body_h, _ = render_body(a, None, a.get("end_append"))
    return f'''<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{E(a["title"])}（打印版）</title>
<link rel="canonical" href="{CANON}{apath(a)}"><meta name="robots" content="noindex"></head>
<body class="p-8 text-black" onload="window.print()"><h1 class="text-2xl font-bold">{E(a["title"])}</h1>
<div class="text-sm">{shown_date(a)}　{("来源：" + E(a["source"])) if a["source"] else "来源：本站原创"}</div>
<div class="mt-4 leading-8">{body_h}</div>
<div class="mt-8 text-sm"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div></body></html>'''


# ----------------------------------------------------------------------------------------------- other pages
def pager(base, n, last):
    parts = []
    if n > 1:
        parts.append(f'<a class="px-3 py-1 border rounded" href="{base if n == 2 else base + "page/" + str(n - 1)}">上一页</a>')
    for k in range(1, last + 1):
        u = base if k == 1 else f"{base}page/{k}"
        parts.append(f'<span class="px-3 py-1 bg-sky-600 text-white rounded">{k}</span>' if k == n else f'<a class="px-3 py-1 border rounded" href="{u}">{k}</a>')
    if n < last:
        parts.append(f'<a class="px-3 py-1 border rounded" href="{base}page/{n + 1}">下一页</a>')
    return '<nav class="mt-6 flex gap-2 text-sm">' + "".join(parts) + "</nav>"


def list_page(cat, n):
    items = in_cat(cat)
    last = (len(items) + PAGE_SIZE - 1) // PAGE_SIZE
    if n < 1 or n > last:
        return None
    chunk = items[(n - 1) * PAGE_SIZE: n * PAGE_SIZE]
    cards = "".join(card(a, with_excerpt=True, cls="py-4 border-b border-gray-100")[0] for a in chunk)
    name = CAT_NAME[cat]
    main = breadcrumb([("/", "首页"), (None, name)])[0] + f'<div class="bg-white rounded-lg p-6"><h1 class="text-2xl font-bold mb-4">{name}</h1>{cards}{pager(f"/{cat}/", n, last)}</div>'
    path = f"/{cat}/" if n == 1 else f"/{cat}/page/{n}"
    return page(f"{name}{'' if n == 1 else f' - 第{n}页'} - {SITE_NAME}", path, main)


def tag_page(slug):
    t = TAG_BY_SLUG.get(slug)
    if not t:
        return None
    items = [a for a in ALL if t in a["tags"]]
    cards = "".join(card(a, with_excerpt=True, cls="py-4 border-b")[0] for a in items)
    main = breadcrumb([("/", "首页"), (None, "标签：" + t)])[0] + f'<div class="bg-white rounded-lg p-6"><h1 class="text-2xl font-bold mb-4"># {E(t)}</h1><p class="text-sm text-gray-500 mb-2">共 {len(items)} 篇</p>{cards}</div>'
    return page(f"{t} - 标签 - {SITE_NAME}", f"/tag/{slug}", main)


def topic_page():
    items = [a for a in ALL if "集成电路" in a["tags"] or "智能制造" in a["tags"]]
    cards = "".join(card(a, with_excerpt=True, cls="p-4 bg-white rounded-lg shadow-sm")[0] for a in items)
    main = ('<section class="rounded-xl bg-gradient-to-r from-sky-700 to-indigo-700 text-white p-8"><h1 class="text-3xl font-bold">集成电路产业专题</h1>'
            '<p class="mt-3 opacity-90">聚焦园区集成电路和智能制造产业发展，汇集园区动态、政策解读与媒体报道。</p></section>'
            f'<div class="mt-6 grid md:grid-cols-2 gap-4">{cards}</div>')
    return page(f"集成电路产业专题 - {SITE_NAME}", "/topics/jichengdianlu-zhuanti", main, sidebar=False)


def home_page():
    latest = "".join(card(a, with_excerpt=True, cls="p-4 bg-white rounded-lg shadow-sm")[0] for a in ALL[:API_SIZE])
    blocks = ""
    for cat, name in CATEGORIES[1:]:
        cs = "".join(card(a, cls="py-2 border-b border-dashed")[0] for a in in_cat(cat)[:5])
        blocks += f'<section class="bg-white rounded-lg p-5"><div class="flex justify-between mb-2"><h2 class="font-semibold">{name}</h2><a class="text-xs text-gray-400" href="/{cat}/">更多 &gt;</a></div>{cs}</section>'
    spaces = "".join(f'<article class="p-4 bg-white rounded-lg shadow-sm"><div class="h-28 bg-gray-200 rounded mb-2"></div><a href="/space/{s["slug"]}" class="font-medium">{E(s["title"])}</a><div class="text-orange-500 text-sm">{s["price"]}</div></article>' for s in LISTINGS)
    main = f'''<section class="rounded-xl bg-gradient-to-r from-sky-700 to-cyan-600 text-white p-10"><h1 class="text-3xl md:text-4xl font-bold">南上海先进制造业承载区</h1>
<p class="mt-3 text-lg opacity-90">规划面积3.6平方公里 · 标准厂房120万㎡ · 已入驻企业420家</p>
<div class="mt-6 flex gap-3"><a href="/space/" class="px-5 py-2 bg-white text-sky-700 rounded">找厂房</a><a href="/topics/jichengdianlu-zhuanti" class="px-5 py-2 border border-white rounded">集成电路专题</a><a href="tel:021-57100000" class="px-5 py-2 border border-white rounded">致电招商</a></div></section>
<section class="mt-8"><div class="flex justify-between items-end mb-3"><h2 class="text-xl font-semibold">最新动态</h2><a href="/insights/" class="text-sm text-sky-600">查看全部</a></div>
<div id="feed" class="grid md:grid-cols-2 gap-4">{latest}</div>
<div class="text-center mt-4"><a href="/api/posts?page=2" role="button" class="inline-block px-6 py-2 border rounded-full text-sm text-gray-600" onclick="loadMore(this);return false">加载更多</a></div>
<p class="text-xs text-gray-400 mt-2">即将发布：<a href="/preview/niandu-zhaoshang-jihua">2025年度招商计划（预览）</a></p></section>
<div class="mt-8 grid md:grid-cols-3 gap-4">{blocks}</div>
<section class="mt-8"><h2 class="text-xl font-semibold mb-3">厂房资源</h2><div class="grid md:grid-cols-3 gap-4">{spaces}</div></section>
<script>function loadMore(b){{fetch(b.getAttribute('href')).then(r=>r.json()).then(d=>{{d.items.forEach(i=>{{var e=document.createElement('article');e.className='p-4 bg-white rounded-lg shadow-sm';e.innerHTML='<a href="'+i.url+'">'+i.title+'</a><div class="text-xs text-gray-400">'+i.date+'</div>';document.getElementById('feed').appendChild(e)}});if(d.next){{b.setAttribute('href',d.next)}}else{{b.remove()}}}})}}</script>'''
    ld = {"@context": "https://schema.org", "@type": "Organization", "name": COMPANY, "url": CANON + "/", "telephone": "021-57100000"}
    return page(f"{SITE_NAME} - 厂房出租 园区招商 产业政策", "/", main, '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>", sidebar=False)


def api_posts(n):
    last = (len(ALL) + API_SIZE - 1) // API_SIZE
    if n < 1 or n > last:
        return None
    chunk = ALL[(n - 1) * API_SIZE: n * API_SIZE]
    data = {"page": n, "total": len(ALL),
            "items": [{"title": a["title"], "url": apath(a), "date": shown_date(a), "category": CAT_NAME[a["cat"]], "summary": excerpt(a)} for a in chunk],
            "next": f"/api/posts?page={n + 1}" if n < last else None}
    return json.dumps(data, ensure_ascii=False)


def space_list():
    cards = "".join(f'<article class="p-4 bg-white rounded-lg shadow-sm"><a href="/space/{s["slug"]}" class="font-medium">{E(s["title"])}</a><div class="text-sm text-gray-500">{s["kind"]} · 面积{s["area"]}㎡ · {s["price"]}</div></article>' for s in LISTINGS)
    main = breadcrumb([("/", "首页"), (None, "厂房招商")])[0] + f'<h1 class="text-2xl font-bold mb-4">厂房招商</h1><div class="grid md:grid-cols-2 gap-4">{cards}</div>' + contact_block()[0]
    return page(f"厂房招商 - {SITE_NAME}", "/space/", main)


def space_detail(slug):
    s = next((x for x in LISTINGS if x["slug"] == slug), None)
    if not s:
        return None
    specs = "".join(f'<tr><td class="px-3 py-2 bg-gray-50 w-32">{k}</td><td class="px-3 py-2">{v}</td></tr>' for k, v in s["specs"])
    desc = "".join(f'<p class="mt-3">{E(d)}</p>' for d in s["desc"])
    ld = {"@context": "https://schema.org", "@type": "Product", "name": s["title"], "offers": {"@type": "Offer", "price": s["price"], "priceCurrency": "CNY"}}
    main = (breadcrumb([("/", "首页"), ("/space/", "厂房招商"), (None, s["title"])])[0]
            + f'<article class="bg-white rounded-lg p-6"><div class="h-64 bg-gray-200 rounded mb-4"></div><h1 class="text-2xl font-bold">{E(s["title"])}</h1>'
            f'<div class="text-2xl text-orange-500 mt-2">{s["price"]}</div><table class="mt-4 w-full text-sm border">{specs}</table>{desc}</article>' + contact_block()[0])
    return page(f"{s['title']} - 厂房招商 - {SITE_NAME}", f"/space/{slug}", main, '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")


DOWNLOADS = [("ruzhu-shenqing-biao.docx", "园区企业入驻申请表"), ("zhaoshang-shouce.pdf", "沪南智汇产业园招商手册"), ("zhengce-huibian.pdf", "园区产业扶持政策汇编")]


def downloads_page():
    rows = "".join(f'<li class="flex justify-between py-3 border-b"><span>{t}</span><a href="/download/file/{f}" class="text-sky-600">下载</a></li>' for f, t in DOWNLOADS)
    main = (breadcrumb([("/", "首页"), (None, "资料下载")])[0] + '<div class="bg-white rounded-lg p-6"><h1 class="text-2xl font-bold mb-4">资料下载</h1>'
            f'<ul>{rows}<li class="py-3 border-b"><a href="/downloads/ruzhu-shenqing-biao">入驻申请表填写说明</a></li><li class="py-3"><a href="/downloads/jiuban-zhaoshang-shouce">2019版招商手册</a></li></ul></div>')
    return page(f"资料下载 - {SITE_NAME}", "/downloads/", main)


def download_detail():
    main = (breadcrumb([("/", "首页"), ("/downloads/", "资料下载"), (None, "入驻申请表填写说明")])[0]
            + '<div class="bg-white rounded-lg p-6"><h1 class="text-2xl font-bold">入驻申请表填写说明</h1><p class="mt-3">请下载申请表后如实填写企业基本信息、拟入驻面积和用途，加盖公章后扫描发送至招商邮箱。</p>'
            '<p class="mt-3"><a href="/download/file/ruzhu-shenqing-biao.docx">点击下载申请表</a> · <a href="mailto:zhaoshang@hnzhihui.example.cn">发送邮件</a></p></div>')
    return page(f"入驻申请表填写说明 - {SITE_NAME}", "/downloads/ruzhu-shenqing-biao", main)


def about_page():
    main = (breadcrumb([("/", "首页"), (None, "关于我们")])[0] + f'<div class="bg-white rounded-lg p-6"><h1 class="text-2xl font-bold">关于我们</h1>'
            f'<p class="mt-3">{COMPANY}成立于2018年，是奉贤区重点产业园区的开发建设和运营主体，负责沪南智汇产业园的规划建设、招商引资和企业服务。</p>'
            '<p class="mt-3">园区规划面积3.6平方公里，重点发展集成电路、生物医药和智能装备产业，已建成标准厂房和研发楼宇120万平方米。</p>'
            '<p class="mt-3"><a href="/about/fazhan-licheng">发展历程</a> · <a href="/contact/">联系我们</a></p></div>')
    return page(f"关于我们 - {SITE_NAME}", "/about/", main)


def history_page():
    rows = [("2018", "公司成立，园区一期开工建设"), ("2020", "一期标准厂房竣工交付"), ("2022", "入驻企业突破300家"), ("2024", "芯片产业园二期开园")]
    tr = "".join(f'<tr><td class="px-3 py-2 border">{y}</td><td class="px-3 py-2 border">{t}</td></tr>' for y, t in rows)
    main = breadcrumb([("/", "首页"), ("/about/", "关于我们"), (None, "发展历程")])[0] + f'<div class="bg-white rounded-lg p-6"><h1 class="text-2xl font-bold">发展历程</h1><table class="mt-4 w-full text-sm">{tr}</table></div>'
    return page(f"发展历程 - {SITE_NAME}", "/about/fazhan-licheng", main)


def contact_page():
    main = (breadcrumb([("/", "首页"), (None, "联系我们")])[0] + '<div class="bg-white rounded-lg p-6"><h1 class="text-2xl font-bold">联系我们</h1>'
            '<p class="mt-3">地址：上海市奉贤区金汇镇智汇路188号 园区综合楼</p><p>招商热线：<a href="tel:021-57100000">021-57100000</a></p>'
            '<p>邮箱：<a href="mailto:zhaoshang@hnzhihui.example.cn">zhaoshang@hnzhihui.example.cn</a></p>'
            '<p>在线地图：<a href="https://map.baidu.com/search/%E6%B2%AA%E5%8D%97%E6%99%BA%E6%B1%87%E4%BA%A7%E4%B8%9A%E5%9B%AD">百度地图</a></p>'
            '<div class="h-64 bg-gray-200 rounded mt-4"></div></div>' + contact_block()[0])
    return page(f"联系我们 - {SITE_NAME}", "/contact/", main)


def not_found_page():
    return page(f"页面不存在 - {SITE_NAME}", "/404", '<div class="bg-white rounded-lg p-12 text-center"><h1 class="text-5xl font-bold text-gray-300">404</h1><p class="mt-4">您访问的页面不存在或已被删除。</p><p class="mt-4"><a href="/">返回首页</a></p></div>', sidebar=False)


def calendar_page(ym):
    y, m = ym
    py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
    ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
    cells = "".join(f'<div class="h-16 border p-1 text-xs">{d}</div>' for d in range(1, 29))
    ev = '<p class="mt-4 text-sm">本月活动：园区开放日（每月第一个周五）</p>' if (y, m) >= (2024, 1) else '<p class="mt-4 text-sm text-gray-400">本月暂无活动</p>'
    main = (f'<div class="bg-white rounded-lg p-6"><h1 class="text-2xl font-bold">活动日历 {y}年{m}月</h1><div class="flex justify-between my-3 text-sm">'
            f'<a href="/events/calendar/{py:04d}-{pm:02d}">‹ 上一月</a><a href="/events/calendar/{ny:04d}-{nm:02d}">下一月 ›</a></div><div class="grid grid-cols-7">{cells}</div>{ev}</div>')
    return page(f"活动日历 {y}年{m}月 - {SITE_NAME}", f"/events/calendar/{y:04d}-{m:02d}", main, sidebar=False)


def _sid(seed):
    return hashlib.sha1(seed.encode()).hexdigest()[:8]


def service_page(path, sid):
    new = _sid(sid + path)
    title = {"/service/": "企业服务大厅", "/service/apply": "政策申报", "/service/repair": "在线报修"}[path]
    main = (f'<div class="bg-white rounded-lg p-6"><h1 class="text-2xl font-bold">{title}</h1><p class="mt-2 text-xs text-gray-400">会话编号：{sid}</p>'
            f'<div class="mt-4 flex gap-4"><a href="/service/?sid={new}">服务大厅</a><a href="/service/apply?sid={new}">政策申报</a><a href="/service/repair?sid={new}">在线报修</a></div>'
            '<p class="mt-4 text-sm">请登录后办理相关业务。</p></div>')
    return page(f"{title} - {SITE_NAME}", "/service/", main, sidebar=False)


def search_page(q, n):
    hits = [a for a in ALL if q and (q in a["title"] or any(q in b for b in a["body"]))] or ALL[:5]
    chunk = [hits[(n * 3 + k) % len(hits)] for k in range(5)]
    cards = "".join(card(a, with_excerpt=True, cls="py-3 border-b")[0] for a in chunk)
    qq = quote(q)
    rel = "".join(f'<a class="mr-3" href="/search?q={quote(q + w)}">{E(q + w)}</a>' for w in (" 租金", " 政策"))
    main = (f'<div class="bg-white rounded-lg p-6"><h1 class="text-xl font-bold">“{E(q)}”的搜索结果</h1><p class="text-xs text-gray-400">第{n}页</p>{cards}'
            f'<div class="mt-4 text-sm">相关搜索：{rel}</div><div class="mt-4 flex gap-2 text-sm">'
            + (f'<a href="/search?q={qq}&amp;page={n - 1}">上一页</a>' if n > 1 else "")
            + f'<a href="/search?q={qq}&amp;page={n + 1}">下一页</a></div></div>')
    return page(f"搜索：{q} - {SITE_NAME}", "/search", main)


def archive_page(off):
    n = len(ALL)
    chunk = [ALL[(off + k) % n] for k in range(10)]
    cards = "".join(card(a, cls="py-2 border-b")[0] for a in chunk)
    nav = (f'<a href="/archive/?offset={off - 10}">上一页</a> ' if off >= 10 else "") + f'<a href="/archive/?offset={off + 10}">下一页</a>'
    main = f'<div class="bg-white rounded-lg p-6"><h1 class="text-2xl font-bold">文章归档</h1>{cards}<div class="mt-4 text-sm">{nav}</div></div>'
    return page(f"文章归档 - {SITE_NAME}", "/archive/", main)


def member_page():
    return page(f"会员登录 - {SITE_NAME}", "/member/login", '<form class="bg-white p-6" method="post" action="/member/login"><h1>会员登录</h1><input name="u"><input name="p" type="password"><button>登录</button></form>', sidebar=False)


def preview_page():
    main = ('<article class="bg-white rounded-lg p-6"><h1 class="text-2xl font-bold">2025年度招商计划（草稿）</h1><div class="text-xs text-gray-400">2024.12.20 · 草稿，请勿外传</div>'
            '<p class="mt-4">2025年，园区计划新增引进重点产业项目40个，新增签约面积30万平方米，重点面向集成电路装备材料和生物医药中试环节。</p>'
            '<p class="mt-3">招商部将按季度分解目标，并建立项目储备库动态管理机制。</p></article>')
    return page("2025年度招商计划（草稿）", "/preview/niandu-zhaoshang-jihua", main)


ROBOTS = "User-agent: *\n" + "".join(f"Disallow: {p}\n" for p in FORBIDDEN) + "\nUser-agent: Baiduspider\nAllow: /\n" + "".join(f"Disallow: {p}\n" for p in FORBIDDEN)


# ----------------------------------------------------------------------------------------------- emulator
class DevHtml5Site:
    origin = ORIGIN
    hosts = HOSTS

    def _resp(self, status, body, ctype="text/html; charset=utf-8", extra=None):
        h = {"Date": DATE_HEADER, "Server": "nginx/1.24.0", "Content-Type": ctype, "X-Powered-By": "ZhiyuanPress/3.2"}
        if extra:
            h.update(extra)
        if isinstance(body, str):
            body = body.encode("utf-8")
        return Response(status, h, body)

    def _redirect(self, scheme, host, loc, code=301):
        return self._resp(code, b"", "text/html; charset=utf-8", {"Location": f"{scheme}://{host}{loc}"})

    def handle(self, method, url):
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        scheme = parts.scheme or "http"
        if host not in HOSTS:
            return Response(502, {"Date": DATE_HEADER, "Content-Type": "text/plain"}, b"Bad Gateway")
        if method not in ("GET", "HEAD", "POST"):
            return self._resp(405, "Method Not Allowed", "text/plain; charset=utf-8", {"Allow": "GET, HEAD"})
        path = parts.path or "/"
        q = parse_qs(parts.query)
        try:
            r = self._route(scheme, host, path, q)
        except ValueError:
            r = None
        if r is None:
            return self._resp(404, not_found_page())
        return r

    def _route(self, scheme, host, path, q):
        def one(k, d=""):
            return q.get(k, [d])[0]

        if path == "/robots.txt":
            return self._resp(200, ROBOTS, "text/plain; charset=utf-8")
        if path == "/":
            return self._resp(200, home_page())
        if path in ("/news", "/news/"):
            return self._redirect(scheme, host, "/insights/")
        if path in ("/about", "/contact", "/space", "/downloads"):
            return self._redirect(scheme, host, path + "/")
        segs = path.strip("/").split("/")
        if segs[0] in CAT_NAME:
            cat = segs[0]
            if len(segs) == 1 and path.endswith("/"):
                return self._resp(200, list_page(cat, 1))
            if len(segs) == 1:
                return self._redirect(scheme, host, f"/{cat}/")
            if len(segs) == 3 and segs[1] == "page" and segs[2].isdigit():
                n = int(segs[2])
                if n == 1:
                    return self._redirect(scheme, host, f"/{cat}/")
                h = list_page(cat, n)
                return self._resp(200, h) if h else None
            if len(segs) == 2:
                a = BY_PATH.get(f"/{cat}/{segs[1]}")
                if not a:
                    return None
                if path.endswith("/"):
                    return self._redirect(scheme, host, apath(a))
                if one("view") == "print":
                    return self._resp(200, print_view(a))
                return self._resp(200, article_parts(a)[0])
            return None
        if segs[0] == "tag" and len(segs) == 2:
            h = tag_page(segs[1])
            return self._resp(200, h) if h else None
        if path == "/topics/jichengdianlu-zhuanti":
            return self._resp(200, topic_page())
        if path == "/space/":
            return self._resp(200, space_list())
        if segs[0] == "space" and len(segs) == 2:
            h = space_detail(segs[1])
            return self._resp(200, h) if h else None
        if path == "/downloads/":
            return self._resp(200, downloads_page())
        if path == "/downloads/ruzhu-shenqing-biao":
            return self._resp(200, download_detail())
        if segs[0] == "download" and len(segs) == 3 and segs[1] == "file" and segs[2] in dict(DOWNLOADS):
            ctype = "application/pdf" if segs[2].endswith(".pdf") else "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            return self._resp(200, b"%PDF-1.4\n% placeholder\n" if segs[2].endswith(".pdf") else b"PK\x03\x04placeholder", ctype)
        if path == "/about/":
            return self._resp(200, about_page())
        if path == "/about/fazhan-licheng":
            return self._resp(200, history_page())
        if path == "/contact/":
            return self._resp(200, contact_page())
        if path in ("/events/calendar", "/events/calendar/"):
            return self._redirect(scheme, host, "/events/calendar/2024-12", 302)
        if segs[0] == "events" and len(segs) == 3 and segs[1] == "calendar":
            ym = segs[2]
            if len(ym) == 7 and ym[4] == "-" and ym[:4].isdigit() and ym[5:].isdigit() and 1 <= int(ym[5:]) <= 12 and int(ym[:4]) >= 1:
                return self._resp(200, calendar_page((int(ym[:4]), int(ym[5:]))))
            return None
        if path in ("/service/", "/service/apply", "/service/repair"):
            sid = one("sid")
            if not sid:
                return self._redirect(scheme, host, f"{path}?sid={_sid('root' + path)}", 302)
            return self._resp(200, service_page(path, sid))
        if path in ("/search", "/search/"):
            n = int(one("page", "1") or "1")
            if n < 1:
                return None
            return self._resp(200, search_page(one("q"), n))
        if path == "/archive/":
            off = int(one("offset", "0") or "0")
            if off < 0:
                return None
            return self._resp(200, archive_page(off))
        if path == "/archive":
            return self._redirect(scheme, host, "/archive/?offset=0")
        if path == "/api/posts":
            d = api_posts(int(one("page", "1") or "1"))
            return self._resp(200, d, "application/json; charset=utf-8") if d else None
        if path == "/member/login":
            return self._resp(200, member_page())
        if path == "/preview/niandu-zhaoshang-jihua":
            return self._resp(200, preview_page())
        return None


def emulator():
    return DevHtml5Site()
