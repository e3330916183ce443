"""A pair that only locates other actors signs nothing itself: "traders from the two
towns signed contracts", "universities of both cities concluded an agreement"
(``references._OTHERS_OF``). Those who act for the pair ("the heads of the two cities")
stand in for it. Every text here was written for these tests."""

import pytest
from extract_candidates import blind_pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text", [
    "Gabrovo and Tulcea hosted a trade fair. During the fair, traders from the two towns "
    "signed a dozen sales contracts.",
    "Pskov and Tartu have cooperated since 1996. In 2015 universities of both cities "
    "concluded an agreement on student exchange.",
    "Narva and Ivangorod face each other across the river. Last year small firms in the "
    "two towns signed several contracts on repairs.",
])
def test_actors_located_by_the_pair_are_not_the_pair(text):
    assert not blind_pairs(text, A)


@pytest.mark.parametrize(("text", "pair"), [
    ("Pskov and Tartu have cooperated since 1996. In 2015 the heads of the two cities "
     "signed an agreement on tourism.", ("city:ru:pskov", "city:ee:tartu")),
    ("Pskov and Tartu have cooperated since 1996. In 2015 the two cities signed an "
     "agreement on tourism.", ("city:ru:pskov", "city:ee:tartu")),
])
def test_the_pair_or_its_heads_sign(text, pair):
    assert pair in blind_pairs(text, A)
