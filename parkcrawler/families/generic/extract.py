"""Reading any page of a site nobody configured: is it an article, and if so its fields and body.

Pure functions of a saved page (no engine), like every family's extractor. The content block is chosen
by a readability-style score of its own (text in paragraphs, commas and full stops, little link text,
class and id names), measured against trafilatura, GNE and magic-html in benchmarks/generic_bench.py.
The fields are read from the page's head (meta tags, og:, time[datetime]) and from the *info line*: the
short text between the title and the body where Chinese sites print 发布时间 / 来源 / 作者 / 浏览.

Every field that was guessed rather than read from a labelled place carries a warning, so an analyst can
tell an exact value from a plausible one (Article.warnings, and `extraction = "generic"`).
"""

from __future__ import annotations

import copy
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qsl, urljoin, urlsplit

import lxml.html
from lxml import etree

from parkcrawler.extract.html import ExtractionError, inner_html, squash, utc_iso

# Patterns here are written in simplified characters; re_both reads 來源 as 来源 (extract/script.py).
from parkcrawler.extract.script import re_both as re
from parkcrawler.families.generic.urls import is_page_param
from parkcrawler.items import Article, ListEntry, ListPage, RelatedLink
from parkcrawler.sites.base import Page, Site

# --- the page as a tree ---------------------------------------------------------------------------

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "select",
)
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "td",
    "li",
    "blockquote",
    "pre",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
}
_NEGATIVE = re.compile(
    r"(?:^|[-_ ])(?:nav|navbar|menu|header|head|top|topbar|footer|foot|bottom|side|sidebar|aside|widget|"
    r"comment|comments|reply|related|relate|recommend|rec|hot|rank|share|bdshare|social|copyright|"
    r"banner|ad|ads|adv|advert|gg|link|links|friendlink|breadcrumb|crumb|crumbs|position|location|weizhi|"
    r"pager|pagination|pages|page-nav|prevnext|prev-next|pre_next|prenext|updown|tags|tag|keywords|"
    r"login|search|toolbar|tool|tools|print|qrcode|qr|erweima|meta|info|byline|attr|source|author|"
    r"date|time|title|subtitle|hd|ft|lmenu|leftmenu|rightbar|right|left|list|more|notice)(?:$|[-_ \d])",
    re.I,
)
_POSITIVE = re.compile(
    r"(?:^|[-_ ])(?:content|article|articles|art|text|body|detail|details|main|entry|post|story|zoom|"
    r"con|cont|news|txt|wenzhang|zhengwen|neirong|show|view|single|maintext|post-content|entry-content|"
    r"article-content|article-body|TRS_Editor|Custom_UnionStyle|prose|markdown-body|rich_media_content|"
    # one word made of two (newscontent, artbody, newsdetail): hand-made templates name blocks so
    r"[a-z]{2,8}(?:content|body|text|detail|zhengwen|neirong))"
    r"(?:$|[-_ \d])",
    re.I,
)
_CJK_PUNCT = re.compile(r"[，。；：！？、,.;!?]")
_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*日?"
    # A weekday may stand between the day and the time (2024年05月27日 星期一 15:40).
    r"(?:\s*(?:(?:星期|周|礼拜)[一二三四五六日天]\s*)?(?:T\s*)?(\d{1,2})[:：时](\d{2})(?:[:：分](\d{2}))?)?(?!\d)"
)
_DATE_LABEL = re.compile(r"(?:发布|发表|更新|上传|公布|成文|印发)?(?:时间|日期|于)\s*[:：]?\s*$")
_FIELD_LABELS = {
    "author": r"作\s*者|撰\s*稿|记\s*者|撰\s*文|文",
    "editor": r"责任编辑|责编|编\s*辑|发布人|发布者|录入|供稿",
    "source": r"来\s*源|出\s*处|稿\s*源|转\s*自|信息来源|文章来源|新闻来源|发布单位|发文单位",
    "views": r"浏览(?:次数|量|数)?|阅读(?:次数|量|数)?|点击(?:次数|量|数)?|访问(?:次数|量)?|查看(?:次数)?|"
    r"播放(?:次数|量|数)?|人气|热度",
}
_LABEL_ANY = "|".join(f"(?:{p})" for p in _FIELD_LABELS.values())
# A field's value ends where the next label starts (with its colon: 文 alone is no label inside 周文博).
_STOP = (
    rf"(?=\s*(?:(?:{_LABEL_ANY})\s*[:：]|(?:{_FIELD_LABELS['views']})\s*\d"
    r"|\d[\d,]*\s*次?\s*(?:浏览|阅读|点击)|(?:标签|关键词|关键字|tags?)\s*[:：]"
    r"|(?:发布|更新)?(?:时间|日期)|评论\s*[:：]|字号|字体|打印|分享|关闭|【|\[|\||丨|｜|/\s|[·•]|$))"
)
# Not the minutes of a time (10:00 阅读约 1 分钟): the count stands alone before its label.
_VIEWS_AFTER = re.compile(r"(?<![\d:：.])(\d[\d,]*)\s*(?:次)?\s*(?:浏览|阅读|点击|views?|reads?)", re.I)
# `阅读 1188`, `浏览量 3,402次`: a count label without a colon, the number right after it.
_VIEWS_BEFORE = re.compile(
    r"(?:^|[\s|丨｜/·•【\[(（])(?:浏览|阅读|点击|人气|views?|reads?)(?:次数|量|数)?\s+(\d[\d,]*)(?![\d.:/-])",
    re.I,
)
_LISTING_LABELS = re.compile(
    r"^\s*(?:面积|建筑面积|占地面积|租金|租赁价格|售价|价格|单价|总价|层高|承重|楼层|所在楼层|层数|"
    r"起租面积|可租面积|出租面积|产权|型号|规格|品牌|产地|库存|配电|电力|车位|租期|付款方式|物业费|"
    r"联系人|联系电话|看房电话|区域|所在片区|所在区域|房源编号|房源类型|地址|类型|厂房类型|结构|土地性质)\s*[:：]"
)
# A job post's headings and a tenant company's profile card (人才招聘 and 入驻企业 pages stand among a park's
# news, dated, with a title and prose); three of them, with or without a colon (a table's header cells).
_JOB_LABELS = re.compile(
    r"岗位职责|工作职责|职位描述|任职要求|任职资格|岗位要求|招聘人数|招聘职位|招聘岗位|工作地点|薪资待遇|薪酬待遇|"
    r"学历要求|简历投递|应聘方式"
)
# The site's own recruiting: 招聘：产业频道记者（2名）, 招聘信息, 诚聘英才, over text about applying.
_JOB_TITLE = re.compile(r"^\s*(?:招聘|诚聘|急聘|人才招聘|招贤纳士|加入我们)")
_JOB_WORDS = re.compile(r"简历|应聘|招聘")
_PROFILE_LABELS = re.compile(
    r"(?:企业名称|公司名称|所属行业|入驻时间|成立时间|注册资本|主营业务|主营产品|企业简介|公司简介|租用面积|企业规模)"
    r"\s*[:：]?"
)
# An offer written as a post (an agency's blog: 【出租】昆山开发区单层厂房2400平米 层高10米): its title
# offers a space of a stated size, its text a price or an agent to call. 出租率 (occupancy) is news.
_OFFER_TITLE = re.compile(r"出租(?!率)|出售|招租|转让|急租|急售|租售|求租|可租|可售|起租")
_AREA = re.compile(r"\d+(?:\.\d+)?\s*(?:平方米|平米|㎡|m²|亩)")
_OFFER_TERMS = re.compile(
    r"租金\s*[:：]?\s*(?:面议|\d)|售价|元\s*/\s*(?:平方米|平米|㎡|m²)|1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}|"
    r"400[\s-]?\d{3}[\s-]?\d{4}|微信"
)
# What a building is like (a guide comparing 层高 and 承重 states these too); an ad also states its offer.
_SPEC_ONLY_LABELS = {
    "层高",
    "承重",
    "结构",
    "楼层",
    "所在楼层",
    "层数",
    "配电",
    "电力",
    "车位",
    "产权",
    "土地性质",
    "厂房类型",
}
_CONTACT_LABELS = {"联系人", "联系电话", "看房电话", "地址", "区域", "所在片区", "所在区域", "类型"}
# The head of a government document: its index number, issuer and date, never its text.
_DOC_LABELS = r"索引号|发布机构|发文机关|发文字号|文号|主题分类|成文日期|发文日期|所属机构|公开方式"
_TAG_LINE = re.compile(r"^\s*(?:标签|关键词|关键字|Tags?)\s*[:：]", re.I)
# A short parenthesised line at the end naming where the text came from: （本文来自第一财经）, （e公司官微）.
# 本文转载自微信公众号“虹湾发布”: where the text was copied from, a line of its own at either end.
_WIDGET_HEADING = re.compile(
    r"^\s*(?:相关(?:文章|阅读|新闻|资讯|推荐|链接)|往期(?:推荐|回顾|精选)|推荐阅读|延伸阅读|猜你喜欢|"
    r"最新(?:发布|文章|资讯)|热门(?:文章|阅读|资讯)|热点(?:排行|文章)|精彩推荐)\s*[:：]?"
)
# （兴港产业园招商热线：0523-86881888） after the last <br>: the site's hotline, not the text's.
_HOTLINE = re.compile(r"^\s*[（(][^（）()]{0,20}(?:热线|电话|咨询)[:：]?\s*[\d\s-]{7,}[）)]\s*$")
_DOWNLOAD_LABELS = re.compile(r"文件大小|文件格式|文件类型|下载次数|下载地址|立即下载|点击下载|资料大小")
_DOCUMENT = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|wps|zip|rar|7z)(?:$|[?#])", re.I)
_CONTACT_LINE = re.compile(
    r"(?:电话|热线|传真|邮箱|E-?mail|手机|联系人|QQ|微信号?)\s*[:：]\s*[\w@.\-()（） ]{5,}|\d{3,4}-\d{7,8}",
    re.I,
)
_REPOST_LINE = re.compile(r"^\s*[（(]?本文(?:转载|转自|来自|来源于|摘自|选自|原载)[^。！？]{1,40}?[）)]?\s*$")
_CREDIT_LINE = re.compile(
    r"^\s*[（(][^（）()]{0,30}(?:来源|来自|转自|转载|官微|官网|编辑|责编|供稿|摄|记者|通讯员|作者|综合|整理)"
    r"[^（）()]{0,30}[）)]\s*$"
)
_EDITOR_LINE = re.compile(
    r"^\s*[（(]?\s*(?:责任编辑|编辑|责编|校对|审核|审校|编审)\s*[:：]\s*\S{1,12}\s*[）)]?\s*$"
)
_NOTICE = re.compile(r"免责声明|版权声明|版权所有|转载请|如有侵权")
_NEXT = re.compile(r"^\s*(?:下一页|下页|后页|next|›|»|>|>>)\s*$", re.I)
_PREV_NEXT = re.compile(
    r"^\s*(?:上一篇|下一篇|上一条|下一条|上篇|下篇|前一篇|后一篇|previous|next)\s*[:：]?", re.I
)
# A picture gallery's bar: 1/5 上一张 下一张, 5/5 上一张 下一图集.
_GALLERY_BAR = re.compile(r"^\s*(?:\d+\s*/\s*\d+)?\s*(?:(?:上一|下一)(?:张|幅|图集|组)\s*)+$")
# `作者 王磊` in a meta row of spans, without a colon: a name of two to four characters after the label.
_AUTHOR_BARE = re.compile(
    r"(?:^|[\s|丨｜/·•])(?:作者|记者|文)(?:\s*[/／]\s*|\s+)([\u4e00-\u9fff]{2,4})(?=$|[\s|丨｜/·•])"
)
_RELATIVE_DATE = re.compile(r"\d+\s*(?:秒|分钟|小时|天|周)前|刚刚|昨天|前天")
# An office, a paper or a company is a source, not an author (作者：统计科, a meta author naming the 管委会).
_ORGANISATION = re.compile(
    r"(?:局|委|办|科|处|部|厅|院|中心|公司|集团|政府|管委会|委员会|日报|晚报|报社|报|新闻网|网|社|协会|商会|"
    r"联合会|研究所)$"
)
_NO_AUTHOR = ("佚名", "匿名", "未知", "不详", "admin", "administrator", "管理员", "本站", "本站编辑", "网络")
_HOME_WORDS = ("首页", "主页", "网站首页", "home", "返回首页")
# The trail's last step naming the page itself, not its column.
_CRUMB_PAGE_WORDS = ("正文", "详情", "内容", "文章详情", "新闻详情", "阅读全文", "详细内容")
_CRUMB_LEAD = re.compile(r"(?:当前位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置|位置)\s*[:：]")
_TITLE_SEPARATORS = re.compile(r"\s*(?:[|｜_—–]|\s-\s|--|::|·|»)\s*")


def parse_page(html: str) -> Any:
    """The page as an lxml tree, without scripts, styles and comments (they are never text)."""
    try:
        root = lxml.html.document_fromstring(html or "<html></html>")
    except (etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"not an HTML page: {exc}") from exc
    for bad in root.xpath("//comment() | //processing-instruction()"):
        _drop(bad)
    for tag in _DROP_TAGS:
        for element in root.iter(tag):
            if element.getparent() is not None:
                _drop(element)
    return root


def _drop(element: Any) -> None:
    """Remove an element but keep the text that follows it (lxml's tail)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    previous = element.getprevious()
    if tail:
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def text_of(element: Any) -> str:
    return squash(element.text_content()) if element is not None else ""


def _names(element: Any) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}".strip()


def _link_chars(element: Any) -> int:
    return sum(len(squash(a.text_content())) for a in element.iter("a"))


# --- the content block ----------------------------------------------------------------------------


def _paragraph_score(text: str) -> float:
    n = len(text)
    if n < 12:
        return 0.0
    return 1.0 + len(_CJK_PUNCT.findall(text)) + min(n / 60, 4.0)


def _paragraphs(root: Any) -> list[tuple[Any, str]]:
    """The page's paragraph-like pieces: <p>s and other leaf blocks, and text lying loose in a block
    (a <br>-separated body), each with the element that holds it."""
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag
        if tag in ("p", "pre", "blockquote", "h2", "h3", "h4", "h5", "h6"):
            found.append((element, text_of(element)))
        elif tag in _BLOCK_TAGS or tag in ("font", "span", "center"):
            if any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in element):
                # Only its own loose text counts here; its block children count for themselves.
                loose = squash(" ".join([element.text or ""] + [c.tail or "" for c in element]))
                if loose:
                    found.append((element, loose))
            elif tag in _BLOCK_TAGS and not any(a is not element for a in element.iterancestors("p")):
                found.append((element, text_of(element)))
    return found


def content_block(root: Any) -> Any | None:
    """The element holding the article's text: paragraphs vote for their parent (and less for their
    grandparent), weighted by class/id names, discounted by the share of link text."""
    scores: dict[Any, float] = {}
    contact: dict[Any, float] = {}  # the share of an element's votes cast by contact lines
    prose: set[Any] = set()  # elements holding a sentence that is no contact line
    for element, text in _paragraphs(root):
        score = _paragraph_score(text)
        if not score:
            continue
        if _CONTACT_LINE.search(text) and len(text) <= 80:
            for holder in (element, element.getparent()):
                if holder is not None:
                    contact[holder] = contact.get(holder, 0.0) + score
        elif _PROSE.search(text):
            for holder in (element, element.getparent()):
                if holder is not None:
                    prose.add(holder)
        # A block holding loose <br>-separated text is the body itself; a leaf block holding one paragraph
        # (WeChat's nested <section>s) is a paragraph, and votes for what holds it.
        own = element.tag in ("td", "div", "section", "article") and (
            element.find("br") is not None or len(text) > 300
        )
        parent = element if own else element.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0.0) + score
        grand = parent.getparent()
        if grand is not None and grand.tag not in ("html", "body"):
            scores[grand] = scores.get(grand, 0.0) + score / 2
    best, best_score = None, 0.0
    totals: dict[Any, float] = {}
    for element, score in scores.items():
        names = _names(element)
        ancestors = list(element.iterancestors())
        if _FURNITURE.search(names) or any(_FURNITURE.search(_names(a)) for a in ancestors):
            continue  # a footer's, sidebar's or menu's prose is never the page's text
        weight = 1.0
        if names:
            if _POSITIVE.search(names):
                weight += 0.5
            if _NEGATIVE.search(names):
                weight -= 0.6
        if element.tag in ("article", "main"):
            weight += 0.3
        if any(_NEGATIVE.search(_names(a)) and a.tag in ("nav", "footer", "aside") for a in ancestors):
            weight -= 0.5
        if element.tag in ("nav", "footer", "aside", "header"):
            weight -= 0.7
        if element not in prose and contact.get(element, 0.0) >= 0.5 * score:
            weight -= 0.8  # a contact block (电话 / 传真 / 邮箱 lines) is never the text
        chars = len(text_of(element)) or 1
        density = _link_chars(element) / chars
        total = score * weight * (1 - density) ** 2
        totals[element] = total
        if total > best_score:
            best, best_score = element, total
    # A short text's own container, named for it (prose, content), loses to the column around it when the
    # column's summary, disclaimer and comments add their votes: the named block inside wins if close.
    named = [
        e
        for e, t in totals.items()
        if best is not None
        and e is not best
        and t >= 0.5 * best_score
        and _POSITIVE.search(_names(e))
        and not _NEGATIVE.search(_names(e))
        and _is_inside(e, best)
    ]
    if named and not (_POSITIVE.search(_names(best)) and not _NEGATIVE.search(_names(best))):
        best = max(named, key=totals.__getitem__)
    return best


# --- the fields -----------------------------------------------------------------------------------


def _meta(root: Any, *names: str) -> str | None:
    for name in names:
        for element in root.xpath(
            "//meta[translate(@name,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz')=$n or "
            "translate(@property,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz')=$n or "
            "translate(@itemprop,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz')=$n]",
            n=name.lower(),
        ):
            value = squash(element.get("content"))
            if value:
                return value
    return None


def _norm(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text or "").split()).lower()


def _site_name(root: Any) -> str | None:
    """The site's own name: og:site_name, else the last part of a <title> cut by a separator
    (标题_栏目_江淮省产业园区协会)."""
    if name := _meta(root, "og:site_name", "application-name"):
        return name
    parts = [p for p in _TITLE_SEPARATORS.split(squash(root.findtext(".//title") or "")) if p]
    return parts[-1] if len(parts) >= 2 else None


def find_title(root: Any, block: Any | None) -> tuple[str, Any | None, list[str]]:
    """(title, its element, warnings): the heading before the body that the <title> or og:title names."""
    warnings: list[str] = []
    head_title = squash(root.findtext(".//title") or "")
    og = _meta(root, "og:title", "twitter:title", "articletitle", "title")
    reference = _norm(og or head_title)
    candidates = []
    order = {e: i for i, e in enumerate(root.iter())}
    block_at = order.get(block, len(order)) if block is not None else len(order)
    for element in root.iter("h1", "h2", "h3", "h4", "strong", "b", "font", "div", "p", "span", "td"):
        text = text_of(element)
        if not 4 <= len(text) <= 120:
            continue
        is_heading = element.tag in ("h1", "h2", "h3", "h4")
        named = "title" in _names(element).lower() or element.get("itemprop") == "headline"
        # Old table layouts set the title in bold or a big font, unnamed: it counts when the page's
        # <title> names it.
        bold = element.tag in ("b", "strong", "font") and bool(reference) and _norm(text) in reference
        if not (is_heading or named or bold):
            continue
        if element.tag in ("div", "td", "span", "p") and any(
            c.tag in ("div", "p", "table", "ul") for c in element.iter() if c is not element
        ):
            continue
        key = _norm(text)
        score = {"h1": 4.0, "h2": 2.5, "h3": 1.5}.get(element.tag, 1.0) + (1.5 if named else 0.0)
        if reference and key and key in reference:
            score += 4.0 + 2.0 * len(key) / max(len(reference), 1)
        position = order.get(element, 0)
        if position <= block_at:
            score += 2.0
        if block is not None and _is_inside(element, block):
            score += 1.0
        if (
            any(a.tag in ("nav", "footer", "aside", "a") for a in element.iterancestors())
            or element.find(".//a") is not None
            and _link_chars(element) >= len(text) * 0.8
        ):
            score -= 5.0
        candidates.append((score, -position, text, element))
    if candidates:
        score, _, text, element = max(candidates)
        if score >= 5.0:
            return text, element, warnings
    if og:
        warnings.append("title from og:title/meta, no heading names it")
        return og, None, warnings
    if head_title:
        parts = [p for p in _TITLE_SEPARATORS.split(head_title) if p]
        warnings.append("title guessed from <title> minus the site name")
        return (max(parts, key=len) if parts else head_title), None, warnings
    if candidates:
        warnings.append("title guessed from the most prominent heading")
        return max(candidates)[2], max(candidates)[3], warnings
    return "", None, warnings


def _is_inside(element: Any, container: Any) -> bool:
    return any(a is container for a in element.iterancestors())


# The Republic of China's era (民國113年 = 2024), on Taiwanese-invested zones' pages.
_ROC_YEAR = re.compile(r"民国\s*(\d{2,3})\s*年")


def _dated(text: str) -> str:
    """NFKC, and ROC years as western ones: what the date patterns read."""
    text = unicodedata.normalize("NFKC", text or "")
    return _ROC_YEAR.sub(lambda m: f"{int(m[1]) + 1911}年", text) if "民" in text else text


def parse_date(text: str, tz: timezone) -> tuple[str, str] | None:
    """(ISO value, precision) of the first full date in a text: 2024-03-05, 2024/3/5 10:20, 2024年3月5日,
    民國113年3月5日."""
    m = _DATE.search(_dated(text))
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    try:
        if m[4] is not None:
            moment = datetime(year, month, day, int(m[4]), int(m[5]), int(m[6] or 0), tzinfo=tz)
            return moment.isoformat(), "datetime"
        return datetime(year, month, day).date().isoformat(), "day"
    except ValueError:
        return None


def _iso_meta_date(value: str, tz: timezone) -> tuple[str, str] | None:
    """A meta tag's date: ISO 8601 with its own offset, or a plain local date/time in the site's zone."""
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return parse_date(text, tz)
    if len(text) <= 10:
        return moment.date().isoformat(), "day"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(tz).isoformat(), "datetime"


@dataclass
class InfoLine:
    """What the short lines between the title and the body say (发布时间 / 来源 / 作者 / 浏览)."""

    text: str = ""
    elements: list[Any] = field(default_factory=list)


def info_line(root: Any, title_el: Any | None, block: Any | None) -> InfoLine:
    """The short text blocks after the title and before the body's first real paragraph (and, for pages
    whose info sits at the end, the short blocks right after the body's text)."""
    info = InfoLine()
    if title_el is None and block is None:
        return info
    start = title_el if title_el is not None else block
    texts = []
    seen = 0
    for element in start.itersiblings():
        if block is not None and (element is block or _is_inside(block, element)):
            # The block itself, or an ancestor of it: the info may sit at its head.
            for child in (block if element is block else element).iter():
                if child is block:
                    continue
                text = text_of(child)
                if _is_info(text) and not any(c in info.elements for c in child.iterancestors()):
                    texts.append(text)
                    info.elements.append(child)
                if len(text) > 200 or (_PROSE.search(text) and child.tag in ("p", "div", "td", "section")):
                    break  # the text has begun: a 来源： line after it (数据来源：…) is text
            break
        text = text_of(element)
        seen += 1
        # An unlabelled line right under the title (a subtitle, a 字号 bar) is info too, but never prose:
        # a short article's whole text can stand there, under 300 characters.
        if text and len(text) <= 300 and (_is_info(text) or (seen <= 2 and _is_bar(text))):
            texts.append(text)
            info.elements.append(element)
        if seen > 4:
            break
    if title_el is not None and not texts:
        # The title inside a header block (or a layout table's row: <tr><td><font><b>title): the info line
        # is the next sibling of the nearest ancestor that has one, up to the row.
        ancestor = title_el.getparent()
        for _ in range(4):
            if ancestor is None or ancestor.tag in ("body", "html") or ancestor is block:
                break
            following = [e for e in ancestor.itersiblings() if text_of(e)][:2]
            if following:
                for element in following:
                    text = text_of(element)
                    if len(text) <= 300 and _is_info(text):
                        texts.append(text)
                        info.elements.append(element)
                        break
                break
            ancestor = ancestor.getparent()
        for element in title_el.itersiblings():
            text = text_of(element)
            if text and len(text) <= 300 and _is_info(text) and element not in info.elements:
                texts.append(text)
                info.elements.append(element)
    # Fields in sibling spans (`<span>来源：本站</span><span>作者：陈思远</span>`) are apart on screen: keep a
    # space between elements, or 本站作者 runs into one value.
    info.text = "  ".join(squash(" ".join(e.itertext())) for e in info.elements)
    return info


def _is_bar(text: str) -> bool:
    """A short line with no sentence in it."""
    return len(text) <= 60 and not re.search(r"[。！？；]", text)


_PROSE = re.compile(r"[^。！？!?\s]{15,}[。！？!?]")


def _is_info(text: str) -> bool:
    if not text or len(text) > 300 or _PROSE.search(text):
        return False  # a label inside a sentence (（责任编辑：…） after a short text) makes no info line
    labelled = re.search(rf"(?:{_LABEL_ANY}|时间|日期|{_DOC_LABELS})\s*[:：]", text)
    # `3天前 · 作者 林嘉怡 · 阅读 986`: a relative date, or a bare label, in a short meta row.
    relative = len(text) <= 80 and (_RELATIVE_DATE.search(text) or _VIEWS_BEFORE.search(text))
    # A date in a clause of a sentence (因…需要，自2024年3月5日起…：) is the text's, not a date line's.
    dated = _DATE.search(_dated(text)) and len(text) <= 80 and "，" not in text
    return bool(labelled or relative or dated)


def _labelled(text: str, kind: str) -> str | None:
    m = re.search(rf"(?:^|[\s|丨｜/【\[(（])(?:{_FIELD_LABELS[kind]})\s*[:：]\s*(.+?){_STOP}", text)
    if not m:
        return None
    value = m[1].strip(" \u3000|丨｜/】]）)")
    return value or None


def find_date(
    root: Any, info: InfoLine, block: Any | None, tz: timezone
) -> tuple[str | None, str | None, str | None, list[str]]:
    """(published_at, precision, the text shown, warnings): meta tags, the info line, time[datetime]."""
    for name in (
        "article:published_time",
        "publishdate",
        "pubdate",
        "publish_date",
        "publication_date",
        "datepublished",
        "dc.date.issued",
        "dc.date",
        "date",
        "firstpublishedtime",
    ):
        value = _meta(root, name)
        if value and (found := _iso_meta_date(value, tz)):
            # The info line usually shows the same moment; it gives the display text.
            shown = _DATE.search(_dated(info.text))
            better = parse_date(info.text, tz) if shown else None
            if better and better[0][:10] == found[0][:10] and better[1] == "datetime" and found[1] == "day":
                found = better
            return found[0], found[1], shown[0] if shown else value, []
    labelled = re.search(
        r"(?:发布|发表|更新|上传|公布|成文|印发|录入)?(?:时间|日期|于)\s*[:：]?\s*"
        r"((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)",
        unicodedata.normalize("NFKC", info.text),
    )
    if labelled and (found := parse_date(labelled[1], tz)):
        return found[0], found[1], labelled[1], []
    if info.text and (found := parse_date(info.text, tz)):
        return found[0], found[1], _DATE.search(_dated(info.text))[0], []
    scope = block if block is not None else root
    for element in [*scope.iter("time"), *root.iter("time")]:
        value = element.get("datetime") or text_of(element)
        if value and (found := _iso_meta_date(value, tz)):
            return found[0], found[1], text_of(element) or value, []
    # Last resort: the first date written anywhere in the page before the body's end (a library
    # guesses no better on these pages: docs/generic.md).
    if block is not None:
        head = text_of(block)[:300]
        if found := parse_date(head, tz):
            return found[0], found[1], None, ["published_at guessed: the first date in the body"]
    return None, None, None, ["published_at missing: no date in meta tags, info line or time[datetime]"]


def find_views(info: InfoLine) -> int | None:
    value = _labelled(info.text, "views")
    digits = re.match(r"\d[\d,]*", value or "")
    if digits:
        return int(digits[0].replace(",", ""))
    if m := _VIEWS_AFTER.search(info.text) or _VIEWS_BEFORE.search(info.text):
        return int(m[1].replace(",", ""))
    return None


def find_breadcrumb(root: Any, title: str) -> tuple[str | None, str | None]:
    """(category, its URL): the last link of the breadcrumb that is not the home page or the article."""
    title_key = _norm(title)
    for links in _trails(root):
        names = [(text_of(a), a.get("href")) for a in links]
        names = [
            (n, h)
            for n, h in names
            if n
            and n.lower() not in _HOME_WORDS
            and n not in _CRUMB_PAGE_WORDS
            and _norm(n) != title_key
            and not n.endswith("首页")
        ]
        if names:
            return names[-1]
    return None, None


def _trails(root: Any) -> list[list[Any]]:
    """The links of each breadcrumb-like trail on the page, best first."""
    trails = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in ("html", "body"):
            continue
        # ARIA and schema.org name a trail where utility-class themes (Tailwind) name nothing.
        names = f"{_names(element)} {element.get('aria-label') or ''} {element.get('itemtype') or ''}".lower()
        own = squash(element.text or "")
        if re.search(
            r"crumb|position|location|weizhi|curpos|path|daohang|dangqian|面包屑|当前位置", names
        ) or _CRUMB_LEAD.search(own):
            links = element.findall(".//a")
            if 1 <= len(links) <= 8 and len(text_of(element)) <= 200:
                trails.append(links)
    for element in root.iter():
        if isinstance(element.tag, str) and _CRUMB_LEAD.search(squash(element.text or "") + " "):
            links = (
                element.findall(".//a")
                or [a for s in element.itersiblings() for a in ([s] if s.tag == "a" else s.findall(".//a"))][
                    :8
                ]
            )
            if links:
                trails.append(links)
    if not trails:
        # Unnamed: links joined only by separators (首页 › 门户 › 产业观察 › 查看内容).
        for element in root.iter("div", "p", "nav", "span", "td"):
            links = element.findall(".//a")
            short = 2 <= len(links) <= 8 and len(text_of(element)) <= 120
            if short and _joined_by_separators(element, links):
                trails.append(links)
                break
    return trails


_CRUMB_SEPARATORS = re.compile(r"^\s*[›»>＞/→]\s*$")


def _joined_by_separators(element: Any, links: list[Any]) -> bool:
    """Between the links of the element, nothing but separators (the text after the last one is the page)."""
    first = links[0]
    home = (first.get("href") or "").strip() in ("/", "./", "", "index.html", "index.php") or (
        text_of(first).lower() in _HOME_WORDS or (first.get("title") or "") in _HOME_WORDS
    )
    if not home:
        return False  # a trail starts at the home page
    text = text_of(element)
    link_texts = [text_of(a) for a in links]
    at = 0
    for i, name in enumerate(link_texts):
        found = text.find(name, at)
        if found < 0 or (i and not _CRUMB_SEPARATORS.match(text[at:found])) or (not i and found > 10):
            return False
        at = found + len(name)
    rest = text[at:]
    return bool(rest.strip()) is False or bool(re.match(r"^\s*[›»>＞/→]", rest))


def _trail_end(trails: list[list[Any]]) -> str:
    """The best trail's last step as shown: its last link, or the text after it (the page itself)."""
    if not trails or not trails[0]:
        return ""
    last = trails[0][-1]
    after = squash(last.tail or "")
    after = re.sub(r"^[\s›»>＞/→|\-–—·]+", "", after)
    return after or text_of(last)


def find_tags(root: Any, block: Any | None) -> list[str]:
    tags: list[str] = []
    for a in root.xpath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' tag ')]"):
        if (t := text_of(a)) and t not in tags:
            tags.append(t)
    if tags:
        return tags
    for element in root.iter():
        if not isinstance(element.tag, str) or element is block:
            continue
        names = _names(element).lower()
        if re.search(
            r"(?:^|[-_ ])(?:tags?|post-tags|article-tags|tag-list|taglist|keywords?|biaoqian)(?:$|[-_ ])",
            names,
        ):
            links = element.findall(".//a")
            found = [text_of(a).lstrip("#") for a in links if 0 < len(text_of(a)) <= 20]
            if found:
                return list(dict.fromkeys(t for t in found if t))
    for element in root.iter("div", "p", "span", "li", "td"):
        own = text_of(element)
        # A 标签： line, in the body or beside it.
        if len(own) <= 120 and (
            m := re.match(r"^\s*(?:标签|关键词|关键字|Tags?)\s*[:：]\s*(.+)$", own, re.I)
        ):
            links = [text_of(a) for a in element.findall(".//a") if text_of(a)]
            parts = links or [p for p in re.split(r"[,，、;；\s]+", m[1]) if p]
            return list(dict.fromkeys(parts))
    return []


