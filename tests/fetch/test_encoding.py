"""newsetl.encoding: bytes to text whatever the server and the page claim."""

from __future__ import annotations

import codecs

import pytest

from newsetl.encoding import charset_from_content_type, decode_html, looks_binary

RUSSIAN = "Правительство объявило о новых мерах поддержки экономики и граждан страны."
GERMAN = "Die Bürgermeisterin äußerte sich über die Straßenbahn in München."


def page(text: str, meta: str = "") -> str:
    return f"<html><head>{meta}<title>t</title></head><body><p>{text}</p></body></html>"


def test_bom_wins_over_everything():
    body = codecs.BOM_UTF16_LE + page(GERMAN).encode("utf-16-le")
    text, encoding = decode_html(body, "text/html; charset=iso-8859-1")
    assert GERMAN in text and encoding == "utf-16-le"


def test_header_charset_is_used_when_it_fits():
    text, encoding = decode_html(page(RUSSIAN).encode("koi8-r"), "text/html; charset=KOI8-R")
    assert RUSSIAN in text and encoding == "koi8-r"


def test_meta_charset_when_the_header_says_nothing():
    body = page(GERMAN, '<meta charset="iso-8859-15">').encode("iso-8859-15")
    text, encoding = decode_html(body, "text/html")
    assert GERMAN in text and encoding == "iso8859-15"


def test_http_equiv_meta():
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
    text, _ = decode_html(page(RUSSIAN, meta).encode("cp1251"), None)
    assert RUSSIAN in text


def test_xml_declaration():
    body = f'<?xml version="1.0" encoding="windows-1251"?><rss><title>{RUSSIAN}</title></rss>'
    text, encoding = decode_html(body.encode("cp1251"), "application/rss+xml")
    assert RUSSIAN in text and encoding == "cp1251"


def test_lying_utf8_header_falls_back_to_meta():
    body = page(RUSSIAN, '<meta charset="windows-1251">').encode("cp1251")
    text, encoding = decode_html(body, "text/html; charset=utf-8")
    assert RUSSIAN in text and encoding == "cp1251"


def test_latin1_server_default_over_utf8_body():
    text, encoding = decode_html(page(GERMAN).encode("utf-8"), "text/html; charset=ISO-8859-1")
    assert GERMAN in text and encoding == "utf-8"


def test_latin1_declared_and_true():
    text, encoding = decode_html(page(GERMAN).encode("latin-1"), "text/html; charset=latin1")
    assert GERMAN in text and encoding == "cp1252"


def test_undeclared_legacy_encoding_is_detected():
    text, _ = decode_html(page(RUSSIAN * 3).encode("cp1251"), None)
    assert RUSSIAN in text


def test_unknown_charset_label_is_ignored():
    text, encoding = decode_html(page(GERMAN).encode("utf-8"), "text/html; charset=x-klingon")
    assert GERMAN in text and encoding == "utf-8"


def test_meta_cannot_declare_utf16_over_ascii_bytes():
    text, encoding = decode_html(page("plain", '<meta charset="utf-16">').encode(), None)
    assert "plain" in text and encoding == "utf-8"


def test_hopeless_bytes_never_raise():
    text, encoding = decode_html(bytes(range(256)) * 4, "text/html; charset=utf-8")
    assert isinstance(text, str) and encoding


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("text/html; charset=UTF-8", "utf-8"),
        ('text/html; charset="windows-1251"', "cp1251"),
        ("text/html", None),
        (None, None),
        ("text/html; charset=nonsense", None),
    ],
)
def test_charset_from_content_type(header, expected):
    assert charset_from_content_type(header) == expected


@pytest.mark.parametrize(
    "body",
    [
        b"%PDF-1.7\n...",
        b"\x89PNG\r\n\x1a\n\x00\x00",
        b"\x1f\x8b\x08\x00rest",
        bytes(range(32)) * 10,
    ],
)
def test_binary_bodies_are_recognised(body):
    assert looks_binary(body)


@pytest.mark.parametrize(
    "body",
    [page(GERMAN).encode(), page(RUSSIAN).encode("utf-16"), b"", b"BMW news: ID3 tags MZ"],
)
def test_text_bodies_are_not_binary(body):
    assert looks_binary(body) is None
