"""Gold part `blind8`: 40 article pages (post ids 19001-19040) written blind, labelled by hand.

Each page is an invented article republished from one outlet with that outlet's boilerplate, some with the
site's own salespeople's contact block, some with real text that looks like junk (traps). Who wrote it, what
the author read and did not read, the freeze and the composition are in `blind8/README.md`.
"""

from __future__ import annotations

from build import IMG, INDENT, TABLE, ZSBOX, B, H, J, P, Page, X, esc


def TAIL(real: str, family: str, junk: str, br: bool = False) -> B:
    """A real paragraph with junk glued to its end in the same <p>: the junk is cut, the sentences stay."""
    sep = "<br/>" if br else ""
    return X(f"<p>{INDENT}{esc(real)}{sep}{esc(junk)}</p>", body=[real], removed=[(family, junk)])


def SEC(text: str, style: str = "font-size:15px;letter-spacing:1px;line-height:1.75em;") -> B:
    """A real paragraph as WeChat's editor wraps it."""
    return X(
        f'<section style="{style}"><p><span style="font-size:15px;">{esc(text)}</span></p></section>',
        body=[text],
    )


def SECJ(family: str, text: str, style: str = "text-align:center;") -> B:
    """One line of boilerplate in a WeChat section."""
    return X(
        f'<section style="{style}"><p><span style="font-size:13px;color:#888888;">{esc(text)}</span></p></section>',
        removed=[(family, text)],
    )


def BR(lines: list[str], family: str = "", indent: bool = False) -> B:
    """One <p> of <br/>-separated lines: real text (joined with newlines) or one boilerplate block."""
    markup = f"<p>{INDENT if indent else ''}" + "<br/>".join(esc(x) for x in lines) + "</p>"
    text = "\n".join(lines)
    return X(markup, removed=[(family, text)]) if family else X(markup, body=[text])


EM_DISCLAIMER = "郑重声明：东方财富发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。"
SOHU_MEDAL = "由内容质量、互动评论、分享传播等多维度分值决定，勋章级别越高()，代表其在平台内的综合表现越好。"
SOHU_PLATFORM = "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。"
NETEASE_NOTE = (
    "特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。"
)
TENCENT_NOTE = "免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。"
PAPER_NOTE = (
    "特别声明：本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，"
    "澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。"
)


def sohu_back(editor: str = "") -> B:
    """Sohu's closing link and editor line."""
    markup = (
        '<p><a id="backsohucom" href="https://www.sohu.com/?strategyid=00001" target="_blank" title="点击进入搜狐首页">'
        '<span class="backword"><i class="backsohu"></i>返回搜狐，查看更多</span></a></p>\n'
        f'<p data-role="editor-name">责任编辑：<span>{esc(editor)}</span></p>'
    )
    return X(markup, removed=[("sohu", "返回搜狐，查看更多"), ("sohu", "责任编辑：" + editor)])


PAGES: list[Page] = []

# --- 东方财富 -----------------------------------------------------------------------------------------

PAGES.append(
    Page(
        id=19001,
        title="长三角产业园区REITs扩容 优质园区出租率与租金走势分化",
        when="2026-03-18 10:40",
        category=5,
        tags=(22, 23),
        families=("eastmoney", "site_contact"),
        source="东方财富网",
        note="eastmoney header line on top, disclaimer + 热点阅读 + headlines + app promo at bottom, then a zsbox contact (new name, 400 hotline, two mobiles)",
        blocks=[
            J("eastmoney", "2026年03月18日 10:26　来源：东方财富网　作者：谢思佳", indent=False),
            P(
                "今年以来，长三角地区产业园区基础设施公募REITs继续扩容。截至3月中旬，已上市的园区类REITs中，底层资产位于上海、苏州、杭州和合肥的项目合计超过20个，覆盖研发办公、标准厂房和高标准仓储等业态。"
            ),
            P(
                "从最新披露的季度运营数据看，不同园区之间的表现出现明显分化。位于张江、漕河泾等成熟板块的研发楼宇平均出租率保持在九成左右，而部分近两年集中入市的新园区出租率仍在七成附近徘徊，租金以稳为主，个别项目以免租期换取出租率。"
            ),
            P(
                "业内人士分析，园区资产的核心竞争力正在从“位置和价格”转向“产业和服务”。能够围绕主导产业提供中试平台、共享实验室和供应链配套的园区，租户续租意愿明显更强，租金回落幅度也更小。"
            ),
            P(
                "以某上市园区REIT为例，其持有的两处生物医药专业园区去年续租率超过75%，新签租户中超过六成为原租户的上下游企业，园区内部的产业链协同效应开始显现。"
            ),
            P(
                "与此同时，标准厂房类资产受益于制造业回流和“工业上楼”政策推进，需求相对稳健。上海多个区近年推出的智造空间项目，在入市初期即锁定了一批智能装备和新能源零部件企业。"
            ),
            P(
                "多家机构认为，随着扩募机制逐步成熟，园区类REITs有望成为地方国资盘活存量资产、回收资金再投资新园区的重要工具，但投资者仍需关注区域供给压力和单一租户集中度等风险。"
            ),
            J("eastmoney", EM_DISCLAIMER),
            J("eastmoney", "热点阅读", indent=False),
            J("eastmoney", "央行开展4000亿元MLF操作 中标利率持平", indent=False),
            J("eastmoney", "两市融资余额增加56.21亿元", indent=False),
            J("eastmoney", "国际油价13日下跌 布伦特原油期货跌1.2%", indent=False),
            J("eastmoney", "多家银行下调大额存单利率 三年期产品“一单难求”", indent=False),
            J("eastmoney", "打开东方财富APP查看更多内容", indent=False),
            ZSBOX(
                "沈立群",
                "工业厂房/产业园区招商：",
                "400 820 6158",
                "手机/微信：",
                ["13816207745", "18017326690"],
                "请告知所需面积、行业、用电量及注册需求，我们将尽快为您匹配房源。",
                "长按/扫一扫添加沈立群微信",
            ),
        ],
    )
)

PAGES.append(
    Page(
        id=19002,
        title="上市公司拟投资12亿元在嘉定建设智能制造基地",
        when="2026-05-27 16:05",
        category=1,
        tags=(13, 29),
        families=("eastmoney",),
        source="证券时报·e公司",
        note="来源 line on top, glued e公司讯 dateline kept; trap: investor-relations hotline in a sentence of reporting; numeric staff-code editor line + short disclaimer at bottom",
        blocks=[
            J("eastmoney", "来源：证券时报·e公司", indent=False),
            P(
                "证券时报e公司讯，5月27日晚间，某汽车零部件上市公司公告称，公司拟与上海嘉定工业区管委会签署投资协议，在嘉定工业区北区投资建设新能源汽车热管理系统智能制造基地，项目计划总投资约12亿元。"
            ),
            P(
                "公告显示，项目拟用地约86亩，分两期建设，一期新建生产厂房、研发中心及配套仓库约9万平方米，预计2027年下半年投产，达产后可形成年产200万套热管理模块的生产能力。"
            ),
            P(
                "公司表示，本次投资有助于贴近长三角整车客户、缩短交付半径，同时依托嘉定汽车产业集群完善研发与测试配套。项目资金来源为自有资金及银行贷款，不会对公司当期财务状况产生重大影响。"
            ),
            P(
                "公司董事会秘书办公室表示，投资者可拨打公司投资者关系热线021-5990 1268，或通过上证e互动平台了解项目后续进展。"
            ),
            P("公告同时提示，项目用地尚需通过招拍挂方式取得，建设周期、投产时间和实际效益存在不确定性。"),
            J("eastmoney", "(责任编辑：DF537)", indent=False),
            J(
                "eastmoney",
                "声明：发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。据此操作，风险自担。",
            ),
        ],
    )
)

# --- 搜狐号 -----------------------------------------------------------------------------------------

PAGES.append(
    Page(
        id=19003,
        title="嘉定标准厂房供应提速 多个园区推出“拎包入驻”产品",
        when="2025-12-09 09:15",
        category=3,
        tags=(13, 35),
        families=("sohu", "site_contact"),
        source="搜狐",
        original_title="嘉定厂房市场观察：供应提速，园区拼服务",
        note="sohu medal + 原标题 on top, table and a data-source note (traps), back link + 平台声明 + named editor at bottom, then contact as two plain paragraphs (dashed landline, spaced mobile)",
        blocks=[
            J("sohu", SOHU_MEDAL, indent=False),
            J("sohu", "原标题：嘉定厂房市场观察：供应提速，园区拼服务", indent=False),
            P(
                "进入四季度，嘉定区标准厂房市场供应明显提速。记者走访了解到，嘉定工业区、外冈、徐行等板块今年新竣工的标准厂房和智造空间面积超过40万平方米，其中相当一部分由园区平台公司统一建设、统一招商。"
            ),
            P(
                "与往年相比，新入市的厂房在层高、承重和货梯配置上更加“对标”制造企业需求。不少项目首层层高达到8米以上，楼上楼层承重提升到每平方米800公斤，满足精密加工、装备装配等企业的“上楼”需要。"
            ),
            P(
                "部分园区还推出了“拎包入驻”产品，提前完成消防、环评等前期手续，配置变配电和压缩空气管道，企业签约后最快一个月即可进场安装设备。"
            ),
            P("以下为记者梳理的嘉定部分园区在租厂房情况："),
            TABLE(
                [
                    ["园区", "可租面积（㎡）", "首层层高（m）", "承重（t/㎡）", "参考租金（元/㎡/天）"],
                    ["嘉定工业区北区智造园", "32000", "8.5", "3", "1.3"],
                    ["外冈智能制造产业园", "18500", "9", "3", "1.1"],
                    ["徐行精密制造园", "12600", "7.5", "1.5", "1.2"],
                    ["南翔智地二期", "9800", "6", "1", "1.8"],
                ]
            ),
            P("数据来源：各园区招商部门，统计截至2025年11月底", indent=False),
            P(
                "业内人士提醒，企业选址时除了比较租金，更应关注园区的产业定位、能耗指标和环评条件，避免签约后因行业不符或指标不足而无法投产。"
            ),
            sohu_back("李梦"),
            J("sohu", SOHU_PLATFORM, indent=False),
            J("site_contact", "嘉定、宝山、青浦厂房租售咨询：021-5995-2817（钱经理）"),
            J("site_contact", "微信同号：139 1768 2405，欢迎来电洽谈。"),
        ],
    )
)

