"""Types that knowing the world's places corrects, over one article.

The small model types many company and brand names GPE ("Alibaba", "Bloomberg
reported", "a Jefferies analyst") and some places PERSON ("ahead of the Virginia
elections"). So:

- a name typed GPE that is no known place, and that the article never writes as
  a place, is an organisation. Written as a place: after a place preposition
  ("in Xinjiang"), after a kind of place ("the county of Huade"), before one
  ("Huade county", "Cass and Van Buren counties"), or before a known place that
  holds it ("Xilingol in Inner Mongolia", "Dekalb, Ill.");
- a one-word name typed PERSON that is a major place, and no word of a person the
  article names in full, is that place.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from newsetl.nlp import gazetteer
from newsetl.nlp.known_places import is_country, is_known_place, is_major_place
from newsetl.nlp.names import in_gazetteer
from newsetl.nlp.resolve import Mention

_PLACE_PREPOSITIONS = frozenset(
    {"in", "near", "inside", "outside", "across", "throughout", "around", "within", "into"}
)
_PLACE_SUFFIXES = frozenset({"based", "born", "area"})  # "a Spokane-based firm"
_PLACE_KIND_WORDS = gazetteer.PLACE_NOUNS | frozenset(
    {"state", "oblast", "county", "governorate", "prefecture", "territory", "island", "islands"}
)
# "Huade county"; not "Xinhua state media" nor "Hamas territory".
_KIND_WORDS_AFTER = _PLACE_KIND_WORDS - {"state", "capital", "port", "territory"}
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})
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
    named_as_place = {mention.text for mention, tokens in kept if _kind_of_place_named(doc, tokens)}
    known_place_at = {
        tokens.start: tokens.stop
        for mention, tokens in kept
        if mention.type in {"GPE", "LOC"} and _could_be_place(mention.text)
    }
    written_as_place = named_as_place | {
        mention.text
        for mention, tokens in kept
        if _after_place_preposition(doc, tokens)
        or _placed_in_known_place(doc, tokens, known_place_at)
    }
    known_place_ends = set(known_place_at.values())
    homes = {m.text for m, tokens in kept if _of_after_a_name(doc, tokens.start)}
    full_people = {m.text for m, _ in kept if m.type == "PERSON" and " " in m.text}
    person_words = {word for person in full_people for word in person.split()}
    for mention, tokens in kept:
        if mention.kind_shown:
            continue  # the show “Nashville”: the text shows it no place
        if _company_typed_as_place(mention, written_as_place):
            mention.type = "ORG"
        elif (
            _place_typed_as_person(mention, person_words)
            or _known_place_written_as_place_typed_person(
                mention, full_people, written_as_place | homes
            )
            or _named_place_typed_otherwise(mention, named_as_place)
            or _holding_place_typed_org(doc, mention, tokens, known_place_ends)
        ):
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


def _known_place_written_as_place_typed_person(
    mention: Mention, full_people: set[str], written_as_place: set[str]
) -> bool:
    """ "to advance around Avdiivka and Chasiv Yar in the eastern Donetsk region": a
    town the model typed PERSON, written as a place, and no other person's name."""
    words = set(mention.text.split())
    return (
        mention.type == "PERSON"
        and mention.role is None
        and mention.text in written_as_place
        and not any(words & set(person.split()) for person in full_people - {mention.text})
        and is_known_place(mention.text)
    )


