"""Shapes of the dependency parse that reading a trigger's actors asks about.

Pure tests and walks over spaCy tokens, with no actor reading: whose a noun is ("Putin's
visit", "the stake held by Ferro"), who does what an event noun names ("the attack by
Hamas"), the verb above a token, a passive, a participle set off by commas, a subject the
parser hung off an auxiliary or an outlet's bracketed credit, the objects a verb really
has. ``arguments.Arguments`` turns them into actors.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsetl.nlp.descriptors import is_definite_description
from newsetl.nlp.matching import matching_rule, part_of_speech
from newsetl.nlp.quotes import REPORTING_VERBS
from newsetl.nlp.syntax import has_own_subject, has_the, prepositional_objects
from newsetl.nlp.triggers import PHYSICAL_ROOTS

MAX_CLIMB = 5
# prepositions that can open a clause ("after Trump warned")
CLAUSE_OPENING_PREPS = frozenset({"after", "before", "since", "until"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# participles of a speech act ("..., accusing Brussels of blackmail"), which can close a
# statement a reporting verb reports
SPEECH_ACT_PARTICIPLES = frozenset(
    {"accuse", "warn", "urge", "blame", "criticise", "criticize", "condemn", "praise"}
    | {"threaten", "demand", "call", "describe", "deny", "vow", "promise", "pledge"}
)
# participles that give a noun its name ("known as", "called", "dubbed")
NAMING_PARTICIPLES = frozenset({"know", "call", "dub", "name"})
# "received a suspension for shoving", "faces charges for assaulting": the receiver did it
PENALTY_RECEIVING_VERBS = frozenset({"receive", "get", "earn", "face", "draw", "serve"})
# "the stake held by Michael Ferro" is Ferro's stake
HOLDING_VERBS = frozenset({"hold", "own", "control"})
STAKE_NOUNS = frozenset({"stake", "investment", "interest", "shareholding"})
# "a 51% ownership position in Jenner's portfolio": a share in a company by another name
STAKE_MODIFIERS = frozenset({"ownership", "equity", "controlling", "majority", "minority"})
# "the invasion of Ukraine", "strikes on Kyiv", "the war against Ukraine"
VICTIM_PREPS = frozenset({"of", "on", "against"})
# "refrained from condemning": the subject does (or not) the gerund; "barred X from entering":
# the object does
REFRAINING_PREP = "from"
# "policies on Brexit", "talks about Iran": what the noun is about, not who it is aimed at
TOPIC_NOUNS = frozenset(
    {
        "policy",
        "talk",
        "negotiation",
        "discussion",
        "debate",
        "stance",
        "view",
        "remark",
        "comment",
        "question",
        "issue",
        "report",
        "plan",
        "proposal",
        "strategy",
        "approach",
        "rhetoric",
        "outlook",
        "handling",
    }
)
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
# common nouns that stand for an actor themselves ("accused the government")
ACTOR_WORDS = frozenset(
    {"leader", "president", "minister", "members", "leaders", "officials"}
    | {"government", "authorities", "administration", "regime"}
)
OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
# what sets off a noun that sums up the clause before it ("..., a move that Moscow condemned")
SUMMARY_MARKS = frozenset({",", "—", "–", "-", "--"})
# nouns that name an act ("a move", "a decision"), not another thing the clause names
ACT_NOUNS = frozenset(
    {"move", "decision", "step", "act", "action", "measure", "gesture", "response"}
    | {"comment", "remark", "statement", "announcement", "claim", "accusation", "threat"}
)


def possessors(noun: Token) -> list[Token]:
    """ "Putin's stance", "an SEC inquiry": the owner words before a noun."""
    return [c for c in noun.children if c.dep_ in OWNER_DEPS and c.i < noun.i]


def owners(noun: Token) -> list[Token]:
    """Who a thing is of: "Putin's stance", "the stake held by Michael Ferro"."""
    owners = possessors(noun)
    held = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in HOLDING_VERBS]
    agents = [a for verb in held for a in verb.children if a.dep_ == "agent"]
    owners += [pobj for agent in agents for pobj in agent.children if pobj.dep_ == "pobj"]
    return owners + doers(noun)


def doers(noun: Token) -> list[Token]:
    """Who does what an event noun names: "a takeover of the plan by the PBGC" (the parser
    can hang the by-phrase off the noun's of-phrase)."""
    if matching_rule(noun, "NOUN") is None:
        return []
    holders = [noun, *prepositional_objects(noun, "of")]
    return [doer for holder in holders for doer in prepositional_objects(holder, "by")]


def trailing_names(noun: Token) -> list[Token]:
    """Names the parser hung off a kind noun that they follow ("to companies Astrobotic,
    Intuitive Machines and Orbit Beyond")."""
    return [
        child
        for child in noun.children
        if child.i > noun.i and child.pos_ == "PROPN" and child.dep_ in {"amod", "nmod"}
    ]


def with_auxiliary_children(verb: Token) -> list[Token]:
    """The verb's children, then its auxiliaries' ("Sondland did, in fact, discuss": the
    parser can hang the subject off the auxiliary)."""
    children = list(verb.children)
    auxiliaries = [c for c in children if c.dep_ in {"aux", "auxpass"}]
    return children + [g for aux in auxiliaries for g in aux.children if g.dep_ == "nsubj"]


def victim_of_an_attack(noun: Token, prep: Token, physical: bool) -> bool:
    """Who an attack is on is its victim, not whom a word about the attack is aimed at."""
    if physical or prep.lower_ not in VICTIM_PREPS:
        return False
    rule = matching_rule(noun, "NOUN")
    return rule is not None and rule.code[:2] in PHYSICAL_ROOTS


def governing_verb(token: Token) -> Token | None:
    """The nearest verb (or auxiliary) above a token."""
    current = token
    for _ in range(MAX_CLIMB):
        if current.head.i == current.i:
            return None
        current = current.head
        if part_of_speech(current) == "VERB" or current.pos_ == "AUX":
            return current
    return None


def sums_up_clause(noun: Token) -> bool:
    """ "Germany expelled two diplomats, a move that Moscow condemned": an indefinite noun of
    an act, set off by a comma or a dash, that closes the sentence names the act the clause
    before it reports (not "a bank, a project that Russia supported", which names the bank)."""
    if noun.lemma_.lower() not in ACT_NOUNS or noun.left_edge.i <= noun.sent.start:
        return False
    indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
    set_off = noun.doc[noun.left_edge.i - 1].text in SUMMARY_MARKS
    closing = all(t.is_punct for t in noun.doc[noun.right_edge.i + 1 : noun.sent.end])
    return indefinite and set_off and closing


def is_stake(noun: Token) -> bool:
    return noun.lemma_.lower() in STAKE_NOUNS or any(
        child.dep_ in {"compound", "amod"} and child.lower_ in STAKE_MODIFIERS
        for child in noun.children
    )


def uncredited(subject: Token) -> Token:
    """ "(CNN) President Donald Trump ... made": a name in brackets opening the sentence is
    the outlet's credit; the parser can make it the subject and the real one its modifier."""
    doc = subject.doc
    bracketed = (
        subject.i > 0
        and doc[subject.i - 1].text == "("
        and subject.i + 1 < len(doc)
        and doc[subject.i + 1].text == ")"
    )
    if not bracketed:
        return subject
    named = [c for c in subject.children if c.i > subject.i + 1 and c.pos_ == "PROPN"]
    return named[0] if named else subject


def speaker_of_trailing_act(participle: Token) -> Token | None:
    """ "Kobakhidze announced that Georgia would refuse EU grants, accusing Brussels of
    blackmail": a participle of speech closing a reported clause is the reporting verb's act
    (the speaker accuses), wherever the parser hung it in that clause."""
    if participle.tag_ != "VBG" or participle.dep_ != "advcl":
        return None
    if participle.lemma_.lower() not in SPEECH_ACT_PARTICIPLES:
        return None
    if participle.left_edge.i == 0 or participle.doc[participle.left_edge.i - 1].text != ",":
        return None
    if any(
        not t.is_punct for t in participle.doc[participle.right_edge.i + 1 : participle.sent.end]
    ):
        return None
    clause = participle.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    reporting = clause.head
    if clause.dep_ != "ccomp" or reporting.lemma_.lower() not in REPORTING_VERBS:
        return None
    return reporting


def stranded_subject(verb: Token) -> Token | None:
    """ "The meeting came hours after Trump, speaking in the Oval Office, warned that ...": a
    clause opened by "after" whose subject is set off from its verb by commas; the parser
    makes the subject the preposition's object and the finite verb, left without a subject,
    a conjunct (with no "and" between them) or an adverbial clause of the main verb."""
    if verb.dep_ not in {"conj", "advcl"} or verb.tag_ not in FINITE_TAGS:
        return None
    if has_own_subject(verb):
        return None
    for mark in (c for c in verb.children if c.dep_ == "mark" and c.lower_ in CLAUSE_OPENING_PREPS):
        # "a day after Donald Trump threatened sanctions": the subject hung off the "after"
        for subject in (c for c in mark.children if c.dep_ == "pobj" and c.i < verb.i):
            if subject.pos_ == "PROPN":
                return subject
    head = verb.head
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None  # a true coordination: "arrived after Putin and left"
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in CLAUSE_OPENING_PREPS:
            continue
        for subject in (c for c in prep.children if c.dep_ == "pobj"):
            comma = subject.doc[subject.i + 1] if subject.i + 1 < verb.i else None
            if subject.pos_ == "PROPN" and comma is not None and comma.text == ",":
                return subject
    return None


def used_by_its_agent(participle: Token) -> bool:
    """ "a drone launched by the Houthis", "tariffs imposed by China": what a passive
    participle modifies is a thing its agent sends or uses, when no lexicon row of the verb
    takes anyone as its object; not "rebels backed by Iran", "troops trained by Russia",
    people the agent's act is done to, who act for themselves."""
    rule = matching_rule(participle, "VERB")
    return rule is None or bool(rule.objects)


def set_off_participle(verb: Token) -> bool:
    """A present participle opening the sentence or following a comma."""
    if verb.tag_ != "VBG" or has_own_subject(verb):
        return False
    return verb.i == verb.sent.start or verb.doc[verb.i - 1].text == ","


def shared_patients(verb: Token) -> list[Token]:
    """ "Austria argued it was a victim, having been annexed by Germany": a passive clause
    without its own subject is done to the subject of the clause it hangs off."""
    own = {child.dep_ for child in verb.children}
    if "auxpass" not in own or own & {"nsubjpass", "nsubj"}:
        return []
    current = verb
    for _ in range(MAX_CLIMB):
        if current.dep_ not in {"advcl", "conj", "xcomp"} or current.head.i == current.i:
            return []
        current = current.head
        subjects = [c for c in current.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if subjects:
            return subjects
    return []


def refrains(preposition: str, verb: Token) -> bool:
    return preposition == REFRAINING_PREP and not any(
        child.dep_ in {"dobj", "nsubjpass"} for child in verb.children
    )


def penalised(head: Token) -> Token:
    """ "received a one-game suspension for shoving Rudolph": who receives the penalty did
    what it is for, so the gerund's doer is read on the receiving verb."""
    if (
        part_of_speech(head) == "NOUN"
        and head.dep_ == "dobj"
        and head.head.lemma_.lower() in PENALTY_RECEIVING_VERBS
    ):
        return head.head
    return head


def direct_objects(token: Token, deps: set[str]) -> list[Token]:
    """The children that name actor 2 directly: those under ``deps``, a named object, and a
    name the parser hung as an adverb."""
    children = list(token.children)
    direct = [c for c in children if c.dep_ in deps]
    # "awarded orders to X": the parser can hang "to" itself as the dative
    direct = [next((g for g in c.children if g.dep_ == "pobj"), c) for c in direct]
    direct += [c for c in children if c.dep_ == "dobj" and names_directly(c)]
    return direct + [c for c in children if misparsed_object(token, c)]


def misparsed_object(verb: Token, child: Token) -> bool:
    """A name the parser hung off the verb as an adverb: right after a verb with no object
    ("he visited Epstein in New York"), or after the object and a comma, where it names
    the object ("dragged the Inspector-General of Police, Ibrahim Idris, to court")."""
    if child.dep_ not in {"advmod", "npadvmod"} or child.pos_ != "PROPN" or not child.ent_type_:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return child.i == verb.i + 1
    comma = child.doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
    return comma is not None and comma.text == "," and comma.i == objects[0].right_edge.i + 1


def what_it_called(verb: Token) -> list[Token]:
    """ "condemned what he called brutal Israeli aggression", "praised what it described as
    a historic step": the thing a verdict falls on is what the speaker's naming clause
    names, not its "what"."""
    clauses = [
        c
        for c in verb.children
        if c.dep_ in {"ccomp", "dobj"}
        and c.lemma_.lower() in NAMING_PARTICIPLES | {"describe", "term"}
        and any(g.lower_ == "what" for g in c.children)
    ]
    named: list[Token] = []
    for clause in clauses:
        named += [g for g in clause.children if g.dep_ in {"dobj", "oprd"} and g.lower_ != "what"]
        named += prepositional_objects(clause, "as")
    return named


def is_passive(verb: Token) -> bool:
    return any(child.dep_ in {"nsubjpass", "auxpass"} for child in verb.children)


def is_topic(noun: Token, prep: Token) -> bool:
    return noun.lemma_.lower() in TOPIC_NOUNS and prep.lower_ in TOPIC_PREPS


def names_directly(token: Token) -> bool:
    """A direct object that is itself an actor word, not a thing owned by one."""
    return (
        token.ent_type_ != ""
        or token.pos_ in {"PROPN", "PRON"}
        or any(child.dep_ == "appos" for child in token.children)
        or bool(given_names(token))
        or any(child.lower_ in {"two", "both"} for child in token.children)
        or token.lower_ in ACTOR_WORDS
        or is_definite_description(token)
        or is_bare_back_reference(token)
    )


def is_bare_back_reference(token: Token) -> bool:
    """ "told the committee", "asked the league": "the" and a singular noun standing
    alone (not "the invasion of Ukraine") refer back to someone the article named ("the
    House Intelligence Committee"); whether they do is the actor finder's to say."""
    return token.tag_ == "NN" and len(list(token.children)) == 1 and has_the(token)


def given_names(noun: Token) -> list[Token]:
    """The names a participle of naming gives a noun: "the opposition forces known as
    Maghawir al Thawra", "a group called Kosmos"."""
    names: list[Token] = []
    for participle in noun.children:
        if participle.dep_ != "acl" or participle.tag_ != "VBN":
            continue
        if participle.lemma_.lower() not in NAMING_PARTICIPLES:
            continue
        for child in participle.children:
            if child.dep_ == "oprd":
                names.append(child)
            elif child.dep_ == "prep" and child.lower_ == "as":
                names += [g for g in child.children if g.dep_ == "pobj"]
    return names
