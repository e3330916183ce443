"""A twinning's partner followed by a relative clause whose subject is the other twin
and which signs a document of the partnership ("twinned with B, with which it signed a
friendship charter in 2009") is also the pair's signing
(``twin_documents._signed_with_which``)."""

import pytest
from extract_candidates import pairs

A, T = "SIGNED_AGREEMENT", "TWINNED_WITH"
HARLOW, VIGO, BREMER = "city:gb:harlow", "city:es:vigo", "city:de:bremerhaven"


def _signed(text):
    return {frozenset(p) for p in pairs(text, A)}


@pytest.mark.parametrize("text", [
    "Harlow is twinned with Vigo, with which it signed a friendship charter in 2009.",
    "Harlow has been a sister city of Vigo, with which the town concluded a partnership "
    "protocol in 2009.",
    "The sister cities of Harlow include Bremerhaven and the Spanish port of Vigo, with "
    "which the town signed a friendship protocol in 2009.",
    "Harlow is twinned with Vigo (Spain), with which it also signed a cooperation "
    "agreement.",
])
def test_the_relative_signing_after_a_twin_partner(text):
    assert frozenset({HARLOW, VIGO}) in _signed(text)
    assert frozenset({HARLOW, VIGO}) in {frozenset(p) for p in pairs(text, T)}


@pytest.mark.parametrize("text", [
    # the relative clause does something else than sign
    "Harlow is twinned with Vigo, with which it has traded since 2003.",
    "Harlow is twinned with Vigo, with which it exchanges pupils every summer.",
])
def test_no_signing_without_a_document_signed(text):
    assert frozenset({HARLOW, VIGO}) not in _signed(text)


def test_only_the_partner_before_the_relative_clause():
    text = ("The sister cities of Harlow include Bremerhaven and the Spanish port of Vigo, "
            "with which the town signed a friendship protocol in 2009.")
    assert frozenset({HARLOW, BREMER}) not in _signed(text)
