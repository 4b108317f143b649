"""Date expressions against a publication date (no model needed)."""

from __future__ import annotations

from datetime import date

import pytest

from newsetl.nlp.timex import resolve

TUESDAY = date(2025, 7, 15)


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("Tuesday", (date(2025, 7, 15), "day")),
        ("on Monday", (date(2025, 7, 14), "day")),
        ("last Tuesday", (date(2025, 7, 8), "day")),
        ("Friday's", (date(2025, 7, 11), "day")),
        ("yesterday", (date(2025, 7, 14), "day")),
        ("earlier this month", (date(2025, 7, 1), "month")),
        ("last month", (date(2025, 6, 1), "month")),
        ("in May", (date(2025, 5, 1), "month")),
        ("September", (date(2024, 9, 1), "month")),
        ("February 2022", (date(2022, 2, 1), "month")),
        ("July 14, 2025", (date(2025, 7, 14), "day")),
        ("9 May", (date(2025, 5, 9), "day")),
        ("in 2023", (date(2023, 1, 1), "year")),
        ("last year", (date(2024, 1, 1), "year")),
        ("three days ago", (date(2025, 7, 12), "day")),
    ],
)
def test_resolved(expression, expected):
    assert resolve(expression, TUESDAY) == expected


@pytest.mark.parametrize(
    "expression",
    ["50 days", "within 50 days", "four hours", "the past decade", "a day"],
)
def test_durations_and_vague_expressions_have_no_date(expression):
    assert resolve(expression, TUESDAY) is None


def test_relative_expressions_need_a_publication_date():
    assert resolve("Tuesday", None) is None
    assert resolve("last month", None) is None
    assert resolve("15 July 2025", None) == (date(2025, 7, 15), "day")


def test_next_weekday_and_future_months():
    assert resolve("next Friday", TUESDAY) == (date(2025, 7, 18), "day")
    assert resolve("in September", TUESDAY, future=True) == (date(2025, 9, 1), "month")


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [
        ("next week", TUESDAY, (date(2025, 7, 1), "month")),  # 21 to 27 July
        ("next week", date(2025, 7, 22), (date(2025, 1, 1), "year")),  # 28 July to 3 August
        ("next month", TUESDAY, (date(2025, 8, 1), "month")),
        ("next month", date(2025, 12, 3), (date(2026, 1, 1), "month")),
        ("next year", TUESDAY, (date(2026, 1, 1), "year")),
    ],
)
def test_next_week_month_and_year(expression, published, expected):
    assert resolve(expression, published, future=True) == expected


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("overnight", (date(2025, 7, 1), "month")),  # 14 to 15 July
        ("the weekend", (date(2025, 7, 1), "month")),  # 12 and 13 July
        ("the beginning of the week", (date(2025, 7, 1), "month")),  # 14 and 15 July
        ("in recent weeks", (date(2025, 1, 1), "year")),
        ("recent days", (date(2025, 7, 1), "month")),
    ],
)
def test_a_stretch_of_days_takes_the_finest_precision_holding_it(expression, expected):
    assert resolve(expression, TUESDAY) == expected


@pytest.mark.parametrize("expression", ["in the coming weeks", "next week", "the next weekend"])
def test_days_to_come_date_only_what_is_not_yet_done(expression):
    assert resolve(expression, TUESDAY) is None
    assert resolve(expression, TUESDAY, future=True) is not None


def test_a_weekend_takes_its_qualifier():
    saturday = date(2025, 1, 4)
    assert resolve("last weekend", saturday) == (date(2024, 12, 1), "month")  # 28 and 29 Dec
    assert resolve("next weekend", date(2025, 2, 26), future=True) == (date(2025, 3, 1), "month")


def test_a_stretch_across_a_year_end_has_no_date():
    assert resolve("in recent weeks", date(2025, 1, 10)) is None
    assert resolve("overnight", date(2025, 1, 1)) is None
