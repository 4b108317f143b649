"""A cue in the text that a name the model typed as an organisation is a person: an
occupation right before it ("talent manager Scooter Braun", "Amazon founder Jeff
Bezos"), or a country's possessive before a name the model typed a building or a
title ("Brazil's Luiz Inácio Lula da Silva"). Only for names that look like a
person's: two or more capitalised words (a "da" or "von" between), none an
organisation's suffix, and no known place or gazetteer name. Such a name the model left
untagged is a person too with a person's appositive ("Jeff Sanborn, president of ...").
An age in commas after a name ("Braun, 38 – who reps ...") is a cue for a one-word name
too, and so is an appositive only a person takes ("Rajon Rondo, his opponent"; the model
typed him GPE, which, no known place, would otherwise turn ORG).

And the converse: a one-word name the model typed PERSON that the article writes
after "the" as a noun phrase of its own ("for the Thunder", "the Chronicle says") is
a team, paper or company; people take no article ("the Obamas" are a person's family
when the article names Barack Obama, and stay people). So is a name that is no place
written before a player's or coach's position and a person ("Wild coach Bruce
Boudreau", "Sabres center Casey Mittelstadt"): the team the person plays for. A place
there ("Pittsburgh quarterback") stays a place: the batch keeps one type per name.

("his" or "her" in the clause the name is the subject of was tried as a cue too: in
"her former label Big Machine, which owns her masters" it reads the label as a
person, so it is not used.)
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from newsetl.nlp import gazetteer
from newsetl.nlp.descriptors import DESCRIBED_KINDS
from newsetl.nlp.known_places import is_known_place
from newsetl.nlp.names import country_of, in_gazetteer
from newsetl.nlp.resolve import Mention

OCCUPATIONS = (
    gazetteer.TITLE_WORDS
    | {kind for kind, typed in DESCRIBED_KINDS.items() if typed == "PERSON"}
    | {"manager", "investor", "producer", "entrepreneur", "lawyer", "analyst", "author"}
    | {"coach", "designer", "journalist", "writer", "artist", "musician", "comedian"}
    | {"host", "anchor", "presenter", "columnist", "commentator", "reporter", "correspondent"}
    | {"editor", "songwriter", "filmmaker", "mogul", "tycoon"}
)
_RETYPED = frozenset({"ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART"})
# Appositive nouns only a person takes: "Kate York, a spokeswoman"; not "an investor",
# "the asset manager", "the ruling party", which a company or a party takes too.
_PERSONS_ONLY_OCCUPATIONS = frozenset(
    {"spokesman", "spokeswoman", "spokesperson", "president", "chairman", "chairwoman",
     "director", "founder", "ceo", "senator", "governor", "mayor", "minister", "secretary",
     "ambassador", "envoy", "lawyer", "attorney", "judge", "analyst", "adviser", "advisor",
     "aide", "author", "writer", "journalist", "actor", "actress", "singer", "rapper",
     "musician", "artist", "comedian", "designer", "player", "coach", "quarterback",
     "officer", "commander", "colonel", "sergeant", "lieutenant", "suspect", "defendant",
     "lawmaker", "congressman", "congresswoman", "diplomat", "businessman", "businesswoman",
     "billionaire", "entrepreneur", "opponent", "teammate", "wife", "husband", "son",
     "daughter", "mother", "father", "brother", "sister", "widow", "student", "teacher",
     "professor", "doctor", "nurse", "resident", "victim", "man", "woman"}
)  # fmt: skip
_TEAM_POSITIONS = frozenset(
    {"coach", "quarterback", "goalie", "goalkeeper", "goaltender", "captain", "defenseman",
     "center", "centre", "winger", "forward", "guard", "linebacker", "receiver", "pitcher",
     "striker", "midfielder", "defender", "cornerback", "kicker", "punter", "catcher",
     "shortstop", "outfielder", "infielder", "lineman", "rusher", "end", "back", "tackle"}
)  # fmt: skip
_POSITION_QUALIFIERS = frozenset(
    {"head", "assistant", "defensive", "offensive", "tight", "running", "pass", "wide",
     "point", "shooting", "starting", "backup", "center"}
)  # fmt: skip
_MIN_AGE, _MAX_AGE = 1, 110
_MIN_NAME_WORDS = 2
_MAX_LIST_LOOKBACK = 12  # "writers A B, C D and E F"
_SURNAME_PARTICLES = frozenset(
    {"da", "de", "del", "der", "di", "do", "dos", "du", "la", "le", "van", "von", "bin", "ibn"}
)  # "Luiz Inácio Lula da Silva", "Ludwig van Beethoven"
# A leader after a country's possessive the model typed a building or a title; ORG is
# left alone ("Russia's Gazprom Neft").
_ODD_TYPES_FOR_LEADERS = frozenset({"FAC", "WORK_OF_ART", "PRODUCT"})
_QUALIFIED_POSITIONS = frozenset({"end", "back", "tackle", "rusher"})  # "defensive end"
_MAX_POSITION_WORDS = 3
_TEAM_RETYPED = frozenset({"PERSON", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "NORP"})


def names_cued_as_people(doc: Doc, kept: Iterable[tuple[Mention, range]]) -> set[str]:
    return {mention.text for mention, tokens in kept if _cued_as_a_person(doc, mention, tokens)}


def _cued_as_a_person(doc: Doc, mention: Mention, tokens: range) -> bool:
    if mention.type in _ODD_TYPES_FOR_LEADERS and _a_countrys_leader(doc, mention, tokens):
        return True
    if mention.type not in _RETYPED or not _could_be_a_persons_name(mention.text):
        return False
    return (
        (
            looks_like_a_persons_name(mention.text)
            and (_after_an_occupation(doc, tokens.start) or _listed_after_people(doc, tokens.start))
        )
        or _followed_by_an_age(doc, tokens.stop)
        or _described_as_a_person(doc, tokens)
    )


def _a_countrys_leader(doc: Doc, mention: Mention, tokens: range) -> bool:
    return (
        looks_like_a_persons_name(mention.text)
        and not _names_a_place_or_building(mention.text)
        and _after_a_countrys_possessive(doc, tokens.start)
    )


def untagged_people(doc: Doc, sentence: Span, covered: set[int]) -> list[range]:
    """ "Jeff Sanborn, president of Chapter & Verse, said": a run of capitalised proper nouns
    the model left untagged, shaped like a person's name, with an appositive only a person
    takes."""
    found: list[range] = []
    index = sentence.start
    while index < sentence.end:
        stop = index
        while stop < sentence.end and _untagged_name_word(doc, stop, covered):
            stop += 1
        run = range(index, stop)
        if (
            len(run) >= _MIN_NAME_WORDS
            and looks_like_a_persons_name(doc[run.start : run.stop].text)
            and _described_as_a_person(doc, run)
        ):
            found.append(run)
        index = max(stop, index + 1)
    return found


def _untagged_name_word(doc: Doc, index: int, covered: set[int]) -> bool:
    token = doc[index]
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and not token.ent_type_
        and index not in covered
        and token.lower_ not in gazetteer.TITLE_WORDS
    )


def names_cued_as_groups(doc: Doc, kept: Iterable[tuple[Mention, range]]) -> set[str]:
    kept = list(kept)
    person_words = {
        word
        for mention, _ in kept
        if mention.type == "PERSON" and " " in mention.text
        for word in mention.text.split()
    }
    return (
        _groups_after_the(doc, kept, person_words)
        | _teams_before_players(doc, kept, person_words)
        | _sites_published_on(doc, kept)
    )


_PUBLISHING_VERBS = frozenset({"publish", "post", "report"})
_SITE_RETYPED = frozenset({"PERSON", "PRODUCT", "GPE", "NORP"})


def _sites_published_on(doc: Doc, kept: list[tuple[Mention, range]]) -> set[str]:
    """ "articles published on Walikali and Gossipgist": where a text is published or
    posted is a site, an organisation (the model reads unknown site names as people)."""
    sites: set[str] = set()
    for mention, tokens in kept:
        if mention.type not in _SITE_RETYPED or is_known_place(mention.text):
            continue
        root = next((doc[i] for i in tokens if doc[i].head.i not in tokens), doc[tokens[-1]])
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        preposition = root.head
        if (
            root.dep_ == "pobj"
            and preposition.lower_ == "on"
            and preposition.head.lemma_.lower() in _PUBLISHING_VERBS
        ):
            sites.add(mention.text)
    return sites


def _groups_after_the(
    doc: Doc, kept: list[tuple[Mention, range]], person_words: set[str]
) -> set[str]:
    return {
        mention.text
        for mention, tokens in kept
        if mention.type == "PERSON"
        and mention.role is None
        and len(tokens) == 1
        and _heads_a_phrase_after_the(doc, tokens.start)
        and not _a_persons_name_or_family(mention.text, person_words)
    }


def _teams_before_players(
    doc: Doc, kept: list[tuple[Mention, range]], person_words: set[str]
) -> set[str]:
    person_starts = {tokens.start for mention, tokens in kept if mention.type == "PERSON"}
    return {
        mention.text
        for mention, tokens in kept
        if mention.type in _TEAM_RETYPED
        and _before_a_position_and_player(doc, tokens.stop, person_starts)
        and mention.text not in person_words
        and not is_known_place(mention.text)
        and not in_gazetteer(mention.text)
        and country_of(mention.text) is None
    }


def _heads_a_phrase_after_the(doc: Doc, index: int) -> bool:
    """ "for the Thunder," but not "the Biden administration" (a modifier)."""
    token = doc[index]
    after = doc[index + 1] if index + 1 < len(doc) else None
    return (
        index > 0
        and doc[index - 1].lower_ == "the"
        and token.dep_ not in {"compound", "nmod", "amod", "poss"}
        and not (after is not None and after.pos_ in {"NOUN", "PROPN", "PART"})
    )


def _before_a_position_and_player(doc: Doc, end: int, person_starts: set[int]) -> bool:
    """ "Wild coach Bruce Boudreau", "Steelers defensive captain Cam Heyward", "the
    Capitals' winger Tom Wilson"."""
    index = end + (end < len(doc) and doc[end].text in {"'", "’"})
    words: list[str] = []
    while index < len(doc) and doc[index].is_lower and len(words) < _MAX_POSITION_WORDS:
        words.append(doc[index].text)
        index += 1
    return (
        index in person_starts
        and bool(words)
        and words[-1] in _TEAM_POSITIONS
        and all(word in _POSITION_QUALIFIERS for word in words[:-1])
        and (len(words) > 1 or words[-1] not in _QUALIFIED_POSITIONS)
    )


