from __future__ import annotations

import pytest

from newsetl.clean import normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("inter\u00adnational", "international"),
        ("50\u00a0days", "50 days"),
        ("Xi\u202fJinping\u2009said", "Xi Jinping said"),
        ("\u201cdecisively oppose\u201d", '"decisively oppose"'),
        ("Russia\u2019s \u2018no limits\u2019", "Russia's 'no limits'"),
        ("\u201egerman\u201f \u201aquote\u201b", "\"german\" 'quote'"),
        ("Xi\u200b Jinping\u2060", "Xi Jinping"),
        ("\ufeffBOM at start", "BOM at start"),
        ("zero\u200cwidth\u200djoiners", "zerowidthjoiners"),
        ("\ufb01nance \ufb02ow", "finance flow"),
        ("\uff21\uff30 report", "AP report"),
        ("and then\u2026", "and then..."),
        ("km\u00b2 stays", "km\u00b2 stays"),
        (
            "\u00abguillemets\u00bb \u2014 dashes \u2013 stay",
            "\u00abguillemets\u00bb \u2014 dashes \u2013 stay",
        ),
        ("cafe\u0301", "caf\u00e9"),
        ("tab\tand   spaces  ", "tab and spaces"),
        ("bell\x07 and nul\x00", "bell and nul"),
    ],
)
def test_characters_are_folded(raw, expected):
    assert normalize_text(raw) == expected


def test_persian_zwnj_is_kept():
    word = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # "I want", written with a ZWNJ
    assert normalize_text(word) == word


def test_crlf_and_cr_become_paragraphs():
    assert normalize_text("First line.\r\nSecond line.\rThird.") == (
        "First line.\n\nSecond line.\n\nThird."
    )


def test_paragraphs_separated_by_exactly_one_blank_line():
    raw = "  \n\nOne.\n\n\n\n   \nTwo.\n \t \nThree.\n\n"
    assert normalize_text(raw) == "One.\n\nTwo.\n\nThree."


def test_unicode_line_and_paragraph_separators():
    assert normalize_text("One.\u2028Two.\u2029Three.") == "One.\n\nTwo.\n\nThree."


def test_hard_wrapped_paragraph_is_joined():
    raw = (
        "Chinese President Xi Jinping pledged to deepen China's support for\n"
        "Russia after U.S. President Donald Trump threatened to levy sweeping\n"
        "secondary sanctions on Russia's trading partners if the Kremlin does\n"
        "not stop its war.\n\nNext paragraph."
    )
    assert normalize_text(raw) == (
        "Chinese President Xi Jinping pledged to deepen China's support for Russia after "
        "U.S. President Donald Trump threatened to levy sweeping secondary sanctions on "
        "Russia's trading partners if the Kremlin does not stop its war.\n\nNext paragraph."
    )


def test_one_paragraph_per_line_is_kept_apart():
    raw = "Putin and Xi Tout Growing Partnership During Video Call\nkremlin.ru\nOnce\nMonthly"
    assert normalize_text(raw).split("\n\n") == [
        "Putin and Xi Tout Growing Partnership During Video Call",
        "kremlin.ru",
        "Once",
        "Monthly",
    ]


def test_idempotent_and_empty():
    raw = "\u201cA\u201d\u00a0b\r\n\r\n\r\nc\u00ad d"
    once = normalize_text(raw)
    assert normalize_text(once) == once == '"A" b\n\nc d'
    assert normalize_text("") == ""
    assert normalize_text(" \n\t\n ") == ""
