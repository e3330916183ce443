"""A bare name that is a town's and a region's, joined in a list to a name that is only
a region's, is the region; a town beside towns, or beside a region of another country,
stays the town. Short texts written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _targets(text):
    return sorted({c["target"]["id"] for c in extract_lines([text], "t.txt").candidates
                   if c["type"] == "SUPPLIES_TO"})


@pytest.mark.parametrize("text, wanted", [
    ("Harbour Fuels Inc. supplies heating oil to dealers in New York and New Jersey.",
     "region:us:new-york"),
    ("Northern Grid Ltd. sells power to Vermont and New York under long contracts.",
     "region:us:new-york"),
    ("Harbour Fuels Inc. supplies heating oil to New Jersey or New York every winter.",
     "region:us:new-york"),
])
def test_a_name_listed_with_regions_is_the_region(text, wanted):
    got = _targets(text)
    assert wanted in got and "city:us:new-york-city" not in got


@pytest.mark.parametrize("text", [
    "Harbour Fuels Inc. supplies heating oil to dealers in Boston and New York.",
    "Harbour Fuels Inc. supplies heating oil to dealers in New York.",
])
def test_a_name_listed_with_towns_stays_the_town(text):
    assert "city:us:new-york-city" in _targets(text)
