"""A country a firm's name states: a country of two words after the first word ("Tatra
Czech Republic"), a country the text names that opens the name ("Norway Pelagic"), and
a utility as a firm's head noun, whose demonym places it ("the Czech utility X").
Negative: a country that opens a name and that the text names nowhere else ("Jordan
Pelagic"), or a village abroad that bears a word of the name. Every text here was
written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"
RUSSIAN_FLEETS = "Fish news.\n\nRussia and Russian fleets lead; Russia fishes most"


@pytest.mark.parametrize("text, pair", [
    ("KATOWICE, 3 May 2024 - Bus news.\n\nTatra Czech Republic sold buses to Lviv.",
     ("company:cz:tatra-czech-republic", "city:ua:lviv")),
    ("Bus news.\n\nRenault United Kingdom sold vans to Lyon.",
     ("company:gb:renault-united-kingdom", "city:fr:lyon")),
    (RUSSIAN_FLEETS + ", and Norway less. Norway Pelagic sold herring to Vigo Pesca.",
     ("company:no:norway-pelagic", "company:es:vigo-pesca")),
    ("KATOWICE, 3 May 2024 - Coal news.\n\nSilesian Coal delivers coal to the Czech utility "
     "Moravenergo.", ("company:pl:silesian-coal", "company:cz:moravenergo")),
])
def test_the_name_states_the_country(text, pair):
    assert pair in pairs(text, S)


def test_a_country_named_only_in_the_firms_name_does_not_place_it():
    found = pairs(RUSSIAN_FLEETS + ". Jordan Pelagic sold herring to Vigo Pesca.", S)
    assert all(not a.startswith("company:jo:") for a, _ in found)


AKIM = ('"Coal and cranes"\nAn interview with the akim of the Pavlodar Region\n\n'
        "Q: What do you sell to Russia?\n\nA: Kazakh coal goes far; Kazakhstan sells it to "
        "Russia too. ")


@pytest.mark.parametrize("text, pair", [
    # a village abroad that bears the name's word does not place the firm: the region
    # that speaks does
    (AKIM + "Rassvet Komir ships coal to Omsk.", ("company:kz:rassvet-komir", "city:ru:omsk")),
    # a town of some size abroad still does
    (AKIM + "Omsk Ugol ships coal to Pavlodar.", ("company:ru:omsk-ugol", "city:kz:pavlodar")),
])
def test_a_village_abroad_names_no_firm(text, pair):
    assert pair in pairs(text, S)
