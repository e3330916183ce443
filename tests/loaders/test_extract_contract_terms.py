"""A contract's terms that are a supply by one of its signers: "X signed a contract with Y,
under which it will deliver coal to the steelmaker's furnaces" is X's supply to Y, also
when the terms send the goods to a place ("to the Lund network": where Y takes them),
after Y's bracketed short name, without a comma, and for a service ("for which it will
handle ..."). Not a contract with no terms of supply.
Every text here was written for these tests."""

import pytest
from extract_candidates import firm_blind

from relgraph.loaders.extract.pipeline import extract_lines

X = "company:xx:kvarnby-kraft"
Y = "company:xx:lundavarme"


def _pairs(text):
    return {(firm_blind(c["source"]["id"]), firm_blind(c["target"]["id"]))
            for c in extract_lines(text.splitlines(), "t.txt").candidates
            if c["type"] == "SUPPLIES_TO"}


@pytest.mark.parametrize(("text", "pair"), [
    ("Kvarnby Kraft AB signed a ten-year contract with Lundavarme AB, under which it will "
     "deliver waste heat to the Lund network from 2028.", (X, Y)),
    ("Kvarnby Kraft AB, a utility in Malmo, signed a contract in May with Lundavarme AB "
     "under which it is to supply about 90 gigawatt hours a year to the buyer's boilers.",
     (X, Y)),
    ("Kvarnby Kraft AB signed a contract with Lundavarme AB (Lund), under which it will ship "
     "wood chips to the buyer's boilers.", (X, Y)),
    ("Kvarnby Kraft AB signed a contract with Lundavarme AB, for which it will handle "
     "the buyer's wood chips at Trelleborg.", (X, Y)),
])
def test_the_terms_are_a_supply_between_the_signers(text, pair):
    assert pair in _pairs(text)


@pytest.mark.parametrize("text", [
    # no terms of supply
    "Kvarnby Kraft AB signed a contract with Lundavarme AB, under which both will study a "
    "new pipe.",
    "Kvarnby Kraft AB signed a contract with Lundavarme AB on a joint study of heat storage.",
])
def test_no_supply_to_the_partner(text):
    assert (X, Y) not in _pairs(text)
