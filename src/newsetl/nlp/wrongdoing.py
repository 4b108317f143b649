"""Wrongdoing a speaker reports of someone: an accusation (112) against the doer.

"Macron said Trump had lied about the deal", "the minister said the company misled
investors": a reported clause whose verb itself names a deceit has its subject accused,
whoever reports it (``verdicts.reported_verdicts`` finds the reporting verb). Denied
wrongdoing ("had not lied") accuses no one.
"""

from __future__ import annotations

from spacy.tokens import Token

ACCUSATION_CODE = "112"
DECEIVING_VERBS = frozenset(
    {"mislead", "deceive", "cheat", "betray", "defraud", "dupe", "rig", "falsify", "fabricate"}
    | {"embezzle", "plagiarise", "plagiarize"}
)
# "lied to investigators", "lies about his taxes"; not "lies in ruins" (the past is "lay")
LYING_PREPS = frozenset({"to", "about", "under"})
ACCUSABLE_PRONOUNS = frozenset({"he", "she", "they"})


def accused_doer(verb: Token) -> Token | None:
    """The subject of a verb of deceit: a name, a person's pronoun or a description."""
    if verb.pos_ != "VERB" or not _deceives(verb):
        return None
    if any(child.dep_ == "neg" for child in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    doers = [
        s
        for s in subjects
        if s.pos_ in {"PROPN", "NOUN"} or (s.pos_ == "PRON" and s.lower_ in ACCUSABLE_PRONOUNS)
    ]
    return doers[0] if doers else None


def _deceives(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in DECEIVING_VERBS:
        return True
    if lemma != "lie":
        return False
    return verb.lower_ == "lied" or any(
        c.dep_ == "prep" and c.lower_ in LYING_PREPS for c in verb.children
    )
