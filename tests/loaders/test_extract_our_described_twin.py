""""X was our first Swedish twin town": an order, an age or where the twin lies between
"our" and the twin words ("our first Swedish twin town", "our second German partner
city", "our closest Polish sister city") still makes X a twin of whom the text speaks
for. Texts written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

INTERVIEW = ("Interview with the mayor of Gdansk\n\nThe mayor of Gdansk on twin towns and the "
             "port.\n\n- Mr Mayor, do twin towns still matter?\n\n- They do. ")
T = "TWINNED_WITH"


@pytest.mark.parametrize("answer, twin", [
    ("Kalmar was our first Swedish twin town, in 1991.", "city:se:kalmar"),
    ("Bremen is our second German partner city.", "city:de:bremen"),
    ("Turku has been our closest Finnish sister city since 1996.", "city:fi:turku"),
    ("Kalmar remains our oldest twin town.", "city:se:kalmar"),
])
def test_a_described_twin_of_ours_twins_with_the_speaker(answer, twin):
    got = undirected_id_pairs(INTERVIEW + answer, T)
    assert got == [tuple(sorted(("city:pl:gdansk", twin)))], got


@pytest.mark.parametrize("text", [
    # no twin words after the description
    INTERVIEW + "Kalmar was our first Swedish customer for ship repairs.",
    # "our" with nobody it speaks for (a monograph's "our")
    "Baltic port towns\n\nThe towns of the coast trade with each other. Kalmar was our "
    "first Swedish twin town, in the words of one official.",
])
def test_no_speaker_twin_without_twin_words_or_a_speaker(text):
    got = undirected_id_pairs(text, T)
    assert not any("city:se:kalmar" in p and "city:pl:gdansk" in p for p in got), got
    assert not any(p[0] == p[1] for p in got), got
