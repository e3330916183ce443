"""Pairs stated in one sentence in shapes the rules missed, on sentences written for these
tests: two bodies named by a place and a lower-case organ word that sign together ("the
A district administration and the B city council signed"); a recipient firm after a
description of three words ("to the district heating company X"); a town's one twin
named by the town after "in" ("A has a sister city in B", not a country or a region
there); and an adverb set off by commas between a twin and its verb ("A, for example,
has been a twin town of B"). Near-misses keep a pair that signs nothing, a description
without a firm's head noun, and an unnamed twin only located."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"
S = "SUPPLIES_TO"
T = "TWINNED_WITH"


@pytest.mark.parametrize("text,pair", [
    ("The Narva city council and the Ivangorod district administration signed a protocol"
     " on the bridge.", ("city:ee:narva", "region:ru:ivangorod")),
    ("Across the border, the Cooch Behar district administration and the Rangpur district"
     " council signed in 2019 a protocol on the river crossing.",
     ("region:bd:rangpur", "region:in:cooch-behar")),
])
def test_bodies_with_lower_case_organ_words_sign_together(text, pair):
    assert pair in pairs(text, A)


@pytest.mark.parametrize("text", [
    "The Narva city council and the Ivangorod district administration discussed the bridge.",
    "The Narva city council and the Ivangorod district administration met in the spring.",
])
def test_bodies_with_organ_words_that_sign_nothing(text):
    assert pairs(text, A) == []


@pytest.mark.parametrize("text,pair", [
    ("Lakeside Timber Oy sells wood chips to the municipal district heating company Tartu"
     " Soojus AS.", ("company:fi:lakeside-timber", "company:ee:tartu-soojus")),
    ("Nordkalk Pellets AB, a Swedish producer, supplies pellets to the district heating"
     " company Tartu Soojus AS.", ("company:se:nordkalk-pellets", "company:ee:tartu-soojus")),
])
def test_recipient_firm_after_a_longer_description(text, pair):
    got = pairs(text, S)
    assert len(got) == 1 and set(got[0]) == set(pair)


def test_a_description_without_a_firm_noun_names_no_recipient():
    assert pairs("Lakeside Timber Oy sells chips to the big old warm Tartu Soojus AS.", S) == []


@pytest.mark.parametrize("text,pair", [
    ("Ostend has a sister city in Galway, Ireland.", ("city:be:ostend", "city:ie:galway")),
    ("Q: Mayor, Ostend has had a twin town in Galway since 1978. Is it still active?",
     ("city:be:ostend", "city:ie:galway")),
    ("The town of Ostend, for example, has been a twin town of Galway since 1978.",
     ("city:be:ostend", "city:ie:galway")),
])
def test_a_towns_one_twin_named_in_one_sentence(text, pair):
    assert pair in pairs(text, T)


@pytest.mark.parametrize("text", [
    "Ostend has a twin town in Poland.",
    "Ostend has a twin town in Bavaria since 1990.",
    "Ostend has a port in Galway.",
])
def test_a_twin_only_located_or_no_twin_word(text):
    assert pairs(text, T) == []
