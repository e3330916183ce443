"""A transcript whose question and answer stand on consecutive lines ("Q: ... ? / A:
...", read as one paragraph) is an interview as much as one whose question is a
paragraph of its own: "we" and "our" in the answers are the place the title names its
guest the office-holder of ("Gdynia's mayor on ..."), not the last town named
(``discourse._ASKED``)."""

import pytest
from extract_candidates import id_pair_set

T, A = "TWINNED_WITH", "SIGNED_AGREEMENT"
HEAD = ("\"A port needs partners\": Gdynia's mayor on twin towns and trade\n"
        "Interview by the Baltic Coast Weekly, May 2024\n\n")


@pytest.mark.parametrize(("body", "rel", "pair"), [
    ("Q: Mayor, how many twin towns does the city have?\n"
     "A: Nine. We are also twinned with Kiel in Germany, since 1985.\n", T,
     {"city:pl:gdynia", "city:de:kiel"}),
    ("Question: And in Scandinavia?\n"
     "Answer: Our partner there is Aarhus; we signed a friendship agreement with Aarhus "
     "in 2012.\n", A, {"city:pl:gdynia", "city:dk:aarhus"}),
])
def test_we_in_a_transcripts_answer_is_the_guests_town(body, rel, pair):
    assert frozenset(pair) in id_pair_set(HEAD + body, rel)


@pytest.mark.parametrize("text", [
    # no question at all: a monograph's "we" names no party
    "Gdynia's harbour grew after 1920.\nWe are also twinned with Kiel, the authors note.\n",
    # a question with no answer after it is no transcript's exchange
    HEAD + "Q: Mayor, how many twin towns does the city have, and which is the oldest "
    "one of them, and why did it come first among all the towns of the coast, in your "
    "view, now that so much has been said about it in the press this spring? We are "
    "twinned with Kiel.\n",
])
def test_no_speaker_without_an_exchange(text):
    assert frozenset({"city:pl:gdynia", "city:de:kiel"}) not in id_pair_set(text, T)
