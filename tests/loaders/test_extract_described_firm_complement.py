"""A firm's description after its name places it even when it says what the firm has
("X, a Tudela mill with 60 workers,") or calls it a start-up ("Y, a Segovia start-up,"):
the place in it is no supplier. Texts written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text, supplier", [
    ("Harinas Ebro S.L., a Tudela mill with 60 workers, delivers flour to Bordeaux.",
     "harinas-ebro"),
    ("Harinas Ebro S.L., a Tudela mill with a new kiln, delivers flour to Bordeaux.",
     "harinas-ebro"),
    ("Sol Verde S.L., a Segovia start-up, will supply solar panels to Bordeaux.", "sol-verde"),
    ("Sol Verde S.L., a Segovia startup, will supply solar panels to Bordeaux.", "sol-verde"),
])
def test_the_place_of_a_described_firm_is_no_supplier(text, supplier):
    got = pairs(text, S)
    assert [a.rsplit(":", 1)[-1] for a, _b in got] == [supplier], got
    assert all(b == "city:fr:bordeaux" for _a, b in got), got


def test_a_partner_named_after_with_is_not_taken_for_the_description():
    # (a capitalised name after "with" is no part of what the firm has)
    text = "Harinas Ebro S.L., a Tudela mill with Bordeaux buyers, delivers flour to Lyon."
    got = pairs(text, S)
    assert [(a.rsplit(":", 1)[-1], b) for a, b in got] == [("harinas-ebro", "city:fr:lyon")], got
