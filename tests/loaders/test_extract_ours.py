""""Ours" standing alone after "of" ("sister cities of ours") is the text's speaker, as
"we" and "our" are: in a mayor's interview, the mayor's town. Texts written for these
tests."""

import pytest
from extract_candidates import id_pair_set, pairs_with

T = "TWINNED_WITH"
HEAD = "An interview with the Mayor of Gdynia\n\nQ: What has this summer brought?\n\n"


@pytest.mark.parametrize("answer", [
    "A: Kiel, Karlskrona and Klaipeda have been sister cities of ours for decades.",
    "A: Kiel, Karlskrona and Klaipeda have long been twin towns of ours.",
])
def test_twins_of_ours_are_the_speakers(answer):
    got = id_pair_set(HEAD + answer, T)
    own = "city:pl:gdynia"
    assert pairs_with(own, "city:de:kiel", "city:se:karlskrona", "city:lt:klaipeda") <= got, got


def test_a_friend_of_ours_is_no_twin():
    assert id_pair_set(HEAD + "A: A friend of ours from Kiel visited the port in May.", T) \
        == set()


def test_ours_with_nobody_speaking_is_no_party():
    text = "Chapter 3\n\nKiel and Klaipeda are sister cities of ours, the author writes."
    assert not [p for p in id_pair_set(text, T) if "city:pl:gdynia" in p]
