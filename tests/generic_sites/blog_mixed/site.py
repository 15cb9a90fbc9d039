"""blog_mixed: an emulated site for the generic-spider blind test.

厂房汇 (www.fangchanghui.example.cn), a small consultancy's factory-space news blog built with an
invented static-site generator ("Qiaomu Press"). Standard library only; deterministic.
``emulator()`` returns an object with ``origin``, ``hosts`` and ``handle(method, url)``.
"""

from __future__ import annotations

import hashlib
import html
import re
import urllib.parse

# ---------------------------------------------------------------------------
# Content: the articles of the blog. Everything (pages and truth) is rendered from this.
# body items: "text" -> <p>; "##text" -> <h3>; ("img", file, caption) -> <figure>;
#             ("table", [[cell, ...], ...]) -> <table> (one row = one paragraph in truth)
# pre / post: outlet junk blocks before / after the text (inside the content div);
# tail: junk glued to the end of the last <p> (after a <br>).
# ---------------------------------------------------------------------------

CATEGORIES = [
    ("yuanqu", "园区动态"),
    ("zhengce", "政策解读"),
    ("zhaoshang", "招商活动"),
    ("changfang", "厂房市场"),
    ("wuliu", "物流园区"),
]

ARTICLES = [
    dict(n=101, date="2024-01-08", cat="changfang", author="周远", source=None, views=2315,
         tags=["厂房租金", "长三角"],
         title="2024年长三角标准厂房租金走势展望",
         body=[
             "进入2024年，长三角工业厂房市场的主题词从“抢空间”变成了“挑空间”。过去一年我们经手的租赁需求里，主动询价的企业数量与2022年大致持平，但平均决策周期从45天拉长到了70天以上，企业在面积、层高、配电和租金之间反复比较。",
             "从租金看，上海外环以外的标准厂房平均报价在1.1至1.4元/㎡/天之间，较去年同期小幅回落；苏州、无锡核心板块基本稳定，嘉兴、南通等承接外溢的城市则出现了明显的“以价换量”。",
             ("table", [
                 ["城市/板块", "主流报价（元/㎡/天）", "同比变化", "空置率"],
                 ["上海松江", "1.20-1.45", "-3%", "14%"],
                 ["上海嘉定", "1.10-1.35", "-4%", "16%"],
                 ["苏州工业园区", "1.05-1.30", "持平", "9%"],
                 ["无锡新吴", "0.75-0.95", "-2%", "12%"],
                 ["嘉兴南湖", "0.55-0.75", "-6%", "18%"],
             ]),
             "数据来源：厂房汇租赁数据库，统计口径为单层或多层标准厂房，不含定制厂房及研发楼。",
             "我们判断，2024年上半年租金仍以稳中略降为主。一方面，2021年前后立项的一批标准厂房集中竣工，新增供应仍在释放；另一方面，新能源、医疗器械等行业的扩产节奏放缓，大面积需求减少。",
             "不过，结构性机会依然存在。层高8米以上、带行车、配电容量充足的单层厂房在各地都供不应求，租金不降反升；而配套老旧、消防验收不全的二手厂房，即便大幅让价也难以去化。",
             "对租户而言，今年是谈判条件相对宽松的一年。除了租金本身，免租期、装修补贴、递增比例都值得放在桌面上谈。我们建议在签约前至少对比三个以上的备选项目，并请专业人员核对产证与消防资料。",
         ]),
    dict(n=102, date="2024-01-15", cat="yuanqu", author=None, source="新华社", views=1873,
         tags=["苏州", "外资"],
         title="苏州工业园区2023年实际使用外资突破20亿美元",
         body=[
             "新华社南京1月14日电（记者 顾明远）记者从苏州工业园区管委会获悉，2023年园区实际使用外资突破20亿美元，新设外资项目超过150个，其中总投资超1亿美元的重大外资项目19个。",
             "园区相关负责人介绍，去年园区围绕生物医药、纳米技术应用、人工智能三大新兴产业开展精准招商，全年赴境外招商推介20余场，与多家跨国企业签订增资扩产协议。",
             "在空间保障方面，园区推出“定制厂房+拎包入住”等多种供地方式，全年新开工标准厂房和研发载体约120万平方米，为项目快速落地提供条件。",
             "业内人士认为，外资企业在华投资更加注重产业链配套和营商环境，开放平台的制度优势仍是吸引外资的重要因素。",
         ],
         tail="（完）",
         post=["责任编辑：陶然"]),
    dict(n=103, date="2024-01-22", cat=None, author="小汇", source=None, views=3402,
         tags=["选址指南"],
         title="春节前找厂房，这五个问题先想清楚",
         body=[
             "每到年底，来咨询厂房的企业就会明显增多：有的是原租约到期，有的是年后要上新产线。时间紧、任务重，越是着急越容易漏掉关键问题。结合这些年的经验，我们整理了五个必须先想清楚的问题。",
             "第一，需要多大面积？建议按照未来三年的产能规划来测算，而不是只看眼下。生产区、仓储区、办公区的比例不同，对厂房的要求也不同。",
             "第二，对层高和承重有没有硬性要求？精密加工、注塑、钢结构等行业差别很大，楼上厂房的楼面荷载一般在每平方米0.8吨到1.2吨之间，超出就只能选一楼。",
             "第三，需要多少电？很多企业到签约后才发现变压器容量不够，增容不仅费用高，周期也可能长达数月。",
             "第四，环评能不能过？涉及喷涂、电镀、酸洗等工艺的项目，一定要先确认园区的产业定位和环评要求，避免“租得进、办不下”。",
             "第五，预算怎么算？除了租金，还有物业费、水电、装修和搬迁费用。把这些算清楚，再去谈价格，心里才有底。",
         ]),
    dict(n=104, date="2024-02-02", cat="wuliu", author=None, source="证券时报", views=1288,
         tags=["物流", "高标仓", "嘉兴"],
         title="物流地产商加码嘉兴 一高标仓项目正式签约",
         pre=["原标题：布局长三角枢纽 又一高标仓项目落户嘉兴"],
         body=[
             "证券时报e公司讯，2月1日，一家物流地产运营商与嘉兴市秀洲区签署投资协议，计划投资约12亿元建设智慧物流产业园，总建筑面积约28万平方米，主要建设双层坡道高标准仓库及配套分拨中心。",
             "根据协议，项目分两期实施，一期预计2025年上半年竣工投用，将重点服务电商、快消品和汽车零部件客户。项目建成后预计年吞吐量超过300万吨。",
             "嘉兴地处沪杭、苏嘉杭交通走廊交汇点，近年来成为长三角仓储物流布局的热点区域。有业内分析师表示，当前高标仓市场整体处于供应消化期，但长三角核心枢纽城市的优质项目依然受到租户青睐。",
         ],
         post=["责任编辑：孙慧", "校对：李娜"]),
    dict(n=105, date="2024-02-19", cat="zhaoshang", author="小汇", source=None, views=655,
         tags=["昆山", "签约"],
         title="开工第一天：昆山两家精密制造企业签约入驻",
         body=[
             "春节后开工第一天，厂房汇协助两家精密制造企业在昆山开发区完成厂房租赁签约，合计租赁面积约1.1万平方米，两家企业均计划于4月前完成设备搬迁。",
             "其中一家从事精密模具加工，原厂房位于上海闵行；另一家为医疗器械零部件供应商，此次为新增产能。感谢两家客户的信任，也祝大家新年开工大吉。",
         ]),
    dict(n=106, date="2024-02-27", cat="zhengce", author=None, source="江苏省工业和信息化厅", views=2741,
         tags=["政策", "标准厂房", "江苏"],
         title="江苏出台支持标准厂房建设若干措施（要点整理）",
         pre=["索引号：014000319/2024-00087", "发布机构：江苏省工业和信息化厅"],
         body=[
             "为进一步提高工业用地利用效率，加快项目落地，江苏省近日出台支持标准厂房建设的若干措施，从规划、用地、建设、运营等方面提出具体要求。主要内容如下：",
             "一、科学规划布局。各设区市结合产业发展需要，合理确定标准厂房建设规模和区域分布，优先在省级以上开发区集中布局。",
             "二、提高建设标准。新建标准厂房原则上不低于三层，首层层高不低于8米，楼面荷载不低于每平方米800公斤，并配套货梯和充足的电力供应。",
             "三、保障用地供应。标准厂房项目用地纳入年度供地计划优先保障，鼓励采用先租后让、弹性年期等方式供地。",
             "四、支持分割转让。符合条件的标准厂房可按幢、层等固定界限分割登记、转让，但应明确受让对象须为符合园区产业定位的企业。",
             "五、加强运营管理。鼓励开发区组建专业运营平台，对标准厂房实行统一招商、统一管理，建立入驻企业亩均效益评价和退出机制。",
             "各地要在本措施发布后三个月内制定具体实施细则，并报省工业和信息化厅备案。",
         ],
         post=["【打印本页】【关闭窗口】"]),
    dict(n=107, date="2024-03-05", cat="zhengce", author="周远", source=None, views=1960,
         tags=["政策", "工业用地"],
         title="工业用地“弹性年期”出让怎么理解？一文看懂",
         body=[
             "不少客户在看土地项目时会问：为什么这块工业用地只出让20年，而不是50年？这就是近几年各地推行的工业用地弹性年期出让。",
             "##什么是弹性年期",
             "简单说，就是地方政府根据产业类型和项目生命周期，确定一个短于法定最高年限50年的出让年限，常见的是20年、30年，也有“先租后让”“长期租赁”等配套方式。",
             "##对企业有什么影响",
             "最直接的是拿地成本降低。出让年期缩短，土地出让金一般按年期折算，企业前期资金压力明显减小。",
             "但同时也要注意到期续期的条件。多数地方规定，到期后经评估达到约定的投入产出、税收等指标的，可以申请续期；达不到的，政府可以收回。",
             "##我们的建议",
             "对于计划长期扎根的制造企业，签约前务必把续期条件、评估标准、退出补偿写清楚，必要时请律师审核出让合同和投资协议。",
         ]),
    dict(n=108, date="2024-03-12", cat="yuanqu", author=None, source="澎湃新闻", views=2204,
         tags=["上海", "临港", "智能制造"],
         title="临港新片区再添一座智能制造产业园",
         pre=["澎湃新闻记者 沈嘉禾"],
         body=[
             "3月11日，位于临港新片区的一座智能制造产业园正式开园，首批12家企业集中入驻，涵盖工业机器人、智能传感器和高端装备零部件等领域。",
             ("img", "lingang-park-2024.jpg", "产业园一期厂房外景。"),
             "据介绍，该产业园总建筑面积约18万平方米，由12栋多层标准厂房和1栋综合服务楼组成，首层层高9米，部分厂房可满足10吨行车安装需求。",
             "园区运营方表示，园区将联合区内龙头企业搭建共享检测平台和中试车间，帮助中小企业降低研发验证成本。目前二期项目已完成规划设计，预计明年启动建设。",
         ],
         post=["（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）"]),
    dict(n=109, date="2024-03-20", cat="changfang", author="周远", source=None, views=1541,
         tags=["厂房租金", "上海"],
         title="一季度上海松江、嘉定厂房成交盘点",
         body=[
             "一季度是传统的租赁淡季，但今年松江、嘉定两区的厂房成交表现好于预期。据我们统计，两区一季度合计成交工业厂房约46万平方米，同比增长约8%。",
             ("table", [
                 ["区域", "成交面积（万㎡）", "成交套数", "平均租金（元/㎡/天）"],
                 ["松江", "25.3", "61", "1.28"],
                 ["嘉定", "20.7", "54", "1.19"],
             ]),
             "从行业看，新能源汽车零部件、电子元器件和生物医药仍是成交的主力，占比合计超过六成；面积段以1000至3000平方米为主。",
             "值得注意的是，业主让利的幅度在扩大。平均免租期从去年的1个月延长到2个月左右，部分大面积项目甚至给出3个月以上免租期。",
         ]),
    dict(n=110, date="2024-03-28", cat="zhaoshang", author="小汇", source=None, views=973,
         tags=["无锡", "园区考察"],
         title="厂房汇走进无锡锡山经济技术开发区",
         body=[
             "3月27日，厂房汇组织十余家有扩产计划的制造企业，走进无锡锡山经济技术开发区，实地考察了开发区内的三个标准厂房项目。",
             ("img", "xishan-visit-01.jpg", "考察团在标准厂房项目现场听取介绍。"),
             "开发区招商部门介绍，锡山经济技术开发区重点发展智能装备、新能源和汽车零部件产业，目前可供租赁和销售的标准厂房约30万平方米，单层、多层均有，可满足不同面积需求。",
             ("img", "xishan-visit-02.jpg", "企业代表查看厂房配电设施。"),
             "参加考察的企业代表表示，开发区的交通区位和配套成本很有优势，几家企业已与项目方预约了第二次深入洽谈。",
         ]),
    dict(n=111, date="2024-04-03", cat="wuliu", author=None, source="苏州日报", views=802,
         tags=["物流", "太仓"],
         title="太仓港综合物流园二期开工建设",
         body=[
             "本报讯 4月2日，太仓港综合物流园二期项目开工建设。项目总投资约8.5亿元，规划建设保税仓库、冷链仓库及多式联运中心，建成后将进一步提升太仓港的集疏运能力。",
             "太仓港是长江沿线重要的集装箱干线港。近年来，港区依托江海联运优势，吸引了一批物流企业和贸易企业集聚，物流园一期已基本满租。",
             "项目负责人介绍，二期将引入自动化立体库和智能分拣系统，预计2025年底建成投用。",
         ],
         post=["编辑：黄悦"]),
    dict(n=112, date="2024-04-11", cat="zhaoshang", author="小汇", source=None, views=412,
         tags=["看房团"],
         title="4月厂房看房团报名开启",
         body=[
             "4月看房团将于4月20日（周六）出发，路线为嘉定工业区—太仓高新区—昆山开发区，全程免费，名额有限，有意向的企业可通过本站联系我们页面报名。",
         ]),
    dict(n=113, date="2024-04-18", cat="yuanqu", author=None, source="21世纪经济报道", views=1690,
         tags=["REITs", "产业园"],
         title="产业园区REITs扩容 又一只园区基础设施公募REITs获批",
         pre=["21世纪经济报道记者 林一凡 上海报道"],
         body=[
             "又一只产业园区基础设施公募REITs获批。4月17日，证监会网站显示，一只以长三角多个产业园区为底层资产的REITs产品获得注册批复。",
             "据招募说明书，该REITs底层资产包括位于上海、苏州的四个产业园项目，可出租面积合计约32万平方米，截至去年底平均出租率约93%。",
             "产业园区REITs自试点以来已成为发行数量最多的类别之一。业内人士指出，随着产品扩容，园区运营能力和租户结构将越来越受到投资者关注，出租率和租金稳定性是估值的关键。",
             "不过也有分析认为，部分园区受宏观环境影响出现租金下调和空置率上升，投资者在关注分红率的同时也应关注底层资产的运营风险。",
         ],
         post=["21世纪经济报道及其客户端所刊载内容的知识产权均属广东二十一世纪环球经济报社所有。未经书面授权，任何人不得以任何方式使用。"]),
    dict(n=114, date="2024-04-26", cat="zhengce", author="周远", source=None, views=2876,
         tags=["合肥", "政策", "租金补贴"],
         title="合肥高新区“拎包入住”厂房租金补贴申报指南",
         body=[
             "近期不少客户询问合肥高新区标准厂房租金补贴的申报条件。根据我们整理的公开资料，主要内容如下，具体以当地主管部门最新通知为准。",
             "##申报条件",
             "1. 在高新区注册登记并纳税的独立法人企业；",
             "2. 租用区内国有平台建设的标准厂房，租赁面积不低于1000平方米；",
             "3. 租赁合同期限不少于3年，且实际投产运营。",
             "##补贴标准",
             "符合条件的企业，前两年按实际租金的50%给予补贴，第三年按30%给予补贴，每家企业每年补贴总额不超过200万元。",
             "##申报方式",
             "企业于每年6月、12月集中申报，提交申请表、租赁合同、租金支付凭证及纳税证明等材料。",
             "联系人：高新区经贸局产业服务科 刘老师，联系电话：0551-6599××××。",
         ]),
    dict(n=115, date="2024-05-06", cat="changfang", author="周远", source=None, views=5129,
         tags=["选址指南", "租赁合同"],
         title="工业厂房出租合同里最容易踩的十个坑",
         body=[
             "厂房租赁合同动辄五年十年，涉及金额几百万上千万，但很多企业签合同时只盯着租金单价。下面是我们这些年在交易中反复遇到的十个问题，建议签约前逐条核对。",
             "##一、出租方是否有权出租",
             "先看产证，再看出租方与产权人的关系。如果是二房东转租，一定要看到产权人同意转租的书面文件，以及原租赁合同的剩余期限。",
             "##二、面积怎么算",
             "合同面积是建筑面积还是使用面积？有没有把公摊、雨棚、连廊算进去？租金按哪个面积计算，要写得明明白白。",
             "##三、租金递增",
             "常见的是每两年或三年递增5%左右。注意递增的基数是上一期租金还是首年租金，复利和单利差别不小。",
             "##四、免租期与装修期",
             "免租期从哪天起算，是交房日还是签约日？免租期内物业费、水电由谁承担？这些细节最容易起争议。",
             "##五、电力与增容",
             "合同里要写明现有变压器容量和可供租户使用的容量。需要增容的，费用由谁出、产权归谁，都要提前约定。",
             "##六至十、其他常见问题",
             "此外，消防验收与改造责任、环评和排污许可的配合义务、转租与分租限制、提前解约的违约金计算、到期后的优先续租权，也都是纠纷高发点。篇幅所限，我们会在后续文章中逐一展开。",
             "总之，一份好的租赁合同不是为了打官司，而是为了让双方在未来几年里少打官司。签约前多花一周时间，远比事后补救划算。",
         ]),
    dict(n=116, date="2024-05-14", cat="yuanqu", author=None, source="南方都市报", views=1188,
         tags=["东莞", "标准厂房"],
         title="东莞松山湖今年将新增高标准厂房50万平方米",
         pre=["南都讯 记者 吴思远 通讯员 松宣"],
         body=[
             "记者从松山湖管委会了解到，今年松山湖计划新增高标准厂房约50万平方米，重点面向新一代电子信息、生物医药和机器人等产业，以“工业上楼”形式提升土地利用效率。",
             "据悉，新建厂房首层层高不低于8米，二至四层层高不低于6米，楼面荷载最高可达每平方米1.5吨，并配置大吨位货梯和卸货平台，满足中小型制造企业的生产需求。",
             "松山湖相关负责人表示，将对新建厂房实施“限价、限租”，优先保障优质制造业项目，防止厂房空转和“二房东”炒租。",
         ],
         post=["采写：南都记者 吴思远"]),
    dict(n=117, date="2024-05-23", cat="wuliu", author=None, source="中国物流与采购联合会", views=734,
         tags=["物流", "仓储指数"],
         title="4月中国仓储指数回升至52.3%",
         body=[
             "中国物流与采购联合会发布的数据显示，4月份中国仓储指数为52.3%，较上月回升1.1个百分点，连续两个月位于扩张区间。",
             ("table", [
                 ["分项指数", "3月", "4月"],
                 ["新订单指数", "51.6%", "53.0%"],
                 ["平均库存周转次数指数", "50.2%", "51.4%"],
                 ["期末库存指数", "49.5%", "48.9%"],
                 ["业务活动预期指数", "56.1%", "57.2%"],
             ]),
             "分析认为，随着生产经营活动恢复，企业备货需求增加，仓储行业业务量保持增长。预计5月仓储需求将继续保持平稳运行态势。",
         ]),
    dict(n=118, date="2024-06-03", cat="zhaoshang", author="小汇", source=None, views=1455,
         tags=["嘉兴", "招商对接会", "长三角"],
         title="第三届长三角产业园区招商对接会在嘉兴举行",
         body=[
             "6月1日，第三届长三角产业园区招商对接会在嘉兴举行。来自沪苏浙皖的40余家产业园区、200多家企业代表参会，现场发布可供载体面积超过300万平方米。",
             ("img", "jiaxing-forum-2024.jpg", "对接会现场。"),
             "本届对接会设置了园区推介、载体发布和一对一洽谈三个环节。厂房汇作为协办单位，现场发布了长三角部分城市厂房供需报告。",
             "报告显示，今年以来长三角厂房需求中，新增产能类需求占比下降，而搬迁升级类需求占比上升，企业更加看重园区的产业链配套和综合成本。",
             "主办方表示，对接会将每年举办一届，下一届计划于明年在合肥举行。",
         ]),
    dict(n=119, date="2024-06-12", cat=None, author=None, source=None, views=398,
         tags=["看房团"],
         title="端午节后厂房看房需求回暖",
         body=[
             "端午假期结束后的一周，本站收到的看房预约明显增多，较节前一周增长约三成，其中嘉兴、太仓、昆山三地的询价最为集中。",
             "需要看房的企业可以提前告知面积、层高和用电需求，我们会预先筛选合适的房源，尽量安排一天内看完。",
         ]),
    dict(n=120, date="2024-06-21", cat="yuanqu", author=None, source="经济日报", views=1320,
         tags=["产业转移", "中西部"],
         title="中西部承接产业转移园区加快建设",
         body=[
             "今年以来，中西部地区一批承接产业转移示范区和特色园区加快建设，在标准厂房、物流通道和公共服务平台等方面持续加大投入。",
             "在湖南、江西、四川等地，不少园区推出“厂房代建+设备融资租赁”模式，帮助东部沿海转移企业降低一次性投入。部分园区还与沿海城市共建“飞地园区”，实行利益共享。",
             "专家指出，承接产业转移不是简单的“搬厂”，关键在于形成完整的产业链条。园区要根据自身资源禀赋明确主导产业，避免同质化竞争。",
             "业内人士建议，转移企业在选址时除关注土地和人工成本外，还应综合考虑物流时效、供应链配套和当地技工储备。",
         ],
         post=["（责任编辑：钟晓）"]),
    dict(n=121, date="2024-07-02", cat="wuliu", author="周远", source=None, views=1027,
         tags=["冷链", "物流", "选址指南"],
         title="冷链物流园选址：电力、地坪与月台怎么看",
         body=[
             "冷链仓库和普通仓库的差别，远不止是“装了冷机”。我们在为生鲜电商和医药企业找库时，通常会重点看三样东西。",
             "首先是电力。冷库的用电负荷很高，一个一万平方米的冷库，变压器容量往往需要2000千伏安以上，而且最好有双回路供电，避免停电造成货损。",
             "其次是地坪。低温库的地坪需要做防冻胀处理，否则长期使用后会出现地面隆起开裂。看库时可以留意地面是否平整、有无明显裂缝。",
             "最后是月台。冷链仓库最好配置封闭式月台和门封，减少装卸过程中的冷量损失。月台高度、车位数量也直接影响作业效率。",
             "此外，冷链园区的消防和环保要求较高，氨制冷系统还需要专项安全评估，这些都应在签约前确认。",
         ]),
    dict(n=122, date="2024-07-11", cat="zhaoshang", author=None, source="合肥日报", views=866,
         tags=["合肥", "签约"],
         title="合肥经开区一周签约项目12个",
         pre=["原标题：合肥经开区招商引资跑出“加速度”"],
         body=[
             "合肥日报讯（记者 程子墨）7月上旬，合肥经济技术开发区集中签约项目12个，总投资约86亿元，涉及新能源汽车零部件、智能家电和集成电路等领域。",
             "其中，一个新能源汽车电驱动系统项目计划投资20亿元，拟租用经开区标准厂房先行投产，同时启动自建厂房建设；另有3个项目将入驻经开区新建的智能制造产业园。",
             "经开区相关负责人介绍，今年以来经开区坚持“以商招商”“产业链招商”，围绕龙头企业梳理上下游配套需求，提高招商精准度。",
         ],
         post=["编辑：周婷婷"]),
    dict(n=123, date="2024-07-19", cat="changfang", author="周远", source=None, views=2098,
         tags=["苏州", "空置率"],
         title="上半年苏州各板块工业厂房空置率一览",
         body=[
             "上半年苏州工业厂房市场整体平稳，各板块之间分化明显。我们根据在租房源和成交数据，整理了主要板块的空置率情况。",
             ("table", [
                 ["板块", "空置率", "较年初变化"],
                 ["苏州工业园区", "8.6%", "-0.4个百分点"],
                 ["苏州高新区", "11.2%", "+0.8个百分点"],
                 ["吴中开发区", "13.5%", "+1.2个百分点"],
                 ["相城经开区", "15.1%", "+1.9个百分点"],
                 ["吴江开发区", "12.7%", "+0.3个百分点"],
             ]),
             "数据来源：厂房汇租赁数据库。",
             "可以看到，园区空置率继续下降，优质项目基本处于满租状态；而相城、吴中等新增供应较多的板块，空置率有所上升，租金议价空间也相对更大。",
         ]),
    dict(n=124, date="2024-07-30", cat="zhengce", author=None, source="上观新闻", views=3310,
         tags=["上海", "工业上楼", "政策"],
         title="上海发布“工业上楼”新政 容积率最高可达4.0",
         pre=["原标题：向天空要空间！上海推进“工业上楼”，打造“智造空间”"],
         body=[
             "日前，上海市发布推进“工业上楼”打造“智造空间”的相关政策，明确在重点产业园区内建设高标准厂房，推动制造业向高层厂房集聚。",
             "根据政策，新建“智造空间”项目容积率原则上不低于2.0，最高可达4.0；首层层高不低于8米，其余楼层层高不低于5.4米，并按需配置大吨位货梯和高承载楼面。",
             "在供地方面，“智造空间”项目可分割转让的比例有所放宽，但受让对象须符合园区产业导向，并按约定履行产出承诺。",
             "政策还提出，未来三年全市将建设“智造空间”约3000万平方米，优先保障集成电路、生物医药、人工智能等重点产业项目。",
         ],
         post=["栏目主编：徐子健", "文字编辑：顾嘉", "下载“上观新闻”客户端，阅读更多精彩内容"]),
    dict(n=125, date="2024-08-08", cat="zhaoshang", author="小汇", source=None, views=377,
         tags=["看房团"],
         title="8月看房团路线公布",
         body=[
             "8月看房团定于8月24日出发，本期路线为松江综合保税区—青浦工业园区—吴江开发区，主要推介面积在2000平方米以上的单层厂房。",
             "报名截止时间为8月21日，每家企业限两人参加，午餐由厂房汇统一安排。",
         ]),
    dict(n=126, date="2024-08-16", cat="yuanqu", author=None, source="无锡市新吴区人民政府", views=1145,
         tags=["无锡", "集成电路"],
         title="新吴区集成电路产业园三期竣工交付",
         pre=["索引号：01468517X/2024-03312", "发布机构：无锡市新吴区商务局"],
         body=[
             "8月15日，新吴区集成电路产业园三期项目竣工交付。三期共建设6栋高标准厂房，总建筑面积约15万平方米，首批已有9家集成电路设计、封测及设备企业签约入驻。",
             "新吴区是全国集成电路产业集聚度最高的区域之一。产业园三期按照洁净厂房预留标准建设，配置双回路供电和特种气体管廊，可大幅缩短企业装修周期。",
             "下一步，新吴区将持续完善产业园配套，加快建设人才公寓和共享实验平台，推动集成电路全产业链集聚发展。",
         ],
         post=["【打印本页】【关闭窗口】"]),
    dict(n=127, date="2024-08-27", cat=None, author="小汇", source=None, views=1482,
         tags=["代建厂房", "客户故事"],
         title="客户来信：我们为什么最终选择了代建厂房",
         body=[
             "编者按：以下内容根据一位客户的来信整理，已征得本人同意。",
             "去年我们决定在长三角新建一个生产基地，最初的想法很简单：买地、自建，一步到位。但跑了几个园区之后，我们发现自建的周期和不确定性都超出了预期。",
             "一块三十亩的工业用地，从挂牌、摘牌到拿到施工许可，快的半年，慢的一年多；再加上一年左右的建设期，产能最快也要两年后才能释放，而我们的订单等不了这么久。",
             "后来在厂房汇的建议下，我们了解了园区平台公司的代建模式：由平台按照我们的工艺要求建设厂房，我们先租后买，五年内可以按约定价格回购。",
             "现在回头看，这个选择让我们提前一年多投产，也把前期资金压力降了下来。当然，代建也有代价，比如回购价格和租金都要比标准厂房高一些，需要企业自己算清楚账。",
         ]),
    dict(n=128, date="2024-09-05", cat="zhengce", author="周远", source=None, views=1266,
         tags=["政策", "税收"],
         title="增值税留抵退税与园区企业：几个常见问题",
         body=[
             "近期有园区企业咨询增值税留抵退税相关问题，我们整理了几个常见问题，供参考。具体执行请以税务机关口径为准。",
             "问：新建厂房、购置设备形成的进项税额，能不能申请留抵退税？答：符合条件的，形成的留抵税额可以按规定申请退还，这对重资产投入的制造企业帮助较大。",
             "问：租用厂房的企业能否享受？答：租赁厂房支付的租金取得增值税专用发票的，其进项税额同样可以抵扣，形成留抵的可按规定申请。",
             "问：办理时需要注意什么？答：关键是纳税信用等级和是否存在骗取退税、虚开发票等情形，企业应保证进项发票真实合规。",
         ]),
    dict(n=129, date="2024-09-13", cat="wuliu", author=None, source="证券时报", views=943,
         tags=["物流", "上市公司"],
         title="多家上市公司披露物流园区投资计划",
         body=[
             "证券时报记者梳理发现，9月以来已有多家上市公司发布公告，拟投资建设或收购物流园区项目，涉及冷链、跨境电商和汽车物流等细分领域。",
             "一家快递上市公司公告称，拟在华中地区投资约15亿元建设区域转运中心及配套物流园区；一家食品企业则计划在华南建设冷链物流基地，以提升产品配送时效。",
             "分析人士认为，在行业整合加速的背景下，头部企业通过自建或收购物流设施强化供应链控制力，物流园区的资产价值正在被重新评估。",
         ],
         post=["责任编辑：孙慧", "声明：证券时报力求信息真实、准确，文章提及内容仅供参考，不构成实质性投资建议，据此操作风险自担"]),
    dict(n=130, date="2024-09-24", cat="changfang", author="小汇", source=None, views=2640,
         tags=["小面积厂房", "选址指南"],
         title="小面积厂房（500㎡以下）为什么越来越难找",
         body=[
             "最近半年，来咨询500平方米以下小厂房的客户越来越多，但能匹配的房源却越来越少。原因主要有三个。",
             "一是新建项目普遍“做大不做小”。开发商为了提高招商效率，新建标准厂房的单层面积大多在2000平方米以上，分割出租的意愿不强。",
             "二是老旧小厂房持续被清理。不少地方在推进低效用地整治，城中村和老工业点的小厂房被陆续拆除，而这些恰恰是小微企业最主要的落脚点。",
             "三是园区准入门槛提高。很多园区对入驻企业设置了投资强度和税收门槛，小面积、小规模的企业很难达到要求。",
             "我们的建议是：一方面可以关注各地的“小微企业园”，这类园区专门面向小企业，面积灵活；另一方面也可以考虑与同行合租，分摊成本。",
         ]),
    dict(n=131, date="2024-10-09", cat="yuanqu", author=None, source="新华社", views=1578,
         tags=["粤港澳大湾区", "专精特新"],
         title="粤港澳大湾区新建一批专精特新产业园",
         body=[
             "新华社广州10月8日电（记者 黎晓峰）记者从广东省工业和信息化厅了解到，今年以来，广东在珠三角各市新建和改造提升专精特新产业园30余个，新增产业空间超过800万平方米。",
             "这些产业园普遍采用“定制化厂房+共享服务平台”模式，为中小企业提供检验检测、知识产权、融资对接等公共服务。",
             "广东省有关负责人表示，将继续引导各地盘活低效工业用地，建设一批高品质、低成本的产业空间，支持专精特新企业在大湾区发展壮大。",
         ],
         tail="（完）",
         post=["【责任编辑：冯达】"]),
    dict(n=132, date="2024-10-17", cat="zhaoshang", author="小汇", source=None, views=1101,
         tags=["园区运营", "行业会议"],
         title="厂房汇参加2024中国产业园区运营大会",
         body=[
             "10月15日至16日，2024中国产业园区运营大会在杭州举行，厂房汇团队受邀参会，并在“园区招商数字化”分论坛上分享了中小制造企业选址需求的观察。",
             ("img", "hangzhou-conf-2024.jpg", "厂房汇团队在分论坛上作分享。"),
             "与会嘉宾普遍认为，产业园区正从“开发商”向“运营商”转型，招商能力、产业服务和资产管理能力将决定园区的长期价值。",
         ]),
    dict(n=133, date="2024-10-28", cat="wuliu", author="周远", source=None, views=1733,
         tags=["物流", "嘉兴", "湖州", "仓储"],
         title="双十一前夕，嘉兴、湖州仓库租赁需求走高",
         body=[
             "进入10月，电商大促备货带动嘉兴、湖州两地仓库租赁需求明显走高。我们近一个月接到的仓库需求中，短租（6个月以内）占比超过四成。",
             "从价格看，嘉兴高标仓租金在每月每平方米32元至38元之间，湖州略低，在28元至34元之间；普通仓库价格则更具弹性。",
             "需要提醒的是，短租仓库往往对消防等级和货物品类有严格要求，丙二类仓库不能存放部分易燃商品，签约前务必确认仓库消防类别。",
         ]),
    dict(n=134, date="2024-11-06", cat="zhengce", author=None, source="经济日报", views=1209,
         tags=["标准地", "政策", "工业用地"],
         title="多地推行“标准地+承诺制” 工业项目实现“拿地即开工”",
         body=[
             "近年来，浙江、江苏、安徽等多地推行工业用地“标准地+承诺制”改革，在土地出让前明确亩均投资、亩均税收、能耗等控制性指标，企业拿地后按承诺事项办理审批，实现“拿地即开工”。",
             "以浙江为例，工业项目“标准地”出让已实现省级以上开发区全覆盖，项目从拿地到开工的平均时间由过去的数月缩短至一个月以内。",
             "专家认为，“标准地”改革把事后监管前移为事前约定，既提高了审批效率，也强化了用地的产出约束。下一步还应加强达产复核，对未达约定指标的项目依法依约处置。",
         ],
         post=["（责任编辑：钟晓）"]),
    dict(n=135, date="2024-11-15", cat=None, author="周远", source=None, views=987,
         tags=["租赁合同", "选址指南"],
         title="年末签约季：厂房租赁谈判的三个时间窗口",
         body=[
             "每年11月到次年1月，是厂房租赁签约的一个小高峰。很多业主希望在年底前锁定出租率，租户则希望年后马上进场，这段时间的谈判窗口值得把握。",
             "第一个窗口是11月中下旬。业主开始盘点全年出租情况，对空置时间较长的房源让价意愿最强。",
             "第二个窗口是12月中旬前后。这时业主和租户都有年底完成签约的压力，条件最容易谈拢，但好房源也最容易被抢走。",
             "第三个窗口是春节前两周。如果前面没有谈成，这时仍可以争取较长的免租期，用于春节期间的装修和设备进场。",
         ]),
    dict(n=136, date="2024-11-26", cat="yuanqu", author="小汇", source=None, views=560,
         tags=["园区榜单"],
         title="厂房汇2024年度园区榜单评选启动",
         body=[
             "厂房汇2024年度“企业满意产业园区”榜单评选即日起启动，评选将综合入驻企业问卷、载体品质、服务响应和综合成本四项指标，结果将于明年1月发布。",
         ]),
]


