"""Which lexicon rule a token of the parse satisfies (lemma, objects, particle). An
appeal's "from" phrase may hang on the thing asked for ("sought his extradition from the UK")."""

from __future__ import annotations

from spacy.tokens import Token

from newsetl.nlp.lexicon import Rule, rules_by_trigger
from newsetl.nlp.quotes import CLOSING_MARKS, OPENING_MARKS, STRAIGHT_MARK
from newsetl.nlp.syntax import has_own_subject

# "should China refuse", "had Russia attacked", "were Iran to strike": a condition
INVERTING_AUX = frozenset({"should", "had", "were"})
CONDITION_MARKERS = frozenset({"if", "unless"})
NAMED_OBJECT = "@named"  # a rule object: the direct object is a name ("warned Washington")
_ADMITTING_VERBS = frozenset({"admit", "acknowledge", "concede"})
_QUOTATION_MARKS = OPENING_MARKS | CLOSING_MARKS | {STRAIGHT_MARK, "‘", "’", "'"}
CLAUSE_OBJECT = "@clause"  # a rule object: a clause ("denied that it had ...", "denied sending")
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom"})
APPEAL_ROOT = "02"
# nouns that count or group what their of-phrase names ("dozens of missiles")
QUANTITY_NOUNS = frozenset(
    {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores"}
    | {"barrage", "wave", "salvo", "volley", "swarm", "hail", "series", "number", "couple"}
    | {"package", "shipment", "batch", "consignment", "tranche"}
)
# amounts of money, which name what they are "in" ("$1 billion in aid")
MONEY_WORDS = frozenset({"billion", "million", "trillion", "bn", "m", "dollar", "euro", "pound"})
# roots whose verb-and-object idioms may have their preposition read off the object
IDIOM_ON_OBJECT_ROOTS = frozenset({"11", "17"})
NAMED_THINGS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "FAC", "LAW"})


def part_of_speech(token: Token) -> str | None:
    """VERB or NOUN as the lexicon knows them; None for everything else."""
    if token.pos_ == "VERB":
        return "VERB"
    if token.pos_ in {"NOUN", "PROPN"}:
        return "NOUN"
    return None


def matching_rule(token: Token, pos: str | None = None) -> Rule | None:
    """The most specific rule of the token's lemma whose pattern the parse satisfies."""
    pos = pos or part_of_speech(token)
    if pos is None or _inside_a_name(token):
        return None
    rules = _rules_for(token, pos)
    if not rules:
        return None
    objects = object_lemmas(token)
    particles = {
        child.lemma_.lower()
        for child in token.children
        if (child.dep_ in {"prt", "prep", "agent", "dative"} and not _fronted_phrase(token, child))
        or (child.dep_ == "advmod" and child.tag_ == "RB")  # "brushed aside": a particle
    }
    on_object = _object_phrases(token) if pos == "VERB" else set()
    for rule in rules:
        # "took action against Poland", "drew criticism from Beijing": the parser may hang
        # the preposition of an idiom of blame or coercion on its object
        on_its_object = (
            rule.objects and rule.code[:2] in IDIOM_ON_OBJECT_ROOTS and rule.particle in on_object
        )
        if (
            rule.particle
            and rule.particle not in particles
            and not on_its_object
            and not _asked_of(rule, token)
        ):
            continue
        if rule.objects and not rule.objects & objects:
            continue
        return rule
    return None


def _object_phrases(verb: Token) -> set[str]:
    """The prepositions of the verb's direct objects."""
    return {
        g.lower_ for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "prep"
    }


def _asked_of(rule: Rule, verb: Token) -> bool:
    """ "sought Assange's extradition from the UK": whom an appeal asks something of, in a
    "from" phrase the parser hung on the thing asked for."""
    if rule.particle != "from" or rule.code[:2] != APPEAL_ROOT:
        return False
    return any(c.dep_ == "dobj" and _object_source(c) for c in verb.children)


def _object_source(noun: Token) -> Token | None:
    """The "from" phrase of a verb's object."""
    return next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"), None)


def is_lexicon_word(token: Token) -> bool:
    """Whether some lexicon row is of the token's lemma, or of the plain stem read when the
    lemmatizer slips ("fined" -> "fin"): the sentence is worth coding."""
    pos = part_of_speech(token)
    return pos is not None and bool(_rules_for(token, pos))


