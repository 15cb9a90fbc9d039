# Transcribed template text: its lines and its tabs are the templates'.
# ruff: noqa: E501, E101, W191
"""DedeCMS 5.7 SP2's default templates (templets/default/*.htm) with their tags filled in, as text.

Transcribed from dedecms/DedeCMS at 9ac3050b ("v5.7 SP2 UTF8"; see README.md for each file): the markup,
class names, labels and the PHP-generated fragments (pagelist, prenext, position, ShowMsg) are the
source's; the site-specific customisations every real park site makes (tags and 相关文章 on the article
page, a 招商热线 block, the footer text) are marked as such. Functions return str; ``site.py`` encodes.
"""

from __future__ import annotations

import html
from datetime import datetime
from urllib.parse import quote

from parkcrawler.testsite.dedecms.corpus import Article, DedeType

WEBNAME = "长三角产业园区招商网"
BASEHOST = "http://www.zjpark-dede.cn"
SKIN = "/templets/default"  # cfg_templets_skin
PHPURL = "/plus"  # cfg_phpurl
VERSION = "V57_GBK_SP2"
CHARSET = "gb2312"  # cfg_soft_lang of a GBK install: what every meta tag says
KEYWORDS = "产业园区招商,厂房出租,标准厂房,工业用地,长三角"
DESCRIPTION = "长三角产业园区招商网：园区动态、招商政策、厂房招商和物流仓储信息。"
# cfg_powerby and cfg_beian are free HTML the admin edits in 系统基本参数: sites put their contact line,
# a mail link and the admin entrance there.
POWERBY = (
    "Copyright &copy; 2012-2026 长三角产业园区招商网 版权所有 "
    "招商热线：0573-8412 6688 邮箱：<a href='mailto:zs@zjpark-dede.cn'>zs@zjpark-dede.cn</a> "
    "<a href='/dede/login.php' target='_blank'>管理登录</a>"
)
BEIAN = "<a href='https://beian.miit.gov.cn/' target='_blank' rel='nofollow'>浙ICP备12034567号-1</a>"
MDA_ERROR = (  # {dede:mda/} on a site that never bound a 德得广告 account (mda.lib.php)
    '广告位API接口通信错误，查看<a href="http://ssp.desdev.cn/help/apicode/" target="_blank">德得广告</a>获取帮助'
)
# {dede:flink/}: 友情链接 as the admin entered them, an intranet address included.
HOT_SEARCHES = ["厂房出租", "标准厂房", "工业用地"]
FLINKS = [
    ("http://www.shcfck.com/", "中国产业园区招商网"),
    ("http://www.jiaxing.gov.cn/", "嘉兴市人民政府"),
    ("https://www.dedecms.com/", "织梦CMS"),
    ("http://10.0.0.8/", "内部OA"),
]


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def tag_link(tag: str) -> str:
    """tag.lib.php: $cfg_cmsurl."/tags.php?/".urlencode($keyword)."/" -- urlencode of the GBK bytes."""
    return f"/tags.php?/{quote(tag.encode('gbk'), safe='')}/"


def type_url(t: DedeType) -> str:
    """GetTypeUrl() for a list with an index page (isdefault=1, cfg_typedir_df=Y): the directory."""
    return f"{t.typedir}/"


def mydate(fmt: str, moment: datetime) -> str:
    return moment.strftime(fmt)


# --- head / header / footer ------------------------------------------------------------------------------

_MOBILE_JS = (
    "<script type=\"text/javascript\">if(window.location.toString().indexOf('pref=padindex') != -1){}else{"
    "if(/AppleWebKit.*Mobile/i.test(navigator.userAgent) || (/MIDP|SymbianOS|NOKIA|SAMSUNG|LG|NEC|TCL|Alcatel"
    "|BIRD|DBTEL|Dopod|PHILIPS|HAIER|LENOVO|MOT-|Nokia|SonyEricsson|SIE-|Amoi|ZTE/.test(navigator.userAgent)))"
    '{if(window.location.href.indexOf("?mobile")<0){try{if(/Android|Windows Phone|webOS|iPhone|iPod|BlackBerry'
    '/i.test(navigator.userAgent)){window.location.href="{url}";}else if(/iPad/i.test(navigator.userAgent)){}'
    "else{}}catch(e){}}}}</script>"
)


def head(title: str, keywords: str, description: str, mobile: str, extra: str = "") -> str:
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
        '<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={CHARSET}" />\n'
        f"<title>{esc(title)}</title>\n"
        f'<meta name="keywords" content="{attr(keywords)}" />\n'
        f'<meta name="description" content="{attr(description)}" />\n'
        f'<link href="{SKIN}/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />\n'
        f'<meta http-equiv="mobile-agent" content="format=xhtml;url=/m/{mobile}">\n'
        + _MOBILE_JS.replace("{url}", f"/m/{mobile}")
        + "\n"
        + extra
        + "</head>\n"
    )


