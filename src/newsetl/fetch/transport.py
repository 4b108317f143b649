"""An httpx client that connects only to addresses the ``AddressGuard`` vetted.

httpcore asks its network backend to ``connect_tcp(host, port)`` with the URL's
host name. ``VettedNetworkBackend`` swaps the name for the vetted IP address
(the same verdict the fetcher checked before sending), so DNS is never asked
twice. The Host header, TLS SNI and certificate verification still use the
original host name, because httpcore takes those from the request, not from
the socket.
"""

from __future__ import annotations

import functools
import ssl
import typing
from collections import OrderedDict
from dataclasses import dataclass

import httpcore
import httpx

from newsetl.fetch.addresses import AddressGuard
from newsetl.fetch.config import FetchSettings

# Only encodings ``newsetl.fetch.body`` decodes itself, with a size cap.
ACCEPT_ENCODING = "gzip, deflate"
IDLE_POOLS_PER_ACTIVE_REQUEST = 4


class VettedNetworkBackend(httpcore.AsyncNetworkBackend):
    def __init__(self, guard: AddressGuard) -> None:
        self._guard = guard
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        error: Exception | None = None
        for address, target_port in await self._guard.endpoints(host, port):
            try:
                return await self._inner.connect_tcp(
                    address,
                    target_port,
                    timeout=timeout,
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
        assert error is not None  # endpoints() never returns an empty list
        raise error

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("unix sockets are not fetched")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class VettedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport (exception mapping, streaming) over the vetted backend."""

    def __init__(
        self, backend: VettedNetworkBackend, limits: httpx.Limits, ssl_context: ssl.SSLContext
    ) -> None:
        super().__init__(verify=ssl_context, trust_env=False, limits=limits, retries=0)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=True,
            http2=False,
            retries=0,
            network_backend=backend,
        )


@dataclass
class _HostPool:
    transport: VettedTransport
    active: int = 0  # responses handed out and not yet closed


class _ReleasingStream(httpx.AsyncByteStream):
    """A response body that tells its host pool when it is closed."""

    def __init__(self, stream: httpx.AsyncByteStream, pool: _HostPool) -> None:
        self._stream = stream
        self._pool = pool
        self._released = False

    async def __aiter__(self) -> typing.AsyncIterator[bytes]:
        async for chunk in self._stream:
            yield chunk

    async def aclose(self) -> None:
        if not self._released:
            self._released = True
            self._pool.active -= 1
        await self._stream.aclose()


class PerHostTransport(httpx.AsyncBaseTransport):
    """A small connection pool per origin, and only the most recently used ones kept open.

    One big httpcore pool scans every connection for every request, and with
    many hosts it keeps closing one host's idle connection to open another's;
    per-origin pools keep keep-alive connections where the next request goes.
    Idle pools beyond ``max_pools`` are closed, least recently used first.
    """

    def __init__(
        self, make_transport: typing.Callable[[], VettedTransport], max_pools: int
    ) -> None:
        self._make_transport = make_transport
        self._max_pools = max_pools
        self._pools: OrderedDict[tuple[bytes, bytes, int | None], _HostPool] = OrderedDict()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        key = (request.url.raw_scheme, request.url.raw_host, request.url.port)
        pool = self._pools.pop(key, None) or _HostPool(self._make_transport())
        self._pools[key] = pool
        pool.active += 1  # before any await, so no other request closes this pool
        try:
            await self._close_idle_pools()
            response = await pool.transport.handle_async_request(request)
        except BaseException:
            pool.active -= 1
            raise
        assert isinstance(response.stream, httpx.AsyncByteStream)
        return httpx.Response(
            status_code=response.status_code,
            headers=response.headers,
            stream=_ReleasingStream(response.stream, pool),
            extensions=response.extensions,
        )

    async def _close_idle_pools(self) -> None:
        excess = len(self._pools) - self._max_pools
        idle = [key for key, pool in self._pools.items() if pool.active == 0][: max(0, excess)]
        for key in idle:
            pool = self._pools.get(key)
            if pool is not None and pool.active == 0:
                del self._pools[key]
                await pool.transport.aclose()

    async def aclose(self) -> None:
        while self._pools:
            await self._pools.popitem()[1].transport.aclose()


@functools.cache
def tls_context(ca_file: str | None) -> ssl.SSLContext:
    """Certificate-verifying TLS settings, built once (loading CA certificates is slow)."""
    context = httpx.create_ssl_context(trust_env=False)
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


def build_client(settings: FetchSettings, guard: AddressGuard) -> httpx.AsyncClient:
    backend = VettedNetworkBackend(guard)
    per_host = max(1, settings.per_host_concurrency)
    limits = httpx.Limits(
        max_connections=per_host, max_keepalive_connections=per_host, keepalive_expiry=15
    )
    context = tls_context(settings.ca_file)
    transport = PerHostTransport(
        lambda: VettedTransport(backend, limits, context),
        max_pools=max(1, settings.global_concurrency) * IDLE_POOLS_PER_ACTIVE_REQUEST,
    )
    timeout = httpx.Timeout(
        connect=settings.connect_timeout_s,
        read=settings.read_timeout_s,
        write=settings.read_timeout_s,
        pool=settings.total_timeout_s,
    )
    return httpx.AsyncClient(
        transport=transport,
        timeout=timeout,
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": settings.user_agent_header, "Accept-Encoding": ACCEPT_ENCODING},
    )
