"""What a crawler finds a sample site's articles through: RSS, sitemaps, robots.txt.

Links in feeds and sitemaps are the articles' ``feed_url``: some carry the
tracking parameters real sites add (``utm_*``, ``fbclid``), so the fetcher's
URL canonicalisation has something to remove.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

from newsetl.demo.content import SampleArticle
from newsetl.demo.sites import SiteConfig

XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n'
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


def render_rss(site: SiteConfig, articles: Sequence[SampleArticle]) -> str:
    items = "\n".join(_rss_item(site, article) for article in articles)
    newest = max(article.modified_at for article in articles)
    return (
        XML_DECLARATION + '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        "<channel>\n"
        f"<title>{escape(site.name)} — latest news</title>\n"
        f"<link>{site.base_url}/</link>\n"
        f'<atom:link href="{site.discovery_url}" rel="self" type="application/rss+xml"/>\n'
        f"<description>{escape(site.tagline)}</description>\n"
        f"<language>{site.language.lower()}</language>\n"
        f"<copyright>© {newest.year} {escape(site.name)}</copyright>\n"
        f"<lastBuildDate>{format_datetime(newest)}</lastBuildDate>\n"
        "<ttl>15</ttl>\n"
        f"{items}\n"
        "</channel>\n"
        "</rss>\n"
    )


def _rss_item(site: SiteConfig, article: SampleArticle) -> str:
    categories = "".join(f"<category>{escape(tag)}</category>" for tag in article.tags)
    creators = "".join(f"<dc:creator>{escape(name)}</dc:creator>" for name in article.authors)
    return (
        "<item>\n"
        f"<title>{escape(article.headline)}</title>\n"
        f"<link>{escape(article.feed_url)}</link>\n"
        f'<guid isPermaLink="false">{site.host}:{article.slug}</guid>\n'
        f"<description>{escape(article.standfirst)}</description>\n"
        f"<pubDate>{format_datetime(article.published_at)}</pubDate>\n"
        f"{creators}{categories}\n"
        "</item>"
    )


def render_sitemap(site: SiteConfig, articles: Sequence[SampleArticle]) -> str:
    """A urlset with a ``<lastmod>`` and a Google News block for every article."""
    entries = "\n".join(_sitemap_url(site, article) for article in articles)
    return (
        XML_DECLARATION
        + f'<urlset xmlns="{SITEMAP_NS}" xmlns:news="{NEWS_NS}">\n{entries}\n</urlset>\n'
    )


def _sitemap_url(site: SiteConfig, article: SampleArticle) -> str:
    return (
        "<url>\n"
        f"<loc>{escape(article.feed_url)}</loc>\n"
        f"<lastmod>{article.modified_at.isoformat()}</lastmod>\n"
        "<changefreq>monthly</changefreq>\n"
        "<news:news>"
        f"<news:publication><news:name>{escape(site.name)}</news:name>"
        f"<news:language>{site.language.split('-')[0]}</news:language></news:publication>"
        f"<news:publication_date>{article.published_at.isoformat()}</news:publication_date>"
        f"<news:title>{escape(article.headline)}</news:title>"
        "</news:news>\n"
        "</url>"
    )


def render_sitemap_index(sitemaps: Sequence[tuple[str, datetime]]) -> str:
    entries = "\n".join(
        f"<sitemap><loc>{escape(url)}</loc><lastmod>{lastmod.isoformat()}</lastmod></sitemap>"
        for url, lastmod in sitemaps
    )
    return XML_DECLARATION + f'<sitemapindex xmlns="{SITEMAP_NS}">\n{entries}\n</sitemapindex>\n'


def yearly_sitemap_path(year: int) -> str:
    return f"/sitemaps/posts-{year}.xml"


def render_robots(site: SiteConfig) -> str:
    """Articles allowed; admin, search and account pages not; sitemaps announced."""
    lines = [
        f"# robots.txt for {site.host}",
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search",
        "Disallow: /account/",
        "Allow: /",
        "",
        "User-agent: GPTBot",
        "Disallow: /",
        "",
    ]
    if site.discovery != "rss":
        lines.append(f"Sitemap: {site.discovery_url}")
    return "\n".join(lines) + "\n"
