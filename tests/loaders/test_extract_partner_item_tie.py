"""An item under a heading of partner or twin towns whose text opens with its tie and
what the tie is about, with no year ("Hamm, Germany - partnership in the field of
tourism", "Heerlen (Netherlands) - cooperation on water supply"): the town is a
partner of the page's town, as an item that dates its tie is. Texts written for these
tests."""

import pytest
from extract_candidates import id_pair_set, pairs_with

T = "TWINNED_WITH"
OWN = "city:cz:olomouc"
HEAD = ("City of Olomouc | Official website\n"
        "Home > The City > Foreign Relations > Partner Cities\n\n"
        "Olomouc keeps ties with towns in several countries.\n\n")


@pytest.mark.parametrize("heading, item, town", [
    ("Partner cities", "Hamm, Germany - partnership in the field of tourism and culture.",
     "city:de:hamm"),
    ("Partner cities", "Heerlen (Netherlands) - cooperation on water supply and waste.",
     "city:nl:heerlen"),
    ("Twin and partner towns", "Tilburg, Netherlands - friendship focused on schools.",
     "city:nl:tilburg"),
])
def test_a_partner_item_with_its_tie_and_no_year_twins_the_town(heading, item, town):
    got = id_pair_set(HEAD + heading + "\n\n" + item + "\n", T)
    assert pairs_with(OWN, town) <= got, got


@pytest.mark.parametrize("heading, item", [
    # a heading that calls the items no partner towns
    ("Trade fairs", "Hamm, Germany - cooperation in the field of trade fairs."),
    ("Other agreements", "Heerlen (Netherlands) - cooperation on water supply."),
])
def test_no_partner_from_a_tie_item_under_another_heading(heading, item):
    got = id_pair_set(HEAD + heading + "\n\n" + item + "\n", T)
    assert not any(OWN in p for p in got), got
