"""Property-based tests (hypothesis) of the pure functions a hostile page feeds: the URL resolver
(Site.resolve), the date parser (extract/dates.py) and the cleaner (clean/).

For each: it never raises on any input, never adds text, and applied to its own output changes
nothing. The profile is fixed (derandomize): the same examples on every run, whatever the order,
the clock or the machine.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone

import lxml.html
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parkcrawler.clean import Cleaner, parse_body
from parkcrawler.extract.dates import parse_http_date, parse_tpure_date
from parkcrawler.sites import SKIP_POLICIES, Page, Skip, packaged_site
from parkcrawler.testsite.corpus import Corpus

SHCFCK = packaged_site("shcfck")


def fixed(examples: int) -> settings:
    """Derandomized, no deadline, no example database: the same examples on every run."""
    return settings(
        derandomize=True,
        deadline=None,
        database=None,
        max_examples=examples,
        suppress_health_check=[HealthCheck.too_slow],
    )


# --- the URL resolver -----------------------------------------------------------------------------

SCHEMES = ["http", "https", "HTTP", "ftp", "javascript", "mailto", "data", "file", ""]
HOSTS = [
    "www.shcfck.com", "shcfck.com", "WWW.SHCFCK.COM", "www.shcfck.com.", "evil.example.net",
    "www.shcfck.com.evil.net", "127.0.0.1", "127.1", "0x7f000001", "2130706433", "0177.0.0.1",
    "localhost", "[::1]", "[::ffff:127.0.0.1]", "10.0.0.1", "192.168.0.1", "user:pw@www.shcfck.com",
    "www.shcfck.com:8080", "[", "[::1", "ｗｗｗ.shcfck.com", "xn--fiq228c.com", "",
]  # fmt: skip
PATHS = [
    "/", "/index.php", "/index.php/post/{n}.html", "/index.php/page_{n}.html", "/index.php/category-{n}.html",
    "/index.php/category-{n}_{n}.html", "/index.php/tags-{n}_{n}.html", "/index.php/author-{n}.html",
    "/index.php/date-2024-{n}.html", "/feed.php", "/sitemap.xml", "/search.php", "/zb_system/login.php",
    "/zb_users/upload/{n}.jpg", "/../../etc/passwd", "/%2e%2e/", "", "/index.php/post/{n}.html/../x",
]  # fmt: skip
URL_CHARS = st.characters(codec="utf-8", exclude_categories=("Cs",))


@st.composite
def hrefs(draw) -> str:
    """Links as pages write them: assembled from hostile parts, or any text at all."""
    if draw(st.booleans()):
        return draw(st.text(URL_CHARS, max_size=60))
    n = draw(st.integers(min_value=0, max_value=10**25))
    scheme = draw(st.sampled_from(SCHEMES))
    host = draw(st.sampled_from(HOSTS))
    path = draw(st.sampled_from(PATHS)).replace("{n}", str(n))
    query = draw(st.sampled_from(["", "?id={n}", "?order=viewlist&sort=1", "?q=厂房", "?cate=3"]))
    fragment = draw(st.sampled_from(["", "#top", "#"]))
    prefix = draw(st.sampled_from([f"{scheme}://{host}", f"{scheme}:", "//" + host, "", " ", "\t"]))
    return prefix + path + query.replace("{n}", str(n)) + fragment


BASES = [
    None,
    "http://www.shcfck.com/index.php/post/8441.html",
    "http://www.shcfck.com/index.php/category-3.html",
]


@fixed(600)
@given(href=hrefs(), base=st.sampled_from(BASES))
def test_resolve_never_raises_and_is_a_fixed_point(href, base):
    target = SHCFCK.resolve(href, base=base)
    assert isinstance(target, Page | Skip)
    if isinstance(target, Skip):
        assert target.policy in SKIP_POLICIES
    else:
        # A page is always on the site's canonical origin, and its URL is its own canonical form.
        assert target.url.startswith(SHCFCK.base_url)
    again = SHCFCK.resolve(target.url)
    assert again == target, (href, target, again)


@fixed(300)
@given(href=hrefs())
def test_resolve_never_makes_a_page_of_another_host(href):
    target = SHCFCK.resolve(href)
    if isinstance(target, Page):
        after = href.strip().split("//", 1)[1] if "//" in href.split("?")[0] else ""
        host = re.split(r"[/?#]", after, maxsplit=1)[0].lower()
        host = host.rsplit("@", 1)[-1].split(":", 1)[0].rstrip(".") if host else ""
        # Full-width letters are the same host to a browser (IDNA maps them, as NFKC does).
        host = unicodedata.normalize("NFKC", host).lower()
        assert host in ("", "www.shcfck.com", "shcfck.com"), (href, target)


# --- the date parser ----------------------------------------------------------------------------------

SERVER_TIMES = st.datetimes(
    min_value=datetime(1971, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.sampled_from(
        [UTC, timezone(timedelta(hours=8)), timezone(timedelta(hours=-11)), timezone(timedelta(hours=14))]
    )
)  # fmt: skip
DISPLAY_PARTS = st.sampled_from(
    [
        "年前",
        "个月前",
        "周前",
        "天前",
        "小时前",
        "分钟前",
        "秒前",
        "刚刚",
        "(",
        ")",
        "（",
        "）",
        "-",
        "－",
        " ",
        "\u3000",
    ]
)
DIGITS = st.integers(min_value=0, max_value=10**12).map(str) | st.sampled_from(["０", "１２", "٣", "²"])


FORMS = [
    "{a}年前 ({y}-{m}-{d})",
    "{a}个月前 ({m}-{d})",
    "{a}周前 ({m}-{d})",
    "{a}天前",
    "{a}小时前",
    "{a}分钟前",
    "{a}秒前",
]


@st.composite
def displays(draw) -> str:
    """Date texts as the theme prints them, mangled: right words, wrong numbers, full-width forms."""
    kind = draw(st.integers(min_value=0, max_value=2))
    if kind == 0:
        return draw(st.text(max_size=30))
    if kind == 1:
        return "".join(draw(st.lists(DIGITS | DISPLAY_PARTS, max_size=10)))
    numbers = {k: draw(DIGITS) for k in "aymd"}
    return draw(st.sampled_from(FORMS)).format(**numbers)


@fixed(500)
@given(display=displays(), server_time=SERVER_TIMES)
def test_date_parser_never_raises_and_never_dates_the_future(display, server_time):
    day, precision = parse_tpure_date(display, server_time)
    if day is None:
        assert precision is None
        return
    assert precision in ("day", "inferred_year", "relative")
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", day)
    if precision != "day":  # N年前 (Y-m-d) states its date; every other form is before the clock
        assert day <= server_time.astimezone(timezone(timedelta(hours=8))).date().isoformat()


@fixed(300)
@given(server_time=SERVER_TIMES, days=st.integers(min_value=0, max_value=3000))
def test_date_parser_reads_back_what_it_dated(server_time, days):
    """The date it gives, printed the way the theme prints an old post, parses to itself."""
    local = server_time.astimezone(timezone(timedelta(hours=8)))
    then = (local - timedelta(days=days)).date()
    display = f"{max(1, days // 365)}年前 ({then.isoformat()})"
    assert parse_tpure_date(display, server_time) == (then.isoformat(), "day")
    # Full-width and ideographic forms read the same (NFKC).
    wide = display.translate(str.maketrans("0123456789()-", "０１２３４５６７８９（）－"))
    assert parse_tpure_date(wide, server_time) == (then.isoformat(), "day")


@fixed(300)
@given(value=st.text(max_size=60) | st.binary(max_size=60) | st.none())
def test_http_date_parser_never_raises(value):
    parsed = parse_http_date(value)
    assert parsed is None or parsed.tzinfo is not None


# --- the cleaner -------------------------------------------------------------------------------------------


def _corpus_paragraphs() -> list[str]:
    """Real paragraphs of the emulated site's posts: prose, and the boilerplate the rules exist for."""
    seen: list[str] = []
    for post in Corpus.load().posts.values():
        for element in lxml.html.fragment_fromstring(post.content, create_parent="div").iter("p"):
            text = element.text_content().strip()
            if text and text not in seen:
                seen.append(text)
    return seen


