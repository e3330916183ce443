"""A municipality's own page ("Alytus City Municipality > City > ... > Partner cities")
speaks for its town: its partners listed a line each ("Suwałki - twin city since 1996")
are the town's. A district municipality is left as it was read. Every text here was
written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines
from relgraph.loaders.gazetteer.names import split_body


def _twins(text):
    return {(c["source"]["id"], c["target"]["id"])
            for c in extract_lines(text.split("\n"), "t.txt").candidates
            if c["type"] == "TWINNED_WITH"}


@pytest.mark.parametrize("text, pairs", [
    ("Alytus City Municipality > City > International cooperation > Partner cities\n\n"
     "PARTNER CITIES\n\nPOLAND\nSuwałki - twin city since 1996.\n\nGERMANY\nRendsburg - "
     "partner city since 2004.",
     {("city:lt:alytus", "city:pl:suwalki"), ("city:lt:alytus", "city:de:rendsburg")}),
    ("Utena City Municipality > City > Culture and sport > Sister towns\n\nSWEDEN\n"
     "Skövde - sister town since 1992.\nLATVIA\nJelgava - twin town since 1998.",
     {("city:lt:utena", "city:lv:jelgava")}),
])
def test_a_city_municipalitys_page_speaks_for_its_town(text, pairs):
    assert pairs <= _twins(text)


def test_the_organ_words_of_municipalities():
    assert split_body("Šiauliai City Municipality") == ("Šiauliai", "City Municipality", "city")
    assert split_body("Panevezys Town Municipality")[1] == "Town Municipality"
    # a municipality as a unit of its own ("Chisinau Municipality") and a district
    # municipality: no town's organ
    assert split_body("Gurjaani Municipality")[1] is None
    assert split_body("Jonava District Municipality")[1] is None