# --- what kind of page ----------------------------------------------------------------------------


@dataclass
class PageView:
    """A page as the generic reader sees it: its kind and what decided it."""

    # "article" | "list" | "listing" (a product or factory-space ad) | "page" (about, contact, ...) |
    # "continuation" (page 2, 3, ... of a split article: archived with its first page)
    kind: str
    reason: str
    title: str = ""
    block: Any = None
    root: Any = None
    # The address the page names as its own (rel=canonical, og:url) when that is another page of the site.
    canonical: str | None = None
    # Folders of the site's mirror in the other Chinese script, as its 簡體版 / 繁體版 links show them.
    mirrors: set[str] = field(default_factory=set)


def page_view(url: str, html: str, site: Site) -> PageView:
    root = parse_page(html)
    return view_of(root, url, site)


def view_of(root: Any, url: str, site: Site) -> PageView:
    view = _view_of(root, url, site)
    view.mirrors = script_mirrors(root, url, site)
    return view


_SCRIPT_SWITCH = re.compile(r"^\W*(?:简体|繁体)(?:中文)?版?\W*$")


def script_mirrors(root: Any, url: str, site: Site) -> set[str]:
    """The folders a page's script switch leads to (簡體版 -> /gb/...): the site again, in the other script.
    A switch back to the site's root names no folder."""
    here = urlsplit(url).path
    mirrors = set()
    for a in root.iter("a"):
        if not _SCRIPT_SWITCH.match(text_of(a)):
            continue
        target = site.resolve(a.get("href") or "", base=url)
        if isinstance(target, Page):
            path = urlsplit(target.url).path
            folder = "/" + path.split("/")[1] + "/" if path.count("/") >= 2 else ""
            if folder and not here.startswith(folder):
                mirrors.add(folder)
    return mirrors


