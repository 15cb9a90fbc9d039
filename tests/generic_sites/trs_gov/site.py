"""trs_gov: an invented TRS WCM (拓尔思) portal of a national economic & technological development zone.

emulator() returns an object with origin, hosts and handle(method, absolute_url) -> response(.status,
.headers, .body). Standard library only; deterministic (fixed Date header, no randomness).
"""

import html
import re
from urllib.parse import urlsplit, parse_qs

import trs_content as C

ORIGIN = "http://" + C.WWW
PRIVATE_LINKS = [("内网办公", "http://10.32.1.15/oa/"), ("测试站", "http://192.168.1.20:8080/"),
                 ("预览", "http://127.0.0.1:8080/wcm/preview.html"), ("本地", "http://localhost/jcms/")]


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body


def esc(s):
    return html.escape(s, quote=True)


def _headers(ctype="text/html; charset=UTF-8", extra=None):
    h = {"Content-Type": ctype, "Date": C.DATE_HEADER, "Server": "TRS WCM WebServer",
         "X-Powered-By": "TRS", "Cache-Control": "max-age=600"}
    if extra:
        h.update(extra)
    return h


# ------------------------------------------------------------------------------------------ page chrome
def head(title, metas=""):
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            '<meta http-equiv="X-UA-Compatible" content="IE=edge" />\n'
            f'<title>{esc(title)}</title>\n'
            f'<meta name="SiteName" content="{C.SITE_NAME}" />\n'
            f'<meta name="SiteDomain" content="{C.WWW}" />\n'
            f'<meta name="SiteIDCode" content="{C.SITE_CODE}" />\n'
            f'{metas}'
            '<link rel="stylesheet" href="/images/common.css" type="text/css" />\n'
            '<script type="text/javascript" src="/images/jquery-1.12.4.min.js"></script>\n'
            '<script type="text/javascript" src="/images/common.js"></script>\n'
            '</head>\n<body>\n')


def top():
    nav = [("/", "首页"), ("/xxgk/jgzn/", "走进经开"), ("/xxgk/", "政务公开"), ("/xxgk/zcfg/", "政策法规"),
           ("https://" + C.WWW + "/col/mtbd/index.html", "投资服务"), ("/bsfw/", "办事服务"),
           ("/hdjl/", "互动交流"), ("/col/zwdt/", "新闻中心")]
    t = C.TOP_BAR
    return ('<div class="topbar"><div class="w1200">\n'
            f'<span class="welcome">{t[0]}</span>\n'
            '<div class="tools"><a href="javascript:void(0);" id="cniil_wza" onclick="aria.start()">'
            f'{t[1]}</a> | <a href="javascript:void(0);" class="oldman" onclick="toggleElder()">{t[2]}</a>'
            f' | <span class="ipv6">{t[3]}</span> | <a href="/en/" target="_blank">{t[4]}</a></div>\n'
            '</div></div>\n'
            '<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/logo.png" '
            f'alt="{C.SITE_NAME}" /></a>\n'
            '<form action="/jsearch/search.do" method="get" name="searchform" class="search">'
            '<input type="hidden" name="webid" value="1" /><input type="hidden" name="tpl" value="2" />'
            '<input type="text" name="q" value="" placeholder="请输入关键字" />'
            '<input type="submit" value="搜索" /></form></div></div>\n'
            '<div class="nav"><ul>' + "".join(f'<li><a href="{h}">{n}</a></li>' for h, n in nav) +
            '</ul></div>\n')


