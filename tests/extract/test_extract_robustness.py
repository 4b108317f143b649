"""Bad input never raises: what can be read is returned, empty text when nothing can."""

from __future__ import annotations

import pytest

from newsetl.extract import ExtractSettings, extract_article, site_rules
from newsetl.extract.site_rules import SiteRule, rule_for
from newsetl.models import ExtractedArticle

PROSE = "The ferry company said the new timetable would start on Monday next week. " * 5


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n ",
        "<",
        "<html>",
        "<html><body></body></html>",
        "<!-- only a comment -->",
        "<script>var a = '<p>not text</p>';</script>",
        "\x00\x01\x02\ufffd\ufffd",
        "<p>lone surrogate \udce9 from a lossy decode</p>",
        "<div>" * 5000 + PROSE + "</div>" * 10,
        "<p>" + "word " * 200_000 + "</p>",
        "<table><tr><td><p>" + PROSE + "</td></tr>",
        '<meta charset="utf-8"><title>Only a title</title>',
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": [null, 3, {}]}</script>',
        '<script type="application/ld+json">[[[[[[{"@graph": [[[]]]}]]]]]]</script>',
        '<html lang="not a language"><time datetime="garbage">??</time></html>',
    ],
)
def test_never_raises(html):
    article = extract_article(html)
    assert isinstance(article, ExtractedArticle)
    assert isinstance(article.text, str)


@pytest.mark.parametrize("depth", [50, 2000])
def test_deeply_nested_pages_keep_their_text(depth):
    unclosed = "<p>" + "<font>" * depth + PROSE + "</p>"
    nested = "<div>" * depth + "<p>" + PROSE + "</p>" + "</div>" * depth
    assert extract_article(unclosed).text == PROSE.strip()
    assert extract_article(nested).text == PROSE.strip()


def test_absurd_json_ld_does_not_cost_the_other_metadata():
    html = (
        '<script type="application/ld+json">' + "[" * 100_000 + "]" * 100_000 + "</script>"
        '<meta name="author" content="Ann Lee"><p>' + PROSE + "</p>"
    )
    assert extract_article(html).authors == ["Ann Lee"]


def test_text_outside_any_paragraph_is_still_found():
    article = extract_article("<html><body>" + PROSE + "</body></html>")
    assert article.text == PROSE.strip()


def test_bytes_are_decoded():
    article = extract_article(("<p>" + PROSE + "café</p>").encode("utf-8"))
    assert article.text.endswith("café")


def test_url_is_kept_and_not_fetched():
    article = extract_article("", url="https://unreachable.invalid/story")
    assert article.url == "https://unreachable.invalid/story"
    assert article.text == ""


def test_oversized_documents_are_cut():
    settings = ExtractSettings(max_html_chars=2000)
    article = extract_article("<p>" + PROSE * 20 + "</p>", settings=settings)
    assert 0 < len(article.text) < 2000


def test_language_guess_can_be_switched_off():
    html = "<p>" + PROSE + "</p>"
    assert extract_article(html).language == "en"
    assert extract_article(html, settings=ExtractSettings(guess_language=False)).language is None


def test_site_rules_are_looked_up_by_host_and_parent_domains():
    rules = {"example.org": SiteRule(body=".story")}
    assert rule_for("https://www.example.org/a", rules) is rules["example.org"]
    assert rule_for("https://example.org/a", rules) is rules["example.org"]
    assert rule_for("https://notexample.org/a", rules) is None
    assert rule_for("not a url", rules) is None
    assert rule_for(None, rules) is None


def test_a_site_rule_narrows_the_body_and_drops_elements(monkeypatch):
    html = (
        "<body><div class='promo'><p>"
        + "Buy our newspaper subscription today, it is great. " * 8
        + "</p></div><div class='story'><p>"
        + PROSE
        + "</p><p class='note'>Editor's note: "
        + "this paragraph is about the newspaper's own policies and nothing else at all.</p></div></body>"
    )
    rule = SiteRule(body=".story", drop=(".note",))
    monkeypatch.setitem(site_rules.SITE_RULES, "sample.test", rule)
    article = extract_article(html, url="http://sample.test/story")
    assert article.text == PROSE.strip()


def test_a_page_wrapped_in_one_form_keeps_its_story():
    html = (
        "<body><form id='aspnetForm'><div class='menu'><a href='/'>Home</a></div>"
        "<div class='story'><p>" + PROSE + "</p><p>" + PROSE + "</p></div>"
        "<div><label>Search</label><input name=q></div></form></body>"
    )
    assert extract_article(html).text == PROSE.strip() + "\n\n" + PROSE.strip()


def test_a_short_post_beside_a_wordy_comment_form_is_still_found():
    html = (
        "<body><div class='post'><h2>A short one</h2><p>“I know I am tired and should "
        "maybe not say this…”</p><p>– “Then don’t.”</p></div>"
        "<form class='comment-form'><p>Enter your details below or click an icon to log in "
        "with your account, and we will notify you of new comments by e-mail.</p>"
        "<p>Notify me of new posts by e-mail, and of follow-up comments as they arrive.</p>"
        "</form></body>"
    )
    assert "I know I am tired" in extract_article(html).text
