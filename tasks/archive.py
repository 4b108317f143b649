"""Reading pages back from the raw archive, for reprocessing without fetching."""

from __future__ import annotations

from pathlib import Path

from prefect import get_run_logger, task
from prefect.cache_policies import NONE

from newsetl.archive import PageArchive
from newsetl.models import FetchResult


@task(name="read-archive", task_run_name="read-archive-{label}", cache_policy=NONE)
def read_archived_pages(
    entries: list[tuple[str, str | None, str]], archive_dir: Path, label: str = "batch"
) -> dict[str, FetchResult]:
    archive = PageArchive(archive_dir)
    pages = {}
    for url, final_url, key in entries:
        if key not in archive:
            get_run_logger().warning("%s: archived page %s is missing", url, key)
            continue
        pages[url] = FetchResult(
            url, "fetched", final_url=final_url, html=archive.get(key), body_sha256=key
        )
    return pages
