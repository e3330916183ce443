"""Acronyms of goods ("LNG", "LPG", "CNG") before a facility, a vehicle or a ship name
no firm: the firm that runs or owns it is the party. Texts written for these tests."""

import pytest
from extract_candidates import pairs, party_ids

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text, supplier, recipient", [
    ("The LPG plant of Fjord Gas ships gas to Estonia.", "fjord-gas", "country:ee"),
    ("LNG carriers of Fjord Gas delivered cargoes to Finland.", "fjord-gas", "country:fi"),
    ("The LNG jetty run by Fjord Gas opened in 2019. Since then it supplied gas to "
     "Estonia.", "fjord-gas", "country:ee"),
])
def test_a_goods_acronym_before_a_facility_is_no_supplier(text, supplier, recipient):
    got = pairs(text, S)
    assert [(a.rsplit(":", 1)[-1], b) for a, b in got] == [(supplier, recipient)], got


@pytest.mark.parametrize("text", [
    "The LPG plant of Fjord Gas ships gas to Estonia.",
    "CNG buses made by Solaris were delivered to Tallinn.",
    "LNG carriers of Fjord Gas delivered cargoes to Finland.",
])
def test_no_party_is_named_after_a_goods_acronym(text):
    ids = party_ids(text)
    assert not any(i.endswith((":lng", ":lpg", ":cng")) for i in ids), ids
