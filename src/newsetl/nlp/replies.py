"""Whom a reply answers: the one who spoke last.

' "What is the contingency?" Aderholt asked. / Bridenstine responded that ...': a reply
that names no one it is made to answers the latest speaker before it, in its own sentence
or the two before (a dialogue reported turn by turn names the asker once). Only a reply
that says something (a reported clause or a quotation) is read so, and "echoed the
sentiment" answers as a reply does; "responded by hitting Rudolph" and "did not respond"
answer no one, nor does a reply inside a quotation (a dialogue the speaker retells). When
the latest speaker is no one the coder can name ("his editors asked"), nor the replier, the
reply is to no one.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsetl.nlp.pronouns import previous_sentence
from newsetl.nlp.quotes import REPORTING_VERBS, Quotations

REPLY_VERBS = frozenset({"reply", "respond", "echo"})
# what one echoes of the one before: "Xi echoed the sentiment"
ECHOED_NOUNS = frozenset({"sentiment", "remark", "comment", "view", "call", "message", "concern"})
ASKING_VERBS = frozenset({"ask", "question", "press", "challenge"})
_REACH = 2  # sentences before the reply's own that the one it answers may be in
_CONTENT_DEPS = frozenset({"ccomp", "parataxis"})


def replied_to(
    verb: Token,
    quotations: Quotations,
    actors_of: Callable[[Token], list[int]],
    repliers: list[int],
) -> list[int]:
    """The actors the reply ``verb`` answers; ``actors_of`` reads a speaker token."""
    if verb.lemma_.lower() not in REPLY_VERBS or quotations.encloses(verb):
        return []  # inside a quotation: a dialogue a speaker retells, not the article's turns
    objects = [child for child in verb.children if child.dep_ in {"dobj", "dative"}]
    if verb.lemma_.lower() == "echo":
        if not objects or objects[0].lemma_.lower() not in ECHOED_NOUNS:
            return []
    elif objects or not _says_something(verb, quotations):
        return []
    if any(child.dep_ == "neg" for child in verb.children):
        return []
    if any(child.dep_ == "prep" and child.lower_ in {"to", "by"} for child in verb.children):
        return []
    speaker = _latest_speaker(verb, quotations)
    if speaker is None:
        return []
    found = [actor for actor in actors_of(speaker) if actor not in repliers]
    return found[:1]


def _says_something(verb: Token, quotations: Quotations) -> bool:
    """ "replied that ...", ' "...," he responded', 'responded: "..."'."""
    if any(child.dep_ in _CONTENT_DEPS for child in verb.children):
        return True
    return any(quotations.encloses(token) for token in verb.sent if token.i != verb.i)


def _latest_speaker(verb: Token, quotations: Quotations) -> Token | None:
    """The subject of the latest reporting or asking verb before the reply, or the speaker
    of the latest quotation before it; the reply's own quotation is not one."""
    sentence: Span | None = verb.sent
    for _ in range(_REACH + 1):
        if sentence is None:
            return None
        for token in reversed([t for t in sentence if t.i < verb.i]):
            speaker = _speaker_at(token, quotations)
            if speaker is not None and speaker.head != verb:  # not the reply's own words
                return speaker
        sentence = previous_sentence(sentence)
    return None


def _speaker_at(token: Token, quotations: Quotations) -> Token | None:
    if token.pos_ == "VERB" and token.lemma_.lower() in REPORTING_VERBS | ASKING_VERBS:
        if quotations.encloses(token):
            return None
        return next((c for c in token.children if c.dep_ == "nsubj"), None)
    if quotations.encloses(token):
        return quotations.speaker_of(token)
    return None
