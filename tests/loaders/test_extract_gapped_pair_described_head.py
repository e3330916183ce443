"""A gapped twin pair whose head is described by its kind and the place that locates it
("A is twinned with B, and the Saxon village of C with D"): C with D, and the locating
place is no twin of A. On short texts written for these tests."""

import pytest
from extract_candidates import named_pairs

TWIN = "TWINNED_WITH"


@pytest.mark.parametrize("text,want", [
    ("Zittau is twinned with Liberec, and the Saxon village of Oybin with Jonsdorf.",
     {("Liberec", "Zittau"), ("Jonsdorf", "Oybin")}),
    ("Since 1995 Bautzen has been twinned with Jablonec, and the Lusatian town of Kamenz "
     "with Ceska Lipa.",
     {("Bautzen", "Jablonec"), ("Ceska Lipa", "Kamenz")}),
    ("Zittau is twinned with Liberec, and the Saxon village of Oybin with Jonsdorf, and "
     "Bautzen with Jablonec.",
     {("Liberec", "Zittau"), ("Jonsdorf", "Oybin"), ("Bautzen", "Jablonec")}),
])
def test_a_described_head_opens_its_own_pair(text, want):
    assert named_pairs(text, TWIN) == want


@pytest.mark.parametrize("text,want", [
    # a described member of the first list, with no pair of its own after it
    ("Zittau is twinned with Liberec and the Czech town of Jablonec.",
     {("Liberec", "Zittau"), ("Jablonec", "Zittau")}),
    # the described town has a verb of its own: no gapped pair
    ("Zittau is twinned with Liberec, and the Saxon village of Oybin hosts a festival.",
     {("Liberec", "Zittau")}),
])
def test_no_gapped_pair_without_its_with(text, want):
    assert named_pairs(text, TWIN) == want


def test_twinned_groups_are_no_signers_of_a_document_named_after_them():
    text = ("Zittau is twinned with Liberec, and the Saxon village of Oybin with Jonsdorf, "
            "a pairing honoured by the 1990 agreement.")
    assert named_pairs(text, "SIGNED_AGREEMENT") == set()
    assert named_pairs(text, TWIN) == {("Liberec", "Zittau"), ("Jonsdorf", "Oybin")}


def test_signed_groups_stay_signers():
    text = "Zittau signed an agreement with Liberec in 1995, and Oybin with Jonsdorf in 1999."
    assert named_pairs(text, "SIGNED_AGREEMENT") == {("Liberec", "Zittau"),
                                                     ("Jonsdorf", "Oybin")}
