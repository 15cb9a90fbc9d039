# -*- coding: utf-8 -*-
"""Data for the invented factory-rental platform 优厂房 (www.youchangfang.cn).

Everything the pages show is rendered from here; make_truth.py reads the same data.
Article body mini-markup (one block per line):
  "## x" h2   "### x" h3   "| a | b" table row (first row of a run = header)
  "!img SRC | CAPTION" lazy image with optional caption   "- x" ul item   "+ x" ol item
  "~ x" small note paragraph (data source note)   anything else: a paragraph.
  Inline "[text](url)" is a link inside a paragraph.
"""

SITE_NAME = "优厂房"
DOMAIN = "youchangfang.cn"
WWW = "www." + DOMAIN
MOBILE = "m." + DOMAIN
HOTLINE = "400-820-6618"
# The emulator's clock: every Date header, every relative date is computed against this.
NOW = (2024, 11, 4, 10, 0)          # local time, +08:00  (= Mon, 04 Nov 2024 02:00:00 GMT)
DATE_HEADER = "Mon, 04 Nov 2024 02:00:00 GMT"

CATEGORIES = [
    ("yqdt", "园区动态"),
    ("zcjd", "政策解读"),
    ("hybg", "行业报告"),
    ("zsgl", "招商指南"),
]
CAT_NAME = dict(CATEGORIES)

CITIES = [
    ("sh", "上海"), ("sz", "深圳"), ("hz", "杭州"), ("su", "苏州"), ("gz", "广州"),
    ("dg", "东莞"), ("wh", "武汉"), ("cd", "成都"), ("hf", "合肥"), ("qd", "青岛"),
]

