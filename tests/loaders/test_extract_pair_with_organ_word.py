"""A signing pair whose first member is written with its organ word after the name, on
sentences written for these tests: "the A administration and the B region hokimiyat
signed a protocol" is A and B's signing. Negative case: the same pair with a verb that
signs nothing."""

import pytest
from extract_candidates import named_pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text,expected", [
    ("In 2021 the Batken administration and the Fergana region hokimiyat signed a protocol on"
     " water sharing.", {("Batken", "Fergana region hokimiyat")}),
    ("Last year the Naryn administration and the Kashgar prefecture government concluded a"
     " memorandum on a border market.", {("Kashgar prefecture", "Naryn")}),
])
def test_a_first_member_with_its_organ_word_signs(text, expected):
    assert named_pairs(text, A) == expected


def test_the_pair_of_a_verb_that_signs_nothing():
    text = ("The Batken administration and the Fergana region hokimiyat discussed a protocol on"
            " water sharing.")
    assert named_pairs(text, A) == set()
