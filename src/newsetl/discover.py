"""From the sources an analyst names to the candidates of one run.

A source is an http(s) URL (an article, an RSS/Atom feed or a sitemap: which
one is only known once it is fetched), a text file of URLs, a local document
(.html, .htm, .txt, .md) or a folder of documents.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from newsetl.feeds import Feed
from newsetl.models import Candidate, DocumentFormat

SourceKind = Literal["remote", "url_list", "documents"]
DOCUMENT_FORMATS: dict[str, DocumentFormat] = {
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
}


class SourceError(ValueError):
    """A source that cannot be used at all (the run stops with this message)."""


@dataclass(frozen=True, slots=True)
class Source:
    kind: SourceKind
    location: str  # URL, or a local path
    name: str


def classify_source(source: str) -> Source:
    if source.startswith(("http://", "https://")):
        return Source("remote", source, source)
    path = Path(source).expanduser()
    if not path.exists():
        raise SourceError(
            f"source not found: {source} (expected an http(s) URL, a file or a folder)"
        )
    if path.is_dir():
        return Source("documents", str(path), str(path))
    if path.suffix.lower() not in DOCUMENT_FORMATS:
        raise SourceError(f"unsupported file type for source {source}: use .html, .txt or .md")
    if path.suffix.lower() == ".txt" and _is_url_list(path):
        return Source("url_list", str(path), str(path))
    return Source("documents", str(path), str(path))


def _is_url_list(path: Path) -> bool:
    lines = _meaningful_lines(_read_text(path))
    return bool(lines) and all(line.startswith(("http://", "https://")) for line in lines)


def _meaningful_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def url_list_candidates(source: Source) -> list[Candidate]:
    lines = _meaningful_lines(_read_text(Path(source.location)))
    return [
        Candidate(url=line.split()[0], source=source.name, discovered_via="url_list")
        for line in lines
    ]


def document_paths(source: Source) -> list[Path]:
    root = Path(source.location)
    if root.is_file():
        return [root]
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file()
        and path.suffix.lower() in DOCUMENT_FORMATS
        and not path.name.startswith(".")
    )


def document_candidate(
    path: Path, source_name: str, text: str, original_url: str | None
) -> Candidate:
    return Candidate(
        url=path.resolve().as_uri(),
        source=source_name,
        discovered_via="document",
        document_text=text,
        document_format=DOCUMENT_FORMATS[path.suffix.lower()],
        original_url=original_url,
    )


def feed_candidates(feed: Feed, source_name: str) -> list[Candidate]:
    via = "sitemap" if feed.kind in ("sitemap", "sitemapindex") else "feed"
    return [
        Candidate(
            url=entry.url,
            source=source_name,
            discovered_via=via,
            feed_title=entry.title,
            feed_published_at=entry.published_at,
        )
        for entry in feed.entries
    ]


def unique_by_url(candidates: Iterable[Candidate], key) -> list[Candidate]:
    """First candidate per ``key(url)``, in order (a feed and a sitemap may both list a page)."""
    seen: set[str] = set()
    unique = []
    for candidate in candidates:
        marker = key(candidate.url)
        if marker not in seen:
            seen.add(marker)
            unique.append(candidate)
    return unique


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as error:
        raise SourceError(f"cannot read source {path}: {error.strerror or error}") from error
