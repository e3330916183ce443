"""A town's or state's own page listing its twins in a table: whose page it is when the
title is a breadcrumb drawn with other arrows ("X City Official Website › ... › Sister
Cities"), a header row naming its columns in other words ("Town | Country | Twinned
in"), which is never a party, a caption naming two kinds of ties ("Our twin and sister
cities"), a country cell the partner's name alone would not be placed in, and "the
State" of a state government's own report. Texts written for these tests."""

import pytest
from extract_candidates import id_pair_set, pairs_with

T = "TWINNED_WITH"
OWN = "city:jp:sapporo"
ROWS = ("Munich | Germany | 1972\n"
        "Daejeon | Republic of Korea | 2010\n"
        "Novosibirsk | Russia | 1990\n")
PARTNERS = pairs_with(OWN, "city:de:munich", "city:kr:daejeon", "city:ru:novosibirsk")


@pytest.mark.parametrize("title", [
    "Sapporo City Official Website › Culture and Exchange › Sister Cities",
    "Sapporo City Official Website » Culture and Exchange » Sister Cities",
    "Sapporo City › International relations › Friendship cities",
])
def test_a_breadcrumb_drawn_with_other_arrows_names_the_pages_town(title):
    text = (title + "\n\nSapporo values its friends abroad.\n\nSister Cities\n"
            "City | Country | Since\n" + ROWS)
    got = id_pair_set(text, T)
    assert PARTNERS <= got, got


HEAD = "Sapporo City Council\nHome > Exchange > Twin cities\n\n"


@pytest.mark.parametrize("header", [
    "City | Country | Linked since",
    "Town | Country | Twinned in",
    "Partner city | Country | Year",
    "Twin town | Country | Year established",
    "Sister city | Country | Date signed",
])
def test_a_header_row_in_other_words_is_no_pair_and_the_rows_are_twins(header):
    got = id_pair_set(HEAD + "Sister cities\n" + header + "\n" + ROWS, T)
    assert PARTNERS <= got, got
    assert all(not any(":xx:" in x for x in pair) for pair in got), got


@pytest.mark.parametrize("caption", [
    "Our twin and sister cities", "Partner and friendship cities",
    "Friendship cities", "Our sister cities",
])
def test_a_caption_of_one_or_two_kinds_of_ties_makes_the_rows_the_pages_twins(caption):
    got = id_pair_set(HEAD + caption + "\nCity | Country | Since\n" + ROWS, T)
    assert PARTNERS <= got, got


@pytest.mark.parametrize("caption", ["Trade offices", "Consulates in the city",
                                     "Direct flights"])
def test_rows_under_a_heading_of_something_else_are_no_twins(caption):
    got = id_pair_set(HEAD + caption + "\nCity | Country | Since\n" + ROWS, T)
    assert not PARTNERS & got, got


def test_a_country_cell_places_a_partner_the_name_alone_would_not():
    rows = "Hanover | Germany | 1966\nMunich | Germany | 1972\n"
    got = id_pair_set(HEAD + "Twin cities\nCity | Country | Since\n" + rows, T)
    assert pairs_with(OWN, "city:de:hannover", "city:de:munich") <= got, got
    assert all(not any(x.startswith("country:") for x in pair) for pair in got), got


STATE_ROWS = ("• Gyeonggi Province — Republic of Korea — 1999\n"
              "• Veneto Region — Italy — 2004\n")
LEAD = ("The State keeps sister-state ties with these regions (partner — country — "
        "year):\n")


@pytest.mark.parametrize("letterhead", [
    "GOVERNMENT OF THE STATE OF SANTA CATARINA\nForeign Relations Office\n\n",
    "Santa Catarina State Government\nReport on international relations 2024\n\n",
])
def test_the_state_of_a_state_governments_report_is_that_state(letterhead):
    got = id_pair_set(letterhead + "1. Partner regions\n" + LEAD + STATE_ROWS, T)
    own = "region:br:santa-catarina"
    assert pairs_with(own, "region:kr:gyeonggi", "region:it:veneto") <= got, got


def test_the_state_of_a_report_that_calls_its_region_no_state_is_not_that_region():
    head = "Gyeonggi Provincial Government\nInternational relations 2024\n\n"
    got = id_pair_set(head + "1. Partner regions\n" + LEAD +
                      "• Veneto Region — Italy — 2004\n• Hyogo Prefecture — Japan — 1990\n", T)
    assert not pairs_with("region:kr:gyeonggi", "region:it:veneto") & got, got


@pytest.mark.parametrize("table", [
    "City\tCountry\tSince\nMunich\tGermany\t1972\nDaejeon\tRepublic of Korea\t2010\n"
    "Novosibirsk\tRussia\t1990\n",
    "City | Country\nMunich | Germany\nDaejeon | Republic of Korea\nNovosibirsk | Russia\n",
    "Munich | Germany\nDaejeon | Republic of Korea\nNovosibirsk | Russia\n",
])
def test_cells_apart_by_tabs_or_a_single_bar_are_a_tables_cells(table):
    got = id_pair_set(HEAD + "Sister cities\n" + table, T)
    assert PARTNERS <= got, got


def test_two_lines_of_one_bar_each_are_a_title_and_a_menu_no_table():
    text = ("Sapporo City | Official website\nHome | Contact\n\n"
            "Sapporo signed a memorandum with Munich in 2019.\n")
    got = id_pair_set(text, T)
    assert not pairs_with(OWN, "city:de:munich") & got, got


def test_a_country_cell_another_place_shares_its_name_with_only_places_the_partner():
    rows = "Tbilisi | Georgia | 1987\nMunich | Germany | 1972\nNovosibirsk | Russia | 1990\n"
    got = id_pair_set(HEAD + "Twin cities\nCity | Country | Since\n" + rows, T)
    assert pairs_with(OWN, "city:ge:tbilisi", "city:de:munich") <= got, got
