"""Each detector with junk it must find and real park text it must leave alone.

The predicates are called on plain text (in NFKC form, as the cleaner hands them blocks); the last
tests run whole bodies through the cleaner, where detectors peel junk off the edges.
"""

import copy
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parkcrawler.clean import Cleaner

PROSE = (
    "松江综合保税区位于松江出口加工区内，规划面积约4.1平方公里，已形成以电子信息、高端装备和生物医药为主导的"
    "产业格局，区内企业享受保税加工、保税物流等政策，近年来进出口总额保持稳定增长，成为长三角重要的开放平台。"
)


def detector(rule_id: str):
    return next(r for r in Cleaner.default().rules if r.id == rule_id)


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def clean(*blocks: str):
    return Cleaner.default().clean_html("".join(b if b.startswith("<") else f"<p>{b}</p>" for b in blocks))


# --- contact blocks -------------------------------------------------------------------------------

CONTACT = detector("site_contact.detector")


@pytest.mark.parametrize(
    "run",
    [
        [
            "招商经理：陈先生 186-2180-6699（微信同号）",
            "免费提供园区选址、工商注册一站式服务，欢迎来电咨询！",
        ],
        ["李经理 135-2467-8515（同微信）", "专业厂房土地租售，免费代办工商注册、环评，欢迎咨询"],
        ["联系人：刘先生", "手机：13701887123", "微信：liu_factory", "邮箱：liu@shcfck.com"],
        ["招商热线 400-021-6688", "微信号 shcfck021", "QQ 2851234567"],
        ["更多厂房、仓库、土地信息，请联系：张女士 13918817766 / 021-57891234"],
        ["扫码加我微信，备注“厂房”", "招商热线：400-820-0213 转 2（徐经理）"],
    ],
)
def test_contact_runs_are_adverts(run):
    texts = [nfkc(t) for t in run]
    assert all(CONTACT.is_contactish(t) for t in texts)
    assert CONTACT.judge_run(texts)


@pytest.mark.parametrize(
    "run",
    [
        # A notice's own contact section: an office, a landline, a gov.cn address.
        ["联系人：区经委产业发展科 李老师", "联系电话：021-37735806", "电子邮箱：cyfzk@songjiang.gov.cn"],
        ["政策咨询：区经委技术进步科 联系电话：021-37735800"],
        ["咨询电话：021-57741688（工作日9:00—17:00）"],
        # Under the notice's own numbered heading, an office holder named by title: a 招商 centre's contact.
        [
            "三、联系方式",
            "联系人：经济技术开发区招商服务中心 孙主任",
            "联系电话：0731-80116688",
            "电子邮箱：zs11@xczs.gov.cn",
        ],
        # A park's hotline and WeChat account in prose.
        [
            "基地开通了24小时服务热线021-67891234，企业也可以通过基地的微信公众号预约会议室、申请人才公寓和"
            "查询扶持政策，大部分事项一天内就能办结。"
        ],
        # Numbers in a table row are not a hotline.
        ["2号楼 800 1000 2000 3.5"],
    ],
)
def test_institutional_contacts_and_prose_are_not_adverts(run):
    assert not CONTACT.judge_run([nfkc(t) for t in run])


def test_one_contact_word_does_not_make_a_sentence_contact_ish():
    assert not CONTACT.is_contactish(
        nfkc("园区提供医疗器械注册咨询和检测服务，入驻企业可享受区级产业扶持政策。")
    )
    assert CONTACT.is_contactish(nfkc("欢迎咨询"))  # short: any cue will do


def test_contact_cues_count_each_number_once():
    cues = CONTACT.cues(nfkc("手机：139-1234-5678 电话：021-5788 1234 QQ：12345678"))
    assert (cues.mobiles, cues.landlines, cues.channels) == (1, 1, 1)


def test_contact_detector_judges_runs_away_from_the_end_harder():
    result = clean(PROSE, "王经理 138-1234-5678（同微信）", "获取最新房源")
    assert result.paragraphs == [PROSE]
    assert [r.text for r in result.removed] == ["王经理 138-1234-5678（同微信）", "获取最新房源"]
    # In the middle: a salesperson's card (mobile, WeChat, 经理) goes, with its pitch line...
    middle = clean(PROSE, "王经理 138-1234-5678（同微信）", "专业厂房租售，免费代办", REPORT)
    assert middle.paragraphs == [PROSE, REPORT]
    # ... a bare number with a single cue, or an institution's own contact, stays.
    for kept in ("咨询电话：138-1234-5678", "联系人：园区管委会招商科 王老师 138-1234-5678（同微信）"):
        assert clean(PROSE, kept, REPORT).paragraphs == [PROSE, kept, REPORT]


def test_a_notice_keeps_its_contact_section():
    blocks = [PROSE, "联系人：区科委科技企业服务科 王老师", "咨询电话：021-37735123（工作日9:00—17:00）"]
    assert clean(*blocks).paragraphs == blocks


# --- QR prompts -----------------------------------------------------------------------------------

QR = detector("qr_prompt.captions")


@pytest.mark.parametrize(
    "text",
    ["长按识别二维码关注", "扫一扫在手机打开当前页", "微信扫一扫 使用小程序", "扫码关注公众号，获取更多资讯"],
)
def test_qr_prompts(text):
    assert QR.is_prompt(nfkc(text))


@pytest.mark.parametrize(
    "text",
    [
        "访客须在园区南门扫码登记后方可入园。",  # a sentence about a QR code
        "申报企业请登录“一网通办”平台，或使用“随申办”APP扫描下方二维码进入申报页面，在线填写《企业申报表》。",
        "园区二维码门禁系统",  # no call to do anything
    ],
)
def test_qr_mentions_in_prose_stay(text):
    assert not QR.is_prompt(nfkc(text))


# --- calls to action ------------------------------------------------------------------------------

PROMO = detector("promo.calls-to-action")


@pytest.mark.parametrize(
    "text",
    [
        "点击上方蓝字关注我们",
        "海量资讯、精准解读，尽在新浪财经APP",
        "打开网易新闻 查看精彩图片",
        "分享、点赞、在看，给个三连吧",
        "点个在看你最好看",
    ],
)
def test_promos(text):
    assert PROMO.is_promo(nfkc(text))


@pytest.mark.parametrize(
    "text",
    [
        "企业可下载“随申办”APP在线申报。",  # an instruction in a sentence
        "关注企业需求",  # a heading
        "园区微信公众号“松江经开区发布”每周推送政策解读和招商动态，企业可关注获取第一手信息。",
    ],
)
def test_prose_is_not_a_promo(text):
    assert not PROMO.is_promo(nfkc(text))


# --- share widgets --------------------------------------------------------------------------------

SHARE = detector("share.widgets")


@pytest.mark.parametrize(
    "text", ["分享到：", "分享到： 微信 微博 QQ空间", "【字体：大 中 小】", "收藏 | 点赞 | 分享"]
)
def test_share_widgets(text):
    assert SHARE.is_widget(nfkc(text))


@pytest.mark.parametrize("text", ["大中小企业", "微信公众号平台", "分享让更多人看到", "中小企业分享会"])
def test_words_of_widgets_in_text_stay(text):
    assert not SHARE.is_widget(nfkc(text))


# --- credit lines ---------------------------------------------------------------------------------

CREDIT = detector("credit.lines")


@pytest.mark.parametrize(
    "line, source",
    [
        ("责任编辑：钟齐鸣_NF5619", None),
        ("本文来源：证券时报 作者：王小伟", "证券时报"),
        ("（责任编辑：DF381）", None),
        ("责任编辑：刘昕 图片编辑：蒋立冬", None),
        ("来源：东方网 作者：王志彦 选稿：陈晶", "东方网"),
        ("来源：作者：解放日报 王海燕", "解放日报"),
        ("一审：李明 二审：王芳 三审：陈刚", None),
        ("澎湃新闻记者 王佳婷", "澎湃新闻"),
        ("某某日报记者 张三 上海报道", "某某日报"),
        ("2024年05月08日 14:32:10 来源：某某网", "某某网"),
        ("[ 责编：孙宗鹤 ]", None),
        ("责任编辑：", None),
    ],
)
def test_credit_lines(line, source):
    credit = CREDIT.parse(nfkc(line))
    assert credit is not None and credit.fields
    assert credit.source == source


@pytest.mark.parametrize(
    "line",
    [
        "数据来源：上海市统计局",  # data attribution under a table is real text
        "记者从松江综合保税区管委会获悉，今年一季度进出口总额同比增长14%。",
        "联系人：区科委科技企业服务科 王老师",
        "图片来源于网络，如有侵权请联系删除",  # a disclaimer, not a credit
        "本文来自微信公众号“园区产业观察”，作者：陈立，经授权发布。",
        "时间：2024年3月5日 地点：松江区行政中心",
    ],
)
def test_not_credit_lines(line):
    assert CREDIT.parse(nfkc(line)) is None


def test_credit_lines_are_taken_near_the_edges_only():
    result = clean("来源：某某网", *[PROSE] * 3, "编辑：李欣", *[PROSE] * 6, "编辑：王五")
    assert [r.text for r in result.removed] == ["来源：某某网", "编辑：王五"]
    assert result.source == "某某网"


# --- disclaimers ----------------------------------------------------------------------------------

DISCLAIMER = detector("disclaimer.statements")


@pytest.mark.parametrize(
    "text",
    [
        "图片来源于网络，如有侵权请联系删除",
        "本文系作者授权本站转载，文章观点仅代表作者本人，不代表本站立场。",
        "免责声明：本文内容仅供参考，不构成投资建议，据此操作，风险自担。",
        "Copyright © 2003-2024 Some Media Inc. All Rights Reserved.",
    ],
)
def test_disclaimers(text):
    assert DISCLAIMER.is_statement(nfkc(text))


@pytest.mark.parametrize(
    "text",
    [
        "未经批准，企业不得擅自改变工业用地用途，违者依法追究法律责任。",  # policy prose: weak cues only
        "园区设立知识产权服务站，为企业提供专利申请和著作权登记服务。",
        "该项目已获得授权专利52项，其中发明专利18项。",
    ],
)
def test_policy_prose_is_not_a_disclaimer(text):
    assert not DISCLAIMER.is_statement(nfkc(text))


# --- headline lists -------------------------------------------------------------------------------

HEADLINES = detector("headlines.lists")


def test_headline_list_under_a_marker():
    headlines = ["松江这个镇入选全国千强镇", "重磅！松江新城最新规划出炉"]
    result = clean(PROSE, "往期推荐", *headlines)
    assert result.paragraphs == [PROSE]
    assert {r.rule for r in result.removed} == {"headlines.lists"}


def test_headline_list_right_below_other_junk():
    result = clean(PROSE, "图片来源于网络，如有侵权请联系删除", "三大指数集体收涨", "多地出台楼市新政")
    assert result.paragraphs == [PROSE]


@pytest.mark.parametrize(
    "tail",
    [
        ["入选的园区为：", "G60松江信创产业园", "松江综合保税区", "临港松江科技城"],  # names after a lead-in
        ["申报条件：", "1.园区主导产业明确", "2.园区产业集聚度不低于60%"],  # numbered items
    ],
)
def test_short_real_lists_at_the_end_stay(tail):
    assert clean(PROSE, *tail).paragraphs == [PROSE, *tail]


