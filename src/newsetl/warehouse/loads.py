"""The ``load`` table: one row per run, opened at the start and closed at the end."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import duckdb


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def start_load(con: duckdb.DuckDBPyConnection, load_id: str, flow_run_id: str | None) -> None:
    """Open this run's ``load`` row; a row still 'running' belongs to a run that died."""
    # Whoever holds the file holds the only writer, so no other run is really running.
    con.execute("UPDATE load SET status = 'interrupted' WHERE status = 'running'")
    con.execute(
        "INSERT OR IGNORE INTO load (load_id, flow_run_id, started_at, status) VALUES (?, ?, ?, 'running')",
        [load_id, flow_run_id, utcnow()],
    )


def finish_load(
    con: duckdb.DuckDBPyConnection, load_id: str, status: str, counts: dict[str, Any]
) -> None:
    # A tiny row; DELETE+INSERT keeps to the one write pattern the warehouse uses.
    started = con.execute(
        "SELECT flow_run_id, started_at FROM load WHERE load_id = ?", [load_id]
    ).fetchone()
    flow_run_id, started_at = started if started else (None, utcnow())
    con.execute("BEGIN TRANSACTION")
    con.execute("DELETE FROM load WHERE load_id = ?", [load_id])
    con.execute(
        "INSERT INTO load VALUES (?, ?, ?, ?, ?, ?::JSON)",
        [
            load_id,
            flow_run_id,
            started_at,
            utcnow(),
            status,
            json.dumps(counts, default=str, sort_keys=True),
        ],
    )
    con.execute("COMMIT")