PAGES.append(
    Page(
        id=19004,
        title="奉贤临港高标仓市场观察：新增供应集中入市 冷链与跨境电商需求托底",
        when="2026-01-14 14:30",
        category=7,
        tags=(27, 37, 39),
        families=("sohu",),
        source="搜狐",
        note="12 real paragraphs with h3 subheadings; sohu medal on top, a picture credit in the middle, back link + empty editor at bottom",
        related=(19007, 19015),
        blocks=[
            J("sohu", SOHU_MEDAL, indent=False),
            P(
                "2025年，上海南部的奉贤、临港板块迎来高标准仓库的集中入市期。据多家物流地产服务机构统计，全年该区域新增高标仓供应约65万平方米，占全市新增量的四成以上。"
            ),
            P(
                "大规模供应叠加需求端恢复节奏偏慢，区域整体空置率一度升至两成左右，部分新项目为抢占客户，推出三至六个月不等的免租期。"
            ),
            H("冷链需求成为亮点", "h3"),
            P(
                "与普通干仓相比，冷库的去化情况明显更好。临港新片区内两处新建冷链物流中心投用不到半年，出租率已超过八成，租户以进口食品、医药流通和生鲜电商企业为主。"
            ),
            P(
                "一家冷链运营企业负责人表示，洋山港进口冷链货量持续增长，企业希望在港区附近完成查验后就近分拨，离港越近、通关越顺畅的冷库越受欢迎。"
            ),
            IMG("2026/01/lingang-lk.jpg"),
            J("sohu", "图片来源：视觉中国", indent=False),
            H("跨境电商带来增量", "h3"),
            P(
                "跨境电商是另一股重要力量。随着“前店后仓”“保税备货”等模式成熟，不少跨境电商企业选择在综合保税区周边租赁仓库，用于备货、分拣和退货处理。"
            ),
            P(
                "奉贤综合保税区周边一处新建物流园去年引进了四家跨境电商卖家和两家第三方海外仓服务商，合计租赁面积约3.2万平方米。"
            ),
            P(
                "园区运营方介绍，这类客户对仓库的要求集中在月台数量、装卸效率和信息系统对接上，对租金的敏感度反而低于传统制造业客户。"
            ),
            H("租金短期承压", "h3"),
            P(
                "从租金看，奉贤、临港板块高标仓平均租金在每月每平方米40元上下，较前年高点回落约一成。机构预计，2026年区域新增供应将明显减少，空置率有望在下半年见顶回落。"
            ),
            P(
                "也有业内人士提醒，部分早年建设的老旧仓库面临改造压力，消防、层高和地坪承重不达标的项目，未来可能被迫降价或转作他用。"
            ),
            P(
                "在政策层面，上海提出推动物流枢纽和产业园区联动发展，支持智能仓储、无人配送等新技术应用，这将为区域仓储市场带来新的需求结构。"
            ),
            P(
                "总体来看，上海南部仓储市场正在经历“消化供应、优化结构”的过程，具备冷链、保税等功能属性的项目将率先走出调整期。"
            ),
            sohu_back(),
        ],
    )
)

PAGES.append(
    Page(
        id=19005,
        title="闵行区发布支持先进制造业项目落地若干措施 符合条件最高补贴2000万元",
        when="2026-02-20 11:10",
        category=2,
        tags=(45,),
        families=("sohu", "site_contact"),
        source="搜狐",
        original_title="重磅！闵行出台新政支持先进制造业，这些企业可申请",
        note="sohu medal + 原标题; trap: numbered conditions as short paragraphs; back link + 平台声明; contact as one <p> of <br/> lines with a +86 number and a WeChat id",
        blocks=[
            J("sohu", SOHU_MEDAL, indent=False),
            J("sohu", "原标题：重磅！闵行出台新政支持先进制造业，这些企业可申请", indent=False),
            P(
                "近日，闵行区印发《关于支持先进制造业项目落地的若干措施》，围绕项目投资、用地保障、厂房租赁和人才安居等方面提出十余条具体举措。"
            ),
            P(
                "根据措施，对新引进的先进制造业项目，按照设备投资额的一定比例给予补贴，单个项目最高可达2000万元；对租用区内标准厂房的企业，前三年给予租金补贴。"
            ),
            H("申请租金补贴的企业需同时满足以下条件：", "h3"),
            P("（一）在闵行区注册并纳税，具有独立法人资格；"),
            P("（二）租赁区内经认定的标准厂房或智造空间，租期不少于五年；"),
            P("（三）属于集成电路、生物医药、人工智能、高端装备等重点产业领域；"),
            P("（四）近三年内无重大安全生产事故和环境违法记录。"),
            P(
                "闵行区经委相关负责人表示，新政将与市级政策叠加使用，并通过“一网通办”平台实现在线申报、限时办结，切实降低企业制度性交易成本。"
            ),
            sohu_back("王伟"),
            J("sohu", SOHU_PLATFORM, indent=False),
            BR(
                [
                    "上海厂房土地租售：",
                    "唐先生 +86 186 2175 0398",
                    "微信：tangcf0398",
                    "（请注明面积、行业及税收情况）",
                ],
                family="site_contact",
            ),
        ],
    )
)

# --- 网易 ---------------------------------------------------------------------------------------------

PAGES.append(
    Page(
        id=19006,
        title="松江“工业上楼”项目再添新样本 智造空间首批企业入驻",
        when="2026-06-12 10:55",
        category=1,
        tags=(12, 33),
        families=("netease",),
        source="长三角园区观察",
        note="netease account header line on top, 网易号 特别声明 at bottom; trap: a paragraph citing a 微信公众号 as the news source",
        blocks=[
            J("netease", "长三角园区观察　2026-06-12 10:31:05　发布于上海", indent=False),
            P(
                "6月上旬，位于松江经济技术开发区的一处“工业上楼”智造空间迎来首批入驻企业。该项目总建筑面积约15万平方米，由6栋高层厂房组成，最高楼层达到12层。"
            ),
            P(
                "据“松江经开区”微信公众号消息，首批入驻的8家企业主要来自智能传感器、工业机器人和新能源电池检测设备领域，合计租赁面积约3.6万平方米。"
            ),
            P(
                "项目负责人介绍，高层厂房配置了5吨和3吨两种规格的大型货梯，楼板承重按每平方米1吨设计，能够满足大多数轻型装备制造企业的生产需求。"
            ),
            P(
                "“以前企业总觉得楼上做不了生产，现在看了样板层，顾虑少了很多。”一家机器人零部件企业的厂长说，他们原本在郊区租用的单层厂房分散在三个地方，搬进来后可以集中管理。"
            ),
            P(
                "松江区近年来把“工业上楼”作为破解土地瓶颈的重要路径，计划到2027年累计建成智造空间超过300万平方米，并在项目审批、容积率和配套用房比例上给予支持。"
            ),
            J("netease", NETEASE_NOTE),
        ],
    )
)

PAGES.append(
    Page(
        id=19007,
        title="长三角冷链仓储需求升温 上海周边冷库一库难求",
        when="2026-07-30 15:20",
        category=7,
        tags=(39, 27),
        families=("netease", "site_contact"),
        source="中国物流与采购网",
        note="netease news repost: 本文来源 and NE-code editor lines at bottom; contact as a bordered <div> of two <p> (许经理, dashed numbers) after them",
        related=(19004,),
        blocks=[
            P(
                "入夏以来，长三角冷链仓储需求持续升温。上海及周边的嘉兴、昆山、太仓等地，多处新建冷库尚未竣工就已被预租，部分成熟冷库出租率接近满仓。"
            ),
            P(
                "业内人士分析，需求增长主要来自三方面：一是进口水果、肉类和乳制品到港量上升；二是连锁餐饮和预制菜企业扩大中央厨房规模；三是医药冷链在疫苗、生物制品配送中的需求稳步增加。"
            ),
            P(
                "从供给看，上海市域内可用于新建冷库的土地较为稀缺，新增供应更多向上海周边转移。嘉兴平湖、昆山花桥一带的冷链项目，凭借距离上海一小时车程的区位和相对较低的租金，吸引了大批区域配送中心入驻。"
            ),
            P(
                "值得注意的是，冷库建设投资大、能耗高，对运营能力要求也更高。一些项目虽然建成，但因冷机配置不合理或缺乏专业运营团队，出租情况并不理想。"
            ),
            P(
                "专家建议，地方在规划冷链物流园区时，应统筹港口、铁路和城市配送网络，避免“重建设、轻运营”，同时推动冷库节能改造和数字化管理。"
            ),
            J("netease", "本文来源：中国物流与采购网", indent=False),
            J("netease", "责任编辑：钟齐鸣_NF5619", indent=False),
            X(
                '<div class="lianxi" style="border:1px dashed #999999;padding:10px;margin-top:15px;">\n'
                "<p>【上海仓库/物流园租赁】</p>\n"
                "<p>联系人：许经理　电话：021-6088-3571　手机：150-0052-7781（微信同号）</p>\n"
                "</div>",
                removed=[
                    ("site_contact", "【上海仓库/物流园租赁】"),
                    ("site_contact", "联系人：许经理　电话：021-6088-3571　手机：150-0052-7781（微信同号）"),
                ],
            ),
        ],
    )
)

# --- 新浪财经 -------------------------------------------------------------------------------------------

