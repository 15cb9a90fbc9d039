"""Rebuild the emulator's corpus in ``data/``: the 13 reference posts plus generated ones.

Run from the repository root: ``python -m parkcrawler.testsite.build_corpus``. The output is
committed; this script is how it was made and how to change it. It is deterministic (seeded).

- Reference posts are copied from ``tests/fixtures/site-reference``: content HTML, category, tags,
  related list and list excerpt from the pages; views and expected extraction from ``expected/*.json``.
- Generated posts are assembled block by block (see ``Block``): each block carries its HTML and the
  text a perfect cleaner must produce from it (body paragraphs, or removed boilerplate with its
  family), so ``expected_body``/``expected_removed`` cannot drift from the HTML.
- ``SPECS`` lists every generated post with the edge case it carries; their ids are slotted between
  the reference ids in date order, as the CMS's auto-increment ids would be.
"""

from __future__ import annotations

import html
import json
import random
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from parkcrawler.testsite.render import theme_excerpt

HERE = Path(__file__).parent
DATA = HERE / "data"
REFERENCE = HERE.parents[1] / "tests" / "fixtures" / "site-reference"
TEXT = json.loads((HERE / "build_corpus_text.json").read_text(encoding="utf-8"))
SEED = 20261120
CST = timezone(timedelta(hours=8))
INDENT = "\u3000\u3000"
LAZY = "http://www.shcfck.com/zb_users/theme/tpure/style/images/lazyload.png"
UNKNOWN_POST = 8000  # the reference's example of a post id that never existed: keep it free

CATEGORIES = [
    {"id": 1, "name": "园区动态", "parent": None, "intro": "上海各区产业园区建设、招商签约和项目落地动态。"},
    {
        "id": 2,
        "name": "招商政策",
        "parent": None,
        "intro": "上海市及各区招商引资、产业扶持和人才政策汇编与解读。",
    },
    {
        "id": 3,
        "name": "上海厂房招商",
        "parent": None,
        "intro": "上海厂房出租出售、标准厂房、研发办公和工业用地信息。",
    },
    {"id": 5, "name": "区域经济", "parent": None, "intro": "上海各区经济运行、工业产值和产业投资数据。"},
    {"id": 7, "name": "物流仓储", "parent": 3, "intro": "物流园区、高标准仓库、冷链仓储项目信息。"},
]
TAGS = {
    12: "松江产业园",
    13: "嘉定工业区",
    15: "G60科创走廊",
    17: "复工复产",
    22: "区域经济",
    23: "特色产业园区",
    26: "时尚消费品",
    27: "物流园区",
    29: "新能源汽车",
    31: "在线新经济",
    33: "工业上楼",
    35: "厂房出租",
    37: "仓库出租",
    39: "冷链物流",
    41: "集成电路",
    43: "生物医药",
    45: "招商政策",
    47: "人才政策",
    49: "工业用地",
    50: "张江机器人谷",
}
AUTHORS = [{"id": 1, "name": "admin"}, {"id": 2, "name": "小编"}]
KIND_OF_CATEGORY = {1: "news", 2: "policy", 3: "rental", 5: "economy", 7: "warehouse"}
INDUSTRY_OF_TAG = {29: "新能源汽车", 41: "集成电路", 43: "生物医药", 50: "机器人"}
# The reference gives exact times only for the ten feed posts; these three show a date only.
REFERENCE_TIMES = {5870: "09:30", 6215: "10:00", 6790: "15:00"}


# --- reference posts ------------------------------------------------------------------------------

SINGLE_RE = re.compile(
    r'<div class="single viewall">\n {16}(.*?)\n {16}</div>\n {16}<div class="copynotice">', re.S
)
CATE_RE = re.compile(r'<span class="cate"><a href="[^"]*/category-(\d+)\.html">')
TAGS_BLOCK_RE = re.compile(r'<div class="tags">(.*?)</div>', re.S)
TAG_ID_RE = re.compile(r"/tags-(\d+)\.html")
RELATED_RE = re.compile(r'<h3><a href="[^"]*/post/(\d+)\.html"')
INTRO_RE = re.compile(
    r'<h2><a href="[^"]*/post/(\d+)\.html">.*?<div class="intro[^"]*">\n {8}(.*?)\.\.\.\n', re.S
)


