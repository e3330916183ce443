"""A small town reached only by another language's name for it is no bare-name party:
a maker's name that some language gives a small town ("Skoda", a name of Skuodas in
Lithuania) stays the maker (``Resolver._collect``). The town's own name, or a small
town's romanisation of its own Cyrillic name, still reaches it. Every text here was
written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text", [
    "Skoda also delivers low-floor trams to Tallinn.",
    "In 2022 Skoda delivered twenty trams to Tallinn and Tartu.",
])
def test_the_alias_of_a_small_town_is_no_town(text):
    found = pairs(text, S)
    assert found and not [p for p in found if p[0].startswith("city:")]


@pytest.mark.parametrize(("text", "town"), [
    ("Dairy products from Skuodas go to Tallinn.", "city:lt:skuodas"),
    ("Milk from Turov goes to Tallinn.", "city:by:turov"),
])
def test_a_small_towns_own_names_reach_it(text, town):
    assert town in {a for a, _b in pairs(text, S)}
