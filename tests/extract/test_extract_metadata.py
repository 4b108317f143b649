"""JSON-LD, <meta> tags, bylines, headlines and languages."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from newsetl.extract import extract_article, guess_language
from newsetl.extract.authors import clean_authors, split_byline
from newsetl.extract.jsonld import read_linked_data
from newsetl.extract.language import declared_language
from newsetl.extract.title import choose_title, strip_site_name

STORY = "<p>" + "The council met on Monday and agreed the budget for next year. " * 6 + "</p>"


def page(head: str, body: str = STORY) -> str:
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def test_jsonld_list_with_an_article_among_other_things():
    linked = read_linked_data(
        [
            '[{"@type":"BreadcrumbList"},{"@type":"NewsArticle","headline":"H",'
            '"datePublished":"2024-01-02","author":[{"@type":"Person","name":"A B"},"C D"]}]'
        ]
    )
    assert (linked.headline, linked.published, linked.authors) == (
        "H",
        "2024-01-02",
        ["A B", "C D"],
    )
    assert linked.is_article


def test_jsonld_graph_resolves_references():
    linked = read_linked_data(
        [
            '{"@graph":[{"@type":"Person","@id":"#p","name":"Ann Lee"},'
            '{"@type":"Organization","@id":"#o","name":"The Paper"},'
            '{"@type":"BlogPosting","headline":"H","author":{"@id":"#p"},"publisher":{"@id":"#o"}}]}'
        ]
    )
    assert linked.authors == ["Ann Lee"]
    assert linked.publisher == "The Paper"


def test_broken_jsonld_is_repaired_or_skipped():
    linked = read_linked_data(
        [
            "{not json at all",
            '<!-- {"@type":"Article","headline":"Fixed",\n"author":"Jo Ng",} -->',
        ]
    )
    assert linked.headline == "Fixed"
    assert linked.authors == ["Jo Ng"]


def test_opengraph_and_meta_tags():
    article = extract_article(
        page(
            '<meta property="og:title" content="Budget agreed">'
            '<meta property="article:published_time" content="2024-03-01T09:00:00+01:00">'
            '<meta name="author" content="Ann Lee">'
            '<meta name="author" content="Bo Chen">'
            '<meta property="og:site_name" content="Town Times">'
            '<meta property="og:url" content="/news/budget">'
        ),
        url="https://towntimes.example/news/budget?utm=x",
    )
    assert article.title == "Budget agreed"
    assert article.published_at == datetime(2024, 3, 1, 8, 0)
    assert article.authors == ["Ann Lee", "Bo Chen"]
    assert article.site_name == "Town Times"
    assert article.canonical_url == "https://towntimes.example/news/budget"


def test_jsonld_wins_over_meta_tags():
    article = extract_article(
        page(
            '<script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD",'
            '"datePublished":"2024-03-02T00:00:00Z","author":{"name":"Ann Lee"}}</script>'
            '<meta property="article:published_time" content="2024-03-01T00:00:00Z">'
            '<meta name="author" content="Someone Else">'
        )
    )
    assert article.published_at == datetime(2024, 3, 2)
    assert article.authors == ["Ann Lee"]


def test_date_from_the_url_when_the_page_has_none():
    article = extract_article(page("<title>x</title>"), url="https://x.example/2024/02/29/story")
    assert article.published_at == datetime(2024, 2, 29)


def test_canonical_link_that_is_not_http_is_dropped():
    article = extract_article(page('<link rel="canonical" href="javascript:void(0)">'), url=None)
    assert article.canonical_url is None


@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("By Jane Doe and John Roe, Reuters", ["Jane Doe", "John Roe"]),
        ("ByAlex Bozarjian", ["Alex Bozarjian"]),
        ("Veröffentlicht von Chris Jung", ["Chris Jung"]),
        ("Joe S.", ["Joe S."]),
        ("Name (required)", []),
        ("Reuters", ["Reuters"]),
        ("By JANE DOE | Updated 10:30 a.m.", ["JANE DOE"]),
        ("Von Katrin Vogel", ["Katrin Vogel"]),
        ("Author: Ann Lee; Bo Chen", ["Ann Lee", "Bo Chen"]),
        ("https://example.org/authors/jane", []),
        ("jane@example.org", []),
        ("Share on Facebook", []),
        ("This is a whole sentence about something else entirely that goes on", []),
    ],
)
def test_bylines(value, names):
    assert split_byline(value) == names


def test_authors_are_deduplicated_in_order():
    assert clean_authors(["Ann Lee", "ann lee", "Bo Chen"]) == ["Ann Lee", "Bo Chen"]


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Budget agreed after long night | Town Times", "Budget agreed after long night"),
        ("Town Times - Budget agreed after long night", "Budget agreed after long night"),
        ("Budget agreed: what it means for you", "Budget agreed: what it means for you"),
        ("Corsets – shops, designers, buying online", "Corsets – shops, designers, buying online"),
        ("Budget agreed after long night - towntimes.example", "Budget agreed after long night"),
        ("Budget agreed after long night | TT", "Budget agreed after long night"),
        ("Fish &amp; chips tax agreed", "Fish & chips tax agreed"),
    ],
)
def test_site_name_is_stripped_from_the_title(title, expected):
    stripped = strip_site_name(title, "Town Times", url="https://www.towntimes.example/a")
    assert stripped == expected


def test_visible_headline_preferred_when_metadata_agrees():
    assert (
        choose_title(["Budget agreed"], ["Budget agreed after a long night"], None, None)
        == "Budget agreed after a long night"
    )
    assert choose_title([], ["Unrelated promo heading"], "Real story | Site", "Site") == (
        "Unrelated promo heading"
    )


@pytest.mark.parametrize(
    ("value", "code"),
    [("en-US", "en"), ("pt_BR", "pt"), ("DE", "de"), ("iw", "he"), ("English", "en"), ("x", None)],
)
def test_declared_languages(value, code):
    assert declared_language(value) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "The council said that it was not going to raise the taxes this year, and the mayor agreed.",
            "en",
        ),
        (
            "Die Stadt hat am Montag beschlossen, dass die Steuern nicht erhöht werden, und der Rat ist dafür.",
            "de",
        ),
        (
            "Le conseil a décidé que les impôts ne seront pas augmentés cette année, et le maire est pour.",
            "fr",
        ),
        (
            "El consejo dijo que no se van a subir los impuestos este año, y el alcalde está de acuerdo con la idea.",
            "es",
        ),
        (
            "Совет заявил, что в этом году не будет повышать налоги, и мэр с этим согласен, как и все они.",
            "ru",
        ),
        ("市は二日、図書館の開館時間を延長すると発表した。", "ja"),
        ("시는 도서관 개관 시간을 연장한다고 발표했다.", "ko"),
        ("12 34 56", None),
    ],
)
def test_language_guess(text, code):
    assert guess_language(text) == code


def test_a_declared_language_the_text_clearly_contradicts_is_overruled():
    body = (
        "<p>" + "Die Stadtwerke senken die Preise für Fernwärme, wie ein Sprecher mitteilte. " * 8
    )
    html = f'<html lang="en"><body><article>{body}</p></article></body></html>'
    assert extract_article(html).language == "de"
    short = '<html lang="en"><body><p>Die Stadtwerke senken die Preise.</p></body></html>'
    assert extract_article(short).language == "en"  # too little text to overrule


def test_language_guessed_when_not_declared():
    body = (
        "<p>" + "Die Stadtwerke senken die Preise für Fernwärme, wie ein Sprecher mitteilte. " * 4
    )
    assert extract_article(page("<title>x</title>", body + "</p>")).language == "de"


def test_visible_published_and_updated_lines():
    html = (
        "<body><h1>Ferry times change</h1><div>Published 3 March 2024</div>"
        "<div>Updated 5 March 2024 10:00</div><article>" + STORY * 3 + "</article></body>"
    )
    article = extract_article(html)
    assert article.published_at == datetime(2024, 3, 3)
    assert article.modified_at == datetime(2024, 3, 5, 10, 0)
    assert "Published" not in article.text and "Updated" not in article.text


def test_json_ld_article_body_stands_in_for_a_page_built_by_scripts():
    body = "First paragraph of the story, which the page only renders with JavaScript. " * 5
    second = "Second paragraph, with <b>markup</b> &amp; an entity. " * 5
    html = (
        '<script type="application/ld+json">'
        + json.dumps({"@type": "NewsArticle", "headline": "H", "articleBody": body + "\n" + second})
        + "</script><body><div id=app><p>Loading the story, please wait a moment.</p></div></body>"
    )
    text = extract_article(html).text
    assert text.startswith("First paragraph") and "\n\nSecond paragraph, with markup & an" in text
    # a page that shows its story keeps its own text, paragraphs and all
    shown = html.replace("<p>Loading the story, please wait a moment.</p>", STORY * 2)
    assert extract_article(shown).text.startswith("The council met on Monday")


def test_json_ld_in_a_script_without_its_type_is_read():
    html = page(
        '<script>{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "Untyped", "datePublished": "2022-01-28T06:00:00+01:00"}</script>'
        "<script>var config = {debug: false};</script>"
    )
    assert extract_article(html).published_at == datetime(2022, 1, 28, 5, 0)


def test_an_impossible_declared_publication_date_is_reported_for_the_gate():
    declared = page('<meta property="article:published_time" content="2099-06-01T09:00:00Z">')
    assert extract_article(declared).published_at == datetime(2099, 6, 1, 9)
    visible = page("", "<p>Published June 1, 2099</p>" + STORY)
    assert extract_article(visible).published_at is None
