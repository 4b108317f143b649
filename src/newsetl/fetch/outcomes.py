"""The named fates of a fetch, and the exception that carries a failure to its record."""

from __future__ import annotations

FETCHED = "fetched"
NOT_MODIFIED = "not_modified"
HTTP_ERROR = "http_error"
TIMEOUT = "timeout"
CONNECTION_ERROR = "connection_error"
TOO_LARGE = "too_large"
ROBOTS_DISALLOWED = "robots_disallowed"
BLOCKED_ADDRESS = "blocked_address"
NOT_HTML = "not_html"
DECODE_ERROR = "decode_error"
REDIRECT_LOOP = "redirect_loop"
TOO_MANY_REDIRECTS = "too_many_redirects"
INVALID_URL = "invalid_url"

OUTCOMES = (
    FETCHED,
    NOT_MODIFIED,
    HTTP_ERROR,
    TIMEOUT,
    CONNECTION_ERROR,
    TOO_LARGE,
    ROBOTS_DISALLOWED,
    BLOCKED_ADDRESS,
    NOT_HTML,
    DECODE_ERROR,
    REDIRECT_LOOP,
    TOO_MANY_REDIRECTS,
    INVALID_URL,
)


class FetchFailure(Exception):
    """A per-URL failure with its outcome; ``retryable`` ones may be tried again."""

    def __init__(
        self,
        outcome: str,
        message: str,
        *,
        status_code: int | None = None,
        retryable: bool = False,
        retry_after_s: float | None = None,
        url: str | None = None,
        content_type: str | None = None,
    ) -> None:
        super().__init__(message)
        self.outcome = outcome
        self.message = message
        self.status_code = status_code
        self.retryable = retryable
        self.retry_after_s = retry_after_s
        self.url = url  # the URL (redirect hop) where it failed
        self.content_type = content_type


class BlockedAddress(FetchFailure):
    """A host resolved to an address the SSRF policy refuses."""

    def __init__(self, message: str) -> None:
        super().__init__(BLOCKED_ADDRESS, message)


class ResolutionFailed(FetchFailure):
    """DNS gave no address; temporary failures (EAI_AGAIN) may be retried."""

    def __init__(self, message: str, *, temporary: bool) -> None:
        super().__init__(CONNECTION_ERROR, message, retryable=temporary)
