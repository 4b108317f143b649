"""Load: write one validated batch into the warehouse in a single transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from prefect import get_run_logger, task
from prefect.cache_policies import NONE

from newsetl.dedupe import DedupeIndex, DedupeSettings, Resolution
from newsetl.frontier import RefreshPolicy, advance_all
from newsetl.warehouse import connect
from newsetl.warehouse.batches import BatchWrite, write_batch
from newsetl.warehouse.loads import utcnow
from newsetl.warehouse.reads import frontier_entries


@task(
    name="load", task_run_name="load-{label}", cache_policy=NONE, retries=2, retry_delay_seconds=1
)
def load_batch(
    warehouse: str,
    load_id: str,
    batch: BatchWrite,
    resolutions: list[Resolution],
    published_by_url: dict[str, datetime | None],
    policy: RefreshPolicy,
    label: str = "batch",
) -> None:
    """Write the batch, its dedupe signatures and the frontier's next fetch times."""
    with connect(warehouse) as con:
        fetched = [r for r in batch.fetch_results if not r.url.startswith("file:")]
        previous = frontier_entries(con, [r.url for r in fetched])
        frontier = advance_all(previous, fetched, published_by_url, utcnow(), policy)
        index = DedupeIndex(con, DedupeSettings())
        write_batch(
            con,
            load_id,
            replace(batch, frontier=frontier),
            also=[lambda _con: index.persist(resolutions)],
        )
    get_run_logger().info(
        "%s: loaded %d articles, %d entities, %d events, %d quarantined",
        label,
        len(batch.articles),
        len(batch.entities),
        len(batch.events),
        len(batch.quarantined),
    )
