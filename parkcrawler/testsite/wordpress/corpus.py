"""The emulated WordPress site's database, derived in code from the tpure emulator's corpus.

The same park articles (``parkcrawler/testsite/data/posts.json``) are re-published as WordPress posts:
slugs made as ``sanitize_title_with_dashes`` makes them (Chinese percent-encoded, lowercase hex, at most
200 encoded characters, ``-2`` for a taken slug), terms with WordPress's slugs, the tpure site's own
contact block swapped for this site's (a ``the_content`` plugin appends it), images moved under
``/wp-content/uploads/``. Nothing is stored: ``WpCorpus.build()`` derives everything, deterministically,
so the package needs no data files of its own.

``ground_truth()`` is what a reader of each article sees: the data the tests hold extraction to.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from urllib.parse import quote, unquote

from parkcrawler.testsite.corpus import Corpus, Post

HOST = "www.parkwp.example.cn"
BASE = f"http://{HOST}/"
HOSTS = {HOST, "parkwp.example.cn"}
SITE_NAME = "松江智造产业园招商网"
TAGLINE = "上海松江厂房出租_产业园区招商_研发办公"
CST = timezone(timedelta(hours=8), "Asia/Shanghai")

# The tpure categories as WordPress terms: pinyin slugs, as Chinese park sites usually set them.
CATEGORY_SLUGS = {
    1: "yuanqu-dongtai",
    2: "zhaoshang-zhengce",
    3: "changfang",
    5: "quyu-jingji",
    7: "wuliu-cangchu",
}
# Logins become user_nicename, the author archive's slug; the display name is what pages print.
USERS = {1: ("admin", "admin"), 2: ("xiaobian", "小编")}
HOTLINE = "400-820-6688"


@dataclass(frozen=True)
class Term:
    id: int
    name: str
    slug: str  # as WordPress stores it: percent-encoded, lowercase hex
    taxonomy: str  # "category" | "post_tag"
    parent: int = 0
    description: str = ""


@dataclass(frozen=True)
class User:
    id: int
    login: str
    nicename: str
    name: str  # display_name


@dataclass(frozen=True)
class Comment:
    id: int
    author: str
    date: datetime
    text: str
    parent: int = 0


@dataclass
class WpPost:
    id: int
    title: str
    slug: str
    date: datetime  # post_date, site time (aware, +08:00)
    modified: datetime
    author_id: int
    category_ids: tuple[int, ...]
    tag_ids: tuple[int, ...]
    content: str  # what the_content prints (plugins' additions included)
    sticky: bool = False
    deleted: bool = False  # trashed: 404 everywhere
    comments: tuple[Comment, ...] = ()
    expected_body: list[str] = field(default_factory=list)
    related: tuple[int, ...] = ()  # the theme's 相关文章, fixed per post (ids; may name a trashed post)


@dataclass
class WpCorpus:
    categories: dict[int, Term]
    tags: dict[int, Term]
    users: dict[int, User]
    posts: dict[int, WpPost]

    @classmethod
    def build(cls, source: Corpus | None = None) -> WpCorpus:
        """The WordPress site's posts from the tpure corpus (`source`: Corpus.load(), or a cycled one)."""
        return _build(source or Corpus.load())

    def terms(self) -> dict[int, Term]:
        return {**self.categories, **self.tags}


# --- WordPress's slugs ---------------------------------------------------------------------------------


