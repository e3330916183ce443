"""A relative clause set off by commas about a sentence's subjects ("A and B, which face
each other at C and D, will sign ...") may name two more places: they only describe
the subjects and sign or twin nothing, unless the clause itself states a relation.
Every text here was written for these tests."""

import pytest
from extract_candidates import id_pair_set

KALMAR_PARNU = frozenset({"city:se:kalmar", "city:ee:parnu"})
TARTU_NARVA = frozenset({"city:ee:tartu", "city:ee:narva"})


@pytest.mark.parametrize("text", [
    "Kalmar and Parnu, which face each other across the sea at Tartu and Narva, announced "
    "that a twinning agreement would follow in 2027.",
    "Kalmar and Parnu, whose ferries call at Tartu and Narva on the way, intend to become "
    "sister cities next year.",
])
def test_places_of_a_set_off_clause_are_no_twins(text):
    found = id_pair_set(text)
    assert TARTU_NARVA not in found, found
    assert KALMAR_PARNU in found, found


def test_a_set_off_clause_that_twins_states_its_pair():
    text = "Tartu and Narva, which became twin towns in 1990, signed a ferry agreement in 2005."
    assert TARTU_NARVA in id_pair_set(text)
    assert TARTU_NARVA in id_pair_set(text, "SIGNED_AGREEMENT")
