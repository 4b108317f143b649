"""The ``reprocess`` flow: rebuild articles, entities and events from the raw archive.

Run it after the extractor, cleaner or NLP improve: nothing is fetched again.
"""

from __future__ import annotations

import uuid

from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from flows.batch import process_batch
from newsetl.models import Candidate
from newsetl.runstats import RunStats
from newsetl.settings import load_settings
from newsetl.warehouse import connect, migrate
from newsetl.warehouse.loads import finish_load, start_load
from newsetl.warehouse.reads import archived_pages
from tasks.archive import read_archived_pages
from tasks.outputs import refresh_search, write_report
from tasks.report import publish_run_report


@flow(name="reprocess", log_prints=True)
def reprocess(warehouse: str | None = None) -> dict:
    settings = load_settings(warehouse=warehouse)
    load_id = str(flow_run.get_id() or uuid.uuid4())
    stats = RunStats()
    with connect(settings.warehouse) as con:
        migrate(con)
        start_load(con, load_id, flow_run.get_id())
        entries = archived_pages(con)
        status = "failed"
        try:
            get_run_logger().info("reprocessing %d archived pages", len(entries))
            for start in range(0, len(entries), settings.batch_size):
                chunk = entries[start : start + settings.batch_size]
                label = f"archive-{start // settings.batch_size + 1}"
                pages = read_archived_pages(chunk, settings.archive_dir, label=label)
                batch = [
                    Candidate(url=url, source="archive", discovered_via="url") for url in pages
                ]
                process_batch(batch, pages, [], settings, load_id, stats, label)
            status = "completed"
        finally:
            finish_load(con, load_id, status, stats.as_counts())
        refresh_search(con)
        report = write_report(con, settings)
    publish_run_report(stats, settings, report)
    return stats.as_counts()
