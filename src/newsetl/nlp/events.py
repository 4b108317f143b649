"""The CAMEO coder: who did what to whom, where and when, read off the dependency parse.

For each trigger of a sentence (``triggers``: the words that report an action,
with their CAMEO code), actors come from ``arguments`` (subject, target), the
place from ``places``, the date from ``when``, the modality from ``modality``;
guesses ("could sign", "is likely to deploy") are dropped.

Conjoined subjects without another target are each other's counterpart
("Xi and Putin signed" -> Xi, Putin); with a target, each subject is one event
("Putin and Xi condemned the US" -> two events). Actions aimed at someone
(appeals, consultations, cooperation, aid, demands, criticism, rejection, threats,
sanctions, withdrawals, releases of people, force) are coded only when that someone is
named (``targets`` reads whom); a relation noun ("Siemens's partnership with Alstom") is
coded only when its phrase names both sides (``relation_nouns``); a visit without a named
host takes the place visited; one team playing at another's ground is a game, not a visit. An event noun in what a copula
says a definite subject is refers back to it (``back_references``); a trigger word in a
sense that is no event (``other_senses``) is dropped. An attack takes place where it hit
and a visit where it went ("strikes on Kharkiv", "flew to Beijing"), what a trip was made
for where the trip went, other events where their phrase says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from newsetl.models import NOT_YET_DONE, DatePrecision, Modality
from newsetl.nlp import gazetteer
from newsetl.nlp.actors import ActorFinder
from newsetl.nlp.arguments import Arguments
from newsetl.nlp.back_references import describes_a_definite_subject
from newsetl.nlp.cameo_frames import threat_code
from newsetl.nlp.clause_shapes import is_passive
from newsetl.nlp.context import ArticleContext
from newsetl.nlp.lexicon import Rule
from newsetl.nlp.matching import part_of_speech
from newsetl.nlp.modality import is_made_possible, is_speculative, modality_of
from newsetl.nlp.other_senses import (
    is_budget_request,
    is_market_rally,
    names_a_hazard,
    provides_only_information,
)
from newsetl.nlp.places import place_of, purpose_place, target_place
from newsetl.nlp.relation_nouns import is_relation_row, relation_parties
from newsetl.nlp.syntax import has_to_infinitive
from newsetl.nlp.targets import (
    SYMMETRIC_ROOTS,
    THREAT_ROOT,
    TRAVEL_ROOT,
    VISIT_CODE,
    VISITS,
    TargetFinder,
    is_investigation_noun,
)
from newsetl.nlp.triggers import (
    PHYSICAL_ROOTS,
    REFUSAL_FRAME,
    Trigger,
    find_triggers,
)
from newsetl.nlp.when import DateFinder

_FORCE_ROOTS = frozenset({"18", "19", "20"})
_MEETING_ROOT = "04"
# sanctions, coercion and force: promised under a condition, they are a threat
COERCIVE_ROOTS = frozenset({"16", "17", "18", "19", "20"})
# Roots whose actions are aimed at someone: without a named target, no event.
TARGETED_ROOTS = frozenset(
    {
        "02",
        "03",
        "04",
        "05",
        "06",
        "07",
        "09",
        "10",
        "11",
        "12",
        "13",
        "15",
        "16",
        "17",
        "18",
        "19",
        "20",
    }
)
# Codes aimed at someone within an untargeted root: a release of people is of them
TARGETED_CODES = frozenset({"0841"})
# Cooperation given to someone (praise, verbal support, recognition, apology, forgiveness)
DIRECTED_CODES = frozenset({"051", "052", "053", "054", "055", "056"})
# "praised their partnership", "hailed the mutual trust": what the subjects share
SHARED_OWNERS = frozenset({"their", "our", "mutual", "bilateral", "joint"})
YIELD_ROOT = "08"
# what is brought against someone (giving it up yields to them)
_LEGAL_ACTIONS = frozenset({"investigation", "probe", "inquiry", "case", "charges", "prosecution"})
PERSONAL_ASSAULT = "182"
VERBAL_ATTACK = "111"
PROTEST_ROOT = "14"
SHOW_OF_FORCE = "150"
# An army in the streets shows force; it does not protest.
_ARMED_FORCE_WORDS = frozenset({"army", "military", "troop", "navy", "force"})  # lemmas
_SPEAKING = frozenset({"talk", "speak"})
# what a protest verb does not take: "demonstrated its power", passives ("as demonstrated by")
_OTHER_SENSE_DEPS = frozenset({"dobj", "xcomp", "ccomp", "auxpass", "nsubjpass", "agent"})
_ARMS = gazetteer.WEAPON_NOUNS | {"weapon", "system", "shield", "arsenal", "warhead"}
_AERIAL_SUBJECTS = frozenset(
    {"jet", "warplane", "aircraft", "plane", "drone", "bomber", "helicopter", "missile", "air"}
)


@dataclass(slots=True)
class CodedEvent:
    sentence_index: int
    code: str
    actor1: int | None  # mention indices into the article's mentions
    actor2: int | None
    place: int | None
    event_date: date | None
    date_precision: DatePrecision
    modality: Modality
    needs_target: bool = False  # dropped if actor 2 turns out to be actor 1 once resolved


class EventCoder:
    def __init__(self, context: ArticleContext) -> None:
        self.context = context
        self.arguments = Arguments(ActorFinder(context))
        self.targets = TargetFinder(self.arguments, context)
        self.dates = DateFinder(context)

    def code_sentence(self, sentence: Span, sentence_index: int) -> list[CodedEvent]:
        events: list[CodedEvent] = []
        seen: set[tuple[str, frozenset[int]]] = set()
        for trigger in find_triggers(sentence):
            for event in self._events(trigger, sentence_index):
                key = (event.code[:2], frozenset(filter(None, (event.actor1, event.actor2))))
                if key not in seen:
                    seen.add(key)
                    events.append(event)
        return events

    def _events(self, trigger: Trigger, sentence_index: int) -> list[CodedEvent]:
        if _bare_inquiry(trigger) or _inquiry_as_topic(trigger):
            # "an SEC investigation", "under investigation by the FBI", "referred to
            # investigations into the Bidens": only its own agent
            subjects = self.arguments.own_agents(trigger.token)
        elif trigger.doer is not None:
            subjects = self.arguments.named(trigger.doer, [])
        elif is_relation_row(trigger.rule):
            # "Siemens's partnership with Alstom": only when its phrase names both sides
            subjects = relation_parties(self.arguments, trigger.token)
        else:
            subjects = self.arguments.subjects(trigger.token)
        subjects = [s for s in subjects if not self.targets.is_place(s)]
        if trigger.code[:2] in _FORCE_ROOTS:
            subjects = [
                s for s in subjects if not self._is_sports_team(s) and not self._is_hazard(s)
            ]
        protest_noun = trigger.code.startswith("14") and part_of_speech(trigger.token) == "NOUN"
        if protest_noun and not _held_by_clause_subject(trigger.token):
            # "police threatened ... as the protests escalated": not the protesters
            subjects = self.arguments.own_agents(trigger.token)
        if protest_noun:
            subjects = [s for s in subjects if not self._names_place_of(s, trigger.token)]
        if not subjects and trigger.code.startswith("14") and not protest_noun:
            # "thousands protested in Tbilisi"; not "protests in Bolivia", which says where
            subjects = self.arguments.located_people(trigger.token)
        if (
            not subjects
            and trigger.code[:2] in SYMMETRIC_ROOTS
            and part_of_speech(trigger.token) == "NOUN"
        ):
            subjects = self.arguments.sides(trigger.token, {"of"})  # "merger of A and B"
        if not subjects and _signed_to(trigger):
            # "Steenburgen was signed to Universal": the label signed her
            subjects = self.arguments.sides(trigger.action, {"to"}, least=1)
        if not subjects:
            return []
        code = _refine(trigger)
        if code is None or _spoken_of(trigger) or describes_a_definite_subject(trigger):
            return []
        if code[:2] == PROTEST_ROOT and _done_by_armed_forces(trigger.action):
            code = SHOW_OF_FORCE  # "the People's Liberation Army took to the city's streets"
        root = code[:2]
        physical = root in PHYSICAL_ROOTS
        targets = self.targets.of(trigger, subjects, physical)
        if _received_from(trigger.rule) and targets:
            subjects, targets = targets, subjects  # "Ukraine received weapons from Germany"
        place = place_of(self.context, trigger.action)
        if (
            not targets
            and code.startswith("04")
            and place is not None
            and trigger.rule.lemma in VISITS
            and not self._is_facility(place)
        ):
            targets = self._visited(place, trigger.action)
        if trigger.rule.frame == "speech" or trigger.rule.lemma in _SPEAKING:
            # "told The Hill", "talked to the BBC": an interview, not an addressee
            targets = [t for t in targets if not self._is_news_outlet(t)]
        if trigger.rule.frame == "speech" and not targets:
            return []
        reciprocal = trigger.rule.lemma in _RECIPROCAL or _each_other(trigger.action)
        if reciprocal and not targets and len(subjects) < 2:
            return []  # "the Taliban swapped two hostages": a swap with one side is half an event
        joint = _joint(code, trigger.action) or reciprocal
        if not targets and _needs_target(code) and not (joint and len(subjects) > 1):
            return []
        if not targets and _drops_a_legal_action(trigger):
            return []  # "the move to drop the investigation": a yield to nobody named
        refusal = trigger.frame == REFUSAL_FRAME  # the refusal happened, not the refused act
        clause = _clause_verb(trigger.token if refusal else trigger.action)
        frame = "threat" if root == "13" else None if refusal else trigger.frame
        if (frame is None and is_speculative(clause)) or is_made_possible(trigger.action):
            return []
        modality = "asserted" if trigger.presupposed else modality_of(clause, frame)
        if modality == "conditional" and root in COERCIVE_ROOTS:
            # "would raise tariffs on China if no deal is reached": a threat
            code, modality = threat_code(code), "threatened"
        future = modality in NOT_YET_DONE
        when = self.dates.date_of(trigger.action, future=future)
        if when is None and trigger.action.i != trigger.token.i:
            when = self.dates.date_of(trigger.token, future=future)
        events = []
        for actor1, actor2 in _pairs(subjects, targets, joint):
            between = self._between_people(trigger, code, actor1, actor2)
            if between is None or self._fixture(code, actor1, actor2):
                continue
            events.append(
                CodedEvent(
                    sentence_index=sentence_index,
                    code=between,
                    actor1=actor1,
                    actor2=actor2,
                    place=self._where(trigger, code, actor2, place),
                    event_date=when[0] if when else None,
                    date_precision=when[1] if when else "unknown",
                    modality=modality,
                    needs_target=_needs_target(code) or trigger.rule.frame == "speech",
                )
            )
        return events

    def _where(
        self, trigger: Trigger, code: str, target: int | None, place: int | None
    ) -> int | None:
        """Where one event took place: an attack where it hit, a visit where it went, else
        the place its phrase names, else where the trip it was made on went. A win is not
        an attack on the loser's land ("defeated Nazi Germany")."""
        attack = code[:2] in _FORCE_ROOTS and trigger.rule.lemma not in _CONTESTS
        if target is not None and (attack or _is_visit(trigger, code)):
            hit_or_visited = target_place(self.context, target, place)
            if hit_or_visited is not None:
                return hit_or_visited
        if place is not None:
            return place
        return purpose_place(self.context, trigger.action)

    def _between_people(
        self, trigger: Trigger, code: str, actor1: int, actor2: int | None
    ) -> str | None:
        """Military force (19x) is not something one person uses on another: "Johnson
        attacked Corbyn" is criticism (111), a contest won ("Lopez defeated Rublev", an
        election) no event, any other blow an assault (182). Working with someone is
        cooperation between bodies ("the police worked with the FBI"); between two people it
        is a working relationship ("has worked with the producer"), no event."""
        if actor2 is None:
            return code
        if {self.context.kind_of(actor1), self.context.kind_of(actor2)} != {"PERSON"}:
            return code
        if trigger.action.lemma_.lower() in _WORKING_TOGETHER:
            return None
        if not code.startswith("19"):
            return code
        lemma = trigger.action.lemma_.lower()
        if lemma in _CONTESTS:
            return None
        return VERBAL_ATTACK if lemma == "attack" else PERSONAL_ASSAULT

    def _is_news_outlet(self, mention: int) -> bool:
        found = self.context.mentions[mention]
        return found.type == "ORG" and gazetteer.is_news_outlet(found.text)

    def _fixture(self, code: str, actor1: int, actor2: int | None) -> bool:
        """ "The Lakers visit the Thunder on Friday": one team playing at another's ground
        is a game, not a visit or a meeting."""
        if not code.startswith(_MEETING_ROOT) or actor2 is None:
            return False
        return self._is_sports_team(actor1) and self._is_sports_team(actor2)

    def _is_sports_team(self, mention: int) -> bool:
        """ "Winnipeg defeated Nashville": a team beats another in a game, not a fight."""
        return self.context.mentions[mention].sports_team

    def _is_hazard(self, mention: int) -> bool:
        return names_a_hazard(self.context.mentions[mention].text)

    def _is_facility(self, mention: int) -> bool:
        """ "greeted in Tiananmen Square on his first foreign trip": a square or hall where
        the visitor was is not whom the trip visited."""
        return self.context.mentions[mention].type == "FAC"

    def _names_place_of(self, mention: int, noun: Token) -> bool:
        """ "Hong Kong protests", "Indiana's biggest protest": a place named before a protest
        noun is where, not who."""
        found = self.context.mentions[mention]
        return (
            not found.synthetic
            and found.type == "GPE"
            and any(
                child.dep_ in {"compound", "poss"} and self.context.mention_of(child) == mention
                for child in noun.children
            )
        )

    def _visited(self, place: int, token: Token) -> list[int]:
        """A visit to a place: its country when it is a capital, else the place."""
        name = self.context.mentions[place].text
        country = gazetteer.METONYMS.get(name.casefold())
        if country:
            return [self.context.synthetic(country, "GPE", token)]
        return [place]


