"""Turning a table's records into the DataFrame its suite validates.

Every frame carries ``row_number`` (the record's position in the batch) so that
GX's unexpected index lists name exactly the rows that failed.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

import pandas as pd

ROW_NUMBER = "row_number"


def frame(columns: dict[str, Sequence[Any]], size: int) -> pd.DataFrame:
    data = dict(columns)
    data[ROW_NUMBER] = range(size)
    return pd.DataFrame(data)


def values(records: Sequence[Any], name: str) -> list[Any]:
    return [getattr(record, name) for record in records]


def found(references: Iterable[str | None], known: Collection[str]) -> list[bool | None]:
    """Whether each reference names a known id; ``None`` where there is no reference."""
    return [None if ref is None else ref in known for ref in references]


def timestamps(items: Iterable[datetime | date | None]) -> pd.Series:
    """Naive UTC timestamps: the warehouse's convention, and one comparable type for GX."""
    return pd.Series([naive_utc(item) for item in items], dtype="datetime64[us]")


def naive_utc(value: datetime | date | None) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, date):
        raise TypeError(f"expected a date or datetime, got {type(value).__name__}: {value!r}")
    if not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day)
    if value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value
