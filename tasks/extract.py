"""Extract and clean: pages and documents into cleaned article copies."""

from __future__ import annotations

from dataclasses import dataclass, field

from prefect import get_run_logger, task
from prefect.cache_policies import NONE

from newsetl.copies import Extraction, clean_copies, extract_document, extract_page
from newsetl.models import Article, Candidate, FetchResult


@dataclass
class CopyBatch:
    copies: list[Article] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)  # source URLs with no article text
    errors: list[tuple[str, str]] = field(default_factory=list)  # (source URL, error)


@task(name="extract", task_run_name="extract-{label}", cache_policy=NONE)
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
