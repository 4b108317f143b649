"""When: the date an action took place, from the date expressions of its sentence.

A date expression (NER DATE span) belongs to the verb it hangs from in the
parse. An action takes, in order:

- a date on its own clause verb (or on its event noun);
- a date on the occasion its clause is set in: "during Tuesday's call", "in
  their debate on Tuesday", "in a statement published Oct. 25", "Coty acquired
  ..., a deal announced Monday", "When police found him on Aug. 10, ...";
- "a day after ..." / "hours after ..." relative to the date of the clause it is
  subordinate to;
- a date on a verb that governs it, or on that verb's occasion ("state media
  reported Tuesday [that] Xi said ..."), unless a clause on the way is in the
  present or the past perfect ("reported Friday that X is facing ...",
  "announced Tuesday that it had become ...") or is set after or before another
  ("protested on Friday after the government said ..."): another time;
- a date on a verb joined to its own with the same subject and not set later
  ("Apple admitted the flaw and launched a repair program in June 2018");

Otherwise the date is unknown: the publication date is never taken for an
action's. "since January" is a duration, not a date. A date on a past-tense verb
lies in the past even for a planned action ("promised on Tuesday to deepen
..."); an act not reported as done (planned, threatened or conditional:
``models.NOT_YET_DONE``) keeps a date after publication ("was due to meet Xi on
Wednesday"), any other action does not.
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Span, Token

from newsetl.nlp import timex
from newsetl.nlp.context import ArticleContext
from newsetl.nlp.syntax import has_own_subject
from newsetl.nlp.timex import ResolvedDate

_RELATIVE_MARKERS = frozenset({"after", "before"})
REPORTING = frozenset({"say", "tell", "report", "announce", "state", "add", "quote"})
_MAX_CLIMB = 6
_MAX_RELATIVE_DEPTH = 2  # "a day after (the day after ...)" at most
_OCCASION_PREPOSITIONS = frozenset({"during", "in", "at"})
_SEQUENCE_MARKERS = frozenset({"after", "before", "since", "until"})
_DESCRIBING = frozenset({"acl", "amod"})  # a participle that describes a noun
_LATER = frozenset({"then", "later", "afterwards", "subsequently", "eventually"})


class DateFinder:
    def __init__(self, context: ArticleContext) -> None:
        self.context = context

    def date_of(self, action: Token, *, future: bool = False) -> ResolvedDate | None:
        resolved = self._date_of(action, future, depth=0)
        published = self.context.published
        if resolved and published and resolved[0] > published and not future:
            return None
        return resolved

    def _date_of(self, action: Token, future: bool, depth: int) -> ResolvedDate | None:
        clause = _clause_verb(action)
        dated = [(span, governor) for span, governor in _dates(action.sent) if governor]
        own = [(s, g) for s, g in dated if g.i in {clause.i, action.i}]
        occasion = [(s, g) for s, g in dated if _sets_the_occasion(g, clause)]
        resolved = self._first(own + occasion, future)
        if resolved is None and depth < _MAX_RELATIVE_DEPTH:
            resolved = self._relative(clause, future, depth)
        if resolved is None:
            resolved = self._first(_governing_dates(clause, dated), future)
        if resolved is None:
            shared = [(s, g) for s, g in dated if _done_together(g, clause)]
            resolved = self._first(shared, future)
        return resolved

    def _first(self, dated: list[tuple[Span, Token]], future: bool) -> ResolvedDate | None:
        for span, governor in dated:
            # "promised on Tuesday to deepen ...": a past-tense verb's date is in the past
            forward = future and not _past_tense(governor)
            resolved = timex.resolve(span.text, self.context.published, future=forward)
            if resolved:
                return resolved
        return None

    def _relative(self, clause: Token, future: bool, depth: int) -> ResolvedDate | None:
        """ "a day after Trump warned": the main clause's date minus one day."""
        marker = _relative_marker(clause)
        if marker is None:
            return None
        # "X, a day after Trump warned": "after" marks the clause, the main clause is its head
        main = _clause_verb(clause.head if marker.head.i == clause.i else marker.head)
        if main.i == clause.i:
            return None
        offset = _offset_days(marker)
        if offset is None:
            return None
        anchor = self._date_of(main, future, depth + 1)
        if anchor is None or anchor[1] != "day":
            return None
        sign = -1 if marker.lower_ == "after" else 1
        return anchor[0] + timedelta(days=sign * offset), "day"


def _dates(sentence: Span) -> list[tuple[Span, Token | None]]:
    """The sentence's date expressions with the word each dates; "since ..." is a duration."""
    return [
        (span, _governor(span))
        for span in _date_spans(sentence)
        if span.root.head.lower_ != "since" and span[0].lower_ != "since"
    ]


