"""robots.txt is obeyed and cached, Crawl-delay and per-host delay are honoured."""

from __future__ import annotations

from dataclasses import replace

from fetch_helpers import fetch, fetch_with

from newsetl.fetch import CrawlState


def test_robots_disallowed_path_is_not_fetched(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/private/secret"))
    assert (page.outcome, page.attempts) == ("robots_disallowed", 1)
    assert "robots.txt disallows" in page.error
    assert fault_server.log.to("/private/secret") == []


def test_robots_can_be_ignored_when_told(settings, fault_server):
    page = fetch_with(settings, fault_server.url("/private/ignored"), obey_robots=False)
    assert page.outcome == "fetched"


def test_robots_is_fetched_once_per_host_and_shared_across_batches(settings, fault_server):
    port = fault_server.port
    urls = [f"http://news.test:{port}/ok/{n}" for n in range(6)]
    crawl = CrawlState()
    first = fetch(settings, *urls[:3], state=crawl)
    second = fetch(settings, *urls[3:], f"http://news.test:{port}/private/x", state=crawl)
    assert [r.outcome for r in first + second] == ["fetched"] * 6 + ["robots_disallowed"]
    assert len(fault_server.log.to("/robots.txt", host="news.test")) == 1


def test_robots_group_for_our_token_applies(settings, fault_server):
    # The default robots.txt shuts out "otherbot" entirely.
    page = fetch_with(settings, fault_server.url("/ok/otherbot"), user_agent="otherbot/2.0")
    assert page.outcome == "robots_disallowed"


def test_robots_server_error_disallows_the_whole_site(settings, fault_server):
    url = f"http://robots500.test:{fault_server.port}/ok/x"
    page = fetch_with(settings, url)
    assert page.outcome == "robots_disallowed"
    assert "HTTP 500" in page.error
    assert fault_server.log.to("/ok/x", host="robots500.test") == []


def test_missing_robots_allows_everything(settings, fault_server):
    page = fetch_with(settings, f"http://norobots.test:{fault_server.port}/private/open")
    assert page.outcome == "fetched"


def test_a_slow_robots_txt_is_given_no_more_time_than_a_page(settings, fault_server):
    hurried = replace(settings, robots_timeout_s=10.0, total_timeout_s=0.5, max_attempts=1)
    page = fetch_with(hurried, f"http://slowrobots.test:{fault_server.port}/ok/hurried")
    assert page.outcome == "timeout"
    assert "robots.txt unreachable" in page.error and "0.5s" in page.error
    assert fault_server.log.to("/ok/hurried") == []


def test_crawl_delay_spaces_requests_to_the_host(settings, fault_server):
    urls = [f"http://polite.test:{fault_server.port}/ok/delay{n}" for n in range(2)]
    results = fetch(settings, *urls)
    assert [r.outcome for r in results] == ["fetched", "fetched"]
    starts = sorted(h.at for h in fault_server.log.hits if h.path.startswith("/ok/delay"))
    assert starts[1] - starts[0] >= 0.45  # Crawl-delay: 0.5


def test_per_host_delay_spaces_requests(settings, fault_server):
    polite = replace(settings, per_host_delay_s=0.3, per_host_concurrency=2)
    urls = [fault_server.url(f"/ok/gap{n}") for n in range(3)]
    assert {r.outcome for r in fetch(polite, *urls)} == {"fetched"}
    starts = sorted(h.at for h in fault_server.log.hits if h.path.startswith("/ok/gap"))
    assert all(b - a >= 0.25 for a, b in zip(starts, starts[1:], strict=False))


def test_per_host_concurrency_is_bounded(settings, fault_server):
    one_at_a_time = replace(settings, per_host_concurrency=1, max_attempts=1)
    # Two slow pages on one host: the second cannot start until the first is done.
    urls = [fault_server.url(f"/slow-headers/c{n}?s=0.3") for n in range(2)]
    assert {r.outcome for r in fetch(one_at_a_time, *urls)} == {"fetched"}
    first, second = sorted(
        h.at for h in fault_server.log.hits if h.path.startswith("/slow-headers/c")
    )
    assert second - first >= 0.25


def test_retry_after_pauses_the_whole_host(settings, fault_server):
    serial = replace(settings, per_host_concurrency=1)
    limited, other = fetch(
        serial,
        fault_server.url("/ratelimited/hold?after=1"),
        fault_server.url("/ok/after-hold"),
    )
    assert (limited.outcome, limited.attempts, other.outcome) == ("fetched", 2, "fetched")
    [refusal, _] = fault_server.log.to("/ratelimited/hold")
    [later] = fault_server.log.to("/ok/after-hold")
    assert later.at - refusal.at >= 0.9  # the other page waited out the Retry-After too
