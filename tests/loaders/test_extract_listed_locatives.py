"""Every member of a list that "in" or "at" governs is a place where ("received 140,000
tonnes at A and B", "hectares of leased land in the A and B regions"), no maker or source
of the goods; makers and sources listed in the goods phrase stay. Sentences written for
these tests."""

import pytest
from extract_candidates import named_pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text", [
    "Bunge Iberica received 140,000 tonnes at Valencia and Bilbao.",
    "Bunge Iberica received 90,000 tonnes of maize at Valencia, Bilbao and Huelva.",
    "The Group cultivates 90,000 hectares of leased land in the Soria and Teruel"
    " regions.",
    "The Group farms 40,000 hectares of leased land in Soria and Teruel.",
])
def test_a_listed_place_after_in_or_at_is_no_source(text):
    assert named_pairs(text, S) == set()


@pytest.mark.parametrize("text,pair", [
    ("Mercadona received 60,000 tonnes at Leixoes and Aveiro from Bunge Iberica.",
     ("Bunge Iberica", "Mercadona")),
    ("Kraljevo bought 40 Ikarbus buses and 20 Tigar tyres.", ("Tigar", "Kraljevo")),
    ("Pirot bought tractors in Serbia and Bulgaria.", ("Serbia", "Pirot")),
])
def test_sources_and_makers_stay(text, pair):
    assert pair in named_pairs(text, S)
