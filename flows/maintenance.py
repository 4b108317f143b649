"""The ``maintenance`` flow: keep the warehouse tidy and its derived outputs fresh."""

from __future__ import annotations

from prefect import flow

from newsetl.settings import load_settings
from tasks.maintenance import refresh_warehouse


@flow(name="maintenance", log_prints=True)
def maintenance(warehouse: str | None = None) -> None:
    settings = load_settings(warehouse=warehouse)
    refresh_warehouse(settings)
