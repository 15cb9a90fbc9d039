"""Blind generic test site ``modern_utf8``: a modern industrial-park operator's corporate site.

Fictional operator 上海海湾智造科创园发展有限公司 (临港智造科创园), host www.lingang-sci.example.cn,
HTML5 + UTF-8, its own ``lg-*`` class scheme. Standard library only; deterministic.

Content markup used in ARTICLES[...]["content"] (rendered by ``_render_body``):
  "text"                      a body paragraph
  "## text"                   a sub-heading (body)
  "|a|b|c"                    a table row (consecutive rows form one table; body = cells joined by one space)
  "!src|caption"              a lazy-loaded image; the caption (if any) is body text
  "~~text"                    a boilerplate block standing alone inside the content area
  "~ot text"                  an 原标题 line (boilerplate; also original_title)
  "text@@tail"                body paragraph with boilerplate ``tail`` glued after it in the same <p>
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from urllib.parse import parse_qs, quote, unquote, urlsplit

HOST = "www.lingang-sci.example.cn"
BARE = "lingang-sci.example.cn"
CANON = "https://" + HOST
SITE_NAME = "临港智造科创园"
COMPANY = "上海海湾智造科创园发展有限公司"
DATE_HEADER = "Sun, 01 Dec 2024 02:00:00 GMT"

CATS = {
    "yqdt": "园区动态",
    "tzgg": "通知公告",
    "zcjd": "政策解读",
    "hyzx": "行业资讯",
}

TAGS = {
    "kaiyuan": "开园",
    "bzcf": "标准厂房",
    "znzz": "智能制造",
    "swyy": "生物医药",
    "jcdl": "集成电路",
    "zsyz": "招商引资",
    "cyzc": "产业政策",
    "rcgy": "人才公寓",
    "wlcc": "物流仓储",
    "qysh": "企业服务",
    "xny": "新能源汽车",
    "jjyx": "经济运行",
    "reits": "产业园REITs",
}

# ---------------------------------------------------------------------------------------------
# Articles
# ---------------------------------------------------------------------------------------------

ARTICLES = [
    # ------------------------------------------------------------------ 园区动态 (own) ----------
    {
        "id": 1201, "cat": "yqdt", "time": "2024-01-08 09:30",
        "title": "临港智造科创园二期正式开园 首批18家企业集中入驻",
        "author": "园区运营部", "source": None, "tags": ["kaiyuan", "bzcf", "znzz"], "views": 3862,
        "content": [
            "1月6日上午，临港智造科创园二期开园仪式在园区中央广场举行。区相关部门负责人、入驻企业代表及合作金融机构代表共200余人出席活动，首批18家企业现场领取了入驻钥匙。",
            "!/uploads/2024/01/0108-kaiyuan-01.jpg|图为二期开园仪式现场。",
            "二期项目总用地面积约15.6万平方米，总建筑面积32万平方米，由12栋多层标准厂房、2栋研发办公楼和1栋配套服务中心组成。厂房首层层高8米，楼面荷载最高可达1.5吨/平方米，可满足精密制造、检验检测等多种业态的使用需求。",
            "首批入驻的18家企业中，智能装备类企业7家、新材料类企业5家、生物医药类企业4家，另有2家为检测认证服务机构。其中，来自苏州的一家工业机器人企业将在园区设立华东总部和生产基地，预计年产值可达5亿元。",
            "园区相关负责人介绍，二期项目采用“带方案招商、定制化建设”的模式，从签约到交付平均用时不到8个月。针对企业的不同需求，园区在设计阶段就预留了重载货梯、洁净车间改造接口和独立变配电条件。",
            "!/uploads/2024/01/0108-kaiyuan-02.jpg|二期厂房外景。",
            "下一步，园区将加快推进三期项目前期工作，并围绕智能制造产业链持续开展精准招商，力争年内二期整体出租率达到85%以上。",
        ],
    },
    {
        "id": 1204, "cat": "yqdt", "time": "2024-01-22 15:05",
        "title": "园区召开2024年度招商工作部署会",
        "author": "招商中心", "source": None, "tags": ["zsyz"], "views": 1295,
        "content": [
            "1月19日，园区召开2024年度招商工作部署会，总结2023年招商工作成效，分解落实2024年各项招商目标任务。",
            "会议提出，2024年园区将聚焦智能制造、生物医药和集成电路三大主导产业，全年力争新引进企业60家以上、新增注册资本20亿元以上，并建立重点项目“一企一专班”跟踪服务机制。",
        ],
    },
    {
        "id": 1207, "cat": "yqdt", "time": "2024-02-26 10:00",
        "title": "科创大厦B座通过竣工验收 预计二季度交付使用",
        "author": "工程管理部", "source": None, "tags": ["qysh"], "views": 1688,
        "content": [
            "2月23日，园区科创大厦B座顺利通过五方竣工验收，标志着该项目正式进入交付准备阶段。",
            "科创大厦B座地上22层、地下2层，总建筑面积约6.8万平方米，标准层面积约2400平方米，可灵活分割为150至2400平方米不等的办公单元，主要面向研发设计、软件信息和科技服务类企业。",
            "|项目|指标",
            "|标准层层高|4.2米",
            "|标准层面积|约2400平方米",
            "|电梯配置|客梯10部、货梯2部",
            "|停车位|地下车位约560个",
            "数据来源：园区工程管理部",
            "目前，B座已有11家企业提交租赁意向登记，意向面积合计约1.9万平方米。园区将于3月起陆续组织意向企业现场看房，预计二季度末具备交付条件。",
        ],
    },
    {
        "id": 1211, "cat": "yqdt", "time": "2024-03-18 14:20",
        "title": "园区与三家生物医药企业签约 总投资超12亿元",
        "author": "招商中心", "source": None, "tags": ["swyy", "zsyz"], "views": 2417,
        "content": [
            "3月15日，临港智造科创园举行生物医药产业项目集中签约仪式，三家生物医药企业与园区签订入驻协议，项目总投资超过12亿元。",
            "|企业|主要方向|计划投资|拟用面积",
            "|某细胞治疗企业|CAR-T细胞药物研发及中试|5.2亿元|1.2万平方米",
            "|某高端医疗器械企业|微创介入器械生产|4.5亿元|1.6万平方米",
            "|某创新药CDMO企业|小分子药物工艺开发|2.6亿元|0.8万平方米",
            "此次签约的项目将主要落户园区二期的生物医药专区。该专区已按照GMP要求预留洁净厂房改造条件，配备独立排风系统和双回路供电，企业入驻后可直接开展装修改造。",
            "园区负责人表示，生物医药是园区重点培育的主导产业之一。园区已与区内多家三甲医院和高校建立合作关系，将为入驻企业在临床资源对接、人才招聘和注册申报等方面提供支持。",
            "据了解，上述三个项目全部达产后，预计年产值可达18亿元，新增就业岗位约600个。",
        ],
    },
    {
        "id": 1215, "cat": "yqdt", "time": "2024-04-15 11:40",
        "title": "园区人才公寓二期开放申请 首批房源320套",
        "author": "园区运营部", "source": None, "tags": ["rcgy", "qysh"], "views": 2956,
        "content": [
            "为进一步解决园区企业员工的居住需求，园区人才公寓二期自4月15日起开放申请，首批推出房源320套。",
            "本次推出的房源包括一室户、一室一厅和两室一厅三种户型，面积在35至78平方米之间，全部为精装修并配备基本家电，租金标准为每月1800元至4200元，低于周边同类房源市场价约三成。",
            "申请对象为在园区注册并实际经营的企业员工，申请人及其配偶在本市无自有住房。企业可统一为员工办理申请，也可由员工个人通过“临港智造科创园”微信公众号在线提交材料。",
            "如有疑问，可拨打人才公寓服务热线021-5829 6601咨询，工作时间为周一至周五9:00至17:30。",
        ],
    },
    {
        "id": 1219, "cat": "yqdt", "time": "2024-05-20 16:10",
        "title": "“园区开放日”活动吸引百余家企业参观",
        "author": "品牌推广部", "source": None, "tags": ["zsyz"], "views": 1137,
        "content": [
            "5月18日，临港智造科创园举办2024年第一期“园区开放日”活动，来自长三角地区的110余家企业代表走进园区，实地参观标准厂房、研发楼宇和配套服务中心。",
            "!/uploads/2024/05/0520-kaifangri.jpg|企业代表在二期厂房参观。",
            "活动现场，园区招商团队介绍了园区产业定位、空间资源和扶持政策，部分意向企业还与园区就具体楼栋和面积进行了一对一洽谈。访客须在园区南门扫码登记后方可入园。",
        ],
    },
    {
        "id": 1223, "cat": "yqdt", "time": "2024-06-28 09:15",
        "title": "园区上半年经济运行情况：营业收入同比增长18.6%",
        "author": "经济发展部", "source": None, "tags": ["jjyx"], "views": 2210,
        "content": [
            "今年以来，园区坚持稳增长与调结构并重，主要经济指标保持较快增长。1至5月，园区规模以上企业实现营业收入86.4亿元，同比增长18.6%。",
            "## 一、主要指标完成情况",
            "|指标|1—5月|同比增长",
            "|营业收入|86.4亿元|18.6%",
            "|工业总产值|61.2亿元|15.3%",
            "|税收收入|5.8亿元|9.7%",
            "|固定资产投资|12.5亿元|24.1%",
            "数据来源：园区经济发展部",
            "## 二、产业结构持续优化",
            "智能制造、生物医药和集成电路三大主导产业合计实现营业收入62.7亿元，占园区总量的72.6%，较去年同期提高3.4个百分点。其中，生物医药产业营业收入同比增长31.2%，增速居各产业首位。",
            "## 三、下一步工作",
            "下半年，园区将重点推进二期存量空间去化和三期项目开工，加大对重点企业的走访服务力度，确保全年营业收入增长15%以上。",
        ],
    },
    {
        "id": 1227, "cat": "yqdt", "time": "2024-08-12 08:50",
        "title": "园区新增两条定制公交线路 通勤时间缩短20分钟",
        "author": "园区运营部", "source": None, "tags": ["qysh"], "views": 1876,
        "content": [
            "8月12日起，园区联合区交通部门开通两条定制公交线路，分别连接地铁16号线滴水湖站和临港大道站，高峰时段发车间隔为10分钟。",
            "据测算，新线路开通后，员工从地铁站到园区的平均通勤时间将由原来的35分钟缩短至15分钟左右。",
            "两条线路均可使用交通卡和手机扫码乘车，具体时刻表可在园区服务中心一楼公告栏查看。",
        ],
    },
    {
        "id": 1231, "cat": "yqdt", "time": "2024-09-23 17:30",
        "title": "园区获评“上海市特色产业园区”",
        "author": "园区办公室", "source": None, "tags": ["znzz"], "views": 1540,
        "content": [
            "近日，市经济信息化委公布新一批上海市特色产业园区名单，临港智造科创园入选。",
        ],
    },
    {
        "id": 1288, "old_id": 1188, "cat": "yqdt", "time": "2024-10-14 10:05",
        "title": "园区智慧停车系统上线试运行",
        "author": "园区运营部", "source": None, "tags": ["qysh"], "views": 987,
        "content": [
            "10月14日起，园区智慧停车系统正式上线试运行，覆盖园区内6个地面停车场和2个地下车库共计2100个车位。",
            "车主通过园区微信小程序即可查询实时空余车位、预约车位和无感支付。入驻企业员工完成车辆登记后，可享受工作日免费停车。",
            "试运行期间，各停车场出入口将保留人工值守，如遇问题可联系现场工作人员。",
        ],
    },
    {
        "id": 1236, "cat": "yqdt", "time": "2024-11-04 15:45",
        "title": "园区举办集成电路产业链对接会 现场签约项目7个",
        "author": "招商中心", "source": None, "tags": ["jcdl", "zsyz"], "views": 2093,
        "content": [
            "11月1日，由园区主办的集成电路产业链对接会在科创大厦B座多功能厅举行，来自设计、制造、封测和设备材料等环节的80余家企业参加。",
            "对接会上，园区发布了集成电路专区空间资源和配套政策。专区规划面积约8万平方米，重点引进芯片设计、特色工艺和半导体设备零部件企业。",
            "!/uploads/2024/11/1104-ic-duijie.jpg|对接会签约现场。",
            "现场共有7个项目与园区签约，涵盖功率半导体模块封装、光刻胶配套材料、晶圆检测设备等领域，协议投资额合计9.3亿元。",
            "多家与会企业表示，园区距离临港新片区集成电路产业集聚区较近，上下游配套便利，是企业布局长三角的理想选择。",
            "园区方面表示，今后将每季度举办一次产业链对接活动，推动入驻企业之间形成稳定的供需合作关系。",
        ],
    },
    # ------------------------------------------------------------------ 通知公告 (own, date only) --
    {
        "id": 1202, "cat": "tzgg", "time": "2024-01-12",
        "title": "关于2024年春节期间园区安全管理的通知",
        "author": None, "source": None, "tags": ["qysh"], "views": 864,
        "content": [
            "各入驻企业：",
            "2024年春节即将来临，为确保节日期间园区安全稳定，现将有关事项通知如下：",
            "一、各企业应在放假前组织一次全面的安全检查，重点检查电气线路、消防设施和危险化学品存放情况，发现隐患及时整改。",
            "二、节日期间园区实行封闭管理，外来车辆和人员须提前一天向物业服务中心报备。",
            "三、园区内严禁燃放烟花爆竹。",
            "特此通知。",
        ],
    },
    {
        "id": 1206, "cat": "tzgg", "time": "2024-02-19",
        "title": "关于开展2024年度园区企业统计数据报送工作的通知",
        "author": None, "source": None, "tags": ["jjyx"], "views": 1021,
        "content": [
            "各入驻企业：",
            "根据区统计局工作要求，园区将开展2024年度企业统计数据报送工作。现将有关事项通知如下：",
            "一、报送范围：在园区注册或实际经营的全部企业。",
            "二、报送内容：企业营业收入、从业人员、研发投入、固定资产投资等主要指标，按月报送。",
            "三、报送时间：每月5日前报送上月数据。",
            "联系人：园区经济发展部 刘老师",
            "联系电话：021-5829 6615",
        ],
    },
    {
        "id": 1210, "cat": "tzgg", "time": "2024-03-11",
        "title": "园区2024年度第一批科技型中小企业培育项目申报指南",
        "author": None, "source": None, "tags": ["cyzc", "qysh"], "views": 3305,
        "content": [
            "为加快培育一批创新能力强、成长性好的科技型中小企业，现启动园区2024年度第一批科技型中小企业培育项目申报工作。",
            "## 一、支持对象",
            "在园区注册、具有独立法人资格、成立时间不超过5年，且上一年度研发投入占营业收入比例不低于5%的科技型中小企业。",
            "## 二、支持方式",
            "经评审立项的项目，按照项目研发投入的30%给予资助，单个项目资助金额最高不超过50万元。",
            "## 三、申报材料",
            "1. 项目申报书；",
            "2. 企业营业执照复印件；",
            "3. 上一年度财务审计报告；",
            "4. 知识产权证明材料。",
            "## 四、申报时间",
            "即日起至2024年4月15日17:00止，逾期不予受理。",
            "## 五、联系方式",
            "联系人：园区科技服务部 陈老师，联系电话：021-5829 6620，电子邮箱：keji@lingang-sci.example.cn。",
        ],
    },
    {
        "id": 1214, "cat": "tzgg", "time": "2024-04-08",
        "title": "关于科创大厦B座租赁意向登记的公告",
        "author": None, "source": None, "tags": ["bzcf"], "views": 1433,
        "content": [
            "科创大厦B座已通过竣工验收，现面向社会开展租赁意向登记。",
            "意向承租企业应为研发设计、软件信息、科技服务等类型企业，单次租赁面积不低于150平方米。",
            "意向企业可于4月10日至4月30日期间，携带营业执照复印件至园区服务中心一楼招商窗口登记。",
            "园区将根据企业产业类型、租赁面积和登记先后顺序统筹安排看房和签约。",
        ],
    },
    {
        "id": 1218, "cat": "tzgg", "time": "2024-05-13",
        "title": "园区二期10kV线路停电检修通知",
        "author": None, "source": None, "tags": ["qysh"], "views": 702,
        "content": [
            "因供电设备年度检修需要，园区二期5号至9号厂房将于5月18日（星期六）8:00至16:00停电，请相关企业提前做好生产安排和设备保护工作。如遇天气原因，检修时间将另行通知。",
        ],
    },
    {
        "id": 1225, "cat": "tzgg", "time": "2024-07-15",
        "title": "关于第二批人才公寓配租结果的公示",
        "author": None, "source": None, "tags": ["rcgy"], "views": 1912,
        "content": [
            "根据《园区人才公寓管理办法》，经企业申报、资格审核，现将第二批人才公寓配租结果公示如下：",
            "|序号|企业名称|配租套数",
            "|1|上海某智能装备有限公司|24",
            "|2|上海某生物科技有限公司|18",
            "|3|上海某半导体设备有限公司|15",
            "|4|上海某检测技术有限公司|9",
            "公示期为2024年7月15日至7月21日。公示期内如有异议，请以书面形式向园区运营部反映。",
        ],
    },
    {
        "id": 1230, "cat": "tzgg", "time": "2024-09-09",
        "title": "关于举办2024年园区企业消防安全培训的通知",
        "author": None, "source": None, "tags": ["qysh"], "views": 655,
        "content": [
            "各入驻企业：",
            "为提高园区企业员工消防安全意识和应急处置能力，园区将于9月20日下午14:00在服务中心二楼报告厅举办消防安全培训。",
            "请各企业安排1至2名安全管理人员参加，并于9月18日前将参训人员名单报送物业服务中心。",
            "培训结束后将组织灭火器实操演练，请参训人员着便于活动的服装。",
        ],
    },
    {
        "id": 1238, "cat": "tzgg", "time": "2024-11-18",
        "title": "关于征集园区2025年度企业服务需求的通知",
        "author": None, "source": None, "tags": ["qysh"], "views": 540,
        "content": [
            "各入驻企业：",
            "为更好地制定2025年度企业服务计划，园区现面向全体入驻企业征集服务需求。",
            "征集内容包括但不限于：人才招聘与培训、政策申报辅导、融资对接、市场拓展、生活配套等方面。",
            "请各企业于11月30日前通过园区企业服务平台填写需求问卷，或将需求发送至qiye@lingang-sci.example.cn。",
        ],
    },
    # ------------------------------------------------------------------ 政策解读 ------------------
    {
        "id": 1203, "cat": "zcjd", "time": "2024-01-15 10:30",
        "title": "一文读懂：临港新片区支持标准厂房建设的若干措施",
        "author": "政策研究室", "source": None, "tags": ["cyzc", "bzcf"], "views": 4120,
        "content": [
            "近日，临港新片区发布支持标准厂房建设的若干措施。为帮助企业快速了解政策要点，我们梳理如下。",
            "## 支持哪些项目？",
            "新建或改扩建的多层标准厂房项目，容积率不低于2.0，且主要用于先进制造业的，均可申请支持。",
            "## 有哪些支持？",
            "一是建设补贴，对符合条件的项目按照建筑面积给予每平方米最高200元的一次性补贴；二是租金补贴，对租用标准厂房的先进制造业企业，按实际租金的30%给予补贴，最长三年。",
            "## 怎么申请？",
            "项目单位可在竣工验收后6个月内向新片区管委会产业发展处提交申请，具体申报材料以当年申报通知为准。",
        ],
    },
    {
        "id": 1208, "cat": "zcjd", "time": "2024-03-01 09:00",
        "title": "上海出台新一轮特色产业园区高质量发展行动方案",
        "author": None, "source": "上海市经济和信息化委员会", "tags": ["cyzc"], "views": 2744,
        "content": [
            "~~索引号：SHJX-2024-000123　发布机构：上海市经济和信息化委员会　发文日期：2024年2月28日",
            "为进一步推动特色产业园区高质量发展，本市近日印发《上海市特色产业园区高质量发展行动方案（2024—2026年）》。",
            "方案提出，到2026年，全市特色产业园区规上工业总产值占全市比重达到40%以上，形成若干具有全球影响力的特色产业集群。",
            "方案明确了五方面重点任务：一是强化主导产业集聚，二是提升园区载体品质，三是完善创新服务体系，四是推动数字化绿色化转型，五是优化园区管理体制机制。",
            "在载体建设方面，方案提出加快推进“工业上楼”，鼓励建设高层、高容积率的智造空间，推动存量低效工业用地更新改造。",
            "在招商引资方面，方案提出建立全市特色产业园区招商协同机制，避免园区之间同质化竞争。",
            "~~【打印本页】【关闭窗口】",
        ],
    },
    {
        "id": 1212, "cat": "zcjd", "time": "2024-03-25 14:00",
        "title": "浦东新区促进工业用地提容增效实施细则解读",
        "author": None, "source": "浦东新区人民政府", "tags": ["cyzc", "bzcf"], "views": 1988,
        "content": [
            "~~发布机构：浦东新区规划和自然资源局　发布日期：2024-03-22",
            "一、制定背景",
            "浦东新区工业用地总量较大，但部分地块存在容积率偏低、产出效益不高等问题。为推动工业用地节约集约利用，制定本实施细则。",
            "二、适用范围",
            "本细则适用于浦东新区范围内已取得土地使用权的工业用地，包括产业基地、产业社区内的存量工业用地。",
            "三、主要内容",
            "在符合规划的前提下，存量工业用地提高容积率的，不再增收土地价款；新增建筑面积用于研发、中试、检验检测等功能的，比例可放宽至30%。",
            "四、实施期限",
            "本细则自2024年4月1日起施行，有效期至2028年3月31日。",
        ],
    },
    {
        "id": 1216, "cat": "zcjd", "time": "2024-04-22 16:20",
        "title": "园区企业如何申请研发费用加计扣除？政策要点一览",
        "author": "政策研究室", "source": None, "tags": ["cyzc", "qysh"], "views": 3571,
        "content": [
            "研发费用加计扣除是国家鼓励企业开展研发活动的一项重要税收优惠政策。结合园区企业常见问题，我们整理了以下要点。",
            "1. 扣除比例：企业开展研发活动中实际发生的研发费用，未形成无形资产计入当期损益的，在按规定据实扣除的基础上，再按照实际发生额的100%在税前加计扣除。",
            "2. 适用范围：除烟草制造业、住宿和餐饮业、批发和零售业等负面清单行业外，会计核算健全的居民企业均可享受。",
            "3. 享受方式：采取“真实发生、自行判别、申报享受、相关资料留存备查”的方式，企业可在预缴申报时选择享受。",
            "4. 常见误区：委托境外机构进行研发活动所发生的费用，按照费用实际发生额的80%计入委托方的委托境外研发费用，并非全额计入。",
            "园区科技服务部每月开设一次政策辅导课，企业可通过园区企业服务平台预约。",
        ],
    },
    {
        "id": 1221, "cat": "zcjd", "time": "2024-06-03 11:00",
        "title": "本市发布支持生物医药产业高质量发展若干政策",
        "author": None, "source": "中国上海", "tags": ["cyzc", "swyy"], "views": 2382,
        "content": [
            "近日，市政府办公厅印发《关于支持生物医药产业全链条创新发展的若干意见》，从研发、临床、审评审批、生产等环节提出一系列支持措施。",
            "在研发环节，对获得临床试验批准并在本市开展临床试验的创新药，按照不同阶段分别给予最高1000万元、2000万元和3000万元的支持。",
            "在产业化环节，支持企业在特色产业园区建设符合GMP要求的生产设施，对符合条件的项目给予固定资产投资补贴。",
            "在空间保障方面，意见提出各区要为生物医药企业提供定制化厂房和研发空间，鼓励园区建设公共技术服务平台。",
            "~~责任编辑：周岚",
        ],
    },
    {
        "id": 1226, "cat": "zcjd", "time": "2024-07-29 10:10",
        "title": "2024年园区租金补贴政策问答",
        "author": "招商中心", "source": None, "tags": ["cyzc", "bzcf", "zsyz"], "views": 4788,
        "content": [
            "问：哪些企业可以申请租金补贴？",
            "答：在园区租赁厂房或办公用房、租期在三年以上、且属于园区主导产业的企业，均可申请。",
            "问：补贴标准是多少？",
            "答：第一年按实际租金的50%补贴，第二年按30%补贴，第三年按20%补贴。",
            "问：补贴有没有上限？",
            "答：单个企业每年补贴金额最高不超过200万元。",
            "问：如何兑现？",
            "答：企业每年1月提交上一年度的租金支付凭证和经营数据，经园区审核后于3月底前拨付。",
        ],
    },
    {
        "id": 1233, "cat": "zcjd", "time": "2024-10-08 19:20",
        "title": "国务院常务会议部署推动开发区和工业园区提质升级",
        "author": None, "source": "新华社", "tags": ["cyzc"], "views": 1364,
        "content": [
            "新华社北京10月8日电 国务院总理主持召开国务院常务会议，研究推动开发区和工业园区提质升级的有关举措。",
            "会议指出，开发区和工业园区是推动产业集聚发展的重要平台。要坚持分类指导，引导园区聚焦主导产业，提升专业化服务能力，推动园区从“拼政策”向“拼服务”“拼生态”转变。",
            "会议要求，要加强园区土地集约利用，盘活闲置低效用地和厂房，防止盲目扩张和重复建设。@@（完）",
        ],
    },
    {
        "id": 1240, "cat": "zcjd", "time": "2024-11-25 09:40",
        "title": "关于延续执行园区中小企业房租减免政策的解读",
        "author": "政策研究室", "source": None, "tags": ["cyzc", "qysh"], "views": 823,
        "content": [
            "园区中小企业房租减免政策原定于2024年12月31日到期。经研究，园区决定将该政策延续执行至2025年12月31日。",
            "延续期间，政策的适用对象、减免标准和申请流程均保持不变，已享受政策的企业无需重新提交申请。",
            "新入驻的中小企业可在签订租赁合同后30日内向招商中心提出申请。",
        ],
    },
    # ------------------------------------------------------------------ 行业资讯 (reposts) ----------
    {
        "id": 1205, "cat": "hyzx", "time": "2024-01-18 13:25",
        "title": "长三角产业园区招商热度回升 高标厂房需求增长明显",
        "author": "陈晓", "source": "澎湃新闻", "tags": ["bzcf", "zsyz"], "views": 2650,
        "original_title": "长三角产业园区“开门红”：高标厂房成招商香饽饽",
        "content": [
            "~ot 原标题：长三角产业园区“开门红”：高标厂房成招商香饽饽",
            "~~澎湃新闻记者 陈晓",
            "新年伊始，长三角多地产业园区密集举办招商推介活动。记者走访发现，层高、荷载、配电条件较好的高标准厂房，正成为制造业企业选址时最看重的因素之一。",
            "“以前企业来看厂房，先问租金；现在先问层高和电力容量。”上海某园区招商负责人告诉记者，去年园区新签约的企业中，超过六成对厂房提出了定制化需求。",
            "第三方机构数据显示，2023年第四季度，长三角主要城市高标厂房平均空置率为12.4%，较前一季度下降0.8个百分点，平均租金基本保持稳定。",
            "业内人士认为，随着制造业转型升级加快，传统低层厂房的竞争力正在下降，具备“工业上楼”条件的多层高标厂房将迎来更多需求。",
            "不过，也有园区运营方坦言，部分区域新增供应集中入市，招商压力仍然不小，园区之间的竞争正在从价格转向服务。",
            "~~责任编辑：王琳　图片编辑：蒋立冬",
            "~~校对：施鋆",
            "~~澎湃新闻报料：021-962866",
            "~~澎湃新闻，未经授权不得转载",
        ],
    },
    {
        "id": 1209, "cat": "hyzx", "time": "2024-03-05 08:30",
        "title": "嘉定一工业园区完成“腾笼换鸟” 老厂房变身智造空间",
        "author": "杨硕", "source": "新民晚报", "tags": ["znzz", "bzcf"], "views": 1719,
        "content": [
            "新民晚报讯（记者 杨硕）曾经的纺织厂房如今摆满了工业机器人。记者昨天从嘉定区获悉，位于该区的一处老工业园区经过三年改造，已完成“腾笼换鸟”，引进智能制造企业23家。",
            "据介绍，园区原有厂房多建于上世纪90年代，单层、低矮、配套落后。改造中，园区保留了部分具有历史特色的建筑立面，对内部结构进行加固，并新建了两栋多层智造厂房。",
            "改造完成后，园区亩均税收由原来的不足5万元提高到38万元。",
            "园区负责人表示，下一步将继续推进剩余地块更新，打造以汽车零部件和智能装备为特色的产业社区。",
        ],
    },
    {
        "id": 1213, "cat": "hyzx", "time": "2024-04-01 10:45",
        "title": "物流地产进入调整期：高标仓空置率上升 园区运营商转向精细化运营",
        "author": "林晨", "source": "第一财经", "tags": ["wlcc", "reits"], "views": 3198,
        "original_title": "高标仓“供过于求”的一年：物流园区运营商如何过冬",
        "content": [
            "~ot 原标题：高标仓“供过于求”的一年：物流园区运营商如何过冬",
            "过去几年快速扩张的物流地产市场，正在经历一轮明显的调整。",
            "多家机构发布的数据显示，2023年全国主要城市高标准仓库平均空置率升至约17%，为近五年来的最高水平；部分新增供应集中的城市，空置率甚至超过30%。",
            "## 供应集中释放",
            "“2021年拿地的项目基本都在去年集中竣工了。”一位物流地产从业者对第一财经记者表示，在需求增速放缓的背景下，新增供应的集中释放直接推高了空置率。",
            "以长三角为例，2023年昆山、嘉兴、南通等地新增高标仓面积均超过50万平方米，而同期的净吸纳量不及新增供应的一半。",
            "## 租金承压",
            "空置率上升也对租金形成压力。记者了解到，部分城市的高标仓租金已较高点回落一成以上，一些新项目为了提高出租率，推出了免租期延长、装修补贴等优惠措施。",
            "|城市|空置率|平均租金（元/㎡/月）",
            "|上海|11.2%|47.5",
            "|昆山|26.8%|33.0",
            "|嘉兴|31.5%|28.6",
            "|南通|22.4%|26.9",
            "数据来源：第三方物流地产研究机构，2023年第四季度",
            "## 运营模式转变",
            "面对市场变化，越来越多的园区运营商开始从“重开发”转向“重运营”。有运营商在园区内引入冷链、恒温等专业化仓储服务，也有运营商通过数字化平台为客户提供库存管理和配送调度等增值服务。",
            "业内人士认为，物流地产的长期需求仍然存在，尤其是电商、冷链和高端制造业的仓储需求仍在增长。行业的调整，将促使资源向具有运营能力的头部企业集中。",
            "~~（本文来自第一财经）",
            "~~编辑：钱小岩",
        ],
    },
    {
        "id": 1217, "cat": "hyzx", "time": "2024-05-06 09:10",
        "title": "产业园REITs扩容：多只新项目进入申报阶段",
        "author": "王峰", "source": "21世纪经济报道", "tags": ["reits"], "views": 2275,
        "content": [
            "~~21世纪经济报道记者 王峰 上海报道",
            "产业园基础设施公募REITs正迎来新一轮扩容。据不完全统计，今年以来已有4只产业园REITs项目正式提交申报材料，另有多只项目处于前期准备阶段。",
            "|项目类型|已上市数量|拟申报数量",
            "|产业园区|13|4",
            "|仓储物流|8|3",
            "|保障性租赁住房|5|2",
            "多位业内人士表示，产业园REITs为园区运营商提供了“投、融、建、管、退”的完整闭环，有助于盘活存量资产、降低负债水平。",
            "但也要看到，部分已上市产业园REITs去年出现出租率下滑、租金收入不及预期的情况，二级市场价格明显波动。",
            "分析人士指出，未来产业园REITs的表现，将更多取决于底层资产的区位、产业定位和运营能力。",
            "~~免责声明：本文仅供参考，不构成投资建议。",
        ],
    },
    {
        "id": 1220, "cat": "hyzx", "time": "2024-05-27 07:55",
        "title": "松江G60科创走廊新增一批智能工厂",
        "author": "黄勇娣", "source": "解放日报", "tags": ["znzz"], "views": 1496,
        "content": [
            "记者从松江区获悉，今年以来，G60科创走廊松江段新增市级智能工厂11家，累计达到42家。",
            "在位于松江综合保税区的一家电子产品制造企业，200多台机器人昼夜不停地运转，产品从下料到包装全程无人化，生产效率较改造前提高了40%。",
            "松江区相关负责人表示，将继续实施智能工厂培育计划，对新认定的市级智能工厂给予最高300万元奖励。",
            "~~原标题：《G60科创走廊松江段新增11家市级智能工厂》",
            "~~栏目主编：王珍　文字编辑：黄勇娣",
            "~~来源：作者：解放日报 黄勇娣",
            "~~下载上观新闻APP，阅读更多精彩内容",
        ],
        "original_title": "《G60科创走廊松江段新增11家市级智能工厂》",
    },
    {
        "id": 1224, "cat": "hyzx", "time": "2024-07-08 20:05",
        "title": "某上市公司拟在长三角新建产业园 总投资约15亿元",
        "author": None, "source": "证券时报", "tags": ["zsyz", "xny"], "views": 1187,
        "content": [
            "证券时报e公司讯，某新能源材料上市公司7月8日晚间公告，公司拟与地方政府签署投资协议，在长三角地区投资建设新能源材料产业园，项目总投资约15亿元，分两期建设。",
            "公告显示，项目一期计划于2025年投产，全部达产后预计可实现年产值30亿元。@@<br/>（e公司官微）",
        ],
    },
    {
        "id": 1228, "cat": "hyzx", "time": "2024-08-26 12:00",
        "title": "园区招商进入“拼服务”时代",
        "author": "产业园区观察", "source": "产业园区观察", "tags": ["zsyz", "qysh"], "views": 3742,
        "content": [
            "~~原创 产业园区观察 产业园区观察 2024年08月25日 18:30 上海",
            "过去，很多园区招商靠的是土地价格和税收返还。随着政策环境的变化，这种模式已经难以为继。",
            "一位从事园区招商十余年的从业者告诉我们，现在企业选址时考虑的因素越来越多：产业链是否完整、人才是否好招、政府服务是否高效、园区运营是否专业。",
            "## 服务是新的竞争力",
            "一些园区开始组建专业化的企业服务团队，为企业提供从注册、装修到投产的全流程代办服务；还有园区搭建产业基金，以投资带动招商。",
            "## 运营能力决定出租率",
            "在同一区域、同样条件的园区中，出租率差距可以达到二三十个百分点，差距的背后往往就是运营能力。",
            "对于园区运营商来说，招商只是开始，留住企业、服务企业成长，才是园区长期价值所在。",
            "~~往期推荐",
            "~~工业上楼，到底难在哪里？",
            "~~2024上半年长三角产业园区租金报告",
            "~~一个园区招商经理的自白",
            "~~点击“阅读原文”，了解更多园区资讯",
            "~~长按识别二维码，关注产业园区观察",
        ],
    },
    {
        "id": 1232, "cat": "hyzx", "time": "2024-09-30 14:35",
        "title": "金山打造长三角产业协同示范园 首批项目集中开工",
        "author": "刘晓晶", "source": "东方网", "tags": ["zsyz", "xny"], "views": 1325,
        "content": [
            "东方网记者刘晓晶9月29日报道：今天上午，金山区长三角产业协同示范园首批项目集中开工，共计12个项目，总投资约46亿元。",
            "据了解，首批开工项目主要集中在新能源汽车零部件、新材料和高端装备领域。示范园规划面积约5平方公里，将重点承接长三角地区产业转移和协同配套项目。",
            "金山区相关负责人表示，示范园将探索跨区域利益共享机制，为长三角产业协同发展提供实践样本。",
            "~~来源：东方网　作者：刘晓晶　编辑：施嘉奇",
        ],
    },
    {
        "id": 1235, "cat": "hyzx", "time": "2024-10-28 11:15",
        "title": "上海工业园区加快数字化转型 一批“灯塔园区”亮相",
        "author": "葛俊俊", "source": "人民网", "tags": ["znzz"], "views": 1654,
        "content": [
            "~~人民网上海10月27日电 （记者 葛俊俊）",
            "记者从上海市经济信息化委获悉，本市首批10个数字化转型示范园区日前正式亮相，覆盖集成电路、生物医药、智能制造等重点产业领域。",
            "这些示范园区普遍建立了园区级数字化管理平台，实现了能耗监测、安全生产、企业服务等方面的一网统管。",
            "!/uploads/2024/10/1028-dengta.jpg",
            "以某智造园区为例，通过建设能源管理系统，园区整体能耗较上年下降8%，企业用电成本平均降低5%。",
            "下一步，上海将推动更多园区开展数字化转型，到2025年建成30个以上数字化转型示范园区。",
            "~~(责编：王俊岭、李知政)",
        ],
    },
    {
        "id": 1239, "cat": "hyzx", "time": "2024-11-20 16:30",
        "title": "新能源汽车零部件企业加速布局长三角园区",
        "author": "缪璐", "source": "中国新闻网", "tags": ["xny", "zsyz"], "views": 2018,
        "content": [
            "中新网上海11月20日电 （记者 缪璐）随着新能源汽车产销量持续增长，越来越多的零部件企业将新增产能布局在长三角地区的产业园区。",
            "记者从多家园区了解到，今年以来，电池材料、电驱系统、汽车电子等领域的项目签约数量明显增加，部分园区甚至出现了“一房难求”的情况。",
            "“主机厂对供应商的响应速度要求越来越高，零部件企业必须靠近主机厂布局。”一位汽车零部件企业负责人说。",
            "业内人士提醒，新能源汽车产业竞争加剧，园区在招商时也应关注项目的技术水平和抗风险能力，避免低水平重复建设。",
            "~~【编辑:付子豪】",
        ],
    },
    {
        "id": 1242, "cat": "yqdt", "time": "2024-11-28 10:00",
        "title": "园区三期项目取得建设工程规划许可证",
        "author": "工程管理部", "source": None, "tags": ["bzcf"], "views": 412,
        "content": [
            "11月27日，园区三期项目取得建设工程规划许可证，计划于12月下旬开工建设。",
            "三期项目总建筑面积约18万平方米，将建设8栋高层智造厂房，首层层高9米，最高楼层荷载2吨/平方米，主要面向集成电路装备和智能机器人企业。",
        ],
    },
]

# ---------------------------------------------------------------------------------------------
# Leasing listings (/space/...): look like articles, are not
# ---------------------------------------------------------------------------------------------

SPACE_TYPES = {"cf": "厂房出租", "bg": "办公出租", "ck": "仓库出租"}

SPACES = [
    {"code": "CF2031", "type": "cf", "date": "2024-11-12", "views": 532,
     "title": "二期7号楼 单层标准厂房 3200㎡ 整层出租 可环评",
     "area": "3200㎡", "price": "1.6元/㎡/天", "floor": "1层", "height": "8米", "load": "1.5吨/㎡", "power": "630KVA",
     "desc": ["厂房位于园区二期7号楼首层，独门独院，可停放40尺集装箱车辆，适合精密机械、智能装备类企业。",
              "配备5吨行车一台，消防等级丙二类，可办理环评和生产许可。"]},
    {"code": "CF2032", "type": "cf", "date": "2024-11-05", "views": 418,
     "title": "二期5号楼 2层厂房 1600㎡ 带货梯 租金可谈",
     "area": "1600㎡", "price": "1.3元/㎡/天", "floor": "2层", "height": "5.5米", "load": "0.8吨/㎡", "power": "250KVA",
     "desc": ["二楼整层出租，配3吨货梯两部，适合电子装配、医疗器械组装等轻型生产。",
              "大小可分割，最小面积800㎡起租，租期三年以上可享受园区租金补贴。"]},
    {"code": "CF2027", "type": "cf", "date": "2024-10-21", "views": 690,
     "title": "生物医药专区 GMP预留厂房 2400㎡ 双回路供电",
     "area": "2400㎡", "price": "2.1元/㎡/天", "floor": "1-2层", "height": "6米", "load": "1.0吨/㎡", "power": "双回路 1000KVA",
     "desc": ["按GMP要求预留洁净改造条件，独立排风井，适合生物医药中试及生产。",
              "园区可协助办理药品生产许可证相关手续。"]},
    {"code": "CF2019", "type": "cf", "date": "2024-09-16", "views": 877,
     "title": "三期高层智造厂房预租 单层4500㎡ 层高9米",
     "area": "4500㎡", "price": "1.8元/㎡/天", "floor": "1层", "height": "9米", "load": "2.0吨/㎡", "power": "800KVA",
     "desc": ["三期项目预计2026年交付，现接受预租登记，可按企业需求定制柱网和配电方案。"]},
    {"code": "CF2011", "type": "cf", "date": "2024-08-02", "views": 1024,
     "title": "一期3号楼 小面积厂房 600㎡起 适合初创企业",
     "area": "600㎡", "price": "1.2元/㎡/天", "floor": "3层", "height": "4.5米", "load": "0.65吨/㎡", "power": "100KVA",
     "desc": ["一期3号楼三层分割出租，600㎡至1200㎡多种面积段，适合研发中试和小批量生产。",
              "近园区食堂和人才公寓，生活配套便利。"]},
    {"code": "BG3008", "type": "bg", "date": "2024-11-20", "views": 366,
     "title": "科创大厦B座 12层 精装办公 420㎡ 拎包入驻",
     "area": "420㎡", "price": "3.8元/㎡/天", "floor": "12层", "height": "4.2米", "load": "-", "power": "-",
     "desc": ["精装修交付，含3间独立办公室和1间会议室，南向采光，可看滴水湖景观。"]},
    {"code": "BG3005", "type": "bg", "date": "2024-10-30", "views": 298,
     "title": "科创大厦B座 整层办公 2400㎡ 可分割",
     "area": "2400㎡", "price": "3.5元/㎡/天", "floor": "18层", "height": "4.2米", "load": "-", "power": "-",
     "desc": ["标准层整层出租，最小分割面积150㎡，适合研发设计、软件信息类企业总部。",
              "大厦配有员工餐厅、健身房和共享会议中心。"]},
    {"code": "BG3001", "type": "bg", "date": "2024-09-02", "views": 510,
     "title": "服务中心 共享办公工位 1200元/位/月",
     "area": "8㎡/工位", "price": "1200元/位/月", "floor": "3层", "height": "3.6米", "load": "-", "power": "-",
     "desc": ["面向初创团队提供灵活工位，含网络、打印和会议室使用，可提供注册地址。"]},
    {"code": "CK4003", "type": "ck", "date": "2024-10-09", "views": 445,
     "title": "物流仓储区 高标仓 8000㎡ 丙二类 带卸货平台",
     "area": "8000㎡", "price": "1.1元/㎡/天", "floor": "1层", "height": "10米", "load": "3吨/㎡", "power": "200KVA",
     "desc": ["双面卸货平台，配液压升降调节板12个，消防喷淋系统完善，适合电商、制造业原材料仓储。"]},
    {"code": "CK4001", "type": "ck", "date": "2024-07-18", "views": 603,
     "title": "物流仓储区 冷库 1500㎡ 温区-18℃至4℃",
     "area": "1500㎡", "price": "3.2元/㎡/天", "floor": "1层", "height": "8米", "load": "2吨/㎡", "power": "400KVA",
     "desc": ["多温区冷库，可分割出租，适合生物制剂、食品冷链。"]},
]

DOWNLOADS = [
    ("/uploads/files/2024-keji-shenbaoshu.docx", "园区科技型中小企业培育项目申报书（2024版）", "2024-03-11"),
    ("/uploads/files/rcgy-shenqingbiao.pdf", "人才公寓入住申请表", "2024-04-15"),
    ("/uploads/files/zujin-butie-zhinan.pdf", "园区租金补贴申请指南", "2024-07-29"),
    ("/uploads/files/2023-annual-report.pdf", "园区2023年度发展报告", "2024-02-01"),  # broken: 404
]
BROKEN = {"/uploads/files/2023-annual-report.pdf", "/news/detail/1099.html", "/about/team.html"}

# ---------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------

E = html.escape
BY_ID = {a["id"]: a for a in ARTICLES}
OLD_IDS = {a["old_id"]: a["id"] for a in ARTICLES if "old_id" in a}
ORDER = sorted(ARTICLES, key=lambda a: (a["time"], a["id"]), reverse=True)  # newest first
PER_PAGE = 6


class Response:
    def __init__(self, status: int, headers: dict[str, str], body: bytes):
        self.status = status
        self.headers = headers
        self.body = body


def _date(a) -> str:
    return a["time"][:10]


def _iso(a) -> str:
    t = a["time"]
    return t if len(t) == 10 else t.replace(" ", "T") + "+08:00"


def _strip_tags(s: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def _parse_content(a):
    """Yield ('p'|'h'|'table'|'img'|'bp'|'ot'|'glued', ...) items."""
    items = []
    for c in a["content"]:
        if c.startswith("|"):
            row = c[1:].split("|")
            if items and items[-1][0] == "table":
                items[-1][1].append(row)
            else:
                items.append(("table", [row]))
        elif c.startswith("## "):
            items.append(("h", c[3:]))
        elif c.startswith("!"):
            src, _, cap = c[1:].partition("|")
            items.append(("img", src, cap))
        elif c.startswith("~ot "):
            items.append(("bp", c[4:]))
        elif c.startswith("~~"):
            items.append(("bp", c[2:]))
        elif "@@" in c:
            text, tail = c.split("@@", 1)
            items.append(("glued", text, tail))
        else:
            items.append(("p", c))
    return items


def body_and_boilerplate_inside(a):
    body, bp = [], []
    for it in _parse_content(a):
        kind = it[0]
        if kind in ("p", "h"):
            body.append(it[1])
        elif kind == "table":
            body.extend(" ".join(r) for r in it[1])
        elif kind == "img":
            if it[2]:
                body.append(it[2])
        elif kind == "bp":
            bp.append(it[1])
        elif kind == "glued":
            body.append(it[1])
            bp.append(_strip_tags(it[2]).strip())
    return body, bp


def _render_body(a) -> str:
    out = []
    for it in _parse_content(a):
        kind = it[0]
        if kind == "p":
            out.append(f"<p>{E(it[1])}</p>")
        elif kind == "h":
            out.append(f'<h3 class="lg-article__subhead">{E(it[1])}</h3>')
        elif kind == "table":
            rows = []
            for i, r in enumerate(it[1]):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{E(c)}</{tag}>" for c in r) + "</tr>")
            out.append('<div class="lg-table-wrap"><table class="lg-table">' + "".join(rows) + "</table></div>")
        elif kind == "img":
            out.append(
                f'<figure class="lg-figure"><img class="lazy" src="/static/images/loading.gif" '
                f'data-original="{E(it[1])}" alt="{E(it[2] or a["title"])}" width="800" height="450">'
                + (f'<figcaption class="lg-figure__cap">{E(it[2])}</figcaption>' if it[2] else "")
                + "</figure>"
            )
        elif kind == "bp":
            out.append(f'<p style="text-align:right">{E(it[1])}</p>' if a["source"] else f"<p>{E(it[1])}</p>")
        elif kind == "glued":
            tail = it[2] if it[2].startswith("<br/>") else E(it[2])
            out.append(f"<p>{E(it[1])}{tail}</p>")
    return "\n".join(out)


def _sid(path: str) -> str:
    return hashlib.md5(("lg-sess:" + path).encode()).hexdigest()[:20]


def _months():
    ms = sorted({a["time"][:7] for a in ARTICLES}, reverse=True)
    return ms


def _hot():
    return sorted(ARTICLES, key=lambda a: (-a["views"], a["id"]))[:6]


def _summary(a, n=60):
    body, _ = body_and_boilerplate_inside(a)
    for p in body:
        if len(p) > 20:
            return p[:n] + ("…" if len(p) > n else "")
    return body[0][:n]


# ---------------------------------------------------------------------------------------------
# Page chrome
# ---------------------------------------------------------------------------------------------

NAV = [
    ("/", "首页"),
    ("/news/list", "新闻中心"),
    ("/news/list?cat=yqdt", "园区动态"),
    ("/news/list?cat=tzgg", "通知公告"),
    ("/news/list?cat=zcjd", "政策解读"),
    ("/news/list?cat=hyzx", "行业资讯"),
    ("/space/", "空间招租"),
    ("/service/", "园区服务"),
    ("/about/", "关于我们"),
    ("/about/contact.html", "联系我们"),
]


def _head(title, path, canonical=True, extra=""):
    can = f'<link rel="canonical" href="{CANON}{E(path)}">' if canonical else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{E(title)}</title>
<meta name="keywords" content="临港智造科创园,产业园区,厂房出租,园区招商,标准厂房">
{can}
{extra}
<link rel="stylesheet" href="/static/css/lg.min.css?v=20240901">
<link rel="icon" href="/favicon.ico">
<script src="/static/js/jquery.min.js"></script>
<script src="/static/js/jquery.lazyload.min.js"></script>
</head>
"""


