"""What one crawl remembers across fetch sessions (batches): robots rules, host schedules
and hosts that keep failing.

Plain data, not bound to an event loop, so a flow can pass the same
``CrawlState`` to every ``fetch_all`` call of a run.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsetl.fetch.breaker import HostStreak
from newsetl.fetch.robots import RobotsCache


@dataclass
class CrawlState:
    robots: RobotsCache = field(default_factory=RobotsCache)
    # host -> monotonic time the latest request to it was allowed to start
    last_starts: dict[str, float] = field(default_factory=dict)
    # host -> its run of failed exchanges (the circuit breaker's state)
    host_streaks: dict[str, HostStreak] = field(default_factory=dict)