def footer():
    f = C.FOOTER
    links = "".join(f'<option value="{u}">{n}</option>' for n, u in C.FRIEND_LINKS)
    direct = "".join(f'<a href="{u}" target="_blank">{n}</a>' for n, u in C.FRIEND_LINKS)
    c = C.CONTACT_BLOCK
    contact = ('<div class="lxwm-box"><h3>' + c[0] + '</h3><ul>' +
               "".join(f"<li>{x}</li>" for x in c[1:5]) +
               f'<li>{c[5].split("：")[0]}：<a href="mailto:yjetdz@yj.gov.cn">yjetdz@yj.gov.cn</a></li>'
               f'<li>{c[6]}</li></ul>'
               '<p class="tel"><a href="tel:0523-86820001">一键拨号</a></p></div>\n')
    return ('<div class="friendlink w1200"><span>相关网站：</span>' + direct +
            f'<select onchange="window.open(this.value)"><option>---省市网站---</option>{links}</select></div>\n'
            + contact +
            '<div class="footer"><div class="w1200">\n'
            '<div class="jiucuo"><script id="_jiucuo_" sitecode="' + C.SITE_CODE +
            '" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>'
            '<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=' + C.SITE_CODE +
            '&url=http%3A%2F%2F' + C.WWW + '%2F" target="_blank"><img src="/images/jiucuo.png" alt="' + f[6] +
            '" />' + f[6] + '</a></div>\n'
            f'<p>{f[0]}　{f[1]}</p>\n<p>{f[2]}</p>\n'
            f'<p><a href="https://beian.miit.gov.cn/" target="_blank">{f[3]}</a>　'
            f'<a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=32070002000123" '
            f'target="_blank"><img src="/images/ga.png" />{f[4]}</a>　{f[5]}</p>\n'
            f'<p>{f[7]}　<a href="/sitemap/">网站地图</a>　<a href="/lxwm/">联系我们</a>　'
            '<a href="http://' + C.HOST + '/col/zcjd/index.html">政策解读</a>　'
            '<a href="/jcms/login.jsp">后台管理</a></p>\n'
            '<div class="dzjg"><a href="http://bszs.conac.cn/sitename?method=show&id=0A1B2C3D" '
            'target="_blank"><img src="/images/red.png" alt="党政机关" /></a></div>\n'
            '</div></div>\n'
            '<script type="text/javascript" src="/images/aria.js?appid=a1b2c3" charset="utf-8"></script>\n'
            '</body>\n</html>\n')


def crumb(parts):
    s = '<a href="/">首页</a>'
    for href, name in parts:
        s += f' &gt; <a href="{href}">{name}</a>'
    return f'<div class="position w1200">当前位置：{s}</div>\n'


# --------------------------------------------------------------------------------------------- articles
STYLE_BLOCK = ('<style type="text/css">\n.TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:2;'
               'font-family:宋体;font-size:12pt;}.TRS_Editor DIV{line-height:2;font-family:宋体;font-size:12pt;}'
               '.TRS_Editor TD{font-size:12pt;}\n</style>\n')


def render_para(a, item, last=False):
    style, val = item
    v = a["variant"]
    if style == "h":
        return f'<p style="text-indent:2em;"><strong>{esc(val)}</strong></p>\n'
    if style == "c":
        return f'<p style="text-align:center;"><strong><font style="font-size:16pt;">{esc(val)}</font></strong></p>\n'
    if style == "r":
        return f'<p style="text-align:right;">{esc(val)}</p>\n'
    if style == "cap":
        return f'<p style="text-align:center;">{esc(val)}</p>\n'
    if style == "att":
        label, name, href = val
        return (f'<p style="text-indent:2em;">{label}<a href="./{href}" oldsrc="/protect/{href}">'
                f'{esc(name)}</a></p>\n')
    text = esc(val)
    if v == "font":
        cut = val.find("，")
        if 0 < cut < len(val) - 1:
            text = (f'{esc(val[:cut + 1])}</font><font face="仿宋_GB2312" style="font-size:16pt;">'
                    f'{esc(val[cut + 1:])}')
        return (f'<p align="justify" style="text-indent:0;"><font face="仿宋_GB2312" style="font-size:16pt;">'
                f'&ensp;&ensp;{text}</font></p>\n')
    if v == "nbsp":
        return f'<p>&nbsp;&nbsp;&nbsp;&nbsp;{text}</p>\n'
    if v == "preappend":
        return f'<p class="MsoNormal" style="line-height:150%;">　　{text}</p>\n'
    if v == "repost" and last and a.get("wan"):
        return f'<p style="text-indent:2em;">{text}（完）</p>\n'
    return f'<p style="text-indent:2em;">{text}</p>\n'


