"""A town's page: a heading over partners that says they are no twins ("Partner cities
(cooperation, not twinning)") makes no twinning of the agreements listed under it, which
stay agreements; a heading of partner towns without it still does. A twinning told in
words on a row's own line, or the line before, is one twinning with the one the row's
heading makes. Every text here was written for these tests."""

import pytest
from extract_candidates import pairs

PAGE = """Twin towns of Galway

Twin towns

- Lorient, France: twinned since 1975. The two towns signed a twinning charter in 1975.

{heading}

- Tartu, Estonia: memorandum of understanding on port logistics, signed 2021.
"""
TARTU = ("city:ie:galway", "city:ee:tartu")


@pytest.mark.parametrize("heading, twinned", [
    ("Partner cities (cooperation, not twinning)", False),
    ("Partner cities other than twin towns", False),
    ("Partner cities", True),
])
def test_a_heading_that_denies_twinning_makes_no_twins(heading, twinned):
    text = PAGE.format(heading=heading)
    assert (TARTU in pairs(text, "TWINNED_WITH")) is twinned
    assert TARTU in pairs(text, "SIGNED_AGREEMENT")


def test_a_row_and_its_words_on_one_line_are_one_twinning():
    text = PAGE.format(heading="Partner cities")
    lorient = [p for p in pairs(text, "TWINNED_WITH") if "city:fr:lorient" in p]
    assert len(lorient) == 1
