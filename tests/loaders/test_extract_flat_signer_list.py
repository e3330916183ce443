"""A flat list of three or more signers ("A, B and C signed a plan") is one document of
as many sides: every two of them signed it, also two of one country. A list that joins
one side's group to another ("A and the B, C and D regions", "A and the coastal
municipalities of B, C and D") still pairs across countries only. Every text here was
written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

A = "SIGNED_AGREEMENT"
TARTU_PSKOV = ("city:ee:tartu", "city:ru:pskov")
TARTU_VALGA = ("city:ee:tartu", "city:ee:valga")
VALGA_PSKOV = ("city:ee:valga", "city:ru:pskov")


@pytest.mark.parametrize("text", [
    "Tartu, Valga and Pskov signed a protocol on river tourism in 2019.",
    "In 2019 Tartu, Valga and Pskov adopted a joint action plan on river tourism.",
    "The river tourism protocol was signed in 2019 by Tartu, Valga and Pskov.",
])
def test_every_two_of_a_flat_list_sign(text):
    assert undirected_id_pairs(text, A) == [TARTU_VALGA, TARTU_PSKOV, VALGA_PSKOV]


@pytest.mark.parametrize("text", [
    "Pskov and the Estonian towns of Tartu, Valga and Narva signed a protocol on river "
    "tourism in 2019.",
    "The Pskov Region and the governments of the Tartu and Valga counties signed a "
    "protocol on river tourism in 2019.",
])
def test_a_grouped_list_pairs_across_its_sides(text):
    pairs = undirected_id_pairs(text, A)
    assert pairs and all(a.split(":")[1] != b.split(":")[1] for a, b in pairs)