def _sets_the_occasion(governor: Token, clause: Token) -> bool:
    """The dated word names the occasion of the clause's action: "during Tuesday's call",
    "in their debate on Tuesday", "in a statement published Oct. 25",
    "Coty acquired ..., a deal announced Monday", "When police found him on Aug. 10, ..."."""
    if _is_when_clause(governor) and governor.head.i == clause.i:
        return True
    occasion = governor.head if governor.dep_ in {"acl", "relcl"} else governor
    if occasion.pos_ != "NOUN":
        return False
    if occasion.head.i == occasion.i:
        return False
    if occasion.dep_ in {"npadvmod", "appos"}:
        return occasion.head.i == clause.i
    preposition = occasion.head
    return (
        occasion.dep_ == "pobj"
        and preposition.lower_ in _OCCASION_PREPOSITIONS
        and preposition.head.i == clause.i
    )


def _governing_dates(clause: Token, dated: list[tuple[Span, Token]]) -> list[tuple[Span, Token]]:
    """Dates of the verbs a clause hangs from, and of the occasions they are set in."""
    governing = []
    current = clause
    while current.head.i != current.i and not _another_time(current) and not _sequenced(current):
        if current.dep_ == "conj" and _set_later(current):
            break
        current = current.head
        governing += [
            (span, governor)
            for span, governor in dated
            if governor.i == current.i or _sets_the_occasion(governor, current)
        ]
    if clause.lemma_ in REPORTING and not _another_time(clause):
        # "..., Xi said ..., state media reported Tuesday": the report dates what was said
        governing += [(s, g) for s, g in dated if g.lemma_ in REPORTING and g.i != clause.i]
    return governing


def _done_together(verb: Token, clause: Token) -> bool:
    """ "Apple admitted the flaw and launched a repair program in June 2018": a verb
    joined to the clause's, with its subject and not set later, shares its date."""
    return (
        verb.dep_ == "conj"
        and verb.head.i == clause.i
        and not has_own_subject(verb)
        and not _set_later(verb)
    )


def _set_later(verb: Token) -> bool:
    """ "... and later accused Moscow": not on the occasion of the verb it is joined to."""
    return any(child.lower_ in _LATER for child in verb.children)


def _sequenced(clause: Token) -> bool:
    """ "protested on Friday after the government said ...": a clause set before or after
    another is not dated by it (unless measured: "a day after", see ``_relative``)."""
    return any(
        child.dep_ == "mark" and child.lower_ in _SEQUENCE_MARKERS for child in clause.children
    )


def _is_when_clause(verb: Token) -> bool:
    return verb.dep_ == "advcl" and any(
        child.dep_ == "advmod" and child.lower_ == "when" for child in verb.children
    )


def _past_tense(verb: Token) -> bool:
    """ "announced", and a participle without auxiliary that heads a clause ("protested",
    "published"); not one that describes a noun ("talks set for Friday")."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN" or verb.dep_ in _DESCRIBING:
        return False
    return not any(child.dep_ in {"aux", "auxpass"} for child in verb.children)


def _another_time(clause: Token) -> bool:
    """A clause in the present ("is facing") or the past perfect ("had become") tells of
    another time than the verb it hangs from ("reported on Friday that ...")."""
    auxiliaries = [child for child in clause.children if child.dep_ in {"aux", "auxpass"}]
    if any(aux.lemma_ == "have" and aux.tag_ == "VBD" for aux in auxiliaries):
        return True
    tensed = auxiliaries[0] if auxiliaries else clause
    return tensed.tag_ in {"VBZ", "VBP"}


def _date_spans(sentence: Span) -> list[Span]:
    return [ent for ent in sentence.ents if ent.label_ in {"DATE", "TIME"}]


def _governor(span: Span) -> Token | None:
    current = span.root
    for _ in range(_MAX_CLIMB):
        if current.head.i == current.i:
            return current if current.pos_ in {"VERB", "AUX", "NOUN"} else None
        current = current.head
        if current.pos_ in {"VERB", "AUX"}:
            return current
        if current.pos_ == "NOUN" and current.dep_ in {"pobj", "dobj", "nsubj"}:
            return current
    return None


def _clause_verb(token: Token) -> Token:
    current = token
    for _ in range(_MAX_CLIMB):
        if current.pos_ in {"VERB", "AUX"} or current.head.i == current.i:
            return current
        current = current.head
    return current


def _relative_marker(clause: Token) -> Token | None:
    """The "after" / "before" that introduces the clause, when it is quantified ("a day after")."""
    for child in clause.children:
        if child.dep_ in {"mark", "prep"} and child.lower_ in _RELATIVE_MARKERS:
            return child
    head = clause.head
    if clause.dep_ in {"pcomp", "pobj"} and head.lower_ in _RELATIVE_MARKERS:
        return head
    return None


def _offset_days(marker: Token) -> int | None:
    measures = [child for child in marker.children if child.dep_ in {"npadvmod", "advmod"}]
    measures += [child for child in marker.head.children if child.dep_ == "npadvmod"]
    for measure in measures:
        lemma = measure.lemma_.lower()
        if lemma == "day" and any(c.lower_ in {"a", "one", "the"} for c in measure.children):
            return 1
        if lemma == "hour":
            return 0
    return None
