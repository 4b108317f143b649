"""parse_document and read_document on our own excerpts and on bad input."""

from __future__ import annotations

from datetime import datetime

import pytest
from clean_helpers import DATA_DIR, data_text

from newsetl.documents import parse_document, read_document

BODY = (
    "Russian President Vladimir Putin and Chinese President Xi Jinping praised their growing "
    "partnership during a video call on Tuesday, hours after Donald Trump was inaugurated."
)


def test_markdown_excerpt_header():
    article = parse_document(data_text("markdown_header.md"), "markdown", uri="file:///x.md")
    assert article.title == "China Pledges Closer Ties With Russia After Trump's Sanctions Threat"
    assert article.published_at == datetime(2025, 7, 15)
    assert article.canonical_url.endswith("trumps-sanctions-threat-a89825")
    assert article.url == "file:///x.md"
    assert article.text.startswith("Chinese President Xi Jinping pledged")
    assert "kremlin.ru" not in article.text
    assert article.language == "en"


@pytest.mark.parametrize(
    ("header", "published"),
    [
        ("July 15, 2025", datetime(2025, 7, 15)),
        ("15 July 2025", datetime(2025, 7, 15)),
        ("2025-07-15", datetime(2025, 7, 15)),
        ("Published: July 15, 2025, 10:30 a.m.", datetime(2025, 7, 15, 10, 30)),
        ("Published 2025-07-15T10:30:00+03:00", datetime(2025, 7, 15, 7, 30)),
        ("Tue, 15 Jul 2025 14:00 MSK", datetime(2025, 7, 15, 11, 0)),
        ("*15.07.2025*", datetime(2025, 7, 15)),
        ("July 15, 2999", None),  # never a future date
        ("February 30, 2024", None),
    ],
)
def test_date_line_in_the_header(header, published):
    article = parse_document(f"Putin and Xi Tout Growing Partnership\n\n{header}\n\n{BODY}")
    assert article.published_at == published
    assert article.title == "Putin and Xi Tout Growing Partnership"
    assert article.text == BODY


def test_updated_line_and_byline():
    text = (
        "# Putin and Xi Tout Growing Partnership\n\nBy Jane Doe and John Roe | July 15, 2025\n\n"
        f"Updated: July 16, 2025 09:00 GMT\n\n{BODY}"
    )
    article = parse_document(text, "markdown")
    assert article.authors == ["Jane Doe", "John Roe"]
    assert article.published_at == datetime(2025, 7, 15)
    assert article.modified_at == datetime(2025, 7, 16, 9, 0)
    assert article.text == BODY


def test_date_inside_the_body_is_not_the_publication_date():
    text = f"{BODY}\n\nJuly 15, 2025\n\nThe talks lasted four hours, officials said afterwards."
    assert parse_document(text).published_at is None


@pytest.mark.parametrize(
    "trailer",
    [
        "Original url: https://example.com/news/a1",
        "Original url:\n\n<https://example.com/news/a1>",
        "**Original URL:** [https://example.com/news/a1](https://example.com/news/a1)",
        "Source URL:\nhttps://example.com/news/a1",
    ],
)
def test_original_url_forms(trailer):
    article = parse_document(f"{BODY}\n\n{trailer}")
    assert article.canonical_url == "https://example.com/news/a1"
    assert article.text == BODY


def test_front_matter():
    text = (
        "---\ntitle: Putin and Xi Tout Growing Partnership\ndate: 2025-01-21\n"
        "url: https://example.com/news/a2\nauthor: Jane Doe\nlang: en\n---\n\n" + BODY
    )
    article = parse_document(text, "markdown")
    assert article.title == "Putin and Xi Tout Growing Partnership"
    assert article.published_at == datetime(2025, 1, 21)
    assert article.canonical_url == "https://example.com/news/a2"
    assert article.authors == ["Jane Doe"]
    assert article.text == BODY


def test_broken_front_matter_is_left_as_text():
    article = parse_document("---\ntitle: [unclosed\n---\n\n" + BODY, "markdown")
    assert article.text.endswith(BODY)


def test_first_line_sentence_is_not_a_title():
    assert parse_document(f"{BODY}\n{BODY}").title is None


