"""A window of an article's text around the first word that matched a search."""

from __future__ import annotations

import re
from collections.abc import Iterable

WORD = re.compile(r"[^\W\d_]+")
SPACE = re.compile(r"\s+")
ELLIPSIS = "…"


def first_match(text: str, stems: set[str], stem_of: dict[str, str]) -> re.Match[str] | None:
    """The first word of ``text`` whose stem (looked up in ``stem_of``) is one of ``stems``."""
    for word in WORD.finditer(text):
        if stem_of.get(word.group(0).lower()) in stems:
            return word
    return None


def window(text: str, start: int, width: int) -> str:
    """About ``width`` characters of ``text`` around ``start``, cut at word boundaries."""
    text_len = len(text)
    begin = max(0, start - width // 3)
    end = min(text_len, begin + width)
    begin = max(0, min(begin, end - width))
    if begin > 0:
        gap = SPACE.search(text, begin, start)
        begin = gap.end() if gap else begin
    if end < text_len:
        gaps = [gap.start() for gap in SPACE.finditer(text, max(start, begin), end)]
        end = gaps[-1] if gaps and gaps[-1] > start else end
    body = " ".join(text[begin:end].split())
    return (ELLIPSIS if begin > 0 else "") + body + (ELLIPSIS if end < text_len else "")


def snippet(
    text: str, stems: set[str], stem_of: dict[str, str], width: int
) -> tuple[str, list[str]]:
    """The snippet around the first matched word, and every word in it that matched."""
    match = first_match(text, stems, stem_of)
    shown = window(text, match.start() if match else 0, width)
    matched = sorted(
        {word for word in WORD.findall(shown) if stem_of.get(word.lower()) in stems}, key=str.lower
    )
    return shown, matched


def words_of(texts: Iterable[str]) -> set[str]:
    return {word.lower() for text in texts for word in WORD.findall(text)}
