"""Lists set out one item a line after the words that open them ("is twinned with:",
"signed agreements with:", "supplies tyres to:"): the items run on in the opening
sentence, each relation points at its item's line, and the list ends where prose
resumes. Short texts written for these tests."""

import pytest

from relgraph.loaders.extract.document import build_document
from relgraph.loaders.extract.pipeline import extract_lines


def _rows(text, rel_type):
    return sorted((c["source"]["id"], c["target"]["id"], c["evidence"]["line"])
                  for c in extract_lines(text.splitlines(), "list.txt").candidates
                  if c["type"] == rel_type)


@pytest.mark.parametrize("marker", ["- ", "* ", "• ", "– "])
def test_a_twin_town_per_line_after_the_opener(marker):
    text = ("Twin towns\n\nPärnu is twinned with:\n" + "".join(
        f"{marker}{town}\n" for town in ("Vaasa, Finland", "Oskarshamn, Sweden",
                                         "Helsingør, Denmark", "Jelgava, Latvia",
                                         "Kalmar, Sweden")))
    assert _rows(text, "TWINNED_WITH") == sorted([
        ("city:ee:parnu", "city:fi:vaasa", 4), ("city:ee:parnu", "city:se:oskarshamn", 5),
        ("city:ee:parnu", "city:dk:helsingor", 6), ("city:ee:parnu", "city:lv:jelgava", 7),
        ("city:ee:parnu", "city:se:kalmar", 8)])


def test_numbered_items_after_a_blank_line_with_semicolons():
    text = ("Gyumri's sister cities are:\n\n1. Kars, Turkey;\n2. Le Plessis-Robinson, "
            "France;\n3. Tula, Russia.\n")
    assert _rows(text, "TWINNED_WITH") == [
        ("city:am:gyumri", "city:fr:le-plessis-robinson", 4),
        ("city:am:gyumri", "city:ru:tula", 5), ("city:am:gyumri", "city:tr:kars", 3)]


def test_agreements_and_supplies_listed_a_line_each():
    agreements = ("The Grodno Region has signed cooperation agreements with:\n"
                  "* the Podlaskie Voivodeship (Poland);\n* the Kaunas County (Lithuania);\n"
                  "* the Pskov Region (Russia).\n")
    assert [r[1:] for r in _rows(agreements, "SIGNED_AGREEMENT")] == [
        ("region:lt:kaunas", 3), ("region:pl:podlaskie", 2), ("region:ru:pskov", 4)]
    supplies = "Belshina supplies tyres to:\n- MAZ;\n- BelAZ; and\n- KAMAZ (Russia).\n"
    assert [r[1:] for r in _rows(supplies, "SUPPLIES_TO")] == [
        ("company:by:belaz", 3), ("company:by:maz", 2), ("company:ru:kamaz", 4)]


def test_an_items_quote_holds_the_opener_and_the_item():
    text = "Pärnu is twinned with:\n- Vaasa, Finland\n- Kalmar, Sweden\n"
    quotes = {c["target"]["id"]: c["evidence"]["quote"]
              for c in extract_lines(text.splitlines(), "list.txt").candidates}
    assert quotes["city:se:kalmar"] == "Pärnu is twinned with: … Kalmar, Sweden"


def test_records_with_a_colon_of_their_own_keep_their_semicolons():
    doc = build_document(["Main buyers were:", "- tyres: Russia and Kazakhstan;",
                          "- fibres: Turkey."])
    assert doc.text == "Main buyers were: tyres: Russia and Kazakhstan; fibres: Turkey."


@pytest.mark.parametrize("lines", [
    # numbered headings of a report after prose that ended its sentence
    ["Sales grew by 8%.", "", "1. Partners", "Minsk and Lyon are twin towns."],
    # a dash list not opened by a colon
    ["Results of the year.", "- a new school in Brest", "- a road to Pinsk"],
])
def test_no_list_without_an_opener(lines):
    assert build_document(lines).items == frozenset()


def test_the_list_ends_where_prose_resumes():
    text = ("Pärnu is twinned with:\n- Vaasa, Finland\n- Kalmar, Sweden\n"
            "Tula hosted a fair in 2004.\n")
    doc = build_document(text.splitlines())
    assert doc.items == frozenset({2, 3})
    assert "Sweden\nTula hosted" in doc.text
    assert all("tula" not in r[1] for r in _rows(text, "TWINNED_WITH"))


def test_a_numbered_heading_after_a_dash_list_starts_anew():
    lines = ["Buyers were:", "- tyres: Russia;", "- fibres: Turkey.", "",
             "2. Agreements. Bobruisk signed an agreement with Kaluga."]
    doc = build_document(lines)
    assert doc.items == frozenset({2, 3})
    assert doc.text.endswith("\n2. Agreements. Bobruisk signed an agreement with Kaluga.")
