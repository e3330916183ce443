"""A twinning continued in a later clause of its sentence by "it" and a verb of adding
("A is twinned with B since 1990, with C since 1995; more recently, in 2010, it added
D"): the one town the twinnings before it name first twins with the places added. What
"it" adds to something else ("added D to its bus routes"), or after a pair that names
no owner, is no twinning. Every text here was written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

T = "TWINNED_WITH"


@pytest.mark.parametrize("text,added", [
    ("Valga is twinned with Pskov since 1990, with Narva since 1995; more recently, in "
     "2010, it added Riga.", ["city:lv:riga"]),
    ("Valga has been twinned with Pskov since 1990, and in 2010 it added Riga and Cesis.",
     ["city:lv:cesis", "city:lv:riga"]),
])
def test_the_places_it_added_are_twins(text, added):
    got = undirected_id_pairs(text, T)
    assert ("city:ee:valga", "city:ru:pskov") in got
    for town in added:
        assert tuple(sorted(("city:ee:valga", town))) in got


@pytest.mark.parametrize("text", [
    "Valga is twinned with Pskov, and it added Riga to its bus routes.",
    "Valga and Pskov are twin towns; in 2010 it added Riga.",
    "Valga is twinned with Pskov; it added a bus line to Riga.",
])
def test_no_added_twin(text):
    assert not any("city:lv:riga" in p for p in undirected_id_pairs(text, T))
