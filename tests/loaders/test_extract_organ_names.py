"""Organs written as names after their region or town, on sentences written for these
tests: a Polish voivodeship's marshal's office, board and marshal, a mayor's office, the
Russian abbreviations of executive committees (an oblast's and a town's). They stand
for their place; a body of another trade named after a town stays that body."""

import pytest
from extract_candidates import pairs

A = "SIGNED_AGREEMENT"


@pytest.mark.parametrize("text,party", [
    ("In 2019 the Podlaskie Voivodeship Marshal's Office signed a cooperation agreement with"
     " the Grodno Region.", "region:pl:podlaskie"),
    ("The Brest Region concluded a road map with the Lublin Voivodeship Board in 2021.",
     "region:pl:lublin"),
    ("The Marshal of the Lublin Voivodeship and the Brest Region signed a memorandum on"
     " tourism.", "region:pl:lublin"),
    ("Vitebsk Oblispolkom signed a programme of cooperation with the Pskov Region in 2018.",
     "region:by:vitebsk"),
    ("Grodno Gorispolkom concluded an agreement on youth exchanges with Bialystok.",
     "city:by:grodno"),
    ("In 2020 the Tashkent Mayor's Office signed a memorandum with the Minsk City Executive"
     " Committee.", "city:uz:tashkent"),
])
def test_an_organ_written_as_a_name_stands_for_its_place(text, party):
    assert party in {p for pair in pairs(text, A) for p in pair}


@pytest.mark.parametrize("text,place", [
    ("The Grodno Tourism Board signed a memorandum with the Druskininkai spa resort.",
     "city:by:grodno"),
    ("The Minsk Patent Office concluded an agreement with the Kazakh patent agency.",
     "city:by:minsk"),
])
def test_a_body_of_another_trade_stays_itself(text, place):
    assert place not in {p for pair in pairs(text, A) for p in pair}


@pytest.mark.parametrize("text,want", [
    ("The Council of Ministers of the Republic of Belarus and the Government of the Republic"
     " of Kazakhstan signed an agreement on interregional cooperation.",
     ("country:by", "country:kz")),
    ("An agreement was signed by the Council of Ministers of Belarus with the Cabinet of"
     " Ministers of Azerbaijan in 2016.", ("country:by", "country:az")),
])
def test_a_council_of_ministers_is_its_country(text, want):
    assert want in pairs(text, A)
