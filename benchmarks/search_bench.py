"""Search benchmark: latency of `parkcrawler.query.search.search` on a generated archive, and index size.

    .venv/bin/python benchmarks/search_bench.py                 # 100,000 articles (about 6 minutes)
    .venv/bin/python benchmarks/search_bench.py --articles 5000 # a quick look

Needs the test extras (pip install -e '.[test]'): jieba's dictionary is the vocabulary.
The archive is generated in a temporary directory: Chinese text drawn from jieba's dictionary by word
frequency (so common words are common, as in real text), with the vocabulary of industrial-park news mixed
in at realistic rates (园区 and 企业 are in most articles, 泗泾 in few), Latin words, numbers, G60, R&D.
Articles are written into an Archive (migrations, schema, views), the index is built with
`rebuild_index`, and a sample of articles is then re-saved through `Archive.save_article` to time the
incremental sync. Each query of a fixed set runs once to warm up, then `--rounds` times; latency is
wall time of `search(db, query, limit=20)` (ranking, join, filters, snippets, highlights).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import jieba

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from parkcrawler.items import Article  # noqa: E402
from parkcrawler.query import search as fulltext  # noqa: E402
from parkcrawler.store import Archive  # noqa: E402

# (word, share of articles that use it at all, uses per 1000 words when used)
DOMAIN = [
    ("园区", 0.8, 6), ("企业", 0.85, 8), ("产业", 0.8, 8), ("发展", 0.8, 6), ("上海", 0.6, 4),
    ("松江", 0.35, 6), ("松江区", 0.2, 3), ("厂房", 0.3, 5), ("招商", 0.3, 4), ("物流", 0.15, 5),
    ("生物医药", 0.1, 4), ("医药", 0.05, 2), ("冷链物流", 0.03, 3), ("嘉定", 0.08, 3), ("奉贤", 0.05, 3),
    ("产业园", 0.4, 4), ("特色产业园区", 0.05, 2), ("G60科创走廊", 0.08, 2), ("科创", 0.2, 3),
    ("泗泾镇", 0.01, 3), ("R&D", 0.03, 2), ("logistics", 0.02, 2), ("研发", 0.3, 3), ("租金", 0.2, 3),
]  # fmt: skip
CATEGORIES = ["园区动态", "上海厂房招商", "物流仓储", "区域经济", "招商政策", "行业资讯"]
TAGS = ["松江产业园", "生物医药", "厂房出租", "冷链物流", "G60科创走廊", "招商政策", "物流园区", "区域经济"]
SOURCES = [None, None, None, "东方财富", "搜狐", "东方网", "前瞻网"]

QUERIES = [
    ("园区", {}),  # in most articles: the worst case for ranking
    ("企业", {}),
    ("松江", {}),
    ("厂房", {}),
    ("医药", {}),
    ("嘉定", {}),
    ("泗泾", {}),
    ("产业园", {}),
    ("生物医药", {}),
    ("冷链物流", {}),
    ("特色产业园区", {}),
    ("G60科创走廊", {}),
    ("R&D", {}),
    ("logistics", {}),
    ("2035年", {}),
    ("松江 厂房", {}),
    ("生物医药 -厂房", {}),
    ("园", {}),  # one character: a prefix query
    ("厂房", {"category": "上海厂房招商"}),
    ("园区", {"since": "2026-01"}),
    ("物流", {"tag": "冷链物流"}),
    ("江苏省委", {}),  # nowhere
]


HAN = re.compile("[\u4e00-\u9fff]+")


class Vocabulary:
    """jieba's dictionary words (CJK only) drawn by frequency."""

    def __init__(self, rng: random.Random):
        path = Path(jieba.__file__).parent / "dict.txt"
        words, weights = [], []
        for line in path.read_text(encoding="utf-8").splitlines():
            word, freq, _ = line.split(" ")
            if HAN.fullmatch(word) and int(freq) >= 5:
                words.append(word)
                weights.append(int(freq))
        self.words, self.cumulative, self.rng = words, list(itertools.accumulate(weights)), rng

    def sample(self, n: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cumulative, k=n)


