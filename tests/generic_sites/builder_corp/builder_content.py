"""Data for the builder_corp emulator: 华瑞智造产业园投资发展有限公司 on an invented SaaS site builder.

Everything here is plain data plus small deterministic helpers shared by site.py and make_truth.py.
"""

HOST = "www.hrzzpark.cn"
BARE = "hrzzpark.cn"
COMPANY = "华瑞智造产业园投资发展有限公司"
SHORT = "华瑞智造产业园"
PHONE400 = "400-868-2177"
TEL = "0512-6688 3021"
ADDRESS = "江苏省苏州市相城区漕湖大道1888号华瑞智造产业园综合服务中心"
ICP = "苏ICP备18052233号-1"
DATE_HEADER = "Fri, 06 Dec 2024 08:00:00 GMT"

# groupId -> (column id, name)
GROUPS = {2: (105, "集团新闻"), 3: (106, "园区动态"), 4: (107, "行业资讯"), 5: (108, "招商政策")}
COL_OF_GROUP = {g: c for g, (c, _) in GROUPS.items()}
GROUP_OF_COL = {c: g for g, (c, _) in GROUPS.items()}
PAGE_SIZE = 4

# Link-tracking codes: each module of the page tags its links with a fixed _sc value.
SC_LIST_COL = "col_m305"      # col.jsp list module -> pretty /nd/N.html?_sc=col_m305
SC_LIST_NR = "nr_m306"        # nr.jsp list module -> /nd.jsp?id=N&groupId=G&_sc=nr_m306
SC_HOME = "idx_m12"           # home page news module -> /nd/N.html?_sc=idx_m12
SC_PREVNEXT = "nd_m318"       # prev/next links -> /nd/N.html?_sc=nd_m318
SC_SEARCH = "sr_m401"         # search results -> /nd.jsp?id=N&groupId=G&_sc=sr_m401
NGC = "1733472000"            # cache buster on nav links

PARKS = ["漕湖园区", "黄桥园区", "太平园区", "望亭园区"]

# ---------------------------------------------------------------------------
# Articles. Fields:
#  id, group, title, dt ("YYYY-MM-DD HH:MM:SS"), tpl ("A": div.title + 发表时间 line, "B": h1 + "date | 阅读 n"),
#  crumb (breadcrumb shown?), dept (作者 department shown in template A, never a person), writer (撰稿 person),
#  source (gov body reposted from), views, style ("p" or "br"), tags (shown list), paras, poster (single image + caption),
#  table (rows of cells, inserted after first paragraph), fin (（完） glued to last paragraph), editor (编辑 line)
# ---------------------------------------------------------------------------

