"""A trading partner described by "our" in a firm's own report: "We shipped ... to our
long-standing importer X" (X receives, not "our"; ``supplies._OUR_DESCRIBED`` and the
agent noun in ``_role``), and "Our Polish partner, X, bought ..." (the name in
apposition to the possessive subject buys from the report's firm;
``carried_topic._APPOSED_SUBJECT``)."""

import pytest
from extract_candidates import blind_pairs

REPORT = "KVARELI CELLARS JSC\nAnnual Report 2023\n\nMarkets\n\n"
OWN = "company:xx:kvareli-cellars"


@pytest.mark.parametrize(("text", "buyer"), [
    (REPORT + "Latvia remained our largest market. We shipped 900,000 bottles to our "
              "long-standing importer Vinoteka Riga SIA.", "company:xx:vinoteka-riga"),
    (REPORT + "We sold 300,000 bottles to our new distributor Vino Baltic UAB of Vilnius.",
     "company:xx:vino-baltic"),
    (REPORT + "Our Polish partner, Wina Gruzji, bought 200,000 bottles in 2023.",
     "company:xx:wina-gruzji"),
    (REPORT + "Our importer in Estonia, Veinimaja OU, took 50,000 bottles.",
     "company:xx:veinimaja"),
])
def test_the_described_partner_buys_from_the_reports_firm(text, buyer):
    assert (OWN, buyer) in blind_pairs(text)


@pytest.mark.parametrize("text", [
    # the partner sells on: whom it sells to is not the report's firm's buyer
    REPORT + "Our Polish partner, Wina Gruzji, bought 200,000 bottles in 2023 and resold "
             "part of them to shops in Silesia.",
    # a customer no name follows stays "our": no buyer named
    REPORT + "We shipped 900,000 bottles to our customers abroad.",
])
def test_no_buyer_of_the_report_beyond_the_named_partner(text):
    found = blind_pairs(text)
    assert not any(a == OWN and ("silesia" in b or b == OWN) for a, b in found)
