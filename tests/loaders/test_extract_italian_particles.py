"""Italian names keep their particles as French and Spanish ones did: "the Teatro Municipale
di Piacenza", "the Universita di Bologna", "Reggio di Calabria" are one name each, not a
body cut before "di" and a town. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text, name", [
    ("In 2024 the Gori theatre signed a memorandum with the Teatro Municipale di Piacenza.",
     "Teatro Municipale di Piacenza"),
    ("The Universita di Bologna signed a memorandum with Tartu University.",
     "Universita di Bologna"),
    ("Lviv signed a cooperation agreement with Reggio di Calabria and Gomel.",
     "Reggio di Calabria"),
])
def test_a_name_keeps_its_italian_particle(text, name):
    names = {n for pair in pairs(text, A, key="name") for n in pair}
    assert name in names, names


def test_two_places_either_side_of_the_particle_stay_two():
    # "di" between two towns the gazetteer knows, and no place of the whole name
    text = "Lviv signed a cooperation agreement with Minsk di Brest."
    names = {n for pair in pairs(text, A, key="name") for n in pair}
    assert "Minsk di Brest" not in names, names
