"""Words of one sentence that are no partner of its pair, on sentences written for these
tests: the places an absolute "with" phrase names as the next hosts ("..., with C and D
next"), a grade's or a model's code before its goods ("W240 and W320 kernels", "A320
aircraft") and the place of the site goods leave from ("exported kernels from our plants
in A and B"). Near-misses keep a partner after "with" that signs "next year", codes
that are the subject of a verb, and a market after "in"."""

import pytest
from extract_candidates import candidates, pairs

from relgraph.loaders.extract.mentions import find_mentions

A = "SIGNED_AGREEMENT"
S = "SUPPLIES_TO"

OWN_REPORT = "Coastal Nuts JSC\nAnnual Report 2023\n\n"


@pytest.mark.parametrize("text", [
    "Lyon signs rail and port deals in Rabat, with Fez and Sfax next.",
    "Lyon signed a memorandum with Fez, with Sfax to follow.",
])
def test_hosts_named_next_are_no_partners(text):
    got = {name for pair in pairs(text, A, key="name") for name in pair}
    assert not got & {"Sfax"}


@pytest.mark.parametrize("text,pair", [
    ("Lyon will sign a memorandum with Fez next year.", "Fez"),
    ("Lyon signed a memorandum with Fez next to the river.", "Fez"),
])
def test_a_with_partner_before_a_date_or_a_place(text, pair):
    assert any(pair in p for p in pairs(text, A, key="name"))


@pytest.mark.parametrize("text", [
    OWN_REPORT + "Our client Birchwood Snacks Inc. bought 5,200 tonnes of W240 and W320"
    " kernels last year.",
    "Avianor bought six A320 aircraft and two B737 jets from Airbus.",
])
def test_grade_and_model_codes_are_no_parties(text):
    names = {c[k]["name"] for c in candidates(text) for k in ("source", "target")}
    assert not names & {"W240", "W320", "A320", "B737"}


@pytest.mark.parametrize("text,names", [
    ("R20 and B52 signed a deal on pellets.", ["R20", "B52"]),
    ("Pellets go to K2 in Riga.", ["K2", "Riga"]),
])
def test_codes_that_act_are_still_names(text, names):
    assert [m.text for m in find_mentions(text, set()) if not m.refers] == names


@pytest.mark.parametrize("text", [
    OWN_REPORT + "In 2022 we exported 18,600 tonnes of nuts from our two shelling"
    " plants in Hoi An and Tam Ky, Quang Nam province.",
    "Coastal Nuts JSC shipped kernels from its mill in Hoi An to Rotterdam.",
])
def test_the_site_goods_leave_from_is_no_market(text):
    names = {c["target"]["name"] for c in candidates(text) if c["type"] == S}
    assert not names & {"Hoi An", "Tam Ky", "Quang Nam province"}


def test_a_market_after_in_stays():
    got = pairs("Coastal Nuts JSC sells its kernels in Norway and Sweden.", S, key="name")
    assert {b for _, b in got} == {"Norway", "Sweden"}


@pytest.mark.parametrize("text,pair", [
    ("Kazmunaigas ships crude oil to the Mazeikiai refinery owned by Orlen.",
     ("Kazmunaigas", "Orlen")),
    ("Petrovia delivers gas to the Dunkirk terminal operated by Terminor.",
     ("Petrovia", "Terminor")),
])
def test_a_site_run_by_a_firm_is_the_firms(text, pair):
    assert pairs(text, S, key="name") == [pair]


def test_a_site_without_its_operator_stays():
    assert pairs("Kazmunaigas ships crude oil to the Mazeikiai refinery.", S, key="name") == [
        ("Kazmunaigas", "Mazeikiai")]


@pytest.mark.parametrize("text", [
    "Vasteras accepts no further twins: invitations to twin, like the one received from"
    " Hue in 2015, were turned down.",
    "A letter received from Hue in 2015 was answered by Vasteras.",
])
def test_a_request_received_is_no_supply(text):
    assert pairs(text, S) == []


def test_goods_received_stay_a_supply():
    assert pairs("Vasteras received 300 tonnes of grain from Hue.", S, key="name") == [
        ("Hue", "Vasteras")]


@pytest.mark.parametrize("text", [
    'Atlas Agro S.A. ships oil to Lyon, and its director expects to triple sales "if the'
    ' trucks arrive on time".',
    'Atlas Agro S.A. ships oil to Lyon, and will ship more "when the port is open".',
])
def test_quoted_words_opening_in_lower_case_are_no_name(text):
    assert pairs(text, S, key="name") == [("Atlas Agro S.A.", "Lyon")]


def test_quoted_names_stay():
    names = [m.text for m in find_mentions('Sales to "Belshina" and "de Vries Bouw" rose.', set())]
    assert names == ['"Belshina"', '"de Vries Bouw"']
