"""A town's page copied a paragraph a line, with no blank line between: its headings and
rows of twins with their year ("Bremen (Germany) - 1976") stand alone, a title in two
languages names the page's town, and each row under a heading of twins twins that town.
Every text here was written for these tests."""

import pytest
from extract_candidates import id_pair_set, pairs_with

from relgraph.loaders.extract.document import build_document
from relgraph.loaders.extract.pipeline import extract_lines

_pairs, _with = id_pair_set, pairs_with


# a country in brackets, a title in two languages, notes under some rows
BRACKETS = (
    "Miasto Gdańsk | City of Gdańsk\n"
    "Home > City hall > Foreign relations > Twin towns\n"
    "Gdańsk has kept friendly links with towns by the sea and far inland for decades, and "
    "its schools, orchestras and sports clubs travel to them every single year.\n"
    "Twin towns\n"
    "Bremen (Germany) - 1976\n"
    "The oldest of these links began with an exchange of dock workers and still brings "
    "sailors and students to our city every summer, while both harbour boards meet.\n"
    "Rotterdam (Netherlands) - 1998\n"
    "Marseille (France) - 1992, a port with which we share a long sea trade\n"
    "Nice (France) - 1994\n"
    "Contact\n"
    "Office of Foreign Relations, New Town Hall, Gdańsk.\n")
# a country after a comma, "since" before some years, a note between the rows
COMMAS = (
    "Szeged Város | City of Szeged\n"
    "Main page > Municipality > International ties > Sister cities\n"
    "Sister cities\n"
    "Szeged is a university town on the Tisza, and for more than forty years it has built "
    "ties with towns whose universities, theatres and firms became partners of ours.\n"
    "Timișoara, Romania - 1997\n"
    "Darmstadt, Germany - since 1990\n"
    "Our universities have run joint doctoral schools since the late nineties, and the "
    "two town councils hold a common session every other year in one of the towns.\n"
    "Parma, Italy - 1998\n"
    "Cambridge, United Kingdom - 1987\n")


@pytest.mark.parametrize("text, pairs", [
    (BRACKETS, _with("city:pl:gdansk", "city:de:bremen", "city:nl:rotterdam",
                     "city:fr:marseille", "city:fr:nice")),
    (COMMAS, _with("city:hu:szeged", "city:ro:timisoara", "city:de:darmstadt",
                   "city:it:parma", "city:gb:cambridge")),
])
def test_a_row_with_its_year_under_a_heading_of_twins_twins_the_pages_town(text, pairs):
    assert _pairs(text) == pairs


@pytest.mark.parametrize("text", [
    # the rows are ferry lines with their first year, under a heading of no twins
    BRACKETS.replace("Foreign relations > Twin towns", "Transport > Ferry lines")
            .replace("Twin towns\n", "Ferry lines\n"),
    COMMAS.replace("International ties > Sister cities", "Culture > Festivals")
          .replace("Sister cities\n", "Guest orchestras\n"),
    # rows under a heading of twins that give no year, only a word on the town
    BRACKETS.replace("- 1976", "- a port of call").replace("- 1998", "- home of a fair")
            .replace("- 1992, a port", "- a port").replace("- 1994", "- a resort"),
])
def test_rows_under_other_headings_or_without_a_year_are_no_twins(text):
    assert _pairs(text) == set()


def test_a_text_written_a_paragraph_a_line_keeps_its_headings_apart():
    doc = build_document(BRACKETS.splitlines())
    assert "\nTwin towns\nBremen (Germany) - 1976\n" in doc.text


def test_a_wrapped_text_runs_its_lines_into_sentences():
    wrapped = ("Gdańsk has kept friendly links with towns by the sea and far inland\n"
               "for decades, and its schools, orchestras and sports clubs travel to\n"
               "them every year. The oldest of these links began with an exchange of\n"
               "dock workers and still brings sailors and students to the city each\n"
               "summer, while both harbour boards meet twice a year in one of them.\n")
    assert "\n" not in build_document(wrapped.splitlines()).text


# -- a partner's item whose own words are "the partnership between" --------------------
PARTNERSHIP = ("City of Lublin | Official website\n"
               "Home > City > Foreign cooperation > Partner towns\n"
               "\n"
               "Partner towns\n"
               "\n"
               "Lutsk (Ukraine) - the partnership between Lublin and Lutsk, which goes back "
               "to 1997, was widened last year to the two universities.\n"
               "\n"
               "Debrecen (Hungary) - a partnership between the two towns has linked their "
               "theatres since 1991.\n")


