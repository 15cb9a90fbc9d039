"""Blind part 3 of the gold set: 40 hand-labelled pages, post ids 14001-14040.

Written blind by an AI helper session (see blind3/README.md for what its author read and did not read, the freeze
time and the composition). Each page is an invented article republished from one outlet with that outlet's
boilerplate, some with the site's own salespeople's contact blocks, labelled by hand per LABELLING.md.
"""

from __future__ import annotations

from build import IMG, INDENT, TABLE, ZSBOX, B, H, J, P, Page, X, esc

# --- small local helpers (markup only; the labels stay hand-written) --------------------------------


def SP(text: str) -> B:
    """A real paragraph in WeChat's section/span wrappers."""
    return X(
        '<section style="margin:0px 8px;line-height:1.75em;"><p><span style="font-size:15px;'
        f'letter-spacing:1px;">{esc(text)}</span></p></section>',
        body=[text],
    )


def SJ(family: str, text: str) -> B:
    """A boilerplate line in WeChat's section/span wrappers."""
    return X(
        '<section style="text-align:center;"><p><span style="font-size:12px;color:rgb(136,136,136);">'
        f"{esc(text)}</span></p></section>",
        removed=[(family, text)],
    )


def BR(lines: list[str], indent: bool = True) -> B:
    """One real paragraph made of <br/>-separated lines."""
    inner = "<br/>".join((INDENT if indent and i == 0 else "") + esc(t) for i, t in enumerate(lines))
    return X(f"<p>{inner}</p>", body=["\n".join(lines)])


def JBR(family: str, lines: list[str], indent: bool = False) -> B:
    """One boilerplate block made of <br/>-separated lines."""
    inner = "<br/>".join((INDENT if indent and i == 0 else "") + esc(t) for i, t in enumerate(lines))
    return X(f"<p>{inner}</p>", removed=[(family, "\n".join(lines))])


def GLUED(real: str, junk: str, family: str, sep: str = "<br/>") -> B:
    """A real paragraph with boilerplate glued after it in the same <p>, cut off after a <br/> or in brackets."""
    return X(f"<p>{INDENT}{esc(real)}{sep}{esc(junk)}</p>", body=[real], removed=[(family, junk)])


PAGES: list[Page] = []

# 14001 东方财富: bottom APP promos, disclaimer, 热点阅读 headlines; zsbox contact (variant A).
PAGES.append(
    Page(
        id=14001,
        title="闵行经开区前三季度工业产值增长9.6% 新签约项目23个",
        when="2025-10-28 09:42",
        category=1,
        tags=(22,),
        families=("eastmoney", "site_contact"),
        source="东方财富",
        note="eastmoney bottom chain with 热点阅读 and four headlines, then the site's zsbox (沈立强, 400 dashed)",
        blocks=[
            P(
                "今年前三季度，闵行经济技术开发区实现规模以上工业总产值412.7亿元，同比增长9.6%，增速高于全区平均水平3.1个百分点。其中，高端装备、生物医药和新能源汽车零部件三大主导产业合计贡献产值占比超过七成。"
            ),
            P(
                "记者从开发区管委会获悉，前三季度园区新签约项目23个，计划总投资达86亿元，其中外资项目9个，涉及工业机器人、医疗器械、氢能储运等领域。多家跨国企业选择在园区内增资扩产，将亚太区研发中心或区域总部落户于此。"
            ),
            P(
                "“今年以来，我们把服务前移到项目洽谈阶段，厂房、能耗、环评等问题在签约前就逐一对接。”开发区相关负责人介绍，园区建立了重点项目“一项目一专班”机制，从签约到开工平均用时压缩至5个月左右。"
            ),
            P(
                "在空间供给方面，闵行经开区今年以来通过“腾笼换鸟”盘活低效工业用地约320亩，新建和改造标准厂房18万平方米。位于园区南部的智能制造产业社区一期已竣工交付，首批入驻企业正在进行设备调试。"
            ),
            P(
                "产业链协同也在加速形成。以新能源汽车零部件为例，园区内已集聚电驱系统、热管理、车身轻量化等上下游企业40余家，本地配套率较去年提高约6个百分点。"
            ),
            P(
                "开发区方面表示，四季度将继续聚焦招商引资和项目落地，力争全年新签约项目超过30个，工业总产值保持较快增长，为全区经济稳增长提供有力支撑。"
            ),
            J("eastmoney", "前往东方财富APP阅读全文，体验更佳"),
            J(
                "eastmoney",
                "声明：发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。据此操作，风险自担。",
            ),
            J("eastmoney", "热点阅读"),
            J("eastmoney", "证监会：进一步深化资本市场投融资综合改革"),
            J("eastmoney", "三大指数集体收涨 半导体板块午后走强"),
            J("eastmoney", "央行开展5000亿元买断式逆回购操作"),
            J("eastmoney", "多家银行下调大额存单利率 三年期产品陆续停售"),
            J("eastmoney", "打开东方财富APP查看更多内容"),
            ZSBOX(
                "沈立强",
                "厂房/仓库/土地租售热线：",
                "400-820-5176",
                "微信/手机：",
                ["13917265480", "18621730952"],
                "请注明需求面积、行业、注册地及税收情况，我们将在24小时内回复。",
                "长按识别二维码添加沈立强微信",
            ),
        ],
    )
)

# 14002 搜狐号: top medal + 原标题, bottom 返回搜狐/平台声明/责任编辑; trap: a park hotline in prose.
PAGES.append(
    Page(
        id=14002,
        title="嘉定工业区北区一批小面积厂房集中推出 最小可租500平方米",
        when="2025-07-14 15:20",
        category=3,
        tags=(13, 35),
        families=("sohu",),
        source="搜狐",
        original_title="嘉定工业区北区推出一批小面积厂房，中小企业“拎包入驻”",
        note="sohu top and bottom; trap: the park's own 招商热线 and WeChat account named in a reporting sentence stay",
        blocks=[
            J(
                "sohu",
                "由内容质量、互动评论、分享传播等多维度分值决定，勋章级别越高()，代表其在平台内的综合表现越好。",
            ),
            J("sohu", "原标题：嘉定工业区北区推出一批小面积厂房，中小企业“拎包入驻”"),
            P(
                "近日，嘉定工业区北区集中推出一批可分割出租的标准厂房，单层面积从500平方米到3000平方米不等，主要面向精密加工、智能传感、医疗器械等领域的中小企业。"
            ),
            P(
                "这批厂房位于叶城路以北、兴贤路两侧，共6栋，总建筑面积约4.2万平方米，首层层高8米、二层以上层高5.5米，首层地坪承重每平方米3吨，配备2吨至3吨货梯，可满足多数轻型生产和研发中试需求。"
            ),
            P(
                "“过去不少初创企业找厂房，动辄要整栋租，面积和租金都吃不消。”园区招商部门工作人员介绍，这次推出的厂房可按层、按单元分割，租期灵活，首批企业还可享受最长6个月的装修免租期。"
            ),
            P(
                "据了解，有意向的企业可拨打嘉定工业区北区招商服务热线021-59531168咨询，或关注“嘉定工业区”微信公众号查看房源信息和线上预约看房。"
            ),
            P(
                "工业区相关负责人表示，下一步还将在北区和南区陆续释放约10万平方米的小面积产业空间，并配套建设人才公寓和员工食堂，让中小企业“拎包入驻”。"
            ),
            X(
                '<p><a id="backsohucom" href="https://www.sohu.com/?strategyid=00001&amp;spm=smpc.content.content.1.1747200000000">'
                "返回搜狐，查看更多</a></p>",
                removed=[("sohu", "返回搜狐，查看更多")],
            ),
            J("sohu", "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。"),
            X('<p data-role="editor-name">责任编辑：<span></span></p>', removed=[("sohu", "责任编辑：")]),
        ],
    )
)

# 14003 网易号: a standalone image credit in the middle, 10 paragraphs and 2 subheadings, bilingual 特别声明 at the bottom.
PAGES.append(
    Page(
        id=14003,
        title="长三角物流地产三季度观察：上海高标仓空置率回落 昆山太仓租金承压",
        when="2025-11-06 18:05",
        category=7,
        tags=(27, 37),
        families=("netease",),
        source="网易",
        note="netease: image credit line in the middle, 特别声明 with its English Notice at the bottom; 10 paragraphs and 2 h2s",
        blocks=[
            P(
                "三季度，长三角高标准仓储市场呈现明显分化。上海市场在电商和第三方物流需求带动下去化提速，整体空置率环比回落；而环沪的昆山、太仓、嘉兴等地新增供应集中入市，租金继续承受压力。"
            ),
            P(
                "多家机构发布的数据显示，三季度上海高标仓净吸纳量约38万平方米，为近六个季度以来的最高水平，整体空置率回落至15.8%左右，较二季度下降约1.6个百分点。"
            ),
            H("上海：需求回暖，嘉定、青浦去化最快"),
            P(
                "分区域看，嘉定和青浦两大传统物流板块表现最为活跃。嘉定外冈、安亭一带多个新项目在交付半年内出租率超过八成，承租方以跨境电商、汽车零部件供应链企业为主。"
            ),
            P(
                "青浦华新、白鹤板块则受益于虹桥国际开放枢纽的辐射，快消品牌和医药流通企业的区域配送中心需求明显增加。一位物流地产从业者告诉记者，部分优质项目已开始收窄租金优惠幅度。"
            ),
            IMG("2025/11/wl-cangku.jpg"),
            J("netease", "（图片来源：视觉中国）"),
            P(
                "不过，上海整体租金仍在低位徘徊。三季度上海高标仓平均租金约每月每平方米42元，同比下降约4%，业主普遍以免租期换取出租率。"
            ),
            H("环沪：供应集中释放，以价换量"),
            P(
                "与上海相比，环沪市场压力更大。昆山、太仓两地三季度新增供应合计超过30万平方米，部分新项目空置率在三成以上，为吸引租户，有业主将首年租金下调一成以上。"
            ),
            P(
                "嘉兴、南通等地则依靠较低的土地成本和交通优势，吸引了部分从上海外溢的仓储需求。业内人士认为，随着沪苏湖高铁等基础设施投用，环沪物流节点之间的竞争将更加激烈。"
            ),
            P(
                "展望四季度，多家机构预计，上海市场新增供应有限，空置率有望继续小幅回落；环沪市场仍将处于消化期，租金短期内难有明显起色。"
            ),
            P(
                "有分析人士建议，仓储项目业主应更加关注冷链、危化品仓储等细分需求，通过提升运营服务能力来稳定出租率，而不是单纯依靠降价。"
            ),
            P(
                "此外，随着公募REITs扩容，部分成熟物流资产有望通过资产证券化实现退出，这也将推动行业从“拿地建仓”向“精细运营”转变。"
            ),
            J(
                "netease",
                "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。",
            ),
            J(
                "netease",
                "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.",
            ),
        ],
    )
)

