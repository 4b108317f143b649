"""Putting one batch's rows together from the stages' outputs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from newsetl.dedupe import Resolution
from newsetl.models import Article, ArticleURL, Batch, FetchResult
from newsetl.urls import canonicalize_url
from newsetl.warehouse.batches import BatchWrite


def changed_articles(resolutions: Sequence[Resolution]) -> list[Article]:
    """The article rows this batch creates or changes, one per article id."""
    latest: dict[str, Article] = {}
    for resolution in resolutions:
        if resolution.article is not None:
            latest[resolution.article_id] = resolution.article
    return [latest[key] for key in sorted(latest)]


def article_urls(resolutions: Sequence[Resolution]) -> list[ArticleURL]:
    """Every URL or document of every copy, and each story's canonical URL.

    A story whose row changed restates all its links, those of earlier batches
    too, so their relations follow the new representative."""
    links: dict[str, ArticleURL] = {}
    for resolution in resolutions:
        url = _stored_url(resolution.copy.source_url)
        if url:
            links.setdefault(
                url,
                ArticleURL(url, resolution.article_id, resolution.relation, resolution.similarity),
            )
    for resolution in resolutions:
        for link in resolution.links or ():  # the story's links restated with its new row
            links[link.url] = link
    for article in changed_articles(resolutions):
        if article.canonical_url:
            links[article.canonical_url] = ArticleURL(
                article.canonical_url, article.article_id, "canonical", 1.0
            )
    return sorted(links.values(), key=lambda link: link.url)


def _stored_url(url: str | None) -> str | None:
    """URLs are stored canonicalised (no tracking parameters); documents as their file URI."""
    if not url or url.startswith("file:"):
        return url
    return canonicalize_url(url)


def staged_batch(resolutions: Sequence[Resolution], knowledge) -> Batch:
    return Batch(
        articles=changed_articles(resolutions),
        article_urls=article_urls(resolutions),
        entities=list(knowledge.entities),
        article_entities=list(knowledge.article_entities),
        events=list(knowledge.events),
        event_mentions=list(knowledge.event_mentions),
    )


def batch_write(gate, fetch_log: Sequence[FetchResult]) -> BatchWrite:
    """The rows to write: what passed the gate, what it quarantined, and the fetches made."""
    passed = gate.passed
    return BatchWrite(
        articles=passed.articles,
        article_urls=passed.article_urls,
        # Only replaced articles lose their old links; a quarantined one keeps what it had.
        reanalysed=[article.article_id for article in passed.articles],
        entities=passed.entities,
        article_entities=passed.article_entities,
        events=passed.events,
        event_mentions=passed.event_mentions,
        quarantined=gate.quarantined,
        fetch_results=list(fetch_log),
        validations=gate.validations,
    )


def with_extraction_outcomes(
    fetch_log: Sequence[FetchResult], empty: Sequence[str], errors: Sequence[tuple[str, str]]
) -> list[FetchResult]:
    """Fetched pages that gave no article are logged as such, each with its reason."""
    problems = {url: ("no_article_text", "no article text left after cleaning") for url in empty}
    problems.update({url: ("extract_error", error) for url, error in errors})
    return [
        replace(result, outcome=problems[result.url][0], error=problems[result.url][1])
        if result.outcome == "fetched" and result.url in problems
        else result
        for result in fetch_log
    ]
