"""A friendship agreement between whole regions is their agreement, no twinning, for
the clause reader as for the patterns: a row "A Region and B Region - a friendship
agreement signed in 2009" is a signing. Between towns the same row stays the twinning
with its charter. Every text here was written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"


@pytest.mark.parametrize("text, pair", [
    ("- Uusimaa Region and Pirkanmaa Region – a friendship agreement signed in 2009;",
     ("region:fi:pirkanmaa", "region:fi:uusimaa")),
    ("- Uusimaa Region and the Pskov Region – a friendship agreement signed in 2009;",
     ("region:fi:uusimaa", "region:ru:pskov")),
])
def test_regions_sign_a_friendship_agreement(text, pair):
    assert pairs(text, A) == [pair]


@pytest.mark.parametrize("text", [
    "- Turku and Tartu – a friendship agreement signed in 2009;",
])
def test_towns_keep_the_twinning_and_its_charter(text):
    pair = ("city:ee:tartu", "city:fi:turku")
    assert pairs(text, T) == [pair]
    assert pairs(text, A) == [pair]


@pytest.mark.parametrize("text", [
    "- Uusimaa Region and the Pskov Region – talks on a friendship agreement in 2009;",
])
def test_no_signing(text):
    assert pairs(text, A) == []
