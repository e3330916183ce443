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
    ("Pskov Region and the Lithuanian border municipalities of Utena, Zarasai and "
     "Ignalina signed a protocol on cooperation in tourism.", A,
     [("region:ru:pskov", "city:lt:ignalina"), ("region:ru:pskov", "city:lt:utena"),
      ("region:ru:pskov", "city:lt:zarasai")]),
    ("Bryansk Region and the Ukrainian oblasts of Chernihiv and Zhytomyr signed a protocol "
     "on border trade.", A,
     [("region:ru:bryansk", "region:ua:chernihiv"), ("region:ru:bryansk", "region:ua:zhytomyr")]),
    ("Grodno Region and the Polish voivodeship of Podlaskie signed an agreement on transit.",
     A, [("region:by:grodno", "region:pl:podlaskie")]),
    ("Grodno and the Lithuanian towns of Alytus and Druskininkai have been twin towns "
     "since 1999.", T,
     [("city:by:grodno", "city:lt:alytus"), ("city:by:grodno", "city:lt:druskininkai")]),
])
def test_kind_word_members_are_parties(text, rel_type, expected):
    assert undirected_id_pairs(text, rel_type) == sorted(
        tuple(sorted(p)) for p in expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Amkodor supplies loaders to the Kazakh cities of Almaty, Shymkent and Aktobe.",
     {"city:kz:almaty", "city:kz:shymkent", "city:kz:aktobe"}),
    ("Belshina ships tyres to the Uzbek regions of Namangan and Bukhara.",
     {"region:uz:namangan", "region:uz:bukhara"}),
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
     "signing of an agreement between Kobrin and Lutsk.", A, "city:pl:chelm"),
    ("Mayors of the Lithuanian towns of Alytus and Marijampole watched as Grodno and "
     "Augustow signed a twinning charter.", T, "city:lt:alytus"),
])
def test_kind_word_lists_that_are_no_parties(text, rel_type, absent):
    assert not [p for p in undirected_id_pairs(text, rel_type) if absent in p]
