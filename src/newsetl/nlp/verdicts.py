"""Verdicts a speaker passes on someone: praise (051) or criticism (111) of a named doer
in a reported clause ("'Governor @MattBevin has done a wonderful job!' Trump tweeted",
"Williams said Trump's request was inappropriate"), a verb that names someone or their
deed with a verdict ("called his performance stunning", "described the deal as
excellent"), a claim against someone called untrue, which defends them (052), and one
called untrue with no one accused, which is the speaker's denial (016).

``triggers`` turns each verdict into a trigger of the reporting verb; this module only
reads the parse.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from newsetl.nlp.matching import matching_rule, part_of_speech
from newsetl.nlp.syntax import prepositional_objects
from newsetl.nlp.wrongdoing import ACCUSATION_CODE, accused_doer, punishment_demanded

PRAISE_CODE = "051"
PRAISED_WORK = frozenset({"job", "work"})
PRAISE_WORDS = frozenset(
    {"great", "good", "fine", "wonderful", "fantastic", "terrific", "excellent", "tremendous"}
    | {"incredible", "amazing", "outstanding", "superb", "phenomenal", "remarkable", "brilliant"}
)
# what praises a person ("a brilliant leader"); not intensifiers ("a great threat")
PERSON_PRAISE_WORDS = frozenset(
    {"good", "fine", "wonderful", "fantastic", "terrific", "excellent", "outstanding", "superb"}
    | {"brilliant", "accomplished", "exceptional", "talented", "gifted", "best", "finest"}
)
# what praises the way someone plays or works ("playing terrific basketball"); not "great" or
# "good", which also size or rate a thing ("did great damage", "got a good deal")
PERFORMANCE_PRAISE_WORDS = frozenset(
    {"wonderful", "fantastic", "terrific", "excellent", "outstanding", "superb", "brilliant"}
    | {"exceptional", "tremendous", "incredible", "amazing", "phenomenal", "remarkable"}
)
CRITICISM_CODE = "111"
# what condemns a deed or its doer when a speaker says it of them ("the call was
# inappropriate", "Schiff and the Democrats are blinded"); not mere bad news ("weak", "sad").
# A claim called untrue is the speaker's denial, not criticism (``_untrue_verdict_on_a_claim``)
BLAME_WORDS = frozenset(
    {"inappropriate", "improper", "illegal", "unlawful", "illegitimate", "unconstitutional"}
    | {"wrong", "unacceptable", "irresponsible", "reckless", "outrageous", "shameful"}
    | {"disgraceful", "corrupt", "biased", "misleading", "dishonest", "baseless", "unfair"}
    | {"unjust", "appalling", "deplorable", "hypocritical", "incompetent", "irregular"}
    | {"absurd", "ridiculous", "disgusting", "despicable", "cowardly", "racist", "false"}
    | {"blinded", "mercurial", "erratic", "dangerous", "unethical", "immoral", "lawless"}
    | {"offensive", "insulting", "hateful", "reprehensible", "inexcusable", "indefensible"}
    | {"inhumane", "barbaric", "scandalous", "unprofessional", "undemocratic", "treasonous"}
)
# condemning only as a predicate: "an offensive lineman" plays in attack
PREDICATE_BLAME_WORDS = frozenset({"offensive"})
DENIAL_CODE = "016"
# verdicts that call a claim untrue, and what they are said of: a denial of the claim
UNTRUE_WORDS = frozenset({"false", "untrue", "baseless", "groundless", "unfounded", "fabricated"})
CREDIBLE_WORDS = frozenset({"credible", "true", "accurate", "believable"})
DEFENCE_CODE = "052"
CLAIM_NOUNS = frozenset(
    {"claim", "allegation", "accusation", "charge", "report", "assertion", "story", "statement"}
)
BLAME_NOUNS = frozenset(
    {"disgrace", "lie", "lies", "hoax", "sham", "charade", "travesty", "mistake", "failure"}
    | {"scandal", "violation", "betrayal", "blackmail", "fraud", "farce"}
    | {"disaster", "fiasco", "debacle", "blunder"}
    # what a person is called that condemns them ("said Alvarez was a liar")
    | {"liar", "traitor", "crook", "thug", "coward", "hypocrite", "bully", "clown", "idiot"}
)
# what a thing is called that blames its owner, though "the problem is" blames no one
NAMED_BLAME_NOUNS = frozenset({"problem", "obstacle", "menace", "liability"})
COPULAS = frozenset({"be", "seem", "look", "become", "remain"})
STATE_COPULAS = COPULAS - {"become"}
# subjects a verdict can be said of: a named doer or a person's pronoun
VERDICT_PRONOUNS = frozenset({"he", "she", "they", "him", "her", "them"})
# verbs that say what someone or something is ("called it stunning")
NAMING_VERBS = frozenset(
    {"call", "describe", "term", "deem", "hail", "brand", "label", "consider", "dub"}
    | {"view", "regard", "see", "characterise", "characterize", "portray", "depict"}
)
VERDICT_PRAISE_WORDS = PRAISE_WORDS | {
    "stunning",
    "exceptional",
    "extraordinary",
    "superb",
    "lovely",
    # what a relationship or a decision is praised as ("described ties as special")
    "special",
    "privileged",
    "historic",
    "landmark",
    "exemplary",
    "invaluable",
}
OPINION_VERBS = frozenset({"think", "believe", "feel"})
# statements beyond the lexicon's speech verbs: where a quote was published
POSTING_VERBS = frozenset({"tweet", "write", "post", "add"})
# remarks that carry a verdict as said does ("noting that Brooke's offer was a lovely gesture")
REMARKING_VERBS = frozenset({"note", "observe", "remark"})
# what something is said to show, the speaker asserts ("the hearing exposes that ...")
SHOWING_VERBS = frozenset({"show", "expose", "prove", "reveal", "demonstrate", "confirm"})
# verbs outside the lexicon that open a verdict ("called the move illegal", "Trump tweeted
# that ... did a wonderful job"): a sentence with one of them is worth coding
VERDICT_VERBS = NAMING_VERBS | POSTING_VERBS | REMARKING_VERBS


@dataclass(frozen=True, slots=True)
class Verdict:
    speaker: Token  # the reporting verb, where the one passing the verdict is read
    verdict: Token  # the clause's verb, where the verdict was read
    code: str
    target: Token | None  # whom it is passed on, when no dependent of the verb names them


def reported_verdicts(sentence: Span) -> Iterator[Verdict]:
    """A reported verdict on a named doer is praise (051) or criticism (111) of them:
    "'Governor @MattBevin has done a wonderful job!' Trump tweeted", "Williams said Trump's
    request was inappropriate". The speaker is the subject of the reporting verb above the
    clause or, when the parser splits off the quote, of the next sentence's bare one."""
    for verb in sentence:
        for doer_of, code in (
            (_praised_doer, PRAISE_CODE),
            (_blamed_doer, CRITICISM_CODE),
            (accused_doer, ACCUSATION_CODE),  # "Macron said Trump had lied"
            (punishment_demanded, CRITICISM_CODE),  # "said Rudolph should be disciplined"
        ):
            doer = doer_of(verb)
            speaker = _reporting_verb_above(verb) if doer is not None else None
            untrue = _untrue_verdict_on_a_claim(verb) if code == CRITICISM_CODE else None
            claim = _judged_claim(verb) if untrue is not None else None
            if claim is not None and _accused(claim) is not None:
                continue  # a defence of the accused (``defences``)
            if speaker is not None and untrue is not None:
                # "told reporters the ministry's claim is false": the speaker's denial, which
                # needs no target; the verdict stands as its target and names no one
                yield Verdict(speaker, verb, DENIAL_CODE, untrue)
            elif speaker is not None:
                target = _said_of(speaker) if doer.pos_ == "PRON" else None
                # a punishment called for is not yet done: the act is the saying
                said = speaker if doer_of is punishment_demanded else verb
                yield Verdict(speaker, said, code, target or doer)


