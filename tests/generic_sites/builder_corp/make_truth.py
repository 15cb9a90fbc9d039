"""Write truth.json for builder_corp from builder_content's data (never from rendered pages)."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import builder_content as C  # noqa: E402

W = f"http://{C.HOST}"


def norm(s):
    return " ".join(s.split())


def body(a):
    if a.get("poster"):
        return [norm(a["paras"][0])]
    out = []
    for i, t in enumerate(a["paras"]):
        out.append(norm(t))
        if i == 0 and a.get("table"):
            out.extend(" ".join(r) for r in a["table"])
    return out


def boilerplate(a):
    bp = []
    if a["crumb"]:
        bp.append("首页 > 新闻中心 > " + C.GROUPS[a["group"]][1])
    bp.append(norm(C.info_line(a)))
    if a["tpl"] == "B" and a.get("source"):
        bp.append("来源：" + a["source"])
    if a.get("fin"):
        bp.append("（完）")
    if a.get("editor"):
        bp.append(f"（编辑：{a['editor']}）")
    if a.get("writer"):
        bp.append(f"撰稿：{a['writer']}")
    if a.get("tags"):
        bp.append(norm("标签：" + " ".join(a["tags"])))
    bp.append(C.SHARE_TEXT)
    bp.append(C.LIKE_TEXT)
    prev, nxt = C.prev_next(a)
    bp.append("上一篇：" + (prev["title"] if prev else "没有了"))
    bp.append("下一篇：" + (nxt["title"] if nxt else "没有了"))
    bp.append(C.BACK_TEXT)
    if a["id"] == 104:
        bp.append("相关阅读：2023年长三角智能装备产业报告")
    bp.append(C.HOT_TITLE)
    for pid in C.HOT_PRODUCTS:
        bp.extend(C.hot_card_texts(C.PROD_BY_ID[pid]))
    bp.extend(C.FLOAT_TEXTS)
    bp.extend(norm(t) for t in C.FOOTER_TEXTS)
    return bp


def aliases(a):
    canon = f"{W}{C.pretty(a['id'])}"
    out = set()
    for p in C.linked_paths(a):
        for scheme in ("http", "https"):
            for host in (C.HOST, C.BARE):
                out.add(f"{scheme}://{host}{p}")
    out.discard(canon)
    return sorted(out)


def article(a):
    dt = a["dt"]
    published = f"{dt[:10]}T{dt[11:16]}+08:00" if a["tpl"] == "A" else dt[:10]
    return {
        "url": f"{W}{C.pretty(a['id'])}",
        "aliases": aliases(a),
        "title": a["title"],
        "published_at": published,
        "author": a.get("writer"),
        "source": a.get("source"),
        "category": C.GROUPS[a["group"]][1] if a["crumb"] else None,
        "tags": list(a.get("tags", [])),
        "views": a["views"],
        "body": body(a),
        "boilerplate": boilerplate(a),
    }


def not_articles():
    na = [(f"{W}/", "home"), (f"{W}/col.jsp?id=101", "about"), (f"{W}/col.jsp?id=102", "contact"),
          (f"{W}/col.jsp?id=104", "list"), (f"{W}/msgBoard.jsp", "guestbook"), (f"{W}/login.jsp", "login"),
          (f"{W}/jobs/", "list"), (f"{W}/case/", "list"), (f"{W}/en/", "home"),
          (f"{W}/sr.jsp?keyword=%E5%8E%82%E6%88%BF", "search")]
    for g, (col, _) in C.GROUPS.items():
        na.append((f"{W}/col.jsp?id={col}", "category"))
        n = len(C.group_articles(g))
        for page in range(1, (n + C.PAGE_SIZE - 1) // C.PAGE_SIZE + 1):
            na.append((f"{W}/nr.jsp?groupId={g}&m_pageNo={page}", "list"))
    for g in C.PROD_GROUPS:
        na.append((f"{W}/pr.jsp?groupId={g}", "list"))
    for p in C.PRODUCTS:
        na.append((f"{W}/pd/{p['id']}.html", "factory-listing"))
        na.append((f"{W}/pd.jsp?id={p['id']}&groupId={p['group']}", "factory-listing"))
    for j in C.JOBS:
        na.append((f"{W}/jobs/{j['id']}.html", "job"))
    for c in C.CASES:
        na.append((f"{W}/case/{c['id']}.html", "case"))
    for i in C.EN_ARTICLES:
        na.append((f"{W}/en/nd/{i}.html", "translation"))
    return [{"url": u, "kind": k} for u, k in na]


TRAPS = [
    {"url_pattern": "/nr.jsp?groupId=*&m_pageNo=*", "kind": "pagination-loop",
     "note": "any page number answers 200 (暂无数据 past the end) and every page links 下一页 to the next number"},
    {"url_pattern": "/sr.jsp?keyword=*&m_pageNo=*", "kind": "search",
     "note": "site search; the pager always links 下一页, so it never ends"},
    {"url_pattern": "*?_ngc=*", "kind": "query-string", "note": "cache-buster on nav links; same page as without it"},
    {"url_pattern": "*_sc=*", "kind": "query-string", "note": "module tracking code on internal links; same page as without it"},
    {"url_pattern": "*m=1", "kind": "duplicate", "note": "mobile view of the same page (alias)"},
    {"url_pattern": "/nd.jsp?id=*", "kind": "duplicate", "note": "dynamic form of /nd/<id>.html (canonical is the pretty form)"},
    {"url_pattern": "/pd.jsp?id=*", "kind": "duplicate", "note": "dynamic form of /pd/<id>.html"},
    {"url_pattern": "http://hrzzpark.cn/*", "kind": "duplicate", "note": "bare host serves the same pages (its root 301s to www)"},
]


def main():
    forbidden = [f"{s}://{h}{p}" for p in ("/manage/", "/ajax/", "/api/") for s in ("http", "https") for h in (C.HOST, C.BARE)]
    truth = {
        "name": "builder_corp",
        "hosts": [C.HOST, C.BARE],
        "start_urls": [f"{W}/"],
        "timezone": "+08:00",
        "articles": [article(a) for a in C.article_order()],
        "not_articles": not_articles(),
        "traps": TRAPS,
        "forbidden": forbidden,
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "truth.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {path}: {len(truth['articles'])} articles, {len(truth['not_articles'])} not_articles")


if __name__ == "__main__":
    main()
