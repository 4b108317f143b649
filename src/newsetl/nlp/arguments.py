"""Actor 1 and actor 2 of a trigger, read from its dependents.

Actor 1 is the subject: the verb's own, the agent of a passive ("by X"), the
subject it shares through "xcomp" / "conj" / a participle clause, the head of a
relative clause ("Trump, who has threatened"); for an event noun, its owner
("Putin's visit", "Israeli strikes") or the subject of the verb it hangs from (or, under a
clausal subject, whoever says what it was: "what he said was a good call with X"); a
between-phrase names the sides alone, even when it names only one.
Actor 2 is, in order of preference, a passive subject, an addressee or a named
direct object; the object of a targeting preposition on the verb ("meet with",
"talks with", "strikes on", "invasion of"); the owner of the direct object
("endorsed Putin's stance"), unless that owner is the subject's own side; the
object of a preposition on the direct object ("sanctions on Russia"), or whom an
allegation in that phrase is against ("an investigation into allegations against Assange").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsetl.nlp import gazetteer
from newsetl.nlp.actors import ActorFinder
from newsetl.nlp.clause_shapes import (
    MAX_CLIMB,
    direct_objects,
    governing_verb,
    is_passive,
    is_stake,
    is_topic,
    owners,
    penalised,
    possessors,
    refrains,
    set_off_participle,
    shared_patients,
    speaker_of_trailing_act,
    stranded_subject,
    sums_up_clause,
    trailing_names,
    uncredited,
    used_by_its_agent,
    victim_of_an_attack,
    what_it_called,
    with_auxiliary_children,
)
from newsetl.nlp.descriptors import stands_apart_from_owner
from newsetl.nlp.letters import letter_recipients
from newsetl.nlp.matching import matching_rule, misparsed_clause_subject, part_of_speech
from newsetl.nlp.stray_agents import stray_agent
from newsetl.nlp.syntax import conjuncts, has_own_subject

VERB_TARGET_PREPS = frozenset({"with", "to", "against", "toward", "towards", "into", "for"})
NOUN_TARGET_PREPS = VERB_TARGET_PREPS | {"on", "of", "at", "between"}
OBJECT_PREPS = frozenset(
    {"on", "against", "with", "to", "for", "toward", "towards", "at", "about", "into"}
)
# "responded by hitting", "after accusing", "joined Britain in condemning": the clause's
# subject does the gerund (not so "accused X of bombing", where X does)
GERUND_DOER_PREPS = frozenset({"by", "after", "before", "while", "since", "without", "for", "in"})
# "was provoked into attacking", "forced Kyiv into ceding": the object is made to act
MADE_TO_PREPS = frozenset({"into"})
# the prepositions of an event noun that sets the scene of a verb's act
SETTING_PREPS = frozenset({"during", "at", "in", "on", "after"})
TRUCE_NOUNS = frozenset({"ceasefire", "truce", "armistice"})
# what someone puts to another, who answers it ("rejected a proposal from Moscow")
PROPOSAL_NOUNS = frozenset(
    {"request", "offer", "proposal", "invitation", "bid", "demand", "appeal", "plea"}
)
# "posted on Twitter accusing ...": where a statement appeared, not who made it
MEDIUM_PREPS = frozenset({"on", "in", "via", "through"})
# "the port of Hodeidah", "targets of the Houthi regime", "members of the SCO"
CONTAINER_NOUNS = frozenset(
    {
        "port",
        "city",
        "town",
        "capital",
        "village",
        "base",
        "region",
        "province",
        "territory",
        "target",
        "position",
        "member",
        "leader",
        "government",
        "forces",
        "army",
        "regime",
        "people",
        "investor",
        "shareholder",
        "stakeholder",
        "employee",
        "official",
        "executive",
        "representative",
    }
)
# what is brought against someone, who is the target of acts on it
ACCUSATION_NOUNS = frozenset(
    {"allegation", "accusation", "claim", "charge", "complaint", "case", "lawsuit", "suit"}
)
# people of a body who act for it as a subject ("members of Congress")
MEMBER_NOUNS = frozenset(
    {"member", "leader", "official", "executive", "representative", "officer", "agent"}
    | {"minister", "delegation", "delegate", "envoy", "diplomat", "lawmaker", "ambassador"}
)
_SHARED_SUBJECT_DEPS = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})
# verbs with an object whose infinitive their own subject does ("promised Putin to visit")
SUBJECT_CONTROL_VERBS = frozenset({"promise", "vow", "pledge", "threaten", "offer"})
# speech verbs whose direct object is the listener ("told Putin"), not what is said
LISTENER_OBJECT_VERBS = frozenset(
    {"tell", "address", "assure", "inform", "brief", "remind", "email", "e-mail"}
)
# who a statement to the press is made to: "told US media", "told VOA correspondent Carla Babb"
RELATIVE_WORDS = frozenset({"that", "which", "whom"})
# what a verdict in a second clause calls the thing the first one names ("rejected it")
JUDGED_PRONOUNS = frozenset({"it", "them", "this"})
PRESS_NOUNS = frozenset(
    {"media", "medium", "press", "reporter", "journalist", "correspondent", "newspaper"}
    | {"magazine", "editor", "columnist", "anchor", "interviewer", "outlet", "podcast"}
)


class Arguments:
    def __init__(self, actors: ActorFinder) -> None:
        self.actors = actors

    def subjects(self, token: Token) -> list[int]:
        if part_of_speech(token) == "NOUN":
            return self._noun_subjects(token)
        fronted = misparsed_clause_subject(token)
        if fronted is not None:
            return self.actors.actors(fronted)  # "Trump assailed Williams"
        speaking = speaker_of_trailing_act(token)
        if speaking is not None:
            return self._clause_subjects(speaking)  # "said that ..., accusing Brussels"
        found = self._clause_subjects(token)
        if not found and set_off_participle(token):
            return self._main_clause_subjects(token)
        stray = stray_agent(token) if not found else None
        if stray is not None:
            return self._pobj_actors(stray, physical=False)  # "charged with spying by China"
        return found

    def _main_clause_subjects(self, participle: Token) -> list[int]:
        """ "Addressing Xi, Putin said", "Putin, addressing Xi, said": a participle phrase set
        off by commas shares the subject of the clause it introduces, however the parser hung
        it (as a name's modifier, off a comma)."""
        verb = governing_verb(participle)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
        return self.actors.actors(subjects[0]) if subjects else []

    def _clause_subjects(self, token: Token) -> list[int]:
        current, via = token, ""
        for _ in range(MAX_CLIMB):
            controller = self._object_controller(current) if via == "xcomp" else []
            if controller:
                return controller  # "Macron persuaded Scholz to meet Xi": Scholz meets
            for child in with_auxiliary_children(current):
                # "is expected to meet"; "was suspended for shoving Rudolph"
                raised = child.dep_ == "nsubjpass" and via in {"xcomp", "pcomp"}
                if child.dep_ in {"nsubj", "csubj"} or raised:
                    if child.lower_ in {"who", "which", "that"} and current.dep_ == "relcl":
                        return self._relative_head_actors(current.head) or self._named_before(child)
                    child = uncredited(child)
                    return (
                        self.actors.actors(child) or self._members_of(child) or self._sent_by(child)
                    )
                if child.dep_ == "agent":
                    return self._pobj_actors(child, physical=False)
            if current.dep_ == "relcl":
                return self._relative_head_actors(current.head)  # "Trump, who has threatened"
            if current.dep_ == "acl":
                return self._participle_subjects(current)
            if current.dep_ == "pcomp" and current.head.dep_ == "prep":
                preposition, verb = current.head.lower_, current.head.head
                if preposition in MADE_TO_PREPS and part_of_speech(verb) == "VERB":
                    # "was provoked into attacking", "pushed Kyiv into ceding": who was made to
                    return self._made_to(verb)
                if preposition not in GERUND_DOER_PREPS and not refrains(preposition, verb):
                    return []
                # "responded by hitting Rudolph", "after accusing them", "refrained from
                # condemning": the gerund's doer is the subject of the verb its preposition
                # hangs off
                current, via = penalised(verb), "pcomp"
                if part_of_speech(current) != "VERB":
                    return []
                continue
            if current.dep_ not in _SHARED_SUBJECT_DEPS or current.head.i == current.i:
                return []
            stranded = stranded_subject(current)
            if stranded is not None:
                # "came hours after Trump, speaking in the Oval Office, warned that"
                return self.actors.actors(stranded)
            clause = _clause_of_finite_conjunct(current)
            if clause is not None:
                current, via = clause, "conj"
                continue
            current, via = current.head, current.dep_
        return []

    def _object_controller(self, verb: Token) -> list[int]:
        """Who does what a verb's infinitive says when the verb has an object naming someone:
        that one ("persuaded Scholz to meet Xi", "recruited SpaceX to join"), not the verb's
        subject; not for verbs whose subject stays the doer ("promised Putin to visit")."""
        if verb.lemma_.lower() in SUBJECT_CONTROL_VERBS:
            return []
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        return self.actors.actors(objects[0]) if objects else []

    def _relative_head_actors(self, noun: Token) -> list[int]:
        """Who a relative clause is about: its noun's actors; for a description predicated of
        a name or set beside it, the name ("Cooperman is the investor who tangled with
        Warren", "the Alliance, a group that has applauded")."""
        found = self.actors.actors(noun)
        if found:
            return found
        if noun.dep_ == "appos":
            # "the Alliance for American Manufacturing, a group that has applauded"
            return self._described_before(noun) or self.actors.actors(noun.head)
        if noun.dep_ == "attr":
            subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
            return self.actors.actors(subjects[0]) if subjects else []
        return []

    def _named_before(self, pronoun: Token) -> list[int]:
        """ "talks between his government and the Taliban, who have refused": a "who" the
        parser hung on a thing is about the name right before its comma."""
        if pronoun.lower_ != "who" or pronoun.i < 2 or pronoun.doc[pronoun.i - 1].text != ",":
            return []
        name = pronoun.doc[pronoun.i - 2]
        return self.actors.actors(name) if name.ent_type_ else []

    def _described_before(self, noun: Token) -> list[int]:
        """The name right before the comma that sets off a description: the parser can hang
        "a group that ..." off an earlier name ("said Scott Paul, who heads the Alliance, a
        group that ...")."""
        start = noun.left_edge.i
        if start < 2 or noun.doc[start - 1].text != ",":
            return []
        return self.actors.actors(noun.doc[start - 2])

    def _made_to(self, verb: Token) -> list[int]:
        """Who a verb of causing makes do something: its object, or its passive subject."""
        for child in verb.children:
            if child.dep_ in {"dobj", "nsubjpass"}:
                return self.actors.actors(child)
        return []

    def _sent_by(self, noun: Token) -> list[int]:
        """ "a drone launched by the Houthis hit ...": who sent the thing that acted."""
        participles = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        for participle in (p for p in participles if used_by_its_agent(p)):
            for agent in (c for c in participle.children if c.dep_ == "agent"):
                found = self._pobj_actors(agent, physical=False)
                if found:
                    return found
        return []

    def _members_of(self, noun: Token) -> list[int]:
        """ "Republican members of Congress questioned ...": people of a body act for it."""
        if noun.lemma_.lower() not in MEMBER_NOUNS:
            return []
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}]
        return next((found for p in preps if (found := self._pobj_actors(p, False))), [])

    def _participle_subjects(self, participle: Token) -> list[int]:
        """ "states to have signed treaties": the noun a participle modifies acts, unless it is
        where the act was published ("posted on Twitter accusing Big Machine") or names no
        actor ("issued a statement accusing"); then the clause's subject does."""
        noun = participle.head
        prep = noun.head
        gerund = participle.tag_ == "VBG"
        on_medium = (
            gerund
            and noun.dep_ == "pobj"
            and prep.lower_ in MEDIUM_PREPS
            and part_of_speech(prep.head) == "VERB"
        )
        if not on_medium:
            found = self.actors.actors(noun)
            if found or not gerund:
                return found
        current = noun
        for _ in range(MAX_CLIMB):
            if current.head.i == current.i:
                return []
            current = current.head
            if part_of_speech(current) == "VERB":
                return self.subjects(current)
        return []

    def own_agents(self, noun: Token) -> list[int]:
        """Who an event noun names as its doer: an owner ("the SEC's inquiry", "an SEC
        inquiry") or a by-phrase ("the arrest of Navalny by Russian police")."""
        by = self.sides(noun, {"by"}, least=1)
        if by:
            return by  # "their invitation by the police": the owner is whom it was done to
        for possessor in possessors(noun):
            actors = self.actors.actors(possessor)
            if actors:
                return actors
        return []

    def _noun_subjects(self, noun: Token) -> list[int]:
        agents = self.own_agents(noun)
        if agents:
            return agents
        between = self.sides(noun, {"between"})  # "talks between McClatchy and Tribune"
        if between or self.sides(noun, {"between"}, least=1):
            # a between-phrase names the sides: with one named, the verb's subject is not the other
            return between
        if noun.dep_ in {"nsubj", "nsubjpass"}:
            return []
        verb = governing_verb(noun)
        if verb is None:
            return []
        # "was greeted with a salute before talks with Xi": the one greeted talks
        return (
            self.subjects(verb)
            or self._passive_subject_actors(verb)
            or self._characterised_by(noun, verb)
        )

    def _characterised_by(self, noun: Token, verb: Token) -> list[int]:
        """ "after what he said was a good conversation with the White House": a meeting the
        one who talks of it characterises is one he held, when the noun names the other side."""
        if not any(child.dep_ == "prep" and child.lower_ == "with" for child in noun.children):
            return []
        for clause in verb.children:
            if clause.dep_ == "csubj" and any(c.lower_ == "what" for c in clause.children):
                return self._clause_subjects(clause)
        return []

    def _passive_subject_actors(self, verb: Token) -> list[int]:
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
        return self.actors.actors(subjects[0]) if subjects else []

    def sides(self, noun: Token, preps: set[str], *, least: int = 2) -> list[int]:
        """At least ``least`` actors under one of ``preps`` on the noun (or, for two sides,
        on the verb it is the subject of): "the merger of Gannett and GateHouse"."""
        on_verb = least >= 2 and noun.dep_ in {"nsubj", "nsubjpass"}
        holders = [noun] + ([noun.head] if on_verb else [])
        for holder in holders:
            for prep in holder.children:
                # "called on Joe Biden": the parser can make the preposition a particle
                if prep.dep_ in {"prep", "prt"} and prep.lower_ in preps:
                    found = self._pobj_actors(prep, physical=False)
                    if len(found) >= least:
                        return found
        return []

    def object_sources(self, verb: Token) -> list[int]:
        """ "sought Assange's extradition from the UK": whom the object comes from."""
        for dobj in (c for c in verb.children if c.dep_ == "dobj"):
            found = self.sides(dobj, {"from"}, least=1)
            if found:
                return found
        return []

    def targets(
        self,
        token: Token,
        subjects: list[int],
        *,
        objects_named: bool,
        physical: bool,
        symmetric: bool = False,
    ) -> list[int]:
        """Actor 2 candidates, the first source that names any (with its conjuncts)."""
        exclude = subjects
        children = list(token.children)
        direct = direct_objects(token, {"nsubjpass", "dative"}) + shared_patients(token)
        found = self._first(direct, exclude, physical)
        if found:
            return found
        found = self._verb_prep_targets(token, children, exclude, objects_named, physical)
        if found or (symmetric and len(subjects) > 1):
            # "Putin and Xi discussed relations with the US": with two subjects, a name in
            # the object's phrase is the topic, and the subjects are each other's counterpart
            return found
        return self._object_targets(children, subjects, exclude, objects_named, physical)

    def addressees(self, verb: Token, subjects: list[int]) -> list[int]:
        """Whom a statement is made to ("told Putin", "said to reporters"), never what it
        is about ("announced the selection of SpaceX")."""
        children = list(verb.children)
        # "told Putin", "briefed the committee"; what one announces or states is the content
        heard = verb.lemma_.lower() in LISTENER_OBJECT_VERBS
        listeners = [
            t
            for t in direct_objects(verb, {"dative"})
            if (heard or t.dep_ != "dobj") and not _names_no_listener(t)
        ]
        found = self._first(listeners, subjects, physical=False)
        for prep in (c for c in children if c.dep_ == "prep" and c.lower_ in {"to", "with"}):
            found = found or self._pobj_actors(prep, physical=False, exclude=subjects)
        # "said in a letter to Biden"
        readers = [t for t in letter_recipients(verb) if not _names_no_listener(t)]
        found = found or self._first(readers, subjects, physical=False)
        # "told WeWork executives", "told investors of New Media"; not an event noun
        audiences = [
            c
            for c in children
            if heard and c.dep_ == "dobj" and matching_rule(c) is None and not _names_no_listener(c)
        ]
        return found or self._object_targets(audiences, subjects, subjects, False, False)

    def _verb_prep_targets(
        self,
        token: Token,
        children: list[Token],
        exclude: list[int],
        objects_named: bool,
        physical: bool,
    ) -> list[int]:
        preps = NOUN_TARGET_PREPS if part_of_speech(token) == "NOUN" else VERB_TARGET_PREPS
        if objects_named:  # "impose tariffs on Russia": the thing is the object, "on" the target
            preps = preps | OBJECT_PREPS
        if not physical and (part_of_speech(token) == "NOUN" or is_passive(token)):
            preps = preps - {"at"}  # "a meeting at the White House", "was signed at Chequers"
        # "calling for a ceasefire and for talks between Moscow and Kyiv": conjoined phrases
        phrases = [*children, *(c for p in children if p.dep_ == "prep" for c in conjuncts(p))]
        for child in phrases:
            if (
                child.dep_ in {"prep", "conj"}
                and child.lower_ in preps
                and not is_topic(token, child)
            ):
                found = self._pobj_actors(child, physical, exclude)
                if found:
                    return found + self._included(token, exclude, physical)
        return []

    def _object_targets(
        self,
        children: list[Token],
        subjects: list[int],
        exclude: list[int],
        objects_named: bool,
        physical: bool,
    ) -> list[int]:
        # "became the largest shareholder of Tribune": a predicate noun is read as an object
        objects = [c for c in children if c.dep_ in {"dobj", "attr"}]
        return self.objects_targets(objects, subjects, exclude, objects_named, physical)

    def participle_targets(
        self, participle: Token, subjects: list[int], physical: bool
    ) -> list[int]:
        """ "a ceasefire in Ukraine, declared by Putin": what a participle modifies is its
        object; not so a clause with its own subject that the parser hung off a noun ("the
        announcement that Washington and Beijing had reached a deal")."""
        if participle.dep_ != "acl" or participle.tag_ != "VBN":
            return []
        if has_own_subject(participle):
            return []
        noun = participle.head
        # "nine companies selected by NASA: Astrobotic, Draper, ...": the names it lists
        found = self._listed_in_apposition(noun, subjects, physical)
        found = found or self.objects_targets([noun], subjects, subjects, True, physical)
        if (
            not found
            and noun.dep_ == "nsubj"
            and part_of_speech(noun.head) == "VERB"
            and used_by_its_agent(participle)
        ):
            # "tariffs imposed by China have hurt U.S. farmers": whom the thing then struck
            found = self.objects_targets(
                [c for c in noun.head.children if c.dep_ == "dobj"],
                subjects,
                subjects,
                False,
                physical,
            )
        return found

    def _listed_in_apposition(self, noun: Token, subjects: list[int], physical: bool) -> list[int]:
        if not any(child.dep_ == "appos" for child in noun.children):
            return []
        found = self.actors.actors(noun, exclude=subjects, physical=physical)
        return [a for a in found if a not in subjects]

    def called_targets(self, verb: Token, subjects: list[int]) -> list[int]:
        """ "condemned what he called brutal Israeli aggression" -> Israel: whom the thing
        the speaker names is of."""
        named = what_it_called(verb)
        return self.objects_targets(named, subjects, subjects, False, False)

    def setting_counterparts(self, noun: Token) -> list[int]:
        """ "the agreements he reached with Putin during their talks": talks that set the
        scene of an act done with someone are with that someone."""
        prep = noun.head
        if part_of_speech(noun) != "NOUN" or noun.dep_ != "pobj":
            return []
        if prep.lower_ not in SETTING_PREPS or part_of_speech(prep.head) != "VERB":
            return []
        return self.sides(prep.head, {"with"}, least=1)

    def summed_up_doers(self, verb: Token, subjects: list[int]) -> list[int]:
        """ "Guterres will attend the summit, a decision criticised by Ukraine", "Zelensky
        issued a warning, a comment the Kremlin condemned": a verb whose object is a noun
        summing up the clause before it judges what that clause's subject did."""
        if verb.dep_ not in {"relcl", "acl"} or not sums_up_clause(verb.head):
            return []
        if any(c.dep_ == "dobj" and c.lower_ not in RELATIVE_WORDS for c in verb.children):
            return []  # "a move that gave Moscow ...": the noun is no object of the verb
        root = verb.sent.root
        doers = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
        # "The UN secretary-general, António Guterres, was expected": the name it is given
        named = [g for d in doers[:1] for g in d.children if g.dep_ == "appos"]
        for doer in doers[:1] + named:
            found = [a for a in self.actors.actors(doer, exclude=subjects) if a not in subjects]
            if found:
                return found
        return []

    def proposers(self, verb: Token, subjects: list[int]) -> list[int]:
        """ "Russia offered a ceasefire, but Ukraine rejected it", "Germany proposed a treaty,
        which France welcomed": a verdict on a thing another clause says someone put forward
        judges the one who put it forward."""
        earlier = _clause_of_the_judged_thing(verb)
        if earlier is None:
            return []
        return [a for a in self.subjects(earlier) if a not in subjects]

    def destinations(self, noun: Token) -> list[int]:
        """ "a three-day visit that took him from Shanghai to Beijing": where the clause on a
        visit says it went."""
        for clause in (c for c in noun.children if c.dep_ in {"relcl", "acl"}):
            found = self.sides(clause, {"to"}, least=1)
            if found:
                return found
        return []

    def next_stops(self, verb: Token, stops: list[int]) -> list[int]:
        """Places named after "before" / "after" on a verb of travel, as its other stops."""
        found: list[int] = []
        for prep in verb.children:
            if prep.dep_ == "prep" and prep.lower_ in {"before", "after"}:
                for place in (c for c in prep.children if c.dep_ == "pobj"):
                    if place.ent_type_ == "GPE":
                        found += self.actors.actors(place, exclude=stops)
        return [a for a in dict.fromkeys(found) if a not in stops]

    def objects_targets(
        self,
        objects: list[Token],
        subjects: list[int],
        exclude: list[int],
        objects_named: bool,
        physical: bool,
    ) -> list[int]:
        for dobj in objects:
            found = self._owner(dobj, subjects, physical) if not objects_named else []
            if found:
                return found
            for prep in dobj.children:
                if is_topic(dobj, prep):
                    # "suspended talks on joining the EU": a counterpart inside the topic
                    found = self._gerund_object(prep, physical, exclude)
                    if found:
                        return found
                    continue
                if victim_of_an_attack(dobj, prep, physical):
                    continue  # "endorsed the invasion of Ukraine": the invader is endorsed
                if prep.dep_ == "prep" and (
                    prep.lower_ in OBJECT_PREPS
                    or (prep.lower_ == "in" and is_stake(dobj))
                    # "a ceasefire in Ukraine": the side the war is with
                    or (prep.lower_ == "in" and dobj.lemma_.lower() in TRUCE_NOUNS)
                    # "approved an extradition request from the US": who made it
                    or (prep.lower_ == "from" and dobj.lemma_.lower() in PROPOSAL_NOUNS)
                    # "hit an apartment building in Tel Aviv": where a blow lands is its target
                    or (prep.lower_ == "in" and physical and objects_named)
                    or (prep.lower_ == "of" and dobj.lemma_.lower() in CONTAINER_NOUNS)
                    or (prep.lower_ == "of" and matching_rule(dobj, "NOUN") is not None)
                    # "opposed violations by China", "rejected a proposal by Italy": the doer
                    or (prep.lower_ == "by" and not physical)
                ):
                    found = self._pobj_actors(prep, physical, exclude) or self._gerund_object(
                        prep, physical, exclude
                    )
                    if found:
                        return found
            found = self._owner(dobj, subjects, physical)
            if found:
                return found
        return []

    def _gerund_object(self, prep: Token, physical: bool, exclude: list[int]) -> list[int]:
        """ "suspended talks on joining the EU": the object of the gerund."""
        for pcomp in (c for c in prep.children if c.dep_ == "pcomp"):
            for dobj in (c for c in pcomp.children if c.dep_ == "dobj"):
                found = self.actors.actors(dobj, exclude=exclude, physical=physical)
                return [a for a in found if a not in exclude]
        return []

    def _included(self, token: Token, exclude: list[int], physical: bool) -> list[int]:
        """ "... on Russia and any country doing business with it, including China"."""
        found: list[int] = []
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "including":
                found += self._pobj_actors(child, physical, exclude)
        return found

    def located_people(self, token: Token) -> list[int]:
        """ "thousands protested in the Georgian capital": the people of that place."""
        verb = token
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "across", "outside"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = self.actors.actors(pobj)
                        if found:
                            return found[:1]
        return []

    def clause_subject_of(self, noun: Token, subjects: list[int]) -> list[int]:
        """The subject of the clause a noun sits in, other than the noun's own actors."""
        current = noun
        for _ in range(MAX_CLIMB):
            if current.dep_ in {"nsubj", "nsubjpass"} or current.head.i == current.i:
                return []
            current = current.head
            if part_of_speech(current) == "VERB" or current.pos_ == "AUX":
                found = [
                    a
                    for child in current.children
                    if child.dep_ in {"nsubj", "nsubjpass"}
                    for a in self.actors.actors(child, exclude=subjects)
                ]
                return [a for a in found if a not in subjects]
        return []

    def clause_subject_targets(self, verb: Token, subjects: list[int]) -> list[int]:
        """ "warned that Russia would be in trouble": the subject of the reported clause."""
        for child in verb.children:
            if child.dep_ == "ccomp":
                for grandchild in child.children:
                    if grandchild.dep_ in {"nsubj", "nsubjpass"} and grandchild.pos_ != "PRON":
                        return [
                            a
                            for a in self.actors.actors(grandchild, exclude=subjects)
                            if a not in subjects
                        ]
        return []

    def _first(self, tokens: list[Token], exclude: list[int], physical: bool) -> list[int]:
        for token in tokens:
            found = [
                a
                for a in self.actors.actors(token, exclude=exclude, physical=physical)
                if a not in exclude
            ]
            if found:
                return found
            for prep in token.children:  # "members of the SCO"
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    found = self._pobj_actors(prep, physical, exclude)
                    if found:
                        return found
        return []

    def _owner(self, dobj: Token, subjects: list[int], physical: bool) -> list[int]:
        """ "endorsed Putin's stance" -> Putin; not "deepen China's support" by China's own leader."""
        if stands_apart_from_owner(dobj, physical):
            return []
        context = self.actors.context
        own = {context.affiliation_of(s) for s in subjects}
        own |= {context.mentions[s].text for s in subjects}
        for owner in owners(dobj):
            found = [
                a
                for a in self.actors.actors(owner, exclude=subjects, physical=physical)
                if a not in subjects and self.actors.context.mentions[a].text not in own
            ]
            if found:
                return found
        return []

    def named(self, token: Token, subjects: list[int]) -> list[int]:
        """The actors a token names, a social-media handle ("@MattBevin") included: the
        person of the article whose name it spells."""
        found = self.actors.actors(token, exclude=subjects)
        if not found and token.text.startswith("@"):
            handle = token.text[1:].casefold()
            mentions = self.actors.context.mentions
            found = [
                i
                for i, m in enumerate(mentions)
                if m.type == "PERSON" and "".join(m.text.split()).casefold() == handle
            ][:1]
        return [a for a in found if a not in subjects]

    def _listed_after_apposition(
        self, noun: Token, physical: bool, exclude: list[int]
    ) -> list[int]:
        """ "by the trade secretary, Jonathan Reynolds, and India's commerce minister, Piyush
        Goyal": the parser hangs the second of a list of described names off the first name's
        apposition, where the noun's own conjuncts are not looked for."""
        found: list[int] = []
        for apposition in (c for c in noun.children if c.dep_ == "appos"):
            for part in conjuncts(apposition):
                found += self.actors.actors(part, exclude=exclude, physical=physical)
        return [a for a in dict.fromkeys(found) if a not in exclude]

    def _names_after(self, noun: Token, physical: bool, exclude: list[int]) -> list[int]:
        found: list[int] = []
        for name in trailing_names(noun):
            found += self.actors.actors(name, exclude=exclude, physical=physical)
        return [a for a in dict.fromkeys(found) if a not in exclude]

    def _pobj_actors(self, prep: Token, physical: bool, exclude: list[int] = ()) -> list[int]:
        # a noun phrase split at a hyphen ("against WikiLeaks co-founder Julian Assange")
        # leaves several objects: the last is its head
        for pobj in reversed([c for c in prep.children if c.dep_ == "pobj"]):
            found = [
                a
                for a in self.actors.actors(pobj, exclude=exclude, physical=physical)
                if a not in exclude
            ]
            if found:
                return found + self._listed_after_apposition(pobj, physical, [*exclude, *found])
            found = self._names_after(pobj, physical, exclude)
            if found:
                return found
            # "members of the SCO", "talks between Moscow and Kyiv", "cities including Kyiv",
            # "executives from AT&T"
            inner = {"of", "between", "including"}
            if pobj.lemma_.lower() in CONTAINER_NOUNS:
                inner.add("from")
            if pobj.lemma_.lower() in ACCUSATION_NOUNS:
                inner.add("against")  # "an investigation into allegations against Assange"
            for inner_prep in pobj.children:
                if inner_prep.dep_ == "prep" and inner_prep.lower_ in inner:
                    found = self._pobj_actors(inner_prep, physical, exclude)
                    if found:
                        return found
        return []


