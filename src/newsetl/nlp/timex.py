"""Resolve a date expression against the article's publication date.

Returns a date and its precision (day / month / year), or ``None`` when the
expression is a duration ("50 days", "four hours") or nothing anchors it: a
date is never made up. Rules:

- weekday names ("on Tuesday", "Tuesday's call", "last Friday") are the most
  recent such day on or before publication ("next Friday": the first after);
- today / tonight / this morning -> publication day; yesterday -> the day before;
- "N days/weeks ago" -> day; "N months ago" -> month; "N years ago" -> year;
- (earlier / early / late) this month / last month / this year / last year, next month /
  next year;
- stretches of days take the finest precision that holds all of them (the day, the
  month, the year, else none): "last week", "overnight" (the night before
  publication), "next week", "the weekend" (the last one, or the next for a plan), "the
  beginning of the week" / "earlier this week" / "this week", "in recent
  days / weeks / months", "in the coming days / weeks / months";
- explicit dates: "15 July 2025", "July 15, 2025", "July 15" (year of
  publication, the year before when that would be after publication), "May"
  (likewise, month precision), "February 2022", "2023".
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsetl.models import DatePrecision

ResolvedDate = tuple[date, DatePrecision]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH_ABBREV = {name[:3]: index + 1 for index, name in enumerate(MONTHS)} | {"sept": 9}
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_RECENT_REACH = {"day": 7, "week": 42, "month": 180}  # how far "recent weeks" reaches
_WEEKDAY = re.compile(r"\b(?:(last|next|this|past)\s+)?(" + "|".join(WEEKDAYS) + r")\b")
_AGO = re.compile(r"\b(\d+|" + "|".join(_NUMBER_WORDS) + r")\s+(day|week|month|year)s?\s+ago\b")
_MONTH_NAME = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY_MONTH_YEAR = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_NAME + r"(?:,?\s+(\d{4}))?\b"
)
_MONTH_DAY_YEAR = re.compile(
    r"\b" + _MONTH_NAME + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?"
)
_MONTH_YEAR = re.compile(r"\b" + _MONTH_NAME + r"(?:\s+of)?\s+(\d{4})\b")
_MONTH_ALONE = re.compile(
    r"^(?:(?:in|early|late|mid|earlier|later|since|by|on|until|last|next|this)[\s-]+)*"
    + _MONTH_NAME
    + r"$"
)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_YEAR = re.compile(r"^(?:(?:in|since|by|the|early|late|until|of|year)\s+)*(1[89]\d\d|20\d\d)$")
_DURATION = re.compile(
    r"\b(?:for|within|over|in|during|about|some|nearly|almost|more\s+than|less\s+than|up\s+to|the\s+(?:past|last|next))?"
    r"\s*(?:\d+|" + "|".join(_NUMBER_WORDS) + r"|several|a\s+few|few|many|hundreds\s+of)"
    r"(?:\s+and\s+a\s+half)?\s+(?:hour|day|week|month|year|decade|century|minute)s?\b(?!\s+ago)"
)


def resolve(
    expression: str, published: date | None, *, future: bool = False
) -> ResolvedDate | None:
    """The date an expression names, or None (durations, vague or unanchored expressions)."""
    text = " ".join(expression.casefold().replace("’s", "").replace("'s", "").split())
    explicit = _explicit(text, published, future)
    if explicit is not None:
        return explicit
    if published is None or _DURATION.search(text):
        return None
    return _relative(text, published, future)


def _relative(text: str, published: date, future: bool) -> ResolvedDate | None:
    if re.search(r"\b(?:today|tonight|this (?:morning|afternoon|evening))\b", text):
        return published, "day"
    if re.search(r"\byesterday\b", text):
        return published - timedelta(days=1), "day"
    if re.search(r"\btomorrow\b", text):
        return published + timedelta(days=1), "day"
    weekday = _WEEKDAY.search(text)
    if weekday:
        return _weekday(
            WEEKDAYS.index(weekday.group(2)), weekday.group(1), published, future
        ), "day"
    ago = _AGO.search(text)
    if ago:
        return _ago(ago.group(1), ago.group(2), published)
    return _calendar_relative(text, published, future)


def _weekday(target: int, qualifier: str | None, published: date, future: bool) -> date:
    if qualifier == "next" or (future and qualifier != "last"):
        return published + timedelta(days=(target - published.weekday()) % 7 or 7)
    back = (published.weekday() - target) % 7
    if qualifier in {"last", "past"} and back == 0:
        back = 7
    return published - timedelta(days=back)


def _ago(amount: str, unit: str, published: date) -> ResolvedDate:
    count = int(amount) if amount.isdigit() else _NUMBER_WORDS[amount]
    if unit == "day":
        return published - timedelta(days=count), "day"
    if unit == "week":
        day = published - timedelta(weeks=count)
        return day, "day"
    if unit == "month":
        year, month = _shift_month(published.year, published.month, -count)
        return date(year, month, 1), "month"
    return date(published.year - count, 1, 1), "year"


def _calendar_relative(text: str, published: date, future: bool) -> ResolvedDate | None:
    if re.search(r"\bthis month\b", text):
        return published.replace(day=1), "month"
    month = re.search(r"\b(last|next) month\b", text)
    if month:
        step = 1 if month.group(1) == "next" else -1
        year, month_number = _shift_month(published.year, published.month, step)
        return date(year, month_number, 1), "month"
    if re.search(r"\bthis year\b", text):
        return date(published.year, 1, 1), "year"
    if re.search(r"\blast year\b", text):
        return date(published.year - 1, 1, 1), "year"
    if re.search(r"\bnext year\b", text):
        return date(published.year + 1, 1, 1), "year"
    stretch = _stretch_of_days(text, published, future)
    if stretch is None or (not future and stretch[1] > published):
        return None  # what is done is not dated by days still to come
    return _finest_holding(*stretch)


def _stretch_of_days(text: str, published: date, future: bool) -> tuple[date, date] | None:
    """The first and last day an expression of several days can mean."""
    monday = published - timedelta(days=published.weekday())
    if re.search(r"\blast week\b", text):
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if re.search(r"\bnext week\b", text):
        return monday + timedelta(days=7), monday + timedelta(days=13)
    if re.search(r"\bovernight\b", text):
        return published - timedelta(days=1), published
    weekend = re.search(r"\b(?:(last|next|this|past)\s+)?weekend\b", text)
    if weekend:
        saturday = _weekday(5, weekend.group(1), published, future)
        return saturday, saturday + timedelta(days=1)
    if re.search(r"\b(?:beginning|start) of the week\b|\bthis week\b", text):
        return (monday, monday + timedelta(days=6)) if future else (monday, published)
    recent = re.search(r"\b(recent|coming) (day|week|month)s\b", text)
    if recent:
        reach = timedelta(days=_RECENT_REACH[recent.group(2)])
        if recent.group(1) == "coming":
            return published, published + reach
        return published - reach, published
    return None


def _finest_holding(first: date, last: date) -> ResolvedDate | None:
    if first == last:
        return first, "day"
    if (first.year, first.month) == (last.year, last.month):
        return first.replace(day=1), "month"
    if first.year == last.year:
        return date(first.year, 1, 1), "year"
    return None


def _explicit(text: str, published: date | None, future: bool) -> ResolvedDate | None:
    iso = _ISO.search(text)
    if iso:
        return _safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)), "day")
    for pattern, day_group, month_group, year_group in (
        (_DAY_MONTH_YEAR, 1, 2, 3),
        (_MONTH_DAY_YEAR, 2, 1, 3),
    ):
        found = pattern.search(text)
        if found:
            month = _month_number(found.group(month_group))
            day = int(found.group(day_group))
            year = found.group(year_group)
            if year:
                return _safe_date(int(year), month, day, "day")
            return _in_publication_year(month, day, published, future)
    month_year = _MONTH_YEAR.search(text)
    if month_year:
        return _safe_date(int(month_year.group(2)), _month_number(month_year.group(1)), 1, "month")
    month_alone = _MONTH_ALONE.match(text)
    if month_alone:
        resolved = _in_publication_year(_month_number(month_alone.group(1)), 1, published, future)
        return (resolved[0], "month") if resolved else None
    year = _YEAR.match(text)
    if year:
        return date(int(year.group(1)), 1, 1), "year"
    return None


def _in_publication_year(
    month: int, day: int, published: date | None, future: bool
) -> ResolvedDate | None:
    if published is None:
        return None
    candidate = _safe_date(published.year, month, day, "day")
    if candidate is None:
        return None
    if not future and candidate[0] > published:
        return _safe_date(published.year - 1, month, day, "day")
    if future and candidate[0] < published.replace(day=1):
        return _safe_date(published.year + 1, month, day, "day")
    return candidate


def _month_number(name: str) -> int:
    return _MONTH_ABBREV[name.rstrip(".")[:4] if name.startswith("sept") else name[:3]]


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int, precision: DatePrecision) -> ResolvedDate | None:
    try:
        return date(year, month, day), precision
    except ValueError:
        return None
