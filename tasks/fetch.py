"""Fetch: download a batch of candidate pages politely and archive every body."""

from __future__ import annotations

from dataclasses import replace

from newsetl.fetch import FetchRequest, fetch_all_sync
from prefect import get_run_logger, task
from prefect.cache_policies import NONE

from newsetl.archive import PageArchive
from newsetl.models import Candidate, FetchResult
from newsetl.settings import Settings
from newsetl.stage_settings import fetch_settings


@task(name="fetch", task_run_name="fetch-{label}", cache_policy=NONE)
def fetch_pages(
    candidates: list[Candidate],
    validators: dict[str, tuple[str | None, str | None]],
    settings: Settings,
    label: str = "batch",
) -> list[FetchResult]:
    """Fetch every candidate URL (conditionally when validators are known)."""
    logger = get_run_logger()
    requests = [
        FetchRequest(c.url, *validators.get(c.url, (None, None)), kind="page") for c in candidates
    ]
    results = fetch_all_sync(requests, fetch_settings(settings))
    archive = PageArchive(settings.archive_dir)
    archived = [_archived(archive, result) for result in results]
    for result in archived:
        logger.debug("%s -> %s %s", result.url, result.outcome, result.error or "")
    logger.info(
        "%s: fetched %d of %d", label, sum(r.outcome == "fetched" for r in archived), len(archived)
    )
    return archived


def _archived(archive: PageArchive, result: FetchResult) -> FetchResult:
    if result.ok and not result.body_sha256:
        return replace(result, body_sha256=archive.put(result.html or ""))
    return result
