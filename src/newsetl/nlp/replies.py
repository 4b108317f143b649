"""Whom a reply answers (the one who spoke last), and whom a question is put to (the one
who speaks next).

' "What is the contingency?" Aderholt asked. / Bridenstine responded that ...': a reply
that names no one it is made to answers the latest speaker before it, in its own sentence
or the two before (a dialogue reported turn by turn names the asker once). Only a reply
that says something (a reported clause or a quotation) is read so, and "echoed the
sentiment" answers as a reply does; "responded by hitting Rudolph" and "did not respond"
answer no one, nor does a reply inside a quotation (a dialogue the speaker retells). When
the latest speaker is no one the coder can name ("his editors asked"), nor the replier, the
reply is to no one. Likewise '"What is the plan?" Ortiz asked. Walsh noted that ...': a
question that names no one it is put to ("asked about the plan" is no question put) is put
to the next speaker, in its sentence or the two after.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from newsetl.nlp.pronouns import next_sentence, previous_sentence
from newsetl.nlp.quotes import REPORTING_VERBS, Quotations

REPLY_VERBS = frozenset({"reply", "respond", "echo"})
# what one echoes of the one before: "Xi echoed the sentiment"
ECHOED_NOUNS = frozenset({"sentiment", "remark", "comment", "view", "call", "message", "concern"})
ASKING_VERBS = frozenset({"ask", "question", "press", "challenge"})
SPEAKING_VERBS = REPORTING_VERBS | ASKING_VERBS | REPLY_VERBS


class _Unnamed:
    """A turn of a dialogue that names no one to speak it ("Asked whether ...")."""


UNNAMED = _Unnamed()
_REACH = 2  # sentences before a reply (after a question) the other speaker may be in
_CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
_CLOSING_PUNCTUATION = frozenset({'"', "”", "?", "!", ",", "."})


def addressed(
    verb: Token,
    quotations: Quotations,
    actors_of: Callable[[Token], list[int]],
    speakers: list[int],
) -> list[int]:
    """Whom the reply or question ``verb`` by ``speakers`` is made to, when it names no one;
    ``actors_of`` reads a speaker token. Inside a quotation, a dialogue a speaker retells,
    its turns are not the article's."""
    if quotations.encloses(verb):
        return []
    if verb.lemma_.lower() in REPLY_VERBS:
        return _someone_else(_replied_to(verb, quotations), actors_of, speakers)
    if _is_a_question_put(verb, quotations):
        return _someone_else(_next_speaker(verb, quotations), actors_of, speakers)
    return []


def _replied_to(verb: Token, quotations: Quotations) -> Token | None:
    objects = [child for child in verb.children if child.dep_ in {"dobj", "dative"}]
    if verb.lemma_.lower() == "echo":
        if not objects or objects[0].lemma_.lower() not in ECHOED_NOUNS:
            return None
    elif objects or not _says_something(verb, quotations):
        return None
    if any(child.dep_ == "neg" for child in verb.children):
        return None
    if any(child.dep_ == "prep" and child.lower_ in {"to", "by"} for child in verb.children):
        return None
    return _latest_speaker(verb, quotations)


def _is_a_question_put(verb: Token, quotations: Quotations) -> bool:
    """'"What is the plan?" Ortiz asked': a question with no one it is put to ("asked
    about the plan", "asked Walsh" are not such)."""
    if verb.lemma_.lower() != "ask" or verb.tag_ == "VBN":
        return False  # "Asked whether ..., Chazelle said": he is the one asked
    if any(child.dep_ in {"dobj", "dative", "prep", "neg"} for child in verb.children):
        return False
    return _says_something(verb, quotations)


def _someone_else(
    speaker: Token | None, actors_of: Callable[[Token], list[int]], own: list[int]
) -> list[int]:
    """The first actor the speaker token stands for, when that is not one of ``own``."""
    found = actors_of(speaker) if speaker is not None else []
    return [actor for actor in found if actor not in own][:1]


def _next_speaker(verb: Token, quotations: Quotations) -> Token | None:
    sentence: Span | None = verb.sent
    for _ in range(_REACH + 1):
        if sentence is None:
            return None
        for token in (t for t in sentence if t.i > verb.i):
            speaker = _speaker_at(token, quotations)
            if speaker is UNNAMED:
                return None
            if speaker is not None and speaker.head != verb:
                return speaker
        sentence = next_sentence(sentence)
    return None


def _says_something(verb: Token, quotations: Quotations) -> bool:
    """ "replied that ...", ' "...," he responded', 'responded: "..."', and '"...?" / he
    asked' (a quotation the parser leaves a sentence of its own, attributed to the verb)."""
    if any(child.dep_ in _CONTENT_DEPS for child in verb.children):
        return True
    if any(quotations.encloses(token) for token in verb.sent if token.i != verb.i):
        return True
    before = verb.sent.start - 1
    while before >= 0 and not quotations.encloses(verb.doc[before]):
        if verb.doc[before].text not in _CLOSING_PUNCTUATION:
            return False
        before -= 1
    speaker = quotations.speaker_of(verb.doc[before]) if before >= 0 else None
    return speaker is not None and speaker.head == verb


def _latest_speaker(verb: Token, quotations: Quotations) -> Token | None:
    """The subject of the latest reporting or asking verb before the reply, or the speaker
    of the latest quotation before it; the reply's own quotation is not one."""
    sentence: Span | None = verb.sent
    for _ in range(_REACH + 1):
        if sentence is None:
            return None
        for token in reversed([t for t in sentence if t.i < verb.i]):
            speaker = _speaker_at(token, quotations)
            if speaker is UNNAMED:
                return None
            if speaker is not None and speaker.head != verb:  # not the reply's own words
                return speaker
        sentence = previous_sentence(sentence)
    return None


def _speaker_at(token: Token, quotations: Quotations) -> Token | _Unnamed | None:
    """Who speaks at this token: the subject of a speaking verb, or the by-agent of a
    passive one ("when asked by a fan"); ``UNNAMED`` where a turn has no one named to
    speak it, which ends the search for the other side of a dialogue."""
    if token.pos_ == "VERB" and token.lemma_.lower() in SPEAKING_VERBS:
        if quotations.encloses(token):
            return None
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        return subject or _agent(token) or UNNAMED
    if quotations.encloses(token):
        return quotations.speaker_of(token)
    return None


def _agent(verb: Token) -> Token | None:
    return next(
        (g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
        None,
    )
