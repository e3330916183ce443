"""A web page's lead-in names the owner of the list under it: after "with" when the rows
are the subject ("The following cities are twinned with A (year in brackets):"), or as
its subject after an opening phrase, ending in a bare "with:" ("In addition to its twin
cities, A has concluded friendship and cooperation agreements with:"). A friendship and
cooperation agreement between towns is their twinning; between whole regions, and a
cooperation agreement without friendship, it stays the signing. Every text here was
written for these tests."""

import pytest
from extract_candidates import id_pair_set, undirected_id_pairs

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"
ROWS = "\n\n- Poitiers, France (1992)\n- Padua, Italy (2003)\n- Kassel, Germany (2008)\n"
OWNED = {frozenset(("city:ge:kutaisi", x))
         for x in ("city:fr:poitiers", "city:it:padua", "city:de:kassel")}


@pytest.mark.parametrize("lead_in", [
    "The following cities are twinned with Kutaisi (year of the charter in brackets):",
    "These towns have been officially twinned with the city of Kutaisi:",
    "In addition to its twin cities, Kutaisi has concluded friendship and cooperation "
    "agreements with:",
])
def test_the_lead_in_names_the_owner_of_the_rows(lead_in):
    assert id_pair_set("Partner cities\n\n" + lead_in + ROWS, T) == OWNED


def test_a_cooperation_lead_in_lists_signings():
    text = "Kutaisi has concluded cooperation agreements with:" + ROWS
    assert id_pair_set(text, A) == OWNED
    assert not id_pair_set(text, T)


@pytest.mark.parametrize("text, rel_type", [
    ("Kutaisi and Poitiers signed a friendship and cooperation agreement in 2005.", T),
    ("Kutaisi has concluded a friendship and cooperation agreement with Poitiers.", T),
    ("Kutaisi and Poitiers signed a cooperation agreement in 2005.", A),
])
def test_a_friendship_agreement_between_towns_is_their_twinning(text, rel_type):
    assert undirected_id_pairs(text, rel_type) == [("city:fr:poitiers", "city:ge:kutaisi")]


def test_a_friendship_agreement_between_regions_stays_a_signing():
    text = ("The Tartu Region and the Lublin Voivodeship signed a friendship and "
            "cooperation agreement in 2005.")
    assert undirected_id_pairs(text, A) == [("region:ee:tartu", "region:pl:lublin")]
    assert not undirected_id_pairs(text, T)