ARTICLES = [
    dict(id=101, group=2, title="华瑞智造产业园二期项目正式开工建设", dt="2024-03-05 10:12:33", tpl="A", crumb=True,
         dept="园区运营部", writer="王芳", views=1234, style="p", tags=["二期建设", "智能制造"],
         paras=[
             "3月5日上午，华瑞智造产业园二期项目开工仪式在漕湖园区东侧地块举行，标志着总投资12.6亿元的二期工程全面进入施工阶段。",
             "二期项目规划用地约186亩，总建筑面积约32万平方米，建设内容包括标准厂房、定制化厂房、研发办公楼及配套人才公寓，预计2025年底前分批交付。",
             "集团董事长在致辞中表示，二期项目将重点承接智能装备、新能源汽车零部件和工业机器人等产业，力争引进优质企业60家以上。",
             "开工仪式结束后，与会嘉宾参观了园区一期已入驻企业的生产车间，并就产业链协同与配套服务进行了座谈交流。",
         ]),
    dict(id=102, group=3, title="园区举办2024年春季安全生产培训会", dt="2024-03-12 14:30:00", tpl="B", crumb=False,
         views=856, style="br",
         paras=[
             "为进一步压实企业安全生产主体责任，3月12日下午，园区在综合服务中心多功能厅举办2024年春季安全生产培训会，入驻企业安全负责人共计120余人参加。",
             "培训邀请了市应急管理局专家授课，围绕危险化学品储存、消防设施维护、有限空间作业等内容进行了详细讲解，并结合典型事故案例剖析了隐患成因。",
             "园区物业中心同步发布了春季消防检查安排，将于3月下旬起对各厂房的消防通道、喷淋系统和应急照明开展逐栋检查。",
         ]),
    dict(id=103, group=5, title="相城区关于支持先进制造业高质量发展的若干政策措施", dt="2024-03-18 09:00:00", tpl="A",
         crumb=True, dept="招商中心", source="相城区人民政府", views=3021, style="p", fin=True, editor="李明",
         paras=[
             "为深入贯彻落实制造强国战略，加快推动我区先进制造业集群发展，结合本区实际，制定以下政策措施。",
             "一、支持项目投资。对新引进的先进制造业项目，设备投资额达到2000万元以上的，按设备投资额的8%给予补助，最高不超过1000万元。",
             "二、支持企业技术改造。对实施智能化改造和数字化转型的企业，按项目实际投入的10%给予奖励，单个项目最高500万元。",
             "三、支持租赁标准厂房。对租用区内标准厂房的规上制造业企业，前三年按实际租金的30%给予租金补贴。",
             "本政策措施自发布之日起施行，有效期三年。具体由区工业和信息化局负责解释。",
         ]),
    dict(id=104, group=4, title="长三角智能装备产业发展趋势分析", dt="2024-03-22 16:05:10", tpl="B", crumb=True,
         views=642, style="p", table=[["年份", "产值（亿元）", "同比增长"], ["2021", "2860", "12.4%"],
                                      ["2022", "3215", "12.4%"], ["2023", "3630", "12.9%"]],
         paras=[
             "近年来，长三角地区智能装备产业规模持续扩大，产业链条日益完善，已成为全国智能装备研发和制造的重要集聚区。",
             "从区域分布看，苏州、无锡、常州等地依托雄厚的制造业基础，在工业机器人、数控机床和智能检测设备领域形成了较强的竞争优势。",
             "数据来源：长三角智能制造产业联盟",
             "业内人士认为，未来三年，随着制造企业数字化转型需求释放，智能装备产业仍将保持两位数增长，专业化产业园区的载体价值将进一步凸显。",
         ]),
    dict(id=105, group=2, title="集团与苏州大学签署产学研合作协议", dt="2024-04-02 11:20:45", tpl="A", crumb=False,
         dept="综合办公室", views=918, style="br",
         paras=[
             "4月2日，华瑞智造产业园投资发展有限公司与苏州大学机电工程学院在园区签署产学研合作协议。",
             "根据协议，双方将共建智能制造联合实验室，围绕精密加工、机器视觉等方向开展技术攻关，并为园区企业提供技术咨询和人才培训服务。",
             "苏州大学将每年选派优秀学生到园区企业实习实践，园区企业也可优先录用相关专业毕业生。",
         ]),
    dict(id=106, group=3, title="园区员工春季趣味运动会圆满落幕", dt="2024-04-15 17:45:00", tpl="B", crumb=False,
         views=503, style="p", poster=True,
         paras=["4月13日，园区首届员工春季趣味运动会在中央绿地举行，来自28家企业的400余名员工参与。"]),
    dict(id=107, group=3, title="园区智慧停车系统上线运行", dt="2024-04-20 09:10:00", tpl="A", crumb=True,
         dept="园区运营部", views=377, style="p", short=True,
         paras=["自4月20日起，园区智慧停车系统正式上线运行，员工车辆可通过“华瑞园区”小程序登记车牌，实现无感通行和在线缴费。"]),
    dict(id=108, group=5, title="苏州市工业厂房租金补贴申报工作启动", dt="2024-04-26 10:00:00", tpl="B", crumb=True,
         source="苏州市工业和信息化局", views=2140, style="br", fin=True, editor="周静",
         paras=[
             "根据《苏州市促进制造业高质量发展专项资金管理办法》，现启动2024年度工业厂房租金补贴申报工作。",
             "申报对象为在本市依法注册、租用工业厂房从事生产经营且上一年度主营业务收入达到2000万元以上的制造业企业。",
             "申报材料包括申报表、租赁合同、租金支付凭证及企业上年度财务审计报告，请于5月31日前通过“苏州市企业服务平台”在线提交。",
             "联系人：市工信局产业发展处 陈老师，联系电话：0512-6861 5530。",
         ]),
    dict(id=109, group=2, title="华瑞智造产业园荣获“江苏省五星级数字园区”称号", dt="2024-05-08 15:22:18", tpl="A",
         crumb=True, dept="品牌宣传部", writer="赵磊", views=1570, style="p", tags=["数字园区"],
         paras=[
             "近日，江苏省工业和信息化厅公布2024年度星级数字园区评定结果，华瑞智造产业园被评为“江苏省五星级数字园区”。",
             "近年来，园区持续推进数字化基础设施建设，建成覆盖全园的5G网络和园区运营管理平台，实现了能耗监测、安防巡查、设备报修等业务的线上化管理。",
             "园区运营平台目前已接入企业143家，累计处理各类服务工单2.6万余件，平均响应时间缩短至15分钟以内。",
             "下一步，园区将继续深化数字技术应用，推动入驻企业上云用数赋智，打造长三角一流的智慧产业园区。",
         ]),
    dict(id=110, group=4, title="新能源汽车零部件企业选址关注哪些因素", dt="2024-05-14 08:40:00", tpl="B", crumb=False,
         views=811, style="p",
         paras=[
             "随着新能源汽车市场快速增长，零部件企业扩产需求旺盛，厂房选址成为企业决策中的重要一环。",
             "业内人士指出，零部件企业选址时首先关注与整车厂的距离，一般希望物流半径控制在200公里以内，以满足整车厂准时化供货的要求。",
             "其次是厂房本身的硬件条件，包括层高、地面承重、电力容量和行车配置等，冲压、压铸类企业对承重和电力的要求尤其高。",
             "此外，当地的产业政策、用工成本以及园区的配套服务水平，也是企业综合考量的因素。",
         ]),
    dict(id=111, group=3, title="园区开展端午节“粽情飘香”主题活动", dt="2024-06-07 16:00:00", tpl="A", crumb=False,
         dept="园区运营部", views=420, style="br",
         paras=[
             "端午节前夕，园区工会联合物业服务中心在综合服务中心广场开展“粽情飘香”主题活动。",
             "活动设置了包粽子比赛、香囊制作和传统文化知识问答等环节，吸引了园区企业员工及家属200余人参加。",
             "园区还为一线员工送上了粽子和咸鸭蛋等节日慰问品，共发放慰问品1500余份。",
         ]),
    dict(id=112, group=2, title="集团召开2024年上半年经营工作会议", dt="2024-07-10 09:30:00", tpl="B", crumb=True,
         views=692, style="p",
         paras=[
             "7月10日，集团召开2024年上半年经营工作会议，总结上半年工作成效，部署下半年重点任务。",
             "会议通报，上半年集团旗下园区新增签约企业23家，新增出租面积5.8万平方米，整体出租率达到91.3%，同比提高4.2个百分点。",
             "会议要求，下半年要紧盯全年目标任务，加快二期项目建设进度，做好存量企业服务，持续提升园区运营质量。",
         ]),
    dict(id=113, group=5, title="相城区发布2024年度科技创新券申领指南", dt="2024-07-18 10:30:00", tpl="A", crumb=True,
         dept="招商中心", source="相城区科学技术局", views=1330, style="p", editor="孙琪",
         paras=[
             "为降低企业创新成本，鼓励企业购买科技服务，区科学技术局现发布2024年度科技创新券申领指南。",
             "创新券可用于购买研发设计、检验检测、技术转移和知识产权等科技服务，单家企业年度申领额度最高30万元。",
             "申领企业须在区内注册并具有独立法人资格，上年度研发投入占营业收入比例不低于3%。",
         ]),
    dict(id=114, group=3, title="园区新增两条公交线路方便员工通勤", dt="2024-08-01 08:00:00", tpl="B", crumb=False,
         views=588, style="p", short=True,
         paras=[
             "经园区协调，公交812路、827路自8月1日起延伸至园区综合服务中心站，早晚高峰发车间隔缩短至10分钟。",
             "园区同步开通了至地铁2号线骑河站的通勤接驳车，工作日7:30至9:00循环发车。",
         ]),
    dict(id=115, group=4, title="2024年上半年全国工业厂房租赁市场回顾", dt="2024-08-09 14:00:00", tpl="A", crumb=False,
         dept="研究中心", views=967, style="br",
         paras=[
             "今年上半年，全国工业厂房租赁市场整体呈现“量增价稳”的态势，重点城市平均租金基本持平。",
             "从需求端看，新能源、半导体和生物医药等行业的扩租需求较为活跃，传统加工制造类企业则以缩租、迁移为主。",
             "从供给端看，多地新建高标准厂房集中入市，带动市场空置率小幅上升，部分区域出现以价换量的现象。",
             "预计下半年，高标准、可定制的产业园区厂房仍将保持较好的去化表现。",
         ]),
    dict(id=116, group=2, title="华瑞智造产业园入选“苏州市特色产业园区”", dt="2024-08-20 11:00:00", tpl="B", crumb=True,
         views=1102, style="p", poster=True,
         paras=["热烈祝贺华瑞智造产业园入选2024年度苏州市特色产业园区名单！"]),
    dict(id=117, group=3, title="园区企业服务中心新增工商注册代办服务", dt="2024-08-28 10:15:00", tpl="A", crumb=True,
         dept="企业服务部", views=455, style="p",
         paras=[
             "为进一步优化营商环境，园区企业服务中心自即日起新增工商注册代办服务，入驻企业可享受免费代办。",
             "代办范围包括企业设立登记、变更登记、注销登记及相关证照办理，材料齐全的情况下最快3个工作日办结。",
             "服务地点：综合服务中心一楼企业服务窗口，咨询电话：0512-6688 3025。",
         ]),
    dict(id=118, group=5, title="江苏省关于加快推进工业用地提质增效的通知", dt="2024-09-03 09:00:00", tpl="B", crumb=False,
         source="江苏省自然资源厅", views=1876, style="p", fin=True, editor="吴昊",
         paras=[
             "各设区市自然资源主管部门：为推动工业用地节约集约利用，提高土地产出效益，现就有关事项通知如下。",
             "一、鼓励在符合规划的前提下提高工业用地容积率，对新建多层标准厂房的项目，在土地出让环节给予支持。",
             "二、支持园区通过“退二优二”方式盘活低效工业用地，建设高标准厂房用于招引优质制造业项目。",
             "三、各地要建立工业用地全生命周期管理制度，将亩均税收、亩均产出等指标纳入出让合同。",
         ]),
    dict(id=119, group=2, title="集团董事长会见德国精密机械企业代表团", dt="2024-09-12 15:40:00", tpl="A", crumb=False,
         dept="综合办公室", writer="王芳", views=733, style="br",
         paras=[
             "9月12日，集团董事长会见了来访的德国精密机械企业代表团一行，双方就在华设立生产基地事宜进行了深入交流。",
             "代表团详细了解了园区的产业定位、厂房规格及外资企业服务政策，并实地考察了二期项目定制厂房地块。",
             "代表团负责人表示，园区的区位优势和专业化服务给他们留下了深刻印象，希望双方尽快推进项目落地。",
         ]),
    dict(id=120, group=3, title="园区开展秋季消防应急演练", dt="2024-09-26 14:20:00", tpl="B", crumb=True,
         views=399, style="p",
         paras=[
             "9月26日下午，园区联合相城消防救援大队在3号厂房开展秋季消防应急演练，12家企业的300余名员工参加。",
             "演练模拟车间电气线路起火场景，各企业按照应急预案迅速组织人员疏散，义务消防队使用灭火器和室内消火栓进行初期火灾扑救。",
             "演练结束后，消防救援大队指导员对演练情况进行了点评，并现场讲解了灭火器的正确使用方法。",
         ]),
    dict(id=121, group=4, title="工业地产REITs发展为园区运营带来新机遇", dt="2024-10-10 10:00:00", tpl="A", crumb=True,
         dept="研究中心", views=1045, style="p",
         paras=[
             "今年以来，多只产业园区类基础设施REITs成功上市，为园区开发运营企业开辟了新的融资渠道。",
             "业内专家认为，REITs能够帮助园区企业盘活存量资产、回收投资资金，实现“投资、建设、运营、退出”的良性循环。",
             "不过，REITs对底层资产的出租率、现金流稳定性和运营管理水平都有较高要求，园区需要在精细化运营上持续下功夫。",
         ]),
    dict(id=122, group=2, title="集团党委开展主题党日活动", dt="2024-10-18 09:00:00", tpl="B", crumb=False,
         views=288, style="br", short=True,
         paras=["10月18日，集团党委组织全体党员赴苏州革命博物馆开展主题党日活动，重温入党誓词，接受革命传统教育。"]),
    dict(id=123, group=3, title="园区人才公寓一期交付使用", dt="2024-10-28 16:30:00", tpl="A", crumb=False,
         dept="园区运营部", views=1288, style="p", tags=["人才公寓"],
         paras=[
             "10月28日，园区人才公寓一期正式交付使用，首批186套公寓向入驻企业员工开放申请。",
             "人才公寓位于园区北侧，共有单间、一室一厅和两室一厅三种户型，均配备空调、热水器、洗衣机等基本家电，可拎包入住。",
             "入驻企业可通过园区运营平台统一申请，租金按市场价的七折执行，硕士及以上学历人才可享受首年免租。",
             "园区生活配套同步升级，员工食堂、便利店和健身房已在公寓一楼投入运营。",
         ]),
    dict(id=124, group=5, title="园区2024年招商优惠政策解读", dt="2024-11-05 10:00:00", tpl="B", crumb=True,
         views=2533, style="p",
         paras=[
             "为吸引优质企业入驻，华瑞智造产业园结合各级政府扶持政策，制定了2024年度园区招商优惠政策。",
             "一、租金优惠：新签约租赁面积2000平方米以上的企业，可享受前两年租金八折优惠。",
             "二、装修免租期：根据租赁面积给予3至6个月的装修免租期。",
             "三、政策代办：园区免费协助企业申报各级产业扶持资金、人才补贴和科技项目。",
             "招商热线：400-868-2177，欢迎各类先进制造企业来园考察洽谈。",
         ]),
    dict(id=125, group=4, title="制造业企业如何评估厂房承重需求", dt="2024-11-12 09:20:00", tpl="A", crumb=False,
         dept="招商中心", views=534, style="br",
         paras=[
             "厂房地面承重是制造业企业选址时容易忽视却又十分关键的指标，承重不足可能导致设备无法安装或地面开裂。",
             "一般而言，电子装配类企业对地面承重要求在每平方米1吨左右，机械加工类企业需要每平方米2至3吨，而重型装备制造企业则要求每平方米5吨以上。",
             "企业在评估时应综合考虑设备自重、物料堆放和叉车等运输工具的荷载，并预留一定的余量。",
         ]),
    dict(id=126, group=2, title="集团获评“苏州市园区运营服务标杆企业”", dt="2024-11-20 14:00:00", tpl="B", crumb=True,
         views=876, style="p",
         paras=[
             "11月20日，苏州市产业园区协会年会在苏州工业园区举行，华瑞智造产业园投资发展有限公司获评“苏州市园区运营服务标杆企业”。",
             "评选从服务体系、入驻企业满意度、数字化水平和社会责任等维度进行综合评价，全市共有8家企业获此荣誉。",
             "集团将以此为契机，持续完善“拎包入驻、一站服务”的园区运营模式，为企业发展提供全生命周期服务。",
         ]),
    dict(id=127, group=3, title="园区举办入驻企业供需对接会", dt="2024-11-26 13:30:00", tpl="A", crumb=True,
         dept="企业服务部", writer="陈晓燕", views=612, style="p",
         paras=[
             "11月26日下午，园区举办入驻企业供需对接会，来自智能装备、汽车零部件和电子信息领域的40余家企业参加。",
             "对接会上，6家企业代表进行了产品和需求推介，现场达成采购意向12项，意向金额约3800万元。",
             "园区企业服务部表示，今后将每季度举办一次供需对接活动，促进园区企业就近配套、抱团发展。",
         ]),
    dict(id=128, group=2, title="集团召开2024年安全生产工作总结会", dt="2024-12-02 09:00:00", tpl="B", crumb=False,
         views=215, style="br",
         paras=[
             "12月2日，集团召开2024年安全生产工作总结会，回顾全年安全生产工作，部署冬季安全防范措施。",
             "会议指出，今年集团各园区未发生较大及以上安全生产事故，全年累计开展安全检查86次，整改隐患412处。",
             "会议要求，各园区要加强冬季防火、防冻和防滑工作，确保园区安全稳定。",
         ]),
    dict(id=129, group=4, title="半导体企业厂房洁净与动力配套要点", dt="2024-12-03 10:45:00", tpl="A", crumb=True,
         dept="研究中心", views=301, style="p",
         paras=[
             "半导体及泛半导体企业对厂房的洁净等级、电力负荷和纯水供应等有特殊要求，普通标准厂房往往难以直接满足。",
             "在洁净方面，封装测试环节通常要求千级至万级洁净车间，前道工艺则需要百级甚至更高等级。",
             "在动力配套方面，企业通常需要双回路供电、大容量变压器以及工艺冷却水、压缩空气和特种气体管道。",
         ]),
    dict(id=130, group=3, title="园区冬季供暖设施检修工作完成", dt="2024-12-05 11:00:00", tpl="B", crumb=True,
         views=142, style="p", short=True,
         paras=["截至12月5日，园区物业中心已完成全部办公楼及人才公寓的供暖设施检修工作，共检修空调机组326台、更换滤网1100余片。"]),
]

