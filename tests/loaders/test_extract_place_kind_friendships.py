"""A twinning named by the kind of place it joins ("the provincial friendships",
"a prefectural friendship", "civic friendships") is a twin word; a bare friendship
is not. Sentences written for these tests."""

import pytest
from extract_candidates import named_pairs

T = "TWINNED_WITH"


@pytest.mark.parametrize("text", [
    "Of all the provincial friendships it keeps, the oldest links Sichuan with Aomori.",
    "Sichuan's prefectural friendship with Aomori dates from 1994.",
    "Sichuan and Aomori signed a provincial friendship agreement in 1994.",
])
def test_a_friendship_of_places_is_a_twinning(text):
    assert ("Aomori", "Sichuan") in named_pairs(text, T)


@pytest.mark.parametrize("text", [
    "The friendship between Sichuan and Aomori was personal.",
    "Sichuan values its friendship with Aomori.",
])
def test_a_bare_friendship_is_none(text):
    assert ("Aomori", "Sichuan") not in named_pairs(text, T)
