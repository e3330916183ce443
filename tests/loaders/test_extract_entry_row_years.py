"""Row lines of a twins page whose year follows a comma ("Hamm (Germany), since 1994"),
or that set two towns on one line, with one year for both or a year each ("Hamm
(Germany) and Heerlen (Netherlands), since 1998"): each town is a twin of the page's
town, and the row line is the heading of the text under it. Texts written for these
tests."""

import pytest
from extract_candidates import id_pair_set, pairs_with

from relgraph.loaders.extract.entry_rows import rows

T, A = "TWINNED_WITH", "SIGNED_AGREEMENT"
OWN = "city:cz:olomouc"
HEAD = ("City of Olomouc | Official website\n"
        "Home > The City > Foreign Relations > Twin Towns\n\n"
        "Olomouc keeps ties with towns in several countries.\n\n")
HAMM, HEERLEN = "city:de:hamm", "city:nl:heerlen"


@pytest.mark.parametrize("entries", [
    # the year after a comma, one town a row
    "Hamm (Germany), since 1994\nChoirs of both towns meet every summer.\n\n"
    "Heerlen (Netherlands), since 1998\nSchools exchange pupils each spring.\n",
    # "from" and the country after a comma
    "Hamm, Germany, from 1994\nThe first pupils came in 1995.\n\n"
    "Heerlen, Netherlands, from 1998\nA joint festival is held every year.\n",
    # two towns, one year for both
    "Hamm (Germany) and Heerlen (Netherlands), since 1998\n"
    "Both towns joined the circle in one year.\n",
    # two towns, a year each
    "Hamm (Germany), since 1994, and Heerlen (Netherlands), since 1998\n"
    "Our two partners in the west host a youth camp.\n",
])
def test_row_lines_with_a_comma_year_or_two_towns_twin_the_page_town(entries):
    got = id_pair_set(HEAD + "Our twin towns\n\n" + entries, T)
    assert pairs_with(OWN, HAMM, HEERLEN) <= got, got


def test_an_agreement_under_a_comma_year_row_is_with_the_row_town():
    text = HEAD + ("Twin towns\n\nHeerlen (Netherlands), since 1998\n"
                   "In 2015 the mayors signed a memorandum on schools.\n")
    assert id_pair_set(text, A) == pairs_with(OWN, HEERLEN), id_pair_set(text, A)


@pytest.mark.parametrize("entries", [
    # a heading that calls the rows no twins
    "Trade fairs\n\nHamm (Germany), since 1994\nThe fair drew many visitors.\n\n"
    "Heerlen (Netherlands) and Hamm (Germany), since 1998\nA trade mission came.\n",
    # rows that say more than where and since are no rows
    "Twin towns\n\nHamm (Germany), founded in 1994\nThe fair drew many visitors.\n",
])
def test_no_twin_from_lines_that_are_no_twin_rows(entries):
    assert id_pair_set(HEAD + entries, T) == set()


@pytest.mark.parametrize("line, names", [
    ("Hamm (Germany), since 1994", ["Hamm"]),
    ("Hamm, Germany, from 1994", ["Hamm"]),
    ("Hamm (Germany) and Heerlen (Netherlands), since 1998", ["Hamm", "Heerlen"]),
    ("Hamm (Germany), since 1994, and Heerlen (Netherlands), since 1998",
     ["Hamm", "Heerlen"]),
    ("Hamm (Germany) - since 1994", ["Hamm"]),
    # the last town has no year; a date that is no tie's start; a sentence
    ("Hamm (Germany), since 1994, and Heerlen (Netherlands)", []),
    ("Hamm, 1994", []),
    ("Hamm and Heerlen signed in 1994", []),
])
def test_row_grammar(line, names):
    assert [n for n, _ in rows(line)] == names
