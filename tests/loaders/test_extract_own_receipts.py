"""Goods a firm's own report says are supplied to it in the passive, the firm left
unnamed ("Jars are supplied by X"): the report's firm receives. Texts written for these
tests."""

import pytest
from extract_candidates import firm_blind

from relgraph.loaders.extract.pipeline import extract_lines

S = "SUPPLIES_TO"
OWN = "company:xx:dorna-konserve"
REPORT = ('Annual Report 2025\n\n1. Profile\n\nDorna Konserve A.S. ("Dorna" or "the Company") '
          "cans peppers and beans in Bursa.\n\n2. Suppliers\n\n{body}\n")
LETTERHEAD = "DORNA KONSERVE A.S.\nBursa, Turkey\n\nANNUAL REPORT 2025\n\n{body}\n"


def _pairs(text):
    return {(firm_blind(c["source"]["id"]), firm_blind(c["target"]["id"]))
            for c in extract_lines(text.splitlines(), "t.txt").candidates if c["type"] == S}


@pytest.mark.parametrize("body, suppliers", [
    ("Tin cans are supplied by Kutu Metal Ltd of Izmir.", ["company:xx:kutu-metal"]),
    # another firm spoken of just before is no recipient
    ("Bahce Gida Ltd is a retailer in Sofia. Tin cans are supplied by Kutu Metal Ltd.",
     ["company:xx:kutu-metal"]),
    ("Seeds have been delivered mainly by Tohum Tarim Ltd since 2019.",
     ["company:xx:tohum-tarim"]),
    ("Sugar is sourced from Kemix d.o.o. of Celje, Slovenia.", ["company:xx:kemix"]),
    ("Cans are supplied by Kutu Metal Ltd of Izmir, and labels by Etiket Baski Ltd.",
     ["company:xx:kutu-metal", "company:xx:etiket-baski"]),
    ("Cans are supplied by the Izmir can maker Kutu Metal Ltd, and labels by the Greek "
     "printer Etiket Baski Ltd.", ["company:xx:kutu-metal", "company:xx:etiket-baski"]),
])
def test_the_report_firm_receives_what_is_supplied_to_it_in_the_passive(body, suppliers):
    got = _pairs(REPORT.format(body=body))
    assert {(s, OWN) for s in suppliers} <= got, got


@pytest.mark.parametrize("body", [
    # the firm named by its letterhead only
    "In 2025 our cans were supplied by Kutu Metal Ltd of Izmir.",
    "In 2025 the tins were supplied by Kutu Metal Ltd of Izmir.",
])
def test_a_letterhead_firm_receives_too(body):
    assert ("company:xx:kutu-metal", OWN) in _pairs(LETTERHEAD.format(body=body))


@pytest.mark.parametrize("body", [
    # the clause's subject receives
    "Shops in Bulgaria are supplied by Kutu Metal Ltd of Izmir.",
    # a recipient named after the verb
    "Tin cans are supplied by Kutu Metal Ltd to Bahce Gida Ltd.",
    # not stated as done
    "Tin cans will be supplied by Kutu Metal Ltd from next year.",
    "Tin cans are not supplied by Kutu Metal Ltd any more.",
])
def test_no_receipt_of_the_report_firm_when_the_clause_says_otherwise(body):
    rules = {c["rule"] for c in extract_lines(REPORT.format(body=body).splitlines(),
                                              "t.txt").candidates}
    assert "own firm receives" not in rules


def test_a_text_that_speaks_for_no_firm_adds_no_recipient():
    text = ("Canning in the Marmara region\n\nThe sector grew in 2025. Tin cans are "
            "supplied by Kutu Metal Ltd of Izmir.\n")
    assert _pairs(text) == set()


@pytest.mark.parametrize("body", [
    # where the suppliers are, after a preposition, is a place and no supplier
    "The rest of the beans was bought from small farmers on Gokceada and Bozcaada.",
    "Some peppers were sourced from growers around Lake Iznik.",
    "Extra tins were purchased from workshops near Kutahya.",
])
def test_the_place_the_suppliers_are_in_supplies_nothing(body):
    assert _pairs(REPORT.format(body=body)) == set()


def test_a_described_supplier_still_supplies():
    got = _pairs(REPORT.format(body="Beans are bought from the local bean cooperative "
                                    "Ova Tarim Ltd."))
    assert ("company:xx:ova-tarim", OWN) in got, got