# date_mode: "abs" (meta row shows 'YYYY-MM-DD HH:MM'), "rel" (relative text + <time datetime>),
#            "dateonly" (page states only the day)
# jsonld / og: whether the page carries JSON-LD NewsArticle / og: + article:published_time tags.
# views: the 阅读 count shown in the meta row (None: no count in the page at all).
ARTICLES = [
    dict(id=5203, slug="songjiang-g60-chanyeyuan-fengding", cat="yqdt",
         title="松江G60科创走廊又一产业园封顶，可提供标准厂房12万平方米",
         date="2024-09-18 15:20", date_mode="abs", author="陈晓", source=None, orig_title=None,
         tags=["松江", "G60科创走廊", "标准厂房"], views=2318, jsonld=True, og=True,
         summary="松江G60科创走廊智能制造产业园日前结构封顶，项目可提供标准厂房约12万平方米，预计2025年二季度交付。",
         body="""松江区G60科创走廊沿线的智能制造产业园项目日前迎来结构封顶。该项目总建筑面积约16.8万平方米，其中标准厂房约12万平方米，配套研发办公、人才公寓和员工食堂，预计2025年二季度整体交付。
!img /upload/2024/09/g60-fengding.jpg | 图：产业园封顶现场（项目方供图）
## 以多层厂房为主，首层层高9米
据项目方介绍，园区厂房以四至六层的多层厂房为主，首层层高9米、楼面承重2吨/平方米，二层以上层高5.4米至6米、承重1吨/平方米，每栋均配置3吨和5吨货梯，可满足精密制造、电子装配等行业的使用需求。
园区规划了集中式卸货平台和环形货运通道，货车可直达各栋厂房，客货流线分离。电力方面，园区按每平方米150瓦预留容量，并设置了两路10千伏进线。
## 租售结合，优先引进链主企业配套
在招商方面，园区采取“租售结合”的方式，约七成面积用于出租，其余部分可分割出售。招商团队表示，园区将优先引进集成电路、智能装备和新材料领域的链主企业及其上下游配套企业。
目前已有十余家企业与园区达成意向，意向面积约3.5万平方米。业内人士认为，随着松江G60沿线产业集聚效应进一步显现，区域内优质标准厂房的去化速度有望保持稳定。""",
    ),
    dict(id=5187, slug="suzhou-bio-park-phase3", cat="yqdt",
         title="苏州工业园区生物医药产业园三期启动招商",
         date="2024-08-27 10:05", date_mode="abs", author=None, source="苏州日报",
         orig_title="BioBAY三期开门迎客 新增研发生产空间约20万平方米",
         tags=["苏州工业园区", "生物医药"], views=1562, jsonld=False, og=True,
         summary="苏州工业园区生物医药产业园三期正式启动招商，新增研发及生产空间约20万平方米。",
         body="""8月26日，苏州工业园区生物医药产业园三期项目正式启动招商。三期项目位于园区东部，新增研发及生产空间约20万平方米，可满足创新药、医疗器械及合成生物等领域企业从研发、中试到产业化的全流程需求。
三期项目的厂房按照GMP标准预留了洁净区改造条件，层高普遍在5.5米以上，部分楼栋设置独立的危化品仓库和污水预处理设施。园区负责人介绍，针对初创企业，三期还将提供“拎包入驻”的共享实验室。
截至目前，苏州工业园区已集聚生物医药企业2000余家，去年产业规模突破1400亿元。业内人士表示，三期项目投用后，将进一步缓解区域内生物医药专业厂房供不应求的局面。""",
    ),
    dict(id=5229, slug="dongguan-songshanhu-zhizao-yuan", cat="yqdt",
         title="东莞松山湖一智能制造产业园年内交付，首批企业签约入驻",
         date="2024-11-01 11:20", date_mode="rel", author="林嘉怡", source=None, orig_title=None,
         tags=["东莞", "松山湖", "智能制造"], views=986, jsonld=True, og=False,
         summary="松山湖某智能制造产业园将于年内交付，首批8家企业已签约，签约面积超过4万平方米。",
         body="""位于东莞松山湖高新区的一处智能制造产业园将于今年12月交付使用。10月底，园区举行首批企业集中签约仪式，8家企业签约入驻，签约面积超过4万平方米。
园区总用地面积约150亩，规划建设高层厂房9栋，首层层高8米、承重3吨/平方米，标准层层高4.5米至5米。园区还配套了人才公寓约600套，满足企业员工就近居住的需求。
### 首批企业以电子信息为主
从签约企业来看，首批入驻企业以消费电子、精密模具和工业机器人零部件企业为主，其中有3家为国家级专精特新“小巨人”企业。
园区运营方表示，后续将围绕新型储能和半导体设备方向开展定向招商，并为入驻企业提供装修补贴和前两年租金减免等支持。""",
    ),
    dict(id=5211, slug="hangzhou-qiantang-biaozhundi", cat="yqdt",
         title="杭州钱塘新区标准厂房“拿地即开工”再提速",
         date="2024-10-09 08:40", date_mode="abs", author="周松", source="浙江日报",
         orig_title=None,
         tags=["杭州", "钱塘新区", "拿地即开工"], views=1204, jsonld=False, og=False,
         summary="钱塘新区推行“拿地即开工”审批模式，标准厂房项目从拿地到开工最快仅需1天。",
         body="""浙江日报讯（记者 周松）10月8日，钱塘新区一宗工业用地完成出让手续的当天，项目即取得施工许可证并正式开工。这是今年以来该区第27个实现“拿地即开工”的标准厂房项目。
所谓“拿地即开工”，是指在土地出让阶段同步开展方案设计审查、施工图审查等工作，企业拿到土地后即可领取施工许可证。钱塘新区相关负责人介绍，今年以来，该区通过“标准地+承诺制”改革，已将工业项目从拿地到开工的平均时间压缩至15天以内。
效率的提升也带动了标准厂房的供应。今年前三季度，钱塘新区新开工小微企业园和标准厂房项目面积约85万平方米，同比增长约三成。""",
    ),
    dict(id=5192, slug="jiaxing-gongxiang-cangchu", cat="yqdt",
         title="嘉兴一产业园区启用共享仓储中心",
         date="2024-09-02 16:10", date_mode="abs", author=None, source=None, orig_title=None,
         tags=["嘉兴", "共享仓储"], views=437, jsonld=False, og=False,
         summary="嘉兴某产业园区共享仓储中心启用，园内企业可按托盘、按天租用仓位。",
         body="""嘉兴秀洲区一产业园区的共享仓储中心日前正式启用。该中心建筑面积约1.2万平方米，园内企业可按托盘、按天租用仓位，最小起租量为10个托盘。
园区方面表示，共享仓储中心主要面向园内中小制造企业，帮助企业在旺季临时扩充库容，避免为短期需求长期租赁整库。""",
    ),
    dict(id=5231, slug="hefei-xinzhan-gongye-shanglou", cat="yqdt",
         title="合肥新站高新区“工业上楼”项目主体完工",
         date="2024-11-03 16:40", date_mode="rel", author="王磊", source=None, orig_title=None,
         tags=["合肥", "工业上楼", "新型显示"], views=None, jsonld=False, og=True,
         summary="新站高新区首个“工业上楼”项目主体完工，最高楼层达12层，可满足新型显示配套企业生产需求。",
         body="""合肥新站高新区首个“工业上楼”项目近日实现主体完工。项目共建设高层厂房5栋，最高12层，总建筑面积约22万平方米，主要面向新型显示、集成电路配套企业。
与传统单层厂房相比，该项目在每栋楼均配置了载重5吨的大型货梯，首层至三层楼面承重达到1.5吨/平方米，并在四层以上采用“研发+中试”的空间组合，兼顾生产与办公。
## 提高土地利用效率
项目容积率达到3.5，是周边同类工业项目的两倍以上。新站高新区相关负责人表示，在工业用地日益紧缺的情况下，“工业上楼”是提高亩均产出的重要路径。
据了解，项目计划于明年一季度竣工验收，目前已有12家企业提交入驻申请。""",
    ),
    dict(id=5198, slug="wuhan-dongxihu-gaobiaocang", cat="yqdt",
         title="武汉东西湖物流园新增高标仓约8万平方米",
         date="2024-09-10 09:15", date_mode="abs", author="刘畅", source="长江日报",
         orig_title=None, byline_block="长江日报记者 刘畅 通讯员 何平",
         tags=["武汉", "高标仓", "物流园"], views=1733, jsonld=True, og=True,
         summary="武汉东西湖区一物流园二期高标仓竣工，新增仓储面积约8万平方米。",
         tail=("（完）", "inline"),
         body="""9月9日，位于武汉东西湖区的一处物流园二期项目竣工，新增高标准仓库约8万平方米。项目仓库净高12米，地坪承重3吨/平方米，配备自动喷淋系统和升降式装卸平台。
东西湖区是武汉重要的物流集聚区，拥有多条高速公路出入口和铁路货运站。近年来，电商、快消和医药企业对高标仓的需求持续增长，推动区域内仓储设施加快升级。
园区运营方介绍，二期项目已有两家第三方物流企业签约，签约面积约4.6万平方米，剩余库区正在洽谈中。""",
    ),
    dict(id=5176, slug="qingdao-xihaian-xiaowei-yuan", cat="yqdt",
         title="青岛西海岸新区一小微企业园全面投用",
         date="2024-07-22 14:00", date_mode="abs", author="陈晓", source=None, orig_title=None,
         tags=["青岛", "小微企业园"], views=892, jsonld=False, og=False,
         summary="西海岸新区一小微企业园全面投用，可分割出售的小面积厂房受到初创企业欢迎。",
         body="""青岛西海岸新区一处小微企业园日前全面投用。园区共有厂房14栋，单层面积从500平方米到2000平方米不等，可按层分割出租或出售。
!img /upload/2024/07/qd-xiaowei.jpg | 图：园区内景
园区运营方介绍，小面积、可分割是该园区的主要特点。初创企业往往只需几百平方米的生产空间，以往在市场上很难找到合适的房源，只能与其他企业合租或租用改造的旧厂房。
目前园区已入驻企业46家，以海洋装备配件、食品加工和电子元器件企业为主，出租率约九成。园区还引入了财税、法律和知识产权服务机构，为入驻企业提供一站式服务。""",
    ),
    # ---------------------------------------------------------------- 政策解读
    dict(id=5206, slug="shanghai-biaozhundi-churang-xingui", cat="zcjd",
         title="一文读懂：2024年上海工业用地“标准地”出让新规",
         date="2024-09-25 11:30", date_mode="abs", author="赵明远", source=None, orig_title=None,
         tags=["上海", "标准地", "工业用地"], views=3561, jsonld=True, og=True,
         summary="上海进一步完善工业用地“标准地”出让制度，明确了亩均投资、亩均税收等控制指标以及达产复核要求。",
         body="""近日，上海市有关部门印发新一轮工业用地“标准地”出让实施意见，对出让条件、控制指标和监管方式作了进一步明确。本文梳理其中与企业关系最密切的几项内容。
## 一、什么是“标准地”
“标准地”是指在土地出让前，由政府部门完成区域评估，并明确规划建设、亩均投资、亩均税收、能耗和环境等控制指标的国有建设用地。企业拿地时即清楚需要达到的标准，可以缩短审批时间。
## 二、控制指标有哪些
按照新规，“标准地”出让时需在出让合同中载明以下指标：
+ 固定资产投资强度；
+ 亩均税收或亩均产值；
+ 容积率和建筑密度；
+ 单位能耗和污染物排放要求。
## 三、达产复核怎么做
### 复核时间
项目竣工投产后，一般在约定的达产期满时开展复核，达产期通常为三年。
### 未达标如何处理
复核不达标的，企业应按合同约定承担违约责任，情节严重的可依法收回土地使用权。新规同时明确，因政策调整等客观原因未达标的，可申请延期复核。
对企业而言，在参与竞买前应充分评估自身投资计划和产出能力，避免因指标过高而在后期面临违约风险。""",
    ),
    dict(id=5215, slug="shenzhen-gongye-shanglou-butie-wenda", cat="zcjd",
         title="深圳“工业上楼”厂房租金补贴怎么申请？五问五答",
         date="2024-10-15 17:45", date_mode="abs", author="林嘉怡", source=None, orig_title=None,
         tags=["深圳", "工业上楼", "租金补贴"], views=4127, jsonld=False, og=True,
         summary="针对深圳“工业上楼”厂房租金补贴的申请条件、补贴标准和申报流程，本文以问答形式作简要说明。",
         body="""深圳各区陆续出台“工业上楼”配套政策，对入驻指定厂房的企业给予租金补贴。不少企业来电咨询申请细节，我们整理了五个常见问题。
### 问一：哪些企业可以申请？
一般要求企业在深圳注册并纳税，入驻经认定的“工业上楼”项目，所属行业符合区重点产业目录，且承诺在补贴期内不转租、不改变用途。
### 问二：补贴标准是多少？
各区标准不一，多数按实际租金的一定比例补贴，或按每平方米每月固定金额补贴，补贴期一般为三年，部分区对专精特新企业上浮补贴比例。
### 问三：需要提交哪些材料？
通常包括营业执照、租赁合同及备案证明、租金支付凭证、纳税证明以及企业承诺书等，具体以各区申报指南为准。
### 问四：什么时候申报？
多数区每年集中受理一到两次，企业应关注区工业和信息化局发布的申报通知。
### 问五：补贴会被追回吗？
如企业在补贴期内擅自转租、提前退租或迁出，补贴部门有权追回已发放的补贴资金。""",
    ),
    dict(id=5183, slug="changfang-zhuanzu-fenzu-hegui", cat="zcjd",
         title="工业厂房转租、分租有哪些合规要点",
         date="2024-08-12 09:50", date_mode="abs", author="赵明远", source=None, orig_title=None,
         tags=["转租", "租赁合同", "合规"], views=2784, jsonld=True, og=False,
         summary="厂房转租、分租在实践中十分普遍，但也容易引发纠纷。本文从合同、消防和税务三个方面提示合规要点。",
         body="""在厂房租赁市场上，“二房东”转租、分租的情况十分普遍。对于承租企业来说，租用转租厂房虽然可能获得更灵活的面积和价格，但也面临更多风险。
## 合同层面：确认转租是否经过同意
根据民法典相关规定，承租人经出租人同意，可以将租赁物转租给第三人。未经出租人同意转租的，出租人可以解除合同。因此，次承租人在签约前应要求查看原租赁合同以及产权方同意转租的书面文件。
## 消防层面：分隔改造须合规
厂房分租往往伴随隔墙搭建和用途调整，容易影响原有的消防分区和疏散通道。分租后的每个单元应满足防火分区、安全出口和消防设施的配置要求，必要时应重新办理消防设计审查或备案。
## 税务层面：发票由谁开具
转租方作为出租人，应就取得的租金收入依法开具发票。承租企业若需要租金发票用于抵扣或入账，应在合同中明确开票主体、税率及开票时间。
总体而言，承租企业在选择转租厂房时，应核实产权、审查合同链条，并预留一定的违约赔偿约定。""",
    ),
    dict(id=5201, slug="suzhou-tenglonghuanniao-xinzheng", cat="zcjd",
         title="苏州出台新一轮“腾笼换鸟”政策 推动低效工业用地再开发",
         date="2024-09-14 07:30", date_mode="abs", author=None, source="新华日报",
         orig_title="苏州：低效用地再开发 腾出发展新空间",
         tags=["苏州", "低效用地", "腾笼换鸟"], views=1318, jsonld=False, og=False,
         summary="苏州发布低效工业用地再开发新政，鼓励企业通过自主改造、合作开发等方式提高土地利用效率。",
         tail=("本文转载自新华日报，仅供参考，版权归原作者所有，如有侵权请联系删除。", "br"),
         body="""苏州市近日出台推进低效工业用地再开发的实施意见，提出到2026年完成低效工业用地再开发2万亩以上。
意见明确，鼓励原土地使用权人通过自主改造、合作开发、协议转让等方式盘活低效用地。改造后容积率提高的，在符合规划的前提下不再增收土地价款。对于连续两年亩均税收低于一定标准的企业，各地将通过差别化电价、水价等手段倒逼其转型或退出。
业内人士认为，新政将在一定程度上增加苏州中心城区周边的标准厂房供应，对当前偏紧的中小企业厂房市场形成补充。""",
    ),
    dict(id=5170, slug="guangdong-gongyeyongdi-tanxing-nianqi", cat="zcjd",
         title="广东明确工业用地弹性年期出让 最长不超过20年",
         date="2024-07-08 10:00", date_mode="abs", author=None, source="南方日报",
         orig_title=None,
         tags=["广东", "弹性年期", "工业用地"], views=2046, jsonld=True, og=True,
         summary="广东省明确工业用地可实行弹性年期出让，首期出让年限一般不超过20年，到期后经评估可续期。",
         body="""广东省自然资源厅日前发布通知，明确全省工业用地可采取长期租赁、先租后让、弹性年期出让等方式供应，弹性年期出让的首期年限一般不超过20年。
通知提出，工业用地出让合同应明确产业类型、投资强度、产出效益等要求，出让年限届满时由属地政府组织评估，评估合格的可按规定续期，不合格的由政府依法收回。
对企业而言，弹性年期出让可以降低一次性拿地成本。有园区招商人员表示，过去50年的出让年期对中小企业资金压力较大，缩短年限后地价相应降低，更多企业有能力通过拿地建设自有厂房。""",
    ),
    dict(id=5180, slug="fangchanshui-tudishiyongshui-changfang", cat="zcjd",
         title="房产税和城镇土地使用税：厂房出租方需要知道的事",
         date="2024-06-03", date_mode="dateonly", author="周倩", source=None, orig_title=None,
         tags=["房产税", "城镇土地使用税", "税务"], views=1590, jsonld=False, og=False,
         summary="厂房出租涉及的房产税、城镇土地使用税如何计算？本文以常见情形为例说明。",
         body="""厂房出租方在收取租金的同时，需要依法缴纳房产税和城镇土地使用税。实践中，不少业主对计税依据和免租期的处理存在误解。
## 房产税：从租计征
出租的厂房，房产税按租金收入计征，税率为12%。租金收入为不含增值税的金额。合同约定免租期的，免租期内由产权所有人按照房产原值缴纳房产税。
## 城镇土地使用税：按实际占用面积
城镇土地使用税以纳税人实际占用的土地面积为计税依据，按所在地区规定的单位税额每年计算。厂房出租的，一般由土地使用权人缴纳，合同另有约定的除外。
## 小微企业可享受减半征收
符合条件的增值税小规模纳税人、小型微利企业和个体工商户，可以在50%的税额幅度内减征房产税和城镇土地使用税，具体以当地规定为准。""",
    ),
    dict(id=5221, slug="zhejiang-mujun-lun-yingxiong-zhunru", cat="zcjd",
         title="浙江“亩均论英雄”改革深化 新增工业用地须设准入门槛",
         date="2024-10-22 15:10", date_mode="abs", author=None, source="浙江省经济和信息化厅",
         orig_title=None,
         tags=["浙江", "亩均论英雄"], views=875, jsonld=False, og=True,
         summary="浙江省进一步深化“亩均论英雄”改革，新增工业用地项目须设置亩均税收等准入门槛。",
         body="""近日，浙江省经济和信息化厅等部门联合印发通知，进一步深化“亩均论英雄”改革，要求各地对新增工业用地项目设置亩均投资、亩均税收等准入门槛，并纳入土地出让合同。
通知明确，各设区市应结合产业特点制定分行业准入标准，原则上新增工业项目亩均税收不低于所在县（市、区）上年度规模以上工业企业平均水平。
对已供工业用地，各地将开展亩均效益综合评价，评价结果分为A、B、C、D四类，并与用地、用能、信贷等要素配置挂钩。
企业如对评价结果有异议，可在公示期内向所在地经信部门提出复核申请。联系人：省经信厅产业政策处 张老师，联系电话：0571-87050000。""",
    ),
    dict(id=5172, slug="zulin-hetong-beian-xingui", cat="zcjd",
         title="厂房租赁合同备案新规解读",
         date="2024-07-11 13:25", date_mode="abs", author=None, source=None, orig_title=None,
         tags=["租赁合同", "备案"], views=None, jsonld=False, og=False,
         summary="多地推行非住宅租赁合同网上备案，厂房租赁合同备案可全程线上办理。",
         body="""今年以来，上海、深圳等多地推行非住宅房屋租赁合同网上备案，厂房租赁合同备案可通过政务服务平台全程线上办理，一般3个工作日内办结。
备案虽然不影响租赁合同的效力，但备案证明是企业申请租金补贴、办理工商注册和部分资质审批的必备材料，建议承租企业签约后及时办理。""",
    ),
    # ---------------------------------------------------------------- 行业报告
    dict(id=5219, slug="2024q3-changsanjiao-changfang-zulin-baogao", cat="hybg",
         title="2024年三季度长三角工业厂房租赁市场报告",
         date="2024-10-18 10:30", date_mode="abs", author="郑一鸣", source=None, orig_title=None,
         tags=["长三角", "租金", "市场报告"], views=5402, jsonld=True, og=True,
         summary="三季度长三角主要城市厂房平均租金环比小幅下降，空置率继续上升，小面积高品质厂房仍受欢迎。",
         body="""2024年三季度，长三角工业厂房租赁市场整体延续调整态势。受部分制造业企业扩张放缓和新增供应集中入市的影响，主要城市平均租金环比小幅下降，空置率继续上升。
## 一、主要城市租金与空置率
从本平台挂牌及成交数据看，上海、苏州、杭州、宁波、合肥五个城市中，仅合肥平均租金环比持平，其余城市均出现不同程度下降。
| 城市 | 平均租金（元/㎡/月） | 环比 | 空置率
| 上海 | 42.6 | -1.2% | 16.8%
| 苏州 | 28.3 | -0.9% | 14.5%
| 杭州 | 33.1 | -1.5% | 15.2%
| 宁波 | 24.7 | -0.6% | 12.9%
| 合肥 | 21.5 | 0.0% | 11.3%
~ 数据来源：优厂房研究院，基于平台挂牌及成交样本整理
## 二、需求结构变化
从成交面积段看，500至2000平方米的中小面积厂房成交占比达到61%，较二季度提升4个百分点。新能源、医疗器械和半导体设备企业是主要的需求来源，传统纺织服装和家具企业的需求明显收缩。
## 三、后市展望
四季度仍有较多新建产业园计划交付，预计长三角厂房租金将继续承压。但层高、承重、配电条件较好的新型厂房仍具备较强竞争力，业主可通过提供装修补贴、灵活租期等方式吸引优质租户。""",
    ),
    dict(id=5217, slug="2024q3-zhusanjiao-gongye-dichan-huigu", cat="hybg",
         title="2024年三季度珠三角工业地产市场回顾",
         date="2024-10-16 14:15", date_mode="abs", author="郑一鸣", source=None, orig_title=None,
         tags=["珠三角", "工业地产", "市场报告"], views=3987, jsonld=False, og=True,
         summary="珠三角工业地产市场三季度成交活跃度回升，深圳、东莞“工业上楼”项目集中入市。",
         body="""三季度，珠三角工业地产市场成交活跃度较上半年有所回升，但租金仍处于下行通道。深圳、东莞两地“工业上楼”项目集中入市，带动新增供应明显增加。
| 城市 | 新增供应（万㎡） | 净吸纳量（万㎡） | 平均租金（元/㎡/月）
| 深圳 | 68 | 41 | 46.2
| 东莞 | 52 | 30 | 27.8
| 广州 | 35 | 22 | 31.5
| 佛山 | 29 | 19 | 22.4
~ 数据来源：优厂房研究院
从租户行业看，电子信息和新能源企业贡献了超过一半的新增租赁需求，跨境电商企业对仓储及轻型加工空间的需求也较为旺盛。
值得注意的是，深圳部分旧工业区改造后的厂房租金与新建“工业上楼”项目的价差正在缩小，老旧厂房面临更大的去化压力。""",
    ),
    dict(id=5208, slug="gaobiaocang-kongzhilv-shangsheng", cat="hybg",
         title="高标仓市场观察：空置率上升，租金承压",
         date="2024-09-29 08:00", date_mode="abs", author=None, source="第一财经",
         orig_title="高标仓迎来“买方市场”：新增供应放量，租金连续下调",
         tags=["高标仓", "仓储物流", "空置率"], views=2215, jsonld=True, og=False,
         summary="全国高标仓新增供应放量，重点城市空置率上升，租金连续多个季度下调。",
         body="""近一年来，全国高标准仓库新增供应持续放量，重点城市空置率明显上升，仓储租金连续多个季度下调，市场逐步转向“买方市场”。
| 城市 | 空置率 | 租金同比
| 上海 | 18.5% | -6.2%
| 武汉 | 27.3% | -9.8%
| 成都 | 21.6% | -7.5%
| 西安 | 30.1% | -11.4%
业内人士分析，前几年资本大量涌入物流地产领域，项目集中在近两年竣工，而电商平台和快递企业的扩仓节奏有所放缓，供需失衡导致部分城市空置率超过25%。
不过，区位优越、配套完善的核心项目出租情况依然良好。有物流地产运营商表示，租户正在从“找得到仓”转向“找性价比更高的仓”，对仓库的智能化水平和运营服务提出了更高要求。""",
    ),
    dict(id=5166, slug="2024-qiansanjidu-gongye-yongdi-chengjiao", cat="hybg",
         title="2024年前三季度全国工业用地成交数据盘点",
         date="2024-10-11", date_mode="dateonly", author="郑一鸣", source=None, orig_title=None,
         tags=["工业用地", "土地成交"], views=1877, jsonld=False, og=False,
         summary="前三季度全国工业用地成交面积同比下降，长三角、成渝地区成交相对活跃。",
         body="""根据各地公共资源交易平台公开数据整理，2024年前三季度全国工业用地成交面积同比下降约9%，成交楼面均价基本持平。
## 区域分布
| 区域 | 成交面积占比 | 同比变化
| 长三角 | 27% | -5%
| 珠三角 | 11% | -13%
| 京津冀 | 9% | -15%
| 成渝 | 12% | +3%
| 其他地区 | 41% | -10%
~ 数据来源：各地公共资源交易中心，优厂房研究院整理
## 出让方式
从出让方式看，“标准地”出让占比继续提升，部分地区已超过八成。先租后让、弹性年期出让的宗数也有所增加，反映出地方政府在工业用地供应上更加注重产出效益。""",
    ),
    dict(id=5213, slug="xinnengyuan-changfang-cenggao-chengzhong", cat="hybg",
         title="新能源产业带动厂房需求：层高、承重要求有何变化",
         date="2024-10-12 16:30", date_mode="abs", author="王磊", source=None, orig_title=None,
         tags=["新能源", "层高", "承重"], views=2640, jsonld=False, og=False,
         summary="新能源企业对厂房的层高、承重和配电要求明显高于传统制造业，本文按细分行业梳理。",
         body="""过去两年，新能源产业成为厂房租赁市场最主要的需求来源之一。与传统制造业相比，新能源企业对厂房的硬件条件要求更高，部分老旧厂房难以满足。
## 不同细分行业的硬件要求
根据本平台近一年新能源企业的找房需求统计，各细分行业对厂房的常见要求如下：
| 细分行业 | 层高要求 | 地面承重 | 配电需求
| 动力电池 | 10米以上 | 3吨/㎡以上 | 2000kVA以上
| 储能系统集成 | 8米以上 | 2吨/㎡以上 | 800kVA以上
| 光伏组件 | 9米以上 | 2吨/㎡以上 | 1250kVA以上
| 充电设备 | 6米以上 | 1吨/㎡以上 | 400kVA以上
## 单层厂房仍是首选
由于设备体量大、重量高，动力电池和光伏组件企业基本只考虑单层厂房或多层厂房的首层，这也使得这类房源在部分城市出现了“一房难求”的情况。
对业主而言，在新建或改造厂房时适当提高首层层高和承重标准，有助于扩大潜在租户范围。""",
    ),
    dict(id=5230, slug="chengyu-chanyeyuan-zujin-zhishu-202410", cat="hybg",
         title="成渝地区产业园区租金指数（2024年10月）",
         date="2024-11-04 08:15", date_mode="rel", author=None, source=None, orig_title=None,
         tags=["成渝", "租金指数"], views=312, jsonld=True, og=False,
         summary="10月成渝地区产业园区租金指数环比微降，成都天府新区、重庆两江新区成交较为活跃。",
         body="""10月，成渝地区产业园区租金指数为98.6，环比下降0.3个点，同比下降2.1个点。
| 区域 | 租金指数 | 环比
| 成都高新区 | 101.2 | -0.2
| 成都天府新区 | 99.8 | +0.1
| 重庆两江新区 | 97.4 | -0.4
| 重庆西部科学城 | 95.9 | -0.6
~ 注：以2023年1月为基期100
从成交情况看，成都天府新区和重庆两江新区的成交较为活跃，主要来自智能终端和汽车零部件企业。""",
    ),
    dict(id=5194, slug="lenglian-cangchu-xuqiu-baogao", cat="hybg",
         title="冷链仓储需求报告：生鲜电商仍是主力",
         date="2024-09-05 11:00", date_mode="abs", author=None, source="中国物流与采购网",
         orig_title=None,
         tags=["冷链", "仓储物流"], views=1129, jsonld=False, og=True,
         summary="冷链仓储需求保持增长，生鲜电商、连锁餐饮和医药企业是主要需求方。",
         body="""中国物流与采购网讯 近期发布的冷链仓储需求报告显示，今年上半年全国冷库租赁需求同比增长约12%，生鲜电商仍是冷链仓储最主要的需求方。
| 需求方 | 需求占比
| 生鲜电商 | 34%
| 连锁餐饮 | 22%
| 食品加工 | 19%
| 医药流通 | 15%
| 其他 | 10%
报告指出，目前冷库供给结构性不足的问题依然突出，一线城市周边的多温区冷库、医药专用冷库出租率保持在九成以上，而部分三四线城市的传统冷库空置较多。
报告建议，冷链设施投资应更加注重与产地、销地的匹配，避免盲目扩张。""",
    ),
    # ---------------------------------------------------------------- 招商指南
    dict(id=5185, slug="zhao-changfang-cenggao-chengzhong-peidian", cat="zsgl",
         title="找厂房前必看：层高、承重、配电怎么看",
         date="2024-08-20 10:00", date_mode="abs", author="周倩", source=None, orig_title=None,
         tags=["找厂房", "层高", "配电"], views=6830, jsonld=True, og=True,
         summary="层高、承重和配电是决定厂房能否满足生产需求的三个硬指标，看房时务必现场核实。",
         body="""很多企业在找厂房时，只关注面积和租金，入驻后才发现设备放不进、电不够用。层高、承重和配电，是看厂房时必须核实的三个硬指标。
## 层高：看净高而不是层高
房源信息中标注的“层高”通常是楼板到楼板的距离，而真正影响使用的是梁下净高。如果需要安装行车（天车），还要考虑轨道和吊钩的高度。
- 一般装配、电子类企业：净高4.5米左右即可；
- 需要使用叉车堆高的企业：净高建议不低于6米；
- 需要安装行车的企业：建议选择单层厂房，净高8米以上。
## 承重：楼上楼下差别大
单层厂房的地坪承重一般在3吨/平方米以上，多层厂房的楼面承重通常为0.8至1.5吨/平方米。如果设备较重，应要求业主提供结构设计图纸或承重检测报告。
## 配电：问清楚变压器容量
配电容量决定了厂房能带动多少设备。看房时应问清楚变压器容量、是否为专变以及增容的可行性和费用。增容往往需要数月时间，费用也不低，应提前纳入预算。""",
    ),
    dict(id=5190, slug="ruzhu-chanyeyuan-cailiao-qingdan", cat="zsgl",
         title="企业入驻产业园区需要准备哪些材料",
         date="2024-08-30 15:40", date_mode="abs", author="林嘉怡", source=None, orig_title=None,
         tags=["入驻园区", "招商"], views=2971, jsonld=False, og=False,
         summary="企业入驻产业园区一般需要经过项目评审，本文列出常见的申报材料清单。",
         body="""与在市场上直接租赁厂房不同，入驻政府主导或国资运营的产业园区，通常需要经过园区的项目评审。提前准备好材料，可以大大缩短入驻周期。
## 常见材料清单
+ 企业营业执照及法定代表人身份证明；
+ 近两年财务报表及纳税证明；
+ 项目可行性报告或商业计划书；
+ 主要产品、工艺流程及环保说明；
+ 知识产权、资质证书等证明材料。
## 评审重点
园区在评审时通常重点关注企业所属行业是否符合园区产业定位、预计产值和税收、能耗和环保情况，以及企业的成长性。
以某市级产业园为例，其招商服务中心明确表示，企业可先拨打园区招商热线0512-66881234进行预约，由招商专员上门了解项目情况后再提交正式材料。""",
    ),
    dict(id=5209, slug="zu-changfang-haishi-mai-changfang", cat="zsgl",
         title="租厂房还是买厂房？从三个维度算清账",
         date="2024-10-02 09:30", date_mode="abs", author="赵明远", source=None, orig_title=None,
         tags=["买厂房", "租厂房", "成本"], views=4410, jsonld=True, og=False,
         summary="租与买各有利弊，企业应结合资金状况、经营稳定性和资产配置需求综合判断。",
         body="""随着各地分割产权厂房供应增加，越来越多的中小企业开始考虑购买厂房。租还是买，可以从资金、稳定性和资产三个维度来比较。
| 维度 | 租厂房 | 买厂房
| 资金占用 | 押金加数月租金，占用少 | 首付三至五成，占用多
| 经营稳定性 | 受租期和房东影响 | 自主可控，可长期使用
| 资产属性 | 无 | 可抵押融资，存在增值或贬值可能
## 资金：看现金流是否充裕
购买厂房需要一次性投入较多资金，对于处在扩张期、需要把资金投入研发和市场的企业来说，租赁通常更合适。
## 稳定性：看设备投入大小
如果企业的生产线投入大、搬迁成本高，购买厂房可以避免因租约到期或业主变更而被迫搬迁的风险。
## 资产：看长期规划
需要注意的是，工业厂房的流动性明显弱于住宅和商业物业，转让时往往需要满足园区的产业准入条件，不宜单纯作为投资品。""",
    ),
    dict(id=5196, slug="cangku-xuanzhi-wuge-yinsu", cat="zsgl",
         title="仓库选址的五个关键因素",
         date="2024-09-08 14:20", date_mode="abs", author="王磊", source=None, orig_title=None,
         tags=["仓库", "选址"], views=1986, jsonld=False, og=True,
         summary="交通、辐射范围、仓库规格、用工和成本是仓库选址需要重点考虑的五个因素。",
         body="""仓库选址直接影响物流成本和配送时效。对于电商、快消和制造企业来说，以下五个因素值得重点考虑。
## 一、交通条件
优先选择靠近高速公路出入口、主干道的仓库，同时关注周边道路是否有货车限行政策。
## 二、辐射范围
根据主要客户和门店的分布，测算仓库到各配送点的距离和时效。
## 三、仓库规格
净高、地坪承重、柱距、月台数量和消防等级决定了仓库能存放什么货物、能否使用高位货架。
## 四、用工条件
仓储作业需要大量人工，周边是否有充足的劳动力、员工通勤是否方便，都会影响运营的稳定性。
## 五、综合成本
除了租金，还应计算物业费、水电费、装卸费用和运输成本，综合比较不同选址方案。""",
    ),
    dict(id=5223, slug="yuanqu-zhaoshang-zhengce-ganhuo", cat="zsgl",
         title="园区招商政策“干货”：税收返还已成过去式，企业该看什么",
         date="2024-10-25 10:45", date_mode="abs", author="陈晓", source=None, orig_title=None,
         tags=["招商政策", "产业园区"], views=3325, jsonld=False, og=False,
         summary="随着违规税收优惠清理，园区招商逐渐从“拼政策”转向“拼服务”，企业选园区的关注点也应随之调整。",
         body="""过去，不少园区以税收返还、财政奖励作为招商的主要筹码。随着国家对违规税收优惠政策的清理，这种做法已难以为继。
## 从“拼政策”到“拼服务”
如今，越来越多的园区开始在产业配套、审批服务、人才公寓和融资支持等方面下功夫。对于企业来说，一个园区能否提供稳定的产业链配套和高效的政务服务，比一次性的奖励更有价值。
## 企业该关注哪些方面
企业在选择园区时，可以重点了解园区的产业定位和已入驻企业、厂房的硬件条件、园区运营方的实力，以及当地对于专精特新、高新技术企业的合规扶持政策。
对于园区承诺的各类奖励补贴，建议企业要求对方写入投资协议，并明确兑现条件和时间。""",
    ),
    dict(id=5178, slug="xiaowei-qiye-dichengben-zhao-changfang", cat="zsgl",
         title="小微企业如何低成本找到合适的厂房",
         date="2024-07-30 11:10", date_mode="abs", author="周倩", source=None, orig_title=None,
         tags=["小微企业", "找厂房"], views=2503, jsonld=False, og=False,
         summary="面积小、预算紧是小微企业找厂房的普遍难题，小微企业园、共享厂房和分租是常见的解决办法。",
         body="""对于刚起步的小微企业来说，几百平方米的面积需求和有限的预算，往往让找厂房变得困难。以下几种方式可以帮助企业降低成本。
## 关注小微企业园
各地建设的小微企业园通常提供可分割的小面积厂房，租金相对稳定，部分园区还对入驻企业给予前期租金减免。
## 考虑共享厂房
一些园区推出了共享厂房、共享车间，企业可以按工位或按设备使用时间付费，适合处于试产阶段的企业。
## 谨慎选择分租房源
分租房源面积灵活、价格较低，但要注意核实转租是否经过产权方同意，以及消防、环保手续是否齐全，避免入驻后无法办理营业执照或环评。""",
    ),
    dict(id=5226, slug="changfang-xiaofang-yanshou-changjian-wenti", cat="zsgl",
         title="厂房消防验收常见问题汇总",
         date="2024-10-30 09:00", date_mode="rel", author="郑一鸣", source=None, orig_title=None,
         tags=["消防验收", "厂房装修"], views=1448, jsonld=False, og=True,
         summary="企业租赁厂房后进行装修改造，往往需要办理消防设计审查和验收，本文汇总常见问题。",
         body="""企业租赁厂房后，通常需要根据生产需要进行装修改造。涉及消防的改造工程，应依法办理消防设计审查、验收或备案手续。
### 哪些装修需要办理消防手续？
建筑面积较大或涉及改变使用性质的装修工程，一般需要办理消防设计审查和验收；其他工程按规定进行备案并接受抽查。
### 火灾危险性类别为什么重要？
厂房按生产的火灾危险性分为甲、乙、丙、丁、戊五类。租赁前应确认厂房原设计的类别，如果企业的生产类别高于原设计，可能无法通过验收。
### 常见的不合格项有哪些？
常见问题包括：擅自封堵疏散通道、防火分区被打通、消防设施被遮挡、装修材料燃烧性能不达标等。
建议企业在签订租赁合同前，就将消防条件作为核心条款之一，并约定因厂房原因无法通过验收时的责任划分。""",
    ),
]

