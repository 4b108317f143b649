"""Run an analyst's SQL and render the result as a table, CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import Enum
from typing import Any
from uuid import UUID

import duckdb
from rich.table import Table
from rich.text import Text


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class QueryError(ValueError):
    """The SQL failed; the message is DuckDB's first line."""


@dataclass(frozen=True)
class QueryResult:
    columns: list[str]
    rows: list[tuple[Any, ...]]


def run_query(con: duckdb.DuckDBPyConnection, sql: str) -> QueryResult:
    if not sql.strip():
        raise QueryError("the query is empty")
    try:
        cursor = con.execute(sql)
        if cursor.description is None:
            return QueryResult(columns=[], rows=[])
        columns = [column[0] for column in cursor.description]
        return QueryResult(columns=columns, rows=cursor.fetchall())
    except duckdb.Error as error:
        raise QueryError(f"query failed: {_first_line(error)}") from error


def to_csv(result: QueryResult) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(result.columns)
    for row in result.rows:
        writer.writerow([_csv_value(value) for value in row])
    return buffer.getvalue()


def to_json(result: QueryResult) -> str:
    records = [dict(zip(result.columns, map(plain_value, row), strict=True)) for row in result.rows]
    return json.dumps(records, ensure_ascii=False, indent=2)


def to_table(
    result: QueryResult, *, max_rows: int, max_cell_chars: int, title: str | None = None
) -> Table:
    """A rich table of the first ``max_rows`` rows; the caption says how many were left out."""
    table = Table(title=title, show_lines=False, header_style="bold")
    for column in result.columns:
        table.add_column(Text(column), overflow="fold")
    for row in result.rows[:max_rows]:  # Text, not markup: "[/b]" in data prints as written
        table.add_row(*(Text(_cell(value, max_cell_chars)) for value in row))
    hidden = len(result.rows) - max_rows
    shown = f"{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}"
    table.caption = (
        f"{shown}, first {max_rows} shown (--format csv or json prints all)"
        if hidden > 0
        else shown
    )
    return table


def plain_value(value: Any) -> Any:
    """A JSON-ready form of a DuckDB value (dates as ISO text, maps as objects)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, dict):
        return {str(plain_value(key)): plain_value(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain_value(item) for item in value]
    return str(value)


def _csv_value(value: Any) -> Any:
    plain = plain_value(value)
    return json.dumps(plain, ensure_ascii=False) if isinstance(plain, list | dict) else plain


def _cell(value: Any, max_chars: int) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    plain = plain_value(value)
    text = json.dumps(plain, ensure_ascii=False) if isinstance(plain, list | dict) else str(plain)
    text = " ".join(text.split())
    return text if len(text) <= max_chars else text[: max_chars - 1] + "…"


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__
