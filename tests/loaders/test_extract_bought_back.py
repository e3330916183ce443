"""A bought clause coordinated with a supply, with no party of its own: its goods come
from the partner of the supply before when it says so ("and buys from them livestock",
"and buys wool from it", "in return"), and, in trade between two countries, when it says
nothing ("Belarus exports machinery to Uzbekistan, and buys fruit"). Negative cases: a
firm that buys goods from no one named, a clause that names its own source. Every text
here was written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text, want", [
    ("Trade.\n\nArmenia exports brandy to Russia, and buys grain and timber.",
     {("country:ru", "country:am")}),
    ("Trade.\n\nKazakhstan sends wheat to Tajikistan and in turn imports aluminium.",
     {("country:tj", "country:kz")}),
    ("Trade.\n\nThe Tyumen Region supplies fuel to the Kostanay Region and buys grain from "
     "it.", {("region:kz:kostanay", "region:ru:tyumen")}),
    ("Trade.\n\nThe Irkutsk Region sells timber to the Khovsgol and Bulgan aimags, and "
     "buys from them meat and wool.",
     {("region:mn:khovsgol", "region:ru:irkutsk"), ("region:mn:bulgan", "region:ru:irkutsk")}),
])
def test_goods_bought_back_come_from_the_partner(text, want):
    assert want <= set(pairs(text, S))


@pytest.mark.parametrize("text, not_want", [
    # a firm buying with no source: from anyone
    ("Trade.\n\nMTZ ships tractors to Serbia and buys steel.", ("country:rs", "company:by:mtz")),
    # the clause names its own source
    ("Trade.\n\nKazakhstan sells wheat to Uzbekistan and buys fruit from Tajikistan.",
     ("country:uz", "country:kz")),
    # a new subject: its purchase is its own
    ("Trade.\n\nArmenia exports brandy to Russia, and Georgia buys grain.",
     ("country:ru", "country:am")),
])
def test_no_partner_for_a_firms_or_a_sourced_purchase(text, not_want):
    assert not_want not in pairs(text, S)