# ---------------------------------------------------------------------------
# The "Qiaomu Press" static-site generator, emulated: every page is rendered on request
# from the content above. Deterministic: no clock, no randomness.
# ---------------------------------------------------------------------------

WWW = "www.fangchanghui.example.cn"
BARE = "fangchanghui.example.cn"
ORIGIN = "http://" + WWW
SITE_NAME = "厂房汇"
FIXED_DATE = "Sat, 30 Nov 2024 04:00:00 GMT"
PAGE_SIZE = 3          # category pagination
HOME_SIZE = 10         # home page and the 'load more' offset pages
CAT_NAME = dict(CATEGORIES)


def _short_id(seed: str) -> str:
    h = int(hashlib.md5(seed.encode("utf-8")).hexdigest(), 16)
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = []
    for _ in range(6):
        h, r = divmod(h, 36)
        out.append(alphabet[r])
    return "".join(out)


for _a in ARTICLES:
    _a["id"] = _short_id("qiaomu-post-%d" % _a["n"])
    _a.setdefault("pre", [])
    _a.setdefault("post", [])
    _a.setdefault("tail", None)

ARTICLES.sort(key=lambda a: (a["date"], a["n"]))
BY_ID = {a["id"]: a for a in ARTICLES}
BY_N = {a["n"]: a for a in ARTICLES}
NEWEST_FIRST = list(reversed(ARTICLES))

