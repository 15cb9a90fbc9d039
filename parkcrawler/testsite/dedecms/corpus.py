"""The emulated DedeCMS site's database (``dede_arctype``, ``dede_archives``, ``dede_tagindex``), in code.

The articles are the tpure emulator's corpus (``parkcrawler/testsite/data/posts.json``) re-filed as DedeCMS
rows, plus three written here for what that corpus lacks: characters outside GB2312 and outside GBK, a link
to a private address, and a deleted article. Everything is a pure function of those inputs, so the truth
the tests read (``truth()``) never drifts from what the emulator serves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone

from parkcrawler.testsite.corpus import Corpus

CST = timezone(timedelta(hours=8))  # cfg_cli_time = 8: MyDate() prints UTC+8
FIRST_AID = 101

# --- dede_arctype: the tpure categories re-filed under DedeCMS's default /a/<typedir> ------------------


@dataclass(frozen=True)
class DedeType:
    id: int
    name: str
    typedir: str  # "{cmspath}/a/yqdt": the list lives at typedir + "/"
    reid: int  # parent type id, 0 for a top channel
    intro: str


TYPES: dict[int, DedeType] = {
    t.id: t
    for t in (
        DedeType(1, "园区动态", "/a/yqdt", 0, "长三角产业园区建设、招商签约和项目落地动态。"),
        DedeType(2, "招商政策", "/a/zszc", 0, "各地招商引资、产业扶持和人才政策汇编与解读。"),
        DedeType(3, "厂房招商", "/a/cfzs", 0, "厂房出租出售、标准厂房、研发办公和工业用地信息。"),
        DedeType(4, "区域经济", "/a/qyjj", 0, "各区经济运行、工业产值和产业投资数据。"),
        DedeType(5, "物流仓储", "/a/cfzs/wlcc", 3, "物流园区、高标准仓库、冷链仓储项目信息。"),
    )
}
# tpure category id -> DedeCMS typeid
_TYPE_OF = {1: 1, 2: 2, 3: 3, 5: 4, 7: 5}

# The info line's 来源 for a copy whose source boilerplate the body carries; "未知" is what DedeCMS
# writes when the editor leaves the field empty (dede/article_add.php).
_SOURCES = {"eastmoney": "东方财富网", "sohu": "搜狐", "eastday": "东方网", "qianzhan": "前瞻网"}
_WRITERS = {1: "admin", 2: "小编"}


@dataclass
class Article:
    """One ``dede_archives`` row joined with its ``dede_addonarticle`` body. ``click`` changes at run time."""

    aid: int
    typeid: int
    title: str
    pubdate: datetime  # shown on the page (时间) and in lists
    senddate: datetime  # when it was entered: the static file name's {Y}{M}{D}
    writer: str
    source: str
    tags: tuple[str, ...]  # in the order {dede:tag} prints them (tagindex addtime DESC)
    click: int
    body: str  # {dede:field.body/} as stored (HTML)
    flag: str = ""  # h 头条, c 推荐, a 特荐 (arclist flags)
    deleted: bool = False
    mid: int = 1
    expected_body: list[str] = field(default_factory=list)
    expected_removed: list[dict] = field(default_factory=list)

    @property
    def keywords(self) -> str:
        return ",".join(self.tags)

    @property
    def pages(self) -> list[str]:
        """The body split at the editor's page breaks (#p#), each part's "title#e#" lead removed, as
        arc.archives.class.php does; an untitled break keeps the default 分页标题 and shows no title."""
        return [
            re.sub(r"^.*?#e#", "", part, flags=re.S) if i else part
            for i, part in enumerate(self.body.split("#p#"))
        ]


@dataclass
class DedeCorpus:
    types: dict[int, DedeType]
    articles: dict[int, Article]  # by aid
    tag_added: dict[str, datetime]  # dede_tagindex.addtime: when the tag was first used

    def copy(self) -> DedeCorpus:
        """Fresh rows, so that emulators never share mutable state."""
        return replace(self, articles={a: replace(x, tags=tuple(x.tags)) for a, x in self.articles.items()})


# --- building ------------------------------------------------------------------------------------------

# Three articles the tpure corpus has no counterpart for. Paragraphs are the truth; the HTML is built
# from them. 喆 镕 珺 堃 are GBK but not GB2312; 䶮 and 𠮷 are outside GBK, so a GBK form posts them as
# numeric character references, and DedeCMS stores and serves them that way.
_EXTRA = [
    {
        "title": "嘉善姚庄镇与沪上企业集中签约 王喆介绍园区配套",
        "type": 1,
        "when": datetime(2026, 11, 19, 9, 30, tzinfo=CST),
        "writer": "王喆",
        "source": "嘉善县融媒体中心",
        "tags": ("特色产业园区", "招商政策"),
        "click": 37,
        "paragraphs": [
            "11月18日，嘉善县姚庄镇举行长三角产业合作项目集中签约仪式，12个项目落户姚庄经济开发区。",
            "开发区负责人王喆介绍，园区已建成标准厂房32万平方米，配套人才公寓、邻里中心和公交专线。",
            "签约企业中，上海镕珺精密机械有限公司将投资3.2亿元建设精密零部件智能工厂，"
            "浙江堃昇新材料有限公司计划建设新型膜材料生产线。",
            "另有一家由龚䶮创办的工业软件企业、一家经营𠮷野家供应链的食品企业签约入驻。",
        ],
    },
    {
        "title": "平湖经开区发布2026年标准厂房招租目录",
        "type": 3,
        "when": datetime(2026, 11, 17, 16, 5, tzinfo=CST),
        "writer": "admin",
        "source": "平湖经济技术开发区",
        "tags": ("厂房出租", "工业上楼"),
        "click": 58,
        "paragraphs": [
            "平湖经济技术开发区近日发布2026年标准厂房招租目录，涉及厂房17幢、建筑面积约21万平方米。",
            "厂房首层层高8米、承重3吨/平方米，二层及以上可满足智能装备、电子信息企业生产需求。",
            "招租目录及申请材料详见开发区内网通知（点击查看），企业也可到投资服务中心现场咨询。",
        ],
        # An editor pasted a link from the park's intranet: a private address in the body.
        "links": {"点击查看": "http://192.168.10.5/notice/2026-zz.html"},
    },
    {
        "title": "海盐经济开发区一宗工业用地挂牌出让（已撤回）",
        "type": 3,
        "when": datetime(2026, 11, 16, 10, 0, tzinfo=CST),
        "writer": "admin",
        "source": "未知",
        "tags": ("工业用地",),
        "click": 12,
        "paragraphs": ["海盐经济开发区一宗工业用地挂牌出让，出让面积约45亩，起始价1260万元。"],
        "deleted": True,
    },
]

_ZB_UPLOAD = re.compile(r"https?://(?:www\.)?shcfck\.com/zb_users/upload/(\d{4})/(\d{2})/([\w.-]+)")
_LAZY_IMG = re.compile(r'src="[^"]*lazyload\.png" data-original="([^"]+)" class="lazyload"', re.IGNORECASE)
_SHCFCK_POST = re.compile(r"https?://(?:www\.)?shcfck\.com/(?:index\.php/post/(\d+)\.html|\?id=(\d+))")


def build(source: Corpus | None = None) -> DedeCorpus:
    """The DedeCMS site's articles from the tpure corpus (`source`: Corpus.load(), or e.g. a cycled one)."""
    source = source or Corpus.load()
    posts = sorted(source.posts.values(), key=lambda p: (p.datetime, p.id))
    rows: list[dict] = []
    for post in posts:
        families = [r["family"] for r in post.expected_removed]
        stated = next((_SOURCES[f] for f in families if f in _SOURCES), "未知")
        rows.append(
            {
                "post": post,
                "title": post.title,
                "type": _TYPE_OF[post.category_id],
                "when": post.datetime,
                "writer": _WRITERS.get(post.author_id, "admin"),
                "source": stated,
                "tags": tuple(source.tags[t].name for t in post.tag_ids),
                "click": post.views,
                "deleted": post.deleted,
            }
        )
    rows += [dict(extra) for extra in _EXTRA]
    # DedeCMS hands out ids in entry order: older articles have smaller aids.
    rows.sort(key=lambda r: (r["when"], r["title"]))
    aid_of_post = {r["post"].id: FIRST_AID + i for i, r in enumerate(rows) if "post" in r}
    articles: dict[int, Article] = {}
    for i, row in enumerate(rows):
        aid = FIRST_AID + i
        # Seconds are not shown on the article page (MyDate 'Y-m-d H:i') but are in the lists
        # (GetDateTimeMK): give them some, so the two precisions differ.
        pubdate = row["when"].astimezone(CST) + timedelta(seconds=(aid * 7) % 60)
        senddate = pubdate
        if aid % 17 == 0:
            # Back-dated by the editor: the file name carries the entry day, the page the publication day.
            senddate = pubdate + timedelta(days=1, hours=2)
        post = row.get("post")
        if post is not None:
            body = _rebody(post.content, aid_of_post)
            expected_body, expected_removed = list(post.expected_body), list(post.expected_removed)
        else:
            body = _paragraphs_html(row["paragraphs"], row.get("links", {}))
            expected_body, expected_removed = list(row["paragraphs"]), []
        articles[aid] = Article(
            aid=aid,
            typeid=row["type"],
            title=row["title"],
            pubdate=pubdate,
            senddate=senddate,
            writer=row["writer"],
            source=row["source"],
            tags=row["tags"],
            click=row["click"],
            body=body,
            flag=_flag(aid),
            deleted=row.get("deleted", False),
            expected_body=expected_body,
            expected_removed=expected_removed,
        )
    _break_longest(articles)
    tag_added = _tag_added(articles)
    for article in articles.values():
        # {dede:tag getall='0'} lists the article's tags ORDER BY addtime DESC.
        article.tags = tuple(sorted(article.tags, key=lambda t: (tag_added[t], t), reverse=True))
    return DedeCorpus(dict(TYPES), articles, tag_added)


