"""Staging a batch's rows from the dedupe resolutions."""

from newsetl.assemble import article_urls, with_extraction_outcomes
from newsetl.dedupe import Resolution
from newsetl.models import Article, ArticleURL, FetchResult


def copy(url: str, article_id: str = "art_1", canonical: str | None = None) -> Article:
    return Article(
        article_id=article_id,
        canonical_url=canonical,
        domain="news.example",
        title="Xi meets Lavrov",
        text="Xi met Lavrov in Beijing.",
        authors=[],
        published_at=None,
        language="en",
        word_count=5,
        content_hash="h1",
        source_url=url,
    )


def test_tracking_parameters_are_dropped_from_stored_urls():
    merged = Resolution(
        copy("https://news.example/a?utm_source=x"), "art_1", "alias", 1.0, "merged"
    )
    assert [link.url for link in article_urls([merged])] == ["https://news.example/a"]


def test_a_changed_story_restates_the_links_of_earlier_copies():
    better = copy("https://wire.example/a", canonical="https://wire.example/a")
    restated = [
        ArticleURL("https://news.example/a", "art_1", "near_duplicate", 0.9),
        ArticleURL("https://wire.example/a", "art_1", "canonical"),
    ]
    resolution = Resolution(
        better, "art_1", "canonical", 1.0, "updated", article=better, links=restated
    )
    links = {link.url: (link.relation, link.similarity) for link in article_urls([resolution])}
    assert links == {
        "https://news.example/a": ("near_duplicate", 0.9),
        "https://wire.example/a": ("canonical", 1.0),
    }


def test_pages_that_gave_no_article_are_logged_with_their_reason():
    log = [
        FetchResult("https://a.example/empty", "fetched", status_code=200),
        FetchResult("https://a.example/broken", "fetched", status_code=200),
        FetchResult("https://a.example/story", "fetched", status_code=200),
        FetchResult("https://a.example/gone", "http_error", status_code=404),
    ]
    logged = with_extraction_outcomes(
        log, ["https://a.example/empty"], [("https://a.example/broken", "ValueError: bad")]
    )
    assert [(r.outcome, r.error) for r in logged] == [
        ("no_article_text", "no article text left after cleaning"),
        ("extract_error", "ValueError: bad"),
        ("fetched", None),
        ("http_error", None),
    ]