def header(types: dict[int, DedeType], current_top: int | None, hot_tags: list[str], banner: bool) -> str:
    """head.htm (lists, home) or head2.htm (articles: the same without the banner2 ad row)."""
    nav = []
    for t in types.values():
        if t.reid:
            continue
        rel = f" rel='dropmenu{t.id}'" if any(s.reid == t.id for s in types.values()) else ""
        if t.id == current_top:
            nav.append(f"<li class='hover'><a href='{type_url(t)}' {rel}><span>{esc(t.name)}</span></a></li>")
        else:
            nav.append(f"<li><a href='{type_url(t)}' {rel}><span>{esc(t.name)}</span></a></li>")
    tags = "".join(f"\n            <li><a href='{tag_link(t)}'>{esc(t)}</a></li>" for t in hot_tags)
    out = (
        '<div class="header_top">  \n    <div class="w960 center">  \n'
        '     <span id="time" class="time">织梦CMS - 轻松建站从此开始！</span>\n'
        '     <div class="toplinks"><a href="/plus/heightsearch.php" target="_blank">高级搜索</a>|'
        '<a href="/data/sitemap.html" target="_blank">网站地图</a>|<a href="/tags.php">TAG标签</a>'
        '<a href="/data/rssmap.html" class="rss">RSS订阅</a><span>[<a href=""onclick="this.style.behavior='
        f"'url(#default#homepage)';this.setHomePage('{BASEHOST}');\">设为首页</a>] "
        f"[<a href=\"javascript:window.external.AddFavorite('{BASEHOST}','{WEBNAME}')\">加入收藏</a>]</span></div>\n"
        "    </div> \n</div>\n"
        '<div class="header">\n\t<div class="top w960 center">\n      <div class="title">\n'
        f'        <h1><a href="{BASEHOST}"><img src="{SKIN}/images/logo.gif" height="54" width="216" '
        f'alt="{WEBNAME}"/></a> </h1>\n      </div>\n'
        f'      <div class="banner">{MDA_ERROR}</div>\n\t</div><!-- //top -->\n\t<!-- //菜单 -->\n'
        '\t<div class="module blue mT10 wrapper w963">\n  \t<div class="top">\n'
        "    \t<!-- //如果不使用currentstyle，可以在channel标签加入 cacheid='channeltoplist' 属性提升性能 -->\n"
        '    <div id="navMenu">\n    \t<ul>\n'
        "      \t<li><a href='/'><span>主页</span></a></li>\n      \t"
        + "".join(nav)
        + "\n    \t</ul>\n    </div>\t\n"
        '    <div class="search">\n      <form  name="formsearch" action="/plus/search.php">\n'
        '        <div class="form">\n          <h4>搜索</h4>\n'
        '           <input type="hidden" name="kwtype" value="0" />\n'
        '           <input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." '
        "onfocus=\"if(this.value=='在这里搜索...'){this.value='';}\"  "
        "onblur=\"if(this.value==''){this.value='在这里搜索...';}\" />\n"
        '           <select name="searchtype" class="search-option" id="search-option">\n'
        "               <option value=\"title\" selected='1'>检索标题</option>\n"
        '               <option value="titlekeyword">智能模糊</option>\n           </select>\n'
        '          <button type="submit" class="search-submit">搜索</button>\n        </div>\n        </form>\n'
        '        <div class="tags">\n          <h4>热门标签:</h4>\n          <ul>'
        + tags
        + "\n          </ul>\n        </div>\n    </div><!-- //search -->\n\t\t</div>\n\t</div>\n"
        "</div><!-- //header -->"
    )
    if banner:
        out += f'\n<div class="banner2 w960 center">{MDA_ERROR}</div>'
    return out + "\n"


def footer() -> str:
    return (
        '<!-- //底部模板 -->\n<div class="footer w960 center mt1 clear">\n\t<!-- \n'
        "\t\t为了支持织梦团队的发展,请您保留织梦内容管理系统的链接信息.\n"
        "\t\t我们对支持织梦团队发展的朋友表示真心的感谢!织梦因您更精彩!\n\t-->\n"
        '    <div class="footer_left"></div>\n    <div class="footer_body">\n\t<p class="powered">    \n'
        '\t\tPowered by <a href="http://www.dedecms.com" title="织梦内容管理系统(DedeCms)--国内最专业的PHP网站管理系统，'
        f'轻松建站的首选利器。" target="_blank"><strong>DedeCMS_{VERSION}</strong></a> &copy; 2004-2017 '
        '<a href="http://www.desdev.cn/" target="_blank">DesDev</a> Inc.<br />'
        f'<div class="copyright">{POWERBY}&nbsp;&nbsp;{BEIAN}</div></p>        \n<!-- /powered -->\n'
        '   </div>\n   <div class="footer_right"></div>\n</div>'
    )


# --- side column ---------------------------------------------------------------------------------------


def _arc_li(url: str, title: str) -> str:
    return f'\n      <li><a href="{url}">{esc(title)}</a></li>'


