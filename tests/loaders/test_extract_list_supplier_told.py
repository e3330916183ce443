"""A firm's own report that lists its suppliers one item a line under a lead-in ("Equipment:
/ - X AS of Tallinn, Estonia, supplies our boilers / - Y Oyj provides chemicals"): a
firm an item opens with as supplying, after a list mark or the lead-in and with its
seat after its name, is a supplier, no buyer from the next item's supplier; the next
item's goods go to the report's firm. Texts written for these tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"
HEAD = "NORDKORK AS\nAnnual Report 2025\n\n1. Suppliers\n\n"


@pytest.mark.parametrize("first", [
    "Equipment:\n- Baltmet AS of Tallinn, Estonia, supplies our boilers and spare parts.\n",
    "Equipment:\n- Baltmet AS (Tallinn) supplies our boilers under a contract of 2019.\n",
])
def test_the_item_before_supplied_and_buys_nothing_from_the_next(first):
    text = HEAD + first + "- Sulfakem Oyj (Espoo) provides chemicals for the bleaching line.\n"
    got = pairs(text, S, key="name")
    assert ("Sulfakem Oyj", "Baltmet AS") not in got, got
    assert ("Sulfakem Oyj", "Nordkork AS") in got, got
