"""Reading GX validation results: readable names, failing rows, ``validation`` table rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from expectations.frames import ROW_NUMBER
from expectations.payload import json_safe

# Kwargs that name the checked columns or steer GX, not what is expected.
_NOT_SUMMARISED = {"batch_id", "column", "column_A", "column_B", "column_list", "result_format"}
_LONGEST_LIST_KEPT = 10


@dataclass(slots=True)
class ValidationRow:
    """One row of the warehouse's ``validation`` table: one expectation on one batch."""

    load_id: str
    suite: str
    expectation: str  # readable: type(columns)
    expectation_type: str
    column_names: str | None
    kwargs: dict
    success: bool
    element_count: int | None
    unexpected_count: int | None
    unexpected_percent: float | None
    error: str | None
    validated_at: datetime


def checked_columns(kwargs: dict[str, Any]) -> list[str]:
    if "column" in kwargs:
        return [kwargs["column"]]
    if "column_A" in kwargs:
        return [kwargs["column_A"], kwargs["column_B"]]
    return list(kwargs.get("column_list") or [])


def expectation_name(expectation_type: str, kwargs: dict[str, Any]) -> str:
    """E.g. ``expect_column_values_to_be_between(published_at)``."""
    return f"{expectation_type}({', '.join(checked_columns(kwargs))})"


def error_of(result: Any) -> str | None:
    """GX's message when an expectation could not be evaluated, else ``None``."""
    info = result.exception_info or {}
    reports = [info] if "raised_exception" in info else list(info.values())
    for report in reports:
        if isinstance(report, dict) and report.get("raised_exception"):
            return str(report.get("exception_message") or "unknown error")
    return None


def failing_rows(result: Any, row_count: int) -> list[int]:
    """Row numbers of the rows an expectation found unexpected.

    An expectation that could not be evaluated, or that failed without naming
    rows, fails every row: the gate stays closed when it cannot tell.
    """
    if result.success and error_of(result) is None:
        return []
    indexed = (result.result or {}).get("unexpected_index_list")
    if error_of(result) is not None or indexed is None:
        return list(range(row_count))
    return [int(item[ROW_NUMBER]) for item in indexed]


def validation_row(
    result: Any, *, load_id: str, suite: str, validated_at: datetime
) -> ValidationRow:
    config = result.expectation_config
    kwargs = dict(config.kwargs)
    counts = result.result or {}
    columns = checked_columns(kwargs)
    return ValidationRow(
        load_id=load_id,
        suite=suite,
        expectation=expectation_name(config.type, kwargs),
        expectation_type=config.type,
        column_names=", ".join(columns) or None,
        kwargs=summarise(kwargs),
        success=bool(result.success),
        element_count=counts.get("element_count"),
        unexpected_count=counts.get("unexpected_count"),
        unexpected_percent=counts.get("unexpected_percent"),
        error=error_of(result),
        validated_at=validated_at,
    )


def summarise(kwargs: dict[str, Any]) -> dict[str, Any]:
    """The expectation's arguments, long value sets shortened to their size."""
    summary = {}
    for name, value in kwargs.items():
        if name in _NOT_SUMMARISED or value is None:
            continue
        if isinstance(value, list | tuple | set | frozenset) and len(value) > _LONGEST_LIST_KEPT:
            value = f"{len(value)} values"
        summary[name] = json_safe(value)
    return summary
