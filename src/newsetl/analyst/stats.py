"""A summary of the warehouse: what it holds, over which dates, from where, from which runs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import duckdb

from newsetl.analyst.fts import IndexStatus, index_status


@dataclass(frozen=True)
class DomainCount:
    domain: str
    articles: int
    latest_published_at: datetime | None


@dataclass(frozen=True)
class LoadSummary:
    load_id: str
    started_at: datetime
    finished_at: datetime | None
    status: str
    counts: str | None  # the load's counts as JSON text


@dataclass(frozen=True)
class WarehouseStats:
    table_rows: dict[str, int]
    first_published_at: datetime | None
    last_published_at: datetime | None
    undated_articles: int
    top_domains: list[DomainCount]
    last_loads: list[LoadSummary]
    search_index: IndexStatus


def warehouse_stats(
    con: duckdb.DuckDBPyConnection, *, top: int = 10, loads: int = 5
) -> WarehouseStats:
    first, last, undated = con.execute(
        "SELECT min(published_at), max(published_at), count(*) FILTER (WHERE published_at IS NULL)"
        " FROM article"
    ).fetchone()
    return WarehouseStats(
        table_rows=table_rows(con),
        first_published_at=first,
        last_published_at=last,
        undated_articles=undated,
        top_domains=[
            DomainCount(*row)
            for row in con.execute(
                "SELECT coalesce(domain, '(none)'), count(*), max(published_at) FROM article"
                " GROUP BY ALL ORDER BY 2 DESC, 1 LIMIT ?",
                [top],
            ).fetchall()
        ],
        last_loads=[
            LoadSummary(*row)
            for row in con.execute(
                "SELECT load_id, started_at, finished_at, status, CAST(counts AS VARCHAR)"
                " FROM load ORDER BY started_at DESC, load_id LIMIT ?",
                [loads],
            ).fetchall()
        ],
        search_index=index_status(con),
    )


def table_names(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Every base table of the warehouse (the search index's own tables left out)."""
    return [
        row[0]
        for row in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT internal"
            " ORDER BY table_name"
        ).fetchall()
    ]


def table_rows(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {
        name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        for name in table_names(con)
    }
