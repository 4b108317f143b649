"""Everything the sample sites serve, rendered once: (host, path) -> resource.

Bodies, ``Last-Modified`` dates and ETags are the same on every run (the
content and templates are fixed), so a re-run of the demo can be answered with
304s.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape

from newsetl.demo.content import SampleArticle, load_articles
from newsetl.demo.discovery import (
    render_robots,
    render_rss,
    render_sitemap,
    render_sitemap_index,
    yearly_sitemap_path,
)
from newsetl.demo.pages import render_article_page, render_home_page
from newsetl.demo.sites import DISCOVERY_PATHS, SITES, SiteConfig
from newsetl.demo.templates import site_templates

HTML = "text/html; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"
XML = "application/xml; charset=utf-8"
TEXT = "text/plain; charset=utf-8"
CSS = "text/css; charset=utf-8"
SVG = "image/svg+xml"

# Below this size a body is sent as it is, like most servers' gzip_min_length.
GZIP_MIN_BYTES = 1024


@dataclass(frozen=True, slots=True)
class Resource:
    body: bytes
    content_type: str
    last_modified: datetime  # aware, whole seconds (HTTP dates have no fractions)
    etag: str
    gzipped: bytes | None = field(default=None, repr=False)

    @classmethod
    def of(cls, text: str, content_type: str, last_modified: datetime) -> Resource:
        body = text.encode("utf-8")
        compressible = len(body) >= GZIP_MIN_BYTES and content_type != SVG
        return cls(
            body=body,
            content_type=content_type,
            last_modified=last_modified.astimezone(UTC).replace(microsecond=0),
            etag='"' + hashlib.sha256(body).hexdigest()[:24] + '"',
            gzipped=gzip.compress(body, mtime=0) if compressible else None,
        )


SiteResources = dict[tuple[str, str], Resource]


def build_site_resources() -> SiteResources:
    catalog = load_articles()
    resources: SiteResources = {}
    for site in SITES:
        articles = [article for article in catalog if article.host == site.host]
        resources.update(_site_resources(site, articles, catalog))
    return resources


def _site_resources(
    site: SiteConfig, articles: Sequence[SampleArticle], catalog: Sequence[SampleArticle]
) -> SiteResources:
    newest = max(article.modified_at for article in articles)
    paths = {
        article.path: Resource.of(render_article_page(article, catalog), HTML, article.modified_at)
        for article in articles
    }
    paths["/"] = Resource.of(render_home_page(site, catalog), HTML, newest)
    paths["/robots.txt"] = Resource.of(render_robots(site), TEXT, newest)
    paths["/static/style.css"] = Resource.of(site_templates(site.key).stylesheet, CSS, newest)
    paths["/static/logo.svg"] = Resource.of(_logo(site), SVG, newest)
    paths.update(_discovery_resources(site, articles))
    return {(site.host, path): resource for path, resource in paths.items()}


def _discovery_resources(
    site: SiteConfig, articles: Sequence[SampleArticle]
) -> dict[str, Resource]:
    newest = max(article.modified_at for article in articles)
    path = DISCOVERY_PATHS[site.discovery]
    if site.discovery == "rss":
        return {path: Resource.of(render_rss(site, articles), RSS, newest)}
    if site.discovery == "sitemap":
        return {path: Resource.of(render_sitemap(site, articles), XML, newest)}
    by_year: dict[int, list[SampleArticle]] = {}
    for article in articles:
        by_year.setdefault(article.published_at.year, []).append(article)
    yearly = {
        yearly_sitemap_path(year): Resource.of(
            render_sitemap(site, group), XML, max(a.modified_at for a in group)
        )
        for year, group in sorted(by_year.items(), reverse=True)
    }
    index = render_sitemap_index(
        [(site.base_url + sitemap_path, res.last_modified) for sitemap_path, res in yearly.items()]
    )
    return {path: Resource.of(index, XML, newest), **yearly}


def _logo(site: SiteConfig) -> str:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="295" height="56" viewBox="0 0 295 56">'
        f'<text x="0" y="40" font-family="Georgia, serif" font-size="30">{escape(site.name)}</text>'
        "</svg>\n"
    )
