"""A seller that names no goods and no recipient but the firm it sells through,
described before its name ("we sell through the Lyon trading house X"): that firm
receives the goods. Texts written for these tests."""

import pytest
from extract_candidates import firm_blind

from relgraph.loaders.extract.pipeline import extract_lines

S = "SUPPLIES_TO"
OWN = "company:xx:dorna-konserve"
REPORT = ('Annual Report 2025\n\n1. Profile\n\nDorna Konserve A.S. ("Dorna" or "the Company") '
          "cans peppers and beans in Bursa.\n\n2. Markets\n\n{body}\n")


def _pairs(text):
    return {(firm_blind(c["source"]["id"]), firm_blind(c["target"]["id"]))
            for c in extract_lines(text.splitlines(), "t.txt").candidates if c["type"] == S}


@pytest.mark.parametrize("body, seller, buyer", [
    ("We sell through the Hamburg importer Nordsee Handel GmbH.", OWN,
     "company:xx:nordsee-handel"),
    ("In Japan we sell through the Osaka trading company Hanaya Shoji Co., Ltd.; in Spain, "
     "Iberia Foods S.L. buys our jars.", OWN, "company:xx:hanaya-shoji-co-ltd"),
    ("In Greece we sell via the Athens wholesaler Olympos Trading S.A.", OWN,
     "company:xx:olympos-trading"),
    # a second verb of the same seller: the first verb's object is no seller
    ("Sery Pilsen s.r.o., a dairy near Plzen, has been shipping cheese to Austria since "
     "2019 and sells through the Vienna chain Billa Nord GmbH.", "company:xx:sery-pilsen",
     "company:xx:billa-nord"),
    ("Sery Pilsen s.r.o. ships cheese to Austria and sells its butter through Billa Nord "
     "GmbH.", "company:xx:sery-pilsen", "company:xx:billa-nord"),
])
def test_the_firm_sold_through_receives(body, seller, buyer):
    got = _pairs(REPORT.format(body=body))
    assert (seller, buyer) in got, got


@pytest.mark.parametrize("body, seller, buyer", [
    # what is sold through is no firm: a port, a website
    ("Most of our jars leave through the port of Mersin.", OWN, "city:tr:mersin"),
    ("We sell through our website and through the shops of Alanya.", OWN,
     "city:tr:alanya"),
    # the place the first verb sent goods to is no seller
    ("Sery Pilsen s.r.o., a dairy near Plzen, has been shipping cheese to Austria since "
     "2019 and sells through the Vienna chain Billa Nord GmbH.", "country:at",
     "company:xx:billa-nord"),
    # a place the sentence opens with is no seller
    ("In Croatia the group sells through the dealer Jadran Trgovina d.o.o. of Split.",
     "country:hr", "company:xx:jadran-trgovina"),
    # the goods are bought through the firm, not sold to it
    ("We buy tin cans through the Izmir trader Kutu Metal Ltd.", OWN,
     "company:xx:kutu-metal"),
])
def test_no_sale_through_a_firm_is_read(body, seller, buyer):
    got = _pairs(REPORT.format(body=body))
    assert (seller, buyer) not in got, got
