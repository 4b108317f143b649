"""Company names the model left untagged where the words around them say "company":

- after a company noun: "beauty company Coty", "carrier SunExpress";
- before a job title and a person: "Coty CEO Pierre Laubies", "Salesforce CEO Marc
  Benioff".

Token ranges of proper-noun runs (hyphen-joined parts included: "T-Mobile") that no
mention covers yet.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newsetl.nlp import gazetteer
from newsetl.nlp.known_places import is_known_place
from newsetl.nlp.names import country_of, in_gazetteer


def untagged_companies(doc: Doc, sentence: Span, covered: set[int]) -> Iterator[range]:
    for token in sentence:
        if _is_company_noun(token):
            run = _run_after(doc, token.i + 1, sentence.end)
        elif _is_title_before_person(doc, token):
            run = _run_before(doc, token.i - 1, sentence.start)
        else:
            continue
        if run and not covered.intersection(run) and _could_be_company(doc, run):
            covered.update(run)
            yield run


def _is_company_noun(token: Token) -> bool:
    return token.text.islower() and token.lemma_.lower() in gazetteer.COMPANY_NOUNS


def _is_title_before_person(doc: Doc, token: Token) -> bool:
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.lower_ in gazetteer.TITLE_WORDS and after is not None and after.ent_type_ == "PERSON"
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
