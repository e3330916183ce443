"""Later documents of the same kind, named by their partners only, on short texts written
for these tests (``ellipsis.followed_by_documents``): "the agreement between A and B was
followed by similar documents with C and D" gives A-C and A-D, the evidence on the line of
the later documents. Negative cases: something other than a document follows ("visits",
"talks"), and a document's partner that is one of the first pair."""

import pytest
from extract_candidates import candidates, pairs

AGREEMENT = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text,want", [
    ("The cooperation agreement between the Pskov Region and the Vitebsk Region, signed in "
     "2001, was followed by similar documents with the Mogilev Region (2004) and the Gomel "
     "Region (2009).",
     {("region:ru:pskov", "region:by:mogilev"), ("region:ru:pskov", "region:by:gomel")}),
    ("In 1998 the Smolensk Region concluded an agreement on trade with the Brest Region; it "
     "was followed by analogous agreements with the Grodno Region in 2003 and with the "
     "Minsk Region nine years on.",
     {("region:ru:smolensk", "region:by:grodno"), ("region:ru:smolensk", "region:by:minsk")}),
    ("The programme of cooperation between the Tula Region and the Gomel Region for "
     "2005-2007 was followed by programmes with the Vitebsk Region and the Mogilev Region.",
     {("region:ru:tula", "region:by:vitebsk"), ("region:ru:tula", "region:by:mogilev")}),
])
def test_followed_by_similar_documents(text, want):
    assert want <= set(pairs(text, AGREEMENT))


@pytest.mark.parametrize("text", [
    "The agreement between the Pskov Region and the Vitebsk Region was followed by visits "
    "of delegations from the Mogilev Region and the Gomel Region.",
    "The agreement between the Pskov Region and the Vitebsk Region was followed by talks "
    "with the Mogilev Region, which did not lead to a document.",
])
def test_no_later_document(text):
    got = set(pairs(text, AGREEMENT))
    assert ("region:ru:pskov", "region:by:mogilev") not in got
    assert ("region:ru:pskov", "region:by:gomel") not in got


def test_evidence_on_the_later_documents_line():
    text = ("The agreement between the Pskov Region and the Vitebsk Region, signed in\n"
            "2001 after long talks in both capitals and much preparation by officials,\n"
            "was followed by similar documents with the Mogilev Region (2004) and the\n"
            "Gomel Region (2009), each of them shorter than the first one.")
    lines = {r["target"]["id"]: r["evidence"]["line"] for r in candidates(text)
             if r["type"] == AGREEMENT}
    assert lines["region:by:mogilev"] >= 2   # not the first document's line


# "C concluded a similar agreement with D" after a twinning: the twinning again
@pytest.mark.parametrize("text,want", [
    ("Lida and Alytus signed an agreement on twinning, and Slonim concluded a similar "
     "agreement with Jonava.", ("city:by:slonim", "city:lt:jonava")),
    ("Brest became a sister city of Terespol in 1998, and Pinsk signed an analogous "
     "document with Lublin a year later.", ("city:by:pinsk", "city:pl:lublin")),
])
def test_similar_document_repeats_the_twinning(text, want):
    assert want in pairs(text, "TWINNED_WITH")


@pytest.mark.parametrize("text", [
    "Lida and Alytus signed an agreement on twinning, and Slonim discussed a similar "
    "agreement with Jonava.",
    "Lida and Alytus signed an agreement on twinning, and Slonim did not conclude a "
    "similar agreement with Jonava.",
    "Lida and Alytus signed an agreement on twinning, and Slonim concluded a similar "
    "agreement of its own with Jonava.",
])
def test_similar_document_not_made(text):
    assert ("city:by:slonim", "city:lt:jonava") not in pairs(text, "TWINNED_WITH")
