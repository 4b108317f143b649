"""The bundled sample news sites, served for real on 127.0.0.1 and read with httpx."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from email.utils import format_datetime, parsedate_to_datetime
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from protego import Protego
from selectolax.lexbor import LexborHTMLParser

from newsetl.demo.content import load_articles, original_articles
from newsetl.demo.server import SITE_HOSTS, SampleSite, serve_sample_site
from newsetl.feeds import parse_feed

ARTICLES = load_articles()
BY_URL = {article.url: article for article in ARTICLES}
NORTHBRIDGE, EASTWIRE, HARBOUR = SITE_HOSTS


@pytest.fixture(scope="module")
def site() -> Iterator[SampleSite]:
    with serve_sample_site() as running:
        yield running


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=10) as http:
        yield http


def get(
    client: httpx.Client, site: SampleSite, url: str, method: str = "GET", **headers: str
) -> httpx.Response:
    """Request URL (on an .example host) from the local server, sending its real Host header."""
    parts = urlsplit(url)
    target = f"http://{site.address}:{site.port}{parts.path}" + (
        f"?{parts.query}" if parts.query else ""
    )
    return client.request(method, target, headers={"Host": parts.netloc, **headers})


def discovered_links(client: httpx.Client, site: SampleSite) -> list[str]:
    """Every link the sites' feeds and sitemaps list, sitemap indexes followed."""
    links, pending = [], list(site.sources)
    while pending:
        url = pending.pop()
        response = get(client, site, url)
        assert response.status_code == 200, url
        feed = parse_feed(response.text, base_url=url)
        target = pending if feed.kind == "sitemapindex" else links
        target.extend(entry.url for entry in feed.entries)
    return links


def without_query(url: str) -> str:
    return url.split("?", 1)[0]


def page(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html)


def test_sources_and_host_map_name_the_example_hosts_not_the_port(site):
    assert len(SITE_HOSTS) == 3
    assert all(host.endswith(".example") for host in SITE_HOSTS)
    assert {urlsplit(source).netloc for source in site.sources} == set(SITE_HOSTS)
    assert all(str(site.port) not in source for source in site.sources)
    assert site.address == "127.0.0.1"
    assert site.host_map == {f"{host}:80": ("127.0.0.1", site.port) for host in SITE_HOSTS}


def test_every_article_is_reachable_from_a_feed_or_sitemap(client, site):
    links = discovered_links(client, site)
    assert sorted(without_query(link) for link in links) == sorted(BY_URL)
    assert len(original_articles()) == 12
    assert len(ARTICLES) == 13  # one story is served twice


def test_some_feed_and_sitemap_links_carry_tracking_parameters(client, site):
    parameters = {
        key for link in discovered_links(client, site) for key in parse_qs(urlsplit(link).query)
    }
    assert {"utm_source", "utm_medium", "fbclid"} <= parameters


def test_every_discovered_link_serves_the_article_as_html(client, site):
    for link in discovered_links(client, site):
        response = get(client, site, link)
        article = BY_URL[without_query(link)]
        assert response.status_code == 200, link
        assert response.headers["content-type"] == "text/html; charset=utf-8"
        assert response.text.startswith("<!DOCTYPE html>")
        assert page(response.text).css_first("h1").text(strip=True) == article.headline
        assert response.headers["etag"]
        last_modified = parsedate_to_datetime(response.headers["last-modified"])
        assert last_modified == article.modified_at


def test_feeds_sitemaps_and_robots_have_their_content_types(client, site):
    rss, sitemap, index = site.sources
    assert get(client, site, rss).headers["content-type"] == "application/rss+xml; charset=utf-8"
    assert get(client, site, sitemap).headers["content-type"] == "application/xml; charset=utf-8"
    assert get(client, site, index).headers["content-type"] == "application/xml; charset=utf-8"
    assert "<lastmod>" in get(client, site, sitemap).text
    for host in SITE_HOSTS:
        robots = get(client, site, f"http://{host}/robots.txt")
        assert robots.headers["content-type"] == "text/plain; charset=utf-8"
        assert "Disallow: /admin/" in robots.text


def test_robots_allow_every_article_and_refuse_admin(client, site):
    for host in SITE_HOSTS:
        robots = Protego.parse(get(client, site, f"http://{host}/robots.txt").text)
        assert not robots.can_fetch(f"http://{host}/admin/login", "newsetl")
        for article in (a for a in ARTICLES if a.host == host):
            assert robots.can_fetch(article.feed_url, "newsetl"), article.url


def test_conditional_get_is_answered_with_304(client, site):
    url = ARTICLES[0].url
    first = get(client, site, url)
    by_etag = get(client, site, url, **{"If-None-Match": first.headers["etag"]})
    by_date = get(client, site, url, **{"If-Modified-Since": first.headers["last-modified"]})
    assert by_etag.status_code == by_date.status_code == 304
    assert by_etag.content == by_date.content == b""
    assert by_etag.headers["etag"] == first.headers["etag"]


def test_changed_validators_get_the_full_page(client, site):
    article = ARTICLES[0]
    stale = format_datetime(article.modified_at.replace(year=2020), usegmt=False)
    assert get(client, site, article.url, **{"If-None-Match": '"other"'}).status_code == 200
    assert get(client, site, article.url, **{"If-Modified-Since": stale}).status_code == 200
    assert get(client, site, article.url, **{"If-Modified-Since": "not a date"}).status_code == 200


def test_gzip_is_sent_when_asked_and_decodes_to_the_same_page(client, site):
    url = ARTICLES[0].url
    plain = get(client, site, url, **{"Accept-Encoding": "identity"})
    with client.stream(
        "GET",
        f"http://127.0.0.1:{site.port}{urlsplit(url).path}",
        headers={"Host": urlsplit(url).netloc, "Accept-Encoding": "gzip"},
    ) as response:
        raw = b"".join(response.iter_raw())
    assert "content-encoding" not in plain.headers
    assert response.headers["content-encoding"] == "gzip"
    assert gzip.decompress(raw) == plain.content
    assert response.headers["etag"] != plain.headers["etag"]


