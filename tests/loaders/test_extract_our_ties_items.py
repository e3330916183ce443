"""Items of a town's page on its twins that open with the partner and a dash and go on
in prose, naming the tie as the page's own ("Ulm - Our partnership with Ulm began in
1961 ..."), and items headed by two partners whose prose names them again, which are
no pair of the two. Texts written for these tests."""

import pytest
from extract_candidates import candidates, id_pair_set, pairs_with

T = "TWINNED_WITH"
OWN = "city:gb:leeds"
HEAD = "Leeds City Council\nHome > Council > Lord Mayor > Twin cities\n\nAbout our links\n"


@pytest.mark.parametrize("item, partner", [
    ("Lille — Our partnership with Lille began in 1961, when choirs of both cities met.",
     "city:fr:lille"),
    ("Dortmund — Agreed in 1969, our link with Dortmund is strongest between schools.",
     "city:de:dortmund"),
    ("Brno — Our twinning with the city of Brno has lasted since 1990.", "city:cz:brno"),
    ("Lille: our ties with Lille were formed after the war.", "city:fr:lille"),
])
def test_a_tie_the_page_names_as_its_own_is_its_twinning(item, partner):
    got = id_pair_set(HEAD + item + "\n", T)
    assert pairs_with(OWN, partner) <= got, got


def test_each_partner_after_and_with_is_a_twin_and_the_heads_are_no_pair():
    item = ("Lille and Brno — Our links with Lille in France and with Brno in Czechia are "
            "friendship links centred on schools.\n")
    got = id_pair_set(HEAD + item, T)
    assert pairs_with(OWN, "city:fr:lille", "city:cz:brno") <= got, got
    assert frozenset({"city:fr:lille", "city:cz:brno"}) not in got, got


def test_two_heads_the_item_does_not_name_again_stay_a_pair():
    got = id_pair_set(HEAD + "Lille and Dortmund — twin towns since 1975.\n", T)
    assert frozenset({"city:fr:lille", "city:de:dortmund"}) in got, got


@pytest.mark.parametrize("text", [
    # (a page that speaks of no ties in its head lines)
    "Leeds City Council\nHome > Council > Waste collection\n\n"
    "Our ties with Lille were formed after the war.\n",
    # (denied, planned, or with a country)
    HEAD + "Lille — Our partnership with Lille was never formalised.\n",
    HEAD + "Lille — Our partnership with Lille will be formed next year.\n",
    HEAD + "Lille — Our links with France are strong.\n",
    HEAD + "Lille — Our ties with Lille were suspended in 2020.\n",
    # (a sentence that is no item of its partner: its tie may be of any kind)
    HEAD + "Our ties with Lille were formed after the war.\n",
])
def test_no_twinning_without_a_ties_page_or_when_denied_or_planned(text):
    got = id_pair_set(text, T)
    assert not pairs_with(OWN, "city:fr:lille") & got, got


def test_a_country_named_before_the_tie_pairs_nobody_with_its_partner():
    text = ("Leeds City Council\nHome > Council > Lord Mayor > Twin cities\n\n"
            "Twin cities and partners\nLeeds has kept friends abroad since the war.\n"
            "Each link is run by a volunteer society with help from the council.\n\n"
            "Our twin and sister cities\nCity | Country | Since\nLille | France | 1961\n"
            "Tbilisi | Georgia | 1987\nBrno | Czechia | 1990\n\nAbout each link\n"
            "Lille — Leeds and Lille were twinned in 1961, among the first such links in "
            "the north.\n"
            "Tbilisi — Agreed in 1987, when Georgia still belonged to the USSR, our link "
            "with Tbilisi was among the earliest of a British town with a Soviet one.\n")
    rows = [c for c in candidates(text) if c["type"] == T
            and {c["source"]["id"], c["target"]["id"]} == {OWN, "city:ge:tbilisi"}]
    assert sorted(c["evidence"]["line"] for c in rows) == [11, 16], rows
