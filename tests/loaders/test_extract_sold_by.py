"""A passive selling verb whose subject is one party's goods ("our products are sold by the
chains A, B and C", "MTZ tractors are sold by Agromash"): the sellers resell those goods,
so the owner supplies each of them (``supplies._owned_goods``). An agent that sells goods
of nobody named, or sells them on to a named recipient, is the supplier as before. Every
text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "pairs"), [
    ("SAULE BAKERY\nAnnual report\n\nIn the Nordic countries our bread is sold by the "
     "grocery chains ICA, Coop and Netto.",
     {("company:xx:saule-bakery", "company:xx:ica"),
      ("company:xx:saule-bakery", "company:xx:coop"),
      ("company:xx:saule-bakery", "company:xx:netto")}),
    ("In Kazakhstan, MTZ tractors are sold by Agromash LLP.",
     {("company:xx:mtz", "company:xx:agromash")}),
    ("Gomselmash exports combines. Its harvesters are resold in Serbia by Agrokor Trade LLC.",
     {("company:xx:gomselmash", "company:xx:agrokor-trade")}),
])
def test_the_owner_supplies_the_seller(text, pairs):
    found = blind_pairs(text, S)
    assert pairs <= found
    assert not {(b, a) for a, b in pairs} & found


@pytest.mark.parametrize(("text", "pair"), [
    # goods of nobody named, sold on to a recipient: the agent supplies it
    ("Tractors were sold by MTZ to Kenya.", ("company:xx:mtz", "country:ke")),
    ("In 2023 forty buses were sold by MAZ to the city of Tula.",
     ("company:xx:maz", "city:ru:tula")),
])
def test_an_agent_that_sells_on_supplies(text, pair):
    assert pair in blind_pairs(text, S)
