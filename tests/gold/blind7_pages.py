"""Gold part `blind7`: 40 pages (post ids 18001-18040) written blind, labelled by hand.

Invented but realistic articles about Shanghai / Yangtze-delta parks, factory and warehouse leasing, park
policy and logistics, each republished from one outlet with that outlet's boilerplate, several carrying the
site's own salespeople's contact block, and several "trap" pages whose junk-looking text is real.
See tests/gold/blind7/README.md for who wrote it, what was read, the freeze and the composition.
"""

from build import IMG, INDENT, TABLE, ZSBOX, B, J, P, Page, X, esc

UP = "http://www.shcfck.com/zb_users/theme/tpure/style/images/lazyload.png"


def ps(*texts: str, indent: bool = True) -> list[B]:
    """Several real paragraphs."""
    return [P(t, indent) for t in texts]


def glued(text: str, junk: str, family: str, sep: str = "<br/>") -> B:
    """A real paragraph with junk appended in the same <p> (the junk is cut, the paragraph kept)."""
    return X(f"<p>{INDENT}{esc(text)}{sep}{esc(junk)}</p>", body=[text], removed=[(family, junk)])


def lines(family: str, *rows: str, indent: bool = False) -> B:
    """One boilerplate block whose lines are split by <br/>."""
    markup = "<p>" + (INDENT if indent else "") + "<br/>".join(esc(r) for r in rows) + "</p>"
    return X(markup, removed=[(family, "\n".join(rows))])


def wx(*texts: str) -> B:
    """Real paragraphs as a WeChat editor wraps them (section > p > span)."""
    inner = "\n".join(
        '<section style="margin-bottom:16px;"><p style="text-align:justify;line-height:1.75em;">'
        f'<span style="font-size:15px;letter-spacing:1px;">{esc(t)}</span></p></section>'
        for t in texts
    )
    return X(inner, body=list(texts))


def wxj(family: str, text: str) -> B:
    """One WeChat boilerplate line in its section wrapper."""
    markup = (
        '<section style="text-align:center;"><p><span style="color:#888888;font-size:12px;">'
        f"{esc(text)}</span></p></section>"
    )
    return X(markup, removed=[(family, text)])


def img(name: str) -> B:
    return IMG(name)