# The 2023 generator used other ids: one old link survives and answers 301.
OLD_IDS = {"sj2q1c": 109}
# Articles pushed on the home page (linked with ?from=index) and the hot list (?from=hot).
FEATURED = [115, 124, 103]
HOT = [a["n"] for a in sorted(ARTICLES, key=lambda a: (-a["views"], a["n"]))[:5]]
BROKEN_RELATED = {115: ("/p/x9k2q0/", "厂房租赁合同范本（2023版）下载说明")}
OLD_RELATED = {123: 109}


def article_path(a) -> str:
    return "/p/%s/" % a["id"]


def tag_path(tag: str) -> str:
    return "/tags/%s/" % urllib.parse.quote(tag)


def cat_path(slug: str, page: int = 1) -> str:
    return "/category/%s/" % slug if page == 1 else "/category/%s/page/%d/" % (slug, page)


def month_path(y: int, m: int) -> str:
    return "/archives/%04d/%02d/" % (y, m)


def short_date(d: str) -> str:
    y, m, dd = d.split("-")
    return "%d月%d日" % (int(m), int(dd))


def all_tags():
    count = {}
    for a in ARTICLES:
        for t in a["tags"]:
            count[t] = count.get(t, 0) + 1
    return sorted(count.items(), key=lambda kv: (-kv[1], kv[0]))


