"""Text cleaning: normalisation, boilerplate removal, per-site boilerplate learning.

    normalize_text(text) -> str
    clean_text(text, *, site_boilerplate=frozenset()) -> str
    paragraph_fingerprint(paragraph) -> str
    learn_site_boilerplate(texts, *, min_documents=3, min_share=0.5) -> frozenset[str]

``clean_text`` is idempotent, so text that was cleaned once (a parsed document)
can be cleaned again with the site's learnt boilerplate.
"""

from __future__ import annotations

from dataclasses import dataclass

from newsetl.clean.boilerplate import boilerplate_mask
from newsetl.clean.normalize import normalize_text, split_paragraphs
from newsetl.clean.site import learn_site_boilerplate, paragraph_fingerprint, site_paragraphs

__all__ = [
    "CleanSettings",
    "clean_paragraphs",
    "clean_text",
    "learn_site_boilerplate",
    "normalize_text",
    "paragraph_fingerprint",
    "split_paragraphs",
]


@dataclass(frozen=True, slots=True)
class CleanSettings:
    """Thresholds for learning a site's boilerplate (see ``newsetl.clean.site``)."""

    boilerplate_min_documents: int = 3
    boilerplate_min_share: float = 0.5


def clean_text(text: str, *, site_boilerplate: frozenset[str] = frozenset()) -> str:
    """Normalised text without boilerplate; paragraphs joined by one blank line."""
    return "\n\n".join(clean_paragraphs(text, site_boilerplate=site_boilerplate))


def clean_paragraphs(text: str, *, site_boilerplate: frozenset[str] = frozenset()) -> list[str]:
    """The article's paragraphs: rule-based boilerplate removed, then the site's own,
    then immediate repeats.

    The site's learnt boilerplate is not applied when it would leave nothing:
    then the "boilerplate" is the article itself, seen on several pages.
    """
    paragraphs = site_paragraphs(text)
    removed = boilerplate_mask(paragraphs)
    kept = [paragraph for paragraph, drop in zip(paragraphs, removed, strict=True) if not drop]
    if site_boilerplate:
        without_site = [p for p in kept if paragraph_fingerprint(p) not in site_boilerplate]
        kept = without_site or kept
    return _without_repeats(kept)


def _without_repeats(paragraphs: list[str]) -> list[str]:
    """Drop a paragraph identical to the one before it (a caption or pull quote
    that a scraper picked up twice); nothing unique is lost."""
    return [p for index, p in enumerate(paragraphs) if index == 0 or p != paragraphs[index - 1]]