def render_body(a):
    out = []
    paras = a["paras"]
    if a["variant"] == "picture":
        out.append(f'<p style="text-align:center;"><img src="./{a["image"]}" oldsrc="{a["image"]}" '
                   f'border="0" alt="" width="600" /></p>\n')
    if a.get("orig_title"):
        out.append(f'<p style="text-indent:2em;">原标题：{esc(a["orig_title"])}</p>\n')
    i = 0
    n = len(paras)
    while i < n:
        if paras[i][0] == "tr":
            rows = []
            while i < n and paras[i][0] == "tr":
                rows.append("<tr>" + "".join(f'<td style="border:1px solid #000;padding:4px;">{esc(c)}</td>'
                                             for c in paras[i][1]) + "</tr>")
                i += 1
            out.append('<table border="1" cellspacing="0" cellpadding="0" align="center" width="90%"><tbody>'
                       + "".join(rows) + "</tbody></table>\n")
            continue
        out.append(render_para(a, paras[i], last=(i == n - 1)))
        i += 1
    if a.get("editor"):
        out.append(f'<p style="text-align:right;">{esc(a["editor"])}</p>\n')
    inner = "".join(out)
    if a["variant"] == "preappend":
        inner = ('<div class="TRS_PreAppend" style="overflow-x:hidden;word-break:break-all">\n'
                 + inner + '</div>\n')
    return '<div class="TRS_Editor">' + STYLE_BLOCK + inner + '</div>\n'


def xxgk_table(x):
    rows = [("索引号", x["index"], "主题分类", x["topic"]), ("发布机构", x["org"], "发文日期", x["fwrq"]),
            ("文号", x["wh"], "有效性", x["valid"])]
    return ('<div class="xxgk-info"><table class="xxgk_table" width="100%" cellspacing="0">' +
            "".join(f'<tr><td class="tit">{r[0]}：</td><td>{esc(r[1])}</td><td class="tit">{r[2]}：</td>'
                    f'<td>{esc(r[3])}</td></tr>' for r in rows) + '</table></div>\n')


def info_line(a):
    src = a["source"] if a["source"] else C.SITE_NAME
    s = f'发布时间：{a["date"]}　'
    if a["byline"]:
        s += f'作者：{esc(a["byline"])}　'
    s += f'来源：{esc(src)}　'
    s += ('<span class="font">字体：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> '
          '<a href="javascript:doZoom(14)">小</a>]</span>　<a href="javascript:window.print()">【打印】</a>'
          '<a href="javascript:window.close()">【关闭】</a>')
    return f'<div class="info">{s}</div>\n'


def article_page(a):
    col = a["col"]
    cname, pname, phref = C.COLUMNS[col]
    pub = a["date"] + (" " + a["time"] if a["time"] else "")
    metas = (f'<meta name="ColumnName" content="{cname}" />\n<meta name="ColumnType" content="{cname}" />\n'
             f'<meta name="ArticleTitle" content="{esc(a["title"])}" />\n'
             f'<meta name="PubDate" content="{pub}" />\n'
             f'<meta name="ContentSource" content="{esc(a["source"] or C.SITE_NAME)}" />\n'
             f'<meta name="Keywords" content="{esc(a["keywords"])}" />\n'
             f'<meta name="author" content="{esc(a["meta_author"])}" />\n'
             f'<meta name="description" content="{esc(C.para_text(a["paras"][0])[:60])}" />\n'
             f'<meta name="Url" content="{ORIGIN}{C.url_path(a)}" />\n')
    h = head(f'{a["title"]}_{cname}_{C.SITE_NAME}', metas) + top()
    h += crumb([(phref, pname), (f"/col/{col}/index.html", cname)])
    h += '<div class="main w1200"><div class="article">\n'
    if col == "zcwj":
        h += xxgk_table(a["xxgk"])
    h += f'<h1 class="title">{esc(a["title"])}</h1>\n'
    h += info_line(a)
    h += '<!--ZJEG_RSS.content.begin--><meta name="ContentStart">\n'
    h += render_body(a)
    h += '<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->\n'
    if a.get("related"):
        r = C.by_id(a["related"])
        h += (f'<div class="xgwj">相关文件：<a href="{C.url_path(r)}" target="_blank">{esc(r["title"])}</a></div>\n')
    h += ('<div class="views">浏览次数：<span id="views"></span></div>\n'
          '<script type="text/javascript">$.get("/wcm/api/count.do?docid=' + str(a["id"]) +
          '",function(d){$("#views").html(d);});</script>\n')
    h += ('<div class="share">分享到：<a href="javascript:void(0)" class="wx">微信</a>'
          '<a href="javascript:void(0)" class="wb">微博</a><a href="javascript:void(0)" class="qq">QQ空间</a></div>\n')
    rel = C.related_links(a)
    lis = "".join(f'<li><a href="/content/post_{b["id"]}.html" target="_blank">{esc(b["title"])}</a></li>'
                  for b in rel)
    if col == "zwdt":
        lis += f'<li><a href="{C.DELETED}">经开区召开2023年度经济工作会议</a></li>'
    h += f'<div class="xglj"><h4>{C.RELATED_HEAD}</h4><ul>{lis}</ul></div>\n'
    h += '</div></div>\n' + footer()
    return h