PARAGRAPHS = _corpus_paragraphs()
TAGS = st.sampled_from(["p", "div", "section", "blockquote", "li", "h3", "span", "strong", "td"])
TEXT = st.sampled_from(PARAGRAPHS) | st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40
)


REAL_BODIES = [post.content for post in Corpus.load().posts.values()]


@st.composite
def bodies(draw) -> str:
    """Article bodies built from real paragraphs and random text, in varied (and broken) markup."""
    parts = []
    for _ in range(draw(st.integers(min_value=0, max_value=12))):
        tag = draw(TAGS)
        text = draw(TEXT).replace("&", "&amp;").replace("<", "&lt;")
        extra = draw(
            st.sampled_from(["", "<br/>", '<img src="/zb_users/upload/a.jpg"/>', "\u3000\u3000", "&nbsp;"])
        )
        close = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", ""]))  # sometimes unclosed, as pages are
        parts.append(f"<{tag}>{extra}{text}{close}")
    return "".join(parts)


def visible(text: str) -> str:
    return "".join(text.split())


def is_subsequence(small: str, big: str) -> bool:
    chars = iter(big)
    return all(c in chars for c in small)


CLEANER = Cleaner.default()


@fixed(150)
@given(html=bodies() | st.sampled_from(REAL_BODIES).flatmap(lambda b: st.just(b)))
def test_cleaner_never_raises_never_adds_text_and_is_idempotent(html):
    _check_cleaning(html)


def test_cleaner_is_idempotent_on_every_real_body_of_the_site():
    for html in REAL_BODIES:
        _check_cleaning(html)


def _check_cleaning(html: str) -> None:
    result = CLEANER.clean_html(html)
    source = visible(parse_body(html).text_content())
    assert is_subsequence(visible(result.body), source), "the cleaned body has text the page does not"
    for block in result.removed:
        assert is_subsequence(visible(block.text), source)
    again = CLEANER.clean_html(result.html)
    assert again.body == result.body, "cleaning the cleaned body removed more"
    assert again.removed == []


@fixed(150)
@given(parts=st.lists(TEXT, max_size=5), ellipsis=st.booleans())
def test_excerpt_cleaning_never_adds_text_and_is_idempotent(parts, ellipsis):
    text = " \u3000\u3000".join(parts) + ("..." if ellipsis else "")
    kept, removed = CLEANER.clean_excerpt(text)
    assert is_subsequence(visible(kept), visible(text))
    assert CLEANER.clean_excerpt(kept)[0] == kept
