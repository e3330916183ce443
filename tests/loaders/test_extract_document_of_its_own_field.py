"""A document titled by a field of its own ("a protocol on cultural and academic
exchange", "a memorandum on joint tourist routes") that a twinned pair signs is a signing
beside their twinning, not the twinning's charter, wherever the twin words stand; a
twinning's own document ("a twinning agreement on ...", "an agreement on friendship and
...", "on establishing twin-city relations") and a document with no field of its own
("on economic, trade and cultural cooperation") are the twinning's charter: the twinning
and that charter's signing (convention K).
Sentences written for these tests."""

import pytest
from extract_candidates import charter_signings, undirected_id_pairs

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"
STRUMICA_PIROT = ("city:mk:strumica", "city:rs:pirot")


@pytest.mark.parametrize("text,pair", [
    ("Strumica and Pirot proclaimed each other sister towns in 2007 and signed a protocol on"
     " cultural and academic exchange that same year.", STRUMICA_PIROT),
    ("With Pirot, Strumica concluded a twinning agreement in 2012 and, in 2019, a memorandum"
     " on cultural exchange.", STRUMICA_PIROT),
    ("Trencin and Uzice proclaimed themselves twin towns in 2003 and then signed a"
     " memorandum on joint tourist routes.", ("city:rs:uzice", "city:sk:trencin")),
])
def test_a_document_of_its_own_field_is_a_signing_beside_the_twinning(text, pair):
    # the document of its own field, besides the signing of a charter the text states
    assert undirected_id_pairs(text, A) == [pair] * (1 + len(charter_signings(text)))
    assert undirected_id_pairs(text, T) == [pair]


@pytest.mark.parametrize("text", [
    "Strumica and Pirot signed a twinning agreement on cultural cooperation.",
    "Strumica and Pirot signed an agreement on friendship and cultural cooperation.",
    "Strumica and Pirot signed a memorandum on establishing twin-city relations and on"
    " student exchange.",
    "Strumica and Pirot became partner towns and signed an agreement on economic, trade"
    " and cultural cooperation.",
])
def test_the_twinnings_own_document_is_the_twinnings_charter(text):
    assert undirected_id_pairs(text, A) == [STRUMICA_PIROT]
    assert len(charter_signings(text)) == 1
    assert undirected_id_pairs(text, T) == [STRUMICA_PIROT]


def test_a_relative_clause_signs_for_its_antecedent_only():
    text = ("Nitra has also set up friendly relations with Leiria (2011) and with Evora,"
            " the main city of the Alentejo, with which it concluded a memorandum on wine"
            " tourism in 2021.")
    assert ("city:pt:leiria", "city:sk:nitra") not in undirected_id_pairs(text, A)
