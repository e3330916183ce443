"""A pair whose twinning a relative clause recalls ("A and B, which have been twin
cities since 1990, signed a memorandum on X") signs a document of its own: both the
twinning and the signing. The sentence's verb may serve the signing ("used the visit
to sign", "met in May to sign"); a visit used to discuss signs nothing. Every text
here was written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"
PAIR = ("city:no:trondheim", "city:se:uppsala")


@pytest.mark.parametrize("text", [
    "Trondheim and Uppsala, which have been twin cities since 1990, used the visit to sign "
    "a memorandum on student housing.",
    "Trondheim and Uppsala, which have been twin cities since 1990, signed a memorandum on "
    "student housing.",
])
def test_a_twinned_pair_signs_a_document_of_its_own(text):
    assert PAIR in undirected_id_pairs(text, T)
    assert PAIR in undirected_id_pairs(text, A)


@pytest.mark.parametrize("text", [
    "Trondheim and Uppsala used the visit to sign a memorandum on student housing.",
    "Trondheim and Uppsala met in May to sign a memorandum on student housing.",
])
def test_a_verb_that_serves_the_signing(text):
    assert PAIR in undirected_id_pairs(text, A)


@pytest.mark.parametrize("text, rel_type", [
    ("Trondheim and Uppsala used the visit to discuss a memorandum on student housing.", A),
])
def test_no_signing_of_its_own(text, rel_type):
    assert PAIR not in undirected_id_pairs(text, rel_type)
