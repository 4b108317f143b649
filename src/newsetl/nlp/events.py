"""The CAMEO coder: who did what to whom, where and when, read off the dependency parse.

For each sentence, every verb (and event noun: "a meeting with", "the strike
on") whose lemma is in the lexicon (``verbs.csv``) is a candidate trigger. The
most specific lexicon rule whose object / particle pattern the parse satisfies
gives the code. Control verbs open a frame: what is threatened becomes a 13x
threat ("threatened to levy sanctions" -> 1312), what is pledged a 03x intent
("pledged to deepen support" -> 032); the embedded action is not coded again.
Actors come from ``arguments`` (subject, target), the place from ``places``,
the date from ``when``, the modality from ``modality``.

Conjoined subjects without another target are each other's counterpart
("Xi and Putin signed" -> Xi, Putin); with a target, each subject is one event
("Putin and Xi condemned the US" -> two events). Actions aimed at someone
(appeals, consultations, cooperation, aid, demands, criticism, rejection,
threats, sanctions, force) are coded only when that someone is named; a visit
without a named host takes the place visited. Conditions ("if the Kremlin
refuses") are not events.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from newsetl.models import DatePrecision, Modality
from newsetl.nlp import gazetteer
from newsetl.nlp.actors import ActorFinder
from newsetl.nlp.arguments import Arguments
from newsetl.nlp.cameo_frames import intent_code, threat_code
from newsetl.nlp.context import ArticleContext
from newsetl.nlp.lexicon import Rule
from newsetl.nlp.matching import has_condition, is_condition_clause, matching_rule, part_of_speech
from newsetl.nlp.modality import is_speculative, modality_of
from newsetl.nlp.places import place_of
from newsetl.nlp.when import DateFinder

SYMMETRIC_ROOTS = frozenset({"03", "04", "05", "06"})
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
UNTARGETED_CODES = frozenset({"166"})  # "withdrew from"; a visit takes its place as target
PHYSICAL_ROOTS = frozenset({"17", "18", "19", "20"})
FRAMES = frozenset({"intent", "threat"})
# Verbs an action passes through to reach a frame ("vowed to continue to impose").
PASS_THROUGH = frozenset(
    {"continue", "keep", "try", "begin", "start", "work", "move", "step", "go", "want", "seek"}
)
CONTENT_NOUNS = frozenset(
    # what is invited, offered or demanded is someone else's action, not the speaker's
    {"invitation", "offer", "proposal", "call", "appeal", "threat", "ultimatum", "request", "plan"}
)
DURATION_NOUNS = frozenset({"hour", "day", "week", "month", "year", "decade", "round", "minute"})
# A noun under these prepositions sets the scene of its verb's event, it is not that event.
CIRCUMSTANCE_PREPS = frozenset({"in", "during", "after", "at", "before", "since", "amid", "ahead"})
NON_EVENT_VERBS = frozenset(
    {"cancel", "postpone", "propose", "plan", "seek", "want", "avoid", "prevent", "deny", "call"}
)
PERSONAL_ASSAULT = "182"
VERBAL_ATTACK = "111"
WANTING = frozenset({"want", "wish"})
DEMAND_CODE = "100"
_EMBED_DEPS = frozenset({"xcomp", "ccomp", "acl"})
_MAX_EMBED_DEPTH = 3
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


@dataclass(slots=True)
class _Trigger:
    token: Token  # where actor 1 is read (the frame verb for framed actions)
    action: Token  # where the action, its target, place and date are read
    rule: Rule  # the trigger's rule (the frame verb's for framed actions)
    code: str
    frame: str | None
    action_rule: Rule | None = None  # the framed action's own rule
    presupposed: bool = False  # "condemned Russia's invasion": the invasion took place


class EventCoder:
    def __init__(self, context: ArticleContext) -> None:
        self.context = context
        self.arguments = Arguments(ActorFinder(context))
        self.dates = DateFinder(context)

    def code_sentence(self, sentence: Span, sentence_index: int) -> list[CodedEvent]:
        events: list[CodedEvent] = []
        seen: set[tuple[str, frozenset[int]]] = set()
        for trigger in self._triggers(sentence):
            for event in self._events(trigger, sentence_index):
                key = (event.code[:2], frozenset(filter(None, (event.actor1, event.actor2))))
                if key not in seen:
                    seen.add(key)
                    events.append(event)
        return events

    # -- triggers -------------------------------------------------------------------------

    def _triggers(self, sentence: Span) -> Iterator[_Trigger]:
        consumed: set[int] = set()
        verbs: list[_Trigger] = []
        for token in sentence:
            if token.i in consumed or part_of_speech(token) != "VERB" or is_condition_clause(token):
                continue
            if _is_content_of_noun(token):
                continue  # "his invitation to Xi to visit Moscow": the visit is the invitation's content
            if _adjectival_participle(token):
                continue  # "visiting Ukrainian officials", "the ruling party"
            trigger = self._verb_trigger(token, consumed)
            if trigger is not None:
                verbs.append(trigger)
        coded = {t.token.i for t in verbs} | {t.action.i for t in verbs}
        yield from verbs
        for token in sentence:
            if token.i in consumed or part_of_speech(token) != "NOUN":
                continue
            rule = matching_rule(token, "NOUN")
            if rule is not None and _codable_noun(token, rule, coded):
                presupposed = _is_owned_attack(token, rule)
                yield _Trigger(token, token, rule, rule.code, None, presupposed=presupposed)

    def _verb_trigger(self, token: Token, consumed: set[int]) -> _Trigger | None:
        rule = matching_rule(token, "VERB")
        if rule is None:
            return None
        if rule.frame not in FRAMES:
            return _Trigger(token, token, rule, rule.code, None)
        wanted = _action_wanted_of_another(token) if rule.lemma in WANTING else None
        if wanted is not None:
            # "Beijing wants Trump to eliminate the tariffs": a demand on Trump, not a removal
            consumed.add(wanted.i)
            demand = Rule(rule.lemma, "VERB", DEMAND_CODE, frozenset(), "", "")
            return _Trigger(token, token, demand, DEMAND_CODE, None)
        embedded = _embedded_action(token)
        if embedded is not None:
            action, inner = embedded
            consumed.add(action.i)
            convert = threat_code if rule.frame == "threat" else intent_code
            code = rule.code if rule.objects and rule.frame == "threat" else convert(inner.code)
            return _Trigger(token, action, rule, code, rule.frame, inner)
        complement = next((c for c in token.children if c.dep_ == "xcomp"), None)
        if rule.frame == "threat" and (
            rule.objects or rule.lemma == "threaten" or has_condition(token)
        ):
            # "threatening to hit Russia": the threatened action's object is the target
            action = complement if complement is not None and not rule.objects else token
            return _Trigger(token, action, rule, rule.code, rule.frame)
        if rule.lemma in {"pledge", "promise", "vow", "offer"} and complement is not None:
            return _Trigger(token, complement, rule, rule.code, "intent")
        return None

    # -- events ---------------------------------------------------------------------------

    def _events(self, trigger: _Trigger, sentence_index: int) -> list[CodedEvent]:
        subjects = [s for s in self.arguments.subjects(trigger.token) if not self._is_place(s)]
        if trigger.code.startswith("14") and part_of_speech(trigger.token) == "NOUN":
            subjects = [s for s in subjects if not self._names_place_of(s, trigger.token)]
        if not subjects and trigger.code.startswith("14"):
            subjects = self.arguments.located_people(trigger.token)
        if (
            not subjects
            and trigger.code[:2] in SYMMETRIC_ROOTS
            and part_of_speech(trigger.token) == "NOUN"
        ):
            subjects = self.arguments.sides(trigger.token, {"of"})  # "merger of A and B"
        if not subjects:
            return []
        code = _refine(trigger)
        root = code[:2]
        physical = root in PHYSICAL_ROOTS
        targets = self._targets(trigger, subjects, physical)
        if _received_from(trigger.rule) and targets:
            subjects, targets = targets, subjects  # "Ukraine received weapons from Germany"
        place = place_of(self.context, trigger.action)
        if (
            not targets
            and code.startswith("04")
            and place is not None
            and trigger.rule.lemma in _VISITS
        ):
            targets = self._visited(place, trigger.action)
        if trigger.rule.frame == "speech":
            targets = [t for t in targets if not self._is_news_outlet(t)]
        if trigger.rule.frame == "speech" and not targets:
            return []
        reciprocal = trigger.rule.lemma in _RECIPROCAL or _each_other(trigger.action)
        if reciprocal and not targets and len(subjects) < 2:
            return []  # "the Taliban swapped two hostages": a swap with one side is half an event
        if (
            not targets
            and _needs_target(code)
            and not ((root in SYMMETRIC_ROOTS or reciprocal) and len(subjects) > 1)
        ):
            return []
        clause = _clause_verb(trigger.action)
        frame = "threat" if root == "13" else trigger.frame
        if frame is None and is_speculative(clause):
            return []
        modality = "asserted" if trigger.presupposed else modality_of(clause, frame)
        future = modality == "intended"
        when = self.dates.date_of(trigger.action, future=future)
        if when is None and trigger.action.i != trigger.token.i:
            when = self.dates.date_of(trigger.token, future=future)
        return [
            CodedEvent(
                sentence_index=sentence_index,
                code=self._between_people(trigger, code, actor1, actor2),
                actor1=actor1,
                actor2=actor2,
                place=place,
                event_date=when[0] if when else None,
                date_precision=when[1] if when else "unknown",
                modality=modality,
                needs_target=_needs_target(code),
            )
            for actor1, actor2 in _pairs(subjects, targets, root in SYMMETRIC_ROOTS or reciprocal)
        ]

    def _targets(self, trigger: _Trigger, subjects: list[int], physical: bool) -> list[int]:
        named = bool((trigger.action_rule or trigger.rule).objects)
        targets = self.arguments.targets(
            trigger.action,
            subjects,
            objects_named=named,
            physical=physical,
            symmetric=trigger.code[:2] in SYMMETRIC_ROOTS,
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
        if not targets and trigger.action.i != trigger.token.i:
            targets = self.arguments.targets(
                trigger.token, subjects, objects_named=named, physical=physical
            )
        if not targets and trigger.rule.particle == "from":
            # "bought oil from Russia": the source the rule asks for is the other side
            targets = self.arguments.sides(trigger.action, {"from"}, least=1)
        reported = trigger.frame == "threat" or trigger.code[:2] in {"02", "10"}
        if not targets and reported and trigger.action.i == trigger.token.i:
            targets = self.arguments.clause_subject_targets(trigger.token, subjects)
        return [t for t in targets if t not in subjects and (physical or not self._is_place(t))]

    def _between_people(self, trigger: _Trigger, code: str, actor1: int, actor2: int | None) -> str:
        """Military force (19x) is not something one person uses on another: "Johnson
        attacked Corbyn" is criticism (111), any other blow an assault (182)."""
        if not code.startswith("19") or actor2 is None:
            return code
        if {self.context.kind_of(actor1), self.context.kind_of(actor2)} != {"PERSON"}:
            return code
        return VERBAL_ATTACK if trigger.action.lemma_.lower() == "attack" else PERSONAL_ASSAULT

    def _is_news_outlet(self, mention: int) -> bool:
        found = self.context.mentions[mention]
        return found.type == "ORG" and gazetteer.is_news_outlet(found.text)

    def _is_place(self, mention: int) -> bool:
        """Squares, halls and regions are where things happen; they do not act or get met."""
        return self.context.mentions[mention].type in {"FAC", "LOC"}

    def _names_place_of(self, mention: int, noun: Token) -> bool:
        """ "Hong Kong protests": a place named before a protest noun is where, not who."""
        found = self.context.mentions[mention]
        return (
            not found.synthetic
            and found.type == "GPE"
            and any(
                child.dep_ == "compound" and self.context.mention_of(child) == mention
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


_ADDRESSING_VERBS = frozenset(
    {"tell", "inform", "brief", "meet", "greet", "thank", "welcome", "warn", "urge"}
)
_VISITS = frozenset({"visit", "arrive", "travel", "fly", "trip"})
_RECIPROCAL = frozenset({"swap", "exchange"})


def _adjectival_participle(verb: Token) -> bool:
    """A participle used as an adjective; the parser also hangs "told visiting officials"
    as a complement of a verb that lacks its own object."""
    if verb.tag_ not in {"VBG", "VBN"}:
        return False
    if verb.dep_ == "amod":
        return True
    head = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ == "xcomp"
        and verb.i == head.i + 1
        and head.lemma_.lower() in _ADDRESSING_VERBS
        and not any(child.dep_ in {"dobj", "dative"} for child in head.children)
    )


def _received_from(rule: Rule) -> bool:
    return rule.lemma in {"receive", "get", "obtain"} and rule.particle == "from"


def _each_other(verb: Token) -> bool:
    """ "Johnson and Corbyn attacked each other('s policies)": the subjects are each other's
    targets."""
    near = [*verb.children, *(g for c in verb.children if c.dep_ != "conj" for g in c.children)]
    return any(
        token.lower_ == "other" and any(g.lower_ in {"each", "one"} for g in token.children)
        for token in near
    )


def _needs_target(code: str) -> bool:
    return code[:2] in TARGETED_ROOTS and code not in UNTARGETED_CODES


def _embedded_action(frame: Token, depth: int = 0) -> tuple[Token, Rule] | None:
    """The codable action a threat or promise is about ("threatened to levy sanctions")."""
    if depth >= _MAX_EMBED_DEPTH:
        return None
    deps = _EMBED_DEPS | ({"conj", "acomp", "acl"} if depth else {"acomp"})
    children = list(frame.children)
    if depth == 0:  # "expressed hope to elevate ties": the action hangs off the object
        children += [
            g for c in frame.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "acl"
        ]
    for child in children:
        if child.dep_ not in deps or is_condition_clause(child):
            continue
        if part_of_speech(child) == "VERB":
            rule = matching_rule(child, "VERB")
            if rule is not None and rule.frame not in {"intent", "threat", "speech"}:
                return child, rule
            if rule is not None and child.lemma_.lower() not in PASS_THROUGH:
                continue
        deeper = _embedded_action(child, depth + 1)
        if deeper is not None:
            return deeper
    return None


def _action_wanted_of_another(verb: Token) -> Token | None:
    """The wanted action when it has its own subject ("wants the UK to extradite Assange")."""
    return next(
        (
            child
            for child in verb.children
            if child.dep_ == "ccomp"
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in child.children)
            and any(g.dep_ in {"nsubj", "nsubjpass"} for g in child.children)
        ),
        None,
    )


