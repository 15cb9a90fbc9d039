"""Data of the invented site 园区招商网 (www.yqzsw.cn), a Discuz! X3.4 portal + forum.

Everything here is deterministic; site.py renders it and make_truth.py derives truth.json from it.
Article blocks:
  ("p", text)            a paragraph (body)
  ("font", text)         a paragraph wrapped in <font> tags (body)
  ("pf", a, b, c)        a paragraph with an inline <font color=red> around b (body: a+b+c)
  ("br", [lines])        a <div> whose lines are separated by <br /> (each line one body paragraph)
  ("img", src)           an image paragraph (not body)
  ("table", [rows])      a table; each row one body paragraph, cells joined by one space
  ("junk", text)         a block of its own that is boilerplate (原标题, 编辑, site contact)
  ("tail", text)         boilerplate appended to the preceding paragraph in the same <p> (（完）)
"""

HOST = "yqzsw.cn"
SITE_NAME = "园区招商网"

CATEGORIES = {
    1: "园区资讯",
    2: "招商政策",
    3: "产业观察",
    4: "企业动态",
}

PARKS = ["苏州工业园区", "昆山开发区", "嘉定工业区", "松江经开区", "合肥高新区", "无锡新吴区",
         "南通经开区", "嘉兴秀洲高新区", "宁波杭州湾新区", "常州武进高新区", "临港新片区",
         "芜湖经开区", "滁州经开区", "湖州南太湖新区", "太仓港经开区", "张家港保税区", "吴江开发区"]
INDUSTRIES = ["集成电路", "生物医药", "新能源汽车零部件", "智能装备", "新材料", "光伏储能",
              "工业机器人", "医疗器械", "高端纺织", "跨境电商物流", "氢能"]
COMPANIES = ["瑞丰精密", "恒拓新材", "中科微芯", "博远医疗", "德川智能", "华晟储能", "凯越汽车电子",
             "联泰生物", "启明光电", "鼎信机器人", "远航物流", "海诺氢能"]
NAMES = ["周建华", "沈立群", "顾晓峰", "陆文斌", "钱丽娟", "朱海涛", "吴晨", "蒋国平", "许敏", "孙宏亮"]

LEADS = [
    "{d}，{p}{i}产业园二期项目正式开工建设。项目总投资约{n1}亿元，规划用地{n2}亩，建成后将新增标准厂房{n3}万平方米，主要面向{i}上下游企业。",
    "近日，{p}管委会发布《关于支持{i}产业高质量发展的若干措施》，从用地保障、厂房租金、人才安居等方面提出{n4}条具体举措，政策自发布之日起施行，有效期三年。",
    "{d}，{c}与{p}正式签约，将在园区内建设{i}研发及生产基地，项目一期计划投资{n1}亿元，预计{y}年底前投产。",
    "今年以来，{p}围绕{i}产业链开展精准招商，截至{m}月底已累计签约项目{n4}个，协议总投资{n1}亿元，同比增长{n5}%。",
    "记者从{p}获悉，园区首批“定制厂房”已完成竣工验收，{n4}家{i}企业将于下月起陆续入驻，入驻率达到{n5}%。",
]

