"""Whom an action is aimed at (an event's second actor), read off the trigger's clause.

What the trigger itself names comes first: a target it was recoded with, the addressee of
a statement (for a reply naming none, the latest speaker: ``replies``), the buyer of a
named thing sold ("sold Osram to Philips"), the source of what is sought ("sought
Assange's extradition from the UK"), then the verb's objects
(``arguments.targets``); the sides a "between" phrase names are each other's, no one's
target. When the clause names no one, the fallbacks news uses, in order: the verb that
governs an event noun ("repeated his invitation to Xi"), a participle's objects, a
symmetric act's setting, a visit's destination, the phrase a rule asks for ("testified
before the committee", "lashed out at Trump"), whom an investigation is about, the
investigators a party cooperates with, whoever asked for what is given or has a share of it
set aside, whom a verdict judges, for a question naming no one the next speaker
(``replies``), and the subject of a reported clause. Places are no targets except of force
and visits (a region listed with countries is a party); a company in the title of a person
named beside it describes him; in a deal, a named thing of another party stands for that
party, and a deal names its party in its infinitive or its from-phrase (``deal_parties``);
what is discussed is a topic, not a counterpart, and talks one joins someone for are with
that someone (``consult_parties``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsetl.nlp.arguments import Arguments
from newsetl.nlp.consult_parties import (
    discussed_topics,
    discussed_with,
    is_topic_verb,
    joined_for,
)
from newsetl.nlp.context import ArticleContext
from newsetl.nlp.deal_parties import deal_counterparts
from newsetl.nlp.lexicon import Rule
from newsetl.nlp.matching import NAMED_OBJECT, matching_rule, part_of_speech
from newsetl.nlp.replies import addressed
from newsetl.nlp.threat_conditions import condition_subjects
from newsetl.nlp.triggers import MATERIAL_COOPERATION_ROOT, Trigger

SYMMETRIC_ROOTS = frozenset({"03", "04", "05", "06"})
VISIT_CODE = "042"
TRAVEL_ROOT = "04"
INVESTIGATE_ROOT = "09"
# agreements and material deals, whose infinitive can name the other party
_DEAL_ROOTS = frozenset({"05", "06"})
THREAT_ROOT = "13"
# appeals and demands, which ask something of another party
ASKING_ROOTS = frozenset({"02", "10"})
VISITS = frozenset({"visit", "arrive", "travel", "fly", "trip"})
# Roots of a verdict on what someone did: approval, disapproval, rejection
VERDICT_ROOTS = frozenset({"05", "11", "12"})
# Roots whose target can be the subject of the reported clause ("alleged that Noel ...").
REPORTED_TARGET_ROOTS = frozenset({"02", "10", "11"})
# what a verb with an adverb particle is aimed at ("lashed out at", "hit back against")
_AIMING_PREPS = {"at", "against", "on"}
# "arrived in Moscow": in a rule of travel these particles name where, and a visit's place
# is handled apart; not "at", which a rule asks for to name whom the act is aimed at
# ("swung at", "marveled at")
_PLACE_PARTICLES = frozenset({"in", "to", "into", "on", "over", "under"})
# cooperating without saying with whom: with whoever investigates, if the sentence names them
_COOPERATING = frozenset({"cooperate"})
# what is given goes to whoever asked for it (material cooperation and aid) ...
_GIVING_ROOTS = frozenset({"06", "07"})
_ASKING = frozenset({"request", "ask", "seek", "want", "demand"})
# ... or whom a package or bill sets a share aside for: "includes $61bn for Ukraine"
_EARMARKING = frozenset({"include", "contain", "provide", "allocate", "earmark"})
# what investigators send to whom they investigate
_DEMANDS_FOR_EVIDENCE = frozenset({"subpoena", "summons"})


class TargetFinder:
    def __init__(self, arguments: Arguments, context: ArticleContext) -> None:
        self.arguments = arguments
        self.context = context

    def of(self, trigger: Trigger, subjects: list[int], physical: bool) -> list[int]:
        """Whom the action of ``trigger`` is aimed at; never one of ``subjects``."""
        if trigger.target is not None:
            return self.arguments.named(trigger.target, subjects)
        if trigger.rule.frame == "speech":
            return self.arguments.addressees(trigger.token, subjects) or addressed(
                trigger.token, self.context.quotations, self.arguments.actors.actors, subjects
            )
        named = bool((trigger.action_rule or trigger.rule).objects)
        if part_of_speech(trigger.token) == "NOUN" and self.arguments.sides(
            trigger.token, {"between"}
        ):
            return []  # "conversations between him, Sondland and others": the sides are both
        if _hands_over_a_name(trigger.rule) and trigger.action.i == trigger.token.i:
            # "sold Osram to Philips": the name changes hands, the phrase names the buyer
            buyers = self.arguments.sides(trigger.action, {trigger.rule.particle}, least=1)
            if buyers:
                return [b for b in buyers if b not in subjects]
        if trigger.rule.particle == "from" and trigger.action.i == trigger.token.i:
            # "sought Assange's extradition from the UK": the source, not the owner
            sources = self.arguments.object_sources(trigger.action)
            if sources:
                return [s for s in sources if s not in subjects]
        targets = self.arguments.targets(
            trigger.action,
            subjects,
            objects_named=named,
            physical=physical,
            symmetric=trigger.code[:2] in SYMMETRIC_ROOTS,
        )
        if is_topic_verb(trigger.action):
            # "discussed Ukraine with Scholz", "Macron and Scholz discussed Ukraine": the topic
            topics = discussed_topics(self.arguments, trigger.action)
            targets = [t for t in targets if t not in topics] or discussed_with(
                self.arguments, trigger.action, subjects
            )
        if (
            not targets
            and trigger.action.dep_ == "dobj"
            and part_of_speech(trigger.action) == "NOUN"
        ):
            # "repeated his invitation to Xi"
            targets = self.arguments.targets(
                trigger.action.head, subjects, objects_named=True, physical=physical
            )
        if not targets and trigger.code[:2] in _DEAL_ROOTS:
            # "finalized a deal to purchase 30 of Boeing's jets": with whom it deals
            targets = deal_counterparts(self.arguments, trigger.action, subjects)
        if not targets:
            targets = self.arguments.participle_targets(trigger.action, subjects, physical)
        if not targets and trigger.code[:2] in SYMMETRIC_ROOTS:
            targets = self.arguments.setting_counterparts(trigger.action)
        if not targets and trigger.code.startswith(TRAVEL_ROOT):
            targets = joined_for(
                self.arguments, trigger.action, subjects
            )  # "joined Scholz for talks"
        if not targets and trigger.code == VISIT_CODE:
            targets = self.arguments.destinations(trigger.action)
        if targets and trigger.rule.lemma in VISITS:
            # "visiting Nevada and Iowa before South Carolina": the next stop of the tour
            targets = targets + self.arguments.next_stops(trigger.action, targets)
        if not targets and trigger.action.i != trigger.token.i:
            targets = self.arguments.targets(
                trigger.token, subjects, objects_named=named, physical=physical
            )
        if not targets and _particle_names_other_side(trigger.rule):
            # "bought oil from Russia", "testified before the committee", "called on China
            # to", "invested in WeWork": the phrase the rule asks for names the other side
            targets = self.arguments.sides(trigger.action, {trigger.rule.particle}, least=1)
            if not targets and _adverb_particle(trigger.action, trigger.rule.particle):
                # "lashed out at Trump", "hit out at Corbyn": the phrase after the particle
                targets = self.arguments.sides(trigger.action, _AIMING_PREPS, least=1)
        if not targets and is_investigation_noun(trigger):
            # "WeWork is the subject of an SEC investigation": who the clause is about
            targets = self.arguments.clause_subject_of(trigger.action, subjects)
        if not targets and trigger.rule.lemma in _COOPERATING:
            # "received a subpoena from the SEC and is cooperating": with the investigators
            targets = self._investigators(trigger.action.sent, subjects)
        if not targets and trigger.code[:2] in _GIVING_ROOTS:
            # "provided the money NASA requested", "a package that includes $61bn for Ukraine"
            targets = self._recipients_in_object_clause(trigger.action, subjects)
        if not targets and trigger.code[:2] in VERDICT_ROOTS:
            targets = self._judged(trigger.action, subjects)
        if not targets:
            # '"What is the plan?" Ortiz asked': the one who answers
            targets = addressed(
                trigger.token, self.context.quotations, self.arguments.actors.actors, subjects
            )
        reported = trigger.frame == "threat" or trigger.code[:2] in REPORTED_TARGET_ROOTS
        if not targets and reported and trigger.action.i == trigger.token.i:
            targets = self.arguments.clause_subject_targets(trigger.token, subjects)
            if trigger.code[:2] in ASKING_ROOTS and self._own_side(targets, subjects):
                targets = []  # "Tim Cook said Apple must keep innovating": no one else is asked
        targets = self._kept(targets, trigger, subjects, physical)
        if trigger.frame == "threat" or trigger.code[:2] == THREAT_ROOT:
            # "warned that Washington would act if Beijing did not": whom the condition names,
            # where the threatening clause names no one else
            conditioned = [
                a for s in condition_subjects(trigger.token) for a in self.arguments.named(s, [])
            ]
            conditioned = self._kept(conditioned, trigger, subjects, physical)
            if conditioned and self._own_side(targets, subjects):
                targets = conditioned
        if trigger.code[:2] == MATERIAL_COOPERATION_ROOT:
            targets = self._makers(trigger.action.sent, targets, subjects)
        return targets

    def _kept(
        self, targets: list[int], trigger: Trigger, subjects: list[int], physical: bool
    ) -> list[int]:
        # a visit's place is where it went ("a trip to Walter Reed hospital")
        places_count = physical or trigger.code == VISIT_CODE
        targets = [
            t
            for t in targets
            if t not in subjects
            and (places_count or not self.is_place(t) or self._region_among_countries(t, targets))
        ]
        return self._without_employers_of(targets)

    def _own_side(self, targets: list[int], subjects: list[int]) -> bool:
        """No target, or only the subjects' own country ("Blinken warned that Washington ...")."""
        own = {self.context.affiliation_of(s) for s in subjects}
        return all(self.context.mentions[t].text in own for t in targets)

    def _makers(self, sentence: Span, targets: list[int], subjects: list[int]) -> list[int]:
        """ "NASA recruited SpaceX's Starship": a named thing of another party stands for that
        party in a deal; one's own ("its lander") stays itself."""
        found: list[int] = []
        for target in targets:
            for maker in self._owners_of_name(sentence, target) or [target]:
                if maker not in found and maker not in subjects:
                    found.append(maker)
        return found

    def _owners_of_name(self, sentence: Span, mention: int) -> list[int]:
        for token in sentence:
            if self.context.mention_of(token) != mention:
                continue
            owners = [c for c in token.children if c.dep_ == "poss" and c.tag_ != "PRP$"]
            if owners:
                return self.arguments.actors.actors(owners[0])
        return []

    def _recipients_in_object_clause(self, verb: Token, subjects: list[int]) -> list[int]:
        """Who gets what a verb gives, named in a clause on its object: who asked for it ("the
        money NASA requested", "the weapons Ukraine asked for") or whom a share of it is set
        aside for ("a package that includes $61bn for Ukraine")."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for clause in (c for o in objects for c in o.children if c.dep_ == "relcl"):
            lemma = clause.lemma_.lower()
            if lemma in _ASKING:
                named = [c for c in clause.children if c.dep_ == "nsubj"]
            elif lemma in _EARMARKING:
                named = [c for c in clause.children if c.dep_ == "dobj"]
            else:
                continue
            for part in named:
                found = self.arguments.actors.actors(part, exclude=subjects)
                if lemma in _EARMARKING:
                    found = self.arguments.sides(part, {"for", "to"}, least=1)
                return [f for f in found if f not in subjects]
        return []

    def _investigators(self, sentence: Span, subjects: list[int]) -> list[int]:
        """Who carries out an investigation the sentence names: its own agent ("the FBI
        investigation", "an inquiry by the SEC") or whom it came from ("received an inquiry
        from the attorney general")."""
        for token in sentence:
            if not _names_an_investigation(token):
                continue
            holders = [token, token.head] if token.dep_ == "dobj" else [token]
            found = self.arguments.own_agents(token) or next(
                (f for h in holders if (f := self.arguments.sides(h, {"from"}, least=1))), []
            )
            found = [f for f in found if f not in subjects]
            if found:
                return found
        return []

    def _judged(self, verdict: Token, subjects: list[int]) -> list[int]:
        """Whom a verdict without an object of its own judges: whom what the speaker named is
        of ("condemned what he called Israeli aggression"), the doer of the act it sums up
        ("..., a decision criticised by Ukraine"), or who put forward the thing it is on
        ("Russia offered a ceasefire, but Ukraine rejected it")."""
        return (
            self.arguments.called_targets(verdict, subjects)
            or self.arguments.summed_up_doers(verdict, subjects)
            or self.arguments.proposers(verdict, subjects)
        )

    def _without_employers_of(self, targets: list[int]) -> list[int]:
        """ "a chat with Salesforce founder and co-CEO Marc Benioff": the company in the title
        of a person named beside it describes him; it is not a second party."""
        mentions = self.context.mentions
        employers = {
            self.context.affiliation_of(t) for t in targets if mentions[t].type == "PERSON"
        }
        return [
            t for t in targets if mentions[t].type == "PERSON" or mentions[t].text not in employers
        ]

    def is_place(self, mention: int) -> bool:
        """Squares, halls and regions are where things happen; they do not act or get met."""
        return self.context.mentions[mention].type in {"FAC", "LOC"}

    def _region_among_countries(self, mention: int, targets: list[int]) -> bool:
        """ "trade talks with partners including Europe, Japan and Canada": a region listed
        with the countries an act is aimed at is one of the parties, not a place."""
        return self.context.mentions[mention].type == "LOC" and any(
            self.context.mentions[t].type == "GPE" for t in targets
        )


def is_investigation_noun(trigger: Trigger) -> bool:
    return trigger.code[:2] == INVESTIGATE_ROOT and part_of_speech(trigger.action) == "NOUN"


def _particle_names_other_side(rule: Rule) -> bool:
    """The phrase a rule asks for names whom the act is aimed at, except where a rule of
    travel asks for it: "arrived in Moscow" names where, and a visit's place is read apart."""
    if not rule.particle:
        return False
    return rule.particle not in _PLACE_PARTICLES or not rule.code.startswith(TRAVEL_ROOT)


def _hands_over_a_name(rule: Rule) -> bool:
    """A verb rule asking for both a named object and a phrase: the object is what changes
    hands, the phrase whom it goes to."""
    return rule.pos == "VERB" and NAMED_OBJECT in rule.objects and _particle_names_other_side(rule)


def _adverb_particle(verb: Token, particle: str) -> bool:
    return any(child.dep_ == "prt" and child.lower_ == particle for child in verb.children)


def _names_an_investigation(token: Token) -> bool:
    if part_of_speech(token) != "NOUN":
        return False
    if token.lemma_.lower() in _DEMANDS_FOR_EVIDENCE:
        return True
    rule = matching_rule(token, "NOUN")
    return rule is not None and rule.code[:2] == INVESTIGATE_ROOT
