"""Pieces of the fetcher on their own: bounded inflation, retry timing, URL checks."""

from __future__ import annotations

import gzip
import random
import zlib
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest
from fault_server import gzip_bomb

from newsetl.fetch.body import Inflater, gunzip_document, inflaters_for
from newsetl.fetch.outcomes import FetchFailure
from newsetl.fetch.retry import backoff_s, is_retryable_status, parse_retry_after, retry_wait_s
from newsetl.fetch.robots import rules_from_response
from newsetl.fetch.urls import origin_of, parse_url, redirect_target

MiB = 1024 * 1024


def test_inflater_stops_a_bomb_just_past_the_budget():
    inflater = Inflater(16 + zlib.MAX_WBITS, budget=MiB)
    bomb = gzip_bomb()
    out = inflater.feed(bomb)
    assert len(out) == MiB + 1  # one byte past the cap proves it is too large, no more
    assert inflater.feed(b"more") == b""


def test_inflater_handles_small_pieces_and_multiple_members():
    data = gzip.compress(b"first member ") + gzip.compress(b"second member")
    inflater = Inflater(16 + zlib.MAX_WBITS, budget=MiB, multi_member=True)
    out = b"".join(inflater.feed(data[i : i + 3]) for i in range(0, len(data), 3))
    assert out + inflater.finish() == b"first member second member"


def test_stacked_content_encodings_are_undone_in_reverse():
    body = gzip.compress(zlib.compress(b"hello"))  # deflate first, then gzip
    inflaters = inflaters_for("deflate, gzip", MiB)
    data = body
    for inflater in inflaters:
        data = inflater.feed(data)
    assert data == b"hello"


def test_unsupported_content_encoding_is_a_decode_error():
    with pytest.raises(FetchFailure) as failure:
        inflaters_for("br", MiB)
    assert failure.value.outcome == "decode_error"


def test_gzipped_document_bomb_is_too_large():
    with pytest.raises(FetchFailure) as failure:
        gunzip_document(gzip_bomb(), MiB)
    assert failure.value.outcome == "too_large"
    assert gunzip_document(b"<rss/>", MiB) == b"<rss/>"


@pytest.mark.parametrize(
    ("status", "retry"),
    [(429, True), (500, True), (503, True), (501, False), (404, False), (410, False)],
)
def test_retryable_statuses(status, retry):
    assert is_retryable_status(status) is retry


def test_retry_after_forms():
    now = datetime(2025, 1, 1, tzinfo=UTC)
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30.0
    assert parse_retry_after(format_datetime(now - timedelta(hours=1), usegmt=True), now) == 0.0
    assert parse_retry_after("soon") is None
    assert parse_retry_after(None) is None


def test_full_jitter_backoff_stays_within_its_ceiling():
    rng = random.Random(7)
    waits = [backoff_s(attempt, 0.5, 4.0, rng) for attempt in (1, 2, 3, 4, 5, 6) for _ in range(50)]
    assert all(0 <= wait <= 4.0 for wait in waits)
    assert max(backoff_s(1, 0.5, 4.0, rng) for _ in range(50)) <= 0.5


def test_retry_after_is_honoured_within_its_bound():
    rng = random.Random(1)
    bounds = {"base_s": 0.1, "cap_s": 1.0, "retry_after_cap_s": 60.0, "rng": rng}
    assert retry_wait_s(1, 30.0, **bounds) == 30.0
    assert retry_wait_s(1, 3600.0, **bounds) is None


def test_urls_lose_their_fragment_and_keep_their_origin():
    url = parse_url("  https://Example.COM/a/b?x=1#top ")
    assert str(url) == "https://example.com/a/b?x=1"
    assert origin_of(url) == "https://example.com:443"
    assert str(redirect_target(url, "../c")) == "https://example.com/c"


@pytest.mark.parametrize("location", ["javascript:alert(1)", "ftp://example.com/", "http://[::1"])
def test_redirects_to_unfetchable_urls_are_invalid(location):
    with pytest.raises(FetchFailure) as failure:
        redirect_target(parse_url("http://example.com/"), location)
    assert failure.value.outcome == "invalid_url"


def test_request_rate_counts_as_a_crawl_delay():
    rules = rules_from_response(200, b"User-agent: *\nCrawl-delay: 2\nRequest-rate: 1/5s\n")
    assert rules.crawl_delay_s("newsetl") == 5.0
    assert (
        rules_from_response(200, b"User-agent: *\nDisallow: /x\n").crawl_delay_s("newsetl") is None
    )


@pytest.mark.parametrize(
    ("status", "allows"), [(404, True), (410, True), (401, True), (429, False), (503, False)]
)
def test_robots_status_verdicts(status, allows):
    assert rules_from_response(status, b"").allows("http://example.com/a", "newsetl") is allows
