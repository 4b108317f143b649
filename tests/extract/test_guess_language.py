"""Language guessing, shared by page extraction and plain-text documents."""

from __future__ import annotations

import pytest

from newsetl.extract import guess_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Xi Jinping said that the two countries would work together on trade and security.", "en"),
        (
            "Владимир Путин заявил, что отношения России и Китая находятся на высоком уровне и это не изменится.",
            "ru",
        ),
        (
            "Володимир Зеленський заявив, що це рішення було ухвалене, але його ще не підписали.",
            "uk",
        ),
        (
            "Der Präsident sagte, dass die Gespräche mit der Regierung nicht einfach sind und auch weitergehen.",
            "de",
        ),
        (
            "Le président a déclaré que les discussions avec la Chine sont dans une phase importante pour le pays.",
            "fr",
        ),
        (
            "El presidente dijo que las conversaciones con el gobierno de China son importantes para la región.",
            "es",
        ),
        ("习近平同普京举行会谈，双方签署联合声明，进一步深化全面战略协作伙伴关系。", "zh"),
        ("東京で首脳会談が行われ、両国はエネルギー協力について合意しました。", "ja"),
    ],
)
def test_language_is_guessed(text, language):
    assert guess_language(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "",
        "12345 67890",
        "Xi Jinping Putin",
        "Ukraine Russia China Beijing Moscow Kyiv Kremlin Xinhua",
    ],
)
def test_thin_evidence_gives_none(text):
    assert guess_language(text) is None
