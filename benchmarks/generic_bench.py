"""Benchmark: `scrapy crawl generic` on the blind emulated sites (tests/generic_sites), with baselines.

    pip install -U pip && pip install -e '.[test,bench]'  # pip 23.2 fails: lxml[html-clean] vs [html_clean]
    python benchmarks/generic_bench.py                      # all four sites, the table of docs/generic.md
    python benchmarks/generic_bench.py --sites gov_gbk --json out.json

Each site's emulator is served on loopback as a forward proxy (parkcrawler.testsite.serve) and crawled by
the real `scrapy crawl generic -a start_urls=<the truth's start URL>` into a fresh SQLite archive, with
politeness delays off. The archive is then scored against the site's truth.json:

- recall / precision: truth articles archived / archived rows that are truth articles (a row is matched by
  its URL or any of the article's aliases, scheme and `www.` ignored: the generic spider fetches every page
  on the start URL's scheme and host; a second row for the same article counts against precision);
- title / author / category / tags exact, date exact to the day (and to the minute where the truth has
  a time), over matched articles;
- body: char-bigram F1, leaked boilerplate blocks and lost paragraphs (parkcrawler/evaluate.py), per 100
  matched articles;
- requests per archived article; off-site, private-host, robots.txt-disallowed and forbidden requests, from
  the server's own request log.

Baselines, on the same article pages (decoded the way parkcrawler decodes them): trafilatura and GNE body
F1, leaked blocks and lost paragraphs (magic-html where Python >= 3.12 lets it install); newspaper4k's
`build()` on the same served site (discovery recall and precision, body F1 of what it found).
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
import unicodedata
import urllib.robotparser
from datetime import datetime, timedelta, timezone
from fnmatch import fnmatch
from pathlib import Path
from statistics import fmean
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from generic_sites import key, load_site  # noqa: E402

from parkcrawler.clean import Cleaner  # noqa: E402
from parkcrawler.evaluate import norm, score_page  # noqa: E402
from parkcrawler.sites import load_family  # noqa: E402
from parkcrawler.testsite import serve  # noqa: E402

# Seven blind sets, each held out until measured once, then tuned on (docs/generic.md): gov_gbk ...
# blog_mixed (sessions 4-5), park_phpcms ... hugo_bilingual (session 6); the seventh set (county_zone,
# invest_bureau) is held out.
SITES = (
    "gov_gbk",
    "modern_utf8",
    "portal_gb18030",
    "blog_mixed",
    "park_phpcms",
    "assoc_wechat",
    "dev_html5",
    "asp_gb2312",
    "rental_ssr",
    "empire_gbk",
    "discuz_portal",
    "trs_gov",
    "builder_corp",
    "jeecms_park",
    "hugo_bilingual",
    "county_zone",
    "invest_bureau",
    "pboot_park",
    "aspnet_devzone",
    "hanweb_commerce",
    "typecho_agent",
    "portal_channel",
    "big5_taishang",
    "eyou_park",
    "mobile_h5",
)
HELD_OUT = ("eyou_park", "mobile_h5")
FAST = [
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "AUTOTHROTTLE_ENABLED=False",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=8",
]
USER_AGENT = "parkcrawler"
# A safety net, not a setting of the product: a crawl caught in a trap stops here and says so (the first
# attempt at the first blind run spent 18 minutes and 30,930 requests in one; docs/generic.md).
PAGE_CAP = 3000


def publisher(name: str | None) -> str | None:
    """A source as the catalogue names its publisher (澎湃新闻 and 澎湃 are one publisher, named 澎湃;
    clean/rules.toml [publishers.names]): the archive names each publisher one way, the truth as the
    page wrote it."""
    aliases = Cleaner.default().publishers.aliases
    return aliases.get(name, name) if name else name


def same(a: str | None, b: str | None) -> bool:
    squash = lambda s: "".join(unicodedata.normalize("NFKC", s or "").split())  # noqa: E731
    return squash(a) == squash(b)


def same_day(got: str | None, want: str | None) -> bool:
    """The same calendar day in the site's time zone (the truth's offset, +08:00 for all four sites)."""
    if not (got and want):
        return False
    if len(got) > 10:
        try:
            moment = datetime.fromisoformat(got)
            if moment.tzinfo is not None:
                got = moment.astimezone(timezone(timedelta(hours=8))).isoformat()
        except ValueError:
            pass
    return got[:10] == want[:10]


def same_minute(got: str | None, want: str | None) -> bool:
    if not (got and want) or len(want) <= 10:
        return same_day(got, want)
    try:
        a, b = datetime.fromisoformat(got), datetime.fromisoformat(want)
    except ValueError:
        return False
    if a.tzinfo is None or b.tzinfo is None:
        return False
    return a.replace(second=0, microsecond=0) == b.replace(second=0, microsecond=0)


def expected(article: dict) -> dict:
    return {"body": article["body"], "boilerplate_removed": [{"text": b} for b in article["boilerplate"]]}


def crawl(
    name: str, emulator, truth: dict, workdir: Path, extra: list[str]
) -> tuple[list[dict], list, float]:
    db = workdir / f"{name}.db"
    for suffix in ("", "-wal", "-shm"):  # a fresh archive: a full first run, as a new user's
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    with serve(emulator) as server:
        env = {
            k: v for k, v in os.environ.items() if k.lower() not in ("no_proxy", "https_proxy", "http_proxy")
        }
        env["http_proxy"] = server.proxy_url
        started = time.monotonic()
        cmd = [
            sys.executable, "-m", "scrapy", "crawl", "generic",
            "-a", "start_urls=" + ",".join(truth["start_urls"]),
            "-s", f"ARCHIVE_DB={db}", "-s", "LOG_LEVEL=WARNING", "-s", f"CLOSESPIDER_PAGECOUNT={PAGE_CAP}",
            *FAST, *extra,
        ]  # fmt: skip
        result = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=1800)
        seconds = time.monotonic() - started
        log = server.request_log
    if result.returncode not in (0, 3):  # 3: the run's health check failed; the archive is still scored
        print(result.stderr[-3000:], file=sys.stderr)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("SELECT * FROM articles")]
    conn.close()
    for row in rows:
        row["tags"] = json.loads(row["tags"] or "[]")
    return rows, log, seconds


def request_audit(emulator, truth: dict, log: list) -> dict:
    hosts = {h.lower() for h in truth["hosts"]}
    origin = getattr(emulator, "origin", "http://" + truth["hosts"][0])
    robots = urllib.robotparser.RobotFileParser()
    answer = emulator.handle("GET", origin.rstrip("/") + "/robots.txt")
    robots.parse(answer.body.decode("utf-8", "replace").splitlines() if answer.status == 200 else [])
    offsite = private = disallowed = forbidden = traps = 0
    for method, url, _status in log:
        host = (
            (urlsplit(url).hostname or url.split(":")[0]).lower()
            if method != "CONNECT"
            else url.split(":")[0]
        )
        try:
            ipaddress.ip_address(host.strip("[]"))
            is_ip = True
        except ValueError:
            is_ip = False
        if is_ip or host == "localhost" or host.endswith((".local", ".localhost", ".internal")):
            private += 1
        elif host not in hosts:
            offsite += 1
        elif not urlsplit(url).path.endswith("/robots.txt") and not robots.can_fetch(USER_AGENT, url):
            disallowed += 1
        if any(url.startswith(f) for f in truth.get("forbidden", [])):
            forbidden += 1
        if any(
            fnmatch(url, t["url_pattern"]) or fnmatch(urlsplit(url).path, t["url_pattern"])
            for t in truth["traps"]
        ):
            traps += 1
    return {
        "requests": len(log),
        "offsite": offsite,
        "private": private,
        "robots": disallowed,
        "forbidden": forbidden,
        "trap_requests": traps,
    }


def score_archive(rows: list[dict], truth: dict) -> dict:
    index = {}
    for i, article in enumerate(truth["articles"]):
        for url in [article["url"], *article.get("aliases", [])]:
            index[key(url)] = i
    matched: dict[int, dict] = {}
    false_rows = []
    for row in rows:
        i = index.get(key(row["url"]))
        if i is None or i in matched:
            false_rows.append(row["url"])
        else:
            matched[i] = row
    n = len(truth["articles"])
    fields = {f: [] for f in ("title", "date", "datetime", "author", "source", "category", "tags", "views")}
    f1s, leaked, lost, blocks = [], 0, 0, 0
    misses = []
    for i, row in matched.items():
        want = truth["articles"][i]
        fields["title"].append(same(row["title"], want["title"]))
        fields["date"].append(same_day(row["published_at"], want["published_at"]))
        fields["datetime"].append(same_minute(row["published_at"], want["published_at"]))
        fields["author"].append(same(row["author"], want["author"]))
        fields["source"].append(same(publisher(row["source"]), publisher(want["source"])))
        fields["category"].append(same(row["category"], want["category"]))
        fields["tags"].append([norm(t) for t in row["tags"]] == [norm(t) for t in want["tags"]])
        fields["views"].append(row["views"] == want["views"])
        page = score_page(i, row["body"] or "", expected(want))
        f1s.append(page.f1)
        leaked += len(page.leaked)
        lost += len(page.lost)
        blocks += len(want["boilerplate"])
        if page.f1 < 0.98 or page.leaked or page.lost:
            misses.append((want["url"], round(page.f1, 3), len(page.leaked), len(page.lost)))
    per100 = 100 / len(matched) if matched else 0
    return {
        "articles": n,
        "archived": len(rows),
        "recall": len(matched) / n if n else 0,
        "precision": len(matched) / len(rows) if rows else 0,
        **{f: (fmean(v) if v else 0.0) for f, v in fields.items()},
        "body_f1": fmean(f1s) if f1s else 0.0,
        "leaked_per_100": leaked * per100,
        "lost_per_100": lost * per100,
        "leaked": leaked,
        "blocks": blocks,
        "lost": lost,
        "missed": [a["url"] for i, a in enumerate(truth["articles"]) if i not in matched],
        "false": false_rows,
        "weak_bodies": misses,
    }


# --- baselines ------------------------------------------------------------------------------------


def baselines() -> dict:
    found: dict = {}
    try:
        import trafilatura

        found["trafilatura"] = lambda html, url: trafilatura.extract(html, url=url) or ""
    except ImportError as exc:
        found["trafilatura"] = f"not installed ({exc})"
    try:
        from gne import GeneralNewsExtractor

        gne = GeneralNewsExtractor()
        found["GNE"] = lambda html, url: gne.extract(html).get("content", "") or ""
    except ImportError as exc:
        found["GNE"] = f"not installed ({exc})"
    if sys.version_info < (3, 12) and os.environ.get("MAGIC_HTML_PYTHON"):
        found["magic-html"] = _magic_html_process(os.environ["MAGIC_HTML_PYTHON"])
    elif sys.version_info < (3, 12):
        found["magic-html"] = (
            "skipped: magic-html is published for Python >= 3.12 only (set MAGIC_HTML_PYTHON, see "
            "benchmarks/magic_html_worker.py)"
        )
    else:
        try:
            from magic_html import GeneralExtractor

            magic = GeneralExtractor()

            def run_magic(html: str, url: str) -> str:
                import lxml.html

                out = magic.extract(html, base_url=url).get("html", "")
                return lxml.html.fromstring(out).text_content() if out.strip() else ""

            found["magic-html"] = run_magic
        except ImportError as exc:
            found["magic-html"] = f"not installed ({exc})"
    return found


def _magic_html_process(python: str):
    """magic-html in a process of its own, under a Python >= 3.12 (benchmarks/magic_html_worker.py)."""
    worker = subprocess.Popen(
        [python, str(ROOT / "benchmarks" / "magic_html_worker.py")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )

    def run_magic(html: str, url: str) -> str:
        worker.stdin.write(json.dumps({"html": html, "url": url}, ensure_ascii=False) + "\n")
        worker.stdin.flush()
        return json.loads(worker.stdout.readline())["text"]

    return run_magic


def score_baselines(emulator, truth: dict) -> dict:
    decode = load_family("generic").decode
    pages = []
    for article in truth["articles"]:
        answer = emulator.handle("GET", article["url"])
        if answer.status != 200:
            continue
        ctype = {k.lower(): v for k, v in answer.headers.items()}.get("content-type")
        pages.append((article, decode(answer.body, ctype)))
    out = {}
    for name, run in baselines().items():
        if isinstance(run, str):
            out[name] = run
            continue
        f1s, leaked, lost = [], 0, 0
        for article, html in pages:
            try:
                text = run(html, article["url"])
            except Exception as exc:  # noqa: BLE001 - a baseline crashing on a page scores it empty
                text = ""
                print(f"{name} failed on {article['url']}: {exc}", file=sys.stderr)
            page = score_page(0, text, expected(article))
            f1s.append(page.f1)
            leaked += len(page.leaked)
            lost += len(page.lost)
        per100 = 100 / len(pages) if pages else 0
        out[name] = {
            "body_f1": fmean(f1s) if f1s else 0,
            "leaked_per_100": leaked * per100,
            "lost_per_100": lost * per100,
        }
    return out


def score_newspaper(emulator, truth: dict, limit: int = 300) -> dict | str:
    try:
        import newspaper
    except ImportError as exc:
        return f"not installed ({exc})"
    index = {}
    for i, article in enumerate(truth["articles"]):
        for url in [article["url"], *article.get("aliases", [])]:
            index[key(url)] = i
    saved = {k: os.environ.get(k) for k in ("http_proxy", "HTTP_PROXY", "no_proxy", "NO_PROXY")}
    with serve(emulator) as server:
        for k in saved:
            os.environ.pop(k, None)
        os.environ["http_proxy"] = server.proxy_url
        try:
            source = newspaper.build(truth["start_urls"][0], memoize_articles=False, language="zh")
            found = source.articles[:limit]
            matched: dict[int, float] = {}
            for art in found:
                i = index.get(key(art.url))
                if i is None or i in matched:
                    continue
                try:
                    art.download()
                    art.parse()
                    text = art.text or ""
                except Exception:  # noqa: BLE001 - an article newspaper cannot read scores empty
                    text = ""
                matched[i] = score_page(0, text, expected(truth["articles"][i])).f1
            requests = len(server.request_log)
        finally:
            os.environ.pop("http_proxy", None)
            for k, v in saved.items():
                if v is not None:
                    os.environ[k] = v
    n = len(truth["articles"])
    return {
        "found": len(found),
        "recall": len(matched) / n if n else 0,
        "precision": len(matched) / len(found) if found else 0,
        "body_f1": fmean(matched.values()) if matched else 0,
        "requests": requests,
    }


# --- the table ------------------------------------------------------------------------------------

COLUMNS = [
    ("recall", "recall", "{:.3f}"),
    ("precision", "prec.", "{:.3f}"),
    ("title", "title", "{:.3f}"),
    ("date", "date", "{:.3f}"),
    ("datetime", "d.time", "{:.3f}"),
    ("author", "author", "{:.3f}"),
    ("category", "categ.", "{:.3f}"),
    ("tags", "tags", "{:.3f}"),
    ("source", "source", "{:.3f}"),
    ("views", "views", "{:.3f}"),
    ("body_f1", "body F1", "{:.4f}"),
    ("leaked_per_100", "leak/100", "{:.1f}"),
    ("lost_per_100", "lost/100", "{:.1f}"),
    ("req_per_article", "req/art", "{:.2f}"),
    ("offsite", "off", "{}"),
    ("robots", "robots", "{}"),
    ("private", "priv", "{}"),
    ("forbidden", "forb.", "{}"),
]


def table(results: dict) -> str:
    lines = ["| site | " + " | ".join(c[1] for c in COLUMNS) + " |", "|---" * (len(COLUMNS) + 1) + "|"]
    for name, r in results.items():
        cells = [c[2].format(r[c[0]]) for c in COLUMNS]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def baseline_table(results: dict) -> str:
    names = ["parkcrawler generic"]
    for r in results.values():
        names += [n for n in r["baselines"] if n not in names]
    lines = ["| site | extractor | body F1 | leak/100 | lost/100 |", "|---|---|---|---|---|"]
    for site, r in results.items():
        lines.append(
            f"| {site} | parkcrawler generic | {r['body_f1']:.4f} | {r['leaked_per_100']:.1f} | "
            f"{r['lost_per_100']:.1f} |"
        )
        for name, b in r["baselines"].items():
            if isinstance(b, str):
                lines.append(f"| {site} | {name} | {b} | | |")
            else:
                lines.append(
                    f"| {site} | {name} | {b['body_f1']:.4f} | {b['leaked_per_100']:.1f} | "
                    f"{b['lost_per_100']:.1f} |"
                )
        n = r["newspaper"]
        if isinstance(n, str):
            lines.append(f"| {site} | newspaper4k build() | {n} | | |")
        else:
            lines.append(
                f"| {site} | newspaper4k build(): found {n['found']}, recall {n['recall']:.3f}, "
                f"precision {n['precision']:.3f}, {n['requests']} requests | {n['body_f1']:.4f} | | |"
            )
    return "\n".join(lines)


def overall(results: dict) -> dict:
    total = {}
    articles = sum(r["articles"] for r in results.values())
    matched = sum(r["recall"] * r["articles"] for r in results.values())
    archived = sum(r["archived"] for r in results.values())
    total["recall"] = matched / articles if articles else 0
    total["precision"] = matched / archived if archived else 0
    for c in ("title", "date", "datetime", "author", "category", "tags", "source", "views", "body_f1"):
        total[c] = (
            sum(r[c] * r["recall"] * r["articles"] for r in results.values()) / matched if matched else 0
        )
    for c in ("leaked", "lost"):
        total[f"{c}_per_100"] = 100 * sum(r[c] for r in results.values()) / matched if matched else 0
    total["req_per_article"] = sum(r["requests"] for r in results.values()) / archived if archived else 0
    for c in ("offsite", "robots", "private", "forbidden"):
        total[c] = sum(r[c] for r in results.values())
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sites", nargs="*", default=list(SITES))
    parser.add_argument("--json", help="write every figure (and the URLs missed) to this file")
    parser.add_argument("--no-baselines", action="store_true")
    parser.add_argument("--keep", help="keep the archives in this folder (default: a temporary one)")
    parser.add_argument(
        "--details", action="store_true", help="list missed, false and weak articles (tuned sites only)"
    )
    parser.add_argument(
        "-s", dest="settings", action="append", default=[], help="extra Scrapy setting NAME=VALUE"
    )
    args = parser.parse_args()
    extra = [x for s in args.settings for x in ("-s", s)]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = args.keep or tmp
        for name in args.sites:
            module, truth = load_site(name)
            rows, log, seconds = crawl(name, module.emulator(), truth, Path(tmp), extra)
            result = score_archive(rows, truth)
            result.update(request_audit(module.emulator(), truth, log))
            result["req_per_article"] = result["requests"] / result["archived"] if result["archived"] else 0
            result["seconds"] = round(seconds, 1)
            if not args.no_baselines:
                result["baselines"] = score_baselines(module.emulator(), truth)
                result["newspaper"] = score_newspaper(module.emulator(), truth)
            results[name] = result
            print(
                f"{name}: {result['archived']} archived, {result['requests']} requests, {seconds:.0f}s",
                file=sys.stderr,
            )
            if args.details and name not in HELD_OUT:
                for what in ("missed", "false", "weak_bodies"):
                    for item in result[what]:
                        print(f"  {what}: {item}", file=sys.stderr)
    shown = dict(results)
    if len(results) > 1:
        shown["overall"] = overall(results)
        held = {k: v for k, v in results.items() if k in HELD_OUT}
        if held:
            shown["held-out"] = overall(held)
    for name, r in results.items():
        if r["requests"] >= PAGE_CAP:
            print(f"{name}: the crawl hit the benchmark's cap of {PAGE_CAP} pages (a trap)", file=sys.stderr)
    print(table(shown))
    if not args.no_baselines:
        print()
        print(baseline_table(results))
    if args.json:
        for name in HELD_OUT:  # never read: the held-out sites' figures only
            for what in ("missed", "false", "weak_bodies"):
                shown.get(name, {}).pop(what, None)
        Path(args.json).write_text(json.dumps(shown, ensure_ascii=False, indent=1, default=str), "utf-8")


if __name__ == "__main__":
    main()
