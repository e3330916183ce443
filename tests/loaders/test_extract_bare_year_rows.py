"""Row lines of a twins page whose year stands bare in brackets ("Leiden, Netherlands
(1976)"), or whose town has its other name in brackets before its country ("Aachen
(Aix-la-Chapelle), Germany - since 1980"), under a heading that joins two words for
twins ("Our twin and sister towns"): each row's town is a twin of the page's town.
Texts written for these tests."""

import pytest
from extract_candidates import id_pair_set, pairs_with

from relgraph.loaders.extract.entry_rows import rows

T = "TWINNED_WITH"
OWN = "city:no:trondheim"
HEAD = ("Trondheim Municipality\n"
        "Home > About the city > Partners abroad\n\n"
        "Trondheim keeps ties with towns on three continents.\n\n")
DARMSTADT, VANTAA = "city:de:darmstadt", "city:fi:vantaa"


@pytest.mark.parametrize("heading, entries", [
    # a bare year in brackets after the country
    ("Our sister cities",
     "Darmstadt, Germany (1968)\nThe choirs of both towns meet every autumn.\n\n"
     "Vantaa, Finland (1979)\nPupils spend a week in each town.\n"),
    # a state or region between the town and its country
    ("Sister cities",
     "Darmstadt, Hesse, Germany (1968)\nA youth orchestra tours each summer.\n\n"
     "Vantaa, Uusimaa, Finland (1979)\nLibraries swap exhibitions.\n"),
    # two words for twins joined in the heading, a dash and "since"
    ("Our twin and sister towns",
     "Darmstadt, Germany - since 1968\nThe choirs meet every autumn.\n\n"
     "Vantaa, Finland - since 1979\nPupils spend a week in each town.\n"),
])
def test_rows_under_a_twins_heading_twin_the_page_town(heading, entries):
    got = id_pair_set(HEAD + heading + "\n\n" + entries, T)
    assert pairs_with(OWN, DARMSTADT, VANTAA) <= got, got


@pytest.mark.parametrize("heading", [
    # a heading that calls the rows no twins
    "Trade fairs",
    "Our suppliers",
])
def test_bare_year_rows_under_other_headings_twin_nothing(heading):
    entries = ("Darmstadt, Germany (1968)\nThe fair drew many visitors.\n\n"
               "Vantaa, Finland (1979)\nA trade mission came.\n")
    assert id_pair_set(HEAD + heading + "\n\n" + entries, T) == set()


@pytest.mark.parametrize("line, names", [
    ("Darmstadt, Germany (1968)", ["Darmstadt"]),
    ("Darmstadt (Germany) (1968)", ["Darmstadt"]),
    ("Darmstadt, Hesse, Germany (1968)", ["Darmstadt"]),
    ("Darmstadt (Darmstadt-Stadt), Germany - since 1968", ["Darmstadt"]),
    ("Darmstadt, Germany (1968) and Vantaa, Finland (1979)", ["Darmstadt", "Vantaa"]),
    # a year that is no tie's start and a sentence are no rows
    ("Darmstadt, Germany (1968 census)", []),
    ("Darmstadt signed in 1968", []),
])
def test_row_grammar_bare_years_and_other_names(line, names):
    assert [n for n, _ in rows(line)] == names
