"""A voivodeship's executive, the marshal's office, stands for the voivodeship, however
the text names it ("the Marshal's Office of the X Voivodeship", "X's Marshal's Office",
"the X Marshal's Office"), even where a town bears the voivodeship's name: a marshal
heads a voivodeship, a mayor a town. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs, party_ids

A = "SIGNED_AGREEMENT"
NEWS = "WARSAW, 3 May 2025 - Regional news.\n\n"


def _ids(text: str) -> set[str]:
    return {x for pair in pairs(text, A) for x in pair}


@pytest.mark.parametrize("text, region", [
    (NEWS + "The Marshal's Office of the Warmian-Masurian Voivodeship signed a cooperation "
     "agreement with the Grodno Regional Executive Committee.", "region:pl:warmian-masurian"),
    (NEWS + "Opole's Marshal's Office and the Zhytomyr Regional Administration signed a "
     "memorandum on student exchanges.", "region:pl:opole"),
    (NEWS + "In April the Lodz Marshal's Office concluded an agreement on tourism with the "
     "Brest Regional Executive Committee.", "region:pl:lodz"),
    (NEWS + "An agreement on road repairs was signed by the Office of the Marshal of the Opole "
     "Voivodeship and the Zhytomyr Regional Administration.", "region:pl:opole"),
])
def test_a_marshals_office_is_its_voivodeship(text, region):
    got = _ids(text)
    assert region in got, got
    assert not any(i.startswith("org:") and "marshal" in i for i in got)


@pytest.mark.parametrize("text, party", [
    # a town's own executive stays the town
    (NEWS + "The Opole City Hall signed a partnership agreement with the city of Zhytomyr.",
     "city:pl:opole"),
    (NEWS + "Lodz's Mayor's Office signed a partnership agreement with the city of Brest.",
     "city:pl:lodz"),
])
def test_a_mayors_office_stays_its_town(text, party):
    got = _ids(text)
    assert party in got, got
    assert not any(i.startswith("region:pl:") for i in got)


def test_a_towns_possessive_before_a_plant_still_places_the_plant():
    text = NEWS + "Opole's Horizont plant signed a supply contract with the Grodno firm Neman Lift."
    assert not any(i.startswith(("city:pl:opole", "region:pl:opole")) for i in party_ids(text))
