# -*- coding: utf-8 -*-
"""Write truth.json for the mobile_h5 site from the same content the emulator serves.

Body paragraphs come from the article blocks (mobile_h5_content.py). Boilerplate is every other
text line of the rendered canonical article page, as a reader sees it (a small visible-text
extractor below splits the page into lines at block elements and <br>). Aliases, non-article pages
and the reachable set come from a breadth-first walk of the site's plain <a href> links from the
start URL, honouring robots.txt, following redirects, and not expanding links found on trap pages.

Run:  python3 make_truth.py      (from this folder)
"""

from __future__ import annotations

import html
import importlib.util
import json
import os
import re
import sys
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, urlunsplit

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import mobile_h5_content as C  # noqa: E402

_spec = importlib.util.spec_from_file_location("mobile_h5_site", os.path.join(HERE, "site.py"))
S = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(S)

ORIGIN = C.SITE["origin"]
HOSTS = [C.SITE["host"]] + C.SITE["alias_hosts"]


def norm(s: str) -> str:
    return " ".join(s.split())


# ------------------------------------------------------------------------------- visible lines
BLOCK = {"p", "div", "section", "article", "header", "footer", "nav", "main", "aside", "ul", "ol", "li",
         "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tfoot", "tr", "dl", "dt", "dd",
         "figure", "figcaption", "blockquote", "form", "br", "hr", "body", "html", "center"}
CELL = {"td", "th"}
SKIP = {"script", "style", "head", "title", "textarea", "noscript", "template", "option", "select"}