def cat_articles(slug):
    return [a for a in NEWEST_FIRST if a["cat"] == slug]


def related(a):
    """Four other articles: same category first, then shared tags, then neighbours (deterministic)."""
    out = []
    if a["n"] in OLD_RELATED:
        out.append(("/p/%s/" % [k for k, v in OLD_IDS.items() if v == OLD_RELATED[a["n"]]][0],
                    BY_N[OLD_RELATED[a["n"]]]["title"]))
    if a["n"] in BROKEN_RELATED:
        out.append(BROKEN_RELATED[a["n"]])
    seen = {a["n"]}
    if a["n"] in OLD_RELATED:
        seen.add(OLD_RELATED[a["n"]])
    cands = [b for b in NEWEST_FIRST if b["cat"] and b["cat"] == a["cat"]]
    cands += [b for b in NEWEST_FIRST if set(b["tags"]) & set(a["tags"])]
    cands += NEWEST_FIRST
    for b in cands:
        if len(out) >= 4:
            break
        if b["n"] in seen:
            continue
        seen.add(b["n"])
        out.append((article_path(b), b["title"]))
    return out


def prev_next(a):
    i = ARTICLES.index(a)
    prev = ARTICLES[i - 1] if i > 0 else None
    nxt = ARTICLES[i + 1] if i + 1 < len(ARTICLES) else None
    return prev, nxt


def meta_line(a) -> str:
    parts = [a["date"]]
    if a["cat"]:
        parts.append(CAT_NAME[a["cat"]])
    if a["author"]:
        parts.append("作者：" + a["author"])
    if a["source"]:
        parts.append("来源：" + a["source"])
    parts.append("阅读 %d" % a["views"])
    return " · ".join(parts)


def copy_note(a) -> str:
    if a["source"]:
        return "免责声明：本文转载自%s，仅供读者参考，版权归原作者所有。如有侵权，请联系本站删除。" % a["source"]
    return "本文为厂房汇原创，转载请注明出处及原文链接。"


CONTACT_BOX = [
    "厂房汇 · 招商热线",
    "招商热线：400-820-6618（周一至周六 9:00-18:00）",
    "微信同号：138-1882-6618（王经理）",
    "免费代找厂房、仓库、产业园区，业主直租，全程不收中介费。",
]
SHARE_TEXT = "分享到：微信 微博 QQ空间 邮件 点赞"


