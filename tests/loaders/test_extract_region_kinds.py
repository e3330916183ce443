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
    ("Trade news.\n\nZabaykalsky Krai supplies flour to the Dornod and Khentii aimags.",
     "SUPPLIES_TO", {"region:mn:dornod", "region:mn:khentii"}),
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


# -- a governor with no place named: the region the text speaks of ----------------------
@pytest.mark.parametrize("text, pair", [
    ("Ties.\n\nBy 2016 the Yaroslavl Region had widened its partners. In 2016 Governor D. "
     "Mironov and the chairman of the Grodno Regional Executive Committee signed a "
     "cooperation agreement.", {"region:ru:yaroslavl", "region:by:grodno"}),
    ("Ties.\n\nThe Pskov Region looks west. In 2019 its governor and the Vitebsk Regional "
     "Executive Committee signed a road map on tourism.", {"region:ru:pskov", "region:by:vitebsk"}),
    ("Ties.\n\nThe Kaluga Region keeps busy. In 2021 Governor Vladislav Shapsha and the "
     "Mogilev Regional Executive Committee signed a programme of cooperation.",
     {"region:ru:kaluga", "region:by:mogilev"}),
])
def test_a_governor_with_no_place_is_the_region_spoken_of(text, pair):
    assert _ids(text) == {frozenset(pair)}


@pytest.mark.parametrize("text, unwanted", [
    # the governor of a region named with it is that region's
    ("Ties.\n\nThe Tver Region widened its partners. In 2016 the governor of the Mogilev "
     "Region signed an agreement with Tula.", "region:ru:tver"),
    # a mayor may head a town: no region read for him
    ("Ties.\n\nThe Tver Region widened its partners. In 2015 the mayor and the Gomel City "
     "Council signed a memorandum.", "region:ru:tver"),
])
def test_a_governor_of_a_named_place_or_a_mayor_takes_no_other_region(text, unwanted):
    assert not any(unwanted in pair for pair in _ids(text))
