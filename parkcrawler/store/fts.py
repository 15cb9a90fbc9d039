"""The full-text index of the archive, the write side of search: segmentation, sync, query translation.

The query side (parkcrawler.query.search) ranks and filters with it; the index and the language of its
queries live together because a query must be segmented exactly as the text was.

SQLite's FTS5 cannot search Chinese by word on its own: `unicode61` makes a whole run of Han characters
one token, `trigram` finds nothing shorter than three characters, and Python's sqlite3 cannot register
a custom tokenizer. So text is segmented here, in Python, and FTS5 (`unicode61`) indexes the result:

* every run of CJK characters becomes its first character, its overlapping bigrams and its last
  character ("松江区" -> "松 松江 江区 区"); Latin words and numbers stay as they are;
* a query's CJK run becomes the phrase of its bigrams, so it matches exactly where its characters stand
  next to each other in the text: 松江 inside 松江区, 医药 inside 生物医药, whatever a dictionary thinks
  the words are. Segmenting with a dictionary (jieba) misses those: its cut depends on the context
  (泗泾 alone is 泗/泾, inside 泗泾镇 it is one word). docs/search.md has the comparison and numbers.

Every entry point (Python `search`, the CLI, Datasette's search box and canned queries) translates a
query with the same function, `fts_query`, registered in SQLite as `parkcrawler_fts_query` (and, by the
Datasette plugin, as `escape_fts`).

The index (`articles_fts`, rowid = articles.rowid) is contentless: FTS5 keeps only the postings. To take
an article's old tokens out when it changes, `articles_fts_docs` keeps the text that was indexed,
compressed. `segment` is part of the index format: change it only together with a migration that calls
`rebuild_index`.
"""

from __future__ import annotations

import json
import re
import sqlite3
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

FTS_TABLE = "articles_fts"
DOCS_TABLE = "articles_fts_docs"
# BM25 weights of the index columns (title, body): a hit in the title says more than one in a long body.
WEIGHTS = (10.0, 1.0)

# Characters written without spaces between words: Han (with its extensions and compatibility block),
# 々 and 〇, kana. All are letters to unicode61, so a run of them is one token unless we split it.
_CJK = "\u3005\u3007\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"  # noqa: E501
_CJK_RUN = re.compile(f"[{_CJK}]+")
_PIECE = re.compile(f"([{_CJK}]+)|([^{_CJK}]+)")
# A letter or digit that is not CJK: what unicode61 puts into Latin-script tokens.
_WORD_CHAR = f"[^\\W_{_CJK}]"
_HAS_WORD_CHAR = re.compile(_WORD_CHAR)
_WORD = re.compile(f"{_WORD_CHAR}+")
# Full-width ASCII (Ｇ６０, ＲＤ) and the ideographic space fold to ASCII, one character for one, so
# offsets in the folded text are offsets in the original (snippets highlight the original text).
_FOLD = {0xFF01 + i: 0x21 + i for i in range(94)} | {0x3000: 0x20}
# A query: optional "-" (exclude), then a "quoted phrase" (closing quote optional) or a bare word.
_QUERY_TERM = re.compile(r'(-?)"([^"]*)"?|(-?)([^\s"]+)')


def fold(text: str) -> str:
    return text.translate(_FOLD)


# -- segmentation (index side) ----------------------------------------------------------------------


def bigrams(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run) - 1)]


def cjk_grams(run: str) -> list[str]:
    """A CJK run as indexed: its first character, its overlapping bigrams, its last character.
    The single characters make the run's ends searchable: "2035年" finds 年 where a run starts."""
    return [run] if len(run) == 1 else [run[0], *bigrams(run), run[-1]]


def segment(text: str | None) -> str:
    """Text as FTS5 indexes it: CJK runs as bigrams, everything else untouched (unicode61 splits it)."""
    if not text:
        return ""
    return _CJK_RUN.sub(lambda m: " " + " ".join(cjk_grams(m.group())) + " ", fold(text))