def _is_content_of_noun(verb: Token) -> bool:
    """The verb spells out what an invitation, offer or plan is about."""
    if verb.dep_ == "acl":
        return (
            verb.head.lemma_.lower() in CONTENT_NOUNS
            or matching_rule(verb.head, "NOUN") is not None
        )
    if verb.dep_ in {"advcl", "xcomp"}:
        return any(
            child.dep_ == "dobj" and child.lemma_.lower() in CONTENT_NOUNS
            for child in verb.head.children
        )
    return False


def _pairs(
    subjects: list[int], targets: list[int], symmetric: bool
) -> list[tuple[int, int | None]]:
    if targets:
        return [(subject, target) for subject in subjects for target in targets]
    if symmetric and len(subjects) >= 2:
        return [(subjects[0], other) for other in subjects[1:]]
    return [(subject, None) for subject in subjects]


def _codable_noun(noun: Token, rule: Rule, coded_verbs: set[int]) -> bool:
    """An event noun is coded unless a coded verb already reports it ("held talks", "imposed
    sanctions", "called for talks"), it only measures a duration ("three years of
    negotiations"), or its verb says it did not happen ("cancelled his trip")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in DURATION_NOUNS:
        return False
    path_preps: list[str] = []
    current = noun
    for _ in range(4):
        if current.head.i == current.i:
            return True
        if current.dep_ in {"nsubj", "nsubjpass"}:
            return True
        current = current.head
        if current.pos_ == "ADP":
            path_preps.append(current.lower_)
        if part_of_speech(current) == "VERB":
            if current.lemma_.lower() in NON_EVENT_VERBS:
                return False
            settings = set(path_preps) & CIRCUMSTANCE_PREPS
            own_event = _is_owned_attack(noun, rule)
            return current.i not in coded_verbs or bool(settings) or own_event
    return True


def _is_owned_attack(noun: Token, rule: Rule) -> bool:
    """ "condemned Russia's invasion": an attack named with its own actor took place; it is an
    event of its own, not what the verb reports."""
    return rule.code[:2] in PHYSICAL_ROOTS and any(
        child.dep_ == "poss" and child.pos_ == "PROPN" for child in noun.children
    )


def _clause_verb(token: Token) -> Token:
    current = token
    for _ in range(6):
        if part_of_speech(current) == "VERB" or current.head.i == current.i:
            return current
        current = current.head
    return current


def _refine(trigger: _Trigger) -> str:
    """Aerial attacks: "Israeli jets struck" -> 195 rather than 190."""
    code = trigger.code
    if code == "190" and trigger.frame is None:
        subjects = [c for c in trigger.action.children if c.dep_ == "nsubj"]
        if any(s.lemma_.lower() in _AERIAL_SUBJECTS for s in subjects):
            return "195"
    return code
