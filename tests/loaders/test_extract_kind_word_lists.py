"""A list's members introduced by their kind word, singular or plural, with a demonym and
a description before it ("A and the Lithuanian border municipalities of B, C and D
signed", "to the Kazakh cities of B and C"): every member is a party, for each relation
type (``coordination.LIST_KIND_OF``, ``supplies._TO_IN``). A country after the kind word
("the regions of Kazakhstan") is no member. Every text here was written for these
tests."""

import pytest
from extract_candidates import pairs, undirected_id_pairs

T, A, S = "TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "rel_type", "expected"), [
    ("Vitebsk Region and the Lithuanian border municipalities of Utena, Zarasai and "
     "Ignalina signed a protocol on cooperation in tourism.", A,
     [("region:by:vitebsk", "city:lt:ignalina"), ("region:by:vitebsk", "city:lt:utena"),
      ("region:by:vitebsk", "city:lt:zarasai")]),
    ("Gomel Region and the Ukrainian oblasts of Chernihiv and Zhytomyr signed a protocol "
     "on border trade.", A,
     [("region:by:gomel", "region:ua:chernihiv"), ("region:by:gomel", "region:ua:zhytomyr")]),
    ("Brest Region and the Polish voivodeship of Lublin signed an agreement on transit.", A,
     [("region:by:brest", "region:pl:lublin")]),
    ("Grodno and the Lithuanian towns of Alytus and Druskininkai have been twin towns "
     "since 1999.", T,
     [("city:by:grodno", "city:lt:alytus"), ("city:by:grodno", "city:lt:druskininkai")]),
])
def test_kind_word_members_are_parties(text, rel_type, expected):
    assert undirected_id_pairs(text, rel_type) == sorted(
        tuple(sorted(p)) for p in expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("MAZ supplies buses to the Kazakh cities of Almaty, Shymkent and Karaganda.",
     {"city:kz:almaty", "city:kz:shymkent", "city:kz:karagandy"}),
    ("Belshina ships tyres to the Uzbek regions of Samarkand and Bukhara.",
     {"region:uz:samarkand", "region:uz:bukhara"}),
    ("Gomselmash sold combines to the Czech district of Olomouc.", {"region:cz:olomouc"}),
])
def test_supplies_reach_kind_word_members(text, expected):
    assert {b for _, b in pairs(text, S)} == expected


@pytest.mark.parametrize(("text", "rel_type", "absent"), [
    # the country the regions are of is no co-signer
    ("Omsk Region and the regions of Kazakhstan signed agreements on trade.", A,
     "country:kz"),
    # towns whose delegations only attend
    ("Delegations from the Polish towns of Chelm, Zamosc and Hrubieszow attended the "
     "signing of an agreement between Brest and Lutsk.", A, "city:pl:chelm"),
    ("Mayors of the Lithuanian towns of Alytus and Marijampole watched as Grodno and "
     "Augustow signed a twinning charter.", T, "city:lt:alytus"),
])
def test_kind_word_lists_that_are_no_parties(text, rel_type, absent):
    assert not [p for p in undirected_id_pairs(text, rel_type) if absent in p]