def sanitize_title(title: str, limit: int = 200) -> str:
    """``sanitize_title_with_dashes($title, '', 'save')`` for the characters park titles use.

    Percent signs that are not an octet go first (``11.3%`` ends in ``11-3``); non-ASCII characters are
    ``utf8_uri_encode``d with lowercase hex, a character is left out when its octets would pass
    ``limit`` encoded characters; curly quotes and the ellipsis are dropped; ``/`` and ``.`` become
    ``-``; other ASCII punctuation goes; whitespace runs become one ``-``.
    """
    text = re.sub(r"<[^>]*>", "", html.unescape(title)).replace("%", "").lower()
    out, length = [], 0
    for ch in text:
        piece = ch if ch.isascii() else "".join(f"%{b:02x}" for b in ch.encode("utf-8"))
        if len(piece) + length > limit:
            break
        out.append(piece)
        length += len(piece)
    slug = "".join(out)
    for dropped in _DROPPED_OCTETS:
        slug = slug.replace(dropped, "")
    for spacing in ("%e3%80%80", "%c2%a0", "%e2%80%93", "%e2%80%94"):  # ideographic space, nbsp, dashes
        slug = slug.replace(spacing, "-")
    slug = slug.replace("/", "-").replace("%c3%97", "x").replace(".", "-")
    slug = re.sub(r"[^%a-z0-9 _-]", "", slug)
    slug = re.sub(r"\s+", "-", slug)
    return re.sub(r"-+", "-", slug).strip("-")


# What the 'save' context strips entirely: soft hyphen, inverted marks, guillemets, curly quotes, the
# bullet, (c), (r), degree, ellipsis, TM, zero-width characters (accents left out: titles have none).
_DROPPED_OCTETS = [f"%e2%80%{b:02x}" for b in (*range(0x98, 0xA0), *range(0x8B, 0x90))] + [
    "%c2%ad",
    "%c2%a1",
    "%c2%bf",
    "%c2%ab",
    "%c2%bb",
    "%e2%80%b9",
    "%e2%80%ba",
    "%e2%80%a2",
    "%c2%a9",
    "%c2%ae",
    "%c2%b0",
    "%e2%80%a6",
    "%e2%84%a2",
]


def unique_slug(slug: str, taken: set[str]) -> str:
    """``wp_unique_post_slug``: a taken slug gets ``-2``, ``-3``, …, cut first so as to stay in 200."""
    candidate, n = slug, 2
    while candidate in taken:
        suffix = f"-{n}"
        candidate, n = _truncate_slug(slug, 200 - len(suffix)) + suffix, n + 1
    taken.add(candidate)
    return candidate


def _truncate_slug(slug: str, limit: int) -> str:
    """``_truncate_post_slug``: whole characters only, never half of a percent-encoded one."""
    out, length = [], 0
    for ch in unquote(slug):
        piece = quote(ch, safe="-_").lower()
        if len(piece) + length > limit:
            break
        out.append(piece)
        length += len(piece)
    return "".join(out)


# --- URLs ------------------------------------------------------------------------------------------------


def permalink(post: WpPost) -> str:
    """``/%year%/%monthnum%/%day%/%postname%/`` in the site's time."""
    d = post.date
    return f"{BASE}{d.year}/{d.month:02d}/{d.day:02d}/{post.slug}/"


def shortlink(post_id: int) -> str:
    return f"{BASE}?p={post_id}"


def category_url(corpus: WpCorpus, term_id: int) -> str:
    """Category permalinks carry the parent's slug: ``/category/changfang/wuliu-cangchu/``."""
    chain, term = [], corpus.categories[term_id]
    while True:
        chain.insert(0, term.slug)
        if not term.parent:
            break
        term = corpus.categories[term.parent]
    return f"{BASE}category/{'/'.join(chain)}/"


def tag_url(corpus: WpCorpus, term_id: int) -> str:
    return f"{BASE}tag/{corpus.tags[term_id].slug}/"


def term_url(corpus: WpCorpus, term_id: int) -> str:
    return category_url(corpus, term_id) if term_id in corpus.categories else tag_url(corpus, term_id)


def author_url(user: User) -> str:
    return f"{BASE}author/{user.nicename}/"


def sort_terms(terms: list[Term]) -> list[Term]:
    """``get_the_terms`` order (``wp_get_object_terms`` orderby name): lists print terms by name."""
    return sorted(terms, key=lambda t: (t.name.casefold(), t.id))


