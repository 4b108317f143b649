"""A hostile web in one process: an HTTP server on 127.0.0.1 with one endpoint per fault.

Each path misbehaves in one way (slow headers, a drip-fed body, a gzip bomb, a
redirect loop, a lying charset, ...). The site's robots.txt depends on the Host
header, so fictional hosts routed here with ``connect_to`` or a fake resolver
get their own robots.txt:

- ``robots500.test``: robots.txt answers 500 (the site counts as unreachable);
- ``polite.test``: ``Crawl-delay: 0.5``;
- ``norobots.test``: robots.txt is 404 (everything allowed);
- ``slowrobots.test``: robots.txt comes after 3 seconds;
- any other host: ``Disallow: /private/``.

``/news/N`` serves realistic article pages (``news_pages``), each its own
story, with an ETag and Last-Modified and a 304 to a matching conditional GET.

Every request is recorded (time, host, path, headers) so tests can check what
the fetcher sent. Also used by ``benchmarks/fetch_soak.py``.
"""

from __future__ import annotations

import functools
import gzip
import sys
import threading
import time
import zlib
from collections import Counter
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from news_pages import NO_TEXT_PAGE, news_page

PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(64))
PDF_BYTES = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(200)
ETAG = '"v1-abc"'
LAST_MODIFIED = "Wed, 01 Jan 2025 00:00:00 GMT"
BOMB_INFLATED_BYTES = 64 * 1024 * 1024
HUGE_BYTES = 64 * 1024 * 1024
CHUNK = 64 * 1024
ROBOTS = {
    "polite.test": b"User-agent: *\nCrawl-delay: 0.5\n",
    "default": b"User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n",
}
CYRILLIC_TEXT = "Привет, мир! Новости дня: правительство объявило о новых мерах."


def article_html(title: str, body: str = "Some news text.", charset: str = "utf-8") -> str:
    return (
        f'<!doctype html><html><head><meta charset="{charset}"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1><p>{body}</p></article></body></html>"
    )


