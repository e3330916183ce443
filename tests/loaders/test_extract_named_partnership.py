"""A town's partnership owned by its name and dated, on sentences written for these
tests: "Kalisz's partnership with Lutsk dates from 1994", "Kalisz's second partnership,
with Lutsk in Ukraine, goes back to 2006" twin the two places. A partnership that ended
or is only sought, or one with a firm, gives no twinning."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

T = "TWINNED_WITH"


@pytest.mark.parametrize("text", [
    "Kalisz's partnership with Lutsk dates from 1994.",
    "Kalisz's second partnership, with Lutsk in Ukraine, dates from 2006; the rest came"
    " later.",
    "Kalisz's oldest partnership, with Lutsk, goes back to 1994.",
    "Kalisz's town partnership with Lutsk was established in 1994.",
])
def test_the_two_places_are_twinned(text):
    assert pairs(text, T) == [("city:pl:kalisz", "city:ua:lutsk")]


@pytest.mark.parametrize("text", [
    "Kalisz's partnership with Lutsk ended in 2010.",
    "Kalisz's partnership with Lutsk is still being discussed.",
    "Kalisz's partnership with Lutsk University dates from 1994.",
])
def test_no_twinning(text):
    assert pairs(text, T) == []
