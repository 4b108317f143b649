"""Stances toward another, read as praise (051) or criticism (111): what someone says they
feel about them, and the support someone says they have.

Feelings: "Merkel was impressed by Macron", "we are delighted with this collaboration with
Ascom", "Trump said he was disappointed in Putin": a predicate adjective of feeling on a
copula ("be", "feel", "seem") with a phrase naming what the feeling is about. Its target is
the name of that phrase, the owner of the thing named ("angry at Trump's decision"), the
partner a joint thing is with ("delighted with the partnership with Ascom"), or else the
description itself, for the actor reading to resolve ("disappointed in the Russian leader").
A feeling denied ("was not happy with") or about no one ("pleased with the result") is no
event.

Support held: "Matt has my complete endorsement", "Mason has his full support": the owner
of the support backs whoever has it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsetl.nlp.syntax import prepositional_objects
from newsetl.nlp.verdicts import CRITICISM_CODE, PRAISE_CODE

PLEASED = frozenset(
    {"pleased", "delighted", "happy", "thrilled", "impressed", "grateful", "thankful"}
    | {"appreciative", "satisfied", "proud"}
)
DISPLEASED = frozenset(
    {"disappointed", "dismayed", "frustrated", "angry", "furious", "unhappy", "dissatisfied"}
    | {"upset", "outraged", "appalled", "disgusted", "annoyed", "incensed", "livid"}
)
FEELING_WORDS = PLEASED | DISPLEASED
# the prepositions that say whom or what a feeling is about ("proud of", "grateful to")
ABOUT_PREPS = {
    PRAISE_CODE: ("with", "by", "of", "to"),
    CRITICISM_CODE: ("with", "in", "by", "at", "over", "about"),
}
FEELING_COPULAS = frozenset({"be", "feel", "seem", "remain", "become", "sound", "look", "get"})
# a thing done with a partner: the partner is whom a feeling about it is about
JOINT_NOUNS = frozenset(
    {"collaboration", "partnership", "cooperation", "relationship", "relations", "ties"}
    | {"agreement", "deal", "talks"}
)
SUPPORT_NOUNS = frozenset({"support", "backing", "endorsement", "blessing", "confidence", "trust"})
THIRD_PERSON_OWNERS = frozenset({"his", "her", "their"})
PERSON_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})


@dataclass(frozen=True, slots=True)
class Stance:
    verb: Token  # the copula, the participle of a passive ("was disappointed in"), or "have"
    code: str
    holder: Token | None  # who holds the stance, when that is not the verb's own subject
    target: Token


def stances(sentence: Span) -> Iterator[Stance]:
    """Each feeling said of someone toward someone, and each support someone has."""
    yield from _felt_verdicts(sentence)
    yield from _support_held(sentence)


def _support_held(sentence: Span) -> Iterator[Stance]:
    """ "Matt has my complete endorsement": the owner of the support backs whoever has it."""
    for verb in sentence:
        if verb.lemma_.lower() != "have" or any(c.dep_ == "neg" for c in verb.children):
            continue
        backed = [c for c in verb.children if c.dep_ == "nsubj" and _is_someone(c)]
        supports = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in SUPPORT_NOUNS]
        owners = [g for s in supports for g in s.children if g.dep_ == "poss"]
        if backed and owners:
            yield Stance(verb, PRAISE_CODE, _backer(verb, owners[0]), backed[0])


def _backer(verb: Token, owner: Token) -> Token:
    """ "Turner said Mason has his full support": "his" is the speaker, who would not report
    Mason's support of himself; "my" and names stand as they are."""
    if owner.lower_ not in THIRD_PERSON_OWNERS or verb.dep_ != "ccomp":
        return owner
    speakers = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return speakers[0] if speakers else owner


def _felt_verdicts(sentence: Span) -> Iterator[Stance]:
    """Each feeling said of someone, toward someone."""
    for word in sentence:
        code = _feeling_code(word)
        if code is None:
            continue
        if word.dep_ == "acomp" and _felt(word.head):
            verb, holder, about = word.head, None, _what_it_is_about(word, ABOUT_PREPS[code])
        elif _felt_passive(word):
            verb, holder = word, next(c for c in word.children if c.dep_ == "nsubjpass")
            about = _phrase_objects(word, ABOUT_PREPS[code])
        else:
            continue
        targets = [t for t in map(_whom, about) if t is not None]
        if targets:
            yield Stance(verb, code, holder, targets[0])


def _felt_passive(word: Token) -> bool:
    """ "she was disappointed in Putin": the parser reads the feeling as a passive."""
    deps = {child.dep_ for child in word.children}
    return word.tag_ == "VBN" and {"nsubjpass", "auxpass"} <= deps and "neg" not in deps


def _what_it_is_about(word: Token, preps: tuple[str, ...]) -> list[Token]:
    """The phrases on the adjective, or after it on its copula, where the parser often hangs
    them ("was angry at Trump's decision")."""
    on_copula = [pobj for pobj in _phrase_objects(word.head, preps) if pobj.i > word.i]
    return _phrase_objects(word, preps) + on_copula


def _phrase_objects(word: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of the word's phrases with these prepositions, "by" of a passive too."""
    return [
        pobj
        for phrase in word.children
        if phrase.dep_ in {"prep", "agent"} and phrase.lower_ in preps
        for pobj in phrase.children
        if pobj.dep_ == "pobj"
    ]


def _feeling_code(word: Token) -> str | None:
    if word.lower_ in PLEASED:
        return PRAISE_CODE
    if word.lower_ in DISPLEASED:
        return CRITICISM_CODE
    return None


def _felt(copula: Token) -> bool:
    negated = any(child.dep_ == "neg" for child in copula.children)
    return copula.lemma_.lower() in FEELING_COPULAS and not negated


def _whom(about: Token) -> Token | None:
    """A name or a person's pronoun; else the owner of the thing ("Trump's decision");
    else the partner of a joint thing ("the collaboration with Ascom"); else a description,
    which the actor reading takes for whom it stands for, if anyone ("the Russian leader")."""
    if _is_someone(about):
        return about
    owners = [g for g in about.children if g.dep_ == "poss" and _is_someone(g)]
    if owners:
        return owners[0]
    if about.lemma_.lower() in JOINT_NOUNS or about.lower_ in JOINT_NOUNS:
        partners = [p for p in prepositional_objects(about, "with") if _is_someone(p)]
        return partners[0] if partners else None
    return about if about.pos_ == "NOUN" else None


def _is_someone(token: Token) -> bool:
    if token.pos_ == "PRON":
        return token.lower_ in PERSON_PRONOUNS
    return token.pos_ == "PROPN"
