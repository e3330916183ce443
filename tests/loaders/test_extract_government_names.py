"""A town's or a region's own government under the name its country gives it stands for
the place: Latvia's "X State City Municipality", Korea's "X Metropolitan City", Georgia's
"State Representative Administration of X", Iran's "Governorate General of X Province".
Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

A = "SIGNED_AGREEMENT"
NEWS = "RIGA, 3 May 2025 - Regional news.\n\n"


def _ids(text: str) -> set[str]:
    return {x for pair in pairs(text, A) for x in pair}


@pytest.mark.parametrize("text, party", [
    (NEWS + "The Jelgava State City Municipality signed a cooperation agreement with the town "
     "of Panevezys in April.", "city:lv:jelgava"),
    (NEWS + "In 2012 Irkutsk Oblast signed an agreement on trade with Daegu Metropolitan City.",
     "city:kr:daegu"),
    (NEWS + "The State Representative Administration of Kakheti concluded a memorandum on "
     "tourism with the Tavush Regional Administration.", "region:ge:kakheti"),
    (NEWS + "An agreement on border trade was signed by the Governorate General of Ardabil "
     "Province and the Lankaran district.", "region:ir:ardabil"),
])
def test_a_places_own_government_stands_for_it(text, party):
    got = _ids(text)
    assert party in got, got
    assert not any(i.startswith(("org:", "company:")) for i in got), got


@pytest.mark.parametrize("text", [
    # no place named before the tail or after the organ: nothing is made a place
    NEWS + "The Metropolitan City Bank signed an agreement with the Riga City Council.",
    NEWS + "A State Representative Administration official signed an agreement with the Riga "
    "City Council.",
])
def test_no_place_named_makes_no_place(text):
    got = _ids(text)
    places = {i for i in got if i.startswith(("city:", "region:"))}
    assert places <= {"city:lv:riga"}, got


HOHHOT = "HOHHOT, 3 May 2025 - Regional news.\n\n"


@pytest.mark.parametrize("text, party", [
    # Inner Mongolia's leagues are its regions
    (HOHHOT + "The Alxa League and the Govi-Altai aimag signed an agreement on livestock trade "
     "in June.", "region:cn:alxa-league"),
    (HOHHOT + "In 2018 the Hulun League administration concluded a memorandum with Zabaykalsky "
     "Krai.", "region:cn:hulun-league"),
])
def test_a_league_of_inner_mongolia_is_a_region(text, party):
    assert party in _ids(text)


def test_a_sports_league_is_no_region():
    text = HOHHOT + "The Kontinental Hockey League signed a sponsorship agreement with Gazprom."
    assert not any(i.startswith("region:") for i in _ids(text))


TBILISI = "TBILISI, 3 May 2025 - Regional news.\n\n"


@pytest.mark.parametrize("text, party", [
    # a region's adjective before its organ names the region by its noun
    (TBILISI + "The Kakhetian government and the Tavush regional administration signed a "
     "memorandum on wine tourism in May.", "region:ge:kakheti"),
    (TBILISI + "In 2016 the Gurian government concluded an agreement on cooperation with the "
     "Kirov Oblast.", "region:ge:guria"),
])
def test_a_regions_adjective_before_its_organ_names_the_region(text, party):
    assert party in _ids(text)


def test_a_countrys_demonym_before_its_government_stays_the_country():
    text = TBILISI + ("The Georgian government signed an agreement with the Armenian government "
                      "on border crossings.")
    assert _ids(text) == {"country:ge", "country:am"}