def redirect_page(r):
    t = r["target"]
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f'<meta http-equiv="refresh" content="0;url={t}" /><title>{esc(r["title"])}</title></head>'
            f'<body><script type="text/javascript">location.href="{t}";</script>'
            f'<p>页面跳转中，如未自动跳转请<a href="{t}">点击这里</a>。</p></body></html>')


# ------------------------------------------------------------------------------------------------ lists
PAGER_JS = ('<script type="text/javascript">\nfunction createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){\n'
            ' if(_nPageCount == null || _nPageCount<=1){ return; }\n var nCurrIndex = _nCurrIndex || 0;\n'
            ' if(nCurrIndex == 0) document.write("<span>首页</span> ");\n'
            ' else document.write("<a href=\\""+_sPageName+"."+_sPageExt+"\\">首页</a> ");\n'
            ' for(var i=1;i<_nPageCount;i++){ if(nCurrIndex==i) document.write("<span>"+(i+1)+"</span> ");\n'
            '  else document.write("<a href=\\""+_sPageName+"_"+i+"."+_sPageExt+"\\">"+(i+1)+"</a> "); }\n}\n</script>\n')


def list_href(i):
    return "index.html" if i == 0 else f"index_{i}.html"


def list_page(col, pageno, loop_uid=None):
    cname, pname, phref = C.COLUMNS[col]
    pages = C.list_pages(col)
    n = len(pages)
    idx = min(pageno, n - 1)
    h = head(f'{cname}_{C.SITE_NAME}', f'<meta name="ColumnName" content="{cname}" />\n') + top()
    h += crumb([(phref, pname), (f"/col/{col}/index.html", cname)])
    h += f'<div class="main w1200"><div class="list-box"><h2>{cname}</h2><ul class="list">\n'
    for kind, e in pages[idx]:
        d = e["date"].replace("-", "")
        if kind == "art":
            href = f'./{d[:6]}/t{d}_{e["id"]}.html'
            if e.get("jsession") and pageno == 0:
                href = f'./{d[:6]}/t{d}_{e["id"]}.html;jsessionid=8F2A6C1D93E4B7A05C6E1F2D3B4A5C6D'
        elif kind == "pdf":
            href = f'./{d[:6]}/{e["file"]}'
        else:
            href = f'./{d[:6]}/t{d}_{e["id"]}.html'
        h += (f'<li><a href="{href}" target="_blank" title="{esc(e["title"])}">{esc(e["title"])}</a>'
              f'<span class="date">{e["date"]}</span></li>\n')
    h += '</ul>\n<div class="page">' + PAGER_JS
    h += f'<script type="text/javascript">createPageHTML({n}, {idx}, "index", "html");</script>\n'
    if loop_uid is not None:
        h += (f'<a href="index.html?uid={loop_uid}&pageNum={pageno + 2}">下一页</a>')
    else:
        stat = f'<span class="pg">共{n}页</span> '
        if idx > 0:
            stat += f'<a href="{list_href(idx - 1)}">上一页</a> '
        if idx < n - 1:
            stat += f'<a href="{list_href(idx + 1)}">下一页</a> '
        stat += f'<a href="{list_href(n - 1)}">尾页</a>'
        h += f'<div class="page-static">{stat}</div>'
    h += '</div></div></div>\n' + footer()
    return h


