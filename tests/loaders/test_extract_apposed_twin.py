"""A twin set off by a comma before "its twin town" ("A hosted a delegation from B, its
twin town since 1994"): B is A's twin, A the clause's subject, also when A is "the town"
of the sentence before; an opening phrase or an owner before "'s" is no subject
(``patterns._apposed_twin``, ``patterns._framing``)."""

import pytest
from extract_candidates import undirected_id_pairs

T = "TWINNED_WITH"


@pytest.mark.parametrize(("text", "pair"), [
    ("Kovrov welcomed a delegation from Kozloduy, its twin town since 1994.",
     ("city:bg:kozloduy", "city:ru:kovrov")),
    ("Last spring Gabrovo sent its youth orchestra to Kolomna, its sister city.",
     ("city:bg:gabrovo", "city:ru:kolomna")),
    # the town of the sentence before, named by "the town"
    ("The cannery remains the largest employer of Kovrov. Last year the town received "
     "a choir from Kozloduy (Bulgaria), its twin town since 1994.",
     ("city:bg:kozloduy", "city:ru:kovrov")),
    # an opening phrase with an owner in it is no subject
    ("With the Plant's backing, Gabrovo hosted teachers from Kolomna, its partner city.",
     ("city:bg:gabrovo", "city:ru:kolomna")),
    ("With support from Sofia, Gabrovo welcomed a delegation from its Russian twin city "
     "of Kolomna.", ("city:bg:gabrovo", "city:ru:kolomna")),
])
def test_an_apposed_twin_is_the_subjects(text, pair):
    assert pair in undirected_id_pairs(text, T)


@pytest.mark.parametrize(("text", "absent"), [
    # the opening phrase's town is not the owner of the twin
    ("With support from Sofia, Gabrovo welcomed a delegation from its Russian twin city "
     "of Kolomna.", ("city:bg:sofia", "city:ru:kolomna")),
    # a town alone before the twin words: no owner is named
    ("Kozloduy, its twin town, lies on the Danube.", ("city:bg:kozloduy", "city:ru:kovrov")),
    # a firm as the subject owns no twin town
    ("Kovrov Mechanical Plant hired engineers from Kozloduy, its twin town.",
     ("city:bg:kozloduy", "city:ru:kovrov")),
])
def test_no_apposed_twin_without_a_town_owner(text, absent):
    assert absent not in undirected_id_pairs(text, T)