# what protesters do with a protest: "staged a rally", "joined the march"
_HOLDING_VERBS = frozenset(
    {"stage", "hold", "organize", "organise", "lead", "join", "launch", "start", "mount"}
    | {"begin", "continue", "call", "plan", "announce", "resume"}
)
_TOPIC_PREPOSITIONS = frozenset({"about", "regarding", "concerning"})
# talks and calls, not visits: one is "on a state visit" while it happens
_CONSULTATION_CODES = frozenset({"040", "041", "046"})
_RECIPROCAL = frozenset({"swap", "exchange"})
# Verbs of winning: between armed sides a fight, between people a game or an election.
_CONTESTS = frozenset({"defeat"})
# working with someone: cooperation between bodies, a working relationship between people
_WORKING_TOGETHER = frozenset({"work"})
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")


def _is_visit(trigger: Trigger, code: str) -> bool:
    return code == VISIT_CODE or (code.startswith(TRAVEL_ROOT) and trigger.rule.lemma in VISITS)


def _signed_to(trigger: Trigger) -> bool:
    """A passive signing with a to-phrase and no agent: "was signed to Universal"."""
    return (
        trigger.rule.lemma == "sign"
        and trigger.rule.particle == "to"
        and is_passive(trigger.action)
    )


def _drops_a_legal_action(trigger: Trigger) -> bool:
    """ "dropped the investigation into Assange": a yield to whom it was brought against."""
    return trigger.code[:2] == YIELD_ROOT and bool(trigger.rule.objects & _LEGAL_ACTIONS)


