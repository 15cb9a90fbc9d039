"""builder_corp: the corporate site of 华瑞智造产业园投资发展有限公司, on an invented 凡科-style SaaS builder.

Standard library only; deterministic. ``emulator()`` returns an object with ``origin``, ``hosts`` and
``handle(method, absolute_url)``.
"""

from html import escape
from urllib.parse import parse_qs, quote, unquote, urlsplit

import builder_content as C


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body


def _h(s):
    return escape(s, quote=True)


# ---------------------------------------------------------------------------
# Page chrome
# ---------------------------------------------------------------------------
NAV = [
    ("首页", "/"), ("关于我们", "/col.jsp?id=101"), ("新闻中心", "/col.jsp?id=104"),
    ("厂房租售", "/pr.jsp?groupId=1"), ("客户案例", "/case/"), ("人才招聘", "/jobs/"),
    ("在线留言", "/msgBoard.jsp"), ("联系我们", "/col.jsp?id=102"),
]


def _nav(current):
    items = []
    for i, (name, href) in enumerate(NAV):
        sep = "&" if "?" in href else "?"
        cls = " nav_selected" if href == current else ""
        items.append(
            f'<div id="nav{3 + i}" class="item itemIndex{i + 1}{cls}" style="width:12.5%;">'
            f'<div class="itemCenter"><a hidefocus="true" style="outline:none;" href="{href}{sep}_ngc={C.NGC}">'
            f'<span class="itemName">{name}</span></a></div></div>')
    sub = "".join(
        f'<div class="subItem"><a href="/col.jsp?id={col}&_ngc={C.NGC}"><span>{name}</span></a></div>'
        for g, (col, name) in C.GROUPS.items())
    return (f'<div id="nav" class="nav navStyle fk-nav"><div class="navCenterContent"><div class="itemContainer">'
            f'{"".join(items)}</div><div class="subNavContainer" style="display:none;">{sub}</div></div></div>')


def _header(current):
    return f'''<div id="webTop" class="webTop fk-webTop">
<div id="topBar" class="topBar" style="background:#0b3c7a;height:32px;"><div class="topBarInner" style="width:1200px;margin:0 auto;">
<span class="topText" style="color:#fff;font-size:12px;">欢迎访问{C.COMPANY}官方网站！</span>
<div class="topRight" style="float:right;"><a href="/login.jsp" style="color:#fff;">会员登录</a>
<span style="color:#fff;">|</span><a href="/" style="color:#fff;">中文</a><span style="color:#fff;">|</span><a href="/en/" style="color:#fff;">English</a></div></div></div>
<div id="webHeader" class="webHeader"><div id="headerWhiteBg"><div id="corpTitle" class="corpTitle">
<a href="/?_ngc={C.NGC}"><img src="/image/loading.gif" data-original="/upload/logo.png" alt="{C.SHORT}" style="height:60px;"></a>
<div class="corpName" style="font-size:22px;color:#0b3c7a;">{C.SHORT}</div></div>
<div id="module9" class="form formStyle84 fk-searchBox module9"><form action="/sr.jsp" method="get" class="searchBoxForm">
<input type="text" name="keyword" class="searchBoxInput" placeholder="请输入搜索内容"><button type="submit" class="searchBoxBtn"><i class="faisco-icons-search"></i></button></form>
<div class="hotSearch">热门搜索：<a href="/sr.jsp?keyword={quote("厂房")}">厂房</a><a href="/sr.jsp?keyword={quote("政策")}">政策</a></div></div>
</div>{_nav(current)}</div></div>'''


def _float_widget():
    return f'''<div id="floatService" class="fk-floatService floatServiceStyle2" style="position:fixed;right:0;top:30%;z-index:99;">
<div class="fsItem fsKf"><i class="faisco-icons-kefu"></i><div class="fsText">在线客服</div></div>
<div class="fsItem fsTel"><i class="faisco-icons-phone"></i><div class="fsPop"><a href="tel:{C.PHONE400.replace("-", "")}">招商热线：{C.PHONE400}</a></div></div>
<div class="fsItem fsQQ"><a href="http://wpa.qq.com/msgrd?v=3&amp;uin=2853301177&amp;site=qq&amp;menu=yes" target="_blank"><i class="faisco-icons-qq"></i><span>QQ咨询</span></a></div>
<div class="fsItem fsWx"><i class="faisco-icons-weixin"></i><div class="fsPop"><img src="/image/loading.gif" data-original="/upload/wxqr.jpg" alt=""><div>微信扫一扫，获取最新房源</div></div></div>
<div class="fsItem fsTop"><a href="javascript:;" onclick="Fai.scrollToTop();"><i class="faisco-icons-top"></i><span>返回顶部</span></a></div>
</div>'''


