"""Boilerplate cleaning: the block model, every rule kind, the contact detector, excerpts, the guard."""

import html as htmllib
import json
from datetime import datetime
from pathlib import Path

import pytest

from parkcrawler.clean import Cleaner, blockify, clean_article, parse_body
from parkcrawler.sites import packaged_site

SHCFCK = packaged_site("shcfck")
extract_article = SHCFCK.extract_article
# The cleaner of the site these fixtures come from: the packaged rules plus shcfck's own (its contact box).
CLEANER = Cleaner.for_site(SHCFCK)

REFERENCE = Path(__file__).parent / "fixtures" / "site-reference"
RENDERED_AT = datetime.fromisoformat("2026-11-20T12:00:00+08:00")
POST_IDS = sorted(int(p.stem) for p in (REFERENCE / "expected").glob("*.json"))

# Real park prose, long enough that no single junk block outweighs it.
PROSE = [
    "松江综合保税区位于松江出口加工区内，规划面积约4.1平方公里，已形成以电子信息、高端装备和生物医药为主导的"
    "产业格局，区内企业享受保税加工、保税物流等政策，近年来进出口总额保持稳定增长，成为长三角重要的开放平台。",
    "园区内现有标准厂房约20万平方米，首层层高8米，地坪承重3吨每平方米，配套员工宿舍、食堂和停车场，可满足"
    "智能制造、新材料等企业的生产需求；园区还设有一站式企业服务中心，协助办理工商注册、环评及政策申报。",
]
PROSE_HTML = [f"<p>\u3000\u3000{p}</p>" for p in PROSE]


def cleaner_from(rules: str, max_share: float = 0.6) -> Cleaner:
    families = '[families]\njunk = { source = "某网" }\nsite_contact = {}\n'
    return Cleaner.from_toml(families + rules, max_share=max_share)


def fixture_body(post_id: int) -> str:
    html = (REFERENCE / "pages" / "index.php" / "post" / f"{post_id}.html").read_text("utf-8")
    return extract_article(f"http://www.shcfck.com/index.php/post/{post_id}.html", html).raw_body_html


# --- every packaged rule removes its own examples -------------------------------------------------


def example_html(example) -> str:
    blocks = example if isinstance(example, list) else [example]
    return "".join(b if b.startswith("<") else f"<p>\u3000\u3000{htmllib.escape(b)}</p>" for b in blocks)


RULE_EXAMPLES = [
    pytest.param(rule, example, id=f"{rule.id}-{i}")
    for rule in CLEANER.rules
    for i, example in enumerate(rule.examples)
]


def test_every_rule_documents_itself():
    rules = CLEANER.rules
    assert len({r.id for r in rules}) == len(rules)
    for rule in rules:
        assert rule.id.startswith(rule.family + "."), rule.id
        assert len(rule.why) > 30, rule.id
        assert rule.examples, f"{rule.id} has no examples"


@pytest.mark.parametrize("rule, example", RULE_EXAMPLES)
def test_rule_removes_its_examples(rule, example):
    # Catalog rules find junk anywhere; detectors look where that junk lives, at the end of a body.
    if rule.peels:
        html = PROSE_HTML[0] + PROSE_HTML[1] + example_html(example)
    else:
        html = PROSE_HTML[0] + example_html(example) + PROSE_HTML[1]
    result = CLEANER.clean_html(html)
    assert result.removed, "nothing removed"
    assert {r.rule for r in result.removed} == {rule.id}
    assert {r.family for r in result.removed} == {rule.family}
    assert result.paragraphs[0] == PROSE[0] and result.paragraphs[-1] == PROSE[1]
    for removed in result.removed:
        for line in removed.text.split("\n"):
            assert all(line not in p for p in result.paragraphs)
            assert line not in result.html
    assert result.suspicious == []


# --- the block model ------------------------------------------------------------------------------


def paragraphs(html: str) -> list[str]:
    return [line for b in blockify(parse_body(html)) for line in b.text.split("\n")]


def test_block_model():
    html = (
        "<p>\u3000\u3000普通段落&nbsp;</p>"
        "<h2>厂房概况</h2><h3> 小标题 </h3>"
        "<p><strong>联系方式：</strong><br/>\u3000\u3000第二行<br><br/>  </p>"
        "<p>或微信/手机：<span>13524678515</span><span>13564686846</span>&nbsp;<br/>长按</p>"
        '<p style="text-align:center;"><img src="a.jpg"/></p>'
        "<table><tr><th>楼号</th><th> 面积 </th><td></td></tr>"
        "<tr><td>1号楼</td><td><p>5100</p></td></tr></table>"
        "<ul><li>第一项</li><li>第二项<ul><li>子项</li></ul></li></ul>"
        "<div>只有<a href='#'>行内</a>内容的div</div>"
        "<blockquote><p>引用段落</p></blockquote>"
        "<p>多个   空格\n换行</p><script>var x = 1;</script><!-- 注释 -->"
    )
    assert paragraphs(html) == [
        "普通段落",
        "厂房概况",
        "小标题",
        "联系方式：",
        "第二行",
        "或微信/手机：1352467851513564686846",
        "长按",
        "楼号 面积",
        "1号楼 5100",
        "第一项",
        "第二项",
        "子项",
        "只有行内内容的div",
        "引用段落",
        "多个 空格 换行",
    ]


def test_loose_text_becomes_blocks():
    assert paragraphs("开头的文字<br/>第二行<p>段落</p>中间的<b>文字</b><div><p>a</p>尾巴</div>") == [
        "开头的文字",
        "第二行",
        "段落",
        "中间的文字",
        "a",
        "尾巴",
    ]
    assert paragraphs("只有文字") == ["只有文字"]
    assert paragraphs("") == []


def test_a_run_is_wrapped_when_any_of_its_strings_holds_text():
    # The run's text is tested string by string: only an inline element's own text holds any here (the
    # lead, the tails are white space), and only a comment's tail in the second box.
    html = "<div><p>a</p> \n<span> <b>内</b></span>\u3000<p>b</p></div><div><p>c</p>\n<!-- x -->尾</div>"
    assert paragraphs(html) == ["a", "内", "b", "c", "尾"]
    # A run of white space, empty inline elements and comments only is left as it is, not wrapped.
    root = parse_body("<div><p>a</p> <span> </span><!-- x -->\u3000\n<p>b</p></div>")
    assert [b.text for b in blockify(root)] == ["a", "b"]
    assert [e.tag for e in root.iter("p")] == ["p", "p"]


@pytest.mark.parametrize("post_id", POST_IDS)
def test_cleaned_html_holds_exactly_the_paragraphs(post_id):
    result = CLEANER.clean_html(fixture_body(post_id))
    assert paragraphs(result.html) == result.paragraphs
    assert result.body == "\n".join(result.paragraphs)
    assert result.suspicious == []


# --- each kind ------------------------------------------------------------------------------------


