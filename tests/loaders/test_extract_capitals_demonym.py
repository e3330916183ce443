"""A name in capitals that its own demonym places ("the Croatian INA", "the German MAN")
is a body of that country, not a town of that spelling abroad; a town's name in its own
country stays the town. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs


@pytest.mark.parametrize("text, rel_type, party", [
    ("The Croatian INA supplies fuel to Slovenia.", "SUPPLIES_TO", "company:hr:ina"),
    ("The German MAN delivered trucks to Uzbekistan.", "SUPPLIES_TO", "company:de:man"),
])
def test_capitals_placed_by_their_demonym_are_a_firm_of_that_country(text, rel_type, party):
    assert party in {s for s, _ in pairs(text, rel_type)}


@pytest.mark.parametrize("text, pair", [
    ("The Serbian Bor signed a twinning agreement with Kalinkovichi.",
     ("city:rs:bor", "city:by:kalinkovichi")),
])
def test_a_town_its_demonym_places_stays_the_town(text, pair):
    assert pair in pairs(text, "TWINNED_WITH")