# --- building the corpus ------------------------------------------------------------------------------

_ZSBOX = re.compile(
    r'<div class="zsbox".*?</div>\s*</div>\s*<p style="text-align:center;"><img [^>]*gzh-\d+\.jpg"[^>]*/>'
    r"<br/>扫一扫关注公众号</p>\s*",
    re.S,
)
_LAZY_IMG = re.compile(r'src="[^"]*lazyload\.png" data-original="([^"]+)" class="lazyload"')
_UPLOAD = re.compile(r"http://www\.shcfck\.com/zb_users/upload/(\d{4})/(\d{2})/")
_POST_LINK = re.compile(r"https?://(?:www\.)?shcfck\.com/index\.php/post/(\d+)\.html")
_ID_LINK = re.compile(r"https?://(?:www\.)?shcfck\.com/\?id=(\d+)")


def contact_block() -> str:
    """The park's 招商热线 block, appended to every post by a ``the_content`` plugin (so REST has it too)."""
    return (
        '<div class="park-contact">\n'
        f"<p>招商热线：<strong>{HOTLINE}</strong></p>\n"
        "<p>招商经理：陈经理　手机/微信：13916688520</p>\n"
        "<p>请说明您的需求、用途、面积、联系人、手机号，以便快速帮您对接资源。</p>\n"
        f'<p style="text-align:center;"><img src="{BASE}wp-content/uploads/2023/06/qrcode-gzh.jpg" '
        'alt="" width="200" height="200" loading="lazy" class="aligncenter size-full wp-image-12"/>'
        "<br/>扫一扫关注公众号</p>\n"
        "</div>"
    )


def _content(raw: str, permalinks: dict[int, str]) -> str:
    text = _ZSBOX.sub("", raw).rstrip()
    text = _LAZY_IMG.sub(r'src="\1" loading="lazy"', text)
    text = _UPLOAD.sub(rf"{BASE}wp-content/uploads/\1/\2/", text)
    # An editor pasted one link with the bare host and https, and one as the shortlink: duplicate forms.
    # A link to a post the corpus lacks (a cycled corpus renumbers its posts) stays a dead shortlink.
    text = _POST_LINK.sub(
        lambda m: permalinks.get(int(m[1]), shortlink(int(m[1]))).replace(
            f"http://{HOST}/", "https://parkwp.example.cn/"
        ),
        text,
    )
    text = _ID_LINK.sub(lambda m: shortlink(int(m[1])), text)
    if "shcfck" in text:
        raise ValueError("a tpure URL survived the conversion")
    return f"{text}\n{contact_block()}"


def _comments(post_id: int, date: datetime) -> tuple[Comment, ...]:
    # Every seventh post has a visitor's question and the park's answer (their reply links are ?replytocom=).
    if post_id % 7:
        return ()
    first = Comment(
        post_id * 10 + 1, "王先生", date + timedelta(days=1, hours=2), "请问这个厂房还在招租吗？可以分租吗？"
    )
    answer = Comment(
        post_id * 10 + 2,
        "admin",
        date + timedelta(days=1, hours=5),
        "您好，仍在招租，可分租，请拨打招商热线。",
        first.id,
    )
    return (first, answer)


