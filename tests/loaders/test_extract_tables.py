"""Relations stated in rows under a caption: one pair a line, no verb. Every text here
was written for these tests."""

import pytest

from relgraph.loaders.extract import extract_text
from relgraph.loaders.extract.document import build_document
from relgraph.loaders.extract.parties import text_resolver
from relgraph.loaders.extract.tables import caption_of, row_lines

RESOLVER = text_resolver()


def _pairs(text, rel_type):
    return {(r["source"]["id"], r["target"]["id"]) for r in
            extract_text(text, "t.txt", resolver=RESOLVER).candidates if r["type"] == rel_type}


def _rows(text, rel_type):
    return [r for r in extract_text(text, "t.txt", resolver=RESOLVER).candidates
            if r["type"] == rel_type]


@pytest.mark.parametrize("text, rel_type, expected", [
    ("Agreements of the Vitebsk region with Russian regions in 2011-2013:\n"
     "Vitebsk Region - Pskov Region, agreement on cooperation (2011)\n"
     "Vitebsk Region - Tver Region, memorandum (2013)\n",
     "SIGNED_AGREEMENT", {("region:by:vitebsk", "region:ru:pskov"),
                          ("region:by:vitebsk", "region:ru:tver")}),
    ("Documents adopted at the forum (compiled by the author):\n"
     "2012 - Omsk Region and Pavlodar Region (agreement);\n"
     "2014 - Kurgan Region and Kostanay Region (memorandum), Tyumen Region and Akmola "
     "Region (roadmap).\n",
     "SIGNED_AGREEMENT", {("region:ru:omsk", "region:kz:pavlodar"),
                          ("region:ru:kurgan", "region:kz:kostanay"),
                          ("region:ru:tyumen", "region:kz:akmola")}),
    ("Table 4 - Agreements of Kazakh regions with the regions of Russia\n"
     "Year Kazakh party Russian party Document\n"
     "2011 Pavlodar Region Omsk Region agreement on cooperation\n"
     "2013 Kostanay Region Kurgan Region memorandum\n",
     "SIGNED_AGREEMENT", {("region:kz:pavlodar", "region:ru:omsk"),
                          ("region:kz:kostanay", "region:ru:kurgan")}),
    ("Sister cities of the towns of the Grodno region:\n"
     "Lida - Alytus (2004)\n"
     "Slonim - Druskininkai (2009)\n\nTrade grew.\n",
     "TWINNED_WITH", {("city:by:lida", "city:lt:alytus"),
                      ("city:by:slonim", "city:lt:druskininkai")}),
])
def test_each_row_under_a_caption_is_a_relation_of_the_captions_type(text, rel_type, expected):
    got = _pairs(text, rel_type)
    assert {tuple(sorted(p)) for p in got} == {tuple(sorted(p)) for p in expected}


def test_a_row_keeps_its_own_document_kind_date_and_line():
    text = ("Agreements of the Brest region (compiled by the author):\n"
            "Brest Region - Volyn Region, memorandum (2015)\n"
            "Brest Region - Lublin Voivodeship, roadmap (2018)\n")
    rows = sorted(_rows(text, "SIGNED_AGREEMENT"), key=lambda r: r["evidence"]["line"])
    assert [(r["document"]["kind"], r["date"], r["evidence"]["line"]) for r in rows] == [
        ("memorandum", "2015", 2), ("roadmap", "2018", 3)]


def test_rows_under_a_caption_that_names_no_relation_give_nothing():
    text = ("Population of the largest towns (thousand people):\n"
            "Minsk - Gomel (2019)\n"
            "Brest - Grodno (2019)\n")
    assert _pairs(text, "SIGNED_AGREEMENT") == set()
    assert _pairs(text, "TWINNED_WITH") == set()


