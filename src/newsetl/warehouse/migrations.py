"""Append-only numbered SQL migrations, then every view, from ``warehouse/``.

Migrations live in ``warehouse/migrations/NNN_name.sql`` and run once each, in
order, each in its own transaction; applied versions are recorded in
``schema_migration``. Views in ``warehouse/views/*.sql`` are recreated after
every migration run so a changed view file takes effect at once.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import duckdb

_MIGRATION_NAME = re.compile(r"^(\d{3})_[\w-]+\.sql$")


def sql_root() -> Path:
    """The repository's ``warehouse/`` folder holding the SQL files."""
    return Path(__file__).resolve().parents[3] / "warehouse"


def migration_files(root: Path | None = None) -> list[tuple[int, Path]]:
    folder = (root or sql_root()) / "migrations"
    found = []
    for path in folder.glob("*.sql"):
        match = _MIGRATION_NAME.match(path.name)
        if match:
            found.append((int(match.group(1)), path))
    return sorted(found)


def view_files(root: Path | None = None) -> list[Path]:
    return sorted(((root or sql_root()) / "views").glob("*.sql"))


def migrate(con: duckdb.DuckDBPyConnection, root: Path | None = None) -> list[int]:
    """Apply pending migrations and recreate views; returns the versions applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migration ("
        " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
    )
    done = {row[0] for row in con.execute("SELECT version FROM schema_migration").fetchall()}
    applied = []
    for version, path in migration_files(root):
        if version in done:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(path.read_text(encoding="utf-8"))
            con.execute(
                "INSERT INTO schema_migration VALUES (?, ?, ?)",
                [version, path.name, datetime.now(UTC).replace(tzinfo=None)],
            )
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(version)
    for path in view_files(root):
        con.execute(path.read_text(encoding="utf-8"))
    return applied
