"""Emulator of 星城招商网 (www.xczs.gov.cn): server-side pre-rendered Vue snapshots. Standard library only."""
import html
import re
from urllib.parse import urlsplit, parse_qs

import bureau_content as C

T = "1710720000"  # fixed cache-buster value used on internal links
E = html.escape


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body


def _resp(status, body=b"", ctype="text/html; charset=utf-8", extra=None):
    h = {"Date": C.DATE_HEADER, "Server": "nginx", "Content-Type": ctype}
    if extra:
        h.update(extra)
    if isinstance(body, str):
        body = body.encode("utf-8")
    return Response(status, h, body)


def _redirect(loc):
    return _resp(301, "<html><body>301 Moved Permanently</body></html>", extra={"Location": loc})


NAV = [("/", "首页")] + [(f"/news/list/{c}", n) for c, n in C.COLUMNS] + [
    ("/tzhj/qwys.html", "投资环境"), ("/xmk/list.html", "项目库"), ("/zcwj/list.html", "政策文件"),
    ("/zxzx.html", "在线咨询"), ("/en/", "English")]


def _page(title, inner, path="/", sidebar=True):
    nav = "".join(f'<li class="el-menu-item"><a href="{h}">{n}</a></li>' for h, n in NAV)
    side = ""
    if sidebar:
        side = f"""<aside class="layout-aside">
<div class="el-card side-hotline"><div class="el-card__header">招商热线</div><div class="el-card__body"><p class="hotline">0731-88886666</p><p>工作日 8:30-17:30</p></div></div>
<div class="el-card side-map"><a href="/tzdt.html?_t={T}" class="map-link">投资地图</a></div>
<div class="el-card side-qr"><img src="/static/img/qr-wechat.png" alt="微信公众号"><p>扫码关注“星城招商”微信公众号</p>
<img src="/static/img/qr-app.png" alt="APP"><p>下载“投资星城”APP</p></div>
<div class="el-card side-links"><div class="el-card__header">友情链接</div>
<a href="http://www.mofcom.gov.cn/">商务部</a><a href="https://www.invest-hunan.example.org/">省投资促进事务中心</a>
<a href="http://10.12.0.8/oa/">内网办公</a><a href="http://192.168.1.20/">数据平台</a></div></aside>"""
    return f"""<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{E(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><link rel="stylesheet" href="/static/css/app.3f2a9c.css">
</head><body><div id="app" data-server-rendered="true"><div class="layout">
<header class="layout-header"><div class="top-bar"><span>欢迎访问星城招商网</span>
<a href="{E(path)}{'&' if '?' in path else '?'}lang=zh_TW">繁體</a><a href="/en/">English</a>
<a href="javascript:void(0)" class="fav">加入收藏</a><a href="http://127.0.0.1:8080/preview/">预览</a><a href="/admin/login">后台管理</a></div>
<div class="logo"><a href="/"><img src="/static/img/logo.png" alt="星城市投资促进局"></a><span class="site-tag">星城招商网</span></div>
<form class="search-form" action="/search" method="get"><input name="keyword" placeholder="请输入关键词"><button>搜索</button></form>
<ul class="el-menu el-menu--horizontal">{nav}</ul></header>
<div class="layout-container"><main class="layout-main">{inner}</main>{side}</div>
<footer class="layout-footer"><div class="footer-links"><a href="/tzhj/qwys.html">关于我们</a><a href="mailto:tzcjj@xczs.gov.cn">联系我们</a><a href="tel:073188886666">招商热线</a><a href="http://localhost:8000/sitemap">网站地图</a></div>
<p>主办单位：星城市投资促进局　地址：星城市岳麓区政务中心东楼8楼</p>
<p>湘ICP备05001234号-2　湘公网安备 43010402000123号　网站标识码：4301000012</p>
<p>版权所有 © 2024 星城市投资促进局 未经授权不得转载</p></footer></div></div>
<script src="/static/js/chunk-vendors.8d1e.js"></script><script src="/static/js/app.3f2a9c.js"></script></body></html>"""


def _crumb(items):
    parts = []
    for h, n in items:
        inner = f'<a href="{h}">{n}</a>' if h else n
        parts.append(f'<span class="el-breadcrumb__item"><span class="el-breadcrumb__inner">{inner}</span><span class="el-breadcrumb__separator">/</span></span>')
    return '<div class="el-breadcrumb" aria-label="Breadcrumb">' + "".join(parts) + "</div>"


def _art_url(a, form="canon"):
    if form == "canon":
        return f"/news/detail/{a['id']}.html"
    if form == "t":
        return f"/news/detail/{a['id']}.html?_t={T}"
    return f"/news/detail?id={a['id']}"


