"""An interview whose head lines introduce its guest as a town's mayor on a line of their
own, with the outlet's line right under it ("A conversation with X, Mayor of Opole" over
"Silesian Weekly Courier, 3 May 2024"): the guest's "we" is that town, not the first
firm the answers name; and "the city" opening an answer is that town too, not the
partner an earlier answer named last. Texts written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"

INTERVIEW = """"Cement, rivers and friends abroad"
{guest}
Silesian Weekly Courier, 3 May 2024

Q: Is Opole still an industrial town?
A: It is. Odra Cement Works Sp. z o.o. employs two thousand people and ships clinker to Czechia.
Q: Which towns are your partners?
A: We have been twinned with Grasse since 1998. In 2023 we signed an agreement with
Kamianets-Podilskyi.
Q: What about transport?
A: {transport}"""

GUESTS = [
    "A conversation with Marta Nowak, Mayor of Opole",
    "An interview with the Mayor of Opole, Marta Nowak",
    "Talking to Marta Nowak, mayor of Opole",
]


@pytest.mark.parametrize("guest", GUESTS)
def test_we_is_the_town_of_the_guest_line(guest):
    text = INTERVIEW.format(guest=guest, transport="The buses are new.")
    assert ("city:fr:grasse", "city:pl:opole") in undirected_id_pairs(text, T)
    assert ("city:pl:opole", "city:ua:kamyanets-podilskyi") in undirected_id_pairs(text, A)


@pytest.mark.parametrize("transport", [
    "In April the city put its name to a contract with Volta Bus Ltd. for thirty buses.",
    "Last year the town signed an agreement with Volta Bus Ltd. on electric buses.",
])
def test_the_city_opening_an_answer_is_the_guests_town(transport):
    text = INTERVIEW.format(guest=GUESTS[0], transport=transport)
    signed = undirected_id_pairs(text, A)
    assert any("city:pl:opole" in p and any("volta" in x for x in p) for p in signed)
    assert not any("city:fr:grasse" in p and any("volta" in x for x in p) for p in signed)


@pytest.mark.parametrize("transport", [
    "Grasse is our oldest partner. In April the city put its name to a contract with "
    "Volta Bus Ltd. for thirty buses.",
    "Grasse has a new tram line, and the city signed a contract with Volta Bus Ltd. for "
    "thirty buses.",
])
def test_a_town_the_answer_names_first_is_the_city_meant(transport):
    # (near miss: the answer itself names another town before "the city")
    signed = undirected_id_pairs(INTERVIEW.format(guest=GUESTS[0], transport=transport), A)
    assert any("city:fr:grasse" in p and any("volta" in x for x in p) for p in signed)
    assert not any("city:pl:opole" in p and any("volta" in x for x in p) for p in signed)
