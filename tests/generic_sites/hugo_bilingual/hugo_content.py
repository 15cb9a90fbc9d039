"""Data for the hugo_bilingual emulator: a Sino-European industrial park's bilingual Hugo-style site."""

HOST = "huou-park.cn"
WWW = "www." + HOST
SITE_ZH = "沪欧合作智造产业园"
SITE_EN = "Hu-Ou Sino-European Smart Manufacturing Park"
COMPANY = "上海沪欧产业园开发运营有限公司"
DATE_HEADER = "Sat, 06 Jul 2024 02:00:00 GMT"
PER_PAGE = 10

CATEGORIES = {
    "park-news": ("园区动态", "Park News"),
    "investment": ("招商资讯", "Investment"),
    "press": ("媒体报道", "In the Press"),
    "policy": ("政策解读", "Policy"),
}

TAGS = {
    "phase-two": ("二期工程", "Phase II"),
    "infrastructure": ("基础设施", "Infrastructure"),
    "auto-parts": ("汽车零部件", "Auto Parts"),
    "german-firms": ("德资企业", "German Companies"),
    "green": ("绿色低碳", "Green and Low-carbon"),
    "forum": ("论坛活动", "Forums"),
    "policy": ("惠企政策", "Business Policy"),
    "talent": ("人才服务", "Talent"),
    "investment": ("招商引资", "Investment Promotion"),
    "data": ("经济数据", "Statistics"),
    "expat": ("外籍人士", "Expats"),
    "hydrogen": ("氢能", "Hydrogen"),
    "customs": ("海关", "Customs"),
    "rnd": ("研发中心", "R&D Centres"),
    "safety": ("安全生产", "Safety"),
    "transport": ("交通出行", "Transport"),
    "european-firms": ("欧洲企业", "European Companies"),
}

AUTHORS = {
    "李娜": ("Li Na", "园区品牌与传播部主管，长期负责园区新闻采写与对外宣传。", "Head of branding and communications at the park."),
    "王晓峰": ("Wang Xiaofeng", "园区国际合作部高级经理，曾在德国汉堡工作六年。", "Senior manager for international cooperation; six years in Hamburg."),
    "陈静": ("Chen Jing", "园区企业服务中心政策研究员，专注惠企政策与合规辅导。", "Policy researcher at the park's enterprise service centre."),
}

