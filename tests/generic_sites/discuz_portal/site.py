"""Emulator of 园区招商网 (www.yqzsw.cn): an invented Discuz! X3.4 portal + forum. Standard library only."""

import hashlib
from html import escape
from urllib.parse import urlsplit, parse_qs, quote

import discuz_content as C

H = C.HOST
WWW = "www." + H
ORIGIN = "http://" + WWW
DATE = "Fri, 06 Dec 2024 08:00:00 GMT"
FORBIDDEN_PATHS = ["/api/", "/data/", "/source/", "/install/", "/template/", "/config/", "/uc_client/",
                   "/uc_server/", "/static/", "/admin.php", "/api.php", "/misc.php", "/connect.php",
                   "/forum.php?mod=redirect", "/forum.php?mod=post", "/home.php?mod=spacecp",
                   "/portal.php?mod=portalcp", "/userapp.php"]

ROBOTS = """#
# robots.txt for Discuz! X3
#

User-agent: *
Disallow: /api/
Disallow: /data/
Disallow: /source/
Disallow: /install/
Disallow: /template/
Disallow: /config/
Disallow: /uc_client/
Disallow: /uc_server/
Disallow: /static/
Disallow: /admin.php
Disallow: /api.php
Disallow: /misc.php
Disallow: /connect.php
Disallow: /forum.php?mod=redirect
Disallow: /forum.php?mod=post
Disallow: /home.php?mod=spacecp
Disallow: /portal.php?mod=portalcp
Disallow: /userapp.php
"""


class Response:
    def __init__(self, status, body=b"", headers=None):
        self.status = status
        self.body = body if isinstance(body, bytes) else body.encode("utf-8")
        self.headers = {"Date": DATE, "Server": "nginx"}
        self.headers.update(headers or {})


def _html(status, text, extra=None):
    h = {"Content-Type": "text/html; charset=utf-8",
         "Set-Cookie": "yqzs_2132_saltkey=Qx7pZp2K; expires=Sun, 05-Jan-2025 08:00:00 GMT; Max-Age=2592000; path=/; httponly",
         "X-Frame-Options": "SAMEORIGIN"}
    h.update(extra or {})
    return Response(status, text, h)


def _fmt_date(art):
    y, mo, d, hh, mm = art["date"]
    return f"{y}-{mo}-{d}" if art["date_only"] else f"{y}-{mo}-{d} {hh:02d}:{mm:02d}"


def formhash(url):
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:8]


# ---------------------------------------------------------------- frame

def frame(url, title, content, nav="portal", bodyid="nv_portal", bodyclass="pg_index", desc=""):
    fh = formhash(url)
    cats = "".join(f'<li><a href="list-{c}-1.html">{n}</a></li>' for c, n in C.CATEGORIES.items())
    hot = "".join(f'<a href="search.php?mod=portal&amp;searchid={7 + k}&amp;kw={quote(w)}&amp;page=1" target="_blank" class="xi2">{w}</a>'
                  for k, w in enumerate(["标准厂房", "招商政策", "租金补贴"]))
    navs = [("portal", "portal.php", "门户", "Portal"), ("forum", "forum.php", "论坛", "BBS"),
            ("cf", "plugin.php?id=changfang", "厂房出租", "Factory"), ("topic", "portal.php?mod=topic&amp;topicid=1", "招商峰会", "Topic"),
            ("about", "about.html", "关于我们", "About")]
    act = ' class="a"'
    navhtml = "".join(f'<li{act if k == nav else ""} id="mn_{k}"><a href="{u}" hidefocus="true" title="{e}">{n}<span>{e}</span></a></li>'
                      for k, u, n, e in navs)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(title)} -  {C.SITE_NAME} </title>
<meta name="keywords" content="园区招商,厂房出租,产业园,{escape(title)}" />
<meta name="description" content="{escape(desc or title)} ,{C.SITE_NAME}" />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="{ORIGIN}/" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Kx9" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_portal_view.css?Kx9" /><script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Kx9', charset = 'utf-8', discuz_uid = '0', cookiepre = 'yqzs_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = '', creditnotice = '1|威望|,2|金钱|,3|贡献|', defaultstyle = '', REPORTURL = '', SITEURL = '{ORIGIN}/', JSPATH = 'data/cache/';</script>
<script src="data/cache/common.js?Kx9" type="text/javascript"></script>
<meta name="application-name" content="{C.SITE_NAME}" />
<meta name="msapplication-tooltip" content="{C.SITE_NAME}" />
<script src="data/cache/portal.js?Kx9" type="text/javascript"></script>
</head>

<body id="{bodyid}" class="{bodyclass}" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl">
<div class="wp">
<div class="z"><a href="javascript:;" onclick="setHomepage('{ORIGIN}/');">设为首页</a><a href="{ORIGIN}/" onclick="addFavorite(this.href, '{C.SITE_NAME}');return false;">收藏本站</a><a href="plugin.php?id=dsu_paulsign:sign&amp;formhash={fh}" class="xi2">每日签到</a></div>
<div class="y">
<a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="开启辅助访问" class="switchblind">开启辅助访问</a>
<a href="portal.php?mobile=2">手机版</a>
</div>
</div>
</div>

<div id="hd">
<div class="wp">
<div class="hdc cl"><h2><a href="./" title="{C.SITE_NAME}"><img src="static/image/common/logo.png" alt="{C.SITE_NAME}" border="0" /></a></h2><script src="data/cache/logging.js?Kx9" type="text/javascript"></script>
<form method="post" autocomplete="off" id="lsform" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;infloat=yes&amp;lssubmit=yes" onsubmit="return lsSubmit();">
<div class="fastlg cl">
<span id="return_ls" style="display:none"></span>
<div class="y pns">
<table cellspacing="0" cellpadding="0">
<tr><td><label for="ls_username">帐号</label></td><td><input type="text" name="username" id="ls_username" class="px vm xg1" value="用户名/Email" /></td>
<td class="fastlg_l"><label for="ls_cookietime"><input type="checkbox" name="cookietime" id="ls_cookietime" class="pc" value="2592000" />自动登录</label></td>
<td>&nbsp;<a href="javascript:;" onclick="showWindow('login', 'member.php?mod=logging&amp;action=login&amp;viewlostpw=1')">找回密码</a></td></tr>
<tr><td><label for="ls_password">密码</label></td><td><input type="password" name="password" id="ls_password" class="px vm" autocomplete="off" /></td>
<td class="fastlg_l"><button type="submit" class="pn vm" style="width: 75px;"><em>登录</em></button></td>
<td>&nbsp;<a href="member.php?mod=register" class="xi2 xw1">立即注册</a></td></tr>
</table>
<input type="hidden" name="formhash" value="{fh}" /><input type="hidden" name="quickforward" value="yes" /><input type="hidden" name="handlekey" value="ls" />
</div>
</div>
</form>
</div>

