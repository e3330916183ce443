"""Parties a region's report or a list item leaves to the lines around it:

* an item that names only a foreign state's organ as the partner ("- Agreement on
  forestry with the Government of Fiji (2024)") is signed by the region whose report it
  is (``carried_topic._foreign_government``); a state named bare only locates;
* the capitalised topic of a document's title ("Agreement on Biosecurity and Marine
  Research with X") names no party (``mentions._TITLE_TOPIC_BEFORE``);
* a firm described by its town and trade at a clause's opening with no article
  ("Mission (2023): Geelong developer X signed ...") is X, seated there, and "the
  Geelong company" later is X (``firms._LEAD_IN``, ``seated_firms._SEAT_BEFORE``).
"""

import pytest
from extract_candidates import id_pair_set, party_ids

A, S = "SIGNED_AGREEMENT", "SUPPLIES_TO"
REPORT = ("Tasmania Government\nInternational Engagement Report 2024\n\n"
          "3. Agreements signed in 2024\n")


@pytest.mark.parametrize("item", [
    "- Agreement on Forestry Research with the Government of Fiji (March 2024).",
    "- Memorandum on Marine Science with the Government of Fiji (May 2024).",
])
def test_an_item_with_a_foreign_government_is_the_reports_region(item):
    assert frozenset({"region:au:tasmania", "country:fj"}) in id_pair_set(REPORT + item + "\n", A)


def test_a_state_named_bare_in_an_item_is_no_partner_of_the_region():
    item = "- Agreement on Forestry Research with Fiji (March 2024).\n"
    assert frozenset({"region:au:tasmania", "country:fj"}) not in id_pair_set(REPORT + item, A)


@pytest.mark.parametrize("item", [
    "- Agreement on Plant Health and Marine Research with the Government of Fiji (2024).",
    "- Memorandum on Ocean Science and Coastal Engineering between Tasmania and Fiji.",
])
def test_a_titles_topic_is_no_party(item):
    ids = party_ids(REPORT + item + "\n")
    assert not any("research" in i or "engineering" in i for i in ids)


MISSION = ("4. Trade missions\n"
           "- Japan (October 2023): {seat} developer Bay Hydro Pty Ltd signed a memorandum "
           "on ammonia offtake with the Osaka trading house Naniwa Shoji Co., Ltd.\n"
           "  Under the memorandum, the {seat} company is to ship ammonia to Naniwa Shoji "
           "from 2029.\n")


@pytest.mark.parametrize("seat", ["Gladstone", "Geelong"])
def test_a_firm_described_by_its_town_at_a_clauses_opening(seat):
    text = MISSION.format(seat=seat)
    pair = frozenset({"company:au:bay-hydro", "company:jp:naniwa-shoji-co-ltd"})
    assert pair in id_pair_set(text, A)
    assert pair in id_pair_set(text, S)


def test_a_town_that_acts_is_no_seat_of_the_firm_after_it():
    # "Minsk sold tractors to X": a clause's subject and its verb, no description of X
    text = "Minsk sold tractors to Agro Holz Ltd in 2020.\n"
    assert any("city:by:minsk" in p for p in id_pair_set(text, S))


@pytest.mark.parametrize("place", ["Hong Kong", "Osaka"])
def test_a_buyer_described_by_its_place_is_the_firm_not_the_place(place):
    text = (f"Reef Fish Exporters Pty Ltd supplied trout to the {place} buyer Jade Sea Ltd "
            "in 2020.\n")
    sides = {i for pair in id_pair_set(text, S) for i in pair}
    assert not any(i.startswith(("country:", "city:")) for i in sides)


@pytest.mark.parametrize("noun", ["firm", "company"])
def test_that_firm_is_the_firm_its_sentence_named_before(noun):
    text = ("Baltic Sauces Ltd makes ketchup.\n"
            "Reef Fish Exporters Pty Ltd has supplied trout to Jade Sea Trading Ltd since 2016 "
            f"and renewed its supply agreement with that {noun} in 2024.\n")
    signers = {i.split(":")[-1] for pair in id_pair_set(text, A) for i in pair}
    assert {"reef-fish-exporters", "jade-sea-trading"} <= signers
    assert "baltic-sauces" not in signers


def test_that_firm_with_none_before_it_in_its_sentence_points_back():
    text = "Baltic Sauces Ltd makes ketchup. Reef Fish Ltd signed a contract with that firm.\n"
    assert any("baltic-sauces" in i for p in id_pair_set(text, A) for i in p)
