"""A twinning stated with "has been a sister city of", on sentences written for these
tests, past a sentence adverb set off by commas ("has, however, been") and with the twin
named after another town's word ("of Rivne's neighbour Lutsk"): the subject and the town
named last are the twins, not the town whose neighbour it is."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

T = "TWINNED_WITH"


@pytest.mark.parametrize("text", [
    "Kalisz has, however, been a sister city of Lutsk since 1994.",
    "Kalisz has been a sister city of Rivne's neighbour Lutsk since 1994.",
    "Kalisz has, in fact, been a twin town of Rivne's larger neighbour Lutsk since 1994.",
])
def test_the_subject_and_the_town_named_last(text):
    assert pairs(text, T) == [("city:pl:kalisz", "city:ua:lutsk")]


@pytest.mark.parametrize("text", [
    "Kalisz has, however, never been a sister city of Rivne's neighbour Lutsk.",
    "Kalisz has been a sister city of Rivne since 1994.",
])
def test_not_the_neighbour(text):
    assert ("city:pl:kalisz", "city:ua:lutsk") not in pairs(text, T)