def _header(path):
    nav = "".join(
        f'<li class="lg-nav__item{" is-active" if h == path else ""}"><a href="{E(h)}">{t}</a></li>' for h, t in NAV
    )
    return f"""<body class="lg-body">
<div class="lg-topbar"><div class="lg-wrap">
<span class="lg-topbar__hi">您好，欢迎访问临港智造科创园官方网站！</span>
<span class="lg-topbar__links"><a href="/member/login.html?sid={_sid(path)}&amp;return={quote(path, safe='')}">登录</a> | <a href="/member/register.html">注册</a> | <a href="/member/center/">会员中心</a> | <a href="http://en.lingang-sci.example.cn/">English</a> | <a href="tel:4008215566">招商热线 400-821-5566</a></span>
</div></div>
<header class="lg-header"><div class="lg-wrap">
<a class="lg-logo" href="/"><img src="/static/images/logo.png" alt="临港智造科创园"></a>
<form class="lg-search" action="/search" method="get"><input type="text" name="keyword" placeholder="搜索园区新闻、政策、空间"><button type="submit">搜索</button></form>
<div class="lg-hotsearch">热门搜索：<a href="/search?keyword=%E6%A0%87%E5%87%86%E5%8E%82%E6%88%BF">标准厂房</a> <a href="/search?keyword=%E7%A7%9F%E9%87%91%E8%A1%A5%E8%B4%B4">租金补贴</a></div>
</div>
<nav class="lg-nav"><ul class="lg-wrap">{nav}</ul></nav>
</header>
"""


