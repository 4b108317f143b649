"""Local documents (.txt, .md, .html) to articles.

    read_document(path) -> (text, fmt)
    parse_document(text, fmt="text", *, uri=None) -> ExtractedArticle

A plain-text or Markdown document is what a scraper left: maybe YAML front
matter, then a header (a title, a date line, a byline, a picture credit such
as ``**kremlin.ru**``, publisher furniture), the body, and an ``Original url:``
line. The header ends at the first paragraph of body text. HTML documents go
to ``newsetl.extract.extract_article``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from newsetl.clean import clean_text, split_paragraphs
from newsetl.clean.boilerplate import is_strong_line, paragraph_key
from newsetl.clean.dates import DateLine, is_date_line, parse_date_line
from newsetl.clean.front_matter import FrontMatter, split_front_matter, split_names
from newsetl.clean.markdown import heading_text, strip_markdown
from newsetl.encoding import decode_html, looks_binary
from newsetl.extract import guess_language
from newsetl.models import DocumentFormat, ExtractedArticle

DOCUMENT_FORMATS: dict[str, DocumentFormat] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}
HEADER_MAX_PARAGRAPHS = 10
TRAILER_MAX_PARAGRAPHS = 4
TITLE_MAX_WORDS = 25
TITLE_MAX_CHARS = 250
BODY_MIN_WORDS = 15
TITLE_MIN_WORDS_WITH_DEK = 4  # "World" above a title is a section label, not a title
DEK_MIN_WORDS = 4
UNREADABLE_SHARE = 0.1

_URL = re.compile(r"<?\[?(?:[^\]]*\]\()?(https?://[^\s<>()\]]+)[>)]?")
_URL_LABEL = re.compile(
    r"^(?:original|source|canonical) (?:url|link|article)\s*:?\s*(?P<rest>.*)$", re.I
)
_BYLINE = re.compile(r"^(?:by|author|authors|written by)\s*:?\s+(?P<names>.+)$", re.I)
_NAME = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4}$")
_HEADER_SEPARATOR = re.compile(r"\s+[|·•]\s+")
_SENTENCE_END = re.compile(r"[.!?\"')”’]$")
_TITLE_END = re.compile(r"[.:;,]$")
_EMPHASISED_LINE = re.compile(r"(\*\*|__)[^*_\n]{1,80}\1")
_UNREADABLE = re.compile(r"[\ufffd\x00-\x08\x0b\x0c\x0e-\x1f]")


def read_document(path: Path) -> tuple[str, str]:
    """The decoded text of a document file and its format, from the file's suffix.

    Bad bytes never raise: they decode to U+FFFD, and a binary file (a PDF
    named .txt) reads as empty text.
    """
    fmt = DOCUMENT_FORMATS.get(path.suffix.lower(), "text")
    return decode_document(path.read_bytes()), fmt


def decode_document(data: bytes) -> str:
    """Bytes to text: BOM, declared charset (HTML), UTF-8, detection, then replacement."""
    if looks_binary(data):
        return ""
    return decode_html(data, None)[0]


def parse_document(
    text: str,
    fmt: Literal["text", "markdown", "html"] = "text",
    *,
    uri: str | None = None,
) -> ExtractedArticle:
    """The article in a document; unreadable or empty input gives an empty text."""
    if isinstance(text, bytes | bytearray):
        text = decode_document(bytes(text))
    if fmt == "html":
        from newsetl.extract import extract_article

        extracted = extract_article(text or "", url=None)
        extracted.url = extracted.url or uri
        return extracted
    article = ExtractedArticle(url=uri)
    if not text or _unreadable(text):
        return article
    front_matter, text = split_front_matter(text)
    if front_matter:
        _apply_front_matter(front_matter, article)
    paragraphs = _take_original_url(split_paragraphs(text), article)
    body = _read_trailer(_read_header(paragraphs, article), article)
    article.text = clean_text("\n\n".join(body))
    article.language = article.language or guess_language(article.text)
    return article


def _unreadable(text: str) -> bool:
    return len(_UNREADABLE.findall(text)) > UNREADABLE_SHARE * len(text)


def _apply_front_matter(meta: FrontMatter, article: ExtractedArticle) -> None:
    article.title = meta.title
    article.canonical_url = meta.url
    article.published_at = meta.published_at
    article.modified_at = meta.modified_at
    article.authors = meta.authors
    article.language = meta.language
    article.description = meta.description


# --- original URL -----------------------------------------------------------


def _take_original_url(paragraphs: list[str], article: ExtractedArticle) -> list[str]:
    """Remove the ``Original url:`` line (and the URL line after it) into canonical_url."""
    for index, paragraph in enumerate(paragraphs):
        label = _URL_LABEL.match(strip_markdown(paragraph))
        if not label:
            continue
        url = _url_in(label.group("rest"))
        used = 1
        if url is None and index + 1 < len(paragraphs):
            url = _url_in(paragraphs[index + 1])
            used = 2 if url else 1
        if url is None:
            continue
        article.canonical_url = article.canonical_url or url
        return paragraphs[:index] + paragraphs[index + used :]
    return paragraphs


def _url_in(text: str) -> str | None:
    match = _URL.fullmatch(text.strip())
    return match.group(1) if match else None


# --- header -----------------------------------------------------------------


def _read_header(paragraphs: list[str], article: ExtractedArticle) -> list[str]:
    """Take title, dates, byline and credits from the header; return the rest.

    Header paragraphs that are publisher furniture stay for ``clean_text``.
    """
    used: set[int] = set()
    limit = min(len(paragraphs), HEADER_MAX_PARAGRAPHS)
    for index in range(limit):
        paragraph = paragraphs[index]
        if _read_metadata(paragraph, article) or _is_credit(
            paragraph, after_title=article.title is not None
        ):
            used.add(index)
        elif _is_body(paragraph):
            break
        elif _repeats_title(paragraph, article.title):
            used.add(index)
        elif article.title is None and _is_title(paragraphs, index):
            article.title = heading_text(paragraph) or strip_markdown(paragraph)
            used.add(index)
    return [paragraph for index, paragraph in enumerate(paragraphs) if index not in used]


def _repeats_title(paragraph: str, title: str | None) -> bool:
    """A heading that repeats the title the front matter already gave."""
    heading = heading_text(paragraph)
    return bool(title and heading and heading.casefold() == title.casefold())


def _read_trailer(paragraphs: list[str], article: ExtractedArticle) -> list[str]:
    """Take labelled date lines ("Published: ...") from the last few paragraphs.

    A bare date down there may be a subheading of a timeline, so it stays.
    """
    first = max(0, len(paragraphs) - TRAILER_MAX_PARAGRAPHS)
    kept = paragraphs[:first]
    for paragraph in paragraphs[first:]:
        found = parse_date_line(strip_markdown(paragraph))
        if found and found.labelled:
            _set_date(article, found)
        else:
            kept.append(paragraph)
    return kept


def _is_body(paragraph: str) -> bool:
    if heading_text(paragraph) is not None:
        return False
    words = len(paragraph.split())
    return words >= BODY_MIN_WORDS or (words >= 6 and _SENTENCE_END.search(paragraph) is not None)


def _read_metadata(paragraph: str, article: ExtractedArticle) -> bool:
    """Fill dates and authors from a header line made only of them.

    A date that cannot be the publication date (in the future, impossible)
    still marks the line as metadata; it is just not used.
    """
    parts = _HEADER_SEPARATOR.split(strip_markdown(paragraph))
    if not all(is_date_line(part) or _authors(part) for part in parts):
        return False
    for part in parts:
        found = parse_date_line(part)
        if found:
            _set_date(article, found)
        elif not article.authors and not is_date_line(part):
            article.authors = _authors(part) or []
    return True


def _set_date(article: ExtractedArticle, found: DateLine) -> None:
    if found.kind == "modified":
        article.modified_at = article.modified_at or found.value
    else:
        article.published_at = article.published_at or found.value


def _authors(part: str) -> list[str] | None:
    byline = _BYLINE.match(part.strip())
    if not byline:
        return None
    names = split_names(byline.group("names"))
    if names and all(_NAME.match(name) for name in names):
        return names
    return None


def _is_credit(paragraph: str, *, after_title: bool) -> bool:
    """A picture credit or site name on its own line: furniture (``kremlin.ru``,
    ``Photo: ...``), or, under the title, a short line set wholly in bold."""
    if _is_furniture(strip_markdown(paragraph)):
        return True
    return after_title and bool(_EMPHASISED_LINE.fullmatch(paragraph))


def _is_furniture(paragraph: str) -> bool:
    return is_strong_line(paragraph_key(paragraph), len(paragraph.split()))


def _is_title(paragraphs: list[str], index: int) -> bool:
    """A Markdown heading, or a short line without a final period followed by body text."""
    if heading_text(paragraphs[index]) is not None:
        return True
    plain = strip_markdown(paragraphs[index])
    words = len(plain.split())
    if not 2 <= words <= TITLE_MAX_WORDS or len(plain) > TITLE_MAX_CHARS:
        return False
    if _TITLE_END.search(plain) or _is_furniture(plain):
        return False
    return _body_follows(paragraphs, index + 1, dek_allowed=words >= TITLE_MIN_WORDS_WITH_DEK)


def _body_follows(paragraphs: list[str], start: int, *, dek_allowed: bool) -> bool:
    """Body text comes next, past header metadata and at most one dek (a standfirst)."""
    for paragraph in paragraphs[start : start + HEADER_MAX_PARAGRAPHS]:
        if _read_metadata(paragraph, ExtractedArticle()) or _is_credit(paragraph, after_title=True):
            continue
        if dek_allowed and _is_dek(paragraph):
            dek_allowed = False
            continue
        return _is_body(paragraph)
    return False


def _is_dek(paragraph: str) -> bool:
    words = len(strip_markdown(paragraph).split())
    return heading_text(paragraph) is None and DEK_MIN_WORDS <= words < BODY_MIN_WORDS