def _of_after_a_name(doc: Doc, start: int) -> bool:
    """ "the Argus Leader of Sioux Falls": a known place after a name and "of" is its
    home. Only for a known place the model typed PERSON: an unknown name there is as
    often a company ("Pankaj Pandey of ICICI Securities")."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].pos_ == "PROPN"


def _named_place_typed_otherwise(mention: Mention, named_as_place: set[str]) -> bool:
    """ "the county of Huade" names a place whatever the model typed it."""
    return (
        mention.type in {"ORG", "PERSON"}
        and mention.role is None
        and mention.text in named_as_place
    )


def _holding_place_typed_org(
    doc: Doc, mention: Mention, tokens: range, known_place_ends: set[int]
) -> bool:
    """ "New York, NY –", "Springfield, Ill., police said": a known place set off by
    commas right after a place is the state or country that holds it."""
    comma = tokens.start - 1
    return (
        mention.type == "ORG"
        and comma in known_place_ends
        and doc[comma].text == ","
        and (tokens.stop == len(doc) or doc[tokens.stop].is_punct)
        and is_known_place(mention.text)
    )


def _after_place_preposition(doc: Doc, tokens: range) -> bool:
    if _possessive_follows(doc, tokens.stop):
        return False  # "in Alibaba's case" is no place
    start = tokens.start - 1
    if start >= 0 and doc[start].lower_ == "the":
        start -= 1
    if start >= 0 and doc[start].lower_ in _PLACE_PREPOSITIONS:
        return True
    return (
        tokens.stop + 1 < len(doc)
        and doc[tokens.stop].text == "-"
        and doc[tokens.stop + 1].lower_ in _PLACE_SUFFIXES
    )


def _kind_of_place_named(doc: Doc, tokens: range) -> bool:
    """ "the county of Huade", "Huade county": a lower-case kind of place names it."""
    if _possessive_follows(doc, tokens.stop):
        return False  # "the state of Tesla's books"
    before = tokens.start - 1
    if before >= 1 and doc[before].lower_ == "of":
        kind = doc[before - 1]
        return kind.is_lower and kind.lower_ in _PLACE_KIND_WORDS
    after = doc[tokens.stop] if tokens.stop < len(doc) else None
    if after is not None and after.is_lower and _kind_after(after.lower_):
        return True  # "Huade county"; "Kalamazoo and Van Buren counties"
    return _listed_before_kinds_of_place(doc, tokens.stop)


def _listed_before_kinds_of_place(doc: Doc, start: int) -> bool:
    """ "Barry, Calhoun, Cass and Van Buren counties": a list of names ending in a plural
    kind of place names as many places."""
    index, listed = start, False
    while index < len(doc) and (
        doc[index].text[:1].isupper() or doc[index].text == "," or doc[index].lower_ == "and"
    ):
        listed = listed or not doc[index].text[:1].isupper()
        index += 1
    return listed and index < len(doc) and doc[index].is_lower and _kind_after(doc[index].lower_)


def _kind_after(word: str) -> bool:
    """A kind of place that can follow a name, in the singular or plural (from the word
    itself: this module reads words, not lemmas, and runs on a bare tokenizer's doc)."""
    singular = word[:-3] + "y" if word.endswith("ies") else word.removesuffix("s")
    return word in _KIND_WORDS_AFTER or singular in _KIND_WORDS_AFTER


def _placed_in_known_place(doc: Doc, tokens: range, known_place_at: dict[int, int]) -> bool:
    """ "Xilingol in Inner Mongolia", "Dekalb, Ill.": a known place holds the name.
    A country after "in" is left out: "Alibaba in China" is a company's market."""
    if tokens.stop + 1 >= len(doc) or doc[tokens.stop].lower_ not in {"in", ","}:
        return False
    place_start = tokens.stop + 1
    while place_start < len(doc) and (
        doc[place_start].lower_ == "the" or doc[place_start].lower_ in _DIRECTION_WORDS
    ):
        place_start += 1  # "in the eastern Donetsk region"
    place_end = known_place_at.get(place_start)
    if place_end is None and doc[tokens.stop].lower_ == "in":
        place_end = _untagged_place_end(doc, place_start)
    if place_end is None or _possessive_follows(doc, place_end):
        return False  # "Alibaba, China's biggest retailer"
    if doc[tokens.stop].lower_ == "in":
        return not is_country(doc[place_start:place_end].text)
    return not _listed_on(doc, place_end)


def _untagged_place_end(doc: Doc, start: int) -> int | None:
    """ "in the eastern Donetsk region": a known place the model left untagged."""
    end = start
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return end if end > start and _could_be_place(doc[start:end].text) else None


def _listed_on(doc: Doc, end: int) -> bool:
    """ "Huawei, China and Russia": the place is one of a list, not the name's home."""
    return end < len(doc) and doc[end].lower_ in {"and", "or"}


def _possessive_follows(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].lower_ in _POSSESSIVES


def _could_be_place(name: str) -> bool:
    """Known to GeoNames or the gazetteer, directly or once a compass word is off
    ("Northern Xinjiang"), or named as a place ("Yobe State", "Kherson Oblast")."""
    words = name.split()
    if words[-1].casefold() in _PLACE_KIND_WORDS:
        return True
    bare = [word for word in words if word.casefold() not in _DIRECTION_WORDS]
    candidates = {name, " ".join(bare)} if bare else {name}
    return any(in_gazetteer(candidate) or is_known_place(candidate) for candidate in candidates)
