"""robots.txt (RFC 9309): rules per origin, parsed by protego, cached with a lifetime.

How a robots.txt response becomes rules:
- 2xx: the file's rules (its first ``robots_max_bytes`` are parsed);
- 4xx other than 429: no rules, everything is allowed;
- 429 or 5xx: the site is "unreachable" and everything is disallowed
  (``robots_disallowed``);
- a timeout, a network error or a refused address: everything is disallowed
  too, but the pages are recorded with that failure (``timeout``,
  ``connection_error``, ``blocked_address``), which is what went wrong.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from protego import Protego

from newsetl.fetch.outcomes import ROBOTS_DISALLOWED

MAX_ROBOTS_REDIRECTS = 5  # RFC 9309 asks crawlers to follow at least five


@dataclass(frozen=True)
class RobotsRules:
    parser: Protego | None = None
    unreachable: str | None = None  # why everything is disallowed
    outcome: str = ROBOTS_DISALLOWED  # what a refused page is recorded as

    def allows(self, url: str, token: str) -> bool:
        if self.unreachable is not None:
            return False
        return self.parser is None or self.parser.can_fetch(url, token)

    def crawl_delay_s(self, token: str) -> float | None:
        """Seconds between requests asked for by Crawl-delay or Request-rate (the larger)."""
        if self.parser is None:
            return None
        delays = [self.parser.crawl_delay(token)]
        rate = self.parser.request_rate(token)
        if rate is not None and rate.requests:
            delays.append(rate.seconds / rate.requests)
        known = [float(delay) for delay in delays if delay is not None]
        return max(known) if known else None

    def refusal(self, url: str, token: str) -> str:
        if self.unreachable is not None:
            return f"robots.txt unreachable, so the site is off limits: {self.unreachable}"
        return f"robots.txt disallows {url} for {token}"


ALLOW_ALL = RobotsRules()


def rules_from_response(status: int, body: bytes) -> RobotsRules:
    if 200 <= status < 300:
        return RobotsRules(parser=Protego.parse(body.decode("utf-8", errors="replace")))
    if status == 429 or status >= 500:
        return RobotsRules(unreachable=f"HTTP {status}")
    return ALLOW_ALL


class RobotsCache:
    """Rules per origin ("scheme://host:port"), kept for ``ttl_s``; safe to share across runs."""

    def __init__(self, ttl_s: float = 24 * 3600.0) -> None:
        self._ttl_s = ttl_s
        self._entries: dict[str, tuple[float, RobotsRules]] = {}

    def get(self, origin: str) -> RobotsRules | None:
        entry = self._entries.get(origin)
        if entry is None or time.monotonic() - entry[0] > self._ttl_s:
            return None
        return entry[1]

    def put(self, origin: str, rules: RobotsRules) -> None:
        self._entries[origin] = (time.monotonic(), rules)