def _content_html(a):
    out = []
    for t, p in a["blocks"]:
        if t == "p":
            out.append(f"<p>{E(p)}</p>")
        elif t == "h":
            out.append(f"<p><strong>{E(p)}</strong></p>")
        elif t == "junk":
            out.append(f'<p style="text-align: right;">{E(p)}</p>')
        elif t == "br":
            out.append("<p><br></p>")
        elif t == "img":
            out.append(f'<p class="ql-align-center"><img src="{p}"></p>')
        elif t == "ol":
            out.append("<ol>" + "".join(f"<li>{E(i)}</li>" for i in p) + "</ol>")
        elif t == "table":
            out.append('<table class="ql-table"><tbody>' + "".join(
                "<tr>" + "".join(f"<td>{E(c)}</td>" for c in r) + "</tr>" for r in p) + "</tbody></table>")
        elif t == "video":
            out.append(f'<p><iframe class="ql-video" frameborder="0" allowfullscreen="true" src="{p}"></iframe></p>')
    return "\n".join(out)


def neighbours(a):
    col = C.column_articles(a["col"])
    i = col.index(a)
    prev = col[i - 1] if i > 0 else None
    nxt = col[i + 1] if i + 1 < len(col) else None
    others = [x for x in C.ARTICLES if x["col"] != a["col"]]
    k = C.ARTICLES.index(a)
    related = [others[(k + j * 5) % len(others)] for j in range(1, 4)]
    return prev, nxt, related


def meta_line(a):
    s = "发布日期：" + a["date"] + (" " + a["time"] if a["time"] else "")
    s += "　信息来源：" + (a["source"] or "市投资促进局")
    if a["author"]:
        s += "　作者：" + a["author"]
    s += f"　浏览量：{a['views']}"
    return s


def article_page(a, path):
    prev, nxt, related = neighbours(a)
    meta = f'<span class="meta-item">发布日期：{a["date"]}{" " + a["time"] if a["time"] else ""}</span>'
    meta += f'<span class="meta-item">信息来源：{E(a["source"] or "市投资促进局")}</span>'
    if a["author"]:
        meta += f'<span class="meta-item">作者：{E(a["author"])}</span>'
    meta += f'<span class="meta-item">浏览量：<span>{a["views"]}</span></span>'
    tags = ""
    if a["tags"]:
        tags = '<div class="news-detail__tags">关键词：' + "".join(
            f'<a class="el-tag" href="/search?keyword={E(t)}">{E(t)}</a>' for t in a["tags"]) + "</div>"
    pn = '<div class="news-detail__pager">'
    pn += (f'<p>上一篇：<a href="{_art_url(prev)}">{E(prev["title"])}</a></p>' if prev else "<p>上一篇：没有了</p>")
    pn += (f'<p>下一篇：<a href="{_art_url(nxt)}">{E(nxt["title"])}</a></p>' if nxt else "<p>下一篇：没有了</p>")
    pn += "</div>"
    rel = '<div class="related"><h3 class="related__title">相关推荐</h3><div class="el-row">' + "".join(
        f'<div class="el-col el-col-8"><div class="el-card news-card"><a href="{_art_url(r, "id")}"><img src="/uploads/thumb/{r["id"]}.jpg">'
        f'<p class="news-card__title">{E(r["title"])}</p><span class="news-card__date">{r["date"]}</span></a></div></div>'
        for r in related) + "</div></div>"
    inner = (_crumb([("/", "首页"), ("/news/list/zsdt", "新闻中心"), (f"/news/list/{a['col']}", a["cname"]), (None, "正文")])
             + f'<div class="news-detail el-card"><h1 class="news-detail__title">{E(a["title"])}</h1>'
             f'<div class="news-detail__meta">{meta}</div>{tags}'
             f'<div class="news-detail__content ql-editor">\n{_content_html(a)}\n</div>'
             '<div class="news-detail__tools">分享到：<a href="javascript:;">微信</a><a href="javascript:;">微博</a><a href="javascript:;">QQ空间</a>'
             '<a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>'
             f"{pn}</div>{rel}")
    return _page(a["title"] + " - 星城招商网", inner, path)