def _footer():
    return f"""<footer class="lg-footer"><div class="lg-wrap">
<div class="lg-footer__friends"><span>友情链接：</span>
<a href="https://www.shanghai.gov.cn/" target="_blank">中国上海</a>
<a href="https://www.lingang.gov.cn/" target="_blank">临港新片区</a>
<a href="https://www.pudong.gov.cn/" target="_blank">浦东新区人民政府</a>
<a href="http://www.miit.gov.cn/" target="_blank">工业和信息化部</a>
<a href="http://192.168.1.20/" target="_blank">园区内网</a>
<a href="http://10.0.3.17:8080/oa/" target="_blank">OA办公系统</a>
</div>
<div class="lg-footer__info">
<p>{COMPANY} 版权所有 地址：上海市浦东新区临港新片区海洋一路888号科创大厦B座1楼</p>
<p>招商电话：<a href="tel:021-58296688">021-5829 6688</a> 邮箱：<a href="mailto:invest@lingang-sci.example.cn">invest@lingang-sci.example.cn</a></p>
<p><a href="https://beian.miit.gov.cn/" target="_blank" rel="nofollow">沪ICP备2021034567号-1</a> <span>沪公网安备 31011502012345号</span> <a href="/admin/">管理入口</a> <a href="http://localhost:8080/preview/">预览</a></p>
</div>
</div>
<div class="lg-fixed-tools"><a href="javascript:scrollTo(0,0)">返回顶部</a><a href="javascript:void(0)" onclick="openKefu()">在线咨询</a></div>
<script>$(function(){{$("img.lazy").lazyload({{effect:"fadeIn"}});}});</script>
</footer>
</body>
</html>
"""


