"""A supplier named as the unnamed firms of a place ("the main suppliers to X are dairy
enterprises of the Vitebsk Region") is the place. Every text here was written for these
tests."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text, want", [
    ("Trade.\n\nThe main suppliers to the Pskov Region are dairies of the Vitebsk Region.",
     {("region:by:vitebsk", "region:ru:pskov")}),
    ("Trade.\n\nThe biggest Belarusian suppliers to the Bryansk Region are the sugar and "
     "flour mills of the Gomel and Mogilev regions.",
     {("region:by:gomel", "region:ru:bryansk"), ("region:by:mogilev", "region:ru:bryansk")}),
    ("Trade.\n\nUzbekistan's chief supplier of flour remains the mills of the Kostanay "
     "Region.", {("region:kz:kostanay", "country:uz")}),
])
def test_the_firms_of_a_place_stand_for_the_place(text, want):
    assert want <= set(pairs(text, S))


@pytest.mark.parametrize("text", [
    # the place is where the buyer's firms are, no supplier named
    "Trade.\n\nThe main suppliers to the Pskov Region are unknown; dairies of the Vitebsk "
    "Region say nothing.",
    # a firm's own plant in a place: the firm is named, no place supplies
    "Trade.\n\nThe main suppliers to the Pskov Region are Savushkin Product and the plants "
    "it owns.",
])
def test_no_place_supplies_without_its_firms_as_the_supplier(text):
    assert not [p for p in pairs(text, S) if p[0].startswith("region:by:")]
