"""Titles of works set in quotation marks: 'the television show “Nashville”', 'their
single “Takin’ It to the Streets.”', 'eliminated from “Dancing with the Stars.”'.

The small model cuts such titles into pieces ("Dancing", "Stars") or types them as
places and people. A quotation in title case (its first and its longer words
capitalised, a few words at most), with a work noun just before it ("the show", "a BBC
adaptation of") or a piece the model took for a work of art inside it, is one
WORK_OF_ART, in place of the pieces.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from newsetl.nlp.quotes import Quotations

WORK_NOUNS = frozenset(
    {"show", "film", "movie", "series", "sitcom", "single", "song", "album", "book", "novel"}
    | {"play", "podcast", "documentary", "adaptation", "special", "programme", "program"}
    | {"episode", "musical", "opera", "track", "hit", "record", "memoir", "competition"}
)
_MAX_TITLE_WORDS = 8
_LOOK_BACK = 3  # "the BBC adaptation of “War & Peace”": the noun, then a name and "of"
_SMALL_WORD_LENGTH = 4  # "Dancing with the Stars": "with", "the" may stay lower case


def quoted_titles(quotations: Quotations, works: Iterable[int]) -> list[range]:
    """Token ranges of the titles; ``works``: tokens the model took for works of art."""
    doc, works = quotations.doc, set(works)
    titles = []
    for quotation in quotations.closed():
        title = _title_inside(doc, quotation.start + 1, quotation.end)
        if title is None:
            continue
        if _after_a_work_noun(doc, quotation.start) or works & set(title):
            titles.append(title)
    return titles


def _title_inside(doc: Doc, start: int, end: int) -> range | None:
    while end > start and doc[end - 1].is_punct:
        end -= 1  # "Dancing with the Stars." -> the title without its full stop
    words = [token for token in doc[start:end] if token.is_alpha]
    if (
        not words
        or len(words) > _MAX_TITLE_WORDS
        or any(t.is_sent_start for t in doc[start + 1 : end])
    ):
        return None
    capitalised = words[0].text[:1].isupper() and all(
        word.text[:1].isupper() for word in words if len(word) > _SMALL_WORD_LENGTH
    )
    return range(start, end) if capitalised else None


def _after_a_work_noun(doc: Doc, opening: int) -> bool:
    before = doc[max(opening - _LOOK_BACK, 0) : opening]
    return any(token.lemma_.lower() in WORK_NOUNS and token.is_lower for token in before)
