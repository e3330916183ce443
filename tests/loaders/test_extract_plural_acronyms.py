"""An acronym with a plural ending ("SMEs", "NGOs", "APIs") is the short form of a
common noun, a kind of body or of goods, and no one party; an acronym that is a
name, all in capitals, stays one. Every text here was written for these tests."""

import re

import pytest
from extract_candidates import pairs


@pytest.mark.parametrize("text", [
    "Local colleges and TAFEs delivered training services to Fiji worth $2 million.",
    "Several NGOs supply seed to Malawi every spring.",
    "Regional SMEs exported furniture to Norway in 2023.",
])
def test_a_plural_acronym_is_no_party(text):
    names = {n for p in pairs(text, "SUPPLIES_TO", key="name") for n in p}
    assert not [n for n in names if re.fullmatch(r"[A-Z]+s", n)]


@pytest.mark.parametrize("text, supplier", [
    ("KAMAZ supplies trucks to Uzbekistan.", "KAMAZ"),
    ("Rzeszow-based PZL supplies parts to Ukraine.", "PZL"),
])
def test_an_acronym_that_is_a_name_stays(text, supplier):
    assert supplier in {a for a, _ in pairs(text, "SUPPLIES_TO", key="name")}
