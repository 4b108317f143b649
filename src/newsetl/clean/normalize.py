"""Character- and layout-level normalisation of article text.

Decisions (analysts grep the warehouse, so text is folded towards what they type):

- Unicode NFC, not NFKC: NFKC would also rewrite superscripts ("km²" -> "km2")
  and fractions. Only the compatibility characters that hurt search are folded:
  typographic ligatures, full-width ASCII, the many space characters and "…".
- Curly quotes become straight quotes (‘ ’ ‚ ‛ -> ', “ ” „ ‟ -> "). Guillemets
  (« ») and dashes (– —) are kept: they carry meaning and rarely break a grep.
- Soft hyphens, zero-width spaces, word joiners and BOMs are removed. ZWJ and
  ZWNJ are removed too, except after Arabic and Indic letters, where they
  change how a word is written.
- Control characters are dropped; tabs and every kind of space become one space.
- A paragraph is a block between blank lines. Inside a block each line is its
  own paragraph (scrapers put one paragraph per line), unless the block looks
  hard-wrapped (see ``_looks_hard_wrapped``), in which case its lines are joined.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
}
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\v\f"
_INVISIBLE = "\u00ad\u200b\u2060\ufeff\u180e"
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
_CONTROL = [code for code in range(0x20) if chr(code) != "\n"] + list(range(0x7F, 0xA0))


def _translation_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {ord(k): v for k, v in _QUOTES.items()}
    table.update({ord(char): " " for char in _SPACES})
    table.update({ord(char): None for char in _INVISIBLE})
    table.update({code: None for code in _CONTROL if chr(code) not in _SPACES})
    table.update({ord(k): v for k, v in _LIGATURES.items()})
    table.update({code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)})  # full-width
    table.update({0x2026: "...", 0x2011: "-", 0x2028: "\n", 0x0085: "\n", 0x2029: "\n\n"})
    return table


_TABLE = _translation_table()
_JOINERS = re.compile(r"(?<![\u0600-\u0dff])[\u200c\u200d]")
_NEWLINES = re.compile(r"\r\n?")
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
_RUNS_OF_SPACE = re.compile(r" {2,}")

_WRAP_MIN_LINES = 3
_WRAP_MIN_WIDTH = 40
_WRAP_MAX_WIDTH = 100
_WRAP_WIDTH_SPREAD = 30


def normalize_text(text: str) -> str:
    """Normalise characters and layout; paragraphs are joined by exactly one blank line."""
    return "\n\n".join(split_paragraphs(text))


def split_paragraphs(text: str) -> list[str]:
    """The normalised, non-empty paragraphs of ``text`` in order."""
    if not text:
        return []
    text = normalize_characters(text)
    paragraphs: list[str] = []
    for block in _BLANK_LINES.split(text):
        paragraphs.extend(_block_paragraphs(block))
    return paragraphs


def normalize_characters(text: str) -> str:
    """Character-level folding only (no layout change apart from newline style)."""
    text = _NEWLINES.sub("\n", text)
    text = unicodedata.normalize("NFC", text).translate(_TABLE)
    return _JOINERS.sub("", text)


def _block_paragraphs(block: str) -> list[str]:
    lines = [_collapse(line) for line in block.split("\n")]
    lines = [line for line in lines if line]
    if _looks_hard_wrapped(lines):
        return [" ".join(lines)]
    return lines


def _collapse(line: str) -> str:
    return _RUNS_OF_SPACE.sub(" ", line).strip()


def _looks_hard_wrapped(lines: list[str]) -> bool:
    """Lines broken at a fixed width: similar lengths, and some continue mid-sentence.

    Needs three or more lines so a title above a credit line is never glued together.
    """
    if len(lines) < _WRAP_MIN_LINES:
        return False
    widths = [len(line) for line in lines[:-1]]
    if min(widths) < _WRAP_MIN_WIDTH or max(widths) > _WRAP_MAX_WIDTH:
        return False
    if max(widths) - min(widths) > _WRAP_WIDTH_SPREAD:
        return False
    continuations = sum(1 for line in lines[1:] if line[0].islower() or line[0].isdigit())
    return continuations * 3 >= len(lines) - 1