# body blocks: ("p", text) ("h2", text) ("h3", text) ("ul", [..]) ("ol", [..]) ("table", [[cells]..])
# ("quote", [paras]) ("fig", src, caption) ("fn", [notes])
ARTICLES = [
 dict(id="a01", slug="park-expansion-phase-two", date="2024-03-12", time="09:30", cat="park-news",
      tags=["phase-two", "infrastructure"], author="李娜", old="/zh/post/1024.html",
      title="园区二期扩建工程正式启动",
      body=[
       ("p", "3月11日上午，沪欧合作智造产业园二期扩建工程在园区北区地块举行开工仪式，标志着园区由“单核集聚”迈向“双区联动”的新阶段。"),
       ("p", "二期项目规划用地约42公顷，总建筑面积约68万平方米，计划分三个批次建设，预计2026年底全部竣工交付。"),
       ("h2", "建设内容"),
       ("p", "二期将重点建设标准厂房、研发中试楼、人才公寓和综合服务中心四类载体，并同步配套能源站、污水预处理站和智慧物流园。"),
       ("ul", ["标准厂房：约38万平方米，单层层高9至12米，首层承重3吨/平方米；", "研发中试楼：约16万平方米，满足洁净车间改造条件；", "人才公寓：约1200套，配套食堂、健身房和24小时便利店；", "综合服务中心：集政务服务、海关服务、金融服务于一体。"]),
       ("h2", "产业定位"),
       ("p", "二期将继续聚焦智能网联汽车零部件、高端装备和新材料三大产业方向，同时为氢能与储能企业预留约8万平方米专用载体。"),
       ("quote", ["“二期不是简单的面积扩张，而是要把中欧合作的产业链条做长、做深。”园区管委会主任周立新在开工仪式上表示。"]),
       ("h3", "招商进展"),
       ("p", "据介绍，目前已有11家欧洲企业与园区签订二期意向协议，意向用地面积合计约15公顷，其中德国企业6家、法国企业2家、意大利企业3家。"),
       ("h2", "下一步安排"),
       ("p", "园区将于今年二季度完成首批厂房桩基施工，并开放二期载体线上预约看房。有意向的企业可拨打园区招商热线021-5990 8800咨询。"),
      ]),
 dict(id="a02", slug="german-auto-parts-supplier-signs", date="2024-03-28", time="15:00", cat="investment",
      tags=["auto-parts", "german-firms", "investment"], author=None,
      title="德国汽车零部件企业施耐克签约入驻",
      body=[
       ("p", "3月27日，德国汽车零部件供应商施耐克精密技术公司与园区正式签约，将在园区一期租赁1.2万平方米标准厂房，建设其在亚洲的第二个生产基地。"),
       ("p", "该项目总投资约3500万欧元，主要生产新能源汽车电驱系统用精密齿轮和壳体，预计今年四季度试生产，达产后年产值约6亿元。"),
       ("p", "施耐克亚太区总裁马库斯·霍夫曼表示，选择园区主要看中其完善的汽车产业链配套和成熟的德资企业社区。园区目前已集聚德资企业47家。"),
       ("p", "园区将为项目提供“拿地即开工”式的厂房改造审批服务，并协助企业对接本地二级供应商。"),
      ]),
 dict(id="a03", slug="jiefang-daily-green-factory", date="2024-04-09", time="10:20", cat="press",
      tags=["green"], author=None, source="解放日报", source_url="https://www.jfdaily.com/news/detail?id=738112",
      title="解放日报：沪欧园区的绿色工厂实践",
      body=[
       ("p", "本报讯 走进沪欧合作智造产业园的一家德资轴承工厂，车间屋顶铺满了光伏板，空压机余热被回收用于员工浴室供热。这是园区推进绿色工厂建设的一个缩影。"),
       ("p", "报道介绍，园区自2022年起推行“绿色工厂梯度培育计划”，目前已有9家企业获评国家级绿色工厂，14家获评市级绿色工厂。"),
       ("p", "报道认为，园区把欧洲企业成熟的能源管理体系与本地的光伏、储能产业相结合，形成了可复制的经验。"),
      ]),
 dict(id="a04", slug="sino-european-forum-2024", date="2024-04-18", time="14:00", cat="park-news",
      tags=["forum", "european-firms"], author="王晓峰",
      title="2024中欧产业合作论坛在园区举办",
      body=[
       ("p", "4月17日，以“链接欧洲·智造未来”为主题的2024中欧产业合作论坛在园区国际会议中心举办，来自中国、德国、法国、意大利、荷兰等国的约300名嘉宾参会。"),
       ("p", "论坛设置了主旨演讲、圆桌对话和项目签约三个环节，围绕供应链韧性、绿色制造和人才合作等议题展开交流。"),
       ("quote", ["“中欧企业在园区共享的不只是厂房，还有标准、人才和市场。”德国驻沪总领事馆经济处负责人在致辞中说。", "“我们希望把论坛办成中欧中小企业找到合作伙伴的固定平台。”园区管委会副主任宋倩表示。"]),
       ("p", "论坛现场共签约项目8个，涉及精密制造、工业软件和检测认证等领域，协议投资额约24亿元。"),
       ("p", "论坛期间还发布了《园区中欧合作白皮书（2024）》，系统梳理了园区十年来引进欧洲企业的经验与案例。"),
      ]),
 dict(id="a05", slug="rooftop-solar-phase-one", date="2024-05-06", time="11:00", cat="park-news",
      tags=["green", "infrastructure"], author=None,
      title="园区屋顶分布式光伏一期并网发电",
      body=[
       ("p", "5月5日，园区屋顶分布式光伏项目一期顺利并网。项目利用园区23栋标准厂房屋顶，总装机容量约18兆瓦。"),
       ("p", "一期项目各片区装机与预计发电量如下："),
       ("table", [["片区", "屋顶面积（万平方米）", "装机容量（兆瓦）", "年发电量（万千瓦时）"], ["东区", "5.6", "7.2", "760"], ["西区", "4.1", "5.3", "560"], ["南区", "4.3", "5.5", "580"]]),
       ("p", "数据来源：园区能源管理中心"),
       ("p", "项目采用“自发自用、余电上网”模式，入驻企业可按低于电网的价格使用绿电，预计每年减少二氧化碳排放约1.5万吨。"),
      ]),
 dict(id="a06", slug="policy-interpretation-rent-subsidy", date="2024-05-20", time="16:30", cat="policy",
      tags=["policy", "investment"], author="陈静",
      title="一图读懂《园区企业租金补贴办法（2024年修订）》",
      body=[
       ("p", "为进一步降低企业入驻成本，园区管委会修订发布了《园区企业租金补贴办法（2024年修订）》，自2024年6月1日起施行。本文对主要条款作一梳理。"),
       ("h2", "适用对象"),
       ("p", "办法适用于在园区注册并实际经营、租用园区标准厂房或研发楼的企业，重点支持智能制造、新材料和氢能领域企业。"),
       ("h2", "补贴标准"),
       ("ol", ["新入驻企业前两年按实际租金的30%给予补贴；", "第三年按实际租金的15%给予补贴；", "被认定为高新技术企业的，补贴比例再提高5个百分点；", "单个企业每年补贴总额不超过300万元。"]),
       ("h3", "与旧版的主要区别"),
       ("p", "与2021年版相比，新办法取消了注册资本门槛，并将研发中试楼纳入补贴范围[1]。"),
       ("h2", "申请流程"),
       ("p", "企业每年3月和9月可通过园区企业服务平台提交申请，材料齐全的，园区企业服务中心在20个工作日内完成审核。"),
       ("p", "咨询电话：021-5990 8866（园区企业服务中心）"),
       ("fn", ["[1] 研发中试楼纳入补贴范围的具体标准另行公布。", "[2] 本办法由园区管委会负责解释。"]),
      ]),
 dict(id="a07", slug="yicai-smart-manufacturing", date="2024-06-03", time="08:45", cat="press",
      tags=["investment", "european-firms"], author=None, source="第一财经", source_url="https://www.yicai.com/news/102150331.html",
      title="第一财经：产业园如何留住外资制造",
      body=[
       ("p", "第一财经记者近日走访沪欧合作智造产业园，关注外资制造企业在园区的增资扩产情况。"),
       ("p", "报道指出，过去三年园区外资企业增资项目达36个，增资总额超过5亿美元，增资项目数量占新增外资项目的六成以上。"),
       ("p", "受访企业负责人表示，稳定的供应链、可预期的政策环境和高效的政务服务是他们选择在园区追加投资的主要原因。"),
       ("p", "报道同时提到，园区正在试点跨境数据流动服务，帮助欧洲企业合规开展研发数据交换。"),
      ]),
 dict(id="a08", slug="talent-apartment-delivery", date="2024-06-17", time="10:00", cat="park-news",
      tags=["talent", "infrastructure"], author=None,
      title="人才公寓二号楼交付使用",
      body=[
       ("p", "6月15日，园区人才公寓二号楼正式交付，新增房源420套，其中一室户300套、两室户120套。"),
       ("p", "公寓全部精装修并配齐家具家电，园区企业员工可通过企业统一申请入住，租金为周边市场价的七成左右。"),
       ("p", "二号楼首层设有共享厨房、洗衣房和多语种服务台，方便外籍员工生活。"),
      ]),
 dict(id="a09", slug="h1-investment-review", date="2024-06-28", time="17:20", cat="investment",
      tags=["investment", "data"], author="李娜",
      title="聚焦主导产业 上半年园区招商工作回顾",
      body=[
       ("p", "今年上半年，园区坚持以产业链招商为主线，新引进项目27个，其中外资项目15个，协议投资总额约86亿元。"),
       ("h2", "总体情况"),
       ("table", [["指标", "上半年", "同比增长"], ["新引进项目（个）", "27", "17.4%"], ["协议投资额（亿元）", "86", "22.9%"], ["外资到位（亿美元）", "2.3", "9.5%"]]),
       ("h2", "产业结构"),
       ("p", "从产业分布看，智能网联汽车零部件项目11个，高端装备项目8个，新材料项目5个，氢能项目3个。"),
       ("h3", "欧洲项目"),
       ("p", "15个外资项目中，来自欧盟国家的有12个，德国项目继续领先，法国和意大利项目数量明显增加。"),
       ("h2", "下半年计划"),
       ("ul", ["举办德国、意大利两场海外招商推介会；", "推进二期首批厂房预招商；", "完善招商项目全周期服务机制。"]),
      ]),
 dict(id="a10", slug="spring-job-fair", date="2024-02-22", time=None, cat="park-news",
      tags=["talent"], author=None,
      title="园区春季联合招聘会举行",
      body=[
       ("p", "2月21日，园区2024年春季联合招聘会在综合服务中心举行，62家企业提供岗位1800余个。"),
       ("p", "招聘岗位以机械工程师、质量工程师、数控操作工和德语翻译为主，当天现场达成初步就业意向560人次。"),
       ("p", "未能到场的求职者可关注园区人才服务公众号“沪欧人才”，在线投递简历。"),
      ]),
 dict(id="a11", slug="lantern-festival-expat", date="2024-02-05", time=None, cat="park-news",
      tags=["expat"], author=None,
      title="外籍员工欢度元宵 体验中国传统民俗",
      body=[
       ("p", "元宵节前夕，园区组织来自12个国家的80余名外籍员工及家属参加“欢乐元宵”民俗体验活动。"),
       ("p", "活动现场设置了包汤圆、猜灯谜、剪窗花等环节，园区志愿者用中英德三种语言进行讲解。"),
       ("p", "来自德国的工程师托马斯说，这是他在中国度过的第四个元宵节，每年都很期待园区的活动。"),
      ]),
 dict(id="a12", slug="2023-annual-data", date="2024-01-16", time="09:00", cat="park-news", old="/zh/post/987.html",
      tags=["data"], author=None,
      title="2023年园区经济运行数据发布",
      body=[
       ("p", "1月15日，园区发布2023年经济运行数据。全年实现规上工业总产值612亿元，同比增长8.7%。"),
       ("h2", "主要指标"),
       ("table", [["指标", "2023年", "同比增长"], ["规上工业总产值（亿元）", "612", "8.7%"], ["税收收入（亿元）", "41.5", "6.2%"], ["进出口总额（亿元）", "238", "4.1%"], ["固定资产投资（亿元）", "57", "12.3%"]]),
       ("p", "数据来源：园区管委会经济发展局"),
       ("h2", "企业情况"),
       ("p", "截至2023年底，园区累计入驻企业412家，其中外资企业158家，来自欧洲的企业103家[1]。"),
       ("h2", "亩均效益"),
       ("p", "园区工业用地亩均税收达到68万元，较上年提高5万元，在全市同类园区中位居前列[2]。"),
       ("fn", ["[1] 欧洲企业按投资方注册地统计。", "[2] 亩均税收按工业用地面积计算，不含研发用地。"]),
      ]),
 dict(id="a13", slug="xinmin-evening-shuttle", date="2024-01-08", time="13:10", cat="press",
      tags=["transport"], author=None, source="新民晚报", source_url="https://xmwb.xinmin.cn/html/2024-01/08/content_4_3.htm",
      title="新民晚报：园区通勤班车新增两条线路",
      body=[
       ("p", "新民晚报讯（记者 张磊）从今天起，沪欧合作智造产业园通勤班车新增至地铁11号线嘉定新城站和安亭站的两条线路，早晚高峰每15分钟一班。"),
       ("p", "据介绍，新线路开通后，园区班车线路增至7条，日均服务员工约6000人次。"),
       ("p", "员工可通过园区小程序实时查看班车位置，刷工牌乘车。"),
      ]),
 dict(id="a14", slug="hydrogen-lab-opens", date="2023-12-19", time="10:30", cat="investment",
      tags=["hydrogen", "rnd"], author="王晓峰",
      title="中德氢能联合实验室在园区揭牌",
      body=[
       ("p", "12月18日，由园区、同济大学和德国弗劳恩霍夫研究所共建的中德氢能联合实验室正式揭牌。"),
       ("p", "实验室位于园区研发中试楼B座，面积约3000平方米，将重点开展燃料电池电堆测试、储氢材料和加氢装备等方向的研究。"),
       ("quote", ["“实验室要成为企业可以随时走进来的开放平台。”同济大学汽车学院院长在揭牌仪式上说。"]),
       ("p", "实验室首批开放测试设备23台套，园区企业可预约使用，并享受测试费用50%的补贴。"),
      ]),
 dict(id="a15", slug="customs-aeo-workshop", date="2023-12-04", time="14:30", cat="policy",
      tags=["customs", "policy"], author=None,
      title="海关AEO高级认证辅导会在园区举办",
      body=[
       ("p", "12月1日，园区联合属地海关举办AEO高级认证辅导会，40余家进出口企业的关务负责人参加。"),
       ("p", "海关专家围绕认证标准逐项进行了讲解，重点包括："),
       ("ul", ["内部控制与单证管理要求；", "财务状况与贸易安全标准；", "信息系统与数据留存规范。"]),
       ("p", "目前园区已有17家企业获得AEO高级认证，可享受较低查验率和优先办理通关手续等便利。"),
      ]),
 dict(id="a16", slug="french-cosmetics-rnd", date="2023-11-21", time="11:15", cat="investment",
      tags=["rnd", "european-firms"], author=None,
      title="法国美妆企业亚太研发中心落户园区",
      body=[
       ("p", "11月20日，法国美妆企业露欧蒂集团亚太研发中心落户园区，租用研发楼约6000平方米。"),
       ("p", "研发中心将开展面向亚洲消费者的配方研究和功效评测，计划组建一支约150人的研发团队。"),
       ("p", "这是园区引进的第5个欧洲企业独立研发中心，也是首个消费品领域的研发中心。"),
      ]),
 dict(id="a17", slug="fire-drill-2023", date="2023-11-07", time=None, cat="park-news",
      tags=["safety"], author=None,
      title="园区开展2023年度消防安全综合演练",
      body=[
       ("p", "11月是全国消防宣传月。11月6日，园区联合区消防救援支队开展年度消防安全综合演练，30家重点企业参加。"),
       ("p", "演练模拟化学品仓库起火场景，检验了企业微型消防站、园区专职消防队和区消防救援力量的联动处置能力。"),
       ("p", "园区提醒各企业定期检查消防设施，发现隐患可拨打园区安全值班电话021-5990 8119报告。"),
      ]),
 dict(id="a18", slug="thepaper-dual-carbon", date="2023-10-24", time="09:40", cat="press",
      tags=["green"], author=None, source="澎湃新闻", source_url="https://www.thepaper.cn/newsDetail_forward_24990387",
      title="澎湃新闻：一座产业园的“双碳”账本",
      body=[
       ("p", "澎湃新闻以沪欧合作智造产业园为样本，梳理了一座制造业园区如何算清自己的“碳账本”。"),
       ("p", "报道称，园区2022年建成碳排放监测平台，覆盖全部规上工业企业，实现按月核算碳排放。"),
       ("p", "报道还提到，园区计划到2025年实现可再生能源占比达到30%，单位产值碳排放较2020年下降25%。"),
      ]),
 dict(id="a19", slug="export-control-briefing", date="2023-10-10", time="15:00", cat="policy",
      tags=["policy", "customs"], author="陈静",
      title="出口管制合规宣讲会走进园区",
      body=[
       ("p", "10月9日，园区企业服务中心邀请商务主管部门和律师事务所专家，为园区企业举办出口管制合规宣讲会。"),
       ("p", "专家结合案例解读了两用物项出口管制的最新要求，并提醒企业建立内部合规制度，做好最终用户和最终用途审查。"),
       ("p", "园区将在每季度举办一次合规专题培训，企业可在园区企业服务平台报名。"),
      ]),
 dict(id="a20", slug="mid-autumn-open-day", date="2023-09-26", time="10:00", cat="park-news",
      tags=["expat", "talent"], author=None,
      title="中秋园区开放日迎来千余名员工家属",
      body=[
       ("p", "9月23日，园区举办中秋开放日活动，1200余名员工家属走进园区，参观企业展厅和生产线。"),
       ("p", "8家企业开放了参观通道，孩子们在德资企业的机器人体验区亲手操作了协作机器人。"),
       ("p", "活动还设置了月饼制作和中外家庭游园会，不少外籍员工带着家人一起参加。"),
      ]),
 dict(id="a21", slug="smart-parking-upgrade", date="2023-09-12", time="08:30", cat="park-news",
      tags=["transport", "infrastructure"], author=None,
      title="园区智慧停车系统完成升级",
      body=[
       ("p", "9月起，园区公共停车场智慧停车系统完成升级，覆盖车位2600个。"),
       ("p", "升级后，车辆进出场实现无感支付，园区企业员工车辆可享受每日前两小时免费。"),
       ("p", "系统同时新增充电车位320个，新能源车主可通过园区小程序预约充电。"),
      ]),
 dict(id="a22", slug="italian-machinery-exhibition", date="2023-09-01", time="14:00", cat="investment",
      tags=["european-firms", "investment"], author=None,
      title="意大利机械制造企业园区专场对接会举行",
      body=[
       ("p", "8月31日，园区联合意大利对外贸易委员会举办意大利机械制造企业专场对接会，16家意大利企业参加。"),
       ("fig", "/images/2023/09/italian-machinery.jpg", "对接会现场（摄影：园区品牌与传播部）"),
       ("p", "参会企业涉及包装机械、塑料加工机械和精密机床等领域，与园区内40余家制造企业进行了一对一洽谈。"),
       ("p", "会后，3家意大利企业表示将在年内赴园区实地考察厂房。"),
      ]),
]