ART_BY_ID = {a["id"]: a for a in ARTICLES}

# English copies (translations): /en/nd/<id>.html
EN_ARTICLES = {
    101: ("Phase II of Huarui Intelligent Manufacturing Park Breaks Ground",
          ["On the morning of March 5, the groundbreaking ceremony for Phase II of the park was held, marking the start of construction of a project with a total investment of RMB 1.26 billion.",
           "Phase II covers about 186 mu of land with a gross floor area of about 320,000 square metres."]),
    105: ("Group Signs Industry-University Cooperation Agreement with Soochow University",
          ["On April 2, the company signed a cooperation agreement with the School of Mechanical and Electrical Engineering of Soochow University."]),
    109: ("Park Named a Five-Star Digital Park of Jiangsu Province",
          ["The Jiangsu Department of Industry and Information Technology has named the park a five-star digital park."]),
    123: ("First Phase of Talent Apartments Delivered",
          ["On October 28, the first phase of the park's talent apartments was delivered, with 186 units open to employees of resident companies."]),
    124: ("Interpretation of the Park's 2024 Investment Incentives",
          ["The park has formulated its 2024 investment incentives in line with government support policies."]),
}

# ---------------------------------------------------------------------------
# Factory spaces (products): /pd/<id>.html; product groups 1 厂房, 2 仓库, 3 办公
# ---------------------------------------------------------------------------
PROD_GROUPS = {1: "标准厂房", 2: "仓库", 3: "研发办公"}


