"""A document titled by a field of its own ("a protocol on cultural and university
exchange", "a memorandum on joint tourist routes") that a twinned pair signs is a signing
beside their twinning, not the twinning's charter, wherever the twin words stand; a
twinning's own document ("a twinning agreement on ...", "an agreement on friendship and
...", "on establishing twin-city relations") and a document with no field of its own
("on trade, economic and cultural cooperation") stay the twinning alone (convention K).
Sentences written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"
BITOLA_PIROT = ("city:mk:bitola", "city:rs:pirot")


@pytest.mark.parametrize("text,pair", [
    ("Bitola and Pirot declared themselves sister cities in 2005 and in the same year signed"
     " a protocol on cultural and university exchange.", BITOLA_PIROT),
    ("With Pirot, Bitola signed a twinning agreement in 2014 and a memorandum on cultural"
     " exchange in 2022.", BITOLA_PIROT),
    ("Trencin and Uzice proclaimed themselves twin towns in 2003 and then signed a"
     " memorandum on joint tourist routes.", ("city:rs:uzice", "city:sk:trencin")),
])
def test_a_document_of_its_own_field_is_a_signing_beside_the_twinning(text, pair):
    assert undirected_id_pairs(text, A) == [pair]
    assert undirected_id_pairs(text, T) == [pair]


@pytest.mark.parametrize("text", [
    "Bitola and Pirot signed a twinning agreement on cultural cooperation.",
    "Bitola and Pirot signed an agreement on friendship and cultural cooperation.",
    "Bitola and Pirot signed a memorandum on establishing twin-city relations and on"
    " student exchange.",
    "Bitola and Pirot became partner towns and signed an agreement on trade, economic and"
    " cultural cooperation.",
])
def test_the_twinnings_own_document_stays_the_twinning(text):
    assert undirected_id_pairs(text, A) == []
    assert undirected_id_pairs(text, T) == [BITOLA_PIROT]


def test_a_relative_clause_signs_for_its_antecedent_only():
    text = ("Nitra has also established friendly city relations with Leiria (2011) and with"
            " Evora, the capital of the Alentejo, with which it concluded a memorandum on"
            " tourist exchanges in 2023.")
    assert ("city:pt:leiria", "city:sk:nitra") not in undirected_id_pairs(text, A)
