"""Serving the three sample news sites from one local HTTP server.

One ``ThreadingHTTPServer`` on 127.0.0.1 (a free port) answers for all three
``.example`` host names, choosing the site by the ``Host`` header. A fetcher
connects to ``127.0.0.1:PORT`` and sends the real host name, like curl's
``--connect-to``: ``SampleSite.host_map`` is that mapping, and
``SampleSite.sources`` the feed and sitemap URLs to ingest. Those URLs name the
hosts, not the port, so they are the same on every run.

The server behaves like a real one where a crawler can tell: correct content
types, ``Last-Modified`` and ``ETag`` on everything, 304 for conditional
requests, gzip when asked, 404 for unknown paths and hosts, and a 301 to the
canonical path when a trailing slash is missing. It writes nothing per request.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.utils import format_datetime, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

from newsetl.demo.resources import Resource, SiteResources, build_site_resources
from newsetl.demo.sites import SITE_HOSTS, SITES

__all__ = ["ADDRESS", "SITE_HOSTS", "SampleSite", "serve_sample_site"]

ADDRESS = "127.0.0.1"
HTTP_PORT = 80
NOT_FOUND_PAGE = (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Page not found</title>'
    "</head><body><h1>Page not found</h1><p>Sorry, we couldn’t find that page.</p></body></html>\n"
).encode()


@dataclass(frozen=True, slots=True)
class SampleSite:
    """A running sample server: where it listens and what to ingest from it."""

    port: int
    address: str = ADDRESS
    sources: tuple[str, ...] = tuple(site.discovery_url for site in SITES)

    @property
    def host_map(self) -> dict[str, tuple[str, int]]:
        """``"host:80" -> (address, port)`` for every site host: the connect-to map."""
        return {f"{host}:{HTTP_PORT}": (self.address, self.port) for host in SITE_HOSTS}


@contextmanager
def serve_sample_site(port: int = 0) -> Iterator[SampleSite]:
    """Serve the sample sites in a daemon thread until the block ends."""
    server = _SampleSiteServer((ADDRESS, port), build_site_resources())
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.05},
        name="newsetl-sample-site",
        daemon=True,
    )
    thread.start()
    try:
        yield SampleSite(port=server.server_address[1])
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


class _SampleSiteServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], resources: SiteResources) -> None:
        self.resources = resources
        super().__init__(address, _SampleSiteHandler)


class _SampleSiteHandler(BaseHTTPRequestHandler):
    server: _SampleSiteServer
    protocol_version = "HTTP/1.1"
    server_version = "nginx"
    sys_version = ""
    timeout = 10  # an idle keep-alive connection is closed after this many seconds
    disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms stall between

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the sample site writes nothing per request."""

    def _answer(self, *, send_body: bool) -> None:
        host = host_name(self.headers.get("Host", ""))
        path = unquote(urlsplit(self.path).path) or "/"
        resource = self.server.resources.get((host, path))
        if resource is not None:
            self._send_resource(resource, send_body=send_body)
        elif not path.endswith("/") and (host, path + "/") in self.server.resources:
            self._send_redirect(f"http://{host}{path}/")
        else:
            self._send_plain(HTTPStatus.NOT_FOUND, NOT_FOUND_PAGE, send_body=send_body)

    def _send_resource(self, resource: Resource, *, send_body: bool) -> None:
        gzipped = resource.gzipped is not None and accepts_gzip(
            self.headers.get("Accept-Encoding", "")
        )
        etag = gzip_etag(resource.etag) if gzipped else resource.etag
        if not_modified(self.headers, resource):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            self._validators(resource, etag)
            self.end_headers()
            return
        body = resource.gzipped if gzipped else resource.body
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", resource.content_type)
        self.send_header("Content-Length", str(len(body)))
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        self._validators(resource, etag)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _validators(self, resource: Resource, etag: str) -> None:
        self.send_header("Last-Modified", format_datetime(resource.last_modified, usegmt=True))
        self.send_header("ETag", etag)
        self.send_header("Cache-Control", "public, max-age=60")
        if resource.gzipped is not None:
            self.send_header("Vary", "Accept-Encoding")

    def _send_redirect(self, location: str) -> None:
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _send_plain(self, status: HTTPStatus, body: bytes, *, send_body: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)


def host_name(host_header: str) -> str:
    """The host of a ``Host`` header: no port, lower case, no trailing dot."""
    name = host_header.strip().lower()
    if name.startswith("["):  # an IPv6 literal keeps its colons
        return name.split("]")[0] + "]"
    return name.split(":")[0].rstrip(".")


def accepts_gzip(accept_encoding: str) -> bool:
    for item in accept_encoding.split(","):
        coding, _, params = item.strip().partition(";")
        if coding.strip().lower() in ("gzip", "x-gzip", "*"):
            return params.replace(" ", "").lower() not in ("q=0", "q=0.0", "q=0.00", "q=0.000")
    return False


def gzip_etag(etag: str) -> str:
    """The ETag of the gzip-encoded representation (distinct, as nginx and Apache make it)."""
    return etag[:-1] + '-gzip"'


def not_modified(headers, resource: Resource) -> bool:
    """RFC 9110 13.2.2: If-None-Match decides when present, else If-Modified-Since."""
    if_none_match = headers.get("If-None-Match")
    if if_none_match is not None:
        return _etag_matches(if_none_match, resource.etag)
    if_modified_since = headers.get("If-Modified-Since")
    if not if_modified_since:
        return False
    try:
        since = parsedate_to_datetime(if_modified_since)
    except (TypeError, ValueError):
        return False  # an unreadable date is ignored, as the RFC asks
    if since.tzinfo is None:
        return False
    return resource.last_modified <= since


def _etag_matches(if_none_match: str, etag: str) -> bool:
    """Weak comparison, either content coding of the same body matching."""
    if if_none_match.strip() == "*":
        return True
    candidates = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
    return etag in candidates or gzip_etag(etag) in candidates