def test_block_kind_exact_contains_regex():
    cleaner = cleaner_from(
        """
[[rule]]
id = "junk.exact"
family = "junk"
kind = "block"
match = { exact = ["本文来源：某网（记者 张三）"] }
why = "test"
[[rule]]
id = "junk.contains"
family = "junk"
kind = "block"
match = { contains = ["点击关注"] }
why = "test"
[[rule]]
id = "junk.regex"
family = "junk"
kind = "block"
match = { regex = ['^\\(完\\)$'] }
why = "test"
"""
    )
    html = (
        PROSE_HTML[0]
        + "<p>本文来源:某网(记者 张三)</p><p>喜欢就<b>点击关注</b>吧</p><p>（完）</p>"
        + PROSE_HTML[1]
    )
    result = cleaner.clean_html(html)
    assert result.paragraphs == PROSE
    # Matched in NFKC form, recorded as the page shows it.
    assert [(r.rule, r.text, r.position) for r in result.removed] == [
        ("junk.exact", "本文来源:某网(记者 张三)", 1),
        ("junk.contains", "喜欢就点击关注吧", 2),
        ("junk.regex", "（完）", 3),
    ]
    assert result.source == "某网"


def test_element_kind_drops_the_element_with_its_images():
    body = fixture_body(8214)
    result = CLEANER.clean_html(body)
    assert "zsbox" not in result.html and "wx-7.jpg" not in result.html and "gzh-3.jpg" not in result.html
    assert [r.rule for r in result.removed if r.family == "site_contact"] == [
        "site_contact.zsbox",
        "site_contact.zsbox",
        "site_contact.qr-prompt",
    ]


RANGE = """
[[rule]]
id = "junk.tail"
family = "junk"
kind = "range"
start = { contains = ["阅读全文"] }
end = { exact = ["查看更多内容"] }
max_blocks = 6
max_block_chars = 30
why = "test"
"""


def test_range_kind_takes_the_headlines_between_its_markers():
    headlines = ["<p>某地发布新规</p>", "<p>三大指数集体收涨</p>"]
    html = (
        PROSE_HTML[0] + "<p>前往APP阅读全文</p>" + "".join(headlines) + "<p>查看更多内容</p>" + PROSE_HTML[1]
    )
    result = cleaner_from(RANGE).clean_html(html)
    assert result.paragraphs == PROSE
    assert [r.text for r in result.removed] == [
        "前往APP阅读全文",
        "某地发布新规",
        "三大指数集体收涨",
        "查看更多内容",
    ]


@pytest.mark.parametrize(
    "middle",
    [
        PROSE_HTML[1],  # a real paragraph between the markers: not a headline list
        "<p>标题</p>" * 6,  # the end marker too far away
    ],
)
def test_range_kind_needs_short_blocks_and_a_near_end(middle):
    html = PROSE_HTML[0] + "<p>前往APP阅读全文</p>" + middle + "<p>查看更多内容</p>"
    assert cleaner_from(RANGE).clean_html(html).removed == []


def test_range_kind_without_end_marker_keeps_everything():
    html = PROSE_HTML[0] + "<p>前往APP阅读全文</p><p>某地发布新规</p>" + PROSE_HTML[1]
    assert cleaner_from(RANGE).clean_html(html).removed == []


def test_followers_kind():
    body = fixture_body(8445)
    result = CLEANER.clean_html(body)
    assert [r.rule for r in result.removed[:4]] == ["eastday.forum-header"] * 4
    # The run stops at the first block that does not follow: real text keeps its place.
    html = (
        "<p>发布时间：2018年05月22日 17:03进入复兴论坛来源：东方网</p><p>第311期：何时有能力实现带薪假？</p>"
    )
    html += PROSE_HTML[0] + "<p>第310期：这一行不是紧跟在后面的</p>" + PROSE_HTML[1]
    result = CLEANER.clean_html(html)
    assert [r.text for r in result.removed] == [
        "发布时间：2018年05月22日 17:03进入复兴论坛来源：东方网",
        "第311期：何时有能力实现带薪假？",
    ]
    assert result.paragraphs == [PROSE[0], "第310期：这一行不是紧跟在后面的", PROSE[1]]


def test_cut_kind_keeps_the_paragraph_and_cuts_the_sentence():
    result = CLEANER.clean_html(fixture_body(7646))
    assert (
        result.paragraphs[0]
        == "松江物流产业园位于上海市松江区，上海市松江区新浜镇林天路218号，面积约78.67亩。"
    )
    assert result.removed[1].rule == "qianzhan.data-source"
    assert result.removed[1].position == result.removed[0].position + 1
    assert "本数据来自" not in result.html
    assert (
        "<p>\u3000\u3000松江物流产业园位于上海市松江区，上海市松江区新浜镇林天路218号，面积约78.67亩。</p>"
        in result.html
    )


def test_cut_kind_across_inline_elements():
    html = (
        "<p>\u3000\u3000园区位于新浜镇。<strong>本数据来自前瞻产业研究院</strong>产业园区数据库，"
        "<a href='#'>助力地方产业发展</a>，促进产城融合。<em>园区交通便利</em>。</p>" + PROSE_HTML[0]
    )
    result = CLEANER.clean_html(html)
    assert result.paragraphs == ["园区位于新浜镇。园区交通便利。", PROSE[0]]
    assert paragraphs(result.html) == result.paragraphs
    assert (
        result.removed[0].text == "本数据来自前瞻产业研究院产业园区数据库，助力地方产业发展，促进产城融合。"
    )


def test_line_kind_drops_one_line_and_captures_the_original_title():
    html = (
        "<p>\u3000\u3000原标题：松江产业园招商<br/>\u3000\u3000园区位于松江区新浜镇，交通便利。</p>"
        + PROSE_HTML[0]
    )
    result = CLEANER.clean_html(html)
    assert result.paragraphs == ["园区位于松江区新浜镇，交通便利。", PROSE[0]]
    assert [(r.rule, r.text) for r in result.removed] == [("credit.original-title", "原标题：松江产业园招商")]
    assert result.original_title == "松江产业园招商"
    assert "原标题" not in result.html and "<br>" not in result.html.split("</p>")[0]


def test_bracketed_original_title_is_captured_bare():
    for line, title in [
        ("（原标题：一栋楼就是一条产业链！）", "一栋楼就是一条产业链！"),
        ("（原标题：松江（新浜）产业园满租了）", "松江（新浜）产业园满租了"),
        ("原标题：《南大智慧城首批载体竣工》", "南大智慧城首批载体竣工"),
        ("原标题：松江（新浜）产业园招商", "松江（新浜）产业园招商"),  # its own brackets stay
    ]:
        result = CLEANER.clean_html(f"<p>{line}</p>" + PROSE_HTML[0])
        assert result.paragraphs == [PROSE[0]]
        assert result.original_title == title