def side(
    sons: list[DedeType],
    current: int | None,
    commend: list[tuple[str, Article]],
    hot: list[tuple[str, Article]],
) -> str:
    """The pright column of article_article.htm and list_article.htm, with the site's 招商热线 box."""
    channel = "".join(
        f"\n      <li><a href='{type_url(t)}' class='thisclass'>{esc(t.name)}</a></li>"
        if t.id == current
        else f"\n      <li><a href='{type_url(t)}'>{esc(t.name)}</a></li>"
        for t in sons
    )
    rec = "".join(
        f'\n      <li><a href="{u}">{esc(a.title)}</a>\n       <p>{esc(description(a, 80))}...</p>\n      </li>'
        for u, a in commend
    )
    return (
        '<div class="pright">\n  <div>\n   <dl class="tbox">\n    <dt><strong>栏目列表</strong></dt>\n'
        f'    <dd>\n     <ul class="d6">{channel}\n     </ul>\n    </dd>\n   </dl>\n  </div>\n'
        # Site customisation: the park's investment hotline, in the side column of every page.
        '  <div class="zsrx mt1">\n   <dl class="tbox light">\n    <dt class=\'light\'><strong>招商热线</strong></dt>\n'
        "    <dd class='light'>\n     <p>招商热线：0573-8412 6688</p>\n"
        "     <p>手机/微信：138 1888 6688（王经理）</p>\n"
        "     <p>邮箱：<a href='mailto:zs@zjpark-dede.cn'>zs@zjpark-dede.cn</a> "
        "<a href='tel:057384126688'>一键拨打</a></p>\n"
        "     <p><a href='javascript:void(0)' onclick=\"window.open('/plus/guestbook.php')\">在线留言</a></p>\n"
        # {dede:hotwords}: the searches people made, as links into plus/search.php.
        + "     <p class='hotwords'>热门搜索："
        + "".join(
            f"<a href='/plus/search.php?keyword={quote(w.encode('gbk'))}&searchtype=titlekeyword'>{w}</a> "
            for w in HOT_SEARCHES
        )
        + "</p>\n"
        "    </dd>\n   </dl>\n  </div>\n"
        '  <div class="commend mt1">\n   <dl class="tbox light">\n'
        "    <dt class='light'><strong>推荐内容</strong></dt>\n"
        f"    <dd class='light'>\n     <ul class=\"d4\">{rec}\n     </ul>\n    </dd>\n   </dl>\n  </div>\n"
        '  <!-- /commend -->\n  <div class="hot mt1">\n   <dl class="tbox light">\n'
        "    <dt class='light'><strong>热点内容</strong></dt>\n"
        "    <dd class='light'>\n     <ul class=\"c1 ico2\">"
        + "".join(_arc_li(u, a.title) for u, a in hot)
        + "\n     </ul>\n    </dd>\n   </dl>\n  </div>\n"
        f'  <div id="contentRtPicAD2" style="margin:10px auto">{MDA_ERROR}</div>\n </div>\n'
    )


def description(article: Article, limit: int = 240) -> str:
    """The auto description (cfg_auot_description): the body's text, cut at ``limit`` characters."""
    text = "".join(article.expected_body)[:limit] if article.expected_body else article.title
    # html2text() of a body holding &#N; references for characters GBK lacks: kept out of the summary.
    return text.encode("gbk", "ignore").decode("gbk")


# --- article page (article_article.htm) -------------------------------------------------------------------

_ARTICLE_JS = """<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>

<script language="javascript" type="text/javascript">
<!--
function CheckLogin(){
	  var taget_obj = document.getElementById('_ajax_feedback');
	  myajax = new DedeAjax(taget_obj,false,false,'','','');
	  myajax.SendGet2("/member/ajax_feedback.php");
	  DedeXHTTP = null;
}
function getDigg(aid)
{
	var taget_obj = document.getElementById('newdigg');
	myajax = new DedeAjax(taget_obj,false,false,'','','');
	myajax.SendGet2("/plus/digg_ajax.php?id="+aid);
	DedeXHTTP = null;
}
-->
</script>
"""


def position(chain: list[DedeType]) -> str:
    """typelink.class.php GetPositionLink(): 主页 > parent > type > (cfg_list_symbol ' > ')."""
    links = [f"<a href='{BASEHOST}/'>主页</a>"] + [
        f"<a href='{type_url(t)}'>{esc(t.name)}</a>" for t in chain
    ]
    return " > ".join(links) + " > "


def prenext(label: str, target: tuple[str, str] | None) -> str:
    """arc.archives.class.php GetPreNext()."""
    if target is None:
        return f"{label}：没有了 "
    return f"{label}：<a href='{target[0]}'>{esc(target[1])}</a> "


