"""Titles of works set in quotation marks: 'the television show “Nashville”', 'their
single “Takin’ It to the Streets.”', 'eliminated from “Dancing with the Stars.”'.

The small model cuts such titles into pieces ("Dancing", "Stars") or types them as
places and people. A quotation in title case (its first and its longer words
capitalised, a few words at most) is one WORK_OF_ART, in place of the pieces, when the
text shows it a work:

- a work noun just before it ("the show", "a BBC adaptation of"), or a word of the
  screen and stage trade ("a role in", "the cast of", "an award for", "to perform");
- a word of that trade just after it ("the former “Dawson’s Creek” star");
- a piece the model took for a work of art inside it;
- the same title, so shown elsewhere in the article ("a key role in “War & Peace”"
  after "a BBC adaptation of “War & Peace”").
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
# words before a quoted title that show it a film, show or song: "his role in", "the
# cast of", "won an award for", "came out to perform", "best actor for", "the drama"
_TRADE_WORDS_BEFORE = frozenset(
    {"role", "cast", "star", "starring", "perform", "nominate", "nomination", "award", "prize"}
    | {"actor", "actress", "performance", "ensemble", "drama", "comedy", "thriller"}
    | {"miniseries", "biopic", "franchise"}
)
# words just after one: "the former “Dawson’s Creek” star", "“The Crown” creator"
_TRADE_WORDS_AFTER = frozenset(
    {"star", "actor", "actress", "cast", "creator", "showrunner", "author", "director"}
    | {"season", "episode", "premiere", "finale", "sequel", "reboot", "soundtrack", "trailer"}
)
_MAX_TITLE_WORDS = 8
_LOOK_BACK = 3  # "the BBC adaptation of “War & Peace”": the noun, then a name and "of"
_SMALL_WORD_LENGTH = 4  # "Dancing with the Stars": "with", "the" may stay lower case


def quoted_titles(quotations: Quotations, works: Iterable[int]) -> list[range]:
    """Token ranges of the titles; ``works``: tokens the model took for works of art."""
    doc, works = quotations.doc, set(works)
    candidates = [
        (quotation, title)
        for quotation in quotations.closed()
        if (title := _title_inside(doc, quotation.start + 1, quotation.end)) is not None
    ]
    shown = [
        title
        for quotation, title in candidates
        if _after_a_work_noun(doc, quotation.start)
        or _before_a_trade_word(doc, quotation.end)
        or works & set(title)
    ]
    shown_texts = {doc[title.start : title.stop].text for title in shown}
    return [
        title
        for _, title in candidates
        if title in shown or doc[title.start : title.stop].text in shown_texts
    ]


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
    cues = WORK_NOUNS | _TRADE_WORDS_BEFORE
    return any(token.lemma_.lower() in cues and token.is_lower for token in before)


def _before_a_trade_word(doc: Doc, closing: int) -> bool:
    after = doc[closing + 1] if closing + 1 < len(doc) else None
    return after is not None and after.is_lower and after.lemma_.lower() in _TRADE_WORDS_AFTER
