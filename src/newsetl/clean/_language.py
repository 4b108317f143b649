"""A small language guesser: writing system first, then stopword counts.

Private to the cleaning package until the extractor's detector is shared;
``guess_language(text) -> ISO 639-1 code | None`` is the interface to keep when
swapping it for a real model.
"""

from __future__ import annotations

import re
from collections import Counter

MIN_WORDS = 8
MIN_STOPWORD_SHARE = 0.12
SAMPLE_CHARS = 4000

_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and of to in is that for it was on with as by at from his her they "
        "this have has are be not but an which said were their will would who",
        "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem "
        "auch es an als wie bei nach aus wird sie hat sind oder wurde",
        "fr": "le la les et des est une un du dans que qui pour pas sur au par ce se plus "
        "avec sont ont été aux cette il elle ne leur mais",
        "es": "el la los las y de que en un una es por con para se del al como más pero "
        "sus su fue ha son está este esta lo le",
        "it": "il la di che e un una per non con del della sono gli le al da nel si è "
        "anche ha più dei delle alla questo come",
        "pt": "o a os as e de que em um uma para com não do da dos das no na se por mais "
        "foi ao pelo pela são como seu sua",
        "nl": "de het een en van in is dat op te zijn met voor niet aan er ook als door "
        "maar bij om nog wordt werd hij zij",
        "ru": "и в не на что с по как это он она они к из за от то но все был была были "
        "также его ее их для о же бы у так",
        "uk": "і в не на що з по як це він вона вони до із за від та але всі був була "
        "були також його її їх для про же б у так",
        "pl": "i w nie na że z do się jest to o jak ale po co tak za od przez być był "
        "była były jego jej ich dla oraz",
    }.items()
}
_LANGUAGES_BY_STOPWORD: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, stopwords in _STOPWORDS.items() if word in stopwords)
    for word in frozenset().union(*_STOPWORDS.values())
}
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
)
_ANY_SCRIPT = re.compile("|".join(pattern.pattern for _, pattern in _SCRIPTS))
_SCRIPT_SHARE = 0.3
_WORD = re.compile(r"[^\W\d_]+")


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when the evidence is thin."""
    sample = text[:SAMPLE_CHARS]
    letters = sum(map(str.isalpha, sample))
    if not letters:
        return None
    if len(_ANY_SCRIPT.findall(sample)) / letters >= _SCRIPT_SHARE:
        for lang, pattern in _SCRIPTS:
            if len(pattern.findall(sample)) / letters >= _SCRIPT_SHARE:
                return lang
    return _by_stopwords(_WORD.findall(sample.casefold()))


def _by_stopwords(words: list[str]) -> str | None:
    if len(words) < MIN_WORDS:
        return None
    scores: Counter[str] = Counter()
    for word, count in Counter(words).items():
        for lang in _LANGUAGES_BY_STOPWORD.get(word, ()):
            scores[lang] += count
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    if scores[best] / len(words) < MIN_STOPWORD_SHARE:
        return None
    return best