def _view_of(root: Any, url: str, site: Site) -> PageView:
    block = content_block(root)
    title, title_el, _ = find_title(root, block)
    body_text = text_of(block) if block is not None else ""
    links = _link_chars(block) if block is not None else 0
    plain = max(len(body_text) - links, 0)
    paragraphs = [t for e, t in _paragraphs(block)] if block is not None else []
    long_paragraphs = sum(1 for t in paragraphs if len(t) >= 40 and _CJK_PUNCT.search(t))
    info = info_line(root, title_el, block)
    has_date = (
        bool(_DATE.search(_dated(info.text)))
        or any(_meta(root, n) for n in ("article:published_time", "publishdate", "pubdate", "datepublished"))
        # `<time datetime=…>3天前</time>` in the meta row: the date is in the attribute.
        or any(t.get("datetime") for e in info.elements for t in e.iter("time"))
    )
    og_article = (_meta(root, "og:type") or "").lower() == "article"
    view = PageView("page", "", title, block, root)
    page = site.resolve(url)
    if isinstance(page, Page) and page.kind == "home":
        view.kind, view.reason = "list", "the site's home page"
        return view
    labels = _spec_labels(root)
    # Contact and place labels alone (联系人, 联系电话, 地址) end notices and footers too: an ad also
    # states what is offered (面积, 租金, 层高, ...).
    if _OFFER_TITLE.search(title) and _AREA.search(title) and _OFFER_TERMS.search(body_text):
        view.kind, view.reason = "listing", "an offer of a space of a stated size, with its price or an agent"
        return view
    offer = labels - _CONTACT_LABELS - _SPEC_ONLY_LABELS
    if len(labels) >= 3 and offer and not (long_paragraphs >= 3 and plain > 600):
        view.kind, view.reason = "listing", f"an ad's spec labels ({', '.join(sorted(labels)[:4])})"
        return view
    if block is not None and (
        len({m[0] for m in _JOB_LABELS.finditer(body_text)}) >= 3
        or (_JOB_TITLE.match(title) and _JOB_WORDS.search(body_text))
    ):
        view.kind, view.reason = "page", "a job post (岗位职责, 任职要求, ...)"
        return view
    if block is not None and len({m[0].rstrip(":： ") for m in _PROFILE_LABELS.finditer(body_text)}) >= 3:
        view.kind, view.reason = "page", "a company's profile (企业名称, 所属行业, ...)"
        return view
    article_links = _article_links(root, url, site)
    trails = _trails(root)
    ends = {_norm(text_of(trails[0][-1])), _norm(_trail_end(trails))} if trails and trails[0] else set()
    if title and len(title) <= 10 and _norm(title) in ends:
        # The page is named, shortly, as the last step of its own trail (首页 > 新闻中心 > 招商动态, titled
        # 招商动态): a column's page; an article's trail ends at its column, or at 正文, or its title is long.
        view.kind, view.reason = "list", f"its title is its column's name ({title})"
        return view
    # A picture news item or a short notice: a few words, but in a block named for the text, under a date.
    names = _names(block) if block is not None else ""
    named = bool(_POSITIVE.search(names)) and not _NEGATIVE.search(names)
    # Or sentences without a link (a short 解读 of two lines in an unnamed TRS block), under a date.
    sentences = sum(1 for t in paragraphs if t.rstrip().endswith(("。", "！", "？")))
    short_text = has_date and (
        (named and plain >= 30 and links < plain / 2) or (sentences >= 2 and plain >= 50 and not links)
    )
    if block is None or (plain < 60 and not short_text) or (links > plain and long_paragraphs < 2):
        view.kind, view.reason = "list", f"{len(article_links)} links, {plain} characters of text"
        return view
    if item := _repeated_item(block, url, site):
        view.kind, view.reason = "list", f"the text is one of {item} alike entries linking to other pages"
        return view
    teasers = _teasers(block, url, site)
    scope = block.getparent() if block.getparent() is not None else block
    scope = scope.getparent() if scope.getparent() is not None and scope.getparent().tag != "body" else scope
    canonical = _canonical(root, url, site)
    own = page.url if isinstance(page, Page) else url
    view.canonical = canonical if canonical != own else None
    for heading in scope.iter("h1", "h2", "h3"):
        for a in heading.iter("a"):
            target = site.resolve(a.get("href") or "", base=url)
            if (
                isinstance(target, Page)
                and target.kind in ("article", "page")
                and target.url not in (url, canonical)
            ):
                # The text's own heading links elsewhere: an archive page showing a post in full.
                view.kind, view.reason = "list", f"its heading links to another page ({target.url})"
                return view
    if teasers >= 3:
        # Titles linking to other pages, each with its date or excerpt: a list of teasers, not a text.
        view.kind, view.reason = "list", f"{teasers} teaser links in the content block"
        return view
    if (
        plain < 300
        and _DOWNLOAD_LABELS.search(body_text)
        and any(
            _DOCUMENT.search(a.get("href") or "") or "download" in (a.get("href") or "").lower()
            for a in block.iter("a")
        )
    ):
        view.kind, view.reason = "page", "a download page: a file and a few words about it"
        return view
    if (has_date or og_article) and (long_paragraphs >= 1 or plain >= 100 or short_text):
        if first := _first_page_of(root, url, site):
            view.kind, view.reason = "continuation", f"a later page of the split article {first}"
            return view
        view.kind, view.reason = "article", "a title, a date line and a body of prose"
        return view
    if len(article_links) >= 8 and long_paragraphs < 3:
        view.kind, view.reason = "list", f"{len(article_links)} article links, no date line"
        return view
    if len(article_links) >= 5:
        view.kind, view.reason = "list", f"{len(article_links)} article links, no date line"
        return view
    view.kind, view.reason = "page", "prose without a date line (about, contact, ...)"
    return view


