"""Two documents of one signer in one sentence, each with its own partner ("Its first
agreement, signed with the county of A in 1996, ..., while a broader agreement with B,
concluded in 1999, ..."): A is the first document's partner, no signer of the second
and no counterpart of B; the signer of both is the topic (``patterns._WITH_OBJECT``,
``carried_topic._partner_of_another``). A partner a relative clause goes on from
("with the city of A, which signed an agreement with B") still signs."""

import pytest
from extract_candidates import named_pairs, undirected_id_pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize(("text", "pair", "not_pair"), [
    ("The Pskov Region joined later. Its first agreement, signed with the county of Harju "
     "in 1996, covered trade, while a broader agreement with Tartu County, concluded in "
     "1999, added culture.",
     ("region:ee:tartu", "region:ru:pskov"), ("Harju", "Tartu County")),
    ("The Grodno Region was slower. Its first treaty abroad, concluded with the province of "
     "Podlaskie in 1998, was modest, whereas a second agreement with Vilnius County, signed "
     "in 2003, covered transport.",
     ("region:lt:vilnius", "region:by:grodno"), ("Podlaskie", "Vilnius County")),
])
def test_each_document_pairs_its_partner_with_the_topic(text, pair, not_pair):
    assert tuple(sorted(pair)) in undirected_id_pairs(text, A)
    assert tuple(sorted(not_pair)) not in named_pairs(text, A)


@pytest.mark.parametrize(("text", "pair"), [
    # a relative clause goes on from the partner: it signs the next document
    ("Brest cooperates with the city of Lublin, which signed an agreement with Lutsk in "
     "2005.", ("city:pl:lublin", "city:ua:lutsk")),
    ("Brest cooperates with Lublin, which signed an agreement with Lutsk in 2005.",
     ("city:pl:lublin", "city:ua:lutsk")),
])
def test_a_partner_with_a_relative_clause_signs(text, pair):
    found = undirected_id_pairs(text, A)
    assert pair in found
    assert ("city:by:brest", "city:ua:lutsk") not in found