def test_an_editor_name_in_brackets_is_not_eastmoney():
    # Eastmoney's staff code names Eastmoney; another source's bracketed editor names nobody.
    named = CLEANER.clean_html(PROSE_HTML[0] + PROSE_HTML[1] + "<p>（责任编辑：DF381）</p>")
    assert named.source == "东方财富"
    other = CLEANER.clean_html(PROSE_HTML[0] + PROSE_HTML[1] + "<p>（责任编辑：韩艺佳）</p>")
    assert other.paragraphs == PROSE[:2]
    assert other.source is None and {r.rule for r in other.removed} == {"credit.lines"}


def test_original_title_in_prose_stays():
    text = "该项目原标题为“松江产业园招商”，后更名为“松江科创园”。"
    result = CLEANER.clean_html(f"<p>{text}</p>" + PROSE_HTML[0])
    assert result.paragraphs == [text, PROSE[0]]


def test_wechat_repost_header_names_the_account():
    html = "<p>以下文章来源于园区观察 ，作者园区君</p>" + PROSE_HTML[0]
    result = CLEANER.clean_html(html)
    assert result.paragraphs == [PROSE[0]]
    assert [r.rule for r in result.removed] == ["wechat.reposted-from"]
    # A sentence about where an article's figures come from is not the header.
    text = "以下数据来源于上海市统计局，文章来源于园区官网。"
    assert CLEANER.clean_html(f"<p>{text}</p>" + PROSE_HTML[0]).paragraphs == [text, PROSE[0]]


def test_line_kind_last_line_takes_the_break_before_it():
    html = "<p>园区位于松江区新浜镇，交通便利。<br/>原标题:松江产业园招商</p>" + PROSE_HTML[0]
    result = CLEANER.clean_html(html)
    assert result.paragraphs == ["园区位于松江区新浜镇，交通便利。", PROSE[0]]
    assert "<p>园区位于松江区新浜镇，交通便利。</p>" in result.html


# --- the contact detector -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "contact",
    [
        # another salesperson, another markup, other phone formats
        "<p>张经理微信同号</p>"
        "<p>招商热线：400-820-1234<br/>手机：139 1234 5678（同微信）<br/>扫码添加，获取最新房源</p>",
        '<div class="kefu"><p>欢迎来电：021-57881234</p><p>QQ：12345678 微信：park021</p></div>',
        "<p>李女士 138-0000-1111 电话同微信</p>",
    ],
)
def test_detector_removes_contact_blocks_near_the_end(contact):
    result = CLEANER.clean_html("".join(PROSE_HTML) + contact)
    assert result.paragraphs == PROSE
    assert result.removed and {r.rule for r in result.removed} == {"site_contact.detector"}


@pytest.mark.parametrize(
    "prose",
    [
        # a long paragraph mentioning a phone number and 微信 once
        "园区管委会设有一站式服务中心，企业可拨打服务热线021-57881234咨询入驻事宜，也可关注园区微信获取最新政策；"
        "目前园区已集聚各类企业1420家，其中规模以上工业企业66家，2026年实现工业产值128亿元，同比增长百分之八。",
        # a spam-like line of post 7468: one cue (来电) in a long line is not a contact block
        "◆◆来电咨询最新售楼处地址，防控疫情人人有责，请提前联系售楼处销售进行预约登记！◆◆",
        # numbers in a table row are not phone numbers
        "<table><tr><td>2号楼</td><td>800 1000 2000</td><td>3.5</td></tr></table>",
        "<p>手机制造企业</p>",  # 手机 alone is not a cue
    ],
)
def test_detector_keeps_real_paragraphs(prose):
    html = "".join(PROSE_HTML) + (prose if prose.startswith("<") else f"<p>{prose}</p>")
    assert CLEANER.clean_html(html).removed == []


def test_detector_only_judges_the_end():
    html = "<p>张经理微信同号</p>" + "".join(PROSE_HTML * 3)
    assert CLEANER.clean_html(html).removed == []


# --- excerpts of related posts --------------------------------------------------------------------


@pytest.fixture(scope="module")
def excerpts_8214():
    html = (REFERENCE / "pages" / "index.php" / "post" / "8214.html").read_text("utf-8")
    article = extract_article("http://www.shcfck.com/index.php/post/8214.html", html, server_time=RENDERED_AT)
    cleaner = CLEANER
    return {
        int(r.url.rsplit("/", 1)[1].split(".")[0]): (r.excerpt_raw, *cleaner.clean_excerpt(r.excerpt_raw))
        for r in article.related
    }


def test_excerpts_of_8214_are_all_there(excerpts_8214):
    assert sorted(excerpts_8214) == [5870, 6215, 6790, 7033, 7321, 7468, 7502, 7646]
    for raw, clean, _ in excerpts_8214.values():
        assert raw.endswith("...") and (clean == "" or clean.endswith("..."))
        assert "\u3000" not in clean


def test_sohu_excerpts(excerpts_8214):
    for post_id, title in (
        (7502, "G60松江信创产业园-上海特色产业园区介绍"),
        (5870, "松江在线新经济电商产业联盟成立"),
    ):
        _, clean, removed = excerpts_8214[post_id]
        assert "勋章" not in clean and "原标题" not in clean
        assert [(r.family, r.text) for r in removed] == [
            (
                "sohu",
                "由内容质量、互动评论、分享传播等多维度分值决定，勋章级别越高()，代表其在平台内的综合表现越好。",
            ),
            ("sohu", f"原标题：{title}"),
        ]
    assert excerpts_8214[7502][1] == (
        "G60松江信创产业园园区简介：G60 松江信创产业园位于上海市松江区泗泾镇，规划面积 3.53 平方公里，"
        "其中核心区占地面积 231亩，加速区 200 亩，拓展区 894 亩。园区主导产业定..."
    )
    _, clean, removed = excerpts_8214[7468]
    assert clean.startswith("◆◆上海『新桥名企产业园』售楼处电线◆◆ ◆◆来电咨询")
    assert [r.rule for r in removed] == ["sohu.medal"]


def test_qianzhan_excerpt(excerpts_8214):
    _, clean, removed = excerpts_8214[7646]
    assert clean == "松江物流产业园位于上海市松江区，上海市松江区新浜镇林天路218号，面积约78.67亩。..."
    assert [r.rule for r in removed] == ["qianzhan.owner-prompt", "qianzhan.data-source"]


def test_eastday_excerpt_is_all_junk(excerpts_8214):
    _, clean, removed = excerpts_8214[7321]
    assert clean == ""
    assert [r.text for r in removed][:2] == [
        "发布时间：2012年05月09日 09:05进入复兴论坛来源：东方网手机看视频",
        "第650期：谁来医治“环保焦虑症”",
    ]
    assert len(removed) == 6


@pytest.mark.parametrize("post_id", [7033, 6790, 6215])
def test_clean_excerpts_lose_only_their_indents(post_id, excerpts_8214):
    raw, clean, removed = excerpts_8214[post_id]
    assert removed == []
    assert clean == raw.replace(" \u3000\u3000", " ").lstrip("\u3000")