def list_page(col, page):
    arts = C.column_articles(col)
    last = (len(arts) + C.PAGE_SIZE - 1) // C.PAGE_SIZE
    page = min(max(page, 1), last)  # beyond the end: the last page again
    chunk = arts[(page - 1) * C.PAGE_SIZE: page * C.PAGE_SIZE]
    items = "".join(
        f'<li class="news-list__item"><a href="{_art_url(a, "t")}"><span class="news-list__title">{E(a["title"])}</span></a>'
        f'<span class="news-list__date">{a["date"]}</span></li>' for a in chunk)
    pager = '<div class="el-pagination">'
    if page > 1:
        pager += f'<a class="btn-prev" href="/news/list/{col}?page={page - 1}">上一页</a>'
    for p in range(1, last + 1):
        pager += f'<a class="number" href="/news/list/{col}?page={p}">{p}</a>'
    pager += f'<a class="btn-next" href="/news/list/{col}?page={page + 1}">下一页</a></div>'
    tabs = "".join(f'<a class="tab" href="/news/list/{c}?_t={T}">{n}</a>' for c, n in C.COLUMNS)
    inner = (_crumb([("/", "首页"), ("/news/list/zsdt", "新闻中心"), (None, C.COL_NAME[col])])
             + f'<div class="news-tabs">{tabs}</div><ul class="news-list">{items}</ul>{pager}')
    return _page(C.COL_NAME[col] + " - 星城招商网", inner, f"/news/list/{col}")


def home_page():
    car = "".join(f'<div class="el-carousel__item"><a href="{_art_url(a)}"><img src="/uploads/banner/{a["id"]}.jpg">'
                  f'<span class="el-carousel__caption">{E(a["title"])}</span></a></div>' for a in C.ARTICLES[:5])
    blocks = ""
    for c, n in C.COLUMNS:
        lis = "".join(f'<li><a href="{_art_url(a, "t")}">{E(a["title"])}</a><span>{a["date"][5:]}</span></li>'
                      for a in C.column_articles(c)[:3])
        blocks += f'<div class="el-card home-news"><div class="el-card__header">{n}<a class="more" href="/news/list/{c}">更多&gt;&gt;</a></div><ul>{lis}</ul></div>'
    env = "".join(f'<a href="/tzhj/{s}.html">{n}</a>' for s, n, _ in C.ENV_PAGES)
    inner = (f'<div class="el-carousel">{car}</div>{blocks}<div class="home-env">{env}'
             f'<a href="/xmk/list.html">项目库</a><a href="/news/detail/2023123199.html">专题：2023招商成果</a>'
             f'<a href="/news/index.html">新闻中心</a><a href="/api/stat?from=home">数据统计</a></div>')
    return _page("星城招商网 - 星城市投资促进局", inner, "/")


def env_page(slug):
    for s, n, paras in C.ENV_PAGES:
        if s == slug:
            sub = "".join(f'<a href="/tzhj/{x}.html">{m}</a>' for x, m, _ in C.ENV_PAGES)
            inner = (_crumb([("/", "首页"), ("/tzhj/qwys.html", "投资环境"), (None, n)])
                     + f'<div class="sub-nav">{sub}</div><div class="el-card about"><h2>{n}</h2>'
                     + "".join(f"<p>{E(p)}</p>" for p in paras) + "</div>")
            return _page(n + " - 星城招商网", inner, f"/tzhj/{s}.html")
    return None


def project_list():
    rows = "".join(f'<tr><td><a href="/xmk/detail/{i + 1}.html">{E(n)}</a></td><td>{s}</td><td>{m}</td></tr>'
                   for i, (n, s, m) in enumerate(C.PROJECTS))
    inner = (_crumb([("/", "首页"), (None, "项目库")])
             + f'<table class="el-table"><thead><tr><th>项目名称</th><th>所属行业</th><th>投资金额</th></tr></thead><tbody>{rows}</tbody></table>')
    return _page("项目库 - 星城招商网", inner, "/xmk/list.html")


def project_detail(i):
    n, s, m = C.PROJECTS[i - 1]
    inner = (_crumb([("/", "首页"), ("/xmk/list.html", "项目库"), (None, n)])
             + f'<div class="el-card project"><h2>{E(n)}</h2><ul class="project-info"><li>所属行业：{s}</li><li>投资金额：{m}</li>'
             f'<li>合作方式：独资、合资</li><li>项目状态：招商中</li></ul><p>项目联系人：市投资促进局项目服务科 0731-88886666</p>'
             f'<a href="/zxzx.html?project={i}">我要咨询</a></div>')
    return _page(n + " - 项目库", inner, f"/xmk/detail/{i}.html")


def policy_list():
    lis = "".join(f'<li><a href="/upload/policy/{f}">{n}</a></li>' for n, f in C.POLICY_PDFS)
    inner = _crumb([("/", "首页"), (None, "政策文件")]) + f'<ul class="file-list">{lis}</ul>'
    return _page("政策文件 - 星城招商网", inner, "/zcwj/list.html")


def consult_page():
    inner = (_crumb([("/", "首页"), (None, "在线咨询")])
             + '<form class="el-form" method="post" action="/api/consult/submit"><label>姓名<input name="name"></label>'
             '<label>电话<input name="phone"></label><label>咨询内容<textarea name="content"></textarea></label>'
             '<button type="submit">提交</button></form><p>也可拨打招商热线 <a href="tel:073188886666">0731-88886666</a></p>')
    return _page("在线咨询 - 星城招商网", inner, "/zxzx.html")


