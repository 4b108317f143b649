"""A real DuckDB warehouse built from the project's migrations and views, with sample rows."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from newsetl.analyst import refresh_search_index
from newsetl.warehouse import connect, migrate
from tests.analyst import sample_rows as rows


def insert(con: duckdb.DuckDBPyConnection, table: str, columns: str, values: list) -> None:
    marks = ", ".join("?" for _ in columns.split(","))
    con.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", values)


def fill(con: duckdb.DuckDBPyConnection) -> None:
    insert(con, "load", "load_id, started_at, finished_at, status, counts", rows.LOADS)
    insert(
        con,
        "article",
        "article_id, domain, canonical_url, title, text, published_at, load_id,"
        " word_count, content_hash, first_seen_at, updated_at, language",
        [
            (
                *row,
                len(row[4].split()),
                f"hash-{row[0]}",
                row[5] or "2025-07-25",
                "2025-07-25",
                "en",
            )
            for row in rows.ARTICLES
        ],
    )
    insert(
        con,
        "article_url",
        "url, article_id, relation, similarity, first_seen_at",
        [(*row, "2025-07-25") for row in rows.ARTICLE_URLS],
    )
    insert(
        con,
        "entity",
        "entity_id, name, type, first_seen_at",
        [(*row, "2025-07-15") for row in rows.ENTITIES],
    )
    insert(con, "article_entity", "article_id, entity_id, mentions", rows.ARTICLE_ENTITIES)
    insert(
        con,
        "event",
        "event_id, cameo_code, root_code, label, actor1_entity_id, actor2_entity_id,"
        " place_entity_id, event_date, date_precision, first_seen_at",
        [(*row, "2025-07-15") for row in rows.EVENTS],
    )
    insert(con, "event_mention", "event_id, article_id, sentence", rows.EVENT_MENTIONS)
    insert(
        con,
        "fetch_log",
        "url, outcome, status_code, error, attempts, elapsed_ms, fetched_at, load_id",
        rows.FETCH_LOG,
    )
    insert(
        con,
        "validation",
        "load_id, suite, expectation, expectation_type, success, element_count,"
        " unexpected_count, unexpected_percent, validated_at",
        rows.VALIDATIONS,
    )
    insert(
        con,
        "quarantine",
        "table_name, record_key, failed_expectations, payload, quarantined_at, load_id",
        rows.QUARANTINE,
    )


def build_warehouse(path: Path, *, with_rows: bool = True) -> Path:
    with connect(path) as con:
        migrate(con)
        if with_rows:
            fill(con)
        refresh_search_index(con)
    return path


@pytest.fixture(scope="session")
def warehouse_path(tmp_path_factory) -> Path:
    """The sample warehouse; tests open it read-only and must not change it."""
    return build_warehouse(tmp_path_factory.mktemp("warehouse") / "newsetl.duckdb")


@pytest.fixture(scope="session")
def empty_warehouse_path(tmp_path_factory) -> Path:
    return build_warehouse(tmp_path_factory.mktemp("empty") / "newsetl.duckdb", with_rows=False)


@pytest.fixture
def con(warehouse_path):
    from newsetl.analyst import open_read_only

    connection = open_read_only(warehouse_path)
    yield connection
    connection.close()


@pytest.fixture
def empty_con(empty_warehouse_path):
    from newsetl.analyst import open_read_only

    connection = open_read_only(empty_warehouse_path)
    yield connection
    connection.close()
