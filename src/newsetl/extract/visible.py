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
_BY_LINE = re.compile(r"^\s*(?:by|von|par|por|door)\s+\S", re.IGNORECASE)


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
    """Names from a "By Jane Doe" line among the story's first lines."""
    for line in lines[:4]:
        if len(line) <= MAX_BYLINE_CHARS and _BY_LINE.match(line):
            names = split_byline(line)
            if names:
                return names
    return []


def visible_date(scope_nodes: list[LexborNode]) -> datetime | None:
    for scope in scope_nodes:
        for node in scope.css("time"):
            attrs = node.attributes
            found = parse_date(attrs.get("datetime") or "") or parse_date(
                node.text(deep=True, separator=" ")
            )
            if found:
                return found
        for node in scope.css(DATE_SELECTOR):
            text = node.text(deep=True, separator=" ")
            if text and len(text) <= MAX_DATELINE_CHARS:
                found = find_date_in_text(text)
                if found:
                    return found
    return None
