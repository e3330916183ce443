"""A twinning of states or prefectures ("sister states", "a sister-state agreement",
"sister prefectures") says what a bare name means: the region, not a town of that
name or one whose name holds it ("Idaho" is no Idaho Springs). A twinning that names
no kind makes a region a town only when the town bears the name as its own ("Tartu")
and not when the name is the region's alone. Texts written for these tests."""

import pytest
from extract_candidates import id_pair_set

T = "TWINNED_WITH"


@pytest.mark.parametrize("text, pair", [
    ("Idaho and Jalisco became sister states in 1999.",
     {"region:us:idaho", "region:mx:jalisco"}),
    ("Oregon and Sonora have been sister-states since 1992.",
     {"region:us:oregon", "region:mx:sonora"}),
    ("In 2003 Nevada signed a sister-state agreement with Zacatecas.",
     {"region:us:nevada", "region:mx:zacatecas"}),
    ("Hyogo and Washington became sister prefectures in 1963.",
     {"region:jp:hyogo", "region:us:washington"}),
    # no kind word: the state's own name is no town's
    ("Idaho and Sinaloa have been twinned since 2004.",
     {"region:us:idaho", "region:mx:sinaloa"}),
])
def test_a_twinning_of_states_pairs_the_regions(text, pair):
    assert frozenset(pair) in id_pair_set(text, T)


@pytest.mark.parametrize("text, pair", [
    # a county named like its town: the town, as before
    ("Tartu and Uppsala are twin towns.", {"city:ee:tartu", "city:se:uppsala"}),
    # the town's whole name is written
    ("Kansas City and Tainan are sister cities.", {"city:us:kansas-city", "city:tw:tainan"}),
])
def test_towns_named_whole_stay_towns(text, pair):
    assert frozenset(pair) in id_pair_set(text, T)

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
