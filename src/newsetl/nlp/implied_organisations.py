"""Organisations the model left untagged that one it found implies: a proper noun
coordinated with it ("Blue Origin and SpaceX"), its short form after "the" ("the European
Union ... the Union"), its acronym in brackets ("(INPE)"). Each is found as the index of its
sentence and its tokens; `mentions` makes the mentions."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from newsetl.nlp import gazetteer
from newsetl.nlp.context import ArticleContext
from newsetl.nlp.known_places import is_known_place
from newsetl.nlp.names import country_of, in_gazetteer, looks_like_heading
from newsetl.nlp.resolve import Mention
from newsetl.nlp.timex import WEEKDAYS

Found = tuple[int, range]  # sentence index, tokens
_HYPHENATED_PARTS = 2  # "T" "-" before "Mobile"


def coordinated_companies(
    doc: Doc, kept: list[tuple[Mention, range]], surnames: set[str]
) -> list[Found]:
    """ "from small ventures to Blue Origin and SpaceX", "the selection of SpaceX, Blue
    Origin, Sierra Nevada Corp.": a proper noun the model left untagged, coordinated with
    an organisation, is an organisation too (not a known place, nor the surname of a
    person the article names)."""
    covered = {token for _, tokens in kept for token in tokens}
    added: list[Found] = []
    for mention, tokens in kept:
        if mention.type != "ORG":
            continue
        root = _root_of(doc, tokens)
        neighbours = [*root.conjuncts]
        for token in neighbours:
            run = _proper_run_ending_at(doc, token)
            if run is None or covered & set(run):
                continue
            text = doc[run.start : run.stop].text
            if text in surnames or is_known_place(text) or country_of(text) or in_gazetteer(text):
                continue
            added.append((mention.sentence_index, run))
            covered.update(run)
    return added


def _root_of(doc, tokens: range):
    root = doc[tokens[-1]]
    while root.head.i in tokens and root.head.i != root.i:
        root = root.head
    return root


def _proper_run_ending_at(doc, token) -> range | None:
    """The capitalised proper nouns of one name ending at ``token`` (its compounds)."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.is_sent_start:
        return None
    if token.ent_type_ or token.lower_ in WEEKDAYS:
        return None
    start = token.i
    while start > 0:
        if doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        elif _hyphen_joined(doc, start):  # "T-Mobile", "Take-Two"
            start -= 2
        else:
            break
    return range(start, token.i + 1)


def _hyphen_joined(doc, index: int) -> bool:
    """A capitalised word and a hyphen, with no space, right before token ``index``."""
    if index < _HYPHENATED_PARTS:
        return False
    hyphen, before = doc[index - 1], doc[index - 2]
    return (
        hyphen.text == "-"
        and not hyphen.whitespace_
        and not before.whitespace_
        and before.text[:1].isupper()
        and not before.ent_type_
    )


_SHORT_FORM_HEADS = gazetteer.INSTITUTION_WORDS | frozenset(
    {"union", "parliament", "assembly", "government", "party", "bank", "university"}
)


def institution_short_forms(
    context: ArticleContext, sentences: list[Span], kept: list[tuple[Mention, range]]
) -> list[Found]:
    """ "The European Union agreed ... the Union must lead": an institution named in full
    is named again by its capitalised last word after "the", which the model often leaves
    untagged."""
    heads = {
        words[-1]
        for mention, _ in kept
        if mention.type == "ORG"
        and len(words := mention.text.split()) > 1
        and words[-1].casefold() in _SHORT_FORM_HEADS
    }
    covered = {token for _, tokens in kept for token in tokens}
    return [
        (number, range(token.i, token.i + 1))
        for number, sentence in enumerate(sentences)
        if number not in context.boilerplate_sentences and not looks_like_heading(sentence.text)
        for token in sentence
        if token.i not in covered
        and token.text in heads
        and token.i > sentence.start
        and context.doc[token.i - 1].lower_ == "the"
        and not _starts_a_longer_name(context.doc, token.i, sentence)
    ]


def _starts_a_longer_name(doc, index: int, sentence: Span) -> bool:
    """ "the Union Jack": the word starts a longer name."""
    return index + 1 < sentence.end and doc[index + 1].pos_ == "PROPN"


_MAX_ACRONYM_CHARS = 8
_MIN_ACRONYM_CAPITALS = 2


def bracketed_acronyms(doc: Doc, kept: list[tuple[Mention, range]]) -> list[Found]:
    """ "Brazil's National Institute for Space Research (INPE)": the capitals in brackets
    right after an organisation's name are its acronym, whatever language they come from,
    where the model left them untagged."""
    covered = {token for _, tokens in kept for token in tokens}
    added: list[Found] = []
    for mention, tokens in kept:
        at = tokens.stop + 1
        if mention.type != "ORG" or at + 1 >= len(doc) or at in covered:
            continue
        if doc[tokens.stop].text != "(" or doc[at + 1].text != ")":
            continue
        if _looks_like_an_acronym(doc[at].text):
            added.append((mention.sentence_index, range(at, at + 1)))
    return added


def _looks_like_an_acronym(text: str) -> bool:
    capitals = sum(char.isupper() for char in text)
    return (
        len(text) <= _MAX_ACRONYM_CHARS
        and capitals >= _MIN_ACRONYM_CAPITALS
        and text.isalnum()
        and text[0].isupper()
    )
