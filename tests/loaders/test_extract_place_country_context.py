"""Which country a town lies in, as its context says: a region and country in brackets
after it ("Paris (Texas, United States)"), and, in a twinning, a namesake in a country
the text names before a bigger town of a country the text never names nor reads a place
in ("Alexandria" beside Romanian towns on the Danube). Every text here was written for
these tests."""

import pytest
from extract_candidates import pairs

T = "TWINNED_WITH"


def twins(text):
    return {tuple(sorted(p)) for p in pairs(text, T)}


@pytest.mark.parametrize("text, town", [
    ("Lahti has been twinned with Paris (Texas, United States) since 1999.", "city:us:paris"),
    ("Narva has been twinned with Odessa (Texas, USA) since 2003.", "city:us:odessa"),
])
def test_a_region_and_country_in_brackets_place_the_town(text, town):
    got = twins(text)
    assert any(town in pair for pair in got), got


def test_a_region_alone_in_brackets_still_places_the_town():
    got = twins("Lahti has been twinned with Kemi (Lapland) since 1999.")
    assert ("city:fi:kemi", "city:fi:lahti") in got, got


DANUBE = ("BELENE, 4 May 2025 (BTA) - Romanian mayors visited the Bulgarian bank of the "
          "Danube this week to discuss ferry lines with Romania's neighbours.\n")


def test_a_namesake_where_the_text_is_before_a_town_of_an_unnamed_country():
    text = DANUBE + ("Delegations came from Oryahovo and Bechet, partner towns since 2009, "
                     "and from Kozloduy and Alexandria, which have been twinned since 2006. "
                     "The Romanian guests also met Romanian traders.")
    assert ("city:bg:kozloduy", "city:ro:alexandria") in twins(text)


def test_a_country_the_text_reads_a_place_in_keeps_its_town():
    # Egypt is never named, but Cairo is read: the Egyptian city is meant
    text = ("Sister cities on the Mediterranean\n\n"
            "Cairo and Athens have worked together on museums since 1990. Thessaloniki and "
            "Alexandria have been twinned since 1993.")
    got = twins(text)
    assert ("city:eg:alexandria", "city:gr:thessaloniki") in got, got
