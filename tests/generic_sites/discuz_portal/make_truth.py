"""Write truth.json from discuz_content's data (never from rendered pages). Run: python3 make_truth.py"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import discuz_content as C  # noqa: E402

H = C.HOST
W = "www." + H
WWW = "http://" + W
HOSTS = [W, H]


def all_hosts(path):
    return [f"{s}://{h}{path}" for s in ("http", "https") for h in HOSTS]


def published(a):
    y, mo, d, hh, mm = a["date"]
    if a["date_only"]:
        return f"{y:04d}-{mo:02d}-{d:02d}"
    return f"{y:04d}-{mo:02d}-{d:02d}T{hh:02d}:{mm:02d}+08:00"


def shown_date(a):
    y, mo, d, hh, mm = a["date"]
    return f"{y}-{mo}-{d}" if a["date_only"] else f"{y}-{mo}-{d} {hh:02d}:{mm:02d}"


def sidebar_bp():
    hot = sorted(C.ARTICLES, key=lambda a: -a["views"])[:8]
    out = ["热门文章"] + [a["title"] for a in hot]
    out += ["园区推荐", "昆山智造产业园 标准厂房火热招商中 层高9米 可环评 热线 400-820-1234",
            "南通经开区 定制厂房 拎包入驻 首年租金减半", "厂房出租"]
    out += [f'{f["area"]}㎡{f["park"]} {f["kind"]}' for f in C.FACTORIES[:5]]
    return out


def article_entry(a):
    aid = a["aid"]
    canon = f"{WWW}/article-{aid}-1.html"
    aliases = [u for u in all_hosts(f"/article-{aid}-1.html") if u != canon]
    aliases += all_hosts(f"/portal.php?mod=view&aid={aid}")
    aliases += [f"{WWW}/portal.php?mod=view&aid={aid}&page=1",
                f"{WWW}/portal.php?mod=view&aid={aid}&mobile=2",
                f"{WWW}/article-{aid}-1.html?mobile=no"]
    if aid in C.FROM_TOPIC:
        aliases.append(f"{WWW}/portal.php?mod=view&aid={aid}&from=topic")
    if aid in C.REDIRECTED_OLD:
        aliases.append(WWW + C.REDIRECTED_OLD[aid])
    cat = C.CATEGORIES[a["catid"]]
    bp = []
    summ = C.summary_of(a)
    if summ:
        bp.append(f"摘要: {summ}")
    meta = f'{shown_date(a)}| 发布者: {a["poster"]}| 查看: {a["views"]}| 评论: {len(a["comments"])}'
    if a["author"]:
        meta += f'|原作者: {a["author"]}'
    if a["source"]:
        meta += f'|来自: {a["source"]}'
    bp.append(meta)
    for page in a["pages"]:
        for b in page:
            if b[0] in ("junk", "tail"):
                bp.append(b[1])
    bp += [f"{C.SITE_NAME} › 门户 › {cat} › 查看内容", "收藏 分享 打印 手机浏览", "分享到：微信新浪微博QQ空间"]
    if aid - 1 in C.ARTICLE_BY_AID:
        bp.append("上一篇：" + C.ARTICLE_BY_AID[aid - 1]["title"])
    if aid + 1 in C.ARTICLE_BY_AID:
        bp.append("下一篇：" + C.ARTICLE_BY_AID[aid + 1]["title"])
    rel = [b for b in C.ARTICLES if b["catid"] == a["catid"] and b["aid"] != aid][:4]
    bp.append("相关阅读")
    bp += [b["title"] for b in rel]
    if aid % 5 == 2:
        bp.append("园区招商年度盘点（已删除）")
    bp.append("最新评论")
    for c in a["comments"]:
        bp += [c["user"], c["time"], c["text"]]
    bp += ["您需要登录后才可以评论 登录 | 立即注册", "评论"]
    bp += sidebar_bp()
    bp += ["GMT+8, 2024-12-6 16:00 , Processed in 0.041213 second(s), 18 queries , Gzip On, Redis On.",
           f"© 2011-2024 {C.SITE_NAME} 长三角园区招商服务平台 招商热线：400-820-1234"]
    e = {
        "url": canon,
        "aliases": aliases,
        "title": a["title"],
        "published_at": published(a),
        "author": a["author"],
        "source": a["source"],
        "category": cat,
        "tags": [],
        "views": a["views"],
        "body": C.body_of(a),
        "boilerplate": bp,
    }
    if a["aid"] in C.REPOSTS:
        e["original_title"] = C.REPOSTS[aid][1]
    return e


def not_articles():
    na = []
    add = lambda u, k: na.append({"url": u, "kind": k})
    for u in [f"{WWW}/", f"{WWW}/portal.php", f"http://{H}/", f"{WWW}/portal.php?mobile=2", f"{WWW}/portal.php?mobile=no"]:
        add(u, "home")
    for c in C.CATEGORIES:
        n = len([a for a in C.ARTICLES if a["catid"] == c])
        last = (n + 4) // 5
        add(f"{WWW}/portal.php?mod=list&catid={c}", "category")
        for p in range(1, last + 1):
            add(f"{WWW}/list-{c}-{p}.html", "category")
            if p > 1:
                add(f"{WWW}/portal.php?mod=list&catid={c}&page={p}", "category")
    add(f"{WWW}/plugin.php?id=changfang", "list")
    for t in C.TOPICS:
        add(f"{WWW}/portal.php?mod=topic&topicid={t}", "topic")
    add(f"{WWW}/forum.php", "forum")
    add(f"{WWW}/forum.php?mobile=2", "forum")
    for f in C.FORUMS:
        add(f"{WWW}/forum-{f}-1.html", "forum")
        add(f"{WWW}/forum.php?mod=forumdisplay&fid={f}", "forum")
    for t in C.THREADS:
        last = (len(t["posts"]) + C.POSTS_PER_PAGE - 1) // C.POSTS_PER_PAGE
        for p in range(1, last + 1):
            add(f"{WWW}/thread-{t['tid']}-{p}-1.html", "forum-thread")
        add(f"{WWW}/forum.php?mod=viewthread&tid={t['tid']}", "forum-thread")
    for u in C.USERS:
        add(f"{WWW}/space-uid-{u}.html", "user")
        add(f"{WWW}/home.php?mod=space&uid={u}", "user")
    add(f"{WWW}/about.html", "about")
    add(f"{WWW}/contact.html", "contact")
    for f in C.FACTORIES:
        add(f"{WWW}/plugin.php?id=changfang&ac=view&cfid={f['cfid']}", "factory-listing")
    add(f"{WWW}/member.php?mod=logging&action=login", "login")
    add(f"{WWW}/member.php?mod=register", "login")
    add(f"{WWW}/search.php?mod=portal&searchid=7&kw=标准厂房&page=1", "search")
    for a in C.ARTICLES:
        for p in range(2, len(a["pages"]) + 1):
            add(f"{WWW}/article-{a['aid']}-{p}.html", "article-page")
            add(f"{WWW}/portal.php?mod=view&aid={a['aid']}&page={p}", "article-page")
    return na


TRAPS = [
    {"url_pattern": "/search.php?mod=portal&searchid=N&kw=…&page=N", "kind": "search",
     "note": "every result page links page+1 without end, and 相关搜索 links new searchid/kw combinations (kw grows: 标准厂房出租出租…)"},
    {"url_pattern": "/thread-T-K-1.html for K beyond the last page", "kind": "pagination-loop",
     "note": "pager always offers 下一页; pages past the last answer 200 with the last page's posts again"},
    {"url_pattern": "/forum.php?mod=viewthread&tid=T&extra=page%3D1&page=K", "kind": "pagination-loop",
     "note": "same loop on the unrewritten thread URLs"},
    {"url_pattern": "/forum.php?mod=forumdisplay&fid=N&filter=…&orderby=…", "kind": "query-string",
     "note": "the 筛选 links append filter/orderby to the current query, so the query grows on every click; all answer the same thread list"},
    {"url_pattern": "/portal.php?mod=list&catid=N&orderby=…(&page=N)", "kind": "query-string",
     "note": "最新/最热 ordering variants of the category lists (same articles)"},
    {"url_pattern": "/plugin.php?id=dsu_paulsign:sign&formhash=…", "kind": "session-id",
     "note": "每日签到 link on every page carries a formhash that differs per page URL; each answer links yet another formhash"},
    {"url_pattern": "&mobile=2 / ?mobile=no", "kind": "duplicate", "note": "mobile and desktop switches of articles and home"},
    {"url_pattern": "/portal.php?mod=view&aid=N(&from=topic)", "kind": "duplicate", "note": "unrewritten form of article-N-1.html"},
    {"url_pattern": "/forum.php?mod=viewthread&tid=T&page=1&authorid=U", "kind": "duplicate", "note": "只看该作者 variants of threads"},
]


def forbidden():
    prefixes = ["/api/", "/data/", "/source/", "/install/", "/template/", "/config/", "/uc_client/", "/uc_server/",
                "/static/", "/admin.php", "/api.php", "/misc.php", "/connect.php", "/forum.php?mod=redirect",
                "/forum.php?mod=post", "/home.php?mod=spacecp", "/portal.php?mod=portalcp", "/userapp.php"]
    return [u for p in prefixes for u in all_hosts(p)]


def main():
    truth = {
        "name": "discuz_portal",
        "hosts": [W, H],
        "start_urls": [f"{WWW}/"],
        "timezone": "+08:00",
        "articles": [article_entry(a) for a in C.ARTICLES],
        "not_articles": not_articles(),
        "traps": TRAPS,
        "forbidden": forbidden(),
    }
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "truth.json")
    with open(out, "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"wrote {out}: {len(truth['articles'])} articles, {len(truth['not_articles'])} not_articles")


if __name__ == "__main__":
    main()
