"""When to try again: exponential backoff with full jitter, Retry-After within a bound."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

# 501 Not Implemented and 505 HTTP Version Not Supported will not change on a retry.
_PERMANENT_SERVER_ERRORS = {501, 505}


def is_retryable_status(status: int) -> bool:
    return status == 429 or (500 <= status <= 599 and status not in _PERMANENT_SERVER_ERRORS)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def backoff_s(attempt: int, base_s: float, cap_s: float, rng: random.Random) -> float:
    """Full jitter: uniform in [0, min(cap, base * 2 ** (attempt - 1))]."""
    return rng.uniform(0.0, min(cap_s, base_s * 2 ** max(0, attempt - 1)))


def retry_wait_s(
    attempt: int,
    retry_after_s: float | None,
    *,
    base_s: float,
    cap_s: float,
    retry_after_cap_s: float,
    rng: random.Random,
) -> float | None:
    """How long to wait before the next attempt; None when the server asks for too long."""
    jittered = backoff_s(attempt, base_s, cap_s, rng)
    if retry_after_s is None:
        return jittered
    if retry_after_s > retry_after_cap_s:
        return None
    return max(retry_after_s, jittered)