<div id="nv">
<a href="javascript:;" id="qmenu" onmouseover="delayShow(this, function () {{showMenu({{'ctrlid':'qmenu','pos':'34!','ctrlclass':'a','duration':2}});showForummenu(0);}})">快捷导航</a>
<ul>{navhtml}</ul>
</div>
<div id="mu" class="cl"><ul class="cl p_pop h_pop" id="mn_portal_menu">{cats}</ul></div>
<div id="scbar" class="cl">
<form id="scbar_form" method="post" autocomplete="off" onsubmit="searchFocus($('scbar_txt'))" action="search.php?searchsubmit=yes" target="_blank">
<input type="hidden" name="mod" id="scbar_mod" value="search" /><input type="hidden" name="formhash" value="{fh}" />
<table cellspacing="0" cellpadding="0"><tr>
<td class="scbar_icon_td"></td><td class="scbar_txt_td"><input type="text" name="srchtxt" id="scbar_txt" value="请输入搜索内容" autocomplete="off" x-webkit-speech speech /></td>
<td class="scbar_type_td"><a href="javascript:;" id="scbar_type" class="xg1" onclick="showMenu(this.id)" hidefocus="true">搜索</a></td>
<td class="scbar_btn_td"><button type="submit" name="searchsubmit" id="scbar_btn" sc="1" class="pn pnc" value="true"><strong class="xi2">搜索</strong></button></td>
<td class="scbar_hot_td"><div id="scbar_hot"><strong class="xw1">热搜: </strong>{hot}</div></td>
</tr></table>
</form>
</div>
</div>
</div>

<div id="wp" class="wp">
{content}
</div>

<div id="ft" class="wp cl">
<div id="flk" class="y">
<p>
<a href="about.html">关于我们</a><span class="pipe">|</span><a href="contact.html">联系我们</a><span class="pipe">|</span><a href="forum.php?mobile=2">手机版</a><span class="pipe">|</span><a href="archiver/">Archiver</a><span class="pipe">|</span><a href="admin.php" target="_blank">管理中心</a><span class="pipe">|</span><a href="http://10.0.3.7/oa/" target="_blank">内部OA</a><span class="pipe">|</span><a href="mailto:service@{H}">service@{H}</a><span class="pipe">|</span><strong><a href="{ORIGIN}/" target="_blank">{C.SITE_NAME}</a></strong>
( <a href="http://www.beian.miit.gov.cn/" target="_blank">苏ICP备12345678号-1</a> )<script src="https://hm.baidu.com/hm.js?0f3e2a" type="text/javascript"></script>
</p>
<p class="xs0">
GMT+8, 2024-12-6 16:00<span id="debuginfo">
, Processed in 0.041213 second(s), 18 queries
, Gzip On, Redis On.
</span>
</p>
</div>
<div id="frt">
<p>&copy; 2011-2024 <a href="http://{H}/">{C.SITE_NAME}</a> 长三角园区招商服务平台 招商热线：<a href="tel:4008201234">400-820-1234</a></p>
<p class="xs0">友情链接：<a href="http://www.cadz.org.cn/" target="_blank">中国开发区网</a> <a href="https://weibo.com/yqzsw" target="_blank">官方微博</a> <a href="http://192.168.1.20:8080/" target="_blank">测试站</a></p>
</div>
</div>
<div id="scrolltop"><span hidefocus="true"><a title="返回顶部" onclick="window.scrollTo('0','0')" class="scrolltopa"><b>返回顶部</b></a></span></div>
</body>
</html>
"""


def pager(items, cur, mk, nxt_always=False, last=None):
    """Discuz .pg pager: items = number of pages; mk(k) -> href."""
    last = last or items
    parts = []
    if cur > 1:
        parts.append(f'<a href="{mk(cur - 1)}" class="prev">&nbsp;&nbsp;</a>')
    for k in range(1, last + 1):
        parts.append(f"<strong>{k}</strong>" if k == cur else f'<a href="{mk(k)}">{k}</a>')
    if cur < last or nxt_always:
        parts.append(f'<a href="{mk(cur + 1)}" class="nxt">下一页</a>')
    if last <= 1 and not nxt_always:
        return ""
    return f'<div class="pg">{"".join(parts)}</div>'


def sidebar():
    hot = sorted(C.ARTICLES, key=lambda a: -a["views"])[:8]
    hot_html = "".join(f'<li><a href="portal.php?mod=view&amp;aid={a["aid"]}" title="{escape(a["title"])}">{escape(a["title"])}</a></li>' for a in hot)
    cf = "".join(f'<li><em class="xg1">{f["area"]}㎡</em><a href="plugin.php?id=changfang&amp;ac=view&amp;cfid={f["cfid"]}">{f["park"]} {f["kind"]}</a></li>' for f in C.FACTORIES[:5])
    return f"""<div class="sd pph">
