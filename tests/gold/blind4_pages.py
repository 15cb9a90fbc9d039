"""Gold part `blind4`: 40 article pages (post ids 15001-15040), written blind.

Each page is an invented article about Shanghai / Yangtze-delta industrial parks, factory and warehouse leasing,
park policy, investment promotion, regional economy or logistics, republished from one outlet with that outlet's
boilerplate, and often the site's own salespeople's contact block. Every block is labelled by hand per
tests/gold/LABELLING.md; the expected files are these labels, never a cleaner's output. Who wrote it, what the
author read and did not read, the freeze and the composition are in tests/gold/blind4/README.md.
"""

from __future__ import annotations

from build import IMG, INDENT, TABLE, ZSBOX, B, H, J, P, Page, X, esc


def BR(lines: list[str], family: str | None = None, indent: bool = True, style: str = "") -> B:
    """One <p> of <br/>-separated lines: a real paragraph (no family) or one boilerplate block."""
    attr = f' style="{style}"' if style else ""
    markup = f"<p{attr}>{INDENT if indent else ''}" + "<br/>".join(esc(x) for x in lines) + "</p>"
    text = "\n".join(lines)
    return X(markup, removed=[(family, text)]) if family else X(markup, body=[text])


def GLUED(real: str, junk: str, family: str, sep: str = "") -> B:
    """A real paragraph with boilerplate at its end that can be cut off as a unit (after a <br/>, in brackets)."""
    return X(f"<p>{INDENT}{esc(real)}{sep}{esc(junk)}</p>", body=[real], removed=[(family, junk)])


def WX(text: str, family: str | None = None, style: str = "font-size:15px;letter-spacing:1px;") -> B:
    """A WeChat-editor paragraph: <section><p><span>…</span></p></section>."""
    markup = f'<section><p style="line-height:1.75em;"><span style="{style}">{esc(text)}</span></p></section>'
    return X(markup, removed=[(family, text.strip())]) if family else X(markup, body=[text.strip()])


def WXH(text: str) -> B:
    """A WeChat-editor subheading: a bold span in a centred section."""
    markup = (
        '<section style="text-align:center;"><p><strong><span style="color:#1e6fd9;font-size:16px;">'
        f"{esc(text)}</span></strong></p></section>"
    )
    return X(markup, body=[text])


PAGES: list[Page] = []

# --- 15001-15010 ------------------------------------------------------------------------------------