def indexed_text(title: str | None, original_title: str | None, body: str | None) -> tuple[str, str]:
    """What of an article is searched: (title, body). The title the copy states (原标题) counts as a
    title: analysts may know a story by either."""
    titles = title or ""
    if original_title and original_title != title:
        titles = f"{titles}\n{original_title}"
    return titles, body or ""


# -- query translation -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    text: str  # the term as typed, folded
    exclude: bool  # "-term": articles containing it are left out


def parse_query(query: str | None) -> list[Term]:
    """Split a query into terms: whitespace separates, "double quotes" keep a phrase with spaces
    together, a leading "-" excludes. Terms without any letter, digit or CJK character are dropped."""
    terms = []
    for m in _QUERY_TERM.finditer(fold(query or "")):
        exclude, text = (m.group(1), m.group(2)) if m.group(2) is not None else (m.group(3), m.group(4))
        if _HAS_WORD_CHAR.search(text) or _CJK_RUN.search(text):
            terms.append(Term(text.strip(), bool(exclude)))
    return terms


def _pieces(text: str) -> list[tuple[str, str]]:
    """The term as (cjk_run, "") and ("", latin_text) pieces, dropping pieces with nothing to index."""
    return [(cjk, other) for cjk, other in _PIECE.findall(text) if cjk or _HAS_WORD_CHAR.search(other)]


def _phrase(text: str) -> str:
    """The FTS5 phrase that finds `text` in the index, mirroring `segment`."""
    pieces = _pieces(text)
    tokens: list[str] = []
    for i, (cjk, other) in enumerate(pieces):
        if not cjk:
            tokens.append(other)  # unicode61 splits it exactly as it split the indexed text
        elif len(cjk) == 1:
            tokens.append(cjk)
        else:
            # The run's first and last characters are tokens of their own in the index. Ask for them
            # only where the text must start or end the run (the phrase goes on past it): "松江" alone
            # must match inside "松江区", "G60科创" only where 科创 follows G60.
            first, last = i > 0, i < len(pieces) - 1
            tokens += [cjk[0]] * first + bigrams(cjk) + [cjk[-1]] * last
    phrase = '"' + " ".join(tokens).replace('"', '""') + '"'
    # A lone character may be inside a run, where only bigrams hold it: "园" is in "园区" and "公园".
    return phrase + ("*" if len(pieces) == 1 and len(pieces[0][0]) == 1 else "")


@lru_cache(maxsize=1024)
def fts_query(query: str | None) -> str:
    """Translate an analyst's query into an FTS5 expression over the articles index.

    Terms are ANDed; a CJK run matches where its characters are adjacent in the text, a Latin word
    matches the whole word (any case), a mixed term ("G60科创走廊", "R&D") matches as a phrase,
    spaces and punctuation between its parts ignored. `""` (matches nothing) when nothing is searchable.
    """
    terms = parse_query(query)
    include = [_phrase(t.text) for t in terms if not t.exclude]
    exclude = [_phrase(t.text) for t in terms if t.exclude]
    if not include:
        return '""'
    return " NOT ".join([" AND ".join(include), *exclude])


# -- snippets and highlighting -------------------------------------------------------------------------


def _term_pattern(text: str) -> str:
    """A regex finding the term in the (folded) original text the way the index matches it."""
    parts = []
    for cjk, other in _pieces(text):
        if cjk:
            parts.append(re.escape(cjk))
        else:
            parts.extend(f"(?<!{_WORD_CHAR}){re.escape(w)}(?!{_WORD_CHAR})" for w in _WORD.findall(other))
    # Between tokens the index ignores separators (spaces, punctuation), so the text may have them.
    return r"[\W_]*?".join(parts)


@lru_cache(maxsize=256)
def hit_pattern(query: str | None) -> re.Pattern | None:
    patterns = {_term_pattern(t.text) for t in parse_query(query) if not t.exclude}
    ordered = sorted((p for p in patterns if p), key=len, reverse=True)  # longest first
    return re.compile("|".join(ordered), re.IGNORECASE) if ordered else None


