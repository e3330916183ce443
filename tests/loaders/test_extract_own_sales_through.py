"""Goods a firm's own report says are sold through another firm, in the passive and the
firm left unnamed ("In Japan, figs are sold through X"): the report's firm supplies that
firm. Texts written for these tests."""

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
    ("In Germany, beans are sold through Rhein Markt GmbH.", "company:xx:rhein-markt"),
    ("Beans are sold through the Cologne wholesaler Rhein Markt GmbH.",
     "company:xx:rhein-markt"),
    ("In Spain, jars were mainly distributed via Iberia Foods S.L.; that relationship "
     "began in 2019.", "company:xx:iberia-foods"),
    ("Across the Gulf, pepper paste has been marketed through Dana Trading LLC since 2021.",
     "company:xx:dana-trading"),
])
def test_the_report_firm_supplies_the_firm_it_sells_through(body, buyer):
    got = _pairs(REPORT.format(body=body))
    assert (OWN, buyer) in got, got


@pytest.mark.parametrize("template, body, buyer", [
    # a firm named before the verb is the seller, not the report's firm
    (REPORT, "Rhein Markt GmbH products are sold through Iberia Foods S.L.",
     "company:xx:iberia-foods"),
    # a text that speaks for no firm has no seller to add
    (MONOGRAPH, "In Germany, beans are sold through Rhein Markt GmbH.",
     "company:xx:rhein-markt"),
])
def test_no_sale_of_the_report_firm_is_read(template, body, buyer):
    got = _pairs(template.format(body=body))
    assert not {p for p in got if p[1] == buyer and p[0] == OWN}, got
