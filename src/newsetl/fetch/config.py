"""What the fetcher is asked to do (``FetchRequest``) and how (``FetchSettings``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

RequestKind = Literal["page", "feed"]

MiB = 1024 * 1024

PAGE_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Feeds, sitemaps (also gzipped files) and plain-text URL lists.
FEED_CONTENT_TYPES = PAGE_CONTENT_TYPES | {
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
    "text/plain",
    "application/gzip",
    "application/x-gzip",
}
ACCEPT_HEADERS: Mapping[RequestKind, str] = {
    "page": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5",
    "feed": (
        "application/rss+xml,application/atom+xml,application/xml;q=0.9,"
        "text/xml;q=0.9,text/html;q=0.5,*/*;q=0.3"
    ),
}


@dataclass(frozen=True, slots=True)
class FetchRequest:
    """One URL to fetch; the validators of an earlier fetch make it a conditional GET."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    kind: RequestKind = "page"


@dataclass(frozen=True)
class FetchSettings:
    # Identity: robots.txt groups are matched on the product token before "/".
    user_agent: str = "newsetl/0.1"
    contact: str = ""

    # Timeouts, in seconds. ``connect_timeout_s`` also bounds the DNS lookup.
    # ``total_timeout_s`` bounds one attempt's time with servers, from connect to
    # the last body byte, across its redirects, so a slow drip cannot hold on;
    # waiting for a politeness slot does not count.
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 20.0
    total_timeout_s: float = 30.0

    # Size limits: on the wire, and after Content-Encoding is undone.
    max_body_bytes: int = 10 * MiB
    max_decoded_bytes: int = 20 * MiB
    max_redirects: int = 5
    page_content_types: frozenset[str] = PAGE_CONTENT_TYPES
    feed_content_types: frozenset[str] = FEED_CONTENT_TYPES

    # Retries: exponential backoff with full jitter; Retry-After honoured up to a cap.
    max_attempts: int = 3
    backoff_base_s: float = 0.5
    backoff_cap_s: float = 30.0
    retry_after_cap_s: float = 60.0
    # Circuit breaker: after this many retryable failures in a row (timeouts, connection
    # errors, 429, 5xx) a host's other requests fail at once, for ``host_cooldown_s``,
    # so a dead or rate-limiting host cannot stretch a crawl by its number of URLs.
    # 0 turns it off.
    host_failure_limit: int = 10
    host_cooldown_s: float = 300.0

    # Politeness.
    per_host_concurrency: int = 2
    per_host_delay_s: float = 1.0
    max_crawl_delay_s: float = 30.0  # a larger robots.txt Crawl-delay is clamped to this
    global_concurrency: int = 16
    obey_robots: bool = True
    robots_max_bytes: int = 512 * 1024  # RFC 9309 asks for at least 500 KiB to be parsed
    robots_timeout_s: float = 10.0  # never more than total_timeout_s
    robots_ttl_s: float = 24 * 3600.0  # how long a shared ``CrawlState`` keeps robots rules

    # Network safety.
    allow_private_networks: bool = False
    # CIDR ranges the operator trusts even when private networks are refused.
    allowed_networks: tuple[str, ...] = ()
    # Extra trust anchors (PEM) on top of the bundled CA certificates.
    ca_file: str | None = None
    # Like curl --connect-to: "host:port" (or "host") -> (address, port) to connect to.
    connect_to: Mapping[str, tuple[str, int]] = field(default_factory=dict)

    @property
    def user_agent_header(self) -> str:
        if not self.contact:
            return self.user_agent
        return f"{self.user_agent} (+contact: {self.contact})"

    @property
    def robots_token(self) -> str:
        return self.user_agent.split("/", 1)[0]

    def content_types(self, kind: RequestKind) -> frozenset[str]:
        return self.feed_content_types if kind == "feed" else self.page_content_types