def _spec_labels(root: Any) -> set[str]:
    """The spec labels a product or factory-space ad shows: `面积：1600㎡` lines, or a table cell (th, td,
    dt) holding the label alone beside its value."""
    labels = set()
    for element in _outside_furniture(root):
        if element.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            continue  # a guide's heading (层高：看净高而不是层高) is no spec line
        text = text_of(element)
        if len(text) > 60:
            continue
        if m := _LISTING_LABELS.match(text[:30]):
            labels.add(m[0].strip(" :：\u3000"))
        elif element.tag in (
            "th",
            "td",
            "dt",
            "label",
            "b",
            "strong",
            "span",
            "em",
        ) and _LISTING_LABELS.match(text.rstrip(":：") + "："):
            labels.add(text.rstrip(":："))
    return labels


_FURNITURE = re.compile(
    # Not left/right: those name a layout's columns, the main one too.
    r"(?:^|[-_ ])(?:nav|navbar|menu|header|topbar|footer|foot|side|sidebar|sidebox|aside|widget|"
    r"friendlink|copyright|rightbar|lmenu|leftmenu)(?:$|[-_ \d])",
    re.I,
)


def _outside_furniture(root: Any) -> Iterator[Any]:
    """The page's elements, less what sidebars, headers and footers hold (a sidebar's 厂房推荐 widget
    with 面积 and 租金 lines stands beside articles as well as ads)."""
    stack = [root]
    while stack:
        element = stack.pop()
        if not isinstance(element.tag, str) or _FURNITURE.search(_names(element)):
            continue
        yield element
        stack.extend(reversed(element))


