"""The fault-injection server and fetch settings sized for tests (small timeouts, no delays)."""

from __future__ import annotations

import pytest
from fault_server import FaultServer

from newsetl.fetch import FetchSettings

FICTIONAL_HOSTS = ("robots500.test", "polite.test", "norobots.test", "news.test", "slowrobots.test")


@pytest.fixture(scope="session")
def fault_server():
    with FaultServer() as server:
        yield server


@pytest.fixture(scope="session")
def settings(fault_server) -> FetchSettings:
    """Loopback allowed; fictional hosts routed to the fault server; everything fast."""
    return FetchSettings(
        contact="tests@newsetl.invalid",
        connect_timeout_s=1.0,
        read_timeout_s=0.5,
        total_timeout_s=1.5,
        max_body_bytes=1024 * 1024,
        max_decoded_bytes=2 * 1024 * 1024,
        max_attempts=3,
        backoff_base_s=0.01,
        backoff_cap_s=0.05,
        retry_after_cap_s=2.0,
        per_host_delay_s=0.0,
        global_concurrency=8,
        robots_timeout_s=1.0,
        allow_private_networks=True,
        connect_to={host: ("127.0.0.1", fault_server.port) for host in FICTIONAL_HOSTS},
    )
