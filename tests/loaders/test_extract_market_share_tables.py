"""A firm's own table of sales by market: rows of a name and its share ("Norway   31 %"),
a leader of dots between the name and the figure ("Norway ....... 31%  dried fish"),
and a header that says the first column holds markets ("Market   Share of turnover")
under a caption that names no markets ("Sales abroad made up most of turnover:"). Every
text here was written for these tests."""

import pytest
from extract_candidates import firm_blind

from relgraph.loaders.extract.pipeline import extract_lines

FIRM = "company:xx:varnafjord-tork"
HEAD = "VARNAFJORD TORK AS\nAnnual report 2025\n\n"


def _rows(text):
    return {(firm_blind(c["source"]["id"]), c["target"]["id"])
            for c in extract_lines(text.splitlines(), "t.txt").candidates
            if c["type"] == "SUPPLIES_TO"}


HEADED = (HEAD + "Sales abroad made up most of turnover:\n\n"
          "Market          Share of turnover\n"
          "Portugal        31 %\n"
          "Nigeria         17 %\n"
          "Other            9 %\n\n"
          "The drying halls were extended.\n")
DOTTED = (HEAD + "Export markets (per cent of turnover, 2025):\n\n"
          "  Portugal ............ 31%  dried cod, by sea from Alesund\n"
          "  Nigeria ............. 17%  stockfish heads\n"
          "  Brazil .............. 12%  salted cod\n\n"
          "The drying halls were extended.\n")


@pytest.mark.parametrize(("text", "markets"), [
    (HEADED, {"country:pt", "country:ng"}),
    (DOTTED, {"country:pt", "country:ng", "country:br"}),
    (DOTTED.replace("Export markets (per cent", "Main markets (share"),
     {"country:pt", "country:ng", "country:br"}),
])
def test_the_rows_are_the_firms_markets(text, markets):
    assert _rows(text) == {(FIRM, m) for m in markets}


@pytest.mark.parametrize("text", [
    # a column of sources: the rows sold to the firm, not bought from it
    HEADED.replace("Market    ", "Supplier  "),
    HEADED.replace("Market    ", "Origin    "),
    # a column of countries alone says nothing of the direction
    HEADED.replace("Market    ", "Country   "),
    # a caption of sources over dotted rows
    DOTTED.replace("Export markets (per cent of turnover, 2025)",
                   "Where our raw fish came from (per cent of purchases)"),
])
def test_no_markets_without_a_market_header_or_caption(text):
    assert _rows(text) == set()


def test_an_ellipsis_in_prose_is_no_column():
    text = (HEAD + "Sales grew in many places:\n"
            "Portugal, Nigeria... and more.\n"
            "Brazil, Angola... as before.\n")
    assert _rows(text) == set()
