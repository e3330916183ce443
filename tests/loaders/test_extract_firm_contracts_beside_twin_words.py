"""Firms' contracts in sentences that also speak of partner towns, on sentences written
for these tests: a contract "for the delivery of tyres to the partner city" is no
twinning charter (the twin word after a contract says where the goods go), "A and the
Kaunas company B concluded ..." pairs the two firms (the seat only describes B), and
"the Lithuanian partner city" is a town, not Lithuania. Negative cases: a twinning
contract stays the twinning alone, firms that sign nothing."""

import pytest
from extract_candidates import named_pairs, party_ids

A = "SIGNED_AGREEMENT"
T = "TWINNED_WITH"


@pytest.mark.parametrize("text,expected", [
    ("Belshina and Baltic Tyres concluded a contract for the delivery of tyres to the partner"
     " city.", {("Baltic Tyres", "Belshina")}),
    ("In 2019 Amkodor and Kaunas Bus concluded a contract on the delivery of loaders to the"
     " sister city.", {("Amkodor", "Kaunas Bus")}),
])
def test_a_contract_before_a_twin_word_is_a_signing(text, expected):
    assert named_pairs(text, A) == expected


def test_a_twinning_contract_is_the_twinning_and_its_signing():
    text = "Gdansk and Kaliningrad signed a twinning contract in 1995."
    assert named_pairs(text, A) == {("Gdansk", "Kaliningrad")}
    assert named_pairs(text, T) == {("Gdansk", "Kaliningrad")}


@pytest.mark.parametrize("text,expected", [
    ("Savushka and the Tallinn company Baltic Dairy concluded a contract for the delivery of"
     " cheese to the partner city.", {("Baltic Dairy", "Savushka")}),
    ("Milavitsa and the Riga-based firm Baltic Textile signed a distribution agreement in"
     " 2020.", {("Baltic Textile", "Milavitsa")}),
])
def test_a_firm_described_by_its_seat_signs_with_the_first(text, expected):
    assert named_pairs(text, A) == expected


def test_firms_described_by_their_seat_that_sign_nothing():
    text = ("Milavitsa and the Riga-based firm Baltic Textile exhibited at a fair where a"
            " distribution agreement was discussed.")
    assert named_pairs(text, A) == set()


@pytest.mark.parametrize("text,country", [
    ("Belshina and the Kaunas company Baltic Tyres concluded a contract for the delivery of"
     " tyres to the Lithuanian partner city.", "country:lt"),
    ("Polesie ships toys to the Polish twin town every spring.", "country:pl"),
])
def test_a_partner_city_named_by_its_demonym_is_no_country(text, country):
    assert country not in party_ids(text)
