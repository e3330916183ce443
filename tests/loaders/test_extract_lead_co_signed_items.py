"""Items of a list under a lead line that names their signer ("the Region signed:") and
open with co-signers ("- together with B and C, a protocol on ..."), on texts written
for these tests: the lead's signer, the co-signers and the item document's own partner
("... a memorandum with D") sign it, each with each. Near misses: a lead that denies the
signing, an item with no document, an item under a lead of no signing."""

import pytest
from extract_candidates import named_pairs

A = "SIGNED_AGREEMENT"

LEAD = "During the year Tyrol signed:\n"


@pytest.mark.parametrize("items, expected", [
    ("- a memorandum with Bavaria on avalanche warnings (May 2022);\n"
     "- together with Salzburg and Carinthia, a protocol on alpine rail freight"
     " (June 2022).\n",
     {("Bavaria", "Tyrol"), ("Salzburg", "Tyrol"), ("Carinthia", "Tyrol"),
      ("Carinthia", "Salzburg")}),
    ("- together with Vorarlberg, a memorandum with the Canton of Ticino on"
     " mountain rescue (2021).\n",
     {("Tyrol", "Vorarlberg"), ("Canton of Ticino", "Tyrol"),
      ("Canton of Ticino", "Vorarlberg")}),
    ("* jointly with South Tyrol, an agreement on hydrogen corridors (2020);\n"
     "* together with Salzburg, a letter of intent with Trentino on school exchanges"
     " (2023).\n",
     {("South Tyrol", "Tyrol"), ("Salzburg", "Tyrol"), ("Trentino", "Tyrol"),
      ("Salzburg", "Trentino")}),
])
def test_co_signers_of_a_lead_lines_item(items, expected):
    assert expected <= named_pairs(LEAD + items, A)


@pytest.mark.parametrize("text", [
    # a lead line that denies the signing
    "Tyrol has not yet signed:\n"
    "- together with Salzburg and Carinthia, a protocol on alpine rail freight.\n",
    # no document in the item
    LEAD + "- together with Salzburg and Carinthia, several joint statements.\n",
    # a lead line of no signing
    "Tyrol discussed:\n"
    "- together with Salzburg and Carinthia, a protocol on alpine rail freight.\n",
])
def test_no_co_signers_without_a_signing_lead(text):
    pairs = named_pairs(text, A)
    assert ("Salzburg", "Tyrol") not in pairs and ("Carinthia", "Tyrol") not in pairs