def search_page(kw, page):
    hits = [a for a in C.ARTICLES if kw and kw in a["title"]][:3] or C.ARTICLES[(page * 3) % 25:(page * 3) % 25 + 3]
    lis = "".join(f'<li><a href="{_art_url(a, "t")}">{E(a["title"])}</a></li>' for a in hits)
    from urllib.parse import quote
    q = quote(kw)
    inner = (f'<div class="search-result"><p>关键词“{E(kw)}”的搜索结果</p><ul>{lis}</ul>'
             f'<a href="/search?keyword={q}&page={page + 1}">下一页</a></div>')
    return _page("搜索 - 星城招商网", inner, f"/search?keyword={q}&page={page}", sidebar=False)


def en_page():
    return ("""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Invest Xingcheng</title></head><body>
<div id="app" data-server-rendered="true"><h1>Invest Xingcheng</h1><p>Xingcheng Investment Promotion Bureau welcomes investors from all over the world.</p>
<p><a href="/">中文</a> <a href="/en/index.html">Home</a> <a href="mailto:invest@xczs.gov.cn">Contact</a></p></div></body></html>""")


def map_page():
    inner = (_crumb([("/", "首页"), (None, "投资地图")])
             + '<div class="el-card"><h2>投资地图</h2><p>星城市重点园区及可用地块分布，点击园区查看详情。</p>'
             + "".join(f"<p>{p}</p>" for p in C.PARKS) + "</div>")
    return _page("投资地图 - 星城招商网", inner, "/tzdt.html")


ROBOTS = "User-agent: *\nDisallow: /admin/\nDisallow: /api/\n\nSitemap: http://www.xczs.gov.cn/sitemap.xml\n"


class Emulator:
    origin = "http://" + C.WWW
    hosts = [C.WWW, C.HOST]

    def handle(self, method, url):
        u = urlsplit(url)
        host = (u.hostname or "").lower()
        if host not in self.hosts:
            return _resp(404, "<h1>404</h1>")
        path = u.path or "/"
        full = path + ("?" + u.query if u.query else "")
        if host == C.HOST:
            return _redirect(f"{u.scheme}://{C.WWW}{full}")
        q = parse_qs(u.query)
        if path.startswith("/admin/") or path.startswith("/api/"):
            return _resp(403, "<h1>403 Forbidden</h1>")
        if path == "/robots.txt":
            return _resp(200, ROBOTS, "text/plain; charset=utf-8")
        if path == "/":
            return _resp(200, home_page())
        if path == "/index.html":
            return _redirect("/")
        if path == "/news/index.html":
            return _redirect("/news/list/zsdt")
        m = re.fullmatch(r"/news/list/(\w+)", path)
        if m and m.group(1) in C.COL_NAME:
            try:
                page = int(q.get("page", ["1"])[0])
            except ValueError:
                page = 1
            return _resp(200, list_page(m.group(1), page))
        m = re.fullmatch(r"/news/detail/(\d+)\.html", path)
        aid = m.group(1) if m else (q.get("id", [""])[0] if path == "/news/detail" else None)
        if aid is not None:
            a = C.BY_ID.get(aid)
            if not a:
                return _resp(404, _page("页面不存在", "<h2>404 页面不存在</h2>"))
            return _resp(200, article_page(a, full))
        m = re.fullmatch(r"/tzhj/(\w+)\.html", path)
        if m and env_page(m.group(1)):
            return _resp(200, env_page(m.group(1)))
        if path == "/xmk/list.html":
            return _resp(200, project_list())
        m = re.fullmatch(r"/xmk/detail/(\d+)\.html", path)
        if m and 1 <= int(m.group(1)) <= len(C.PROJECTS):
            return _resp(200, project_detail(int(m.group(1))))
        if path == "/zcwj/list.html":
            return _resp(200, policy_list())
        m = re.fullmatch(r"/upload/policy/(\w+\.pdf)", path)
        if m and m.group(1) in [f for _, f in C.POLICY_PDFS]:
            return _resp(200, b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n", "application/pdf")
        if path == "/zxzx.html":
            return _resp(200, consult_page())
        if path == "/tzdt.html":
            return _resp(200, map_page())
        if path == "/search":
            try:
                page = int(q.get("page", ["1"])[0])
            except ValueError:
                page = 1
            return _resp(200, search_page(q.get("keyword", [""])[0], page))
        if path == "/en/":
            return _resp(200, en_page())
        if path == "/en/index.html":
            return _redirect("/en/")
        return _resp(404, _page("页面不存在", "<h2>404 页面不存在</h2>"))


def emulator():
    return Emulator()
