"""Ranked full-text search over articles (BM25), with a snippet around the first match."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import duckdb

from newsetl.analyst.fts import INDEX_SCHEMA, SearchError, index_status, load_fts
from newsetl.analyst.snippets import WORD, snippet, words_of


@dataclass(frozen=True)
class Hit:
    article_id: str
    score: float
    title: str | None
    published_at: datetime | None
    domain: str | None
    url: str | None
    snippet: str
    matched: list[str]  # the words of the snippet that matched the query


def search(
    con: duckdb.DuckDBPyConnection, query: str, limit: int = 10, *, snippet_chars: int = 160
) -> list[Hit]:
    """Articles matching ``query``, best first (BM25 over title and text)."""
    if not WORD.search(query):
        raise SearchError("the search query has no words to look for")
    if limit < 1:
        raise SearchError("the number of hits must be at least 1")
    load_fts(con)
    if not index_status(con).exists:
        raise SearchError(
            "the warehouse has no search index yet: it is built after each load "
            "(run `newsetl search --reindex` to build it now)"
        )
    rows = con.execute(
        f"""
        SELECT article_id, score, title, published_at, domain,
               coalesce(canonical_url,
                        (SELECT min(u.url) FROM article_url u WHERE u.article_id = a.article_id)),
               text
        FROM (
            SELECT *, {INDEX_SCHEMA}.match_bm25(article_id, ?) AS score FROM article
        ) AS a
        WHERE score IS NOT NULL
        ORDER BY score DESC, published_at DESC NULLS LAST, article_id
        LIMIT ?
        """,
        [query, limit],
    ).fetchall()
    stems = query_stems(con, query)
    stem_of = stems_of(con, words_of(row[6] for row in rows))
    hits = []
    for article_id, score, title, published_at, domain, url, text in rows:
        shown, matched = snippet(text, stems, stem_of, snippet_chars)
        hits.append(Hit(article_id, score, title, published_at, domain, url, shown, matched))
    return hits


def query_stems(con: duckdb.DuckDBPyConnection, query: str) -> set[str]:
    """The stems the index looks up for ``query`` (stopwords dropped, as the index does)."""
    words = {word.lower() for word in WORD.findall(query)}
    stopwords = {
        row[0]
        for row in con.execute(
            f"SELECT sw FROM {INDEX_SCHEMA}.stopwords WHERE sw IN (SELECT unnest(?))",
            [sorted(words)],
        ).fetchall()
    }
    return set(stems_of(con, words - stopwords).values())


def stems_of(con: duckdb.DuckDBPyConnection, words: Iterable[str]) -> dict[str, str]:
    """Each lower-case word's Porter stem, folded the way the index folds text."""
    words = sorted(set(words))
    if not words:
        return {}
    rows = con.execute(
        "SELECT w, stem(strip_accents(w), 'porter') FROM unnest(?) AS t(w)", [words]
    ).fetchall()
    return dict(rows)
