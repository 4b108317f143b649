"""Text normalisation shared by the exact hash and the shingles.

Case, punctuation, symbols and whitespace are folded, and Unicode compatibility
forms unified (NFKC), so copies that differ only in typography (curly quotes,
dashes, Markdown emphasis, line breaks) hash alike.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_WORD = re.compile(r"\w+")


def words(text: str | None) -> list[str]:
    """The text's words, NFKC-normalised and case-folded; punctuation is a separator."""
    if not text:
        return []
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return _WORD.findall(text.casefold())


def text_hash(text: str | None) -> str:
    """Hash of the normalised text: equal for copies that differ only in case,
    punctuation or whitespace. 32 hex digits (BLAKE2b, 128 bits)."""
    return hash_of_words(words(text))


def hash_of_words(tokens: list[str]) -> str:
    """``text_hash`` of a text whose ``words`` are ``tokens``."""
    return hashlib.blake2b(" ".join(tokens).encode("utf-8"), digest_size=16).hexdigest()
