"""Maintenance tasks: migrations and views, checkpoint, expired cached results."""

from __future__ import annotations

import duckdb
from prefect import get_run_logger, task
from prefect.cache_policies import NONE

from newsetl.settings import Settings
from newsetl.warehouse import migrate
from tasks.caching import prune_results


@task(name="refresh-warehouse", cache_policy=NONE)
def refresh_warehouse(con: duckdb.DuckDBPyConnection) -> None:
    applied = migrate(con)
    con.execute("CHECKPOINT")
    get_run_logger().info("migrations applied: %s; views refreshed", applied or "none")


@task(name="prune-cached-results", cache_policy=NONE)
def prune_cached_results(settings: Settings) -> int:
    pruned = prune_results(settings.warehouse)
    get_run_logger().info("expired cached results deleted: %d", pruned)
    return pruned