def _clause_of_the_judged_thing(verb: Token) -> Token | None:
    """The verb whose object a verdict is on: the clause before "but/and ... rejected it",
    or the verb whose object a "which" clause judges."""
    if verb.dep_ == "conj":
        if not any(c.dep_ == "dobj" and c.lower_ in JUDGED_PRONOUNS for c in verb.children):
            return None
        earlier = verb.head
        if earlier.dep_ == "relcl" and earlier.head.dep_ == "dobj":
            # "put forward a plan that called for a ceasefire, but Ukraine rejected it"
            earlier = earlier.head.head
        things = [c for c in earlier.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        return earlier if things and part_of_speech(earlier) == "VERB" else None
    if verb.dep_ == "relcl" and verb.head.dep_ == "dobj" and verb.head.pos_ == "NOUN":
        gap = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in RELATIVE_WORDS]
        earlier = verb.head.head
        return earlier if gap and part_of_speech(earlier) == "VERB" else None
    return None


def _names_no_listener(token: Token) -> bool:
    return _is_press(token) or _own_circle(token)


def _is_press(token: Token) -> bool:
    """A statement to a news outlet or a journalist is not made to a party of the news:
    "told US media", "tells The Hollywood Reporter", "told Spin magazine", "told VOA
    correspondent Carla Babb", "told Recode editor Kara Swisher", "told the FT's James
    Politi"."""
    titles = [c for c in token.children if c.dep_ in {"compound", "appos", "poss"}]
    titles += [
        g for t in titles if t.dep_ == "compound" for g in t.children if g.dep_ == "compound"
    ]
    name = " ".join(t.text for t in token.lefts if t.dep_ == "compound") + " " + token.text
    return gazetteer.is_news_outlet(name) or any(
        t.lemma_.lower() in PRESS_NOUNS or gazetteer.is_news_outlet(t.text)
        for t in (token, *titles)
    )


def _own_circle(token: Token) -> bool:
    """ "told some of his friends", "telling my kids": people of the speaker's own circle,
    owned by a pronoun and in the plural, are no named party (unlike "his counterpart")."""
    groups = [token, *(g for c in token.children if c.lower_ == "of" for g in c.children)]
    return any(
        group.tag_ == "NNS" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in group.children)
        for group in groups
    )


def _clause_of_finite_conjunct(verb: Token) -> Token | None:
    """ "they exchanged handshakes in a hall adorned with flags and referred to one another
    as friend": a finite verb the parser joined to a participle modifier is the clause's
    second verb; it shares the subject of the verb the modified noun hangs from."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or head.dep_ != "acl":
        return None
    if head.tag_ != "VBN":
        return None
    return governing_verb(head.head)
