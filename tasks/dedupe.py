"""Dedupe: decide which story each copy belongs to, against the whole warehouse."""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NONE

from newsetl.dedupe import DedupeIndex, DedupeSettings, Resolution
from newsetl.models import Article
from newsetl.warehouse import connect


@task(name="dedupe", task_run_name="dedupe-{label}", cache_policy=NONE)
def resolve_copies(copies: list[Article], warehouse: str, label: str = "batch") -> list[Resolution]:
    with connect(warehouse) as con:
        resolutions = DedupeIndex(con, DedupeSettings()).resolve(copies)
    statuses: dict[str, int] = {}
    for resolution in resolutions:
        statuses[resolution.status] = statuses.get(resolution.status, 0) + 1
    get_run_logger().info("%s: %s", label, statuses or "nothing to resolve")
    return resolutions
