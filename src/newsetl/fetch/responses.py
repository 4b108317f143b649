"""From an HTTP response to a redirect, a 304, a page or a named failure."""

from __future__ import annotations

from dataclasses import dataclass, field

import httpx

from newsetl.encoding import decode_html, looks_binary
from newsetl.fetch.body import gunzip_document, read_body
from newsetl.fetch.config import ACCEPT_HEADERS, FetchRequest, FetchSettings
from newsetl.fetch.outcomes import (
    DECODE_ERROR,
    FETCHED,
    HTTP_ERROR,
    NOT_HTML,
    NOT_MODIFIED,
    FetchFailure,
)
from newsetl.fetch.retry import is_retryable_status, parse_retry_after
from newsetl.models import FetchResult

REDIRECT_STATUSES = frozenset({300, 301, 302, 303, 307, 308})


@dataclass(slots=True)
class FetchedPage(FetchResult):
    """A ``FetchResult`` that also carries the body as received (after Content-Encoding)."""

    raw_body: bytes | None = field(default=None, repr=False)
    encoding: str | None = None  # the charset the body was decoded with


@dataclass(slots=True)
class Reply:
    """What one request/response exchange gave: a redirect, a 304, or a body."""

    url: httpx.URL
    status: int
    headers: httpx.Headers
    body: bytes | None = None
    location: str | None = None


def media_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def request_headers(request: FetchRequest) -> dict[str, str]:
    headers = {"Accept": ACCEPT_HEADERS[request.kind]}
    if request.etag:
        headers["If-None-Match"] = request.etag
    if request.last_modified:
        headers["If-Modified-Since"] = request.last_modified
    return headers


def redirect_reply(url: httpx.URL, response: httpx.Response) -> Reply | None:
    location = response.headers.get("location")
    if response.status_code in REDIRECT_STATUSES and location:
        return Reply(url, response.status_code, response.headers, location=location)
    return None


async def read_reply(
    settings: FetchSettings, request: FetchRequest, url: httpx.URL, response: httpx.Response
) -> Reply:
    """A redirect or a 304 as is; an error status or refused type raised; else the body read."""
    status, headers = response.status_code, response.headers
    redirect = redirect_reply(url, response)
    if redirect is not None:
        return redirect
    if status == 304:
        return Reply(url, status, headers)
    content_type = headers.get("content-type")
    if not 200 <= status < 300:
        raise FetchFailure(
            HTTP_ERROR,
            f"HTTP {status} {response.reason_phrase}".strip(),
            status_code=status,
            retryable=is_retryable_status(status),
            retry_after_s=parse_retry_after(headers.get("retry-after")),
            url=str(url),
            content_type=content_type,
        )
    mime = media_type(content_type)
    if mime is not None and mime not in settings.content_types(request.kind):
        raise FetchFailure(
            NOT_HTML,
            f"content type {mime} is not accepted for a {request.kind}",
            status_code=status,
            url=str(url),
            content_type=content_type,
        )
    body = await read_body(
        response,
        max_body_bytes=settings.max_body_bytes,
        max_decoded_bytes=settings.max_decoded_bytes,
    )
    return Reply(url, status, headers, body=body)


def page_from_reply(settings: FetchSettings, request: FetchRequest, reply: Reply) -> FetchedPage:
    """The final reply of a chain as a page: not modified, or the body decoded to text."""
    content_type = reply.headers.get("content-type")
    common = {
        "url": request.url,
        "final_url": str(reply.url),
        "status_code": reply.status,
        "content_type": content_type,
        "etag": reply.headers.get("etag"),
        "last_modified": reply.headers.get("last-modified"),
    }
    if reply.status == 304:
        common["etag"] = common["etag"] or request.etag
        common["last_modified"] = common["last_modified"] or request.last_modified
        return FetchedPage(outcome=NOT_MODIFIED, **common)
    body = reply.body or b""
    if request.kind == "feed":  # sitemap.xml.gz and friends, served as files
        body = gunzip_document(body, settings.max_decoded_bytes)
    not_text = looks_binary(body)
    if not_text:
        raise FetchFailure(
            NOT_HTML if media_type(content_type) is None else DECODE_ERROR,
            f"body is not text: {not_text}",
            status_code=reply.status,
            url=str(reply.url),
            content_type=content_type,
        )
    html, encoding = decode_html(body, content_type)
    return FetchedPage(outcome=FETCHED, html=html, raw_body=body, encoding=encoding, **common)


def failed_page(request: FetchRequest, failure: FetchFailure) -> FetchedPage:
    return FetchedPage(
        url=request.url,
        outcome=failure.outcome,
        final_url=failure.url,
        status_code=failure.status_code,
        error=failure.message,
        content_type=failure.content_type,
    )
