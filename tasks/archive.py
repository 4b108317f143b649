"""Reading pages back from the raw archive, for reprocessing without fetching."""

from __future__ import annotations

from pathlib import Path

from prefect import get_run_logger, task
from prefect.cache_policies import NONE

from newsetl.archive import PageArchive
from newsetl.encoding import decode_html
from newsetl.models import FetchResult


@task(name="read-archive", task_run_name="read-archive-{label}", cache_policy=NONE)
def read_archived_pages(
    entries: list[tuple[str, str | None, str | None, str]], archive_dir: Path, label: str = "batch"
) -> dict[str, FetchResult]:
    """Each (url, final url, content type, archive key) as the page fetched then."""
    archive = PageArchive(archive_dir)
    pages = {}
    for url, final_url, content_type, key in entries:
        if key not in archive:
            get_run_logger().warning("%s: archived page %s is missing", url, key)
            continue
        html, _ = decode_html(archive.get(key), content_type)
        pages[url] = FetchResult(
            url,
            "fetched",
            final_url=final_url,
            content_type=content_type,
            html=html,
            body_sha256=key,
        )
    return pages
