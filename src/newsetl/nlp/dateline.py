"""Wire datelines ("HANOI, Vietnam (AP) — ", "MOSCOW, May 8 (Reuters) - ") are not prose.

Left in, the parser reads the dateline's place as the first sentence's subject
("Vietnam accused China"). It is blanked with spaces, so character offsets into
the article text stay valid.
"""

from __future__ import annotations

import re

_DATELINE = re.compile(
    r"""\A\s*
    (?=[A-Z.'’\-\s]*[A-Z]{3})                        # a place word in capitals
    [A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*)*         # HANOI / NEW YORK
    (?:,\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*)?  # , Vietnam
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