# English versions: separate articles with their own title and body.
EN = {
 "a01": dict(title="Phase II Expansion of the Park Gets Under Way",
    body=[
     ("p", "On the morning of 11 March, construction of the park's Phase II expansion began with a ground-breaking ceremony on the northern plot."),
     ("p", "Phase II covers about 42 hectares with a total floor area of some 680,000 square metres and will be delivered in three batches by the end of 2026."),
     ("h2", "What will be built"),
     ("ul", ["Standard factories: about 380,000 m2 with clear heights of 9 to 12 metres;", "Pilot-scale R&D buildings: about 160,000 m2;", "Talent apartments: about 1,200 units;", "A service centre for government, customs and banking services."]),
     ("quote", ["\"Phase II is not just more floor space; it is about making the Sino-European value chain longer and deeper,\" said Zhou Lixin, director of the park's administrative committee."]),
     ("p", "Eleven European companies have already signed letters of intent for Phase II, six of them from Germany."),
    ]),
 "a02": dict(title="German Auto Parts Supplier Schneck Signs Up for the Park",
    body=[
     ("p", "On 27 March, German supplier Schneck Precision Technology signed an agreement to lease 12,000 square metres of standard factory space in Phase I."),
     ("p", "The project represents an investment of about 35 million euros and will make precision gears and housings for electric drive systems."),
     ("p", "Trial production is expected in the fourth quarter. The park is now home to 47 German-invested companies."),
    ]),
 "a04": dict(title="2024 Sino-European Industrial Cooperation Forum Held at the Park",
    body=[
     ("p", "Some 300 guests from China, Germany, France, Italy and the Netherlands attended the 2024 Sino-European Industrial Cooperation Forum on 17 April."),
     ("p", "Panels discussed supply-chain resilience, green manufacturing and talent cooperation."),
     ("quote", ["\"What Chinese and European firms share here is not only factory space but standards, people and markets,\" said the head of the economic section of the German Consulate General in Shanghai."]),
     ("p", "Eight projects worth about 2.4 billion yuan were signed at the forum, and the park released its 2024 white paper on Sino-European cooperation."),
    ]),
 "a08": dict(title="Talent Apartment Building No. 2 Opens",
    body=[
     ("p", "Talent Apartment Building No. 2 was handed over on 15 June, adding 420 furnished units."),
     ("p", "Employees of park companies can apply through their employer; rents are about 70 percent of the local market level."),
     ("p", "The ground floor has a shared kitchen, a laundry and a multilingual service desk."),
    ]),
 "a11": dict(title="Expat Employees Celebrate the Lantern Festival",
    body=[
     ("p", "Ahead of the Lantern Festival, more than 80 expat employees and family members from 12 countries joined a folk-culture afternoon at the park."),
     ("p", "They made tangyuan, solved lantern riddles and tried paper-cutting, with volunteers explaining in Chinese, English and German."),
    ]),
 "a14": dict(title="Sino-German Hydrogen Joint Laboratory Opens in the Park",
    body=[
     ("p", "A Sino-German hydrogen laboratory built by the park, Tongji University and the Fraunhofer Institute opened on 18 December."),
     ("p", "The 3,000-square-metre lab will test fuel-cell stacks and study hydrogen storage materials and refuelling equipment."),
     ("quote", ["\"The lab should be an open platform that companies can walk into at any time,\" said the dean of Tongji's School of Automotive Studies."]),
     ("p", "Park companies can book the 23 test rigs and receive a 50 percent subsidy on test fees."),
    ]),
 "a16": dict(title="French Beauty Group Sets Up Asia-Pacific R&D Centre in the Park",
    body=[
     ("p", "French beauty group Lueauty opened its Asia-Pacific R&D centre in the park on 20 November, renting about 6,000 square metres."),
     ("p", "The centre will formulate and test products for Asian consumers and plans a team of about 150 researchers."),
    ]),
 "a20": dict(title="Mid-Autumn Open Day Welcomes over a Thousand Family Members",
    body=[
     ("p", "More than 1,200 family members of park employees visited company showrooms and production lines on 23 September."),
     ("p", "Children operated collaborative robots at a German company's robotics corner, and families joined mooncake making."),
    ]),
}

