"""Whom a statement made in a letter or message is addressed to.

"In a letter to the president, Duvall said ...", "said in a message to Biden that ...":
the letter's "to" phrase names the statement's addressee, as "told Biden" does.
"""

from __future__ import annotations

from spacy.tokens import Token

MESSAGE_NOUNS = frozenset(
    {"letter", "email", "e-mail", "message", "memo", "note", "text", "telegram", "cable"}
)


def letter_recipients(verb: Token) -> list[Token]:
    """The names under "to" of a message noun the verb's "in" phrase holds."""
    found: list[Token] = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (g for g in prep.children if g.dep_ == "pobj"):
            if noun.lemma_.lower() not in MESSAGE_NOUNS:
                continue
            for to in (g for g in noun.children if g.dep_ == "prep" and g.lower_ == "to"):
                found += [g for g in to.children if g.dep_ == "pobj"]
    return found