def body_paragraphs(a):
    out = []
    for item in a["body"]:
        if isinstance(item, str):
            out.append(item[2:] if item.startswith("##") else item)
        elif item[0] == "img":
            out.append(item[2])
        elif item[0] == "table":
            out.extend(" ".join(row) for row in item[1])
    return out


def teaser(a) -> str:
    for item in a["body"]:
        if isinstance(item, str) and not item.startswith("##"):
            return item
    return ""


def short_link_text(a) -> str:
    return "本文短链接：%s/?p=%d | 打印本页" % (ORIGIN, a["n"])


def article_boilerplate(a):
    prev, nxt = prev_next(a)
    blocks = [meta_line(a)]
    blocks += a["pre"]
    if a["tail"]:
        blocks.append(a["tail"])
    blocks += a["post"]
    blocks.append(copy_note(a))
    blocks.append("标签：" + " ".join(a["tags"]))
    blocks += CONTACT_BOX
    blocks.append(SHARE_TEXT)
    blocks.append(short_link_text(a))
    blocks.append("上一篇：" + (prev["title"] if prev else "没有了"))
    blocks.append("下一篇：" + (nxt["title"] if nxt else "没有了"))
    blocks.append("相关文章")
    blocks += [t for _, t in related(a)]
    return blocks


# ----------------------------------------------------------------------------- HTML

E = html.escape

CSS = b"""body{font-family:'PingFang SC','Microsoft YaHei',sans-serif;margin:0;color:#333}
.wrap{width:1100px;margin:0 auto}.site-header{background:#0b5394;color:#fff}
.site-header a{color:#fff}.main{display:flex}.content{flex:1}.sidebar{width:300px}
.teaser{border-bottom:1px solid #eee}.zs-box{background:#fff6e5;border:1px solid #f0c36d}
.site-footer{background:#222;color:#aaa;font-size:12px}
"""


def _head(title, extra=""):
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="Qiaomu Press 2.3.1">\n'
        "<title>%s</title>\n%s"
        '<link rel="stylesheet" href="/static/style.css">\n'
        '<link rel="alternate" type="application/rss+xml" title="厂房汇" href="/feed/">\n'
        "</head>\n" % (E(title), extra)
    )


def _header():
    nav = ['<a href="/">首页</a>']
    nav += ['<a href="%s">%s</a>' % (cat_path(s), n) for s, n in CATEGORIES]
    nav += ['<a href="/changfang/">厂房出租</a>', '<a href="/downloads/">资料下载</a>',
            '<a href="/about/">关于我们</a>', '<a href="/contact/">联系我们</a>']
    return (
        '<body>\n<header class="site-header"><div class="wrap">\n'
        '<div class="logo"><a href="/">厂房汇</a><span class="slogan">产业园区 · 厂房仓库 · 招商资讯</span></div>\n'
        '<div class="topbar"><a href="tel:4008206618">400-820-6618</a> | <a href="/login/">登录</a> | '
        '<a href="javascript:void(0)" onclick="addFav()">加入收藏</a></div>\n'
        '<nav class="main-nav">%s</nav>\n'
        '<form class="search" action="/search/" method="get"><input type="text" name="keyword" placeholder="搜索园区、厂房、政策">'
        '<button type="submit">搜索</button></form>\n'
        "</div></header>\n" % " ".join(nav)
    )


def _sidebar():
    hot = "".join('<li><a href="%s?from=hot">%s</a></li>' % (article_path(BY_N[n]), E(BY_N[n]["title"])) for n in HOT)
    new = "".join('<li><a href="%s">%s</a></li>' % (article_path(a), E(a["title"])) for a in NEWEST_FIRST[:5])
    tags = " ".join('<a href="%s">%s</a>' % (tag_path(t), E(t)) for t, _ in all_tags()[:16])
    months = sorted({a["date"][:7] for a in ARTICLES}, reverse=True)
    arch = "".join('<li><a href="%s">%s年%d月</a></li>' % (month_path(int(m[:4]), int(m[5:])), m[:4], int(m[5:]))
                   for m in months)
    hotwords = " ".join('<a href="/search/?keyword=%s">%s</a>' % (urllib.parse.quote(w), w)
                        for w in ["标准厂房", "物流园", "租金补贴"])
    return (
        '<aside class="sidebar">\n'
        '<div class="widget"><h3>热门文章</h3><ul>%s</ul></div>\n'
        '<div class="widget"><h3>最新文章</h3><ul>%s</ul></div>\n'
        '<div class="widget"><h3>热门搜索</h3><p>%s</p></div>\n'
        '<div class="widget"><h3>标签</h3><p class="tagcloud">%s <a href="/tags/">全部标签»</a></p></div>\n'
        '<div class="widget"><h3>文章归档</h3><ul>%s</ul></div>\n'
        '<div class="widget"><h3>友情链接</h3><ul>'
        '<li><a href="http://www.cnparks.example.org/" target="_blank">中国园区网</a></li>'
        '<li><a href="https://www.wuliu-hub.example.com/" target="_blank">物流枢纽资讯</a></li>'
        '<li><a href="http://www.zsyq.example.net/">招商引资网</a></li>'
        '<li><a href="http://192.168.1.20:8080/oa/">内部OA</a></li>'
        "</ul></div>\n</aside>\n" % (hot, new, hotwords, tags, arch)
    )


def _footer():
    return (
        '<footer class="site-footer"><div class="wrap">\n'
        '<p><a href="/about/">关于我们</a> | <a href="/contact/">联系我们</a> | <a href="/downloads/">资料下载</a> | '
        '<a href="/archives/">文章归档</a> | <a href="/search/">站内搜索</a> | <a href="/admin/">后台管理</a> | <a href="http://fangchanghui.example.cn/">旧版入口</a></p>\n'
        '<p>厂房汇（上海汇厂企业管理咨询有限公司） 地址：上海市松江区九亭镇沪亭北路218号3楼 '
        '电话：<a href="tel:021-57636618">021-5763 6618</a> 邮箱：<a href="mailto:service@fangchanghui.example.cn">service@fangchanghui.example.cn</a></p>\n'
        '<p>Copyright © 2018-2024 厂房汇 版权所有 <a href="https://beian.miit.gov.cn/" target="_blank">沪ICP备18047712号-2</a> '
        '<a href="http://10.0.3.7/status">状态</a> Powered by Qiaomu Press</p>\n'
        '<p class="tiny"><a href="http://127.0.0.1:4000/">本地预览</a> <a href="/drafts/">草稿箱</a></p>\n'
        "</div></footer>\n"
        '<script>function addFav(){alert("请按 Ctrl+D 收藏本站");}</script>\n'
        "</body>\n</html>\n"
    )


def _page(title, main, extra_head="", sidebar=True):
    return (
        _head(title, extra_head) + _header()
        + '<div class="wrap main">\n<main class="content">\n' + main + "</main>\n"
        + (_sidebar() if sidebar else "") + "</div>\n" + _footer()
    )


def _teaser_html(a, from_param=""):
    cat = ('<a class="cat" href="%s">%s</a>' % (cat_path(a["cat"]), CAT_NAME[a["cat"]])) if a["cat"] else ""
    return (
        '<div class="teaser">\n<h2><a href="%s%s">%s</a></h2>\n'
        '<div class="teaser-meta"><span class="date">%s</span> %s</div>\n'
        '<p class="excerpt">%s</p>\n<a class="more" href="%s#more">阅读全文 »</a>\n</div>\n'
        % (article_path(a), from_param, E(a["title"]), short_date(a["date"]), cat, E(teaser(a)), article_path(a))
    )


def _body_html(a):
    parts = []
    items = a["body"]
    for i, item in enumerate(items):
        last = i == len(items) - 1
        if isinstance(item, str):
            if item.startswith("##"):
                parts.append("<h3>%s</h3>" % E(item[2:]))
            elif last and a["tail"]:
                parts.append("<p>%s<br>%s</p>" % (E(item), E(a["tail"])))
            else:
                parts.append("<p>%s</p>" % E(item))
        elif item[0] == "img":
            parts.append('<figure><img src="/static/img/%s" alt="%s"><figcaption>%s</figcaption></figure>'
                         % (item[1], E(item[2]), E(item[2])))
        elif item[0] == "table":
            rows = item[1]
            t = ['<table class="data">', "<thead><tr>%s</tr></thead>" % "".join("<th>%s</th>" % E(c) for c in rows[0]),
                 "<tbody>"]
            for r in rows[1:]:
                t.append("<tr>%s</tr>" % "".join("<td>%s</td>" % E(c) for c in r))
            t.append("</tbody></table>")
            parts.append("".join(t))
    pre = "".join('<p class="src-head">%s</p>' % E(x) for x in a["pre"])
    post = "".join('<p class="src-foot">%s</p>' % E(x) for x in a["post"])
    return pre + "\n" + "\n".join(parts) + "\n" + post


