"""Members of a list who hold a relation among themselves ("A, B and C are twinned
with one another", "... signed a memorandum with each other"): every two of them, also
after a twin word that names the group first. Sentences written for these tests."""

import pytest
from extract_candidates import named_pairs

T, A = "TWINNED_WITH", "SIGNED_AGREEMENT"
THREE = {("Kolding", "Lahti"), ("Kolding", "Tromso"), ("Lahti", "Tromso")}


@pytest.mark.parametrize("text,rel_type", [
    ("Kolding, Lahti and Tromso are twinned with one another.", T),
    ("Kolding, Lahti and Tromso are all twin towns of each other.", T),
    ("Our northern twins – Kolding, Lahti and Tromso – are also twinned with one another.", T),
    ("The northern partners, Kolding, Lahti and Tromso, are twinned with each other too.", T),
    ("Kolding, Lahti and Tromso signed a memorandum on ferry links with one another.", A),
])
def test_every_two_members_of_a_reciprocal_list(text, rel_type):
    assert THREE <= named_pairs(text, rel_type)


@pytest.mark.parametrize("text", [
    # a partner named after the verb: each member with it, not with one another
    "Kolding, Lahti and Tromso are twinned with Aalborg.",
    # no relation the members hold
    "Kolding, Lahti and Tromso compete with one another for cruise visitors.",
])
def test_no_pairs_among_members_without_a_reciprocal_relation(text):
    assert not THREE & named_pairs(text, T)
