"""Whom a threat is aimed at when only its condition names them.

"warned that Washington would act against Chinese firms if Beijing did not", "threatened
sanctions on any country trading with Russia unless the Kremlin agrees", "bigger threats
should China not accede to his terms": the one whose failing to act sets the threat off is
its target. Only where what is threatened is the speaker's own move (its clause has a
pronoun or a name as subject, or none): "warned that inflation would return if Congress
did not act" forecasts, it threatens no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsetl.nlp.matching import is_condition_clause, part_of_speech

# where a clause the threat governs hangs (what is threatened, a relative on its object)
_INNER_DEPS = frozenset(
    {"ccomp", "xcomp", "advcl", "dobj", "pobj", "prep", "relcl", "acomp", "acl", "pcomp"}
)
_MAX_DEPTH = 6


def condition_subjects(threat: Token) -> list[Token]:
    """The named subjects of the conditions a threat verb or noun governs, or, for a noun,
    of an inverted condition right after it ("threats should China not accede")."""
    if part_of_speech(threat) == "VERB" and not _threatens_own_move(threat):
        return []
    found = [s for clause in _conditions(threat, 0) for s in _named_subjects(clause)]
    if not found and part_of_speech(threat) == "NOUN":
        following = (
            threat.doc[threat.right_edge.i + 1]
            if threat.right_edge.i + 1 < len(threat.doc)
            else None
        )
        clause = following.head if following is not None else None
        if clause is not None and clause.i > threat.i and is_condition_clause(clause):
            found = _named_subjects(clause)
    return found


def _conditions(token: Token, depth: int) -> list[Token]:
    if depth > _MAX_DEPTH:
        return []
    found: list[Token] = []
    for child in token.children:
        if child.dep_ not in _INNER_DEPS:
            continue
        if child.dep_ == "advcl" and is_condition_clause(child):
            found.append(child)
        else:
            found += _conditions(child, depth + 1)
    return found


def _threatens_own_move(verb: Token) -> bool:
    """What the verb reports is a move of the speaker's: a reported clause whose subject is
    a pronoun, a name or owned by a pronoun ("its troops would respond"), or no clause."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return True
    subjects = [g for g in clauses[0].children if g.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return True
    subject = subjects[0]
    return (
        subject.pos_ in {"PRON", "PROPN"}
        or bool(subject.ent_type_)
        or any(g.dep_ == "poss" and g.pos_ == "PRON" for g in subject.children)
    )


def _named_subjects(clause: Token) -> list[Token]:
    return [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"]
