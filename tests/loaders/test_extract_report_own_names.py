"""A firm's own report, with no letterhead naming the firm: a bracket that gives the
firm several short names ('X ("Xo" or "the Company")'); its name joined by a foreign
"and" before its legal form ("Kaya Sanayi ve Ticaret A.S."); "we" and "our" meaning
that firm; its table of sales by country under a numbered section heading, laid out in
columns of spaces. Every text here was written for these tests."""

import pytest
from extract_candidates import firm_blind

from relgraph.loaders.extract.mentions import find_mentions
from relgraph.loaders.extract.pipeline import extract_lines

S, A = "SUPPLIES_TO", "SIGNED_AGREEMENT"
FIRM = "company:xx:kaya-sanayi-ve-ticaret"


def _pairs(text, rel_type=S):
    return {(firm_blind(c["source"]["id"]), firm_blind(c["target"]["id"]))
            for c in extract_lines(text.splitlines(), "t.txt").candidates
            if c["type"] == rel_type}


def _opening(bracket):
    return ("Annual Report 2025\n\n1. Profile\n\nKaya Sanayi ve Ticaret A.S. " + bracket +
            " was founded in Trabzon in 1990 and dries apricots.\n\n")


@pytest.mark.parametrize("bracket", [
    '("Kaya" or "the Company")', '("Kaya", "the Company")', '(the "Company", "we")'])
def test_the_company_of_a_bracket_with_several_names_is_the_firm(bracket):
    text = _opening(bracket) + ("2. Markets\n\nIn May the Company signed a supply contract "
                                "with Fruchthof Lindner GmbH of Bremen.\n")
    assert (FIRM, "company:xx:fruchthof-lindner") in _pairs(text, A), _pairs(text, A)


@pytest.mark.parametrize("sentence, pair", [
    ("In Spain, we signed a letter of intent with Frutas Lorca S.L. in June.",
     (FIRM, "company:xx:frutas-lorca")),
    ("Our largest customer is Fruchthof Lindner GmbH of Bremen.",
     (FIRM, "company:xx:fruchthof-lindner")),
])
def test_we_of_a_report_that_defined_its_firm_is_the_firm(sentence, pair):
    rel = A if "signed" in sentence else S
    got = _pairs(_opening('("Kaya" or "the Company")') + "2. Markets\n\n" + sentence + "\n",
                 rel)
    assert pair in got, got


def test_our_in_an_apposition_is_no_party():
    text = _opening('("Kaya" or "the Company")') + (
        "2. Markets\n\nKaya Trade GmbH, our Bremen subsidiary, sells dried apricots to "
        "Austria.\n")
    got = _pairs(text)
    assert (FIRM, "country:at") not in got, got


def test_we_of_a_text_that_defined_no_firm_stays_unread():
    text = ("Trade of the Black Sea ports\n\nIn Spain, we signed nothing ourselves; the "
            "study asks why Frutas Lorca S.L. signed a contract with Fruchthof Lindner GmbH.\n")
    assert all("we" not in p for p in _pairs(text, A))


TABLE = ("{heading}\n\n"
         "Country            Sales (USD million)   Share (%)\n"
         "Germany                   31.4              41.5\n"
         "Austria                   12.9              17.6\n\n"
         "Domestic sales were small.\n")


@pytest.mark.parametrize("heading", ["4. Export sales by country (2025)",
                                     "Export sales by country"])
def test_a_spaced_table_under_a_section_heading_is_the_firms_sales(heading):
    got = _pairs(_opening('("Kaya" or "the Company")') + TABLE.format(heading=heading))
    assert {(FIRM, "country:de"), (FIRM, "country:at")} <= got, got


def test_a_spaced_table_under_a_heading_of_no_relation_gives_nothing():
    got = _pairs(_opening('("Kaya" or "the Company")') +
                 TABLE.format(heading="4. Staff by country"))
    assert not {p for p in got if p[1] in ("country:de", "country:at")}, got


@pytest.mark.parametrize("text, names", [
    ("Kaya Sanayi ve Ticaret A.S. dries apricots.", ["Kaya Sanayi ve Ticaret A.S."]),
    ("Nowak Handel i Uslugi Sp. z o.o. sells wood.", ["Nowak Handel i Uslugi Sp. z o.o."]),
    # English "and" may join two firms; no legal form, no joined name
    ("Kaya and Lumo Ltd. sell nuts.", ["Kaya", "Lumo Ltd."]),
    ("Trabzon ve Rize export nuts.", ["Trabzon", "Rize"]),
])
def test_a_firms_name_with_a_foreign_and(text, names):
    assert [m.text for m in find_mentions(text)] == names
