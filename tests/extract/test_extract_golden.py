"""Saved pages of varied layouts: metadata, and what the text must and must not hold."""

from __future__ import annotations

from datetime import datetime

import pytest

from newsetl.extract import extract_article
from tests.extract.extract_helpers import sample_html, sample_truth

TRUTH = sample_truth()


@pytest.fixture(scope="module", params=sorted(TRUTH))
def case(request):
    name = request.param
    expected = TRUTH[name]
    return name, expected, extract_article(sample_html(name), url=expected["url"])


def test_title(case):
    _, expected, article = case
    assert article.title == expected["title"]


def test_published_at(case):
    _, expected, article = case
    assert article.published_at == datetime.fromisoformat(expected["date"])


def test_authors(case):
    _, expected, article = case
    assert article.authors == expected["authors"]


def test_language(case):
    _, expected, article = case
    assert article.language == expected["language"]


def test_site_name_and_canonical_url(case):
    _, expected, article = case
    if "site_name" in expected:
        assert article.site_name == expected["site_name"]
    if "canonical_url" in expected:
        assert article.canonical_url == expected["canonical_url"]


def test_text_keeps_the_story(case):
    _, expected, article = case
    for snippet in expected["must_include"]:
        assert snippet in article.text


def test_text_leaves_out_furniture(case):
    _, expected, article = case
    for snippet in expected["must_exclude"]:
        assert snippet not in article.text


def test_paragraphs_are_separated_by_blank_lines(case):
    _, expected, article = case
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == expected["articleBody"].count("\n\n") + 1
    assert all(p.strip() == p and p for p in paragraphs)


def test_the_headline_is_not_repeated_in_the_text(case):
    _, _, article = case
    assert not article.text.startswith(article.title)


def test_future_dates_in_scripts_and_cookie_notices_are_not_taken():
    expected = TRUTH["script-dates"]
    article = extract_article(sample_html("script-dates"), url=expected["url"])
    assert article.published_at == datetime(2022, 2, 3)
    assert article.modified_at is None


def test_modified_date_from_metadata():
    expected = TRUTH["jsonld-graph"]
    article = extract_article(sample_html("jsonld-graph"), url=expected["url"])
    assert article.modified_at == datetime(2025, 3, 4, 16, 40)
    assert article.description == (
        "The board voted 7-2 to deepen the main channel and add two container berths."
    )
