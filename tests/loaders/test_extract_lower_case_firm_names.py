"""A Baltic firm's name goes on in lower case after its first word ("Vilniaus baldai AB",
"SIA Latvijas balzams", "the bakery Kauno duona"): the words belong to the name when
the name is marked as a firm and they are no English words. Every text here was written
for these tests."""

import pytest

from relgraph.loaders.extract.mentions import find_mentions
from relgraph.loaders.extract.pipeline import extract_lines


def _supplies(text):
    return {(c["source"]["id"], c["target"]["id"])
            for c in extract_lines(text.split("\n"), "t.txt").candidates
            if c["type"] == "SUPPLIES_TO"}


@pytest.mark.parametrize("text, pair", [
    ("The furniture maker Vilniaus baldai AB ships wardrobes to Riga.",
     ("company:lt:vilniaus-baldai", "city:lv:riga")),
    ("Since 2020 the bakery Kauno duona has supplied bread to Daugavpils.",
     ("company:lt:kauno-duona", "city:lv:daugavpils")),
    ("SIA Latvijas balzams delivers liqueur to Tallinn.",
     ("company:lv:latvijas-balzams", "city:ee:tallinn")),
])
def test_lower_case_words_after_a_firms_first_word_are_its_name(text, pair):
    assert pair in _supplies(text)


@pytest.mark.parametrize("text, names", [
    # English words after the name are the sentence's, not the name's
    ("The dairy Rokiskio exports cheese to Riga.", ["Rokiskio", "Riga"]),
    # no firm's mark: a bare name before lower-case words stays as it is
    ("Amkodor ships loaders to Kaunas and to Riga every month.",
     ["Amkodor", "Kaunas", "Riga"]),
    ("In Vilnius kavinės are open late.", ["Vilnius"]),
])
def test_english_words_or_an_unmarked_name_join_nothing(text, names):
    assert [m.text for m in find_mentions(text)] == names