# ------------------------------------------------------------------------------------------ other pages
def simple_page(title, crumbs, inner):
    return head(f'{title}_{C.SITE_NAME}') + top() + crumb(crumbs) + \
        f'<div class="main w1200"><h2>{title}</h2>\n{inner}</div>\n' + footer()


def home():
    inner = '<div class="banner"><img src="/images/banner2024.jpg" alt="" /></div>\n'
    for col in ["zwdt", "tzgg", "zcwj", "zcjd", "mtbd"]:
        cname = C.COLUMNS[col][0]
        more = f'/col/{col}/index.html'
        if col == "zwdt":
            more = '/col/zwdt/index.html?uid=52318&pageNum=1'
        inner += f'<div class="box"><h3>{cname}<a class="more" href="{more}">更多&gt;&gt;</a></h3><ul>'
        for kind, e in C.list_entries(col)[:3]:
            if kind != "art":
                continue
            href = C.url_path(e)
            if e.get("from_alias"):
                href += "?from=index"
            inner += f'<li><a href="{href}" target="_blank">{esc(e["title"])}</a><span>{e["date"][5:]}</span></li>'
        inner += '</ul></div>\n'
    inner += ('<div class="quick"><a href="/xxgk/">信息公开目录</a> <a href="/xxgk/ysqgk/">依申请公开</a> '
              '<a href="/xxgk/ldxx/">领导信息</a> <a href="/xxgk/jgzn/">机构职能</a> <a href="/bsfw/">办事指南</a> '
              '<a href="/zwgk/">政务公开（旧版）</a> <a href="/sitemap/">网站地图</a> '
              '<a href="/col/mtbd">媒体报道</a> <a href="https://' + C.WWW + '/col/tzgg/index.html">通知公告</a> '
              '<a href="/jsearch/search.do?q=%E6%8B%9B%E5%95%86&p=1">热搜：招商</a></div>\n')
    inner += '<div class="private">' + " ".join(f'<a href="{u}">{n}</a>' for n, u in PRIVATE_LINKS) + '</div>\n'
    return head(C.SITE_NAME) + top() + f'<div class="main w1200">\n{inner}</div>\n' + footer()


def xxgk(q):
    year = q.get("year", ["2024"])[0]
    month = q.get("month", ["3"])[0]
    try:
        y, m = int(year), int(month)
    except ValueError:
        y, m = 2024, 3
    py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
    ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
    inner = ('<div class="xxgk-nav"><ul><li><a href="/xxgk/zcfg/">政策法规</a></li>'
             '<li><a href="/col/zwdt/index.html">政务动态</a></li><li><a href="/col/tzgg/index.html">通知公告</a></li>'
             '<li><a href="/xxgk/ldxx/">领导信息</a></li><li><a href="/xxgk/jgzn/">机构职能</a></li>'
             '<li><a href="/xxgk/ysqgk/">依申请公开</a></li></ul></div>\n')
    inner += (f'<div class="filter">按发布时间：<a href="/xxgk/?year={py}&month={pm}">{py}年{pm}月</a> '
              f'<b>{y}年{m}月</b> <a href="/xxgk/?year={ny}&month={nm}">{ny}年{nm}月</a></div>\n<ul>')
    for a in C.ARTICLES:
        if a["date"].startswith(f"{y}-{m:02d}") and a["col"] in ("zcwj", "tzgg"):
            inner += f'<li><a href="{C.url_path(a)}">{esc(a["title"])}</a><span>{a["date"]}</span></li>'
    inner += '</ul>'
    return simple_page("信息公开目录", [("/xxgk/", "政务公开")], inner)


