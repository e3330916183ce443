""""Our" opening the description of a firm whose name commas set off after it ("Our
water company, X AS, signed") only owns it: the named firm signs, not the speaker.
Texts written for these tests."""

import pytest
from extract_candidates import pairs

A = "SIGNED_AGREEMENT"
INTERVIEW = "An interview with the Mayor of Tartu\n\nQ: Is the city a customer?\n\nA: {}\n"


@pytest.mark.parametrize("answer, pair", [
    ("Yes. Our water company, Emajoe Vesi AS, concluded a service contract with Nordtek AG "
     "last year.", ("emajoe-vesi", "nordtek")),
    ("Yes. Our bus operator, Tartu Linnabuss AS, has a leasing contract with Vilnobus UAB.",
     ("tartu-linnabuss", "vilnobus")),
])
def test_our_described_firm_acts_by_its_name(answer, pair):
    got = [(a.rsplit(":", 1)[-1], b.rsplit(":", 1)[-1])
           for a, b in pairs(INTERVIEW.format(answer), A)]
    assert got == [pair], got


@pytest.mark.parametrize("answer", [
    "Yes. Our city signed a memorandum with Riga in 2021.",
    # (after a preposition "our" is no subject it could give way to)
    "Yes. Through our partner office, Riga Invest, we signed a memorandum with Riga.",
])
def test_our_city_still_acts_for_the_speaker(answer):
    text = INTERVIEW.format(answer)
    assert ("city:ee:tartu", "city:lv:riga") in pairs(text, A), pairs(text, A)
