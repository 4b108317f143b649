"""Author names from metadata values and visible bylines.

"By Jane Doe and John Roe, Reuters" -> ["Jane Doe", "John Roe"]. Values that
are URLs, e-mail addresses, dates, or whole sentences are not names.
"""

from __future__ import annotations

import re

MAX_NAME_WORDS = 6
MAX_NAME_CHARS = 60

_BY = re.compile(
    r"^\s*(?:(?:written|reported|posted|text|words|story|article|analysis|photos?)\s+)?"
    r"(?:by|von|par|por|door|av|от|автор)\s*:?\s+",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^\s*(?:authors?|autor(?:in|en)?|auteur|autore|writer|reporter)\s*:\s*", re.I)
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|&|\||/|·|•)\s*", re.I)
_TAIL = re.compile(
    r"\s*(?:[-–—|,]\s*)?(?:\b(?:updated|published|posted)\b.*|\d{1,2}:\d{2}.*|"
    r"\b(?:staff|senior|chief|special)\s+(?:writer|reporter|correspondent|editor)\b.*|"
    r"\bfor\s+(?:the|cnn|bbc|reuters|ap|afp)\b.*)$",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(
    r"https?:|www\.|@|\d{3,}|\b(?:updated|published|minutes?|hours?|ago|read|share|follow|"
    r"comments?|subscribe|newsletter|email|twitter|facebook|contact)\b",
    re.IGNORECASE,
)
_TITLES = re.compile(r"^(?:dr|prof|mr|mrs|ms)\.?\s+", re.IGNORECASE)


def clean_authors(values: list[str]) -> list[str]:
    """Distinct author names in order of first appearance."""
    seen: set[str] = set()
    names: list[str] = []
    for value in values:
        for name in split_byline(value):
            key = name.casefold()
            if key not in seen:
                seen.add(key)
                names.append(name)
    return names


def split_byline(value: str) -> list[str]:
    """The names in one author value or visible byline."""
    text = " ".join(value.split())
    if not text or len(text) > 200:
        return []
    text = _LABEL.sub("", text)
    text = _BY.sub("", text)
    text = _TAIL.sub("", text)
    names = []
    for part in _SPLIT.split(text):
        part = _BY.sub("", part.strip(" .:-–—()[]\"'"))
        if _looks_like_name(part):
            names.append(part)
    return names


def _looks_like_name(text: str) -> bool:
    if not text or len(text) > MAX_NAME_CHARS or _NOT_A_NAME.search(text):
        return False
    words = _TITLES.sub("", text).split()
    if not words or len(words) > MAX_NAME_WORDS:
        return False
    return text[0].isalpha() and not text[0].islower()
