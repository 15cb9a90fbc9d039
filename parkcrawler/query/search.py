"""Searching the archive: ranked, filtered queries over the full-text index (parkcrawler.store.fts).

The index, its segmentation and the translation of a query into FTS5 syntax belong to the archive
(store/fts.py), which keeps them in step with every write; this module only reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from parkcrawler.store.fts import (  # noqa: F401  re-exported: the query side's API
    DOCS_TABLE,
    FTS_TABLE,
    WEIGHTS,
    ensure_functions,
    fts_query,
    highlight,
    hit_pattern,
    index_counts,
    index_status,
    optimize_index,
    parse_query,
    rebuild_index,
    register_functions,
    segment,
    snippet,
    sqlite_conn,
)

# -- searching -----------------------------------------------------------------------------------------

# Sort keys: "score" (BM25, best first), "rid" (the article's rowid: a stable tie-break), else a column.
ORDERS = {
    "relevance": ("score", "rid"),
    "newest": ("published_at DESC", "score", "rid"),
    "oldest": ("published_at", "score", "rid"),
    "views": ("views DESC", "score", "rid"),
}
FILTERS = ("site", "category", "source", "tag", "since", "until")
_FILTER_SQL = {
    "site": "a.site = :site",
    "category": "a.category = :category",
    "source": "a.source = :source",
    "tag": "EXISTS (SELECT 1 FROM json_each(a.tags) WHERE json_each.value = :tag)",
    # By prefix ("2026-05" is all of May), written so that the published_at index serves: ISO dates
    # sort below "~", so a date whose prefix is <= until is <= until || '~'.
    "since": "a.published_at >= :since",
    "until": "a.published_at <= :until || '~'",
}
# Filters an index of articles serves (idx_articles_source comes with the search index).
_INDEXED = {"site", "category", "source", "since", "until"}
_DATE_FILTER = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_SCORE = f"bm25({FTS_TABLE}, {', '.join(str(w) for w in WEIGHTS)})"
_MATCH = f"{FTS_TABLE} MATCH parkcrawler_fts_query(:q)"
# Datasette passes every parameter as text, '' when the form field is empty.
_PAGE = (
    "LIMIT CAST(coalesce(nullif(:limit, ''), 20) AS INTEGER)"
    " OFFSET CAST(coalesce(nullif(:offset, ''), 0) AS INTEGER)"
)
# After the highlighted title and the snippet: what a reader of the results scans first comes first
# (Datasette shows the columns in this order).
_COLUMNS = "a.published_at, a.category, a.views, a.tags, a.source, a.site, a.url, a.post_id, a.title"


def _order_by(order: str, rid: str, score: str) -> str:
    keys = {"score": score, "rid": rid}
    return ", ".join(keys.get(key, f"a.{key}") for key in ORDERS[order])


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _conditions(filters: list[str] | None) -> list[str]:
    if filters is None:  # every filter, '' meaning "any": one SQL for every combination
        return [f"(:{f} = '' OR {_FILTER_SQL[f]})" for f in FILTERS]
    return [_FILTER_SQL[f] for f in filters]


def _matches(order: str, filters: list[str] | None) -> tuple[str, str]:
    """(rowid expression, FROM ... WHERE ...) of the matching articles, filters applied.

    The plan matters: BM25 costs ~0.6 µs per match and a lookup in articles about as much, so the
    index is searched alone where it can be. Filters an index serves become a set of rowids first
    (`+rowid`: checked per match; not used to drive FTS5, which would re-run the query per rowid)."""
    if order == "relevance" and filters == []:
        return "rowid", f"FROM {FTS_TABLE} WHERE {_MATCH}"
    if order == "relevance" and filters is not None and _INDEXED & set(filters):
        subset = f"SELECT a.rowid FROM articles a WHERE {' AND '.join(_conditions(filters))}"
        return "rowid", f"FROM {FTS_TABLE} WHERE {_MATCH} AND +rowid IN ({subset})"
    join = f"FROM {FTS_TABLE} JOIN articles a ON a.rowid = {FTS_TABLE}.rowid"
    return "a.rowid", f"{join}\n  WHERE {' AND '.join([_MATCH, *_conditions(filters)])}"


def _ranked(order: str, filters: list[str] | None) -> str:
    """The matching rowids (rid) with their BM25 score (score), in the requested order."""
    rowid, from_where = _matches(order, filters)
    order_by = "score, rowid" if rowid == "rowid" else _order_by(order, rowid, "score")
    return f"SELECT {rowid} AS rid, {_SCORE} AS score {from_where}\n  ORDER BY {order_by}"


def search_sql(
    marks: Sequence[str] = ("[", "]"),
    width: int = 80,
    order: str = "relevance",
    filters: Iterable[str] | None = None,
) -> str:
    """The SQL of a ranked search with highlighted titles and snippets. Parameters: q, limit, offset
    and the filters. With `filters=None` every filter is a parameter, '' meaning "any" (the Datasette
    canned query); `search` names those it uses, so that the planner can use articles' indexes. Both
    give the same rows."""
    ranked = _ranked(order, None if filters is None else list(filters))
    open_, close = _sql_literal(marks[0]), _sql_literal(marks[1])
    # Highlights and snippets are computed for the page only, outside the ranked subquery.
    return (
        f"SELECT parkcrawler_highlight(a.title, :q, {open_}, {close}) AS title_highlighted,\n"
        f"  parkcrawler_snippet(a.body, :q, {open_}, {close}, {int(width)}) AS snippet,\n"
        f"  {_COLUMNS}, r.score\n"
        f"FROM (\n  {ranked}\n  {_PAGE}\n) r JOIN articles a ON a.rowid = r.rid\n"
        f"ORDER BY {_order_by(order, 'r.rid', 'r.score')}"
    )


def check_date(value: str | None, name: str) -> str:
    if value and not _DATE_FILTER.fullmatch(value):
        raise ValueError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    return value or ""


def _filter_params(filters: dict) -> dict:
    """The filters that are set, checked."""
    unknown = set(filters) - set(FILTERS)
    if unknown:
        raise TypeError(f"unknown search filter(s): {', '.join(sorted(unknown))}")
    params = {name: value for name, value in filters.items() if value}
    for name in ("since", "until"):
        if name in params:
            check_date(params[name], name)
    return params


def search(
    db,
    query: str,
    *,
    limit: int | None = 20,
    offset: int = 0,
    order: str = "relevance",
    marks: Sequence[str] = ("[", "]"),
    width: int = 80,
    **filters: str | None,
) -> list[dict]:
    """Ranked articles matching `query` (see `fts_query`), with highlighted title and body snippet.

    Filters (site, category, tag, source) are exact; `since`/`until` compare published_at by its
    prefix, so "2026-05" means all of May. `limit=None` returns every match."""
    conn = sqlite_conn(db)
    ensure_functions(conn)
    params = _filter_params(filters)
    sql = search_sql(marks, width, order, filters=[f for f in FILTERS if f in params])
    cursor = conn.execute(
        sql, params | {"q": query, "limit": -1 if limit is None else limit, "offset": offset}
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def count_matches(db, query: str, **filters: str | None) -> int:
    """How many articles match (filters as for `search`)."""
    conn = sqlite_conn(db)
    ensure_functions(conn)
    params = _filter_params(filters)
    sql = f"SELECT count(*) {_matches('relevance', [f for f in FILTERS if f in params])[1]}"
    return conn.execute(sql, params | {"q": query}).fetchone()[0]
