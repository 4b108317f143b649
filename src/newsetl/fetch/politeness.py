"""Per-host politeness: at most N requests in flight, and a minimum gap between starts."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, MutableMapping
from contextlib import asynccontextmanager


class HostGate:
    """Admits requests to one host: ``concurrency`` at a time, starts ``delay_s`` apart.

    Start times are reserved in arrival order, so waiting callers keep the gap
    between them; ``last_starts`` (shared across sessions) carries the schedule
    over from an earlier batch.
    """

    def __init__(
        self, host: str, concurrency: int, delay_s: float, last_starts: MutableMapping[str, float]
    ) -> None:
        self.host = host
        self.delay_s = delay_s
        self._slots = asyncio.Semaphore(max(1, concurrency))
        self._last_starts = last_starts

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        async with self._slots:
            now = time.monotonic()
            previous = self._last_starts.get(self.host)
            start = now if previous is None else max(now, previous + self.delay_s)
            self._last_starts[self.host] = start
            if start > now:
                await asyncio.sleep(start - now)
            yield


class HostGates:
    def __init__(
        self, concurrency: int, delay_s: float, last_starts: MutableMapping[str, float]
    ) -> None:
        self._concurrency = concurrency
        self._delay_s = delay_s
        self._last_starts = last_starts
        self._gates: dict[str, HostGate] = {}

    def __getitem__(self, host: str) -> HostGate:
        gate = self._gates.get(host)
        if gate is None:
            gate = HostGate(host, self._concurrency, self._delay_s, self._last_starts)
            self._gates[host] = gate
        return gate

    def hold_off(self, host: str, seconds: float) -> None:
        """No new request to ``host`` starts in the next ``seconds`` (a Retry-After)."""
        gate = self[host]
        not_before = time.monotonic() + seconds - gate.delay_s
        self._last_starts[host] = max(self._last_starts.get(host, not_before), not_before)

    def slow_down(self, host: str, delay_s: float) -> None:
        """Raise the gap for ``host`` (a robots.txt Crawl-delay); never lowers it."""
        gate = self[host]
        gate.delay_s = max(gate.delay_s, delay_s)
