"""A report the sentence denies states nothing: "Officials denied reports that A had
agreed to sell power to B", "There was no truth in the rumours that A would supply B",
"Reports that A sold gas to B were dismissed". A report confirmed, or a denial of
something else in another clause, leaves the relation. Every text here was written for
these tests."""

import pytest
from extract_candidates import blind_pairs

A, B = "company:xx:nordvik-gass", "company:xx:sorland-energi"


@pytest.mark.parametrize("text", [
    "Officials denied reports that Nordvik Gass AS had agreed to sell gas to Sorland "
    "Energi AS.",
    "There was no truth in the rumours that Nordvik Gass AS would supply gas to Sorland "
    "Energi AS.",
    "Reports that Nordvik Gass AS sold gas to Sorland Energi AS were dismissed by the "
    "ministry.",
    "The company rejected claims that Nordvik Gass AS ships gas to Sorland Energi AS.",
])
def test_a_denied_report_states_no_supply(text):
    assert (A, B) not in blind_pairs(text)


@pytest.mark.parametrize("text", [
    "Officials confirmed reports that Nordvik Gass AS had sold gas to Sorland Energi AS.",
    "The ministry denied reports of a strike; Nordvik Gass AS sold gas to Sorland Energi "
    "AS.",
    "Reports that Nordvik Gass AS sold gas to Sorland Energi AS were confirmed.",
])
def test_a_report_not_denied_stands(text):
    assert (A, B) in blind_pairs(text)
