"""The ``<head>`` metadata of an article page, in the site's form.

``jsonld``: a schema.org NewsArticle block plus ``rel=canonical``;
``opengraph``: ``og:``/``article:`` properties and ``<meta name=author>`` only;
``byline``: nothing at all (the page shows a byline and a date line in its body).
"""

from __future__ import annotations

import json
from html import escape
from urllib.parse import quote

from newsetl.demo.content import SampleArticle
from newsetl.demo.sites import SiteConfig


def head_metadata(article: SampleArticle, site: SiteConfig) -> str:
    if site.metadata == "jsonld":
        return _jsonld(article, site)
    if site.metadata == "opengraph":
        return _opengraph(article, site)
    return ""


def _jsonld(article: SampleArticle, site: SiteConfig) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": article.url},
        "headline": article.headline,
        "description": article.standfirst,
        "articleSection": article.section,
        "keywords": list(article.tags),
        "datePublished": article.published_at.isoformat(),
        "dateModified": article.modified_at.isoformat(),
        "author": [
            {"@type": "Person", "name": name, "url": f"{site.base_url}{profile_path(name)}"}
            for name in article.authors
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": site.name,
            "url": f"{site.base_url}/",
            "logo": {"@type": "ImageObject", "url": f"{site.base_url}/static/logo.svg"},
        },
        "isAccessibleForFree": True,
        "inLanguage": site.language,
    }
    # "</" must not end the script element early; JSON allows the escaped slash.
    block = json.dumps(data, ensure_ascii=False, indent=2).replace("</", "<\\/")
    return (
        f'<link rel="canonical" href="{escape(article.url)}">\n'
        f'<script type="application/ld+json">\n{block}\n</script>'
    )


def _opengraph(article: SampleArticle, site: SiteConfig) -> str:
    properties = [
        ("og:type", "article"),
        ("og:site_name", site.name),
        ("og:title", article.headline),
        ("og:description", article.standfirst),
        ("og:url", article.url),
        ("og:locale", site.language.replace("-", "_")),
        ("article:published_time", article.published_at.isoformat()),
        ("article:modified_time", article.modified_at.isoformat()),
        ("article:section", article.section),
        *(("article:tag", tag) for tag in article.tags),
    ]
    tags = [f'<meta property="{name}" content="{escape(value)}">' for name, value in properties]
    tags.append(f'<meta name="author" content="{escape(", ".join(article.authors))}">')
    tags.append(f'<meta name="description" content="{escape(article.standfirst)}">')
    tags.append('<meta name="twitter:card" content="summary_large_image">')
    tags.append(f'<meta name="twitter:title" content="{escape(article.headline)}">')
    return "\n".join(tags)


def profile_path(name: str) -> str:
    """Where a site keeps an author's profile page."""
    return "/profile/" + quote("-".join(name.lower().split()))
