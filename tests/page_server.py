"""A real HTTP server on 127.0.0.1 serving fixed HTML pages, for flow tests.

Pages are sent in full every time, with no ETag or Last-Modified; any other
path (robots.txt too) is a 404.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class PageServer:
    base_url: str
    pages: dict[str, str]
    hits: list[str] = field(default_factory=list)  # paths of the pages served

    def url(self, path: str) -> str:
        return f"{self.base_url}{path}"


@contextmanager
def serve_pages(pages: dict[str, str]) -> Iterator[PageServer]:
    site = PageServer("", pages)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(site))
    site.base_url = f"http://127.0.0.1:{server.server_port}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def _handler_for(site: PageServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's naming)
            page = site.pages.get(self.path)
            if page is None:
                self.send_error(404)
                return
            site.hits.append(self.path)
            body = page.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    return Handler
