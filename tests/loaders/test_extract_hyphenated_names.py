"""A name cut by a hyphen at a line's end ("Nizhny Nov-" / "gorod") is joined again when
the part on the next line is no English word; compounds ("Minsk-" / "based") and names
whose hyphens go on ("Rostov-" / "on-Don") keep their hyphen. Every text here was written
for these tests."""

import pytest

from relgraph.loaders.extract.document import build_document
from relgraph.loaders.extract.pipeline import extract_lines


def _pairs(text, rel_type):
    return {frozenset((c["source"]["id"], c["target"]["id"]))
            for c in extract_lines(text.split("\n"), "t.txt").candidates
            if c["type"] == rel_type}


@pytest.mark.parametrize("text, pair", [
    ("In 2018 the Vitebsk Region signed an agreement on trade with the Nizhny Nov-\n"
     "gorod Region, the first of its kind.", {"region:by:vitebsk", "region:ru:nizhny-novgorod"}),
    ("A year later the Gomel Region concluded a similar agreement with the Kras-\n"
     "noyarsk Krai on cooperation in forestry.", {"region:by:gomel", "region:ru:krasnoyarsk"}),
])
def test_a_name_cut_at_the_lines_end_is_joined(text, pair):
    assert frozenset(pair) in _pairs(text, "SIGNED_AGREEMENT")


@pytest.mark.parametrize("lines, kept", [
    (["The agreement was signed with the Minsk-", "based maker of tractors."], "Minsk-based"),
    (["Polyethylene went to buyers in Rostov-", "on-Don and Taganrog."], "Rostov-on-Don"),
    (["The plant is well-", "known abroad."], "well-known"),
])
def test_a_compound_keeps_its_hyphen(lines, kept):
    assert kept in build_document(lines).text


def test_an_english_word_cut_at_the_lines_end_is_joined():
    assert "deserves attention" in build_document(["This case deserves atten-",
                                                   "tion from researchers."]).text