def _products():
    out = []
    for i in range(25):
        pid = 40 + i
        g = 1 if i < 13 else (2 if i < 20 else 3)
        park = PARKS[i % 4]
        bld = 1 + i % 9
        if g == 1:
            area = 1200 + (i * 370) % 4800
            name = f"{park}{bld}号标准厂房{'一层' if i % 2 == 0 else '整栋'}出租"
            height, load, rent = f"{8 + i % 4}米", f"{2 + i % 4}吨/平方米", f"{round(0.9 + (i % 5) * 0.1, 1)}元/平方米/天"
        elif g == 2:
            area = 3000 + (i * 510) % 6000
            name = f"{park}{bld}号高标仓库出租"
            height, load, rent = f"{10 + i % 3}米", "3吨/平方米", f"{round(1.1 + (i % 3) * 0.1, 1)}元/平方米/天"
        else:
            area = 300 + (i * 90) % 900
            name = f"{park}研发楼{bld}层办公室出租"
            height, load, rent = "4.2米", "0.5吨/平方米", f"{round(1.8 + (i % 4) * 0.2, 1)}元/平方米/天"
        out.append(dict(id=pid, group=g, name=name, park=park, area=area, height=height, load=load, rent=rent))
    return out


PRODUCTS = _products()
PROD_BY_ID = {p["id"]: p for p in PRODUCTS}
HOT_PRODUCTS = [40, 44, 53, 61]

