"""A document signed beside a twinning the sentence denies, on sentences written for
these tests: "A has had no formal twin in C, although an agreement between A and B was
signed" is a signing; the denied twin word is no twinning the document could be. A
twinning agreement stays the twinning, and one never signed gives nothing."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"


@pytest.mark.parametrize("text,pair", [
    ("Lida has had no formal twin in Poland, although an agreement on culture between Lida"
     " and Augustow was signed in 2012.", ("city:by:lida", "city:pl:augustow")),
    ("Pinsk has never had a sister city in Lithuania, though a protocol on river transport"
     " between Pinsk and Alytus was concluded in 2009.", ("city:by:pinsk", "city:lt:alytus")),
])
def test_a_document_beside_a_denied_twinning_is_a_signing(text, pair):
    assert pairs(text, A) == [pair]
    assert pairs(text, T) == []


def test_a_twinning_agreement_is_the_twinning_and_its_signing():
    text = "Lida and Augustow signed a twinning agreement in 2014."
    assert pairs(text, A) == [("city:by:lida", "city:pl:augustow")]
    assert pairs(text, T) == [("city:by:lida", "city:pl:augustow")]


def test_a_twinning_agreement_never_signed_gives_nothing():
    text = "Lida and Augustow never signed a twinning agreement."
    assert pairs(text, A) == [] and pairs(text, T) == []