BODY = [
    "据园区招商部门介绍，本次落地的项目以{i}制造环节为主，对厂房层高、承重和配电均有较高要求，园区为此专门调整了规划指标，单层厂房层高提升至{h}米，地面承重达到每平方米{w}吨。",
    "在要素保障方面，{p}将对新引进的{i}企业给予前三年厂房租金{n5}%的补贴，对年度纳税额超过{n6}百万元的企业，另按地方留成部分给予奖励。",
    "“过去企业找厂房，往往要跑好几个部门。”{p}招商服务中心负责人{nm}表示，现在园区推出“拿地即开工”服务，企业从签约到开工最快只需{n7}个工作日。",
    "从产业结构看，{p}目前已集聚{i}相关企业{n8}家，其中规上企业{n9}家，初步形成了从研发设计、核心部件到整机制造的产业链条。",
    "值得注意的是，园区还同步建设了人才公寓{n10}套，配套食堂、便利店和通勤班车，解决{i}企业一线员工的居住和出行问题。",
    "业内人士分析，长三角地区{i}产业正在由核心城市向周边园区梯度转移，{p}凭借交通区位和土地成本优势，有望在{y}年前承接更多优质项目。",
    "下一步，{p}将继续聚焦{i}主导产业，加快推进标准厂房和小试中试平台建设，力争到{y}年实现相关产业产值突破{n11}亿元。",
    "项目负责人介绍，新基地投产后可年产{i}相关产品{n12}万台（套），预计实现年产值{n11}亿元，新增就业岗位{n13}个。",
    "园区还设立了总规模{n14}亿元的产业引导基金，重点投向{i}领域的初创企业和成长型企业，目前已完成首批{n4}个项目的投资决策。",
    "有意向入驻的{i}企业可拨打{p}招商热线0512-6{n15}咨询，也可关注园区官方微信公众号“{p}招商”了解最新厂房房源信息。",
    "在环保方面，{p}要求新入驻的{i}项目全部达到清洁生产一级标准，并统一建设危废暂存和污水预处理设施，单个企业可节省环保投入约{n6}百万元。",
    "据统计，{m}月份{p}工业用电量同比增长{n5}%，其中{i}行业用电量增幅居各行业首位，反映出园区企业生产订单较为饱满。",
]

TITLES = [
    "{p}{i}产业园二期开工 总投资{n1}亿元",
    "{p}出台{n4}条措施支持{i}产业发展",
    "{c}{i}基地落户{p}",
    "{p}前{m}月签约{i}项目{n4}个",
    "{p}首批定制厂房交付 {n4}家{i}企业将入驻",
]

COMMENT_POOL = [
    "请问{p}那边现在还有空置的单层厂房吗？我们需要层高8米以上的。",
    "租金补贴具体怎么申请？有没有懂行的朋友说一下流程。",
    "去年去{p}考察过，配套确实不错，就是招工有点难。",
    "支持一下，希望多发这类园区政策解读。",
    "{i}这两年确实火，不过产能会不会过剩？",
    "我们公司就在隔壁园区，交通挺方便的，欢迎来交流。",
    "楼主能不能整理一份各园区租金对比表？",
    "政策是好政策，关键看落实。",
]

REPOSTS = {  # aid: (source outlet, original title, dateline prefix, editor line)
    7: ("新华日报", "园区经济“热”在产业链", "新华日报讯（记者 顾敏 通讯员 王超）", "（编辑：李倩）"),
    12: ("扬子晚报", "厂房“抢手”背后的园区竞争", "扬子晚报网讯（记者 陈锐）", "编辑：周洁"),
    19: ("中国开发区网", "长三角开发区招商新动向", "中国开发区网讯 ", "责任编辑：刘畅"),
    26: ("解放日报", "临港：把厂房建在产业链上", "解放日报·上观新闻记者 孙燕 报道：", "（编辑：钱晨）"),
    29: ("苏州日报", "工业园区再添重大产业项目", "苏报讯（记者 张帆）", "编辑：黄蕾"),
}
ORIGINAL_AUTHORS = {2: "王志刚", 14: "陈雯", 20: "林海峰", 27: "赵一鸣"}
POSTERS = ["admin", "园区小编", "yqzs_editor"]
PAGED = {3: 2, 9: 2, 15: 3, 22: 2}   # aid -> number of pages
DATE_ONLY = {7, 14, 21, 28}
BR_STYLE = {6, 18}
FONT_STYLE = {10, 21}
SITE_CONTACT = {25, 11}
IMAGES = {1, 5, 8, 13, 17, 24}
TABLE_AID = 4
REDIRECTED_OLD = {3: "/news/3.html", 5: "/news/5.html"}   # old CMS URLs that answer 301
FROM_TOPIC = {1, 2, 8, 16}                                  # linked with &from=topic from the topic page


