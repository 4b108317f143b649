"""One story's copies become one article row, and each copy gets its relation.

The representative is the best-ranked copy (``newsetl.dedupe.quality``) among
the batch's copies and the article's current representative, whose text is the
article's. Descriptive fields come from the best copy that has each, over every
copy ever seen (dedupe keeps their metadata), so the row does not depend on
the order in which the copies arrived. A known URL whose text changed is an
edit: it supersedes the text it had, and when that was the article's text the
revision goes up.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from newsetl.dedupe.links import relation_of, story_links
from newsetl.dedupe.minhash import MinHasher, exact_jaccard
from newsetl.dedupe.quality import Rank, merged_metadata, rank_of
from newsetl.dedupe.records import PreparedCopy, Representative, Resolution, Status
from newsetl.dedupe.store import ARTICLE_COLUMNS, StoredArticle
from newsetl.dedupe.text import words
from newsetl.models import Article
from newsetl.urls import domain_of

COMPARED_FIELDS = tuple(name for name in ARTICLE_COLUMNS if name != "article_id")


class _Lazy:
    """A value computed on first use (the stored representative's shingles are only
    needed when a copy is a near duplicate)."""

    def __init__(self, compute: Callable[[], np.ndarray]):
        self._compute = compute
        self._value: np.ndarray | None = None

    @property
    def value(self) -> np.ndarray:
        if self._value is None:
            self._value = self._compute()
        return self._value


@dataclass(slots=True)
class _Candidate:
    """A copy that could represent the story: its rank, text and metadata."""

    rank: Rank
    article: Article  # metadata (and, for the stored representative, the text)
    text: str
    member: PreparedCopy | None  # None: the article's stored representative


def settle(
    article_id: str,
    members: Sequence[PreparedCopy],
    prior: StoredArticle | None,
    hasher: MinHasher,
) -> list[Resolution]:
    """The resolutions of a story's copies in this batch (``members``, in order)."""
    statuses = {m.position: _status(m, prior) for m in members}
    edited = any(status == "updated" for status in statuses.values())
    representative = _representative(members, prior)
    article = _merged_article(article_id, representative, members, prior, edited)
    changed = prior is None or _differs(article, prior.article)
    rep_shingles = _Lazy(
        lambda: representative.member.shingles
        if representative.member is not None
        else hasher.shingle_set(words(representative.text))
    )
    rep_signature = _Lazy(lambda: hasher.signature_of_shingles(rep_shingles.value))
    counts = _hash_counts(members, prior)
    resolutions = []
    for member in members:
        relation, score = relation_of(
            member.url,
            member.canonical,
            member.content_hash,
            member is representative.member,
            article,
            counts,
            lambda member=member: _exact(member, rep_shingles),
        )
        resolutions.append(
            Resolution(
                copy=member.article,
                article_id=article_id,
                relation=relation,
                similarity=score,
                status=statuses[member.position],
                url=member.url,
                matched_by=_matched_by(member, members),
                fingerprint=member.fingerprint(),
            )
        )
    if changed:
        carrier = _attach(resolutions, article, representative, is_new=prior is None)
        carrier.links = story_links(
            article,
            resolutions,
            prior,
            carrier.representative.url,
            counts,
            lambda: rep_signature.value,
        )
    return resolutions


def _exact(member: PreparedCopy, rep_shingles: _Lazy) -> float:
    return exact_jaccard(member.shingles, rep_shingles.value) if member.words else 0.0


def _matched_by(member: PreparedCopy, members: Sequence[PreparedCopy]):
    if member.match is not None:
        return member.match.kind
    return "batch" if len(members) > 1 else "none"


def _status(member: PreparedCopy, prior: StoredArticle | None) -> Status:
    if prior is None:
        return "merged"  # the representative becomes "new" in _attach
    stored = prior.copies.get(member.url)
    if stored is None:
        return "merged"
    return "unchanged" if stored.article.content_hash == member.content_hash else "updated"


