"""Date parsing: many formats to naive UTC, nothing in the future."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from newsetl.extract.dates import date_from_url, find_date_in_text, now_utc, parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-07-15T10:30:00+02:00", datetime(2025, 7, 15, 8, 30)),
        ("2025-07-15T10:30:00.123Z", datetime(2025, 7, 15, 10, 30)),
        ("2025-07-15T22:30:00-05:00", datetime(2025, 7, 16, 3, 30)),
        ("2025-07-15 10:30:00", datetime(2025, 7, 15, 10, 30)),
        ("2025-07-15", datetime(2025, 7, 15)),
        ("20250715T103000Z", datetime(2025, 7, 15, 10, 30)),
        ("Tue, 15 Jul 2025 10:30:00 +0200", datetime(2025, 7, 15, 8, 30)),
        ("Tue, 15 Jul 2025 10:30:00 GMT", datetime(2025, 7, 15, 10, 30)),
        ("July 15, 2025", datetime(2025, 7, 15)),
        ("Jul. 15th, 2025", datetime(2025, 7, 15)),
        ("15 July 2025", datetime(2025, 7, 15)),
        ("Tuesday 15th July 2025", datetime(2025, 7, 15)),
        ("15.07.2025 14:05", datetime(2025, 7, 15, 14, 5)),
        ("2025/07/15", datetime(2025, 7, 15)),
        ("07/15/2025", datetime(2025, 7, 15)),
        ("15. Juli 2025", datetime(2025, 7, 15)),
        ("15 de julio de 2025", datetime(2025, 7, 15)),
        ("1752575400", datetime(2025, 7, 15, 10, 30)),
        ("1752575400000", datetime(2025, 7, 15, 10, 30)),
    ],
)
def test_formats(value, expected):
    assert parse_date(value) == expected


def test_us_zones_named_without_daylight_saving_follow_the_season():
    assert parse_date("July 15, 2025 3:04 p.m. ET") == datetime(2025, 7, 15, 19, 4)
    assert parse_date("January 15, 2025 3:04 p.m. ET") == datetime(2025, 1, 15, 20, 4)
    assert parse_date("Nov 19, 2019 8:03 am EST") == datetime(2019, 11, 19, 13, 3)


def test_future_dates_are_refused():
    tomorrow_plus = now_utc() + timedelta(days=3)
    assert parse_date(tomorrow_plus.isoformat()) is None
    assert parse_date("Thu, 01 Jan 2099 00:00:00 GMT") is None
    assert find_date_in_text("This notice expires on 31 December 2099.") is None


def test_today_in_a_time_zone_ahead_of_utc_is_not_the_future():
    soon = now_utc() + timedelta(hours=10)
    assert parse_date(soon.strftime("%Y-%m-%dT%H:%M:%S")) is not None


@pytest.mark.parametrize(
    "value", ["", "   ", "yesterday", "2025-13-45", "0000-00-00", "1875-01-01"]
)
def test_unreadable_or_implausible(value):
    assert parse_date(value) is None


def test_date_inside_a_line():
    assert find_date_in_text("Published 15 July 2025 at 10:30 GMT") == datetime(2025, 7, 15, 10, 30)
    assert find_date_in_text("Updated: Nov 19, 2019 at 8:03 am ET") == datetime(2019, 11, 19, 13, 3)
    assert find_date_in_text("no date in here") is None


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/2025/07/15/story-slug", datetime(2025, 7, 15)),
        ("https://example.org/news/2025-07-15/story", datetime(2025, 7, 15)),
        ("https://example.org/news/20250715-story.html", datetime(2025, 7, 15)),
        ("https://example.org/2025/07/15", datetime(2025, 7, 15)),
        ("https://example.org/story-12345678", None),
        ("https://2025.example.org/07/15/", None),
        (None, None),
    ],
)
def test_dates_in_urls(url, expected):
    assert date_from_url(url) == expected


def test_a_date_the_page_declares_is_kept_even_when_impossible():
    # The quality gate, not the parser, decides: an article must not load silently undated.
    assert parse_date("2099-06-01T09:00:00Z", declared=True) == datetime(2099, 6, 1, 9)
    assert parse_date("1871-03-18", declared=True) == datetime(1871, 3, 18)
    assert parse_date("not a date", declared=True) is None