def test_headline_shape():
    assert HEADLINES.is_headline("多家银行下调存款利率")
    assert not HEADLINES.is_headline("短句")
    assert not HEADLINES.is_headline("申报条件：")
    assert not HEADLINES.is_headline("3.近三年亩均税收逐年提高")
    assert HEADLINES.is_marker("往期推荐") and HEADLINES.is_marker("相关阅读：")


# --- together -------------------------------------------------------------------------------------


def test_detectors_peel_junk_layer_by_layer():
    # Each block reaches the end of the body only once the junk below it is gone.
    blocks = [
        PROSE,
        "分享到： 微信 微博",
        "本文来源：某某报 作者：王小伟",
        "本文系作者授权本站转载，文章观点仅代表作者本人，不代表本站立场。",
        "热门推荐",
        "美联储维持利率不变",
        "国际油价连续三日走高",
        "李经理 135-2467-8515（同微信）",
    ]
    result = clean(*blocks)
    assert result.paragraphs == [PROSE]
    assert [r.rule for r in result.removed] == [
        "share.widgets",
        "credit.lines",
        "disclaimer.statements",
        "headlines.lists",
        "headlines.lists",
        "headlines.lists",
        "site_contact.detector",
    ]
    assert result.source == "某某报"


def test_detectors_are_guarded_too():
    # A short body under longer credit-like lines: the detector would take most of its text.
    blocks = ["作者：张三", "编辑：李四", "来源：某某网"]
    result = clean("厂房出租，面议。", *blocks)
    assert result.paragraphs == ["厂房出租，面议。", *blocks]
    assert result.suspicious and result.suspicious[0].startswith("credit.lines: would remove")


# --- classes the blind part showed (docs/cleaning.md, "Gold set") ----------------------------------
# Each shape with text of other sources than the blind pages, and the real park text it must keep.

REPORT = (
    "据介绍，园区二期标准厂房已完成竣工验收，首层层高8米、楼面荷载每平方米1.5吨，已有9家装备制造企业签约入驻，"
    "预计明年上半年全部投产。"
)


def test_contact_run_takes_a_sales_pitch_below_the_numbers():
    junk = [
        "金桥厂房租售请联系招商部陆经理：139 1822 4410（微信同号）",
        "温馨提示：来电请说明所需面积和行业，我们为您推荐合适房源。",
    ]
    result = clean(PROSE, *junk)
    assert result.paragraphs == [PROSE]
    junk = [
        "厂房招商专员：顾立新",
        "电话：021-5036 1188　手机：137 6120 8890",
        "厂房、仓库、土地一站式选址，全程免费服务",
    ]
    assert clean(PROSE, *junk).paragraphs == [PROSE]


def test_a_pitch_without_a_contact_above_it_stays():
    blocks = [PROSE, "园区目前仍有少量房源，欢迎有需要的企业实地考察。"]
    assert clean(*blocks).paragraphs == blocks


def test_a_sentence_of_reporting_stops_the_contact_run():
    event = (
        "报名方式：参会企业可扫描报名二维码在线登记，或将回执发送至yqdj2025@163.com，报名截止时间为12月5日。"
        "会务咨询电话：021-64871234。"
    )
    site = ["了解浦东园区厂房、土地，欢迎致电招商顾问 周海 021-58801234", "手机/微信：186 2177 4409"]
    result = clean(PROSE, event, *site)
    assert result.paragraphs == [PROSE, event]
    assert CONTACT.is_reporting(nfkc(event))
    # A contact written as a sentence is still contact: without its numbers and words it says little.
    assert not CONTACT.is_reporting(nfkc("如需了解更多厂房信息，请拨打电话13812345678或添加微信联系我们。"))
    assert clean(PROSE, "如需了解更多厂房信息，请拨打电话13812345678或添加微信联系我们。").paragraphs == [
        PROSE
    ]


def test_a_contact_appended_to_a_real_paragraph_is_cut_out_of_it():
    tail = "（欲了解该项目详情，请致电园区招商中心 400-820-6611 或加微信 139 1822 4410）"
    result = clean(PROSE, REPORT + tail, "金桥厂房租售专线：021-5899 1234（招商部 王小姐）")
    assert result.paragraphs == [PROSE, REPORT]
    assert [r.text for r in result.removed][0] == tail
    assert CONTACT.tail_start(nfkc(REPORT + tail)) == len(nfkc(REPORT))
    sentence = "欢迎有意向的企业来电咨询：139 1822 4410（同微信）。"
    assert clean(PROSE, REPORT + sentence).paragraphs == [PROSE, REPORT]


def test_a_paragraph_with_its_own_contact_keeps_it():
    # A notice's own hotline closing a paragraph is not an advert: nothing is cut.
    notice = "申报材料请于11月30日前报送区经委产业发展科。咨询电话：021-37735806（王老师）。"
    assert clean(PROSE, notice).paragraphs == [PROSE, notice]
    # A number inside the first sentence: there is no real sentence before it to keep apart.
    assert CONTACT.tail_start(nfkc("企业可拨打园区服务热线021-67891234预约看房，园区提供免费班车。")) is None


@pytest.mark.parametrize(
    "line",
    [
        "2025年3月2日09:15 | 来源：某某日报",
        "原创 产业观察 2025-03-02 09:15 来自上海",
        "原创2025-03-02 09:15·园区通",
        "2025-03-02 09:15·浦东厂房网",
        "2025-03-02 09:15:08 听新闻 作者：王立 责编：李平",
    ],
)
def test_header_lines_at_the_top(line):
    result = clean(line, PROSE, REPORT)
    assert result.paragraphs == [PROSE, REPORT]
    assert CREDIT.judge(nfkc(line), head=True) is not None


@pytest.mark.parametrize(
    "line",
    [
        "时间：2025年11月20日 09:30",  # a schedule, labelled
        "2025年11月20日 09:30-17:00 松江区会展中心",  # a time range
        "截止2025年11月20日 17:00",
        "2025年11月20日09:30，园区将举行二期厂房开工仪式。",  # a sentence
    ],
)
def test_times_in_real_text_are_not_headers(line):
    assert not CREDIT.is_header(nfkc(line))
    assert clean(line, PROSE).paragraphs == [line, PROSE]


def test_a_header_line_counts_only_as_the_first_block():
    line = "2025-03-02 09:15·浦东厂房网"
    assert CREDIT.judge(nfkc(line)) is None
    assert clean(PROSE, line, PROSE).paragraphs == [PROSE, line, PROSE]
    # A schedule table at the top: its rows are not headers.
    table = "<table><tr><td>2025-11-20 09:30</td><td>嘉宾签到</td></tr></table>"
    assert clean(table, PROSE).paragraphs == ["2025-11-20 09:30 嘉宾签到", PROSE]


def test_page_tools_and_credits_in_one_line():
    assert CREDIT.judge(nfkc("【纠错】 【责任编辑：张立】")) is not None
    assert clean(PROSE, "【打印】【纠错】【责任编辑：张立】").paragraphs == [PROSE]
    assert CREDIT.judge(nfkc("【园区动态】 【政策解读】")) is None  # section labels, no credit
    assert CREDIT.judge(nfkc("【纠错】")) is None  # a tool alone is the share detector's


def test_a_credit_block_takes_its_short_field_lines():
    assert clean(PROSE, "<p>资料：区科委<br/>编辑：李四</p>").paragraphs == [PROSE]
    contact = "<p>联系人：李老师<br/>电话：021-37735806</p>"  # no credit line: a notice's contact
    assert clean(PROSE, contact).paragraphs == [PROSE, "联系人：李老师", "电话：021-37735806"]
    assert clean(PROSE, "数据来源：上海市统计局").paragraphs == [PROSE, "数据来源：上海市统计局"]


def test_share_calls_and_report_buttons():
    assert PROMO.is_promo(nfkc("分享给身边的朋友"))
    assert SHARE.is_widget(nfkc("我要举报")) and SHARE.is_widget(nfkc("举报/反馈"))
    assert not SHARE.is_widget(nfkc("企业意见反馈渠道"))
    assert not PROMO.is_promo(nfkc("园区举办中小企业经验分享会，让更多人看到创业机会。"))


def test_an_app_pitch_sentence_at_the_end():
    pitch = "下载“园区通”官方APP，或关注官方微信公众号，即可第一时间掌握园区动态和政策信息。"
    assert PROMO.is_tail_promo(nfkc(pitch))
    assert clean(PROSE, pitch).paragraphs == [PROSE]
    # An instruction of a policy: no pitch, or not opening with the call.
    for text in [
        "下载“随申办”APP，即可在线申报厂房租金补贴。",
        "企业可下载“随申办”官方APP，随时查询申报进度。",
    ]:
        assert not PROMO.is_tail_promo(nfkc(text))
        assert clean(PROSE, text).paragraphs == [PROSE, text]
    # In the middle of the body it is left to the short-promo rule.
    assert clean(pitch, PROSE, PROSE, PROSE, PROSE, PROSE).paragraphs[0] == pitch


def test_image_rights_notices():
    text = "郑重提示：如本站使用了您的作品，请与我们联系支付稿酬；如不希望作品在本站刊发，我们将及时撤下。"
    assert DISCLAIMER.is_statement(nfkc(text))
    assert not DISCLAIMER.is_statement(nfkc("园区版权服务站今年帮助12位作者追回稿酬共计38万元。"))


def test_a_short_heading_over_headlines_below_junk():
    result = clean(PROSE, "举报", "园区最热", "美联储维持利率不变", "国际油价连续三日走高")
    assert result.paragraphs == [PROSE]
    # Not below junk: a real heading and names stay.
    blocks = [PROSE, "首批入驻", "上海某某智能装备有限公司", "上海某某新材料科技有限公司"]
    assert clean(*blocks).paragraphs == blocks
    assert not HEADLINES.is_heading("入驻企业：") and HEADLINES.is_heading("一财最热")


def test_a_marked_headline_list_in_the_middle_of_the_body():
    result = clean(PROSE, "相关阅读", "全市今年新增特色产业园区14家", "多地出台楼市新政", REPORT)
    assert result.paragraphs == [PROSE, REPORT]
    # Short lines in the middle without a marker, or numbered ones under it, stay.
    blocks = [PROSE, "一期已入驻的企业有", "上海某某智能装备有限公司", "上海某某新材料科技有限公司", REPORT]
    assert clean(*blocks).paragraphs == blocks
    numbered = [PROSE, "相关新闻", "1.园区二期开工", "2.园区三期招商", REPORT]
    assert clean(*numbered).paragraphs == numbered


END_MARK = detector("end_mark.dispatch")


def test_end_marks():
    result = clean(PROSE, REPORT + "（完）", "【编辑：李岩】")
    assert result.paragraphs == [PROSE, REPORT]
    assert clean(PROSE, REPORT, "(完)").paragraphs == [PROSE, REPORT]
    assert END_MARK.mark_start(nfkc("……全部投产。【全文完】")) is not None


def test_end_marks_in_real_text_stay():
    assert END_MARK.mark_start(nfkc("二期工程已全部完工（完成率100%）")) is None
    assert END_MARK.mark_start(nfkc("园区二期厂房年底完")) is None
    # Not at the end: the article goes on.
    blocks = [PROSE, REPORT + "（完）", *[PROSE] * 4]
    assert clean(*blocks).paragraphs == blocks


# --- shapes learned from the blind2 part (tests/gold/blind2/README.md) ----------------------------


