"""Where: the GPE / LOC / FAC an action is located at.

- A place in the action's own phrase or near its clause verb ("in Beijing", "in the city
  of Kazan", "in Manhattan federal court"); not a place that qualifies a party or a topic
  ("officials in Washington", "concerns about drills near Taiwan"); the place of the
  occasion it was on ("on the sidelines of the summit in Kazan", "during his visit to
  Moscow"); a participle adjunct's place is its clause's and the other way round ("signed a
  treaty in Aachen, pledging to ...", "talked with Xi while strolling around Red Square").
- A capital described by its country is that capital ("in the Chinese capital" -> Beijing),
  a bare "the port" the one place the article called a port before ("the port of Hodeidah").
- An attack takes place at the place it hits, a visit at the place it went to: a target
  that is a place is the event's place ("strikes on Kharkiv" -> Kharkiv), and a country
  read from its capital is that capital ("a visit to Moscow" -> Moscow).
- What a trip was made for is done where it went ("flew to Beijing to raise concerns").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsetl.nlp.context import ArticleContext
from newsetl.nlp.known_places import capital_of, lies_in
from newsetl.nlp.names import country_of
from newsetl.nlp.syntax import has_own_subject, has_the, has_to_infinitive, prepositional_objects

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "around"})
_OTHER_CLAUSES = frozenset(
    {"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "csubj", "parataxis"}
)
# what qualifies a party or a topic, not the action: "officials in Washington", "concerns
# about activity in the South China Sea"
_NOT_OF_THE_ACTION = frozenset({"nsubj", "nsubjpass", "appos"})
_TOPIC_PREPS = frozenset({"about", "over", "regarding", "concerning"})
_MAX_DEPTH = 4
# what makes "the port" another one than the port named before: "the Russian port"
_NAMING_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss", "prep", "appos", "nummod"})
_SIDELINES = frozenset({"sideline", "sidelines", "margin", "margins"})
_TRIP_NOUNS = frozenset({"visit", "trip", "journey", "tour"})
_TRAVEL_VERBS = frozenset({"travel", "fly", "go", "come", "head", "return", "visit"})
_CONTAINER_NOUNS = frozenset(
    {
        "city",
        "capital",
        "port",
        "town",
        "region",
        "province",
        "village",
        "area",
        "hall",
        "outskirts",
        "court",
        "courthouse",
    }
)


def place_of(context: ArticleContext, action: Token) -> int | None:
    """A place in the action's own phrase (not in clauses below it), else near its clause verb."""
    for anchor in _anchors(action):
        place = _place_below(context, anchor)
        if place is not None:
            return place
    return None


def _place_below(context: ArticleContext, anchor: Token) -> int | None:
    """Breadth-first over the anchor's phrase: "a meeting with Lavrov in Beijing" -> Beijing."""
    frontier = [anchor]
    for _ in range(_MAX_DEPTH):
        following: list[Token] = []
        for token in frontier:
            for child in token.children:
                if _is_participle_adjunct(child):
                    # one occasion with its head, but only its own phrase: not "citing
                    # abuses in Xinjiang"
                    place = _own_place(context, child)
                    if place is not None:
                        return place
                    continue
                if _outside_the_action(child):
                    continue
                place = _locative_place(context, token, child)
                if place is not None:
                    return place
                following.append(_occasion_of(child))
        frontier = following
    return None


def _occasion_of(token: Token) -> Token:
    """ "on the sidelines of the summit in Kazan": the sidelines are where the summit is."""
    if token.lemma_.lower() in _SIDELINES:
        occasions = prepositional_objects(token, "of")
        if occasions:
            return occasions[0]
    return token


def _is_locative(head: Token, prep: Token) -> bool:
    """ "in Kazan", and "to Moscow" after a trip: "during his visit to Moscow"."""
    trip = prep.lower_ == "to" and head.lemma_.lower() in _TRIP_NOUNS and head.pos_ == "NOUN"
    return prep.lower_ in LOCATIVE_PREPS or trip


def _own_place(context: ArticleContext, verb: Token) -> int | None:
    """A place in a verb's own prepositions: "while strolling around Red Square"."""
    for child in verb.children:
        place = _locative_place(context, verb, child)
        if place is not None:
            return place
    return None


def _locative_place(context: ArticleContext, head: Token, child: Token) -> int | None:
    if child.dep_ != "prep" or not _is_locative(head, child):
        return None
    for pobj in child.children:
        if pobj.dep_ == "pobj":
            place = _place_in(context, pobj)
            if place is not None:
                return place
    return None


def _outside_the_action(child: Token) -> bool:
    """A clause below it; what qualifies a party or a topic."""
    return child.dep_ in _OTHER_CLAUSES or _qualifies_other(child)


def _qualifies_other(child: Token) -> bool:
    return child.dep_ in _NOT_OF_THE_ACTION or (
        child.dep_ == "prep" and child.lower_ in _TOPIC_PREPS
    )


