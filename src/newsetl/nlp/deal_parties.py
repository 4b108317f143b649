"""The other party of a deal that names it only in what the deal is for.

"Emirates finalized a deal to purchase 30 of Boeing's jets", "Mourinho agreed a deal to
replace Pochettino as Tottenham's manager", "Microsoft signed a contract to supply NASA",
"France signed a memorandum of understanding with Germany", "won a contract from Deutsche
Bahn":
the deal is made with the party its infinitive deals with, the owner of the role taken
("as Tottenham's manager") before whom or what the infinitive names (a named thing stands
for its maker).
"""

from __future__ import annotations

from spacy.tokens import Token

from newsetl.nlp.arguments import Arguments
from newsetl.nlp.syntax import has_to_infinitive

# nouns of a deal whose to-infinitive says what it is for
DEAL_NOUNS = frozenset(
    {"deal", "agreement", "contract", "pact", "accord", "memorandum", "order", "tender"}
)


def deal_counterparts(arguments: Arguments, verb: Token, subjects: list[int]) -> list[int]:
    """Whom the deal a verb makes is with, read off the deal's infinitive, or off the
    with-phrase of its of-phrase ("a memorandum of understanding with Germany")."""
    for deal in (c for c in verb.children if c.dep_ == "dobj"):
        if deal.lemma_.lower() not in DEAL_NOUNS:
            continue
        # "won a contract from Deutsche Bahn": who awarded it
        found = [f for f in arguments.sides(deal, {"from"}, least=1) if f not in subjects]
        if found:
            return found
        for kind in (g for c in deal.children if c.lower_ == "of" for g in c.children):
            found = [f for f in arguments.sides(kind, {"with"}, least=1) if f not in subjects]
            if found:
                return found
        for purpose in (
            c for c in deal.children if c.dep_ in {"acl", "relcl"} and has_to_infinitive(c)
        ):
            found = _role_owners(arguments, purpose, subjects) or arguments.targets(
                purpose, subjects, objects_named=True, physical=False
            )
            found = [f for f in found if f not in subjects]
            if found:
                return found
    return []


def _role_owners(arguments: Arguments, verb: Token, subjects: list[int]) -> list[int]:
    """ "to replace Pochettino as Tottenham's manager": the owner of the role taken."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
        for role in (c for c in prep.children if c.dep_ == "pobj"):
            for owner in (c for c in role.children if c.dep_ == "poss" and c.tag_ != "PRP$"):
                found = arguments.actors.actors(owner, exclude=subjects)
                if found:
                    return found
    return []
