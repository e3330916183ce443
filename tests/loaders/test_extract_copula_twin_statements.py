"""A twinning stated by a copula whose twin words name their owner by a possessive ("A
has been X's sister city since 2001", "A and B are X's twin towns") or by "of ours" in
a text that speaks for a town ("A, B and C are sister cities of ours as well"), and a twin
of the speaker dated by "in" and a year ("A became a sister city in 1990, B in 1995").
Wishes ("X's prospective twin town") and other nouns ("X's biggest trading partner")
stay unread. Every text here was written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

T = "TWINNED_WITH"
TARTU = "city:ee:tartu"
PSKOV = "city:ru:pskov"
NARVA = "city:ee:narva"
VALGA = "city:ee:valga"
INTERVIEW = ("Talking to the mayor of Tartu\n\nThe mayor of Tartu on partner towns and the "
             "lake.\n\n- Mr Mayor, are twin towns still worth the effort?\n\n- Very much so. ")


def _pairs_of(own, *others):
    return sorted(tuple(sorted((own, x))) for x in others)


@pytest.mark.parametrize("text,want", [
    ("Pskov has been Tartu's sister city since 2001.", _pairs_of(TARTU, PSKOV)),
    ("Pskov is Tartu's twin town.", _pairs_of(TARTU, PSKOV)),
    ("Pskov has for years been Tartu's oldest twin town.", _pairs_of(TARTU, PSKOV)),
    ("Narva and Pskov are Tartu's twin towns.", _pairs_of(TARTU, NARVA, PSKOV)),
])
def test_the_subject_of_a_possessive_twin_word(text, want):
    assert undirected_id_pairs(text, T) == want


@pytest.mark.parametrize("text,want", [
    (INTERVIEW + "Narva, Pskov and Valga are sister cities of ours as well - each lies on "
     "water.", _pairs_of(TARTU, NARVA, PSKOV, VALGA)),
    (INTERVIEW + "Pskov became a twin town of ours in 1996.", _pairs_of(TARTU, PSKOV)),
    (INTERVIEW + "Pskov became a sister city in 1990, Narva in 1995.",
     _pairs_of(TARTU, PSKOV, NARVA)),
])
def test_twins_of_the_speaker(text, want):
    assert undirected_id_pairs(text, T) == want


@pytest.mark.parametrize("text", [
    "Pskov is Tartu's prospective twin town.",
    "Pskov is Tartu's biggest trading partner.",
    "The mayor of Pskov is Tartu's guest this week.",
    # "of ours" with nobody the text speaks for
    "Lake towns\n\nThe towns of the lake trade with each other. Pskov is a sister city of "
    "ours, one official wrote.",
    INTERVIEW + "Pskov became a sister city in Russia.",
])
def test_no_twinning(text):
    assert undirected_id_pairs(text, T) == []
