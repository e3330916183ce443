"""A town's page on its twins: whose page it is when its title is a breadcrumb that opens
with the site's address ("olomouc.eu > Town hall > ... > Partner and twin towns"), and
the rows of its list that give the twin, where it lies and the year in brackets, the
entry's text after a dash on the same line ("- Hamm, Germany (1994) - school
exchanges"). Texts written for these tests."""

import pytest
from extract_candidates import candidates, id_pair_set, pairs_with

T = "TWINNED_WITH"
OWN = "city:cz:olomouc"
BODY = ("Olomouc is proud of its friends abroad. The town keeps ties with towns in "
        "several countries.\n\nOur twin towns\n\n"
        "- Hamm (North Rhine-Westphalia, Germany) - 1994\n"
        "  Choirs of both towns meet every summer.\n\n"
        "- Heerlen (Netherlands) - 1998\n"
        "  Schools exchange pupils each spring.\n")


@pytest.mark.parametrize("crumb", [
    "Olomouc.eu > Town hall > Olomouc and the wider world > Partner and twin towns",
    "www.olomouc.eu > Town hall > Olomouc and the wider world > Partner and twin towns",
])
def test_a_breadcrumb_opening_with_the_sites_address_names_the_pages_town(crumb):
    got = id_pair_set(crumb + "\n\n" + BODY, T)
    assert pairs_with(OWN, "city:de:hamm", "city:nl:heerlen") <= got, got


def test_a_long_title_of_prose_names_no_pages_town():
    title = ("Olomouc and its many friends in the world: how the town keeps twin towns "
             "alive today\n\n")
    got = id_pair_set(title + BODY, T)
    assert not pairs_with(OWN, "city:de:hamm") & got, got


HEAD = ("City of Olomouc | Official website\n"
        "Home > The City > Foreign Relations > Twin Towns\n\n"
        "Olomouc keeps ties with towns in several countries.\n\n")


@pytest.mark.parametrize("rows", [
    "- Hamm, Germany (1994) - choirs and sports clubs. Pupils visit each May.\n\n"
    "- Heerlen, Netherlands (1998) - school exchanges. A festival is held in June.\n",
    "- Hamm (Germany) (since 1994): choirs and sports clubs. Pupils visit in May.\n\n"
    "- Heerlen (Netherlands) (1998) - see below.\n",
])
def test_a_row_with_its_year_in_brackets_and_its_text_on_the_line_is_a_twin(rows):
    got = id_pair_set(HEAD + "Our twin cities\n\n" + rows, T)
    assert pairs_with(OWN, "city:de:hamm", "city:nl:heerlen") <= got, got


def test_such_rows_under_a_heading_that_calls_them_no_twins_are_none():
    rows = ("- Hamm, Germany (1994) - a trade fair of machine tools.\n"
            "- Heerlen, Netherlands (1998) - a fair of furniture makers.\n")
    assert id_pair_set(HEAD + "Trade fairs\n\n" + rows, T) == set()


def test_a_heading_over_the_list_is_no_pair_spoken_of():
    text = HEAD + ("Our twin cities\n\n- Hamm, Germany (1994) - see below.\n\n"
                   "Our partner cities\n\n- Heerlen, Netherlands (1998) - schools.\n")
    quotes = [c["evidence"]["quote"] for c in candidates(text) if c["type"] == T]
    assert not [q for q in quotes if q.startswith("Our partner")], quotes


def test_the_two_cities_in_a_rows_text_are_the_page_town_and_the_row_town():
    text = HEAD + ("Our twin cities\n\n- Hamm, Germany (1994) - choirs and sports clubs; the two "
                   "cities signed a protocol on youth exchanges in 2017.\n\n"
                   "- Heerlen, Netherlands (1998) - schools. Pupils visit in June.\n")
    got = id_pair_set(text, "SIGNED_AGREEMENT")
    assert got == pairs_with(OWN, "city:de:hamm"), got


def test_our_twin_towns_at_the_pages_end_point_back_at_no_row():
    text = HEAD + ("Our twin cities\n\n- Hamm, Germany (1994) - choirs. Pupils visit each May.\n\n"
                   "- Heerlen, Netherlands (1998) - schools. A festival is held in June.\n\n"
                   "Summary\n\nClubs keen on trips to our twin towns may write to the Town "
                   "Hall.\n")
    quotes = [c["evidence"]["quote"] for c in candidates(text) if c["type"] == T]
    assert not [q for q in quotes if "Town Hall" in q], quotes
