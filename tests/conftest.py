"""A small archive for the analyst's side (search, stats, serve): articles written through Archive,
each holding the case a test needs."""

from datetime import date, timedelta

import pytest

from parkcrawler.items import Article, RelatedLink
from parkcrawler.store import Archive

BASE = "http://www.shcfck.com/index.php/post/{}.html"


# The fixture's "today": the day of its last crawl. Fixed, so that no test depends on the day it runs.
TODAY = date(2026, 11, 23)


def days_ago(n: int) -> str:
    return (TODAY - timedelta(days=n)).isoformat()


def make_article(post_id: int, title: str, body: str, **fields) -> Article:
    values = dict(
        url=BASE.format(post_id),
        site="shcfck",
        post_id=post_id,
        title=title,
        published_at="2026-05-10",
        published_precision="day",
        date_display="2026-05-10",
        views=100,
        views_observed_at="2026-11-20T04:00:00+00:00",
        author="admin",
        category="园区动态",
        category_url="http://www.shcfck.com/index.php/category-1.html",
        tags=[],
        body=body,
        body_html="".join(f"<p>{line}</p>" for line in body.split("\n")),
        fetched_at="2026-11-20T04:00:01+00:00",
    )
    values.update(fields)
    return Article(**values)


# post_id -> what the article is there for
CORPUS = [
    # 松江 only inside 松江区; G60科创走廊 and R&D; source and recent date for filters and "this week".
    make_article(
        101,
        "松江区举行产业经济发展形势报告会",
        "松江区召开产业经济发展形势报告会。\n会议介绍了G60科创走廊的最新进展，企业R&D投入持续增长。",
        category="区域经济",
        tags=["松江产业园", "区域经济", "G60科创走廊"],
        source="东方财富",
        published_at=days_ago(1),
        views=300,
        related=[RelatedLink(BASE.format(102), "泗泾镇生物医药产业园规划发布", "摘要")],
    ),
    # 医药 only inside 生物医药; 泗泾 only inside 泗泾镇 (jieba cuts 泗泾 alone as 泗/泾); an English word.
    make_article(
        102,
        "泗泾镇生物医药产业园规划发布",
        "泗泾镇将建设生物医药产业园，力争2035年产值178亿元。\nThe park focuses on Logistics and biotech.",
        tags=["松江产业园", "生物医药"],
        source="搜狐",
        published_at="2026-05-10",
        views=500,
    ),
    # 园区 as a word (工业园区) vs 园区 straddling two words (公园区域): same length, same structure.
    make_article(
        103, "厂房信息汇总", "该工业园区配套齐全，交通便利。", category="上海厂房招商", tags=["厂房出租"]
    ),
    make_article(104, "绿化信息汇总", "该公园区域配套齐全，交通便利。", category="上海厂房招商"),
    # G60 and 科创走廊 both present but not adjacent; RD is one token, not R&D.
    make_article(
        105, "长三角协同发展", "长三角G60和科创走廊是两个提法。\nRD部门负责研发。", category="区域经济"
    ),
    # A 4-character phrase, and its two halves in the other order.
    make_article(106, "冷链物流园开工", "本区发展冷链物流产业。", category="物流仓储", tags=["冷链物流"]),
    make_article(
        107, "仓储中心扩建", "物流冷链中心扩建完成。", category="物流仓储", published_at="2026-04-02"
    ),
    # The title ends with 园区 and the body starts with 厂房: "园区厂房" must not match across fields.
    make_article(
        108, "松江工业园区", "厂房出租，面积5000平方米。", category="上海厂房招商", tags=["厂房出租"]
    ),
    # Full-width Ｇ６０ is G60; found through the original title too.
    make_article(
        109,
        "科创云廊简介",
        "Ｇ６０科创云廊位于松江新城。",
        original_title="上海推出人才新政",
        published_at="2025-12-30",
        source="东方财富",
    ),
    # Another site.
    make_article(
        110,
        "松江新闻",
        "松江发布消息。",
        site="othersite",
        url="http://example.org/post/110.html",
        published_at=days_ago(3),
    ),
]


def build_archive(path) -> None:
    archive = Archive(path)
    run = archive.start_run("shcfck", "shcfck")
    for article in CORPUS:
        archive.save_article(run, article)
    # Two later crawls: views grew (views_history gets more observations).
    for observed_at, articles in (
        ("2026-11-21T04:00:00+00:00", CORPUS[:3]),
        ("2026-11-23T04:00:00+00:00", CORPUS[:2]),
    ):
        run = archive.start_run("shcfck", "shcfck")
        for article in articles:
            grown = archive.db["articles"].get(article.url)["views"] + 50
            archive.save_article(
                run, Article(**dict(article.__dict__, views=grown, views_observed_at=observed_at))
            )
        archive.finish_run(run, "finished", {"downloader/request_count": len(articles)})
    archive.close()


@pytest.fixture(scope="session")
def fixture_archive(tmp_path_factory):
    """Path of the fixture archive; read it only (copy it to change it)."""
    path = tmp_path_factory.mktemp("analyst") / "archive.db"
    build_archive(path)
    return path


@pytest.fixture
def archive(tmp_path):
    """A fresh, writable fixture archive."""
    build_archive(tmp_path / "archive.db")
    archive = Archive(tmp_path / "archive.db")
    yield archive
    archive.close()