def test_excerpt_split_and_ellipsis_are_the_regexes_they_replaced(excerpts_8214):
    # _excerpt_pieces and _without_ellipsis replaced two regexes that tried every position of an excerpt:
    # the same answers on every text of up to five of the characters that matter (spaces before an
    # indent, indents of one, two or three U+3000, dots, a line break, the ellipsis) and on real excerpts.
    import itertools
    import re

    from parkcrawler.clean.engine import _excerpt_pieces, _without_ellipsis

    indent, ellipsis = re.compile(r"[ \t\xa0]*\u3000{2,}"), re.compile(r"(?:\.{3}|…)$")
    texts = ["".join(t) for k in range(6) for t in itertools.product(" \t\xa0\u3000.…a\n", repeat=k)]
    texts += [raw for raw, _, _ in excerpts_8214.values()]
    texts += ["a \u3000 \u3000\u3000b\xa0 ", "\u3000\u3000 \t\u3000\u3000\u3000x ...", "x....", "x…..."]
    for text in texts:
        assert _excerpt_pieces(text) == [p for p in indent.split(text) if p.strip()], repr(text)
        assert _without_ellipsis(text.strip()) == ellipsis.subn("", text.strip()), repr(text)


# --- the safety guard -----------------------------------------------------------------------------


GREEDY = """
[[rule]]
id = "junk.greedy"
family = "junk"
kind = "block"
match = { contains = ["平方"] }
why = "a rule gone wild"
"""


def test_guard_refuses_a_rule_that_would_take_most_of_the_body():
    result = cleaner_from(GREEDY).clean_html("".join(PROSE_HTML) + "<p>短句</p>")
    assert result.paragraphs == PROSE + ["短句"]
    assert result.removed == []
    assert len(result.suspicious) == 1 and result.suspicious[0].startswith("junk.greedy: would remove 9")


def test_guard_share_is_configurable_and_measured_in_characters():
    html = "".join(PROSE_HTML) + "<p>短句</p>"
    assert cleaner_from(GREEDY, max_share=1.0).clean_html(html).paragraphs == ["短句"]
    # Seven short junk blocks before three real paragraphs: 70% of the blocks, 43% of the text.
    result = CLEANER.clean_html(fixture_body(7321))
    assert len(result.removed) == 7 and len(result.paragraphs) == 3
    assert result.suspicious == []


def test_safe_rules_apply_to_short_articles():
    html = "<p>厂房出租。</p>" + example_html(CLEANER.rules[0].examples[0])
    result = CLEANER.clean_html(html)
    assert result.paragraphs == ["厂房出租。"]
    assert {r.rule for r in result.removed} == {"site_contact.zsbox"}


PICTURE_POST = (
    '<p><img src="http://www.shcfck.com/zb_users/upload/2024/01/a.jpg"/></p><p>图为松江工业园区一期厂房外景。</p>'
    "<p>招商热线：021-5788 1234</p><p>李经理 135-2467-8515（同微信）</p>"
    "<p>专业厂房土地租售，免费代办工商注册、环评，欢迎咨询</p>"
)


def test_the_sites_own_contact_block_goes_from_a_post_of_pictures():
    # One caption line and the salesperson's contact: removing the contact is 81% of the text, yet it
    # is the site's own furniture (an `own` family), not a guess, so the guard lets it go.
    result = CLEANER.clean_html(PICTURE_POST)
    assert result.paragraphs == ["图为松江工业园区一期厂房外景。"]
    assert result.images == ["http://www.shcfck.com/zb_users/upload/2024/01/a.jpg"]
    assert {r.rule for r in result.removed} == {"site_contact.detector"}
    assert result.suspicious == []


def test_a_post_of_nothing_but_the_sites_contact_block_is_empty():
    result = CLEANER.clean_html(PICTURE_POST.replace("<p>图为松江工业园区一期厂房外景。</p>", ""))
    assert result.paragraphs == [] and result.suspicious == []


def test_families_not_marked_own_stay_guarded():
    # The same rule in a family that is not the site's own is refused on the same short page.
    contact = next(r for r in CLEANER.rules if r.id == "site_contact.detector")
    guarded = Cleaner([contact], own=frozenset())
    result = guarded.clean_html(PICTURE_POST)
    assert len(result.paragraphs) == 4
    assert result.suspicious == [
        "site_contact.detector: would remove 81% of the body's text (limit 60%); not applied"
    ]


def test_guard_does_not_apply_to_excerpts():
    clean, removed = cleaner_from(GREEDY).clean_excerpt("\u3000\u3000面积3万平方米。 \u3000\u3000交通便利...")
    assert clean == "交通便利..."
    assert [r.text for r in removed] == ["面积3万平方米。"]


# --- rule validation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rule, message",
    [
        ('kind = "block"\nmatch = { contains = ["x"] }\nsafe = true', "only exact-text and element rules"),
        ('kind = "block"\nmatch = { regex = ["，"] }', "NFKC"),
        ('kind = "block"\nmatch = { equals = ["x"] }', "matcher"),
        ('kind = "blocks"\nmatch = { exact = ["x"] }', "kind must be one of"),
        ('kind = "range"\nstart = { exact = ["x"] }', "needs `end`"),
        ('kind = "block"\nmatch = { exact = ["x"] }\npattern = "x"', "pattern"),
        ('kind = "line"\nmatch = { prefix = ["x"] }\ncaptures = "author"', "captures"),
    ],
)
def test_invalid_rules_are_rejected(rule, message):
    with pytest.raises(ValueError, match=message):
        cleaner_from(f'[[rule]]\nid = "junk.bad"\nfamily = "junk"\nwhy = "test"\n{rule}\n')


def test_undeclared_family_is_rejected():
    with pytest.raises(ValueError, match="families"):
        Cleaner.from_toml(
            '[[rule]]\nid = "x.y"\nfamily = "x"\nkind = "block"\nwhy = "t"\nmatch = { exact = ["x"] }'
        )


def test_expected_files_agree_with_rule_families():
    families = {r.family for r in CLEANER.rules}
    for post_id in POST_IDS:
        expected = json.loads((REFERENCE / "expected" / f"{post_id}.json").read_text("utf-8"))
        assert {b["family"] for b in expected["boilerplate_removed"]} <= families


# --- provenance: the source and the original title of a syndicated copy --------------------------


def test_a_familys_boilerplate_names_the_source():
    html = PROSE_HTML[0] + "<p>海量资讯、精准解读，尽在新浪财经APP</p>"
    assert CLEANER.clean_html(html).source == "新浪"


def test_a_credit_line_names_the_source_when_no_family_does():
    result = CLEANER.clean_html("<p>来源：澎湃新闻</p>" + "".join(PROSE_HTML))
    assert result.source == "澎湃"  # the alias table makes 澎湃新闻 the publisher 澎湃
    result = CLEANER.clean_html("<p>来源：松江报</p>" + "".join(PROSE_HTML))
    assert result.source == "松江报"  # a publisher without an alias is kept as stated
    result = CLEANER.clean_html("<p>来源：网络</p>" + "".join(PROSE_HTML))
    assert result.source is None and [r.text for r in result.removed] == ["来源：网络"]


