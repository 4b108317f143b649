"""Fetch: download a batch of candidate pages politely and archive every body."""

from __future__ import annotations

from dataclasses import replace

from prefect import get_run_logger, task
from prefect.cache_policies import NONE

from newsetl.archive import PageArchive
from newsetl.fetch import CrawlState, FetchRequest, fetch_all_sync
from newsetl.models import Candidate, FetchResult
from newsetl.settings import Settings
from newsetl.stage_settings import fetch_settings


@task(name="fetch", task_run_name="fetch-{label}", cache_policy=NONE)
def fetch_pages(
    candidates: list[Candidate],
    validators: dict[str, tuple[str | None, str | None]],
    settings: Settings,
    crawl: CrawlState,
    label: str = "batch",
) -> list[FetchResult]:
    """Fetch every candidate URL (conditionally when validators are known)."""
    requests = [
        FetchRequest(c.url, *validators.get(c.url, (None, None)), kind="page") for c in candidates
    ]
    results = archived(fetch_all_sync(requests, fetch_settings(settings), state=crawl), settings)
    logger = get_run_logger()
    for result in results:
        logger.debug("%s -> %s %s", result.url, result.outcome, result.error or "")
    logger.info(
        "%s: fetched %d of %d", label, sum(r.outcome == "fetched" for r in results), len(results)
    )
    return results


def archived(results, settings: Settings) -> list[FetchResult]:
    """Store each body in the archive and keep only its key (bodies can be large)."""
    archive = PageArchive(settings.archive_dir)
    kept = []
    for result in results:
        body = getattr(result, "raw_body", None)
        if body is not None:
            result = replace(result, raw_body=None, body_sha256=archive.put(body))
        kept.append(result)
    return kept
