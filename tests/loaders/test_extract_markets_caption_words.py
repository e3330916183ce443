"""A report's table of markets captioned in other words than "export markets" ("Main
foreign markets", "Key markets abroad", "Geography of exports", "International
markets"): the rows are the markets of the report's firm
(``tables._MARKETS_CAPTION``); a table of markets for imports or raw materials is none.
Every text here was written for these tests."""

import pytest
from extract_candidates import firm_blind

from relgraph.loaders.extract.pipeline import extract_lines

S = "SUPPLIES_TO"
REPORT = ("NEMAN GLASSWORKS\nAnnual report 2024\n\n"
          "Glass sales rose by a tenth.\n\n"
          "Table 6. {caption}, 2024 (% of revenue)\n\n"
          "Country          2024     2023\n"
          "Poland             14       11\n"
          "Lithuania           9        8\n\n"
          "The works also renewed a furnace.\n")


def _rows(text):
    return {(firm_blind(c["source"]["id"]), c["target"]["id"])
            for c in extract_lines(text.splitlines(), "t.txt").candidates if c["type"] == S}


@pytest.mark.parametrize("caption", [
    "Main foreign markets", "Key markets abroad", "Geography of exports",
    "International markets",
])
def test_the_rows_are_the_firms_markets(caption):
    assert _rows(REPORT.format(caption=caption)) == {
        ("company:xx:neman-glassworks", "country:pl"), ("company:xx:neman-glassworks",
                                                        "country:lt")}


@pytest.mark.parametrize("caption", [
    "Main markets for imported raw materials", "Key markets of components",
    "Staff by region",
])
def test_no_markets_no_rows(caption):
    assert _rows(REPORT.format(caption=caption)) == set()