# 14004 新浪财经: bottom APP promo and 责任编辑 with a staff code; contact as two plain paragraphs (variant B).
PAGES.append(
    Page(
        id=14004,
        title="临港新片区发布集成电路产业新政 设备购置最高补贴30%",
        when="2025-05-22 11:16",
        category=2,
        tags=(41, 45),
        families=("sina", "site_contact"),
        source="新浪财经",
        note="sina bottom promo and editor with staff code; site contact as two plain unindented paragraphs (王建国, spaced mobile)",
        blocks=[
            P(
                "5月21日，中国（上海）自由贸易试验区临港新片区管委会发布《临港新片区加快集成电路产业高质量发展若干措施》，从设备购置、流片研发、人才引育等方面提出18条支持举措。"
            ),
            P(
                "根据措施，对在新片区新建或扩建的集成电路制造、封装测试项目，按照设备购置金额给予最高30%的补贴，单个项目最高不超过1亿元；对开展首轮流片的设计企业，按照流片费用给予最高50%的支持。"
            ),
            P(
                "在空间保障方面，新片区将在东方芯港片区新增约50万平方米的标准厂房和研发楼宇，对符合条件的企业给予前三年租金减免，并支持企业按照实际需求定制厂房。"
            ),
            P(
                "人才方面，新片区对集成电路企业引进的核心技术人才，在落户、住房、子女就学等方面给予优先保障，对企业年度人才奖励资金最高可达500万元。"
            ),
            P(
                "临港新片区管委会相关负责人表示，截至目前，东方芯港已集聚集成电路企业超过200家，覆盖设计、制造、封测、装备材料等全产业链环节，力争到2027年产业规模突破2000亿元。"
            ),
            J("sina", "海量资讯、精准解读，尽在新浪财经APP"),
            J("sina", "责任编辑：陈平 SF069"),
            J("site_contact", "上海厂房仓库招商对接：王建国 139 1826 4470（微信同号）", indent=False),
            J("site_contact", "厂房出租、产业园区入驻、工业用地转让，欢迎来电咨询，免费带看。", indent=False),
        ],
    )
)

# 14005 腾讯新闻: bottom 免责声明 and 举报/反馈; trap: a spec table with a data-source note.
PAGES.append(
    Page(
        id=14005,
        title="青浦华新一处高标冷库项目竣工 可提供零下25℃至10℃多温区仓储",
        when="2025-09-03 14:37",
        category=7,
        tags=(39, 37),
        families=("tencent",),
        source="腾讯新闻",
        note="tencent bottom disclaimer and 举报/反馈; trap: a real spec table and its 数据来源 note stay",
        blocks=[
            P(
                "近日，位于青浦区华新镇的一处高标准冷链仓储项目通过竣工验收，项目总建筑面积约6.8万平方米，可提供零下25℃至10℃多个温区的仓储服务，预计年底前投入运营。"
            ),
            P(
                "项目由两栋双层坡道库组成，首层与二层均可直接停靠重型货车，配备自动化立体货架和温湿度实时监测系统，主要面向生鲜电商、连锁餐饮和医药流通企业。"
            ),
            P("项目各库区主要参数如下："),
            TABLE(
                [
                    ["库区", "建筑面积（㎡）", "温区（℃）", "层高（m）", "承重（t/㎡）"],
                    ["A库一层", "16800", "-25～-18", "11.5", "5"],
                    ["A库二层", "16800", "-18～0", "10", "3"],
                    ["B库一层", "17200", "0～4", "11.5", "5"],
                    ["B库二层", "17200", "10～25", "10", "3"],
                ]
            ),
            P("数据来源：项目运营方", indent=False),
            P(
                "华新镇相关负责人介绍，依托虹桥国际开放枢纽和G2、G15等高速路网，项目距离虹桥机场约20公里，1小时车程可覆盖上海中心城区及苏州、嘉兴主要城区。"
            ),
            P(
                "近年来，青浦区冷链物流需求持续增长，但高标准冷库供给相对不足。该项目投运后，将有效缓解区域冷链仓储“一库难求”的局面。"
            ),
            J("tencent", "免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。"),
            J("tencent", "举报/反馈", indent=False),
        ],
    )
)

# 14006 微信公众号: WeChat header line, section/span wrappers, 往期推荐 list; contact as <br/> lines (variant C).
PAGES.append(
    Page(
        id=14006,
        title="金山工业区推出“工业上楼”智造空间 首批12家企业签约入驻",
        when="2025-08-19 20:12",
        category=1,
        tags=(33,),
        families=("wechat", "site_contact"),
        source="金山工业区",
        note="wechat: 原创 header, 点击蓝字 prompt, section wrappers, 往期推荐 headlines, 编辑/审核 lines; site contact as <br/> lines (范思远)",
        blocks=[
            X(
                '<section class="rich_media_meta_list"><span>原创</span> <span>金小园</span> '
                "<span>金山工业区</span> <em>2025-08-18 17:30</em> <em>上海</em></section>",
                removed=[("wechat", "原创 金小园 金山工业区 2025-08-18 17:30 上海")],
            ),
            SJ("wechat", "点击蓝字 关注我们"),
            SP(
                "8月18日，金山工业区“工业上楼”智造空间项目举行首批企业签约仪式，12家来自智能装备、新材料和生命健康领域的企业签约入驻，合计租赁面积约5.6万平方米。"
            ),
            SP(
                "该项目位于金山工业区亭卫公路沿线，总建筑面积约15万平方米，由4栋高层厂房组成，最高9层。首层层高9米、承重每平方米3吨，二层以上层高5.4米至6米，每栋均配备5吨货梯和大型货运坡道。"
            ),
            X(
                '<section style="margin:0px 8px;"><p><strong><span style="color:rgb(0,112,192);">'
                "“向天空要空间”</span></strong></p></section>",
                body=["“向天空要空间”"],
            ),
            SP(
                "“土地资源越来越紧，‘工业上楼’是提高亩均产出的必然选择。”金山工业区相关负责人介绍，项目容积率达到3.0，是传统单层厂房的2倍以上，预计全部达产后年产值可超过40亿元。"
            ),
            SP(
                "为了让企业“上得去、转得开”，项目在设计阶段就邀请意向企业参与，对楼层荷载、减震、排风、电力容量等进行针对性优化。首批签约的一家精密减速器企业负责人说，五楼的车间同样能放下加工中心，物流效率并没有打折扣。"
            ),
            SP(
                "据悉，项目二期预计明年年中竣工，金山工业区将继续围绕主导产业开展精准招商，推动更多优质项目落地。"
            ),
            SJ("wechat", "往期推荐"),
            SJ("wechat", "金山工业区召开2025年上半年经济形势分析会"),
            SJ("wechat", "这场人才招聘会，为园区企业送来300多个岗位"),
            SJ("wechat", "园区“夏季送清凉”活动走进一线车间"),
            SJ("wechat", "编辑：金小园"),
            SJ("wechat", "审核：王晓东"),
            JBR(
                "site_contact",
                [
                    "【园区招商服务】",
                    "招商热线：021-3367-5529",
                    "招商顾问：范思远 18817395021",
                    "微信号：shcf-fsy2021",
                    "（添加请备注：公司名称+需求面积）",
                ],
            ),
        ],
    )
)

# 14007 澎湃新闻: standalone byline at the top, editor and proof-reader lines at the bottom; trap: 扫码 registration.
PAGES.append(
    Page(
        id=14007,
        title="张江机器人谷产业对接会下月举行 企业可扫码报名",
        when="2025-04-09 16:48",
        category=1,
        tags=(50,),
        families=("thepaper",),
        source="澎湃新闻",
        note="thepaper: standalone byline top, 责任编辑/图片编辑 and 校对 bottom; trap: a registration paragraph with 扫码 and an e-mail stays",
        blocks=[
            J("thepaper", "澎湃新闻记者 俞凯"),
            P(
                "澎湃新闻记者从浦东新区科经委获悉，第三届张江机器人谷产业对接会将于5月中旬在张江科学会堂举行，届时将有超过80家机器人整机和核心零部件企业参与供需对接。"
            ),
            P(
                "本届对接会以“具身智能与场景开放”为主题，将发布首批30个应用场景清单，涵盖汽车制造、半导体洁净车间、医院物流、养老护理等领域，邀请机器人企业“揭榜”。"
            ),
            P(
                "张江机器人谷位于浦东张江科学城北部，规划面积约4.2平方公里，目前已集聚机器人相关企业100余家。今年以来，园区新推出约8万平方米的定制化研发和中试空间，对入驻企业给予最长3年的租金优惠。"
            ),
            P(
                "据主办方介绍，有意参会的企业可扫描活动海报上的二维码报名，或发送企业名称、参会人员和对接需求至邮箱jqrg2025@pudong.gov.cn，报名截止日期为5月5日。现场不接受临时报名。"
            ),
            P(
                "此外，对接会期间还将举行机器人产业基金路演和人才专场招聘，多家投资机构将与初创企业进行一对一交流。"
            ),
            J("thepaper", "责任编辑：李跃群　图片编辑：陈飞燕"),
            J("thepaper", "校对：刘威"),
        ],
    )
)

