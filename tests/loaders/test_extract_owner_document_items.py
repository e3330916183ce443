"""Documents listed after a lead-in whose subject works with partners under them, on
texts written for these tests: "A works with partner cities on the basis of cooperation
agreements: B, Belarus - agreement on culture (2012), C, Ukraine - memorandum (2020)"
gives A's signing with each item's partner (the town, not the country after it).
Negative cases: a list with no documents, a lead-in that names no party."""

from extract_candidates import named_pairs

A = "SIGNED_AGREEMENT"

BULLETS = (
    "Besides its twin towns, Lida works with several partners under agreements and"
    " memoranda:\n"
    "\n"
    "- Alytus, Lithuania - memorandum of understanding on sport and youth (2019);\n"
    "- Pskov, Russian Federation - agreement on trade and cultural cooperation (2016);"
    " Lida bakeries ship bread to Pskov;\n"
    "- Ventspils, Latvia - letter of intent on joint training of programmers (2021).\n")


def test_a_bulleted_list_under_its_owner():
    assert named_pairs(BULLETS, A) == {("Alytus", "Lida"), ("Lida", "Pskov"), ("Lida", "Ventspils")}


def test_a_list_run_into_the_sentence():
    text = ("Kaunas works with partner cities on the basis of cooperation agreements: Grodno,"
            " Belarus - agreement on culture (2012), Lviv, Ukraine - memorandum on IT"
            " education (2020).")
    assert named_pairs(text, A) == {("Grodno", "Kaunas"), ("Kaunas", "Lviv")}


def test_no_signing_without_documents_or_an_owner():
    assert named_pairs("Lida has several twin towns:\n- Alytus, Lithuania - since 1999;\n"
                       "- Pskov - since 2005.\n", A) == set()
    assert named_pairs("The ties of the towns of the region rest on agreements: Grodno,"
                       " Belarus - agreement on culture (2012), Lviv, Ukraine - memorandum on"
                       " IT education (2020).", A) == set()
