"""A definite description that repeats an organisation's head noun stands for it.

"the coalition" after "WeWorkers Coalition", "the league" after "the National Football
League", "the commission" after "the California Public Utilities Commission": the strict
head match of rule-based coreference, read only when one organisation fits. The head of
a name is its last word before a preposition ("Department of Homeland Security" ->
department; "Doctors for Camp Closure" -> doctors); a short and a full form of one name
("the Intelligence Committee", "the House Intelligence Committee") count as one. Kinds
that stand for the article's main company or person ("the company", "the singer") are
read by ``descriptors``, unless the article has just introduced one by that very noun
("The group, WeWorkers Coalition, formed ... The group said": ``introduced_by_noun``).
People named by a word of an organisation's name ("prison officials" after "the Bureau
of Prisons") act for it, when one organisation fits (``organisation_of_members``).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsetl.nlp.context import ArticleContext
from newsetl.nlp.descriptors import DESCRIBED_KINDS, STATE_AGENT_MODIFIERS
from newsetl.nlp.syntax import has_the

DETERMINERS = frozenset({"the", "this", "that"})
# How many sentences a description's chain may skip: "The group, X, formed ... [three
# sentences] ... the group said" is still X; a "firm" introduced pages before is not.
_CHAIN_GAP = 3
_NAME_PREPOSITIONS = frozenset({"of", "for", "on", "in", "and", "&"})
# people who act for an organisation: "prison officials", "police officers"
MEMBER_NOUNS = frozenset({"official", "officer", "employee", "executive", "worker", "staff"})


def organisation_named_by(context: ArticleContext, token: Token, excluded: set[str]) -> int | None:
    """The mention "the <noun>" stands for, if the noun is the head of an organisation's
    name the article gave before; None otherwise."""
    noun = token.lemma_.lower()
    if token.pos_ != "NOUN" or noun in DESCRIBED_KINDS or not _is_definite(token):
        return None
    # "the party" after Labour and the Conservative Party: unclear, no one
    return _one_organisation_before(
        context, token, excluded, lambda key: _same_noun(_head_of(key), noun)
    )


def organisation_of_members(
    context: ArticleContext, token: Token, excluded: set[str]
) -> int | None:
    """ "prison officials" after "the Bureau of Prisons", "police officers" after "the
    Nigeria Police": people of an organisation, named by a word of its name, are that
    organisation when one the article gave before fits. Not "security officials" and the
    like, which are the state's (``descriptors.is_unnamed_state_agent``)."""
    if token.lemma_.lower() not in MEMBER_NOUNS:
        return None
    kinds = {
        child.lemma_.lower()
        for child in token.children
        if child.dep_ == "compound" and child.pos_ == "NOUN"
    } - STATE_AGENT_MODIFIERS
    if len(kinds) != 1:
        return None
    (kind,) = kinds
    return _one_organisation_before(
        context, token, excluded, lambda key: any(_same_noun(w, kind) for w in key.split())
    )


def _one_organisation_before(
    context: ArticleContext, token: Token, excluded: set[str], fits: Callable[[str], bool]
) -> int | None:
    """The latest mention of the one organisation named before ``token`` whose name key
    fits (a short and a full form of one name count as one); None for none or several."""
    found: dict[str, int] = {}  # name key -> its latest mention
    for index, mention in enumerate(context.mentions):
        if mention.synthetic or mention.start_char >= token.idx:
            continue
        key = context.key_of(index)
        if key not in excluded and context.kind_of(index) == "ORG" and fits(key):
            found[key] = index
    named = _without_short_forms(found)
    return next(iter(named.values())) if len(named) == 1 else None


def _without_short_forms(found: dict[str, int]) -> dict[str, int]:
    """ "the Intelligence Committee" and "the House Intelligence Committee" are one
    organisation: a name whose words are all in a longer one found is that one."""
    words = {key: set(key.split()) for key in found}
    return {
        key: index
        for key, index in found.items()
        if not any(words[key] < words[other] for other in found)
    }


def _head_of(key: str) -> str:
    """The head word of a name key (``names.name_key``)."""
    words = key.split()
    for n, word in enumerate(words):
        if word in _NAME_PREPOSITIONS and n > 0:
            words = words[:n]
            break
    return words[-1] if words else ""


def _is_indefinite(token: Token) -> bool:
    return any(child.dep_ == "det" and child.lower_ in {"a", "an"} for child in token.children)


def _is_definite(token: Token) -> bool:
    return any(child.dep_ == "det" and child.lower_ in DETERMINERS for child in token.children)


def _same_noun(head: str, lemma: str) -> bool:
    return head in {lemma, f"{lemma}s", f"{lemma}es"}


def introduced_by_noun(context: ArticleContext, token: Token, kind: str) -> int | None:
    """ "The group, WeWorkers Coalition, formed ... The group said": the entity the article
    last introduced with the noun ("the group, X", "X, a group", "X is a group", "the group
    X"), when the noun has been used for it since without a gap of more than a few
    sentences; None otherwise."""
    noun = token.lemma_.lower()
    later = context.sentence_of(token)
    for earlier in reversed(token.doc[: token.i]):
        if earlier.lemma_.lower() != noun or earlier.pos_ != "NOUN":
            continue
        sentence = context.sentence_of(earlier)
        if later - sentence > _CHAIN_GAP:
            return None
        named = _introduced(context, earlier)
        if named is not None:
            return named if context.kind_of(named) == kind else None
        if _is_indefinite(earlier):  # "a group of protesters": a new one, unnamed
            return None
        later = sentence
    return None


def _introduced(context: ArticleContext, noun: Token) -> int | None:
    """The mention a noun introduces: its apposition ("the group, X"), the name it is in
    apposition to ("X, a group"), or the subject it is predicated of ("X is a group").
    Not a noun with an owner or a noun before it: "WeWork's parent company, The We
    Company" introduces a parent company, not the company."""
    if any(child.dep_ in {"poss", "compound", "nmod"} for child in noun.children):
        return None
    candidates = [child for child in noun.children if child.dep_ == "appos"]
    if noun.dep_ == "appos" or (noun.dep_ == "compound" and noun.head.pos_ == "PROPN"):
        candidates.append(noun.head)  # "X, a group", "convicted pedophile Jeffrey Epstein"
    if noun.dep_ == "attr" and noun.head.lemma_ == "be":
        candidates += [child for child in noun.head.children if child.dep_ == "nsubj"]
    for candidate in candidates:
        mention = context.mention_of(candidate)
        if mention is not None:
            return mention
    return None


def described_before(context: ArticleContext, token: Token) -> int | None:
    """ "the convicted pedophile Epstein ... to visit the pedophile": the one person or
    organisation the article has described by that noun (before its name, in apposition,
    or as a predicate); None when it described two or none so."""
    noun = token.lemma_.lower()
    if token.tag_ != "NN" or not has_the(token):
        return None
    if any(child.dep_ in {"poss", "compound", "nmod", "prep"} for child in token.children):
        return None
    found: dict[str, int] = {}
    for earlier in token.doc[: token.i]:
        if earlier.lemma_.lower() != noun or earlier.pos_ != "NOUN":
            continue
        named = _introduced(context, earlier)
        if named is not None and context.kind_of(named) in {"PERSON", "ORG"}:
            found[context.key_of(named)] = named
    return next(iter(found.values())) if len(found) == 1 else None