# 14008 东方网: dateline glued to the first paragraph (real), a 相关阅读 list in the middle, editor line at the bottom.
PAGES.append(
    Page(
        id=14008,
        title="宝山区发布“氢能十条” 打造北上海氢能产业集聚区",
        when="2025-03-27 10:05",
        category=2,
        tags=(45,),
        families=("eastday",),
        source="东方网",
        note="eastday: dateline glued to the lead stays; a 相关阅读 list of two headlines in the middle; 选稿/编辑 at the bottom",
        blocks=[
            P(
                "东方网记者包永婷3月26日报道：宝山区今天发布《宝山区促进氢能产业高质量发展的若干措施》（简称“氢能十条”），提出到2027年集聚氢能产业链企业100家以上，产业规模突破200亿元。"
            ),
            P(
                "根据措施，宝山将重点支持燃料电池电堆、膜电极、双极板、储氢瓶等核心零部件研发和产业化，对新落户的氢能重点项目，按照固定资产投资额给予最高15%的补贴。"
            ),
            P(
                "在应用场景方面，宝山将依托港口、钢铁和物流优势，推动氢能重卡在集装箱运输、钢材短驳等场景规模化应用，计划三年内推广各类氢燃料电池汽车2000辆以上。"
            ),
            J("eastday", "相关阅读"),
            J("eastday", "上海燃料电池汽车示范应用累计推广超过4000辆"),
            J("eastday", "宝山区与上海大学签约共建产学研协同创新平台"),
            P(
                "空间布局上，宝山将以南大智慧城、宝山工业园区和罗店镇为主要承载区，建设氢能产业园和加氢站网络，对企业租赁园区厂房给予租金补贴。"
            ),
            P(
                "宝山区相关负责人表示，宝山正在从“钢铁之城”加快向“智造之城”转型，氢能产业是其中的重要抓手，将为北上海高质量发展注入新动能。"
            ),
            J("eastday", "选稿：王丹妮　编辑：顾佳娴"),
        ],
    )
)

# 14009 上海市经信委: government metadata block at the top, print/close tools at the bottom;
# traps: numbered conditions and the notice's own contact section; 10 paragraphs and 4 subheadings.
PAGES.append(
    Page(
        id=14009,
        title="关于组织申报2026年度上海市特色产业园区评估认定工作的通知",
        when="2025-12-08 09:30",
        category=2,
        tags=(23, 45),
        families=("gov",),
        source="上海市经济和信息化委员会",
        note="gov: 索引号/发布机构 metadata at top, 打印本页/关闭窗口 at bottom; traps: numbered conditions and the notice's contact section (联系人, 电话, gov e-mail) stay",
        blocks=[
            JBR(
                "gov",
                [
                    "索引号：SHJX-2025-00417",
                    "发布机构：上海市经济和信息化委员会",
                    "发文日期：2025年12月05日",
                    "主题分类：工业、交通\\产业园区",
                ],
            ),
            P("各区经委（商务委）、科委，有关产业园区："),
            P(
                "为贯彻落实市委、市政府关于推动产业园区高质量发展的部署，进一步提升特色产业园区能级，现就组织开展2026年度上海市特色产业园区评估认定工作通知如下："
            ),
            H("一、申报条件", "h3"),
            P(
                "（一）园区主导产业明确，符合本市重点产业发展方向，主导产业企业数量占园区企业总数的比例不低于60%；"
            ),
            P("（二）园区规划面积原则上不低于1平方公里，可供产业项目使用的土地或厂房资源不少于20万平方米；"),
            P("（三）园区具有专业化的运营管理主体，近三年未发生重大安全生产、环境污染和违法违规事件；"),
            P("（四）园区上一年度工业总产值或营业收入增速不低于全市平均水平。"),
            H("二、申报材料", "h3"),
            P(
                "申报单位须填写《上海市特色产业园区申报表》，并提交园区发展规划、产业招商情况、运营主体资质等材料，经所在区经委（商务委）审核后统一报送。"
            ),
            H("三、时间安排", "h3"),
            P("申报截止时间为2026年1月16日。逾期不予受理。"),
            H("四、联系方式", "h3"),
            BR(
                [
                    "联系人：市经济信息化委园区处 张老师",
                    "联系电话：021-23112418",
                    "电子邮箱：yqc@sheitc.sh.gov.cn",
                ],
            ),
            BR(["上海市经济和信息化委员会", "2025年12月5日"], indent=False),
            J("gov", "【打印本页】【关闭窗口】", indent=False),
        ],
    )
)

# 14010 新民晚报: 原标题 line at top, dateline glued to the lead (real); contact glued after a <br/> (variant D).
PAGES.append(
    Page(
        id=14010,
        title="奉贤“东方美谷”再添新地标 化妆品智造产业园开园",
        when="2025-06-30 19:26",
        category=1,
        tags=(23,),
        families=("xinmin", "site_contact"),
        source="新民晚报",
        original_title="奉贤“东方美谷”添新地标",
        note="xinmin: 原标题 line at the top, glued dateline stays; site contact glued to the last paragraph after a <br/> (徐经理, +86 dashed)",
        blocks=[
            J("xinmin", "原标题：奉贤“东方美谷”添新地标"),
            P(
                "新民晚报讯（记者 杨硕）昨天，位于奉贤区的东方美谷化妆品智造产业园正式开园，首批入驻的15家美妆企业中，有6家为国际品牌的中国生产基地。"
            ),
            P(
                "产业园总建筑面积约22万平方米，由多层标准厂房、研发楼和检测中心组成，按照化妆品生产洁净车间标准建设，企业拿到厂房后最快3个月即可投产。"
            ),
            P(
                "“以前企业找厂房，光是洁净车间的改造就要大半年。”奉贤区相关负责人说，产业园引入了化妆品检验检测、备案申报等公共服务平台，帮助企业缩短新品上市周期。"
            ),
            P(
                "目前，“东方美谷”已集聚化妆品生产企业170余家，化妆品产业规模占全市一半以上。奉贤区表示，将继续围绕美妆全产业链招商，打造具有全球影响力的“美丽健康产业之都”。"
            ),
            GLUED(
                "据悉，产业园二期项目已开工建设，预计2027年竣工。",
                "（厂房租售咨询：徐经理 +86 137-6143-8802）",
                "site_contact",
            ),
        ],
    )
)

# 14011 中国经营报: standalone byline at top, 编辑/主编 at the bottom; 10 paragraphs and 3 subheadings.
PAGES.append(
    Page(
        id=14011,
        title="“工业上楼”热潮下的上海厂房市场：供给放量 租户更挑剔",
        when="2025-09-21 08:15",
        category=3,
        tags=(33, 35),
        families=("cb",),
        source="中国经营报",
        note="cb: standalone 中国经营报记者 … 上海报道 byline, 编辑/主编 line at the bottom; 10 paragraphs and 3 h2s",
        blocks=[
            J("cb", "中国经营报记者 郭阳琛 张英英 上海报道"),
            P(
                "在上海，“工业上楼”已从少数园区的试点变成各区争相推进的普遍做法。记者调研发现，随着一批高层厂房陆续竣工，上海工业厂房市场的供给明显放量，但租户的选择也变得更加挑剔。"
            ),
            P(
                "“三年前，一栋好位置的标准厂房还没建好就被预订一空，现在要靠定制化服务和租金优惠才能留住客户。”上海一家产业园区运营企业的招商总监告诉记者。"
            ),
            H("供给集中释放"),
            P(
                "据不完全统计，2024年以来，上海已有超过30个“工业上楼”项目开工或竣工，新增高层厂房面积超过600万平方米，主要分布在闵行、嘉定、松江、宝山、金山等区。"
            ),
            P(
                "上海市有关部门此前提出，到2025年底全市建设“工业上楼”厂房不少于1500万平方米。在政策推动下，国有园区平台成为建设主力，部分民营开发商也通过城市更新方式参与其中。"
            ),
            P(
                "一位长期关注工业地产的业内人士表示，高层厂房的建设成本比传统单层厂房高出约三成，租金却难以同比例上涨，项目的回报周期普遍在15年以上。"
            ),
            H("租户需求分化"),
            P(
                "与供给放量形成对比的是，制造业企业对厂房的需求正在发生结构性变化。记者走访多家园区了解到，智能装备、集成电路配套、生物医药等行业的企业更愿意选择高层厂房，而重型机械、化工类企业则仍倾向于单层厂房。"
            ),
            P(
                "“楼上能不能放设备，关键看承重和货梯。”一家工业机器人企业的行政负责人说，他们在选址时先后看了十几个项目，最终选择了一栋首层承重每平方米5吨、配备10吨货梯的厂房。"
            ),
            P(
                "记者注意到，部分园区开始提供“带设备交付”“带环评交付”等增值服务，以缩短企业从签约到投产的时间。"
            ),
            H("租金仍在低位"),
            P(
                "多家机构数据显示，今年二季度上海工业厂房平均租金约为每天每平方米1.3元，同比略有下降，郊区部分新项目的实际成交租金甚至低于每天每平方米1元。"
            ),
            P(
                "业内人士预计，随着新增供给持续入市，上海厂房租金短期内仍将以稳为主。园区运营方需要从“卖空间”转向“卖服务”，通过产业链招商和专业化运营提升竞争力。"
            ),
            J("cb", "编辑：陈家运　主编：陈岩"),
        ],
    )
)

# 14012 经济观察报: standalone byline, 版权声明 at the bottom; trap: a paragraph about 版权 services as news content.
PAGES.append(
    Page(
        id=14012,
        title="静安市北高新园区打造数字内容产业集群 设立版权服务工作站",
        when="2025-02-17 13:50",
        category=1,
        tags=(31,),
        families=("eeo",),
        source="经济观察报",
        note="eeo: standalone byline and 版权声明 at the bottom; trap: paragraphs on 版权登记/维权 and 未经授权转载 as reported content stay",
        blocks=[
            J("eeo", "经济观察报 记者 田进"),
            P(
                "2月中旬，位于静安区的市北高新技术服务业园区宣布启动数字内容产业集群建设计划，目标是在三年内集聚网络视听、数字出版、游戏动漫等企业300家以上。"
            ),
            P(
                "园区同步设立了版权服务工作站，为入驻企业提供作品版权登记、版权交易撮合和侵权监测等服务。工作站负责人介绍，企业在园区内即可完成作品登记申请，办理时间由过去的一个月左右缩短至10个工作日以内。"
            ),
            P(
                "“对内容企业来说，作品被未经授权转载是最头疼的问题。”一家短视频制作公司的负责人告诉记者，过去公司发现侵权后往往只能自行取证、逐一发函，成本高、效率低。工作站引入的监测平台可以自动比对全网转载情况，并协助企业开展维权。"
            ),
            P(
                "市北高新园区相关负责人表示，园区将拿出约10万平方米的楼宇空间用于数字内容企业集聚，对符合条件的企业给予最长三年的租金补贴，并设立总规模5亿元的产业引导基金。"
            ),
            P("据了解，静安区数字内容相关产业去年实现营收约450亿元，同比增长超过12%。"),
            J(
                "eeo",
                "版权声明：以上文章为《经济观察报》社原创作品，所有版权归《经济观察报》社所有。未经《经济观察报》社授权，严禁转载或镜像，违者必究。",
            ),
        ],
    )
)

