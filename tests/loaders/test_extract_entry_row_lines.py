"""A town's page on its twins whose entries open with a line of their own that names
the twin, where it lies and the year the tie began, with the entry's text on the next
line and no blank line between ("Hamm (Germany) - since 1994" / "Choirs of the two
towns meet ..."): the row line is the entry's heading, not the start of the sentence
under it. Texts written for these tests."""

import pytest
from extract_candidates import id_pair_set, pairs_with

T, A = "TWINNED_WITH", "SIGNED_AGREEMENT"
OWN = "city:cz:olomouc"
HEAD = ("City of Olomouc | Official website\n"
        "Home > The City > Foreign Relations > Twin Towns\n\n"
        "Olomouc keeps ties with towns in several countries.\n\n")


@pytest.mark.parametrize("rows", [
    # a country and a region in brackets, a dash and "since"
    "Twin towns\n\nHamm (Germany, North Rhine-Westphalia) - since 1994\n"
    "Choirs and sports clubs of the two towns meet every summer.\n\n"
    "Heerlen (Netherlands) - since 1998\nSchools exchange pupils each spring.\n",
    # the country after a comma, the year in brackets
    "Sister cities\n\nHamm, Germany (since 1994)\nThe first exchange of pupils took "
    "place in 1995.\nHeerlen, Netherlands (since 1998)\nA joint festival is held every "
    "year.\n",
    # the year alone after a dash
    "Twin cities\n\nHamm (Germany) - 1994\nRelations began with a visit of a youth "
    "orchestra.\n\nHeerlen, Netherlands - 1998\nThe town halls exchange staff.\n",
])
def test_a_row_line_over_its_entrys_text_twins_the_row_town(rows):
    got = id_pair_set(HEAD + rows, T)
    assert pairs_with(OWN, "city:de:hamm", "city:nl:heerlen") <= got, got


@pytest.mark.parametrize("entry", [
    "Heerlen, Netherlands (since 1998)\nIn 2015 the mayors signed a memorandum on schools.\n",
    "Heerlen (Netherlands) - since 1998\nA protocol on culture was signed in 2010.\n",
])
def test_an_agreement_under_a_row_line_is_between_the_page_town_and_the_row_town(entry):
    text = HEAD + "Twin towns\n\n" + entry
    assert id_pair_set(text, A) == pairs_with(OWN, "city:nl:heerlen"), id_pair_set(text, A)


def test_no_twin_from_row_lines_under_a_heading_that_calls_them_no_twins():
    text = HEAD + ("Trade fairs\n\nHamm (Germany) - 1994\nThe fair drew many visitors.\n\n"
                   "Heerlen, Netherlands - 1998\nA trade mission visited the fair.\n")
    assert id_pair_set(text, T) == set()
    assert id_pair_set(text, A) == set()


def test_no_agreement_under_a_row_line_whose_text_denies_it():
    text = HEAD + "Twin towns\n\nHeerlen (Netherlands) - since 1998\nA twinning agreement " \
        "was never signed.\n"
    assert id_pair_set(text, A) == set()
