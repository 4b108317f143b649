"""Which words of a sentence report an event, and with which CAMEO code.

Every verb (and event noun: "a meeting with", "the strike on") whose lemma is in
the lexicon (``verbs.csv``) is a candidate; the most specific lexicon rule whose
object / particle pattern the parse satisfies gives the code. Control verbs open
a frame: what is threatened becomes a 13x threat ("threatened to levy sanctions"
-> 1312), what is pledged a 03x intent ("pledged to deepen support" -> 032), a
cooperative act refused a 12x rejection ("refused to negotiate with Kabul" -> 125), and
the embedded action is not coded again; "wants X to do Y" is a demand on X, and an
offer made to someone ("offered Russia a deal") an intent to cooperate with them; asking
someone to appear before an authority summons them (09). Not triggers: conditions ("if
the Kremlin refuses"), the content of an invitation, offer, appeal or demand ("demanded
the FBI investigate him"), participles used as adjectives ("visiting officials"), and
event nouns a coded verb already reports ("held talks"), unless they name an attack with its
own actor ("condemned Russia's invasion"), and cooperation that a copula describes ("its
trade with Russia is normal commerce"). A reported verdict on someone ("Trump tweeted that
Bevin has done a wonderful job", ``verdicts``) is a trigger of its reporting verb.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsetl.nlp.cameo_frames import REFUSABLE_ROOTS, intent_code, refusal_code, threat_code
from newsetl.nlp.faced_blame import faced_blame
from newsetl.nlp.guilty import GUILT_CODE, found_guilty, guilt_found
from newsetl.nlp.lexicon import Rule, rules_by_trigger
from newsetl.nlp.mandates import asked_in_for_clause, is_bare_clause, mandated_clause
from newsetl.nlp.matching import (
    has_condition,
    is_condition_clause,
    matching_rule,
    misparsed_clause_subject,
    part_of_speech,
)
from newsetl.nlp.obligations import APPEAL_CODE, DEMAND_CODE, obligation_code
from newsetl.nlp.stances import stances
from newsetl.nlp.syntax import (
    agent_on_object,
    conjuncts,
    has_to_infinitive,
    prepositional_objects,
)
from newsetl.nlp.threat_conditions import condition_subjects
from newsetl.nlp.verdicts import (
    CRITICISM_CODE,
    PRAISE_CODE,
    STATE_COPULAS,
    Verdict,
    called_blameworthy,
    called_praiseworthy,
    defences,
    reported_verdicts,
    small_clause_subject,
)
from newsetl.nlp.wrongdoing import blamed_on

PHYSICAL_ROOTS = frozenset({"17", "18", "19", "20"})
MATERIAL_COOPERATION_ROOT = "06"
FRAMES = frozenset({"intent", "threat"})
# Verbs an action passes through to reach a frame ("vowed to continue to impose").
PASS_THROUGH = frozenset(
    {"continue", "keep", "try", "begin", "start", "work", "move", "step", "go", "want", "seek"}
)
CONTENT_NOUNS = frozenset(
    # what is invited, offered or demanded is someone else's action, not the speaker's
    {"invitation", "offer", "proposal", "call", "appeal", "threat", "ultimatum", "request", "plan"}
)
# what is refused, resisted or failed has not been done ("his reluctance to roll back tariffs")
UNDONE_NOUNS = frozenset({"refusal", "reluctance", "unwillingness", "failure", "inability"})
SERIES_WORDS = frozenset(
    {"frequent", "regular", "repeated", "previous", "past", "annual", "numerous", "periodic"}
)
DURATION_NOUNS = frozenset({"hour", "day", "week", "month", "year", "decade", "round", "minute"})
# A noun under these prepositions sets the scene of its verb's event, it is not that event.
CIRCUMSTANCE_PREPS = frozenset({"in", "during", "after", "at", "before", "since", "amid", "ahead"})
NON_EVENT_VERBS = frozenset(
    {"cancel", "postpone", "propose", "plan", "seek", "want", "avoid", "prevent", "deny", "call"}
)
WANTING = frozenset({"want", "wish"})
# what these verbs take as a clause did not happen, in their subject's word
DENYING = frozenset({"deny", "dispute"})
# verbs whose infinitive happened: "forced Kyiv to withdraw", "helped Ukraine to repel"
IMPLICATIVE_VERBS = frozenset(
    {"force", "compel", "oblige", "help", "allow", "enable", "cause", "lead", "prompt", "drive"}
    | {"persuade", "convince"}
)
# Refusing a cooperative act rejects it ("refused to negotiate with Kabul" -> 12)
REFUSING = frozenset({"refuse", "decline"})
REFUSAL_FRAME = "refusal"
# Agreeing to give or to work together commits to the deal: the action is coded, intended
AGREEING = frozenset({"agree"})
MATERIAL_ROOTS = frozenset({"06", "07"})
# Verbs whose threat does not say with what: a tariff hits a country as a missile does
UNSPECIFIED_BLOWS = frozenset({"hit"})
UNSPECIFIED_THREAT = "130"
INVESTIGATION_CODE = "090"
# what one is summoned to do before an authority
APPEARING = frozenset({"appear", "testify", "report"})
# appeals and demands: what they ask of someone is not done
APPEAL_ROOTS = frozenset({"02", "10"})
JOINT_WORK_CODE = "060"
OPTIMISM_CODE = "013"
# what one has in someone one backs ("confidence in the winger"), or in what will be
BELIEF_NOUNS = frozenset({"confidence", "faith", "trust"})
_EMBED_DEPS = frozenset({"xcomp", "ccomp", "acl"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_MAX_EMBED_DEPTH = 3


@dataclass(slots=True)
class Trigger:
    token: Token  # where actor 1 is read (the frame verb for framed actions)
    action: Token  # where the action, its target, place and date are read
    rule: Rule  # the trigger's rule (the frame verb's for framed actions)
    code: str
    frame: str | None
    action_rule: Rule | None = None  # the framed action's own rule
    presupposed: bool = False  # "condemned Russia's invasion": the invasion took place
    target: Token | None = None  # who the act is aimed at, when no dependent of it names them
    doer: Token | None = None  # who acts, when the verb's subject is not them (a passive)


def find_triggers(sentence: Span) -> Iterator[Trigger]:
    """The sentence's codable verbs, then its event nouns that no coded verb reports."""
    consumed: set[int] = set()
    verbs: list[Trigger] = []
    for token in sentence:
        if token.i in consumed or part_of_speech(token) != "VERB" or is_condition_clause(token):
            continue
        if _is_content_of_noun(token):
            continue  # "his invitation to Xi to visit Moscow": the visit is the invitation's content
        if _is_content_of_appeal(token):
            continue  # "urged Ukraine to investigate Biden": asked for, not done
        if _refused_by_noun(token):
            continue  # "Trump's reluctance to roll back tariffs": nothing was rolled back
        if _is_denied(token):
            continue  # "Tehran denied sending weapons to Moscow": the denial is the event
        if _standing_role(token):
            continue  # "the subcommittee that funds NASA": what it does as a rule, no event
        if _unasserted_infinitive(token):
            continue  # "left room for the White House to back down": it has not backed down
        if _purpose_of_framed_action(token):
            continue  # "pledged to coordinate to oppose hegemony": part of the pledge
        fronted = misparsed_clause_subject(token)
        if _adjectival_participle(token) and fronted is None:
            continue  # "visiting Ukrainian officials", "the ruling party"
        trigger = _verb_trigger(token, consumed)
        if trigger is not None and fronted is not None:
            trigger.target = token.head  # "Trump assailed Williams"
        elif trigger is not None and _opening_participle_of_name(token):
            trigger.target = token.head  # "Addressing Xi, Putin said"
        if trigger is not None and trigger.doer is None:
            trigger.doer = agent_on_object(token)  # "was awarded a contract by Deutsche Bahn"
        if trigger is not None:
            verbs.append(trigger)
            verbs += _coordinated_object_triggers(trigger)
    # a statement's object is what it announces, not the statement itself
    reporting = [t for t in verbs if t.rule.frame != "speech"]
    coded = {t.token.i for t in reporting} | {t.action.i for t in reporting}
    yield from verbs
    for verdict in (*reported_verdicts(sentence), *defences(sentence)):
        yield _verdict_trigger(verdict)
    for stance in stances(sentence):
        # "Merkel was impressed by Macron": praise, read off the feeling's phrase
        verb = stance.verb
        yield _read_off(verb, verb, stance.code, target=stance.target, doer=stance.holder)
    for faced in faced_blame(sentence):
        # "Israel faced Palestinian criticism", "Assange faces charges in the US"
        yield _read_off(faced.verb, faced.verb, faced.code, target=faced.target, doer=faced.doer)
    for token in sentence:
        if token.i in consumed or part_of_speech(token) != "NOUN":
            continue
        rule = matching_rule(token, "NOUN")
        if rule is not None and _codable_noun(token, rule, coded):
            presupposed = _is_owned_attack(token, rule)
            yield Trigger(token, token, rule, rule.code, None, presupposed=presupposed)