def article_page(
    a: Article,
    chain: list[DedeType],
    header_html: str,
    side_html: str,
    pre: tuple[str, str] | None,
    nxt: tuple[str, str] | None,
    related: list[tuple[str, Article]],
    *,
    page: int = 1,
    pagebreak: str = "",
    numbered: bool = True,
) -> str:
    """One page of the article: ``page`` of its #p# parts, ``pagebreak`` the {dede:pagebreak/} items.
    MakeHtml() titles the static pages after the first "title(N)"; view.php does not (``numbered``)."""
    title = f"{a.title}({page})" if page > 1 and numbered else a.title
    body = a.pages[page - 1]
    tags = "".join(f"<a href='{tag_link(t)}'>{esc(t)}</a> " for t in a.tags)
    like = "".join(
        f'\n      <li><a href="{u}" title="{attr(r.title)}">{esc(r.title)}</a> '
        f"<span>{mydate('%m-%d', r.pubdate)}</span></li>"
        for u, r in related
    )
    desc = description(a)
    return (
        head(f"{title}_{WEBNAME}", a.keywords, desc, f"view.php?aid={a.aid}", _ARTICLE_JS)
        + '<body class="articleview">\n'
        + header_html
        + '<!-- /header -->\n<div class="w960 center clear mt1">\n<div class="pleft">\n'
        f' <div class="place"> <strong>当前位置:</strong> {position(chain)} </div>\n'
        ' <!-- /place -->\n <div class="viewbox">\n  <div class="title">\n'
        f"   <h2>{esc(title)}</h2>\n  </div>\n  <!-- /title -->\n"
        f'  <div class="info"> <small>时间:</small>{mydate("%Y-%m-%d %H:%M", a.pubdate)}'
        f"<small>来源:</small>{esc(a.source)} <small>作者:</small>{esc(a.writer)} <small>点击:</small>\n"
        f"   <script src=\"/plus/count.php?view=yes&aid={a.aid}&mid={a.mid}\" type='text/javascript' "
        'language="javascript"></script>\n   次</div>\n  <!-- /info -->\n'
        f'  \n  <div class="intro">{esc(desc)}</div>\n  \n'
        "  <div class=\"content\">\n   <table width='100%'>\n    <tr>\n"
        '     <td><div id="contentMidPicAD" style="float:right; clear:both; top:0; vertical-align:top;">'
        f"{MDA_ERROR}</div>\n      {body}\n      \n      (责任编辑：admin)</td>\n"
        "    </tr>\n   </table>\n"
        # Site customisation: the article's tags ({dede:tag getall='0'}, tag.lib.php's demo markup).
        f'   <div class="tags"><strong>TAG:</strong> {tags}</div>\n'
        "  </div>\n  <!-- /content -->\n"
        f'  <div class="dede_pages">\n   <ul class="pagelist">\n    {pagebreak}\n   </ul>\n  </div>\n\n'
        f"<center>  <a href='http://2v.dedecms.com/' id='__dedeqrcode_0'>织梦二维码生成器</a>\n"
        '  <script type="text/javascript">\n  \tvar __dedeqrcode_id=0;\n'
        f"  \tvar __dedeqrcode_aid={a.aid};\n  \tvar __dedeqrcode_type='arc';\n"
        "  \tvar __dedeqrcode_dir='/plus';\n  </script>\n"
        '  <script language="javascript" type="text/javascript" src="/plus/img/qrcode.js"></script></center>\n  \n'
        '  <!-- /pages -->\n  <!-- //顶踩 -->\n  <div class="newdigg" id="newdigg">\n'
        '   <div class="diggbox digg_good" onmousemove="this.style.backgroundPosition=\'left bottom\';" '
        "onmouseout=\"this.style.backgroundPosition='left top';\" "
        f"onclick=\"javascript:postDigg('good',{a.aid})\">\n"
        '    <div class="digg_act">顶一下</div>\n    <div class="digg_num">(0)</div>\n'
        '    <div class="digg_percent">\n     <div class="digg_percent_bar"><span style="width:0%"></span></div>\n'
        '     <div class="digg_percent_num">0%</div>\n    </div>\n   </div>\n'
        '   <div class="diggbox digg_bad" onmousemove="this.style.backgroundPosition=\'right bottom\';" '
        "onmouseout=\"this.style.backgroundPosition='right top';\" "
        f"onclick=\"javascript:postDigg('bad',{a.aid})\">\n"
        '    <div class="digg_act">踩一下</div>\n    <div class="digg_num">(0)</div>\n'
        '    <div class="digg_percent">\n     <div class="digg_percent_bar"><span style="width:0%"></span></div>\n'
        '     <div class="digg_percent_num">0%</div>\n    </div>\n   </div>\n  </div>\n'
        f'  <script language="javascript" type="text/javascript">getDigg({a.aid});</script>\n'
        "  <!-- //顶踩部份的源码结束 -->\n  <!-- //分享代码开始 -->\n  \n  <!-- //分享代码结束 -->\n"
        '  <div class="boxoff"> <strong>------分隔线----------------------------</strong> </div>\n'
        '  <div class="handle">\n   <div class="context">\n    <ul>\n'
        f"     <li>{prenext('上一篇', pre)}</li>\n     <li>{prenext('下一篇', nxt)}</li>\n"
        '    </ul>\n   </div>\n   <!-- /context -->\n   <div class="actbox">\n    <ul>\n'
        f'     <li id="act-fav"><a href="/plus/stow.php?aid={a.aid}" target="_blank">收藏</a></li>\n'
        f'     <li id="act-err"><a href="/plus/erraddsave.php?aid={a.aid}&title={a.title}" '
        'target="_blank">挑错</a></li>\n'
        f'     <li id="act-pus"><a href="/plus/recommend.php?aid={a.aid}" target="_blank">推荐</a></li>\n'
        '     <li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li>\n'
        "    </ul>\n   </div>\n   <!-- /actbox -->\n  </div>\n  <!-- /handle -->\n"
        # Site customisation: {dede:likearticle row='10' titlelen='60'} below the article.
        '  <div class="likearticle mt1">\n   <dl class="tbox">\n    <dt><strong>相关文章</strong></dt>\n'
        f'    <dd>\n     <ul class="d1 ico3">{like}\n     </ul>\n    </dd>\n   </dl>\n  </div>\n'
        " </div>\n <!-- /viewbox -->\n <!-- //AJAX评论区 -->\n"
        "<!-- //主模板必须要引入/include/dedeajax2.js -->\n<a name='postform'></a>\n"
        '<div class="mt1">\n\t\t<dl class="tbox">\n\t\t\t<dt>\n\t\t\t\t<strong>发表评论</strong>\n'
        '\t\t\t\t<span class="more"></span>\n\t\t\t</dt>\n\t\t\t<dd>\n'
        '\t\t\t\t<div class="dede_comment_post">\n          <form action="#" method="post" name="feedback">\n'
        '          <input type="hidden" name="dopost" value="send" />\n'
        f'          <input type="hidden" name="aid" value="{a.aid}" />\n'
        '          <div class="dcmp-title">\n\t\t\t\t\t\t<small>请自觉遵守互联网相关的政策法规，严禁发布色情、暴力、反动的言论。'
        "</small>\n\t\t\t\t\t</div><!-- /dcmp-title -->\n"
        '\t\t\t\t\t<div class="dcmp-content">\n\t\t\t\t\t\t<textarea cols="60" name="msg" rows="5" class="ipt-txt">'
        "</textarea>\n\t\t\t\t\t</div><!-- /dcmp-content -->\n"
        '\t\t\t\t\t<div class="dcmp-submit">\n\t\t\t\t\t\t<button type="button" onClick=\'PostComment()\'>发表评论'
        "</button>\n\t\t\t\t\t</div>\n        </form>\n\t\t\t\t</div>\n\t\t\t</dd>\n\t\t</dl>\n"
        "\t</div><!-- //评论表单区结束 -->\n"
        f'<div class="mt1">\n\t<dl class="tbox">\n\t\t<dt><strong>最新评论</strong><span class="more">'
        f'<a href="/plus/feedback.php?aid={a.aid}">进入详细评论页&gt;&gt;</a></span></dt>\n'
        '\t\t<dd>\n\t\t\t<div class="dede_comment">\n\t\t\t\t<div class="decmt-box1">\n\t\t\t\t\t<ul id=\'commetcontentNew\'>'
        "\n\t\t\t\t\t</ul>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</dd>\n\t</dl>\n</div>\n </div>\n"
        "<!-- //左边内容结束 -->\n<!-- //右边内容开始 -->\n"
        '<div class="pright"> \n <div class="infos_userinfo">\n  <dl class="tbox light">\n'
        "   <dt class='light'><strong>发布者资料</strong></dt>\n"
        "   <dd class='light'> <a href=\"/member/index.php?uid=admin\" "
        f'class="userface"><img src="/member/templets/images/dfboy.png" width="52" height="52" /></a> '
        "<a href='/member/index.php?uid=admin' class=\"username\">admin</a> </dd>\n  </dl>\n </div>\n "
        + side_html
        + " <!-- /pright -->\n</div>\n"
        f'<div id="innerfooterAD2" style="margin:10px auto; width:726px">{MDA_ERROR}</div>\n'
        + footer()
        + "\n<!-- /footer -->\n</body>\n</html>"
    )


