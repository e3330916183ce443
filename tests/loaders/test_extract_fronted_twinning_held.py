"""A fronted partner whose subject holds a twinning ("With B, A has a sister-city
relationship", "With B in Russia, A has had twin-town ties since 1990") is that
twinning, as a fronted partner of a signing verb is. Negative: a relationship that is
no twinning. Every text here was written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

T = "TWINNED_WITH"
PAIR = ("city:ee:tartu", "city:ru:pskov")


@pytest.mark.parametrize("text", [
    "With Pskov, Tartu has a friendship city relationship.",
    "With Pskov in Russia, Tartu has had a twin town relationship since 1990.",
    "With Pskov, Tartu has long had sister city links.",
])
def test_a_fronted_partner_of_a_twinning_held(text):
    assert pairs(text, T) == [PAIR]


@pytest.mark.parametrize("text", [
    "With Pskov, Tartu has a trade relationship.",
    "With Pskov, Tartu has good rail links.",
])
def test_no_twinning(text):
    assert pairs(text, T) == []
