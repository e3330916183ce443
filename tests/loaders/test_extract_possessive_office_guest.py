"""An interview whose guest is introduced by a place's possessive ("an interview with
Lida's mayor"): the place is no outlet and "we" speak for it; texts written for these
tests."""

import pytest
from extract_candidates import undirected_id_pairs

T = "TWINNED_WITH"
A = "SIGNED_AGREEMENT"


def _body(answer: str) -> str:
    return "\n\nQ: Which partners matter most to you?\n\nA: " + answer


@pytest.mark.parametrize("head,answer,rel,pair", [
    ("\"The border is a bridge\"\nAn interview with Lida's long-serving mayor, Ivan Sholtz",
     "We have been twinned with Alytus since 1999.", T, ("city:by:lida", "city:lt:alytus")),
    ("\"The border is a bridge\"\nA conversation with Grodno's mayor on trade and tourism",
     "Last year we signed a cooperation agreement with Augustow.",
     A, ("city:by:grodno", "city:pl:augustow")),
    ("Interview with Kaunas' deputy mayor, Rasa Vaitkute",
     "We have been twinned with Grodno since 1993.", T, ("city:by:grodno", "city:lt:kaunas")),
])
def test_a_places_possessive_office_names_whom_we_speak_for(head, answer, rel, pair):
    assert pair in set(undirected_id_pairs(head + _body(answer), rel))


@pytest.mark.parametrize("head,answer", [
    # the guest heads a firm: its "we" is no town's
    ("An interview with Amkodor's director, Ivan Sholtz",
     "We have been twinned with Alytus since 1999."),
    # the outlet an interview was given to is no place and no speaker
    ("The mayor said in an interview with Interfax that the town looks west",
     "We have been twinned with Alytus since 1999."),
])
def test_no_place_speaks_without_its_office(head, answer):
    got = set(undirected_id_pairs(head + _body(answer), T))
    assert not any(x.startswith("city:") and x != "city:lt:alytus" for p in got for x in p)
