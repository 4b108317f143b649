"""Every scheduled deployment in one process: what ``newsetl serve`` runs.

The same deployments as ``prefect.yaml``, built from ``sources.yaml``, served by
``prefect.serve`` with no work pool or worker to set up.
"""

from __future__ import annotations

from datetime import timedelta

from prefect import serve
from prefect.deployments.runner import RunnerDeployment

from flows.demo import demo
from flows.maintenance import maintenance
from flows.scheduled import ingest_source
from newsetl.settings import Settings
from newsetl.sources_config import SourceConfig, load_sources

MAINTENANCE_CRON = "30 3 * * *"


def source_deployment(name: str, source: SourceConfig, settings: Settings) -> RunnerDeployment:
    schedule = source.schedule
    timing = (
        {"cron": schedule.cron}
        if schedule.cron
        else {"interval": timedelta(seconds=schedule.interval)}
    )
    return ingest_source.to_deployment(
        name=name,
        parameters={"name": name, "sources_file": str(settings.sources_file)},
        tags=[f"source:{name}"],
        description=f"Ingest the {source.kind} source {name!r}: {source.location}",
        **timing,
    )


def deployments(settings: Settings) -> list[RunnerDeployment]:
    sources = load_sources(settings.sources_file)
    planned = [
        source_deployment(name, source, settings)
        for name, source in sources.items()
        if source.enabled
    ]
    planned.append(
        maintenance.to_deployment(name="maintenance", cron=MAINTENANCE_CRON, tags=["maintenance"])
    )
    planned.append(demo.to_deployment(name="demo", tags=["demo"]))
    return planned


def serve_all(settings: Settings) -> None:
    serve(*deployments(settings))
