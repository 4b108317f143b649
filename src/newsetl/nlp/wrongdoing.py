"""Wrongdoing a speaker reports of someone: an accusation (112) against the doer.

"Macron said Trump had lied about the deal", "the minister said the company misled
investors", "said Hart was to blame for the crisis": a reported clause whose verb itself
names a deceit, or says its subject is to blame, has its subject accused, whoever reports
it (``verdicts.reported_verdicts`` finds the reporting verb). Denied wrongdoing ("had not
lied") accuses no one. Whom "blamed the attack on Russia" blames is its on-phrase. Saying
someone should be punished ("said Rudolph should be disciplined") criticises them (111).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from newsetl.nlp.syntax import prepositional_objects

ACCUSATION_CODE = "112"
DECEIVING_VERBS = frozenset(
    {"mislead", "deceive", "cheat", "betray", "defraud", "dupe", "rig", "falsify", "embezzle"}
    | {"plagiarise", "plagiarize"}
)
# what one escapes, not a victim one deceives ("cheated death")
ESCAPED = frozenset({"death", "defeat", "elimination"})
# "lied to investigators", "lies about his taxes"; not "lies in ruins" (the past is "lay")
LYING_PREPS = frozenset({"to", "about", "under"})
ACCUSABLE_PRONOUNS = frozenset({"he", "she", "they"})
# what a speaker says someone should undergo, which blames them ("should be disciplined")
PUNISHING_VERBS = frozenset(
    {"discipline", "punish", "suspend", "fire", "sack", "jail", "imprison", "prosecute"}
    | {"arrest", "ban", "fine", "expel", "impeach", "remove", "indict", "convict", "oust"}
    | {"sanction", "censure", "reprimand"}
)
DEMANDING_MODALS = frozenset({"should", "must", "ought"})


def accused_doer(verb: Token) -> Token | None:
    """The subject of a verb of deceit or of "is to blame": a name, a person's pronoun or
    a description."""
    if not (verb.pos_ == "VERB" and _deceives(verb)) and not _to_blame(verb):
        return None
    if any(child.dep_ == "neg" for child in verb.children):
        return None
    return _accusable(c for c in verb.children if c.dep_ == "nsubj")


def punishment_demanded(verb: Token) -> Token | None:
    """ "said Rudolph should be disciplined by the league": whom a speaker says should be
    punished, a name, a person's pronoun or a description; not "should not be fired"."""
    if verb.lemma_.lower() not in PUNISHING_VERBS or verb.pos_ != "VERB":
        return None
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children) or not any(c.dep_ == "auxpass" for c in children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in DEMANDING_MODALS for c in children):
        return None
    return _accusable(c for c in children if c.dep_ == "nsubjpass")


def _accusable(subjects: Iterable[Token]) -> Token | None:
    return next(
        (
            s
            for s in subjects
            if s.pos_ in {"PROPN", "NOUN"} or (s.pos_ == "PRON" and s.lower_ in ACCUSABLE_PRONOUNS)
        ),
        None,
    )


def _to_blame(verb: Token) -> bool:
    """ "Hart was to blame for the crisis"."""
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "xcomp"
        and c.lemma_.lower() == "blame"
        and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        and not any(g.dep_ == "dobj" for g in c.children)
        for c in verb.children
    )


def blamed_on(verb: Token) -> Token | None:
    """ "blamed the attack on Russia": whom "blame ... on" names, on the verb or, where the
    parser hangs it, the last on-phrase of the object ("the attack on Kyiv on Russia")."""
    if verb.lemma_.lower() != "blame":
        return None
    on_verb = prepositional_objects(verb, "on")
    if on_verb:
        return on_verb[0]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    on_object = [
        p for o in objects for word in o.subtree for p in prepositional_objects(word, "on")
    ]
    return on_object[-1] if on_object else None


def _deceives(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in DECEIVING_VERBS:
        return not any(c.dep_ == "dobj" and c.lemma_.lower() in ESCAPED for c in verb.children)
    if lemma != "lie":
        return False
    return verb.lower_ == "lied" or any(
        c.dep_ == "prep" and c.lower_ in LYING_PREPS for c in verb.children
    )
