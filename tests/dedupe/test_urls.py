"""URL canonicalisation: one spelling per page."""

from __future__ import annotations

import pytest

from newsetl.urls import canonical_page_url, canonicalize_url, domain_of, site_of

CASES = [
    # scheme and host case, default port, fragment
    ("HTTPS://WWW.Example.COM:443/News/Story#comments", "https://www.example.com/News/Story"),
    ("http://example.com:80", "http://example.com/"),
    ("https://example.com:8443/a", "https://example.com:8443/a"),
    # tracking parameters go, the rest are sorted
    (
        "https://example.com/a?utm_source=tw&utm_medium=social&b=2&fbclid=x&a=1&gclid=y",
        "https://example.com/a?a=1&b=2",
    ),
    (
        "https://example.com/a?mc_cid=1&mc_eid=2&igshid=3&yclid=4&_ga=5&msclkid=6&dclid=7",
        "https://example.com/a",
    ),
    ("https://example.com/a?ref_src=twsrc&ref=homepage", "https://example.com/a"),
    ("https://example.com/a?ref=12345", "https://example.com/a?ref=12345"),
    ("https://example.com/a?CMP=share_btn_tw&id=7", "https://example.com/a?id=7"),
    ("https://example.com/search?q=a+b", "https://example.com/search?q=a%20b"),
    # AMP variants
    ("https://example.com/news/story/amp", "https://example.com/news/story"),
    ("https://example.com/news/story/amp/", "https://example.com/news/story"),
    ("https://example.com/news/story?amp=1", "https://example.com/news/story"),
    ("https://example.com/news/story.amp.html", "https://example.com/news/story.html"),
    ("https://example.com/amp/news/story", "https://example.com/news/story"),
    ("https://amp.example.com/news/story", "https://www.example.com/news/story"),
    (
        "https://www.google.com/amp/s/www.example.com/news/story",
        "https://www.example.com/news/story",
    ),
    (
        "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/news/story",
        "https://www.example.com/news/story",
    ),
    # mobile variants
    ("https://m.example.com/news/story", "https://www.example.com/news/story"),
    ("https://mobile.example.co.uk/news/story", "https://www.example.co.uk/news/story"),
    ("https://en.m.wikipedia.org/wiki/Kremlin", "https://en.wikipedia.org/wiki/Kremlin"),
    # trailing slash, dot segments, percent-encoding, IDN
    ("https://example.com/news/story/", "https://example.com/news/story"),
    ("https://example.com", "https://example.com/"),
    ("https://example.com/a/./b/../c", "https://example.com/a/c"),
    ("https://example.com/%7euser/caf%c3%a9", "https://example.com/~user/caf%C3%A9"),
    ("https://example.com/café story", "https://example.com/caf%C3%A9%20story"),
    ("https://example.com/100%", "https://example.com/100%25"),
    ("https://bücher.de/a", "https://xn--bcher-kva.de/a"),
    ("https://Example.com./a", "https://example.com/a"),
    ("https://user:secret@example.com/a", "https://example.com/a"),
    ("  https://example.com/a  ", "https://example.com/a"),
    # not http(s): passed through
    ("file:///data/seeds/000.txt", "file:///data/seeds/000.txt"),
    ("mailto:desk@example.com", "mailto:desk@example.com"),
    ("not a url", "not a url"),
]


@pytest.mark.parametrize(("url", "expected"), CASES)
def test_canonical_spelling(url, expected):
    assert canonicalize_url(url) == expected


@pytest.mark.parametrize(("url", "expected"), CASES)
def test_canonicalisation_is_idempotent(url, expected):
    assert canonicalize_url(expected) == expected


def test_variants_of_one_page_agree():
    variants = [
        "https://www.example.com/world/2025/07/15/xi-lavrov",
        "http://www.example.com:80/world/2025/07/15/xi-lavrov",  # different scheme stays apart
        "https://WWW.EXAMPLE.COM/world/2025/07/15/xi-lavrov/?utm_source=rss#top",
        "https://m.example.com/world/2025/07/15/xi-lavrov/amp",
        "https://www.example.com/world/2025/07/15/xi-lavrov?outputType=amp&fbclid=1",
    ]
    spellings = {canonicalize_url(url) for url in variants}
    assert spellings == {
        "https://www.example.com/world/2025/07/15/xi-lavrov",
        "http://www.example.com/world/2025/07/15/xi-lavrov",
    }


def test_a_same_site_page_canonical_wins():
    url = "https://m.example.com/story?id=7&utm_source=x"
    assert canonicalize_url(url, page_canonical="https://www.example.com/2025/story-7/") == (
        "https://www.example.com/2025/story-7"
    )


@pytest.mark.parametrize(
    "page_canonical",
    [
        "https://www.example.com/",  # the home page, on an article
        "https://other.org/2025/story-7",  # another site
        "/2025/story-7",  # not absolute
        "javascript:void(0)",
        "",
    ],
)
def test_an_untrustworthy_page_canonical_is_ignored(page_canonical):
    url = "https://www.example.com/story?id=7"
    assert canonicalize_url(url, page_canonical=page_canonical) == url


def test_the_home_page_may_be_its_own_canonical():
    assert canonicalize_url(
        "https://example.com/?utm_source=x", page_canonical="https://example.com/"
    ) == ("https://example.com/")


def test_a_documents_stated_origin_is_its_canonical_url():
    document = "file:///seeds/001.txt"
    assert canonical_page_url(document, "https://www.themoscowtimes.com/a?utm_source=x") == (
        "https://www.themoscowtimes.com/a"
    )
    assert canonical_page_url(document, None) is None
    assert canonical_page_url("https://m.example.com/a/", None) == "https://www.example.com/a"


@pytest.mark.parametrize(
    ("url", "domain", "site"),
    [
        ("https://www.bbc.co.uk/news/x", "bbc.co.uk", "bbc.co.uk"),
        ("https://m.bbc.co.uk/news/x", "bbc.co.uk", "bbc.co.uk"),
        ("https://edition.cnn.com/x", "edition.cnn.com", "cnn.com"),
        ("https://news.example:8080/x", "news.example", "news.example"),
        ("http://127.0.0.1:8000/x", "127.0.0.1", "127.0.0.1"),
        ("file:///x.txt", None, None),
        ("", None, None),
        (None, None, None),
    ],
)
def test_domain_and_site(url, domain, site):
    assert domain_of(url) == domain
    assert site_of(url) == site
