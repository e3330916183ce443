"""A firm's own report: the short name it defines for itself ('X PJSC (the "Company")'),
and its tables of sales by country or of export markets whose caption names no owner,
the rows then being the report's firm's markets; a table written with bars between its
cells; a market's towns in a row only locate its buyers. Every text here was written
for these tests."""

import pytest
from extract_candidates import firm_blind

from relgraph.loaders.extract.pipeline import extract_lines

S = "SUPPLIES_TO"


def _rows(text, rel_type=S):
    return sorted((firm_blind(c["source"]["id"]), c["target"]["id"], c["evidence"]["line"])
                  for c in extract_lines(text.splitlines(), "t.txt").candidates
                  if c["type"] == rel_type)


def _pairs(text, rel_type=S):
    return {r[:2] for r in _rows(text, rel_type)}


# -- a short name the text defines ------------------------------------------------------
DEFINED = [
    ('In 2023 Belshina JSC (the "Company") raised its output by a tenth. The Company\'s '
     "tyres were shipped to forty countries.\nAltaishina, a rival maker from Barnaul, cut its "
     "prices. Rudnik LLC bought 4,000 tyres supplied by the Company.", "company:xx:belshina"),
    ('Gomselmash OJSC (hereinafter "the Company") is a maker of combines.\nThe Rostov dealer '
     "Agrotekhnika LLC opened a new store. The Company delivered 90 combines to Agroprom "
     "Trade LLP in Kostanay.", "company:xx:gomselmash"),
]


@pytest.mark.parametrize(("text", "firm"), DEFINED)
def test_the_defined_term_is_the_firm(text, firm):
    assert {r[0] for r in _rows(text)} == {firm}


@pytest.mark.parametrize(("text", "firm"), DEFINED)
def test_the_bracket_names_no_party(text, firm):
    assert not [r for r in _rows(text) if "company" in r[1].rsplit(":", 1)[-1]]


@pytest.mark.parametrize(("text", "other"), [
    # "the company" in lower case after a firm introduced with that noun: that firm
    ('Belshina JSC (the "Company") makes tyres.\nRudnik LLC, a Chilean mining company, '
     "opened a new pit. The company bought 30 dump trucks from BelAZ.", "company:xx:rudnik"),
    ('Gomselmash OJSC (the "Company") makes combines.\nAgromash LLP, a Kostanay trading '
     "company, expanded. The company purchased 40 tractors from MTZ.", "company:xx:agromash"),
])
def test_a_lower_case_noun_is_left_to_the_other_rules(text, other):
    buyers = {r[1] for r in _rows(text)}
    assert "company:xx:belshina" not in buyers and "company:xx:gomselmash" not in buyers
    assert other in {firm_blind(b) for b in buyers}


# -- a report's table whose caption names no owner --------------------------------------
SPACED = ("MOGILEVLIFTMASH\nAnnual report 2024\n\n"
          "Lifts were sold abroad in growing numbers.\n\n"
          "Table 2.1. Export sales by country, units\n\n"
          "Country          2024     2023\n"
          "Kazakhstan        610      540\n"
          "Georgia           120       95\n\n"
          "The plant also renewed its service network.\n")
DEFINED_TABLE = ('Amkodor OJSC (the "Company") builds loaders.\n\n'
                 "Table 4. Shipments by destination, 2024\n\n"
                 "Destination       Loaders     Graders\n"
                 "Serbia               80          12\n"
                 "Mongolia             45           9\n")
BARRED = ("ROKAS DAIRY\nANNUAL REPORT 2024\n"
          "Table 3. Main export markets, 2024 (per cent of sales)\n"
          "Germany | Munich, Hamburg | butter | 21.0\n"
          "Finland | Helsinki | cheese, cream | 9.5\n"
          "Spain | Valencia | milk powder | 4.2\n"
          "The dairy plans a new line.\n")


@pytest.mark.parametrize(("text", "firm", "markets"), [
    (SPACED, "company:xx:mogilevliftmash", {"country:kz", "country:ge"}),
    (DEFINED_TABLE, "company:xx:amkodor", {"country:rs", "country:mn"}),
    (BARRED, "company:xx:rokas-dairy", {"country:de", "country:fi", "country:es"}),
])
def test_the_rows_are_the_report_firms_markets(text, firm, markets):
    rows = _rows(text)
    assert {r[1] for r in rows} == markets
    assert {r[0] for r in rows} == {firm}


def test_a_markets_towns_only_locate_its_buyers():
    rows = _rows(BARRED)
    assert rows and not [r for r in rows if r[1].startswith("city:")]


@pytest.mark.parametrize("text", [
    # no firm speaks: a ministry's bulletin, the rows are nobody's sales
    SPACED.replace("MOGILEVLIFTMASH\nAnnual report 2024", "TRADE BULLETIN\nMay 2024"),
    # imports by country: the rows are sources, not markets
    SPACED.replace("Export sales by country", "Imports by country"),
    # bars in one line only: a site's title, no table
    "Rokas Dairy | Official website | News\nThe dairy opened a shop in Vilnius.\n",
])
def test_no_rows_without_the_reports_firm_or_a_supply_caption(text):
    assert _rows(text) == []


def test_a_caption_that_names_its_owner_keeps_it():
    text = BARRED.replace("Main export markets, 2024", "Export markets of Pieno Zvaigzdes")
    assert {r[0] for r in _rows(text)} == {"company:xx:pieno-zvaigzdes"}