def _sidebar():
    hot = "".join(f'<li><a href="/news/detail/{a["id"]}.html">{E(a["title"])}</a></li>' for a in _hot())
    new = "".join(
        f'<li><span class="lg-side__date">[{_date(a)[5:]}]</span><a href="/news/detail/{a["id"]}.html">{E(a["title"])}</a></li>'
        for a in ORDER[:6]
    )
    months = "".join(
        f'<li><a href="/news/archive/{m}.html">{m[:4]}年{int(m[5:])}月</a></li>' for m in _months()
    )
    tags = " ".join(f'<a href="/news/tag/{k}.html">{v}</a>' for k, v in TAGS.items())
    return f"""<aside class="lg-side">
<section class="lg-side__box"><h3 class="lg-side__title">热门文章</h3><ol class="lg-side__list">{hot}</ol></section>
<section class="lg-side__box"><h3 class="lg-side__title">最新文章</h3><ul class="lg-side__list">{new}</ul></section>
<section class="lg-side__box"><h3 class="lg-side__title">热门标签</h3><div class="lg-side__tags">{tags}</div></section>
<section class="lg-side__box"><h3 class="lg-side__title">新闻归档</h3><ul class="lg-side__list">{months}</ul></section>
<section class="lg-side__box lg-side__ad"><a href="/space/list?type=cf"><img src="/static/images/ad-space.jpg" alt="厂房招租"></a></section>
</aside>
"""


