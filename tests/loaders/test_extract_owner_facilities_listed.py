"""An owner's facilities in a list of towns ("X's mills in A and B ship pulp to C"): the
owner acts, as with one town; no town of the list is a supplier. Sentences written for
these tests."""

import pytest
from extract_candidates import candidates, named_pairs

S = "SUPPLIES_TO"


def side_names(text) -> set[str]:
    return {c[side]["name"] for c in candidates(text) for side in ("source", "target")}


@pytest.mark.parametrize("text,towns,pairs", [
    ("Nordic Pulp's mills in Kuopio and Seinajoki ship market pulp to China.",
     {"Kuopio", "Seinajoki"}, {("Nordic Pulp", "China")}),
    ("Nordic Pulp's mills in Kuopio, Seinajoki and Jyvaskyla ship market pulp to China"
     " and Japan.", {"Kuopio", "Seinajoki", "Jyvaskyla"},
     {("Nordic Pulp", "China"), ("Nordic Pulp", "Japan")}),
    ("Nordic Pulp's mills in Kuopio and Seinajoki ship pulp to China; the largest buyer"
     " is Sun Paper, with which Nordic Pulp signed a contract in 2023.",
     {"Kuopio", "Seinajoki"}, {("Nordic Pulp", "China"), ("Nordic Pulp", "Sun Paper")}),
])
def test_the_owner_of_facilities_in_listed_towns_supplies(text, towns, pairs):
    assert pairs <= named_pairs(text, S)
    assert not towns & side_names(text)


def test_one_town_stays_as_it_was():
    assert ("Nordic Pulp", "China") in named_pairs(
        "Nordic Pulp's mill in Kuopio ships pulp to China.", S)