def pagebreak(total: int, now: int, href, *, dynamic: bool = False) -> str:
    """GetPagebreak() (static: name.html, name_N.html) and GetPagebreakDM() (view.php?aid=&pageno=):
    ``href(n)`` is page n's link; the current page links '#' (static) or nothing (dynamic)."""
    if total == 1:
        return ""
    out = f"<li><a>共{total}页: </a></li>"
    out += "<li><a href='#'>上一页</a></li>" if now == 1 else f"<li><a href='{href(now - 1)}'>上一页</a></li>"
    current = "<a>{}</a>" if dynamic else "<a href='#'>{}</a>"
    for i in range(1, total + 1):
        if i == now:
            out += f'<li class="thisclass">{current.format(i)}</li>'
        else:
            out += f"<li><a href='{href(i)}'>{i}</a></li>"
    out += (
        f"<li><a href='{href(now + 1)}'>下一页</a></li>" if now < total else "<li><a href='#'>下一页</a></li>"
    )
    return out


# --- list pages (list_article.htm, taglist.htm) -------------------------------------------------------


def list_item(url: str, a: Article, kind: DedeType | None, litpic: str | None) -> str:
    preview = f"<a href='{url}' class='preview'><img src='{litpic}'/></a>" if litpic else ""
    typelink = f"[<b><a href='{type_url(kind)}'>{esc(kind.name)}</a></b>] " if kind else ""
    return (
        f'\n    <li> {preview}\n     {typelink}<a href="{url}" class="title">{esc(a.title)}</a> '
        f'<span class="info"> <small>日期：</small>{mydate("%Y-%m-%d %H:%M:%S", a.pubdate)} '
        f"<small>点击：</small>{a.click} <small>好评：</small>0 </span>\n"
        f'     <p class="intro"> {esc(description(a, 120))}... </p>\n    </li>'
    )