def _fronted_phrase(verb: Token, prep: Token) -> bool:
    """ "Over breakfast, Helen handed me a novel": a phrase before the verb sets the scene;
    a verb's own particle follows it ("handed over"), or is fronted with a relative pronoun
    ("the officials with whom he met")."""
    return (
        prep.dep_ == "prep"
        and prep.i < verb.i
        and not any(child.lower_ in RELATIVE_PRONOUNS for child in prep.children)
    )


def _inside_a_name(token: Token) -> bool:
    """A word within a multi-word name ("Committee to Protect Journalists", "Volatiles
    Investigating Polar Exploration Rover") names the thing; it reports no act. A verb
    with a subject of its own was swallowed by the tagger ("Garrett hit Rudolph" as one
    name)."""
    following = token.i + 1
    return (
        token.ent_type_ in NAMED_THINGS
        and token.ent_iob_ == "I"
        and following < len(token.doc)
        and token.doc[following].ent_iob_ == "I"
        and not has_own_subject(token)
    )


def _rules_for(token: Token, pos: str) -> tuple[Rule, ...]:
    """The lemma's rules; failing that, a plain stem of the word, since the small model's
    lemmatizer slips now and then ("hoped" -> "hop")."""
    table = rules_by_trigger()
    rules = table.get((token.lemma_.lower(), pos))
    if rules:
        return rules
    word = token.lower_
    for suffix, replacement in _STEMS:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            rules = table.get((word[: len(word) - len(suffix)] + replacement, pos))
            if rules:
                return rules
    return ()


_STEMS = (("ied", "y"), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("es", ""), ("s", ""))


def object_lemmas(token: Token) -> set[str]:
    """Lemmas a rule's ``objects`` can match: the object phrase, prepositional objects,
    and, for an event noun, its modifiers ("video call", "air strike")."""
    lemmas: set[str] = set()
    noun = part_of_speech(token) == "NOUN"
    if token.dep_ == "acl" and token.tag_ == "VBN":
        # "a ceasefire declared by Putin": the noun a passive participle modifies is its object
        lemmas.update(_phrase_lemmas(token.head))
    if _relative_object_clause(token):
        # "the agreements he reached with Putin": the noun the clause modifies is its object
        lemmas.update(_phrase_lemmas(token.head))
    if _participle_read_into_name(token):
        # 'Greeting Xi as his "dear friend"': the phrases the parser hung on the name are the
        # participle's
        for pobj in (g for c in token.head.children if c.dep_ == "prep" for g in c.children):
            lemmas.update(_phrase_lemmas(pobj))
    for child in token.children:
        if child.dep_ in {"dobj", "nsubjpass", "attr", "dative", "oprd", "npadvmod"}:
            lemmas.update(_phrase_lemmas(child))
            if child.dep_ in {"dobj", "dative", "nsubjpass"} and _is_name(child):
                lemmas.add(NAMED_OBJECT)  # "Garrett has been suspended by the league"
            if child.dep_ in {"dobj", "nsubjpass"} and _stands_for_a_name(token, child):
                lemmas.add(NAMED_OBJECT)  # "Meetup, which it acquired": the object is Meetup
        elif child.dep_ == "prep":
            for pobj in child.children:
                if pobj.dep_ == "pcomp":
                    lemmas.add(pobj.lemma_.lower())  # "summoned him for questioning"
                if pobj.dep_ == "pobj":
                    lemmas.update(_phrase_lemmas(pobj))
                    if noun and (pobj.ent_type_ or pobj.pos_ == "PROPN"):
                        lemmas.add(NAMED_OBJECT)  # "the selection of SpaceX"
        elif child.dep_ in {"compound", "amod", "nmod"} and noun:
            lemmas.update({child.lemma_.lower(), child.lower_})
        elif child.dep_ in {"xcomp", "acomp"} and not noun:
            # "called Putin his best friend": the predicate noun hangs off a small clause;
            # "pleaded not guilty": the predicate adjective
            lemmas.update(_phrase_lemmas(child))
            if child.tag_ == "VBG":
                lemmas.add(CLAUSE_OBJECT)  # "denied supplying drones": a clause, as a gerund
        elif child.dep_ == "ccomp" and not noun and not _quoted_admission(token, child):
            lemmas.add(CLAUSE_OBJECT)
    return lemmas