def _build(source: Corpus) -> WpCorpus:
    categories = {
        c.id: Term(c.id, c.name, CATEGORY_SLUGS[c.id], "category", c.parent or 0, c.intro)
        for c in source.categories.values()
    }
    tags = {t.id: Term(t.id, t.name, sanitize_title(t.name), "post_tag") for t in source.tags.values()}
    users = {uid: User(uid, login, login, name) for uid, (login, name) in USERS.items()}
    originals = sorted(source.posts.values(), key=lambda p: (p.datetime, p.id))
    extra = _extra_posts(originals)
    posts: dict[int, WpPost] = {}
    taken: set[str] = set()
    for post, categories_of in [(p, (p.category_id,)) for p in originals] + extra:
        date = post.datetime.astimezone(CST)
        modified = date + timedelta(days=3, hours=1) if post.id % 5 == 0 else date
        posts[post.id] = WpPost(
            id=post.id,
            title=post.title,
            slug=unique_slug(sanitize_title(post.title), taken),
            date=date,
            modified=modified,
            author_id=post.author_id,
            category_ids=categories_of,
            tag_ids=post.tag_ids,
            content="",
            sticky=post.sticky,
            deleted=post.deleted,
            comments=_comments(post.id, date),
            expected_body=list(post.expected_body),
        )
    corpus = WpCorpus(categories, tags, users, posts)
    links = {pid: permalink(p) for pid, p in posts.items()}
    sources = {p.id: p for p in originals} | {p.id: p for p, _ in extra}
    for pid, post in posts.items():
        post.content = _content(sources[pid].content, links)
        fixed = sources[pid].related  # the reference snapshot's fixed lists (one names the trashed post)
        post.related = tuple(fixed[:5]) if fixed is not None else _related(corpus, post)
    return corpus


def _extra_posts(originals: list[Post]) -> list[tuple[Post, tuple[int, ...]]]:
    """Two posts WordPress sites have and the tpure corpus lacks.

    - the same article published again three days later: same title, so its slug ends in ``-2``;
    - an article filed under two categories (the first by name is the one ``Article.category`` keeps).
    """
    next_id = max(p.id for p in originals) + 1
    live = [p for p in originals if not p.deleted and not p.sticky]
    again = live[len(live) // 2]
    twice = next(p for p in reversed(live) if p.category_id == 1 and p.tag_ids)
    return [
        (
            replace(again, id=next_id, datetime=again.datetime + timedelta(days=3), related=None),
            (again.category_id,),
        ),
        (
            replace(
                twice,
                id=next_id + 1,
                datetime=twice.datetime + timedelta(hours=20),
                title=twice.title + "（政策解读）",
                related=None,
            ),
            (1, 2),
        ),
    ]


def _related(corpus: WpCorpus, post: WpPost) -> tuple[int, ...]:
    """The theme's 相关文章: up to five other posts sharing a tag, else the category, newest first.

    Computed once over every post, trashed ones included: a stale link that answers 404.
    """
    others = sorted(
        (p for p in corpus.posts.values() if p.id != post.id), key=lambda p: (p.date, p.id), reverse=True
    )
    shared = [p for p in others if set(p.tag_ids) & set(post.tag_ids)]
    pool = shared or [p for p in others if set(p.category_ids) & set(post.category_ids)]
    return tuple(p.id for p in pool[:5])


# --- ground truth ----------------------------------------------------------------------------------------


def ground_truth(corpus: WpCorpus | None = None) -> list[dict]:
    """Per published article, what its page states: the expectation extraction is held to.

    ``published_at`` is the exact publication time with the site's offset; ``category`` is the first
    category by name (the one the page lists first), ``tags`` in page order; ``body`` the paragraphs
    left once source and site boilerplate are cleaned away.
    """
    corpus = corpus or WpCorpus.build()
    truth = []
    for post in sorted(corpus.posts.values(), key=lambda p: p.id):
        if post.deleted:
            continue
        cats = sort_terms([corpus.categories[c] for c in post.category_ids])
        truth.append(
            {
                "post_id": post.id,
                "url": permalink(post),
                "shortlink": shortlink(post.id),
                "title": post.title,
                "published_at": post.date.isoformat(),
                "author": corpus.users[post.author_id].name,
                "category": cats[0].name,
                "category_url": category_url(corpus, cats[0].id),
                "tags": [t.name for t in sort_terms([corpus.tags[t] for t in post.tag_ids])],
                "body": list(post.expected_body),
            }
        )
    return truth