PARK_PROFILES = {
 "overview": ("园区概况", ["沪欧合作智造产业园位于上海市嘉定区，是中欧两国政府间合作框架下设立的产业合作园区，规划面积12.6平方公里。",
   "园区2013年启动建设，已形成智能网联汽车零部件、高端装备、新材料三大主导产业，累计入驻企业400余家，其中欧洲企业超过百家。",
   "园区坚持“产城融合、中欧融合”的发展理念，配套建设了国际学校、人才公寓、商业中心和文体设施。",
   "园区先后获评国家级绿色园区、国家新型工业化产业示范基地和上海市特色产业园区。"]),
 "industries": ("主导产业", ["智能网联汽车零部件：集聚电驱系统、底盘、汽车电子等领域企业120余家。",
   "高端装备：以精密机床、工业机器人和智能物流装备为重点。",
   "新材料：聚焦高性能复合材料、特种工程塑料和电子化学品。",
   "氢能与储能：依托中德氢能联合实验室，培育燃料电池及核心部件企业。"]),
 "transport": ("区位交通", ["园区距虹桥综合交通枢纽约25公里，距浦东国际机场约70公里。",
   "地铁11号线嘉定新城站、安亭站均有园区通勤班车接驳，G15、G2高速公路在园区周边设有出入口。",
   "园区距洋山深水港约110公里，距太仓港约40公里，可满足企业进出口物流需求。"]),
 "services": ("企业服务", ["园区企业服务中心提供工商注册、项目审批、人才招聘、政策申报等一站式服务。",
   "园区设有德语、法语、意大利语服务窗口，为欧洲企业提供多语种政务咨询。",
   "园区与多家银行、律师事务所和会计师事务所建立合作，为企业提供专业服务。"]),
}

