"""An owner's facility named by its trade ("X's Tartu sawmill", "Y's Liepaja cannery",
"Z's Kaunas bakery"): the owner acts through it, placed in the town's country; the town
is no party (``mentions._OWN_FACILITY_AFTER``, ``placement._owner_town_first``). Every
text here was written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "pair"), [
    ("Metsaliit Wood's Tartu sawmill supplies pine boards to Finland.",
     ("company:ee:metsaliit-wood", "country:fi")),
    ("Last year Baltic Sprat's Liepaja cannery shipped tinned fish to Germany.",
     ("company:lv:baltic-sprat", "country:de")),
    ("Duonos Namai's Kaunas bakery sells rye bread to Latvia.",
     ("company:lt:duonos-namai", "country:lv")),
])
def test_the_owner_of_the_facility_supplies(text, pair):
    found = pairs(text, S)
    assert pair in found
    assert not [p for p in found if p[0].startswith("city:")]


@pytest.mark.parametrize(("text", "town"), [
    # a town's own facility, with no owner before it: the town stays
    ("Tartu's largest sawmill supplies pine boards to Finland.", "city:ee:tartu"),
])
def test_a_town_owns_its_facility(text, town):
    assert town in {a for a, _b in pairs(text, S)}