# 14013 新京报: dateline glued to the lead (real); 编辑/校对 standalone at the bottom; a short page.
PAGES.append(
    Page(
        id=14013,
        title="长三角生态绿色一体化发展示范区发布跨省域产业项目准入标准",
        when="2025-01-12 17:02",
        category=2,
        tags=(45,),
        families=("bjnews",),
        source="新京报",
        note="bjnews: 新京报贝壳财经讯 dateline glued to the lead stays; 编辑/校对 standalone at the bottom; three paragraphs",
        blocks=[
            P(
                "新京报贝壳财经讯（记者阿茹汗）1月11日，长三角生态绿色一体化发展示范区执委会发布《示范区跨省域产业项目准入标准》，在青浦、吴江、嘉善三地实行统一的产业项目准入要求。"
            ),
            P(
                "根据标准，示范区内新引进的工业项目，亩均投资强度不低于500万元，亩均税收不低于40万元，单位产值能耗须达到国内同行业先进水平。对于符合标准的项目，三地互认评估结果，企业不再重复提交材料。"
            ),
            P(
                "示范区执委会相关负责人表示，统一准入标准有利于避免三地招商“内卷”，推动产业项目在示范区内合理布局。"
            ),
            J("bjnews", "编辑 杨娟娟"),
            J("bjnews", "校对 穆祥桐"),
        ],
    )
)

# 14014 红星新闻: standalone byline top; bottom editor and the 报料 promo.
PAGES.append(
    Page(
        id=14014,
        title="成都企业组团赴沪考察园区 川沪产业协作再添新项目",
        when="2025-10-15 21:40",
        category=5,
        tags=(22,),
        families=("cdsb",),
        source="红星新闻",
        note="cdsb (红星新闻): standalone byline at the top, 编辑 and the 下载红星新闻 promo at the bottom",
        blocks=[
            J("cdsb", "红星新闻记者 李彦琴"),
            P(
                "10月13日至14日，由四川省经济合作局组织的30余家成都企业代表赴上海考察，先后走访松江G60科创云廊、闵行马桥人工智能创新试验区和临港新片区，寻求产业合作机会。"
            ),
            P(
                "考察期间，川沪双方共签约项目11个，涉及智能网联汽车零部件、航空装备配套、数字文创等领域，签约金额约68亿元。其中，一家成都航空零部件企业将在松江设立华东研发中心。"
            ),
            P(
                "一位参与考察的成都企业负责人告诉红星新闻记者，上海园区在产业链配套和国际化资源方面优势明显，企业希望把研发和市场端放在上海，把规模化生产留在成都，实现“研发在沪、制造在川”。"
            ),
            P(
                "据了解，近年来川沪两地已建立常态化的产业协作机制，双方园区之间互设招商联络站，推动产业项目双向流动。"
            ),
            J("cdsb", "编辑 郭宇"),
            J("cdsb", "（下载红星新闻，报料有奖！）"),
        ],
    )
)

# 14015 观察者网: standalone 文/观察者网 line at the top, the exclusive-copy notice at the bottom.
PAGES.append(
    Page(
        id=14015,
        title="外资加码上海先进制造：一家德国隐形冠军的第三座工厂",
        when="2025-11-02 12:33",
        category=5,
        tags=(22,),
        families=("guancha",),
        source="观察者网",
        note="guancha: 【文/观察者网 …】 standalone at the top, 本文系观察者网独家稿件 at the bottom; six paragraphs",
        blocks=[
            J("guancha", "【文/观察者网 周远方】"),
            P(
                "在不少外资企业对华投资趋于谨慎之际，一家德国精密流体控制企业却在上海开出了第三座工厂。11月1日，该企业位于嘉定工业区的新工厂正式投产，总投资约1.2亿欧元。"
            ),
            P(
                "这家企业在细分领域的全球市场份额超过三成，是典型的“隐形冠军”。2008年，它在上海设立第一家工厂，此后随着中国新能源汽车和半导体行业的快速发展，订单量连年增长。"
            ),
            P(
                "“中国不仅是我们最大的单一市场，也是我们最重要的创新来源之一。”企业中国区总裁在投产仪式上表示，新工厂约四成产品将出口至东南亚和欧洲。"
            ),
            P(
                "观察者网注意到，今年以来，嘉定、松江、青浦等区已有多家德资企业宣布增资扩产。上海市商务委数据显示，今年前三季度上海实际使用外资中，制造业占比较去年同期有所提高。"
            ),
            P(
                "业内人士分析，完善的供应链、庞大的工程师队伍和不断优化的营商环境，是外资企业继续加码上海制造的主要原因。"
            ),
            J("guancha", "本文系观察者网独家稿件，未经授权，不得转载。"),
        ],
    )
)

# 14016 36氪: reprint note and 文｜/编辑｜ credits at the top; a long-form page of 10 paragraphs.
PAGES.append(
    Page(
        id=14016,
        title="在上海郊区找一栋能放下产线的厂房，到底有多难？",
        when="2025-06-08 10:00",
        category=3,
        tags=(35,),
        families=("36kr",),
        source="36氪",
        note="36kr: 本文来自微信公众号… 36氪经授权发布 reprint note and 文｜/编辑｜ credit lines at the top; 10 paragraphs",
        blocks=[
            J("36kr", "本文来自微信公众号“硬科技观察”（ID：yingkeji_guancha），作者：林深，36氪经授权发布。"),
            J("36kr", "文｜林深"),
            J("36kr", "编辑｜苏建勋"),
            P(
                "去年秋天，做激光雷达的王磊拿到了一笔新的融资，第一件事就是给产线找个“新家”。他原以为在上海郊区找厂房不是难事，结果一找就是四个月。"
            ),
            P(
                "“网上房源很多，真去看了才发现，能用的没几个。”王磊说，他需要的是一栋首层层高8米以上、有双回路供电、能做洁净车间改造的厂房，面积在5000平方米左右。"
            ),
            P(
                "他先后看了松江、嘉定、青浦、奉贤的二十多处房源。有的厂房是上世纪90年代建的，电力容量远远不够；有的产权不清，无法办理环评；还有的位置太偏，工程师通勤要两个小时。"
            ),
            P(
                "王磊的遭遇并非个例。多位硬科技创业者告诉我们，上海郊区的厂房总量并不少，但“好用的”厂房依然稀缺，尤其是能够同时满足研发、中试和小批量生产的复合型空间。"
            ),
            P(
                "另一方面，园区的招商逻辑也在变化。过去不少园区“谁出价高租给谁”，现在则越来越看重企业的产业属性、税收贡献和成长性，对初创企业的要求并不低。"
            ),
            P(
                "一位国资园区的招商人员坦言，园区考核指标里有亩均税收和产值，“租给一个前两年没有收入的初创公司，我们要承担风险。”"
            ),
            P(
                "转机出现在今年初。在朋友的介绍下，王磊接触到闵行一家新建的智能制造产业园，园区愿意按照企业需求做定制化改造，并提供前两年租金减半的优惠。"
            ),
            P("今年5月，王磊的产线正式搬入新厂房。算下来，从开始找房到投产，前后花了将近八个月。"),
            P(
                "“对硬科技公司来说，时间就是生命线。”王磊说，如果能有一个权威的平台把厂房的层高、承重、电力、环评条件都标清楚，能帮创业者省下太多时间。"
            ),
            P("这或许也是上海打造“科创+制造”双轮驱动所要补上的一课：不仅要有空间，更要有匹配的空间。"),
        ],
    )
)

# 14017 钛媒体: a credit note in brackets glued to the last paragraph (cut as a unit); 文 | credit at the top.
PAGES.append(
    Page(
        id=14017,
        title="数据中心扎堆长三角：上海郊区算力园区的电力账",
        when="2025-08-02 09:18",
        category=5,
        tags=(22,),
        families=("tmtpost",),
        source="钛媒体",
        note="tmtpost: 文 | credit standalone at the top; （本文首发于钛媒体APP…） glued in brackets to the last paragraph is cut, the paragraph stays",
        blocks=[
            J("tmtpost", "文 | 钛媒体 韩敏"),
            P(
                "随着大模型训练需求的快速增长，长三角正在掀起新一轮数据中心建设潮。上海青浦、松江、临港以及周边的嘉兴、湖州等地，都有大型算力园区在建或规划中。"
            ),
            P(
                "与传统数据中心相比，智算中心的单机柜功率动辄二三十千瓦，对电力供应和散热提出了更高要求。一位数据中心投资人告诉钛媒体APP，电价和能耗指标已经成为项目选址的第一考量。"
            ),
            P(
                "上海对数据中心能耗管控较为严格，新建项目PUE须控制在1.25以下，并要求配套一定比例的绿电。这使得部分投资方将目光转向环沪地区，形成“上海调度、周边计算”的格局。"
            ),
            P(
                "不过，也有业内人士认为，对时延敏感的推理业务仍需靠近用户部署，上海郊区的算力园区依然具有不可替代的优势。"
            ),
            GLUED(
                "可以预见，围绕电力、土地和人才的算力园区竞争，将在长三角持续升温。",
                "（本文首发于钛媒体APP，作者｜韩敏，编辑｜刘洋雪）",
                "tmtpost",
                sep="",
            ),
        ],
    )
)

# 14018 和讯网: trap: a short two-paragraph article; bottom editor with staff code and the 免责声明.
PAGES.append(
    Page(
        id=14018,
        title="上海10月份工业生产者出厂价格同比下降1.8%",
        when="2025-11-18 16:55",
        category=5,
        tags=(22,),
        families=("hexun",),
        source="和讯网",
        note="hexun: editor with staff code in brackets and the 免责声明 at the bottom; trap: a two-paragraph article stays whole",
        blocks=[
            P(
                "国家统计局上海调查总队11月17日发布数据，10月份上海工业生产者出厂价格同比下降1.8%，环比下降0.2%；工业生产者购进价格同比下降2.3%，环比下降0.1%。"
            ),
            P(
                "分行业看，电子信息产品制造业出厂价格同比下降3.5%，汽车制造业下降2.1%，生物医药制造业上涨0.6%。"
            ),
            J("hexun", "（责任编辑：刘畅 HN153）"),
            J(
                "hexun",
                "免责声明：本文仅代表作者个人观点，与和讯网无关。其原创性以及文中陈述文字和内容未经本站证实，对本文以及其中全部或者部分内容、文字的真实性、完整性、及时性本站不作任何保证或承诺，请读者仅作参考，并请自行核实相关内容。",
            ),
        ],
    )
)

