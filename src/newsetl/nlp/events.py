"""The CAMEO coder: who did what to whom, where and when, read off the dependency parse.

For each sentence, every verb (and event noun: "a meeting with", "the strike
on") whose lemma is in the lexicon (``verbs.csv``) is a candidate trigger. The
most specific lexicon rule whose object / particle pattern the parse satisfies
gives the code. Control verbs open a frame: what is threatened becomes a 13x
threat ("threatened to levy sanctions" -> 1312), what is pledged a 03x intent
("pledged to deepen support" -> 032); the embedded action is not coded again.
Actor 1 is the subject (the agent of a passive, the subject inherited through
"xcomp"/"conj", the owner of an event noun or the subject of the verb that
governs it); actor 2 is the passive subject, the addressee, the direct object,
or the object of a targeting preposition (with / to / against / on / for).
Conjoined subjects without another target are each other's counterpart
("Xi and Putin signed" -> Xi, Putin); with a target, each subject is one event
("Putin and Xi condemned the US" -> two events).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span, Token

from newsetl.models import DatePrecision, Modality
from newsetl.nlp.actors import ActorFinder
from newsetl.nlp.cameo_frames import intent_code, threat_code
from newsetl.nlp.context import ArticleContext
from newsetl.nlp.lexicon import Rule, rules_by_trigger
from newsetl.nlp.modality import modality_of
from newsetl.nlp.places import place_of
from newsetl.nlp.when import DateFinder

TARGET_PREPS = frozenset({"with", "to", "against", "on", "toward", "towards", "for", "at", "into"})
OBJECT_PREPS = frozenset({"on", "against", "with", "to", "for", "of", "toward", "towards"})
SYMMETRIC_ROOTS = frozenset({"03", "04", "05", "06"})
# Verbs an action passes through to reach a frame ("vowed to continue to impose").
PASS_THROUGH = frozenset(
    {"continue", "keep", "try", "begin", "start", "work", "move", "step", "go"}
)
LIGHT_VERBS = frozenset({"hold", "have", "conduct", "make", "pay", "carry", "stage", "host"})
_EMBED_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj"})
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


@dataclass(slots=True)
class _Trigger:
    token: Token  # where actors are read (the frame verb for framed actions)
    action: Token  # where the action and its target are read
    rule: Rule
    code: str
    frame: str | None


class EventCoder:
    def __init__(self, context: ArticleContext) -> None:
        self.context = context
        self.actors = ActorFinder(context)
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
            if token.i in consumed or _pos(token) != "VERB":
                continue
            trigger = self._verb_trigger(token, consumed)
            if trigger is not None:
                verbs.append(trigger)
        coded_verbs = {trigger.token.i for trigger in verbs} | {t.action.i for t in verbs}
        yield from verbs
        for token in sentence:
            if token.i in consumed or _pos(token) != "NOUN":
                continue
            rule = _match(token, _rules(token, "NOUN"))
            if rule is None or not _codable_noun(token, coded_verbs):
                continue
            yield _Trigger(token, token, rule, rule.code, None)

    def _verb_trigger(self, token: Token, consumed: set[int]) -> _Trigger | None:
        rule = _match(token, _rules(token, "VERB"))
        if rule is None:
            return None
        if rule.frame not in {"intent", "threat"}:
            return _Trigger(token, token, rule, rule.code, None)
        embedded = self._embedded_action(token)
        if embedded is not None:
            action, inner = embedded
            consumed.add(action.i)
            convert = threat_code if rule.frame == "threat" else intent_code
            code = rule.code if rule.objects and rule.frame == "threat" else convert(inner.code)
            return _Trigger(token, action, rule, code, rule.frame)
        if rule.objects or (rule.lemma == "threaten") or _has_condition(token):
            return _Trigger(token, token, rule, rule.code, rule.frame)
        if rule.frame == "intent" and rule.lemma in {"pledge", "promise", "vow", "offer"}:
            return _Trigger(token, _first_complement(token) or token, rule, rule.code, "intent")
        return None

    def _embedded_action(self, frame: Token, depth: int = 0) -> tuple[Token, Rule] | None:
        if depth >= _MAX_EMBED_DEPTH:
            return None
        for child in frame.children:
            if child.dep_ not in _EMBED_DEPS or child.i < frame.i and child.dep_ != "ccomp":
                continue
            if child.dep_ in {"advcl", "conj"} and depth == 0 and child.dep_ != "advcl":
                continue
            if _pos(child) == "VERB":
                rule = _match(child, _rules(child, "VERB"))
                if rule is not None and rule.frame not in {"intent", "threat", "speech"}:
                    return child, rule
                if rule is None or child.lemma_.lower() in PASS_THROUGH:
                    deeper = self._embedded_action(child, depth + 1)
                    if deeper is not None:
                        return deeper
        return None

    # -- events ---------------------------------------------------------------------------

    def _events(self, trigger: _Trigger, sentence_index: int) -> list[CodedEvent]:
        subjects = self._subjects(trigger.token)
        if not subjects:
            return []
        targets = [
            target
            for target in self._targets(trigger.action, trigger.rule)
            if target not in subjects
        ]
        if trigger.action is not trigger.token and not targets:
            targets = [t for t in self._targets(trigger.token, trigger.rule) if t not in subjects]
        if trigger.rule.frame == "speech" and not targets:
            return []
        code = _refine(trigger)
        clause = _clause_verb(trigger.action)
        modality = modality_of(clause, trigger.frame)
        when = self.dates.date_of(trigger.action, future=modality == "intended")
        place = place_of(self.context, trigger.action)
        pairs = _pairs(subjects, targets, code[:2] in SYMMETRIC_ROOTS)
        return [
            CodedEvent(
                sentence_index=sentence_index,
                code=code,
                actor1=actor1,
                actor2=actor2,
                place=place,
                event_date=when[0] if when else None,
                date_precision=when[1] if when else "unknown",
                modality=modality,
            )
            for actor1, actor2 in pairs
        ]

    def _subjects(self, token: Token) -> list[int]:
        if _pos(token) == "NOUN":
            return self._noun_subjects(token)
        current = token
        for _ in range(5):
            for child in current.children:
                if child.dep_ in {"nsubj", "csubj"}:
                    if child.lower_ in {"who", "which", "that"} and current.dep_ == "relcl":
                        return self.actors.actors(current.head)
                    return self.actors.actors(child)
                if child.dep_ == "agent":
                    objects = [g for g in child.children if g.dep_ == "pobj"]
                    if objects:
                        return self.actors.actors(objects[0])
            if current.dep_ in {"xcomp", "conj", "advcl", "acl"} and current.head is not current:
                current = current.head
                continue
            return []
        return []

    def _noun_subjects(self, noun: Token) -> list[int]:
        for child in noun.children:
            if child.dep_ in {"poss", "compound", "amod", "nmod"} and child.i < noun.i:
                actors = self.actors.actors(child)
                if actors:
                    return actors
        head = noun.head
        if noun.dep_ == "pobj" and head.dep_ == "prep" and _pos(head.head) == "VERB":
            return self._subjects(head.head)
        if noun.dep_ in {"dobj", "conj"} and _pos(head) == "VERB":
            return self._subjects(head)
        return []

    def _targets(self, token: Token, rule: Rule) -> list[int]:
        found: list[int] = []

        def add(candidates: list[int]) -> None:
            found.extend(c for c in candidates if c not in found)

        objects = [c for c in token.children if c.dep_ in {"dobj", "dative", "nsubjpass", "attr"}]
        for child in objects:
            if child.dep_ == "dative" or child.dep_ == "nsubjpass" or _is_actor_word(child):
                add(self.actors.actors(child))
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        add(self._pobj_actors(pobj))
            elif child.dep_ == "prep" and child.lower_ == "between":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        add(self.actors.actors(pobj))
        for child in objects:
            if child.dep_ != "dobj":
                continue
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in OBJECT_PREPS:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            add(self._pobj_actors(pobj))
            if not found and not rule.objects:
                add(self.actors.actors(child))
        return found

    def _pobj_actors(self, pobj: Token) -> list[int]:
        actors = self.actors.actors(pobj)
        if actors:
            return actors
        # "sanctions on Russia's trading partners", "members of the SCO"
        for prep in pobj.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for inner in prep.children:
                    if inner.dep_ == "pobj":
                        return self.actors.actors(inner)
        return []


def _pairs(
    subjects: list[int], targets: list[int], symmetric: bool
) -> list[tuple[int, int | None]]:
    if targets:
        return [(subject, target) for subject in subjects for target in targets]
    if symmetric and len(subjects) >= 2:
        return [(subjects[0], other) for other in subjects[1:]]
    return [(subject, None) for subject in subjects]


def _pos(token: Token) -> str | None:
    if token.pos_ == "VERB":
        return "VERB"
    if token.pos_ in {"NOUN", "PROPN"}:
        return "NOUN"
    return None


def _rules(token: Token, pos: str) -> tuple[Rule, ...]:
    return rules_by_trigger().get((token.lemma_.lower(), pos), ())


def _match(token: Token, rules: tuple[Rule, ...]) -> Rule | None:
    if not rules:
        return None
    objects = _object_lemmas(token)
    particles = {
        child.lemma_.lower()
        for child in token.children
        if child.dep_ in {"prt", "prep", "agent", "dative"}
    }
    for rule in rules:
        if rule.particle and rule.particle not in particles:
            continue
        if rule.objects and not rule.objects & objects:
            continue
        return rule
    return None


def _object_lemmas(token: Token) -> set[str]:
    lemmas: set[str] = set()
    for child in token.children:
        if child.dep_ in {"dobj", "nsubjpass", "attr", "dative", "oprd"}:
            lemmas.update(_noun_phrase_lemmas(child))
        elif child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    lemmas.update(_noun_phrase_lemmas(pobj))
        elif child.dep_ in {"compound", "amod"} and _pos(token) == "NOUN":
            lemmas.add(child.lemma_.lower())
            lemmas.add(child.lower_)
        elif child.dep_ == "npadvmod":
            lemmas.add(child.lemma_.lower())
    return lemmas


def _noun_phrase_lemmas(head: Token) -> set[str]:
    lemmas = {head.lemma_.lower(), head.lower_}
    for child in head.children:
        if child.dep_ in {"compound", "amod", "conj"}:
            lemmas.add(child.lemma_.lower())
            lemmas.add(child.lower_)
    return lemmas


def _codable_noun(noun: Token, coded_verbs: set[int]) -> bool:
    """An event noun is coded unless a coded verb already reports it ("held talks", "imposed sanctions")."""
    head = noun.head
    if noun.dep_ == "pobj":
        verb = head.head
        return not (verb.i in coded_verbs and head.lower_ not in {"in", "during", "after", "at"})
    if noun.dep_ in {"dobj", "attr"}:
        return head.i not in coded_verbs and head.lemma_.lower() in LIGHT_VERBS
    return noun.dep_ in {"nsubj", "nsubjpass", "ROOT", "appos", "conj"}


def _clause_verb(token: Token) -> Token:
    current = token
    for _ in range(6):
        if _pos(current) == "VERB" or current.head is current:
            return current
        current = current.head
    return current


def _has_condition(verb: Token) -> bool:
    return any(
        child.dep_ == "advcl"
        and any(mark.dep_ == "mark" and mark.lower_ in {"if", "unless"} for mark in child.children)
        for child in verb.children
    )


def _first_complement(verb: Token) -> Token | None:
    return next((child for child in verb.children if child.dep_ in {"xcomp", "ccomp"}), None)


def _is_actor_word(token: Token) -> bool:
    return token.pos_ in {"PROPN", "PRON"} or token.ent_type_ != "" or token.tag_ in {"NNS", "NN"}


def _refine(trigger: _Trigger) -> str:
    """Aerial attacks: "Israeli jets struck" -> 195 rather than 190."""
    code = trigger.code
    if code == "190" and trigger.frame is None:
        subjects = [c for c in trigger.action.children if c.dep_ == "nsubj"]
        if any(s.lemma_.lower() in _AERIAL_SUBJECTS for s in subjects):
            return "195"
    return code