PAGES += [
    Page(
        id=15001,
        title="上海前三季度规上工业总产值同比增长4.6% 临港新片区增速领跑",
        when="2025-10-24 10:15",
        category=5,
        tags=(22,),
        families=("eastmoney", "site_contact"),
        source="上海证券报·中国证券网",
        note="eastmoney bottom chain with a 文章来源 line and DF staff code; dateline glued to the lead stays; "
        "zsbox contact (韩立新, 400 spaced, spaced mobiles)",
        blocks=[
            P(
                "上证报中国证券网讯（记者 李苑）10月23日，上海市统计局发布数据显示，今年前三季度，全市规模以上工业"
                "总产值29876.43亿元，同比增长4.6%，增速比上半年提高0.5个百分点。其中，9月当月规上工业总产值"
                "3612.07亿元，同比增长6.1%。"
            ),
            P(
                "分行业看，三大先导产业继续发挥引领作用。集成电路、生物医药、人工智能制造业产值分别增长9.8%、"
                "5.3%和11.2%；新能源汽车产量达到98.6万辆，同比增长21.4%，占全国比重进一步提升。"
            ),
            P(
                "分区域看，临港新片区前三季度规上工业总产值增长17.9%，继续领跑全市。特斯拉上海超级工厂、"
                "上汽临港基地满产运行，带动新片区汽车制造业产值增长超过两成。"
            ),
            P(
                "嘉定、松江、奉贤等制造业大区增速均高于全市平均水平。其中，嘉定区依托智能网联汽车产业集群，"
                "前三季度实现规上工业产值4388亿元，同比增长6.7%；松江区电子信息产业产值增长8.2%。"
            ),
            P(
                "工业投资方面，前三季度全市工业投资同比增长10.3%，连续30个月保持两位数增长。重大产业项目"
                "开工和竣工数量均超过去年同期，一批“工业上楼”智造空间项目陆续投用。"
            ),
            P(
                "业内人士分析，四季度随着一批新增产能释放和稳增长政策持续发力，上海工业经济有望延续稳中向好"
                "态势，全年规上工业总产值增速预计在5%左右。"
            ),
            P(
                "市统计局相关负责人表示，下阶段将加强对重点行业、重点企业的运行监测，为全市稳增长工作提供"
                "更加及时、准确的统计服务。"
            ),
            J("eastmoney", "（文章来源：上海证券报·中国证券网）"),
            J("eastmoney", "（责任编辑：DF380）"),
            J("eastmoney", "郑重声明：东方财富发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。"),
            J("eastmoney", "热点阅读"),
            J("eastmoney", "A股三大指数集体高开 半导体板块领涨"),
            J("eastmoney", "国家统计局：10月份居民消费价格同比上涨0.2%"),
            J("eastmoney", "多家银行下调大额存单利率 三年期产品“一单难求”"),
            J("eastmoney", "北向资金本周净买入超120亿元 电子行业获加仓"),
            J("eastmoney", "打开东方财富APP查看更多内容"),
            ZSBOX(
                "韩立新",
                "园区招商/厂房仓库租售热线：",
                "400 820 6378",
                "手机/微信：",
                ["139 1832 7705", "158 0065 2213"],
                "请告知面积、层高、用途及是否需要注册，以便快速为您匹配房源。",
                "长按识别二维码添加韩立新微信",
            ),
        ],
    ),
    Page(
        id=15002,
        title="嘉定工业区北区2万平米独栋厂房招租 层高9米可分租",
        when="2025-03-18 09:40",
        category=3,
        tags=(13, 35),
        families=("sohu", "site_contact"),
        source="搜狐",
        original_title="嘉定北区独栋厂房出租，9米层高，双层可分租，近G15嘉浏高速",
        note="sohu medal text and 原标题 at top, 返回搜狐/平台声明/empty editor at bottom; trap: spec table with "
        "its 数据来源 note and numbered lease conditions; plain-paragraph contact (沈经理, 021 spaced)",
        blocks=[
            J(
                "sohu",
                "由内容质量、互动评论、分享传播等多维度分值决定，勋章级别越高()，代表其在平台内的综合表现越好。",
            ),
            J("sohu", "原标题：嘉定北区独栋厂房出租，9米层高，双层可分租，近G15嘉浏高速"),
            P(
                "本次推出的厂房位于嘉定工业区北区兴贤路以北，为2019年竣工的独栋双层钢混结构厂房，总建筑面积约"
                "20600平方米，占地约28亩，独门独院，产权清晰，可注册，可环评。"
            ),
            P(
                "厂房距G15嘉浏高速嘉定工业区出口约3公里，距沪宜公路约1.5公里，30分钟可达虹桥综合交通枢纽，"
                "周边汽车零部件、精密机械企业集聚，产业配套成熟。"
            ),
            H("一、厂房参数"),
            TABLE(
                [
                    ["楼号", "建筑面积（㎡）", "层高（m）", "承重（t/㎡）", "租金（元/㎡/天）"],
                    ["1号楼首层", "6800", "9.0", "3.0", "1.25"],
                    ["1号楼二层", "6800", "6.5", "1.5", "1.05"],
                    ["2号楼首层", "3500", "9.0", "3.0", "1.30"],
                    ["2号楼二层", "3500", "6.0", "1.0", "1.00"],
                ]
            ),
            P("数据来源：园区招商部，2025年3月", indent=False),
            H("二、租赁条件"),
            P("1.整体出租优先，可按层分租，单层起租面积不低于3000平方米；"),
            P("2.租期3年起，租金按季度支付，押二付三；"),
            P("3.不接受危化品仓储、电镀、喷涂等重污染项目；配电1250KVA，增容费用由承租方承担。"),
            P(
                "园区内已有新能源汽车零部件、工业机器人等企业入驻，管委会可协助办理工商注册及相关扶持政策申报，"
                "欢迎有需要的企业实地考察。"
            ),
            X(
                '<p><a id="backsohucom" href="https://www.sohu.com/?strategyid=00001&amp;spm=smpc.content.'
                'content.1.1742260800000kQbP3Ne" title="点击进入搜狐首页">返回搜狐，查看更多</a></p>',
                removed=[("sohu", "返回搜狐，查看更多")],
            ),
            J("sohu", "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。"),
            X('<p data-role="editor-name">责任编辑：<span></span></p>', removed=[("sohu", "责任编辑：")]),
            J("site_contact", "招商热线：021-5781 3306　联系人：沈经理", indent=False),
            J("site_contact", "微信同号：186 2173 6645（添加请备注“厂房”）", indent=False),
        ],
    ),
    Page(
        id=15003,
        title="松江综保区跨境电商保税仓扩容 新增仓储面积6.8万平方米",
        when="2025-07-02 14:20",
        category=7,
        tags=(12, 27, 37),
        families=("netease",),
        source="网易号",
        note="网易号 notice in Chinese and English at the bottom, inside the portal's div wrapper; image credit in "
        "the middle next to a real caption; trap: a park's WeChat account mentioned in prose",
        blocks=[
            X(
                '<div class="post_body">\n<p>　　7月1日，松江综合保税区二期跨境电商保税仓正式投入运营。新建的3栋'
                "高标准保税仓库总建筑面积约6.8万平方米，可满足跨境电商企业“保税备货+直购进口”等多种业务模式需求。"
                "</p>",
                body=[
                    "7月1日，松江综合保税区二期跨境电商保税仓正式投入运营。新建的3栋高标准保税仓库总建筑面积约"
                    "6.8万平方米，可满足跨境电商企业“保税备货+直购进口”等多种业务模式需求。"
                ],
            ),
            P(
                "据介绍，新仓库采用双层坡道库设计，首层层高10米、二层层高9米，地坪承重分别为3吨和2吨每平方米，"
                "配置自动化分拣线和智能立体货架，日均处理包裹能力可达25万单。"
            ),
            IMG("2025/07/szb-cangku.jpg", "图为松江综合保税区新建保税仓库外景。"),
            J("netease", "图片来源：松江综保区管委会"),
            P(
                "松江综保区管委会相关负责人表示，近两年来区内跨境电商业务快速增长，原有仓储空间已基本饱和。"
                "此次扩容后，区内保税仓储总面积将超过20万平方米，预计新增年进出口额约40亿元。"
            ),
            P(
                "为方便企业办事，园区同步上线了“松江综保区”微信公众号的“仓位预约”功能，企业可在线查询空余"
                "仓位、提交入驻申请，管委会承诺3个工作日内完成对接。"
            ),
            P(
                "目前，已有8家跨境电商企业与综保区签订入驻协议，涉及美妆、母婴、保健食品等品类。下一步，"
                "综保区还将引入冷链保税仓和国际分拨中心项目。"
            ),
            X(
                "<p>　　业内人士认为，随着长三角跨境电商综试区建设提速，具备海关监管条件的高标准仓储资源将持续"
                "紧俏，保税仓租金有望保持稳定。</p>\n</div>",
                body=[
                    "业内人士认为，随着长三角跨境电商综试区建设提速，具备海关监管条件的高标准仓储资源将持续紧俏，"
                    "保税仓租金有望保持稳定。"
                ],
            ),
            J(
                "netease",
                "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供"
                "信息存储服务。",
                indent=False,
            ),
            J(
                "netease",
                "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a "
                "user of NetEase Hao, which is a social media platform and only provides information storage "
                "services.",
                indent=False,
            ),
        ],
    ),
    Page(
        id=15004,
        title="长三角物流地产租金承压 上海周边高标仓空置率升至18%",
        when="2025-06-12 08:05",
        category=7,
        tags=(27, 37),
        families=("sina", "21jingji"),
        source="21世纪经济报道",
        note="新浪财经 promos at top and bottom, 21世纪 byline alone at top, 新浪声明 and editor at bottom; "
        "a long analysis with subheadings (12 paragraphs), <span> wrappers",
        blocks=[
            J("sina", "海量资讯、精准解读，尽在新浪财经APP", indent=False),
            J("21jingji", "21世纪经济报道记者 陈思 上海报道"),
            P(
                "今年以来，长三角高标准仓库市场的供需格局继续调整。多家机构发布的数据显示，二季度上海周边"
                "（含昆山、太仓、嘉兴、南通）高标仓平均空置率升至18.2%，较去年同期上升约4个百分点。"
            ),
            P(
                "与此同时，租金持续承压。上海本地高标仓平均租金约为每月每平方米1.52元，同比下降6%左右；"
                "昆山、太仓等环沪区域降幅更为明显，部分新项目为吸引首批租户，给出了3至6个月的免租期。"
            ),
            H("新增供应集中入市"),
            P(
                "多位业内人士向记者表示，空置率上升主要源于过去两年新增供应的集中释放。2023年至2024年，"
                "环沪区域新竣工高标仓面积超过600万平方米，而同期净吸纳量不足400万平方米。"
            ),
            P(
                "“很多项目是在2021年前后拿地的，那时候电商需求旺盛，大家都觉得仓库不愁租。”一家外资物流地产"
                "企业华东区负责人说，“现在项目陆续交付，需求却没有同步跟上。”"
            ),
            X(
                "<p>　　<span>从需求端看，第三方物流企业和电商平台仍是租赁主力，但扩张节奏明显放缓。部分企业"
                "开始整合仓网，将分散在多个园区的仓库集中到一到两个枢纽型园区，以压降运营成本。</span></p>",
                body=[
                    "从需求端看，第三方物流企业和电商平台仍是租赁主力，但扩张节奏明显放缓。部分企业开始整合仓网，"
                    "将分散在多个园区的仓库集中到一到两个枢纽型园区，以压降运营成本。"
                ],
            ),
            H("制造业需求成为新支撑"),
            P(
                "值得注意的是，来自制造业的仓储需求正在上升。新能源汽车、光伏、锂电等行业企业为配合生产布局，"
                "在工厂周边租赁仓库作为原材料和成品周转仓，这部分需求在部分园区的新签租约中占比已超过三成。"
            ),
            P(
                "在上海本地，由于土地供应有限，宝山、嘉定、青浦等区域的成熟物流园出租率仍维持在90%以上。"
                "青浦一家物流园区运营方表示，今年以来园区的续租率保持在85%左右，“区位好的项目，租金基本稳住了”。"
            ),
            P(
                "冷链仓储则是另一个相对景气的细分领域。受生鲜电商和预制菜行业带动，上海及周边冷库的平均出租率"
                "超过90%，租金较常温库高出一倍以上。"
            ),
            H("租金或于明年企稳"),
            P(
                "对于后市，多家机构判断，随着新增供应高峰过去，环沪仓储市场有望在2026年下半年逐步企稳。"
                "一位咨询机构研究负责人建议，业主应更多关注租户结构的优化，而不是单纯以价换量。"
            ),
            J(
                "sina",
                "新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点"
                "或证实其描述。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。",
            ),
            X(
                '<p class="show_author">责任编辑：郭明煜 </p>',
                removed=[("sina", "责任编辑：郭明煜")],
            ),
        ],
    ),
    Page(
        id=15005,
        title="青浦西虹桥物流园区启动“智慧仓”改造 首批12座仓库完成升级",
        when="2024-09-18 17:50",
        category=7,
        tags=(27,),
        families=("tencent", "site_contact"),
        source="青浦报",
        note="腾讯新闻 platform header line at top, 免责声明 and 举报 at bottom; trap: the park's own hotline in a "
        "sentence of reporting; contact as <br/> lines in one paragraph (顾先生, +86 dashed)",
        blocks=[
            J("tencent", "青浦报 2024-09-18 17:32 发布于上海 上海青浦区融媒体中心官方账号", indent=False),
            P(
                "近日，位于徐泾镇的西虹桥物流园区启动“智慧仓”改造工程，首批12座仓库已完成智能化升级，"
                "园区整体仓储作业效率提升约30%。"
            ),
            P(
                "记者在现场看到，改造后的仓库内，自动导引车沿着地面二维码穿梭搬运，高位货架上的货物由堆垛机"
                "自动存取。园区运营方介绍，此次改造共投入资金约1.2亿元，主要用于自动化设备、仓储管理系统和"
                "能耗监测平台建设。"
            ),
            P(
                "“过去一个仓库需要四五十名理货员，现在十几个人就够了。”入驻企业上海虹运供应链管理有限公司"
                "仓储经理说，改造后库存准确率达到99.9%，夜间作业也更加安全。"
            ),
            P(
                "西虹桥物流园区总占地约650亩，现有仓库面积约38万平方米，入驻企业60余家，以快消品、电子产品和"
                "跨境电商分拨为主。按照计划，园区剩余仓库将在明年底前全部完成改造。"
            ),
            P(
                "据悉，园区目前仍有约2万平方米仓库可供出租，企业如有仓储需求，可拨打园区招商服务热线"
                "021-59716208咨询。"
            ),
            J(
                "tencent",
                "免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。",
                indent=False,
            ),
            J("tencent", "举报", indent=False),
            BR(
                [
                    "青浦/松江仓库厂房租售咨询：",
                    "顾先生 +86 138-1756-2094",
                    "微信：gu_changfang2020（请注明“仓库”）",
                ],
                family="site_contact",
                indent=False,
            ),
        ],
    ),
    Page(
        id=15006,
        title="奉贤出台“东方美谷”产业扶持新政 最高补贴3000万元",
        when="2025-03-15 09:00",
        category=2,
        tags=(45,),
        families=("wechat",),
        source="奉贤发布",
        note="WeChat account post in <section>/<span>: 原创 header line and 点击蓝字 at top, editor lines, 往期推荐 "
        "list, 在看 prompt and QR caption at bottom; trap: numbered policy clauses (11 paragraphs)",
        blocks=[
            WX(
                "原创 奉小贤 奉贤发布 2025年03月14日 18:30 上海",
                family="wechat",
                style="color:#888;font-size:12px;",
            ),
            X(
                '<section style="text-align:center;"><p><span style="color:#1e6fd9;font-size:12px;">'
                "点击蓝字 关注我们</span></p></section>",
                removed=[("wechat", "点击蓝字 关注我们")],
            ),
            WX(
                "3月14日，奉贤区正式发布《关于支持“东方美谷”美丽健康产业高质量发展的若干措施》，从企业落地、"
                "研发创新、品牌建设、空间保障等方面推出十条扶持举措，单个项目最高可获3000万元支持。"
            ),
            WX(
                "“东方美谷”是奉贤区打造的美丽健康产业集群，目前已集聚化妆品、生物医药、食品保健品等相关企业"
                "3000余家，2024年实现产业产值超过800亿元。"
            ),
            WXH("政策要点"),
            WX("一、对新引进的美丽健康产业总部企业，按其实缴注册资本给予最高1000万元的一次性落户奖励。"),
            WX("二、对企业新建或改扩建生产线，按设备投资额的10%给予补贴，单个项目最高3000万元。"),
            WX("三、对企业取得国产特殊化妆品注册证、新原料备案的，每个品种分别给予最高50万元、100万元奖励。"),
            WX(
                "四、对租用区内标准厂房、研发楼宇的初创企业，前三年按实际租金的50%给予补贴，每年最高100万元。"
            ),
            WX("五、对企业自主品牌首次入选国家级、市级品牌榜单的，给予最高200万元奖励。"),
            WX(
                "区经委相关负责人介绍，新政策自2025年4月1日起施行，有效期三年。企业可通过“一网通办”奉贤频道"
                "在线申报，符合条件的项目将实行“免申即享”。"
            ),
            WX(
                "下一步，奉贤还将在东方美谷核心区规划建设约50万平方米的高标准厂房和研发载体，为企业提供"
                "“拎包入驻”的产业空间。"
            ),
            X(
                '<section><p style="text-align:right;"><span style="font-size:12px;color:#888;">编辑：朱琳'
                "<br/>审核：陆敏</span></p></section>",
                removed=[("wechat", "编辑：朱琳\n审核：陆敏")],
            ),
            WX("往期推荐", family="wechat", style="color:#1e6fd9;font-size:14px;"),
            WX("奉贤新城“数字江海”首发区二期开园", family="wechat", style="font-size:14px;"),
            WX("@奉贤企业，这份稳岗补贴申领指南请收好", family="wechat", style="font-size:14px;"),
            WX("南桥镇：老厂房变身“美丽健康”孵化器", family="wechat", style="font-size:14px;"),
            IMG("2025/03/fxfb-qr.jpg", "长按二维码 关注奉贤发布", family="wechat"),
            WX("点个“在看”，你最好看", family="wechat", style="text-align:center;font-size:12px;"),
        ],
    ),
    Page(
        id=15007,
        title="上海发布工业用地“标准地”出让新规 明确亩均税收门槛",
        when="2024-12-06 11:30",
        category=2,
        tags=(45, 49),
        families=("thepaper", "site_contact"),
        source="澎湃新闻",
        note="澎湃 byline alone at top; editor/picture-editor chain, 校对, 报料 line and reprint ban at bottom; "
        "contact in a div.kefu with an 800 number and office hours",
        blocks=[
            J("thepaper", "澎湃新闻记者 林平"),
            P(
                "上海市规划和自然资源局、市经济信息化委近日联合印发《上海市工业用地“标准地”出让实施办法》，"
                "明确今后新出让的工业用地原则上均按“标准地”方式供应，出让前即明确亩均投资、亩均税收、"
                "容积率等控制指标。"
            ),
            P(
                "根据办法，“标准地”控制指标分为基础指标和约束指标两类。其中，固定资产投资强度原则上不低于每亩"
                "800万元，达产后亩均税收原则上不低于每亩80万元，集成电路、生物医药等先导产业项目可适当调整。"
            ),
            P(
                "办法提出，土地出让合同和产业监管协议同步签订，企业达产后由区政府组织验收，未达到约定指标的，"
                "将采取核减扶持资金、调整容积率奖励等措施，情节严重的依法收回土地使用权。"
            ),
            P(
                "为压缩项目落地时间，办法还明确区域评估成果共享。在已完成区域环评、水土保持、地质灾害等评估的"
                "产业区块内，企业拿地后可直接使用评估结论，无需单独编报。"
            ),
            P(
                "市规划资源局有关负责人表示，推行“标准地”出让，就是要让企业“拿地即开工”，同时把有限的工业用地"
                "配置给高质量项目。据统计，去年上海已有43幅工业用地以“标准地”方式出让，平均从拿地到开工用时"
                "缩短至3个月以内。"
            ),
            P("该办法自2025年1月1日起施行，有效期五年。"),
            J("thepaper", "责任编辑：李跃群　图片编辑：蒋立冬", indent=False),
            J("thepaper", "校对：丁晓", indent=False),
            J("thepaper", "澎湃新闻报料：021-962866", indent=False),
            J("thepaper", "澎湃新闻，未经授权不得转载", indent=False),
            X(
                '<div class="kefu" style="border:1px dashed #c00;padding:8px;margin-top:10px;">'
                "<p>免费找厂房、找仓库、拿工业地，请拨打 <strong>800-988-5721</strong>（工作日9:00-18:00）</p>"
                "</div>",
                removed=[
                    ("site_contact", "免费找厂房、找仓库、拿工业地，请拨打 800-988-5721（工作日9:00-18:00）"),
                ],
            ),
        ],
    ),
    Page(
        id=15008,
        title="金山二工区新材料产业园签约12个项目 总投资超86亿元",
        when="2025-04-09 10:10",
        category=1,
        tags=(23,),
        families=("eastday",),
        source="东方网",
        note="东方网 article header line (发布时间/来源/作者/选稿) alone at top, 责任编辑 in brackets at bottom; "
        "dateline glued to the lead stays; trap: a list of signed projects, one per line",
        blocks=[
            J("eastday", "发布时间：2025-04-08 16:42　来源：东方网　作者：刘晓晶　选稿：陈佳", indent=False),
            P(
                "东方网记者刘晓晶4月8日报道：今天上午，金山第二工业区新材料产业园举行2025年重点项目集中签约"
                "仪式，12个项目现场签约，总投资超过86亿元，涵盖高性能膜材料、电子化学品、生物基材料等领域。"
            ),
            P(
                "金山第二工业区是上海市级化工新材料特色产业园区，规划面积约9.8平方公里。近年来，园区围绕"
                "“化工新材料+”方向，推动传统化工企业向精细化、高端化转型。"
            ),
            P("本次签约的部分项目包括："),
            BR(
                [
                    "1.上海赛科利新材料有限公司年产5万吨特种聚酯薄膜项目；",
                    "2.上海澄华电子化学品有限公司高纯湿电子化学品项目；",
                    "3.上海绿源生物基材料有限公司年产3万吨PBS项目；",
                    "4.上海汉诺氢能科技有限公司质子交换膜研发及产业化项目。",
                ]
            ),
            P(
                "金山区相关负责人表示，园区将为签约项目提供“一企一专班”服务，力争年内开工6个、投产3个。"
                "目前，园区仍有约600亩可供工业用地，以及约8万平方米标准厂房可供租赁。"
            ),
            J("eastday", "[责任编辑：陈佳]", indent=False),
        ],
    ),
    Page(
        id=15009,
        title="关于组织申报2025年度嘉定区工业企业技术改造专项资金的通知",
        when="2025-05-07 15:30",
        category=2,
        tags=(13, 45),
        families=("gov_jiading",),
        source="嘉定区经济委员会",
        note="government page: 索引号/发布机构/文号 metadata block at top, 字号/打印/关闭 tools at bottom; trap: the "
        "notice's own conditions, contact section (联系人, 电话, gov e-mail) and signature stay (14 paragraphs)",
        blocks=[
            X(
                '<div class="xxgk-meta" style="background:#f5f7fa;padding:10px;">'
                "索引号：JD0011-0500-2025-00312<br/>发布机构：嘉定区经济委员会<br/>文号：嘉经委〔2025〕18号"
                "<br/>发布日期：2025-05-06</div>",
                removed=[
                    (
                        "gov_jiading",
                        "索引号：JD0011-0500-2025-00312\n发布机构：嘉定区经济委员会\n文号：嘉经委〔2025〕18号\n"
                        "发布日期：2025-05-06",
                    )
                ],
            ),
            J("gov_jiading", "字号：大 中 小", indent=False),
            P("各镇、街道，嘉定工业区、菊园新区管委会，各有关企业："),
            P(
                "为推动本区制造业高端化、智能化、绿色化发展，根据《嘉定区促进产业高质量发展专项资金管理办法》，"
                "现就组织申报2025年度工业企业技术改造专项资金有关事项通知如下。"
            ),
            H("一、申报对象", "h3"),
            P("在本区依法注册、具有独立法人资格、纳税关系在本区的工业企业，且同时满足以下条件："),
            P("（一）项目已于2024年1月1日至2025年4月30日期间开工建设或完成设备购置；"),
            P("（二）项目设备投资额不低于500万元；"),
            P("（三）企业近三年未发生较大及以上安全生产、环境污染事故，无严重失信行为。"),
            H("二、支持标准", "h3"),
            P(
                "对符合条件的项目，按设备投资额的最高10%给予补贴，单个项目最高不超过1000万元；对列入市级智能"
                "工厂、绿色工厂的企业，补贴比例可提高至15%。"
            ),
            H("三、申报时间", "h3"),
            P("2025年5月10日至2025年6月10日，逾期不予受理。"),
            H("四、联系方式", "h3"),
            BR(
                [
                    "联系人：区经委技术改造科 周老师",
                    "联系电话：021-59912483",
                    "电子邮箱：jdjwjg@jiading.gov.cn",
                ]
            ),
            BR(["嘉定区经济委员会", "2025年5月6日"], indent=False, style="text-align:right;"),
            J("gov_jiading", "【打印本页】　【关闭窗口】", indent=False),
        ],
    ),
    Page(
        id=15010,
        title="宝山“工业上楼”项目结构封顶 高层厂房可承载5吨重型设备",
        when="2025-08-27 19:40",
        category=1,
        tags=(33,),
        families=("xinmin", "site_contact"),
        source="新民晚报",
        note="新民晚报讯 dateline glued to the lead stays; a real 图说 caption with the photographer credit in its "
        "own block; the site's contact glued to the end of the last paragraph in brackets (周经理)",
        blocks=[
            P(
                "新民晚报讯（记者 杨硕）昨天，宝山区首个“工业上楼”智造空间项目——宝山城市工业园区高层标准厂房"
                "实现结构封顶。项目建成后，将为智能制造、新材料等企业提供约16万平方米的高标准生产空间。"
            ),
            P(
                "记者在现场看到，项目由4栋8至10层的厂房组成，首层层高8米，2至4层层高6米，首层地坪承重达到"
                "每平方米5吨，可以满足重型设备的安装需求。每栋楼均配置了5吨货梯和大型卸货平台，货车可通过"
                "盘旋坡道直达三层。"
            ),
            IMG("2025/08/bs-gysl.jpg", "图说：宝山城市工业园区高层标准厂房项目结构封顶"),
            J("xinmin", "新民晚报记者 杨硕 摄"),
            P(
                "“过去大家认为重型生产只能放在单层厂房，现在通过结构设计，高层厂房同样可以满足。”项目建设方"
                "负责人介绍，项目容积率达到3.5，相比传统单层厂房，同样面积的土地可以容纳更多的企业。"
            ),
            P(
                "据了解，宝山区计划在“十四五”期间建设“工业上楼”项目超过200万平方米。宝山城市工业园区相关"
                "负责人表示，项目预计明年二季度竣工交付，目前已有11家企业达成入驻意向。"
            ),
            GLUED(
                "下一步，园区将为入驻企业提供环评、能评“打包办”服务，并配套建设人才公寓和员工食堂，推动项目"
                "早投产、早见效。",
                "【找宝山厂房请联系：周经理 13761290438（微信同号）】",
                "site_contact",
            ),
        ],
    ),
]

