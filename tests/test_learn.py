"""Site-level learning: paragraphs recurring across a site's articles are its template.

The statistic is computed over a set of raw bodies, one per article, so neither crawl order nor the
number of workers changes it; the cleaner applies templates at the edges of a body only.
"""

import random
from datetime import UTC, datetime

import pytest
from scrapy.utils.test import get_crawler

from parkcrawler.clean import Cleaner, LearningSettings, TemplateSet, learn_templates
from parkcrawler.clean.templates import template_key
from parkcrawler.crawl.learn import load_templates, save_templates
from parkcrawler.crawl.pipelines import ArchivePipeline, CleanPipeline
from parkcrawler.crawl.spiderloader import spider_for
from parkcrawler.sites import packaged_site
from parkcrawler.store import Archive
from parkcrawler.testsite.corpus import Corpus

SHCFCK = packaged_site("shcfck")
ShcfckSpider = spider_for(SHCFCK)

SETTINGS = LearningSettings(min_articles=3, min_share=0.1, min_chars=10, max_chars=200, min_categories=2)
PROMO = "本站厂房信息每日更新，租金面积以实地考察为准"  # no detector knows this line


def body(*paragraphs: str) -> str:
    return "".join(p if p.startswith("<") else f"<p>\u3000\u3000{p}</p>" for p in paragraphs)


def article(n: int, *extra: str, category: str = "园区动态") -> tuple[str, str, str]:
    own = f"第{n}篇文章的正文，讲的是第{n}个园区的建设进展和招商情况。"
    return f"http://www.shcfck.com/index.php/post/{n}.html", category, body(own, *extra)


def site(count: int = 10, with_promo: int = 5) -> list[tuple[str, str, str]]:
    categories = ["园区动态", "招商政策", "区域经济"]
    return [
        article(n, *([PROMO] if n < with_promo else []), category=categories[n % 3]) for n in range(count)
    ]


def test_a_paragraph_in_enough_articles_is_a_template():
    templates = learn_templates(site(10, with_promo=5), SETTINGS)
    assert templates.articles == 10
    assert templates.keys == {template_key(PROMO): 5}
    assert templates.samples[template_key(PROMO)] == PROMO


def test_thresholds_count_articles_and_share():
    assert learn_templates(site(10, with_promo=2), SETTINGS).keys == {}  # 2 < min_articles
    # 4 of 50 is under min_share 10%
    assert learn_templates(site(50, with_promo=4), SETTINGS).keys == {}
    assert learn_templates(site(50, with_promo=5), SETTINGS).keys == {template_key(PROMO): 5}


def test_a_paragraph_repeated_within_one_article_counts_once():
    bodies = [article(n, PROMO, PROMO, PROMO, category=["a", "b"][n % 2]) for n in range(2)]
    assert learn_templates(bodies, SETTINGS).keys == {}


def test_a_paragraph_reused_in_one_category_only_is_not_a_template():
    # A park's description pasted into each of its listings: real text, one topic.
    description = "园区24小时安保，配有司机休息室和充电桩，周边有多家物流企业和快递分拨中心。"
    bodies = [article(n, description, category="物流仓储") for n in range(6)]
    bodies += [article(n, category="园区动态") for n in range(6, 12)]
    assert learn_templates(bodies, SETTINGS).keys == {}
    # A site with a single category cannot use the spread: frequency decides alone.
    single = [(url, "物流仓储", html) for url, _, html in bodies]
    assert template_key(description) in learn_templates(single, SETTINGS).keys


def test_headings_table_rows_and_short_or_long_paragraphs_never_count():
    row = (
        "<table><tr><td>楼号</td><td>建筑面积（㎡）</td><td>层高（m）</td><td>承重（t/㎡）</td></tr></table>"
    )
    heading = "<h2>项目概况与园区配套设施介绍</h2>"
    long = "园" * 201
    bodies = [article(n, row, heading, "联系我们", long, category=str(n % 2)) for n in range(10)]
    assert learn_templates(bodies, SETTINGS).keys == {}


def test_learning_does_not_depend_on_order():
    bodies = site(12, with_promo=6)
    results = set()
    for seed in range(5):
        shuffled = bodies[:]
        random.Random(seed).shuffle(shuffled)
        results.add(tuple(learn_templates(shuffled, SETTINGS).keys.items()))
    assert len(results) == 1


def test_one_body_per_article():
    with pytest.raises(ValueError, match="one body per article"):
        learn_templates([article(1), article(1)], SETTINGS)


def test_on_the_emulated_site_only_junk_is_learned():
    """The emulator's corpus reuses paragraph templates across posts; none of them may be learned."""
    posts = [p for p in Corpus.load().posts.values() if not p.deleted]
    categories = {c.id: c.name for c in Corpus.load().categories.values()}
    bodies = [(str(p.id), categories[p.category_id], p.content) for p in posts]
    templates = learn_templates(bodies, LearningSettings.from_dict(Cleaner.default().learning))
    real = {template_key(line) for p in posts for line in p.expected_body}
    junk = {template_key(r["text"]) for p in posts for r in p.expected_removed}
    assert templates.keys, "the contact block and the Sohu medal recur on every topic"
    assert not set(templates.keys) & real
    assert set(templates.keys) <= junk


# --- applying templates ---------------------------------------------------------------------------

REAL = [
    "松江综合保税区位于松江出口加工区内，规划面积约4.1平方公里，已形成以电子信息、高端装备和生物医药为主导的产业格局。",
    "园区内现有标准厂房约20万平方米，首层层高8米，地坪承重3吨每平方米，配套员工宿舍、食堂和停车场。",
]


def cleaner_with(*paragraphs: str) -> Cleaner:
    templates = TemplateSet({template_key(p): 9 for p in paragraphs}, 100)
    return Cleaner.default().with_templates(templates)


