"""A town too small for a bare name to reach is still a town when the sentence says so:
listed beside a town ("to Kajaani, X and Y"), or as the town a district is named
after ("the X district"). It is looked up among the countries the text names; a firm
named like a small town, alone or listed with firms, stays a firm. Every text here was
written for these tests."""

import pytest
from extract_candidates import pairs, party_ids

S = "SUPPLIES_TO"
A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text, towns", [
    ("A Finnish sawmill, Lappi Timber Oy, supplied log houses to Kajaani, Kittilä and "
     "Pello last year.", {"city:fi:kittila", "city:fi:pello"}),
    ("The Bulgarian dairy Dunav Mlyako supplies yoghurt to Lovech, Oryahovo and Belene, "
     "its director said.", {"city:bg:oryahovo", "city:bg:belene"}),
])
def test_a_small_town_listed_beside_a_town_is_a_town(text, towns):
    got = {b for _, b in pairs(text, S)}
    assert towns <= got, got


@pytest.mark.parametrize("text, district", [
    ("Border ties in the north\n\nThe Russian-Norwegian border is short. Since 1973 "
     "Hammerfest has maintained a twinning relationship with the Muonio district, and Norway "
     "and Finland support it.", "region:fi:muonio"),
    ("Across the Danube\n\nBulgaria and Romania share a long river border. In 2021 "
     "Craiova signed a cooperation agreement with the Belene district.",
     "region:bg:belene"),
])
def test_a_district_named_after_a_small_town_lies_in_its_country(text, district):
    assert district in party_ids(text), party_ids(text)


@pytest.mark.parametrize("text, firm", [
    # listed with firms only: no town beside it
    ("The Finnish groups Kolari, Valio and Fazer supply dairy desserts to Tallinn.",
     "company:fi:kolari"),
    # alone, described as a maker
    ("Pello, a Finnish maker of ski wax, supplies its wax to shops in Narvik and Boden.",
     "company:fi:pello"),
])
def test_a_firm_named_like_a_small_town_stays_a_firm(text, firm):
    assert firm in party_ids(text), party_ids(text)
