"""Common nouns that stand for a named actor, and how to tell them.

"the two leaders", "the government" (the article's own country), "the Trump
administration" (the leader's country), "the company" / "the singer" (the one of
that kind the article names most), "officers" / "prosecutors" (the office the
article names most). ``actors.ActorFinder`` does the resolving; this module holds
the vocabularies and the token tests.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsetl.nlp import gazetteer
from newsetl.nlp.syntax import has_the

PAIR_NOUNS = {
    "leader": "PERSON",
    "president": "PERSON",
    "man": "PERSON",
    "country": "GPE",
    "nation": "GPE",
    "side": "GPE",
    "government": "GPE",
    "neighbour": "GPE",
    "neighbor": "GPE",
    "power": "GPE",
}
# Nouns for two people by themselves: "the couple", "the duo" (no "two" needed).
COUPLE_NOUNS = frozenset({"couple", "duo", "pair"})
HEADS_OF_GOVERNMENT = frozenset(
    {"president", "prime minister", "premier", "chancellor", "leader", "supreme leader", "king"}
)
# Titles one person holds at a time, which news uses alone for that person.
HEAD_TITLES = frozenset(
    {"president", "minister", "premier", "chancellor", "king", "queen", "pope", "governor"}
    | {"mayor", "secretary", "ceo", "chairman", "chairwoman", "emperor"}
)
GOVERNMENT_NOUNS = frozenset({"government", "authorities", "administration", "regime", "cabinet"})
# A state's agents, which news names without their state ("security forces attacked",
# "the military said", "officials accused"): CAMEO codes them as the country they serve.
# Police and prosecutors are left to their own office (``OFFICE_WORDS``): news names them
# for a city or a district more often than for the country.
STATE_BODY_NOUNS = frozenset({"army", "military", "navy", "ministry"})
# people, read as the state only in the plural: "the official" is one person's say
STATE_PEOPLE_NOUNS = frozenset({"troop", "soldier", "official", "force", "guard"})
# nouns that are the state's only with a modifier saying so: "security forces", "border
# guards"; bare "forces" or "guards" may be anyone's
QUALIFIED_ONLY_NOUNS = frozenset({"force", "guard"})
# Modifiers that leave the agent the state's own ("security forces", "senior officials").
STATE_AGENT_MODIFIERS = frozenset(
    {"security", "border", "government", "state", "armed", "military", "senior", "top"}
    | {"several", "many"}
)
# modifiers that say whose the agents are, for the qualified-only nouns
STATE_QUALIFIERS = frozenset({"security", "border", "government", "state", "armed"})
# the dependents that qualify a noun before it ("company officials", "local forces")
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "nummod"})
# Definite descriptions that stand for the last named thing of their kind.
DESCRIBED_KINDS = {
    **dict.fromkeys(
        [
            "company",
            "firm",
            "group",
            "organisation",
            "organization",
            "startup",
            "airline",
            "carrier",
            "bank",
            "agency",
            "network",
            "label",
            "team",
            "club",
            "union",
            "conglomerate",
            "retailer",
            "manufacturer",
            "brand",
            "giant",
            "chain",
            "maker",
            "carmaker",
            "automaker",
            "insurer",
            "lender",
            "publisher",
            "broadcaster",
            "studio",
            "nonprofit",
            "charity",
        ],
        "ORG",
    ),
    **dict.fromkeys(
        [
            "man",
            "woman",
            "singer",
            "player",
            "quarterback",
            "defendant",
            "suspect",
            "actor",
            "actress",
            "star",
            "rapper",
            "lawmaker",
            "congresswoman",
            "congressman",
            "senator",
            "businessman",
            "billionaire",
            "prince",
            "princess",
            "royal",
            "duke",
        ],
        "PERSON",
    ),
}
# Who speaks for an organisation, and stands for it ("a spokesman for the ministry said").
SPOKESPERSON_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# A relative is a person of their own: "Ford's father told Starner" is not Ford speaking.
KIN_NOUNS = frozenset(
    {"father", "mother", "parent", "wife", "husband", "son", "daughter", "brother", "sister"}
    | {"sibling", "family", "child", "grandfather", "grandmother", "uncle", "aunt", "cousin"}
    | {"nephew", "niece", "widow", "widower", "girlfriend", "boyfriend", "fiancee", "fiance"}
    | {"relative", "stepfather", "stepmother", "grandson", "granddaughter", "friend"}
)
# Someone beside a person, not acting for them: "Snyder's partner returned fire".
COMPANION_NOUNS = frozenset({"partner", "colleague", "companion", "neighbour", "neighbor"})
FORMER_WORDS = frozenset({"former", "ex", "ex-"})
# People of a country who do not act for its state: "US lawyers are demanding the FBI ...".
PRIVATE_PEOPLE_NOUNS = frozenset(
    {"lawyer", "voter", "citizen", "resident", "fan", "student", "scientist", "researcher"}
    | {"analyst", "expert", "doctor", "journalist", "reporter", "tourist", "investor"}
    | {"consumer", "shopper", "traveler", "traveller", "academic", "scholar", "historian"}
)
# A country's border is a place on the map, not its government: "visited the U.S.-Mexico border".
BORDER_NOUNS = frozenset({"border", "frontier", "borderland"})
# Officials named by their trade stand for the office the article names most:
# "officers" for its police force, "prosecutors" for its prosecution office.
OFFICE_WORDS = {
    **dict.fromkeys(
        ["police", "officer", "deputy", "detective", "investigator", "trooper", "agent"],
        frozenset({"police", "sheriff", "sheriff's", "patrol", "fbi", "enforcement", "marshals"}),
    ),
    "prosecutor": frozenset(
        {"prosecutor", "prosecutors", "prosecution", "attorney's", "attorney", "justice"}
    ),
}


def stands_apart_from_owner(token: Token, physical: bool) -> bool:
    """A noun its owner does not act through: a relative ("Ford's father") or a companion
    ("Snyder's partner") is a person of their own, a border ("visited the U.S.-Mexico
    border") a place unless it is hit, and a former holder of a post ("a former U.S.
    ambassador") no longer speaks for it."""
    lemma = token.lemma_.lower()
    return (
        lemma in KIN_NOUNS
        or (lemma in COMPANION_NOUNS and token.tag_ == "NN")
        or (lemma in BORDER_NOUNS and not physical)
        or any(child.dep_ == "amod" and child.lower_ in FORMER_WORDS for child in token.children)
    )


def is_a_couple(token: Token) -> bool:
    """ "the couple", "the duo" (not "a pair", "the pair of shoes"): two people."""
    return (
        token.lemma_.lower() in COUPLE_NOUNS
        and token.tag_ == "NN"
        and has_the(token)
        and not any(child.dep_ == "prep" for child in token.children)
    )


def is_definite_description(token: Token) -> bool:
    """ "the company", "the singer" (not "the Chinese company"): a back-reference."""
    return (
        token.lemma_.lower() in DESCRIBED_KINDS
        and token.tag_ in {"NN", "NNP"}
        and any(child.dep_ == "det" and child.lower_ in {"the", "this"} for child in token.children)
        and not has_named_modifier(token)
    )


def is_bare_title(token: Token) -> bool:
    """ "the president", "the prime minister" (not "the Russian president", "the former
    president", "its president"): a title standing alone for the one who holds it."""
    if token.lower_ not in HEAD_TITLES or token.tag_ != "NN":
        return False
    if not has_the(token):
        return False
    return all(
        child.lower_ in gazetteer.TITLE_WORDS
        for child in token.children
        if child.dep_ not in {"det", "punct", "relcl", "acl", "appos", "prep", "cc", "conj"}
    )


def title_of(token: Token) -> str:
    """ "the prime minister" -> "prime minister"."""
    words = [c.lower_ for c in token.children if c.dep_ in {"compound", "amod"} and c.i < token.i]
    return " ".join([*words, token.lower_])


NEWCOMER_NOUNS = frozenset({"man", "woman", "boy", "girl", "teenager", "teen"})
_LEDE_SENTENCES = 2  # how far into the article a story opens on an unnamed person


def is_unnamed_newcomer(token: Token) -> bool:
    """ "A New York man pleaded guilty ...": a person the article's opening brings in
    unnamed, as the subject of its clause (a lede's "a man" is the one the story names next)."""
    return (
        token.lemma_.lower() in NEWCOMER_NOUNS
        and token.dep_ in {"nsubj", "nsubjpass"}
        and any(child.dep_ == "det" and child.lower_ in {"a", "an"} for child in token.children)
        and _sentence_number(token) < _LEDE_SENTENCES
    )


def _sentence_number(token: Token) -> int:
    return sum(1 for sentence in token.doc.sents if sentence.start < token.sent.start)


def is_the_government(token: Token) -> bool:
    """ "the government", "the authorities": the article's own country, unnamed."""
    return token.lemma_.lower() in GOVERNMENT_NOUNS and has_the(token)


def is_unnamed_state_agent(token: Token) -> bool:
    """ "the troops", "security forces", "senior officials": a state's agents with no
    owner or qualifier of their own; "company officials", "local forces" are someone else's."""
    lemma = token.lemma_.lower()
    if lemma in STATE_PEOPLE_NOUNS:
        if token.tag_ != "NNS":
            return False
    elif lemma not in STATE_BODY_NOUNS:
        return False
    modifiers = [child for child in token.children if child.i < token.i]
    for child in modifiers:
        if child.dep_ == "det" and child.lower_ != "the":
            return False
        if child.dep_ in _MODIFIER_DEPS and child.lower_ not in STATE_AGENT_MODIFIERS:
            return False
    if any(child.dep_ == "prep" and child.lower_ == "from" for child in token.children):
        return False  # "officials from Mexico, Canada and Japan": not the article's own
    return lemma not in QUALIFIED_ONLY_NOUNS or any(
        child.lower_ in STATE_QUALIFIERS for child in modifiers
    )


def has_named_modifier(token: Token) -> bool:
    """ "the Afghan government" with "Afghan" unknown: someone's government, not the
    article's own, so it stays unresolved rather than guessed."""
    return any(
        child.dep_ in {"amod", "compound", "nmod", "poss"}
        and child.i < token.i
        and (
            child.ent_type_ in {"NORP", "GPE", "ORG"}
            or child.pos_ == "PROPN"
            or (child.text[:1].isupper() and not child.is_sent_start)
        )
        for child in token.children
    )


def is_public_office(token: Token) -> bool:
    """ "the New York attorney general": an office known by its title."""
    return _title_of(token) in gazetteer.PUBLIC_OFFICES


def office_name(token: Token) -> str:
    """ "the New York state attorney general" -> "New York State Attorney General"."""
    words = [t for t in token.subtree if t.i <= token.i and t.dep_ not in {"det", "poss", "case"}]
    return " ".join(w.text if w.text[:1].isupper() else w.text.capitalize() for w in words)


def _title_of(token: Token) -> str:
    words = [c.lower_ for c in token.children if c.dep_ == "compound" and c.text.islower()]
    return " ".join([*words[-1:], token.lower_])
