"""The ``ingest-source`` flow: ingest one named source of ``sources.yaml``.

Deployments (``prefect.yaml``, ``newsetl serve``) run it on each source's schedule.
"""

from __future__ import annotations

from pathlib import Path

from prefect import flow, tags

from flows.ingest import ingest
from newsetl.settings import load_settings
from newsetl.sources_config import load_sources


@flow(name="ingest-source", flow_run_name="ingest-{name}", log_prints=True)
def ingest_source(name: str, sources_file: str | None = None, warehouse: str | None = None) -> dict:
    settings = load_settings(sources_file=Path(sources_file) if sources_file else None)
    sources = load_sources(settings.sources_file)
    if name not in sources:
        raise ValueError(f"no source named {name!r} in {settings.sources_file}")
    source = sources[name]
    with tags(f"source:{name}", f"kind:{source.kind}"):
        # The ingest body runs inside this flow run, so its tasks and artifacts show here.
        return ingest.fn(
            [source.location],
            warehouse=warehouse,
            per_host_delay_s=source.politeness_delay_s,
            per_host_concurrency=source.concurrency,
            recheck_days=source.refresh.recheck_days,
        )
