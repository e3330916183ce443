"""The partner of a contract "for the supply of G to C" ("A contract was concluded in
April with B for the supply of berries to buyers in C") is no supplier of C: the
signer is (``supplies._DEAL_WITH``). Every text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "partner"), [
    ("A fresh contract was concluded in April with Nordfrukt AB of Malmo for the supply of "
     "frozen berries to hotel kitchens in Sweden and Denmark.",
     "company:xx:nordfrukt"),
    ("A contract was concluded with Agro Trade LLC for the supply of seed to farms in Moldova.",
     "company:xx:agro-trade"),
])
def test_the_partner_supplies_nobody(text, partner):
    assert not [p for p in blind_pairs(text, S) if p[0] == partner]


@pytest.mark.parametrize(("text", "pair"), [
    ("Belshina signed a contract with Agromash LLP for the supply of tyres to BelAZ.",
     ("company:xx:belshina", "company:xx:belaz")),
    ("Belshina signed a contract with Agromash LLP to supply tyres to BelAZ.",
     ("company:xx:belshina", "company:xx:belaz")),
    ("Agro Trade LLC supplies seed to farms in Moldova.", ("company:xx:agro-trade", "country:md")),
])
def test_the_signer_or_subject_supplies(text, pair):
    assert pair in blind_pairs(text, S)