def _hits(text: str, query: str | None) -> list[tuple[int, int, str]]:
    pattern = hit_pattern(query)
    if pattern is None:
        return []
    return [
        (m.start(), m.end(), m.group().lower()) for m in pattern.finditer(fold(text)) if m.end() > m.start()
    ]


def _mark(text: str, hits: Iterable[tuple[int, int, str]], start: int, end: int, marks: Sequence[str]) -> str:
    out, pos = [], start
    for s, e, _ in hits:
        if s >= start and e <= end:
            out += [text[pos:s], marks[0], text[s:e], marks[1]]
            pos = e
    out.append(text[pos:end])
    return "".join(out)


def highlight(text: str | None, query: str | None, marks: Sequence[str] = ("[", "]")) -> str:
    """The whole text with every hit of the query wrapped in marks."""
    if not text:
        return text or ""
    return _mark(text, _hits(text, query), 0, len(text), marks)


def snippet(
    text: str | None,
    query: str | None,
    marks: Sequence[str] = ("[", "]"),
    width: int = 80,
    ellipsis: str = "…",
) -> str:
    """About `width` characters of the original text around the best cluster of hits (most distinct
    terms, then most hits), hits marked, lines joined by spaces. The start of the text if no hit."""
    if not text:
        return ""
    hits = _hits(text, query)[:500]
    start = _best_window(hits, len(text), width)
    end = min(len(text), start + width)
    body = _mark(text, hits, start, end, marks).replace("\r", "").replace("\n", " ")
    return (ellipsis if start > 0 else "") + body + (ellipsis if end < len(text) else "")


