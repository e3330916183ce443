"""Precision guards on short texts written for these tests: a country named in an
event's name, a sentence's opening phrase (purpose, occasion, basis), a document the
clause only rests on between states, and supplies that are only an aim, give no party
or no relation; the statements beside them still do."""

import pytest
from extract_candidates import candidates, pairs


@pytest.mark.parametrize("text,want", [
    ("At the Forum of Regions of Belarus and Russia held in Grodno, the Bryansk Region signed "
     "an agreement with the Gomel Region.", ("region:ru:bryansk", "region:by:gomel")),
    ("In order to increase supplies of Belarusian dairy products to Kazakhstan, the Grodno "
     "Region signed a memorandum with the Karaganda Region.",
     ("region:by:grodno", "region:kz:karaganda")),
    ("During the Days of Belarus and Uzbekistan Culture in Tashkent, the Minsk Region signed "
     "an agreement with the Samarkand Region.", ("region:by:minsk", "region:uz:samarkand")),
])
def test_the_opening_phrase_names_no_signer(text, want):
    assert pairs(text, "SIGNED_AGREEMENT") == [want]


@pytest.mark.parametrize("text", [
    "Under the Agreement between Belarus and Russia on the Union State budget, the Smolensk "
    "Region received funds.",
    "The treaty framework between Russia and Belarus allows regions to sign agreements of "
    "their own.",
    "Within the framework of the treaty between Kazakhstan and Belarus, customs checks were "
    "simplified.",
])
def test_a_framework_between_states_is_no_signing(text):
    assert pairs(text, "SIGNED_AGREEMENT") == []


@pytest.mark.parametrize("text,want", [
    # a signing between states stays, with or without a basis phrase elsewhere
    ("In 2019 Belarus and Uzbekistan signed an agreement on cooperation in agriculture.",
     [("country:by", "country:uz")]),
    ("The existing agreements between Belarus and France cover international road transport.",
     [("country:by", "country:fr")]),
])
def test_agreements_between_states_that_the_text_reports_stay(text, want):
    assert pairs(text, "SIGNED_AGREEMENT") == want


@pytest.mark.parametrize("text", [
    "The agreement aims at increasing mutual supplies between the Gomel Region and the "
    "Bryansk Region.",
    "The package holds some 300 agreements concerned with raising the volume of mutual "
    "deliveries of goods between Mogilev and Russia.",
    "The road map is intended to increase the supply of Minsk trucks to Uzbekistan.",
])
def test_a_supply_that_is_only_an_aim_is_none(text):
    assert [r for r in candidates(text) if r["type"] == "SUPPLIES_TO"] == []


@pytest.mark.parametrize("text,want", [
    ("The growth of Belarusian exports to Kazakhstan amounted to 155%.",
     [("country:by", "country:kz")]),
    ("Exports of the Grodno Region to Russia increased by 12% in 2019.",
     [("region:by:grodno", "country:ru")]),
])
def test_growth_of_real_supplies_stays(text, want):
    assert pairs(text, "SUPPLIES_TO") == want


@pytest.mark.parametrize("text", [
    "No agreement has been signed between the Brest Region and the Lublin Voivodeship so far.",
    "There is still no twinning agreement between Lida and Alytus.",
    "Grodno refused to sign a memorandum with Bialystok in 2021.",
    "The Mogilev Region failed to deliver the promised tractors to Tajikistan.",
])
def test_denied_relations_give_nothing(text):
    assert candidates(text) == []
