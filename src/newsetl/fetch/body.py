"""Read a response body within limits, undoing Content-Encoding ourselves.

httpx would inflate gzip without any cap, so the raw bytes are read with
``aiter_raw`` and inflated here with zlib's ``max_length``: a gzip bomb is
refused after ``max_decoded_bytes`` of output, never inflated whole. The
Content-Length header is checked before reading, the wire size while reading.
"""

from __future__ import annotations

import zlib

import httpx

from newsetl.fetch.outcomes import DECODE_ERROR, TOO_LARGE, FetchFailure

_GZIP_MAGIC = b"\x1f\x8b"


class Inflater:
    """Incremental zlib decompression that never yields more than ``budget`` bytes (+1)."""

    def __init__(self, wbits: int, budget: int, *, multi_member: bool = False) -> None:
        self._wbits = wbits
        self._budget = budget
        self._multi_member = multi_member
        self._inflater = zlib.decompressobj(wbits)
        self.produced = 0

    def feed(self, data: bytes) -> bytes:
        out = bytearray()
        while data and self.produced + len(out) <= self._budget:
            room = self._budget - self.produced - len(out) + 1
            out += self._inflater.decompress(data, room)
            if self._inflater.eof:
                data = self._inflater.unused_data
                if not (self._multi_member and data.startswith(_GZIP_MAGIC)):
                    break  # trailing bytes after the stream are ignored, as browsers do
                self._inflater = zlib.decompressobj(self._wbits)
            else:
                data = self._inflater.unconsumed_tail
        self.produced += len(out)
        return bytes(out)

    def finish(self) -> bytes:
        """What zlib still buffers, within the budget (a truncated stream is kept as is)."""
        room = self._budget - self.produced + 1
        if self._inflater.eof or room <= 0:
            return b""
        tail = self._inflater.flush(room)
        self.produced += len(tail)
        return tail


class DeflateInflater(Inflater):
    """HTTP "deflate" is meant to be zlib-wrapped, but some servers send raw deflate."""

    def __init__(self, budget: int) -> None:
        super().__init__(zlib.MAX_WBITS, budget)
        self._started = False

    def feed(self, data: bytes) -> bytes:
        if self._started:
            return super().feed(data)
        self._started = True
        try:
            return super().feed(data)
        except zlib.error:
            self._wbits = -zlib.MAX_WBITS
            self._inflater = zlib.decompressobj(self._wbits)
            return super().feed(data)


def inflaters_for(content_encoding: str | None, budget: int) -> list[Inflater]:
    """Inflaters in the order to apply them (the reverse of the order they were applied)."""
    codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
    inflaters: list[Inflater] = []
    for coding in reversed(codings):
        if coding in ("gzip", "x-gzip"):
            inflaters.append(Inflater(16 + zlib.MAX_WBITS, budget, multi_member=True))
        elif coding == "deflate":
            inflaters.append(DeflateInflater(budget))
        elif coding != "identity":
            raise FetchFailure(DECODE_ERROR, f"unsupported Content-Encoding {coding!r}")
    return inflaters


def declared_length(response: httpx.Response) -> int | None:
    try:
        return int(response.headers.get("content-length", ""))
    except ValueError:
        return None


async def read_body(
    response: httpx.Response,
    *,
    max_body_bytes: int,
    max_decoded_bytes: int,
    truncate: bool = False,
) -> bytes:
    """The decoded body; ``TOO_LARGE`` past a limit, or the first bytes when ``truncate``."""
    length = declared_length(response)
    if length is not None and length > max_body_bytes and not truncate:
        raise FetchFailure(
            TOO_LARGE, f"Content-Length {length} exceeds the {max_body_bytes}-byte limit"
        )
    inflaters = inflaters_for(response.headers.get("content-encoding"), max_decoded_bytes)
    body = bytearray()
    received = 0
    try:
        async for chunk in response.aiter_raw():
            received += len(chunk)
            if received > max_body_bytes:
                if truncate:
                    break
                raise FetchFailure(TOO_LARGE, f"body exceeds the {max_body_bytes}-byte limit")
            body += _through(inflaters, chunk)
            if len(body) > max_decoded_bytes:
                break
        else:
            for index, inflater in enumerate(inflaters):
                body += _through(inflaters[index + 1 :], inflater.finish())
    except zlib.error as exc:
        raise FetchFailure(DECODE_ERROR, f"corrupt compressed body: {exc}") from exc
    if len(body) > max_decoded_bytes:
        if truncate:
            return bytes(body[:max_decoded_bytes])
        raise FetchFailure(
            TOO_LARGE,
            f"body inflates past the {max_decoded_bytes}-byte limit "
            f"(from {received} bytes on the wire; a compression bomb?)",
        )
    return bytes(body)


def _through(inflaters: list[Inflater], data: bytes) -> bytes:
    for inflater in inflaters:
        data = inflater.feed(data)
    return data


def gunzip_document(body: bytes, max_decoded_bytes: int) -> bytes:
    """A gzipped file (``sitemap.xml.gz``) served as-is, inflated within the cap."""
    if not body.startswith(_GZIP_MAGIC):
        return body
    inflater = Inflater(16 + zlib.MAX_WBITS, max_decoded_bytes, multi_member=True)
    try:
        data = inflater.feed(body) + inflater.finish()
    except zlib.error as exc:
        raise FetchFailure(DECODE_ERROR, f"corrupt gzip file: {exc}") from exc
    if len(data) > max_decoded_bytes:
        raise FetchFailure(TOO_LARGE, f"gzip file inflates past the {max_decoded_bytes}-byte limit")
    return data