def pagelist_static(page: int, total_pages: int, total: int, tid: int, listsize: int = 5) -> str:
    """arc.listview.class.php GetPageListST() with listitem="info,index,end,pre,next,pageno,option"."""
    if total_pages <= 1:
        return f'<li><span class="pageinfo">共 <strong>1</strong>页<strong>{total}</strong>条记录</span></li>\r\n'

    def href(n: int) -> str:
        return f"list_{tid}_{n}.html"

    index = f"<li><a href='{href(1)}'>首页</a></li>\r\n" if page != 1 else "<li>首页</li>\r\n"
    pre = f"<li><a href='{href(page - 1)}'>上一页</a></li>\r\n" if page != 1 else ""
    if page != total_pages:
        nxt = f"<li><a href='{href(page + 1)}'>下一页</a></li>\r\n"
        end = f"<li><a href='{href(total_pages)}'>末页</a></li>\r\n"
    else:
        nxt, end = "", "<li>末页</li>\r\n"
    numbers = "".join(
        f'<li class="thisclass">{j}</li>\r\n' if j == page else f"<li><a href='{href(j)}'>{j}</a></li>\r\n"
        for j in _window(page, total_pages, listsize)
    )
    width = min(100, max(36, len(str(total_pages)) * 12 + 18))
    option = f"<li><select name='sldd' style='width:{width}px' onchange='location.href=this.options[this.selectedIndex].value;'>\r\n"
    for j in range(1, total_pages + 1):
        selected = " selected" if j == page else ""
        option += f"<option value='{href(j)}'{selected}>{j}</option>\r\n"
    option += "</select></li>\r\n"
    info = f'<li><span class="pageinfo">共 <strong>{total_pages}</strong>页<strong>{total}</strong>条</span></li>\r\n'
    return index + pre + numbers + nxt + end + option + info


def pagelist_dynamic(page: int, total_pages: int, total: int, base: str) -> str:
    """GetPageListDM(): plus/list.php?tid=N&TotalResult=M&PageNo=P, and tags.php?/tag/P/ (``base`` ends
    where the page number goes)."""
    if total_pages <= 1:
        return f'<li><span class="pageinfo">共 1 页/{total} 条记录</span></li>\r\n'

    def href(n: int) -> str:
        return base.replace("{page}", str(n))

    index = f"<li><a href='{href(1)}'>首页</a></li>\r\n" if page != 1 else "<li><a>首页</a></li>\r\n"
    pre = f"<li><a href='{href(page - 1)}'>上一页</a></li>\r\n" if page != 1 else ""
    if page != total_pages:
        nxt = f"<li><a href='{href(page + 1)}'>下一页</a></li>\r\n"
        end = f"<li><a href='{href(total_pages)}'>末页</a></li>\r\n"
    else:
        nxt, end = "", "<li><a>末页</a></li>\r\n"
    numbers = "".join(
        f'<li class="thisclass"><a>{j}</a></li>\r\n'
        if j == page
        else f"<li><a href='{href(j)}'>{j}</a></li>\r\n"
        for j in _window(page, total_pages, 5)
    )
    info = f'<li><span class="pageinfo">共 <strong>{total_pages}</strong>页<strong>{total}</strong>条</span></li>\r\n'
    return index + pre + numbers + nxt + end + info


def _window(page: int, total_pages: int, list_len: int) -> range:
    # The page-number window of GetPageListST/DM, including its quirk of starting at 1 until the
    # current page reaches 2*list_len+1.
    total_list = list_len * 2 + 1
    if page >= total_list:
        start, stop = page - list_len, min(page + list_len, total_pages)
    else:
        start, stop = 1, min(total_list, total_pages)
    return range(start, stop + 1)


def list_page(
    title: str,
    keywords: str,
    desc: str,
    mobile: str,
    header_html: str,
    place: str,
    items: str,
    pagelist: str,
    side_html: str,
) -> str:
    return (
        head(title, keywords, desc, mobile)
        + '<body class="articlelist">\n'
        + header_html
        + '<!-- /header -->\n<div class="w960 center clear mt1">\n <div class="pleft">\n'
        f'  <div class="place"> <strong>当前位置:</strong> {place} </div>\n  <!-- /place -->\n'
        f'  <div class="listbox">\n   <ul class="e2">{items}\n   </ul>\n  </div>\n  <!-- /listbox -->\n'
        f'  <div class="dede_pages">\n   <ul class="pagelist">\n    {pagelist}\n   </ul>\n  </div>\n'
        "  <!-- /pages -->\n </div>\n <!-- /pleft -->\n " + side_html + " <!-- /pright -->\n</div>\n"
        f'<div id="innerfooterAD" style="margin:10px auto; width:726px">{MDA_ERROR}</div>\n'
        + footer()
        + "\n<!-- /footer -->\n</body>\n</html>"
    )


# --- home page (index.htm) -----------------------------------------------------------------------------


