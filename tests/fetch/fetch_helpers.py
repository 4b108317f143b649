"""Short calls for the fetch tests."""

from __future__ import annotations

import socket
from dataclasses import replace

from newsetl.fetch import FetchedPage, FetchRequest, FetchSettings, fetch_all_sync


def fetch(settings: FetchSettings, *requests: FetchRequest | str, **kwargs) -> list[FetchedPage]:
    return fetch_all_sync(list(requests), settings, **kwargs)


def fetch_with(settings: FetchSettings, request: FetchRequest | str, **overrides) -> FetchedPage:
    return fetch(replace(settings, **overrides), request)[0]


def closed_port() -> int:
    """A loopback port nobody listens on (just released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
