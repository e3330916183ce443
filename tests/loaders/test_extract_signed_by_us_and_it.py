""""A protocol the academy and our firm extended": the writer named as one of
two signers beside the other's kind word, which takes up the party of that kind named
before (``signed_under.signed_by_us_and_it``). Texts written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

_HEAD = "Tarvel Dairy LLC\nAnnual Report 2024\n\n"


def _slugs(text):
    return {frozenset(i.split(":")[-1] for i in p)
            for p in undirected_id_pairs(_HEAD + text, "SIGNED_AGREEMENT")}


@pytest.mark.parametrize(("text", "partner"), [
    ("Our staff are trained at Halden University, under a contract the university "
     "and our firm extended last year.", "halden-university"),
    ("Our interns come from Kessel Institute of Technology, under a memorandum our "
     "company and the institute signed in 2019.", "kessel-institute-of-technology"),
])
def test_the_writer_signs_with_the_party_of_the_kind_word(text, partner):
    assert frozenset({"tarvel-dairy", partner}) in _slugs(text)


@pytest.mark.parametrize(("text", "partner"), [
    # the kind word names no party before the document
    ("Our staff are trained at Halden University, under a contract the cooperative "
     "and our firm extended last year.", "halden-university"),
    # no signing verb
    ("Our staff are trained at Halden University, under a contract the university "
     "and our firm drafted last year.", "halden-university"),
])
def test_no_signing_of_the_writer_with_the_party(text, partner):
    assert frozenset({"tarvel-dairy", partner}) not in _slugs(text)
