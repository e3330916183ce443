"""A town called a twin with its partner left out, on a town's page or in its mayor's
interview: the twin of the place the text speaks for. Texts written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines

T = "TWINNED_WITH"
INTERVIEW = ("An interview with the Mayor of Tartu\n\n"
             "Q: Tartu has many twin towns. Do they still matter?\n\nA: {body}\n")
PAGE = "Twin towns of Tartu\n\nTartu keeps ties with towns abroad. {body}\n"
HOME = "city:ee:tartu"


def _pairs(text):
    return {frozenset((c["source"]["id"], c["target"]["id"]))
            for c in extract_lines(text.splitlines(), "t.txt").candidates if c["type"] == T}


@pytest.mark.parametrize("frame", [INTERVIEW, PAGE])
@pytest.mark.parametrize("body, twins", [
    ("They do. Hamm, in Westphalia, is a sister city thanks to its choirs.", ["city:de:hamm"]),
    ("They do. Hamm has been a twin since 1993.", ["city:de:hamm"]),
    ("They do. Hamm (Germany) became a twin town in 1990, and Heerlen is a partner "
     "city too.", ["city:de:hamm", "city:nl:heerlen"]),
])
def test_a_lone_twin_is_the_twin_of_the_home_place(frame, body, twins):
    got = _pairs(frame.format(body=body))
    assert {frozenset((HOME, t)) for t in twins} <= got, got


@pytest.mark.parametrize("body", [
    # "a partner" alone is a partner in anything
    "They do. Hamm is a partner in the river project.",
    # the partner named
    "They do. Hamm is a twin town of Heerlen.",
    # not so, or not yet
    "They do. Hamm is not a twin town.",
    "They do. Hamm will soon be a twin town.",
    # another party in the clause
    "They do. With Heerlen, Hamm is a sister city of long standing.",
])
def test_no_home_twin_when_the_sentence_says_otherwise(body):
    got = _pairs(INTERVIEW.format(body=body))
    assert frozenset((HOME, "city:de:hamm")) not in got, got


def test_no_home_twin_in_a_text_that_speaks_for_no_place():
    text = ("River towns of Europe\n\nMany towns along the rivers cooperate. Hamm has been "
            "a twin since 1993, and Heerlen is a sister city.\n")
    assert _pairs(text) == set()


def test_no_home_twin_with_a_town_of_the_home_country():
    got = _pairs(INTERVIEW.format(body="They do. Narva has been a twin since 1993."))
    assert not any(HOME in p for p in got), got
