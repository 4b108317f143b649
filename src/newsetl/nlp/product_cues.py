"""Names an article shows to be products, so that they are products all through it.

The small model types most product names as organisations ("MacBook Pro", "SLS") or
people ("Destiny 2"). What shows a product:

- a screen size before it: "the 16-inch MacBook Pro";
- a product noun after it, or after the list it ends: "the Blue Moon lander", "MacBook
  Pro and MacBook Air models" (not a one-word name, rather the maker's: "Samsung
  phones"; nor a place: "the Hong Kong model");
- a product it is said to be: "SLS is the only vehicle", "the SLS, NASA's new rocket";
- a model number ending a name typed as a person's: "Destiny 2".

Once shown, the name is a product in every mention, and so are its bare forms: its
plural ("MacBooks"), the name without its trim ("MacBook" of "MacBook Pro") and without
its maker ("Stadia" of "Google Stadia", Google being an organisation of the article).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

from newsetl.nlp import gazetteer
from newsetl.nlp.names import in_gazetteer
from newsetl.nlp.resolve import Mention

_INCHES = frozenset({"inch", "in."})
_SCREEN_SIZE = re.compile(r"^\d+(?:\.\d+)?-inch$", re.IGNORECASE)
# nouns after a name (or a list of names) that make it a product
PRODUCT_HEADS = gazetteer.PRODUCT_NOUNS | frozenset(
    {"laptop", "notebook", "smartphone", "phone", "tablet", "keyboard", "model", "handset"}
)
# what a product is said to be: "SLS is the only vehicle", "the SLS, NASA's new rocket"
PRODUCT_KINDS = PRODUCT_HEADS | frozenset(
    {"vehicle", "rocket", "car", "aircraft", "plane", "game", "drug", "vaccine", "device"}
)
# words that end a product's name as its variant: "MacBook Pro" is a "MacBook"
TRIM_WORDS = frozenset({"pro", "air", "max", "plus", "mini", "ultra", "lite", "se"})
_RETYPED = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "NORP", "GPE"})
_PLACE_TYPES = frozenset({"GPE", "NORP", "LOC"})


def names_cued_as_products(doc: Doc, kept: Iterable[tuple[Mention, range]]) -> set[str]:
    """The names of the article's mentions that are products, bare forms included."""
    kept = list(kept)
    shown = {
        mention.text
        for mention, tokens in kept
        if mention.type in _RETYPED
        and not in_gazetteer(mention.text)
        and (
            _after_a_screen_size(doc, tokens)
            or _described_as_a_product(doc, tokens)
            or _numbered_like_a_model(mention, tokens, doc)
            or (
                len(tokens) > 1
                and mention.type not in _PLACE_TYPES
                and _before_a_product_noun(doc, tokens)
            )
        )
    }
    if not shown:
        return set()
    organisations = {m.text for m, _ in kept if m.type == "ORG" and m.text not in shown}
    bare = {form for name in shown for form in _bare_forms(name, organisations)}
    return {m.text for m, _ in kept if m.text in shown or m.text in bare}


def _after_a_screen_size(doc: Doc, tokens: range) -> bool:
    """ "the 16-inch MacBook Pro" (spaCy splits "16-inch" into "16", "-", "inch")."""
    before = doc[tokens.start - 1] if tokens.start > 0 else None
    return before is not None and (
        before.lower_ in _INCHES or bool(_SCREEN_SIZE.match(before.text))
    )


def _before_a_product_noun(doc: Doc, tokens: range) -> bool:
    """ "the Blue Moon lander"; "MacBook Pro and MacBook Air models": the noun after the
    list's last name."""
    if doc[tokens.stop - 1].tag_ == "POS":
        return False  # "Blue Origin's lander": the maker's
    index = tokens.stop
    while index < len(doc) and (doc[index].pos_ in {"PROPN", "CCONJ"} or doc[index].text == ","):
        index += 1
    if index >= len(doc):
        return False
    after = doc[index]
    return after.text.islower() and after.lemma_.lower() in PRODUCT_HEADS


def _described_as_a_product(doc: Doc, tokens: range) -> bool:
    """ "the SLS, NASA's new rocket"; "SLS is the only vehicle for launching humans"."""
    root = next((doc[i] for i in tokens if doc[i].head.i not in tokens), None)
    if root is None:
        return False
    described = [child for child in root.children if child.dep_ == "appos"]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        described += [child for child in root.head.children if child.dep_ == "attr"]
    return any(
        noun.lemma_.lower() in PRODUCT_KINDS and noun.tag_ in {"NN", "NNS"} for noun in described
    )


def _numbered_like_a_model(mention: Mention, tokens: range, doc: Doc) -> bool:
    """ "Destiny 2" typed as a person: no person's name ends in a number."""
    return mention.type == "PERSON" and len(tokens) > 1 and doc[tokens.stop - 1].like_num


def _bare_forms(name: str, organisations: set[str]) -> set[str]:
    words = name.split()
    forms = {f"{name}s"}
    if len(words) > 1 and words[-1].casefold() in TRIM_WORDS:
        trimmed = " ".join(words[:-1])
        forms |= {trimmed, f"{trimmed}s"}
    if len(words) > 1 and words[0] in organisations:
        forms.add(" ".join(words[1:]))
    return forms
