"""One document, several signers, on sentences written for these tests: a list of signers
of a planned signing ("A, B and C are to sign ...") binds every two of them as a past one
does; a charter with a field of its own is a signed document; an organ named with its tier
("the provincial government of A and the county authorities of B") acts for its place;
one document signed with exactly two partners binds the partners to each other.
Near-misses: plural documents, a third partner, a twinning charter, one firm's name read
as two, a list with no signing verb."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text,expected", [
    # a planned signing by a list of three
    ("In autumn the mayors of Tartu, Kaunas and Vitebsk are to sign a memorandum on bicycle"
     " routes.",
     [("city:by:vitebsk", "city:ee:tartu"), ("city:by:vitebsk", "city:lt:kaunas"),
      ("city:ee:tartu", "city:lt:kaunas")]),
    ("Tartu, Kaunas and Vitebsk will conclude a protocol on river ferries next spring.",
     [("city:by:vitebsk", "city:ee:tartu"), ("city:by:vitebsk", "city:lt:kaunas"),
      ("city:ee:tartu", "city:lt:kaunas")]),
    # a charter on a field of its own
    ("In March Tartu and Kaunas signed a charter on student exchanges.",
     [("city:ee:tartu", "city:lt:kaunas")]),
    # organs named with their tier
    ("In 2021 the provincial government of Tartu and the county authorities of Kaunas"
     " signed a memorandum on flood control.",
     [("region:ee:tartu", "region:lt:kaunas")]),
    ("Tartu and the regional council of Kaunas signed a protocol on forestry.",
     [("region:ee:tartu", "region:lt:kaunas")]),
    # one document with two partners
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
    ("Tartu signed cooperation agreements with Kaunas and Vitebsk.",
     [("city:by:vitebsk", "city:ee:tartu"), ("city:ee:tartu", "city:lt:kaunas")]),
    # a third partner: a group of many, not bound pair by pair
    ("Tartu signed a memorandum with Kaunas, Vitebsk and Riga.",
     [("city:by:vitebsk", "city:ee:tartu"), ("city:ee:tartu", "city:lt:kaunas"),
      ("city:ee:tartu", "city:lv:riga")]),
    # a twinning charter stays the twinning's document
    ("In 1995 Tartu and Kaunas signed a charter on friendship.",
     [("city:ee:tartu", "city:lt:kaunas")]),
    # a list with no signing verb after it signs nothing
    ("Tartu, Kaunas and Vitebsk hosted a festival, and a memorandum on river transport"
     " followed.", []),
])
def test_near_misses(text, expected):
    assert pairs(text, A) == expected


def test_a_twinning_charter_is_no_field_charter():
    # (the twinning is read, not a second signing of a field)
    assert pairs("In 1995 Tartu and Kaunas signed a charter on friendship.",
                 "TWINNED_WITH") == [("city:ee:tartu", "city:lt:kaunas")]
