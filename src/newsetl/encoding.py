"""Bytes to text for fetched pages and feeds, whatever the server claims.

Order of evidence: a byte-order mark; the charset in the HTTP ``Content-Type``
header; a ``<meta charset>`` / ``http-equiv`` declaration or an XML declaration
near the top of the document; then statistical detection (charset_normalizer);
then UTF-8 with replacement characters. A declared charset is used only when the
body actually decodes with it, so a header that lies (says UTF-8 over a
windows-1251 body) falls through to the next piece of evidence. Latin-1 family
declarations, the most common wrong server default, give way to UTF-8 when the
body is valid non-ASCII UTF-8.

``decode_html`` never raises; ``looks_binary`` tells a caller that a body is not
text at all (an image or PDF served as text/html), which no decoding can fix.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

PRESCAN_BYTES = 4096
DETECTION_SAMPLE_BYTES = 64 * 1024
BINARY_SAMPLE_BYTES = 2048

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# As in browsers, latin-1 and ascii labels mean windows-1252 (``_codec_name``);
# servers send them by default, so they give way to a body that is valid UTF-8.
_WEAK_DECLARATION = "cp1252"
_CHARSET_PARAM = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_META_TAG = re.compile(rb"<meta\b[^>]*>", re.IGNORECASE)
_XML_DECLARATION = re.compile(
    rb"""^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_.:\-]+)["']""", re.IGNORECASE
)
_BINARY_SIGNATURES = (
    b"%PDF-",
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"RIFF",
    b"\x00\x00\x01\x00",
    b"OggS",
    b"\x7fELF",
    b"wOFF",
    b"wOF2",
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\x1b")


def decode_html(body: bytes, content_type_header: str | None) -> tuple[str, str]:
    """The text of ``body`` and the name of the encoding used to decode it."""
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(encoding, errors="replace"), encoding
    for encoding in _declared_encodings(body, content_type_header):
        if encoding == _WEAK_DECLARATION and _is_non_ascii_utf8(body):
            return body.decode("utf-8"), "utf-8"
        text = _strict_decode(body, encoding)
        if text is not None:
            return text, encoding
    if _strict_decode(body, "utf-8") is not None:
        return body.decode("utf-8"), "utf-8"
    detected = _detect(body)
    if detected is not None:
        return body.decode(detected, errors="replace"), detected
    return body.decode("utf-8", errors="replace"), "utf-8"


def charset_from_content_type(content_type_header: str | None) -> str | None:
    """The Python codec named by the ``charset`` parameter of a Content-Type value."""
    if not content_type_header:
        return None
    match = _CHARSET_PARAM.search(content_type_header.encode("latin-1", errors="replace"))
    return _codec_name(match.group(1)) if match else None


def declared_in_document(body: bytes) -> str | None:
    """The codec a ``<meta>`` tag or XML declaration in the first bytes names."""
    head = body[:PRESCAN_BYTES]
    declaration = _XML_DECLARATION.match(head)
    if declaration:
        return _ascii_compatible(_codec_name(declaration.group(1)))
    for tag in _META_TAG.finditer(head):
        match = _CHARSET_PARAM.search(tag.group(0))
        if match:
            return _ascii_compatible(_codec_name(match.group(1)))
    return None


def looks_binary(body: bytes) -> str | None:
    """Why ``body`` is not text (a known file signature or control bytes), else None."""
    if any(body.startswith(bom) for bom, _ in _BOMS):
        return None
    head = body[:BINARY_SAMPLE_BYTES]
    stripped = head.lstrip()
    for signature in _BINARY_SIGNATURES:
        if stripped.startswith(signature):
            return f"starts with the signature of a binary file ({signature[:8]!r})"
    if not head:
        return None
    controls = sum(head.count(byte) for byte in _CONTROL_BYTES)
    if b"\x00" in head and controls / len(head) > 0.01 or controls / len(head) > 0.10:
        return f"{controls} of the first {len(head)} bytes are control characters"
    return None


def _declared_encodings(body: bytes, content_type_header: str | None) -> list[str]:
    declared = [charset_from_content_type(content_type_header), declared_in_document(body)]
    return list(dict.fromkeys(name for name in declared if name))


def _codec_name(label: bytes | str) -> str | None:
    text = label.decode("ascii", errors="ignore") if isinstance(label, bytes) else label
    try:
        name = codecs.lookup(text.strip().lower()).name
    except LookupError:
        return None
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _ascii_compatible(name: str | None) -> str | None:
    """As in browsers, a document cannot declare itself UTF-16/32 from inside ASCII text."""
    if name and name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return name


def _strict_decode(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _is_non_ascii_utf8(body: bytes) -> bool:
    return not body.isascii() and _strict_decode(body, "utf-8") is not None


def _detect(body: bytes) -> str | None:
    best = charset_normalizer.from_bytes(body[:DETECTION_SAMPLE_BYTES]).best()
    if best is None:
        return None
    return _codec_name(best.encoding)
