""""A agreed with B to supply G", "A agreed with B on the supply of G": a planned supply
from A to B (``patterns.agreed_supplies``). Every text here was written for these tests."""

import pytest
from extract_candidates import candidates, firm_blind

S = "SUPPLIES_TO"


def _supplies(text):
    return {(firm_blind(c["source"]["id"]), firm_blind(c["target"]["id"]), c["status"])
            for c in candidates(text) if c["type"] == S}


@pytest.mark.parametrize(("text", "pair"), [
    ("The farmers' cooperative Lunca Verde agreed with Dunarea Trade SRL of Galati to "
     "supply 1,200 tonnes of plums.", ("company:xx:lunca-verde", "company:xx:dunarea-trade")),
    ("The Transmashholding company agreed with the Kazakhstan Temir Zholy national company "
     "on the supply of ten diesel locomotives.",
     ("company:xx:transmashholding", "company:xx:ktz")),
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
