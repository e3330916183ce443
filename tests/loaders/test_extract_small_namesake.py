"""A small town the gazetteer places abroad by its bare name is the namesake in the
text's own country when that country has a town of the very name and is the country the
text names most ("Kunda" in a text from Tallinn on Estonia is Estonia's Kunda, not a town
in India); a big city, a town the text places itself, and a town in a text on another
country stay as they were. Every text here was written for these tests."""

import pytest
from extract_candidates import party_ids


@pytest.mark.parametrize("text, town", [
    ("TALLINN, 12 March 2024 - Estonia keeps widening its ties in Asia. Kunda and Erdenet "
     "signed a memorandum on school exchanges, the ministry said.", "city:ee:kunda"),
    ("RAKVERE, 5 June 2023 - Small towns of Estonia look south. The town of Tapa has "
     "signed a cooperation agreement with Jelgava.", "city:ee:tapa"),
])
def test_a_small_town_is_the_namesake_of_the_texts_country(text, town):
    assert town in party_ids(text)


@pytest.mark.parametrize("text, town", [
    # a big city keeps its reading
    ("MINSK, 3 April 2024 - Ivanovo and Mogilev signed an agreement on textile trade.",
     "city:ru:ivanovo"),
    # a town the text places abroad itself
    ("TALLINN, 12 March 2024 - the Indian town of Kunda and Erdenet signed a memorandum on "
     "school exchanges.", "city:in:kunda"),
])
def test_a_big_city_or_a_town_placed_abroad_stays(text, town):
    assert town in party_ids(text)


def test_no_namesake_at_home_in_a_text_on_another_country():
    text = ("MINSK, 3 May 2022 - Ties with Ukraine grow. Among the twin towns in Ukraine, "
            "Gorodok has ties with Kirovsk.")
    assert "city:by:kirovsk" not in party_ids(text)