def reference_posts() -> list[dict]:
    intros = list_excerpts()
    feed_times = dict(
        re.findall(r"post/(\d+)\.html</link>\n<pubDate>([^<]+)</pubDate>", read_ref("feed.php"))
    )
    posts = []
    for path in sorted((REFERENCE / "expected").glob("*.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        pid = expected["post_id"]
        page = read_ref(f"index.php/post/{pid}.html")
        content = SINGLE_RE.search(page).group(1)
        if str(pid) in feed_times:
            when = datetime.strptime(feed_times[str(pid)], "%a, %d %b %Y %H:%M:%S %z")
        else:
            when = datetime.fromisoformat(f"{expected['published_at']}T{REFERENCE_TIMES[pid]}:00+08:00")
        post = {
            "id": pid,
            "title": expected["title"],
            "datetime": when.isoformat(),
            "category_id": int(CATE_RE.search(page).group(1)),
            "tag_ids": [int(t) for t in TAG_ID_RE.findall(TAGS_BLOCK_RE.search(page).group(1))],
            "author_id": 1,
            "views": expected["views"],
            "reference": True,
            "related": [int(r) for r in RELATED_RE.findall(page)],
            "content": content,
            "expected_body": expected["body"],
            "expected_removed": expected["boilerplate_removed"],
        }
        # The live page's excerpts (post 8214's related block) are not all the theme's 180 characters.
        if intros[pid] + "..." != theme_excerpt(content):
            post["excerpt"] = intros[pid] + "..."
        posts.append(post)
    return posts


def read_ref(name: str) -> str:
    return (REFERENCE / "pages" / name).read_text(encoding="utf-8")


def list_excerpts() -> dict[int, str]:
    found: dict[int, str] = {}
    for name in ("index.html", "index.php/page_2.html"):
        found.update((int(pid), text) for pid, text in INTRO_RE.findall(read_ref(name)))
    return found


# --- generated posts: the plan --------------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    """One generated post. Keys (g1, w3, ...) name posts before their ids are known."""

    key: str
    when: str
    category: int
    tags: tuple[int, ...]
    author: int = 1
    place: str | None = None  # town name; default: drawn from the tags' district
    title: str | None = None  # template overriding the kind's titles
    top: str | None = None  # sohu | sohu_medal | eastday | qianzhan_own | qianzhan_inline
    eastmoney: tuple[bool, int, bool, int] | None = None  # (前往… line, disclaimer, 热点阅读, headlines)
    sohu_bottom: tuple[bool, str] | None = None  # (平台声明, editor name or "")
    contact: str | None = None  # ge (the reference block) | wang (another salesperson)
    images: int = 0
    table: str | None = None  # th | td: the header row's cell element
    headings: bool = False
    strong: bool = False  # <p><strong>heading：</strong><br/>　　text</p>
    br: bool = False  # two paragraphs in one <p> split by <br/>
    link: tuple[str, str | int] | None = None  # (dynamic | alias | offsite, target key or id)
    sticky: bool = False
    deleted: bool = False
    related: tuple[str | int, ...] | None = None


# Dates are chosen against the reference clock 2026-11-20 12:00 to cover every tpure_TimeAgo form.
SPECS = [
    # 上海厂房招商 (3): with 物流仓储 (7) the category reaches three pages.
    Spec(
        "g1",
        "2019-04-16 10:20",
        3,
        (12, 35),
        top="sohu",
        sohu_bottom=(True, "张琳"),
        table="th",
        images=1,
        headings=True,
        contact="ge",
    ),
    Spec("g2", "2019-11-08 14:05", 3, (13, 35), eastmoney=(True, 1, True, 3), contact="ge"),
    Spec("g3", "2021-08-19 09:45", 3, (12, 35, 33), top="qianzhan_own", table="td"),
    Spec(
        "g4",
        "2023-09-12 16:30",
        3,
        (41, 35),
        author=2,
        place="张江镇",
        br=True,
        contact="ge",
        title="张江科学城R&D中心研发办公楼出租 {area}平方米 可注册",
    ),
    Spec("g5", "2024-06-18 11:10", 3, (12, 35), link=("alias", "g3"), strong=True, contact="ge"),
    Spec("g6", "2025-11-23 12:00", 3, (12, 35, 49), headings=True, images=1, contact="ge"),  # 362 days: 1年前
    Spec("g7", "2026-07-14 10:00", 3, (12, 33), top="eastday", images=2),
    Spec("g8", "2026-10-29 15:00", 3, (12, 35), top="sohu", sohu_bottom=(False, ""), strong=True, br=True),
    Spec("g10", "2026-11-03 12:00", 3, (12, 35), table="th", contact="ge"),  # 2周前
    Spec("g9", "2026-11-20 11:35", 3, (12, 35), contact="ge"),  # 25分钟前
    # 物流仓储 (7), sub-category of 3
    Spec("w1", "2019-07-02 09:15", 7, (27, 37), eastmoney=(False, 0, False, 4), contact="ge"),
    Spec("w2", "2020-05-21 13:40", 7, (37, 39), images=1),
    Spec("w3", "2022-03-30 10:50", 7, (27, 37, 13), author=2, top="sohu_medal", sohu_bottom=(False, "王磊")),
    Spec("w4", "2024-01-10 08:55", 7, (12, 37), table="th", contact="ge"),
    Spec("w5", "2025-11-30 12:00", 7, (37, 39), headings=True),  # 355 days: 12个月前 (11-30) of last year
    Spec("w6", "2026-10-23 12:00", 7, (12, 27, 37), images=1, contact="ge"),  # 28 days: 4周前
    Spec("w7", "2026-11-18 14:00", 7, (37,)),  # 2天前
    Spec("w8", "2026-11-19 20:00", 7, (39, 27), top="eastday", contact="ge"),  # 16小时前
    # 园区动态 (1)
    Spec("p1", "2019-09-17 10:00", 1, ()),  # no tags: related posts come from the category
    Spec("p2", "2020-12-03 15:20", 1, (), images=1, contact="ge"),  # no tags
    Spec("p3", "2021-06-22 09:30", 1, (29, 12), link=("dynamic", 8390)),  # body links /?id=8390
    Spec("p4", "2022-09-27 14:10", 1, (50,), place="张江镇"),  # its only tag is unused elsewhere: no related
    Spec(
        "p5",
        "2023-12-05 11:25",
        1,
        (43, 12),
        top="sohu",
        sohu_bottom=(True, ""),
        related=("d1", 8441, "p7", 8214, "p9"),
    ),  # first related post is deleted: 404
    Spec("d1", "2024-03-20 10:00", 1, (12, 23), deleted=True),
    Spec("p6", "2024-05-16 16:45", 1, (13, 29), author=2, link=("offsite", ""), contact="ge"),
    Spec("p7", "2025-06-10 09:05", 1, (12, 43), top="qianzhan_inline", table="td"),
    Spec("p8", "2026-11-10 12:00", 1, (12, 29), images=1, contact="ge"),  # 10 days: 1周前
    Spec("p9", "2026-11-18 00:00", 1, (12, 23), headings=True, contact="ge"),  # 2.5 days: 3天前 (half up)
    # 招商政策 (2)
    Spec("s1", "2025-03-01 09:00", 2, (45, 47), sticky=True),
    Spec("s2", "2019-12-20 10:30", 2, (45,), eastmoney=(True, 0, False, 5)),
    Spec("s3", "2021-11-11 15:00", 2, (45, 47), headings=True),
    Spec("s4", "2023-06-28 10:15", 2, (), strong=True),  # no tags
    Spec("s5", "2024-11-05 14:20", 2, (45, 12), eastmoney=(False, 2, True, 3), contact="ge"),
    Spec("s6", "2026-04-15 09:40", 2, (45, 29), br=True),  # 7个月前
    Spec("s7", "2026-10-05 12:00", 2, (45, 33)),  # 46 days: 2个月前
    Spec("s8", "2026-11-14 09:00", 2, (47,), author=2),  # 6天前
    # 区域经济 (5): exactly ten posts, one full page and no pagebar
    Spec("r1", "2019-05-28 11:00", 5, (22,), top="eastday"),
    Spec("r2", "2020-03-18 10:00", 5, (22, 17)),
    Spec("r3", "2021-10-26 14:30", 5, (22, 12), headings=True),
    Spec("r4", "2022-12-13 09:20", 5, (), author=2),  # no tags
    Spec("r5", "2023-08-08 15:35", 5, (22, 31), top="sohu", sohu_bottom=(True, "李可")),
    Spec("r6", "2025-02-18 10:40", 5, (22, 13), author=2),
    Spec("r7", "2026-01-20 10:00", 5, (22,), eastmoney=(True, 2, True, 4)),  # 10个月前
    Spec("r8", "2026-11-15 12:00", 5, (22, 12), author=2, contact="wang"),  # 5天前; another contact block
]


def spec_time(spec: Spec) -> datetime:
    return datetime.strptime(spec.when, "%Y-%m-%d %H:%M").replace(tzinfo=CST)


def assign_ids(ref_times: dict[int, datetime]) -> dict[str, int]:
    """Give generated posts ids between the reference ids around them, in date order."""
    timeline = sorted([(t, pid) for pid, t in ref_times.items()] + [(spec_time(s), s.key) for s in SPECS])
    ids: dict[str, int] = {}
    pending: list[str] = []
    previous = 5000
    for _, item in timeline + [(None, None)]:
        if isinstance(item, str):
            pending.append(item)
            continue
        step = 1 if item is None else (item - previous) // (len(pending) + 1)
        for n, key in enumerate(pending, start=1):
            ids[key] = previous + step * n
        pending, previous = [], item
    assert len(set(ids.values())) == len(ids) and UNKNOWN_POST not in ids.values()
    return ids


# --- generated posts: the text --------------------------------------------------------------------


@dataclass
class Block:
    html: str
    body: list[str] = field(default_factory=list)
    removed: list[dict] = field(default_factory=list)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def paragraph(text: str, indent: bool = True, inner: str | None = None) -> Block:
    """A real paragraph; ``inner`` is its HTML when it differs from the escaped text (links)."""
    return Block(f"<p>{INDENT if indent else ''}{inner or esc(text)}</p>", body=[text])


def heading(text: str) -> Block:
    return Block(f"<h2>{esc(text)}</h2>", body=[text])


def junk(family: str, text: str) -> Block:
    return Block(f"<p>{INDENT}{esc(text)}</p>", removed=[{"family": family, "text": text}])


def removed(family: str, *texts: str) -> list[dict]:
    return [{"family": family, "text": t} for t in texts]


class PostWriter:
    """Writes one generated post's title, content and expected extraction."""

    def __init__(self, spec: Spec, rng: random.Random, ids: dict[str, int], titles: dict[int, str]):
        self.spec, self.rng, self.ids, self.titles = spec, rng, ids, titles
        self.when = spec_time(spec)
        self.kind = KIND_OF_CATEGORY[spec.category]
        self.ctx = self.context()

    def context(self) -> dict:
        rng, when, spec = self.rng, self.when, self.spec
        place = self.pick_place()
        industry = next((INDUSTRY_OF_TAG[t] for t in spec.tags if t in INDUSTRY_OF_TAG), None)
        industry = industry or rng.choice(TEXT["industries"])
        event = when - timedelta(days=rng.randint(1, 4))

        def dec(lo: float, hi: float, digits: int = 1) -> str:
            return f"{rng.uniform(lo, hi):.{digits}f}"

        return {
            **place,
            "industry": industry,
            "industry2": rng.choice([i for i in TEXT["industries"] if i != industry]),
            "company": f"上海{rng.choice(TEXT['company_names'])}{rng.choice(TEXT['company_kinds'])}有限公司",
            "highway": rng.choice(TEXT["highways"]),
            "year": when.year,
            "nextyear": when.year + 1,
            "endyear": when.year + 3,
            "month": event.month,
            "day": event.day,
            "area": rng.randrange(1200, 30000, 100),
            "minarea": rng.randrange(300, 2000, 100),
            "rent": dec(0.9, 3.2),
            "height": dec(4.5, 12),
            "load": dec(0.8, 5.0),
            "floors": rng.randint(1, 4),
            "power": rng.choice([630, 800, 1250, 1600, 2000, 2500]),
            "km": rng.randint(1, 15),
            "docks": rng.randint(2, 12),
            "cold": rng.randint(2, 8),
            "firms": rng.randint(40, 900),
            "invest": rng.randint(8, 160),
            "projects": rng.randint(6, 40),
            "landmu": rng.randint(15, 180),
            "output": dec(3, 60),
            "tax": dec(0.2, 6),
            "founded": rng.randint(1998, 2019),
            "revenue": dec(1, 40),
            "sqkm": dec(1.2, 8.5),
            "foreign": rng.randint(1, 8),
            "hq": rng.randint(1, 6),
            "tech": rng.randint(3, 18),
            "policy_count": rng.randint(10, 30),
            "subsidy": rng.choice([100, 200, 300, 500, 800, 1000, 2000]),
            "bigarea": rng.randint(20, 120),
            "big": rng.randint(600, 3800),
            "pct": dec(2, 18),
            "pct2": dec(2, 25),
            "pct3": dec(2, 25),
            "fdi": dec(1, 12, 2),
            "roadno": rng.randint(18, 1888),
        }

    def pick_place(self) -> dict:
        every = TEXT["places"] + TEXT["places_jiading"] + TEXT["places_other"]
        if self.spec.place:
            return next(p for p in every + TEXT["places_named_only"] if p["town"] == self.spec.place)
        if 13 in self.spec.tags:
            return self.rng.choice(TEXT["places_jiading"])
        if 12 in self.spec.tags:
            return self.rng.choice(TEXT["places"])
        return self.rng.choice(every)

    def fill(self, template: str) -> str:
        return template.format(**self.ctx)

    def title(self, taken: set[str]) -> str:
        """A title no other post has (the kind's templates in random order, the first unused one)."""
        if self.spec.sticky:
            templates = [TEXT["sticky"]["title"]]
        elif self.spec.title:
            templates = [self.spec.title]
        else:
            templates = self.rng.sample(TEXT["titles"][self.kind], k=len(TEXT["titles"][self.kind]))
        return next(t for t in map(self.fill, templates) if t not in taken)

    def blocks(self, title: str) -> list[Block]:
        spec = self.spec
        real = self.sticky_blocks() if spec.sticky else self.real_blocks()
        top = self.top_blocks(title, real)
        bottom = []
        if spec.eastmoney:
            bottom.append(self.eastmoney_block(*spec.eastmoney))
        if spec.sohu_bottom:
            bottom.append(sohu_bottom_block(*spec.sohu_bottom))
        if spec.contact:
            bottom.append(contact_block(spec.contact))
        return top + real + bottom

    # -- real text

    def real_blocks(self) -> list[Block]:
        spec, rng = self.spec, self.rng
        pool = TEXT["paragraphs"][self.kind]
        # A random subset, kept in the pool's order: the templates are written to be read in that order.
        chosen = sorted(rng.sample(range(len(pool)), k=min(len(pool), rng.randint(4, 6))))
        texts = [self.fill(pool[i]) for i in chosen]
        headings = iter(TEXT["headings"][self.kind])
        blocks = [self.plain(texts.pop(0))]
        for _ in range(spec.images):
            blocks.append(self.image_block())
        if spec.headings:
            blocks.append(heading(next(headings)))
        if spec.br:
            first, second = texts.pop(0), texts.pop(0)
            blocks.append(
                Block(f"<p>{INDENT}{esc(first)}<br/>{INDENT}{esc(second)}</p>", body=[first, second])
            )
        if spec.strong:
            label, text = (self.fill(t) for t in TEXT["strong_lines"][self.kind])
            blocks.append(
                Block(f"<p><strong>{label}</strong><br/>{INDENT}{esc(text)}</p>", body=[label, text])
            )
        if spec.table:
            blocks.append(self.table_block(spec.table))
        if spec.headings:
            blocks.append(heading(next(headings)))
        blocks.extend(self.plain(t) for t in texts)
        if spec.link:
            blocks.append(self.link_block(*spec.link))
        return blocks

    def plain(self, text: str) -> Block:
        # About one paragraph in twelve has no 　　 indent on the site.
        return paragraph(text, indent=self.rng.random() >= 0.08)

    def image_block(self) -> Block:
        w = self.when
        name = f"{w:%Y%m%d}{self.rng.randrange(10**9, 10**10)}.jpg"
        src = f"http://www.shcfck.com/zb_users/upload/{w:%Y/%m}/{name}"
        width, height = self.rng.choice([(640, 427), (550, 366), (800, 533)])
        return Block(
            f'<p style="text-align:center;"><img src="{LAZY}" data-original="{src}" class="lazyload" alt=""'
            f' width="{width}" height="{height}"/></p>'
        )

    def table_block(self, header_cell: str) -> Block:
        header = ["楼号", "建筑面积（㎡）", "层高（m）", "承重（t/㎡）", "租金（元/㎡/天）"]
        rows = [header]
        for n in range(1, self.rng.randint(3, 6) + 1):
            rows.append(
                [
                    f"{n}号楼",
                    str(self.rng.randrange(800, 12000, 100)),
                    f"{self.rng.uniform(4.5, 12):.1f}",
                    f"{self.rng.uniform(0.8, 5):.1f}",
                    f"{self.rng.uniform(0.9, 3.2):.1f}",
                ]
            )

        def tr(cells: list[str], cell: str) -> str:
            return "<tr>" + "".join(f"<{cell}>{c}</{cell}>" for c in cells) + "</tr>"

        lines = [tr(rows[0], header_cell)] + [tr(r, "td") for r in rows[1:]]
        table = (
            '<table border="1" cellspacing="0" cellpadding="6" style="width:100%;"><tbody>\n'
            + "\n".join(lines)
            + "\n</tbody></table>"
        )
        return Block(table, body=[" ".join(r) for r in rows])

    def link_block(self, kind: str, target: str | int) -> Block:
        before, after = TEXT["links"][kind]
        if kind == "offsite":
            article = f"{self.rng.randrange(10**8, 10**9)}_{self.rng.randrange(10**5, 10**6)}"
            href = f"https://www.sohu.com/a/{article}"
            anchor = TEXT["links"]["offsite_text"]
            inner = f'{esc(before)}<a href="{href}" target="_blank">{esc(anchor)}</a>{esc(after)}'
            return paragraph(before + anchor + after, inner=inner)
        pid = self.ids.get(target, target)
        href = {
            "dynamic": f"http://www.shcfck.com/?id={pid}",
            "alias": f"https://shcfck.com/index.php/post/{pid}.html",
        }[kind]
        anchor = self.titles[pid]
        return paragraph(
            before + anchor + after, inner=f'{esc(before)}<a href="{href}">{esc(anchor)}</a>{esc(after)}'
        )

    def sticky_blocks(self) -> list[Block]:
        sticky = TEXT["sticky"]
        blocks = [paragraph(sticky["intro"])]
        for district, text in sticky["sections"]:
            blocks.append(Block(f"<h3>{district}</h3>", body=[district]))
            blocks.append(paragraph(text))
        label, text = (self.fill(t) for t in TEXT["strong_lines"]["policy"])
        blocks.append(Block(f"<p><strong>{label}</strong><br/>{INDENT}{esc(text)}</p>", body=[label, text]))
        blocks.append(paragraph(sticky["outro"], indent=False))
        return blocks

    # -- boilerplate

    def top_blocks(self, title: str, real: list[Block]) -> list[Block]:
        top = self.spec.top
        if top in ("sohu", "sohu_medal"):
            blocks = [junk("sohu", TEXT["sohu"]["medal"])]
            return blocks + ([junk("sohu", f"原标题：{title}")] if top == "sohu" else [])
        if top == "eastday":
            return self.eastday_blocks()
        if top == "qianzhan_own":
            return [junk("qianzhan", TEXT["qianzhan"]["owner"]), junk("qianzhan", TEXT["qianzhan"]["source"])]
        if top == "qianzhan_inline":
            # The data-source sentence is glued to the end of the first real paragraph (as on post 7646).
            first = real[0]
            source = TEXT["qianzhan"]["source"]
            real[0] = Block(
                first.html.replace("</p>", esc(source) + "</p>"), first.body, removed("qianzhan", source)
            )
            return [junk("qianzhan", TEXT["qianzhan"]["owner"])]
        return []

    def eastday_blocks(self) -> list[Block]:
        rng = self.rng
        stamp = datetime(
            rng.randint(2011, 2018),
            rng.randint(1, 12),
            rng.randint(1, 28),
            rng.randint(8, 20),
            rng.randint(0, 59),
        )
        header = f"发布时间：{stamp:%Y年%m月%d日 %H:%M}进入复兴论坛来源：东方网手机看视频"
        issue = rng.randint(200, 700)
        columns = rng.sample(TEXT["eastday_columns"], k=rng.randint(3, 6))
        return [junk("eastday", header)] + [
            junk("eastday", f"第{issue - n}期：{c}") for n, c in enumerate(columns)
        ]

    def eastmoney_block(self, open_line: bool, disclaimer: int, hot: bool, headlines: int) -> Block:
        texts = ["前往东方财富APP阅读全文，体验更佳"] if open_line else []
        texts.append(TEXT["eastmoney_disclaimers"][disclaimer])
        texts += ["热点阅读"] if hot else []
        texts += self.rng.sample(TEXT["eastmoney_headlines"], k=headlines)
        texts.append("打开东方财富APP查看更多内容")
        return Block(
            "\n".join(junk("eastmoney", t).html for t in texts), removed=removed("eastmoney", *texts)
        )


def sohu_bottom_block(statement: bool, editor: str) -> Block:
    back = (
        '<p><a href="https://www.sohu.com/?strategyid=00001" target="_blank" title="点击进入搜狐首页"'
        ' id="backsohucom"><span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a></p>'
    )
    lines, texts = [back], ["返回搜狐，查看更多"]
    if statement:
        lines.append(f"<p>{TEXT['sohu']['statement']}</p>")
        texts.append(TEXT["sohu"]["statement"])
    lines.append(f'<p data-role="editor-name">责任编辑：{f"<span>{editor}</span>" if editor else ""}</p>')
    texts.append(f"责任编辑：{editor}")
    return Block("\n".join(lines), removed=removed("sohu", *texts))


CONTACTS = {
    "ge": {
        "name": "葛毅明",
        "qr": "wx-7.jpg",
        "lead": "产业招商/厂房土地租售：",
        "phone_label": "或微信/手机：",
        "phones": ["13524678515", "13564686846", "13391219793"],
    },
    "wang": {
        "name": "王经理",
        "qr": "wx-9.jpg",
        "lead": "厂房仓库租售/园区招商咨询：",
        "phone_label": "微信/手机：",
        "phones": ["13917726504"],
    },
}


def contact_block(which: str) -> Block:
    """The site's own WeChat/QR contact block (reference markup; ``wang`` varies its wording)."""
    c = CONTACTS[which]
    upload = "http://www.shcfck.com/zb_users/upload/2023/06"
    spans = "".join(f"<span>{p}</span>" for p in c["phones"])
    need = "请说明您的需求、用途、税收、公司、联系人、手机号，以便快速帮您对接资源。"
    scan = f"长按/扫一扫加{c['name']}的微信号"
    markup = "\n".join(
        [
            '<div class="zsbox" style="overflow:hidden;">',
            f'<div class="zsl" style="float:left;width:30%;text-align:center;"><img src="{LAZY}"'
            f' data-original="{upload}/{c["qr"]}" class="lazyload" alt=""/><p>{c["name"]}微信号</p></div>',
            f'<div class="zsr" style="float:left;width:70%;"><p>{c["lead"]}<strong>400 0123 021</strong><br/>'
            f"{c['phone_label']}{spans}&nbsp;<br/>{need}&nbsp;<br/>{scan}</p></div>",
            "</div>",
            f'<p style="text-align:center;"><img src="{LAZY}" data-original="{upload}/gzh-3.jpg"'
            ' class="lazyload" alt=""/><br/>扫一扫关注公众号</p>',
        ]
    )
    card = "\n".join([f"{c['lead']}400 0123 021", c["phone_label"] + "".join(c["phones"]), need, scan])
    return Block(markup, removed=removed("site_contact", f"{c['name']}微信号", card, "扫一扫关注公众号"))


def views_for(rng: random.Random, when: datetime, sticky: bool) -> int:
    """Older posts have been read more; the sticky post most of all."""
    age_days = (datetime(2026, 11, 20, 12, tzinfo=CST) - when).days
    views = int(age_days * rng.uniform(0.15, 0.4)) + rng.randint(2, 40)
    return views * 3 if sticky else views


def generated_posts(rng: random.Random, ids: dict[str, int], titles: dict[int, str]) -> list[dict]:
    writers = [PostWriter(spec, rng, ids, titles) for spec in SPECS]
    for writer in writers:
        titles[ids[writer.spec.key]] = writer.title(set(titles.values()))
    posts = []
    for writer in writers:
        spec, pid = writer.spec, ids[writer.spec.key]
        blocks = writer.blocks(titles[pid])
        post = {
            "id": pid,
            "title": titles[pid],
            "datetime": writer.when.isoformat(),
            "category_id": spec.category,
            "tag_ids": list(spec.tags),
            "author_id": spec.author,
            "views": views_for(rng, writer.when, spec.sticky),
            "content": "\n".join(b.html for b in blocks),
            "expected_body": [t for b in blocks for t in b.body],
            "expected_removed": [r for b in blocks for r in b.removed],
        }
        post.update({flag: True for flag in ("sticky", "deleted") if getattr(spec, flag)})
        if spec.related:
            post["related"] = [ids.get(r, r) for r in spec.related]
        posts.append(post)
    return posts


def main() -> None:
    rng = random.Random(SEED)
    refs = reference_posts()
    ids = assign_ids({p["id"]: datetime.fromisoformat(p["datetime"]) for p in refs})
    titles = {p["id"]: p["title"] for p in refs}
    posts = sorted(refs + generated_posts(rng, ids, titles), key=lambda p: p["datetime"], reverse=True)
    DATA.mkdir(exist_ok=True)
    write("categories", CATEGORIES)
    write("tags", [{"id": tid, "name": name} for tid, name in sorted(TAGS.items())])
    write("authors", AUTHORS)
    write("posts", posts)
    print(f"wrote {len(posts)} posts ({len(refs)} reference) to {DATA}")


def write(name: str, rows: list[dict]) -> None:
    text = json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
    (DATA / f"{name}.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
