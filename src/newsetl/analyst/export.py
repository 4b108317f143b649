"""Every warehouse table as Parquet, partitioned by month (hive layout ``month=2025-07/``).

Articles and the tables linked to them (any with an ``article_id``: URLs, entity links,
event mentions, dedupe state) are partitioned by their article's publication month,
events by the month of their first report; tables with their own timestamp (fetch_log,
load, quarantine, validation) by that timestamp's month; tables without a date
(entity, frontier, ...) are written as one file. Rows with no date go to
``month=undated``. A manifest beside the tables lists what was written.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from newsetl.analyst.stats import table_rows

MANIFEST = "_newsetl_export.json"
PARTITION_COLUMN = "month"
UNDATED = "undated"


def _month(timestamp: str) -> str:
    return f"coalesce(strftime({timestamp}, '%Y-%m'), '{UNDATED}')"


def _by_article(table: str) -> str:
    return (
        f"SELECT t.*, {_month('a.published_at')} AS {PARTITION_COLUMN} FROM {table} t"
        " LEFT JOIN article a ON a.article_id = t.article_id"
    )


def _by_own(table: str, column: str) -> str:
    return f"SELECT t.*, {_month('t.' + column)} AS {PARTITION_COLUMN} FROM {table} t"


# Tables partitioned by a month other than their article's: the SELECT adding the column.
OWN_MONTH: dict[str, str] = {
    "article": _by_own("article", "published_at"),
    "event": (
        f"SELECT t.*, {_month('r.first_published_at')} AS {PARTITION_COLUMN} FROM event t"
        " LEFT JOIN (SELECT m.event_id, min(a.published_at) AS first_published_at"
        " FROM event_mention m JOIN article a USING (article_id) GROUP BY m.event_id) r"
        " ON r.event_id = t.event_id"
    ),
    "fetch_log": _by_own("fetch_log", "fetched_at"),
    "quarantine": _by_own("quarantine", "quarantined_at"),
    "load": _by_own("load", "started_at"),
    "validation": _by_own("validation", "validated_at"),
}


def partition_select(con: duckdb.DuckDBPyConnection, table: str) -> str | None:
    """The SELECT adding the partition column to ``table``, or None to write it whole.

    Any table with an ``article_id`` column (article_url, article_entity, event_mention,
    the dedupe tables, ...) follows its article's publication month.
    """
    if table in OWN_MONTH:
        return OWN_MONTH[table]
    has_article = con.execute(
        "SELECT count(*) FROM duckdb_columns() WHERE schema_name = 'main'"
        " AND table_name = ? AND column_name = 'article_id'",
        [table],
    ).fetchone()[0]
    return _by_article(table) if has_article else None


class ExportError(ValueError):
    """The export cannot be written; the message is one line for the user."""


@dataclass(frozen=True)
class ExportedTable:
    table: str
    rows: int
    path: str  # folder of the table's files, relative to the export folder
    partition_by: str | None
    files: int


def export_warehouse(
    con: duckdb.DuckDBPyConnection,
    out_dir: Path,
    *,
    on_table: Callable[[str], None] | None = None,
) -> list[ExportedTable]:
    """Write every table under ``out_dir``; ``on_table`` is told each table once it is written."""
    out_dir = Path(out_dir)
    _prepare(out_dir)
    written = []
    for table, rows in table_rows(con).items():
        written.append(_export_table(con, table, rows, out_dir))
        if on_table:
            on_table(table)
    manifest = {
        "exported_at": datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds"),
        "partition_column": PARTITION_COLUMN,
        "tables": [asdict(table) for table in written],
    }
    (out_dir / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return written


def _prepare(out_dir: Path) -> None:
    """Refuse to write into a folder holding anything but an earlier export."""
    if out_dir.exists() and not out_dir.is_dir():
        raise ExportError(f"cannot export to {out_dir}: it is a file")
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / MANIFEST).is_file():
        raise ExportError(
            f"{out_dir} is not empty and holds no earlier export: choose a new or empty folder"
        )
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ExportError(f"cannot create {out_dir}: {error}") from error


def _export_table(
    con: duckdb.DuckDBPyConnection, table: str, rows: int, out_dir: Path
) -> ExportedTable:
    folder = out_dir / table
    if folder.exists():
        shutil.rmtree(folder)  # the earlier export of this table (checked by _prepare)
    select = partition_select(con, table)
    if select is not None and rows > 0:
        _copy(con, select, folder, f"FORMAT parquet, PARTITION_BY ({PARTITION_COLUMN})")
        partition_by = PARTITION_COLUMN
    else:
        folder.mkdir(parents=True)
        # An empty partitioned table still gets one file, so readers find its columns.
        _copy(
            con, select or f'SELECT * FROM "{table}"', folder / f"{table}.parquet", "FORMAT parquet"
        )
        partition_by = None
    files = sum(1 for _ in folder.rglob("*.parquet"))
    return ExportedTable(table, rows, table, partition_by, files)


def _copy(con: duckdb.DuckDBPyConnection, select: str, target: Path, options: str) -> None:
    quoted = str(target).replace("'", "''")
    try:
        con.execute(f"COPY ({select}) TO '{quoted}' ({options})")
    except (duckdb.Error, OSError) as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise ExportError(f"cannot write {target}: {first}") from error