def _footer(path_for_mobile):
    sep = "&" if "?" in path_for_mobile else "?"
    return f'''<div id="webFooter" class="webFooter fk-footer"><div id="footer" class="footer" style="background:#1f2a38;color:#aab;">
<div class="footerInfo" style="width:1200px;margin:0 auto;padding:20px 0;">
<div class="footerLinks"><span>友情链接：</span><a href="http://www.szxc.gov.cn/" target="_blank">相城区人民政府</a>
<a href="http://gxj.suzhou.gov.cn/" target="_blank">苏州市工业和信息化局</a><a href="http://10.0.8.12/oa/" target="_blank">内部OA</a>
<a href="http://192.168.10.5:8080/monitor/" target="_blank">园区监控平台</a><a href="http://127.0.0.1:8000/preview/">预览</a>
<a href="http://localhost/admin/">后台</a><a href="/api/v1/park/list">开放接口</a><a href="mailto:zhaoshang@hrzzpark.cn">招商邮箱</a></div>
<div class="footerItem"><span>版权所有 © 2018-2024 {C.COMPANY}</span>　<a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">{C.ICP}</a></div>
<div class="footerItem"><span>公司地址：{C.ADDRESS}</span>　<span>电话：{C.TEL}</span></div>
<div class="footerSupport"><span>技术支持：</span><a href="https://www.fkw.com/?_ta=2" target="_blank" rel="nofollow">凡科建站</a>　|　<a href="/manage/login.jsp">管理登录</a>　|　<a href="{_h(path_for_mobile + sep + "m=1")}">手机版</a></div>
</div></div></div>'''


def _page(title, body, current="", mobile_path="/", canonical=None, desc=""):
    canon = f'<link rel="canonical" href="{_h(canonical)}">\n' if canonical else ""
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{_h(title)}</title>
<meta name="keywords" content="苏州厂房出租,相城标准厂房,产业园区,华瑞智造">
<meta name="description" content="{_h(desc or title)}">
{canon}<link type="text/css" href="/css/fai_icons.min.css?v=20240601" rel="stylesheet">
<style type="text/css">#g_main{{min-width:1200px;}} .fk-module{{margin:0 auto;}} @font-face{{font-family:faisco-icons;src:url(/css/font/faisco-icons.woff);}}</style>
<script type="text/javascript">var _colId=0;var _fromColId=-1;var _lcid=2052;</script>
</head>
<body id="g_body" class="g_locale2052 g_body fk-body">
<div id="g_main" class="g_main g_col fk-webBody" style="overflow:hidden;">
<div id="web" class="g_web fk-web">
{_header(current)}
<div id="webBannerBox" class="webBannerBox"><div id="webBanner" class="webBanner" style="height:300px;background:url(/upload/banner1.jpg) center;"></div></div>
<div id="webContainerBox" class="webContainerBox"><div id="webContainer" class="webContainer" style="width:1200px;margin:0 auto;">
<div id="containerForms" class="containerForms"><div id="containerFormsCenter" class="containerFormsCenter">
{body}
</div></div></div></div>
{_footer(mobile_path)}
</div></div>
{_float_widget()}
<script type="text/javascript" src="/js/jquery-core.min.js"></script>
<script type="text/javascript">$(function(){{Fai.lazyload("img[data-original]");$.get("/ajax/statistics_h.jsp?cmd=visited");}});</script>
</body></html>'''


def _module(mid, title, inner, style=29):
    ttl = (f'<div class="formBanner formBanner{mid}" style="height:40px;"><div class="titleCenter"><div class="titleText titleText{mid}">'
           f'<span class="fk-title" style="font-size:18px;">{title}</span></div></div></div>') if title else ""
    return (f'<div id="module{mid}" class="form formStyle{style} fk-module{mid} fk-module" _moduleStyle="{style}">'
            f'<div class="formWrap formWrap{mid}"><div>{ttl}<div class="formMiddle formMiddle{mid}" style="padding:10px;">'
            f'<div class="formMiddleCenter formMiddleCenter{mid}"><div class="formMiddleContent formMiddleContent{mid} fk-formContent">'
            f'{inner}</div></div></div></div></div></div>')


def _mobile_page(title, inner, canonical=None):
    canon = f'<link rel="canonical" href="{_h(canonical)}">\n' if canonical else ""
    return f'''<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">