def _verdict_trigger(verdict: Verdict) -> Trigger:
    """A verdict is the act of whoever reports it, aimed at whom it is passed on."""
    return _read_off(verdict.speaker, verdict.verdict, verdict.code, target=verdict.target)


def _verb_trigger(token: Token, consumed: set[int]) -> Trigger | None:
    rule = matching_rule(token, "VERB")
    if called_praiseworthy(token):
        # "Steenburgen called Buckley's performance 'stunning'": praise of its owner
        return _recoded(token, token.lemma_.lower(), PRAISE_CODE)
    if called_blameworthy(token):
        # "Williams called the call inappropriate": criticism of its owner
        trigger = _recoded(token, token.lemma_.lower(), CRITICISM_CODE)
        trigger.target = small_clause_subject(token)  # "considers the US biased"
        return trigger
    if guilt_found(token):
        # "a Moscow court found Navalny guilty of fraud"
        trigger = _recoded(token, "find", GUILT_CODE)
        trigger.target = found_guilty(token)
        return trigger
    refused = _refused_cooperation(token)
    if refused is not None:
        action, inner = refused
        consumed.add(action.i)
        code = refusal_code(inner.code)
        return Trigger(
            token, action, _bare_rule(token.lemma_.lower(), code), code, REFUSAL_FRAME, inner
        )
    if mandated_clause(token) is not None:
        # "suggested that the President change his diet": an appeal to him
        return _recoded(token, token.lemma_.lower(), APPEAL_CODE)
    if rule is None:
        return None
    believed_in = _confidence_in_someone(token) if rule.code == OPTIMISM_CODE else None
    if believed_in is not None:
        # "expressed confidence in the veteran winger": backing of him, not optimism
        trigger = _recoded(token, rule.lemma, PRAISE_CODE)
        trigger.target = believed_in
        return trigger
    blamed = blamed_on(token)
    if blamed is not None:
        # "blamed the attack on Russia": not the attack's target
        trigger = Trigger(token, token, rule, rule.code, None)
        trigger.target = blamed
        return trigger
    if _summoned_to_appear(token):
        # "invited the senators to appear before the police command": a summons
        return _recoded(token, rule.lemma, INVESTIGATION_CODE)
    if rule.lemma == "tell" and _tells_someone_to_act(token):
        # "Masayoshi Son told WeWork executives to look for new revenue": a demand
        return _recoded(token, rule.lemma, DEMAND_CODE)
    obliged = obligation_code(token) if rule.frame == "speech" else None
    if obliged is not None:
        # "Young said that NASA should drop some programs": an appeal to NASA
        return _recoded(token, rule.lemma, obliged)
    if rule.frame == "speech" and _announces_joint_work(token):
        # "Ascom announced a new alarm management solution with Dräger": work done together
        return _recoded(token, rule.lemma, JOINT_WORK_CODE)
    if rule.frame not in FRAMES:
        trigger = Trigger(token, token, rule, rule.code, None)
        if rule.code[:2] in APPEAL_ROOTS:
            trigger.target = asked_in_for_clause(token)  # "lobbied for the league to act"
        return trigger
    wanted = _action_wanted_of_another(token) if rule.lemma in WANTING else None
    if wanted is not None:
        # "Beijing wants Trump to eliminate the tariffs": a demand on Trump, not a removal
        consumed.add(wanted.i)
        return _recoded(token, rule.lemma, DEMAND_CODE)
    embedded = _embedded_action(token)
    if embedded is not None:
        action, inner = embedded
        consumed.add(action.i)
        convert = threat_code if rule.frame == "threat" else intent_code
        code = rule.code if rule.objects and rule.frame == "threat" else convert(inner.code)
        if rule.lemma in AGREEING and inner.code[:2] in MATERIAL_ROOTS:
            code = inner.code  # "agreed to inject $6.5 billion into WeWork": the aid, intended
        if rule.frame == "threat" and inner.lemma in UNSPECIFIED_BLOWS:
            code = UNSPECIFIED_THREAT  # "threatening to hit Russia": with force or tariffs
        return Trigger(token, action, rule, code, rule.frame, inner)
    complement = next((c for c in token.children if c.dep_ == "xcomp"), None)
    if rule.frame == "threat" and (
        rule.objects
        or rule.lemma == "threaten"
        or has_condition(token)
        or condition_subjects(token)
    ):
        # "threatening to hit Russia": the threatened action's object is the target
        action = complement if complement is not None and not rule.objects else token
        return Trigger(token, action, rule, rule.code, rule.frame)
    if rule.lemma in {"pledge", "promise", "vow", "offer"} and complement is not None:
        return Trigger(token, complement, rule, rule.code, "intent")
    if rule.lemma == "offer" and _has_dative(token):
        # "offered Russia a deal": an offer made to someone
        return Trigger(token, token, rule, rule.code, None)
    return None