<div class="drag">
<div id="diy_hot" class="area"><div class="frame move-span cl frame-1"><div class="column frame-1-c"><div class="block move-span">
<div class="bm"><div class="bm_h cl"><h2>热门文章</h2></div><div class="bm_c"><ul class="xl xl1 cl">{hot_html}</ul></div></div>
</div></div></div></div>
<div class="bm"><div class="bm_h cl"><h2>园区推荐</h2></div><div class="bm_c">
<div class="a_pr"><a href="http://www.kszhizao-park.com/?from=yqzsw" target="_blank"><img src="data/attachment/common/ad/ks_park.jpg" alt="昆山智造产业园" /></a><p>昆山智造产业园 标准厂房火热招商中 层高9米 可环评 热线 400-820-1234</p></div>
<div class="a_pr"><a href="http://www.nt-kfq-zs.cn/" target="_blank">南通经开区 定制厂房 拎包入驻 首年租金减半</a></div>
</div></div>
<div class="bm"><div class="bm_h cl"><span class="y"><a href="plugin.php?id=changfang" class="xi2">更多</a></span><h2>厂房出租</h2></div><div class="bm_c"><ul class="xl xl2 cl">{cf}</ul></div></div>
</div>
</div>"""


# ---------------------------------------------------------------- article

def article_href(aid, page=1, form="rw"):
    if form == "rw":
        return f"article-{aid}-{page}.html"
    return f"portal.php?mod=view&amp;aid={aid}" + (f"&amp;page={page}" if page > 1 else "")


def render_blocks(blocks):
    out = []
    for b in blocks:
        t = b[0]
        if t == "p":
            out.append(f'<p style="text-indent: 2em;">{escape(b[1])}</p>')
        elif t == "font":
            out.append(f'<p><font face="宋体"><font style="font-size:16px">　　{escape(b[1])}</font></font></p>')
        elif t == "pf":
            out.append(f'<p>　　{escape(b[1])}<font color="#ff0000"><strong>{escape(b[2])}</strong></font>{escape(b[3])}</p>')
        elif t == "br":
            out.append("<div>" + "<br />\r\n".join("&nbsp; &nbsp; " + escape(x) for x in b[1]) + "<br />\r\n</div>")
        elif t == "img":
            out.append(f'<p style="text-align: center;"><a href="{b[1]}" target="_blank"><img src="{b[1]}" /></a></p>')
        elif t == "table":
            rows = "".join("<tr>" + "".join(f'<td style="border:1px solid #ccc;">{escape(c)}</td>' for c in r) + "</tr>" for r in b[1])
            out.append(f'<table cellspacing="0" cellpadding="4" border="1" width="96%" style="border-collapse:collapse;"><tbody>{rows}</tbody></table>')
        elif t == "junk":
            out.append(f'<p style="text-indent: 2em;">{escape(b[1])}</p>')
        elif t == "tail":
            # glued to the previous paragraph, inside the same <p>
            if out and out[-1].endswith("</p>"):
                out[-1] = out[-1][:-4] + escape(b[1]) + "</p>"
    return "\n".join(out)


def render_article(url, aid, page, form):
    a = C.ARTICLE_BY_AID[aid]
    npages = len(a["pages"])
    cat = C.CATEGORIES[a["catid"]]
    meta = f'{_fmt_date(a)}<span class="pipe">|</span> 发布者: <a href="space-uid-{1 if a["poster"] == "admin" else 2}.html">{a["poster"]}</a><span class="pipe">|</span> 查看: <em id="_viewnum">{a["views"]}</em><span class="pipe">|</span> 评论: <a href="{article_href(aid, 1, form)}#comment" title="查看全部评论">{len(a["comments"])}</a>'
    if a["author"]:
        meta += f'<span class="pipe">|</span>原作者: {a["author"]}'
    if a["source"]:
        meta += f'<span class="pipe">|</span>来自: <a href="javascript:;">{a["source"]}</a>'
    summ = C.summary_of(a)
    summ_html = f'<div class="s"><div><strong>摘要</strong>: {escape(summ)} </div></div>' if summ else ""
    content = render_blocks(a["pages"][page - 1])
    pg = pager(npages, page, lambda k: article_href(aid, k, form))
    pg_html = f'<div class="ptw pbw cl">{pg}</div>' if pg else ""
    prev_a = C.ARTICLE_BY_AID.get(aid - 1)
    next_a = C.ARTICLE_BY_AID.get(aid + 1)
    pren = '<div class="pren pbm cl">'
    if prev_a:
        pren += f'<em>上一篇：</em><a href="portal.php?mod=view&amp;aid={aid - 1}">{escape(prev_a["title"])}</a><br />'
    if next_a:
        pren += f'<em>下一篇：</em><a href="portal.php?mod=view&amp;aid={aid + 1}">{escape(next_a["title"])}</a>'
    pren += "</div>"
    rel = [b for b in C.ARTICLES if b["catid"] == a["catid"] and b["aid"] != aid][:4]
    rel_html = "".join(f'<li><a href="portal.php?mod=view&amp;aid={b["aid"]}" target="_blank">{escape(b["title"])}</a></li>' for b in rel)
    if aid % 5 == 2:
        rel_html += '<li><a href="article-99-1.html" target="_blank">园区招商年度盘点（已删除）</a></li>'
    coms = []
    for j, c in enumerate(a["comments"]):
        text = escape(c["text"])
        if aid % 4 == 1 and j == 0:
            text += f' 相关的可以看这篇 <a href="http://{H}/article-5-1.html" target="_blank">http://{H}/article-5-1.html</a>'
        if aid == 9 and j == 1:
            text += ' 我们内网也转了：<a href="http://127.0.0.1:8080/upload/portal.php?aid=9">http://127.0.0.1:8080/upload/portal.php?aid=9</a>'
        coms.append(f"""<dl id="comment_{aid * 10 + j}_li" class="ptm pbm bbda cl">
<dt class="mbm">
<span class="y xw0"><a href="javascript:;" onclick="portal_comment_requote({aid * 10 + j}, '{aid}');">引用</a> <a href="home.php?mod=spacecp&amp;ac=pm&amp;op=showmsg&amp;touid={c["uid"]}" class="xi2">发消息</a></span>
<a href="space-uid-{c["uid"]}.html" class="avt"><img src="uc_server/avatar.php?uid={c["uid"]}&amp;size=small" /></a>
<a href="home.php?mod=space&amp;uid={c["uid"]}" class="xi2 xw1">{escape(c["user"])}</a>
<span class="xg1 xw0">{c["time"]}</span>
</dt>
<dd>{text}</dd>
</dl>""")
    fh = formhash(url)
    body = f"""<script type="text/javascript" src="data/cache/forum_viewthread.js?Kx9"></script>
