"""The ``demo`` flow: serve the bundled sample sites on 127.0.0.1 and ingest them.

It needs no network: the sites' ``.example`` host names are routed to the local
server (like curl's ``--connect-to``), so URLs stay stable across runs.
"""

from __future__ import annotations

from prefect import flow

from flows.ingest import ingest
from newsetl.demo.server import serve_sample_site


@flow(name="demo", log_prints=True)
def demo(warehouse: str | None = None) -> dict:
    """Ingest the bundled sample news sites through their feeds and sitemaps."""
    with serve_sample_site() as site:
        print(f"Serving the sample sites on 127.0.0.1:{site.port}: {', '.join(site.sources)}")
        # The ingest body runs inside this flow run, so its tasks and artifacts show here.
        return ingest.fn(
            list(site.sources),
            warehouse=warehouse,
            allow_private_networks=True,
            per_host_delay_s=0.0,  # the sites are ours, on this machine
            connect_to={key: list(value) for key, value in site.host_map.items()},
        )
