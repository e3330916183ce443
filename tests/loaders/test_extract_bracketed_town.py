"""A town in brackets after a firm's name ("Savanna Heavy Trucks Ltd (Nairobi)") says
where the firm is; it is no short name of the firm (which gave the firm the town's id).
Every text here was written for these tests."""

import pytest

from relgraph.loaders.extract.mentions import find_mentions
from relgraph.loaders.extract.pipeline import extract_lines


def _targets(text):
    return {c["target"]["id"] for c in extract_lines(text.split("\n"), "t.txt").candidates
            if c["type"] == "SUPPLIES_TO"}


@pytest.mark.parametrize("text, firm", [
    ("Amkodor ships wheel loaders to Savanna Heavy Trucks Ltd (Nairobi) every spring.",
     "company:ke:savanna-heavy-trucks"),
    ("Last year Gomselmash delivered 40 combines to Baltic Trade GmbH (Hamburg).",
     "company:de:baltic-trade"),
])
def test_a_bracketed_town_after_a_firm_is_where_it_is(text, firm):
    assert firm in _targets(text)


@pytest.mark.parametrize("text, acronym", [
    ("The Minsk Automobile Plant (MAZ) sent buses to Tula.", "MAZ"),
    ("Gomel Glass Works (Gomelsteklo) sold glass to Bryansk.", "Gomelsteklo"),
])
def test_a_bracketed_short_name_stays_the_firms_acronym(text, acronym):
    assert any(m.acronym == acronym for m in find_mentions(text))