def test_a_row_whose_names_do_not_fall_into_pairs_gives_nothing():
    text = ("Agreements of the Mogilev region:\n"
            "2016 - Mogilev Region, Smolensk Region and Bryansk Region\n"
            "2018 - Mogilev Region and Kaluga Region (agreement)\n")
    assert {tuple(sorted(p)) for p in _pairs(text, "SIGNED_AGREEMENT")} == {
        ("region:by:mogilev", "region:ru:kaluga")}


@pytest.mark.parametrize("lines, rows", [
    # wrapped prose after a colon is no table
    (["The following was agreed:", "the Minsk Region and the Tver Region will trade more",
      "and exchange delegations."], set()),
    # prose lines that happen to start with a year: one is not a table
    (["Exports grew in", "2016 - Gomel firms led the growth, and in", "the next years more."],
     set()),
    # two year-led rows make a table even without a caption right above
    (["Year Belarusian party Russian party Document", "2016 Gomel region Kursk region agreement",
      "2017 Brest region Tula region memorandum"], {1, 2}),
])
def test_row_lines(lines, rows):
    assert row_lines(lines) == rows


def test_rows_are_paragraphs_of_their_own():
    doc = build_document(["Twin towns of Lida:", "Lida - Alytus (2004)", "Lida - Ruse (2010)",
                          "Trade also grew."])
    assert doc.text.split("\n") == ["Twin towns of Lida:", "Lida - Alytus (2004)",
                                    "Lida - Ruse (2010)", "Trade also grew."]
    assert doc.rows == {2, 3}


@pytest.mark.parametrize("caption, expected", [
    ("Twinning agreements of Vitebsk:", "TWINNED_WITH"),
    ("Table 2 - Memoranda of the Gomel region", "SIGNED_AGREEMENT"),
    ("Exports of potash by region:", None),
])
def test_caption_of(caption, expected):
    got = caption_of(caption)
    assert (got[0] if got else None) == expected


def test_rows_under_a_supply_caption_receive_from_its_supplier_and_the_makers_named():
    text = ("Belarusian deliveries to some regions of the Urals in 2020 (million US dollars):\n"
            "Sverdlovsk Region - tractors (MTZ), trucks (MAZ) - 88.1\n"
            "Chelyabinsk Region - dairy products - 41.2\n")
    rows = _rows(text, "SUPPLIES_TO")
    got = {(r["source"]["name"], r["target"]["id"], r["evidence"]["line"]) for r in rows}
    assert ("Belarusian", "region:ru:sverdlovsk", 2) in {(a, b, c) for a, b, c in got}
    assert ("Belarusian", "region:ru:chelyabinsk", 3) in got
    assert {a for a, b, _ in got if b == "region:ru:sverdlovsk"} == {"Belarusian", "MTZ", "MAZ"}
    assert {a for a, b, _ in got if b == "region:ru:chelyabinsk"} == {"Belarusian"}


def test_a_supply_caption_with_of_names_its_supplier():
    text = ("Exports of the Gomel Region to Kazakhstan (thousand US dollars):\n"
            "Kostanay Region - combines - 410.5\n"
            "Akmola Region - fertiliser - 120.0\n")
    got = {(r["source"]["id"], r["target"]["id"]) for r in _rows(text, "SUPPLIES_TO")
           if r["evidence"]["line"] > 1}
    assert got == {("region:by:gomel", "region:kz:kostanay"),
                   ("region:by:gomel", "region:kz:akmola")}


def test_imports_from_a_caption_are_not_read_as_deliveries_to_the_rows():
    text = ("Imports of the Gomel Region from Kazakhstan (thousand US dollars):\n"
            "Kostanay Region - grain - 210.5\n"
            "Akmola Region - coal - 90.0\n")
    assert not [r for r in _rows(text, "SUPPLIES_TO") if r["evidence"]["line"] > 1
                and r["source"]["id"] == "region:by:gomel"]