def _repeated_item(block: Any, url: str, site: Site) -> int:
    """How many entries of a list the content block is one of (0 if none): a list's last page with one or
    two teasers reads like a short article, but its block (or the item holding it) has siblings of the
    same tag and class, each leading with a link to another page of the site. A block made of three or
    more such entries is a list of teasers (each with its date and summary)."""
    items = [c for c in block if c.tag in ("li", "dd", "dl", "div", "article", "section", "tr")]
    if len(items) >= 3 and sum(_leading_link(c, url, site) for c in items) >= 0.8 * len(items):
        return len(items)
    element = block
    for _ in range(3):
        parent = element.getparent()
        if parent is None or element.tag in ("body", "html"):
            return 0
        alike = [
            e
            for e in parent
            if e.tag == element.tag and (e.get("class") or "") == (element.get("class") or "")
        ]
        if (
            element.tag in ("li", "dd", "dt", "dl", "tr", "article", "div", "section")
            and all(_leading_link(e, url, site) for e in alike)
            and (len(alike) >= 2 or parent.tag in ("ul", "ol", "dl") or _teaser_alone(element))
        ):
            return len(alike)
        element = parent
    return 0


def _teaser_alone(element: Any) -> bool:
    """A list's only entry (a tag with one post): a short HTML5 `<article>` card, or a short entry ending
    in its excerpt's ellipsis (…); either way it opened with a link to another page."""
    text = text_of(element)
    excerpt = any(text_of(d).endswith(("…", "...")) for d in element.iter("p", "dd", "div", "span"))
    return len(text) < 400 and (element.tag == "article" or excerpt or text.endswith(("…", "...")))


