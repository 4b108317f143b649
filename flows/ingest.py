"""The ``ingest`` flow: sources -> candidates -> pages -> copies -> stories -> knowledge -> gate -> warehouse.

The flow only composes tasks. Work is done batch by batch, and each batch is
loaded in one transaction, so a crash loses at most the batch in flight (its
pages stay in the archive) and a re-run adds nothing twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from newsetl.urls import canonicalize_url
from prefect import flow, get_run_logger
from prefect.runtime import flow_run

from newsetl.assemble import staged_batch
from newsetl.discover import unique_by_url
from newsetl.frontier import RefreshPolicy
from newsetl.models import Candidate, FetchResult
from newsetl.runstats import RunStats, count_batch, count_fetch, count_resolutions
from newsetl.settings import Settings, load_settings
from newsetl.warehouse import connect, migrate
from newsetl.warehouse.batches import BatchWrite
from newsetl.warehouse.loads import finish_load, start_load, utcnow
from newsetl.warehouse.reads import not_due, validators_for
from tasks.dedupe import resolve_copies
from tasks.discover import classify_sources, discover_local, discover_remote_sources
from tasks.extract import extract_copies
from tasks.fetch import fetch_pages
from tasks.load import load_batch
from tasks.nlp import analyze_articles
from tasks.report import publish_run_report
from tasks.validate import validate_batch


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
    publish_run_report(stats, settings)
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
    prefetched: dict[str, FetchResult] = {}
    source_fetches: list[FetchResult] = []
    if remote:
        found = discover_remote_sources(remote, settings)
        candidates.extend(found.candidates)
        prefetched = found.pages
        source_fetches = found.fetches
        for url, reason in found.errors:
            stats.fail(url, reason.split(":")[0], reason)
    candidates = unique_by_url(candidates, key=_dedupe_key)
    for candidate in candidates:
        stats.add("discovered", candidate.url)
    logger.info("discovered %d candidates from %d sources", len(candidates), len(classified))

    rows, failed_rows = 0, 0
    batches = list(_chunks(candidates, settings.batch_size))
    for number, batch in enumerate(batches, start=1):
        label = f"batch-{number}-of-{len(batches)}"
        fetches = source_fetches if number == 1 else []
        batch_rows, batch_failed = _process_batch(
            batch, prefetched, fetches, settings, load_id, stats, label
        )
        rows += batch_rows
        failed_rows += batch_failed
    return failed_rows / rows if rows else 0.0


def _process_batch(
    batch: list[Candidate],
    prefetched: dict[str, FetchResult],
    source_fetches: list[FetchResult],
    settings: Settings,
    load_id: str,
    stats: RunStats,
    label: str,
) -> tuple[int, int]:
    """One batch end to end; returns (rows validated, rows quarantined)."""
    pages = _fetch(batch, prefetched, settings, stats, label)
    copies = extract_copies(batch, pages, label=label)
    for url in copies.empty:
        stats.fail(url, "no_article_text")
    for url, error in copies.errors:
        stats.fail(url, "extract_error", error)
    resolutions = resolve_copies(copies.copies, str(settings.warehouse), label=label)
    count_resolutions(stats, resolutions)
    staged_articles = [r.article for r in resolutions if r.article is not None]
    knowledge = analyze_articles(_unique_articles(staged_articles), settings, label=label)
    for reason, count in knowledge.skipped_articles.items():
        stats.notes[f"nlp_skipped_{reason}"] += count
    staged = staged_batch(resolutions, knowledge)
    gate = validate_batch(staged, settings, load_id, label=label)
    count_batch(stats, staged, gate.passed, gate.quarantined)
    write = BatchWrite(
        articles=gate.passed.articles,
        article_urls=gate.passed.article_urls,
        reanalysed=[article.article_id for article in staged.articles],
        entities=gate.passed.entities,
        article_entities=gate.passed.article_entities,
        events=gate.passed.events,
        event_mentions=gate.passed.event_mentions,
        quarantined=gate.quarantined,
        fetch_results=[*source_fetches, *pages.values()],
        validations=gate.validations,
    )
    passed_ids = {article.article_id for article in gate.passed.articles}
    load_batch(
        str(settings.warehouse),
        load_id,
        write,
        [r for r in resolutions if r.article is None or r.article_id in passed_ids],
        {copy.source_url: copy.published_at for copy in copies.copies if copy.source_url},
        RefreshPolicy(recheck_days=settings.recheck_days),
        label=label,
    )
    validated = len(staged.articles) + len(staged.entities) + len(staged.events)
    return validated, len(gate.quarantined)


def _fetch(
    batch: list[Candidate],
    prefetched: dict[str, FetchResult],
    settings: Settings,
    stats: RunStats,
    label: str,
) -> dict[str, FetchResult]:
    """Fetch the batch's URLs (sources already fetched during discovery are reused)."""
    pages = {c.url: prefetched[c.url] for c in batch if c.url in prefetched}
    to_fetch = [c for c in batch if c.document_text is None and c.url not in pages]
    if to_fetch:
        with connect(settings.warehouse) as con:
            listed = [c.url for c in to_fetch if c.discovered_via in ("feed", "sitemap")]
            skipped = not_due(con, listed, utcnow())
            to_fetch = [c for c in to_fetch if c.url not in skipped]
            validators = validators_for(con, [c.url for c in to_fetch])
        for url in skipped:
            stats.add("not_due", url)
        if to_fetch:
            for result in fetch_pages(to_fetch, validators, settings, label=label):
                pages[result.url] = result
    for result in pages.values():
        count_fetch(stats, result)
    return pages


def _unique_articles(articles):
    by_id = {article.article_id: article for article in articles}
    return [by_id[key] for key in sorted(by_id)]


def _dedupe_key(url: str) -> str:
    return url if url.startswith("file:") else canonicalize_url(url)


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]
