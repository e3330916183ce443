"""A town's partnership or link with another town in its own clause of a sentence that
speaks of twinning ("A is twinned with B, while C has had a partnership with D since
1987", "C's link with D dates from 1962, while A became the twin town of B") is one more
twinning. Not one only sought ("C is negotiating a partnership with D"), nor between
firms. Every text here was written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

T = "TWINNED_WITH"
PECS_TARTU = ("city:ee:tartu", "city:hu:pecs")
LUBLIN_TARTU = ("city:ee:tartu", "city:pl:lublin")


@pytest.mark.parametrize("text, pair", [
    ("Lahti is twinned with Kassel, while Tartu has maintained a partnership with Pecs "
     "in Hungary since 2019.", PECS_TARTU),
    ("Lahti and Kassel became sister cities in 2019; Tartu has had a partnership with "
     "Pecs since 2001.", PECS_TARTU),
    ("Tartu's link with Lublin dates from 1962, while Lille has been the twin town of "
     "Kassel since 1967.", LUBLIN_TARTU),
    ("Lille is a twin town of Kassel; Tartu's ties with Lublin go back to 1970.",
     LUBLIN_TARTU),
])
def test_a_partnership_beside_a_twinning_is_a_twinning(text, pair):
    assert pair in undirected_id_pairs(text, T)


@pytest.mark.parametrize("text, pair", [
    ("Lahti and Kassel became sister cities in 2019; Tartu is negotiating a partnership "
     "with Pecs.", PECS_TARTU),
    ("Tartu has had a partnership with Pecs since 2001.", PECS_TARTU),
])
def test_no_twinning_from_a_partnership_alone_or_sought(text, pair):
    assert pair not in undirected_id_pairs(text, T)
