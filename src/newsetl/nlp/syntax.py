"""Parse helpers shared by actor finding, pronoun resolution and event coding."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})


def has_to_infinitive(verb: Token) -> bool:
    """ "to investigate", "to defeat": the verb is a to-infinitive."""
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def has_own_subject(verb: Token) -> bool:
    """The verb has a subject of its own, active or passive ("he signed", "it was signed"),
    rather than sharing the clause's it hangs from ("..., pledging to ...")."""
    return any(child.dep_ in {"nsubj", "nsubjpass"} for child in verb.children)


def has_the(token: Token) -> bool:
    """ "the couple", "the government": the noun has the definite article."""
    return any(child.dep_ == "det" and child.lower_ == "the" for child in token.children)


def prepositional_objects(token: Token, preposition: str) -> list[Token]:
    """ "wrote of Trump" -> Trump: the objects of the token's phrases with that preposition."""
    return [
        pobj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == preposition
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def conjuncts(token: Token) -> list[Token]:
    """Tokens coordinated with this one; also a coordinated name the parser hung off it
    ("Xi and President Joe Biden met": "Xi" as a modifier of "Biden")."""
    found: list[Token] = []
    frontier = [token]
    while frontier and len(found) < 8:
        current = frontier.pop()
        for child in current.children:
            coordinated_modifier = child.dep_ in {"nmod", "compound"} and any(
                grandchild.dep_ == "cc" for grandchild in child.children
            )
            if child.dep_ == "conj" or coordinated_modifier:
                found.append(child)
                frontier.append(child)
    return found


def agent_on_object(verb: Token) -> Token | None:
    """ "Siemens was awarded a contract by Deutsche Bahn": the by-phrase of a passive that the
    parser hangs on the retained object names the verb's doer."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    for dobj in (c for c in verb.children if c.dep_ == "dobj"):
        for prep in (c for c in dobj.children if c.dep_ == "prep" and c.lower_ == "by"):
            doers = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if doers:
                return doers[0]
    return None
