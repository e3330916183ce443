"""A single unknown word after "the" (a river, a sea, a range: "the Drava") is no
partner: no firm is named so bare, and the gazetteer knows no such place. Texts written
for these tests."""

import pytest
from extract_candidates import pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text", [
    "Larissa signed a memorandum on a canal that would link its port with the Drava.",
    "Volos signed an agreement with the Drava on river tourism.",
])
def test_a_bare_word_after_the_is_no_partner(text):
    assert pairs(text, A) == [], pairs(text, A)


@pytest.mark.parametrize("text, partner", [
    ("Volos signed an agreement with Lamia on river tourism.", "city:gr:lamia"),
    # (a known place after "the" stays a party)
    ("Volos signed an agreement with the Lamia on river tourism.", "city:gr:lamia"),
])
def test_a_named_partner_stays(text, partner):
    assert [b for _a, b in pairs(text, A)] == [partner], pairs(text, A)
