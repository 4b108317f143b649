"""Maintenance tasks: migrations and views, checkpoint."""

from __future__ import annotations

import duckdb
from prefect import get_run_logger, task
from prefect.cache_policies import NONE

from newsetl.warehouse import migrate


@task(name="refresh-warehouse", cache_policy=NONE)
def refresh_warehouse(con: duckdb.DuckDBPyConnection) -> None:
    applied = migrate(con)
    con.execute("CHECKPOINT")
    get_run_logger().info("migrations applied: %s; views refreshed", applied or "none")
