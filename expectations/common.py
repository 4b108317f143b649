"""Expectations several suites share, so each is worded (and rendered) the same way."""

from __future__ import annotations

from expectations.gx import gxe

SOMETHING_VISIBLE = r"\S"


def keys_present_and_unique(column: str) -> list[gxe.Expectation]:
    return [
        gxe.ExpectColumnValuesToNotBeNull(column=column),
        gxe.ExpectColumnValuesToBeUnique(column=column),
    ]


def url_shape(column: str, pattern: str) -> gxe.Expectation:
    return gxe.ExpectColumnValuesToMatchRegex(
        column=column,
        regex=pattern,
        notes="An http(s) URL with a host, or a file:// URI for a local document.",
    )


def not_blank(column: str) -> list[gxe.Expectation]:
    return [
        gxe.ExpectColumnValuesToNotBeNull(column=column),
        gxe.ExpectColumnValuesToMatchRegex(
            column=column, regex=SOMETHING_VISIBLE, notes="Not empty, not only whitespace."
        ),
    ]


def reference_found(flag_column: str, reference: str, parent: str) -> gxe.Expectation:
    """``flag_column`` holds whether ``reference`` names a ``parent`` row (``None``: no reference)."""
    return gxe.ExpectColumnValuesToBeInSet(
        column=flag_column,
        value_set=[True],
        notes=f"True when {reference} names {parent} of this batch or of the warehouse.",
    )


def article_found() -> gxe.Expectation:
    return reference_found("article_found", "article_id", "an article")
