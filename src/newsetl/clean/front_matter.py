"""YAML front matter of a Markdown document (``---`` ... ``---`` at the very top).

Static-site generators and many scrapers write the title, date, URL and
authors there. Broken YAML is not an error: the block is then left as text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import yaml

from newsetl.clean.dates import parse_date_line

MAX_FRONT_MATTER_CHARS = 16_000  # metadata, not a document hidden in YAML
_BLOCK = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_URL = re.compile(r"<?(https?://[^\s<>]+)>?")
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\band\b)\s*")


@dataclass(slots=True)
class FrontMatter:
    title: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    modified_at: datetime | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    description: str | None = None


def split_front_matter(text: str) -> tuple[FrontMatter | None, str]:
    """The front matter (None when there is none or it is not a YAML mapping) and the rest."""
    match = _BLOCK.match(text)
    if not match or match.end() > MAX_FRONT_MATTER_CHARS:
        return None, text
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return None, text
    if not isinstance(meta, dict):
        return None, text
    return _front_matter({str(key).casefold(): value for key, value in meta.items()}), text[
        match.end() :
    ]


def _front_matter(meta: dict) -> FrontMatter:
    url = _first_str(meta, "original_url", "canonical_url", "url", "link")
    url_match = _URL.fullmatch(url) if url else None
    return FrontMatter(
        title=_first_str(meta, "title", "headline"),
        url=url_match.group(1) if url_match else None,
        published_at=_first_date(meta, "date", "published", "published_at"),
        modified_at=_first_date(meta, "updated", "modified", "modified_at"),
        authors=_authors(meta.get("authors", meta.get("author"))),
        language=_first_str(meta, "lang", "language"),
        description=_first_str(meta, "description", "summary"),
    )


def _first_str(meta: dict, *keys: str) -> str | None:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _first_date(meta: dict, *keys: str) -> datetime | None:
    now = datetime.now(UTC).replace(tzinfo=None)
    for key in keys:
        value = _as_datetime(meta.get(key))
        if value is not None and value <= now:
            return value
    return None


def _as_datetime(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, str):
        found = parse_date_line(value)
        return found.value if found else None
    return None


def split_names(text: str) -> list[str]:
    """ "Jane Doe and John Roe" -> ["Jane Doe", "John Roe"]."""
    return [name.strip() for name in _NAME_SPLIT.split(text.strip()) if name.strip()]


def _authors(value: object) -> list[str]:
    if isinstance(value, str):
        return split_names(value)
    if isinstance(value, list):
        return [str(name).strip() for name in value if str(name).strip()]
    return []