def _received_from(rule: Rule) -> bool:
    return rule.lemma in {"receive", "get", "obtain", "face", "draw"} and rule.particle == "from"


def _joint(code: str, action: Token) -> bool:
    """Whether two subjects do the act with each other: meeting, signing, cooperating; not
    praise, support or recognition, which the two give to someone else ("Stafford and Young
    backed up that assessment"), unless it is their own ("praised their partnership")."""
    if code[:2] not in SYMMETRIC_ROOTS:
        return False
    return code[:3] not in DIRECTED_CODES or _shared_object(action)


def _shared_object(verb: Token) -> bool:
    return any(
        child.dep_ == "dobj"
        and any(g.lower_ in SHARED_OWNERS and g.dep_ in {"poss", "amod"} for g in child.children)
        for child in verb.children
    )


def _each_other(verb: Token) -> bool:
    """ "Johnson and Corbyn attacked each other('s policies)", "referred to one another as
    friends": the subjects are each other's targets."""
    near = [*verb.children, *(g for c in verb.children if c.dep_ != "conj" for g in c.children)]
    return any(_reciprocal_pronoun(token) for token in near)


def _reciprocal_pronoun(token: Token) -> bool:
    """ "each other", "one other"; "one another", which the parser reads as "one" with
    "another" as its determiner."""
    if token.lower_ == "other":
        # 'called each other "dear friend"': the parser may hang both words on the noun
        before = token.doc[token.i - 1] if token.i > 0 else None
        pair = before is not None and before.lower_ in {"each", "one"}
        return pair or any(g.lower_ in {"each", "one"} for g in token.children)
    return token.lower_ == "one" and any(g.lower_ == "another" for g in token.children)