# Articles that existed once and were deleted: linked from old pages, answer 404.
DELETED_ARTICLE_URLS = ["/news/2023-changfang-zujin-baogao-4870.html"]

# Old-style URLs for a few articles: 301 to the canonical (linked from the home page's ticker).
LEGACY_IDS = [5203, 5219, 5185]

# ------------------------------------------------------------------ listings (not articles)
PARKS = ["临港智造园", "G60电子信息产业园", "金桥出口加工区", "宝山城市工业园", "松山湖科技园",
         "光明科学城产业园", "钱塘智慧产业园", "吴中经开区标准厂房", "黄埔智能装备园", "东西湖物流园",
         "双流航空港产业园", "新站高新区工业上楼项目"]
LISTING_KINDS = [("changfang", "厂房"), ("cangku", "仓库"), ("tudi", "土地")]
BROKERS = [
    (301, "王建国", "临港片区"), (302, "刘芳", "松江片区"), (303, "陈志强", "宝安片区"),
    (304, "李娜", "吴中片区"), (305, "张伟", "钱塘片区"), (306, "黄丽", "东莞片区"),
]


def listings():
    """40 deterministic listing records (厂房/仓库/土地 for rent or sale)."""
    out = []
    for i in range(40):
        lid = 8801 + i * 7
        kind, kind_name = LISTING_KINDS[i % 3 if i % 5 else 0]
        city_code, city = CITIES[i % len(CITIES)]
        park = PARKS[i % len(PARKS)]
        area = 300 + (i * 137) % 9700
        area = area - area % 10
        sale = (i % 4 == 3) or kind == "tudi"
        if kind == "tudi":
            price = f"{80 + (i * 13) % 120}万元/亩"
            area_txt = f"{20 + i % 60}亩"
        else:
            price = (f"{3200 + (i * 211) % 6000}元/㎡" if sale
                     else f"{(18 + (i * 7) % 40) + (i % 10) / 10:.1f}元/㎡/月")
            area_txt = f"{area}㎡"
        height = [4.5, 6.0, 8.0, 9.0, 10.5, 12.0][i % 6]
        load = [0.8, 1.0, 1.5, 2.0, 3.0, 5.0][(i * 5) % 6]
        broker = BROKERS[i % len(BROKERS)]
        deal = "出售" if sale else "出租"
        if kind == "tudi":
            title = f"{city}{park}{area_txt}工业用地{deal}"
        else:
            floor = "单层" if height >= 8 else ["一楼", "二楼", "三楼"][i % 3]
            title = f"{city}{park}{floor}{area_txt}{kind_name}{deal}"
        desc = [
            f"本房源位于{city}{park}，{'土地性质为工业用地，' if kind == 'tudi' else ''}"
            f"{'面积' if kind != 'tudi' else '占地'}{area_txt}，{deal}价格{price}。",
            (f"{'首层' if kind != 'tudi' else ''}层高{height}米，地面承重{load}吨/㎡，"
             f"配电{200 + (i * 50) % 1200}kVA，{['带行车', '有货梯', '独门独院', '可分割'][i % 4]}。")
            if kind != "tudi" else "宗地四至清晰，七通一平，适合建设标准厂房或仓储物流项目。",
            f"周边交通便利，距高速出入口约{2 + i % 9}公里，园区内有员工宿舍和食堂，适合"
            f"{['电子装配', '机械加工', '仓储物流', '新能源', '生物医药', '食品包装'][i % 6]}等行业。",
            f"{['业主直租', '园区直招', '一手房源'][i % 3]}，可办环评，可注册公司，看房请提前联系经纪人预约。",
        ]
        out.append(dict(id=lid, kind=kind, kind_name=kind_name, city_code=city_code, city=city,
                        park=park, title=title, area=area_txt, price=price, deal=deal,
                        height=height, load=load, broker=broker, desc=desc))
    return out


