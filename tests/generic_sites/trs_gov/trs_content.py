"""Data for the invented TRS WCM portal of 云江经济技术开发区 (trs_gov emulator).

Everything here is invented. site.py renders it; make_truth.py derives truth.json from it.
Paragraph items are (style, text) tuples; style decides the markup, text is what the body keeps.
  p   plain paragraph            h   sub-heading (bold)          c   centered line (title / 文号 in a 政策文件)
  r   right-aligned line (落款, date)  tr  table row: list of cells   att attachment line: (label, filename, href)
  cap picture caption
"""

HOST = "yjetdz.gov.cn"
WWW = "www." + HOST
SITE_NAME = "云江经济技术开发区管理委员会"
SITE_SHORT = "云江经开区管委会"
SITE_CODE = "3207000013"
DATE_HEADER = "Wed, 06 Mar 2024 08:00:00 GMT"

COLUMNS = {
    # folder: (name, parent crumb, parent href)
    "zwdt": ("政务动态", "政务公开", "/xxgk/"),
    "tzgg": ("通知公告", "政务公开", "/xxgk/"),
    "zcwj": ("政策文件", "政策法规", "/xxgk/zcfg/"),
    "zcjd": ("政策解读", "政策法规", "/xxgk/zcfg/"),
    "mtbd": ("媒体报道", "新闻中心", "/col/zwdt/"),
}
PAGE_SIZE = 4

# Text blocks shared by every article page (all boilerplate).
TOP_BAR = ["您好，欢迎访问云江经济技术开发区管理委员会网站！", "无障碍", "长者模式", "网站支持IPv6", "English"]
NAV = ["首页", "走进经开", "政务公开", "政策法规", "投资服务", "办事服务", "互动交流", "新闻中心"]
SHARE = "分享到："
FONT_TOOLS = "字体：[大 中 小]　【打印】【关闭】"
RELATED_HEAD = "【相关链接】"
FOOTER = [
    "主办单位：云江经济技术开发区管理委员会",
    "承办单位：云江经济技术开发区党政办公室",
    "地址：云江市经开区科创大道188号　邮编：225300",
    "苏ICP备05012345号-1",
    "苏公网安备 32070002000123号",
    "网站标识码：" + SITE_CODE,
    "政府网站找错",
    "建议使用1366×768分辨率浏览本网站",
]
CONTACT_BLOCK = [
    "联系我们",
    "管委会党政办公室：0523-86820001",
    "投资促进局招商热线：0523-86820088",
    "政务服务中心：0523-86820123",
    "传真：0523-86820002",
    "电子邮箱：yjetdz@yj.gov.cn",
    "工作时间：周一至周五 8:30-12:00 14:00-17:30（法定节假日除外）",
]
FRIEND_LINKS = [("中国政府网", "http://www.gov.cn/"), ("江苏省人民政府", "http://www.jiangsu.gov.cn/"),
                ("商务部", "http://www.mofcom.gov.cn/"), ("云江市人民政府", "http://www.yj.gov.cn/")]

