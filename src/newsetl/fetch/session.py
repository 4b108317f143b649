"""One fetch session: from a ``FetchRequest`` to a ``FetchedPage``, whatever the web does.

Per URL: check the URL; then, for every redirect hop, vet the host's addresses
(SSRF guard), obey robots.txt, wait for a slot at the host (politeness), and
make one request with a total timeout. Redirects are followed by hand with a
limit and loop detection; retryable failures (429, 5xx, timeouts, connection
errors) start the chain again after a backoff, until the host has failed so
often in a row that its circuit breaker opens. Every failure ends as a named
outcome; nothing per URL escapes as an exception.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import random
import ssl
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

import httpx

from newsetl.fetch.addresses import AddressGuard, Resolver
from newsetl.fetch.body import read_body
from newsetl.fetch.breaker import HostBreakers, HostGivenUp
from newsetl.fetch.config import FetchRequest, FetchSettings
from newsetl.fetch.outcomes import (
    CONNECTION_ERROR,
    INVALID_URL,
    REDIRECT_LOOP,
    TIMEOUT,
    TOO_MANY_REDIRECTS,
    FetchFailure,
)
from newsetl.fetch.politeness import HostGates
from newsetl.fetch.responses import (
    FetchedPage,
    Reply,
    failed_page,
    page_from_reply,
    read_reply,
    redirect_reply,
    request_headers,
)
from newsetl.fetch.retry import retry_wait_s
from newsetl.fetch.robots import (
    ALLOW_ALL,
    MAX_ROBOTS_REDIRECTS,
    RobotsCache,
    RobotsRules,
    rules_from_response,
)
from newsetl.fetch.state import CrawlState
from newsetl.fetch.transport import build_client
from newsetl.fetch.urls import host_of, origin_of, parse_url, port_of, redirect_target

logger = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(slots=True)
class Tally:
    """What one URL's fetch took: tries, and seconds spent in exchanges with servers."""

    attempts: int = 0
    network_s: float = 0.0


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class FetchSession:
    """Fetches many URLs with one client, one SSRF guard, per-host gates and robots rules."""

    def __init__(
        self,
        settings: FetchSettings,
        *,
        state: CrawlState | None = None,
        resolver: Resolver | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.settings = settings
        self.state = state or CrawlState(robots=RobotsCache(settings.robots_ttl_s))
        self._guard = AddressGuard(
            allow_private_networks=settings.allow_private_networks,
            allowed_networks=settings.allowed_networks,
            connect_to=settings.connect_to,
            resolver=resolver,
            resolve_timeout_s=settings.connect_timeout_s,
        )
        self._gates = HostGates(
            settings.per_host_concurrency, settings.per_host_delay_s, self.state.last_starts
        )
        self._breakers = HostBreakers(
            settings.host_failure_limit, settings.host_cooldown_s, self.state.host_streaks
        )
        self._global = asyncio.Semaphore(max(1, settings.global_concurrency))
        self._robots_loading: dict[str, asyncio.Future[RobotsRules]] = {}
        self._rng = rng or random.Random()
        self._client: httpx.AsyncClient | None = None

    async def __aenter__(self) -> FetchSession:
        self._client = build_client(self.settings, self._guard)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._client is not None:
            await self._client.aclose()

    async def fetch(self, request: FetchRequest | str) -> FetchedPage:
        """The fate of one URL; never raises for anything the URL or its server does."""
        if isinstance(request, str):
            request = FetchRequest(request)
        tally = Tally()
        try:
            page = await self._fetch_with_retries(request, tally)
        except FetchFailure as failure:
            page = failed_page(request, failure)
        except Exception as exc:  # a bug here must not sink the rest of the batch
            logger.exception("unexpected error fetching %s", request.url)
            page = failed_page(request, FetchFailure(CONNECTION_ERROR, f"unexpected {exc!r}"))
        page.attempts = tally.attempts
        page.elapsed_ms = round(tally.network_s * 1000, 1)
        page.fetched_at = utc_now()
        logger.debug("%s -> %s %s", request.url, page.outcome, page.error or "")
        return page

    async def _fetch_with_retries(self, request: FetchRequest, tally: Tally) -> FetchedPage:
        url = parse_url(request.url)
        return await self._retrying(lambda: self._fetch_chain(request, url, tally), tally)

    async def _retrying(self, attempt: Callable[[], Awaitable[T]], tally: Tally) -> T:
        """``attempt()`` until it succeeds or fails for good, counting the tries."""
        previous: FetchFailure | None = None
        while True:
            tally.attempts += 1
            try:
                return await attempt()
            except HostGivenUp as given_up:
                tally.attempts -= 1  # nothing was sent
                if previous is None:
                    raise
                previous.message += f"; {given_up.message.replace('not tried', 'not retried')}"
                raise previous from None
            except FetchFailure as failure:
                previous = failure
                wait_s = self._retry_wait_s(failure, tally.attempts)
                if wait_s is None:
                    raise
                if failure.retry_after_s is not None and failure.url:
                    # The server asked for a pause: no request to that host before it ends.
                    self._gates.hold_off(host_of(httpx.URL(failure.url)), wait_s)
                logger.debug("%s; retrying in %.2fs", failure.message, wait_s)
                await asyncio.sleep(wait_s)

    def _retry_wait_s(self, failure: FetchFailure, attempt: int) -> float | None:
        settings = self.settings
        if not failure.retryable or attempt >= settings.max_attempts:
            return None
        wait_s = retry_wait_s(
            attempt,
            failure.retry_after_s,
            base_s=settings.backoff_base_s,
            cap_s=settings.backoff_cap_s,
            retry_after_cap_s=settings.retry_after_cap_s,
            rng=self._rng,
        )
        if wait_s is None:
            failure.message += (
                f" (Retry-After {failure.retry_after_s:.0f}s exceeds the"
                f" {settings.retry_after_cap_s:.0f}s bound, not retried)"
            )
        return wait_s

    async def _fetch_chain(
        self, request: FetchRequest, url: httpx.URL, tally: Tally
    ) -> FetchedPage:
        """One attempt: the request and every redirect hop after it.

        ``total_timeout_s`` is the attempt's budget of time spent with servers,
        shared by its hops (time waiting for a host slot does not count).
        """
        seen = {str(url)}
        headers = request_headers(request)
        read = functools.partial(read_reply, self.settings, request)
        budget_ends_at = tally.network_s + self.settings.total_timeout_s
        for _ in range(self.settings.max_redirects + 1):
            await self._admit(url)
            remaining_s = budget_ends_at - tally.network_s
            if remaining_s <= 0:
                raise FetchFailure(
                    TIMEOUT,
                    f"redirects used up the {self.settings.total_timeout_s:g}s budget",
                    retryable=True,
                    url=str(url),
                )
            reply = await self._exchange(url, headers, read, timeout_s=remaining_s, tally=tally)
            if reply.location is None:
                return page_from_reply(self.settings, request, reply)
            target = redirect_target(url, reply.location)
            if str(target) in seen:
                raise FetchFailure(
                    REDIRECT_LOOP,
                    f"{url} redirects to {target}, already visited",
                    status_code=reply.status,
                    url=str(url),
                )
            seen.add(str(target))
            url = target
        raise FetchFailure(
            TOO_MANY_REDIRECTS,
            f"still redirected after {self.settings.max_redirects} redirects",
            url=str(url),
        )

    async def _admit(self, url: httpx.URL) -> None:
        """SSRF guard, then robots.txt, for one hop; raises the refusal."""
        try:
            await self._guard.endpoints(host_of(url), port_of(url))
        except FetchFailure as failure:
            failure.url = str(url)
            raise
        if not self.settings.obey_robots:
            return
        token = self.settings.robots_token
        rules = await self._robots(url)
        if not rules.allows(str(url), token):
            raise FetchFailure(rules.outcome, rules.refusal(str(url), token), url=str(url))
        delay_s = rules.crawl_delay_s(token)
        if delay_s:
            self._gates.slow_down(host_of(url), min(delay_s, self.settings.max_crawl_delay_s))

    async def _exchange(
        self,
        url: httpx.URL,
        headers: dict[str, str],
        read: Callable[[httpx.URL, httpx.Response], Awaitable[T]],
        timeout_s: float | None = None,
        tally: Tally | None = None,
    ) -> T:
        """One request at a host slot, bounded in total time; ``read`` handles the response.

        Its fate feeds the host's circuit breaker; an open breaker refuses it unsent.
        """
        timeout_s = timeout_s or self.settings.total_timeout_s
        host = host_of(url)
        self._breakers.check(host, str(url))
        async with self._gates[host].slot(), self._global:
            self._breakers.check(host, str(url))  # it may have opened while this waited
            started = time.monotonic()
            try:
                reply = await self._send(url, headers, read, timeout_s)
            except FetchFailure as failure:
                if failure.retryable:
                    self._breakers.failed(host, failure)
                else:
                    self._breakers.succeeded(host)  # it answered
                raise
            finally:
                if tally is not None:
                    tally.network_s += time.monotonic() - started
            self._breakers.succeeded(host)
            return reply

    async def _send(
        self,
        url: httpx.URL,
        headers: dict[str, str],
        read: Callable[[httpx.URL, httpx.Response], Awaitable[T]],
        timeout_s: float,
    ) -> T:
        """One request and ``read`` of its response, within ``timeout_s``; failures named."""
        assert self._client is not None, "use FetchSession as an async context manager"
        try:
            async with asyncio.timeout(timeout_s):
                request = self._client.build_request("GET", url, headers=headers)
                response = await self._client.send(request, stream=True)
                try:
                    return await read(url, response)
                finally:
                    await response.aclose()
        except TimeoutError as exc:
            message = f"no complete response within {timeout_s:g}s"
            raise FetchFailure(TIMEOUT, message, retryable=True, url=str(url)) from exc
        except httpx.TimeoutException as exc:
            message = f"{type(exc).__name__}: {exc or 'timed out'}"
            raise FetchFailure(TIMEOUT, message, retryable=True, url=str(url)) from exc
        except httpx.InvalidURL as exc:
            raise FetchFailure(INVALID_URL, str(exc), url=str(url)) from exc
        except (httpx.UnsupportedProtocol, httpx.LocalProtocolError) as exc:
            raise FetchFailure(CONNECTION_ERROR, _describe(exc), url=str(url)) from exc
        except httpx.TransportError as exc:
            retryable = not _caused_by(exc, ssl.SSLCertVerificationError)
            raise FetchFailure(
                CONNECTION_ERROR, _describe(exc), retryable=retryable, url=str(url)
            ) from exc

    async def _robots(self, url: httpx.URL) -> RobotsRules:
        """The origin's rules: from the crawl's cache, else fetched once for this session."""
        origin = origin_of(url)
        cached = self.state.robots.get(origin)
        if cached is not None:
            return cached
        loading = self._robots_loading.get(origin)
        if loading is None:
            loading = asyncio.ensure_future(self._load_robots(url))
            self._robots_loading[origin] = loading
        return await asyncio.shield(loading)

    async def _load_robots(self, page_url: httpx.URL) -> RobotsRules:
        """Fetch and judge robots.txt (retrying network failures); never raises.

        Only a definite answer (2xx or 4xx) goes into the crawl-wide cache; an
        unreachable robots.txt blocks the site for this session only.
        """
        url = page_url.copy_with(path="/robots.txt", query=None)
        try:
            rules = await self._retrying(lambda: self._fetch_robots(url), Tally())
        except FetchFailure as failure:
            return RobotsRules(unreachable=failure.message, outcome=failure.outcome)
        if rules.unreachable is None:
            self.state.robots.put(origin_of(page_url), rules)
        return rules

    async def _fetch_robots(self, url: httpx.URL) -> RobotsRules:
        headers = {"Accept": "text/plain,*/*;q=0.5"}
        for _ in range(MAX_ROBOTS_REDIRECTS + 1):
            await self._guard.endpoints(host_of(url), port_of(url))
            reply = await self._exchange(
                url, headers, self._read_robots, timeout_s=self._robots_timeout_s
            )
            if reply.location is None:
                return rules_from_response(reply.status, reply.body or b"")
            url = redirect_target(url, reply.location)
        return ALLOW_ALL  # RFC 9309: too many redirects means "unavailable"

    @property
    def _robots_timeout_s(self) -> float:
        """A crawl told to give up on a page after N seconds waits no longer for robots.txt."""
        return min(self.settings.robots_timeout_s, self.settings.total_timeout_s)

    async def _read_robots(self, url: httpx.URL, response: httpx.Response) -> Reply:
        redirect = redirect_reply(url, response)
        if redirect is not None:
            return redirect
        body = b""
        if 200 <= response.status_code < 300:
            limit = self.settings.robots_max_bytes
            body = await read_body(
                response, max_body_bytes=limit, max_decoded_bytes=limit, truncate=True
            )
        return Reply(url, response.status_code, response.headers, body=body)


def _caused_by(exc: BaseException, kind: type[BaseException]) -> bool:
    """Whether ``kind`` is anywhere in the chain of causes of ``exc``."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, kind):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _describe(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
