"""A town's page whose title names the town in two languages, each half with words the
gazetteer does not know beside the name ("Statutární město X - Statutory City of X"):
the town both halves open with or end in is the page's place and its "we". Texts
written for these tests."""

import pytest
from extract_candidates import id_pair_set, pairs_with

T, A = "TWINNED_WITH", "SIGNED_AGREEMENT"
OWN = "city:cz:olomouc"
BODY = ("\nHome > The City > Foreign Relations > Twin Towns and Partner Cities\n\n"
        "Twin towns\n\n"
        "Hamm (Germany) - since 1994\n"
        "Choirs of the two towns meet every summer.\n\n"
        "Partner cities\n\n"
        "Our town signed a memorandum on tourism with Heerlen in 2015.\n")


@pytest.mark.parametrize("title", [
    "Statutární město Olomouc - Statutory City of Olomouc",
    "Olomouc Statutární Město - Olomouc Statutory City",
    "Olomouc Statutární Město | Olomouc Statutory City",
    # one half the town in its legal style, the other naming no place: the town's page,
    # as "X City Council - Press office" is (the style word is no part of the name)
    "Statutární město Olomouc - Official Portal of the Statutory Town",
])
def test_the_town_both_halves_of_the_title_name_is_the_pages_place(title):
    text = title + BODY
    assert pairs_with(OWN, "city:de:hamm") <= id_pair_set(text, T), id_pair_set(text, T)
    assert id_pair_set(text, A) == pairs_with(OWN, "city:nl:heerlen"), id_pair_set(text, A)


@pytest.mark.parametrize("title", [
    # two towns, one a half: no one place the page is about
    "Olomouc Statutární Město - Brno Statutory City",
])
def test_no_page_place_from_halves_that_do_not_name_one_town(title):
    text = title + BODY
    got = id_pair_set(text, T) | id_pair_set(text, A)
    assert not any("city:cz:brno" in p for p in got), got
    assert not any(OWN in p and "city:de:hamm" in p for p in got), got


@pytest.mark.parametrize("title", [
    # one half names the place, the other no place: the place still speaks
    "Pardubice City Council - Press office",
    # a dateline's news names other places after its dash
    "PARDUBICE, 3 May 2025 - Heerlen and Pardubice renew their ties",
])
def test_a_title_whose_other_half_names_no_other_town_keeps_its_speaker(title):
    text = title + "\n\nOur town signed a memorandum on tourism with Heerlen in 2015.\n"
    assert id_pair_set(text, A) == pairs_with("city:cz:pardubice", "city:nl:heerlen"), \
        id_pair_set(text, A)
