"""Appeals read off the shape of what is asked, not off the verb's lexicon row.

"suggested that the President change his diet", "recommended that Greece cut its spending":
a suggestion whose clause is in the bare (subjunctive) form asks its subject to act (020);
"suggested that NASA isn't using SLS enough" says something about NASA and is no appeal.
"lobbied for the league to suspend Garrett", "pushed for Congress to act": the subject of
the "for ... to" clause is the one asked.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsetl.nlp.syntax import has_to_infinitive

MANDATING = frozenset({"suggest", "recommend", "propose", "advise"})


def mandated_clause(verb: Token) -> Token | None:
    """The bare clause with a named subject a suggestion verb asks for."""
    if verb.lemma_.lower() not in MANDATING:
        return None
    for clause in (c for c in verb.children if is_bare_clause(c)):
        if any(g.dep_ == "nsubj" and g.pos_ != "PRON" for g in clause.children):
            return clause
    return None


def is_bare_clause(verb: Token) -> bool:
    """A clause whose verb is in its bare form, with no auxiliary: "(that) China stop"."""
    return (
        verb.dep_ == "ccomp"
        and verb.tag_ == "VB"
        and not any(child.dep_ in {"aux", "auxpass"} for child in verb.children)
    )


def asked_in_for_clause(verb: Token) -> Token | None:
    """The subject of a "for X to do" clause on the verb."""
    for clause in (c for c in verb.children if c.dep_ in {"advcl", "ccomp"}):
        if not any(g.dep_ == "mark" and g.lower_ == "for" for g in clause.children):
            continue
        if not has_to_infinitive(clause):
            continue
        return next((g for g in clause.children if g.dep_ == "nsubj"), None)
    return None
