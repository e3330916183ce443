"""An interview whose introduction names its guest's office with the place as owner
("Trabzon's metropolitan mayor") speaks for that place: "we" is the town, and the
firms its answers name unplaced are of the town's country, also when their letters
fit another country the text names more. Negative: a person's possessive names no
place. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

A = "SIGNED_AGREEMENT"


def interview(guest: str) -> str:
    return (f'"Ships and bridges"\nAn interview with {guest}, Ali Demir\n\n'
            "Trabzon has many partners across the sea.\n\nQ: Which partners matter most?\n\n"
            "A: Azerbaijan matters most. Azerbaijan is our closest friend, and Azerbaijani "
            "firms come here. We signed a memorandum with Ganja in 2019. Last year Liman "
            "Işletmeleri signed a contract with Baku Ferry LLC.")


@pytest.mark.parametrize("guest", ["Trabzon's metropolitan mayor", "Trabzon's mayor"])
def test_the_owned_office_names_the_speaker(guest):
    found = pairs(interview(guest), A)
    assert ("city:tr:trabzon", "city:az:ganja") in found
    assert ("company:tr:liman-isletmeleri", "company:az:baku-ferry") in found


def test_a_persons_possessive_names_no_speaker():
    found = pairs(interview("the writer Ali Demir's brother"), A)
    assert not any("trabzon" in a or "trabzon" in b for a, b in found)
