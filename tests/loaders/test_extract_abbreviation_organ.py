"""An organ written after a place's abbreviation the text defined ("the IMAR government"
after "Inner Mongolia Autonomous Region (IMAR)") is that place. Every text here was
written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _pairs(text):
    return {frozenset((c["source"]["id"], c["target"]["id"]))
            for c in extract_lines(text.split("\n"), "t.txt").candidates
            if c["type"] == "SIGNED_AGREEMENT"}


@pytest.mark.parametrize("text, pair", [
    ("Ties with the Inner Mongolia Autonomous Region (IMAR) grew out of border trade. In "
     "2009 the Dornogovi aimag signed an agreement with the IMAR government on customs.",
     {"region:mn:dornogovi", "region:cn:inner-mongolia"}),
    ("Trade with the Xinjiang Uygur Autonomous Region (XUAR) has grown fast. In 2019 the "
     "Pavlodar Region concluded a memorandum with the XUAR government.",
     {"region:kz:pavlodar", "region:cn:xinjiang"}),
])
def test_an_organ_after_a_places_abbreviation_is_the_place(text, pair):
    assert frozenset(pair) in _pairs(text)


def test_an_abbreviation_the_text_never_defined_stays_unread_as_a_place():
    text = "In 2009 the Dornogovi aimag signed an agreement with the IMAR government."
    assert not any("region:cn:inner-mongolia" in p for p in _pairs(text))