# --- 15011-15020 ------------------------------------------------------------------------------------

PAGES += [
    Page(
        id=15011,
        title="产业园区REITs扩容：上海张江、临港资产再受追捧",
        when="2025-09-13 08:30",
        category=5,
        tags=(22, 23),
        families=("chinatimes",),
        source="华夏时报",
        note="华夏时报 byline with its site address alone at top, 责任编辑/主编 line at bottom; a long feature "
        "with subheadings (14 paragraphs)",
        blocks=[
            J("chinatimes", "华夏时报（www.chinatimes.net.cn）记者 卢晓 上海报道"),
            P(
                "产业园区公募REITs正在迎来新一轮扩容。今年以来，已有4只产业园区REITs完成扩募或首发上市，"
                "其中两只的底层资产位于上海张江科学城和临港新片区。"
            ),
            P(
                "9月上旬，一只以张江科学城研发办公楼为底层资产的REITs完成扩募，新购入资产为两栋合计约"
                "6.3万平方米的研发楼宇，扩募份额获得超过5倍认购。"
            ),
            H("优质资产稀缺"),
            P(
                "“投资者现在看园区REITs，第一看区位，第二看租户。”一位参与扩募的券商人士告诉《华夏时报》记者，"
                "张江、临港的园区资产出租率长期保持在90%以上，租户以集成电路、生物医药企业为主，现金流稳定性"
                "较好，这是其受追捧的主要原因。"
            ),
            P(
                "相比之下，部分位于三四线城市的产业园区资产则面临出租率下滑的压力。据记者统计，今年二季度，"
                "已上市产业园区REITs中有三分之一的项目出租率环比下降，个别项目出租率已跌破75%。"
            ),
            P(
                "上海一家园区开发企业负责人坦言，园区资产能否发行REITs，关键在于能否拿出连续三年稳定运营的"
                "数据。“这对园区的招商和运营能力是很大的考验，不是盖了楼就能上市。”"
            ),
            H("租金下行压力仍在"),
            P(
                "不过，即便是核心区位的园区，租金也面临一定压力。记者从多家园区了解到，今年以来上海研发办公类"
                "园区的平均租金较去年下降约5%，部分园区通过提供装修补贴、延长免租期等方式稳定出租率。"
            ),
            P(
                "中指研究院的一份报告显示，二季度上海产业园区研发办公平均租金约为每天每平方米4.2元，"
                "同比下降4.8%；标准厂房平均租金约为每天每平方米1.35元，基本持平。"
            ),
            P(
                "有分析人士指出，厂房租金之所以相对坚挺，是因为上海工业用地总量受控，新增厂房供应有限，"
                "而先进制造业项目对高标准厂房的需求依然旺盛。"
            ),
            H("运营能力成关键"),
            P(
                "多位受访者认为，产业园区REITs的下一阶段竞争将集中在运营能力上。园区方需要从单纯“收租”转向"
                "提供产业服务，包括技术平台、投融资对接、人才服务等，才能提升租户黏性。"
            ),
            P(
                "“REITs让园区资产有了退出通道，也倒逼运营方把园区真正做好。”上述券商人士表示，预计未来一年内，"
                "上海还将有2至3个园区项目申报REITs。"
            ),
            J("chinatimes", "责任编辑：徐芸茜 主编：公培佳", indent=False),
        ],
    ),
    Page(
        id=15012,
        title="普洛斯12亿元收购昆山两处物流园 长三角仓储资产交易回暖",
        when="2025-11-04 13:25",
        category=7,
        tags=(27,),
        families=("guandian",),
        source="观点网",
        note="观点网讯 dateline glued to the lead stays; original-content notice and editor at bottom; trap: a "
        "company's quoted 声明 inside reporting stays",
        blocks=[
            P(
                "观点网讯：11月3日，据知情人士透露，普洛斯中国已与一家外资基金签署协议，以约12亿元收购位于昆山"
                "开发区和花桥经济开发区的两处物流园区，两处资产合计建筑面积约21万平方米。"
            ),
            P(
                "据了解，两处物流园均于2020年前后建成，目前出租率约为88%，主要租户包括电商平台、第三方物流及"
                "汽车零部件企业。其中花桥项目距上海嘉定仅约5公里，被视为服务上海市场的前置仓。"
            ),
            P(
                "对于上述消息，普洛斯方面随后发布声明称：“本次交易是公司在长三角区域优化资产组合的常规安排，"
                "交易完成后，园区现有租户的租赁合同及服务不受影响。”"
            ),
            P(
                "观点指数研究院数据显示，今年前三季度，长三角地区物流仓储资产大宗交易金额约为186亿元，"
                "同比增长约22%，交易活跃度较去年明显回升，买方以保险资金、国资平台和REITs为主。"
            ),
            P(
                "有业内人士分析，当前环沪仓储资产估值已较高点回调15%至20%，部分长期资金认为已进入配置窗口期。"
                "不过，在空置率仍处高位的背景下，买方普遍更偏好区位成熟、租户结构稳定的存量资产。"
            ),
            J("guandian", "本文系观点网原创， 未经授权，不得转载。", indent=False),
            J("guandian", "编辑：蔡晓晴", indent=False),
        ],
    ),
    Page(
        id=15013,
        title="奉贤新城产业社区首批企业入驻 商业配套同步开业",
        when="2025-05-22 16:45",
        category=1,
        tags=(23,),
        families=("winshang", "site_contact"),
        source="赢商网",
        note="赢商网 byline alone at top, copyright notice and WeChat promo at bottom; the site's contact placed "
        "in the MIDDLE of the article as its own paragraph (陆工, WeChat id)",
        blocks=[
            J("winshang", "赢商网华东站 黄安妮"),
            P(
                "5月20日，奉贤新城“数智产业社区”首批14家企业集中入驻，社区内约2.3万平方米的商业配套同步开业，"
                "引入餐饮、便利店、健身房、托育中心等业态。"
            ),
            P(
                "该产业社区位于奉贤新城金海公路以东，总建筑面积约32万平方米，由研发办公楼、标准厂房和人才公寓"
                "组成，定位为“产城融合”的新型产业空间。首批入驻企业主要来自智能终端、工业软件和美丽健康领域。"
            ),
            J(
                "site_contact",
                "▲想了解奉贤新城及周边可租厂房、研发楼，欢迎加微信 fx-zhaoshang88 咨询（陆工 150 0068 7231）",
            ),
            P(
                "运营方介绍，商业配套的招商采取“以产定商”的思路，根据园区员工画像确定业态组合。开业首周，"
                "社区商业日均客流约6000人次，工作日午间餐饮上座率超过九成。"
            ),
            P(
                "“以前园区里吃饭要开车出去，现在下楼就能解决。”一家入驻企业的行政负责人说，配套完善后，"
                "员工通勤和生活的便利度明显提高，也有利于企业招人留人。"
            ),
            P("据悉，产业社区二期约12万平方米将于明年交付，届时还将引入人才服务中心和企业共享会议中心。"),
            J(
                "winshang",
                "【版权声明】凡注明“来源：赢商网”的作品，版权均属赢商网所有，未经书面授权不得转载、摘编或利用"
                "其它方式使用。",
                indent=False,
            ),
            J("winshang", "更多商业地产资讯，请关注赢商网官方微信：winshang2006", indent=False),
        ],
    ),
    Page(
        id=15014,
        title="机器人企业扎堆张江 “机器人谷”两年集聚超百家企业",
        when="2025-02-19 10:00",
        category=1,
        tags=(50,),
        families=("iyiou",),
        source="亿欧网",
        note="亿欧 author/editor credit line alone at top, authorisation notice at bottom; trap: a short list of "
        "company names in one paragraph",
        blocks=[
            J("iyiou", "作者：吴昊　编辑：董寅　来源：亿欧网", indent=False),
            P(
                "两年前，张江机器人谷还只是浦东张江科学城东北角的一片规划用地；如今，这里已集聚机器人相关企业"
                "超过120家，覆盖核心零部件、整机制造和场景应用等环节。"
            ),
            P(
                "据张江集团介绍，机器人谷规划面积约2.8平方公里，目前已建成研发和生产载体约45万平方米。"
                "为吸引企业落户，园区推出了首年租金减免、中试场地共享和场景开放等配套政策。"
            ),
            P("入驻企业既有人形机器人整机企业，也有减速器、伺服电机、力传感器等零部件企业，代表性企业包括："),
            P("傅利叶智能、智元机器人、开普勒探索机器人、上海灵巧手科技、张江精密减速器等。"),
            P(
                "一位机器人企业创始人对亿欧表示，选择张江的主要原因是产业链配套齐全，“从电机到算法，"
                "在方圆5公里内基本都能找到合作伙伴”。"
            ),
            P(
                "不过，也有企业反映，随着企业数量增加，园区内可用的中试和生产空间正在变得紧张。张江集团方面"
                "表示，二期约20万平方米的生产型载体将在明年陆续投用。"
            ),
            J("iyiou", "本文为亿欧原创，转载请联系作者获得授权，未经授权不得转载。", indent=False),
        ],
    ),
    Page(
        id=15015,
        title="“厂房荒”与“厂房空”并存：长三角制造业空间的错配",
        when="2025-08-03 21:10",
        category=5,
        tags=(22, 35),
        families=("huxiu",),
        source="产业地产观察",
        note="虎嗅 repost header (本文来自微信公众号…题图来自, naming the source account) alone at top; independent-view, reprint and complaint "
        "notices and End at bottom; a long essay (13 paragraphs) with h3 subheadings",
        blocks=[
            J(
                "huxiu",
                "本文来自微信公众号：产业地产观察（ID：cydcgc2017），作者：孟川，题图来自：视觉中国",
                indent=False,
            ),
            P(
                "在长三角，找厂房的企业和找租户的园区似乎生活在两个世界里。一边是制造业企业抱怨“找不到合适的"
                "厂房”，另一边是不少园区的厂房空置多年、租金一降再降。"
            ),
            P("这种“厂房荒”与“厂房空”并存的现象，背后是制造业空间供需的结构性错配。"),
            H("一、企业要的，园区没有", "h3"),
            P(
                "先进制造业企业对厂房的要求越来越具体：层高8米以上、地坪承重3吨以上、配电容量充足、可以环评、"
                "可以办理产证分割。能同时满足这些条件的厂房，在上海及近郊一直是稀缺品。"
            ),
            P(
                "一位在嘉定从事厂房中介十余年的从业者说，他手上的客户中，有相当一部分是因为环评限制而无法落地，"
                "“厂房本身不差，但园区定位不允许这个行业进来”。"
            ),
            P(
                "此外，中小企业往往只需要1000至3000平方米的空间，而不少新建园区为了追求整体出租，只接受整栋"
                "租赁，这也把很多企业挡在了门外。"
            ),
            H("二、园区有的，企业不要", "h3"),
            P(
                "与之相对，一批建于2000年前后的老旧厂房则面临淘汰。这些厂房层高低、消防不达标、配套陈旧，"
                "即便租金降到每天每平方米0.6元，仍然难以吸引新租户。"
            ),
            P(
                "在一些远郊乡镇，还有大量由村集体或个人建设的厂房，由于缺乏产权证明，无法办理工商注册和环评，"
                "只能租给小作坊或作为仓库使用。"
            ),
            H("三、错配如何化解", "h3"),
            P(
                "从地方的实践看，上海正通过“工业上楼”和低效用地再开发两条路径来缓解这一矛盾。前者在有限的土地上"
                "增加高标准厂房供给，后者推动老旧厂房“腾笼换鸟”。"
            ),
            P(
                "但也有观点认为，真正的关键在于园区运营方式的转变。园区需要从“卖地卖房”转向“做产业服务”，"
                "根据产业链需求定制空间，而不是先盖房子再找企业。"
            ),
            P(
                "对于正在找厂房的企业来说，或许也需要调整预期：在上海核心工业区之外，嘉兴、南通、苏州等地的"
                "产业园区同样具备承接能力，且成本更具优势。"
            ),
            P("制造业空间的错配，终究要靠市场和政策两只手一起来解决。"),
            J(
                "huxiu",
                "本内容为作者独立观点，不代表虎嗅立场。未经允许不得转载，授权事宜请联系 hezuo@huxiu.com",
                indent=False,
            ),
            J("huxiu", "如对本稿件有异议或投诉，请联系 tougao@huxiu.com", indent=False),
            J("huxiu", "End", indent=False),
        ],
    ),
    Page(
        id=15016,
        title="临港新片区发布“物流+制造”融合项目清单 首批推出15个仓储地块",
        when="2025-06-23 08:15",
        category=7,
        tags=(27, 49),
        families=("wechat", "site_contact"),
        source="临港发布",
        note="WeChat post: 蓝字 prompt and header at top, 图文 credit, editor and 推荐阅读 list at bottom; trap: "
        "the notice's 扫码 registration sentence (its QR image has no caption); the site's contact with a QR "
        "caption and a plain phone line",
        blocks=[
            X(
                '<section style="text-align:center;"><p><span style="font-size:12px;color:#3f7fbf;">'
                "↑点击上方蓝字关注我们</span></p></section>",
                removed=[("wechat", "↑点击上方蓝字关注我们")],
            ),
            WX("临港发布 2025年06月21日 20:05 上海", family="wechat", style="color:#999;font-size:12px;"),
            WX(
                "6月21日，临港新片区管委会发布《“物流+制造”融合发展重点项目清单（第一批）》，首批推出15个"
                "仓储物流用地地块，总面积约1200亩，重点支持为先进制造业配套的供应链物流项目。"
            ),
            WX(
                "据介绍，本次推出的地块主要分布在物流园区、综合产业区和洋山特殊综合保税区周边，将优先供应"
                "服务新能源汽车、高端装备、生物医药等产业链的零部件集散中心、智能仓储和冷链项目。"
            ),
            WX(
                "管委会相关负责人表示，入选项目可享受用地指标优先保障、审批“容缺受理”等支持，建成后自持比例"
                "原则上不低于70%，不得以物流名义变相开发商业项目。"
            ),
            WX("有意向的企业可于7月15日前扫描下方二维码填写意向登记表，管委会将在登记截止后组织专场对接会。"),
            IMG("2025/06/lg-dengji-qr.jpg"),
            WX("图文：临港新片区管委会", family="wechat", style="color:#888;font-size:12px;"),
            WX("编辑：沈佳怡", family="wechat", style="color:#888;font-size:12px;"),
            WX("▌推荐阅读", family="wechat", style="color:#3f7fbf;font-size:14px;"),
            WX("滴水湖畔又一科创载体开园", family="wechat", style="font-size:14px;"),
            WX("洋山特殊综保区上半年进出口额同比增长31%", family="wechat", style="font-size:14px;"),
            IMG("2025/06/zs-qr-lu.jpg", "扫码添加招商顾问微信 获取临港仓库一手房源", family="site_contact"),
            J("site_contact", "临港/南汇仓库厂房直租：021-6818 2297（吴小姐）", indent=False),
        ],
    ),
    Page(
        id=15017,
        title="物流地产REITs三季度经营数据出炉 长三角仓库出租率分化",
        when="2025-11-02 22:40",
        category=7,
        tags=(27,),
        families=("xueqiu",),
        source="雪球",
        note="雪球 source/author/URL line alone at top, risk notice at bottom; trap: an occupancy table with a "
        "data-source note",
        blocks=[
            J(
                "xueqiu",
                "来源：雪球App，作者： 仓储地产研究员，（https://xueqiu.com/8812736450/301772015）",
                indent=False,
            ),
            P(
                "截至11月1日，已上市的几只仓储物流REITs全部披露了三季度报告。整体来看，长三角区域的仓库"
                "出租率出现了比较明显的分化。"
            ),
            TABLE(
                [
                    ["项目", "区位", "二季度末出租率", "三季度末出租率"],
                    ["嘉定物流园", "上海嘉定", "96.2%", "95.8%"],
                    ["昆山仓储中心", "江苏昆山", "87.5%", "84.1%"],
                    ["嘉兴智慧物流园", "浙江嘉兴", "90.3%", "91.7%"],
                    ["南通港口物流园", "江苏南通", "82.6%", "79.9%"],
                ],
                header="td",
            ),
            P("数据来源：各基金2025年三季度报告", indent=False),
            P(
                "上海本地项目出租率基本稳定，但平均租金环比小幅下降，说明业主在续约时做出了一定让步。"
                "昆山、南通的项目则是出租率和租金双降，主要受周边新增供应冲击。"
            ),
            P("嘉兴项目是少数出租率回升的，主要是引入了一家新能源车企的零部件仓，一次性租下了约2万平方米。"),
            P(
                "个人看法：短期内仓储REITs的分红率还能维持，但明年是几个项目的租约集中到期年，续租情况值得重点"
                "跟踪。区位更好的上海本地资产，抗风险能力明显更强。"
            ),
            J(
                "xueqiu",
                "风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。",
                indent=False,
            ),
        ],
    ),
    Page(
        id=15018,
        title="苏州工业园区前10月实际使用外资增长 外资研发中心增至186家",
        when="2025-11-19 09:20",
        category=5,
        tags=(22,),
        families=("10jqka", "site_contact"),
        source="新华日报·交汇点",
        note="同花顺财经 来源 line alone at top, follow promo and disclaimer at bottom; zsbox contact with a "
        "second salesperson (钱海峰, 021 dashed hotline)",
        blocks=[
            J("10jqka", "来源：新华日报·交汇点", indent=False),
            P(
                "记者11月18日从苏州工业园区获悉，今年1至10月，园区实际使用外资18.6亿美元，同比增长7.4%；"
                "新增外资研发中心9家，累计达到186家。"
            ),
            P(
                "从行业看，新增外资项目主要集中在生物医药、高端装备和新一代信息技术领域。其中，一家全球医疗器械"
                "企业宣布追加投资2亿美元，在园区建设亚太区研发和制造基地。"
            ),
            P(
                "园区相关负责人表示，将继续发挥中新合作优势，推动外资项目与本土产业链深度融合，并加快建设"
                "一批高标准研发载体。"
            ),
            P(
                "值得关注的是，随着上海部分制造环节向周边外溢，苏州工业园区与上海张江、临港之间的产业协作更加"
                "紧密，“上海研发、苏州制造”的分工模式日益成熟。"
            ),
            J("10jqka", "关注同花顺财经（ths518），获取更多机会", indent=False),
            J(
                "10jqka",
                "免责声明：本文内容与数据仅供参考，不构成投资建议，使用前请核实。据此操作，风险自担。",
                indent=False,
            ),
            J("10jqka", "责任编辑：hj", indent=False),
            ZSBOX(
                "钱海峰",
                "长三角厂房/仓库/工业用地租售：",
                "021-6029-8835",
                "或手机（微信同号）：",
                ["18916320774"],
                "欢迎来电说明所需面积和行业，我们免费为您筛选匹配。",
                "扫码添加钱海峰微信",
            ),
        ],
    ),
    Page(
        id=15019,
        title="外资制造业项目加速落地上海 多家跨国企业追加投资",
        when="2025-07-16 12:00",
        category=5,
        tags=(22,),
        families=("huanqiu",),
        source="环球网",
        note="【环球网财经综合报道】 dateline glued to the lead stays; 责编 and copyright-ban lines at bottom",
        blocks=[
            P(
                "【环球网财经综合报道】据上海市商务委最新消息，今年上半年，上海新设外商投资企业3218家，同比增长"
                "12.6%；实际使用外资93.4亿美元。其中，制造业实际使用外资同比增长超过两成。"
            ),
            P(
                "多家跨国企业近期宣布在沪追加投资。一家德国工业自动化企业在嘉定的新工厂已开工建设，总投资约"
                "1.5亿欧元；一家美国医疗器械企业在闵行扩建生产线，新增产能将主要供应亚太市场。"
            ),
            P(
                "上海市商务委相关负责人表示，上海将继续落实外资准入负面清单，为外资企业提供用地、用工、审批等"
                "全方位服务，并支持外资企业在沪设立研发中心和地区总部。"
            ),
            P(
                "分析人士认为，跨国企业追加投资，显示出对中国市场和上海营商环境的信心。上海完备的产业链配套和"
                "人才储备，仍是吸引高端制造业外资的重要因素。"
            ),
            J("huanqiu", "责编：王楠", indent=False),
            J(
                "huanqiu",
                "环球网版权作品，未经书面授权，严禁转载或镜像，违者将被追究法律责任。",
                indent=False,
            ),
        ],
    ),
    Page(
        id=15020,
        title="松江泗泾镇6000平米单层厂房出租 8米层高带行车 可环评",
        when="2026-10-29 10:30",
        category=3,
        tags=(12, 35),
        families=("site_contact",),
        source=None,
        note="the site's own listing (no outlet); trap: the park's QR visitor-registration sentence stays; zsbox "
        "contact (韩立新) at the bottom",
        blocks=[
            P(
                "本厂房位于松江区泗泾镇高技路附近，为单层钢结构厂房，建筑面积约6000平方米，另有两层配套办公楼约"
                "800平方米，独门独院，可注册，可环评。"
            ),
            X(
                "<p><strong>厂房概况：</strong><br/>　　檐口高度8米，地坪承重5吨/平方米，内配10吨行车2部，"
                "配电630KVA，有天然气管道接入，适合机械加工、新能源零部件、新材料等行业。</p>",
                body=[
                    "厂房概况：\n檐口高度8米，地坪承重5吨/平方米，内配10吨行车2部，配电630KVA，有天然气管道接入，"
                    "适合机械加工、新能源零部件、新材料等行业。"
                ],
            ),
            P("交通：距G60沪昆高速泗泾出口约4公里，距地铁9号线泗泾站约3公里，40吨货车可直达厂区。"),
            P("园区实行封闭管理，外来车辆及访客须在园区北门扫码登记后方可入园，看房请提前预约。"),
            P("租金：0.9元/平方米/天，可根据租期面议。"),
            ZSBOX(
                "韩立新",
                "园区招商/厂房仓库租售热线：",
                "400 820 6378",
                "手机/微信：",
                ["139 1832 7705", "158 0065 2213"],
                "请告知面积、层高、用途及是否需要注册，以便快速为您匹配房源。",
                "长按识别二维码添加韩立新微信",
            ),
        ],
    ),
]