def _page(title, path, main_html, canonical=True, extra_head="", sidebar=True):
    side = _sidebar() if sidebar else ""
    return (
        _head(title, path, canonical, extra_head)
        + _header(path)
        + f'<div class="lg-wrap lg-layout">\n<main class="lg-main">\n{main_html}\n</main>\n{side}</div>\n'
        + _footer()
    )


def _crumb(*parts):
    out = ['<div class="lg-crumb">当前位置：<a href="/">首页</a>']
    for href, text in parts:
        out.append(f' &gt; <a href="{E(href)}">{E(text)}</a>' if href else f" &gt; <span>{E(text)}</span>")
    out.append("</div>")
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Article page
# ---------------------------------------------------------------------------------------------

HOTLINE = [
    "招商热线",
    "投资咨询：400-821-5566 / 021-5829 6688",
    "招商邮箱：invest@lingang-sci.example.cn",
    "接待地址：海洋一路888号科创大厦B座1楼招商中心",
    "扫码关注“临港智造科创园”官方微信，获取最新空间资源",
]
SHARE = "分享到： 微信 微博 QQ空间 复制链接 打印本页"
REPOST_NOTE = "免责声明：本站部分文章转载自其他媒体，转载目的在于传递更多信息，并不代表本站赞同其观点和对其真实性负责。如有侵权，请联系我们删除。"


