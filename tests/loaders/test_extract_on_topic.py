"""A name after "on" that a common noun follows is the topic's attribute ("an agreement
with X on Caucasus tourism"), no part of the party's name before it; a verb after it
ends the name ("X on Y signed"). Every text here was written for these tests."""

import pytest
from extract_candidates import named_pairs


@pytest.mark.parametrize("text, pair", [
    ("In 2018 the Kirov Region signed an agreement with the Republic of Adygea on Caucasus "
     "tourism.", ("Kirov Region", "Republic of Adygea")),
    ("Mytishchi signed a memorandum with Kalinkovichi on Dnieper shipping.",
     ("Kalinkovichi", "Mytishchi")),
])
def test_a_topic_after_on_is_no_part_of_the_name(text, pair):
    assert pair in named_pairs(text, "SIGNED_AGREEMENT")


def test_a_name_after_on_with_a_verb_after_it_stays_whole():
    got = named_pairs("Kamensk on Ural signed an agreement with Kalinkovichi.",
                      "SIGNED_AGREEMENT")
    assert ("Kalinkovichi", "Kamensk on Ural") in got, got
