"""A region's office speaks for its region (the foreign affairs office of an autonomous
region's people's government, the international cooperation office of a krai's
government), and "the Region" capitalised, as such a report defines it, is that
region even after the paragraph named another. Every text here was written for these
tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _supplies(text):
    return {(c["source"]["id"], c["target"]["id"])
            for c in extract_lines(text.split("\n"), "t.txt").candidates
            if c["type"] == "SUPPLIES_TO"}


@pytest.mark.parametrize("text, pair", [
    ("International Cooperation Office of the Government of the Primorsky Krai\n\nReport on "
     "ties with neighbouring provinces, 2024\n\nHeilongjiang remained the main partner. In "
     "2024 the Region exported 40,000 tonnes of fish to Heilongjiang.",
     ("region:ru:primorsky", "region:cn:heilongjiang")),
    ("Foreign Trade Office of the Government of the Omsk Region\n\nAnnual note on foreign "
     "trade\n\nThe Pavlodar Region is the closest partner. In 2024 the Region exported "
     "90,000 tonnes of grain to Kazakhstan.", ("region:ru:omsk", "country:kz")),
])
def test_a_regions_office_and_the_capitalised_region_are_the_texts_region(text, pair):
    assert pair in _supplies(text)


def test_the_region_in_lower_case_after_another_region_keeps_that_region():
    text = ("Foreign Trade Office of the Government of the Omsk Region\n\nAnnual note on "
            "foreign trade\n\nThe Pavlodar Region is the closest partner. In 2024 the region "
            "exported 90,000 tonnes of grain to Uzbekistan.")
    assert ("region:ru:omsk", "country:uz") not in _supplies(text)