def _a_persons_name_or_family(name: str, person_words: set[str]) -> bool:
    """ "Obama", "the Obamas", "the Joneses"; "the King" is a person too."""
    return (
        name in person_words
        or name.removesuffix("s") in person_words
        or name.removesuffix("es") in person_words
        or name.casefold() in gazetteer.TITLE_WORDS
    )


def looks_like_a_persons_name(text: str) -> bool:
    """Two or more capitalised words, none an organisation's suffix, no known place."""
    return len(text.split()) >= 2 and _could_be_a_persons_name(text)


def _could_be_a_persons_name(text: str) -> bool:
    words = text.split()
    return (
        all(word.replace("-", "").isalpha() for word in words)
        and words[0][:1].isupper()
        and words[-1][:1].isupper()
        and all(word[:1].isupper() or word in _SURNAME_PARTICLES for word in words)
        and not any(word.casefold() in gazetteer.ORG_SUFFIXES for word in words)
        and not in_gazetteer(text)
        and not is_known_place(text)
    )


def _names_a_place_or_building(text: str) -> bool:
    """ "Kazakhstan's Air Astana", "Brazil's Maracanã Stadium": ends in a place or a
    building's word."""
    last = text.split()[-1]
    return is_known_place(last) or last.casefold() in (
        gazetteer.FACILITY_WORDS | gazetteer.STREET_WORDS | gazetteer.PLACE_NOUNS
    )