def test_the_copied_platform_beats_the_source_it_states():
    # An Eastmoney copy of a 证券时报 article: the site copied it from Eastmoney.
    html = "".join(PROSE_HTML) + "<p>（文章来源：证券时报）</p><p>打开东方财富APP查看更多内容</p>"
    assert CLEANER.clean_html(html).source == "东方财富"


def test_government_pages_name_their_office():
    html = "<p>来源：上海市松江区人民政府 发布日期：2023-06-05</p>" + "".join(PROSE_HTML)
    result = CLEANER.clean_html(html)
    assert (result.source, [r.family for r in result.removed]) == ("上海市松江区人民政府", ["gov"])


@pytest.mark.parametrize(
    "stated, publisher",
    [
        ("某某网-《某某日报》", "某某网"),
        ("新浪财经", "新浪"),
        ("（澎湃新闻）", "澎湃"),
        ("网络整理", None),
        ("", None),
    ],
)
def test_publisher_names(stated, publisher):
    assert CLEANER.publishers.name(stated) == publisher


def test_inheriting_rules_record_the_pages_source_family():
    sina = (
        "<p>原标题：松江产业园招商</p>" + "".join(PROSE_HTML) + "<p>海量资讯、精准解读，尽在新浪财经APP</p>"
    )
    assert [r.family for r in CLEANER.clean_html(sina).removed] == ["sina", "sina"]
    alone = "<p>原标题：松江产业园招商</p>" + "".join(PROSE_HTML)
    assert [r.family for r in CLEANER.clean_html(alone).removed] == ["credit"]


def test_clean_article_keeps_the_original_title_only_when_it_differs():
    from parkcrawler.items import Article

    def article(title):
        raw = "<p>原标题：松江产业园招商</p>" + "".join(PROSE_HTML)
        return Article(
            "u", "shcfck", 1, title, None, None, None, None, None, None, None, None, raw_body_html=raw
        )

    assert clean_article(article("松江产业园招商")).original_title is None
    assert clean_article(article("松江产业园招商引资全面提速")).original_title == "松江产业园招商"


# --- the guard over repeated detector passes ------------------------------------------------------


def test_the_guard_counts_everything_a_detector_removes_on_a_page():
    # A credit detector that looks at the last block only peels one line per pass: the guard adds up
    # its passes, so the second line, which would bring it over the share, is refused.
    cleaner = cleaner_from(
        """
[[rule]]
id = "junk.credits"
family = "junk"
kind = "credit"
labels = ["作者", "编辑"]
byline_labels = []
source_labels = []
publisher_suffixes = ["网"]
keep_orgs = []
head = 0
tail = 1
why = "test"
"""
    )
    result = cleaner.clean_html("<p>厂房出租。</p><p>作者：张三</p><p>编辑：李四</p>")
    assert result.paragraphs == ["厂房出租。", "作者：张三"]
    assert [r.text for r in result.removed] == ["编辑：李四"]
    assert result.suspicious == ["junk.credits: would remove 67% of the body's text (limit 60%); not applied"]


def test_excerpts_are_cleaned_by_the_catalog_only():
    # An excerpt is the head of a post cut after 180 characters: no tail for detectors to judge.
    clean, removed = CLEANER.clean_excerpt(
        "\u3000\u3000园区简介 \u3000\u3000李经理 135-2467-8515（同微信）..."
    )
    assert clean == "园区简介 李经理 135-2467-8515（同微信）..." and removed == []


def test_nfkc_map_normalises_every_character_on_its_own():
    # nfkc_map skips the characters it knows to be their own form by a regex: the result must be the
    # per-character NFKC of every code point, expanding ones (… -> ...) with their index, and traditional
    # characters folded to simplified ones after it (one for one: the index stands).
    import unicodedata

    from parkcrawler.clean.blocks import nfkc_map
    from parkcrawler.extract.script import to_simplified

    text = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    forms = [unicodedata.normalize("NFKC", ch) for ch in text]
    normalised, index = nfkc_map(text)
    assert normalised == to_simplified("".join(forms))
    assert to_simplified("來源") == "来源" and normalised != "".join(forms)
    assert index == [i for i, form in enumerate(forms) for _ in form]


def test_uncased_and_the_script_fold_test_every_code_point_as_the_slow_forms_do():
    # Both are regex classes now (a bitmap below U+10000, a set above it): each must answer as the
    # plain definitions do, on every single code point and on a text mixing all of them.
    from parkcrawler.clean.base import _cased, uncased
    from parkcrawler.extract.script import _pairs, any_of, to_simplified

    points = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    assert _cased() == [ch for ch in points if ch.lower() + ch.upper() != ch + ch]
    assert [ch for ch in points if not uncased(ch)] == _cased()
    assert not uncased("".join(points)) and uncased("来源：园区 2024-05-16 ① 。")
    # The first character the class finds decides below U+10000 (cased); an astral one (uncased emoji and
    # ideographs, cased Deseret) is asked of the definition, whatever comes before or after it.
    mixed = ["\U0001f600来源", "来\U00020000源①", "\U00020000a"]
    mixed += ["源\U00010400", "\U0001f600\U00010428", "\U00020000µ"]
    expected = [True, True, False, False, False, False]
    assert [uncased(t) for t in mixed] == [t.lower() == t == t.upper() for t in mixed] == expected
    traditional = set(_pairs())
    assert [ch for ch in points if to_simplified(ch) != ch] == [ch for ch in points if ch in traditional]
    has = any_of(["a", "\U00020000", "-", "]"])  # characters a regex class must escape, one above U+FFFF
    assert [has(t) for t in ("xyz", "x-", "x]", "x\U00020000", "x\U00020001", "")] == [
        False,
        True,
        True,
        True,
        False,
        False,
    ]


def test_cleaning_a_body_makes_no_reference_cycles():
    # The parsed body must go as soon as cleaning is done, by reference counting: recursive closures in
    # the block walk were cycles that kept it (and its libxml2 tree) until the collector's next pass.
    import gc

    html = (
        "<div>loose <b>text</b><p>一段<span>正文<em>内容</em></span>。<br/>第二行</p>"
        "<table><tr><td><p>单元格</p></td><td>甲<br/>乙</td></tr></table></div><p>责任编辑：王宇</p>"
    )
    CLEANER.clean_html(html)  # caches and memos filled first
    gc.collect()
    gc.disable()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        result = CLEANER.clean_html(html)
        gc.collect()
        garbage = [type(o).__name__ for o in gc.garbage]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert "正文内容" in result.body and "王宇" not in result.body
    assert garbage == []


