"""Reading and writing the dedupe tables (``warehouse/migrations/002_dedupe.sql``).

Every lookup only returns articles that exist in ``article``: rows of a story
that was quarantined, or written by a load that rolled back, are ignored.
Lookups take a whole batch at once, through a registered DataFrame, because
per-row queries and ``executemany`` are slow in DuckDB.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime

import duckdb
import numpy as np
import pandas as pd

from newsetl.dedupe.settings import DedupeSettings
from newsetl.models import Article
from newsetl.warehouse.rows import registered, rows_frame

_LIVE = "article_id IN (SELECT article_id FROM article)"


class DedupeSchemeMismatch(RuntimeError):
    """The warehouse holds signatures made with other MinHash settings."""


@dataclass(frozen=True, slots=True)
class KnownURL:
    article_id: str
    content_hash: str | None  # the text last seen at this URL, if dedupe recorded it


@dataclass(frozen=True, slots=True)
class StoredText:
    content_hash: str
    article_id: str
    signature: np.ndarray


@dataclass(slots=True)
class StoredCopy:
    """A copy recorded before: its metadata (no text), rank and relation."""

    article: Article  # metadata only; source_url is the copy's URL key
    rank: tuple[int, int, int]  # metadata_score, noise, word_count
    relation: str
    similarity: float
    signature: np.ndarray | None = None  # None when its text had no words


@dataclass(slots=True)
class StoredArticle:
    """An article row, the copy that represents it, and every copy's metadata."""

    article: Article
    representative_url: str | None
    representative_rank: tuple[int, int, int] | None  # metadata_score, noise, word_count
    copies: dict[str, StoredCopy]  # by URL key


def content_key(content_hash: str) -> int:
    """A signed 64-bit key from a content hash (its first 63 bits)."""
    return int(content_hash[:16], 16) >> 1


def check_scheme(con: duckdb.DuckDBPyConnection, settings: DedupeSettings) -> None:
    row = con.execute(
        "SELECT num_perm, shingle_size, seed, bands, rows_per_band FROM dedupe_scheme LIMIT 1"
    ).fetchone()
    wanted = _scheme(settings)
    if row is not None and tuple(row) != wanted:
        raise DedupeSchemeMismatch(
            f"the warehouse's dedupe signatures use (num_perm, shingle_size, seed, bands, rows) "
            f"= {tuple(row)}, the settings ask for {wanted}; keep the settings or start a new warehouse"
        )


def _scheme(settings: DedupeSettings) -> tuple[int, int, int, int, int]:
    return (
        settings.num_perm,
        settings.shingle_size,
        settings.seed,
        settings.bands,
        settings.rows_per_band,
    )


def known_urls(con: duckdb.DuckDBPyConnection, urls: Sequence[str]) -> dict[str, KnownURL]:
    """Each of ``urls`` already resolved to a live article, by dedupe's own record,
    ``article_url``, or an article's canonical URL (in that order of trust)."""
    if not urls:
        return {}
    rows = con.execute(
        f"""
        WITH wanted AS (SELECT DISTINCT unnest(?::VARCHAR[]) AS url),
        found AS (
            SELECT url, article_id, content_hash, 1 AS source FROM dedupe_copy
            UNION ALL SELECT url, article_id, NULL, 2 FROM article_url
            UNION ALL SELECT canonical_url, article_id, NULL, 3 FROM article
        )
        SELECT url, arg_min(article_id, (source, article_id)), arg_min(content_hash, (source, article_id))
        FROM found SEMI JOIN wanted USING (url)
        WHERE {_LIVE}
        GROUP BY url
        """,
        [list(urls)],
    ).fetchall()
    return {url: KnownURL(article_id, content_hash) for url, article_id, content_hash in rows}


def articles_by_content(
    con: duckdb.DuckDBPyConnection, content_hashes: Sequence[str]
) -> dict[str, str]:
    """Content hash -> the live article that already holds that exact text."""
    if not content_hashes:
        return {}
    rows = con.execute(
        f"""
        WITH wanted AS (SELECT DISTINCT unnest(?::VARCHAR[]) AS content_hash),
        found AS (
            SELECT content_hash, article_id FROM dedupe_text
            UNION ALL SELECT content_hash, article_id FROM dedupe_copy
            UNION ALL SELECT content_hash, article_id FROM article
        )
        SELECT content_hash, min(article_id) FROM found SEMI JOIN wanted USING (content_hash)
        WHERE {_LIVE}
        GROUP BY content_hash
        """,
        [list(content_hashes)],
    ).fetchall()
    return dict(rows)