def _needs_target(code: str) -> bool:
    return code[:2] in TARGETED_ROOTS or code in TARGETED_CODES


def _pairs(
    subjects: list[int], targets: list[int], symmetric: bool
) -> list[tuple[int, int | None]]:
    if targets:
        return [(subject, target) for subject in subjects for target in targets]
    if symmetric and len(subjects) >= 2:
        return [(subjects[0], other) for other in subjects[1:]]
    return [(subject, None) for subject in subjects]


def _clause_verb(token: Token) -> Token:
    current = token
    for _ in range(6):
        if part_of_speech(current) == "VERB" or current.head.i == current.i:
            return current
        current = current.head
    return current


def _refine(trigger: Trigger) -> str | None:
    """Aerial attacks: "Israeli jets struck" -> 195 rather than 190. A plea of not guilty
    is a denial; a guilty plea is a step in court, not coded."""
    code = trigger.code
    if trigger.rule.lemma in _CONTESTS and _has_score(trigger.action.sent):
        return None  # "the Lakers defeated the Thunder 112-107"
    if _another_sense_of_protest(trigger) or is_market_rally(trigger):
        return None  # "rallied to defeat", "rally the Global South", "the Nifty rallied"
    if provides_only_information(trigger) or is_budget_request(trigger):
        return None  # "did not provide PolitiFact with further information"
    if _called_a_threat(trigger):
        return None  # "the street battles are an existential threat to Xi's regime"
    if _threat_posed_by_a_weapon(trigger):
        return None  # "US missile defence that threatened Russia and China"
    if trigger.rule.lemma == "plead" and code == "016":
        return code if _pleads_not_guilty(trigger.action) else None
    if code == "190" and trigger.frame is None:
        subjects = [c for c in trigger.action.children if c.dep_ == "nsubj"]
        if any(s.lemma_.lower() in _AERIAL_SUBJECTS for s in subjects):
            return "195"
    return code


