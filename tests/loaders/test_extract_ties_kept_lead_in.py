"""A lead-in whose subject names the ties it keeps ("Tasmania maintains three
sister-state relationships:") owns the rows under it, one partner each; and
"friendship state" is a twin word beside "sister state". Sentences written for these
tests."""

import pytest
from extract_candidates import candidates, id_pair_set

T = "TWINNED_WITH"


@pytest.mark.parametrize("lead_in", [
    "Tasmania maintains three formal sister-state relationships:",
    "Tasmania keeps these sister-province ties:",
    "Tasmania has the following twinning links:",
])
def test_rows_under_a_lead_in_of_ties_are_the_subjects_twins(lead_in):
    text = "\n".join([lead_in, "| Partner | Country | Since |",
                      "| Fujian Province | China | 1981 |", "| Aomori Prefecture | Japan | 1990 |"])
    found = {frozenset(p) for p in id_pair_set(text, T)}
    owner = "region:au:tasmania"
    assert frozenset((owner, "region:cn:fujian")) in found
    assert frozenset((owner, "region:jp:aomori")) in found


def test_a_lead_in_of_other_relations_makes_no_twins():
    # (trade relations are no twinning: the caption names no tie the rows could be)
    text = "\n".join(["Tasmania maintains close trade relationships:",
                      "| Partner | Country | Since |", "| Fujian Province | China | 1981 |",
                      "| Aomori Prefecture | Japan | 1990 |"])
    assert not id_pair_set(text, T)


@pytest.mark.parametrize("text", [
    "Since 2015 Tasmania has kept a friendship-state relationship with Oregon.",
    "Since 2012 Tasmania and Oregon have been friendship states.",
])
def test_friendship_state_is_a_twinning(text):
    assert any(c["type"] == T for c in candidates(text))


def test_friendly_states_are_no_twins():
    text = "Tasmania sells wool to Oregon and to other friendly states of the region."
    assert not any(c["type"] == T for c in candidates(text))