@pytest.mark.parametrize(
    "line, source",
    [
        ("人民网北京3月5日电 （记者 王某某）", "人民网"),
        ("某某网上海8月12日电 (记者 陈某)", "某某网"),
        ("某某社9月24日讯（记者 王某 实习生 李某）", "某某社"),
        ("某都讯 记者张某 通讯员李某", None),
        ("新华社上海11月3日电", "新华社"),
    ],
)
def test_a_dateline_alone_is_a_credit_line(line, source):
    credit = CREDIT.parse_dateline(nfkc(line))
    assert credit is not None and credit.source == source
    result = clean(line, PROSE, REPORT)
    assert result.paragraphs == [PROSE, REPORT]


@pytest.mark.parametrize(
    "line",
    [
        "园区快讯",  # a column heading: no date, no reporter
        "新华社上海11月3日电（记者 许某）长三角G60科创走廊九城市3日在上海松江联合发布产业协同项目清单。",
        "记者从嘉定区获悉，今年以来嘉定汽车新能源港已引进新能源汽车企业40余家。",
        "3月12日电子信息产业推介会在松江举行",
    ],
)
def test_datelines_glued_to_text_and_headings_are_not_credits(line):
    assert CREDIT.parse_dateline(nfkc(line)) is None


def test_a_dateline_glued_to_the_first_paragraph_stays_with_it():
    # tests/gold/LABELLING.md: glued, the dateline is part of the lead.
    lead = "某某社上海6月5日电（记者 王某）" + PROSE
    assert clean(lead, REPORT).paragraphs == [lead, REPORT]


@pytest.mark.parametrize(
    "line, source",
    [("每日经济新闻", "每日经济新闻"), ("某某晚报 · 某某眼", "某某晚报"), ("某某晚报|某某新闻", "某某晚报")],
)
def test_a_publishers_masthead_alone_is_a_credit(line, source):
    credit = CREDIT.parse_masthead(nfkc(line))
    assert credit is not None and credit.source == source
    assert clean(PROSE, REPORT, line).paragraphs == [PROSE, REPORT]


@pytest.mark.parametrize(
    "line", ["相关新闻", "热点新闻", "园区新闻", "上海市统计局", "松江新城最新规划出炉", "2025年报"]
)
def test_headings_are_not_mastheads(line):
    assert CREDIT.parse_masthead(nfkc(line)) is None


def test_a_platform_author_card_at_the_top():
    card = "<p>园区观察笔记<br/>2025-03-02 20:41<br/>上海<br/>优质财经领域创作者</p>"
    assert clean(card, PROSE, REPORT).paragraphs == [PROSE, REPORT]
    listen = "<p>某某财经 2025-05-16 15:21:38<br/>听新闻<br/>作者：张某　责编：李某</p>"
    assert clean(listen, PROSE, REPORT).paragraphs == [PROSE, REPORT]
    # Interface words alone, or beside lines that are not credits, are not a card.
    listed = "<p>园区导览<br/>听新闻<br/>松江区G60科创云廊位于松江新城。</p>"
    result = clean(PROSE, listed)
    assert result.removed == [] and "听新闻" in result.body


def test_a_label_over_a_name_is_an_author_card():
    result = clean(PROSE, REPORT, "文章作者", "张某某")
    assert result.paragraphs == [PROSE, REPORT]
    # A name alone, or a list of names after a real lead-in, stays.
    assert clean(PROSE, REPORT, "张某某").paragraphs == [PROSE, REPORT, "张某某"]


def test_a_statement_labelled_as_one_needs_one_strong_cue():
    assert DISCLAIMER.is_statement(nfkc("声明：文章不构成投资建议"))
    assert DISCLAIMER.is_statement(nfkc("*某报独家稿件，转载请注明出处。"))
    assert DISCLAIMER.is_statement(nfkc("如有意愿转载，请发邮件至bj@example.com，注明公司名称及转载需求。"))
    # A label with no legal wording is the article's: a park operator's own statement.
    assert not DISCLAIMER.is_statement(nfkc("声明：本园区从未委托任何中介机构代理厂房出租事宜。"))


def test_a_statement_appended_to_the_last_paragraph_is_cut_off():
    result = clean(PROSE, f"<p>{REPORT}<br/>*某报独家稿件，转载请注明出处。</p>")
    assert result.paragraphs == [PROSE, REPORT]
    assert [r.text for r in result.removed] == ["*某报独家稿件，转载请注明出处。"]
    # Both lines a statement: the whole block goes.
    both = "<p>如需转载请与《某某报》报社联系。<br/>未经《某某报》报社授权，严禁转载或镜像，违者必究。</p>"
    assert clean(PROSE, REPORT, both).paragraphs == [PROSE, REPORT]


def test_an_advert_sentence_after_an_institutions_contact_is_cut_alone():
    own = "有意向的企业可联系新片区管委会投资促进处，招商电话021-6828 1234。"
    ad = "本站代理各类厂房、土地项目，咨询请加周经理微信：zhou-fab021，或拨打15921870000。"
    result = clean(PROSE, own + ad)
    assert result.paragraphs == [PROSE, own]
    assert [r.text for r in result.removed] == [ad]
    # The institution's contact alone is kept whole.
    assert clean(PROSE, own).paragraphs == [PROSE, own]


def test_contact_lines_after_a_short_real_line_leave_it():
    block = (
        "<p>厂房可整租或分层出租，租金面议。<br/>招商热线：400 820 1234（24小时）<br/>"
        "王某 13912345678（微信同号）</p>"
    )
    assert clean(PROSE, block).paragraphs == [PROSE, "厂房可整租或分层出租，租金面议。"]
    # A line of selling is part of the advert, not a real line to keep.
    pitch = "<p>专业厂房租售，欢迎咨询。<br/>王某 13912345678（微信同号）</p>"
    assert clean(PROSE, pitch).paragraphs == [PROSE]


def test_a_request_for_the_readers_needs_is_a_pitch():
    assert CONTACT.is_pitch(nfkc("请注明所需面积、用途、区域，我们将在24小时内与您联系。"))
    result = clean(PROSE, "招商热线：400-820-1234", "请注明所需面积、用途、区域，我们将在24小时内与您联系。")
    assert result.paragraphs == [PROSE]


def test_a_listed_headline_may_exclaim():
    result = clean(PROSE, REPORT, "往期推荐", "重磅！某区发布人工智能产业20条", "这家园区又上新了！")
    assert result.paragraphs == [PROSE, REPORT]
    # A real closing sentence that exclaims, right below the text, stays.
    assert clean(PROSE, REPORT, "园区的未来值得期待！").paragraphs == [PROSE, REPORT, "园区的未来值得期待！"]


@pytest.mark.parametrize(
    "text", ["▲点击上方“某某号”，关注并设为星标", "本文由某某号原创，欢迎关注，带你一起长知识！"]
)
def test_star_and_follow_calls(text):
    assert PROMO.is_promo(nfkc(text))


def test_following_in_prose_is_not_a_promo():
    assert not PROMO.is_promo(nfkc("欢迎关注园区发展的企业前来考察"))


@pytest.mark.parametrize(
    "line",
    ["图片来源：视觉中国", "（图源：某某区融媒体中心）", "记者 王某 摄", "（通讯员 李某 摄）", "图/某某"],
)
def test_picture_credits_go_anywhere(line):
    assert CREDIT.is_picture_credit(nfkc(line))
    # In the middle, out of reach of the edges where other credits are looked for.
    assert clean(*[PROSE] * 3, line, *[REPORT] * 6).paragraphs == [*[PROSE] * 3, *[REPORT] * 6]


@pytest.mark.parametrize(
    "line",
    [
        "图为园区二期标准厂房。",
        "某某摄影工作室入驻园区",
        "编辑：王某",
        "数据来源：上海市统计局",
        "来源：某某网",
    ],
)
def test_other_lines_in_the_middle_are_not_picture_credits(line):
    assert not CREDIT.is_picture_credit(nfkc(line))
    body = [*[PROSE] * 3, line, *[REPORT] * 6]
    assert clean(*body).paragraphs == body


def test_a_date_alone_with_an_account_is_a_header():
    assert clean("2025-05-27·上海厂房通", PROSE, REPORT).paragraphs == [PROSE, REPORT]
    for kept in ("2025年11月20日 09:30-17:00 松江区会展中心", "2025年11月20日 第3期"):
        assert not CREDIT.is_header(nfkc(kept))


# --- shapes learned from the blind3 and blind4 parts (their READMEs) -------------------------------

QR_PROMPT = QR


def test_news_words_about_parks_do_not_make_a_pitch():
    # 出租, 招商, 对接 are what park news says; only pitch words (经理, 欢迎, 免费…) veto reporting.
    hotline = (
        "据悉，园区目前仍有约2万平方米仓库可供出租，企业如有仓储需求，"
        "可拨打园区招商服务热线021-59716208咨询。"
    )
    site = ["找仓库请联系周经理 139 1234 5678（微信同号）"]
    assert clean(PROSE, hotline, *site).paragraphs == [PROSE, hotline]
    rent = (
        "闵行、浦东的研发办公和厂房复合型物业租金相对坚挺，"
        "尤其是靠近地铁站、配套成熟的园区，出租率维持在九成。"
    )
    middle = [PROSE, rent, "—— 找厂房、找仓库，请联系招商部 邵女士：+86 158 2177 0000 ——", REPORT]
    assert clean(*middle).paragraphs == [PROSE, rent, REPORT]
    event = (
        "据主办方介绍，有意参会的企业可扫描活动海报上的二维码报名，或发送企业名称和对接需求至邮箱"
        "expo2025@pudong.gov.cn，报名截止日期为5月5日。现场不接受临时报名。"
    )
    assert clean(PROSE, event, *site).paragraphs == [PROSE, event]
    assert not CONTACT.is_reporting(nfkc("本站专业代理各区厂房出租，价格优惠，欢迎来电咨询洽谈。"))


def test_news_about_copyright_is_not_a_statement():
    for text in (
        "“对内容企业来说，作品被未经授权转载是最头疼的问题。”一家短视频公司的负责人告诉记者，侵权取证成本高。",
        "园区调研发现，超过六成企业曾遭遇作品被未经授权转载、盗用的情况，据悉维权成本远高于赔偿金额。",
    ):
        assert not DISCLAIMER.is_statement(nfkc(text))
        assert clean(PROSE, REPORT, text).paragraphs == [PROSE, REPORT, text]
    assert DISCLAIMER.is_statement(nfkc("如对本稿件有异议或投诉，请联系 tougao@example.com"))


@pytest.mark.parametrize(
    "line, source",
    [
        ("（本文转自：某某发布）", "某某发布"),
        ("本文源自：某某网", "某某网"),
        ("编辑丨周某", None),
        ("来源丨某某开发区", "某某开发区"),
        ("某某报（www.example.com.cn）记者 张某 上海报道", "某某报"),
        ("某某新闻客户端 记者 张某某 通讯员 李某某", "某某新闻客户端"),
        ("来源：某某App，作者： 某某研究员，（https://example.com/8812/301）", "某某App"),
        ("某某晚报·某某壹点 记者 张某", "某某晚报"),
    ],
)
def test_credit_lines_in_more_house_styles(line, source):
    credit = CREDIT.parse(nfkc(line))
    assert credit is not None and credit.fields and credit.source == source


@pytest.mark.parametrize("line", ["新品首发于上海国际工业博览会", "园区转自动化生产线的改造已完成"])
def test_words_of_lead_labels_in_text_are_not_credits(line):
    assert CREDIT.parse(nfkc(line)) is None