def _neighbours(a):
    same = [x for x in ORDER if x["cat"] == a["cat"]]
    i = same.index(a)
    newer = same[i - 1] if i > 0 else None
    older = same[i + 1] if i + 1 < len(same) else None
    return older, newer  # 上一篇 = older, 下一篇 = newer


def _related(a):
    rel = []
    for x in ORDER:
        if x is a:
            continue
        if set(x["tags"]) & set(a["tags"]):
            rel.append(x)
        if len(rel) == 4:
            break
    return rel


def _meta_line(a):
    bits = []
    if a["cat"] == "tzgg":
        bits.append(f'<span class="lg-meta__time">发布时间：{a["time"].replace("-", "/")}</span>')
    else:
        bits.append(f'<span class="lg-meta__time">发布时间：{a["time"]}</span>')
    if a["source"]:
        bits.append(f'<span class="lg-meta__src">来源：{E(a["source"])}</span>')
    if a["author"]:
        bits.append(f'<span class="lg-meta__author">作者：{E(a["author"])}</span>')
    bits.append(f'<span class="lg-meta__views">浏览次数：<em>{a["views"]}</em></span>')
    return "　".join(bits)


def article_boilerplate(a):
    """Every boilerplate block around/inside the article text area, in page order."""
    _, inside = body_and_boilerplate_inside(a)
    out = list(inside)
    if a["source"]:
        out.append(REPOST_NOTE)
    out.append("标签：" + " ".join(TAGS[t] for t in a["tags"]))
    out.append(SHARE)
    out.extend(HOTLINE)
    older, newer = _neighbours(a)
    out.append("上一篇：" + (older["title"] if older else "没有了"))
    out.append("下一篇：" + (newer["title"] if newer else "没有了"))
    out.append("相关阅读")
    out.extend(x["title"] for x in _related(a))
    return out


def _article_main(a, print_view=False):
    cat = CATS[a["cat"]]
    head = f"""<header class="lg-article__head">
<h1 class="lg-article__title">{E(a["title"])}</h1>
<div class="lg-article__meta">{_meta_line(a)}</div>
</header>"""
    body = f'<div class="lg-article__body" id="js_content">\n{_render_body(a)}\n</div>'
    if print_view:
        return f'<article class="lg-article lg-article--print">{head}\n{body}\n<div class="lg-print-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div></article>'
    note = f'<div class="lg-article__note">{E(REPOST_NOTE)}</div>' if a["source"] else ""
    tags = " ".join(f'<a href="/news/tag/{t}.html">{TAGS[t]}</a>' for t in a["tags"])
    aid = a["id"]
    share = (
        f'<div class="lg-share"><span>分享到：</span> '
        f'<a class="lg-share__wx" href="/news/detail/{aid}.html?utm_source=wechat&amp;utm_medium=share">微信</a> '
        f'<a class="lg-share__wb" href="https://service.weibo.com/share/share.php?url={quote(CANON + f"/news/detail/{aid}.html?from=weibo", safe="")}" target="_blank">微博</a> '
        f'<a class="lg-share__qz" href="javascript:void(0)" onclick="shareQzone()">QQ空间</a> '
        f'<a class="lg-share__copy" href="javascript:void(0)" data-url="{CANON}/news/detail/{aid}.html?from=timeline">复制链接</a> '
        f'<a class="lg-share__print" href="/news/print/{aid}.html" target="_blank">打印本页</a></div>'
    )
    hot = (
        f'<aside class="lg-hotline"><h4 class="lg-hotline__title">{HOTLINE[0]}</h4>'
        + "".join(f"<p>{E(x)}</p>" for x in HOTLINE[1:4])
        + f'<p class="lg-hotline__qr"><img src="/static/images/qr-wechat.png" alt="二维码">{E(HOTLINE[4])}</p></aside>'
    )
    older, newer = _neighbours(a)

    def lk(x):
        return f'<a href="/news/detail/{x["id"]}.html">{E(x["title"])}</a>' if x else "没有了"

    pager = f'<nav class="lg-article__pager"><p class="prev">上一篇：{lk(older)}</p><p class="next">下一篇：{lk(newer)}</p></nav>'
    rel_items = "".join(f'<li><a href="/news/detail/{x["id"]}.html">{E(x["title"])}</a></li>' for x in _related(a))
    related = f'<section class="lg-related"><h3 class="lg-related__title">相关阅读</h3><ul>{rel_items}</ul></section>'
    return (
        _crumb(("/news/list", "新闻中心"), (f"/news/list?cat={a['cat']}", cat), (None, "正文"))
        + f'\n<article class="lg-article" data-id="{aid}">\n{head}\n{body}\n{note}\n'
        + f'<div class="lg-article__tags">标签：{tags}</div>\n{share}\n{hot}\n</article>\n{pager}\n{related}\n'
        + '<section class="lg-comment"><a href="/member/login.html?sid=' + _sid(f"/news/detail/{aid}.html")
        + f'&amp;return=%2Fnews%2Fdetail%2F{aid}.html" class="lg-comment__login">登录后参与评论</a></section>'
    )