JOBS = [
    dict(id=1, title="招商经理", num=3, place="苏州相城", duties=["负责园区厂房及办公载体的招商推广工作", "开拓目标行业客户并完成招商指标"],
         reqs=["本科及以上学历，3年以上产业地产招商经验", "熟悉制造业企业选址流程"]),
    dict(id=2, title="园区运营专员", num=2, place="苏州相城", duties=["负责入驻企业日常服务与沟通", "协助组织园区活动"],
         reqs=["大专及以上学历", "具备良好的沟通协调能力"]),
    dict(id=3, title="工程管理主管", num=1, place="苏州相城", duties=["负责二期项目现场施工管理", "组织工程验收"],
         reqs=["土木工程相关专业，5年以上工程管理经验", "持有一级建造师证书者优先"]),
    dict(id=4, title="财务会计", num=1, place="苏州相城", duties=["负责日常账务处理及纳税申报", "编制财务报表"],
         reqs=["会计相关专业，持初级会计职称", "熟练使用财务软件"]),
]

CASES = [
    dict(id=1, name="苏州精锐智能装备有限公司", paras=[
        "苏州精锐智能装备有限公司成立于2016年，专注于工业机器人末端执行器和自动化产线的研发与制造。",
        "公司于2021年入驻园区，租用标准厂房6800平方米，建有两条自动化装配线。",
        "入驻以来，公司年产值由1.2亿元增长至3.5亿元，先后获评国家高新技术企业和江苏省专精特新中小企业。"]),
    dict(id=2, name="江苏迈途汽车零部件有限公司", paras=[
        "江苏迈途汽车零部件有限公司是一家专业生产新能源汽车电驱壳体的企业。",
        "公司在园区租用整栋定制厂房，地面承重每平方米5吨，配备20吨行车。",
        "园区协助公司完成环评和能评手续，项目从签约到投产仅用时7个月。"]),
    dict(id=3, name="苏州芯测半导体科技有限公司", paras=[
        "苏州芯测半导体科技有限公司主营芯片封装测试服务。",
        "公司在园区建设了2000平方米千级洁净车间，园区为其配套建设了双回路供电。",
        "公司目前服务客户超过80家，是园区半导体产业链的重要一环。"]),
    dict(id=4, name="苏州华链供应链管理有限公司", paras=[
        "苏州华链供应链管理有限公司为长三角制造企业提供仓储和零部件配送服务。",
        "公司租用园区高标仓库1.2万平方米，仓库层高12米，配备自动化立体货架。",
        "依托园区区位优势，公司可实现苏锡常地区当日达配送。"]),
]


