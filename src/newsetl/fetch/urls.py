"""URL checks and the keys the fetcher groups URLs by."""

from __future__ import annotations

import httpx

from newsetl.fetch.outcomes import INVALID_URL, FetchFailure

FETCHABLE_SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}


def parse_url(text: str) -> httpx.URL:
    """A fetchable http(s) URL without its fragment; ``INVALID_URL`` otherwise."""
    try:
        url = httpx.URL(text.strip())
    except (httpx.InvalidURL, TypeError, ValueError, UnicodeError) as exc:
        raise FetchFailure(INVALID_URL, f"not a valid URL: {exc}") from exc
    return checked(url)


def checked(url: httpx.URL) -> httpx.URL:
    if url.scheme not in FETCHABLE_SCHEMES:
        raise FetchFailure(INVALID_URL, f"only http and https URLs are fetched, not {url.scheme!r}")
    if not url.raw_host:
        raise FetchFailure(INVALID_URL, f"URL has no host: {url}")
    if url.port is not None and not 0 < url.port < 65536:
        raise FetchFailure(INVALID_URL, f"port {url.port} is out of range")
    return url.copy_with(fragment=None)


def redirect_target(url: httpx.URL, location: str) -> httpx.URL:
    try:
        target = url.join(location.strip())
    except (httpx.InvalidURL, TypeError, ValueError, UnicodeError) as exc:
        raise FetchFailure(INVALID_URL, f"redirect to an invalid URL {location!r}: {exc}") from exc
    return checked(target)


def host_of(url: httpx.URL) -> str:
    """The host in ASCII (IDNA), lower case, without a trailing dot."""
    return url.raw_host.decode("ascii").lower().rstrip(".")


def port_of(url: httpx.URL) -> int:
    return url.port or DEFAULT_PORTS[url.scheme]


def origin_of(url: httpx.URL) -> str:
    """scheme://host:port, the unit robots.txt applies to."""
    return f"{url.scheme}://{host_of(url)}:{port_of(url)}"