def test_credits_closing_the_last_paragraph_are_cut_off():
    aside = "（本文首发于某某APP，作者｜张某，编辑｜李某某）"
    result = clean(PROSE, REPORT + aside)
    assert result.paragraphs == [PROSE, REPORT]
    assert [r.text for r in result.removed] == [aside]
    lines = clean(PROSE, f"<p>{REPORT}<br/>编辑/王某</p>")
    assert lines.paragraphs == [PROSE, REPORT]
    # A bracketed aside of the article's own stays.
    own = REPORT.rstrip("。") + "（数据截至2025年10月）。"
    assert clean(PROSE, own).paragraphs == [PROSE, own]


def test_a_masthead_with_its_bureau_and_a_signature():
    assert CREDIT.parse_masthead(nfkc("某某网华东站 黄某某")).source == "某某网华东站"
    assert clean(PROSE, REPORT, "某某网华东站 黄某某").paragraphs == [PROSE, REPORT]


def test_a_picture_supplied_by_someone():
    assert CREDIT.is_picture_credit(nfkc("（某某网发 某某集团供图）"))
    assert clean(PROSE, "（某某网发 某某集团供图）", REPORT).paragraphs == [PROSE, REPORT]


def test_markers_with_symbols_and_lists_in_one_block():
    result = clean(
        PROSE, REPORT, "▌推荐阅读", "滴水湖畔又一科创载体开园", "洋山综保区上半年进出口额同比增长31%"
    )
    assert result.paragraphs == [PROSE, REPORT]
    block = "<p>相关阅读：<br/>外高桥港综保区上半年进出口额创新高<br/>浦东发布冷链物流三年行动方案</p>"
    assert clean(PROSE, block, REPORT, PROSE).paragraphs == [PROSE, REPORT, PROSE]
    # A lead-in and real lines in one block stay: its first line is no marker.
    names = "<p>入选的园区为：<br/>张江机器人谷<br/>临港新片区物流园</p>"
    assert len(clean(PROSE, names, REPORT).removed) == 0


@pytest.mark.parametrize(
    "text",
    [
        "关注某某财经（abc518），获取更多机会",
        "更多商业地产资讯，请关注某某网官方微信：abc2006",
        "（下载某某新闻，报料有奖！）",
        "某某研究院《2025园区发展报告》现已发布，点击免费下载",
        "某某网客户端 国家重点新闻网站，9语种权威发布",
    ],
)
def test_more_calls_to_action(text):
    assert PROMO.is_promo(nfkc(text))


def test_calls_in_a_long_pitch_at_the_end():
    pitch = (
        "找记者、求报道，各大应用市场下载“某某”APP，或搜索微信小程序“某某情报站”，全省记者在线等你来报料！"
    )
    assert clean(PROSE, REPORT, pitch).paragraphs == [PROSE, REPORT]
    qr = "某某财经公众号 24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（abcfinance）"
    assert clean(PROSE, REPORT, qr).paragraphs == [PROSE, REPORT]
    # A policy's sentence naming an app ends as a sentence does, and stays.
    policy = "企业可在各大应用市场下载“随申办”APP，在线申报厂房租金补贴，申报截止时间为12月31日。"
    assert clean(PROSE, policy).paragraphs == [PROSE, policy]


def test_hotlines_in_any_grouping_and_a_consultants_qr():
    assert CONTACT.cues(nfkc("闵行厂房·研发楼租售：4006-021-518")).mobiles == 1
    assert clean(PROSE, REPORT, "闵行厂房·研发楼租售：4006-021-518").paragraphs == [PROSE, REPORT]
    assert clean(PROSE, "微信扫码，添加招商顾问", "获取最新厂房房源及优惠政策").paragraphs == [PROSE]


# --- general vocabulary (sources' house styles, not from any gold page) ---------------------------


@pytest.mark.parametrize(
    "text, mobiles, landlines",
    [
        ("手机：1582 177 0316", 1, 0),
        ("电话：(021)5788-1234", 0, 1),
        ("厂房面积 13 500 平方米，层高 8 米", 0, 0),  # numbers of a table row are no phone
        ("项目编号 2025 1234 5678", 0, 0),
    ],
)
def test_phone_numbers_in_more_groupings(text, mobiles, landlines):
    cues = CONTACT.cues(nfkc(text))
    assert (cues.mobiles, cues.landlines) == (mobiles, landlines)


def test_wechat_ids_written_another_way():
    assert CONTACT.cues(nfkc("VX：factory_sh2025")).channels == 1
    assert CONTACT.cues(nfkc("园区VR展厅已上线")).channels == 0


@pytest.mark.parametrize(
    "line", ["整理：张某", "稿源：某某区融媒体中心", "发布时间：2025-03-05 10:00 来源：某某网 浏览次数：1234"]
)
def test_more_credit_labels(line):
    assert CREDIT.parse(nfkc(line)) is not None


@pytest.mark.parametrize("line", ["上一篇：某某园区二期开工", "下一篇：某某园区招商推介会举行"])
def test_previous_and_next_links_go(line):
    assert clean(PROSE, REPORT, line).paragraphs == [PROSE, REPORT]


@pytest.mark.parametrize("text", ["文章转载自网络，侵删", "入市有风险，投资需谨慎"])
def test_more_statements(text):
    assert DISCLAIMER.is_statement(nfkc(text))


@pytest.mark.parametrize("text", ["一键分享", "写评论 打赏"])
def test_more_page_tools(text):
    assert SHARE.is_widget(nfkc(text))


@pytest.mark.parametrize("text", ["—END—", "▼ END ▼", "- END -"])
def test_end_of_wechat_articles(text):
    assert clean(PROSE, REPORT, text).paragraphs == [PROSE, REPORT]


# --- shapes learned from the blind5 and blind6 parts (their READMEs) -------------------------------


def test_a_statement_speaks_of_the_copy_or_to_the_reader():
    news = (
        "为解决内容企业的版权痛点，园区与市版权局合作设立版权服务工作站，提供作品登记和维权咨询服务。"
        "企业遇到作品被擅自转载、盗版等侵权行为，可以在工作站获得证据保全和法律援助。"
    )
    assert not DISCLAIMER.is_statement(nfkc(news))
    assert clean(PROSE, REPORT, news).paragraphs == [PROSE, REPORT, news]
    assert DISCLAIMER.is_statement(nfkc("【某某网】温馨提示：商机交易请谨慎，勿轻信预付定金、保证金等。"))


def test_reporters_of_several_outlets():
    credit = CREDIT.parse(nfkc("某某晚报、某某在线、掌上某某记者 王某"))
    assert credit is not None and credit.source == "某某晚报"
    assert CREDIT.parse(nfkc("园区、企业和高校记者 王某某说，合作已经启动")) is None


def test_markers_alone_or_with_one_headline():
    assert clean(PROSE, REPORT, "相关阅读：嘉定氢能港一期满租，燃料电池产业链加速集聚").paragraphs == [
        PROSE,
        REPORT,
    ]
    assert clean(PROSE, REPORT, "喜欢此内容的人还喜欢").paragraphs == [PROSE, REPORT]
    # A label with a colon that is no marker, and a marker-like word inside a sentence, stay.
    kept = "相关企业：张江机器人谷、临港新片区物流园"
    assert clean(PROSE, REPORT, kept).paragraphs == [PROSE, REPORT, kept]


@pytest.mark.parametrize("text", ["展开全文", "展开阅读全文"])
def test_expand_buttons(text):
    assert SHARE.is_widget(nfkc(text))


def test_subscribe_by_qr():
    assert QR.is_prompt(nfkc("长按识别二维码，订阅《某某报》"))


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("（原载于《常州日报》2024年10月15日A3版）", "常州日报"),
        ("《安徽日报》（2025年04月01日 第06版）", "安徽日报"),
        ("本报讯 记者张三", None),  # 本报, "this paper", names no outlet
    ],
)
def test_a_print_editions_credit_and_a_dateline_alone_are_credits(line, source):
    credit = CREDIT.parse_dateline(nfkc(line))
    assert credit is not None and credit.source == source
    assert clean(PROSE, line).paragraphs == [PROSE]


def test_a_contact_card_takes_its_address_line_and_an_invited_call_is_a_pitch():
    card = ["恒启科技园招商中心", "招商热线：0519-86227766", "招商经理：陈经理 13961283316（微信同号）"]
    assert clean(PROSE, *card, "园区地址：常州市武进区南夏墅街道启航路66号").paragraphs == [PROSE]
    assert clean(PROSE, "如需了解园区厂房租赁详情，欢迎致电招商热线0519-86227766。").paragraphs == [PROSE]
    # An office's own hotline in a notice, invited by no pitch word, stays.
    notice = "报名咨询：区经委产业发展科，联系电话：021-37735806。"
    assert clean(PROSE, notice).paragraphs == [PROSE, notice]


def test_a_like_buttons_count_and_a_spaced_picture_credit_are_furniture():
    assert clean(PROSE, "赞 (2)").paragraphs == [PROSE]
    assert clean(PROSE, "张家港保税区 供图", PROSE).paragraphs == [PROSE, PROSE]
    assert clean(PROSE, "大").paragraphs == [PROSE, "大"]  # one character of a tool's name, no count: a word


# --- gates: what a detector skips must not change what it finds ------------------------------------


@pytest.mark.parametrize(
    ("pattern", "opened"),
    [
        (r"(?<![\d.])1[3-9]\d{9}", r"1[3-9]\d{9}"),
        (r"(?<!x)(?<=[]\)])z", "z"),  # two lookbehinds; a ] first in a class, an escaped )
        (r"(?<!a)b|c", "b|c"),  # (?:(?<!a)b)|c: what it matches, b|c matches too
        (r"(?<!(a))b", r"(?<!(a))b"),  # a group: left alone
        (r"(?<!a)", r"(?<!a)"),
        ("abc", "abc"),
        (r"(?<![\d.])\(?0\d{2,3}", r"0\d{2,3}"),  # a landline's optional bracket: 0… is in every match
        (r"[ab]*?x|y", "x|y"),
        ("a?+b", "b"),  # possessive: a match taking the a still holds a b right after it
        (r"(a)?b", r"(a)?b"),  # a group, a counted repeat, an optional character alone: left alone
        ("a{0,2}b", "a{0,2}b"),
        (r"\(?", r"\(?"),
        (r"(?<![\d.])1[3-9]\d{9}(?![\d.])", r"1[3-9]\d{9}"),  # and without the lookaheads it ends with
        ("a(?=b)(?!c)", "a"),
        ("a|b(?!c)", "a|b(?!c)"),  # a branch's lookahead, a lookahead capturing or alone: left alone
        ("a(?!(c))", "a(?!(c))"),
        ("(?!c)", "(?!c)"),
        (r"a\(?!c\)", r"a\(?!c\)"),  # escaped brackets: no group
        ("a(?:b)", "a(?:b)"),
    ],
)
def test_patterns_open_without_their_lookbehinds_and_optional_characters(pattern, opened):
    from parkcrawler.clean.detectors import _opened

    assert _opened(pattern) == opened


