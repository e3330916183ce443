"""A Turkish metropolitan municipality is its city's government: "Istanbul Metropolitan
Municipality", "the Metropolitan Municipality of Bursa" are the city. Every text here
was written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _targets(text):
    return {c["target"]["id"] for c in extract_lines(text.split("\n"), "t.txt").candidates}


@pytest.mark.parametrize("text, city", [
    ("In 2021 the Minsk Automobile Plant delivered 40 buses to the Izmir Metropolitan "
     "Municipality.", "city:tr:izmir"),
    ("Grodno signed a protocol on tourism with the Metropolitan Municipality of Bursa in "
     "2019.", "city:tr:bursa"),
])
def test_a_metropolitan_municipality_is_its_city(text, city):
    assert city in _targets(text)


def test_a_metropolitan_municipality_of_no_known_town_is_no_city():
    ids = _targets("Grodno signed a protocol with the Metropolitan Municipality of Zzyxq.")
    assert not any(i.startswith("city:tr:") for i in ids)
