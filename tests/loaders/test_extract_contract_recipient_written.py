"""A contract "for the supply of G to B's marinas" between two firms: the one its goods
phrase names after "to" is supplied, whatever the words before the two say (a "fuel
distributor" may well be the supplier). Sentences written for these tests."""

import pytest
from extract_candidates import named_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text,pair", [
    ("Serbian fuel distributor Naftagas and the Montenegrin marina operator Porto Budva"
     " signed a five-year contract for the supply of fuel to Porto Budva's marinas in Kotor"
     " and Tivat.", ("Naftagas", "Porto Budva")),
    ("The distributor Naftagas and Porto Budva signed a contract for the supply of fuel to"
     " the marinas of Porto Budva.", ("Naftagas", "Porto Budva")),
    # the signer named after "to" buys from its partner
    ("Naftagas signed a contract with Porto Budva for the supply of fuel to Naftagas's"
     " refinery in Pancevo.", ("Porto Budva", "Naftagas")),
])
def test_the_side_written_after_to_is_supplied(text, pair):
    assert pair in named_pairs(text, S)
    assert pair[::-1] not in named_pairs(text, S)


@pytest.mark.parametrize("text,pair", [
    # no side after "to": the words before the two still decide
    ("Naftagas and the retail chain Idea signed a contract for the supply of fuel.",
     ("Naftagas", "Idea")),
    ("Naftagas signed a contract with Porto Budva for the supply of fuel to its marinas.",
     ("Naftagas", "Porto Budva")),
])
def test_without_a_side_after_to_the_reading_stays(text, pair):
    assert pair in named_pairs(text, S)