def _best_window(hits: list[tuple[int, int, str]], length: int, width: int) -> int:
    best, best_key = 0, (0, 0)
    for s, _, _ in hits:
        start = max(0, min(s - width // 5, length - width))  # a little context before the first hit
        inside = [h for h in hits if h[0] >= start and h[1] <= start + width]
        key = (len({h[2] for h in inside}), len(inside))
        if key > best_key:
            best, best_key = start, key
    return best


# -- SQLite functions ------------------------------------------------------------------------------------


def _sql_snippet(text, query, *options):
    marks = (options[0], options[1]) if len(options) >= 2 else ("[", "]")
    return snippet(text, query, marks, int(options[2]) if len(options) >= 3 else 80)


def _sql_highlight(text, query, *options):
    return highlight(text, query, (options[0], options[1]) if len(options) >= 2 else ("[", "]"))


def register_functions(conn: sqlite3.Connection) -> None:
    """Make the query translation and snippets callable from SQL on this connection:
    parkcrawler_fts_query(q), parkcrawler_snippet(text, q [, open, close [, width]]),
    parkcrawler_highlight(text, q [, open, close])."""
    conn.create_function("parkcrawler_fts_query", 1, fts_query, deterministic=True)
    conn.create_function("parkcrawler_snippet", -1, _sql_snippet, deterministic=True)
    conn.create_function("parkcrawler_highlight", -1, _sql_highlight, deterministic=True)


def ensure_functions(conn: sqlite3.Connection) -> None:
    """Register the functions unless the connection has them. (Registering again is not just waste:
    SQLite refuses it while a statement is active, and FTS5 keeps one open after writes until commit.)"""
    try:
        conn.execute("SELECT parkcrawler_fts_query('')").fetchone()
    except sqlite3.OperationalError:
        register_functions(conn)


def sqlite_conn(db) -> sqlite3.Connection:
    """Accept a sqlite-utils Database or a sqlite3 connection."""
    return getattr(db, "conn", db)


# -- the index: create, sync, rebuild --------------------------------------------------------------------


def _pack(text: tuple[str, str]) -> bytes:
    return zlib.compress(json.dumps(text, ensure_ascii=False).encode(), 6)


def _unpack(blob: bytes) -> tuple[str, str]:
    return tuple(json.loads(zlib.decompress(blob)))


def _add(conn: sqlite3.Connection, rowid: int, url: str, text: tuple[str, str]) -> None:
    conn.execute(
        f"INSERT INTO {FTS_TABLE} (rowid, title, body) VALUES (?, ?, ?)", [rowid, *map(segment, text)]
    )
    conn.execute(
        f"INSERT OR REPLACE INTO {DOCS_TABLE} (rowid, url, text) VALUES (?, ?, ?)", [rowid, url, _pack(text)]
    )


def _remove(conn: sqlite3.Connection, rowid: int, text: tuple[str, str]) -> None:
    # A contentless table forgets a row only when told exactly which tokens it had.
    conn.execute(
        f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, title, body) VALUES ('delete', ?, ?, ?)",
        [rowid, *map(segment, text)],
    )
    conn.execute(f"DELETE FROM {DOCS_TABLE} WHERE rowid = ?", [rowid])


def create_index(db) -> None:
    """Create the index and fill it from `articles` (the m002_search migration calls this)."""
    conn = sqlite_conn(db)
    conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(title, body, content='')")
    # url: to notice rowids that changed under the index (VACUUM may renumber a table without an
    # INTEGER PRIMARY KEY, and articles' key is its url).
    columns = "rowid INTEGER PRIMARY KEY, url TEXT NOT NULL, text BLOB NOT NULL"
    conn.execute(f"CREATE TABLE IF NOT EXISTS {DOCS_TABLE} ({columns})")
    for rowid, url, *text in conn.execute("SELECT rowid, url, title, original_title, body FROM articles"):
        _add(conn, rowid, url, indexed_text(*text))


def index_article(db, url: str) -> None:
    """Bring one article's index entry in line with its row in `articles` (Archive.save_article calls
    this after every insert or update, inside the article's savepoint)."""
    conn = sqlite_conn(db)
    row = conn.execute(
        "SELECT rowid, title, original_title, body FROM articles WHERE url = ?", [url]
    ).fetchone()
    if row is None:
        return
    rowid, text = row[0], indexed_text(*row[1:])
    # What the index holds under this rowid (normally this article's last version) must go.
    old = conn.execute(f"SELECT text, url FROM {DOCS_TABLE} WHERE rowid = ?", [rowid]).fetchone()
    if old is not None:
        old_text = _unpack(old[0])
        if old_text == text and old[1] == url:
            return  # re-crawls mostly change nothing searchable: spare the index the churn
        _remove(conn, rowid, old_text)
    _add(conn, rowid, url, text)


def rebuild_index(db) -> int:
    """Re-segment and re-index every article from scratch; returns how many.

    For when the index may be out of step: articles written by something other than Archive, or a
    new version of `segment`."""
    conn = sqlite_conn(db)
    conn.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    conn.execute(f"DROP TABLE IF EXISTS {DOCS_TABLE}")
    create_index(conn)
    optimize_index(conn)
    return conn.execute(f"SELECT count(*) FROM {DOCS_TABLE}").fetchone()[0]


def optimize_index(db) -> None:
    """Merge the index's b-trees into one: smaller and faster after many incremental writes."""
    sqlite_conn(db).execute(f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}) VALUES ('optimize')")


def index_counts(db) -> tuple[int, int]:
    """(articles, index entries): equal when the index is in step, cheap enough for every search."""
    conn = sqlite_conn(db)
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    return articles, conn.execute(f"SELECT count(*) FROM {DOCS_TABLE}").fetchone()[0]


def index_status(db) -> dict:
    """How the index compares with `articles`: articles missing from it, entries of articles that are
    gone, entries whose rowid now holds another article (after a VACUUM). Anything but zeros means
    the archive was changed behind Archive's back: `rebuild_index` fixes it."""
    conn = sqlite_conn(db)

    def count(sql: str) -> int:
        return conn.execute(sql).fetchone()[0]

    articles, indexed = index_counts(conn)
    missing = count(f"SELECT count(*) FROM articles WHERE rowid NOT IN (SELECT rowid FROM {DOCS_TABLE})")
    moved = count(
        f"SELECT count(*) FROM {DOCS_TABLE} d JOIN articles a ON a.rowid = d.rowid WHERE a.url != d.url"
    )
    return {
        "articles": articles,
        "indexed": indexed,
        "missing": missing,
        "orphans": indexed - articles + missing,
        "moved": moved,
    }