# ---------------------------------------------------------------------------
# Helpers shared by the site and the truth
# ---------------------------------------------------------------------------
def pretty(aid):
    return f"/nd/{aid}.html"


def jsp(a):
    return f"/nd.jsp?id={a['id']}&groupId={a['group']}"


def breadcrumb(a):
    return ["首页", "新闻中心", GROUPS[a["group"]][1]]


def article_order():
    """Newest first, as the lists show them."""
    return sorted(ARTICLES, key=lambda a: a["dt"], reverse=True)


def group_articles(g):
    return [a for a in article_order() if a["group"] == g]


def prev_next(a):
    """(previous, next) within the article's group, newest-first order: 上一篇 is the newer one."""
    lst = group_articles(a["group"])
    i = lst.index(a)
    prev = lst[i - 1] if i > 0 else None
    nxt = lst[i + 1] if i + 1 < len(lst) else None
    return prev, nxt


HOME_NEWS = [a["id"] for a in article_order()[:6]]
OLD_URLS = {"/news/101.html": "/nd/101.html", "/news/103.html": "/nd/103.html"}  # 301s


def linked_paths(a):
    """Every path (with query) the site links to for this article, plus the served variants."""
    aid, g = a["id"], a["group"]
    paths = {pretty(aid), jsp(a), f"{pretty(aid)}?_sc={SC_LIST_COL}", f"{jsp(a)}&_sc={SC_LIST_NR}",
             f"{jsp(a)}&_sc={SC_SEARCH}", f"{pretty(aid)}?m=1", f"{jsp(a)}&m=1"}
    if aid in HOME_NEWS:
        paths.add(f"{pretty(aid)}?_sc={SC_HOME}")
    lst = group_articles(g)
    if len(lst) > 1:
        paths.add(f"{pretty(aid)}?_sc={SC_PREVNEXT}")
    for old, new in OLD_URLS.items():
        if new == pretty(aid):
            paths.add(old)
    return paths