def zcfg():
    inner = '<ul><li><a href="/col/zcwj/index.html">政策文件</a></li><li><a href="/col/zcjd/index.html">政策解读</a></li></ul>'
    return simple_page("政策法规", [("/xxgk/zcfg/", "政策法规")], inner)


def ysqgk():
    inner = ('<form action="/wcm/ysqgk/submit.do" method="post"><table>'
             '<tr><td>申请人姓名：</td><td><input name="name" /></td></tr>'
             '<tr><td>证件号码：</td><td><input name="idno" /></td></tr>'
             '<tr><td>所需信息内容描述：</td><td><textarea name="desc"></textarea></td></tr>'
             '<tr><td>获取信息方式：</td><td><input type="radio" name="way" value="1" />邮寄 '
             '<input type="radio" name="way" value="2" />电子邮件</td></tr></table>'
             '<input type="submit" value="提交申请" /></form>'
             '<p>依申请公开受理机构：经开区党政办公室，地址：科创大道188号，电话：0523-86820003。</p>')
    return simple_page("依申请公开", [("/xxgk/", "政务公开")], inner)


def ldxx():
    inner = "<ul>" + "".join(
        f'<li><a href="./{l["date"].replace("-", "")[:6]}/t{l["date"].replace("-", "")}_{l["id"]}.html">'
        f'{l["name"]}</a> {l["post"]}</li>' for l in C.LEADERS) + "</ul>"
    return simple_page("领导信息", [("/xxgk/", "政务公开")], inner)


def leader_page(l):
    inner = (f'<div class="leader"><img src="/images/ld_{l["id"]}.jpg" /><table><tr><td>姓名：</td>'
             f'<td>{l["name"]}</td></tr><tr><td>职务：</td><td>{l["post"]}</td></tr>'
             f'<tr><td>工作分工：</td><td>{l["text"]}</td></tr></table></div>')
    return simple_page(l["name"], [("/xxgk/", "政务公开"), ("/xxgk/ldxx/", "领导信息")], inner)


def jgzn():
    inner = ('<div class="jgzn"><h3>主要职责</h3><p>（一）贯彻执行国家和省、市关于经济技术开发区建设的方针政策；</p>'
             '<p>（二）编制经开区总体规划和产业发展规划并组织实施；</p><p>（三）负责区内招商引资和项目建设管理。</p>'
             '<h3>内设机构</h3><p>党政办公室、经济发展局、投资促进局、科技局、建设局、应急管理局、社会事业局。</p></div>')
    return simple_page("机构职能", [("/xxgk/", "政务公开")], inner)


def bsfw():
    inner = "<ul>" + "".join(
        f'<li><a href="/bsfw/bszn/{g["date"].replace("-", "")[:6]}/t{g["date"].replace("-", "")}_{g["id"]}.html">'
        f'{g["title"]}</a></li>' for g in C.GUIDES) + "</ul>"
    return simple_page("办事指南", [("/bsfw/", "办事服务")], inner)


def guide_page(g):
    inner = (f'<div class="bszn"><h3>一、适用范围</h3><p>{g["cond"][0]}</p><h3>二、办理条件</h3>'
             f'<p>{g["cond"][0]}</p><h3>三、所需材料</h3><ol>' + "".join(f"<li>{m}</li>" for m in g["mats"]) +
             f'</ol><h3>四、办理时限</h3><p>{g["time_limit"]}</p><h3>五、收费标准</h3><p>不收费。</p>'
             '<h3>六、咨询电话</h3><p>0523-86820123</p>'
             '<p><a href="https://www.jszwfw.gov.cn/">在线办理</a></p></div>')
    return simple_page(g["title"], [("/bsfw/", "办事服务")], inner)


def search(q):
    kw = q.get("q", [""])[0]
    try:
        p = max(1, int(q.get("p", ["1"])[0]))
    except ValueError:
        p = 1
    from urllib.parse import quote
    hits = [a for a in C.ARTICLES if kw and (kw in a["title"] or kw in a["keywords"])] or C.ARTICLES[:5]
    inner = f'<p>搜索“{esc(kw)}”，第{p}页</p><ul>'
    for a in hits[:5]:
        inner += f'<li><a href="/content/post_{a["id"]}.html">{esc(a["title"])}</a></li>'
    inner += (f'</ul><div class="page"><a href="/jsearch/search.do?q={quote(kw)}&p={p + 1}">下一页</a> '
              f'<a href="/jsearch/search.do?q={quote(kw)}&p={p + 1}&sort=time">按时间排序</a></div>')
    return simple_page("站内搜索", [], inner)


