"""Dates as pages write them, to naive UTC datetimes.

``parse_date`` reads one value: ISO 8601 (with or without an offset, a ``T`` or a
space, fractions of a second), RFC 2822 (``Tue, 15 Jul 2025 10:30:00 +0200``),
"July 15, 2025", "15 July 2025", "15.07.2025", "2025/07/15", Unix timestamps in
seconds or milliseconds, each optionally followed by a time and a zone.
``find_date_in_text`` finds such a date inside a short line ("Published 15 July
2025 at 10:30 GMT"). ``date_from_url`` reads /2025/07/15/-style paths.

Nothing in the future is returned: a page cannot be published after it is read,
and expiry dates in scripts and cookies must not become publication dates. The
one exception is a date the page's metadata declares (see ``parse_date``).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

FUTURE_SLACK = timedelta(days=1)  # time zones: "today" somewhere is tomorrow in UTC
EARLIEST_YEAR = 1990

_MONTH_NAMES = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
    # common non-English month names (full and usual abbreviations)
    "januar": 1, "janvier": 1, "enero": 1, "gennaio": 1, "janeiro": 1, "januari": 1,
    "februar": 2, "février": 2, "fevrier": 2, "febrero": 2, "febbraio": 2, "fevereiro": 2,
    "februari": 2, "märz": 3, "maerz": 3, "mars": 3, "marzo": 3, "março": 3, "maart": 3,
    "avril": 4, "abril": 4, "aprile": 4, "mai": 5, "mayo": 5, "maggio": 5, "maio": 5,
    "mei": 5, "juni": 6, "juin": 6, "junio": 6, "giugno": 6, "junho": 6, "juli": 7,
    "juillet": 7, "julio": 7, "luglio": 7, "julho": 7, "août": 8, "aout": 8,
    "agosto": 8, "augustus": 8, "septembre": 9, "septiembre": 9,
    "settembre": 9, "setembro": 9, "oktober": 10, "octobre": 10, "octubre": 10,
    "ottobre": 10, "outubro": 10, "novembre": 11, "noviembre": 11,
    "novembro": 11, "dezember": 12, "décembre": 12, "decembre": 12, "diciembre": 12,
    "dicembre": 12, "dezembro": 12, "okt": 10, "dez": 12, "mrt": 3,
}  # fmt: skip
_ZONE_HOURS = {
    "z": 0, "utc": 0, "gmt": 0, "ut": 0, "wet": 0, "bst": 1, "cet": 1, "cest": 2, "met": 1,
    "mest": 2, "eet": 2, "eest": 3, "msk": 3, "ist": 5.5, "sgt": 8, "hkt": 8, "awst": 8,
    "jst": 9, "kst": 9, "aest": 10, "aedt": 11, "nzst": 12, "nzdt": 13, "est": -5,
    "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
    "et": -5, "ct": -6, "mt": -7, "pt": -8,
}  # fmt: skip
# "ET", "PT": US zones named without saying whether daylight saving applies
_US_GENERIC_ZONES = frozenset({"et", "ct", "mt", "pt"})

_MONTH = r"(?P<month>" + "|".join(sorted(map(re.escape, _MONTH_NAMES), key=len, reverse=True))
_MONTH += r")\.?"
_TIME = (
    r"(?:(?:\s*,?\s*(?:at|um|à|a las|alle|om|-|–|\|)?\s*|T)"
    r"(?P<hour>\d{1,2})[:.h](?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?)?"
)
_ZONE = (
    r"(?:\s*(?P<offset>(?<![\d])[+-]\d{2}:?\d{2}\b|[+-]\d{2}\b)"
    r"|\s*\(?(?P<zone>" + "|".join(sorted(_ZONE_HOURS, key=len, reverse=True)) + r")\b\)?"
    r"(?P<zoffset>[+-]\d{1,2}(?::?\d{2})?)?)?"
)
_ISO = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
    r"(?:[T ](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<offset>Z|[+-]\d{2}(?::?\d{2})?)?)?",
    re.IGNORECASE,
)
_COMPACT_ISO = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)"
    r"(?:T(?P<hour>[0-2]\d)(?P<minute>[0-5]\d)(?P<second>[0-5]\d)?(?P<offset>Z|[+-]\d{4})?)?(?!\d)"
)
_NAMED_PATTERNS = [
    # 15 July 2025, 15. Juli 2025, Tuesday 15th July 2025, 15 de julio de 2025
    re.compile(
        r"(?<![\w])(?P<day>\d{1,2})(?:st|nd|rd|th|er|\.)?\s*(?:de\s+)?"
        + _MONTH
        + r",?\s*(?:de\s+)?(?P<year>\d{4})"
        + _TIME
        + _ZONE,
        re.IGNORECASE,
    ),
    # July 15, 2025 / Jul. 15 2025 / July 15th, 2025
    re.compile(
        r"(?<![\w])"
        + _MONTH
        + r"\s*(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s*(?P<year>\d{4})"
        + _TIME
        + _ZONE,
        re.IGNORECASE,
    ),
]
_NUMERIC_PATTERNS = [
    # 2025/07/15, 2025.07.15
    re.compile(
        r"(?<!\d)(?P<year>(?:19|20)\d{2})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})(?!\d)"
        + _TIME
        + _ZONE,
        re.IGNORECASE,
    ),
    # 15.07.2025, 15/07/2025, 07/15/2025
    re.compile(
        r"(?<![\d.])(?P<first>\d{1,2})(?P<sep>[./-])(?P<second_>\d{1,2})[./-]"
        r"(?P<year>(?:19|20)\d{2})(?!\d)" + _TIME + _ZONE,
        re.IGNORECASE,
    ),
]
_URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d{2})[/-](?P<month>[01]?\d)[/-](?P<day>[0-3]?\d)(?:[/_-]|\.html?|$)"
)
_URL_COMPACT = re.compile(
    r"[/_-](?P<year>(?:19|20)\d{2})(?P<month>[01]\d)(?P<day>[0-3]\d)(?:[/_.-]|$)"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_LETTERS = re.compile(r"[^\W\d_]+")
_MONTH_WORDS = frozenset(_MONTH_NAMES)  # only then are the month-name patterns tried
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")


def now_utc() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def parse_date(
    value: str | None, *, now: datetime | None = None, declared: bool = False
) -> datetime | None:
    """One date value as a page's metadata writes it; None when unreadable or in the future.

    ``declared``: a machine-readable date the page states as its own (JSON-LD,
    ``article:published_time``) is returned even when implausible, so the quality
    gate can quarantine the article instead of it loading silently undated.
    """
    if not value:
        return None
    value = value.strip()
    if not value or len(value) > 200:
        return None
    if _EPOCH.match(value):
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        try:
            moment = datetime.fromtimestamp(seconds, UTC).replace(tzinfo=None)
        except (OverflowError, OSError, ValueError):
            return None
        return moment if declared else _plausible(moment, now)
    match = _ISO.match(value) or _COMPACT_ISO.match(value)
    if match:
        moment = _from_groups(match.groupdict())
        return moment if declared else _plausible(moment, now)
    return find_date_in_text(value, now=now)


def find_date_in_text(text: str, *, now: datetime | None = None) -> datetime | None:
    """The first plausible date written anywhere in ``text``."""
    if not text or _YEAR.search(text) is None:  # every pattern below has a 4-digit year
        return None
    match = _ISO.search(text)
    if match:
        found = _plausible(_from_groups(match.groupdict()), now)
        if found:
            return found
    patterns = _NUMERIC_PATTERNS
    if not _MONTH_WORDS.isdisjoint(_LETTERS.findall(text.lower())):
        patterns = _NAMED_PATTERNS + _NUMERIC_PATTERNS
    for pattern in patterns:
        for match in pattern.finditer(text):
            found = _plausible(_from_groups(match.groupdict()), now)
            if found:
                return found
    return None


def date_from_url(url: str | None, *, now: datetime | None = None) -> datetime | None:
    """A /2025/07/15/ (or /20250715/) date in a URL's path."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    path = path.split("://", 1)[-1]
    path = path[path.find("/") :] if "/" in path else ""
    for pattern in (_URL_DATE, _URL_COMPACT):
        match = pattern.search(path)
        if match:
            found = _plausible(_from_groups(match.groupdict()), now)
            if found:
                return found
    return None


