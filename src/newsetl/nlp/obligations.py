"""What a reported clause says a named party should or must do: an appeal to it, or a demand.

"Young said that NASA should drop some programs" asks something of NASA (020); "must",
"has to", "needs to" and "is going to have to" put it as a demand (100): "Macron said Iran
must release the prisoners", "Trump said China is going to have to make a deal". Not when
the statement is made to a named addressee ("Beijing and Moscow should push reform, Xi
told Lavrov"): that is a statement to him (01); not "should be partners", a state.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsetl.nlp.syntax import has_to_infinitive

APPEAL_CODE = "020"
DEMAND_CODE = "100"
ADVISING_MODALS = frozenset({"should", "ought"})
NECESSITY_MODALS = frozenset({"must"})
# "needs to", "has to": verbs whose to-infinitive is what must be done
NECESSITY_VERBS = frozenset({"need", "have"})


def obligation_code(verb: Token) -> str | None:
    """020 or 100 when the speech verb's reported clause says what its named subject should
    or must do, else None."""
    if any(
        c.dep_ in {"dobj", "dative"} and (c.ent_type_ or c.pos_ == "PROPN") for c in verb.children
    ):
        return None
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "VERB"):
        if not any(g.dep_ == "nsubj" and g.pos_ == "PROPN" for g in clause.children):
            continue
        code = _modal_code(clause)
        if code is not None:
            return code
    return None


def _modal_code(clause: Token) -> str | None:
    modals = {g.lower_ for g in clause.children if g.dep_ == "aux"}
    if modals & ADVISING_MODALS:
        return APPEAL_CODE
    if modals & NECESSITY_MODALS:
        return DEMAND_CODE
    necessity = clause
    if clause.lemma_.lower() == "go" and clause.tag_ == "VBG":
        # "is going to have to make a deal"
        necessity = next((c for c in clause.children if c.dep_ == "xcomp"), clause)
    if necessity.lemma_.lower() in NECESSITY_VERBS and any(
        c.dep_ == "xcomp" and c.pos_ == "VERB" and has_to_infinitive(c) for c in necessity.children
    ):
        return DEMAND_CODE
    return None
