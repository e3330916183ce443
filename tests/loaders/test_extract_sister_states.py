"""A twinning of "sister states" or "sister prefectures" is one of regions: "Jalisco and
Oregon are sister states" twins the two states, not towns of their names. Every text
here was written for these tests."""

import pytest
from extract_candidates import id_pair_set

T = "TWINNED_WITH"


@pytest.mark.parametrize(("sentence", "pair"), [
    ("Jalisco and Oregon have been sister states since 1989.",
     {"region:mx:jalisco", "region:us:oregon"}),
    ("Sonora and Arizona became sister states in 1995.",
     {"region:mx:sonora", "region:us:arizona"}),
    ("Hiroshima and Sichuan are sister prefectures.",
     {"region:jp:hiroshima", "region:cn:sichuan"}),
])
def test_sister_states_are_regions(sentence, pair):
    assert frozenset(pair) in id_pair_set(sentence + "\n", T)


def test_sister_cities_stay_towns():
    # (the near miss: the twin word names towns)
    pairs = id_pair_set("Austin and Oita have been sister cities since 1990.\n", T)
    assert frozenset({"city:us:austin", "city:jp:oita"}) in pairs
