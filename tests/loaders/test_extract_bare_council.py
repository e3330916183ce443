""""The Council", capitalised and with no town named, on a town's own page or in its
mayor's words: the town's own council, which signs for the town, as "the City Council"
is. In a text that speaks for no town it stays no party of a town's. Texts written for
these tests."""

import pytest
from extract_candidates import id_pair_set

A = "SIGNED_AGREEMENT"
OWN, DARMSTADT = "city:no:trondheim", "city:de:darmstadt"
PAGE = ("City of Trondheim | Official website\n"
        "Home > The City > International > Twin Towns\n\n"
        "Trondheim keeps ties with towns on three continents.\n\n")


@pytest.mark.parametrize("sentence", [
    "In 2019 the Council signed a memorandum on clean transport with Darmstadt.",
    "The Council and Darmstadt signed a memorandum on clean transport in 2019.",
])
def test_the_council_on_a_town_page_signs_for_the_town(sentence):
    got = id_pair_set(PAGE + sentence + "\n", A)
    assert frozenset((OWN, DARMSTADT)) in got, got


def test_the_council_in_a_text_of_no_town_is_no_town():
    text = ("Transport across Europe\n\nCities share their lessons. In 2019 the Council "
            "signed a memorandum on clean transport with Darmstadt.\n")
    got = id_pair_set(text, A)
    assert not any(OWN in pair for pair in got), got
