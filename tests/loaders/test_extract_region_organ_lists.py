"""A region's organs named for several regions at once, on sentences written for these
tests: a plural organ after a list of names ("the Vitebsk and Pskov regional
administrations"), a region's organ before "of" and a list ("the regional governments of
Gomel and Bryansk", "the oblast executive committee of Grodno"). Each name is the region,
not the town of the same name; a town's organs and countries stay as they are."""

import pytest
from extract_candidates import candidates

from relgraph.loaders.extract.mentions import find_mentions

A = "SIGNED_AGREEMENT"


def signers(text: str) -> list[tuple[str, str]]:
    return sorted(tuple(sorted((r["source"]["id"], r["target"]["id"])))
                  for r in candidates(text) if r["type"] == A)


@pytest.mark.parametrize("text,want", [
    ("The Vitebsk and Pskov regional administrations signed an agreement in 2001.",
     [("region:by:vitebsk", "region:ru:pskov")]),
    ("The Gomel and Bryansk regional governments adopted a road map on trade in March.",
     [("region:by:gomel", "region:ru:bryansk")]),
    ("The Bryansk and Smolensk regional governments signed an agreement with Belarus in"
     " 2004.", [("country:by", "region:ru:bryansk"), ("country:by", "region:ru:smolensk")]),
])
def test_a_plural_organ_after_a_list_makes_each_name_a_region(text, want):
    assert signers(text) == want


@pytest.mark.parametrize("text,want", [
    ("The regional administrations of Vitebsk and Pskov signed an agreement in 2001.",
     [("region:by:vitebsk", "region:ru:pskov")]),
    ("The oblast administrations of Kostanay and Kurgan concluded a memorandum in 2019.",
     [("region:kz:kostanay", "region:ru:kurgan")]),
    ("The regional executive committee of Gomel signed an agreement with the regional"
     " government of Bryansk.", [("region:by:gomel", "region:ru:bryansk")]),
])
def test_a_regions_organ_before_of_makes_the_names_after_it_regions(text, want):
    assert signers(text) == want


@pytest.mark.parametrize("text,want", [
    # a town's organs stand for the town
    ("The city administrations of Vitebsk and Pskov signed an agreement in 2001.",
     [("city:by:vitebsk", "city:ru:pskov")]),
    ("The Vitebsk and Pskov city councils signed an agreement in 2001.",
     [("city:by:vitebsk", "city:ru:pskov")]),
    # countries stay countries
    ("The regional authorities of Belarus and Russia signed an agreement.",
     [("country:by", "country:ru")]),
])
def test_other_organs_and_countries_keep_their_kind(text, want):
    assert signers(text) == want


def test_the_organ_reaches_only_the_list_right_after_it():
    text = "The regional government of Bryansk met the mayor of Klintsy."
    hints = {m.text: m.kind_hint for m in find_mentions(text)}
    assert hints["Bryansk"] == "Region" and hints["Klintsy"] is None



@pytest.mark.parametrize("text,want", [
    ("Leaders of the Gomel Region and the Bryansk Region signed a protocol on border trade.",
     [("region:by:gomel", "region:ru:bryansk")]),
    ("Leaders of the Vitebsk Region and the Pskov Region concluded a memorandum.",
     [("region:by:vitebsk", "region:ru:pskov")]),
])
def test_people_who_act_for_a_place_leave_its_name(text, want):
    assert signers(text) == want


@pytest.mark.parametrize("text,want", [
    ("Both regions, Vitebsk and Smolensk, signed a programme of cooperation in 2010.",
     [("region:by:vitebsk", "region:ru:smolensk")]),
    ("The two regions, Gomel and Bryansk, concluded an agreement in 1996.",
     [("region:by:gomel", "region:ru:bryansk")]),
])
def test_a_counted_plural_kind_before_its_listed_names_gives_them_the_kind(text, want):
    assert signers(text) == want


def test_counted_cities_stay_cities():
    assert signers("Both cities, Vitebsk and Smolensk, signed a memorandum in 2010.") == [
        ("city:by:vitebsk", "city:ru:smolensk")]