LISTINGS = listings()

HOT_SEARCHES = ["上海厂房出租", "苏州厂房出租", "深圳厂房出租", "东莞厂房出租", "杭州仓库出租",
                "单层厂房", "带行车厂房", "独门独院厂房", "小面积厂房", "工业用地出售"]
FRIEND_LINKS = [("中国工业地产网", "http://www.chinaindustrialland.com/"),
                ("物流仓储网", "https://www.wuliucangchu.net/"),
                ("园区在线", "http://www.yuanquzaixian.cn/"),
                ("工信部", "https://www.miit.gov.cn/")]

COMMENTS = {
    5203: [("松江老厂长", "2024-09-18", "首层9米不错，什么时候能看房？"),
           ("小周", "2024-09-19", "租金大概什么价位？")],
    5206: [("地产法务", "2024-09-26", "达产复核这块讲得很清楚，收藏了。")],
    5215: [("深圳制造", "2024-10-16", "我们去年申请过，材料准备挺麻烦的，建议提前问清楚。"),
           ("匿名用户", "2024-10-17", "宝安区今年还有吗？")],
    5219: [("苏州-王", "2024-10-19", "苏州吴中这边感觉租金降得更多。")],
    5185: [("新手老板", "2024-08-21", "干货，配电这个真的踩过坑。")],
}