def test_a_partners_item_in_a_section_of_partner_towns_states_a_twinning():
    assert _pairs(PARTNERSHIP) == _with("city:pl:lublin", "city:ua:lutsk", "city:hu:debrecen")


def test_a_partnership_under_a_heading_of_no_twins_is_no_twinning():
    text = PARTNERSHIP.replace("Foreign cooperation > Partner towns", "Economy > Business")\
        .replace("Partner towns\n", "Business contacts\n")
    assert _pairs(text) == set()


# -- a page's title in capitals as the heading of its rows; a row its next line restates --
CAPITALS = ("Szeged City Hall | Official website\n"
            "Home / City / Foreign ties / Sister towns\n"
            "SISTER TOWNS AND PARTNER TOWNS OF SZEGED\n"
            "Szeged has been making friends abroad since the seventies, and today its list "
            "of sister towns runs from the Atlantic coast to the shores of the Black Sea.\n"
            "Darmstadt, Germany (since 1990)\n"
            "Both towns host large student populations, and their science parks have "
            "worked together on a number of projects since the early nineties.\n"
            "Parma, Italy (since 1998)\n"
            "Parma and Szeged were twinned in 1998 by a charter of friendship and exchange, "
            "after two years of visits by their universities and chambers of commerce.\n")


def _twinnings(text):
    return [frozenset((c["source"]["id"], c["target"]["id"]))
            for c in extract_lines(text.splitlines(), "t.txt").candidates
            if c["type"] == "TWINNED_WITH"]


def test_rows_under_a_title_of_sister_and_partner_towns_twin_the_pages_town():
    assert set(_twinnings(CAPITALS)) == _with("city:hu:szeged", "city:it:parma",
                                              "city:de:darmstadt")


def test_a_row_restated_in_words_on_its_next_line_is_one_twinning():
    assert sorted(_twinnings(CAPITALS), key=sorted).count(
        frozenset(("city:hu:szeged", "city:it:parma"))) == 1


def test_rows_under_a_title_of_no_twins_are_no_twins():
    text = CAPITALS.replace("Foreign ties / Sister towns", "Culture / Festivals")\
        .replace("SISTER TOWNS AND PARTNER TOWNS OF SZEGED", "GUEST ORCHESTRAS OF SZEGED")\
        .replace("were twinned in 1998 by a charter of friendship and exchange",
                 "played a joint concert in 1998")
    assert _twinnings(text) == []


# -- two rows of twins on one line ----------------------------------------------------
TWO_A_LINE = ("City of Gdynia | Official website\n"
              "Home > City > Abroad > Twin towns\n"
              "Twin towns\n"
              "Gdynia is a young port town, and most of its twins are harbour towns as well, "
              "whose sailors, rowing clubs and maritime schools meet ours every summer.\n"
              "Kalmar, Sweden (since 1994) and Vaasa, Finland (since 1998)\n"
              "Our partners across the sea, with whom the town runs a regatta each June and "
              "shares a programme of school exchanges between the three maritime colleges.\n"
              "Plymouth, United Kingdom (since 1976)\n")


def test_two_rows_of_twins_on_one_line_are_two_twinnings():
    assert _pairs(TWO_A_LINE) == _with("city:pl:gdynia", "city:se:kalmar", "city:fi:vaasa",
                                       "city:gb:plymouth")


def test_two_rows_on_one_line_under_a_heading_of_no_twins_are_no_twins():
    text = TWO_A_LINE.replace("Abroad > Twin towns", "Sport > Regattas")\
        .replace("Twin towns\n", "Regatta hosts\n")
    assert _pairs(text) == set()


# -- a town of Wales or Scotland named with its nation's adjective ---------------------
@pytest.mark.parametrize("text, pair", [
    ("The friendship between Lublin and the Scottish city of Dundee began with a football "
     "match in 1986 and was sealed by a twinning charter in 1988.\n",
     frozenset(("city:pl:lublin", "city:gb:dundee"))),
    ("Kalisz and the Welsh town of Swansea became partner towns in 1992.\n",
     frozenset(("city:pl:kalisz", "city:gb:swansea"))),
])
def test_the_nations_adjective_before_a_british_town_is_no_town(text, pair):
    assert _pairs(text) == {pair}
