from datetime import datetime

import pytest

from newsetl.feeds import FeedError, looks_like_feed, parse_feed

RSS = """<?xml version="1.0"?>
<rss version="2.0"><channel><title>Herald</title>
<item><title>First</title><link>https://news.example/a?utm_source=rss</link>
<pubDate>Tue, 15 Jul 2025 09:30:00 +0200</pubDate></item>
<item><title>Second</title><guid isPermaLink="true">https://news.example/b</guid></item>
<item><title>No link</title></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
<entry><title>One</title><link rel="alternate" href="/2025/05/08/one"/>
<published>2025-05-08T12:00:00Z</published></entry>
</feed>"""

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://post.example/x</loc><lastmod>2024-05-16</lastmod></url>
<url><loc>https://post.example/y</loc>
<news:news><news:publication_date>2024-05-17T08:00:00+08:00</news:publication_date>
<news:title>Why</news:title></news:news></url>
</urlset>"""

INDEX = """<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://post.example/sitemap-1.xml</loc></sitemap></sitemapindex>"""


def test_rss_items_with_links_and_dates_in_utc():
    feed = parse_feed(RSS)
    assert feed.kind == "rss"
    assert [e.url for e in feed.entries] == [
        "https://news.example/a?utm_source=rss",
        "https://news.example/b",
    ]
    assert feed.entries[0].published_at == datetime(2025, 7, 15, 7, 30)
    assert feed.entries[0].title == "First"


def test_atom_relative_links_resolve_against_the_feed_url():
    feed = parse_feed(ATOM, base_url="https://wire.example/feed.atom")
    assert feed.kind == "atom"
    assert feed.entries[0].url == "https://wire.example/2025/05/08/one"
    assert feed.entries[0].published_at == datetime(2025, 5, 8, 12, 0)


def test_sitemap_prefers_news_publication_date_and_title():
    feed = parse_feed(SITEMAP)
    assert feed.kind == "sitemap"
    assert feed.entries[0].published_at == datetime(2024, 5, 16)
    assert feed.entries[1].published_at == datetime(2024, 5, 17, 0, 0)
    assert feed.entries[1].title == "Why"


def test_sitemap_index_lists_child_sitemaps():
    feed = parse_feed(INDEX)
    assert feed.kind == "sitemapindex"
    assert feed.entries[0].url == "https://post.example/sitemap-1.xml"


@pytest.mark.parametrize(
    "text",
    [
        "<rss><channel><item>",
        "<html><body>not a feed</body></html>",
        "",
        "<!DOCTYPE x [<!ENTITY a 'b'>]><foo/>",
    ],
)
def test_malformed_or_foreign_documents_raise_feed_error(text):
    with pytest.raises(FeedError):
        parse_feed(text)


def test_entity_expansion_bomb_is_refused():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
        + "]><rss><channel><item><title>&i;</title><link>https://x.example/</link></item></channel></rss>"
    )
    with pytest.raises(FeedError):
        parse_feed(bomb)


def test_sniffing_tells_feeds_from_pages():
    assert looks_like_feed(RSS)
    assert looks_like_feed("\ufeff" + SITEMAP)
    assert not looks_like_feed("<!doctype html><html><body><rss></rss></body></html>")
