"""A relative clause after a party and the country that locates it ("B in Czechia, with
which A signed ...") is about the party: the country only says where it is and signs
nothing. Sentences written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text,pair", [
    ("Opole Voivodeship keeps partner regions abroad too, among them Olomouc Region in"
     " Czechia, with which it signed a cooperation agreement back in 1997.",
     ("region:cz:olomouc", "region:pl:opole")),
    ("Opole Voivodeship is twinned with Olomouc in Czechia, with which it signed a protocol"
     " on cycling routes in 2015.", ("city:cz:olomouc", "region:pl:opole")),
])
def test_the_located_party_signs_not_its_country(text, pair):
    got = undirected_id_pairs(text, A)
    assert pair in got
    assert not [p for p in got if "country:cz" in p]


def test_a_country_named_alone_before_the_pronoun_stays_the_antecedent():
    text = "Czechia, with which Poland signed a treaty in 1991, is a neighbour."
    assert ("country:cz", "country:pl") in undirected_id_pairs(text, A)
