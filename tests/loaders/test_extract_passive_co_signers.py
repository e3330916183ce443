"""The agents of a passive signing listed after the document ("the agreement founding
the consortium, signed in 1998 by A, B and C"), its date between the verb and "by":
co-signers, paired as co-signers before the verb are (a flat list: every two of them).
A list after the document that no "by" introduces signs nothing. Every text here was written
for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

A = "SIGNED_AGREEMENT"
NARVA_IVANGOROD = ("city:ee:narva", "city:ru:ivangorod")
NARVA_SILLAMAE = ("city:ee:narva", "city:ee:sillamae")
SILLAMAE_IVANGOROD = ("city:ee:sillamae", "city:ru:ivangorod")


@pytest.mark.parametrize("text", [
    "The agreement establishing the consortium was signed in 1998 by Narva, Sillamae and "
    "Ivangorod.",
    "Among the documents is the agreement establishing the river consortium, signed in "
    "May 1998 by Narva, Sillamae and Ivangorod.",
])
def test_the_agents_of_a_passive_signing_are_co_signers(text):
    assert undirected_id_pairs(text, A) == [NARVA_SILLAMAE, NARVA_IVANGOROD,
                                            SILLAMAE_IVANGOROD]


def test_a_list_no_by_introduces_signs_nothing():
    text = ("The agreement establishing the consortium was signed in 1998 and covers "
            "Narva, Sillamae and Ivangorod.")
    assert NARVA_IVANGOROD not in undirected_id_pairs(text, A)
