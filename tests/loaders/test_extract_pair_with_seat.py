"""A signing pair whose second member is placed by "from" or "in", on sentences written
for these tests: "A and B from Kaunas concluded a memorandum" is A and B's signing, as
"A and B concluded" is. Negative case: the pair of a verb that signs nothing."""

import pytest
from extract_candidates import named_pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text,expected", [
    ("Within the fair, Grodno State University and Vytautas Magnus University from Kaunas"
     " concluded a memorandum on joint courses in agronomy.",
     {("Grodno State University", "Vytautas Magnus University")}),
    ("In 2020 Milavitsa and Baltic Textile from Riga concluded a distribution agreement.",
     {("Baltic Textile", "Milavitsa")}),
])
def test_a_pair_placed_by_from_signs(text, expected):
    assert named_pairs(text, A) == expected


def test_a_placed_pair_of_another_verb_signs_nothing():
    text = ("Belshina and Multi Group from Yerevan exhibited tyres at a fair where agreements"
            " were signed.")
    assert named_pairs(text, A) == set()