def _nums(aid):
    return dict(
        n1=8 + (aid * 7) % 53, n2=120 + (aid * 37) % 600, n3=5 + (aid * 3) % 28, n4=6 + (aid * 5) % 19,
        n5=11 + (aid * 13) % 67, n6=2 + (aid * 3) % 17, n7=15 + aid % 16, n8=40 + (aid * 11) % 160,
        n9=12 + (aid * 7) % 50, n10=300 + (aid * 41) % 1700, n11=50 + (aid * 29) % 450,
        n12=3 + (aid * 17) % 90, n13=200 + (aid * 53) % 1800, n14=10 + (aid * 19) % 90,
        n15=f"{(aid * 7919) % 10000000:07d}", h=8 + aid % 5, w=1 + aid % 3,
        y=2025 + aid % 3, m=2 + aid % 9,
    )


def _vars(aid):
    v = _nums(aid)
    v.update(p=PARKS[aid % len(PARKS)], i=INDUSTRIES[(aid * 3) % len(INDUSTRIES)],
             c=COMPANIES[aid % len(COMPANIES)], nm=NAMES[aid % len(NAMES)])
    return v


def _date(aid):
    # 2024-01-08 .. spread; aid grows with time
    month = 1 + (aid - 1) // 3
    day = 3 + (aid * 7) % 25
    hour = 8 + (aid * 5) % 11
    minute = (aid * 17) % 60
    return 2024, month, day, hour, minute