# factory / R&D space listings: id, name, type, area m2, height m, load t/m2, rent yuan/m2/day
SPACES = [
 ("f101", "一期A3栋标准厂房", "厂房", 4800, 9.0, 3.0, 1.2),
 ("f102", "一期A7栋标准厂房", "厂房", 6200, 10.5, 5.0, 1.3),
 ("f103", "一期B2栋单层厂房", "厂房", 12000, 12.0, 5.0, 1.1),
 ("f104", "一期B5栋多层厂房（2层）", "厂房", 2400, 6.0, 1.5, 1.4),
 ("f105", "一期C1栋定制厂房", "厂房", 9000, 11.0, 3.0, 1.25),
 ("r201", "研发中试楼A座3层", "研发楼", 1800, 4.5, 0.8, 2.2),
 ("r202", "研发中试楼A座7层", "研发楼", 1200, 4.2, 0.5, 2.4),
 ("r203", "研发中试楼B座1层", "研发楼", 2600, 6.5, 2.0, 2.0),
 ("r204", "研发中试楼C座整栋", "研发楼", 15000, 4.5, 0.8, 1.9),
 ("r205", "国际创新港5号楼12层", "研发楼", 900, 3.9, 0.5, 3.1),
]

NAV_ZH = [("首页", "/"), ("新闻中心", "/zh/news/"), ("园区介绍", "/zh/park/overview/"), ("招商载体", "/zh/space/"),
          ("人才招聘", "/zh/careers/"), ("关于我们", "/zh/about/"), ("联系我们", "/zh/contact/"), ("搜索", "/zh/search/")]
