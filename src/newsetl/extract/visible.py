"""Bylines and date lines that are only written on the page, not in its metadata.

Both are looked for near the story first (the chosen body element and the
wrapper around it, where the headline, byline and date usually sit), then in
the whole document.
"""

from __future__ import annotations

import re
from datetime import datetime

from selectolax.lexbor import LexborNode

from newsetl.extract.authors import split_byline
from newsetl.extract.dates import find_date_in_text, parse_date

MAX_BYLINE_CHARS = 150
MAX_DATELINE_CHARS = 120
WRAPPER_LEVELS = 3  # how far above the story element its header may sit

BYLINE_SELECTOR = (
    "[rel=author],[itemprop=author],[class*=byline],[class*=Byline],[class*=author],"
    "[class*=Author],[id*=byline],[id*=author],[class*=writer],[class*=reporter]"
)
DATE_SELECTOR = (
    "[class*=date],[class*=Date],[class*=time],[class*=Time],[class*=publish],"
    "[class*=dateline],[id*=date],[class*=posted],[class*=meta]"
)
_BY_LINE = re.compile(
    r"^\s*(?i:(?:written|posted|published|blog post|beitrag|artikel|veröffentlicht|eingestellt|"
    r"geschrieben|publiziert|verfasst)\s+)?(?i:by|von|par|por|door)(?:\s*:?\s+\S|[A-ZÀ-Þ])"
)
_BY_AFTER_DATE = re.compile(r"\b(?:by|von|par|por|door)\s+([^|•·]+?)\s*(?:[|•·].*)?$", re.I)
_SHORT_YEAR_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])")
_UPDATED = re.compile(r"^\s*(?:last\s+)?(?:updated|modified|aktualisiert|mis à jour)\b", re.I)


def scopes(body: LexborNode | None, document: LexborNode | None) -> list[LexborNode]:
    """The story element, its wrappers up to ``WRAPPER_LEVELS`` above, then the document."""
    found: list[LexborNode] = []
    node = body
    for _ in range(WRAPPER_LEVELS + 1):
        if node is None or node.tag in ("html", "-document"):
            break
        found.append(node)
        node = node.parent
    if document is not None:
        found.append(document)
    return found


def visible_authors(scope_nodes: list[LexborNode]) -> list[str]:
    for scope in scope_nodes:
        for node in scope.css(BYLINE_SELECTOR):
            text = node.text(deep=True, separator=" ")
            if not text or len(text) > MAX_BYLINE_CHARS:
                continue
            names = split_byline(text)
            if names:
                return names
    return []


def byline_in_text(lines: list[str]) -> list[str]:
    """Names from the first byline ("By Jane Doe", "Posted May 9 by Jane Doe") in ``lines``."""
    for line in lines:
        if len(line) > MAX_BYLINE_CHARS:
            continue
        if _BY_LINE.match(line):
            names = split_byline(line)
        else:  # "Posted on May 9, 2023 by Grace Liu | 14 comments"
            match = _BY_AFTER_DATE.search(line)
            names = split_byline(match.group(1)) if match and find_date_in_text(line) else []
        if names:
            return names
    return []


def time_element_date(scope_nodes: list[LexborNode]) -> datetime | None:
    """The first readable ``<time>`` near the story."""
    for scope in scope_nodes:
        for node in scope.css("time"):
            found = parse_date(node.attributes.get("datetime") or "") or parse_date(
                node.text(deep=True, separator=" ")
            )
            if found:
                return found
    return None


def date_in_lines(lines: list[str]) -> datetime | None:
    """The date of the first date line ("Published July 15, 2025", "Von: B. J. | 31.10.23")
    among ``lines``, which are the short lines around a story's top."""
    for line in lines:
        if len(line) > MAX_DATELINE_CHARS or _UPDATED.match(line):
            continue
        found = find_date_in_text(line) or _short_year_date(line)
        if found:
            return found
    return None


def updated_in_lines(lines: list[str]) -> datetime | None:
    """The date of the first "Updated ..." line among ``lines``."""
    for line in lines:
        if len(line) <= MAX_DATELINE_CHARS and _UPDATED.match(line):
            found = find_date_in_text(line) or _short_year_date(line)
            if found:
                return found
    return None


def _short_year_date(line: str) -> datetime | None:
    match = _SHORT_YEAR_DATE.search(line)
    if not match:
        return None
    day, month, year = (int(group) for group in match.groups())
    return parse_date(f"{2000 + year:04d}-{month:02d}-{day:02d}")


def visible_date(scope_nodes: list[LexborNode]) -> datetime | None:
    """A date written in an element whose class says it is one."""
    for scope in scope_nodes:
        for node in scope.css(DATE_SELECTOR):
            text = node.text(deep=True, separator=" ")
            if text and len(text) <= MAX_DATELINE_CHARS:
                found = find_date_in_text(text)
                if found:
                    return found
    return None
