"""One batch end to end, shared by the ``ingest`` and ``reprocess`` flows.

pages -> copies -> stories (dedupe) -> entities and events -> gate -> one load.
"""

from __future__ import annotations

from newsetl.assemble import batch_write, staged_batch, with_extraction_outcomes
from newsetl.frontier import RefreshPolicy
from newsetl.models import Candidate, FetchResult
from newsetl.runstats import RunStats, count_batch, count_resolutions
from newsetl.settings import Settings
from tasks.caching import beside_warehouse
from tasks.dedupe import resolve_copies
from tasks.extract import extract_copies
from tasks.load import load_batch
from tasks.nlp import analyze_articles
from tasks.validate import validate_batch


def process_batch(
    batch: list[Candidate],
    pages: dict[str, FetchResult],
    fetch_log: list[FetchResult],
    settings: Settings,
    load_id: str,
    stats: RunStats,
    label: str,
) -> tuple[int, int]:
    """Process and load one batch; returns (rows validated, rows quarantined).

    ``pages`` are every page available to the batch; ``fetch_log`` the fetches
    made for it, recorded in the same transaction as its rows. Extraction and
    NLP results are cached beside the warehouse, so a retry redoes neither.
    """
    copies = beside_warehouse(extract_copies, settings)(batch, pages, label=label)
    for url in copies.empty:
        stats.fail(url, "no_article_text")
    for url, error in copies.errors:
        stats.fail(url, "extract_error", error)
    resolutions = resolve_copies(copies.copies, str(settings.warehouse), label=label)
    count_resolutions(stats, resolutions)
    staged_articles = [r.article for r in resolutions if r.article is not None]
    knowledge = beside_warehouse(analyze_articles, settings)(staged_articles, settings, label=label)
    for reason, count in knowledge.skipped_articles.items():
        stats.notes[f"nlp_skipped_{reason}"] += count
    staged = staged_batch(resolutions, knowledge)
    gate = validate_batch(staged, settings, load_id, label=label)
    count_batch(stats, staged, gate.passed, gate.quarantined)
    passed_ids = {article.article_id for article in gate.passed.articles}
    load_batch(
        str(settings.warehouse),
        load_id,
        batch_write(gate, with_extraction_outcomes(fetch_log, copies.empty, copies.errors)),
        [r for r in resolutions if r.article is None or r.article_id in passed_ids],
        {copy.source_url: copy.published_at for copy in copies.copies if copy.source_url},
        RefreshPolicy(recheck_days=settings.recheck_days),
        label=label,
    )
    return gate.rows_checked, len(gate.quarantined)
