"""Whether a reported action happened: asserted, threatened, conditional, negated or intended.

Read from the parse around the action's verb (or, for an event noun, the verb
that governs it):

- negated: a negation on the verb, its auxiliaries or a verb that governs it
  through a complement ("does not want to see", "has not supported"), or a subject of
  "neither ... nor" ("Neither the House nor the Senate has provided");
- threatened: the action is what someone threatens or warns of;
- conditional: the verb heads or governs an "if" / "unless" clause, or is a
  hypothetical "would / could / might" with such a clause nearby;
- speculative (not an event at all): what only may happen, in the writer's or a
  source's guess ("could finalize", "is likely to deploy", "might leave"), what
  should or must happen ("NATO must support Ukraine"), what would have happened, what
  is only asked or a condition ("to establish whether Trump withheld aid", "if the
  Kremlin does not stop its war") and what a step only makes possible ("paved the way
  for the annexation");
- intended: the action is pledged, planned or wanted ("pledged to deepen"),
  or is in the future ("will visit", "is expected to attend", "would"), also in a
  present-tense time clause of a future one ("will speak when he visits Kenya") or an
  infinitive that describes its noun ("will be the first president to address ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from newsetl.models import Modality
from newsetl.nlp.syntax import has_to_infinitive

CONDITION_MARKERS = frozenset({"if", "unless"})
FUTURE_AUX = frozenset({"will", "wo", "shall", "'ll", "would", "could", "might", "may"})
TIME_CLAUSE_MARKERS = frozenset({"when", "after", "before", "once", "until", "while"})
FUTURE_HEADS = frozenset({"expect", "due", "set", "going", "poised", "schedule", "plan"})
# what may happen, or should: neither has happened ("NATO must support Ukraine")
SPECULATIVE_AUX = frozenset({"could", "might", "may", "should", "must", "ought"})
COUNTERFACTUAL_AUX = frozenset({"would", "could", "might", "should"})
SPECULATIVE_WORDS = frozenset({"likely", "unlikely", "possible", "possibly", "probably", "perhaps"})
NEEDING_VERBS = frozenset({"need"})
# "has yet to sign", "have still to conclude": not done so far
PENDING_WORDS = frozenset({"yet", "still"})
# Governing verbs that say the action did not happen ("refraining from condemning").
NEGATING_HEADS = frozenset({"refrain", "avoid", "fail", "decline", "refuse", "stop"})
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
# the clause of an open question: "whether Trump withheld aid"
QUESTION_MARKERS = frozenset({"whether"})
# "paved the way for talks", "left room for a deal", "opened the door to talks"
OPENING_NOUNS = frozenset({"way", "room", "door", "path", "ground"})


def is_negated(verb: Token) -> bool:
    current = verb
    for _ in range(4):
        if current.i != verb.i and current.lemma_.lower() in NEGATING_HEADS:
            return True
        if any(child.dep_ == "neg" for child in current.children):
            return True
        if any(
            child.dep_ in {"nsubj", "dobj", "det"} and child.lower_ in {"no", "nobody", "none"}
            for child in current.children
        ):
            return True
        if any(_neither_nor(child) for child in current.children if child.dep_ == "nsubj"):
            return True  # "Neither the House nor the Senate has provided"
        if current.dep_ == "pcomp" and current.head.dep_ == "prep":
            current = current.head.head  # "refraining from condemning"
            continue
        if current.dep_ not in _COMPLEMENT_DEPS or current.head.i == current.i:
            return False
        current = current.head
    return False


def _neither_nor(subject: Token) -> bool:
    return any(child.lower_ == "neither" for child in subject.children)


def is_conditional(verb: Token) -> bool:
    if any(child.dep_ == "mark" and child.lower_ in CONDITION_MARKERS for child in verb.children):
        return True
    hypothetical = any(
        child.dep_ == "aux" and child.lower_ in {"would", "could", "might"}
        for child in verb.children
    )
    return hypothetical and any(
        child.dep_ == "advcl"
        and any(mark.dep_ == "mark" and mark.lower_ in CONDITION_MARKERS for mark in child.children)
        for child in verb.children
    )


def is_speculative(verb: Token) -> bool:
    """ "could finalize", "might leave", "is likely to deploy", "will probably meet", what
    someone should, must or needs to do ("both sides should deepen coordination"), and
    what would have happened but did not ("would have objected"), with what that says
    would have been done ("would have objected to Kyiv opening an inquiry")."""
    if is_open_question(verb):
        return True
    current = verb
    for _ in range(4):
        if is_counterfactual(current):
            return True
        for child in current.children:
            if child.dep_ == "aux" and child.lower_ in SPECULATIVE_AUX:
                return True
            if child.dep_ == "advmod" and child.lower_ in SPECULATIVE_WORDS:
                return True
        if current.i != verb.i and current.lower_ in SPECULATIVE_WORDS:
            return True
        if _unrealised_infinitive(current):
            return True
        if not _shares_the_guess(current) or current.head.i == current.i:
            return False
        current = current.head
    return False


def _shares_the_guess(verb: Token) -> bool:
    """A complement, or a participle or infinitive clause ("may end up giving fewer
    concessions, resulting in an embarrassing trip"), is as uncertain as its head; a clause
    with its own conjunction or subject ("after it invaded", "during which he stabbed") is
    not."""
    if verb.dep_ in {"xcomp", "acomp"}:
        return True
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in {"VBG", "VBN", "VB"}
        and not any(child.dep_ in {"mark", "nsubj", "nsubjpass"} for child in verb.children)
    )


def _unrealised_infinitive(verb: Token) -> bool:
    """ "Ukraine needed to investigate", "the two sides have yet to conclude a treaty": what
    is needed, or still to be done, has not happened; nor has the purpose of an act
    ("pressuring the U.S. to leave, in order to open a route for Iranian aid")."""
    if _in_order_to(verb):
        return True
    if verb.dep_ not in {"xcomp", "advcl"} or not has_to_infinitive(verb):
        return False
    head = verb.head
    pending = head.lemma_.lower() in {"have", "be"} and any(
        child.dep_ == "advmod" and child.lower_ in PENDING_WORDS for child in head.children
    )
    return pending or head.lemma_.lower() in NEEDING_VERBS


def is_open_question(verb: Token) -> bool:
    """ "to establish whether Trump withheld aid to pressure Zelensky", "to investigate Trump
    if he committed offences during his call": what is asked or set as a condition, and all
    it says was done for, is not reported as done."""
    return any(
        child.dep_ == "mark" and child.lower_ in QUESTION_MARKERS | CONDITION_MARKERS
        for token in (verb, *verb.ancestors)
        for child in token.children
    )


def is_made_possible(noun: Token) -> bool:
    """ "paved the way for the annexation", "left room for talks": an act that something only
    makes possible has not happened."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"for", "to"}:
        return False
    opener = prep.head  # the noun, or the verb when the parser hangs the phrase there
    return opener.lemma_.lower() in OPENING_NOUNS or any(
        child.dep_ == "dobj" and child.lemma_.lower() in OPENING_NOUNS for child in opener.children
    )


def _in_order_to(verb: Token) -> bool:
    """The parser hangs "in order to open" as a clause of the noun "order", or marks it."""
    head = verb.head
    if verb.dep_ == "acl" and head.lower_ == "order" and head.head.lower_ == "in":
        return True
    words = {child.lower_ for child in verb.children if child.i < verb.i}
    return verb.dep_ == "advcl" and {"in", "order"} <= words


def is_counterfactual(verb: Token) -> bool:
    """ "would have objected", "could have met": a past that did not happen."""
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ == "aux"}
    return verb.tag_ == "VBN" and "have" in auxiliaries and bool(auxiliaries & COUNTERFACTUAL_AUX)