<div id="pt" class="bm cl">
<div class="z">
<a href="./" class="nvhm" title="首页">{C.SITE_NAME}</a> <em>&rsaquo;</em>
<a href="portal.php">门户</a> <em>&rsaquo;</em>
<a href="list-{a["catid"]}-1.html">{cat}</a> <em>&rsaquo;</em>
查看内容
</div>
</div>
<div id="ct" class="ct2 wp cl">
<div class="mn">
<div class="bm vw">
<div class="h hm">
<h1 class="ph">{escape(a["title"])} </h1>
<p class="xg1">
{meta}
</p>
</div>
{summ_html}
<div class="d">
<table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">
{content}
</td></tr></table>
{pg_html}
</div>
<div class="o cl ptm pbm">
<a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=article&amp;id={aid}&amp;handlekey=favoritearticlehk_{aid}" id="a_favorite" class="oshr ofav">收藏</a>
<a href="home.php?mod=spacecp&amp;ac=share&amp;type=article&amp;id={aid}&amp;handlekey=sharearticlehk_{aid}" id="a_share" class="oshr">分享</a>
<a href="javascript:;" onclick="window.print();" class="oshr">打印</a>
<a href="portal.php?mod=view&amp;aid={aid}&amp;mobile=2" class="oshr">手机浏览</a>
</div>
<div class="bdsharebuttonbox cl">分享到：<a href="javascript:;" class="bds_weixin" title="分享到微信">微信</a><a href="javascript:;" class="bds_tsina" title="分享到新浪微博">新浪微博</a><a href="javascript:;" class="bds_qzone" title="分享到QQ空间">QQ空间</a></div>
{pren}
</div>
<div id="related_article" class="bm">
<div class="bm_h cl"><h3>相关阅读</h3></div>
<div class="bm_c"><ul class="xl xl2 cl" id="raid_div">{rel_html}</ul></div>
</div>
<div id="comment" class="bm">
<div class="bm_h cl"><h3>最新评论</h3></div>
<div id="comment_ul" class="bm_c">
{"".join(coms)}
</div>
<form id="cform" name="cform" action="portal.php?mod=portalcp&amp;ac=comment" method="post" autocomplete="off">
<div class="tedt"><div class="area"><div class="pt hm">您需要登录后才可以评论 <a href="member.php?mod=logging&amp;action=login" class="xi2">登录</a> | <a href="member.php?mod=register" class="xi2">立即注册</a></div></div></div>
<input type="hidden" name="portal_referer" value="{ORIGIN}/portal.php?mod=view&amp;aid={aid}" /><input type="hidden" name="aid" value="{aid}" /><input type="hidden" name="formhash" value="{fh}" />
<p class="ptn"><button type="submit" name="commentsubmit_btn" id="commentsubmit_btn" value="true" class="pn"><strong>评论</strong></button></p>
</form>
</div>
</div>
{sidebar()}
</div>"""
    return frame(url, f'{a["title"]} - {cat}', body, bodyclass="pg_view", desc=summ or a["title"])


def render_article_mobile(url, aid):
    a = C.ARTICLE_BY_AID[aid]
    content = "\n".join(render_blocks(p) for p in a["pages"])
    coms = "".join(f'<li><span class="name">{escape(c["user"])}</span><p>{escape(c["text"])}</p></li>' for c in a["comments"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<title>{escape(a["title"])} - {C.SITE_NAME} - 手机版</title>
<link rel="stylesheet" href="static/image/mobile/style.css" type="text/css" media="all" /></head>
<body class="bg">
<div class="header cl"><div class="mz"><a href="javascript:history.back();"><img src="static/image/mobile/images/icon_back.png" /></a></div><h2>{C.CATEGORIES[a["catid"]]}</h2></div>
<div class="wp">
<div class="view_tit"><h2>{escape(a["title"])}</h2><p>{_fmt_date(a)} &nbsp; 查看: {a["views"]}</p></div>
<div class="view_con" id="article_content">
{content}
</div>
<div class="view_reply"><h3>最新评论</h3><ul>{coms}</ul></div>
</div>
<div class="footer"><div><a href="portal.php?mobile=2">首页</a> | <a href="member.php?mod=logging&amp;action=login&amp;mobile=2">登录</a> | <a href="{article_href(aid)}?mobile=no">电脑版</a></div><p>&copy; {C.SITE_NAME}</p></div>
</body></html>"""


# ---------------------------------------------------------------- lists, home, topic

PER_LIST = 5


def _list_items(arts, form="rw"):
    out = []
    for a in arts:
        s = C.summary_of(a) or C.body_of(a)[0][:60] + "..."
        out.append(f"""<dl class="bbda cl">
<dt class="xs2"><a href="{article_href(a["aid"], 1, form)}" target="_blank" class="xi2" style="">{escape(a["title"])}</a> </dt>
<dd class="xs2 cl">{escape(s)}</dd>
<dd><span class="xg1">分类: <a href="list-{a["catid"]}-1.html" class="xi2">{C.CATEGORIES[a["catid"]]}</a><span class="pipe">|</span>发布时间: {_fmt_date(a)}</span></dd>
</dl>""")
    return "\n".join(out)


def render_list(url, catid, page, orderby, form):
    arts = [a for a in C.ARTICLES if a["catid"] == catid]
    arts.sort(key=(lambda a: -a["views"]) if orderby == "viewnum" else (lambda a: -a["aid"]))
    last = (len(arts) + PER_LIST - 1) // PER_LIST
    if page < 1 or page > last:
        return None
    chunk = arts[(page - 1) * PER_LIST: page * PER_LIST]
    if orderby:
        mk = lambda k: f"portal.php?mod=list&amp;catid={catid}&amp;orderby={orderby}&amp;page={k}"
    elif form == "rw":
        mk = lambda k: f"list-{catid}-{k}.html"
    else:
        mk = lambda k: f"portal.php?mod=list&amp;catid={catid}&amp;page={k}"
    name = C.CATEGORIES[catid]
    body = f"""<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm" title="首页">{C.SITE_NAME}</a> <em>&rsaquo;</em> <a href="portal.php">门户</a> <em>&rsaquo;</em> {name}</div></div>
<div id="ct" class="ct2 wp cl"><div class="mn">
<div class="bm"><div class="bm_h cl"><span class="y xg1">排序: <a href="portal.php?mod=list&amp;catid={catid}&amp;orderby=dateline">最新</a> <a href="portal.php?mod=list&amp;catid={catid}&amp;orderby=viewnum">最热</a></span><h1 class="xs2">{name}</h1></div>
<div class="bm_c xld">
{_list_items(chunk)}
</div>
<div class="pgs cl">{pager(last, page, mk)}</div>
</div></div>
{sidebar()}
</div>"""
    return frame(url, f"{name} - 第{page}页" if page > 1 else name, body, bodyclass="pg_list")