GATED = [
    "李经理 135-2467-8515（同微信）",
    "电话：021-5036 1188",
    "（021）5036 1188",  # a landline's optional bracket, left out of the gate's pattern
    "2024年产值0519万元",  # 0 opening digits that are no landline
    "1.13912345678.",  # a mobile number's lookbehind refuses it; the gate lets it through to be counted
    "欢迎来电咨询",
    "添加好友的微信",  # (?:加|添加)…: one alternative per literal in the gate
    "热线8001234567",
    "园区地址：松江区某某路1号",
    "QQ：12345678 WeChat: abcdefg",
    "三、联系方式",
    "本文来源：证券时报 作者：王小伟",
    "图/视觉中国",
    "（记者 王某 摄）",
    "厂房出租。",
    PROSE,
]


def without_gates(detector, **gates):
    """A copy of `detector` with these gate attributes replaced (the copy has its own memo: detectors hash
    by identity)."""
    ungated = copy.copy(detector)
    for name, value in gates.items():
        setattr(ungated, name, value)
    return ungated


def assert_same_answers(detector, other, names, text):
    """Each of the predicates `names` answers `text` alike in both detectors."""
    for name in names:
        assert getattr(detector, name)(text) == getattr(other, name)(text), name


@pytest.mark.parametrize("text", [nfkc(t) for t in GATED])
def test_contact_cue_gate_changes_no_judgement(text):
    ungated = without_gates(CONTACT, _cue_gate=dict.fromkeys((True, False), re.compile("")))  # all through
    assert_same_answers(
        CONTACT,
        ungated,
        ("cues", "is_contactish", "is_reporting", "tail_start", "is_pitch", "_in_tail"),
        text,
    )


@pytest.mark.parametrize(
    ("pattern", "free"),
    [
        (r"1[3-9](?:[- ]?\d){9}", True),
        (r"[^a-z\d]+?.|(?s:.)x*", True),
        (r"\bVX", False),  # anchors, lookarounds, backreferences, atomic groups, possessive repeats: context
        ("^地址", False),
        ("地址$", False),
        ("(?:(?<!。)|拨)打电话", False),
        ("a(?=b)", False),
        (r"(a)\1", False),
        ("(?>ab|a)c", False),
        ("a*+b", False),
        ("(?:a|(?:b+)?)", True),
        ("(", False),  # does not compile
    ],
)
def test_context_free_patterns_read_nothing_around_their_match(pattern, free):
    from parkcrawler.clean.detectors import _context_free

    assert _context_free(pattern) == free


# Texts whose sentences (tail_start's cuts) hold cues the whole text's search finds, or none.
TAIL_GATED = [
    PROSE,
    PROSE + "咨询电话：13912345678",
    PROSE + "厂房出租。",
    "园区环境优美交通便利配套设施齐全完善。WeChat: abc_12345",  # cased: the folded search on the text
    "园区环境优美交通便利配套设施齐全完善。wx:abc12345\n",
    "王老师在办公室等待各位同学的到来已经很久了。园区简介。",
    "园区环境优美交通便利配套设施齐全完善。打电话",
    "园区环境优美交通便利配套设施齐全完善。（详见13912345678）",
    "1.13912345678.",
    "。\n；",
    "",
]


@pytest.mark.parametrize("text", [nfkc(t) for t in TAIL_GATED])
@pytest.mark.parametrize("variant", ["rules", "min_words 0", "context"])
def test_a_text_without_cues_has_no_contact_tail(text, variant):
    # tail_start answers None for a text without cues, without cutting it: the same as cutting it, for the
    # rules' detector (its gate patterns read no context) and for detectors the gate must not shortcut: with
    # min_words 0 (a sentence without cues may be in the tail) and with a cue pattern whose lookbehind a
    # sentence's start fools. Each of those has a tail here; a gate asked of them too fails.
    import dataclasses

    detector = {
        "rules": CONTACT,
        "min_words 0": dataclasses.replace(CONTACT, min_words=0),
        "context": dataclasses.replace(CONTACT, words=["(?:(?<!。)|拨)打电话"], min_words=1),
    }[variant]
    assert detector._tail_gated == (variant == "rules")
    cut = without_gates(detector, _tail_gated=False)
    assert detector.tail_start(text) == cut.tail_start(text)
    # The tails a gate too sharp would miss: a cue the exact search of a cased text leaves out, a sentence
    # without cues, a cue a lookbehind refuses in the text but not in the sentence.
    tailed = {"rules": TAIL_GATED[3], "min_words 0": TAIL_GATED[5], "context": TAIL_GATED[6]}[variant]
    assert text != nfkc(tailed) or cut.tail_start(text) is not None


TAIL_PIECES = [
    *"。！；\n (（)）.1a",
    "园区环境优美交通便利配套设施齐全完善",
    "13912345678",
    "0519-86227766",
    "电话",
    "咨询",
    "经理",
    "老师",
    "办公室",
    "WeChat: abc_12345",
    "QQ 12345678",
    "E-mail",
    "地址:",
]


@given(st.lists(st.sampled_from(TAIL_PIECES), max_size=12))
@settings(max_examples=300, deadline=None)
def test_contact_tails_are_found_alike_with_the_cue_gate(pieces):
    text = nfkc("".join(pieces))
    assert CONTACT.tail_start(text) == without_gates(CONTACT, _tail_gated=False).tail_start(text)


def test_ends_at_stop_answers_as_the_regex_did():
    import re

    from parkcrawler.clean.detectors import _ends_at_stop

    regex = re.compile(r"[。!?！？…]$")
    texts = ["", "\n", "。", "。\n", "。\n\n", "好。", "好。 ", "好？\n", "a!", "a\n!", "…", "好", "。好"]
    assert [_ends_at_stop(t) for t in texts] == [regex.search(t) is not None for t in texts]


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        ("摄", [{"摄"}]),
        (r"\(?(?:图片|照片|图)由\w{2,12}提供\)?", [{"图", "照"}, {"由"}, {"提"}, {"供"}]),
        ("(?:电|讯)x|y电", [{"电", "讯"}]),  # 电 is in one branch only: one set joining both branches' first
        ("甲(?:乙丙|丁乙)", [{"甲"}, {"乙"}]),  # a set every branch needs
        ("a?甲*[乙丙]+(?=丁)", [{"乙", "丙"}]),  # optional and lookahead: nothing; a class of literals
        ("[^甲]|Q", []),  # a negated class, a cased letter: nothing read
    ],
)
def test_needed_characters(pattern, needs):
    from parkcrawler.clean.detectors import _needed_sets

    assert [set(s) for s in _needed_sets(pattern)] == needs


INSIDE_RUNS = [
    # Removed in the middle: a mobile alone (uncased), a WeChat id (cased: the folded search), an e-mail.
    ["王经理 138-1234-5678", "专业厂房租售，免费代办"],
    ["联系人：王经理", "微信号：wang_factory", "专业厂房租售，免费代办"],
    ["联系人：王经理", "邮箱：wang@factory.com", "专业厂房租售，免费代办"],
    ["加我微信，免费代办", "欢迎咨询经理"],
    ["QQ 2851234567", "欢迎咨询王经理"],  # opening with a cased letter: in the folded search only
    # Kept: sales words without a direct cue, a number a lookbehind refuses, an institution's contact.
    ["专业厂房租售，免费代办", "欢迎咨询王经理"],
    ["编号1.13912345678.", "专业厂房租售，免费代办"],
    ["联系人：园区管委会招商科 王老师 138-1234-5678（同微信）"],
]


@pytest.mark.parametrize("run", INSIDE_RUNS)
def test_the_direct_cue_gate_changes_nothing_inside(run):
    # find_inside without any block that may hold a mobile or a channel removes nothing: gated against
    # ungated on real runs between two paragraphs. The first five are removed: a gate that missed a
    # channel, the folded search or a pattern searched alone (e-mail, QQ) fails here.
    from parkcrawler.clean.blocks import Block

    blocks = [Block(i, t) for i, t in enumerate([PROSE, *(nfkc(t) for t in run), REPORT])]
    ungated = without_gates(CONTACT, _direct_gate=None)
    found = [r.block.position for r in CONTACT.find_inside(blocks)]
    assert found == [r.block.position for r in ungated.find_inside(blocks)]
    assert bool(found) == (INSIDE_RUNS.index(run) < 5)


NEEDS_TEXTS = [
    "人民网上海10月27日电 （记者 葛俊俊）",
    "南都讯 记者吴斌",
    "（原载于《常州日报》2024年10月15日A3版）",
    "《安徽日报》（2025年04月01日 第06版）",
    "（记者 王某 摄）",
    "图片由园区管委会提供",
    "新华社发 王某供图",
    "本文来源：证券时报 作者：王小伟",
    PROSE,
]


@pytest.mark.parametrize("text", [nfkc(t) for t in NEEDS_TEXTS])
def test_credit_needs_gates_change_no_judgement(text):
    ungated = without_gates(CREDIT, _dateline_possible=None, _photo_possible=None)  # all to the regexes
    assert_same_answers(CREDIT, ungated, ("parse_dateline", "is_picture_credit", "judge"), text)
    assert CREDIT._dateline_possible(text) or not CREDIT.parse_dateline(text)


NEEDS_PATTERNS = ["甲乙", "[丙丁]{2}戊", "(?:己|庚)辛"]  # sets: {甲},{乙}; {丙,丁},{戊}; {己,庚},{辛}


@pytest.mark.parametrize(
    "text", ["", "甲", "乙甲", "丁戊", "丙", "戊", "庚辛", "辛", "己", "乙丁辛", "x己x辛", "戊丙丙", "abc"]
)
def test_needs_class_search_answers_as_the_sets(text):
    # possible's class search holds one set of each regex (the smallest): a text holding a character of
    # another set only (丙 without 戊, 己 without 辛) is ruled out by the loops, a text holding a whole
    # regex's needs by neither. A class of one regex's set only fails here.
    from parkcrawler.clean.detectors import Needs, _needed_sets

    expected = any(all(set(s) & set(text) for s in _needed_sets(p)) for p in NEEDS_PATTERNS)
    needs = Needs(NEEDS_PATTERNS)
    assert bool(needs.possible(text)) == expected
    assert not expected or set(text) & needs.firsts  # firsts: what a possible text holds one of
    assert expected or not any(re.search(p, text) for p in NEEDS_PATTERNS)


@pytest.mark.parametrize("text", ["a@b.cn", "信息", "微信号", "abc", "", "@"])
def test_needs_of_one_set_each_is_one_class_search(text):
    from parkcrawler.clean.detectors import Needs

    # Each regex needs one character: `possible` is one search of their class. A class of the first
    # regex's set alone fails on the e-mail.
    needs = Needs(["[vV]信", "[a-z]+@[a-z]+"])
    assert bool(needs.possible(text)) == ("信" in text or "@" in text)
    assert not needs.possible(text) or set(text) & needs.firsts
    assert Needs(["甲", "x"]).firsts is None and not Needs([]).firsts  # nothing ruled out; all ruled out
    assert bool(Needs(["甲乙"]).possible(text + "甲")) == ("乙" in text)  # two sets: both needed
    assert not Needs([]).possible("甲")  # no regex: nothing matches
    assert Needs(["甲", "x"]).possible is None  # x yields no set: nothing is ruled out


