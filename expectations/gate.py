"""The gate: validate a batch table by table, keep the rows that pass, quarantine the rest.

Each table's suite runs once over the whole batch; GX's unexpected index lists
name the failing rows, and rows then follow their parents (``dependants``).
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from expectations.article import LATEST_PUBLISHED
from expectations.context import GateContext, SuiteRun, gate_context
from expectations.dependants import Failures, follow_parents
from expectations.payload import json_safe
from expectations.references import References, batch_references
from expectations.results import ValidationRow, failing_rows, validation_row
from expectations.settings import GateSettings
from expectations.tables import TABLES, Table, row_count
from newsetl.models import Batch, QuarantineRow

logger = logging.getLogger(__name__)


@dataclass
class GateResult:
    passed: Batch
    quarantined: list[QuarantineRow]
    validations: list[ValidationRow]
    failed_share: float  # quarantined rows / rows checked, over all tables
    failed: bool  # failed_share is over the settings' max_failed_share
    data_docs_index: Path | None
    message: str
    rows_checked: int = 0
    quarantined_by_table: dict[str, int] = field(default_factory=dict)


def gate_batch(
    batch: Batch,
    settings: GateSettings,
    *,
    run_id: str,
    known_entity_ids: Collection[str] = (),
    known_article_ids: Collection[str] = (),
) -> GateResult:
    """Validate ``batch``; ``known_*_ids`` are rows already in the warehouse it may refer to."""
    gate = gate_context(settings)
    run_time = datetime.now(UTC)
    references = batch_references(batch, known_article_ids, known_entity_ids)
    parameters = {LATEST_PUBLISHED: (run_time + settings.max_future_skew).replace(tzinfo=None)}
    failures: Failures = {}
    runs: list[SuiteRun] = []
    validations: list[ValidationRow] = []
    with gate.lock:
        for table in TABLES:
            records = getattr(batch, table.batch_field)
            if not records:
                continue
            run, table_failures, rows = _validate_table(
                gate, table, records, references, run_id, run_time, parameters
            )
            failures[table.name] = table_failures
            validations.extend(rows)
            if run is not None:
                runs.append(run)
        docs_index = gate.publish(runs)
    follow_parents(batch, failures)
    passed, quarantined = _split(batch, failures)
    return _result(batch, passed, quarantined, validations, settings, docs_index)


def _validate_table(
    gate: GateContext,
    table: Table,
    records: list[Any],
    references: References,
    run_id: str,
    run_time: datetime,
    parameters: dict[str, Any],
) -> tuple[SuiteRun | None, dict[int, list[str]], list[ValidationRow]]:
    validated_at = run_time.replace(tzinfo=None)
    try:
        frame = table.build_frame(records, references)
        run = gate.validate(table, frame, run_name=run_id, run_time=run_time, parameters=parameters)
    except Exception as error:  # the gate stays closed: every row of the table fails
        logger.exception("the %s suite could not run", table.name)
        name = f"suite_error({table.name})"
        return (
            None,
            {row: [name] for row in range(len(records))},
            [_suite_error_row(table, run_id, validated_at, error, len(records))],
        )
    table_failures: dict[int, list[str]] = defaultdict(list)
    rows = []
    for result in run.result.results:
        row = validation_row(result, load_id=run_id, suite=table.name, validated_at=validated_at)
        rows.append(row)
        for number in failing_rows(result, len(records)):
            table_failures[number].append(row.expectation)
    return run, dict(table_failures), rows


def _suite_error_row(
    table: Table, run_id: str, validated_at: datetime, error: Exception, count: int
) -> ValidationRow:
    return ValidationRow(
        load_id=run_id,
        suite=table.name,
        expectation=f"suite_error({table.name})",
        expectation_type="suite_error",
        column_names=None,
        kwargs={},
        success=False,
        element_count=count,
        unexpected_count=count,
        unexpected_percent=100.0,
        error=f"{type(error).__name__}: {error}",
        validated_at=validated_at,
    )


def _split(batch: Batch, failures: Failures) -> tuple[Batch, list[QuarantineRow]]:
    passed = Batch()
    quarantined: list[QuarantineRow] = []
    for table in TABLES:
        table_failures = failures.get(table.name, {})
        kept = getattr(passed, table.batch_field)
        for number, record in enumerate(getattr(batch, table.batch_field)):
            names = table_failures.get(number)
            if not names:
                kept.append(record)
                continue
            quarantined.append(
                QuarantineRow(
                    table_name=table.name,
                    record_key=table.record_key(record),
                    failed_expectations=list(dict.fromkeys(names)),
                    payload=json_safe(record),
                )
            )
    return passed, quarantined


def _result(
    batch: Batch,
    passed: Batch,
    quarantined: list[QuarantineRow],
    validations: list[ValidationRow],
    settings: GateSettings,
    docs_index: Path | None,
) -> GateResult:
    checked = row_count(batch)
    share = len(quarantined) / checked if checked else 0.0
    by_table = dict(Counter(row.table_name for row in quarantined))
    failed = share > settings.max_failed_share
    return GateResult(
        passed=passed,
        quarantined=quarantined,
        validations=validations,
        failed_share=share,
        failed=failed,
        data_docs_index=docs_index,
        message=describe(len(quarantined), checked, by_table, settings.max_failed_share, failed),
        rows_checked=checked,
        quarantined_by_table=by_table,
    )


def describe(
    quarantined: int, checked: int, by_table: dict[str, int], limit: float, failed: bool
) -> str:
    if not quarantined:
        return f"all {checked} rows passed validation"
    tables = ", ".join(f"{name} {count}" for name, count in sorted(by_table.items()))
    share = quarantined / checked
    verdict = (
        f"over the limit of {limit:.0%}: the batch fails"
        if failed
        else f"within the limit of {limit:.0%}"
    )
    return f"{quarantined} of {checked} rows quarantined ({share:.1%}; {tables}), {verdict}"