# 14019 金融界: 本文源自 line standalone at the top, 风险提示 at the bottom.
PAGES.append(
    Page(
        id=14019,
        title="上海张江高科拟转让部分园区物业 回笼资金投向产业投资",
        when="2025-04-25 20:08",
        category=1,
        tags=(22,),
        families=("jrj",),
        source="金融界",
        note="jrj: 本文源自 line standalone at the top, 作者 line and 风险提示 at the bottom",
        blocks=[
            J("jrj", "本文源自：金融界"),
            P(
                "4月24日晚间，张江高科发布公告称，公司拟通过上海联合产权交易所公开挂牌转让所持有的部分园区研发楼宇物业，挂牌底价合计约9.6亿元。"
            ),
            P(
                "公告显示，本次拟转让的物业位于张江科学城中区，建筑面积合计约6.2万平方米，目前出租率约85%，主要租户为软件和信息服务企业。"
            ),
            P(
                "张江高科表示，转让所得资金将主要用于公司“科技投行”战略下的产业投资和新建园区项目开发，有利于优化资产结构，提高资产周转效率。"
            ),
            P("截至4月24日收盘，张江高科股价报22.35元，总市值约346亿元。"),
            J("jrj", "作者：蔡昆"),
            J("jrj", "风险提示：本文内容仅供参考，不构成投资建议。市场有风险，投资需谨慎。"),
        ],
    )
)

# 14020 央广网: dateline glued to the lead (real); a standalone photo credit in the middle; editor at the bottom.
PAGES.append(
    Page(
        id=14020,
        title="上海洋山港集装箱吞吐量创新高 临港物流园区扩容",
        when="2025-12-03 07:45",
        category=7,
        tags=(27,),
        families=("cnr",),
        source="央广网",
        note="cnr: 央广网…消息 dateline glued to the lead stays; （央广网发 …摄） photo credit standalone in the middle; 编辑 at the bottom",
        blocks=[
            P(
                "央广网上海12月2日消息（记者杨静）记者从上海国际港务集团获悉，今年1至11月，洋山深水港区集装箱吞吐量达到2450万标准箱，同比增长8.3%，提前刷新年度纪录。"
            ),
            IMG("2025/12/yangshan.jpg"),
            J("cnr", "（央广网发 上港集团供图）", indent=False),
            P(
                "港口业务的增长带动了后方物流园区的发展。临港新片区物流园区今年新增高标准仓库约25万平方米，引进国际货代、跨境电商和供应链管理企业30余家，园区整体出租率保持在90%以上。"
            ),
            P(
                "临港新片区相关负责人介绍，园区正在建设海关监管仓和国际中转集拼中心，推动“船边直提”“抵港直装”等便利化措施，为企业降低物流成本。"
            ),
            P("据悉，明年临港物流园区还将新增两宗仓储物流用地，重点引进冷链、危险品和保税仓储项目。"),
            J("cnr", "编辑：李晓兰"),
        ],
    )
)

# 14021 中国日报网: bottom 【责任编辑：…】; trap: a list of park names, one per paragraph.
PAGES.append(
    Page(
        id=14021,
        title="上海新增5家市级特色产业园区 总数达到58家",
        when="2025-07-03 11:22",
        category=1,
        tags=(23,),
        families=("chinadaily",),
        source="中国日报网",
        note="chinadaily: 【责任编辑：…】 at the bottom; trap: a numbered list of five park names, each its own paragraph, stays",
        blocks=[
            P(
                "上海市经济和信息化委员会近日公布新一批市级特色产业园区名单，5家园区入选，全市特色产业园区总数达到58家。"
            ),
            P("新入选的5家园区分别是："),
            P("1. 嘉定氢能港", indent=False),
            P("2. 闵行马桥人工智能创新试验区", indent=False),
            P("3. 青浦西岑科创中心", indent=False),
            P("4. 奉贤生物医药科技园", indent=False),
            P("5. 宝山机器人产业园", indent=False),
            P(
                "据介绍，特色产业园区是上海推动产业集群发展的重要载体。目前，58家特色产业园区的规划面积合计约190平方公里，聚焦集成电路、生物医药、人工智能三大先导产业和电子信息、汽车、高端装备等重点产业。"
            ),
            P("上海市经信委表示，将对特色产业园区实行动态管理，定期开展评估，对发展不达标的园区予以调整。"),
            J("chinadaily", "【责任编辑：刘梦】", indent=False),
        ],
    )
)

# 14022 潮新闻: a standalone byline with 通讯员 at the top; editor/reviewer at the bottom.
PAGES.append(
    Page(
        id=14022,
        title="平湖“飞地”承接上海外溢产业 张江长三角科技城平湖园再迎新项目",
        when="2025-05-06 18:40",
        category=5,
        tags=(22,),
        families=("zjol",),
        source="潮新闻",
        note="zjol (潮新闻): 潮新闻客户端 记者 … 通讯员 … standalone at the top; 编辑/审核 line at the bottom",
        blocks=[
            J("zjol", "潮新闻客户端 记者 沈晶晶 通讯员 陆晓雯"),
            P(
                "5月5日，张江长三角科技城平湖园举行项目集中签约活动，8个项目签约落户，总投资超过40亿元，其中5个项目来自上海。"
            ),
            P(
                "张江长三角科技城横跨沪浙两地，上海金山片区与浙江平湖片区实行统一规划、协同招商。平湖园相关负责人介绍，园区与上海张江共享招商资源，在上海完成研发的项目可以直接在平湖实现产业化。"
            ),
            P(
                "此次签约的一家新能源材料企业负责人说，公司总部和研发中心在上海浦东，随着订单增长需要扩大产能，“平湖离上海近，土地和厂房成本更低，人才也可以两地流动。”"
            ),
            P("今年以来，平湖园已累计引进上海项目20余个，平湖正在成为承接上海产业外溢的重要平台。"),
            J("zjol", "编辑：胡方　审核：沈昕"),
        ],
    )
)

# 14023 新华日报·交汇点: a standalone 记者 line at the top, then 交汇点讯 glued to the lead (real); 编辑 at the bottom.
PAGES.append(
    Page(
        id=14023,
        title="太仓“德企之乡”再扩容 中德先进制造产业园三期启用",
        when="2025-09-10 15:06",
        category=5,
        tags=(22,),
        families=("xhby",),
        source="新华日报·交汇点",
        note="xhby: standalone 新华日报·交汇点记者 line, then 交汇点讯 glued to the lead stays; 编辑 at the bottom",
        blocks=[
            J("xhby", "新华日报·交汇点记者 于露"),
            P(
                "交汇点讯 9月9日，太仓中德先进制造产业园三期正式启用，首批入驻的14家企业中有9家为德资企业，涉及精密机械、汽车零部件和工业自动化等领域。"
            ),
            P(
                "太仓是国内德资企业最为集中的县级市之一，目前已集聚德资企业超过550家。产业园三期总建筑面积约18万平方米，提供单层厂房、多层厂房和研发办公等多种空间。"
            ),
            P(
                "太仓高新区相关负责人介绍，三期厂房在建设时参照了德国企业的使用习惯，配备了高标准的地坪和通风系统，同时引入德语服务专员，为企业提供“一站式”落地服务。"
            ),
            P(
                "随着沪太通勤铁路和沿江高铁的推进，太仓与上海的联系更加紧密。越来越多的德资企业采用“上海总部+太仓工厂”的布局模式。"
            ),
            P("据悉，太仓将继续深化对德合作，力争到2027年德资企业数量突破600家，年工业产值超过2000亿元。"),
            J("xhby", "编辑：朱晔"),
        ],
    )
)

# 14024 苏州日报: 来源 line at the top, dateline glued to the lead (real); contact as a bordered div (variant E).
PAGES.append(
    Page(
        id=14024,
        title="吴江汾湖高新区新一批标准厂房交付 重点承接沪上智能制造项目",
        when="2025-10-09 10:52",
        category=3,
        tags=(35,),
        families=("szrb", "site_contact"),
        source="苏州日报",
        note="szrb: 来源 line standalone at the top, 苏州日报讯 glued to the lead stays; site contact as a div with <br/> lines (邱明辉, dashed mobile, spaced landline)",
        blocks=[
            J("szrb", "来源：苏州日报", indent=False),
            P(
                "苏州日报讯（记者 吴琼）10月8日，吴江汾湖高新区新一批标准厂房正式交付，总建筑面积约12万平方米，首批交付的厂房已有7家企业签约，其中5家来自上海。"
            ),
            P(
                "汾湖高新区地处长三角生态绿色一体化发展示范区，与上海青浦区接壤。近年来，汾湖依托区位优势，重点承接上海外溢的智能制造、新一代信息技术和高端装备项目。"
            ),
            P(
                "此次交付的厂房分为单层和多层两种，单层厂房层高10米，多层厂房首层层高8米，均可按需分割。汾湖高新区还为入驻企业提供代办环评、能评等服务。"
            ),
            P(
                "一家从上海搬来的精密模具企业负责人算了一笔账：同样面积的厂房，租金比上海青浦低约三成，而且离上海的客户和供应商只有半小时车程。"
            ),
            X(
                '<div class="lxfs" style="border:1px dashed #ccc;padding:10px;margin-top:15px;">'
                "招商联系人：邱明辉<br/>手机：186-2153-7709<br/>座机：021-6978 2235<br/>"
                "地址：上海市松江区九亭镇沪亭北路（来访请提前预约）</div>",
                removed=[
                    (
                        "site_contact",
                        "招商联系人：邱明辉\n手机：186-2153-7709\n座机：021-6978 2235\n"
                        "地址：上海市松江区九亭镇沪亭北路（来访请提前预约）",
                    )
                ],
            ),
        ],
    )
)