_PARAGRAPH_GAP = "</p>\n<p>"


def _break_longest(articles: dict[int, Article]) -> None:
    """The live article with the most paragraphs gets a page break before its middle real paragraph,
    inserted the way the editor's 分页符 button does: in a paragraph of its own, so that the pages start
    and end with a split <p>."""

    def middle(a: Article) -> int:
        # Where the middle paragraph starts, if it is a plain <p> of its own (not a table row).
        return a.body.find(f"{_PARAGRAPH_GAP}\u3000\u3000{a.expected_body[len(a.expected_body) // 2]}</p>")

    candidates = [
        a for a in articles.values() if not a.deleted and len(a.expected_body) >= 6 and middle(a) > 0
    ]
    longest = max(candidates, key=lambda a: (len(a.expected_body), -a.aid))
    cut = middle(longest)
    longest.body = (
        longest.body[:cut] + "</p>\n<p>#p#分页标题#e#</p>\n<p>" + longest.body[cut + len(_PARAGRAPH_GAP) :]
    )


def _flag(aid: int) -> str:
    # A few 头条 (h) for the home page's big news, 推荐 (c) and 特荐 (a) for the side lists.
    return "h" if aid % 11 == 0 else "c" if aid % 5 == 0 else "a" if aid % 7 == 0 else ""