NAV_EN = [("Home", "/en/"), ("News", "/en/news/"), ("About", "/en/about/"), ("中文", "/")]

SHARE_ZH = ["分享到：", "微信", "微博", "LinkedIn", "复制链接"]
SHARE_EN = ["Share:", "WeChat", "Weibo", "LinkedIn", "Copy link"]
NEWSLETTER_ZH = ["订阅园区简报", "每月一期，第一时间获取园区招商政策与活动信息。", "订阅"]
NEWSLETTER_EN = ["Subscribe to our newsletter", "Monthly news on investment policies and events at the park.", "Subscribe"]
COOKIE_ZH = "本网站使用Cookie以改善浏览体验。继续浏览即表示您同意我们的Cookie政策。"
COOKIE_EN = "This website uses cookies to improve your experience. By continuing to browse you accept our cookie policy."
FOOTER_ZH = [COMPANY, "地址：上海市嘉定区沪欧路888号 招商热线：021-5990 8800", "沪ICP备17045210号-2", "沪公网安备31011402008856号",
             "© 2024 沪欧合作智造产业园 版权所有"]
FOOTER_EN = ["Shanghai Hu-Ou Industrial Park Development and Operation Co., Ltd.", "888 Hu-Ou Road, Jiading District, Shanghai",
             "沪ICP备17045210号-2", "© 2024 Hu-Ou Park. All rights reserved."]
