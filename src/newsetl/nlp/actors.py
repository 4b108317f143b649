"""Who: the entity mentions a token in the parse stands for.

A token is an actor when it is (part of) an entity mention, a pronoun that
refers back to a person, a capital or seat of government used for its
government ("Beijing said"), a nationality ("Israeli jets" -> Israel), a
descriptor naming a person of the article by role ("the Russian president"),
or "the two leaders" / "both countries".
"""

from __future__ import annotations

from spacy.tokens import Token

from newsetl.nlp import gazetteer
from newsetl.nlp.context import ArticleContext
from newsetl.nlp.names import clean_surface, country_of

ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
_GROUP_PRONOUNS = frozenset({"they", "them"})
_PAIR_NOUNS = {
    "leader": "PERSON",
    "president": "PERSON",
    "man": "PERSON",
    "country": "GPE",
    "nation": "GPE",
    "side": "GPE",
    "government": "GPE",
    "neighbour": "GPE",
    "neighbor": "GPE",
    "power": "GPE",
}
_PRONOUN_REACH = 3  # sentences a pronoun may look back


class ActorFinder:
    def __init__(self, context: ArticleContext) -> None:
        self.context = context

    def actors(self, token: Token) -> list[int]:
        """Mention indices the token (and its conjuncts) stands for."""
        found: list[int] = []
        for part in (token, *_conjuncts(token)):
            for index in self._token_actors(part):
                if index not in found:
                    found.append(index)
        return found

    def _token_actors(self, token: Token) -> list[int]:
        mention = self.context.mention_of(token)
        if mention is not None:
            return self._mention_actor(mention, token)
        lower = token.lower_
        if lower in _PERSON_PRONOUNS:
            return self._recent_people(token, 1)
        if lower in _GROUP_PRONOUNS:
            return self._recent_group(token)
        if token.pos_ in {"NOUN", "PROPN"}:
            return self._described(token)
        return []

    def _mention_actor(self, index: int, token: Token) -> list[int]:
        mention = self.context.mentions[index]
        if mention.type not in ACTOR_TYPES:
            return []
        metonym = gazetteer.METONYMS.get(clean_surface(mention.text).casefold())
        if metonym and not _is_place_phrase(token):
            return [self.context.synthetic(metonym, _type_of(metonym), token)]
        if mention.type == "NORP":
            country = country_of(mention.text)
            return [self.context.synthetic(country, _type_of(country), token)] if country else []
        return [index]

    def _described(self, token: Token) -> list[int]:
        """A common noun: "Israeli jets", "Russia's foreign minister", "the two leaders"."""
        pair_type = _PAIR_NOUNS.get(token.lemma_.lower())
        if pair_type and token.tag_ in {"NNS", "NNPS"} and _has_child(token, {"two", "both"}):
            return self._recent_distinct(token, pair_type, 2)
        owners = [
            child
            for child in token.children
            if child.dep_ in {"poss", "compound", "amod", "nmod"} and child.i < token.i
        ]
        country = None
        for child in owners:
            actors = self._token_actors(child)
            if actors:
                country = actors[0]
                break
        person = self._person_by_role(token, country)
        if person is not None:
            return [person]
        return [country] if country is not None else []

    def _person_by_role(self, token: Token, country: int | None) -> int | None:
        """ "the Russian president" -> the article's PERSON whose role and affiliation fit."""
        if token.lower_ not in gazetteer.TITLE_WORDS or country is None:
            return None
        affiliation = self.context.mentions[country].text
        matches = {
            mention.text: index
            for index, mention in enumerate(self.context.mentions)
            if mention.type == "PERSON"
            and mention.role
            and mention.role.casefold().split()[-1] == token.lower_
            and mention.affiliation == affiliation
        }
        return next(iter(matches.values())) if len(matches) == 1 else None

    def _recent_people(self, token: Token, count: int) -> list[int]:
        return self._recent_distinct(token, "PERSON", count)

    def _recent_distinct(self, token: Token, kind: str, count: int) -> list[int]:
        sentence = self.context.sentence_of(token)
        found: dict[str, int] = {}
        for index in range(len(self.context.mentions) - 1, -1, -1):
            mention = self.context.mentions[index]
            if mention.synthetic or mention.start_char >= token.idx:
                continue
            if sentence - mention.sentence_index > _PRONOUN_REACH:
                break
            if mention.type == kind and clean_surface(mention.text) not in found:
                names = list(found)
                if not any(_same_person(mention.text, name) for name in names):
                    found[clean_surface(mention.text)] = index
            if len(found) == count:
                break
        return list(found.values()) if len(found) == count else []

    def _recent_group(self, token: Token) -> list[int]:
        """ "they": the conjoined subject of this sentence or the one before."""
        sentence = token.sent
        for candidate in sentence:
            if candidate.i >= token.i:
                break
            if candidate.dep_ in SUBJECT_DEPS and _conjuncts(candidate):
                return self.actors(candidate)
        return []


def _type_of(name: str) -> str:
    known = gazetteer.CANONICAL.get(name.casefold())
    return known[1] if known else "GPE"


def _same_person(a: str, b: str) -> bool:
    words_a, words_b = set(a.casefold().split()), set(b.casefold().split())
    return words_a <= words_b or words_b <= words_a


def _is_place_phrase(token: Token) -> bool:
    """ "in Beijing", "at the Kremlin": a place, not a government."""
    head = token.head
    while head.dep_ in {"compound", "pobj"} and head is not head.head and head.pos_ != "ADP":
        head = head.head
    if token.dep_ == "pobj" or head.dep_ == "pobj":
        preposition = token.head if token.dep_ == "pobj" else head.head
        return preposition.lower_ in {"in", "at", "inside", "near", "outside", "from", "across"}
    return False


def _conjuncts(token: Token) -> list[Token]:
    return [child for child in token.children if child.dep_ == "conj"] + [
        grandchild
        for child in token.children
        if child.dep_ == "conj"
        for grandchild in child.children
        if grandchild.dep_ == "conj"
    ]


def _has_child(token: Token, words: set[str]) -> bool:
    return any(child.lower_ in words for child in token.children)
