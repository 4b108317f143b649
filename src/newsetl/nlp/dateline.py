"""Wire datelines ("HANOI, Vietnam (AP) — ", "MOSCOW, May 8 (Reuters) - ") are not prose.

Left in, the parser reads the dateline's place as the first sentence's subject
("Vietnam accused China"). It is blanked with spaces, so character offsets into
the article text stay valid; its places are still places the article names.
"""

from __future__ import annotations

import re

_DATELINE = re.compile(
    r"""\A\s*
    (?=[A-Z.'’\-\s]*[A-Z]{3})                        # a place word in capitals
    (?P<place>[A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*)*)  # HANOI / NEW YORK
    (?:,\s*(?P<region>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*))?  # , Vietnam
    (?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?            # , Nov 20
    \s*(?:\([^()\n]{1,40}\))?                        # (AP)
    \s*[—–-]{1,2}\s+
    """,
    re.VERBOSE,
)


def blank_dateline(text: str) -> str:
    match = _DATELINE.match(text)
    if match is None:
        return text
    return " " * match.end() + text[match.end() :]


def dateline_places(text: str) -> list[tuple[int, str]]:
    """(offset, name) of the dateline's place and region: "DUBAI, United Arab Emirates" ->
    Dubai, United Arab Emirates. A place in capitals is given in title case."""
    match = _DATELINE.match(text)
    if match is None:
        return []
    places = []
    for group in ("place", "region"):
        name = match.group(group)
        if name and not _is_month_day(name):
            places.append((match.start(group), name.title() if name.isupper() else name))
    return places


def _is_month_day(name: str) -> bool:
    return name.split()[-1].isdigit()