def test_plain_body_is_the_same_tree_and_drop_tree_the_same():
    # The cleaner parses bodies into lxml's plain elements and uses its own drop_tree and text_content.
    import lxml.html

    from parkcrawler.extract.html import drop_tree, parse_body_plain, text_content

    html = "x <p>a<br/>b<span>c</span> t</p><!-- c --><div><p>d</p>e<br/>f</div> g"
    plain, rich = parse_body_plain(html), lxml.html.fragment_fromstring(html, create_parent="div")
    assert lxml.html.tostring(plain) == lxml.html.tostring(rich)
    assert text_content(plain) == rich.text_content()
    for tree, drop in ((plain, drop_tree), (rich, lambda e: e.drop_tree())):
        for element in [e for e in tree.iter("br", "span")]:
            drop(element)
    assert lxml.html.tostring(plain) == lxml.html.tostring(rich)


def test_template_key_normalises_plain_text_character_by_character_as_nfkc_does():
    # template_key reads a text of _COMPOSABLE's complement character by character: sound only if no
    # character of _PLAIN is the second of a canonical composition (Hangul's vowels and trailing
    # consonants compose by rule, not by decomposition) and each such character's own NFKC is per-char.
    import random
    import unicodedata

    from parkcrawler.clean.blocks import nfkc_chars
    from parkcrawler.clean.templates import _COMPOSABLE, _PLAIN

    seconds = {chr(c) for c in [*range(0x1161, 0x1176), *range(0x11A8, 0x11C3)]}
    for code in range(0x110000):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(chr(int(parts[1], 16)))
    assert not [ch for ch in seconds if any(low <= ord(ch) <= high for low, high in _PLAIN)]
    plain = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF and not _COMPOSABLE.match(chr(c))]
    assert "，" in plain and "㎡" in plain and "é" not in plain
    assert all(unicodedata.normalize("NFKC", ch) == nfkc_chars(ch) for ch in plain)
    pick = random.Random(13)
    for _ in range(5_000):
        text = "".join(pick.choices(plain, k=pick.randint(1, 12)))
        assert unicodedata.normalize("NFKC", text) == nfkc_chars(text)


