"""Byte-identity check for performance work on extraction and cleaning.

    python benchmarks/clean_identity.py --write OUT.json   # with the old code: snapshot every output
    python benchmarks/clean_identity.py --check OUT.json   # with the new code: compare exactly

Every gold page (tests/gold, all parts) and every post of the emulated site (parkcrawler/testsite,
frozen related lists, plus a second rendering with random related lists) is extracted and cleaned
twice: with the packaged rules alone and with the templates learned from its own set of pages. What
is compared is every field of the article, what extraction reads (URL, title, dates, views, author,
category, tags, related links) and what cleaning produces (body, body_html, images, removed blocks,
source, original title, warnings, every related excerpt's cleaned text).

`--families` adds the other families' emulators (DedeCMS's zjpark and WordPress's parkwp: every live
article page, extracted and cleaned as their sites' crawls do); the snapshot then holds those too, and
its sha256 differs from the tpure-only one the docs quote.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from parkcrawler.clean import Cleaner, clean_article  # noqa: E402
from parkcrawler.evaluate import gold_cleaner, load_part  # noqa: E402
from parkcrawler.sites import packaged_site  # noqa: E402

extract_article = packaged_site("shcfck").extract_article
from parkcrawler.testsite import SiteEmulator  # noqa: E402
from parkcrawler.testsite.render import post_url  # noqa: E402

PARTS = ("authoring", "heldout", "blind", *(f"blind{n}" for n in range(2, 9)))
FETCHED = "2026-11-20T04:00:00+00:00"


def page_sets() -> dict[str, list[tuple[str, str]]]:
    sets = {}
    for part in PARTS:
        sets[f"gold/{part}"] = [(p.url, p.html) for p in load_part(ROOT / "tests" / "gold" / part)]
    for name, frozen in (("emulator/frozen", True), ("emulator/random", False)):
        site = SiteEmulator.default(frozen=frozen, seed=7)
        pages = []
        for post in sorted(site.live_posts(), key=lambda p: p.id):
            response = site.handle("GET", post_url(post.id))
            if response.status == 200:
                pages.append((post_url(post.id), response.body.decode("utf-8")))
        sets[name] = pages
    return sets


def family_pages() -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """The DedeCMS and WordPress emulators' live article pages: set name -> (site name, [(url, html)])."""
    from parkcrawler.testsite.dedecms import DedeEmulator
    from parkcrawler.testsite.wordpress import WordPressEmulator
    from parkcrawler.testsite.wordpress.corpus import permalink

    dede, wp = DedeEmulator(frozen=True), WordPressEmulator()
    dede_urls = [dede.article_url(a.aid) for a in sorted(dede.live(), key=lambda a: a.aid)]
    found = {
        "dedecms": ("zjpark", dede, dede_urls),
        "wordpress": ("parkwp", wp, [permalink(p) for p in sorted(wp.live_posts(), key=lambda p: p.id)]),
    }
    sets = {}
    for name, (site_name, emulator, urls) in found.items():
        site, pages = packaged_site(site_name), []
        for url in urls:
            response = emulator.handle("GET", url)
            if response.status == 200:
                pages.append((url, site.family.decode(response.body, response.headers.get("Content-Type"))))
        sets[name] = (site_name, pages)
    return sets


def outputs(families: bool = False) -> dict[str, dict]:
    from dataclasses import asdict
    from datetime import datetime

    fetched = datetime.fromisoformat(FETCHED)
    result = {}
    for name, (site_name, pages) in (family_pages() if families else {}).items():
        site = packaged_site(site_name)
        cleaner = Cleaner.for_site(site)
        for url, html in pages:
            article = site.extract_article(url, html, server_time=fetched, fetched_at=fetched)
            clean_article(article, cleaner)
            result[f"{name}/rules/{url}"] = json.loads(json.dumps(asdict(article), default=str))
    for name, pages in page_sets().items():
        learned = gold_cleaner([_Page(u, h) for u, h in pages])
        for label, cleaner in (("rules", Cleaner.for_site(packaged_site("shcfck"))), ("learned", learned)):
            for url, html in pages:
                article = extract_article(url, html, server_time=fetched, fetched_at=fetched)
                clean_article(article, cleaner)
                # every field of the article, extraction's and cleaning's: related links and removed
                # blocks as lists of their values
                result[f"{name}/{label}/{url}"] = json.loads(json.dumps(asdict(article), default=str))
    return result


class _Page:
    def __init__(self, url: str, html: str):
        self.url, self.html = url, html


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path)
    group.add_argument("--check", type=Path)
    parser.add_argument("--families", action="store_true", help="the DedeCMS and WordPress emulators too")
    args = parser.parse_args()
    now = outputs(args.families)
    digest = hashlib.sha256(json.dumps(now, ensure_ascii=False, sort_keys=True).encode()).hexdigest()
    if args.write:
        args.write.write_text(json.dumps(now, ensure_ascii=False, sort_keys=True), "utf-8")
        print(f"wrote {len(now)} cleaned pages, sha256 {digest}")
        return 0
    old = json.loads(args.check.read_text("utf-8"))
    differ = sorted(k for k in old.keys() | now.keys() if old.get(k) != now.get(k))
    excerpts = sum(len(v["related"]) for v in now.values())
    print(f"compared {len(now)} cleaned pages ({excerpts} related excerpts): {len(differ)} differ")
    print(f"sha256 of all outputs: {digest}")
    for key in differ[:20]:
        a, b = old.get(key) or {}, now.get(key) or {}
        fields = [f for f in a.keys() | b.keys() if a.get(f) != b.get(f)]
        print(f"  {key}: {sorted(fields)}")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
