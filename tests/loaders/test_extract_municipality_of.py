""""The municipality of X" says X is a town, as "the town of X" does: the town is looked
up among the countries the text names, also when it is too small for a bare name to
reach it; without the kind word such a name stays unplaced. Texts written for these
tests."""

import pytest
from extract_candidates import candidates

INTRO = "Cross-border utilities link Belgium and Germany. "


def _recipients(text: str) -> set[str]:
    return {r["target"]["id"] for r in candidates(INTRO + text) if r["type"] == "SUPPLIES_TO"}


@pytest.mark.parametrize("text, town", [
    ("Westwasser GmbH of Monschau delivers drinking water to the municipality of Kelmis.",
     "city:be:kelmis"),
    ("Since 2015 Rurtal Energie GmbH has supplied heat to the commune of Lontzen.",
     "city:be:lontzen"),
])
def test_the_municipality_of_x_is_the_town(text, town):
    assert town in _recipients(text)


def test_without_the_kind_word_the_name_is_no_town_found():
    recipients = _recipients("Westwasser GmbH of Monschau delivers drinking water to Kelmis.")
    assert "city:be:kelmis" not in recipients
