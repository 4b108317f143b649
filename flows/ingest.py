"""The ``ingest`` flow: sources -> candidates -> pages -> copies -> stories -> knowledge -> gate -> warehouse.

The flow only composes tasks. Work is done batch by batch, and each batch is
loaded in one transaction, so a crash loses at most the batch in flight (its
pages stay in the archive) and a re-run adds nothing twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from flows.batch import process_batch
from newsetl.discover import RemoteDiscovery, unique_by_url
from newsetl.fetch import CrawlState
from newsetl.frontier import unless_unchanged
from newsetl.models import Candidate, FetchResult
from newsetl.runstats import RunStats, count_fetch
from newsetl.settings import Settings, load_settings
from newsetl.urls import canonicalize_url
from newsetl.warehouse import connect, migrate
from newsetl.warehouse.loads import finish_load, start_load, utcnow
from newsetl.warehouse.reads import last_fetches, not_due
from tasks.discover import classify_sources, discover_local, discover_remote_sources
from tasks.fetch import fetch_pages
from tasks.outputs import refresh_search, write_report
from tasks.report import publish_run_report


class RunFailed(RuntimeError):
    """A systemic failure: the run as a whole could not do its work."""


@flow(name="ingest", log_prints=True)
def ingest(
    sources: list[str],
    warehouse: str | None = None,
    allow_private_networks: bool | None = None,
    connect_to: dict[str, list] | None = None,
    per_host_delay_s: float | None = None,
    per_host_concurrency: int | None = None,
    recheck_days: float | None = None,
) -> dict:
    """Fetch, extract, dedupe, analyse, validate and load the given sources once."""
    settings = load_settings(
        warehouse=warehouse,
        allow_private_networks=allow_private_networks,
        connect_to=connect_to,
        per_host_delay_s=per_host_delay_s,
        per_host_concurrency=per_host_concurrency,
        recheck_days=recheck_days,
    )
    load_id = str(flow_run.get_id() or uuid.uuid4())
    stats = RunStats()
    # Holding the connection for the whole run keeps other processes out of the file.
    with connect(settings.warehouse) as con:
        migrate(con)
        start_load(con, load_id, flow_run.get_id())
        status = "failed"
        try:
            failed_share = _run(sources, settings, load_id, stats)
            status = "completed"
        finally:
            finish_load(con, load_id, status, stats.as_counts())
        refresh_search(con)
        report = write_report(con, settings)
    publish_run_report(stats, settings, report)
    if failed_share > settings.max_failed_share:
        raise RunFailed(
            f"{failed_share:.0%} of rows failed validation (limit {settings.max_failed_share:.0%}); "
            "see the quarantine table and the Data Docs"
        )
    return stats.as_counts()


def _run(sources: Sequence[str], settings: Settings, load_id: str, stats: RunStats) -> float:
    logger = get_run_logger()
    classified = classify_sources(list(sources))
    candidates: list[Candidate] = []
    for source in classified:
        if source.kind != "remote":
            candidates.extend(discover_local(source))
    remote = [source for source in classified if source.kind == "remote"]
    crawl = CrawlState()  # robots.txt and host schedules, shared by every fetch of the run
    found = discover_remote_sources(remote, settings, crawl) if remote else RemoteDiscovery()
    candidates.extend(found.candidates)
    for url, reason in found.errors:
        stats.fail(url, reason.split(":")[0], reason)
    for page in found.pages.values():
        count_fetch(stats, page)
    candidates = unique_by_url(candidates, key=_dedupe_key)
    for candidate in candidates:
        stats.add("discovered", candidate.url)
    logger.info("discovered %d candidates from %d sources", len(candidates), len(classified))

    rows, failed_rows = 0, 0
    batches = list(_chunks(candidates, settings.batch_size))
    unlogged_source_fetches = list(found.fetches)
    for number, batch in enumerate(batches, start=1):
        label = f"batch-{number}-of-{len(batches)}"
        fresh = _fetch(batch, found.pages, settings, crawl, stats, label)
        pages = {**{c.url: found.pages[c.url] for c in batch if c.url in found.pages}, **fresh}
        fetch_log = [*unlogged_source_fetches, *fresh.values()]
        unlogged_source_fetches = []
        batch_rows, batch_failed = process_batch(
            batch, pages, fetch_log, settings, load_id, stats, label
        )
        rows += batch_rows
        failed_rows += batch_failed
    return failed_rows / rows if rows else 0.0


def _fetch(
    batch: list[Candidate],
    prefetched: dict[str, FetchResult],
    settings: Settings,
    crawl: CrawlState,
    stats: RunStats,
    label: str,
) -> dict[str, FetchResult]:
    """Fetch the batch's URLs that are due and were not fetched during discovery."""
    to_fetch = [c for c in batch if c.document_text is None and c.url not in prefetched]
    if not to_fetch:
        return {}
    with connect(settings.warehouse) as con:
        listed = [c.url for c in to_fetch if c.discovered_via in ("feed", "sitemap")]
        skipped = not_due(con, listed, utcnow())
        to_fetch = [c for c in to_fetch if c.url not in skipped]
        previous = last_fetches(con, [c.url for c in to_fetch])
    for url in skipped:
        stats.add("not_due", url)
    validators = {url: last.validators for url, last in previous.items() if last.validators}
    fetched = fetch_pages(to_fetch, validators, settings, crawl, label=label) if to_fetch else []
    bodies = {url: last.body_sha256 for url, last in previous.items()}
    fresh = {r.url: unless_unchanged(r, bodies.get(r.url)) for r in fetched}
    for result in fresh.values():
        count_fetch(stats, result)
    return fresh


def _dedupe_key(url: str) -> str:
    return url if url.startswith("file:") else canonicalize_url(url)


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]