def _from_groups(groups: dict[str, str | None]) -> datetime | None:
    try:
        year = int(groups["year"] or 0)
        month_text = groups.get("month")
        if month_text is None:  # numeric day/month of unknown order
            first, second = int(groups["first"] or 0), int(groups["second_"] or 0)
            day, month = _day_and_month(first, second, groups.get("sep") == "/")
        else:
            month = int(month_text) if month_text.isdigit() else _MONTH_NAMES[month_text.lower()]
            day = int(groups["day"] or 0)
        hour = int(groups.get("hour") or 0)
        minute = int(groups.get("minute") or 0)
        second = int(groups.get("second") or 0)
        ampm = (groups.get("ampm") or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        moment = datetime(year, month, day, hour, minute, second)
    except (KeyError, ValueError, TypeError):
        return None
    offset = _utc_offset(groups)
    if (groups.get("zone") or "").lower() in _US_GENERIC_ZONES and _us_daylight_saving(moment):
        offset += timedelta(hours=1)
    return moment - offset


def _day_and_month(first: int, second: int, slashed: bool) -> tuple[int, int]:
    """15.07.2025 and 15/07/2025 are day first; 07/15/2025 cannot be; 11/01/2023 is read
    the American way, as slashed dates in metadata are, and 11.01.2023 the European way."""
    if first > 12:
        return first, second
    if second > 12 or slashed:
        return second, first
    return first, second


def _us_daylight_saving(moment: datetime) -> bool:
    """From the second Sunday of March to the first Sunday of November (since 2007)."""
    march = datetime(moment.year, 3, 8)
    start = march + timedelta(days=(6 - march.weekday()) % 7, hours=2)
    november = datetime(moment.year, 11, 1)
    end = november + timedelta(days=(6 - november.weekday()) % 7, hours=2)
    return start <= moment < end


def _utc_offset(groups: dict[str, str | None]) -> timedelta:
    offset = groups.get("offset")
    if offset and offset.upper() != "Z":
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        hours = int(digits[:2])
        minutes = int(digits[2:4]) if len(digits) >= 4 else 0
        return sign * timedelta(hours=hours, minutes=minutes)
    zone = groups.get("zone")
    if zone:
        delta = timedelta(hours=_ZONE_HOURS[zone.lower()])
        extra = groups.get("zoffset")
        if extra:
            sign = -1 if extra[0] == "-" else 1
            digits = extra[1:].replace(":", "")
            delta += sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
        return delta
    return timedelta(0)


def _plausible(moment: datetime | None, now: datetime | None) -> datetime | None:
    if moment is None or moment.year < EARLIEST_YEAR:
        return None
    if moment > (now or now_utc()) + FUTURE_SLACK:
        return None
    return moment
