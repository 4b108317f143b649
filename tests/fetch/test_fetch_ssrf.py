"""The SSRF guard: private targets refused, redirects re-checked, the vetted address connected to."""

from __future__ import annotations

import asyncio
import ipaddress
from dataclasses import replace
from urllib.parse import quote

import pytest
from fetch_helpers import fetch, fetch_with

from newsetl.fetch.addresses import refusal_reason

REFUSED = [
    "127.0.0.1",
    "127.8.9.10",
    "10.1.2.3",
    "172.16.0.1",
    "192.168.1.1",
    "169.254.169.254",  # cloud metadata
    "100.64.0.1",  # carrier-grade NAT
    "0.0.0.0",
    "224.0.0.1",
    "240.0.0.1",
    "255.255.255.255",
    "192.0.2.10",  # documentation
    "::1",
    "::",
    "fc00::1",  # unique local
    "fd12:3456::1",
    "fe80::1",
    "fec0::1",  # site-local
    "ff02::1",
    "::ffff:127.0.0.1",  # IPv4-mapped
    "::ffff:10.0.0.1",
    "2002:7f00:1::1",  # 6to4 around 127.0.0.1
    "64:ff9b::a00:1",  # NAT64 around 10.0.0.1
    "2001:db8::1",  # documentation
]
PUBLIC = ["93.184.215.14", "1.1.1.1", "2606:4700:4700::1111", "2a00:1450:4001:82a::200e"]


@pytest.mark.parametrize("address", REFUSED)
def test_non_public_addresses_are_refused(address):
    assert refusal_reason(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address):
    assert refusal_reason(ipaddress.ip_address(address)) is None


@pytest.fixture
def guarded(settings):
    """Private networks refused; only the fault server's exact address is trusted."""
    return replace(settings, allow_private_networks=False, allowed_networks=("127.0.0.1/32",))


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.2/",
        "http://10.0.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[fd00::1]/",
        "http://[::ffff:127.0.0.2]/",
        "http://2130706434/",  # 127.0.0.2 as one decimal number
        "http://0x7f000002/",
    ],
)
def test_private_urls_are_blocked_without_a_connection(guarded, url):
    page = fetch_with(guarded, url)
    assert (page.outcome, page.attempts) == ("blocked_address", 1)
    assert "refused" in page.error


def test_loopback_is_refused_by_default(settings, fault_server):
    by_address, by_name = fetch(
        replace(settings, allow_private_networks=False),
        fault_server.url("/ok/default"),
        fault_server.url("/ok/default", host="localhost"),
    )
    assert (by_address.outcome, by_name.outcome) == ("blocked_address", "blocked_address")
    assert "localhost resolves to" in by_name.error
    assert fault_server.log.to("/ok/default") == []


def test_connect_to_a_loopback_target_still_needs_private_networks(settings, fault_server):
    url = f"http://news.test:{fault_server.port}/ok/routed"
    assert fetch_with(settings, url).outcome == "fetched"
    page = fetch_with(settings, url, allow_private_networks=False)
    assert page.outcome == "blocked_address"
    assert "routed to 127.0.0.1" in page.error


@pytest.mark.parametrize("target", ["http://127.0.0.2:{port}/ok/x", "http://169.254.169.254/"])
def test_redirect_to_a_private_address_is_blocked(guarded, fault_server, target):
    url = fault_server.url("/redirect/x?to=" + quote(target.format(port=fault_server.port)))
    page = fetch_with(guarded, url)
    assert page.outcome == "blocked_address"
    assert page.final_url.startswith(target.format(port=fault_server.port)[:20])


def test_redirect_to_a_private_address_is_followed_when_allowed(settings, fault_server):
    target = f"http://localhost:{fault_server.port}/ok/inside"
    page = fetch_with(settings, fault_server.url("/redirect/x?to=" + quote(target)))
    assert (page.outcome, page.final_url) == ("fetched", target)


def test_connection_goes_to_the_checked_address(guarded, fault_server):
    """A resolver that answers differently on a second lookup cannot redirect the connection."""
    lookups = []

    async def rebinding_resolver(host: str, port: int) -> list[str]:
        lookups.append(host)
        return ["127.0.0.1"] if len(lookups) == 1 else ["10.0.0.1"]

    urls = [f"http://rebind.test:{fault_server.port}/ok/rebind{n}" for n in range(3)]
    results = fetch(guarded, *urls, resolver=rebinding_resolver)
    assert [r.outcome for r in results] == ["fetched"] * 3
    assert lookups == ["rebind.test"]  # robots.txt and every page used the one vetted answer
    assert {h.host for h in fault_server.log.hits if h.path.startswith("/ok/rebind")} == {
        "rebind.test"
    }


def test_one_private_answer_among_public_ones_blocks_the_host(guarded, fault_server):
    async def mixed_resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1", "10.0.0.7"]

    [page] = fetch(guarded, f"http://mixed.test:{fault_server.port}/ok/", resolver=mixed_resolver)
    assert page.outcome == "blocked_address"
    assert "10.0.0.7" in page.error


def test_a_dns_lookup_that_hangs_is_a_connection_error(settings):
    async def hanging_resolver(host: str, port: int) -> list[str]:
        await asyncio.sleep(30)
        return []

    [page] = fetch(
        replace(settings, connect_timeout_s=0.2, max_attempts=1),
        "http://slow-dns.test/",
        resolver=hanging_resolver,
    )
    assert page.outcome == "connection_error"
    assert "DNS lookup of slow-dns.test took over" in page.error
