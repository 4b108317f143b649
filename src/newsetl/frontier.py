"""The crawl frontier's refresh policy: when is a URL due to be fetched again?

Young articles are re-checked for edits at a decaying frequency (half their
age, within bounds) until they are ``recheck_days`` old; transient failures
are retried with exponential backoff a few times; permanent failures and old
articles are not fetched again unless named explicitly.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from newsetl.models import FetchResult

TRANSIENT_OUTCOMES = frozenset({"timeout", "connection_error"})
TRANSIENT_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True, slots=True)
class RefreshPolicy:
    recheck_days: float = 7.0
    min_interval: timedelta = timedelta(hours=1)
    max_interval: timedelta = timedelta(days=2)
    retry_after: timedelta = timedelta(hours=1)
    max_transient_failures: int = 5


@dataclass(frozen=True, slots=True)
class FrontierEntry:
    url: str
    first_seen_at: datetime
    last_fetched_at: datetime | None
    last_outcome: str | None
    fetch_count: int
    failure_count: int
    published_at: datetime | None
    next_fetch_at: datetime | None


def is_transient(result: FetchResult) -> bool:
    return result.outcome in TRANSIENT_OUTCOMES or (
        result.outcome == "http_error" and result.status_code in TRANSIENT_STATUS
    )


def next_fetch_at(
    now: datetime,
    result: FetchResult,
    published_at: datetime | None,
    first_seen_at: datetime,
    failure_count: int,
    policy: RefreshPolicy,
) -> datetime | None:
    if result.outcome in ("fetched", "not_modified"):
        age = now - (published_at or first_seen_at)
        if age > timedelta(days=policy.recheck_days):
            return None
        interval = min(max(age / 2, policy.min_interval), policy.max_interval)
        return now + interval
    if is_transient(result) and failure_count <= policy.max_transient_failures:
        return now + policy.retry_after * (2 ** (failure_count - 1))
    return None


def unless_unchanged(result: FetchResult, previous_body: str | None) -> FetchResult:
    """A full response with the very body fetched last time counts as not modified.

    Servers without ETag or Last-Modified resend unchanged pages in full; treating
    them as new would re-extract them and, with boilerplate learned from a different
    set of the site's pages, could record edits that never happened.
    """
    if result.outcome != "fetched" or not result.body_sha256 or result.body_sha256 != previous_body:
        return result
    return replace(
        result, outcome="not_modified", html=None, error="body unchanged since the last fetch"
    )


def advance(
    previous: FrontierEntry | None,
    result: FetchResult,
    published_at: datetime | None,
    now: datetime,
    policy: RefreshPolicy,
) -> FrontierEntry:
    """The frontier entry after ``result``, from the entry before it (if any)."""
    succeeded = result.outcome in ("fetched", "not_modified")
    failures = 0 if succeeded else (previous.failure_count if previous else 0) + 1
    first_seen = previous.first_seen_at if previous else now
    published = published_at or (previous.published_at if previous else None)
    return FrontierEntry(
        url=result.url,
        first_seen_at=first_seen,
        last_fetched_at=now,
        last_outcome=result.outcome,
        fetch_count=(previous.fetch_count if previous else 0) + 1,
        failure_count=failures,
        published_at=published,
        next_fetch_at=next_fetch_at(now, result, published, first_seen, failures, policy),
    )


def advance_all(
    previous: dict[str, FrontierEntry],
    results: list[FetchResult],
    published_by_url: dict[str, datetime | None],
    now: datetime,
    policy: RefreshPolicy,
) -> list[FrontierEntry]:
    return [
        advance(previous.get(r.url), r, published_by_url.get(r.url), now, policy) for r in results
    ]