# 14025 上观新闻: 12 paragraphs; bottom 栏目主编/文字编辑, 题图来源/图片编辑, and 来源：作者 lines.
PAGES.append(
    Page(
        id=14025,
        title="松江G60科创云廊十年：从一片农田到万亿级产业走廊的“头部窗口”",
        when="2026-02-23 08:00",
        category=5,
        tags=(15, 12),
        families=("jfdaily",),
        source="上观新闻",
        note="jfdaily (上观新闻): three credit lines at the bottom (栏目主编/文字编辑, 题图来源/图片编辑, 来源：作者); 10 paragraphs and 3 subheadings",
        blocks=[
            P(
                "站在松江新城的G60科创云廊下，很难想象十年前这里还是一片农田。如今，这条全长1.5公里的“云廊”已入驻企业超过800家，成为长三角G60科创走廊最具标识度的产业载体之一。"
            ),
            P(
                "2016年，松江率先提出沿G60高速公路构建产城融合的科创走廊。此后，走廊从松江一区扩展到沪苏浙皖九个城市，覆盖面积约7.62万平方公里。"
            ),
            H("从“区内走廊”到“九城协同”"),
            P(
                "“最初只是想在松江自己的地盘上做点事情。”一位参与早期规划的干部回忆，随着嘉兴、杭州、金华、苏州、湖州、宣城、芜湖、合肥陆续加入，G60科创走廊逐渐成为长三角一体化的重要平台。"
            ),
            P(
                "九城市之间建立了产业链联盟、园区联盟、人才联盟等协同机制，在企业跨区域迁移、资质互认、政务服务“一网通办”等方面持续推进改革。"
            ),
            P("数据显示，九城市的GDP占全国的比重已超过十五分之一，高新技术企业数量占全国约八分之一。"),
            H("产业集群加速成形"),
            P(
                "在松江，G60科创走廊带动了一批先进制造业集群的形成。集成电路、生物医药、新能源、智能装备等产业集群规模不断扩大，一批龙头企业的制造基地在此落地。"
            ),
            P(
                "以新能源产业为例，松江已集聚电池、电控、光伏组件等上下游企业上百家，其中多家企业的产品进入全球头部车企和储能企业的供应链。"
            ),
            P(
                "与此同时，松江通过“工业上楼”、低效用地再开发等方式，为产业项目腾出发展空间。近三年来，全区新增产业用地中有相当一部分来自存量盘活。"
            ),
            H("下一个十年"),
            P(
                "面向下一个十年，松江提出要把G60科创走廊建设成为具有全球影响力的科技创新和先进制造业融合发展的走廊，在人工智能、商业航天、低空经济等新赛道上加快布局。"
            ),
            P(
                "“走廊的生命力在于开放。”上述干部说，未来还要吸引更多的国际资源，让G60真正成为连接长三角与世界的一条创新之路。"
            ),
            J("jfdaily", "栏目主编：陈抒怡　文字编辑：孙小静"),
            J("jfdaily", "题图来源：松江区融媒体中心　图片编辑：邵竞"),
            J("jfdaily", "来源：作者：解放日报 蒋话"),
        ],
    )
)

# 14026 the site's own listing: trap table of building specs; zsbox contact (variant F).
PAGES.append(
    Page(
        id=14026,
        title="青浦工业园区独栋厂房出租 3200平方米 层高9米 可环评",
        when="2026-03-11 14:25",
        category=3,
        tags=(35,),
        families=("site_contact",),
        source=None,
        note="the site's own listing: trap spec table and conditions stay; zsbox contact (陆佳怡, spaced landline, 扫一扫 wording)",
        blocks=[
            P(
                "青浦工业园区崧泽大道附近独栋厂房一栋对外出租，产证齐全，可办理环评，适合精密机械、电子装配、医疗器械等行业。"
            ),
            TABLE(
                [
                    ["楼号", "建筑面积（㎡）", "层高（m）", "承重（t/㎡）", "租金（元/㎡/天）"],
                    ["1号楼一层", "1800", "9", "3", "1.3"],
                    ["1号楼二层", "1400", "5.5", "1", "1.1"],
                ],
                header="td",
            ),
            P(
                "配套情况：变压器容量630KVA，另有独立办公区约300平方米，厂区内可停放货车和小车，距离G50沪渝高速青浦入口约3公里。"
            ),
            P("招商要求：不接受化工、喷涂、电镀等污染类企业；租期三年起，押二付三。"),
            ZSBOX(
                "陆佳怡",
                "园区招商直线：",
                "021-5781 6032",
                "招商经理（微信同号）：",
                ["15800921736"],
                "来电请说明公司行业、所需面积、是否需要环评及注册，方便为您精准匹配房源。",
                "扫一扫，加陆经理微信",
            ),
        ],
    )
)

# 14027 the site's own article: the contact line placed in the MIDDLE of the text (variant G).
PAGES.append(
    Page(
        id=14027,
        title="2026年上海各区厂房租金走势：嘉定松江稳中有降 临港需求旺盛",
        when="2026-04-02 09:10",
        category=3,
        tags=(35,),
        families=("site_contact",),
        source=None,
        note="the site's own article: a site contact paragraph in the middle between real paragraphs (邵女士, +86 spaced)",
        blocks=[
            P(
                "进入2026年二季度，上海工业厂房租赁市场整体平稳。从我们近期对接的房源和客户情况看，各区租金走势出现一定分化。"
            ),
            P(
                "嘉定、松江两区新增厂房供应较多，单层标准厂房的成交租金普遍在每天每平方米1.0元至1.3元之间，较去年同期略有下降，部分业主愿意给出3至6个月免租期。"
            ),
            P(
                "闵行、浦东的研发办公和厂房复合型物业租金相对坚挺，尤其是靠近地铁站、配套成熟的园区，出租率维持在九成左右。"
            ),
            J("site_contact", "—— 找厂房、找仓库，请联系招商部 邵女士：+86 158 2177 0316 ——", indent=False),
            P(
                "临港新片区是今年需求增长最快的区域。受新能源汽车、集成电路配套企业集聚带动，临港的高标准厂房供不应求，部分新项目尚未竣工就已完成预租。"
            ),
            P(
                "金山、奉贤两区租金水平相对较低，单层厂房成交价多在每天每平方米0.8元左右，适合对成本较为敏感的制造企业。"
            ),
            P("总体来看，企业选址时不宜只看租金，还要综合考虑产业配套、环评条件、电力容量和员工通勤等因素。"),
        ],
    )
)

# 14028 界面新闻: two standalone 界面新闻记者 | / 界面新闻编辑 | credit lines at the top.
PAGES.append(
    Page(
        id=14028,
        title="仓储物流REITs扩募潮：上海嘉定、昆山资产成“香饽饽”",
        when="2025-12-19 19:33",
        category=7,
        tags=(27, 37),
        families=("jiemian",),
        source="界面新闻",
        note="jiemian: 界面新闻记者 | and 界面新闻编辑 | standalone at the top; nothing at the bottom",
        blocks=[
            J("jiemian", "界面新闻记者 | 马悦然"),
            J("jiemian", "界面新闻编辑 | 刘海川"),
            P(
                "仓储物流类公募REITs正迎来扩募高峰。界面新闻梳理发现，今年下半年以来，已有4只仓储物流REITs披露扩募计划，拟购入资产中有多处位于上海嘉定和江苏昆山。"
            ),
            P(
                "以其中一只REITs为例，其拟购入的嘉定外冈物流园建筑面积约12万平方米，出租率接近百分之百，主要租户为大型电商平台和第三方物流企业。"
            ),
            P(
                "一位公募REITs从业人员表示，环沪核心物流节点的成熟资产出租率稳定、现金流可预期，是扩募的首选标的。相比之下，远离核心城市的仓储资产则面临较大的出租压力。"
            ),
            P(
                "不过，也有分析人士提醒，近两年高标仓租金整体下行，扩募资产的估值和分派率需要审慎评估，投资者应关注底层资产的租约期限和租户集中度。"
            ),
        ],
    )
)

# 14029 每日经济新闻: a combined 每经记者/每经编辑 line at the top, 封面图片来源 at the bottom.
PAGES.append(
    Page(
        id=14029,
        title="生物医药企业“两地布局”：研发在张江 生产去奉贤金山",
        when="2026-01-15 22:10",
        category=5,
        tags=(43,),
        families=("nbd",),
        source="每日经济新闻",
        note="nbd: 每经记者/每经编辑 standalone at the top, 封面图片来源 standalone at the bottom",
        blocks=[
            J("nbd", "每经记者 许立波　每经编辑 魏官红"),
            P(
                "张江研发、郊区生产，正成为上海生物医药企业的常见布局。《每日经济新闻》记者近日走访发现，不少在张江起家的创新药企，在产品进入临床后期或获批上市后，都选择在奉贤、金山或临港建设生产基地。"
            ),
            P(
                "“张江的研发氛围和人才储备无可替代，但生产基地需要大面积的土地和GMP厂房，成本是核心考量。”一家上市创新药企的负责人告诉记者。"
            ),
            P(
                "据了解，奉贤东方美谷生命健康产业园、金山湾区生物医药港、临港生命蓝湾等园区都推出了针对生物医药企业的定制化厂房，部分园区可提供已完成洁净装修的GMP车间，企业租下后即可进行设备安装和验证。"
            ),
            P(
                "业内人士认为，上海正在形成“一核多点”的生物医药产业空间布局，张江负责原始创新，郊区园区承接产业化，两者之间的协同将进一步增强上海生物医药产业的整体竞争力。"
            ),
            J("nbd", "封面图片来源：每日经济新闻 资料图"),
        ],
    )
)

# 14030 东方财富: the 郑重声明 disclaimer variant and three headlines; contact as a centred div (variant H, 800 line).
PAGES.append(
    Page(
        id=14030,
        title="浦东外高桥保税物流园区发布跨境电商仓储扶持政策",
        when="2026-05-20 13:45",
        category=7,
        tags=(27, 37),
        families=("eastmoney", "site_contact"),
        source="东方财富",
        note="eastmoney: 郑重声明 variant and three headlines, no 热点阅读; site contact as a centred div of two paragraphs (朱先生, 800 line, WeChat id)",
        blocks=[
            P(
                "5月19日，浦东新区外高桥保税物流园区发布《支持跨境电商仓储物流发展的若干措施》，对新入驻的跨境电商企业和海外仓服务商给予仓储租金补贴和物流费用补助。"
            ),
            P(
                "根据措施，对在园区租赁仓储面积超过5000平方米的跨境电商企业，按照实际租金的30%给予补贴，补贴期限不超过两年；对开展“保税备货+直播”等新模式的企业，给予一次性奖励。"
            ),
            P(
                "外高桥保税物流园区是全国首个保税物流园区，目前园区内跨境电商相关企业超过120家。园区相关负责人表示，新措施将重点吸引跨境电商头部企业设立区域分拨中心。"
            ),
            J("eastmoney", "前往东方财富APP阅读全文，体验更佳"),
            J("eastmoney", "郑重声明：东方财富发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。"),
            J("eastmoney", "国常会部署进一步稳外贸稳外资举措"),
            J("eastmoney", "5月LPR报价出炉 5年期以上品种维持不变"),
            J("eastmoney", "机构：下半年A股盈利有望温和修复"),
            J("eastmoney", "打开东方财富APP查看更多内容"),
            X(
                '<div style="text-align:center;background:#f5f5f5;padding:8px;">'
                "<p><strong>华东区域招商中心 朱先生 免费咨询：800-820-3698</strong></p>"
                "<p>微信：yqzs8208（手机同号 135 6420 7713）</p></div>",
                removed=[
                    ("site_contact", "华东区域招商中心 朱先生 免费咨询：800-820-3698"),
                    ("site_contact", "微信：yqzs8208（手机同号 135 6420 7713）"),
                ],
            ),
        ],
    )
)

