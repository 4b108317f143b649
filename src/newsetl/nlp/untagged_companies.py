"""Company names the model left untagged where the words around them say "company":

- after a company noun: "beauty company Coty", "carrier SunExpress";
- before a job title and a person: "Coty CEO Pierre Laubies", "Salesforce CEO Marc
  Benioff";
- after "at" that follows a person's job in apposition: "Pankaj Pandey, Head of Research
  at ICICI Securities";
- a news outlet of the gazetteer's list, written as a name of its own ("told Billboard",
  "Deadline reports", "According to The Verge's review", "confirmed to WIRED"); at the
  start of a sentence only before a reporting verb ("Rolling Stone reported"), as a
  capitalised first word is no sign of a name. A few outlet names that are as often a
  place or a person ("the Atlantic", "Hill", "Fox") are left to the model.

Token ranges of proper-noun runs (hyphen-joined parts included: "T-Mobile") that no
mention covers yet.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newsetl.nlp import gazetteer
from newsetl.nlp.known_places import is_known_place
from newsetl.nlp.names import country_of, in_gazetteer
from newsetl.nlp.quotes import REPORTING_VERBS

_MAX_OUTLET_WORDS = 3
_AMBIGUOUS_OUTLETS = frozenset(
    {"atlantic", "the atlantic", "hill", "the hill", "fox", "insider", "guardian"}
    | {"the independent", "abc", "vox", "dw", "ap"}
)
# what an outlet does with a story: "Rolling Stone reported", "The Wrap's report"
_OUTLET_VERBS = REPORTING_VERBS | frozenset({"report", "reveal", "publish", "confirm", "'s", "’s"})


def untagged_companies(doc: Doc, sentence: Span, covered: set[int]) -> Iterator[range]:
    for token in sentence:
        if _is_company_noun(token):
            run = _run_after(doc, token.i + 1, sentence.end)
        elif _is_title_before_person(doc, token):
            run = _run_before(doc, token.i - 1, sentence.start)
        elif _at_a_persons_employer(token):
            run = _run_after(doc, token.i + 1, sentence.end)
        else:
            continue
        if run and not covered.intersection(run) and _could_be_company(doc, run):
            covered.update(run)
            yield run
    yield from _untagged_outlets(doc, sentence, covered)


def _untagged_outlets(doc: Doc, sentence: Span, covered: set[int]) -> Iterator[range]:
    first = next((token.i for token in sentence if not token.is_space), sentence.start)
    for token in sentence:
        run = _outlet_at(doc, token.i, sentence)
        if run is None or covered.intersection(run):
            continue
        after = doc[run.stop] if run.stop < sentence.end else None
        starts_sentence = run.start == first or (
            run.start == first + 1 and doc[first].lower_ == "the"
        )
        if starts_sentence and (after is None or after.lemma_.lower() not in _OUTLET_VERBS):
            continue
        covered.update(run)
        yield run


def _outlet_at(doc: Doc, start: int, sentence: Span) -> range | None:
    """The outlet's name (without its "The") starting at ``start``, as a whole run of
    capitalised words."""
    if not _capitalised_name_word(doc[start]):
        return None  # most words, cheaply: every word of an outlet's name is capitalised
    if start > sentence.start and _capitalised_name_word(doc[start - 1]):
        return None
    stop = start
    while stop < sentence.end and stop - start <= _MAX_OUTLET_WORDS:
        if not _capitalised_name_word(doc[stop]):
            break
        stop += 1
    if stop - start > _MAX_OUTLET_WORDS:
        return None
    key = doc[start:stop].text.casefold()
    with_the = start > sentence.start and doc[start - 1].lower_ == "the"
    return range(start, stop) if _listed_outlet(key, with_the) else None


def _capitalised_name_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.lower_ != "the" and not token.is_punct


def is_known_outlet(name: str) -> bool:
    """A news outlet of the gazetteer's list by its name alone ("Billboard", "The Wrap"),
    not one that is as often a place or a person."""
    return _listed_outlet(name.casefold(), with_the=True)


def _listed_outlet(key: str, with_the: bool) -> bool:
    """``key`` (or "the " + key, when a "the" goes before it) names an outlet of the
    gazetteer's list and none that is as often a place or a person."""
    names = {key, f"the {key}"} if with_the else {key}
    return bool(names & gazetteer.NEWS_OUTLETS) and not names & _AMBIGUOUS_OUTLETS


def _is_company_noun(token: Token) -> bool:
    return token.text.islower() and token.lemma_.lower() in gazetteer.COMPANY_NOUNS


def _is_title_before_person(doc: Doc, token: Token) -> bool:
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.lower_ in gazetteer.TITLE_WORDS and after is not None and after.ent_type_ == "PERSON"
    )


def _at_a_persons_employer(token: Token) -> bool:
    """ "Pankaj Pandey, Head of Research at ICICI Securities, said": "at" after the job a
    person's appositive names leads to the employer."""
    if token.lower_ != "at" or token.dep_ != "prep":
        return False
    job = token.head
    if job.dep_ == "appos" and job.head.ent_type_ == "PERSON":
        return True
    # the parser may hang "at" on the person, after the job in apposition
    return job.ent_type_ == "PERSON" and any(
        child.dep_ == "appos" and child.i < token.i for child in job.children
    )


def _run_after(doc: Doc, start: int, end: int) -> range | None:
    stop = start
    while stop < end and _name_part(doc, stop):
        stop += 1
    return range(start, stop) if stop > start else None


def _run_before(doc: Doc, last: int, floor: int) -> range | None:
    start = last + 1
    while start - 1 >= floor and _name_part(doc, start - 1):
        start -= 1
    return range(start, last + 1) if start <= last else None


def _name_part(doc: Doc, index: int) -> bool:
    """A proper noun with no entity type yet, or a hyphen glued inside a name."""
    token = doc[index]
    if token.text == "-":
        glued = not doc[index - 1].whitespace_ and not token.whitespace_
        return glued and index > 0 and index + 1 < len(doc) and doc[index + 1].pos_ == "PROPN"
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and not token.ent_type_
        and token.lower_ not in gazetteer.TITLE_WORDS
    )


def _could_be_company(doc: Doc, run: range) -> bool:
    text = doc[run.start : run.stop].text
    return (
        doc[run.start].pos_ == "PROPN"
        and doc[run.stop - 1].pos_ == "PROPN"
        and country_of(text) is None
        and not in_gazetteer(text)
        and not is_known_place(text)
    )
