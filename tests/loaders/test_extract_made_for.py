"""Goods a maker produces, builds or assembles for a named firm are supplied to it
("has produced private-label paints for B GmbH", "has built two tank wagons for B");
not goods made for a market, a region or people ("for the domestic market", "a new
plant for the A Region"). A firm's home set off by commas ("X, also from A, ...") is
no source of its goods. Every text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs

S = "company:xx:emajoe-keemia"
B = "company:xx:farbwerk-kassel"


@pytest.mark.parametrize("text", [
    "Emajõe Keemia AS has produced private-label paints for Farbwerk Kassel GmbH since "
    "2019.",
    "Emajõe Keemia AS, also from Tartu, has built two tank wagons for Farbwerk Kassel GmbH "
    "in Kassel.",
    "Emajõe Keemia AS assembles spray units for Farbwerk Kassel GmbH.",
])
def test_goods_made_for_a_firm_are_supplied_to_it(text):
    assert (S, B) in blind_pairs(text)


@pytest.mark.parametrize("text, pair", [
    ("Emajõe Keemia AS built a new plant for the Tartu Region.", (S, "region:ee:tartu")),
    ("Emajõe Keemia AS manufactures solvents for the domestic market and for Latvia.",
     (S, "country:lv")),
    ("Emajõe Keemia AS, also from Tartu, has built two tank wagons for Farbwerk Kassel "
     "GmbH.", ("city:ee:tartu", B)),
])
def test_no_supply_made_for_a_place_or_from_the_home(text, pair):
    assert pair not in blind_pairs(text)


@pytest.mark.parametrize("text, recipient", [
    ("Emajõe Keemia AS, also from Tartu, exports paints to Finland.", "country:fi"),
    ("Emajõe Keemia AS, also from Tartu, sells paints to Farbwerk Kassel GmbH.", B),
])
def test_a_home_set_off_by_commas_is_no_source(text, recipient):
    found = blind_pairs(text)
    assert (S, recipient) in found
    assert ("city:ee:tartu", recipient) not in found
