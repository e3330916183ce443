"""Who an order comes from buys the goods: "an order from X" names no source of a
supply. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs


@pytest.mark.parametrize("text, buyer", [
    ("Exports to Kazakhstan grew by a quarter, mainly because of an order from the Almaty "
     "city administration.", "city:kz:almaty"),
    ("Sales to Mongolia doubled thanks to orders from the Ulaanbaatar municipality.",
     "city:mn:ulaanbaatar"),
    ("Sales in Tajikistan rose after a big tender from the Dushanbe city "
     "administration.", "city:tj:dushanbe"),
])
def test_the_orderer_supplies_nothing(text, buyer):
    assert not any(a == buyer for a, _ in pairs(text, "SUPPLIES_TO"))


@pytest.mark.parametrize("text, pair", [
    ("Tyres are shipped from Bobruisk to Kamaz.", ("city:by:bobruisk", "company:ru:kamaz")),
    ("Imports of fertiliser from Belaruskali to Brazil grew after an order from Petrobras.",
     ("company:by:belaruskali", "country:br")),
])
def test_a_source_after_from_stays(text, pair):
    assert pair in pairs(text, "SUPPLIES_TO")