def _has_dative(verb: Token) -> bool:
    return any(child.dep_ == "dative" for child in verb.children)


def _coordinated_object_triggers(trigger: Trigger) -> list[Trigger]:
    """ "has given Moscow diplomatic cover and an economic lifeline": a coordinated object
    that another of the verb's lexicon rows names under another root is an act of its own
    (052 and 071); the rule matched once for the whole object phrase gives only one."""
    verb = trigger.action
    if trigger.frame or verb.i != trigger.token.i or not trigger.rule.objects:
        return []
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    heads += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    coordinated = [part for head in heads for part in conjuncts(head)]
    if not coordinated:
        return []
    roots = {trigger.code[:2]}
    extra: list[Trigger] = []
    for part in [*heads, *coordinated]:
        rule = _rule_for_object(trigger.rule, part)
        if rule is not None and rule.code[:2] not in roots:
            roots.add(rule.code[:2])
            extra.append(Trigger(verb, verb, rule, rule.code, None))
    return extra


def _rule_for_object(current: Rule, noun: Token) -> Rule | None:
    """The verb's first object row (of the same particle) that names this noun alone."""
    words = {noun.lemma_.lower(), noun.lower_}
    words |= {g.lemma_.lower() for g in noun.children if g.dep_ in {"amod", "compound", "nmod"}}
    for rule in rules_by_trigger().get((current.lemma, "VERB"), ()):
        if rule.objects & words and rule.particle == current.particle and not rule.frame:
            return rule
    return None


