"""The headline: the page's ``<h1>`` when metadata agrees, else metadata, else ``<title>``.

``<title>`` and ``og:title`` often carry the site's name ("Headline | The
Paper", "The Paper - Headline"); the part that is the headline is kept.
"""

from __future__ import annotations

import re

_SEPARATORS = re.compile(r"\s+[|–—:»·•]\s+|\s+-\s+|\s+::\s+|\s+//\s+|\s*[｜|]\s*")
_WORD = re.compile(r"\w+")
MIN_TITLE_CHARS = 6


def choose_title(
    metadata_titles: list[str], headings: list[str], title_tag: str | None, site_name: str | None
) -> str | None:
    """Best headline from metadata values (most trusted first), page h1s and ``<title>``."""
    metadata_titles = [_clean(t) for t in metadata_titles if t and _clean(t)]
    headings = [_clean(h) for h in headings if h and len(_clean(h)) >= MIN_TITLE_CHARS]
    title_tag = _clean(title_tag or "")
    reference = metadata_titles[0] if metadata_titles else title_tag
    for heading in headings:
        if reference and _similar(heading, reference):
            return heading
    if metadata_titles:
        return strip_site_name(metadata_titles[0], site_name, headings)
    if headings and len(headings) == 1:
        return headings[0]
    if title_tag:
        return strip_site_name(title_tag, site_name, headings)
    return headings[0] if headings else None


def strip_site_name(title: str, site_name: str | None, headings: list[str]) -> str:
    """ "Headline | Site" -> "Headline"."""
    parts = [p.strip() for p in _SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    for heading in headings:
        for part in parts:
            if _similar(part, heading):
                return part
    if site_name:
        site = _words(site_name)
        rest = [p for p in parts if _words(p) != site and not _words(p) <= site]
        if rest and len(rest) < len(parts):
            return _join_back(title, rest)
    # the site's name is the short end; the headline the long part
    longest = max(parts, key=len)
    long_enough = len(longest) >= 0.5 * len(title) and len(_words(longest)) >= 3
    if long_enough and longest in (parts[0], parts[-1]):
        return longest
    return title


def _join_back(title: str, parts: list[str]) -> str:
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end] if 0 <= start < end else parts[0]


def _clean(text: str) -> str:
    return " ".join(text.split())


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def _similar(heading: str, reference: str) -> bool:
    """Whether ``heading`` says what ``reference`` says, maybe at more length.

    A longer h1 that contains a short social-media title is the headline; a site
    logo h1 whose words begin the ``<title>`` is not.
    """
    wh, wr = _words(heading), _words(reference)
    if not wh or not wr:
        return False
    overlap = len(wh & wr)
    if overlap >= 0.8 * len(wr):
        return True
    return overlap >= 0.8 * len(wh) and len(wh) >= 0.6 * len(wr)