def render_home(url):
    latest = sorted(C.ARTICLES, key=lambda a: -a["aid"])[:10]
    lat = "".join(f'<li><span class="y xg1">{_fmt_date(a)}</span><a href="{article_href(a["aid"], 1, "rw" if a["aid"] % 2 else "pt")}" target="_blank">{escape(a["title"])}</a></li>' for a in latest)
    blocks = []
    for c, n in C.CATEGORIES.items():
        arts = sorted([a for a in C.ARTICLES if a["catid"] == c], key=lambda a: -a["aid"])[:5]
        li = "".join(f'<li><a href="{article_href(a["aid"])}" title="{escape(a["title"])}">{escape(a["title"])}</a></li>' for a in arts)
        blocks.append(f'<div class="bm"><div class="bm_h cl"><span class="y"><a href="portal.php?mod=list&amp;catid={c}" class="xi2">更多</a></span><h2><a href="list-{c}-1.html">{n}</a></h2></div><div class="bm_c"><ul class="xl xl1 cl">{li}</ul></div></div>')
    threads = "".join(f'<li><a href="thread-{t["tid"]}-1-1.html">{escape(t["subject"])}</a></li>' for t in C.THREADS[:6])
    topics = "".join(f'<li><a href="portal.php?mod=topic&amp;topicid={k}">{v[0]}</a></li>' for k, v in C.TOPICS.items())
    body = f"""<div id="ct" class="ct2 wp cl"><div class="mn">
<div class="bm"><div class="bm_h cl"><h2>最新资讯</h2></div><div class="bm_c"><ul class="xl xl1 cl">{lat}</ul></div></div>
{"".join(blocks)}
<div class="bm"><div class="bm_h cl"><span class="y"><a href="forum.php" class="xi2">进入论坛</a></span><h2>论坛热帖</h2></div><div class="bm_c"><ul class="xl xl1 cl">{threads}</ul></div></div>
<div class="bm"><div class="bm_h cl"><h2>专题</h2></div><div class="bm_c"><ul class="xl cl">{topics}</ul></div></div>
</div>
{sidebar()}
</div>"""
    return frame(url, "园区招商网 - 长三角产业园区招商与厂房租售平台", body)


def render_home_mobile(url):
    li = "".join(f'<li><a href="portal.php?mod=view&amp;aid={a["aid"]}&amp;mobile=2">{escape(a["title"])}</a></li>' for a in sorted(C.ARTICLES, key=lambda a: -a["aid"])[:10])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8" /><title>{C.SITE_NAME} - 手机版</title></head>
<body><div class="header"><h2>{C.SITE_NAME}</h2></div><div class="wp"><ul>{li}</ul></div>
<div class="footer"><a href="forum.php?mobile=2">论坛</a> | <a href="portal.php?mobile=no">电脑版</a></div></body></html>"""


def render_topic(url, tid):
    name, aids = C.TOPICS[tid]
    li = "".join(f'<li><a href="portal.php?mod=view&amp;aid={a}&amp;from=topic" target="_blank">{escape(C.ARTICLE_BY_AID[a]["title"])}</a></li>' for a in aids)
    body = f"""<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">{C.SITE_NAME}</a> <em>&rsaquo;</em> <a href="portal.php">门户</a> <em>&rsaquo;</em> 专题 <em>&rsaquo;</em> {name}</div></div>
<div id="ct" class="wp cl"><div class="bm"><div class="bm_h cl"><h1 class="xs2">{name}</h1></div>
<div class="bm_c"><p>本专题汇集{name}相关报道，持续更新。</p><ul class="xl xl2 cl">{li}</ul></div></div></div>"""
    return frame(url, name, body, bodyid="nv_portal", bodyclass="pg_topic")


# ---------------------------------------------------------------- forum

def forum_home(url):
    rows = ""
    for fid, n in C.FORUMS.items():
        cnt = len([t for t in C.THREADS if t["fid"] == fid])
        rows += f'<tr><td class="fl_icn"><a href="forum-{fid}-1.html"><img src="static/image/common/forum.gif" /></a></td><td><h2><a href="forum.php?mod=forumdisplay&amp;fid={fid}">{n}</a></h2></td><td class="fl_i"><span class="xi2">{cnt}</span><span class="xg1"> / {cnt * 7}</span></td></tr>'
    body = f"""<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">{C.SITE_NAME}</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a></div></div>
<div id="ct" class="wp cl"><div class="bm bmw flg cl"><div class="bm_h cl"><h2>园区交流</h2></div><div class="bm_c"><table cellspacing="0" cellpadding="0" class="fl_tb">{rows}</table></div></div></div>"""
    return frame(url, "论坛", body, nav="forum", bodyid="nv_forum", bodyclass="pg_index")


def forum_display(url, fid, q):
    n = C.FORUMS[fid]
    threads = [t for t in C.THREADS if t["fid"] == fid]
    if "heats" in q.get("orderby", [""])[-1:]:
        threads = sorted(threads, key=lambda t: -len(t["posts"]))
    base = url.split("://", 1)[1].split("/", 1)[1] if "?" in url else f"forum.php?mod=forumdisplay&fid={fid}"
    base = escape(base, quote=True)
    # the 排序 links append to the current query (a template bug): the query grows on every click
    sorts = " ".join(f'<a href="{base}&amp;filter={f}&amp;orderby={o}">{lab}</a>'
                     for f, o, lab in [("author", "dateline", "最新"), ("heat", "heats", "热门"), ("lastpost", "lastpost", "最后发表")])
    sorts += f' <a href="forum.php?mod=forumdisplay&amp;fid={fid}&amp;filter=digest&amp;digest=1">精华</a>'
    rows = ""
    for t in threads:
        first = t["posts"][0]
        rows += f"""<tbody id="normalthread_{t["tid"]}"><tr><td class="icn"><a href="thread-{t["tid"]}-1-1.html" title="新窗口打开" target="_blank"><img src="static/image/common/folder_common.gif" /></a></td>
<th class="common"><a href="thread-{t["tid"]}-1-1.html" onclick="atarget(this)" class="s xst">{escape(t["subject"])}</a></th>
<td class="by"><cite><a href="space-uid-{first["uid"]}.html" c="1">{escape(first["user"])}</a></cite><em><span>{first["time"].split(" ")[0]}</span></em></td>
<td class="num"><a href="thread-{t["tid"]}-1-1.html" class="xi2">{len(t["posts"]) - 1}</a><em>{len(t["posts"]) * 97}</em></td></tr></tbody>"""
    body = f"""<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">{C.SITE_NAME}</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-{fid}-1.html">{n}</a></div></div>
