"""The headline: the page's ``<h1>`` when metadata agrees, else metadata, else ``<title>``.

``<title>`` and ``og:title`` often carry the site's name ("Headline | The
Paper", "The Paper - Headline"); the part that is the headline is kept.
"""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urlsplit

# A pipe, "»", "::" or "//" almost always sets a site's name apart; a dash or colon
# may be the headline's own punctuation, so it only counts beside a known site name.
_STRONG_SEPARATOR = re.compile(r"\s*[|｜»]\s*|\s+(?:::|//)\s+")
_WEAK_SEPARATOR = re.compile(r"\s+[-–—·•]\s+|:\s+")
_WORD = re.compile(r"\w+")
MIN_TITLE_CHARS = 6


def choose_title(
    metadata_titles: list[str],
    headings: list[str],
    title_tag: str | None,
    site_name: str | None,
    url: str | None = None,
) -> str | None:
    """Best headline from metadata values (most trusted first), page h1s and ``<title>``."""
    metadata_titles = [t for t in (_clean(t) for t in metadata_titles if t) if t]
    headings = [h for h in (_clean(h) for h in headings if h) if len(h) >= MIN_TITLE_CHARS]
    title_tag = _clean(title_tag or "")
    site = _site_words(site_name, url)
    reference = metadata_titles[0] if metadata_titles else title_tag
    for heading in headings:
        if reference and _similar(heading, reference):
            return heading
    if metadata_titles:
        return _strip(metadata_titles[0], site, headings)
    if headings and len(headings) == 1:
        return headings[0]
    if title_tag:
        return _strip(title_tag, site, headings)
    return headings[0] if headings else None


def strip_site_name(
    title: str, site_name: str | None = None, headings: list[str] = (), url: str | None = None
) -> str:
    """ "Headline | Site" -> "Headline"; "Site - Headline" -> "Headline" when Site is known
    (by its declared name or its host name)."""
    return _strip(_clean(title), _site_words(site_name, url), list(headings))


def _strip(title: str, site: set[str], headings: list[str]) -> str:
    for separators, needs_site in ((_STRONG_SEPARATOR, False), (_WEAK_SEPARATOR, True)):
        parts = [p.strip() for p in separators.split(title) if p.strip()]
        if len(parts) < 2:
            continue
        for heading in headings:
            for part in parts:
                if _similar(part, heading):
                    return part
        for end in (parts[-1], parts[0]):
            rest = [p for p in parts if p is not end]
            if _is_site(end, site) or (not needs_site and _shorter(end, rest)):
                return _join_back(title, rest) if rest else title
    return title


def _site_words(site_name: str | None, url: str | None) -> set[str]:
    """Words that name the site: its declared name, its host name's labels."""
    words = _words(site_name or "")
    host = ""
    if url and "://" in url:
        try:
            host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
        except ValueError:
            host = ""
    if host:
        labels = [label for label in host.split(".") if label]
        words.update(labels)
        words.add("".join(labels[:-1]))
    return words


def _is_site(part: str, site: set[str]) -> bool:
    words = _words(part)
    if not words or not site:
        return False
    squashed = "".join(sorted(words, key=part.lower().find))
    return words <= site or squashed in site or squashed.removesuffix("com") in site


def _shorter(part: str, rest: list[str]) -> bool:
    return bool(rest) and len(part) < sum(len(p) for p in rest) and len(_words(part)) <= 6


def _join_back(title: str, parts: list[str]) -> str:
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end] if 0 <= start < end else parts[0]


def _clean(text: str) -> str:
    return " ".join(unescape(text).split())


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