ADMIN_LINK = ("管理入口", "/admin/")
SOCIAL = [("微信公众号", "https://mp.weixin.qq.com/"), ("微博", "https://weibo.com/huoupark"), ("LinkedIn", "https://www.linkedin.com/company/huou-park")]


# ---------------------------------------------------------------- derived data (used by site.py and make_truth.py)
import re as _re


def _norm(s):
    return _re.sub(r"\s+", " ", s).strip()


def body_strings(body):
    """The body blocks as truth paragraphs: figcaptions excluded, list items / table rows one each."""
    out = []
    for b in body:
        k = b[0]
        if k in ("p", "h2", "h3"):
            out.append(_norm(b[1]))
        elif k in ("ul", "ol", "quote", "fn"):
            out.extend(_norm(x) for x in b[1])
        elif k == "table":
            out.extend(_norm(" ".join(r)) for r in b[1])
    return out


def _build():
    entries = []
    for a in ARTICLES:
        y, m = a["date"][:4], a["date"][5:7]
        zh_path = f"/zh/news/{y}/{m}/{a['slug']}/"
        en_path = f"/en/news/{y}/{m}/{a['slug']}/" if a["id"] in EN else None
        e = dict(a)
        e.update(lang="zh", path=zh_path, other=en_path, source=a.get("source"), source_url=a.get("source_url"))
        entries.append(e)
        if en_path:
            en = EN[a["id"]]
            entries.append(dict(id=a["id"] + "en", slug=a["slug"], date=a["date"], time=a["time"], cat=a["cat"],
                                tags=a["tags"], author=a["author"], title=en["title"], body=en["body"], lang="en",
                                path=en_path, other=zh_path, source=None, source_url=None, old=None))
    key = lambda e: (e["date"], e["time"] or "00:00")
    entries.sort(key=key, reverse=True)
    return entries