def _article_page(a, path):
    canon = f"/news/detail/{a['id']}.html"
    desc = _summary(a, 80)
    imgs = [it[1] for it in _parse_content(a) if it[0] == "img"]
    extra = [
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{E(a["title"])}">',
        f'<meta property="og:url" content="{CANON}{canon}">',
        f'<meta property="og:site_name" content="{SITE_NAME}">',
        f'<meta property="og:description" content="{E(desc)}">',
        f'<meta name="description" content="{E(desc)}">',
    ]
    if imgs:
        extra.append(f'<meta property="og:image" content="{CANON}{imgs[0]}">')
    if not a["source"]:  # own articles carry JSON-LD
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a["title"],
            "datePublished": a["time"] if len(a["time"]) == 10 else a["time"].replace(" ", "T") + ":00+08:00",
            "author": {"@type": "Organization", "name": a["author"] or "临港智造科创园"},
            "publisher": {"@type": "Organization", "name": COMPANY, "url": f"http://{BARE}/"},
            "mainEntityOfPage": CANON + canon,
            "articleSection": CATS[a["cat"]],
            "keywords": ",".join(TAGS[t] for t in a["tags"]),
        }
        if imgs:
            ld["image"] = [CANON + i for i in imgs]
        extra.append('<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>")
    return _page(f"{a['title']}_{CATS[a['cat']]}_{SITE_NAME}", canon, _article_main(a), True, "\n".join(extra))


def _print_page(a):
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{E(a["title"])} - 打印</title>
<link rel="stylesheet" href="/static/css/print.css"></head>
<body class="lg-print">
{_article_main(a, print_view=True)}
<p class="lg-print__foot">{COMPANY} www.lingang-sci.example.cn</p>
</body></html>
"""


# ---------------------------------------------------------------------------------------------
# Lists, tags, archive, search
# ---------------------------------------------------------------------------------------------


def _list_items(arts, link=lambda a: f"/news/detail/{a['id']}.html"):
    if not arts:
        return '<p class="lg-empty">暂无相关内容</p>'
    lis = []
    for a in arts:
        lis.append(
            f'<li class="lg-list__item"><h2 class="lg-list__title"><a href="{E(link(a))}">{E(a["title"])}</a></h2>'
            f'<p class="lg-list__summary">{E(_summary(a))}</p>'
            f'<div class="lg-list__meta"><span class="lg-list__cat">{CATS[a["cat"]]}</span><time datetime="{_date(a)}">{_date(a)}</time></div></li>'
        )
    return '<ul class="lg-list">' + "".join(lis) + "</ul>"


def _qs(base, **kw):
    parts = [f"{k}={v}" for k, v in kw.items() if v not in (None, "")]
    return base + ("?" + "&".join(parts) if parts else "")


def _pager(base, page, pages, total, **kw):
    def u(p):
        return E(_qs(base, **kw, page=p if p > 1 else None))

    out = [f'<div class="lg-pager"><span>共{total}条 {page}/{pages}页</span>']
    out.append(f'<a href="{u(1)}">首页</a>')
    if page > 1:
        out.append(f'<a href="{u(page - 1)}">上一页</a>')
    for p in range(1, pages + 1):
        out.append(f'<b>{p}</b>' if p == page else f'<a href="{u(p)}">{p}</a>')
    if page < pages:
        out.append(f'<a href="{u(page + 1)}">下一页</a>')
    out.append(f'<a href="{u(pages)}">尾页</a></div>')
    return "".join(out)


ON = ' class="on"'


def _news_list(q):
    cat = q.get("cat")
    if cat is not None and cat not in CATS:
        return None
    sort = q.get("sort") if q.get("sort") in ("hot", "new") else None
    try:
        page = int(q.get("page", "1"))
    except ValueError:
        return None
    arts = [a for a in ORDER if cat is None or a["cat"] == cat]
    if sort == "hot":
        arts = sorted(arts, key=lambda a: (-a["views"], a["id"]))
    pages = max(1, (len(arts) + PER_PAGE - 1) // PER_PAGE)
    if page < 1 or page > pages:
        return None
    chunk = arts[(page - 1) * PER_PAGE: page * PER_PAGE]
    name = CATS[cat] if cat else "新闻中心"
    canon = _qs("/news/list", cat=cat, page=page if page > 1 else None)
    sorts = (
        f'<div class="lg-sort">排序：<a href="{E(_qs("/news/list", cat=cat, sort="new"))}">最新发布</a> '
        f'<a href="{E(_qs("/news/list", cat=cat, sort="hot"))}">浏览最多</a></div>'
    )
    tabs = '<div class="lg-tabs">' + "".join(
        f'<a href="/news/list?cat={k}"{ON if k == cat else ""}>{v}</a>' for k, v in CATS.items()
    ) + "</div>"
    crumbs = [("/news/list", "新闻中心")] + ([(None, name)] if cat else [])
    main = (
        _crumb(*crumbs)
        + f'<section class="lg-listbox"><h1 class="lg-listbox__title">{name}</h1>{tabs}{sorts}'
        + _list_items(chunk)
        + _pager("/news/list", page, pages, len(arts), cat=cat, sort=sort)
        + "</section>"
    )
    title = f"{name}_第{page}页_{SITE_NAME}" if page > 1 else f"{name}_{SITE_NAME}"
    return _page(title, canon, main)


def _tag_page(slug):
    if slug not in TAGS:
        return None
    arts = [a for a in ORDER if slug in a["tags"]]
    main = (
        _crumb(("/news/list", "新闻中心"), (None, f"标签：{TAGS[slug]}"))
        + f'<section class="lg-listbox"><h1 class="lg-listbox__title">标签：{TAGS[slug]}</h1>'
        + _list_items(arts, link=lambda a: f"/news/detail.html?id={a['id']}")
        + "</section>"
    )
    return _page(f"{TAGS[slug]}_标签_{SITE_NAME}", f"/news/tag/{slug}.html", main)


def _month_shift(y, m, d):
    m += d
    while m < 1:
        m += 12
        y -= 1
    while m > 12:
        m -= 12
        y += 1
    return f"{y:04d}-{m:02d}"


def _archive_page(y, m):
    ym = f"{y:04d}-{m:02d}"
    arts = [a for a in ORDER if a["time"].startswith(ym)]
    prev_m, next_m = _month_shift(y, m, -1), _month_shift(y, m, 1)
    cal = (
        f'<div class="lg-calendar"><a class="lg-calendar__prev" href="/news/archive/{prev_m}.html">&laquo; 上一月</a>'
        f'<strong>{y}年{m}月</strong>'
        f'<a class="lg-calendar__next" href="/news/archive/{next_m}.html">下一月 &raquo;</a></div>'
    )
    main = (
        _crumb(("/news/list", "新闻中心"), (None, f"{y}年{m}月"))
        + f'<section class="lg-listbox"><h1 class="lg-listbox__title">{y}年{m}月 新闻归档</h1>{cal}'
        + _list_items(arts)
        + "</section>"
    )
    return _page(f"{y}年{m}月新闻归档_{SITE_NAME}", f"/news/archive/{ym}.html", main)


def _search_page(q):
    kw = q.get("keyword", "").strip()
    try:
        page = max(1, int(q.get("page", "1")))
    except ValueError:
        page = 1
    hits = [a for a in ORDER if kw and (kw in a["title"] or any(kw in c for c in a["content"]))]
    chunk = hits[(page - 1) * PER_PAGE: page * PER_PAGE]
    nxt = E(_qs("/search", keyword=quote(kw), page=page + 1))
    main = (
        _crumb((None, "搜索"))
        + f'<section class="lg-listbox"><h1 class="lg-listbox__title">“{E(kw)}”的搜索结果</h1>'
        + f'<p class="lg-search__count">共找到{len(hits)}条相关结果</p>'
        + _list_items(chunk)
        + f'<div class="lg-pager"><span>第{page}页</span><a href="{nxt}">下一页</a></div>'
        + "</section>"
    )
    return _page(f"搜索：{kw}_{SITE_NAME}", "/search", main, canonical=False)


# ---------------------------------------------------------------------------------------------
# Home
# ---------------------------------------------------------------------------------------------


def _cn_date(a):
    y, m, d = a["time"][:10].split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


def _home():
    def block(cat, n, datefmt):
        arts = [a for a in ORDER if a["cat"] == cat][:n]
        lis = "".join(
            f'<li><a href="/news/detail/{a["id"]}.html">{E(a["title"])}</a><span class="lg-date">{datefmt(a)}</span></li>'
            for a in arts
        )
        return (
            f'<section class="lg-home__box lg-home__box--{cat}"><h2>{CATS[cat]}<a class="more" href="/news/list?cat={cat}">更多&gt;&gt;</a></h2>'
            f"<ul>{lis}</ul></section>"
        )

    top = ORDER[0]
    focus = [BY_ID[1201], BY_ID[1211], BY_ID[1236]]
    slides = "".join(
        f'<li><a href="/news/detail/{a["id"]}.html?from=timeline"><img class="lazy" src="/static/images/loading.gif" '
        f'data-original="/uploads/banner/{a["id"]}.jpg" alt="{E(a["title"])}"><p>{E(a["title"])}</p></a></li>'
        for a in focus
    )
    spaces = "".join(
        f'<li><a href="/space/detail/{s["code"]}.html">{E(s["title"])}</a><span>{s["area"]} · {s["price"]}</span></li>'
        for s in SPACES[:4]
    )
    main = f"""<section class="lg-home__banner"><ul class="lg-slider">{slides}</ul></section>
<section class="lg-home__headline"><h2><a href="/news/detail/{top["id"]}.html">{E(top["title"])}</a></h2>
<p>{E(_summary(top, 90))}</p><span class="lg-date">{_cn_date(top)}</span></section>
{block("yqdt", 6, _cn_date)}
{block("tzgg", 6, lambda a: "[" + _date(a)[5:] + "]")}
{block("zcjd", 5, _date)}
{block("hyzx", 5, _date)}
<section class="lg-home__box lg-home__box--space"><h2>空间招租<a class="more" href="/space/">更多&gt;&gt;</a></h2><ul>{spaces}</ul></section>
<section class="lg-home__entries">
<a href="/service/incubator.html">孵化服务</a><a href="/service/apartment.html">人才公寓</a><a href="/service/download.html">资料下载</a>
<a href="http://{BARE}/news/detail/1226.html?utm_source=home&amp;utm_medium=entry&amp;utm_campaign=zujin">租金补贴政策问答</a>
<a href="/news/detail/1188.html">智慧停车上线</a>
<a href="javascript:void(0)" onclick="openMap()">园区地图</a>
</section>"""
    return _page(f"{SITE_NAME}_长三角智能制造产业园区_厂房出租_园区招商", "/", main)


# ---------------------------------------------------------------------------------------------
# Space (leasing), services, about, member
# ---------------------------------------------------------------------------------------------

SPACE_PER_PAGE = 4


def _space_index():
    lis = "".join(
        f'<li><a href="/space/detail/{s["code"]}.html">{E(s["title"])}</a> <span>{s["area"]}</span> <em>{s["price"]}</em> <time>{s["date"]}</time></li>'
        for s in SPACES
    )
    tabs = "".join(f'<a href="/space/list?type={k}">{v}</a>' for k, v in SPACE_TYPES.items())
    main = (
        _crumb((None, "空间招租"))
        + f'<section class="lg-space"><h1>空间招租</h1><div class="lg-tabs">{tabs}</div>'
        + '<p class="lg-space__intro">园区现有标准厂房、研发办公和物流仓储等多种空间资源，欢迎来电咨询：400-821-5566。</p>'
        + f'<ul class="lg-space__list">{lis}</ul></section>'
    )
    return _page(f"空间招租_{SITE_NAME}", "/space/", main)


def _space_list(q):
    t = q.get("type")
    if t not in SPACE_TYPES:
        return None
    try:
        page = int(q.get("page", "1"))
    except ValueError:
        return None
    items = [s for s in SPACES if s["type"] == t]
    pages = max(1, (len(items) + SPACE_PER_PAGE - 1) // SPACE_PER_PAGE)
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * SPACE_PER_PAGE: page * SPACE_PER_PAGE]
    lis = "".join(
        f'<li class="lg-list__item"><h2 class="lg-list__title"><a href="/space/detail/{s["code"]}.html">{E(s["title"])}</a></h2>'
        f'<p class="lg-list__summary">面积：{s["area"]}　租金：{s["price"]}　楼层：{s["floor"]}</p>'
        f'<div class="lg-list__meta"><time>{s["date"]}</time></div></li>'
        for s in chunk
    )
    main = (
        _crumb(("/space/", "空间招租"), (None, SPACE_TYPES[t]))
        + f'<section class="lg-listbox"><h1 class="lg-listbox__title">{SPACE_TYPES[t]}</h1><ul class="lg-list">{lis}</ul>'
        + _pager("/space/list", page, pages, len(items), type=t)
        + "</section>"
    )
    return _page(f"{SPACE_TYPES[t]}_{SITE_NAME}", _qs("/space/list", type=t, page=page if page > 1 else None), main)


def _space_detail(code):
    s = next((x for x in SPACES if x["code"] == code), None)
    if s is None:
        return None
    rows = [("面积", s["area"]), ("租金", s["price"]), ("楼层", s["floor"]), ("层高", s["height"]),
            ("承重", s["load"]), ("配电", s["power"]), ("房源编号", s["code"])]
    table = "".join(f"<tr><th>{k}</th><td>{E(v)}</td></tr>" for k, v in rows)
    desc = "".join(f"<p>{E(p)}</p>" for p in s["desc"])
    others = "".join(
        f'<li><a href="/space/detail/{x["code"]}.html">{E(x["title"])}</a></li>'
        for x in SPACES if x["type"] == s["type"] and x is not s
    )
    main = (
        _crumb(("/space/", "空间招租"), (f"/space/list?type={s['type']}", SPACE_TYPES[s["type"]]), (None, "房源详情"))
        + f"""<article class="lg-article lg-article--space">
<header class="lg-article__head"><h1 class="lg-article__title">{E(s["title"])}</h1>
<div class="lg-article__meta"><span>发布时间：{s["date"]}</span>　<span>浏览次数：<em>{s["views"]}</em></span></div></header>
<div class="lg-article__body"><table class="lg-table lg-space__spec">{table}</table>
<h3 class="lg-article__subhead">房源描述</h3>{desc}
<p class="lg-space__agent">招商顾问：王经理 138 1650 2231（微信同号）</p></div>
</article>
<section class="lg-related"><h3 class="lg-related__title">同类房源</h3><ul>{others}</ul></section>"""
    )
    return _page(f"{s['title']}_{SPACE_TYPES[s['type']]}_{SITE_NAME}", f"/space/detail/{code}.html", main)


SERVICE_PAGES = {
    "incubator": ("孵化服务", [
        "园区孵化器面积约1.2万平方米，为初创科技企业提供办公空间、创业辅导、投融资对接和政策申报等一站式服务。",
        "服务价格：独立办公室2.5元/㎡/天起，开放工位800元/位/月起；入孵企业首年可享受房租五折优惠。",
        "申请入孵请联系孵化器运营中心：021-5829 6630。",
    ]),
    "apartment": ("人才公寓", [
        "园区人才公寓共两期，合计房源860套，户型涵盖一室户至两室一厅，面积35至78平方米。",
        "租金：一室户1800元/月起，一室一厅2600元/月起，两室一厅4200元/月起，含物业费。",
        "配套设施：健身房、自助洗衣房、便利店、共享厨房。",
    ]),
}


def _service_index():
    main = (
        _crumb((None, "园区服务"))
        + '<section class="lg-service"><h1>园区服务</h1><ul class="lg-service__grid">'
        + '<li><a href="/service/incubator.html"><h3>孵化服务</h3><p>创业辅导、投融资对接、政策申报</p></a></li>'
        + '<li><a href="/service/apartment.html"><h3>人才公寓</h3><p>精装修人才公寓，拎包入住</p></a></li>'
        + '<li><a href="/service/download.html"><h3>资料下载</h3><p>申报表格、办事指南</p></a></li>'
        + '<li><a href="/space/"><h3>空间招租</h3><p>厂房、办公、仓储</p></a></li>'
        + "</ul></section>"
    )
    return _page(f"园区服务_{SITE_NAME}", "/service/", main)


def _service_page(slug):
    if slug not in SERVICE_PAGES:
        return None
    title, paras = SERVICE_PAGES[slug]
    main = (
        _crumb(("/service/", "园区服务"), (None, title))
        + f'<section class="lg-service"><h1>{title}</h1>'
        + "".join(f"<p>{E(p)}</p>" for p in paras)
        + '<p><a class="lg-btn" href="/about/contact.html">立即咨询</a></p></section>'
    )
    return _page(f"{title}_园区服务_{SITE_NAME}", f"/service/{slug}.html", main)


def _download_page():
    lis = "".join(
        f'<li><a href="{E(p)}">{E(t)}</a><span class="lg-date">{d}</span></li>' for p, t, d in DOWNLOADS
    )
    main = (
        _crumb(("/service/", "园区服务"), (None, "资料下载"))
        + f'<section class="lg-listbox"><h1 class="lg-listbox__title">资料下载</h1><ul class="lg-download">{lis}'
        + '<li><a href="/uploads/private/hetong-moban.docx">租赁合同范本（内部资料，需授权）</a><span class="lg-date">2024-01-05</span></li>'
        + '<li><a href="/news/detail/1099.html">2023年度园区企业服务指南（网页版）</a><span class="lg-date">2023-12-20</span></li>'
        + "</ul>"
        + '<p class="lg-tip">开发者可通过<a href="/api/v1/news?format=json">数据开放接口</a>获取园区公开信息。</p></section>'
    )
    return _page(f"资料下载_{SITE_NAME}", "/service/download.html", main)


ABOUT = {
    "/about/": ("园区简介", [
        "临港智造科创园位于上海市浦东新区临港新片区，由上海海湾智造科创园发展有限公司开发运营，规划总用地面积约68万平方米。",
        "园区以智能制造、生物医药和集成电路为主导产业，已建成标准厂房、研发办公、物流仓储、人才公寓等各类载体约85万平方米，累计入驻企业320余家。",
        "园区先后获评上海市特色产业园区、上海市品牌园区，致力于成为长三角一流的智能制造产业社区。",
    ]),
    "/about/history.html": ("发展历程", [
        "2016年 园区一期开工建设。",
        "2019年 园区一期竣工投用，首批企业入驻。",
        "2021年 园区二期开工建设。",
        "2024年 园区二期正式开园，三期项目启动。",
    ]),
    "/about/contact.html": ("联系我们", [
        "招商热线：400-821-5566　021-5829 6688",
        "招商邮箱：invest@lingang-sci.example.cn",
        "地址：上海市浦东新区临港新片区海洋一路888号科创大厦B座1楼招商中心",
        "交通：地铁16号线滴水湖站换乘园区定制公交1线，科创大厦站下车。",
    ]),
}


def _about(path):
    title, paras = ABOUT[path]
    sub = (
        '<ul class="lg-subnav"><li><a href="/about/">园区简介</a></li><li><a href="/about/history.html">发展历程</a></li>'
        '<li><a href="/about/team.html">管理团队</a></li><li><a href="/about/contact.html">联系我们</a></li></ul>'
    )
    extra = ""
    if path == "/about/contact.html":
        extra = (
            '<p><a href="mailto:invest@lingang-sci.example.cn">发送邮件</a> <a href="tel:4008215566">一键拨号</a> '
            '<a href="https://map.baidu.com/search/%E4%B8%B4%E6%B8%AF">查看地图</a></p>'
        )
    main = (
        _crumb(("/about/", "关于我们"), (None, title))
        + sub
        + f'<section class="lg-about"><h1>{title}</h1>'
        + "".join(f"<p>{E(p)}</p>" for p in paras)
        + extra
        + "</section>"
    )
    return _page(f"{title}_{SITE_NAME}", path, main)


def _login(path):
    title = "会员登录" if path.endswith("login.html") else "会员注册"
    main = (
        _crumb((None, title))
        + f'<section class="lg-member"><h1>{title}</h1>'
        + '<form action="/member/dologin" method="post"><p><label>手机号</label><input name="mobile"></p>'
        + '<p><label>密码</label><input type="password" name="pwd"></p><p><button type="submit">提交</button></p></form>'
        + '<p><a href="/member/login.html">登录</a> | <a href="/member/register.html">注册</a> | <a href="javascript:void(0)">忘记密码？</a></p></section>'
    )
    return _page(f"{title}_{SITE_NAME}", path, main, sidebar=False)


def _not_found():
    main = '<section class="lg-404"><h1>404</h1><p>抱歉，您访问的页面不存在或已被删除。</p><p><a href="/">返回首页</a></p></section>'
    return _page(f"页面不存在_{SITE_NAME}", "/404.html", main, canonical=False, sidebar=False)


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /member/center/
Disallow: /api/
Disallow: /uploads/private/
Disallow: /member/dologin

User-agent: Baiduspider
Disallow: /admin/
Disallow: /api/
"""

GIF = bytes.fromhex("47494638396101000100800000ffffff00000021f90401000000002c00000000010001000002024401003b")


# ---------------------------------------------------------------------------------------------
# Routing
# ---------------------------------------------------------------------------------------------


class Emulator:
    origin = "http://" + HOST
    hosts = (HOST, BARE)

    def handle(self, method: str, url: str) -> Response:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host not in self.hosts or parts.scheme not in ("http", "https"):
            return self._resp(502, b"Bad Gateway", "text/plain; charset=utf-8")
        if parts.port not in (None, 80, 443):
            return self._resp(502, b"Bad Gateway", "text/plain; charset=utf-8")
        if host == BARE:  # the bare domain answers with a permanent redirect to www
            loc = f"{parts.scheme}://{HOST}{parts.path or '/'}" + (f"?{parts.query}" if parts.query else "")
            return self._redirect(loc)
        if method not in ("GET", "HEAD", "POST"):
            return self._resp(405, b"Method Not Allowed", "text/plain; charset=utf-8")
        path = unquote(parts.path or "/")
        q = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        try:
            return self._route(parts.scheme, path, q)
        except Exception:  # pragma: no cover - a site bug must show up as a 500, not crash the server
            return self._resp(500, b"Internal Server Error", "text/plain; charset=utf-8")

    # -- helpers --
    def _resp(self, status, body, ctype="text/html; charset=utf-8", extra=None):
        h = {"Content-Type": ctype, "Date": DATE_HEADER, "Server": "nginx", "X-Powered-By": "LGCMS/3.2"}
        if extra:
            h.update(extra)
        return Response(status, h, body)

    def _html(self, text, status=200):
        if text is None:
            return self._resp(404, _not_found().encode("utf-8"))
        return self._resp(status, text.encode("utf-8"), extra={"Cache-Control": "max-age=600"})

    def _redirect(self, loc, status=301):
        return self._resp(status, b"", "text/html; charset=utf-8", {"Location": loc})

    def _route(self, scheme, path, q):
        if path == "/robots.txt":
            return self._resp(200, ROBOTS.encode(), "text/plain; charset=utf-8")
        if path in ("/", "/index.html"):
            return self._html(_home())
        if path in BROKEN:
            return self._html(None)
        m = re.fullmatch(r"/news/detail/(\d+)\.html", path)
        if m:
            i = int(m.group(1))
            if i in OLD_IDS:
                return self._redirect(f"{scheme}://{HOST}/news/detail/{OLD_IDS[i]}.html")
            a = BY_ID.get(i)
            return self._html(_article_page(a, path) if a else None)
        if path == "/news/detail.html":
            a = BY_ID.get(int(q["id"])) if q.get("id", "").isdigit() else None
            return self._html(_article_page(a, path) if a else None)
        m = re.fullmatch(r"/news/print/(\d+)\.html", path)
        if m:
            a = BY_ID.get(int(m.group(1)))
            return self._html(_print_page(a) if a else None)
        if path in ("/news/list", "/news/", "/news"):
            return self._html(_news_list(q))
        m = re.fullmatch(r"/news/tag/([a-z]+)\.html", path)
        if m:
            return self._html(_tag_page(m.group(1)))
        m = re.fullmatch(r"/news/archive/(\d{4})-(\d{2})\.html", path)
        if m and 1 <= int(m.group(2)) <= 12 and int(m.group(1)) >= 1:
            return self._html(_archive_page(int(m.group(1)), int(m.group(2))))
        if path == "/search":
            return self._html(_search_page(q))
        if path == "/space/":
            return self._html(_space_index())
        if path == "/space/list":
            return self._html(_space_list(q))
        m = re.fullmatch(r"/space/detail/([A-Z]{2}\d{4})\.html", path)
        if m:
            return self._html(_space_detail(m.group(1)))
        if path == "/service/":
            return self._html(_service_index())
        if path == "/service/download.html":
            return self._html(_download_page())
        m = re.fullmatch(r"/service/([a-z]+)\.html", path)
        if m:
            return self._html(_service_page(m.group(1)))
        if path in ABOUT:
            return self._html(_about(path))
        if path in ("/member/login.html", "/member/register.html"):
            return self._html(_login(path))
        if path.startswith(("/admin/", "/member/center/", "/api/", "/uploads/private/")):
            return self._resp(403, "<h1>403 Forbidden</h1>".encode(), extra=None)
        for p, _t, _d in DOWNLOADS:
            if path == p:
                if p.endswith(".pdf"):
                    return self._resp(200, b"%PDF-1.4\n% lingang-sci download\n%%EOF\n", "application/pdf")
                return self._resp(200, b"PK\x03\x04lingang-sci", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        if path.startswith(("/uploads/", "/static/images/")) and path.endswith((".jpg", ".png", ".gif")):
            return self._resp(200, GIF, "image/gif")
        if path == "/favicon.ico":
            return self._resp(200, GIF, "image/x-icon")
        if path.startswith("/static/css/"):
            return self._resp(200, b"body{margin:0}", "text/css")
        if path.startswith("/static/js/"):
            return self._resp(200, b"/* lg */", "application/javascript")
        return self._html(None)


def emulator() -> Emulator:
    return Emulator()
