"""Types that knowing the world's places corrects, over one article.

The small model types many company and brand names GPE ("Alibaba", "Bloomberg
reported", "a Jefferies analyst") and some places PERSON ("ahead of the Virginia
elections"). So:

- a name typed GPE that is no known place, and that the article never writes
  after a place preposition ("in Xinjiang"), is an organisation;
- a one-word name typed PERSON that is a major place, and no word of a person the
  article names in full, is that place.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from newsetl.nlp import gazetteer
from newsetl.nlp.known_places import is_known_place, is_major_place
from newsetl.nlp.names import in_gazetteer
from newsetl.nlp.resolve import Mention

_PLACE_PREPOSITIONS = frozenset(
    {"in", "near", "inside", "outside", "across", "throughout", "around", "within", "into"}
)
_PLACE_SUFFIXES = frozenset({"based", "born", "area"})  # "a Spokane-based firm"
_PLACE_KIND_WORDS = gazetteer.PLACE_NOUNS | frozenset(
    {"state", "oblast", "county", "governorate", "prefecture", "territory", "island", "islands"}
)
_DIRECTION_WORDS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "greater",
        "upper",
        "lower",
    }
)


def type_by_known_places(doc: Doc, kept: Iterable[tuple[Mention, range]]) -> None:
    kept = list(kept)
    written_as_place = {mention.text for mention, tokens in kept if _written_as_place(doc, tokens)}
    person_words = {
        word
        for mention, _ in kept
        if mention.type == "PERSON" and " " in mention.text
        for word in mention.text.split()
    }
    for mention, _ in kept:
        if _company_typed_as_place(mention, written_as_place):
            mention.type = "ORG"
        elif _place_typed_as_person(mention, person_words):
            mention.type = "GPE"


def _company_typed_as_place(mention: Mention, written_as_place: set[str]) -> bool:
    return (
        mention.type == "GPE"
        and mention.text not in written_as_place
        and not _could_be_place(mention.text)
    )


def _place_typed_as_person(mention: Mention, person_words: set[str]) -> bool:
    return (
        mention.type == "PERSON"
        and " " not in mention.text
        and mention.role is None  # "Queen Elizabeth" is no city in New Jersey
        and mention.text not in person_words
        and is_major_place(mention.text)
    )


def _written_as_place(doc: Doc, tokens: range) -> bool:
    start = tokens.start - 1
    if start >= 0 and doc[start].lower_ == "the":
        start -= 1
    if start >= 0 and doc[start].lower_ in _PLACE_PREPOSITIONS:
        return not _possessive_follows(doc, tokens.stop)  # "in Alibaba's case" is no place
    return (
        tokens.stop + 1 < len(doc)
        and doc[tokens.stop].text == "-"
        and doc[tokens.stop + 1].lower_ in _PLACE_SUFFIXES
    )


def _possessive_follows(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].lower_ in {"'s", "’s", "'", "’"}


def _could_be_place(name: str) -> bool:
    """Known to GeoNames or the gazetteer, directly or once a compass word is off
    ("Northern Xinjiang"), or named as a place ("Yobe State", "Kherson Oblast")."""
    words = name.split()
    if words[-1].casefold() in _PLACE_KIND_WORDS:
        return True
    bare = [word for word in words if word.casefold() not in _DIRECTION_WORDS]
    candidates = {name, " ".join(bare)} if bare else {name}
    return any(in_gazetteer(candidate) or is_known_place(candidate) for candidate in candidates)
