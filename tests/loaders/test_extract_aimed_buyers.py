"""Finding buyers as an aim or a service is no supply: "an office that helps Minsk
firms find buyers in Lithuania", "dairies are trying to find customers in Latvia"
(``frames._AIMED``). Buyers found, or help given in the past, stay a supply. Every
text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text", [
    "We opened an office in Vilnius that helps Minsk firms find buyers in Lithuania.",
    "Grodno dairies are trying to find customers in Latvia.",
    "The chamber runs a desk helping Brest joiners to find clients in Poland.",
])
def test_buyers_sought_are_no_supply(text):
    assert not blind_pairs(text, S)


@pytest.mark.parametrize(("text", "pair"), [
    ("Minsk firms found buyers in Lithuania last year.", ("city:by:minsk", "country:lt")),
    ("The fair helped Grodno dairies find buyers in Latvia.",
     ("city:by:grodno", "country:lv")),
    ("Grodno cheese has found buyers in Latvia.", ("city:by:grodno", "country:lv")),
])
def test_buyers_found_stay(text, pair):
    assert pair in blind_pairs(text, S)