def sitemap():
    inner = '<ul>'
    for col, (cname, pname, phref) in C.COLUMNS.items():
        inner += f'<li><a href="/col/{col}/index.html">{cname}</a></li>'
    inner += ('<li><a href="/xxgk/">信息公开目录</a></li><li><a href="/hdjl/">互动交流</a></li>'
              '<li><a href="/lxwm/">联系我们</a></li><li><a href="/admin/">管理入口</a></li>'
              '<li><a href="/wcm/index.jsp">WCM</a></li><li><a href="mailto:webmaster@yj.gov.cn">站长信箱</a></li>'
              '<li><a href="http://www.gov.cn/">中国政府网</a></li></ul>')
    return simple_page("网站地图", [], inner)


def hdjl(q):
    try:
        page = int(q.get("page", ["1"])[0])
    except ValueError:
        page = 1
    page = min(max(page, 1), 2)
    rows = C.MESSAGES[(page - 1) * 3: page * 3]
    inner = '<table class="lylist"><tr><th>标题</th><th>日期</th><th>状态</th></tr>' + "".join(
        f'<tr><td>{t}</td><td>{d}</td><td>{s}</td></tr>' for t, d, s in rows) + '</table>'
    inner += '<div class="page">' + (f'<a href="/hdjl/?page={page + 1}">下一页</a>' if page < 2 else
                                     '<a href="/hdjl/?page=1">首页</a>') + '</div>'
    inner += '<p><a href="/wcm/guestbook/write.jsp">我要留言</a></p>'
    return simple_page("互动交流", [("/hdjl/", "互动交流")], inner)


def lxwm():
    inner = "".join(f"<p>{x}</p>" for x in C.CONTACT_BLOCK[1:]) + \
        '<p><a href="tel:0523-86820001">0523-86820001</a> <a href="mailto:yjetdz@yj.gov.cn">写信</a></p>'
    return simple_page("联系我们", [], inner)


ROBOTS = "User-agent: *\nDisallow: /wcm/\nDisallow: /admin/\nDisallow: /jcms/\n"
PDF_BYTES = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
             b"trailer<</Root 1 0 R>>\n%%EOF\n")

ART_RE = re.compile(r"^/col/(\w+)/(\d{6})/t(\d{8})_(\d+)\.html$")
FILE_RE = re.compile(r"^/col/(\w+)/(\d{6})/(P0\d+)\.(pdf|docx|xlsx)$")
LIST_RE = re.compile(r"^/col/(\w+)/(?:index(?:_(\d+))?\.html)?$")
ART_OLD = re.compile(r"^/art/\d+/\d+/\d+/art_\d+_(\d+)\.html$")
POST_RE = re.compile(r"^/content/post_(\d+)\.html$")
LDXX_RE = re.compile(r"^/xxgk/ldxx/(\d{6})/t(\d{8})_(\d+)\.html$")
BSZN_RE = re.compile(r"^/bsfw/bszn/(\d{6})/t(\d{8})_(\d+)\.html$")