@pytest.mark.parametrize(
    ("pattern", "cased"),
    [("[vV]信", True), ("[v信]1", False), ("[^v]信", False), ("[a-z]信", False), ("(?:[vV]x|WX)", True)],
)
def test_an_exact_search_leaves_out_only_what_needs_a_cased_letter(pattern, cased):
    # _AnyOf.exact omits an alternative opening with a class of cased letters only: no text without cased
    # characters holds a match. A class with an uncased character, a negated class or a range is kept.
    from parkcrawler.clean.detectors import _AnyOf, _first_literal

    assert _first_literal(pattern, cased=True) == cased
    found = _AnyOf([pattern])
    for text in ["信", "信1", "1信", "x信", "vx", "WX"]:
        if not any(c.lower() != c.upper() for c in text):  # no cased character: exact is asked
            assert (found.exact.search(text) is None) == (re.search(pattern, text) is None), text
        assert (found.folded.search(text) is None) == (re.search(pattern, text, re.I) is None), text


def test_top_alternatives_split_only_at_the_top():
    from parkcrawler.clean.detectors import _top_alternatives

    assert _top_alternatives(r"a|b(c|d)|[|]x|\|y") == ["a", "b(c|d)", "[|]x", r"\|y"]
    assert _top_alternatives("(?#a|b") == ["(?#a|b"]  # a part that does not compile: left whole


# An upper-case e-mail address: the folded search of the @… alternatives keeps IGNORECASE.
CASED = ["wx: abc_123", "邮件 Mail@x.cn", "4008 123 456", "qq 123456", "WANG@FACTORY.COM"]


@pytest.mark.parametrize("text", [nfkc(t) for t in [*GATED, *CASED]])
def test_cue_gate_answers_as_one_union(text):
    from parkcrawler.clean.base import uncased
    from parkcrawler.clean.detectors import _opened

    reaching = [*CONTACT.mobiles, *CONTACT.landlines, *CONTACT.channels, *CONTACT.words, *CONTACT.sales]
    whole_union = re.compile("|".join(_opened(p) for p in reaching), re.IGNORECASE)
    assert (CONTACT._cue_gate[uncased(text)].search(text) is None) == (whole_union.search(text) is None)
    assert (CONTACT._cue_gate[False].search(text) is None) == (whole_union.search(text) is None)


# Texts holding each kind of cue, written so that a gate searching less than a kind's opened patterns misses
# one: a landline in brackets, a number behind a mobile, an e-mail address's name, the cased channels and an
# office's gov.cn (folded only), a notice's numbered heading (^) and a 科 closing a line ($).
KINDS = [
    "（021）5036 1188",
    "139123456780519-12345678",
    "wang.li@factory.cn",
    "QQ: 12345678",
    "VX: factory_01",
    "联系v信",
    "www.sh.gov.cn",
    "三、联系方式",
    "投资促进科\n电话",
    "招商处 电话：021-50361188",
]


def test_each_kind_of_cue_is_counted_only_where_its_gate_finds_something():
    # The property the shortcut rests on, asked of each kind's own regex: where the gate finds nothing, the
    # regex finds nothing either (so its count is 0 and a substitution changes nothing).
    from parkcrawler.clean.base import uncased

    for text in [nfkc(t) for t in [*GATED, *CASED, *KINDS]]:
        case = uncased(text)
        for variant in {case, False}:  # the folded regexes and gates serve any text
            for regex, gate in zip(CONTACT._cue_regexes[variant], CONTACT._cue_kinds[variant], strict=True):
                assert gate(text) or not regex.findall(text), (regex.pattern, text)


@settings(derandomize=True, deadline=None, database=None, max_examples=400)
@given(
    st.lists(
        st.sampled_from([*KINDS, *CASED, "电话", "经理", "。", " ", "1", "0", "-", "科", "\n"]), max_size=6
    )
)
def test_the_cue_kind_gates_change_no_count(pieces):
    ungated = without_gates(
        CONTACT, _cue_kinds={case: (re.compile("").search,) * 6 for case in (True, False)}
    )
    text = nfkc("".join(pieces))
    assert_same_answers(CONTACT, ungated, ("cues", "is_reporting", "is_contactish", "tail_start"), text)


def test_folded_letters_are_every_character_ignorecase_matches():
    # _folded_letters looks among the cased characters only: checked against every code point, for every
    # ASCII letter alone and for classes of letters (a pattern may open with either).
    from parkcrawler.clean.detectors import _folded_letters

    every = "".join(map(chr, range(0x110000)))
    for letters in [*"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", "vV", "kKsS", "iI"]:
        gate = _folded_letters(frozenset(letters))
        matched = {c for letter in letters for c in re.findall(re.escape(letter), every, re.IGNORECASE)}
        matched |= set(re.findall(f"[{letters}]", every, re.IGNORECASE))
        assert all(gate(c) for c in matched), letters


# Alternatives opening with cased letters, searched alone with IGNORECASE behind their letters' gate, and
# texts holding what IGNORECASE matches them with: the Kelvin sign (k), the long s (s), a dotted capital I.
FOLDED = [r"(?:VX|vx|WX|wx|WeChat)\s*:?\s*\w{3,}", r"QQ\s*\d{5,11}", r"[vV]信", r"kg|kw", r"sq\d", r"id\d"]


@settings(derandomize=True, deadline=None, database=None, max_examples=400)
@given(st.text(alphabet="VvWwXxQqKkSsIi\u212a\u017f\u0130\u0131eChat信1 :号微", max_size=14))
def test_cased_alternatives_are_found_alike_behind_their_letters(text):
    from parkcrawler.clean.detectors import _AnyOf

    found = _AnyOf(FOLDED).folded.search(text) is not None
    assert found == (re.search("|".join(FOLDED), text, re.IGNORECASE) is not None)


@pytest.mark.parametrize(
    ("pattern", "spread"),
    [
        (r"[48]00\d", [r"400\d", r"800\d"]),
        ("(?:加|添加)微信", ["加微信", "添加微信"]),
        ("(?:a|)b", ["ab", "b"]),  # an empty literal: what the group matched too
        ("[ab]*c", ["[ab]*c"]),  # a quantified choice, a capturing group, a range: left alone
        ("(?:a|b)+c", ["(?:a|b)+c"]),
        ("(a|b)c", ["(a|b)c"]),
        ("[a-c]d", ["[a-c]d"]),
    ],
)
def test_an_opening_choice_of_literals_spreads_into_alternatives(pattern, spread):
    from parkcrawler.clean.detectors import _spread

    assert _spread(pattern) == spread
    texts = ["400x", "8009", "加微信", "添加微信", "b", "ab", "cc", "aac", "bd"]
    found = [bool(re.search("|".join(spread), t)) for t in texts]
    assert found == [bool(re.search(pattern, t)) for t in texts]


def test_contact_cues_with_a_capturing_group_are_counted_without_the_gate():
    # A union renumbers groups, so no gate is built over a capturing cue: the detector still builds, and
    # counts every text (its constructor used to fail on such a pattern).
    import dataclasses

    capturing = dataclasses.replace(CONTACT, words=[*CONTACT.words, "(微信)号"])
    assert capturing._cue_gate is None and not capturing._without_cues(nfkc("园区简介"))
    assert capturing.cues(nfkc("加微信号咨询")) == CONTACT.cues(nfkc("加微信号咨询"))


LABELLED = [
    "记者（王某）",  # a bracket right after the label: a space once parse has read it
    "记者https://x.cn 王某",  # a URL right after the label: a space too
    "图www.x.cn 视觉中国",
    "文|王某",
    "本文首发于钛媒体APP",
    "【纠错】【责任编辑：王萌】",
    "…持续升温。（本文首发于钛媒体，作者｜王某）",
    "据文中所述，图表显示增长。",  # 文 and 图 in prose, followed by other text: no label
    "图为园区全景（记者 王某 摄）",
    "图：视觉中国\n图片：园区管委会",  # a picture credit: `anywhere` labels only
    "图（视觉中国）",
    "蓝图已经绘就",  # 图 followed by prose
]


@pytest.mark.parametrize("text", [nfkc(t) for t in [*LABELLED, *NEEDS_TEXTS, *GATED]])
def test_credit_label_gate_changes_no_judgement(text):
    ungated = without_gates(CREDIT, _label_word=re.compile(""), _anywhere_word=re.compile(""))  # all to parse
    assert_same_answers(
        CREDIT, ungated, ("parse", "parse_items", "judge", "aside_start", "is_picture_credit"), text
    )
    assert CREDIT._label_word.search(text) or not ungated.parse(text)


COLON = "(?=:)"
TRIE_WORDS = {"文": COLON, "文字": COLON, "文字编辑": COLON, "本文": COLON, "本文首发于": "", "编": ""}


@pytest.mark.parametrize(
    "text",
    ["文:", "文章", "文字:", "文字编", "文字编辑:", "本文首发于x", "本文首发", "本文:", "x编", "", "首发于"],
)
def test_a_trie_of_words_is_found_where_their_union_is(text):
    # Shared openings written once: 文 followed by ":" is found, 文 before 章 not; a word followed by
    # nothing (本文首发于, 编) is found whatever follows. A trie dropping an ending (文 or 文字 when longer
    # words pass through it) or a follower misses or adds some of these.
    from parkcrawler.clean.detectors import _trie

    union_ = "|".join(re.escape(w) + then for w, then in TRIE_WORDS.items())
    assert bool(re.search(_trie(TRIE_WORDS), text)) == bool(re.search(union_, text))
    assert _trie({}) == ""


def test_credit_label_gate_passes_everything_for_labels_parse_may_change():
    import dataclasses

    spaced = dataclasses.replace(CREDIT, lead_labels=[*CREDIT.lead_labels, "原文 链接"], anywhere=["图 片"])
    assert spaced._label_word.search("园区简介") and spaced._anywhere_word.search("园区简介")


@pytest.mark.parametrize("text", ["分享到： 微信 微博", "扫码关注公众号", "点击阅读原文", PROSE])
@pytest.mark.parametrize("padding", ["", " " * 120, "\n" * 120])
def test_the_short_block_gate_rules_out_no_short_block(text, padding):
    from parkcrawler.clean.detectors import _fits

    text = padding + nfkc(text) + padding  # long, but short once stripped, as the predicates read it
    assert not SHARE.is_widget(text) or _fits(text, SHARE.max_chars)
    assert not PROMO.is_promo(text) or _fits(text, max(PROMO.max_chars, PROMO.max_tail_chars))
    assert not QR.is_prompt(text) or _fits(text, max(QR.max_chars, QR.max_tail_chars))
    assert _fits(text, 40) == (len(text.strip()) <= 40)


ACTIONS = [
    "点击上方蓝字关注我们",
    "海量资讯、精准解读，尽在新浪财经APP",
    "尽在新浪财经app",  # a cased call in a cased text: searched with the flag
    "打开网易新闻 查看精彩图片",
    "添加好友让更多人看到",
    "转发给身边的朋友",  # an opening choice of verbs, one alternative each
    "欢迎关注！",
    "某某网客户端 国家重点新闻网站",  # the ^-anchored alternative, searched alone
    "园区 某某网客户端 国家重点新闻网站",
    "（下载某某新闻，报料有奖！）",
    "关注企业需求",
    "企业可下载“随申办”APP在线申报。",
    PROSE,
]


@pytest.mark.parametrize("text", [nfkc(t) for t in ACTIONS])
def test_a_call_to_action_is_found_as_the_union_finds_one(text):
    assert PROMO._action_found(text) == (PROMO._actions.search(text) is not None)


def test_calls_that_capture_are_searched_as_their_union():
    from parkcrawler.clean.detectors import _found_anywhere

    found = _found_anywhere(["(a)b", "c"])  # a union renumbers groups: not split
    assert [found(t) for t in ("xab", "xc", "x", "AB")] == [True, True, False, True]