# ---------------------------------------------------------------------------------------------------------
# Articles.  id is the TRS document id; url = /col/<col>/<yyyymm>/t<yyyymmdd>_<id>.html
# meta_author: what <meta name="author"> says; byline: an 作者 shown on the info line (a person) or None.
# source: the 来源 shown; None when the page shows the site itself (then source_truth is None too).
ARTICLES = [
    # ---------------- 政务动态 ----------------
    dict(col="zwdt", id=4123456, date="2024-03-05", time="10:12", title="经开区召开2024年重大项目建设推进会",
         source="经开区经发局", meta_author=SITE_NAME, byline=None, variant="plain", keywords="重大项目;推进会",
         from_alias=True,
         paras=[("p", "3月4日下午，经开区召开2024年重大项目建设推进会，总结去年项目建设情况，部署今年重点任务。管委会主任陈立新出席会议并讲话。"),
                ("p", "会议指出，2023年全区实施亿元以上重大项目86个，完成投资312亿元，新开工项目数和竣工项目数均创历史新高。"),
                ("p", "会议要求，各部门要紧盯“开工一批、竣工一批、投产一批”目标，强化要素保障，落实“一项目一专班”机制，确保一季度重大项目开工率达到60%以上。"),
                ("p", "会上，经发局、自然资源分局、生态环境分局分别就项目审批、用地保障和环评服务作了交流发言。")]),
    dict(col="zwdt", id=4123441, date="2024-03-01", time="16:40", title="经开区党工委理论学习中心组开展专题学习",
         source=None, meta_author=SITE_NAME, byline=None, variant="preappend", keywords="理论学习",
         paras=[("p", "2月29日，经开区党工委理论学习中心组开展2024年第一次集中学习，围绕新质生产力发展进行专题研讨。"),
                ("p", "党工委书记赵明远主持学习并强调，要把学习成果转化为推动高质量发展的实际成效，加快培育新能源、新材料和高端装备三大主导产业。"),
                ("p", "中心组成员结合分管工作逐一交流发言。")]),
    dict(col="zwdt", id=4123430, date="2024-02-27", time="09:05", title="经开区举行一季度重点项目集中签约仪式",
         source="经开区投资促进局", meta_author="刘思琪", byline="刘思琪", variant="font", keywords="签约;招商",
         jsession=True,
         paras=[("p", "2月26日，经开区一季度重点项目集中签约仪式在科创中心举行，18个项目现场签约，总投资额达156亿元。"),
                ("p", "本次签约项目涵盖动力电池材料、智能装备、生物医药等领域，其中外资项目5个，合同外资2.3亿美元。"),
                ("h", "签约项目呈现三大特点"),
                ("p", "一是产业链协同明显，12个项目与区内龙头企业形成上下游配套；二是科技含量高，7个项目拥有自主知识产权；三是落地速度快，预计年内全部开工。")]),
    dict(col="zwdt", id=4123418, date="2024-02-22", time="15:30", title="经开区开展节后安全生产大检查",
         source="经开区应急管理局", meta_author=SITE_NAME, byline=None, variant="nbsp", keywords="安全生产",
         old_art="/art/2024/2/22/art_1023_4123418.html",
         paras=[("p", "春节假期后，经开区应急管理局联合消防、市场监管等部门，对区内危化品企业、建筑工地和人员密集场所开展安全生产大检查。"),
                ("p", "检查组共检查企业73家，发现隐患126处，现场整改98处，其余隐患已下达整改通知书并明确整改时限。"),
                ("p", "下一步，应急管理局将对重大隐患实行挂牌督办，确保隐患动态清零。")]),
    dict(col="zwdt", id=4123402, date="2024-02-18", time="08:50", title="经开区召开新春第一会 吹响高质量发展冲锋号",
         source=None, meta_author=SITE_NAME, byline=None, variant="plain", keywords="新春第一会",
         paras=[("p", "2月18日，春节后上班第一天，经开区召开高质量发展推进大会，动员全区上下以“开局就是决战、起步就要冲刺”的状态投入工作。"),
                ("p", "会议表彰了2023年度高质量发展先进企业和优秀企业家，20家企业获评“纳税贡献十强”和“创新发展十强”。"),
                ("p", "会议提出，2024年全区地区生产总值增长8%以上，规上工业增加值增长10%，实际使用外资3.5亿美元。")]),
    dict(col="zwdt", id=4123390, date="2024-02-06", time="11:20", title="经开区走访慰问困难群众和一线职工",
         source="经开区社会事业局", meta_author=SITE_NAME, byline=None, variant="font", keywords="走访慰问",
         paras=[("p", "春节前夕，经开区领导分组走访慰问困难群众、老党员和坚守一线的职工，送去节日祝福和慰问品。"),
                ("p", "此次慰问共覆盖困难家庭312户，发放慰问金和物资折合人民币96万元。")]),
    dict(col="zwdt", id=4123377, date="2024-01-30", time=None, title="图片新闻：科创大道快速化改造工程主线贯通",
         source=None, meta_author=SITE_NAME, byline=None, variant="picture", keywords="图片新闻;科创大道",
         image="W020240130334455667788.jpg",
         paras=[("cap", "1月29日，科创大道快速化改造工程主线高架最后一片箱梁顺利架设，标志着工程主线全线贯通。")]),
    dict(col="zwdt", id=4123365, date="2024-01-24", time="14:00", title="经开区2023年外贸进出口总额突破600亿元",
         source="经开区经发局", meta_author=SITE_NAME, byline=None, variant="nbsp", keywords="外贸",
         paras=[("p", "据海关统计，2023年经开区实现外贸进出口总额613.5亿元，同比增长9.2%，占全市比重达41%。"),
                ("p", "其中，出口总额402.8亿元，增长11.5%；“新三样”产品出口增长37.6%，成为外贸增长的重要引擎。"),
                ("tr", ["指标", "总额（亿元）", "同比增长"]),
                ("tr", ["进出口", "613.5", "9.2%"]),
                ("tr", ["出口", "402.8", "11.5%"]),
                ("tr", ["进口", "210.7", "5.1%"]),
                ("p", "数据来源：云江海关")]),
    dict(col="zwdt", id=4123351, date="2024-01-15", time="09:30", title="经开区召开2024年度优化营商环境工作会议",
         source=None, meta_author=SITE_NAME, byline=None, variant="preappend", keywords="营商环境",
         paras=[("p", "1月15日，经开区召开优化营商环境工作会议，发布《2024年优化营商环境十二条举措》。"),
                ("p", "举措提出，企业开办全流程压缩至1个工作日以内，工业项目实现“拿地即开工”，涉企审批事项100%网上可办。")]),

    # ---------------- 通知公告 ----------------
    dict(col="tzgg", id=4123460, date="2024-03-06", time="17:05", title="关于组织申报2024年度经开区科技创新专项资金的通知",
         source="经开区科技局", meta_author=SITE_NAME, byline=None, variant="plain", keywords="科技创新;专项资金;申报",
         from_alias=True,
         paras=[("p", "各有关企业："),
                ("p", "为加快推进创新驱动发展，根据《云江经济技术开发区科技创新专项资金管理办法》，现组织开展2024年度科技创新专项资金申报工作。有关事项通知如下："),
                ("h", "一、申报条件"),
                ("p", "（一）在经开区注册、具有独立法人资格的企业；（二）上年度研发投入占营业收入比例不低于3%；（三）近三年无重大安全、环保和质量事故。"),
                ("h", "二、申报时间"),
                ("p", "申报截止时间为2024年3月31日17:00，逾期不予受理。"),
                ("h", "三、联系方式"),
                ("p", "联系人：经开区科技局 王老师，联系电话：0523-86820315，电子邮箱：kjj@yj.gov.cn。"),
                ("att", ("附件：", "2024年度科技创新专项资金申报表.docx", "P020240306512345678901.docx")),
                ("r", "云江经济技术开发区科技局"),
                ("r", "2024年3月6日")]),
    dict(col="tzgg", id=4123447, date="2024-03-02", time="10:00", title="关于经开区部分道路临时交通管制的通告",
         source="经开区建设局", meta_author=SITE_NAME, byline=None, variant="font", keywords="交通管制",
         paras=[("p", "因科创大道快速化改造工程施工需要，自2024年3月5日起至2024年4月30日止，对以下路段实施临时交通管制："),
                ("tr", ["路段", "管制时间", "管制方式"]),
                ("tr", ["科创大道（通江路—滨河路）", "3月5日—4月30日", "封闭北侧辅道"]),
                ("tr", ["通江路（科创大道路口）", "每日22:00—次日5:00", "禁止大型车辆通行"]),
                ("p", "请过往车辆和行人按照交通标志绕行，给您带来的不便敬请谅解。"),
                ("r", "云江经济技术开发区管理委员会"),
                ("r", "2024年3月2日")]),
    dict(col="tzgg", id=4123425, date="2024-02-26", time="16:15", title="经开区2024年公开招聘编外工作人员公告",
         source="经开区党政办公室", meta_author=SITE_NAME, byline=None, variant="nbsp", keywords="招聘",
         paras=[("p", "根据工作需要，经开区面向社会公开招聘编外工作人员15名。现将有关事项公告如下："),
                ("p", "一、招聘岗位：综合文秘3名、项目服务专员8名、财务会计4名。"),
                ("p", "二、报名方式：本次招聘采取网上报名方式，报名时间为2024年3月1日至3月10日。"),
                ("p", "咨询电话：0523-86820006（工作日8:30-17:30）。"),
                ("att", ("附件：", "招聘岗位表.xlsx", "P020240226398765432101.xlsx"))]),
    dict(col="tzgg", id=4123410, date="2024-02-20", time="09:40", title="关于开展2024年度企业安全生产标准化达标创建的通知",
         source="经开区应急管理局", meta_author=SITE_NAME, byline=None, variant="plain", keywords="安全生产标准化",
         paras=[("p", "各工贸企业："),
                ("p", "为进一步落实企业安全生产主体责任，经研究，决定在全区开展2024年度企业安全生产标准化达标创建工作。"),
                ("p", "请各企业于2024年6月30日前完成自评，并通过安全生产信息系统提交自评报告。"),
                ("r", "云江经济技术开发区应急管理局"),
                ("r", "2024年2月20日")]),
    dict(col="tzgg", id=4123380, date="2024-02-01", time="11:00", title="关于2024年春节假期值班安排的通知",
         source=None, meta_author=SITE_NAME, byline=None, variant="preappend", keywords="春节;值班",
         paras=[("p", "根据国务院办公厅通知精神，2024年春节放假时间为2月10日至17日，共8天。2月4日（星期日）、2月18日（星期日）上班。"),
                ("p", "假期期间，管委会总值班室24小时值班，值班电话：0523-86820000。")]),
    dict(col="tzgg", id=4123359, date="2024-01-19", time="15:45", title="经开区2023年度拟享受人才安居补贴人员名单公示",
         source="经开区人才办", meta_author=SITE_NAME, byline=None, variant="font", keywords="人才;公示",
         paras=[("p", "经个人申报、单位推荐和审核，现将2023年度拟享受人才安居补贴人员名单予以公示。"),
                ("p", "公示期为2024年1月19日至1月25日。公示期间如有异议，请以书面形式向经开区人才办反映。"),
                ("p", "联系电话：0523-86820211"),
                ("att", ("附件：", "2023年度拟享受人才安居补贴人员名单.pdf", "P020240119600112233445.pdf"))]),

    # ---------------- 政策文件 ----------------
    dict(col="zcwj", id=4123450, date="2024-03-04", time="09:00", title="云江经济技术开发区关于支持先进制造业高质量发展的若干政策",
         source=None, meta_author=SITE_NAME, byline=None, variant="policy", keywords="先进制造业;政策",
         xxgk=dict(index="014123456/2024-00021", org="云江经济技术开发区管理委员会", fwrq="2024-03-01",
                   wh="云经管发〔2024〕5号", topic="工业、交通/其他", valid="有效"),
         from_alias=True,
         paras=[("c", "云江经济技术开发区关于支持先进制造业高质量发展的若干政策"),
                ("c", "云经管发〔2024〕5号"),
                ("p", "各部门、各街道，区内各企业："),
                ("p", "为加快建设具有国际竞争力的先进制造业基地，结合经开区实际，制定以下政策。"),
                ("h", "第一条 支持重大项目投资"),
                ("p", "对新引进的固定资产投资5亿元以上的制造业项目，按设备投资额的8%给予补助，单个项目最高3000万元。"),
                ("h", "第二条 支持企业技术改造"),
                ("p", "对设备投资额1000万元以上的技术改造项目，按设备投资额的10%给予补助，单个项目最高1000万元。"),
                ("h", "第三条 附则"),
                ("p", "本政策自2024年4月1日起施行，有效期三年，由经开区经发局负责解释。"),
                ("r", "云江经济技术开发区管理委员会"),
                ("r", "2024年3月1日")]),
    dict(col="zcwj", id=4123420, date="2024-02-23", time="10:30", title="云江经济技术开发区人才引进培育实施办法",
         source=None, meta_author=SITE_NAME, byline=None, variant="policy", keywords="人才;实施办法",
         xxgk=dict(index="014123456/2024-00015", org="云江经济技术开发区管理委员会", fwrq="2024-02-20",
                   wh="云经管发〔2024〕3号", topic="劳动、人事、监察/人事工作", valid="有效"),
         paras=[("c", "云江经济技术开发区人才引进培育实施办法"),
                ("c", "云经管发〔2024〕3号"),
                ("h", "第一章 总则"),
                ("p", "第一条 为深入实施人才强区战略，集聚高层次创新创业人才，制定本办法。"),
                ("h", "第二章 支持措施"),
                ("p", "第二条 对入选的顶尖人才团队，给予最高1亿元项目资助；对领军人才，给予最高300万元创业资助。"),
                ("p", "第三条 对新引进的全日制博士、硕士，分别给予每月3000元、2000元生活补贴，最长36个月。"),
                ("r", "云江经济技术开发区管理委员会"),
                ("r", "2024年2月20日")]),
    dict(col="zcwj", id=4123395, date="2024-02-08", time="14:20", title="经开区管委会办公室关于印发《经开区工业用地提质增效行动方案》的通知",
         source=None, meta_author=SITE_NAME, byline=None, variant="policy", keywords="工业用地;行动方案",
         xxgk=dict(index="014123456/2024-00009", org="云江经济技术开发区管委会办公室", fwrq="2024-02-07",
                   wh="云经管办发〔2024〕2号", topic="国土资源、能源/土地", valid="有效"),
         paras=[("c", "经开区管委会办公室关于印发《经开区工业用地提质增效行动方案》的通知"),
                ("c", "云经管办发〔2024〕2号"),
                ("p", "各部门、各街道："),
                ("p", "《经开区工业用地提质增效行动方案》已经管委会主任办公会议研究同意，现印发给你们，请认真贯彻执行。"),
                ("p", "到2025年底，全区盘活低效工业用地3000亩，工业用地亩均税收提高到45万元以上。"),
                ("r", "云江经济技术开发区管委会办公室"),
                ("r", "2024年2月7日"),
                ("p", "（此件公开发布）")]),
    dict(col="zcwj", id=4123370, date="2024-01-26", time="16:00", title="云江经济技术开发区企业上市挂牌扶持办法",
         source=None, meta_author=SITE_NAME, byline=None, variant="policy", keywords="上市;扶持",
         xxgk=dict(index="014123456/2024-00004", org="云江经济技术开发区管理委员会", fwrq="2024-01-25",
                   wh="云经管发〔2024〕1号", topic="财政、金融、审计/金融", valid="有效"),
         paras=[("c", "云江经济技术开发区企业上市挂牌扶持办法"),
                ("c", "云经管发〔2024〕1号"),
                ("p", "第一条 对完成股份制改造并在证监部门辅导备案的企业，给予一次性奖励100万元。"),
                ("p", "第二条 对在境内外主板、科创板、创业板、北交所首发上市的企业，给予一次性奖励500万元。"),
                ("p", "第三条 本办法自印发之日起施行。"),
                ("r", "云江经济技术开发区管理委员会"),
                ("r", "2024年1月25日")]),
    dict(col="zcwj", id=4123340, date="2024-01-10", time="09:15", title="云江经济技术开发区规范性文件管理规定",
         source=None, meta_author=SITE_NAME, byline=None, variant="policy", keywords="规范性文件",
         xxgk=dict(index="014123456/2024-00001", org="云江经济技术开发区管理委员会", fwrq="2024-01-08",
                   wh="云经管规〔2024〕1号", topic="综合政务/其他", valid="有效"),
         paras=[("c", "云江经济技术开发区规范性文件管理规定"),
                ("c", "云经管规〔2024〕1号"),
                ("p", "第一条 为加强规范性文件管理，推进依法行政，根据有关法律法规，结合经开区实际，制定本规定。"),
                ("p", "第二条 规范性文件应当经合法性审核、集体审议后，由管委会统一登记、统一编号、统一公布。"),
                ("r", "云江经济技术开发区管理委员会"),
                ("r", "2024年1月8日")]),

    # ---------------- 政策解读 ----------------
    dict(col="zcjd", id=4123452, date="2024-03-04", time="09:30", title="《关于支持先进制造业高质量发展的若干政策》解读",
         source="经开区经发局", meta_author=SITE_NAME, byline=None, variant="plain", keywords="政策解读;先进制造业",
         related=4123450,
         paras=[("h", "一、出台背景"),
                ("p", "先进制造业是经开区立区之本。为进一步稳定工业投资预期，推动制造业向高端化、智能化、绿色化发展，制定本政策。"),
                ("h", "二、主要内容"),
                ("p", "政策共12条，重点支持重大项目投资、企业技术改造、智能化改造和数字化转型、绿色低碳发展四个方面。"),
                ("h", "三、适用对象"),
                ("p", "在经开区注册登记、具有独立法人资格、依法纳税的制造业企业。")]),
    dict(col="zcjd", id=4123422, date="2024-02-23", time="11:00", title="图解：经开区人才引进培育实施办法",
         source="经开区人才办", meta_author=SITE_NAME, byline=None, variant="font", keywords="图解;人才",
         related=4123420,
         paras=[("p", "一图读懂《云江经济技术开发区人才引进培育实施办法》。"),
                ("p", "顶尖人才团队最高1亿元项目资助，领军人才最高300万元创业资助，博士每月3000元生活补贴。")]),
    dict(col="zcjd", id=4123372, date="2024-01-26", time="16:30", title="一文读懂经开区企业上市挂牌扶持办法",
         source="经开区金融服务中心", meta_author="周晓彤", byline="周晓彤", variant="nbsp", keywords="上市;解读",
         related=4123370,
         paras=[("p", "问：哪些企业可以享受扶持？"),
                ("p", "答：在经开区注册、税收关系在经开区，并计划在境内外资本市场上市挂牌的企业。"),
                ("p", "问：首发上市最高可获得多少奖励？"),
                ("p", "答：在境内外主板、科创板、创业板、北交所首发上市的，一次性奖励500万元。")]),
    dict(col="zcjd", id=4123342, date="2024-01-10", time="10:00", title="《云江经济技术开发区规范性文件管理规定》政策解读",
         source=None, meta_author=SITE_NAME, byline=None, variant="preappend", keywords="规范性文件;解读",
         related=4123340,
         paras=[("p", "《规定》明确了规范性文件的制定主体、程序、备案和清理要求，共五章二十三条。"),
                ("p", "《规定》要求规范性文件有效期一般不超过5年，有效期满前6个月应当进行评估。")]),

    # ---------------- 媒体报道 ----------------
    dict(col="mtbd", id=4123458, date="2024-03-05", time="08:30", title="云江经开区：新能源产业集群加速成势",
         source="新华日报", meta_author="顾晓峰", byline=None, variant="repost", keywords="新能源;产业集群",
         orig_title="云江经开区新能源产业集群规模突破千亿", editor="（编辑：孙婷）", wan=True,
         paras=[("p", "新华日报讯（记者 顾晓峰）3月4日，在云江经开区一家动力电池企业的智能工厂里，机械臂正有序地进行电芯装配。"),
                ("p", "近年来，云江经开区聚焦新能源主导产业，引进上下游企业120余家，2023年产业集群规模突破1000亿元。"),
                ("p", "经开区相关负责人表示，今年将继续围绕储能、氢能等新赛道开展精准招商，力争集群规模再增20%。")]),
    dict(col="mtbd", id=4123435, date="2024-02-28", time="07:50", title="云江经开区“拿地即开工”跑出项目建设加速度",
         source="云江日报", meta_author="云江日报", byline=None, variant="repost", keywords="拿地即开工",
         orig_title=None, editor="责任编辑：钱伟", wan=False,
         paras=[("p", "本报讯 2月27日，云江经开区一智能装备项目在取得土地证的当天即领到施工许可证，实现“拿地即开工”。"),
                ("p", "这得益于经开区推行的“容缺预审+并联审批”模式，项目审批时间由原来的90个工作日压缩至30个工作日以内。")]),
    dict(col="mtbd", id=4123404, date="2024-02-19", time="10:10", title="国家级经开区综合发展水平考核评价结果发布 云江经开区跻身前三十",
         source="中国经济网", meta_author=SITE_NAME, byline=None, variant="repost", keywords="考核评价",
         orig_title=None, editor="（责任编辑：李明）", wan=True,
         paras=[("p", "中国经济网北京2月18日讯 商务部近日公布2023年国家级经济技术开发区综合发展水平考核评价结果，云江经开区位列第28位，较上年提升9位。"),
                ("p", "考核评价从产业基础、科技创新、开放合作、绿色发展和统筹协调五个方面对全国230家国家级经开区进行综合评价。")]),
    dict(col="mtbd", id=4123386, date="2024-02-04", time="09:00", title="新华社：长江岸线上的“绿色转型”样本",
         source="新华社", meta_author="刘洋", byline=None, variant="repost", keywords="绿色转型;长江",
         orig_title="长江岸线上的“绿色转型”样本——江苏云江经开区生态修复见闻", editor="（编辑：王静）", wan=True,
         paras=[("p", "新华社南京2月3日电（记者 刘洋）冬日的长江云江段，江豚逐浪，白鹭翩飞。几年前，这里还是码头林立、堆场密布的“工业岸线”。"),
                ("p", "云江经开区累计腾退长江岸线5.6公里，拆除非法码头23座，复绿面积超过3000亩。"),
                ("p", "“生态环境好了，优质项目反而更愿意来。”经开区一位负责人说。")]),
    dict(col="mtbd", id=4123361, date="2024-01-22", time=None, title="经开区企业获评省级智能制造示范工厂",
         source="江苏经济报", meta_author="江苏经济报", byline=None, variant="repost", keywords="智能制造",
         orig_title=None, editor=None, wan=False,
         paras=[("p", "近日，江苏省工业和信息化厅公布2023年省级智能制造示范工厂名单，云江经开区3家企业入选。"),
                ("p", "至此，经开区累计拥有省级以上智能制造示范工厂11家，数量位居全市第一。")]),
]

