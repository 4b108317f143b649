"""Author names from metadata values and visible bylines.

"By Jane Doe and John Roe, Reuters" -> ["Jane Doe", "John Roe"]. Values that
are URLs, e-mail addresses, dates, or whole sentences are not names.
"""

from __future__ import annotations

import re
from html import unescape

MAX_NAME_WORDS = 6
MAX_NAME_CHARS = 60

# "By", "Written by", "Veröffentlicht von", also glued to the name ("ByAlex Doe")
_BY = re.compile(
    r"^\s*(?i:(?:written|reported|posted|published|text|words|story|article|analysis|photos?|"
    r"blog post|beitrag|artikel|veröffentlicht|eingestellt|geschrieben|publiziert|verfasst|"
    r"gespeichert|erstellt)\s+)?"
    r"(?i:by|von|par|por|door|av|от|автор)(?:\s*:?\s+|(?=[A-ZÀ-ÞА-Я]))"
)
_LABEL = re.compile(
    r"^\s*(?:authors?|autor(?:in|en)?|auteur|autore|writer|reporter|verfasser(?:in)?|"
    r"artikel von|by)\s*:\s*",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r"\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|&|\||/|·|•|\s[-–—]\s)\s*", re.I
)
_TAIL = re.compile(
    r"\s*(?:[-–—|,]\s*)?(?:\b(?:updated|published|posted)\b.*|\d{1,2}:\d{2}.*|"
    r"\b(?:staff|senior|chief|special)\s+(?:writer|reporter|correspondent|editor)\b.*|"
    r"\bfor\s+(?:the|cnn|bbc|reuters|ap|afp)\b.*)$",
    re.IGNORECASE,
)
_NOT_A_NAME = re.compile(
    r"https?:|www\.|@|\d|[*(]|\b(?:updated|published|minutes?|hours?|ago|read|share|follow|"
    r"comments?|subscribe|newsletter|email|twitter|facebook|contact|required|erforderlich|"
    r"am|um|bei|publiziert|veröffentlicht|eingetragen|eingestellt|by|par|por|door)\b",
    re.IGNORECASE,
)
_INITIAL_END = re.compile(r"(?:\b[A-Z]|\bJr|\bSr)\.$")  # "Joe S.", "Perry Bacon Jr."
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
    return _without_outlets(names)


def _without_outlets(names: list[str]) -> list[str]:
    """One-word names beside full names are the agency or paper ("Jane Doe", "Reuters")."""
    if len(names) > 1 and any(" " in name for name in names):
        return [name for name in names if " " in name]
    return names


def split_byline(value: str) -> list[str]:
    """The names in one author value or visible byline.

    A one-word part beside full names is the agency or paper ("Jane Doe, Reuters").
    """
    text = " ".join(unescape(value).split())
    if not text or len(text) > 200:
        return []
    text = _LABEL.sub("", text)
    text = _BY.sub("", text)
    text = _TAIL.sub("", text)
    names = []
    for part in _SPLIT.split(text):
        part = _BY.sub("", part.strip(" :-–—()[]\"'")).rstrip(" ,")
        if part.endswith(".") and not _INITIAL_END.search(part):
            part = part[:-1]
        if _looks_like_name(part):
            names.append(part)
    return _without_outlets(names)


def _looks_like_name(text: str) -> bool:
    if not text or len(text) > MAX_NAME_CHARS or _NOT_A_NAME.search(text):
        return False
    words = _TITLES.sub("", text).split()
    if not words or len(words) > MAX_NAME_WORDS:
        return False
    return text[0].isalpha() and not text[0].islower()