# ---------------------------------------------------------------------------
# Fixed texts of the page furniture (used by the site and by the truth's boilerplate lists)
# ---------------------------------------------------------------------------
SHARE_TEXT = "分享到："
BACK_TEXT = "返回列表"
HOT_TITLE = "热门厂房推荐"
FLOAT_TEXTS = ["在线客服", f"招商热线：{PHONE400}", "QQ咨询", "微信扫一扫，获取最新房源", "返回顶部"]
FOOTER_TEXTS = [
    f"版权所有 © 2018-2024 {COMPANY}　{ICP}",
    f"公司地址：{ADDRESS}　电话：{TEL}",
    "技术支持：凡科建站　|　管理登录　|　手机版",
]
LIKE_TEXT = "点赞"


def hot_card_texts(p):
    return [p["name"], f"租金：{p['rent']}", f"面积：{p['area']}㎡"]


def info_line(a):
    """The visible info line, exactly as rendered (after whitespace collapsing)."""
    date = a["dt"]
    if a["tpl"] == "A":
        parts = [f"发表时间：{date}", f"作者：{a.get('dept') or '华瑞智造'}"]
        if a.get("source"):
            parts.append(f"来源：{a['source']}")
        parts.append(f"浏览：{a['views']}")
        return "　".join(parts)
    return f"{date[:10]} | 阅读 {a['views']}"
