"""Emulator of an invented site: 虹湾区投资促进办公室 (www.hwtcb.example.cn), built on an invented CMS
"WeiPub CMS 3.2" with its theme "hwzs". Pages are GBK bytes with only <meta charset=gbk>; the HTTP
Content-Type carries no charset. Deterministic: fixed Date header, no clock, no randomness.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import html as _html
import json
import re
from urllib.parse import parse_qs, quote, unquote, urlsplit

import hwtcb_content as C

HOST = "www.hwtcb.example.cn"
BARE = "hwtcb.example.cn"
ORIGIN = "http://" + HOST
BARE_ORIGIN = "http://" + BARE
DATE_HEADER = "Thu, 20 Jun 2024 02:00:00 GMT"
WEEK = ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
PER_PAGE = {"yqdt": 4, "zcjd": 5, "mtjj": 4, "tzgg": 5}
BOILER_STATEMENT = ("声明：本站部分文章转载自微信公众号及其他媒体，转载目的在于传递更多信息，版权归原作者所有。"
                    "如涉及侵权，请联系我们删除。")


class Response:
    def __init__(self, status: int, headers: dict, body: bytes):
        self.status = status
        self.headers = headers
        self.body = body


def esc(s: str) -> str:
    return _html.escape(s, quote=True)


# ------------------------------------------------------------------ article index
def _prep():
    arts = []
    for a in C.NEWS + C.POLICIES + C.MEDIA:
        a = dict(a)
        dt = _dt.datetime.strptime(a["dt"], "%Y-%m-%d %H:%M")
        a["dtobj"] = dt
        a["kind"] = "wx"
        a["path"] = f"/news/{a['cat']}/{dt:%Y%m}/t{dt:%Y%m%d}_{a['id']}.shtml"
        a["published_at"] = dt.strftime("%Y-%m-%dT%H:%M") + "+08:00"
        a.setdefault("source", None)
        arts.append(a)
    for a in C.NOTICES:
        a = dict(a)
        dt = _dt.datetime.strptime(a["d"], "%Y-%m-%d")
        a["dtobj"] = dt
        a["kind"] = "notice"
        a["path"] = f"/tzgg/{dt:%Y%m}/t{dt:%Y%m%d}_{a['id']}.shtml"
        a["published_at"] = dt.strftime("%Y-%m-%d")
        a["author"] = None
        a["tags"] = []
        arts.append(a)
    return arts


ARTICLES = _prep()
BY_ID = {a["id"]: a for a in ARTICLES}
BY_PATH = {a["path"]: a for a in ARTICLES}


def cat_list(cat):
    """Newest first."""
    return sorted([a for a in ARTICLES if a["cat"] == cat], key=lambda a: a["dtobj"], reverse=True)


def latest(n=5):
    return sorted(ARTICLES, key=lambda a: a["dtobj"], reverse=True)[:n]


HOT_IDS = [1008, 1101, 1107, 1004, 2004]
OLD_LINK_IDS = {1101, 2004}          # the hot list still links these by their old show.php address
DELETED_PATH = "/news/yqdt/202312/t20231201_0998.shtml"  # linked in one 往期推荐 list: 404


def list_url(cat, page):
    base = "/tzgg/" if cat == "tzgg" else f"/news/{cat}/"
    return base if page == 1 else f"{base}index_{page}.shtml"


def n_pages(cat):
    n = len(cat_list(cat))
    return (n + PER_PAGE[cat] - 1) // PER_PAGE[cat]


def text_paras(a):
    out = []
    for item in a["body"]:
        if isinstance(item, str):
            out.append(item)
        elif item[0] == "h":
            out.append(item[1])
        elif item[0] == "table":
            out.extend(" ".join(r) for r in item[1])
    return out


def teaser(a):
    t = ""
    for p in text_paras(a):
        t += p
        if len(t) >= 110:
            break
    return t[:128] + "……" if len(t) > 128 else t


def sid_for(path):
    return hashlib.sha1(path.encode("utf-8")).hexdigest()[:16]


def fmt_views(v):
    return f"{v:,}"


def cn_datetime(dt):
    return f"{dt:%Y年%m月%d日} {WEEK[dt.weekday()]} {dt:%H:%M}"


# ------------------------------------------------------------------ page chrome (each returns html, boilerplate text)
def topbar():
    h = ('<div class="hw-topbar"><div class="w1200"><span class="fl">您好，欢迎访问虹湾区投资促进办公室网站！</span>'
         '<span class="fr"><a href="javascript:void(0)" onclick="SetHome(this)">设为首页</a> | '
         '<a href="javascript:AddFavorite()">加入收藏</a> | '
         '<a href="/member/login.shtml">会员登录</a> | 服务热线：<a href="tel:021-57886600">021-5788 6600</a></span></div></div>')
    return h, "您好，欢迎访问虹湾区投资促进办公室网站！\n设为首页\n加入收藏\n会员登录\n服务热线：021-5788 6600"


def header():
    h = ('<div class="hw-header w1200"><a class="logo" href="/"><img src="/skin/hwzs/images/logo.png" alt="虹湾区投资促进办公室">'
         '<strong>虹湾区投资促进办公室</strong><i>Hongwan District Investment Promotion Office</i></a>'
         '<form class="hw-search" action="/search/" method="get"><input type="text" name="kw" placeholder="请输入关键字">'
         '<button type="submit">搜索</button></form>'
         '<div class="hotkw">热搜：<a href="/search/?kw=%E6%A0%87%E5%87%86%E5%8E%82%E6%88%BF">标准厂房</a> '
         '<a href="/search/?kw=%E4%BA%BA%E6%89%8D%E5%85%AC%E5%AF%93">人才公寓</a> '
         '<a href="/search/?kw=%E4%B8%93%E9%A1%B9%E8%B5%84%E9%87%91">专项资金</a></div></div>')
    return h, "虹湾区投资促进办公室\nHongwan District Investment Promotion Office\n搜索\n热搜：\n标准厂房\n人才公寓\n专项资金"


NAV = [("首页", "/"), ("园区概况", "/about/"), ("园区动态", "/news/yqdt/"), ("政策解读", "/news/zcjd/"),
       ("媒体聚焦", "/news/mtjj/"), ("通知公告", "/tzgg/"), ("厂房租售", "/changfang/"), ("专题专栏", "/zt/gdzz/"),
       ("资料下载", "/download/"), ("联系我们", "/contact/"), ("内网OA", "http://10.0.3.15/oa/")]


def nav():
    h = '<div class="hw-nav"><ul class="w1200">' + "".join(
        f'<li><a href="{u}">{t}</a></li>' for t, u in NAV) + "</ul></div>"
    return h, "\n".join(t for t, _ in NAV)


def footer(path):
    sid = sid_for(path)
    h = ('<div class="hw-links w1200"><b>友情链接：</b>'
         '<a href="http://www.shanghai.gov.cn.example/" target="_blank">上海市人民政府</a>'
         '<a href="http://www.hongwan.gov.cn.example/" target="_blank">虹湾区人民政府</a>'
         '<a href="https://mp.weixin.qq.com/mp/profile_ext?action=home&amp;__biz=MzA5NTk2OTEwMQ==" target="_blank">虹湾招商公众号</a>'
         '<a href="http://192.168.1.20:8080/meeting/">视频会议系统</a>'
         '<a href="http://localhost:8081/weipub/admin/">网站管理</a></div>'
         '<div class="hw-footer"><div class="w1200">'
         '<p>主办单位：虹湾区投资促进办公室　地址：上海市虹湾区虹湾大道1000号 邮编：201999</p>'
         '<p>招商热线：<a href="tel:021-57886600">021-5788 6600</a>　邮箱：<a href="mailto:tzcj@hongwan.gov.cn.example">tzcj@hongwan.gov.cn.example</a>'
         f'　<a href="/subscribe.shtml?sid={sid}">订阅招商资讯</a></p>'
         '<p>版权所有 &copy; 虹湾区投资促进办公室　沪ICP备2021099999号-1　技术支持：微普网络</p></div></div>')
    text = ("友情链接：\n上海市人民政府\n虹湾区人民政府\n虹湾招商公众号\n视频会议系统\n网站管理\n"
            "主办单位：虹湾区投资促进办公室\n地址：上海市虹湾区虹湾大道1000号 邮编：201999\n"
            "招商热线：021-5788 6600\n邮箱：tzcj@hongwan.gov.cn.example\n订阅招商资讯\n"
            "版权所有 © 虹湾区投资促进办公室\n沪ICP备2021099999号-1\n技术支持：微普网络")
    return h, text


def side_contact():
    h = ('<div class="side-box side-contact"><h3>招商热线</h3><ul>'
         '<li>王经理：<a href="tel:13817620451">138 1762 0451</a></li>'
         '<li>刘经理：<a href="tel:13916358802">139 1635 8802</a></li>'
         '<li>招商专线：<a href="tel:021-57886600">021-5788 6600</a></li>'
         '<li>微信：hwzs_wang</li></ul><p>厂房、土地、办公楼宇租售，一对一专人服务！</p></div>')
    return h, ("招商热线\n王经理：138 1762 0451\n刘经理：139 1635 8802\n招商专线：021-5788 6600\n微信：hwzs_wang\n"
               "厂房、土地、办公楼宇租售，一对一专人服务！")


def art_link(a):
    if a["id"] in OLD_LINK_IDS:
        return f"/show.php?id={a['id']}"
    return a["path"]


def side_hot():
    items = [BY_ID[i] for i in HOT_IDS]
    h = '<div class="side-box side-hot"><h3>热门文章</h3><ol>' + "".join(
        f'<li><a href="{art_link(a)}" title="{esc(a["title"])}">{esc(a["title"])}</a></li>' for a in items) + "</ol></div>"
    return h, "热门文章\n" + "\n".join(a["title"] for a in items)


def side_latest():
    items = latest(5)
    h = '<div class="side-box side-new"><h3>最新发布</h3><ul>' + "".join(
        f'<li><a href="{a["path"]}">{esc(a["title"])}</a><span>{a["dtobj"]:%m-%d}</span></li>' for a in items) + "</ul></div>"
    return h, "最新发布\n" + "\n".join(f'{a["title"]}\n{a["dtobj"]:%m-%d}' for a in items)


def side_qr():
    h = ('<div class="side-box side-qr"><img src="/skin/hwzs/images/qrcode.jpg" alt="二维码">'
         '<p>扫一扫 关注“虹湾招商”</p><p>获取最新招商资讯</p></div>')
    return h, "扫一扫 关注“虹湾招商”\n获取最新招商资讯"


def sidebar():
    parts = [side_contact(), side_hot(), side_latest(), side_qr()]
    return '<div class="hw-side fr">' + "".join(p[0] for p in parts) + "</div>", [p[1] for p in parts]


def page(title, path, main_html, crumb=None, keywords="", extra_head="", with_side=True):
    """Whole page. Returns html and the list of chrome boilerplate blocks."""
    blocks = []
    tb, t = topbar(); blocks.append(t)
    hd, t = header(); blocks.append(t)
    nv, t = nav(); blocks.append(t)
    cr = ""
    if crumb:
        cr = '<div class="hw-crumb w1200">当前位置：' + " &gt; ".join(
            f'<a href="{u}">{esc(n)}</a>' if u else esc(n) for n, u in crumb) + "</div>"
        blocks.append("当前位置：" + " > ".join(n for n, _ in crumb))
    side = ""
    side_blocks = []
    if with_side:
        side, side_blocks = sidebar()
    ft, ftext = footer(path)
    doc = ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset=gbk>\n'
           f'<title>{esc(title)}</title>\n<meta name="keywords" content="{esc(keywords)}">\n'
           '<meta name="generator" content="WeiPub CMS 3.2">\n'
           '<link rel="stylesheet" href="/skin/hwzs/css/style.css">\n' + extra_head +
           '<script src="/skin/hwzs/js/jquery.min.js"></script>\n</head>\n<body>\n'
           + tb + "\n" + hd + "\n" + nv + "\n" + cr + '\n<div class="hw-wrap w1200 clearfix">\n<div class="hw-main fl">\n'
           + main_html + "\n</div>\n" + side + "\n</div>\n" + ft +
           '\n<script>var _hwstat=_hwstat||[];_hwstat.push(["site","hwtcb"]);</script>\n</body>\n</html>\n')
    blocks.extend(side_blocks)
    blocks.append(ftext)
    return doc, blocks


# ------------------------------------------------------------------ WeChat-editor body markup
def wx_para(text, i, seed, tail=""):
    """One paragraph in WeChat editor markup; `tail` is junk glued into the same block."""
    depth = (i + seed) % 3 + 1
    inner = f'<span leaf="">{esc(text)}</span>'
    if (i + seed) % 3 == 0 and "，" in text:
        a, b = text.split("，", 1)
        inner = (f'<span style="color:#0052a3;"><strong><span leaf="">{esc(a)}，</span></strong></span>'
                 f'<span leaf="">{esc(b)}</span>')
    if tail:
        inner += f'<span leaf="" style="color:#999;">{esc(tail)}</span>'
    span = ('<span style="font-size:15px;color:rgb(62,62,62);letter-spacing:1px;font-family:mp-quote,-apple-system;">'
            + inner + "</span>")
    if (i + seed) % 5 == 4:
        return f'<p style="margin:0 8px 16px;line-height:1.75em;text-align:justify;">{span}</p>'
    out = span
    for d in range(depth):
        st = ["margin:0px 8px 16px;line-height:1.75em;", "padding:0 4px;box-sizing:border-box;",
              "text-align:justify;"][d]
        out = f'<section style="{st}" data-tools="135编辑器">{out}</section>' if d == 1 else f'<section style="{st}">{out}</section>'
    return out


def wx_heading(text):
    return ('<section style="margin:24px 8px 12px;border-left:4px solid #0052a3;padding-left:8px;">'
            '<section style="display:inline-block;"><span style="font-size:17px;color:#0052a3;">'
            f'<strong><span leaf="">{esc(text)}</span></strong></span></section></section>')


def wx_img(name):
    h = hashlib.md5(name.encode()).hexdigest()
    return ('<section style="text-align:center;margin:10px 0;"><img class="rich_pages wxw-img" '
            f'data-src="https://mmbiz.qpic.cn/mmbiz_jpg/{h[:20]}/640?wx_fmt=jpeg" data-ratio="0.6667" data-w="1080" '
            'data-type="jpeg" style="width:100%;height:auto;" src="/skin/hwzs/images/loading.gif"></section>')


def wx_table(rows):
    h = ['<section style="overflow-x:auto;margin:0 8px 16px;"><table style="width:100%;border-collapse:collapse;"><tbody>']
    for r in rows:
        h.append("<tr>" + "".join(
            f'<td style="border:1px solid #ccc;padding:4px;"><section><span style="font-size:14px;"><span leaf="">{esc(c)}</span></span></section></td>'
            for c in r) + "</tr>")
    h.append("</tbody></table></section>")
    return "".join(h)


def wx_small(text, color="#888"):
    return (f'<section style="margin:0 8px 12px;"><span style="font-size:13px;color:{color};">'
            f'<span leaf="">{esc(text)}</span></span></section>')


def wx_body(a):
    """Returns (html, inner boilerplate blocks) for the content container."""
    seed = a["id"] % 7
    out, blocks = [], []
    if a["cat"] == "yqdt":
        out.append('<section style="text-align:center;margin-bottom:12px;"><span style="color:#0052a3;font-size:14px;">'
                   '<span leaf="">点击上方蓝字</span></span><span style="font-size:14px;"><span leaf=""> 关注我们</span></span></section>')
        blocks.append("点击上方蓝字 关注我们")
        hdr = f'原创 {a["author"]} {C.ACCOUNT} {a["dtobj"]:%Y年%m月%d日} {a["dtobj"]:%H:%M}'
        out.append(wx_small(hdr, "#576b95"))
        blocks.append(hdr)
    elif a["cat"] == "zcjd":
        note = f"本文转载自微信公众号“{a['source']}”"
        out.append(wx_small(note))
        blocks.append(note)
    else:
        if a.get("original_title"):
            line = "原标题：" + a["original_title"]
            out.append(wx_small(line, "#666"))
            blocks.append(line)
        if a.get("byline"):
            out.append(wx_small(a["byline"], "#333"))
            blocks.append(a["byline"])
    items = a["body"]
    last_text = max(i for i, it in enumerate(items) if isinstance(it, str))
    for i, it in enumerate(items):
        if isinstance(it, str):
            tail = (a.get("end_junk") or "") if i == last_text else ""
            out.append(wx_para(it, i, seed, tail))
        elif it[0] == "h":
            out.append(wx_heading(it[1]))
        elif it[0] == "img":
            out.append(wx_img(it[1]))
        elif it[0] == "table":
            out.append(wx_table(it[1]))
    if a.get("end_junk"):
        blocks.append(a["end_junk"])
    # credits
    if a["cat"] == "yqdt":
        cr = [f"文字：{a['author']}", "编辑：虹湾招商编辑部", "审核：王海东"]
    elif a["cat"] == "zcjd":
        cr = [f"来源：{a['source']}"] + ([f"供稿：{a['author']}"] if a.get("author") else []) + ["编辑：孙悦"]
    else:
        cr = [a["editor"]]
    out.append('<section style="margin:20px 8px;">' + "".join(
        f'<section><span style="font-size:12px;color:#b2b2b2;"><span leaf="">{esc(c)}</span></span></section>' for c in cr)
        + "</section>")
    blocks.append("\n".join(cr))
    if a["cat"] == "mtjj":
        if a.get("promo"):
            out.append(wx_small(a["promo"], "#c00"))
            blocks.append(a["promo"])
        if a.get("disclaimer"):
            out.append(wx_small(a["disclaimer"], "#aaa"))
            blocks.append(a["disclaimer"])
    # 往期推荐
    sib = [x for x in cat_list(a["cat"]) if x["id"] != a["id"]][:3]
    links = [(x["title"], f'{BARE_ORIGIN}{x["path"]}?scene=21#wechat_redirect') for x in sib]
    if a["id"] == 1004:
        links.append(("园区企业服务中心年终答谢会圆满举行", DELETED_PATH + "?scene=21#wechat_redirect"))
    out.append('<section style="margin:30px 8px 10px;"><section style="text-align:center;border-bottom:1px dashed #0052a3;">'
               '<span style="color:#0052a3;font-size:16px;"><strong><span leaf="">往期推荐</span></strong></span></section>'
               + "".join(f'<section style="margin-top:8px;"><a href="{esc(u)}" target="_blank" data-linktype="2">'
                         f'<span style="font-size:14px;color:#576b95;"><span leaf="">{esc(t)}</span></span></a></section>'
                         for t, u in links) + "</section>")
    blocks.append("往期推荐\n" + "\n".join(t for t, _ in links))
    # QR
    out.append('<section style="text-align:center;margin:20px 0;background:#f5f8fc;padding:12px;">'
               '<img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_png/hwzsqrcode0001/640?wx_fmt=png" data-w="430">'
               '<section><span style="font-size:13px;color:#666;"><span leaf="">长按识别二维码 关注我们</span></span></section>'
               f'<section><span style="font-size:13px;color:#666;"><span leaf="">{C.ACCOUNT}｜微信号：hongwan_zs</span></span></section></section>')
    blocks.append(f"长按识别二维码 关注我们\n{C.ACCOUNT}｜微信号：hongwan_zs")
    mp = "https://mp.weixin.qq.com/s/" + hashlib.sha1(str(a["id"]).encode()).hexdigest()[:22]
    out.append(f'<section style="margin:12px 8px;"><a href="{mp}" class="js_read_original"><span leaf="">阅读原文</span></a>'
               '<span style="float:right;color:#999;font-size:12px;"><span leaf="">分享 收藏 点赞 在看</span></span></section>')
    blocks.append("阅读原文\n分享 收藏 点赞 在看")
    return "".join(out), blocks


# ------------------------------------------------------------------ article pages
def prev_next(a):
    lst = cat_list(a["cat"])
    i = lst.index(a)
    newer = lst[i - 1] if i > 0 else None
    older = lst[i + 1] if i + 1 < len(lst) else None
    word = "条" if a["kind"] == "notice" else "篇"
    h = '<div class="art-pn">'
    lines = []
    for lab, x in ((f"上一{word}：", newer), (f"下一{word}：", older)):
        if x:
            h += f'<p>{lab}<a href="{x["path"]}">{esc(x["title"])}</a></p>'
            lines.append(lab + x["title"])
        else:
            h += f"<p>{lab}没有了</p>"
            lines.append(lab + "没有了")
    return h + "</div>", "\n".join(lines)


def crumb_for(a):
    if a["cat"] == "tzgg":
        return [("首页", "/"), ("通知公告", "/tzgg/"), ("正文", None)]
    return [("首页", "/"), ("新闻中心", "/news/yqdt/"), (C.CATEGORIES[a["cat"]], list_url(a["cat"], 1)), ("正文", None)]


def render_wx_article(a):
    blocks = []
    dt = a["dtobj"]
    src = a["source"] or "本站原创"
    meta = [cn_datetime(dt), f"来源：{src}"]
    if a.get("author"):
        meta.append(f"作者：{a['author']}")
    if a.get("views") is not None:
        meta.append(f"阅读 {fmt_views(a['views'])}")
    meta_html = ('<div class="wx-meta">' + f'<em class="pubtime">{meta[0]}</em>'
                 + "".join(f'<span>{esc(m)}</span>' for m in meta[1:]) + "</div>")
    share = ('<div class="wx-share">分享到：<a href="javascript:void(0)" class="bds_weixin">微信</a>'
             '<a href="javascript:void(0)" class="bds_tsina">微博</a>'
             f'<a href="{a["path"]}?from=timeline&amp;isappinstalled=0" class="bds_qzone">QQ空间</a>'
             f'<span class="tools"><a href="/print.shtml?id={a["id"]}" target="_blank">【打印本页】</a>'
             '<a href="javascript:window.close()">【关闭窗口】</a></span></div>')
    body_html, inner = wx_body(a)
    tags_html, tag_text = "", None
    if a["tags"]:
        tags_html = '<div class="wx-tags">标签：' + "".join(
            f'<a href="/tag/{t}.shtml">{C.TAGS[t]}</a> ' for t in a["tags"]) + "</div>"
        tag_text = "标签：" + " ".join(C.TAGS[t] for t in a["tags"])
    pn_html, pn_text = prev_next(a)
    rel = [x for x in ARTICLES if x is not a and set(x["tags"]) & set(a["tags"])]
    rel = sorted(rel, key=lambda x: x["dtobj"], reverse=True)[:4] or [x for x in cat_list(a["cat"]) if x is not a][:4]
    rel_html = ('<div class="wx-rel"><h4>相关文章</h4><ul>' + "".join(
        f'<li><a href="{x["path"]}">{esc(x["title"])}</a><span>{x["dtobj"]:%Y-%m-%d}</span></li>' for x in rel) + "</ul></div>")
    rel_text = "相关文章\n" + "\n".join(f'{x["title"]}\n{x["dtobj"]:%Y-%m-%d}' for x in rel)
    stmt = f'<div class="wx-statement">{BOILER_STATEMENT}</div>'
    main = ('<div class="wx-article" id="js_article">'
            f'<h1 class="rich_media_title" id="activity-name">{esc(a["title"])}</h1>' + meta_html + share +
            f'<div class="rich_media_content js_underline_content" id="js_content" style="visibility:visible;">{body_html}</div>'
            + tags_html + pn_html + rel_html + stmt + "</div>")
    head = (f'<link rel="canonical" href="{ORIGIN}{a["path"]}">\n'
            f'<meta property="og:title" content="{esc(a["title"])}">\n'
            f'<script>var msg_title="{esc(a["title"])}";var ct="{int(dt.timestamp())}";var msg_source_url="";</script>\n')
    doc, chrome = page(f'{a["title"]}-{C.CATEGORIES[a["cat"]]}-{C.SITE_NAME}', a["path"], main, crumb_for(a),
                       keywords=",".join(C.TAGS[t] for t in a["tags"]), extra_head=head)
    # boilerplate in page order: chrome head blocks (topbar, header, nav, crumb), then article-area blocks, then side+footer
    blocks = chrome[:4] + ["\n".join(meta), "分享到：\n微信\n微博\nQQ空间\n【打印本页】\n【关闭窗口】"] + inner
    if tag_text:
        blocks.append(tag_text)
    blocks += [pn_text, rel_text, BOILER_STATEMENT] + chrome[4:]
    return doc, blocks


def render_notice(a):
    info = [f"发布日期：{a['d']}", f"来源：{a['source'] or '本站'}", f"浏览次数：{a['views']}"]
    body = []
    for i, it in enumerate(a["body"]):
        if isinstance(it, str):
            if it.startswith("附件：") and a.get("attachment"):
                name, url = a["attachment"]
                body.append(f'<p style="text-indent:2em;">附件：<a href="{url}">{esc(name)}</a></p>')
            elif it in (C.SITE_NAME,) or re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", it):
                body.append(f'<p align="right">{esc(it)}</p>')
            elif it.endswith("：") and i == 0:
                body.append(f"<p>{esc(it)}</p>")
            else:
                body.append(f'<p style="text-indent:2em;">{esc(it)}</p>')
        elif it[0] == "table":
            body.append('<table class="gg-data" border="1" cellspacing="0" cellpadding="4" width="90%" align="center">'
                        + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in it[1]) + "</table>")
    pn_html, pn_text = prev_next(a)
    main = ('<table class="gg-detail" width="100%" cellspacing="0" cellpadding="0">'
            f'<tr><td class="gg-title" align="center"><h2>{esc(a["title"])}</h2></td></tr>'
            '<tr><td class="gg-info" align="center">' + "&nbsp;&nbsp;&nbsp;".join(esc(x) for x in info) + "</td></tr>"
            '<tr><td class="gg-font">【字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> '
            '<a href="javascript:doZoom(12)">小</a>】</td></tr>'
            '<tr><td class="gg-content">' + "\n".join(body) + "</td></tr>"
            f'<tr><td class="gg-tool" align="right"><a href="/print.shtml?id={a["id"]}">【打印本页】</a>'
            '<a href="javascript:window.close()">【关闭窗口】</a></td></tr>'
            f"<tr><td>{pn_html}</td></tr></table>")
    doc, chrome = page(f'{a["title"]}-通知公告-{C.SITE_NAME}', a["path"], main, crumb_for(a))
    blocks = chrome[:4] + ["\n".join(info), "【字体：大 中 小】", "【打印本页】【关闭窗口】", pn_text] + chrome[4:]
    return doc, blocks


def render_article(a):
    return render_notice(a) if a["kind"] == "notice" else render_wx_article(a)


def render_print(a):
    paras = "".join(f"<p>{esc(p)}</p>" for p in text_paras(a))
    return ('<!DOCTYPE html><html><head><meta charset=gbk><title>' + esc(a["title"]) + '</title>'
            '<meta name="robots" content="noindex"></head><body onload="window.print()">'
            f'<h1>{esc(a["title"])}</h1><p class="info">{a["published_at"][:10]}</p>{paras}'
            '<p><a href="javascript:window.close()">【关闭】</a></p></body></html>')


# ------------------------------------------------------------------ list pages
def pager(cat, pg, total, loop=False):
    h = ['<div class="hw-pager">']
    h.append(f'<a href="{list_url(cat, 1)}">首页</a>')
    if pg > 1:
        h.append(f'<a href="{list_url(cat, min(pg - 1, total))}">上一页</a>')
    for p in range(1, total + 1):
        h.append(f"<span class=\"cur\">{p}</span>" if p == pg else f'<a href="{list_url(cat, p)}">{p}</a>')
    if pg < total or loop:
        h.append(f'<a href="{list_url(cat, pg + 1)}">下一页</a>')
    h.append(f'<a href="{list_url(cat, total)}">尾页</a><span>共{total}页</span></div>')
    return "".join(h)


def render_list(cat, pg, url_for_view=None):
    lst = cat_list(cat)
    total = n_pages(cat)
    shown_page = min(pg, total)
    chunk = lst[(shown_page - 1) * PER_PAGE[cat]: shown_page * PER_PAGE[cat]]
    name = C.CATEGORIES[cat]
    if cat in ("yqdt", "mtjj"):
        items = "".join(
            f'<li class="card"><a class="pic" href="{a["path"]}"><img src="/uploads/thumb/{a["id"]}.jpg" alt=""></a>'
            f'<div class="txt"><h3><a href="{a["path"]}">{esc(a["title"])}</a></h3>'
            f'<p class="summary">{esc(teaser(a))}</p>'
            f'<div class="meta"><span>{a["dtobj"]:%Y-%m-%d}</span>'
            + (f'<span>来源：{esc(a["source"])}</span>' if a["source"] else "")
            + f'<a class="more" href="{a["path"]}">[详细]</a></div></div></li>' for a in chunk)
        main = f'<div class="list-card"><h2>{name}</h2><ul>{items}</ul></div>'
    elif cat == "zcjd":
        items = "".join(f'<li><span class="date">{a["dtobj"]:%Y-%m-%d}</span><a href="{a["path"]}">{esc(a["title"])}</a>'
                        f'<em>{esc(a["source"])}</em></li>' for a in chunk)
        main = f'<div class="list-txt"><h2>{name}</h2><ul>{items}</ul></div>'
    else:
        rows = "".join(f'<tr><td><a href="{a["path"]}">{esc(a["title"])}</a></td><td>{a["d"]}</td></tr>' for a in chunk)
        main = (f'<div class="list-tbl"><h2>{name}</h2><table width="100%"><tr><th>标题</th><th>发布日期</th></tr>'
                f"{rows}</table></div>")
    if cat == "yqdt" and url_for_view:
        sep = "&" if "?" in url_for_view else "?"
        main = (f'<div class="viewsw">显示方式：<a href="{esc(url_for_view + sep)}view=list">列表</a> | '
                f'<a href="{esc(url_for_view + sep)}view=card">卡片</a></div>') + main
    main += pager(cat, pg, total, loop=(cat == "mtjj"))
    crumb = [("首页", "/"), ("新闻中心" if cat != "tzgg" else "信息公开", "/news/yqdt/"), (name, None)]
    doc, _ = page(f"{name}-{C.SITE_NAME}", list_url(cat, pg), main, crumb)
    return doc


def render_tag(tid):
    arts = sorted([a for a in ARTICLES if tid in a["tags"]], key=lambda a: a["dtobj"], reverse=True)
    items = "".join(f'<li><a href="{a["path"]}">{esc(a["title"])}</a><span>{a["dtobj"]:%Y-%m-%d}</span></li>' for a in arts)
    main = f'<div class="tag-list"><h2>标签：{C.TAGS[tid]}</h2><ul>{items}</ul></div>'
    return page(f"{C.TAGS[tid]}-标签-{C.SITE_NAME}", f"/tag/{tid}.shtml", main,
                [("首页", "/"), ("标签", None), (C.TAGS[tid], None)])[0]


TOPIC_IDS = [1001, 1101, 1105, 1201, 1205, 1208, 2004]


def render_topic():
    arts = [BY_ID[i] for i in TOPIC_IDS]
    items = "".join(f'<li><h3><a href="{a["path"]}">{esc(a["title"])}</a></h3><p>{esc(teaser(a))}</p>'
                    f'<span>{a["dtobj"]:%Y-%m-%d}</span></li>' for a in arts)
    main = ('<div class="zt-banner"><h2>高端智造专题</h2><p>聚焦智能制造、“工业上楼”与标准厂房建设，集中展示虹湾区推进先进制造业高质量发展的政策与实践。</p></div>'
            f'<ul class="zt-list">{items}</ul>')
    return page(f"高端智造专题-{C.SITE_NAME}", "/zt/gdzz/", main, [("首页", "/"), ("专题专栏", None)])[0]


# ------------------------------------------------------------------ other pages
def render_home():
    def ul(arts, n):
        return "<ul>" + "".join(f'<li><a href="{a["path"]}" title="{esc(a["title"])}">{esc(a["title"])}</a>'
                                f'<span>{a["dtobj"]:%m-%d}</span></li>' for a in arts[:n]) + "</ul>"
    news = cat_list("yqdt")
    top = news[0]
    main = (f'<div class="banner"><a href="{top["path"]}"><img src="/uploads/banner/b1.jpg" alt="">'
            f'<p>{esc(top["title"])}</p></a></div>'
            f'<div class="idx-box"><h2><a href="/news/yqdt/">园区动态</a><a class="more" href="/news/yqdt/">更多&gt;&gt;</a></h2>{ul(news, 6)}</div>'
            f'<div class="idx-box"><h2><a href="/news/zcjd/">政策解读</a><a class="more" href="/news/zcjd/">更多&gt;&gt;</a></h2>{ul(cat_list("zcjd"), 6)}</div>'
            f'<div class="idx-box"><h2><a href="/news/mtjj/">媒体聚焦</a><a class="more" href="/news/mtjj/">更多&gt;&gt;</a></h2>{ul(cat_list("mtjj"), 5)}</div>'
            '<div class="idx-box"><h2><a href="/tzgg/">通知公告</a></h2><table width="100%">'
            + "".join(f'<tr><td><a href="{a["path"]}">{esc(a["title"])}</a></td><td>{a["d"]}</td></tr>' for a in cat_list("tzgg")[:5])
            + '</table></div><div class="idx-box idx-cf"><h2><a href="/changfang/">厂房租售</a></h2><ul>'
            + "".join(f'<li><a href="/changfang/cf{l["id"]}.shtml">{esc(l["title"])}</a><p>面积：{l["area"]}㎡　'
                      f'{"租金" if l["kind"] == "出租" else "售价"}：{l["price"]}</p></li>' for l in C.LISTINGS)
            + '</ul></div><div class="idx-quick"><a href="/zt/gdzz/">高端智造专题</a>'
            '<a href="/huodong/rili.shtml?ym=2024-06">招商活动日历</a><a href="javascript:void(0)" onclick="openChat()">在线咨询</a>'
            '<a href="/download/">资料下载</a><a href="tel:021-57886600">拨打招商热线</a>'
            '<a href="/map/yuanqu.shtml">园区地图</a></div>'
            '<div class="idx-tags"><b>热门标签：</b>' + "".join(f'<a href="/tag/{t}.shtml">{n}</a> ' for t, n in C.TAGS.items())
            + "</div>")
    return page(C.SITE_NAME + "-虹湾招商", "/", main, None, keywords="虹湾,招商,产业园区,标准厂房")[0]


def render_about():
    main = ('<div class="about"><h2>园区概况</h2>'
            '<p>虹湾区位于上海市西南部，区域面积320平方公里，距虹桥综合交通枢纽约30公里，沪昆高速、G15沈海高速穿境而过。</p>'
            '<p>全区现有虹湾智造产业园、滨江生物医药港、临港东路数字经济园、虹湾新材料产业基地四大重点产业园区，规划工业用地总面积约46平方公里。</p>'
            '<p>区投资促进办公室是区政府负责招商引资和投资促进工作的职能部门，为投资企业提供项目咨询、选址考察、政策兑现和落地帮办等全流程服务。</p>'
            '<h3>重点园区</h3><table border="1" width="100%"><tr><th>园区</th><th>主导产业</th><th>规划面积</th></tr>'
            '<tr><td>虹湾智造产业园</td><td>智能装备、新能源汽车零部件</td><td>12.6平方公里</td></tr>'
            '<tr><td>滨江生物医药港</td><td>创新药、医疗器械</td><td>5.8平方公里</td></tr>'
            '<tr><td>临港东路数字经济园</td><td>工业软件、数据服务</td><td>2.3平方公里</td></tr>'
            '<tr><td>虹湾新材料产业基地</td><td>高性能纤维、电子化学品</td><td>8.2平方公里</td></tr></table></div>')
    return page(f"园区概况-{C.SITE_NAME}", "/about/", main, [("首页", "/"), ("园区概况", None)])[0]


def render_contact():
    main = ('<div class="contact"><h2>联系我们</h2>'
            '<p>地址：上海市虹湾区虹湾大道1000号行政中心B楼6层</p>'
            '<p>招商热线：<a href="tel:021-57886600">021-5788 6600</a>　传真：021-5788 6601</p>'
            '<p>电子邮箱：<a href="mailto:tzcj@hongwan.gov.cn.example">tzcj@hongwan.gov.cn.example</a></p>'
            '<p>办公时间：周一至周五 9:00-17:00</p>'
            '<p>交通：地铁22号线虹湾大道站2号口出，步行约5分钟。</p>'
            '<img src="/uploads/map.png" alt="地图"><p><a href="http://map.baidu.com.example/?q=%E8%99%B9%E6%B9%BE">查看电子地图</a></p></div>')
    return page(f"联系我们-{C.SITE_NAME}", "/contact/", main, [("首页", "/"), ("联系我们", None)])[0]


def render_cf_list():
    items = "".join(
        f'<li class="cf-card"><a href="/changfang/cf{l["id"]}.shtml"><img src="/uploads/cf/{l["id"]}.jpg" alt=""></a>'
        f'<h3><a href="/changfang/cf{l["id"]}.shtml">{esc(l["title"])}</a></h3>'
        f'<p>面积：{l["area"]}㎡　{"租金" if l["kind"] == "出租" else "售价"}：<b>{l["price"]}</b>　类型：{l["kind"]}</p>'
        f'<p>所在园区：{l["park"]}</p></li>' for l in C.LISTINGS)
    main = f'<div class="cf-list"><h2>厂房租售</h2><ul>{items}</ul></div>'
    return page(f"厂房租售-{C.SITE_NAME}", "/changfang/", main, [("首页", "/"), ("厂房租售", None)])[0]


def render_cf(l):
    others = [x for x in C.LISTINGS if x is not l]
    price_lab = "租金" if l["kind"] == "出租" else "售价"
    main = (f'<div class="cf-detail"><h1>{esc(l["title"])}</h1><div class="cf-info">发布时间：2024-05-{l["id"] - 90:02d}　浏览：{l["id"] * 3 + 120}</div>'
            '<table class="cf-attr" width="100%">'
            f'<tr><th>所在园区</th><td>{l["park"]}</td><th>类型</th><td>{l["kind"]}</td></tr>'
            f'<tr><th>面积</th><td>{l["area"]}㎡</td><th>{price_lab}</th><td>{l["price"]}</td></tr>'
            f'<tr><th>楼层/层高</th><td colspan="3">{l["floor"]}</td></tr></table>'
            f'<div class="cf-desc"><p>{l["park"]}优质载体，{l["kind"]}面积{l["area"]}平方米，{l["floor"]}。'
            '水电气配套齐全，可办环评和产证，适合智能制造、研发办公等企业，欢迎来电洽谈。</p>'
            '<p>本房源由虹湾区投资促进办公室核实发布，实际价格以现场洽谈为准。</p></div>'
            '<div class="cf-more"><h4>相关房源</h4><ul>' + "".join(
                f'<li><a href="/changfang/cf{x["id"]}.shtml">{esc(x["title"])}</a></li>' for x in others) + "</ul></div></div>")
    return page(f'{l["title"]}-厂房租售-{C.SITE_NAME}', f'/changfang/cf{l["id"]}.shtml', main,
                [("首页", "/"), ("厂房租售", "/changfang/"), ("房源详情", None)])[0]


def render_download():
    rows = "".join(f'<tr><td><a href="{u}">{esc(n)}</a></td><td>2024-03-01</td><td><a href="{u}">下载</a></td></tr>'
                   for n, u in C.DOWNLOADS + [C.MISSING_DOWNLOAD])
    main = f'<div class="dl"><h2>资料下载</h2><table width="100%"><tr><th>名称</th><th>日期</th><th></th></tr>{rows}</table></div>'
    return page(f"资料下载-{C.SITE_NAME}", "/download/", main, [("首页", "/"), ("资料下载", None)])[0]


# ------------------------------------------------------------------ traps
def render_calendar(ym, day):
    y, m = ym
    first = _dt.date(y, m, 1)
    nxt = (first + _dt.timedelta(days=32)).replace(day=1)
    prv = (first - _dt.timedelta(days=1)).replace(day=1)
    days = (nxt - first).days
    cells = "".join(f'<a href="/huodong/rili.shtml?ym={y}-{m:02d}&amp;d={d:02d}">{d}</a>' for d in range(1, days + 1))
    info = f"<p>{y}年{m}月{day}日 暂无活动安排</p>" if day else f"<p>{y}年{m}月 暂无活动安排</p>"
    main = (f'<div class="rili"><h2>招商活动日历</h2><div class="rili-nav"><a href="/huodong/rili.shtml?ym={prv:%Y-%m}">&lt; 上月</a>'
            f'<b>{y}年{m}月</b><a href="/huodong/rili.shtml?ym={nxt:%Y-%m}">下月 &gt;</a></div>'
            f'<div class="rili-days">{cells}</div>{info}</div>')
    return page(f"招商活动日历-{C.SITE_NAME}", f"/huodong/rili.shtml?ym={y}-{m:02d}", main,
                [("首页", "/"), ("招商活动日历", None)])[0]


def render_search(kw, pg):
    k = hashlib.md5(kw.encode("utf-8")).digest()[0]
    picks = [ARTICLES[(k + pg * 3 + i) % len(ARTICLES)] for i in range(5)]
    q = quote(kw)
    items = "".join(f'<li><a href="{a["path"]}">{esc(a["title"])}</a><p>{esc(teaser(a)[:60])}</p></li>' for a in picks)
    main = (f'<div class="search"><h2>搜索结果：{esc(kw)}</h2><p>共找到约{1200 + k}条结果，第{pg}页</p><ul>{items}</ul>'
            f'<div class="hw-pager"><a href="/search/?kw={q}&amp;page={pg + 1}">下一页</a></div>'
            f'<div class="related">相关搜索：<a href="/search/?kw={quote(kw + " 出租")}">{esc(kw)} 出租</a> '
            f'<a href="/search/?kw={quote(kw + " 政策")}">{esc(kw)} 政策</a></div></div>')
    return page(f"搜索-{C.SITE_NAME}", "/search/", main, [("首页", "/"), ("搜索", None)])[0]


def render_subscribe(sid):
    new = hashlib.sha1(sid.encode()).hexdigest()[:16]
    main = ('<div class="subscribe"><h2>订阅招商资讯</h2><form method="post" action="/subscribe.shtml">'
            f'<input type="hidden" name="sid" value="{esc(sid)}"><input name="email"><img src="/captcha.php?sid={esc(sid)}">'
            f'<a href="/subscribe.shtml?sid={new}">看不清？换一张</a><button>订阅</button></form></div>')
    return page(f"订阅-{C.SITE_NAME}", f"/subscribe.shtml?sid={new}", main, [("首页", "/"), ("订阅", None)])[0]


def render_login():
    main = ('<div class="login"><h2>会员登录</h2><form method="post" action="/member/login.shtml">'
            '<input name="u"><input name="p" type="password"><button>登录</button></form></div>')
    return page(f"会员登录-{C.SITE_NAME}", "/member/login.shtml", main, [("首页", "/"), ("会员登录", None)])[0]


ROBOTS = """User-agent: *
Disallow: /search/
Disallow: /member/
Disallow: /admin/
Disallow: /print.shtml

