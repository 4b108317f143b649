"""A host that keeps failing is given up for a while, so it cannot stretch a crawl by its URL count."""

from __future__ import annotations

from dataclasses import replace

import pytest
from fetch_helpers import fetch

from newsetl.fetch import CrawlState
from newsetl.fetch.breaker import HostBreakers, HostGivenUp
from newsetl.fetch.outcomes import TIMEOUT, FetchFailure

LIMIT = 4
TIMED_OUT = FetchFailure(TIMEOUT, "no complete response within 1s", retryable=True)


@pytest.fixture
def routed(settings, fault_server):
    """Settings with one fresh host name per test routed to the fault server, breaker at LIMIT."""

    def make(host: str, **overrides):
        routes = {**settings.connect_to, host: ("127.0.0.1", fault_server.port)}
        return replace(settings, connect_to=routes, host_failure_limit=LIMIT, **overrides)

    return make


def test_a_dead_host_costs_a_few_requests_not_all_its_urls_attempts(routed, fault_server):
    config = routed("dead.test", total_timeout_s=0.3, per_host_concurrency=2)
    urls = [f"http://dead.test/slow-headers/{n}?s=2" for n in range(30)]
    pages = fetch(config, *urls)
    assert {page.outcome for page in pages} == {"timeout"}
    assert all(page.error for page in pages)
    sent = [
        hit
        for hit in fault_server.log.hits
        if hit.host == "dead.test" and hit.path != "/robots.txt"
    ]
    assert len(sent) <= LIMIT + config.per_host_concurrency  # not 30 URLs x 3 attempts
    untried = [page for page in pages if page.attempts == 0]
    assert len(untried) >= len(urls) - len(sent)
    assert all("not tried: dead.test failed" in page.error for page in untried)


def test_a_rate_limiting_host_is_given_up_with_its_status(routed):
    config = routed("limited.test", retry_after_cap_s=2.0, total_timeout_s=10.0)
    urls = [f"http://limited.test/always-429/{n}?after=0" for n in range(20)]
    pages = fetch(config, *urls)
    assert {(page.outcome, page.status_code) for page in pages} == {("http_error", 429)}
    assert sum(page.attempts for page in pages) <= LIMIT + config.per_host_concurrency


def test_a_url_cut_short_keeps_its_own_failure(routed):
    config = routed("cut.test", total_timeout_s=0.3, per_host_concurrency=1)
    pages = fetch(config, *[f"http://cut.test/slow-headers/{n}?s=2" for n in range(6)])
    tried = [page for page in pages if page.attempts]
    assert tried and all(page.error.startswith("no complete response") for page in tried)
    assert any("not retried: cut.test failed" in page.error for page in tried)


def test_answers_between_failures_keep_the_breaker_closed(routed, fault_server):
    config = routed("mixed.test")
    bad = [f"http://mixed.test/status/503?n={n}" for n in range(6)]
    good = [f"http://mixed.test/ok/{n}" for n in range(6)]
    interleaved = [url for pair in zip(bad, good, strict=True) for url in pair]
    pages = fetch(replace(config, per_host_concurrency=1, max_attempts=1), *interleaved)
    assert [page.outcome for page in pages] == ["http_error", "fetched"] * 6
    assert all(page.attempts == 1 for page in pages)


def test_the_breaker_is_shared_across_batches_of_a_crawl(routed, fault_server):
    config = routed("down.test", total_timeout_s=0.3, max_attempts=1, per_host_concurrency=1)
    crawl = CrawlState()
    fetch(config, *[f"http://down.test/slow-headers/{n}?s=2" for n in range(LIMIT)], state=crawl)
    (later,) = fetch(config, "http://down.test/ok/later", state=crawl)
    assert (later.outcome, later.attempts) == ("timeout", 0)
    assert fault_server.log.to("/ok/later", host="down.test") == []


def test_after_the_cooldown_one_more_failure_opens_it_again():
    streaks = {}
    breakers = HostBreakers(limit=3, cooldown_s=0.0, streaks=streaks)
    for _ in range(3):
        breakers.failed("h", TIMED_OUT)
    assert streaks["h"].opened_at is not None
    breakers.check("h", "http://h/1")  # cooled down: half open
    assert streaks["h"].opened_at is None
    breakers.failed("h", TIMED_OUT)
    assert streaks["h"].opened_at is not None


def test_a_success_closes_an_open_breaker():
    breakers = HostBreakers(limit=2, cooldown_s=60.0, streaks={})
    breakers.failed("h", TIMED_OUT)
    breakers.failed("h", TIMED_OUT)
    with pytest.raises(HostGivenUp) as refused:
        breakers.check("h", "http://h/2")
    assert refused.value.outcome == TIMEOUT
    breakers.succeeded("h")
    breakers.check("h", "http://h/3")


def test_a_limit_of_zero_turns_the_breaker_off():
    breakers = HostBreakers(limit=0, cooldown_s=60.0, streaks={})
    for _ in range(50):
        breakers.failed("h", TIMED_OUT)
    breakers.check("h", "http://h/1")