def _said_of(speaker: Token) -> Token | None:
    """ "'His stamina is extraordinary,' Bornstein wrote of Trump": whom a statement is
    said to be of names the pronoun of its verdict."""
    return next(iter(prepositional_objects(speaker, "of")), None)


def _untrue_verdict_on_a_claim(verb: Token) -> Token | None:
    """ "the Russian defense ministry's claim is patently false": the verdict, when what is
    judged is a claim and the verdict says it is untrue."""
    if _judged_claim(verb) is None:
        return None
    predicates = [c for c in verb.children if c.dep_ in {"acomp", "attr"}]
    predicates += [g for p in predicates for g in p.children if g.dep_ == "conj"]
    return next((p for p in predicates if _says_untrue(p)), None)


def _judged_claim(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return next((c for c in subjects if c.lemma_.lower() in CLAIM_NOUNS), None)


def _says_untrue(predicate: Token) -> bool:
    """ "false", "baseless"; "not credible", "not true"; not "not false"."""
    # "are not credible": the parser hangs the negation on the copula
    holders = [predicate] + ([predicate.head] if predicate.dep_ in {"acomp", "attr"} else [])
    negated = any(c.dep_ == "neg" for h in holders for c in h.children)
    if predicate.lower_ in UNTRUE_WORDS:
        return not negated
    return negated and predicate.lower_ in CREDIBLE_WORDS


def _accused(claim: Token) -> Token | None:
    """Whom a claim is against ("the allegations against Biden")."""
    return next(iter(prepositional_objects(claim, "against")), None)


def defences(sentence: Span) -> Iterator[Verdict]:
    """ "'The allegations against Biden are not credible,' Volker said": calling a claim
    against someone untrue defends them (052)."""
    for verb in sentence:
        claim = _judged_claim(verb)
        accused = _accused(claim) if claim is not None else None
        if accused is None or _untrue_verdict_on_a_claim(verb) is None:
            continue
        speaker = _reporting_verb_above(verb)
        if speaker is not None:
            yield Verdict(speaker, verb, DEFENCE_CODE, accused)


def called_praiseworthy(verb: Token) -> bool:
    """ "called his performance stunning", "described the deal as excellent"."""
    return any(v.lower_ in VERDICT_PRAISE_WORDS for v in _verdicts_named(verb))


def called_blameworthy(verb: Token) -> bool:
    """ "called the move illegal", "described the deal as a betrayal", "dubbed his role
    the Gordon problem"."""
    return any(_is_blame(v) or v.lemma_.lower() in NAMED_BLAME_NOUNS for v in _verdicts_named(verb))


def _verdicts_named(verb: Token) -> list[Token]:
    """What a naming verb says its object is; nothing when the verdict is given up ("no
    longer considers the settlements illegal")."""
    if verb.lemma_.lower() not in NAMING_VERBS or _denied(verb):
        return []
    verdicts = [c for c in verb.children if c.dep_ in {"oprd", "acomp", "xcomp"}]
    if any(c.dep_ == "dative" for c in verb.children):
        # "branded Alvarez a traitor": the parser reads the one named as a dative
        verdicts += [c for c in verb.children if c.dep_ == "dobj"]
    # "labelled Alvarez a disgrace": or the verdict as an adverbial noun
    verdicts += [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN"]
    small = _small_clause(verb)
    verdicts += [small] if small is not None else []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # 'called the decision "reckless"', "described the move as a mistake": the parser may
    # hang the verdict on the object, as an adjective after it or its as-phrase
    verdicts += [g for o in objects for g in o.children if g.dep_ == "amod" and g.i > o.i]
    return verdicts + [
        g
        for c in (*verb.children, *(g for o in objects for g in o.children))
        if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children
    ]


def _denied(verb: Token) -> bool:
    """ "no longer considers": a verdict given up is none (one merely not given, "did not
    call it illegal", is a negated verdict)."""
    adverbs = [c for c in verb.children if c.dep_ == "advmod"]
    return any(g.dep_ == "neg" for adverb in adverbs for g in adverb.children)


def _small_clause(verb: Token) -> Token | None:
    """ "considers the US biased": the parser reads the object and its verdict as a clause
    of their own, a participle or adjective with a subject and no auxiliary."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        deps = {g.dep_ for g in clause.children}
        bare = not deps & {"aux", "auxpass", "mark"}
        if clause.tag_ in {"VBN", "JJ", "VBD"} and "nsubj" in deps and bare:
            return clause
    return None


def small_clause_subject(verb: Token) -> Token | None:
    """Whom a small-clause verdict is of: the subject the parser gave it."""
    clause = _small_clause(verb)
    if clause is None:
        return None
    return next((g for g in clause.children if g.dep_ == "nsubj"), None)


def _blamed_doer(verb: Token) -> Token | None:
    """The owner of a copula's subject whose predicate condemns ("Trump's request was
    inappropriate" -> Trump), or else that subject: a name, a person's pronoun or a
    description."""
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if verb.lower_ in BLAME_WORDS and any(c.dep_ == "auxpass" for c in verb.children):
        # "Schiff and the Democrats are blinded by their hatred": a passive verdict
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass" and _may_be_blamed(c)]
        return subjects[0] if subjects else None
    if verb.lemma_.lower() not in COPULAS:
        return None
    predicates = [c for c in verb.children if c.dep_ in {"acomp", "attr"}]
    predicates += [g for p in predicates for g in p.children if g.dep_ == "conj"]
    if not any(_is_blame(p) for p in predicates):
        return None
    return _judged_subject(verb, {"nsubj", "nsubjpass"}, _may_be_blamed)


def _judged_subject(
    verb: Token, subject_deps: set[str], may_be_judged: Callable[[Token], bool]
) -> Token | None:
    """Whom a copula's verdict is on: the owner of its subject ("his strength is
    extraordinary"), its doer ("the arrest of Navalny by Russian authorities was
    unacceptable") or the subject itself, when any may be judged."""
    for subject in (c for c in verb.children if c.dep_ in subject_deps):
        owners = [g for g in subject.children if g.dep_ == "poss" and may_be_judged(g)]
        owners += [p for p in prepositional_objects(subject, "by") if may_be_judged(p)]
        if owners:
            return owners[0]
        if may_be_judged(subject):
            return subject
    return None


def _is_blame(word: Token) -> bool:
    if word.lower_ in BLAME_WORDS or word.lemma_.lower() in BLAME_NOUNS:
        return True
    return word.pos_ == "NOUN" and any(
        g.dep_ == "amod" and g.lower_ in BLAME_WORDS - PREDICATE_BLAME_WORDS for g in word.children
    )


def _may_be_blamed(token: Token) -> bool:
    """A name, a person's pronoun or a description ("the president"); whom a description
    stands for, if anyone, the actor reading decides."""
    if token.pos_ == "PRON":
        return token.lower_ in VERDICT_PRONOUNS
    return token.pos_ in {"PROPN", "NOUN"}


def _praised_doer(verb: Token) -> Token | None:
    """The named subject of "has done a great job", "did fantastic work"; the person of
    "Jose is one of the world's most accomplished managers"."""
    if any(child.dep_ == "neg" for child in verb.children):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.lemma_.lower() == "do" and any(
        child.dep_ == "dobj"
        and child.lemma_.lower() in PRAISED_WORK
        and _praised(child, PRAISE_WORDS)
        for child in verb.children
    ):
        doers = [c for c in subjects if c.ent_type_ or c.pos_ == "PROPN"]
        return doers[0] if doers else None
    if any(child.dep_ == "dobj" and _praised_performance(child) for child in verb.children):
        # "He's playing terrific basketball": praise of how the doer plays or works
        doers = [c for c in subjects if c.pos_ == "PROPN" or c.lower_ in VERDICT_PRONOUNS]
        return doers[0] if doers else None
    if verb.lemma_.lower() == "be" and any(
        child.dep_ == "attr" and _praised(_one_of(child), PERSON_PRAISE_WORDS)
        for child in verb.children
    ):
        people = [c for c in subjects if c.ent_type_ == "PERSON"]
        if people:
            return people[0]
    return _owner_of_praised_subject(verb)


def _owner_of_praised_subject(verb: Token) -> Token | None:
    """ "His strength is extraordinary", "Brooke's offer was a lovely gesture", "They are
    such good singers": a copula whose predicate praises names whom it praises, the owner
    of its subject or the subject itself when that is a name or a person's pronoun."""
    if verb.lemma_.lower() not in COPULAS:
        return None
    predicates = [c for c in verb.children if c.dep_ in {"acomp", "attr"}]
    if not any(_is_praise(p) for p in predicates):
        return None
    return _judged_subject(verb, {"nsubj"}, _may_be_praised)


def _is_praise(word: Token) -> bool:
    return word.lower_ in VERDICT_PRAISE_WORDS or (
        word.pos_ == "NOUN" and _praised(word, PERSON_PRAISE_WORDS | {"lovely"})
    )


def _may_be_praised(token: Token) -> bool:
    """A name or a person's pronoun: not a description, whose praise may be of no one."""
    if token.pos_ == "PRON":
        return token.lower_ in VERDICT_PRONOUNS | {"his", "her", "their"}
    return token.pos_ == "PROPN"


def _one_of(noun: Token) -> Token:
    """ "one of the world's most accomplished managers" -> managers."""
    if noun.lower_ != "one":
        return noun
    of = [g for c in noun.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return of[0] if of else noun


def _praised_performance(noun: Token) -> bool:
    """ "terrific basketball"; the parser may read the adjective as part of a name
    ("superb tennis")."""
    return any(
        g.dep_ in {"amod", "compound"} and g.lower_ in PERFORMANCE_PRAISE_WORDS
        for g in noun.children
    )


def _praised(noun: Token, words: frozenset[str]) -> bool:
    return any(g.dep_ == "amod" and g.lower_ in words for g in noun.children)


def _reporting_verb_above(verb: Token) -> Token | None:
    if verb.dep_ == "ccomp" and _own_opinion(verb.head):
        verb = verb.head  # '"I think the allegations are false," Volker said'
    if verb.dep_ == "ccomp" and (_is_reporting(verb.head) or _quotes_after_colon(verb)):
        return verb.head
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SHOWING_VERBS:
        # "'Today's hearing exposes that Schiff is blinded,' Grisham said": what the speaker
        # says a thing shows is the speaker's verdict
        shown = verb.head
        return shown.head if shown.dep_ == "ccomp" and _is_reporting(shown.head) else None
    if verb.dep_ != "ROOT" or verb.sent.end >= len(verb.doc):
        return None
    following = verb.doc[verb.sent.end].sent.root
    bare = not any(child.dep_ in {"ccomp", "dobj"} for child in following.children)
    return following if bare and _is_reporting(following) else None


def _own_opinion(verb: Token) -> bool:
    """ "I think", "we believe": the speaker's own judgement, which the report passes on."""
    speakers = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in {"i", "we"}]
    return verb.lemma_.lower() in OPINION_VERBS and bool(speakers)


def _quotes_after_colon(clause: Token) -> bool:
    """'Steenburgen found one drawback: "They're such good singers ..."': a quotation set
    after a colon is the words of the subject of the clause the colon ends."""
    head = clause.head
    colons = [c for c in head.children if c.lower_ == ":" and c.i < clause.i]
    return any(
        c.i + 1 < len(c.doc) and c.doc[c.i + 1].is_quote and c.doc[c.i + 1].i < clause.i
        for c in colons
    )


def _is_reporting(verb: Token) -> bool:
    if verb.lemma_.lower() in POSTING_VERBS | REMARKING_VERBS:
        return True
    rule = matching_rule(verb, "VERB") if part_of_speech(verb) == "VERB" else None
    return rule is not None and rule.frame == "speech"
