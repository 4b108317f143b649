"""Rendering the sample sites' HTML pages: article pages and home pages.

Every page is the site's layout (navigation, cookie banner, newsletter box,
donation appeal, "most read", footer) around its main part; an article page
adds share buttons, related links, tags and a comments section.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from datetime import timedelta
from html import escape
from urllib.parse import quote

from newsetl.demo.content import Block, SampleArticle, article_by_slug
from newsetl.demo.metadata import head_metadata, profile_path
from newsetl.demo.sites import SiteConfig, site_for_host
from newsetl.demo.templates import SiteTemplates, site_templates

MOST_READ_COUNT = 5
RELATED_COUNT = 3
COMMENTS_SHOWN = 3


def render_article_page(article: SampleArticle, catalog: Sequence[SampleArticle]) -> str:
    site = site_for_host(article.host)
    templates = site_templates(site.key)
    main = templates.article.substitute(_article_values(article, site, templates, catalog))
    return _page(
        site,
        templates,
        title=article.headline + site.title_suffix,
        head_meta=head_metadata(article, site),
        main=main,
        catalog=catalog,
    )


def render_home_page(site: SiteConfig, catalog: Sequence[SampleArticle]) -> str:
    templates = site_templates(site.key)
    items = "\n".join(
        templates.part(
            "home_item",
            url=escape(article.path),
            headline=escape(article.headline),
            standfirst=escape(article.standfirst),
            section=escape(article.section),
            byline_text=escape(_join_names(article.authors)),
            date_display=escape(site.format_date(article.published_at)),
            date_iso=article.published_at.isoformat(),
        )
        for article in _site_articles(site, catalog)
    )
    main = templates.home.substitute(items_html=items)
    head_meta = (
        f'<meta name="description" content="{escape(site.tagline)}">'
        if site.metadata != "byline"
        else ""
    )
    return _page(
        site,
        templates,
        title=site.name + " — " + site.tagline,
        head_meta=head_meta,
        main=main,
        catalog=catalog,
    )


def _page(
    site: SiteConfig,
    templates: SiteTemplates,
    *,
    title: str,
    head_meta: str,
    main: str,
    catalog: Sequence[SampleArticle],
) -> str:
    return templates.layout.substitute(
        lang=site.language,
        page_title=escape(title),
        head_meta=head_meta,
        main=main,
        most_read_html=_most_read(site, templates, catalog),
    )


def _article_values(
    article: SampleArticle,
    site: SiteConfig,
    templates: SiteTemplates,
    catalog: Sequence[SampleArticle],
) -> dict[str, object]:
    return {
        "url": escape(article.url),
        "post_id": 10000 + zlib.crc32(article.slug.encode()) % 90000,
        "headline": escape(article.headline),
        "standfirst": escape(article.standfirst),
        "section": escape(article.section),
        "section_url": "/" + "-".join(article.section.lower().split()) + "/",
        "dateline": escape(article.dateline),
        "byline_html": _byline_html(article, templates),
        "byline_text": escape(_join_names(article.authors)),
        "author_role": escape(article.author_role or ""),
        "published_iso": article.published_at.isoformat(),
        "published_display": escape(site.format_date(article.published_at)),
        "modified_iso": article.modified_at.isoformat(),
        "modified_display": escape(site.format_date(article.modified_at)),
        "body": render_body(article, site, templates),
        "syndication_note": _syndication_note(article, templates),
        "tags_html": "\n".join(
            templates.part(
                "tag", tag=escape(tag), url="/tag/" + quote("-".join(tag.lower().split()))
            )
            for tag in article.tags
        ),
        "related_html": _related(article, site, templates, catalog),
        "comment_count": article.comment_count,
        "comments_html": _comments(article, site, templates),
        "share_url_q": quote(article.url, safe=""),
        "share_title_q": quote(article.headline, safe=""),
    }


def render_body(article: SampleArticle, site: SiteConfig, templates: SiteTemplates) -> str:
    parts = []
    paragraph_index = 0
    for block in article.blocks:
        if block.kind == "p":
            lead = _dateline(article, site) if paragraph_index == 0 else ""
            parts.append(
                templates.part("paragraph", index=paragraph_index, text=lead + _inline(block))
            )
            paragraph_index += 1
        elif block.kind == "h2":
            parts.append(templates.part("subhead", text=_inline(block)))
        elif block.kind == "quote":
            parts.append(templates.part("pullquote", text=_inline(block)))
        else:
            target = article_by_slug(block.text)
            parts.append(
                templates.part(
                    "related_inline",
                    label=escape(site.related_label),
                    url=escape(_link(target, site)),
                    headline=escape(target.headline),
                )
            )
    return "\n".join(parts)


def _inline(block: Block) -> str:
    return "".join(
        f'<a href="{escape(link)}">{escape(text)}</a>' if link else escape(text, quote=False)
        for text, link in block.segments()
    )


def _dateline(article: SampleArticle, site: SiteConfig) -> str:
    if not article.dateline or site.dateline_style == "label":
        return ""
    place = escape(article.dateline.upper())
    if site.dateline_style == "wire":
        moment = article.published_at
        lead = f"{place}, {moment:%b} {moment.day} ({escape(site.name)}) - "
    else:
        lead = f"{place} — "
    return f'<span class="dateline">{lead}</span>'


def _byline_html(article: SampleArticle, templates: SiteTemplates) -> str:
    links = [
        templates.part("author", name=escape(name), url=profile_path(name))
        for name in article.authors
    ]
    return _join_names(links)


def _join_names(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _syndication_note(article: SampleArticle, templates: SiteTemplates) -> str:
    if not article.syndicated_from:
        return ""
    original = article_by_slug(article.syndicated_from)
    return templates.part(
        "syndication_note",
        original_site=escape(site_for_host(original.host).name),
        original_url=escape(original.url),
    )


def _related(
    article: SampleArticle,
    site: SiteConfig,
    templates: SiteTemplates,
    catalog: Sequence[SampleArticle],
) -> str:
    others = [other for other in _site_articles(site, catalog) if other.slug != article.slug]
    return "\n".join(
        templates.part(
            "related_item",
            url=escape(other.path),
            headline=escape(other.headline),
            section=escape(other.section),
            date_display=escape(site.format_date(other.published_at)),
            date_iso=other.published_at.isoformat(),
        )
        for other in others[:RELATED_COUNT]
    )


def _most_read(site: SiteConfig, templates: SiteTemplates, catalog: Sequence[SampleArticle]) -> str:
    popular = sorted(
        _site_articles(site, catalog), key=lambda article: article.comment_count, reverse=True
    )
    return "\n".join(
        templates.part(
            "most_read_item", rank=rank, url=escape(article.path), headline=escape(article.headline)
        )
        for rank, article in enumerate(popular[:MOST_READ_COUNT], start=1)
    )


def _comments(article: SampleArticle, site: SiteConfig, templates: SiteTemplates) -> str:
    pool = templates.comments
    start = zlib.crc32(article.slug.encode()) % len(pool)
    shown = []
    for offset in range(min(COMMENTS_SHOWN, len(pool))):
        comment = pool[(start + offset) % len(pool)]
        posted = article.published_at + timedelta(minutes=47 * (offset + 1))
        shown.append(
            templates.part(
                "comment",
                author=escape(comment.author),
                text=escape(comment.text),
                likes=comment.likes,
                posted_iso=posted.isoformat(),
                posted_display=escape(site.format_date(posted)),
            )
        )
    return "\n".join(shown)


def _site_articles(site: SiteConfig, catalog: Sequence[SampleArticle]) -> list[SampleArticle]:
    return sorted(
        (article for article in catalog if article.host == site.host),
        key=lambda article: article.published_at,
        reverse=True,
    )


def _link(target: SampleArticle, site: SiteConfig) -> str:
    """A same-site link is a path, as sites write them; another site's is absolute."""
    return target.path if target.host == site.host else target.url