# ------------------------------------------------------------------ helpers shared by site.py and make_truth.py
import re as _re

_LINK = _re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def plain(text):
    """Inline mini-markup removed: what a reader sees."""
    return _LINK.sub(lambda m: m.group(1), text)


def parse_body(src):
    """Mini-markup -> list of blocks: (kind, payload)."""
    blocks = []
    for line in src.split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("### "):
            blocks.append(("h3", line[4:]))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("| "):
            cells = [c.strip() for c in line[2:].split(" | ")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        elif line.startswith("!img "):
            src_, _, cap = line[5:].partition(" | ")
            blocks.append(("img", (src_.strip(), cap.strip() or None)))
        elif line.startswith("- ") or line.startswith("+ "):
            kind = "ul" if line[0] == "-" else "ol"
            if blocks and blocks[-1][0] == kind:
                blocks[-1][1].append(line[2:])
            else:
                blocks.append((kind, [line[2:]]))
        elif line.startswith("~ "):
            blocks.append(("note", line[2:]))
        else:
            blocks.append(("p", line))
    return blocks


def body_paragraphs(article):
    """The article's own text as paragraph strings (LABELLING.md): headings, paragraphs, list items,
    table rows (cells joined by one space), notes under tables. Not: image captions, tail junk."""
    out = []
    for kind, payload in parse_body(article["body"]):
        if kind in ("p", "h2", "h3", "note"):
            out.append(plain(payload))
        elif kind == "table":
            out.extend(" ".join(cells) for cells in payload)
        elif kind in ("ul", "ol"):
            out.extend(plain(x) for x in payload)
    return [" ".join(x.split()) for x in out]


def article_path(a):
    return f"/news/{a['slug']}-{a['id']}.html"


def iso_date(a):
    d = a["date"]
    if a["date_mode"] == "dateonly":
        return d
    return d.replace(" ", "T") + ":00+08:00"


def by_date():
    """All articles, newest first (the 资讯 list order)."""
    return sorted(ARTICLES, key=lambda a: (a["date"], a["id"]), reverse=True)


def in_category(cat):
    return [a for a in by_date() if a["cat"] == cat]


ARTICLE_BY_ID = {a["id"]: a for a in ARTICLES}
ZIXUN_PAGE_SIZE = 10
CAT_PAGE_SIZE = 6


def zixun_pages():
    """Real pages of /zixun/ (1-based)."""
    arts = by_date()
    return (len(arts) + ZIXUN_PAGE_SIZE - 1) // ZIXUN_PAGE_SIZE


def spm_for(a):
    """The tracking param the /zixun/ list puts on an article link: position on its page."""
    arts = by_date()
    i = arts.index(a)
    page, pos = divmod(i, ZIXUN_PAGE_SIZE)
    return f"yc.zixun.list{page + 1}.{pos + 1}"


def related(a):
    """'相关资讯' of an article: up to 4 others of the same category, newest first."""
    return [b for b in in_category(a["cat"]) if b["id"] != a["id"]][:4]


def prev_next(a):
    """上一篇 (older) / 下一篇 (newer) in the whole list."""
    arts = by_date()
    i = arts.index(a)
    older = arts[i + 1] if i + 1 < len(arts) else None
    newer = arts[i - 1] if i > 0 else None
    return older, newer


APP_FEATURED = [5215, 5185, 5219]   # linked from /app/ with ?from=app
