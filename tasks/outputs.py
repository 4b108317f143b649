"""Derived outputs refreshed after a load: the search index, the HTML report, Parquet."""

from __future__ import annotations

from pathlib import Path

import duckdb
from prefect import get_run_logger, task
from prefect.cache_policies import NONE

from newsetl.analyst import export_warehouse, refresh_search_index
from newsetl.analyst.report import build_report
from newsetl.settings import Settings


@task(name="refresh-search-index", cache_policy=NONE)
def refresh_search(con: duckdb.DuckDBPyConnection) -> bool:
    """Rebuild the full-text index if articles changed; a failure is logged, not fatal."""
    logger = get_run_logger()
    try:
        rebuilt = refresh_search_index(con)
    except Exception as error:  # search is a convenience; the load already stands
        logger.warning("search index not refreshed: %s", error)
        return False
    logger.info("search index %s", "rebuilt" if rebuilt else "already current")
    return rebuilt


@task(name="build-report", cache_policy=NONE)
def write_report(con: duckdb.DuckDBPyConnection, settings: Settings) -> Path | None:
    """Write the HTML report beside the warehouse; a failure is logged, not fatal."""
    try:
        path = build_report(con, settings.report_path)
    except Exception as error:  # the report is derived; the load already stands
        get_run_logger().warning("report not written: %s", error)
        return None
    get_run_logger().info("report written to %s", path)
    return path


@task(name="export-parquet", cache_policy=NONE)
def export_parquet(con: duckdb.DuckDBPyConnection, settings: Settings) -> Path:
    exported = export_warehouse(con, settings.export_dir)
    get_run_logger().info("exported %d tables to %s", len(exported), settings.export_dir)
    return settings.export_dir
