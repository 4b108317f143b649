"""Per-site extraction rules: data, not code paths.

The generic extractor needs no rules; a rule only narrows or cleans what it
sees on one site whose layout defeats the general heuristics. Rules are keyed
by host name (a rule for ``example.org`` also covers ``www.example.org``) and
are meant for the bundled sample sites only, never to tune the extractor to a
benchmark's pages.

A rule may name:
- ``body``: a CSS selector for the element holding the story (the first match
  is used; when nothing matches, the generic choice stands),
- ``drop``: CSS selectors of elements to leave out of the text,
- ``author`` / ``date``: CSS selectors of the visible byline / date line.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit


@dataclass(frozen=True, slots=True)
class SiteRule:
    body: str | None = None
    drop: tuple[str, ...] = ()
    author: str | None = None
    date: str | None = None


# The bundled sample sites follow ordinary news-page conventions (JSON-LD,
# OpenGraph, visible bylines), which the generic extractor reads; none needs a rule.
SITE_RULES: dict[str, SiteRule] = {}


def rule_for(url: str | None, rules: dict[str, SiteRule] | None = None) -> SiteRule | None:
    """The rule for ``url``'s host or one of its parent domains, if any."""
    rules = SITE_RULES if rules is None else rules
    if not url or not rules:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:
        return None
    while host:
        if host in rules:
            return rules[host]
        if "." not in host:
            return None
        host = host.split(".", 1)[1]
    return None
