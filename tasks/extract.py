"""Extract and clean: pages and documents into cleaned article copies.

Cached (see ``tasks.caching``): a batch of the same pages and documents, met
again by a retried run, is not extracted twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from prefect import get_run_logger, task

from newsetl.copies import Extraction, clean_copies, extract_document, extract_page
from newsetl.extract import article as extract_module
from newsetl.models import Article, Candidate, FetchResult
from tasks.caching import cached_stage_options, stage_cache


@dataclass
class CopyBatch:
    copies: list[Article] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)  # source URLs with no article text
    errors: list[tuple[str, str]] = field(default_factory=list)  # (source URL, error)


def extraction_inputs(parameters: dict[str, Any]) -> Iterator[object]:
    """What ``extract_copies`` reads: every candidate, and of its page only the text
    and final URL (fetch times and attempts differ between fetches of the same page)."""
    yield extract_module.DEFAULT_SETTINGS
    pages: dict[str, FetchResult] = parameters["pages"]
    for candidate in parameters["candidates"]:
        yield candidate
        page = pages.get(candidate.url)
        yield (page.final_url, page.html) if page is not None and page.ok else None


@task(
    name="extract",
    task_run_name="extract-{label}",
    cache_policy=stage_cache(extraction_inputs),
    **cached_stage_options(),
)
def extract_copies(
    candidates: list[Candidate], pages: dict[str, FetchResult], label: str = "batch"
) -> CopyBatch:
    """Extract every fetched page and every document, then clean them site by site."""
    logger = get_run_logger()
    extractions: list[Extraction] = []
    errors = []
    for candidate in candidates:
        try:
            if candidate.document_text is not None:
                extractions.append(extract_document(candidate))
            elif (page := pages.get(candidate.url)) is not None and page.ok:
                extractions.append(extract_page(candidate, page.html or "", page.final_url))
        except Exception as error:  # one bad page must not sink the batch
            logger.warning("extract failed for %s: %r", candidate.url, error)
            errors.append((candidate.url, f"{type(error).__name__}: {error}"))
    copies, empty = clean_copies(extractions)
    logger.info("%s: %d copies, %d without article text", label, len(copies), len(empty))
    return CopyBatch(copies=copies, empty=empty, errors=errors)
