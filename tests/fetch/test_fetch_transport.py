"""Connections: kept alive per host, idle host pools closed beyond a bound."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import httpx
from fetch_helpers import fetch

from newsetl.fetch.transport import PerHostTransport


def test_pages_of_one_host_share_a_kept_alive_connection(settings, fault_server):
    serial = replace(settings, per_host_concurrency=1)
    urls = [f"http://norobots.test:{fault_server.port}/ok/keepalive{n}" for n in range(4)]
    assert {r.outcome for r in fetch(serial, *urls)} == {"fetched"}
    hits = [h for h in fault_server.log.hits if h.path.startswith("/ok/keepalive")]
    assert len({h.client_port for h in hits}) == 1


class FakeTransport(httpx.AsyncBaseTransport):
    def __init__(self, closed: list[FakeTransport]) -> None:
        self.closed = closed

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, stream=httpx.ByteStream(b"ok"))

    async def aclose(self) -> None:
        self.closed.append(self)


def test_idle_pools_beyond_the_bound_are_closed_least_recent_first():
    closed: list[FakeTransport] = []
    made: list[FakeTransport] = []

    def make() -> FakeTransport:
        made.append(FakeTransport(closed))
        return made[-1]

    async def scenario() -> None:
        transport = PerHostTransport(make, max_pools=2)
        held = await transport.handle_async_request(httpx.Request("GET", "http://a.test/"))
        for host in ("b.test", "c.test", "d.test"):
            response = await transport.handle_async_request(httpx.Request("GET", f"http://{host}/"))
            await response.aclose()
        # a.test still has an open response, so it survives; b.test and c.test were idle.
        assert closed == [made[1], made[2]]
        await held.aclose()
        await transport.aclose()
        assert set(closed) == set(made)

    asyncio.run(scenario())