def _leading_link(element: Any, url: str, site: Site) -> bool:
    """The element opens (first 40 characters) with a title-long link to another page of the site."""
    for a, before in _links_with_offsets(element):
        if before > 40:
            return False
        text = text_of(a)
        if len(text) >= 8:
            target = site.resolve(a.get("href") or "", base=url)
            return isinstance(target, Page) and target.url != url
    return False


def _links_with_offsets(element: Any) -> Iterator[tuple[Any, int]]:
    """Each link inside the element with the number of characters of text before it (a heading's text
    counts: an article opening with its title does not open with a link)."""
    count = 0

    def walk(node: Any) -> Iterator[tuple[Any, int]]:
        nonlocal count
        if node.tag == "a":
            yield node, count
            count += len(text_of(node))
            return
        count += len((node.text or "").strip())
        for child in node:
            if isinstance(child.tag, str):
                yield from walk(child)
            count += len((child.tail or "").strip())

    yield from walk(element)


def _teasers(block: Any, url: str, site: Site) -> int:
    """Links in the content block that look like list entries: a heading link, or a title-long link
    in a list item or paragraph of its own, pointing at another page of the site."""
    seen = set()
    total = len(text_of(block)) or 1
    before = 0  # text met before this link, in document order
    for node in block.iter():
        if not isinstance(node.tag, str):
            continue
        before += len(squash(node.text or "")) + len(squash(node.tail or ""))
        if node.tag != "a":
            continue
        a = node
        text = text_of(a)
        href = a.get("href")
        if not href or len(text) < 8:
            continue
        if not seen and before > total * 0.3:
            return 0  # links after the text (related posts, prev/next) are not what makes a list
        if any(_NEGATIVE.search(_names(p)) for p in a.iterancestors() if p is not block and _names(p)):
            continue
        parent = a.getparent()
        in_heading = any(p.tag in ("h2", "h3", "h4", "h5", "dt") for p in a.iterancestors())
        alone = (
            parent is not None
            and parent.tag in ("li", "p", "div", "dd", "td")
            and len(text_of(parent)) <= len(text) + 40
        )
        if not (in_heading or alone):
            continue
        target = site.resolve(href, base=url)
        if isinstance(target, Page) and target.kind in ("article", "page") and target.url != url:
            seen.add(target.url)
    return len(seen)


