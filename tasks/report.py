"""Run report: the artifacts the Prefect UI shows for every ingest run."""

from __future__ import annotations

from pathlib import Path

from prefect import task
from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact
from prefect.cache_policies import NONE

from newsetl.runstats import RunStats
from newsetl.settings import Settings


@task(name="publish-run-report", cache_policy=NONE)
def publish_run_report(stats: RunStats, settings: Settings, report: Path | None = None) -> None:
    create_table_artifact(
        table=stats.table(),
        key="ingest-counts",
        description="Counts per stage and per domain for this run",
    )
    create_markdown_artifact(
        markdown=stats.failures_markdown(),
        key="ingest-failures",
        description="Failures by reason, with examples",
    )
    docs_index = settings.data_docs_dir / "index.html"
    if docs_index.exists():
        create_link_artifact(
            link=docs_index.resolve().as_uri(),
            link_text="Great Expectations Data Docs",
            key="data-docs",
            description="Validation results of every batch",
        )
    if report is not None:
        publish_report_link(report)


def publish_report_link(report: Path) -> None:
    create_link_artifact(
        link=report.resolve().as_uri(),
        link_text="Warehouse report (events, entities, sources)",
        key="warehouse-report",
        description="Charts of the whole warehouse after this run",
    )
