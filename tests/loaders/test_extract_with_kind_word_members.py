"""A plural kind word after "with" introduces the members listed after it ("with the
four northern provinces of A, B, C and D"): the first member is a partner too, not a
noun the next name is set in apposition to ("with another member of the union, Y" keeps
Y alone). Sentences written for these tests."""

import pytest
from extract_candidates import named_pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text", [
    "Sichuan signed a memorandum with the Kazakh regions of Kostanay, Pavlodar, Turkistan"
    " and Atyrau.",
    "The protocol that Sichuan signed with the four western regions of Kostanay, Pavlodar,"
    " Turkistan and Atyrau set up a joint board.",
])
def test_the_first_member_after_a_plural_kind_word_is_a_partner(text):
    found = named_pairs(text, A)
    for member in ("Kostanay", "Pavlodar", "Turkistan", "Atyrau"):
        assert tuple(sorted(("Sichuan", member))) in found


def test_an_apposition_after_a_singular_noun_names_the_partner_alone():
    text = "Astana signed an agreement with another member of the union, Kyrgyzstan."
    assert named_pairs(text, A) == {("Astana", "Kyrgyzstan")}
