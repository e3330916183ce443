""""X was our first Swedish twin town": an order, an age or where the twin lies between
"our" and the twin words ("our first Swedish twin town", "our second German partner
city", "our closest Finnish sister city") still makes X a twin of whom the text speaks
for. Texts written for these tests."""

import pytest
from extract_candidates import undirected_id_pairs

INTERVIEW = ("Talking to the mayor of Szczecin\n\nThe mayor of Szczecin on partner towns and "
             "the harbour.\n\n- Mr Mayor, are twin towns still worth the effort?\n\n- Very "
             "much so. ")
T = "TWINNED_WITH"


@pytest.mark.parametrize("answer, twin", [
    ("Ystad was our first Swedish twin town, back in 1993.", "city:se:ystad"),
    ("Bremen is our second German partner city.", "city:de:bremen"),
    ("Turku has been our closest Finnish sister city since 1996.", "city:fi:turku"),
    ("Ystad remains our oldest twin town.", "city:se:ystad"),
])
def test_a_described_twin_of_ours_twins_with_the_speaker(answer, twin):
    got = undirected_id_pairs(INTERVIEW + answer, T)
    assert got == [tuple(sorted(("city:pl:szczecin", twin)))], got


@pytest.mark.parametrize("text", [
    # no twin words after the description
    INTERVIEW + "Ystad was our first Swedish customer for ship repairs.",
    # "our" with nobody it speaks for (a monograph's "our")
    "Baltic port towns\n\nThe towns of the coast trade with each other. Ystad was our "
    "first Swedish twin town, in the words of one official.",
])
def test_no_speaker_twin_without_twin_words_or_a_speaker(text):
    got = undirected_id_pairs(text, T)
    assert not any("city:se:ystad" in p and "city:pl:szczecin" in p for p in got), got
    assert not any(p[0] == p[1] for p in got), got
