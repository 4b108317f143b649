"""How each URL or document of a story relates to the story's article row.

``canonical``: the article's canonical URL (or, for a story with no URL at all,
the document whose text it carries); ``alias``: another URL or a document of
that same page (tracking or AMP variant, rel=canonical, a document naming it
as its origin); ``exact_duplicate``: the same normalised text elsewhere;
``near_duplicate``: a text at least ``threshold`` similar, with its similarity
to the article's text.

When a story's row changes (a better copy, a new canonical URL) the relations
of the copies recorded before may change too: ``story_links`` restates them
all, so the loader can replace the story's ``article_url`` rows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from newsetl.dedupe.minhash import similarity
from newsetl.dedupe.records import Resolution
from newsetl.dedupe.store import StoredArticle, StoredCopy
from newsetl.models import Article, ArticleURL, UrlRelation


def relation_of(
    url: str,
    own_canonical: str | None,
    content_hash: str,
    is_representative: bool,
    article: Article,
    hash_counts: Counter,
    measure: Callable[[], float],
) -> tuple[UrlRelation, float]:
    """A copy's relation to ``article``; ``measure`` gives its similarity when near."""
    canonical = article.canonical_url
    if canonical and url == canonical:
        return "canonical", 1.0
    if canonical and own_canonical == canonical:
        return "alias", 1.0
    if is_representative and canonical is None:
        return "canonical", 1.0
    if content_hash == article.content_hash or hash_counts[content_hash] > 1:
        return "exact_duplicate", 1.0
    return "near_duplicate", round(measure(), 4)


def story_links(
    article: Article,
    resolutions: Sequence[Resolution],
    prior: StoredArticle | None,
    representative_url: str | None,
    hash_counts: Counter,
    representative_signature: Callable[[], np.ndarray],
) -> list[ArticleURL]:
    """Every URL of the story (this batch's copies, those recorded before, and the
    canonical URL) with its relation now."""
    story = article.article_id
    links = {r.url: ArticleURL(r.url, story, r.relation, r.similarity) for r in resolutions}
    if prior is not None:
        text_kept = prior.article.content_hash == article.content_hash
        for url in sorted(prior.copies):
            if url not in links:
                stored = prior.copies[url]
                relation, score = relation_of(
                    url,
                    stored.article.canonical_url,
                    stored.article.content_hash,
                    url == representative_url,
                    article,
                    hash_counts,
                    lambda stored=stored: _estimate(stored, representative_signature),
                )
                if text_kept and relation == stored.relation:
                    score = stored.similarity  # measured when it came, exactly
                links[url] = ArticleURL(url, story, relation, score)
    if article.canonical_url:
        links[article.canonical_url] = ArticleURL(article.canonical_url, story, "canonical", 1.0)
    return [links[url] for url in sorted(links)]


def _estimate(stored: StoredCopy, representative_signature: Callable[[], np.ndarray]) -> float:
    if stored.signature is None:
        return 0.0
    return float(similarity(stored.signature, representative_signature())[0])
