"""Event nouns that refer back to an act rather than report one.

'The package was the largest tranche of US aid to Ukraine': what a copula says its
definite subject is describes a thing the article already reported; the event noun in
that description ("aid") is no new act.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsetl.nlp.matching import part_of_speech
from newsetl.nlp.triggers import Trigger

_DEFINITE_WORDS = frozenset({"the", "this", "that", "these", "those"})
_POINTING_PRONOUNS = frozenset({"it", "this", "that", "they"})


def describes_a_definite_subject(trigger: Trigger) -> bool:
    """ "the package was the largest tranche of US assistance": an event noun that is, or
    is the of-phrase of, what a copula says of a definite subject."""
    noun = trigger.token
    if part_of_speech(noun) != "NOUN":
        return False
    predicate = _predicate_holding(noun)
    if predicate is None or predicate.head.lemma_.lower() != "be":
        return False
    subjects = [c for c in predicate.head.children if c.dep_ == "nsubj"]
    return any(_is_definite(s) for s in subjects)


def _predicate_holding(noun: Token) -> Token | None:
    if noun.dep_ == "attr":
        return noun
    preposition = noun.head
    if noun.dep_ == "pobj" and preposition.lower_ == "of" and preposition.head.dep_ == "attr":
        return preposition.head
    return None


def _is_definite(subject: Token) -> bool:
    if subject.pos_ == "PRON":
        return subject.lower_ in _POINTING_PRONOUNS
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE_WORDS)
        for c in subject.children
    )
