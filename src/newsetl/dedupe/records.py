"""The records dedupe passes around: a prepared copy, and a copy's resolution."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from newsetl.dedupe.quality import Rank
from newsetl.models import Article, ArticleURL, UrlRelation

Status = Literal["new", "updated", "merged", "unchanged"]
MatchKind = Literal["url", "canonical", "id", "content", "near", "batch", "none"]
_KIND_ORDER = {"url": 0, "canonical": 1, "id": 2, "content": 3, "near": 4}


def article_id_for(canonical_url: str | None, content_hash: str) -> str:
    """A story's id: from its canonical URL, or for a URL-less document its text hash."""
    key = canonical_url or f"content:{content_hash}"
    return "art_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What dedupe stores about one copy."""

    url: str
    canonical_url: str | None
    content_hash: str
    signature: bytes  # uint32 little-endian
    word_count: int  # whitespace-separated words, as Article.word_count
    signed: bool  # the text has words, so its signature can find near duplicates
    metadata_score: int
    noise: int

    @property
    def rank(self) -> Rank:
        return Rank(self.metadata_score, self.noise, self.word_count, self.url, self.content_hash)


@dataclass(frozen=True, slots=True)
class Representative:
    """The copy whose text an article carries, and its rank."""

    url: str | None
    content_hash: str
    metadata_score: int
    noise: int
    word_count: int


@dataclass(slots=True)
class Resolution:
    """The fate of one copy.

    ``article`` is the article row to upsert when this batch creates or changes
    it; one resolution per article carries it. ``status``: ``new`` (the first
    copy of a new story), ``updated`` (a known URL came back with edited text,
    or its story's row changed), ``merged`` (a further copy of a story) or
    ``unchanged`` (seen before, nothing new). ``url`` is the copy's key: its
    canonicalised URL or a document's ``file:`` URI. ``similarity`` is the exact
    Jaccard similarity of its 4-word shingles with the article's text.
    """

    copy: Article
    article_id: str
    relation: UrlRelation
    similarity: float
    status: Status
    article: Article | None = None
    url: str = ""
    matched_by: MatchKind = "none"
    fingerprint: Fingerprint | None = field(default=None, repr=False)
    representative: Representative | None = field(default=None, repr=False)
    # With ``article``: every URL of the story and its relation now, including
    # copies recorded before whose relation changed; replaces the story's links.
    links: list[ArticleURL] | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """Why a copy belongs to an existing article, and how strongly."""

    article_id: str
    kind: MatchKind
    similarity: float

    @property
    def key(self) -> tuple:
        return (_KIND_ORDER[self.kind], -self.similarity, self.article_id)


@dataclass(slots=True)
class PreparedCopy:
    """An incoming copy with its key, canonical URL, text hash, signature and rank."""

    position: int
    article: Article
    url: str
    canonical: str | None
    content_hash: str
    words: int  # normalised words (tokens) signed
    signature: np.ndarray
    shingles: np.ndarray  # distinct shingle hashes, sorted
    rank: Rank
    match: Match | None = None  # the best existing article it matched directly

    @property
    def order(self) -> tuple:
        return (self.url, self.content_hash, self.rank.key, self.position)

    def fingerprint(self) -> Fingerprint:
        return Fingerprint(
            self.url,
            self.canonical,
            self.content_hash,
            self.signature.astype("<u4").tobytes(),
            self.rank.word_count,
            self.words > 0,
            self.rank.metadata_score,
            self.rank.noise,
        )
