"""Rows of a list that name a firm, a dash (or colon), its goods and "to" the buyers,
with no verb: each row states a supply by its firm. Rows that are not of this shape
(a visit, a signing, a place opening the row, goods "from" a source) give no supply."""

import pytest
from extract_candidates import pairs as _pairs

S = "SUPPLIES_TO"


def pairs(text):
    """Supply pairs by id, a firm's without its country."""
    def short(i):
        parts = i.split(":")
        return f"company:{parts[-1]}" if parts[0] == "company" else i
    return {(short(a), short(b)) for a, b in _pairs(text, S)}


LEAD = "Firms the agency helped abroad last year:\n"


@pytest.mark.parametrize(("rows", "expected"), [
    ("- Brandon Valve Works Ltd. — pressure valves to Kessler Pumpen GmbH of Dortmund",
     {("company:brandon-valve-works", "company:kessler-pumpen")}),
    ("- Selkirk Oats Inc. — rolled oats to Peru and Chile",
     {("company:selkirk-oats", "country:pe"), ("company:selkirk-oats", "country:cl")}),
    ("- Dauphin Optics Corp. – lenses to the Danish retailer Nordlys Briller A/S",
     {("company:dauphin-optics", "company:nordlys-briller")}),
    ("- Gimli Fish Ltd.: smoked whitefish to Duluth Seafoods LLC\n"
     "- Brandon Valve Works Ltd. — pressure valves to Kessler Pumpen GmbH",
     {("company:gimli-fish", "company:duluth-seafoods"),
      ("company:brandon-valve-works", "company:kessler-pumpen")}),
])
def test_a_goods_row_states_its_firms_supply(rows, expected):
    assert expected <= pairs(LEAD + rows)


@pytest.mark.parametrize("rows", [
    "- Brandon Valve Works Ltd. — a trade mission to Kessler Pumpen GmbH",
    "- Selkirk Oats Inc. — signed with Peru and Chile",
    "- Manitoba — rolled oats to Peru and Chile",
    "- Gimli Fish Ltd. — smoked whitefish from Duluth Seafoods LLC",
])
def test_other_rows_state_no_supply_of_the_row(rows):
    got = pairs(LEAD + rows)
    assert not any(a.startswith("company:") and b in ("company:kessler-pumpen", "country:pe",
                                                       "company:duluth-seafoods")
                   for a, b in got)