ENTRIES = _build()
BY_PATH = {e["path"]: e for e in ENTRIES}


def lang_entries(lang):
    return [e for e in ENTRIES if e["lang"] == lang]


def prev_next(e):
    """(older, newer) in the same language."""
    lst = lang_entries(e["lang"])
    i = lst.index(e)
    older = lst[i + 1] if i + 1 < len(lst) else None
    newer = lst[i - 1] if i > 0 else None
    return older, newer


def related(e, n=3):
    lst = [x for x in lang_entries(e["lang"]) if x is not e]
    scored = [(len(set(x["tags"]) & set(e["tags"])), i, x) for i, x in enumerate(lst)]
    scored = [s for s in scored if s[0] > 0]
    scored.sort(key=lambda s: (-s[0], s[1]))
    return [s[2] for s in scored[:n]]


def cat_name(e):
    return CATEGORIES[e["cat"]][0 if e["lang"] == "zh" else 1]


def tag_names(e):
    return [TAGS[t][0 if e["lang"] == "zh" else 1] for t in e["tags"]]


def author_name(e):
    if not e["author"]:
        return None
    return e["author"] if e["lang"] == "zh" else AUTHORS[e["author"]][0]


def published(e):
    return f"{e['date']}T{e['time']}+08:00" if e["time"] else e["date"]


def shown_date(e):
    y, m, d = e["date"].split("-")
    if e["lang"] == "zh":
        s = f"{int(y)}年{int(m)}月{int(d)}日"
    else:
        months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]
        s = f"{months[int(m) - 1]} {int(d)}, {y}"
    return s + (f" {e['time']}" if e["time"] else "")


def counts(e):
    text = " ".join(body_strings(e["body"]))
    if e["lang"] == "zh":
        chars = len(_re.sub(r"\s", "", text))
        n = max(100, round(chars / 100) * 100)
        return f"阅读约 {max(1, round(chars / 400))} 分钟", f"约 {n} 字"
    words = len(text.split())
    return f"{max(1, round(words / 200))} min read", f"About {max(50, round(words / 50) * 50)} words"


def toc(e):
    return [b[1] for b in e["body"] if b[0] in ("h2", "h3")] if sum(b[0] == "h2" for b in e["body"]) >= 3 else []


def byline(e):
    n = author_name(e)
    if not n:
        return None
    return f"文 / {n}" if e["lang"] == "zh" else f"By {n}"


def boilerplate(e):
    zh = e["lang"] == "zh"
    out = [SITE_ZH if zh else SITE_EN]
    out.extend(t for t, _ in (NAV_ZH if zh else NAV_EN))
    out.append("English" if zh else "中文")
    out.append(" / ".join(["首页", "新闻中心", cat_name(e)] if zh else ["Home", "News", cat_name(e)]))
    out.append(shown_date(e))
    if byline(e):
        out.append(byline(e))
    if e["source"]:
        out.append(f"来源：{e['source']}")
    out.extend(counts(e))
    t = toc(e)
    if t:
        out.append("目录" if zh else "Contents")  # the entries repeat the body's headings: not listed
    for b in e["body"]:
        if b[0] == "fig":
            out.append(b[2])
    if e["source"]:
        out.append(f"原文链接：{e['source']}")
    out.extend(tag_names(e))
    out.extend(SHARE_ZH if zh else SHARE_EN)
    if e["author"]:
        a = AUTHORS[e["author"]]
        out.append("本文作者" if zh else "About the author")
        out.append(author_name(e))
        out.append(a[1] if zh else a[2])
    older, newer = prev_next(e)
    if older:
        out.append(("上一篇：" if zh else "Previous: ") + older["title"])
    if newer:
        out.append(("下一篇：" if zh else "Next: ") + newer["title"])
    rel = related(e)
    if rel:
        out.append("相关文章" if zh else "Related articles")
        out.extend(r["title"] for r in rel)
    out.extend(NEWSLETTER_ZH if zh else NEWSLETTER_EN)
    out.append(COOKIE_ZH if zh else COOKIE_EN)
    out.extend(FOOTER_ZH if zh else FOOTER_EN)
    out.extend(n for n, _ in SOCIAL)
    out.append(ADMIN_LINK[0])
    seen, res = set(), []
    for s in out:
        s = _norm(s)
        if s and s not in seen:
            seen.add(s)
            res.append(s)
    return res
