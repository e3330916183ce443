"""A document named by its partner that another document follows ("The B text was
supplemented four years on by a memorandum with C", "The B agreement was followed in
2006 by a protocol with C"): B signs nothing with C; the signer of the new document is
the topic, who signed the first (``patterns.names_other_document``,
``carried_topic._STANDING_DOC``)."""

import pytest
from extract_candidates import undirected_id_pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize(("text", "pair", "not_pair"), [
    ("Tver followed with a similar agreement with the Brest Region in 2003. The Brest text "
     "was supplemented four years on by a memorandum with nearby Grodno that dealt with "
     "trade.", ("city:by:grodno", "city:ru:tver"), ("city:by:brest", "city:by:grodno")),
    ("The Pskov Region signed an agreement with Vitebsk in 2001. The Vitebsk agreement was "
     "followed in 2006 by a protocol with Orsha.",
     ("city:by:orsha", "region:ru:pskov"), ("city:by:orsha", "city:by:vitebsk")),
])
def test_the_new_document_is_the_topics(text, pair, not_pair):
    found = undirected_id_pairs(text, A)
    assert pair in found
    assert not_pair not in found


def test_a_document_named_by_its_signer_with_no_other_document_keeps_its_signer():
    text = "The Mogilev Region agreement with Smolensk was renewed in 2010."
    found = undirected_id_pairs(text, A)
    assert any("region:by:mogilev" in p and any("smolensk" in x for x in p) for p in found)