<title>{_h(title)}</title>
{canon}</head><body class="g_mobile fk-mobile"><div id="g_web" class="g_web"><div id="webHeader_v3" class="m_header"><a href="/?m=1">{C.SHORT}</a></div>
<div id="webContainer" class="webContainer">{inner}</div>
<div id="webFooter" class="m_footer"><div>版权所有 © 2018-2024 {C.COMPANY}</div><div><a href="tel:{C.PHONE400.replace("-", "")}">一键拨号</a>　<a href="/">电脑版</a></div></div>
</div></body></html>'''


# ---------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------
def _indent(i):
    return ["　　", "&nbsp;&nbsp;&nbsp;&nbsp;", "", "　　"][i % 4]


def _body_html(a):
    aid = a["id"]
    paras = list(a["paras"])
    out = []
    if a.get("poster"):
        out.append(f'<p style="text-align:center;"><img src="/image/loading.gif" data-original="/upload/nd/{aid}_poster.jpg" '
                   f'alt="" style="width:800px;" class="J_img_lazyload"></p>')
        out.append(f'<p style="text-align:center;"><span style="font-size:16px;font-family:微软雅黑;">{_h(paras[0])}</span></p>')
        return "\n".join(out)
    fin = "（完）" if a.get("fin") else ""
    if a["style"] == "p":
        for i, t in enumerate(paras):
            tail = fin if i == len(paras) - 1 else ""
            out.append(f'<p style="line-height:2em;text-indent:0;"><span style="font-size:16px;font-family:宋体;color:rgb(51,51,51);">'
                       f'{_indent(i)}{_h(t)}{tail}</span></p>')
            if i == 0 and a.get("table"):
                rows = "".join("<tr>" + "".join(f'<td style="border:1px solid #ccc;padding:4px 8px;"><span>{_h(c)}</span></td>' for c in r)
                               + "</tr>" for r in a["table"])
                out.append(f'<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:0 auto;"><tbody>{rows}</tbody></table>')
            if i == 0 and aid % 3 == 0:
                out.append(f'<p style="text-align:center;"><img src="/image/loading.gif" data-original="/upload/nd/{aid}_1.jpg" alt="" '
                           f'style="width:640px;"></p>')
        if a.get("editor"):
            out.append(f'<p style="text-align:right;"><span style="font-size:14px;">（编辑：{a["editor"]}）</span></p>')
        if a.get("writer"):
            out.append(f'<p style="text-align:right;"><span style="font-size:14px;">撰稿：{a["writer"]}</span></p>')
    else:
        spans = []
        for i, t in enumerate(paras):
            tail = fin if i == len(paras) - 1 else ""
            spans.append(f'<span style="font-size:16px;line-height:28px;">{_indent(i)}{_h(t)}{tail}</span>')
            if i == 0 and aid % 3 == 0:
                spans.append(f'<img src="/image/loading.gif" data-original="/upload/nd/{aid}_1.jpg" alt="" style="width:640px;">')
        if a.get("editor"):
            spans.append(f'<span style="font-size:14px;">（编辑：{a["editor"]}）</span>')
        if a.get("writer"):
            spans.append(f'<span style="font-size:14px;">撰稿：{a["writer"]}</span>')
        out.append('<div style="line-height:28px;">' + "<br><br>\n".join(spans) + "</div>")
    return "\n".join(out)


def _info_html(a):
    if a["tpl"] == "A":
        src = f'<span class="newsSource">来源：{_h(a["source"])}</span>　' if a.get("source") else ""
        return (f'<div class="newsInfoWrap" style="text-align:center;color:#999;font-size:12px;margin:10px 0;">'
                f'<span class="newsInfo">发表时间：{a["dt"]}</span>　<span class="newsInfo">作者：{_h(a.get("dept") or "华瑞智造")}</span>　'
                f'{src}<span class="newsInfo">浏览：<span class="viewCount">{a["views"]}</span></span></div>')
    s = (f'<div class="newsInfoB" style="color:#888;font-size:13px;"><i class="faisco-icons-time"></i>{a["dt"][:10]} | '
         f'<i class="faisco-icons-eye"></i>阅读 {a["views"]}</div>')
    if a.get("source"):
        s += f'<div class="newsSrcB" style="color:#888;font-size:13px;">来源：{_h(a["source"])}</div>'
    return s


def _crumb_html(a):
    g = a["group"]
    col, name = C.GROUPS[g]
    return (f'<div id="module2" class="form formStyle78 fk-crumbs"><div class="crumbsInner" style="font-size:12px;color:#666;">'
            f'<i class="faisco-icons-home"></i><a href="/?_ngc={C.NGC}">首页</a><span class="crumbsSep">&gt;</span>'
            f'<a href="/col.jsp?id=104">新闻中心</a><span class="crumbsSep">&gt;</span><a href="/col.jsp?id={col}">{name}</a></div></div>')


def _hot_products():
    cards = []
    for pid in C.HOT_PRODUCTS:
        p = C.PROD_BY_ID[pid]
        cards.append(
            f'<div class="productPicListForm fk-productCard" style="width:25%;float:left;"><div class="imgDiv">'
            f'<a href="/pd/{pid}.html?_sc=hot_m320"><img src="/image/loading.gif" data-original="/upload/pd/{pid}.jpg" alt="{_h(p["name"])}"></a></div>'
            f'<div class="propList"><div class="propDiv productName"><a href="/pd/{pid}.html?_sc=hot_m320">{_h(p["name"])}</a></div>'
            f'<div class="propDiv productPrice"><span class="propValue" style="color:#e4393c;">租金：{p["rent"]}</span></div>'
            f'<div class="propDiv productArea"><span>面积：{p["area"]}㎡</span></div></div></div>')
    return _module(320, C.HOT_TITLE, '<div class="fk-productPicList clearfix">' + "".join(cards) + "</div>", style=8)


def _article_page(a, mobile=False):
    aid = a["id"]
    canonical = f"http://{C.HOST}{C.pretty(aid)}"
    if mobile:
        inner = (f'<div id="newsDetailPanel" class="m_newsDetail"><h2 class="m_title">{_h(a["title"])}</h2>'
                 f'<div class="m_info">{a["dt"][:16]}　浏览 {a["views"]}</div>'
                 f'<div class="richContent m_richContent">{_body_html(a)}</div></div>')
        return _mobile_page(a["title"] + " - " + C.SHORT, inner, canonical)
    prev, nxt = C.prev_next(a)
    head = (f'<div class="title" style="font-size:22px;font-weight:bold;text-align:center;">{_h(a["title"])}</div>'
            if a["tpl"] == "A" else f'<h1 class="newsTitle" style="font-size:24px;">{_h(a["title"])}</h1>')
    tags = ""
    if a.get("tags"):
        tags = ('<div class="newsTags" style="margin-top:10px;">标签：'
                + "".join(f'<a href="/sr.jsp?keyword={quote(t)}" class="newsTag">{_h(t)}</a> ' for t in a["tags"]) + "</div>")
    share = ('<div class="fk-share" style="margin:15px 0;"><span class="shareText">分享到：</span>'
             '<a href="javascript:;" class="shareIcon weixin"><i class="faisco-icons-weixin"></i></a>'
             '<a href="http://service.weibo.com/share/share.php?url=x" class="shareIcon weibo" target="_blank"><i class="faisco-icons-weibo"></i></a>'
             '<a href="javascript:;" class="shareIcon qq"><i class="faisco-icons-qq"></i></a>'
             f'<a href="/ajax/newsLike_h.jsp?id={aid}" class="newsLike"><i class="faisco-icons-zan"></i>点赞</a></div>')
    pn = []
    if prev:
        pn.append(f'<div class="prev"><span>上一篇：</span><a href="/nd/{prev["id"]}.html?_sc={C.SC_PREVNEXT}">{_h(prev["title"])}</a></div>')
    else:
        pn.append('<div class="prev"><span>上一篇：</span><span>没有了</span></div>')
    if nxt:
        pn.append(f'<div class="next"><span>下一篇：</span><a href="/nd/{nxt["id"]}.html?_sc={C.SC_PREVNEXT}">{_h(nxt["title"])}</a></div>')
    else:
        pn.append('<div class="next"><span>下一篇：</span><span>没有了</span></div>')
    col = C.COL_OF_GROUP[a["group"]]
    pn.append(f'<div class="backList"><a href="/col.jsp?id={col}"><i class="faisco-icons-back"></i>返回列表</a></div>')
    related = ""
    if aid == 104:  # a dead "related" link
        related = '<div class="relatedNews">相关阅读：<a href="/nd/999.html">2023年长三角智能装备产业报告</a></div>'
    inner = (f'<div class="newsDetail newsDetail318"><div>{head}{_info_html(a)}'
             f'<div class="fk-line" style="border-top:1px dashed #ddd;"></div>'
             f'<div><div class="richContent richContent318 fk-richContent" style="padding:20px 0;">{_body_html(a)}</div></div>'
             f'{tags}{share}<div class="fk-prevNext" style="border-top:1px solid #eee;">{"".join(pn)}</div>{related}</div></div>')
    body = (_crumb_html(a) if a["crumb"] else "") + _module(318, "", inner, style=7) + _hot_products()
    return _page(a["title"] + " - " + C.SHORT, body, "/col.jsp?id=104", C.pretty(aid), canonical)


def _article_list_items(arts, form):
    items = []
    for a in arts:
        href = (f"/nd/{a['id']}.html?_sc={C.SC_LIST_COL}" if form == "col"
                else f"/nd.jsp?id={a['id']}&groupId={a['group']}&_sc={C.SC_LIST_NR if form == 'nr' else C.SC_SEARCH}")
        items.append(
            f'<div class="newsList newsList305" style="border-bottom:1px dashed #ddd;padding:8px 0;"><div class="fk-newsListTitle">'
            f'<table cellpadding="0" cellspacing="0"><tr><td class="newsTitle"><a hidefocus="true" href="{_h(href)}" title="{_h(a["title"])}">'
            f'<div style="width:100%;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;">{_h(a["title"])}</div></a></td>'
            f'<td class="newsCalendar"><span>{a["dt"][:10]}</span></td></tr></table></div>'
            f'<div class="newsSummary">{_h(a["paras"][0][:50])}…</div></div>')
    if not items:
        items.append('<div class="fk-noData" style="text-align:center;color:#999;">暂无数据</div>')
    return "".join(items)


def _pager(base, page, total):
    nums = "".join(
        f'<span class="pageNo{" pageNoSelect" if i == page else ""}"><a href="{_h(base)}&m_pageNo={i}">{i}</a></span>'
        for i in range(1, total + 1))
    prev = f'<span class="pagePrev"><a href="{_h(base)}&m_pageNo={page - 1}">上一页</a></span>' if page > 1 else '<span class="pagePrev">上一页</span>'
    # The builder's pager always links 下一页, even on (and past) the last page.
    nxt = f'<span class="pageNext"><a href="{_h(base)}&m_pageNo={page + 1}">下一页</a></span>'
    return f'<div class="pagenation fk-pagenation" style="text-align:center;margin:20px 0;">{prev}{nums}{nxt}</div>'


# ---------------------------------------------------------------------------
# Other pages
# ---------------------------------------------------------------------------
def _home():
    news = [C.ART_BY_ID[i] for i in C.HOME_NEWS]
    nl = "".join(f'<li><a href="/nd/{a["id"]}.html?_sc={C.SC_HOME}">{_h(a["title"])}</a><span>{a["dt"][5:10]}</span></li>' for a in news)
    cols = "".join(f'<a href="/col.jsp?id={c}&_ngc={C.NGC}" class="colTab">{n}</a>' for g, (c, n) in C.GROUPS.items())
    prods = "".join(f'<li><a href="/pd.jsp?id={p["id"]}&_sc=idx_m15">{_h(p["name"])}</a> <span>{p["area"]}㎡</span></li>' for p in C.PRODUCTS[:8])
    pg = "".join(f'<a href="/pr.jsp?groupId={g}">{n}</a> ' for g, n in C.PROD_GROUPS.items())
    body = (_module(11, "公司简介", f'<div class="richContent">{C.COMPANY}成立于2018年，是一家专业从事产业园区开发、建设、招商和运营服务的企业，'
                    f'旗下运营漕湖、黄桥、太平、望亭四大园区，总建筑面积超过80万平方米。<a href="/col.jsp?id=101">了解更多&gt;&gt;</a></div>')
            + _module(12, "新闻动态", f'<div class="colTabs">{cols}</div><ul class="newsListIdx">{nl}</ul><a href="/col.jsp?id=104">更多&gt;&gt;</a>')
            + _module(15, "房源推荐", f'<div>{pg}</div><ul>{prods}</ul><a href="/pr.jsp?groupId=1">更多房源&gt;&gt;</a>')
            + _module(16, "客户案例", '<a href="/case/">查看全部案例</a> <a href="/jobs/">加入我们</a>'))
    return _page(C.COMPANY + "-苏州厂房出租|标准厂房|产业园区", body, "/", "/")


def _col_list(g, page, form):
    col, name = C.GROUPS[g]
    arts = C.group_articles(g)
    total = max(1, (len(arts) + C.PAGE_SIZE - 1) // C.PAGE_SIZE)
    chunk = arts[(page - 1) * C.PAGE_SIZE: page * C.PAGE_SIZE] if page >= 1 else []
    side = "".join(f'<div class="sideItem"><a href="/col.jsp?id={c}">{n}</a></div>' for gg, (c, n) in C.GROUPS.items())
    inner = _article_list_items(chunk, form) + _pager(f"/nr.jsp?groupId={g}", page, total)
    body = _module(304, "新闻分类", side, style=26) + _module(305, name, inner)
    path = f"/col.jsp?id={col}" if form == "col" else f"/nr.jsp?groupId={g}&m_pageNo={page}"
    return _page(name + " - " + C.SHORT, body, "/col.jsp?id=104", path)


def _news_center():
    parts = []
    for g, (c, n) in C.GROUPS.items():
        arts = C.group_articles(g)[:3]
        lis = "".join(f'<li><a href="/nd/{a["id"]}.html?_sc={C.SC_LIST_COL}">{_h(a["title"])}</a></li>' for a in arts)
        parts.append(f'<div class="colBlock"><div class="colName"><a href="/col.jsp?id={c}">{n}</a></div><ul>{lis}</ul>'
                     f'<a href="/nr.jsp?groupId={g}&m_pageNo=1">更多</a></div>')
    return _page("新闻中心 - " + C.SHORT, _module(303, "新闻中心", "".join(parts)), "/col.jsp?id=104", "/col.jsp?id=104")


def _simple(title, html, current, path):
    return _page(title + " - " + C.SHORT, _module(401, title, f'<div class="richContent">{html}</div>'), current, path)


def _about():
    return _simple("关于我们", f'<p>{C.COMPANY}成立于2018年，注册资本5亿元，是相城区重点产业园区开发运营平台。</p>'
                   '<p>公司坚持“专业化招商、精细化运营、全周期服务”的理念，累计服务入驻企业300余家。</p>'
                   '<p><a href="/news/101.html">二期项目建设进展</a>　<a href="/news/103.html">相城区产业政策原文</a>　'
                   f'<a href="http://{C.BARE}/">{C.BARE}</a>　<a href="https://{C.HOST}/nd/124.html">园区招商优惠政策</a></p>', "/col.jsp?id=101", "/col.jsp?id=101")


def _contact():
    return _simple("联系我们", f'<p>公司名称：{C.COMPANY}</p><p>地址：{C.ADDRESS}</p><p>招商热线：<a href="tel:{C.PHONE400.replace("-", "")}">{C.PHONE400}</a></p>'
                   f'<p>电话：{C.TEL}</p><p>邮箱：<a href="mailto:zhaoshang@hrzzpark.cn">zhaoshang@hrzzpark.cn</a></p>'
                   '<p><a href="https://map.baidu.com/search/?querytype=s&wd=华瑞智造产业园" target="_blank">查看地图</a></p>',
                   "/col.jsp?id=102", "/col.jsp?id=102")


def _product_list(g):
    items = "".join(
        f'<div class="productPicListForm" style="width:25%;float:left;"><a href="/pd/{p["id"]}.html?_sc=pr_m330">'
        f'<img src="/image/loading.gif" data-original="/upload/pd/{p["id"]}.jpg"></a><div class="productName">'
        f'<a href="/pd.jsp?id={p["id"]}&groupId={g}">{_h(p["name"])}</a></div><div class="productPrice">租金：{p["rent"]}</div></div>'
        for p in C.PRODUCTS if p["group"] == g)
    side = "".join(f'<div><a href="/pr.jsp?groupId={gg}">{n}</a></div>' for gg, n in C.PROD_GROUPS.items())
    return _page(C.PROD_GROUPS[g] + " - " + C.SHORT, _module(329, "房源分类", side) + _module(330, C.PROD_GROUPS[g], items),
                 "/pr.jsp?groupId=1", f"/pr.jsp?groupId={g}")


def _product(p):
    props = [("所属园区", p["park"]), ("面积", f'{p["area"]}㎡'), ("层高", p["height"]), ("承重", p["load"]), ("租金", p["rent"])]
    rows = "".join(f'<tr><td class="propName">{k}：</td><td class="propValue">{v}</td></tr>' for k, v in props)
    inner = (f'<div class="productDetail"><div class="imgDiv"><img src="/image/loading.gif" data-original="/upload/pd/{p["id"]}.jpg"></div>'
             f'<h1 class="productTitle">{_h(p["name"])}</h1><table class="propList">{rows}</table>'
             f'<div class="consult"><a href="tel:{C.PHONE400.replace("-", "")}">电话咨询</a> <a href="/msgBoard.jsp">在线留言</a></div>'
             f'<div class="richContent"><p>房源配套：双回路供电、货梯、卸货平台、员工停车位。</p></div>'
             f'<a href="/pr.jsp?groupId={p["group"]}">返回列表</a></div>')
    return _page(p["name"] + " - " + C.SHORT, _module(331, "房源详情", inner), "/pr.jsp?groupId=1", f"/pd/{p['id']}.html")


def _jobs_list():
    lis = "".join(f'<li><a href="/jobs/{j["id"]}.html">{j["title"]}</a> <span>招聘人数：{j["num"]}</span> <span>{j["place"]}</span></li>' for j in C.JOBS)
    return _simple("人才招聘", f"<ul>{lis}</ul>", "/jobs/", "/jobs/")


def _job(j):
    html = (f'<h2>{j["title"]}</h2><div>工作地点：{j["place"]}　招聘人数：{j["num"]}人　发布时间：2024-11-01</div>'
            '<div class="jobSec"><b>岗位职责：</b>' + "".join(f"<p>{i + 1}. {d}</p>" for i, d in enumerate(j["duties"])) + "</div>"
            '<div class="jobSec"><b>任职要求：</b>' + "".join(f"<p>{i + 1}. {d}</p>" for i, d in enumerate(j["reqs"])) + "</div>"
            '<p>简历投递：<a href="mailto:hr@hrzzpark.cn">hr@hrzzpark.cn</a></p><a href="/jobs/">返回列表</a>')
    return _simple(j["title"], html, "/jobs/", f"/jobs/{j['id']}.html")


def _case_list():
    lis = "".join(f'<li><a href="/case/{c["id"]}.html"><img src="/image/loading.gif" data-original="/upload/case/{c["id"]}.jpg">'
                  f'<span>{c["name"]}</span></a></li>' for c in C.CASES)
    return _simple("客户案例", f"<ul>{lis}</ul>", "/case/", "/case/")


def _case(c):
    html = (f'<div class="title">{c["name"]}</div><p style="text-align:center;"><img src="/image/loading.gif" data-original="/upload/case/{c["id"]}.jpg"></p>'
            + "".join(f'<p>{_h(t)}</p>' for t in c["paras"]) + '<a href="/case/">返回列表</a>')
    return _simple("客户案例", html, "/case/", f"/case/{c['id']}.html")


def _guestbook(done=False):
    if done:
        return _simple("在线留言", "<p>提交成功，我们将尽快与您联系。</p>", "/msgBoard.jsp", "/msgBoard.jsp")
    form = ('<form action="/msgBoard.jsp" method="post"><p>姓名：<input name="name"></p><p>电话：<input name="phone"></p>'
            '<p>需求面积：<input name="area"></p><p>留言内容：<textarea name="content"></textarea></p>'
            '<p><input type="submit" value="提交留言"></p></form>')
    return _simple("在线留言", form, "/msgBoard.jsp", "/msgBoard.jsp")


def _login():
    return _simple("会员登录", '<form action="/ajax/login_h.jsp" method="post"><p>账号：<input name="acct"></p>'
                   '<p>密码：<input type="password" name="pwd"></p><p><input type="submit" value="登录"></p></form>'
                   '<a href="/signup.jsp">注册</a>', "", "/login.jsp")


def _search(kw, page):
    hits = [a for a in C.article_order() if kw in a["title"] or any(kw in t for t in a["paras"])] if kw else []
    chunk = hits[(page - 1) * C.PAGE_SIZE: page * C.PAGE_SIZE] if page >= 1 else []
    inner = (f'<div class="srTip">搜索“{_h(kw)}”的结果：</div>' + _article_list_items(chunk, "sr")
             + _pager(f"/sr.jsp?keyword={quote(kw)}", page, max(1, (len(hits) + C.PAGE_SIZE - 1) // C.PAGE_SIZE)))
    return _page("搜索结果 - " + C.SHORT, _module(402, "搜索结果", inner), "", f"/sr.jsp?keyword={quote(kw)}&m_pageNo={page}")


def _en_home():
    lis = "".join(f'<li><a href="/en/nd/{i}.html">{_h(t)}</a></li>' for i, (t, _) in C.EN_ARTICLES.items())
    return _en_page("Huarui Intelligent Manufacturing Park", f'<h2>News</h2><ul>{lis}</ul><a href="/">中文</a>')


def _en_article(i):
    t, paras = C.EN_ARTICLES[i]
    a = C.ART_BY_ID[i]
    body = "".join(f"<p>{_h(p)}</p>" for p in paras)
    return _en_page(t, f'<div class="title">{_h(t)}</div><div class="newsInfo">Date: {a["dt"][:10]}</div>'
                       f'<div class="richContent">{body}</div><a href="/en/">Back</a> <a href="/nd/{i}.html">中文</a>')


def _en_page(title, inner):
    return f'''<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{_h(title)}</title></head>