def test_template_key_takes_a_blocks_norm_only_where_it_is_the_nfkc_form():
    # template_key takes nfkc_map's form (a Block's norm) for a text without a character of _NOT_IN_NORM:
    # sound only if every other character is of _COMPOSABLE's complement (NFKC per character, the test
    # above) and nfkc_map keeps its NFKC form (folds no traditional character out of it). Every code point.
    import random
    import unicodedata

    from parkcrawler.clean.blocks import Block, nfkc_map
    from parkcrawler.clean.templates import (
        _COMPOSABLE,
        _NOT_IN_NORM,
        LearningSettings,
        eligible,
        template_key,
    )

    codes = [c for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    kept = [chr(c) for c in codes if not _NOT_IN_NORM.match(chr(c))]
    assert "，" in kept and "㎡" in kept and "园" in kept and "園" not in kept and "é" not in kept
    assert not [ch for ch in kept if _COMPOSABLE.match(ch)]
    assert not [ch for ch in kept if nfkc_map(ch)[0] != unicodedata.normalize("NFKC", ch)]
    # The long way (no norm) against the block's, on texts with and without such characters.
    pick = random.Random(14)
    alphabet = [*pick.sample(kept, 200), *"園區電話é\u0301\u3099か１２３ \n。，"]
    texts = [
        "園區簡介：電話１２３４５６７８９０",
        "公司\u3000地址：上海市松江区１２号",
        "cafe\u0301 か\u3099 园区简介说明",
    ]
    texts += ["".join(pick.choices(alphabet, k=pick.randint(1, 30))) for _ in range(3_000)]
    settings = LearningSettings(min_chars=0, max_chars=10_000)
    for text in texts:
        block = Block(0, text, tag="p")
        assert template_key(text, block.norm) == template_key(text), text
        assert eligible(block, settings) == template_key(text), text


def test_template_key_finds_sentence_ends_and_digits_as_the_plain_regexes_do():
    # _SENTENCE_END leads with one class so re can skip to it; a digit is looked for before the sub.
    import random
    import re
    import unicodedata

    from parkcrawler.clean import templates

    old_end, digits = re.compile(r"[。！？]|[!?](?![\w=&])"), re.compile(r"\d+")
    pick = random.Random(7)
    alphabet = "。！？!?=&_a1١中 \n#"
    texts = ["", "?", "a?b", "a?=b", "p=1&q?", "好！", "?\n", "!_", "1？2", "二〇二四年12月"]
    texts += ["".join(pick.choices(alphabet, k=pick.randint(1, 8))) for _ in range(3_000)]
    texts += ["本文短链接：…?p=120", "文章编号 5601", "外资项目4个。", "电话：021-5036 1188", "扫一扫"]
    for text in texts:
        assert (templates._SENTENCE_END.search(text) is None) == (old_end.search(text) is None), text
        key = "".join(unicodedata.normalize("NFKC", text).split())
        assert templates.template_key(text) == (key if old_end.search(key) else digits.sub("#", key)), text


def test_an_element_rule_skips_a_body_whose_source_cannot_hold_its_selector():
    # The gate: a class, id or attribute value the selector needs must be in the source, unless a
    # character reference could have made it; when it is there, the selector decides as before.
    from parkcrawler.clean.engine import _may_select, _needed_texts

    assert _needed_texts("div.zsbox") == ("zsbox",)
    assert _needed_texts("[data-role='editor-name'], #a p") == ("editor-name", "a")
    assert _needed_texts("p:not(.x)") is None and _needed_texts("div.a, p") is None
    assert not _may_select('<div class="box">x</div>', ("zsbox",))
    assert _may_select('<div class="zs&#98;ox">x</div>', ("zsbox",))
    cleaner = Cleaner.from_toml(
        '[families]\nsite_contact = {}\n[[rule]]\nid = "x.box"\nfamily = "site_contact"\nkind = "element"\n'
        'selector = "div.zsbox"\nsafe = true\nwhy = "w"\n'
    )
    for box in ('class="zs&#98;ox"', 'class="zsbox"'):
        html = f"<p>正文。</p><div {box}><p>联系我们</p></div>"
        assert cleaner.clean_html(html).paragraphs == ["正文。"]


def test_nfkc_map_replacing_each_distinct_character_gives_the_per_character_forms():
    # The fast path replaces each distinct changed character at once: on texts mixing kept, changed,
    # traditional and expanding characters it must give the per-character definition and its index.
    import random
    import unicodedata

    from parkcrawler.clean.blocks import nfkc_map
    from parkcrawler.extract.script import to_simplified

    alphabet = list("园区来源，：（）！？；　 a1Ａ１㎡…來源發佈¹ｶカé\u0301①") + ["\U0002f800"]
    pick = random.Random(7)
    for _ in range(3_000):
        text = "".join(pick.choices(alphabet, k=pick.randint(0, 10)))
        forms = [to_simplified(unicodedata.normalize("NFKC", ch)) for ch in text]
        assert nfkc_map(text) == ("".join(forms), [i for i, form in enumerate(forms) for _ in form])


def test_blockify_normalises_all_blocks_at_once_as_each_block_on_its_own():
    # blockify normalises the concatenation of its blocks' texts and slices it; a block holding a
    # character whose form is not one kept character (㎡, …, é + combining accent) takes its own
    # nfkc_map. Each block must get exactly what nfkc_map gives its text alone, index included.
    import random

    from parkcrawler.clean.blocks import nfkc_map

    alphabet = list("园区来源，：（）！？；a1Ａ１㎡…來源發佈¹ｶカé\u0301①") + ["\U0002f800"]
    pick = random.Random(11)
    for _ in range(500):
        texts = ["".join(pick.choices(alphabet, k=pick.randint(1, 8))) for _ in range(pick.randint(1, 5))]
        html = "".join(f"<p>{htmllib.escape(t)}</p>" for t in texts)
        for block in blockify(parse_body(html)):
            assert block.norm_map() == nfkc_map(block.text), block.text


def test_blockify_makes_its_blocks_as_the_class_does():
    # blockify sets a block's fields itself (_leaf_block) instead of calling Block: every field the class
    # has (a new one included) must be what Block(..., normalise=False) and then _normalise give it.
    from parkcrawler.clean.blocks import Block, _leaf_block, _normalise

    missing = object()
    for post_id in POST_IDS[:3]:
        made = blockify(parse_body(fixture_body(post_id)))
        assert made
        for block in made:
            fields = (block.position, block.text, block.element, list(block.runs), block.tag)
            ours, theirs = _leaf_block(*fields), Block(*fields[:4], tag=block.tag, normalise=False)
            _normalise([ours])
            _normalise([theirs])
            for name in Block.__slots__:
                assert getattr(ours, name, missing) == getattr(theirs, name, missing), name
                assert getattr(block, name, missing) == getattr(theirs, name, missing), name


def test_a_plain_paragraphs_text_is_what_tidy_makes_of_it():
    # _inline_text_runs strips a one-line paragraph of plain text itself instead of calling _tidy and
    # _select: the same text and runs on every text of up to six of the characters that matter.
    import itertools

    import lxml.html

    from parkcrawler.clean.blocks import _COLLAPSE, _inline_text_runs, _tidy

    paragraph = lxml.html.fromstring("<p>x</p>")
    for k in range(1, 7):
        for chars in itertools.product(" \t\n\xa0\u3000a好", repeat=k):
            paragraph.text = text = "".join(chars)
            expected = _tidy(_COLLAPSE.sub(" ", text), [(0, len(text), paragraph, "text", 0)])
            assert _inline_text_runs(paragraph, "\n") == expected, repr(text)


def test_a_text_is_collapsed_only_when_it_holds_what_collapses():
    # _inline_text_runs and _walk_inline skip _COLLAPSE's sub of a text that is printable once its leading
    # U+3000s are stripped. Against the sub on every character lxml takes (alone, after indents, before and
    # after a letter), in a plain paragraph and in a child's text and tail: fails if the test strips
    # anything but U+3000 (\xa0 is white space too) or takes a character that collapses for printable.
    import lxml.html

    from parkcrawler.clean.blocks import _COLLAPSE, _inline_text_runs, _tidy, _walk_inline

    paragraph = lxml.html.fromstring("<p>x</p>")
    nested = lxml.html.fromstring("<p>x<b>y</b>z</p>")
    child = nested[0]
    points = [0x09, 0x0A, 0x0D, *range(0x20, 0xD800), *range(0xE000, 0xFFFE), 0x10400, 0x1F600]
    chars = [chr(c) for c in points]
    for ch in chars:
        for text in (ch, "\u3000\u3000" + ch + "a", "a" + ch, ch + "\u3000"):
            paragraph.text = text
            expected = _tidy(_COLLAPSE.sub(" ", text), [(0, len(text), paragraph, "text", 0)])
            assert _inline_text_runs(paragraph, "\n") == expected, repr(text)
            nested.text = child.tail = text
            parts: list[str] = []
            _walk_inline(nested, "\n", parts, [], 0)
            assert parts == [_COLLAPSE.sub(" ", text), "y", _COLLAPSE.sub(" ", text)], repr(text)


def test_a_catalog_rule_sees_what_an_earlier_rule_left():
    # The catalog index is asked again after each change: the cut makes the second line 来源：某网, which
    # only then matches the line rule's trigger. The block rule before the cut had its turn already: the
    # 第二段 the cut leaves stays.
    cleaner = cleaner_from(
        """
[[rule]]
id = "junk.early"
family = "junk"
kind = "block"
match = { exact = ["第二段"] }
why = "test"
[[rule]]
id = "junk.cut"
family = "junk"
kind = "cut"
match = { contains = ["【广告】"] }
why = "test"
[[rule]]
id = "junk.line"
family = "junk"
kind = "line"
match = { prefix = ["来源："] }
why = "test"
"""
    )
    result = cleaner.clean_html("<p>正文很长的一段文字，不删。<br/>来【广告】源：某网</p><p>第【广告】二段")
    assert result.paragraphs == ["正文很长的一段文字，不删。", "第二段"]
    assert sorted(r.rule for r in result.removed) == ["junk.cut", "junk.cut", "junk.line"]


def test_catalog_rules_shown_only_the_blocks_their_trigger_matches_plan_as_on_the_whole_body():
    # _catalog_run shows a block, cut or line rule only the live blocks whose text or one of whose lines
    # its trigger matches. Against every catalog rule applied in order to the whole document (what the
    # index skips finds nothing): the same result on the reference pages and on bodies where a trigger
    # matches a block's second line only, a whole two-line block but none of its lines, or part of a line.
    import copy

    rules = """
[[rule]]
id = "junk.block"
family = "junk"
kind = "block"
match = { exact = ["第二段"], regex = ['^甲\\n乙$'] }
why = "test"
[[rule]]
id = "junk.cut"
family = "junk"
kind = "cut"
match = { contains = ["【广告】"] }
why = "test"
[[rule]]
id = "junk.line"
family = "junk"
kind = "line"
match = { prefix = ["来源："], regex = ['^责任编辑:.{1,4}$'] }
captures = "source"
why = "test"
[[rule]]
id = "junk.range"
family = "junk"
kind = "range"
start = { exact = ["热点"] }
end = { exact = ["完"] }
why = "test"
"""
    bodies = [
        "<p>正文很长的一段文字，不删。<br/>来源：某网</p><p>第二段</p><p>甲<br/>乙</p><p>甲<br/>乙<br/>丙</p>",
        "<p>一【广告】二<br/>责任编辑：王五</p><p>热点</p><p>第二段</p><p>完</p><p>三【广告】</p>",
        "<p>来【广告】源：某网</p><p>第【广告】二段</p><p>责任编辑：王五六七八九</p>" + "".join(PROSE_HTML),
    ]
    bodies += [fixture_body(post_id) for post_id in POST_IDS]
    for cleaner in (cleaner_from(rules), CLEANER):
        whole = copy.copy(cleaner)
        whole._catalog_run = lambda run, whole=whole: [run.apply(rule) for rule in whole._catalog]
        for html in bodies:
            gated, ungated = cleaner.clean_html(html), whole.clean_html(html)
            assert (gated.html, gated.removed) == (ungated.html, ungated.removed)
            assert gated.source == ungated.source
    assert [r.rule for r in cleaner_from(rules).clean_html(bodies[0]).removed] == [
        "junk.line", "junk.block", "junk.block",
    ]  # fmt: skip


def test_select_of_one_span_and_one_run_is_the_general_one():
    # _select's shortcut for one span of a text with one run, against the general walk written out.
    from parkcrawler.clean.blocks import _select

    def general(text, runs, spans):
        out, position = [], 0
        for a, b in spans:
            for start, end, node, attr, offset in runs:
                low, high = max(start, a), min(end, b)
                if low < high:
                    out.append((position + low - a, position + high - a, node, attr, offset + low - start))
            position += b - a
        return "".join(text[a:b] for a, b in spans), out

    text = "abcdefgh"
    for start in range(9):
        for end in range(start, 9):
            for a in range(9):
                for b in range(a, 9):
                    runs = [(start, end, "node", "text", 3)]
                    assert _select(text, runs, [(a, b)]) == general(text, runs, [(a, b)])


def test_catalog_index_asks_only_the_rules_of_the_unions_that_match():
    # _CatalogIndex.hits tries only the rules with a pattern in a per-method union that matches the text
    # (a searched regex opening with ^ is in the matched union), with the union's variant picked once per
    # text. Against every trigger asked directly, on the reference bodies' blocks and lines and on texts
    # made to match one kind of pattern only: an exact line, a prefix, a searched phrase inside prose, a
    # ^-anchored searched regex, Latin letters in either case (the folded variant).
    from parkcrawler.clean.blocks import parse_body_plain

    index = CLEANER._index
    texts = [
        "返回搜狐,查看更多", "来源:某网 作者:", "正文。更多本行业研究分析详见前瞻产业研究院。", "原标题:某某",
        "^原标题", "END", "end", "— END —", "东方财富APP阅读全文", "东方财富app阅读全文", "正文", "",
        # _CatalogIndex's plans: a pattern's optional opening (原标题 without its bracket, 阅读原文
        # without 点击, the (?-less 责任编辑 line), one opening with any character (澎湃号), a literal
        # run broken by an optional character (原标?题: holds 题: but not 原题:), exact lines and their
        # neighbours, a cased exact line in either case, a line opening as a trigger does, matching none.
        "【原标题:某某】", " 原题:某某", "原题:某某", "阅读原文", "点击阅读原文", "x阅读原文查看更多",
        "读原文", "某某区政府 澎湃号·政务", "某某 澎湃号·媒体", "澎湃号·政务", "责任编辑: 王某_NB1234",
        "(责任编辑:DF12)", "知道了", "知道了。", " 知道了", "Notice: The content above", "原创 某某",
        "notice: the content above", "copyright © 1996-2024 sina corporation", "上一篇:某某", "上一篇某某",
        "上海某某园区",
    ]  # fmt: skip
    for post_id in POST_IDS:
        for block in blockify(parse_body_plain(fixture_body(post_id))):
            texts += [block.norm, *block.norm.split("\n")]
    from parkcrawler.clean.base import caseless, union, union_groups

    # The per-method unions of every trigger's patterns (their folded variants: any text).
    patterns = [p for m in index.triggers.values() for p in m._patterns]
    unions = [(caseless(union(sources)), method) for method, sources in union_groups(patterns).items()]
    methods = {method for _, method in unions}
    assert methods == {"fullmatch", "match", "search"}  # every kind of union is exercised
    kinds = set()
    for text in texts:
        index._hits.clear()
        expected = frozenset(r for r, m in index.triggers.items() if m.matches(text))
        assert index.hits(text) == expected, text
        kinds |= {method for regex, method in unions if getattr(regex, method)(text)}
    assert kinds == methods  # each union matched some text here
    assert sum(1 for t in texts if index.hits(t)) >= 5


def test_catalog_plans_read_patterns_soundly():
    # What _CatalogIndex's plans read from a pattern must hold of every match: the characters a match at
    # the start opens with, a cased character every match holds, a literal run every match holds, the one
    # text an exact literal fullmatches. Checked against re on texts made to probe each.
    import itertools
    import re

    from parkcrawler.clean.base import uncased
    from parkcrawler.clean.engine import _first_chars, _literal, _needs_cased, _run
    from parkcrawler.clean.engine import _parser as parser

    patterns = [
        r"^[(\[【]?\s*原标?题:", r"^(?:点击)?.?阅读原文", r"^\S{2,20}\s*澎湃号", r"a?b", r"(?:ab|c)d",
        r"[ab]*c", r"(?=a)ab", r"x{0}y", r"(?:a|)b", r"甲(?i:B)", r"[甲乙]丙", r"Ab", r"(?:Ab|Cd)", r"[aA]x",
        r"\(?甲", r"a+b", r"a*", r"$", r"甲|乙", r"(a)?b", r"(?>a)b", r"a++b", r"a*?b", r"E[\W_]*",
        r"甲乙\s*丙丁戊",
    ]  # fmt: skip
    alphabet = [*"abcdxyAB(:【 ", "甲", "乙", "丙", "原", "标", "题"]
    texts = ["".join(t) for n in range(4) for t in itertools.product(alphabet, repeat=n)]
    texts += ["原标题:", "【 原题:", "点击x阅读原文", "某某区 澎湃号", "甲乙 丙丁戊", "甲乙丙丁戊"]
    for pattern in patterns:
        for folded in (False, True):
            regex = re.compile(pattern, re.IGNORECASE if folded else 0)
            firsts = _first_chars(pattern, folded=folded)
            run = _run(pattern, folded)
            for text in texts:
                found = regex.match(text)
                if found and firsts is not None:
                    assert found.end() > 0 and text[0] in firsts, (pattern, folded, text)
                if regex.search(text):
                    assert run in text, (pattern, folded, text)
                    cased = not uncased(text)
                    assert folded or cased or not _needs_cased(parser.parse(pattern).data), (pattern, text)
        literal = _literal(re.escape(pattern))
        if literal is not None:
            assert literal == pattern and re.escape(pattern) == re.escape(literal)
    assert _first_chars(r"^[(\[【]?\s*原标?题:", folded=False) is None  # \s: any space
    assert _first_chars(r"^\(?甲", folded=False) == frozenset("(甲")
    assert _first_chars("Ab", folded=True) is None and _first_chars("Ab", folded=False) == frozenset("A")
    assert _run(r"^[(\[【]?\s*原标?题:", False) == "题:"
    assert _needs_cased(parser.parse("E[\\W_]*").data) and not _needs_cased(parser.parse("[aA1]甲").data)
    assert _literal("Abc") is None and _literal("甲乙") == "甲乙" and _literal("甲+") is None
