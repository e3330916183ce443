"""A heading line after a numbered part's word ("Slide 7. Mongolia and China", "Part 3.
Poland and Lithuania") stands alone: the next line is no part of its sentence. Every
text here was written for these tests."""

import pytest

from relgraph.loaders.extract.pipeline import extract_lines


def _rows(text, rel_type):
    return {(c["source"]["id"], c["target"]["id"])
            for c in extract_lines(text.split("\n"), "t.txt").candidates
            if c["type"] == rel_type}


SLIDE = ("AMKODOR\n"
         "Annual report 2023\n"
         "\n"
         "Slide 7. Mongolia and China\n"
         "In May 2022 we concluded a memorandum with the government of Selenge aimag.\n")
PART = ("GOMSELMASH\n"
        "Annual report 2023\n"
        "\n"
        "Part 3. Poland and Lithuania\n"
        "Last year we concluded a dealer agreement with the Podlaskie Voivodeship "
        "government.\n")


@pytest.mark.parametrize("text, pair", [
    (SLIDE, ("company:by:amkodor", "region:mn:selenge")),
    (PART, ("company:by:gomselmash", "region:pl:podlaskie")),
])
def test_a_numbered_heading_is_no_subject_of_the_line_below(text, pair):
    assert _rows(text, "SIGNED_AGREEMENT") == {pair}


def test_a_wrapped_sentence_after_a_numbered_line_still_runs_on():
    text = ("Minsk signed agreements with partners in 2019 and in\n"
            "2021 Minsk and Lyon signed an agreement on cooperation in culture.\n")
    assert ("city:by:minsk", "city:fr:lyon") in _rows(text, "SIGNED_AGREEMENT")