# 14031 搜狐号: medal text and 原标题 at the top, 返回搜狐 and 责任编辑 with a name at the bottom;
# trap: a park operator's quoted 声明 reported as news.
PAGES.append(
    Page(
        id=14031,
        title="警惕“低价厂房”骗局！松江一园区发布声明：从未委托中介收取意向金",
        when="2026-06-05 16:18",
        category=3,
        tags=(12, 35),
        families=("sohu",),
        source="搜狐",
        original_title="松江一园区发声明：从未委托任何中介收取意向金",
        note="sohu top and bottom (editor named); trap: the operator's quoted 声明 paragraph and a 举报电话 in prose stay",
        blocks=[
            J(
                "sohu",
                "由内容质量、互动评论、分享传播等多维度分值决定，勋章级别越高()，代表其在平台内的综合表现越好。",
            ),
            J("sohu", "原标题：松江一园区发声明：从未委托任何中介收取意向金"),
            P(
                "近日，有企业反映，在网上看到松江某产业园“厂房每天每平方米0.6元起租”的广告，联系对方后被要求先支付数万元“意向金”，随后对方失联。"
            ),
            P("6月4日，涉事园区运营方在官网发布声明，全文如下："),
            P(
                "“声明：近期有不法分子冒用我园区名义，在网络平台发布低价厂房出租信息，并以收取意向金、看房费等名义骗取钱财。我园区郑重声明，从未委托任何中介机构或个人代收任何费用，所有租赁合同均需在园区招商中心现场签订。如发现上述情况，请立即向公安机关报案。”"
            ),
            P("园区方面表示，如企业对房源信息有疑问，可拨打园区公布的举报电话021-57706655核实。"),
            P(
                "业内人士提醒，企业在租赁厂房前应核实出租方的产权证明或转租授权，警惕远低于市场价的房源，不要在签订正式合同前支付任何费用。"
            ),
            X(
                '<p><a id="backsohucom" href="https://www.sohu.com/?strategyid=00001">返回搜狐，查看更多</a></p>',
                removed=[("sohu", "返回搜狐，查看更多")],
            ),
            X(
                '<p data-role="editor-name">责任编辑：<span>王颖</span></p>',
                removed=[("sohu", "责任编辑：王颖")],
            ),
        ],
    )
)

# 14032 网易新闻: the whole body inside a post_body div; 本文来源/责任编辑 with a staff code at the bottom.
PAGES.append(
    Page(
        id=14032,
        title="上海低效工业用地盘活提速 今年已完成更新超过1.2万亩",
        when="2026-07-22 11:40",
        category=2,
        tags=(49,),
        families=("netease",),
        source="中国经营网",
        note="netease: body wrapped in div.post_body with a div per paragraph; 本文来源/责任编辑 with staff code at the bottom",
        blocks=[
            X(
                '<div class="post_body">\n'
                "<p>　　今年以来，上海加快推进低效工业用地盘活利用。记者从上海市规划和自然资源局获悉，"
                "截至6月底，全市已完成低效工业用地更新约1.2万亩，超过全年目标的六成。</p>\n"
                "<p>　　在具体路径上，上海采取“收储再出让”“企业自主更新”“园区统一改造”等多种方式。"
                "对于企业自主更新的项目，允许在符合规划的前提下适当提高容积率，鼓励建设高层厂房。</p>\n"
                "<p>　　宝山、嘉定、闵行等区是此轮低效用地盘活的重点区域。以宝山为例，该区今年已完成"
                "低效用地减量和更新约2800亩，腾出的空间主要用于引进机器人、新材料等产业项目。</p>\n"
                "<p>　　业内人士认为，在新增建设用地指标日益紧张的背景下，存量盘活已成为上海保障产业空间的"
                "主要手段。</p>\n"
                '<p class="f_source">本文来源：中国经营网</p>\n'
                '<p class="f_author">责任编辑：张祎_NBJ11143</p>\n'
                "</div>",
                body=[
                    "今年以来，上海加快推进低效工业用地盘活利用。记者从上海市规划和自然资源局获悉，截至6月底，全市已完成低效工业用地更新约1.2万亩，超过全年目标的六成。",
                    "在具体路径上，上海采取“收储再出让”“企业自主更新”“园区统一改造”等多种方式。对于企业自主更新的项目，允许在符合规划的前提下适当提高容积率，鼓励建设高层厂房。",
                    "宝山、嘉定、闵行等区是此轮低效用地盘活的重点区域。以宝山为例，该区今年已完成低效用地减量和更新约2800亩，腾出的空间主要用于引进机器人、新材料等产业项目。",
                    "业内人士认为，在新增建设用地指标日益紧张的背景下，存量盘活已成为上海保障产业空间的主要手段。",
                ],
                removed=[("netease", "本文来源：中国经营网"), ("netease", "责任编辑：张祎_NBJ11143")],
            ),
        ],
    )
)

# 14033 微信公众号: account header without 原创, END and 编辑丨/审核丨/来源丨 lines, a QR prompt caption;
# trap: the park's own mini-program and 微信公众号 as news content.
PAGES.append(
    Page(
        id=14033,
        title="漕河泾开发区上线“园区服务”小程序 企业诉求“掌上办”",
        when="2026-08-11 21:05",
        category=1,
        tags=(23,),
        families=("wechat",),
        source="徐汇发布",
        note="wechat: header line, END, 编辑丨/审核丨/来源丨 lines and a QR caption; trap: paragraphs about the park's 小程序, 微信公众号 and 扫码 stay",
        blocks=[
            X(
                '<section class="rich_media_meta_list"><span>徐汇发布</span> '
                "<em>2026-08-11 19:00</em> <em>上海</em></section>",
                removed=[("wechat", "徐汇发布 2026-08-11 19:00 上海")],
            ),
            SP(
                "近日，漕河泾新兴技术开发区“园区服务”微信小程序正式上线，园区企业可以通过手机办理会议室预订、访客登记、政策申报、报修投诉等30余项服务。"
            ),
            SP(
                "企业员工只需在微信中搜索“漕河泾园区服务”小程序，或关注“漕河泾开发区”微信公众号后点击菜单栏进入，完成企业认证后即可使用全部功能。"
            ),
            SP(
                "访客入园也变得更加便捷。访客在小程序上提交预约信息后，将收到一个电子通行码，到达园区时在门岗扫码即可入园，不再需要现场登记。"
            ),
            SP(
                "小程序还设置了“政策找企业”功能，根据企业的行业、规模等信息，自动推送可申报的扶持政策，并提示申报时间节点。"
            ),
            SP(
                "漕河泾开发区相关负责人表示，上线一个月来，小程序已累计服务企业超过2000家，受理各类诉求近万件，平均响应时间缩短到2小时以内。"
            ),
            SJ("wechat", "END"),
            SJ("wechat", "编辑丨周逸"),
            SJ("wechat", "审核丨陈静"),
            SJ("wechat", "来源丨漕河泾开发区"),
            IMG("2026/08/xh-qrcode.jpg", "长按识别二维码 关注徐汇发布", family="wechat"),
        ],
    )
)

# 14034 嘉定区人民政府: 来源/发布时间/字号 line at the top, 分享到 at the bottom;
# traps: numbered 申报条件 and the notice's contact section.
PAGES.append(
    Page(
        id=14034,
        title="嘉定区2026年度“工业上楼”厂房租金补贴申报指南",
        when="2026-06-17 10:30",
        category=2,
        tags=(13, 33, 45),
        families=("gov",),
        source="嘉定区经济委员会",
        note="gov: 来源/发布时间/字号 line at the top, 分享到 at the bottom; traps: numbered conditions, 扫码 submission and the notice's contact section stay",
        blocks=[
            J("gov", "来源：嘉定区经济委员会　发布时间：2026-06-16　字号：大 中 小", indent=False),
            P(
                "为推动“工业上楼”厂房有效利用，降低企业用房成本，根据《嘉定区关于推进“工业上楼”的实施意见》，现将2026年度厂房租金补贴申报有关事项明确如下。"
            ),
            H("一、支持对象", "h3"),
            P("在嘉定区内租赁“工业上楼”厂房三层及以上楼层从事生产制造的企业。"),
            H("二、申报条件", "h3"),
            P("1. 企业注册地和税务登记地在嘉定区，具有独立法人资格；", indent=False),
            P("2. 租赁面积不少于1000平方米，租期不少于3年；", indent=False),
            P("3. 上一年度在嘉定区实缴税收不低于每平方米200元；", indent=False),
            P("4. 近三年无重大安全生产事故和环保违法行为。", indent=False),
            H("三、支持标准", "h3"),
            P(
                "按照实际租赁面积，给予每天每平方米0.3元的租金补贴，单个企业年度补贴金额最高不超过200万元，补贴期限不超过3年。"
            ),
            H("四、申报方式", "h3"),
            P(
                "企业通过“嘉定区产业政策申报平台”在线提交申报材料，也可扫描本指南附件中的二维码进入申报页面。申报时间为2026年7月1日至7月31日。"
            ),
            H("五、咨询方式", "h3"),
            P("嘉定区经济委员会产业发展科，联系人：陆老师，联系电话：021-59992287。"),
            J("gov", "分享到：", indent=False),
        ],
    )
)

