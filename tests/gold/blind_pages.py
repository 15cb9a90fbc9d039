"""The blind part of the gold set: 36 pages written by an author who never saw the cleaning rules.

Written without reading parkcrawler/clean/, docs/cleaning.md, the other parts' specs or pages, the
cleaning tests, parkcrawler/crawl/learn.py or parkcrawler/crawl/reparse.py (see blind/README.md). The article text is
invented; the boilerplate is each source's own, as the author knows it from those sites, placed where
those sites put it. Every block is labelled by hand: `P`/`H`/`TABLE`/captioned `IMG` are real text,
`J`/`X(removed=...)` are boilerplate with their family. None of the sources here is listed in the
shcfck.com reference (tests/fixtures/site-reference/README.md).

    python tests/gold/build.py blind
"""

from __future__ import annotations

from build import IMG, INDENT, TABLE, ZSBOX, B, H, J, P, Page, X, esc


def LINES(family: str, lines: list[str], indent: bool = False) -> B:
    """One boilerplate <p> whose lines are split by <br/>: one block, its lines joined by \\n."""
    markup = "<p>" + (INDENT if indent else "") + "<br/>".join(esc(line) for line in lines) + "</p>"
    return X(markup, removed=[(family, "\n".join(lines))])


def LINK(family: str, text: str, url: str) -> B:
    """An unrelated headline from a source's recommendation list, one per paragraph."""
    return X(f'<p><a href="{url}" target="_blank">{esc(text)}</a></p>', removed=[(family, text)])


def TAIL(text: str, family: str, junk: str) -> B:
    """A real paragraph with boilerplate appended inside the same <p>: keep the text, cut the junk."""
    return X(f"<p>{INDENT}{esc(text)}{esc(junk)}</p>", body=[text], removed=[(family, junk)])


