"""Trigger words read in a sense that is no CAMEO event: a market that rallies,
information one is provided with, a budget request, and a disease or a storm that kills.

``events`` drops a trigger these predicates accept. Each looks only at the trigger's
own clause: the subject of a rallying verb, the with-phrase of a providing verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsetl.nlp.matching import part_of_speech
from newsetl.nlp.syntax import prepositional_objects
from newsetl.nlp.triggers import Trigger

_PROTEST_ROOT = "14"
_AID_ROOT = "07"
# What moves on a market: "shares rallied", "the index has been rallying" (lemmas)
_MARKET_WORDS = frozenset(
    {
        "stock",
        "share",
        "index",
        "market",
        "price",
        "bond",
        "currency",
        "dollar",
        "euro",
        "yen",
        "rupee",
        "pound",
        "yuan",
        "oil",
        "gold",
        "equity",
        "future",
        "benchmark",
    }
)
# Stock indexes a financial story names as the subject of a rally
_STOCK_INDEXES = frozenset(
    {
        "sensex",
        "nifty",
        "dow",
        "nasdaq",
        "s&p",
        "ftse",
        "dax",
        "cac",
        "nikkei",
        "hang seng",
        "kospi",
        "stoxx",
    }
)
# Words that name a disease or a natural disaster ("the Black Death", "Hurricane Maria")
_HAZARD_WORDS = frozenset(
    {
        "death",
        "plague",
        "flu",
        "influenza",
        "virus",
        "fever",
        "pandemic",
        "epidemic",
        "hurricane",
        "typhoon",
        "cyclone",
        "storm",
        "earthquake",
        "tsunami",
        "wildfire",
        "flood",
    }
)
# "the agency's 2020 budget request": a spending plan put to a legislature, no appeal
_BUDGET_WORDS = frozenset({"budget", "funding", "spending", "appropriation", "appropriations"})
_REQUEST_NOUNS = frozenset({"request", "proposal"})
# What one is provided with that informs rather than aids (lemmas)
_INFORMATION_WORDS = frozenset(
    {
        "information",
        "detail",
        "data",
        "datum",
        "comment",
        "answer",
        "explanation",
        "update",
        "evidence",
        "insight",
        "statement",
        "response",
        "figure",
        "number",
        "list",
        "document",
        "record",
        "copy",
    }
)
# "a wealth of data", "more details": the word an amount stands before
_AMOUNT_WORDS = frozenset({"wealth", "lot", "host", "range", "set", "piece", "bit", "kind"})


def is_market_rally(trigger: Trigger) -> bool:
    """ "the Nifty has been rallying", "bank shares rallied": prices that rise, no
    demonstration."""
    verb = trigger.action
    if trigger.code[:2] != _PROTEST_ROOT or part_of_speech(verb) != "VERB":
        return False
    if verb.lemma_.lower() != "rally":
        return False
    return any(
        child.dep_ in {"nsubj", "nsubjpass"} and _names_a_market(child) for child in verb.children
    )


def _names_a_market(subject: Token) -> bool:
    if subject.lemma_.lower() in _MARKET_WORDS:
        return True
    name = " ".join(
        t.lower_ for t in subject.subtree if t.dep_ in {"compound", "nsubj"} or t == subject
    )
    return name in _STOCK_INDEXES or subject.lower_ in _STOCK_INDEXES


def provides_only_information(trigger: Trigger) -> bool:
    """ "did not provide PolitiFact with further information": what one is provided with
    here informs; it is no aid (as "provided Kyiv with air defence" is)."""
    if trigger.code[:2] != _AID_ROOT or trigger.rule.particle != "with":
        return False
    return any(_is_information(thing) for thing in prepositional_objects(trigger.action, "with"))


def _is_information(thing: Token) -> bool:
    if thing.lemma_.lower() in _AMOUNT_WORDS:
        return any(_is_information(c) for c in prepositional_objects(thing, "of"))
    return thing.lemma_.lower() in _INFORMATION_WORDS


def names_a_hazard(name: str) -> bool:
    """ "the Black Death spread across Europe, killing ...", "Hurricane Maria killed ...": a
    disease or a storm kills, but uses no force; it is no actor."""
    return any(word in _HAZARD_WORDS for word in name.lower().split())


def is_budget_request(trigger: Trigger) -> bool:
    """ "lawmakers are debating the agency's 2020 budget request": the yearly spending plan
    an agency or a government submits is a document, not an appeal to someone."""
    noun = trigger.token
    if part_of_speech(noun) != "NOUN" or noun.lemma_.lower() not in _REQUEST_NOUNS:
        return False
    return any(
        child.dep_ in {"compound", "amod"} and child.lemma_.lower() in _BUDGET_WORDS
        for child in noun.children
    )