_ADDRESSING_VERBS = frozenset(
    {"tell", "inform", "brief", "meet", "greet", "thank", "welcome", "warn", "urge"}
)


def _recoded(verb: Token, lemma: str, code: str) -> Trigger:
    """The verb read as another action than its lexicon row says ("wants X to", "told X to",
    "called it stunning")."""
    return Trigger(verb, verb, _bare_rule(lemma, code), code, None)


def _read_off(
    token: Token,
    action: Token,
    code: str,
    *,
    target: Token | None = None,
    doer: Token | None = None,
) -> Trigger:
    """An action read off the parse rather than a lexicon row: a verdict of whoever reports
    it, a stance held toward someone."""
    rule = _bare_rule(token.lemma_.lower(), code)
    return Trigger(token, action, rule, code, None, target=target, doer=doer)


def _bare_rule(lemma: str, code: str) -> Rule:
    """A verb rule with no object, particle or frame, for an action read off the parse."""
    return Rule(lemma, "VERB", code, frozenset(), "", "")


def _confidence_in_someone(verb: Token) -> Token | None:
    """Whom the verb's "confidence in", "faith in" or "trust in" is in."""
    beliefs = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in BELIEF_NOUNS]
    return next((p for b in beliefs for p in prepositional_objects(b, "in")), None)


def _summoned_to_appear(verb: Token) -> bool:
    """Someone asked or invited to appear or testify "before" an authority is summoned."""
    return any(child.dep_ == "dobj" for child in verb.children) and any(
        child.dep_ == "xcomp"
        and child.lemma_.lower() in APPEARING
        and any(prep.dep_ == "prep" and prep.lower_ == "before" for prep in child.children)
        for child in verb.children
    )


def _tells_someone_to_act(verb: Token) -> bool:
    """ "told WeWork executives to look", "was told by Bolton to go": whom, and what to do."""
    return any(child.dep_ in {"dobj", "dative", "nsubjpass"} for child in verb.children) and any(
        child.dep_ == "xcomp" and child.pos_ == "VERB" and has_to_infinitive(child)
        for child in verb.children
    )


