"""Help to grow supplies is no supply: "will support X enterprises in expanding exports
to Y". Growth told as done stays a supply. Every text here was written for these
tests."""

import pytest
from extract_candidates import pairs


@pytest.mark.parametrize("text", [
    "The agency will help Brest and Grodno enterprises expand exports to Poland and "
    "Lithuania.",
    "The ministry supports Vitebsk firms in increasing their supplies to Latvia.",
    "The programme assists Gomel producers to boost deliveries of dairy products to Russia.",
])
def test_help_to_grow_supplies_is_none(text):
    assert pairs(text, "SUPPLIES_TO") == []


@pytest.mark.parametrize("text, pair", [
    ("With the support of the ministry, Amkodor increased its exports to Mongolia.",
     ("amkodor", "country:mn")),
    ("MAZ, supported by the government, expanded its exports to Vietnam.",
     ("maz", "country:vn")),
    ("The ministry helped Belshina increase its exports to Serbia.",
     ("belshina", "country:rs")),
])
def test_growth_told_as_done_stays(text, pair):
    # (the supplier by its name: whether a firm beside a ministry is read as a company
    # or an organisation is not this rule's business)
    assert pair in {(a.split(":")[-1], b) for a, b in pairs(text, "SUPPLIES_TO")}
