"""Cleaning and parsing the real seed documents (skipped when ../shared/seeds is absent).

Article sentences are derived from the seed itself: every line between the
first article line and the first boilerplate line, minus the header and the
furniture lines named below, split into sentences.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import datetime

import pytest
from clean_helpers import flat, plain, seed_path, seed_text, sentences

from newsetl.clean import clean_text
from newsetl.documents import parse_document, read_document


@dataclass(frozen=True)
class SeedLayout:
    first_article_line: str  # the line the article starts with
    boilerplate_from: str | None  # the line the trailing furniture starts with
    furniture_inside: tuple[str, ...] = ()  # lines inside the article that are furniture


LAYOUTS = {
    "000": SeedLayout("Chinese President Xi Jinping pledged", "A Message from The Moscow Times"),
    "001": SeedLayout(
        "Chinese President Xi Jinping pledged", "Original url:", ("**Related article:**",)
    ),
    "002": SeedLayout(
        "Russian President Vladimir Putin and Chinese President",
        "Sign up for our free weekly newsletter",
    ),
    "003": SeedLayout("Chinese President Xi Jinping and Russian", "+ There are no comments"),
    "004": SeedLayout("Vladimir Putin and Xi Jinping jointly condemned", None),
}

# Phrases of the seeds' donation appeals, newsletter boxes, comment widgets and
# credits: none may survive cleaning, in any seed.
BOILERPLATE_PHRASES = (
    "A Message from The Moscow Times",
    "Dear readers",
    "We are facing unprecedented challenges",
    "support us monthly",
    "Thank you for standing with us",
    "Remind me later",
    "Not ready to support today",
    "paiment methods",
    "Support The Moscow Times",
    "Sign up for our free weekly newsletter",
    "Our weekly newsletter contains",
    "Subscribers agree to the Privacy Policy",
    "Related article",
    "Read more",
    "There are no comments",
    "Add yours",
    "kremlin.ru",
    "Original url",
)
WIDGET_LINES = ("Once", "Monthly", "Annual", "Continue", "Preview")

# A few sentences that must survive whatever the derivation above says.
CRITICAL_SENTENCES = {
    "000": "Xi called for stronger alignment between the two countries in multilateral institutions",
    "001": 'The two leaders also pledged to step up coordination to "decisively oppose" U.S. hegemony',
    "002": "The Chinese and Russian leaders emphasized their personal rapport during Tuesday's call",
    "003": "Meanwhile, Europe will mark VE Day—Victory in Europe Day—on Thursday",
    "004": "Associated Press and Reuters contributed to this report.",
}


def article_lines(prefix: str) -> list[str]:
    layout = LAYOUTS[prefix]
    lines = [line.strip() for line in seed_text(prefix).splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if line.startswith(layout.first_article_line))
    end = len(lines)
    if layout.boilerplate_from:
        end = next(i for i, line in enumerate(lines) if line.startswith(layout.boilerplate_from))
    return [
        line for line in lines[start:end] if not line.startswith(layout.furniture_inside or "\0")
    ]


def cleaned(prefix: str) -> str:
    return clean_text(seed_text(prefix))


def parsed(prefix: str):
    text, fmt = read_document(seed_path(prefix))
    return parse_document(text, fmt, uri=seed_path(prefix).as_uri())


@pytest.mark.parametrize("prefix", sorted(LAYOUTS))
@pytest.mark.parametrize("clean", [cleaned, lambda prefix: parsed(prefix).text])
def test_every_article_sentence_survives(prefix, clean):
    text = flat(clean(prefix))
    expected = [sentence for line in article_lines(prefix) for sentence in sentences(line)]
    assert len(expected) >= 9
    missing = [sentence for sentence in expected if sentence not in text]
    assert not missing
    assert CRITICAL_SENTENCES[prefix] in text


@pytest.mark.parametrize("prefix", sorted(LAYOUTS))
@pytest.mark.parametrize("clean", [cleaned, lambda prefix: parsed(prefix).text])
def test_no_boilerplate_survives(prefix, clean):
    text = clean(prefix)
    survivors = [phrase for phrase in BOILERPLATE_PHRASES if phrase.lower() in text.lower()]
    assert not survivors
    assert not set(text.split("\n\n")) & set(WIDGET_LINES)


@pytest.mark.parametrize(
    "prefix", [key for key, layout in LAYOUTS.items() if layout.boilerplate_from]
)
def test_every_boilerplate_line_of_the_seed_is_gone(prefix):
    """Derived: each line after the article's end is absent from the cleaned text."""
    layout = LAYOUTS[prefix]
    lines = [line.strip() for line in seed_text(prefix).splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if line.startswith(layout.boilerplate_from))
    text = flat(parsed(prefix).text)
    assert [line for line in lines[start:] if plain(line) in text] == []


def test_seed_001_header_is_read():
    article = parsed("001")
    assert article.title == "China Pledges Closer Ties With Russia After Trump's Sanctions Threat"
    assert article.published_at == datetime(2025, 7, 15)
    assert article.canonical_url == (
        "https://www.themoscowtimes.com/2025/07/15/"
        "china-pledges-closer-ties-with-russia-after-trumps-sanctions-threat-a89825"
    )
    assert article.language == "en"
    assert article.text.startswith("Chinese President Xi Jinping pledged")
    assert article.url == seed_path("001").as_uri()


@pytest.mark.parametrize(
    ("prefix", "title"),
    [
        ("000", None),
        ("002", "Putin and Xi Tout Growing Partnership During Video Call"),
        (
            "003",
            "Xi and Putin Sign Joint Pact to Deepen Strategic Ties Amid Rising Global Tensions",
        ),
        ("004", None),
    ],
)
def test_titles_of_the_other_seeds(prefix, title):
    article = parsed(prefix)
    assert article.title == title
    assert article.published_at is None
    assert article.canonical_url is None
    if title:
        assert title not in article.text


def test_title_is_not_left_in_the_text():
    assert "China Pledges Closer Ties" not in parsed("001").text


def test_seed_000_and_001_are_the_same_story():
    first, second = parsed("000").text, parsed("001").text
    assert first.count("\n\n") == second.count("\n\n") == 8
    ratio = difflib.SequenceMatcher(None, first.split(), second.split(), autojunk=False).ratio()
    assert ratio > 0.99  # they differ by one typo ("wortk")


@pytest.mark.parametrize("prefix", sorted(LAYOUTS))
def test_cleaning_is_idempotent(prefix):
    once = parsed(prefix).text
    assert clean_text(once) == once
