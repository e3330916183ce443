"""A contract "for the supply of G to B's marinas" between two firms: the one its goods
phrase names after "to" is supplied, whatever the words before the two say (a "fuel
distributor" may well be the supplier). Sentences written for these tests."""

import pytest
from extract_candidates import named_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text,pair", [
    ("The Serbian fuel distributor Naftagas and the Montenegrin port operator Luka Bar"
     " have concluded a three-year contract for the supply of marine diesel to Luka Bar's"
     " marinas in Bar and Ulcinj.", ("Naftagas", "Luka Bar")),
    ("The distributor Naftagas and Luka Bar signed a contract for the supply of fuel to"
     " the marinas of Luka Bar.", ("Naftagas", "Luka Bar")),
    # the signer named after "to" buys from its partner
    ("Naftagas signed a contract with Luka Bar for the supply of fuel to Naftagas's"
     " refinery in Pancevo.", ("Luka Bar", "Naftagas")),
])
def test_the_side_written_after_to_is_supplied(text, pair):
    assert pair in named_pairs(text, S)
    assert pair[::-1] not in named_pairs(text, S)


@pytest.mark.parametrize("text,pair", [
    # no side after "to": the words before the two still decide
    ("Naftagas and the retail chain Idea signed a contract for the supply of fuel.",
     ("Naftagas", "Idea")),
    ("Naftagas signed a contract with Luka Bar for the supply of fuel to its marinas.",
     ("Naftagas", "Luka Bar")),
])
def test_without_a_side_after_to_the_reading_stays(text, pair):
    assert pair in named_pairs(text, S)
