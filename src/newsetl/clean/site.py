"""Boilerplate a site repeats across its articles, learnt from the articles themselves.

The rules in ``rules`` know what boilerplate generally looks like; this module
finds what one site repeats: its own appeal, its own newsletter box, its own
footer. A paragraph is learnt for a site when, among that site's documents
(near-copies counted once):

- it occurs in at least ``min_documents`` documents and in at least
  ``min_share`` of them: a story syndicated twice, or quoted by two articles,
  is not the site's furniture;
- it is at most ``MAX_WORDS`` long: furniture is short-ish, reporting is not;
- it sits where furniture sits in enough of those documents (``_anchored``):
  in a run of such repeated paragraphs that touches the start or the end of
  the document, or it is a short label (a few words, no sentence ending). A
  sentence that several articles quote recurs mid-article, between paragraphs
  that differ from article to article, so it is not learnt.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Sequence

from newsetl.clean.markdown import strip_markdown
from newsetl.clean.normalize import split_paragraphs

MAX_WORDS = 120
EDGE_PARAGRAPHS = 3
LABEL_MAX_WORDS = 6
NEAR_COPY_OVERLAP = 0.8

_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.!?\"')]$")


def paragraph_fingerprint(paragraph: str) -> str:
    """A short stable id of a paragraph's words: case, punctuation, spacing and
    digits (dates, counters) do not change it."""
    words = _WORD.findall(_DIGITS.sub("0", paragraph.casefold()))
    return hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).hexdigest()


def site_paragraphs(text: str) -> list[str]:
    """The paragraphs the cleaner sees, so learnt fingerprints match at cleaning time."""
    paragraphs = (strip_markdown(paragraph) for paragraph in split_paragraphs(text))
    return [paragraph for paragraph in paragraphs if paragraph]


def learn_site_boilerplate(
    texts: Sequence[str], *, min_documents: int = 3, min_share: float = 0.5
) -> frozenset[str]:
    """Fingerprints of the paragraphs one site repeats as furniture (see module doc)."""
    documents = _distinct_documents([_Doc(site_paragraphs(text)) for text in texts if text])
    needed = max(1, min_documents, math.ceil(min_share * len(documents)))
    if len(documents) < needed:
        return frozenset()
    frequency = Counter(fp for doc in documents for fp in set(doc.fingerprints))
    too_long = _too_long(documents)
    repeated = {fp for fp, count in frequency.items() if count >= needed and fp not in too_long}
    anchored = Counter(fp for doc in documents for fp in _anchored(doc, repeated))
    return frozenset(fp for fp, count in anchored.items() if count >= needed)


class _Doc:
    __slots__ = ("paragraphs", "fingerprints", "words")

    def __init__(self, paragraphs: list[str]) -> None:
        self.paragraphs = paragraphs
        self.fingerprints = [paragraph_fingerprint(paragraph) for paragraph in paragraphs]
        self.words = [len(paragraph.split()) for paragraph in paragraphs]

    def word_weights(self) -> dict[str, int]:
        weights: dict[str, int] = {}
        for fp, words in zip(self.fingerprints, self.words, strict=True):
            weights[fp] = weights.get(fp, 0) + words
        return weights


def _too_long(documents: Sequence[_Doc]) -> set[str]:
    return {
        fp
        for doc in documents
        for fp, words in zip(doc.fingerprints, doc.words, strict=True)
        if words > MAX_WORDS
    }


def _distinct_documents(documents: list[_Doc]) -> list[_Doc]:
    """Drop empty documents and near-copies of an earlier one.

    Two documents are copies when the paragraphs they share hold at least
    ``NEAR_COPY_OVERLAP`` of the words of each: three copies of one story must
    not make that story the site's boilerplate.
    """
    kept: list[_Doc] = []
    kept_weights: list[dict[str, int]] = []
    for doc in documents:
        if not doc.paragraphs:
            continue
        weights = doc.word_weights()
        if not any(_near_copies(weights, other) for other in kept_weights):
            kept.append(doc)
            kept_weights.append(weights)
    return kept


def _near_copies(first: dict[str, int], second: dict[str, int]) -> bool:
    shared = first.keys() & second.keys()
    if not shared:
        return False
    for weights in (first, second):
        total = sum(weights.values()) or 1
        if sum(weights[fp] for fp in shared) / total < NEAR_COPY_OVERLAP:
            return False
    return True


def _anchored(doc: _Doc, repeated: set[str]) -> set[str]:
    """The repeated paragraphs of ``doc`` that sit where furniture sits."""
    found: set[str] = set()
    size = len(doc.fingerprints)
    index = 0
    while index < size:
        if doc.fingerprints[index] not in repeated:
            index += 1
            continue
        end = index
        while end + 1 < size and doc.fingerprints[end + 1] in repeated:
            end += 1
        at_edge = index < EDGE_PARAGRAPHS or end >= size - EDGE_PARAGRAPHS
        for position in range(index, end + 1):
            if at_edge or _is_label(doc.paragraphs[position]):
                found.add(doc.fingerprints[position])
        index = end + 1
    return found


def _is_label(paragraph: str) -> bool:
    words = paragraph.split()
    return len(words) <= LABEL_MAX_WORDS and not _SENTENCE_END.search(paragraph)
