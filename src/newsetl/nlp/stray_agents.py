"""The agent of a legal or blaming passive that the parser hangs on the charge: "was
charged with spying by Chinese authorities", "was convicted of contempt by the
Constitutional Court" put "by ..." under "spying" and "contempt", not under the verb.

Not so when the charge is itself an act with its own doer ("convicted of attacks by
Hamas": Hamas attacked), nor for other verbs, whose by-phrase on an object is that
object's own.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsetl.nlp.matching import matching_rule

# disapproval (accuse, charge, convict, sentence) and coercion (arrest, detain, jail)
LEGAL_ROOTS = frozenset({"11", "17"})
CHARGE_PREPS = frozenset({"with", "of", "for"})


def stray_agent(verb: Token) -> Token | None:
    """The "by" phrase of the charge under a passive legal verb with no agent of its own."""
    children = list(verb.children)
    if not any(c.dep_ == "nsubjpass" for c in children) or any(c.dep_ == "agent" for c in children):
        return None
    rule = matching_rule(verb, "VERB")
    if rule is None or rule.code[:2] not in LEGAL_ROOTS:
        return None
    for prep in (c for c in children if c.dep_ == "prep" and c.lower_ in CHARGE_PREPS):
        for charge in (g for g in prep.children if g.dep_ in {"pobj", "pcomp"}):
            if charge.pos_ == "NOUN" and matching_rule(charge, "NOUN") is not None:
                continue  # "of attacks by Hamas": the attack's own doer
            by = next((g for g in charge.children if g.dep_ == "prep" and g.lower_ == "by"), None)
            if by is not None:
                return by
    return None
