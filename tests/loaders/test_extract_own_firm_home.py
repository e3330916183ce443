"""A firm's own report is placed where the firm says it is at home (its plant's or head
office's town, "outside <country>", the currency it counts in, the town it signs at),
not in the market it names most: its "we" and its name get that country. Every text
here was written for these tests."""

import pytest
from extract_candidates import id_pair_set

from relgraph.loaders.extract.own_home import own_home
from relgraph.loaders.extract.pipeline import extract_lines

S = "SIGNED_AGREEMENT"
_TOWNS = {"Sfax": "TN", "Rzeszow": "PL", "Talca": "CL", "Lyon": "FR", "Hamburg": "DE",
          "Agadir": "MA"}.get


@pytest.mark.parametrize(("text", "cc"), [
    ("Italy bought most of our oil. Our mill in Sfax ran all year. Sales reached TND 40 "
     "million.", "TN"),
    ("Half of our sales went to buyers outside Poland. Our main factory in Rzeszow grew.",
     "PL"),
    ("Germany remained our largest market.\nWe are headquartered in Talca and sell "
     "abroad.\nRevenue was CLP 9 billion.", "CL"),
    ("Spain and Italy took most of it. As a Chilean producer we export wine.\n"
     "The Board\nTalca, May 2024", "CL"),
])
def test_the_firms_own_words_give_its_home(text, cc):
    assert own_home(text, _TOWNS) == cc


@pytest.mark.parametrize("text", [
    "France bought most. Sales to our French customers grew.",    # a market only
    "Our plant in Sfax grew.",                                    # one vote is not enough
    "Revenue was EUR 40 million and USD 3 million. Our site in Lyon ran.",  # shared currencies
    "Our mill in Sfax ran; customers outside Poland and our factory in Rzeszow grew. "
    "Sales were TND 4 million.",                                 # a tie: no home
])
def test_no_home_without_agreeing_evidence(text):
    assert own_home(text, _TOWNS) is None


_REPORT = (
    "ZITOUNA GOLD OILS S.A.\n"
    "Annual Report 2024\n"
    "\n"
    "Of our revenue of TND 88 million, 70 per cent came from buyers outside Tunisia. "
    "Olives are pressed at our mill in the Poudrette industrial park of Sfax.\n"
    "Italy. Italy stays our first market and Italian blenders take most of our oil.\n"
    "In May we signed a supply contract with Oleifici Lombardi S.p.A., which buys from us.\n"
    "Spain. Spanish buyers took less; Italy and France grew.\n"
    "France. In June we signed a framework agreement with Huiles du Rhone S.A.S.\n")


def test_the_report_firm_is_of_its_home_not_of_its_market():
    ids = {i for pair in id_pair_set(_REPORT, S) for i in pair}
    assert any(i.startswith("company:tn:zitouna-gold-oils") for i in ids)
    assert not any(i.startswith(("company:it:zitouna", "company:fr:zitouna")) for i in ids)


def test_a_firm_the_title_does_not_name_keeps_its_reading():
    # (the near miss: the partner, a firm of the market, is not moved home)
    ids = {i for pair in id_pair_set(_REPORT, S) for i in pair}
    assert any(i.startswith("company:fr:huiles-du-rhone") for i in ids)


def test_without_its_own_words_the_report_is_read_by_its_markets():
    text = _REPORT.replace("TND 88 million", "88 million").replace(
        "outside Tunisia", "abroad").replace(" in the Poudrette industrial park of Sfax", "")
    ids = {i for pair in id_pair_set(text, S) for i in pair}
    assert not any(i.startswith("company:tn:zitouna") for i in ids)


_OWN_REPORT = ("Tamri Citrus S.A. - Annual Report 2024\n"
               "Markets\n"
               "France took 40% of our lemons and France paid best; Spain took the rest.\n"
               "{seat}\n\n"
               "Suppliers\n"
               "Our cartons are supplied by Cartonnage Atlas S.A., a long-standing partner.")


@pytest.mark.parametrize(("seat", "supplier"), [
    # the report says where its firm is at home: a supplier nothing places is of there
    ("We pack all fruit in our two stations in Agadir and Essaouira.",
     "company:ma:cartonnage-atlas"),
    # ... and when it does not, of the market the text names most, as before
    ("We pack all fruit as soon as it is picked.", "company:fr:cartonnage-atlas"),
])
def test_a_partner_nothing_places_is_of_the_reports_home(seat, supplier):
    rows = extract_lines(_OWN_REPORT.format(seat=seat).split("\n"), "t.txt").candidates
    assert supplier in {c["source"]["id"] for c in rows if c["type"] == "SUPPLIES_TO"}