User-agent: Baiduspider
Disallow: /search/
Disallow: /member/
"""

TRACKING = {"from", "isappinstalled", "scene", "utm_source", "utm_medium", "utm_campaign", "spm"}
FILE_BYTES = {u: (b"%PDF-1.4\n% fake\n" if u.endswith(".pdf") else b"\xd0\xcf\x11\xe0fake-doc\n") + u.encode()
              for _, u in C.DOWNLOADS}


class HongwanEmulator:
    origin = ORIGIN
    hosts = [HOST, BARE]

    def _html(self, doc, status=200):
        return Response(status, {"Date": DATE_HEADER, "Server": "WeiPub/3.2", "Content-Type": "text/html",
                                 "X-Powered-By": "WeiPub CMS"}, doc.encode("gbk"))

    def _404(self):
        doc = ('<!DOCTYPE html><html><head><meta charset=gbk><title>404 页面不存在</title></head><body>'
               '<h1>抱歉，您访问的页面不存在或已被删除！</h1><p><a href="/">返回首页</a></p></body></html>')
        return self._html(doc, 404)

    def handle(self, method, url):
        try:
            return self._handle(method, url)
        except Exception:  # noqa: BLE001 - a broken request is a 404, never a crash
            return self._404()

    def _handle(self, method, url):
        sp = urlsplit(url)
        host = (sp.hostname or "").lower()
        if host not in (HOST, BARE):
            return Response(502, {"Date": DATE_HEADER, "Content-Type": "text/plain"}, b"bad gateway")
        path = unquote(sp.path) or "/"
        qs = parse_qs(sp.query, keep_blank_values=True)
        q1 = {k: v[0] for k, v in qs.items()}
        if path == "/robots.txt":
            return Response(200, {"Date": DATE_HEADER, "Content-Type": "text/plain"}, ROBOTS.encode("ascii"))
        if path in ("/", "/index.shtml") and not sp.query:
            return self._html(render_home())
        if path == "/show.php" and q1.get("id", "").isdigit() and int(q1["id"]) in BY_ID:
            return Response(301, {"Date": DATE_HEADER, "Location": ORIGIN + BY_ID[int(q1["id"])]["path"],
                                  "Content-Type": "text/html"}, b"")
        if path == "/print.shtml" and q1.get("id", "").isdigit() and int(q1["id"]) in BY_ID:
            return self._html(render_print(BY_ID[int(q1["id"])]))
        if path in BY_PATH and set(qs) <= TRACKING:
            return self._html(render_article(BY_PATH[path])[0])
        m = re.fullmatch(r"/(news/(yqdt|zcjd|mtjj)|(tzgg))/(?:index_(\d+)\.shtml)?", path)
        if m:
            cat = m.group(2) or m.group(3)
            pg = int(m.group(4) or 1)
            if pg < 1 or (pg == 1 and m.group(4)):
                return self._404()
            if pg > n_pages(cat) and cat != "mtjj":
                return self._404()
            if sp.query and not (cat == "yqdt" and set(qs) <= {"view"}):
                return self._404()
            view_base = sp.path + ("?" + sp.query if sp.query else "")
            return self._html(render_list(cat, pg, view_base if cat == "yqdt" else None))
        m = re.fullmatch(r"/tag/(\d+)\.shtml", path)
        if m and int(m.group(1)) in C.TAGS and any(int(m.group(1)) in a["tags"] for a in ARTICLES):
            return self._html(render_tag(int(m.group(1))))
        simple = {"/zt/gdzz/": render_topic, "/about/": render_about, "/contact/": render_contact,
                  "/changfang/": render_cf_list, "/download/": render_download, "/member/login.shtml": render_login}
        if path in simple and not sp.query:
            return self._html(simple[path]())
        m = re.fullmatch(r"/changfang/cf(\d+)\.shtml", path)
        if m:
            for l in C.LISTINGS:
                if l["id"] == int(m.group(1)):
                    return self._html(render_cf(l))
        if path in FILE_BYTES:
            ctype = "application/pdf" if path.endswith(".pdf") else "application/msword"
            return Response(200, {"Date": DATE_HEADER, "Content-Type": ctype}, FILE_BYTES[path])
        if path == "/huodong/rili.shtml":
            m = re.fullmatch(r"(\d{4})-(\d{2})", q1.get("ym", ""))
            if m and 1 <= int(m.group(2)) <= 12 and 1900 < int(m.group(1)) < 9999:
                d = q1.get("d")
                return self._html(render_calendar((int(m.group(1)), int(m.group(2))), int(d) if d and d.isdigit() else None))
        if path == "/search/":
            pg = q1.get("page", "1")
            return self._html(render_search(q1.get("kw", ""), int(pg) if pg.isdigit() else 1))
        if path == "/subscribe.shtml":
            return self._html(render_subscribe(q1.get("sid", "0")))
        return self._404()


def emulator():
    return HongwanEmulator()


# ------------------------------------------------------------------ ground truth (from the content data)
def build_truth():
    arts = []
    for a in sorted(ARTICLES, key=lambda a: a["id"]):
        canon = ORIGIN + a["path"]
        aliases = [BARE_ORIGIN + a["path"], f"{ORIGIN}/show.php?id={a['id']}", f"{ORIGIN}/print.shtml?id={a['id']}"]
        if a["kind"] == "wx":
            aliases += [canon + "?from=timeline&isappinstalled=0", BARE_ORIGIN + a["path"] + "?scene=21"]
        _, blocks = render_article(a)
        rec = dict(url=canon, aliases=aliases, title=a["title"], published_at=a["published_at"],
                   author=a.get("author"), source=a.get("source"), category=C.CATEGORIES[a["cat"]],
                   tags=[C.TAGS[t] for t in a["tags"]], views=a.get("views"), body=text_paras(a),
                   boilerplate=blocks)
        if a.get("original_title"):
            rec["original_title"] = a["original_title"]
        arts.append(rec)
    na = [dict(url=ORIGIN + "/", kind="home")]
    for cat in ("yqdt", "zcjd", "mtjj", "tzgg"):
        for p in range(1, n_pages(cat) + 1):
            na.append(dict(url=ORIGIN + list_url(cat, p), kind="list"))
    for t in C.TAGS:
        if any(t in a["tags"] for a in ARTICLES):
            na.append(dict(url=f"{ORIGIN}/tag/{t}.shtml", kind="tag"))
    na += [dict(url=ORIGIN + "/zt/gdzz/", kind="topic"), dict(url=ORIGIN + "/about/", kind="about"),
           dict(url=ORIGIN + "/contact/", kind="contact"), dict(url=ORIGIN + "/changfang/", kind="list"),
           dict(url=ORIGIN + "/download/", kind="download")]
    na += [dict(url=f"{ORIGIN}/changfang/cf{l['id']}.shtml", kind="listing") for l in C.LISTINGS]
    na += [dict(url=ORIGIN + u, kind="file") for _, u in C.DOWNLOADS]
    o = re.escape(ORIGIN)
    traps = [
        dict(url_pattern=f"^{o}/huodong/rili\\.shtml\\?ym=", kind="calendar",
             note="activity calendar: every month links the previous and next month, and every day; no end either way"),
        dict(url_pattern=f"^{o}/subscribe\\.shtml\\?sid=", kind="session-id",
             note="every page's footer links the subscribe page with a sid derived from the page; each subscribe page links a new sid (换一张)"),
        dict(url_pattern=f"^{o}/search/", kind="search",
             note="endless result pages (page=N+1) and growing 相关搜索 keywords; disallowed by robots.txt"),
        dict(url_pattern=f"^{o}/news/mtjj/index_([3-9]|[1-9]\\d+)\\.shtml$", kind="pagination-loop",
             note="媒体聚焦 has 2 pages, but the last page still links 下一页; any index_N beyond answers 200 with page 2 and a next link"),
        dict(url_pattern=f"^{o}/news/yqdt/(index_\\d+\\.shtml)?\\?(.*&)?view=", kind="query-string",
             note="园区动态 list pages link a view switch that appends view=list / view=card to the current URL, query included: ever longer URLs"),
        dict(url_pattern=f"^https?://(www\\.)?hwtcb\\.example\\.cn/.*[?&](from|scene|isappinstalled)=", kind="duplicate",
             note="WeChat-style tracking parameters on article links (分享 / 往期推荐): same article"),
        dict(url_pattern=f"^http://hwtcb\\.example\\.cn/", kind="duplicate",
             note="bare host serves the same pages as www (往期推荐 links use it)"),
        dict(url_pattern=f"^{o}/show\\.php\\?id=", kind="duplicate", note="old CMS address: 301 to the canonical article"),
    ]
    forbidden = []
    for origin in (ORIGIN, BARE_ORIGIN):
        forbidden += [origin + p for p in ("/search/", "/member/", "/admin/", "/print.shtml")]
    return dict(name="assoc_wechat", hosts=[HOST, BARE], start_urls=[ORIGIN + "/"], timezone="+08:00",
                articles=arts, not_articles=na, traps=traps, forbidden=forbidden)


if __name__ == "__main__":
    import sys
    if len(sys.argv) > 1 and sys.argv[1] == "--truth":
        print(json.dumps(build_truth(), ensure_ascii=False, indent=1))
