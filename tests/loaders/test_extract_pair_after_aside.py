""""The two towns" that a sentence goes on about after the pair was named in the sentence
before: an aside set off by commas may stand between the reference and its predicate
("The two cities, which share a tram line, have been twin towns"), and a document the
pair signs with a verb of its own after its twin words is a signing of its own ("were
twinned in 1993 and later concluded a treaty"). Texts written for these tests."""

import pytest
from extract_candidates import id_pair_set, pairs_with

T, A = "TWINNED_WITH", "SIGNED_AGREEMENT"
LEAD = "Few towns on this border work together. One exception is Cieszyn and Zilina. "
PAIR = pairs_with("city:pl:cieszyn", "city:sk:zilina")


@pytest.mark.parametrize("sentence", [
    "The two cities, which share a tram line, have been twin towns since 1991.",
    "The two towns, which share a golf course, have been twinned since 1987.",
])
def test_an_aside_between_the_pair_and_its_twin_words(sentence):
    got = id_pair_set(LEAD + sentence, T)
    assert got == PAIR, got


def test_an_aside_naming_one_country_twins_no_neighbours():
    text = ("One exception is Cieszyn and Katowice. The two cities, which share a tram line, "
            "have been twin towns since 1991.")
    assert id_pair_set(text, T) == set()


@pytest.mark.parametrize("sentence", [
    "The two cities were twinned in 1993 and later concluded a treaty on a shared library.",
    "The two towns have been sister cities since 1987 and signed an agreement on schools "
    "in 2004.",
])
def test_a_document_signed_by_its_own_verb_after_the_twin_words(sentence):
    got = id_pair_set(LEAD + sentence, A)
    assert got == PAIR, got


def test_a_twinning_agreement_is_the_twinning_itself():
    text = LEAD + "The two cities were twinned in 1993 under an agreement on friendship."
    assert id_pair_set(text, A) == set()