def _article_links(root: Any, base: str, site: Site) -> list[tuple[str, str]]:
    """(canonical URL, anchor text) of links that could be articles: same site, a title-long text."""
    found = {}
    for a in root.iter("a"):
        href = a.get("href")
        text = text_of(a) or squash(a.get("title") or "")
        if not href or len(text) < 6:
            continue
        if any(
            _NEGATIVE.search(_names(p)) and p.tag in ("nav", "header", "footer") for p in a.iterancestors()
        ):
            continue
        target = site.resolve(href, base=base)
        if isinstance(target, Page) and target.kind in ("article", "page"):
            found.setdefault(target.url, text)
    return list(found.items())


# --- extraction -----------------------------------------------------------------------------------


def extract_list(url: str, html: str, *, site: Site, server_time: datetime | None = None) -> ListPage:
    root = parse_page(html)
    clock = server_time or datetime.now(UTC)
    entries = [
        ListEntry(url=u, title=t, date_display=None, published_at=None, published_precision=None, views=None)
        for u, t in _article_links(root, url, site)
        if _shape(u) != _shape(url)  # the list's neighbours (next month, page 3) are not its entries
    ]
    next_url = None
    for a in root.iter("a"):
        if a.get("href") and (_NEXT.match(text_of(a)) or (a.get("rel") or "").lower() == "next"):
            target = site.resolve(a.get("href"), base=url)
            if isinstance(target, Page):
                next_url = target.url
                break
    return ListPage(url=url, site=site.name, observed_at=utc_iso(clock), entries=entries, next_url=next_url)


# --- split articles --------------------------------------------------------------------------------

_STEM_PAGE = re.compile(r"^(?P<stem>.+?)[_-](?P<n>\d{1,3})(?P<ext>\.[a-z]{2,5})?$", re.I)


def page_number(candidate: str, first: str) -> int | None:
    """N when `candidate` is page N (>= 2) of the article whose first page is `first`: the file name with
    `_N` / `-N` before its extension (1074.html -> 1074_2.html, DedeCMS and PHPCMS), or the same address
    with a page parameter added (?page=N, &p=N)."""
    a, b = urlsplit(candidate), urlsplit(first)
    if (a.netloc.lower().removeprefix("www."), a.scheme) != (b.netloc.lower().removeprefix("www."), b.scheme):
        return None
    if a.query == b.query:
        head, _, name = a.path.rpartition("/")
        first_head, _, first_name = b.path.rpartition("/")
        m = _STEM_PAGE.match(name)
        if head != first_head or not m or int(m["n"]) < 2:
            return None
        stem, dot, ext = first_name.rpartition(".")
        same = (m["stem"], m["ext"] or "") == ((stem, "." + ext) if dot else (first_name, ""))
        return int(m["n"]) if same else None
    # Case-folded: IIS answers /article/showarticle.asp?articleid=N as /Article/ShowArticle.asp?ArticleID=N,
    # and a site links both.
    if a.path.lower() != b.path.lower():
        return None
    folded = {(k.lower(), v) for k, v in parse_qsl(b.query, True)}
    extra = [(k, v) for k, v in parse_qsl(a.query, keep_blank_values=True) if (k.lower(), v) not in folded]
    if len(extra) == 1 and is_page_param(extra[0][0]) and extra[0][1].isdigit():
        n = int(extra[0][1])
        return n if n >= 2 else None
    return None


def article_pages(url: str, html: str, site: Site) -> list[str]:
    """Every page of a split article (`1 2 3 下一页` under the text), first page included, in order, as
    the site's canonical URLs; [] for an article on one page."""
    root = parse_page(html)
    first = site.resolve(url)
    first_url = first.url if isinstance(first, Page) else url
    pages: dict[int, str] = {}
    for a in root.iter("a"):
        href = a.get("href")
        if not href:
            continue
        target = site.resolve(href, base=url)
        if isinstance(target, Page) and (n := page_number(target.url, first_url)) and n <= 100:
            pages.setdefault(n, target.url)
    if not pages:
        pages = _pager_of_other_address(root, url, site)
    return [first_url, *(pages[n] for n in sorted(pages))] if pages else []


def _pager_of_other_address(root: Any, url: str, site: Site) -> dict[int, str]:
    """The later pages a pager under the text links when this page is another address of the article's
    first page (EmpireCMS's ShowInfo.php?id=N showing the pager of N.html: [1] [2] 下一页 -> N_2.html):
    every numbered link of one stem, none of them this page."""
    pages: dict[int, str] = {}
    stems = set()
    for a in root.iter("a"):
        if not _PAGER_TEXT.match(text_of(a)):
            continue
        target = site.resolve(a.get("href") or "", base=url)
        if not isinstance(target, Page):
            continue
        head, _, name = urlsplit(target.url).path.rpartition("/")
        m = _STEM_PAGE.match(name)
        if m and 2 <= int(m["n"]) <= 100 and not urlsplit(target.url).query:
            stems.add((head, m["stem"], m["ext"]))
            pages.setdefault(int(m["n"]), target.url)
    return pages if len(stems) == 1 else {}


_PAGER_TEXT = re.compile(r"^\[?\s*(?:\d{1,3}|下一页|尾页|末页|最后一页)\s*\]?$")


def _first_page_of(root: Any, url: str, site: Site) -> str | None:
    """The first page's URL when this page is page N >= 2 of a split article that links back to it."""
    here = site.resolve(url)
    here_url = here.url if isinstance(here, Page) else url
    for a in root.iter("a"):
        target = site.resolve(a.get("href") or "", base=url)
        if isinstance(target, Page) and target.url != here_url and page_number(here_url, target.url):
            return target.url
    return None


def extract_article_pages(
    pages: list[tuple[str, str]],
    *,
    site: Site,
    server_time: datetime | None = None,
    fetched_at: datetime | None = None,
) -> Article:
    """One Article from every page of a split article, in order: the first page's fields, the bodies
    joined (each later page's content block read the same way, without its title and info line)."""
    (url, html), *rest = pages
    article = extract_article(url, html, site=site, server_time=server_time, fetched_at=fetched_at)
    for page_url, page_html in rest:
        root = parse_page(page_html)
        block = content_block(root)
        if block is None:
            article.warnings.append(f"page {page_url} of the article: no text found")
            continue
        _, title_el, _ = find_title(root, block)
        info = info_line(root, title_el, block)
        article.raw_body_html += "\n" + _body_html(block, title_el, info, page_url)
    return article


def _data_table(element: Any) -> bool:
    """A table of figures in the text (rows of cells, no links): its class says nothing (gg- is 公告 as
    often as 广告)."""
    rows = element.findall(".//tr") if element.tag == "table" else []
    return len(rows) >= 2 and element.find(".//a") is None and all(len(r.findall("td")) >= 2 for r in rows)


def _text_list(element: Any) -> bool:
    """A list of text items (conditions, steps) with no link: Tailwind's list-disc says nothing of it."""
    return element.tag in ("ul", "ol") and len(element.findall("li")) >= 2 and element.find(".//a") is None


