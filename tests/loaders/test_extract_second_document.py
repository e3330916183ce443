"""A second document of the same signing, coordinated after the first one's partner
(``clause_carry.gapped_objects``): after a purpose clause with places of its own ("signed
an agreement with B to open a bus line between X and Y, as well as a memorandum with C"),
and when the second object's noun is a programme, a plan or a charter, which a verb of
signing makes a document ("signed a road map with B (2017) and a programme of youth
exchange with C (2020)"), and after a participle's aside ("one with B, signed in X in
2017, and another with C"). Near-misses: a programme that is no object of signing, and a
purpose clause followed by a clause of its own. Every text here was written for these
tests."""

import pytest
from extract_candidates import named_pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize(("text", "pair"), [
    ("Lutsk signed a protocol with Rivne to open a bus line between Lutsk and Rivne, as "
     "well as a memorandum on culture with Kovel.", ("Kovel", "Lutsk")),
    ("In March Lutsk concluded an agreement with Rivne in order to build a bridge between "
     "Lutsk and Rivne, as well as a protocol on schools with Kovel.", ("Kovel", "Lutsk")),
    ("Lutsk signed a protocol with Rivne (2015) and a programme of youth exchange with "
     "Kovel (2019).", ("Kovel", "Lutsk")),
    ("The Pleven Region signed a road map with the Vidin Region and a programme of sports "
     "exchange with the Dolj County.", ("Dolj County", "Pleven Region")),
    ("Lutsk signed a memorandum with Rivne in 2016 and a plan for the harbour with Kovel.",
     ("Kovel", "Lutsk")),
    # a participle's aside with its own venue before the second object
    ("In 2017 Pleven confirmed these ties in two agreements, one with Vidin, signed in Ruse "
     "in 2017, and another with Dolj a year later.", ("Dolj", "Pleven")),
])
def test_second_document_after_the_first_partner(text, pair):
    assert pair in named_pairs(text, A)


@pytest.mark.parametrize(("text", "absent"), [
    # a programme of one side's own, no second object of a signing
    ("Lutsk has a memorandum with Rivne and a programme of road repairs with Kovel's "
     "contractors.", ("Kovel", "Lutsk")),
    # the places of the purpose clause are no partners
    ("Lutsk signed a protocol with Rivne to open a bus line between Kovel and Dubno, as "
     "well as a memorandum on culture with Kovel.", ("Dubno", "Lutsk")),
    # the venue of the aside is no partner
    ("In 2017 Pleven confirmed these ties in two agreements, one with Vidin, signed in Ruse "
     "in 2017, and another with Dolj a year later.", ("Pleven", "Ruse")),
    # after the purpose clause a clause of its own, with a subject of its own
    ("Lutsk signed a protocol with Rivne to open a bus line, and Dubno hosted a fair with "
     "Kovel.", ("Kovel", "Lutsk")),
])
def test_no_second_document(text, absent):
    assert absent not in named_pairs(text, A)