def _representative(members: Sequence[PreparedCopy], prior: StoredArticle | None) -> _Candidate:
    candidates = [_Candidate(m.rank, _metadata_of(m), m.article.text, m) for m in members]
    if prior is not None:
        stored = _stored_representative(prior, {m.url for m in members})
        if stored is not None:
            candidates.append(stored)
    return min(candidates, key=lambda candidate: candidate.rank.key)


def _stored_representative(prior: StoredArticle, member_urls: set[str]) -> _Candidate | None:
    """The article's current representative, unless a copy of this batch re-fetched it
    (then the fresh copy takes its place, edited or not)."""
    url = prior.representative_url
    if url is not None and url in member_urls:
        return None
    row = prior.article
    own = prior.copies.get(url) if url else None
    metadata = own.article if own else row
    if prior.representative_rank is not None:
        score, noise, words = prior.representative_rank
        rank = Rank(score, noise, words, url or "", row.content_hash)
    else:
        rank = rank_of(row, url or row.canonical_url or "", row.content_hash)
    return _Candidate(rank, metadata, row.text, None)


def _merged_article(
    article_id: str,
    representative: _Candidate,
    members: Sequence[PreparedCopy],
    prior: StoredArticle | None,
    edited: bool,
) -> Article:
    member_urls = {m.url for m in members}
    others = [(m.rank.key, _metadata_of(m)) for m in members if m is not representative.member]
    if prior is not None:
        others += [
            (Rank(*stored.rank, url, stored.article.content_hash).key, stored.article)
            for url, stored in prior.copies.items()
            if url not in member_urls and stored.article is not representative.article
        ]
    ranked = [representative.article] + [copy for _, copy in sorted(others, key=_first)]
    if prior is not None:
        ranked.append(prior.article)  # last resort: what the row already says
    metadata = merged_metadata(ranked)
    text = representative.text
    content_hash = representative.rank.content_hash
    revision = 1
    if prior is not None:
        text_changed = content_hash != prior.article.content_hash
        revision = prior.article.revision + (1 if edited and text_changed else 0)
    canonical = metadata["canonical_url"]
    return Article(
        article_id=article_id,
        domain=domain_of(canonical) or _first_domain(ranked),
        text=text,
        word_count=len(text.split()),
        content_hash=content_hash,
        source_url=representative.article.source_url,
        revision=revision,
        **metadata,
    )


def _metadata_of(member: PreparedCopy) -> Article:
    """The copy with its trusted canonical URL (its page's, or the URL it was fetched from)."""
    return replace(member.article, canonical_url=member.canonical)


def _first(pair: tuple) -> tuple:
    return pair[0]


def _first_domain(ranked: Sequence[Article]) -> str | None:
    for copy in ranked:
        domain = copy.domain or domain_of(copy.source_url)
        if domain:
            return domain
    return None


def _differs(article: Article, stored: Article) -> bool:
    return any(getattr(article, name) != getattr(stored, name) for name in COMPARED_FIELDS)


def _hash_counts(members: Sequence[PreparedCopy], prior: StoredArticle | None) -> Counter:
    """How many copies (batch and stored, each URL once) carry each text."""
    texts = {m.url: m.content_hash for m in members}
    if prior is not None:
        for url, stored in prior.copies.items():
            texts.setdefault(url, stored.article.content_hash)
        if not prior.copies:  # an article loaded before dedupe recorded copies
            texts.setdefault(f"article:{prior.article.article_id}", prior.article.content_hash)
    return Counter(texts.values())


def _attach(
    resolutions: list[Resolution], article: Article, representative: _Candidate, *, is_new: bool
) -> Resolution:
    """Give the changed row to one resolution: the representative's, else the first."""
    carrier = next(
        (
            r
            for r in resolutions
            if representative.member is not None and r.copy is representative.member.article
        ),
        resolutions[0],
    )
    carrier.article = article
    member = representative.member
    rank = representative.rank
    carrier.representative = Representative(
        url=member.url if member is not None else rank.url or None,
        content_hash=rank.content_hash,
        metadata_score=rank.metadata_score,
        noise=rank.noise,
        word_count=rank.word_count,
    )
    if is_new:
        carrier.status = "new"
    elif carrier.status == "unchanged":
        carrier.status = "updated"
    return carrier
