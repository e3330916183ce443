"""A relative clause after a party and the country that locates it ("B in Croatia, with
which A signed ...") is about the party: the country only says where it is and signs
nothing. Sentences written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text,pair", [
    ("Somogy County also has its own partner regions, among them Zadar County in Croatia,"
     " with which it signed a cooperation agreement in 1994.",
     ("region:hr:zadar", "region:hu:somogy")),
    ("Somogy County is twinned with Zadar in Croatia, with which it signed a protocol on"
     " cycling routes in 2015.", ("city:hr:zadar", "region:hu:somogy")),
])
def test_the_located_party_signs_not_its_country(text, pair):
    got = undirected_id_pairs(text, A)
    assert pair in got
    assert not [p for p in got if "country:hr" in p]


def test_a_country_named_alone_before_the_pronoun_stays_the_antecedent():
    text = "Croatia, with which Hungary signed a treaty in 1995, is a neighbour."
    assert ("country:hr", "country:hu") in undirected_id_pairs(text, A)
