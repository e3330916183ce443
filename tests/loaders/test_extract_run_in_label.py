"""A run-in label ("Serbia. Demand stayed high.", "Other markets. Lots were sold to
India."): a line that opens with a name or a few section words and a stop names the
market a report's section is about, not a party that acts in it, so no later sentence
carries it as the supplier (``_run_in_label`` in ``loaders/extract/pipeline.py``)."""

import pytest
from extract_candidates import pairs

S = "SUPPLIES_TO"


@pytest.mark.parametrize(("text", "label"), [
    ("Belshina exports tyres to forty countries.\nSerbia. Demand from mining firms stayed "
     "high in 2023.\nOther markets. Some tyres also went to Chile and Peru.", "country:rs"),
    ("Our annual report covers exports of combines.\nMoldova. Prices fell by a tenth last "
     "year.\nRest of the world. A few machines were shipped to Mongolia.", "country:md"),
    ("MAZ reviews its foreign trade.\nKazakhstan. Sales in the northern regions held "
     "steady.\nUzbekistan. Thirty buses were delivered to the Samarkand depot.", "country:uz"),
])
def test_a_label_supplies_nothing(text, label):
    assert not [p for p in pairs(text, S) if p[0] == label]


@pytest.mark.parametrize(("text", "expected"), [
    # a country that is the subject of a sentence of its own still acts
    ("Georgia exports wine to Latvia.\nSmaller batches were shipped to Lithuania.",
     ("country:ge", "country:lt")),
    # the sentence after a label keeps its own parties
    ("The Minsk plant sells abroad.\nSerbia. Elixir Group buys urea from Grodno Azot.",
     ("company:by:grodno-azot", "company:rs:elixir-group")),
])
def test_a_sentence_still_acts(text, expected):
    assert expected in pairs(text, S)
