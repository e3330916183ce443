"""A verb a speaker opens a sentence with to present an example ("Take X ...",
"Consider X ...", "Imagine X", "Meet X") is no part of the name after it. Texts
written for these tests."""

import pytest

from relgraph.loaders.extract.mentions import find_mentions


@pytest.mark.parametrize(("text", "name"), [
    ("Take Forjas Cumbres, S.A. de C.V., in Apodaca: it ships axles to Texas.",
     "Forjas Cumbres, S.A. de C.V."),
    ("Consider Ridge Dies LLC, which buys steel from Mexico.", "Ridge Dies LLC"),
    ("Meet Harbour Tongs Ltd, a small forge in Lyttelton.", "Harbour Tongs Ltd"),
    ("Imagine Valdor Mining without its Chilean buyers.", "Valdor Mining"),
])
def test_the_presenting_verb_is_no_part_of_the_name(text, name):
    names = [m.text for m in find_mentions(text)]
    assert name in names, names


@pytest.mark.parametrize(("text", "name"), [
    # (inside a sentence the words are no openers; a name may still hold them)
    ("Exports of Ridge Dies LLC grew.", "Ridge Dies LLC"),
    ("Lone Star Stampings LLC supplies dies to Ridge Dies LLC.", "Lone Star Stampings LLC"),
])
def test_other_names_are_read_as_before(text, name):
    assert name in [m.text for m in find_mentions(text)]
