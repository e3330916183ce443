"""A list of documents in force, an item each, on short texts written for these tests
(``carried_topic._ITEM_DOC``): an item that opens with a document's name and gives only
its partner ("- the Agreement with the Gomel Region of 2007;") is a signing of the
paragraph's subject with that partner, however the items were joined into one
sentence. Negative cases: an item only discussed, a draft, a list of visits."""

import pytest
from extract_candidates import pairs

AGREEMENT = "SIGNED_AGREEMENT"
HEAD = ("By early 2024 the Tver Region had signed 12 international and interregional "
        "cooperation agreements. Among them:\n- the Agreement on cooperation between "
        "the Tver Region and the Vitebsk Region of 14 May 2001;\n")
HEAD2 = ("The foreign ties of the Pskov Region rest on the following documents:\n"
         "• the Agreement on trade and economic cooperation between the Pskov Region and the "
         "Brest Region (2003);\n")


@pytest.mark.parametrize("text,want", [
    (HEAD + "- the Agreement on cooperation with the Mogilev Region of 2003 (suspended);\n",
     {("region:ru:tver", "region:by:mogilev")}),
    (HEAD + "- the Agreement with the Gomel Region of 2007;\n- the Programme of cooperation "
     "with the Brest Region for 2021-2023;\n- the Memorandum with the Minsk Region of 2019.\n",
     {("region:ru:tver", "region:by:gomel"), ("region:ru:tver", "region:by:brest"),
      ("region:ru:tver", "region:by:minsk")}),
    (HEAD2 + "• the Programme of cooperation with the Vitebsk Region for 2019-2021.\n",
     {("region:ru:pskov", "region:by:vitebsk")}),
])
def test_item_names_the_partner_only(text, want):
    assert want <= set(pairs(text, AGREEMENT))


@pytest.mark.parametrize("text", [
    HEAD + "- the Agreement with the Gomel Region was discussed in 2007 but never signed;\n",
    HEAD + "- a draft Agreement with the Gomel Region;\n",
    HEAD + "- visits of delegations from the Gomel Region in 2019 and 2021;\n",
])
def test_item_no_signing(text):
    assert ("region:ru:tver", "region:by:gomel") not in set(pairs(text, AGREEMENT))
