"""Documents of one list named only by their partner, on sentences written for these
tests: after a document "between A and B", a later document of the same list ("and the
Agreement on ... with C", "- a Road map ... with C") is signed by A, the list's
first-named signer. Negative cases: a later document whose clause has a subject of its
own, a with-phrase that is no document's, a twinning document."""

import pytest
from extract_candidates import candidates
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text,expected", [
    ("The legal basis of these ties is the Agreement between the Government of Latvia and"
     " the Government of Lithuania on border trade (2004) and the Agreement on regional"
     " cooperation with the Government of Estonia (2008).",
     [("country:ee", "country:lv"), ("country:lt", "country:lv")]),
    ("The region's ties rest on a protocol between the Pskov Region and the Vitebsk Region"
     " of 2005, a memorandum with the Mogilev Region and a road map with the Gomel Region.",
     [("region:by:gomel", "region:ru:pskov"), ("region:by:mogilev", "region:ru:pskov"),
      ("region:by:vitebsk", "region:ru:pskov")]),
])
def test_a_later_document_with_a_partner_is_the_first_signers(text, expected):
    assert pairs(text, A) == expected


BULLETS = (
    "Documents signed in 2021\n"
    "\n"
    "- an Agreement on museums and theatres between the Republic of Bashkortostan and the"
    " Khokimiyat of Samarkand Region, signed in Ufa on 3 May 2021;\n"
    "- a Road map of cooperation for 2021-2023 with Kostanay Region, adopted in Kostanay"
    " during the Days of Bashkortostan;\n"
    "- an Agreement on cooperation with Gomel Oblast, signed in Ufa in October.\n")


def test_bulleted_documents_take_the_first_items_signer_each_on_its_own_line():
    found = {(c["target"]["id"], c["evidence"]["line"]) for c in candidates(BULLETS)
             if c["type"] == A and c["source"]["id"] == "region:ru:bashkortostan"}
    assert found == {("region:uz:samarkand", 3), ("region:kz:kostanay", 4),
                     ("region:by:gomel", 5)}


@pytest.mark.parametrize("text,unwanted", [
    # the later document's clause has its own subject
    ("An agreement between Latvia and Lithuania was signed in 2004; Estonia signed a"
     " protocol with Finland in 2008, and a memorandum with Sweden.",
     {("country:fi", "country:lv"), ("country:lv", "country:se")}),
    # a with-phrase that is no document's
    ("The agreement between Grodno and Bialystok of 2001 and the visit of the mayor with"
     " Lida officials were discussed.", {("city:by:grodno", "city:by:lida")}),
    # a twinning document is the twinning's
    ("An agreement on trade between Grodno and Bialystok (2001) and a twinning agreement"
     " with Lida (2005) are in force.", {("city:by:grodno", "city:by:lida")}),
])
def test_no_first_signer_for_a_document_of_another_clause_or_a_twinning(text, unwanted):
    assert not set(pairs(text, A)) & unwanted


@pytest.mark.parametrize("text", [
    # a document only discussed, or a draft, is no signing
    "The basis of the ties is the protocol between the Pskov Region and the Vitebsk Region"
    " of 2005; the memorandum with the Mogilev Region was talked over but never signed.",
    "The basis of the ties is the protocol between the Pskov Region and the Vitebsk Region"
    " of 2005, and a draft memorandum with the Mogilev Region.",
])
def test_no_first_signer_for_a_document_never_signed_or_drafted(text):
    assert ("region:by:mogilev", "region:ru:pskov") not in pairs(text, A)
