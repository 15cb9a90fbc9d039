"""The `blind5` part of the gold set: 40 pages (post ids 16001-16040) written blind.

Invented articles about Shanghai and Yangtze-delta parks, leasing, policy and logistics, each republished
from one outlet with that outlet's boilerplate, plus the site's own contact blocks and trap pages of real
text that looks like junk. Every block is labelled by hand per LABELLING.md. See blind5/README.md.
"""

from __future__ import annotations

from build import IMG, INDENT, TABLE, ZSBOX, B, H, J, P, Page, X, esc

SEC_STYLE = 'style="margin:0px 8px;line-height:1.75em;"'
SPAN_STYLE = 'style="font-size:15px;color:rgb(62,62,62);letter-spacing:1px;"'


def WP(text: str) -> B:
    """A real paragraph in WeChat's section/span wrapper."""
    return X(
        f'<section {SEC_STYLE}><p style="text-align:justify;"><span {SPAN_STYLE}>{esc(text)}</span></p></section>',
        body=[text],
    )


def WH(text: str) -> B:
    """A real WeChat subheading: a strong span in a centred section."""
    return X(
        f'<section style="text-align:center;"><p><strong><span style="color:rgb(0,112,192);">{esc(text)}'
        "</span></strong></p></section>",
        body=[text],
    )


def WJ(family: str, text: str) -> B:
    """One block of boilerplate in WeChat's section/span wrapper."""
    return X(
        f'<section {SEC_STYLE}><p><span style="font-size:12px;color:rgb(136,136,136);">{esc(text)}</span></p></section>',
        removed=[(family, text)],
    )


def LINES(family: str, lines: list[str], indent: bool = False) -> B:
    """One <p> of boilerplate made of <br/>-separated lines (one block, lines joined by newline)."""
    pre = INDENT if indent else ""
    return X(f"<p>{pre}{'<br/>'.join(esc(t) for t in lines)}</p>", removed=[(family, "\n".join(lines))])


def TAIL(text: str, family: str, junk: str, sep: str = "<br/>") -> B:
    """A real last paragraph with junk appended in the same <p>: the text stays, the junk is cut."""
    return X(f"<p>{INDENT}{esc(text)}{sep}{esc(junk)}</p>", body=[text], removed=[(family, junk)])


PAGES: list[Page] = []

# --- 16001-16020: outlets the site copies most --------------------------------------------------

PAGES.append(
    Page(
        id=16001,
        title="前三季度嘉定区规上工业总产值同比增长6.8% 汽车产业链贡献过半",
        when="2026-10-28 09:40",
        category=5,
        tags=(13, 22, 29),
        families=("eastmoney", "site_contact"),
        source="东方财富",
        note="东方财富 bottom chain (reprint credit, disclaimer, 热点阅读 headlines, app promo) then a zsbox contact",
        blocks=[
            P(
                "嘉定区统计局日前发布数据，今年前三季度，全区规模以上工业企业完成工业总产值3862.4亿元，同比增长6.8%，增速较上半年提高0.9个百分点。"
            ),
            P(
                "分行业看，汽车制造业完成产值2011.7亿元，占全区规上工业的52.1%，其中新能源汽车整车产量同比增长31.4%。智能传感器及物联网、高性能医疗设备及精准医疗两大新兴产业分别增长12.6%和9.8%。"
            ),
            P(
                "从重点区域看，嘉定工业区、外冈镇、安亭镇三地合计贡献全区规上工业产值的六成以上。嘉定工业区北区前三季度新增投产项目14个，新增产值约46亿元。"
            ),
            P(
                "投资方面，前三季度全区工业投资同比增长18.3%，已连续十个月保持两位数增长。一批“工业上楼”项目进入主体施工阶段，预计明年释放标准厂房面积约42万平方米。"
            ),
            P(
                "区经委相关负责人表示，四季度将继续聚焦汽车“新四化”和智能传感器产业链，推动在建项目早投产、投产项目早达产，力争全年规上工业产值突破5200亿元。"
            ),
            J("eastmoney", "（文章来源：东方财富研究中心）"),
            J(
                "eastmoney",
                "郑重声明：东方财富发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。据此操作，风险自担。",
            ),
            J("eastmoney", "热点阅读"),
            J("eastmoney", "央行：保持流动性合理充裕 加大对重点领域支持力度"),
            J("eastmoney", "三大指数午后集体翻红 半导体板块领涨"),
            J("eastmoney", "国家统计局：10月份制造业PMI为50.2%"),
            J("eastmoney", "多家险企三季报出炉 投资收益率同比提升"),
            J("eastmoney", "打开东方财富APP，查看更多精彩资讯"),
            ZSBOX(
                "陈立峰",
                "厂房仓库/产业用地租售对接：",
                "400 820 1766",
                "手机/微信：",
                ["139 1680 2247", "137 6150 8813"],
                "请留言说明所需区域、面积、行业与税收规模，我们将尽快与您联系。",
                "长按或扫码添加陈立峰微信",
            ),
        ],
    )
)

PAGES.append(
    Page(
        id=16002,
        title="青浦华新镇智能制造园二期竣工 园区公众号同步上线企业服务入口",
        when="2026-09-14 15:20",
        category=1,
        tags=(35,),
        families=("sohu",),
        source="搜狐号",
        original_title="华新镇这个智造园二期竣工啦！服务企业又有新渠道",
        note="sohu top (medal line, 原标题) and bottom; trap: a paragraph about the park's 微信公众号 as news",
        blocks=[
            J(
                "sohu",
                "由内容质量、互动评论、分享传播等多维度分值决定，勋章级别越高()，代表其在平台内的综合表现越好。",
            ),
            J("sohu", "原标题：华新镇这个智造园二期竣工啦！服务企业又有新渠道"),
            P(
                "9月12日，青浦区华新镇智能制造产业园二期项目通过竣工验收。二期占地约86亩，新建6栋多层标准厂房和1栋配套研发楼，总建筑面积约13.2万平方米。"
            ),
            P(
                "二期厂房首层层高8米、二层以上层高5.4米，首层承重2吨/平方米，每栋配备3吨货梯两部，适合精密机械、电子元器件、医疗器械等企业入驻。"
            ),
            P(
                "据园区运营方介绍，二期已签约意向企业11家，其中4家为一期企业扩产，预计年底前首批企业可启动装修进场。"
            ),
            P(
                "为方便企业办事，园区同步上线“华新智造园”微信公众号，企业可在公众号内提交报修、用工、政策申报等需求，平均两个工作日内答复。园区还在公众号开设“政策直通车”栏目，定期推送青浦区和华新镇最新扶持政策。"
            ),
            P(
                "华新镇相关负责人表示，下一步将加快三期地块前期工作，围绕西虹桥商务区产业外溢需求，打造“研发在虹桥、制造在华新”的产业协作格局。"
            ),
            X(
                '<p><a id="backsohucom" href="https://www.sohu.com/?strategyid=00001" target="_blank">返回搜狐，查看更多</a></p>',
                removed=[("sohu", "返回搜狐，查看更多")],
            ),
            J(
                "sohu",
                "平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。",
                indent=False,
            ),
            X(
                '<p data-role="editor-name">责任编辑：<span>沈佳</span></p>',
                removed=[("sohu", "责任编辑：沈佳")],
            ),
        ],
    )
)

PAGES.append(
    Page(
        id=16003,
        title="奉贤东方美谷新增一批化妆品生产厂房 带GMP车间可整层出租",
        when="2026-08-03 10:05",
        category=3,
        tags=(35,),
        families=("netease", "site_contact"),
        source="网易号",
        note="网易号 mid-image prompt and bottom 特别声明; site contact as three plain paragraphs",
        blocks=[
            P(
                "记者从奉贤区获悉，东方美谷核心区近期新增一批化妆品生产专用厂房，总面积约5.6万平方米，部分楼层已建成十万级洁净车间，可整层出租。"
            ),
            P(
                "这批厂房位于奉贤经济开发区美谷大道沿线，单层面积1800至3200平方米不等，配备独立排风、纯水系统和污水预处理设施，企业入驻后可缩短生产许可办理周期。"
            ),
            IMG("2026/08/dfmg-01.jpg"),
            J("netease", "打开网易新闻 查看精彩图片", indent=False),
            P(
                "东方美谷目前集聚化妆品企业200余家，年产值超过430亿元。园区对新入驻的化妆品生产企业给予最长三年的租金补贴，并提供注册备案、检验检测等一站式服务。"
            ),
            P(
                "业内人士认为，带洁净车间的成品厂房可以帮助中小品牌方节省半年以上的建设时间，在当前“小单快反”的市场环境下颇受欢迎。"
            ),
            J(
                "netease",
                "特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。",
                indent=False,
            ),
            J("site_contact", "【上海厂房招商】徐经理　电话：139 1768 2205（微信同号）", indent=False),
            J(
                "site_contact",
                "专业对接上海16区厂房、仓库、研发办公及工业用地租售，免费带看，欢迎来电。",
                indent=False,
            ),
        ],
    )
)

