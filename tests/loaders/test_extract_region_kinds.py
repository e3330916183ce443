"""A region's kind as its sentence writes it: a plural region word after a list
("the Selenge and Darkhan-Uul aimags") is no part of the last member's name, and a
government written with a bare name is a region's ("the governments of Vitebsk and
Tver"). Every text here was written for these tests."""

import pytest
from extract_candidates import pairs


def _targets(text, rel_type="SUPPLIES_TO"):
    return {target for _source, target in pairs(text, rel_type)}


def _ids(text, rel_type="SIGNED_AGREEMENT"):
    return {frozenset(pair) for pair in pairs(text, rel_type)}


# -- a plural region word after a list --------------------------------------------------
@pytest.mark.parametrize("text, rel_type, expected", [
    ("Trade news.\n\nBuryatia supplies flour to the Selenge and Darkhan-Uul aimags.",
     "SUPPLIES_TO", {"region:mn:selenge", "region:mn:darkhan-uul"}),
    ("Trade news.\n\nThe Irkutsk Region ships timber to the Khovsgol, Bulgan and Orkhon "
     "aimags every year.",
     "SUPPLIES_TO", {"region:mn:khovsgol", "region:mn:bulgan", "region:mn:orkhon"}),
])
def test_a_plural_region_word_after_a_list_is_no_part_of_a_name(text, rel_type, expected):
    assert _targets(text, rel_type) == expected


@pytest.mark.parametrize("text, expected", [
    # singular: as before
    ("Trade news.\n\nBuryatia supplies flour to the Selenge aimag.", {"region:mn:selenge"}),
    # bare names of towns stay towns
    ("Trade news.\n\nBuryatia supplies flour to Darkhan and Erdenet.",
     {"city:mn:darhan", "city:mn:erdenet"}),
])
def test_singular_region_words_and_bare_towns_are_unchanged(text, expected):
    assert _targets(text) == expected


# -- a government written with a bare name ---------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Border news.\n\nThe governments of Vitebsk and Tver concluded an agreement on trade "
     "in 2001.", {"region:by:vitebsk", "region:ru:tver"}),
    ("Border news.\n\nIn 2016 the Gomel and Bryansk governments signed a road map on "
     "border trade.", {"region:by:gomel", "region:ru:bryansk"}),
])
def test_a_government_with_a_bare_name_is_the_regions(text, pair):
    assert _ids(text) == {frozenset(pair)}


@pytest.mark.parametrize("text, pair", [
    # a town's government says so; a capital reaches no region of its name
    ("Border news.\n\nThe city governments of Vitebsk and Tver concluded an agreement on "
     "trade in 2001.", {"city:by:vitebsk", "city:ru:tver"}),
    ("Border news.\n\nThe government of Minsk and the government of Tbilisi concluded an "
     "agreement on trade in 2001.", {"city:by:minsk", "city:ge:tbilisi"}),
])
def test_a_towns_government_or_a_capitals_stays_the_towns(text, pair):
    assert _ids(text) == {frozenset(pair)}