class Lines(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.buf: list[str] = []
        self.skip = 0

    def flush(self):
        t = norm("".join(self.buf))
        if t:
            self.lines.append(t)
        self.buf = []

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.flush()
        elif tag in CELL:
            self.buf.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.flush()
        elif tag in CELL:
            self.buf.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.buf.append(data)

    def close(self):
        super().close()
        self.flush()


def visible_lines(page: str) -> list[str]:
    p = Lines()
    p.feed(page)
    p.close()
    return p.lines


def strip_tags(s: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def body_lines(a: dict) -> tuple[list[str], list[tuple[str, str]]]:
    """(body paragraphs, [(paragraph, junk glued after it)])."""
    out, tails = [], []
    for b in a["blocks"]:
        t = b[0]
        if t == "p":
            out.append(norm(strip_tags(b[1])))
        elif t in ("h", "cap", "sign"):
            out.append(norm(b[1]))
        elif t == "table":
            out.extend(norm(" ".join(r)) for r in b[1])
        elif t == "ul":
            out.extend(norm(x) for x in b[1])
        elif t == "attach":
            out.append("附件：")
            out.extend(norm(n) for n, _ in b[1])
        elif t in ("tail", "brtail"):
            p = norm(strip_tags(b[1]))
            out.append(p)
            if t == "tail":
                tails.append((p, norm(b[2])))
    return out, tails


def split_page(a: dict, page: str) -> tuple[list[str], list[str]]:
    lines = visible_lines(page)
    body, tails = body_lines(a)
    tail_of = dict(tails)
    got, boiler = [], []
    i = 0
    for ln in lines:
        if i < len(body) and ln == body[i]:
            got.append(ln)
            i += 1
        elif i < len(body) and body[i] in tail_of and ln == norm(body[i] + tail_of[body[i]]):
            got.append(body[i])
            boiler.append(tail_of[body[i]])
            i += 1
        else:
            boiler.append(ln)
    if got != body:
        raise SystemExit(f"article {a['id']}: body not found in page order\n{body}\n{got}")
    return body, boiler


# ------------------------------------------------------------------------------- crawl
def robots_disallow() -> list[str]:
    rules, on = [], False
    for line in S.ROBOTS.splitlines():
        line = line.strip()
        if line.lower().startswith("user-agent:"):
            on = line.split(":", 1)[1].strip() == "*"
        elif on and line.lower().startswith("disallow:"):
            v = line.split(":", 1)[1].strip()
            if v:
                rules.append(v)
    return rules


DISALLOW = robots_disallow()


def allowed(url: str) -> bool:
    p = urlsplit(url)
    path = p.path + ("?" + p.query if p.query else "")
    return not any(path.startswith(r) for r in DISALLOW)


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []
        self.canonical = None

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        if tag == "a" and d.get("href"):
            self.hrefs.append(d["href"])
        if tag == "link" and d.get("rel") == "canonical":
            self.canonical = d.get("href")


def parse(page: str):
    p = Links()
    p.feed(page)
    return p


def on_site(url: str) -> bool:
    p = urlsplit(url)
    return p.scheme in ("http", "https") and (p.hostname or "") in HOSTS


def no_expand(url: str, kind: str) -> bool:
    p = urlsplit(url)
    if p.scheme == "https" or p.hostname != C.SITE["host"]:
        return True
    if kind in ("search", "calendar", "guestbook"):
        return True
    if kind == "factory-listing" and p.path == "/zaiti/changfang/" and p.query:
        return True
    return False


def crawl():
    emu = S.emulator()
    start = ORIGIN + "/"
    seen = {start}
    queue = deque([start])
    fetched = {}  # url -> (final_url, response)
    forbidden_linked = set()
    while queue:
        url = queue.popleft()
        cur, hops = url, 0
        resp = emu.handle("GET", cur)
        while resp.status in (301, 302) and hops < 6:
            nxt = urljoin(cur, resp.headers["Location"])
            if not allowed(nxt):
                forbidden_linked.add(nxt)
                break
            cur, hops = nxt, hops + 1
            resp = emu.handle("GET", cur)
        fetched[url] = (cur, resp)
        if resp.status != 200 or not resp.headers.get("Content-Type", "").startswith("text/html"):
            continue
        if no_expand(cur, resp.kind) or no_expand(url, resp.kind):
            continue
        for href in parse(resp.body.decode("utf-8")).hrefs:
            if href.startswith(("javascript:", "tel:", "mailto:", "#")):
                continue
            u = urljoin(cur, href)
            sp = urlsplit(u)
            u = urlunsplit((sp.scheme, sp.netloc, sp.path, sp.query, ""))
            if not on_site(u):
                continue
            if not allowed(u):
                forbidden_linked.add(u)
                continue
            if u not in seen:
                seen.add(u)
                queue.append(u)
    return fetched, forbidden_linked


# ------------------------------------------------------------------------------- truth
def published(a: dict) -> str:
    if a["show_time"]:
        return a["time"].replace(" ", "T") + "+08:00"
    return a["time"]


def main():
    emu = S.emulator()
    fetched, forbidden_linked = crawl()

    # which fetched URLs end on which article
    served = {}  # article canonical -> set of urls
    not_articles = {}
    for url, (final, resp) in fetched.items():
        if resp.status == 200 and resp.kind in ("article", "article-print"):
            canon = parse(resp.body.decode("utf-8")).canonical
            served.setdefault(canon, set()).update({url, final})
        elif resp.kind in ("asset",):
            continue
        else:
            p = urlsplit(final)
            if p.scheme != "http" or p.hostname != C.SITE["host"]:
                continue
            kind = {"not-found": "404"}.get(resp.kind, resp.kind)
            not_articles[final] = kind

    articles = []
    for a in sorted(C.ARTICLES, key=lambda x: x["id"]):
        canon = ORIGIN + S.art_path(a)
        resp = emu.handle("GET", canon)
        assert resp.status == 200 and resp.kind == "article", canon
        page = resp.body.decode("utf-8")
        body, boiler = split_page(a, page)
        if canon not in served:
            raise SystemExit(f"article {a['id']} not reachable from the start URL")
        aliases = set(served[canon]) | {canon.replace("http://", "https://", 1)}
        aliases.discard(canon)
        title_lines = [ln for ln in visible_lines(page) if ln == a["title"]]
        assert title_lines, a["id"]
        articles.append({
            "url": canon,
            "aliases": sorted(aliases),
            "title": a["title"],
            "published_at": published(a),
            "author": a["author"],
            "source": a["source"],
            "category": S.COL_NAME[a["col"]],
            "tags": list(a["tags"]),
            "views": a["views"],
            "body": body,
            "boilerplate": boiler,
        })

    host = C.SITE["host"]
    traps = [
        {"url_pattern": f"http://{host}/search?kw=*&page=*", "kind": "search",
         "note": "站内搜索（首页“热门搜索”链接进入）；有结果的关键词每一页都印出“加载更多”链接 page=N+1，翻过最后一页后仍给出空结果页和下一页链接，无穷无尽"},
        {"url_pattern": f"http://{host}/search?kw=*&page=*", "kind": "pagination-loop",
         "note": "同上：搜索结果分页没有终点（空页仍链接下一页）"},
        {"url_pattern": f"http://{host}/huodong/rili?ym=*", "kind": "calendar",
         "note": "活动日历，“上个月/下个月”链接向前向后无限延伸（年份1-9998均返回200）"},
        {"url_pattern": f"http://{host}/service/liuyan/*PHPSESSID=*", "kind": "session-id",
         "note": "在线留言页每次访问都重新生成会话ID并写进链接（PHP trans_sid）：/service/liuyan/ → list.php?PHPSESSID=A → /service/liuyan/?PHPSESSID=B …，每一跳都是新URL；一键拨号栏“在线留言”在每一页都链接入口"},
        {"url_pattern": f"http://{host}/zaiti/changfang/?area=*&type=*&sort=*", "kind": "query-string",
         "note": "厂房出租筛选（面积×类型×排序）组合出36个列表URL，内容只是同6套房源的子集/排序"},
        {"url_pattern": f"http://{host}/news/*/*.html?from=xgyd", "kind": "query-string",
         "note": "“相关阅读”链接带跟踪参数 from=xgyd，文章页对任何查询串都返回同一篇（canonical 不带参数）"},
        {"url_pattern": f"http://{host}/news/*/*.html?utm_source=m_index&utm_medium=hot", "kind": "query-string",
         "note": "首页“热门资讯”链接带 utm 参数"},
        {"url_pattern": f"http://{host}/news/*/?page=1", "kind": "query-string",
         "note": "列表 ?page=1 与不带参数的列表相同；?page=N 超出范围返回200空列表“暂无更多内容”"},
        {"url_pattern": f"https://{host}/*", "kind": "duplicate",
         "note": "https 与 http 返回同样内容（canonical 指向 http）；首页轮播图第一张用绝对 https 链接"},
        {"url_pattern": f"http://{host}/news/print.php?id=*", "kind": "duplicate",
         "note": "文章“打印”视图，正文相同，rel=canonical 指回文章页，meta robots noindex"},
        {"url_pattern": f"http://{host}/a/*", "kind": "duplicate",
         "note": "“本文链接”短地址，301 到文章页"},
        {"url_pattern": "http://www.lcjkq.cn/*", "kind": "duplicate",
         "note": "www. 与裸域 lcjkq.cn 一律 301 到 http://m.lcjkq.cn 同路径（页脚“电脑版”、1030 正文内链接）"},
        {"url_pattern": f"http://{host}/index.php?m=content&c=index&a=show&catid=*&id=*", "kind": "duplicate",
         "note": "旧 CMS 文章地址，301 到新地址（1018 正文内链接）"},
        {"url_pattern": f"http://{host}/news/zcjd/1017.html", "kind": "duplicate",
         "note": "文章从“招商政策”移到“媒体聚焦”，旧地址 301 到 /news/mtjj/1017.html（1026 正文内链接）；任何栏目目录错配的文章地址都 301 到正确栏目"},
        {"url_pattern": f"http://{host}/news/yqdt/1002.html", "kind": "soft-404",
         "note": "已下线文章：200 状态，页面只有“该信息已下线或不存在”，仍被 1004 的相关阅读和活动日历链接"},
        {"url_pattern": f"http://{host}/news/xmjs/1009.html", "kind": "404",
         "note": "已删除文章，404，仍被 1010 的相关阅读链接"},
    ]

    forbidden = sorted({f"http://{host}{r}" for r in DISALLOW} | {f"https://{host}{r}" for r in DISALLOW}
                       | forbidden_linked)

    truth = {
        "name": "mobile_h5",
        "hosts": HOSTS,
        "start_urls": [ORIGIN + "/"],
        "timezone": "+08:00",
        "articles": articles,
        "not_articles": [{"url": u, "kind": k} for u, k in sorted(not_articles.items())],
        "traps": traps,
        "forbidden": forbidden,
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"articles={len(articles)} not_articles={len(not_articles)} forbidden={len(forbidden)} fetched={len(fetched)}")


if __name__ == "__main__":
    main()