PAGES.append(
    Page(
        id=19008,
        title="前三季度上海工业投资增长9.6% 制造业投资连续多月保持两位数增长",
        when="2026-10-24 09:30",
        category=5,
        tags=(22,),
        families=("sina",),
        source="中国证券报·中证网",
        note="sina: 来源 header line, glued 中证网讯 dateline kept; trap: a data table with its 数据来源 note; app promo + SF-code editor line at bottom",
        blocks=[
            J("sina", "2026年10月24日 08:52　来源：中国证券报·中证网", indent=False),
            P(
                "中证网讯（记者 高佳晨）上海市统计局日前发布数据显示，前三季度上海工业投资同比增长9.6%，其中制造业投资增长11.2%，连续多个月保持两位数增长。"
            ),
            P(
                "分行业看，集成电路、生物医药和人工智能三大先导产业投资增长较快，新能源汽车、高端装备等领域重大项目也在陆续开工。"
            ),
            P("分区域看，临港新片区、嘉定、松江和金山等区的工业投资规模居前。部分区县工业投资增速如下："),
            TABLE(
                [
                    ["区域", "工业投资增速（%）", "其中制造业（%）"],
                    ["临港新片区", "18.4", "21.0"],
                    ["嘉定区", "12.7", "13.9"],
                    ["松江区", "10.3", "11.6"],
                    ["金山区", "8.9", "9.5"],
                ],
                header="td",
            ),
            P("数据来源：上海市统计局、各区统计局", indent=False),
            P(
                "分析人士认为，工业投资保持较快增长，一方面得益于重大项目集中落地，另一方面也与产业园区提质改造、“工业上楼”等举措释放了空间资源有关。"
            ),
            P("展望四季度，随着一批年内计划开工的项目加快推进，全年工业投资有望延续稳中向好的态势。"),
            J("sina", "海量资讯、精准解读，尽在新浪财经APP", indent=False),
            J("sina", "责任编辑：刘万里 SF014", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=19009,
        title="宝山一智能制造产业园开园 首期签约企业12家",
        when="2026-09-03 18:20",
        category=1,
        tags=(35,),
        families=("sina",),
        source="新浪财经",
        note="short article (3 paragraphs, trap); sina self-media header line on top; app promo glued after a <br/> to the last paragraph; editor line",
        blocks=[
            J("sina", "2026年09月03日 17:46　新浪财经-自媒体综合", indent=False),
            P(
                "9月3日，宝山区一处智能制造产业园正式开园。园区占地约120亩，建有标准厂房、研发楼和人才公寓，总建筑面积约18万平方米。"
            ),
            P(
                "开园仪式上，园区与12家企业签约，涉及机器人核心部件、智能检测装备和工业软件等领域，签约企业计划总投资约15亿元。"
            ),
            TAIL(
                "宝山区相关负责人表示，将为入驻企业提供项目审批、人才引进和融资对接等全周期服务，推动园区尽快形成产业集聚。",
                "sina",
                "海量资讯、精准解读，尽在新浪财经APP",
                br=True,
            ),
            J("sina", "责任编辑：杨赐 SF009", indent=False),
        ],
    )
)

# --- 腾讯新闻 -------------------------------------------------------------------------------------------

PAGES.append(
    Page(
        id=19010,
        title="上海工业用地“提容增效”：存量园区如何挖潜",
        when="2026-04-03 10:12",
        category=2,
        tags=(49, 33),
        families=("tencent", "site_contact"),
        source="园区产业研究所",
        note="tencent creator header on top and creator disclaimer + 举报 at bottom; the site's contact as one <p> with <strong> placed in the MIDDLE of the article",
        blocks=[
            J("tencent", "园区产业研究所　2026-04-03 09:41　发布于上海　财经领域创作者", indent=False),
            P(
                "在新增建设用地指标日益紧张的背景下，盘活存量工业用地、提高土地利用效率，已成为上海各区推动制造业高质量发展的重要抓手。"
            ),
            P(
                "近年来，上海陆续出台政策，允许符合条件的存量工业用地在不改变用途的前提下提高容积率，并明确提高部分不再增收土地价款。这一政策被业内称为工业用地“提容增效”。"
            ),
            P(
                "以浦东康桥为例，一家老牌汽车零部件企业在原有厂区内拆除低效厂房，新建五层生产楼，建筑面积翻了一番多，新增产能主要用于电驱动系统零部件生产。"
            ),
            X(
                f"<p>{INDENT}<strong>【厂房招商】</strong>上海各区标准厂房、研发办公、仓库土地租售，欢迎来电：顾先生 177 1720 6693（同微信）</p>",
                removed=[
                    (
                        "site_contact",
                        "【厂房招商】上海各区标准厂房、研发办公、仓库土地租售，欢迎来电：顾先生 177 1720 6693（同微信）",
                    )
                ],
            ),
            P(
                "不过，存量挖潜并非易事。一些老园区产权分散，地块碎片化，企业改造意愿和资金能力参差不齐；部分区域还面临配套道路、电力容量不足等问题。"
            ),
            P(
                "对此，多个区采取“政府引导、平台运作、企业参与”的方式，由区属平台公司收购或托管低效用地，统一规划后再向优质项目招商。"
            ),
            P(
                "业内人士认为，未来上海工业用地管理将更加注重亩均效益评价，对长期低效、闲置的土地加大处置力度，让有限的空间向先进制造业集中。"
            ),
            J("tencent", TENCENT_NOTE),
            J("tencent", "举报/反馈", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=19011,
        title="安徽积极承接长三角产业转移 “上海研发、安徽制造”模式加速成型",
        when="2026-02-17 08:45",
        category=5,
        tags=(15, 22),
        families=("xinhua", "tencent"),
        source="新华社",
        note="10 real paragraphs; tencent repost of a xinhua story: glued 新华社 dateline kept, （完） glued to the last paragraph cut, tencent 举报 line",
        blocks=[
            P(
                "新华社合肥2月16日电（记者 水金辰 陈诺）春节前后，安徽多地产业园区招商签约活动密集开展。记者了解到，去年安徽全省承接长三角地区产业转移项目数量和到位资金均创新高，其中来自上海的项目占比超过三成。"
            ),
            P(
                "在合肥新站高新区，一家总部位于上海张江的显示材料企业新建的生产基地已进入设备调试阶段。企业负责人介绍，研发团队仍留在上海，量产线放在合肥，两地车程不到三个小时。"
            ),
            P(
                "“上海研发、安徽制造”正在成为越来越多企业的选择。安徽省发展改革委有关负责人介绍，全省已布局建设多个长三角产业合作园区，重点承接新能源汽车、集成电路、新型显示和生物医药等产业。"
            ),
            P(
                "芜湖、马鞍山、宣城、滁州等与江苏、浙江接壤的城市，依托交通和成本优势，成为承接产业转移的前沿地带。"
            ),
            P(
                "在宣城经开区，园区负责人向记者展示了一张“沪宣合作项目清单”，上面列着近三年落地的40多个项目，多数是上海企业的配套工厂或第二生产基地。"
            ),
            P(
                "“我们不是简单地接收产能，而是围绕主导产业链去招引配套企业。”这位负责人说，园区专门设立了驻沪招商小组，常年在上海跟踪项目。"
            ),
            P(
                "为提升承接能力，安徽多地在产业园区推行“标准地”出让和“拿地即开工”，并建设了一批标准化厂房，企业可拎包入驻。"
            ),
            P(
                "专家认为，产业转移是长三角一体化发展的必然趋势。上海聚焦研发设计、总部经济和高端服务，周边地区承接制造环节，有助于形成优势互补、分工合理的区域产业体系。"
            ),
            P(
                "与此同时，也有企业反映，跨省经营在人才流动、资质互认和政务服务等方面仍有不便，希望进一步打通堵点。"
            ),
            TAIL(
                "安徽省有关部门表示，今年将继续深化与沪苏浙的园区共建合作，推动更多项目在安徽落地生根。",
                "xinhua",
                "（完）",
            ),
            J("tencent", "举报/反馈", indent=False),
        ],
    )
)

# --- 微信公众号 -----------------------------------------------------------------------------------------

PAGES.append(
    Page(
        id=19012,
        title="松江经开区2026年秋季产业对接会报名启动",
        when="2026-09-15 09:05",
        category=1,
        tags=(12, 15),
        families=("wechat",),
        source="松江经开区",
        note="wechat in <section> wrappers: 原创 header + 点击蓝字 on top; trap: a registration paragraph with 扫码 and a hotline; 来源/编辑/审核 block, 往期推荐 list and 在看 prompt at bottom",
        blocks=[
            SECJ("wechat", "原创 陈思远 松江经开区 2026-09-14 17:30 上海", style="margin-bottom:10px;"),
            SECJ("wechat", "点击蓝字 关注我们"),
            SEC(
                "为进一步促进园区企业与上下游伙伴、科研院所和金融机构的精准对接，松江经开区将于9月28日举办2026年秋季产业对接会。"
            ),
            SEC(
                "本次对接会以“链上松江　协同共赢”为主题，设置集成电路、智能装备、生物医药三个专场，邀请链主企业发布采购与合作需求，同时组织投资机构现场路演对接。"
            ),
            SEC(
                "对接会面向经开区内规模以上工业企业、高新技术企业和专精特新企业，以及有意落户松江的外地企业。"
            ),
            SEC(
                "有意参加的企业请于9月25日前扫描下方二维码报名，或致电经开区企业服务中心021-5774 2190咨询。每个专场名额有限，报满即止。"
            ),
            IMG("2026/09/sjjkq-bm.jpg"),
            SEC("活动地点：松江经开区企业服务中心一楼报告厅（荣乐东路2399号）。"),
            SECJ("wechat", "END"),
            X(
                '<section style="font-size:13px;color:#888888;"><p>来源 | 经开区企业服务中心<br/>'
                "编辑 | 王佳怡<br/>审核 | 孙立</p></section>",
                removed=[("wechat", "来源 | 经开区企业服务中心\n编辑 | 王佳怡\n审核 | 孙立")],
            ),
            SECJ("wechat", "往期推荐", style="text-align:left;font-weight:bold;"),
            SECJ("wechat", "经开区上半年规上工业产值同比增长8.1%", style="text-align:left;"),
            SECJ("wechat", "又一家“小巨人”落户松江经开区", style="text-align:left;"),
            SECJ("wechat", "园区企业高温慰问走进生产一线", style="text-align:left;"),
            SECJ("wechat", "分享、点赞、在看，让更多人看到"),
        ],
    )
)

PAGES.append(
    Page(
        id=19013,
        title="临港新片区发布支持智能制造企业发展政策 厂房租金最高补贴50%",
        when="2026-02-27 11:40",
        category=2,
        tags=(45, 47),
        families=("wechat", "site_contact"),
        source="上海临港产业观察",
        note="11 real paragraphs in wechat sections with bold h3 subheadings; account header on top; 文字/图片/编辑 block and a QR caption at bottom; the site's contact (800 number, WeChat id) appended to the last real paragraph inside its section",
        blocks=[
            SECJ("wechat", "上海临港产业观察　2026-02-27 08:00　上海", style="margin-bottom:10px;"),
            SEC(
                "近日，临港新片区管委会发布《关于支持智能制造企业高质量发展的若干政策》，从空间保障、研发投入、人才引进等方面提出一揽子支持措施。"
            ),
            X(
                "<section><h3><strong>一、降低企业空间成本</strong></h3></section>",
                body=["一、降低企业空间成本"],
            ),
            SEC(
                "对新引进的智能制造企业，租用新片区内产业园区厂房的，按照实际租金的一定比例给予补贴，最高可达50%，补贴期限不超过三年。"
            ),
            SEC("对企业自建厂房且容积率达到规定标准的，按照建设投资给予一次性奖励。"),
            X(
                "<section><h3><strong>二、支持研发和首台套应用</strong></h3></section>",
                body=["二、支持研发和首台套应用"],
            ),
            SEC(
                "对企业研发投入按照增量部分给予补助；对首台（套）重大技术装备实现销售的企业，按销售额给予奖励。"
            ),
            SEC("鼓励企业建设智能工厂和数字化车间，对经认定的市级智能工厂给予配套支持。"),
            X("<section><h3><strong>三、强化人才保障</strong></h3></section>", body=["三、强化人才保障"]),
            SEC("对企业引进的紧缺人才，在落户、住房和子女入学方面给予支持，并优先配租新片区人才公寓。"),
            SEC("政策自发布之日起施行，有效期五年。企业可通过临港新片区“一网通办”专栏在线提交申请。"),
            X(
                '<section style="font-size:15px;letter-spacing:1px;line-height:1.75em;"><p><span style="font-size:15px;">'
                "新片区相关负责人表示，此次政策突出精准性和可操作性，将与市级政策形成叠加效应，进一步增强新片区对智能制造企业的吸引力。"
                "临港及周边厂房、研发楼、工业土地租售，请致电王经理800-820-5106，或添加微信shcf_wang2026。</span></p></section>",
                body=[
                    "新片区相关负责人表示，此次政策突出精准性和可操作性，将与市级政策形成叠加效应，进一步增强新片区对智能制造企业的吸引力。"
                ],
                removed=[
                    (
                        "site_contact",
                        "临港及周边厂房、研发楼、工业土地租售，请致电王经理800-820-5106，或添加微信shcf_wang2026。",
                    )
                ],
            ),
            X(
                '<section style="font-size:13px;color:#888888;"><p>文字：临港新片区管委会<br/>图片：张宇辰<br/>编辑：梁晓雯</p></section>',
                removed=[("wechat", "文字：临港新片区管委会\n图片：张宇辰\n编辑：梁晓雯")],
            ),
            IMG("2026/02/lgcygc-qr.jpg", "长按识别二维码关注我们", family="wechat"),
        ],
    )
)

PAGES.append(
    Page(
        id=19014,
        title="嘉定工业区智造园二期标准厂房招商公告",
        when="2026-06-03 14:50",
        category=3,
        tags=(13, 35),
        families=("wechat",),
        source="嘉定工业区",
        note="traps: a park's own notice with spec table, numbered entry conditions and its own 招商热线/联系人 section; wechat header, 在看 prompt and the platform's interface text at bottom",
        blocks=[
            SECJ("wechat", "嘉定工业区　2026-06-03 11:20", style="margin-bottom:10px;"),
            SEC(
                "嘉定工业区智造园二期项目已竣工验收，现面向社会公开招商。项目位于嘉定工业区北区，共建有4栋多层标准厂房，总建筑面积约6.8万平方米。"
            ),
            SEC("项目基本情况如下："),
            TABLE(
                [
                    ["楼号", "建筑面积（㎡）", "层高（m）", "承重（t/㎡）", "租金（元/㎡/天）"],
                    ["1号楼", "18200", "首层8/二层以上5.4", "首层3/楼上1", "1.25"],
                    ["2号楼", "16800", "首层8/二层以上5.4", "首层3/楼上1", "1.25"],
                    ["3号楼", "17400", "首层7.5/二层以上5", "首层2/楼上0.8", "1.15"],
                    ["4号楼", "15600", "首层7.5/二层以上5", "首层2/楼上0.8", "1.15"],
                ]
            ),
            SEC("入驻企业应符合以下条件："),
            SEC("1. 属于智能传感器、新能源汽车零部件、高端装备等园区主导产业；"),
            SEC("2. 单个项目租赁面积原则上不少于2000平方米；"),
            SEC("3. 亩均税收预期达到园区规定标准，注册地和税收地落在嘉定工业区。"),
            SEC("招商热线：021-6995 1288"),
            SEC("联系人：园区招商服务中心 王女士"),
            SEC("地址：嘉定区叶城路1288号园区服务中心三楼"),
            SECJ("wechat", "点亮“在看”，你最好看！"),
            SECJ("wechat", "预览时标签不可点"),
            SECJ("wechat", "微信扫一扫关注该公众号"),
        ],
    )
)

PAGES.append(
    Page(
        id=19015,
        title="上海高标仓空置率见顶了吗？三个信号值得关注",
        when="2026-08-19 20:30",
        category=7,
        tags=(27, 37),
        families=("wechat",),
        source="仓储圈",
        note="wechat repost: 以下文章来源于 header on top; 声明 + 推荐阅读 list at bottom; trap: a paragraph about a 微信公众号 survey is content",
        blocks=[
            SECJ("wechat", "以下文章来源于仓储圈 ，作者李航", style="background:#f7f7f7;padding:8px;"),
            SEC(
                "经历了连续两年的供应高峰，上海高标准仓库市场的空置率在今年二季度出现了企稳迹象。多家机构的最新数据显示，全市高标仓空置率环比下降约1个百分点。"
            ),
            SEC(
                "信号一：新增供应明显放缓。今年全市计划交付的高标仓面积不到去年的一半，且主要集中在青浦、嘉定等需求较好的板块。"
            ),
            SEC(
                "信号二：电商和第三方物流企业重新扩仓。随着消费旺季备货，一些头部电商平台在上海西部新签了多个万平方米级的租约。"
            ),
            SEC(
                "信号三：租金降幅收窄。部分业主不再一味降价，而是通过改善装卸设施、增加屋顶光伏等方式提升产品竞争力。"
            ),
            SEC(
                "我们在本公众号发起的一项读者调查也显示，超过六成受访的物流企业负责人认为，明年上海仓储租金将“基本持平”或“小幅回升”。"
            ),
            SEC("当然，市场分化仍将持续。区位偏远、配套不足的项目，去化压力依然不小。"),
            SECJ(
                "wechat",
                "声明：本文转载自仓储圈，版权归原作者所有，如有侵权请联系删除。",
                style="text-align:left;",
            ),
            SECJ("wechat", "推荐阅读", style="text-align:left;font-weight:bold;"),
            SECJ("wechat", "冷库投资，为什么越来越难赚钱？", style="text-align:left;"),
            SECJ("wechat", "一文读懂仓库消防验收新规", style="text-align:left;"),
            SECJ("wechat", "长三角物流地产2026年中盘点", style="text-align:left;"),
        ],
    )
)

# --- 澎湃新闻 -------------------------------------------------------------------------------------------

PAGES.append(
    Page(
        id=19016,
        title="网传“青浦某园区暂停工业用地出让”？园区管委会：不实",
        when="2026-05-08 19:25",
        category=1,
        tags=(49,),
        families=("thepaper",),
        source="澎湃新闻",
        note="thepaper byline standing alone on top; trap: a quoted 声明 and 特此声明 inside the reporting; editor/校对 lines, 报料 hotline and reprint ban at bottom",
        blocks=[
            J("thepaper", "澎湃新闻记者 钱雨蒙", indent=False),
            P(
                "近日，有自媒体发文称“青浦某市级产业园区即日起暂停工业用地出让，已签约项目一律缓建”，引发部分企业关注。"
            ),
            P("5月8日，该园区管委会发布声明予以澄清。声明全文如下："),
            P(
                "“近期网络流传的关于本园区暂停工业用地出让、已签约项目缓建的信息不实。目前园区各项招商和供地工作正常开展，已签约项目按计划推进。对恶意编造、传播不实信息的行为，我委将依法追究相关责任。特此声明。”"
            ),
            P(
                "园区管委会相关负责人向澎湃新闻介绍，今年以来园区已完成3宗工业用地出让，另有4个项目正在办理供地手续，“不存在暂停出让的情况”。"
            ),
            P(
                "该负责人分析，传言可能源于园区近期对部分长期闲置地块启动处置程序，“处置低效用地和暂停出让是两回事，前者恰恰是为了给优质项目腾出空间”。"
            ),
            P(
                "一位在园区内签约的企业负责人表示，看到传言后第一时间与园区招商部门核实，目前项目已取得施工许可，预计年内开工。"
            ),
            J("thepaper", "责任编辑：黄霁洁　图片编辑：陈飞燕", indent=False),
            J("thepaper", "校对：刘威", indent=False),
            J("thepaper", "澎湃新闻报料：021-962866", indent=False),
            J("thepaper", "澎湃新闻，未经授权不得转载", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=19017,
        title="青浦区2026年度产业园区提质增效专项资金申报启动",
        when="2026-03-12 10:00",
        category=2,
        tags=(45, 23),
        families=("thepaper",),
        source="上海青浦",
        note="澎湃号·政务: account header and 来源 line on top, 澎湃号 特别声明 at bottom; traps: numbered application conditions and the notice's own contact section (联系人, landline, gov e-mail)",
        blocks=[
            J("thepaper", "上海青浦　2026-03-12 09:30　来源：澎湃新闻·澎湃号·政务", indent=False),
            P("为推动产业园区提质增效，青浦区经委近日启动2026年度产业园区提质增效专项资金申报工作。"),
            H("一、支持对象", "h3"),
            P("在青浦区范围内经认定的产业园区运营主体，以及在园区内实施厂房改造、智能化升级的企业。"),
            H("二、申报条件", "h3"),
            P("1.在青浦区依法注册、具有独立法人资格，财务制度健全；"),
            P("2.园区主导产业明确，近两年亩均税收达到区定标准；"),
            P("3.改造项目已取得相关审批手续，且在2025年1月1日后开工；"),
            P("4.申报单位近三年无严重失信记录。"),
            H("三、申报时间", "h3"),
            P("即日起至2026年4月15日，逾期不予受理。"),
            H("四、联系方式", "h3"),
            P("联系人：区经委产业发展科 周老师"),
            P("联系电话：021-5973 2216"),
            P("电子邮箱：cyfzk@shqp.gov.cn"),
            J("thepaper", PAPER_NOTE),
        ],
    )
)

# --- 东方网 ---------------------------------------------------------------------------------------------

PAGES.append(
    Page(
        id=19018,
        title="金山湾区化工新材料产业园新签约项目总投资超50亿元",
        when="2026-08-21 16:30",
        category=1,
        tags=(23,),
        families=("eastday",),
        source="东方网",
        note="eastday 发布时间/来源/作者 header on top, glued 东方网记者 dateline kept, 编辑 line + 转载 notice at bottom",
        blocks=[
            J("eastday", "发布时间：2026年08月21日 15:42　来源：东方网　作者：刘晓晶", indent=False),
            P(
                "东方网记者刘晓晶8月20日报道：今天，金山湾区化工新材料产业园举行重点项目集中签约仪式，6个项目现场签约，总投资超过50亿元，涉及高性能树脂、电子化学品和可降解材料等领域。"
            ),
            P(
                "据介绍，签约项目中有3个为已在园企业的增资扩产项目，另有3个为新引进项目，其中1个为外资企业在华设立的首个电子化学品生产基地。"
            ),
            P(
                "金山区有关负责人表示，园区将加快推进“腾笼换鸟”，持续淘汰低效落后产能，把有限的土地和环境容量留给高附加值项目。"
            ),
            P(
                "近年来，园区围绕“延链、补链、强链”开展精准招商，新材料产业产值占比逐年提升，已形成从基础原料到终端应用的较完整产业链。"
            ),
            P(
                "当天，园区还发布了面向中小企业的“共享中试基地”服务，企业可按需租用中试装置和检测设备，降低新产品研发成本。"
            ),
            J("eastday", "编辑：王佳妮", indent=False),
            J("eastday", "转载请注明出处，违者必究。", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=19019,
        title="浦东康桥工业区老厂房改造升级 “旧厂房”变身“新智造”",
        when="2026-05-10 09:20",
        category=3,
        tags=(33, 35),
        families=("eastday", "site_contact"),
        source="东方网",
        note="eastday's run-together 发布时间…手机看视频 line and two column-list lines on top; contact in a styled <span> with <strong> label and full-width spaces at the bottom",
        blocks=[
            J("eastday", "发布时间：2026年05月09日 09:05进入复兴论坛来源：东方网手机看视频", indent=False),
            J("eastday", "第812期：老厂房里的新故事", indent=False),
            J("eastday", "第811期：城市更新如何留住烟火气", indent=False),
            P(
                "东方网通讯员陈颖5月9日报道：在浦东康桥工业区，一批建于上世纪九十年代的老厂房正在“脱胎换骨”。通过加层、加固和功能改造，原本低矮破旧的单层厂房变成了配有大型货梯和中央空调的多层智造空间。"
            ),
            P(
                "康桥工业区相关负责人介绍，园区内现有存量厂房约200万平方米，其中近三成建成超过25年，普遍存在层高不足、承重偏低、消防设施老化等问题，难以满足新兴产业的使用需求。"
            ),
            P(
                "为此，园区联合区属企业成立城市更新平台，对产权清晰、改造条件较好的地块实施收购或合作改造。首批改造的3个项目已完工，新增建筑面积约8万平方米。"
            ),
            P(
                "改造后的厂房主要面向医疗器械、智能终端和新能源汽车零部件企业。目前首批项目出租率已超过七成，租金较改造前提高约一倍。"
            ),
            P(
                "“改造不是简单刷墙，而是按照产业需求重新设计。”项目设计负责人说，改造中特别增加了货车坡道和卸货平台，方便企业物流进出。"
            ),
            P(
                "下一步，康桥工业区将结合“工业上楼”政策，继续推进存量厂房更新，力争到2028年完成改造面积超过50万平方米。"
            ),
            X(
                f'<p>{INDENT}<span style="color:#c00000;"><strong>上海厂房招商联系人：</strong></span>'
                "陆建锋　021-6191-7735　手机/微信 18917735206</p>",
                removed=[
                    ("site_contact", "上海厂房招商联系人：陆建锋　021-6191-7735　手机/微信 18917735206")
                ],
            ),
        ],
    )
)

# --- 政府网站 -------------------------------------------------------------------------------------------

PAGES.append(
    Page(
        id=19020,
        title="松江区关于促进产业园区高质量发展的实施意见（节选）",
        when="2026-03-20 15:00",
        category=2,
        tags=(12, 45, 23),
        families=("gov",),
        source="上海市松江区人民政府",
        note="12 real paragraphs; gov page: 字号 tools and 索引号/发布机构/发布日期 metadata in a div on top; traps: numbered articles, the office's contact section; 打印/关闭 and 分享到 tools at bottom",
        blocks=[
            J("gov", "【字体：大 中 小】", indent=False),
            X(
                '<div class="xxgk_info">\n<p>索引号：SJ0026-2026-00318</p>\n<p>发布机构：松江区经济委员会</p>\n'
                "<p>发布日期：2026-03-19</p>\n</div>",
                removed=[
                    ("gov", "索引号：SJ0026-2026-00318"),
                    ("gov", "发布机构：松江区经济委员会"),
                    ("gov", "发布日期：2026-03-19"),
                ],
            ),
            P("各镇人民政府、街道办事处，区政府各委、办、局，各园区管理机构："),
            P("为推动全区产业园区高质量发展，提升土地利用效率和产业集聚度，结合本区实际，提出如下实施意见。"),
            H("一、明确园区功能定位", "h3"),
            P(
                "（一）聚焦长三角G60科创走廊建设，围绕集成电路、生物医药、智能制造装备等产业集群，推动各园区形成“一园一主业”的发展格局。"
            ),
            P("（二）对主导产业不明确、亩均效益偏低的园区，实施分类整治和整合提升。"),
            H("二、提升园区空间品质", "h3"),
            P("（三）支持园区运营主体对存量厂房实施改造，鼓励建设高层标准厂房和智造空间。"),
            P("（四）新建工业项目容积率原则上不低于2.0，鼓励有条件的项目按照“工业上楼”标准建设。"),
            H("三、强化园区服务保障", "h3"),
            P("（五）建立园区企业服务专员制度，为入驻企业提供政策咨询、审批代办和要素对接服务。"),
            P("本意见自2026年4月1日起施行，有效期至2030年12月31日。"),
            P("联系单位：松江区经济委员会园区管理科，联系电话：021-3773 5620。"),
            J("gov", "【打印本页】【关闭窗口】", indent=False),
            J("gov", "分享到：", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=19021,
        title="上海新一批特色产业园区名单公布 全市特色园区增至60个",
        when="2026-07-16 10:30",
        category=1,
        tags=(23,),
        families=("gov",),
        source="上海市经济和信息化委员会",
        note="gov 来源/发布时间 line on top, QR prompt + 打印/关闭 tools at bottom; trap: a list of park names, one per paragraph",
        blocks=[
            J("gov", "来源：上海市经济和信息化委员会　　发布时间：2026-07-15", indent=False),
            P(
                "经各区推荐、专家评审和社会公示，市经济信息化委近日公布新一批上海市特色产业园区名单，共8个园区入选。至此，全市特色产业园区总数增至60个。"
            ),
            P("新一批特色产业园区名单如下："),
            P("1. 嘉定氢能港", indent=False),
            P("2. 松江G60脑智科创基地", indent=False),
            P("3. 闵行马桥人工智能创新试验区二期", indent=False),
            P("4. 青浦西虹桥北斗导航产业园", indent=False),
            P("5. 奉贤东方美谷生物医药园区", indent=False),
            P("6. 金山碳谷绿湾新材料园区", indent=False),
            P("7. 宝山超能新材料科创园", indent=False),
            P("8. 临港新片区无人驾驶创新产业园", indent=False),
            P(
                "市经济信息化委表示，特色产业园区将坚持“小而精、专而强”，聚焦细分赛道打造产业生态，原则上每个园区明确1至2个主导产业，主导产业企业产值占比不低于60%。"
            ),
            P("入选园区将在市级专项资金、重大项目布局和招商推介等方面获得支持，并实行动态评估、末位调整。"),
            J("gov", "扫一扫在手机打开当前页", indent=False),
            J("gov", "【打印本页】【关闭窗口】", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=19022,
        title="嘉定新城一研发总部园区结构封顶",
        when="2026-10-29 17:10",
        category=1,
        tags=(13,),
        families=("gov", "site_contact"),
        source="嘉定区融媒体中心",
        note="short gov-site article (3 paragraphs): 来源 line on top, 责任编辑 line at bottom, then a zsbox contact with another salesperson and a dashed 400 number",
        blocks=[
            J("gov", "信息来源：嘉定区融媒体中心　发布日期：2026-10-29", indent=False),
            P(
                "10月28日，嘉定新城一处研发总部园区主体结构顺利封顶。项目总建筑面积约12万平方米，由8栋研发办公楼和1栋配套服务楼组成，计划于2027年下半年竣工交付。"
            ),
            P("园区定位为智能网联汽车和软件信息企业的研发总部集聚区，目前已有3家企业签订入驻意向协议。"),
            P("项目建成后，将与周边的汽车创新港、新城核心区形成联动，进一步完善嘉定新城的产业和商务配套。"),
            J("gov", "责任编辑：嘉定区政府办", indent=False),
            ZSBOX(
                "罗嘉伟",
                "嘉定新城研发楼/厂房租售热线：",
                "400-186-2021",
                "手机：",
                ["18621627390", "13916620418", "15900921735"],
                "来电请说明需求面积、所属行业、注册和税收情况，以便精准推荐。",
                "扫一扫添加罗嘉伟微信，获取最新房源",
            ),
        ],
    )
)

# --- 新民晚报 -------------------------------------------------------------------------------------------

PAGES.append(
    Page(
        id=19023,
        title="闵行马桥一园区“人才公寓+厂房”组合招商受青睐",
        when="2026-09-22 18:40",
        category=3,
        tags=(35, 47),
        families=("xinmin",),
        source="新民晚报",
        note="glued 新民晚报讯 dateline kept; 原标题 line on top; editor line and app promo at bottom",
        original_title="马桥园区招商有新招：厂房配公寓，人才住得近",
        blocks=[
            J("xinmin", "原标题：马桥园区招商有新招：厂房配公寓，人才住得近", indent=False),
            P(
                "新民晚报讯（记者 杨硕）厂房和人才公寓“打包”出租，这是闵行马桥一产业园区近期推出的招商新举措。记者昨天从园区获悉，推出两个月以来，已有9家企业签约，其中5家同时租用了配套的人才公寓。"
            ),
            P(
                "该园区位于马桥人工智能创新试验区内，园区内建有标准厂房约10万平方米，配套人才公寓约600套。园区方面表示，企业租用厂房满一定面积，即可按优惠价格配租公寓，解决员工“最后一公里”的居住问题。"
            ),
            P(
                "一家智能装备企业的行政负责人告诉记者，公司不少技术工人来自外省市，以前住在十几公里外，通勤不便，“现在走路十分钟就能到车间，招人也容易多了”。"
            ),
            P(
                "业内人士认为，随着产业园区竞争加剧，单纯比拼租金已难以打动企业，“产城融合”的配套服务正成为园区招商的关键筹码。"
            ),
            J("xinmin", "编辑：张钰芸", indent=False),
            J("xinmin", "下载新民APP，看更多上海新闻", indent=False),
        ],
    )
)

# --- 中央与行业媒体 ----------------------------------------------------------------------------------------

PAGES.append(
    Page(
        id=19024,
        title="长三角产业园区协同发展调查：从“各自招商”到“联合招商”",
        when="2026-04-22 08:30",
        category=5,
        tags=(15, 22),
        families=("cet",),
        source="中国经济时报",
        note="cet byline standing alone on top; 来源 line and 责任编辑 at bottom",
        blocks=[
            J("cet", "中国经济时报记者 张海鹰", indent=False),
            P(
                "长三角地区是我国产业园区最密集的区域之一。过去，各地园区为争夺项目往往“各自为战”，比拼土地价格和税收优惠。近年来，这一局面正在发生变化。"
            ),
            P(
                "在长三角G60科创走廊九城市之间，“联合招商”逐渐成为常态。九城市定期举办联合招商推介会，共享项目信息，对于不适合在本地落地的项目，主动推荐给走廊内其他城市。"
            ),
            P(
                "“一个项目在哪里落地，关键看产业链配套在哪里最完整。”一位参与联合招商的园区负责人说，与其让企业在几个城市之间反复比较优惠政策，不如帮企业找到最合适的落脚点。"
            ),
            P(
                "跨区域共建园区也在加快推进。上海与江苏、浙江、安徽多地合作共建的产业园区，采取“上海品牌+当地资源”的模式，由上海方面输出管理和招商经验，地方负责土地和基础设施保障，收益按约定比例分成。"
            ),
            P(
                "记者调查发现，协同发展仍面临一些障碍。比如，跨省项目的统计归属和税收分享机制尚不完善，部分地方对项目外流仍存在顾虑。"
            ),
            P(
                "受访专家建议，应加快建立长三角统一的园区评价标准和项目信息平台，完善跨区域利益共享机制，推动园区从同质竞争走向错位发展。"
            ),
            J("cet", "来源：中国经济时报", indent=False),
            J("cet", "责任编辑：王彦田", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=19025,
        title="“15分钟产业服务圈”：上海如何为园区企业做好配套",
        when="2026-06-30 11:25",
        category=5,
        tags=(22, 23),
        families=("chinacity",),
        source="中国城市报",
        note="chinacity byline and 来源 line on top, 人民网-style (责编：…) line at bottom",
        blocks=[
            J("chinacity", "中国城市报记者 崔方舟", indent=False),
            J("chinacity", "来源：中国城市报", indent=False),
            P(
                "在上海，越来越多的产业园区开始把“服务”作为吸引企业的核心竞争力。近年来，上海多个区提出打造“15分钟产业服务圈”，让园区企业在步行或短途通勤范围内就能获得政务、金融、检测、餐饮和居住等服务。"
            ),
            P(
                "在徐汇漕河泾开发区，园区服务中心集成了工商注册、税务咨询、人才服务等事项，企业办事“不出园区”。园区周边新建的人才公寓和商业综合体，也在一定程度上缓解了员工的居住和生活配套难题。"
            ),
            P(
                "在嘉定、青浦等郊区园区，配套短板更为明显。一些园区通过引入共享食堂、开通园区接驳班车、建设职工活动中心等方式，逐步补齐生活服务设施。"
            ),
            P(
                "专家指出，产业园区的竞争正在从“拼政策”转向“拼生态”，完善的配套服务能够降低企业综合成本，提升人才留存率，是园区长期发展的重要支撑。"
            ),
            J("chinacity", "(责编：袁勃、王亚宁)", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=19026,
        title="上海一文创产业园设立版权服务工作站 帮园区企业维权",
        when="2026-04-26 15:45",
        category=1,
        tags=(23,),
        families=("cien",),
        source="中国产经新闻",
        note="trap: paragraphs about 版权, 转载 and a 微信公众号 as news content; cien byline on top, the outlet's own copyright/reprint notice at bottom",
        blocks=[
            J("cien", "中国产经新闻记者 赵晓娟", indent=False),
            P(
                "4月26日是世界知识产权日。当天，位于上海市静安区的一家文创产业园正式设立版权服务工作站，为园区内的设计、动漫和新媒体企业提供版权登记、监测和维权服务。"
            ),
            P(
                "园区负责人介绍，园区集聚了200多家文创企业，其中不少是中小设计工作室。过去，这些企业的设计图稿、短视频作品经常被未经授权转载、盗用，但由于维权成本高、周期长，很多企业只能“吃哑巴亏”。"
            ),
            P(
                "工作站设立后，企业可在园区内完成作品版权登记，平均办理时间缩短至5个工作日。工作站还与专业机构合作，对企业作品在主要网络平台上的转载和使用情况进行监测，一旦发现侵权线索，可协助企业取证和发函。"
            ),
            P(
                "一家插画工作室的负责人说，去年公司发布在微信公众号上的一组原创插画被多家商家直接用于商品包装，“以前不知道怎么办，现在有工作站帮忙，心里踏实多了”。"
            ),
            P(
                "据悉，该工作站是上海市在产业园区布局的第十个版权服务站点。相关部门表示，将推动更多产业园区建立知识产权服务机制，营造尊重原创、保护创新的营商环境。"
            ),
            J(
                "cien",
                "版权声明：凡注明“来源：中国产经新闻”的所有作品，版权均属于中国产经新闻，未经授权不得转载、摘编或以其他方式使用。",
                indent=False,
            ),
        ],
    )
)

PAGES.append(
    Page(
        id=19027,
        title="上海市北高新技术服务业园区简介",
        when="2025-12-28 13:00",
        category=3,
        tags=(23,),
        families=("cyyqw",),
        source="产业园区网",
        note="park-directory site: 发布时间/浏览次数 line on top; trap: a park facts table; site 声明 and 上一篇/下一篇 interface text at bottom",
        blocks=[
            J("cyyqw", "发布时间：2025-12-27　浏览次数：1286　来源：产业园区网", indent=False),
            P(
                "上海市北高新技术服务业园区位于静安区北部，是上海市首批生产性服务业功能区之一，规划面积约3.13平方公里。"
            ),
            P(
                "园区以大数据、云计算、人工智能等新一代信息技术产业为主导，集聚了一批数据智能和软件信息服务企业。"
            ),
            P("园区基本信息："),
            TABLE(
                [
                    ["项目", "内容"],
                    ["所在区域", "静安区"],
                    ["规划面积", "约3.13平方公里"],
                    ["主导产业", "大数据、人工智能、软件信息服务"],
                    ["载体类型", "研发办公、总部楼宇、孵化器"],
                    ["交通", "轨道交通1号线、7号线"],
                ],
                header="td",
            ),
            P("园区内建有多个专业孵化器和众创空间，为初创企业提供办公空间、创业辅导和投融资对接等服务。"),
            J("cyyqw", "声明：本站部分内容来源于网络，版权归原作者所有，如有侵权请联系删除。", indent=False),
            X(
                '<div class="prenext"><p>上一篇：上海张江高科技园区简介</p><p>下一篇：漕河泾新兴技术开发区简介</p></div>',
                removed=[
                    ("cyyqw", "上一篇：上海张江高科技园区简介"),
                    ("cyyqw", "下一篇：漕河泾新兴技术开发区简介"),
                ],
            ),
        ],
    )
)

PAGES.append(
    Page(
        id=19028,
        title="青浦华新镇单层厂房出租 3600平方米 可环评",
        when="2026-08-05 10:20",
        category=3,
        tags=(35,),
        families=("changfang", "site_contact"),
        source="厂房网",
        note="listing site: trap: the listing's own spec lines (one <p> of <br/> lines) are real; 厂房网 header, editor note and disclaimer; the site's contact as two <p> with a <strong> label",
        blocks=[
            J("changfang", "厂房网　2026-08-04　编号：CF20260804117", indent=False),
            P(
                "青浦区华新镇工业园区内单层厂房出租，独门独院，可环评，适合机械加工、五金制品、包装印刷等行业。"
            ),
            BR(
                [
                    "面积：3600平方米（可分租，最小1800平方米）",
                    "层高：滴水9米",
                    "行车：可安装10吨行车",
                    "配电：400KVA",
                    "租金：0.9元/平方米/天",
                ]
            ),
            P("厂房距离G15沈海高速入口约5公里，周边物流便利，园区内有员工食堂和停车场。"),
            P("产权清晰，可办理营业执照和环评，租期三年起。"),
            J("changfang", "以上房源信息由厂房网整理发布，更多上海厂房出租信息请关注厂房网。", indent=False),
            J("changfang", "免责声明：房源信息以实地看房为准，本站不对信息的真实性承担责任。", indent=False),
            X(
                f"<p>{INDENT}<strong>【中国产业园区招商网】看厂预约：</strong>蒋工 138-1744-2056</p>\n"
                f"<p>{INDENT}或拨打招商专线 021 6789 5320（工作日9:00-18:00）</p>",
                removed=[
                    ("site_contact", "【中国产业园区招商网】看厂预约：蒋工 138-1744-2056"),
                    ("site_contact", "或拨打招商专线 021 6789 5320（工作日9:00-18:00）"),
                ],
            ),
        ],
    )
)

PAGES.append(
    Page(
        id=19029,
        title="园区里建起“职工驿站” 临港产业工人有了“第二个家”",
        when="2026-05-01 08:20",
        category=1,
        tags=(47,),
        families=("workercn",),
        source="工人日报",
        note="workercn: 来源 line on top, glued 本报讯 dateline kept; trap: the 12351 hotline in a sentence of reporting; 责任编辑 and the outlet's IP/reprint notice at bottom",
        blocks=[
            J("workercn", "来源：工人日报", indent=False),
            P(
                "本报讯（记者 钱培坚）午休时间，在临港新片区一处智能制造产业园的职工驿站里，几名刚下夜班的产业工人正在休息区充电、热饭。这是园区今年新建成的第五个职工驿站。"
            ),
            P(
                "据介绍，这些驿站由园区工会联合企业共同建设，配有休息室、母婴室、阅览区和健身角，园区内近2万名职工都可免费使用。"
            ),
            P(
                "驿站还定期开展法律咨询、心理疏导和技能培训等活动。职工遇到劳动纠纷或生活困难，可在驿站现场登记，也可拨打12351职工服务热线反映诉求，工会将在规定时限内给予回复。"
            ),
            P(
                "“以前下了班只能在车里休息，现在有个地方能坐下来喝口热水，感觉园区更有人情味了。”一名设备维修工说。"
            ),
            P(
                "临港新片区总工会表示，下一步将推动驿站覆盖新片区所有重点产业园区，让产业工人在园区里“工作得安心、生活得舒心”。"
            ),
            J("workercn", "责任编辑：王珊", indent=False),
            J(
                "workercn",
                "本网（中工网）所刊载内容之知识产权为工人日报社及/或相关权利人专属所有或持有。未经许可，禁止进行转载、摘编、复制及建立镜像等任何使用。",
                indent=False,
            ),
        ],
    )
)

PAGES.append(
    Page(
        id=19030,
        title="从“一张蓝图”到“一个市场”：长三角一体化下的产业园区变局",
        when="2026-10-23 07:50",
        category=5,
        tags=(15, 22, 23),
        families=("xinhua",),
        source="新华每日电讯",
        note="10 real paragraphs; 来源 line and a standalone reporters' byline on top, xinhua.net 【纠错】【责任编辑】 line at bottom",
        blocks=[
            J("xinhua", "来源：新华每日电讯", indent=False),
            J("xinhua", "新华每日电讯记者 周蕊 何欣荣", indent=False),
            P(
                "清晨，一辆满载汽车零部件的货车从江苏昆山的工厂出发，一个多小时后抵达上海嘉定的整车厂。在长三角，这样的“跨省通勤”每天都在发生。"
            ),
            P(
                "长三角一体化发展上升为国家战略以来，区域内产业分工协作不断深化。产业园区作为承载产业的主阵地，正经历一场深刻变局。"
            ),
            P(
                "变局之一，是园区之间的关系从竞争走向合作。沪苏浙皖共建的产业合作园区已超过百家，一些园区实现了规划、招商、管理和利益分享的一体化。"
            ),
            P(
                "变局之二，是园区的功能从“生产”走向“创新+生产”。上海张江、苏州工业园区、杭州未来科技城、合肥高新区等园区，纷纷布局大科学装置、新型研发机构和概念验证中心。"
            ),
            P(
                "变局之三，是园区的形态从“平面”走向“立体”。土地资源紧约束下，“工业上楼”在长三角多地推广，高层厂房、垂直工厂不断涌现。"
            ),
            P(
                "在浙江嘉善，一处祥符荡科创绿谷内的研发楼里，入驻了多家从上海外溢的创新团队。“在这里租金只有上海的一半，到虹桥枢纽也只要半小时。”一位创业者说。"
            ),
            P(
                "在安徽芜湖，一家上海企业投资建设的机器人生产基地，已成为当地机器人产业链的“链主”，带动20多家配套企业落户。"
            ),
            P(
                "专家认为，长三角产业园区变局的背后，是区域统一大市场建设的持续推进。要素流动更顺畅，企业就能在更大范围内优化布局。"
            ),
            P(
                "不过，一体化仍有“最后一公里”要打通。有企业反映，跨省迁移时资质重新认定、数据不互通等问题依然存在。"
            ),
            P(
                "受访人士表示，下一步应在统一市场准入、统一监管规则、统一公共服务等方面持续发力，让长三角的产业园区真正“一网联通、一体发展”。"
            ),
            J("xinhua", "【纠错】 【责任编辑：王晓晔】", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=19031,
        title="上海出台措施支持“工业上楼”：容积率上限放宽 审批时间压缩",
        when="2026-09-17 12:35",
        category=2,
        tags=(33, 45),
        families=("gmw",),
        source="光明日报客户端",
        note="gmw: 来源 line and standalone reporters' byline on top; the print-edition credit and [ 责编 ] line at bottom",
        blocks=[
            J("gmw", "来源：光明日报客户端", indent=False),
            J("gmw", "光明日报记者 颜维琦 曹继军", indent=False),
            P(
                "近日，上海市出台进一步支持“工业上楼”的若干措施，在容积率、建设标准、审批流程等方面作出调整，为制造业发展拓展空间。"
            ),
            P(
                "措施明确，对符合条件的智造空间项目，容积率上限可适当放宽；对按照“工业上楼”标准建设的项目，开辟审批绿色通道，压缩审批时间。"
            ),
            P(
                "措施还提出，制定智造空间建设导则，明确层高、荷载、货梯配置等技术要求，引导建设单位按照产业实际需求设计厂房。"
            ),
            P(
                "上海市有关部门负责人表示，“工业上楼”不是简单地把厂房盖高，而是要让高层厂房真正适合生产。今后将加强对已建项目使用情况的跟踪评估，及时优化政策。"
            ),
            J("gmw", "《光明日报》（2026年09月17日 07版）", indent=False),
            J("gmw", "[ 责编：张倩 ]", indent=False),
        ],
    )
)

# --- 地方媒体 -------------------------------------------------------------------------------------------

PAGES.append(
    Page(
        id=19032,
        title="嘉善平湖加速承接上海产业外溢 沪浙合作园区项目签约提速",
        when="2026-03-06 09:40",
        category=5,
        tags=(15, 22),
        families=("zjol", "site_contact"),
        source="浙江日报",
        note="glued 本报嘉兴 dateline kept; a 来源 note glued to the last paragraph is cut; the site's contact as a plain line with an 800 number and a QR image with caption",
        blocks=[
            P(
                "本报嘉兴3月5日电（记者 许雅文 通讯员 沈佳）开年以来，嘉兴嘉善、平湖两地与上海合作共建的产业园区项目签约明显提速。截至目前，两地已签约来自上海的产业项目27个，总投资超过120亿元。"
            ),
            P(
                "在嘉善的一处沪浙合作园区，园区管理方由上海一家园区运营企业派驻，招商团队常驻上海，“项目在上海谈、在嘉善落”已成为常态。"
            ),
            P(
                "平湖则依托毗邻金山、靠近洋山港的区位，重点承接汽车零部件、智能装备和跨境物流项目。一家从上海松江扩产而来的精密制造企业，从签约到开工只用了四个月。"
            ),
            P(
                "两地有关负责人表示，将进一步对标上海营商环境，推动政务服务跨省通办，让企业在浙江也能享受“上海速度”。"
            ),
            TAIL(
                "业内人士认为，嘉善、平湖等地承接上海产业外溢，既缓解了上海的空间约束，也为浙江接轨上海、融入长三角一体化提供了有力支撑。",
                "zjol",
                "（来源：浙江日报）",
            ),
            J("site_contact", "上海周边厂房、仓库、工业土地租售，请联系周经理：800-820-3376", indent=False),
            IMG("2026/03/qr-zhoujl.jpg", "长按识别二维码　添加周经理微信", family="site_contact"),
        ],
    )
)

PAGES.append(
    Page(
        id=19033,
        title="温商在沪设立研发中心 温州产业园区借力上海创新资源",
        when="2026-07-07 10:15",
        category=5,
        tags=(22,),
        families=("wzrb",),
        source="温州都市报",
        note="wzrb: reporter/通讯员 byline standing alone on top; 编辑/审核 <br/> block and a reprint notice at bottom",
        blocks=[
            J("wzrb", "温州都市报记者 叶佳 通讯员 林涛", indent=False),
            P(
                "在上海闵行的一栋研发楼里，一家温州电气企业的研发中心已运行两年。研发中心负责人说，上海聚集了大量高端人才和高校资源，“在这里设研发中心，招人比在温州容易得多”。"
            ),
            P(
                "近年来，越来越多的温州企业采取“上海研发、温州制造”的模式。据不完全统计，温州企业已在上海设立研发机构100多家，涉及电气、泵阀、鞋服和汽摩配等传统优势产业。"
            ),
            P(
                "温州经开区、瓯江口产业集聚区等园区也主动对接上海，通过建立“科创飞地”、共建联合实验室等方式，把上海的创新成果引回温州转化。"
            ),
            P(
                "温州市有关部门表示，将出台支持企业在沪设立研发机构的专项政策，对研发投入、人才引进和成果转化给予奖励。"
            ),
            BR(["编辑：陈乐乐", "审核：潘晓东"], family="wzrb"),
            J("wzrb", "本文为温州都市报原创，转载请注明来源。", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=19034,
        title="台州湾新区与上海临港签署园区合作协议",
        when="2026-11-03 16:50",
        category=1,
        tags=(23,),
        families=("tzrb",),
        source="台州日报",
        note="short article (2 paragraphs, trap) with glued 本报讯 dateline kept; 来源/编辑 lines at bottom",
        blocks=[
            P(
                "本报讯（记者 王聪 通讯员 林一凡）11月2日，台州湾新区与上海临港新片区在上海签署园区合作协议，双方将在新能源汽车、航空航天和海洋装备等领域开展产业协同、联合招商和人才交流。"
            ),
            P(
                "根据协议，双方将共建“临港—台州湾”产业合作园，由临港方面提供规划咨询和招商资源，台州湾新区提供土地和配套保障，首期规划面积约1.5平方公里。"
            ),
            J("tzrb", "来源：台州日报", indent=False),
            J("tzrb", "编辑：徐佳敏", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=19035,
        title="芜湖经开区“沪芜合作”项目持续放量 上海企业二期扩产落地",
        when="2026-08-27 11:05",
        category=1,
        tags=(15,),
        families=("wuhu",),
        source="芜湖日报",
        note="wuhu: 全媒体记者 byline on top; one <p> of <br/> lines 来源/编辑/审核 at bottom",
        blocks=[
            J("wuhu", "芜湖日报全媒体记者 许鹏飞 通讯员 陈曦", indent=False),
            P(
                "8月下旬，一家上海机器人企业在芜湖经开区的二期扩产项目正式开工。项目总投资8亿元，建成后将新增工业机器人减速器年产能15万台。"
            ),
            P(
                "该企业负责人介绍，三年前公司将生产基地从上海外迁至芜湖，一期项目投产后订单持续增长，“芜湖的产业配套和政府服务让我们下决心追加投资”。"
            ),
            P(
                "近年来，芜湖经开区主动融入长三角一体化，设立驻上海招商分局，聚焦机器人、新能源汽车和智能家电等产业链开展精准招商。今年以来，园区已签约沪籍企业项目19个。"
            ),
            P("园区还推出“标准地+承诺制”供地模式，企业拿地即可开工，大幅缩短项目建设周期。"),
            BR(["来源：芜湖日报", "编辑：汪琳", "审核：孙伟"], family="wuhu"),
        ],
    )
)

PAGES.append(
    Page(
        id=19036,
        title="上海产业园区“二次开发”提速：存量时代的园区怎么做",
        when="2026-06-18 21:10",
        category=5,
        tags=(23, 33, 49),
        families=("yicai",),
        source="第一财经",
        note="11 real paragraphs with h2 subheadings; yicai 作者/责编 line on top; copyright notice, ad-cooperation promo and 举报 at bottom",
        blocks=[
            J("yicai", "作者：邹臻杰　　责编：任绍敏", indent=False),
            P("当增量土地越来越少，上海的产业园区正加速进入“二次开发”时代。"),
            P(
                "第一财经记者从多个区了解到，今年以来，上海各区推进的存量工业用地更新项目数量明显增加，涉及土地面积超过千亩，改造方式包括拆除重建、加层扩建和功能转换等。"
            ),
            H("从“招商”到“招商+运营”"),
            P(
                "存量时代，园区的盈利模式正在改变。过去依靠土地出让和厂房销售的模式难以为继，越来越多的园区平台开始转向长期持有和运营。"
            ),
            P(
                "一家市级开发区的负责人告诉记者，园区现在的考核重点不再是“卖了多少地”，而是“产出了多少效益”，“我们更愿意把厂房租给成长性好的企业，陪着企业一起长大”。"
            ),
            P(
                "这种转变也对园区的运营能力提出更高要求。能否提供中试平台、检测认证、供应链金融等专业服务，成为园区留住企业的关键。"
            ),
            H("资金从哪里来"),
            P("二次开发需要大量资金。业内人士估算，一个中等规模园区的全面更新改造，投资动辄数十亿元。"),
            P(
                "目前，上海已探索出多种资金筹措路径：区属国企牵头出资、引入社会资本合作开发、发行园区类基础设施公募REITs盘活存量等。"
            ),
            P(
                "一位参与园区REITs项目的投行人士表示，REITs为园区平台提供了“投、融、建、管、退”的闭环，有助于形成可持续的投资循环。"
            ),
            H("警惕“一刀切”"),
            P(
                "也有专家提醒，园区二次开发要尊重产业规律，避免“一刀切”。一些仍在正常生产的老企业，如果被简单地要求搬迁，可能带来就业和供应链的震荡。"
            ),
            P("专家建议，应建立科学的低效用地认定标准，对不同情况的企业分类施策，给企业留出合理的过渡期。"),
            J(
                "yicai",
                "此内容为第一财经原创，著作权归第一财经所有。未经第一财经书面授权，不得以任何方式加以使用，包括转载、摘编、复制或建立镜像。第一财经保留追究侵权者法律责任的权利。如需获得授权请联系第一财经版权部：banquan@yicai.com",
                indent=False,
            ),
            J("yicai", "第一财经广告合作，请点击这里", indent=False),
            J("yicai", "举报", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=19037,
        title="张江机器人谷新一批项目开工 具身智能企业加速集聚",
        when="2026-10-10 13:45",
        category=1,
        tags=(50,),
        families=("jfdaily",),
        source="解放日报·上观新闻",
        note="jfdaily: 来源/作者 line on top, a picture credit under an image in the middle, 栏目主编/文字编辑/题图/图片编辑 <br/> block at bottom",
        blocks=[
            J("jfdaily", "来源：解放日报·上观新闻　作者：俞陶然", indent=False),
            P(
                "10月9日，张江机器人谷又一批产业项目集中开工，涵盖人形机器人整机、核心零部件和具身智能大模型等方向，总投资约35亿元。"
            ),
            P(
                "记者在现场看到，开工项目中有一座面向机器人企业的“中试熟化基地”，建成后将提供整机装配、可靠性测试和小批量试制等服务，帮助初创企业跨越从样机到量产的“死亡之谷”。"
            ),
            IMG("2026/10/zjjqrg-kg.jpg"),
            J("jfdaily", "图片来源：浦东发布", indent=False),
            P(
                "张江机器人谷所在的浦东新区康桥、张江板块，已集聚机器人相关企业100多家。园区负责人表示，今年以来，机器人谷新增签约企业30余家，其中超过一半为具身智能领域的初创企业。"
            ),
            P(
                "为吸引企业入驻，机器人谷提供了一批可定制的研发和生产空间，并设立专项基金，对符合条件的企业给予租金减免和研发补助。"
            ),
            P(
                "业内人士认为，具身智能正处于技术突破和产业化的关键窗口期，张江机器人谷有望依托上海的人工智能和高端制造基础，形成有竞争力的产业集群。"
            ),
            BR(
                ["栏目主编：黄海华　文字编辑：俞陶然", "题图来源：上观题图　图片编辑：邵竞"], family="jfdaily"
            ),
        ],
    )
)

PAGES.append(
    Page(
        id=19038,
        title="宣城经开区新建标准厂房即将交付 已有7家沪企签约",
        when="2026-11-12 10:30",
        category=3,
        tags=(35,),
        families=("xcrb",),
        source="宣城日报",
        note="xcrb: byline on top; a 相关阅读 headline list in the middle; 来源/编辑 line at bottom; trap: a park hotline and WeChat account in a sentence of reporting",
        blocks=[
            J("xcrb", "宣城日报记者 黄剑 通讯员 吴婧", indent=False),
            P(
                "宣城经开区新建的30万平方米标准厂房即将陆续交付。记者日前从园区了解到，已有7家上海企业签订租赁协议，另有十余家企业正在洽谈。"
            ),
            P(
                "这批标准厂房分布在经开区南区，包括单层和多层两种类型，均配备了变配电设施和污水预处理系统，可满足汽车零部件、电子信息和新材料企业的生产需求。"
            ),
            X(
                '<div class="xgyd"><p><strong>相关阅读：</strong></p>'
                "<p>宣城经开区上半年新签约亿元以上项目28个</p>"
                "<p>沪宣产业合作再添新平台</p></div>",
                removed=[
                    ("xcrb", "相关阅读："),
                    ("xcrb", "宣城经开区上半年新签约亿元以上项目28个"),
                    ("xcrb", "沪宣产业合作再添新平台"),
                ],
            ),
            P(
                "经开区有关负责人表示，园区对入驻企业实行“一企一专班”服务，并提供前三年租金减免等优惠。有意向的企业可拨打园区招商服务热线0563-2618 822，或关注“宣城经开区”微信公众号了解厂房详情。"
            ),
            P(
                "据了解，宣城与上海之间的高铁通勤时间已缩短至两小时以内，越来越多沪企将宣城作为扩产的首选地之一。"
            ),
            J("xcrb", "来源：宣城日报　编辑：程玉洁", indent=False),
        ],
    )
)

# --- 本站原创 -------------------------------------------------------------------------------------------

PAGES.append(
    Page(
        id=19039,
        title="松江九亭研发办公+生产厂房出租 1200-8000平方米可分割",
        when="2026-11-16 09:10",
        category=3,
        tags=(12, 35),
        families=("site_contact",),
        source=None,
        note="the site's own listing: trap: a spec table and a conditions list; the site's contact glued after a <br/> to the last real paragraph",
        blocks=[
            P("本项目位于松江区九亭镇，紧邻沪松公路，距离轨道交通9号线九亭站约2公里，交通便利。"),
            P(
                "园区总建筑面积约5.6万平方米，由研发办公楼和多层生产厂房组成，可满足研发、小试、生产一体化需求。"
            ),
            TABLE(
                [
                    ["楼号", "建筑面积（㎡）", "层高（m）", "承重（t/㎡）", "租金（元/㎡/天）"],
                    ["A栋", "8000", "4.5", "0.5", "2.2"],
                    ["B栋", "6200", "首层6/楼上4.5", "首层1.5/楼上0.8", "1.6"],
                    ["C栋", "1200", "6", "1.5", "1.5"],
                ]
            ),
            P("适合行业：电子信息、智能装备、医疗器械、新材料研发等。"),
            P("不接受：化工、喷涂、电镀等有污染的行业。"),
            TAIL(
                "园区可提供注册地址，协助企业办理环评和高新技术企业认定。",
                "site_contact",
                "招商咨询：400-821-9936　微信：shcfck888（同手机）",
                br=True,
            ),
        ],
    )
)

PAGES.append(
    Page(
        id=19040,
        title="嘉定马陆高标准仓库出租 单层12000平方米 带卸货平台",
        when="2026-11-18 15:30",
        category=7,
        tags=(13, 37),
        families=("site_contact",),
        source=None,
        note="the site's own listing: trap: the warehouse's spec lines in one <p> of <br/> lines; a zsbox contact (third name, +86 numbers) at the bottom",
        related=(19039,),
        blocks=[
            P("嘉定区马陆镇高标准仓库出租，位于嘉闵高架与沪宜公路交汇处附近，距离S5沪嘉高速入口约3公里。"),
            BR(
                [
                    "面积：单层12000平方米，可分租4000平方米起",
                    "层高：净高10米",
                    "地坪承重：3吨/平方米",
                    "月台：双边卸货平台，配液压升降平台8个",
                    "消防：丙二类，自动喷淋",
                ],
                indent=True,
            ),
            P("仓库适合电商、快消品、汽车零部件等仓储配送使用，可办理仓储类营业执照。"),
            ZSBOX(
                "许晨阳",
                "上海仓库/物流园/冷库租赁：",
                "+86 21 5187 2260",
                "微信/手机：",
                ["+86 13661832057", "+86 18502177746"],
                "请告知需要的面积、货物类型、是否需要冷库及用途，方便为您精准推荐。",
                "扫码添加许晨阳微信，查看更多仓库房源",
            ),
        ],
    )
)
