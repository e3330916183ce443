"""The partner of a contract "for the supply of G to C" ("A new contract was signed in
October with B for the supply of cheese to customers in C") is no supplier of C: the
signer is (``supplies._DEAL_WITH``). Every text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "partner"), [
    ("A new contract was signed in October with Kaasland B.V. of Rotterdam for the supply of "
     "block cheese to food-service customers in the Netherlands and Belgium.",
     "company:xx:kaasland"),
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