def render_article(a):
    url = ORIGIN + article_path(a)
    extra = ('<link rel="canonical" href="%s">\n<meta property="og:url" content="%s">\n'
             '<meta property="og:title" content="%s">\n<meta property="og:type" content="article">\n'
             '<meta name="description" content="%s">\n' % (url, url, E(a["title"]), E(teaser(a)[:80])))
    prev, nxt = prev_next(a)
    crumbs = '<div class="crumbs"><a href="/">首页</a> › '
    if a["cat"]:
        crumbs += '<a href="%s">%s</a> › ' % (cat_path(a["cat"]), CAT_NAME[a["cat"]])
    crumbs += "正文</div>\n"
    meta = '<div class="post-meta"><time datetime="%s">%s</time>' % (a["date"], a["date"])
    if a["cat"]:
        meta += ' · <a href="%s">%s</a>' % (cat_path(a["cat"]), CAT_NAME[a["cat"]])
    if a["author"]:
        meta += " · 作者：" + E(a["author"])
    if a["source"]:
        meta += " · 来源：" + E(a["source"])
    meta += " · 阅读 %d</div>\n" % a["views"]
    tags = '<div class="post-tags">标签：%s</div>\n' % " ".join(
        '<a href="%s">%s</a>' % (tag_path(t), E(t)) for t in a["tags"])
    zs = '<div class="zs-box"><p class="zs-title">%s</p><p>%s</p><p>%s</p><p>%s</p></div>\n' % tuple(
        E(x) for x in CONTACT_BOX)
    weibo = "http://service.weibo.com/share/share.php?url=%s&title=%s" % (
        urllib.parse.quote(url, safe=""), urllib.parse.quote(a["title"]))
    share = ('<div class="share">分享到：<a href="javascript:void(0)" class="wx">微信</a> <a href="%s" target="_blank">微博</a> '
             '<a href="https://sns.qzone.qq.com/cgi-bin/qzshare/cgi_qzshare_onekey?url=%s">QQ空间</a> '
             '<a href="mailto:?subject=%s">邮件</a> <a href="/api/like?id=%d" rel="nofollow">点赞</a></div>\n'
             % (E(weibo), urllib.parse.quote(url, safe=""), urllib.parse.quote(a["title"]), a["n"]))
    links = ('<div class="post-links">本文短链接：<a href="/?p=%d">%s/?p=%d</a> | <a href="%s?print=1">打印本页</a></div>\n'
             % (a["n"], ORIGIN, a["n"], article_path(a)))
    nav = '<nav class="post-nav">'
    nav += ('<p>上一篇：<a href="%s">%s</a></p>' % (article_path(prev), E(prev["title"]))) if prev else "<p>上一篇：没有了</p>"
    nav += ('<p>下一篇：<a href="%s">%s</a></p>' % (article_path(nxt), E(nxt["title"]))) if nxt else "<p>下一篇：没有了</p>"
    nav += "</nav>\n"
    rel = '<section class="related"><h3>相关文章</h3><ul>%s</ul></section>\n' % "".join(
        '<li><a href="%s">%s</a></li>' % (p, E(t)) for p, t in related(a))
    main = (
        crumbs + '<article class="post" id="post-%d">\n<h1 class="post-title">%s</h1>\n' % (a["n"], E(a["title"]))
        + meta + '<div class="entry-content" id="more">\n' + _body_html(a) + "\n</div>\n"
        + '<p class="copy-note">%s</p>\n' % E(copy_note(a))
        + tags + zs + share + links + nav + rel + "</article>\n"
    )
    return _page("%s - 厂房汇" % a["title"], main, extra)


def render_print(a):
    meta = meta_line(a)
    return (
        _head("%s - 打印 - 厂房汇" % a["title"])
        + '<body class="print">\n<div class="print-tools"><a href="javascript:window.print()">【打印】</a>'
        '<a href="javascript:window.close()">【关闭窗口】</a></div>\n'
        '<h1>%s</h1>\n<div class="post-meta">%s</div>\n<div class="entry-content">\n%s\n</div>\n'
        '<p class="print-url">原文地址：%s%s</p>\n</body>\n</html>\n'
        % (E(a["title"]), E(meta), _body_html(a), ORIGIN, article_path(a))
    )


def render_home(offset=0):
    items = NEWEST_FIRST[offset:offset + HOME_SIZE]
    if offset == 0:
        feat = '<section class="featured"><h2>推荐阅读</h2><ul>%s</ul></section>\n' % "".join(
            '<li><a href="%s?from=index">%s</a></li>' % (article_path(BY_N[n]), E(BY_N[n]["title"])) for n in FEATURED)
        intro = ('<section class="intro"><p>厂房汇专注长三角产业园区、标准厂房与物流仓库招商资讯，每周更新园区动态、'
                 '政策解读与租赁行情。</p><p class="draft-note">编辑预览：<a href="/preview/p/%s/">待发布稿件</a></p></section>\n'
                 % _short_id("draft-1"))
        title = "厂房汇 - 产业园区与厂房招商资讯"
    else:
        feat, intro = "", ""
        title = "最新文章 - 第%d条起 - 厂房汇" % (offset + 1)
    lst = "".join(_teaser_html(a) for a in items) or '<p class="empty">没有更多文章了。</p>\n'
    more = '<div class="load-more"><a href="/?offset=%d">加载更多</a></div>\n' % (offset + HOME_SIZE)
    return _page(title, intro + feat + '<section class="latest"><h2>最新文章</h2>\n' + lst + "</section>\n" + more)


def _pager(slug, page, pages, sort):
    q = ("?sort=" + sort) if sort else ""
    out = ['<div class="pager">']
    if page > 1:
        out.append('<a href="%s%s">上一页</a>' % (cat_path(slug, page - 1), q))
    for p in range(1, pages + 1):
        if p == page:
            out.append("<span>%d</span>" % p)
        else:
            out.append('<a href="%s%s">%d</a>' % (cat_path(slug, p), q, p))
    if page < pages:
        out.append('<a href="%s%s">下一页</a>' % (cat_path(slug, page + 1), q))
    out.append("</div>\n")
    return " ".join(out)


