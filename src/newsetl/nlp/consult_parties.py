"""Whom a consultation is with when the verb's object is not the other side.

"Macron discussed Ukraine with Scholz", "Macron and Scholz discussed Ukraine": what is
discussed is the topic; the with-phrase names the counterpart, or the two subjects are each
other's. "Macron joined Scholz for talks": talks that a verb's purpose phrase names are
with whom the verb takes as its object.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsetl.nlp.arguments import Arguments
from newsetl.nlp.matching import part_of_speech

# verbs whose object is what is talked about
TOPIC_VERBS = frozenset({"discuss", "debate"})


def is_topic_verb(verb: Token) -> bool:
    return part_of_speech(verb) == "VERB" and verb.lemma_.lower() in TOPIC_VERBS


def discussed_topics(arguments: Arguments, verb: Token) -> list[int]:
    """Who the verb's direct objects name: what is discussed, not whom with."""
    found: list[int] = []
    for dobj in (c for c in verb.children if c.dep_ == "dobj"):
        found += arguments.actors.actors(dobj)
    return found


def discussed_with(arguments: Arguments, verb: Token, subjects: list[int]) -> list[int]:
    """The counterpart of a with-phrase on the verb or, as the parser may hang it, on a name
    discussed ("discussed Ukraine with Scholz"; not "relations with the US", a topic)."""
    names = (c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN")
    for holder in (verb, *names):
        found = [f for f in arguments.sides(holder, {"with"}, least=1) if f not in subjects]
        if found:
            return found
    return []


def joined_for(arguments: Arguments, noun: Token, subjects: list[int]) -> list[int]:
    """ "joined Scholz for talks", "met Scholz for dinner": the object of the verb the
    consultation noun is the purpose of."""
    if part_of_speech(noun) != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return []
    verb = noun.head.head
    if part_of_speech(verb) != "VERB":
        return []
    found: list[int] = []
    for dobj in (c for c in verb.children if c.dep_ == "dobj"):
        found += [a for a in arguments.actors.actors(dobj) if a not in subjects]
    return found