PAGES: list[Page] = [
    # ------------------------------------------------------------------------------------------
    Page(
        id=18001,
        title="前三季度长三角制造业投资增速回升 上海工业厂房需求结构生变",
        when="2026-10-28 09:41",
        category=5,
        families=("eastmoney",),
        source="东方财富网",
        tags=(22,),
        note="eastmoney: header 来源 line on top, editor code glued to the last paragraph, disclaimer, "
        "热点阅读 with four unrelated headlines and the app prompt at the bottom",
        blocks=[
            J("eastmoney", "2026年10月28日 09:41　来源：东方财富网　作者：周静雯", indent=False),
            *ps(
                "国家统计局及沪苏浙皖四地统计部门近日陆续公布前三季度经济数据。长三角三省一市制造业投资同比增长"
                "8.7%，增速较上半年回升1.2个百分点，其中高技术制造业投资增长14.3%，继续领跑。",
                "从上海情况看，前三季度全市工业投资同比增长9.6%，制造业投资增长11.2%，集成电路、生物医药、"
                "新能源汽车三大领域合计贡献了工业投资增量的六成以上。",
                "投资回暖正在传导至产业空间市场。多家工业地产服务机构的监测显示，三季度上海工业厂房和研发办公"
                "的净吸纳量环比增加约两成，松江、嘉定、临港新片区成为需求最集中的三个板块。",
                "值得注意的是，需求结构出现明显分化。一家外资工业地产运营商的华东区负责人告诉记者，层高8米以上、"
                "承重3吨以上、可独立环评的单层厂房供不应求，而老旧多层厂房空置率仍在15%左右徘徊。",
                "业内人士分析，新能源汽车零部件、储能装备等行业对大跨度、高承重厂房需求旺盛，而部分传统加工企业"
                "外迁，使得早年建设的多层标准厂房面临去化压力。",
            ),
            glued(
                "展望四季度，多位分析师认为，随着一批重大产业项目集中开工，长三角制造业投资有望保持稳定增长，"
                "但租金整体仍将以稳为主，优质载体与老旧载体之间的价差可能进一步拉大。",
                "（责任编辑：6）",
                "eastmoney",
                sep="",
            ),
            J(
                "eastmoney",
                "郑重声明：东方财富发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。据此操作，风险自担。",
            ),
            J("eastmoney", "热点阅读", indent=False),
            J("eastmoney", "央行开展6000亿元买断式逆回购操作", indent=False),
            J("eastmoney", "多家银行下调大额存单利率 三年期产品几近消失", indent=False),
            J("eastmoney", "国际金价再创新高 年内累计涨幅超三成", indent=False),
            J("eastmoney", "证监会：持续深化资本市场投融资综合改革", indent=False),
            J("eastmoney", "打开东方财富APP查看更多内容", indent=False),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18002,
        title="松江洞泾镇一批“工业上楼”厂房交付 首期入驻率超七成",
        when="2026-09-14 10:22",
        category=3,
        families=("sohu",),
        source="上海产业地产圈",
        original_title="洞泾“智造空间”交付！首期入驻率超70%，这些企业抢先落户",
        tags=(12, 33),
        note="sohu: account header line and 原标题 at the top; 返回搜狐 link, 平台声明 and an empty 责任编辑 at the bottom",
        blocks=[
            J("sohu", "上海产业地产圈 2026-09-14 10:22 发布于：上海市", indent=False),
            J("sohu", "原标题：洞泾“智造空间”交付！首期入驻率超70%，这些企业抢先落户", indent=False),
            *ps(
                "日前，位于松江区洞泾镇的“洞泾智造空间”一期项目正式交付使用。项目总建筑面积约12.6万平方米，"
                "由6栋高层生产厂房和1栋配套服务楼组成，是洞泾镇首个按“工业上楼”标准建设的产业载体。",
                "项目一至三层层高8米、承重2吨，四层以上层高5.4米，每栋楼均配备5吨货梯和坡道，满足精密制造、"
                "智能装备等行业“研发+中试+生产”一体化需求。",
                "据项目运营方介绍，首期已签约入驻企业23家，入驻率超过七成，主要集中在工业机器人、智能传感器和"
                "医疗器械领域，其中有5家为区级“专精特新”企业。",
            ),
            img("2026/09/dongjing-zhizao-1.jpg"),
            *ps(
                "洞泾镇相关负责人表示，镇域内工业用地已接近饱和，通过“工业上楼”提高容积率，是在有限空间里承接"
                "优质项目的现实选择。二期项目预计明年下半年竣工，将重点对接人工智能和机器人产业链企业。",
            ),
            X(
                '<p><a id="backsohucom" href="https://www.sohu.com/?strategyid=00001" target="_blank">'
                "返回搜狐，查看更多</a></p>",
                removed=[("sohu", "返回搜狐，查看更多")],
            ),
            J(
                "sohu",
                "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
            ),
            X('<p data-role="editor-name">责任编辑：<span></span></p>', removed=[("sohu", "责任编辑：")]),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18003,
        title="嘉兴平湖高标仓集中入市 沪嘉跨城仓储租金出现松动",
        when="2026-08-19 15:06",
        category=7,
        families=("netease", "site_contact"),
        source="长三角仓储观察",
        tags=(27, 37),
        note="netease 网易号: header line, mobile image prompt mid-article, 特别声明 at the bottom; "
        "then the site's zsbox with a new salesperson and spaced phones",
        blocks=[
            J("netease", "2026-08-19 15:06:42　来源: 长三角仓储观察　浙江", indent=False),
            *ps(
                "今年以来，紧邻上海的嘉兴平湖、嘉善两地新增高标准仓库供应明显放量。据不完全统计，1至7月两地"
                "合计竣工高标仓约46万平方米，超过去年全年水平。",
                "新增供应集中入市，使沪嘉跨城仓储市场的租金出现松动。一位物流地产经纪人表示，平湖独山港、"
                "新埭一带双层坡道库的报价已由去年的每天每平方米1.35元下调至1.2元左右，部分项目还提供3至6个月免租期。",
            ),
            IMG("2026/08/pinghu-warehouse.jpg", "打开网易新闻 查看精彩图片", family="netease"),
            *ps(
                "与之形成对比的是，上海本地高标仓空置率总体维持在低位。青浦、嘉定的成熟物流园区几乎满租，"
                "租金仍在每天每平方米1.6元以上，不少电商和第三方物流企业因此将区域分拨中心外移至嘉兴。",
                "“从青浦华新到平湖新埭，车程不到40分钟，但租金能便宜两到三成。”一家快消品物流企业的负责人算了一笔账，"
                "对于辐射整个华东的分拨仓来说，跨城布局的综合成本更低。",
                "业内人士提醒，跨城仓储需要关注货车通行、消防验收等级和园区的配套用工条件，企业在选址时不宜只看租金。",
            ),
            J(
                "netease",
                "特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。",
            ),
            ZSBOX(
                "沈立群",
                "园区厂房/仓库/土地招商：",
                "400-820-6021",
                "手机（微信同号）：",
                ["139 1618 2047", "186 2153 7730"],
                "请注明区域、面积、用途及联系方式，招商顾问将在30分钟内回复。",
                "长按/扫一扫添加沈立群微信",
            ),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18004,
        title="上海发布新一轮支持制造业高质量发展若干措施 涉及用地用房等七方面",
        when="2026-07-03 08:15",
        category=2,
        families=("sina",),
        source="新浪财经",
        tags=(45,),
        note="sina: dateline glued to the first paragraph (real), the sina WeChat promo in the middle, "
        "app slogan and 责任编辑 at the bottom",
        blocks=[
            P(
                "新浪财经讯 7月2日消息，上海市政府办公厅日前印发《关于进一步支持制造业高质量发展的若干措施》，"
                "从产业用地、厂房供给、融资支持、人才保障等七个方面提出28条具体举措。"
            ),
            *ps(
                "在用地用房方面，措施提出，每年新增工业用地出让规模原则上不低于800公顷，鼓励各区建设高标准厂房和"
                "“工业上楼”载体，对符合条件的项目给予最高5000万元的建设补贴。",
                "措施明确，对产业用地实行“标准地”出让，用地单位在签订出让合同时即明确投资强度、亩均税收等指标，"
                "做到“拿地即开工”。对存量低效工业用地，支持原土地使用权人通过自主更新、合作开发等方式提高容积率。",
            ),
            X(
                '<p style="text-align:center;"><img src="'
                + UP
                + '" data-original="http://www.shcfck.com/zb_users/upload/2026/07/sinafinance-qr.jpg"'
                ' class="lazyload" alt=""/></p>'
                "\n<p>新浪财经公众号</p>"
                "\n<p>24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）</p>",
                removed=[
                    ("sina", "新浪财经公众号"),
                    ("sina", "24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）"),
                ],
            ),
            *ps(
                "在降低企业成本方面，措施提出，对租用各区国有园区厂房的中小制造企业，给予最长三年、最高30%的"
                "租金减免，并鼓励国有园区推行“先租后让”“租让结合”等供地方式。",
                "市经济信息化委有关负责人表示，措施将于8月1日起施行，有效期三年，各区将在三个月内出台配套实施细则。",
            ),
            J("sina", "海量资讯、精准解读，尽在新浪财经APP"),
            J("sina", "责任编辑：杨赐", indent=False),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18005,
        title="张江机器人谷年内新引进项目38个 人形机器人产业链加速成形",
        when="2026-06-12 08:30",
        category=1,
        families=("tencent",),
        source="园区观察家",
        tags=(50,),
        note="tencent creator page: platform header line on top; 免责声明 and a 举报 tool word at the bottom",
        blocks=[
            J("tencent", "园区观察家 2026-06-12 08:30 发布于上海 财经领域创作者", indent=False),
            *ps(
                "浦东张江机器人谷今年以来新引进机器人产业项目38个，协议投资额超过60亿元，其中人形机器人整机及"
                "核心零部件项目14个。",
                "机器人谷位于浦东新区康桥镇和张江科学城的交汇地带，规划面积约3.6平方公里。目前谷内已集聚机器人"
                "相关企业200余家，覆盖减速器、伺服电机、控制器、灵巧手等关键环节。",
                "为满足企业中试和小批量生产需求，机器人谷今年推出约15万平方米定制化厂房，单层面积1000至3000平方米不等，"
                "首层层高9米，支持设备吊装。",
                "一家人形机器人企业的创始人表示，在张江做研发、在机器人谷做中试和生产，上下游配套在半小时车程内基本"
                "都能找到，这是企业选择落户的主要原因。",
                "据了解，浦东新区还设立了规模50亿元的机器人产业基金，重点投向具身智能和核心零部件企业。",
            ),
            J(
                "tencent",
                "免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。",
                indent=False,
            ),
            X('<p><a href="javascript:;" class="report">举报</a></p>', removed=[("tencent", "举报")]),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18006,
        title="临港新片区前沿产业区再添新载体 “智造园”三期开园",
        when="2026-05-08 18:30",
        category=1,
        families=("wechat",),
        source="临港产业观察",
        tags=(23,),
        note="wechat: 原创 header line on top, an image credit in the middle, END, 往期推荐 list, "
        "阅读原文 and 在看 prompts at the bottom; section/span wrappers; 11 real paragraphs",
        blocks=[
            X(
                '<section style="font-size:12px;color:#888888;"><p><span>原创</span>&nbsp;<span>张思远</span>'
                "&nbsp;<span>临港产业观察</span>&nbsp;<span>2026-05-08 18:30</span>&nbsp;<span>上海</span></p></section>",
                removed=[("wechat", "原创\u00a0张思远\u00a0临港产业观察\u00a02026-05-08 18:30\u00a0上海")],
            ),
            wx(
                "5月8日，临港新片区前沿产业区“智造园”三期项目正式开园，首批12家企业集中签约入驻。",
                "“智造园”三期位于前沿产业区核心区域，总建筑面积约21万平方米，包括通用厂房、定制厂房和研发楼三类产品，"
                "可满足企业从研发到量产的全周期空间需求。",
                "与一、二期相比，三期项目在建设标准上进一步提升：通用厂房首层层高10米、承重5吨，二层以上层高7.2米，"
                "每栋楼配备双回路供电，单体可提供最高8000千伏安的电力容量。",
            ),
            IMG("2026/05/lingang-zzy3.jpg"),
            wxj("wechat", "图源：临港新片区管委会"),
            wx(
                "首批入驻企业中，有4家来自航空航天领域，3家来自智能装备领域，其余分布在新材料和高端医疗器械等行业。",
                "一家商业航天零部件企业负责人说，企业此前在浦西租用的厂房层高不足，无法放下新的总装工装，"
                "“智造园”三期的厂房参数正好满足要求，从看房到签约只用了不到一个月。",
                "园区运营方介绍，三期项目推行“管家式”服务，由专人协助企业办理工商注册、环评、消防等手续，"
                "并对接新片区的人才公寓和产业政策。",
                "据悉，前沿产业区已累计引进产业项目超过300个，总投资超过2000亿元，形成了以新能源汽车、"
                "航空航天、高端装备为主的产业集群。",
                "今年，前沿产业区还将有3个产业载体项目竣工，新增产业空间约50万平方米。",
                "临港新片区管委会相关负责人表示，新片区将继续加大产业载体供给，推动更多“拿地即开工”“交房即投产”"
                "的项目落地。",
                "下一步，“智造园”还将建设共享检测中心和职工配套中心，进一步完善园区功能。",
            ),
            wxj("wechat", "END"),
            X(
                '<section><p><strong><span style="color:#1e6fff;">往期推荐</span></strong></p>'
                "<p>临港新片区发布产业空间供给三年计划</p>"
                "<p>一图读懂｜前沿产业区最新招商政策</p>"
                "<p>又一批重大项目在临港开工</p></section>",
                removed=[
                    ("wechat", "往期推荐"),
                    ("wechat", "临港新片区发布产业空间供给三年计划"),
                    ("wechat", "一图读懂｜前沿产业区最新招商政策"),
                    ("wechat", "又一批重大项目在临港开工"),
                ],
            ),
            wxj("wechat", "点击“阅读原文”了解更多园区信息"),
            wxj("wechat", "喜欢就点个“在看”吧"),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18007,
        title="上海工业用地“提容增效”：五年盘活低效用地超万亩",
        when="2026-04-22 12:05",
        category=5,
        families=("thepaper",),
        source="澎湃新闻",
        tags=(49,),
        note="thepaper: standalone reporter byline on top; editor and proof-reader lines at the bottom",
        blocks=[
            J("thepaper", "澎湃新闻记者 顾佳怡", indent=False),
            *ps(
                "4月22日，上海市规划资源局举行新闻通气会，介绍全市低效工业用地盘活情况。五年来，上海累计盘活"
                "低效工业用地约1.1万亩，其中通过“提容增效”方式改造的项目超过400个。",
                "市规划资源局相关负责人介绍，上海工业用地平均容积率长期在1.0左右，远低于深圳、苏州等城市。"
                "近年来，上海对工业用地容积率实行“上不封顶”，鼓励企业在原址加层扩建。",
                "以嘉定区为例，一家汽车零部件企业在不新增用地的情况下，将原有单层厂房改建为四层厂房，容积率由0.8"
                "提高到2.4，产能提升近两倍。",
                "与此同时，一批“散乱污”企业和低效厂房被腾退。宝山、闵行等区通过政府收储、国企托管等方式，"
                "将零散的存量用地整合成成片的产业空间，再重新招商。",
                "通气会透露，到2028年，上海将再盘活低效工业用地1万亩，重点用于集成电路、生物医药、人工智能等"
                "产业项目。",
                "有业内人士指出，盘活存量用地涉及原产权人利益、历史遗留问题等，推进难度较大，需要在土地出让金、"
                "税收分成等方面形成更灵活的利益平衡机制。",
                "市规划资源局表示，今年将出台低效用地再开发的实施细则，进一步明确存量补地价、分割转让等规则。",
            ),
            J("thepaper", "责任编辑：李跃群　图片编辑：蒋立冬", indent=False),
            J("thepaper", "校对：刘威", indent=False),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18008,
        title="金山第二工业区化工新材料项目集中签约 总投资86亿元",
        when="2026-10-09 16:40",
        category=1,
        families=("eastday", "site_contact"),
        source="东方网",
        tags=(23,),
        note="eastday: dateline glued to the first paragraph (real), standalone 来源/作者/选稿 line on top, "
        "责任编辑 at the bottom; site contact as plain paragraphs plus a QR caption",
        blocks=[
            J("eastday", "来源：东方网　作者：陈静　选稿：王佳", indent=False),
            P(
                "东方网记者陈静10月9日报道：今天上午，金山第二工业区举行化工新材料项目集中签约仪式，"
                "9个项目现场签约，总投资约86亿元。"
            ),
            *ps(
                "签约项目涵盖高性能树脂、电子化学品、生物基材料等领域，其中投资额超过10亿元的项目有3个。",
                "金山第二工业区是上海市级化工区之一，近年来按照“绿色化、高端化”方向推动产业转型，"
                "目前区内已集聚化工新材料企业80余家。",
                "金山区相关负责人表示，将为签约项目提供全流程代办服务，推动项目尽早开工建设。",
            ),
            J("eastday", "责任编辑：吴頔", indent=False),
            J("site_contact", "上海厂房仓库招商热线：021-5781 6620（8:30—20:00）"),
            J("site_contact", "招商顾问张经理　微信号：shcf-zhang88"),
            IMG("2024/03/zs-zhang-qr.jpg", "长按识别二维码，添加张经理微信", family="site_contact"),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18009,
        title="关于组织申报2026年度松江区产业转型升级专项资金的通知",
        when="2026-03-12 14:00",
        category=2,
        families=("gov",),
        source="上海市松江区经济委员会",
        tags=(12, 45),
        note="gov notice: metadata block on top, print/close tools and the mobile QR caption at the bottom; "
        "TRAP: the notice's own 联系方式 section (contacts, phones, gov e-mail) and 附件 lines are real; 14 paragraphs",
        blocks=[
            lines(
                "gov",
                "索引号：SJ0107-2026-00317",
                "发布机构：上海市松江区经济委员会",
                "生成日期：2026-03-12",
                "公开方式：主动公开",
            ),
            P("各街镇、园区，各有关企业：", indent=False),
            *ps(
                "为推动本区制造业转型升级，根据《松江区产业转型升级专项资金管理办法》，现将2026年度专项资金申报"
                "有关事项通知如下：",
            ),
            X("<p><strong>一、支持方向</strong></p>", body=["一、支持方向"]),
            *ps(
                "重点支持企业技术改造、智能工厂建设、“工业上楼”载体建设和存量厂房提质增效项目。",
            ),
            X("<p><strong>二、申报条件</strong></p>", body=["二、申报条件"]),
            *ps(
                "申报单位须在松江区注册、纳税，具有独立法人资格，项目已于2025年1月1日后开工且已完成投资不低于"
                "总投资的50%。",
            ),
            X("<p><strong>三、申报时间</strong></p>", body=["三、申报时间"]),
            *ps("2026年3月15日至4月15日，逾期不予受理。"),
            X("<p><strong>四、联系方式</strong></p>", body=["四、联系方式"]),
            *ps(
                "联系人：区经委产业发展科 马老师、周老师",
                "联系电话：021-37735162、021-37735186",
                "电子邮箱：cyfzk@songjiang.gov.cn",
            ),
            P("附件：1.2026年度松江区产业转型升级专项资金申报指南", indent=False),
            X(
                '<p style="text-align:right;">上海市松江区经济委员会<br/>2026年3月12日</p>',
                body=["上海市松江区经济委员会\n2026年3月12日"],
            ),
            J("gov", "【打印本页】【关闭窗口】", indent=False),
            IMG("2026/03/sj-gov-mobile.png", "扫一扫在手机打开当前页", family="gov"),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18010,
        title="嘉定工业区北区企业服务中心启用 园区专线24小时受理诉求",
        when="2026-02-27 17:20",
        category=1,
        families=("xinmin",),
        source="新民晚报",
        tags=(13,),
        note="xinmin: dateline glued to the first paragraph (real); editor line at the bottom; "
        "TRAP: a park's service hotline and 12345 inside a sentence of reporting are real",
        blocks=[
            P(
                "新民晚报讯（记者 叶薇）2月27日，嘉定工业区北区企业服务中心正式启用。中心设立政务服务、"
                "人才服务、金融服务等6类窗口，可办理企业开办、工程建设审批等120余项事项。"
            ),
            *ps(
                "北区是嘉定工业区的主要产业承载区，集聚了汽车零部件、智能传感器等领域企业1800余家。"
                "过去，企业办理部分事项需要往返区行政服务中心，单程车程近40分钟。",
                "即日起，企业遇到用工、用电、厂房租赁纠纷等问题，可拨打园区企业服务专线021-5995 3100，"
                "或通过12345市民服务热线反映，工作人员将在24小时内响应。",
                "嘉定工业区相关负责人表示，服务中心还将定期举办政策宣讲会和银企对接会，帮助企业用好用足各项政策。",
            ),
            J("xinmin", "编辑：金志刚", indent=False),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18011,
        title="上市公司加码长三角产能布局 多家企业公告在沪购置工业厂房",
        when="2026-01-16 20:10",
        category=5,
        families=("stcn",),
        source="证券时报e公司",
        note="stcn: e公司 dateline glued to the first paragraph (real), picture credit in the middle, "
        "editor/proof line and the copyright statement at the bottom",
        blocks=[
            P(
                "证券时报e公司讯，1月16日晚间，多家上市公司发布公告，拟在上海购置或租赁工业厂房，用于扩充产能和"
                "建设研发中心。"
            ),
            *ps(
                "其中，一家半导体设备企业公告称，拟以自有资金约4.2亿元购买位于临港新片区的两栋工业厂房，"
                "建筑面积合计约5.8万平方米，用于刻蚀设备零部件的生产。",
                "另一家医疗器械企业表示，拟在松江区租赁约2万平方米的生产厂房，租期10年，用于建设高值耗材生产基地。",
            ),
            IMG("2026/01/stcn-factory.jpg"),
            J("stcn", "图片来源：视觉中国", indent=False),
            *ps(
                "有券商分析师指出，上市公司选择购置而非租赁厂房，一方面是看重上海产业链配套和人才优势，"
                "另一方面也与当前工业厂房价格处于相对低位有关。",
            ),
            J("stcn", "责编：万健祎　校对：杨立林", indent=False),
            J(
                "stcn",
                "版权声明：证券时报各平台所有原创内容，未经书面授权，任何单位及个人不得转载。"
                "我社保留追究相关行为主体法律责任的权利。",
            ),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18012,
        title="上期所新增两家长三角交割仓库 洋山、太仓仓储资源受关注",
        when="2025-12-18 11:35",
        category=7,
        families=("qhrb", "site_contact"),
        source="期货日报网",
        tags=(27,),
        note="qhrb: 来源/作者 line on top, 责任编辑 and disclaimer at the bottom; site contact as <br/> lines "
        "in one paragraph with a +86 dashed mobile",
        blocks=[
            J("qhrb", "来源：期货日报网　作者：付子琪", indent=False),
            *ps(
                "上海期货交易所日前发布公告，新增两家位于长三角的指定交割仓库，分别位于上海洋山港区和江苏太仓港区，"
                "核定库容合计8万吨。",
                "业内人士表示，随着期货品种扩容和交割量上升，长三角港口周边的标准化仓储资源日益紧俏。"
                "以太仓港为例，近两年港区周边新建的保税仓和通用仓库出租率均在九成以上。",
                "一家仓储企业负责人介绍，成为交割仓库需要满足库容、装卸能力、管理系统等多项条件，"
                "企业为此投入了约3000万元进行智能化改造。",
                "分析人士认为，交割仓库布局向港口集中，有利于降低进出口货物的物流成本，也将带动周边仓储"
                "和物流园区的发展。",
            ),
            J("qhrb", "责任编辑：孙梦蝶", indent=False),
            J(
                "qhrb",
                "免责声明：本文仅代表作者个人观点，不代表期货日报立场，内容仅供参考，不构成投资建议。",
            ),
            lines(
                "site_contact",
                "上海及周边厂房、仓库出租出售，请联系：",
                "顾经理　+86 138-1772-0496",
                "微信同号，24小时在线",
                indent=True,
            ),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18013,
        title="产业园REITs扩容 长三角园区资产证券化提速",
        when="2026-08-05 07:50",
        category=5,
        families=("chinafund",),
        source="中国基金报",
        tags=(23,),
        note="chinafund: standalone byline on top; editor chain, copyright statement and the reprint contact "
        "(with a phone) at the bottom",
        blocks=[
            J("chinafund", "中国基金报记者 方丽", indent=False),
            *ps(
                "8月4日，又一只以长三角产业园为底层资产的公募REITs获批注册。至此，今年以来获批的产业园类REITs"
                "已达6只，其中4只的底层资产位于上海、苏州、杭州等长三角城市。",
                "该REITs底层资产为位于上海漕河泾和苏州工业园区的两处研发办公及厂房物业，总建筑面积约26万平方米，"
                "截至今年6月末出租率约为92%。",
                "多位业内人士表示，产业园REITs的发行为园区运营商提供了“投、融、建、管、退”的完整闭环，"
                "回收的资金可以用于新园区的开发建设。",
                "不过，部分已上市产业园REITs近期也面临出租率下滑、租金承压的问题。一位公募REITs基金经理坦言，"
                "产业园资产的核心在于招商能力，运营管理机构需要持续引入优质租户。",
                "从二级市场表现看，今年以来产业园REITs板块整体表现平稳，部分底层资产位于上海核心园区的产品"
                "涨幅居前。",
            ),
            J("chinafund", "编辑：小茉莉", indent=False),
            J("chinafund", "校对：乔伊　制作：舰长　审核：木鱼", indent=False),
            J(
                "chinafund",
                "版权声明 《中国基金报》对本平台所刊载的原创内容享有著作权，未经授权禁止转载，否则将追究法律责任。",
            ),
            J("chinafund", "授权转载合作联系人：于先生（电话：0755-82468601）"),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18014,
        title="长三角生态绿色一体化发展示范区跨域招商 “一张清单”对外发布",
        when="2026-06-25 21:15",
        category=2,
        families=("21jingji",),
        source="21世纪经济报道",
        tags=(45,),
        note="21jingji: standalone 记者/上海报道 byline on top; an inline 21君荐读 link list in the middle; "
        "作者/编辑 line and the app prompt at the bottom",
        blocks=[
            J("21jingji", "21世纪经济报道记者 何荣辉 上海报道", indent=False),
            *ps(
                "6月25日，长三角生态绿色一体化发展示范区执委会发布跨域招商项目清单，青浦、吴江、嘉善三地共推出"
                "产业地块和载体项目46个，涉及土地面积约5200亩。",
                "这是示范区成立以来首次以“一张清单”的形式统一对外招商。清单涵盖数字经济、创新研发、绿色低碳、"
                "高端服务等领域，每个项目都标注了用地性质、规划指标和意向产业方向。",
                "示范区执委会相关负责人介绍，三地将统一招商政策口径，避免在同一项目上相互压价，"
                "并探索跨域项目的税收分享机制。",
            ),
            X(
                "<p><strong>21君荐读</strong></p>"
                '<p><a href="https://m.21jingji.com/article/20260611/herald/a1.html">长三角示范区五周年：从“物理相邻”到“化学融合”</a></p>'
                '<p><a href="https://m.21jingji.com/article/20260518/herald/b2.html">青浦西岑科创中心加速成势</a></p>',
                removed=[
                    ("21jingji", "21君荐读"),
                    ("21jingji", "长三角示范区五周年：从“物理相邻”到“化学融合”"),
                    ("21jingji", "青浦西岑科创中心加速成势"),
                ],
            ),
            *ps(
                "记者注意到，清单中有多宗地块位于沪苏嘉城际铁路沿线，未来站点周边将规划建设研发总部和产业社区。",
                "一位长期关注长三角一体化的学者认为，跨域招商的难点在于利益分配，“一张清单”只是第一步，"
                "后续需要在统计分算、财税分享上形成可复制的制度安排。",
            ),
            J("21jingji", "（作者：何荣辉　编辑：李博）", indent=False),
            J("21jingji", "更多内容请下载21财经APP"),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18015,
        title="以投促引：上海区级产业基金今年已带动27个项目落地",
        when="2026-09-30 19:05",
        category=2,
        families=("pedaily",),
        source="投资界",
        tags=(45,),
        note="pedaily: 作者 | and 来源 | lines on top, the original-content reprint notice at the bottom",
        blocks=[
            J("pedaily", "作者 | 岳笑", indent=False),
            J("pedaily", "来源 | 投资界PEdaily（ID：pedaily2012）", indent=False),
            *ps(
                "“基金招商”正在成为上海各区招商引资的标配。投资界了解到，今年以来，上海已有12个区设立或扩募"
                "区级产业引导基金，通过“以投促引”方式带动27个产业项目落地。",
                "在闵行，区产业基金联合市场化机构设立了规模20亿元的智能制造子基金，要求子基金投资的企业在闵行"
                "设立生产基地或区域总部。今年上半年，已有4家被投企业在闵行租用厂房投产。",
                "在宝山，区属国企牵头设立新材料产业基金，并配套提供“拎包入驻”的标准厂房，"
                "被投企业可享受前两年租金减半的优惠。",
                "一位市场化GP合伙人坦言，区级基金普遍设有返投比例要求，一般为出资额的1.5至2倍，"
                "这对基金管理人的项目储备提出了较高要求。",
                "业内人士认为，基金招商的核心不在于资金本身，而在于能否为企业提供产业空间、应用场景和人才等"
                "综合资源，单纯拼返投比例难以持续。",
                "据悉，上海市层面还将推动区级基金与市级母基金联动，形成覆盖企业全生命周期的投资体系。",
            ),
            J(
                "pedaily",
                "【本文为投资界原创，网页转载须在文首注明来源投资界（微信公众号ID：pedaily2012）及作者名字。"
                "微信转载，须在后台回复“转载”获取授权方式】",
            ),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18016,
        title="闵行莘庄工业区存量厂房改造升级 首批“智造小院”招租",
        when="2026-05-19 13:48",
        category=3,
        families=("online_sh", "site_contact"),
        source="上海热线",
        tags=(35,),
        note="上海热线: HOT新闻 dateline glued to the first paragraph (real), 编辑/来源 line at the bottom; "
        "site contact in a div with spans (800 number and a spaced mobile)",
        blocks=[
            P(
                "上海热线HOT新闻：闵行区莘庄工业区近日对园区内一批上世纪九十年代建成的老厂房实施改造，"
                "首批6栋改造后的“智造小院”已面向中小制造企业招租。"
            ),
            *ps(
                "改造后的“智造小院”每栋建筑面积1500至3000平方米，外立面和屋面全部更新，增设了货梯、"
                "独立配电房和屋顶光伏，租金约为每天每平方米1.8元。",
                "莘庄工业区相关负责人表示，园区存量厂房约占总量的四成，通过“小改造、大提升”，既能降低企业成本，"
                "也能为园区引入更多科技型中小企业。",
                "目前已有一家精密仪器企业和两家工业软件企业完成签约，预计年内入驻。",
            ),
            J("online_sh", "编辑：徐晶　来源：上海热线", indent=False),
            X(
                '<div class="lxfs" style="border:1px solid #ddd;padding:10px;">'
                "<p><span>更多园区厂房信息</span>&nbsp;<span>欢迎咨询</span></p>"
                "<p><span>800-988-6021</span>&nbsp;/&nbsp;<span>181 2176 5530（吴先生）</span></p>"
                "</div>",
                removed=[
                    ("site_contact", "更多园区厂房信息\u00a0欢迎咨询"),
                    ("site_contact", "800-988-6021\u00a0/\u00a0181 2176 5530（吴先生）"),
                ],
            ),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18017,
        title="网传“园区免费送厂房”系谣言 多部门提醒警惕虚假招商信息",
        when="2026-07-21 21:05",
        category=7,
        families=("xinwenfang",),
        source="新闻坊",
        note="新闻坊: account header line on top, 资料/编辑 credits and the share/reprint prompt at the bottom; "
        "TRAP: paragraphs about a post being 转载 and a platform deleting it are news content",
        blocks=[
            J("xinwenfang", "新闻坊 2026-07-21 21:05 上海", indent=False),
            *ps(
                "近日，一则“上海某物流园区免费提供厂房仓库，只需缴纳押金即可入驻”的帖子在多个微信群和短视频平台"
                "被大量转载，不少中小企业主信以为真，打电话咨询。",
                "记者联系了帖子中提到的物流园区。园区运营方表示，园区从未发布过此类信息，帖子中的联系电话也与园区"
                "无关，已向公安机关报案。",
                "市场监管部门提醒，所谓“免费送厂房”“零租金入驻”大多是以收取押金、服务费为目的的骗局，"
                "企业租赁厂房仓库应通过园区官方渠道核实信息，签订正式合同，不要向个人账户转账。",
                "目前，涉事平台已删除相关帖子，并对多次转载虚假信息的账号作出封禁处理。",
            ),
            J("xinwenfang", "资料：看看新闻Knews、上海发布", indent=False),
            J("xinwenfang", "编辑：王潇", indent=False),
            J("xinwenfang", "新闻坊｜欢迎分享到朋友圈　如需转载请在后台回复“授权”", indent=False),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18018,
        title="宝山南大智慧城新一批产业载体开工 聚焦新材料和智能制造",
        when="2026-04-16 07:15",
        category=1,
        families=("huaxiazi",),
        source="话匣子",
        tags=(23,),
        note="话匣子: account header line on top; reporter/editor credit, a reprint note and a follow prompt at the bottom",
        blocks=[
            J("huaxiazi", "话匣子 2026-04-16 07:15 上海", indent=False),
            wx(
                "昨天，宝山区南大智慧城一批产业载体项目集中开工，总建筑面积约38万平方米，计划两年内建成。",
                "南大智慧城曾是上海有名的“脏乱差”地区，经过多年的环境整治和土地收储，如今已转型为以新材料、"
                "智能制造和生命健康为主导的产业新城。",
                "此次开工的项目包括一栋高层“工业上楼”厂房和两个研发办公组团，建成后将重点引进新材料中试和"
                "智能装备研发企业。",
            ),
            wxj("huaxiazi", "记者：宋杰　编辑：杨璐"),
            wxj("huaxiazi", "*转载请注明来源"),
            wxj("huaxiazi", "点击下方名片，关注话匣子"),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18019,
        title="松江经开区西部科技园区一季度新增注册企业112家",
        when="2026-04-09 09:00",
        category=1,
        families=("songjiang",),
        source="松江报",
        tags=(12,),
        note="松江报: 作者/来源 header line on top; a reporter credit glued after <br/> to the last paragraph; "
        "编辑/审核 line at the bottom",
        blocks=[
            J("songjiang", "作者：顾晓蕾　来源：松江报", indent=False),
            *ps(
                "记者从松江经济技术开发区西部科技园区获悉，今年一季度，园区新增注册企业112家，"
                "其中注册资本超过1000万元的企业18家。",
                "西部科技园区位于松江经开区西部，规划面积约12平方公里，近年来重点发展智能制造装备和新一代电子信息产业。",
                "为加快项目落地，园区推行“项目专员”制度，为每个重点项目配备一名专员，"
                "从选址、注册到施工许可全程跟进。",
            ),
            glued(
                "园区相关负责人表示，二季度将继续围绕G60科创走廊建设，举办多场产业链招商推介会。",
                "（松江报记者 顾晓蕾 通讯员 朱琳）",
                "songjiang",
            ),
            J("songjiang", "编辑：沈燕　审核：陈洁", indent=False),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18020,
        title="青浦工业园区独栋单层厂房出租 6000平方米 层高9米 带行车",
        when="2026-11-02 10:30",
        category=3,
        tags=(35,),
        families=("site_contact",),
        source=None,
        note="site's own listing: a spec table and conditions are real; the salesperson's line is appended "
        "after <br/> to the last real paragraph",
        blocks=[
            *ps(
                "青浦工业园区现有一栋独栋单层厂房对外出租，厂房位于园区核心区，距G50沪渝高速出口约3公里，"
                "周边配套成熟。",
                "厂房为钢结构，单层建筑面积约6000平方米，可分割出租，最小分割面积2000平方米。",
            ),
            TABLE(
                [
                    ["项目", "参数"],
                    ["建筑面积", "约6000㎡（可分割）"],
                    ["层高", "9米（滴水）"],
                    ["承重", "5吨/㎡"],
                    ["行车", "10吨行车2台"],
                    ["配电", "630千伏安"],
                    ["租金", "1.5元/㎡/天"],
                ]
            ),
            *ps(
                "厂房可办理独立环评和产证，适合机械加工、汽车零部件、新材料等行业，不接受化工及重污染企业。",
                "园区对注册在青浦、年纳税额达到一定标准的企业，可按规定申请产业扶持政策。",
            ),
            glued(
                "厂房现已空置，可随时看房，交付时间可与承租方协商。",
                "招商热线：周先生 18616730592（微信同号），松江、青浦、嘉定厂房土地租售均可咨询。",
                "site_contact",
            ),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18021,
        title="上海前10个月工业用地出让同比增长 多区推出“标准地”",
        when="2026-11-10 08:55",
        category=2,
        families=("eastmoney",),
        source="上海证券报",
        original_title="“标准地”提速 上海工业用地出让量价齐升",
        tags=(49,),
        note="eastmoney repost: 原标题 on top, 文章来源 glued after <br/> to the last paragraph, a shorter disclaimer, "
        "three headlines without a heading and the app prompt; TRAP: a table with its 数据来源 note is real",
        blocks=[
            J("eastmoney", "原标题：“标准地”提速 上海工业用地出让量价齐升", indent=False),
            *ps(
                "上海土地市场数据显示，今年1至10月，全市共出让工业用地（含研发用地）132宗，出让面积约760公顷，"
                "同比增长18.5%。",
                "分区来看，临港新片区、嘉定、松江出让面积位居前三。",
            ),
            TABLE(
                [
                    ["区域", "宗数", "面积（公顷）", "同比"],
                    ["临港新片区", "29", "186.4", "+24.1%"],
                    ["嘉定区", "21", "121.7", "+15.6%"],
                    ["松江区", "18", "98.2", "+9.8%"],
                ],
                header="td",
            ),
            P("数据来源：上海土地市场、上海证券报整理", indent=False),
            *ps(
                "记者注意到，今年出让的工业用地中，“标准地”占比超过七成。所谓“标准地”，即在土地出让前就明确"
                "投资强度、容积率、亩均税收、能耗等控制性指标，企业拿地后即可开工建设。",
            ),
            X(
                f"<p>{INDENT}业内人士预计，年底前仍有一批工业用地集中出让，全年出让面积有望突破900公顷。"
                "<br/>（文章来源：上海证券报）</p>",
                body=["业内人士预计，年底前仍有一批工业用地集中出让，全年出让面积有望突破900公顷。"],
                removed=[("eastmoney", "（文章来源：上海证券报）")],
            ),
            J(
                "eastmoney",
                "声明：发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。据此操作，风险自担。",
            ),
            J("eastmoney", "A股三大指数集体收涨 成交额连续第五日破万亿", indent=False),
            J("eastmoney", "两部门：进一步做好个人养老金投资产品扩容", indent=False),
            J("eastmoney", "美联储官员释放鸽派信号 美元指数回落", indent=False),
            J("eastmoney", "打开东方财富APP，查看更多精彩内容", indent=False),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18022,
        title="奉贤东方美谷生物医药厂房供需两旺 定制厂房“带方案”出让",
        when="2026-02-10 16:45",
        category=3,
        families=("sohu",),
        source="厂房君说产业",
        original_title="东方美谷又放大招：定制厂房“带方案”出让，生物医药企业抢着来",
        tags=(43,),
        related=(18002, 18016),
        note="sohu: medal text, account header and 原标题 on top; a 相关阅读 list in the middle; "
        "返回搜狐 link and a named 责任编辑 at the bottom",
        blocks=[
            J(
                "sohu",
                "由内容质量、互动评论、分享传播等多维度分值决定，勋章级别越高()，代表其在平台内的综合表现越好。",
            ),
            J("sohu", "厂房君说产业 2026-02-10 16:45 发布于：上海市", indent=False),
            J("sohu", "原标题：东方美谷又放大招：定制厂房“带方案”出让，生物医药企业抢着来", indent=False),
            *ps(
                "奉贤区东方美谷核心区近期推出一批生物医药定制厂房，采用“带方案”出让模式，企业可在土地出让前"
                "参与厂房设计，按照GMP车间要求确定层高、荷载和洁净区布局。",
                "“以前企业买了厂房再改造，光是洁净车间改造就要一年多。”东方美谷招商负责人说，"
                "定制厂房交付后企业只需安装设备即可投产，能节省约40%的时间。",
                "据了解，东方美谷已集聚生物医药和化妆品企业超过2000家，去年实现产值约800亿元。",
            ),
            lines(
                "sohu",
                "相关阅读：",
                "奉贤新城“数字江海”二期全面招商",
                "上海化妆品产业园区名单出炉，东方美谷居首",
            ),
            *ps(
                "为吸引企业落户，奉贤对生物医药企业购置定制厂房给予最高1000万元补贴，对租赁厂房的企业给予三年"
                "租金补贴。",
                "业内人士提醒，定制厂房对企业的资金实力和项目成熟度要求较高，初创企业更适合先租用标准厂房，"
                "待产品获批后再考虑购置。",
            ),
            X(
                '<p><a id="backsohucom" href="https://www.sohu.com/?strategyid=00001" target="_blank">'
                "返回搜狐，查看更多</a></p>",
                removed=[("sohu", "返回搜狐，查看更多")],
            ),
            X(
                '<p data-role="editor-name">责任编辑：<span>郑敏</span></p>',
                removed=[("sohu", "责任编辑：郑敏")],
            ),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18023,
        title="嘉定新能源汽车产业链对接会将于12月举行 企业可扫码报名",
        when="2026-11-18 15:20",
        category=1,
        families=("netease",),
        source="上海嘉定",
        tags=(13, 29),
        note="netease news repost: 本文来源 and an editor code at the bottom; "
        "TRAP: a registration paragraph telling firms to scan a QR code, and its QR image, are real text of the notice",
        blocks=[
            *ps(
                "为进一步促进新能源汽车产业链上下游协同，嘉定区将于12月10日在嘉定工业区举办新能源汽车产业链供需"
                "对接会。",
                "对接会将邀请整车企业、一级供应商和园区运营方参加，围绕电驱动、热管理、智能座舱等环节开展"
                "采购需求发布和项目路演，现场还将发布一批可供出租的厂房和研发载体信息。",
                "本次对接会面向在沪及长三角地区新能源汽车零部件企业，名额有限。有意参会的企业请于12月1日前扫描"
                "下方二维码填写报名信息，主办方将根据企业类型安排对接。",
            ),
            img("2026/11/jd-nev-signup.png"),
            *ps(
                "咨询电话：021-6991 2807（嘉定区经委汽车产业科）",
                "据悉，去年同期举办的对接会共促成合作意向57项，其中12个项目已在嘉定落地投产。",
            ),
            J("netease", "本文来源：上海嘉定", indent=False),
            J("netease", "责任编辑：王瑞凯_NBJS7921", indent=False),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18024,
        title="上海冷链物流设施建设提速 新增冷库容量超百万立方米",
        when="2026-03-31 10:10",
        category=7,
        families=("sina", "site_contact"),
        source="上海证券报·中国证券网",
        tags=(39, 27),
        note="sina repost: 来源 line on top, 新浪声明 and 责任编辑 at the bottom; the site's contact block "
        "placed in the MIDDLE of the article (a strong-led paragraph); 10 real paragraphs",
        blocks=[
            J("sina", "来源：上海证券报·中国证券网", indent=False),
            *ps(
                "记者从上海市商务委获悉，去年以来上海新建和改造冷链物流设施项目21个，新增冷库容量超过100万立方米，"
                "全市冷库总容量已突破800万立方米。",
                "新增冷库主要分布在浦东、嘉定、松江和临港，其中临港新片区的多个项目以进口冷链为主，"
                "服务肉类、水产品和生鲜水果的进口分拨。",
                "记者在松江一处新建冷链物流园看到，园区建有-25℃冷冻库和0至4℃冷藏库，配备自动化立体库和"
                "穿梭车系统，单日出入库能力可达3000吨。",
                "园区负责人介绍，高标冷库的建设成本是普通仓库的三到四倍，目前冷库租金约为每天每平方米5至6元，"
                "出租率保持在95%以上。",
            ),
            X(
                f"<p>{INDENT}<strong>【厂房仓库推荐】</strong>松江、嘉定、青浦冷库及高标仓现房招租，"
                "联系人：何经理 021-6088 2719 / 135-6403-8821</p>",
                removed=[
                    (
                        "site_contact",
                        "【厂房仓库推荐】松江、嘉定、青浦冷库及高标仓现房招租，联系人：何经理 021-6088 2719 / 135-6403-8821",
                    )
                ],
            ),
            *ps(
                "冷链物流需求的增长，主要来自生鲜电商、连锁餐饮和医药流通三个方面。一家生鲜电商企业物流负责人表示，"
                "公司在上海的冷库需求每年增长约两成，优质冷库“一库难求”。",
                "医药冷链则对温控和追溯有更严格的要求。记者了解到，浦东一家医药物流企业正在建设符合GSP标准的"
                "医药冷库，预计明年投入使用。",
                "根据规划，到2027年上海冷库总容量将达到1000万立方米，并建成一批集冷链仓储、分拨配送、"
                "流通加工于一体的冷链物流园区。",
                "业内人士建议，冷库建设应避免盲目扩张，要与区域消费需求和进口规模相匹配，防止出现结构性过剩。",
                "市商务委表示，将对符合条件的冷链物流设施建设项目给予资金支持，并推动冷链物流数字化监管平台建设。",
                "此外，上海还将加强与长三角其他城市的冷链物流协作，推动冷链干线运输和城市配送网络互联互通。",
            ),
            J(
                "sina",
                "新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点"
                "或证实其描述。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。",
            ),
            J("sina", "责任编辑：张恒星", indent=False),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18025,
        title="嘉定工业区2026年企业扶持政策申报启动 线上“政策直通车”可办",
        when="2026-03-26 17:00",
        category=2,
        families=("wechat",),
        source="嘉定工业区",
        tags=(13, 45),
        note="wechat account: header line on top; 编辑/审核, 阅读原文 and a QR caption at the bottom; "
        "TRAP: the paragraph naming the park's own WeChat account as the way to apply is real; "
        "a <strong> heading joined by <br/> to its text",
        blocks=[
            wxj("wechat", "嘉定工业区 2026-03-26 17:00 上海"),
            wx(
                "2026年嘉定工业区企业扶持政策申报工作即日起启动，申报截止时间为4月30日。",
                "今年的扶持政策重点支持企业技术改造、研发投入、厂房提质和人才引进，对新购置设备投资超过500万元"
                "的技术改造项目，按设备投资额的10%给予补贴，最高不超过300万元。",
            ),
            X(
                '<section><p><span style="font-size:15px;"><strong>申报方式</strong><br/>'
                "企业可通过“嘉定工业区”微信公众号底部菜单“政策直通车”栏目在线填报，也可到工业区企业服务中心"
                "窗口现场申报。</span></p></section>",
                body=[
                    "申报方式\n企业可通过“嘉定工业区”微信公众号底部菜单“政策直通车”栏目在线填报，也可到工业区"
                    "企业服务中心窗口现场申报。"
                ],
            ),
            wx(
                "工业区经济发展办公室提醒，申报材料须真实完整，同一项目不得重复享受区级和工业区级同类政策。",
            ),
            wxj("wechat", "编辑：沈悦　审核：陆敏"),
            wxj("wechat", "点击“阅读原文”查看政策全文"),
            IMG("2026/03/jdgyq-gzh.jpg", "长按二维码　关注我们", family="wechat"),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18026,
        title="奉贤一园区发布声明：从未委托中介代理厂房租赁",
        when="2026-05-29 20:12",
        category=1,
        families=("thepaper",),
        source="上海奉贤",
        tags=(35,),
        note="thepaper 澎湃号·政务: header line on top, the 澎湃号 platform statement at the bottom; "
        "TRAP: a park's quoted 声明 with its own contact line is news content",
        blocks=[
            J("thepaper", "原创 上海奉贤 2026-05-29 20:12 来自上海", indent=False),
            *ps(
                "近期，有不法分子冒用奉贤区某产业园区名义，在网络平台发布厂房低价出租信息，"
                "并以“预留房源”为由收取定金。5月29日，该园区运营公司发布声明。",
                "“声明：本园区从未委托任何中介机构或个人代理厂房租赁业务，所有招商信息均以园区官方网站和"
                "官方微信公众号发布的为准。凡以本园区名义收取定金、押金的行为，均与本园区无关。”",
                "声明同时公布了园区唯一官方招商电话021-5716 0088，提醒企业如遇可疑情况及时报警。",
                "奉贤区市场监管局表示，已关注到相关情况，将会同公安部门开展调查。",
            ),
            J(
                "thepaper",
                "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，"
                "澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。",
            ),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18027,
        title="上海市特色产业园区名单调整 新增6家 总数达59家",
        when="2026-06-18 18:00",
        category=2,
        families=("gov",),
        source="上海市经济和信息化委员会",
        tags=(23,),
        note="gov (sheitc): 发布时间/来源 line and 字号 page tools on top, print/close tools at the bottom; "
        "TRAP: a short list of park names, one per paragraph, is real",
        blocks=[
            J("gov", "发布时间：2026-06-18　来源：上海市经济和信息化委员会", indent=False),
            J("gov", "字号：大 中 小", indent=False),
            *ps(
                "为推动特色产业园区高质量发展，市经济信息化委会同相关部门对全市特色产业园区开展了评估，"
                "经研究，决定新增6家特色产业园区，调整后全市特色产业园区总数达59家。",
                "新增的6家特色产业园区名单如下：",
            ),
            *ps(
                "浦东金桥智能网联汽车产业园",
                "闵行马桥人工智能创新试验区",
                "嘉定安亭新能源汽车产业园",
                "松江G60脑智科创基地",
                "青浦西岑科创中心",
                "奉贤化妆品产业园",
                indent=False,
            ),
            *ps(
                "各特色产业园区要聚焦主导产业，加强产业链招商，提高产业集中度和亩均产出，"
                "市经济信息化委将对园区实行动态管理。",
            ),
            J("gov", "【打印】【关闭】", indent=False),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18028,
        title="上海“工业上楼”三年行动过半 已建成智造空间逾千万平方米",
        when="2026-07-14 06:45",
        category=5,
        families=("jfdaily",),
        source="解放日报",
        original_title="千万平方米“智造空间”拔地而起",
        tags=(33,),
        note="shangguan/jfdaily: 原标题 and 来源/作者 line on top, an in-text image credit, "
        "栏目主编/文字编辑 chain at the bottom; 12 real paragraphs",
        blocks=[
            J("jfdaily", "原标题：千万平方米“智造空间”拔地而起", indent=False),
            J("jfdaily", "来源：作者：解放日报 任翀", indent=False),
            *ps(
                "上海“工业上楼”三年行动实施过半。记者从市经济信息化委获悉，截至6月底，全市已建成“智造空间”"
                "约1080万平方米，在建约1500万平方米。",
                "所谓“工业上楼”，是指将适合的生产环节从平地搬到高层厂房，在有限的土地上拓展产业空间。"
                "按照规划，上海到2027年将累计建设“智造空间”3000万平方米。",
                "上海为什么要推“工业上楼”？市经济信息化委相关负责人说，上海工业用地总量有限，"
                "新增用地指标逐年减少，必须向空间要效益。",
            ),
            IMG("2026/07/gysl-jd.jpg"),
            J("jfdaily", "嘉定一处“工业上楼”项目。解放日报记者 海沙尔 摄", indent=False),
            *ps(
                "记者走访发现，“工业上楼”的厂房与传统厂房有很大不同。在嘉定一处项目，每栋楼都配有5吨和10吨货梯，"
                "部分楼栋还设置了盘旋坡道，集装箱卡车可以直接开到四楼。",
                "一家智能传感器企业在这里租下了两层厂房。企业负责人说，原先在郊区的单层厂房离研发团队太远，"
                "“现在研发在楼上、生产在楼下，沟通效率高多了”。",
                "不过，并不是所有行业都适合“上楼”。业内人士指出，重型装备、化工等行业对层高、荷载、"
                "防爆有特殊要求，仍需在地面厂房生产。",
                "招商难也是一些项目面临的问题。一家园区运营商坦言，部分“工业上楼”项目建成后去化较慢，"
                "高层厂房的租金比单层厂房贵，中小企业接受度有限。",
                "对此，多个区出台了租金补贴政策。例如，宝山区对入驻“智造空间”的企业给予最长三年的租金补贴，"
                "闵行区则对项目开发主体按招商进度给予奖励。",
                "市经济信息化委表示，下一步将制定“智造空间”建设导则，统一设计和验收标准，"
                "并引导各区根据主导产业差异化建设。",
                "专家认为，“工业上楼”是城市产业发展到一定阶段的必然选择，关键是要找准适合上楼的产业，"
                "避免“建了楼、招不来企业”。",
                "另据了解，上海还将推动“工业上楼”项目与产业基金、科技服务平台联动，为入驻企业提供融资、"
                "检测和人才等配套服务。",
            ),
            J("jfdaily", "栏目主编：张奕　文字编辑：宋彦　图片编辑：雍凯", indent=False),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18029,
        title="昆山新认定7家省级特色产业园 对接上海产业外溢",
        when="2026-09-03 08:20",
        category=5,
        families=("kunshan",),
        source="昆山日报",
        tags=(23,),
        note="昆山日报: 来源/记者 header line on top, 编辑/审核 and 阅读原文 arrow at the bottom; "
        "TRAP: a numbered list of park names is real",
        blocks=[
            J("kunshan", "来源：昆山日报　记者 陈晓华", indent=False),
            *ps(
                "日前，江苏省发改委公布新一批省级特色产业园名单，昆山共有7家园区入选，入选数量居全省县级市首位。"
                "这7家园区分别是：",
            ),
            *ps(
                "1.昆山高新区光电产业园",
                "2.昆山开发区智能装备产业园",
                "3.花桥经济开发区数字经济产业园",
                "4.周市镇小核酸及生物医药产业园",
                "5.千灯镇新材料产业园",
                "6.陆家镇智能网联汽车零部件产业园",
                "7.淀山湖镇数字文创产业园",
                indent=False,
            ),
            *ps(
                "昆山市发改委相关负责人表示，这些园区大多紧邻上海，在承接上海产业外溢、"
                "配套上海龙头企业方面具有明显优势。",
                "以花桥为例，园区距上海安亭仅十余公里，近年来已吸引多家上海数字经济企业设立区域总部和研发中心。",
            ),
            J("kunshan", "编辑：俞洁　审核：沈卫东", indent=False),
            J("kunshan", "点击阅读原文 >>>", indent=False),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18030,
        title="嘉善祥符荡科创绿谷新引进沪籍科技企业15家",
        when="2026-04-03 19:20",
        category=1,
        families=("jiashan",),
        source="嘉善发布",
        tags=(23,),
        note="嘉善发布: account header on top; 记者/通讯员 credit glued after <br/> to the last paragraph; "
        "编辑/审核/终审 chain with | separators at the bottom",
        blocks=[
            J("jiashan", "嘉善发布 2026-04-03 19:20 浙江", indent=False),
            wx(
                "今年一季度，嘉善祥符荡科创绿谷新引进科技企业32家，其中来自上海的企业15家，占比近一半。",
                "祥符荡科创绿谷位于长三角生态绿色一体化发展示范区，距上海虹桥枢纽约40分钟车程。"
                "近年来，绿谷瞄准上海科创资源外溢，推出“研发在上海、转化在嘉善”的合作模式。",
                "绿谷为入驻企业提供定制化研发办公空间和中试厂房，对上海来的科技企业给予三年租金全免。",
            ),
            glued(
                "嘉善县相关负责人表示，将持续深化与上海各区的产业合作，打造示范区科创成果转化首选地。",
                "记者：徐露雯　通讯员：沈洁",
                "jiashan",
            ),
            J("jiashan", "编辑 | 钱佳　审核 | 吴晓　终审 | 周振宇", indent=False),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18031,
        title="太仓港经开区高标仓集中开工 沪太同城化物流加速",
        when="2026-10-20 12:40",
        category=7,
        families=("wechat", "site_contact"),
        source="长三角园区圈",
        tags=(27, 37),
        related=(18003, 18012, 18024),
        note="wechat account: header with 原创 and author inside spans, 往期推荐 at the bottom; "
        "then the site's zsbox with another salesperson, a 021 hotline and a +86 mobile",
        blocks=[
            X(
                '<section><p><span style="color:#576b95;">原创</span>　<span>陆一鸣</span>　'
                "<span>长三角园区圈</span>　<span>2026-10-20 12:40</span></p></section>",
                removed=[("wechat", "原创　陆一鸣　长三角园区圈　2026-10-20 12:40")],
            ),
            wx(
                "10月中旬，太仓港经济技术开发区3个高标准仓库项目集中开工，总建筑面积约28万平方米。",
                "这3个项目均为双层坡道库，层高分别为10.5米和9米，首层承重3吨、二层承重2吨，"
                "可满足电商、冷链及跨境物流等多种业态需求。",
                "太仓与上海嘉定、宝山接壤，沪太同城化程度不断提高。随着沪通铁路和嘉闵线北延规划推进，"
                "太仓正成为上海物流企业外溢的重要承接地。",
                "“太仓港既有港口资源，又紧邻上海，仓储租金比上海低三到四成。”一位物流地产开发商说，"
                "公司在太仓的存量仓库出租率超过95%，这也是此次加大投资的原因。",
                "据悉，3个项目预计2027年底前竣工，建成后太仓港经开区高标仓总面积将超过150万平方米。",
            ),
            X(
                "<section><p><strong>往期推荐</strong></p>"
                "<p>平湖、嘉善高标仓租金走势分析</p>"
                "<p>上海物流用地出让规则有变</p></section>",
                removed=[
                    ("wechat", "往期推荐"),
                    ("wechat", "平湖、嘉善高标仓租金走势分析"),
                    ("wechat", "上海物流用地出让规则有变"),
                ],
            ),
            ZSBOX(
                "钱慧敏",
                "长三角厂房土地租售专线：",
                "021-6718 3320",
                "微信/手机：",
                ["+86 158 0192 6634"],
                "告诉我们您的行业、面积、层高、承重及税收预期，免费为您匹配房源。",
                "扫一扫加钱慧敏微信，备注“厂房”",
            ),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18032,
        title="青浦华新镇快递物流产业集聚区扩容 新增分拨中心4个",
        when="2026-01-29 11:05",
        category=7,
        families=("qingpu",),
        source="青浦报",
        tags=(27,),
        note="青浦报: standalone reporter byline on top; picture/editor credit line at the bottom",
        blocks=[
            J("qingpu", "青浦报记者 薛梦华", indent=False),
            *ps(
                "青浦区华新镇快递物流产业集聚区再扩容。记者从华新镇获悉，今年镇域内将新增4个快递分拨中心，"
                "新增仓储分拨面积约18万平方米。",
                "华新镇是“中国快递之乡”青浦的快递物流核心承载区，多家快递企业总部及其转运中心在此集聚。",
                "新建的分拨中心将全面应用自动化分拣设备，单个中心日均处理能力可达300万件以上。",
            ),
            J("qingpu", "图片：区融媒体中心　编辑：蒋蓉", indent=False),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18033,
        title="太仓出台支持上海企业来太投资办厂十条措施",
        when="2026-02-05 09:25",
        category=2,
        families=("taicang",),
        source="太仓日报",
        tags=(45,),
        note="太仓日报: □记者/通讯员 byline on top; 来源 and editor lines at the bottom; "
        "TRAP: numbered conditions, one per paragraph, are real",
        blocks=[
            J("taicang", "□记者 陶宇恒　通讯员 沈清", indent=False),
            *ps(
                "近日，太仓市出台《支持上海企业来太投资办厂的若干措施》，从用地保障、厂房租赁、人才安居等方面提出"
                "十条措施。",
                "措施提出，对上海企业在太仓租赁标准厂房的，按实际租金的30%给予补贴，期限三年。申请补贴须同时满足"
                "以下条件：",
            ),
            *ps(
                "（一）企业在太仓注册独立法人，并在太仓纳税；",
                "（二）租赁厂房面积不低于1000平方米，租期不少于三年；",
                "（三）租赁合同已在相关部门备案；",
                "（四）企业近三年无重大安全生产和环境违法记录。",
                indent=False,
            ),
            *ps(
                "太仓市商务局相关负责人表示，措施自发布之日起施行，将重点面向汽车零部件、高端装备和生物医药等"
                "产业的上海企业。",
            ),
            J("taicang", "来源：太仓日报", indent=False),
            J("taicang", "责任编辑：陈莹　审核：王琪", indent=False),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18034,
        title="奉贤“智造园”开园迎客 访客须线上预约扫码入园",
        when="2026-08-27 14:15",
        category=1,
        families=("fengxian",),
        source="奉贤报",
        tags=(23,),
        note="奉贤报: standalone byline on top, editor line at the bottom; TRAP: the park's WeChat account and "
        "a 扫码登记 entry rule in prose, and an enquiry hotline in reporting, are real",
        blocks=[
            J("fengxian", "奉贤报记者 周晓芸", indent=False),
            *ps(
                "8月26日，位于奉贤经济开发区的“奉贤智造园”正式开园。园区总建筑面积约16万平方米，"
                "首批入驻企业18家，主要来自智能装备和新能源领域。",
                "为方便企业考察，园区实行预约参观制度。访客须通过“奉贤智造园”微信公众号提前预约，"
                "到达后在园区北门扫码登记方可入园。",
                "园区还设立了一站式企业服务窗口，企业咨询入驻事宜可拨打招商服务电话021-3736 5190。",
                "奉贤经济开发区相关负责人表示，“智造园”将围绕新能源汽车零部件产业链开展精准招商，"
                "力争两年内入驻率达到85%以上。",
            ),
            J("fengxian", "编辑：许冬青", indent=False),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18035,
        title="嘉定区前三季度规上工业总产值同比增长6.8%",
        when="2026-10-24 16:30",
        category=5,
        families=("gov",),
        source="上海市嘉定区人民政府",
        tags=(13, 22),
        note="gov (jiading.gov.cn): metadata div with spans on top, 分享到 and the mobile QR caption at the bottom; "
        "TRAP: an output table and its 数据来源 note are real",
        blocks=[
            X(
                '<div class="xxgk-info"><p><span>来源：上海市嘉定区人民政府</span>　'
                "<span>发布日期：2026-10-24</span>　<span>浏览次数：1086</span></p></div>",
                removed=[("gov", "来源：上海市嘉定区人民政府　发布日期：2026-10-24　浏览次数：1086")],
            ),
            *ps(
                "前三季度，嘉定区规模以上工业企业完成工业总产值4215.6亿元，同比增长6.8%，增速较上半年提高0.9个百分点。",
                "分行业看，汽车制造业仍是全区工业的主要支撑，新能源汽车相关产业增长较快。",
            ),
            TABLE(
                [
                    ["行业", "产值（亿元）", "同比增长（%）"],
                    ["汽车制造业", "2386.4", "5.2"],
                    ["计算机、通信和其他电子设备制造业", "512.8", "11.7"],
                    ["通用设备制造业", "298.1", "7.4"],
                    ["医药制造业", "126.5", "9.3"],
                ]
            ),
            P("数据来源：嘉定区统计局", indent=False),
            *ps(
                "从产业集群看，智能传感器及物联网产业完成产值同比增长13.5%，高性能医疗设备及精准医疗产业增长9.8%。",
                "区统计局相关负责人表示，四季度将继续关注重点企业生产情况，推动全年工业经济平稳增长。",
            ),
            J("gov", "分享到：", indent=False),
            IMG("2026/10/jd-gov-mobile.png", "扫一扫在手机打开当前页", family="gov"),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18036,
        title="金山首个多式联运物流中心启用 铁水公联运直达上海港",
        when="2026-06-03 10:50",
        category=7,
        families=("jinshan",),
        source="金山报",
        tags=(27,),
        note="金山报: 来源 line on top, 本报讯 dateline glued to the first paragraph (real), editor line at the bottom",
        blocks=[
            J("jinshan", "来源：金山报", indent=False),
            P(
                "本报讯（记者 李佳佳）6月2日，金山区首个多式联运物流中心在金山工业区启用，"
                "可实现铁路、水路、公路货物的无缝衔接。"
            ),
            *ps(
                "物流中心占地约210亩，建有铁路专用线2条、内河码头泊位4个和仓库约6万平方米，"
                "年设计吞吐能力达300万吨。",
                "该中心启用后，金山及周边化工新材料企业的产品可通过内河航运直达洋山港和外高桥港区，"
                "物流成本预计下降约15%。",
            ),
            J("jinshan", "编辑：孙晨", indent=False),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18037,
        title="嘉定工业区北区标准厂房出租 单层2400平方米 可环评 享区级扶持",
        when="2026-11-16 09:40",
        category=3,
        families=("site_contact",),
        source=None,
        tags=(13, 35),
        related=(18010, 18020),
        note="site's own listing with 11 real paragraphs incl. short spec lines; the salesperson's block is a div "
        "with a WeChat id line and a QR caption",
        blocks=[
            *ps(
                "嘉定工业区北区现有标准厂房对外出租，厂房位于叶城路以北，紧邻G15沈海高速和S5沪嘉高速，"
                "距虹桥综合交通枢纽约35公里。",
                "厂房为单层钢混结构，建筑面积约2400平方米，独门独院，带办公区和停车场。主要参数如下：",
            ),
            *ps(
                "层高：8米",
                "承重：3吨/平方米",
                "配电：400千伏安，可增容",
                "消防：丙二类",
                indent=False,
            ),
            *ps(
                "厂房可办理独立环评，适合汽车零部件、精密机械、电子设备、新材料等行业，不接受危化品生产企业。",
                "租金约为每天每平方米1.3元，租期三年起，可提供一定免租装修期。",
                "园区周边有公交线路和员工宿舍，生活配套齐全。",
                "注册在嘉定工业区的制造业企业，可按规定申请区级产业扶持政策，具体以园区审核为准。",
                "看房请提前预约。",
            ),
            X(
                '<div class="kf-card" style="text-align:center;">'
                "<p>添加招商经理微信 mk_factory2021，获取最新房源表</p>"
                f'<p><img src="{UP}" data-original="http://www.shcfck.com/zb_users/upload/2025/02/kf-mk.jpg"'
                ' class="lazyload" alt=""/><br/>微信扫码　免费找厂房</p></div>',
                removed=[
                    ("site_contact", "添加招商经理微信 mk_factory2021，获取最新房源表"),
                    ("site_contact", "微信扫码　免费找厂房"),
                ],
            ),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18038,
        title="上海临港新片区发布第三批产业用地供应计划",
        when="2026-11-06 16:02",
        category=2,
        families=("cls",),
        source="财联社",
        tags=(49,),
        note="财联社 short flash: TRAP of length (two real paragraphs, dateline glued and real); one disclaimer",
        blocks=[
            P(
                "财联社11月6日电，上海临港新片区管委会今日发布2026年第三批产业用地供应计划，共推出地块11宗，"
                "总面积约68公顷，主要位于前沿产业区和综合产业片区。"
            ),
            P("管委会表示，上述地块将以“标准地”方式出让，重点保障集成电路、高端装备和新能源项目。"),
            J("cls", "财联社声明：文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。"),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18039,
        title="长三角制造业“东西向”转移加快 皖北承接上海产能",
        when="2026-05-12 20:41",
        category=5,
        families=("yicai",),
        source="第一财经",
        note="yicai: 作者/责编 header line on top; 举报 tool and an ad-cooperation promo at the bottom",
        blocks=[
            J("yicai", "作者：林靖　责编：任绍敏", indent=False),
            *ps(
                "在上海及苏南地区土地、人力成本持续上升的背景下，长三角制造业产能正加快由东向西转移。"
                "安徽滁州、宣城、阜阳等地成为承接上海产能的热门目的地。",
                "滁州一家产业园区负责人告诉第一财经记者，园区今年新签约的项目中，有近一半来自上海及苏州、无锡，"
                "以汽车零部件、光伏组件和家电配套为主。",
                "“上海一家企业的研发和销售留在上海，生产基地放到滁州，土地成本只有上海的十分之一。”该负责人说。",
                "与此同时，上海与安徽共建的多个合作园区也在加速建设。沪苏浙皖四地正探索建立产业转移项目的税收"
                "分享和统计分算机制。",
                "不过，也有专家提醒，产业转移不是简单的“搬家”，承接地需要在配套能力、产业工人培训和营商环境方面"
                "持续提升，避免“接得住却留不住”。",
            ),
            X('<p><a href="javascript:;" class="jubao">举报</a></p>', removed=[("yicai", "举报")]),
            J("yicai", "第一财经广告合作，请点击这里", indent=False),
        ],
    ),
    # ------------------------------------------------------------------------------------------
    Page(
        id=18040,
        title="上海外资研发中心累计达600家 产业园区研发载体需求上升",
        when="2026-11-12 18:20",
        category=5,
        families=("people", "site_contact"),
        source="人民网",
        tags=(22,),
        note="people.cn: standalone dateline on top; 责编 and 分享 prompt at the bottom; then the site's contact "
        "as one plain paragraph with a 400 number and an extension",
        blocks=[
            J("people", "人民网上海11月12日电 （记者 沈文敏）", indent=False),
            *ps(
                "记者从上海市商务委获悉，今年以来上海新认定外资研发中心32家，累计达到600家，"
                "其中全球研发中心超过80家。",
                "外资研发中心主要分布在浦东张江、闵行紫竹、徐汇漕河泾等地，集中在生物医药、汽车、电子信息和化工领域。",
                "随着外资研发中心数量增加，上海产业园区研发办公和中试载体的需求明显上升。漕河泾开发区相关负责人介绍，"
                "园区今年新交付的两栋研发楼已基本租满。",
            ),
            J("people", "(责编：王仁宏、张灿)", indent=False),
            J("people", "分享让更多人看到", indent=False),
            X(
                "<p><strong>全国免费咨询：400 6280 021 转 3</strong>　工作日9:00-18:00　工业地产事业部</p>",
                removed=[
                    ("site_contact", "全国免费咨询：400 6280 021 转 3　工作日9:00-18:00　工业地产事业部")
                ],
            ),
        ],
    ),
]
