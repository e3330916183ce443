"""A region's or a town's government named by its own language's title, joined to its
place by English "of" or by the language's own particle ("the Gobernación of X", "the
Municipalidad de Y", "the Alcaldía de Z"): the place itself signs. On short texts
written for these tests."""

import pytest
from extract_candidates import pairs, party_ids

AGREEMENT = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text,side", [
    ("In 2019 the Gobernación of Cochabamba signed a memorandum with the Tarija region.",
     "region:bo:cochabamba"),
    ("In 2019 the Gobernacion de Cochabamba signed a memorandum with the Tarija region.",
     "region:bo:cochabamba"),
    ("The Junta of Extremadura signed an agreement on wildfires with Portugal's Alentejo.",
     "region:es:extremadura"),
])
def test_a_region_named_by_its_native_government(text, side):
    assert side in {a for a, _ in pairs(text, AGREEMENT)}


@pytest.mark.parametrize("text,want", [
    ("The Municipalidad de Iquique and the Alcaldía de Puno signed a cooperation agreement "
     "in 2012.", ("city:cl:iquique", "city:pe:puno")),
    ("In 2012 the Alcaldia de Puno signed a cooperation agreement with the Municipalidad "
     "de Iquique.", ("city:pe:puno", "city:cl:iquique")),
])
def test_a_town_named_by_its_native_government(text, want):
    assert pairs(text, AGREEMENT) == [want]


@pytest.mark.parametrize("text", [
    # the title alone names no place
    "The Gobernación hosted officials of Tarija at a fair in Salta.",
    # an English office of a place is no native title
    "The Office of Tarija hosted a fair in Salta.",
])
def test_a_native_title_without_its_place_names_none(text):
    assert not any(pid.startswith("region:bo:") for pid in party_ids(text))