PAGES: list[Page] = [
    # --- national news agencies and portals ---------------------------------------------------------
    Page(
        id=12001,
        title="临港新片区再添集成电路重大项目 总投资超百亿元",
        when="2025-09-16 15:20",
        category=1,
        tags=(41,),
        families=("xinhua",),
        source="新华网",
        related=(12032, 12003),
        note="Xinhua: time/source line on top, 纠错 + 责任编辑 in one line at the bottom; a real photo caption.",
        blocks=[
            J("xinhua", "2025-09-16 10:21:05　来源：新华网", indent=False),
            P(
                "新华社上海9月16日电（记者李晓明）上海临港新片区16日集中签约一批集成电路产业项目，涉及晶圆制造、"
                "先进封装、关键材料和装备零部件等环节，总投资超过100亿元。"
            ),
            P(
                "据介绍，此次签约的12个项目中，有5个为制造类项目，将落地东方芯港特色产业园区；其余项目集中在"
                "研发设计和产业服务领域，预计全部达产后年产值可达150亿元。"
            ),
            IMG("2025/09/lingang-ic-0916.jpg", "9月16日，临港新片区集成电路产业项目签约仪式现场。"),
            P(
                "临港新片区管委会相关负责人表示，东方芯港目前已集聚集成电路企业超过200家，覆盖设计、制造、封测、"
                "装备、材料全产业链，12英寸晶圆制造产能持续释放。"
            ),
            P(
                "为加快项目落地，新片区将推行“拿地即开工”审批模式，并对符合条件的企业给予厂房租金补贴、"
                "人才住房保障和研发投入奖励。"
            ),
            P(
                "业内人士认为，随着一批链主企业加快布局，临港正从“产业新城”向“产业高地”迈进，长三角集成电路"
                "产业协同效应将进一步显现。"
            ),
            J("xinhua", "【纠错】 【责任编辑:王萌】", indent=False),
        ],
    ),
    Page(
        id=12002,
        title="嘉定汽车新能源港今年已引进项目47个",
        when="2025-10-11 11:05",
        category=1,
        tags=(13, 29),
        families=("people",),
        source="人民网－上海频道",
        note="people.cn: date|source line on top; 责编, share prompt and a 推荐阅读 list of unrelated headlines at the bottom.",
        blocks=[
            J("people", "2025年10月11日08:21 | 来源：人民网－上海频道", indent=False),
            P(
                "人民网上海10月11日电（记者陆扬）记者从嘉定区获悉，今年以来，嘉定汽车新能源港已引进新能源汽车及"
                "零部件项目47个，总投资额超过86亿元，其中亿元以上项目18个。"
            ),
            P(
                "新能源港位于嘉定安亭镇，规划面积约3.2平方公里，重点发展电驱动系统、动力电池、燃料电池和智能网联"
                "等领域。今年新落地的项目中，智能网联相关项目占比接近四成。"
            ),
            P(
                "为解决企业“落地难、空间贵”的问题，园区今年盘活存量工业用地约560亩，改造标准厂房21万平方米，"
                "单层厂房层高普遍达到9米以上，可满足中试线和小批量生产需要。"
            ),
            P(
                "嘉定区相关负责人介绍，下一步将围绕整车企业配套需求，继续开展“以商引商”，力争到2026年底汽车"
                "新能源港产业规模突破千亿元。"
            ),
            J("people", "(责编：陈键、刘阳)", indent=False),
            J("people", "分享让更多人看到", indent=False),
            J("people", "推荐阅读", indent=False),
            LINK("people", "国务院常务会议研究部署进一步做好稳就业工作", "http://politics.people.com.cn/n1/2025/1010/c1001-40001234.html"),
            LINK("people", "全国秋粮收获进度过半", "http://society.people.com.cn/n1/2025/1010/c1008-40001267.html"),
            LINK("people", "我国成功发射新一代通信技术试验卫星", "http://scitech.people.com.cn/n1/2025/1011/c1007-40001302.html"),
        ],
    ),
    Page(
        id=12003,
        title="长三角G60科创走廊九城市共建产业协同创新中心",
        when="2025-08-22 17:40",
        category=5,
        tags=(15,),
        families=("chinanews", "site_contact"),
        source="中国新闻网",
        related=(12001,),
        note="chinanews: （完） appended to the last real paragraph, 编辑 and copyright lines; a one-line site contact.",
        blocks=[
            P(
                "中新网上海8月22日电（记者许静）长三角G60科创走廊九城市22日在上海松江共同发布产业协同创新中心"
                "建设方案，首批将围绕人工智能、集成电路、生物医药等七大产业集群建设18个协同创新中心。"
            ),
            P(
                "根据方案，协同创新中心将采取“一中心多基地”模式，由九城市龙头企业牵头，联合高校院所开展关键技术"
                "攻关，并在沿线产业园区布局中试和产业化基地。"
            ),
            P(
                "数据显示，2024年G60科创走廊九城市地区生产总值合计约16万亿元，高新技术企业数量超过4.8万家，"
                "九城市间技术合同成交额同比增长逾两成。"
            ),
            TAIL(
                "会上，九城市还签署了园区共建、人才互认等合作协议，并发布首批“揭榜挂帅”技术需求清单，涉及技术需求"
                "230余项。",
                "chinanews",
                "（完）",
            ),
            J("chinanews", "【编辑:李岩】", indent=False),
            J("chinanews", "未经授权禁止转载、摘编、复制及建立镜像，违者将依法追究法律责任。", indent=False),
            J("site_contact", "上海厂房、土地、园区招商咨询：021-5178 6621 / 400-886-0217（周一至周日 8:30-20:00）"),
        ],
    ),
    Page(
        id=12004,
        title="“工业上楼”提速 上海今年新开工智能制造空间超300万平方米",
        when="2025-07-03 09:12",
        category=1,
        tags=(33,),
        families=("cctv",),
        source="央视新闻客户端",
        note="CCTV app: source line on top; 编辑/责任编辑 and the app download prompt at the bottom.",
        blocks=[
            J("cctv", "来源：央视新闻客户端", indent=False),
            P(
                "记者从上海市经济信息化委获悉，今年以来，上海“工业上楼”项目加快推进，全市新开工智能制造空间超过"
                "300万平方米，已有56个项目进入施工阶段。"
            ),
            P(
                "“工业上楼”是指将符合条件的生产制造环节从平面厂房搬进高层厂房。与传统厂房相比，上海新建的智造空间"
                "普遍设计了大吨位货梯和盘旋坡道，首层楼面荷载可达每平方米2吨以上，三层以上也能满足精密制造和轻型"
                "装配需求。"
            ),
            P(
                "在闵行区一处智造空间项目现场，12层的厂房主体已经封顶。项目负责人介绍，厂房建成后将重点引进"
                "机器人、医疗器械等企业，目前意向入驻面积已超过总面积的六成。"
            ),
            P(
                "市经济信息化委有关负责人表示，上海将继续推进“工业上楼”，到2025年底累计建设智能制造空间3000万"
                "平方米，为先进制造业提供高品质、低成本的产业空间。"
            ),
            J("cctv", "编辑：张蕊 责任编辑：刘亮", indent=False),
            J("cctv", "更多精彩资讯，请在应用市场下载“央视新闻”客户端，欢迎对新闻热点进行爆料！", indent=False),
        ],
    ),
    Page(
        id=12005,
        title="上海工业用地出让节奏加快 前三季度成交面积同比增近三成",
        when="2025-10-09 18:30",
        category=5,
        tags=(49,),
        families=("yicai",),
        source="第一财经",
        note="Yicai: header line with 作者/责编 on top; copyright notice, 举报 and a 一财最热 headline list at the bottom.",
        blocks=[
            J("yicai", "2025-10-09 14:36:21 听新闻 作者：钱晓岩 责编：黄巍", indent=False),
            P("今年前三季度，上海共出让工业用地（含研发用地）约5.2平方公里，同比增长约28%，成交楼面均价保持平稳。"),
            P(
                "从区域看，出让地块主要集中在临港新片区、嘉定、松江、奉贤和金山，五区合计占比超过七成。其中，"
                "临港新片区单个地块出让面积普遍较大，多以“带产业项目”方式挂牌。"
            ),
            P(
                "一位长期跟踪上海产业用地市场的人士告诉第一财经，与前几年相比，今年出让的工业用地中，定向用于"
                "“工业上楼”和高标准厂房的比例明显上升，地块容积率普遍在2.0以上。"
            ),
            P(
                "业内人士认为，工业用地供应增加，有助于缓解制造业企业“用地难”问题，但也需要防止部分园区“重拿地、"
                "轻运营”，应加强对亩均税收、投产进度等指标的全周期监管。"
            ),
            J(
                "yicai",
                "此内容为第一财经原创，著作权归第一财经所有。未经第一财经书面授权，不得以任何方式加以使用，包括转载、"
                "摘编、复制或建立镜像。第一财经保留追究侵权者法律责任的权利。如需获得授权请联系第一财经版权部："
                "banquan@yicai.com",
                indent=False,
            ),
            J("yicai", "举报", indent=False),
            J("yicai", "一财最热", indent=False),
            LINK("yicai", "美联储官员释放信号 年内或再降息一次", "https://www.yicai.com/news/102864512.html"),
            LINK("yicai", "国庆假期国内出游人次创新高", "https://www.yicai.com/news/102864533.html"),
            LINK("yicai", "多家银行下调存款利率 大额存单“缩水”", "https://www.yicai.com/news/102864587.html"),
        ],
    ),
    Page(
        id=12006,
        title="张江机器人谷新增两栋定制厂房 已有11家企业签约入驻",
        when="2025-06-12 10:48",
        category=1,
        tags=(50,),
        families=("jiemian", "site_contact"),
        source="界面新闻",
        note="Jiemian: reporter|editor byline split by <br/> on top; reprint ban and app prompt at the bottom; contact as two plain lines.",
        blocks=[
            LINES("jiemian", ["界面新闻记者 | 陈子轩", "界面新闻编辑 | 刘海川"]),
            P(
                "界面新闻从浦东新区获悉，张江机器人谷二期两栋定制厂房日前完成竣工验收，总建筑面积约6.8万平方米，"
                "已有11家机器人整机及核心零部件企业签约入驻。"
            ),
            P(
                "这两栋厂房按照机器人企业的生产工艺“量身定制”，首层层高8米、楼面荷载每平方米1.5吨，二层以上配置"
                "5吨货梯，并预留了整机测试场地和恒温恒湿车间。"
            ),
            P(
                "张江机器人谷运营方相关人士告诉界面新闻，此前不少机器人企业在张江只能租用研发楼，生产环节不得不"
                "外迁，新厂房投用后，企业可以实现“研发在楼上、生产在楼下”。"
            ),
            P("截至目前，张江机器人谷已集聚机器人相关企业超过120家，2024年产值同比增长约35%。"),
            J("jiemian", "未经正式授权严禁转载本文，侵权必究。", indent=False),
            J("jiemian", "打开界面新闻APP，查看原文", indent=False),
            J("site_contact", "张江、浦东厂房及研发楼租售，请联系招商部沈经理：138 1702 6645（微信同号）"),
            J("site_contact", "温馨提示：来电请说明所需面积、行业及用途，我们将在24小时内为您匹配房源。"),
        ],
    ),
    Page(
        id=12007,
        title="松江综合保税区一季度进出口额增长17%",
        when="2025-04-15 16:02",
        category=5,
        tags=(12,),
        families=("nbd",),
        source="每日经济新闻",
        note="NBD: 每经记者/每经编辑 line on top; cover-image credit, reprint notice (two lines), image notice and app prompt at the bottom.",
        blocks=[
            J("nbd", "每经记者：李星辰　每经编辑：陈梦语", indent=False),
            P(
                "记者从上海海关获悉，今年一季度，松江综合保税区实现进出口总额312亿元，同比增长17.2%，其中出口额"
                "同比增长21.5%，增速位居全市海关特殊监管区域前列。"
            ),
            P(
                "从产品结构看，笔记本电脑、服务器等电子信息产品仍是区内进出口的主力，占比约六成；集成电路、"
                "新能源汽车零部件等产品增长较快，分别增长34%和28%。"
            ),
            P(
                "松江综保区相关负责人介绍，区内今年新开展保税维修、保税研发等新业态试点，一季度新增注册企业"
                "23家，一批跨境电商和保税物流项目正在加紧装修。"
            ),
            P("据悉，松江综保区二期约12万平方米标准厂房将于年内交付，重点承接电子信息和高端装备制造项目。"),
            J("nbd", "封面图片来源：图片来源：每经媒资库", indent=False),
            LINES(
                "nbd",
                ["如需转载请与《每日经济新闻》报社联系。", "未经《每日经济新闻》报社授权，严禁转载或镜像，违者必究。"],
            ),
            J(
                "nbd",
                "特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。如您不希望作品出现在本站，可联系我们"
                "要求撤下您的作品。",
                indent=False,
            ),
            J("nbd", "欢迎关注每日经济新闻APP", indent=False),
        ],
    ),
    Page(
        id=12008,
        title="上海生物医药产业园区“一园一策”：张江、临港、奉贤差异化布局",
        when="2025-05-20 08:55",
        category=2,
        tags=(43, 23),
        families=("21jingji",),
        source="21世纪经济报道",
        note="21st Century Business Herald: reporter line on top; (作者/编辑) and app prompt at the bottom; real h3 subheadings.",
        blocks=[
            J("21jingji", "21世纪经济报道记者 孙韵 上海报道", indent=False),
            P(
                "上海生物医药产业正在从“张江一枝独秀”走向多点布局。近期，上海多个区相继出台生物医药产业园区专项"
                "政策，围绕研发、中试和产业化不同环节，形成差异化分工。"
            ),
            H("张江：做强研发和创新策源", "h3"),
            P(
                "张江药谷聚集了上海约四成的生物医药研发企业。浦东新区今年提出，对在张江新租用研发办公用房的创新药"
                "企业，给予最长三年、最高50%的租金补贴。"
            ),
            H("临港：承接产业化大项目", "h3"),
            P(
                "临港新片区生命蓝湾则主打产业化，园区已建成GMP标准厂房约40万平方米，单栋厂房可按企业需求预留洁净区"
                "和动力站。多家在张江完成研发的企业，已把商业化生产基地放在临港。"
            ),
            H("奉贤：聚焦医疗器械和美丽健康", "h3"),
            P(
                "奉贤区依托东方美谷，重点引进医疗器械、化妆品原料和功能性食品企业，对新落地的制造类项目给予设备"
                "投资额最高10%的补贴。"
            ),
            P(
                "一位生物医药园区运营方负责人对21世纪经济报道记者表示，各园区政策从“拼补贴”转向“拼服务”，"
                "公共技术平台、临床资源对接和审评审批服务成为企业选址时越来越看重的因素。"
            ),
            J("21jingji", "（作者：孙韵 编辑：周上琪）", indent=False),
            J("21jingji", "更多内容请下载21财经APP", indent=False),
        ],
    ),
    Page(
        id=12009,
        title="闵行区发布先进制造业高质量发展若干措施 单个项目最高支持5000万元",
        when="2025-03-28 19:10",
        category=2,
        tags=(45,),
        families=("stcn",),
        source="证券时报",
        note="STCN: 责编/校对 in one <p> with <br/>, investment disclaimer and app prompt at the bottom.",
        blocks=[
            P(
                "3月28日，上海市闵行区发布《关于支持先进制造业高质量发展的若干措施》，从项目落地、技术改造、"
                "空间保障、人才引进等方面提出18条支持举措。"
            ),
            P(
                "根据措施，对新引进的先进制造业重大项目，按照实际固定资产投资额给予最高10%的支持，单个项目最高"
                "5000万元；对企业实施智能化、绿色化技术改造的，按照项目投资额给予最高15%的补贴。"
            ),
            P(
                "在空间保障方面，闵行区将加快推进“工业上楼”和低效用地再开发，每年新增高标准厂房不少于50万平方米，"
                "并对入驻区属国资园区的制造业企业给予前两年租金减免。"
            ),
            P(
                "闵行区有关负责人表示，闵行制造业基础雄厚，拥有紫竹高新区、莘庄工业区等产业载体，此次政策将重点"
                "支持高端装备、航空航天、生物医药和数字经济等产业。"
            ),
            LINES("stcn", ["责编：李丹", "校对：王蕾"]),
            J("stcn", "声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担", indent=False),
            J(
                "stcn",
                "下载“证券时报”官方APP，或关注官方微信公众号，即可随时了解股市动态，洞察政策信息，把握财富机会。",
                indent=False,
            ),
        ],
    ),
    Page(
        id=12010,
        title="金山湾区打造“化工新材料+”产业集群 碳谷绿湾产业园新签约项目12个",
        when="2025-08-05 13:26",
        category=1,
        tags=(23,),
        families=("shobserver", "site_contact"),
        source="上观新闻",
        original_title="碳谷绿湾“上新”，金山今年已签约12个新材料项目",
        note="Shobserver/Jiefang Daily: 原标题 on top; 栏目主编/文字编辑/题图 credits and 来源：作者 at the bottom; the site's zsbox with a new salesperson.",
        blocks=[
            J("shobserver", "原标题：碳谷绿湾“上新”，金山今年已签约12个新材料项目", indent=False),
            P(
                "今年以来，位于金山区的碳谷绿湾产业园已签约新材料项目12个，总投资约68亿元，涵盖高性能树脂、"
                "电子化学品、可降解材料等领域。"
            ),
            P(
                "碳谷绿湾产业园规划面积约2.9平方公里，是上海化学工业区的重要拓展区。园区负责人介绍，园区严格执行"
                "化工项目准入标准，新引进项目均需满足“亩均产出不低于1000万元”的要求。"
            ),
            P(
                "为吸引高附加值项目，园区建设了危化品仓储、污水预处理、应急救援等公共设施，并配套了6栋中试厂房，"
                "企业可以“拎包入驻”开展中试。"
            ),
            P(
                "金山区表示，将以碳谷绿湾为核心，联动金山第二工业区和枫泾工业区，打造“化工新材料+”产业集群，"
                "力争到2027年新材料产业产值突破800亿元。"
            ),
            LINES("shobserver", ["栏目主编：顾海涛 文字编辑：杨书远", "题图来源：上观题图 图片编辑：苏炜"]),
            J("shobserver", "来源：作者：解放日报 杨书远", indent=False),
            ZSBOX(
                name="顾子墨",
                lead="金山/奉贤化工园区、标准厂房招商：",
                hotline="400-661-0213",
                label="手机/微信：",
                phones=["139 1785 2046", "021-5720 3386"],
                need="请告知行业类别、环评要求及所需面积，方便为您精准推荐。",
                scan="长按识别二维码添加顾子墨微信",
            ),
        ],
    ),
    Page(
        id=12011,
        title="宝山“南大智慧城”首批产业载体竣工 可提供研发办公空间18万平方米",
        when="2025-11-18 20:15",
        category=1,
        families=("xinmin",),
        source="新民晚报",
        original_title="南大智慧城首批载体竣工",
        note="Xinmin Evening News: a 相关新闻 list in the middle of the body; 原标题, 编辑 and 来源 lines at the bottom.",
        blocks=[
            P(
                "新民晚报讯（记者杨洁敏）昨天，宝山区南大智慧城首批产业载体项目竣工，共计6栋研发办公楼和2栋"
                "智能制造厂房，可提供产业空间约18万平方米。"
            ),
            P(
                "南大地区曾是上海有名的“环境脏乱差”区域，经过近十年的整治和开发，如今已规划为以新材料、"
                "人工智能和智慧物流为主导产业的城市更新示范区。"
            ),
            J("xinmin", "相关新闻", indent=False),
            LINK("xinmin", "今冬首场寒潮下周抵沪 最低气温或跌破5℃", "https://wap.xinmin.cn/content/32511876.html"),
            LINK("xinmin", "上海地铁新线路年底开通 沿线站点一览", "https://wap.xinmin.cn/content/32511902.html"),
            P(
                "记者在现场看到，首批载体中的智能制造厂房采用“上下叠加”设计，一至二层为重型生产区，三层以上为"
                "研发和轻型装配空间，厂房间以连廊相通。"
            ),
            P(
                "据悉，首批载体已有意向入驻企业30余家，其中不少是从中心城区外溢的研发型企业。宝山区将对入驻"
                "企业给予租金、人才公寓等方面的支持。"
            ),
            J("xinmin", "原标题：《南大智慧城首批载体竣工》", indent=False),
            J("xinmin", "编辑：陈浩然", indent=False),
            J("xinmin", "来源：新民晚报", indent=False),
        ],
    ),
    Page(
        id=12012,
        title="浦东外高桥保税物流园区冷链仓库投用 新增冷库库容3.5万吨",
        when="2025-09-02 07:50",
        category=7,
        tags=(39, 27),
        families=("thepaper",),
        source="澎湃新闻",
        note="The Paper: reporter line on top; editor/proofreader <br/> block, tip-off hotline and reprint notice at the bottom; a real spec table.",
        blocks=[
            J("thepaper", "澎湃新闻记者 周程", indent=False),
            P(
                "9月1日，位于浦东新区外高桥保税物流园区的一座多温区冷链仓库正式投入运营，新增冷库库容约3.5万吨，"
                "主要服务进口肉类、水产品和乳制品的保税仓储与分拨。"
            ),
            P("该项目由园区国资平台投资建设，分为冷冻、冷藏和恒温三个温区，主要技术参数如下："),
            TABLE(
                [
                    ["温区", "面积（㎡）", "温度范围", "库容（吨）"],
                    ["冷冻区", "9800", "-25℃至-18℃", "20000"],
                    ["冷藏区", "5200", "0℃至4℃", "9000"],
                    ["恒温区", "4600", "15℃至18℃", "6000"],
                ]
            ),
            P(
                "运营方介绍，仓库配备了28个封闭式月台和自动化立体货架，货物从海关查验到入库最快只需两小时，"
                "比传统冷库缩短一半以上。"
            ),
            P("目前，已有12家进口食品贸易企业与运营方签订了租赁协议，仓库出租率超过七成。"),
            LINES("thepaper", ["责任编辑：林雨 图片编辑：朱伟辉", "校对：刘威"]),
            J("thepaper", "澎湃新闻报料：021-962866", indent=False),
            J("thepaper", "澎湃新闻，未经授权不得转载", indent=False),
        ],
    ),
    Page(
        id=12013,
        title="上海产业园区“二房东”清理一年后：租金回落，园区运营商转向“服务收费”",
        when="2025-07-21 21:40",
        category=3,
        tags=(35,),
        families=("thepaper",),
        source="澎湃号·湃客",
        note="The Paper's self-media (澎湃号) variant: author/time line on top; 特别声明 (two lines) and 我要举报 at the bottom.",
        blocks=[
            J("thepaper", "原创 园区观察 2025-07-21 18:05 来自上海", indent=False),
            P(
                "去年以来，上海多个区开展产业园区“二房东”专项整治，对整租后高价分租、改变厂房用途的行为进行清理。"
                "一年过去，园区租金和经营模式发生了哪些变化？"
            ),
            P(
                "据多位园区从业者介绍，整治后，部分区域标准厂房的实际租金回落了10%至20%。以松江某工业区为例，"
                "过去经过两道转租的厂房，企业实际承担的租金每天每平方米超过1.5元，如今直接向业主承租，租金在"
                "1.1元左右。"
            ),
            P(
                "与此同时，一些原先靠“赚差价”的园区运营商开始转型，改为向入驻企业提供物业、政策申报、融资对接等"
                "服务并收取服务费。一位运营商负责人坦言，“利润薄了，但业务更稳了”。"
            ),
            P(
                "也有业内人士提醒，整治不能“一刀切”，对于确有专业运营能力、能导入产业资源的园区运营商，应当"
                "给予合理的收益空间。"
            ),
            LINES(
                "thepaper",
                [
                    "特别声明",
                    "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，"
                    "澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。",
                ],
            ),
            J("thepaper", "我要举报", indent=False),
        ],
    ),
    Page(
        id=12014,
        title="青浦华为研发中心周边 一批中小型研发楼宇加快招商",
        when="2025-06-18 12:33",
        category=3,
        tags=(35,),
        families=("toutiao",),
        source="今日头条",
        note="Toutiao repost: author/time line on top; follow prompt and takedown disclaimer at the bottom.",
        blocks=[
            J("toutiao", "原创2025-06-18 09:30·上海产业园区观察", indent=False),
            P(
                "随着华为青浦研发中心全面投用，周边西岑科创中心的产业空间受到不少科技企业关注。记者走访发现，"
                "多个中小型研发楼宇项目正在加快招商。"
            ),
            P(
                "这些楼宇单层面积多在1000至2500平方米之间，可整层或整栋出租，部分项目首层层高达到6米，可以放置"
                "小型测试设备。"
            ),
            P(
                "一位招商负责人介绍，目前前来咨询的企业以软件开发、芯片设计和通信设备配套企业为主，不少企业希望"
                "与华为形成上下游配套。"
            ),
            P(
                "青浦区表示，西岑科创中心将重点引进数字经济、集成电路设计等企业，对符合条件的企业给予最长三年的"
                "租金补贴。"
            ),
            J("toutiao", "关注我，每天分享上海产业园区、厂房租售最新资讯，欢迎点赞、转发、评论！", indent=False),
            J("toutiao", "免责声明：文章内容来源于网络，仅供参考，如有侵权请联系删除。", indent=False),
        ],
    ),
    Page(
        id=12015,
        title="奉贤东方美谷化妆品产业园新增5万平方米标准厂房",
        when="2025-05-27 19:02",
        category=3,
        tags=(26, 35),
        families=("baijiahao", "site_contact"),
        source="百家号",
        note="Baijiahao repost: time/author line on top, 举报/反馈 at the bottom; the site's zsbox with a new salesperson and phone forms.",
        blocks=[
            J("baijiahao", "2025-05-27 16:42·上海厂房通", indent=False),
            P(
                "近日，奉贤区东方美谷化妆品产业园三期标准厂房项目完成竣工备案，新增标准厂房约5万平方米，共6栋，"
                "均为三层框架结构。"
            ),
            P(
                "项目首层层高7.2米、楼面荷载每平方米1.2吨，二、三层层高5米，配备3吨货梯，并按照化妆品生产许可"
                "要求预留了洁净车间改造条件。"
            ),
            P(
                "东方美谷目前已集聚化妆品及相关企业超过200家，上海约三分之一的化妆品生产企业落户于此。新厂房主要"
                "面向化妆品、功能性食品和生物材料企业，可整栋或分层出租。"
            ),
            J("baijiahao", "举报/反馈", indent=False),
            ZSBOX(
                name="徐海燕",
                lead="东方美谷及奉贤园区厂房招商热线：",
                hotline="021-5716 8893",
                label="微信/手机：",
                phones=["136 8190 2275", "187 2133 0462"],
                need="欢迎化妆品、食品、医疗器械企业来电，看厂免费接送。",
                scan="扫一扫添加徐海燕微信，获取最新房源",
            ),
        ],
    ),
    Page(
        id=12016,
        title="外资加码上海制造：一季度新设外资制造业企业同比增长22%",
        when="2025-04-22 10:10",
        category=5,
        families=("ifeng",),
        source="凤凰网财经",
        note="ifeng: editor code line and the bilingual Dafeng Hao statement at the bottom.",
        blocks=[
            P(
                "上海市商务委最新数据显示，今年一季度，上海新设外商投资制造业企业186家，同比增长22%；制造业实际"
                "使用外资同比增长15.6%，高于全市平均水平。"
            ),
            P(
                "从行业看，新设外资制造业企业主要集中在汽车零部件、医疗器械、电子元器件和专用设备领域；从来源地"
                "看，来自欧洲和新加坡的投资增长较快。"
            ),
            P(
                "多家外资企业负责人表示，选择在上海扩大制造布局，看重的是完整的供应链和高素质的人才队伍。一家德国"
                "精密部件企业今年在嘉定租用了1.6万平方米厂房，用于建设其亚洲第二工厂。"
            ),
            P(
                "上海市商务委表示，将继续落实外资项目“全程服务专员”制度，在用地、用工、通关等方面为外资制造业"
                "项目提供便利。"
            ),
            J("ifeng", "[责任编辑：王翔 PF037]", indent=False),
            LINES(
                "ifeng",
                [
                    "「特别声明：以上作品内容(包括在内的视频、图片或音频)为凤凰网旗下自媒体平台“大风号”用户上传并"
                    "发布，本平台仅提供信息存储空间服务。",
                    "Notice: The content above (including the videos, pictures and audios if any) is uploaded and "
                    "posted by the user of Dafeng Hao, which is a social media platform and merely provides "
                    "information storage space services.」",
                ],
            ),
        ],
    ),
    Page(
        id=12017,
        title="全国首批“零碳园区”试点名单公布 上海两家园区入选",
        when="2025-11-03 14:45",
        category=1,
        tags=(23,),
        families=("ce",),
        source="中国经济网",
        note="China Economic Net: source/time line on top; 责任编辑, copyright/disclaimer and print/close widget at the bottom.",
        blocks=[
            J("ce", "来源：中国经济网 2025年11月03日 10:18", indent=False),
            P(
                "中国经济网北京11月3日讯 国家有关部门近日公布全国首批“零碳园区”试点名单，共有36家园区入选，"
                "上海的临港新片区奉贤园区和嘉定氢能港位列其中。"
            ),
            P(
                "根据试点要求，入选园区将在三年内建成园区级碳排放监测平台，新建厂房屋顶光伏覆盖率不低于50%，"
                "园区可再生能源消费占比达到30%以上。"
            ),
            P(
                "业内专家认为，“零碳园区”建设将推动园区从“招商引资”向“招商选资”转变，碳排放强度有望成为园区"
                "招商的重要门槛。"
            ),
            J("ce", "(责任编辑：韩艺佳)", indent=False),
            J(
                "ce",
                "中国经济网版权及免责声明：凡本网注明“来源：中国经济网”或“来源：经济日报社”的所有作品，版权均属于"
                "中国经济网，未经本网书面授权，任何单位和个人不得转载、摘编或以其它方式使用上述作品。",
                indent=False,
            ),
            J("ce", "【打印本页】【关闭窗口】", indent=False),
        ],
    ),
    # --- district government portals (traps: contact lines inside a notice are the notice) -----------
    Page(
        id=12018,
        title="松江区关于开展2025年度工业企业技术改造项目申报的通知",
        when="2025-04-18 16:30",
        category=2,
        tags=(12, 45),
        families=("gov",),
        source="松江区人民政府网",
        note="Trap: a district policy notice whose consultation phones, WeChat QR instruction and signature are real text; gov header and print/close/QR widgets are junk.",
        blocks=[
            J("gov", "发布日期：2025-04-18　　来源：松江区经济委员会　　【字体：大 中 小】", indent=False),
            P("各街镇、经济开发区，各相关企业：", indent=False),
            P(
                "为推动工业企业加大技术改造投入，提升智能化、绿色化水平，根据《松江区促进先进制造业发展的若干政策》，"
                "现将2025年度工业企业技术改造项目申报工作有关事项通知如下。"
            ),
            H("一、支持范围", "h3"),
            P(
                "在松江区注册、纳税且具有独立法人资格的工业企业，2024年1月1日以后开工建设、设备投资额不低于500万元"
                "的技术改造项目。"
            ),
            H("二、支持标准", "h3"),
            P("按项目设备投资额的8%给予补贴，单个项目最高补贴1000万元；列入市级技术改造专项的项目，区级按1:0.5给予配套。"),
            H("三、申报方式", "h3"),
            P(
                "申报单位登录“一网通办”平台，搜索“松江区工业企业技术改造项目”在线填报；也可使用微信扫描“松江经委”"
                "公众号二维码，进入“政策申报”栏目办理。申报截止日期为2025年5月31日。"
            ),
            H("四、咨询方式", "h3"),
            P("区经委产业发展科：021-37735582（工作日9:00—17:00）"),
            P("区企业服务中心：021-57781190"),
            P("松江区经济委员会", indent=False),
            P("2025年4月18日", indent=False),
            J("gov", "【打印本页】【关闭窗口】", indent=False),
            J("gov", "扫一扫在手机打开当前页", indent=False),
        ],
    ),
    Page(
        id=12019,
        title="嘉定区2025年度科技小巨人企业培育项目申报指南",
        when="2025-05-06 11:20",
        category=2,
        tags=(13, 45),
        families=("gov",),
        source="嘉定区人民政府",
        note="Trap: 联系人/联系电话/邮箱 of the issuing office are part of the guide; gov info line, share prompt and print/close widget are junk.",
        blocks=[
            J("gov", "信息来源：嘉定区科委　发布时间：2025-05-06　浏览次数：1264", indent=False),
            P(
                "为加快培育一批具有核心竞争力的科技型中小企业，现启动2025年度嘉定区科技小巨人（含培育）企业项目"
                "申报工作。"
            ),
            P("一、申报条件：企业在嘉定区注册并实际经营满两年，上年度营业收入在2000万元至4亿元之间，研发投入占营业收入比例不低于4%。"),
            P("二、支持方式：经评审认定的科技小巨人企业给予最高200万元资助，培育企业给予最高100万元资助，分两期拨付。"),
            P("三、申报时间：2025年5月10日至6月20日，逾期不予受理。"),
            P("四、联系方式："),
            P("联系人：王老师，联系电话：69989201"),
            P("电子邮箱：jdkw_kjc@163.com"),
            P("地址：嘉定区博乐路70号行政服务中心3楼"),
            J("gov", "分享到：", indent=False),
            J("gov", "【打印】【关闭】", indent=False),
        ],
    ),
    # --- WeChat accounts -----------------------------------------------------------------------------
    Page(
        id=12020,
        title="“模速空间”一年：徐汇大模型企业集聚超百家",
        when="2025-06-30 22:10",
        category=1,
        tags=(31,),
        families=("wechat",),
        source="上海徐汇",
        note="Industry WeChat account: 点击蓝字 and 来源|编辑 on top; END, QR caption, 往期推荐 headlines, disclaimer and 三连 prompt at the bottom.",
        blocks=[
            J("wechat", "点击蓝字 关注我们", indent=False),
            LINES("wechat", ["来源 | 上海徐汇", "编辑 | 产业君"]),
            P(
                "位于徐汇西岸的“模速空间”大模型创新生态社区开园一年来，已集聚大模型及相关企业超过100家，"
                "其中通过国家生成式人工智能服务备案的大模型有12个。"
            ),
            P(
                "“模速空间”为入驻企业提供算力调度、数据集共享和模型评测等公共服务。社区内的公共算力平台已累计"
                "为企业提供算力服务超过2000万卡时，算力使用成本比市场价低约三成。"
            ),
            P(
                "徐汇区相关负责人介绍，社区二期约8万平方米载体正在改造中，将重点引进大模型应用企业和智能终端"
                "企业，推动大模型在医疗、金融、工业等场景落地。"
            ),
            J("wechat", "END", indent=False),
            IMG("2025/06/qr-chanyejun.jpg", "长按识别二维码关注我们", family="wechat"),
            J("wechat", "往期推荐", indent=False),
            LINK("wechat", "重磅！上海发布新一轮产业园区高质量发展行动方案", "https://mp.weixin.qq.com/s/Xk2pQ8fVt0LrA1"),
            LINK("wechat", "2025上海特色产业园区名单汇总", "https://mp.weixin.qq.com/s/Y7mHc3e9WbNq2D"),
            LINK("wechat", "干货｜工业用地“标准地”出让全流程解读", "https://mp.weixin.qq.com/s/Rt5uJ0kLs8ZpE4"),
            J("wechat", "免责声明：本文来源于网络，版权归原作者所有，如有侵权请联系删除。", indent=False),
            J("wechat", "分享、点赞、在看，三连支持一下吧！", indent=False),
        ],
    ),
    Page(
        id=12021,
        title="上海新一批特色产业园区名单公布 新增14家",
        when="2025-03-12 18:00",
        category=2,
        tags=(23,),
        families=("wechat",),
        source="上海发布",
        note="Government WeChat account: 资料/编辑 credits, 阅读原文 prompts and reprint line at the bottom; a real numbered list in the body.",
        blocks=[
            P(
                "记者从市经济信息化委获悉，上海新一批特色产业园区名单日前公布，新增14家园区，全市特色产业园区"
                "总数达到67家。"
            ),
            P("本批新增园区中，部分园区及主导产业如下："),
            P("1.临港新片区大飞机产业园：商用飞机总装及航空配套"),
            P("2.嘉定氢能港：燃料电池及氢能装备"),
            P("3.宝山超能新材料科创园：先进金属材料和复合材料"),
            P("4.闵行马桥人工智能创新试验区：智能终端和机器人"),
            P("5.奉贤化妆品产业园：化妆品及美丽健康产品"),
            P(
                "市经济信息化委表示，特色产业园区将实行“有进有出”的动态管理，对连续两年评估不合格的园区，将取消"
                "其特色产业园区称号。"
            ),
            LINES("wechat", ["资料：市经济信息化委", "编辑：王一鸣"]),
            J("wechat", "点击下方“阅读原文”，查看全部特色产业园区名单", indent=False),
            J("wechat", "转载请注明来源：上海发布", indent=False),
            J("wechat", "阅读原文", indent=False),
        ],
    ),
    # --- commercial portals --------------------------------------------------------------------------
    Page(
        id=12022,
        title="上海前三季度规上工业总产值同比增长3.8% 战略性新兴产业占比提升",
        when="2025-10-24 09:40",
        category=5,
        tags=(22,),
        families=("sina",),
        source="新浪财经",
        note="Sina Finance: app slogan, 责任编辑 and Sina's reprint statement at the bottom.",
        blocks=[
            P(
                "上海市统计局最新数据显示，今年前三季度，全市规模以上工业总产值同比增长3.8%，其中战略性新兴产业"
                "产值占规上工业总产值的比重达到44.2%，比上年同期提高1.5个百分点。"
            ),
            P(
                "分行业看，新能源汽车、集成电路和生物医药制造业产值分别增长12.6%、9.8%和6.1%，成为拉动工业增长的"
                "主要力量。"
            ),
            P(
                "分区域看，临港新片区、嘉定和松江工业产值增速居前。临港新片区前三季度规上工业总产值同比增长"
                "16.3%，新能源汽车产量继续保持高位。"
            ),
            P("数据来源：上海市统计局", indent=False),
            J("sina", "海量资讯、精准解读，尽在新浪财经APP", indent=False),
            J("sina", "责任编辑：韦子蓉", indent=False),
            J(
                "sina",
                "新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或"
                "证实其描述。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。",
                indent=False,
            ),
        ],
    ),
    Page(
        id=12023,
        title="宝山“工业上楼”样板：一栋楼就是一条产业链",
        when="2025-08-14 15:55",
        category=1,
        tags=(33,),
        families=("netease",),
        source="网易",
        original_title="一栋楼就是一条产业链！宝山这个智造空间满租了",
        note="NetEase self-media: （原标题） on top, the 网易号 statement at the bottom.",
        blocks=[
            J("netease", "（原标题：一栋楼就是一条产业链！宝山这个智造空间满租了）", indent=False),
            P(
                "在宝山区城市工业园区，一栋10层高的智造空间大楼日前宣告满租。与普通厂房不同，这栋楼里入驻的"
                "16家企业恰好构成了一条机器人产业链。"
            ),
            P(
                "一楼是减速器和伺服电机生产企业，二至四楼是控制器和传感器企业，五楼以上则是机器人整机装配和"
                "系统集成企业。“上下楼就是上下游，零部件坐电梯就能送到。”一家整机企业负责人说。"
            ),
            P(
                "园区运营方介绍，这种“楼宇产业链”模式可以降低企业物流成本约两成，配套响应时间从过去的以天计算"
                "缩短到以小时计算。"
            ),
            P("宝山区计划在未来三年再建设5栋类似的智造空间大楼，总建筑面积约40万平方米。"),
            J(
                "netease",
                "特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。",
                indent=False,
            ),
        ],
    ),
    Page(
        id=12024,
        title="临港新片区发布跨境数据流动新举措 首批企业通过评估",
        when="2025-09-25 12:12",
        category=2,
        families=("qq",),
        source="腾讯新闻",
        note="Tencent News creator platform: disclaimer and 举报 at the bottom.",
        blocks=[
            P(
                "临港新片区近日发布跨境数据流动分类分级管理新举措，明确了智能网联汽车、生物医药、跨境贸易等领域的"
                "一般数据清单，清单内数据出境无需再单独申报安全评估。"
            ),
            P(
                "首批8家企业已通过临港新片区数据跨境服务中心的合规评估，其中包括3家汽车企业和2家生物医药企业。"
                "企业负责人表示，新举措将数据出境的准备时间从数月缩短到数周。"
            ),
            P(
                "临港新片区相关负责人介绍，国际数据港产业园已集聚数据相关企业超过300家，下一步将扩大一般数据清单"
                "覆盖的行业范围。"
            ),
            J("qq", "免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。", indent=False),
            J("qq", "举报", indent=False),
        ],
    ),
    # --- traps: real park text that must stay whole ----------------------------------------------------
    Page(
        id=12025,
        title="嘉定工业区北区新建标准厂房 单层高9米 可分割出租",
        when="2026-10-28 10:00",
        category=3,
        tags=(13, 35),
        families=("site_contact",),
        note="Trap: a spec table; then the site's contact as two plain lines with a 400 number and a mobile.",
        blocks=[
            P("嘉定工业区北区一批新建标准厂房近日通过竣工验收，共4栋，总建筑面积约3.6万平方米，可整栋或分层出租。"),
            TABLE(
                [
                    ["楼号", "建筑面积（㎡）", "层高（m）", "承重（t/㎡）", "租金（元/㎡/天）"],
                    ["1号楼", "9600", "9.0", "3.0", "1.3"],
                    ["2号楼", "9600", "9.0", "3.0", "1.3"],
                    ["3号楼", "8400", "首层8.0/二层6.0", "2.0/1.0", "1.2"],
                    ["4号楼", "8400", "首层8.0/二层6.0", "2.0/1.0", "1.2"],
                ]
            ),
            P(
                "厂房为钢筋混凝土框架结构，1号、2号楼单层设计，可安装10吨行车；3号、4号楼为两层，二层配有3吨货梯。"
                "园区供电容量充足，可提供独立变压器。"
            ),
            P("项目距嘉定北站约3公里，周边有员工宿舍和食堂，适合汽车零部件、智能装备、新材料等企业。"),
            J("site_contact", "本项目由中国产业园区招商网独家代理，招商热线：400-920-1318"),
            J("site_contact", "或直接联系项目经理 王先生 177 1739 6608（可加微信）"),
        ],
    ),
    Page(
        id=12026,
        title="松江科技城推出“厂房管家”服务 企业问题一个电话解决",
        when="2026-09-15 09:30",
        category=1,
        tags=(12,),
        note="Trap: a service hotline and a WeChat official account mentioned inside the reporting; no boilerplate at all.",
        blocks=[
            P(
                "为帮助入驻企业解决厂房使用中的各类难题，松江科技城管委会近日推出“厂房管家”服务。企业在租赁、"
                "装修、环评、消防等方面遇到问题，可拨打24小时服务热线021-57829100，由专人全程跟踪办理。"
            ),
            P(
                "科技城还开通了“厂房管家”微信公众号，企业可在公众号上查询空置厂房信息、预约看厂和提交诉求。"
                "截至目前，已有300余家企业关注使用，累计受理诉求460件，办结率达到96%。"
            ),
            P(
                "“以前为了一个消防验收要跑好几个部门，现在打一个电话，管家就上门了。”一家汽车零部件企业负责人说，"
                "企业从租下厂房到正式投产只用了不到四个月。"
            ),
            P("松江科技城管委会表示，下一步将把“厂房管家”服务延伸到园区内的小微企业和孵化器。"),
        ],
    ),
    Page(
        id=12027,
        title="2025年上海市重大工程清单发布 涉及产业类项目32个",
        when="2025-02-10 11:00",
        category=5,
        tags=(22,),
        note="Trap: a real list of named projects, one per paragraph, and a paragraph starting with 推荐; no boilerplate.",
        blocks=[
            P(
                "2025年上海市重大工程建设项目清单日前发布，全年共安排正式项目191项，其中科技产业类项目32项，"
                "计划年内完成投资约620亿元。"
            ),
            P("科技产业类项目中，部分重点项目如下："),
            P("（一）临港新片区12英寸集成电路晶圆制造项目"),
            P("（二）嘉定氢燃料电池发动机产业化基地"),
            P("（三）张江创新药产业基地二期"),
            P("（四）松江G60脑智科创基地"),
            P("（五）金山碳谷绿湾新材料中试基地"),
            P("（六）宝山超能新材料智造空间"),
            P(
                "推荐纳入下一批重大工程的储备项目也已开始征集，各区可结合产业规划，于6月底前向市发展改革委报送"
                "项目建议。"
            ),
            P("市发展改革委表示，将对重大工程实行“一项目一专班”，协调解决用地、环评、能耗指标等问题。"),
        ],
    ),
    Page(
        id=12028,
        title="金桥智造空间二期竣工",
        when="2026-11-12 16:00",
        category=1,
        tags=(33,),
        note="Trap: a two-paragraph short article with nothing to remove.",
        blocks=[
            P("浦东金桥经济技术开发区智造空间二期项目11月11日竣工，新增高层厂房约12万平方米。"),
            P("项目共3栋，最高14层，配有5吨货梯，主要面向智能终端和汽车电子企业，已有7家企业签约。"),
        ],
    ),
    Page(
        id=12029,
        title="上海产业用地“一张图”小程序上线 扫码可查全市可租厂房",
        when="2025-08-08 17:18",
        category=2,
        tags=(35, 49),
        families=("xinmin",),
        source="新民晚报",
        note="Trap: 微信小程序, 扫码 and 一键拨号 are the news itself, and the screenshot caption is real; the 来源/作者 line is junk.",
        blocks=[
            P(
                "市规划资源局和市经济信息化委联合推出的“上海产业用地一张图”微信小程序近日正式上线。企业通过微信"
                "扫码或搜索小程序名称即可进入，查询全市各区可租可售的厂房、仓库和产业用地信息。"
            ),
            IMG("2025/08/yizhangtu.jpg", "“上海产业用地一张图”小程序界面。"),
            P(
                "记者试用发现，在小程序中输入所需面积、层高和承重，即可筛选出符合条件的房源，每条房源都附有园区"
                "招商联系人及电话，企业可一键拨号。"
            ),
            P(
                "据悉，小程序目前已收录厂房、仓库房源1.2万余条，产业用地地块800余幅，数据由各区每月更新一次。"
                "下一步还将接入园区的税收、能耗等公开信息。"
            ),
            J("xinmin", "来源：新民晚报　作者：何易", indent=False),
        ],
    ),
    Page(
        id=12030,
        title="临港物流园区高标仓出租 单体面积2万平方米 坡道直达二层",
        when="2026-08-20 14:00",
        category=7,
        tags=(27, 37),
        families=("site_contact",),
        note="Trap: a warehouse spec table; then the site's contact block in a new div markup, one block per <p>.",
        blocks=[
            P("位于临港新片区物流园区的一座双层高标准仓库近日开始招租，总建筑面积约4万平方米，每层约2万平方米。"),
            TABLE(
                [
                    ["库区", "面积（㎡）", "净高（m）", "地坪承重（t/㎡）", "月台", "租金（元/㎡/天）"],
                    ["一层A库", "10200", "10.5", "3.0", "双边月台", "1.45"],
                    ["一层B库", "9800", "10.5", "3.0", "双边月台", "1.45"],
                    ["二层C库", "10000", "9.0", "2.0", "坡道直达", "1.30"],
                    ["二层D库", "10000", "9.0", "2.0", "坡道直达", "1.30"],
                ],
                header="td",
            ),
            P(
                "仓库为丙二类消防标准，配备ESFR早期抑制快速响应喷淋系统，二层可通过盘旋坡道由货车直达，适合电商、"
                "快消品和汽车零部件仓储。"
            ),
            X(
                '<div class="lianxi" style="border:1px dashed #ccc;padding:10px;">'
                "<p>仓库招商专员：蒋文斌</p>"
                "<p>电话：021-6821 7735　手机：158 0177 3329</p>"
                "<p>物流仓储、冷库、厂房一站式选址服务，全程免费</p>"
                "</div>",
                removed=[
                    ("site_contact", "仓库招商专员：蒋文斌"),
                    ("site_contact", "电话：021-6821 7735　手机：158 0177 3329"),
                    ("site_contact", "物流仓储、冷库、厂房一站式选址服务，全程免费"),
                ],
            ),
        ],
    ),
    Page(
        id=12031,
        title="第二届长三角产业园区招商对接会将于11月在松江举办",
        when="2026-10-09 10:30",
        category=1,
        tags=(15, 12),
        families=("site_contact",),
        note="Trap: the event's own registration (二维码, email, 咨询电话) is real text; the site's contact right after it is junk.",
        blocks=[
            P(
                "由长三角G60科创走廊联席办指导的第二届长三角产业园区招商对接会，将于11月20日至21日在松江区"
                "举办，预计将有来自九城市的120家产业园区和300余家企业参会。"
            ),
            P(
                "本届对接会设置园区推介、项目路演和一对一洽谈三个环节，重点围绕新能源、集成电路、生物医药和"
                "智能制造领域开展对接。"
            ),
            P(
                "报名方式：参会企业可扫描会议报名二维码在线登记，或将报名表发送至g60yqdjh@163.com，报名截止时间为"
                "11月10日。会务咨询电话：021-57769021。"
            ),
            J("site_contact", "想了解松江及G60沿线园区厂房、土地，欢迎致电招商顾问 孙立峰 021-57731208"),
            J("site_contact", "手机/微信：189 1638 5527，添加时请注明“园区+公司名称”"),
        ],
    ),
    Page(
        id=12032,
        title="上海集成电路产业投资基金三期落地 重点投向装备和材料",
        when="2025-09-30 20:20",
        category=5,
        tags=(41,),
        families=("cs", "site_contact"),
        source="中国证券报·中证网",
        note="China Securities Journal: 责任编辑 and 中证网声明 at the bottom; the site's contact as two plain lines.",
        blocks=[
            P(
                "中证网讯（记者孙华）上海集成电路产业投资基金三期近日完成设立，基金规模500亿元，将重点投向"
                "集成电路装备、零部件和关键材料领域。"
            ),
            P(
                "据了解，三期基金将采用“母基金+直投”的方式运作，其中不低于40%的资金用于投资上海本地企业，"
                "并与临港、张江、嘉定等地的集成电路产业园区建立项目共享机制。"
            ),
            P(
                "业内人士表示，装备和材料是我国集成电路产业链的薄弱环节，三期基金的设立有望带动更多社会资本进入"
                "这一领域，推动上海集成电路产业规模在2027年突破5000亿元。"
            ),
            J("cs", "责任编辑：孙雯", indent=False),
            J(
                "cs",
                "中证网声明：凡本网注明“来源：中国证券报·中证网”的所有作品，版权均属于中国证券报、中证网。中国证券报"
                "·中证网与作品作者联合声明，任何单位及个人不得转载、摘编或以其它方式使用上述作品。",
                indent=False,
            ),
            J("site_contact", "招商顾问 李雯婷 021-57731086 / 133 2191 8074"),
            J("site_contact", "提供上海各区产业园区入驻、注册、税收政策咨询，扫码添加微信获取园区资料包"),
        ],
    ),
    Page(
        id=12033,
        title="宝山机器人产业园新签约项目14个 涉及协作机器人与核心零部件",
        when="2025-12-05 09:05",
        category=1,
        families=("cnstock",),
        source="上海证券报·中国证券网",
        note="Shanghai Securities News: source/author line on top; 编辑 and the site's statement at the bottom.",
        blocks=[
            J("cnstock", "来源：上海证券报·中国证券网　作者：何勇", indent=False),
            P(
                "12月4日，宝山区在上海机器人产业园举行重点项目集中签约仪式，14个机器人产业项目签约落地，总投资约"
                "42亿元。"
            ),
            P(
                "签约项目涵盖协作机器人、移动机器人、精密减速器和机器视觉等领域。其中，一家协作机器人企业将在园区"
                "建设年产2万台的生产基地，预计2026年下半年投产。"
            ),
            P(
                "上海机器人产业园已集聚机器人相关企业200余家，宝山区提出，到2027年全区机器人产业规模突破"
                "500亿元。"
            ),
            J("cnstock", "（编辑 李亚钊）", indent=False),
            J("cnstock", "中国证券网声明：本网站所刊载信息，不代表中国证券网观点。刊用本网站稿件，务经书面授权。", indent=False),
        ],
    ),
    Page(
        id=12034,
        title="虹桥国际中央商务区发布产业空间地图 闲置楼宇可“一键找”",
        when="2026-07-02 19:45",
        category=1,
        families=("wechat",),
        source="上海虹桥",
        note="WeChat repost: 以下文章来源于 header on top; 阅读原文 and the 分享收藏点赞在看 row at the bottom.",
        blocks=[
            J("wechat", "以下文章来源于上海虹桥 ，作者虹桥发布", indent=False),
            P(
                "虹桥国际中央商务区管委会近日发布《产业空间地图（2026版）》，汇总了商务区内126栋商务楼宇和"
                "9个产业园区的可用空间信息，总面积约85万平方米。"
            ),
            P(
                "地图按照总部经济、数字贸易、生命健康和会展服务四大功能，对楼宇进行了分类标注，并列出每栋楼宇的"
                "可租面积、租金区间和物业服务情况。"
            ),
            P(
                "商务区管委会表示，将对入驻重点楼宇的总部企业和贸易型企业给予租金补贴，对盘活闲置楼宇成效明显的"
                "业主给予奖励。"
            ),
            J("wechat", "阅读原文", indent=False),
            J("wechat", "分享收藏点赞在看", indent=False),
        ],
    ),
    Page(
        id=12035,
        title="本市出台支持产业园区“二次开发”若干措施",
        when="2025-02-26 17:00",
        category=2,
        tags=(45, 49),
        families=("gov",),
        source="上海市人民政府",
        note="City government portal: source/time line on top, print/close widget and share-to-WeChat prompt at the bottom; real numbered measures.",
        blocks=[
            J("gov", "来源：市经济信息化委　　发布时间：2025-02-26", indent=False),
            P(
                "为推动产业园区存量空间提质增效，市经济信息化委、市规划资源局等部门近日联合印发《关于支持产业园区"
                "“二次开发”的若干措施》，主要内容包括："
            ),
            P("一是鼓励园区内企业通过自主改造、合作开发等方式提高容积率，工业用地容积率可提高至4.0。"),
            P("二是对园区平台公司收购低效工业用地后实施改造的，按照收购成本给予一定比例的资金支持。"),
            P("三是允许改造后的厂房按幢、按层分割转让，分割转让对象须为符合园区产业定位的制造业企业。"),
            P("四是建立园区“二次开发”项目审批绿色通道，规划、施工许可等审批时限压缩一半以上。"),
            P("该措施自2025年3月1日起施行，有效期五年。"),
            J("gov", "【打印】【关闭】", indent=False),
            J("gov", "扫一扫，分享到微信", indent=False),
        ],
    ),
    Page(
        id=12036,
        title="闵行紫竹高新区一幢独栋研发楼整体出租",
        when="2026-11-17 15:30",
        category=3,
        tags=(35,),
        families=("site_contact",),
        note="The site's contact appended inside the last real paragraph (cut it, keep the paragraph), then one more plain contact line.",
        blocks=[
            P("闵行紫竹高新区内一幢独栋研发楼近日整体招租，建筑面积约6500平方米，共5层，带独立院落和地下车库。"),
            P(
                "该楼首层层高5.4米，二层以上层高4.2米，已完成精装修，配有中央空调和两部客梯、一部货梯，适合研发型"
                "企业设立总部或研发中心。"
            ),
            TAIL(
                "研发楼距离上海交通大学闵行校区约2公里，周边有人才公寓和商业配套，入驻企业可申请紫竹高新区的租金"
                "补贴政策。",
                "site_contact",
                "（欲了解该项目详情，请致电中国产业园区招商网 400-920-1318 或加微信 180 2135 7715）",
            ),
            J("site_contact", "紫竹/闵行研发楼、厂房租售专线：021-5438 2196（招商部 杨小姐）"),
        ],
    ),
]
