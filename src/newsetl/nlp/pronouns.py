"""Whom a pronoun stands for: "he" (the nearest clause subject, else the latest person
named, following a run of sentences that keep saying "he"), "it" (the country or
organisation that reports its own plan, else the sentence's subject), "its" (the
reporting subject), "they" / "them" (a conjoined subject or a list, else the one people
the sentence before names in the plural: "the Ukrainians" -> Ukraine), "who" / "which"
(the head of the relative clause), "I" / "we" in a quotation (its speaker) and "you"
(whom the speaker tells). Names are read through the actor finder. "he" and "she" are
never the object of their own verb ("he told Benioff"), nor anyone the article shows of
the other gender ("Ms. Omar", "Omar, a mother of three"), nor, as the one who says a
quotation, anyone it names.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol

from spacy.tokens import Span, Token

from newsetl.nlp.context import ArticleContext
from newsetl.nlp.descriptors import DESCRIBED_KINDS, HEADS_OF_GOVERNMENT
from newsetl.nlp.gender import FEMININE, article_genders
from newsetl.nlp.quotes import REPORTING_VERBS
from newsetl.nlp.syntax import SUBJECT_DEPS, conjuncts

_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
_GROUP_PRONOUNS = frozenset({"they", "them", "their"})
_RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose", "which"})
_OWNER_PRONOUNS = frozenset({"its"})
_SPEAKER_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our"})
_ADDRESSEE_PRONOUNS = frozenset({"you", "your"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj"})
# Reporting verbs whose "it" in the reported clause is the reporter's own plan ("the government
# said it would"); narrower than quotes.REPORTING_VERBS: "told Russia it must" is Russia.
_OWN_PLAN_VERBS = frozenset({"say", "announce", "declare", "insist", "warn", "confirm", "add"})
_ORGANISATION_KINDS = frozenset({"GPE", "ORG"})
_AGENT_SUFFIXES = ("er", "or", "ist", "ian", "ee")
_PEOPLE_NOUNS = frozenset(
    {"people", "man", "woman", "child", "police", "troop", "force", "official", "staff"}
    | {"family", "authority", "colleague", "friend", "relative", "parent", "ally", "rebel"}
    | {"militant", "student", "resident", "migrant", "immigrant", "victim", "delegate"}
)
_PRONOUN_REACH = 3  # sentences a pronoun may look back
_PRONOUN_FAMILIES = {
    **dict.fromkeys(["he", "him", "his"], frozenset({"he", "him", "his"})),
    **dict.fromkeys(["she", "her"], frozenset({"she", "her", "hers"})),
}


class ActorReader(Protocol):
    """What pronoun resolution needs of the actor finder."""

    context: ArticleContext

    def actors(
        self, token: Token, *, exclude: Collection[int] = (), physical: bool = False
    ) -> list[int]: ...

    def token_actors(self, token: Token, excluded: set[str], physical: bool) -> list[int]: ...

    def mention_actor(self, index: int, token: Token, physical: bool) -> list[int]: ...


class Pronouns:
    def __init__(self, finder: ActorReader) -> None:
        self.finder = finder
        self.context = finder.context
        self.quotations = finder.context.quotations
        self._gender_of: dict[str, str] | None = None
        self._told: list[int] | None = None

    def resolve(self, token: Token, excluded: set[str]) -> list[int] | None:
        """The actors a pronoun stands for; None when the token is no pronoun we read."""
        lower = token.lower_
        if lower in _RELATIVE_PRONOUNS:
            return self._relative_head(token, excluded)
        if lower in _PERSON_PRONOUNS:
            never = (
                self._own_clause_subjects(token)
                | self._own_clause_objects(token)
                | self._named_later_in_clause(token)
                | self._named_in_own_quotation(token)
                | self._of_other_gender(token)
            )
            return self._person(token, excluded, never)
        if lower in _OWNER_PRONOUNS:
            return self._clause_owner(token)
        if lower == "it" and token.dep_ in {"nsubj", "nsubjpass"}:
            return self._reporting_subject(token, _ORGANISATION_KINDS) or self._main_subject(
                token, _ORGANISATION_KINDS, excluded
            )
        if lower in _GROUP_PRONOUNS:
            return self._recent_group(token)
        if lower in _SPEAKER_PRONOUNS:
            return self._quoted(self.quotations.speaker_of(token), excluded)
        if lower in _ADDRESSEE_PRONOUNS:
            return self._quoted(self.quotations.addressee_of(token), excluded)
        return None

    def _key(self, index: int) -> str:
        return self.context.key_of(index)

    def _quoted(self, named: Token | None, excluded: set[str]) -> list[int]:
        """ "'We condemn the attack,' the ministry said": whom the speaker (or the one
        told) is, as read through the finder."""
        if named is None:
            return []
        found = self.finder.token_actors(named, excluded, False)
        return [a for a in found if not self._is_excluded(a, excluded)]

    def _person(self, token: Token, unwanted: set[str], never: set[str]) -> list[int]:
        """``unwanted``: whom the caller does not want (the event's own subject); ``never``:
        whom the pronoun cannot stand for. "Maroon made his first trip": "his" is Maroon,
        and when the caller does not want Maroon, the pronoun stands for no one else."""
        excluded = unwanted | never
        for reading in (self._main_subject_person, self._previous_subject_person):
            meant = reading(token, excluded)
            found = [a for a in meant if not self._is_excluded(a, excluded)]
            if found:
                return found
            if meant and all(self._is_unwanted_only(a, unwanted, never) for a in meant):
                return []
        if self._described_subject(token):
            return []
        if token.lower_ in FEMININE and not self._named_before_in_sentence(token, excluded):
            woman = self._recent_distinct(token, "PERSON", 1, excluded | self._not_shown_female())
            if woman:
                return woman
        return self._recent_distinct(token, "PERSON", 1, excluded)

    def _named_before_in_sentence(self, token: Token, excluded: set[str]) -> bool:
        named = self._person_named_before(token)
        return any(not self._is_excluded(index, excluded) for index in named)

    def _not_shown_female(self) -> set[str]:
        """ "Taylor Swift ... a company owned by talent manager Scooter Braun. / In a post
        she described": the people the article does not show as women; "she" passes over
        them to a woman it does show within reach, unless her own sentence names someone
        before her ("an anthem that Rose-Lynn belts after she's learned")."""
        if self._gender_of is None:
            self._gender_of = article_genders(self.context)
        women = [key for key, gender in self._gender_of.items() if gender == "female"]
        return {
            self._key(index)
            for index in range(len(self.context.mentions))
            if self.context.kind_of(index) == "PERSON"
            and not any(_same_name(self._key(index), woman) for woman in women)
        }

    def _described_subject(self, token: Token) -> bool:
        """ "..., Mark Rutte, the US president said he was disappointed in the Russian
        leader, whom he accused": the clause above names its subject only by a role, and
        the pronoun is that one, not the latest person named."""
        for ancestor in token.head.ancestors:
            for child in ancestor.children:
                if child.dep_ != "nsubj" or child.i > token.i or token in child.subtree:
                    continue
                if child.lower_ in _PERSON_PRONOUNS:
                    return self._described_subject(child)
                return child.pos_ == "NOUN" and _is_person_role(child)
        return False

    def _own_clause_subjects(self, token: Token) -> set[str]:
        """ "Xi told him", "Trump praised her", "he had one meeting with him": an object
        pronoun is never the subject of its own clause (that would be "himself"), in any of
        its names, also when that subject is a pronoun itself."""
        if token.tag_ != "PRP" or token.dep_ not in _OBJECT_DEPS:
            return set()
        subjects = next(
            (found for t in token.ancestors if (found := _subjects_of(t))), []
        )  # the nearest clause with a subject: "meeting" in "had one meeting with him" has none
        return {
            self._key(actor)
            for child in subjects
            for actor in self.finder.token_actors(child, set(), False)
        }

    def _of_other_gender(self, token: Token) -> set[str]:
        """ "he" never stands for a woman, nor "she" for a man: the people the article
        shows of the other gender."""
        wanted = "female" if token.lower_ in FEMININE else "male"
        if self._gender_of is None:
            self._gender_of = article_genders(self.context)
        return {key for key, gender in self._gender_of.items() if gender != wanted}

    def _own_clause_objects(self, token: Token) -> set[str]:
        """ "'I love the way you work,' he told Benioff": a subject pronoun is never the
        object of its own verb (that would be "himself"), in any of its names."""
        if token.dep_ not in {"nsubj", "nsubjpass"}:
            return set()
        verb = token.head
        objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
        objects += [
            c
            for p in verb.children
            if p.dep_ in {"prep", "dative"}
            for c in p.children
            if c.dep_ == "pobj"
        ]
        return {
            self._key(actor)
            for child in objects
            if child.pos_ != "PRON"
            for actor in self.finder.token_actors(child, set(), False)
        }

    def _named_later_in_clause(self, token: Token) -> set[str]:
        """ "During the visit, he was photographed having long chats with Epstein": a subject
        pronoun never stands for a person named after it in its own clause, however deep
        (binding theory's Principle C: "he said Epstein ..." is not Epstein either)."""
        if token.dep_ not in {"nsubj", "nsubjpass"}:
            return set()
        named = (self.context.mention_of(t) for t in token.head.subtree if t.i > token.i)
        return {
            self._key(index)
            for index in named
            if index is not None and self.context.kind_of(index) == "PERSON"
        }

    def _named_in_own_quotation(self, token: Token) -> set[str]:
        """ "'I'll have to go with Mr. Cooke,' he concluded": whoever says a quotation is
        no person it names (a speaker says "I", not their own name); a name inside another
        name ("'find me Roger's Angels,' he told her") may be the speaker's own."""
        verb = token.head
        if token.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING_VERBS:
            return set()
        named = (
            self.context.mention_of(t)
            for t in verb.sent
            if self.quotations.quoted_apart(token, t) and not _names_something_else(t)
        )
        return {
            self._key(index)
            for index in named
            if index is not None and self.context.kind_of(index) == "PERSON"
        }

    def _is_unwanted_only(self, index: int, unwanted: set[str], never: set[str]) -> bool:
        return self._is_excluded(index, unwanted) and not self._is_excluded(index, never)

    def _is_excluded(self, index: int, excluded: set[str]) -> bool:
        key = self._key(index)
        return any(_same_name(key, other) for other in excluded)

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
            if self._distance(mention.sentence_index, sentence) > _PRONOUN_REACH:
                break
            key = self._key(index)
            if self.context.kind_of(index) != kind or self._is_excluded(index, excluded):
                continue
            if not any(_same_name(key, other) for other in found):
                actor = self.finder.mention_actor(index, token, False)
                if actor:
                    found[key] = actor[0]
            if len(found) == count:
                break
        return list(found.values()) if len(found) == count else []

    def _distance(self, earlier: int, later: int) -> int:
        """How many sentences a pronoun in sentence ``later`` looks back to reach sentence
        ``earlier``, counting only those that tell the story: '"I just want ...," she said.
        "That's it. I've tried ..." / She also accused ...': the quotation's own sentences
        (and the stray marks the parser splits off) are passed over, so "she said" stays
        the sentence just before."""
        if later <= earlier:
            return 0
        told = self._told_before()
        return told[later] - told[min(earlier + 1, later)] + 1

    def _told_before(self) -> list[int]:
        """For each sentence number n, how many of the sentences before it tell the story."""
        if self._told is None:
            doc, starts = self.context.doc, self.context.sentence_starts
            self._told = [0]
            for number, start in enumerate(starts):
                end = starts[number + 1] if number + 1 < len(starts) else len(doc)
                tells = any(t.is_alpha and not self.quotations.encloses(t) for t in doc[start:end])
                self._told.append(self._told[-1] + tells)
        return self._told

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
            if self._distance(number, anchor) > _PRONOUN_REACH:
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
                return self.finder.token_actors(clause.head, excluded, False)
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

    def _previous_subject_person(self, token: Token, excluded: set[str]) -> list[int]:
        """ "Braun has worked with Kanye West and Kim Kardashian ... He has consistently
        denied ...": a sentence that opens on "he" goes on about the previous sentence's
        subject, not about whoever that sentence named last; so does "Xi told him" after
        "Blinken met Xi ..." (the object is not the clause's own subject)."""
        main_clause = token.head.dep_ == "ROOT" or (
            token.dep_ == "pobj" and token.head.head.dep_ == "ROOT"
        )
        if token.dep_ not in {"nsubj", "nsubjpass", *_OBJECT_DEPS} or not main_clause:
            return []
        named_before = (
            index
            for index in self._person_named_before(token)
            if not self._is_excluded(index, excluded)
        )
        previous = previous_sentence(token.sent)
        if previous is None or any(named_before):
            return []
        return self._main_subject(previous[-1], {"PERSON"}, excluded)

    def _person_named_before(self, token: Token):
        sentence = self.context.sentence_of(token)
        return (
            index
            for index in self._person_named_in(sentence)
            if self.context.mentions[index].start_char < token.idx
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
                    for a in self.finder.token_actors(child, excluded, False)
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
                child.dep_ in {"nsubj", "nsubjpass"}  # "Putin was greeted by Xi"
                and (child.i < token.i or possessive)
                and token not in child.subtree
            ):
                if child.pos_ == "PRON":
                    return []
                found = [
                    a
                    for a in self.finder.token_actors(child, excluded, False)
                    if self.context.kind_of(a) in kinds
                ]
                return found[:1]
        return []

    def _reporting_subject(self, token: Token, kinds: set[str]) -> list[int]:
        """ "the government said it would suspend talks": "it" is who reports its own plan."""
        clause = token.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _OWN_PLAN_VERBS:
            return []
        for child in clause.head.children:
            if child.dep_ == "nsubj" and child.pos_ != "PRON":
                found = self.finder.token_actors(child, set(), False)
                return [a for a in found if self.context.mentions[a].type in kinds][:1]
        return []

    def _clause_owner(self, token: Token) -> list[int]:
        """ "The Israeli military said its jets had attacked": "its" is the reporting subject,
        never a person; "Ukraine and its allies": the name it is joined to."""
        owned = token.head
        if owned.dep_ == "conj" and owned.head.i < token.i:
            return self._named_organisation(owned.head)
        current = owned
        for _ in range(4):
            if current.head.i == current.i:
                break
            current = current.head
            if current.pos_ in {"VERB", "AUX"}:
                for child in current.children:
                    if child.dep_ == "nsubj" and token not in child.subtree:
                        found = self.finder.token_actors(child, set(), False)
                        if found and all(self._is_person(a) for a in found):
                            return self._named_between(child, token)
                        return found
        return []

    def _named_between(self, subject: Token, token: Token) -> list[int]:
        """ "Blinken flew to China to raise concerns about its support": past a person
        subject, "its" is the one country or organisation named after the subject; with
        two of them ("... about its support for Russia and its ...") it is neither."""
        named: dict[str, int] = {}
        for between in token.doc[subject.right_edge.i + 1 : token.i]:
            for actor in self._named_organisation(between):
                named.setdefault(self._key(actor), actor)
        return list(named.values()) if len(named) == 1 else []

    def _is_person(self, index: int) -> bool:
        return self.context.kind_of(index) == "PERSON"

    def _named_organisation(self, token: Token) -> list[int]:
        """The country or organisation a name stands for; nothing for a description
        ("China's economy" is no China)."""
        if not self._is_named(token):
            return []
        found = self.finder.token_actors(token, set(), False)
        return [a for a in found if self.context.kind_of(a) in _ORGANISATION_KINDS][:1]

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
                    return self.finder.actors(candidate)
            if sentence.start != token.sent.start or self.quotations.encloses(token):
                # "... two politicians: Senator Elizabeth Warren and Alexandria Ocasio-Cortez.
                # They criticised ...": failing a subject, the people the sentence lists; in
                # a quotation, its own sentence's too ("working with Smith and York: 'They
                # are such good singers'")
                listed = self._listed(candidates, people_only=True)
                if listed:
                    return listed
            sentence = previous_sentence(sentence)
            if sentence is None:
                break
        return self._continued_subject(token) or self._people_just_named(token)

    def _people_just_named(self, token: Token) -> list[int]:
        """ "Volker discussed the delay with the Ukrainians. / 'I told them ...'": failing
        a subject, "they" / "them" is the one people the sentence before names in the
        plural ("the Ukrainians"), standing for its country; not a people of no country
        ("Christians")."""
        before = previous_sentence(token.sent)
        if before is None:
            return []
        peoples = {
            tuple(found)
            for word in before
            if word.tag_ in {"NNS", "NNPS"} and self._names_a_people(word)
            for found in [self.finder.token_actors(word, set(), False)]
            if found and all(self.context.kind_of(actor) == "GPE" for actor in found)
        }
        return list(peoples.pop()) if len(peoples) == 1 else []

    def _names_a_people(self, word: Token) -> bool:
        mention = self.context.mention_of(word)
        return mention is not None and self.context.mentions[mention].type == "NORP"

    def _continued_subject(self, token: Token) -> list[int]:
        """ "Big Machine have twice denied ... 'At no point did we say ...,' they said":
        failing a conjoined subject or a list, "they" continues the latest subject before
        it, read when that is an organisation or, for the subject "they", a plural noun
        that names actors ("the two men shook hands. They called each other ..."); a
        plural noun that names no one ("the protesters") takes the pronoun, and no one is
        meant."""
        subject = self._latest_subject(token)
        if subject is None or self._others_between(subject, token):
            return []
        found = self.finder.token_actors(subject, set(), False)
        if token.lower_ == "they" and self._names_a_group(subject, found):
            return found
        return found[:1] if found and self.context.kind_of(found[0]) == "ORG" else []

    def _others_between(self, subject: Token, token: Token) -> bool:
        """ "Google fired the engineers. Sundar Pichai said they had leaked secrets": a
        plural noun for people between the subject and the pronoun ("the engineers"), or
        another organisation named there ("Apple sued Samsung. Tim Cook said they had
        copied ..."), may be the one meant, so the subject is not; a quotation apart from
        the pronoun and its own clause's subject are no candidates."""
        between = token.doc[subject.right_edge.i + 1 : token.i]
        binding = {t.i for s in self._binding_subjects(token) for t in s.subtree}
        return any(
            self._may_be_meant(t)
            for t in between
            if t.i not in binding and not self.quotations.quoted_apart(token, t)
        )

    def _binding_subjects(self, token: Token) -> list[Token]:
        """ "The SEC criticized them": an object pronoun's own clause subject, which the
        pronoun cannot be."""
        if token.dep_ not in _OBJECT_DEPS:
            return []
        return _subjects_of(token.head.head if token.dep_ == "pobj" else token.head)

    def _may_be_meant(self, token: Token) -> bool:
        if self._named_organisation(token):
            return True
        return token.tag_ == "NNS" and _names_people(token) and not self._is_named(token)

    def _names_a_group(self, subject: Token, found: list[int]) -> bool:
        """A plural subject that names two or more actors ("the two men") or is a name
        itself ("the Americans")."""
        plural = subject.tag_ in {"NNS", "NNPS"}
        return plural and (len(found) >= 2 or bool(found) and self._is_named(subject))

    def _is_named(self, token: Token) -> bool:
        return self.context.mention_of(token) is not None

    def _latest_subject(self, token: Token) -> Token | None:
        """The nearest clause subject before the token, this sentence or a few before,
        that is no pronoun (a "they" there is followed back), not in a quotation the token
        is not in, and not one person ("Big Machine says she will be allowed ... Swift got
        support, after accusing them": "they" is never Swift alone)."""
        own_verb = token.head.head if token.dep_ == "pobj" else token.head
        sentence = token.sent
        for _ in range(_PRONOUN_REACH):
            subjects = [
                t
                for t in sentence
                if t.i < token.i
                and t.dep_ in {"nsubj", "nsubjpass"}
                and not (token.dep_ in _OBJECT_DEPS and t.head == own_verb)
                and t.pos_ != "PRON"
                and not self.quotations.quoted_apart(token, t)
                and not self._is_one_person(t)
            ]
            if subjects:
                return subjects[-1]
            sentence = previous_sentence(sentence)
            if sentence is None:
                return None
        return None

    def _is_one_person(self, token: Token) -> bool:
        found = self.finder.token_actors(token, set(), False)
        return len(found) == 1 and self.context.kind_of(found[0]) == "PERSON"

    def _listed_before(self, token: Token) -> list[int]:
        return self._listed([t for t in token.sent if t.i < token.i])

    def _listed(self, tokens: list[Token], *, people_only: bool = False) -> list[int]:
        """The last coordinated list of two or more actors among the tokens."""
        for candidate in reversed(tokens):
            if candidate.dep_ != "conj" and any(c.dep_ == "conj" for c in candidate.children):
                found = self.finder.actors(candidate)
                people = all(self.context.kind_of(a) == "PERSON" for a in found)
                if len(found) >= 2 and (people or not people_only):
                    return found
        return []


def previous_sentence(sentence: Span) -> Span | None:
    """The sentence before, passing over the blank lines between paragraphs, which the
    parser makes sentences of their own."""
    while sentence.start > 0:
        sentence = sentence.doc[sentence.start - 1].sent
        if not all(token.is_space for token in sentence):
            return sentence
    return None


def next_sentence(sentence: Span) -> Span | None:
    """The sentence after, passing over blank lines as ``previous_sentence`` does."""
    while sentence.end < len(sentence.doc):
        sentence = sentence.doc[sentence.end].sent
        if not all(token.is_space for token in sentence):
            return sentence
    return None


def _names_people(noun: Token) -> bool:
    """A plural noun for people: an agent noun ("engineers", "lawyers", "activists",
    "politicians", "employees") or one of the common group nouns."""
    lemma = noun.lemma_.lower()
    return lemma in _PEOPLE_NOUNS or lemma.endswith(_AGENT_SUFFIXES)


def _subjects_of(verb: Token) -> list[Token]:
    return [child for child in verb.children if child.dep_ == "nsubj"]


def _is_person_role(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return DESCRIBED_KINDS.get(lemma) == "PERSON" or lemma in HEADS_OF_GOVERNMENT


def _same_name(a: str, b: str) -> bool:
    words_a, words_b = set(a.split()), set(b.split())
    return words_a <= words_b or words_b <= words_a


def _names_something_else(token: Token) -> bool:
    """A name that owns or qualifies another noun: "Roger's Angels", "the Trump Tower"."""
    head = token
    while head.dep_ in {"compound", "flat"} and head.head.pos_ == "PROPN":
        head = head.head
    return head.dep_ in {"poss", "compound"} or (head.dep_ == "nmod" and head.head.pos_ != "VERB")
