"""A finding of guilt (116): "a Moscow court found Navalny guilty of fraud", "Zuma was
found guilty by the Constitutional Court". The parser reads the active form as a small
clause ("Navalny guilty" under "found"), which no lexicon row matches; an acquittal
("found not guilty") is no finding of guilt.
"""

from __future__ import annotations

from spacy.tokens import Token

GUILT_CODE = "116"
GUILTY = frozenset({"guilty", "culpable"})


def guilt_found(verb: Token) -> bool:
    """ "found X guilty", "was found guilty"; not "found X not guilty"."""
    if verb.lemma_.lower() != "find":
        return False
    predicate = _guilty_predicate(verb)
    if predicate is None:
        return False
    return not any(c.dep_ == "neg" for c in (*verb.children, *predicate.children))


def found_guilty(verb: Token) -> Token | None:
    """Whom an active finding names guilty: the subject the parser gave the small clause."""
    predicate = _guilty_predicate(verb)
    if predicate is None or predicate.dep_ != "ccomp":
        return None
    return next((c for c in predicate.children if c.dep_ == "nsubj"), None)


def _guilty_predicate(verb: Token) -> Token | None:
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"} and c.lower_ in GUILTY
        ),
        None,
    )