def make_text(vocab: Vocabulary, rng: random.Random, n_words: int, domain: list[tuple[str, int]]) -> str:
    words = vocab.sample(n_words)
    for word, per_thousand in domain:
        for _ in range(max(1, n_words * per_thousand // 1000)):
            words.insert(rng.randrange(len(words) + 1), word)
    if rng.random() < 0.2:
        words.insert(rng.randrange(len(words) + 1), f"{rng.randint(2020, 2035)}年")
    out, clause = [], 0
    for word in words:
        out.append(word)
        clause += 1
        if clause >= rng.randint(4, 12):
            out.append(rng.choice("，，，。。；\n"))
            clause = 0
    return "".join(out).strip() + "。"


def make_article(i: int, vocab: Vocabulary, rng: random.Random) -> Article:
    domain = [(w, per) for w, share, per in DOMAIN if rng.random() < share]
    body = make_text(vocab, rng, rng.randint(150, 1500), domain)  # ~2.3 characters per word
    title = make_text(vocab, rng, rng.randint(4, 10), domain[:2]).rstrip("。").replace("\n", "")
    published = date(2026, 11, 1) - timedelta(days=rng.randrange(2000))
    return Article(
        url=f"http://www.shcfck.com/index.php/post/{i}.html",
        site="shcfck",
        post_id=i,
        title=title,
        published_at=published.isoformat(),
        published_precision="day",
        date_display=published.isoformat(),
        views=rng.randint(10, 5000),
        views_observed_at="2026-11-20T04:00:00+00:00",
        author="admin",
        category=rng.choice(CATEGORIES),
        category_url=None,
        tags=rng.sample(TAGS, rng.randint(0, 3)),
        body=body,
        body_html=None,
        source=rng.choice(SOURCES),
        fetched_at="2026-11-20T04:00:01+00:00",
    )


def generate(path: Path, n: int, seed: int) -> Archive:
    """Write n articles into a new archive (bulk rows; the index is built afterwards)."""
    rng = random.Random(seed)
    vocab = Vocabulary(rng)
    archive = Archive(path)
    columns = [r[1] for r in archive.db.execute("PRAGMA table_info(articles)")]
    for start in range(0, n, 2000):
        rows = []
        for i in range(start, min(n, start + 2000)):
            a = make_article(i + 1, vocab, rng)
            row = {k: v for k, v in a.__dict__.items() if k in columns}
            rows.append(
                row | {"tags": json.dumps(a.tags, ensure_ascii=False), "images": "[]", "warnings": "[]"}
            )
        archive.db["articles"].insert_all(rows, batch_size=500)
        archive.commit()
    return archive


def sizes(db) -> dict[str, int]:
    pages = dict(db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall())
    fts = {name: size for name, size in pages.items() if name.startswith(fulltext.FTS_TABLE)}
    text = db.execute(
        "SELECT sum(length(CAST(title AS BLOB)) + length(CAST(coalesce(body, '') AS BLOB))) FROM articles"
    ).fetchone()[0]
    return {
        "text": text,
        "index": fts.get(f"{fulltext.FTS_TABLE}_data", 0) + fts.get(f"{fulltext.FTS_TABLE}_idx", 0),
        "content": pages.get(fulltext.DOCS_TABLE, 0),
        "docsize": fts.get(f"{fulltext.FTS_TABLE}_docsize", 0) + fts.get(f"{fulltext.FTS_TABLE}_config", 0),
        "articles": pages.get("articles", 0),
    }


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(p / 100 * len(ordered) + 0.5)) - 1))]


def time_queries(db, rounds: int) -> list[tuple[str, dict, int, list[float]]]:
    results = []
    for query, filters in QUERIES:
        fulltext.search(db, query, limit=20, **filters)  # warm-up: caches, jieba loaded
        times = []
        for _ in range(rounds):
            started = time.perf_counter()
            fulltext.search(db, query, limit=20, **filters)
            times.append((time.perf_counter() - started) * 1000)
        matches = fulltext.count_matches(db, query, **filters)
        results.append((query, filters, matches, times))
    return results


def time_incremental(archive: Archive, n: int, seed: int) -> float:
    """Mean ms per Archive.save_article of an update with a changed body (index sync included)."""
    rng = random.Random(seed + 1)
    vocab = Vocabulary(rng)
    run = archive.start_run("bench", "shcfck")
    total = archive.db.execute("SELECT count(*) FROM articles").fetchone()[0]
    articles = [make_article(rng.randint(1, total), vocab, rng) for _ in range(n)]
    started = time.perf_counter()
    for article in articles:
        archive.save_article(run, article)
    archive.commit()
    return (time.perf_counter() - started) * 1000 / n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=20, help="timed runs of each query")
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument(
        "--keep", type=Path, help="write the archive here and keep it; if it exists, only time the queries"
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.db"
        generated = built = 0.0
        if path.exists():
            archive = Archive(path)
            args.articles = archive.db["articles"].count
        else:
            started = time.perf_counter()
            archive = generate(path, args.articles, args.seed)
            generated = time.perf_counter() - started
            started = time.perf_counter()
            fulltext.rebuild_index(archive.db)
            archive.commit()
            built = time.perf_counter() - started
        size = sizes(archive.db)
        results = time_queries(archive.db, args.rounds)
        per_save = time_incremental(archive, 200, args.seed) if generated else None
        archive.close()
        report(args, generated, built, size, results, per_save)


def report(args, generated, built, size, results, per_save) -> None:
    mb = 1024 * 1024
    print(f"archive: {args.articles} articles, generated in {generated:.0f} s, index built in {built:.0f} s")
    if per_save is not None:
        print(f"Archive.save_article of a changed article, index sync included: {per_save:.1f} ms")
    print(f"text (title+body, UTF-8): {size['text'] / mb:.0f} MB")
    for name in ("index", "content", "docsize"):
        print(f"  fts {name:<8} {size[name] / mb:7.0f} MB  {size[name] / size['text']:.2f} x text")
    total = size["index"] + size["content"] + size["docsize"]
    print(f"  fts total    {total / mb:7.0f} MB  {total / size['text']:.2f} x text")
    print(f"\n{'query':<22} {'filters':<24} {'matches':>8} {'median ms':>10} {'p95 ms':>8}")
    everything = []
    for query, filters, matches, times in results:
        everything += times
        shown = ",".join(f"{k}={v}" for k, v in filters.items())
        median, p95 = statistics.median(times), percentile(times, 95)
        print(f"{query:<22} {shown:<24} {matches:>8} {median:>10.1f} {p95:>8.1f}")
    print(f"\nall queries ({len(everything)} runs): median {statistics.median(everything):.1f} ms, "
          f"p95 {percentile(everything, 95):.1f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
