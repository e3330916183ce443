"""A small town the gazetteer places abroad by its bare name is the namesake in the
text's own country when that country has a town of the very name ("Kunda" in a text
datelined Tallinn is Estonia's Kunda, not a town in India); a big city, and a town the
text places itself, stay as they were. Every text here was written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _ids(text):
    return {p["id"] for c in extract_lines(text.split("\n"), "t.txt").candidates
            for p in (c["source"], c["target"])}


@pytest.mark.parametrize("text, town", [
    ("TALLINN, 12 March 2024 - Kunda and Darkhan signed a letter of intent on port "
     "logistics, the ministry said.", "city:ee:kunda"),
    ("RAKVERE, 5 June 2023 - The town of Tapa has signed a cooperation agreement with "
     "Jelgava.", "city:ee:tapa"),
])
def test_a_small_town_is_the_namesake_of_the_texts_country(text, town):
    assert town in _ids(text)


@pytest.mark.parametrize("text, town", [
    # a big city keeps its reading
    ("MINSK, 3 April 2024 - Ivanovo and Mogilev signed an agreement on textile trade.",
     "city:ru:ivanovo"),
    # a town the text places abroad itself
    ("TALLINN, 12 March 2024 - the Indian town of Kunda and Darkhan signed a letter of "
     "intent.", "city:in:kunda"),
])
def test_a_big_city_or_a_town_placed_abroad_stays(text, town):
    assert town in _ids(text)
