"""clean_text over our own excerpts and over the edge cases of each rule."""

from __future__ import annotations

import pytest
from clean_helpers import data_text

from newsetl.clean import clean_text


def paragraphs(text: str) -> list[str]:
    return clean_text(text).split("\n\n")


def test_appeal_newsletter_and_widgets_are_removed_from_the_excerpt():
    assert paragraphs(data_text("appeal_tail.txt")) == [
        "Putin and Xi Tout Growing Partnership During Video Call",
        "Russian President Vladimir Putin and Chinese President Xi Jinping praised their "
        "growing partnership during a video call on Tuesday, hours after Donald Trump was "
        "inaugurated as the 47th president of the United States.",
        "China has maintained a stance of neutrality regarding the conflict but remains a close "
        "political and economic ally of Moscow, refraining from condemning Russia's actions.",
    ]


def test_appeal_in_a_crlf_file_without_blank_lines():
    assert paragraphs(data_text("appeal_no_blank_lines.txt")) == [
        "Chinese President Xi Jinping pledged to deepen China's support for Russia after U.S. "
        "President Donald Trump threatened sweeping secondary sanctions.",
        'The two leaders also pledged to step up coordination to "decisively oppose" U.S. '
        "hegemony.",
    ]


def test_markdown_links_bold_and_related_line():
    text = clean_text(data_text("markdown_header.md"))
    assert "The official Xinhua News Agency cited Xi as saying" in text
    assert "Trump warned that he would impose" in text
    assert "[" not in text and "](#)" not in text and "**" not in text
    assert "Related article" not in text and "We Don't Care" not in text
    assert "kremlin.ru" not in text
    assert "Original url" not in text and "https://" not in text


def test_comment_widget_removed_subheadings_kept():
    assert paragraphs(data_text("comments_tail.txt"))[-2:] == [
        "Ukraine War Casts Shadow Over Putin's Victory Day Parade",
        "Meanwhile, Europe will mark VE Day—Victory in Europe Day—on Thursday, commemorating "
        "Germany's unconditional surrender on all fronts in World War II.",
    ]


def test_reporting_about_newsletters_comments_and_support_survives():
    source = data_text("reporting_about_furniture.txt")
    kept = paragraphs(source)
    expected = [line for line in source.splitlines() if line and line != "Comments"]
    assert kept == expected


@pytest.mark.parametrize(
    "line",
    [
        "Share on Facebook",
        "Share on Facebook | Share on Twitter | Email",
        "Tweet",
        "Print",
        "Comments",
        "12 comments",
        "Comments (3)",
        "Log in to comment",
        "Leave a comment",
        "Be the first to comment",
        "Read more",
        "Read more: Putin Visits Beijing",
        "Related: China and Russia sign pact",
        "See also: Xi in Moscow",
        "Photo: Mikhail Metzel / TASS",
        "Photo credit: kremlin.ru",
        "kremlin.ru",
        "**kremlin.ru**",
        "Ng Han Guan / AP",
        "© 2025 The Moscow Times",
        "Advertisement",
        "Support The Moscow Times!",
        "Support independent journalism",
        "Sign up for our free weekly newsletter",
        "Subscribe to our daily newsletter",
        "Subscribers agree to the Privacy Policy",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "This website uses cookies",
        "Original url: https://example.com/a",
        "Remind me later.",
    ],
)
def test_furniture_line_between_article_paragraphs_is_removed(line):
    before = "Xi Jinping met Vladimir Putin in Moscow on Thursday, state media said."
    after = "The two leaders signed more than 20 cooperation agreements."
    assert paragraphs(f"{before}\n\n{line}\n\n{after}") == [before, after]


@pytest.mark.parametrize(
    "line",
    [
        "Once",
        "Monthly",
        "Continue",
        "Preview",
        "Reply",
        "Support for the War",
        "Read more about the outlet's history in the archive, the editors wrote.",
        "Comments by the foreign ministry were not immediately available.",
        "Photographs of the parade were published by state media on Friday, showing tanks.",
        "Readers can sign up for the newsletter, which the ministry launched in May to rebut "
        "what it calls Western propaganda, officials said on Tuesday.",
        "We use cookies, the baker said, laughing, as he handed over a box of them to the "
        "visiting delegation.",
    ],
)
def test_article_line_that_resembles_furniture_is_kept(line):
    before = "Xi Jinping met Vladimir Putin in Moscow on Thursday, state media said."
    after = "The two leaders signed more than 20 cooperation agreements."
    assert paragraphs(f"{before}\n\n{line}\n\n{after}") == [before, line, after]