def _announces_joint_work(verb: Token) -> bool:
    """What is announced (not an event the lexicon codes) was made "with" a named party."""
    return any(
        child.dep_ == "dobj"
        and matching_rule(child, "NOUN") is None
        and any(
            prep.dep_ == "prep"
            and prep.lower_ == "with"
            and any(p.dep_ == "pobj" and (p.ent_type_ or p.pos_ == "PROPN") for p in prep.children)
            for prep in child.children
        )
        for child in verb.children
    )


def _opening_participle_of_name(verb: Token) -> bool:
    """ "Addressing Xi, Putin said" parsed as a name ("Addressing Xi"): the participle opening
    the sentence is a verb and the name its object."""
    head = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.i == verb.sent.start
        and verb.dep_ == "compound"
        and head.pos_ == "PROPN"
        and head.i == verb.i + 1
    )


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


def _refused_cooperation(verb: Token) -> tuple[Token, Rule] | None:
    """The cooperative act a "refuse to" / "decline to" verb turns down ("the Taliban refused
    to negotiate with Kabul", "Obama declined to send arms to Ukraine")."""
    if verb.lemma_.lower() not in REFUSING:
        return None
    embedded = _embedded_action(verb)
    if embedded is None or embedded[1].code[:2] not in REFUSABLE_ROOTS:
        return None
    return embedded


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
        if child.dep_ == "conj" and child.tag_ in FINITE_TAGS:
            continue  # "promised to protect Medicaid and hammered Bevin": done, not promised
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
    """The wanted action when it has its own subject ("wants the UK to extradite Assange");
    one wanted to undergo something ("wants Rudolph to be disciplined") is not asked to act."""
    return next(
        (
            child
            for child in verb.children
            if child.dep_ == "ccomp"
            and has_to_infinitive(child)
            and any(g.dep_ == "nsubj" for g in child.children)
        ),
        None,
    )


def _refused_by_noun(verb: Token) -> bool:
    """The verb spells out what a refusal, reluctance or failure is about: it did not happen."""
    return verb.dep_ == "acl" and verb.head.lemma_.lower() in UNDONE_NOUNS


def _is_denied(verb: Token) -> bool:
    """The verb is what a denial denies ("denied meeting Ukrainian officials", "disputed that
    its forces had struck the hospital"): the speaker says it did not happen."""
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "denied sending weapons or training troops"
    return clause.dep_ in {"xcomp", "ccomp"} and clause.head.lemma_.lower() in DENYING


def _standing_role(verb: Token) -> bool:
    """A relative clause in the simple present on a common noun says what the thing does
    by its nature or office ("the House subcommittee that funds NASA", "an agency that
    regulates banks"); it reports no act."""
    return (
        verb.dep_ == "relcl"
        and verb.tag_ in {"VBZ", "VBP"}
        and verb.head.pos_ == "NOUN"
        and not any(child.dep_ in {"aux", "auxpass", "neg"} for child in verb.children)
    )


def _unasserted_infinitive(verb: Token) -> bool:
    """A to-infinitive with a subject of its own ("efforts to get Ukraine to investigate
    Biden", "room for the White House to back down") is wanted, expected or possible, not
    done; unless its verb makes it happen ("forced Kyiv to withdraw")."""
    if not has_to_infinitive(verb) or verb.head.lemma_.lower() in IMPLICATIVE_VERBS:
        return False
    own_subject = any(child.dep_ == "nsubj" for child in verb.children)
    # "did not require Russia to withdraw": the infinitive of the head's object
    object_asked = verb.dep_ == "xcomp" and any(
        child.dep_ in {"dobj", "dative"} for child in verb.head.children
    )
    return own_subject or object_asked


def _purpose_of_framed_action(verb: Token) -> bool:
    """ "pledged to coordinate more closely to oppose American hegemony": the purpose of
    an action that is pledged, threatened or refused belongs to that frame's content; it is
    no act of its own."""
    if verb.dep_ != "advcl" or not has_to_infinitive(verb) or verb.head.dep_ != "xcomp":
        return False
    frame_rule = matching_rule(verb.head.head, "VERB")
    return frame_rule is not None and frame_rule.frame in FRAMES


def _is_content_of_noun(verb: Token) -> bool:
    """The verb spells out what an invitation, offer or plan is about."""
    if verb.dep_ == "acl":
        return (
            verb.head.lemma_.lower() in CONTENT_NOUNS
            or matching_rule(verb.head, "NOUN") is not None
        )
    if verb.dep_ in {"advcl", "xcomp"} and _infinitive(verb):
        return any(
            child.dep_ == "dobj" and child.lemma_.lower() in CONTENT_NOUNS
            for child in verb.head.children
        )
    return False


