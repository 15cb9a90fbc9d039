"""Gold set, part `blind6`: 40 hand-labelled pages, post ids 17001-17040, written blind.

Invented but realistic articles about Shanghai and Yangtze-delta parks, factory and warehouse leasing,
park policy and logistics, each republished from one outlet with that outlet's boilerplate, plus the
site's own salespeople's contact blocks in many variants and trap pages whose junk-looking text is real.
Every block is labelled by hand per LABELLING.md. Who wrote it, what was read, the freeze and the
composition: tests/gold/blind6/README.md.
"""

from __future__ import annotations

from build import IMG, INDENT, TABLE, ZSBOX, B, H, J, P, Page, X, esc

# --- small markup helpers (labels are still given by hand, block by block) ---------------------------

SPAN = '<span style="font-size:15px;letter-spacing:1px;color:#333333;">'


def WP(text: str) -> B:
    """A real paragraph in WeChat's section/span wrappers."""
    return X(f'<section style="line-height:1.75em;"><p>{SPAN}{esc(text)}</span></p></section>', body=[text])


def WJ(family: str, text: str) -> B:
    """A boilerplate paragraph in WeChat's section/span wrappers."""
    return X(
        f'<section style="line-height:1.75em;"><p>{SPAN}{esc(text)}</span></p></section>',
        removed=[(family, text)],
    )


def BRP(lines: list[str], indent: bool = True) -> B:
    """One real paragraph split by <br/>."""
    inner = "<br/>".join((INDENT if indent else "") + esc(x) for x in lines)
    return X(f"<p>{inner}</p>", body=["\n".join(lines)])


def BRJ(family: str, lines: list[str], indent: bool = False) -> B:
    """One boilerplate paragraph split by <br/>."""
    inner = "<br/>".join((INDENT if indent else "") + esc(x) for x in lines)
    return X(f"<p>{inner}</p>", removed=[(family, "\n".join(lines))])


def GLUE(text: str, junk: str, family: str, br: bool = True) -> B:
    """A real last paragraph with junk appended in the same <p> (the junk is cut, the text stays)."""
    sep = "<br/>" if br else ""
    return X(f"<p>{INDENT}{esc(text)}{sep}{esc(junk)}</p>", body=[text], removed=[(family, junk)])


def HEADS(family: str, title: str, items: list[str]) -> B:
    """A list of the outlet's other headlines, title line then one headline per paragraph."""
    parts = [f"<p><strong>{esc(title)}</strong></p>"] + [f"<p>{esc(i)}</p>" for i in items]
    return X("\n".join(parts), removed=[(family, title)] + [(family, i) for i in items])


# --- outlets' boilerplate --------------------------------------------------------------------------

EM_READ = "前往东方财富APP阅读全文，体验更佳"
EM_MORE = "打开东方财富APP查看更多内容"
SOHU_MEDAL = "由内容质量、互动评论、分享传播等多维度分值决定，勋章级别越高()，代表其在平台内的综合表现越好。"
SOHU_BACK = "返回搜狐，查看更多"
SOHU_DECL = "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。"
NE_DECL = "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。"
NE_NOTICE = (
    "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of"
    " NetEase Hao, which is a social media platform and only provides information storage services."
)
SINA_APP = "海量资讯、精准解读，尽在新浪财经APP"
SINA_AD = "炒股就看金麒麟分析师研报，权威，专业，及时，全面，助您挖掘潜力主题机会！"
QQ_DECL = "免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。"


def sohu_tail(editor: str = "", decl: bool = True, slug: str = "a/812345678_121106991") -> B:
    parts = [
        f'<p><a id="backsohucom" href="https://www.sohu.com/{slug}?spm=smpc.content.content.1">{SOHU_BACK}</a></p>'
    ]
    removed = [("sohu", SOHU_BACK)]
    if decl:
        parts.append(f"<p>{SOHU_DECL}</p>")
        removed.append(("sohu", SOHU_DECL))
    parts.append(f'<p data-role="editor-name">责任编辑：{esc(editor)}</p>')
    removed.append(("sohu", f"责任编辑：{editor}"))
    return X("\n".join(parts), removed=removed)


def wechat_tail(family: str = "wechat") -> B:
    lines = ["预览时标签不可点", "微信扫一扫", "关注该公众号", "继续滑动看下一个", "轻触阅读原文"]
    markup = '<div class="rich_media_tool">' + "".join(f"<span>{x}</span><br/>" for x in lines) + "</div>"
    return X(markup, removed=[(family, "\n".join(lines))])


# --- pages ----------------------------------------------------------------------------------------

