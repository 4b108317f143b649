"""Who: the entity mentions a token in the parse stands for.

A token is an actor when it is (part of) an entity mention, a pronoun that
refers back to a person, a capital or seat of government used for its
government ("Beijing said" -> China), a nationality ("Israeli jets" -> Israel),
a noun with a named apposition ("the foreign minister, Wang Yi"), people named by a word
of an organisation's name ("prison officials" -> the Bureau of Prisons), a
descriptor naming a person by role ("the Russian president", "the Kremlin
leader": a person of the article, or of the batch and the warehouse, with that
role and affiliation), "the two leaders" / "both countries" (and a bare "the leaders" after
its sentence has named two), a bare title ("the president": the one person named before who
holds it, or of several the one the article names far more often), a lede's unnamed "a New
York man" (the person the next sentence names), or a spokesperson and "the statement" (whom
they speak for).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterator

from spacy.tokens import Token

from newsetl.nlp import gazetteer
from newsetl.nlp.clause_shapes import given_names
from newsetl.nlp.context import ArticleContext
from newsetl.nlp.descriptors import (
    DESCRIBED_KINDS,
    GOVERNMENT_NOUNS,
    HEADS_OF_GOVERNMENT,
    OFFICE_WORDS,
    PAIR_NOUNS,
    PRIVATE_PEOPLE_NOUNS,
    SPOKESPERSON_NOUNS,
    has_named_modifier,
    is_a_couple,
    is_bare_title,
    is_definite_description,
    is_public_office,
    is_the_government,
    is_unnamed_newcomer,
    is_unnamed_state_agent,
    office_name,
    stands_apart_from_owner,
    title_of,
)
from newsetl.nlp.head_match import (
    described_before,
    introduced_by_noun,
    organisation_named_by,
    organisation_of_members,
)
from newsetl.nlp.known_places import is_country, names_a_country
from newsetl.nlp.names import clean_surface, country_of, name_key
from newsetl.nlp.pronouns import Pronouns
from newsetl.nlp.quotes import REPORTING_VERBS
from newsetl.nlp.resolve import Mention
from newsetl.nlp.syntax import conjuncts, has_the, prepositional_objects

ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
# what counts a share of a people: "most Americans", "a majority of Britons"
SHARE_WORDS = frozenset({"most", "many", "some", "few", "majority", "half", "percent", "%"})
# how many times as often as any other holder of a title the article must name a person
# for "the president" to be that one
_DOMINANCE = 4


class ActorFinder:
    def __init__(self, context: ArticleContext) -> None:
        self.context = context
        self.pronouns = Pronouns(self)
        self._reading: set[int] = set()  # tokens being read, so that no reading loops

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
            for index in self.token_actors(part, excluded, physical):
                if index not in found:
                    found.append(index)
        return found

    def _key(self, index: int) -> str:
        return self.context.key_of(index)

    def token_actors(self, token: Token, excluded: set[str], physical: bool) -> list[int]:
        """The actors one token (not its conjuncts) stands for; ``excluded``: name keys.
        A token met again while it is being read ("they" -> a subject described by
        "their" -> "they") stands for no one."""
        if token.i in self._reading:
            return []
        self._reading.add(token.i)
        try:
            return self._token_actors(token, excluded, physical)
        finally:
            self._reading.discard(token.i)

    def _token_actors(self, token: Token, excluded: set[str], physical: bool) -> list[int]:
        mention = self.context.mention_of(token)
        if mention is not None:
            return self.mention_actor(mention, token, physical)
        meant = self.pronouns.resolve(token, excluded)
        if meant is not None:
            return meant
        if token.pos_ in {"NOUN", "PROPN"}:
            return self._described(token, excluded, physical)
        return []

    def mention_actor(self, index: int, token: Token, physical: bool) -> list[int]:
        """The actor a mention stands for: a demonym's country, a capital's government."""
        mention = self.context.mentions[index]
        if mention.type not in ACTOR_TYPES:
            return []
        surface = clean_surface(mention.text).casefold()
        if surface in gazetteer.DEMONYMS or mention.type == "NORP":
            if _share_of_a_people(token):
                return []  # "most Americans want Congress to investigate": the public
            country = country_of(mention.text)
            if country:
                return [self.context.synthetic(country, _type_of(country), token)]
            return [index] if _is_group_noun(token) else []
        metonym = gazetteer.METONYMS.get(surface)
        if metonym and not physical and not _is_place_phrase(token):
            return [self.context.synthetic(metonym, _type_of(metonym), token)]
        return [index]

    def _described(self, token: Token, excluded: set[str], physical: bool) -> list[int]:
        """A common noun: "Israeli jets", "the foreign minister, Wang Yi", "the two leaders"."""
        for child in self._appositions(token):
            named = self.token_actors(child, excluded, False)
            if named and token.tag_ in {"NNS", "NNPS"}:
                return self._listed_members(child, named, excluded)
            if named:
                return named
        named = self._name_given(token, excluded)
        if named:
            return named
        if stands_apart_from_owner(token, physical):
            return []
        pair_type = PAIR_NOUNS.get(token.lemma_.lower())
        if pair_type and token.tag_ in {"NNS", "NNPS"} and _has_child(token, {"two", "both"}):
            return self._principal_pair(token, pair_type)
        if pair_type and _bare_definite_plural(token):
            pair = self._pair_named_earlier_in_sentence(token, pair_type)
            if pair:
                return pair
        if is_a_couple(token):
            return self._couple(token)
        owners: list[int] = []
        for child in token.children:
            if child.dep_ in {"poss", "compound", "amod", "nmod"} and child.i < token.i:
                for part in (child, *conjuncts(child)):
                    owners += [a for a in self._owner_actors(part, excluded) if a not in owners]
                if owners:
                    break
        if not owners and token.lemma_.lower() in SPOKESPERSON_NOUNS:
            owners = self._spoken_for(token, excluded)
        if not owners and _is_the_statement_speaking(token):
            owners = self._statement_issuer(token, excluded)
        if not owners:
            named = organisation_named_by(self.context, token, excluded)
            if named is None:
                named = organisation_of_members(self.context, token, excluded)
            if named is not None:
                return [named]
        if token.lemma_.lower() in PRIVATE_PEOPLE_NOUNS:
            owners = [o for o in owners if not self._is_country(o)]  # "US lawyers"
        if DESCRIBED_KINDS.get(token.lemma_.lower()) == "PERSON":
            owners = [o for o in owners if not self._home_town(o)]  # "a New York man"
            if owners and _has_child(token, {"the"}) and all(map(self._is_country, owners)):
                # "the British royal": a person the article is about, not Britain
                person = self._most_named(token, "PERSON", excluded, lead_on_tie=True)
                if person:
                    return person
        if not owners and is_unnamed_newcomer(token):
            named = self._named_next(token)
            if named is not None:
                return [named]
        person = self._person_by_role(token, owners[0]) if len(owners) == 1 else None
        if person is not None:
            return [person]
        if not owners and is_bare_title(token):
            person = self._titled_person(token, excluded)
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
            office = self._office(token, OFFICE_WORDS[token.lemma_.lower()])
            return office or self._country_of_seat(token, excluded)
        if not owners and token.lemma_.lower() in JUSTICE_NOUNS:
            found = self._country_of_seat(token, excluded)
            if found:
                return found
        if not owners and is_definite_description(token):
            # "the company", "the singer": the one of that kind the article is about
            kind = DESCRIBED_KINDS[token.lemma_.lower()]
            introduced = introduced_by_noun(self.context, token, kind)
            if introduced is not None and self._key(introduced) not in excluded:
                return self.mention_actor(introduced, token, physical)
            return self._most_named(token, kind, excluded) or self._armed_group(token, excluded)
        if not owners:
            described = described_before(self.context, token)
            if described is not None and self._key(described) not in excluded:
                return self.mention_actor(described, token, physical)
            return self._state_of_agent(token)
        return owners

    def _state_of_agent(self, token: Token) -> list[int]:
        """ "Security forces attacked", "the military said": the agents of the country
        the article is about, when one clearly leads."""
        if not is_unnamed_state_agent(token):
            return []
        home = self.context.home_country(token)
        return [self.context.synthetic(home, "GPE", token)] if home else []

    def _owner_actors(self, owner: Token, excluded: set[str]) -> list[int]:
        """Whom an owner word stands for. A possessive pronoun may well be the excluded
        subject ("Boudreau gave his players a pep talk": his own players, no one else's):
        it is read without the exclusion, and the excluded one owns it for no one."""
        if owner.tag_ != "PRP$":
            return self.token_actors(owner, excluded, False)
        return [a for a in self.token_actors(owner, set(), False) if self._key(a) not in excluded]

    def _armed_group(self, token: Token, excluded: set[str]) -> list[int]:
        """ "a drone launched by the Iran-aligned group" after "Houthi-controlled": a group
        the model typed as a nationality that is none (Houthis, Hamas)."""
        if token.lemma_.lower() not in GROUP_NOUNS:
            return []

        def group(index: int, mention: Mention) -> int | None:
            canonical = country_of(mention.text) if mention.type == "NORP" else None
            wanted = canonical is not None and not is_country(canonical)
            return index if wanted and self._key(index) not in excluded else None

        counts, last = self._tally_before(token, group)
        if not counts:
            return []
        return self.mention_actor(last[counts.most_common(1)[0][0]], token, False)

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

    def _name_given(self, token: Token, excluded: set[str]) -> list[int]:
        """ "the opposition forces known as Maghawir al Thawra": the name given, not the
        nationality before the noun."""
        for name in given_names(token):
            found = self.token_actors(name, excluded, False)
            if found:
                return found
        return []

    def _listed_members(self, first: Token, named: list[int], excluded: set[str]) -> list[int]:
        """ "two smaller firms, Ceres Robotics and Tyvak", "nine companies: Astrobotic, Draper
        and Moon Express": a plural noun's apposition lists its members, the names
        coordinated with the first one."""
        found = list(named)
        for part in conjuncts(first):
            found += [a for a in self.token_actors(part, excluded, False) if a not in found]
        return found

    def _kind_at(self, token: Token) -> str | None:
        mention = self.context.mention_of(token)
        return self.context.kind_of(mention) if mention is not None else None

    def _country_of_seat(self, token: Token, excluded: set[str]) -> list[int]:
        """ "prosecutors in Germany", "a court in Peru": the country an in-phrase names, as
        "German prosecutors" and "a Peruvian court" do; not a city, whose police or court
        news names for itself."""
        for place in prepositional_objects(token, "in"):
            if names_a_country(place):
                return self.token_actors(place, excluded, False)
        return []

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

    def _spoken_for(self, token: Token, excluded: set[str]) -> list[int]:
        """ "a spokesman for the ministry", "a company spokesperson": whom a spokesperson
        speaks for, named after a preposition or as the article's company."""
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in {"for", "of", "at"}:
                for named in prep.children:
                    if named.dep_ == "pobj":
                        return self.token_actors(named, excluded, False)
        for child in token.children:
            if child.dep_ == "compound" and DESCRIBED_KINDS.get(child.lemma_.lower()) == "ORG":
                return self._most_named(token, "ORG", excluded)
        return []

    def _statement_issuer(self, token: Token, excluded: set[str]) -> list[int]:
        """ "Big Machine issued a statement on Monday. ... '...,' the statement read": the
        statement is the one the article last said someone issued (a statement as a
        verb's object, or "in a statement"), and stands for its issuer."""
        for earlier in reversed(token.doc[: token.sent.start]):
            if earlier.lemma_.lower() != "statement":
                continue
            verb = earlier.head
            if earlier.dep_ == "pobj" and verb.lower_ == "in":
                verb = verb.head
            elif earlier.dep_ != "dobj":
                continue
            for child in verb.children:
                if child.dep_ == "nsubj":
                    return self.token_actors(child, excluded, False)
            return []
        return []

    def _named_next(self, token: Token) -> int | None:
        """ "A New York man pleaded guilty to threatening ... / Patrick Carlineo, 55, of
        Addison, pleaded guilty": news opens on an unnamed person and names them as the
        subject of the next sentence; the person is new there, named nowhere before."""
        sentence = self.context.sentence_of(token)
        named_before = {
            self._full_key(index)
            for index, mention in enumerate(self.context.mentions)
            if mention.type == "PERSON" and mention.sentence_index <= sentence
        }
        for index, mention in enumerate(self.context.mentions):
            if mention.synthetic or mention.sentence_index != sentence + 1:
                continue
            if mention.type != "PERSON" or self._full_key(index) in named_before:
                continue
            head = self.context.doc.char_span(
                mention.start_char, mention.start_char + len(mention.text)
            )
            if head is not None and head.root.dep_ in {"nsubj", "nsubjpass"}:
                return index
        return None

    def _titled_person(self, token: Token, excluded: set[str]) -> int | None:
        """ "President Donald Trump met Liu He ... The president praised Liu": a bare
        title is the one person named before it who holds that title, whatever the
        country; with two such people ("President Xi" too) it names neither, unless the
        article is about one of them (``_dominant``)."""
        role = title_of(token)
        holders: dict[str, int] = {}
        for index, mention in enumerate(self.context.mentions):
            if mention.synthetic or mention.start_char >= token.idx:
                continue
            if mention.type != "PERSON" or self._key(index) in excluded:
                continue
            if _holds(self._role_of(index), role):
                holders[self._full_key(index)] = index
        if len(holders) > 1:
            return self._dominant(token, holders)
        return next(iter(holders.values())) if holders else None

    def _dominant(self, token: Token, holders: dict[str, int]) -> int | None:
        """ "President Trump ... John Williams, the president of the New York Fed, said
        ... The president announced": of several holders of a title, the one the article
        has named far more often than any other is the one its bare title means."""

        def holder(index: int, mention: Mention) -> int | None:
            return index if mention.type == "PERSON" else None

        counts, _ = self._tally_before(token, holder)
        ranked = sorted((counts[key] for key in holders), reverse=True)
        if ranked[0] >= _DOMINANCE * ranked[1]:
            return max(holders.items(), key=lambda item: counts[item[0]])[1]
        return None

    def _role_of(self, index: int) -> str | None:
        """The person's role as this mention gives it, else as a fuller name of the
        person is known with one."""
        mention = self.context.mentions[index]
        if mention.role:
            return mention.role
        words = self.context.words_of(index)
        roles = {
            role
            for name, (role, _) in self.context.people.items()
            if role and words <= set(name_key(name).split())
        }
        return next(iter(roles)) if len(roles) == 1 else None

    def _principal_pair(self, token: Token, kind: str) -> list[int]:
        """ "the two leaders": the two people (countries) the article has named most so far."""
        readable = {kind, "NORP"} if kind == "GPE" else {kind}

        def actor_of_kind(index: int, mention: Mention) -> int | None:
            actor = self.mention_actor(index, token, False) if mention.type in readable else []
            return actor[0] if actor and self.context.mentions[actor[0]].type == kind else None

        counts, last = self._tally_before(token, actor_of_kind)
        if token.lemma_.lower() in {"leader", "president"}:
            # "the two leaders" after Xi met Lavrov, having met Putin: the heads of government,
            # the pair last named together if a sentence names two
            heads = Counter({key: n for key, n in counts.items() if self._leads(key)})
            together = self._last_named_together(token, actor_of_kind, set(heads))
            if together:
                return [last[key] for key in together]
            counts = heads if len(heads) >= 2 else counts
        ranked = [key for key, _ in counts.most_common(2)]
        return [last[key] for key in ranked] if len(ranked) == 2 else []

    def _pair_named_earlier_in_sentence(self, token: Token, kind: str) -> list[int]:
        """ "Xi told Putin as the leaders met": the two of that kind the sentence has
        named before the noun, when it names exactly two."""

        def actor_of_kind(index: int, mention: Mention) -> int | None:
            actor = self.mention_actor(index, token, False) if mention.type == kind else []
            return actor[0] if actor and self.context.mentions[actor[0]].type == kind else None

        sentence = self.context.sentence_of(token)
        last: dict[str, int] = {}
        for mention, actor, key in self._actors_before(token, actor_of_kind):
            if mention.sentence_index == sentence:
                last[key] = actor
        return list(last.values()) if len(last) == 2 else []

    def _couple(self, token: Token) -> list[int]:
        """ "Harriet McDougal and James Rigney ... The couple hired Ford": the two people the
        latest sentence naming more than one person names; none if it names more than two."""

        def person(index: int, mention: Mention) -> int | None:
            return index if self.context.kind_of(index) == "PERSON" else None

        _, last = self._tally_before(token, person)
        together = self._last_named_together(token, person, set(last))
        return [last[key] for key in together]

    def _last_named_together(
        self, token: Token, actor_of: Callable[[int, Mention], int | None], wanted: set[str]
    ) -> list[str]:
        """The two of ``wanted`` named in the latest sentence before the token that names
        two of them ("Xi endorsed Putin's stance ... The two leaders also pledged")."""
        by_sentence: dict[int, list[str]] = {}
        for mention, _, key in self._actors_before(token, actor_of):
            named = by_sentence.setdefault(mention.sentence_index, [])
            if key in wanted and key not in named:
                named.append(key)
        for sentence in sorted(by_sentence, reverse=True):
            if len(by_sentence[sentence]) >= 2:
                return by_sentence[sentence] if len(by_sentence[sentence]) == 2 else []
        return []

    def _leads(self, full_key: str) -> bool:
        """Whether the person of that name holds a head of government's role, as one of
        the article's mentions or what is known beyond it says."""
        roles = [
            mention.role
            for index, mention in enumerate(self.context.mentions)
            if mention.role and self._full_key(index) == full_key
        ]
        roles += [
            role
            for name, (role, _) in self.context.people.items()
            if role and name_key(name) == full_key
        ]
        return any(_is_head_of_government(role) for role in roles)

    def _tally_before(
        self, token: Token, actor_of: Callable[[int, Mention], int | None]
    ) -> tuple[Counter[str], dict[str, int]]:
        """How often each name was named before the token, short and full forms together,
        counting the actors ``actor_of`` reads off the (real) mentions; and the latest
        actor mention of each name."""
        counts: Counter[str] = Counter()
        last: dict[str, int] = {}
        for _, actor, key in self._actors_before(token, actor_of):
            counts[key] += 1
            last[key] = actor
        return counts, last

    def _actors_before(
        self, token: Token, actor_of: Callable[[int, Mention], int | None]
    ) -> Iterator[tuple[Mention, int, str]]:
        """Each real mention before the token that ``actor_of`` reads as an actor: the
        mention, the actor and the key its short and full forms share."""
        for index, mention in enumerate(self.context.mentions):
            if mention.synthetic or mention.start_char >= token.idx:
                continue
            actor = actor_of(index, mention)
            if actor is not None:
                yield mention, actor, self._full_key(actor)

    def _full_key(self, index: int) -> str:
        """Short and full forms of one name count together ("Xi", "Xi Jinping")."""
        words = self.context.words_of(index)
        for other in self.context.sharing_words(index):
            if words < self.context.words_of(other):
                return self._key(other)
        return self._key(index)

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


GROUP_NOUNS = frozenset({"group", "movement", "militia"})
# the state's courts and judicial authorities, whom the country they sit in stands for
JUSTICE_NOUNS = frozenset({"court", "judge", "tribunal", "judiciary"})


def _is_group_noun(token: Token) -> bool:
    """A group named in the plural ("the Democrats", "Republicans"), not an adjective."""
    return token.tag_ in {"NNPS", "NNS"}


def _is_head_of_government(role: str) -> bool:
    role = role.casefold()
    return any(role == title or role.endswith(" " + title) for title in HEADS_OF_GOVERNMENT)


def _fits(role: str | None, affiliation: str | None, wanted: str, country: str) -> bool:
    if not role or affiliation != country:
        return False
    return _holds(role, wanted)


def _holds(role: str | None, wanted: str) -> bool:
    if not role:
        return False
    role = role.casefold()
    if wanted == "leader":
        return role in HEADS_OF_GOVERNMENT
    co_held = role == "co-" + wanted or role.endswith(" co-" + wanted)  # "founder and co-CEO"
    return role == wanted or (
        (role.endswith(" " + wanted) or co_held) and not role.startswith(("vice", "deputy"))
    )


def _share_of_a_people(token: Token) -> bool:
    """ "most Americans", "44 percent of Americans", "many Britons": a share of a people,
    as a poll counts it, is the public and not its state."""
    if token.tag_ not in {"NNPS", "NNS"}:
        return False
    if any(child.lower_ in SHARE_WORDS for child in token.children):
        return True
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and (head.head.lower_ in SHARE_WORDS or head.head.ent_type_ == "PERCENT")
    )


def _type_of(name: str) -> str:
    known = gazetteer.CANONICAL.get(name.casefold())
    return known[1] if known else "GPE"


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


def _is_the_statement_speaking(token: Token) -> bool:
    """'"...," the statement said' / 'the statement read': a statement as a speaker."""
    return (
        token.lemma_.lower() == "statement"
        and token.dep_ == "nsubj"
        and token.head.lemma_.lower() in REPORTING_VERBS | {"read"}
        and _has_child(token, {"the"})
    )


def _bare_definite_plural(token: Token) -> bool:
    """ "the leaders", with nothing else that says which leaders."""
    return (
        token.tag_ in {"NNS", "NNPS"}
        and has_the(token)
        and all(child.dep_ in {"det", "punct"} for child in token.children)
    )


def _has_child(token: Token, words: set[str]) -> bool:
    return any(child.lower_ in words for child in token.children)
