""""A agreed with B to supply G", "A agreed with B on the supply of G": a planned supply
from A to B (``patterns.agreed_supplies``). Every text here was written for these tests."""

import pytest
from extract_candidates import candidates, firm_blind

S = "SUPPLIES_TO"


def _supplies(text):
    return {(firm_blind(c["source"]["id"]), firm_blind(c["target"]["id"]), c["status"])
            for c in candidates(text) if c["type"] == S}


@pytest.mark.parametrize(("text", "pair"), [
    ("The growers' cooperative Fructe Nord agreed with Bucovina Fresh SRL of Suceava to "
     "supply 3,000 tonnes of apples.", ("company:xx:fructe-nord", "company:xx:bucovina-fresh")),
    ("The Ural Locomotives company agreed with the Kyrgyz Temir Zholu state enterprise on "
     "the supply of four electric locomotives.",
     ("company:xx:ural-locomotives", "company:xx:kyrgyz-railways")),
    ("In May Belshina has agreed with Agromash LLP in Kostanay to deliver 9,000 tyres.",
     ("company:xx:belshina", "company:xx:agromash")),
])
def test_agreed_to_supply_is_a_planned_supply(text, pair):
    assert (*pair, "planned") in _supplies(text)


@pytest.mark.parametrize("text", [
    "Gomselmash agreed with Agromash LLP to study the market.",
    "Belshina agreed with Agromash LLP that prices would stay the same.",
    "Gomselmash did not agree with Agromash LLP on the supply of combines.",
])
def test_no_supply_agreed(text):
    assert _supplies(text) == set()