PAGES.append(
    Page(
        id=16004,
        title="松江综保区周边新建高标仓入市 首层层高10米",
        when="2026-07-19 14:30",
        category=7,
        tags=(27, 37, 12),
        families=("sina",),
        source="新浪财经",
        note="新浪财经 top 来源 line, bottom app promo and editor code; trap: a specs table with a data-source note",
        blocks=[
            J("sina", "来源：新浪财经-自媒体综合", indent=False),
            P(
                "松江综合保税区周边又一个高标准仓储项目近日竣工入市。该项目位于松江出口加工区B区附近，总建筑面积约9.8万平方米，由两栋双层坡道库和一栋单层库组成。"
            ),
            P(
                "项目首层层高10米、二层层高9米，首层地坪承重3吨/平方米，配备ESFR早期抑制快速响应喷淋系统，可满足跨境电商、快消品和汽车零部件等仓储需求。"
            ),
            P("项目主要技术参数如下："),
            TABLE(
                [
                    ["楼号", "建筑面积（㎡）", "层高（m）", "承重（t/㎡）", "租金（元/㎡/天）"],
                    ["1号库", "42000", "10/9", "3/2", "1.35"],
                    ["2号库", "38500", "10/9", "3/2", "1.30"],
                    ["3号库", "17600", "11", "3", "1.45"],
                ]
            ),
            P("数据来源：项目运营方，租金为2026年7月报价", indent=False),
            P(
                "据第三方机构统计，今年二季度上海高标仓平均空置率约为17%，其中松江、青浦等西部板块因临近G60、G50通道，去化情况好于全市平均水平。"
            ),
            J("sina", "海量资讯、精准解读，尽在新浪财经APP"),
            J("sina", "责任编辑：杨思辰 SF072", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16005,
        title="长三角一体化示范区发布产业项目准入新标准 亩均税收门槛上调",
        when="2026-06-22 08:55",
        category=2,
        tags=(45, 49),
        families=("tencent",),
        source="腾讯新闻",
        note="腾讯新闻 creator header line on top and 免责声明 at the bottom",
        blocks=[
            J("tencent", "腾讯新闻 · 长三角观察 2026-06-21 17:42 发布于上海 财经领域创作者", indent=False),
            P(
                "长三角生态绿色一体化发展示范区执委会近日印发《示范区产业项目准入标准（2026年版）》，对新引进工业项目的投资强度、亩均税收和能耗水平作出统一规定。"
            ),
            P(
                "新标准明确，先行启动区内新建工业项目固定资产投资强度不低于每亩800万元，达产后亩均税收不低于每亩80万元，较2021年版分别提高100万元和20万元。"
            ),
            P(
                "对于研发设计、总部经济等“零土地”项目，新标准不设投资强度要求，但要求项目三年内研发投入占营业收入比重不低于5%。"
            ),
            P(
                "执委会相关负责人介绍，新标准将在青浦、吴江、嘉善三地同步实施，既有项目续期、扩产时参照执行，目的是引导存量土地提质增效，避免“三地三套标准”。"
            ),
            J(
                "tencent",
                "免责声明：本内容来自腾讯平台创作者，不代表腾讯新闻或腾讯网的观点和立场。",
                indent=False,
            ),
            J("tencent", "举报", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16006,
        title="张江机器人谷三年行动方案出炉：2028年核心区产值冲刺300亿元",
        when="2026-05-08 19:10",
        category=1,
        tags=(50, 23),
        families=("wechat",),
        source="浦东发布",
        note="long WeChat post in section/span wrappers: 原创 header line, 来源/编辑 chain, 往期推荐 list, 在看 prompt",
        blocks=[
            WJ("wechat", "原创 浦东发布 浦东发布 2026-05-08 18:30 发表于上海"),
            WP(
                "5月8日，浦东新区发布《张江机器人谷高质量发展三年行动方案（2026—2028年）》，提出到2028年，机器人谷核心区产业规模力争达到300亿元，集聚机器人及相关企业超过300家。"
            ),
            WH("一、做强“整机+核心零部件”"),
            WP(
                "方案提出，围绕人形机器人、医疗机器人、工业机器人和服务机器人四大方向，引进培育10家以上具有全球竞争力的整机企业，同时补齐减速器、伺服电机、控制器、灵巧手等核心零部件环节。"
            ),
            WP(
                "对在机器人谷落地的核心零部件项目，浦东将按照设备投资额给予最高20%的补贴，单个项目最高3000万元。"
            ),
            WH("二、拓展载体空间"),
            WP(
                "三年内，机器人谷将新增产业载体约80万平方米，其中定制厂房和“工业上楼”厂房不少于40万平方米，首层层高不低于6米，满足中试和小批量生产需求。"
            ),
            WP("方案同时明确，对租用机器人谷产业载体的初创企业，前两年给予最高50%的租金补贴。"),
            WH("三、打造应用场景"),
            WP(
                "浦东将每年发布不少于50个机器人应用场景清单，覆盖智能制造、医疗康养、商业服务和城市管理等领域，并对首台（套）产品给予奖励。"
            ),
            WP(
                "在人才方面，方案提出设立机器人产业人才专项，对引进的顶尖人才团队给予最高1亿元综合资助，同时在机器人谷周边筹集人才公寓不少于2000套。"
            ),
            WH("四、优化产业生态"),
            WP(
                "机器人谷将建设公共测试验证平台、机器人训练场和知识产权快速维权中心，联合高校开设机器人工程微专业，推动产学研用协同。"
            ),
            WP(
                "浦东新区科经委相关负责人表示，将建立机器人谷重点项目“一企一专班”服务机制，确保项目从签约到开工不超过6个月。"
            ),
            WJ("wechat", "来源：浦东新区科经委"),
            WJ("wechat", "编辑：陆怡雯　审核：顾晓峰"),
            X(
                '<section style="text-align:left;"><p><strong><span style="color:rgb(255,104,39);">往期推荐</span></strong></p>'
                '<p><span style="font-size:14px;">浦东这条地铁线最新进展来了！</span></p>'
                '<p><span style="font-size:14px;">周末去哪儿？浦东这些公园的花开了</span></p>'
                '<p><span style="font-size:14px;">最新！浦东2026年第一批重大工程集中开工</span></p></section>',
                removed=[
                    ("wechat", "往期推荐"),
                    ("wechat", "浦东这条地铁线最新进展来了！"),
                    ("wechat", "周末去哪儿？浦东这些公园的花开了"),
                    ("wechat", "最新！浦东2026年第一批重大工程集中开工"),
                ],
            ),
            WJ("wechat", "点分享　点收藏　点点赞　点在看"),
        ],
    )
)

PAGES.append(
    Page(
        id=16007,
        title="金山第二工业区启动企业用工对接周 现场提供岗位3200余个",
        when="2026-03-02 11:25",
        category=1,
        families=("thepaper",),
        source="澎湃新闻",
        note="澎湃 byline alone on top, 责任编辑/校对 at the bottom; trap: a hotline inside a sentence of reporting",
        blocks=[
            J("thepaper", "澎湃新闻记者 邵可欣", indent=False),
            P(
                "3月1日，金山第二工业区“春风行动”企业用工对接周启动，园区内56家企业现场提供普工、技术工和管理岗位3200余个。"
            ),
            P(
                "记者在现场看到，新材料、精细化工和食品加工企业的展位前人头攒动，部分企业开出的技术工月薪在8000元以上，并提供免费住宿和通勤班车。"
            ),
            P(
                "金山第二工业区管委会相关负责人介绍，对接周持续至3月7日，未能到场的求职者可拨打园区就业服务热线021-57276618咨询岗位信息，也可在“金山就业”小程序查看完整岗位清单。"
            ),
            P(
                "今年以来，园区新落地项目12个，预计新增用工需求超过2500人。园区已与周边8所职业院校签订订单式培养协议。"
            ),
            J("thepaper", "责任编辑：李晓晴　图片编辑：朱文辉", indent=False),
            J("thepaper", "校对：刘维安", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16008,
        title="金山枫泾新型工业化示范园首发地块出让 将建“智造综合体”",
        when="2026-04-09 16:45",
        category=1,
        families=("eastday",),
        source="东方网",
        note="东方网 dateline glued to the lead (real); a 相关阅读 list in the middle; 来源/作者/编辑 line at the end",
        blocks=[
            P(
                "东方网记者刘佳睿4月8日报道：金山区枫泾镇新型工业化示范园首发地块今天完成出让，竞得企业将在约62亩土地上建设集研发、中试、生产于一体的“智造综合体”。"
            ),
            P(
                "该地块位于枫泾镇兴塔区域，紧邻G60沪昆高速枫泾出口，出让年限20年，规划容积率2.0，计划建设高标准厂房约8.3万平方米。"
            ),
            X(
                "<p><strong>相关阅读：</strong><br/>"
                '<a href="https://j.eastday.com/p/1712563201012345">枫泾镇2026年重大项目集中签约 总投资超百亿元</a><br/>'
                '<a href="https://j.eastday.com/p/1712476801067890">金山区发布产业用地“标准地”出让新规</a></p>',
                removed=[
                    (
                        "eastday",
                        "相关阅读：\n枫泾镇2026年重大项目集中签约 总投资超百亿元\n金山区发布产业用地“标准地”出让新规",
                    ),
                ],
            ),
            P(
                "据了解，枫泾镇将围绕智能装备、新能源汽车零部件和绿色新材料三大方向，分期推进示范园约1.2平方公里的开发建设，首期计划于2027年底前竣工。"
            ),
            P(
                "枫泾镇相关负责人表示，示范园将推行“拿地即开工”“竣工即投产”审批模式，并配套建设人才公寓和职工食堂，解决企业员工“住”和“吃”的问题。"
            ),
            J("eastday", "来源：东方网　作者：刘佳睿　编辑：程嘉言", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16009,
        title="关于组织申报2026年度上海市“工业上楼”项目专项支持的通知",
        when="2026-02-26 10:00",
        category=2,
        tags=(33, 45),
        families=("gov",),
        source="上海市经济和信息化委员会",
        note="gov metadata block on top and page tools at the bottom; trap: the notice's own contact section stays real",
        blocks=[
            LINES(
                "gov",
                [
                    "索引号：SY0000012026000318",
                    "发布机构：上海市经济和信息化委员会",
                    "发文日期：2026-02-25",
                    "文号：沪经信规〔2026〕3号",
                ],
            ),
            P("各区经委（商务委、科经委），各有关单位：", indent=False),
            P(
                "为贯彻落实本市推进“工业上楼”打造“智造空间”的有关部署，现组织开展2026年度“工业上楼”项目专项支持申报工作。有关事项通知如下："
            ),
            H("一、支持对象", "h3"),
            P(
                "在本市依法注册、具有独立法人资格的园区开发主体或产业项目实施主体，项目已取得建设工程规划许可证，且建筑高度24米以上、容积率2.0以上。"
            ),
            H("二、支持标准", "h3"),
            P(
                "对符合条件的项目，按照项目建安投资的10%给予支持，单个项目最高不超过2000万元；对首层以上楼层层高不低于6米、承重不低于1.2吨/平方米的项目，支持比例提高至12%。"
            ),
            H("三、申报时间", "h3"),
            P(
                "申报时间为2026年3月1日至3月31日。申报单位通过“上海市企业服务云”在线填报，并将纸质材料一式两份报送所在区经委。"
            ),
            H("四、联系方式", "h3"),
            P("联系人：市经济信息化委产业空间处 王老师、顾老师", indent=False),
            P("联系电话：021-23112786、021-23112791", indent=False),
            P("电子邮箱：cykj@sheitc.sh.gov.cn", indent=False),
            P("上海市经济和信息化委员会", indent=False),
            P("2026年2月25日", indent=False),
            J("gov", "【打印本页】【关闭窗口】", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16010,
        title="嘉定工业区北区汽车零部件产业园新增定制厂房 已有5家企业签约",
        when="2025-12-16 09:15",
        category=3,
        tags=(13, 29, 35),
        families=("jiading",),
        source="嘉定报",
        note="local paper: reporter byline alone on top, image credit line in the middle, 编辑/审核 chain at the bottom",
        blocks=[
            J("jiading", "嘉定报记者 周雯娟 通讯员 钱宇", indent=False),
            P(
                "近日，嘉定工业区北区汽车零部件产业园三期定制厂房项目结构封顶。项目总建筑面积约7.6万平方米，建成后将主要面向新能源汽车电驱、热管理和智能座舱零部件企业。"
            ),
            IMG("2025/12/jdgyq-03.jpg"),
            J("jiading", "（图片来源：嘉定工业区）", indent=False),
            P(
                "与前两期标准厂房不同，三期采取“先定制、后建设”的模式，在规划阶段就引入意向企业参与设计，企业可根据生产工艺提出层高、柱距、荷载和动力配套要求。"
            ),
            P(
                "目前，已有5家企业签订定制协议，合计租赁面积约4.1万平方米。其中一家热管理系统企业将在此建设年产60万套的生产线。"
            ),
            P(
                "嘉定工业区相关负责人表示，北区今年已累计盘活低效用地约320亩，通过“腾笼换鸟”引进的汽车零部件项目平均亩均产值较原企业提高了3倍以上。"
            ),
            J("jiading", "编辑：孙雅", indent=False),
            J("jiading", "审核：陆晓颖", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16011,
        title="松江洞泾镇盘活闲置厂房 老厂区变身智能家居产业园",
        when="2026-01-12 08:35",
        category=3,
        tags=(12, 35),
        families=("site_contact",),
        source="新民晚报",
        note="新民晚报讯 dateline glued to the lead (real); the site's contact line appended after a <br/> to the last paragraph",
        blocks=[
            P(
                "新民晚报讯（记者 杨书舟）松江区洞泾镇一处闲置近三年的老厂区，经过改造后近日以“智能家居产业园”的新面貌重新开园，首批9家企业已入驻。"
            ),
            P(
                "这处厂区原为一家纺织企业所有，占地约48亩，有6栋单层厂房和1栋办公楼。改造中，运营方保留了原有钢结构主体，对屋面、消防、电力进行升级，并新增了一栋四层研发楼。"
            ),
            P(
                "改造后的厂房单体面积2000至5500平方米，檐口高度9米，可承接定制家具、智能门锁、照明灯具等企业的生产组装需求。"
            ),
            P(
                "洞泾镇相关负责人介绍，镇里摸排出闲置和低效厂房约26万平方米，今年将通过“国资收储+社会资本改造”的方式，分批推向市场。"
            ),
            TAIL(
                "据悉，产业园剩余约1.8万平方米厂房目前正在招租，租金约每天每平方米1.1元。",
                "site_contact",
                "更多松江、青浦厂房信息请致电周先生：021-5779 3021 / 186-1651-3389（微信同号）",
            ),
        ],
    )
)

PAGES.append(
    Page(
        id=16012,
        title="临港新片区发布智能网联汽车产业新政 最高补贴5000万元",
        when="2025-11-18 20:20",
        category=2,
        tags=(29, 45),
        families=("wechat", "site_contact"),
        source="上海临港",
        note="WeChat account post with the site's contact div placed in the MIDDLE of the article; 来源/编辑 and QR prompt at the end",
        blocks=[
            WJ("wechat", "上海临港 2025-11-18 19:45 上海"),
            WP(
                "11月18日，临港新片区管委会发布《关于支持智能网联汽车产业高质量发展的若干措施》，从研发创新、测试示范、产业化落地等方面推出18条支持举措。"
            ),
            WP(
                "措施提出，对在临港新片区新设立的智能网联汽车整车及关键零部件研发中心，按照实际研发投入给予最高30%的补贴，单个项目最高5000万元。"
            ),
            WP(
                "在测试示范方面，临港将开放道路测试里程扩展至1000公里，支持企业开展无人驾驶重卡港区运输、无人配送和自动泊车等场景示范。"
            ),
            X(
                '<div style="border:1px dashed #e60012;padding:10px;margin:12px 0;">'
                "<p><strong>【招商热线】</strong>临港/奉贤/浦东厂房、仓库、土地租售对接：王晓东 +86 138-1792-6650</p>"
                "<p>微信：shcf_wxd（添加请注明公司及需求面积）</p></div>",
                removed=[
                    (
                        "site_contact",
                        "【招商热线】临港/奉贤/浦东厂房、仓库、土地租售对接：王晓东 +86 138-1792-6650",
                    ),
                    ("site_contact", "微信：shcf_wxd（添加请注明公司及需求面积）"),
                ],
            ),
            WP(
                "对于落户临港的智能网联汽车产业化项目，按照设备投资额给予最高15%的补贴；对租用新片区产业载体的企业，给予三年内最高50%的租金补贴。"
            ),
            WP(
                "临港新片区相关负责人表示，目前临港已集聚智能网联汽车相关企业超过120家，形成了从芯片、传感器到整车、运营的完整链条。"
            ),
            WJ("wechat", "来源：临港新片区管委会"),
            WJ("wechat", "编辑：赵一鸣"),
            IMG("2025/11/lingang-qr.jpg", "长按二维码 关注上海临港", family="wechat"),
        ],
    )
)

PAGES.append(
    Page(
        id=16013,
        title="上海前10月工业投资增长12.4% 集成电路和生物医药领跑",
        when="2025-11-26 13:05",
        category=5,
        tags=(22, 41, 43),
        families=("eastmoney",),
        source="东方财富",
        note="东方财富 top date/source line and the short 声明 variant, headlines without 热点阅读, app promo",
        blocks=[
            J("eastmoney", "2025年11月26日 12:48　来源：东方财富Choice数据", indent=False),
            P(
                "上海市统计局最新数据显示，1—10月，全市工业投资同比增长12.4%，增速比全市固定资产投资高出6.1个百分点，连续22个月保持两位数增长。"
            ),
            P(
                "三大先导产业继续领跑。其中，集成电路产业投资增长21.7%，生物医药产业投资增长14.2%，人工智能产业投资增长18.9%。"
            ),
            P("从区域看，浦东新区、临港新片区和松江区工业投资总量位居前三，嘉定区和金山区增速均超过20%。"),
            P(
                "分析人士指出，工业投资保持较快增长，与本市大力推进“工业上楼”和产业用地“提容增效”密切相关，一批高标准厂房项目集中开工为后续产业导入提供了载体支撑。"
            ),
            J(
                "eastmoney",
                "声明：发布此内容旨在传播更多信息，与本站立场无关，不构成投资建议。据此操作，风险自担。",
            ),
            J("eastmoney", "外交部：中方愿同各方加强经贸合作"),
            J("eastmoney", "A股三大指数集体高开 创业板指涨超1%"),
            J("eastmoney", "多地发布2026年重大项目清单"),
            J("eastmoney", "打开东方财富APP查看更多内容"),
        ],
    )
)

PAGES.append(
    Page(
        id=16014,
        title="闵行某产业园运营方发布声明：“园区整体出售”系不实传言",
        when="2025-10-30 17:50",
        category=1,
        families=("netease",),
        source="网易号",
        note="trap: a company's 声明 quoted as news stays real; netease bilingual 特别声明 at the bottom",
        blocks=[
            P(
                "近日，网络上流传“闵行莘庄工业区某产业园将整体出售、现有租户须在年底前搬离”的消息，引发部分入驻企业担忧。"
            ),
            P("10月29日，该产业园运营方上海莘兴产业发展有限公司发布声明，对相关传言进行澄清。"),
            P(
                "声明称：“本公司从未与任何第三方洽谈园区整体转让事宜，网传消息系不实信息。园区现有租赁合同均合法有效，本公司将严格按照合同约定履行义务，不会要求任何租户提前搬离。”"
            ),
            P("声明同时表示：“对于恶意编造、传播不实信息的行为，本公司保留依法追究法律责任的权利。”"),
            P(
                "记者从莘庄工业区管委会了解到，该园区目前出租率约为91%，入驻企业以精密制造和医疗器械为主，近期并无产权变更登记。"
            ),
            J(
                "netease",
                "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。",
                indent=False,
            ),
            J(
                "netease",
                "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.",
                indent=False,
            ),
        ],
    )
)

PAGES.append(
    Page(
        id=16015,
        title="宝山城市工业园区一栋独栋厂房挂牌出租",
        when="2025-10-11 10:40",
        category=3,
        tags=(35,),
        families=("sohu", "site_contact"),
        source="搜狐号",
        note="trap: a short two-paragraph article; sohu back link and an empty 责任编辑 line, then a zsbox variant",
        blocks=[
            P(
                "宝山城市工业园区丰翔路一栋独栋厂房近日挂牌出租。厂房为三层框架结构，总建筑面积约6200平方米，首层层高7.5米，带两部3吨货梯，独门独院可停放货车。"
            ),
            P(
                "该厂房适合精密机械、电子装配和研发中试企业使用，可享受宝山区对新引进制造业企业的租金补贴政策。"
            ),
            X(
                '<p><a id="backsohucom" href="https://www.sohu.com/?strategyid=00001">返回搜狐，查看更多</a></p>',
                removed=[("sohu", "返回搜狐，查看更多")],
            ),
            X('<p data-role="editor-name">责任编辑：</p>', removed=[("sohu", "责任编辑：")]),
            ZSBOX(
                "刘海燕",
                "宝山/嘉定/普陀厂房租售热线：",
                "4008-216-558",
                "刘经理手机（微信同号）：",
                ["186-2179-3306", "158-0068-2471"],
                "来电请说明行业、面积、用途及注册需求，一对一匹配房源。",
                "扫一扫加刘海燕微信，获取最新房源",
            ),
        ],
    )
)

PAGES.append(
    Page(
        id=16016,
        title="长三角冷链物流枢纽加速布局 沪苏浙皖新增冷库容量超80万吨",
        when="2025-09-24 09:30",
        category=7,
        tags=(39, 27),
        families=("sina",),
        source="新浪财经",
        note="新浪财经 inline account promo in the MIDDLE, 新浪声明 and editor code at the bottom",
        blocks=[
            P(
                "今年以来，长三角地区冷链物流基础设施建设明显提速。据中国物流与采购联合会冷链物流专业委员会统计，上半年沪苏浙皖四地新增冷库容量超过80万吨，占全国新增量的近三成。"
            ),
            P(
                "上海方面，浦东祝桥、宝山罗泾和嘉定外冈三个冷链项目相继投用，合计新增冷库容量约21万吨，主要服务进口冻品、生鲜电商和医药冷链。"
            ),
            J(
                "sina",
                "新浪财经公众号：24小时滚动播报最新的财经资讯和视频，更多粉丝福利扫描二维码关注（sinafinance）",
                indent=False,
            ),
            P(
                "江苏太仓、浙江嘉兴和安徽滁州等地也依托港口和高速公路枢纽，建设了一批集冷藏、分拣、配送于一体的综合冷链园区。"
            ),
            P(
                "业内人士表示，长三角冷链需求仍在快速增长，但部分区域存在冷库结构性过剩、高标冷库不足的问题，未来新建项目应更注重自动化和多温区配置。"
            ),
            J(
                "sina",
                "新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。",
                indent=False,
            ),
            J("sina", "责任编辑：王晓宁 SF153", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16017,
        title="松江区公布2026年度区级特色产业园区名单",
        when="2026-01-09 15:00",
        category=2,
        tags=(12, 23),
        families=("gov",),
        source="上海市松江区人民政府",
        note="gov 发布日期/来源 line on top, QR and page tools at the bottom; trap: a numbered list of park names",
        blocks=[
            J("gov", "发布日期：2026-01-08　　来源：松江区经济委员会　　字号：[ 大 中 小 ]", indent=False),
            P(
                "经园区申报、街镇推荐、专家评审和区政府审定，松江区确定2026年度区级特色产业园区8家，名单如下："
            ),
            P("1. 松江经济技术开发区西部科技园区（集成电路装备）", indent=False),
            P("2. 松江科技影都产业园（影视科技）", indent=False),
            P("3. 洞泾智能家居产业园（智能家居）", indent=False),
            P("4. 泗泾生物医药产业园（生物医药）", indent=False),
            P("5. 九亭信创产业园（信息技术应用创新）", indent=False),
            P("6. 车墩新能源装备产业园（新能源装备）", indent=False),
            P("7. 新桥智能制造产业园（智能机器人）", indent=False),
            P("8. 小昆山时尚消费品产业园（时尚消费品）", indent=False),
            P(
                "入选园区将在产业用地保障、公共服务平台建设和招商活动组织等方面获得区级支持，区经委将每年对入选园区开展评估，实行动态管理。"
            ),
            J("gov", "扫一扫在手机打开当前页", indent=False),
            J("gov", "[ 打印本页 ] [ 关闭窗口 ]", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16018,
        title="浦东祝桥航空物流园冷库项目投用 可存储冻品3万吨",
        when="2025-08-30 12:15",
        category=7,
        tags=(39, 27, 37),
        families=("tencent",),
        source="腾讯新闻",
        note="腾讯 creator disclaimer and 展开全文 interface text",
        blocks=[
            P(
                "8月28日，位于浦东祝桥镇的航空物流园冷链仓储项目正式投用。项目总建筑面积约5.2万平方米，设有冷冻、冷藏、恒温三个温区，可存储冻品约3万吨。"
            ),
            P(
                "项目距离浦东国际机场货运区约8公里，将主要服务进口生鲜、医药和高端食品的航空冷链运输，实现“落地即入库”。"
            ),
            J("tencent", "展开全文", indent=False),
            P(
                "据运营方介绍，冷库采用氨/二氧化碳复叠制冷系统，配备自动化立体库和温湿度实时监控平台，货物出入库效率较传统冷库提升约40%。"
            ),
            P("目前，项目已与多家进口商和医药流通企业签约，首期签约面积超过七成。"),
            J(
                "tencent",
                "声明：本文由入驻腾讯内容开放平台的作者撰写，除腾讯官方账号外，观点仅代表作者本人，不代表腾讯立场。",
                indent=False,
            ),
        ],
    )
)

PAGES.append(
    Page(
        id=16019,
        title="松江G60科创走廊发布“科创十条”2.0版 加码支持中试平台",
        when="2026-02-05 18:40",
        category=2,
        tags=(15, 12, 45),
        families=("thepaper",),
        source="澎湃新闻·澎湃号·政务",
        note="澎湃号·政务 header line on top, the 澎湃号 platform disclaimer at the bottom",
        blocks=[
            J("thepaper", "上海松江 2026-02-05 17:58 来源：澎湃新闻·澎湃号·政务", indent=False),
            P(
                "2月5日，松江区发布《关于进一步支持长三角G60科创走廊科技创新的若干措施》（“科创十条”2.0版），在原有政策基础上新增对中试平台、概念验证中心和科技成果转化的支持。"
            ),
            P(
                "新政提出，对企业或机构在松江建设的行业共性中试平台，按照设备投资额给予最高30%的补贴，单个平台最高2000万元；平台向社会开放服务的，再按服务收入给予一定奖励。"
            ),
            P(
                "对在松江落地转化的高校院所科技成果，按技术合同实际成交额给予最高10%的奖励，单个项目最高300万元。"
            ),
            P(
                "同时，松江将整合G60科创云廊、松江综保区等载体，每年提供不少于10万平方米的低成本中试空间，并对入驻的初创企业给予租金减免。"
            ),
            J(
                "thepaper",
                "本文为澎湃号作者或机构在澎湃新闻上传并发布，仅代表该作者或机构观点，不代表澎湃新闻的观点或立场，澎湃新闻仅提供信息发布平台。申请澎湃号请用电脑访问http://renzheng.thepaper.cn。",
                indent=False,
            ),
        ],
    )
)

PAGES.append(
    Page(
        id=16020,
        title="金山区首批“工业上楼”项目交付 每层均可进货车",
        when="2025-12-02 11:10",
        category=3,
        tags=(33, 35),
        families=("eastday", "site_contact"),
        source="东方网",
        note="东方网 top time/source/author line; site contact as one paragraph with a strong label",
        blocks=[
            J("eastday", "2025-12-02 10:32:16　来源：东方网　作者：黄雯倩　选稿：冯雅", indent=False),
            P(
                "金山区首批“工业上楼”项目——金山工业区智造空间一期日前交付使用。项目共4栋6层厂房，通过盘旋坡道实现货车直达每一层，总建筑面积约14.5万平方米。"
            ),
            P(
                "厂房首层层高9米、二至四层层高6米、五至六层层高5米，各层楼面承重1.5至3吨/平方米不等，可满足高端装备、新材料和生命健康企业的生产需求。"
            ),
            P(
                "金山工业区相关负责人表示，项目已有7家企业完成签约，签约面积约6.8万平方米，预计明年上半年陆续投产。"
            ),
            X(
                "<p><strong>厂房土地招商对接：</strong>139-1811-0732 赵先生（微信同号），请注明区域、面积及行业。</p>",
                removed=[
                    (
                        "site_contact",
                        "厂房土地招商对接：139-1811-0732 赵先生（微信同号），请注明区域、面积及行业。",
                    )
                ],
            ),
        ],
    )
)

# --- 16021-16036: outlets with their own house style ----------------------------------------------

PAGES.append(
    Page(
        id=16021,
        title="上海国企加快盘活存量产业载体 多家园区平台拟发行产业园REITs",
        when="2025-07-16 07:50",
        category=5,
        tags=(22,),
        families=("cs",),
        source="中国证券报·中证网",
        note="中证网讯 dateline glued to the lead (real); the outlet's copyright 声明 and 责任编辑 at the bottom",
        blocks=[
            P(
                "中国证券报·中证网讯（记者 黄思远）记者从上海市国资委获悉，上海正加快推动市属国有企业盘活存量产业载体，张江、临港、漕河泾等园区平台正在筹备新一批产业园基础设施REITs项目。"
            ),
            P(
                "据介绍，上海已上市的产业园REITs底层资产出租率总体保持在85%以上，为园区开发企业打通了“投资—建设—运营—退出”的资金闭环。"
            ),
            P(
                "业内人士认为，新一批项目有望纳入研发办公、标准厂房和高标仓等多种资产类型，底层资产的产业属性将更加突出。"
            ),
            P(
                "与此同时，部分园区平台也在探索将回收资金用于“工业上楼”和城市更新项目，进一步扩大优质产业载体供给。"
            ),
            J(
                "cs",
                "中国证券报·中证网声明：凡本网注明“来源：中国证券报·中证网”的所有作品，版权均属于中国证券报、中证网。中国证券报·中证网与作品作者联合声明，任何组织未经中国证券报、中证网以及作者书面授权不得转载、摘编或利用其它方式使用上述作品。",
                indent=False,
            ),
            J("cs", "责任编辑：王慧琳", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16022,
        title="上市公司“腾笼换鸟”：出售上海闲置厂房回笼资金 转投智能化产线",
        when="2025-06-05 08:20",
        category=3,
        tags=(35, 49),
        families=("zqrb",),
        source="证券日报",
        note="证券日报 byline alone on top and （编辑 …） line alone at the bottom",
        blocks=[
            J("zqrb", "本报记者 李雯珊", indent=False),
            P(
                "6月4日晚间，一家主营汽车零部件的上市公司发布公告称，拟以2.36亿元的价格，向上海某区属国资平台出售其位于嘉定区的一处闲置厂房及土地使用权。"
            ),
            P(
                "公告显示，该处资产土地面积约41亩，地上建有厂房及辅助用房约2.9万平方米，自2023年生产线整体搬迁至江苏后基本处于闲置状态。"
            ),
            P(
                "公司表示，出售所得资金将主要用于新建智能化产线和补充流动资金，预计本次交易将增加公司当期税前利润约8700万元。"
            ),
            P(
                "上海某律师事务所合伙人向记者表示，近年来上市公司处置上海存量工业用地的案例有所增多，买方多为区属国资平台，收储后再按照产业导向重新招商。"
            ),
            P(
                "“这类交易一方面能帮助企业盘活资产，另一方面也有利于地方政府掌握产业用地，引导低效用地向优质项目集中。”上述人士说。"
            ),
            J("zqrb", "（编辑 张昕）", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16023,
        title="沪企“跨省建园”渐成潮流 长三角产业合作园区超过百家",
        when="2025-05-20 06:30",
        category=5,
        tags=(22, 23),
        families=("jjckb",),
        source="经济参考报",
        note="经济参考报 byline alone on top, 来源/责任编辑 at the bottom; long article (11 paragraphs with subheads)",
        blocks=[
            J("jjckb", "经济参考报记者 杜宇航 上海报道", indent=False),
            P(
                "在安徽宣城，一座由上海园区开发企业投资建设的产业园刚刚完成三期扩建；在江苏盐城，沪苏共建的合作园区今年前四个月新签约项目已超过20个。"
            ),
            P(
                "《经济参考报》记者调研发现，上海园区平台“走出去”建园正成为长三角产业协同的重要方式，目前各类长三角产业合作园区已超过100家。"
            ),
            H("从“单兵突进”到“抱团出海”"),
            P(
                "早期的跨省合作园区，多由上海某一家园区开发企业独立运营。近两年，越来越多的项目采取“上海园区品牌+当地国资+产业基金”的合作模式。"
            ),
            P(
                "漕河泾开发区、市北高新、临港集团等上海园区平台已在长三角多个城市布局分园，输出规划设计、招商运营和企业服务等管理经验。"
            ),
            P(
                "“上海的优势在于品牌、资本和产业资源，合作地区的优势在于土地、能耗指标和相对较低的综合成本。”一位园区平台负责人说。"
            ),
            H("利益分享机制逐步完善"),
            P(
                "税收分成和统计分算曾是制约跨省合作园区发展的难题。目前，多数合作园区已建立按股比或约定比例分享税收、GDP分别统计的机制。"
            ),
            P(
                "在沪苏大丰产业联动集聚区，双方约定园区新增税收地方留成部分在一定期限内按比例共享，为后续合作提供了可复制的样本。"
            ),
            H("警惕同质化竞争"),
            P(
                "也有专家提醒，部分合作园区产业定位雷同，招商中存在互相压价现象。未来应更多围绕产业链上下游分工布局，避免“一哄而上”。"
            ),
            P(
                "复旦大学一位区域经济学者认为，上海应在研发、总部、金融和高端服务环节做强，将规模化制造环节有序向长三角其他地区疏解，形成真正的“研发在上海、制造在长三角”格局。"
            ),
            J("jjckb", "来源：经济参考报", indent=False),
            J("jjckb", "责任编辑：刘晓雨", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16024,
        title="闵行大零号湾科创园区新增孵化载体4万平方米",
        when="2025-04-27 14:00",
        category=1,
        tags=(47,),
        families=("ce", "site_contact"),
        source="中国经济网",
        note="中国经济网讯 dateline glued to the lead (real); （责任编辑：…） alone; a zsbox variant with a dashed hotline",
        blocks=[
            P(
                "中国经济网上海4月26日讯（记者 蒋文慧）记者从闵行区获悉，大零号湾科技创新策源功能区今年新增孵化载体约4万平方米，主要面向硬科技初创企业。"
            ),
            P(
                "新增载体分布在剑川路、东川路沿线，既有改造后的老厂房，也有新建的研发楼。部分楼层配备了通风、洁净和大功率用电条件，可开展小批量试制。"
            ),
            P(
                "据了解，大零号湾已累计孵化科技企业超过2000家，其中近三成由高校师生创办。闵行区对入驻的初创企业给予最长三年的租金减免。"
            ),
            J("ce", "（责任编辑：韩梦琦）", indent=False),
            ZSBOX(
                "许文斌",
                "闵行/徐汇/松江研发办公及厂房租售：",
                "021-6490-5528",
                "手机：",
                ["+86 135 6472 0913"],
                "欢迎来电或添加微信，说明所需面积及用途，免费提供选址方案。",
                "扫码添加许文斌微信",
            ),
        ],
    )
)

PAGES.append(
    Page(
        id=16025,
        title="长三角G60科创走廊九城市共建产业协作平台 首批发布协同项目56个",
        when="2025-03-18 16:25",
        category=5,
        tags=(15, 22),
        families=("peopleapp",),
        source="人民日报客户端",
        note="人民日报客户端 byline alone on top, an image credit caption in the middle, a share prompt at the bottom",
        blocks=[
            J("peopleapp", "人民日报客户端上海频道 陆文杰", indent=False),
            P(
                "3月17日，长三角G60科创走廊联席会议办公室在松江发布产业协作平台，并公布首批56个跨区域协同项目，总投资约680亿元。"
            ),
            P(
                "首批项目涵盖新能源汽车、集成电路、生物医药、新材料等领域，其中31个项目采取“研发在松江、制造在走廊其他城市”或相反的分工模式。"
            ),
            IMG("2025/03/g60-xiezuo.jpg", "受访单位供图", family="peopleapp"),
            P(
                "产业协作平台将汇集九城市的产业用地、标准厂房和公共服务资源信息，企业可以在线比较不同城市的载体条件和扶持政策。"
            ),
            P(
                "联席办相关负责人表示，今年将推动九城市在产业准入、项目评价和要素保障方面进一步统一标准，减少企业跨区域布局的制度成本。"
            ),
            J("peopleapp", "分享让更多人看到", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16026,
        title="漕河泾开发区将举办2026年度产业空间推介会 企业可扫码报名",
        when="2026-03-20 09:50",
        category=1,
        families=("zhoudao",),
        source="新闻晨报·周到",
        note="周到 byline alone on top, 编辑/图片来源 at the bottom; trap: the notice's registration paragraph with 扫码 and a hotline",
        blocks=[
            J("zhoudao", "新闻晨报·周到记者 施雨薇", indent=False),
            P(
                "记者从漕河泾开发区获悉，2026年度产业空间推介会将于3月28日在漕河泾会议中心举办，届时将集中发布开发区及浦江、松江、海宁等分园区约35万平方米可租售载体。"
            ),
            P("此次推介的载体既有研发办公楼，也有适合中试和小批量生产的标准厂房，最小分割面积约300平方米。"),
            P(
                "推介会面向有选址需求的企业免费开放。有意参加的企业可扫描开发区官方海报上的二维码报名，报名截止时间为3月25日17时；报名成功后，主办方将通过短信发送入场凭证。"
            ),
            P("咨询电话：021-64851188转产业服务中心", indent=False),
            J("zhoudao", "编辑：陈佳颖", indent=False),
            J("zhoudao", "图片来源：漕河泾开发区", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16027,
        title="外环外物流园区“司机之家”扩容 货车司机可免费洗澡休息",
        when="2025-02-12 10:35",
        category=7,
        tags=(27,),
        families=("ldb",),
        source="劳动报",
        note="劳动报 byline alone on top; paragraphs in span wrappers with &nbsp; indents; 编辑 and 来源 lines at the bottom",
        blocks=[
            J("ldb", "劳动报首席记者 陈宁远", indent=False),
            X(
                '<p>&nbsp;&nbsp;<span style="font-family:宋体;">记者日前从市总工会获悉，今年本市将在外环以外的物流园区新建和改建“司机之家”20个，为货车司机提供休息、淋浴、洗衣、餐饮和停车等服务。</span></p>',
                body=[
                    "记者日前从市总工会获悉，今年本市将在外环以外的物流园区新建和改建“司机之家”20个，为货车司机提供休息、淋浴、洗衣、餐饮和停车等服务。"
                ],
            ),
            X(
                '<p>&nbsp;&nbsp;<span style="font-family:宋体;">在宝山区罗泾镇一处物流园区，新改造的“司机之家”面积约400平方米，设有24小时热水淋浴间、自助洗衣房和休息室，司机凭驾驶证即可免费使用。</span></p>',
                body=[
                    "在宝山区罗泾镇一处物流园区，新改造的“司机之家”面积约400平方米，设有24小时热水淋浴间、自助洗衣房和休息室，司机凭驾驶证即可免费使用。"
                ],
            ),
            X(
                '<p>&nbsp;&nbsp;<span style="font-family:宋体;">“以前等货的时候只能在车里睡，现在能洗个热水澡，睡个安稳觉。”来自安徽的货车司机老马说。</span></p>',
                body=[
                    "“以前等货的时候只能在车里睡，现在能洗个热水澡，睡个安稳觉。”来自安徽的货车司机老马说。"
                ],
            ),
            X(
                '<p>&nbsp;&nbsp;<span style="font-family:宋体;">市总工会相关负责人表示，“司机之家”将优先布局在货运量大、司机停留时间长的物流园区和高速公路服务区周边，并引导园区运营方承担日常管理。</span></p>',
                body=[
                    "市总工会相关负责人表示，“司机之家”将优先布局在货运量大、司机停留时间长的物流园区和高速公路服务区周边，并引导园区运营方承担日常管理。"
                ],
            ),
            J("ldb", "编辑：王卉", indent=False),
            J("ldb", "来源：劳动报", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16028,
        title="桃浦智创城数字内容产业园开园 设立版权服务工作站",
        when="2025-01-08 07:40",
        category=1,
        tags=(31, 23),
        families=("jfdaily",),
        source="解放日报",
        original_title="老工业区变身“内容工厂”，桃浦这个园区有何不同",
        note="解放日报/上观: 原标题 on top, editor chain and 来源 at the bottom; traps: a 版权 paragraph and Q&A lines led by 上观新闻：",
        blocks=[
            J("jfdaily", "原标题：老工业区变身“内容工厂”，桃浦这个园区有何不同", indent=False),
            P(
                "曾经以化工、仓储为主的普陀区桃浦地区，如今又多了一座以数字内容为主题的产业园。1月7日，桃浦智创城数字内容产业园正式开园，首批入驻企业42家。"
            ),
            P(
                "园区由原上海某橡胶厂厂房改造而成，总建筑面积约11万平方米。设计团队保留了高大的锯齿形屋顶和部分设备基座，将其改造为开放式办公空间和摄影棚。"
            ),
            P(
                "入驻企业涵盖网络视听、游戏研发、数字出版和虚拟现实等领域，预计全部达产后年营业收入可超过60亿元。"
            ),
            H("版权服务“家门口”就能办"),
            P(
                "为解决内容企业的版权痛点，园区与市版权局合作设立版权服务工作站，提供作品登记、版权交易和维权咨询服务。企业遇到作品被擅自转载、盗版等侵权行为，可以在工作站获得证据保全和法律援助。"
            ),
            P(
                "工作站负责人介绍，去年试运行期间，工作站已帮助园区企业办理作品版权登记1300余件，调解侵权纠纷27起。"
            ),
            H("园区负责人答问"),
            X(
                "<p><strong>上观新闻：</strong>园区在招商上有什么考虑？</p>",
                body=["上观新闻：园区在招商上有什么考虑？"],
            ),
            X(
                "<p><strong>园区负责人：</strong>我们更看重企业的原创能力，优先引进拥有自主IP和核心技术的团队，不追求规模，追求“浓度”。</p>",
                body=[
                    "园区负责人：我们更看重企业的原创能力，优先引进拥有自主IP和核心技术的团队，不追求规模，追求“浓度”。"
                ],
            ),
            X(
                "<p><strong>上观新闻：</strong>对初创企业有哪些支持？</p>",
                body=["上观新闻：对初创企业有哪些支持？"],
            ),
            X(
                "<p><strong>园区负责人：</strong>园区拿出约1万平方米作为孵化空间，初创团队前一年免租金，还可以共享摄影棚、动作捕捉和渲染算力等公共设施。</p>",
                body=[
                    "园区负责人：园区拿出约1万平方米作为孵化空间，初创团队前一年免租金，还可以共享摄影棚、动作捕捉和渲染算力等公共设施。"
                ],
            ),
            P("据悉，桃浦智创城今年还将有3个产业项目竣工，区域内的数字经济企业数量有望突破800家。"),
            LINES(
                "jfdaily",
                ["栏目主编：孔蔚然", "文字编辑：任晓澄", "题图来源：普陀区融媒体中心", "图片编辑：邵嘉禾"],
            ),
            J("jfdaily", "来源：作者：解放日报 任晓澄", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16029,
        title="临港青年人才公寓新增房源1200套 园区企业员工可优先申请",
        when="2024-12-10 18:00",
        category=2,
        tags=(47,),
        families=("qnb",),
        source="青年报",
        note="青年报·青春上海 byline alone on top, an inline 青春上海 promo in the middle, 编辑/审核 at the bottom",
        blocks=[
            J("qnb", "青年报·青春上海记者 刘昕怡", indent=False),
            P(
                "记者从临港新片区获悉，临港今年第四批青年人才公寓房源近日推出，共1200套，主要分布在滴水湖周边和临港科技城区域。"
            ),
            P(
                "此次推出的房源以一室户和两室户为主，租金在市场价基础上下浮约20%。在临港新片区产业园区工作、35周岁以下的企业员工可优先申请。"
            ),
            J("qnb", "下载青春上海APP，看更多青年新闻", indent=False),
            P(
                "申请人需由所在企业统一向园区提交申请材料，经审核后按照企业类别和申请顺序配租。已在临港购房或已享受其他人才租房补贴的，不得重复申请。"
            ),
            P("临港新片区相关负责人表示，到明年底，新片区保障性租赁住房和人才公寓累计供应量将超过5万套。"),
            J("qnb", "编辑：吴恩泽　审核：王钰", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16030,
        title="外高桥保税物流园区跨境电商仓库出租率回升至93%",
        when="2024-11-28 21:15",
        category=7,
        tags=(27, 37),
        families=("kankan",),
        source="看看新闻Knews",
        note="看看新闻 reporter/editor lines in one <br/> block at the bottom, then an app promo",
        blocks=[
            P(
                "今年以来，外高桥保税物流园区的跨境电商仓库需求明显回暖。据园区运营方统计，截至10月底，园区跨境电商仓库出租率已回升至93%，比年初提高约8个百分点。"
            ),
            P(
                "记者在园区一家跨境电商服务企业的仓库看到，工作人员正在对即将发往东南亚的小家电进行分拣打包。负责人介绍，今年企业又新租了约6000平方米仓库，主要用于“保税备货+直播带货”业务。"
            ),
            P(
                "外高桥保税区相关负责人表示，园区将继续推进老旧仓库智能化改造，今年已完成改造面积约15万平方米，新增自动化分拣线12条。"
            ),
            LINES("kankan", ["看看新闻Knews记者：潘雨婷　沈晨阳", "编辑：胡笑语"]),
            J("kankan", "点击下载看看新闻APP，看更多上海新闻", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16031,
        title="锡山经开区“沪锡合作产业园”开园 首批上海项目集中签约",
        when="2024-10-22 08:10",
        category=5,
        tags=(22,),
        families=("wxrb",),
        source="无锡日报",
        note="本报讯 dateline glued to the lead (real); 来源 and （编辑：…） lines at the bottom",
        blocks=[
            P(
                "本报讯（记者 钱晓东）10月21日，锡山经济技术开发区“沪锡合作产业园”正式开园，来自上海的14个产业项目集中签约，总投资约92亿元。"
            ),
            P(
                "合作园区规划面积约3.5平方公里，由锡山经开区与上海一家园区开发企业共同运营，重点承接上海溢出的智能装备、汽车零部件和新材料产业。"
            ),
            P("签约项目中，有6个为上海企业的扩产项目，将在无锡建设生产基地，研发和总部仍留在上海。"),
            P(
                "锡山区相关负责人表示，园区将为上海企业提供“沪锡同城”的政务服务，部分涉企事项可在两地“跨省通办”。"
            ),
            J("wxrb", "来源：无锡日报", indent=False),
            J("wxrb", "（编辑：徐若凡）", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16032,
        title="海门港新区加快建设沪苏跨江产业合作基地",
        when="2024-09-13 07:25",
        category=5,
        tags=(22,),
        families=("ntrb",),
        source="南通日报",
        note="南通日报 reporter/通讯员 line alone on top; 来源 and 责任编辑 lines at the bottom",
        blocks=[
            J("ntrb", "本报记者 黄海燕 本报通讯员 施晓蕾", indent=False),
            P(
                "随着崇启通道和沪通铁路二期建设推进，海门港新区承接上海产业转移的步伐不断加快。今年1至8月，港新区新签约上海来源项目23个，协议总投资超过110亿元。"
            ),
            P(
                "港新区规划了约5平方公里的沪苏跨江产业合作基地，重点发展海工装备、新能源和精细化工产业，并预留了一批标准厂房供中小企业租用。"
            ),
            P(
                "一家从上海嘉定迁入的装备制造企业负责人说，港新区的土地和人力成本比上海低三成以上，离上海总部车程约一个半小时，“研发在上海、生产在海门”的模式运转顺畅。"
            ),
            P(
                "海门区相关负责人表示，将进一步完善港新区的公共配套，建设人才公寓、职工食堂和公交线路，提升园区对上海企业的吸引力。"
            ),
            J("ntrb", "来源：南通日报", indent=False),
            J("ntrb", "责任编辑：顾卫东", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16033,
        title="常州武进高新区与上海闵行共建“飞地园区” 首期3万平方米厂房交付",
        when="2024-08-21 10:50",
        category=5,
        tags=(22, 35),
        families=("czrb", "site_contact"),
        source="常州日报",
        note="常州日报 byline alone on top, （责任编辑：…）; site contact as a phone line and a QR caption",
        blocks=[
            J("czrb", "常报融媒记者 蒋雯 通讯员 武宣", indent=False),
            P(
                "8月20日，武进国家高新区与上海闵行区共建的“闵武合作飞地园区”首期厂房交付，约3万平方米标准厂房将优先提供给闵行区企业的扩产项目。"
            ),
            P(
                "飞地园区按照“闵行招商、武进落地、收益共享”的原则运作，入园项目产生的地方税收由两地按约定比例分享，统计数据分别计入。"
            ),
            P("据介绍，目前已有4家闵行企业与园区签订入驻协议，涉及智能装备和医疗器械领域。"),
            J("czrb", "（责任编辑：钱丽芳）", indent=False),
            J("site_contact", "长三角厂房选址咨询：宋一帆　电话：(021) 6012-8839", indent=False),
            IMG(
                "2024/08/songyf-wx.jpg", "扫码添加招商顾问微信，获取长三角厂房最新房源", family="site_contact"
            ),
        ],
    )
)

PAGES.append(
    Page(
        id=16034,
        title="湖州南太湖新区布局“沪湖绿色智造廊道” 重点承接上海新能源产业",
        when="2024-07-09 06:45",
        category=5,
        tags=(22, 29),
        families=("hzrb",),
        source="湖州日报",
        note="湖州日报·湖州在线 byline alone on top; 推荐阅读 list and 编辑 line at the bottom",
        blocks=[
            J("hzrb", "湖州日报·湖州在线记者 沈超 通讯员 吴琳", indent=False),
            P(
                "近日，南太湖新区发布《沪湖绿色智造廊道建设方案》，提出依托申苏浙皖高速和沪苏湖铁路，打造一条连接上海与湖州的绿色智造产业带。"
            ),
            P(
                "方案明确，南太湖新区将重点承接上海新能源汽车零部件、光伏储能和绿色建材产业，三年内新建标准厂房100万平方米以上。"
            ),
            P("随着沪苏湖铁路开通，湖州至上海虹桥最快约50分钟，越来越多的上海企业开始把生产基地放在湖州。"),
            P(
                "南太湖新区相关负责人表示，将为上海来湖企业开设“绿色通道”，实现项目从签约到开工平均不超过100天。"
            ),
            X(
                '<div class="tjyd"><p><strong>推荐阅读</strong></p><ul>'
                '<li><a href="http://www.hz66.com/2024/0708/1234567.shtml">湖州上半年GDP增长6.1%</a></li>'
                '<li><a href="http://www.hz66.com/2024/0707/1234401.shtml">沪苏湖铁路开通运营倒计时</a></li>'
                "</ul></div>",
                removed=[
                    ("hzrb", "推荐阅读"),
                    ("hzrb", "湖州上半年GDP增长6.1%"),
                    ("hzrb", "沪苏湖铁路开通运营倒计时"),
                ],
            ),
            J("hzrb", "编辑：杨晓梅", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16035,
        title="安徽出台支持沪苏浙皖产业合作园区发展若干措施",
        when="2024-06-18 08:00",
        category=2,
        tags=(45, 22),
        families=("ahrb",),
        source="安徽日报",
        note="本报讯 dateline glued to the lead (real); trap: numbered conditions stay real; 责任编辑 alone at the bottom",
        blocks=[
            P(
                "本报讯（记者 汪国良）近日，省发展改革委等部门联合印发《关于支持沪苏浙皖产业合作园区高质量发展的若干措施》，对合作园区的用地、资金和人才给予支持。"
            ),
            P("措施明确，申请省级支持的合作园区应同时具备以下条件："),
            P(
                "（一）由我省市县政府与沪苏浙地区政府或园区开发主体签订合作协议，合作期限不少于10年；",
                indent=False,
            ),
            P("（二）园区规划面积不少于3平方公里，且已建成标准厂房不少于10万平方米；", indent=False),
            P("（三）建立税收分成或统计分算等利益共享机制；", indent=False),
            P("（四）近两年引进沪苏浙来源项目不少于10个。", indent=False),
            P("对符合条件的园区，省级财政每年安排专项资金予以支持，并在新增建设用地计划指标上予以倾斜。"),
            J("ahrb", "责任编辑：汪洋帆", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16036,
        title="上海物流地产大宗交易回暖 外资基金接盘青浦高标仓",
        when="2024-05-07 13:35",
        category=7,
        tags=(27, 37),
        families=("jiemian",),
        source="界面新闻",
        note="界面 记者/编辑 credit lines in one <br/> block on top, the reprint ban at the bottom",
        blocks=[
            LINES("jiemian", ["界面新闻记者 | 周晓琳", "界面新闻编辑 | 宋一涵"]),
            P(
                "上海物流地产大宗交易正在回暖。界面新闻获悉，一家外资基金近日完成对青浦区一处高标准仓库的收购，交易对价约12亿元。"
            ),
            P(
                "该项目位于青浦区华新镇，建筑面积约12万平方米，目前出租率超过95%，租户以电商和第三方物流企业为主。"
            ),
            P(
                "据仲量联行统计，今年一季度上海物流地产大宗交易金额约28亿元，同比增长约40%。买方中既有外资基金，也有国内保险资金和公募REITs。"
            ),
            P(
                "一位不愿具名的物流地产投资人士表示，经过两年多的调整，上海高标仓租金已较高点回落约15%，部分投资者认为当前估值具有吸引力。"
            ),
            J("jiemian", "未经正式授权严禁转载本文，侵权必究。", indent=False),
        ],
    )
)

# --- 16037-16040: the site's own listings, and wire / financial press ---------------------------

PAGES.append(
    Page(
        id=16037,
        title="嘉定外冈独栋厂房出租 单层5000平方米 可分割 带行车",
        when="2026-11-03 09:00",
        category=3,
        tags=(13, 35),
        related=(16038, 16010),
        families=("site_contact",),
        source=None,
        note="the site's own listing: trap specs table and 交通 lines; the site contact in a div of two paragraphs",
        blocks=[
            P(
                "嘉定区外冈镇工业园区内一栋独栋单层厂房现对外出租，土地性质为工业用地，产证齐全，可办理环评和注册。"
            ),
            TABLE(
                [
                    ["区域", "面积（㎡）", "檐高（m）", "承重", "租金（元/㎡/天）"],
                    ["A区", "3200", "12", "地坪5吨", "1.1"],
                    ["B区", "1800", "12", "地坪5吨", "1.1"],
                ],
                header="td",
            ),
            P(
                "厂房配有10吨行车两台，供电容量800千伏安，可分割出租，最小分割面积1800平方米。厂区内有两层办公楼约600平方米，可一并租用。"
            ),
            P("交通：距G15沈海高速外冈出口约3公里，距嘉定新城约12公里。"),
            P("适合行业：机械加工、汽车零部件、新材料、仓储物流等（不接受化工及重污染企业）。"),
            X(
                '<div class="lxwm" style="background:#f7f7f7;padding:8px 12px;">'
                "<p>招商顾问：林佳慧（13817 665 921，同微信）</p>"
                "<p>本平台房源均经实地勘察，租售信息以实际签约为准，欢迎预约看房。</p></div>",
                removed=[
                    ("site_contact", "招商顾问：林佳慧（13817 665 921，同微信）"),
                    ("site_contact", "本平台房源均经实地勘察，租售信息以实际签约为准，欢迎预约看房。"),
                ],
            ),
        ],
    )
)

PAGES.append(
    Page(
        id=16038,
        title="青浦白鹤镇丙二类高台库出租 2.3万平方米 近G50",
        when="2026-11-16 15:30",
        category=7,
        tags=(27, 37),
        related=(16037,),
        families=("site_contact",),
        source=None,
        note="the site's own listing: trap numbered requirements; contact lines in one <br/> paragraph, then a QR caption",
        blocks=[
            P(
                "青浦区白鹤镇一处丙二类高台仓库现整体或分层出租，总面积约2.3万平方米，适合电商、快消品及汽车零部件仓储。"
            ),
            P("仓库为双层坡道库，首层层高9米、二层层高8米，首层承重3吨/平方米，配有升降平台和消防喷淋系统。"),
            P("对承租方的要求："),
            P("1. 存储货物须符合丙二类仓储要求；", indent=False),
            P("2. 租期三年起，押二付三；", indent=False),
            P("3. 需在当地注册公司或分公司。", indent=False),
            P("项目距G50沪渝高速白鹤出口约2公里，距虹桥枢纽约25公里。"),
            LINES(
                "site_contact",
                [
                    "联系人：沈经理",
                    "手机：+86 177 2138 0925",
                    "招商热线：800-988-6021",
                    "微信号：shcfck-shen",
                ],
            ),
            IMG("2026/11/shen-wx.jpg", "长按识别二维码，添加沈经理微信", family="site_contact"),
        ],
    )
)

PAGES.append(
    Page(
        id=16039,
        title="上海外资研发中心累计超过600家 近三成设在产业园区",
        when="2024-04-16 19:40",
        category=5,
        tags=(22,),
        families=("xinhua",),
        source="新华社",
        note="新华社 dateline glued to the lead (real); （完） glued to the last paragraph without a break; 纠错/责任编辑 at the bottom",
        blocks=[
            P(
                "新华社上海4月16日电（记者 许嘉闻）记者16日从上海市商务委获悉，截至今年3月底，上海累计认定外资研发中心超过600家，其中近三成设在各类产业园区。"
            ),
            P(
                "外资研发中心主要分布在生物医药、汽车、电子信息和化工新材料等领域，约四分之一为全球研发中心或亚太区研发中心。"
            ),
            P(
                "上海市商务委相关负责人介绍，上海将进一步优化外资研发中心的认定标准，在研发用物品进口、跨境数据流动和人才出入境等方面提供更多便利。"
            ),
            TAIL(
                "张江、漕河泾、临港等产业园区也在建设专业化的研发载体，为外资研发中心提供实验室、中试车间和公共技术平台。",
                "xinhua",
                "（完）",
                sep="",
            ),
            J("xinhua", "【纠错】 【责任编辑:刘知远】", indent=False),
        ],
    )
)

PAGES.append(
    Page(
        id=16040,
        title="上海产业园区租金步入调整期 “以价换量”之外还有哪些出路",
        when="2024-03-05 22:05",
        category=5,
        tags=(22, 35),
        families=("21jingji",),
        source="21世纪经济报道",
        note="21世纪 byline alone on top, app promo at the bottom; long article (12 paragraphs, h3 subheads, strong lead-ins)",
        blocks=[
            J("21jingji", "21世纪经济报道记者 孙燕青 上海报道", indent=False),
            P(
                "“去年一年，园区的平均租金降了大约8%，但出租率总算稳住了。”上海西南一处产业园区的招商负责人向21世纪经济报道记者坦言。"
            ),
            P(
                "这并非个例。多家第三方机构的数据显示，2023年上海研发办公和标准厂房的平均租金均出现不同程度下调，部分新入市项目的空置率一度超过30%。"
            ),
            H("供给集中释放", "h3"),
            P(
                "租金承压的背后，是产业载体供给的集中释放。近三年，上海各区新增各类产业载体超过千万平方米，其中相当一部分集中在同一时间段竣工。"
            ),
            P(
                "与此同时，部分企业受市场需求变化影响，压缩了扩租计划，一些初创企业则选择向长三角其他城市布局生产环节。"
            ),
            H("从“拼价格”到“拼服务”", "h3"),
            X(
                "<p><strong>一是精准定位。</strong>多家园区负责人表示，单纯降价带来的往往是低质量租户，园区更需要围绕主导产业做深产业链招商。</p>",
                body=[
                    "一是精准定位。多家园区负责人表示，单纯降价带来的往往是低质量租户，园区更需要围绕主导产业做深产业链招商。"
                ],
            ),
            X(
                "<p><strong>二是以投促招。</strong>一些国资园区通过设立产业基金，对入驻企业进行股权投资，以“投资+空间”的组合吸引优质项目。</p>",
                body=[
                    "二是以投促招。一些国资园区通过设立产业基金，对入驻企业进行股权投资，以“投资+空间”的组合吸引优质项目。"
                ],
            ),
            X(
                "<p><strong>三是场景开放。</strong>园区联合龙头企业开放应用场景，为中小企业提供首批订单和验证机会。</p>",
                body=["三是场景开放。园区联合龙头企业开放应用场景，为中小企业提供首批订单和验证机会。"],
            ),
            H("分化仍将持续", "h3"),
            P(
                "业内普遍认为，未来一段时间上海产业载体市场的分化仍将持续：区位好、产业生态成熟的园区将率先企稳，而定位模糊、配套不足的项目去化压力较大。"
            ),
            P(
                "“园区竞争最终比拼的是产业服务能力。”一位资深园区运营人士表示，谁能帮助企业解决融资、人才和市场问题，谁就能在调整期中胜出。"
            ),
            J("21jingji", "更多内容请下载21财经APP", indent=False),
        ],
    )
)