def index_page(
    header_html: str,
    headline: list[tuple[str, Article]],
    newest: list[tuple[str, Article]],
    special: list[tuple[str, Article]],
    channels: list[tuple[DedeType, list[tuple[str, Article]]]],
    hot: list[tuple[str, Article]],
) -> str:
    one = ""
    if headline:
        u, a = headline[0]
        one = f'\n    <h2><a href="{u}">{esc(a.title)}</a></h2>\n    <p>{esc(description(a, 115))}...<a href="{u}">[查看全文]</a></p>\n    '
    d1 = "".join(
        f"\n    <div class='d1arc'><a href=\"{u}\">{esc(a.title)}</a></div>" for u, a in headline[1:5]
    )
    new = "".join(_arc_li(u, a.title) for u, a in newest)
    spec = "".join(
        f'\n      <li><span>{mydate("%m-%d", a.pubdate)}</span><a href="{u}">{esc(a.title)}</a></li>'
        for u, a in special
    )
    boxes = ""
    for t, arcs in channels:
        lis = "".join(
            f'\n      <li><span>{mydate("%m-%d", a.pubdate)}</span><a href="{u}">{esc(a.title)}</a></li>'
            for u, a in arcs
        )
        boxes += (
            f'\n   <dl class="tbox">\n    <dt><strong><a href="{type_url(t)}">{esc(t.name)}</a></strong>'
            f'<span class="more"><a href="{type_url(t)}">更多...</a></span></dt>\n'
            f'    <dd>\n     <ul class="d1 ico3">{lis}\n     </ul>\n    </dd>\n   </dl>\n   '
        )
    flinks = "".join(f"<li><a href='{u}' target='_blank'>{esc(n)}</a> </li>" for u, n in FLINKS)
    return (
        head(
            WEBNAME,
            KEYWORDS,
            DESCRIPTION,
            "index.php",
            '<script language="javascript" type="text/javascript" '
            'src="/include/dedeajax2.js"></script>\n<script language="javascript" type="text/javascript" '
            'src="/images/js/j.js" ></script>\n',
        )
        + '<body class="index">\n'
        + header_html
        + '<!-- /header -->\n<div class="w960 center clear mt1">\n <div class="pleft">\n'
        '  <div class="bignews">\n   <!--头条-->\n'
        f'   <div class="onenews"> {one}</div>\n   <!-- /onenews -->\n'
        f'   <div class="d1"> {d1}\n     </div>\n   <!--/头条-->\n'
        "   <div class='newarticle'>最新文章</div>\n   <ul class=\"c2 ico1\">\n    <!--最新文档-->"
        f"{new}\n    <!--//最新文档-->\n   </ul>\n  </div>\n  <!-- /bignews -->\n"
        '  <div class="latestnews">\n   <dl class="tbox light">\n    <dt class="light"><strong>特别推荐</strong></dt>\n'
        f'    <dd class="light">\n     <ul class="d2 ico2">{spec}\n     </ul>\n    </dd>\n   </dl>\n  </div>\n'
        f'  <!-- /latestnews -->\n  <div id="leftAD1" style="margin:10px auto">{MDA_ERROR}</div>\n'
        f'  <div class="listbox"> {boxes}</div>\n  <!-- /listbox -->\n </div>\n <!-- /pleft -->\n'
        ' <div class="pright">\n  <div class="usercenter">\n   <dl class="tbox light">\n'
        "    <dt class='light'> <strong>互动中心</strong> </dt>\n"
        '    <dd id="uc_member" >\n     <div id="_userlogin">\n      <div class="userlogin">\n'
        '       <form name="userlogin" action="/member/index_do.php" method="POST">\n'
        '        <input type="hidden" name="fmdo" value="login" />\n'
        '        <div class="fb"><span>用户名:</span>\n         <input type="text" name="userid" size="20" class="ipt-txt" />\n        </div>\n'
        '        <div class="submit">\n         <button type="submit" class="btn-1">登录</button>\n'
        '         <a href="/member/index_do.php?fmdo=user&dopost=regnew" >注册帐号</a> '
        '<a href="/member/resetpassword.php">忘记密码?</a> </div>\n       </form>\n      </div>\n     </div>\n'
        "    </dd>\n   </dl>\n  </div>\n  <!-- /usercenter -->\n"
        '  <div class="hot mt1">\n   <dl class="tbox light">\n    <dt class=\'light\'><strong>本月热点</strong></dt>\n'
        "    <dd class='light'>\n     <ul class=\"c1 ico2\">"
        + "".join(f"\n      <li class='dotline'><a href=\"{u}\">{esc(a.title)}</a></li>" for u, a in hot)
        + "\n     </ul>\n    </dd>\n   </dl>\n  </div>\n"
        '  <div class="vote mt1">\n   <dl class="tbox light">\n    <dt class=\'light\'><strong>投票调查</strong></dt>\n'
        '    <script language="javascript" src="/data/vote/vote_1.js"></script>\n   </dl>\n  </div>\n'
        " </div>\n <!-- /pleft -->\n</div>\n"
        '<div class="flink w960 center clear">\n <dl class="tbox">\n  <dt> <strong>友情链接</strong>\n'
        '\t<span class="linklabel">\n\t\t\t<a href="#" _for="flink_1">综合网站</a> \n\t</span>\n'
        '\t<span class="more"> <a href="plus/flink.php">所有链接</a> | <a href="plus/flink_add.php">申请加入</a> </span> </dt>\n'
        f'  <dd id="flink_1">\n    <ul class="f5">\n\t\t{flinks}\n    </ul>\n  </dd>\n </dl>\n</div>\n<!-- /flink -->\n'
        f'<div id="footAD" style="margin:10px auto; width:726px">{MDA_ERROR}</div>\n'
        + footer()
        + "\n<!-- /footer -->\n</body>\n</html>"
    )


# --- feeds, maps, robots, messages ---------------------------------------------------------------------


