"""A sentence that opens on "It"/"They" and states a twinning or an agreement of the party
the text spoke of: every partner of its list is paired with that party."""
from __future__ import annotations

import pytest

from relgraph.loaders.extract.pipeline import extract_text


def pairs(text: str, rel: str) -> set[tuple[str, str]]:
    return {(c["source"]["id"], c["target"]["id"]) for c in extract_text(text).candidates
            if c["type"] == rel}


@pytest.mark.parametrize("text, rel, want", [
    ("Brest is a border city. It is twinned with Terespol, Kalisz and Lublin.",
     "TWINNED_WITH", {("city:by:brest", "city:pl:terespol"), ("city:by:brest", "city:pl:kalisz"),
                      ("city:by:brest", "city:pl:lublin")}),
    ("Lida and Pinsk are small towns. They have been twinned with Alytus since 2001.",
     "TWINNED_WITH", {("city:by:lida", "city:lt:alytus"), ("city:by:pinsk", "city:lt:alytus")}),
    ("Brest is a border city. It has agreements with Terespol, Kalisz and Lublin.",
     "SIGNED_AGREEMENT", {("city:by:brest", "city:pl:terespol"),
                          ("city:by:brest", "city:pl:kalisz"),
                          ("city:by:brest", "city:pl:lublin")}),
    ("The Gomel Region borders Russia. It has cooperation agreements with the Bryansk Region "
     "and the Smolensk Region.",
     "SIGNED_AGREEMENT", {("region:by:gomel", "region:ru:bryansk"),
                          ("region:by:gomel", "region:ru:smolensk")}),
    ("Vitebsk has many partners. It has also signed agreements with Pskov and Smolensk.",
     "SIGNED_AGREEMENT", {("city:by:vitebsk", "city:ru:pskov"),
                          ("city:by:vitebsk", "city:ru:smolensk")}),
])
def test_it_or_they_opening_a_sentence_is_the_party_spoken_of(text, rel, want):
    assert pairs(text, rel) == want


@pytest.mark.parametrize("text", [
    # an expletive "it" names no one
    "Brest is a border city. It is important to develop ties with Terespol.",
    "Brest is a border city. It is likely that agreements with Terespol will follow.",
])
def test_an_expletive_it_makes_no_relation(text):
    assert pairs(text, "SIGNED_AGREEMENT") == set() and pairs(text, "TWINNED_WITH") == set()
