"""Who: the entity mentions a token in the parse stands for.

A token is an actor when it is (part of) an entity mention, a pronoun that
refers back to a person, a capital or seat of government used for its
government ("Beijing said" -> China), a nationality ("Israeli jets" -> Israel),
a noun with a named apposition ("the foreign minister, Wang Yi"), a
descriptor naming a person by role ("the Russian president", "the Kremlin
leader": a person of the article, or of the batch and the warehouse, with that
role and affiliation), or "the two leaders" / "both countries".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection

from spacy.tokens import Token

from newsetl.nlp import gazetteer
from newsetl.nlp.context import ArticleContext
from newsetl.nlp.descriptors import (
    DESCRIBED_KINDS,
    GOVERNMENT_NOUNS,
    HEADS_OF_GOVERNMENT,
    OFFICE_WORDS,
    PAIR_NOUNS,
    has_named_modifier,
    is_definite_description,
    is_public_office,
    is_the_government,
    office_name,
)
from newsetl.nlp.names import clean_surface, country_of, name_key
from newsetl.nlp.resolve import Mention

ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
_GROUP_PRONOUNS = frozenset({"they", "them", "their"})
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})
_OWNER_PRONOUNS = frozenset({"its"})
_REPORTING_VERBS = frozenset({"say", "announce", "declare", "insist", "warn", "confirm", "add"})
_PRONOUN_REACH = 3  # sentences a pronoun may look back
_PRONOUN_FAMILIES = {
    **dict.fromkeys(["he", "him", "his"], frozenset({"he", "him", "his"})),
    **dict.fromkeys(["she", "her"], frozenset({"she", "her", "hers"})),
}


class ActorFinder:
    def __init__(self, context: ArticleContext) -> None:
        self.context = context

    def actors(
        self, token: Token, *, exclude: Collection[int] = (), physical: bool = False
    ) -> list[int]:
        """Mention indices the token (and its conjuncts) stands for.

        ``exclude``: mentions that cannot be meant (an object pronoun is not the
        subject); ``physical``: the token is a place hit by an attack, so a
        capital stays the city.
        """
        found: list[int] = []
        excluded = {self._key(index) for index in exclude}
        for part in (token, *conjuncts(token)):
            for index in self._token_actors(part, excluded, physical):
                if index not in found:
                    found.append(index)
        return found

    def _key(self, index: int) -> str:
        return name_key(self.context.mentions[index].text)

    def _token_actors(self, token: Token, excluded: set[str], physical: bool) -> list[int]:
        mention = self.context.mention_of(token)
        if mention is not None:
            return self._mention_actor(mention, token, physical)
        lower = token.lower_
        if lower in _RELATIVE_PRONOUNS:
            return self._relative_head(token, excluded)
        if lower in _PERSON_PRONOUNS:
            return self._main_subject_person(token, excluded) or self._recent_distinct(
                token, "PERSON", 1, excluded
            )
        if lower in _OWNER_PRONOUNS:
            return self._clause_owner(token)
        if lower == "it" and token.dep_ in {"nsubj", "nsubjpass"}:
            return self._reporting_subject(token, {"GPE", "ORG"}) or self._main_subject(
                token, {"GPE", "ORG"}, excluded
            )
        if lower in _GROUP_PRONOUNS:
            return self._recent_group(token)
        if token.pos_ in {"NOUN", "PROPN"}:
            return self._described(token, excluded)
        return []

    def _mention_actor(self, index: int, token: Token, physical: bool) -> list[int]:
        mention = self.context.mentions[index]
        if mention.type not in ACTOR_TYPES:
            return []
        surface = clean_surface(mention.text).casefold()
        if surface in gazetteer.DEMONYMS or mention.type == "NORP":
            country = country_of(mention.text)
            if country:
                return [self.context.synthetic(country, _type_of(country), token)]
            return [index] if _is_group_noun(token) else []
        metonym = gazetteer.METONYMS.get(surface)
        if metonym and not physical and not _is_place_phrase(token):
            return [self.context.synthetic(metonym, _type_of(metonym), token)]
        return [index]

    def _described(self, token: Token, excluded: set[str]) -> list[int]:
        """A common noun: "Israeli jets", "the foreign minister, Wang Yi", "the two leaders"."""
        for child in self._appositions(token):
            named = self._token_actors(child, excluded, False)
            if named:
                return named
        pair_type = PAIR_NOUNS.get(token.lemma_.lower())
        if pair_type and token.tag_ in {"NNS", "NNPS"} and _has_child(token, {"two", "both"}):
            return self._principal_pair(token, pair_type)
        owners: list[int] = []
        for child in token.children:
            if child.dep_ in {"poss", "compound", "amod", "nmod"} and child.i < token.i:
                for part in (child, *conjuncts(child)):
                    owners += [
                        a for a in self._token_actors(part, excluded, False) if a not in owners
                    ]
                if owners:
                    break
        if DESCRIBED_KINDS.get(token.lemma_.lower()) == "PERSON":
            owners = [o for o in owners if not self._home_town(o)]  # "a New York man"
            if owners and _has_child(token, {"the"}) and all(map(self._is_country, owners)):
                # "the British royal": a person the article is about, not Britain
                person = self._most_named(token, "PERSON", excluded, lead_on_tie=True)
                if person:
                    return person
        person = self._person_by_role(token, owners[0]) if len(owners) == 1 else None
        if person is not None:
            return [person]
        if len(owners) == 1 and is_public_office(token):
            # "the New York state attorney general": the office, not the state
            return [self.context.synthetic(office_name(token), "ORG", token)]
        if len(owners) == 1 and token.lemma_.lower() in GOVERNMENT_NOUNS:
            country = self._leaders_country(owners[0])
            if country:  # "the Trump administration" -> United States
                return [self.context.synthetic(country, "GPE", token)]
        if not owners and is_the_government(token) and not has_named_modifier(token):
            home = self.context.home_country(token)
            if home:
                return [self.context.synthetic(home, "GPE", token)]
        if not owners and token.lemma_.lower() in OFFICE_WORDS:
            return self._office(token, OFFICE_WORDS[token.lemma_.lower()])
        if not owners and is_definite_description(token):
            # "the company", "the singer": the one of that kind the article is about
            return self._most_named(token, DESCRIBED_KINDS[token.lemma_.lower()], excluded)
        return owners

    def _is_country(self, index: int) -> bool:
        mention = self.context.mentions[index]
        return mention.type in {"GPE", "NORP"} and country_of(mention.text) is not None

    def _home_town(self, index: int) -> bool:
        mention = self.context.mentions[index]
        return mention.type in {"GPE", "LOC"} and country_of(mention.text) is None

    def _appositions(self, token: Token) -> list[Token]:
        """The noun's appositions; for "the company that runs the AMAs, Dick Clark
        Productions," the parser hangs the name off the relative clause's object, so a
        name of the described kind closing the clause counts too."""
        own = [child for child in token.children if child.dep_ == "appos"]
        kind = DESCRIBED_KINDS.get(token.lemma_.lower())
        if own or kind is None:
            return own
        clauses = [child for child in token.children if child.dep_ == "relcl"]
        return [
            late
            for clause in clauses
            for late in clause.subtree
            if late.dep_ == "appos"
            and late.i == clause.right_edge.i
            and self._kind_at(late) == kind
        ]

    def _kind_at(self, token: Token) -> str | None:
        mention = self.context.mention_of(token)
        return self.context.kind_of(mention) if mention is not None else None

    def _office(self, token: Token, name_words: frozenset[str]) -> list[int]:
        """ "Officers arrested ...": the police force the article has named most so far."""

        def police_like(index: int, mention: Mention) -> int | None:
            words = set(mention.text.casefold().split())
            return index if mention.type == "ORG" and words & name_words else None

        counts, last = self._tally_before(token, police_like)
        return [last[counts.most_common(1)[0][0]]] if counts else []

    def _leaders_country(self, owner: int) -> str | None:
        if self.context.kind_of(owner) != "PERSON":
            return None
        affiliation = self.context.affiliation_of(owner)
        return country_of(affiliation) or affiliation if affiliation else None

    def _person_by_role(self, token: Token, country: int | None) -> int | None:
        """ "the Russian president" -> the person with that role and affiliation."""
        if token.lower_ not in gazetteer.TITLE_WORDS or country is None:
            return None
        titles = [c.lower_ for c in token.children if c.dep_ in {"compound", "amod"}]
        role = " ".join([*(t for t in titles if t in gazetteer.TITLE_WORDS), token.lower_])
        affiliation = self.context.mentions[country].text
        local = {
            name_key(m.text): index
            for index, m in enumerate(self.context.mentions)
            if m.type == "PERSON"
            and m.start_char < token.idx
            and _fits(m.role, m.affiliation, role, affiliation)
        }
        if len(local) == 1:
            return next(iter(local.values()))
        known = {
            name
            for name, (known_role, known_affiliation) in self.context.people.items()
            if _fits(known_role, known_affiliation, role, affiliation)
        }
        if len(known) == 1:
            return self.context.synthetic(next(iter(known)), "PERSON", token)
        return None

    def _principal_pair(self, token: Token, kind: str) -> list[int]:
        """ "the two leaders": the two people (countries) the article has named most so far."""
        readable = {kind, "NORP"} if kind == "GPE" else {kind}

        def actor_of_kind(index: int, mention: Mention) -> int | None:
            actor = self._mention_actor(index, token, False) if mention.type in readable else []
            return actor[0] if actor and self.context.mentions[actor[0]].type == kind else None

        counts, last = self._tally_before(token, actor_of_kind)
        ranked = [key for key, _ in counts.most_common(2)]
        return [last[key] for key in ranked] if len(ranked) == 2 else []

    def _tally_before(
        self, token: Token, actor_of: Callable[[int, Mention], int | None]
    ) -> tuple[Counter[str], dict[str, int]]:
        """How often each name was named before the token, short and full forms together,
        counting the actors ``actor_of`` reads off the (real) mentions; and the latest
        actor mention of each name."""
        counts: Counter[str] = Counter()
        last: dict[str, int] = {}
        for index, mention in enumerate(self.context.mentions):
            if mention.synthetic or mention.start_char >= token.idx:
                continue
            actor = actor_of(index, mention)
            if actor is not None:
                key = self._full_key(actor)
                counts[key] += 1
                last[key] = actor
        return counts, last

    def _full_key(self, index: int) -> str:
        """Short and full forms of one name count together ("Xi", "Xi Jinping")."""
        key = self._key(index)
        for mention in self.context.mentions:
            other = name_key(mention.text)
            if other != key and set(key.split()) < set(other.split()):
                return other
        return key

    def _most_named(
        self, token: Token, kind: str, excluded: set[str], *, lead_on_tie: bool = False
    ) -> list[int]:
        """The name of that kind mentioned most before the token (short and full forms
        together); on a tie the latest of them, or with ``lead_on_tie`` the first named
        (the one the article opened with)."""

        def of_kind(index: int, mention: Mention) -> int | None:
            wanted = self.context.kind_of(index) == kind and self._key(index) not in excluded
            return index if wanted else None

        counts, last = self._tally_before(token, of_kind)
        if not counts:
            return []
        top = max(counts.values())
        tied = [key for key in counts if counts[key] == top]
        if lead_on_tie and len(tied) > 1:
            return [last[min(tied, key=lambda key: self._first_index(key))]]
        best = max(tied, key=lambda key: last[key])
        return [last[best]]

    def _first_index(self, full_key: str) -> int:
        return next(
            index
            for index in range(len(self.context.mentions))
            if self._full_key(index) == full_key
        )

    def _recent_distinct(
        self, token: Token, kind: str, count: int, excluded: set[str]
    ) -> list[int]:
        sentence = self._pronoun_chain_start(token) if kind == "PERSON" else None
        sentence = self.context.sentence_of(token) if sentence is None else sentence
        found: dict[str, int] = {}
        for index in range(len(self.context.mentions) - 1, -1, -1):
            mention = self.context.mentions[index]
            if mention.synthetic or mention.start_char >= token.idx:
                continue
            if sentence - mention.sentence_index > _PRONOUN_REACH:
                break
            key = self._key(index)
            if self.context.kind_of(index) != kind or key in excluded:
                continue
            if not any(_same_name(key, other) for other in found):
                actor = self._mention_actor(index, token, False)
                if actor:
                    found[key] = actor[0]
            if len(found) == count:
                break
        return list(found.values()) if len(found) == count else []

    def _pronoun_chain_start(self, token: Token) -> int | None:
        """ "Young, in his testimony, ... he said. ... he said. He also said": a run of
        sentences that keep saying "he" keeps talking about the same person, so the
        pronoun looks back from the run's first sentence that names no one."""
        family = _PRONOUN_FAMILIES.get(token.lower_)
        if family is None:
            return None
        doc, starts = self.context.doc, self.context.sentence_starts
        anchor = self.context.sentence_of(token)
        for number in range(anchor - 1, max(anchor - _PRONOUN_REACH * 3, 0) - 1, -1):
            if anchor - number > _PRONOUN_REACH:
                break
            end = starts[number + 1] if number + 1 < len(starts) else len(doc)
            words = {t.lower_ for t in doc[starts[number] : end]}
            if any(self._person_named_in(number)):
                break
            if words & family:
                anchor = number
        return anchor

    def _person_named_in(self, sentence: int):
        return (
            index
            for index, mention in enumerate(self.context.mentions)
            if mention.sentence_index == sentence
            and not mention.synthetic
            and self.context.kind_of(index) == "PERSON"
        )

    def _relative_head(self, token: Token, excluded: set[str]) -> list[int]:
        """ "Washington, whose top diplomat flew", "the Russian leader, whom he accused"."""
        clause = token.head
        for _ in range(3):
            if clause.dep_ == "relcl":
                return self._token_actors(clause.head, excluded, False)
            if clause.head.i == clause.i:
                break
            clause = clause.head
        return []

    def _main_subject_person(self, token: Token, excluded: set[str]) -> list[int]:
        """ "the US president said he was disappointed": "he" is the subject of the nearest
        clause above the pronoun's own ("Maitlis asked how Andrew could be sure he ..."),
        else the sentence's subject."""
        return self._nearest_clause_subject(token, excluded) or self._main_subject(
            token, {"PERSON"}, excluded
        )

    def _nearest_clause_subject(self, token: Token, excluded: set[str]) -> list[int]:
        own_clause = token.head
        for ancestor in own_clause.ancestors:
            if ancestor.pos_ not in {"VERB", "AUX", "ADJ"}:
                continue
            for child in ancestor.children:
                if child.dep_ != "nsubj" or child.i > token.i or token in child.subtree:
                    continue
                if child.lower_ in _PERSON_PRONOUNS:  # "he was doing ..., during which he"
                    return self._nearest_clause_subject(child, excluded)
                found = [
                    a
                    for a in self._token_actors(child, excluded, False)
                    if self.context.kind_of(a) == "PERSON"
                ]
                if found:
                    return found[:1]
        return []

    def _main_subject(self, token: Token, kinds: set[str], excluded: set[str]) -> list[int]:
        """The sentence's own subject, when it is of the kinds a pronoun can stand for
        ("China claims ..., but it has backed ...")."""
        root = token.sent.root
        possessive = token.tag_ == "PRP$"  # "During his visit to Moscow, Xi backed ..."
        for child in root.children:
            if (
                child.dep_ == "nsubj"
                and (child.i < token.i or possessive)
                and token not in child.subtree
            ):
                if child.pos_ == "PRON":
                    return []
                found = [
                    a
                    for a in self._token_actors(child, excluded, False)
                    if self.context.kind_of(a) in kinds
                ]
                return found[:1]
        return []

    def _reporting_subject(self, token: Token, kinds: set[str]) -> list[int]:
        """ "the government said it would suspend talks": "it" is who reports its own plan."""
        clause = token.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _REPORTING_VERBS:
            return []
        for child in clause.head.children:
            if child.dep_ == "nsubj" and child.pos_ != "PRON":
                found = self._token_actors(child, set(), False)
                return [a for a in found if self.context.mentions[a].type in kinds][:1]
        return []

    def _clause_owner(self, token: Token) -> list[int]:
        """ "The Israeli military said its jets had attacked": "its" is the reporting subject."""
        current = token.head
        for _ in range(4):
            if current.head.i == current.i:
                break
            current = current.head
            if current.pos_ in {"VERB", "AUX"}:
                for child in current.children:
                    if child.dep_ == "nsubj" and token not in child.subtree:
                        return self._token_actors(child, set(), False)
        return []

    def _recent_group(self, token: Token) -> list[int]:
        """ "they": the conjoined subject of this sentence or of one of the few before;
        "them": also a list named earlier in its own sentence ("partners, including Japan,
        Canada and Mexico, threatening them")."""
        if token.lower_ == "them":
            listed = self._listed_before(token)
            if listed:
                return listed
        sentence = token.sent
        for _ in range(_PRONOUN_REACH):
            candidates = [c for c in sentence if c.i < token.i]
            for candidate in reversed(candidates):
                if candidate.dep_ in SUBJECT_DEPS and conjuncts(candidate):
                    return self.actors(candidate)
            if sentence.start != token.sent.start:
                # "... two politicians: Senator Elizabeth Warren and Alexandria Ocasio-Cortez.
                # They criticised ...": failing a subject, the people the sentence lists
                listed = self._listed(candidates, people_only=True)
                if listed:
                    return listed
            if sentence.start == 0:
                break
            sentence = token.doc[sentence.start - 1].sent
        return []

    def _listed_before(self, token: Token) -> list[int]:
        return self._listed([t for t in token.sent if t.i < token.i])

    def _listed(self, tokens: list[Token], *, people_only: bool = False) -> list[int]:
        """The last coordinated list of two or more actors among the tokens."""
        for candidate in reversed(tokens):
            if candidate.dep_ != "conj" and any(c.dep_ == "conj" for c in candidate.children):
                found = self.actors(candidate)
                people = all(self.context.kind_of(a) == "PERSON" for a in found)
                if len(found) >= 2 and (people or not people_only):
                    return found
        return []


