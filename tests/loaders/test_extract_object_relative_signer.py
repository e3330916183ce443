"""A signing in an object relative clause, on sentences written for these tests: "...
to buyers in B, which the C akimat promoted through a memorandum with D": C, the relative
clause's own subject, signs with D, not B, the party before "which". Negative cases: a
subject relative ("B, which has a contract with D") and a main clause read past a
relative clause set into it."""

import pytest
from extract_candidates import named_pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text,expected", [
    ("The sale of Kostanay grain to buyers in Harbin, which the Kostanay regional akimat"
     " promoted through a memorandum with the Harbin Municipal Trade Bureau in 2018, grew.",
     {("Harbin Municipal Trade Bureau", "Kostanay regional akimat")}),
    ("Exports of Vitebsk flax to Lodz, which the Vitebsk Region backed with an agreement"
     " with the Lodz Voivodeship in 2015, doubled.", {("Lodz Voivodeship", "Vitebsk Region")}),
])
def test_the_object_relatives_own_subject_signs(text, expected):
    assert named_pairs(text, A) == expected


@pytest.mark.parametrize("text,expected", [
    # a subject relative: the party before "which" signs
    ("Gomselmash reaches Kazakhstan through Agroleasing, which has a contract with KazAgro.",
     {("Agroleasing", "KazAgro")}),
    # the main clause past a relative clause set into it
    ("Lida, which borders Alytus, signed a road map with Pskov.", {("Lida", "Pskov")}),
    ("Lida, which the Lithuanian border passes, signed a road map with Pskov.",
     {("Lida", "Pskov")}),
])
def test_other_relative_clauses_are_read_as_before(text, expected):
    assert named_pairs(text, A) == expected
