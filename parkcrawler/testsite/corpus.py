"""The emulated site's database: categories, tags, authors and posts, loaded from ``data/*.json``.

``build_corpus.py`` writes those files; this module only reads them. Every ``load()`` returns fresh
objects, so emulators never share mutable state.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class Category:
    id: int
    name: str
    parent: int | None
    intro: str


@dataclass(frozen=True)
class Tag:
    id: int
    name: str


@dataclass(frozen=True)
class Author:
    id: int
    name: str


@dataclass
class Post:
    """One article (``log_*`` row). ``views`` and ``deleted`` change while the emulator runs."""

    id: int
    title: str
    datetime: datetime
    category_id: int
    tag_ids: tuple[int, ...]
    author_id: int
    views: int
    content: str
    sticky: bool = False
    deleted: bool = False
    # Part of the reference snapshot in tests/fixtures/site-reference.
    reference: bool = False
    # Fixed 相关文章 list (post ids, page order); None means "drawn at random on every load".
    related: tuple[int, ...] | None = None
    # The list excerpt as the live page showed it, when it is not the theme's computed one.
    excerpt: str | None = None
    expected_body: list[str] = field(default_factory=list)
    expected_removed: list[dict] = field(default_factory=list)

    @classmethod
    def from_json(cls, raw: dict) -> Post:
        related = raw.get("related")
        return cls(
            id=raw["id"],
            title=raw["title"],
            datetime=datetime.fromisoformat(raw["datetime"]),
            category_id=raw["category_id"],
            tag_ids=tuple(raw["tag_ids"]),
            author_id=raw["author_id"],
            views=raw["views"],
            content=raw["content"],
            sticky=raw.get("sticky", False),
            deleted=raw.get("deleted", False),
            reference=raw.get("reference", False),
            related=None if related is None else tuple(related),
            excerpt=raw.get("excerpt"),
            expected_body=list(raw.get("expected_body", [])),
            expected_removed=list(raw.get("expected_removed", [])),
        )


@dataclass
class Corpus:
    categories: dict[int, Category]  # in menu order: parents first, as the CMS sorts them
    tags: dict[int, Tag]
    authors: dict[int, Author]
    posts: dict[int, Post]

    @classmethod
    def load(cls, data_dir: Path = DATA_DIR) -> Corpus:
        def read(name: str) -> list[dict]:
            return json.loads((data_dir / f"{name}.json").read_text(encoding="utf-8"))

        return cls(
            categories={c["id"]: Category(**c) for c in read("categories")},
            tags={t["id"]: Tag(**t) for t in read("tags")},
            authors={a["id"]: Author(**a) for a in read("authors")},
            posts={p["id"]: Post.from_json(p) for p in read("posts")},
        )

    def cycled(self, posts: int, *, spacing: timedelta = timedelta(hours=3)) -> Corpus:
        """A corpus of `posts` posts for benchmarks of any family's emulator: the live posts' bodies
        (boilerplate and expected text included) cycled under distinct titles, ids 1..`posts`, one every
        `spacing` back from the newest post's time (no clock read), related lists left to each emulator."""
        bodies = sorted((p for p in self.posts.values() if not (p.sticky or p.deleted)), key=lambda p: p.id)
        end = max(p.datetime for p in bodies)
        cycled = {
            i + 1: replace(
                body,
                id=i + 1,
                title=f"{body.title}（{i + 1}）",
                datetime=end - spacing * (posts - 1 - i),
                reference=False,
                related=None,
                excerpt=None,
                expected_body=list(body.expected_body),
                expected_removed=list(body.expected_removed),
            )
            for i, body in ((i, bodies[i % len(bodies)]) for i in range(posts))
        }
        return replace(self, posts=cycled)

    def reference_only(self) -> Corpus:
        """The 13 posts of the reference snapshot and nothing else (for the fidelity test)."""
        posts = {pid: p for pid, p in self.posts.items() if p.reference}
        return replace(self, posts=posts)
