"""A document a twinned pair means to make ("A and B, twinned since 1993, agreed to draw
up a protocol on ..."): the twinning in the apposition held already, the document is a
signing of its own, not the twinning's charter. A charter of the twinning itself ("a new
twinning charter", "a friendship agreement") is the planned signing of that charter. Every
text here was written for these tests."""

import pytest
from extract_candidates import candidates, pairs

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"


@pytest.mark.parametrize("text, pair", [
    ("Floods.\n\nOpole and Lutsk, twinned since 1993, agreed to draw up a protocol on "
     "flood protection.", ("city:pl:opole", "city:ua:lutsk")),
    ("Floods.\n\nNarva and Ivangorod, twin towns since 1995, decided to draw up a road "
     "map on the bridge.", ("city:ee:narva", "city:ru:ivangorod")),
])
def test_a_planned_document_of_a_twinned_pair_is_a_signing(text, pair):
    assert pair in pairs(text, A)
    assert pair in pairs(text, T)


@pytest.mark.parametrize("text, pair", [
    ("Floods.\n\nOpole and Lutsk, twinned since 1993, agreed to draw up a new twinning "
     "charter.", ("city:pl:opole", "city:ua:lutsk")),
    ("Floods.\n\nNarva and Ivangorod, twin towns since 1995, agreed to draw up a "
     "friendship agreement.", ("city:ee:narva", "city:ru:ivangorod")),
])
def test_the_twinnings_own_charter_is_its_planned_signing(text, pair):
    signed = [(r["source"]["id"], r["target"]["id"], r["status"], r["rule"])
              for r in candidates(text) if r["type"] == A]
    assert signed == [(*pair, "planned", "twinning document")]
    assert pair in pairs(text, T)
