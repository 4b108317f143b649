"""newsetl's HTTP fetcher, the only library module that opens network connections.

Polite (robots.txt, per-host concurrency and delay, an identifiable
User-Agent), patient (retries with backoff and Retry-After, until a host's
circuit breaker opens), bounded (timeouts,
body and decoded-size caps, redirect limits, a content-type allowlist) and safe
(no private, loopback or link-local addresses unless allowed, and the
connection goes to the address that was checked).
"""

from newsetl.fetch.addresses import Resolver
from newsetl.fetch.api import fetch_all, fetch_all_sync, fetch_one
from newsetl.fetch.config import FetchRequest, FetchSettings, RequestKind
from newsetl.fetch.outcomes import OUTCOMES
from newsetl.fetch.responses import FetchedPage
from newsetl.fetch.robots import RobotsCache
from newsetl.fetch.session import FetchSession
from newsetl.fetch.state import CrawlState

__all__ = [
    "OUTCOMES",
    "CrawlState",
    "FetchRequest",
    "FetchSession",
    "FetchSettings",
    "FetchedPage",
    "RequestKind",
    "Resolver",
    "RobotsCache",
    "fetch_all",
    "fetch_all_sync",
    "fetch_one",
]