def test_short_line_followed_by_short_line_is_not_a_title():
    article = parse_document(f"World\n\nPutin and Xi Tout Growing Partnership\n\n{BODY}")
    assert article.title == "Putin and Xi Tout Growing Partnership"
    assert article.text.startswith("World\n\n")


def test_russian_language_is_guessed():
    text = (
        "Владимир Путин и Си Цзиньпин провели переговоры в Кремле. Стороны подписали "
        "совместное заявление о дальнейшем углублении отношений, и это стало главным "
        "итогом визита, который был также посвящен торговле и энергетике."
    )
    assert parse_document(text).language == "ru"


@pytest.mark.parametrize("text", ["", "   \n\n  ", "\x00\x01\x02\ufffd\ufffd" * 50])
def test_empty_or_garbage_text_gives_an_empty_article(text):
    article = parse_document(text, uri="file:///bad.txt")
    assert article.text == ""
    assert article.title is None
    assert article.url == "file:///bad.txt"


def test_bytes_are_accepted():
    assert parse_document(BODY.encode("utf-16")).text == BODY


@pytest.mark.parametrize(
    ("name", "data", "fmt", "expected"),
    [
        (
            "a.txt",
            "\ufeffcaf\u00e9 \u201cquote\u201d".encode(),
            "text",
            "caf\u00e9 \u201cquote\u201d",
        ),
        ("a.md", "caf\u00e9".encode("utf-16"), "markdown", "caf\u00e9"),
        ("a.markdown", "caf\u00e9".encode("utf-32"), "markdown", "caf\u00e9"),
        ("a.HTML", b'<meta charset="koi8-r"><p>\xf0\xd5\xd4\xc9\xce</p>', "html", "<p>Путин</p>"),
        ("a.htm", "<p>café</p>".encode(), "html", "<p>café</p>"),
        (
            "a.TXT",
            "Путин и Си Цзиньпин провели переговоры в Кремле".encode("cp1251"),
            "text",
            "Путин",
        ),
        ("a.rst", b"plain", "text", "plain"),
        ("empty.txt", b"", "text", ""),
    ],
)
def test_read_document_decodes_and_names_the_format(tmp_path, name, data, fmt, expected):
    path = tmp_path / name
    path.write_bytes(data)
    text, found_fmt = read_document(path)
    assert found_fmt == fmt
    assert expected in text
    assert "\ufeff" not in text


def test_read_document_never_raises_on_bad_bytes(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_bytes(bytes(range(256)) * 8)
    text, fmt = read_document(path)
    assert fmt == "text"
    assert parse_document(text, fmt).text == ""


def test_read_document_on_the_committed_excerpts():
    text, fmt = read_document(DATA_DIR / "markdown_header.md")
    assert fmt == "markdown"
    assert parse_document(text, fmt).canonical_url is not None


def test_binary_file_named_txt_reads_as_empty(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    assert read_document(path) == ("", "text")


def test_title_above_a_dek_is_the_title_and_the_dek_stays():
    text = (
        "Putin and Xi Tout Growing Partnership\n\n"
        "Leaders praise ties hours after Trump inauguration\n\n" + BODY
    )
    article = parse_document(text)
    assert article.title == "Putin and Xi Tout Growing Partnership"
    assert article.text == f"Leaders praise ties hours after Trump inauguration\n\n{BODY}"


def test_labelled_date_in_the_trailer_is_read_and_a_bare_one_is_kept():
    article = parse_document(
        f"{BODY}\n\nPublished: 21 January 2025\n\nOriginal url: https://e.com/a"
    )
    assert article.published_at == datetime(2025, 1, 21)
    assert article.text == BODY
    bare = parse_document(f"{BODY}\n\n21 January 2025\n\nThe timeline continues below.")
    assert bare.published_at is None
    assert "21 January 2025" in bare.text


def test_front_matter_title_repeated_as_heading_is_not_left_in_the_text():
    text = (
        "---\ntitle: Putin and Xi Tout Growing Partnership\n---\n\n# Putin and Xi Tout Growing Partnership\n\n"
        + BODY
    )
    article = parse_document(text, "markdown")
    assert article.title == "Putin and Xi Tout Growing Partnership"
    assert article.text == BODY