def test_weak_widget_lines_go_only_next_to_furniture():
    text = "An article sentence here.\n\nDonate now\n\nOnce\n\nMonthly\n\n$5\n\nContinue"
    assert paragraphs(text) == ["An article sentence here."]


def test_appeal_marker_without_an_appeal_is_kept():
    text = (
        "The president read out a letter.\n\nA Message from the Kremlin:\n\n"
        "The president thanked the soldiers for their service on the front line.\n\n"
        "He then left for Beijing."
    )
    assert clean_text(text) == text


def test_appeal_in_the_middle_ends_at_its_closing_widget():
    text = (
        "First article paragraph about the summit.\n\nDear readers,\n\n"
        "Please support us with a donation today.\n\nRemind me later.\n\n"
        "Second article paragraph about the summit."
    )
    assert paragraphs(text) == [
        "First article paragraph about the summit.",
        "Second article paragraph about the summit.",
    ]


def test_appeal_at_the_start_without_closer_stops_at_its_last_request():
    text = (
        "Dear readers,\n\nPlease support us with a donation today.\n\n"
        "Xi Jinping arrived in Moscow on Wednesday for a four-day state visit.\n\n"
        "He was greeted at the airport by Russian officials."
    )
    assert paragraphs(text) == [
        "Xi Jinping arrived in Moscow on Wednesday for a four-day state visit.",
        "He was greeted at the airport by Russian officials.",
    ]


def test_newsletter_box_in_the_middle_keeps_the_article_after_it():
    text = (
        "First article paragraph about the summit.\n\nSign up for our free weekly newsletter\n\n"
        "Our weekly newsletter lands in your inbox every Friday.\n\n"
        "Officials said the newsletter of the ministry would resume next week.\n\n"
        "Last article paragraph."
    )
    assert paragraphs(text) == [
        "First article paragraph about the summit.",
        "Officials said the newsletter of the ministry would resume next week.",
        "Last article paragraph.",
    ]


def test_site_boilerplate_fingerprints_are_removed_but_never_everything():
    from newsetl.clean import paragraph_fingerprint

    footer = "The Daily Example is published by Example Media Group."
    text = f"Article sentence one.\n\n{footer}"
    learnt = frozenset({paragraph_fingerprint(footer.upper())})
    assert clean_text(text, site_boilerplate=learnt) == "Article sentence one."
    everything = frozenset(paragraph_fingerprint(p) for p in text.split("\n\n"))
    assert clean_text(text, site_boilerplate=everything) == text


def test_empty_and_whitespace():
    assert clean_text("") == ""
    assert clean_text("\n \n\t") == ""
    assert clean_text("Read more\n\nShare on Facebook") == ""


def test_editors_note_marker_followed_by_reporting_is_kept():
    text = (
        "The summit opened on Thursday.\n\nA note from the editors\n\n"
        "This story was updated after the Kremlin published its readout, supporting the "
        "account given by Chinese state media.\n\nThe two leaders met for four hours."
    )
    assert clean_text(text) == text


def test_no_comment_answer_is_kept():
    text = "Asked about the sanctions, the spokesman said:\n\nNo comment.\n\nHe then left."
    assert clean_text(text) == text


def test_a_paragraph_scraped_twice_in_a_row_is_kept_once():
    caption = "Xi Jinping and Vladimir Putin in the Kremlin on Thursday."
    text = f"Intro sentence of the article.\n\n{caption}\n\n{caption}\n\nLast sentence."
    assert paragraphs(text) == ["Intro sentence of the article.", caption, "Last sentence."]


@pytest.mark.parametrize(
    "line",
    [
        "Читайте также: Путин и Си Цзиньпин подписали заявление",
        "Подписывайтесь на наш Telegram-канал",
        "Фото: Михаил Метцель / ТАСС",
        "Поделиться",
        "12 комментариев",
        "Поддержите нашу редакцию",
    ],
)
def test_russian_furniture_is_removed(line):
    before = "Владимир Путин и Си Цзиньпин провели переговоры в Кремле."
    after = "Стороны подписали совместное заявление."
    assert paragraphs(f"{before}\n\n{line}\n\n{after}") == [before, after]


def test_russian_reporting_about_subscriptions_is_kept():
    line = "Подписка на газету подорожала вдвое, сообщили в редакции."
    assert clean_text(line) == line
