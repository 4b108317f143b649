"""The ``maintenance`` flow: keep the warehouse tidy and its derived outputs fresh."""

from __future__ import annotations

from prefect import flow

from newsetl.settings import load_settings
from newsetl.warehouse import connect
from tasks.maintenance import prune_cached_results, refresh_warehouse
from tasks.outputs import export_parquet, refresh_search, write_report
from tasks.report import publish_report_link


@flow(name="maintenance", log_prints=True)
def maintenance(warehouse: str | None = None) -> None:
    """Apply migrations, refresh views and the search index, export Parquet, rebuild the
    report, delete expired cached results."""
    settings = load_settings(warehouse=warehouse)
    with connect(settings.warehouse) as con:
        refresh_warehouse(con)
        refresh_search(con)
        export_parquet(con, settings)
        report = write_report(con, settings)
    prune_cached_results(settings)
    if report is not None:
        publish_report_link(report)