def cat_pages(slug):
    n = len(cat_articles(slug))
    return max(1, (n + PAGE_SIZE - 1) // PAGE_SIZE)


def render_category(slug, page, sort):
    arts = cat_articles(slug)
    if sort == "hot":
        arts = sorted(arts, key=lambda a: (-a["views"], a["n"]))
    pages = cat_pages(slug)
    items = arts[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    sorter = ('<div class="sorter">排序：<a href="%s?sort=new">最新</a> | <a href="%s?sort=hot">最热</a></div>\n'
              % (cat_path(slug), cat_path(slug)))
    main = ('<div class="crumbs"><a href="/">首页</a> › %s</div>\n<h1 class="list-title">%s</h1>\n' % (CAT_NAME[slug], CAT_NAME[slug])
            + sorter + "".join(_teaser_html(a) for a in items) + _pager(slug, page, pages, sort))
    return _page("%s - 第%d页 - 厂房汇" % (CAT_NAME[slug], page) if page > 1 else "%s - 厂房汇" % CAT_NAME[slug], main)


def render_tag(tag):
    arts = [a for a in NEWEST_FIRST if tag in a["tags"]]
    main = ('<div class="crumbs"><a href="/">首页</a> › <a href="/tags/">标签</a> › %s</div>\n<h1 class="list-title">标签：%s</h1>\n'
            % (E(tag), E(tag)) + "".join(_teaser_html(a) for a in arts))
    return _page("标签：%s - 厂房汇" % tag, main)


def render_tags_index():
    main = '<h1 class="list-title">全部标签</h1>\n<p class="tagcloud">%s</p>\n' % " ".join(
        '<a href="%s">%s（%d）</a>' % (tag_path(t), E(t), c) for t, c in all_tags())
    return _page("全部标签 - 厂房汇", main)


def render_archives_index():
    months = {}
    for a in ARTICLES:
        months.setdefault(a["date"][:7], []).append(a)
    rows = "".join('<li><a href="%s">%s年%d月</a>（%d篇）</li>' % (month_path(int(m[:4]), int(m[5:])), m[:4], int(m[5:]), len(v))
                   for m, v in sorted(months.items(), reverse=True))
    return _page("文章归档 - 厂房汇", '<h1 class="list-title">文章归档</h1>\n<ul class="archive">%s</ul>\n' % rows
                 + '<p class="old">2023年及以前的文章请访问<a href="/category/jiudongtai/">旧动态栏目</a>。</p>\n')


def render_month(y, m):
    key = "%04d-%02d" % (y, m)
    arts = [a for a in NEWEST_FIRST if a["date"].startswith(key)]
    py, pm = (y, m - 1) if m > 1 else (y - 1, 12)
    ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
    cal = ('<div class="month-nav"><a href="%s">‹ %d年%d月</a> <strong>%d年%d月</strong> <a href="%s">%d年%d月 ›</a></div>\n'
           % (month_path(py, pm), py, pm, y, m, month_path(ny, nm), ny, nm))
    lst = "".join(_teaser_html(a) for a in arts) or '<p class="empty">本月暂无文章。</p>\n'
    return _page("%d年%d月 - 文章归档 - 厂房汇" % (y, m), '<h1 class="list-title">%d年%d月</h1>\n' % (y, m) + cal + lst)


def render_search(keyword):
    form = ('<form class="search-big" action="/search/" method="get"><input type="text" name="keyword" value="%s">'
            '<button type="submit">搜索</button></form>\n' % E(keyword))
    if not keyword:
        return _page("搜索 - 厂房汇", '<h1 class="list-title">站内搜索</h1>\n' + form
                     + '<p>请输入园区名称、城市或政策关键词。</p>\n')
    arts = [a for a in NEWEST_FIRST if keyword in a["title"] or keyword in a["tags"] or keyword in teaser(a)]
    lst = "".join(_teaser_html(a) for a in arts) or '<p class="empty">没有找到与“%s”相关的文章。</p>\n' % E(keyword)
    more = " ".join('<a href="/search/?keyword=%s">%s</a>' % (urllib.parse.quote(keyword + w), E(keyword + w))
                    for w in ["厂房", "园区", "政策"])
    return _page("“%s”的搜索结果 - 厂房汇" % keyword, '<h1 class="list-title">搜索：%s</h1>\n' % E(keyword) + form
                 + '<p class="count">共找到 %d 篇文章</p>\n' % len(arts) + lst
                 + '<div class="related-search">相关搜索：%s</div>\n' % more)


LISTINGS = [
    dict(code="cf-2411-01", title="松江九亭 单层厂房 2400㎡ 层高9米 可分割", area="2400㎡", price="1.35元/㎡/天",
         height="9米", power="630kVA", crane="5吨行车2台", place="上海市松江区九亭镇", date="2024-11-20", views=233,
         desc=["独门独院单层钢结构厂房，可分割800㎡起租，适合机械加工、装配类企业。", "园区距G60沪昆高速九亭出口约3公里，大车可进出，配套食堂和宿舍。"]),
    dict(code="cf-2411-02", title="嘉定工业区 二楼标准厂房 1200㎡ 带货梯", area="1200㎡", price="1.10元/㎡/天",
         height="5.5米", power="250kVA", crane="无", place="上海市嘉定区嘉定工业区", date="2024-11-18", views=187,
         desc=["二楼整层，3吨货梯，楼面承重800公斤/㎡，适合电子、医疗器械组装。", "可办环评，业主直租，租期三年起。"]),
    dict(code="cf-2411-03", title="太仓高新区 全新单层厂房 5000㎡ 可办环评", area="5000㎡", price="0.85元/㎡/天",
         height="10米", power="1250kVA", crane="10吨行车预留牛腿", place="江苏省太仓市高新区", date="2024-11-12", views=301,
         desc=["2024年新建单层厂房，消防丙二类，地坪承重5吨/㎡。", "适合新能源零部件、装备制造企业，可提供代办注册服务。"]),
    dict(code="cf-2410-04", title="昆山开发区 独栋三层厂房 7800㎡ 可售可租", area="7800㎡", price="0.95元/㎡/天",
         height="首层8米，二三层5.2米", power="800kVA", crane="无", place="江苏省昆山市开发区", date="2024-10-30", views=412,
         desc=["独栋三层，首层8米、楼上5.2米，带办公区及独立院子。", "可整售，售价面议；出租首年可给予2个月免租期。"]),
    dict(code="cf-2410-05", title="嘉兴秀洲 高标仓 12000㎡ 双层坡道库", area="12000㎡", price="1.15元/㎡/天",
         height="10.5米", power="400kVA", crane="无", place="浙江省嘉兴市秀洲区", date="2024-10-21", views=265,
         desc=["丙二类高标仓，双层坡道直达二楼，卸货平台带升降调节板。", "距乍嘉苏高速出口5分钟，适合电商、快消品仓储配送。"]),
    dict(code="cf-2410-06", title="无锡新吴 洁净厂房 3200㎡ 千级净化", area="3200㎡", price="1.60元/㎡/天",
         height="6米", power="1000kVA", crane="无", place="江苏省无锡市新吴区", date="2024-10-09", views=158,
         desc=["现成千级净化车间，带纯水系统和排风系统，适合半导体、光电企业。", "可拎包入住，净化设施可协商作价转让。"]),
]
LISTING_BY_CODE = {x["code"]: x for x in LISTINGS}


def render_listings():
    rows = "".join(
        '<li class="cf-item"><a href="/changfang/%s/">%s</a><span>面积：%s</span><span>租金：%s</span><span>%s</span></li>'
        % (x["code"], E(x["title"]), x["area"], x["price"], short_date(x["date"])) for x in LISTINGS)
    main = ('<div class="crumbs"><a href="/">首页</a> › 厂房出租</div>\n<h1 class="list-title">厂房出租</h1>\n'
            '<p>以下房源均经厂房汇实地核实，业主直租。更多房源请致电400-820-6618。</p>\n<ul class="cf-list">%s</ul>\n' % rows)
    return _page("厂房出租 - 厂房汇", main)


def render_listing(x):
    main = (
        '<div class="crumbs"><a href="/">首页</a> › <a href="/changfang/">厂房出租</a> › %s</div>\n'
        '<div class="cf-detail"><h1>%s</h1>\n<div class="cf-meta">发布时间：%s · 浏览 %d</div>\n'
        '<table class="cf-spec"><tr><th>面积</th><td>%s</td><th>租金</th><td>%s</td></tr>'
        '<tr><th>层高</th><td>%s</td><th>配电</th><td>%s</td></tr>'
        '<tr><th>行车</th><td>%s</td><th>位置</th><td>%s</td></tr></table>\n'
        '<div class="cf-desc">%s</div>\n'
        '<div class="cf-contact"><p>看房电话：400-820-6618 转 2</p><p>房源编号：%s</p>'
        '<p><a href="tel:4008206618">一键拨号</a> <a href="javascript:void(0)" onclick="showQr()">微信咨询</a></p></div>\n'
        "</div>\n" % (E(x["title"]), E(x["title"]), x["date"], x["views"], x["area"], x["price"], x["height"],
                      x["power"], x["crane"], x["place"], "".join("<p>%s</p>" % E(d) for d in x["desc"]), x["code"].upper())
    )
    return _page("%s - 厂房出租 - 厂房汇" % x["title"], main)


DOWNLOADS = [
    ("2024-h1-report.pdf", "2024年上半年长三角厂房租赁市场报告", "2024-07-25"),
    ("lease-template-2024.pdf", "工业厂房租赁合同范本（2024版）", "2024-05-08"),
    ("policy-digest-2024.pdf", "长三角园区招商政策汇编（2024年第一辑）", "2024-03-15"),
    ("2023-nianbao.pdf", "厂房汇2023年度市场报告", "2024-01-10"),   # linked, but the file is gone: 404
]
MISSING_FILES = {"2023-nianbao.pdf"}


def render_downloads():
    rows = "".join('<li><span class="date">[%s]</span> <a href="/files/%s">%s</a>（PDF）</li>' % (d[5:], f, E(t))
                   for f, t, d in DOWNLOADS)
    notices = ('<div class="notice"><h2>通知公告</h2><ul>'
               '<li><span class="date">[11-20]</span> 12月看房团改为12月14日出发，已报名企业无需重复报名。</li>'
               '<li><span class="date">[10-08]</span> 国庆假期期间招商热线正常接听。</li></ul></div>\n')
    main = ('<div class="crumbs"><a href="/">首页</a> › 资料下载</div>\n<h1 class="list-title">资料下载</h1>\n'
            '<ul class="downloads">%s</ul>\n' % rows + notices)
    return _page("资料下载 - 厂房汇", main)


def render_about():
    main = ('<div class="page"><h1>关于我们</h1>\n'
            '<p>厂房汇成立于2018年，是一家专注长三角工业地产的咨询服务机构，为制造企业提供厂房、仓库选址、租赁谈判与政策申报服务。</p>\n'
            '<p>我们与沪苏浙皖300余家产业园区保持合作，累计服务企业超过1500家，促成租赁面积超过400万平方米。</p>\n'
            '<p>团队成员来自园区招商、工业地产开发和律师事务所，熟悉园区准入、环评、消防等各个环节。</p>\n'
            '<p>欢迎园区与业主合作发布房源，合作邮箱：<a href="mailto:hezuo@fangchanghui.example.cn">hezuo@fangchanghui.example.cn</a></p>\n</div>\n')
    return _page("关于我们 - 厂房汇", main)


def render_contact():
    main = ('<div class="page"><h1>联系我们</h1>\n'
            '<p>招商热线：400-820-6618</p>\n<p>办公电话：021-5763 6618</p>\n'
            '<p>地址：上海市松江区九亭镇沪亭北路218号3楼</p>\n'
            '<p>工作时间：周一至周六 9:00-18:00</p>\n'
            '<p>看房团报名：请发送公司名称、需求面积和联系人至 <a href="mailto:kanfang@fangchanghui.example.cn">kanfang@fangchanghui.example.cn</a></p>\n'
            '<p><a href="https://map.baidu.example.com/?q=沪亭北路218号">查看地图</a></p>\n</div>\n')
    return _page("联系我们 - 厂房汇", main)


def _sid_next(sid: str) -> str:
    return hashlib.sha1(("qiaomu-sid:" + sid).encode()).hexdigest()[:16]


def render_login(sid):
    nxt = _sid_next(sid or "start")
    main = ('<div class="page login"><h1>会员登录</h1>\n'
            '<form action="/admin/login" method="post"><p>用户名：<input name="user"></p><p>密码：<input type="password" name="pw"></p>'
            '<p>验证码：<input name="code"> <img src="/static/img/captcha.gif" alt="验证码"> <a href="/login/?sid=%s">看不清，换一张</a></p>'
            '<p><button type="submit">登录</button> <a href="javascript:void(0)">忘记密码</a></p></form>\n'
            '<p>还没有账号？请联系招商热线 400-820-6618 开通会员。</p>\n</div>\n' % nxt)
    return _page("会员登录 - 厂房汇", main, sidebar=False)


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /drafts/
Disallow: /preview/
Disallow: /api/

User-agent: Baiduspider
Disallow: /admin/
Disallow: /drafts/
Disallow: /preview/
Disallow: /api/
"""

GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,"
       b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000ffdb004300080606070605080707070909080a0c140d0c0b0b0c1912130f141d1a1f1e1d1a1c1c20242e2720222c231c1c2837292c30313434341f27393d38323c2e333432ffc0000b080001000101011100ffc4001f0000010501010101010100000000000000000102030405060708090a0bffc400b5100002010303020403050504040000017d01020300041105122131410613516107227114328191a1082342b1c11552d1f02433627282090a161718191a25262728292a3435363738393a434445464748494a535455565758595a636465666768696a737475767778797a838485868788898a92939495969798999aa2a3a4a5a6a7a8a9aab2b3b4b5b6b7b8b9bac2c3c4c5c6c7c8c9cad2d3d4d5d6d7d8d9dae1e2e3e4e5e6e7e8e9eaf1f2f3f4f5f6f7f8f9faffda0008010100003f00fbd3ffd9")


def _pdf(title: str) -> bytes:
    return ("%%PDF-1.4\n%% %s\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%%%EOF\n" % title).encode("utf-8")


# ----------------------------------------------------------------------------- HTTP

class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    def __repr__(self):
        return "Response(%d, %r, %d bytes)" % (self.status, self.headers.get("Content-Type"), len(self.body))


def _headers(ctype):
    return {"Content-Type": ctype, "Date": FIXED_DATE, "Server": "nginx/1.18.0",
            "X-Generator": "Qiaomu Press 2.3.1", "Cache-Control": "max-age=600"}


def _html(text, status=200):
    return Response(status, _headers("text/html; charset=utf-8"), text.encode("utf-8"))


def _redirect(location, status=301):
    h = _headers("text/html; charset=utf-8")
    h["Location"] = location
    return Response(status, h, ('<html><body>Moved: <a href="%s">%s</a></body></html>' % (location, location)).encode())


def _not_found():
    return _html(_page("页面不存在 - 厂房汇", '<div class="page"><h1>404</h1><p>您访问的页面不存在或已被删除。</p>'
                       '<p><a href="/">返回首页</a></p></div>\n'), 404)


_MONTH_RE = re.compile(r"^/archives/(\d{4})/(\d{2})/$")
_CAT_RE = re.compile(r"^/category/([a-z]+)/(?:page/(\d+)/)?$")


class BlogEmulator:
    origin = ORIGIN
    hosts = (WWW, BARE)

    def handle(self, method: str, url: str) -> Response:
        parts = urllib.parse.urlsplit(url)
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("http", "https") or host not in self.hosts or (parts.port not in (None, 80)):
            return Response(502, {"Content-Type": "text/plain", "Date": FIXED_DATE}, b"Bad Gateway")
        if method not in ("GET", "HEAD", "POST"):
            h = _headers("text/plain; charset=utf-8")
            h["Allow"] = "GET, HEAD"
            return Response(405, h, b"Method Not Allowed")
        base = "http://" + host
        path = urllib.parse.unquote(parts.path or "/")
        query = urllib.parse.parse_qs(parts.query, keep_blank_values=True)

        def q(name):
            v = query.get(name)
            return v[0] if v else None

        if path == "/":
            if q("p") is not None:
                try:
                    a = BY_N.get(int(q("p")))
                except ValueError:
                    a = None
                return _redirect(base + article_path(a)) if a else _not_found()
            if q("offset") is not None:
                try:
                    off = int(q("offset"))
                except ValueError:
                    return _not_found()
                if off < 0:
                    return _not_found()
                return _html(render_home(off))
            return _html(render_home(0))
        if path == "/robots.txt":
            return Response(200, _headers("text/plain; charset=utf-8"), ROBOTS.encode())
        if path == "/static/style.css":
            return Response(200, _headers("text/css; charset=utf-8"), CSS)
        if path.startswith("/static/img/"):
            name = path[len("/static/img/"):]
            if name.endswith(".gif"):
                return Response(200, _headers("image/gif"), GIF)
            return Response(200, _headers("image/jpeg"), JPEG)
        if path == "/favicon.ico":
            return Response(200, _headers("image/gif"), GIF)
        m = re.match(r"^/p/([0-9a-z]{6})(/?)$", path)
        if m:
            pid, slash = m.groups()
            if pid in OLD_IDS:
                return _redirect(base + article_path(BY_N[OLD_IDS[pid]]))
            a = BY_ID.get(pid)
            if not a:
                return _not_found()
            if not slash:
                return _redirect(base + article_path(a) + (("?" + parts.query) if parts.query else ""))
            if q("print") == "1":
                return _html(render_print(a))
            return _html(render_article(a))
        m = _CAT_RE.match(path)
        if m:
            slug, page = m.group(1), m.group(2)
            if slug not in CAT_NAME:
                return _not_found()
            if page is not None:
                page = int(page)
                if page == 1:
                    return _redirect(base + cat_path(slug))
                if page < 1 or page > cat_pages(slug):
                    return _not_found()
            sort = q("sort") if q("sort") in ("hot", "new") else None
            return _html(render_category(slug, page or 1, sort))
        if path == "/tags/":
            return _html(render_tags_index())
        m = re.match(r"^/tags/([^/]+)/$", path)
        if m:
            tag = m.group(1)
            if tag not in dict(all_tags()):
                return _not_found()
            return _html(render_tag(tag))
        if path == "/archives/":
            return _html(render_archives_index())
        m = _MONTH_RE.match(path)
        if m:
            y, mo = int(m.group(1)), int(m.group(2))
            if not 1 <= mo <= 12 or y < 1000:
                return _not_found()
            return _html(render_month(y, mo))
        if path == "/search/":
            return _html(render_search((q("keyword") or "").strip()))
        if path == "/about/":
            return _html(render_about())
        if path == "/contact/":
            return _html(render_contact())
        if path == "/changfang/":
            return _html(render_listings())
        m = re.match(r"^/changfang/([a-z0-9-]+)/$", path)
        if m:
            x = LISTING_BY_CODE.get(m.group(1))
            return _html(render_listing(x)) if x else _not_found()
        if path == "/downloads/":
            return _html(render_downloads())
        m = re.match(r"^/files/([a-z0-9.-]+)$", path)
        if m:
            f = m.group(1)
            for name, title, _d in DOWNLOADS:
                if name == f and f not in MISSING_FILES:
                    h = _headers("application/pdf")
                    h["Content-Disposition"] = 'attachment; filename="%s"' % f
                    return Response(200, h, _pdf(title))
            return _not_found()
        if path == "/login/":
            return _html(render_login(q("sid")))
        if path.startswith(("/admin/", "/drafts/", "/preview/", "/api/")) or path in ("/admin", "/drafts", "/api"):
            return Response(403, _headers("text/html; charset=utf-8"),
                            "<html><body><h1>403 Forbidden</h1><p>仅限编辑访问。</p></body></html>".encode("utf-8"))
        if path == "/feed/":
            return _not_found()  # the template still advertises a feed the generator no longer writes
        return _not_found()


def emulator() -> BlogEmulator:
    return BlogEmulator()


# ----------------------------------------------------------------------------- truth

def build_truth() -> dict:
    """The ground truth, from the same data the pages are rendered from."""
    hosts = [WWW, BARE]
    articles = []
    for a in ARTICLES:
        p = article_path(a)
        aliases = []
        for h in hosts:
            if h != WWW:
                aliases.append("http://%s%s" % (h, p))
            aliases.append("http://%s%s?print=1" % (h, p))
            aliases.append("http://%s/?p=%d" % (h, a["n"]))
            if a["n"] in HOT:
                aliases.append("http://%s%s?from=hot" % (h, p))
            if a["n"] in FEATURED:
                aliases.append("http://%s%s?from=index" % (h, p))
            for old, n in OLD_IDS.items():
                if n == a["n"]:
                    aliases.append("http://%s/p/%s/" % (h, old))
        articles.append({
            "url": ORIGIN + p,
            "aliases": aliases,
            "title": a["title"],
            "published_at": a["date"],
            "author": a["author"],
            "source": a["source"],
            "category": CAT_NAME[a["cat"]] if a["cat"] else None,
            "tags": list(a["tags"]),
            "views": a["views"],
            "body": body_paragraphs(a),
            "boilerplate": article_boilerplate(a),
        })
    na = [{"url": ORIGIN + "/", "kind": "home"}, {"url": "http://%s/" % BARE, "kind": "home"}]
    for off in range(HOME_SIZE, len(ARTICLES), HOME_SIZE):
        na.append({"url": ORIGIN + "/?offset=%d" % off, "kind": "list"})
    for slug, _n in CATEGORIES:
        for page in range(1, cat_pages(slug) + 1):
            na.append({"url": ORIGIN + cat_path(slug, page), "kind": "category"})
            for s in ("new", "hot"):
                na.append({"url": ORIGIN + cat_path(slug, page) + "?sort=" + s, "kind": "category"})
    na.append({"url": ORIGIN + "/tags/", "kind": "tag"})
    for t, _c in all_tags():
        na.append({"url": ORIGIN + tag_path(t), "kind": "tag"})
    na.append({"url": ORIGIN + "/archives/", "kind": "archive"})
    for mth in sorted({a["date"][:7] for a in ARTICLES}):
        na.append({"url": ORIGIN + month_path(int(mth[:4]), int(mth[5:])), "kind": "archive"})
    na.append({"url": ORIGIN + "/search/", "kind": "search"})
    for w in ["标准厂房", "物流园", "租金补贴"]:
        na.append({"url": ORIGIN + "/search/?keyword=" + urllib.parse.quote(w), "kind": "search"})
    na.append({"url": ORIGIN + "/about/", "kind": "about"})
    na.append({"url": ORIGIN + "/contact/", "kind": "contact"})
    na.append({"url": ORIGIN + "/changfang/", "kind": "factory-listing"})
    for x in LISTINGS:
        na.append({"url": ORIGIN + "/changfang/%s/" % x["code"], "kind": "factory-listing"})
    na.append({"url": ORIGIN + "/downloads/", "kind": "download"})
    for f, _t, _d in DOWNLOADS:
        if f not in MISSING_FILES:
            na.append({"url": ORIGIN + "/files/" + f, "kind": "download"})
    na.append({"url": ORIGIN + "/login/", "kind": "login"})
    traps = [
        {"url_pattern": ORIGIN + "/archives/YYYY/MM/ (any month outside 2024-01..2024-11)", "kind": "calendar",
         "note": "every month page links to the previous and the next month, forever in both directions; empty months answer 200 with '本月暂无文章。'"},
        {"url_pattern": ORIGIN + "/?offset=N", "kind": "pagination-loop",
         "note": "'加载更多' on the home page: offset grows by 10 forever; past offset 30 the page is empty but still links to offset+10"},
        {"url_pattern": ORIGIN + "/search/?keyword=...", "kind": "search",
         "note": "every result page links to three longer keywords (相关搜索: keyword+厂房/园区/政策), so the keyword space never ends"},
        {"url_pattern": ORIGIN + "/login/?sid=...", "kind": "session-id",
         "note": "the captcha refresh link carries a new session id on every login page, an endless chain of distinct URLs"},
        {"url_pattern": ORIGIN + "/category/<slug>/(page/N/)?sort=new|hot", "kind": "query-string",
         "note": "sort-order variants of every category list page (finite, but duplicate lists)"},
        {"url_pattern": ORIGIN + "/p/<id>/?print=1, ?from=hot, ?from=index, /?p=N", "kind": "query-string",
         "note": "duplicate forms of article URLs: printable view (no canonical link), tracking params, numeric ?p= short links answering 301"},
        {"url_pattern": "http://" + BARE + "/*", "kind": "mirror-host",
         "note": "the bare host serves a full mirror of every page (linked as '旧版入口' in the footer); its article pages carry a canonical link to www"},
    ]
    forbidden = [
        ORIGIN + "/admin/", ORIGIN + "/drafts/", ORIGIN + "/preview/", ORIGIN + "/api/",
        "http://%s/admin/" % BARE, "http://%s/drafts/" % BARE, "http://%s/preview/" % BARE, "http://%s/api/" % BARE,
        "http://192.168.1.20:8080/", "http://10.0.3.7/", "http://127.0.0.1:4000/",
        "http://www.cnparks.example.org/", "https://www.wuliu-hub.example.com/", "http://www.zsyq.example.net/",
        "https://beian.miit.gov.cn/", "http://service.weibo.com/", "https://sns.qzone.qq.com/",
        "https://map.baidu.example.com/",
    ]
    return {"name": "blog_mixed", "hosts": hosts, "start_urls": [ORIGIN + "/"], "timezone": "+08:00",
            "articles": articles, "not_articles": na, "traps": traps, "forbidden": forbidden}
