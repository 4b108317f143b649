"""Writing one processed batch: every table in a single transaction.

A batch either lands whole or not at all, so a crash mid-load leaves the
warehouse as it was before the batch and the next run redoes it. Rows are
keyed deterministically upstream, so a redo adds nothing twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime

import duckdb

from newsetl.frontier import FrontierEntry
from newsetl.models import (
    Article,
    ArticleEntity,
    ArticleURL,
    Entity,
    Event,
    EventMention,
    FetchResult,
    QuarantineRow,
)
from newsetl.warehouse.loads import utcnow
from newsetl.warehouse.rows import insert_rows, registered, rows_frame

FETCH_LOG_COLUMNS = (
    "url",
    "final_url",
    "status_code",
    "outcome",
    "error",
    "attempts",
    "elapsed_ms",
    "content_type",
    "etag",
    "last_modified",
    "body_sha256",
    "fetched_at",
)


@dataclass
class BatchWrite:
    """Everything one batch writes. ``reanalysed`` articles get fresh entity and event links."""

    articles: list[Article] = field(default_factory=list)
    article_urls: list[ArticleURL] = field(default_factory=list)
    reanalysed: list[str] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    article_entities: list[ArticleEntity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    event_mentions: list[EventMention] = field(default_factory=list)
    quarantined: list[QuarantineRow] = field(default_factory=list)
    fetch_results: list[FetchResult] = field(default_factory=list)
    validations: list = field(default_factory=list)
    frontier: list[FrontierEntry] = field(default_factory=list)


def write_batch(
    con: duckdb.DuckDBPyConnection,
    load_id: str,
    batch: BatchWrite,
    *,
    also: Sequence[Callable[[duckdb.DuckDBPyConnection], None]] = (),
) -> None:
    """Write ``batch`` in one transaction; ``also`` are further writers joining it."""
    now = utcnow()
    con.execute("BEGIN TRANSACTION")
    try:
        _write_articles(con, batch.articles, load_id, now)
        _write_article_urls(con, batch.article_urls, load_id, now)
        _write_entities(con, batch.entities, now)
        _replace_links(con, batch)
        insert_rows(
            con,
            "quarantine",
            batch.quarantined,
            extra={"quarantined_at": now, "load_id": load_id},
        )
        insert_rows(
            con,
            "fetch_log",
            [replace(r, fetched_at=r.fetched_at or now) for r in batch.fetch_results],
            columns=FETCH_LOG_COLUMNS,
            extra={"load_id": load_id},
        )
        insert_rows(con, "validation", batch.validations)
        _write_frontier(con, batch.frontier)
        for writer in also:
            writer(con)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


LINK_COLUMNS = ("url", "article_id", "relation", "similarity")


def _write_article_urls(
    con: duckdb.DuckDBPyConnection, links: list[ArticleURL], load_id: str, now: datetime
) -> None:
    """New URLs are added; a known URL of the same story takes its relation now
    (a better copy can turn the old canonical page into a near duplicate)."""
    insert_rows(
        con,
        "article_url",
        links,
        extra={"first_seen_at": now, "load_id": load_id},
        columns=LINK_COLUMNS,
        on_conflict="ignore",
    )
    if not links:
        return
    with registered(con, "_restated_links", rows_frame(links, columns=LINK_COLUMNS)):
        con.execute(
            """
            UPDATE article_url SET relation = n.relation, similarity = n.similarity
            FROM _restated_links n
            WHERE article_url.url = n.url AND article_url.article_id = n.article_id
              AND (article_url.relation <> n.relation OR article_url.similarity <> n.similarity)
            """
        )


def _write_articles(
    con: duckdb.DuckDBPyConnection, articles: list[Article], load_id: str, now: datetime
) -> None:
    if not articles:
        return
    ids = [article.article_id for article in articles]
    first_seen = dict(
        con.execute(
            "SELECT article_id, first_seen_at FROM article WHERE article_id IN (SELECT unnest(?))",
            [ids],
        ).fetchall()
    )
    rows = [
        {
            **{name: getattr(article, name) for name in _ARTICLE_COLUMNS},
            "first_seen_at": first_seen.get(article.article_id, now),
            "updated_at": now,
            "load_id": load_id,
        }
        for article in articles
    ]
    con.execute("DELETE FROM article WHERE article_id IN (SELECT unnest(?))", [ids])
    insert_rows(con, "article", rows)


_ARTICLE_COLUMNS = (
    "article_id",
    "canonical_url",
    "domain",
    "title",
    "text",
    "authors",
    "published_at",
    "modified_at",
    "language",
    "site_name",
    "description",
    "word_count",
    "content_hash",
    "revision",
)


def _write_entities(con: duckdb.DuckDBPyConnection, entities: list[Entity], now: datetime) -> None:
    if not entities:
        return
    ids = [entity.entity_id for entity in entities]
    first_seen = dict(
        con.execute(
            "SELECT entity_id, first_seen_at FROM entity WHERE entity_id IN (SELECT unnest(?))",
            [ids],
        ).fetchall()
    )
    rows = [
        {
            "entity_id": entity.entity_id,
            "name": entity.name,
            "type": entity.type,
            "aliases": sorted(set(entity.aliases)),
            "role": entity.role,
            "affiliation": entity.affiliation,
            "first_seen_at": first_seen.get(entity.entity_id, now),
        }
        for entity in entities
    ]
    con.execute("DELETE FROM entity WHERE entity_id IN (SELECT unnest(?))", [ids])
    insert_rows(con, "entity", rows)


def _replace_links(con: duckdb.DuckDBPyConnection, batch: BatchWrite) -> None:
    """Swap the entity and event links of re-analysed articles for the new ones."""
    if batch.reanalysed:
        for table in ("article_entity", "event_mention"):
            con.execute(
                f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))", [batch.reanalysed]
            )
    insert_rows(con, "article_entity", batch.article_entities, on_conflict="ignore")
    now = utcnow()
    insert_rows(con, "event", batch.events, extra={"first_seen_at": now}, on_conflict="ignore")
    insert_rows(con, "event_mention", batch.event_mentions, on_conflict="ignore")
    if batch.reanalysed:
        con.execute(
            "DELETE FROM event WHERE event_id NOT IN (SELECT DISTINCT event_id FROM event_mention)"
        )


def _write_frontier(con: duckdb.DuckDBPyConnection, entries: list[FrontierEntry]) -> None:
    if entries:
        urls = [entry.url for entry in entries]
        con.execute("DELETE FROM frontier WHERE url IN (SELECT unnest(?))", [urls])
        insert_rows(con, "frontier", entries)
