"""Partners a text says are no twins, on texts written for these tests: when the
sentence that lists a place's partners says first that they are not twin towns, the
partners it lists are not read as the place's twins (its signings stay); a list that
says nothing of the kind, or says "not only", is still read as twins."""

import pytest
from extract_candidates import pairs

T, A = "TWINNED_WITH", "SIGNED_AGREEMENT"

_OPEN = "Besides its twin towns, Leeds works with several partner towns on single projects. "
_ITEMS = ("\n- Accra, Ghana: Leeds and Accra signed a memorandum on waste in 2018."
          "\n- Gdansk, Poland: a port agreement followed in 2020.\n")


@pytest.mark.parametrize("denial", [
    "They are not twin towns, but a few rest on signed agreements:",
    "These are not twinnings, and some rest on signed agreements:",
])
def test_partners_said_to_be_no_twins_are_no_twins(denial):
    text = "Partner towns\n" + _OPEN + denial + _ITEMS
    assert pairs(text, T) == []
    assert ("Leeds", "Accra") in pairs(text, A, key="name")


@pytest.mark.parametrize("lead", [
    "Among them are the following towns:",
    "They are not only twin towns but also trade partners:",
])
def test_a_list_that_denies_nothing_still_names_twins(lead):
    text = "Leeds has sister towns on three continents. " + lead + \
        "\n- Accra, Ghana\n- Gdansk, Poland\n"
    assert {b for _a, b in pairs(text, T, key="name")} >= {"Accra", "Gdansk"}
