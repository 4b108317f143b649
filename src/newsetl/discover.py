"""From the sources an analyst names to the candidates of one run.

A source is an http(s) URL (an article, an RSS/Atom feed or a sitemap: which
one is only known once it is fetched), a text file of URLs, a local document
(.html, .htm, .txt, .md) or a folder of documents.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from newsetl.feeds import Feed, FeedError, looks_like_feed, parse_feed
from newsetl.models import Candidate, DocumentFormat, FetchResult

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


def document_candidates(
    path: Path, source_name: str, text: str, original_url: str | None
) -> list[Candidate]:
    """The document itself, and the page it names as its origin (fetched like any URL)."""
    document = Candidate(
        url=path.resolve().as_uri(),
        source=source_name,
        discovered_via="document",
        document_text=text,
        document_format=DOCUMENT_FORMATS[path.suffix.lower()],
        original_url=original_url,
    )
    if not (original_url and original_url.startswith(("http://", "https://"))):
        return [document]
    return [document, Candidate(url=original_url, source=source_name, discovered_via="url")]


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


FetchFeeds = Callable[[list[str]], list[FetchResult]]
MAX_SITEMAP_DEPTH = 2


@dataclass(slots=True)
class RemoteDiscovery:
    """What fetching the remote sources gave."""

    candidates: list[Candidate] = field(default_factory=list)
    fetches: list[FetchResult] = field(default_factory=list)  # every feed, sitemap or page fetch
    pages: dict[str, FetchResult] = field(default_factory=dict)  # sources that were article pages
    errors: list[tuple[str, str]] = field(default_factory=list)  # (url, reason): yielded nothing


def discover_remote(sources: Sequence[Source], fetch_feeds: FetchFeeds) -> RemoteDiscovery:
    """Fetch each remote source and turn it into candidates.

    A source that turns out to be an HTML page is itself the candidate (its
    fetch is kept in ``pages`` so it is not fetched twice); a sitemap index is
    followed ``MAX_SITEMAP_DEPTH`` levels down.
    """
    found = RemoteDiscovery()
    pending = [(source.location, source.name, 0) for source in sources]
    while pending:
        results = fetch_feeds([url for url, _, _ in pending])
        deeper = []
        for (url, name, depth), result in zip(pending, results, strict=True):
            found.fetches.append(result)
            deeper.extend(_expand(found, url, name, depth, result))
        pending = deeper
    return found


def _expand(found: RemoteDiscovery, url: str, name: str, depth: int, result: FetchResult):
    if not result.ok:
        found.errors.append((url, result.outcome))
        return []
    if not looks_like_feed(result.html or ""):
        found.candidates.append(Candidate(url=url, source=name, discovered_via="url"))
        found.pages[url] = result
        return []
    try:
        feed = parse_feed(result.html or "", base_url=result.final_url or url)
    except FeedError as error:
        found.errors.append((url, f"malformed_feed: {error}"))
        return []
    if feed.kind != "sitemapindex":
        found.candidates.extend(feed_candidates(feed, name))
        return []
    if depth >= MAX_SITEMAP_DEPTH:
        found.errors.append((url, "sitemap_index_too_deep"))
        return []
    return [(entry.url, name, depth + 1) for entry in feed.entries]
