"""Examples of a located group of suppliers: "buys chips from sawmills in Sweden, among
them X and Y" names X and Y as sources beside the place that locates the group. Every
text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs

U = "company:xx:arhus-fjernvarme"


@pytest.mark.parametrize(("text", "pairs"), [
    ("Arhus Fjernvarme A/S buys wood chips from sawmills in Sweden, among them Skogsag AB.",
     {("company:xx:skogsag", U), ("country:se", U)}),
    ("Arhus Fjernvarme A/S buys pellets from mills in Norway, including Tramill AS and "
     "Kilsag AS.", {("company:xx:tramill", U), ("company:xx:kilsag", U), ("country:no", U)}),
])
def test_the_examples_and_the_place_are_sides(text, pairs):
    assert pairs <= blind_pairs(text)


@pytest.mark.parametrize("text", [
    # a source of its own after another verb: no example of the group
    "Arhus Fjernvarme A/S buys wood chips from sawmills in Sweden, and Kilsag AS sells "
    "pellets to Norway.",
    # examples of another group than the sources
    "Arhus Fjernvarme A/S buys wood chips from Sweden for its plants, among them "
    "Kilsag AS.",
])
def test_no_source_beyond_the_group(text):
    assert ("company:xx:kilsag", U) not in blind_pairs(text)