# List entries that are not article pages.
PDF_ONLY = [
    dict(col="tzgg", date="2024-02-29", title="经开区2024年第一批重点项目清单", file="P020240229771234567890.pdf"),
    dict(col="zcwj", date="2024-02-15", title="云江经济技术开发区国土空间规划（2021-2035年）文本", file="P020240215665544332211.pdf"),
]
REDIRECTS = [
    dict(col="mtbd", id=4123399, date="2024-02-14", title="人民网：云江经开区外资项目签约落地提速",
         target="http://js.people.com.cn/n2/2024/0214/c360301-40741234.html"),
]
DELETED = "/col/zwdt/202301/t20230105_4000012.html"   # linked from a 相关链接 box, answers 404

LEADERS = [
    dict(id=4100101, date="2024-01-10", name="赵明远", post="党工委书记",
         text="主持党工委全面工作。"),
    dict(id=4100102, date="2024-01-10", name="陈立新", post="党工委副书记、管委会主任",
         text="主持管委会全面工作，分管经发局、财政局。"),
]
GUIDES = [
    dict(id=4110001, date="2024-02-20", title="企业投资项目备案办事指南",
         cond=["在经开区范围内建设的不使用政府投资资金的企业投资项目。"],
         mats=["项目备案申请表（原件1份）", "企业营业执照复印件（1份）"], time_limit="1个工作日"),
    dict(id=4110002, date="2024-02-20", title="建设工程规划许可证核发办事指南",
         cond=["已取得建设用地规划许可证或不动产权证书。"],
         mats=["建设工程规划许可申请表", "建设工程设计方案总平面图"], time_limit="5个工作日"),
]
MESSAGES = [("关于科创大道施工噪音的咨询", "2024-03-03", "已回复"), ("人才公寓申请条件", "2024-02-28", "已回复"),
            ("企业用工招聘渠道", "2024-02-21", "已回复"), ("公交线路调整建议", "2024-02-12", "已回复"),
            ("停车场收费问题", "2024-02-02", "已回复"), ("新能源汽车充电桩安装", "2024-01-25", "已回复")]


def url_path(a):
    d = a["date"].replace("-", "")
    return "/col/%s/%s/t%s_%d.html" % (a["col"], d[:6], d, a["id"])


def by_id(i):
    for a in ARTICLES:
        if a["id"] == i:
            return a
    return None


def list_entries(col):
    """Everything a column list shows, newest first: ('art', a) / ('pdf', p) / ('redir', r)."""
    items = [("art", a) for a in ARTICLES if a["col"] == col]
    items += [("pdf", p) for p in PDF_ONLY if p["col"] == col]
    items += [("redir", r) for r in REDIRECTS if r["col"] == col]
    items.sort(key=lambda t: (t[1]["date"], t[1].get("id", 0)), reverse=True)
    return items


def list_pages(col):
    e = list_entries(col)
    return [e[i:i + PAGE_SIZE] for i in range(0, len(e), PAGE_SIZE)] or [[]]


def para_text(item):
    style, val = item
    if style == "tr":
        return " ".join(val)
    if style == "att":
        return val[0] + val[1]
    return val


def related_links(a):
    """The 【相关链接】 box: other articles of the same column (by date), plus one dead link on zwdt pages."""
    same = [b for b in ARTICLES if b["col"] == a["col"] and b["id"] != a["id"]][:3]
    return same