@pytest.mark.parametrize("text, expected", [
    # a heading with no colon, then a town, a colon and its twins a line
    ("Sister cities\n\nBrest: Lublin (Poland), Siedlce (Poland)\nPinsk: Kolomna (Russia)\n",
     {("city:by:brest", "city:pl:lublin"), ("city:by:brest", "city:pl:siedlce"),
      ("city:by:pinsk", "city:ru:kolomna")}),
    ("Twin towns of the Grodno Region\n- Grodno: Bialystok (Poland), Druskininkai (Lithuania)\n"
     "- Lida: Ostroleka (Poland)\n\nTrade with Poland grew.\n",
     {("city:by:grodno", "city:pl:bialystok"), ("city:by:grodno", "city:lt:druskininkai"),
      ("city:by:lida", "city:pl:ostroleka")}),
    # a dash before the list
    ("Twin towns of the Brest Region:\nBrest – Lublin (Poland), Ternopil (Ukraine)\n"
     "Pinsk – Kolomna (Russia)\n",
     {("city:by:brest", "city:pl:lublin"), ("city:by:brest", "city:ua:ternopil"),
      ("city:by:pinsk", "city:ru:kolomna")}),
])
def test_a_town_and_its_twins_a_line_under_a_heading(text, expected):
    assert _pairs(text, "TWINNED_WITH") == expected


def test_lines_of_a_town_and_a_colon_under_another_heading_give_no_twins():
    text = "Economy of the region\n\nGrodno: fertilisers, tyres\nLida: paint, beer\n"
    assert _pairs(text, "TWINNED_WITH") == set()
    assert _pairs(text, "SUPPLIES_TO") == set()


@pytest.mark.parametrize("text, rel_type, expected", [
    # a heading that names the owner, then one partner a line (its country and year only
    # say where and when)
    ("Twin towns of Mogilev\n\nKursk, Russia\nVilleneuve-d'Ascq, France\nEindhoven, Netherlands\n"
     "\nThe city has a long history.\n", "TWINNED_WITH",
     {("city:by:mogilev", "city:ru:kursk"), ("city:by:mogilev", "city:fr:villeneuve-dascq"),
      ("city:by:mogilev", "city:nl:eindhoven")}),
    ("Partner cities of Vitebsk:\n- Zielona Gora (Poland), since 1996\n- Nevers (France), "
     "since 1997\n", "TWINNED_WITH",
     {("city:by:vitebsk", "city:pl:zielona-gora"), ("city:by:vitebsk", "city:fr:nevers")}),
    ("Agreements of the Minsk Region with foreign regions\n\nHenan Province (China) - "
     "agreement on trade, 2008\nTver Oblast (Russia) - memorandum, 2012\n", "SIGNED_AGREEMENT",
     {("region:by:minsk", "region:cn:henan"), ("region:by:minsk", "region:ru:tver")}),
])
def test_one_partner_a_line_under_a_heading_that_names_the_owner(text, rel_type, expected):
    assert _pairs(text, rel_type) == expected


def test_each_owned_row_keeps_its_own_document_and_year():
    text = ("Agreements of the Minsk Region with foreign regions\n\nHenan Province (China) - "
            "agreement on trade, 2008\nTver Oblast (Russia) - memorandum, 2012\n")
    rows = sorted(_rows(text, "SIGNED_AGREEMENT"), key=lambda r: r["evidence"]["line"])
    assert [(r["document"]["kind"], r["date"], r["evidence"]["line"]) for r in rows] == [
        ("agreement", "2008", 3), ("memorandum", "2012", 4)]


@pytest.mark.parametrize("text", [
    # a source line and notes under the heading are no partners
    "Twin towns of Mogilev\n\nSource: Mogilev City Executive Committee\nNote: Kursk, Russia\n",
    # a heading that names no owner leaves one-name lines alone
    "Twin towns\n\nKursk, Russia\nEindhoven, Netherlands\n",
])
def test_lines_that_are_no_owned_rows_give_no_twins(text):
    assert _pairs(text, "TWINNED_WITH") == set()