<div id="ct" class="wp cl"><div class="mn">
<div class="bm bml pbn"><div class="bm_h cl"><h1 class="xs2"><a href="forum-{fid}-1.html">{n}</a></h1></div></div>
<div id="pgt" class="bm bw0 pgs cl"><a href="forum.php?mod=post&amp;action=newthread&amp;fid={fid}" id="newspecial" title="发新帖"><img src="static/image/common/pn_post.png" alt="发新帖" /></a></div>
<div id="threadlist" class="tl bm bmw"><div class="th"><table cellspacing="0" cellpadding="0"><tr><th colspan="2"><div class="tf">筛选: {sorts}</div></th></tr></table></div>
<div class="bm_c"><form method="post" autocomplete="off" name="moderate" id="moderate" action="forum.php?mod=topicadmin&amp;action=moderate&amp;fid={fid}&amp;infloat=yes&amp;nopost=yes"><input type="hidden" name="formhash" value="{formhash(url)}" />
<table summary="forum_{fid}" cellspacing="0" cellpadding="0" id="threadlisttableid">{rows}</table></form></div></div>
</div></div>"""
    return frame(url, f"{n} - 论坛", body, nav="forum", bodyid="nv_forum", bodyclass="pg_forumdisplay")


def forum_thread(url, tid, page, form):
    t = C.THREAD_BY_TID[tid]
    posts = t["posts"]
    last = (len(posts) + C.POSTS_PER_PAGE - 1) // C.POSTS_PER_PAGE
    shown = min(page, last)  # pages beyond the last answer the last page again
    chunk = posts[(shown - 1) * C.POSTS_PER_PAGE: shown * C.POSTS_PER_PAGE]
    if form == "rw":
        mk = lambda k: f"thread-{tid}-{k}-1.html"
    else:
        mk = lambda k: f"forum.php?mod=viewthread&amp;tid={tid}&amp;extra=page%3D1&amp;page={k}"
    # the theme's pager always offers 下一页 (a template bug): thread-N-K-1.html goes on forever
    pg = pager(last, page, mk, nxt_always=True, last=last)
    items = ""
    for j, p in enumerate(chunk):
        n = (shown - 1) * C.POSTS_PER_PAGE + j
        floor = C.FLOOR_NAMES[n] if n < 4 else f"{n + 1}<sup>#</sup>"
        pid = tid * 100 + n
        sig = f'<div class="sign">{escape(p["sig"])}</div>' if p["sig"] else ""
        items += f"""<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0">
<tr><td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="space-uid-{p["uid"]}.html" target="_blank" class="xw1">{escape(p["user"])}</a></div></div>
<div><div class="avatar"><a href="home.php?mod=space&amp;uid={p["uid"]}" class="avtm" target="_blank"><img src="uc_server/avatar.php?uid={p["uid"]}&amp;size=middle" /></a></div></div>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p>{p["uid"] * 37}</p>主题</th><th><p>{p["uid"] * 211}</p>帖子</th><td><p>{p["uid"] * 999}</p>积分</td></table></div></td>
<td class="plc"><div class="pi"><strong><a href="forum.php?mod=redirect&amp;goto=findpost&amp;ptid={tid}&amp;pid={pid}" id="postnum{pid}">{floor}</a></strong>
<div class="pti"><div class="authi"><img class="authicn vm" src="static/image/common/online_member.gif" /><em id="authorposton{pid}">发表于 {p["time"]}</em><span class="pipe">|</span><a href="forum.php?mod=viewthread&amp;tid={tid}&amp;page=1&amp;authorid={p["uid"]}" rel="nofollow">只看该作者</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">
{escape(p["text"])}</td></tr></table></div></div></div></td></tr>
<tr><td class="plc plm">{sig}</td></tr>
<tr><td class="pls"></td><td class="plc"><div class="po hin"><div class="pob cl"><em><a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid={t["fid"]}&amp;tid={tid}&amp;repquote={pid}&amp;page={shown}">回复</a></em></div></div></td></tr>
</table></div>"""
    body = f"""<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">{C.SITE_NAME}</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-{t["fid"]}-1.html">{C.FORUMS[t["fid"]]}</a> <em>&rsaquo;</em> <a href="thread-{tid}-1-1.html">{escape(t["subject"])}</a></div></div>
<div id="ct" class="wp cl">
<div id="pgt" class="pgs mbm cl"><div class="pgt">{pg}</div><span class="y pgb"><a href="forum-{t["fid"]}-1.html">返回列表</a></span><a id="post_reply" href="forum.php?mod=post&amp;action=reply&amp;fid={t["fid"]}&amp;tid={tid}" title="回复"><img src="static/image/common/pn_reply.png" alt="回复" /></a></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">{len(posts) * 97}</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">{len(posts) - 1}</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><a href="forum-{t["fid"]}-1.html">[{C.FORUMS[t["fid"]][:2]}]</a> <span id="thread_subject">{escape(t["subject"])}</span></h1>
<span class="xg1"><a href="thread-{tid}-1-1.html" onclick="return copyThreadUrl(this, '{C.SITE_NAME}')">[复制链接]</a></span></td></tr></table>
{items}
</div>
<div class="pgs mtm mbm cl">{pg}</div>
</div>"""
    return frame(url, f'{t["subject"]} - {C.FORUMS[t["fid"]]}', body, nav="forum", bodyid="nv_forum", bodyclass="pg_viewthread")


# ---------------------------------------------------------------- misc pages

def user_space(url, uid):
    name = C.USERS[uid]
    threads = "".join(f'<li><a href="thread-{t["tid"]}-1-1.html">{escape(t["subject"])}</a></li>' for t in C.THREADS if t["posts"][0]["uid"] == uid)
    body = f"""<div id="ct" class="ct1 wp cl"><div class="mn"><div class="bm"><div class="bm_h"><h1 class="mt">{escape(name)}的个人资料</h1></div>
<div class="bm_c u_profile"><div class="pbm mbm bbda cl"><h2 class="mbn">{escape(name)} <span class="xw0">(UID: {uid})</span></h2>
<ul class="pf_l cl"><li><em>用户组</em>{"管理员" if uid <= 2 else "注册会员"}</li><li><em>注册时间</em>2019-{uid}-12 09:30</li><li><em>积分</em>{uid * 999}</li></ul>
<p><a href="home.php?mod=space&amp;uid={uid}&amp;do=profile">个人资料</a> | <a href="home.php?mod=spacecp&amp;ac=friend&amp;op=add&amp;uid={uid}">加为好友</a></p></div>
<h3>TA的主题</h3><ul class="xl">{threads or "<li>暂无主题</li>"}</ul></div></div></div></div>"""
    return frame(url, f"{name}的个人资料", body, nav="", bodyid="nv_home", bodyclass="pg_space")


def factory_index(url):
    li = "".join(f'<tr><td><a href="plugin.php?id=changfang&amp;ac=view&amp;cfid={f["cfid"]}">{f["park"]} {f["kind"]} {f["area"]}㎡</a></td><td>{f["price"]}</td><td>{f["height"]}</td></tr>' for f in C.FACTORIES)
    body = f"""<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">{C.SITE_NAME}</a> <em>&rsaquo;</em> 厂房出租</div></div>
