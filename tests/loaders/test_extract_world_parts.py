"""A continent or a part of the world, and an adjective formed from a place, stand for no
party: the relation, if any, is with the noun they describe. A firm that carries either
in its longer name stays a party. Every text here was written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _ids(text):
    return {c[side]["id"] for c in extract_lines(text.split("\n"), "t.txt").candidates
            for side in ("source", "target")}


@pytest.mark.parametrize("text, word", [
    ("Brontal Tiles SA sells floor tiles to wholesalers in Europe.", "europe"),
    ("Our roasted almonds go to retailers in Europe and North America.", "north-america"),
    ("Europe stayed the first market: Kestrel Mills Ltd ships oat flakes there.", "europe"),
    ("The Aragon council sells poplar saplings to the Galician forestry service.",
     "galician"),
    ("Tamsfield Grain Ltd supplies barley to Victorian breweries every spring.",
     "victorian"),
    ("Varnell Pumps AG delivers irrigation pumps to Piedmontese rice farms.", "piedmontese"),
])
def test_a_continent_or_a_place_adjective_is_no_party(text, word):
    assert not any(i.endswith(":" + word) for i in _ids(text))


@pytest.mark.parametrize("text, wanted", [
    # a firm that carries the word in its own name
    ("Galician Dairies SA buys feed barley from Tamsfield Grain Ltd.", "galician-dairies"),
    ("Asia Motors Service signed a supply contract with Varnell Pumps AG.", "asia-motors"),
    # a town whose own name ends like an adjective
    ("Piran and Rovinj signed a memorandum on tourism in 2015.", "piran"),
])
def test_a_name_that_only_looks_like_one_stays_a_party(text, wanted):
    assert any(wanted in i for i in _ids(text))
