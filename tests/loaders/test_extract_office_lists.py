"""Offices and organs written with capitals in a list of signers ("the Governor of A and
the Chairman of the B Regional Executive Committee signed", "the Mayor of A and the
Mayor of B", "the General Assembly of A and the Executive Council of B"): each acts for
its place, which is a member of the list as in lower case (``coordination.LIST_SEP``).
Every text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs, undirected_id_pairs

T, A, S = "TWINNED_WITH", "SIGNED_AGREEMENT", "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "rel_type", "pair"), [
    ("The Governor of the Kursk Region and the Chairman of the Grodno Regional Executive "
     "Committee signed a protocol on border trade.", A, ("region:ru:kursk", "region:by:grodno")),
    ("On 3 May 2022 the Governor of the Tula Region and the Mayor of Grodno signed a new "
     "agreement on cooperation.", A, ("region:ru:tula", "city:by:grodno")),
    ("The Mayor of Kobrin and the Mayor of Lutsk signed a declaration on twinning.", T,
     ("city:by:kobrin", "city:ua:lutsk")),
])
def test_offices_in_capitals_list_their_places(text, rel_type, pair):
    assert tuple(sorted(pair)) in undirected_id_pairs(text, rel_type)


def test_organs_in_capitals_buy_alike():
    text = ("The Municipality of Grodno and the Regional Council of Podlaskie bought loaders "
            "from Amkodor.")
    assert {("company:xx:amkodor", "city:by:grodno"),
            ("company:xx:amkodor", "region:pl:podlaskie")} <= blind_pairs(text, S)


@pytest.mark.parametrize(("text", "rel_type"), [
    # officials who discuss or attend sign nothing between their places
    ("The Governor of the Kursk Region and the Chairman of the Grodno Regional Executive "
     "Committee discussed the supply of loaders by Amkodor.", A),
    ("The Governor of the Kursk Region and the Chairman of the Grodno Regional Executive "
     "Committee attended the signing of a contract between Amkodor and Kursk Bus Depot.", A),
])
def test_officials_who_only_attend(text, rel_type):
    assert ("region:by:grodno", "region:ru:kursk") not in undirected_id_pairs(text, rel_type)