def test_unknown_paths_and_hosts_are_404(client, site):
    assert get(client, site, f"http://{NORTHBRIDGE}/no/such/page").status_code == 404
    assert get(client, site, f"http://{HARBOUR}/admin/").status_code == 404
    assert get(client, site, "http://unknown-paper.example/feed.xml").status_code == 404


def test_a_missing_trailing_slash_is_redirected(client, site):
    article = next(a for a in ARTICLES if a.host == EASTWIRE)
    response = get(client, site, article.url.rstrip("/"))
    assert response.status_code == 301
    assert response.headers["location"] == article.url


def test_head_sends_headers_without_a_body(client, site):
    response = get(client, site, site.sources[0], method="HEAD")
    assert response.status_code == 200
    assert int(response.headers["content-length"]) > 0
    assert response.content == b""


def test_each_site_carries_its_own_metadata_form(client, site):
    forms = {}
    for host in SITE_HOSTS:
        article = next(a for a in ARTICLES if a.host == host)
        forms[host] = (article, page(get(client, site, article.url).text))

    article, northbridge = forms[NORTHBRIDGE]
    jsonld = [
        json.loads(node.text()) for node in northbridge.css('script[type="application/ld+json"]')
    ]
    news = next(item for item in jsonld if item["@type"] == "NewsArticle")
    assert news["headline"] == article.headline
    assert news["datePublished"] == article.published_at.isoformat()
    assert news["dateModified"] == article.modified_at.isoformat()
    assert [author["name"] for author in news["author"]] == list(article.authors)
    assert news["publisher"]["name"] == "The Northbridge Herald"
    assert northbridge.css_first('link[rel="canonical"]').attributes["href"] == article.url
    assert not northbridge.css('meta[property^="og:"]')

    article, eastwire = forms[EASTWIRE]
    og = {n.attributes["property"]: n.attributes["content"] for n in eastwire.css("meta[property]")}
    assert og["og:title"] == article.headline
    assert og["og:url"] == article.url
    assert og["og:site_name"] == "EastWire"
    assert og["article:published_time"] == article.published_at.isoformat()
    assert eastwire.css_first('meta[name="author"]').attributes["content"] == ", ".join(
        article.authors
    )
    assert not eastwire.css('script[type="application/ld+json"], link[rel="canonical"]')

    article, harbour = forms[HARBOUR]
    assert not harbour.css(
        'script[type="application/ld+json"], link[rel="canonical"], meta[property]'
    )
    assert not harbour.css('meta[name="author"], time')
    date = f"{article.published_at:%B} {article.published_at.day}, {article.published_at.year}"
    assert (
        harbour.css_first(".byline").text(strip=True) == f"By {', '.join(article.authors)} | {date}"
    )


def test_one_story_is_syndicated_on_two_sites(client, site):
    copy = next(a for a in ARTICLES if a.syndicated_from)
    original = next(a for a in ARTICLES if a.slug == copy.syndicated_from)
    assert copy.host != original.host and copy.url != original.url
    assert copy.paragraphs == original.paragraphs
    assert copy.headline != original.headline
    assert _fold(copy.headline) == _fold(original.headline)
    copy_page = get(client, site, copy.url).text
    assert "This article first appeared in" in copy_page
    assert f'href="{original.url}"' in copy_page
    assert "first appeared" not in get(client, site, original.url).text


def _fold(headline: str) -> str:
    return re.sub(r"\W", "", headline.replace("’", "'")).casefold()


def test_pages_carry_the_boilerplate_real_pages_carry(client, site):
    for article in ARTICLES:
        html = page(get(client, site, article.url).text)
        for selector in ("nav", "footer", "aside", "form", "#comments", "ol li, ul li"):
            assert html.css(selector), (article.slug, selector)
        assert len(html.css('a[href^="https://social-share.example/"]')) >= 2, article.slug
        text = html.body.text().lower()
        for phrase in ("cookie", "newsletter", "support", "comment"):
            assert phrase in text, (article.slug, phrase)


def test_each_site_repeats_its_own_boilerplate_paragraphs(client, site):
    for host in SITE_HOSTS:
        pages = [
            {p.text(strip=True) for p in page(get(client, site, a.url).text).css("p")}
            for a in ARTICLES
            if a.host == host
        ]
        shared = set.intersection(*pages)
        assert len([p for p in shared if len(p) > 120]) >= 2, host


def test_articles_are_full_length_news_stories():
    for article in original_articles():
        assert 250 <= article.word_count <= 700, (article.slug, article.word_count)
        assert len(article.paragraphs) >= 6
        assert article.authors and article.dateline
        assert any("“" in paragraph for paragraph in article.paragraphs), article.slug


def test_pages_hold_non_ascii_text(client, site):
    texts = " ".join(get(client, site, article.url).text for article in ARTICLES)
    assert "Vučić" in texts and "Tomás Herrera" in texts and "—" in texts


def test_the_server_logs_nothing_per_request(client, site, capfd):
    get(client, site, site.sources[0])
    get(client, site, f"http://{NORTHBRIDGE}/missing")
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""


def test_the_server_stops_when_the_block_ends():
    with serve_sample_site() as running:
        url = f"http://127.0.0.1:{running.port}/robots.txt"
        assert httpx.get(url, headers={"Host": HARBOUR}).status_code == 200
    with pytest.raises(httpx.ConnectError):
        httpx.get(url, headers={"Host": HARBOUR}, timeout=2)