# --- 15021-15030 ------------------------------------------------------------------------------------

PAGES += [
    Page(
        id=15021,
        title="上海“模速空间”二期开园 人工智能企业超1100家",
        when="2025-11-06 15:05",
        category=1,
        tags=(23,),
        families=("eastmoney",),
        source="财联社",
        note="trap: a short article (3 paragraphs) whose 财联社 dateline is glued to the lead; eastmoney chain "
        "with the 声明 variant and three headlines at the bottom",
        blocks=[
            P(
                "财联社11月5日电，位于徐汇区的上海大模型创新生态社区“模速空间”二期今日开园，新增载体面积约"
                "6万平方米，首批入驻企业42家。"
            ),
            P(
                "据徐汇区介绍，模速空间一期自开园以来已集聚大模型相关企业超过100家，带动全市人工智能重点企业"
                "数量超过1100家。二期将重点引入具身智能、AI for Science和行业大模型企业。"
            ),
            P("园区同步推出算力券、语料补贴和首年租金减免等扶持措施。"),
            J("eastmoney", "（文章来源：财联社）"),
            J(
                "eastmoney",
                "声明：发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。据此操作，风险自担。",
            ),
            J("eastmoney", "两市成交额连续五日突破1.5万亿元"),
            J("eastmoney", "证监会：进一步优化并购重组审核机制"),
            J("eastmoney", "人形机器人概念股午后异动拉升"),
            J("eastmoney", "打开东方财富APP查看更多内容"),
        ],
    ),
    Page(
        id=15022,
        title="浦东外高桥物流园区新增冷库3.2万平方米 年底投用",
        when="2025-09-30 11:15",
        category=7,
        tags=(39, 27),
        families=("sohu", "site_contact"),
        source="浦东发布",
        original_title="外高桥新增3.2万平方米冷库，年底投用！",
        note="sohu medal and 原标题 at top; a 相关阅读 list in the middle; a 转自 note in brackets glued to the "
        "end of the last paragraph; 返回搜狐 and a named editor at bottom; contact as a div of <br/> lines",
        blocks=[
            J(
                "sohu",
                "由内容质量、互动评论、分享传播等多维度分值决定，勋章级别越高()，代表其在平台内的综合表现越好。",
            ),
            J("sohu", "原标题：外高桥新增3.2万平方米冷库，年底投用！"),
            P(
                "记者从外高桥集团获悉，位于外高桥物流园区的新一期冷链仓储项目已完成竣工验收，新增冷库面积约"
                "3.2万平方米，预计今年年底正式投入使用。"
            ),
            P(
                "新冷库共分5层，设置零下25℃冷冻库、0至4℃冷藏库和15至18℃恒温库三个温区，可满足进口肉类、"
                "乳制品、水果和医药产品的存储需求，总库容约8万吨。"
            ),
            BR(
                [
                    "相关阅读：",
                    "外高桥港综保区上半年进出口额创新高",
                    "浦东发布冷链物流高质量发展三年行动方案",
                ],
                family="sohu",
                indent=False,
            ),
            P(
                "外高桥集团相关负责人介绍，项目紧邻外高桥港区，进口冷链货物从码头到冷库的平均转运时间可压缩至"
                "2小时以内，同时配建了海关查验平台，可实现“查验、存储、分拨”一站式作业。"
            ),
            P("目前，已有4家进口食品贸易企业和2家医药流通企业签订了意向协议，意向租赁面积约占总面积的六成。"),
            GLUED(
                "据悉，外高桥物流园区现有冷库总面积约15万平方米，新项目投用后，园区将成为上海规模最大的进口"
                "冷链集散基地之一。",
                "（本文转自：浦东发布）",
                "sohu",
            ),
            X(
                '<p><a id="backsohucom" href="https://www.sohu.com/?strategyid=00001&amp;spm=smpc.content.'
                'content.1.1759201200000aQ8sTfX" title="点击进入搜狐首页">返回搜狐，查看更多</a></p>',
                removed=[("sohu", "返回搜狐，查看更多")],
            ),
            X(
                '<p data-role="editor-name">责任编辑：<span>王雪</span></p>',
                removed=[("sohu", "责任编辑：王雪")],
            ),
            X(
                '<div class="lianxi" style="background:#fff7e6;padding:6px 10px;"><p>浦东冷库/常温库招租'
                "<br/>联系人：包经理<br/>电话：137 0192 6638（同微信）</p></div>",
                removed=[
                    ("site_contact", "浦东冷库/常温库招租\n联系人：包经理\n电话：137 0192 6638（同微信）")
                ],
            ),
        ],
    ),
    Page(
        id=15023,
        title="示范区“水乡客厅”开发建设提速 青吴嘉三地共建产业园",
        when="2025-07-13 09:45",
        category=5,
        tags=(22,),
        families=("chinanews", "netease"),
        source="中国新闻网",
        note="中新网 dateline glued to the lead stays; photo credit alone under a real caption; （完） glued to the "
        "last paragraph in brackets; 【编辑】 line; netease 本文来源/责任编辑 line with NE staff code",
        blocks=[
            P(
                "中新网上海7月12日电（记者 缪璐）长三角生态绿色一体化发展示范区执委会12日透露，位于青浦、吴江、"
                "嘉善三地交界处的“水乡客厅”开发建设全面提速，三地共建的跨域产业园首批项目已开工。"
            ),
            P(
                "“水乡客厅”规划面积约35.8平方公里，是示范区“一厅三片”的核心区域。此次开工的跨域产业园位于"
                "客厅西南部，规划用地约800亩，重点发展数字经济、绿色低碳和创新研发产业。"
            ),
            IMG("2025/07/sxkt.jpg", "图为长三角生态绿色一体化发展示范区“水乡客厅”一角。"),
            J("chinanews", "中新网记者 殷立勤 摄", indent=False),
            P(
                "执委会相关负责人介绍，产业园实行“统一规划、统一招商、利益共享”的机制，项目落地产生的税收由三地"
                "按约定比例分享，这在全国跨省域合作中尚属首次。"
            ),
            P(
                "截至目前，示范区已累计推进重点项目超过100个，总投资超过4000亿元。华为青浦研发中心、"
                "吴江汾湖高新区和嘉善祥符荡科创绿谷等重大平台相继建成。"
            ),
            GLUED(
                "下一步，示范区将加快推进跨域基础设施互联互通，推动更多一体化制度创新成果在“水乡客厅”率先落地。",
                "（完）",
                "chinanews",
            ),
            J("chinanews", "【编辑:张子怡】", indent=False),
            J("netease", "本文来源：中国新闻网　责任编辑：杨雪_NE0011", indent=False),
        ],
    ),
    Page(
        id=15024,
        title="上海工业用地“提容增效”：存量厂房改造容积率可提至4.0",
        when="2025-04-25 07:55",
        category=2,
        tags=(33, 49, 45),
        families=("nbd", "sina"),
        source="每日经济新闻",
        note="每经 reporter/editor byline alone at top; 封面图片来源 credit, 新浪财经公众号 QR promo and editor at the "
        "bottom; <strong> lead-ins inside real paragraphs",
        blocks=[
            J("nbd", "每经记者 刘春燕　每经编辑 陈俊杰", indent=False),
            P(
                "上海近日出台《关于推动存量工业用地提容增效的实施意见》，明确存量工业用地上的厂房改扩建项目，"
                "在符合规划和安全要求的前提下，容积率最高可提高至4.0，且不再增收土地价款。"
            ),
            X(
                "<p>　　<strong>哪些项目可以提容？</strong>根据意见，提容适用于先进制造业、生产性服务业项目，"
                "企业需签订产业监管协议，承诺新增产能和税收指标。仓储物流项目提容后的容积率原则上不超过2.5。</p>",
                body=[
                    "哪些项目可以提容？根据意见，提容适用于先进制造业、生产性服务业项目，企业需签订产业监管协议，"
                    "承诺新增产能和税收指标。仓储物流项目提容后的容积率原则上不超过2.5。"
                ],
            ),
            X(
                "<p>　　<strong>新增面积能否分割转让？</strong>意见明确，提容新增的建筑面积原则上由企业自持，"
                "确需分割转让的，须经区政府同意，且受让方须为符合园区产业定位的企业。</p>",
                body=[
                    "新增面积能否分割转让？意见明确，提容新增的建筑面积原则上由企业自持，确需分割转让的，须经区政府"
                    "同意，且受让方须为符合园区产业定位的企业。"
                ],
            ),
            P(
                "一位长期从事工业地产的律师告诉《每日经济新闻》记者，过去企业自行扩建厂房，往往要补缴数额不小的"
                "土地出让金，很多企业因此放弃。“这次明确不增收地价，对有扩产需求的存量企业是实打实的利好。”"
            ),
            P(
                "据测算，上海现有工业用地中，容积率低于1.0的约占四成。若其中三分之一完成提容改造，可新增产业"
                "空间数千万平方米，相当于再造若干个工业园区。"
            ),
            P(
                "也有园区负责人提醒，提容改造涉及结构加固、消防升级和施工期间停产等问题，企业需综合评估改造成本"
                "和停工损失。"
            ),
            J("nbd", "封面图片来源：图片来源：每经媒资库", indent=False),
            J(
                "sina",
                "新浪财经公众号 24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）",
                indent=False,
            ),
            X(
                '<p class="show_author">责任编辑：杨赐 </p>',
                removed=[("sina", "责任编辑：杨赐")],
            ),
        ],
    ),
    Page(
        id=15025,
        title="长三角G60科创走廊九城市发布产业协同清单 涵盖37条产业链",
        when="2025-11-13 14:30",
        category=5,
        tags=(15, 22),
        families=("china_com_cn",),
        source="中国网财经",
        note="中国网财经 dateline standing alone in its own <p> before the lead (boilerplate); client promo and "
        "editor at bottom; trap: a paragraph listing the nine cities",
        blocks=[
            J("china_com_cn", "中国网财经11月12日讯", indent=False),
            P(
                "长三角G60科创走廊联席会议办公室12日在松江发布《九城市产业协同发展清单"
                "（2025年版）》，清单涵盖集成电路、新能源汽车、生物医药等37条重点产业链。"
            ),
            P(
                "G60科创走廊九城市包括：上海松江，浙江嘉兴、杭州、金华、湖州，江苏苏州，安徽宣城、芜湖、合肥。"
            ),
            P(
                "据介绍，清单首次按产业链环节梳理了各城市的优势领域和招商方向，明确“链主”企业、关键配套企业和"
                "产业园区载体，避免九城市在招商中同质化竞争。"
            ),
            P(
                "以新能源汽车产业链为例，清单提出由合肥、芜湖侧重整车制造，嘉兴、湖州侧重电池和电机，松江侧重"
                "汽车电子和智能网联研发，形成分工协作的产业格局。"
            ),
            P("联席会议办公室相关负责人表示，九城市还将共建产业园区“飞地”，探索跨区域项目收益共享机制。"),
            J("china_com_cn", "中国网客户端 国家重点新闻网站，9语种权威发布", indent=False),
            J("china_com_cn", "[责任编辑：杨昕]", indent=False),
        ],
    ),
    Page(
        id=15026,
        title="上海冷库市场调查：出租率超九成 新项目集中在临港、嘉定",
        when="2025-08-10 08:00",
        category=7,
        tags=(39, 37),
        families=("wechat",),
        source="上海仓储圈",
        note="WeChat post with nested <section>/<span>, &nbsp; and full-width spaces: platform header at top; "
        "END, a 侵权删除 notice and an 在看 prompt at bottom; 12 paragraphs with subheadings",
        blocks=[
            WX(
                "仓小二 上海仓储圈 2025年08月09日 07:30 上海",
                family="wechat",
                style="color:#999;font-size:12px;",
            ),
            X(
                '<section style="margin:10px 0;"><section style="border-left:3px solid #2b8ae2;padding-left:8px;">'
                '<p><span style="font-size:15px;">&nbsp;今年以来，上海冷库市场延续供需两旺的态势。根据我们对全市'
                "46个冷链仓储项目的调查，二季度上海冷库平均出租率约为92%，高于常温库约10个百分点。&nbsp;</span>"
                "</p></section></section>",
                body=[
                    "今年以来，上海冷库市场延续供需两旺的态势。根据我们对全市46个冷链仓储项目的调查，二季度上海冷库"
                    "平均出租率约为92%，高于常温库约10个百分点。"
                ],
            ),
            WXH("01 租金：冷冻库每天4元起"),
            WX(
                "从租金看，上海冷冻库（零下18℃以下）平均租金约为每天每平方米4.2元，冷藏库约为3.5元，恒温库约为"
                "2.8元。浦东、闵行等中心城区周边项目租金明显高于远郊。"
            ),
            WX(
                "　　值得注意的是，按托盘计费的模式越来越普遍。不少中小客户不再整租库区，而是按托盘、按天付费，"
                "冷冻托盘的报价普遍在每天3至5元之间。"
            ),
            WXH("02 需求：生鲜电商和医药冷链唱主角"),
            WX(
                "需求端，生鲜电商、连锁餐饮中央厨房和医药流通企业是三大主力。其中，医药冷链需求增长最快，"
                "对GSP认证冷库的需求远超供给。"
            ),
            WX(
                "一位冷链物流企业负责人告诉我们，今年上半年他们在闵行的医药冷库一直满仓，“有客户愿意多付20%"
                "的租金，但我们实在腾不出库位”。"
            ),
            WXH("03 供应：新项目集中在临港、嘉定"),
            WX(
                "供应端，今明两年上海预计新增冷库面积约35万平方米，主要集中在临港新片区、嘉定和青浦。"
                "其中，临港的多个项目紧邻洋山港和芦潮港，定位于进口冷链集散。"
            ),
            WX(
                "业内普遍认为，由于冷库建设成本高、审批环节多，新增供应的释放节奏相对可控，短期内出现大面积空置"
                "的可能性不大。"
            ),
            WX(
                "不过，随着新项目集中入市，部分区位一般、设备老旧的冷库可能面临租金下调压力，业主需提前做好"
                "设备更新和客户储备。"
            ),
            WX("— END —", family="wechat", style="text-align:center;color:#999;"),
            WX(
                "声明：文章内容及图片部分来源于网络，如有侵权请联系删除。",
                family="wechat",
                style="color:#999;font-size:12px;",
            ),
            WX("喜欢就点个在看吧", family="wechat", style="color:#999;font-size:12px;"),
        ],
    ),
    Page(
        id=15027,
        title="闵行马桥人工智能创新试验区新一批项目集中开工",
        when="2025-03-29 09:30",
        category=1,
        tags=(23,),
        families=("thepaper", "site_contact"),
        source="澎湃新闻·澎湃号·政务",
        note="澎湃号 来源 line alone at top and the 澎湃号 platform statement at bottom; a span-wrapped 图片来源 "
        "credit under an uncaptioned photo; contact as two plain lines with a 400 number and a mobile",
        blocks=[
            J("thepaper", "来源：澎湃新闻·澎湃号·政务", indent=False),
            P(
                "3月28日，闵行区马桥人工智能创新试验区举行2025年一季度重大项目集中开工活动，8个项目集中开工，"
                "总投资约62亿元，涵盖智能终端、工业软件、智能网联汽车零部件等领域。"
            ),
            P(
                "马桥人工智能创新试验区是上海首个人工智能创新试验区，规划面积约7.3平方公里。近年来，试验区围绕"
                "“AI+制造”方向，已集聚人工智能相关企业120余家。"
            ),
            IMG("2025/03/mq-kaigong.jpg"),
            X(
                '<p style="text-align:center;"><span style="color:#999;font-size:12px;">图片来源：闵行区融媒体中心'
                "</span></p>",
                removed=[("thepaper", "图片来源：闵行区融媒体中心")],
            ),
            P(
                "此次开工的项目中，一家智能驾驶传感器企业的研发生产基地总投资约18亿元，建成后将形成年产200万套"
                "激光雷达的生产能力。"
            ),
            P(
                "马桥镇相关负责人表示，将为开工项目配备“项目管家”，全程跟踪服务，确保项目早日竣工投产。"
                "试验区内还有约10万平方米的标准厂房和研发载体可供企业租赁。"
            ),
            J(
                "thepaper",
                "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，"
                "澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问https://renzheng.thepaper.cn。",
                indent=False,
            ),
            J("site_contact", "闵行厂房·研发楼租售：4006-021-518", indent=False),
            J("site_contact", "马经理 手机：135-6427-1190（微信同号，看房请提前预约）", indent=False),
        ],
    ),
    Page(
        id=15028,
        title="长宁临空经济示范区新一轮招商推介 聚焦航空服务与数字经济",
        when="2024-11-08 16:20",
        category=2,
        tags=(45,),
        families=("eastday", "site_contact"),
        source="东方网",
        note="eastday 复兴论坛 junk line and another column's 第N期 headlines at the top before the real text; "
        "zsbox contact with a third salesperson (叶振华, 400 dashed)",
        blocks=[
            J("eastday", "发布时间：2016年08月17日 10:21进入复兴论坛来源：东方网手机看视频"),
            J("eastday", "第428期：别让“共享单车”变成“城市垃圾”"),
            J("eastday", "第427期：高温津贴为何总是“看得见拿不到”"),
            J("eastday", "第426期：暑期托管班需要更多社会力量"),
            P(
                "11月7日，长宁区在虹桥临空经济示范区举行2024年度招商推介会，发布新一轮产业空间资源和扶持政策，"
                "现场有15个项目签约，涉及航空服务、数字经济和时尚消费品等领域。"
            ),
            P(
                "虹桥临空经济示范区是全国首个国家级临空经济示范区，规划面积约13.89平方公里。目前，示范区已集聚"
                "航空服务企业200余家，包括多家航空公司总部和飞机租赁企业。"
            ),
            P(
                "推介会上，长宁区发布了约40万平方米的可招商载体资源，其中包括临空园区6号地块、9号地块的研发办公"
                "楼宇，以及新建的临空数字经济产业园。"
            ),
            P(
                "在政策方面，长宁区对新落户的总部企业给予最高2000万元的开办补贴，对数字经济企业给予最长三年的"
                "办公用房租金补贴。"
            ),
            P(
                "长宁区相关负责人表示，将进一步擦亮“临空”品牌，推动航空服务业与数字经济深度融合，打造具有国际"
                "影响力的临空经济发展高地。"
            ),
            ZSBOX(
                "叶振华",
                "上海研发楼/产业园区招商：",
                "400-621-0085",
                "手机：",
                ["136 5168 2209", "185 2100 6473"],
                "请留言说明公司行业、所需面积和预算，我们会在24小时内回复。",
                "扫一扫加叶振华微信，了解更多园区房源",
            ),
        ],
    ),
    Page(
        id=15029,
        title="青浦区2025年度区级特色产业园区认定结果公示",
        when="2025-09-03 17:10",
        category=2,
        tags=(23, 45),
        families=("gov_qingpu",),
        source="青浦区经委",
        note="government page: 来源/发布时间/浏览次数 line at top; print/close tools and a 扫一扫 prompt at bottom; "
        "trap: the public list of park names and the notice's own objection contact stay",
        blocks=[
            J("gov_qingpu", "来源：青浦区经委　发布时间：2025-09-02　浏览次数：1286", indent=False),
            P(
                "根据《青浦区特色产业园区认定管理办法》，经企业申报、街镇推荐、专家评审和现场核查，拟认定以下"
                "6家园区为2025年度青浦区区级特色产业园区，现予以公示："
            ),
            P("1. 青浦工业园区智能网联汽车产业园"),
            P("2. 华新镇北斗导航产业园"),
            P("3. 练塘镇绿色食品产业园"),
            P("4. 白鹤镇高端装备产业园"),
            P("5. 徐泾镇会展服务产业园"),
            P("6. 朱家角镇文创数字产业园"),
            P(
                "公示期为2025年9月2日至9月8日。公示期间如有异议，请以书面形式向区经委反映，并提供真实姓名和"
                "联系方式。"
            ),
            P("联系电话：021-59732215"),
            P("地址：青浦区公园路100号区政府大楼6楼"),
            P("青浦区经济委员会", indent=False),
            P("2025年9月2日", indent=False),
            J("gov_qingpu", "【打印本页】　【关闭窗口】", indent=False),
            J("gov_qingpu", "扫一扫在手机打开当前页", indent=False),
        ],
    ),
    Page(
        id=15030,
        title="宁波前湾新区与上海共建产业“飞地” 首批12家沪企签约",
        when="2025-06-05 10:40",
        category=5,
        tags=(22,),
        families=("nbrb",),
        source="宁波日报",
        note="宁波日报 source/byline line alone at top; a standalone 甬派 reporter line; 甬派 app promo at "
        "bottom",
        blocks=[
            J("nbrb", "来源：宁波日报　作者：王博　编辑：陈晓", indent=False),
            J("nbrb", "甬派客户端记者 王博 通讯员 周佳佳", indent=False),
            P(
                "6月4日，宁波前湾新区与上海嘉定区在沪签署共建产业合作园区协议，双方将在前湾新区划出约3平方公里"
                "土地，共建“沪甬产业飞地”，首批12家上海企业现场签约入驻。"
            ),
            P(
                "前湾新区地处杭州湾南岸，距上海约1.5小时车程，拥有吉利、上汽大众等整车企业，汽车零部件配套基础"
                "扎实。此次签约的沪企主要来自汽车电子、智能装备和新材料领域。"
            ),
            P(
                "根据协议，合作园区实行“上海研发+宁波制造”模式，企业研发和总部功能留在嘉定，生产环节布局在"
                "前湾新区，两地按约定比例分享项目产生的税收和统计指标。"
            ),
            P(
                "前湾新区相关负责人表示，园区将提供标准厂房“拎包入驻”和定制厂房“量身打造”两种方案，"
                "标准厂房租金比上海同类厂房低约40%。"
            ),
            P(
                "嘉定区相关负责人表示，共建飞地是破解上海产业空间不足的一种探索，既能留住企业的“根”，又能为"
                "企业扩产提供空间。"
            ),
            J("nbrb", "更多精彩内容，请下载甬派客户端", indent=False),
        ],
    ),
]

