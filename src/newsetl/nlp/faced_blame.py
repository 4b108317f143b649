"""Blame and legal action someone faces, read with the one who faces it as the target:
criticism someone comes under ("Maduro came under fire from Brazil"), charges or a lawsuit
a country or a party brings ("Assange faces 18 criminal charges in the US", "Microsoft
faces a lawsuit from Google").

The lexicon's "faced criticism from X" rows read a direct object; "under fire" is a
preposition's object, and the country of the charges an "in" phrase, not a from-phrase.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsetl.nlp.known_places import names_a_country
from newsetl.nlp.syntax import conjuncts, prepositional_objects
from newsetl.nlp.verdicts import CRITICISM_CODE

LAWSUIT_CODE = "115"
# CAMEO 173: "arrest, detain, or charge with legal action"
CHARGE_CODE = "173"
CRITICISM_NOUNS = frozenset(
    {"criticism", "condemnation", "rebuke", "censure", "backlash", "outrage", "anger", "ire"}
)
CHARGE_NOUNS = frozenset({"charge", "indictment", "prosecution"})
LAWSUIT_NOUNS = frozenset({"lawsuit", "suit"})
# "came under fire from", "came under criticism from"; under fire a person is criticised,
# troops, a convoy or an armed group are attacked ("Hamas came under fire from Israel")
UNDER_NOUNS = CRITICISM_NOUNS | {"fire"}
# a charge already reported ("the rape charge") or asked about ("what charges") is no new act
NOT_NEW = frozenset({"the", "this", "that", "these", "those", "what", "which"})


@dataclass(frozen=True, slots=True)
class Faced:
    verb: Token
    code: str
    doer: Token  # who criticises or charges
    target: Token  # who faces it


_FACED_NOUNS = CHARGE_NOUNS | LAWSUIT_NOUNS
_FACING_VERBS = frozenset({"face", "come"})


def faced_blame(sentence: Span) -> Iterator[Faced]:
    for verb in sentence:
        lemma = verb.lemma_.lower()
        if lemma not in _FACING_VERBS or verb.pos_ != "VERB":
            continue
        if any(c.dep_ == "neg" for c in verb.children):
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        if lemma == "face":
            for thing in (c for c in verb.children if c.dep_ == "dobj"):
                yield from _charged(verb, thing, subject)
        elif lemma == "come":
            for thing in prepositional_objects(verb, "under"):
                fire = thing.lemma_.lower() == "fire"
                if thing.lemma_.lower() in UNDER_NOUNS and (
                    not fire or subject.ent_type_ == "PERSON"
                ):
                    critics = _with_conjuncts(prepositional_objects(verb, "from"))
                    yield from (Faced(verb, CRITICISM_CODE, c, subject) for c in critics)


def _charged(verb: Token, charges: Token, subject: Token) -> Iterator[Faced]:
    """ "faces 18 charges in the US"; with a from-phrase the lexicon's rows read it."""
    noun = charges.lemma_.lower()
    if noun not in _FACED_NOUNS:
        return
    if prepositional_objects(verb, "from") or prepositional_objects(charges, "from"):
        return
    if any(c.dep_ == "det" and c.lower_ in NOT_NEW for c in charges.children):
        return
    code = LAWSUIT_CODE if noun in LAWSUIT_NOUNS else CHARGE_CODE
    yield from (Faced(verb, code, c, subject) for c in _charging_country(verb, charges))


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    return [part for token in tokens for part in (token, *conjuncts(token))]


def _charging_country(verb: Token, charges: Token) -> list[Token]:
    """The country an "in" phrase names, on the verb or within the charges' phrase ("a
    charge of conspiracy to commit computer intrusion in the US"); not a court or a city."""
    places = prepositional_objects(verb, "in") + [
        pobj for word in charges.subtree for pobj in prepositional_objects(word, "in")
    ]
    return [p for p in places if names_a_country(p)][:1]
