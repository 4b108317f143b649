"""Every fault of the hostile web ends as its named outcome, and good pages are fetched."""

from __future__ import annotations

import asyncio

import pytest
from fault_server import CYRILLIC_TEXT, ETAG, LAST_MODIFIED
from fetch_helpers import closed_port, fetch, fetch_with

from newsetl.fetch import OUTCOMES, FetchRequest


def test_good_page_is_fetched_with_metadata(settings, fault_server):
    url = fault_server.url("/ok/first")
    [page] = fetch(settings, url)
    assert page.outcome == "fetched", page.error
    assert page.ok
    assert "<h1>OK first</h1>" in page.html
    assert page.status_code == 200
    assert page.final_url == url
    assert page.attempts == 1
    assert page.content_type.startswith("text/html")
    assert page.raw_body.startswith(b"<!doctype html>")
    assert page.encoding == "utf-8"
    assert page.fetched_at is not None and page.fetched_at.tzinfo is None
    assert page.elapsed_ms > 0


def test_requests_carry_an_identifiable_user_agent(settings, fault_server):
    fetch(settings, fault_server.url("/ok/ua"))
    [hit] = fault_server.log.to("/ok/ua")
    assert hit.headers["user-agent"] == "newsetl/0.1 (+contact: tests@newsetl.invalid)"
    assert hit.headers["accept-encoding"] == "gzip, deflate"


def test_results_keep_the_order_of_requests(settings, fault_server):
    urls = [fault_server.url(p) for p in ("/status/404", "/ok/a", "/image/x", "/ok/b")]
    results = fetch(settings, *urls)
    assert [r.url for r in results] == urls
    assert [r.outcome for r in results] == ["http_error", "fetched", "not_html", "fetched"]


@pytest.mark.parametrize("status", [404, 410, 403, 501])
def test_client_errors_are_not_retried(settings, fault_server, status):
    page = fetch_with(settings, fault_server.url(f"/status/{status}"))
    assert (page.outcome, page.status_code, page.attempts) == ("http_error", status, 1)
    assert str(status) in page.error