def _anchors(action: Token) -> list[Token]:
    anchors = [action]
    head = action
    for _ in range(3):
        if head.head.i == head.i:
            break
        head = head.head
        if head.pos_ in {"VERB", "AUX"}:
            anchors.append(head)
            break
    if _is_participle_adjunct(anchors[-1]):
        anchors.append(anchors[-1].head)
    return anchors


def _is_participle_adjunct(verb: Token) -> bool:
    """ "signed a statement in the Kremlin, pledging to ...": one occasion with its head."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and not has_own_subject(verb)


def _place_in(
    context: ArticleContext, token: Token, depth: int = 0, *, look_back: bool = True
) -> int | None:
    """The place a noun names: itself, the place of a container noun ("the city of Kazan",
    "the Georgian capital"), or the one place the article gave that noun before."""
    mention = context.mention_of(token)
    if mention is not None and context.mentions[mention].type in PLACE_TYPES:
        return mention
    if depth > 2 or token.lemma_.lower() not in _CONTAINER_NOUNS:
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "in"}:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return _place_in(context, pobj, depth + 1, look_back=look_back)
    for child in token.children:
        if child.dep_ in {"compound", "nmod", "appos"}:
            found = _place_in(context, child, depth + 1, look_back=look_back)
            if found is not None:
                return found
    capital = _capital_described(token)
    if capital is not None:
        return _mention_named(context, capital, token)
    return _place_described_before(context, token) if look_back else None


def _place_described_before(context: ArticleContext, noun: Token) -> int | None:
    """ "the port of Hodeidah ... in the area of the port": the one place the article named
    before with the noun of a bare "the <noun>"."""
    if not has_the(noun) or any(child.dep_ in _NAMING_MODIFIERS for child in noun.children):
        return None
    found: dict[str, int] = {}
    for earlier in noun.doc[: noun.i]:
        if earlier.lemma_ == noun.lemma_:
            # one step back only: an earlier bare "the port" does not look back again
            place = _place_in(context, earlier, depth=1, look_back=False)
            if place is not None:
                found[context.key_of(place)] = place
    return next(iter(found.values())) if len(found) == 1 else None


def _capital_described(noun: Token) -> str | None:
    """ "the Georgian capital", "Russia's capital" -> Tbilisi, Moscow."""
    if noun.lemma_.lower() != "capital":
        return None
    for child in noun.children:
        if child.dep_ in {"amod", "compound", "poss"}:
            capital = capital_of(country_of(child.text) or "")
            if capital is not None:
                return capital
    return None


def _mention_named(context: ArticleContext, name: str, token: Token) -> int:
    """The article's mention of a place by that name, else one derived from the token."""
    for index, mention in enumerate(context.mentions):
        if not mention.synthetic and mention.text == name:
            return index
    return context.synthetic(name, "GPE", token)


def target_place(context: ArticleContext, target: int, phrase_place: int | None) -> int | None:
    """The place a target names: itself, or the capital a country was read from ("a visit to
    Moscow" -> Russia, at Moscow); not a nationality ("Israeli jets" -> Israel). A country
    gives way to a town or province of it that the action's phrase names ("attacked Ukraine
    ... in Kharkiv")."""
    mention = context.mentions[target]
    if mention.synthetic:
        tokens = context.doc.char_span(
            mention.start_char, mention.start_char + 1, alignment_mode="expand"
        )
        found = context.mention_of(tokens[0]) if tokens else None
    else:
        found = target
    if found is None or not _is_named_place(context, found):
        return None
    if phrase_place is not None and _within_a_country(context, phrase_place, found):
        return phrase_place
    return found


def _within_a_country(context: ArticleContext, place: int, country: int) -> bool:
    """A town or province of the target country ("attacked Ukraine ... in Kharkiv"); not a
    sea or another country ("attacking Israel and merchant shipping in the Red Sea")."""
    return lies_in(context.mentions[place].text, context.mentions[country].text)


def _is_named_place(context: ArticleContext, mention: int) -> bool:
    found = context.mentions[mention]
    return not found.synthetic and found.type in PLACE_TYPES


def purpose_place(context: ArticleContext, action: Token) -> int | None:
    """ "travelled to Beijing to raise concerns": the place a trip went to, for what it was
    made for."""
    trip = action.head
    if action.dep_ not in {"xcomp", "advcl"} or not has_to_infinitive(action):
        return None
    if trip.lemma_.lower() not in _TRAVEL_VERBS:
        return None
    visited = [c for c in trip.children if c.dep_ == "dobj" and trip.lemma_.lower() == "visit"]
    for destination in visited + prepositional_objects(trip, "to"):
        place = context.mention_of(destination)
        if place is not None and _is_named_place(context, place):
            return place
    return None
