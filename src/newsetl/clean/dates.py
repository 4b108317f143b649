"""A date written on its own line of a document: "July 15, 2025", "15 July 2025",
"2025-07-15", "Published: Tue, 15 Jul 2025 10:30 GMT", "Updated 15.07.2025 14:05".

Only whole lines are read (a date inside a sentence is not the article's date).
Results are naive UTC datetimes; a date later than ``now`` (plus a day of time
zone slack) is refused: a document cannot be published in the future.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

DateKind = Literal["published", "modified"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        ),
        start=1,
    )
    for name in names.split()
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?"
_LABEL = (
    r"(?:(?P<label>published|posted|first published|updated|last updated|modified|date"
    r"|last modified)(?:\s+on)?\s*:?\s*)?"
)
_TIME = (
    r"(?:(?:[,\s]+(?:at\s+)?|t)(?P<hour>\d{1,2})[:.](?P<minute>\d{2})"
    r"(?::(?P<second>\d{2})(?:\.\d+)?)?\s*(?P<ampm>[ap]\.?m\.?)?)?"
)
_ZONE_HOURS = {
    "z": 0, "utc": 0, "gmt": 0, "msk": 3, "cet": 1, "cest": 2, "bst": 1, "eet": 2,
    "eest": 3, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "pst": -8, "pdt": -7,
    "jst": 9, "kst": 9, "hkt": 8, "sgt": 8, "aest": 10,
}  # fmt: skip
_ZONE = (
    r"(?:\s*(?:(?P<offset>[+-]\d{2}:?\d{2})|\(?(?P<zone>"
    + "|".join(sorted(_ZONE_HOURS, key=len, reverse=True))
    + r")\)?(?P<zoffset>[+-]\d{1,2})?))?"
)
_DATE_FORMS = (
    rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",
    rf"{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}",
    r"(?P<year>\d{4})-(?P<mon>\d{1,2})-(?P<day>\d{1,2})",
    r"(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})",
)
_PATTERNS = tuple(re.compile(rf"{_LABEL}{_WEEKDAY}{form}{_TIME}{_ZONE}") for form in _DATE_FORMS)
_FUTURE_SLACK = timedelta(days=1)
_EARLIEST_YEAR = 1900


@dataclass(frozen=True, slots=True)
class DateLine:
    kind: DateKind
    value: datetime
    labelled: bool = False  # "Published: ..." rather than a bare date


def parse_date_line(line: str, *, now: datetime | None = None) -> DateLine | None:
    """The date a line consists of, or None (also for impossible or future dates)."""
    match = _match(line)
    return _date_line(match, now) if match else None


def is_date_line(line: str) -> bool:
    """The line is written as a date, valid or not (a header line, never a title)."""
    return _match(line) is not None


def _match(line: str) -> re.Match[str] | None:
    key = line.strip().strip("*_").strip().casefold().rstrip(".")
    for pattern in _PATTERNS:
        match = pattern.fullmatch(key)
        if match:
            return match
    return None


def _date_line(match: re.Match[str], now: datetime | None) -> DateLine | None:
    value = _datetime(match)
    if value is None or value.year < _EARLIEST_YEAR:
        return None
    latest = (now or datetime.now(UTC).replace(tzinfo=None)) + _FUTURE_SLACK
    if value > latest:
        return None
    label = match.group("label") or ""
    kind: DateKind = "modified" if ("updated" in label or "modified" in label) else "published"
    return DateLine(kind, value, labelled=bool(label))


def _datetime(match: re.Match[str]) -> datetime | None:
    groups = match.groupdict()
    month = _MONTHS[groups["month"]] if groups.get("month") else int(groups["mon"])
    hour = int(groups["hour"] or 0)
    if groups["ampm"]:
        hour = hour % 12 + (12 if groups["ampm"].startswith("p") else 0)
    try:
        value = datetime(
            int(groups["year"]),
            month,
            int(groups["day"]),
            hour,
            int(groups["minute"] or 0),
            int(groups["second"] or 0),
        )
    except ValueError:
        return None
    return value - _utc_offset(groups)


def _utc_offset(groups: dict[str, str | None]) -> timedelta:
    offset = groups.get("offset")
    if offset:
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        return sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    hours = _ZONE_HOURS.get(groups.get("zone") or "", 0) + int(groups.get("zoffset") or 0)
    return timedelta(hours=hours)