def _held_by_clause_subject(noun: Token) -> bool:
    """ "the teachers staged a protest", "students joined in the protests": a protest noun
    is its clause subject's act only as what the verb holds or joins ("forces crushed the
    protests" is no protest by the forces)."""
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in _HOLDING_VERBS
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in {"in", "into"}
        and part_of_speech(noun.head.head) == "VERB"
    )


def _done_by_armed_forces(verb: Token) -> bool:
    return any(
        child.dep_ == "nsubj" and child.lemma_.lower() in _ARMED_FORCE_WORDS
        for child in verb.children
    )


def _another_sense_of_protest(trigger: Trigger) -> bool:
    """A bare demonstration verb (no lexicon row names its object) that takes an object or
    a complement, or is passive, shows, mobilises or recovers: it is no protest."""
    verb = trigger.action
    if trigger.code[:2] != PROTEST_ROOT or part_of_speech(verb) != "VERB" or trigger.frame:
        return False
    if trigger.rule.objects or trigger.rule.particle:
        return False  # "signed public letters against the decision"
    return any(
        child.dep_ in _OTHER_SENSE_DEPS or (child.dep_ == "advcl" and has_to_infinitive(child))
        for child in verb.children
    )


def _called_a_threat(trigger: Trigger) -> bool:
    """A threat as what something is said to be is a danger it poses, not a threat made."""
    noun = trigger.action
    return (
        trigger.code[:2] == THREAT_ROOT and part_of_speech(noun) == "NOUN" and noun.dep_ == "attr"
    )


def _threat_posed_by_a_weapon(trigger: Trigger) -> bool:
    """A weapon or a defence system that "threatens" a country endangers it; only those
    who hold it can make a threat."""
    verb = trigger.action
    if trigger.code[:2] != THREAT_ROOT or part_of_speech(verb) != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects = [verb.head if s.lower_ in {"that", "which"} else s for s in subjects]
    return any(s.lemma_.lower() in _ARMS for s in subjects)


def _has_score(sentence: Span) -> bool:
    return _SCORE.search(sentence.text) is not None


def _pleads_not_guilty(verb: Token) -> bool:
    return any(
        child.dep_ in {"acomp", "xcomp"}
        and (child.lower_ == "innocent" or any(g.dep_ == "neg" for g in child.children))
        for child in verb.children
    )


def _inquiry_as_topic(trigger: Trigger) -> bool:
    """An investigation noun in a verb's prepositional phrase ("referred to investigations
    into", "called for an inquiry into") is what the clause's subject speaks of or asks
    for, not an investigation it carries out (as it does one it "opened" or "leads")."""
    noun = trigger.action
    return is_investigation_noun(trigger) and (
        noun.dep_ == "pobj" and part_of_speech(noun.head.head) == "VERB"
    )


def _spoken_of(trigger: Trigger) -> bool:
    """ "what we know about Trump's visit", "questions about the call": an act that a clause
    only talks about is one the article refers back to, not one it reports."""
    noun = trigger.token
    if part_of_speech(noun) != "NOUN" or noun.dep_ != "pobj":
        return False
    preposition = noun.head.lower_
    # "was not on the call between Trump and Zelensky", "grilled Vindman on Trump's call
    # with Zelensky": a consultation one was on, or was asked on, is an earlier one
    return preposition in _TOPIC_PREPOSITIONS or (
        preposition == "on" and trigger.code[:3] in _CONSULTATION_CODES
    )


def _bare_inquiry(trigger: Trigger) -> bool:
    """An investigation noun without "into": who investigates must be named on it."""
    return is_investigation_noun(trigger) and not trigger.rule.particle