# --- 15031-15040 ------------------------------------------------------------------------------------

PAGES += [
    Page(
        id=15031,
        title="嘉善祥符荡科创绿谷吸引沪企 去年新引进项目42个",
        when="2025-05-15 08:50",
        category=5,
        tags=(22,),
        families=("jxrb",),
        source="嘉兴日报",
        original_title="嘉善：“科创飞地”链接上海 绿谷筑巢引凤来",
        note="嘉兴日报 原标题 at top, a <br/> block of 来源/记者/责任编辑 at bottom; trap: a county WeChat "
        "account mentioned in prose",
        blocks=[
            J("jxrb", "原标题：嘉善：“科创飞地”链接上海 绿谷筑巢引凤来"),
            P(
                "走进嘉善祥符荡科创绿谷，湖光水色之间，一栋栋低密度研发楼错落分布。这里距上海青浦不到20公里，"
                "正成为上海科创企业外溢的热门落脚点。"
            ),
            P(
                "记者从嘉善县科技局获悉，去年祥符荡科创绿谷新引进科创项目42个，其中来自上海的项目占比超过六成，"
                "涉及智能传感、生物医药和新材料等领域。"
            ),
            P(
                "“在上海做研发，在嘉善做中试和生产，两地通勤不到一小时。”一家从张江迁来的传感器企业负责人说，"
                "这里的研发楼租金只有上海同类楼宇的一半左右。"
            ),
            P(
                "为服务入驻企业，祥符荡创新中心建设了共享实验室和中试平台，并通过“嘉善科创”微信公众号定期发布"
                "共享设备清单和预约时段，企业可在线预约使用。"
            ),
            P(
                "嘉善县相关负责人表示，今年将继续深化与上海青浦、江苏吴江的协同，力争全年新引进科创项目50个"
                "以上。"
            ),
            BR(["来源：嘉兴日报", "记者 沈潇　通讯员 王薇", "责任编辑：朱丽娟"], family="jxrb", indent=False),
        ],
    ),
    Page(
        id=15032,
        title="山东企业组团赴沪考察 青岛、烟台与上海园区共建“双向飞地”",
        when="2025-10-17 18:30",
        category=5,
        tags=(22,),
        families=("qlwb",),
        source="齐鲁晚报·齐鲁壹点",
        note="齐鲁壹点 byline alone at top, the 报料 app promo at bottom",
        blocks=[
            J("qlwb", "齐鲁晚报·齐鲁壹点 记者 张晓"),
            P(
                "10月15日至16日，山东省组织青岛、烟台等地40余家企业赴上海考察，先后走访了漕河泾开发区、张江科学城"
                "和临港新片区，并与上海多家园区签署合作协议。"
            ),
            P(
                "此次考察的一项重要成果，是青岛西海岸新区、烟台开发区分别与上海漕河泾开发区、临港新片区签约共建"
                "“双向飞地”：山东企业可在上海园区设立研发中心，上海企业的制造项目可优先落户山东合作园区。"
            ),
            P(
                "“上海的研发资源和人才是我们最看重的。”一家烟台生物医药企业负责人说，企业计划明年在漕河泾租赁"
                "约2000平方米的研发空间，组建新药研发团队。"
            ),
            P("山东省有关部门负责人表示，将持续深化鲁沪产业合作，推动更多项目在两地园区双向落地。"),
            J(
                "qlwb",
                "找记者、求报道、求帮助，各大应用市场下载“齐鲁壹点”APP，或搜索微信小程序“壹点情报站”，"
                "全省600多位主流媒体记者在线等你来报料！",
                indent=False,
            ),
        ],
    ),
    Page(
        id=15033,
        title="2025上海市级特色产业园区名单一览（附各区园区）",
        when="2025-01-20 11:00",
        category=2,
        tags=(23,),
        families=("bendibao",),
        source="上海本地宝",
        note="上海本地宝: a 推荐阅读 <br/> list in the middle, original-content notice and account promo at the "
        "bottom; trap: lists of park names by district stay (12 paragraphs)",
        blocks=[
            P(
                "上海市级特色产业园区是全市产业发展的重要承载区。截至目前，全市共有市级特色产业园区53家，"
                "覆盖集成电路、生物医药、人工智能、新材料、智能制造等重点产业。以下为各区主要特色产业园区名单。"
            ),
            H("一、浦东新区", "h3"),
            P(
                "张江创新药产业基地、张江集成电路设计产业园、张江机器人谷、金桥5G产业生态园、外高桥智能制造服务产业园"
            ),
            H("二、临港新片区", "h3"),
            P("东方芯港、生命蓝湾、大飞机园、信息飞鱼、海洋创新园"),
            BR(
                [
                    "推荐阅读：",
                    "上海特色产业园区申报条件及流程",
                    "上海各区产业扶持政策汇总（持续更新）",
                ],
                family="bendibao",
                indent=False,
            ),
            H("三、嘉定区", "h3"),
            P("嘉定汽车新能港、智能传感器产业园、精准医疗与健康服务产业园"),
            H("四、松江区", "h3"),
            P("G60电子信息国际创新产业园、G60生物医药产业基地、松江科技影都"),
            H("五、其他各区", "h3"),
            P(
                "宝山机器人产业园、闵行马桥人工智能创新试验区、奉贤东方美谷、金山碳谷绿湾、青浦长三角数字干线、"
                "静安市北高新、杨浦大创智数字创新实践区、普陀桃浦智创城等。"
            ),
            P("注：以上名单根据上海市经济和信息化委员会公开信息整理，具体以官方发布为准。"),
            J("bendibao", "提醒：文章内容为本地宝原创，未经允许，禁止转载。", indent=False),
            J("bendibao", "更多上海产业园区资讯，请关注上海本地宝微信公众号（ID：shbdb2）", indent=False),
        ],
    ),
    Page(
        id=15034,
        title="外籍人才扎根临港：一站式服务中心上线英文版办事指南",
        when="2025-03-07 15:40",
        category=2,
        tags=(47,),
        families=("cri",),
        source="国际在线",
        note="国际在线 dateline glued to the lead stays; the editor credit in brackets glued to the end of the last "
        "paragraph is cut; a short article (4 paragraphs)",
        blocks=[
            P(
                "国际在线上海频道消息（记者 王佳）：3月6日，临港新片区国际人才服务中心正式上线英文版《外籍人才"
                "办事指南》，涵盖工作许可、居留许可、子女入学、社保医疗等28项常用事项。"
            ),
            P(
                "据介绍，临港新片区目前有外籍人才约5200人，主要分布在集成电路、智能网联汽车和航空航天等企业。"
                "服务中心实行“一窗受理、并联审批”，外籍人才工作许可和居留许可最快5个工作日即可办结。"
            ),
            P(
                "来自德国的工程师马丁在临港一家汽车零部件企业工作了两年。他说，过去办理证件需要往返多个部门，"
                "现在在一个窗口就能全部完成。"
            ),
            GLUED(
                "临港新片区相关负责人表示，下一步将推出日文、韩文版本，并在园区设立更多服务站点。",
                "（编辑：金玲）",
                "cri",
            ),
        ],
    ),
    Page(
        id=15035,
        title="北方企业南下租厂房：上海周边中小厂房需求回暖",
        when="2025-04-02 07:30",
        category=3,
        tags=(35,),
        families=("bjyouth",),
        source="北京青年报",
        note="北京青年报 文/记者 byline alone at top; 编辑/ glued after a <br/> at the end of the last paragraph",
        blocks=[
            J("bjyouth", "文/北京青年报记者 赵婷婷"),
            P(
                "开春以来，上海周边中小厂房的租赁市场明显回暖。北京青年报记者走访发现，不少来自北方的制造业企业"
                "正在长三角寻找1000至5000平方米的厂房，以贴近下游客户和供应链。"
            ),
            P(
                "“今年一季度的带看量比去年同期多了三成左右，其中不少是北京、天津的企业。”上海松江一家厂房租赁"
                "中介的负责人说。"
            ),
            P(
                "一家北京医疗器械企业的负责人告诉记者，企业的主要客户和零部件供应商都在长三角，为了缩短交付周期，"
                "决定在上海嘉定租赁约3000平方米的厂房建设生产线。"
            ),
            P(
                "业内人士表示，上海周边标准厂房的租金目前在每天每平方米0.8元至1.5元之间，比北京同类厂房低约"
                "两成，且可选房源更多，这也是吸引北方企业的原因之一。"
            ),
            GLUED(
                "不过，也有业内人士提醒，异地设厂涉及人员派驻、税收迁移等问题，企业需做好充分评估。",
                "编辑/王宇",
                "bjyouth",
                sep="<br/>",
            ),
        ],
    ),
    Page(
        id=15036,
        title="关于举办2025年宝山区产业园区招商推介会的通知",
        when="2025-05-13 09:10",
        category=1,
        tags=(45,),
        families=("wechat",),
        source="宝山经发",
        note="WeChat notice: header at top; 来源｜ and 编辑｜ lines, 阅读原文 prompt and the platform's "
        "分享/收藏/点赞/在看 bar at bottom; trap: the notice's own 扫码 registration sentence, e-mail and contact "
        "person with a mobile number stay",
        blocks=[
            WX("宝山经发 2025年05月12日 17:00 上海", family="wechat", style="color:#999;font-size:12px;"),
            WX("各相关企业："),
            WX(
                "为进一步推介宝山区产业园区资源，促进优质项目落地，宝山区投资促进服务中心定于5月下旬举办2025年"
                "宝山区产业园区招商推介会。现将有关事项通知如下："
            ),
            WX("一、活动时间：2025年5月22日（星期四）14:00—17:00"),
            WX("二、活动地点：宝山区智慧湾科创园3号楼报告厅"),
            WXH("三、活动内容"),
            WX("1. 宝山区重点产业园区及可招商载体资源推介；"),
            WX("2. 宝山区产业扶持政策解读；"),
            WX("3. 企业与园区一对一洽谈。"),
            WXH("四、报名方式"),
            WX(
                "请有意参会的企业于5月20日前扫描下方二维码报名，或将参会回执发送至邮箱bsqtcz@163.com。"
                "名额有限，额满即止。"
            ),
            IMG("2025/05/bs-baoming.jpg"),
            WXH("五、联系方式"),
            X(
                '<section><p style="line-height:1.75em;"><span style="font-size:15px;">联系人：区投促中心 郭老师'
                "<br/>电话：021-66713825　13601782496</span></p></section>",
                body=["联系人：区投促中心 郭老师\n电话：021-66713825　13601782496"],
            ),
            X(
                '<section style="text-align:right;"><p>宝山区投资促进服务中心<br/>2025年5月12日</p></section>',
                body=["宝山区投资促进服务中心\n2025年5月12日"],
            ),
            WX("来源｜宝山区投资促进服务中心", family="wechat", style="color:#999;font-size:12px;"),
            WX("编辑｜吴越", family="wechat", style="color:#999;font-size:12px;"),
            WX("点击“阅读原文”，立即报名", family="wechat", style="color:#3f7fbf;font-size:13px;"),
            X(
                '<section class="weui-bar"><span>分享</span> <span>收藏</span> <span>点赞</span> '
                "<span>在看</span></section>",
                removed=[("wechat", "分享 收藏 点赞 在看")],
            ),
        ],
    ),
    Page(
        id=15037,
        title="万纬物流上海奉贤冷链园区投用 冷库容量达12万吨",
        when="2025-09-09 13:00",
        category=7,
        tags=(39, 27),
        families=("jiemian",),
        source="界面新闻",
        note="界面 reporter/editor byline block (<br/>) at top; a 图片来源 credit as an image caption; the app "
        "promo at bottom",
        blocks=[
            BR(["界面新闻记者 | 赵晓娟", "界面新闻编辑 | 楼婍沁"], family="jiemian", indent=False),
            P(
                "9月8日，万纬物流位于上海奉贤的冷链物流园区正式投入运营。该园区总建筑面积约9.6万平方米，"
                "冷库容量约12万吨，是万纬物流在华东地区规模最大的单体冷链项目。"
            ),
            IMG("2025/09/wanwei-fx.jpg", "图片来源：界面图库", family="jiemian"),
            P(
                "园区设置冷冻、冷藏、恒温等多个温区，并配建了多层冷库和自动化立体库，可服务生鲜电商、连锁餐饮、"
                "食品加工和医药流通等客户。"
            ),
            P(
                "万纬物流方面表示，奉贤园区的首批客户包括两家连锁餐饮企业的中央仓和一家进口肉类贸易商，开业首月"
                "出租率已超过70%。"
            ),
            P(
                "近年来，上海冷链仓储需求持续增长，但新增供应有限。业内人士认为，大型专业冷链园区的投用，将有助于"
                "缓解上海南部地区冷库紧缺的局面。"
            ),
            J("jiemian", "更多专业报道，请点击下载“界面新闻”APP", indent=False),
        ],
    ),
    Page(
        id=15038,
        title="上海产业用地“混合出让”试点扩围 研发与生产可共用一宗地",
        when="2025-10-09 20:15",
        category=2,
        tags=(49, 45),
        families=("yicai",),
        source="第一财经",
        note="第一财经 author/editor line at top; an inline report promo in the middle; the copyright statement "
        "and ad-cooperation line at bottom",
        blocks=[
            J("yicai", "作者：林靖　责编：任绍敏", indent=False),
            P(
                "上海产业用地“混合出让”试点范围将进一步扩大。记者从上海市规划资源部门获悉，在前期张江、临港等地"
                "试点基础上，今年起全市各区的产业园区均可申请开展混合产业用地出让。"
            ),
            P(
                "所谓混合出让，是指在一宗产业用地上，允许研发、生产、中试、仓储等多种功能兼容，企业不必再分别拿"
                "研发用地和工业用地。"
            ),
            P(
                "“过去一家生物医药企业要在上海布局研发和生产，往往要拿两块地，甚至分散在两个区。”一位园区招商"
                "负责人对第一财经记者说，混合出让后，企业可以在一块地上完成从研发到量产的全流程。"
            ),
            J("yicai", "第一财经研究院《2025长三角产业园区发展报告》现已发布，点击免费下载", indent=False),
            P(
                "根据规则，混合用地中各功能的建筑面积比例须在出让时明确，研发功能比例原则上不超过50%，"
                "且不得用于商品住宅和商业开发。"
            ),
            P(
                "业内人士认为，混合出让有助于提高土地利用效率，降低企业拿地成本，但也需要加强事中事后监管，"
                "防止企业借研发之名变相开发办公楼出售。"
            ),
            J(
                "yicai",
                "此内容为第一财经原创，著作权归第一财经所有。未经第一财经书面授权，不得以任何方式加以使用，包括转载、"
                "摘编、复制或建立镜像。第一财经保留追究侵权者法律责任的权利。 如需获得授权请联系第一财经版权部："
                "banquan@yicai.com",
                indent=False,
            ),
            J("yicai", "第一财经广告合作，请点击这里", indent=False),
        ],
    ),
    Page(
        id=15039,
        title="徐汇西岸数智港引入版权服务平台 文化科技企业可一站式确权",
        when="2025-06-27 10:20",
        category=1,
        tags=(23,),
        families=("jfdaily",),
        source="解放日报",
        original_title="确权、登记、维权一站办，西岸有了“版权服务驿站”",
        note="解放日报/上观 原标题 at top, 来源：作者 line and the 栏目主编/文字编辑/题图来源/图片编辑 chain at "
        "bottom; trap: paragraphs whose news is about 版权, 转载 and 声明 stay (10 paragraphs)",
        blocks=[
            J("jfdaily", "原标题：确权、登记、维权一站办，西岸有了“版权服务驿站”"),
            P(
                "6月26日，徐汇区西岸数智港“版权服务驿站”揭牌运营。驿站由区知识产权部门与国家版权贸易基地（上海）"
                "合作设立，为园区内的文化科技企业提供版权登记、确权存证、交易和维权等一站式服务。"
            ),
            P(
                "西岸数智港目前集聚了人工智能、数字内容、游戏动漫等企业400余家，每年产生的数字作品数以万计。"
                "园区调研发现，超过六成企业曾遭遇作品被未经授权转载、盗用的情况。"
            ),
            P(
                "“以前发现作品被侵权，光是取证就要花好几个月。”一家数字插画企业负责人说，作品被其他平台大量转载后，"
                "公司只能一家一家发函，维权成本远高于赔偿金额。"
            ),
            P(
                "驿站负责人介绍，企业作品上传后可实时生成区块链存证，版权登记办理时限由原来的30个工作日压缩至"
                "最快5个工作日。发现侵权后，驿站可协助企业固定证据、出具侵权分析报告，并对接调解和诉讼渠道。"
            ),
            P(
                "针对人工智能生成内容带来的新问题，驿站还联合高校和律师事务所，为企业提供AI训练数据合规和生成内容"
                "版权归属方面的咨询。"
            ),
            P(
                "揭牌仪式上，12家园区企业共同发布《西岸数智港数字内容版权保护倡议》，承诺尊重原创、规范转载，"
                "倡议声明：“凡转载园区企业原创作品，应注明出处并取得权利人授权。”"
            ),
            P(
                "徐汇区相关负责人表示，版权服务是园区营商环境的重要组成部分，下一步将推动驿站服务向漕河泾、"
                "徐汇滨江等园区延伸。"
            ),
            P("据了解，今年1至5月，徐汇区作品著作权登记量同比增长37%，其中数字作品登记量占比超过八成。"),
            P(
                "业内人士认为，随着数字经济企业加速集聚，产业园区提供专业化知识产权服务，将成为吸引企业落户的"
                "新“砝码”。"
            ),
            P("驿站位于西岸数智港A栋一楼，工作日上午9时至下午5时对外开放。"),
            J("jfdaily", "来源：作者：解放日报 张杨", indent=False),
            J(
                "jfdaily",
                "栏目主编：王珍 文字编辑：陈惟 题图来源：徐汇区融媒体中心 图片编辑：雍凯",
                indent=False,
            ),
        ],
    ),
    Page(
        id=15040,
        title="浦东外高桥保税区2800平米仓库出租 可做保税仓",
        when="2026-11-18 14:00",
        category=7,
        tags=(37,),
        families=("site_contact",),
        source=None,
        note="the site's own listing (no outlet), a real <strong>/<br/> spec paragraph; the site's contact as a "
        "bordered div of two paragraphs (彭经理, WeChat id)",
        blocks=[
            P(
                "出租仓库位于浦东外高桥保税区内，为单层高台库，面积约2800平方米，可做保税仓，也可做普通仓储，"
                "海关监管条件齐全。"
            ),
            X(
                "<p><strong>仓库参数：</strong><br/>檐高10米，地坪承重3吨/平方米，高台库设卸货平台4个，配备消防"
                "喷淋系统<br/>租金：1.6元/平方米/天，物业费另计</p>",
                body=[
                    "仓库参数：\n檐高10米，地坪承重3吨/平方米，高台库设卸货平台4个，配备消防喷淋系统\n"
                    "租金：1.6元/平方米/天，物业费另计"
                ],
            ),
            P("距外高桥港区约3公里，距外环高速约5公里，适合跨境电商、进口贸易企业使用。"),
            X(
                '<div style="border:1px solid #2b8ae2;padding:8px;margin-top:12px;">'
                "<p><strong>【上海仓库·厂房租售】</strong></p>"
                "<p>彭经理：138 1866 0427 / 微信：pengjl_wh</p></div>",
                removed=[
                    ("site_contact", "【上海仓库·厂房租售】"),
                    ("site_contact", "彭经理：138 1866 0427 / 微信：pengjl_wh"),
                ],
            ),
        ],
    ),
]
