"""A document after a "that" that opens a reported clause ("said that a memorandum ...
was signed") is a new paper, not one reported before ("that agreement"); one said to be unsigned
is no signing. Sentences written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs as pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text", [
    "The governor said Volyn signed an agreement with Lublin Voivodeship in May, and that a"
    " memorandum on bridge fees between Volyn and Poland's Ministry of Infrastructure was"
    " signed in June.",
])
def test_a_paper_after_a_reporting_that(text):
    assert ("org:pl:ministry-of-infrastructure", "region:ua:volyn") in pairs(text, A)


def test_a_paper_said_to_be_unsigned():
    text = ("The governor said Volyn signed an agreement with Lublin Voivodeship in May, and"
            " that a memorandum on bridge fees between Volyn and Poland's Ministry of"
            " Infrastructure was never signed.")
    assert ("org:pl:ministry-of-infrastructure", "region:ua:volyn") not in pairs(text, A)
