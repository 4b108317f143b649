"""Loading the spaCy pipeline once, with only the components the coder needs."""

from __future__ import annotations

import functools
import re
import threading

import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc

# Components the coder reads: tokens, POS + lemmas (tagger, attribute_ruler,
# lemmatizer), dependencies (parser) and NER; everything else is disabled.
NEEDED_COMPONENTS = frozenset(
    {"tok2vec", "transformer", "tagger", "morphologizer", "attribute_ruler", "lemmatizer"}
    | {"parser", "ner"}
)
PARAGRAPH_BOUNDARIES = "newsetl_paragraph_boundaries"


@Language.component(PARAGRAPH_BOUNDARIES)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A blank line always ends a sentence (headings and list items are not run on).

    The line break itself opens a sentence too: marking only the next token
    leaves the parser free to split again right after it ("Xi" | "and" | ...).
    """
    if "\n" not in doc.text:
        return doc
    for index in numpy.flatnonzero(doc.to_array("IS_SPACE")):
        token = doc[int(index)]
        if "\n" in token.text and token.i + 1 < len(doc):
            token.is_sent_start = True
            doc[token.i + 1].is_sent_start = True
    return doc


@functools.cache
def load_pipeline(model: str) -> Language:
    """The model with the coder's components, loaded once per process and model name.

    Callers share it: ``pipeline_lock(model)`` serialises its use across threads.
    """
    nlp = spacy.load(model)
    for name in nlp.pipe_names:
        if name not in NEEDED_COMPONENTS:
            nlp.disable_pipe(name)
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ValueError(f"spaCy model {model!r} lacks {', '.join(sorted(missing))}")
    nlp.add_pipe(PARAGRAPH_BOUNDARIES, before="parser")
    _split_full_stop_after_camel_case(nlp)
    return nlp


def _split_full_stop_after_camel_case(nlp: Language) -> None:
    """ "to Blue Origin and SpaceX.", "works for PwC.": spaCy's suffix rules split a full
    stop after a lowercase letter or a run of capitals, not after a name in mixed case
    ending in a capital, which kept "SpaceX." one token, no name and no sentence end."""
    pattern = nlp.tokenizer.suffix_search.__self__.pattern  # the model's own rules
    nlp.tokenizer.suffix_search = re.compile(rf"{pattern}|(?<=[a-z][A-Z])\.$").search


@functools.cache
def pipeline_lock(model: str) -> threading.Lock:
    return threading.Lock()
