"""A demonym before a kind of place and "of" ("the Brazilian state of Paraiba", "the
Japanese prefecture of Nagano") says whose the named place is; the demonym is no party
of its own. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

S = "SIGNED_AGREEMENT"


@pytest.mark.parametrize(("opening", "place"), [
    ("The Brazilian state of Paraiba", "region:br:paraiba"),
    ("The Japanese prefecture of Nagano", "region:jp:nagano"),
    ("The Mexican state of Sonora", "region:mx:sonora"),
    ("The Egyptian governorate of Aswan", "region:eg:aswan"),
])
def test_the_named_place_signs_not_its_country(opening, place):
    text = f"{opening} signed a cooperation agreement with Hebei Province in 2015.\n"
    found = pairs(text, S)
    assert (place, "region:cn:hebei") in found
    assert not any(a.startswith("country:") for a, _ in found)


@pytest.mark.parametrize(("partner", "place"), [
    ("the Brazilian state of Paraiba", "region:br:paraiba"),
    ("the Japanese prefecture of Nagano", "region:jp:nagano"),
    ("the Polish voivodeship of Opole", "region:pl:opole"),
])
def test_as_the_partner_too(partner, place):
    text = f"In 2015 Hebei Province signed a cooperation agreement with {partner}.\n"
    ids = {i for pair in pairs(text, S) for i in pair}
    assert place in ids and not any(i.startswith("country:") for i in ids)
