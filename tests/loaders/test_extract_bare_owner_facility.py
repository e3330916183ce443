"""A facility qualified by its owner's bare name after "the" ("the Nordwerk plants in
A, B and C ship ..."): the towns only say where the plants stand and are no party
(``placement._facility_in``). Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text", [
    "Steel made at the Nordwerk mills in Tampere and Oulu is shipped to Sweden.",
    "Boards from the Kolvan sawmills in Tartu, Parnu and Rakvere are sold to Finland.",
    "Parts from the Vardan plant at Gyumri go to Georgia.",
])
def test_the_towns_of_the_facilities_supply_nothing(text):
    assert not [p for p in pairs(text, S) if p[0].startswith("city:")]


@pytest.mark.parametrize(("text", "town"), [
    # no facility's noun between: the town is the subject that ships
    ("Tartu ships pine boards to Finland.", "city:ee:tartu"),
])
def test_a_town_that_ships_stays(text, town):
    assert town in {a for a, _b in pairs(text, S)}
