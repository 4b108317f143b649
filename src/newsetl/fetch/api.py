"""Fetch many URLs at once: the entry points the rest of newsetl calls."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from newsetl.fetch.addresses import Resolver
from newsetl.fetch.config import FetchRequest, FetchSettings
from newsetl.fetch.responses import FetchedPage
from newsetl.fetch.session import FetchSession
from newsetl.fetch.state import CrawlState


async def fetch_all(
    requests: Sequence[FetchRequest | str],
    settings: FetchSettings,
    *,
    state: CrawlState | None = None,
    resolver: Resolver | None = None,
) -> list[FetchedPage]:
    """One result per request, in the same order; a URL's failure is its result, not an error.

    Pass the same ``state`` to successive calls of one crawl so robots.txt is
    fetched once per host and the per-host delay holds across batches.
    """
    if not requests:
        return []
    async with FetchSession(settings, state=state, resolver=resolver) as session:
        return list(await asyncio.gather(*(session.fetch(request) for request in requests)))


async def fetch_one(
    request: FetchRequest | str,
    settings: FetchSettings,
    *,
    state: CrawlState | None = None,
    resolver: Resolver | None = None,
) -> FetchedPage:
    return (await fetch_all([request], settings, state=state, resolver=resolver))[0]


def fetch_all_sync(
    requests: Sequence[FetchRequest | str],
    settings: FetchSettings,
    *,
    state: CrawlState | None = None,
    resolver: Resolver | None = None,
) -> list[FetchedPage]:
    """``fetch_all`` from synchronous code; runs in a worker thread if a loop is running here."""
    work = fetch_all(requests, settings, state=state, resolver=resolver)
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(work)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsetl-fetch") as pool:
        return pool.submit(asyncio.run, work).result()