def _is_group_noun(token: Token) -> bool:
    """A group named in the plural ("the Democrats", "Republicans"), not an adjective."""
    return token.tag_ in {"NNPS", "NNS"}


def _fits(role: str | None, affiliation: str | None, wanted: str, country: str) -> bool:
    if not role or affiliation != country:
        return False
    role = role.casefold()
    if wanted == "leader":
        return role in HEADS_OF_GOVERNMENT
    return role == wanted or (
        role.endswith(" " + wanted) and not role.startswith(("vice", "deputy"))
    )


def _type_of(name: str) -> str:
    known = gazetteer.CANONICAL.get(name.casefold())
    return known[1] if known else "GPE"


def _same_name(a: str, b: str) -> bool:
    words_a, words_b = set(a.split()), set(b.split())
    return words_a <= words_b or words_b <= words_a


def _is_place_phrase(token: Token) -> bool:
    """ "in Beijing", "at the Kremlin": a place, not a government."""
    current = token
    while current.dep_ in {"compound", "amod"} and current.head.i != current.i:
        current = current.head
    if current.dep_ != "pobj":
        return False
    return current.head.lower_ in {
        "in",
        "at",
        "inside",
        "near",
        "outside",
        "from",
        "across",
        "around",
    }


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


def _has_child(token: Token, words: set[str]) -> bool:
    return any(child.lower_ in words for child in token.children)
