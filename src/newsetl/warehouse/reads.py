"""Reads the pipeline needs from the warehouse before it writes a batch."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import duckdb

from newsetl.frontier import FrontierEntry
from newsetl.models import Entity


def known_entities(con: duckdb.DuckDBPyConnection) -> list[Entity]:
    rows = con.execute(
        "SELECT entity_id, name, type, coalesce(aliases, []), role, affiliation FROM entity"
    ).fetchall()
    return [Entity(*row[:3], aliases=list(row[3]), role=row[4], affiliation=row[5]) for row in rows]


def existing_ids(
    con: duckdb.DuckDBPyConnection, table: str, key: str, ids: Sequence[str]
) -> set[str]:
    if not ids:
        return set()
    rows = con.execute(
        f"SELECT {key} FROM {table} WHERE {key} IN (SELECT unnest(?))", [list(ids)]
    ).fetchall()
    return {row[0] for row in rows}


@dataclass(frozen=True, slots=True)
class LastFetch:
    """What a URL's latest full fetch left for the next one."""

    etag: str | None
    last_modified: str | None
    body_sha256: str | None

    @property
    def validators(self) -> tuple[str | None, str | None] | None:
        """ETag and Last-Modified for a conditional GET, if the server sent either."""
        return (self.etag, self.last_modified) if self.etag or self.last_modified else None


def last_fetches(con: duckdb.DuckDBPyConnection, urls: Sequence[str]) -> dict[str, LastFetch]:
    """Each URL's latest successful fetch: its validators and its body's archive key."""
    if not urls:
        return {}
    rows = con.execute(
        """
        SELECT url, arg_max(etag, fetched_at), arg_max(last_modified, fetched_at),
               arg_max(body_sha256, fetched_at)
        FROM fetch_log
        WHERE url IN (SELECT unnest(?)) AND outcome = 'fetched'
        GROUP BY url
        """,
        [list(urls)],
    ).fetchall()
    return {url: LastFetch(*fields) for url, *fields in rows}


CONTRACT_TABLES = (
    "article",
    "article_url",
    "entity",
    "article_entity",
    "event",
    "event_mention",
    "fetch_log",
    "quarantine",
    "load",
)


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {
        table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in CONTRACT_TABLES
    }


def frontier_entries(
    con: duckdb.DuckDBPyConnection, urls: Sequence[str]
) -> dict[str, FrontierEntry]:
    if not urls:
        return {}
    rows = con.execute(
        "SELECT url, first_seen_at, last_fetched_at, last_outcome, fetch_count, failure_count,"
        " published_at, next_fetch_at FROM frontier WHERE url IN (SELECT unnest(?))",
        [list(urls)],
    ).fetchall()
    return {row[0]: FrontierEntry(*row) for row in rows}


def not_due(con: duckdb.DuckDBPyConnection, urls: Sequence[str], now: datetime) -> set[str]:
    """URLs already in the frontier that are not due yet (or never again)."""
    return {
        url
        for url, entry in frontier_entries(con, urls).items()
        if entry.next_fetch_at is None or entry.next_fetch_at > now
    }


def archived_pages(
    con: duckdb.DuckDBPyConnection,
) -> list[tuple[str, str | None, str | None, str]]:
    """(url, final_url, content type, archive key) of each URL's latest fetched page,
    those the extractor found no article in included (the point of reprocessing)."""
    return con.execute(
        """
        SELECT url, arg_max(final_url, fetched_at), arg_max(content_type, fetched_at),
               arg_max(body_sha256, fetched_at)
        FROM fetch_log
        WHERE outcome IN ('fetched', 'no_article_text', 'extract_error')
          AND body_sha256 IS NOT NULL
        GROUP BY url
        ORDER BY url
        """
    ).fetchall()
