"""Distinct, realistic news pages, as many as asked for, for crawls that must load articles.

Page ``n`` is a sample-site article (same templates, chrome, metadata and
comments as ``newsetl demo``) whose story is eight paragraphs drawn, with a
seed of ``n``, from the sample articles' 126 paragraphs. Two pages share a
paragraph or two at most, far below the near-duplicate threshold, so every
page is its own article. Bodies, ETags and Last-Modified dates are fixed, so a
second crawl can be answered with 304s.
"""

from __future__ import annotations

import functools
import hashlib
import random
from dataclasses import dataclass, replace
from datetime import UTC, timedelta
from email.utils import format_datetime

from newsetl.demo.content import Block, SampleArticle, original_articles
from newsetl.demo.pages import render_article_page
from newsetl.demo.sites import SITES

PARAGRAPHS_PER_PAGE = 8
NEWS_HOSTS = tuple(site.host for site in SITES)


@dataclass(frozen=True, slots=True)
class NewsPage:
    body: bytes  # UTF-8 HTML
    etag: str
    last_modified: str  # an HTTP date
    headline: str


def news_host(n: int) -> str:
    """The sample site page ``n`` belongs to (its templates, its canonical URL)."""
    return NEWS_HOSTS[n % len(NEWS_HOSTS)]


def news_path(n: int) -> str:
    return f"/news/{n}"


def news_url(n: int) -> str:
    """Page ``n``'s URL on its sample host (route the host to the server with connect_to)."""
    return f"http://{news_host(n)}{news_path(n)}"


@functools.cache
def _pool() -> tuple[tuple[SampleArticle, ...], tuple[str, ...]]:
    articles = original_articles()
    paragraphs = tuple(p for article in articles for p in article.paragraphs)
    return articles, paragraphs


@functools.lru_cache(maxsize=4096)
def news_page(n: int) -> NewsPage:
    articles, paragraphs = _pool()
    rng = random.Random(n)
    base = articles[n % len(articles)]
    story = rng.sample(paragraphs, PARAGRAPHS_PER_PAGE)
    published = base.published_at - timedelta(days=n % 300, minutes=n)
    article = replace(
        base,
        slug=f"wire-{n}",
        host=news_host(n),
        path=news_path(n),
        headline=f"{base.headline} (report {n})",
        published_at=published,
        modified_at=published + timedelta(hours=1),
        blocks=tuple(Block("p", paragraph) for paragraph in story),
        feed_query="",
        syndicated_from=None,
    )
    body = render_article_page(article, (article, *articles)).encode("utf-8")
    return NewsPage(
        body=body,
        etag='"' + hashlib.sha256(body).hexdigest()[:20] + '"',
        last_modified=format_datetime(article.modified_at.astimezone(UTC), usegmt=True),
        headline=article.headline,
    )


NO_TEXT_PAGE = (
    "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Video</title></head>"
    "<body><header><nav><a href='/'>Home</a> <a href='/world/'>World</a>"
    " <a href='/business/'>Business</a></nav></header>"
    "<main><div class='player' data-src='/video/1.mp4'></div></main>"
    "<footer><a href='/about'>About</a> <a href='/privacy'>Privacy</a> © Herald</footer>"
    "</body></html>"
).encode()