def existing_article_ids(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> set[str]:
    if not ids:
        return set()
    rows = con.execute(
        "SELECT article_id FROM article WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [sorted(set(ids))],
    ).fetchall()
    return {row[0] for row in rows}


def near_candidates(
    con: duckdb.DuckDBPyConnection, buckets: np.ndarray, num_perm: int
) -> dict[int, list[StoredText]]:
    """Stored texts sharing at least one LSH bucket with each probe.

    ``buckets`` is uint64[n_probes, bands]; the result maps a probe's row number
    to its candidates (each stored text once)."""
    if not len(buckets):
        return {}
    probes, bands = buckets.shape
    frame = pd.DataFrame(
        {
            "probe": np.repeat(np.arange(probes, dtype=np.int64), bands),
            "bucket": buckets.reshape(-1),
        }
    )
    con.register("_dedupe_probe", frame)
    try:
        rows = con.execute(
            f"""
            WITH pairs AS (
                SELECT DISTINCT p.probe, b.content_key
                FROM _dedupe_probe p JOIN dedupe_band b ON b.bucket = p.bucket
            )
            SELECT pairs.probe, t.content_hash, t.article_id, t.signature
            FROM pairs JOIN dedupe_text t ON t.content_key = pairs.content_key
            WHERE t.{_LIVE}
            ORDER BY pairs.probe, t.content_hash
            """
        ).fetchall()
    finally:
        con.unregister("_dedupe_probe")
    found: dict[int, list[StoredText]] = {}
    for probe, content_hash, article_id, signature in rows:
        vector = np.frombuffer(signature, dtype="<u4")
        if len(vector) == num_perm:
            found.setdefault(probe, []).append(StoredText(content_hash, article_id, vector))
    return found


def representative_texts(
    con: duckdb.DuckDBPyConnection, ids: Sequence[str]
) -> dict[str, tuple[str, str]]:
    """Article id -> (content hash, text) of its representative copy: the article's text."""
    if not ids:
        return {}
    rows = con.execute(
        "SELECT article_id, content_hash, text FROM article "
        "WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [list(ids)],
    ).fetchall()
    return {article_id: (content_hash, text) for article_id, content_hash, text in rows}


# The article table's columns that the Article record carries (all but source_url).
ARTICLE_COLUMNS = tuple(f.name for f in fields(Article) if f.name != "source_url")
# The descriptive fields every copy keeps, merged across a story's copies.
COPY_METADATA = ("title", "authors", "published_at", "modified_at", "language", "site_name", "description")  # fmt: skip
_COPY_FIELDS = (
    "url", "article_id", "content_hash", "canonical_url", *COPY_METADATA,
    "word_count", "metadata_score", "noise", "relation", "similarity",
)  # fmt: skip


def stored_articles(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> dict[str, StoredArticle]:
    """The article rows of ``ids`` with their representative and copies."""
    if not ids:
        return {}
    wanted = sorted(set(ids))
    columns = ", ".join(ARTICLE_COLUMNS)
    stored: dict[str, StoredArticle] = {}
    for row in con.execute(
        f"SELECT {columns} FROM article WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [wanted],
    ).fetchall():
        values = dict(zip(ARTICLE_COLUMNS, row, strict=True))
        values["authors"] = list(values["authors"] or [])
        stored[values["article_id"]] = StoredArticle(Article(**values), None, None, {})
    for article_id, url, metadata_score, noise, word_count in con.execute(
        "SELECT article_id, representative_url, metadata_score, noise, word_count "
        "FROM dedupe_article WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [wanted],
    ).fetchall():
        if article_id in stored:
            stored[article_id].representative_url = url
            stored[article_id].representative_rank = (metadata_score, noise, word_count)
    copy_columns = ", ".join(_COPY_FIELDS)
    for row in con.execute(
        f"SELECT {copy_columns} FROM dedupe_copy "
        "WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY url",
        [wanted],
    ).fetchall():
        values = dict(zip(_COPY_FIELDS, row, strict=True))
        holder = stored.get(values["article_id"])
        if holder is None:
            continue
        rank = (values["metadata_score"], values["noise"], values["word_count"])
        holder.copies[values["url"]] = StoredCopy(
            _copy_article(values, values["url"]), rank, values["relation"], values["similarity"]
        )
    _attach_signatures(con, stored)
    return stored


def _attach_signatures(con: duckdb.DuckDBPyConnection, stored: dict[str, StoredArticle]) -> None:
    """The signatures of the stored copies' texts, to re-measure them against a new
    representative (one query for the batch)."""
    copies = [copy for holder in stored.values() for copy in holder.copies.values()]
    if not copies:
        return
    signatures = dict(
        con.execute(
            "SELECT content_hash, signature FROM dedupe_text "
            "WHERE content_hash IN (SELECT unnest(?::VARCHAR[]))",
            [sorted({copy.article.content_hash for copy in copies})],
        ).fetchall()
    )
    for copy in copies:
        blob = signatures.get(copy.article.content_hash)
        if blob is not None:
            copy.signature = np.frombuffer(blob, dtype="<u4")


def _copy_article(values: dict, url: str) -> Article:
    """A stored copy's metadata as an Article record (without its text)."""
    metadata = {name: values[name] for name in COPY_METADATA}
    metadata["authors"] = list(metadata["authors"] or [])
    return Article(
        article_id=values["article_id"],
        canonical_url=values["canonical_url"],
        domain=None,
        text="",
        word_count=values["word_count"],
        content_hash=values["content_hash"],
        source_url=url,
        **metadata,
    )


def write_copies(con: duckdb.DuckDBPyConnection, rows: list[dict], now: datetime) -> None:
    """Replace the copy rows of these URLs (keeping when each was first seen)."""
    if not rows:
        return
    frame = pd.DataFrame.from_records(rows)
    con.register("_dedupe_copies", frame)
    try:
        con.execute(
            """
            CREATE OR REPLACE TEMP TABLE _dedupe_first_seen AS
            SELECT c.url, min(c.first_seen_at) AS first_seen_at
            FROM dedupe_copy c SEMI JOIN _dedupe_copies n ON c.url = n.url
            GROUP BY c.url
            """
        )
        con.execute("DELETE FROM dedupe_copy WHERE url IN (SELECT url FROM _dedupe_copies)")
        names = ", ".join(frame.columns)
        con.execute(
            f"""
            INSERT INTO dedupe_copy ({names}, first_seen_at, updated_at)
            SELECT {", ".join("n." + name for name in frame.columns)},
                   coalesce(f.first_seen_at, $now), $now
            FROM _dedupe_copies n LEFT JOIN _dedupe_first_seen f ON f.url = n.url
            """,
            {"now": now},
        )
        con.execute("DROP TABLE IF EXISTS _dedupe_first_seen")
    finally:
        con.unregister("_dedupe_copies")


def update_relations(con: duckdb.DuckDBPyConnection, links: Sequence) -> None:
    """Restate the relation and similarity of copies recorded before (``ArticleURL``s)."""
    if not links:
        return
    frame = rows_frame(links, columns=("url", "relation", "similarity"))
    with registered(con, "_dedupe_relations", frame):
        con.execute(
            """
            UPDATE dedupe_copy SET relation = n.relation, similarity = n.similarity
            FROM _dedupe_relations n
            WHERE dedupe_copy.url = n.url
              AND (dedupe_copy.relation <> n.relation OR dedupe_copy.similarity <> n.similarity)
            """
        )


def write_texts(
    con: duckdb.DuckDBPyConnection,
    texts: list[tuple[str, str, np.ndarray, int]],
    buckets: np.ndarray,
    now: datetime,
) -> int:
    """Add the texts (content_hash, article_id, signature, word_count) not stored yet,
    with their band rows (``buckets[i]`` for ``texts[i]``); returns how many were new."""
    if not texts:
        return 0
    known = set(
        row[0]
        for row in con.execute(
            "SELECT content_hash FROM dedupe_text WHERE content_hash IN (SELECT unnest(?::VARCHAR[]))",
            [[text[0] for text in texts]],
        ).fetchall()
    )
    fresh = [i for i, text in enumerate(texts) if text[0] not in known]
    if not fresh:
        return 0
    keys = np.array([content_key(texts[i][0]) for i in fresh], dtype=np.int64)
    text_frame = pd.DataFrame(
        {
            "content_hash": [texts[i][0] for i in fresh],
            "content_key": keys,
            "article_id": [texts[i][1] for i in fresh],
            "signature": [texts[i][2].astype("<u4").tobytes() for i in fresh],
            "word_count": np.array([texts[i][3] for i in fresh], dtype=np.int32),
        }
    )
    band_frame = pd.DataFrame(
        {
            "bucket": buckets[fresh].reshape(-1),
            "content_key": np.repeat(keys, buckets.shape[1]),
        }
    )
    _insert_frame(con, "dedupe_text", text_frame, extra={"created_at": now})
    _insert_frame(con, "dedupe_band", band_frame)
    return len(fresh)


def write_representatives(con: duckdb.DuckDBPyConnection, rows: list[dict], now: datetime) -> None:
    if not rows:
        return
    frame = pd.DataFrame.from_records(rows)
    con.execute(
        "DELETE FROM dedupe_article WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [list(frame["article_id"])],
    )
    _insert_frame(con, "dedupe_article", frame, extra={"updated_at": now})


def write_scheme(con: duckdb.DuckDBPyConnection, settings: DedupeSettings, now: datetime) -> None:
    if con.execute("SELECT count(*) FROM dedupe_scheme").fetchone()[0] == 0:
        con.execute(
            "INSERT INTO dedupe_scheme VALUES (?, ?, ?, ?, ?, ?)", [*_scheme(settings), now]
        )


def _insert_frame(
    con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame, extra: dict | None = None
) -> None:
    view = f"_dedupe_rows_{table}"
    names = list(frame.columns)
    constants = list((extra or {}).items())
    con.register(view, frame)
    try:
        columns = ", ".join(names + [name for name, _ in constants])
        values = ", ".join(names + [f"${name}" for name, _ in constants])
        con.execute(
            f"INSERT INTO {table} ({columns}) SELECT {values} FROM {view}", dict(constants) or None
        )
    finally:
        con.unregister(view)
