"""A singular reference ("it", "its", "the city", "the company", "the region") after a
subject that joins two parties of its kind ("A and B are old mill towns."): either may
be meant, so it stays unresolved, unless the other side of the relation or a country
the reference states leaves only one of them. Texts written for these tests."""

import pytest
from extract_candidates import blind_pairs, pairs, undirected_id_pairs

T, A, S = "TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"
TOWNS = "Kalisz and Heerlen are old industrial towns. "
YARDS = "Crist Shipyard and Remontowa Shipbuilding had a record year. "
REGIONS = "The Opole Voivodeship and the Lublin Voivodeship are large farming regions. "


@pytest.mark.parametrize("text, rel", [
    (TOWNS + "The city is twinned with Hamm.", T),
    (TOWNS + "It is twinned with Hamm.", T),
    (TOWNS + "In 2005 the city signed a partnership agreement with Hamm.", A),
    (REGIONS + "The region signed an agreement with the Grodno Region in 2010.", A),
    (YARDS + "It delivered a ferry to Fjord Line.", S),
    (YARDS + "The company delivered a ferry to Fjord Line.", S),
    (YARDS + "Its largest customer was Fjord Line.", S),
])
def test_a_singular_reference_after_two_of_its_kind_pairs_nobody(text, rel):
    assert pairs(text, rel) == [], pairs(text, rel)


@pytest.mark.parametrize("text, rel, want", [
    # one subject: the reference is it
    ("Kalisz is an old industrial town. The city is twinned with Hamm.", T,
     [("city:de:hamm", "city:pl:kalisz")]),
    ("Kalisz is an old industrial town. In 2005 the city signed a partnership agreement "
     "with Hamm.", A, [("city:de:hamm", "city:pl:kalisz")]),
    # the country the reference states singles one out
    (TOWNS + "The Dutch city is twinned with Hamm.", T, [("city:de:hamm", "city:nl:heerlen")]),
    # the other side is one of the two: the reference is the other
    ("In 2019 Kalisz and Hamm signed a memorandum on schools; the city sent two buses to "
     "Hamm in 2020.", S, [("city:de:hamm", "city:pl:kalisz")]),
    # a region does not sign with a region of its own country: the one of another
    ("In 2019 the Opole Voivodeship and the Grodno Region signed a programme of "
     "cooperation. An agreement with the Brest Region followed in 2021.", A,
     [("region:by:brest", "region:pl:opole"), ("region:by:grodno", "region:pl:opole")]),
    ("In 2019 the Opole Voivodeship and the Grodno Region signed a programme of "
     "cooperation. An agreement with the Lublin Voivodeship followed in 2021.", A,
     [("region:by:grodno", "region:pl:lublin"), ("region:by:grodno", "region:pl:opole")]),
])
def test_a_reference_with_one_fitting_antecedent_resolves(text, rel, want):
    assert undirected_id_pairs(text, rel) == want, undirected_id_pairs(text, rel)


@pytest.mark.parametrize("text, want", [
    # "they" means both
    (YARDS + "They delivered ferries to Fjord Line.",
     {("company:xx:crist-shipyard", "company:xx:fjord-line"),
      ("company:xx:remontowa-shipbuilding", "company:xx:fjord-line")}),
    # a name and its acronym in apposition are one subject, not two
    ("The Lida Tractor Plant, LTP, repairs tractors. It has just delivered 40 tractors to "
     "Kazakhstan.", {("company:xx:lida-tractor-plant", "country:kz")}),
])
def test_plural_references_and_appositions_are_not_ambiguous(text, want):
    assert blind_pairs(text) == want, blind_pairs(text)
