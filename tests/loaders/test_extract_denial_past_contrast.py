"""A denial after a contrast belongs to its own clause: "A signed an agreement with B
in 2010 but has not concluded one with C" keeps A's signing with B and gives none with
C; a contrast that keeps the document as its subject ("... was drafted but has not been
signed") still denies it. Texts written for these tests."""

import pytest
from extract_candidates import pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize(("text", "signed", "denied"), [
    ("Lida signed an agreement with Alytus in 2010 but has not concluded one with Utena.",
     "alytus", "utena"),
    ("Pinsk concluded a memorandum with Kobryn in 2015 but has never signed anything "
     "with Stolin.", "kobrin", "stolin"),
    ("In 2018 Orsha adopted a road map with Smolensk, yet it has still not signed a "
     "protocol with Rudnya.", "smolensk", "rudnya"),
])
def test_a_signing_before_the_contrast_stands(text, signed, denied):
    got = pairs(text, A)
    assert any(signed in a + b for a, b in got), (text, got)
    assert not any(denied in a + b for a, b in got), (text, got)


@pytest.mark.parametrize("text", [
    "An agreement between Pinsk and Stolin was drafted but has not been signed.",
    "A road map between Orsha and Rudnya was discussed in 2019 but is still being "
    "negotiated.",
    "Lida has not concluded an agreement with Utena.",
])
def test_a_document_denied_in_its_own_clause_gives_nothing(text):
    assert pairs(text, A) == [], text