# 14035 腾讯新闻: an app prompt in the middle after an image; creator credit at the top; disclaimer at the bottom.
PAGES.append(
    Page(
        id=14035,
        title="南通海门承接上海产业转移：一座“沪外飞地”的十年",
        when="2026-09-01 08:50",
        category=5,
        tags=(22,),
        families=("tencent",),
        source="腾讯新闻",
        note="tencent: 作者 line at the top, an 打开腾讯新闻 prompt in the middle after an image, disclaimer and 举报/反馈 at the bottom",
        blocks=[
            J("tencent", "作者：江海观察 王思远"),
            P(
                "从上海人民广场出发，驾车一个半小时便可抵达南通海门。十年前，上海与海门共建的产业合作园区在这里挂牌，如今已成为沪苏产业协作的一块“试验田”。"
            ),
            P(
                "园区采取“上海品牌、上海管理、上海招商”的模式，由上海一家国资园区公司负责运营。十年间，园区累计引进项目180余个，其中超过六成来自上海。"
            ),
            IMG("2026/09/haimen-park.jpg"),
            J("tencent", "打开腾讯新闻，查看更多图片 >", indent=False),
            P(
                "“企业在上海谈，项目在海门落。”园区运营方负责人介绍，园区在上海设有招商中心，客户在上海签约后，由海门方面负责土地、规划、施工许可等审批事项。"
            ),
            P(
                "随着崇启大桥、沪崇启通道等交通设施的完善，海门到上海的时空距离不断缩短。不少上海企业将生产基地放在海门，研发和销售仍留在上海。"
            ),
            P(
                "园区相关负责人表示，下一步将重点承接上海的高端装备、新能源和生物医药项目，力争“十五五”期间园区工业产值突破500亿元。"
            ),
            J("tencent", "免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。"),
            J("tencent", "举报/反馈", indent=False),
        ],
    )
)

# 14036 新浪财经: 来源 line at the top; 新浪声明, the 新浪财经公众号 QR promo and 责任编辑 at the bottom;
# trap: the 12345 hotline in a sentence of reporting.
PAGES.append(
    Page(
        id=14036,
        title="上海推出中小企业厂房租赁纠纷调解机制 企业可拨打12345反映",
        when="2026-08-26 17:30",
        category=2,
        tags=(35, 45),
        families=("sina",),
        source="上海证券报·中国证券网",
        note="sina: 来源 line standalone at the top; 新浪声明, 新浪财经公众号 QR promo and 责任编辑 at the bottom; trap: 12345 hotline and a complaint e-mail in reporting stay",
        blocks=[
            J("sina", "来源：上海证券报·中国证券网", indent=False),
            P(
                "上证报中国证券网讯 记者从上海市中小企业发展服务中心获悉，上海近日建立中小企业厂房租赁纠纷调解机制，由各区中小企业服务中心联合人民调解组织，为租赁双方提供免费调解服务。"
            ),
            P(
                "近年来，随着产业园区转租、分租现象增多，厂房租赁中的押金退还、违约金、装修补偿等纠纷时有发生。由于诉讼周期长、成本高，不少中小企业选择“吃哑巴亏”。"
            ),
            P(
                "根据新机制，企业遇到厂房租赁纠纷时，可拨打12345市民服务热线反映，或发送邮件至zxqyts@sheitc.sh.gov.cn，相关诉求将在3个工作日内转至所在区中小企业服务中心受理。"
            ),
            P(
                "上海市中小企业发展服务中心相关负责人表示，调解机制将重点关注“二房东”违规转租、擅自提高物业费等突出问题，必要时将协调园区管理方和行业主管部门共同处理。"
            ),
            J(
                "sina",
                "新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。",
            ),
            J("sina", "新浪财经公众号", indent=False),
            J(
                "sina",
                "24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）",
                indent=False,
            ),
            J("sina", "责任编辑：郭明煜"),
        ],
    )
)

# 14037 澎湃号·政务: a header line with 来源 at the top, the 澎湃号 platform notice at the bottom;
# site contact as a bold line plus a QR image caption (variant I).
PAGES.append(
    Page(
        id=14037,
        title="青浦西岑科创中心再添研发载体 一批企业拎包入驻",
        when="2026-07-08 20:20",
        category=1,
        tags=(23,),
        families=("thepaper", "site_contact"),
        source="澎湃新闻·澎湃号·政务",
        note="thepaper (澎湃号·政务): header line at the top, the 澎湃号 notice at the bottom; site contact as a <strong> line and a QR caption (董杰, WeChat id, spaced mobile)",
        blocks=[
            J("thepaper", "上海青浦 2026-07-08 18:12 来源：澎湃新闻·澎湃号·政务", indent=False),
            P(
                "7月7日，位于青浦区金泽镇的西岑科创中心二期研发楼正式交付使用，首批16家企业入驻，涵盖集成电路设计、工业软件和智能终端等领域。"
            ),
            P(
                "西岑科创中心地处长三角生态绿色一体化发展示范区，二期研发楼建筑面积约9万平方米，采用精装修交付，企业可“拎包入驻”。中心还配套建设了人才公寓、食堂和共享实验室。"
            ),
            P(
                "青浦区相关负责人介绍，西岑科创中心已累计引进企业和研发机构100余家，研发人员超过1.5万人，正在形成以华为青浦研发中心为龙头的数字经济产业集群。"
            ),
            J(
                "thepaper",
                "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。",
            ),
            X(
                "<p><strong>扫码添加招商顾问微信，获取松江、青浦最新厂房房源</strong></p>",
                removed=[("site_contact", "扫码添加招商顾问微信，获取松江、青浦最新厂房房源")],
            ),
            IMG("2026/07/kf-dj.jpg", "微信号：dongjie-cf｜董杰 177 1730 6625", family="site_contact"),
        ],
    )
)

# 14038 新华社: 电头 glued to the lead (real); （完） in brackets glued to the last paragraph (cut); 纠错/责任编辑 bottom.
PAGES.append(
    Page(
        id=14038,
        title="长三角G60科创走廊九城市联合发布产业协同招商清单",
        when="2026-09-18 15:55",
        category=2,
        tags=(15, 45),
        families=("xinhua",),
        source="新华社",
        note="xinhua: 新华社…电 glued to the lead stays; （完） glued in brackets to the last paragraph is cut; 【纠错】【责任编辑】 standalone at the bottom",
        blocks=[
            P(
                "新华社上海9月17日电（记者 龚雯 郭敬丹）长三角G60科创走廊九城市17日在上海松江联合发布产业协同招商清单，涉及集成电路、生物医药、新能源汽车等七大产业链的260余个招商项目。"
            ),
            P(
                "据介绍，清单按照产业链环节梳理了各城市的优势领域和招商需求，九城市将共享招商信息，对于不适合在本地落地的项目，优先推荐至走廊内其他城市，避免同质化竞争。"
            ),
            P(
                "长三角G60科创走廊联席会议办公室负责人表示，今年以来，九城市已通过协同招商推动120余个项目跨城落地，总投资超过800亿元。"
            ),
            GLUED(
                "下一步，九城市还将探索建立跨区域产业项目利益分享机制，推动产业链供应链深度融合。",
                "（完）",
                "xinhua",
                sep="",
            ),
            J("xinhua", "【纠错】 【责任编辑:朱家齐】", indent=False),
        ],
    )
)

# 14039 the site's own listing: trap: a two-paragraph page; site contact as one red paragraph (variant J, 400 spaced).
PAGES.append(
    Page(
        id=14039,
        title="宝山罗店 独门独院仓库出租 2000平方米 可做丙二类",
        when="2026-10-21 10:15",
        category=7,
        tags=(37,),
        families=("site_contact",),
        source=None,
        note="the site's own short listing (two real paragraphs, trap: short page); site contact as one styled paragraph naming the site (韩先生, 400 spaced)",
        blocks=[
            P(
                "宝山区罗店镇独门独院单层仓库出租，建筑面积2000平方米，檐高10米，地坪承重每平方米3吨，带消防喷淋，可存放丙二类货物。"
            ),
            P(
                "院内可停放40尺集装箱货车，距离S7沪崇高速罗店出口约2公里，适合电商仓储、配送中心等用途，可短租。"
            ),
            X(
                '<p style="color:#c00;">本文由中国产业园区招商网整理，招商专线 400 6021 389，厂房选址一对一服务（韩先生 199 0178 2654）</p>',
                removed=[
                    (
                        "site_contact",
                        "本文由中国产业园区招商网整理，招商专线 400 6021 389，厂房选址一对一服务（韩先生 199 0178 2654）",
                    )
                ],
            ),
        ],
    )
)

# 14040 21世纪经济报道: standalone byline at the top, （作者/编辑） at the bottom; trap: a table with its 数据来源 note;
# 8 paragraphs and a six-row table.
PAGES.append(
    Page(
        id=14040,
        title="上海五个新城产业投资“成绩单”：嘉定松江领跑 南汇增速最快",
        when="2026-11-10 07:30",
        category=5,
        tags=(22,),
        families=("21jingji",),
        source="21世纪经济报道",
        note="21jingji: standalone 记者…上海报道 byline, （作者/编辑） line at the bottom; trap: a real table and its 数据来源 note stay; 8 paragraphs and a six-row table",
        blocks=[
            J("21jingji", "21世纪经济报道记者 卢常乐 上海报道"),
            P(
                "上海五个新城的产业投资正在提速。记者梳理各区公开数据发现，今年前三季度，嘉定、青浦、松江、奉贤、南汇五个新城所在区的工业投资均实现正增长，其中南汇新城所在的临港新片区增速最快。"
            ),
            P(
                "从工业投资规模看，嘉定和松江依然领跑，两区前三季度工业投资均超过300亿元。嘉定以新能源汽车及零部件、智能传感器为主导，松江则在集成电路、生物医药和智能装备领域持续发力。"
            ),
            P("各新城所在区前三季度工业投资情况如下："),
            TABLE(
                [
                    ["新城", "所在区", "工业投资（亿元）", "同比增速"],
                    ["嘉定新城", "嘉定区", "342", "6.8%"],
                    ["松江新城", "松江区", "318", "7.5%"],
                    ["青浦新城", "青浦区", "156", "9.2%"],
                    ["奉贤新城", "奉贤区", "174", "5.1%"],
                    ["南汇新城", "临港新片区", "298", "18.6%"],
                ]
            ),
            P("数据来源：各区统计局、临港新片区管委会", indent=False),
            P(
                "南汇新城的高增长主要得益于一批重大制造业项目的集中建设。临港新片区今年新开工的新能源汽车零部件、集成电路装备和民用航空配套项目超过20个。"
            ),
            P(
                "青浦新城则借助长三角生态绿色一体化发展示范区和虹桥国际开放枢纽的双重机遇，在数字经济和会展商贸领域加快布局，工业投资增速位居第二。"
            ),
            P(
                "相比之下，奉贤新城的工业投资增速相对平稳。奉贤方面表示，将继续做强“东方美谷”美丽健康产业，同时加快培育新能源、智能网联汽车等新兴产业。"
            ),
            P("记者了解到，上海市有关部门正在研究制定新一轮支持新城产业发展的政策，预计将在年底前出台。"),
            J("21jingji", "（作者：卢常乐　编辑：张伟贤）"),
        ],
    )
)