PAGES: list[Page] = [
    # 17001 东方财富: top 来源 line, bottom EM chain with 热点阅读 headlines, ZSBOX contact (variant A)
    Page(
        id=17001,
        title="临港新片区前三季度规上工业总产值同比增长11.6% 前沿产业集群贡献过半",
        when="2025-10-29 09:42",
        category=5,
        tags=(22,),
        families=("eastmoney", "site_contact"),
        source="东方财富网",
        note="东方财富 page: top 来源/作者 line, EM bottom chain with 热点阅读 and 4 headlines, ZSBOX contact (沈立峰)",
        blocks=[
            J("eastmoney", "来源：东方财富网　作者：陈佳怡", indent=False),
            P(
                "10月28日，记者从临港新片区管委会获悉，今年前三季度，临港新片区实现规模以上工业总产值2986.4亿元，"
                "同比增长11.6%，增速继续领跑全市各区和重点区域。"
            ),
            P(
                "从产业结构看，集成电路、人工智能、生物医药、民用航空、智能新能源汽车、高端装备制造六大前沿产业"
                "集群合计完成产值1632.7亿元，占全区规上工业总产值的比重达到54.7%，较上年同期提高3.2个百分点。"
            ),
            P(
                "其中，智能新能源汽车产业链持续放量。特斯拉上海超级工厂前三季度保持满产运行，一批三电系统、"
                "汽车电子和轻量化零部件配套企业在临港装备园、新能源汽车产业园集中投产，带动整车及零部件产值同比增长14.8%。"
            ),
            P(
                "集成电路产业方面，临港东方芯港已集聚产业链企业超过200家，12英寸特色工艺生产线产能爬坡顺利，"
                "设备和材料企业新增产能陆续释放，前三季度集成电路产业产值同比增长19.3%。"
            ),
            P(
                "投资端同样保持活跃。前三季度临港新片区完成工业固定资产投资同比增长8.9%，新开工重大产业项目27个，"
                "新竣工项目19个，“标准地”出让、“拿地即开工”项目占比进一步提高。"
            ),
            P(
                "临港新片区管委会相关负责人表示，四季度将聚焦重点企业稳产增产和新投产项目达产，加快推进"
                "滴水湖AI创新港、国际数据港等功能平台建设，确保全年工业总产值增速保持在两位数以上。"
            ),
            J("eastmoney", EM_READ),
            J(
                "eastmoney",
                "东方财富发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。据此操作，风险自担。",
            ),
            HEADS(
                "eastmoney",
                "热点阅读",
                [
                    "国家统计局：10月份制造业PMI为49.8%",
                    "三大指数集体收涨 半导体板块午后走强",
                    "央行开展5000亿元买断式逆回购操作",
                    "多家券商上调四季度A股盈利预测",
                ],
            ),
            J("eastmoney", EM_MORE),
            ZSBOX(
                "沈立峰",
                "园区招商/厂房仓库租售热线：",
                "400-820-6672",
                "或手机/微信：",
                ["139 1760 2248", "186 0213 5517"],
                "请告知您的行业、面积、用途及税收预期，我们为您匹配合适房源。",
                "长按识别二维码添加沈立峰微信",
            ),
        ],
    ),
    # 17002 搜狐: medal + 原标题 top, hotline in reporting (trap), sohu tail with editor name
    Page(
        id=17002,
        title="嘉定汽车零部件企业扎堆扩产 工业区标准厂房去化提速",
        when="2025-06-17 15:20",
        category=1,
        tags=(13, 29),
        families=("sohu",),
        source="搜狐",
        original_title="嘉定工业区：二季度新签约厂房面积超12万平方米，零部件企业成主力",
        note="sohu page: medal + 原标题 top, 返回搜狐/平台声明/named editor bottom; trap: a park hotline in a sentence of reporting",
        blocks=[
            J("sohu", SOHU_MEDAL),
            J("sohu", "原标题：嘉定工业区：二季度新签约厂房面积超12万平方米，零部件企业成主力"),
            P(
                "进入二季度，嘉定工业区的标准厂房市场明显升温。据工业区招商部门统计，4月至6月中旬，工业区新签约"
                "厂房面积超过12万平方米，其中汽车零部件及相关配套企业签约面积占比接近六成。"
            ),
            P(
                "“订单来了，产能跟不上，只能再找厂房。”一家从事汽车线束生产的企业负责人告诉记者，企业原有的"
                "1.2万平方米厂房已满负荷运转，今年在工业区北区新租下一栋8000平方米的双层厂房，首层层高9米，"
                "承重达到每平方米3吨，能满足自动化产线的安装需求。"
            ),
            P(
                "记者走访发现，工业区北区、兴贤路沿线的多个园区出租率已超过90%，部分单层高标准厂房出现“一房难求”。"
                "园区运营方表示，目前主流租金在每天每平方米1.2元至1.6元之间，较去年同期小幅上涨。"
            ),
            P(
                "为帮助企业快速落地，嘉定工业区推出“厂房超市”服务，将区内可租可售厂房的面积、层高、承重、配电等"
                "信息统一上线。企业可拨打工业区企业服务中心热线021-69989120，或登录嘉定区政务服务平台查询。"
            ),
            P(
                "业内人士认为，嘉定作为上海汽车产业的核心承载区，整车企业本地化配套需求持续释放，未来一段时间"
                "中小面积的定制化厂房仍将是市场主力。"
            ),
            sohu_tail("王静怡", decl=True, slug="a/885120347_121432076"),
        ],
    ),
    # 17003 网易号: header line top, table + data note (trap), NE declaration + English notice; 11 paragraphs
    Page(
        id=17003,
        title="青浦仓储市场三季度观察：高标库空置率回落 华新、白鹤板块租金企稳",
        when="2025-10-15 11:06",
        category=7,
        tags=(27, 37),
        families=("netease",),
        source="仓储地产观察",
        note="netease page: top time/来源 header (source = the account), table with 数据来源 note (trap), 特别声明 + English Notice bottom; long",
        blocks=[
            J("netease", "2025-10-14 18:32:07　来源: 仓储地产观察　上海", indent=False),
            P(
                "三季度，上海西部仓储市场出现企稳迹象。作为沪西最大的仓储集聚区，青浦区高标准仓库空置率较二季度"
                "回落2.1个百分点，华新、白鹤两大板块的平均租金连续两个季度持平。"
            ),
            P(
                "从需求端看，电商、第三方物流和制造业企业是本季度的主要租户。其中，一家头部快递企业在华新镇整租"
                "约6.8万平方米双层坡道库，用于华东区域分拨，是本季度青浦单笔面积最大的成交。"
            ),
            P(
                "与此同时，新增供应明显放缓。三季度青浦区仅有一个新建高标库项目竣工，面积约4.2万平方米，且入市前"
                "已完成约五成预租。"
            ),
            H("各板块租金与空置率"),
            TABLE(
                [
                    ["板块", "存量（万㎡）", "空置率", "平均租金（元/㎡/天）"],
                    ["华新", "126.5", "14.8%", "1.38"],
                    ["白鹤", "58.2", "11.3%", "1.32"],
                    ["赵巷", "41.7", "18.6%", "1.29"],
                    ["练塘", "23.4", "9.5%", "1.12"],
                ]
            ),
            P("数据来源：青浦区商务委、仓储地产观察整理", indent=False),
            P(
                "业内人士分析，青浦高标库空置率回落，一方面得益于“以价换量”策略，部分业主提供免租期和装修补贴；"
                "另一方面，长三角一体化示范区内制造业企业的仓储外包需求正在增加。"
            ),
            P(
                "不过，租金上行的动力仍然不足。多家代理机构预计，四季度青浦仓储租金将以稳为主，业主更看重"
                "出租率和租户质量。"
            ),
            P(
                "值得关注的是，冷链仓储成为新的增长点。青浦区目前在建的两个冷链项目合计面积约9万平方米，"
                "预计明年上半年投用，将主要服务生鲜电商和连锁餐饮企业。"
            ),
            J("netease", NE_DECL),
            J("netease", NE_NOTICE),
        ],
    ),
    # 17004 新浪财经: sina ad in the middle, numbered conditions (trap), plain-paragraph contact (variant B)
    Page(
        id=17004,
        title="上海新一轮“工业上楼”支持政策出台 符合条件项目最高补贴5000万元",
        when="2025-03-06 10:15",
        category=2,
        tags=(33, 45),
        families=("sina", "site_contact"),
        source="新浪财经",
        note="sina page: top 来源 line, 金麒麟 ad after the lead (middle), numbered conditions kept (trap), APP promo + editor code bottom, contact as two plain paragraphs",
        blocks=[
            J("sina", "来源：新浪财经-自媒体综合", indent=False),
            P(
                "3月5日，上海市经济和信息化委员会等部门联合印发《关于进一步推进“工业上楼”打造“智造空间”的"
                "若干措施》，对新建、改建高层标准厂房给予资金支持，符合条件的项目最高可获5000万元补贴。"
            ),
            J("sina", SINA_AD),
            P(
                "根据措施，本市将在“十四五”后期每年推出不少于1000万平方米的“智造空间”，重点布局在104个"
                "产业区块和市级特色产业园区内，优先服务集成电路、生物医药、人工智能、高端装备等产业。"
            ),
            P("措施明确，申请资金支持的项目应当同时满足以下条件："),
            P("（一）项目位于本市产业区块范围内，用地性质为工业用地或研发用地；"),
            P(
                "（二）新建厂房建筑高度不低于24米，或地上层数不少于4层，且首层以上楼层承重不低于每平方米0.8吨；"
            ),
            P("（三）容积率不低于2.0，配备满足生产需要的货梯和卸货平台；"),
            P("（四）项目建成后主要用于制造业企业生产，不得分割销售。"),
            P(
                "在支持标准上，对符合条件的新建项目，按照项目建设投资的10%给予补贴，单个项目最高5000万元；"
                "对存量厂房加层改造的，按改造投资的15%给予补贴，最高2000万元。"
            ),
            P(
                "市经信委相关负责人表示，“工业上楼”是破解土地资源瓶颈的重要路径，下一步将会同各区建立项目库，"
                "推动一批示范项目年内开工。"
            ),
            J("sina", SINA_APP),
            J("sina", "责任编辑：刘万里 SF014", indent=False),
            J("site_contact", "厂房、仓库、工业用地租售咨询热线：021-5478 6630"),
            J("site_contact", "联系人：顾经理　手机：139-1760-3358（微信同号）"),
        ],
    ),
    # 17005 腾讯新闻: account header top, 免责声明 + 举报 bottom; plain page
    Page(
        id=17005,
        title="太仓承接上海产业外溢加速 今年已签约沪上项目43个",
        when="2025-05-22 08:50",
        category=5,
        tags=(22,),
        families=("tencent",),
        source="太仓发布",
        note="tencent page: account header line top (source = the account), 免责声明 + 举报 bottom",
        blocks=[
            J("tencent", "太仓发布　2025-05-21 17:32　发布于江苏　太仓市融媒体中心官方账号", indent=False),
            P(
                "5月21日，记者从太仓市商务局获悉，今年以来太仓已签约来自上海的产业项目43个，总投资超过210亿元，"
                "项目数量和投资额均创历年同期新高。"
            ),
            P(
                "太仓与上海嘉定、宝山接壤，是江苏距离上海最近的县级市之一。随着嘉闵线北延伸、沪苏通铁路等"
                "交通设施加快建设，太仓与上海之间的通勤时间进一步缩短，成为沪上企业扩产布局的首选地之一。"
            ),
            P(
                "签约项目中，先进制造业项目占比超过七成，涉及航空零部件、汽车核心零部件、生物医药等领域。"
                "不少企业采取“上海研发、太仓制造”的模式，总部和研发中心留在上海，生产基地落户太仓。"
            ),
            P(
                "为承接上海产业转移，太仓高新区、港区分别规划了“沪太产业协作园”和“沪太临港物流园”，"
                "可提供标准厂房约60万平方米，并配套建设人才公寓和通勤班车。"
            ),
            P("太仓市商务局负责人表示，下一步将继续深化与上海相关区的对口合作，推动更多项目早落地、早投产。"),
            J("tencent", QQ_DECL),
            J("tencent", "举报", indent=False),
        ],
    ),
    # 17006 微信公众号: 原创 header, 点击蓝字 top promo, registration with 扫码 (trap), wechat tail
    Page(
        id=17006,
        title="临港新片区特色产业园区招商推介会即将举行 欢迎企业报名参会",
        when="2025-08-15 09:10",
        category=1,
        tags=(23,),
        families=("wechat",),
        source="上海临港",
        note="wechat page: 原创 header + 点击蓝字 promo top, section/span wrappers, registration paragraph with 扫码 kept (trap), 来源/编辑 lines and interface text bottom",
        blocks=[
            WJ("wechat", "原创　临港新片区　上海临港　2025-08-14 18:00　上海"),
            WJ("wechat", "点击蓝字　关注我们"),
            WP(
                "为进一步推介临港新片区产业空间资源，服务企业投资落地，临港新片区管委会将于8月28日在"
                "滴水湖会议中心举办“特色产业园区招商推介会”。"
            ),
            WP(
                "本次推介会将集中发布临港新片区集成电路、生物医药、智能新能源汽车、高端装备、民用航空等"
                "特色产业园区的可租可售厂房资源，涉及标准厂房、研发办公、定制厂房等各类产业空间约85万平方米。"
            ),
            WP(
                "推介会现场还将解读临港新片区最新的产业扶持、人才住房和企业所得税优惠政策，并安排园区实地踏勘"
                "和一对一洽谈环节。"
            ),
            X(
                '<section style="line-height:1.75em;"><p>'
                + SPAN
                + "<strong>"
                + esc("报名方式")
                + "</strong></span></p></section>",
                body=["报名方式"],
            ),
            WP(
                "本次活动名额有限，有意参会的企业请于8月25日前扫描下方二维码填写报名信息，主办方将根据报名先后"
                "顺序确认参会名单，并以短信方式通知。"
            ),
            IMG("2025/08/lg-baoming.jpg"),
            WP("活动咨询：临港新片区管委会产业发展处，联系电话：021-68283062。"),
            WJ("wechat", "来源：临港新片区管委会"),
            WJ("wechat", "编辑：王璐"),
            wechat_tail(),
        ],
    ),
    # 17007 澎湃新闻: standalone byline top, picture credit in the middle, editor chain bottom; 12 paragraphs
    Page(
        id=17007,
        title="宝山机器人产业园扩容：新增产业空间30万平方米，已有46家整机企业集聚",
        when="2025-09-19 14:25",
        category=1,
        tags=(50,),
        families=("thepaper",),
        source="澎湃新闻",
        note="thepaper page: standalone byline top, image with 图片来源 credit in the middle, 责任编辑/图片编辑/校对 chain with <br/> bottom; long",
        blocks=[
            J("thepaper", "澎湃新闻记者 吴佳颖", indent=False),
            P(
                "9月18日，宝山区举行机器人产业园扩区发布会。扩区后，园区规划面积由原来的2.6平方公里增至"
                "4.1平方公里，新增产业空间约30万平方米。"
            ),
            P(
                "宝山机器人产业园位于顾村镇，是上海市首批特色产业园区之一。经过多年发展，园区已集聚机器人"
                "整机企业46家、核心零部件及系统集成企业120余家，去年实现产值约260亿元。"
            ),
            P(
                "“扩区主要是为了解决企业的扩产需求。”宝山区经委相关负责人说，近两年园区内多家企业订单快速增长，"
                "原有厂房已难以满足，“有的企业在外省市租了临时厂房，我们希望把它们留在宝山。”"
            ),
            IMG("2025/09/bs-robot-park.jpg", "图片来源：宝山区融媒体中心", family="thepaper"),
            P(
                "根据规划，新增区域将重点建设高层智造厂房和中试基地，首期项目“机器人智造空间”总建筑面积"
                "约12万平方米，厂房层高6米至8米，楼面承重每平方米1吨至1.5吨，计划2026年底竣工。"
            ),
            P(
                "在产业方向上，扩区后的园区将聚焦工业机器人、服务机器人、特种机器人和人形机器人四个方向，"
                "并加快补齐减速器、伺服电机、控制器等核心零部件短板。"
            ),
            P(
                "发布会上，宝山区与12家机器人企业签订投资协议，总投资约58亿元，其中包括一家人形机器人企业的"
                "华东研发制造基地。"
            ),
            P(
                "宝山区还发布了支持机器人产业发展的专项政策，对新落户的整机企业，按照固定资产投资的一定比例"
                "给予补贴；对首台（套）产品应用给予奖励；对企业租用园区厂房，前三年给予最高50%的租金补贴。"
            ),
            P(
                "一位入驻企业负责人表示，园区内上下游企业距离近，“一个零部件从下单到交货，最快半天就能完成”，"
                "这是企业愿意留在宝山的重要原因。"
            ),
            P(
                "上海市经信委数据显示，上海机器人产业规模已超过900亿元，工业机器人产量约占全国的五分之一。"
                "宝山、浦东、松江、嘉定是全市机器人产业的主要集聚区。"
            ),
            P(
                "宝山区相关负责人表示，力争到2027年，机器人产业园产值突破500亿元，培育3至5家具有全球影响力的"
                "机器人龙头企业。"
            ),
            BRJ("thepaper", ["责任编辑：宦艳红　图片编辑：陈飞燕", "校对：施鋆"]),
        ],
    ),
    # 17008 东方网: dateline glued (real), quoted statement (trap), <br/> contact (variant C), 来源/作者 bottom
    Page(
        id=17008,
        title="金山第二工业区一化工企业搬迁腾出土地 将建新材料产业园",
        when="2025-04-09 16:40",
        category=1,
        tags=(49,),
        families=("eastday", "site_contact"),
        source="东方网",
        note="eastday page: dateline glued to the lead (real), a company's quoted 声明 in the reporting (trap), 来源/作者/选稿 line bottom, site contact as <br/> lines",
        blocks=[
            P(
                "东方网记者傅文婧4月8日报道：位于金山第二工业区的一家老牌化工企业日前完成整体搬迁，腾出的"
                "约210亩工业用地将用于建设新材料产业园，重点引进高性能膜材料、电子化学品等项目。"
            ),
            P(
                "该企业在金山生产经营近三十年，因产能调整和安全环保要求，于2023年启动搬迁，生产线已整体迁至"
                "江苏连云港的化工园区。"
            ),
            P(
                "对于搬迁后的安排，该企业4月7日发布声明称：“公司已与金山第二工业区管委会签署土地收储协议，"
                "原厂区土壤修复工作将由第三方专业机构实施，修复完成后移交工业区统一开发。搬迁不影响公司正常"
                "供货，原有员工已妥善安置。”"
            ),
            P(
                "金山第二工业区相关负责人介绍，地块将先期开展土壤修复，预计明年下半年具备出让条件，届时将按照"
                "“标准地”方式供应，配套建设约8万平方米标准厂房，面向中小型新材料企业出租。"
            ),
            P("近年来，金山区持续推进存量低效用地减量提质，去年共完成低效工业用地盘活约1100亩。"),
            J("eastday", "来源：东方网　作者：傅文婧　选稿：张颖", indent=False),
            BRJ(
                "site_contact",
                ["上海厂房招商顾问：戴先生", "电话：186-2135-0917", "微信：shcfck_dai（添加请注明“厂房”）"],
            ),
        ],
    ),
    # 17009 政府网站 (闵行): metadata top, notice with conditions list and own contact section (trap), print tools bottom
    Page(
        id=17009,
        title="关于组织申报2025年度闵行区产业发展专项资金（产业园区提升类）的通知",
        when="2025-04-11 10:30",
        category=2,
        tags=(45,),
        families=("gov",),
        source="上海市闵行区人民政府",
        note="gov page: 索引号/发布机构/发文日期 metadata top, notice's numbered conditions and its own 联系人/电话/邮箱 section kept (trap), 【打印本页】【关闭窗口】 + 分享到 bottom; long",
        blocks=[
            X(
                '<div class="xxgk_table">'
                "<p>索引号：MH2500312202500045</p>"
                "<p>发布机构：闵行区经济委员会</p>"
                "<p>发文日期：2025-04-10</p>"
                "</div>",
                removed=[
                    ("gov", "索引号：MH2500312202500045"),
                    ("gov", "发布机构：闵行区经济委员会"),
                    ("gov", "发文日期：2025-04-10"),
                ],
            ),
            P("各镇、街道、莘庄工业区，各有关单位：", indent=False),
            P(
                "为推动全区产业园区提质增效，根据《闵行区产业发展专项资金管理办法》，现将2025年度产业园区提升类"
                "项目申报工作有关事项通知如下："
            ),
            H("一、支持范围", "h3"),
            P(
                "在本区注册并运营的产业园区（含产业社区、楼宇型园区），开展厂房改造、公共服务平台建设、"
                "数字化管理提升等项目。"
            ),
            H("二、申报条件", "h3"),
            P("（一）园区运营主体在本区注册，具有独立法人资格，财务管理制度健全；"),
            P("（二）园区产业定位明确，主导产业企业产值（营收）占比不低于60%；"),
            P("（三）项目已于2024年1月1日至2025年3月31日期间完成建设并投入使用，近三年无重大安全生产事故。"),
            H("三、申报时间和方式", "h3"),
            P(
                "申报时间为2025年4月14日至5月16日。申报单位登录“闵行区企业服务云”在线填报，并将加盖公章的"
                "纸质材料一式两份报送所在镇（街道、工业区）经济管理部门。"
            ),
            H("四、联系方式", "h3"),
            BRP(
                [
                    "联系人：区经委产业发展科 李老师",
                    "联系电话：021-64122371",
                    "电子邮箱：cyfzk@shmh.gov.cn",
                    "地址：闵行区沪闵路6258号1号楼408室",
                ]
            ),
            P("闵行区经济委员会", indent=False),
            P("2025年4月10日", indent=False),
            J("gov", "【打印本页】【关闭窗口】", indent=False),
            J("gov", "分享到：", indent=False),
        ],
    ),
    # 17010 site's own listing: table of buildings (real), contact in a div (variant D)
    Page(
        id=17010,
        title="松江洞泾独栋研发厂房出租 单层2200㎡起 层高8米",
        when="2025-07-03 13:18",
        category=3,
        tags=(12, 35),
        families=("site_contact",),
        source=None,
        related=(17037, 17038),
        note="site's own listing: spec table and location paragraphs real, contact in a div with a strong title line and two paragraphs",
        blocks=[
            P(
                "本项目位于松江区洞泾镇沈砖公路以北，距G60沪昆高速洞泾出口约3公里，距9号线洞泾站约10分钟车程，"
                "周边汽车零部件、电子信息和智能制造企业集聚，产业配套成熟。"
            ),
            P(
                "园区总建筑面积约6.5万平方米，由6栋独栋研发厂房和1栋配套楼组成，产证齐全，可办环评，适合"
                "精密制造、研发中试、电子装配等行业。"
            ),
            TABLE(
                [
                    ["楼号", "建筑面积（㎡）", "层高（m）", "承重（t/㎡）", "租金（元/㎡/天）"],
                    ["1#", "8800", "8/4.5", "2/0.8", "1.5"],
                    ["3#", "6600", "8/4.5", "2/0.8", "1.5"],
                    ["5#", "2200", "8", "3", "1.6"],
                ]
            ),
            P("园区配备员工食堂、停车位约300个，单栋可独立分隔，首层带卸货平台，变压器容量可按需增容。"),
            X(
                '<div class="lianxi" style="border:1px dashed #c00;padding:10px;">'
                "<p><strong>" + esc("看房预约") + "</strong></p>"
                "<p>" + esc("招商经理：许先生　手机：+86 158 0069 3214") + "</p>"
                "<p>" + esc("微信号：xu_changfang（同手机），周末可带看") + "</p>"
                "</div>",
                removed=[
                    ("site_contact", "看房预约"),
                    ("site_contact", "招商经理：许先生　手机：+86 158 0069 3214"),
                    ("site_contact", "微信号：xu_changfang（同手机），周末可带看"),
                ],
            ),
        ],
    ),
    # 17011 搜狐: 原标题 only, site contact appended after <br/> in the last paragraph (variant E), empty editor
    Page(
        id=17011,
        title="长三角G60科创走廊九城市产业园区共建共享 跨区域项目库扩至260个",
        when="2024-12-04 09:05",
        category=5,
        tags=(15, 22),
        families=("sohu", "site_contact"),
        source="搜狐",
        original_title="G60科创走廊产业协同再提速",
        note="sohu page without medal: 原标题 top, site contact glued after a <br/> to the last real paragraph, 返回搜狐 + empty 责任编辑 bottom",
        blocks=[
            J("sohu", "原标题：G60科创走廊产业协同再提速"),
            P(
                "12月3日，长三角G60科创走廊产业园区联盟年度会议在松江召开。会议发布，九城市共建共享的"
                "跨区域重大产业项目库已扩容至260个，总投资超过4300亿元。"
            ),
            P(
                "项目库重点聚焦集成电路、生物医药、人工智能、新能源、高端装备等产业，由九城市按照产业链上下游"
                "关系统一梳理、联合招商，避免同质化竞争。"
            ),
            P(
                "会上，松江、嘉兴、湖州、苏州、宣城等地的12个产业园区签订合作协议，围绕“飞地经济”、"
                "园区托管、产业链配套等开展合作。其中，松江经开区与宣城经开区将共建“G60科创走廊宣城产业园”。"
            ),
            GLUE(
                "下一步，九城市将推动园区间政策互认、要素互通，探索建立跨区域产业转移利益共享机制，"
                "让项目在走廊内“有序流动、合理布局”。",
                "（更多上海园区厂房、仓库房源，请致电 800-820-3319 或加微信 ygy13817）",
                "site_contact",
            ),
            sohu_tail("", decl=False, slug="a/842266019_120082155"),
        ],
    ),
    # 17012 运联智库 (WeChat): header + 文| line top, subheads, 转载 mention (trap), END + QR promo + 阅读原文 bottom; 13 paragraphs
    Page(
        id=17012,
        title="长三角仓储“价格战”背后：上海周边高标库还能租得动吗？",
        when="2025-06-04 08:15",
        category=7,
        tags=(27, 37),
        families=("yunlian",),
        source="运联智库",
        note="运联智库 WeChat page: header and 文| credit top, h3 subheads, a sentence about 转载 as reporting (trap), END/QR caption/阅读原文 bottom; long",
        blocks=[
            WJ("yunlian", "运联智库　2025-06-03 07:30　广东"),
            WJ("yunlian", "文 | 运联研究院　刘沛然"),
            WP(
                "过去两年，长三角高标仓市场经历了一轮明显的供给高峰。以上海为核心、半径150公里范围内，"
                "新增高标库面积超过800万平方米，而同期的净吸纳量仅为新增供应的六成左右。"
            ),
            WP(
                "供过于求直接反映在价格上。在昆山、嘉兴、太仓等上海周边城市，部分新项目的实际成交租金已较报价"
                "下降15%至20%，免租期普遍延长到3至6个月。"
            ),
            H("上海本地：核心板块依旧抗跌", "h3"),
            WP(
                "与周边城市相比，上海本地高标库表现相对坚挺。浦东机场、外高桥、临港等板块受益于跨境电商和"
                "进出口业务，空置率保持在10%以下；嘉定、青浦则因存量较大，竞争更为激烈。"
            ),
            WP(
                "一位长期从事上海仓储租赁的经纪人告诉运联研究院，目前上海市区30公里范围内，优质双层坡道库"
                "的成交租金仍在每天每平方米1.6元以上，“好的库根本不用降价，差的库降了也租不出去”。"
            ),
            H("周边城市：以价换量成为常态", "h3"),
            WP(
                "昆山花桥、嘉兴平湖等地的新项目，多数由金融资本开发持有，在出租率考核压力下，普遍采取以价换量"
                "策略。部分项目为了吸引头部电商和快递企业，甚至提供定制化改造和搬迁补贴。"
            ),
            WP(
                "这种做法在短期内提升了出租率，但也拉低了区域整体租金水平。有业主坦言，租金回到五年前的水平，"
                "项目的投资回报已经很难覆盖融资成本。"
            ),
            H("租户端：从“抢库”到“挑库”", "h3"),
            WP(
                "对租户而言，这是难得的议价窗口。运联研究院调研的40家货主和三方物流企业中，超过一半表示将在"
                "未来一年内调整仓网布局，把部分库存从租金较高的核心区迁往周边城市。"
            ),
            WP(
                "但也有企业保持谨慎。一家服饰电商的物流负责人表示，仓库外迁会拉长履约时效，“省下来的租金，"
                "可能又要花在运输和人员上”。"
            ),
            WP(
                "我们在今年3月发布的《长三角仓储市场观察》一文，被多家行业媒体和投资机构转载引用，"
                "不少读者来信询问后续数据。本文即是对该报告的季度更新。"
            ),
            WP(
                "综合来看，预计2025年下半年长三角高标库新增供应将明显减少，市场有望在2026年前后逐步走出底部，"
                "但周边城市的租金修复仍需时间。"
            ),
            WJ("yunlian", "— END —"),
            IMG("2025/06/yl-qrcode.jpg", "扫码添加运联小助手，加入长三角仓储交流群", family="yunlian"),
            WJ("yunlian", "点击“阅读原文”，报名参加第十届运联年会"),
        ],
    ),
    # 17013 新闻晨报: short article (trap: 3 paragraphs), standalone byline top, 来源/编辑 + APP promo bottom
    Page(
        id=17013,
        title="张江机器人谷再添一家整机企业总部",
        when="2025-11-12 17:30",
        category=1,
        tags=(50,),
        families=("chenbao",),
        source="新闻晨报·周到",
        related=(17007, 17020),
        note="新闻晨报 page: a short article (trap: only three real paragraphs), standalone byline top, 来源/编辑 line and APP promo bottom",
        blocks=[
            J("chenbao", "晨报记者 陈里予", indent=False),
            P(
                "11月12日，一家服务机器人整机企业在浦东张江机器人谷举行总部启用仪式，租用园区研发办公楼约1.1万平方米。"
            ),
            P(
                "该企业主要生产商用清洁机器人和配送机器人，此前总部位于闵行。新总部将设研发中心、测试场和小批量试制线。"
            ),
            P("张江机器人谷目前已集聚机器人相关企业超过百家，今年新引进项目27个。"),
            J("chenbao", "来源：新闻晨报·周到　编辑：施晨露", indent=False),
            J("chenbao", "下载周到上海APP，看更多上海新鲜事"),
        ],
    ),
    # 17014 封面新闻: standalone byline top, 报料 promo bottom, 原标题 top
    Page(
        id=17014,
        title="沪川共建产业园区合作升级：成都天府新区与上海临港签约“双园联动”",
        when="2025-07-18 20:05",
        category=5,
        tags=(22,),
        families=("thecover",),
        source="封面新闻",
        original_title="川沪“双园联动”来了！天府新区牵手上海临港",
        note="封面新闻 page: 原标题 and standalone byline top, 报料 promo in 【】 bottom, 编辑 line",
        blocks=[
            J("thecover", "原标题：川沪“双园联动”来了！天府新区牵手上海临港"),
            J("thecover", "封面新闻记者 边雪", indent=False),
            P(
                "7月17日，成都天府新区与上海临港新片区在上海签署“双园联动”合作协议，双方将在产业招商、"
                "园区运营、人才交流等方面开展深度合作。"
            ),
            P(
                "根据协议，双方将共同梳理集成电路、航空航天、新能源汽车等领域的产业链图谱，对于有西部布局需求的"
                "临港企业，由天府新区提供落地空间和配套服务；对于有意进入长三角市场的四川企业，临港将提供"
                "研发办公和中试空间。"
            ),
            P(
                "天府新区相关负责人介绍，新区已规划约2平方公里的“川沪合作产业园”，首期5万平方米标准厂房"
                "将于明年交付，可实现“拎包入驻”。"
            ),
            P(
                "临港新片区管委会相关负责人表示，“双园联动”不是简单的产业转移，而是在两地之间形成研发、制造、"
                "市场的协同分工。"
            ),
            J(
                "thecover",
                "【如果您有新闻线索，欢迎向我们报料，一经采纳有费用酬谢。报料微信关注：ihxdsb，报料QQ：3386405712】",
                indent=False,
            ),
            J("thecover", "编辑 何方迪", indent=False),
        ],
    ),
    # 17015 现代快报: dateline glued (real), contact appended in the same <p> without <br/> (variant F), 校对 bottom
    Page(
        id=17015,
        title="太仓港区高标冷库集中入市 沪上生鲜电商北上“抢库”",
        when="2025-09-03 12:40",
        category=7,
        tags=(39, 37),
        families=("xdkb", "site_contact"),
        source="现代快报",
        note="现代快报 page: 现代快报讯 dateline glued to the lead (real), the site's contact sentence appended to the last paragraph with no <br/>, 校对 line bottom",
        blocks=[
            P(
                "现代快报讯（记者 王晶 通讯员 苏商宣）9月2日，位于太仓港经济技术开发区的一座7.6万平方米"
                "高标冷库正式投用，首批入驻的三家企业中，有两家是总部在上海的生鲜电商。"
            ),
            P(
                "该冷库设有零下25℃冷冻库、0℃至4℃冷藏库和常温穿堂，配备自动化立体库和全程温控系统。"
                "项目负责人介绍，冷库距离上海宝山不到40公里，货车一个半小时可以覆盖上海大部分区域。"
            ),
            P(
                "近两年，太仓港区冷链仓储快速发展，已建成和在建冷库面积超过30万平方米。由于上海本地冷库"
                "供应紧张、租金偏高，不少上海企业选择在太仓、昆山等地布局冷链仓储。"
            ),
            P(
                "太仓港区相关负责人表示，下一步将围绕进口冷链食品、医药冷链等方向，完善口岸查验和保税监管"
                "配套，打造长三角重要的冷链物流节点。",
            ),
            GLUE(
                "据了解，目前港区还有两座冷库正在建设，预计明年投用。",
                "需要苏州、太仓高标库及冷库的企业可联系钱先生13761920445（微信同号）。",
                "site_contact",
                br=False,
            ),
            J("xdkb", "校对 陶善工", indent=False),
        ],
    ),
    # 17016 大众日报: standalone byline top, 原标题 top, 来源/责任编辑 bottom
    Page(
        id=17016,
        title="济南—上海产业合作园揭牌 首批10个沪上项目签约落地",
        when="2025-05-10 07:55",
        category=5,
        tags=(22,),
        families=("dzrb",),
        source="大众日报",
        original_title="“链”上长三角 济南—上海产业合作园揭牌",
        note="大众日报 page: 原标题 and standalone 记者/通讯员 报道 byline top, 本文来源/责任编辑 bottom",
        blocks=[
            J("dzrb", "原标题：“链”上长三角 济南—上海产业合作园揭牌"),
            J("dzrb", "大众日报记者 张国栋 通讯员 李晓 报道", indent=False),
            P(
                "5月9日，济南—上海产业合作园在济南新旧动能转换起步区揭牌，首批10个来自上海的产业项目集中签约，"
                "总投资约86亿元。"
            ),
            P(
                "合作园由济南起步区与上海一家产业园区运营商共同开发，规划面积约3平方公里，重点承接新能源装备、"
                "生物医药、智能制造等产业，采取“上海招商、济南落地、共享收益”的模式运营。"
            ),
            P(
                "首批签约项目中，有6个为上海企业的生产基地项目，另有4个为研发和结算中心。签约企业表示，"
                "济南的土地、能源和人力成本相对较低，且交通便利，适合作为北方市场的生产和配送基地。"
            ),
            P("根据规划，合作园一期12万平方米标准厂房已开工建设，预计明年6月交付使用。"),
            J("dzrb", "本文来源：大众日报　责任编辑：孟凡青", indent=False),
        ],
    ),
    # 17017 浙江在线: dateline glued (real), paragraph about a 微信公众号 (trap), 来源/编辑 + client promo bottom
    Page(
        id=17017,
        title="平湖张江长三角科技城新推20万平方米“拎包入驻”厂房",
        when="2025-03-28 11:45",
        category=3,
        tags=(35,),
        families=("zjol",),
        source="浙江在线",
        note="浙江在线 page: dateline glued to the lead (real), a paragraph about the park's 微信公众号 and 扫码 kept (trap), 来源/编辑 and client promo bottom",
        blocks=[
            P(
                "浙江在线3月27日讯（记者 沈听雨 通讯员 陆佳）平湖张江长三角科技城日前推出约20万平方米"
                "“拎包入驻”标准厂房，面向上海及周边地区的中小制造企业出租或出售。"
            ),
            P(
                "张江长三角科技城平湖园由上海张江和平湖市共同开发，是浙江省首个与上海跨省域合作的产业园区。"
                "此次推出的厂房分布在园区东区和南区，单层面积从1000平方米到5000平方米不等，部分厂房已完成基础装修。"
            ),
            P(
                "为方便企业了解房源，园区将可租可售厂房信息在“张江平湖园”微信公众号上公开发布，企业关注公众号后"
                "即可在线查看户型图、实景照片和租售价格，也可扫码预约实地看房。"
            ),
            P(
                "平湖张江长三角科技城相关负责人表示，园区对入驻的上海企业实行“同城待遇”，在项目审批、"
                "人才落户、子女入学等方面享受与本地企业同等服务。"
            ),
            P("截至目前，园区已累计引进上海项目120余个，其中高新技术企业45家。"),
            J("zjol", "来源：浙江在线　编辑：吴晔嘉", indent=False),
            J("zjol", "下载浙江新闻客户端，看更多浙江新闻"),
        ],
    ),
    # 17018 杭州日报: dateline glued (real), 党媒平台 declaration + 来源/编辑 bottom
    Page(
        id=17018,
        title="钱塘区智能物流园开园 首批入驻企业含三家沪上快递总部",
        when="2025-01-14 08:30",
        category=7,
        tags=(27,),
        families=("hzrb",),
        source="杭州日报",
        note="杭州日报 page: 杭州日报讯 dateline glued to the lead (real), 党媒平台 declaration and 来源/作者/编辑 line bottom",
        blocks=[
            P(
                "杭州日报讯 记者 孙钰 通讯员 钱宣 昨天上午，钱塘区智能物流园正式开园。园区总建筑面积约"
                "28万平方米，首批入驻企业18家，其中包括三家总部在上海的快递物流企业的浙北区域分拨中心。"
            ),
            P(
                "智能物流园位于钱塘区江东片区，紧邻杭州湾跨海大桥和杭甬高速，至上海浦东机场约2小时车程。"
                "园区建有双层坡道库、自动化分拣中心和新能源货车充换电站。"
            ),
            P(
                "钱塘区相关负责人介绍，园区将重点发展电商物流、冷链物流和跨境物流，力争三年内实现年营业收入"
                "50亿元，成为杭州都市圈东部的物流枢纽。"
            ),
            P("开园仪式上，钱塘区还与上海一家供应链企业签订协议，共同建设“杭沪供应链协同服务中心”。"),
            J("hzrb", "本文来自【杭州日报】，仅代表作者观点。全国党媒信息公共平台提供信息发布传播服务。"),
            J("hzrb", "来源：杭州日报　作者：孙钰　编辑：郑佳", indent=False),
        ],
    ),
    # 17019 合肥晚报: standalone byline top, 来源/编辑/审核 bottom
    Page(
        id=17019,
        title="合肥新桥智能电动汽车产业园与嘉定汽车城签约 共建零部件配套基地",
        when="2024-11-20 19:10",
        category=5,
        tags=(29,),
        families=("hfwb",),
        source="合肥晚报",
        note="合肥晚报 page: three-outlet byline standalone top, 来源/编辑/审核 lines bottom",
        blocks=[
            J("hfwb", "合肥晚报、合肥在线、掌上合肥记者 王恒", indent=False),
            P(
                "11月19日，合肥新桥智能电动汽车产业园与上海嘉定汽车城签订战略合作协议，双方将共建智能电动汽车"
                "零部件配套基地，推动两地整车与零部件企业互为配套。"
            ),
            P(
                "新桥智能电动汽车产业园是合肥新能源汽车产业的重要承载地，已集聚整车及零部件企业百余家。"
                "嘉定汽车城则拥有上汽大众、上汽乘用车等整车企业和大量一级供应商。"
            ),
            P(
                "根据协议，双方将建立零部件企业“供需对接清单”，每季度组织一次配套对接会；对在两地同时布局的企业，"
                "在厂房租赁、政策兑现等方面给予便利。"
            ),
            P(
                "业内人士认为，合肥与上海之间的汽车产业协作，有利于降低零部件物流成本，提升长三角新能源汽车"
                "产业链的整体韧性。"
            ),
            J("hfwb", "来源：合肥晚报", indent=False),
            J("hfwb", "编辑：刘畅　审核：陈玲", indent=False),
        ],
    ),
    # 17020 科技日报: standalone byline top, inline 相关阅读 list in the middle, 来源/作者/责任编辑 bottom
    Page(
        id=17020,
        title="张江集成电路中试基地投用 为中小设计企业提供流片验证服务",
        when="2025-02-26 10:05",
        category=1,
        tags=(41,),
        families=("stdaily",),
        source="科技日报",
        note="科技日报 page: standalone byline top, a 相关阅读 list of two headlines in the middle, 来源/作者/责任编辑 line bottom",
        blocks=[
            J("stdaily", "科技日报记者 王春", indent=False),
            P(
                "2月25日，位于上海张江科学城的集成电路中试基地正式投用。基地建筑面积约3.6万平方米，配备"
                "8英寸和12英寸工艺验证线，可为中小集成电路设计企业提供流片验证、封装测试和可靠性分析服务。"
            ),
            P(
                "“过去中小设计企业流片要排队，一等就是几个月，现在在基地可以做小批量验证。”基地运营方负责人介绍，"
                "基地采取共享模式，企业按使用时长付费，验证周期可缩短约40%。"
            ),
            X(
                "<p><strong>" + esc("相关阅读") + "</strong></p>"
                '<p><a href="http://www.stdaily.com/index/kejixinwen/202502/3a1f.shtml">'
                + esc("上海集成电路产业规模突破3000亿元")
                + "</a></p>"
                '<p><a href="http://www.stdaily.com/index/kejixinwen/202501/7c2e.shtml">'
                + esc("张江科学城加快建设世界级集成电路产业集群")
                + "</a></p>",
                removed=[
                    ("stdaily", "相关阅读"),
                    ("stdaily", "上海集成电路产业规模突破3000亿元"),
                    ("stdaily", "张江科学城加快建设世界级集成电路产业集群"),
                ],
            ),
            P(
                "据介绍，中试基地由浦东新区与多家龙头企业共同投资建设，已与30余家设计企业签订服务协议，"
                "涵盖车规芯片、射频芯片、功率器件等领域。"
            ),
            P(
                "张江科学城相关负责人表示，中试环节是集成电路成果转化的关键一环，基地投用将进一步完善张江"
                "“设计—制造—封测—装备材料”全产业链生态。"
            ),
            J("stdaily", "来源：科技日报　作者：王春　责任编辑：常丽君", indent=False),
        ],
    ),
    # 17021 中国工业报: standalone byline top, subscription QR caption in the middle, 来源/编辑/审核 bottom; 10 paragraphs
    Page(
        id=17021,
        title="“工业上楼”在上海：从“摊大饼”到“叠积木”的产业空间之变",
        when="2025-08-21 09:00",
        category=3,
        tags=(33,),
        families=("cinn",),
        source="中国工业报",
        note="中国工业报 page: standalone byline top, a subscription QR caption between paragraphs (middle), 来源/编辑/审核 lines bottom; long",
        blocks=[
            J("cinn", "中国工业报记者 许亚薇", indent=False),
            P(
                "在上海，一栋栋高层厂房正拔地而起。在松江、闵行、浦东等地的产业园区里，十几层高的“智造空间”"
                "里，货梯直达楼层，机器在楼上运转，这种“工业上楼”的模式正在改变上海的产业空间格局。"
            ),
            P(
                "“上海的工业用地已接近天花板，只能向空中要空间。”上海市经信委相关负责人表示，全市工业用地"
                "面积约占建设用地的四分之一，新增空间十分有限。"
            ),
            H("高容积率带来新供给"),
            P(
                "按照规划，上海将在2025年底前累计建成“智造空间”3000万平方米以上。这些项目的容积率普遍在2.0以上，"
                "部分项目达到4.0，同样面积的土地可以容纳的产能是传统单层厂房的数倍。"
            ),
            P(
                "松江区一个“工业上楼”项目负责人介绍，项目共有10栋高层厂房，首层层高8米、承重3吨，二层以上层高"
                "5.4米、承重1吨，配备载重5吨的大型货梯，适合电子信息、精密仪器、生物医药等行业。"
            ),
            IMG("2025/08/cinn-dingyue.jpg", "长按识别二维码，订阅《中国工业报》", family="cinn"),
            H("企业从观望到接受"),
            P(
                "在推广初期，不少制造企业对“上楼”存有顾虑，担心振动、货运效率和消防审批等问题。随着一批项目"
                "投用，企业的态度逐渐转变。"
            ),
            P(
                "一家医疗器械企业负责人告诉记者，企业租用了高层厂房的第六层，洁净车间和仓储在同一楼层，"
                "“比原来单层厂房的布局更紧凑，物流动线反而更短。”"
            ),
            P(
                "专家指出，“工业上楼”并不适合所有行业，重型装备、大宗原材料加工等仍需要单层厂房，"
                "应当根据产业特点分类引导。"
            ),
            P(
                "上海市经信委表示，下一步将完善高层厂房的设计标准和消防规范，推动“工业上楼”从“建得好”"
                "向“用得好”转变。"
            ),
            J("cinn", "来源：中国工业报", indent=False),
            J("cinn", "编辑：孟静　审核：卫铁民", indent=False),
        ],
    ),
    # 17022 中国贸易报: 本报讯 dateline glued (real), 版权 as news (trap), 来源/责任编辑 bottom
    Page(
        id=17022,
        title="外高桥保税物流园区跨境电商仓储需求旺盛 保税仓出租率达96%",
        when="2025-04-23 15:35",
        category=7,
        tags=(27, 37),
        families=("chinatradenews",),
        source="中国贸易报",
        note="中国贸易报 page: 本报讯 dateline glued to the lead (real), a paragraph about 版权/知识产权 service as news kept (trap), 来源/责任编辑 line bottom",
        blocks=[
            P(
                "本报讯 记者 刘禹松 今年一季度，上海外高桥保税物流园区跨境电商业务量同比增长28%，园区保税仓"
                "出租率达到96%，创近五年新高。"
            ),
            P(
                "外高桥保税物流园区是我国首个保税物流园区，具备保税仓储、国际中转、出口拼箱等功能。近年来，"
                "随着跨境电商“1210”保税进口模式快速发展，园区内保税仓需求持续旺盛。"
            ),
            P(
                "园区运营方介绍，目前园区正在对部分老旧仓库进行改造升级，新增约5万平方米高标准保税仓，"
                "预计下半年投入使用。"
            ),
            P(
                "为服务外贸企业，上海市贸促会在园区设立服务站，为企业提供原产地证书签发、商事认证和"
                "知识产权保护咨询，其中包括商标、专利和产品设计版权的海外维权指导。"
            ),
            P("业内人士表示，保税仓储资源紧张的局面短期内仍将持续，企业应提前规划仓储布局。"),
            J("chinatradenews", "来源：中国贸易报　责任编辑：马秀秀", indent=False),
        ],
    ),
    # 17023 中国物流与采购网: top 来源/作者/日期, list of parks (trap), 版权声明 bottom; 12 paragraphs
    Page(
        id=17023,
        title="长三角示范物流园区评估结果发布 上海6家园区入选",
        when="2025-02-12 14:00",
        category=7,
        tags=(27,),
        families=("chinawuliu",),
        source="中国物流与采购网",
        note="中国物流与采购网 page: 来源/作者/日期 line top, a list of park names kept (trap), the site's 声明 on reprints bottom; long",
        blocks=[
            J("chinawuliu", "来源：中国物流与采购网　作者：杨达卿　日期：2025-02-11", indent=False),
            P(
                "近日，中国物流与采购联合会发布2024年度长三角地区示范物流园区评估结果，共有28家园区入选，"
                "其中上海6家、江苏9家、浙江8家、安徽5家。"
            ),
            P(
                "本次评估从园区规模、功能完善程度、信息化水平、绿色低碳和辐射带动作用等方面进行综合评价，"
                "入选园区平均占地面积约1.2平方公里，入驻企业平均超过120家。"
            ),
            P("上海入选的6家园区分别是："),
            P("1. 上海西北综合物流园区"),
            P("2. 上海外高桥物流园区"),
            P("3. 上海浦东空港物流园区"),
            P("4. 上海洋山深水港物流园区"),
            P("5. 上海临港物流园区"),
            P("6. 上海松江综合物流园区"),
            P(
                "从评估情况看，长三角物流园区正在从传统的仓储租赁向供应链综合服务转型，多式联运、"
                "冷链物流和智慧物流成为园区升级的主要方向。"
            ),
            P(
                "中物联相关负责人表示，下一步将推动示范园区之间开展互联互通，探索建立长三角物流园区联盟，"
                "共享仓储资源和运力信息。"
            ),
            J(
                "chinawuliu",
                "声明：本网所刊载的文章，如注明来源为“中国物流与采购网”，版权均属于中国物流与采购联合会所有，"
                "任何媒体、网站或个人未经本网协议授权不得转载、链接、转贴或以其他方式复制发布。",
            ),
        ],
    ),
    # 17024 慧聪网: 【慧聪物流网】 tag glued to the lead (real), 免责声明 + 温馨提示 bottom
    Page(
        id=17024,
        title="宝山一物流园启动自动化改造 四向穿梭车立体库年内投用",
        when="2024-10-16 16:20",
        category=7,
        tags=(27,),
        families=("hc360",),
        source="慧聪网",
        note="慧聪网 page: 【慧聪物流网】 tag glued to the front of the lead (real, dateline convention), 免责声明 and 温馨提示 bottom",
        blocks=[
            P(
                "【慧聪物流网】近日，位于上海宝山区罗店镇的一座物流园启动自动化改造项目，计划建设一座"
                "四向穿梭车立体库，总储位约2.8万个，预计年底投入使用。"
            ),
            P(
                "该物流园占地约150亩，原有仓库为单层平库，主要服务快消品和汽车零部件客户。园区负责人表示，"
                "改造后单位面积存储能力将提升约三倍，出入库效率提升约50%。"
            ),
            P(
                "近年来，随着土地和人工成本上升，上海及周边地区越来越多的物流园区选择对存量仓库进行自动化改造，"
                "四向穿梭车、AMR机器人等设备的应用明显增加。"
            ),
            J(
                "hc360",
                "免责声明：凡注明来源本网的所有作品，均为本网合法拥有版权或有权使用的作品，欢迎转载，注明出处。"
                "非本网作品均来自互联网，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。",
            ),
            J("hc360", "【慧聪网】温馨提示：商机交易请谨慎，勿轻信预付定金、保证金等。"),
        ],
    ),
    # 17025 物流时代周刊 (WeChat): header + 作者|编辑| top, 原创/转载 notice + END + 推荐阅读 bottom
    Page(
        id=17025,
        title="芦潮港冷链仓储扩容：进口肉类“港区直提”带火周边冷库",
        when="2025-09-03 18:20",
        category=7,
        tags=(39,),
        families=("wlsdzk",),
        source="物流时代周刊",
        note="物流时代周刊 WeChat page: header and 作者|编辑| line top, 原创/转载 notice, END and a 推荐阅读 list bottom",
        blocks=[
            WJ("wlsdzk", "物流时代周刊　2025-09-02 17:05　北京"),
            WJ("wlsdzk", "作者 | 孟晓　编辑 | 周一"),
            WP(
                "今年以来，洋山港进口冷链货量持续增长。随着“港区直提”等便利化措施落地，进口肉类、水产品"
                "可以在码头完成查验后直接提离，带动芦潮港周边冷库需求明显上升。"
            ),
            WP(
                "据临港新片区相关部门统计，芦潮港区域现有冷库容量约60万吨，上半年平均使用率超过85%，"
                "旺季时部分冷库需要排队入库。"
            ),
            WP(
                "为缓解冷库紧张，区域内两座新建冷库项目正加快建设，合计新增库容约18万吨，其中一座为"
                "多温区自动化冷库，预计明年一季度投用。"
            ),
            WP(
                "一家进口肉类贸易商告诉记者，冷库离港口越近，短驳成本越低，“以前从港口拉到浦西的冷库，"
                "一个柜的运费就要多花一千多元。”"
            ),
            WJ("wlsdzk", "本文为物流时代周刊原创，如需转载请联系后台授权。"),
            WJ("wlsdzk", "— END —"),
            X(
                '<section style="line-height:1.75em;">'
                "<p>" + SPAN + esc("推荐阅读") + "</span></p>"
                "<p>" + SPAN + esc("冷链“最先一公里”，谁在补短板？") + "</span></p>"
                "<p>" + SPAN + esc("2025上半年中国冷链物流百强榜发布") + "</span></p>"
                "<p>" + SPAN + esc("前置仓退潮之后，城配冷链怎么走") + "</span></p>"
                "</section>",
                removed=[
                    ("wlsdzk", "推荐阅读"),
                    ("wlsdzk", "冷链“最先一公里”，谁在补短板？"),
                    ("wlsdzk", "2025上半年中国冷链物流百强榜发布"),
                    ("wlsdzk", "前置仓退潮之后，城配冷链怎么走"),
                ],
            ),
        ],
    ),
    # 17026 闵行报: standalone byline top, 来源/编辑/审核 bottom, ZSBOX contact (variant G, +86 hotline)
    Page(
        id=17026,
        title="马桥人工智能创新试验区新推研发厂房 首批12家企业签约入驻",
        when="2025-06-26 11:30",
        category=1,
        tags=(23,),
        families=("mhb", "site_contact"),
        source="闵行报",
        note="闵行报 page: standalone byline top, 来源/编辑/审核 bottom, ZSBOX contact with +86 hotline (邵海军)",
        blocks=[
            J("mhb", "闵行报记者 钱嘉敏", indent=False),
            P(
                "6月25日，马桥人工智能创新试验区举行产业空间发布暨企业签约活动，新推出研发厂房约9万平方米，"
                "首批12家人工智能和智能制造企业现场签约入驻。"
            ),
            P(
                "新推出的研发厂房位于试验区南区，共有8栋，单栋面积6000至1.5万平方米，首层层高7.2米，"
                "可满足研发、中试和小批量生产需求，园区配套建设人才公寓约500套。"
            ),
            P(
                "马桥镇相关负责人介绍，试验区已集聚人工智能相关企业300余家，形成了智能传感、智能机器人、"
                "智能网联汽车等产业集群。今年以来，试验区新增注册企业86家。"
            ),
            P("活动现场，马桥镇还为入驻企业代表颁发了“服务专员”联系卡，实行一企一专员的跟踪服务。"),
            BRJ("mhb", ["来源：闵行报", "编辑：周婷　审核：谢峰"]),
            ZSBOX(
                "邵海军",
                "闵行/松江园区厂房直租：",
                "+86 21 6091 2276",
                "手机微信：",
                ["+86 135 6416 0082"],
                "请注明厂房面积、行业和预算，专人一小时内回复。",
                "扫一扫添加邵海军微信，获取最新房源",
            ),
        ],
    ),
    # 17027 嘉定报 (WeChat wrappers): byline in a section, inline 相关阅读 in the middle, 文字/图片/编辑 bottom, QR caption contact (variant H)
    Page(
        id=17027,
        title="嘉定氢能港二期开工 新增氢能装备制造厂房15万平方米",
        when="2025-05-28 17:45",
        category=1,
        tags=(13, 29),
        families=("jdb", "site_contact"),
        source="嘉定报",
        note="嘉定报 page in WeChat wrappers: byline top, 相关阅读 line in the middle, 文字/图片/编辑/来源 credits bottom, site contact as a QR image caption",
        blocks=[
            WJ("jdb", "嘉定报记者 黄梦莹"),
            WP(
                "5月27日，嘉定氢能港二期项目开工。项目位于嘉定工业区北区，总建筑面积约15万平方米，将建设"
                "氢能装备制造厂房、检测认证中心和氢能应用示范场景，预计2027年竣工。"
            ),
            WP(
                "嘉定氢能港一期已于2023年建成投用，集聚了燃料电池电堆、膜电极、储氢瓶等产业链企业40余家。"
                "随着一期厂房基本满租，一批企业提出扩产需求，二期项目应运而生。"
            ),
            WJ("jdb", "相关阅读：嘉定氢能港一期满租，燃料电池产业链加速集聚"),
            WP(
                "根据规划，二期将重点引进氢气压缩机、加氢设备、车载储氢系统等装备制造企业，补齐嘉定氢能产业链"
                "的装备环节。"
            ),
            WP(
                "嘉定区相关负责人表示，嘉定将继续推进燃料电池汽车示范应用，到2027年推广燃料电池汽车超过"
                "3000辆，建成加氢站20座。"
            ),
            WJ("jdb", "文字：黄梦莹　图片：姚晨"),
            WJ("jdb", "编辑：胡雯婧"),
            WJ("jdb", "来源：嘉定报"),
            IMG(
                "2025/05/jd-sun-wx.jpg",
                "扫码添加招商顾问孙先生微信，免费获取嘉定园区房源表",
                family="site_contact",
            ),
        ],
    ),
    # 17028 政府网站 (市经信委): 发布日期/来源 top, 公示 list of parks (trap) and its own objection contact (trap), print tools bottom
    Page(
        id=17028,
        title="关于2025年上海市特色产业园区（新增）名单的公示",
        when="2025-07-23 09:20",
        category=2,
        tags=(23, 45),
        families=("gov",),
        source="上海市经济和信息化委员会",
        note="gov page: 发布日期/来源 line top, a 公示 list of parks and its own 异议 contact (phone, gov e-mail) kept (trap), 【打印】【关闭】 bottom",
        blocks=[
            J("gov", "发布日期：2025-07-22　来源：产业投资处", indent=False),
            P(
                "根据《上海市特色产业园区认定管理办法》，经各区推荐、专家评审，拟认定以下5家园区为2025年"
                "上海市特色产业园区（新增），现予以公示："
            ),
            P("1. 闵行马桥人工智能创新试验区"),
            P("2. 嘉定氢能港"),
            P("3. 宝山机器人产业园（扩区）"),
            P("4. 青浦长三角数字干线智造园"),
            P("5. 奉贤东方美谷生命健康产业园"),
            P("公示期为2025年7月22日至7月28日。公示期间，如有异议，请以书面形式向市经济信息化委反映。"),
            P("联系电话：021-23112586；电子邮箱：cytz@sheitc.sh.gov.cn", indent=False),
            P("上海市经济和信息化委员会", indent=False),
            P("2025年7月22日", indent=False),
            J("gov", "【打印】【关闭】", indent=False),
        ],
    ),
    # 17029 政府网站 (松江): 来源/发布时间 + 字号 top, table with data note (trap), QR + print bottom
    Page(
        id=17029,
        title="2025年上半年松江区工业经济运行情况",
        when="2025-08-06 15:00",
        category=5,
        tags=(12, 22),
        families=("gov",),
        source="上海市松江区人民政府",
        note="gov page: 来源/发布时间 and 字号 tools top, a table with 数据来源 note kept (trap), 扫一扫在手机打开 + print tools bottom",
        blocks=[
            X(
                '<div class="article-info"><p>'
                + esc("来源：松江区统计局　发布时间：2025-08-05")
                + "</p></div>\n"
                '<div class="fontsize"><p>' + esc("字号：大 中 小") + "</p></div>",
                removed=[("gov", "来源：松江区统计局　发布时间：2025-08-05"), ("gov", "字号：大 中 小")],
            ),
            P(
                "上半年，松江区工业经济总体平稳。全区完成规模以上工业总产值1765.3亿元，同比增长4.2%，"
                "其中6月当月增长6.1%，增速较一季度加快。"
            ),
            P("分行业看，电子信息、现代装备和新能源产业保持增长，生物医药产业降幅收窄。"),
            TABLE(
                [
                    ["行业", "产值（亿元）", "同比增长（%）"],
                    ["电子信息", "842.6", "5.8"],
                    ["现代装备", "356.1", "7.3"],
                    ["新材料", "168.4", "2.1"],
                    ["生物医药", "121.9", "-1.6"],
                ],
                header="td",
            ),
            P("注：表中数据为规模以上工业企业口径。数据来源：松江区统计局", indent=False),
            P(
                "从园区看，松江经济技术开发区、松江综合保税区和G60科创云廊所在的九亭镇贡献了全区近七成的"
                "工业产值。"
            ),
            P("下半年，松江将加快重大产业项目投产达产，推动工业经济持续回升向好。"),
            J("gov", "扫一扫在手机打开当前页", indent=False),
            J("gov", "【打印本页】【关闭窗口】", indent=False),
        ],
    ),
    # 17030 东方财富: 来源 line top, e公司 dateline glued (real), risk-warning sentence of the company kept (trap), 郑重声明 bottom
    Page(
        id=17030,
        title="上市公司拟在奉贤投资12亿元建设新能源电池材料生产基地",
        when="2025-01-08 20:30",
        category=1,
        tags=(29,),
        families=("eastmoney",),
        source="证券时报网",
        note="东方财富 page: 来源 line top, 证券时报e公司讯 dateline glued (real), the company's own risk warning quoted in the article kept (trap), 郑重声明 + APP promo bottom",
        blocks=[
            J("eastmoney", "2025-01-08 19:42:16　来源：证券时报网", indent=False),
            P(
                "证券时报e公司讯，某电池材料公司1月8日晚间公告，公司拟与上海市奉贤区人民政府签订投资协议，"
                "在奉贤经济开发区投资约12亿元建设新能源电池材料生产基地。"
            ),
            P(
                "公告显示，项目计划用地约120亩，建设年产2万吨高性能正极材料生产线及研发中心，建设周期约24个月，"
                "项目资金来源为公司自有资金和银行贷款。"
            ),
            P(
                "公司表示，本次投资有利于完善公司在长三角地区的产能布局，贴近下游客户，降低物流成本。"
                "项目尚需履行土地招拍挂、环评等审批程序，能否顺利实施存在不确定性，敬请广大投资者注意投资风险。"
            ),
            P("奉贤区近年来持续引进新能源产业项目，已形成从电池材料到整车制造的产业链条。"),
            J("eastmoney", "郑重声明：东方财富发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。"),
            J("eastmoney", EM_MORE),
        ],
    ),
    # 17031 网易号: 原标题 top, div/span contact with <br/> (variant I), NE declaration only
    Page(
        id=17031,
        title="东方美谷化妆品产业园新增定制厂房 奉贤再迎5家美妆企业",
        when="2024-11-07 10:50",
        category=1,
        tags=(43,),
        families=("netease", "site_contact"),
        source="奉贤发布",
        original_title="“美丽经济”再升级！东方美谷又签5家",
        note="netease page: header line (source = the account) and 原标题 top, 特别声明 bottom (no English notice), site contact in a div of spans with <br/>",
        blocks=[
            J("netease", "2024-11-06 16:41:20　来源: 奉贤发布", indent=False),
            J("netease", "原标题：“美丽经济”再升级！东方美谷又签5家"),
            P(
                "11月6日，奉贤区东方美谷化妆品产业园举行企业签约仪式，5家美妆及个人护理企业签约入驻，"
                "将租用园区新建的定制厂房约4.5万平方米。"
            ),
            P(
                "东方美谷是上海市特色产业园区，目前已集聚化妆品企业近200家，上海约四分之一的化妆品生产企业"
                "在这里落户。"
            ),
            P(
                "园区相关负责人介绍，新建定制厂房按照化妆品生产质量管理规范设计，预留洁净车间和原料仓储空间，"
                "企业可根据工艺要求进行个性化改造，缩短投产周期。"
            ),
            P("今年前三季度，东方美谷化妆品产业实现产值约380亿元，同比增长9.5%。"),
            J("netease", NE_DECL),
            X(
                '<div class="zs-line" style="text-align:center;color:#b22;">'
                "<span>" + esc("上海产业园区招商热线：") + "</span><span>400-6191-021</span><br/>"
                "<span>" + esc("微信：15921637782（注明“奉贤”）") + "</span></div>",
                removed=[
                    ("site_contact", "上海产业园区招商热线：400-6191-021\n微信：15921637782（注明“奉贤”）")
                ],
            ),
        ],
    ),
    # 17032 新浪财经 (from 第一财经): 来源 line top, sina ad in the middle, APP + editor code bottom
    Page(
        id=17032,
        title="上海高标仓租金连续下行 外资机构：明年下半年有望筑底",
        when="2025-10-22 18:05",
        category=7,
        tags=(37, 27),
        families=("sina",),
        source="第一财经",
        note="sina page copying 第一财经: 来源 line top (source = 第一财经), 金麒麟 ad mid-article, APP promo + editor with staff code bottom",
        blocks=[
            J("sina", "来源：第一财经", indent=False),
            P(
                "三季度，上海高标准仓库平均租金继续下行。多家外资房地产服务机构的数据显示，上海高标仓平均"
                "净有效租金环比下降1.5%至2.0%，为连续第六个季度下滑。"
            ),
            P(
                "租金下行的主要原因是新增供应集中入市。今年前三季度，上海及周边新增高标仓面积约230万平方米，"
                "而需求端增长相对温和。"
            ),
            P(
                "分区域看，浦东、松江的租金相对坚挺，嘉定、青浦和奉贤的部分项目为提升出租率，给出的"
                "优惠幅度较大。"
            ),
            J("sina", SINA_AD),
            P(
                "一家外资机构的物流地产研究负责人表示，随着新增供应在2026年明显减少，以及制造业和跨境电商"
                "需求回暖，预计上海高标仓租金有望在明年下半年筑底。"
            ),
            P(
                "也有业内人士提醒，部分业主仍面临较大的出租压力，短期内“以价换量”的现象不会消失，"
                "租户可以利用窗口期锁定更长的租约。"
            ),
            J("sina", SINA_APP),
            J("sina", "责任编辑：张俊 SF065", indent=False),
        ],
    ),
    # 17033 腾讯新闻: header top, hotline in reporting (trap), 免责声明 bottom
    Page(
        id=17033,
        title="罗泾镇推出“厂房招租直通车” 一周内完成选址对接",
        when="2025-03-19 13:15",
        category=3,
        tags=(35,),
        families=("tencent",),
        source="上海宝山",
        related=(17002, 17024, 17010),
        note="tencent page: account header top (source = the account), a town's 服务热线 in a sentence of reporting kept (trap), 免责声明 + 举报 bottom",
        blocks=[
            J("tencent", "上海宝山　2025-03-18 20:15　发布于上海　宝山区融媒体中心官方账号", indent=False),
            P(
                "为加快盘活存量厂房，宝山区罗泾镇近日推出“厂房招租直通车”服务，将镇域内可出租厂房信息统一"
                "汇总，企业提出需求后，一周内即可完成选址对接。"
            ),
            P(
                "罗泾镇地处宝山区最北端，与江苏太仓接壤，镇域内有工业园区6个、可出租厂房约25万平方米，"
                "主要适合装备制造、新材料和仓储物流企业。"
            ),
            P(
                "有意向的企业可拨打罗泾镇企业服务中心热线021-56697012，或前往镇行政服务中心二楼窗口登记，"
                "工作人员将根据企业需求推荐房源，并全程陪同看房。"
            ),
            P(
                "罗泾镇相关负责人表示，“直通车”服务推出以来，已帮助9家企业完成选址，租用厂房面积约3.2万平方米。"
            ),
            J("tencent", QQ_DECL),
        ],
    ),
    # 17034 微信公众号 (漕河泾): header top, 人才公寓 application with 扫码 and the park's own phone (trap), END + 来源丨编辑丨审核丨 + 阅读原文 bottom
    Page(
        id=17034,
        title="漕河泾开发区人才公寓开放申请 园区企业员工可享租金优惠",
        when="2025-04-17 08:40",
        category=2,
        tags=(47,),
        families=("wechat",),
        source="漕河泾开发区",
        note="wechat page: account header top, an application notice with 扫码 and the park's own 咨询电话 kept (trap), END + 来源丨编辑丨审核丨 in one <br/> block + 阅读原文 bottom",
        blocks=[
            WJ("wechat", "漕河泾开发区　2025-04-16 17:45　上海"),
            WP(
                "为更好服务园区企业人才，漕河泾开发区人才公寓（浦江园区）第二批房源即日起开放申请，"
                "共推出房源420套，户型包括一室户、一室一厅和两室一厅。"
            ),
            WP(
                "申请对象为在漕河泾开发区（含浦江园区）注册或实际办公的企业员工，申请人本人及配偶在本市无住房。"
                "符合条件的人才可享受低于市场价约20%的租金优惠，租期最长可达三年。"
            ),
            WP(
                "申请方式：由企业统一申请。企业人事负责人扫描下方二维码，填写企业信息和员工名单，并上传劳动合同"
                "等材料，园区审核通过后将通知选房。"
            ),
            IMG("2025/04/chj-gongyu.jpg"),
            WP("咨询电话：021-64851288（工作日9:00—17:00）"),
            WJ("wechat", "END"),
            X(
                '<section style="text-align:center;"><p>'
                + SPAN
                + esc("来源丨园区服务中心")
                + "</span><br/>"
                + SPAN
                + esc("编辑丨沈悦")
                + "</span><br/>"
                + SPAN
                + esc("审核丨顾晓东")
                + "</span></p></section>",
                removed=[("wechat", "来源丨园区服务中心\n编辑丨沈悦\n审核丨顾晓东")],
            ),
            WJ("wechat", "点击“阅读原文”查看人才公寓房源详情"),
            WJ("wechat", "喜欢此内容的人还喜欢"),
        ],
    ),
    # 17035 微信公众号 (a park marketing account): top promo, strong/br paragraphs, bottom QR and interface text
    Page(
        id=17035,
        title="苏州工业园区生物医药产业园三期招租：独栋研发楼+GMP厂房",
        when="2025-10-09 10:25",
        category=3,
        tags=(43, 35),
        families=("wechat",),
        source="苏州工业园区发布",
        note="wechat page: 点击上方蓝字 promo top, <strong>heading<br/>text paragraphs, 分享/点赞/在看 interface text and a follow prompt bottom",
        blocks=[
            WJ("wechat", "点击上方蓝字“苏州工业园区发布”关注我们"),
            WP(
                "苏州工业园区生物医药产业园（BioBAY）三期项目日前竣工，即日起面向国内外生物医药企业招租。"
                "三期总建筑面积约23万平方米，包括独栋研发楼、GMP标准厂房和配套商业。"
            ),
            X(
                "<section><p>"
                + SPAN
                + "<strong>"
                + esc("产业空间：")
                + "</strong></span><br/>"
                + SPAN
                + esc(
                    "独栋研发楼单栋面积3000至8000平方米，GMP厂房层高6米，楼面承重每平方米1吨，"
                    "预留洁净区排风和纯化水管路。"
                )
                + "</span></p></section>",
                body=[
                    "产业空间：\n独栋研发楼单栋面积3000至8000平方米，GMP厂房层高6米，楼面承重每平方米1吨，"
                    "预留洁净区排风和纯化水管路。"
                ],
            ),
            X(
                "<section><p>"
                + SPAN
                + "<strong>"
                + esc("配套服务：")
                + "</strong></span><br/>"
                + SPAN
                + esc(
                    "园区提供公共实验平台、动物房、危废处理和注册申报辅导等服务，距上海虹桥枢纽约50分钟车程。"
                )
                + "</span></p></section>",
                body=[
                    "配套服务：\n园区提供公共实验平台、动物房、危废处理和注册申报辅导等服务，"
                    "距上海虹桥枢纽约50分钟车程。"
                ],
            ),
            WP("目前，BioBAY已集聚生物医药企业600余家，其中上海迁入或设立分支机构的企业约80家。"),
            WJ("wechat", "分享　收藏　点赞　在看"),
            IMG("2025/10/sip-gzh.jpg", "长按二维码关注“苏州工业园区发布”", family="wechat"),
        ],
    ),
    # 17036 澎湃号·政务: 来源 top, 原标题 top, 澎湃号 declaration bottom
    Page(
        id=17036,
        title="奉贤“零土地”技改项目提速 老厂房加层扩产不再难",
        when="2025-02-18 14:45",
        category=2,
        tags=(33,),
        families=("thepaper",),
        source="上海奉贤",
        original_title="加层扩产不用再拿地！奉贤这项改革让企业“长高”",
        note="澎湃号·政务 page: 原标题 and 澎湃号 account line top (source = the account), the 澎湃号 upload declaration bottom",
        blocks=[
            J("thepaper", "原标题：加层扩产不用再拿地！奉贤这项改革让企业“长高”"),
            J("thepaper", "上海奉贤　澎湃号·政务", indent=False),
            P(
                "在不新增用地的情况下，通过加层、改建提高容积率，奉贤区一批“零土地”技改项目正在加快推进。"
                "今年以来，全区已有23个存量厂房加层扩建项目获批，新增生产空间约18万平方米。"
            ),
            P(
                "过去，企业在自有土地上加层扩建，需要重新办理规划调整、补缴土地出让金等手续，周期长、成本高。"
                "去年，奉贤区出台支持存量工业用地提高容积率的实施细则，对符合产业导向的项目，提高容积率部分"
                "不再增收土地价款，审批时限压缩一半以上。"
            ),
            P(
                "位于奉贤经济开发区的一家精密零部件企业，将原有的单层厂房改建为四层，生产面积增加了两倍多。"
                "企业负责人说：“不用另外找地，员工和设备都在一个厂区里，管理成本也降下来了。”"
            ),
            P("奉贤区规划资源局表示，下一步将扩大政策覆盖面，支持更多存量工业用地“向上要空间”。"),
            J(
                "thepaper",
                "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，"
                "澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。",
            ),
        ],
    ),
    # 17037 site's own listing: the site's contact block in the MIDDLE (variant J), table
    Page(
        id=17037,
        title="嘉定南翔 高标准双层坡道库出租 可分租 近S5沪嘉高速",
        when="2025-08-29 10:00",
        category=7,
        tags=(37, 13),
        families=("site_contact",),
        source=None,
        related=(17010, 17038, 17022),
        note="site's own listing: the site's contact block placed in the middle of the article, between the spec table and the traffic paragraphs",
        blocks=[
            P(
                "本仓库位于嘉定区南翔镇，为双层坡道高标准仓库，总建筑面积约4.2万平方米，可整租也可按5000平方米"
                "以上分租，适合电商、快消、第三方物流等企业使用。"
            ),
            TABLE(
                [
                    ["楼层", "面积（㎡）", "净高（m）", "承重（t/㎡）", "租金（元/㎡/天）"],
                    ["一层", "21000", "10", "3", "1.65"],
                    ["二层", "21000", "9", "2", "1.55"],
                ]
            ),
            X(
                '<p style="color:#c00;"><strong>'
                + esc("【招商热线】")
                + "</strong>"
                + esc("陆女士 +86 138-1722-0653（厂房/仓库/冷库租售，可预约看房）")
                + "</p>",
                removed=[
                    ("site_contact", "【招商热线】陆女士 +86 138-1722-0653（厂房/仓库/冷库租售，可预约看房）")
                ],
            ),
            H("交通与配套", "h3"),
            P("项目距S5沪嘉高速南翔出口约2公里，距外环线约6公里，距虹桥枢纽约20分钟车程，货车可全天通行。"),
            P(
                "仓库配备ESFR消防喷淋、月台雨棚、液压升降平台，每层均有独立办公区，园区内设司机休息室和充电桩。"
            ),
        ],
    ),
    # 17038 site's own short listing with ZSBOX (variant K, 400 spaced)
    Page(
        id=17038,
        title="外高桥保税区高标仓出租 1.2万㎡ 可做保税业务",
        when="2025-11-06 16:10",
        category=7,
        tags=(37, 27),
        families=("site_contact",),
        source=None,
        note="site's own short listing: two real paragraphs, ZSBOX contact with a spaced 400 number (钱文斌)",
        blocks=[
            P(
                "浦东外高桥保税区内高标准仓库出租，可租面积约1.2万平方米，单层，净高11米，地坪承重每平方米3吨，"
                "带12个装卸月台，可办理保税仓储业务。"
            ),
            P("仓库距外高桥港区约3公里，距杨高北路约1公里，适合跨境电商、进出口贸易和分拨企业，租金面议。"),
            ZSBOX(
                "钱文斌",
                "仓库/厂房租售热线：",
                "400 9206 021",
                "手机(微信同号)：",
                ["17721035566", "13601877240"],
                "来电请说明所需区域、面积和用途，我们将为您推荐合适房源。",
                "长按/扫一扫加钱文斌的微信号",
            ),
        ],
    ),
    # 17039 搜狐: medal + 原标题 + 来源 line top, 相关阅读 list in the middle, sohu tail
    Page(
        id=17039,
        title="长三角一体化示范区“水乡客厅”产业园首批项目入驻",
        when="2025-09-25 10:40",
        category=5,
        tags=(22,),
        families=("sohu",),
        source="上观新闻",
        original_title="“水乡客厅”产业园迎来首批企业",
        note="sohu page copying 上观新闻: medal + 原标题 + 来源 line top (source = 上观新闻), a 相关阅读 list between paragraphs, 返回搜狐/平台声明/empty editor bottom",
        blocks=[
            J("sohu", SOHU_MEDAL),
            J("sohu", "原标题：“水乡客厅”产业园迎来首批企业"),
            J("sohu", "来源：上观新闻", indent=False),
            P(
                "9月24日，位于长三角生态绿色一体化发展示范区的“水乡客厅”产业园迎来首批入驻企业，"
                "7家数字经济和绿色低碳企业签约落户。"
            ),
            P(
                "“水乡客厅”地处青浦、吴江、嘉善三地交界处，是示范区的核心功能区。产业园由三地共同开发，"
                "首期建成研发办公和小型生产空间约6万平方米。"
            ),
            X(
                "<p><strong>" + esc("相关阅读：") + "</strong></p>"
                '<p><a href="https://www.sohu.com/a/812000341_121106991">'
                + esc("示范区五周年：跨省域制度创新成果清单发布")
                + "</a></p>"
                '<p><a href="https://www.sohu.com/a/809871552_121106991">'
                + esc("青浦西岑科创中心二期竣工")
                + "</a></p>",
                removed=[
                    ("sohu", "相关阅读："),
                    ("sohu", "示范区五周年：跨省域制度创新成果清单发布"),
                    ("sohu", "青浦西岑科创中心二期竣工"),
                ],
            ),
            P(
                "产业园实行“一套标准、三地通用”，企业在园区内的注册登记、项目审批和政策兑现，由示范区执委会"
                "统一协调，入驻企业可享受三地中最优的扶持政策。"
            ),
            P("示范区执委会相关负责人表示，年内产业园将再引进企业15家左右，逐步形成绿色创新产业集群。"),
            sohu_tail("", decl=True, slug="a/815330790_121106991"),
        ],
    ),
    # 17040 新华社: dateline glued (real), 【纠错】【责任编辑】 bottom; 10 paragraphs
    Page(
        id=17040,
        title="上海加快建设国际航运中心 长三角港口群集装箱吞吐量创新高",
        when="2025-11-03 21:10",
        category=7,
        tags=(27,),
        families=("xinhua",),
        source="新华社",
        note="新华社 page: 新华社…电 dateline glued to the lead (real), (完) appended to the last paragraph and 【纠错】【责任编辑】 line bottom; long",
        blocks=[
            P(
                "新华社上海11月2日电（记者 有之炘 郭敬丹）记者从上海市交通委获悉，今年前10个月，上海港完成"
                "集装箱吞吐量约4450万标准箱，同比增长5.6%，继续保持全球第一大集装箱港地位。"
            ),
            P(
                "长三角港口群协同发展成效明显。今年前10个月，上海港、宁波舟山港、苏州港、南京港等长三角主要"
                "港口合计完成集装箱吞吐量超过1.1亿标准箱，占全国的近四成。"
            ),
            P(
                "洋山深水港四期自动化码头持续提升作业效率，单机作业效率较投产初期提高约30%。小洋山北作业区"
                "开发建设加快推进，建成后将进一步提升上海港的集装箱通过能力。"
            ),
            P(
                "多式联运加快发展。今年以来，上海港海铁联运箱量同比增长超过20%，江海联运、河海联运网络"
                "覆盖长江中上游及长三角内河主要港口。"
            ),
            P(
                "港口物流的发展带动了临港、外高桥等地的仓储需求。业内人士表示，上海港周边的保税仓、冷链仓"
                "出租率保持高位，部分企业已在太仓、嘉兴等地布局区域分拨中心。"
            ),
            P(
                "在航运服务方面，上海集聚了一批国际航运组织和航运企业地区总部，航运金融、海事法律、船舶"
                "交易等高端航运服务业加快发展。"
            ),
            P(
                "上海市交通委相关负责人表示，上海将持续提升港口综合服务能力，深化长三角港口协同，加快建设"
                "智慧港口和绿色港口。"
            ),
            P(
                "根据规划，到2025年底，上海国际航运中心将基本建成便捷高效、功能完备、开放融合、绿色智慧、"
                "保障有力的世界一流国际航运中心。"
            ),
            P(
                "专家认为，长三角港口群的分工协作正在从“竞争”走向“竞合”，统一的信息平台和通关便利化措施，"
                "将进一步降低区域物流成本。"
            ),
            GLUE(
                "下一步，上海还将推动国际中转集拼、沿海捎带等业务扩大规模，提升国际航运枢纽能级。",
                "（完）",
                "xinhua",
                br=False,
            ),
            J("xinhua", "【纠错】【责任编辑：刘阳】", indent=False),
        ],
    ),
]