def test_server_error_then_success_is_retried(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/flaky/once"))
    assert (page.outcome, page.attempts) == ("fetched", 2)
    assert "Recovered" in page.html


def test_server_error_forever_gives_up_after_max_attempts(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/unavailable/x"))
    assert (page.outcome, page.status_code, page.attempts) == ("http_error", 503, 3)
    assert len(fault_server.log.to("/unavailable/x")) == 3


def test_429_waits_for_retry_after_seconds(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/ratelimited/seconds?after=1"))
    assert (page.outcome, page.attempts) == ("fetched", 2)
    first, second = fault_server.log.to("/ratelimited/seconds")
    assert second.at - first.at >= 0.9  # the server asked for one second


def test_429_waits_for_retry_after_http_date(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/ratelimited-date/x"))
    assert (page.outcome, page.attempts) == ("fetched", 2)


def test_retry_after_beyond_the_bound_is_not_waited_for(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/ratelimited/long?after=3600"))
    assert (page.outcome, page.status_code, page.attempts) == ("http_error", 429, 1)
    assert "Retry-After" in page.error


def test_connection_dropped_without_response_is_retried(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/hangup/x"))
    assert (page.outcome, page.attempts) == ("connection_error", 3)


def test_nothing_listening_is_a_connection_error(settings, fault_server):
    url = f"http://127.0.0.1:{closed_port()}/"
    page = fetch_with(settings, url, max_attempts=2, obey_robots=False)
    assert (page.outcome, page.attempts) == ("connection_error", 2)
    # With robots.txt obeyed, the dead host already fails at its robots.txt.
    page = fetch_with(settings, url, max_attempts=2)
    assert (page.outcome, page.attempts) == ("connection_error", 1)
    assert "robots.txt unreachable" in page.error


def test_slow_headers_time_out(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/slow-headers/x?s=3"), max_attempts=1)
    assert (page.outcome, page.attempts) == ("timeout", 1)


def test_drip_fed_body_hits_the_total_timeout(settings, fault_server):
    # Each byte arrives well within the read timeout; only the total bound stops it.
    page = fetch_with(settings, fault_server.url("/drip/x"), max_attempts=1, total_timeout_s=1.0)
    assert page.outcome == "timeout"
    assert "1s" in page.error


def test_declared_huge_body_is_refused_before_reading(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/huge-declared/x"))
    assert (page.outcome, page.attempts) == ("too_large", 1)
    assert "Content-Length" in page.error


def test_huge_chunked_body_is_cut_off_while_streaming(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/huge-chunked/x"))
    assert page.outcome == "too_large"
    assert "1048576-byte limit" in page.error


def test_gzip_bomb_is_refused_without_inflating_it(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/gzip-bomb/x"))
    assert page.outcome == "too_large"
    assert "inflates past" in page.error


@pytest.mark.parametrize(
    ("path", "title"),
    [("/gzip/x", "Gzipped"), ("/deflate/zlib", "Deflated"), ("/deflate/raw", "Deflated")],
)
def test_compressed_pages_are_inflated(settings, fault_server, path, title):
    page = fetch_with(settings, fault_server.url(path))
    assert page.outcome == "fetched", page.error
    assert f"<h1>{title}</h1>" in page.html


def test_corrupt_gzip_is_a_decode_error(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/corrupt-gzip/x"))
    assert page.outcome == "decode_error"


def test_unadvertised_content_encoding_is_a_decode_error(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/unknown-encoding/x"))
    assert page.outcome == "decode_error"
    assert "zstd" in page.error


def test_redirect_loop_is_detected(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/loop/a"))
    assert (page.outcome, page.attempts) == ("redirect_loop", 1)
    assert page.final_url == fault_server.url("/loop/b")


def test_redirects_within_the_limit_are_followed(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/chain/5"))
    assert page.outcome == "fetched"
    assert page.final_url == fault_server.url("/chain/0")
    assert page.url == fault_server.url("/chain/5")


def test_too_many_redirects(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/chain/6"))
    assert page.outcome == "too_many_redirects"


def test_redirect_to_another_scheme_is_an_invalid_url(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/redirect/x?to=file:///etc/passwd"))
    assert page.outcome == "invalid_url"


@pytest.mark.parametrize("path", ["/image/x", "/pdf/x"])
def test_non_html_content_types_are_refused_unread(settings, fault_server, path):
    page = fetch_with(settings, fault_server.url(path))
    assert (page.outcome, page.status_code) == ("not_html", 200)
    assert page.html is None


def test_binary_body_labelled_html_is_a_decode_error(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/png-as-html/x"))
    assert page.outcome == "decode_error"


def test_untyped_body_is_sniffed(settings, fault_server):
    pdf, html = fetch(
        settings, fault_server.url("/untyped-pdf/x"), fault_server.url("/untyped-html/x")
    )
    assert pdf.outcome == "not_html"
    assert html.outcome == "fetched"


def test_lying_charset_header_gives_way_to_the_meta_charset(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/lying-charset/x"))
    assert page.outcome == "fetched"
    assert CYRILLIC_TEXT in page.html
    assert page.encoding == "cp1251"


def test_latin1_default_header_over_utf8_body(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/latin1-default/x"))
    assert "Ünïcödé déjà vu" in page.html


def test_stray_bad_bytes_do_not_lose_the_page(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/bad-bytes/x"))
    assert page.outcome == "fetched"
    assert "Valid text" in page.html


def test_etag_makes_a_conditional_request(settings, fault_server):
    url = fault_server.url("/etag/x")
    first = fetch_with(settings, url)
    assert (first.outcome, first.etag, first.last_modified) == ("fetched", ETAG, LAST_MODIFIED)
    again = fetch_with(settings, FetchRequest(url, etag=first.etag))
    assert (again.outcome, again.status_code, again.etag) == ("not_modified", 304, ETAG)
    assert fault_server.log.to("/etag/x")[-1].headers["if-none-match"] == ETAG


def test_last_modified_makes_a_conditional_request(settings, fault_server):
    url = fault_server.url("/last-modified/x")
    page = fetch_with(settings, FetchRequest(url, last_modified=LAST_MODIFIED))
    assert (page.outcome, page.last_modified) == ("not_modified", LAST_MODIFIED)


def test_feeds_accept_xml_and_gzipped_files_pages_do_not(settings, fault_server):
    rss, gz, as_page = fetch(
        settings,
        FetchRequest(fault_server.url("/feed/rss"), kind="feed"),
        FetchRequest(fault_server.url("/feed/gz"), kind="feed"),
        FetchRequest(fault_server.url("/feed/rss"), kind="page"),
    )
    assert rss.outcome == "fetched" and "<rss>" in rss.html
    assert gz.outcome == "fetched" and "<rss>" in gz.html
    assert as_page.outcome == "not_html"


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.org/x",
        "not a url",
        "http://",
        "mailto:someone@example.org",
        "http://a:99999/",
    ],
)
def test_invalid_urls(settings, url):
    page = fetch_with(settings, url)
    assert (page.outcome, page.attempts) == ("invalid_url", 0)
    assert page.error


def test_every_outcome_is_a_known_name(settings, fault_server):
    paths = ["/ok/z", "/status/404", "/loop/a", "/image/z", "/private/z", "/huge-declared/z"]
    results = fetch(settings, *(fault_server.url(p) for p in paths))
    assert {r.outcome for r in results} <= set(OUTCOMES)
    assert all(r.error for r in results if r.outcome != "fetched")


def test_redirect_hops_share_one_time_budget(settings, fault_server):
    # Four hops of 0.4s each: every hop is quick enough, the chain is not.
    url = fault_server.url("/slow-chain/3?s=0.4")
    page = fetch_with(settings, url, max_attempts=1, total_timeout_s=1.0, read_timeout_s=0.8)
    assert page.outcome == "timeout"
    quick = fetch_with(settings, fault_server.url("/slow-chain/1?s=0.2"), total_timeout_s=1.0)
    assert quick.outcome == "fetched"


def test_sync_entry_point_works_inside_a_running_event_loop(settings, fault_server):
    async def caller() -> list:
        return fetch(settings, fault_server.url("/ok/inside-loop"))

    [page] = asyncio.run(caller())
    assert page.outcome == "fetched"