def test_templates_are_peeled_off_the_edges():
    cleaner = cleaner_with(PROMO, "本站声明：文章来自网络，仅供学习交流使用")
    html = body("本站声明：文章来自网络，仅供学习交流使用", *REAL, PROMO)
    result = cleaner.clean_html(html)
    assert result.paragraphs == REAL
    assert [(r.family, r.rule) for r in result.removed] == [("site_template", "site_template.learned")] * 2


def test_a_template_inside_the_text_is_a_quotation_and_stays():
    result = cleaner_with(PROMO).clean_html(body(REAL[0], PROMO, REAL[1]))
    assert result.paragraphs == [REAL[0], PROMO, REAL[1]]


def test_templates_go_once_the_junk_beside_them_is_gone():
    # The template sits above a contact block the detector removes: then it is at the edge.
    html = body(*REAL, PROMO, "王经理 138-1234-5678（同微信）")
    assert cleaner_with(PROMO).clean_html(html).paragraphs == REAL


def test_without_templates_the_cleaner_is_the_packaged_one():
    assert Cleaner.default().with_templates(None) is Cleaner.default()
    assert Cleaner.default().with_templates(TemplateSet()) is Cleaner.default()


# --- the archive and the crawl --------------------------------------------------------------------


def test_templates_round_trip_through_the_archive(tmp_path):
    archive = Archive(tmp_path / "a.db")
    templates = learn_templates(site(10, with_promo=5), SETTINGS)
    save_templates(archive, "shcfck", templates)
    save_templates(archive, "shcfck", templates)  # replaces, never duplicates
    loaded = load_templates(archive, "shcfck")
    assert (loaded.keys, loaded.articles, loaded.samples) == (templates.keys, 10, templates.samples)
    assert load_templates(archive, "othersite").keys == {}
    archive.close()


@pytest.fixture
def spider_crawler(tmp_path):
    def make(db):
        crawler = get_crawler(ShcfckSpider, {"ARCHIVE_DB": str(db)})
        crawler.spider = crawler._create_spider()
        return crawler

    return make


def test_the_crawl_cleans_with_the_learned_templates(tmp_path, spider_crawler):
    archive = Archive(tmp_path / "a.db")
    save_templates(
        archive, "shcfck", TemplateSet({template_key(PROMO): 9}, 100, {template_key(PROMO): PROMO})
    )
    archive.close()
    crawler = spider_crawler(tmp_path / "a.db")
    pipeline = CleanPipeline.from_crawler(crawler)
    pipeline.archive_owner = owner = ArchivePipeline.from_crawler(crawler)  # as the engine pairs them
    pipeline.open_spider()
    assert pipeline.cleaner.clean_html(body(*REAL, PROMO)).paragraphs == REAL
    owner.spider_closed(crawler.spider, "finished")


def test_a_first_crawl_has_nothing_learned_and_creates_nothing(tmp_path, spider_crawler):
    crawler = spider_crawler(tmp_path / "new.db")
    pipeline = CleanPipeline.from_crawler(crawler)
    pipeline.archive_owner = ArchivePipeline.from_crawler(crawler)
    pipeline.open_spider()
    assert not any(r.id == "site_template.learned" for r in pipeline.cleaner.rules)
    assert not (tmp_path / "new.db").exists()


def test_reparse_learns_the_same_templates_from_any_copy_of_the_archive(tmp_path):
    """Pages stored in any order (as concurrent workers would) give the same templates."""
    from parkcrawler.crawl.learn import latest_pages, learn_site
    from parkcrawler.testsite import SiteEmulator

    site_ = SiteEmulator.default(frozen=True)
    urls = [f"http://www.shcfck.com/index.php/post/{p.id}.html" for p in site_.live_posts()]
    headers = {"Content-Type": ["text/html; charset=utf-8"], "Date": ["Fri, 20 Nov 2026 04:00:00 GMT"]}
    learned = []
    for order in (urls, urls[::-1], sorted(urls, key=lambda u: hash(u) % 7)):
        path = tmp_path / f"{len(learned)}.db"
        archive = Archive(path)
        fetched = datetime(2026, 11, 20, 4, 0, 5, tzinfo=UTC).isoformat()
        for url in order:
            archive.record_page(1, url, 200, headers, site_.handle("GET", url).body, fetched)
            archive.db["articles"].insert({"url": url, "site": "shcfck"})
        archive.commit()
        pages = latest_pages(archive, SHCFCK, set(urls))
        learned.append(
            learn_site(archive, SHCFCK, LearningSettings.from_dict(Cleaner.default().learning), pages)
        )
        archive.close()
    assert learned[0].keys and all(t.keys == learned[0].keys for t in learned)


def test_a_template_line_carrying_the_article_number_is_learned_once_for_all():
    # 本文短链接：…?p=N differs on every page only in its number: one template.
    bodies = [
        article(n, f"本文短链接：http://www.example.cn/?p={100 + n} | 打印本页", category=["a", "b"][n % 2])
        for n in range(6)
    ]
    templates = learn_templates(bodies, SETTINGS)
    assert templates.keys == {template_key("本文短链接：http://www.example.cn/?p=1 | 打印本页"): 6}


def test_sentences_keep_their_digits_a_formulaic_report_is_no_template():
    # Reports written from one pattern differ only in their figures; they are text, not template.
    bodies = [
        article(n, f"此次签约项目中，外资项目{n}个，总部类项目{n + 2}个，协同效应明显。", category=c)
        for n, c in zip(range(6), "ababab", strict=True)
    ]
    assert learn_templates(bodies, SETTINGS).keys == {}
    assert template_key("文章编号：5601") == template_key("文章编号：77")
    assert template_key("外资项目4个。") != template_key("外资项目5个。")