def _build(aid):
    v = _vars(aid)
    y, mo, d, hh, mm = _date(aid)
    v["d"] = f"{mo}月{d}日"
    catid = 1 + (aid * 3) % 4
    title = TITLES[aid % 5].format(**v)
    lead = LEADS[aid % 5].format(**v)
    k = 4 + aid % 4
    paras = [BODY[(aid * 3 + j * 5) % 12].format(**v) for j in range(k)]
    blocks = []
    source = None
    author = ORIGINAL_AUTHORS.get(aid)
    if aid in REPOSTS:
        source, otitle, dateline, editor = REPOSTS[aid]
        blocks.append(("junk", "原标题：" + otitle))
        blocks.append(("p", dateline + lead))
    else:
        blocks.append(("p", lead))
    if aid in IMAGES:
        blocks.append(("img", f"data/attachment/portal/2024{mo:02d}/{d:02d}/{aid:03d}a.jpg"))
    if aid == TABLE_AID:
        title = "2024年一季度长三角重点园区标准厂房租金参考"
        blocks = [("p", "为方便企业选址比较，本站汇总了一季度长三角部分重点园区标准厂房的挂牌租金区间，供读者参考。实际成交价格受楼层、面积和租期影响，以园区公布为准。"),
                  ("table", [["园区", "厂房类型", "租金（元/㎡·天）", "层高（米）"],
                             ["苏州工业园区", "单层钢结构", "1.2-1.5", "9"],
                             ["昆山开发区", "多层标准厂房", "0.9-1.1", "5.5"],
                             ["嘉定工业区", "单层钢结构", "1.1-1.3", "8"],
                             ["南通经开区", "多层标准厂房", "0.6-0.8", "5"],
                             ["合肥高新区", "定制厂房", "0.7-0.9", "10"]]),
                  ("p", "数据来源：各园区招商部门公开信息，本站整理。"),
                  ("p", "从数据看，环沪核心园区租金普遍高于苏北和安徽园区，但后者在层高和交付周期上更有优势，对重资产制造企业吸引力正在上升。"),
                  ("p", "本站将按季度更新租金参考数据，欢迎各园区招商部门来函补充。")]
        paras = []
        catid = 3
    if aid in BR_STYLE:
        blocks.append(("br", paras[:3]))
        paras = paras[3:]
    for j, t in enumerate(paras):
        if aid in FONT_STYLE and j % 2 == 0:
            blocks.append(("font", t))
        elif aid in FONT_STYLE and j == 1:
            cut = t.index("，") + 1
            blocks.append(("pf", t[:cut], t[cut:cut + 12], t[cut + 12:]))
        else:
            blocks.append(("p", t))
    if aid in REPOSTS:
        blocks.append(("tail", "（完）"))
        blocks.append(("junk", REPOSTS[aid][3]))
    if aid in SITE_CONTACT:
        blocks.append(("junk", "本站招商顾问：小陈 电话：138 1234 5678（微信同号），免费为企业匹配园区厂房。"))
    # split into pages
    npages = PAGED.get(aid, 1)
    body_idx = [n for n, b in enumerate(blocks) if b[0] in ("p", "font", "pf", "br", "table")]
    pages = []
    if npages == 1:
        pages = [blocks]
    else:
        per = max(1, len(body_idx) // npages)
        cuts = [body_idx[per * q] for q in range(1, npages)]
        start = 0
        for c in cuts:
            pages.append(blocks[start:c])
            start = c
        pages.append(blocks[start:])
    views = 200 + (aid * 389) % 9000
    comments = []
    ncom = 2 + aid % 4
    for j in range(ncom):
        uid = 3 + (aid + j) % 10
        comments.append(dict(uid=uid, user=USERS[uid], time=f"{y}-{mo}-{min(d + 1 + j // 2, 28)} {(hh + j + 1) % 24:02d}:{(mm + 7 * j) % 60:02d}",
                             text=COMMENT_POOL[(aid + j * 3) % len(COMMENT_POOL)].format(**v)))
    return dict(
        aid=aid, catid=catid, title=title, pages=pages, source=source, author=author,
        poster=POSTERS[aid % 3], views=views, comments=comments,
        date=(y, mo, d, hh, mm), date_only=aid in DATE_ONLY,
        summary=None if aid % 6 == 0 else "",
    )


USERS = {1: "admin", 2: "园区小编", 3: "厂房老张", 4: "昆山选址", 5: "sz_factory", 6: "招商小王", 7: "半导体老兵",
         8: "物流人阿杰", 9: "园区观察员", 10: "嘉兴老李", 11: "hefei_invest", 12: "新材料小刘"}

ARTICLES = [_build(a) for a in range(1, 31)]
ARTICLE_BY_AID = {a["aid"]: a for a in ARTICLES}


def body_of(article):
    """The body paragraphs, as LABELLING.md defines them, computed from the blocks."""
    out = []
    for page in article["pages"]:
        for b in page:
            if b[0] in ("p", "font"):
                out.append(b[1])
            elif b[0] == "pf":
                out.append(b[1] + b[2] + b[3])
            elif b[0] == "br":
                out.extend(b[1])
            elif b[0] == "table":
                out.extend(" ".join(r) for r in b[1])
    return out


def summary_of(article):
    if article["summary"] is None:
        return None
    first = body_of(article)[0]
    return first[:60] + "..."


# ---- forum ----
FORUMS = {2: "园区招商交流", 36: "厂房仓库租售", 37: "政策解读问答"}
SIGNATURES = ["专注长三角工业地产十年，厂房选址找我没错。", "人生如厂房，层高决定上限。",
              "QQ群：园区招商交流群（已满）", "苏州昆山厂房出租出售，一手房源。"]
THREAD_TOPICS = [
    (101, 2, "大家觉得{p}和{q}哪个更适合做{i}？"),
    (102, 36, "求租：{p}附近单层厂房 3000平左右"),
    (103, 37, "{p}新出的租金补贴政策，谁申请成功过？"),
    (104, 2, "转帖：{t}"),
    (105, 36, "出租{p}多层厂房二楼 1500平 可分租"),
    (106, 2, "做了八年园区招商，聊聊这行的真实情况"),
    (107, 37, "环评和能评到底哪个先办？"),
]
FLOOR_NAMES = ["楼主", "沙发", "板凳", "地板"]
REPLY_POOL = [
    "{p}的优势是离上海近，劣势是地价这两年涨得厉害。",
    "看你们做什么，{i}的话建议去配套成熟的园区，供应链近很重要。",
    "我们去年刚搬到{q}，整体感觉还行，就是园区食堂一般。",
    "同问，坐等大神解答。",
    "补贴要先入驻满一年才能申请，材料挺多的，建议找园区招商专员对接。",
    "层高和承重一定要提前问清楚，我们吃过亏。",
    "楼主说得很实在，顶一个。",
    "私信你了，我这边有合适的房源。",
    "环评一般先做，能评看项目能耗规模，小项目只需要备案。",
    "说到底还是看产业政策和人才，光靠低价厂房留不住企业。",
    "mark一下，回头细看。",
    "现在招商都卷成这样了，各地政策一个比一个给力。",
    "{p}那边的人才公寓申请门槛不高，可以了解一下。",
]


def _thread(tid, fid, tmpl, n):
    k = tid - 100
    v = dict(p=PARKS[k % len(PARKS)], q=PARKS[(k * 5 + 3) % len(PARKS)], i=INDUSTRIES[k % len(INDUSTRIES)],
             t=ARTICLE_BY_AID[5]["title"])
    subject = tmpl.format(**v)
    posts = []
    for j in range(n):
        uid = 3 + (k * 3 + j) % 10
        if j == 0 and tid == 104:
            text = "转自本站门户，原文挺有参考价值：" + body_of(ARTICLE_BY_AID[5])[0]
        elif j == 0:
            text = f"如题，{v['p']}最近动作挺多的，想听听各位在园区里的朋友怎么看，{v['i']}项目到底该怎么选址。"
        else:
            text = REPLY_POOL[(k + j * 4) % len(REPLY_POOL)].format(**v)
        posts.append(dict(uid=uid, user=USERS[uid], text=text, sig=SIGNATURES[uid % 4] if uid % 3 else "",
                          time=f"2024-{1 + k % 9}-{5 + j % 20} {9 + j % 12}:{(j * 13) % 60:02d}"))
    return dict(tid=tid, fid=fid, subject=subject, posts=posts)


THREADS = [_thread(t, f, s, n) for (t, f, s), n in zip(THREAD_TOPICS, [7, 4, 12, 3, 5, 16, 6])]
THREAD_BY_TID = {t["tid"]: t for t in THREADS}
POSTS_PER_PAGE = 5

# ---- 厂房出租 (factory listings, a plugin) ----
FACTORIES = [
    dict(cfid=1, park="昆山开发区", kind="单层钢结构厂房", area=3200, price="1.1元/㎡·天", height="9米", load="3吨/㎡", power="630KVA", contact="张经理"),
    dict(cfid=2, park="嘉定工业区", kind="多层标准厂房（二层）", area=1500, price="1.3元/㎡·天", height="5.5米", load="1吨/㎡", power="200KVA", contact="李先生"),
    dict(cfid=3, park="南通经开区", kind="独门独院厂房", area=6800, price="0.7元/㎡·天", height="10米", load="5吨/㎡", power="1250KVA", contact="王女士"),
    dict(cfid=4, park="合肥高新区", kind="定制研发楼", area=2400, price="0.9元/㎡·天", height="4.5米", load="0.8吨/㎡", power="400KVA", contact="刘经理"),
    dict(cfid=5, park="吴江开发区", kind="单层带行车厂房", area=4500, price="0.95元/㎡·天", height="12米", load="3吨/㎡", power="800KVA", contact="周先生"),
    dict(cfid=6, park="太仓港经开区", kind="高标仓库", area=10000, price="1.0元/㎡·天", height="11米", load="3吨/㎡", power="315KVA", contact="陈经理"),
]

TOPICS = {1: ("2024长三角园区招商峰会", [1, 2, 8, 16, 23]), 2: ("新能源产业园巡礼", [6, 11, 17, 28])}
