"""Write the gold set's pages and expected files from the hand-written specs next to this file.

    python tests/gold/build.py heldout      # writes tests/gold/heldout/{pages,expected}/ and MANIFEST
    python tests/gold/build.py authoring
    python tests/gold/build.py blind        # the part written blind (tests/gold/blind/README.md)
    python tests/gold/build.py NAME         # any part: its specs are in NAME_pages.py

A spec is a list of blocks, each labelled by hand (see `P`, `J`, `X` ...): real text a perfect
cleaner keeps, or boilerplate with the family it comes from. The page is rendered by the site
emulator (parkcrawler/testsite), so it has the site's exact markup around the body, related posts
with their raw excerpts included. The expected file is the labels, never a cleaner's output.

MANIFEST.sha256 freezes a part: `sha256sum -c MANIFEST.sha256` in the part's folder proves its
files are the ones written when it was frozen (see docs/cleaning.md, "Gold set").
"""

from __future__ import annotations

import hashlib
import html
import importlib
import json
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parents[1]))

from parkcrawler.testsite import SiteEmulator  # noqa: E402
from parkcrawler.testsite.corpus import Corpus, Post  # noqa: E402

CST = timezone(timedelta(hours=8))
INDENT = "\u3000\u3000"
LAZY = "http://www.shcfck.com/zb_users/theme/tpure/style/images/lazyload.png"
UPLOAD = "http://www.shcfck.com/zb_users/upload"


# --- blocks: HTML with its hand-written labels -------------------------------------------------


@dataclass
class B:
    html: str
    body: list[str] = field(default_factory=list)  # real paragraphs, as a reader sees them
    removed: list[dict] = field(default_factory=list)  # boilerplate blocks: {family, text}


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def P(text: str, indent: bool = True) -> B:
    """A real paragraph."""
    return B(f"<p>{INDENT if indent else ''}{esc(text)}</p>", [text])


def H(text: str, tag: str = "h2") -> B:
    """A real subheading."""
    return B(f"<{tag}>{esc(text)}</{tag}>", [text])


def J(family: str, text: str, indent: bool = True) -> B:
    """One paragraph of boilerplate."""
    return B(f"<p>{INDENT if indent else ''}{esc(text)}</p>", removed=[{"family": family, "text": text}])


def X(markup: str, body: list[str] | None = None, removed: list[tuple[str, str]] | None = None) -> B:
    """Any HTML, labelled by hand: its real paragraphs and its boilerplate blocks in page order."""
    return B(markup, list(body or []), [{"family": f, "text": t} for f, t in removed or []])


def IMG(name: str, caption: str | None = None, family: str = "") -> B:
    """A centred image; a caption given with a family is boilerplate (QR prompts), else real text."""
    img = f'<img src="{LAZY}" data-original="{UPLOAD}/{name}" class="lazyload" alt=""/>'
    if caption is None:
        return B(f'<p style="text-align:center;">{img}</p>')
    markup = f'<p style="text-align:center;">{img}<br/>{esc(caption)}</p>'
    return X(markup, removed=[(family, caption)]) if family else X(markup, body=[caption])


def TABLE(rows: list[list[str]], header: str = "th") -> B:
    """A real table: each row is one paragraph, its cells joined by one space."""

    def tr(cells: list[str], cell: str) -> str:
        return "<tr>" + "".join(f"<{cell}>{esc(c)}</{cell}>" for c in cells) + "</tr>"

    lines = [tr(rows[0], header)] + [tr(r, "td") for r in rows[1:]]
    markup = '<table border="1" cellspacing="0" cellpadding="6" style="width:100%;"><tbody>\n'
    markup += "\n".join(lines) + "\n</tbody></table>"
    return B(markup, [" ".join(r) for r in rows])