CTYPES = {"pdf": "application/pdf",
          "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


class TrsGovEmulator:
    origin = ORIGIN
    hosts = [C.WWW, C.HOST]

    def _html(self, text, col=None, status=200):
        ctype = "text/html; charset=GBK" if col == "zcwj" else "text/html; charset=UTF-8"
        return Response(status, _headers(ctype), text.encode("utf-8"))

    def _redirect(self, loc, code=301):
        return Response(code, _headers(extra={"Location": loc}),
                        f'<html><body>Moved: <a href="{loc}">{loc}</a></body></html>'.encode())

    def _notfound(self):
        return self._html(simple_page("页面不存在", [], "<p>对不起，您访问的页面不存在或已被删除。</p>"), status=404)

    def handle(self, method, url):
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host not in self.hosts:
            return Response(502, _headers("text/plain"), b"bad gateway")
        path = parts.path or "/"
        path = re.sub(r";jsessionid=[^/?]*", "", path, flags=re.I)
        q = parse_qs(parts.query)
        scheme_host = f"{parts.scheme}://{parts.netloc}"
        if path == "/robots.txt":
            return Response(200, _headers("text/plain; charset=UTF-8"), ROBOTS.encode())
        for pre in ("/wcm/", "/admin/", "/jcms/"):
            if path.startswith(pre) or path == pre.rstrip("/"):
                return Response(403, _headers(), b"<html><body><h1>403 Forbidden</h1></body></html>")
        if path in ("/", "/index.html", "/index.htm"):
            return self._html(home())
        m = ART_RE.match(path)
        if m:
            col, ym, d, i = m.group(1), m.group(2), m.group(3), int(m.group(4))
            a = C.by_id(i)
            if a and C.url_path(a) == path:
                return self._html(article_page(a), col)
            for r in C.REDIRECTS:
                if r["id"] == i and r["col"] == col:
                    return self._html(redirect_page(r))
            return self._notfound()
        m = POST_RE.match(path)
        if m:
            a = C.by_id(int(m.group(1)))
            return self._html(article_page(a), a["col"]) if a else self._notfound()
        m = ART_OLD.match(path)
        if m:
            a = C.by_id(int(m.group(1)))
            if a and a.get("old_art") == path:
                return self._redirect(scheme_host + C.url_path(a))
            return self._notfound()
        m = FILE_RE.match(path)
        if m:
            name = m.group(3) + "." + m.group(4)
            known = [p["file"] for p in C.PDF_ONLY] + [x[1][2] for a in C.ARTICLES for x in a["paras"]
                                                       if x[0] == "att"]
            if name in known:
                return Response(200, _headers(CTYPES[m.group(4)]), PDF_BYTES)
            return self._notfound()
        if re.match(r"^/col/\w+$", path) and path[5:] in C.COLUMNS:
            return self._redirect(scheme_host + path + "/")
        m = LIST_RE.match(path)
        if m and m.group(1) in C.COLUMNS:
            col = m.group(1)
            n = len(C.list_pages(col))
            if "pageNum" in q:
                try:
                    pn = max(1, int(q["pageNum"][0]))
                except ValueError:
                    pn = 1
                return self._html(list_page(col, pn - 1, loop_uid=q.get("uid", ["0"])[0]), col)
            pg = int(m.group(2)) if m.group(2) else 0
            if pg >= n or (m.group(2) is not None and pg == 0):
                return self._notfound()
            return self._html(list_page(col, pg), col)
        if path == "/zwgk/" or path == "/zwgk":
            return self._redirect(scheme_host + "/xxgk/")
        if path in ("/xxgk/", "/xxgk/index.html"):
            return self._html(xxgk(q))
        if path == "/xxgk/zcfg/":
            return self._html(zcfg())
        if path == "/xxgk/ysqgk/":
            return self._html(ysqgk())
        if path == "/xxgk/ldxx/":
            return self._html(ldxx())
        m = LDXX_RE.match(path)
        if m:
            for l in C.LEADERS:
                if l["id"] == int(m.group(3)):
                    return self._html(leader_page(l))
            return self._notfound()
        if path == "/xxgk/jgzn/":
            return self._html(jgzn())
        if path == "/bsfw/":
            return self._html(bsfw())
        m = BSZN_RE.match(path)
        if m:
            for g in C.GUIDES:
                if g["id"] == int(m.group(3)):
                    return self._html(guide_page(g))
            return self._notfound()
        if path == "/jsearch/search.do":
            return self._html(search(q))
        if path == "/sitemap/":
            return self._html(sitemap())
        if path == "/hdjl/":
            return self._html(hdjl(q))
        if path == "/lxwm/":
            return self._html(lxwm())
        return self._notfound()


def emulator():
    return TrsGovEmulator()
