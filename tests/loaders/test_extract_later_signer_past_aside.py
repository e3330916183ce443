"""The own signer of a later clause after "A and B signed ...": past an aside on what it
did before ("C, having turned down a twinning with D, is now expected to conclude an
agreement with E") and with its signing still to come ("is to sign", "is expected to
conclude"). Sentences written for these tests. A twinning the aside says was turned
down ties nobody."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"

_FIRST = "Kalisz and Rivne will sign a bus agreement in 2025, and Zamosc, "


@pytest.mark.parametrize("aside,verb", [
    ("having turned down a twinning with Rivne", "is now expected to conclude"),
    ("having rejected a twinning with Rivne", "is expected to conclude"),
    ("after years of talks", "is now to sign"),
])
def test_the_later_clause_signs_with_its_own_subject(aside, verb):
    text = (_FIRST + aside + ", " + verb + " a friendship treaty with Lutsk on the"
            " Ukrainian side of the Bug in the spring.")
    signed = pairs(text, A)
    assert ("city:pl:zamosc", "city:ua:lutsk") in signed
    assert ("city:pl:kalisz", "city:ua:lutsk") not in signed


@pytest.mark.parametrize("aside", [
    "having turned down a twinning with Rivne",
    "having rejected a twinning with Rivne",
])
def test_a_twinning_turned_down_ties_nobody(aside):
    text = (_FIRST + aside + ", is now expected to conclude a friendship treaty with"
            " Lutsk on the Ukrainian side of the Bug in the spring.")
    assert ("city:pl:zamosc", "city:ua:rivne") not in pairs(text, T)
    assert ("city:pl:kalisz", "city:ua:rivne") not in pairs(text, T)


@pytest.mark.parametrize("later", [
    "is now expected to conclude a friendship treaty with Lutsk in the spring.",
    "is to sign a partnership charter with Kovel next year.",
])
def test_a_twin_word_that_paired_nobody_leaves_the_next_one_its_reading(later):
    # (the aside's twinning pairs nobody; the later clause's own twin word still reads)
    text = _FIRST + "having turned down a twinning with Rivne, " + later
    partner = "city:ua:lutsk" if "Lutsk" in later else "city:ua:kovel"
    assert ("city:pl:zamosc", partner) in pairs(text, A)
    assert ("city:pl:zamosc", "city:ua:rivne") not in pairs(text, T)
