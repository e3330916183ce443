"""A small town in brackets after a firm's name closed by its legal form ("Waimate
Wool Ltd (Waimate)", "Nordhav Fisk AS (Skagen)") is where the firm sits, not a short
name of the firm. Every text here was written for these tests."""

import pytest

from relgraph.loaders.extract.mentions import find_mentions


@pytest.mark.parametrize(("text", "firm", "town"), [
    ("- Kestrel Wool Ltd (Waimate) – supplies us with fleece;", "Kestrel Wool Ltd", "Waimate"),
    ("Nordhav Fisk A/S (Skagen) sells herring to Poland.", "Nordhav Fisk A/S", "Skagen"),
    ("Alpenmilch GmbH (Oberstdorf) buys milk from Tyrol.", "Alpenmilch GmbH", "Oberstdorf"),
])
def test_a_small_town_after_a_legal_form_is_the_seat(text, firm, town):
    found = {m.text: m for m in find_mentions(text)}
    assert firm in found and found[firm].acronym is None
    assert town in found


@pytest.mark.parametrize(("text", "firm", "short"), [
    ("Minsk Automobile Plant (MAZ) ships trucks.", "Minsk Automobile Plant", "MAZ"),
    ("Kestrel Wool Ltd (KWL) ships fleece.", "Kestrel Wool Ltd", "KWL"),
])
def test_an_acronym_in_brackets_stays_the_short_name(text, firm, short):
    assert {m.text: m for m in find_mentions(text)}[firm].acronym == short
