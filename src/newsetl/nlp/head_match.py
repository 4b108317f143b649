"""A definite description that repeats an organisation's head noun stands for it.

"the coalition" after "WeWorkers Coalition", "the league" after "the National Football
League", "the commission" after "the California Public Utilities Commission": the strict
head match of rule-based coreference, read only when one organisation fits. The head of
a name is its last word before a preposition ("Department of Homeland Security" ->
department; "Doctors for Camp Closure" -> doctors). Kinds that stand for the article's
main company or person ("the company", "the singer") are read by ``descriptors``.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsetl.nlp.context import ArticleContext
from newsetl.nlp.descriptors import DESCRIBED_KINDS

DETERMINERS = frozenset({"the", "this", "that"})
_NAME_PREPOSITIONS = frozenset({"of", "for", "on", "in", "and", "&"})


def organisation_named_by(context: ArticleContext, token: Token, excluded: set[str]) -> int | None:
    """The mention "the <noun>" stands for, if the noun is the head of an organisation's
    name the article gave before; None otherwise."""
    noun = token.lemma_.lower()
    if token.pos_ != "NOUN" or noun in DESCRIBED_KINDS or not _is_definite(token):
        return None
    found: dict[str, int] = {}  # name key -> its latest mention
    for index, mention in enumerate(context.mentions):
        if mention.synthetic or mention.start_char >= token.idx:
            continue
        key = context.key_of(index)
        if key in excluded or not _same_noun(_head_of(key), noun):
            continue
        if context.kind_of(index) == "ORG":
            found[key] = index
    if len(found) != 1:  # "the party" after Labour and the Conservative Party: unclear
        return None
    return next(iter(found.values()))


def _head_of(key: str) -> str:
    """The head word of a name key (``names.name_key``)."""
    words = key.split()
    for n, word in enumerate(words):
        if word in _NAME_PREPOSITIONS and n > 0:
            words = words[:n]
            break
    return words[-1] if words else ""


def _is_definite(token: Token) -> bool:
    return any(child.dep_ == "det" and child.lower_ in DETERMINERS for child in token.children)


def _same_noun(head: str, lemma: str) -> bool:
    return head in {lemma, f"{lemma}s", f"{lemma}es"}
