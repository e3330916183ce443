"""A name and a firm's noun right after it ("the Progress factory", "the Progress mill")
name a firm when the only town so called is small (or reached by another name of it)
and lies in a country the text never names nor reads a place in: not that far town,
nor an unnamed firm of it. A place the text is
about keeps its reading ("the Kaunas shipyard" in a text from Vilnius), and so does a
place with a description between it and the noun. Every text here was written for
these tests."""

import pytest
from extract_candidates import pairs, party_ids

S = "SUPPLIES_TO"


@pytest.mark.parametrize("text, firm", [
    ("RIGA, 3 May 2025 - Last year the Progress mill shipped rye flour to Tallinn and Tartu.",
     "company:lv:progress"),
    ("KAUNAS, 3 May 2025 - The Progress factory delivered two cranes to Klaipeda.",
     "company:lt:progress"),
])
def test_a_yard_named_like_a_town_abroad_is_a_firm(text, firm):
    assert firm in {a for a, _ in pairs(text, S)}, pairs(text, S)


@pytest.mark.parametrize("text, town", [
    ("VILNIUS, 3 May 2025 - The Kaunas shipyard delivered two ferries to Riga.",
     "city:lt:kaunas"),
    ("MINSK, 3 May 2025 - The Orsha flax mill delivered linen to Smolensk.",
     "company:by:orsha-linen-mill"),
])
def test_a_place_of_the_text_keeps_its_reading(text, town):
    assert town in party_ids(text), party_ids(text)
