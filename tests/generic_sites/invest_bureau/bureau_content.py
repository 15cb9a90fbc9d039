"""Data for the invest_bureau emulator (星城市投资促进局 / 星城招商网). Deterministic, no randomness."""

HOST = "xczs.gov.cn"
WWW = "www." + HOST
SITE_NAME = "星城市投资促进局"
SITE_TAG = "星城招商网"
DATE_HEADER = "Mon, 18 Mar 2024 08:00:00 GMT"

COLUMNS = [("zsdt", "招商动态"), ("cyzc", "产业政策"), ("yqtj", "园区推介"), ("tzzn", "投资指南"), ("mtjj", "媒体聚焦")]
COL_NAME = dict(COLUMNS)
PAGE_SIZE = 3

PARKS = ["星城经济技术开发区", "滨江高新技术产业园", "临港智能制造园", "东湖数字经济产业园", "南山生物医药园"]
INDUSTRIES = ["新能源汽车零部件", "集成电路封装测试", "生物医药", "智能装备", "数字经济", "新材料", "现代物流", "高端食品"]
PEOPLE = ["王晓东", "李慧", "陈建国", "赵敏", "刘洋", "孙倩"]
OUTLETS = ["星城日报", "新华社", "经济参考报", "星城广播电视台", "中国贸易报"]

# Titles per column: (title, kind) ; kind: news | park | video
TITLES = {
    "zsdt": [("市投资促进局赴长三角开展专题招商推介活动", "news"), ("总投资52亿元的新能源电池项目签约落户星城", "news"),
             ("一季度全市新签约亿元以上项目38个", "news"), ("星城市与深圳企业家座谈会成功举办", "news"),
             ("市投资促进局召开重点项目推进调度会", "news")],
    "cyzc": [("星城市支持先进制造业高质量发展若干政策解读", "news"), ("关于促进数字经济产业集聚发展的实施意见", "news"),
             ("星城市招商引资奖励办法（2024年修订）政策问答", "news"), ("生物医药产业专项扶持资金申报指南发布", "news"),
             ("人才安居政策再升级 最高补贴200万元", "news")],
    "yqtj": [("园区推介｜星城经济技术开发区", "park"), ("园区推介｜滨江高新技术产业园", "park"),
             ("园区推介｜临港智能制造园", "park"), ("东湖数字经济产业园获评省级示范园区", "news"),
             ("南山生物医药园二期标准厂房竣工", "news")],
    "tzzn": [("外商投资企业设立登记办事指南", "news"), ("工业用地出让流程及所需材料", "news"),
             ("企业开办“一网通办”操作说明", "news"), ("投资项目审批“拿地即开工”服务流程", "news"),
             ("视频｜一分钟看懂星城营商环境", "video")],
    "mtjj": [("新华社：星城以“链式招商”培育产业集群", "news"), ("星城日报：招商干部的一天", "news"),
             ("经济参考报：中部城市招商引资新打法", "news"), ("视频｜星城广播电视台专访市投资促进局负责人", "video"),
             ("中国贸易报：星城外资项目落地提速", "news")],
}

# Dates: (YYYY-MM-DD, HH:MM or None); the id is YYYYMMDD + two digits.
def _date(ci, ai):
    month = 1 + (ci + ai) % 3
    day = 3 + ci * 5 + ai
    return "2024-%02d-%02d" % (month, day)


def _para(seed, topic, k):
    topic = topic.split("：")[-1].split("｜")[-1]
    park = PARKS[(seed + k) % len(PARKS)]
    ind = INDUSTRIES[(seed * 3 + k) % len(INDUSTRIES)]
    n = 10 + (seed * 7 + k * 13) % 90
    pool = [
        f"{park}围绕{ind}产业链补链强链，今年以来累计接洽意向企业{n}家，其中{n // 4}家已进入实质性洽谈阶段。",
        f"会上，{topic}相关负责人介绍了{ind}领域的最新进展，表示将进一步优化服务流程，压缩审批时限至{n // 10 + 3}个工作日。",
        f"据统计，{park}去年实现规模以上工业产值{n * 11}亿元，同比增长{n % 17 + 3}.{k}%，{ind}产业贡献率超过三成。",
        f"下一步，市投资促进局将坚持“一把手”招商，组建{n // 9 + 2}个产业链专班，推动{ind}项目早签约、早开工、早投产。",
        f"企业代表表示，星城区位优势明显，人才储备充足，{park}的配套服务让项目从签约到开工仅用了{n}天。",
        f"围绕年度招商目标，各县市区要压实责任、细化措施，确保{n}项年度目标任务按期完成。",
    ]
    return pool[(seed + k) % len(pool)]


ARTICLES = []


