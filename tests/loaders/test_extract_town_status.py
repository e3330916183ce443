"""A town's legal status written after its name ("X City of County Rank", "X Statutory
City", "X Urban Municipality") is the town X, not a region or a firm named so: in a
sentence, and as the letterhead of the town's own page of twins. Every text here was
written for these tests."""

import pytest
from extract_candidates import id_pair_set, pairs_with, undirected_id_pairs


@pytest.mark.parametrize("text, pair", [
    ("Győr City of County Rank signed a memorandum with Ingolstadt.",
     ("city:de:ingolstadt", "city:hu:gyor")),
    ("Olomouc Statutory City signed a memorandum with Opole.",
     ("city:cz:olomouc", "city:pl:opole")),
    ("Kranj Urban Municipality signed a memorandum with Villach.",
     ("city:at:villach", "city:si:kranj")),
])
def test_a_town_status_after_its_name_is_the_town(text, pair):
    assert pair in undirected_id_pairs(text, "SIGNED_AGREEMENT")


PAGE = ("Sopron Megyei Jogú Város - Sopron City of County Rank\n"
        "Home > The City > Twin towns\n"
        "\n"
        "Twin towns\n"
        "\n"
        "Eisenstadt (Austria) - since 1993\n"
        "The two towns share a wine festival every autumn.\n")


def test_a_town_status_letterhead_is_the_pages_town():
    assert id_pair_set(PAGE) == pairs_with("city:hu:sopron", "city:at:eisenstadt")


def test_a_status_word_alone_keeps_a_region_a_region():
    # ("County" of a county's own name: no town's status)
    got = undirected_id_pairs("Győr-Moson-Sopron County signed a memorandum with Burgenland.",
                              "SIGNED_AGREEMENT")
    assert got and all(not i.startswith("city:") for pair in got for i in pair), got


@pytest.mark.parametrize("text, rel_type, pair", [
    ("In 2019 the urban district of Mytishchi and the city of Kalinkovichi signed an "
     "agreement on twinning.", "TWINNED_WITH", ("city:by:kalinkovichi", "city:ru:mytishchi")),
    ("The urban district of Khimki signed a cooperation agreement with Kalinkovichi.",
     "SIGNED_AGREEMENT", ("city:by:kalinkovichi", "city:ru:khimki")),
])
def test_an_urban_district_of_a_town_is_the_town(text, rel_type, pair):
    # (a Russian town's own status, "gorodskoy okrug", as translated)
    assert pair in undirected_id_pairs(text, rel_type)


def test_a_district_of_a_name_stays_a_district():
    got = undirected_id_pairs("The Khimki district signed an agreement with the district of "
                              "Stolbtsy.", "SIGNED_AGREEMENT")
    assert got and all(i.startswith("region:") for pair in got for i in pair), got