<div id="ct" class="wp cl"><div class="bm"><div class="bm_h"><h1 class="xs2">厂房出租</h1></div><div class="bm_c"><table class="dt"><tr><th>房源</th><th>租金</th><th>层高</th></tr>{li}</table></div></div></div>"""
    return frame(url, "厂房出租", body, nav="cf", bodyid="nv_plugin", bodyclass="pg_changfang")


def factory_view(url, cfid):
    f = C.FACTORIES[cfid - 1]
    title = f'{f["park"]} {f["kind"]} {f["area"]}㎡ 出租'
    body = f"""<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">{C.SITE_NAME}</a> <em>&rsaquo;</em> <a href="plugin.php?id=changfang">厂房出租</a> <em>&rsaquo;</em> 房源详情</div></div>
<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw"><div class="h hm"><h1 class="ph">{escape(title)}</h1><p class="xg1">房源编号: CF2024{cfid:04d}<span class="pipe">|</span> 浏览: {cfid * 321}</p></div>
<div class="d"><table class="dt cf_info"><tr><th>所在园区</th><td>{f["park"]}</td></tr><tr><th>厂房类型</th><td>{f["kind"]}</td></tr><tr><th>面积</th><td>{f["area"]}㎡</td></tr>
<tr><th>租金</th><td>{f["price"]}</td></tr><tr><th>层高</th><td>{f["height"]}</td></tr><tr><th>承重</th><td>{f["load"]}</td></tr><tr><th>配电</th><td>{f["power"]}</td></tr></table>
<p>房源描述：厂房位于{f["park"]}核心区，距高速出口约{cfid + 2}公里，周边配套成熟，可办环评，适合{C.INDUSTRIES[cfid]}、精密加工等行业，业主直租，租期三年起。</p>
<p>联系人：{f["contact"]} <a href="tel:1380000{cfid:04d}">1380000{cfid:04d}</a></p></div></div></div>
{sidebar()}</div>"""
    return frame(url, title, body, nav="cf", bodyid="nv_plugin", bodyclass="pg_changfang")


def search_page(url, q):
    try:
        sid = int(q.get("searchid", ["1"])[0])
        page = int(q.get("page", ["1"])[0])
    except ValueError:
        sid, page = 1, 1
    kw = q.get("kw", [""])[0]
    if "searchid" not in q:
        body = '<div id="ct" class="wp cl"><div class="bm"><div class="bm_c">请输入搜索关键字</div></div></div>'
        return frame(url, "搜索", body, nav="", bodyid="nv_search", bodyclass="pg_portal")
    order = sorted(C.ARTICLES, key=lambda a: (a["aid"] * (sid + page)) % 31)[:6]
    res = "".join(f'<li class="pbw"><h3 class="xs3"><a href="article-{a["aid"]}-1.html" target="_blank">{escape(a["title"])}</a></h3><p>{escape(C.body_of(a)[0][:50])}...</p></li>' for a in order)
    ekw = quote(kw)
    nxt = f"search.php?mod=portal&amp;searchid={sid}&amp;kw={ekw}&amp;page={page + 1}"
    related = " ".join(f'<a href="search.php?mod=portal&amp;searchid={sid + 1 + k}&amp;kw={quote(w)}&amp;page=1">{w}</a>' for k, w in enumerate([kw + "出租", kw + "政策"]))
    body = f"""<div id="ct" class="wp cl"><div class="tl"><div class="sttl mbn"><h2>结果: <em>找到 “<span class="emfont">{escape(kw)}</span>” 相关内容 {(sid * 37) % 200 + 40} 个</em></h2></div>
<div class="slst mtw" id="threadlist"><ul>{res}</ul></div>
<div class="pgs cl mbm"><div class="pg"><strong>{page}</strong><a href="{nxt}" class="nxt">下一页</a></div></div>
<p>相关搜索：{related}</p></div></div>"""
    return frame(url, f"{kw} - 搜索", body, nav="", bodyid="nv_search", bodyclass="pg_portal")


def static_page(url, kind):
    if kind == "about":
        t = "关于我们"
        txt = ("<p>园区招商网创办于2011年，专注长三角产业园区招商信息服务，汇集园区政策、厂房租售和产业动态。</p>"
               '<p>网站开发环境预览地址：<a href="http://localhost/yqzsw/">http://localhost/yqzsw/</a>（仅内部使用）</p>')
    else:
        t = "联系我们"
        txt = (f'<p>地址：苏州工业园区星湖街328号创意产业园5栋</p><p>电话：<a href="tel:051262881234">0512-62881234</a></p>'
               f'<p>邮箱：<a href="mailto:service@{H}">service@{H}</a></p><p>园区入驻合作请联系：<a href="mailto:bd@{H}">bd@{H}</a></p>')
    body = f'<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">{C.SITE_NAME}</a> <em>&rsaquo;</em> {t}</div></div><div id="ct" class="wp cl"><div class="bm"><div class="bm_h"><h1>{t}</h1></div><div class="bm_c">{txt}</div></div></div>'
    return frame(url, t, body, nav="about", bodyid="nv_about", bodyclass="pg_about")


def login_page(url, register=False):
    t = "立即注册" if register else "登录"
    body = f"""<div id="ct" class="ptm wp w cl"><div class="mn"><div class="bm" id="main_message"><div class="bm_h bbs"><h3 class="xs2">{t}</h3></div>