@functools.cache
def gzip_bomb(inflated_bytes: int = BOMB_INFLATED_BYTES) -> bytes:
    """A small gzip stream that inflates to ``inflated_bytes`` of zeros."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1024 * 1024)
    parts = [compressor.compress(block) for _ in range(inflated_bytes // len(block))]
    return b"".join(parts) + compressor.flush()


@dataclass
class Hit:
    at: float
    host: str
    path: str
    headers: dict[str, str]
    client_port: int  # tells connections apart


@dataclass
class FaultLog:
    hits: list[Hit] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, hit: Hit) -> int:
        with self.lock:
            self.hits.append(hit)
            self.counts[(hit.host, hit.path)] += 1
            return self.counts[(hit.host, hit.path)]

    def to(self, path: str, host: str | None = None) -> list[Hit]:
        with self.lock:
            return [h for h in self.hits if h.path == path and (host is None or h.host == host)]


class FaultHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FaultServer

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
        headers = {k.lower(): v for k, v in self.headers.items()}
        hit = Hit(time.monotonic(), host, parts.path, headers, self.client_address[1])
        self.visit = self.server.log.record(hit)
        self.query = {key: values[0] for key, values in parse_qs(parts.query).items()}
        self.host = host
        try:
            self._route(parts.path)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            self.close_connection = True

    # -- helpers -------------------------------------------------------------

    def send(
        self,
        status: int,
        body: bytes = b"",
        content_type: str | None = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def page(self, title: str, **kwargs: object) -> None:
        self.send(200, article_html(title).encode(), **kwargs)

    def redirect(self, location: str, status: int = 302) -> None:
        self.send(status, b"", headers={"Location": location})

    def first_visit_fails(self, status: int, headers: dict[str, str] | None = None) -> None:
        if self.visit == 1:
            self.send(status, b"try again", headers=headers)
        else:
            self.page("Recovered")

    # -- endpoints -----------------------------------------------------------

    def _route(self, path: str) -> None:
        if path == "/robots.txt":
            return self.robots()
        name, _, rest = path.lstrip("/").partition("/")
        handler = getattr(self, f"ep_{name.replace('-', '_')}", None)
        if handler is None:
            return self.send(404, b"not found")
        return handler(rest)

    def robots(self) -> None:
        if self.host == "robots500.test":
            return self.send(500, b"oops", content_type="text/plain")
        if self.host == "norobots.test":
            return self.send(404, b"none", content_type="text/plain")
        if self.host == "slowrobots.test":
            time.sleep(3)
        rules = ROBOTS.get(self.host, ROBOTS["default"])
        self.send(200, rules, content_type="text/plain")

    def ep_ok(self, rest: str) -> None:
        self.page(f"OK {rest}".strip())

    def ep_article(self, rest: str) -> None:
        """A realistic page of about ``kb`` KiB, gzipped when the client accepts it."""
        paragraph = (
            f"Paragraph of article {rest}: the council met on Tuesday to discuss the budget. "
        )
        text = paragraph * max(1, int(self.query.get("kb", "16")) * 1024 // len(paragraph))
        body = article_html(f"Article {rest}", text).encode()
        if "gzip" in self.headers.get("Accept-Encoding", ""):
            return self.send(200, gzip.compress(body, 5), headers={"Content-Encoding": "gzip"})
        self.send(200, body)

    def ep_private(self, rest: str) -> None:
        self.page("Private")

    def ep_status(self, rest: str) -> None:
        self.send(int(rest), f"status {rest}".encode())

    def ep_flaky(self, rest: str) -> None:
        self.first_visit_fails(500)

    def ep_ratelimited(self, rest: str) -> None:
        self.first_visit_fails(429, {"Retry-After": self.query.get("after", "1")})

    def ep_ratelimited_date(self, rest: str) -> None:
        self.first_visit_fails(429, {"Retry-After": formatdate(time.time() + 1, usegmt=True)})

    def ep_unavailable(self, rest: str) -> None:
        self.send(503, b"down for maintenance")

    def ep_hangup(self, rest: str) -> None:
        self.close_connection = True  # no response at all

    def ep_slow_headers(self, rest: str) -> None:
        time.sleep(float(self.query.get("s", "3")))
        self.page("Late")

    def ep_drip(self, rest: str) -> None:
        body = article_html("Drip", "x" * 400).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        for byte in body:
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(0.05)

    def ep_huge_declared(self, rest: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(HUGE_BYTES))
        self.end_headers()
        self.stream(HUGE_BYTES)

    def ep_huge_chunked(self, rest: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b"<p>" + b"a" * (CHUNK - 7) + b"</p>"
        for _ in range(HUGE_BYTES // CHUNK):
            self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        self.wfile.write(b"0\r\n\r\n")

    def stream(self, size: int) -> None:
        chunk = b"a" * CHUNK
        for _ in range(size // CHUNK):
            self.wfile.write(chunk)

    def ep_gzip_bomb(self, rest: str) -> None:
        self.send(200, gzip_bomb(), headers={"Content-Encoding": "gzip"})

    def ep_gzip(self, rest: str) -> None:
        body = gzip.compress(article_html("Gzipped").encode())
        self.send(200, body, headers={"Content-Encoding": "gzip"})

    def ep_deflate(self, rest: str) -> None:
        raw = rest == "raw"
        compressor = zlib.compressobj(6, zlib.DEFLATED, -zlib.MAX_WBITS if raw else zlib.MAX_WBITS)
        body = compressor.compress(article_html("Deflated").encode()) + compressor.flush()
        self.send(200, body, headers={"Content-Encoding": "deflate"})

    def ep_corrupt_gzip(self, rest: str) -> None:
        body = gzip.compress(article_html("Corrupt").encode())
        self.send(200, body[:10] + b"\xff" * 40 + body[50:], headers={"Content-Encoding": "gzip"})

    def ep_unknown_encoding(self, rest: str) -> None:
        self.send(200, b"\x28\xb5\x2f\xfd", headers={"Content-Encoding": "zstd"})

    def ep_loop(self, rest: str) -> None:
        self.redirect("/loop/b" if rest == "a" else "/loop/a")

    def ep_chain(self, rest: str) -> None:
        hops = int(rest)
        if hops == 0:
            return self.page("End of chain")
        self.redirect(f"/chain/{hops - 1}", status=301 if hops % 2 else 307)

    def ep_slow_chain(self, rest: str) -> None:
        time.sleep(float(self.query.get("s", "0.4")))
        hops = int(rest)
        if hops == 0:
            return self.page("End of slow chain")
        self.redirect(f"/slow-chain/{hops - 1}?s={self.query.get('s', '0.4')}")

    def ep_redirect(self, rest: str) -> None:
        self.redirect(self.query["to"])

    def ep_image(self, rest: str) -> None:
        self.send(200, PNG_BYTES, content_type="image/png")

    def ep_pdf(self, rest: str) -> None:
        self.send(200, PDF_BYTES, content_type="application/pdf")

    def ep_png_as_html(self, rest: str) -> None:
        self.send(200, PNG_BYTES, content_type="text/html")

    def ep_untyped_pdf(self, rest: str) -> None:
        self.send(200, PDF_BYTES, content_type=None)

    def ep_untyped_html(self, rest: str) -> None:
        self.send(200, article_html("Untyped").encode(), content_type=None)

    def ep_lying_charset(self, rest: str) -> None:
        body = article_html("Новости", CYRILLIC_TEXT, charset="windows-1251").encode("cp1251")
        self.send(200, body, content_type="text/html; charset=utf-8")

    def ep_latin1_default(self, rest: str) -> None:
        body = article_html("Café", "Ünïcödé déjà vu", charset="utf-8").encode("utf-8")
        self.send(200, body, content_type="text/html; charset=ISO-8859-1")

    def ep_bad_bytes(self, rest: str) -> None:
        body = article_html("Broken", "Valid text \xe9t\xe9 here").encode("utf-8")
        self.send(
            200, body.replace(b"here", b"h\xff\xfere"), content_type="text/html; charset=utf-8"
        )

    def ep_etag(self, rest: str) -> None:
        validators = {"ETag": ETAG, "Last-Modified": LAST_MODIFIED}
        if self.headers.get("If-None-Match") == ETAG:
            return self.send(304, b"", content_type=None, headers=validators)
        self.send(200, article_html("Cached").encode(), headers=validators)

    def ep_last_modified(self, rest: str) -> None:
        if self.headers.get("If-Modified-Since") == LAST_MODIFIED:
            return self.send(304, b"", content_type=None, headers={"Last-Modified": LAST_MODIFIED})
        self.send(200, article_html("Dated").encode(), headers={"Last-Modified": LAST_MODIFIED})

    def ep_news(self, rest: str) -> None:
        """Realistic article page N: conditional GETs answered, gzip when accepted."""
        page = news_page(int(rest))
        validators = {"ETag": page.etag, "Last-Modified": page.last_modified}
        if self.headers.get("If-None-Match") == page.etag or (
            "If-None-Match" not in self.headers
            and self.headers.get("If-Modified-Since") == page.last_modified
        ):
            return self.send(304, b"", content_type=None, headers=validators)
        if "gzip" in self.headers.get("Accept-Encoding", ""):
            validators["Content-Encoding"] = "gzip"
            return self.send(200, gzip.compress(page.body, 5, mtime=0), headers=validators)
        self.send(200, page.body, headers=validators)

    def ep_lying_news(self, rest: str) -> None:
        """Article page N in windows-1252 under a header and a meta tag that say UTF-8."""
        body = news_page(int(rest)).body.decode("utf-8").encode("cp1252", "xmlcharrefreplace")
        self.send(200, body, content_type="text/html; charset=utf-8")

    def ep_ratelimited_news(self, rest: str) -> None:
        """429 with Retry-After on the first visit, then article page N."""
        if self.visit == 1:
            return self.send(429, b"slow down", headers={"Retry-After": "1"})
        self.ep_news(rest)

    def ep_always_429(self, rest: str) -> None:
        self.send(429, b"slow down", headers={"Retry-After": self.query.get("after", "1")})

    def ep_no_text(self, rest: str) -> None:
        self.send(200, NO_TEXT_PAGE)

    def ep_feed(self, rest: str) -> None:
        rss = b'<?xml version="1.0" encoding="utf-8"?><rss><channel><item><link>/ok/1</link></item></channel></rss>'
        if rest == "gz":
            return self.send(200, gzip.compress(rss), content_type="application/x-gzip")
        self.send(200, rss, content_type="application/rss+xml")


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), FaultHandler)
        self.log = FaultLog()
        self._thread = threading.Thread(target=self.serve_forever, daemon=True)

    def handle_error(self, request: object, client_address: object) -> None:
        """Clients hanging up mid-fault is the point here, not an error worth a traceback."""
        if not isinstance(sys.exc_info()[1], OSError):
            super().handle_error(request, client_address)

    @property
    def port(self) -> int:
        return self.server_address[1]

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def __enter__(self) -> FaultServer:
        gzip_bomb()  # built now: built on its first request, it can outlast a client's timeout
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.shutdown()
        self.server_close()