@pytest.mark.parametrize("text", ["扫码关注", "扫码关注" + "园区" * 20, "扫码关注" + "园区" * 60, PROSE])
def test_a_tail_block_is_asked_once_under_the_larger_limit(text):
    longest = max(QR.max_chars, QR.max_tail_chars or QR.max_chars)
    both = QR.is_prompt(text) or QR.is_prompt(text, limit=QR.max_tail_chars)
    assert QR.is_prompt(text, limit=longest) == both


@pytest.mark.parametrize("text", ["每日经济新闻", " 每日经济新闻 ", "每日经济新闻" * 3, PROSE])
def test_a_masthead_fits_its_length(text):
    from parkcrawler.clean.detectors import _fits

    assert CREDIT.parse_masthead(text) is None or _fits(text, CREDIT.max_masthead)


@pytest.mark.parametrize("text", ["*文汇独家稿件，转载请注明出处。", PROSE + "转载请注明出处。"])
def test_a_statement_tail_needs_a_line_break(text):
    assert DISCLAIMER.tail_start(text) is None  # what plan no longer asks of a block of one line


def test_contact_cues_add_up_field_by_field():
    import dataclasses

    from parkcrawler.clean.detectors import ContactCues

    counts = range(1, len(dataclasses.fields(ContactCues)) + 1)
    assert ContactCues(*counts) + ContactCues(*counts) == ContactCues(*(2 * n for n in counts))


# --- the credit detector's gate ---------------------------------------------------------------------


def _credit_claims(text: str, head: bool) -> bool:
    """Whether any predicate CreditDetector.plan asks of a block at the edges claims `text` (ungated)."""
    return bool(
        CREDIT.is_picture_credit(text)
        or CREDIT.is_bare_label(text)
        or CREDIT.judge(text, head=head) is not None
        or CREDIT.aside_start(text) is not None
    )


# Each text is claimed through one condition of could_claim alone (checked below): sharpen that condition
# and its text fails the test.
@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("责任编辑：王萌", False),  # a label
        ("园区今年新增企业四十余家，产值稳步增长。（本文首发于园区观察，作者｜王某）", False),  # an aside
        ("（图片由上海市松江区经济委员会提供）", False),  # a picture credit, no label
        ("中国新闻网上海分社频道10月27日电 记者葛俊俊 通讯员王某某", False),  # a dateline, no label
        ("（原载于《常州日报》2024年10月15日A3版）", False),  # a print edition
        ("《安徽日报》（2025年04月01日 第06版）", False),  # the other edition pattern
        ("听新闻\n中新网上海8月12日电", False),  # a dateline on a later line (_line_opening's ^)
        (" \t中新网上海8月12日电 记者葛俊俊", False),  # after white space parse_dateline strips (its \s*)
        ("新华社发 王某供图", False),  # the other picture credit patterns
        ("王某 摄", False),
        ("原创 园区观察 2025-07-21 18:05 来自上海", True),  # a header line, first block only
        ("园区招商笔记\n2026-03-02 20:41\n上海\n优质财经领域创作者", True),  # an author card
        ("每日经济新闻", False),  # a masthead
    ],
)
def test_the_credit_gate_admits_what_the_predicates_claim(text, head):
    text = nfkc(text)
    assert _credit_claims(text, head)
    assert CREDIT.could_claim(text, head=head)


def test_the_credit_gate_matches_the_predicates_on_other_texts():
    # Whatever the predicates claim of these texts (some, not all), the gate lets through.
    texts = [PROSE, PROSE + "\n" + PROSE, "联系人：李老师\n电话：021-37735806", "相关新闻", "文章作者"]
    texts += ["2025-07-21 18:05 园区开放日", "园区招商笔记\n2026-03-02 20:41", "【纠错】 【责任编辑：王萌】"]
    for text in map(nfkc, texts):
        for head in (False, True):
            assert not _credit_claims(text, head) or CREDIT.could_claim(text, head=head), text
    prose = nfkc("园区今年新增企业四十余家，产值稳步增长，营商环境持续优化，服务企业的能力不断提升。")
    assert not CREDIT.could_claim(prose, head=True)  # the gate rules prose out


# Pieces of texts for _line_opening: credits _line_opening must find at a line's start, white space strip
# takes (\x1c and \u3000 too), line breaks, and prose around them.
_OPENING_PIECES = [
    "中新网上海8月12日电",
    "财联社9月24日讯(记者 王碧微)",
    "CGTN北京5月1日电",
    "(原载于《常州日报》2024年10月15日A3版)",
    "《安徽日报》(2025年04月01日 第06版)",
    "(图片由上海市松江区经济委员会提供)",
    "新华社发 王某供图",
    "王某 摄",
    "园区电力供应稳定",
    "讯",
    " ",
    "\t",
    "\x1c",
    "\u3000",
    "\n",
    "\n",
]


@settings(derandomize=True, deadline=None, database=None, max_examples=600)
@given(st.lists(st.sampled_from(_OPENING_PIECES), min_size=1, max_size=6))
def test_the_line_opening_finds_every_line_a_credit_pattern_fullmatches(pieces):
    # The long way: is_picture_credit's patterns fullmatched on the text stripped, parse_dateline's on each
    # line stripped. A gate searching the text's start only, or without the white space, fails here.
    text = "".join(pieces)
    lines = [line.strip() for line in text.split("\n")]
    long_way = CREDIT._photo.fullmatch(text.strip()) or any(
        CREDIT._dateline.fullmatch(line) or any(e.fullmatch(line) for e in CREDIT._editions) for line in lines
    )
    assert not long_way or CREDIT._line_opening(text), text
    assert not _credit_claims(text, False) or CREDIT.could_claim(text), text


def test_the_line_opening_rules_out_prose_holding_the_dateline_characters():
    assert CREDIT._line_opening is not None
    texts = [PROSE, "园区已签约5家企业,涉及汽车电子和医疗器械。\n另有3家企业在谈。", "以满足电商企业的需求"]
    for text in texts:
        assert CREDIT._photo_or_dateline_possible(text)  # the characters Needs asks for are there
        assert not CREDIT.could_claim(nfkc(text), head=True), text


def test_regex_white_space_is_what_strip_takes():
    # _line_opening's \s* stands for the white space str.strip takes off a line: the same characters.
    space = re.compile(r"\s").fullmatch
    assert all((space(chr(c)) is not None) == (not chr(c).strip()) for c in range(0x110000))


def test_a_credit_pattern_reading_context_opens_no_gate():
    import dataclasses

    from parkcrawler.clean.detectors import _unnamed

    # A lookahead reads past the line: the pattern may fullmatch a line and match nowhere in the text.
    reads = dataclasses.replace(CREDIT, datelines=["(?P<outlet>[\u4e00-\u9fff]{2,16}?)电(?!\n)"])
    assert reads._line_opening is None
    assert reads.could_claim("听新闻\n新华社电")
    assert _unnamed("(?P<a>x)[(?P<b>](?P<c>y)") == "(?:x)[(?P<b>](?:y)"


def _claim_gate_texts(detector) -> list[str]:
    """Texts that hold one label word (with each follower, or none), and texts that hold one of the
    characters the picture/dateline Needs rules a text out without (its firsts)."""
    from parkcrawler.clean.detectors import Needs

    words = [*detector.labels, *detector.lead_labels, *detector.byline_labels]
    labelled = [f"园区{w}{f}王某" for w in words for f in ["", " ", ":", "|", "(", "【", "h", "，"]]
    firsts = Needs([*detector.photo_credits, *detector.datelines, *detector.editions]).firsts
    return labelled, [f"园区{c}王某" for c in firsts]


def test_the_credit_claim_gate_finds_what_its_two_tests_find():
    # _claim_gate finds something wherever _labelled or the picture/dateline Needs does, and every
    # character of the Needs' firsts (a text holding one may be possible): a gate missing a label word, a
    # follower or a needed character fails here.
    import dataclasses

    # 图 both a needed character and a label's first: its branch must still find 图片：… (and 图X)
    both = dataclasses.replace(CREDIT, photo_credits=["图X"], datelines=[], editions=[])
    for detector in (CREDIT, both):
        labelled, needing = _claim_gate_texts(detector)
        for text in [*labelled, *needing, "图X", "图片:王某", "图 王某", "本文转自园区", PROSE]:
            text = nfkc(text)
            found = detector._label_word.search(text) or detector._photo_or_dateline_possible(text)
            assert detector._claim_gate(text) or not found, text
            assert detector.could_claim(text) == without_gates(detector, _claim_gate=None).could_claim(text)
        assert all(detector._claim_gate(text) for text in needing)


# --- the headline detector's gate ---------------------------------------------------------------------

MARKED = [
    "往期推荐",
    "▌推荐阅读",  # [\W_] before the marker: stripped by _EDGES, skipped by the gate
    "_相关阅读_",  # _ is stripped too
    "【相关阅读】",
    " \n相关阅读：\n外高桥港综保区上半年进出口额创新高\n浦东发布冷链物流三年行动方案",  # blank lines first
    "\n\n推荐阅读：\n滴水湖畔又一科创载体开园\n洋山综保区上半年进出口额同比增长31%",
    "相关阅读：嘉定氢能港一期满租，燃料电池产业链加速集聚",
    "——相关阅读: 某园区一期满租",
    "相关企业：张江机器人谷、临港新片区物流园",  # a label that is no marker
    "推荐阅读园区",  # a marker word followed by more text
    "今年推荐阅读的书目",  # a marker word inside a line
    "松江这个镇入选全国千强镇",
    "喜欢此内容的人还喜欢",
    PROSE,
]


@pytest.mark.parametrize("text", [nfkc(t) for t in MARKED])
def test_the_headline_gate_rules_out_only_what_no_marker_opens(text):
    if not HEADLINES._opening.match(text):
        assert not HEADLINES.is_marker(text) and not HEADLINES.is_listed_block(text)


def test_the_headline_gate_lets_every_marker_through():
    # Each text here is a marker or a listed block: a gate sharper in any way (no [\W_] before the
    # marker, no blank line, no marker word) fails one of them.
    for text in map(nfkc, MARKED[:8] + ["喜欢此内容的人还喜欢"]):
        assert HEADLINES.is_marker(text) or HEADLINES.is_listed_block(text), text
        assert HEADLINES._opening.match(text), text


def test_a_marker_with_symbols_at_its_edges_is_never_one():
    import dataclasses

    symbols = dataclasses.replace(HEADLINES, markers=[*HEADLINES.markers, "【荐读】", "荐读_"])
    for text in ("【荐读】", "荐读_", "▌【荐读】"):
        assert not symbols.is_marker(text) and not symbols._opening.match(text)


def _doc(texts: list[str], removed: tuple[int, ...] = ()):
    from parkcrawler.clean.base import Doc
    from parkcrawler.clean.blocks import Block

    blocks = [Block(i, nfkc(t)) for i, t in enumerate(texts)]
    for i in removed:
        blocks[i].removed = True
    return Doc(blocks, None, sum(len(t) for t in texts))