def _never_body(element: Any) -> bool:
    names = _names(element)
    text = text_of(element)
    if (
        names
        and _NEGATIVE.search(names)
        and not _POSITIVE.search(names)
        and len(text) < 400
        and not _data_table(element)
        and not _text_list(element)
    ):
        return True  # a widget named for what it is: share, pager, related, tags, ...
    # (a player's fallback text, 您的浏览器不支持HTML5视频播放, is the page's furniture too)
    if element.tag in ("form", "button", "input", "nav", "aside", "footer", "h1", "video", "audio", "object"):
        return True
    links = (
        element.tag in ("ul", "ol", "div", "table", "dl", "section")
        and text
        and len(element.findall(".//a")) >= 3
    )
    if links and _link_chars(element) >= 0.7 * len(text):
        return True  # a list of links
    if (m := _WIDGET_HEADING.match(text)) and element.find(".//a") is not None:
        rest = len(text) - len(m[0])
        if rest and _link_chars(element) >= 0.5 * rest:
            return True  # 相关文章 / 往期推荐 / 最新发布 and the links under it
    if len(text) < 150 and _CRUMB_LEAD.match(text) and element.find(".//a") is not None:
        return True  # 您现在的位置：首页 > 园区动态 > 正文, in whatever holds it
    if element.tag in ("p", "div", "li", "span", "section") and len(text) < 150:
        return bool(_PREV_NEXT.match(text) or _TAG_LINE.match(text) or _GALLERY_BAR.match(text))
    return False


def _body_html(block: Any, title_el: Any | None, info: InfoLine, base: str) -> str:
    """The content block's HTML without what is never body: the title, the info line, link lists,
    share/pager/related widgets, prev/next lines; lazy images resolved and links made absolute."""
    body = copy.deepcopy(block)
    originals = {id(o): c for o, c in zip(block.iter(), body.iter(), strict=False)}
    doomed = []
    for original in [title_el, *info.elements]:
        if original is not None and id(original) in originals:
            doomed.append(originals[id(original)])
    for element in body.iter():
        if not isinstance(element.tag, str) or element is body:
            continue
        if _never_body(element):
            doomed.append(element)
    for element in doomed:
        _drop(element)
    _trim_edges(body)
    for img in body.iter("img"):
        for attr in ("data-original", "data-src", "data-lazy-src", "data-url", "original", "file"):
            if real := (img.get(attr) or "").strip():
                img.set("src", real)
                break
        if src := img.get("src"):
            img.set("src", urljoin(base, src.strip()))
    for a in body.iter("a"):
        if href := a.get("href"):
            a.set("href", urljoin(base, href.strip()))
    return inner_html(body)


def _trim_edges(body: Any) -> None:
    """Info lines the body starts with (索引号 / 发布机构 / 发布时间 lines), and the source credit line it
    ends with: metadata, not text."""
    blocks = [e for e in body.iter("p", "div", "table", "section", "h2", "h3", "h4", "li") if text_of(e)]
    leaves = [e for e in blocks if not any(c in blocks for c in e.iterdescendants())]
    for element in leaves[:2]:
        text = text_of(element)
        if _REPOST_LINE.match(text) or (
            _is_info(text) and len(text) <= 150 and not text.endswith(("。", "！", "？"))
        ):
            _drop(element)
        else:
            break
    for element in reversed(leaves[-3:]):
        text = text_of(element)
        if _CREDIT_LINE.match(text) or _EDITOR_LINE.match(text) or _REPOST_LINE.match(text):
            _drop(element)
            continue
        breaks = element.findall("br")
        last = breaks[-1] if breaks else None
        tail = (last.tail or "") if last is not None else ""
        if last is not None and last.getnext() is None and (_CREDIT_LINE.match(tail) or _HOTLINE.match(tail)):
            last.tail = None  # the credit is the paragraph's last line, after a <br>
            element.remove(last)
            break
        if not _NOTICE.search(text):
            break  # a disclaimer below may stand between the text and its credit: look past it only


def _related(root: Any, block: Any | None, url: str, site: Site) -> list[RelatedLink]:
    for element in root.iter():
        if not isinstance(element.tag, str) or element is block:
            continue
        names = _names(element).lower()
        heading = squash(element.text or "")
        if re.search(r"relat|xiangguan|recommend|tuijian|xgwz", names) or re.match(
            r"^(?:相关(?:文章|阅读|新闻|资讯|推荐)|推荐阅读|延伸阅读|猜你喜欢)", heading
        ):
            links = []
            for a in element.iter("a"):
                target = site.resolve(a.get("href") or "", base=url)
                text = text_of(a) or squash(a.get("title") or "")
                if isinstance(target, Page) and target.url != url and len(text) >= 4:
                    links.append(RelatedLink(url=target.url, title=text))
            if links:
                return links
    return []


def extract_article(
    url: str,
    html: str,
    *,
    site: Site,
    server_time: datetime | None = None,
    fetched_at: datetime | None = None,
) -> Article:
    root = parse_page(html)
    view = view_of(root, url, site)
    if view.kind != "article":
        raise ExtractionError(f"not an article page: {view.kind} ({view.reason})")
    return _article(root, view, url, site, server_time=server_time, fetched_at=fetched_at)


def _article(
    root: Any,
    view: PageView,
    url: str,
    site: Site,
    *,
    server_time: datetime | None,
    fetched_at: datetime | None,
) -> Article:
    tz = site.tz
    block = view.block
    title, title_el, warnings = find_title(root, block)
    info = info_line(root, title_el, block)
    published, precision, shown, date_warnings = find_date(root, info, block, tz)
    warnings += date_warnings
    author = _labelled(info.text, "author") or ((m := _AUTHOR_BARE.search(info.text)) and m[1])
    # A meta author often names the site's owner or an office: only a person's name counts there (a 作者：
    # line naming an office is kept as the page states it).
    meta_author = None if author else _meta(root, "author", "article:author")
    if meta_author and not _ORGANISATION.search(meta_author):
        author = meta_author if _norm(meta_author) != _norm(_site_name(root) or "") else None
    if author and (len(author) > 30 or re.search(r"https?://", author) or author.lower() in _NO_AUTHOR):
        author = None  # a URL, a sentence, or the CMS's placeholder for "nobody named"
    source = _labelled(info.text, "source")
    if source and (
        source in ("本站", "本网", "原创", "本站原创", "网络", "互联网")
        or source == site.title
        or _norm(source) == _norm(_site_name(root) or "")
    ):
        source = None  # the site itself is no publisher
    views = find_views(info)
    category, category_href = find_breadcrumb(root, title)
    if category is None and (section := _meta(root, "article:section")):
        category = section
        warnings.append("category from article:section (no breadcrumb)")
    elif category is None:
        warnings.append("category missing: no breadcrumb")
    fetched = fetched_at or datetime.now(UTC)
    clock = server_time or fetched
    canonical = _canonical(root, url, site)
    category_url = None
    if category_href:
        target = site.resolve(category_href, base=url)
        category_url = target.url
    return Article(
        url=canonical,
        site=site.name,
        post_id=None,
        title=title,
        published_at=published,
        published_precision=precision,
        date_display=shown,
        views=views,
        views_observed_at=utc_iso(clock) if views is not None else None,
        author=author,
        category=category,
        category_url=category_url,
        tags=find_tags(root, block),
        raw_body_html=_body_html(block, title_el, info, url),
        related=_related(root, block, canonical, site),
        fetched_at=utc_iso(fetched),
        warnings=warnings,
        source=source,
    )


def _canonical(root: Any, url: str, site: Site) -> str:
    """link rel=canonical, then og:url, when it is a page of this site; else the fetched URL's canonical
    form."""
    candidates = [
        e.get("href") for e in root.xpath("//link[contains(concat(' ', @rel, ' '), ' canonical ')]")
    ]
    candidates.append(_meta(root, "og:url"))
    for href in candidates:
        if href:
            target = site.resolve(href, base=url)
            if isinstance(target, Page) and target.kind not in ("home", "feed", "sitemap"):
                return target.url
    target = site.resolve(url)
    return target.url if isinstance(target, Page) else url


def _shape(url: str) -> str:
    return re.sub(r"\d+", "#", url)


def server_tz(site: Site) -> timezone:
    return timezone(timedelta(hours=site.utc_offset_hours))