def is_future(verb: Token) -> bool:
    """ "will visit", "would keep imposing", "is expected to attend", "was due to meet"."""
    current = verb
    for _ in range(4):
        if any(child.dep_ == "aux" and child.lower_ in FUTURE_AUX for child in current.children):
            return True
        if current.lemma_.lower() in FUTURE_HEADS and any(
            c.dep_ == "xcomp" for c in current.children
        ):
            return True
        if _present_time_clause(current):
            current = current.head  # "will address the AU when he travels to Ethiopia"
            continue
        if current.dep_ in {"relcl", "acl"} and has_to_infinitive(current):
            current = current.head.head  # "will become the first president to address"
            continue
        if current.dep_ not in {"xcomp", "acomp"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def _present_time_clause(verb: Token) -> bool:
    """ "when he travels", "after it joins": a time clause in the present, which takes its
    time from the clause it hangs from."""
    if verb.dep_ != "advcl" or verb.tag_ not in {"VBZ", "VBP"}:
        return False
    return any(
        child.dep_ in {"advmod", "mark"} and child.lower_ in TIME_CLAUSE_MARKERS
        for child in verb.children
    )


def modality_of(verb: Token, frame: str | None) -> Modality:
    """The modality of an action at ``verb``; ``frame`` is the governing intent/threat frame."""
    if is_negated(verb):
        return "negated"
    if frame == "threat":
        return "threatened"
    if is_conditional(verb):
        return "conditional"
    if frame == "intent" or is_future(verb):
        return "intended"
    return "asserted"
