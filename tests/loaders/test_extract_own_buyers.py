"""A buyer a firm's own report calls its own ("our distributor", "our largest customer")
and that took, bought or ordered a quantity of goods: the report's firm supplies it.
Texts written for these tests."""

import pytest
from extract_candidates import firm_blind

from relgraph.loaders.extract.pipeline import extract_lines

S = "SUPPLIES_TO"
OWN = "company:xx:dorna-konserve"
REPORT = ('Annual Report 2025\n\n1. Profile\n\nDorna Konserve A.S. ("Dorna" or "the Company") '
          "cans peppers and beans in Bursa.\n\n2. Markets\n\n{body}\n")
MONOGRAPH = "Chapter 4. Food trade in the Balkans\n\n{body}\n"


def _pairs(text):
    return {(firm_blind(c["source"]["id"]), firm_blind(c["target"]["id"]))
            for c in extract_lines(text.splitlines(), "t.txt").candidates if c["type"] == S}


@pytest.mark.parametrize("body, buyer", [
    ("Our German distributor, Rhein Markt GmbH of Cologne, took 300 tonnes of beans, "
     "more than ever.", "company:xx:rhein-markt"),
    ("Our largest customer, Iberia Foods S.L., bought 40 containers in 2025.",
     "company:xx:iberia-foods"),
    ("Our importer in the Gulf, Dana Trading LLC, ordered 12 shipments of pepper paste.",
     "company:xx:dana-trading"),
])
def test_the_reports_own_buyer_is_supplied_by_the_firm(body, buyer):
    assert (OWN, buyer) in _pairs(REPORT.format(body=body))


@pytest.mark.parametrize("text", [
    # the buyer took no goods
    REPORT.format(body="Our German distributor, Rhein Markt GmbH of Cologne, visited "
                       "the plant in May."),
    # a buyer that only means to take goods
    REPORT.format(body="Our German distributor, Rhein Markt GmbH, said it may take "
                       "more next year."),
    # a text that speaks for no firm
    MONOGRAPH.format(body="Our German distributor, Rhein Markt GmbH of Cologne, took 300 "
                          "tonnes of beans."),
])
def test_no_supply_from_the_report_without_an_own_buyer_taking_goods(text):
    assert not any(b == "company:xx:rhein-markt" and a == OWN for a, b in _pairs(text))
