"""A dated charter in brackets right after a twin partner ("twinned with B (friendship
charter, 1995)") is that pair's signing too (``twin_documents._bracketed_charter``)."""

import pytest
from extract_candidates import pairs

A = "SIGNED_AGREEMENT"
HARLOW, VIGO, LILLE = "city:gb:harlow", "city:es:vigo", "city:fr:lille"


def _signed(text):
    return {frozenset(p) for p in pairs(text, A)}


@pytest.mark.parametrize("text", [
    "Harlow has been twinned with Vigo since 2001 (friendship charter, 2003).",
    "- the town of Harlow - twinned with Lille since 1978, and with Vigo (friendship "
    "charter, 1995);",
    "Harlow is a sister city of Vigo (partnership charter signed in 2006).",
])
def test_a_dated_charter_in_brackets_is_signed(text):
    assert frozenset({HARLOW, VIGO}) in _signed(text)


@pytest.mark.parametrize("text", [
    # no date: the charter may be only meant
    "Harlow is twinned with Vigo (friendship charter in preparation).",
    # a year in brackets alone is no document
    "Harlow is twinned with Vigo (Spain, 2004).",
])
def test_no_signing_without_a_dated_charter(text):
    assert frozenset({HARLOW, VIGO}) not in _signed(text)


def test_the_charter_is_the_bracketed_partners_only():
    text = ("- the town of Harlow - twinned with Lille since 1978, and with Vigo (friendship "
            "charter, 1995);")
    assert frozenset({HARLOW, LILLE}) not in _signed(text)
