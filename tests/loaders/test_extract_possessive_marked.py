"""A country's possessive before a place whose name opens with a marked capital
("Slovakia's Trenčín Region", "Poland's Łódź") only locates the place: the country is no
part of its name. Every text here was written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs


@pytest.mark.parametrize("text, rel_type, pair", [
    ("The Opole Voivodeship signed an agreement with Slovakia's Trenčín Region.",
     "SIGNED_AGREEMENT", ("region:pl:opole", "region:sk:trencin")),
    ("Olomouc has been twinned with Slovakia's Trenčín since 1995.", "TWINNED_WITH",
     ("city:cz:olomouc", "city:sk:trencin")),
    ("Poland's Łódź signed a memorandum with Olomouc.", "SIGNED_AGREEMENT",
     ("city:cz:olomouc", "city:pl:lodz")),
])
def test_a_possessive_country_before_a_marked_capital_locates_the_place(text, rel_type, pair):
    assert pair in undirected_id_pairs(text, rel_type)