def ZSBOX(name: str, lead: str, hotline: str, label: str, phones: list[str], need: str, scan: str) -> B:
    """The site's own contact block in its zsbox markup (the reference's, wording varied), and its QR."""
    spans = "".join(f"<span>{p}</span>" for p in phones)
    markup = "\n".join(
        [
            '<div class="zsbox" style="overflow:hidden;">',
            f'<div class="zsl" style="float:left;width:30%;text-align:center;"><img src="{LAZY}"'
            f' data-original="{UPLOAD}/2023/06/wx-{len(name)}.jpg" class="lazyload" alt=""/>'
            f"<p>{esc(name)}微信号</p></div>",
            f'<div class="zsr" style="float:left;width:70%;"><p>{esc(lead)}<strong>{hotline}</strong><br/>'
            f"{esc(label)}{spans}&nbsp;<br/>{esc(need)}&nbsp;<br/>{esc(scan)}</p></div>",
            "</div>",
            f'<p style="text-align:center;"><img src="{LAZY}" data-original="{UPLOAD}/2023/06/gzh-3.jpg"'
            ' class="lazyload" alt=""/><br/>扫一扫关注公众号</p>',
        ]
    )
    card = "\n".join([lead + hotline, label + "".join(phones), need, scan])
    removed = [f"{name}微信号", card, "扫一扫关注公众号"]
    return X(markup, removed=[("site_contact", text) for text in removed])


# --- pages ----------------------------------------------------------------------------------------


@dataclass
class Page:
    id: int
    title: str
    when: str  # "YYYY-MM-DD HH:MM", Asia/Shanghai
    category: int  # 1 园区动态, 2 招商政策, 3 上海厂房招商, 5 区域经济, 7 物流仓储
    blocks: list[B]
    families: tuple[str, ...] = ()  # syndication sources and junk families on the page
    source: str | None = None  # expected Article.source
    original_title: str | None = None  # expected Article.original_title
    tags: tuple[int, ...] = ()
    related: tuple[int, ...] = ()  # other gold pages shown in 相关文章 (their raw excerpts too)
    note: str = ""  # what the page tests

    def post(self) -> Post:
        return Post(
            id=self.id,
            title=self.title,
            datetime=datetime.strptime(self.when, "%Y-%m-%d %H:%M").replace(tzinfo=CST),
            category_id=self.category,
            tag_ids=self.tags,
            author_id=1,
            views=100 + self.id % 997,
            content="\n".join(b.html for b in self.blocks),
            related=self.related,
        )

    def expected(self, part: str) -> dict:
        return {
            "post_id": self.id,
            "url": f"http://www.shcfck.com/index.php/post/{self.id}.html",
            "part": part,
            "title": self.title,
            "families": list(self.families),
            "source": self.source,
            "original_title": self.original_title,
            "note": self.note,
            "body": [t for b in self.blocks for t in b.body],
            "boilerplate_removed": [r for b in self.blocks for r in b.removed],
        }


def write_part(part: str, pages: list[Page]) -> None:
    ids = [p.id for p in pages]
    assert len(set(ids)) == len(ids), "duplicate page ids"
    base = Corpus.load()
    corpus = Corpus(base.categories, base.tags, base.authors, {p.id: p.post() for p in pages})
    site = SiteEmulator(corpus, frozen=True)
    folder = HERE / part
    for sub in ("pages", "expected"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        for old in (folder / sub).iterdir():
            old.unlink()
    for page in pages:
        response = site.handle("GET", f"http://www.shcfck.com/index.php/post/{page.id}.html")
        assert response.status == 200, page.id
        (folder / "pages" / f"{page.id}.html").write_bytes(response.body)
        text = json.dumps(page.expected(part), ensure_ascii=False, indent=1) + "\n"
        (folder / "expected" / f"{page.id}.json").write_text(text, encoding="utf-8")
    lines = []
    for path in sorted((folder / "pages").iterdir()) + sorted((folder / "expected").iterdir()):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        lines.append(f"{digest}  {path.relative_to(folder)}")
    (folder / "MANIFEST.sha256").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(pages)} pages to {folder}")


def main(part: str) -> None:
    # Each part's specs live in `{part}_pages.py` beside this file, so a new part needs no edit here.
    if not part or not (HERE / f"{part}_pages.py").exists():
        parts = sorted(p.name.removesuffix("_pages.py") for p in HERE.glob("*_pages.py"))
        raise SystemExit(f"usage: build.py {'|'.join(parts)}")
    module = importlib.import_module(f"{part}_pages")
    write_part(part, module.PAGES)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
