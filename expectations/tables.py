"""The tables the gate validates, in dependency order, each with its suite builder."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from expectations import article, article_entity, article_url, entity, event, event_mention
from expectations.gx import gxe
from expectations.references import References
from expectations.settings import GateSettings
from newsetl.models import Batch


@dataclass(frozen=True)
class Table:
    name: str  # the warehouse table, and the name of its suite
    batch_field: str  # the ``Batch`` attribute holding its records
    key: tuple[str, ...]  # the columns naming a record
    build_frame: Callable[[Sequence[Any], References], pd.DataFrame]
    build_suite: Callable[[GateSettings], list[gxe.Expectation]]

    def record_key(self, record: Any) -> str:
        return "/".join(str(getattr(record, column)) for column in self.key)


def _table(module: Any, batch_field: str) -> Table:
    return Table(module.NAME, batch_field, module.KEY, module.build_frame, module.build_suite)


def row_count(batch: Batch) -> int:
    """All rows of ``batch``, over every table the gate validates."""
    return sum(len(getattr(batch, table.batch_field)) for table in TABLES)


TABLES: tuple[Table, ...] = (
    _table(article, "articles"),
    _table(entity, "entities"),
    _table(article_url, "article_urls"),
    _table(article_entity, "article_entities"),
    _table(event, "events"),
    _table(event_mention, "event_mentions"),
)