def _quoted_admission(verb: Token, clause: Token) -> bool:
    """'"It's actually crappy," admits Groene': "admit" or "acknowledge" reporting the
    speaker's own words in quotation marks is a way of saying them, not an admission of a
    wrong (015), which reports what was admitted."""
    if verb.lemma_.lower() not in _ADMITTING_VERBS:
        return False
    edges = {clause.left_edge.i - 1, clause.left_edge.i, clause.right_edge.i + 1}
    doc = verb.doc
    return any(0 <= i < len(doc) and doc[i].text in _QUOTATION_MARKS for i in edges)


def _participle_read_into_name(verb: Token) -> bool:
    """ "Greeting Xi as ..." parsed as a name: an -ing form the parser made part of the name
    that follows it."""
    head = verb.head
    return verb.tag_ == "VBG" and verb.dep_ == "compound" and head.pos_ == "PROPN"


def _relative_object_clause(verb: Token) -> bool:
    """A restrictive relative clause whose gap is the object: "the deal (that) China struck
    with Russia"; not one whose relative pronoun is the subject ("the deal that ended the
    war"), nor a "which" clause set off by a comma, which may say something else of a kind
    of thing ("systems, which members would buy")."""
    if verb.dep_ != "relcl" or part_of_speech(verb) != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return all(o.lower_ == "that" for o in objects)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(s.lower_ in RELATIVE_PRONOUNS for s in subjects)


def _is_name(token: Token) -> bool:
    return bool(token.ent_type_) or token.pos_ == "PROPN"


def _stands_for_a_name(clause: Token, pronoun: Token) -> bool:
    """A relative pronoun ("which", "who") standing for the name its clause modifies; not
    for a common noun ("systems, which members would buy"), whose kind the clause may not
    be about."""
    return clause.dep_ == "relcl" and pronoun.lower_ in RELATIVE_PRONOUNS and _is_name(clause.head)


def _phrase_lemmas(head: Token) -> set[str]:
    lemmas = {head.lemma_.lower(), head.lower_}
    for child in head.children:
        # "military and trade ties": the parser hangs a coordinated modifier as nmod
        if child.dep_ in {"compound", "amod", "nmod", "conj", "attr", "oprd"}:
            lemmas.update({child.lemma_.lower(), child.lower_})
    counted = {"of"} if head.lemma_.lower() in QUANTITY_NOUNS else set()
    if head.lemma_.lower() in MONEY_WORDS:
        counted.add("in")  # "received $1 billion in aid"
    # "fired dozens of missiles", "launched a barrage of drones": what is counted
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in counted):
        for thing in (g for g in prep.children if g.dep_ == "pobj"):
            lemmas.update(_phrase_lemmas(thing))
    return lemmas


def is_condition_clause(verb: Token) -> bool:
    """The verb heads an "if" / "unless" clause, or one that puts its auxiliary first inside
    a sentence ("should China not accede", "had Russia attacked"): a condition, not
    something that happened."""
    if _inverted_condition(verb):
        return True
    current = verb
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKERS for c in current.children):
            return True
        if current.dep_ not in {"xcomp", "conj"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _inverted_condition(verb: Token) -> bool:
    if verb.dep_ == "ROOT":
        return False
    auxiliaries = [c for c in verb.children if c.dep_ == "aux" and c.lower_ in INVERTING_AUX]
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(auxiliaries and subjects) and auxiliaries[0].i < subjects[0].i


def has_condition(verb: Token) -> bool:
    """An "if" / "unless" clause hangs off the verb or off its complement clause."""
    candidates = [verb, *(c for c in verb.children if c.dep_ in {"ccomp", "xcomp"})]
    return any(
        child.dep_ == "advcl" and is_condition_clause(child)
        for candidate in candidates
        for child in candidate.children
    )


def misparsed_clause_subject(verb: Token) -> Token | None:
    """ "Trump assailed Williams" parsed as one name phrase (name, participle, name): the
    first name is the verb's subject and the last its object."""
    head = verb.head
    if verb.dep_ != "amod" or head.pos_ != "PROPN" or head.i != verb.i + 1:
        return None
    return next(
        (
            child
            for child in head.children
            if child.dep_ in {"nmod", "compound"}
            and child.i == verb.i - 1
            and child.pos_ == "PROPN"
            and child.ent_type_
        ),
        None,
    )