def rss(t: DedeType, items: list[tuple[str, Article, DedeType]]) -> str:
    """templets/plus/rss.htm as arc.rssview.class.php MakeRss() writes it to /data/rss/<typeid>.xml.

    pubDate is GetDateMK(): a bare Y-m-d, not an RFC 822 date.
    """
    out = (
        f'<?xml version="1.0" encoding="{CHARSET}" ?>\n<rss version="2.0">\n<channel>\n'
        f"<title>{esc(t.name)}</title>\n<link>{BASEHOST}{type_url(t)}</link>\n"
        f"<description>{esc(t.name)}</description>\n<language>zh-cn</language>\n"
        f"<generator><![CDATA[{POWERBY}]]></generator>\n<webmaster>zs@zjpark-dede.cn</webmaster>\n"
    )
    for url, a, kind in items:
        source = a.source or WEBNAME
        out += (
            f"<item>\n    <title><![CDATA[{a.title}]]></title>\n    <link>{BASEHOST}{url}</link>\n"
            f"    <description><![CDATA[{description(a)}]]></description>\n"
            f"    <pubDate>{mydate('%Y-%m-%d', a.pubdate)}</pubDate>\n    <category>{esc(kind.name)}</category>\n"
            f"    <author>{esc(a.writer or '秩名')}</author>\n    <comments>{esc(source)}</comments>\n</item>\n"
        )
    return out + "</channel>\n</rss>\n"


def rssmap(types: dict[int, DedeType]) -> str:
    lis = "".join(
        f"<li><a href='{type_url(t)}'>{esc(t.name)}</a> <a href='/data/rss/{t.id}.xml'>/data/rss/{t.id}.xml</a></li>\n"
        for t in types.values()
    )
    return (
        '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />\n'
        f"<title>{WEBNAME}_RSS订阅</title>\n</head>\n<body>\n<ul>\n{lis}</ul>\n</body>\n</html>"
    )


def sitemap(types: dict[int, DedeType]) -> str:
    """templets/plus/sitemap.htm filled by sitemap.class.php: channels only, no articles."""
    boxes = ""
    for t in types.values():
        if t.reid:
            continue
        sons = "".join(
            f"<li><a href='{type_url(s)}'>{esc(s.name)}</a></li>\n\t\t"
            for s in types.values()
            if s.reid == t.id
        )
        boxes += f"<div class=\"linkbox\">\r\n<h3><a href='{type_url(t)}'>{esc(t.name)}</a></h3><ul class='f6'>\n\t\t{sons}</ul></div>\r\n"
    return (
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
        '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n'
        f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={CHARSET}" />\n'
        f"<title>{WEBNAME}_网站地图</title>\n"
        f'<link href="{SKIN}/style/dedecms.css" rel="stylesheet" type="text/css" media="screen" />\n</head>\n'
        '<body class="mapspage">\n\n<div class="w960 clear center mt1">\n\t<div class="sp-title">\n'
        f"    <h2>网站地图</h2>\n   <span class=\"more\">\t<a href='{BASEHOST}'>返回首页</a></span>\n    </div>\n\n\t"
        + boxes
        + "\n</div>\n\n"
        + footer()
        + "\n\n</body>\n</html>"
    )


# robots.txt exactly as DedeCMS 5.7 SP2 ships it (CRLF, no trailing newline, "User-agent: * " with a space).
ROBOTS = (
    "User-agent: * \r\nDisallow: /plus/ad_js.php\r\nDisallow: /plus/advancedsearch.php\r\nDisallow: /plus/car.php\r\n"
    "Disallow: /plus/carbuyaction.php\r\nDisallow: /plus/shops_buyaction.php\r\nDisallow: /plus/erraddsave.php\r\n"
    "Disallow: /plus/posttocar.php\r\nDisallow: /plus/disdls.php\r\nDisallow: /plus/feedback_js.php\r\n"
    "Disallow: /plus/mytag_js.php\r\nDisallow: /plus/rss.php\r\nDisallow: /plus/search.php\r\n"
    "Disallow: /plus/recommend.php\r\nDisallow: /plus/stow.php\r\nDisallow: /plus/count.php\r\n"
    "Disallow: /include\r\nDisallow: /templets"
)


def show_msg(msg: str) -> str:
    """common.func.php ShowMsg($msg, 'javascript:;'): ParamError() and friends. Its meta is hard-coded gb2312."""
    return (
        "<html>\r\n<head>\r\n<title>DedeCMS提示信息</title>\r\n"
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />\r\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no">\r\n'
        '<meta name="renderer" content="webkit">\r\n<meta http-equiv="Cache-Control" content="no-siteapp" />'
        "<base target='_self'/>\r\n<style>div{line-height:160%;}</style></head>\r\n"
        "<body leftmargin='0' topmargin='0' bgcolor='#FFFFFF'>\r\n<center>\r\n<script>\r\n"
        "      var pgo=0;\n      function JumpUrl(){\n        if(pgo==0){ location='javascript:;'; pgo=1; }\n      }\r\n"
        "document.write(\"<br /><div style='width:450px;padding:0px;border:1px solid #DADADA;'>"
        "<div style='padding:6px;font-size:12px;border-bottom:1px solid #DADADA;background:#DBEEBD "
        "url(/plus/img/wbg.gif)';'><b>DedeCMS 提示信息！</b></div>\");\r\n"
        "document.write(\"<div style='height:130px;font-size:10pt;background:#ffffff'><br />\");\r\n"
        f'document.write("{msg}");\r\ndocument.write("<br/></div>");\r\n'
        "</script>\r\n</center>\r\n</body>\r\n</html>\r\n"
    )


# What nginx answers for a file that is not there (a deleted article's static page).
NGINX_404 = (
    "<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n"
    "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
