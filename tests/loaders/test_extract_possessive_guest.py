"""An interview whose title names its guest as a place's office-holder by a possessive
("An interview with Tartu's mayor, Anna Kask"): "we" and "our city" in the answers are
that place. Texts written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines

T, A = "TWINNED_WITH", "SIGNED_AGREEMENT"
BODY = ("\n\nWe met the mayor at the town hall.\n\nQ: Which ties matter most?\n\n"
        "A: We have been twinned with Hamm since 1998, and last year we signed a memorandum "
        "with Heerlen on schools.\n")


def _pairs(text, rel):
    return {frozenset((c["source"]["id"], c["target"]["id"]))
            for c in extract_lines(text.splitlines(), "t.txt").candidates if c["type"] == rel}


@pytest.mark.parametrize("title", [
    "An interview with Tartu's mayor, Anna Kask",
    "Interview with Tartu's new deputy mayor Anna Kask",
    "In conversation with Tartu's mayor",
])
def test_we_of_the_guest_is_the_place_whose_office_the_title_names(title):
    text = '"Rivers join us"\n' + title + BODY
    assert frozenset(("city:ee:tartu", "city:de:hamm")) in _pairs(text, T)
    assert frozenset(("city:ee:tartu", "city:nl:heerlen")) in _pairs(text, A)


@pytest.mark.parametrize("title", [
    # a person's possessive, no office
    "An interview with Anna Kask's daughter",
    # an office of no place the gazetteer knows
    "An interview with Qwertyville's mayor, Anna Kask",
])
def test_no_speaker_from_a_title_that_names_no_places_office(title):
    text = '"Rivers join us"\n' + title + BODY
    assert not any("city:ee:tartu" in p for p in _pairs(text, T))
