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

import httpcore
import httpx

from newsetl.fetch.addresses import AddressGuard
from newsetl.fetch.config import FetchSettings

# Only encodings ``newsetl.fetch.body`` decodes itself, with a size cap.
ACCEPT_ENCODING = "gzip, deflate"


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
        self, guard: AddressGuard, limits: httpx.Limits, ssl_context: ssl.SSLContext
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
            network_backend=VettedNetworkBackend(guard),
        )


@functools.cache
def tls_context(ca_file: str | None) -> ssl.SSLContext:
    """Certificate-verifying TLS settings, built once (loading CA certificates is slow)."""
    context = httpx.create_ssl_context(trust_env=False)
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


def build_client(settings: FetchSettings, guard: AddressGuard) -> httpx.AsyncClient:
    connections = max(1, settings.global_concurrency)
    limits = httpx.Limits(
        max_connections=connections, max_keepalive_connections=connections, keepalive_expiry=15
    )
    timeout = httpx.Timeout(
        connect=settings.connect_timeout_s,
        read=settings.read_timeout_s,
        write=settings.read_timeout_s,
        pool=settings.total_timeout_s,
    )
    return httpx.AsyncClient(
        transport=VettedTransport(guard, limits, tls_context(settings.ca_file)),
        timeout=timeout,
        follow_redirects=False,
        trust_env=False,
        headers={"User-Agent": settings.user_agent_header, "Accept-Encoding": ACCEPT_ENCODING},
    )