<body class="g_locale1033"><div id="g_main"><div id="nav"><a href="/en/">Home</a> <a href="/">中文</a></div>
<div id="module318" class="form formStyle7">{inner}</div><div id="footer">Copyright © 2024 Huarui Intelligent Manufacturing Park Investment and Development Co., Ltd.</div></div></body></html>'''


ROBOTS = f"""User-agent: *
Disallow: /manage/
Disallow: /ajax/
Disallow: /api/

Sitemap: http://{C.HOST}/sitemap.xml
"""

GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
       b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")


def _not_found():
    return _page("404 - 页面不存在", _module(404, "", '<div style="text-align:center;">抱歉，您访问的页面不存在或已被删除。<a href="/">返回首页</a></div>'), "", "/")


# ---------------------------------------------------------------------------
# Routing
# ---------------------------------------------------------------------------
def _int(qs, key, default=None):
    try:
        return int(qs.get(key, [default])[0])
    except (TypeError, ValueError):
        return None


class BuilderCorpSite:
    origin = f"http://{C.HOST}"
    hosts = [C.HOST, C.BARE]

    def _resp(self, status, html, path, ctype=None, extra=None):
        body = html.encode("utf-8") if isinstance(html, str) else html
        if ctype is None:
            # Half of the pages omit the charset in the header; the meta always says utf-8.
            ctype = "text/html" if sum(path.encode()) % 2 else "text/html; charset=utf-8"
        headers = {"Date": C.DATE_HEADER, "Server": "FaiWeb/2.0", "Content-Type": ctype,
                   "Cache-Control": "no-cache"}
        if extra:
            headers.update(extra)
        return Response(status, headers, body)

    def handle(self, method, url):
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host not in (C.HOST, C.BARE) or parts.scheme not in ("http", "https"):
            return Response(502, {"Date": C.DATE_HEADER, "Content-Type": "text/plain"}, b"Bad Gateway")
        path = unquote(parts.path) or "/"
        qs = parse_qs(parts.query)
        if method not in ("GET", "HEAD", "POST"):
            return self._resp(405, "Method Not Allowed", path, "text/plain")
        if method == "POST" and path != "/msgBoard.jsp":
            return self._resp(405, "Method Not Allowed", path, "text/plain")
        if host == C.BARE and path == "/" and not parts.query:
            return self._resp(301, "", path, "text/html", {"Location": f"http://{C.HOST}/"})
        if path in C.OLD_URLS:
            return self._resp(301, "", path, "text/html", {"Location": f"http://{C.HOST}{C.OLD_URLS[path]}"})
        if path.startswith(("/manage/", "/ajax/", "/api/")) or path in ("/manage", "/ajax", "/api"):
            return self._resp(403, "<html><body>403 Forbidden</body></html>", path, "text/html; charset=utf-8")
        if path == "/robots.txt":
            return self._resp(200, ROBOTS, path, "text/plain; charset=utf-8")
        if path.startswith(("/image/", "/upload/")):
            return self._resp(200, GIF, path, "image/gif")
        if path.startswith(("/css/", "/js/")):
            return self._resp(200, "", path, "text/css" if path.startswith("/css/") else "application/javascript")
        mobile = qs.get("m", [""])[0] == "1"
        html = self._route(method, path, qs, mobile)
        if html is None:
            return self._resp(404, _not_found(), path, "text/html; charset=utf-8")
        return self._resp(200, html, path)

    def _route(self, method, path, qs, mobile):
        if path in ("/", "/index.jsp"):
            if mobile:
                news = "".join(f'<li><a href="/nd/{i}.html?m=1">{_h(C.ART_BY_ID[i]["title"])}</a></li>' for i in C.HOME_NEWS)
                return _mobile_page(C.COMPANY, f"<ul>{news}</ul>")
            return _home()
        aid = None
        if path.startswith("/nd/") and path.endswith(".html"):
            aid = _int({"x": [path[4:-5]]}, "x")
        elif path == "/nd.jsp":
            aid = _int(qs, "id")
        if path.startswith("/nd/") or path == "/nd.jsp":
            a = C.ART_BY_ID.get(aid)
            return _article_page(a, mobile) if a else None
        if path == "/col.jsp":
            cid = _int(qs, "id")
            if cid == 101:
                return _about()
            if cid == 102:
                return _contact()
            if cid == 104:
                return _news_center()
            if cid in C.GROUP_OF_COL:
                return _col_list(C.GROUP_OF_COL[cid], 1, "col")
            return None
        if path == "/nr.jsp":
            g, page = _int(qs, "groupId"), _int(qs, "m_pageNo", 1)
            if g not in C.GROUPS or page is None:
                return None
            return _col_list(g, page, "nr")
        if path == "/pr.jsp":
            g = _int(qs, "groupId", 1)
            return _product_list(g) if g in C.PROD_GROUPS else None
        if (path.startswith("/pd/") and path.endswith(".html")) or path == "/pd.jsp":
            pid = _int({"x": [path[4:-5]]}, "x") if path != "/pd.jsp" else _int(qs, "id")
            p = C.PROD_BY_ID.get(pid)
            return _product(p) if p else None
        if path == "/jobs/":
            return _jobs_list()
        if path.startswith("/jobs/") and path.endswith(".html"):
            j = next((j for j in C.JOBS if f"/jobs/{j['id']}.html" == path), None)
            return _job(j) if j else None
        if path == "/case/":
            return _case_list()
        if path.startswith("/case/") and path.endswith(".html"):
            c = next((c for c in C.CASES if f"/case/{c['id']}.html" == path), None)
            return _case(c) if c else None
        if path == "/msgBoard.jsp":
            return _guestbook(method == "POST")
        if path == "/login.jsp":
            return _login()
        if path == "/sr.jsp":
            page = _int(qs, "m_pageNo", 1)
            if page is None:
                return None
            return _search(qs.get("keyword", [""])[0], page)
        if path == "/en/":
            return _en_home()
        if path.startswith("/en/nd/") and path.endswith(".html"):
            i = _int({"x": [path[7:-5]]}, "x")
            return _en_article(i) if i in C.EN_ARTICLES else None
        return None


def emulator():
    return BuilderCorpSite()
