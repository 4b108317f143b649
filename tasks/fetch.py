"""Fetch: download a batch of candidate pages politely and archive every body."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from urllib.parse import urlsplit

from prefect import get_run_logger, task
from prefect.cache_policies import NONE
from prefect.client.orchestration import get_client
from prefect.concurrency.sync import concurrency
from prefect.exceptions import ObjectAlreadyExists

from newsetl.archive import PageArchive
from newsetl.fetch import CrawlState, FetchRequest, fetch_all_sync
from newsetl.models import Candidate, FetchResult
from newsetl.settings import Settings
from newsetl.stage_settings import fetch_settings

DOMAIN_LIMIT_PREFIX = "fetch-"
# The slot is renewed while its run lives; a killed run's slot frees this long after.
DOMAIN_SLOT_LEASE_S = 60


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
    with domain_slots(urlsplit(c.url).hostname or "" for c in candidates):
        fetched = fetch_all_sync(requests, fetch_settings(settings), state=crawl)
    results = archived(fetched, settings)
    logger = get_run_logger()
    for result in results:
        logger.debug("%s -> %s %s", result.url, result.outcome, result.error or "")
    logger.info(
        "%s: fetched %d of %d", label, sum(r.outcome == "fetched" for r in results), len(results)
    )
    return results


@contextmanager
def domain_slots(hosts: Iterable[str]) -> Iterator[None]:
    """Hold one slot of each host's global concurrency limit while fetching from it.

    The limits live in the Prefect server, so two overlapping runs (or two
    workers) never crawl the same host at once; within a run, the fetcher's own
    per-host concurrency and delay apply.
    """
    names = [f"{DOMAIN_LIMIT_PREFIX}{host}" for host in sorted(set(hosts)) if host]
    if not names:
        yield
        return
    _ensure_limits(names)
    with concurrency(names, occupy=1, lease_duration=DOMAIN_SLOT_LEASE_S):
        yield


def _ensure_limits(names: list[str]) -> None:
    with get_client(sync_client=True) as client:
        for name in names:
            # An overlapping run may create it between our read and our create.
            with suppress(ObjectAlreadyExists):
                client.upsert_global_concurrency_limit_by_name(name, limit=1)


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
