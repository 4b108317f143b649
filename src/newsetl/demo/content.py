"""The sample articles: one file each under ``articles/``, YAML front matter and a body.

The body is a few paragraphs separated by blank lines, in a tiny markup:
``## `` starts a subhead, ``> `` a pull quote, ``Related: SLUG`` an inline link
box to another sample article, and ``[text](url)`` an inline link. A file whose
front matter names ``syndicated_from`` is a syndicated copy: it takes the
original's body, standfirst, authors and tags, and carries its own headline,
URL and dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Literal

import yaml

ARTICLES_DIR = Path(__file__).parent / "articles"

BlockKind = Literal["p", "h2", "quote", "related"]
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n(.*)\Z", re.DOTALL)


class SampleContentError(ValueError):
    """An article file of the sample site is malformed."""


@dataclass(frozen=True, slots=True)
class Block:
    kind: BlockKind
    text: str  # may hold [text](url) links

    @property
    def plain_text(self) -> str:
        return _LINK.sub(r"\1", self.text)

    def segments(self) -> list[tuple[str, str | None]]:
        """The text as (text, link or None) pieces, in order."""
        pieces: list[tuple[str, str | None]] = []
        position = 0
        for match in _LINK.finditer(self.text):
            if match.start() > position:
                pieces.append((self.text[position : match.start()], None))
            pieces.append((match.group(1), match.group(2)))
            position = match.end()
        if position < len(self.text):
            pieces.append((self.text[position:], None))
        return pieces


@dataclass(frozen=True, slots=True)
class SampleArticle:
    slug: str
    host: str
    path: str
    headline: str
    standfirst: str
    section: str
    authors: tuple[str, ...]
    author_role: str | None
    published_at: datetime
    modified_at: datetime
    dateline: str
    tags: tuple[str, ...]
    blocks: tuple[Block, ...]
    comment_count: int
    feed_query: str = ""  # tracking parameters the feed or sitemap adds to the link
    syndicated_from: str | None = None  # slug of the original

    @property
    def url(self) -> str:
        return f"http://{self.host}{self.path}"

    @property
    def feed_url(self) -> str:
        """The link as the site's feed or sitemap lists it, tracking parameters and all."""
        return f"{self.url}?{self.feed_query}" if self.feed_query else self.url

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The story's own paragraphs as plain text (no subheads, pull quotes or link boxes)."""
        return tuple(block.plain_text for block in self.blocks if block.kind == "p")

    @property
    def subheads(self) -> tuple[str, ...]:
        return tuple(block.plain_text for block in self.blocks if block.kind == "h2")

    @property
    def word_count(self) -> int:
        return sum(len(paragraph.split()) for paragraph in self.paragraphs)


def parse_body(text: str) -> tuple[Block, ...]:
    blocks = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        line = " ".join(chunk.split())
        if line.startswith("## "):
            blocks.append(Block("h2", line[3:]))
        elif line.startswith("> "):
            blocks.append(Block("quote", line[2:]))
        elif line.startswith("Related: "):
            blocks.append(Block("related", line.removeprefix("Related: ").strip()))
        elif line:
            blocks.append(Block("p", line))
    return tuple(blocks)


def parse_article(slug: str, source: str) -> SampleArticle:
    match = _FRONT_MATTER.match(source)
    if not match:
        raise SampleContentError(f"{slug}: no '---' front matter")
    meta = yaml.safe_load(match.group(1)) or {}
    try:
        return SampleArticle(
            slug=slug,
            host=meta["site"],
            path=meta["path"],
            headline=meta["headline"],
            standfirst=meta.get("standfirst", ""),
            section=meta["section"],
            authors=tuple(meta.get("authors", ())),
            author_role=meta.get("author_role"),
            published_at=_aware(meta["published"], slug),
            modified_at=_aware(meta.get("modified", meta["published"]), slug),
            dateline=meta.get("dateline", ""),
            tags=tuple(meta.get("tags", ())),
            blocks=parse_body(match.group(2)),
            comment_count=int(meta.get("comments", 0)),
            feed_query=meta.get("feed_query", ""),
            syndicated_from=meta.get("syndicated_from"),
        )
    except KeyError as error:
        raise SampleContentError(f"{slug}: front matter lacks {error.args[0]!r}") from error


def _aware(value: object, slug: str) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        raise SampleContentError(f"{slug}: date {value!r} has no UTC offset")
    return moment


@cache
def load_articles() -> tuple[SampleArticle, ...]:
    """Every sample article page (syndicated copies included), newest first."""
    parsed = {
        path.stem: parse_article(path.stem, path.read_text(encoding="utf-8"))
        for path in sorted(ARTICLES_DIR.glob("*.md"))
    }
    resolved = [_resolve_syndication(article, parsed) for article in parsed.values()]
    return tuple(sorted(resolved, key=lambda article: article.published_at, reverse=True))


def _resolve_syndication(article: SampleArticle, parsed: dict[str, SampleArticle]) -> SampleArticle:
    if not article.syndicated_from:
        return article
    original = parsed.get(article.syndicated_from)
    if original is None:
        raise SampleContentError(f"{article.slug}: unknown original {article.syndicated_from!r}")
    return replace(
        article,
        standfirst=article.standfirst or original.standfirst,
        authors=article.authors or original.authors,
        author_role=article.author_role or original.author_role,
        dateline=article.dateline or original.dateline,
        tags=article.tags or original.tags,
        blocks=article.blocks or original.blocks,
    )


def article_by_slug(slug: str) -> SampleArticle:
    for article in load_articles():
        if article.slug == slug:
            return article
    raise KeyError(f"no sample article {slug!r}")


def original_articles() -> tuple[SampleArticle, ...]:
    """One page per story: the articles that are not syndicated copies."""
    return tuple(article for article in load_articles() if not article.syndicated_from)