def _build():
    seq = 0
    for ci, (col, cname) in enumerate(COLUMNS):
        for ai, (title, kind) in enumerate(TITLES[col]):
            seq += 1
            date = _date(ci, ai)
            aid = date.replace("-", "") + "%02d" % (ai + 1)
            time = "%02d:%02d" % (8 + seq % 9, (seq * 7) % 60) if seq % 2 == 0 else None
            views = 300 + seq * 137
            author = PEOPLE[seq % len(PEOPLE)] if seq % 3 == 0 else None
            source = None
            if col == "mtjj":
                source = title.split("：")[0] if "：" in title else "星城广播电视台"
            elif seq % 5 == 2 and kind == "news":
                source = "星城日报"
            if source == "新华社":
                author = PEOPLE[(seq + 1) % len(PEOPLE)]
            tags = [INDUSTRIES[seq % len(INDUSTRIES)], "招商引资"] if seq % 4 != 1 else []
            blocks = []  # (type, payload)
            if kind == "park":
                park = title.split("｜")[1]
                blocks += [("p", f"{park}成立于{1992 + seq}年，规划面积{20 + seq}平方公里，是星城市对外开放和产业发展的重要平台。"),
                           ("img", f"/uploads/2024/park{seq}.jpg"),
                           ("h", "一、园区基本情况"),
                           ("table", [["项目", "内容"], ["规划面积", f"{20 + seq}平方公里"],
                                      ["主导产业", f"{INDUSTRIES[seq % 8]}、{INDUSTRIES[(seq + 3) % 8]}"],
                                      ["工业用地价格", f"{18 + seq}万元/亩起"], ["标准厂房租金", f"{12 + seq % 5}元/平方米·月"]]),
                           ("p", "数据来源：星城市统计局"),
                           ("h", "二、优惠政策"),
                           ("ol", [f"固定资产投资超过{seq}亿元的项目，按实际投资额给予最高3%的奖励；",
                                   "前三年缴纳的地方税收留成部分给予全额奖励；",
                                   "人才公寓拎包入住，三年免租。"]),
                           ("br", None),
                           ("h", "三、联系方式"),
                           ("p", f"联系人：{park}招商服务中心 {PEOPLE[seq % 6][0]}主任"),
                           ("p", f"联系电话：0731-8{seq:03d}6688"),
                           ("p", f"电子邮箱：zs{seq}@xczs.gov.cn")]
            elif kind == "video":
                blocks += [("video", f"/uploads/video/v{seq}.mp4"),
                           ("p", f"{title.split('｜')[1]}。本期节目用镜头记录了星城在项目服务、审批改革和人才引进方面的新变化，"
                                 f"展现了{PARKS[seq % 5]}的发展活力。")]
            else:
                first = _para(seq, title, 0)
                if source in ("新华社",):
                    first = f"新华社长沙{date[5:7].lstrip('0')}月{date[8:].lstrip('0')}日电（记者 {PEOPLE[(seq + 1) % 6]}）" + first
                elif source == "星城日报" and col == "mtjj":
                    blocks.append(("junk", f"星城日报记者 {PEOPLE[(seq + 2) % 6]} 通讯员 {PEOPLE[(seq + 3) % 6]}"))
                blocks.append(("p", first))
                if seq % 3 == 1:
                    blocks.append(("img", f"/uploads/2024/news{seq}.jpg"))
                blocks.append(("p", _para(seq, title, 1)))
                if seq % 2 == 0:
                    blocks.append(("h", "一、主要内容"))
                blocks.append(("p", _para(seq, title, 2)))
                blocks.append(("br", None))
                if col in ("cyzc", "tzzn"):
                    blocks.append(("ol", [f"申请主体须在星城市注册登记并依法纳税；", f"项目须符合{INDUSTRIES[seq % 8]}产业导向；",
                                          f"申报材料于{date[:4]}年{int(date[5:7]) + 1}月底前报送市投资促进局。"]))
                    blocks.append(("p", "咨询电话：0731-88886666（市投资促进局项目服务科）"))
                blocks.append(("p", _para(seq, title, 3)))
                if seq % 4 == 0:
                    blocks.append(("junk", f"（责任编辑：{PEOPLE[(seq + 4) % 6]}）"))
            ARTICLES.append(dict(id=aid, col=col, cname=cname, title=title, kind=kind, date=date, time=time,
                                 views=views, author=author, source=source, tags=tags, blocks=blocks))
    ARTICLES.sort(key=lambda a: a["id"], reverse=True)


_build()
BY_ID = {a["id"]: a for a in ARTICLES}


def column_articles(col):
    return [a for a in ARTICLES if a["col"] == col]


def body_of(a):
    out = []
    for t, p in a["blocks"]:
        if t in ("p", "h"):
            out.append(p)
        elif t == "ol":
            out.extend(p)
        elif t == "table":
            out.extend(" ".join(r) for r in p)
    return out


ENV_PAGES = [
    ("qwys", "区位优势", ["星城市地处中部腹地，是国家综合交通枢纽城市，高铁2小时可达全国主要城市群。",
                      "全市拥有国家级开发区3个、省级园区12个，形成了以先进制造业为主体的现代产业体系。",
                      "星城黄花国际机场开通国际及地区航线40余条，中欧班列常态化开行。"]),
    ("rczy", "人才资源", ["全市拥有普通高校58所，在校大学生超过70万人，每年毕业生约20万人。",
                      "星城实施“人才新政45条”，为各类人才提供安居、落户、子女入学等全方位保障。"]),
    ("zwfw", "政务服务", ["星城持续深化“放管服”改革，企业开办实现一日办结，工程建设项目审批压缩至60个工作日以内。",
                      "市投资促进局为重大项目提供“一对一”专员服务，全程帮办代办。"]),
]

PROJECTS = [
    ("星城智能网联汽车测试基地", "智能装备", "12.5亿元"), ("东湖数据中心二期", "数字经济", "8亿元"),
    ("南山创新药中试平台", "生物医药", "3.6亿元"), ("临港冷链物流园", "现代物流", "5.2亿元"),
    ("滨江第三代半导体产业园", "集成电路", "30亿元"), ("星城预制菜产业园", "高端食品", "4.5亿元"),
    ("新型储能电池材料项目", "新材料", "15亿元"), ("工业互联网标识解析节点", "数字经济", "1.8亿元"),
]

POLICY_PDFS = [("星城市招商引资奖励办法.pdf", "zsyz_jlbf.pdf"), ("星城市产业用地管理规定.pdf", "cyyd_gl.pdf"),
               ("星城市人才新政45条.pdf", "rcxz45.pdf")]
