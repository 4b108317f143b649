"""Per-host circuit breaker: a host that keeps failing is left alone for a while.

Without it, a dead or rate-limiting host costs each of its URLs every attempt
(a timeout or a Retry-After each), so a crawl's time grows with the number of
URLs on its worst host. After ``limit`` failed exchanges in a row (timeouts,
connection errors, 429 and 5xx: the retryable failures), the host's remaining
requests fail at once with the failure that opened the breaker, so the frontier
schedules them again like that failure. After ``cooldown_s`` the host gets one
more chance: a success closes the breaker, a failure opens it again.
"""

from __future__ import annotations

import time
from collections.abc import MutableMapping
from dataclasses import dataclass

from newsetl.fetch.outcomes import FetchFailure


@dataclass(frozen=True, slots=True)
class LastFailure:
    """What a host's latest failure was (not the exception: its traceback holds frames)."""

    outcome: str
    message: str
    status_code: int | None


@dataclass(slots=True)
class HostStreak:
    failures: int = 0  # failed exchanges in a row
    last: LastFailure | None = None
    opened_at: float | None = None  # monotonic time the breaker opened


class HostGivenUp(FetchFailure):
    """No request was sent: the host failed too often in a row."""

    def __init__(self, host: str, streak: HostStreak, url: str) -> None:
        last = streak.last
        assert last is not None
        super().__init__(
            last.outcome,
            f"not tried: {host} failed {streak.failures} times in a row (last: {last.message})",
            status_code=last.status_code,
            url=url,
        )


class HostBreakers:
    def __init__(
        self, limit: int, cooldown_s: float, streaks: MutableMapping[str, HostStreak]
    ) -> None:
        self._limit = limit
        self._cooldown_s = cooldown_s
        self._streaks = streaks

    def check(self, host: str, url: str) -> None:
        """Raise ``HostGivenUp`` if requests to ``host`` are not to be sent now."""
        streak = self._streaks.get(host)
        if streak is None or streak.opened_at is None:
            return
        if time.monotonic() - streak.opened_at < self._cooldown_s:
            raise HostGivenUp(host, streak, url)
        streak.opened_at = None  # half open: one more failure opens it again
        streak.failures = self._limit - 1

    def failed(self, host: str, failure: FetchFailure) -> None:
        if self._limit <= 0:
            return
        streak = self._streaks.setdefault(host, HostStreak())
        streak.failures += 1
        streak.last = LastFailure(failure.outcome, failure.message, failure.status_code)
        if streak.failures >= self._limit and streak.opened_at is None:
            streak.opened_at = time.monotonic()

    def succeeded(self, host: str) -> None:
        self._streaks.pop(host, None)