def _after_a_countrys_possessive(doc: Doc, start: int) -> bool:
    """ "Brazil's Luiz Inácio Lula da Silva and Serbia's Aleksandar Vučić"."""
    return (
        start >= 2
        and doc[start - 1].text in {"'s", "’s"}
        and country_of(doc[start - 2].text) is not None
    )


def _described_as_a_person(doc: Doc, tokens: range) -> bool:
    """ "Rajon Rondo, his opponent in a fight", "Kate York, a spokeswoman": an appositive
    that only a person takes (a company is "its" and "a steel producer")."""
    head = doc[tokens.stop - 1]
    while head.head.i in tokens and head.head.i != head.i:
        head = head.head
    for described in head.children:
        if described.dep_ != "appos" or described.i < tokens.stop or described.pos_ != "NOUN":
            continue
        noun = described.lemma_.lower()
        owners = {child.lower_ for child in described.children if child.dep_ == "poss"}
        if owners & {"its", "their"}:
            continue  # "SoftBank, its largest investor"
        if owners & {"his", "her"} or noun in _PERSONS_ONLY_OCCUPATIONS:
            return True
    return False


def _followed_by_an_age(doc: Doc, end: int) -> bool:
    """ "Braun, 38 – who reps ...", "Swift, 29, however": a person's age in commas."""
    if end + 2 >= len(doc) or doc[end].text != "," or not doc[end + 1].text.isdigit():
        return False
    closing = doc[end + 2]
    return _MIN_AGE <= int(doc[end + 1].text) <= _MAX_AGE and (
        closing.is_punct and closing.text != "%"
    )


def _after_an_occupation(doc: Doc, start: int) -> bool:
    """ "talent manager Scooter Braun", or with the comma of an appositive: "invited by
    media mogul, Debola Lagos"."""
    if start > 1 and doc[start - 1].text == ",":
        start -= 1
    before = doc[start - 1] if start > 0 else None
    return (
        before is not None
        and before.text.islower()
        and before.pos_ == "NOUN"
        and before.lemma_.lower() in OCCUPATIONS
    )


def _listed_after_people(doc: Doc, start: int) -> bool:
    """ "co-writers Caitlyn Smith and Kate York": a name that follows, alone or in a list, a
    plural noun only people are (not "investors", which funds are too)."""
    index = start - 1
    while index >= max(start - _MAX_LIST_LOOKBACK, 0) and (
        doc[index].text == "," or doc[index].lower_ == "and" or doc[index].pos_ == "PROPN"
    ):
        index -= 1
    if index < 0:
        return False
    before = doc[index]
    lemma = before.lemma_.lower()  # the tag is unreliable here ("co-writers" as a verb)
    return (
        before.text.islower()
        and before.lower_ != lemma
        and before.lower_.endswith("s")
        and lemma in _PERSONS_ONLY_OCCUPATIONS
    )
