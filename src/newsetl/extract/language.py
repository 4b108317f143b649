"""Language of a page: what it declares, else a guess from its text.

``declared_language`` normalises ``<html lang>``-style tags ("en-US", "pt_BR",
"English") to ISO 639-1. ``guess_language`` looks at the writing system first
(Japanese kana, Hangul, Han, Thai, Greek, Hebrew, Arabic, Devanagari),
then counts frequent function words for the Latin- and Cyrillic-script
languages news is most often written in. It returns None rather than guess
from too little evidence.
"""

from __future__ import annotations

import re
from collections import Counter

MIN_WORDS = 8
MIN_STOPWORD_SHARE = 0.10
SAMPLE_CHARS = 3000
SURE_SAMPLE_CHARS = 1500  # asked of every page that declares a language: kept cheap
SURE_MIN_WORDS = 40
SURE_STOPWORD_SHARE = 0.2
SURE_LEAD = 2.0

_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": "the and of to in is that for it was on with as by at from his her they this "
        "have has are be not but an which said were their will would who its been had",
        "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch "
        "es an als wie bei nach aus wird sie hat sind oder wurde noch einem einen werden",
        "fr": "le la les et des est une un du dans que qui pour pas sur au par ce se plus avec "
        "sont ont été aux cette il elle ne leur mais nous vous ses son",
        "es": "el la los las y de que en un una es por con para se del al como más pero sus "
        "su fue ha son está este esta lo le también entre sobre",
        "it": "il la di che e un una per non con del della sono gli le al da nel si è anche ha "
        "più dei delle alla questo come ma nella degli",
        "pt": "o a os as e de que em um uma para com não do da dos das no na se por mais foi ao "
        "pelo pela são como seu sua também já ele",
        "nl": "de het een en van in is dat op te zijn met voor niet aan er ook als door maar "
        "bij om nog wordt werd hij zij deze naar",
        "sv": "och i att det som en på är av för med till den har inte om ett var de jag han "
        "men sig från vid så kan hade efter",
        "da": "og i at det som en på er af for med til den har ikke om et var de jeg han men "
        "sig fra ved så kan havde efter",
        "no": "og i at det som en på er av for med til den har ikke om et var de jeg han men "
        "seg fra ved så kan hadde etter",
        "pl": "i w nie na że z do się jest to o jak ale po co tak za od przez być był była "
        "były jego jej ich dla oraz",
        "cs": "a v se na je že s z do to o jako ale po pro za od by byl byla bylo jeho její "
        "jsou také které který",
        "tr": "ve bir bu da de için ile olarak çok daha gibi olan ama en sonra kadar ancak her "
        "ne değil ise",
        "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh "
        "karena sudah telah bisa mereka",
        "ro": "și în de la cu care pe din este nu o un să se mai au pentru fost ca sunt dar "
        "această acest",
        "ru": "и в не на что с по как это он она они к из за от то но все был была были также "
        "его ее их для о же бы у так",
        "uk": "і в не на що з по як це він вона вони до із за від та але всі був була були "
        "також його її їх для про же б у так",
    }.items()
}


def _languages_of_words(stopwords: dict[str, frozenset[str]]) -> dict[str, tuple[str, ...]]:
    """word -> the languages it is a stopword of (one pass per text instead of one per language)"""
    index: dict[str, tuple[str, ...]] = {}
    for lang, words in stopwords.items():
        for word in words:
            index[word] = (*index.get(word, ()), lang)
    return index


_LANGUAGES_OF = _languages_of_words(_STOPWORDS)
_WORD = re.compile(r"[^\W\d_]+")
_SCRIPTS = (
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
)
_ANY_SCRIPT = re.compile(
    "[" + "".join(pattern.pattern[1:-1] for _, pattern in _SCRIPTS) + "]"
)  # any of the writing systems above, to skip the counting for Latin and Cyrillic text
_NAMES = {
    "english": "en", "german": "de", "deutsch": "de", "french": "fr", "français": "fr",
    "spanish": "es", "español": "es", "italian": "it", "portuguese": "pt", "dutch": "nl",
    "russian": "ru", "ukrainian": "uk", "polish": "pl", "swedish": "sv", "chinese": "zh",
    "japanese": "ja", "arabic": "ar", "turkish": "tr",
}  # fmt: skip
_ALIASES = {"iw": "he", "in": "id", "nb": "no", "nn": "no", "ji": "yi"}
_TAG = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$")


def declared_language(value: str | None) -> str | None:
    """ISO 639-1 code of a declared language tag, or None when it is not one."""
    if not value:
        return None
    value = value.strip().lower().split(",")[0].strip()
    if value in _NAMES:
        return _NAMES[value]
    match = _TAG.match(value)
    if not match:
        return None
    code = match.group(1)
    code = _ALIASES.get(code, code)
    return code if len(code) == 2 else None


def guess_language(text: str, *, sure: bool = False) -> str | None:
    """ISO 639-1 code of the language ``text`` is most likely written in, or None.

    With ``sure``, only a clear answer is given (enough text, a clear lead over the
    next language): enough to overrule a page's declaration, which templates get
    wrong ("en" left on a German site).
    """
    sample = text[: SURE_SAMPLE_CHARS if sure else SAMPLE_CHARS]
    if not sample.strip():
        return None
    by_script = _script_language(sample)
    if by_script:
        return by_script
    words = _WORD.findall(sample.lower())
    if len(words) < (SURE_MIN_WORDS if sure else MIN_WORDS):
        return None
    hits = dict.fromkeys(_STOPWORDS, 0)
    for word, count in Counter(words).items():
        for lang in _LANGUAGES_OF.get(word, ()):
            hits[lang] += count
    ranked = sorted(((n, lang) for lang, n in hits.items()), reverse=True)
    (best_hits, best), (second_hits, _) = ranked[0], ranked[1]
    if best_hits < (SURE_STOPWORD_SHARE if sure else MIN_STOPWORD_SHARE) * len(words):
        return None
    if sure and best_hits < SURE_LEAD * second_hits:
        return None
    return best


def _script_language(sample: str) -> str | None:
    if sample.isascii() or _ANY_SCRIPT.search(sample) is None:
        return None
    letters = sum(map(str.isalpha, sample))
    if not letters:
        return None
    for lang, pattern in _SCRIPTS:
        found = len(pattern.findall(sample))
        if found >= 0.2 * letters or (lang == "ja" and found >= 0.05 * letters):
            return lang
    return None
