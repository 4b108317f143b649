"""When: the date an action took place, from the date expressions of its sentence.

A date expression (NER DATE span) belongs to the verb it hangs from in the
parse. An action takes, in order: a date on its own clause verb (or on its
event noun); "a day after ..." / "hours after ..." relative to the date of the
clause it is subordinate to (a present-tense main clause, "The remarks come a
day after ...", is the publication day); a date on a verb that governs it
("state media reported Tuesday [that] Xi said ..."). Otherwise the date is
unknown. Dates after publication are dropped (a plan is not dated).
"""

from __future__ import annotations

from datetime import timedelta

from spacy.tokens import Span, Token

from newsetl.nlp import timex
from newsetl.nlp.context import ArticleContext
from newsetl.nlp.timex import ResolvedDate

_RELATIVE_MARKERS = frozenset({"after", "before"})
REPORTING = frozenset({"say", "tell", "report", "announce", "state", "add", "quote"})
_MAX_CLIMB = 6
_MAX_RELATIVE_DEPTH = 2  # "a day after (the day after ...)" at most


class DateFinder:
    def __init__(self, context: ArticleContext) -> None:
        self.context = context

    def date_of(self, action: Token, *, future: bool = False) -> ResolvedDate | None:
        resolved = self._date_of(action, future, depth=0)
        if resolved and self.context.published and resolved[0] > self.context.published:
            return None
        return resolved

    def _date_of(self, action: Token, future: bool, depth: int) -> ResolvedDate | None:
        sentence = action.sent
        clause = _clause_verb(action)
        dated = [(span, _governor(span)) for span in _date_spans(sentence)]
        for span, governor in dated:
            if governor is not None and (governor.i in {clause.i, action.i}):
                resolved = timex.resolve(span.text, self.context.published, future=future)
                if resolved:
                    return resolved
        relative = self._relative(clause, future, depth) if depth < _MAX_RELATIVE_DEPTH else None
        if relative is not None:
            return relative
        ancestors = {token.i for token in clause.ancestors}
        for span, governor in dated:
            if governor is None:
                continue
            # "..., Xi said ..., state media reported Tuesday": the report dates what was said
            reported = clause.lemma_ in REPORTING and governor.lemma_ in REPORTING
            if governor.i in ancestors or reported:
                resolved = timex.resolve(span.text, self.context.published, future=future)
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
        if anchor is None and main.tag_ in {"VBZ", "VBP"} and self.context.published:
            anchor = (self.context.published, "day")
        if anchor is None or anchor[1] != "day":
            return None
        sign = -1 if marker.lower_ == "after" else 1
        return anchor[0] + timedelta(days=sign * offset), "day"


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
