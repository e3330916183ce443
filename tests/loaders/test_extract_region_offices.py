"""A region read as its namesake town: a region's office acting for it ("the governors of
A and B", "the A governor"), a list of places one of which is written or known as a
region only, a signing's sentence that calls its two parties regions. Every text here
was written for these tests."""

import pytest
from extract_candidates import pairs


def _ids(text, rel_type="SIGNED_AGREEMENT"):
    return {frozenset(pair) for pair in pairs(text, rel_type)}


def _targets(text, rel_type="SUPPLIES_TO"):
    return {target for _source, target in pairs(text, rel_type)}


# -- an office only a region has ------------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Border news.\n\nIn 2020 the governors of Smolensk and Mogilev signed a road map on "
     "tourism.", {"region:ru:smolensk", "region:by:mogilev"}),
    ("Border news.\n\nThe Smolensk and Mogilev governors signed an agreement on roads.",
     {"region:ru:smolensk", "region:by:mogilev"}),
    ("Border news.\n\nSmolensk's governor and Vitebsk's governor signed an agreement on "
     "border trade in 2019.", {"region:ru:smolensk", "region:by:vitebsk"}),
    ("Border news.\n\nThe Bryansk governor Alexander Bogomaz signed an agreement with Gomel "
     "in 2018.", {"region:ru:bryansk", "region:by:gomel"}),
    ("Border news.\n\nKostanay and Chelyabinsk regional akimats signed a memorandum.",
     {"region:kz:kostanay", "region:ru:chelyabinsk"}),
])
def test_a_regions_office_acts_for_the_region(text, pair):
    assert _ids(text) == {frozenset(pair)}


@pytest.mark.parametrize("text, pair", [
    # a mayor heads a town
    ("Border news.\n\nThe mayor of Brest and the mayor of Pskov signed a memorandum on "
     "culture.", {"city:by:brest", "city:ru:pskov"}),
    ("Border news.\n\nThe mayors of Grodno and Kaluga signed an agreement on trade.",
     {"city:by:grodno", "city:ru:kaluga"}),
    # no office: two bare names the document never wrote out as regions stay towns
    ("Border news.\n\nIn 2020 Smolensk and Mogilev signed a road map on tourism.",
     {"city:ru:smolensk", "city:by:mogilev"}),
])
def test_a_towns_office_or_none_keeps_the_towns(text, pair):
    assert _ids(text) == {frozenset(pair)}


# -- one kind for the members of one list -----------------------------------------------
@pytest.mark.parametrize("text, rel_type, expected", [
    ("Trade news.\n\nMTZ supplies tractors to the Bryansk Region, Smolensk and Kaluga.",
     "SUPPLIES_TO", {"region:ru:bryansk", "region:ru:smolensk", "region:ru:kaluga"}),
    ("Trade news.\n\nAmkodor delivered loaders to Kashkadarya, Navoi and Jizzakh.",
     "SUPPLIES_TO", {"region:uz:kashkadarya", "region:uz:navoiy", "region:uz:jizzakh"}),
    ("Trade news.\n\nAmkodor sent loaders to Syunik, Lori and Ararat.",
     "SUPPLIES_TO", {"region:am:syunik", "region:am:lori", "region:am:ararat"}),
    ("Trade news.\n\nThe Gomel Region signed agreements with Kashkadarya, Navoi and Jizzakh.",
     "SIGNED_AGREEMENT", {"region:uz:kashkadarya", "region:uz:navoiy", "region:uz:jizzakh"}),
])
def test_a_list_with_a_region_is_a_list_of_regions(text, rel_type, expected):
    assert _targets(text, rel_type) == expected


@pytest.mark.parametrize("text, expected", [
    # no member written or known as a region only: towns
    ("Trade news.\n\nMTZ supplies tractors to Smolensk and Kaluga.",
     {"city:ru:smolensk", "city:ru:kaluga"}),
    ("Trade news.\n\nAmkodor delivered loaders to Navoi and Jizzakh.",
     {"city:uz:navoiy", "city:uz:jizzax"}),
    # a capital lies in no region of its name: the city beside its own region
    ("Trade news.\n\nMTZ supplies tractors to the Moscow Region and Moscow.",
     {"region:ru:moscow", "city:ru:moscow"}),
])
def test_a_list_without_a_region_keeps_its_towns(text, expected):
    assert _targets(text) == expected


# -- a signing's sentence that calls its parties regions -----------------------------
@pytest.mark.parametrize("text", [
    "Border news.\n\nGomel and Bryansk, two border regions, signed an agreement on trade "
    "in 2004.",
    "Border news.\n\nThe two regions, Gomel and Bryansk, signed an agreement on trade in "
    "2004.",
    "Border news.\n\nOf the Russian regions, Bryansk signed an agreement with Gomel in 2004.",
])
def test_a_signing_called_one_of_regions(text):
    assert _ids(text) == {frozenset({"region:by:gomel", "region:ru:bryansk"})}


@pytest.mark.parametrize("text", [
    "Border news.\n\nGomel and Bryansk, two border cities, signed an agreement on trade "
    "in 2004.",
    "Border news.\n\nGomel and Bryansk signed an agreement on trade in 2004 to help their "
    "regions and towns.",
])
def test_a_signing_called_one_of_towns_keeps_them(text):
    assert _ids(text) == {frozenset({"city:by:gomel", "city:ru:bryansk"})}