<div><form method="post" autocomplete="off" name="login" action="member.php?mod=logging&amp;action=login&amp;loginsubmit=yes&amp;loginhash=L{formhash(url)[:4]}">
<input type="hidden" name="formhash" value="{formhash(url)}" /><table><tr><th>用户名:</th><td><input type="text" name="username" class="px p_fre" /></td></tr><tr><th>密码:</th><td><input type="password" name="password" class="px p_fre" /></td></tr></table>
<button class="pn pnc" type="submit" name="loginsubmit" value="true"><strong>{t}</strong></button></form></div></div></div></div>"""
    return frame(url, t, body, nav="", bodyid="nv_member", bodyclass="pg_logging")


def message_page(url, msg, status=200):
    body = f'<div id="ct" class="wp cl w"><div class="nfl"><div class="f_c altw"><div id="messagetext" class="alert_info"><p>{msg}</p><p class="alert_btnleft"><a href="member.php?mod=logging&amp;action=login">登录</a> <a href="javascript:history.back()">[ 点击这里返回上一页 ]</a></p></div></div></div></div>'
    return _html(status, frame(url, "提示信息", body, nav="", bodyid="nv_misc", bodyclass="pg_message"))


# ---------------------------------------------------------------- dispatch

class DiscuzPortal:
    origin = ORIGIN
    hosts = [WWW, H]

    def handle(self, method, url):
        try:
            return self._handle(method, url)
        except Exception:  # a malformed URL must not break the server
            return message_page(url, "抱歉，您的请求来路不正确或表单验证串不符，无法提交", status=400)

    def _handle(self, method, url):
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host not in self.hosts:
            return Response(502, b"", {"Content-Type": "text/plain"})
        path = parts.path or "/"
        query = parts.query
        pq = path + ("?" + query if query else "")
        q = parse_qs(query, keep_blank_values=True)
        g = lambda k, d="": q.get(k, [d])[0]

        def num(k, d=0):
            v = g(k, "")
            return int(v) if v.isdigit() else d

        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain"})
        for fp in FORBIDDEN_PATHS:
            if pq.startswith(fp):
                return Response(403, "<html><head><title>403 Forbidden</title></head><body><center><h1>403 Forbidden</h1></center><hr><center>nginx</center></body></html>", {"Content-Type": "text/html"})
        not_found = lambda: message_page(url, "抱歉，指定的页面不存在或已被删除", status=404)
        mobile = g("mobile") == "2"

        if path == "/index.php":
            return Response(301, b"", {"Location": f"{ORIGIN}/"})
        if path.startswith("/news/") and path.endswith(".html"):
            n = path[6:-5]
            if n.isdigit() and int(n) in C.REDIRECTED_OLD and C.REDIRECTED_OLD[int(n)] == path:
                return Response(301, b"", {"Location": f"{ORIGIN}/article-{n}-1.html"})
            return not_found()
        if path in ("/", "/portal.php"):
            mod = g("mod", "index")
            if mod == "index":
                return _html(200, render_home_mobile(url) if mobile else render_home(url))
            if mod == "view":
                aid = num("aid")
                if aid not in C.ARTICLE_BY_AID:
                    return not_found()
                if mobile:
                    return _html(200, render_article_mobile(url, aid))
                page = num("page", 1)
                if not 1 <= page <= len(C.ARTICLE_BY_AID[aid]["pages"]):
                    return not_found()
                return _html(200, render_article(url, aid, page, "pt"))
            if mod == "list":
                cid = num("catid")
                if cid not in C.CATEGORIES:
                    return not_found()
                r = render_list(url, cid, num("page", 1), g("orderby"), "pt")
                return _html(200, r) if r else not_found()
            if mod == "topic":
                tid = num("topicid")
                return _html(200, render_topic(url, tid)) if tid in C.TOPICS else not_found()
            return not_found()
        name = path[1:]
        if name.startswith("article-") and name.endswith(".html"):
            bits = name[8:-5].split("-")
            if len(bits) == 2 and all(b.isdigit() for b in bits):
                aid, page = int(bits[0]), int(bits[1])
                if aid in C.ARTICLE_BY_AID and 1 <= page <= len(C.ARTICLE_BY_AID[aid]["pages"]):
                    if mobile:
                        return _html(200, render_article_mobile(url, aid))
                    return _html(200, render_article(url, aid, page, "rw"))
            return not_found()
        if name.startswith("list-") and name.endswith(".html"):
            bits = name[5:-5].split("-")
            if len(bits) == 2 and all(b.isdigit() for b in bits) and int(bits[0]) in C.CATEGORIES:
                r = render_list(url, int(bits[0]), int(bits[1]), "", "rw")
                if r:
                    return _html(200, r)
            return not_found()
        if path == "/forum.php":
            mod = g("mod", "index")
            if mod == "index":
                return _html(200, forum_home(url))
            if mod == "forumdisplay":
                fid = num("fid")
                return _html(200, forum_display(url, fid, q)) if fid in C.FORUMS else not_found()
            if mod == "viewthread":
                tid = num("tid")
                if tid not in C.THREAD_BY_TID:
                    return message_page(url, "抱歉，指定的主题不存在或已被删除或正在被审核", status=404)
                return _html(200, forum_thread(url, tid, max(1, num("page", 1)), "pt"))
            return not_found()
        if name.startswith("forum-") and name.endswith(".html"):
            bits = name[6:-5].split("-")
            if len(bits) == 2 and bits[0].isdigit() and int(bits[0]) in C.FORUMS and bits[1] == "1":
                return _html(200, forum_display(url, int(bits[0]), {}))
            return not_found()
        if name.startswith("thread-") and name.endswith(".html"):
            bits = name[7:-5].split("-")
            if len(bits) == 3 and all(b.isdigit() for b in bits) and int(bits[0]) in C.THREAD_BY_TID and int(bits[1]) >= 1:
                return _html(200, forum_thread(url, int(bits[0]), int(bits[1]), "rw"))
            return message_page(url, "抱歉，指定的主题不存在或已被删除或正在被审核", status=404)
        if path == "/home.php":
            if g("mod") == "space" and num("uid") in C.USERS:
                return _html(200, user_space(url, num("uid")))
            return not_found()
        if name.startswith("space-uid-") and name.endswith(".html"):
            u = name[10:-5]
            if u.isdigit() and int(u) in C.USERS:
                return _html(200, user_space(url, int(u)))
            return not_found()
        if path == "/member.php":
            if g("mod") == "logging" and g("action") == "login":
                return _html(200, login_page(url))
            if g("mod") == "register":
                return _html(200, login_page(url, register=True))
            return message_page(url, "抱歉，您的请求来路不正确或表单验证串不符，无法提交")
        if path == "/search.php":
            return _html(200, search_page(url, q))
        if path == "/plugin.php":
            pid = g("id")
            if pid == "changfang":
                if g("ac") == "view":
                    c = num("cfid")
                    return _html(200, factory_view(url, c)) if 1 <= c <= len(C.FACTORIES) else not_found()
                return _html(200, factory_index(url))
            if pid == "dsu_paulsign:sign":
                return message_page(url, "抱歉，您尚未登录，无法进行此操作")
            return message_page(url, "插件不存在或已关闭", status=404)
        if path == "/about.html":
            return _html(200, static_page(url, "about"))
        if path == "/contact.html":
            return _html(200, static_page(url, "contact"))
        return not_found()


def emulator():
    return DiscuzPortal()