def _tag_added(articles: dict[int, Article]) -> dict[str, datetime]:
    added: dict[str, datetime] = {}
    for article in sorted(articles.values(), key=lambda a: a.aid):
        for tag in article.tags:
            added.setdefault(tag, article.senddate)
    return added


def _rebody(content: str, aid_of_post: dict[int, int]) -> str:
    """A tpure post body as a DedeCMS editor would have saved it: no lazy loading, images under
    /uploads/allimg/, links to other articles in the CMS's dynamic form."""
    body = _LAZY_IMG.sub(r'src="\1"', content)
    body = _ZB_UPLOAD.sub(lambda m: f"/uploads/allimg/{m[1][2:]}{m[2]}/{m[3]}", body)

    def relink(m: re.Match) -> str:
        aid = aid_of_post.get(int(m[1] or m[2]))
        # A link to a post the corpus lacks stays a dead dynamic link, as copied bodies have.
        return f"/plus/view.php?aid={aid or 99999}"

    return _SHCFCK_POST.sub(relink, body)


def _paragraphs_html(paragraphs: list[str], links: dict[str, str]) -> str:
    parts = []
    for text in paragraphs:
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        # What a GBK form posts for a character GBK lacks: a numeric character reference.
        escaped = escaped.encode("gbk", "xmlcharrefreplace").decode("gbk")
        for label, href in links.items():
            escaped = escaped.replace(label, f'<a href="{href}" target="_blank">{label}</a>')
        parts.append(f"<p>\u3000\u3000{escaped}</p>")
    return "\r\n".join(parts)


def article_path(article: Article, types: dict[int, DedeType]) -> str:
    """GetFileName() with the default rule {typedir}/{Y}{M}{D}/{aid}.html, dated by senddate."""
    return f"{types[article.typeid].typedir}/{article.senddate:%Y%m%d}/{article.aid}.html"


def truth(corpus: DedeCorpus, base: str) -> list[dict]:
    """What an extractor must read from each live article page (views: the click count as built)."""
    out = []
    for article in sorted(corpus.articles.values(), key=lambda a: a.aid):
        kind = corpus.types[article.typeid]
        out.append(
            {
                "aid": article.aid,
                "url": base + article_path(article, corpus.types),
                # Every static page of the article, the first being its URL (name.html, name_2.html, ...).
                "pages": [
                    base
                    + article_path(article, corpus.types).replace(".html", f"_{n}.html" if n > 1 else ".html")
                    for n in range(1, len(article.pages) + 1)
                ],
                "deleted": article.deleted,
                "title": article.title,
                "published_at": article.pubdate.replace(second=0).isoformat(),
                "listed_at": article.pubdate.isoformat(),
                "author": article.writer,
                "source": None if article.source == "未知" else article.source,
                "category": kind.name,
                "category_url": f"{base}{kind.typedir}/",
                "tags": list(article.tags),
                "views": article.click,
                "body": list(article.expected_body),
                "boilerplate_removed": list(article.expected_removed),
            }
        )
    return out
