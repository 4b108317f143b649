"""Nouns of a relation between two named parties: "Siemens's partnership with Alstom", "the
joint venture between Siemens and Alstom", "Macron's call with Scholz", "had dinner with Xi".

Such a noun is an event only when its own phrase names both sides: a named owner (not a
pronoun, which may point anywhere) and a named partner after "with", or two names after
"between"; over dinner, whoever had it. A relation the clause only holds ("still has a
partnership with Ulta"), describes ("this expanded collaboration") or works in ("in
partnership with") names no act of its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsetl.nlp.arguments import Arguments
from newsetl.nlp.lexicon import Rule
from newsetl.nlp.syntax import conjuncts

# (lemma, preposition) of the lexicon rows read this way
RELATION_ROWS = frozenset(
    {
        ("partnership", "with"),
        ("partnership", "between"),
        ("collaboration", "with"),
        ("collaboration", "between"),
        ("venture", "with"),
        ("venture", "between"),
        ("call", "with"),
        ("call", "between"),
        ("lunch", "with"),
        ("dinner", "with"),
        ("breakfast", "with"),
    }
)
MEALS = frozenset({"lunch", "dinner", "breakfast"})
# the verbs one has a meal with someone by
_HAVING = frozenset({"have", "host", "attend", "hold"})


def is_relation_row(rule: Rule) -> bool:
    return rule.pos == "NOUN" and (rule.lemma, rule.particle) in RELATION_ROWS


def relation_parties(arguments: Arguments, noun: Token) -> list[int]:
    """Actor 1 of a relation noun, or none when its phrase does not name both sides."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "in":
        return []  # "a statement in partnership with Big Machine": how, not what
    partners = _named_objects(noun, "between")
    if len(partners) >= 2:
        return arguments.sides(noun, {"between"})
    if not _named_objects(noun, "with"):
        return []
    owners = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    if owners:
        return arguments.actors.actors(owners[0])
    if noun.lemma_.lower() in MEALS and noun.dep_ == "dobj":
        verb = noun.head
        if verb.lemma_.lower() in _HAVING:
            return arguments.subjects(verb)  # "Macron had dinner with Scholz"
    return []


def _named_objects(noun: Token, preposition: str) -> list[Token]:
    """The proper names under the noun's preposition (with their conjuncts)."""
    found: list[Token] = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == preposition):
        for head in (c for c in prep.children if c.dep_ == "pobj"):
            found += [t for t in (head, *conjuncts(head)) if t.pos_ == "PROPN"]
    return found