HEADLINE_BODIES = [
    ([PROSE, "往期推荐", "松江这个镇入选全国千强镇", "重磅！松江新城最新规划出炉"], ()),
    ([PROSE, "图片来源于网络，如有侵权请联系删除", "三大指数集体收涨", "多地出台楼市新政"], (1,)),
    ([PROSE, "图片来源于网络，如有侵权请联系删除", "一财最热", "三大指数集体收涨", "多地出台楼市新政"], (1,)),
    ([PROSE, "三大指数集体收涨", "多地出台楼市新政"], ()),  # no junk above: the run stays
    ([PROSE, "三大指数集体收涨", "多地出台楼市新政" + " " * 60], (0,)),  # long, but short once stripped
    ([PROSE, "相关新闻", "三大指数集体收涨", "多地出台楼市新政", PROSE], ()),
    ([PROSE, "\n相关阅读：\n外高桥港综保区上半年进出口额创新高\n浦东发布冷链物流三年行动方案", PROSE], ()),
    ([PROSE, PROSE, "▌喜欢此内容的人还喜欢"], ()),
    ([PROSE, "入选的园区为：", "G60松江信创产业园", "松江综合保税区"], (1,)),
]


@pytest.mark.parametrize(("texts", "removed"), HEADLINE_BODIES)
def test_the_headline_gate_changes_no_plan(texts, removed):
    ungated = without_gates(HEADLINES, _opening=re.compile(""))  # every body through the full plan
    found, expected = HEADLINES.plan(_doc(texts, removed)), ungated.plan(_doc(texts, removed))
    assert [(r.block.position, r.text) for r in found.removals] == [
        (r.block.position, r.text) for r in expected.removals
    ]


# --- the promo, QR and disclaimer gates -----------------------------------------------------------------

SHORT_AND_TAIL = [
    "点击上方蓝字关注我们",
    "分享、点赞、在看，给个三连吧",
    "下载“园区通”官方APP，或关注官方微信公众号，即可第一时间了解园区动态、政策信息。",
    "海量资讯、精准解读，尽在新浪财经APP，随时掌握",  # a tail promo without 。: its call anywhere
    "某某网客户端 国家重点新闻网站" + " " * 80,  # short once stripped
    "扫描二维码下载园区服务APP",
    "微信扫一扫 关注我们的视频号",
    "长按识别二维码，订阅《某某报》",
    "园区今年新增企业四十余家，欢迎关注，更多精彩请扫码获取" + "园区" * 20,  # a tail pitch, long
    PROSE,
]


def _bodies():
    yield [PROSE, *SHORT_AND_TAIL]
    yield [*SHORT_AND_TAIL, PROSE]
    yield SHORT_AND_TAIL[-3:]  # fewer blocks than the tail
    yield [PROSE, "访客须在园区南门扫码登记后方可入园。", PROSE]
    yield [PROSE, PROSE]


def _removed(plan):
    return [(r.block.position, r.text) for r in plan.removals]


def test_the_promo_plan_asks_what_it_asked_before():
    # The old plan: every block fitting the larger limit, is_promo, then is_tail_promo among the last `tail`.
    from parkcrawler.clean.detectors import _fits

    for texts in _bodies():
        doc = _doc(texts)
        live = doc.live()
        tail = set(live[-PROMO.tail :])
        most = max(PROMO.max_chars, PROMO.max_tail_chars)
        old = [
            (b.position, b.text)
            for b in live
            if _fits(b.norm, most) and (PROMO.is_promo(b.norm) or (b in tail and PROMO.is_tail_promo(b.norm)))
        ]
        assert _removed(PROMO.plan(doc)) == old
    assert _removed(PROMO.plan(_doc([PROSE, *SHORT_AND_TAIL]))), "the bodies hold promos"


def test_promo_limits_either_way_round():
    import dataclasses

    # A tail limit below the short one: a block under the short limit may be over the tail one.
    odd = dataclasses.replace(PROMO, max_chars=45, max_tail_chars=12)
    padded = "关注官方微信。" + " " * 20  # a tail promo under 12 once stripped, 27 long as it stands
    assert odd.is_tail_promo(padded) and not odd.is_promo(padded)
    for texts in [*_bodies(), [PROSE, padded]]:
        doc = _doc(texts)
        live = doc.live()
        tail = set(live[-odd.tail :])
        claims = [odd.is_promo(b.norm) or (b in tail and odd.is_tail_promo(b.norm)) for b in live]
        old = [(b.position, b.text) for b, claimed in zip(live, claims, strict=True) if claimed]
        assert _removed(odd.plan(doc)) == old
    assert _removed(odd.plan(_doc([PROSE, padded]))) == [(1, padded)]


@pytest.mark.parametrize("text", [nfkc(t) for t in [*SHORT_AND_TAIL, *ACTIONS]])
def test_a_tail_promo_asks_its_pitch_and_call_in_either_order(text):
    text = text.strip()
    if 0 < len(text) <= PROMO.max_tail_chars:
        called = PROMO._actions.match(text) is not None if text.endswith("。") else PROMO._action_found(text)
        assert PROMO.is_tail_promo(text) == bool(called and PROMO._pitches.search(text))


def test_the_qr_gate_changes_no_plan():
    ungated = without_gates(QR, _qr_possible=None)
    for texts in _bodies():
        assert _removed(QR.plan(_doc(texts))) == _removed(ungated.plan(_doc(texts)))
    assert _removed(QR.plan(_doc([PROSE, *SHORT_AND_TAIL]))), "the bodies hold prompts"
    assert not QR._qr_possible(nfkc(PROSE)) and QR._qr_possible(nfkc("扫描二维码"))


STATEMENTS = [
    "图片来源于网络，如有侵权请联系删除",
    "Copyright © 2025 某某网 All Rights Reserved",  # cased: the cased cues searched with the flag
    "COPYRIGHT 某某园区",
    "本站内容来自网络 platform",
    "© 某某网",  # an uncased cue outside CJK, searched alone
    "本文系作者授权本站转载，文章观点仅代表作者本人，不代表本站立场。",
    "如对本稿件有异议，请联系我们",
    "APP 下载",
    PROSE,
]


@pytest.mark.parametrize("text", [nfkc(t) for t in STATEMENTS])
def test_the_strong_cue_search_finds_what_the_union_finds(text):
    assert DISCLAIMER._strong_found(text) == (DISCLAIMER._strong.search(text) is not None)


@pytest.mark.parametrize("padding", ["", " " * 120, "\n" * 120])
def test_the_share_plan_takes_a_widget_short_once_stripped(padding):
    widget = padding + nfkc("分享到： 微信 微博") + padding
    assert _removed(SHARE.plan(_doc([PROSE, widget, PROSE]))) == [(1, nfkc(widget))]
    assert _removed(SHARE.plan(_doc([PROSE, widget + "园区" * 30]))) == []


# --- the credit label regex, one alternative per first character -------------------------------------

LABEL_LINES = [
    *LABELLED,
    *NEEDS_TEXTS,
    "责任编辑 王某",  # a label that needs a colon, and a byline label of the same word, followed by a space
    "责任编辑：王某 编辑 李四 记者: 张三",
    "文字编辑:王某 文 李四 图|赵五",
    "本文来源:证券时报 本文首发于钛媒体 文章转自新华社",
    "记者 : 王某",
    "编辑 ",
]


@pytest.mark.parametrize("text", [nfkc(t) for t in LABEL_LINES])
def test_credit_labels_by_first_character_match_as_their_union(text):
    def spans(regex, line):
        return [m.span() for m in regex.finditer(line)]

    assert spans(CREDIT._label, text) == spans(re.compile(CREDIT._label_union), text)


def test_credit_labels_by_first_character_keep_the_unions_order():
    # A lead label 甲 (followed by anything) comes before the label 甲乙 (followed by a colon): at 甲乙: the
    # union takes 甲 (then 乙:). A character's pairs sorted longest first across the groups would take 甲乙.
    import dataclasses

    crafted = dataclasses.replace(CREDIT, lead_labels=["甲"], labels=["甲乙", "乙"], byline_labels=["甲乙丙"])
    for text in ["甲乙:x", "甲乙丙 x", "乙:x", "x甲", "甲乙丙:x"]:
        found = [m.span() for m in crafted._label.finditer(text)]
        assert found == [m.span() for m in re.finditer(crafted._label_union, text)], text
    assert [m.group() for m in crafted._label.finditer("甲乙:x")] == ["甲", "乙"]


def test_credit_labels_with_an_empty_word_are_searched_as_their_union():
    from parkcrawler.clean.detectors import _by_first_char

    assert _by_first_char([("", "(?=:)"), ("甲", "")]) == "" and _by_first_char([]) == ""


TIDY_LINES = [
    "华夏时报(www.chinatimes.net.cn)记者 王某",
    "(https://x.cn/a?b=1)来源:x",
    "http:/x 记者 王某",
    "WWW.X.CN 记者 王某",  # _URL is case-sensitive: left
    "ftp://x.cn 编辑:王某",
    "2025年10月11日08:21 | 来源:人民网",
    "٢٠٢٥-01-02 10:00 来源:x",  # \d is any decimal digit, not only 0-9
    " 2025-01-02 来源:x",
    "(2025-01-02) 编辑:王某",
    "【2025/1/2】图|x",
    "来源:x 2025-01-02",
    "",
    " ",
    "x://y www.",
]


@pytest.mark.parametrize("text", TIDY_LINES)
def test_credit_tidied_line_is_the_ungated_substitutions(text):
    # _tidied skips _URL without "://" or "www." and _TIMESTAMP without a decimal first: a gate missing
    # either URL start, or reading only 0-9 as digits, fails here.
    url, bracket, stamp = CREDIT._URL, CREDIT._BRACKET, CREDIT._TIMESTAMP
    ungated = stamp.sub("", bracket.sub(" ", url.sub(" ", text)).strip()).lstrip("|·• ")
    assert CREDIT._tidied(text) == ungated


def _org_before(detector, text, first):
    """CreditDetector._org as it was written before its shortcuts."""
    org = re.search(r"[^\s:|/丨,、]*$", text.rstrip() if first else text).group()
    names = text.strip().split("、")
    short = all(0 < len(n) <= detector.max_org and not re.search(r"\W", n) for n in names)
    if first and len(names) > 1 and short:
        return text.strip()
    if len(org) > detector.max_org or (first and text.strip() not in ("", org)):
        return None
    return org


ORG_TEXTS = ["", " ", "每经", " 每经 ", "合肥晚报、合肥在线、掌上合肥", "a、b", "、", "王某 ", ":王某 "]
ORG_TEXTS += ["x\n", "潮新闻客户端 ", "园区 每经", "很长很长很长很长很长很长的机构名字", "a、", " 、b "]
ORG_TEXTS += ["新民晚报·新民眼"]


@pytest.mark.parametrize("max_org", [12, 2, 0, -1])
def test_credit_org_answers_as_before(max_org):
    import dataclasses

    detector = dataclasses.replace(CREDIT, max_org=max_org)
    for text in ORG_TEXTS:
        for first in (True, False):
            assert detector._org(text, first=first) == _org_before(detector, text, first), (text, first)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789٣४-年/.月日 :至~上海", max_size=30))
def test_credit_date_and_clock_read_what_a_four_digit_repeat_reads(text):
    # _DATE opens with \d\d{3} (a class re can skip to), _CLOCK likewise: the language of \d{4}. Fails if the
    # digits are miscounted (\d\d{2}, \d\d{4}) or one of them is dropped.
    date = r"\d{4}[-年/.]\d{1,2}[-月/.]\d{1,2}日?"
    clock = date + r"\s*\d{1,2}:\d{2}(?::\d{2})?(?!\s*[-~至—]\s*\d)"
    for ours, reference in ((CREDIT._DATE, date), (CREDIT._CLOCK, clock)):
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in re.finditer(reference, text)]
