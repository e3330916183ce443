"""A supply between two firms made under a contract, on sentences written for these tests:
"A supplied G to B under a supply contract concluded in 2022", "B buys G from A under
an assembly agreement signed in 2011" state the two firms' contract as well as the
supply (a signing between them). A contract with another partner, a programme, a bare
"under a contract" and a town supplied under a contract give the supply alone."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"
S = "SUPPLIES_TO"




@pytest.mark.parametrize("text,pair", [
    ("Gomselmash supplied 40 combines to Agrokombinat under a supply contract concluded in"
     " 2022.", ("company:by:gomselmash", "company:xx:agrokombinat")),
    ("Gomselmash delivered 40 combines to Agrokombinat under a leasing contract signed in"
     " May.", ("company:by:gomselmash", "company:xx:agrokombinat")),
    ("Belshina buys rubber from Sibur under its yearly supply contract for 2024.",
     ("company:by:belshina", "company:ru:sibur")),
])
def test_a_supply_between_firms_under_their_contract(text, pair):
    assert pairs(text, S) == [pair]
    assert pairs(text, A) == [pair]


@pytest.mark.parametrize("text", [
    # the contract's partner is another
    "Gomselmash delivered 40 combines to Agrokombinat under a contract with the ministry.",
    # no contract, or one the text neither signs nor names a supply
    "Gomselmash delivered 40 combines to Agrokombinat under the state programme.",
    "Gomselmash delivered 40 combines to Agrokombinat under a contract.",
    # a town supplied: the contract's signer is not written
    "The Kurgan Bus Plant sent 50 city buses to Samarkand, the first batch under a contract"
    " signed last year.",
    # the contract belongs to another clause
    "Gomselmash delivered 40 combines to Agrokombinat; the rest went under a supply contract"
    " signed in May.",
])
def test_the_supply_alone(text):
    assert pairs(text, A) == []
    assert len(pairs(text, S)) == 1
