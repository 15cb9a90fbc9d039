"""The incremental benchmark's emulator (benchmarks/incremental_bench.py) renders what the emulator renders:
its caches may only make a large site cheaper to build, never change a page."""

import random
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import incremental_bench  # noqa: E402

from parkcrawler.testsite import SiteEmulator  # noqa: E402
from parkcrawler.testsite.render import post_url  # noqa: E402


@pytest.fixture(scope="module")
def site():
    return incremental_bench.build_site(400)


def test_related_candidates_are_the_emulators(site):
    for post in site.live_posts():
        cached = site._related_candidates(post)
        plain = SiteEmulator._related_candidates(site, post)
        assert list(cached) == plain
        assert len(cached) == len(plain)
        k = min(8, len(plain))
        assert random.Random(post.id).sample(cached, k) == random.Random(post.id).sample(plain, k)


def test_pages_are_byte_for_byte_the_emulators(monkeypatch):
    cached = incremental_bench.build_site(300)
    monkeypatch.setattr(incremental_bench, "BenchSite", SiteEmulator)
    plain = incremental_bench.build_site(300)  # the same posts, the same seed, in the emulator itself
    assert type(plain) is SiteEmulator
    for post in cached.live_posts()[::7]:  # in the same order: both draw related posts from one generator
        assert cached.handle("GET", post_url(post.id)).body == plain.handle("GET", post_url(post.id)).body


def test_a_new_post_refreshes_the_cached_candidates(site):
    before = {p.id for p in site._related_candidates(site.live_posts()[0])}
    template = site.live_posts()[0]
    new = site.add_post(
        "新帖",
        post_id=10_000,
        category_id=template.category_id,
        content=template.content,
        tag_ids=template.tag_ids,
        author_id=template.author_id,
        when=site.now,
    )
    after = {p.id for p in site._related_candidates(template)}
    assert after == before | {new.id}
