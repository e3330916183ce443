"""The owner of an event in a phrase of time ("shortly after Moldova's independence",
"soon after Latvia's accession") dates the relation and is no side of it. Texts written
for these tests."""

import pytest
from extract_candidates import pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text, pair", [
    ("Soon after Latvia's accession to the EU, Jelgava signed an agreement with Siauliai.",
     ("city:lv:jelgava", "city:lt:siauliai")),
    ("Jelgava signed an agreement with Siauliai after Lithuania's independence.",
     ("city:lv:jelgava", "city:lt:siauliai")),
])
def test_the_owner_of_a_dating_event_is_no_side(text, pair):
    assert pairs(text, A) == [pair], pairs(text, A)


@pytest.mark.parametrize("text, pair", [
    # (a relation noun after the possessive is the relation itself)
    ("Since Jelgava's twinning with Siauliai in 1995, Jelgava has signed an agreement with "
     "Siauliai.", ("city:lv:jelgava", "city:lt:siauliai")),
])
def test_a_possessive_before_a_relation_stays(text, pair):
    assert pair in pairs(text, A), pairs(text, A)
