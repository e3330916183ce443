""""It" or "they" before a future or a plan of supplying or signing ("it will supply",
"it is also due to supply", "they plan to sign"): the actor spoken of, as before a past.
Texts written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines

FIRST = "Kemix AG of Basel supplies resins to Lumo SA in Mulhouse. "


def _rows(text):
    return [c for c in extract_lines(["Chemicals on the Rhine", "", text], "t.txt").candidates]


@pytest.mark.parametrize("second", [
    "It is also due to supply Pakko GmbH in Freiburg from 2027.",
    "Next year it will supply Pakko GmbH in Freiburg too.",
    "In 2027 it plans to supply Pakko GmbH in Freiburg.",
])
def test_it_of_a_planned_supply_is_the_firm_spoken_of(second):
    rows = [c for c in _rows(FIRST + second) if c["target"]["id"].endswith("pakko")]
    assert [(c["source"]["id"].rsplit(":", 1)[-1], c["status"]) for c in rows] == [
        ("kemix", "planned")], rows


def test_it_of_a_passive_future_receives():
    text = "Kemix AG of Basel buys resins from Lumo SA. Next year it will be supplied by " \
        "Pakko GmbH."
    assert not any(c["source"]["id"].endswith("kemix") and c["target"]["id"].endswith("pakko")
                   for c in _rows(text))
