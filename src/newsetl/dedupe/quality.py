"""Which copy of a story is the best one, and the metadata merged across copies.

Copies are ranked by a total order: most complete metadata first, then the
least markup and furniture left in the text, then the longest text (truncated
copies lose), then URL and content hash, so the choice never depends on the
order of arrival.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from newsetl.models import Article

_MARKUP = re.compile(
    r"\]\(|\*\*|__|<https?://|^#{1,6}\s|^\s*[|>]|https?://\S+|\[\d+\]|&[a-z]+;|\{\{|\}\}",
    re.MULTILINE,
)
_SENTENCE_END = re.compile(r"[.!?\"'”’)…:]\s*$")


@dataclass(frozen=True, slots=True)
class Rank:
    """A copy's place in the total order; ``key`` sorts the best copy first."""

    metadata_score: int
    noise: int
    word_count: int
    url: str
    content_hash: str

    @property
    def key(self) -> tuple:
        return (-self.metadata_score, self.noise, -self.word_count, self.url, self.content_hash)


def metadata_score(article: Article) -> int:
    """How many of the descriptive fields a copy has."""
    return sum(
        bool(value)
        for value in (
            article.canonical_url,
            article.title,
            article.published_at,
            article.authors,
            article.language,
            article.site_name,
            article.description,
        )
    )


def text_noise(text: str) -> int:
    """Markup left in the text, plus short lines that are not sentences (captions,
    labels, share buttons): the lower, the cleaner."""
    markup = len(_MARKUP.findall(text))
    fragments = sum(
        1
        for line in text.splitlines()
        if line.strip() and len(line.split()) < 6 and not _SENTENCE_END.search(line)
    )
    return markup + fragments


def rank_of(article: Article, url: str, content_hash: str) -> Rank:
    text = article.text or ""
    return Rank(metadata_score(article), text_noise(text), len(text.split()), url, content_hash)


def first_present(values: Iterable):
    """The first value that is neither None nor empty."""
    for value in values:
        if value:
            return value
    return None


def latest(values: Iterable[datetime | None]) -> datetime | None:
    present = [value for value in values if value is not None]
    return max(present) if present else None


def merged_metadata(ranked: Sequence[Article]) -> dict:
    """Descriptive fields from the best copy that has each (``ranked`` is best first);
    ``modified_at`` is the latest any copy reports."""
    return {
        "title": first_present(copy.title for copy in ranked),
        "canonical_url": first_present(copy.canonical_url for copy in ranked),
        "authors": list(first_present(copy.authors for copy in ranked) or []),
        "published_at": first_present(copy.published_at for copy in ranked),
        "modified_at": latest(copy.modified_at for copy in ranked),
        "language": first_present(copy.language for copy in ranked),
        "site_name": first_present(copy.site_name for copy in ranked),
        "description": first_present(copy.description for copy in ranked),
    }
