"""Markdown syntax to plain text, one paragraph at a time.

Scrapers leave Markdown in "plain text" files (the seeds carry ``# title``,
``**bold**`` and ``[cited](#)``), and the warehouse stores plain text, so the
syntax goes and the words stay. Only unambiguous forms are touched: a single
``*`` or ``_`` is left alone unless it clearly wraps a word.
"""

from __future__ import annotations

import re

_IMAGE = re.compile(r"!\[[^\]\n]{0,500}\]\([^()\s]{0,2000}(?:\s+\"[^\"]{0,300}\")?\)")
_LINK = re.compile(
    r"\[([^\]\n]{1,500})\]\((?:[^()\s]|\([^()\s]*\)){0,2000}(?:\s+\"[^\"]{0,300}\")?\)"
)
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^<>\s]{1,2000}|mailto:[^<>\s]{1,300})>")
# Emphasis spans are bounded so a paragraph full of stray markers stays linear.
_BOLD = re.compile(
    r"\*\*(?=[^\s*])([^*\n]{1,300}?)(?<=\S)\*\*|__(?=[^\s_])([^_\n]{1,300}?)(?<=\S)__"
)
_ITALIC_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])")
_ITALIC_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])_(?![\w_])")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)(?:\s+#+)?$")
_QUOTE_MARKER = re.compile(r"^(?:>\s?)+")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$|^[=-]{3,}$")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_CODE = re.compile(r"`([^`\n]{1,300})`")


def strip_markdown(paragraph: str) -> str:
    """The paragraph without Markdown syntax (empty for a horizontal rule)."""
    if _RULE.match(paragraph):
        return ""
    text = _QUOTE_MARKER.sub("", paragraph)
    heading = _HEADING.match(text)
    if heading:
        text = heading.group(1)
    if "[" in text:
        text = _LINK.sub(r"\1", _IMAGE.sub("", text))
    if "<" in text:
        text = _AUTOLINK.sub(r"\1", text)
    if "*" in text or "_" in text:
        text = _BOLD.sub(lambda match: match.group(1) or match.group(2), text)
        text = _ITALIC_UNDERSCORE.sub(r"\1", _ITALIC_STAR.sub(r"\1", text))
    if "`" in text:
        text = _CODE.sub(r"\1", text)
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    return text.strip()


def heading_text(paragraph: str) -> str | None:
    """The text of an ATX heading (``# Title``), else None."""
    match = _HEADING.match(paragraph)
    return strip_markdown(match.group(1)) if match else None
