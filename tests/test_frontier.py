from datetime import datetime, timedelta

from newsetl.frontier import RefreshPolicy, advance, unless_unchanged
from newsetl.models import FetchResult

NOW = datetime(2025, 7, 20, 12)
POLICY = RefreshPolicy(recheck_days=7)


def fetched(outcome="fetched", status=200):
    return FetchResult("https://news.example/a", outcome, status_code=status)


def test_young_articles_are_rechecked_at_half_their_age():
    entry = advance(None, fetched(), NOW - timedelta(days=2), NOW, POLICY)
    assert entry.next_fetch_at == NOW + timedelta(days=1)
    assert entry.fetch_count == 1 and entry.failure_count == 0 and entry.first_seen_at == NOW


def test_the_recheck_interval_stays_within_bounds():
    fresh = advance(None, fetched(), NOW - timedelta(minutes=10), NOW, POLICY)
    assert fresh.next_fetch_at == NOW + POLICY.min_interval
    week_old = advance(None, fetched(), NOW - timedelta(days=6), NOW, POLICY)
    assert week_old.next_fetch_at == NOW + POLICY.max_interval


def test_old_articles_and_permanent_failures_are_not_due_again():
    assert advance(None, fetched(), NOW - timedelta(days=30), NOW, POLICY).next_fetch_at is None
    assert advance(None, fetched("http_error", 404), None, NOW, POLICY).next_fetch_at is None
    assert advance(None, fetched("too_large", None), None, NOW, POLICY).next_fetch_at is None


def test_transient_failures_back_off_then_give_up():
    entry = None
    waits = []
    for _ in range(POLICY.max_transient_failures + 1):
        entry = advance(entry, fetched("timeout", None), None, NOW, POLICY)
        waits.append(entry.next_fetch_at and entry.next_fetch_at - NOW)
    assert waits[:3] == [timedelta(hours=1), timedelta(hours=2), timedelta(hours=4)]
    assert waits[-1] is None
    assert advance(entry, fetched("http_error", 503), None, NOW, POLICY).failure_count == 7


def test_a_success_resets_failures_and_keeps_first_seen():
    failed = advance(None, fetched("timeout", None), None, NOW - timedelta(hours=3), POLICY)
    ok = advance(failed, fetched("not_modified", 304), NOW - timedelta(days=1), NOW, POLICY)
    assert ok.failure_count == 0 and ok.fetch_count == 2
    assert ok.first_seen_at == NOW - timedelta(hours=3)


def test_a_full_response_with_last_times_body_counts_as_not_modified():
    page = FetchResult("https://news.example/a", "fetched", status_code=200, html="<p>x</p>")
    page.body_sha256 = "abc"
    same = unless_unchanged(page, "abc")
    assert (same.outcome, same.status_code, same.html) == ("not_modified", 200, None)
    assert unless_unchanged(page, "def") is page
    assert unless_unchanged(page, None) is page
    failed = fetched("timeout", None)
    assert unless_unchanged(failed, "abc") is failed
