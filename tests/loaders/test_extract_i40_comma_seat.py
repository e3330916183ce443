"""A town set off by commas after a firm, as in an address ("X GmbH, Rostock,
remained ...", "with Y Sp. z o.o., Lublin, which ..."), says where the firm sits: the
firm takes the town's country and the town is no party. A town that goes on a list
stays a party. Every text here was written for these tests."""

import pytest
from extract_candidates import candidates


def _ids(text):
    return {r[side]["id"] for r in candidates(text) for side in ("source", "target")}


@pytest.mark.parametrize("text, firm, town", [
    ("Exports to Poland grew. Our largest customer, Baltic Timber GmbH, Rostock, took 9,000 "
     "cubic metres of plywood from Latvijas Finieris.", "company:de:baltic-timber",
     "city:de:rostock"),
    ("In March Grodno Azot signed a supply contract with Agrochem Sp. z o.o., Lublin, which "
     "resells its fertiliser.", "company:pl:agrochem", "city:pl:lublin"),
    ("Trade with Finland grew. Minsk Tractor Works shipped tractors to Lantman Maskin, "
     "Uppsala, and to several Finnish dealers.", "company:se:lantman-maskin",
     "city:se:uppsala"),
])
def test_a_town_between_commas_seats_the_firm(text, firm, town):
    found = _ids(text)
    assert firm in found, found
    assert town not in found, found


@pytest.mark.parametrize("text, towns", [
    ("Minsk Tractor Works ships tractors to Lida, Slonim, and Mosty.",
     {"city:by:lida", "city:by:slonim", "city:by:mosty"}),
    ("Amkodor supplies loaders to Kazan, Ufa, and Perm.",
     {"city:ru:kazan", "city:ru:ufa", "city:ru:perm"}),
])
def test_towns_of_a_list_stay_parties(text, towns):
    assert towns <= _ids(text)
