"""Defence against publisher boilerplate left in a text: which sentences look like it.

The cleaner removes boilerplate before this stage; these checks are a second
line so a donation appeal's "The Moscow Times" never becomes an entity or an
actor. A sentence is boilerplate when its paragraph is (the cleaner's own
paragraph rules) or when it appeals for support or addresses the reader about
subscribing.
"""

from __future__ import annotations

import re

from newsetl.clean import rules
from newsetl.clean.boilerplate import boilerplate_mask

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
_READER_APPEAL = re.compile(
    r"\b(?:sign up|subscribe|newsletter|your inbox|remind me later|dear readers?)\b", re.IGNORECASE
)


def boilerplate_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the paragraphs the cleaner's rules call boilerplate."""
    spans: list[tuple[int, int]] = []
    start = 0
    for separator in _BLANK_LINES.finditer(text):
        spans.append((start, separator.start()))
        start = separator.end()
    spans.append((start, len(text)))
    paragraphs = [(a, b) for a, b in spans if text[a:b].strip()]
    mask = boilerplate_mask([text[a:b].strip() for a, b in paragraphs])
    return [span for span, removed in zip(paragraphs, mask, strict=True) if removed]


def looks_like_boilerplate(sentence: str) -> bool:
    return bool(
        rules.DONATION_EVIDENCE.search(sentence)
        or rules.PUBLISHER_SUPPORT.search(sentence)
        or _READER_APPEAL.search(sentence)
    )
