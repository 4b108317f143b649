"""The gender an article shows a person of, so that "he" never stands for a woman.

Only the article's own words count, never a list of given names: "Mr." / "Ms." before
the name, a gendered role or apposition ("Congresswoman", "Omar, a mother of three",
"Omar is one of the first Muslim women"), and the subject pronoun that follows the
person as a sentence's subject where no one else is named ("Omar said she felt safe").
A person counts as of one gender only when that gender has a clear majority of the cues.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Span, Token

from newsetl.nlp.context import ArticleContext

FEMININE = frozenset({"she", "her", "hers", "herself"})
MASCULINE = frozenset({"he", "him", "his", "himself"})
_GENDERED_NOUNS = {
    **dict.fromkeys(
        ["woman", "girl", "mother", "wife", "daughter", "sister", "actress", "queen"]
        + ["princess", "duchess", "congresswoman", "chairwoman", "spokeswoman", "widow"]
        + ["businesswoman", "grandmother", "aunt", "niece", "lady", "mrs.", "ms."],
        "female",
    ),
    **dict.fromkeys(
        ["man", "boy", "father", "husband", "son", "brother", "king", "prince", "duke"]
        + ["congressman", "spokesman", "businessman", "grandfather", "uncle", "nephew"]
        + ["widower", "mr."],
        "male",
    ),
}
_HONORIFICS = {
    **dict.fromkeys(["mr.", "mr"], "male"),
    **dict.fromkeys(["ms.", "ms", "mrs.", "mrs", "miss"], "female"),
}
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def article_genders(context: ArticleContext) -> dict[str, str]:
    """Name key -> "female" / "male", for the people the article clearly shows so; a
    short name's cues count for the one longer name that holds it."""
    votes: dict[str, Counter[str]] = {}
    people: dict[int, set[str]] = {}  # sentence -> the people it names
    subjects: dict[int, list[tuple[str, int]]] = {}  # sentence -> (subject, end token)
    text = context.doc.text  # built anew by every access: read it once
    for index, mention in enumerate(context.mentions):
        if mention.synthetic or mention.type != "PERSON":
            continue
        key = context.key_of(index)
        people.setdefault(mention.sentence_index, set()).add(key)
        span = context.doc.char_span(mention.start_char, mention.start_char + len(mention.text))
        quoted = span is not None and context.quotations.encloses(span.root)
        if span is not None and span.root.dep_ in _SUBJECT_DEPS and not quoted:
            subjects.setdefault(mention.sentence_index, []).append((key, span.end))
        for gender in _shown(text, mention.start_char, mention.role, span):
            votes.setdefault(key, Counter())[gender] += 1
    for sentence, named in subjects.items():
        if len(_full_names(people[sentence])) == 1:
            for key, end in named:
                after = context.doc[end : context.doc[end - 1].sent.end]
                gender = _following_pronoun(
                    [t for t in after if not context.quotations.encloses(t)]
                )
                if gender:
                    votes.setdefault(key, Counter())[gender] += 1
    return _clear(votes)


def _shown(text: str, start: int, role: str | None, span: Span | None) -> list[str]:
    """The genders the words around one mention show: its honorific, its role, what an
    apposition or a copula calls it."""
    shown = [_HONORIFICS.get(_word_before(text, start).casefold())]
    shown += [_GENDERED_NOUNS.get(word) for word in (role or "").casefold().split()]
    if span is not None:
        shown += [_GENDERED_NOUNS.get(noun.lemma_.lower()) for noun in _described_as(span)]
    return [gender for gender in shown if gender]


def _word_before(text: str, start: int) -> str:
    """The whole word before the offset: "claims.\\n\\nXi" has "claims.", whose tail "ms."
    is no honorific."""
    begin = max(start - 12, 0)
    words = text[begin:start].split()
    cut = begin > 0 and not text[begin - 1].isspace() and not text[begin].isspace()
    if not words or (len(words) == 1 and cut):
        return ""  # a word longer than the window: no honorific
    return words[-1]


def _following_pronoun(after: list[Token]) -> str | None:
    """ "Omar said she felt safe": the gender of the subject pronouns after the person,
    outside quotations (the speaker's "she said" after a quoted name is someone else)."""
    said = {token.lower_ for token in after if token.dep_ in _SUBJECT_DEPS}
    female, male = bool(said & FEMININE), bool(said & MASCULINE)
    if female == male:
        return None
    return "female" if female else "male"


def _described_as(span: Span) -> list[Token]:
    """ "Omar, a mother of three", "Omar is one of the first Muslim women": the nouns an
    apposition or a copula gives the name."""
    root = span.root
    nouns = [child for child in root.children if child.dep_ == "appos"]
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        for attr in root.head.children:
            if attr.dep_ == "attr":
                nouns.append(attr)  # "one of the first two Muslim women": what "one" is of
                nouns += [of for p in attr.children if p.dep_ == "prep" for of in p.children]
    return nouns


def _full_names(keys: set[str]) -> set[str]:
    """The keys that are no part of another key of the set ("omar" of "ilhan omar")."""
    return {key for key in keys if not any(key != other and _part_of(key, other) for other in keys)}


def _part_of(short: str, long: str) -> bool:
    return set(short.split()) <= set(long.split())


def _clear(votes: dict[str, Counter[str]]) -> dict[str, str]:
    """Where one gender has more than twice the other's cues."""
    merged: dict[str, Counter[str]] = {}
    for key in sorted(votes, key=lambda k: -len(k.split())):
        longer = [other for other in merged if key != other and _part_of(key, other)]
        merged.setdefault(longer[0] if len(longer) == 1 else key, Counter()).update(votes[key])
    return {
        key: "female" if counter["female"] > counter["male"] else "male"
        for key, counter in merged.items()
        if max(counter["female"], counter["male"]) > 2 * min(counter["female"], counter["male"])
    }
