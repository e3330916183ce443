"""One firm under two names: a bare kind word before a one-word name ("Concern
Belneftekhim", "Holding Amkodor") and a name in another romanisation ("Homselmash",
"Hrodna Azot") are the firm of the firm table. Every text here was written for these
tests."""

import pytest
from extract_candidates import pairs


def _suppliers(text):
    return {source for source, _target in pairs(text, "SUPPLIES_TO")}


@pytest.mark.parametrize("text, want", [
    ("Trade news.\n\nConcern Belneftekhim supplied diesel fuel to Kazakhstan in 2022.",
     "company:by:belneftekhim"),
    ("Trade news.\n\nHolding Amkodor delivered loaders to Mongolia.", "company:by:amkodor"),
    ("Trade news.\n\nIn 2023 State Corporation Rostec supplied helicopters to Belarus.",
     "company:ru:rostec"),
])
def test_a_bare_kind_before_a_name_is_no_part_of_it(text, want):
    assert _suppliers(text) == {want}


@pytest.mark.parametrize("text, want", [
    ("Trade news.\n\nHomselmash shipped 40 combines to Kazakhstan last year.",
     "company:by:gomselmash"),
    ("Trade news.\n\nHomelsteklo sells glass to Lithuania.", "company:by:gomelsteklo"),
    ("Trade news.\n\nHrodna Azot supplied fertiliser to Poland in 2021.",
     "company:by:grodno-azot"),
])
def test_a_firm_in_another_romanisation_is_the_tables_firm(text, want):
    assert _suppliers(text) == {want}


@pytest.mark.parametrize("text, want", [
    # a longer name after the kind word is the name itself
    ("Trade news.\n\nHolding Company Belarus Trade sold trucks to Kazakhstan.",
     "company:by:holding-company-belarus-trade"),
    # two words after the kind word: the name itself
    ("Trade news.\n\nConcern Steel Trade delivered pipes to Lithuania.",
     "company:xx:concern-steel-trade"),
    # a name with an "h" that no table firm spells with a "g"
    ("Trade news.\n\nHolsteiner Agro sold seed to Belarus.", "company:xx:holsteiner-agro"),
])
def test_other_names_stay_as_written(text, want):
    assert _suppliers(text) == {want}
