"""Load: write one validated batch into the warehouse in a single transaction."""

from __future__ import annotations

from newsetl.dedupe import DedupeIndex, DedupeSettings, Resolution
from prefect import get_run_logger, task
from prefect.cache_policies import NONE

from newsetl.warehouse import connect
from newsetl.warehouse.batches import BatchWrite, write_batch


@task(
    name="load", task_run_name="load-{label}", cache_policy=NONE, retries=2, retry_delay_seconds=1
)
def load_batch(
    warehouse: str,
    load_id: str,
    batch: BatchWrite,
    resolutions: list[Resolution],
    label: str = "batch",
) -> None:
    with connect(warehouse) as con:
        index = DedupeIndex(con, DedupeSettings())
        write_batch(con, load_id, batch, also=[lambda c: index.persist(resolutions)])
    get_run_logger().info(
        "%s: loaded %d articles, %d entities, %d events, %d quarantined",
        label,
        len(batch.articles),
        len(batch.entities),
        len(batch.events),
        len(batch.quarantined),
    )
