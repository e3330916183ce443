"""A relative clause after a document tells what the document does (", which would link
the port with C"): its with-phrase names no partner of the signers, who then sign with
each other. A relative clause that says the signing itself (", which it concluded with
B") keeps its partner. Every text here was written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text, pairs", [
    ("In May, Tartu, Lublin and Kaunas signed a letter of intent on a freight corridor, "
     "which would link the ports by rail with the Vistula.",
     [("city:ee:tartu", "city:lt:kaunas"), ("city:ee:tartu", "city:pl:lublin"),
      ("city:lt:kaunas", "city:pl:lublin")]),
    ("Turku and Gdansk adopted a road map on ferries, which connects their harbours "
     "with Visby.", [("city:fi:turku", "city:pl:gdansk")]),
])
def test_a_with_phrase_of_the_documents_relative_clause_is_no_partner(text, pairs):
    assert undirected_id_pairs(text, A) == pairs


@pytest.mark.parametrize("text, pair", [
    ("Tartu drafted an agreement, which it concluded with Lublin in 2004.",
     ("city:ee:tartu", "city:pl:lublin")),
    ("Tartu signed a memorandum on tourism with Lublin in 2004.",
     ("city:ee:tartu", "city:pl:lublin")),
])
def test_a_relative_clause_that_signs_keeps_its_partner(text, pair):
    assert pair in undirected_id_pairs(text, A)
