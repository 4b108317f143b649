"""Discover: turn the named sources into this run's candidates."""

from __future__ import annotations

from urllib.parse import urlsplit

from prefect import get_run_logger, task
from prefect.cache_policies import NONE

from newsetl.discover import (
    RemoteDiscovery,
    Source,
    classify_source,
    discover_remote,
    document_candidates,
    document_paths,
    url_list_candidates,
)
from newsetl.documents import parse_document, read_document
from newsetl.fetch import CrawlState, FetchRequest, fetch_all_sync
from newsetl.models import Candidate
from newsetl.settings import Settings
from newsetl.stage_settings import fetch_settings
from tasks.fetch import archived, domain_slots


@task(name="classify-sources", cache_policy=NONE)
def classify_sources(sources: list[str]) -> list[Source]:
    return [classify_source(source) for source in sources]


@task(name="discover", task_run_name="discover-{source.name}", cache_policy=NONE)
def discover_local(source: Source) -> list[Candidate]:
    logger = get_run_logger()
    if source.kind == "url_list":
        candidates = url_list_candidates(source)
    else:
        candidates = []
        for path in document_paths(source):
            text, fmt = read_document(path)
            original = parse_document(text, fmt).canonical_url if fmt != "html" else None
            candidates.extend(document_candidates(path, source.name, text, original))
    logger.info("%s: %d candidates", source.name, len(candidates))
    return candidates


@task(name="discover-remote", cache_policy=NONE, retries=0)
def discover_remote_sources(
    sources: list[Source], settings: Settings, crawl: CrawlState
) -> RemoteDiscovery:
    config = fetch_settings(settings)

    def fetch_feeds(urls: list[str]):
        requests = [FetchRequest(url, kind="feed") for url in urls]
        with domain_slots(urlsplit(url).hostname or "" for url in urls):
            fetched = fetch_all_sync(requests, config, state=crawl)
        return archived(fetched, settings)

    found = discover_remote(sources, fetch_feeds)
    logger = get_run_logger()
    for url, reason in found.errors:
        logger.warning("source %s yielded nothing: %s", url, reason)
    logger.info("remote sources: %d candidates", len(found.candidates))
    return found
