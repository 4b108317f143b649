"""Maintenance tasks: migrations and views, checkpoint."""

from __future__ import annotations

from prefect import get_run_logger, task
from prefect.cache_policies import NONE

from newsetl.settings import Settings
from newsetl.warehouse import connect, migrate


@task(name="refresh-warehouse", cache_policy=NONE)
def refresh_warehouse(settings: Settings) -> None:
    with connect(settings.warehouse) as con:
        applied = migrate(con)
        con.execute("CHECKPOINT")
    get_run_logger().info("migrations applied: %s; views refreshed", applied or "none")