def _is_content_of_appeal(verb: Token) -> bool:
    """The infinitive says what an appeal or a demand asks of its object ("urged Ukraine to
    investigate", "pressed Kyiv to cede territory", "told executives to look for"), as does
    a bare clause ("demanded the FBI summon him", "urged that Kyiv release them")."""
    head = verb.head
    if part_of_speech(head) != "VERB":
        return False
    rule = matching_rule(head, "VERB")
    if is_bare_clause(verb):
        appeal = rule is not None and rule.code[:2] in APPEAL_ROOTS
        return appeal or mandated_clause(head) is not None
    if verb.dep_ != "xcomp" or not has_to_infinitive(verb):
        return False
    if not any(c.dep_ in {"dobj", "dative"} for c in head.children) and not _asked_by_particle(
        head, rule
    ):
        return False
    return head.lemma_.lower() == "tell" or (rule is not None and rule.code[:2] in APPEAL_ROOTS)


def _asked_by_particle(verb: Token, rule: Rule | None) -> bool:
    """ "called on China to release", "appealed to Moscow to stop": the one asked is the
    object of the preposition the appeal's rule asks for."""
    return (
        rule is not None
        and rule.particle != ""
        and any(c.dep_ == "prep" and c.lower_ == rule.particle for c in verb.children)
    )


def _infinitive(verb: Token) -> bool:
    """ "invited Xi to visit": the clause spells out the invitation; not "proposed a plan,
    calling for talks", a participle clause that is an act of its own."""
    return verb.tag_ != "VBG" or has_to_infinitive(verb)


def _codable_noun(noun: Token, rule: Rule, coded_verbs: set[int]) -> bool:
    """An event noun is coded unless a coded verb already reports it ("held talks", "imposed
    sanctions", "called for talks"; not one a clause of its own describes), it only
    measures a duration ("three years of negotiations"), or its verb says it did not happen
    ("cancelled his trip")."""
    if _a_series(noun):
        return False  # "communiqués issued during their frequent bilateral meetings"
    if _described_relation(noun, rule):
        return False  # "its trade with Russia is normal commerce"
    head = noun.head
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in DURATION_NOUNS
        and not _names_counterpart(noun)
    ):
        return False  # "three years of negotiations"; not "five hours of talks with Wang Yi"
    path_preps: list[str] = []
    current = noun
    for _ in range(4):
        if current.head.i == current.i:
            return True
        if current.dep_ in {"nsubj", "nsubjpass"}:
            return True
        current = current.head
        if any(child.dep_ == "csubj" for child in current.children):
            return True  # "thanked Trump after what he said was a good call": its own clause
        if current.pos_ == "ADP":
            path_preps.append(current.lower_)
        if part_of_speech(current) == "VERB":
            if current.lemma_.lower() in NON_EVENT_VERBS:
                return False
            settings = set(path_preps) & CIRCUMSTANCE_PREPS
            own_event = _is_owned_attack(noun, rule)
            return current.i not in coded_verbs or bool(settings) or own_event
    return True


def _described_relation(noun: Token, rule: Rule) -> bool:
    """Cooperation with someone that a copula describes ("cooperation with Beijing was a
    stabilising factor") is a standing relation the sentence characterises, not an act; a
    deal that became final took place."""
    return (
        rule.code[:2] == MATERIAL_COOPERATION_ROOT
        and rule.particle == "with"
        and noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() in STATE_COPULAS
    )


def _a_series(noun: Token) -> bool:
    """ "their frequent meetings", "previous mass protests": a run of events described
    together is background, not an event the sentence reports."""
    return noun.tag_ == "NNS" and any(
        child.dep_ == "amod" and child.lower_ in SERIES_WORDS for child in noun.children
    )


def _names_counterpart(noun: Token) -> bool:
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in {"with", "between"}
        and any(
            p.dep_ == "pobj"
            and (p.ent_type_ or p.pos_ == "PROPN" or any(g.dep_ == "appos" for g in p.children))
            for p in prep.children
        )
        for prep in noun.children
    )


def _is_owned_attack(noun: Token, rule: Rule) -> bool:
    """ "condemned Russia's invasion": an attack named with its own actor took place; it is an
    event of its own, not what the verb reports."""
    return rule.code[:2] in PHYSICAL_ROOTS and any(
        child.dep_ == "poss" and child.pos_ == "PROPN" for child in noun.children
    )
