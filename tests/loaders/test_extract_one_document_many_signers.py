"""One document, several signers, on sentences written for these tests: an organ named
with its tier ("the provincial government of A and the county authorities of B") acts
for its place in a list of signers; one document signed with exactly two partners binds
the partners to each other where the sentence marks its three sides ("with B and with
C", "committing the three signatories"). Near-misses: plural documents, a third partner,
a bare "with B and C", one firm's name read as two, an organ word with no tier."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text,expected", [
    # organs named with their tier
    ("In 2021 the provincial government of Tartu and the county authorities of Kaunas"
     " signed a memorandum on flood control.",
     [("region:ee:tartu", "region:lt:kaunas")]),
    ("Tartu and the regional council of Kaunas signed a protocol on forestry.",
     [("region:ee:tartu", "region:lt:kaunas")]),
    ("Last May the municipal administration of Tartu and the departmental authorities of"
     " Kaunas signed a cooperation programme.",
     [("city:ee:tartu", "city:lt:kaunas")]),
    # one document with two partners, its three sides marked
    ("In 2017 Tartu signed an amended convention with Kaunas and with Vitebsk on rail"
     " links.",
     [("city:by:vitebsk", "city:ee:tartu"), ("city:by:vitebsk", "city:lt:kaunas"),
      ("city:ee:tartu", "city:lt:kaunas")]),
    ("In 2019 Tartu signed a ferry protocol with Kaunas and Vitebsk, committing the three"
     " towns to one fare.",
     [("city:by:vitebsk", "city:ee:tartu"), ("city:by:vitebsk", "city:lt:kaunas"),
      ("city:ee:tartu", "city:lt:kaunas")]),
])
def test_every_signer_of_one_document_pairs(text, expected):
    assert pairs(text, A) == expected


@pytest.mark.parametrize("text,expected", [
    # plural documents: as often one with each partner
    ("Tartu signed cooperation agreements with Kaunas and with Vitebsk, all three"
     " ports.",
     [("city:by:vitebsk", "city:ee:tartu"), ("city:ee:tartu", "city:lt:kaunas")]),
    # a third partner: a group of many, not bound pair by pair
    ("Tartu signed a memorandum with Kaunas, Vitebsk and Riga, binding the three to it.",
     [("city:by:vitebsk", "city:ee:tartu"), ("city:ee:tartu", "city:lt:kaunas"),
      ("city:ee:tartu", "city:lv:riga")]),
    # a bare "with B and C": as often two bilateral signings
    ("Tartu signed a cooperation agreement with Kaunas and Vitebsk in 2024.",
     [("city:by:vitebsk", "city:ee:tartu"), ("city:ee:tartu", "city:lt:kaunas")]),
])
def test_near_misses(text, expected):
    assert pairs(text, A) == expected
